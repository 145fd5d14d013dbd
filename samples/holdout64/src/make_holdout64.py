#!/usr/bin/env python3
"""Build the holdout64 test set: five fictional ondersteuningsplannen (PO/VO) organised
around strategic koersen/pijlers/ambities rather than the legal elements, plus one
near-miss document (a school-level 'ondersteuningsplan' of a single VO school).

Deterministic, no network. Output goes next to this script's parent folder:
    <holdout64>/<name>.docx|.pdf|.html  and  <name>.expected.yaml
PDFs are rendered from an intermediate .docx with LibreOffice (soffice --headless).
All organisations, people, numbers and places are fictional.
"""
from __future__ import annotations

import datetime as _dt
import html as _html
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_BREAK
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent
FIXED_DATE = _dt.datetime(2026, 3, 1, 12, 0, 0)

# ---------------------------------------------------------------------------
# Tiny document model: a list of blocks
#   ("title", text) ("sub", text) ("toc", [lines]) ("h1", text) ("h2", text)
#   ("p", text) ("ul", [items]) ("table", [[cells], ...]) ("pb",)
# ---------------------------------------------------------------------------


def H1(t):
    return ("h1", t)


def H2(t):
    return ("h2", t)


def P(t):
    return ("p", " ".join(t.split()))


def UL(*items):
    return ("ul", [" ".join(i.split()) for i in items])


def TABLE(*rows):
    return ("table", [list(r) for r in rows])


def TOC(*lines):
    return ("toc", list(lines))


def TITLE(t):
    return ("title", t)


def SUB(t):
    return ("sub", t)


PB = ("pb",)


def render_docx(blocks, path: Path, header_text: str):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    cp = doc.core_properties
    cp.created = FIXED_DATE
    cp.modified = FIXED_DATE
    cp.last_modified_by = "holdout64"
    cp.author = "holdout64"
    cp.revision = 1
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = header_text
    sec.footer.paragraphs[0].text = header_text + " – concept ter instemming"
    for b in blocks:
        kind = b[0]
        if kind == "title":
            doc.add_heading(b[1], level=0)
        elif kind == "sub":
            doc.add_paragraph(b[1])
        elif kind == "toc":
            doc.add_heading("Inhoud", level=1)
            for line in b[1]:
                doc.add_paragraph(line)
        elif kind == "h1":
            doc.add_heading(b[1], level=1)
        elif kind == "h2":
            doc.add_heading(b[1], level=2)
        elif kind == "p":
            doc.add_paragraph(b[1])
        elif kind == "ul":
            for it in b[1]:
                doc.add_paragraph(it, style="List Bullet")
        elif kind == "table":
            rows = b[1]
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    t.cell(i, j).text = str(c)
            doc.add_paragraph("")
        elif kind == "pb":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        else:
            raise ValueError(kind)
    doc.save(str(path))
    _normalise_zip(path)


def _normalise_zip(path: Path):
    """Rewrite the .docx zip with fixed timestamps so repeated runs give identical bytes."""
    import zipfile
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for fname, data in items:
            zi = zipfile.ZipInfo(fname, date_time=FIXED_DATE.timetuple()[:6])
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)


