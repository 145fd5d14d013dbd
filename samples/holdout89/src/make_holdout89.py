#!/usr/bin/env python3
"""Generate the holdout89 test set for opcheck.

Five fictional ondersteuningsplannen of samenwerkingsverbanden passend onderwijs (three VO, two PO)
and one near-miss document (a school-level 'ondersteuningsplan' of a VO school), each with a
hand-written label file <name>.expected.yaml.

All organisations, people, places, codes and figures are fictional.
Deterministic, no network. PDFs are rendered from a temporary .docx with LibreOffice
(soffice --headless --convert-to pdf) in a private temporary directory.

Usage: python3 src/make_holdout89.py
"""
from __future__ import annotations

import html
import shutil
import subprocess
import tempfile
import zipfile
from datetime import datetime
from pathlib import Path

import docx
from docx.enum.text import WD_BREAK
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent

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


# --------------------------------------------------------------------------------------------
# document model: a list of blocks
#   ("title", text) ("subtitle", text) ("h1", text) ("h2", text) ("p", text) ("ul", [..])
#   ("ol", [..]) ("table", [[header..], [row..], ..]) ("toc",) ("pagebreak",)
# --------------------------------------------------------------------------------------------

def P(*texts):
    return [("p", t) for t in texts]


def toc_lines(blocks):
    lines = []
    page = 3
    for b in blocks:
        if b[0] == "h1":
            lines.append((b[1], page))
            page += 2 + (len(b[1]) % 3)
    return lines


def write_docx(blocks, path: Path, header: str | None = None):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    if header:
        sec = d.sections[0]
        sec.header.paragraphs[0].text = header
        sec.footer.paragraphs[0].text = header.split("|")[0].strip() + " – concept voor instemming"
    for b in blocks:
        kind = b[0]
        if kind == "title":
            d.add_paragraph(b[1], style="Title")
        elif kind == "subtitle":
            d.add_paragraph(b[1], style="Subtitle")
        elif kind == "h1":
            d.add_heading(b[1], level=1)
        elif kind == "h2":
            d.add_heading(b[1], level=2)
        elif kind == "p":
            d.add_paragraph(b[1])
        elif kind == "ul":
            for it in b[1]:
                d.add_paragraph(it, style="List Bullet")
        elif kind == "ol":
            for it in b[1]:
                d.add_paragraph(it, style="List Number")
        elif kind == "table":
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = str(cell)
                    if i == 0:
                        for r in t.cell(i, j).paragraphs[0].runs:
                            r.bold = True
            d.add_paragraph("")
        elif kind == "toc":
            d.add_paragraph("Inhoudsopgave", style="Heading 1")
            for text, page in toc_lines(blocks):
                d.add_paragraph(f"{text}\t{page}")
        elif kind == "pagebreak":
            d.add_paragraph("").add_run().add_break(WD_BREAK.PAGE)
        else:
            raise ValueError(kind)
    cp = d.core_properties
    cp.author = "holdout89"
    cp.last_modified_by = "holdout89"
    cp.created = datetime(2025, 1, 15, 9, 0, 0)
    cp.modified = datetime(2025, 1, 15, 9, 0, 0)
    cp.revision = 1
    d.save(str(path))
    _normalize_zip(path)


