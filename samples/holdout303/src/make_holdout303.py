#!/usr/bin/env python3
"""Generate the holdout303 test set: five fictional ondersteuningsplannen (PO and VO) and one
near-miss document, plus one <name>.expected.yaml label file per document.

Deterministic, no network. Output goes to the folder above this script's folder.
PDFs are rendered from a temporary .docx with LibreOffice (soffice --headless).
"""
import html
import shutil
import subprocess
import tempfile
from pathlib import Path

import yaml
from docx import Document
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
# tiny document model: list of (kind, payload)
#   ("title", [lines])  ("toc", [lines])  ("h1", text)  ("h2", text)  ("p", text)
#   ("ul", [items])  ("table", [[cells], ...])  ("pb", None)
# --------------------------------------------------------------------------------------------

def render_docx(blocks, path, header=None, footer=None):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    if header:
        sec.header.paragraphs[0].text = header
    if footer:
        sec.footer.paragraphs[0].text = footer
    for kind, val in blocks:
        if kind == "title":
            for i, line in enumerate(val):
                para = doc.add_paragraph()
                run = para.add_run(line)
                run.bold = i == 0
                run.font.size = Pt(22 if i == 0 else 13)
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "toc":
            doc.add_paragraph().add_run("Inhoudsopgave").bold = True
            for line in val:
                doc.add_paragraph(line)
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "h1":
            doc.add_heading(val, level=1)
        elif kind == "h2":
            doc.add_heading(val, level=2)
        elif kind == "p":
            doc.add_paragraph(val)
        elif kind == "ul":
            for item in val:
                doc.add_paragraph(item, style="List Bullet")
        elif kind == "table":
            t = doc.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for r, row in enumerate(val):
                for c, cell in enumerate(row):
                    t.cell(r, c).text = cell
            doc.add_paragraph()
        elif kind == "pb":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    doc.save(str(path))


def render_pdf(blocks, path, header=None, footer=None):
    tmp = Path(tempfile.mkdtemp(prefix="holdout303_gen_"))
    try:
        src = tmp / (path.stem + ".docx")
        render_docx(blocks, src, header, footer)
        prof = tmp / "lo_profile"
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless",
                        "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        shutil.copyfile(tmp / (path.stem + ".pdf"), path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def render_html(blocks, path, header=None, footer=None):
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head><meta charset=\"utf-8\">"]
    title = next(v[0] for k, v in blocks if k == "title")
    out.append(f"<title>{e(title)}</title></head><body>")
    if header:
        out.append(f'<header class="site-header"><p>{e(header)}</p></header>')
    out.append("<main>")
    for kind, val in blocks:
        if kind == "title":
            out.append(f"<h1 class=\"doc-title\">{e(val[0])}</h1>")
            for line in val[1:]:
                out.append(f'<p class="subtitle">{e(line)}</p>')
        elif kind == "toc":
            out.append('<nav class="toc"><h2>Inhoud</h2><ol>')
            out.extend(f"<li>{e(x)}</li>" for x in val)
            out.append("</ol></nav>")
        elif kind == "h1":
            out.append(f"<h2>{e(val)}</h2>")
        elif kind == "h2":
            out.append(f"<h3>{e(val)}</h3>")
        elif kind == "p":
            out.append(f"<p>{e(val)}</p>")
        elif kind == "ul":
            out.append("<ul>" + "".join(f"<li>{e(x)}</li>" for x in val) + "</ul>")
        elif kind == "table":
            out.append("<table border=\"1\">")
            out.append("<tr>" + "".join(f"<th>{e(c)}</th>" for c in val[0]) + "</tr>")
            for row in val[1:]:
                out.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in row) + "</tr>")
            out.append("</table>")
    out.append("</main>")
    if footer:
        out.append(f'<footer><p>{e(footer)}</p></footer>')
    out.append("</body></html>")
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def render_txt(blocks, path, header=None, footer=None):
    out = []
    for kind, val in blocks:
        if kind == "title":
            out.extend(val)
            out.append("")
        elif kind == "toc":
            out.append("INHOUD")
            out.extend(val)
            out.append("")
        elif kind == "h1":
            out += ["", val.upper(), "=" * len(val)]
        elif kind == "h2":
            out += ["", val, "-" * len(val)]
        elif kind == "p":
            out += [val, ""]
        elif kind == "ul":
            out += [f"- {x}" for x in val] + [""]
        elif kind == "table":
            out += [" | ".join(r) for r in val] + [""]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def words(blocks):
    n = 0
    for kind, val in blocks:
        if kind in ("p", "h1", "h2"):
            n += len(val.split())
        elif kind in ("ul", "title", "toc"):
            n += sum(len(x.split()) for x in val)
        elif kind == "table":
            n += sum(len(c.split()) for r in val for c in r)
    return n


def write_label(name, documents, sector, elements, criteria, advisory, notes, looks_like_plan=True):
    data = {"documents": documents, "sector": sector, "looks_like_plan": looks_like_plan,
            "elements": elements, "criteria": criteria}
    if looks_like_plan:
        assert set(criteria) == set(CORE), name
        for el in ELEMENTS:
            vals = [criteria[c] for c in CORE if c.startswith(el + ".")]
            adv = advisory.get(el, [])
            want = "present" if all(vals) else ("partial" if any(vals) or adv else "missing")
            assert elements[el] == want, (name, el, elements[el], want)
    data["advisory_addressed"] = advisory
    data["notes"] = notes
    (OUT / f"{name}.expected.yaml").write_text(
        yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=1000), encoding="utf-8")


def crit(**false_ones):
    c = {k: True for k in CORE}
    for k in false_ones.get("false", []):
        c[k] = False
    return c


# --------------------------------------------------------------------------------------------
# element-neutral filler shared in spirit by real plans (each plan phrases it in its own way)
# --------------------------------------------------------------------------------------------

def governance(name, bestuur, n_besturen):
    return [
        ("p", f"{name} is een stichting in de zin van de wet. In de stichting werken {n_besturen} schoolbesturen "
              f"samen. De statuten regelen de scheiding tussen bestuur en intern toezicht: de {bestuur} is belast met "
              "het besturen van de stichting en legt verantwoording af aan de Raad van Toezicht, die bestaat uit "
              "vijf leden, van wie twee op voordracht van de schoolbesturen en drie onafhankelijk. De algemene "
              "vergadering van aangesloten besturen komt twee keer per jaar bijeen en heeft bevoegdheden bij "
              "statutenwijziging, fusie en ontbinding. Een geschillenregeling is in de statuten opgenomen."),
        ("p", "Het bureau van het samenwerkingsverband is gevestigd in een gedeeld kantoor met de leerplichtafdeling "
              "van de regio. Op het bureau werken een bestuurssecretaris, een controller, een beleidsmedewerker "
              "kwaliteit, een officemanager en een team van consulenten en orthopedagogen. De formatie van het "
              "bureau is de afgelopen jaren bewust klein gehouden. Het bestuur hanteert een governancecode die "
              "is afgeleid van de code Goed Bestuur in het primair en voortgezet onderwijs. Jaarlijks evalueert "
              "de Raad van Toezicht het eigen functioneren en dat van de bestuurder."),
        ("p", "Het directeurenoverleg, waarin een afvaardiging van de schoolleiders zitting heeft, adviseert de "
              "bestuurder over de uitvoering van het beleid. Daarnaast zijn er werkgroepen die tijdelijk aan een "
              "thema werken. De besluitvorming over beleid ligt altijd bij het bestuur; de werkgroepen bereiden voor. "
              "Wij vinden het belangrijk dat besluiten dicht bij de praktijk worden voorbereid en dat schoolleiders "
              "zich eigenaar voelen van wat wij samen afspreken."),
    ]


def personeel(name):
    return [
        ("p", f"De kwaliteit van passend onderwijs wordt bepaald door de mensen in de klas. {name} investeert daarom "
              "in de deskundigheid van leraren, intern begeleiders, ondersteuningscoördinatoren en schoolleiders. "
              "Het samenwerkingsverband heeft geen eigen onderwijzend personeel in dienst; medewerkers van "
              "bovenschoolse voorzieningen zijn in dienst van een van de besturen en worden via een "
              "detacheringsovereenkomst ingezet. Het bureau zelf telt ongeveer twaalf fte."),
        ("p", "Professionalisering organiseren wij via een jaarlijks scholingsaanbod, netwerkbijeenkomsten per thema "
              "en een leergang voor nieuwe intern begeleiders. Het aanbod wordt samengesteld op basis van de vragen "
              "die scholen ons stellen. Onderwerpen die de komende jaren terugkeren zijn gedrag in de klas, "
              "executieve functies, omgaan met angst en somberheid, meertaligheid en samenwerken met jeugdhulp. "
              "Wij merken dat het lerarentekort ook het werk aan passend onderwijs raakt; scholen hebben minder ruimte "
              "om collega's vrij te roosteren voor scholing. Daarom bieden wij een deel van het aanbod digitaal en "
              "na schooltijd aan."),
        ("p", "Voor de eigen medewerkers van het bureau geldt een gesprekscyclus met een startgesprek, een "
              "voortgangsgesprek en een beoordelingsgesprek. Het ziekteverzuim op het bureau was de afgelopen jaren "
              "laag. Bij vacatures streven wij naar een team dat de diversiteit van de regio weerspiegelt."),
    ]


def ict_privacy(name):
    return [
        ("p", f"{name} verwerkt persoonsgegevens van leerlingen voor zover dat nodig is voor de wettelijke taken. "
              "Het gaat dan om gegevens in aanvragen en adviezen, waaronder gegevens over gezondheid. Wij houden ons "
              "aan de Algemene verordening gegevensbescherming. Er is een functionaris gegevensbescherming "
              "aangesteld die wordt gedeeld met twee andere samenwerkingsverbanden. Dossiers worden bewaard tot drie "
              "jaar na het laatste besluit en daarna vernietigd. Alleen medewerkers die de gegevens voor hun taak "
              "nodig hebben, hebben toegang."),
        ("p", "Aanvragen en dossiers worden digitaal uitgewisseld via een beveiligde omgeving. Scholen gebruiken "
              "daarvoor een eigen account; e-mail wordt niet gebruikt voor het versturen van leerlingdossiers. Het "
              "samenwerkingsverband werkt met een verwerkersovereenkomst met de leverancier van het digitale "
              "systeem. Jaarlijks laten wij een beveiligingstoets uitvoeren. Datalekken worden gemeld bij de "
              "functionaris en zo nodig bij de Autoriteit Persoonsgegevens."),
        ("p", "De ICT-voorzieningen van het bureau zijn ondergebracht bij een externe beheerder. Medewerkers werken "
              "met laptops en tweestapsverificatie. Videobellen is sinds 2020 een vast onderdeel van het overleg met "
              "scholen geworden, al kiezen wij voor gesprekken over een individuele leerling bij voorkeur een fysieke "
              "ontmoeting."),
    ]


def vaststelling(name, datum_oogo, datum_opr, datum_ab, gemeenten, opr_parents=True):
    opr = ("De ondersteuningsplanraad (OPR) bestaat uit zes leden: drie personeelsleden en drie ouders (in het vo: "
           "ouders of leerlingen), afgevaardigd door de medezeggenschapsraden van de aangesloten scholen. "
           if opr_parents else
           "De ondersteuningsplanraad (OPR) is de medezeggenschapsraad van het samenwerkingsverband. ")
    return [
        ("p", f"Dit plan is tot stand gekomen in een traject van ruim een jaar. Schoolleiders, ondersteuners en "
              f"bestuurders hebben in werksessies meegedacht. Het concept is besproken in het op overeenstemming "
              f"gericht overleg (OOGO) met de gemeenten {gemeenten}; dat overleg is op {datum_oogo} met "
              f"overeenstemming afgerond. Ook is het concept besproken met het samenwerkingsverband in de andere "
              f"sector waarvan het gebied overlapt."),
        ("p", opr + f"De OPR heeft op {datum_opr} ingestemd met dit ondersteuningsplan. Het bestuur heeft het plan "
              f"op {datum_ab} vastgesteld, waarna het voor 1 mei is toegezonden aan de Inspectie van het Onderwijs. "
              "Tussentijdse wijzigingen van het plan worden opnieuw aan de OPR voorgelegd."),
    ]


def inspectie(name, jaar):
    return [
        ("p", f"In {jaar} bracht de Inspectie van het Onderwijs een vierjaarlijks onderzoek bij {name}. De inspecteurs "
              "spraken met het bestuur, de Raad van Toezicht, een groep schoolleiders en intern begeleiders en met de "
              "ondersteuningsplanraad. Het onderzoek richtte zich op de standaarden voor sturing, kwaliteitscultuur en "
              "verantwoording en op het financieel beheer. De Inspectie oordeelde dat het bestuur de continuïteit en "
              "de rechtmatigheid van de bestedingen voldoende waarborgt. Als verbeterpunt noemde de Inspectie dat de "
              "dialoog met de scholen over de koers meer structuur mag krijgen. Dat punt hebben we in dit plan "
              "meegenomen door het directeurenoverleg een vaste plek in de jaarcyclus te geven."),
        ("p", "De Inspectie ontvangt dit plan via het Internet Schooldossier. Wij gebruiken de gesprekken met de "
              "Inspectie ook om te leren van andere samenwerkingsverbanden; de inspecteur heeft ons gewezen op "
              "voorbeelden elders in het land die wij in de werkgroepen bespreken."),
    ]


def kennisdeling(name):
    return [
        ("p", f"Kennis delen is misschien wel de belangrijkste opbrengst van samenwerken. Binnen {name} zijn er "
              "netwerken voor intern begeleiders, ondersteuningscoördinatoren, gedragsspecialisten en "
              "taalcoördinatoren. De netwerken komen vier tot zes keer per jaar bijeen, wisselend op een van de "
              "scholen. Een school die een nieuwe aanpak uitprobeert, presenteert de ervaringen in het netwerk. Zo "
              "ontstaat een cultuur waarin scholen niet alleen hun successen laten zien maar ook durven te vertellen "
              "wat niet werkte."),
        ("p", "Daarnaast werken we samen met een lectoraat van een hogeschool in de regio. Studenten van de "
              "masteropleiding Educational Needs doen praktijkonderzoek op onze scholen, en docenten van de "
              "hogeschool verzorgen een deel van ons scholingsaanbod. Jaarlijks organiseren we een studiedag voor "
              "alle medewerkers van de aangesloten scholen, met lezingen en workshops. De studiedag trekt gewoonlijk "
              "zo'n zeshonderd deelnemers."),
    ]


def lerarentekort(name):
    return [
        ("p", "Het lerarentekort is in onze regio voelbaar. Vooral in de grotere kernen staan op sommige dagen "
              "groepen zonder bevoegde leraar, en onderwijsassistenten en zij-instromers vangen veel op. Voor "
              "passend onderwijs betekent dat dat de kennis over ondersteuning niet vanzelf in ieder team aanwezig "
              "is. Nieuwe collega's weten vaak nog weinig van handelingsgericht werken, van het opstellen van een "
              "ontwikkelingsperspectief of van de samenwerking met jeugdhulp."),
        ("p", f"{name} kan het tekort niet oplossen, maar wel helpen de gevolgen te beperken. We bieden een "
              "introductieprogramma voor nieuwe collega's, een digitale kennisbank met korte uitlegvideo's en de "
              "mogelijkheid om een dag mee te lopen met een ervaren collega op een andere school. Ook stemmen we met "
              "de besturen af over gezamenlijke werving van specialisten, zodat scholen elkaar niet beconcurreren "
              "om dezelfde schaarse orthopedagogen."),
    ]