def render_html(blocks, path: Path, header_text: str):
    e = _html.escape
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           f"<title>{e(header_text)}</title>",
           "<style>body{font-family:sans-serif;max-width:52em;margin:auto}"
           "table{border-collapse:collapse}td,th{border:1px solid #999;padding:3px 6px}"
           "header,footer{color:#666;font-size:small}</style>",
           "</head>", "<body>", f"<header>{e(header_text)}</header>"]
    hcount = 0
    for b in blocks:
        kind = b[0]
        if kind == "title":
            out.append(f"<h1 class=\"titel\">{e(b[1])}</h1>")
        elif kind == "sub":
            out.append(f"<p class=\"ondertitel\">{e(b[1])}</p>")
        elif kind == "toc":
            out.append('<nav class="inhoud"><h2>Inhoud</h2><ul>')
            for line in b[1]:
                out.append(f"<li>{e(line)}</li>")
            out.append("</ul></nav>")
        elif kind in ("h1", "h2"):
            hcount += 1
            tag = "h2" if kind == "h1" else "h3"
            out.append(f'<{tag} id="s{hcount}">{e(b[1])}</{tag}>')
        elif kind == "p":
            out.append(f"<p>{e(b[1])}</p>")
        elif kind == "ul":
            out.append("<ul>" + "".join(f"<li>{e(i)}</li>" for i in b[1]) + "</ul>")
        elif kind == "table":
            rows = b[1]
            out.append("<table>")
            out.append("<tr>" + "".join(f"<th>{e(str(c))}</th>" for c in rows[0]) + "</tr>")
            for r in rows[1:]:
                out.append("<tr>" + "".join(f"<td>{e(str(c))}</td>" for c in r) + "</tr>")
            out.append("</table>")
        elif kind == "pb":
            out.append("<hr>")
    out.append(f"<footer>{e(header_text)} – webversie</footer>")
    out.append("</body></html>")
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def docx_to_pdf(docx_path: Path, pdf_path: Path):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        sys.exit("soffice not found; cannot render PDF")
    with tempfile.TemporaryDirectory() as td:
        tdp = Path(td)
        src = tdp / pdf_path.with_suffix(".docx").name
        shutil.copy(docx_path, src)
        prof = tdp / "profile"
        subprocess.run([soffice, f"-env:UserInstallation=file://{prof}", "--headless",
                        "--convert-to", "pdf", "--outdir", str(tdp), str(src)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.move(str(tdp / pdf_path.name), pdf_path)


def words(blocks):
    n = 0
    for b in blocks:
        if b[0] in ("p", "h1", "h2", "title", "sub"):
            n += len(b[1].split())
        elif b[0] in ("ul", "toc"):
            n += sum(len(i.split()) for i in b[1])
        elif b[0] == "table":
            n += sum(len(str(c).split()) for r in b[1] for c in r)
    return n


# ---------------------------------------------------------------------------
# Labels
# ---------------------------------------------------------------------------
CORE = [
    ("basisondersteuning", "niveau"), ("basisondersteuning", "inhoud"),
    ("plaatsing", "procedure"), ("plaatsing", "criteria"),
    ("terugstroom", "procedure"), ("terugstroom", "beleid"),
    ("financien", "verdeling"), ("financien", "besteding"),
    ("dekkend-aanbod", "continuum"), ("dekkend-aanbod", "lacunes"),
    ("resultaten", "doelen"), ("resultaten", "monitoring"),
    ("ouders", "informatie"), ("ouders", "steunpunt"),
]
ELEMENTS = ["basisondersteuning", "plaatsing", "terugstroom", "financien",
            "dekkend-aanbod", "resultaten", "ouders"]


def q(s):
    return json.dumps(s, ensure_ascii=False)


def write_label(name, documents, sector, criteria=None, advisory=None, notes=None,
                looks_like_plan=True):
    lines = [f"documents: [{', '.join(documents)}]", f"sector: {sector}",
             f"looks_like_plan: {'true' if looks_like_plan else 'false'}"]
    if not looks_like_plan:
        lines += ["elements: {}", "criteria: {}", "advisory_addressed: {}", "notes:"]
        for k, v in (notes or {}).items():
            lines.append(f"  {k}: {q(v)}")
        (OUT / f"{name}.expected.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
        return
    advisory = advisory or {}
    status = {}
    for el in ELEMENTS:
        cs = [criteria[f"{el}.{c}"] for (e, c) in CORE if e == el]
        if all(cs):
            st = "present"
        elif any(cs) or advisory.get(el):
            st = "partial"
        else:
            st = "missing"
        status[el] = st
    lines.append("elements: {" + ", ".join(f"{el}: {status[el]}" for el in ELEMENTS) + "}")
    lines.append("criteria:")
    for e, c in CORE:
        lines.append(f"  {e}.{c}: {'true' if criteria[f'{e}.{c}'] else 'false'}")
    lines.append("advisory_addressed:" + ("" if advisory else " {}"))
    for el in ELEMENTS:
        if advisory.get(el):
            lines.append(f"  {el}: [{', '.join(advisory[el])}]")
    lines.append("notes:")
    for el in ELEMENTS:
        if el in (notes or {}):
            lines.append(f"  {el}: {q(notes[el])}")
    (OUT / f"{name}.expected.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return status


def crit(**kw):
    """crit(basisondersteuning_niveau=True, ...) -> {'basisondersteuning.niveau': True}"""
    d = {}
    for k, v in kw.items():
        el, c = k.rsplit("_", 1)
        d[f"{el.replace('_', '-')}.{c}"] = v
    missing = [f"{e}.{c}" for e, c in CORE if f"{e}.{c}" not in d]
    assert not missing, missing
    return d


# ---------------------------------------------------------------------------
# Shared filler (the prose real plans carry around the legal content).
# Every paragraph here is written so that it mentions ouders, middelen,
# arrangementen, toelaatbaarheid, resultaten ... only in passing.
# ---------------------------------------------------------------------------


def f_voorwoord(c):
    return [
        H1("Voorwoord"),
        P(f"""Voor u ligt het ondersteuningsplan {c['periode']} van {c['naam']}. Het is het derde plan
        sinds de invoering van passend onderwijs in 2014, en het eerste dat we niet langs de lijnen van de wet
        maar langs onze eigen {c['koersen_woord']} hebben opgebouwd. Dat was een bewuste keuze. In de gesprekken
        die we het afgelopen jaar voerden met intern begeleiders, ondersteuningscoördinatoren, directeuren,
        bestuurders, ouders, leerplichtambtenaren en jeugdprofessionals hoorden we steeds dezelfde vraag: waar
        willen we over vier jaar staan, en wat vraagt dat van ieder van ons?"""),
        P(f"""Het antwoord op die vraag is niet eenvoudig. De {c['schooltype']} in onze regio hebben te maken met
        krapte op de arbeidsmarkt, met groepen waarin de verschillen tussen kinderen groter worden en met
        jeugdhulp die niet altijd tijdig beschikbaar is. Tegelijk zien we veel energie: scholen die elkaar opzoeken,
        teams die nieuwe vormen van ondersteuning uitproberen en partners die bereid zijn over de eigen grenzen
        heen te kijken. Dit plan wil die energie richting geven."""),
        P(f"""Een plan is geen eindpunt. De middelen die we ontvangen zijn eindig, de wetgeving verandert en de
        inzichten over wat werkt ook. We zullen dit plan daarom jaarlijks naast de werkelijkheid leggen en waar
        nodig bijstellen, in overleg met de ondersteuningsplanraad. Ik dank iedereen die heeft meegedacht,
        meegeschreven en kritische vragen heeft gesteld. Zonder die vragen was dit plan dunner geweest."""),
        P(f"""{c['bestuurder']}, directeur-bestuurder"""),
    ]


def f_leeswijzer(c, extra=""):
    return [
        H1("Inleiding en leeswijzer"),
        P(f"""{c['naam']} is een samenwerkingsverband passend onderwijs als bedoeld in {c['wetsartikel']}.
        In het samenwerkingsverband werken {c['n_besturen']} schoolbesturen samen, met samen {c['n_scholen']}
        scholen in de gemeenten {c['gemeenten']}. Het ondersteuningsplan beschrijft hoe wij die samenwerking de
        komende vier schooljaren, van 1 augustus {c['start']} tot en met 31 juli {c['eind']}, vormgeven."""),
        P(f"""Het plan is opgebouwd rond {c['n_koersen']} {c['koersen_woord']}. Iedere {c['koers_enkel']} begint met
        een korte schets van waar we nu staan, beschrijft wat we willen bereiken en wat we daarvoor doen. De
        onderwerpen die de wet voorschrijft, komen dus niet in een vaste volgorde aan bod maar daar waar ze
        inhoudelijk thuishoren. Achter in het plan vindt u een begrippenlijst met de afkortingen die in passend
        onderwijs gebruikelijk zijn. {extra}"""),
        P("""Waar in dit plan 'ouders' staat, bedoelen we ouders, verzorgers en voogden. Waar 'school' staat,
        bedoelen we iedere vestiging van een school die onder het samenwerkingsverband valt, tenzij anders
        vermeld. Het plan is geschreven voor professionals en bestuurders; een verkorte versie volgt later."""),
    ]


def f_totstandkoming(c):
    return [
        H2("Hoe dit plan tot stand kwam"),
        P(f"""Het schrijfproces startte in het voorjaar van {int(c['start']) - 1} met een evaluatie van het vorige
        plan. Een schrijfgroep met vertegenwoordigers van de besturen, twee leden van de
        ondersteuningsplanraad en medewerkers van het bureau heeft de {c['koersen_woord']} uitgewerkt. In vier
        regionale bijeenkomsten, die samen door ruim 180 mensen werden bezocht, hebben we de eerste versie
        getoetst. De opbrengst van die bijeenkomsten is verwerkt in de versie die nu voorligt."""),
        P(f"""Het concept is besproken in het directeurenoverleg, vastgesteld door het bestuur onder voorbehoud
        van instemming van de ondersteuningsplanraad, en besproken met de gemeenten en met het
        {c['ander_swv']} waarmee ons werkgebied overlapt. Het plan wordt vóór 1 mei {c['start']} aan de
        inspectie van het onderwijs gezonden."""),
    ]


def f_governance(c, variant=0):
    blocks = [
        H1(c.get("gov_titel", "Organisatie en governance")),
        P(f"""{c['naam']} is een stichting. De schoolbesturen zijn aangesloten via een aansluitingsovereenkomst
        en vormen samen de {c['orgaan']}. Het bestuur van de stichting is belegd bij een
        directeur-bestuurder, die wordt benoemd door en verantwoording aflegt aan de raad van toezicht. De raad
        van toezicht bestaat uit vijf leden, van wie twee op voordracht van de {c['orgaan']} en drie
        onafhankelijke leden met expertise op het gebied van onderwijs, financiën en jeugdhulp."""),
        P("""Wij hanteren de Code Goed Bestuur van de sectororganisatie. Bestuur en toezicht zijn gescheiden, de
        raad van toezicht heeft een auditcommissie en een commissie kwaliteit, en het toezichtkader is openbaar.
        De statuten bevatten een regeling voor het beslechten van geschillen tussen de aangesloten besturen,
        zoals de wet voorschrijft."""),
        P(f"""Het bureau van het samenwerkingsverband is gehuisvest in {c['bureau']}. Er werken
        {c['fte_bureau']} fte, verdeeld over beleid, bedrijfsvoering, secretariaat en de
        uitvoerende functies die elders in dit plan aan bod komen. Het bureau is het aanspreekpunt voor scholen,
        gemeenten en ketenpartners en ondersteunt het bestuur bij de voorbereiding en uitvoering van besluiten."""),
    ]
    if variant == 1:
        blocks.append(P("""In 2025 is de governance geëvalueerd door een extern bureau. De belangrijkste
        aanbevelingen waren het verhelderen van de rol van de algemene vergadering bij de begroting, het
        instellen van een vast jaarlijks strategisch overleg tussen raad van toezicht en besturen en het
        verminderen van het aantal overleggremia. De eerste twee aanbevelingen zijn overgenomen; over de derde
        besluiten we in 2026."""))
    return blocks


def f_opr(c, parents_role=True):
    if parents_role:
        body = P(f"""De ondersteuningsplanraad (OPR) heeft instemmingsrecht op dit plan en op wijzigingen ervan.
        De OPR telt {c['opr_leden']} leden: de helft is ouder, de andere helft personeelslid van een van de
        aangesloten scholen. Zij worden afgevaardigd uit de medezeggenschapsraden. De ouders in de OPR
        brengen nadrukkelijk het perspectief in van gezinnen met een kind dat extra ondersteuning nodig heeft;
        de OPR organiseert daarvoor twee keer per jaar een achterbanavond. De OPR heeft op {c['opr_datum']}
        ingestemd met dit plan.""")
    else:
        body = P(f"""De ondersteuningsplanraad (OPR) heeft instemmingsrecht op dit plan en op wijzigingen ervan.
        De OPR telt {c['opr_leden']} leden, afgevaardigd uit de medezeggenschapsraden van de aangesloten scholen,
        en werkt volgens een eigen reglement. Het concept van dit plan is op {c['opr_datum']} aan de OPR
        voorgelegd; de OPR wordt ondersteund door een onafhankelijke ambtelijk secretaris.""")
    return [H2("Medezeggenschap"), body,
            P("""Naast de OPR heeft het samenwerkingsverband als werkgever een eigen medezeggenschapsraad voor de
            medewerkers van het bureau. De jaarplanning van beide raden wordt afgestemd op de beleidscyclus, zodat
            zij tijdig kunnen adviseren of instemmen.""")]


def f_oogo(c, substantive=True):
    if substantive:
        return [
            H2("Op overeenstemming gericht overleg met de gemeenten"),
            P(f"""Over het concept van dit plan is op {c['oogo_datum']} op overeenstemming gericht overleg
            (OOGO) gevoerd met de wethouders onderwijs en jeugd van {c['gemeenten']}. Gemeenten en
            samenwerkingsverband hebben afgesproken hun plannen wederzijds af te stemmen. In het overleg zijn
            afspraken gemaakt over jeugdhulp op en rond school, het leerlingenvervoer, onderwijshuisvesting voor
            speciale voorzieningen en de aansluiting tussen onderwijs en zorg. De afspraken zijn vastgelegd in
            een gezamenlijke agenda die jaarlijks in het bestuurlijk overleg wordt geactualiseerd."""),
            P("""Wanneer samenwerkingsverband en gemeenten het in het OOGO niet eens worden, kan ieder van de partijen
            een onafhankelijke voorzitter vragen te bemiddelen, zoals vastgelegd in de procedureafspraken."""),
        ]
    return [
        H2("Overleg met de gemeenten"),
        P(f"""Het op overeenstemming gericht overleg (OOGO) over dit plan met de colleges van {c['gemeenten']}
        staat gepland op {c['oogo_datum']}. Het verslag van dat overleg wordt na afloop aan dit plan
        toegevoegd."""),
    ]


def f_personeel(c, neutral=False):
    blocks = [H1(c.get("pers_titel", "Personeel en professionalisering"))]
    if not neutral:
        blocks.append(P(f"""Passend onderwijs staat of valt met mensen. Op de scholen zijn dat de leraren,
        intern begeleiders of ondersteuningscoördinatoren en de onderwijsassistenten; bij het
        samenwerkingsverband de consulenten, orthopedagogen en gedragsspecialisten. Het samenwerkingsverband
        werkt zoveel mogelijk met eigen medewerkers en beperkt de inhuur van externe deskundigen."""))
    else:
        blocks.append(P("""Het bureau is bewust klein gehouden. De meeste medewerkers werken in deeltijd en
        combineren hun werk met een functie op een school of bij een ketenpartner. Dat houdt de lijnen kort,
        maar maakt ons ook kwetsbaar bij ziekte en vertrek."""))
    blocks += [
        P("""Het lerarentekort raakt ook passend onderwijs. Zonder bevoegde leraar voor de groep heeft geen enkel
        arrangement effect. Wij kunnen het tekort niet oplossen, maar wel bijdragen aan goed werkgeverschap:
        door kennis te delen, door professionals te ontlasten en door aantrekkelijke loopbaanpaden aan te bieden
        voor wie zich in ondersteuning wil specialiseren."""),
        P(f"""Het samenwerkingsverband organiseert jaarlijks een programma van leernetwerken, masterclasses en
        intervisie. Voor intern begeleiders en ondersteuningscoördinatoren is er een netwerk dat vijf keer per
        jaar bijeenkomt. Voor directeuren organiseren we een jaarlijkse studiedag. Bij het ontwerp van het
        scholingsaanbod kijken we naar de vragen die scholen ons stellen; de evaluaties van deelnemers
        gebruiken we om het aanbod bij te stellen. In {c['start']} starten we met een leergang
        'handelingsgericht samenwerken' voor teams die dat als team willen oppakken."""),
        P("""Werkdruk is een terugkerend thema in onze gesprekken. We vragen van scholen geen formulieren die we
        niet nodig hebben, en we hergebruiken informatie die al in het leerlingvolgsysteem of het
        groeidocument staat. Het bureau toetst nieuwe werkwijzen vooraf op de administratieve last voor
        scholen."""),
    ]
    return blocks


def f_ict_privacy(c):
    return [
        H2("Informatievoorziening en privacy"),
        P(f"""Het samenwerkingsverband werkt met een digitaal dossier waarin scholen aanvragen indienen en
        professionals samenwerken. Het systeem voldoet aan de eisen van de Algemene verordening
        gegevensbescherming (AVG). Wij verwerken alleen de gegevens die nodig zijn voor onze wettelijke taken.
        Gegevens over gezondheid worden alleen verwerkt voor zover dat voor die taken noodzakelijk is en worden
        niet langer bewaard dan de wettelijke termijn van drie jaar na het besluit."""),
        P("""Het samenwerkingsverband heeft een functionaris gegevensbescherming, gedeeld met twee andere
        samenwerkingsverbanden. Datalekken worden gemeld volgens het protocol. In de planperiode vervangen we
        het huidige dossiersysteem, dat in 2028 niet meer wordt ondersteund door de leverancier; de
        aanbesteding start in het najaar van 2026."""),
    ]


def f_afsluiting(c):
    return [
        H1("Tot slot"),
        P(f"""Dit plan beschrijft onze {c['koersen_woord']} voor de komende vier jaar. Het is een plan van
        samenwerkende besturen en scholen, niet van een bureau. De komende jaren zullen laten zien of we erin
        slagen om de woorden uit dit plan om te zetten in dagelijkse praktijk in de groep, op het schoolplein en
        aan de keukentafel. Wij nodigen iedereen uit ons daarop aan te spreken."""),
    ]


# ---------------------------------------------------------------------------
# Plan 1 – PO, .docx – SWV Lindeweide, five 'koersen'
# ---------------------------------------------------------------------------
C1 = dict(naam="Samenwerkingsverband Passend Primair Onderwijs Lindeweide", periode="2026-2030",
          koersen_woord="koersen", koers_enkel="koers", n_koersen="vijf", schooltype="basisscholen",
          bestuurder="Marieke van Dalfsen", wetsartikel="artikel 18a van de Wet op het primair onderwijs",
          n_besturen=9, n_scholen=63, gemeenten="Lindeweide, Oosterbroek, Haverdal en Zuidmeer",
          start="2026", eind="2030", ander_swv="samenwerkingsverband VO Lindeweide-Haverdal",
          orgaan="algemene vergadering", bureau="het Onderwijshuis aan de Kastanjelaan in Lindeweide",
          fte_bureau="14,6", opr_leden=12, opr_datum="3 maart 2026", oogo_datum="12 februari 2026")


def plan1():
    c = C1
    b = [TITLE("Ondersteuningsplan 2026-2030: Samen sterker in de basis"),
         SUB(f"{c['naam']} (PO 31-04)"),
         SUB("Vastgesteld door het bestuur op 10 maart 2026, na instemming van de ondersteuningsplanraad"),
         PB,
         TOC("Voorwoord", "1 Inleiding en leeswijzer", "2 Waar we staan: terugblik en context",
             "3 Missie, visie en vijf koersen", "4 Koers 1 – Een sterke basis in elke groep",
             "5 Koers 2 – Thuisnabij waar het kan", "5.3 Toelaatbaarheid en terugplaatsing",
             "6 Koers 3 – Samen sluitend: ouders, partners en een dekkend aanbod",
             "6.1 Pijler: partnerschap met ouders (informatie en onafhankelijke ondersteuning)",
             "7 Koers 4 – Zicht op ontwikkeling: beoogde en bereikte resultaten",
             "8 Koers 5 – Slim organiseren", "8.1 Geld en middelen: financiën en meerjarenbegroting",
             "8.2 Personeel en professionalisering", "9 Kengetallen", "10 Monitoring en verantwoording",
             "11 Organisatie en governance", "12 Jaaragenda 2026-2030", "Begrippenlijst"),
         PB]
    b += f_voorwoord(c)
    b += f_leeswijzer(c)
    b += [
        H1("Waar we staan: terugblik en context"),
        P("""Het werkgebied van Lindeweide omvat vier gemeenten met samen ruim 110.000 inwoners. Het gebied
        kent een stedelijke kern, twee middelgrote dorpen en een groot landelijk gebied met kleine scholen. Het
        aantal leerlingen daalt sinds 2019 met gemiddeld 1,2 procent per jaar. Die daling is niet gelijk
        verdeeld: in Zuidmeer groeit het aantal leerlingen door nieuwbouw, terwijl drie dorpsscholen in
        Oosterbroek onder de opheffingsnorm dreigen te komen."""),
        P("""In het vorige plan stonden drie speerpunten centraal: de inrichting van één loket voor alle
        ondersteuningsvragen, het versterken van de ondersteuningsteams op de scholen en het terugdringen van
        het aantal kinderen dat thuiszit. Het loket is in 2023 van start gegaan; alle scholen hebben inmiddels
        een ondersteuningsteam dat minstens vier keer per jaar bijeenkomt. Over de thuiszitters is het beeld
        wisselend, daarover meer in koers 3."""),
        P("""Een systematische evaluatie van wat het vorige plan voor kinderen heeft opgeleverd, kon niet worden
        gemaakt: de gegevens werden per bestuur op een andere manier vastgelegd en zijn niet vergelijkbaar. Dat
        is een les die we meenemen naar deze planperiode."""),
    ]
    b += [
        H1("Missie, visie en vijf koersen"),
        P("""Onze missie is kort: ieder kind in Lindeweide ontwikkelt zich ononderbroken, zo thuisnabij als het
        kan en zo speciaal als het moet. Wij geloven dat kinderen het meest leren in een groep met
        leeftijdgenoten uit hun eigen buurt, met een leraar die hen kent en die weet waar hij hulp kan halen.
        Wij geloven ook dat dat niet voor ieder kind altijd haalbaar is, en dat een plek op een speciale school
        dan geen falen is maar een passende keuze."""),
        P("""Die missie hebben we vertaald naar vijf koersen. Zij vormen de hoofdstukken van dit plan:"""),
        UL("Koers 1 – Een sterke basis in elke groep: wat ieder kind op iedere school mag verwachten.",
           "Koers 2 – Thuisnabij waar het kan: arrangementen, speciale voorzieningen en de weg daarheen en terug.",
           "Koers 3 – Samen sluitend: met ouders en partners zorgen dat geen kind tussen wal en schip valt.",
           "Koers 4 – Zicht op ontwikkeling: weten wat we bereiken.",
           "Koers 5 – Slim organiseren: geld, mensen en systemen die het werk mogelijk maken."),
        P("""De koersen hangen met elkaar samen. Een sterke basis maakt minder zware ondersteuning nodig; een
        goed dekkend aanbod maakt thuiszitten minder waarschijnlijk; en zonder zicht op wat we bereiken
        weten we niet of de middelen goed terechtkomen."""),
    ]
    # Koers 1 -------------------------------------------------------------
    b += [
        H1("Koers 1 – Een sterke basis in elke groep"),
        H2("Waar we nu staan"),
        P("""De scholen in Lindeweide verschillen sterk in wat zij zelf aan ondersteuning bieden. De ene school
        heeft een eigen taalklas en een gedragsspecialist, de andere school moet voor iedere vraag een beroep
        doen op het samenwerkingsverband. Voor ouders is dat onduidelijk: wat je op de ene school vanzelf
        krijgt, moet je op de andere school aanvragen. Met deze koers willen we dat veranderen."""),
        H2("De Lindeweide-standaard"),
        P("""Onder basisondersteuning verstaan wij in Lindeweide de ondersteuning die iedere school – elke
        vestiging, ongeacht het bestuur – zelf biedt, zonder dat daarvoor een aanvraag bij het
        samenwerkingsverband nodig is. De algemene vergadering heeft op 18 november 2025 de
        Lindeweide-standaard vastgesteld. Die standaard is de ondergrens: geen school biedt minder, veel scholen
        bieden meer. Wat een school bovenop de standaard biedt, beschrijft zij in haar schoolgids."""),
        P("""De standaard bestaat uit vier onderdelen. Concreet betekent dit dat ouders op iedere school in
        Lindeweide het volgende mogen verwachten:"""),
        UL("""Een ondersteuningsstructuur: een intern begeleider met ten minste 0,4 fte per 200 leerlingen, een
           ondersteuningsteam dat minstens vier keer per jaar bijeenkomt met de vaste consulent van het
           samenwerkingsverband, en een jaarlijkse groepsbespreking per groep.""",
           """Preventieve en licht curatieve interventies: een aanpak volgens het landelijk protocol
           leesproblemen en dyslexie, een aanpak voor rekenproblemen en dyscalculie, verrijking en compacten voor
           kinderen die meer aankunnen, een programma voor sociale veiligheid met een gedragsprotocol, extra
           taalondersteuning voor kinderen met een taalachterstand en een protocol medisch handelen.""",
           """Handelingsgericht werken: voor ieder kind met een specifieke onderwijsbehoefte een beschrijving van
           die behoefte in het groeidocument, en binnen zes weken na de start van extra ondersteuning een
           ontwikkelingsperspectief als dat wettelijk nodig is.""",
           """Basiskwaliteit: de school voldoet aan de deugdelijkheidseisen en heeft van de inspectie ten minste
           het oordeel voldoende."""),
        P("""De grens tussen basisondersteuning en extra ondersteuning ligt daar waar een school voor een kind meer
        nodig heeft dan deze vier onderdelen en wat de school zelf in haar schoolgids heeft beschreven. Dan kan
        de school via het ondersteuningsteam een arrangement aanvragen (zie koers 2)."""),
        H2("Hoe we de standaard bewaken"),
        P("""Iedere school voert eens per twee jaar een 'basischeck' uit: een zelfevaluatie aan de hand van de
        standaard, besproken met de consulent en een collega-directeur van een ander bestuur. Scholen die op een
        onderdeel onder de standaard blijven, maken een verbeterplan met een termijn van maximaal één schooljaar.
        De besturen bespreken de uitkomsten jaarlijks in het bestuurlijk overleg."""),
        H2("Wat we de komende jaren doen"),
        UL("2026-2027: alle scholen voeren de eerste basischeck uit.",
           "2027-2028: scholen die onder de standaard blijven, werken aan hun verbeterplan.",
           "2028-2029: de standaard wordt geëvalueerd en waar nodig aangescherpt, mede in het licht van een landelijke norm."),
    ]
    # Koers 2 -------------------------------------------------------------
    b += [
        H1("Koers 2 – Thuisnabij waar het kan"),
        H2("Waar we nu staan"),
        P("""Het deel van de leerlingen dat in Lindeweide naar het speciaal basisonderwijs of het speciaal onderwijs
        gaat, ligt al jaren iets boven het landelijk gemiddelde. Tegelijk horen we van ouders dat hun kind soms
        lang moet reizen, en van scholen dat zij eerder een beroep zouden willen doen op tussenvormen. Deze
        koers gaat over die tussenvormen, over de weg naar een speciale voorziening en over de weg terug."""),
        H2("Het Lindeweide-continuüm"),
        P("""Het ondersteuningsaanbod in Lindeweide is opgebouwd in lagen die op elkaar aansluiten. Elke laag is
        pas aan de orde als de vorige niet volstaat, maar een kind kan ook direct een zwaardere laag nodig
        hebben."""),
        TABLE(["Laag", "Wat", "Waar / door wie"],
              ["1 Basisondersteuning", "De Lindeweide-standaard (koers 1)", "Iedere school"],
              ["2 Extra ondersteuning op school", "Schoolarrangement: extra handen, specialistische begeleiding, "
               "aangepast programma", "Eigen school, gefinancierd uit het schoolbudget"],
              ["3 Bovenschoolse arrangementen", "Lindeklas (observatie en diagnostiek, groep 1-4), Plusklas "
               "(hoogbegaafdheid, één dag per week), Taalklas voor nieuwkomers, ambulante begeleiding vanuit het so",
               "Drie locaties in Lindeweide, Haverdal en Zuidmeer; toekenning via het Loket"],
              ["4 Speciaal basisonderwijs", "SBO De Wilgenhof, SBO Het Palet", "Lindeweide en Oosterbroek"],
              ["5 Speciaal onderwijs", "SO De Vlonder (cluster 3), SO De Kempenaer (cluster 4), "
               "onderwijszorgarrangement in Kindcentrum De Horst", "Lindeweide en Haverdal"]),
        P("""Het Loket is de toegang tot laag 3 tot en met 5. Het Loket is bereikbaar voor scholen, en via de school
        ook voor ouders. Een aanvraag voor een bovenschools arrangement wordt binnen drie weken beoordeeld door
        een consulent en een orthopedagoog van het samenwerkingsverband."""),
        H2("Toelaatbaarheid en terugplaatsing"),
        P("""Voor een plaats op het speciaal basisonderwijs of het speciaal onderwijs is een
        toelaatbaarheidsverklaring (TLV) van het samenwerkingsverband nodig. De route naar zo'n verklaring
        verloopt in vier stappen."""),
        UL("""Stap 1 – Het ondersteuningsteam van de school bespreekt het kind, samen met de ouders en de consulent.
           Het team stelt vast dat de ondersteuningsbehoefte de mogelijkheden van de school, ook met een
           arrangement, te boven gaat.""",
           """Stap 2 – Het bevoegd gezag van de school waar het kind staat ingeschreven, dient de aanvraag in via het
           digitale dossier. Bij de aanvraag horen het groeidocument, het ontwikkelingsperspectief, een verslag
           van de ondersteuning die al is geboden en de zienswijze van de ouders.""",
           """Stap 3 – Twee deskundigen die niet bij de aanvraag betrokken waren, geven ieder afzonderlijk een
           schriftelijk advies: een orthopedagoog of psycholoog, en afhankelijk van het kind een tweede
           deskundige zoals een kinderarts, een maatschappelijk werker of een kinderpsychiater. Ouders ontvangen een
           afschrift van beide adviezen.""",
           """Stap 4 – De Commissie Toelaatbaarheid besluit binnen zes weken na ontvangst van de volledige
           aanvraag. De commissie bestaat uit de manager van het Loket en twee orthopedagogen."""),
        P("""Een TLV voor het speciaal basisonderwijs geldt tot het einde van het schooljaar waarin het kind de
        basisschoolleeftijd verlaat, tenzij de commissie een kortere duur bepaalt. Een TLV voor het speciaal
        onderwijs geldt twee schooljaren; de commissie bepaalt daarbij de bekostigingscategorie (laag, midden
        of hoog)."""),
        P("""De inhoudelijke criteria waaraan de commissie een aanvraag toetst, zijn in 2025 door de werkgroep
        toewijzing tegen het licht gehouden. Het voorstel voor een herzien toetsingskader ligt na de zomer van
        2026 bij de besturen. Tot het nieuwe kader is vastgesteld, weegt de commissie aanvragen zoals in de
        afgelopen planperiode gebruikelijk was."""),
        P("""Een plaatsing in het speciaal (basis)onderwijs is voor ons geen eindstation. Ons beleid is dat ieder
        kind dat op een sbo- of so-school zit, de kans krijgt terug te keren naar een reguliere school zodra
        zijn ontwikkeling dat toelaat en een reguliere school met een arrangement kan bieden wat het kind nodig
        heeft. Voorwaarden zijn dat het ontwikkelingsperspectief een reguliere uitstroom laat zien, dat een
        ontvangende school in de buurt van het gezin is gevonden en dat de ouders de overstap steunen. Na de
        overstap krijgt het kind een terugkeerarrangement van een vol schooljaar: de ontvangende school krijgt
        een bedrag van € 4.500, begeleiding door de consulent en in de eerste drie maanden één dagdeel per week
        ambulante begeleiding vanuit de sbo- of so-school."""),
        P("""Het verloop is als volgt. De sbo- of so-school evalueert ieder jaar in oktober het
        ontwikkelingsperspectief. In het laatste jaar van de TLV nodigt de school in januari de ouders, de
        consulent en zo mogelijk een ontvangende school uit voor een perspectiefgesprek. De directeur van de
        sbo- of so-school besluit, na overeenstemming met de ouders, of terugkeer wordt voorbereid. Is dat zo,
        dan meldt de school het kind vóór 1 april aan bij de ontvangende school en volgt een warme overdracht;
        het kind start daar op 1 augustus en de TLV eindigt op 31 juli. Is terugkeer nog niet verantwoord, dan
        vraagt het bevoegd gezag van de sbo- of so-school vóór 1 maart een nieuwe TLV aan. In het schooljaar
        2024-2025 keerden elf kinderen vanuit het sbo en drie vanuit het so terug naar een reguliere school."""),
    ]
    # Koers 3 -------------------------------------------------------------
    b += [
        H1("Koers 3 – Samen sluitend: ouders, partners en een dekkend aanbod"),
        H2("Pijler: partnerschap met ouders"),
        P("""Ouders kennen hun kind het best. Zij zijn voor de school en voor het samenwerkingsverband de eerste
        partner. Dat vraagt dat ouders weten welke ondersteuning er is en hoe je daar komt. Ouders vinden die
        informatie langs vier wegen:"""),
        UL("""In de schoolgids van iedere school staat welke ondersteuning de school biedt: de
           Lindeweide-standaard en wat de school daarbovenop doet.""",
           """Op de ouderpagina 'Wegwijs in Lindeweide' van onze website staat het volledige aanbod van laag 1
           tot en met 5, met per voorziening een korte beschrijving, de locatie en de manier van aanvragen.""",
           """De folder 'Extra ondersteuning, hoe werkt dat?' is op iedere school beschikbaar, in het Nederlands,
           Engels, Arabisch, Turks en Pools.""",
           """Twee keer per jaar, in oktober en in maart, organiseert het samenwerkingsverband een
           informatieavond voor ouders over het ondersteuningsaanbod, afwisselend in Lindeweide en Haverdal."""),
        P("""De wet op de versterking van de positie van ouders en leerlingen vraagt ieder samenwerkingsverband
        om een ouder- en jeugdsteunpunt. Lindeweide heeft zo'n steunpunt nog niet. Of we het zelf inrichten of
        samen met het samenwerkingsverband voortgezet onderwijs, is onderwerp van gesprek in het schooljaar
        2026-2027. Tot die tijd is de intern begeleider van de school het eerste aanspreekpunt voor ouders met
        vragen."""),
        H2("Jeugdhulp en gemeenten"),
        P("""Op iedere school is schoolmaatschappelijk werk beschikbaar, gefinancierd door de gemeenten. In de
        ondersteuningsteams schuift de jeugdprofessional van het lokale team aan. Voor kinderen die onderwijs en
        zorg tegelijk nodig hebben, kennen we onderwijszorgarrangementen; het samenwerkingsverband en de
        gemeente dragen ieder het eigen deel van de kosten."""),
        H2("Niemand thuis"),
        P("""Elk kind dat langer dan vier weken niet of nauwelijks naar school gaat, meldt de school bij de
        thuiszittersregisseur van het samenwerkingsverband. De regisseur bespreekt ieder kind binnen twee weken
        aan de maandelijkse thuiszitterstafel, met de leerplichtambtenaar, de jeugdprofessional, het betrokken
        bestuur en zo nodig een so-school. Binnen drie maanden ligt er een plan voor terugkeer naar onderwijs.
        Lukt dat niet, dan kan de directeur-bestuurder een bestuur vragen een plek te bieden; de besturen hebben
        afgesproken dat verzoek te volgen."""),
        P("""Ook als een school bij aanmelding binnen zes weken, eventueel verlengd met vier weken, geen passende
        plek kan bieden, komt het Loket in beeld: het Loket zoekt samen met de besturen een school die het kind
        wel kan plaatsen, zodat de zorgplicht niet bij één school blijft hangen."""),
        P("""Eens per jaar maakt het Loket een analyse van de casussen waarin geen passende plek te vinden was
        en van de wachtlijsten. De analyse van 2025 liet twee witte vlekken zien: jonge kinderen van vier tot
        zes jaar met een ontwikkelingsvraag én een zorgvraag, en kinderen met ernstige angstklachten. Voor de
        eerste groep start op 1 januari 2027 een combinatiegroep in Kindcentrum De Horst; voor de tweede groep
        ontwikkelen SO De Kempenaer en twee basisscholen een maatwerkgroep die in het schooljaar 2027-2028 open
        gaat."""),
    ]
    b += f_oogo(c, substantive=True)
    # Koers 4 -------------------------------------------------------------
    b += [
        H1("Koers 4 – Zicht op ontwikkeling"),
        P("""We willen weten of wat we doen ertoe doet. Daarom hebben we per koers beoogde resultaten
        geformuleerd. Ze gaan over de kinderen die extra ondersteuning nodig hebben."""),
        TABLE(["Koers", "Beoogd resultaat in 2030", "Uitgangssituatie"],
              ["1", "Alle scholen voldoen aantoonbaar aan de Lindeweide-standaard", "Nog niet bekend"],
              ["2", "Het deelnamepercentage sbo daalt van 2,6% naar 2,2%", "2,6% (1 oktober 2025)"],
              ["2", "Ten minste 15 terugplaatsingen per jaar", "14 in 2024-2025"],
              ["3", "Geen kind zit langer dan drie maanden thuis zonder plan", "9 kinderen in 2024-2025"],
              ["3", "De wachttijd voor de Lindeklas is maximaal zes weken", "Gemiddeld elf weken"]),
        P("""Hoe en wanneer we deze indicatoren meten, welke bronnen we daarvoor gebruiken en aan wie we erover
        rapporteren, wordt onderdeel van het kwaliteitskader dat in het eerste planjaar wordt geschreven. Een
        werkgroep van kwaliteitsmedewerkers van de besturen krijgt daarvoor de opdracht; het kader wordt na
        instemming van de OPR aan dit plan toegevoegd."""),
    ]
    # Koers 5 -------------------------------------------------------------
    b += [
        H1("Koers 5 – Slim organiseren"),
        H2("Geld en middelen"),
        P("""Lindeweide ontvangt van het Rijk de ondersteuningsbekostiging voor lichte en zware ondersteuning.
        Van dat bedrag wordt eerst de bekostiging van het speciaal onderwijs door DUO rechtstreeks aan de
        so-scholen overgedragen. Wat overblijft, verdelen we volgens het verdeelmodel dat de algemene
        vergadering jaarlijks in december vaststelt, samen met de begroting."""),
        P("""Het verdeelmodel kent drie stromen. Ten eerste ontvangt ieder bestuur een schoolbudget van € 215 per
        leerling, op basis van het aantal leerlingen op de teldatum 1 oktober van het voorgaande jaar, plus een
        vaste voet van € 12.000 per vestiging. Ten tweede betaalt het samenwerkingsverband de bovenschoolse
        arrangementen uit laag 3 rechtstreeks; die worden per kind toegekend door het Loket, als het
        ondersteuningsteam heeft vastgesteld dat de school met haar schoolbudget niet toekomt en de aanvraag
        binnen de beschrijving van het arrangement valt. Ten derde draagt het samenwerkingsverband de kosten
        van de groei van het speciaal basisonderwijs boven twee procent, op basis van de teldatum 1 februari."""),
        P("""Een meerjarenbegroting met de verwachte besteding per bestemming is op het moment van schrijven niet
        beschikbaar. Het bestuur stelt de begroting 2027 en de meerjarenraming 2027-2030 vast in december 2026,
        na de herijking van de sbo-bekostiging. Het onderstaande overzicht wordt dan ingevuld."""),
        TABLE(["Bestemming (x € 1.000)", "2026", "2027", "2028", "2029"],
              ["Schoolbudgetten besturen", "p.m.", "p.m.", "p.m.", "p.m."],
              ["Bovenschoolse arrangementen", "p.m.", "p.m.", "p.m.", "p.m."],
              ["Groei sbo", "p.m.", "p.m.", "p.m.", "p.m."],
              ["Bureau en personeel", "p.m.", "p.m.", "p.m.", "p.m."]),
        P("""De algemene reserve bedroeg op 31 december 2025 € 1,9 miljoen, boven de signaleringswaarde van de
        inspectie. Het bestuur heeft besloten het bedrag boven de signaleringswaarde in de jaren 2026 tot en
        met 2028 in te zetten voor de witte vlekken uit koers 3."""),
    ]
    b += f_personeel(c)
    b += f_ict_privacy(c)
    # Kengetallen etc ------------------------------------------------------
    b += [
        H1("Kengetallen"),
        TABLE(["Gegeven", "Waarde"],
              ["Aantal leerlingen basisonderwijs (1 oktober 2025)", "14.870"],
              ["Aantal vestigingen basisonderwijs", "58"],
              ["Aantal sbo-scholen / so-locaties", "2 / 3"],
              ["Aantal besturen", "9"],
              ["Deelnamepercentage sbo (landelijk)", "2,6% (2,3%)"],
              ["Deelnamepercentage so (landelijk)", "1,7% (1,8%)"],
              ["Afgegeven TLV's 2024-2025 (sbo / so)", "96 / 41"],
              ["Bovenschoolse arrangementen 2024-2025", "212"]),
        H1("Monitoring en verantwoording"),
        P("""Het samenwerkingsverband kent een planning- en controlcyclus met een begroting in december, een
        financiële halfjaarrapportage in september en een jaarrekening met bestuursverslag vóór 1 juli. De
        accountant controleert de jaarrekening; de resultaten van de accountantscontrole bespreekt de
        auditcommissie van de raad van toezicht."""),
        P("""Besturen leggen ieder voorjaar verantwoording af over de besteding van hun schoolbudget met het
        format 'Verantwoording ondersteuningsmiddelen': hoeveel is uitgegeven aan personeel, aan materialen
        en aan externe inhuur, en voor welke groepen kinderen. Het bureau bundelt de verantwoordingen en
        bespreekt afwijkingen met het betreffende bestuur."""),
        P("""De inhoudelijke verantwoording over de koersen krijgt vorm zodra het kwaliteitskader uit koers 4
        gereed is."""),
    ]
    b += f_governance(c, variant=1)
    b += f_opr(c, parents_role=True)
    b += f_totstandkoming(c)
    b += [
        H1("Jaaragenda 2026-2030"),
        TABLE(["Wanneer", "Wat", "Wie"],
              ["Najaar 2026", "Herzien toetsingskader TLV ter besluitvorming", "Werkgroep toewijzing / AV"],
              ["December 2026", "Begroting 2027 en meerjarenraming vaststellen", "Bestuur / AV"],
              ["Schooljaar 2026-2027", "Eerste basischeck op alle scholen", "Scholen / consulenten"],
              ["Schooljaar 2026-2027", "Kwaliteitskader schrijven", "Werkgroep kwaliteit"],
              ["Schooljaar 2026-2027", "Besluit over ouder- en jeugdsteunpunt", "Directeur-bestuurder"],
              ["1 januari 2027", "Start combinatiegroep Kindcentrum De Horst", "SO De Kempenaer / gemeente"],
              ["Voorjaar 2028", "Tussenevaluatie van het plan met de OPR", "Bestuur / OPR"],
              ["Voorjaar 2029", "Start schrijven nieuw ondersteuningsplan", "Schrijfgroep"]),
    ]
    b += f_afsluiting(c)
    b += [
        H1("Begrippenlijst"),
        UL("Basisondersteuning: het afgesproken niveau van ondersteuning dat alle scholen bieden.",
           "Bekostigingscategorie: laag, midden of hoog; bepaalt de bekostiging van een leerling in het so.",
           "Dekkend aanbod: een samenhangend geheel van voorzieningen zodat ieder kind een passende plek heeft.",
           "Meerjarenbegroting: begroting voor ten minste vier jaar.",
           "OJSP: ouder- en jeugdsteunpunt, onafhankelijke ondersteuning van ouders en jeugdigen.",
           "OPP: ontwikkelingsperspectief.",
           "OPR: ondersteuningsplanraad.",
           "Terugplaatsing: overstap van sbo of so naar het regulier onderwijs.",
           "TLV: toelaatbaarheidsverklaring.",
           "Verdeelmodel: de regels volgens welke de ondersteuningsmiddelen worden verdeeld."),
    ]
    return b


LABEL1 = dict(
    criteria=crit(basisondersteuning_niveau=True, basisondersteuning_inhoud=True,
                  plaatsing_procedure=True, plaatsing_criteria=False,
                  terugstroom_procedure=True, terugstroom_beleid=True,
                  financien_verdeling=True, financien_besteding=False,
                  dekkend_aanbod_continuum=True, dekkend_aanbod_lacunes=True,
                  resultaten_doelen=True, resultaten_monitoring=False,
                  ouders_informatie=True, ouders_steunpunt=False),
    advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie"],
              "terugstroom": ["monitoring"], "financien": ["reserves", "verantwoording"],
              "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"],
              "ouders": ["betrokkenheid"]},
    notes={
        "basisondersteuning": "Koers 1 'De Lindeweide-standaard': agreed minimum for every vestiging (AV 18-11-2025) plus four-part list of concrete voorzieningen; basischeck = borging.",
        "plaatsing": "Koers 2 'Toelaatbaarheid en terugplaatsing': 4-step procedure, two deskundigen, commissie within 6 weeks, duration/category; criteria explicitly deferred ('herzien toetsingskader na de zomer van 2026', 'zoals gebruikelijk was').",
        "terugstroom": "Hidden in the same TLV section of Koers 2: policy (conditions, terugkeerarrangement EUR 4.500) and procedure (October OPP evaluation, January perspectiefgesprek, director decides, TLV ends 31 July); 14 returns reported.",
        "financien": "Koers 5 'Geld en middelen': verdeelmodel with EUR 215/leerling, vaste voet, Loket criteria, sbo-groei; meerjarenbegroting not available and table filled with p.m.; reserves paragraph; school verantwoording in 'Monitoring en verantwoording'.",
        "dekkend-aanbod": "Koers 2 table 'Het Lindeweide-continuüm' (5 layers) + Koers 3 'Niemand thuis' (thuiszitterstafel, zorgplicht via Loket, annual witte-vlekken analysis with two gaps and actions).",
        "resultaten": "Koers 4 table of beoogde resultaten with targets; how they are measured/reported is deferred to a kwaliteitskader still to be written; 'Monitoring en verantwoording' chapter is only financial; terugblik says evaluation was not possible.",
        "ouders": "Koers 3 'Pijler: partnerschap met ouders': schoolgids, ouderpagina, folder in 5 languages, info evenings; OJSP explicitly not yet there, only IB'er of the school as contact (not independent).",
    })


# ---------------------------------------------------------------------------
# Plan 2 – VO, .docx – SWV VO Eemvallei, five 'pijlers'
# ---------------------------------------------------------------------------
C2 = dict(naam="Samenwerkingsverband Voortgezet Onderwijs Eemvallei", periode="2026-2030",
          koersen_woord="pijlers", koers_enkel="pijler", n_koersen="vijf",
          schooltype="scholen voor voortgezet onderwijs", bestuurder="Jeroen Halsema",
          wetsartikel="de Wet voortgezet onderwijs 2020 (voorheen artikel 17a WVO)",
          n_besturen=7, n_scholen=19, gemeenten="Eemhoven, Bovenveen en Wielsdorp",
          start="2026", eind="2030", ander_swv="samenwerkingsverband PO Eemvallei",
          orgaan="algemene ledenvergadering", bureau="het Kantoor Passend Onderwijs aan de Stationsweg in Eemhoven",
          fte_bureau="11,2", opr_leden=10, opr_datum="26 februari 2026", oogo_datum="5 februari 2026",
          gov_titel="Bestuur en organisatie")


def plan2():
    c = C2
    b = [TITLE("Ondersteuningsplan 2026-2030 'Elke jongere een plek'"),
         SUB(f"{c['naam']} (VO 31-11)"),
         SUB("Versie ter vaststelling, maart 2026"),
         PB,
         TOC("Voorwoord", "1 Inleiding en leeswijzer", "2 Visie en missie",
             "3 Pijler 1 – Elke school een stevige basis (basisondersteuning)",
             "4 Pijler 2 – Een passende plek voor iedere jongere",
             "4.3 Toegang tot vso, lwoo en praktijkonderwijs", "4.4 Terugplaatsing naar het regulier",
             "5 Pijler 3 – Partnerschap met ouders en jongeren",
             "6 Pijler 4 – Samen met gemeenten: thuiszitters en dekkend aanbod",
             "7 Pijler 5 – Vakmanschap", "8 Geld en middelen", "9 Kengetallen",
             "10 Monitoring en verantwoording: resultaten en kwaliteitszorg", "11 Bestuur en organisatie",
             "12 Jaaragenda", "Afkortingen en begrippen"),
         PB]
    b += f_voorwoord(c)
    b += f_leeswijzer(c, extra="De bijlagen bij dit plan zijn als afzonderlijke documenten beschikbaar.")
    b += [
        H1("Visie en missie"),
        P("""Eemvallei is er voor alle jongeren van twaalf tot achttien jaar in onze regio. Wij willen dat iedere
        jongere onderwijs volgt dat bij hem of haar past, op een school in de eigen regio, samen met
        leeftijdgenoten. Dat is geen vanzelfsprekendheid. Jongeren verschillen, hun omstandigheden verschillen
        en de scholen verschillen. Onze opdracht is die verschillen te verbinden."""),
        P("""Wij werken resultaatgericht en vanuit vertrouwen. De besturen zijn verantwoordelijk voor het onderwijs
        en de ondersteuning op hun scholen; het samenwerkingsverband faciliteert, verbindt en spreekt aan. Wij
        kiezen voor zo weinig mogelijk bureaucratie: middelen gaan zoveel mogelijk naar de scholen, en
        arrangementen worden zo dicht mogelijk bij de jongere georganiseerd."""),
        P("""De vijf pijlers van dit plan zijn: een stevige basis op elke school, een passende plek voor iedere
        jongere, partnerschap met ouders en jongeren, samenwerking met gemeenten, en vakmanschap van de
        professionals. Daaronder ligt een fundament van goed bestuur en verantwoord beheer van middelen."""),
    ]
    # Pijler 1 ---------------------------------------------------------------
    b += [
        H1("Pijler 1 – Elke school een stevige basis"),
        P("""Basisondersteuning is in Eemvallei het afgesproken niveau van ondersteuning dat iedere vestiging van
        iedere aangesloten school minimaal biedt, ongeacht leerweg of bestuur. De besturen hebben dat niveau in
        2024 vastgelegd in het Kader Basisondersteuning Eemvallei. Het kader beschrijft welke voorzieningen op
        iedere vestiging aanwezig zijn en is opgenomen als bijlage 2 bij dit plan."""),
        P("""Het kader volgt de vier aspecten van het landelijke referentiekader: basiskwaliteit, preventieve en
        licht curatieve interventies, de onderwijsondersteuningsstructuur en planmatig werken. Hoe die aspecten
        op een school worden ingevuld, verschilt per school. Vanaf het schooljaar 2027-2028 beschrijft iedere
        school haar ondersteuning in de schoolgids, nu het schoolondersteuningsprofiel als apart document
        vervalt."""),
        P("""In 2027 wordt het kader herijkt. Aanleiding is het advies over een landelijke norm voor
        basisondersteuning. De concrete uitwerking van de herijkte basisondersteuning volgt na de landelijke
        besluitvorming; tot die tijd blijft het kader uit 2024 van kracht."""),
        P("""Bij de gesprekken over dit plan gaven scholen aan dat de grens tussen wat een school zelf doet en
        waarvoor zij bij het samenwerkingsverband aanklopt, niet altijd scherp is. Die grens komt in pijler 2
        aan de orde."""),
    ]
    # Pijler 2 ---------------------------------------------------------------
    b += [
        H1("Pijler 2 – Een passende plek voor iedere jongere"),
        H2("Van school tot vso: ons ondersteuningsaanbod"),
        P("""Het ondersteuningsaanbod in Eemvallei is een doorlopende reeks, van ondersteuning in de klas tot
        het voortgezet speciaal onderwijs. Een jongere krijgt de ondersteuning zo dicht mogelijk bij de eigen
        klas, en zo intensief als nodig."""),
        UL("""Extra ondersteuning op de eigen school: iedere vestiging heeft een Leerlingsteunpunt, een
           trajectvoorziening waar jongeren tijdelijk of een deel van de week terechtkunnen, met een
           trajectbegeleider en een vaste orthopedagoog. De school bekostigt dit uit haar budget lichte
           ondersteuning.""",
           """Bovenschoolse voorzieningen: het Orthopedagogisch-didactisch centrum (OPDC) De Brug biedt
           kortdurende plaatsing (maximaal één schooljaar) voor jongeren die tijdelijk niet in een reguliere
           klas kunnen functioneren; de Rebound Eemhoven biedt een time-out van maximaal twaalf weken na een
           ernstig incident.""",
           """Praktijkonderwijs en leerwegondersteuning: twee scholen voor praktijkonderwijs en lwoo op alle
           vmbo-vestigingen.""",
           """Voortgezet speciaal onderwijs: VSO De Horizon (cluster 4), VSO Het Eiland (cluster 3, inclusief
           een afdeling voor zeer moeilijk lerende jongeren) en een vso-afdeling voor langdurig zieke
           jongeren in het ziekenhuis van Bovenveen.""",
           """Onderwijszorgarrangementen: in het programma 'Combi' volgen jongeren die onderwijs en jeugdhulp
           tegelijk nodig hebben een dagprogramma op de locatie van De Horizon, betaald door
           samenwerkingsverband en gemeenten samen.""",
           """Internationale schakelklas (ISK) in Eemhoven voor nieuwkomers tot achttien jaar."""),
        P("""Een school die voor een jongere meer nodig heeft dan haar eigen Leerlingsteunpunt kan bieden, meldt
        de jongere aan bij het Loket Eemvallei. Het Loket onderzoekt samen met school, ouders en jongere welke
        voorziening past en zorgt voor een warme overdracht."""),
        H2("Toegang tot vso, lwoo en praktijkonderwijs"),
        P("""Voor plaatsing in het vso geeft het samenwerkingsverband een toelaatbaarheidsverklaring af. De
        aanvraag wordt ingediend door het bevoegd gezag van de school waar de jongere is ingeschreven of, als
        de jongere nog nergens is ingeschreven, door de vso-school waar hij is aangemeld. Bij de aanvraag
        horen het ontwikkelingsperspectiefplan, een overzicht van de geboden ondersteuning en de evaluatie
        daarvan, en de zienswijze van ouders en jongere."""),
        P("""De TLV-commissie van het Loket bestaat uit een voorzitter en twee deskundigen: een orthopedagoog of
        GZ-psycholoog, en afhankelijk van de jongere een jeugdarts, maatschappelijk werker of
        kinder- en jeugdpsychiater. Beide deskundigen brengen ieder een eigen schriftelijk advies uit en zijn
        niet betrokken geweest bij de aanvraag. De commissie besluit binnen vijf weken na de volledige
        aanvraag; in spoedsituaties binnen tien werkdagen."""),
        P("""Een jongere is toelaatbaar tot het vso wanneer aan alle volgende voorwaarden is voldaan:"""),
        UL("""de ondersteuningsbehoefte van de jongere is zo intensief of specialistisch dat die niet binnen een
           reguliere school met inzet van het Leerlingsteunpunt en een bovenschools arrangement kan worden
           geboden;""",
           """de school heeft aantoonbaar ten minste twaalf weken handelingsgericht gewerkt met een
           ontwikkelingsperspectiefplan, of er is sprake van een situatie waarin dat redelijkerwijs niet kan
           worden gevraagd;""",
           """de deskundigen onderschrijven dat het vso de onderwijsbehoefte van de jongere beter kan bieden dan
           het regulier onderwijs."""),
        P("""De TLV wordt afgegeven voor twee schooljaren, of tot de jongere achttien wordt als dat eerder is. De
        commissie kent de bekostigingscategorie laag toe, tenzij er sprake is van een lichamelijke of
        meervoudige beperking (categorie midden respectievelijk hoog)."""),
        P("""Voor leerwegondersteunend onderwijs en praktijkonderwijs gelden de landelijke criteria; Eemvallei
        heeft er niet voor gekozen eigen lwoo-criteria vast te stellen. De aanvraag wordt door de ontvangende
        school vóór 1 maart ingediend bij het Loket, met de gegevens uit het onderwijskundig rapport en de
        uitslag van de capaciteiten- en didactische toetsen. Het Loket beoordeelt de aanvraag aan de hand van de
        landelijke criteria (intelligentie, leerachterstanden en sociaal-emotionele problematiek) en besluit
        binnen vier weken. Een aanwijzing voor lwoo geldt voor de duur van de opleiding; een TLV voor
        praktijkonderwijs eveneens."""),
        P("""Ouders die het niet eens zijn met een besluit over een TLV, kunnen binnen zes weken bezwaar maken bij
        het samenwerkingsverband. Het bezwaar wordt voorgelegd aan de Landelijke Bezwaaradviescommissie
        Toelaatbaarheidsverklaringen, die het bestuur adviseert."""),
        H2("Terugplaatsing naar het regulier"),
        P("""Eemvallei wil dat jongeren in het vso die daar klaar voor zijn, de overstap kunnen maken naar een
        reguliere school voor voortgezet onderwijs. Uitgangspunt is dat een TLV wordt afgegeven met het doel
        dat de jongere, waar het perspectief dat toelaat, binnen de looptijd weer regulier onderwijs volgt.
        Voorwaarde voor terugkeer is dat het uitstroomprofiel vervolgonderwijs is, dat de jongere gemotiveerd
        is en dat een reguliere school met inzet van haar Leerlingsteunpunt de benodigde ondersteuning kan
        bieden."""),
        P("""Na de overstap krijgt iedere teruggeplaatste jongere twintig weken een terugkeercoach van het Loket,
        en kan de ontvangende school gedurende een schooljaar een beroep doen op consultatie door de vso-school.
        Het samenwerkingsverband betaalt de ontvangende school daarnaast een eenmalige bijdrage van € 3.000."""),
        P("""Het Protocol Terugkeer, waarin de stappen, de rolverdeling tussen vso-school, ontvangende school en
        samenwerkingsverband en de momenten van evaluatie worden vastgelegd, levert de werkgroep vso-vo in het
        voorjaar van 2027 op."""),
    ]
    # Pijler 3 ---------------------------------------------------------------
    b += [
        H1("Pijler 3 – Partnerschap met ouders en jongeren"),
        P("""Ouders en jongeren zijn de belangrijkste gesprekspartners bij elke keuze over ondersteuning. De
        wet geeft jongeren hoorrecht bij het opstellen van hun ontwikkelingsperspectiefplan; Eemvallei vraagt
        scholen om jongeren daarnaast actief te betrekken bij de evaluatie ervan."""),
        H2("Hoe ouders en jongeren informatie krijgen"),
        UL("""De website van Eemvallei heeft een rubriek 'Voor ouders en jongeren' met een beschrijving van alle
           voorzieningen uit pijler 2, de route via het Loket en veelgestelde vragen.""",
           """De brochure 'Wegwijzer extra ondersteuning' wordt bij de aanmelding in het voortgezet onderwijs aan
           alle ouders van groep 8-leerlingen uitgereikt via de basisscholen.""",
           """Iedere school beschrijft in de schoolgids welke ondersteuning zij biedt en wie op school het
           aanspreekpunt is.""",
           """Jaarlijks in november organiseren we een informatieavond over ondersteuning in het voortgezet
           onderwijs, samen met het samenwerkingsverband primair onderwijs.""",
           """Ouders kunnen op werkdagen bellen of mailen met de ouderconsulent van het Loket."""),
        H2("Onafhankelijke ondersteuning"),
        P("""Sinds 1 januari 2026 heeft Eemvallei een Ouder- en Jeugdsteunpunt. Het steunpunt is ondergebracht
        bij Stichting Samen Wijzer, een organisatie die los staat van scholen en samenwerkingsverband. Ouders
        en jongeren kunnen er terecht met vragen, als zij vastlopen of als zij het niet eens zijn met de school
        of het samenwerkingsverband. Het steunpunt denkt mee, bemiddelt en verwijst zo nodig door. Het
        steunpunt is bereikbaar via telefoon, mail en een inloopspreekuur op woensdagmiddag in Eemhoven. Het
        steunpunt bundelt de signalen die het ontvangt en bespreekt die twee keer per jaar met het bestuur."""),
        P("""Daarnaast kunnen ouders kosteloos een beroep doen op de landelijke Onderwijsconsulenten. Bij een
        geschil met een school over toelating, verwijdering of het ontwikkelingsperspectiefplan kunnen ouders
        zich wenden tot de Geschillencommissie passend onderwijs. Het samenwerkingsverband heeft een eigen
        klachtenregeling, te vinden op de website."""),
    ]
    # Pijler 4 ---------------------------------------------------------------
    b += [
        H1("Pijler 4 – Samen met gemeenten"),
        P("""Jongeren die extra ondersteuning nodig hebben, hebben vaak ook te maken met jeugdhulp, leerplicht of
        het sociaal domein. Eemvallei werkt daarom nauw samen met de drie gemeenten. Op iedere school werkt een
        jeugdprofessional van het lokale team, gefinancierd door de gemeente, die deelneemt aan het
        ondersteuningsoverleg van de school. Met de gemeenten is afgesproken dat een jongere voor wie school
        en jeugdhulp samen een plan maken, één regisseur krijgt."""),
        P("""Het aantal thuiszitters in onze regio wordt geregistreerd door de afdeling leerplicht. Met de
        gemeenten sluiten we in het schooljaar 2026-2027 een Thuiszitterspact, waarin we de gezamenlijke aanpak
        vastleggen. Een analyse van de plekken waar ons aanbod nog niet sluitend is, staat voor 2027 op de
        jaaragenda; de uitkomst daarvan bepaalt welke voorzieningen we in de tweede helft van de planperiode
        toevoegen."""),
    ]
    b += f_oogo(c, substantive=True)
    # Pijler 5 ---------------------------------------------------------------
    b += [H1("Pijler 5 – Vakmanschap")]
    b += f_personeel(dict(c, pers_titel="Vakmanschap van professionals"))[1:]
    # Geld en middelen -----------------------------------------------------
    b += [
        H1("Geld en middelen"),
        P("""Eemvallei ontvangt jaarlijks circa € 16,4 miljoen aan rijksbekostiging voor lichte en zware
        ondersteuning, leerwegondersteunend onderwijs en praktijkonderwijs. DUO draagt namens het
        samenwerkingsverband de bekostiging van het vso rechtstreeks over aan de vso-scholen; dat deel is in de
        onderstaande cijfers niet opgenomen."""),
        H2("Zo verdelen we"),
        UL("""Budget lichte ondersteuning: iedere school ontvangt € 180 per leerling, op basis van het aantal
           leerlingen op 1 oktober van het voorgaande jaar, plus een vaste voet van € 25.000 per vestiging.
           Dit budget is bestemd voor het Leerlingsteunpunt en de extra ondersteuning op de school.""",
           """Lwoo en praktijkonderwijs: de middelen worden doorgegeven aan de scholen naar rato van het aantal
           leerlingen met een aanwijzing lwoo of een TLV pro op 1 oktober, tegen het landelijke bedrag per
           leerling.""",
           """Bovenschoolse voorzieningen: OPDC De Brug, Rebound en Combi ontvangen een vast budget op basis van
           het aantal plaatsen dat de algemene ledenvergadering jaarlijks vaststelt.""",
           """Individuele arrangementen: voor jongeren voor wie ook dat niet volstaat, kent het Loket een
           individueel arrangement toe van maximaal € 12.000 per schooljaar, op basis van een
           ontwikkelingsperspectiefplan en een begroting van de school."""),
        P("""De algemene ledenvergadering stelt het verdeelmodel vast bij de begroting in december. Wijzigingen
        in het model worden een jaar van tevoren aangekondigd, zodat besturen ermee kunnen rekenen."""),
        H2("Zo besteden we"),
        TABLE(["Meerjarenbegroting (x € 1.000)", "2026", "2027", "2028", "2029"],
              ["Budget lichte ondersteuning scholen", "3.910", "3.860", "3.810", "3.760"],
              ["Lwoo en praktijkonderwijs", "7.420", "7.350", "7.280", "7.200"],
              ["OPDC De Brug, Rebound en Combi", "2.150", "2.200", "2.250", "2.250"],
              ["Individuele arrangementen", "960", "1.000", "1.040", "1.080"],
              ["Loket, ouderconsulent en terugkeercoaches", "1.050", "1.070", "1.090", "1.110"],
              ["Bureau en bestuur", "610", "620", "630", "640"],
              ["Ouder- en Jeugdsteunpunt", "120", "120", "125", "125"],
              ["Totaal lasten", "16.220", "16.220", "16.225", "16.165"],
              ["Totaal baten", "16.400", "16.280", "16.160", "16.040"],
              ["Saldo", "180", "60", "-65", "-125"]),
        P("""De weerstandsratio bedraagt eind 2025 0,11, onder de signaleringswaarde. De negatieve saldi in 2028 en
        2029 worden opgevangen uit de algemene reserve; de ratio blijft daarmee boven de ondergrens van 0,05 die
        de raad van toezicht hanteert."""),
    ]
    b += [
        H1("Kengetallen"),
        TABLE(["Gegeven (1 oktober 2025)", "Aantal"],
              ["Leerlingen voortgezet onderwijs", "13.240"],
              ["waarvan vmbo / havo / vwo", "5.960 / 3.970 / 3.310"],
              ["Vestigingen regulier vo", "16"],
              ["Scholen voor praktijkonderwijs", "2"],
              ["Scholen voor vso", "3"],
              ["Aangesloten besturen", "7"],
              ["Medewerkers samenwerkingsverband (fte)", "11,2"]),
        H1("Monitoring en verantwoording"),
        P("""Scholen verantwoorden jaarlijks vóór 1 april de besteding van het budget lichte ondersteuning en de
        lwoo- en pro-middelen met het format van het samenwerkingsverband: uitgaven per categorie (personeel,
        trajectvoorziening, inhuur) en het aantal begeleide leerlingen. Bij een onderbesteding van meer dan tien
        procent vraagt het bestuur om een toelichting; bij herhaling kan het budget het volgende jaar worden
        verlaagd."""),
        P("""De beoogde resultaten per pijler worden in het eerste planjaar samen met de besturen geformuleerd en
        vervolgens in het jaarplan 2027 opgenomen. De manier waarop we de voortgang daarvan volgen, maakt deel uit
        van dat jaarplan."""),
        P("""De raad van toezicht houdt toezicht op het financieel beleid via de kwartaalrapportages en de
        jaarrekening. De accountant verstrekt jaarlijks een controleverklaring."""),
    ]
    b += f_governance(c)
    b += f_opr(c, parents_role=True)
    b += f_ict_privacy(c)
    b += f_totstandkoming(c)
    b += [
        H1("Jaaragenda"),
        TABLE(["Periode", "Activiteit"],
              ["Schooljaar 2026-2027", "Beoogde resultaten per pijler formuleren (jaarplan 2027)"],
              ["Schooljaar 2026-2027", "Thuiszitterspact met de gemeenten"],
              ["Voorjaar 2027", "Protocol Terugkeer vso-vo opleveren"],
              ["2027", "Analyse aanbod en herijking Kader Basisondersteuning"],
              ["December van elk jaar", "Begroting en verdeelmodel vaststellen"],
              ["Voorjaar 2029", "Evaluatie en voorbereiding volgend plan"]),
    ]
    b += f_afsluiting(c)
    b += [
        H1("Afkortingen en begrippen"),
        UL("Basisondersteuning – het door de besturen afgesproken niveau van ondersteuning op alle scholen.",
           "Dekkend aanbod – het geheel van voorzieningen waarmee voor iedere jongere een passende plek is.",
           "Lwoo – leerwegondersteunend onderwijs.", "OPDC – orthopedagogisch-didactisch centrum.",
           "OPP – ontwikkelingsperspectiefplan.", "Pro – praktijkonderwijs.",
           "Resultaten – de beoogde en bereikte resultaten van het onderwijs aan jongeren met extra ondersteuning.",
           "Terugplaatsing – overstap van het vso naar het regulier voortgezet onderwijs.",
           "TLV – toelaatbaarheidsverklaring.", "Vso – voortgezet speciaal onderwijs.",
           "Zorgplicht – de plicht van een school om een aangemelde leerling een passende plek te bieden."),
    ]
    return b


LABEL2 = dict(
    criteria=crit(basisondersteuning_niveau=True, basisondersteuning_inhoud=False,
                  plaatsing_procedure=True, plaatsing_criteria=True,
                  terugstroom_procedure=False, terugstroom_beleid=True,
                  financien_verdeling=True, financien_besteding=True,
                  dekkend_aanbod_continuum=True, dekkend_aanbod_lacunes=False,
                  resultaten_doelen=False, resultaten_monitoring=False,
                  ouders_informatie=True, ouders_steunpunt=True),
    advisory={"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
              "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
              "ouders": ["betrokkenheid"]},
    notes={
        "basisondersteuning": "Pijler 1 defines it as the agreed minimum for every vestiging, but the voorzieningen are only in 'bijlage 2' (not part of the input) and the four Referentiekader aspects are named without concrete content; herijking 'volgt'. The per-vestiging Leerlingsteunpunt in Pijler 2 is explicitly extra ondersteuning, not basis.",
        "plaatsing": "Pijler 2 'Toegang tot vso, lwoo en praktijkonderwijs': who applies, dossier, two deskundigen, 5 weeks, three cumulative criteria, duration/category, lwoo/pro procedure with national criteria, bezwaar via LBT.",
        "terugstroom": "Pijler 2 'Terugplaatsing naar het regulier': policy aims, conditions and support after return (coach 20 weeks, EUR 3.000); the steps/roles/evaluation moments are deferred to a 'Protocol Terugkeer' due spring 2027.",
        "financien": "Chapter 'Geld en middelen' (no 'financiën' heading): verdeelmodel per stream with amounts and who decides; meerjarenbegroting 2026-2029 table; weerstandsratio; school verantwoording in 'Monitoring en verantwoording'.",
        "dekkend-aanbod": "Continuum in Pijler 2 list (Leerlingsteunpunt, OPDC, Rebound, pro/lwoo, 3 vso, Combi OZA, ISK); gaps/thuiszitters only deferred (Thuiszitterspact 2026-2027, analyse 2027); gemeenten cooperation in Pijler 4.",
        "resultaten": "No beoogde resultaten or monitoring: 'Monitoring en verantwoording' is about spending; results 'worden in het eerste planjaar geformuleerd'; Kengetallen only context counts; 'resultaatgericht' and glossary are traps.",
        "ouders": "Pijler 3: website rubric, Wegwijzer brochure, schoolgids, November evening, ouderconsulent; independent Ouder- en Jeugdsteunpunt (Stichting Samen Wijzer), Onderwijsconsulenten, Geschillencommissie.",
    })


# ---------------------------------------------------------------------------
# Plan 3 – PO, .pdf – SWV De Hoge Dijk, four 'ambities'
# ---------------------------------------------------------------------------
C3 = dict(naam="Stichting Samenwerkingsverband Passend Onderwijs De Hoge Dijk", periode="2026-2030",
          koersen_woord="ambities", koers_enkel="ambitie", n_koersen="vier", schooltype="basisscholen",
          bestuurder="Hanneke Stoffels", wetsartikel="artikel 18a van de Wet op het primair onderwijs",
          n_besturen=6, n_scholen=44, gemeenten="Dijkwaard, Maasveld en Oud-Rietbroek",
          start="2026", eind="2030", ander_swv="samenwerkingsverband VO Dijkwaard-Maasveld",
          orgaan="algemene vergadering", bureau="een kantoorverzamelgebouw aan de Parallelweg in Dijkwaard",
          fte_bureau="6,8", opr_leden=8, opr_datum="17 maart 2026", oogo_datum="2 april 2026")


def plan3():
    c = C3
    b = [TITLE("Ondersteuningsplan 2026-2030: Dichtbij en deskundig"),
         SUB(c["naam"] + " – PO 32-02"),
         SUB("Concept ter instemming OPR – maart 2026"),
         PB,
         TOC("Voorwoord", "1 Inleiding en leeswijzer", "2 Ons verhaal: missie, visie en vier ambities",
             "3 Ambitie 1 – Goed onderwijs begint in de groep (basisondersteuning)",
             "4 Ambitie 2 – Dichtbij waar het kan", "4.1 Een dekkend aanbod in de regio",
             "4.2 Toelaatbaarheid", "4.3 De weg terug", "5 Ambitie 3 – Zicht op opbrengst",
             "6 Ambitie 4 – Verantwoord besteden", "7 Communicatie en zichtbaarheid", "8 Kengetallen",
             "9 Monitoring en verantwoording", "10 Organisatie", "11 Jaaragenda",
             "Bijlagen (los document): 1 Ondersteuningskaart, 2 Verdeelmodel 2025-2026, 3 Handboek Toewijzing",
             "Begrippenlijst"),
         PB]
    b += f_voorwoord(c)
    b += f_leeswijzer(c, extra="De bijlagen verschijnen als los document.")
    b += [
        H1("Ons verhaal: missie, visie en vier ambities"),
        P("""De Hoge Dijk is genoemd naar de dijk die de drie gemeenten in ons werkgebied met elkaar verbindt.
        Zoals de dijk het land beschermt en verbindt, willen wij dat de scholen samen een stevige bescherming
        vormen voor de ontwikkeling van ieder kind. Geen kind valt buiten de dijk."""),
        P("""Onze missie luidt: ieder kind krijgt onderwijs dat past, dichtbij als het kan, deskundig als het
        moet. Daarbij streven wij naar een dekkend aanbod in de regio, waarin scholen elkaar aanvullen en
        versterken. Wij werken vanuit drie waarden: vertrouwen, eigenaarschap en nabijheid."""),
        P("""Vier ambities geven richting aan ons werk in de komende planperiode:"""),
        UL("Ambitie 1 – Goed onderwijs begint in de groep.",
           "Ambitie 2 – Dichtbij waar het kan.",
           "Ambitie 3 – Zicht op opbrengst.",
           "Ambitie 4 – Verantwoord besteden."),
        P("""De ambities zijn in 2025 opgesteld door de directeur-bestuurder samen met de besturen, en getoetst in
        een bijeenkomst met intern begeleiders, directeuren en de OPR. De ambities zijn bewust breed
        geformuleerd; de uitwerking gebeurt in de jaarplannen."""),
    ]
    # Ambitie 1 --------------------------------------------------------------
    b += [
        H1("Ambitie 1 – Goed onderwijs begint in de groep"),
        P("""De meeste kinderen die iets extra's nodig hebben, krijgen dat gewoon in hun eigen groep. Dat vraagt
        veel van leraren. Wij willen dat iedere leraar in De Hoge Dijk kan rekenen op een stevig fundament op de
        eigen school, en dat het voor iedereen helder is wat dat fundament is."""),
        P("""Basisondersteuning is bij ons het niveau dat alle 41 basisscholen van De Hoge Dijk minimaal
        waarmaken, ongeacht het bestuur waartoe zij behoren. De besturen hebben dat niveau in juni 2025 samen
        afgesproken. De tabel hieronder laat zien wat dat concreet inhoudt."""),
        TABLE(["Onderdeel", "Wat iedere school van De Hoge Dijk biedt"],
              ["Ondersteuningsstructuur", "Een intern begeleider (minimaal één dag per week per 100 leerlingen); "
               "groepsbesprekingen drie keer per jaar; een ondersteuningsteam van intern begeleider, directeur en "
               "een orthopedagoog van het bestuur dat minimaal zes keer per jaar bijeenkomt"],
              ["Lezen en spelling", "Werken volgens het protocol leesproblemen en dyslexie; extra instructie- en "
               "leestijd vanaf groep 3; begeleiding bij de aanvraag van een dyslexieonderzoek"],
              ["Rekenen", "Werken volgens het protocol ernstige reken-wiskundeproblemen en dyscalculie; "
               "remediërende instructie in kleine groepjes"],
              ["Gedrag en sociale veiligheid", "Een schoolbreed programma voor sociale veiligheid, een "
               "gedragsprotocol, een anti-pestcoördinator en een aandachtsfunctionaris kindermishandeling"],
              ["Meer- en hoogbegaafdheid", "Signalering met een vast instrument in groep 2 en 5; compacten en "
               "verrijken in de groep"],
              ["Taal", "Extra taalaanbod voor kinderen met een taalachterstand, ook voor kinderen met een andere "
               "thuistaal"],
              ["Medische zorg", "Een protocol medisch handelen en afspraken over medicijnverstrekking"],
              ["Werkwijze", "Handelingsgericht werken; voor ieder kind met extra ondersteuning een "
               "ontwikkelingsperspectief dat twee keer per jaar wordt geëvalueerd"]),
        P("""Scholen die meer bieden dan dit fundament, laten dat zien in hun schoolgids. Het verschil tussen scholen
        zit dus niet in de ondergrens maar in wat er bovenop komt."""),
        P("""In deze planperiode investeren we in de deskundigheid van leraren om het fundament waar te maken. We
        doen dat via netwerken van intern begeleiders, een leergang voor startende intern begeleiders en
        collegiale consultatie tussen scholen van verschillende besturen."""),
    ]
    # Ambitie 2 --------------------------------------------------------------
    b += [
        H1("Ambitie 2 – Dichtbij waar het kan"),
        P("""Kinderen horen zo veel mogelijk op school te gaan in hun eigen dorp of wijk. Voor een deel van de
        kinderen is een speciale school de beste plek. Dan willen we dat die plek er is, en dat het kind er niet
        langer blijft dan nodig."""),
        H2("Een dekkend aanbod in de regio"),
        P("""In het werkgebied van De Hoge Dijk staan 41 basisscholen, twee scholen voor speciaal basisonderwijs
        (SBO De Meander in Dijkwaard en SBO Het Kompas in Maasveld) en één school voor speciaal onderwijs
        (SO De Regenboog, met locaties in Dijkwaard en Oud-Rietbroek)."""),
        P("""Een overzicht van het volledige aanbod in onze regio – van arrangementen op de basisscholen tot de
        speciale scholen – publiceren we op de Ondersteuningskaart (bijlage 1). De kaart wordt in het eerste
        planjaar geactualiseerd."""),
        H2("Toelaatbaarheid"),
        P("""De werkwijze rond toewijzing en toelaatbaarheid staat beschreven in het Handboek Toewijzing (bijlage
        3). Het handboek wordt jaarlijks geactualiseerd en is daarom niet in dit plan opgenomen."""),
        H2("De weg terug"),
        P("""Een plaats op een speciale school is bij De Hoge Dijk geen eindbestemming. Wij zien een plaats op het
        sbo of so als een keuze die ieder jaar opnieuw moet kunnen worden bevraagd. Ons doel is dat ieder kind
        voor wie een gewone basisschool haalbaar is, teruggaat naar een school in de eigen woonplaats. Dat doen
        we alleen als aan drie voorwaarden is voldaan: het ontwikkelingsperspectief laat zien dat het kind de
        leerstof van de basisschool kan volgen, er is een basisschool die het kind met een arrangement kan
        opvangen, en de speciale school en de ontvangende school zijn het eens over wat het kind daar nodig
        heeft."""),
        P("""De ontvangende basisschool krijgt van het samenwerkingsverband een overstapbudget van € 5.000 voor
        het eerste schooljaar na de overstap. Daarnaast komt de leerkracht van de speciale school in de eerste
        acht weken twee keer op bezoek in de nieuwe groep, en kan de basisschool het hele eerste jaar bij de
        speciale school terecht voor advies."""),
        P("""Iedere sbo- en so-school bespreekt jaarlijks in februari in de commissie van begeleiding per kind of
        een overstap naar een basisschool aan de orde is. In het schooljaar waarin de verklaring van het kind
        afloopt, is die bespreking verplicht. Als de commissie een overstap haalbaar acht, benadert de intern
        begeleider van de speciale school binnen vier weken een basisschool en volgt een overdrachtsgesprek.
        Daarna volgt een proefperiode van zes weken waarin het kind twee dagen per week de nieuwe school bezoekt.
        Na de proefperiode besluit de commissie van begeleiding over de definitieve overstap, die ingaat na de
        eerstvolgende vakantie. Als een overstap niet haalbaar is, legt de speciale school in het
        ontwikkelingsperspectief vast waarom niet en wanneer opnieuw wordt gekeken."""),
    ]
    # Ambitie 3 --------------------------------------------------------------
    b += [
        H1("Ambitie 3 – Zicht op opbrengst"),
        P("""Wij willen kunnen laten zien wat passend onderwijs in De Hoge Dijk oplevert voor kinderen die extra
        ondersteuning nodig hebben. In het vorige plan waren onze doelen vooral procesdoelen. In dit plan
        formuleren we doelen die over kinderen gaan."""),
        TABLE(["Indicator", "Bereikt 2024-2025", "Streefwaarde 2029-2030"],
              ["Deelnamepercentage sbo (peildatum 1 oktober)", "2,9%", "2,5%"],
              ["Deelnamepercentage so (peildatum 1 oktober)", "1,6%", "1,5%"],
              ["Kinderen met een OPP dat twee keer per jaar is geëvalueerd", "74%", "100%"],
              ["Overstappen van sbo/so naar een basisschool per jaar", "9", "15"],
              ["Overstappen die na een jaar nog succesvol zijn", "7 van 9", "ten minste 80%"],
              ["Scholen die het fundament van ambitie 1 volledig waarmaken", "nulmeting 2026", "100%"],
              ["Leraren die zich voldoende toegerust voelen (scholenpeiling)", "61%", "75%"]),
        P("""Naast deze kwantitatieve doelen hebben we twee kwalitatieve doelen: intern begeleiders ervaren het
        samenwerkingsverband als een partner die meedenkt in plaats van controleert, en de speciale scholen en
        basisscholen kennen elkaar zo goed dat een overstap een gewone zaak wordt. Beide doelen meten we met een
        interviewronde in 2028 en 2030."""),
        P("""Aan deze doelen koppelen we middelen. Het overstapbudget (ambitie 2) en de leergang voor intern
        begeleiders (ambitie 1) zijn in de begroting als aparte posten opgenomen, zodat we kunnen zien wat een
        resultaat heeft gekost."""),
    ]
    # Ambitie 4 --------------------------------------------------------------
    b += [
        H1("Ambitie 4 – Verantwoord besteden"),
        P("""De Hoge Dijk ontvangt jaarlijks ongeveer € 8,7 miljoen aan ondersteuningsbekostiging. Daarvan draagt
        DUO eerst de bekostiging van het speciaal onderwijs en de groei van het speciaal basisonderwijs over. Met
        de rest voeren wij onze taken uit."""),
        P("""De meerjarenbegroting laat zien waaraan we de middelen in de planperiode besteden:"""),
        TABLE(["Bestemming (x € 1.000)", "2026", "2027", "2028", "2029"],
              ["Afdrachten so en sbo (via DUO)", "4.180", "4.150", "4.120", "4.100"],
              ["Middelen naar de besturen", "3.150", "3.100", "3.060", "3.020"],
              ["Overstapbudgetten", "45", "60", "70", "75"],
              ["Leergang en netwerken intern begeleiders", "90", "95", "95", "95"],
              ["Orthopedagogen en consultatie", "520", "530", "540", "550"],
              ["Bureau, bestuur en huisvesting", "610", "615", "620", "625"],
              ["Totaal", "8.595", "8.550", "8.505", "8.465"]),
        P("""Hoe de middelen die naar de besturen gaan over de besturen worden verdeeld, wordt opnieuw bepaald.
        Het verdeelmodel van de vorige planperiode loopt af op 31 juli 2026. De algemene vergadering besluit in
        november 2026 over de opvolger; de uitgangspunten daarvoor verkennen we in de loop van 2026 met de
        besturen. Tot die tijd gelden de bedragen uit het Verdeelmodel 2025-2026 (bijlage 2)."""),
        P("""Het eigen vermogen van De Hoge Dijk lag eind 2025 met € 1,2 miljoen boven de signaleringswaarde. Het
        bestuur heeft besloten dit bedrag in de jaren 2026 tot en met 2028 gelijkmatig terug te laten vloeien
        naar de besturen, in aanvulling op de reguliere middelen."""),
    ]
    b += [
        H1("Communicatie en zichtbaarheid"),
        P("""Het samenwerkingsverband communiceert vooral met professionals. Intern begeleiders en directeuren
        ontvangen zes keer per jaar een digitale nieuwsbrief. De website heeft een besloten deel voor scholen
        met formulieren, handreikingen en het scholingsaanbod. Bestuurders ontvangen na iedere algemene
        vergadering een kort verslag."""),
        P("""Een publieksversie van dit plan en een apart deel van de website voor ouders staan op de wensenlijst.
        Wanneer daarvoor capaciteit vrijkomt, pakken we dat op."""),
        H1("Kengetallen"),
        TABLE(["Kengetal (1 oktober 2025)", "Aantal"],
              ["Leerlingen in het basisonderwijs", "9.410"],
              ["Leerlingen in het sbo", "281"], ["Leerlingen in het so", "154"],
              ["Basisscholen / sbo-scholen / so-scholen", "41 / 2 / 1"], ["Besturen", "6"],
              ["Formatie bureau (fte)", "6,8"]),
        H1("Monitoring en verantwoording"),
        P("""Voor de doelen van ambitie 3 gebruiken we een dashboard dat het bureau twee keer per jaar vult, na de
        peildata van 1 oktober en 1 februari, met gegevens van DUO, de leerlingvolgsystemen van de speciale
        scholen en het registratiesysteem van het bureau. Het dashboard wordt in maart en oktober besproken in
        de algemene vergadering."""),
        P("""Ieder voorjaar voert de directeur-bestuurder met elk bestuur een kwaliteitsgesprek over de
        indicatoren van het bestuur en over de overstappen. In het jaarverslag zetten we per indicator de
        bereikte waarde naast de streefwaarde en lichten we afwijkingen toe. De scholenpeiling vindt om het jaar
        plaats. Halverwege de planperiode, in het voorjaar van 2028, laat het bestuur de voortgang op alle vier
        ambities extern evalueren; de uitkomsten bespreken we met de OPR en gebruiken we om de doelen zo nodig
        bij te stellen."""),
        P("""Besturen verantwoorden in hun eigen jaarverslag de besteding van de middelen die zij van het
        samenwerkingsverband ontvangen."""),
    ]
    b += [H1("Organisatie")]
    b += f_governance(c)[1:]
    b += f_opr(c, parents_role=False)
    b += f_oogo(c, substantive=False)
    b += f_personeel(dict(c, pers_titel="Medewerkers"), neutral=True)
    b += f_ict_privacy(c)
    b += f_totstandkoming(c)
    b += [
        H1("Jaaragenda"),
        TABLE(["Wanneer", "Wat"],
              ["Voorjaar 2026", "OOGO met de gemeenten"],
              ["Schooljaar 2026-2027", "Actualisatie Ondersteuningskaart"],
              ["November 2026", "Besluit nieuw verdeelmodel"],
              ["Maart en oktober, jaarlijks", "Bespreking dashboard in de algemene vergadering"],
              ["Voorjaar 2028", "Externe tussenevaluatie"],
              ["2029", "Voorbereiding nieuw plan"]),
    ]
    b += f_afsluiting(c)
    b += [
        H1("Begrippenlijst"),
        UL("Dekkend aanbod: het geheel van voorzieningen waarmee ieder kind een passende plek heeft.",
           "Onderwijsconsulenten: landelijke, onafhankelijke adviseurs voor ouders bij vastgelopen situaties.",
           "OJSP: ouder- en jeugdsteunpunt.",
           "Thuiszitter: leerplichtig kind dat zonder geldige reden niet naar school gaat.",
           "TLV: toelaatbaarheidsverklaring; besluit van het samenwerkingsverband dat een kind toelaatbaar is tot sbo of so.",
           "Verdeelmodel: de afspraken over de verdeling van middelen over de besturen.",
           "Zorgplicht: de plicht van een schoolbestuur om een passende plek te bieden."),
    ]
    return b


LABEL3 = dict(
    criteria=crit(basisondersteuning_niveau=True, basisondersteuning_inhoud=True,
                  plaatsing_procedure=False, plaatsing_criteria=False,
                  terugstroom_procedure=True, terugstroom_beleid=True,
                  financien_verdeling=False, financien_besteding=True,
                  dekkend_aanbod_continuum=False, dekkend_aanbod_lacunes=False,
                  resultaten_doelen=True, resultaten_monitoring=True,
                  ouders_informatie=False, ouders_steunpunt=False),
    advisory={"terugstroom": ["monitoring"], "financien": ["reserves", "verantwoording"],
              "resultaten": ["meetbaar"]},
    notes={
        "basisondersteuning": "Ambitie 1: one sentence on the agreed minimum for all 41 schools (June 2025); the concrete content is ONLY in the table 'Wat iedere school van De Hoge Dijk biedt'.",
        "plaatsing": "Section 4.2 'Toelaatbaarheid' only refers to the Handboek Toewijzing (bijlage 3, separate document); TLV otherwise only in glossary/TOC; nothing on procedure, criteria, deskundigen, bezwaar.",
        "terugstroom": "Section 4.3 'De weg terug' (no word terugplaatsing): policy with three conditions and overstapbudget EUR 5.000, procedure with February commissie van begeleiding, 4 weeks, proefperiode 6 weeks, decision; figures in Ambitie 3.",
        "financien": "Ambitie 4 'Verantwoord besteden': meerjarenbegroting with amounts; verdeling among boards explicitly being redetermined (decision Nov 2026, amounts in absent bijlage 2); reserves paragraph.",
        "dekkend-aanbod": "4.1 'Een dekkend aanbod in de regio' is only a list of sbo/so schools and a reference to the Ondersteuningskaart (absent bijlage 1); no continuum, no gaps/thuiszitters approach, OOGO only scheduled.",
        "resultaten": "Ambitie 3 table with achieved values and streefwaarden + qualitative goals and cost link; monitoring in separate 'Monitoring en verantwoording' chapter (dashboard twice a year, kwaliteitsgesprekken, jaarverslag, 2028 external evaluation).",
        "ouders": "Nothing for parents: 'Communicatie en zichtbaarheid' is for professionals, a parents' website part is only on the 'wensenlijst'; OJSP/Onderwijsconsulenten only in the begrippenlijst; OPR described without parents' role.",
    })


# ---------------------------------------------------------------------------
# Plan 4 – VO, .pdf – SWV VO Kop van de Delta, five 'koerslijnen'
# ---------------------------------------------------------------------------
C4 = dict(naam="Samenwerkingsverband Voortgezet Onderwijs Kop van de Delta", periode="2026-2030",
          koersen_woord="koerslijnen", koers_enkel="koerslijn", n_koersen="vijf",
          schooltype="scholen voor voortgezet onderwijs", bestuurder="drs. Ahmed el Khatib",
          wetsartikel="artikel 2.47 van de Wet voortgezet onderwijs 2020",
          n_besturen=5, n_scholen=14, gemeenten="Deltahaven, Kreekrak-Noord en Zandvoorde-aan-Zee",
          start="2026", eind="2030", ander_swv="samenwerkingsverband PO De Delta",
          orgaan="algemene vergadering", bureau="het Deltahuis in Deltahaven",
          fte_bureau="18,4", opr_leden=10, opr_datum="24 maart 2026", oogo_datum="29 januari 2026",
          gov_titel="Governance en medezeggenschap")


def plan4():
    c = C4
    b = [TITLE("Ondersteuningsplan Kop van de Delta 2026-2030"),
         SUB("Koers houden, samen bewegen"),
         SUB(c["naam"] + " (VO 32-08)"),
         PB,
         TOC("Voorwoord", "1 Inleiding en leeswijzer", "2 Terugblik 2022-2026", "3 Koers en koerslijnen",
             "4 Koerslijn 1 – Basis op orde, overal", "5 Koerslijn 2 – Een sluitend netwerk",
             "6 Koerslijn 3 – De juiste plek, op tijd", "6.1 Toelaatbaarheid vso", "6.2 Lwoo en praktijkonderwijs",
             "6.3 Terugplaatsing en overplaatsing", "7 Koerslijn 4 – Samen met jeugdhulp en gemeenten",
             "8 Koerslijn 5 – Geld volgt de jongere", "9 Communicatie", "10 Kengetallen",
             "11 Monitoring en verantwoording", "12 Governance en medezeggenschap", "13 Jaaragenda",
             "Begrippen"),
         PB]
    b += f_voorwoord(c)
    b += f_leeswijzer(c)
    b += [
        H1("Terugblik 2022-2026"),
        P("""In de vorige planperiode stonden de vorming van het Loket, de uitbreiding van het OPDC en de afbouw van
        de bovenmatige reserve centraal. Het Loket functioneert sinds 2023 als één toegang voor scholen. Het OPDC
        is uitgebreid van 40 naar 56 plaatsen. De reserve is teruggebracht tot onder de signaleringswaarde."""),
        P("""Ook in cijfers is er iets veranderd. Het deelnamepercentage vso daalde van 3,9 procent in 2022 naar 3,4
        procent in 2025 (landelijk 3,5 procent). Het aantal jongeren dat langer dan drie maanden thuiszat,
        daalde van 31 naar 18. De gemiddelde doorlooptijd van een TLV-aanvraag liep op van vier naar zeven
        weken; dat is een van de redenen om de aanvraagroute opnieuw in te richten (koerslijn 3)."""),
        H1("Koers en koerslijnen"),
        P("""Onze koers is samen te vatten in één zin: iedere jongere in de Kop van de Delta krijgt onderwijs dat
        past, op een school die hem kent. De koers is uitgewerkt in vijf koerslijnen. Zij geven richting aan
        de keuzes die we de komende vier jaar maken:"""),
        UL("Koerslijn 1 – Basis op orde, overal.", "Koerslijn 2 – Een sluitend netwerk.",
           "Koerslijn 3 – De juiste plek, op tijd.", "Koerslijn 4 – Samen met jeugdhulp en gemeenten.",
           "Koerslijn 5 – Geld volgt de jongere."),
        P("""De koerslijnen geven richting. De beoogde resultaten die daarbij horen, formuleren we pas na de
        nulmeting die in het najaar van 2026 op alle scholen wordt uitgevoerd; zij worden daarna als addendum
        aan dit plan toegevoegd, met instemming van de OPR."""),
    ]
    # Koerslijn 1 ----------------------------------------------------------
    b += [
        H1("Koerslijn 1 – Basis op orde, overal"),
        P("""In de Kop van de Delta noemen we de basisondersteuning 'ondersteuningsniveau 1'. Het is het niveau dat
        de vijf besturen met elkaar hebben afgesproken en dat op iedere vestiging aanwezig is: op de
        scholengemeenschappen, de categorale scholen en de scholen voor praktijkonderwijs. Een jongere hoeft
        voor niveau 1 niets aan te vragen."""),
        P("""Op iedere vestiging vindt een jongere in ieder geval:"""),
        UL("een mentor met wekelijks mentoruur en ten minste drie individuele gesprekken per jaar;",
           "een ondersteuningscoördinator en een intern ondersteuningsteam dat ten minste maandelijks overlegt;",
           "een dyslexie- en dyscalculiebeleid met faciliteiten zoals extra tijd, vergroting en voorleessoftware;",
           "trainingen in sociale vaardigheden en faalangstreductie;",
           "begeleiding bij executieve functies (plannen en organiseren) door een studiecoach;",
           "een time-outvoorziening met toezicht, waar een jongere na een incident tot rust kan komen;",
           "een aandachtsfunctionaris en een vertrouwenspersoon;",
           "een protocol medisch handelen en afspraken over aangepaste roosters bij ziekte."),
        P("""Iedere vestiging laat eens in de twee jaar een audit uitvoeren door twee ondersteuningscoördinatoren
        van een ander bestuur. Zij toetsen of alle onderdelen van niveau 1 aanwezig zijn en werken. Het
        auditrapport wordt besproken in de algemene vergadering; een vestiging die op een onderdeel tekortschiet,
        krijgt een jaar om dat te herstellen en wordt daarna opnieuw bezocht."""),
    ]
    # Koerslijn 2 ----------------------------------------------------------
    b += [
        H1("Koerslijn 2 – Een sluitend netwerk"),
        H2("Vier niveaus van ondersteuning"),
        P("""Ons ondersteuningsaanbod bestaat uit vier niveaus die op elkaar aansluiten. Een jongere stroomt niet
        automatisch van het ene naar het volgende niveau; het Loket kijkt steeds wat het lichtste passende
        antwoord is."""),
        TABLE(["Niveau", "Inhoud", "Toegang"],
              ["1 Basisondersteuning", "Zie koerslijn 1", "Geen aanvraag nodig"],
              ["2 Extra ondersteuning op school", "Ondersteuningsklas of trajectvoorziening op de eigen school, "
               "ambulante begeleiding vanuit het vso, arrangement hoogbegaafdheid", "Besluit van de school, "
               "gefinancierd uit het schoolbudget"],
              ["3 Bovenschoolse voorzieningen", "OPDC Het Anker (56 plaatsen, maximaal één schooljaar), "
               "reboundvoorziening (12 weken), Internationale Schakelklas", "Aanvraag bij het Loket"],
              ["4 Voortgezet speciaal onderwijs", "VSO De Vaart (cluster 4), VSO Zeezicht (cluster 3), "
               "onderwijszorgarrangement De Werf", "Toelaatbaarheidsverklaring"]),
        P("""Na afloop van een OPDC-traject keert de jongere terug naar de school van herkomst of stroomt door naar
        een andere reguliere school; de school van herkomst blijft gedurende het traject verantwoordelijk."""),
        H2("Thuiszitters en witte vlekken"),
        P("""Iedere jongere die langer dan vier weken geen onderwijs volgt, wordt door de school gemeld bij het
        Loket en besproken aan de thuiszitterstafel. Aan die tafel zitten de leerplichtambtenaar, een
        jeugdconsulent van de gemeente, een medewerker van het Loket en de school. Binnen zes weken ligt er een
        plan; als een bestuur geen plek kan bieden, wijst de directeur-bestuurder na overleg een school aan. De
        besturen hebben in een convenant vastgelegd dat zij de zorgplicht gezamenlijk dragen."""),
        P("""In 2025 heeft het Loket alle aanvragen van de afgelopen drie jaar geanalyseerd op jongeren voor wie geen
        passend aanbod beschikbaar was. Daaruit kwamen twee witte vlekken naar voren: hoogbegaafde jongeren met
        autisme die vastlopen in een reguliere klas, en jongeren van zestien jaar en ouder met psychiatrische
        problematiek die niet meer in het vso passen maar ook niet in het mbo. Voor de eerste groep start in
        augustus 2026 de Plusroute op twee vestigingen; voor de tweede groep ontwikkelen we met het mbo en de
        gemeenten een tussenvoorziening die in 2027 opent. De analyse wordt jaarlijks herhaald."""),
    ]
    # Koerslijn 3 ----------------------------------------------------------
    b += [
        H1("Koerslijn 3 – De juiste plek, op tijd"),
        H2("Toelaatbaarheid vso"),
        P("""Het samenwerkingsverband verklaart een jongere toelaatbaar tot het vso als aan de criteria in de
        onderstaande tabel is voldaan. De criteria gelden voor alle aanvragen, ongeacht de school die de
        aanvraag doet."""),
        TABLE(["Criterium", "Toelichting"],
              ["A. Ondersteuningsbehoefte", "De jongere heeft een ondersteuningsbehoefte op ten minste twee van de "
               "domeinen leren, gedrag, communicatie, lichamelijk functioneren en zelfredzaamheid, die niet binnen "
               "niveau 1 tot en met 3 kan worden geboden."],
              ["B. Handelingsgericht traject", "De school heeft ten minste één schooljaar, of bij acute "
               "problematiek ten minste tien weken, planmatig gewerkt met een ontwikkelingsperspectiefplan en "
               "dit geëvalueerd."],
              ["C. Perspectief", "Het vso biedt een reëel perspectief op uitstroom naar vervolgonderwijs, arbeid "
               "of dagbesteding dat in het regulier onderwijs niet haalbaar is."],
              ["Duur", "Eén schooljaar bij een eerste TLV; twee of drie schooljaren bij verlenging."],
              ["Categorie", "Laag, tenzij sprake is van een lichamelijke handicap (midden) of een meervoudige "
               "beperking (hoog)."]),
        P("""De aanvraagroute wordt opnieuw ingericht nu het Loket en het Expertisecentrum per 1 januari 2027
        samengaan. Hoe een aanvraag verloopt, wie er advies over uitbrengt en binnen welke termijn wordt
        besloten, beschrijven we na de samenvoeging in een nieuwe werkinstructie. Tot die tijd staat de actuele
        route op loket.kopvandedelta.nl."""),
        H2("Lwoo en praktijkonderwijs"),
        P("""Voor leerwegondersteunend onderwijs en praktijkonderwijs gelden de landelijke criteria. Een jongere komt
        in aanmerking voor praktijkonderwijs bij een IQ tussen 55 en 80 en een leerachterstand van ten minste 50
        procent op ten minste twee van de domeinen inzichtelijk rekenen, begrijpend lezen, technisch lezen en
        spellen, waarvan één inzichtelijk rekenen of begrijpend lezen. Een jongere komt in aanmerking voor lwoo
        bij een IQ tussen 75 en 90 en een leerachterstand van 25 tot 50 procent op twee van die domeinen, of bij
        een IQ tussen 91 en 120 met een leerachterstand en sociaal-emotionele problematiek die het leren
        belemmert."""),
        H2("Terugplaatsing en overplaatsing"),
        P("""Afspraken over de terugkeer van vso-leerlingen naar het regulier voortgezet onderwijs maken we in de
        loop van de planperiode, nadat de evaluatie van de looptijd van TLV's is afgerond. Het
        samenwerkingsverband heeft hierover op dit moment geen eigen afspraken."""),
    ]
    # Koerslijn 4 ----------------------------------------------------------
    b += [H1("Koerslijn 4 – Samen met jeugdhulp en gemeenten"),
          P("""Onderwijs en jeugdhulp raken elkaar dagelijks. Op iedere vestiging werkt een jeugd- en
          gezinscoach van de gemeente mee in het intern ondersteuningsteam. Voor jongeren die in onderwijstijd zorg
          nodig hebben, maken school, gemeente en zorgaanbieder samen een onderwijszorgarrangement; de gemeente
          betaalt de zorg, het samenwerkingsverband de onderwijskundige begeleiding.""")]
    b += f_oogo(c, substantive=True)[1:]
    # Koerslijn 5 ----------------------------------------------------------
    b += [
        H1("Koerslijn 5 – Geld volgt de jongere"),
        P("""Het uitgangspunt van ons financieel beleid is dat het geld zo dicht mogelijk bij de jongere wordt
        ingezet. De algemene vergadering stelt jaarlijks in november, op voorstel van de directeur-bestuurder,
        de begroting en de verdeling vast."""),
        H2("Verdeling"),
        UL("""Schoolbudget: iedere vestiging ontvangt € 195 per leerling (teldatum 1 oktober van het voorgaande
           jaar) plus een vaste voet van € 20.000, bestemd voor niveau 1 en 2.""",
           """Lwoo en pro: de scholen ontvangen het landelijke bedrag per leerling met een aanwijzing lwoo of een
           TLV pro.""",
           """Bovenschoolse voorzieningen: het OPDC, de rebound en de ISK ontvangen een budget per plaats
           (OPDC € 14.500, rebound € 4.200 per traject).""",
           """Vso: de bekostiging gaat via DUO rechtstreeks naar de vso-scholen volgens de toegekende categorie."""),
        H2("Meerjarenbegroting"),
        TABLE(["x € 1.000", "2026", "2027", "2028", "2029"],
              ["Baten ondersteuningsbekostiging", "21.300", "21.050", "20.800", "20.600"],
              ["Afdracht vso via DUO", "9.850", "9.700", "9.600", "9.500"],
              ["Schoolbudgetten", "2.610", "2.590", "2.560", "2.540"],
              ["Lwoo en pro", "5.420", "5.380", "5.330", "5.290"],
              ["OPDC, rebound en ISK", "1.290", "1.300", "1.310", "1.320"],
              ["Plusroute en tussenvoorziening", "150", "320", "330", "330"],
              ["Loket, thuiszitterstafel en bureau", "1.180", "1.200", "1.220", "1.240"],
              ["Ouder- en Jeugdsteunpunt", "90", "90", "95", "95"],
              ["Resultaat", "-1.290", "-1.530", "-1.645", "-1.715"]),
        P("""Het negatieve resultaat in de begroting is het gevolg van de verwerking van de tijdelijke middelen
        die in de vorige planperiode zijn gereserveerd; de reserve blijft boven de ondergrens van de raad van
        toezicht. Iedere vestiging verantwoordt jaarlijks in het eigen jaarverslag de besteding van het
        schoolbudget."""),
    ]
    # Communicatie ----------------------------------------------------------
    b += [
        H1("Communicatie"),
        P("""Goede communicatie is voorwaarde voor vertrouwen. Het samenwerkingsverband communiceert met scholen via
        het Loket, de nieuwsbrief en de netwerken. Voor ouders en jongeren kiezen we voor eenvoudige taal en
        voor informatie op het moment dat die nodig is."""),
        UL("""Bij de overstap van groep 8 naar het voortgezet onderwijs ontvangen alle ouders de Ouderwijzer, een
           boekje over ondersteuning in het vo, met een overzicht van de vier niveaus en de voorzieningen.""",
           """Op de website staat per school welke ondersteuning op niveau 2 aanwezig is, en hoe het Loket werkt.""",
           """In januari organiseren we een informatiemarkt over ondersteuning, samen met het
           samenwerkingsverband primair onderwijs.""",
           """De schoolgids van iedere school beschrijft de ondersteuning van de school en noemt de
           ondersteuningscoördinator als aanspreekpunt."""),
        P("""Ouders en jongeren die onafhankelijk advies willen, of die het niet eens zijn met een school of met het
        samenwerkingsverband, kunnen terecht bij het Ouder- en Jeugdsteunpunt Delta. Het steunpunt is
        ondergebracht bij een onafhankelijke stichting voor cliëntondersteuning, en werkt alleen in het belang
        van de jongere. Daarnaast verwijzen we naar de Onderwijsconsulenten en naar de Geschillencommissie
        passend onderwijs."""),
    ]
    b += [
        H1("Kengetallen"),
        TABLE(["Kengetal", "2022-2023", "2023-2024", "2024-2025"],
              ["Leerlingen vo (1 oktober)", "10.880", "10.720", "10.590"],
              ["Deelnamepercentage vso", "3,9%", "3,6%", "3,4%"],
              ["Afgegeven TLV's vso", "142", "131", "127"],
              ["Plaatsingen OPDC", "61", "74", "83"],
              ["Thuiszitters langer dan 3 maanden", "31", "24", "18"],
              ["Gemiddelde doorlooptijd TLV (weken)", "4", "6", "7"],
              ["Terugplaatsingen vso naar vo", "n.b.", "n.b.", "n.b."]),
        H1("Monitoring en verantwoording"),
        P("""Wij volgen de ontwikkeling van de jongeren die extra ondersteuning krijgen met een vaste cyclus. Het Loket
        legt iedere aanvraag, plaatsing en uitstroom vast in het registratiesysteem. Ieder kwartaal verschijnt een
        dashboard met deelname, doorlooptijden, thuiszitters en de bezetting van de voorzieningen, dat in het
        managementoverleg en de algemene vergadering wordt besproken."""),
        P("""Eén keer per jaar houdt iedere vestiging een evaluatiegesprek met het Loket over de jongeren die
        niveau 2 of 3 kregen: waar zijn zij terechtgekomen, en hoe kijken zij en de school terug? De uitkomsten
        worden samengevat in een kwalitatieve rapportage. In het jaarverslag rapporteren we de bereikte
        resultaten, zowel in cijfers als in beschrijvingen. Halverwege de planperiode laten we de werking van
        het netwerk evalueren door een extern bureau."""),
    ]
    b += f_governance(c, variant=1)
    b += f_opr(c, parents_role=True)
    b += f_personeel(c)
    b += f_ict_privacy(c)
    b += f_totstandkoming(c)
    b += [
        H1("Jaaragenda"),
        TABLE(["Periode", "Wat"],
              ["Augustus 2026", "Start Plusroute"], ["Najaar 2026", "Nulmeting en formulering beoogde resultaten"],
              ["1 januari 2027", "Samenvoeging Loket en Expertisecentrum; nieuwe werkinstructie TLV"],
              ["2027", "Opening tussenvoorziening 16+; evaluatie looptijd TLV's"],
              ["Voorjaar 2028", "Externe evaluatie netwerk"], ["2029", "Voorbereiding nieuw plan"]),
    ]
    b += f_afsluiting(c)
    b += [
        H1("Begrippen"),
        UL("Niveau 1 – basisondersteuning.", "OPDC – orthopedagogisch-didactisch centrum.",
           "Terugplaatsing – de overstap van een jongere van het vso naar het regulier vo.",
           "TLV – toelaatbaarheidsverklaring.", "Thuiszitterstafel – casusoverleg over thuiszittende jongeren.",
           "Verdeling – de toedeling van ondersteuningsmiddelen aan scholen."),
    ]
    return b


LABEL4 = dict(
    criteria=crit(basisondersteuning_niveau=True, basisondersteuning_inhoud=True,
                  plaatsing_procedure=False, plaatsing_criteria=True,
                  terugstroom_procedure=False, terugstroom_beleid=False,
                  financien_verdeling=True, financien_besteding=True,
                  dekkend_aanbod_continuum=True, dekkend_aanbod_lacunes=True,
                  resultaten_doelen=False, resultaten_monitoring=True,
                  ouders_informatie=True, ouders_steunpunt=True),
    advisory={"basisondersteuning": ["borging"], "plaatsing": ["duur-categorie"],
              "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
              "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
    notes={
        "basisondersteuning": "Koerslijn 1 'Basis op orde, overal': 'ondersteuningsniveau 1' agreed by the five boards for every vestiging incl. pro, concrete 8-item list, biennial audit.",
        "plaatsing": "Koerslijn 3: vso criteria A-C with duration/category only in a table, national lwoo/pro criteria in prose; the aanvraagroute (who applies, advice, termijn) is explicitly not described and referred to a website until a new werkinstructie in 2027.",
        "terugstroom": "Section 6.3 'Terugplaatsing en overplaatsing' only defers ('maken we in de loop van de planperiode') and states there are no agreements; kengetallen show 'n.b.'; OPDC return to school of origin (Koerslijn 2) is not vso terugstroom.",
        "financien": "Koerslijn 5 'Geld volgt de jongere': verdeling with amounts per stream, AV decides in November; meerjarenbegroting table; reserve and vestiging verantwoording mentioned.",
        "dekkend-aanbod": "Koerslijn 2 four-level table (OPDC, rebound, ISK, vso, OZA) + 'Thuiszitters en witte vlekken' (thuiszitterstafel, zorgplicht convenant, 2025 gap analysis with two gaps and actions); jeugdhulp in Koerslijn 4.",
        "resultaten": "Beoogde resultaten explicitly postponed until after the autumn-2026 nulmeting (chapter 'Koers en koerslijnen'); monitoring described (quarterly dashboard, annual evaluation talks, jaarverslag, external midterm) and achieved figures in terugblik/kengetallen.",
        "ouders": "Inside chapter 'Communicatie': Ouderwijzer booklet, website per school, January informatiemarkt, schoolgids; independent Ouder- en Jeugdsteunpunt Delta, Onderwijsconsulenten, Geschillencommissie.",
    })


# ---------------------------------------------------------------------------
# Plan 5 – PO, .html – SWV Duinrand, four 'lijnen' (web version)
# ---------------------------------------------------------------------------
C5 = dict(naam="Samenwerkingsverband Passend Onderwijs Duinrand", periode="2026-2030",
          koersen_woord="ontwikkellijnen", koers_enkel="lijn", n_koersen="vier", schooltype="basisscholen",
          bestuurder="Pieter-Jan Molenkamp", wetsartikel="artikel 18a van de Wet op het primair onderwijs",
          n_besturen=11, n_scholen=72, gemeenten="Duinwijk, Helmond-aan-Zee, Strandhoven en Bergerveld",
          start="2026", eind="2030", ander_swv="samenwerkingsverband VO Duin- en Bollenstreek-Zuid",
          orgaan="algemene vergadering", bureau="Villa Zeezicht in Duinwijk",
          fte_bureau="16,0", opr_leden=14, opr_datum="19 maart 2026", oogo_datum="22 januari 2026")


def plan5():
    c = C5
    b = [TITLE("Ondersteuningsplan 2026-2030 – webversie"),
         SUB(c["naam"] + " (PO 33-05) – 'Ieder kind telt mee'"),
         TOC("Voorwoord", "Inleiding en leeswijzer", "Uitgangspunten", "Het fundament: basisondersteuning",
             "Lijn 1 – Elk kind een plek", "Verklaring van toelaatbaarheid sbo en so", "Niemand buiten de boot",
             "Lijn 2 – Samen met ouders", "Lijn 3 – Doorgaande lijnen", "Terug naar de basisschool",
             "Lijn 4 – Laten zien wat werkt", "Financiën en meerjarenbegroting", "Kengetallen",
             "Monitoring en verantwoording", "Organisatie en governance", "Jaaragenda", "Begrippenlijst")]
    b += f_voorwoord(c)
    b += f_leeswijzer(c)
    b += [
        H1("Uitgangspunten"),
        P("""Duinrand gaat uit van drie principes. Het eerste is nabijheid: een kind gaat bij voorkeur naar school
        in de eigen kern, met kinderen uit de buurt. Het tweede is samenhang: scholen, besturen, gemeenten en
        zorgpartners werken vanuit één plan rond een kind. Het derde is zichtbaarheid: wat we doen en wat het
        oplevert, maken we zichtbaar voor iedereen die erbij betrokken is."""),
        P("""Deze principes hebben we uitgewerkt in vier ontwikkellijnen. Iedere lijn beschrijft wat we willen
        bereiken en hoe we dat aanpakken. Het plan is in deze webversie opgedeeld in pagina's; de pdf-versie
        is te downloaden onderaan de pagina."""),
        H1("Het fundament: basisondersteuning"),
        P("""De elf besturen van Duinrand leggen in het schooljaar 2026-2027 gezamenlijk vast wat in Duinrand
        onder basisondersteuning valt. Daarbij wachten we de landelijke ontwikkelingen rond een norm voor
        basisondersteuning af. Tot dat moment hanteert iedere school haar eigen invulling."""),
    ]
    # Lijn 1 --------------------------------------------------------------
    b += [
        H1("Lijn 1 – Elk kind een plek"),
        P("""Iedere leerplichtige jongen of ieder meisje in Duinrand hoort op een school te zitten waar hij of zij
        zich kan ontwikkelen. Voor de meeste kinderen is dat de basisschool om de hoek. Voor sommige kinderen is
        dat een speciale school voor basisonderwijs of een school voor speciaal onderwijs."""),
        H2("Verklaring van toelaatbaarheid sbo en so"),
        P("""Een kind kan alleen worden ingeschreven op een speciale school voor basisonderwijs of een school voor
        speciaal onderwijs (cluster 3 of 4) als Duinrand een verklaring van toelaatbaarheid heeft afgegeven. Zo
        komt een kind aan zo'n verklaring:"""),
        UL("""Het schoolbestuur van de school waar het kind ingeschreven staat – of, bij een kind dat nog niet
           naar school gaat, het bestuur van de speciale school waar het is aangemeld – vraagt de verklaring
           aan bij het Bureau Toelaatbaarheid van Duinrand.""",
           """Het bestuur levert het groeidocument mee, met daarin de ondersteuningsbehoefte van het kind, wat
           de school al heeft gedaan en met welk effect, en de mening van de ouders over de aanvraag.""",
           """Twee deskundigen, die niet bij het kind betrokken zijn geweest, lezen het dossier, spreken zo nodig
           met school en ouders en brengen ieder een eigen schriftelijk advies uit. De eerste deskundige is
           altijd een orthopedagoog-generalist of GZ-psycholoog; de tweede is, afhankelijk van het kind, een
           jeugdarts, kinderpsychiater of maatschappelijk werker. Ouders krijgen beide adviezen.""",
           """Het Adviesteam Toelaatbaarheid weegt de adviezen en legt een voorstel voor aan de
           directeur-bestuurder, die namens Duinrand besluit. Dat gebeurt binnen zes weken na ontvangst van een
           compleet dossier; in acute situaties binnen twee weken."""),
        P("""Duinrand geeft een verklaring voor het speciaal basisonderwijs af als de school en het
        samenwerkingsverband samen ten minste een half jaar extra ondersteuning hebben geboden die beschreven
        is in een ontwikkelingsperspectief, als het kind desondanks onvoldoende tot ontwikkeling komt in een
        reguliere groep, en als de deskundigen verwachten dat het kind in de kleinere groepen van het sbo wel
        tot ontwikkeling komt. Voor het speciaal onderwijs geldt daarnaast dat de ondersteuningsbehoefte van het
        kind specialistische expertise vraagt die ook het sbo niet kan bieden, bijvoorbeeld bij een ernstige
        verstandelijke beperking, een ernstige gedrags- of psychiatrische problematiek, of een langdurige ziekte
        of lichamelijke beperking."""),
        P("""Een verklaring voor het sbo geldt tot het einde van de basisschoolperiode. Een verklaring voor het so
        geldt in de regel twee schooljaren, met bekostigingscategorie laag, midden of hoog naar de aard van de
        beperking. Ouders die het niet eens zijn met het besluit, kunnen binnen zes weken bezwaar maken bij
        Duinrand. Duinrand vraagt dan advies aan de Landelijke Bezwaaradviescommissie
        Toelaatbaarheidsverklaringen."""),
        H2("Niemand buiten de boot"),
        P("""Zorgplicht betekent dat een school bij aanmelding moet zorgen voor een passende plek. Als een school
        binnen tien weken geen plek kan vinden, of als een kind langer dan vier weken niet naar school gaat,
        meldt de school dat bij de thuiszittersconsulent van Duinrand. De consulent roept binnen tien werkdagen
        een overleg bijeen met school, ouders, leerplicht en, als die betrokken is, de jeugdhulp. Dat overleg
        maakt afspraken met een termijn. Als de afspraken niet binnen zes weken tot een plek leiden, legt de
        consulent het kind voor aan de directeur-bestuurder, die de besturen kan verplichten een plek te
        bieden. De besturen hebben die doorzettingsmacht in 2024 in de aansluitingsovereenkomst vastgelegd."""),
        P("""Iedere zomer analyseert de thuiszittersconsulent alle meldingen van het afgelopen schooljaar: voor
        welke kinderen was er geen passende plek, en waarom niet? Uit de analyse van 2025 bleek dat vooral
        kinderen met een combinatie van een ontwikkelingsachterstand en een angststoornis en kinderen die
        tijdelijk in een instelling verblijven tussen wal en schip vallen. Voor de eerste groep onderzoeken
        twee besturen en de so-school een gezamenlijke groep; voor de tweede groep maken we in 2026 afspraken
        met de instellingen over onderwijs op locatie."""),
    ]
    # Lijn 2 --------------------------------------------------------------
    b += [
        H1("Lijn 2 – Samen met ouders"),
        P("""Ouders zijn onmisbaar. Zij kennen hun kind als geen ander, en zij zijn degenen die met hun kind de
        weg door het onderwijs gaan. Bij iedere stap in een ondersteuningstraject – van het eerste gesprek met de
        leerkracht tot een aanvraag voor een verklaring – zijn ouders gesprekspartner."""),
        P("""Hoe we ouders informeren over het ondersteuningsaanbod in Duinrand, werken we uit in het
        communicatieplan 2026-2027. De ouderfolder uit 2019 was verouderd en is van de website gehaald; de
        nieuwe informatievoorziening wordt samen met de OPR ontwikkeld."""),
        P("""Voor onafhankelijke hulp kunnen ouders terecht bij het Ouder- en Jeugdsteunpunt Duinrand. Het steunpunt
        is ondergebracht bij de stichting MEE Kust, die los staat van de scholen en van Duinrand. Ouders die het
        niet eens zijn met de school of met Duinrand, of die het gevoel hebben vast te lopen, kunnen er kosteloos
        aankloppen. Een medewerker van het steunpunt kan bemiddelen, meegaan naar een gesprek op school en
        helpen bij het opstellen van een bezwaar of klacht. Het steunpunt is bereikbaar op werkdagen van 9.00
        tot 17.00 uur per telefoon en via WhatsApp."""),
        P("""Daarnaast kunnen ouders een beroep doen op de landelijke Onderwijsconsulenten, en kunnen zij bij een
        geschil over toelating, verwijdering of het ontwikkelingsperspectief terecht bij de Geschillencommissie
        passend onderwijs. Klachten over het samenwerkingsverband zelf behandelt de Landelijke
        Klachtencommissie Onderwijs, waarbij Duinrand is aangesloten."""),
    ]
    # Lijn 3 --------------------------------------------------------------
    b += [
        H1("Lijn 3 – Doorgaande lijnen"),
        P("""Een kind maakt in zijn schoolloopbaan meerdere overstappen: van de peuteropvang naar groep 1, van de
        basisschool naar het voortgezet onderwijs, en soms van een speciale school naar een reguliere school of
        andersom. Iedere overstap is een kwetsbaar moment."""),
        P("""Met de voorschoolse voorzieningen en de gemeenten is afgesproken dat er bij ieder kind met een
        ondersteuningsbehoefte een warme overdracht plaatsvindt naar de basisschool. Voor de overstap naar het
        voortgezet onderwijs volgen we de regionale overstapprocedure die we met het samenwerkingsverband
        voortgezet onderwijs hebben afgesproken; de basisschool verzorgt de warme overdracht en de
        ondersteuningscoördinator van de vo-school neemt contact op voor de zomervakantie."""),
        H2("Terug naar de basisschool"),
        P("""De sbo- of so-school evalueert het ontwikkelingsperspectief van ieder kind twee keer per jaar, in
        november en in maart. In het laatste jaar van de verklaring bespreekt de commissie van begeleiding van
        de speciale school in november of het kind na afloop naar een reguliere basisschool kan. Zo ja, dan
        neemt de intern begeleider van de speciale school vóór 1 februari contact op met een basisschool en met
        het Bureau Toelaatbaarheid. Zo nee, dan dient het bestuur van de speciale school vóór 1 maart een
        aanvraag in voor een nieuwe verklaring; het Adviesteam Toelaatbaarheid toetst die aanvraag zoals
        beschreven in lijn 1. Het Bureau Toelaatbaarheid registreert iedere overstap. Als er geen nieuwe
        verklaring wordt afgegeven, eindigt de verklaring op 31 juli en start het kind op 1 augustus op de
        basisschool."""),
        P("""Een visie op terugkeer, met de voorwaarden waaronder die verantwoord is en de begeleiding die een kind
        en de nieuwe school daarna krijgen, heeft Duinrand nog niet geformuleerd. De werkgroep sbo-so-regulier
        doet daarvoor in het schooljaar 2026-2027 een voorstel."""),
    ]
    # Lijn 4 --------------------------------------------------------------
    b += [
        H1("Lijn 4 – Laten zien wat werkt"),
        P("""Zichtbaarheid is een van onze principes. In deze lijn beschrijven we welke resultaten we in 2030
        willen hebben bereikt voor de kinderen die extra ondersteuning nodig hebben, en hoe we die volgen."""),
        TABLE(["Beoogd resultaat", "Indicator", "Stand 2025", "Doel 2030"],
              ["Minder kinderen thuis", "Kinderen langer dan 4 weken zonder onderwijs (peildatum 1 maart)", "14", "maximaal 4"],
              ["Sneller duidelijkheid", "Gemiddelde doorlooptijd aanvraag verklaring", "8 weken", "5 weken"],
              ["Thuisnabij", "Deelname sbo + so", "4,1%", "3,7%"],
              ["Terugkeer", "Kinderen die van sbo/so naar een basisschool overstappen", "6", "12 per jaar"],
              ["Goed begeleid", "OPP's die twee keer per jaar met ouders zijn besproken", "onbekend", "95%"]),
        P("""We volgen deze indicatoren met de Duinrandmonitor. Het Bureau Toelaatbaarheid en de
        thuiszittersconsulent leveren hun registraties twee keer per jaar aan, in februari en augustus; de
        deelnamecijfers halen we uit de DUO-gegevens van 1 oktober. De monitor wordt besproken in de
        algemene vergadering en met de OPR. In het jaarverslag laten we per indicator zien wat bereikt is en
        wat we daaruit leren."""),
    ]
    b += [
        H1("Financiën en meerjarenbegroting"),
        P("""Duinrand ontvangt ondersteuningsmiddelen van het Rijk. Voor de begroting, het verdeelmodel en de
        meerjarenraming verwijzen we naar de Kadernota Financiën 2026 op www.duinrand.nl/financien."""),
        P("""[p.m. – paragraaf meerjarenbegroting, na vaststelling kadernota]"""),
        H1("Kengetallen"),
        TABLE(["Kengetal", "2023", "2024", "2025"],
              ["Leerlingen basisonderwijs (1 oktober)", "17.960", "17.700", "17.520"],
              ["Deelname sbo", "2,5%", "2,4%", "2,4%"], ["Deelname so", "1,8%", "1,7%", "1,7%"],
              ["Afgegeven verklaringen sbo / so", "121 / 63", "117 / 58", "109 / 61"],
              ["Overstappen sbo/so naar basisschool", "3", "5", "6"],
              ["Thuiszitters (peildatum 1 maart)", "19", "17", "14"]),
        H1("Monitoring en verantwoording"),
        P("""Naast de Duinrandmonitor (lijn 4) kennen we de gebruikelijke planning- en controlcyclus: begroting,
        tussenrapportage en jaarrekening. De resultaten op de vier ontwikkellijnen evalueren we jaarlijks in een
        werksessie met intern begeleiders en directeuren, waarna de directeur-bestuurder het jaarplan voor het
        volgende jaar bijstelt. In 2028 evalueren we het plan als geheel, ook aan de hand van interviews met
        ouders en leerkrachten."""),
    ]
    b += f_governance(c)
    b += f_opr(c, parents_role=True)
    b += f_oogo(c, substantive=True)
    b += f_personeel(c)
    b += f_ict_privacy(c)
    b += f_totstandkoming(c)
    b += [
        H1("Jaaragenda"),
        TABLE(["Wanneer", "Wat"],
              ["Schooljaar 2026-2027", "Vaststellen basisondersteuning Duinrand"],
              ["Schooljaar 2026-2027", "Communicatieplan en nieuwe informatie voor ouders"],
              ["Schooljaar 2026-2027", "Voorstel werkgroep sbo-so-regulier over terugkeer"],
              ["Voorjaar 2027", "Duinrandkaart: nieuw overzicht van het ondersteuningsaanbod"],
              ["Februari en augustus, jaarlijks", "Duinrandmonitor"],
              ["2028", "Evaluatie plan"]),
        P("""Het overzicht van arrangementen en voorzieningen tussen de basisschool en het speciaal onderwijs –
        het ondersteuningscontinuüm – wordt in deze planperiode samen met de besturen opnieuw getekend. De
        nieuwe Duinrandkaart verschijnt in het voorjaar van 2027."""),
    ]
    b += f_afsluiting(c)
    b += [
        H1("Begrippenlijst"),
        UL("Basisondersteuning: de ondersteuning die iedere school in Duinrand biedt.",
           "Continuüm van ondersteuning: het samenhangende aanbod van basis tot speciaal.",
           "Meerjarenbegroting: de begroting voor meerdere jaren.",
           "Ouderinformatie: informatie voor ouders over ondersteuning.",
           "Terugplaatsing: de overstap van sbo of so naar een basisschool.",
           "Verklaring van toelaatbaarheid (TLV): besluit dat een kind naar het sbo of so kan.",
           "Verdeelmodel: de manier waarop middelen over de besturen worden verdeeld."),
    ]
    return b


LABEL5 = dict(
    criteria=crit(basisondersteuning_niveau=False, basisondersteuning_inhoud=False,
                  plaatsing_procedure=True, plaatsing_criteria=True,
                  terugstroom_procedure=True, terugstroom_beleid=False,
                  financien_verdeling=False, financien_besteding=False,
                  dekkend_aanbod_continuum=False, dekkend_aanbod_lacunes=True,
                  resultaten_doelen=True, resultaten_monitoring=True,
                  ouders_informatie=False, ouders_steunpunt=True),
    advisory={"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"], "terugstroom": ["monitoring"],
              "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
    notes={
        "basisondersteuning": "'Het fundament: basisondersteuning' only defers (besturen leggen het in 2026-2027 vast; each school its own invulling); otherwise only TOC, jaaragenda and begrippenlijst.",
        "plaatsing": "Lijn 1 'Verklaring van toelaatbaarheid sbo en so' (unusual wording 'verklaring'): applicant, groeidocument, two deskundigen, Adviesteam + directeur-bestuurder within 6 weeks, sbo and so criteria in prose, duration, category, bezwaar via LBT.",
        "terugstroom": "Lijn 3 'Terug naar de basisschool': procedure (Nov/March evaluation, commissie van begeleiding, 1 Feb / 1 March, TLV ends 31 July); policy/conditions/support explicitly not yet formulated; PO-VO warme overdracht is a near-miss.",
        "financien": "'Financiën en meerjarenbegroting' only refers to a Kadernota on the website and contains a p.m. placeholder; nothing on verdeling, besteding, reserves or verantwoording.",
        "dekkend-aanbod": "Lijn 1 'Niemand buiten de boot': zorgplicht/thuiszitters route with termijnen, doorzettingsmacht, yearly gap analysis with two gaps; the continuum itself is deferred to the 'Duinrandkaart' (spring 2027, in Jaaragenda); OOGO with jeugdhulp.",
        "resultaten": "Lijn 4 table with beoogde resultaten, stand 2025 and doel 2030 + Duinrandmonitor (twice a year, AV/OPR, jaarverslag); annual evaluation in 'Monitoring en verantwoording'.",
        "ouders": "Lijn 2: independent Ouder- en Jeugdsteunpunt (MEE Kust), Onderwijsconsulenten, Geschillencommissie, klachtencommissie; informing parents about the aanbod is deferred to the communicatieplan 2026-2027 (old folder withdrawn).",
    })


# ---------------------------------------------------------------------------
# Document 6 – NOT an SWV plan: the yearly 'ondersteuningsplan' of one VO school
# ---------------------------------------------------------------------------
def nearmiss6():
    b = [TITLE("Ondersteuningsplan 2025-2026"),
         SUB("Scholengemeenschap Het Baken – vmbo, havo, vwo – Zandvoorde-aan-Zee"),
         SUB("Uitwerking van ons schoolondersteuningsprofiel; besproken met de medezeggenschapsraad op 30 september 2025"),
         PB,
         TOC("1 Inleiding", "2 Onze ambities voor dit schooljaar", "3 Basisondersteuning op Het Baken",
             "4 De ondersteuningsroute in de school", "5 Extra ondersteuning en arrangementen",
             "6 Samenwerking met het samenwerkingsverband: toelaatbaarheid en terugplaatsing",
             "7 Ouders en leerlingen", "8 Middelen", "9 Resultaten en kengetallen 2024-2025",
             "10 Jaarplanning 2025-2026"),
         PB,
         H1("Inleiding"),
         P("""Dit ondersteuningsplan beschrijft hoe Het Baken in het schooljaar 2025-2026 de ondersteuning aan
         leerlingen organiseert. Het plan is een jaarlijkse uitwerking van ons schoolondersteuningsprofiel en
         sluit aan bij het ondersteuningsplan van het samenwerkingsverband Voortgezet Onderwijs Kop van de Delta,
         waarbij onze school is aangesloten. Waar het samenwerkingsverband de kaders stelt voor de hele regio,
         beschrijft dit plan wat die kaders betekenen voor onze eigen leerlingen, mentoren en teams."""),
         P("""Het Baken telt 1.480 leerlingen op twee locaties: de vmbo-locatie aan de Havenkade en de
         havo/vwo-locatie aan het Duinpad. Het plan is opgesteld door het ondersteuningsteam onder leiding van de
         ondersteuningscoördinatoren en besproken met de teamleiders en de medezeggenschapsraad. Het plan wordt
         ieder jaar in juni geëvalueerd."""),
         H1("Onze ambities voor dit schooljaar"),
         UL("Ambitie 1 – Iedere leerling gezien: elke mentor voert drie individuele gesprekken per jaar.",
            "Ambitie 2 – Minder verzuim: we verlagen het ongeoorloofd verzuim op de vmbo-locatie met een kwart.",
            "Ambitie 3 – Sterke teams: alle mentoren volgen de training 'het mentorgesprek'.",
            "Ambitie 4 – Ouders als partners: we organiseren per leerjaar een ouderavond over welbevinden."),
         P("""De ambities zijn afgeleid van het schoolplan 2023-2027 en van de evaluatie van het afgelopen jaar.
         Ze worden gevolgd in de teamleidersoverleggen en geëvalueerd in juni 2026."""),
         H1("Basisondersteuning op Het Baken"),
         P("""Het Baken biedt de basisondersteuning zoals die in het samenwerkingsverband is afgesproken
         (ondersteuningsniveau 1). Concreet betekent dit op onze school:"""),
         UL("een mentor per klas met een wekelijks mentoruur;",
            "twee ondersteuningscoördinatoren (één per locatie) en een orthopedagoog voor twee dagen per week;",
            "een dyslexie- en dyscalculiebeleid met een faciliteitenpas;",
            "faalangstreductietraining en een sova-training, twee keer per jaar;",
            "een studiecoach voor leerlingen die moeite hebben met plannen;",
            "een time-outlokaal op beide locaties, bemand tijdens alle lesuren;",
            "een vertrouwenspersoon en een anti-pestcoördinator."),
         H1("De ondersteuningsroute in de school"),
         P("""Signaleert een docent dat een leerling vastloopt, dan bespreekt hij dat eerst met de mentor. De mentor
         gaat in gesprek met de leerling en de ouders en maakt afspraken. Helpen die afspraken onvoldoende, dan
         bespreekt de mentor de leerling in de leerlingbespreking van het team. Daarna volgt zo nodig een
         bespreking in het intern ondersteuningsteam (IOT), waarin de ondersteuningscoördinator, de
         orthopedagoog, de teamleider en de jeugd- en gezinscoach van de gemeente zitten. Het IOT komt iedere
         twee weken bijeen."""),
         P("""Van iedere bespreking maakt de ondersteuningscoördinator een verslag in het leerlingvolgsysteem. Voor
         leerlingen die extra ondersteuning krijgen, stelt de school een ontwikkelingsperspectiefplan op, waarover
         ouders en leerling hun mening geven voordat het wordt vastgesteld."""),
         H1("Extra ondersteuning en arrangementen"),
         P("""Voor leerlingen die meer nodig hebben dan de basisondersteuning, heeft Het Baken een eigen
         trajectvoorziening: De Kajuit. Leerlingen kunnen daar tijdelijk een deel van de week werken, met
         begeleiding van twee trajectbegeleiders. Plaatsing in De Kajuit gebeurt op voorstel van het IOT, in
         overleg met ouders, voor een periode van maximaal tien weken die één keer kan worden verlengd."""),
         P("""Daarnaast biedt de school lwoo op de vmbo-locatie, in kleinere klassen met extra mentortijd, en een
         hoogbegaafdheidsprogramma op de havo/vwo-locatie. De school zet het schoolbudget van het
         samenwerkingsverband in voor De Kajuit, de orthopedagoog en de trainingen."""),
         H1("Samenwerking met het samenwerkingsverband"),
         P("""Als de ondersteuning op school niet volstaat, vraagt de ondersteuningscoördinator namens de school
         advies of een voorziening aan bij het Loket van het samenwerkingsverband, bijvoorbeeld een plaatsing in
         het OPDC of een toelaatbaarheidsverklaring voor het vso. De school levert daarvoor het
         ontwikkelingsperspectiefplan en het verslag van het IOT aan. De beslissing over toelaatbaarheid ligt bij
         het samenwerkingsverband; hoe die beslissing tot stand komt, staat in het ondersteuningsplan van het
         samenwerkingsverband."""),
         P("""Leerlingen die na een periode in het OPDC of het vso naar Het Baken terugkomen, krijgen in de eerste
         weken een vaste begeleider van De Kajuit en een terugkeergesprek met mentor, ouders en
         ondersteuningscoördinator. In het schooljaar 2024-2025 kwamen vier leerlingen terug uit het OPDC."""),
         H1("Ouders en leerlingen"),
         P("""Ouders zijn onze partners. De mentor is voor ouders het eerste aanspreekpunt. Ouders worden bij de
         start van het schooljaar uitgenodigd voor een kennismakingsavond, en ontvangen drie keer per jaar een
         nieuwsbrief. Informatie over de ondersteuning op Het Baken staat in de schoolgids en op de website.
         Ouders die een klacht hebben, kunnen terecht bij de klachtencontactpersoon van de school. Voor
         onafhankelijk advies verwijzen we naar het Ouder- en Jeugdsteunpunt van het samenwerkingsverband."""),
         P("""Leerlingen hebben een stem: de leerlingenraad praat twee keer per jaar met de
         ondersteuningscoördinatoren over de ondersteuning op school."""),
         H1("Middelen"),
         TABLE(["Inzet 2025-2026", "Bedrag", "Bron"],
               ["Trajectvoorziening De Kajuit (2,0 fte)", "€ 168.000", "Schoolbudget samenwerkingsverband"],
               ["Orthopedagoog (0,4 fte)", "€ 38.000", "Schoolbudget samenwerkingsverband"],
               ["Trainingen faalangst en sova", "€ 12.500", "Schoolbudget samenwerkingsverband"],
               ["Lwoo-klassen", "€ 610.000", "Lwoo-middelen"],
               ["Ondersteuningscoördinatoren (1,4 fte)", "€ 121.000", "Lumpsum school"]),
         P("""Over de besteding van het schoolbudget legt de school jaarlijks vóór 1 april verantwoording af aan het
         samenwerkingsverband."""),
         H1("Resultaten en kengetallen 2024-2025"),
         TABLE(["Kengetal", "Waarde"],
               ["Leerlingen met een ontwikkelingsperspectiefplan", "86"],
               ["Plaatsingen in De Kajuit", "41"], ["Aanvragen bij het Loket", "12"],
               ["Waarvan TLV vso", "5"], ["Leerlingen teruggekomen uit OPDC", "4"],
               ["Ongeoorloofd verzuim vmbo (uren per leerling)", "9,8"]),
         P("""Uit de evaluatie van vorig schooljaar bleek dat mentoren behoefte hebben aan meer tijd voor
         individuele gesprekken. Daarom is het mentoruur op de vmbo-locatie uitgebreid."""),
         H1("Jaarplanning 2025-2026"),
         TABLE(["Maand", "Activiteit"],
               ["September", "Kennismakingsavonden ouders; start trainingen"],
               ["Oktober", "Eerste leerlingbesprekingen; bespreking plan in MR"],
               ["Januari", "Evaluatie De Kajuit; tweede training faalangst"],
               ["Maart", "Verantwoording schoolbudget aan het samenwerkingsverband"],
               ["Juni", "Evaluatie ondersteuningsplan en vaststelling plan 2026-2027"]),
         P("""Opgesteld door: L. Verbeek en S. Yilmaz, ondersteuningscoördinatoren, namens de schoolleiding van
         Het Baken."""),
         ]
    return b


# ---------------------------------------------------------------------------
# Build
# ---------------------------------------------------------------------------
def main():
    made = []

    def build(name, blocks, fmt, header):
        n = words(blocks)
        if fmt == "docx":
            render_docx(blocks, OUT / f"{name}.docx", header)
        elif fmt == "pdf":
            with tempfile.TemporaryDirectory() as td:
                tmp = Path(td) / f"{name}.docx"
                render_docx(blocks, tmp, header)
                docx_to_pdf(tmp, OUT / f"{name}.pdf")
        elif fmt == "html":
            render_html(blocks, OUT / f"{name}.html", header)
        made.append((f"{name}.{fmt}", n))
        return f"{name}.{fmt}"

    plans = [
        ("po-lindeweide-ondersteuningsplan-2026-2030", plan1, "docx", "po", LABEL1,
         "Ondersteuningsplan 2026-2030 | SWV PPO Lindeweide"),
        ("vo-eemvallei-ondersteuningsplan-2026-2030", plan2, "docx", "vo", LABEL2,
         "Ondersteuningsplan 2026-2030 | SWV VO Eemvallei"),
        ("po-de-hoge-dijk-ondersteuningsplan-2026-2030", plan3, "pdf", "po", LABEL3,
         "Ondersteuningsplan 2026-2030 | SWV De Hoge Dijk"),
        ("vo-kop-van-de-delta-ondersteuningsplan-2026-2030", plan4, "pdf", "vo", LABEL4,
         "Ondersteuningsplan 2026-2030 | SWV VO Kop van de Delta"),
        ("po-duinrand-ondersteuningsplan-2026-2030", plan5, "html", "po", LABEL5,
         "Ondersteuningsplan 2026-2030 | SWV PO Duinrand"),
    ]
    for name, fn, fmt, sector, lab, header in plans:
        doc = build(name, fn(), fmt, header)
        write_label(name, [doc], sector, lab["criteria"], lab["advisory"], lab["notes"])

    name6 = "vo-het-baken-ondersteuningsplan-2025-2026"
    doc6 = build(name6, nearmiss6(), "docx", "Ondersteuningsplan 2025-2026 | Het Baken")
    write_label(name6, [doc6], "vo", looks_like_plan=False, notes={
        "document": "School-level annual 'ondersteuningsplan' of one VO school (Het Baken) elaborating its "
                    "schoolondersteuningsprofiel; it refers to the SWV's plan for TLV decisions and has no "
                    "planperiode of the verband, OPR consent, OOGO or verdeling over schools (domain §5.4)."})
    for f, n in made:
        print(f"{f}: {n} words")


if __name__ == "__main__":
    main()