def _normalize_zip(path: Path):
    """Rewrite the .docx zip with fixed timestamps so that output is byte-identical per run."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 15, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def write_html(blocks, path: Path, title: str):
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           f"<title>{e(title)}</title>",
           "<style>body{font-family:sans-serif;max-width:60em;margin:auto}"
           "table{border-collapse:collapse}td,th{border:1px solid #999;padding:4px}</style>",
           "</head>", "<body>",
           f'<header class="site-header"><p>{e(title)} | Home | Over ons | Ouders | Scholen | Contact</p></header>',
           "<main>"]
    n = 0
    for b in blocks:
        kind = b[0]
        if kind == "title":
            out.append(f"<h1 class=\"doc-title\">{e(b[1])}</h1>")
        elif kind == "subtitle":
            out.append(f"<p class=\"subtitle\"><em>{e(b[1])}</em></p>")
        elif kind == "h1":
            n += 1
            out.append(f'<h2 id="h{n}">{e(b[1])}</h2>')
        elif kind == "h2":
            out.append(f"<h3>{e(b[1])}</h3>")
        elif kind == "p":
            out.append(f"<p>{e(b[1])}</p>")
        elif kind in ("ul", "ol"):
            out.append(f"<{kind}>" + "".join(f"<li>{e(i)}</li>" for i in b[1]) + f"</{kind}>")
        elif kind == "table":
            rows = b[1]
            out.append("<table>")
            out.append("<tr>" + "".join(f"<th>{e(str(c))}</th>" for c in rows[0]) + "</tr>")
            for r in rows[1:]:
                out.append("<tr>" + "".join(f"<td>{e(str(c))}</td>" for c in r) + "</tr>")
            out.append("</table>")
        elif kind == "toc":
            out.append('<nav class="toc"><h2>Inhoud</h2><ol>')
            k = 0
            for text, _ in toc_lines(blocks):
                k += 1
                out.append(f'<li><a href="#h{k}">{e(text)}</a></li>')
            out.append("</ol></nav>")
        elif kind == "pagebreak":
            out.append("<hr>")
    out += ["</main>", f'<footer><p>© {e(title)} – privacyverklaring – cookies – toegankelijkheid</p></footer>',
            "</body>", "</html>"]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def docx_to_pdf(blocks, pdf_path: Path, header: str):
    tmp = Path(tempfile.mkdtemp(prefix="holdout89_render_"))
    try:
        src = tmp / (pdf_path.stem + ".docx")
        write_docx(blocks, src, header)
        profile = tmp / "lo_profile"
        cmd = ["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
               "--convert-to", "pdf", "--outdir", str(tmp), str(src)]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       timeout=300)
        shutil.copyfile(tmp / (pdf_path.stem + ".pdf"), pdf_path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def write_label(name: str, documents, sector, looks_like_plan, elements, criteria, advisory, notes):
    q = lambda s: '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'
    lines = [f"documents: [{', '.join(documents)}]",
             f"sector: {sector}",
             f"looks_like_plan: {'true' if looks_like_plan else 'false'}"]
    if elements:
        lines.append("elements: {" + ", ".join(f"{k}: {elements[k]}" for k in ELEMENTS) + "}")
        lines.append("criteria:")
        for c in CORE:
            lines.append(f"  {c}: {'true' if criteria[c] else 'false'}")
        # consistency with the Part A status rule
        for el in ELEMENTS:
            cs = [criteria[c] for c in CORE if c.startswith(el + ".")]
            if all(cs):
                want = "present"
            elif any(cs) or advisory.get(el):
                want = "partial"
            else:
                want = "missing"
            assert elements[el] == want, (name, el, elements[el], want)
    else:
        lines.append("elements: {}")
        lines.append("criteria: {}")
    if advisory:
        lines.append("advisory_addressed:")
        for k in ELEMENTS:
            if advisory.get(k):
                lines.append(f"  {k}: [{', '.join(advisory[k])}]")
    else:
        lines.append("advisory_addressed: {}")
    lines.append("notes:")
    for k, v in notes.items():
        lines.append(f"  {k}: {q(v)}")
    (OUT / f"{name}.expected.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")


# --------------------------------------------------------------------------------------------
# shared filler (element-neutral prose that real plans contain)
# --------------------------------------------------------------------------------------------

def voorwoord(c):
    return [("h1", "Voorwoord")] + P(
        f"Voor u ligt het ondersteuningsplan {c['period']} van {c['name']}. Het is het {c['gen']} "
        f"ondersteuningsplan sinds de invoering van passend onderwijs in 2014 en het beschrijft hoe de "
        f"{c['besturen']} aangesloten schoolbesturen de komende vier schooljaren samen invulling geven aan hun "
        f"opdracht: een passende onderwijsplek voor iedere {c['kind']} in onze regio.",
        "Het plan is tot stand gekomen in een lang en open proces. In het voorjaar en najaar van 2024 spraken "
        "we in werkateliers met schoolleiders, ondersteuningscoördinatoren en intern begeleiders, met ouders en "
        f"{'leerlingen' if c['sector'] == 'vo' else 'kinderen'}, met de wethouders en beleidsmedewerkers van de "
        "gemeenten en met de ondersteuningsplanraad. Wat we hoorden was eensluidend: er gebeurt veel goeds, "
        "maar het systeem is voor ouders en leraren nog te ingewikkeld. Daar willen we in deze planperiode werk "
        "van maken.",
        "We zijn ook eerlijk over de omstandigheden. Het lerarentekort raakt onze scholen hard, de wachtlijsten "
        "in de jeugdhulp zijn lang en de groep leerlingen met complexe vragen groeit. De middelen zijn niet "
        "onbeperkt, en dat dwingt ons om scherp te kiezen voor wat werkt. Een arrangement dat niet helpt, "
        "moet kunnen stoppen; een aanpak die goede resultaten laat zien, moet kunnen groeien. Dat vraagt om "
        "vertrouwen tussen de besturen, en om een bureau dat dichtbij de scholen staat.",
        "Ik dank iedereen die heeft meegedacht, in het bijzonder de leden van de ondersteuningsplanraad, die "
        "kritisch en betrokken met ons hebben meegelezen. Dit plan is geen eindpunt: we leggen jaarlijks "
        "verantwoording af over de uitvoering en stellen het plan waar nodig bij.",
        f"{c['director']}, directeur-bestuurder",
    )


def visie(c, extra=()):
    kind = c["kind"]
    blocks = [("h1", c.get("visie_title", "Visie, missie en koers"))]
    blocks += P(
        f"Onze missie is eenvoudig te formuleren en moeilijk waar te maken: iedere {kind} in de regio "
        f"{c['region']} krijgt onderwijs dat past bij wat hij of zij nodig heeft, zo dicht mogelijk bij huis "
        "en samen met leeftijdgenoten waar dat kan. Wij geloven dat scholen dat niet alleen kunnen, maar ook "
        "dat het samenwerkingsverband het niet van de scholen kan overnemen. Het samenwerkingsverband is er "
        "om te verbinden, te faciliteren en waar nodig knopen door te hakken.",
        "Onze visie rust op vier uitgangspunten. Ten eerste: de leraar maakt het verschil. Ondersteuning "
        "begint in de klas, bij een leraar die signaleert, afstemt en weet waar hij hulp kan halen. Ten "
        "tweede: ouders zijn partner. Zij kennen hun kind het best, en hun kennis hoort aan tafel. Ten derde: "
        "onderwijs en zorg horen bij elkaar. Waar een leerling zowel onderwijs als jeugdhulp nodig heeft, "
        "mogen schotten tussen systemen niet leidend zijn. Ten vierde: we zijn zuinig op publiek geld en "
        "leggen open verantwoording af over wat we ermee doen.",
        "Voor de planperiode kiezen we drie koersuitspraken: 'eenvoudig waar het kan', 'dichtbij waar het "
        "moet' en 'samen verantwoordelijk'. Deze uitspraken zijn geen doelen op zichzelf, maar een toets voor "
        "elke keuze die we maken: maakt dit het voor leerling, ouder en leraar eenvoudiger, brengt het "
        "ondersteuning dichter bij de leerling, en voelen de besturen zich er gezamenlijk verantwoordelijk "
        "voor?",
    )
    blocks += [("p", t) for t in extra]
    return blocks


def governance(c, opr_parents=True):
    b = [("h1", c.get("gov_title", "Organisatie, bestuur en medezeggenschap")),
         ("h2", "Rechtsvorm en bestuursmodel")]
    b += P(
        f"{c['name']} is een stichting, opgericht in 2013, met registratiecode {c['code']}. Bij het "
        f"samenwerkingsverband zijn {c['besturen']} schoolbesturen aangesloten met samen {c['scholen']} "
        f"{'vestigingen' if c['sector'] == 'vo' else 'scholen'} en circa {c['leerlingen']} leerlingen. "
        "Sinds 2021 kent de stichting een model met scheiding van bestuur en toezicht: de directeur-bestuurder "
        "vormt het bestuur, de raad van toezicht houdt toezicht. De schoolbesturen zijn vertegenwoordigd in "
        "de algemene vergadering, die onder meer het ondersteuningsplan, de begroting en de jaarrekening "
        "goedkeurt en de leden van de raad van toezicht benoemt.",
        "De raad van toezicht bestaat uit vijf leden, van wie drie op voordracht van de algemene vergadering "
        "en twee onafhankelijke leden met expertise op het gebied van financiën en jeugdhulp. De raad "
        "vergadert ten minste vijf keer per jaar, hanteert de Code Goed Bestuur in het primair en voortgezet "
        "onderwijs en verantwoordt zich in het jaarverslag. De statuten bevatten een geschillenregeling voor "
        "geschillen tussen de aangesloten besturen, zoals de wet voorschrijft.",
        "Het bureau van het samenwerkingsverband ondersteunt de directeur-bestuurder en de scholen. Het bureau "
        "is bewust klein gehouden; de uitvoering van ondersteuning vindt zoveel mogelijk plaats op en rond "
        "de scholen. Beleidsvoorbereiding vindt plaats in een directeurenoverleg waarin elk bestuur met een "
        "schoolleider of bovenschools directeur is vertegenwoordigd.",
    )
    b.append(("h2", "Ondersteuningsplanraad en medezeggenschapsraad"))
    if opr_parents:
        b += P(
            "De ondersteuningsplanraad (OPR) heeft instemmingsrecht op het ondersteuningsplan en op "
            f"wijzigingen daarvan. De OPR telt {c.get('opr_size', 12)} leden, voor de helft personeelsleden en "
            f"voor de helft {'ouders of leerlingen' if c['sector'] == 'vo' else 'ouders'}, afgevaardigd vanuit "
            "de medezeggenschapsraden van de aangesloten scholen. De OPR vergadert zes keer per jaar en wordt "
            "ondersteund door een ambtelijk secretaris. Nieuwe leden volgen een introductiescholing.",
        )
    else:
        b += P(
            "De ondersteuningsplanraad (OPR) heeft instemmingsrecht op het ondersteuningsplan en op "
            "wijzigingen daarvan. De leden worden afgevaardigd vanuit de medezeggenschapsraden van de "
            "aangesloten scholen volgens het reglement van de OPR. De OPR vergadert zes keer per jaar en "
            "wordt ondersteund door een ambtelijk secretaris.",
        )
    b += P(
        "Het personeel van het bureau is vertegenwoordigd in de medezeggenschapsraad van het "
        "samenwerkingsverband, die adviesrecht en instemmingsrecht heeft op personele aangelegenheden "
        "zoals het formatieplan en het scholingsbeleid van het bureau.",
        f"De OPR heeft op {c['opr_date']} ingestemd met dit ondersteuningsplan. Het plan is op "
        f"{c['ab_date']} definitief vastgesteld en daarna vóór 1 mei aan de Inspectie van het Onderwijs "
        "toegezonden.",
    )
    return b


def oogo(c, rich=True, with_thuiszitters_mention=False):
    g = ", ".join(c["gemeenten"][:-1]) + " en " + c["gemeenten"][-1]
    b = [("h1", c.get("oogo_title", "Samenwerking met gemeenten en jeugdhulp"))]
    if rich:
        b += P(
            f"Het samenwerkingsverband werkt samen met de gemeenten {g}. Op bestuurlijk niveau is er twee keer "
            "per jaar een overleg tussen de directeur-bestuurder en de wethouders onderwijs en jeugd; op "
            "beleidsniveau komt een werkgroep onderwijs-jeugdhulp elke zes weken bijeen.",
            "Met de gemeenten hebben we voor deze planperiode afspraken gemaakt over jeugdhulp op school: in "
            "elke school is een vaste jeugdprofessional van het lokale team aanwezig, die ten minste een "
            "dagdeel per week op school is en aanschuift bij het ondersteuningsteam. Voor leerlingen die "
            "onderwijs en zorg in combinatie nodig hebben, kennen we onderwijs-zorgarrangementen waarin "
            "school en jeugdhulp samen één plan maken; de gemeente financiert het zorgdeel, het "
            "samenwerkingsverband het onderwijsdeel.",
        )
        if with_thuiszitters_mention:
            b += P("Andere thema's in het overleg zijn leerlingenvervoer, onderwijshuisvesting, "
                   "thuiszitters en de aansluiting tussen onderwijs en arbeidsmarkt.")
        else:
            b += P("Andere thema's in het overleg zijn leerlingenvervoer, onderwijshuisvesting, "
                   "voorschoolse educatie en de aansluiting tussen onderwijs en arbeidsmarkt.")
    b += P(
        f"Het concept van dit ondersteuningsplan is op {c['oogo_date']} besproken in het op overeenstemming "
        "gericht overleg (OOGO) met de colleges van burgemeester en wethouders. Het OOGO is afgerond zonder "
        "punten van verschil; het verslag is opgenomen in de bijlagen. Tegelijk hebben we het concept "
        f"besproken met het samenwerkingsverband {'PO' if c['sector'] == 'vo' else 'VO'} in de regio.",
    )
    return b


def personeel(c, title="Personeel, professionalisering en ICT"):
    return [("h1", title), ("h2", "Het bureau")] + P(
        f"Het bureau telt {c['fte']} fte. Naast de directeur-bestuurder werken er een controller, een "
        "beleidsmedewerker, een managementassistent en een team van consulenten passend onderwijs. De "
        "consulenten zijn het gezicht van het samenwerkingsverband op de scholen: zij sluiten aan bij "
        "ondersteuningsteams, denken mee over leerlingen met een complexe vraag en verbinden scholen met "
        "elkaar.",
        "Het samenwerkingsverband is werkgever van een deel van de medewerkers; anderen zijn gedetacheerd "
        "vanuit de aangesloten besturen. In de planperiode blijft de formatie van het bureau naar verwachting "
        "stabiel. Het formatieplan wordt jaarlijks vastgesteld.",
    ) + [("h2", "Professionalisering")] + P(
        "Goede ondersteuning vraagt om leraren die zich toegerust voelen. Het samenwerkingsverband "
        "organiseert daarom jaarlijks een scholingsaanbod voor leraren, mentoren en ondersteuningscoördinatoren, "
        "met onder meer trainingen over gedrag, executieve functies, trauma-sensitief lesgeven en het "
        "voeren van gesprekken met ouders. Daarnaast zijn er netwerkbijeenkomsten voor ondersteuningscoördinatoren "
        "en intern begeleiders, waar casuïstiek en goede voorbeelden worden gedeeld.",
        "Het lerarentekort maakt professionalisering lastiger: leraren zijn moeilijk vrij te roosteren. We "
        "bieden daarom meer korte, digitale modules aan en kiezen voor scholing op locatie, zodat teams "
        "samen kunnen leren.",
    ) + [("h2", "ICT en privacy")] + P(
        "Ondersteuningsaanvragen en dossiers worden uitgewisseld via een beveiligd digitaal portaal. Het "
        "samenwerkingsverband verwerkt persoonsgegevens, waaronder gegevens over gezondheid, alleen voor zover "
        "dat nodig is voor de wettelijke taken. Er is een functionaris gegevensbescherming aangesteld, het "
        "privacyreglement is in 2024 geactualiseerd en gegevens worden niet langer bewaard dan drie jaar na "
        "het besluit waarop zij betrekking hebben, tenzij een langere termijn wettelijk is voorgeschreven.",
        "Medewerkers van het bureau volgen jaarlijks een bewustwordingstraining informatiebeveiliging. "
        "Datalekken worden gemeld volgens de meldprocedure en besproken in het jaarverslag.",
    )


def totstandkoming(c):
    return [("h1", "Totstandkoming van dit plan")] + P(
        "De voorbereiding van dit plan begon in het najaar van 2023 met een evaluatie van het vorige "
        "ondersteuningsplan door het directeurenoverleg. In het voorjaar van 2024 volgden vier werkateliers, "
        "elk in een andere gemeente, waarin schoolleiders, intern begeleiders en ondersteuningscoördinatoren, "
        "leraren en medewerkers van de lokale teams met elkaar in gesprek gingen over de vraag wat er goed "
        "gaat en wat beter moet. De opbrengst daarvan is in een notitie met twaalf 'bouwstenen' vastgelegd.",
        "Op basis van de bouwstenen schreef een kleine schrijfgroep, bestaande uit de directeur-bestuurder, "
        "de beleidsmedewerker en twee schoolleiders, een eerste concept. Dat concept is in het najaar van "
        "2024 besproken met de besturen, met de raad van toezicht en in twee themabijeenkomsten met de "
        "ondersteuningsplanraad. De OPR heeft daarbij schriftelijk vragen gesteld; de antwoorden en de "
        "verwerking daarvan zijn in een reactienota opgenomen.",
        f"Het definitieve concept is besproken in het OOGO op {c['oogo_date']} en voorgelegd aan de OPR, "
        f"die op {c['opr_date']} heeft ingestemd. Daarna is het plan vastgesteld en toegezonden aan de "
        "Inspectie van het Onderwijs. Wijzigingen gedurende de planperiode leggen we opnieuw ter instemming "
        "aan de OPR voor.",
    )


def ontwikkelingen(c):
    sect = "primair" if c["sector"] == "po" else "voortgezet"
    return [("h1", "Ontwikkelingen die op ons afkomen")] + P(
        "Passend onderwijs is sinds 2014 volop in beweging. Na de landelijke evaluatie in 2020 heeft het "
        "kabinet een verbeteraanpak ingezet met ruim twintig maatregelen, gericht op meer duidelijkheid voor "
        "ouders en scholen, op betere samenwerking tussen onderwijs en zorg en op een doelmatiger inzet van "
        "publiek geld. Het perspectief is dat het onderwijs in 2035 inclusiever is dan nu: meer kinderen "
        "met een beperking volgen dan onderwijs in of dicht bij een reguliere school.",
        "Het ministerie werkt daarnaast aan een landelijke norm voor de basisondersteuning. Wanneer die "
        "norm van kracht wordt en wat de gevolgen zijn voor de afspraken in de regio, is op het moment van "
        "schrijven nog niet bekend. Het bestuur volgt de ontwikkelingen nauwlettend.",
        f"In het {sect} onderwijs zien we ook regionale ontwikkelingen. Het aantal leerlingen daalt in de "
        "dorpen, terwijl de stedelijke kernen licht groeien. Het lerarentekort is ongelijk verdeeld en treft "
        "juist de scholen met veel leerlingen die extra aandacht nodig hebben. Het aandeel leerlingen met "
        "een migratieachtergrond en een taalachterstand neemt toe, en scholen melden vaker complexe "
        "problematiek rond angst, somberheid en schoolverzuim.",
        "Deze ontwikkelingen vragen om wendbaarheid. We kiezen in dit plan voor afspraken die de komende "
        "vier jaar houvast geven, en voor een jaarlijkse cyclus waarin we kunnen bijsturen als de "
        "omstandigheden daarom vragen. Waar landelijke regelgeving wijzigt, passen we het plan aan via een "
        "wijziging die aan de OPR ter instemming wordt voorgelegd.",
    )


def kennisdeling(c):
    return [("h1", "Kennisdeling en innovatie")] + P(
        "Veel van wat werkt in de ondersteuning van leerlingen, is op een of meer scholen in de regio al "
        "ontwikkeld. Het samenwerkingsverband wil die kennis beter laten stromen. Daarom organiseren we "
        "leernetwerken: groepen van vier tot zes scholen die een schooljaar lang samen werken aan een "
        "thema dat zij zelf kiezen, zoals co-teaching, het werken met groepsplannen, de inzet van "
        "onderwijsassistenten of het versterken van de samenwerking met het lokale team.",
        "Elk leernetwerk wordt begeleid door een consulent en sluit af met een presentatie op de jaarlijkse "
        "netwerkdag. De opbrengsten worden beschreven in korte praktijkverhalen die via de website met alle "
        "scholen worden gedeeld. Scholen die iets nieuws willen uitproberen, kunnen daarnaast een voorstel "
        "voor een pilot indienen bij het directeurenoverleg.",
        "We werken samen met de lerarenopleidingen en de pabo in de regio. Studenten lopen stage op scholen "
        "met een bijzonder ondersteuningsaanbod, en docenten van de opleidingen schuiven aan bij de "
        "leernetwerken. Zo sluiten opleiding en praktijk beter op elkaar aan en maken nieuwe leraren al "
        "tijdens hun opleiding kennis met de praktijk van passend onderwijs.",
    )


def planning(c, rows):
    return [("h1", c.get("planning_title", "Planning en vaststelling")),
            ("p", "Onderstaande tabel geeft de belangrijkste mijlpalen van de planperiode weer. De uitwerking "
                  "per jaar volgt in het jaarplan, dat het bestuur na advies van het directeurenoverleg "
                  "vaststelt en met de OPR bespreekt."),
            ("table", [["Schooljaar", "Mijlpalen"]] + rows)]


def begrippen(title, items):
    return [("h1", title), ("table", [["Begrip", "Omschrijving"]] + [list(i) for i in items])]


# ============================================================================================
# Plan A – VO, .docx – SWV VO Dommeldal (strong plan; combined chapters)
# ============================================================================================
CA = dict(name="Samenwerkingsverband VO Dommeldal", short="Dommeldal", code="VO 30-91", sector="vo",
          kind="jongere", region="Dommeldal", period="2025-2029", gen="derde", besturen=6, scholen=14,
          leerlingen="11.800", director="drs. Marieke van Doorn", opr_date="18 maart 2025",
          ab_date="2 april 2025", oogo_date="4 maart 2025", fte="11,6",
          gemeenten=["Dommelen-Oost", "Valkenhorst", "Aardenburgh", "Leusveld"])


def plan_a():
    c = CA
    b = [("title", "Ondersteuningsplan 2025-2029"),
         ("subtitle", "Samenwerkingsverband VO Dommeldal (VO 30-91) – Samen sterk voor elke jongere"),
         ("p", "Basisondersteuning · Toelaatbaarheid en terugplaatsing · Middelen en verantwoording · Ouders en leerlingen"),
         ("p", "Vastgesteld door de directeur-bestuurder na goedkeuring van de algemene vergadering, 2 april 2025. "
               "Instemming ondersteuningsplanraad: 18 maart 2025."),
         ("pagebreak",), ("toc",), ("pagebreak",)]
    b += voorwoord(c)
    b += [("h1", "Inleiding en leeswijzer")] + P(
        "Dit ondersteuningsplan beschrijft wat de aangesloten scholen in Dommeldal samen hebben afgesproken "
        "over de ondersteuning van leerlingen in het voortgezet onderwijs. Het plan geldt van 1 augustus 2025 "
        "tot en met 31 juli 2029.",
        "Hoofdstuk 3 schetst de regio in cijfers en hoofdstuk 4 onze visie. De hoofdstukken 5 tot en met 8 "
        "beschrijven het ondersteuningsaanbod: wat elke school biedt, welke extra ondersteuning er is, hoe "
        "toelaatbaarheid en terugplaatsing zijn geregeld en hoe we werken aan een dekkend netwerk. Hoofdstuk 9 "
        "gaat over ouders en leerlingen, hoofdstuk 10 over kwaliteit en resultaten en hoofdstuk 11 over "
        "middelen en verantwoording. De hoofdstukken 12 tot en met 15 behandelen samenwerking, organisatie, "
        "personeel en planning. Achterin vindt u een begrippenlijst.",
    )
    b += [("h1", "Dommeldal in cijfers")] + P(
        "Het samenwerkingsverband omvat de gemeenten Dommelen-Oost, Valkenhorst, Aardenburgh en Leusveld. "
        "In de regio wonen ruim 190.000 mensen. Het aantal leerlingen in het voortgezet onderwijs daalt "
        "licht: de prognose laat tot 2029 een krimp van circa 4 procent zien, met grote verschillen tussen "
        "de stedelijke kern en de dorpen.",
    ) + [("table", [
        ["Kengetal (teldatum 1 oktober 2024)", "Aantal"],
        ["Leerlingen regulier vo", "11.214"],
        ["Leerlingen praktijkonderwijs", "412"],
        ["Leerlingen met lwoo-aanwijzing", "1.036"],
        ["Leerlingen vso (cluster 3 en 4)", "447"],
        ["Deelnamepercentage vso", "3,9%"],
        ["Vestigingen regulier vo / pro / vso", "12 / 2 / 2"],
    ])] + P(
        "Het deelnamepercentage vso ligt boven het landelijk gemiddelde. Een deel van de verklaring ligt in "
        "de aanwezigheid van een groot cluster-4-instituut in de regio, dat ook leerlingen van buiten "
        "Dommeldal opvangt.",
    )
    b += visie(c)
    # ---- basisondersteuning (present) ----
    b += [("h1", "Basisondersteuning: wat elke school biedt")] + P(
        "Basisondersteuning is in Dommeldal het afgesproken niveau van ondersteuning dat elke vestiging van "
        "elke aangesloten school biedt, van praktijkonderwijs tot gymnasium, zonder dat daarvoor een aanvraag "
        "bij het samenwerkingsverband nodig is. De zes besturen hebben dit niveau vastgelegd in twaalf "
        "standaarden. Geen vestiging mag onder dit niveau blijven; een school mag meer bieden en beschrijft "
        "dat in haar schoolondersteuningsprofiel en, vanaf het schooljaar 2026-2027, in de schoolgids.",
        "Ouders en leerlingen mogen op elke vestiging in Dommeldal ten minste het volgende verwachten:",
    ) + [("ol", [
        "Een ondersteuningscoördinator met ten minste 0,4 fte per 500 leerlingen, die ook voor ouders "
        "rechtstreeks aanspreekbaar is.",
        "Een mentor voor elke leerling, die minimaal zes keer per schooljaar een individueel gesprek voert.",
        "Een ondersteuningsteam dat ten minste eens per zes weken bijeenkomt, met de ondersteuningscoördinator, "
        "de teamleider en op afroep de jeugdarts, de leerplichtambtenaar en het schoolmaatschappelijk werk.",
        "Begeleiding bij dyslexie en dyscalculie volgens het regionale protocol, met ten minste extra tijd, "
        "voorleessoftware en aangepaste toetsing voor leerlingen met een verklaring.",
        "Een programma voor sociale veiligheid, een anti-pestcoördinator en groepstrainingen in sociale "
        "vaardigheden en faalangstreductie.",
        "Ondersteuning bij plannen en organiseren (executieve functies), waaronder huiswerkbegeleiding en "
        "een check-in/check-out-aanpak voor leerlingen die dat nodig hebben.",
        "Een opvang- of time-outvoorziening binnen de school met een vaste begeleider.",
        "Aanpassingen voor leerlingen met een lichte medische of fysieke beperking: een aangepast rooster, "
        "een rustplek en schriftelijke afspraken over medisch handelen.",
        "Compacten en verrijken in ten minste Nederlands, Engels en wiskunde voor (hoog)begaafde leerlingen.",
        "Een ontwikkelingsperspectief (OPP) voor elke leerling die meer nodig heeft dan de basis, dat met "
        "leerling en ouders wordt opgesteld en ten minste jaarlijks wordt geëvalueerd.",
        "Handelingsgericht en planmatig werken: signaleren, analyseren, handelen en evalueren, vastgelegd "
        "in het leerlingvolgsysteem.",
        "Een warme overdracht bij de overstap van het primair onderwijs en bij de overstap naar het mbo.",
    ])] + P(
        "Om de twee jaar voert een consulent van het bureau met elke vestiging een kwaliteitsgesprek aan de "
        "hand van de kwaliteitskaart basisondersteuning. Voldoet een vestiging op een of meer standaarden "
        "niet, dan stelt het schoolbestuur binnen drie maanden een verbeterplan op; het bureau toetst na "
        "een jaar opnieuw. De algemene vergadering ontvangt jaarlijks een overzicht per vestiging.",
        "Wat boven deze twaalf standaarden uitgaat, noemen we extra ondersteuning. Die beschrijven we in het "
        "volgende hoofdstuk.",
    )
    # ---- dekkend-aanbod continuum (present with ch 8) ----
    b += [("h1", "Extra ondersteuning en het ondersteuningscontinuüm")] + P(
        "De ondersteuning in Dommeldal is opgebouwd in vier niveaus die op elkaar aansluiten. Een leerling "
        "beweegt niet automatisch van niveau naar niveau; we zoeken steeds de lichtste vorm die passend is, "
        "zo dicht mogelijk bij de eigen klas.",
    ) + [("table", [
        ["Niveau", "Wat", "Waar", "Toegang"],
        ["1 Basisondersteuning", "De twaalf standaarden (hoofdstuk 5)", "Elke vestiging", "Geen aanvraag"],
        ["2 Extra ondersteuning in de school", "Schoolarrangementen: trajectvoorziening, kleine klas, "
         "studiecoaching, intensieve begeleiding door een orthopedagoog", "Eigen school", "Besluit OT van de school, "
         "bekostigd uit het schoolbudget"],
        ["3 Bovenschoolse voorzieningen", "OPDC Het Trefpunt (60 plaatsen, tijdelijk, max. 1 jaar), "
         "reboundvoorziening (12 weken), ISK-taalklas voor nieuwkomers, onderwijs-zorgarrangement De Brug",
         "Valkenhorst en Dommelen-Oost", "Aanvraag bij het loket van het samenwerkingsverband"],
        ["4 Speciaal en praktijkgericht", "Vso cluster 3 (Het Anker) en cluster 4 (De Kompasroos), "
         "praktijkonderwijs (2 scholen), lwoo op 7 vestigingen", "Regio", "TLV of aanwijzing (hoofdstuk 7)"],
    ])] + P(
        "De ondersteuningsroute begint bij de mentor. Heeft een leerling meer nodig, dan bespreekt het "
        "ondersteuningsteam de vraag en stelt het een OPP op. Als de school handelingsverlegen raakt, schuift "
        "een consulent van het samenwerkingsverband aan. Samen met ouders en leerling wordt dan bepaald of "
        "een schoolarrangement volstaat, een bovenschoolse voorziening nodig is of een aanvraag voor "
        "toelaatbaarheid wordt voorbereid.",
        "Het OPDC Het Trefpunt is bedoeld voor leerlingen die tijdelijk niet in de reguliere klas kunnen "
        "functioneren. De leerling blijft ingeschreven op de eigen school, volgt onderwijs in een kleine "
        "groep en werkt aan terugkeer. De reboundvoorziening is korter en gericht op gedragsverandering. "
        "Het onderwijs-zorgarrangement De Brug combineert onderwijs met behandeling voor jongeren met "
        "psychiatrische problematiek.",
    )
    # ---- plaatsing + terugstroom (present, combined chapter) ----
    b += [("h1", "Toelaatbaarheid en terugplaatsing"), ("h2", "Toelaatbaarheid tot het vso")] + P(
        "De aanvraag voor een toelaatbaarheidsverklaring (TLV) wordt ingediend door het bevoegd gezag van de "
        "school waar de leerling is ingeschreven of is aangemeld. De aanvraag bevat het OPP met de evaluaties "
        "van de afgelopen periode, het verslag van het ondersteuningsteam, een onderwijskundig rapport en de "
        "zienswijze van ouders en leerling. Het loket van het samenwerkingsverband controleert binnen vijf "
        "werkdagen of het dossier volledig is.",
        "Over elke aanvraag adviseren twee deskundigen: een orthopedagoog of psycholoog van het "
        "samenwerkingsverband en, afhankelijk van de vraag van de leerling, een tweede deskundige, zoals een "
        "jeugdarts, een maatschappelijk werker of een kinder- en jeugdpsychiater. Elke deskundige brengt een "
        "eigen schriftelijk advies uit en is niet betrokken geweest bij de voorbereiding van de aanvraag. "
        "Ouders ontvangen een afschrift van beide adviezen.",
        "De Commissie Toelaatbaarheid besluit namens de directeur-bestuurder binnen zes weken na ontvangst "
        "van het volledige dossier. In crisissituaties geldt een spoedprocedure: de commissie besluit dan "
        "binnen tien werkdagen en geeft een TLV af voor ten hoogste zes maanden.",
        "Een leerling is toelaatbaar tot het vso wanneer aan drie voorwaarden is voldaan. Ten eerste overstijgt "
        "de ondersteuningsbehoefte aantoonbaar wat de reguliere school met basisondersteuning en een "
        "schoolarrangement kan bieden; dat blijkt uit een OPP dat ten minste twee cycli van twintig weken is "
        "uitgevoerd en geëvalueerd, of uit een onderbouwde onderwijsbehoefte die dat onmogelijk maakt. Ten "
        "tweede vraagt de leerling gedurende de hele schooldag om een combinatie van een kleine groep "
        "(maximaal twaalf leerlingen), specialistische pedagogische begeleiding en, bij cluster 3, een "
        "aangepaste leerlijn. Ten derde adviseren beide deskundigen positief.",
        "De TLV wordt afgegeven voor ten minste één en ten hoogste drie schooljaren en loopt af op 31 juli. "
        "De commissie kent de bekostigingscategorie laag toe, tenzij sprake is van een lichamelijke "
        "beperking of langdurige ziekte (midden) of van een meervoudige beperking (hoog).",
        "Ouders die het niet eens zijn met een besluit, kunnen binnen zes weken bezwaar maken bij het "
        "samenwerkingsverband. Het samenwerkingsverband is aangesloten bij de Landelijke "
        "Bezwaaradviescommissie Toelaatbaarheidsverklaringen, die het bestuur adviseert voordat het op het "
        "bezwaar beslist.",
    ) + [("h2", "Praktijkonderwijs en leerwegondersteuning")] + P(
        "Voor praktijkonderwijs en lwoo volgt Dommeldal de landelijke criteria; we maken geen gebruik van de "
        "mogelijkheid om eigen lwoo-criteria vast te stellen. Een leerling is toelaatbaar tot het "
        "praktijkonderwijs bij een IQ tussen 55 en 80 en een leerachterstand van ten minste drie jaar op "
        "twee of meer van de domeinen begrijpend lezen, inzichtelijk rekenen, technisch lezen en spellen, "
        "waarvan ten minste één begrijpend lezen of inzichtelijk rekenen is. Een leerling komt in aanmerking "
        "voor lwoo bij een IQ tussen 75 en 90 en een leerachterstand van anderhalf tot drie jaar op twee "
        "domeinen, of bij een IQ tussen 91 en 120 in combinatie met een leerachterstand en "
        "sociaal-emotionele problematiek.",
        "De vo-school van aanmelding dient de aanvraag vóór 1 april in bij het loket, met het onderwijskundig "
        "rapport van de basisschool en de testgegevens. De Commissie Toelaatbaarheid beslist binnen vier "
        "weken. Een lwoo-aanwijzing geldt voor de duur van de opleiding; een TLV praktijkonderwijs geldt voor "
        "de gehele schoolloopbaan in het praktijkonderwijs.",
    ) + [("h2", "Terugplaatsing en overplaatsing")] + P(
        "Het vso is voor een deel van de leerlingen een blijvende plek, maar voor veel leerlingen een tijdelijke "
        "tussenstap. Ons beleid is dat elke vso-leerling bij wie het ontwikkelingsperspectief dat toelaat, zo "
        "snel mogelijk en zo thuisnabij mogelijk terugkeert naar een reguliere vo-school of overstapt naar het "
        "mbo. Voorwaarde is dat de onderwijsbehoefte van de leerling binnen de basisondersteuning plus een "
        "schoolarrangement kan worden opgevangen en dat de leerling en ouders achter de overstap staan.",
        "In het laatste schooljaar van de TLV, uiterlijk vóór 1 februari, evalueert de vso-school het OPP met "
        "ouders, leerling en de consulent van het samenwerkingsverband. Het advies luidt terugplaatsing, "
        "overplaatsing naar een andere vorm van onderwijs of verlenging. Bij terugplaatsing zoekt de "
        "vso-school samen met ouders een passende vo-school; die school houdt vóór 1 mei een intakegesprek. "
        "Een proefplaatsing van zes weken met behoud van de vso-inschrijving is mogelijk. Is verlenging "
        "nodig, dan dient de vso-school vóór 1 april een nieuwe aanvraag in volgens de procedure hierboven; "
        "gebeurt dat niet, dan eindigt de TLV op 31 juli.",
        "Na terugkeer krijgt de leerling gedurende ten hoogste één schooljaar een terugkeerarrangement: "
        "ambulante begeleiding door de vso-school van twee uur per week en een vast aanspreekpunt op de "
        "ontvangende school. Het samenwerkingsverband bekostigt dit arrangement met € 4.500 per leerling.",
        "In het schooljaar 2023-2024 keerden 23 vso-leerlingen terug naar het regulier voortgezet onderwijs "
        "en stapten er 31 over naar het mbo.",
    )
    # ---- dekkend-aanbod lacunes ----
    b += [("h1", "Thuiszitters en het dekkend netwerk")] + P(
        "Een dekkend netwerk betekent dat er voor iedere jongere in Dommeldal een passende plek is, en dat we "
        "het snel zien als dat niet zo is. Elk jaar in november bespreekt het directeurenoverleg de monitor "
        "dekkend aanbod: wachtlijsten bij voorzieningen, afgewezen aanmeldingen, leerlingen zonder passende "
        "plek en thuiszitters. Op basis daarvan besluit het bestuur over bijsturing.",
        "De monitor van 2024 liet twee witte vlekken zien: er zijn te weinig plekken voor hoogbegaafde "
        "leerlingen met autisme in havo en vwo, en er is geen voorziening voor langdurig zieke leerlingen die "
        "deels thuis onderwijs volgen. Voor de eerste groep start in augustus 2026 een kleine klas op een "
        "havo/vwo-vestiging in Valkenhorst; voor de tweede groep kopen we vanaf 2025 afstandsonderwijs in "
        "met begeleiding door een consulent.",
        "Thuiszitters bespreken we elke zes weken in het thuiszittersoverleg met de leerplichtambtenaren en "
        "de jeugdhulp. Zit een leerling langer dan vier weken thuis zonder perspectief, dan neemt de "
        "directeur-bestuurder de regie en kan hij besturen en voorzieningen opdragen een plek te bieden. Op "
        "1 oktober 2024 telden we 19 thuiszitters en 7 vrijstellingen op grond van artikel 5a van de "
        "Leerplichtwet.",
        "Lukt het een school binnen de zorgplichttermijn niet om een passende plek te vinden, dan neemt het "
        "bureau de coördinatie over en brengt het de besturen binnen twee weken bij elkaar.",
    )
    # ---- ouders (present) ----
    b += [("h1", "Ouders en leerlingen")] + P(
        "Ouders en leerlingen moeten kunnen vinden welke ondersteuning er is en hoe die te krijgen is. Het "
        "samenwerkingsverband informeert hen via een eigen ouderpagina op de website met uitleg per "
        "onderwerp, de brochure 'Passend onderwijs in Dommeldal' (in het Nederlands, Engels, Arabisch en "
        "Pools), twee informatieavonden per jaar en een informatiemoment bij de overstap van groep 8 naar "
        "de brugklas. Elke school beschrijft in de schoolgids welke ondersteuning zij biedt en wie de "
        "ondersteuningscoördinator is.",
        "Voor onafhankelijk advies kunnen ouders en leerlingen terecht bij het Ouder- en Jongerensteunpunt "
        "Dommeldal. Het steunpunt is ondergebracht bij een stichting die los staat van de besturen, is op "
        "werkdagen telefonisch bereikbaar, helpt bij gesprekken met school en bemiddelt bij onenigheid. "
        "Daarnaast verwijzen we naar de Onderwijsconsulenten, die kosteloos bemiddelen als een leerling "
        "geen passende plek heeft. Bij een geschil over toelating, verwijdering of het OPP kunnen ouders "
        "terecht bij de Geschillencommissie passend onderwijs; voor klachten over het samenwerkingsverband "
        "geldt de klachtenregeling.",
        "Leerlingen hebben hoorrecht bij het opstellen van het OPP. Het samenwerkingsverband heeft een "
        "leerlingenpanel dat twee keer per jaar meepraat over beleid, en ouders en leerlingen hebben de helft "
        "van de zetels in de OPR.",
    )
    # ---- resultaten (partial: doelen yes, monitoring no) ----
    b += [("h1", "Kwaliteit en resultaten")] + P(
        "Voor deze planperiode formuleren we zes beoogde resultaten. Ze gaan over leerlingen die extra "
        "ondersteuning nodig hebben en zijn afgeleid van de koersuitspraken.",
    ) + [("table", [
        ["Beoogd resultaat", "Nulmeting 2024", "Streefwaarde 2029"],
        ["Thuiszitters langer dan vier weken", "19", "ten hoogste 8"],
        ["Terugplaatsingen vso naar regulier vo per jaar", "23", "30"],
        ["Deelnamepercentage vso", "3,9%", "3,5%"],
        ["Vestigingen die volledig voldoen aan de basisondersteuning", "11 van 14", "14 van 14"],
        ["Gemiddelde doorlooptijd TLV-aanvraag", "7 weken", "5 weken"],
        ["Tevredenheid ouders over ondersteuning (schaal 1-10)", "7,1", "7,5"],
    ])] + P(
        "Hoe we de voortgang op deze resultaten gaan volgen, welke bronnen we daarvoor gebruiken en op welke "
        "momenten we aan bestuur, OPR en scholen rapporteren, werken we in het schooljaar 2025-2026 uit in "
        "een monitoringskader. Dat kader leggen we te zijner tijd ter bespreking voor aan de OPR.",
    )
    # ---- financien (partial: verdeling yes, besteding no) ----
    b += [("h1", "Middelen en verantwoording")] + P(
        "Het samenwerkingsverband ontvangt van het Rijk ondersteuningsbekostiging voor lichte en zware "
        "ondersteuning en de middelen voor lwoo en praktijkonderwijs. Een deel van de zware "
        "ondersteuningsmiddelen wordt door DUO rechtstreeks afgedragen aan de vso-scholen.",
        "De verdeling van de middelen volgt vier regels:",
    ) + [("ol", [
        "De afdrachten voor vso-leerlingen lopen via DUO op basis van de teldatum 1 oktober; voor de groei "
        "gedurende het schooljaar hanteren we de peildatum 1 februari.",
        "De middelen voor lwoo en praktijkonderwijs worden volledig doorgegeven aan de besturen, naar rato van "
        "het aantal leerlingen met een lwoo-aanwijzing en het aantal leerlingen in het praktijkonderwijs op "
        "1 oktober.",
        "Elk bestuur ontvangt een schoolbudget voor basis- en extra ondersteuning: een vaste voet van € 25.000 "
        "per vestiging plus € 142 per leerling, op basis van de teldatum 1 oktober van het voorgaande jaar.",
        "De bovenschoolse voorzieningen (OPDC, rebound, ISK-taalklas en De Brug) worden per bezette plaats "
        "bekostigd volgens tarieven die de algemene vergadering jaarlijks vaststelt.",
    ])] + P(
        "De algemene vergadering stelt de verdeling jaarlijks vóór 1 december vast, op voorstel van de "
        "directeur-bestuurder en na bespreking in het directeurenoverleg.",
        "De meerjarenbegroting 2025-2029 en de toelichting op de besteding per bestemming worden opgesteld "
        "zodra de definitieve bekostigingsgegevens van DUO voor 2025 bekend zijn. De algemene vergadering "
        "voegt ze daarna als financiële paragraaf aan dit plan toe.",
        "De besturen leggen jaarlijks vóór 1 april verantwoording af over de inzet van het schoolbudget, met "
        "een vast format waarin per vestiging staat welke ondersteuning met het budget is gerealiseerd. De "
        "verantwoording wordt besproken in het kwaliteitsgesprek.",
    )
    b += oogo(c, rich=True)
    b += governance(c)
    b += personeel(c)
    b += planning(c, [
        ["2025-2026", "Start twaalf standaarden; monitoringskader; financiële paragraaf; ouderbrochure vertaald"],
        ["2026-2027", "Kleine klas havo/vwo in Valkenhorst; eerste ronde kwaliteitsgesprekken afgerond"],
        ["2027-2028", "Tussenevaluatie met OPR en gemeenten; herijking tarieven voorzieningen"],
        ["2028-2029", "Eindevaluatie; voorbereiding ondersteuningsplan 2029-2033"],
    ])
    b += begrippen("Bijlage: begrippenlijst", [
        ("Basisondersteuning", "Het afgesproken niveau van ondersteuning dat elke school biedt."),
        ("Dekkend aanbod", "Een samenhangend geheel van voorzieningen waardoor elke leerling een passende plek heeft."),
        ("Lwoo", "Leerwegondersteunend onderwijs."),
        ("Meerjarenbegroting", "Begroting voor meerdere jaren, met verdeling van de middelen."),
        ("OJSP", "Ouder- en jeugdsteunpunt: onafhankelijk steunpunt voor ouders en jongeren."),
        ("OPDC", "Orthopedagogisch-didactisch centrum."),
        ("Terugplaatsing", "De overstap van een leerling van het vso naar het regulier onderwijs."),
        ("TLV", "Toelaatbaarheidsverklaring voor het vso of praktijkonderwijs."),
        ("Thuiszitter", "Leerplichtige jongere die zonder geldige reden niet naar school gaat."),
    ])
    return b


LABEL_A = dict(
    documents=["vo-swv-dommeldal-op-2025-2029.docx"], sector="vo",
    elements={"basisondersteuning": "present", "plaatsing": "present", "terugstroom": "present",
              "financien": "partial", "dekkend-aanbod": "present", "resultaten": "partial",
              "ouders": "present"},
    false=["financien.besteding", "resultaten.monitoring"],
    advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
              "terugstroom": ["monitoring"], "financien": ["verantwoording"],
              "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"],
              "ouders": ["betrokkenheid"]},
    notes={
        "basisondersteuning": "Ch. 'Basisondersteuning: wat elke school biedt': level for every vestiging + twelve concrete standards; borging via kwaliteitskaart/verbeterplan.",
        "plaatsing": "Ch. 'Toelaatbaarheid en terugplaatsing': vso procedure (loket, two deskundigen, Commissie, 6 weeks), three criteria, duration/categorie, LBT bezwaar; pro/lwoo national criteria and procedure.",
        "terugstroom": "Section 'Terugplaatsing en overplaatsing' inside the TLV chapter: policy + steps before 1 Feb/1 April/31 July, terugkeerarrangement, 23 returns in 2023-2024.",
        "financien": "'Middelen en verantwoording': four distribution rules (vaste voet EUR 25.000 + EUR 142 per leerling) but meerjarenbegroting/besteding deferred to a later financial paragraph.",
        "dekkend-aanbod": "Continuum table in 'Extra ondersteuning en het ondersteuningscontinuum'; gaps/thuiszitters in 'Thuiszitters en het dekkend netwerk'.",
        "resultaten": "'Kwaliteit en resultaten': six targets with streefwaarden; how progress is monitored/reported is deferred to a monitoringskader 2025-2026.",
        "ouders": "'Ouders en leerlingen': website, brochure, avonden, schoolgids; independent Ouder- en Jongerensteunpunt, Onderwijsconsulenten, Geschillencommissie.",
    })


# ============================================================================================
# Plan B – VO, .pdf – SWV Kempenrand VO ("op hoofdlijnen")
# ============================================================================================
CB = dict(name="Samenwerkingsverband Kempenrand VO", short="Kempenrand", code="VO 30-94", sector="vo",
          kind="leerling", region="Kempenrand", period="2026-2030", gen="derde", besturen=4, scholen=9,
          leerlingen="7.400", director="Jeroen Aalbers MEd", opr_date="10 maart 2026",
          ab_date="24 maart 2026", oogo_date="19 februari 2026", fte="8,2",
          gemeenten=["Hoogmeer", "Lieshoven", "Dalem"], visie_title="Koers 2026-2030",
          gov_title="Organisatie en medezeggenschap", oogo_title="Samenwerking met gemeenten",
          planning_title="Planning")


def plan_b():
    c = CB
    b = [("title", "Ondersteuningsplan Kempenrand VO 2026-2030"),
         ("subtitle", "Beleidsplan op hoofdlijnen – Samenwerkingsverband Kempenrand VO (VO 30-94)"),
         ("p", "Versie 1.0 – vastgesteld 24 maart 2026"),
         ("pagebreak",), ("toc",), ("pagebreak",)]
    b += voorwoord(c)
    b += [("h1", "Samenvatting")] + P(
        "Dit ondersteuningsplan is een plan op hoofdlijnen. Het beschrijft het 'wat'; de scholen bepalen "
        "binnen de afgesproken kaders het 'hoe'. Concrete activiteiten en bedragen per jaar staan in het "
        "jaarplan en de jaarbegroting.",
        "De belangrijkste keuzes voor 2026-2030 zijn: het versterken van de ondersteuning in de klas, het "
        "eenvoudiger maken van de route naar extra ondersteuning, het terugdringen van de reserve en het "
        "beter betrekken van ouders en leerlingen. In het hoofdstuk over kwaliteitszorg en resultaten staan "
        "de doelen waaraan we ons willen laten meten.",
    )
    b += [("h1", "Context en kengetallen")] + P(
        "Kempenrand ligt in een landelijk gebied met drie gemeenten: Hoogmeer, Lieshoven en Dalem. Het "
        "samenwerkingsverband telt vier besturen met negen vestigingen voor regulier voortgezet onderwijs, "
        "één school voor praktijkonderwijs met twee locaties en twee vso-scholen. Het leerlingaantal daalt "
        "de komende jaren met naar verwachting 6 procent.",
    ) + [("table", [
        ["Kengetal", "1-10-2023", "1-10-2024", "1-10-2025"],
        ["Leerlingen vo (incl. pro)", "7.612", "7.508", "7.401"],
        ["Leerlingen vso", "241", "236", "229"],
        ["Deelnamepercentage vso", "3,2%", "3,1%", "3,1%"],
        ["Leerlingen met lwoo", "688", "671", "660"],
        ["Thuiszitters (leerplichttelling)", "14", "17", "15"],
    ])]
    b += visie(c, extra=[
        "In de vorige planperiode lag de nadruk op het opbouwen van bovenschoolse voorzieningen. Voor "
        "2026-2030 verleggen we het accent naar de klas: de meeste leerlingen zijn het best geholpen met een "
        "leraar die weet wat te doen en een school die snel kan schakelen.",
    ])
    # ---- basisondersteuning partial (niveau yes, inhoud no) + continuum yes, lacunes deferred ----
    b += [("h1", "Het ondersteuningsaanbod"), ("h2", "Basisondersteuning")] + P(
        "Alle vestigingen in Kempenrand bieden ten minste de basisondersteuning zoals de besturen die samen "
        "hebben vastgelegd in het Kader Basisondersteuning Kempenrand. Het kader geldt voor elke vestiging, "
        "ongeacht schoolsoort, en beschrijft het minimum dat ouders en leerlingen op iedere school mogen "
        "verwachten. Geen school mag daaronder zitten.",
        "De basisondersteuning omvat de vier aspecten uit het Referentiekader passend onderwijs: "
        "basiskwaliteit, preventieve en licht curatieve interventies, de onderwijsondersteuningsstructuur en "
        "planmatig werken. De inhoud van het kader, met de afspraken per thema, is opgenomen in bijlage 2. De "
        "scholen werken de basisondersteuning uit in hun schoolondersteuningsprofiel.",
    ) + [("h2", "Extra ondersteuning en arrangementen")] + P(
        "Wanneer een leerling meer nodig heeft dan de basisondersteuning, kan de school een arrangement "
        "inzetten. Het aanbod in Kempenrand is als volgt opgebouwd:",
    ) + [("ul", [
        "Schoolarrangementen, bekostigd uit het schoolbudget: een trajectklas of trajectvoorziening op elke "
        "vestiging, studiecoaching, begeleiding door een gedragsspecialist en faalangsttraining in kleine "
        "groepen.",
        "Reboundvoorziening De Overstap in Hoogmeer: 16 plaatsen voor een tijdelijke plaatsing van ten hoogste "
        "twaalf weken voor leerlingen met gedragsproblemen, met terugkeer naar de eigen school.",
        "OPDC Kempenhof in Lieshoven: 40 plaatsen voor leerlingen in vmbo-basis en -kader die een langere "
        "periode, maximaal twee jaar, in een kleine setting onderwijs volgen.",
        "Een ISK-taalklas voor nieuwkomers van 12 tot 18 jaar in Dalem.",
        "Praktijkonderwijs (twee locaties), lwoo op alle vestigingen met vmbo, en twee vso-scholen "
        "(cluster 3 en cluster 4) voor leerlingen die specialistisch onderwijs nodig hebben.",
    ])] + P(
        "Deze voorzieningen vormen samen één doorlopend aanbod: van de lichte ondersteuning in de klas via "
        "tijdelijke bovenschoolse plekken naar het speciaal onderwijs. De consulent van het "
        "samenwerkingsverband helpt scholen bij de keuze voor het juiste arrangement.",
    ) + [("h2", "Is het aanbod dekkend?")] + P(
        "Of het aanbod voor alle leerlingen dekkend is, weten we op dit moment onvoldoende. In 2027 laten we "
        "een analyse uitvoeren van het dekkend aanbod in Kempenrand. Op basis daarvan bepalen we welke "
        "aanvullende voorzieningen of afspraken nodig zijn. Over de aanpak van thuiszitters maken we in het "
        "schooljaar 2026-2027 nadere afspraken met de leerplichtambtenaren.",
    )
    # ---- plaatsing partial (procedure yes, criteria no) ----
    b += [("h1", "Toewijzing en toelaatbaarheid")] + P(
        "Voor plaatsing in het vso, de aanwijzing voor lwoo en de toelaatbaarheid tot het praktijkonderwijs "
        "is een toelaatbaarheidsverklaring of aanwijzing van het samenwerkingsverband nodig. De route voor "
        "het vso ziet er als volgt uit:",
    ) + [("ol", [
        "Stap 1 – De school bespreekt de leerling in het ondersteuningsteam en stelt vast dat een aanvraag "
        "nodig is. De school informeert ouders en leerling en vraagt hun zienswijze.",
        "Stap 2 – Het bevoegd gezag van de school dient de aanvraag in via het digitale portaal, met het OPP, "
        "het groeidocument en het verslag van het ondersteuningsteam.",
        "Stap 3 – Het bureau controleert binnen vijf werkdagen de volledigheid en wijst twee deskundigen toe: "
        "een orthopedagoog of psycholoog en een tweede deskundige (bijvoorbeeld een maatschappelijk werker of "
        "een arts). Beide brengen een eigen schriftelijk advies uit.",
        "Stap 4 – De Commissie Toewijzing, bestaande uit de directeur-bestuurder en twee consulenten, neemt "
        "binnen zes weken na ontvangst van het volledige dossier een besluit.",
        "Stap 5 – De school en ouders ontvangen het besluit schriftelijk. Een TLV wordt in de regel afgegeven "
        "voor twee schooljaren in bekostigingscategorie laag, tenzij de deskundigen anders adviseren.",
    ])] + P(
        "De commissie beoordeelt elke aanvraag integraal en op maat en weegt daarbij alle beschikbare "
        "informatie. Wij hanteren bewust geen afvinklijst. In het schooljaar 2026-2027 evalueren we of "
        "aanvullende richtlijnen voor de beoordeling nodig zijn.",
        "Voor lwoo en praktijkonderwijs volgen wij de landelijke regelgeving. De vo-school dient de aanvraag "
        "vóór 1 april in via het portaal, met het onderwijskundig rapport en de testgegevens van de "
        "basisschool; de Commissie Toewijzing beslist binnen vier weken en stelt school en ouders schriftelijk "
        "op de hoogte.",
    )
    # ---- financien present ----
    b += [("h1", "Middelen en verantwoording")] + P(
        "De ondersteuningsmiddelen van Kempenrand bestaan uit de rijksbekostiging voor lichte en zware "
        "ondersteuning, de middelen voor lwoo en praktijkonderwijs en een kleine bijdrage van de gemeenten "
        "voor de ISK-taalklas. De afdrachten voor vso-leerlingen worden door DUO op de bekostiging ingehouden.",
        "We verdelen de middelen volgens een schoolmodel. Elk bestuur ontvangt per vestiging een vaste voet "
        "van € 30.000 en daarnaast € 168 per leerling op de teldatum 1 oktober. Lwoo- en pro-middelen gaan "
        "naar rato van het aantal aangewezen leerlingen naar de besturen. Bovenschoolse voorzieningen worden "
        "centraal bekostigd. Het bestuur stelt de verdeling jaarlijks vast bij de begroting, na advies van "
        "het directeurenoverleg.",
    ) + [("table", [
        ["Meerjarenbegroting (x € 1.000)", "2026", "2027", "2028", "2029"],
        ["Baten ondersteuningsbekostiging (na afdrachten vso)", "6.920", "6.810", "6.700", "6.610"],
        ["Baten lwoo en pro", "5.480", "5.390", "5.300", "5.220"],
        ["Overige baten", "140", "140", "140", "140"],
        ["Schoolbudgetten (vaste voet + per leerling)", "1.515", "1.495", "1.476", "1.458"],
        ["Doorbetaling lwoo en pro aan besturen", "5.480", "5.390", "5.300", "5.220"],
        ["Reboundvoorziening De Overstap", "640", "640", "640", "640"],
        ["OPDC Kempenhof", "1.720", "1.720", "1.700", "1.700"],
        ["ISK-taalklas", "410", "410", "410", "410"],
        ["Vso-arrangementen en maatwerk", "2.060", "2.030", "2.000", "1.980"],
        ["Bureau en consulenten", "1.090", "1.100", "1.110", "1.120"],
        ["Resultaat", "-375", "-435", "-496", "-498"],
    ])] + P(
        "De negatieve resultaten zijn bewust begroot. Eind 2025 bedroeg de algemene reserve € 3,1 miljoen, "
        "ruim boven de signaleringswaarde van € 1,3 miljoen. Met de begrote tekorten brengen we de reserve "
        "in vier jaar terug tot het niveau van de signaleringswaarde. Het weerstandsvermogen blijft "
        "daarbij voldoende om de risico's in de risicoparagraaf op te vangen.",
        "De besturen verantwoorden de besteding van het schoolbudget jaarlijks in een verantwoordingsformat, "
        "dat vóór 1 maart bij het bureau wordt ingeleverd en in het jaarverslag wordt samengevat.",
    )
    # ---- resultaten present ----
    b += [("h1", "Kwaliteitszorg en resultaten"), ("h2", "Beoogde resultaten")] + P(
        "Voor de planperiode stellen we de volgende beoogde resultaten voor leerlingen met een "
        "ondersteuningsbehoefte vast:",
    ) + [("ul", [
        "In 2030 heeft ten minste 90 procent van de leerlingen met een schoolarrangement een OPP dat ten "
        "minste twee keer per jaar met ouders en leerling is geëvalueerd (2025: 71 procent).",
        "Het aantal thuiszitters daalt naar ten hoogste 8 op de leerplichttelling van 2029.",
        "Het deelnamepercentage vso blijft ten hoogste 3,1 procent.",
        "Ten minste 80 procent van de leerlingen die de reboundvoorziening verlaten, zit een jaar later nog op "
        "de eigen school (2025: 68 procent).",
        "De gemiddelde tevredenheid van ouders over de ondersteuning stijgt van 6,8 naar 7,4.",
    ])] + [("h2", "Hoe we resultaten volgen")] + P(
        "Het bureau stelt elk kwartaal een monitor op met de kengetallen uit het leerlingvolgsysteem, de "
        "DUO-gegevens en de registratie van arrangementen en TLV's. De monitor wordt besproken in het "
        "directeurenoverleg en ieder halfjaar met de raad van toezicht en de OPR. Elk tweede jaar houden we "
        "een tevredenheidspeiling onder ouders, leerlingen en scholen. In het jaarverslag rapporteren we per "
        "doel de bereikte stand, met een toelichting op afwijkingen en de kosten van de ingezette "
        "voorzieningen.",
        "Terugblik: in de vorige planperiode daalde het deelnamepercentage vso van 3,6 naar 3,1 procent en "
        "steeg het aantal leerlingen in de reboundvoorziening dat terugkeerde naar de eigen school van 52 "
        "naar 68 procent. Het doel om thuiszitters te halveren werd niet gehaald.",
    )
    # ---- ouders partial (informatie yes, steunpunt deferred) ----
    b += [("h1", "Ouders")] + P(
        "Ouders zijn de eerste deskundigen als het om hun kind gaat. We informeren ouders over de "
        "ondersteuningsmogelijkheden via de website van het samenwerkingsverband, een ouderbrochure die elke "
        "school bij aanmelding meegeeft, de schoolgids en het schoolondersteuningsprofiel van elke school en "
        "een jaarlijkse informatieavond per gemeente. Op de website staat per voorziening wat het aanbod is "
        "en hoe een leerling er terechtkomt.",
        "Ouders die vragen of zorgen hebben, gaan in eerste instantie in gesprek met de mentor of de "
        "ondersteuningscoördinator. Komen zij er samen niet uit, dan kunnen zij contact opnemen met het "
        "bureau van het samenwerkingsverband.",
        "Het samenwerkingsverband richt, zoals de nieuwe wetgeving vraagt, een ouder- en jeugdsteunpunt in. "
        "De vormgeving en de positionering daarvan werken we in 2026-2027 uit samen met de OPR.",
        "Ouders worden betrokken bij het opstellen en evalueren van het OPP en hebben zitting in de OPR.",
    )
    b += oogo(c, rich=True, with_thuiszitters_mention=True)
    b += governance(c)
    b += totstandkoming(c)
    b += personeel(c, title="Personeel en ICT")
    b += planning(c, [
        ["2026-2027", "Evaluatie richtlijnen toewijzing; uitwerking ouder- en jeugdsteunpunt; afspraken thuiszitters"],
        ["2027-2028", "Analyse dekkend aanbod; herijking schoolbudgetten"],
        ["2028-2029", "Tussenevaluatie; bijstelling doelen"],
        ["2029-2030", "Eindevaluatie en nieuw ondersteuningsplan"],
    ])
    b += begrippen("Begrippen en afkortingen", [
        ("Basisondersteuning", "Ondersteuning die elke school biedt, zie het Kader Basisondersteuning."),
        ("Dekkend aanbod", "Voor elke leerling een passende plek."),
        ("OJSP", "Ouder- en jeugdsteunpunt."),
        ("Onderwijsconsulenten", "Landelijke, onafhankelijke bemiddelaars bij geschillen over een passende plek."),
        ("OPDC", "Orthopedagogisch-didactisch centrum."),
        ("PrO", "Praktijkonderwijs."),
        ("Terugplaatsing", "Terugkeer van een vso-leerling naar het regulier voortgezet onderwijs."),
        ("TLV", "Toelaatbaarheidsverklaring."),
        ("Verdeelmodel", "De regels volgens welke de middelen over de besturen worden verdeeld."),
    ])
    return b


LABEL_B = dict(
    documents=["vo-swv-kempenrand-op-2026-2030.pdf"], sector="vo",
    elements={"basisondersteuning": "partial", "plaatsing": "partial", "terugstroom": "missing",
              "financien": "present", "dekkend-aanbod": "partial", "resultaten": "present",
              "ouders": "partial"},
    false=["basisondersteuning.inhoud", "plaatsing.criteria", "terugstroom.procedure", "terugstroom.beleid",
           "dekkend-aanbod.lacunes", "ouders.steunpunt"],
    advisory={"plaatsing": ["deskundigen", "duur-categorie"], "financien": ["reserves", "verantwoording"],
              "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
    notes={
        "basisondersteuning": "'Het ondersteuningsaanbod > Basisondersteuning' states the minimum for every vestiging, but content is only the four Referentiekader aspects plus 'bijlage 2' (not included).",
        "plaatsing": "'Toewijzing en toelaatbaarheid': five-step vso procedure and lwoo/pro route, deskundigen, duration/categorie; criteria explicitly absent ('integraal en op maat', evaluated 2026-2027; lwoo/pro 'landelijke regelgeving' not stated).",
        "terugstroom": "Nothing on return from vso; terugplaatsing only in the begrippenlijst.",
        "financien": "'Middelen en verantwoording': schoolmodel (vaste voet EUR 30.000 + EUR 168/leerling), meerjarenbegroting table 2026-2029, reserves and verantwoording.",
        "dekkend-aanbod": "Continuum in 'Extra ondersteuning en arrangementen'; gap analysis deferred to 2027 and thuiszitters approach deferred ('nadere afspraken'); OOGO thuiszitters only in a theme list.",
        "resultaten": "'Kwaliteitszorg en resultaten': five targets with numbers; quarterly monitor, half-yearly reporting, jaarverslag, terugblik.",
        "ouders": "'Ouders': website, brochure, schoolgids, info evenings; independent support only deferred (OJSP 'werken we in 2026-2027 uit'); mentor/SWV bureau are not independent.",
    })


# ============================================================================================
# Plan C – VO, .html – SWV VO Lindeweide (web version)
# ============================================================================================
CC = dict(name="Samenwerkingsverband VO Lindeweide", short="Lindeweide", code="VO 31-96", sector="vo",
          kind="leerling", region="Lindeweide", period="2025-2029", gen="derde", besturen=5, scholen=11,
          leerlingen="9.200", director="Fatima el Khatib", opr_date="11 maart 2025",
          ab_date="26 maart 2025", oogo_date="20 februari 2025", fte="9,8",
          gemeenten=["Lindeweide", "Oosterbroek", "Haverdonk"], visie_title="Visie en ambities",
          planning_title="Jaarplanning")


def plan_c():
    c = CC
    b = [("title", "Ondersteuningsplan 2025-2029 – Samenwerkingsverband VO Lindeweide"),
         ("subtitle", "Webversie. Registratiecode VO 31-96. Deze pagina bevat de volledige tekst van het plan; "
                      "een pdf-versie is te downloaden via de knop onderaan."),
         ("toc",)]
    b += [("h1", "Woord vooraf")] + voorwoord(c)[1:]
    b += [("h1", "Over Lindeweide")] + P(
        "Samenwerkingsverband VO Lindeweide omvat de gemeenten Lindeweide, Oosterbroek en Haverdonk. Vijf "
        "besturen werken samen: zij hebben elf vestigingen voor vmbo, havo en vwo, een school voor "
        "praktijkonderwijs en een vso-school voor cluster 4. Leerlingen met een cluster-3-vraag gaan naar "
        "een vso-school in een naburige regio, waarmee we afspraken hebben gemaakt.",
    ) + [("table", [
        ["Kengetal (1 oktober 2024)", "Lindeweide", "Landelijk"],
        ["Leerlingen vo", "9.214", "–"],
        ["Deelname vso", "3,4%", "3,6%"],
        ["Deelname praktijkonderwijs", "2,6%", "2,7%"],
        ["Leerlingen met lwoo", "9,8%", "10,4%"],
        ["Aanvragen toelaatbaarheidsverklaringen (2023-2024)", "183", "–"],
    ])] + P(
        "Het aantal aanvragen voor toelaatbaarheidsverklaringen is de afgelopen drie jaar gestegen, vooral "
        "voor leerlingen in de onderbouw van het vmbo.",
    )
    b += visie(c)
    # ---- basisondersteuning present (content in a table) ----
    b += [("h1", "Basisondersteuning")] + P(
        "De besturen in Lindeweide hebben samen bepaald welke ondersteuning elke vestiging in elk geval "
        "biedt. Dit niveau van basisondersteuning geldt voor alle vestigingen, ook voor het praktijkonderwijs. "
        "Het staat los van het schoolondersteuningsprofiel, waarin een school kan beschrijven wat zij daarnaast "
        "biedt. De tabel hieronder laat per thema zien wat ouders overal mogen verwachten.",
    ) + [("table", [
        ["Thema", "Wat elke vestiging biedt"],
        ["Begeleiding", "Mentor met wekelijks mentoruur; ondersteuningscoördinator; ondersteuningsteam met "
                        "schoolmaatschappelijk werk en jeugdarts, ten minste eens per maand"],
        ["Lezen en rekenen", "Dyslexie- en dyscalculieprotocol; compenserende en dispenserende maatregelen; "
                             "remedial teaching in de onderbouw"],
        ["Gedrag en welbevinden", "Sociale-veiligheidsprogramma, SoVa-training, faalangsttraining, "
                                  "vertrouwenspersoon"],
        ["Leren leren", "Huiswerkklas, coaching op plannen en organiseren"],
        ["Medisch", "Protocol medisch handelen, aangepast rooster bij ziekte, rustruimte"],
        ["Talent", "Verrijkingsaanbod voor meer- en hoogbegaafde leerlingen"],
        ["Werkwijze", "Handelingsgericht werken; OPP voor leerlingen met extra ondersteuning, "
                      "twee keer per jaar geëvalueerd met ouders en leerling"],
    ])] + P(
        "Het samenwerkingsverband bespreekt jaarlijks met elke vestiging in een kwaliteitsgesprek of de "
        "basisondersteuning op orde is. Waar dat niet zo is, maken bestuur en samenwerkingsverband een "
        "verbeterafspraak met een termijn.",
    )
    # ---- dekkend-aanbod present ----
    b += [("h1", "Het dekkend aanbod: van basis tot specialistisch")] + P(
        "Ondersteuning in Lindeweide is opgebouwd als een doorlopende reeks. Elke stap is bedoeld voor "
        "leerlingen die met de vorige stap onvoldoende geholpen zijn.",
    ) + [("table", [
        ["Stap", "Aanbod", "Wie beslist"],
        ["Basis", "Zie hoofdstuk Basisondersteuning", "School"],
        ["Extra in de school", "Arrangementen op maat: kleine groep, extra begeleiding, aangepast programma, "
                               "inzet ambulante begeleiding", "Ondersteuningsteam, met consulent SWV"],
        ["Bovenschools", "Bovenschoolse voorziening De Schakel (time-out en rebound, 24 plaatsen); "
                         "plusklas voor hoogbegaafde leerlingen; nieuwkomersvoorziening", "Loket SWV"],
        ["Specialistisch", "Vso cluster 4 in Lindeweide, vso cluster 3 in de buurregio, praktijkonderwijs, lwoo",
         "Zie Routeboek Toewijzing"],
    ])] + P(
        "Om te weten of het aanbod sluitend is, houdt het bureau een registratie bij van alle leerlingen "
        "voor wie binnen zes weken na aanmelding geen passende plek is gevonden, van wachtlijsten bij De "
        "Schakel en van thuiszitters. Twee keer per jaar bespreekt het directeurenoverleg deze registratie "
        "en spreekt het af welke school of welk bestuur actie onderneemt.",
        "Voor thuiszitters werken we met een thuiszitterstafel, samen met leerplicht en jeugdhulp. Elke "
        "leerling die langer dan vier weken niet naar school gaat, wordt daar binnen twee weken besproken; er "
        "wordt één regisseur aangewezen en er komt binnen zes weken een plan voor terugkeer naar onderwijs. "
        "Blijkt een voorziening te ontbreken, dan kan de directeur-bestuurder maatwerk inkopen.",
        "Voor onderwijs-zorgarrangementen werken we samen met de gemeenten: jeugdhulp in de school wordt door "
        "de gemeente bekostigd, het onderwijsdeel door het samenwerkingsverband.",
    )
    # ---- plaatsing missing (reference only) ----
    b += [("h1", "Toewijzing en toelaatbaarheid")] + P(
        "De procedure en de criteria voor toelaatbaarheid tot het vso en het praktijkonderwijs en voor de "
        "aanwijzing lwoo zijn vastgelegd in het Routeboek Toewijzing Lindeweide. Het routeboek wordt door het "
        "bestuur afzonderlijk vastgesteld en is te vinden op onze website onder 'Voor scholen'.",
        "Het routeboek wordt in het eerste planjaar geactualiseerd, zodat het aansluit op de nieuwe "
        "werkwijze van het loket.",
    )
    # ---- terugstroom partial (beleid yes, procedure no) ----
    b += [("h1", "Terug naar het regulier onderwijs")] + P(
        "Lindeweide wil dat plaatsing in het vso waar mogelijk tijdelijk is. Ons beleid is dat voor elke "
        "leerling in het vso jaarlijks wordt bekeken of terugkeer naar het regulier voortgezet onderwijs of "
        "overstap naar het mbo haalbaar is. Terugkeer is het uitgangspunt wanneer de leerling in een groep "
        "van normale omvang kan functioneren met de basisondersteuning en hooguit een arrangement in de "
        "school, en wanneer leerling en ouders de overstap willen.",
        "Een leerling die terugkeert, krijgt het eerste jaar een overgangsarrangement: ambulante begeleiding "
        "vanuit de vso-school, een vaste coach op de nieuwe school en een evaluatie na tien weken. Het "
        "samenwerkingsverband draagt de kosten van dit arrangement. Scholen die een teruggeplaatste leerling "
        "opnemen, kunnen niet worden verplicht tot meer dan zij volgens hun profiel bieden, maar spreken wel "
        "af dat zij zich maximaal inspannen.",
        "De procedurele stappen – wie het initiatief neemt, de momenten van evaluatie en de termijnen – "
        "staan in het Routeboek Toewijzing.",
        "In 2023-2024 keerden 12 leerlingen vanuit het vso terug naar het regulier onderwijs; in 2022-2023 "
        "waren dat er 9.",
    )
    # ---- ouders present ----
    b += [("h1", "Ouders en leerlingen")] + P(
        "We informeren ouders en leerlingen op verschillende manieren. Deze website heeft een aparte "
        "ouderpagina met uitleg over basisondersteuning, arrangementen en voorzieningen, en een veelgestelde-"
        "vragenlijst. Scholen geven bij aanmelding de folder 'Extra ondersteuning in Lindeweide' mee. "
        "Twee keer per jaar houden we een ouderavond, één keer in het najaar voor ouders van leerlingen in "
        "groep 8. In de schoolgids beschrijft elke school haar ondersteuning.",
        "Ouders en leerlingen die onafhankelijk advies willen, kunnen terecht bij het Ouder- en Jongerenpunt "
        "Lindeweide. Dit steunpunt is niet in dienst van een school of bestuur, luistert, geeft advies en "
        "kan meegaan naar gesprekken. Ook de landelijke Onderwijsconsulenten zijn kosteloos beschikbaar. "
        "Bij een geschil over toelating, verwijdering of het OPP kunnen ouders naar de Geschillencommissie "
        "passend onderwijs.",
        "Leerlingen praten mee via de leerlingenraad van het samenwerkingsverband en hebben hoorrecht bij "
        "hun OPP.",
    )
    # ---- resultaten present ----
    b += [("h1", "Resultaten en kwaliteitszorg")] + P(
        "We hebben voor deze planperiode vijf beoogde resultaten geformuleerd voor leerlingen met een "
        "ondersteuningsbehoefte:",
    ) + [("ol", [
        "Elke leerling met extra ondersteuning heeft een actueel OPP (streefwaarde 100 procent in 2027).",
        "Geen enkele leerling zit langer dan drie maanden thuis zonder onderwijsaanbod.",
        "Van de leerlingen die in De Schakel zijn geplaatst, keert 75 procent binnen een half jaar terug naar "
        "de eigen school.",
        "Het aantal terugplaatsingen vanuit het vso stijgt naar ten minste 15 per jaar.",
        "Ouders waarderen de ondersteuning gemiddeld met ten minste een 7.",
    ])] + P(
        "Het bureau verzamelt de gegevens per schooljaar uit de registratie van het loket, de monitor van "
        "thuiszitters en een jaarlijkse ouderenquête. De resultaten worden in een dashboard per school en "
        "voor het samenwerkingsverband als geheel weergegeven, besproken in het directeurenoverleg en met "
        "de OPR, en gerapporteerd in het jaarverslag. Waar de resultaten achterblijven, stelt het "
        "directeurenoverleg verbeteracties vast.",
    )
    # ---- financien partial (besteding yes, verdeling deferred) ----
    b += [("h1", "Financiën")] + P(
        "Het verdeelmodel wordt in het schooljaar 2025-2026 herzien. De uitkomst daarvan wordt na "
        "instemming van de OPR als aanvulling op dit ondersteuningsplan vastgesteld.",
        "De meerjarenbegroting hieronder laat zien waaraan de middelen in de planperiode worden besteed.",
    ) + [("table", [
        ["Lasten (x € 1.000)", "2025", "2026", "2027", "2028"],
        ["Budgetten voor besturen", "3.950", "3.900", "3.880", "3.860"],
        ["Lwoo en praktijkonderwijs", "6.120", "6.080", "6.030", "5.990"],
        ["De Schakel (time-out en rebound)", "1.180", "1.180", "1.200", "1.200"],
        ["Plusklas en nieuwkomersvoorziening", "420", "430", "430", "440"],
        ["Overgangsarrangementen terugkeer", "90", "110", "120", "130"],
        ["Maatwerk thuiszitters", "150", "150", "150", "150"],
        ["Bureau, loket en consulenten", "1.240", "1.250", "1.260", "1.270"],
        ["Totaal lasten", "13.150", "13.100", "13.070", "13.040"],
        ["Totaal baten", "12.890", "12.830", "12.790", "12.760"],
        ["Saldo", "-260", "-270", "-280", "-280"],
    ])] + P(
        "De tekorten worden gedekt uit de algemene reserve, die eind 2024 € 2,4 miljoen bedroeg. Aan het "
        "einde van de planperiode ligt de reserve naar verwachting onder de signaleringswaarde van de "
        "Inspectie.",
    )
    b += ontwikkelingen(c)
    b += oogo(c, rich=True)
    b += governance(c)
    b += totstandkoming(c)
    b += personeel(c, title="Personeel en ICT")
    b += kennisdeling(c)
    b += planning(c, [
        ["2025-2026", "Herziening verdeelmodel; actualisatie Routeboek Toewijzing; start dashboard"],
        ["2026-2027", "Uitbreiding De Schakel; evaluatie thuiszitterstafel"],
        ["2027-2028", "Tussenevaluatie resultaten"],
        ["2028-2029", "Eindevaluatie; nieuw plan"],
    ])
    b += begrippen("Afkortingenlijst", [
        ("LBT", "Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen"),
        ("LWOO", "Leerwegondersteunend onderwijs"),
        ("OPP", "Ontwikkelingsperspectief(plan)"),
        ("OPR", "Ondersteuningsplanraad"),
        ("PrO", "Praktijkonderwijs"),
        ("TLV", "Toelaatbaarheidsverklaring"),
        ("VSO", "Voortgezet speciaal onderwijs"),
    ])
    return b


LABEL_C = dict(
    documents=["vo-swv-lindeweide-op-2025-2029.html"], sector="vo",
    elements={"basisondersteuning": "present", "plaatsing": "missing", "terugstroom": "partial",
              "financien": "partial", "dekkend-aanbod": "present", "resultaten": "present",
              "ouders": "present"},
    false=["plaatsing.procedure", "plaatsing.criteria", "terugstroom.procedure", "financien.verdeling"],
    advisory={"basisondersteuning": ["borging"], "terugstroom": ["monitoring"], "financien": ["reserves"],
              "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
    notes={
        "basisondersteuning": "'Basisondersteuning': level for all vestigingen, content only in a table per thema; yearly kwaliteitsgesprek.",
        "plaatsing": "'Toewijzing en toelaatbaarheid' only refers to the separate Routeboek Toewijzing on the website; TLV otherwise only in kengetallen/afkortingen.",
        "terugstroom": "'Terug naar het regulier onderwijs': policy, conditions and overgangsarrangement, figures; procedural steps referred to the Routeboek.",
        "financien": "'Financien': meerjarenbegroting of lasten with amounts, reserve; verdeelmodel deferred ('wordt herzien ... als aanvulling vastgesteld').",
        "dekkend-aanbod": "'Het dekkend aanbod': continuum table, registratie of unplaced pupils/wachtlijsten/thuiszitters, thuiszitterstafel.",
        "resultaten": "'Resultaten en kwaliteitszorg': five targets; data sources, dashboard, reporting to OPR and jaarverslag.",
        "ouders": "'Ouders en leerlingen': ouderpagina, folder, avonden, schoolgids; independent Ouder- en Jongerenpunt, Onderwijsconsulenten, Geschillencommissie.",
    })


# ============================================================================================
# Plan D – PO, .docx – SWV Passend Onderwijs Heuvelzoom PO
# ============================================================================================
CD = dict(name="Samenwerkingsverband Passend Onderwijs Heuvelzoom", short="Heuvelzoom", code="PO 23-97",
          sector="po", kind="kind", region="Heuvelzoom", period="2025-2029", gen="derde", besturen=8,
          scholen=61, leerlingen="12.600", director="Hans Verbeek", opr_date="13 maart 2025",
          ab_date="27 maart 2025", oogo_date="6 maart 2025", fte="7,4",
          gemeenten=["Heuveldorp", "Zoomstad", "Rijckholt-Oost", "Bergvliet"],
          visie_title="Missie en visie", oogo_title="Overleg met gemeenten")


def plan_d():
    c = CD
    b = [("title", "Ondersteuningsplan 2025-2029"),
         ("subtitle", "Samenwerkingsverband Passend Onderwijs Heuvelzoom (PO 23-97)"),
         ("p", "Thema's: basisondersteuning, toelaatbaarheid sbo en so, terugplaatsing, passend aanbod, "
               "geld en middelen, kwaliteitszorg, ouders en communicatie"),
         ("pagebreak",), ("toc",), ("pagebreak",)]
    b += voorwoord(c)
    b += [("h1", "Inleiding")] + P(
        "Heuvelzoom is het samenwerkingsverband voor primair onderwijs in de gemeenten Heuveldorp, "
        "Zoomstad, Rijckholt-Oost en Bergvliet. Acht schoolbesturen met samen 58 basisscholen, twee scholen "
        "voor speciaal basisonderwijs en drie so-locaties (cluster 3 en 4) vormen samen het "
        "samenwerkingsverband.",
        "Dit plan volgt de wettelijke opbouw. Het beschrijft achtereenvolgens de basisondersteuning, de "
        "toelaatbaarheid tot sbo en so en de terugplaatsing, het passend aanbod in de regio, geld en middelen, "
        "kwaliteitszorg en communicatie. De hoofdstukken over organisatie, overleg met gemeenten, personeel "
        "en planning sluiten het plan af.",
    )
    b += [("h1", "Kengetallen")] + [("table", [
        ["Kengetal (1 oktober)", "2022", "2023", "2024"],
        ["Leerlingen basisonderwijs", "12.890", "12.744", "12.603"],
        ["Leerlingen sbo", "268", "275", "281"],
        ["Deelnamepercentage sbo", "2,04%", "2,11%", "2,16%"],
        ["Leerlingen so (cluster 3 en 4)", "187", "196", "204"],
        ["Deelnamepercentage so", "1,42%", "1,50%", "1,57%"],
        ["Afgegeven TLV's (sbo + so)", "118", "127", "133"],
    ])] + P(
        "De deelname aan het speciaal basisonderwijs en het speciaal onderwijs stijgt licht, terwijl het "
        "aantal leerlingen in het basisonderwijs daalt. Die ontwikkeling heeft gevolgen voor de "
        "beschikbare ondersteuningsmiddelen.",
    )
    b += visie(c)
    # ---- basisondersteuning present ----
    b += [("h1", "Basisondersteuning")] + P(
        "In Heuvelzoom verstaan we onder basisondersteuning het niveau van ondersteuning dat iedere "
        "basisschool van iedere aangesloten stichting biedt, op elke locatie. De besturen hebben dit niveau "
        "in 2024 opnieuw vastgesteld. Het is een ondergrens: scholen die meer kunnen, beschrijven dat in "
        "hun schoolondersteuningsprofiel.",
        "De basisondersteuning in Heuvelzoom bestaat uit:",
    ) + [("ul", [
        "een intern begeleider met ten minste één dag per week per 150 leerlingen;",
        "een zorgstructuur met groepsbesprekingen drie keer per jaar en leerlingbesprekingen waar nodig, "
        "volgens de cyclus van handelingsgericht werken;",
        "een leerlingvolgsysteem en een signaleringsinstrument voor sociaal-emotionele ontwikkeling, "
        "twee keer per jaar afgenomen;",
        "een dyslexieprotocol met vroegtijdige signalering in groep 2 en 3 en extra leesinstructie;",
        "een aanpak voor rekenproblemen, inclusief een protocol ernstige rekenproblemen en dyscalculie;",
        "een anti-pestprogramma en een aandachtsfunctionaris meldcode;",
        "een aanbod voor meer- en hoogbegaafde leerlingen binnen de groep (compacten en verrijken);",
        "een protocol medisch handelen en afspraken over fysieke toegankelijkheid;",
        "preventieve ambulante begeleiding: de school kan kosteloos een orthopedagoog van het "
        "samenwerkingsverband consulteren voor advies over een leerling of groep;",
        "een ontwikkelingsperspectief voor elke leerling die op een of meer vakken een eigen leerlijn volgt.",
    ])] + P(
        "Elke school legt in de jaarlijkse schoolzelfevaluatie vast of zij aan de basisondersteuning "
        "voldoet. De orthopedagoog van het samenwerkingsverband bespreekt dit eens per twee jaar met de "
        "directeur en intern begeleider. Wanneer een school op een onderdeel tekortschiet, maakt het bestuur "
        "een verbeterplan met een termijn van ten hoogste één schooljaar.",
        "Heeft een leerling meer nodig dan deze basisondersteuning, dan spreken we van extra ondersteuning.",
    )
    # ---- plaatsing present + terugstroom procedure inside ----
    b += [("h1", "Toelaatbaarheid sbo en so"), ("h2", "Procedure")] + P(
        "Een toelaatbaarheidsverklaring voor het speciaal basisonderwijs of het speciaal onderwijs wordt "
        "aangevraagd door het bevoegd gezag van de basisschool waar de leerling is ingeschreven. Voor een "
        "leerling die nog niet op school zit, vraagt de sbo- of so-school van aanmelding de verklaring aan. "
        "De aanvraag gaat via het digitale loket en bevat het groeidocument met het OPP, de evaluatie van de "
        "ingezette ondersteuning en relevante verslagen van onderzoek.",
        "De Commissie van Toelaatbaarheid (CvT) van het samenwerkingsverband beoordeelt de aanvraag. Twee "
        "deskundigen brengen ieder afzonderlijk schriftelijk advies uit: een orthopedagoog of psycholoog en "
        "een tweede deskundige die past bij de vraag van het kind, zoals een jeugdarts, een kinderpsychiater "
        "of een maatschappelijk werker. De deskundigen zijn niet betrokken geweest bij de begeleiding van "
        "het kind op de aanvragende school. De CvT besluit binnen zes weken na ontvangst van de volledige "
        "aanvraag; in spoedsituaties binnen tien werkdagen.",
    ) + [("h2", "Criteria")] + P(
        "Een leerling is toelaatbaar tot het speciaal basisonderwijs wanneer de basisschool ten minste twee "
        "OPP-cycli met extra ondersteuning heeft uitgevoerd en geëvalueerd, en de leerling daarnaast "
        "structureel een kleinere groep (ongeveer 15 leerlingen), meer instructietijd en een aangepaste "
        "leerlijn nodig heeft die de basisschool niet kan bieden. De leerling is toelaatbaar tot het speciaal "
        "onderwijs wanneer er bovendien sprake is van een ernstige beperking of stoornis (verstandelijk, "
        "lichamelijk, langdurig ziek of ernstige gedrags- en psychiatrische problematiek) waardoor de "
        "leerling specialistische behandeling of begeleiding gedurende de hele schooldag nodig heeft.",
        "De TLV sbo wordt afgegeven tot het einde van de basisschoolperiode, met een evaluatie na twee jaar. "
        "De TLV so wordt afgegeven voor twee schooljaren, in bekostigingscategorie laag, midden of hoog; de "
        "CvT kiest de categorie op basis van de beperking van de leerling zoals beschreven in het advies van "
        "de deskundigen.",
    ) + [("h2", "Afloop van de TLV en terugplaatsing")] + P(
        "In het laatste schooljaar waarvoor de TLV is afgegeven, evalueert de so-school vóór 1 maart het "
        "OPP. De school stuurt de evaluatie met een advies aan de CvT: terugplaatsing naar een basisschool, "
        "overplaatsing naar het sbo of voortzetting in het so. Bij voortzetting dient de so-school vóór "
        "1 april een nieuwe aanvraag in; de CvT besluit vóór 1 juni. Bij een advies tot terugplaatsing meldt "
        "de so-school de leerling vóór 1 mei aan bij de basisschool van voorkeur, die de aanmelding volgens "
        "de zorgplicht behandelt. Zonder nieuwe verklaring eindigt de TLV op 31 juli. Voor het sbo geldt "
        "dezelfde werkwijze bij de evaluatie na twee jaar.",
        "Een visie op terugplaatsing en de ondersteuning die daarbij hoort, werken we in het eerste planjaar "
        "samen met de sbo- en so-scholen uit.",
    )
    # ---- dekkend-aanbod missing (deferral only) ----
    b += [("h1", "Passend aanbod in de regio")] + P(
        "Het samenwerkingsverband laat in het schooljaar 2025-2026 een analyse uitvoeren van het aanbod in "
        "de regio. De uitkomsten en de keuzes die daaruit volgen, worden als voortgangsparagraaf aan dit "
        "plan toegevoegd nadat de OPR daarmee heeft ingestemd.",
    )
    # ---- financien present ----
    b += [("h1", "Geld en middelen")] + P(
        "Heuvelzoom ontvangt jaarlijks de rijksbekostiging voor lichte en zware ondersteuning. Daarvan gaat "
        "eerst een deel af: DUO houdt de bekostiging van so-leerlingen in en het samenwerkingsverband betaalt "
        "aan de sbo-scholen de groeibekostiging en het deel boven de 2 procent, volgens de telling op "
        "1 oktober en de peildatum 1 februari.",
        "Het resterende budget wordt als volgt verdeeld. Elk bestuur ontvangt een schoolbudget van € 155 per "
        "leerling op 1 oktober van het voorgaande jaar, plus een vaste voet van € 6.000 per school. Kleine "
        "scholen met minder dan 100 leerlingen krijgen een toeslag van € 3.000. Daarnaast houdt het "
        "samenwerkingsverband een centraal budget aan voor de CvT, de orthopedagogen en professionalisering. "
        "Het bestuur stelt de verdeling jaarlijks in december vast, na advies van het directeurenoverleg.",
    ) + [("table", [
        ["Meerjarenbegroting (bedragen x € 1.000)", "2025", "2026", "2027", "2028"],
        ["Rijksbijdrage ondersteuning", "9.840", "9.760", "9.690", "9.630"],
        ["Af: afdracht so via DUO", "-3.910", "-4.010", "-4.090", "-4.160"],
        ["Af: sbo groeibekostiging en boven 2%", "-1.120", "-1.150", "-1.170", "-1.190"],
        ["Beschikbaar", "4.810", "4.600", "4.430", "4.280"],
        ["Schoolbudgetten besturen", "2.320", "2.290", "2.260", "2.230"],
        ["Vaste voet en kleine-scholentoeslag", "402", "402", "396", "390"],
        ["CvT, orthopedagogen en loket", "980", "990", "1.000", "1.010"],
        ["Professionalisering", "210", "200", "190", "180"],
        ["Bureau en bestuur", "720", "730", "740", "750"],
        ["Saldo", "178", "-12", "-156", "-280"],
    ])] + P(
        "Door de stijgende afdrachten loopt het beschikbare budget terug. De reserve van € 1,6 miljoen "
        "(eind 2024) vangt de tekorten in 2026 tot en met 2028 op; het weerstandsvermogen blijft boven de "
        "ondergrens die de raad van toezicht heeft vastgesteld.",
        "De besturen verantwoorden jaarlijks vóór 1 mei hoe zij het schoolbudget hebben ingezet. Het "
        "samenwerkingsverband vat deze verantwoording samen in het jaarverslag.",
    )
    # ---- resultaten partial (monitoring yes, doelen deferred) ----
    b += [("h1", "Kwaliteitszorg")] + P(
        "Het samenwerkingsverband werkt met een jaarlijkse kwaliteitscyclus (plan-do-check-act). Het bureau "
        "houdt een dashboard bij met de deelnamepercentages sbo en so, het aantal afgegeven TLV's per school, "
        "de doorlooptijd van aanvragen en de uitkomsten van een tweejaarlijkse tevredenheidspeiling onder "
        "directeuren en intern begeleiders. Het dashboard wordt twee keer per jaar besproken in het "
        "directeurenoverleg en met de raad van toezicht; in het jaarverslag rapporteren we over de "
        "ontwikkeling van deze gegevens en de inzet van de middelen. In 2024 was de gemiddelde doorlooptijd "
        "van een aanvraag 5,5 week.",
        "De beoogde resultaten voor de komende jaren worden vastgelegd in de jaarplannen.",
    )
    # ---- communicatie (no parents) ----
    b += [("h1", "Communicatie")] + P(
        "Het samenwerkingsverband communiceert met scholen, besturen en ketenpartners via de website, een "
        "nieuwsbrief voor directeuren en intern begeleiders (zes keer per jaar) en een jaarlijkse "
        "netwerkdag. Op het besloten deel van de website vinden scholen formulieren, protocollen en de "
        "handleiding van het digitale loket.",
        "Het jaarverslag wordt elk jaar vóór 1 juli gepubliceerd.",
    )
    b += ontwikkelingen(c)
    b += oogo(c, rich=False)
    b += governance(c, opr_parents=False)
    b += totstandkoming(c)
    b += personeel(c)
    b += kennisdeling(c)
    b += planning(c, [
        ["2025-2026", "Analyse aanbod in de regio; visie terugplaatsing; jaarplan met resultaten"],
        ["2026-2027", "Voortgangsparagraaf aanbod en thuiszitters; herijking schoolbudget"],
        ["2027-2028", "Tussenevaluatie met besturen en OPR"],
        ["2028-2029", "Eindevaluatie en nieuw plan"],
    ])
    b += begrippen("Bijlage 1 – Begrippenlijst", [
        ("Dekkend aanbod", "Een samenhangend geheel van ondersteuningsvoorzieningen binnen en tussen scholen."),
        ("Ouder- en jeugdsteunpunt", "Onafhankelijk steunpunt waar ouders terecht kunnen met vragen."),
        ("Resultaten", "Beoogde en bereikte resultaten van het onderwijs aan leerlingen die extra ondersteuning nodig hebben."),
        ("SBO", "Speciaal basisonderwijs."),
        ("SO", "Speciaal onderwijs."),
        ("Thuiszitter", "Leerplichtig kind dat niet naar school gaat."),
        ("TLV", "Toelaatbaarheidsverklaring."),
    ])
    return b


LABEL_D = dict(
    documents=["po-swv-heuvelzoom-op-2025-2029.docx"], sector="po",
    elements={"basisondersteuning": "present", "plaatsing": "present", "terugstroom": "partial",
              "financien": "present", "dekkend-aanbod": "missing", "resultaten": "partial",
              "ouders": "missing"},
    false=["terugstroom.beleid", "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "resultaten.doelen",
           "ouders.informatie", "ouders.steunpunt"],
    advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie"],
              "financien": ["reserves", "verantwoording"], "resultaten": ["meetbaar"]},
    notes={
        "basisondersteuning": "'Basisondersteuning': minimum for every school/locatie, ten concrete provisions, borging via schoolzelfevaluatie + verbeterplan.",
        "plaatsing": "'Toelaatbaarheid sbo en so': procedure (bevoegd gezag, loket, CvT, two separate deskundigen, 6 weeks), sbo and so criteria, duration and categorie; no bezwaar.",
        "terugstroom": "Section 'Afloop van de TLV en terugplaatsing' inside the TLV chapter gives steps and dates; policy/support after return deferred ('werken we in het eerste planjaar uit').",
        "financien": "'Geld en middelen': EUR 155/leerling + vaste voet, afdrachten, meerjarenbegroting table, reserve, verantwoording before 1 May.",
        "dekkend-aanbod": "'Passend aanbod in de regio' only defers an analysis to a voortgangsparagraaf; OOGO is a procedural sentence only; thuiszitters only in planning/glossary.",
        "resultaten": "'Kwaliteitszorg': PDCA dashboard, reporting twice a year and in jaarverslag; beoogde resultaten deferred to jaarplannen.",
        "ouders": "No information channels or independent support; 'Communicatie' addresses schools and partners only; ouders only in passing (voorwoord/visie) and the glossary (ouder- en jeugdsteunpunt).",
    })


# ============================================================================================
# Plan E – PO, .pdf – SWV PO Polderrijk (kaderplan, thin on several elements)
# ============================================================================================
CE = dict(name="Samenwerkingsverband PO Polderrijk", short="Polderrijk", code="PO 27-98", sector="po",
          kind="kind", region="Polderrijk", period="2025-2029", gen="derde", besturen=5, scholen=44,
          leerlingen="8.900", director="Anneke Strijbosch", opr_date="4 maart 2025",
          ab_date="20 maart 2025", oogo_date="13 februari 2025", fte="6,1",
          gemeenten=["Polderwijk", "Noorderdijk", "Ketelmeer-Zuid"], gov_title="Governance en medezeggenschap",
          oogo_title="Gemeenten en jeugdhulp (OOGO)")


def plan_e():
    c = CE
    b = [("title", "Ondersteuningsplan Polderrijk 2025-2029"),
         ("subtitle", "Kaderplan van Samenwerkingsverband PO Polderrijk (PO 27-98)"),
         ("p", "Samen voor ieder kind – basisondersteuning, toewijzing, terugplaatsing, financiën en resultaten"),
         ("pagebreak",), ("toc",), ("pagebreak",)]
    b += voorwoord(c)
    b += [("h1", "Leeswijzer")] + P(
        "Dit is een kaderplan. Het legt vast welke afspraken de besturen samen maken; de uitwerking gebeurt "
        "in jaarplannen, in de begroting en in de schoolgidsen van de scholen. Waar een onderwerp in een "
        "ander document is uitgewerkt, verwijzen we daarnaar.",
        "Het plan begint met de context en de visie. Daarna volgen de hoofdstukken over basisondersteuning, "
        "toewijzing en toelaatbaarheid, terugplaatsing, het ondersteuningsaanbod en thuiszitters, ouders, "
        "financiën en kwaliteit. De laatste hoofdstukken gaan over gemeenten, governance, personeel en de "
        "planning.",
    )
    b += [("h1", "Context")] + P(
        "Polderrijk omvat de gemeenten Polderwijk, Noorderdijk en Ketelmeer-Zuid. Vijf besturen met samen "
        "41 basisscholen, één school voor speciaal basisonderwijs (De Wending) en twee so-locaties werken "
        "samen. Veel scholen zijn klein: zeventien scholen hebben minder dan honderd leerlingen. De afstanden "
        "in het gebied zijn groot, wat gevolgen heeft voor het leerlingenvervoer naar sbo en so.",
    ) + [("table", [
        ["Kengetal 1 oktober 2024", "Aantal"],
        ["Leerlingen basisonderwijs", "8.640"],
        ["Leerlingen sbo De Wending", "164"],
        ["Leerlingen so (cluster 3 en 4)", "121"],
        ["Scholen met minder dan 100 leerlingen", "17"],
    ])]
    b += visie(c)
    # ---- basisondersteuning missing (deferral) ----
    b += [("h1", "Basisondersteuning")] + P(
        "Het ministerie werkt aan een landelijke norm voor basisondersteuning. In afwachting daarvan stellen "
        "wij in dit plan geen eigen niveau vast. Het kader basisondersteuning uit 2019 is per 1 augustus 2025 "
        "vervallen; zodra de landelijke norm bekend is, stellen de besturen een nieuw kader vast en voegen we "
        "dat als bijlage aan dit plan toe.",
    )
    # ---- plaatsing present ----
    b += [("h1", "Toewijzing en toelaatbaarheid")] + P(
        "Kan een basisschool een leerling ondanks extra inspanningen niet de ondersteuning bieden die nodig "
        "is, dan kan het schoolbestuur een toelaatbaarheidsverklaring aanvragen voor sbo De Wending of voor "
        "het speciaal onderwijs. De route verloopt in vier stappen.",
    ) + [("table", [
        ["Stap", "Wat gebeurt er", "Wie", "Termijn"],
        ["1 Voorbereiding", "Bespreking in het multidisciplinair overleg (MDO) met ouders, intern begeleider, "
                            "consulent SWV; ouders geven hun zienswijze op de aanvraag", "School", "–"],
        ["2 Aanvraag", "Groeidocument met OPP, evaluaties en zienswijze ouders via het loket", "Schoolbestuur",
         "–"],
        ["3 Advies", "Twee deskundigen geven elk een eigen schriftelijk advies: een orthopedagoog of "
                     "GZ-psycholoog en een tweede deskundige (jeugdarts, maatschappelijk werker of "
                     "kinderpsychiater)", "Commissie Toewijzing", "binnen 4 weken"],
        ["4 Besluit", "Besluit over toelaatbaarheid, duur en (bij so) bekostigingscategorie", "Directeur-bestuurder "
                      "op advies van de Commissie Toewijzing", "binnen 6 weken na volledige aanvraag"],
    ])] + P(
        "Een leerling is toelaatbaar tot het sbo als de leerachterstand op ten minste twee gebieden groter is "
        "dan anderhalf jaar, de ontwikkeling ondanks twee evaluaties van het OPP stagneert en de leerling "
        "voor een groot deel van de dag instructie in een kleine groep nodig heeft. Een leerling is "
        "toelaatbaar tot het so bij een ernstige verstandelijke, lichamelijke of medische beperking of bij "
        "ernstige gedrags- of psychiatrische problematiek die gedurende de hele schooldag specialistische "
        "begeleiding vraagt, vastgesteld door de deskundigen.",
        "De TLV geldt voor ten hoogste twee schooljaren en eindigt op 31 juli. Voor so-leerlingen bepaalt "
        "het besluit de bekostigingscategorie laag, midden of hoog. Ouders ontvangen een afschrift van beide "
        "adviezen. Ouders kunnen binnen zes weken bezwaar maken; het samenwerkingsverband vraagt dan advies "
        "aan de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen.",
    )
    # ---- terugstroom present ----
    b += [("h1", "Terugplaatsing en overplaatsing")] + P(
        "Polderrijk gaat ervan uit dat een leerling alleen zo lang in het sbo of so verblijft als nodig is. "
        "Terugplaatsing naar een basisschool in de buurt is het doel zodra de leerling met de ondersteuning "
        "van die school verder kan. We willen voorkomen dat kinderen door de grote afstanden in ons gebied "
        "langer dan nodig buiten hun dorp naar school gaan.",
        "Uiterlijk in januari van het laatste TLV-jaar organiseert de sbo- of so-school een evaluatiegesprek "
        "met ouders, de consulent van het samenwerkingsverband en, als terugplaatsing in beeld is, de intern "
        "begeleider van de beoogde basisschool. De Commissie Toewijzing besluit vóór 1 april over een nieuwe "
        "TLV of over terugplaatsing. Bij terugplaatsing start de leerling na de zomervakantie op de "
        "basisschool, met een terugplaatsingsarrangement van een half jaar: zes uur per week begeleiding "
        "door een leerkracht van De Wending of de so-school, bekostigd door het samenwerkingsverband. Na tien "
        "weken volgt een evaluatie.",
        "In 2023-2024 zijn 14 leerlingen teruggeplaatst, van wie 12 een jaar later nog op de basisschool "
        "zaten.",
    )
    # ---- dekkend-aanbod partial (continuum referred to annex, lacunes yes) ----
    b += [("h1", "Ondersteuningsaanbod en thuiszitters")] + P(
        "Een overzicht van de arrangementen en voorzieningen in Polderrijk is opgenomen in de "
        "Arrangementenkaart (bijlage 3).",
        "Voor kinderen die (dreigen te) thuiszitten, heeft Polderrijk een vaste aanpak. Scholen melden elk "
        "kind dat langer dan twee weken niet of gedeeltelijk naar school gaat bij het samenwerkingsverband en "
        "de leerplichtambtenaar. Binnen tien werkdagen is er een overleg met ouders, school, leerplicht en "
        "jeugdhulp, waarin één regisseur wordt aangewezen. Lukt het niet binnen drie maanden een passende "
        "plek te vinden, dan legt de directeur-bestuurder het kind voor aan de bestuurders, die samen "
        "doorzettingsmacht hebben. Twee keer per jaar brengt het bureau in beeld voor welke kinderen geen "
        "passende plek is gevonden en welke voorzieningen ontbreken; in 2024 bleek vooral een tekort aan "
        "plekken voor jonge kinderen met een ernstige taalontwikkelingsstoornis, waarvoor we met cluster 2 "
        "een tussenvoorziening hebben afgesproken.",
    )
    # ---- ouders partial (informatie deferred, steunpunt yes) ----
    b += [("h1", "Ouders")] + P(
        "De informatievoorziening aan ouders herzien we in het schooljaar 2025-2026; een nieuwe ouderwebsite "
        "en een ouderfolder volgen.",
        "Ouders die onafhankelijke hulp zoeken, kunnen terecht bij het Ouder- en Jeugdsteunpunt Polderrijk. "
        "Het steunpunt is onafhankelijk van scholen en besturen, is bereikbaar via telefoon en e-mail en "
        "helpt ouders bij vragen en bij onenigheid met school, bijvoorbeeld door mee te gaan naar een "
        "gesprek of een bemiddelaar in te schakelen. Daarnaast kunnen ouders kosteloos een beroep doen op de "
        "Onderwijsconsulenten. Klachten over het samenwerkingsverband worden behandeld volgens de "
        "klachtenregeling; geschillen over toelating, verwijdering en het OPP kunnen worden voorgelegd aan "
        "de Geschillencommissie passend onderwijs.",
        "Ouders zijn betrokken bij het MDO en bij de aanvraag van een TLV, en hebben zitting in de OPR.",
    )
    # ---- financien missing (reference) ----
    b += [("h1", "Financiën")] + P(
        "De begroting, het verdeelmodel en de meerjarenraming stellen wij jaarlijks vast in een afzonderlijk "
        "begrotingsdocument. Dat document is op te vragen bij het bureau van het samenwerkingsverband en "
        "maakt geen deel uit van dit kaderplan.",
    )
    # ---- resultaten missing (deferral) ----
    b += [("h1", "Kwaliteit")] + P(
        "Het samenwerkingsverband ontwikkelt in de planperiode een systematiek voor kwaliteitszorg. Daarin "
        "komt aan de orde wat we willen bereiken en hoe we dat volgen. Tot die tijd volstaat het jaarverslag.",
    )
    b += ontwikkelingen(c)
    b += oogo(c, rich=True)
    b += governance(c)
    b += totstandkoming(c)
    b += personeel(c)
    b += kennisdeling(c)
    b += planning(c, [
        ["2025-2026", "Nieuwe ouderwebsite; start systematiek kwaliteitszorg"],
        ["2026-2027", "Kader basisondersteuning na landelijke norm; actualisatie Arrangementenkaart"],
        ["2027-2028", "Tussenevaluatie"],
        ["2028-2029", "Eindevaluatie en nieuw plan"],
    ])
    b += begrippen("Begrippenlijst", [
        ("Basisondersteuning", "Het geheel van preventieve en licht curatieve interventies dat elke school biedt."),
        ("Beoogde resultaten", "Wat het samenwerkingsverband wil bereiken voor leerlingen met een ondersteuningsbehoefte."),
        ("Meerjarenbegroting", "Begroting voor de komende vier jaar."),
        ("MDO", "Multidisciplinair overleg."),
        ("OPP", "Ontwikkelingsperspectiefplan."),
        ("Schoolondersteuningsprofiel", "Beschrijving van de ondersteuning die een school biedt."),
        ("Verdeelmodel", "Model voor de verdeling van de ondersteuningsmiddelen over de besturen."),
    ])
    return b


LABEL_E = dict(
    documents=["po-swv-polderrijk-op-2025-2029.pdf"], sector="po",
    elements={"basisondersteuning": "missing", "plaatsing": "present", "terugstroom": "present",
              "financien": "missing", "dekkend-aanbod": "partial", "resultaten": "missing",
              "ouders": "partial"},
    false=["basisondersteuning.niveau", "basisondersteuning.inhoud", "financien.verdeling",
           "financien.besteding", "dekkend-aanbod.continuum", "resultaten.doelen", "resultaten.monitoring",
           "ouders.informatie"],
    advisory={"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"], "terugstroom": ["monitoring"],
              "dekkend-aanbod": ["ketenpartners"], "ouders": ["betrokkenheid"]},
    notes={
        "basisondersteuning": "'Basisondersteuning' only says no level is set pending the landelijke norm (old kader lapsed, new one 'voegen we toe'); term otherwise only in title/TOC/glossary.",
        "plaatsing": "'Toewijzing en toelaatbaarheid': four-step table (MDO, loket, two deskundigen, besluit within 6 weeks), sbo and so criteria, duration, categorie, LBT bezwaar.",
        "terugstroom": "'Terugplaatsing en overplaatsing': policy (thuisnabij), January evaluation, decision before 1 April, terugplaatsingsarrangement, 14 returns.",
        "financien": "'Financien' only refers to a separate begrotingsdocument not part of the plan.",
        "dekkend-aanbod": "'Ondersteuningsaanbod en thuiszitters': continuum only in absent 'Arrangementenkaart (bijlage 3)'; thuiszitters approach and gap inventory present; OOGO jeugdhulp cooperation.",
        "resultaten": "'Kwaliteit' defers the whole system ('ontwikkelt in de planperiode'); no goals or monitoring.",
        "ouders": "'Ouders': information channels deferred ('herzien we ... volgen'); independent Ouder- en Jeugdsteunpunt, Onderwijsconsulenten, klachten/Geschillencommissie present.",
    })


# ============================================================================================
# Near-miss F – a VO school's own 'ondersteuningsplan' (school level, not an SWV plan)
# ============================================================================================

def near_miss_f():
    b = [("title", "Ondersteuningsplan 2025-2026"),
         ("subtitle", "Het Baken College – vmbo, havo, vwo – locatie Valkenhorst"),
         ("p", "Vastgesteld door de schoolleiding na advies van de medezeggenschapsraad, september 2025"),
         ("pagebreak",), ("toc",), ("pagebreak",)]
    b += [("h1", "Inleiding")] + P(
        "Dit ondersteuningsplan beschrijft hoe Het Baken College, locatie Valkenhorst, de ondersteuning van "
        "haar leerlingen in het schooljaar 2025-2026 organiseert. Het plan is bedoeld voor medewerkers, "
        "ouders en leerlingen en vult het schoolondersteuningsprofiel aan. Het Baken College is aangesloten "
        "bij Samenwerkingsverband VO Dommeldal; het ondersteuningsplan van het samenwerkingsverband is te "
        "vinden op de website van het samenwerkingsverband.",
        "Onze school telt 1.240 leerlingen, verdeeld over vmbo-basis, vmbo-kader, mavo, havo en vwo. Ongeveer "
        "11 procent van onze leerlingen heeft een lwoo-aanwijzing. Het ondersteuningsteam bestaat uit twee "
        "ondersteuningscoördinatoren, een orthopedagoog, een schoolmaatschappelijk werker en een "
        "zorg- en veiligheidscoördinator.",
    )
    b += [("h1", "Zorgniveaus op onze school")] + P(
        "Wij werken met vier zorgniveaus. Niveau 1 is de ondersteuning door de mentor en de vakdocent in de "
        "klas. Niveau 2 is ondersteuning door de mentor met hulp van de teamleider, bijvoorbeeld extra "
        "gesprekken of een aangepast rooster. Niveau 3 is ondersteuning door het ondersteuningsteam, zoals "
        "faalangsttraining, een studiecoach of begeleiding door de orthopedagoog. Niveau 4 is ondersteuning "
        "waarvoor we de hulp van buiten de school inschakelen: het samenwerkingsverband, jeugdhulp of een "
        "andere school.",
        "Elke leerling heeft een mentor die het eerste aanspreekpunt is voor leerling en ouders. De mentor "
        "voert ten minste zes keer per jaar een coachgesprek. In de leerlingbespreking, drie keer per jaar per "
        "leerjaar, bespreken docenten welke leerlingen extra aandacht nodig hebben.",
    )
    b += [("h1", "Basisondersteuning op Het Baken")] + P(
        "Als school in Dommeldal bieden wij de basisondersteuning die in het samenwerkingsverband is "
        "afgesproken. Concreet betekent dat op onze locatie: een huiswerkklas op vier middagen per week, "
        "een dyslexiecoach, SoVa- en faalangsttrainingen, een time-outruimte met vaste begeleider, een "
        "plusprogramma voor vwo-leerlingen en een protocol medisch handelen.",
        "Leerlingen met dyslexie krijgen op vertoon van een verklaring extra tijd en voorleessoftware. "
        "Leerlingen met een chronische ziekte maken met de ondersteuningscoördinator afspraken over "
        "toetsing en aanwezigheid.",
    )
    b += [("h1", "Extra ondersteuning en arrangementen")] + P(
        "Heeft een leerling meer nodig dan de basisondersteuning, dan stelt het ondersteuningsteam met "
        "leerling en ouders een ontwikkelingsperspectief op. De school kan dan een arrangement inzetten: de "
        "trajectklas van onze school, begeleiding door de orthopedagoog of een plaatsing in de tijdelijke "
        "voorziening van het samenwerkingsverband. Het budget dat wij van het samenwerkingsverband "
        "ontvangen, bedraagt dit schooljaar € 201.000; wij besteden het aan de trajectklas (€ 118.000), de "
        "orthopedagoog (€ 54.000) en trainingen (€ 29.000).",
    )
    b += [("h1", "Aanvraag van een TLV voor het vso")] + P(
        "Als wij een leerling ook met extra ondersteuning niet passend onderwijs kunnen bieden, bespreken wij "
        "met ouders de mogelijkheid van het voortgezet speciaal onderwijs. De ondersteuningscoördinator "
        "bereidt dan samen met ouders de aanvraag voor een toelaatbaarheidsverklaring voor; het "
        "samenwerkingsverband besluit. Wij voegen het OPP en het verslag van het ondersteuningsteam toe.",
        "Leerlingen die vanuit het vso naar onze school terugkeren, krijgen een vaste coach en een "
        "startgesprek met ouders en de ambulant begeleider. Na tien weken evalueren wij hoe het gaat.",
    )
    b += [("h1", "Lwoo en de overstap van de basisschool")] + P(
        "Bij aanmelding van een leerling met een lwoo-advies vragen wij het onderwijskundig rapport en de "
        "testgegevens op. Onze zorgcoördinator vraagt de lwoo-aanwijzing aan bij het samenwerkingsverband. "
        "Met de basisscholen in de omgeving hebben wij een warme overdracht: in mei bezoekt onze "
        "brugklascoördinator de groep-8-leerkrachten.",
    )
    b += [("h1", "Ouders en leerlingen")] + P(
        "Wij informeren ouders via de schoolgids, de website van de school, het ouderportaal en de "
        "ouderavonden aan het begin van het schooljaar. Voor vragen over ondersteuning kunnen ouders terecht "
        "bij de mentor en de ondersteuningscoördinator. Bij onvrede geldt de klachtenregeling van de school; "
        "ouders kunnen ook contact opnemen met het Ouder- en Jongerensteunpunt Dommeldal of met de "
        "Onderwijsconsulenten.",
        "De medezeggenschapsraad van de school heeft dit plan besproken. De leerlingenraad is gevraagd om "
        "mee te denken over de huiswerkklas en de time-outruimte.",
    )
    b += [("h1", "Evaluatie")] + P(
        "Aan het einde van het schooljaar evalueert het ondersteuningsteam dit plan. We kijken naar het aantal "
        "leerlingen met een OPP (doel: elk OPP twee keer per jaar geëvalueerd), het aantal verwijzingen naar "
        "het vso, het verzuim en de tevredenheid van leerlingen over de begeleiding. De uitkomsten worden "
        "besproken met de medezeggenschapsraad en verwerkt in het plan voor 2026-2027.",
    )
    b += begrippen("Afkortingen", [
        ("Lwoo", "Leerwegondersteunend onderwijs"), ("OPP", "Ontwikkelingsperspectief"),
        ("SWV", "Samenwerkingsverband"), ("TLV", "Toelaatbaarheidsverklaring"),
        ("Vso", "Voortgezet speciaal onderwijs"),
    ])
    return b


# ============================================================================================

def label(name, spec):
    false = set(spec["false"])
    assert false <= set(CORE), false - set(CORE)
    crit = {k: (k not in false) for k in CORE}
    write_label(name, spec["documents"], spec["sector"], True, spec["elements"], crit, spec["advisory"],
                spec["notes"])


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    write_docx(plan_a(), OUT / "vo-swv-dommeldal-op-2025-2029.docx",
               header="Ondersteuningsplan 2025-2029 | SWV VO Dommeldal | basisondersteuning – toelaatbaarheid – terugplaatsing – middelen – ouders")
    label("vo-swv-dommeldal-op-2025-2029", LABEL_A)

    docx_to_pdf(plan_b(), OUT / "vo-swv-kempenrand-op-2026-2030.pdf",
                header="Kempenrand VO | Ondersteuningsplan 2026-2030 | terugplaatsing, resultaten en financiën op hoofdlijnen")
    label("vo-swv-kempenrand-op-2026-2030", LABEL_B)

    write_html(plan_c(), OUT / "vo-swv-lindeweide-op-2025-2029.html",
               title="Samenwerkingsverband VO Lindeweide – Ondersteuningsplan 2025-2029")
    label("vo-swv-lindeweide-op-2025-2029", LABEL_C)

    write_docx(plan_d(), OUT / "po-swv-heuvelzoom-op-2025-2029.docx",
               header="SWV Heuvelzoom PO 23-97 | Ondersteuningsplan 2025-2029 | ouders – dekkend aanbod – resultaten")
    label("po-swv-heuvelzoom-op-2025-2029", LABEL_D)

    docx_to_pdf(plan_e(), OUT / "po-swv-polderrijk-op-2025-2029.pdf",
                header="Polderrijk PO 27-98 | Ondersteuningsplan 2025-2029 | basisondersteuning, financiën, resultaten, ouders")
    label("po-swv-polderrijk-op-2025-2029", LABEL_E)

    write_docx(near_miss_f(), OUT / "vo-school-het-baken-ondersteuningsplan-2025-2026.docx",
               header="Het Baken College | Ondersteuningsplan 2025-2026")
    write_label("vo-school-het-baken-ondersteuningsplan-2025-2026",
                ["vo-school-het-baken-ondersteuningsplan-2025-2026.docx"], "vo", False, {}, {}, {},
                {"looks_like_plan": "School-level 'ondersteuningsplan' of one VO school (zorgniveaus, mentor, "
                 "school budget, MR of the school); it belongs to SWV VO Dommeldal but is not the SWV's plan: "
                 "no OPR/OOGO, no planperiode of the verband, the SWV decides TLVs elsewhere."})


if __name__ == "__main__":
    main()