def integriteit(name):
    return [
        ("p", f"{name} hecht aan integer handelen. Medewerkers en bestuurders ondertekenen bij indiensttreding een "
              "gedragscode. Nevenfuncties van de bestuurder worden jaarlijks gemeld aan de Raad van Toezicht en "
              "gepubliceerd in het jaarverslag. Er is een klokkenluidersregeling, waarbij medewerkers een vermoeden "
              "van een misstand kunnen melden bij een externe vertrouwenspersoon. Bij het inhuren van externe "
              "deskundigen hanteren wij een inkoopbeleid met drempelbedragen, zodat opdrachten op een transparante "
              "manier worden gegund."),
        ("p", "Het bureau is gehuisvest in een gedeeld pand en is goed bereikbaar met het openbaar vervoer. "
              "Vergaderingen van het bestuur vinden afwisselend plaats op locaties van de aangesloten besturen. "
              "Bij de keuze voor huisvesting en inkoop letten wij op duurzaamheid."),
    ]


# --------------------------------------------------------------------------------------------
# Plan A - PO, .docx - SWV De Kempenrand
# --------------------------------------------------------------------------------------------

def plan_a():
    N = "SWV De Kempenrand"
    b = []
    b.append(("title", ["Ondersteuningsplan 2025-2029", "Elk kind een plek die past",
                        "Samenwerkingsverband Passend Onderwijs De Kempenrand (PO 28-14)",
                        "Vastgesteld door het bestuur op 10 april 2025",
                        "Basisondersteuning - toelaatbaarheid - terugplaatsing - financiën - ouders"]))
    b.append(("toc", [
        "1 Voorwoord", "2 Inleiding en wettelijk kader", "3 Onze regio in cijfers", "4 Visie en missie",
        "5 Basisondersteuning", "6 Extra ondersteuning en toelaatbaarheid",
        "   6.1 Het Ondersteuningsloket  6.2 Aanvraag TLV  6.3 Criteria  6.4 Deskundigen en bezwaar  "
        "6.5 Na afloop van de TLV",
        "7 Het dekkende netwerk", "8 Ambities en resultaten", "9 Geld en verdeling", "10 Communicatie",
        "11 Organisatie en governance", "12 Medezeggenschap en OOGO", "13 Personeel en professionalisering",
        "14 ICT en privacy", "15 Planning", "Bijlage A Begrippenlijst", "Bijlage B Meerjarenbegroting (apart document)"]))
    b.append(("h1", "1 Voorwoord"))
    b.append(("p", "Voor u ligt het derde ondersteuningsplan van ons samenwerkingsverband. Tien jaar na de invoering "
                   "van passend onderwijs kijken we met gemengde gevoelens terug. Veel kinderen vinden in de Kempenrand "
                   "een plek op een school dicht bij huis, en de samenwerking tussen de besturen is hecht. Tegelijk "
                   "zien we dat de vraag naar ondersteuning groeit, dat leraren het zwaar hebben en dat de wachtlijsten "
                   "in de jeugdhulp ook de scholen raken. Dit plan is daarom geen revolutie, maar een bewuste keuze "
                   "voor rust, duidelijkheid en het verder versterken van wat goed gaat."))
    b.append(("p", "Dit plan is geschreven voor iedereen die met passend onderwijs te maken heeft: leraren, intern "
                   "begeleiders, schoolleiders, bestuurders, gemeenten en natuurlijk ouders. We hebben geprobeerd het "
                   "plan zo te schrijven dat het ook zonder voorkennis te lezen is. Waar we vaktermen gebruiken, "
                   "verwijzen we naar de begrippenlijst achterin. Ik dank iedereen die heeft meegedacht, in het "
                   "bijzonder de leden van de ondersteuningsplanraad, die kritisch en betrokken meelazen."))
    b.append(("p", "Mevrouw drs. H.A. Verbeek, directeur-bestuurder"))
    b.append(("h1", "2 Inleiding en wettelijk kader"))
    b.append(("p", "Ieder samenwerkingsverband stelt ten minste eens in de vier jaar een ondersteuningsplan vast "
                   "(artikel 18a Wet op het primair onderwijs). De wet schrijft voor dat het plan in elk geval ingaat "
                   "op het samenhangend geheel van ondersteuningsvoorzieningen, de basisondersteuning, de verdeling en "
                   "besteding van middelen, de toelaatbaarheid tot het speciaal (basis)onderwijs, terugplaatsing, de "
                   "beoogde en bereikte resultaten en de informatie aan ouders. In de hoofdstukken hierna werken we "
                   "die onderdelen uit. Dit plan loopt van 1 augustus 2025 tot en met 31 juli 2029."))
    b.append(("p", "Het ondersteuningsplan is een kaderstellend document. De uitvoering beschrijven we jaarlijks in "
                   "een jaarplan met bijbehorende begroting. Het jaarplan wordt in het voorjaar opgesteld en na "
                   "bespreking met de OPR door het bestuur vastgesteld."))
    b.append(("h1", "3 Onze regio in cijfers"))
    b.append(("p", "De Kempenrand omvat zes gemeenten in een overwegend landelijk gebied met twee kleine kernsteden. "
                   "In het samenwerkingsverband werken zeven schoolbesturen samen, met samen 46 basisschoollocaties, "
                   "twee scholen voor speciaal basisonderwijs en één so-school voor cluster 3 en 4 met drie locaties. "
                   "Het aantal leerlingen daalt licht: van 13.420 op 1 oktober 2020 naar 12.960 op 1 oktober 2024. "
                   "Naar verwachting zet die daling door tot ongeveer 12.500 leerlingen in 2028."))
    b.append(("table", [["Teldatum", "Basisonderwijs", "Sbo", "So (cat. laag/midden/hoog)"],
                        ["1-10-2022", "12.710", "281", "154 / 9 / 6"],
                        ["1-10-2023", "12.590", "276", "161 / 8 / 7"],
                        ["1-10-2024", "12.420", "268", "166 / 8 / 7"]]))
    b.append(("p", "Kleine dorpsscholen met minder dan honderd leerlingen vormen bijna de helft van alle locaties. "
                   "Dat betekent dat expertise op een school vaak bij één of twee mensen ligt en dat het delen van "
                   "kennis tussen scholen van groot belang is."))
    b.append(("h1", "4 Visie en missie"))
    b.append(("p", "Onze missie is kort: elk kind in de Kempenrand krijgt onderwijs en ondersteuning die past, zo "
                   "dicht mogelijk bij huis. Wij geloven dat kinderen het meest leren als zij erbij horen, in hun eigen "
                   "dorp of wijk, met klasgenoten die ook hun vriendjes buiten school zijn. Tegelijk erkennen we dat "
                   "sommige kinderen op een andere plek beter tot hun recht komen. Inclusie is voor ons daarom geen "
                   "dogma maar een richting."))
    b.append(("p", "Vier waarden sturen ons werk: vertrouwen, eigenaarschap, nabijheid en eenvoud. Vertrouwen "
                   "betekent dat we professionals ruimte geven en niet alles willen controleren. Eigenaarschap "
                   "betekent dat de school waar een kind is aangemeld verantwoordelijk blijft voor een passende plek. "
                   "Nabijheid betekent dat ondersteuning naar het kind toe komt. Eenvoud betekent dat we "
                   "procedures zo licht mogelijk houden; een arrangement aanvragen mag geen papieren tijger zijn."))
    b.append(("h1", "5 Basisondersteuning"))
    b.append(("p", "De besturen in De Kempenrand hebben met elkaar een ondergrens afgesproken: het niveau van "
                   "basisondersteuning dat iedere vestiging van iedere aangesloten basisschool biedt, zonder dat een "
                   "aanvraag bij het samenwerkingsverband nodig is. Een school mag meer bieden, maar geen enkele "
                   "locatie mag onder deze afspraak zitten. Wat daarboven uitgaat, noemen wij extra ondersteuning "
                   "(hoofdstuk 6 en 7). Ouders kunnen er dus op rekenen dat op iedere school het volgende aanwezig is:"))
    b.append(("ul", [
        "een intern begeleider met minimaal 0,4 fte per 200 leerlingen, die een afgeronde post-hbo-opleiding heeft;",
        "een leerlingvolgsysteem en twee keer per jaar een groepsbespreking en een leerlingbespreking per groep;",
        "handelingsgericht werken: een groepsoverzicht en een aanpak in drie niveaus voor rekenen, taal en lezen;",
        "het Protocol Leesproblemen en Dyslexie en het Protocol Ernstige Reken-Wiskundeproblemen en Dyscalculie, "
        "inclusief de begeleiding van kinderen met een dyslexieverklaring;",
        "een aanbod voor sociale veiligheid met een methode voor sociaal-emotioneel leren en een pestprotocol;",
        "een aanbod voor meer- en hoogbegaafde leerlingen binnen de groep (compacten en verrijken);",
        "een ontwikkelingsperspectief (OPP) voor leerlingen die op een eigen leerlijn werken;",
        "een protocol medisch handelen en afspraken over het toedienen van medicijnen;",
        "een ondersteuningsteam (OT) dat minstens vier keer per jaar bijeenkomt, met de consulent van het SWV en de "
        "jeugdverpleegkundige;",
        "een aanspreekpunt voor nieuwkomers en een aanpak voor leerlingen met een taalachterstand in het Nederlands."]))
    b.append(("p", "Deze afspraken zijn samengebracht in de kwaliteitskaart basisondersteuning. Jaarlijks vullen de "
                   "scholen de kaart in; de beleidsmedewerker kwaliteit bespreekt de uitkomst met de schoolleider. Als "
                   "een locatie op een onderdeel onder de afspraak blijft, maakt het bestuur van die school binnen "
                   "drie maanden een verbeterplan en volgt het SWV de uitvoering tot het niveau weer op orde is."))
    b.append(("h1", "6 Extra ondersteuning en toelaatbaarheid"))
    b.append(("p", "Als de basisondersteuning niet genoeg is, kan de school extra ondersteuning organiseren. Soms "
                   "lukt dat met een arrangement op de eigen school, soms is een plek in het speciaal basisonderwijs "
                   "of het speciaal onderwijs nodig. Voor een plaatsing in het sbo of so is een "
                   "toelaatbaarheidsverklaring (TLV) van het samenwerkingsverband vereist."))
    b.append(("h2", "6.1 Het Ondersteuningsloket"))
    b.append(("p", "Alle vragen om extra ondersteuning komen binnen bij het Ondersteuningsloket. Het loket bestaat uit "
                   "drie consulenten, twee orthopedagogen en een secretaris. Het loket werkt voor alle scholen, ook "
                   "voor de sbo- en so-scholen."))
    b.append(("h2", "6.2 Aanvraag van een TLV"))
    b.append(("p", "Het bevoegd gezag van de school waar de leerling staat ingeschreven (of is aangemeld) vraagt de "
                   "TLV aan. Dat gaat in vier stappen. Stap 1: de school bespreekt de leerling in het "
                   "ondersteuningsteam, waarin ook de ouders meepraten, en stelt het groeidocument op. Stap 2: de "
                   "school dient de aanvraag digitaal in, met het groeidocument, het OPP, de evaluatie van de geboden "
                   "ondersteuning en de zienswijze van de ouders. Stap 3: het loket beoordeelt binnen tien werkdagen "
                   "of het dossier compleet is en wint het advies van twee deskundigen in. Stap 4: de Commissie "
                   "Toelaatbaarheid, die namens het bestuur besluit, neemt binnen zes weken na ontvangst van het "
                   "complete dossier een besluit. Ouders en school ontvangen het besluit schriftelijk, met een "
                   "kopie van de deskundigenadviezen."))
    b.append(("p", "In spoedsituaties, bijvoorbeeld als een leerling thuiszit of de veiligheid in de groep in het "
                   "geding is, kan het loket binnen vijf werkdagen een tijdelijke TLV van maximaal drie maanden "
                   "afgeven, waarna de gewone procedure wordt gevolgd."))
    b.append(("h2", "6.3 Criteria"))
    b.append(("p", "Een leerling is toelaatbaar tot het speciaal basisonderwijs als aan alle drie de volgende "
                   "voorwaarden is voldaan: (a) de ondersteuningsbehoefte is aantoonbaar groter dan wat de reguliere "
                   "school met basisondersteuning en een arrangement kan bieden, blijkend uit ten minste twee "
                   "geëvalueerde cycli van handelingsgericht werken; (b) de leerling heeft behoefte aan een kleinere "
                   "groep en een specifieke pedagogisch-didactische aanpak gedurende de hele schooldag; (c) een "
                   "verdere verzwaring van het arrangement op de reguliere school is volgens de deskundigen niet "
                   "zinvol. Voor het speciaal onderwijs geldt daarnaast dat de leerling een intensieve, integrale "
                   "ondersteuning nodig heeft op meerdere domeinen (leren, gedrag, communicatie, zelfredzaamheid of "
                   "lichamelijke verzorging) die ook het sbo niet kan bieden."))
    b.append(("h2", "6.4 Deskundigen, duur en bezwaar"))
    b.append(("p", "Bij elke aanvraag adviseren twee deskundigen afzonderlijk en schriftelijk: een orthopedagoog of "
                   "psycholoog, en afhankelijk van de leerling een tweede deskundige zoals een kinderarts, "
                   "maatschappelijk werker of kinder- en jeugdpsychiater. Zij zijn niet betrokken geweest bij het "
                   "opstellen van de aanvraag. Een TLV voor het sbo geldt in de regel tot het einde van de "
                   "basisschoolperiode; een TLV voor het so wordt afgegeven voor twee schooljaren, in categorie laag, "
                   "midden of hoog. Ouders en school die het niet eens zijn met het besluit kunnen binnen zes weken "
                   "bezwaar maken. Het samenwerkingsverband is aangesloten bij de Landelijke Bezwaaradviescommissie "
                   "Toelaatbaarheidsverklaringen, die het bestuur adviseert over het bezwaar."))
    b.append(("h2", "6.5 Na afloop van de TLV"))
    b.append(("p", "Een plaatsing in het speciaal (basis)onderwijs is voor ons in beginsel tijdelijk. Ons beleid is "
                   "dat iedere leerling in het sbo of so perspectief houdt op een reguliere school, bij voorkeur in de "
                   "eigen woonkern, zodra de ontwikkeling dat toelaat. Voorwaarde is dat de ontvangende school met "
                   "een terugplaatsingsarrangement de benodigde ondersteuning kan bieden. Na de overstap krijgt de "
                   "leerling gedurende een jaar begeleiding door een ambulant begeleider van de sbo- of so-school, "
                   "betaald uit het arrangementenbudget van het SWV."))
    b.append(("p", "De werkwijze is als volgt. Bij iedere jaarlijkse evaluatie van het OPP (uiterlijk in februari) "
                   "beoordeelt de commissie van begeleiding van de sbo- of so-school of terugplaatsing mogelijk is. "
                   "In het laatste jaar van de TLV is dit gesprek verplicht en schuift de consulent van het loket aan. "
                   "Het initiatief ligt bij de sbo- of so-school; ouders kunnen ook zelf om een gesprek vragen. Als "
                   "terugplaatsing haalbaar is, zoekt de school samen met de ouders een reguliere school en stelt zij "
                   "een overdrachtsdossier op. De Commissie Toelaatbaarheid stelt vast dat de TLV per 1 augustus "
                   "eindigt, of besluit, als terugplaatsing nog niet verantwoord is, over een nieuwe TLV. Na drie en "
                   "na twaalf maanden evalueren de ontvangende school, de ouders en de ambulant begeleider de "
                   "plaatsing."))
    b.append(("h1", "7 Het dekkende netwerk"))
    b.append(("p", "Een dekkend netwerk betekent voor ons dat er voor iedere leerling in de regio een passende plek "
                   "is, en dat scholen daar samen voor zorgen. De ondersteuning is opgebouwd in vier niveaus: "
                   "(1) basisondersteuning op iedere school; (2) een arrangement op de eigen school, bijvoorbeeld "
                   "extra begeleiding bij gedrag, een tijdelijke onderwijsassistent of een aangepast programma; "
                   "(3) bovenschoolse voorzieningen: de Kempenklas voor jonge risicoleerlingen, twee plusklassen "
                   "voor hoogbegaafde leerlingen, de schakelklas voor nieuwkomers en de observatiegroep De Brug; "
                   "(4) het speciaal basisonderwijs en het speciaal onderwijs, waaronder een onderwijs-zorgarrangement "
                   "voor jonge kinderen met een ernstige meervoudige beperking."))
    b.append(("p", "Elk jaar in november brengt het loket in kaart waar het netwerk tekortschiet: wachtlijsten bij "
                   "bovenschoolse voorzieningen, leerlingen die thuiszitten of een vrijstelling hebben, en aanvragen "
                   "die niet binnen de afgesproken tijd tot een plek hebben geleid. Die analyse wordt besproken in "
                   "het directeurenoverleg. Voor iedere gesignaleerde lacune stelt het bestuur binnen drie maanden "
                   "een actie met een eigenaar vast. Leerlingen die langer dan vier weken thuiszitten, worden "
                   "besproken aan de thuiszitterstafel met leerplicht en het lokale team; als scholen er samen niet "
                   "uitkomen, heeft de directeur-bestuurder doorzettingsmacht om een tijdelijke plek aan te wijzen."))
    b.append(("p", "Met de gemeenten maken we in het OOGO afspraken over jeugdhulp in de school, leerlingenvervoer en "
                   "de aansluiting op het lokale team. Op drie scholen werkt een jeugdhulpverlener een dag per week in "
                   "de school."))
    b.append(("h1", "8 Ambities en resultaten"))
    b.append(("p", "In deze planperiode willen we de volgende resultaten bereiken voor leerlingen die extra "
                   "ondersteuning nodig hebben:"))
    b.append(("table", [["Ambitie", "Nu (2024)", "Streefwaarde 2029"],
                        ["Deelnamepercentage sbo", "2,1%", "hoogstens 2,0%"],
                        ["Leerlingen langer dan 4 weken thuis zonder onderwijs", "9", "hoogstens 3"],
                        ["TLV-besluiten binnen 6 weken", "81%", "ten minste 95%"],
                        ["Terugplaatsingen vanuit sbo/so per jaar", "6", "ten minste 10"],
                        ["Scholen die de kwaliteitskaart volledig op orde hebben", "38 van 46", "46 van 46"]]))
    b.append(("p", "Hoe we de voortgang op deze ambities gaan volgen, welke bronnen we daarvoor gebruiken en hoe en "
                   "wanneer we erover rapporteren, leggen we vast in een monitoringsplan. Dat plan verschijnt in de "
                   "loop van het schooljaar 2026-2027, als het nieuwe registratiesysteem in gebruik is."))
    b.append(("h1", "9 Geld en verdeling"))
    b.append(("p", "Het samenwerkingsverband ontvangt jaarlijks het ondersteuningsbudget van het Rijk. Na aftrek "
                   "van de bedragen die DUO rechtstreeks inhoudt voor het speciaal onderwijs, verdelen wij de middelen "
                   "volgens een vast verdeelmodel dat in 2024 door het bestuur is vastgesteld. Zestig procent gaat als "
                   "schoolbudget naar de besturen: een bedrag van € 152 per leerling (teldatum 1 oktober) plus een "
                   "vaste voet van € 9.500 per locatie, zodat kleine dorpsscholen niet tekortkomen. Vijfentwintig "
                   "procent is bestemd voor arrangementen en bovenschoolse voorzieningen; over de toekenning van een "
                   "arrangement besluit het loket op aanvraag van de school, aan de hand van de criteria in het "
                   "arrangementenkader. De rest dekt de kosten van het bureau en de groeibekostiging van het sbo."))
    b.append(("p", "De meerjarenbegroting voor 2025-2029 maakt geen deel uit van dit plan. Zij wordt opgesteld zodra "
                   "de definitieve bekostigingsbedragen bekend zijn en wordt dan als bijlage B toegevoegd. Tot die "
                   "tijd zijn de bedragen per begrotingspost p.m."))
    b.append(("h1", "10 Communicatie"))
    b.append(("p", "Wij communiceren met scholen via een maandelijkse nieuwsbrief voor intern begeleiders en een "
                   "besloten deel van de website. Met gemeenten en partners hebben we vaste overlegmomenten."))
    b.append(("p", "Ouders informeren we op drie manieren over de ondersteuning in de regio. Ten eerste via de "
                   "ouderpagina op onze website, met een overzicht van alle voorzieningen, de basisondersteuning per "
                   "school en uitleg over de TLV-procedure. Ten tweede via de brochure 'Wegwijs in passend onderwijs', "
                   "die iedere school bij inschrijving meegeeft en die ook in het Engels, Pools en Arabisch "
                   "verschijnt. Ten derde via twee informatieavonden per jaar, in het voorjaar en het najaar. De "
                   "scholen beschrijven hun eigen ondersteuning in de schoolgids."))
    b.append(("p", "Heeft een ouder een vraag of is hij het niet eens met de school of met ons, dan kan hij terecht "
                   "bij het Ouder- en Jeugdsteunpunt Kempenrand. Het steunpunt is ondergebracht bij een onafhankelijke "
                   "stichting, heeft een eigen telefoonnummer en een wekelijks spreekuur, en adviseert alleen in het "
                   "belang van het kind. Daarnaast kunnen ouders gratis een beroep doen op Onderwijsconsulenten en "
                   "geldt voor klachten over het samenwerkingsverband onze klachtenregeling, aangesloten bij de "
                   "Landelijke Klachtencommissie Onderwijs."))
    b.append(("h1", "11 Organisatie en governance"))
    b += governance(N, "directeur-bestuurder", 7)
    b.append(("h1", "12 Medezeggenschap en OOGO"))
    b += vaststelling(N, "20 maart 2025", "2 april 2025", "10 april 2025", "Bladel, Eersel, Bergeijk, Reusel-De Mierden, "
                      "Valkenswaard en Heeze-Leende")
    b.append(("h1", "13 Personeel en professionalisering"))
    b += personeel(N)
    b.append(("h1", "14 ICT en privacy"))
    b += ict_privacy(N)
    b.append(("h1", "15 Planning"))
    b.append(("p", "De planning hieronder geeft de grote lijnen; het jaarplan bevat de details per schooljaar."))
    b.append(("table", [["Schooljaar", "Belangrijkste activiteiten"],
                        ["2025-2026", "Invoering nieuw registratiesysteem; herziening arrangementenkader; leergang IB"],
                        ["2026-2027", "Uitbreiding plusklassen; aanbesteding ambulante begeleiding"],
                        ["2027-2028", "Vernieuwing website en brochure; verhuizing bureau"],
                        ["2028-2029", "Voorbereiding ondersteuningsplan 2029-2033"]]))
    b.append(("h1", "Bijlage A Begrippenlijst"))
    b.append(("ul", [
        "Basisondersteuning: het afgesproken niveau van ondersteuning dat alle scholen bieden.",
        "Meerjarenbegroting: de begroting voor de vier jaren van de planperiode.",
        "Monitoring: het volgen van resultaten aan de hand van indicatoren.",
        "Onderwijsconsulenten: onafhankelijke adviseurs voor ouders.",
        "Terugplaatsing: de overstap van sbo of so naar het reguliere basisonderwijs.",
        "TLV: toelaatbaarheidsverklaring.",
        "Verdeelmodel: de regels waarmee het SWV middelen verdeelt."]))
    labels = dict(
        sector="po",
        elements={"basisondersteuning": "present", "plaatsing": "present", "terugstroom": "present",
                  "financien": "partial", "dekkend-aanbod": "present", "resultaten": "partial", "ouders": "present"},
        criteria=crit(false=["financien.besteding", "resultaten.monitoring"]),
        advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                  "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={
            "basisondersteuning": "Ch.5: agreed ondergrens for every vestiging plus 10 concrete voorzieningen; kwaliteitskaart + verbeterplan = borging.",
            "plaatsing": "Ch.6.2-6.4: 4-step procedure, Commissie Toelaatbaarheid, 6 weken; sbo/so criteria; two deskundigen, duration/category, LBT bezwaar.",
            "terugstroom": "Hidden in §6.5 'Na afloop van de TLV' inside the TLV chapter: policy (tijdelijk, terugplaatsingsarrangement, AB one year) and procedure (OPP evaluation, last TLV year, CvT decides end).",
            "financien": "Ch.9 'Geld en verdeling': verdeelmodel with € 152 per leerling + vaste voet is addressed; meerjarenbegroting not part of plan, amounts 'p.m.' (bijlage B absent) -> besteding not addressed.",
            "dekkend-aanbod": "Ch.7: four-level continuum with named voorzieningen; yearly gap analysis, thuiszitterstafel, doorzettingsmacht; OOGO cooperation.",
            "resultaten": "Ch.8: table of streefwaarden 2029 (doelen); monitoring deferred to a monitoringsplan 'in de loop van 2026-2027'.",
            "ouders": "Ch.10 'Communicatie' (not an 'Ouders' heading): ouderpagina, brochure, informatieavonden; Ouder- en Jeugdsteunpunt, Onderwijsconsulenten, klachtenregeling.",
        })
    return b, labels


# --------------------------------------------------------------------------------------------
# Plan B - VO, .pdf - Samenwerkingsverband VO Heuvelrand-Rijn
# --------------------------------------------------------------------------------------------

def plan_b():
    N = "Samenwerkingsverband VO Heuvelrand-Rijn"
    b = []
    b.append(("title", ["Koers op maat", "Ondersteuningsplan 2025 - 2029",
                        "Stichting Samenwerkingsverband VO Heuvelrand-Rijn (VO 26-11)",
                        "Definitieve versie, april 2025"]))
    b.append(("toc", [
        "Voorwoord", "Hoofdstuk 1 | Waar staan we?", "Hoofdstuk 2 | Koers 2025-2029",
        "Hoofdstuk 3 | Ondersteuning op school", "Hoofdstuk 4 | Extra ondersteuning en voorzieningen",
        "Hoofdstuk 5 | Toelaatbaarheid vso, pro en lwoo", "Hoofdstuk 6 | Terug naar het regulier vo",
        "Hoofdstuk 7 | Kwaliteit en resultaten", "Hoofdstuk 8 | Ouders en leerlingen",
        "Hoofdstuk 9 | Geld en middelen", "Hoofdstuk 10 | Bestuur en organisatie",
        "Hoofdstuk 11 | Samen met gemeenten", "Hoofdstuk 12 | Mensen en middelen op het bureau",
        "Afkortingenlijst", "Bijlage 1 Overzicht scholen", "Bijlage 2 Kwaliteitskaart basisondersteuning"]))
    b.append(("h1", "Voorwoord"))
    b.append(("p", "Middelbare scholieren in onze regio zijn verschillend, en dat is precies zoals het hoort. De een "
                   "heeft een dyslexiecoach nodig, de ander een rustige plek om even bij te komen, een derde een klas "
                   "van twaalf leerlingen en een docent die precies weet hoe hij met autisme omgaat. Passend onderwijs "
                   "vraagt dat we die verschillen zien en dat scholen samen zorgen dat niemand tussen wal en schip "
                   "valt. Dit plan laat zien hoe we dat de komende vier jaar willen doen."))
    b.append(("p", "Het plan is geschreven in een periode van grote drukte in het onderwijs. Het lerarentekort, de "
                   "nasleep van de coronajaren en de toenemende vraag naar ondersteuning bij mentale gezondheid vragen "
                   "veel van scholen. Toch hebben meer dan tachtig mensen aan dit plan bijgedragen: docenten, "
                   "ondersteuningscoördinatoren, leerlingen, ouders, gemeenten en zorgpartners. Dank daarvoor."))
    b.append(("p", "Drs. R. Oosterhout MBA, bestuurder"))
    b.append(("h1", "Hoofdstuk 1 | Waar staan we?"))
    b.append(("p", "Het samenwerkingsverband omvat vijf gemeenten langs de Rijn en de Heuvelrug. Er zijn negen "
                   "schoolbesturen aangesloten met samen veertien vestigingen voor regulier voortgezet onderwijs, "
                   "twee scholen voor praktijkonderwijs en twee vso-scholen (cluster 3 en cluster 4). Op 1 oktober "
                   "2024 telden de aangesloten scholen 11.870 leerlingen, van wie 1.140 in het vmbo met lwoo, 412 in "
                   "het praktijkonderwijs en 388 in het vso."))
    b.append(("p", "In de vorige planperiode hebben we geïnvesteerd in de bovenschoolse voorziening Het Anker, in de "
                   "aanpak van thuiszitten en in een gezamenlijke scholing voor mentoren. De evaluatie van het plan "
                   "2021-2025 liet zien dat scholen de samenwerking waarderen, maar dat de afspraken over wat elke "
                   "school moet bieden nog niet overal even goed worden nageleefd."))
    b.append(("h1", "Hoofdstuk 2 | Koers 2025-2029"))
    b.append(("p", "Onze koers laat zich samenvatten in drie woorden: dichtbij, samen, duidelijk. Dichtbij, omdat "
                   "leerlingen het best geholpen worden op hun eigen school. Samen, omdat geen school alle "
                   "ondersteuning alleen kan bieden. Duidelijk, omdat leerlingen, ouders en scholen moeten weten waar "
                   "ze aan toe zijn. We willen de komende vier jaar vooral werken aan de samenhang tussen "
                   "onderwijs en jeugdhulp, aan de overgang van het primair naar het voortgezet onderwijs en aan het "
                   "versterken van de ondersteuning in de klas."))
    b.append(("p", "Dit plan is bewust compact gehouden. Het beschrijft de kaders en de afspraken tussen de "
                   "besturen; de scholen geven binnen die kaders zelf vorm aan hun ondersteuning."))
    b.append(("p", "Bij het schrijven van de koers hebben we leerlingen gevraagd wat zij belangrijk vinden. Hun "
                   "antwoorden waren helder: een mentor die tijd heeft, een rustige plek als het even niet gaat, "
                   "docenten die niet steeds opnieuw hoeven te horen wat er aan de hand is, en minder wisselingen. "
                   "Die boodschappen hebben we als toetssteen gebruikt bij iedere keuze in dit plan."))
    b.append(("h1", "Hoofdstuk 3 | Ondersteuning op school"))
    b.append(("p", "De basisondersteuning is het niveau van ondersteuning dat alle veertien vestigingen voor regulier "
                   "voortgezet onderwijs in ons samenwerkingsverband minimaal bieden, voor iedere leerling en zonder "
                   "aanvraag bij het samenwerkingsverband. De besturen hebben dit niveau op 12 december 2024 "
                   "gezamenlijk vastgesteld; het geldt voor alle vestigingen, ongeacht schoolsoort of denominatie. "
                   "Wat een school daarbovenop biedt, is extra ondersteuning."))
    b.append(("p", "De afspraken over de concrete invulling van de basisondersteuning zijn uitgewerkt in de "
                   "Kwaliteitskaart basisondersteuning (bijlage 2). Scholen nemen de kaart op in hun schoolgids."))
    b.append(("p", "Om de twee jaar bezoekt een auditteam, bestaande uit twee ondersteuningscoördinatoren van andere "
                   "scholen en de kwaliteitsmedewerker van het samenwerkingsverband, iedere vestiging. Het team "
                   "toetst aan de kwaliteitskaart. Als een vestiging op onderdelen tekortschiet, maakt de school een "
                   "verbeterplan en volgt een hernieuwd bezoek binnen een jaar."))
    b.append(("h1", "Hoofdstuk 4 | Extra ondersteuning en voorzieningen"))
    b.append(("p", "Boven op de basisondersteuning kent Heuvelrand-Rijn drie lagen. In de eerste laag organiseert de "
                   "school zelf extra ondersteuning met het schoolbudget lichte ondersteuning, bijvoorbeeld een "
                   "trajectvoorziening, een steunpunt autisme in de school of een kleine klas in de onderbouw. In de "
                   "tweede laag gaat het om bovenschoolse voorzieningen: het OPDC Het Anker voor leerlingen die "
                   "tijdelijk niet in een reguliere klas kunnen functioneren (maximaal zes maanden, 40 plaatsen), de "
                   "reboundvoorziening voor korte time-outs, de ISK voor nieuwkomers en het onderwijs-"
                   "zorgarrangement De Brug voor leerlingen met psychiatrische problematiek. De derde laag is het "
                   "voortgezet speciaal onderwijs en het praktijkonderwijs."))
    b.append(("p", "Om te zien of dit geheel dekkend is, houden we per kwartaal bij welke leerlingen geen passende "
                   "plek hebben, hoe lang de wachtlijsten bij Het Anker en De Brug zijn en hoeveel leerlingen thuiszitten. "
                   "De zorgplicht ligt bij het bestuur waar de leerling is aangemeld; lukt het niet binnen tien weken "
                   "een plek te vinden, dan schakelt de school de trajectbegeleider van het samenwerkingsverband in. "
                   "Leerlingen die thuiszitten worden binnen twee weken besproken in het Thuiszittersoverleg met "
                   "leerplicht, het wijkteam en de school. Is er een structureel tekort, bijvoorbeeld voor "
                   "hoogbegaafde leerlingen met faalangst, dan besluit het bestuur over het uitbreiden of inkopen van "
                   "aanbod. In 2025-2026 starten we zo een kleine havo/vwo-groep voor leerlingen die na lange afwezigheid "
                   "terugkeren naar school."))
    b.append(("h1", "Hoofdstuk 5 | Toelaatbaarheid vso, pro en lwoo"))
    b.append(("p", "Het samenwerkingsverband beslist over de toelaatbaarheid tot het vso en het praktijkonderwijs en "
                   "over de aanwijzing voor leerwegondersteunend onderwijs. Dat doet de Commissie Toewijzing, die "
                   "bestaat uit een voorzitter, een orthopedagoog-generalist en een GZ-psycholoog."))
    b.append(("p", "De procedure is voor alle drie de voorzieningen gelijk van opzet. De school waar de leerling is "
                   "ingeschreven of aangemeld, dient de aanvraag in via het digitale loket. Voor lwoo en pro gebeurt dit "
                   "uiterlijk 1 maart voorafgaand aan het eerste schooljaar, met de gegevens uit het onderwijskundig "
                   "rapport van de basisschool en de testgegevens. Voor het vso bevat de aanvraag het OPP, een "
                   "verslag van het multidisciplinair overleg en een zienswijze van de leerling en zijn ouders. De "
                   "commissie vraagt twee deskundigen om een eigen schriftelijk advies: een orthopedagoog of "
                   "psycholoog en, afhankelijk van de vraag, een jeugdarts of maatschappelijk werker. De commissie "
                   "besluit binnen zes weken; voor lwoo en pro vóór 15 april. Het besluit wordt schriftelijk "
                   "meegedeeld aan school en ouders."))
    b.append(("p", "Welke criteria de commissie hanteert, staat in de tabel hieronder."))
    b.append(("table", [["Voorziening", "Criteria voor toelaatbaarheid / aanwijzing", "Duur"],
                        ["Praktijkonderwijs", "Landelijke criteria: IQ tussen 55 en 80 en leerachterstand van ten "
                         "minste 50% op twee of meer domeinen, waarvan één begrijpend lezen of inzichtelijk rekenen", "Gehele schoolloopbaan"],
                        ["Lwoo", "Landelijke criteria: IQ 75-90 met leerachterstand 25-50% op twee domeinen, of IQ "
                         "91-120 met achterstand en sociaal-emotionele problematiek (prestatiemotivatie, faalangst, "
                         "emotionele instabiliteit)", "Gehele vmbo-opleiding"],
                        ["Vso cluster 3 en 4", "Ondersteuningsbehoefte op meerdere domeinen die de mogelijkheden van "
                         "regulier vo inclusief bovenschoolse voorziening aantoonbaar overstijgt; ten minste één "
                         "geëvalueerd arrangement of OPDC-traject, tenzij evident", "1 tot 3 schooljaren; categorie "
                         "laag, midden of hoog"]]))
    b.append(("h1", "Hoofdstuk 6 | Terug naar het regulier vo"))
    b.append(("p", "Wij zien het vso als een plek waar een leerling zich kan ontwikkelen, en waar mogelijk als een "
                   "tussenstap. Het uitgangspunt van ons beleid is dat iedere vso-leerling bij elke verlenging van de "
                   "TLV opnieuw perspectief krijgt op een plek in het regulier vo of het mbo. Een leerling kan "
                   "terugkeren als hij de verwachte leerroute in het OPP volgt, als het gedrag over een periode van "
                   "ten minste een half jaar stabiel is en als een reguliere school met een terugkeerarrangement de "
                   "benodigde ondersteuning kan bieden. Na terugkeer krijgt de leerling gedurende maximaal een "
                   "schooljaar ambulante begeleiding vanuit de vso-school; het samenwerkingsverband betaalt dat "
                   "arrangement."))
    b.append(("p", "Hoe de terugkeer in de praktijk verloopt - wie het initiatief neemt, op welke momenten er wordt "
                   "geëvalueerd en wie besluit - leggen we vast in het protocol Terug- en doorplaatsing. Dat "
                   "protocol stelt de werkgroep vso in het voorjaar van 2026 op."))
    b.append(("h1", "Hoofdstuk 7 | Kwaliteit en resultaten"))
    b.append(("p", "Voor de planperiode hebben we de volgende beoogde resultaten voor leerlingen met een "
                   "ondersteuningsbehoefte vastgesteld:"))
    b.append(("ul", [
        "In 2029 heeft geen enkele leerling langer dan drie maanden geen passend onderwijsaanbod (nulmeting 2024: 14).",
        "Het aandeel leerlingen dat na een OPDC-traject terugkeert naar de eigen school stijgt van 61% naar 75%.",
        "Ten minste 90% van de vestigingen voldoet in 2027 volledig aan de kwaliteitskaart.",
        "Het aandeel leerlingen in het vso blijft onder het landelijk gemiddelde (2024: 3,2% tegen 3,5% landelijk).",
        "De tevredenheid van ouders over de ondersteuning scoort gemiddeld ten minste een 7,5."]))
    b.append(("p", "De kwaliteitsmedewerker verzamelt twee keer per jaar de gegevens voor deze doelen in het "
                   "dashboard: aantallen uit het loketsysteem, de leerplichtregistratie, DUO-telling op 1 oktober en "
                   "de uitkomsten van de audits. In februari en september bespreekt het bestuur het dashboard met de "
                   "directeuren. Eens per twee jaar houden we een tevredenheidspeiling onder scholen en ouders. De "
                   "bereikte resultaten rapporteren we in het jaarverslag, dat vóór 1 juli verschijnt en met de OPR "
                   "wordt besproken. Als een doel buiten bereik raakt, wordt in het jaarplan bijgestuurd."))
    b.append(("h1", "Hoofdstuk 8 | Ouders en leerlingen"))
    b.append(("p", "Ouders en leerlingen zijn onze belangrijkste partners. De informatie over ondersteuning in de "
                   "regio bundelen we op de ouderpagina van de website. Daar staat per school wat de school biedt, "
                   "welke bovenschoolse voorzieningen er zijn en hoe een aanvraag verloopt. In november organiseren we "
                   "samen met de basisscholen een informatieavond over ondersteuning in het vo voor ouders van "
                   "leerlingen in groep 8. De folder 'Extra hulp op de middelbare school' is beschikbaar in het "
                   "Nederlands, Engels, Turks en Arabisch. Op school is de mentor het eerste aanspreekpunt; de "
                   "schoolgids beschrijft de ondersteuning op de school."))
    b.append(("p", "Leerlingen betrekken we via het leerlingenpanel dat twee keer per jaar bijeenkomt. De helft van "
                   "de leden van de OPR is ouder of leerling."))
    b.append(("p", "Door de nieuwe wetgeving wordt ieder samenwerkingsverband verplicht een ouder- en jeugdsteunpunt "
                   "in te richten. Het bestuur besluit in de loop van 2026 hoe en met welke partner dat gebeurt."))
    b.append(("h1", "Hoofdstuk 9 | Geld en middelen"))
    b.append(("p", "Ons budget bestaat uit de middelen voor lichte ondersteuning (inclusief lwoo en pro) en voor zware "
                   "ondersteuning. De bekostiging van het vso en het praktijkonderwijs wordt door DUO rechtstreeks "
                   "verrekend. Wat overblijft verdelen we volgens deze sleutel: 70% van de middelen lichte "
                   "ondersteuning gaat naar de besturen op basis van het aantal leerlingen op 1 oktober van het "
                   "voorgaande jaar (2025: € 118 per leerling); de middelen voor de bovenschoolse voorzieningen gaan "
                   "naar het bestuur dat de voorziening in opdracht uitvoert, op basis van het aantal plaatsen; "
                   "arrangementen kent de Commissie Toewijzing toe op aanvraag. Besturen verantwoorden de besteding "
                   "jaarlijks met een format dat aansluit op de kwaliteitskaart."))
    b.append(("table", [["Meerjarenbegroting (x € 1.000)", "2025", "2026", "2027", "2028"],
                        ["Baten ondersteuningsbekostiging", "14.820", "14.610", "14.390", "14.250"],
                        ["Afdracht vso en pro via DUO", "-8.940", "-8.870", "-8.790", "-8.760"],
                        ["Schoolbudgetten lichte ondersteuning", "2.410", "2.380", "2.350", "2.330"],
                        ["OPDC Het Anker en rebound", "1.260", "1.260", "1.240", "1.240"],
                        ["Onderwijs-zorgarrangement De Brug", "620", "640", "650", "650"],
                        ["Arrangementen en terugkeerarrangementen", "780", "760", "740", "720"],
                        ["Bureau en Commissie Toewijzing", "890", "905", "915", "925"],
                        ["Resultaat", "-80", "-205", "-295", "-375"]]))
    b.append(("p", "De begroting sluit bewust met een tekort: de algemene reserve ligt boven de signaleringswaarde en "
                   "wordt in vier jaar afgebouwd tot een weerstandsvermogen van 5% van de baten."))
    b.append(("h1", "Hoofdstuk 10 | Bestuur en organisatie"))
    b += governance(N, "bestuurder", 9)
    b += vaststelling(N, "13 maart 2025", "27 maart 2025", "8 april 2025",
                      "Wijk bij Duurstede, Rhenen, Utrechtse Heuvelrug, Veenendaal en Renswoude")
    b.append(("h1", "Hoofdstuk 11 | Samen met gemeenten"))
    b.append(("p", "Met de vijf gemeenten werken we samen in een regionaal overleg onderwijs-jeugd. Gezamenlijke "
                   "thema's zijn jeugdhulp op school, het voorkomen van thuiszitten, leerlingenvervoer naar het vso en "
                   "de aansluiting op het mbo en de arbeidsmarkt. Op alle vestigingen werkt een schoolmaatschappelijk "
                   "werker, gefinancierd door de gemeenten. De afspraken over een onderwijs-zorgarrangement worden per "
                   "leerling vastgelegd in één plan."))
    b.append(("h1", "Hoofdstuk 12 | Mensen en middelen op het bureau"))
    b += personeel(N)
    b += kennisdeling(N)
    b += ict_privacy(N)
    b += inspectie(N, 2023)
    b.append(("h1", "Afkortingenlijst"))
    b.append(("table", [["Afkorting", "Betekenis"],
                        ["LBT", "Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen"],
                        ["OJSP", "Ouder- en jeugdsteunpunt: onafhankelijke hulp voor ouders en jongeren"],
                        ["OPDC", "Orthopedagogisch-didactisch centrum"],
                        ["OPR", "Ondersteuningsplanraad"], ["TLV", "Toelaatbaarheidsverklaring"]]))
    b.append(("h1", "Bijlage 1 Overzicht scholen"))
    b.append(("p", "Het overzicht van de aangesloten scholen en vestigingen staat op de website van het "
                   "samenwerkingsverband."))
    labels = dict(
        sector="vo",
        elements={"basisondersteuning": "partial", "plaatsing": "present", "terugstroom": "partial",
                  "financien": "present", "dekkend-aanbod": "present", "resultaten": "present", "ouders": "partial"},
        criteria=crit(false=["basisondersteuning.inhoud", "terugstroom.procedure", "ouders.steunpunt"]),
        advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie"],
                  "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
                  "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={
            "basisondersteuning": "Hoofdstuk 3 defines the agreed minimum for all 14 vestigingen and describes audits (borging), but the concrete content is only 'in bijlage 2' which is not in the document -> inhoud not addressed.",
            "plaatsing": "Hoofdstuk 5: procedure for vso/lwoo/pro (loket, 1 maart, Commissie Toewijzing, two deskundigen, 6 weken / 15 april); criteria only in the table.",
            "terugstroom": "Hoofdstuk 6: policy (aims, conditions, AB after return, funded) addressed; procedure deferred to a protocol the werkgroep writes 'in het voorjaar van 2026'.",
            "financien": "Hoofdstuk 9 'Geld en middelen': verdeelsleutel (70%, € 118 per leerling, plaatsen, Commissie Toewijzing) and meerjarenbegroting table 2025-2028; reserves and verantwoording too.",
            "dekkend-aanbod": "Hoofdstuk 4: three layers (OPDC, rebound, ISK, OZA, vso/pro) and quarterly gap tracking, zorgplicht, Thuiszittersoverleg, new group.",
            "resultaten": "Hoofdstuk 7: measurable beoogde resultaten and dashboard/jaarverslag monitoring cycle.",
            "ouders": "Hoofdstuk 8: informatie via ouderpagina, avond, folder, schoolgids; independent support only deferred (OJSP 'in de loop van 2026'); OJSP appears only in the afkortingenlijst.",
        })
    return b, labels


# --------------------------------------------------------------------------------------------
# Plan C - PO, .docx - Primair Passend Waterland-Oost (question-style headings)
# --------------------------------------------------------------------------------------------

def plan_c():
    N = "Primair Passend Waterland-Oost"
    b = []
    b.append(("title", ["Samen sterk voor ieder kind", "Ondersteuningsplan 2025-2029",
                        "Samenwerkingsverband Primair Passend Waterland-Oost, PO 27-15",
                        "Concept ter instemming OPR - versie 0.9 - 3 maart 2025"]))
    b.append(("toc", [
        "1. Waarom dit plan?", "2. Wie zijn wij?", "3. Waar staan we voor?",
        "4. Wat mag u van elke school verwachten?", "5. Wat als een kind meer nodig heeft?",
        "   5.1 Arrangementen  5.2 Bovenschools aanbod  5.3 Naar het sbo of so  5.4 Terugplaatsing",
        "6. Hoe verdelen we het geld?", "7. Opbrengsten en resultaten", "8. Hoe betrekken we ouders?",
        "9. Hoe zijn we georganiseerd?", "10. Met wie werken we samen?", "11. Wie doen het werk?",
        "12. Privacy en gegevens", "Begrippenlijst"]))
    b.append(("h1", "1. Waarom dit plan?"))
    b.append(("p", "Elk kind verdient een goede plek op school. Dat klinkt vanzelfsprekend, maar in de praktijk vraagt "
                   "het veel: van leraren die elke dag proberen aan te sluiten bij wat kinderen nodig hebben, van "
                   "schoolleiders die keuzes maken in krappe tijden en van besturen die samen verantwoordelijkheid "
                   "nemen. In dit plan leggen we vast hoe we dat in Waterland-Oost de komende vier jaar doen. We "
                   "hebben het plan opgebouwd rond de vragen die ouders en leraren ons het vaakst stellen."))
    b.append(("p", "Het plan bouwt voort op het vorige ondersteuningsplan. Veel afspraken blijven gelijk, omdat ze "
                   "werken. Nieuw is dat we de basis op elke school scherper omschrijven, dat we de aanvraag van "
                   "arrangementen eenvoudiger maken en dat we de verdeling van het geld transparanter maken."))
    b.append(("h1", "2. Wie zijn wij?"))
    b.append(("p", "Primair Passend Waterland-Oost is het samenwerkingsverband van vijf schoolbesturen in de "
                   "gemeenten Purmerend, Edam-Volendam, Landsmeer en Waterland. Samen hebben zij 52 basisscholen, "
                   "één school voor speciaal basisonderwijs met twee locaties en een so-school voor cluster 4. Er "
                   "gaan ongeveer 14.300 kinderen naar een van onze scholen. In de nieuwbouwwijken van Purmerend "
                   "groeit het aantal leerlingen, in de kleinere kernen neemt het af."))
    b.append(("p", "Het samenwerkingsverband bestaat sinds 2014. In de eerste jaren lag de nadruk op het opbouwen van "
                   "de organisatie en het vertrouwen tussen de besturen. Later kwam de focus te liggen op de kwaliteit "
                   "van de ondersteuning in de klas. De vijf besturen verschillen in grootte en in identiteit: er zijn "
                   "openbare, protestants-christelijke, katholieke en algemeen-bijzondere scholen, en één bestuur met "
                   "een enkele school. Die verscheidenheid zien wij als een rijkdom. Tegelijk vraagt zij om heldere "
                   "afspraken, zodat ouders niet afhankelijk zijn van de toevallige keuze voor een bepaalde school. "
                   "De scholen liggen verspreid over een gebied met veel water en open landschap; de afstand tussen "
                   "de verste scholen is ruim dertig kilometer."))
    b.append(("p", "Het bureau van het samenwerkingsverband is klein. Het grootste deel van het geld gaat rechtstreeks "
                   "naar de scholen, omdat daar het werk gebeurt. Op het bureau werken een directeur, een "
                   "beleidsadviseur, een financieel medewerker, een secretariaat en het team Ondersteuning met "
                   "onderwijsadviseurs en orthopedagogen."))
    b.append(("h1", "3. Waar staan we voor?"))
    b.append(("p", "Wij geloven dat kinderen zich het best ontwikkelen als zij samen met leeftijdsgenoten uit hun "
                   "buurt naar school gaan. Daarom zetten wij in op sterke reguliere scholen, die steeds meer "
                   "kinderen kunnen helpen. Waar dat niet lukt, moet er een goede plek zijn in het speciaal "
                   "basisonderwijs of speciaal onderwijs, zonder lange wachttijden en zonder eindeloze procedures."))
    b.append(("p", "We werken resultaatgericht en willen transparant zijn over wat we doen. Onze kernwaarden zijn: "
                   "het kind centraal, samen verantwoordelijk, vertrouwen in professionals en ruimte voor verschil. "
                   "Die waarden komen terug in de manier waarop we besluiten nemen, in de manier waarop we met "
                   "scholen praten en in de manier waarop we met ouders omgaan."))
    b.append(("p", "Deze visie is niet nieuw, maar we willen haar de komende jaren zichtbaarder maken. Dat doen we door "
                   "op studiedagen verhalen van scholen te delen, door schoolleiders uit te nodigen bij elkaar op "
                   "bezoek te gaan en door in onze eigen besluiten steeds te toetsen of een keuze het kind echt "
                   "verder helpt. Een visie is pas iets waard als zij in het dagelijks werk herkenbaar is."))
    b.append(("h1", "4. Wat mag u van elke school verwachten?"))
    b.append(("p", "In Waterland-Oost noemen we dit 'de stevige basis'. Het is wat iedere school in ons verband, op "
                   "iedere locatie, hoe dan ook in huis heeft - de ondergrens die de vijf besturen samen hebben "
                   "vastgelegd. Een kind hoeft er niets voor aan te vragen. De stevige basis bestaat uit:"))
    b.append(("table", [["Onderdeel", "Wat dat op elke school betekent"],
                        ["Begeleiding", "Een intern begeleider die vier dagdelen per week beschikbaar is voor "
                         "leerlingbesprekingen en ouders"],
                        ["Lezen en rekenen", "Werken volgens de dyslexie- en dyscalculieprotocollen, met "
                         "extra instructie in een kleine groep drie keer per week"],
                        ["Gedrag", "Een schoolbrede aanpak voor positief gedrag (PBS of vergelijkbaar) en een "
                         "time-in plek in de school"],
                        ["Sociale veiligheid", "Een anti-pestcoördinator en een jaarlijkse veiligheidsmonitor"],
                        ["Ontwikkelingsvoorsprong", "Verrijkingsmateriaal en een wekelijkse plusgroep in de school"],
                        ["Overleg", "Een ondersteuningsteam met de onderwijsadviseur van het SWV, zes keer per jaar"],
                        ["Medisch", "Afspraken over medisch handelen en een protocol voor zieke kinderen"],
                        ["Taal", "Extra taalaanbod voor kinderen met een taalachterstand of een andere thuistaal"]]))
    b.append(("p", "Scholen beschrijven in hun schoolgids hoe zij de stevige basis invullen en wat zij daarnaast "
                   "bieden."))
    b.append(("h1", "5. Wat als een kind meer nodig heeft?"))
    b.append(("h2", "5.1 Arrangementen"))
    b.append(("p", "Heeft een kind meer nodig dan de stevige basis, dan kan de school een arrangement inzetten. Een "
                   "arrangement is een pakket van extra ondersteuning voor een bepaalde periode: bijvoorbeeld "
                   "begeleiding door een specialist gedrag, een onderwijsassistent voor enkele dagdelen, of "
                   "ambulante begeleiding vanuit het so. De school bespreekt de vraag in het ondersteuningsteam en "
                   "kan het arrangement uit het eigen schoolbudget betalen of aanvragen bij het team Ondersteuning."))
    b.append(("h2", "5.2 Bovenschools aanbod"))
    b.append(("p", "Voor kinderen die meer nodig hebben dan een arrangement op de eigen school, kennen we vier "
                   "bovenschoolse voorzieningen: de observatiegroep De Brug (8 plaatsen, maximaal 12 weken), twee "
                   "voltijds hoogbegaafdheidsklassen in Purmerend, de taalklas voor nieuwkomers en een "
                   "onderwijs-zorggroep voor jonge kinderen bij het kinderdagcentrum. Daarna volgen het speciaal "
                   "basisonderwijs en het speciaal onderwijs. Samen vormen de stevige basis, de arrangementen, de "
                   "bovenschoolse voorzieningen en het s(b)o één doorlopende lijn."))
    b.append(("p", "Of dit aanbod alle kinderen bedient en waar het tekortschiet, onderzoeken we in 2026 in een "
                   "analyse van witte vlekken. Ook het protocol voor kinderen die thuiszitten wordt herzien; de nieuwe "
                   "versie volgt na de evaluatie met leerplicht."))
    b.append(("h2", "5.3 Naar het sbo of so"))
    b.append(("p", "Voor een plek in het speciaal basisonderwijs of het speciaal onderwijs is een "
                   "toelaatbaarheidsverklaring nodig. De route gaat zo. De school waar het kind staat ingeschreven, "
                   "bespreekt de vraag in het ondersteuningsteam, samen met de ouders. Als alle betrokkenen het "
                   "erover eens zijn dat een sbo- of so-plaatsing passend kan zijn, vult de intern begeleider het "
                   "aanvraagformulier in en stuurt het met het groeidocument en het OPP naar het team Ondersteuning. "
                   "Het team vraagt advies aan twee deskundigen die het kind niet eerder hebben begeleid: een "
                   "orthopedagoog en, afhankelijk van de vraag, een psycholoog, arts of maatschappelijk werker. De "
                   "directeur neemt namens het bestuur het besluit, binnen zes weken na de volledige aanvraag. De "
                   "TLV wordt afgegeven voor twee of vier schooljaren."))
    b.append(("p", "De criteria die we daarbij hanteren, staan in de Toelaatbaarheidswijzer op "
                   "www.primairpassendwaterland.nl/tlv."))
    b.append(("p", "Bent u het als ouder niet eens met het besluit, dan kunt u binnen zes weken bezwaar maken bij het "
                   "bestuur. Het bestuur vraagt advies aan de Landelijke Bezwaaradviescommissie."))
    b.append(("h2", "5.4 Terugplaatsing"))
    b.append(("p", "Dit onderdeel wordt in het schooljaar 2025-2026 samen met de sbo- en so-scholen uitgewerkt en na "
                   "instemming van de OPR aan dit plan toegevoegd."))
    b.append(("h1", "6. Hoe verdelen we het geld?"))
    b.append(("p", "Het samenwerkingsverband werkt met een schoolmodel: het grootste deel van de middelen gaat naar "
                   "de scholen, die er zelf de ondersteuning mee organiseren. De verdeling werkt zo. Eerst worden "
                   "de vaste lasten gereserveerd: de afdracht aan DUO voor so-leerlingen, de groeibekostiging van "
                   "het sbo en de kosten van het bureau. Van de rest gaat 80% naar de besturen, verdeeld op basis "
                   "van het aantal leerlingen op 1 oktober (t-1), met een ophoging van 20% voor leerlingen met een "
                   "hoge schoolweging. De overige 20% is voor bovenschoolse voorzieningen en arrangementen die het "
                   "team Ondersteuning toekent. Het bestuur stelt de verdeling jaarlijks in december vast, na advies "
                   "van het directeurenoverleg."))
    b.append(("table", [["Begroting (bedragen in euro)", "2025", "2026", "2027", "2028"],
                        ["Baten ondersteuningsbudget", "12.450.000", "12.520.000", "12.560.000", "12.600.000"],
                        ["Afdracht so via DUO", "4.210.000", "4.260.000", "4.300.000", "4.320.000"],
                        ["Sbo-groeibekostiging", "610.000", "630.000", "640.000", "640.000"],
                        ["Budgetten naar besturen", "5.520.000", "5.530.000", "5.520.000", "5.530.000"],
                        ["Bovenschoolse voorzieningen en arrangementen", "1.380.000", "1.380.000", "1.390.000", "1.400.000"],
                        ["Bureau en team Ondersteuning", "760.000", "770.000", "780.000", "790.000"],
                        ["Saldo", "-30.000", "-50.000", "-70.000", "-80.000"]]))
    b.append(("p", "Besturen leggen jaarlijks in een korte rapportage verantwoording af over de inzet van hun "
                   "budget. Het samenwerkingsverband houdt een reserve aan van ten hoogste 4% van de baten."))
    b.append(("h1", "7. Opbrengsten en resultaten"))
    b.append(("p", "De scholen in Waterland-Oost doen het goed. Op de eindtoets scoorden de leerlingen in 2024 "
                   "gemiddeld boven de signaleringswaarde, en de referentieniveaus voor lezen en rekenen worden op "
                   "de meeste scholen gehaald. De opbrengsten van het onderwijs zijn de verantwoordelijkheid van de "
                   "besturen en worden door de Inspectie beoordeeld."))
    b.append(("p", "De beoogde resultaten voor kinderen die extra ondersteuning krijgen, en de manier waarop we die "
                   "gaan volgen, nemen we op in het jaarplan 2025-2026."))
    b.append(("h1", "8. Hoe betrekken we ouders?"))
    b.append(("p", "Ouders kennen hun kind het best. Wij vinden het daarom vanzelfsprekend dat ouders meepraten in het "
                   "ondersteuningsteam en bij een aanvraag. Om ouders goed te informeren over de ondersteuning "
                   "hebben wij een ouderwebsite met uitleg over de stevige basis, de arrangementen, de "
                   "bovenschoolse voorzieningen en de route naar het s(b)o, met filmpjes in eenvoudige taal. Iedere "
                   "school verwijst in de schoolgids naar deze site en de intern begeleider heeft een papieren "
                   "ouderfolder beschikbaar. Twee keer per jaar houden we een ouderavond in de bibliotheek van "
                   "Purmerend."))
    b.append(("p", "Soms lopen gesprekken vast. Ouders kunnen dan terecht bij het onafhankelijke Oudersteunpunt "
                   "Waterland, dat samen met de gemeenten is opgezet en niet door het samenwerkingsverband wordt "
                   "aangestuurd. Ook kunnen ouders contact opnemen met Onderwijsconsulenten of met de "
                   "vertrouwenspersoon. Bij een geschil over toelating, verwijdering of het OPP kunnen ouders naar de "
                   "Geschillencommissie passend onderwijs."))
    b.append(("h1", "9. Hoe zijn we georganiseerd?"))
    b += governance(N, "directeur-bestuurder", 5)
    b += vaststelling(N, "6 maart 2025", "9 april 2025", "15 april 2025", "Purmerend, Edam-Volendam, Landsmeer en Waterland")
    b.append(("h1", "10. Met wie werken we samen?"))
    b.append(("p", "Wij werken samen met de vier gemeenten, de jeugdteams, de jeugdgezondheidszorg en de "
                   "kinderopvang. Met de gemeenten hebben we afgesproken dat er op iedere school een vast "
                   "contactpersoon van het jeugdteam is en dat we gezamenlijk onderwijs-zorgarrangementen "
                   "financieren voor kinderen die zowel onderwijs als zorg nodig hebben. Met het samenwerkingsverband "
                   "voor voortgezet onderwijs maken we afspraken over de overstap naar het vo."))
    b.append(("h1", "11. Wie doen het werk?"))
    b += personeel(N)
    b += lerarentekort(N)
    b += kennisdeling(N)
    b += integriteit(N)
    b += inspectie(N, 2022)
    b.append(("h1", "12. Privacy en gegevens"))
    b += ict_privacy(N)
    b.append(("h1", "Begrippenlijst"))
    b.append(("ul", [
        "Beoogde resultaten: de doelen die het SWV wil bereiken voor leerlingen met extra ondersteuning.",
        "Dekkend aanbod: voor ieder kind is er een passende plek.",
        "Terugplaatsing: een leerling gaat van het sbo of so terug naar de basisschool.",
        "Thuiszitter: een leerplichtige leerling die zonder geldige reden niet naar school gaat.",
        "Toelaatbaarheidsverklaring: besluit van het SWV dat een leerling naar het sbo of so mag."]))
    labels = dict(
        sector="po",
        elements={"basisondersteuning": "present", "plaatsing": "partial", "terugstroom": "missing",
                  "financien": "present", "dekkend-aanbod": "partial", "resultaten": "missing", "ouders": "present"},
        criteria=crit(false=["plaatsing.criteria", "terugstroom.procedure", "terugstroom.beleid",
                             "dekkend-aanbod.lacunes", "resultaten.doelen", "resultaten.monitoring"]),
        advisory={"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                  "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
                  "ouders": ["betrokkenheid"]},
        notes={
            "basisondersteuning": "Ch.4 'Wat mag u van elke school verwachten?': 'de stevige basis' as ondergrens for every locatie, content only in a table; the word basisondersteuning is not used in the body.",
            "plaatsing": "§5.3: route, two deskundigen, directeur decides within 6 weeks, duration, bezwaar; criteria only referred to the Toelaatbaarheidswijzer on the website.",
            "terugstroom": "§5.4 'Terugplaatsing' heading (and TOC/begrippenlijst) but body only defers ('wordt in 2025-2026 uitgewerkt'); nothing else.",
            "financien": "Ch.6 'Hoe verdelen we het geld?': schoolmodel with 80/20 split, 1 oktober, weging; multi-year table with amounts; verantwoording and reserve.",
            "dekkend-aanbod": "§5.1-5.2: arrangementen, four bovenschoolse voorzieningen, s(b)o as one line; gap analysis and thuiszitters protocol only deferred ('in 2026', 'volgt').",
            "resultaten": "Ch.7 is a near-miss (eindtoets/opbrengsten of all pupils) plus deferral to the jaarplan; 'resultaatgericht' in visie; nothing addressed.",
            "ouders": "Ch.8: ouderwebsite, folder, schoolgids, ouderavonden; independent Oudersteunpunt Waterland, Onderwijsconsulenten, Geschillencommissie.",
        })
    return b, labels


# --------------------------------------------------------------------------------------------
# Plan D - VO, .pdf - Samenwerkingsverband VO Lingedelta (Deel A/B/C house style)
# --------------------------------------------------------------------------------------------

def plan_d():
    N = "Samenwerkingsverband VO Lingedelta"
    b = []
    b.append(("title", ["Ondersteuningsplan Samenwerkingsverband VO Lingedelta",
                        "VO 30-08 | planperiode 1 augustus 2025 - 31 juli 2029",
                        "Vastgesteld door het algemeen bestuur, 16 april 2025"]))
    b.append(("toc", [
        "Deel A Kaders", "A1 Aanleiding en leeswijzer", "A2 De regio", "A3 Missie, visie en ambities",
        "A4 Totstandkoming", "Deel B Ondersteuning",
        "B1 Het Fundament: basisondersteuning", "B2 Het ondersteuningscontinuüm", "B3 Thuiszitten en verzuim",
        "B4 Toelaatbaarheid vso, praktijkonderwijs en lwoo", "B5 De weg terug",
        "B6 Monitoring en resultaten", "Deel C Organisatie en middelen", "C1 Bestuur en organisatie",
        "C2 Financieel beleid", "C3 Personeel", "C4 Informatievoorziening en privacy",
        "Bijlage I Verklarende woordenlijst", "Bijlage II Reglement toelaatbaarheid (volgt)"]))
    b.append(("h1", "Deel A Kaders"))
    b.append(("h2", "A1 Aanleiding en leeswijzer"))
    b.append(("p", "Dit is het ondersteuningsplan van Samenwerkingsverband VO Lingedelta voor de schooljaren 2025-2026 "
                   "tot en met 2028-2029. Het plan is opgesteld op grond van artikel 17a van de Wet op het voortgezet "
                   "onderwijs (thans de corresponderende artikelen van de WVO 2020). Deel A beschrijft de kaders, "
                   "deel B de inhoud van de ondersteuning en deel C de organisatie en de middelen. Het plan is "
                   "geschreven voor schoolleiders, ondersteuningscoördinatoren, mentoren, ouders en partners in de "
                   "regio."))
    b.append(("p", "Het plan is een kaderplan. Uitwerkingen staan in reglementen en in het jaarplan. Waar dat het "
                   "geval is, geven we dat in de tekst aan."))
    b.append(("p", "In dit plan gebruiken we het woord jongere en leerling door elkaar. Waar we 'school' schrijven, "
                   "bedoelen we de vestiging waar de leerling staat ingeschreven. Waar we 'bestuur' schrijven, "
                   "bedoelen we het bevoegd gezag van die school; het bestuur van het samenwerkingsverband noemen we "
                   "het algemeen bestuur. Bedragen zijn afgerond op duizenden euro's."))
    b.append(("h2", "A2 De regio"))
    b.append(("p", "Lingedelta ligt in het rivierengebied tussen Lek en Waal en omvat zeven gemeenten. Het gebied is "
                   "landelijk, met Gorinchem, Leerdam en Culemborg als centra. Acht schoolbesturen zijn aangesloten "
                   "met zestien vestigingen: negen scholen voor vmbo, havo en vwo, vier brede scholengemeenschappen, "
                   "twee scholen voor praktijkonderwijs en één vso-school met een afdeling cluster 3 en een afdeling "
                   "cluster 4. Het leerlingaantal is 13.900 (1 oktober 2024). Door de vergrijzing in de kleinere kernen "
                   "daalt het aantal leerlingen tot 2030 met ongeveer zes procent."))
    b.append(("p", "Leerlingen reizen in onze regio vaak ver. Voor leerlingen in het vso bedraagt de gemiddelde "
                   "reistijd ruim veertig minuten. Dat is een van de redenen waarom wij de ondersteuning zo dicht "
                   "mogelijk bij huis willen organiseren."))
    b.append(("p", "De arbeidsmarkt in de regio wordt gedomineerd door logistiek, bouw, maakindustrie en zorg. Veel "
                   "jongeren uit het praktijkonderwijs en het vmbo vinden daar na hun opleiding werk. Met de mbo-"
                   "instellingen in Gorinchem en Tiel zijn afspraken gemaakt over doorlopende leerroutes en "
                   "gezamenlijke open dagen. Het aandeel leerlingen dat het voortgezet onderwijs verlaat zonder "
                   "diploma is in onze regio iets hoger dan het landelijk gemiddelde, wat samenhangt met de "
                   "aantrekkingskracht van werk in de eigen omgeving."))
    b.append(("p", "De zeven gemeenten in ons gebied werken op het terrein van jeugd samen in de regio Rivierenland. "
                   "Zij hebben gezamenlijk jeugdhulp ingekocht en elk een eigen lokaal team. Voor scholen betekent "
                   "dat dat de contactpersonen per gemeente verschillen. Het bureau van Lingedelta houdt een actuele "
                   "lijst bij van contactpersonen, die via het scholenportaal beschikbaar is."))
    b.append(("p", "Lingedelta grenst aan vier andere samenwerkingsverbanden voor voortgezet onderwijs. Een deel van de "
                   "leerlingen uit ons gebied gaat in Utrecht, Den Bosch of Dordrecht naar school, en omgekeerd komen "
                   "leerlingen van buiten de regio naar onze scholen. Met de buurverbanden zijn afspraken gemaakt over "
                   "de uitwisseling van gegevens en over de vraag welk samenwerkingsverband verantwoordelijk is als een "
                   "leerling verhuist. Die afspraken worden jaarlijks in een gezamenlijk overleg bekeken."))
    b.append(("h2", "A3 Missie, visie en ambities"))
    b.append(("p", "Lingedelta wil dat iedere jongere in de regio een diploma of een startkwalificatie haalt, of "
                   "duurzaam een plek vindt op de arbeidsmarkt of in dagbesteding, op een school die bij hem past. "
                   "Onze visie is dat jongeren het meest gebaat zijn bij onderwijs in een gewone omgeving, met "
                   "ondersteuning die daar naartoe komt. Wij zien de school als een oefenplaats voor de samenleving."))
    b.append(("p", "Vier kernwaarden geven richting aan ons handelen: gelijkwaardigheid, vakmanschap, openheid en "
                   "doelmatigheid. Gelijkwaardigheid betekent dat iedere school en ieder bestuur evenveel stem heeft "
                   "in de afspraken. Vakmanschap betekent dat we vertrouwen op de professionals in de scholen. "
                   "Openheid betekent dat we elkaar aanspreken en transparant zijn over keuzes. Doelmatigheid "
                   "betekent dat we publiek geld zorgvuldig inzetten."))
    b.append(("p", "De ambities voor deze planperiode zijn richtinggevend: minder bureaucratie, meer expertise in de "
                   "klas, betere samenwerking met jeugdhulp en een soepele overgang naar het mbo. Hoe wij die ambities "
                   "vertalen naar resultaten, staat in hoofdstuk B6."))
    b.append(("h2", "A4 Totstandkoming"))
    b += vaststelling(N, "27 februari 2025", "3 april 2025", "16 april 2025",
                      "Gorinchem, Molenlanden, Vijfheerenlanden, West Betuwe, Culemborg, Zaltbommel en Neder-Betuwe",
                      opr_parents=False)
    b.append(("h1", "Deel B Ondersteuning"))
    b.append(("h2", "B1 Het Fundament: basisondersteuning"))
    b.append(("p", "Het Fundament is de set afspraken over ondersteuning die alle zestien vestigingen in Lingedelta "
                   "ten minste bieden. De besturen hebben Het Fundament in november 2024 vastgesteld als gezamenlijk "
                   "minimumniveau; een vestiging kan meer bieden, niet minder. Het Fundament omvat:"))
    b.append(("ul", [
        "op iedere vestiging een ondersteuningscoördinator en een zorgadviesteam (ZAT) dat ten minste zes keer per "
        "jaar bijeenkomt, met schoolmaatschappelijk werk en de jeugdarts;",
        "een mentoraat met een vast mentoruur per week in de onderbouw en een leerlingbespreking per klas twee keer "
        "per jaar;",
        "ondersteuning bij dyslexie en dyscalculie: een dyslexiecoach, hulpmiddelen (voorleessoftware, extra tijd) "
        "en afspraken over toetsing;",
        "trainingen voor sociale vaardigheden, faalangstreductie en examenvrees, op school of in een cluster van "
        "scholen;",
        "een time-in/opvangruimte met vaste begeleiding tijdens alle lesuren;",
        "begeleiding bij executieve functies (plannen en organiseren) door een studiecoach;",
        "een aanpak voor veiligheid en pesten met een anti-pestcoördinator;",
        "een ontwikkelingsperspectiefplan voor iedere leerling die extra ondersteuning krijgt."]))
    b.append(("p", "Elke vestiging legt in het voorjaar met een zelfevaluatie vast hoe zij Het Fundament waarmaakt. "
                   "De kwaliteitsmedewerker bezoekt jaarlijks vier vestigingen en bespreekt de bevindingen met het "
                   "bestuur van de school."))
    b.append(("h2", "B2 Het ondersteuningscontinuüm"))
    b.append(("p", "Waar Het Fundament ophoudt, begint het continuüm van extra ondersteuning. Binnen de vestiging "
                   "gaat het om arrangementen zoals een kleine klas in de onderbouw, een autismeklas of intensieve "
                   "begeleiding door een gedragsspecialist. Tussen de scholen staan het OPDC De Overstap "
                   "(tijdelijke plaatsing tot een jaar, 36 plaatsen), de reboundvoorziening (tot twaalf weken), de "
                   "Internationale Schakelklas voor nieuwkomers en een onderwijs-zorgarrangement op de vso-school voor "
                   "jongeren die zowel onderwijs als behandeling nodig hebben. Daarboven staan het praktijkonderwijs "
                   "en het vso. Elke stap in het continuüm wordt ingezet na een bespreking in het ZAT; de "
                   "trajectbegeleider van het samenwerkingsverband adviseert over de passende stap."))
    b.append(("h2", "B3 Thuiszitten en verzuim"))
    b.append(("p", "Geen jongere hoort thuis te zitten. Wij houden samen met de leerplichtambtenaren een maandelijkse "
                   "lijst bij van alle leerlingen die vier weken of langer zonder onderwijs zijn, en van leerlingen "
                   "met een vrijstelling. Elke leerling op die lijst krijgt binnen tien schooldagen een "
                   "trajectbegeleider. Als het niet lukt een plek te vinden, komt de casus aan de Regionale "
                   "Thuiszitterstafel, waar school, leerplicht, jeugdhulp en het samenwerkingsverband samen een "
                   "oplossing afspreken; de bestuurder kan dan een school aanwijzen die tijdelijk onderwijs biedt. "
                   "Tekorten in het aanbod die uit deze besprekingen blijken, worden twee keer per jaar in een "
                   "analyse aan het bestuur voorgelegd, dat besluit over uitbreiding of inkoop."))
    b.append(("h2", "B4 Toelaatbaarheid vso, praktijkonderwijs en lwoo"))
    b.append(("p", "Lingedelta beslist over de toelaatbaarheid tot het vso en het praktijkonderwijs en over de "
                   "aanwijzing voor lwoo. Voor de beoordeling gelden de volgende criteria."))
    b.append(("table", [["", "Criteria", "Geldigheid"],
                        ["Vso", "De leerling heeft ondersteuning nodig op ten minste twee van de domeinen leren, gedrag, "
                         "communicatie en zelfredzaamheid; de ondersteuning op de reguliere school en in het OPDC is "
                         "benut of aantoonbaar ontoereikend; een kleinere setting met specialistische begeleiding "
                         "gedurende de hele schooldag is nodig.", "1 tot 3 schooljaren; categorie laag, midden of hoog"],
                        ["Praktijkonderwijs", "Landelijke criteria: IQ 55-80 en een leerachterstand van ten minste 50% "
                         "op twee domeinen, waarvan één technisch lezen, begrijpend lezen of inzichtelijk rekenen.", "Onbepaald"],
                        ["Lwoo", "Landelijke criteria voor IQ en leerachterstand; bij een IQ van 91-120 ook "
                         "sociaal-emotionele problematiek die het leren belemmert.", "Gehele vmbo-opleiding"]]))
    b.append(("p", "De aanvraagprocedure - wie de aanvraag doet, welke stukken nodig zijn, welke termijnen gelden en "
                   "wie namens het samenwerkingsverband besluit - wordt opgenomen in het Reglement toelaatbaarheid en "
                   "aanwijzing (bijlage II). Het bestuur stelt dat reglement in het najaar van 2025 vast."))
    b.append(("h2", "B5 De weg terug"))
    b.append(("p", "Een jongere die in het vso of het OPDC zit, moet de weg terug naar een reguliere school kunnen "
                   "vinden zodra dat verantwoord is. Wij willen dat de terugkeer thuisnabij is, dat de jongere niet "
                   "opnieuw begint maar zijn leerroute voortzet, en dat hij na de overstap niet alleen staat: de "
                   "ontvangende school krijgt een terugkeerbudget van € 4.500 voor een half jaar coaching door een "
                   "schakelcoach van de vso-school."))
    b.append(("p", "Het terugkeertraject kent vaste momenten. Bij de jaarlijkse evaluatie van het OPP beoordeelt de "
                   "commissie voor de begeleiding van de vso-school of de jongere klaar is voor een reguliere "
                   "omgeving. In het laatste jaar van de TLV is die beoordeling verplicht en vindt zij uiterlijk 1 "
                   "maart plaats. De vso-school neemt het initiatief; de trajectbegeleider van het "
                   "samenwerkingsverband zoekt met de jongere een ontvangende school en organiseert een warme "
                   "overdracht met een proefperiode van zes weken. Na de proefperiode besluiten de vso-school en de "
                   "ontvangende school gezamenlijk over de definitieve inschrijving; de TLV eindigt dan. Als terugkeer "
                   "nog niet mogelijk is, bespreekt de vso-school met de trajectbegeleider een verlenging van de TLV."))
    b.append(("h2", "B6 Monitoring en resultaten"))
    b.append(("p", "Lingedelta volgt de ontwikkeling van passend onderwijs met de Monitor Passend Onderwijs. Elk "
                   "kwartaal verzamelt het bureau gegevens over het aantal TLV's, plaatsingen in het OPDC, "
                   "thuiszitters, terugkeertrajecten en doorlooptijden, aangevuld met de teldata van DUO en de "
                   "zelfevaluaties van de vestigingen. De bestuurder rapporteert de uitkomsten per kwartaal aan het "
                   "algemeen bestuur en jaarlijks in het jaarverslag; in september vindt een evaluatiedag plaats met "
                   "alle ondersteuningscoördinatoren, waarna het jaarplan wordt bijgesteld."))
    b.append(("table", [["Kengetal (1 oktober)", "2021", "2022", "2023", "2024"],
                        ["Leerlingen in het vso", "402", "411", "418", "421"],
                        ["Leerlingen in het praktijkonderwijs", "388", "379", "381", "376"],
                        ["Plaatsingen OPDC De Overstap", "58", "64", "61", "67"],
                        ["Terugkeer vanuit vso naar regulier", "7", "9", "8", "11"]]))
    b.append(("p", "De beoogde resultaten voor de planperiode formuleren wij nadat in het voorjaar van 2026 de "
                   "nulmeting op de nieuwe indicatoren van de monitor is afgerond."))
    b.append(("h1", "Deel C Organisatie en middelen"))
    b.append(("h2", "C1 Bestuur en organisatie"))
    b += governance(N, "bestuurder", 8)
    b.append(("h2", "C2 Financieel beleid"))
    b.append(("p", "De ondersteuningsmiddelen van Lingedelta worden besteed aan de voorzieningen in deel B. De "
                   "onderstaande meerjarenbegroting laat zien waaraan."))
    b.append(("table", [["Lasten (x € 1.000)", "2025", "2026", "2027", "2028"],
                        ["Afdracht vso via DUO", "7.120", "7.140", "7.150", "7.150"],
                        ["Afdracht praktijkonderwijs/lwoo via DUO", "5.860", "5.790", "5.720", "5.650"],
                        ["Schoolbudgetten besturen", "2.940", "2.910", "2.880", "2.860"],
                        ["OPDC De Overstap en rebound", "1.410", "1.420", "1.430", "1.430"],
                        ["Onderwijs-zorgarrangement", "430", "440", "440", "450"],
                        ["Terugkeerbudgetten", "60", "70", "70", "80"],
                        ["Trajectbegeleiding en bureau", "1.020", "1.035", "1.050", "1.060"],
                        ["Totaal lasten", "18.840", "18.805", "18.740", "18.680"]]))
    b.append(("p", "Volgens welke sleutel de schoolbudgetten over de besturen worden verdeeld, wordt in 2025-2026 "
                   "herijkt. Het nieuwe allocatiemodel volgt in een addendum bij dit plan; tot die tijd is de "
                   "verdeling per bestuur p.m."))
    b.append(("h2", "C3 Personeel"))
    b += personeel(N)
    b += lerarentekort(N)
    b += kennisdeling(N)
    b += integriteit(N)
    b += inspectie(N, 2024)
    b.append(("h2", "C4 Informatievoorziening en privacy"))
    b += ict_privacy(N)
    b.append(("h1", "Bijlage I Verklarende woordenlijst"))
    b.append(("table", [["Begrip", "Uitleg"],
                        ["Allocatiemodel", "De regels voor het verdelen van middelen over de besturen"],
                        ["Beoogde resultaten", "De doelen die het SWV zich voor de planperiode stelt"],
                        ["Ouder- en jeugdsteunpunt", "Onafhankelijk steunpunt waar ouders en jongeren terechtkunnen"],
                        ["Onderwijsconsulent", "Onafhankelijk adviseur voor ouders bij vastgelopen situaties"],
                        ["TLV", "Toelaatbaarheidsverklaring"]]))
    labels = dict(
        sector="vo",
        elements={"basisondersteuning": "present", "plaatsing": "partial", "terugstroom": "present",
                  "financien": "partial", "dekkend-aanbod": "present", "resultaten": "partial", "ouders": "missing"},
        criteria=crit(false=["plaatsing.procedure", "financien.verdeling", "resultaten.doelen",
                             "ouders.informatie", "ouders.steunpunt"]),
        advisory={"basisondersteuning": ["borging"], "plaatsing": ["duur-categorie"],
                  "terugstroom": ["monitoring"], "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"]},
        notes={
            "basisondersteuning": "B1 'Het Fundament': agreed minimum for all 16 vestigingen with 8 concrete provisions; zelfevaluatie + visits.",
            "plaatsing": "B4: criteria for vso/pro/lwoo in a table with duration; the procedure is only referred to a reglement (bijlage II) still to be adopted in najaar 2025.",
            "terugstroom": "B5 'De weg terug' (no word terugplaatsing): policy (thuisnabij, terugkeerbudget) and procedure (OPP evaluation, 1 maart, initiative vso-school, proefperiode, TLV ends).",
            "financien": "C2: meerjarenbegroting with amounts (besteding); the verdeelsleutel is deferred ('wordt herijkt', 'p.m.').",
            "dekkend-aanbod": "B2 continuum (arrangementen, OPDC, rebound, ISK, OZA, pro, vso) and B3 thuiszitters approach with gap analysis.",
            "resultaten": "B6: Monitor with quarterly data and reporting plus achieved figures; beoogde resultaten deferred until after the nulmeting in 2026.",
            "ouders": "No information to parents and no independent support anywhere in the body; OJSP/onderwijsconsulent only in the woordenlijst; OPR described without parents.",
        })
    return b, labels


# --------------------------------------------------------------------------------------------
# Plan E - PO, .html - Passend Primair Zuidoever (thin 'op hoofdlijnen' plan after a merger)
# --------------------------------------------------------------------------------------------

def plan_e():
    N = "Passend Primair Zuidoever"
    b = []
    b.append(("title", ["Ondersteuningsplan 2025-2029 op hoofdlijnen",
                        "Samenwerkingsverband Passend Primair Zuidoever (PO 21-19)",
                        "Webversie - vastgesteld 14 april 2025"]))
    b.append(("toc", [
        "Leeswijzer", "Voorwoord", "Terugblik: van twee naar één", "Missie en visie", "Onze regio",
        "Basisondersteuning", "Ondersteuningsaanbod en dekkend netwerk", "Toelaatbaarheid sbo en so",
        "Terugplaatsing", "Resultaten en kwaliteitszorg", "Ouders", "Financiën",
        "Organisatie en governance", "Totstandkoming en medezeggenschap", "Personeel",
        "Privacy en ICT", "Communicatie met scholen", "Jaarkalender", "Begrippen"]))
    b.append(("h1", "Leeswijzer"))
    b.append(("p", "Dit is de webversie van het ondersteuningsplan van Passend Primair Zuidoever. Het plan is op "
                   "hoofdlijnen geschreven. Dat is een bewuste keuze: na de fusie van de samenwerkingsverbanden "
                   "Zuidoever-Noord en Zuidoever-Zuid op 1 augustus 2024 zijn veel werkwijzen nog in beweging. We "
                   "leggen in dit plan de koers vast en werken de uitvoering uit in kadernotities, die na instemming "
                   "van de ondersteuningsplanraad op de website worden geplaatst. U kunt dit plan van begin tot eind "
                   "lezen, maar u kunt ook via de inhoudsopgave direct naar een onderwerp gaan."))
    b.append(("h1", "Voorwoord"))
    b.append(("p", "Het afgelopen jaar stond voor ons in het teken van samengaan. Twee samenwerkingsverbanden met "
                   "elk een eigen geschiedenis, een eigen cultuur en eigen afspraken werden één organisatie. Dat ging "
                   "niet vanzelf. Er waren verschillen in de manier van werken, in de verdeling van geld en in de "
                   "rol van het bureau. Tegelijk was er veel enthousiasme bij schoolleiders en intern begeleiders om "
                   "van elkaar te leren. Dit plan is het eerste gezamenlijke ondersteuningsplan van het nieuwe "
                   "samenwerkingsverband."))
    b.append(("p", "Wij hebben ervoor gekozen het plan niet vol te schrijven met details die over een jaar alweer "
                   "anders zijn. Liever een plan dat richting geeft en ruimte laat, dan een plan dat in een la "
                   "verdwijnt. Dat betekent ook dat we scherp moeten zijn op de uitwerking. Het bestuur heeft zich "
                   "daaraan gecommitteerd, en de ondersteuningsplanraad zal ons daaraan houden."))
    b.append(("p", "Ik wil iedereen bedanken die heeft bijgedragen: de bestuurders, de schoolleiders en intern "
                   "begeleiders in de werkgroepen, de medewerkers van beide bureaus en de leden van de OPR."))
    b.append(("p", "Dhr. J.W. Korteweg, voorzitter van het bestuur"))
    b.append(("h1", "Terugblik: van twee naar één"))
    b.append(("p", "De fusie kwam voort uit een gedeelde analyse: beide samenwerkingsverbanden waren klein, hadden "
                   "een kwetsbaar bureau en zagen dat gemeenten, jeugdhulp en schoolbesturen steeds vaker over de "
                   "grens van het eigen gebied werkten. In 2022 en 2023 zijn verkenningen gedaan, in het voorjaar "
                   "van 2024 hebben de besturen het fusiebesluit genomen en per 1 augustus 2024 is de nieuwe "
                   "stichting een feit. De bureaus zijn samengegaan op één locatie in Zwijndrecht."))
    b.append(("p", "In het eerste jaar lag de nadruk op het harmoniseren van de organisatie: één bestuur, één "
                   "Raad van Toezicht, één OPR, één website en één administratie. Een aantal inhoudelijke "
                   "afspraken uit de oude plannen blijft tot de vaststelling van de nieuwe kadernotities van kracht. "
                   "Dat overgangsrecht is door het bestuur op 2 september 2024 vastgesteld."))
    b.append(("h1", "Missie en visie"))
    b.append(("p", "Passend Primair Zuidoever wil dat ieder kind in de regio zich kan ontwikkelen op een school die "
                   "bij hem past. Onze visie rust op drie pijlers. De eerste pijler is nabijheid: kinderen gaan "
                   "zoveel mogelijk naar school in hun eigen omgeving. De tweede pijler is vakmanschap: leraren en "
                   "intern begeleiders zijn de sleutel tot goede ondersteuning en verdienen ruimte, tijd en scholing. "
                   "De derde pijler is samenhang: onderwijs, opvoeding en zorg moeten op elkaar aansluiten, zodat een "
                   "gezin niet van loket naar loket hoeft."))
    b.append(("p", "Wij zien het samenwerkingsverband als een netwerkorganisatie. Het bureau is er om scholen te "
                   "ondersteunen, niet om ze te sturen. De besturen blijven verantwoordelijk voor het onderwijs op "
                   "hun scholen; het samenwerkingsverband is verantwoordelijk voor wat we samen afspreken."))
    b.append(("p", "De komende vier jaar staan voor ons in het teken van bouwen. We bouwen aan een gezamenlijke cultuur, "
                   "aan vertrouwen tussen besturen die elkaar nog maar kort kennen en aan werkwijzen die eenvoudig "
                   "genoeg zijn om in de drukte van het schooljaar vol te houden. Dat vraagt geduld. We kiezen er "
                   "daarom bewust voor om niet alles tegelijk te veranderen, maar stap voor stap, en om elke stap "
                   "eerst met schoolleiders en intern begeleiders te bespreken voordat het bestuur besluit."))
    b.append(("h1", "Onze regio"))
    b.append(("p", "Het werkgebied omvat de gemeenten Zwijndrecht, Hendrik-Ido-Ambacht, Papendrecht, Sliedrecht "
                   "en Alblasserdam. Elf schoolbesturen zijn aangesloten, met samen 61 basisscholen, twee scholen "
                   "voor speciaal basisonderwijs en drie so-scholen. In totaal gaan er ongeveer 16.800 kinderen naar "
                   "school. De regio kent zowel stedelijke wijken met een grote diversiteit als dorpskernen met een "
                   "hechte gemeenschap. Het leerlingaantal is de afgelopen vijf jaar stabiel gebleven."))
    b.append(("p", "In de stedelijke wijken van Zwijndrecht en Papendrecht groeit het aantal gezinnen met een "
                   "migratieachtergrond, terwijl in Sliedrecht en Alblasserdam veel gezinnen al generaties in "
                   "dezelfde kern wonen. De regio kent een sterke verenigingscultuur en veel kerkelijke "
                   "gemeenschappen. De basisscholen zijn divers: openbaar, protestants-christelijk, reformatorisch, "
                   "rooms-katholiek en algemeen bijzonder. Die verscheidenheid maakt dat afspraken binnen het "
                   "samenwerkingsverband soms meer tijd vragen, omdat besturen vanuit hun identiteit andere accenten "
                   "leggen."))
    b.append(("p", "De scholen in de regio staan er over het geheel genomen goed voor. Bij de laatste "
                   "inspectieronde kregen alle scholen het basisarrangement. Wel ervaren veel scholen een toenemende "
                   "druk: grotere groepen, meer kinderen met een complexe thuissituatie en moeite om vacatures te "
                   "vervullen. Het bestuur van het samenwerkingsverband neemt die signalen serieus en bespreekt ze "
                   "jaarlijks met de besturen en met de wethouders onderwijs van de vijf gemeenten."))
    b.append(("p", "Tijdens de fusie zijn de medewerkers van beide bureaus samengebracht in één team. Er zijn "
                   "teamdagen georganiseerd om elkaar te leren kennen en de werkwijzen te vergelijken. Een externe "
                   "adviseur heeft het proces begeleid. Inmiddels werkt het nieuwe team met één planning, één "
                   "overlegstructuur en één set formulieren."))
    b.append(("h1", "Basisondersteuning"))
    b.append(("p", "In de twee voormalige samenwerkingsverbanden golden verschillende afspraken. Een gezamenlijke "
                   "beschrijving van de basisondersteuning wordt uitgewerkt in de Kadernotitie Basisondersteuning, "
                   "die in het schooljaar 2025-2026 aan de OPR wordt voorgelegd. Tot die tijd beschrijft iedere school "
                   "in haar schoolgids welke ondersteuning zij biedt."))
    b.append(("h1", "Ondersteuningsaanbod en dekkend netwerk"))
    b.append(("p", "Een actueel overzicht van het ondersteuningsaanbod in de regio staat in de Ondersteuningsgids op "
                   "www.passendprimairzuidoever.nl/aanbod. Hoe we ervoor zorgen dat het netwerk dekkend is, werken "
                   "we uit in de Kadernotitie Dekkend Netwerk (planning: voorjaar 2026)."))
    b.append(("h1", "Toelaatbaarheid sbo en so"))
    b.append(("p", "Voor een plaatsing in het speciaal basisonderwijs of het speciaal onderwijs is een "
                   "toelaatbaarheidsverklaring nodig. De Routekaart TLV met de werkwijze en de criteria is te vinden "
                   "op www.passendprimairzuidoever.nl/tlv. De routekaarten van de voormalige samenwerkingsverbanden "
                   "worden in 2025-2026 samengevoegd."))
    b.append(("h1", "Terugplaatsing"))
    b.append(("p", "In het laatste jaar van een TLV bespreekt de sbo- of so-school in het evaluatiegesprek over het "
                   "ontwikkelingsperspectief, uiterlijk op 1 maart, of de leerling na de zomer naar het reguliere "
                   "basisonderwijs kan. Aan dat gesprek nemen de ouders, de groepsleerkracht, de intern begeleider of "
                   "orthopedagoog van de school en de consulent van het samenwerkingsverband deel. De sbo- of "
                   "so-school neemt het initiatief. Is overstap mogelijk, dan meldt de school de leerling uiterlijk "
                   "1 april aan bij de basisschool die de ouders kiezen en draagt zij het dossier over in een "
                   "overdrachtsgesprek; de TLV eindigt dan op 31 juli. Is overstap nog niet mogelijk, dan blijft de "
                   "leerling op de sbo- of so-school (zie de Routekaart TLV op de website). Na de overstap volgt in november een evaluatiegesprek met de "
                   "ouders, de nieuwe school en de consulent."))
    b.append(("p", "Het beleid van het samenwerkingsverband rond terugplaatsing - welke doelen we stellen, onder welke "
                   "voorwaarden een leerling terugkeert en welke ondersteuning de nieuwe school daarbij krijgt - leggen "
                   "we vast in de Kadernotitie Ondersteuning die in de loop van 2026 verschijnt."))
    b.append(("h1", "Resultaten en kwaliteitszorg"))
    b.append(("p", "Wij hebben voor de planperiode vijf beoogde resultaten vastgesteld voor leerlingen die extra "
                   "ondersteuning nodig hebben. Elk resultaat heeft een streefwaarde voor 2029 en een tussendoel "
                   "voor 2027."))
    b.append(("table", [["Beoogd resultaat", "Nulmeting", "2027", "2029"],
                        ["Deelnamepercentage sbo", "2,6% (2024)", "2,4%", "2,2%"],
                        ["Deelnamepercentage so", "1,9% (2024)", "1,9%", "1,8%"],
                        ["Leerlingen met OPP die hun tussendoelen halen", "onbekend", "70%", "80%"],
                        ["Teruggeplaatste leerlingen die na een jaar nog op de reguliere school zitten", "-", "85%", "90%"],
                        ["Scholen tevreden over de consulenten (rapportcijfer)", "7,1", "7,5", "7,8"]]))
    b.append(("p", "De kwaliteitszorg volgt een vaste jaarcyclus. Twee keer per jaar, in januari en juni, stelt de "
                   "beleidsmedewerker kwaliteit een dashboard op met de stand van de indicatoren, gebaseerd op de "
                   "DUO-teldatum, de registratie van het bureau en de OPP-evaluaties die scholen aanleveren. Het "
                   "dashboard wordt besproken in het bestuur en in de OPR. In het jaarverslag, dat uiterlijk 1 juli "
                   "verschijnt, rapporteren we de bereikte resultaten ten opzichte van de streefwaarden en lichten "
                   "we afwijkingen toe. Een tevredenheidspeiling onder scholen vindt iedere twee jaar plaats. In "
                   "2027 volgt een tussenevaluatie van het plan met een extern bureau."))
    b.append(("h1", "Ouders"))
    b.append(("p", "De informatievoorziening aan ouders over de ondersteuningsmogelijkheden wordt herzien. Een nieuwe "
                   "ouderwebsite en een ouderfolder verschijnen naar verwachting medio 2026."))
    b.append(("p", "Ouders die vragen hebben of er met de school niet uitkomen, kunnen terecht bij het Ouder- en "
                   "Jeugdsteunpunt Drechtsteden. Het steunpunt is onafhankelijk van de scholen en van het "
                   "samenwerkingsverband, is bereikbaar via telefoon, mail en een wekelijks inloopspreekuur in de "
                   "bibliotheek van Zwijndrecht, en kan ouders begeleiden naar gesprekken op school. Daarnaast "
                   "kunnen ouders gebruikmaken van Onderwijsconsulenten. Klachten over het samenwerkingsverband "
                   "behandelt de Landelijke Klachtencommissie Onderwijs."))
    b.append(("h1", "Financiën"))
    b.append(("p", "De begroting van het samenwerkingsverband wordt jaarlijks vastgesteld en is te vinden op onze "
                   "website. Het verdeelmodel van de twee voormalige samenwerkingsverbanden wordt geharmoniseerd; de "
                   "uitkomst volgt in de Kadernotitie Financiën. Meerjarenbegroting 2025-2029: p.m."))
    b.append(("h1", "Organisatie en governance"))
    b += governance(N, "directeur-bestuurder", 11)
    b.append(("h1", "Totstandkoming en medezeggenschap"))
    b += vaststelling(N, "4 maart 2025", "1 april 2025", "14 april 2025",
                      "Zwijndrecht, Hendrik-Ido-Ambacht, Papendrecht, Sliedrecht en Alblasserdam")
    b.append(("p", "De OPR heeft bij haar instemming uitdrukkelijk gevraagd om de kadernotities binnen de afgesproken "
                   "termijnen voor te leggen. Het bestuur heeft dat toegezegd."))
    b.append(("h1", "Personeel"))
    b += personeel(N)
    b += lerarentekort(N)
    b += kennisdeling(N)
    b += integriteit(N)
    b += inspectie(N, 2024)
    b.append(("h1", "Privacy en ICT"))
    b += ict_privacy(N)
    b.append(("h1", "Communicatie met scholen"))
    b.append(("p", "Na de fusie investeren we in heldere communicatie met de scholen. Iedere maand verschijnt een "
                   "digitale nieuwsbrief voor schoolleiders en intern begeleiders. Vier keer per jaar is er een "
                   "netwerkbijeenkomst voor intern begeleiders per deelgebied. Het besloten schoolportaal bevat "
                   "formulieren, handreikingen en de verslagen van het directeurenoverleg. We vragen scholen "
                   "jaarlijks hoe zij de communicatie ervaren en passen die zo nodig aan."))
    b.append(("p", "De website van het samenwerkingsverband is na de fusie opnieuw opgebouwd. De oude websites van "
                   "Zuidoever-Noord en Zuidoever-Zuid verwijzen sinds januari 2025 door naar de nieuwe site. Op de "
                   "nieuwe site staan nieuwsberichten, de contactgegevens van het bureau, de vacatures en de "
                   "vastgestelde documenten, zoals dit plan, het jaarverslag en de notulen van de openbare "
                   "bestuursvergaderingen. De kadernotities worden op de site geplaatst zodra zij zijn vastgesteld."))
    b.append(("p", "Voor de communicatie met gemeenten en partners hebben we een vaste contactpersoon op het bureau "
                   "aangewezen. Persvragen worden behandeld door de directeur-bestuurder. In crisissituaties, "
                   "bijvoorbeeld bij een ernstig incident op een school, volgen we het crisisprotocol van het bestuur "
                   "van de betrokken school en stemmen we onze communicatie daarop af."))
    b.append(("h1", "Jaarkalender"))
    b.append(("table", [["Maand", "Activiteit"],
                        ["September", "Startbijeenkomst intern begeleiders; vaststelling jaarplan"],
                        ["Januari", "Dashboard kwaliteitszorg; voorbereiding begroting"],
                        ["April", "Bespreking kadernotities met OPR"],
                        ["Juni", "Dashboard kwaliteitszorg; jaarverslag; evaluatie jaarplan"]]))
    b.append(("h1", "Begrippen"))
    b.append(("ul", [
        "Basisondersteuning - wat iedere school in het samenwerkingsverband ten minste biedt.",
        "Dekkend netwerk - het geheel van voorzieningen waardoor ieder kind een passende plek heeft.",
        "Ouderinformatie - de informatie over ondersteuning die ouders van het SWV ontvangen.",
        "TLV - toelaatbaarheidsverklaring voor sbo of so.",
        "Verdeelmodel - de manier waarop de ondersteuningsmiddelen over de besturen worden verdeeld."]))
    labels = dict(
        sector="po",
        elements={"basisondersteuning": "missing", "plaatsing": "missing", "terugstroom": "partial",
                  "financien": "missing", "dekkend-aanbod": "missing", "resultaten": "present", "ouders": "partial"},
        criteria=crit(false=["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure",
                             "plaatsing.criteria", "terugstroom.beleid", "financien.verdeling",
                             "financien.besteding", "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes",
                             "ouders.informatie"]),
        advisory={"terugstroom": ["monitoring"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={
            "basisondersteuning": "Section only defers to a Kadernotitie (2025-2026) and points to the schoolgidsen; definition only in 'Begrippen'.",
            "plaatsing": "Only a reference to the Routekaart TLV on the website; no procedure or criteria in the text.",
            "terugstroom": "'Terugplaatsing' section gives a concrete procedure (1 maart evaluation, initiative, 1 april, TLV ends 31 juli, November evaluation); policy deferred to a Kadernotitie 'in de loop van 2026'.",
            "financien": "'Financiën' only refers to the website begroting, defers the verdeelmodel and states 'Meerjarenbegroting: p.m.'.",
            "dekkend-aanbod": "Only a reference to the Ondersteuningsgids website and a deferral; OOGO text is procedural only; definition only in 'Begrippen'.",
            "resultaten": "'Resultaten en kwaliteitszorg': five beoogde resultaten with streefwaarden and a dashboard/jaarverslag cycle.",
            "ouders": "'Ouders': informatie deferred ('ouderwebsite en folder medio 2026'); independent help (OJSP Drechtsteden, Onderwijsconsulenten, klachtencommissie) addressed.",
        })
    return b, labels


# --------------------------------------------------------------------------------------------
# Near miss - school-level 'ondersteuningsplan' of one basisschool (.txt)
# --------------------------------------------------------------------------------------------

def near_miss():
    b = []
    b.append(("title", ["Ondersteuningsplan 2025-2026", "IKC De Wilgenhoek, Hardinxveld-Giessendam",
                        "Onderdeel van Stichting Primair Onderwijs Alblas-Merwede",
                        "Aangesloten bij samenwerkingsverband Passend Primair Zuidoever"]))
    b.append(("toc", ["1 Inleiding", "2 Onze leerlingen", "3 De ondersteuningsstructuur: vijf zorgniveaus",
                      "4 Groepsbesprekingen en leerlingbesprekingen", "5 Basisondersteuning en extra ondersteuning",
                      "6 Samenwerking met het samenwerkingsverband", "7 Ouders", "8 Jaarplanning IB"]))
    b.append(("h1", "1 Inleiding"))
    b.append(("p", "In dit ondersteuningsplan beschrijft IKC De Wilgenhoek hoe wij de ondersteuning aan onze "
                   "leerlingen dit schooljaar organiseren. Het plan is opgesteld door de intern begeleider en de "
                   "directeur en besproken met het team en de medezeggenschapsraad. Het plan is een uitwerking van "
                   "ons schoolondersteuningsprofiel en sluit aan bij het ondersteuningsplan van het "
                   "samenwerkingsverband."))
    b.append(("h1", "2 Onze leerlingen"))
    b.append(("p", "De Wilgenhoek telt 214 leerlingen in negen groepen. Ongeveer een op de vijf leerlingen heeft een "
                   "vorm van extra ondersteuning. Vijf leerlingen werken met een ontwikkelingsperspectief, twaalf "
                   "leerlingen hebben een dyslexieverklaring en drie leerlingen krijgen een arrangement vanuit het "
                   "samenwerkingsverband."))
    b.append(("h1", "3 De ondersteuningsstructuur: vijf zorgniveaus"))
    b.append(("ul", ["Niveau 1: goed onderwijs in de groep voor alle leerlingen.",
                     "Niveau 2: extra instructie en begeleiding in de groep door de leerkracht.",
                     "Niveau 3: speciale ondersteuning na overleg met de intern begeleider.",
                     "Niveau 4: ondersteuning met inzet van externe deskundigen of een arrangement.",
                     "Niveau 5: verwijzing naar het sbo of so met een toelaatbaarheidsverklaring."]))
    b.append(("h1", "4 Groepsbesprekingen en leerlingbesprekingen"))
    b.append(("p", "Drie keer per jaar, na de toetsperiodes in oktober, februari en juni, voert de intern begeleider "
                   "met iedere leerkracht een groepsbespreking. Daarin bespreken we de resultaten van de groep, het "
                   "groepsplan en de leerlingen die opvallen. Leerlingen die niet voldoende profiteren van de aanpak "
                   "worden besproken in de leerlingbespreking en zo nodig in het ondersteuningsteam met de consulent "
                   "van het samenwerkingsverband en de jeugdverpleegkundige."))
    b.append(("h1", "5 Basisondersteuning en extra ondersteuning"))
    b.append(("p", "Onze basisondersteuning omvat het dyslexieprotocol, een methode voor sociaal-emotioneel leren, "
                   "een plusgroep en extra instructie in kleine groepjes. Als een leerling meer nodig heeft, vragen "
                   "wij een arrangement aan bij het samenwerkingsverband. Het samenwerkingsverband bepaalt of "
                   "een leerling toelaatbaar is tot het speciaal basisonderwijs."))
    b.append(("h1", "6 Samenwerking met het samenwerkingsverband"))
    b.append(("p", "Onze school ontvangt jaarlijks een schoolbudget van het samenwerkingsverband. Dit jaar besteden "
                   "wij die middelen aan een onderwijsassistent voor twaalf uur per week en aan scholing over gedrag. "
                   "De consulent van het samenwerkingsverband bezoekt de school zes keer per jaar."))
    b.append(("h1", "7 Ouders"))
    b.append(("p", "Ouders worden uitgenodigd bij iedere stap in de ondersteuning van hun kind. Het "
                   "ontwikkelingsperspectief wordt met ouders besproken en door hen ondertekend. Voor informatie over "
                   "passend onderwijs in de regio verwijzen wij naar de website van het samenwerkingsverband."))
    b.append(("h1", "8 Jaarplanning IB"))
    b.append(("table", [["Periode", "Activiteit"], ["Oktober", "Groepsbesprekingen ronde 1"],
                        ["Februari", "Groepsbesprekingen ronde 2; evaluatie OPP's"],
                        ["Juni", "Groepsbesprekingen ronde 3; overdracht naar nieuwe groep"]]))
    return b


def main():
    specs = [
        ("holdout303-po-kempenrand", plan_a, "docx"),
        ("holdout303-vo-heuvelrand-rijn", plan_b, "pdf"),
        ("holdout303-po-waterland-oost", plan_c, "docx"),
        ("holdout303-vo-lingedelta", plan_d, "pdf"),
        ("holdout303-po-zuidoever", plan_e, "html"),
    ]
    renderers = {"docx": render_docx, "pdf": render_pdf, "html": render_html, "txt": render_txt}
    headers = {
        "holdout303-po-kempenrand": ("SWV De Kempenrand - Ondersteuningsplan 2025-2029",
                                     "Basisondersteuning | Toelaatbaarheid | Terugplaatsing | Financiën | Ouders"),
        "holdout303-vo-heuvelrand-rijn": ("Koers op maat - SWV VO Heuvelrand-Rijn", "Ondersteuningsplan 2025-2029"),
        "holdout303-po-waterland-oost": ("Primair Passend Waterland-Oost - concept OP 2025-2029",
                                         "Samen sterk voor ieder kind"),
        "holdout303-vo-lingedelta": ("SWV VO Lingedelta | Ondersteuningsplan 2025-2029",
                                     "VO 30-08 | ouders - resultaten - middelen"),
        "holdout303-po-zuidoever": ("Passend Primair Zuidoever - Ondersteuning - Ouders - Financiën - Resultaten",
                                    "© Passend Primair Zuidoever 2025"),
    }
    for name, fn, fmt in specs:
        blocks, lab = fn()
        n = words(blocks)
        assert n >= 3000, (name, n)
        fname = f"{name}.{fmt}"
        hdr, ftr = headers[name]
        renderers[fmt](blocks, OUT / fname, hdr, ftr)
        write_label(name, [fname], lab["sector"], lab["elements"], lab["criteria"], lab["advisory"], lab["notes"])
        print(f"{fname}: {n} words")
    nm = "holdout303-nearmiss-schoolplan-wilgenhoek"
    render_txt(near_miss(), OUT / f"{nm}.txt")
    write_label(nm, [f"{nm}.txt"], "po", {}, {}, {},
                {"document": "School-level 'ondersteuningsplan' of one basisschool (zorgniveaus, groepsbesprekingen, "
                             "IB-jaarplanning), not the plan of a samenwerkingsverband; it only refers to the SWV."},
                looks_like_plan=False)
    print(f"{nm}.txt: {words(near_miss())} words")


if __name__ == "__main__":
    main()
