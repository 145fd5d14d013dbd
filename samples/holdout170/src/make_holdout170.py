#!/usr/bin/env python3
"""Generate the holdout170 test set: five fictional ondersteuningsplannen of
samenwerkingsverbanden passend onderwijs (PO and VO) and one near-miss document,
each with a hand-written label file (<name>.expected.yaml).

Deterministic, no network. Output goes to the folder above this script's folder.
PDFs are rendered from a .docx with LibreOffice (soffice --headless).
"""
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
# document model: a list of blocks
#   ("title", [lines])  ("toc", [(nr, title, page)])  ("h1", text)  ("h2", text)
#   ("p", text)  ("ul", [items])  ("table", [header], [[row], ...])
#   ("gloss", [(term, definition)])  ("pb",)
# --------------------------------------------------------------------------------------

def render_docx(blocks, path, header_text, footer_text):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = header_text
    sec.footer.paragraphs[0].text = footer_text
    for b in blocks:
        kind = b[0]
        if kind == "title":
            for i, line in enumerate(b[1]):
                p = doc.add_paragraph()
                r = p.add_run(line)
                r.bold = i == 0
                r.font.size = Pt(26 if i == 0 else 14)
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "toc":
            p = doc.add_paragraph()
            r = p.add_run("Inhoudsopgave")
            r.bold = True
            r.font.size = Pt(16)
            for nr, title, page in b[1]:
                doc.add_paragraph(f"{nr}\t{title}\t{page}")
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
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
            hdr, rows = b[1], b[2]
            t = doc.add_table(rows=1, cols=len(hdr))
            t.style = "Table Grid"
            for i, h in enumerate(hdr):
                t.rows[0].cells[i].text = h
            for row in rows:
                cells = t.add_row().cells
                for i, v in enumerate(row):
                    cells[i].text = v
            doc.add_paragraph()
        elif kind == "gloss":
            for term, d in b[1]:
                p = doc.add_paragraph()
                p.add_run(term).bold = True
                p.add_run(" – " + d)
        elif kind == "pb":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    doc.save(str(path))


def render_txt(blocks, header_text):
    out = [header_text, "=" * len(header_text), ""]
    for b in blocks:
        kind = b[0]
        if kind == "title":
            out += [line.upper() if i == 0 else line for i, line in enumerate(b[1])]
            out.append("")
        elif kind == "toc":
            out += ["INHOUD", ""]
            out += [f"{nr:<5}{title}" for nr, title, _ in b[1]]
            out.append("")
        elif kind == "h1":
            out += ["", b[1].upper(), "-" * len(b[1]), ""]
        elif kind == "h2":
            out += [b[1], ""]
        elif kind == "p":
            out += [b[1], ""]
        elif kind == "ul":
            out += ["  * " + it for it in b[1]]
            out.append("")
        elif kind == "table":
            out.append(" | ".join(b[1]))
            out.append("-" * 60)
            out += [" | ".join(r) for r in b[2]]
            out.append("")
        elif kind == "gloss":
            out += [f"{t}: {d}" for t, d in b[1]]
            out.append("")
    return "\n".join(out) + "\n"


def render_html(blocks, title, nav_items, footer_text):
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           f"<title>{e(title)}</title>", "</head>", "<body>", "<header>", "<nav><ul>"]
    out += [f'<li><a href="#h{i}">{e(n)}</a></li>' for i, n in enumerate(nav_items)]
    out += ["</ul></nav>", "</header>", "<main>"]
    h1i = 0
    for b in blocks:
        kind = b[0]
        if kind == "title":
            out.append(f"<h1 class=\"doctitle\">{e(b[1][0])}</h1>")
            out += [f"<p class=\"subtitle\">{e(x)}</p>" for x in b[1][1:]]
        elif kind == "toc":
            out.append('<section class="toc"><h2>Inhoud</h2><ol>')
            out += [f"<li>{e(nr)} {e(t)}</li>" for nr, t, _ in b[1]]
            out.append("</ol></section>")
        elif kind == "h1":
            out.append(f'<h2 id="h{h1i}">{e(b[1])}</h2>')
            h1i += 1
        elif kind == "h2":
            out.append(f"<h3>{e(b[1])}</h3>")
        elif kind == "p":
            out.append(f"<p>{e(b[1])}</p>")
        elif kind == "ul":
            out.append("<ul>" + "".join(f"<li>{e(x)}</li>" for x in b[1]) + "</ul>")
        elif kind == "table":
            out.append("<table border=\"1\"><thead><tr>" + "".join(f"<th>{e(h)}</th>" for h in b[1])
                       + "</tr></thead><tbody>")
            for r in b[2]:
                out.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
            out.append("</tbody></table>")
        elif kind == "gloss":
            out.append("<dl>" + "".join(f"<dt>{e(t)}</dt><dd>{e(d)}</dd>" for t, d in b[1]) + "</dl>")
    out += ["</main>", f"<footer><p>{e(footer_text)}</p></footer>", "</body>", "</html>"]
    return "\n".join(out) + "\n"


def to_pdf(docx_path, pdf_target):
    """Render docx_path to pdf_target with LibreOffice, in a private temp dir/profile."""
    work = Path(tempfile.mkdtemp(prefix="holdout170_pdf_"))
    try:
        profile = work / "lo_profile"
        cmd = ["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
               "--convert-to", "pdf", "--outdir", str(work), str(docx_path)]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       timeout=240)
        produced = work / (Path(docx_path).stem + ".pdf")
        shutil.copyfile(produced, pdf_target)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def toc_from(blocks):
    toc, n, page = [], 0, 3
    for b in blocks:
        if b[0] == "h1":
            n += 1
            nr, _, title = b[1].partition(". ")
            if not title or not nr.isdigit():
                nr, title = "", b[1]
            toc.append((nr, title, str(page)))
            page += 2 + (n % 3)
    return toc


def number_headings(blocks):
    """Prefix h1 with chapter numbers and h2 with paragraph numbers."""
    out, n, m = [], 0, 0
    for b in blocks:
        if b[0] == "h1" and not b[1].startswith(("Bijlage", "Begrippenlijst", "Afkortingen")):
            n += 1
            m = 0
            out.append(("h1", f"{n}. {b[1]}"))
        elif b[0] == "h2" and n:
            m += 1
            out.append(("h2", f"{n}.{m} {b[1]}"))
        else:
            out.append(b)
    return out


def assemble(title_lines, body):
    body = number_headings(body)
    return [("title", title_lines), ("toc", toc_from(body))] + body


def write_yaml(name, documents, sector, looks, elements, criteria, advisory, notes):
    """Write a label file in the fixed format (hand-formatted for readability)."""
    def q(s):
        return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'
    lines = [f"documents: [{', '.join(documents)}]", f"sector: {sector}",
             f"looks_like_plan: {'true' if looks else 'false'}"]
    if elements:
        lines.append("elements: {" + ", ".join(f"{k}: {v}" for k, v in elements.items()) + "}")
    else:
        lines.append("elements: {}")
    if criteria:
        lines.append("criteria:")
        lines += [f"  {k}: {'true' if v else 'false'}" for k, v in criteria.items()]
    else:
        lines.append("criteria: {}")
    if advisory:
        lines.append("advisory_addressed:")
        lines += [f"  {k}: [{', '.join(v)}]" for k, v in advisory.items()]
    else:
        lines.append("advisory_addressed: {}")
    lines.append("notes:")
    lines += [f"  {k}: {q(v)}" for k, v in notes.items()]
    (OUT / f"{name}.expected.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")


CORE = [
    ("basisondersteuning", "niveau"), ("basisondersteuning", "inhoud"),
    ("plaatsing", "procedure"), ("plaatsing", "criteria"),
    ("terugstroom", "procedure"), ("terugstroom", "beleid"),
    ("financien", "verdeling"), ("financien", "besteding"),
    ("dekkend-aanbod", "continuum"), ("dekkend-aanbod", "lacunes"),
    ("resultaten", "doelen"), ("resultaten", "monitoring"),
    ("ouders", "informatie"), ("ouders", "steunpunt"),
]


def derive(crit, touched_only=()):
    """crit: set of 'element.criterion' ids that are addressed.
    touched_only: elements with only an advisory criterion addressed (-> partial)."""
    criteria = {f"{e}.{c}": (f"{e}.{c}" in crit) for e, c in CORE}
    elements = {}
    for e in dict.fromkeys(e for e, _ in CORE):
        vals = [criteria[f"{e}.{c}"] for ee, c in CORE if ee == e]
        if all(vals):
            elements[e] = "present"
        elif any(vals) or e in touched_only:
            elements[e] = "partial"
        else:
            elements[e] = "missing"
    return elements, criteria


# --------------------------------------------------------------------------------------
# filler that real plans carry: mentions element words in passing, addresses nothing
# --------------------------------------------------------------------------------------

def filler(c):
    po = c["sector"] == "po"
    kind = "basisscholen, scholen voor speciaal basisonderwijs en so-locaties" if po else \
        "scholen voor vmbo, havo en vwo, praktijkonderwijs en vso-locaties"
    kid = "kind" if po else "leerling"
    kids = "kinderen" if po else "leerlingen"
    ieder = "ieder" if po else "iedere"
    rel = "dat" if po else "die"
    g = c["gemeenten"]
    gtxt = ", ".join(g[:-1]) + " en " + g[-1]
    f = {}
    f["voorwoord"] = [
        ("h1", "Voorwoord"),
        ("p", f"Voor u ligt het ondersteuningsplan {c['period']} van {c['name']}. Het is het derde "
              f"ondersteuningsplan sinds de invoering van de Wet passend onderwijs en de opvolger van het plan "
              f"{c['prev']}. In dit plan leggen de aangesloten schoolbesturen vast hoe zij de komende vier "
              f"schooljaren samen zorgen voor passend onderwijs voor {ieder} {kid} in de regio {c['regio']}."),
        ("p", "Het plan is tot stand gekomen in een traject van ruim een jaar. Directeuren, intern begeleiders "
              "en ondersteuningscoördinatoren, leden van de ondersteuningsplanraad, beleidsmedewerkers van de "
              "gemeenten en collega's van het bureau hebben in werksessies meegedacht over de koers. Wij zijn "
              "iedereen die tijd en energie in dit plan heeft gestoken daarvoor zeer erkentelijk. Dat geldt in het "
              "bijzonder voor de " + ("ouders en leerkrachten" if c["opr_parents"] else "leerkrachten") +
              " die in de klankbordgroep hun ervaringen deelden; hun verhalen hebben ons scherp gehouden."),
        ("p", "Een ondersteuningsplan is geen handboek. Dit plan beschrijft de kaders en de afspraken op "
              "hoofdlijnen. De uitwerking staat in afzonderlijke documenten, zoals handboeken, protocollen, "
              "de jaarplannen en de jaarlijkse begroting. Op verschillende plaatsen verwijzen we daarom naar "
              "documenten die los van dit plan worden vastgesteld en bijgehouden. Zo blijft het plan leesbaar "
              "en kunnen uitvoeringsafspraken worden bijgesteld zonder dat het hele plan opnieuw hoeft te "
              "worden vastgesteld."),
        ("p", f"De afgelopen planperiode stond in het teken van herstel na de coronajaren, een krappe "
              f"arbeidsmarkt en een toenemende vraag naar ondersteuning. Dat vraagt veel van scholen, van "
              f"leraren en van de mensen om de {kids} heen. Tegelijk zien we elke dag hoeveel er lukt: "
              f"{kids} die zich ontwikkelen, teams die elkaar weten te vinden en scholen die hun deuren "
              f"openzetten voor een {kid} {rel} elders vastliep. Met dit plan willen we op die kracht voortbouwen."),
        ("p", f"{c['director']}\ndirecteur-bestuurder {c['short']}"),
    ]
    f["leeswijzer"] = [
        ("h1", "Inleiding en leeswijzer"),
        ("h2", "Waarom een ondersteuningsplan"),
        ("p", f"Ieder samenwerkingsverband stelt ten minste eens in de vier jaar een ondersteuningsplan vast. "
              f"De wet schrijft voor welke onderwerpen het plan in elk geval bevat, zoals de basisondersteuning, "
              f"de toelaatbaarheid tot het {'speciaal (basis)onderwijs' if po else 'voortgezet speciaal onderwijs, lwoo en pro'}, "
              f"de terugplaatsing, de verdeling van de middelen, de resultaten en de informatie aan ouders. "
              f"Dit hoofdstuk legt uit waar u wat kunt vinden. De opsomming in deze leeswijzer is uitsluitend een "
              f"wegwijzer; de inhoud staat in de hoofdstukken zelf of in de documenten waarnaar we verwijzen."),
        ("h2", "Status en looptijd"),
        ("p", f"Dit plan geldt van 1 augustus {c['period'][:4]} tot en met 31 juli {c['period'][-4:]}. Het "
              f"algemeen bestuur heeft het plan vastgesteld op {c['ab_date']}, na instemming van de "
              f"ondersteuningsplanraad op {c['opr_date']} en na het op overeenstemming gericht overleg met de "
              f"gemeenten op {c['oogo_date']}. Het plan is vóór 1 mei toegezonden aan de Inspectie van het "
              f"Onderwijs. Tussentijdse wijzigingen van betekenis leggen we opnieuw ter instemming voor aan de "
              f"ondersteuningsplanraad."),
        ("h2", "Totstandkoming"),
        ("p", "In de eerste fase hebben we de vorige planperiode geëvalueerd in gesprekken met schoolleiders, "
              "ondersteuningsteams en de ondersteuningsplanraad. In de tweede fase zijn in vier werksessies de "
              "hoofdlijnen opgesteld. In de derde fase is het concept besproken in het directeurenoverleg, in "
              "het algemeen bestuur en met de gemeenten. Tot slot is de tekst redactioneel afgerond en is een "
              "publieksversie gemaakt. De verslagen van de werksessies zijn opvraagbaar bij het bureau."),
    ]
    f["regio"] = [
        ("h1", f"{c['short']} in beeld"),
        ("p", f"{c['name']} omvat de gemeenten {gtxt}. In het samenwerkingsverband werken {c['besturen']} "
              f"schoolbesturen samen. Zij zijn verantwoordelijk voor {c['scholen']} scholen en locaties: "
              f"{kind}. Op de teldatum van 1 oktober 2024 volgden ruim {c['leerlingen']} {kids} onderwijs op "
              f"een school van het samenwerkingsverband."),
        ("p", "De regio kent grote verschillen. Rond de kernen zijn de scholen groot en groeit de bevolking door "
              "nieuwbouwwijken; in het buitengebied hebben scholen te maken met een teruglopend leerlingaantal en "
              "met lange reisafstanden. Die verschillen vragen om afspraken die recht doen aan zowel de kleine "
              "dorpsschool als de grote stadsschool. De prognoses laten voor de planperiode een lichte daling van "
              "het totale aantal leerlingen zien, met een groei in twee nieuwbouwgebieden."),
        ("p", "Het samenwerkingsverband is een stichting. Het bureau is gevestigd in een bedrijfsverzamelgebouw "
              "nabij het station en heeft een team van consulenten, orthopedagogen, een beleidsmedewerker, een "
              "controller en een secretariaat. Het bureau voert de taken van het samenwerkingsverband uit in "
              "opdracht van de directeur-bestuurder."),
        ("p", f"Het samenwerkingsverband grenst aan drie andere samenwerkingsverbanden. Met het "
              f"{'samenwerkingsverband voortgezet onderwijs' if po else 'samenwerkingsverband primair onderwijs'} "
              f"in dezelfde regio is regelmatig overleg, onder meer over de overstap tussen primair en voortgezet "
              f"onderwijs en over gezamenlijke contacten met de gemeenten."),
    ]
    f["visie"] = [
        ("h1", "Missie en visie"),
        ("h2", "Missie"),
        ("p", f"Samen zorgen we ervoor dat {ieder} {kid} in onze regio zich kan ontwikkelen op een school die bij "
              f"hem of haar past. Dat doen we door scholen te versterken, door korte lijnen en door elkaar "
              f"aan te spreken op wat we hebben afgesproken."),
        ("h2", "Visie"),
        ("p", "Wij geloven dat onderwijs het best tot zijn recht komt wanneer de leraar, het kind en de mensen "
              "eromheen elkaar kennen en vertrouwen. Passend onderwijs is daarom vooral een opdracht aan de "
              "reguliere school en het team. Het samenwerkingsverband faciliteert, verbindt en bewaakt. We kijken "
              "naar wat een kind nodig heeft en niet naar wat een kind mankeert. Ondersteuning is een middel, "
              "geen doel op zich."),
        ("p", "Onze visie rust op vier waarden. Vertrouwen: we gaan uit van de professionaliteit van scholen en "
              "besturen. Eigenaarschap: wie het dichtst bij het kind staat, neemt verantwoordelijkheid. "
              "Samenwerking: geen school hoeft het alleen te doen. Transparantie: we zijn open over wat we doen en "
              "waarom we dat doen. Deze waarden zijn richtinggevend voor alle keuzes in dit plan, ook voor de "
              "keuzes over geld, organisatie en personeel."),
        ("p", "De visie is in de afgelopen periode niet wezenlijk veranderd, maar wel aangescherpt. Meer dan "
              "voorheen leggen we de nadruk op het versterken van de leraar in de klas en op het verbinden van "
              "onderwijs en jeugdhulp. Het woord 'samen' komt niet voor niets vaak voor in dit plan."),
    ]
    opr_comp = (" De OPR telt twaalf leden: zes ouders en zes personeelsleden, afgevaardigd vanuit de "
                "medezeggenschapsraden van de aangesloten scholen." if c["opr_parents"] else
                " De OPR telt twaalf leden, afgevaardigd vanuit de medezeggenschapsraden van de aangesloten "
                "scholen.")
    f["governance"] = [
        ("h1", "Organisatie en governance"),
        ("h2", "Rechtsvorm en bestuursmodel"),
        ("p", "Het samenwerkingsverband is een stichting. De aangesloten schoolbesturen vormen samen het algemeen "
              "bestuur, dat het beleid op hoofdlijnen vaststelt, waaronder het ondersteuningsplan en de "
              "begroting. De dagelijkse leiding berust bij de directeur-bestuurder, die wordt benoemd door het "
              "algemeen bestuur. Het interne toezicht is belegd bij een toezichthoudend orgaan van vijf leden, "
              "van wie twee onafhankelijk. Taken en bevoegdheden zijn vastgelegd in de statuten, het "
              "bestuursreglement en het toezichtkader."),
        ("p", "De statuten bevatten een regeling voor de beslechting van geschillen tussen de aangesloten "
              "besturen en het samenwerkingsverband. Voor die regeling is in de afgelopen planperiode geen beroep "
              "gedaan. De statuten zijn in 2023 aangepast aan de Wet bestuur en toezicht rechtspersonen."),
        ("h2", "Overlegstructuur"),
        ("p", "Naast het algemeen bestuur kent het samenwerkingsverband een directeurenoverleg per subregio, een "
              "netwerk van intern begeleiders of ondersteuningscoördinatoren en een overleg van de "
              "beleidsmedewerkers van de besturen. Deze overleggen hebben geen besluitvormende taak, maar "
              "bereiden voor, adviseren en zorgen dat afspraken in de scholen landen. De agenda's worden "
              "afgestemd met het bureau. Eenmaal per jaar organiseren we een regiodag voor alle betrokkenen."),
        ("h2", "Medezeggenschap"),
        ("p", "Het samenwerkingsverband heeft een ondersteuningsplanraad (OPR). De OPR heeft instemmingsrecht op "
              "het ondersteuningsplan en op wijzigingen daarvan." + opr_comp + " De OPR vergadert zes keer per "
              "jaar, waarvan één keer met het algemeen bestuur. De OPR heeft een eigen reglement en een budget "
              "voor scholing en ondersteuning. Het personeel van het bureau heeft een eigen medezeggenschapsraad."),
        ("p", f"De OPR heeft op {c['opr_date']} ingestemd met dit plan. De OPR heeft daarbij een aantal "
              "aandachtspunten meegegeven, onder meer over de leesbaarheid en over de termijnen waarop documenten "
              "waarnaar het plan verwijst worden geactualiseerd. Het bestuur heeft toegezegd de OPR jaarlijks te "
              "informeren over de stand van zaken van die documenten."),
    ]
    f["oogo"] = [
        ("h1", "Overleg met gemeenten"),
        ("p", f"Het ondersteuningsplan is voorafgaand aan de vaststelling besproken in het op overeenstemming "
              f"gericht overleg (OOGO) met de colleges van burgemeester en wethouders van {gtxt}. Het OOGO over "
              f"het concept vond plaats op {c['oogo_date']}. De gemeenten hebben ingestemd met het concept; de "
              f"afspraken uit het overleg zijn vastgelegd in het verslag, dat als bijlage bij dit plan is "
              f"gevoegd in de versie die aan de inspectie is gezonden."),
        ("p", "Het OOGO vindt volgens de afgesproken procedure ten minste eenmaal per jaar bestuurlijk plaats en "
              "wordt ambtelijk voorbereid. De procedure bevat een regeling voor het oplossen van geschillen. In de "
              "afgelopen periode is daarvan geen gebruik gemaakt. Ook het jeugdbeleidsplan van de gemeenten is "
              "in een OOGO met het samenwerkingsverband besproken."),
    ]
    if c.get("oogo_topics", True):
        f["oogo"].append(
            ("p", "Onderwerpen die in het OOGO terugkeren zijn leerlingenvervoer, onderwijshuisvesting, "
                  "thuiszitters en de aansluiting tussen onderwijs en jeugdhulp. Over leerlingenvervoer en "
                  "huisvesting beslissen de gemeenten; het samenwerkingsverband adviseert."))
    else:
        f["oogo"].append(
            ("p", "Over leerlingenvervoer en onderwijshuisvesting beslissen de gemeenten; het "
                  "samenwerkingsverband adviseert desgevraagd. De agenda van het OOGO wordt jaarlijks door de "
                  "wethouders en de directeur-bestuurder vastgesteld."))
    f["personeel"] = [
        ("h1", "Personeel en professionalisering"),
        ("p", "Het bureau van het samenwerkingsverband telt ongeveer twintig medewerkers. De formatie is in de "
              "afgelopen periode licht gegroeid, vooral door uitbreiding van het aantal consulenten. Het bureau "
              "werkt met een functiehuis dat aansluit bij de cao " + ("primair" if po else "voortgezet") +
              " onderwijs. Medewerkers hebben jaarlijks een ontwikkelgesprek en een individueel scholingsbudget."),
        ("p", "De krapte op de arbeidsmarkt raakt ook het samenwerkingsverband. Het werven van orthopedagogen en "
              "gedragsspecialisten kost meer tijd dan voorheen. We investeren daarom in het opleiden van eigen "
              "mensen, in stageplaatsen en in een goede inwerkperiode. Ook detacheren we medewerkers van "
              "besturen bij het bureau, zodat kennis in beide richtingen stroomt."),
        ("p", "Voor leraren en ondersteuningsfunctionarissen in de scholen organiseert het samenwerkingsverband "
              "een scholingsaanbod, netwerkbijeenkomsten en intervisie. Onderwerpen zijn onder meer gedrag, "
              "taalontwikkeling, meer- en hoogbegaafdheid en het werken met een arrangement in de klas. Het aanbod "
              "wordt ieder jaar bijgesteld op basis van de vragen uit de scholen. Deelname is vrijwillig; de "
              "kosten worden gedragen door het samenwerkingsverband."),
        ("p", "Werkdruk is een terugkerend thema in de gesprekken met scholen. Het samenwerkingsverband probeert "
              "administratieve lasten te beperken, onder meer door één digitaal dossier te gebruiken en door "
              "formulieren te vereenvoudigen. De evaluatie van de formulieren staat gepland voor het tweede "
              "planjaar."),
    ]
    f["ict"] = [
        ("h1", "ICT, gegevens en privacy"),
        ("p", "Het samenwerkingsverband werkt met een digitaal ondersteuningsportaal waarin scholen aanvragen "
              "indienen en dossiers delen. Het portaal voldoet aan de eisen van de Algemene verordening "
              "gegevensbescherming (AVG). Met de leverancier is een verwerkersovereenkomst gesloten. Het "
              "samenwerkingsverband heeft een functionaris gegevensbescherming, die wordt gedeeld met twee andere "
              "samenwerkingsverbanden."),
        ("p", "Persoonsgegevens, waaronder gegevens over gezondheid, verwerken we alleen voor zover dat nodig is "
              "voor de wettelijke taken. Dossiers van aanvragen worden tot drie jaar na het besluit bewaard en "
              "daarna vernietigd. Toegang is beperkt tot medewerkers die de gegevens voor hun taak nodig hebben. "
              "Het privacyreglement is in 2024 geactualiseerd."),
        ("p", "In de planperiode vervangen we het huidige portaal door een nieuwe versie. Daarbij letten we op "
              "gebruiksgemak voor scholen, op de koppeling met de leerlingadministratiesystemen en op de "
              "informatiebeveiliging. Een projectgroep met vertegenwoordigers van de besturen begeleidt de "
              "overstap."),
    ]
    f["planning"] = [
        ("h1", "Planning en beleidscyclus"),
        ("p", "Het ondersteuningsplan is de basis voor de jaarplannen van het samenwerkingsverband. Elk jaar "
              "stelt de directeur-bestuurder een jaarplan op met de activiteiten voor het komende schooljaar, dat "
              "samen met de jaarbegroting door het algemeen bestuur wordt vastgesteld. Het jaarplan wordt ter "
              "informatie aan de OPR gestuurd."),
        ("p", "Het bureau brengt drie keer per jaar een bestuursrapportage uit over de voortgang van de "
              "activiteiten uit het jaarplan en de personele bezetting. Het jaarplan voor het volgende schooljaar "
              "wordt telkens vóór de zomervakantie vastgesteld."),
    ]
    return f


# --------------------------------------------------------------------------------------
# Plan 1 - PO, docx + pdf: Rivierenland-Oost
# --------------------------------------------------------------------------------------

def plan1():
    c = dict(name="Stichting Samenwerkingsverband Passend Primair Onderwijs Rivierenland-Oost",
             short="SWV Rivierenland-Oost", sector="po", period="2025-2029", prev="2021-2025",
             regio="Rivierenland-Oost", gemeenten=["Waalhoven", "Lingedal", "Beesterveld", "Ooijerwaard"],
             besturen=9, scholen=61, leerlingen="13.800", director="drs. M.A. (Marloes) Verhagen",
             opr_parents=True, oogo_date="18 maart 2025", opr_date="9 april 2025", ab_date="15 april 2025")
    f = filler(c)
    body = []
    body += f["voorwoord"] + f["leeswijzer"] + f["regio"] + f["visie"]
    body += [
        ("h1", "Ondersteuning op school: de basis"),
        ("h2", "Wat we met elkaar hebben afgesproken"),
        ("p", "De negen schoolbesturen van SWV Rivierenland-Oost hebben afgesproken dat iedere vestiging van "
              "iedere school in ons verband – ook de twee scholen voor speciaal basisonderwijs – ten minste "
              "dezelfde ondersteuning biedt. Deze gezamenlijke ondergrens noemen we de basisondersteuning. Een "
              "school mag meer bieden, maar nooit minder. Basisondersteuning is geen aanvraag waard: ouders hoeven "
              "er geen verzoek voor te doen en de school ontvangt er geen aparte middelen van het "
              "samenwerkingsverband voor. Pas wanneer een kind meer nodig heeft dan deze afgesproken basis, "
              "spreken we van extra ondersteuning."),
        ("h2", "Wat ouders op elke school mogen verwachten"),
        ("p", "In de tabel hieronder staat per onderdeel wat iedere school in Rivierenland-Oost ten minste "
              "organiseert. De tabel is in 2024 door het directeurenoverleg opgesteld en door het algemeen "
              "bestuur vastgesteld."),
        ("table", ["Onderdeel", "Wat iedere school ten minste biedt"], [
            ["Ondersteuningsstructuur", "Een intern begeleider met minimaal 0,4 fte per 200 leerlingen; een "
             "ondersteuningsteam dat ten minste vier keer per jaar bijeenkomt, met de orthopedagoog van het "
             "samenwerkingsverband als vast lid."],
            ["Planmatig werken", "Groepsoverzichten en groepsplannen volgens handelingsgericht werken; twee "
             "keer per jaar een groepsbespreking per groep; een leerlingvolgsysteem dat ook sociaal-emotionele "
             "ontwikkeling volgt."],
            ["Lezen en dyslexie", "Uitvoering van het Protocol Leesproblemen en Dyslexie; vroegsignalering in "
             "groep 2 en 3; extra leestijd en instructie in een kleine groep; begeleiding bij het aanvragen van "
             "dyslexiezorg."],
            ["Rekenen en dyscalculie", "Uitvoering van het Protocol ERWD; inzet van remediërende materialen; "
             "extra instructie in kleine groep."],
            ["Gedrag en welbevinden", "Een schoolbrede aanpak voor gedrag (bijvoorbeeld PBS of een vergelijkbare "
             "methodiek); een anti-pestcoördinator; een jaarlijkse monitoring van sociale veiligheid."],
            ["Meer- en hoogbegaafdheid", "Signalering met een vast instrument; compacten en verrijken binnen de "
             "groep; een verrijkingsaanbod voor ten minste één uur per week."],
            ["Taal en NT2", "Extra taalondersteuning voor kinderen met een taalachterstand of een andere "
             "thuistaal; afstemming met de voorschool bij de overgang naar groep 1."],
            ["Medisch handelen en fysieke toegankelijkheid", "Een protocol medisch handelen; "
             "afspraken over het toedienen van medicijnen; een toegankelijk gebouw of een plan om dat te "
             "realiseren."],
            ["Samenwerking", "Een vast aanspreekpunt bij het lokale team jeugd; inzet van de schoolmaatschappelijk "
             "werker; warme overdracht naar het voortgezet onderwijs."],
        ]),
        ("h2", "Hoe we de basis op orde houden"),
        ("p", "Iedere school legt in de schoolgids vast hoe zij de basisondersteuning invult. Eén keer per jaar "
              "bespreekt de consulent van het samenwerkingsverband met de directeur en de intern begeleider aan "
              "de hand van de tabel hierboven of de basisondersteuning op orde is. Ontbreekt een onderdeel, dan "
              "stelt de school binnen drie maanden een verbeterplan op, dat het bestuur bespreekt met de "
              "directeur-bestuurder. Schoolbesturen kunnen daarvoor een beroep doen op het scholingsaanbod van "
              "het samenwerkingsverband."),
        ("h1", "Het ondersteuningsaanbod in de regio"),
        ("h2", "Van basis naar speciaal: een doorlopend aanbod"),
        ("p", "Het samenwerkingsverband wil dat er voor ieder kind een passende plek is, zo dicht mogelijk bij "
              "huis. Daarvoor is een aanbod nodig dat aansluit op de basisondersteuning en dat oploopt in "
              "intensiteit. Wij onderscheiden vier treden."),
        ("ul", [
            "Trede 1 – basisondersteuning op iedere school (zie het vorige hoofdstuk).",
            "Trede 2 – extra ondersteuning op de eigen school met een arrangement. De school vraagt het "
            "arrangement aan bij het Ondersteuningsloket. Voorbeelden zijn begeleiding door een "
            "gedragsspecialist, een aangepast leerprogramma met extra handen in de klas of ambulante begeleiding "
            "vanuit het so.",
            "Trede 3 – bovenschoolse voorzieningen: de Taalklas voor nieuwkomers (drie locaties), de "
            "observatiegroep De Overstap voor jonge kinderen van wie de ondersteuningsvraag nog onduidelijk is "
            "(maximaal twaalf weken), en Plusklas Orion voor hoogbegaafde kinderen (één dag per week).",
            "Trede 4 – speciaal basisonderwijs (sbo De Meander en sbo Het Kompas) en speciaal onderwijs cluster 3 "
            "en 4, zowel binnen als buiten de regio, waarvoor een toelaatbaarheidsverklaring nodig is.",
        ]),
        ("p", "De treden zijn geen trap die een kind moet aflopen. Als direct duidelijk is dat een kind meer "
              "nodig heeft, kan de school meteen een passend arrangement of een toelaatbaarheidsverklaring "
              "aanvragen. De consulenten van het samenwerkingsverband denken mee en bewaken dat het aanbod als "
              "geheel samenhangend blijft."),
        ("h2", "Onderwijs en jeugdhulp"),
        ("p", "Met de vier gemeenten zijn afspraken gemaakt over onderwijs-zorgarrangementen. Wanneer een kind "
              "naast onderwijs ook jeugdhulp nodig heeft, stellen de school, het lokale team en de consulent één "
              "plan op. De gemeente financiert het zorgdeel, het samenwerkingsverband of het bestuur het "
              "onderwijsdeel. In twee gemeenten werkt een jeugdhulpverlener enkele dagdelen per week op school."),
        ("h2", "Waar het aanbod tekortschiet"),
        ("p", "Ieder jaar in april analyseert het bureau samen met de besturen waar het aanbod tekortschiet. "
              "Daarvoor gebruiken we de wachtlijsten van sbo en so, de lijst van thuiszitters die de "
              "leerplichtambtenaren met ons delen en de aanvragen die het loket niet passend kon beantwoorden. "
              "De uitkomst bespreken we in het algemeen bestuur, dat besluit welke voorziening wordt uitgebreid "
              "of opgezet. Zo is naar aanleiding van de analyse van 2024 besloten tot een tweede observatiegroep "
              "voor jonge kinderen met ernstig gedrag."),
        ("p", "Voor kinderen die thuiszitten of dreigen thuis te komen zitten, is er het maandelijkse "
              "Thuiszittersoverleg met leerplicht, het lokale team en de consulent. Vindt een kind binnen vier "
              "weken geen passende plek, dan neemt de directeur-bestuurder de regie en kan zij een bestuur vragen "
              "een kind tijdelijk te plaatsen (doorzettingsmacht). De schoolbesturen hebben afgesproken dat zij "
              "hun zorgplicht gezamenlijk waarmaken: een bestuur dat geen passende plek kan bieden, zoekt samen "
              "met het loket actief naar een school die dat wel kan."),
    ]
    body += [
        ("h1", "Toelaatbaarheid tot sbo en so"),
        ("h2", "Wie vraagt aan"),
        ("p", "Een toelaatbaarheidsverklaring (TLV) voor het speciaal basisonderwijs of het speciaal onderwijs "
              "wordt aangevraagd door het schoolbestuur van de school waar het kind staat ingeschreven of is "
              "aangemeld. De aanvraag loopt via het digitale ondersteuningsportaal en bevat het groeidocument of "
              "ontwikkelingsperspectief, het verslag van het multidisciplinair overleg, de zienswijze van de "
              "ouders en een onderwijskundig rapport."),
        ("h2", "Stappen en termijnen"),
        ("ul", [
            "Stap 1: het Ondersteuningsloket controleert binnen vijf werkdagen of de aanvraag volledig is en "
            "vraagt zo nodig om aanvulling.",
            "Stap 2: twee deskundigen brengen ieder afzonderlijk een schriftelijk advies uit: een orthopedagoog "
            "of psycholoog en, afhankelijk van het kind, een tweede deskundige (maatschappelijk werker, "
            "kinderpsychiater, arts of pedagoog). De deskundigen zijn niet betrokken geweest bij de aanvraag.",
            "Stap 3: de Commissie van Toelaatbaarheid (CvT) neemt namens de directeur-bestuurder een besluit "
            "binnen zes weken na ontvangst van de volledige aanvraag. Bij een TLV voor het so stelt de commissie "
            "ook de bekostigingscategorie vast (laag, midden of hoog).",
            "Stap 4: ouders en schoolbestuur ontvangen het besluit met een afschrift van beide "
            "deskundigenadviezen.",
        ]),
        ("h2", "Waarop de commissie beslist"),
        ("p", "De commissie toetst iedere aanvraag aan de criteria voor toelaatbaarheid die het algemeen bestuur "
              "heeft vastgesteld. Deze criteria, met de toelichting per cluster en categorie, zijn opgenomen in het "
              "Handboek Toelaatbaarheid Rivierenland-Oost 2025 (bijlage 3). Omdat het handboek jaarlijks wordt "
              "bijgewerkt, herhalen we de criteria hier niet."),
        ("h2", "Bezwaar"),
        ("p", "Ouders en het schoolbestuur kunnen binnen zes weken na de datum van het besluit bezwaar maken bij "
              "het samenwerkingsverband. Het samenwerkingsverband is aangesloten bij de Landelijke "
              "Bezwaaradviescommissie Toelaatbaarheidsverklaringen, die advies uitbrengt over het bezwaar. Daarna "
              "beslist de directeur-bestuurder op het bezwaar. Tegen die beslissing staat beroep open bij de "
              "rechtbank."),
        ("h2", "Afloop van de TLV"),
        ("p", "Een TLV voor het sbo geven we af voor twee schooljaren. Een TLV voor het so geven we af voor "
              "ten hoogste drie schooljaren; bij een kind met een blijvende beperking kan de commissie een langere "
              "duur vaststellen. Een TLV loopt altijd af op 31 juli."),
        ("p", "Een plaatsing in het sbo of so is voor ons in beginsel tijdelijk. Wij vinden dat een kind terug "
              "moet kunnen naar een basisschool, bij voorkeur in de eigen wijk of het eigen dorp, zodra de "
              "ondersteuningsbehoefte dat toelaat. Voorwaarde is dat de ontvangende school de ondersteuning kan "
              "bieden die in het ontwikkelingsperspectief is beschreven, zo nodig met een arrangement. Na de "
              "overstap krijgt het kind gedurende één schooljaar een terugkeerarrangement: ambulante begeleiding "
              "vanuit de sbo- of so-school van twee uur per week en coaching van de leerkracht. Het "
              "samenwerkingsverband betaalt dit arrangement uit het bovenschoolse budget."),
        ("p", "In het laatste jaar van de TLV evalueert de sbo- of so-school uiterlijk op 1 december het "
              "ontwikkelingsperspectief in een multidisciplinair overleg met ouders en de consulent van het "
              "samenwerkingsverband. De school adviseert daarna terugplaatsing naar het basisonderwijs, "
              "overplaatsing naar een andere school of voortzetting. Bij terugplaatsing zoeken ouders met de "
              "consulent een basisschool; de aanmelding gebeurt vóór 1 maart. Bij voortzetting vraagt het bestuur "
              "van de sbo- of so-school vóór 1 april een nieuwe TLV aan. Wordt geen nieuwe TLV afgegeven, dan "
              "eindigt de plaatsing op 31 juli en start het kind op 1 augustus op de basisschool. De ontvangende "
              "school evalueert de overstap na zes weken en na een half jaar met ouders en consulent."),
    ]
    body += [
        ("h1", "Geld en middelen"),
        ("h2", "Inkomsten"),
        ("p", "Het samenwerkingsverband ontvangt van het Rijk middelen voor lichte en zware ondersteuning. "
              "Daarvan worden eerst de wettelijke afdrachten aan het sbo en so ingehouden door DUO. Wat overblijft "
              "verdelen we volgens het verdeelmodel hieronder."),
        ("h2", "Zo verdelen we"),
        ("ul", [
            "Schoolbesturen ontvangen een bedrag per leerling, berekend op het aantal leerlingen op de teldatum "
            "van 1 oktober van het voorgaande jaar, plus een vaste voet van € 7.500 per vestiging. Het bedrag per "
            "leerling wordt ieder jaar bij de begroting vastgesteld.",
            "Arrangementen en bovenschoolse voorzieningen worden toegekend door het Ondersteuningsloket, op "
            "aanvraag van een school, wanneer de gevraagde ondersteuning boven de basisondersteuning uitgaat en "
            "de school heeft laten zien wat zij zelf al heeft gedaan.",
            "Het samenwerkingsverband compenseert een sbo-school voor de groei boven het peildatumniveau van "
            "1 februari via de groeiregeling; so-groei na 1 oktober wordt volgens de wettelijke regeling "
            "doorbetaald.",
            "Het algemeen bestuur stelt het verdeelmodel en de bedragen vast in december, voor het "
            "daaropvolgende kalenderjaar.",
        ]),
        ("h2", "Besteding en meerjarenbegroting"),
        ("p", "Hoe de middelen over de posten en over de jaren van de planperiode worden besteed, is uitgewerkt "
              "in de meerjarenbegroting 2025-2029. Die begroting wordt jaarlijks in december als afzonderlijk "
              "document door het algemeen bestuur vastgesteld en maakt geen deel uit van dit plan."),
    ]
    body += [
        ("h1", "Kwaliteitszorg"),
        ("p", "Ons kwaliteitsbeleid is beschreven in het Kwaliteitshandboek SWV Rivierenland-Oost (2023). "
              "Welke resultaten wij in deze planperiode beogen, met welke indicatoren we die volgen en hoe we "
              "erover rapporteren, is een van de eerste opdrachten uit het jaarplan 2025-2026. Het kader dat "
              "daaruit voortkomt, voegen we na instemming van de OPR als addendum aan dit plan toe."),
        ("h1", "Communicatie"),
        ("h2", "Hoe ouders informatie krijgen"),
        ("p", "Ouders vinden op de ouderpagina van onze website een overzicht van de ondersteuning die iedere "
              "school biedt, van de arrangementen en bovenschoolse voorzieningen en van de route naar sbo en so. "
              "De brochure 'Passend onderwijs in Rivierenland-Oost' is er in het Nederlands, Engels, Arabisch en "
              "Pools en ligt op iedere school. In de schoolgids beschrijft iedere school haar basisondersteuning "
              "en extra ondersteuning. Twee keer per jaar organiseren we een informatieavond voor ouders, en elke "
              "dinsdagochtend is er een telefonisch spreekuur met een consulent."),
        ("h2", "Onafhankelijke hulp"),
        ("p", "Ouders die vragen hebben of het niet eens zijn met de school of met het samenwerkingsverband, "
              "kunnen terecht bij het Ouder- en Jeugdsteunpunt Rivierenland. Het steunpunt is onafhankelijk van "
              "scholen en samenwerkingsverband, is ondergebracht bij Stichting Ouderkracht Gelderland en is gratis. "
              "Ook kunnen ouders een beroep doen op de Onderwijsconsulenten. Voor klachten geldt de "
              "klachtenregeling van het samenwerkingsverband; geschillen over toelating, verwijdering of het "
              "ontwikkelingsperspectief kunnen worden voorgelegd aan de Geschillencommissie passend onderwijs."),
        ("h2", "Ouders als partner"),
        ("p", "Ouders zijn betrokken bij het opstellen en evalueren van het ontwikkelingsperspectief en worden "
              "uitgenodigd bij ieder multidisciplinair overleg over hun kind. Kinderen worden gehoord over hun "
              "ontwikkelingsperspectief, op een manier die past bij hun leeftijd."),
    ]
    body += f["oogo"] + f["governance"] + f["personeel"] + f["ict"] + f["planning"]
    body += [
        ("h1", "Bijlagen (afzonderlijk gepubliceerd)"),
        ("ul", ["Bijlage 1 Verslag OOGO 18 maart 2025", "Bijlage 2 Instemmingsbrief OPR",
                "Bijlage 3 Handboek Toelaatbaarheid Rivierenland-Oost 2025",
                "Bijlage 4 Meerjarenbegroting 2025-2029", "Bijlage 5 Kwaliteitshandboek (2023)"]),
        ("h1", "Begrippenlijst"),
        ("gloss", [
            ("Basisondersteuning", "het afgesproken niveau van ondersteuning dat alle scholen bieden"),
            ("Bekostigingscategorie", "laag, midden of hoog; bepaalt de bekostiging van een so-leerling"),
            ("Beoogde resultaten", "de resultaten die het samenwerkingsverband met zijn beleid wil bereiken"),
            ("Kwaliteitszorg", "het stelselmatig volgen en verbeteren van de resultaten van het beleid"),
            ("Meerjarenbegroting", "begroting over meerdere jaren van de inkomsten en uitgaven"),
            ("OPR", "ondersteuningsplanraad"),
            ("TLV", "toelaatbaarheidsverklaring voor sbo of so"),
            ("Terugplaatsing", "overstap van sbo of so naar het basisonderwijs"),
        ]),
    ]
    blocks = assemble(["Ondersteuningsplan 2025-2029", c["name"], "Vastgesteld door het algemeen bestuur op "
                       + c["ab_date"]], body)
    crit = {"basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure",
            "terugstroom.procedure", "terugstroom.beleid", "financien.verdeling",
            "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "ouders.informatie", "ouders.steunpunt"}
    elements, criteria = derive(crit)
    advisory = {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                "dekkend-aanbod": ["ketenpartners"], "ouders": ["betrokkenheid"]}
    notes = {
        "basisondersteuning": "present: ch. 'Ondersteuning op school: de basis' defines the common minimum for every vestiging and lists content in a table; borging via annual consulent check",
        "plaatsing": "partial: procedure, deskundigen, categorie and bezwaar in ch. 'Toelaatbaarheid tot sbo en so'; criteria only referred to Handboek Toelaatbaarheid (bijlage 3, absent)",
        "terugstroom": "present: hidden in the TLV chapter, section 'Afloop van de TLV' (policy, terugkeerarrangement, steps with dates)",
        "financien": "partial: verdeling in 'Geld en middelen' (per leerling, vaste voet, loket); besteding/meerjarenbegroting only referred to a separate document",
        "dekkend-aanbod": "present: four treden in 'Het ondersteuningsaanbod in de regio'; gaps via yearly analysis, Thuiszittersoverleg, doorzettingsmacht",
        "resultaten": "missing: 'Kwaliteitszorg' only refers to a Kwaliteitshandboek and defers results/indicators to the jaarplan; glossary/leeswijzer mentions only",
        "ouders": "present: under 'Communicatie' (ouderpagina, brochure, schoolgids, informatieavond; OJSP, Onderwijsconsulenten, geschillencommissie)",
    }
    return dict(stem="holdout170-po-rivierenland-oost-2025-2029", blocks=blocks, c=c, sector="po",
                elements=elements, criteria=criteria, advisory=advisory, notes=notes)


# --------------------------------------------------------------------------------------
# Plan 2 - VO, docx: Kempenrand
# --------------------------------------------------------------------------------------

def plan2():
    c = dict(name="Samenwerkingsverband Voortgezet Onderwijs Kempenrand",
             short="SWV VO Kempenrand", sector="vo", period="2024-2028", prev="2020-2024",
             regio="Kempenrand", gemeenten=["Heezendonk", "Asterlo", "Bergeijkhoven"],
             besturen=7, scholen=19, leerlingen="11.400", director="mr. J.P. (Jeroen) van Dooren",
             opr_parents=True, oogo_date="7 februari 2024", opr_date="12 maart 2024", ab_date="21 maart 2024")
    f = filler(c)
    body = f["voorwoord"] + f["leeswijzer"] + f["regio"] + f["visie"]
    body += [
        ("h1", "De ondersteuningsstructuur"),
        ("h2", "Basisondersteuning"),
        ("p", "Alle scholen in de Kempenrand bieden ten minste de basisondersteuning zoals die in het "
              "samenwerkingsverband is afgesproken. Deze ondergrens geldt voor iedere vestiging, van "
              "praktijkonderwijs tot gymnasium. Wat een school daarboven biedt, beschrijft zij in haar "
              "schoolondersteuningsprofiel. Basisondersteuning wordt door de school zelf bekostigd uit de "
              "middelen die het samenwerkingsverband aan de besturen doorgeeft."),
        ("p", "Welke voorzieningen, interventies en expertise concreet onder de basisondersteuning vallen, is "
              "uitgewerkt in het Kader Basisondersteuning VO Kempenrand, dat het algemeen bestuur op 14 november "
              "2023 heeft vastgesteld. Dat kader is een zelfstandig document met een eigen herzieningscyclus en "
              "maakt geen onderdeel uit van dit ondersteuningsplan."),
        ("h2", "Het ondersteuningscontinuüm"),
        ("p", "Boven op de basisondersteuning kent het samenwerkingsverband een samenhangend aanbod in vier "
              "lagen. Het uitgangspunt is dat een leerling zo lang mogelijk op de eigen school blijft en dat "
              "ondersteuning naar de leerling toe komt in plaats van andersom."),
        ("table", ["Laag", "Aanbod", "Toegang"], [
            ["1 Basis in de school", "Mentor, zorgcoördinator, ondersteuningsteam, basisondersteuning volgens "
             "het Kader", "Direct, geen aanvraag"],
            ["2 Extra in de school", "Ondersteuningsarrangement op de eigen school, zoals een trajectvoorziening "
             "('Plein'), begeleiding door een gedragsspecialist, of een onderwijs-zorgarrangement met "
             "jeugdhulp", "Aanvraag door de school bij het Loket Toewijzing"],
            ["3 Bovenschools", "OPDC De Schakel (40 plaatsen, maximaal één schooljaar), rebound Time-In "
             "(twaalf weken), tussenvoorziening De Haven voor leerlingen met angst- en "
             "schoolverzuimproblematiek, ISK voor nieuwkomers", "Aanvraag via het Loket; plaatsing na "
             "intake"],
            ["4 Speciaal", "Vso cluster 4 (Het Kompas), vso cluster 3 (De Linde), vso buiten de regio",
             "Toelaatbaarheidsverklaring"],
        ]),
        ("p", "Tussen de lagen bestaan verbindingen: leerlingen van het OPDC blijven ingeschreven op hun "
              "eigen school, de vso-scholen bieden ambulante begeleiding in het regulier onderwijs en de "
              "ondersteuningsteams van de scholen kunnen expertise uit het vso inroepen. Samen met de gemeenten "
              "financieren we de jeugdhulp in de trajectvoorzieningen."),
        ("h2", "Een dekkend aanbod?"),
        ("p", "Wij willen dat iedere leerling in de Kempenrand een passende plek heeft. Of het huidige aanbod "
              "daarvoor toereikend is, brengen we in het schooljaar 2025-2026 in kaart. De uitkomsten van die "
              "inventarisatie en de maatregelen die daaruit volgen, worden te zijner tijd als addendum aan dit "
              "plan toegevoegd."),
    ]
    body += [
        ("h1", "Toewijzing en toelaatbaarheid"),
        ("h2", "Toelaatbaarheid tot het vso"),
        ("p", "Het bestuur van de school waar de leerling staat ingeschreven, of waar de leerling is "
              "aangemeld, vraagt de toelaatbaarheidsverklaring aan bij het Loket Toewijzing. Bij de aanvraag "
              "horen het ontwikkelingsperspectiefplan met ten minste één geëvalueerde periode, het verslag van "
              "het ondersteuningsteam, de zienswijze van ouders en leerling, en – als de leerling nog in het "
              "primair onderwijs zit – het onderwijskundig rapport. De Commissie Toewijzing beslist binnen zes "
              "weken na ontvangst van de volledige aanvraag. In spoedeisende situaties (veiligheid, dreigend "
              "thuiszitten) beslist de commissie binnen tien werkdagen."),
        ("p", "Voordat de commissie beslist, brengen twee deskundigen ieder een eigen schriftelijk advies uit: "
              "een orthopedagoog of GZ-psycholoog, en een tweede deskundige die past bij de vraag van de leerling, "
              "bijvoorbeeld een jeugdarts of kinder- en jeugdpsychiater. De adviezen worden met het besluit aan "
              "ouders gezonden."),
        ("h2", "Wanneer is een leerling toelaatbaar"),
        ("p", "Een leerling is toelaatbaar tot het vso wanneer aan alle volgende voorwaarden is voldaan:"),
        ("ul", [
            "de ondersteuningsbehoefte van de leerling is structureel en overstijgt wat een reguliere school, "
            "ook met een arrangement uit laag 2 of 3, kan bieden;",
            "dat blijkt uit een ontwikkelingsperspectiefplan dat ten minste één keer is geëvalueerd, of uit "
            "een onderbouwing waarom een regulier traject niet verantwoord is (bijvoorbeeld bij ernstige "
            "veiligheidsrisico's);",
            "het vso kan de leerling een perspectief bieden op een diploma, vervolgonderwijs, arbeid of "
            "dagbesteding dat in het regulier onderwijs niet haalbaar is.",
        ]),
        ("p", "De commissie kent categorie laag toe bij leerlingen met een ondersteuningsbehoefte op het gebied "
              "van gedrag, psychiatrie of een verstandelijke beperking (cluster 4 en zml); categorie midden bij "
              "een langdurige ziekte of lichamelijke beperking; categorie hoog bij een meervoudige beperking. Een "
              "eerste TLV geldt voor ten hoogste twee schooljaren en eindigt op 31 juli."),
        ("h2", "Leerwegondersteuning en praktijkonderwijs"),
        ("p", "Het samenwerkingsverband hanteert de landelijke criteria voor leerwegondersteunend onderwijs: "
              "een IQ tussen 75 en 90 met een leerachterstand van anderhalf tot drie jaar op ten minste één van de "
              "domeinen begrijpend lezen, inzichtelijk rekenen, technisch lezen of spellen, of een IQ tussen 91 en "
              "120 met een dergelijke achterstand én sociaal-emotionele problematiek. Voor praktijkonderwijs gelden "
              "de landelijke criteria: een IQ tussen 55 en 80 en een leerachterstand van drie jaar of meer op ten "
              "minste twee domeinen, waarvan één begrijpend lezen of inzichtelijk rekenen is."),
        ("p", "De basisschool levert het dossier vóór 1 maart van groep 8 aan via het portaal, na toestemming van "
              "ouders. De vo-school waar de leerling is aangemeld, vraagt de aanwijzing lwoo of de TLV pro aan. "
              "De Commissie Toewijzing besluit binnen vier weken. Een aanwijzing lwoo geldt voor de duur van de "
              "opleiding; een TLV pro geldt tot het einde van de opleiding."),
        ("h2", "Bezwaar"),
        ("p", "Tegen een besluit over toelaatbaarheid kunnen ouders of het schoolbestuur binnen zes weken "
              "bezwaar maken. Het samenwerkingsverband vraagt advies aan de Landelijke Bezwaaradviescommissie "
              "Toelaatbaarheidsverklaringen voordat het op het bezwaar beslist."),
        ("h1", "Terugkeer uit het vso"),
        ("p", "Ons uitgangspunt is dat het vso voor veel leerlingen een tijdelijke plek is. Wanneer een leerling "
              "zich zo heeft ontwikkeld dat het regulier voortgezet onderwijs, al dan niet met ondersteuning, "
              "passend is, streven we naar terugkeer. Voorwaarden zijn dat de leerling en ouders de overstap "
              "willen, dat er een reguliere school is die de ondersteuning uit het ontwikkelingsperspectiefplan "
              "kan bieden en dat de overstap past bij de leerroute van de leerling. Na terugkeer heeft de "
              "leerling recht op een overgangsarrangement van ten hoogste één schooljaar, met begeleiding vanuit "
              "het vso en extra mentortijd, dat het samenwerkingsverband financiert."),
        ("p", "De stappen, wie het initiatief neemt en de evaluatiemomenten rond het einde van een TLV worden "
              "vastgelegd in een protocol terugkeer dat in het schooljaar 2025-2026 verschijnt. Tot dat moment "
              "maken vso-school en reguliere school per leerling afspraken."),
    ]
    body += [
        ("h1", "Waar het geld naartoe gaat"),
        ("h2", "Verdeling"),
        ("p", "De middelen voor lichte ondersteuning (lwoo en pro) geeft het samenwerkingsverband door aan de "
              "scholen met lwoo en pro, op basis van het aantal leerlingen met een aanwijzing lwoo of een TLV pro "
              "op 1 oktober. De middelen voor zware ondersteuning verdelen we na aftrek van de afdrachten aan het "
              "vso als volgt: iedere reguliere school ontvangt een vaste voet van € 40.000 en € 95 per leerling "
              "(teldatum 1 oktober). Arrangementen in laag 2 worden toegekend door het Loket op basis van de "
              "aanvraag van de school, met een maximum van € 8.000 per leerling per schooljaar. De bovenschoolse "
              "voorzieningen in laag 3 ontvangen een vast budget op basis van het aantal plaatsen."),
        ("h2", "Meerjarenbegroting"),
        ("table", ["Post (x € 1.000)", "2024", "2025", "2026", "2027"], [
            ["Baten ondersteuningsmiddelen (na afdracht vso)", "9.870", "9.720", "9.610", "9.540"],
            ["Lichte ondersteuning lwoo/pro naar scholen", "4.120", "4.080", "4.050", "4.020"],
            ["Schoolbudgetten (vaste voet + per leerling)", "1.840", "1.830", "1.820", "1.810"],
            ["Arrangementen laag 2", "1.150", "1.150", "1.120", "1.100"],
            ["OPDC, rebound, tussenvoorziening", "1.620", "1.640", "1.650", "1.660"],
            ["Overgangsarrangementen terugkeer vso", "60", "80", "90", "90"],
            ["Bureau, loket en commissie", "880", "890", "900", "910"],
            ["Resultaat", "200", "50", "-20", "-50"],
        ]),
        ("p", "Het samenwerkingsverband hanteert een signaleringswaarde voor het eigen vermogen volgens de "
              "methodiek van de inspectie. De reserve ligt daar in 2024 licht boven; de begrote negatieve "
              "resultaten in 2026 en 2027 brengen de reserve binnen de norm. Scholen verantwoorden jaarlijks vóór "
              "1 juni aan het bureau hoe zij de schoolbudgetten en arrangementen hebben ingezet."),
        ("h1", "Resultaten en ambities"),
        ("h2", "Terugblik"),
        ("p", "In het vorige plan stelden we zes doelen. Vier daarvan zijn gehaald: de doorlooptijd van "
              "aanvragen daalde, het aantal leerlingen in het OPDC dat binnen een jaar terugkeerde naar de eigen "
              "school steeg van 58 naar 71 procent, de tevredenheid van scholen over het Loket steeg en alle "
              "scholen hebben een actueel schoolondersteuningsprofiel. Het deelnamepercentage vso daalde niet "
              "(3,4 procent tegen 3,1 procent beoogd) en het aantal leerlingen dat na het vso terugkeerde naar het "
              "regulier onderwijs bleef achter."),
        ("h2", "Beoogde resultaten 2024-2028"),
        ("table", ["Indicator", "Nulmeting 2023", "Streefwaarde 2028"], [
            ["Deelnamepercentage vso (1 oktober)", "3,4%", "≤ 3,1%"],
            ["Doorlooptijd aanvraag TLV (weken)", "5,8", "≤ 4"],
            ["OPDC-leerlingen binnen één jaar terug op eigen school", "71%", "85%"],
            ["Leerlingen per jaar van vso terug naar regulier vo", "6", "15"],
            ["Tevredenheid scholen over Loket (rapportcijfer)", "7,1", "7,5"],
        ]),
        ("h2", "Hoe we volgen en verantwoorden"),
        ("p", "Het bureau verzamelt de gegevens voor deze indicatoren uit het portaal en uit de DUO-telling en "
              "zet ze elk kwartaal in een dashboard voor het algemeen bestuur. Twee keer per jaar voert het "
              "bureau met iedere school een kwaliteitsdialoog over de inzet van arrangementen en de resultaten. "
              "In het jaarverslag rapporteren we per indicator de bereikte waarde en de uitgaven die ermee "
              "samenhangen. In 2026 volgt een tussenevaluatie met de OPR; bij forse afwijkingen stelt het bestuur "
              "de aanpak bij."),
        ("h1", "Ouders en leerlingen"),
        ("p", "Ouders vinden op onze website onder 'Ouders en leerlingen' wat er in de Kempenrand aan "
              "ondersteuning is en hoe zij daar gebruik van kunnen maken. Bij de aanmelding in het voortgezet "
              "onderwijs ontvangen alle ouders de folder 'Wegwijzer passend onderwijs'. Elk najaar organiseren we "
              "een informatiemarkt waar scholen, OPDC en vso zich presenteren. Op school is de zorgcoördinator "
              "het eerste aanspreekpunt."),
        ("p", "Voor informatie over onafhankelijke ondersteuningsmogelijkheden verwijzen we ouders naar "
              "www.swvkempenrand.nl/onafhankelijk-advies."),
    ]
    body += f["oogo"] + [
        ("p", "Met de gemeenten is afgesproken dat een gezamenlijke aanpak van thuiszitten nader wordt "
              "uitgewerkt zodra de inventarisatie van het aanbod gereed is.")] + f["governance"] + \
        f["personeel"] + f["ict"] + f["planning"]
    body += [
        ("h1", "Afkortingen en begrippen"),
        ("gloss", [
            ("Dekkend aanbod", "een netwerk van voorzieningen waarin voor iedere leerling een passende plek is"),
            ("LBT", "Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen"),
            ("OJSP", "ouder- en jeugdsteunpunt: onafhankelijk steunpunt voor ouders en jongeren"),
            ("OPDC", "orthopedagogisch-didactisch centrum"),
            ("Terugplaatsing", "terugkeer van een vso-leerling naar het regulier voortgezet onderwijs"),
            ("Thuiszitter", "leerplichtige jongere die zonder geldige reden niet naar school gaat"),
            ("Zorgplicht", "plicht van het schoolbestuur om een aangemelde leerling een passende plek te bieden"),
        ]),
    ]
    blocks = assemble(["Ondersteuningsplan 2024-2028", c["name"], "Definitieve versie"], body)
    crit = {"basisondersteuning.niveau", "plaatsing.procedure", "plaatsing.criteria", "terugstroom.beleid",
            "financien.verdeling", "financien.besteding", "dekkend-aanbod.continuum", "resultaten.doelen",
            "resultaten.monitoring", "ouders.informatie"}
    elements, criteria = derive(crit)
    advisory = {"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"], "terugstroom": ["monitoring"],
                "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
                "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]}
    notes = {
        "basisondersteuning": "partial: niveau (ondergrens for every vestiging) stated; concrete content only in the separate Kader Basisondersteuning VO (not part of the plan)",
        "plaatsing": "present: ch. 'Toewijzing en toelaatbaarheid' gives vso procedure, criteria list, categories, lwoo/pro criteria and procedure, deskundigen, bezwaar",
        "terugstroom": "partial: policy, conditions and overgangsarrangement in 'Terugkeer uit het vso'; procedure deferred to a protocol appearing in 2025-2026",
        "financien": "present: 'Waar het geld naartoe gaat' (vaste voet, per leerling, loket maxima) with meerjarenbegroting table; reserves and verantwoording too",
        "dekkend-aanbod": "partial: continuum table in 'De ondersteuningsstructuur'; gap analysis deferred ('brengen we in 2025-2026 in kaart', addendum), thuiszitten aanpak deferred in OOGO chapter",
        "resultaten": "present: 'Resultaten en ambities' with terugblik, indicator table with streefwaarden, quarterly dashboard, jaarverslag, tussenevaluatie",
        "ouders": "partial: informatie via website, folder, informatiemarkt; independent support only a website reference (OJSP only in glossary)",
    }
    return dict(stem="holdout170-vo-kempenrand-2024-2028", blocks=blocks, c=c, sector="vo",
                elements=elements, criteria=criteria, advisory=advisory, notes=notes)


# --------------------------------------------------------------------------------------
# Plan 3 - PO, pdf (rendered from docx): Duinstreek
# --------------------------------------------------------------------------------------

def plan3():
    c = dict(name="Stichting Samenwerkingsverband Duinstreek PO",
             short="Duinstreek PO", sector="po", period="2026-2030", prev="2022-2026",
             regio="Duinstreek", gemeenten=["Zandvoorde", "Helmerduin", "Kennemeroord", "Bloemendijk", "Noordwijkerveen"],
             besturen=12, scholen=74, leerlingen="16.200", director="E.J. (Esther) Kramer-Boukhari MEd",
             opr_parents=True, oogo_date="3 februari 2026", opr_date="10 maart 2026", ab_date="24 maart 2026")
    f = filler(c)
    body = f["voorwoord"] + f["leeswijzer"] + f["regio"] + f["visie"]
    body += [
        ("h1", "Wat iedere school biedt"),
        ("p", "In Duinstreek PO spreken we van het gezamenlijke vloerniveau: de ondersteuning die een kind op "
              "elke school en elke locatie van de twaalf aangesloten besturen krijgt, zonder dat daarvoor iets "
              "hoeft te worden aangevraagd. Het vloerniveau is door alle besturen onderschreven en geldt ook voor "
              "de scholen voor speciaal basisonderwijs. Geen school zakt eronder; een school die erboven uitstijgt, "
              "laat dat zien in haar profiel."),
        ("p", "Concreet betekent het vloerniveau dat iedere school:"),
        ("ul", [
            "een intern begeleider heeft die geschoold is op masterniveau of daarvoor in opleiding is, en een "
            "ondersteuningsteam dat minstens vijf keer per jaar overlegt met de schoolcontactpersoon van het "
            "samenwerkingsverband en, als dat nodig is, met de jeugdverpleegkundige;",
            "de ontwikkeling van ieder kind volgt met een genormeerd leerlingvolgsysteem en twee keer per jaar "
            "een groepsbespreking houdt;",
            "dyslexie en ernstige rekenproblemen signaleert en begeleidt volgens de landelijke protocollen, met "
            "extra instructie in kleine groepen en het gebruik van compenserende software;",
            "een aanpak heeft voor sociale veiligheid en gedrag, met een gedragsspecialist binnen het bestuur die "
            "binnen twee weken kan meekijken in de klas;",
            "een aanbod heeft voor kinderen die meer uitdaging nodig hebben (verrijkingsmateriaal en een "
            "verrijkingsgroep van ten minste één uur per week);",
            "extra taalondersteuning biedt aan kinderen met een taalachterstand;",
            "een protocol medisch handelen hanteert en in overleg met de jeugdarts eenvoudige medische "
            "handelingen uitvoert.",
        ]),
        ("p", "Het vloerniveau is sinds 2022 niet gewijzigd, met uitzondering van de eis over de opleiding van de "
              "intern begeleider, die in dit plan is toegevoegd."),
        ("h1", "Het aanbod in onze regio"),
        ("p", "Het geheel van voorzieningen in de Duinstreek is in kaart gebracht in de Sociale Kaart Passend Onderwijs Duinstreek (bijlage 2). Die kaart wordt "
              "ieder half jaar geactualiseerd en is daarom niet in dit plan opgenomen."),
        ("h1", "Geen kind tussen wal en schip"),
        ("h2", "Signaleren waar plekken ontbreken"),
        ("p", "Twee keer per jaar, in oktober en in maart, bespreken de besturen in het algemeen bestuur een "
              "overzicht van kinderen voor wie op dat moment geen passende plek is: kinderen op een wachtlijst voor "
              "sbo of so, kinderen met een vrijstelling van de leerplicht en kinderen die langer dan vier weken "
              "(gedeeltelijk) thuiszitten. Het overzicht wordt samengesteld door het bureau met de "
              "leerplichtambtenaren van de vijf gemeenten. Blijkt een groep kinderen structureel geen plek te "
              "vinden, dan wijst het algemeen bestuur een bestuur aan dat binnen zes maanden met een voorstel "
              "komt voor een nieuwe voorziening."),
        ("h2", "Handelen bij thuiszitten"),
        ("p", "Zodra een kind tien schooldagen niet of nauwelijks naar school gaat, meldt de school dit bij de "
              "leerplichtambtenaar en bij de schoolcontactpersoon van het samenwerkingsverband. Binnen twee weken "
              "volgt een overleg met school, ouders, leerplicht en zo nodig jeugdhulp, waarin een plan voor "
              "terugkeer naar school wordt gemaakt. Lukt het niet om binnen drie maanden een passende plek te "
              "vinden, dan escaleert de schoolcontactpersoon naar de directeur-bestuurder, die besturen kan "
              "verplichten een tijdelijke plaats te bieden."),
        ("h2", "Zorgplicht"),
        ("p", "Een bestuur dat een aangemeld kind niet zelf de nodige ondersteuning kan bieden, zoekt binnen de "
              "wettelijke termijn een andere school die dat wel kan. Besturen hebben afgesproken dat zij elkaar "
              "daarbij niet afwijzen zonder overleg met de schoolcontactpersoon, zodat er geen kind zonder "
              "school blijft."),
    ]
    body += [
        ("h1", "Naar het sbo of so"),
        ("h2", "De aanvraag"),
        ("p", "Wanneer een basisschool samen met ouders tot de conclusie komt dat een kind beter op zijn plek is "
              "in het speciaal basisonderwijs of het speciaal onderwijs, dient het schoolbestuur een aanvraag in bij "
              "de Toewijzingscommissie van Duinstreek PO. Bij de aanvraag zitten het ontwikkelingsperspectief, de "
              "verslagen van de laatste twee besprekingen in het ondersteuningsteam en het standpunt van ouders. "
              "Binnen vier weken beslist de commissie, nadat een orthopedagoog of psycholoog en een tweede "
              "deskundige afzonderlijk schriftelijk hebben geadviseerd."),
        ("h2", "Wanneer het sbo, wanneer het so"),
        ("p", "Het sbo is bedoeld voor kinderen die in een kleinere groep met meer structuur en specifieke "
              "didactiek tot ontwikkeling komen, van wie de leer- of gedragsontwikkeling ondanks ten minste twee "
              "geëvalueerde perioden van extra ondersteuning op de basisschool stagneert, en voor wie de "
              "basisschool – ook met een arrangement – die ondersteuning niet kan bieden. Het so is bedoeld voor "
              "kinderen die daarnaast langdurig specialistische expertise nodig hebben vanwege een verstandelijke, "
              "lichamelijke of meervoudige beperking, een langdurige ziekte of ernstige psychiatrische of "
              "gedragsproblematiek. De bekostigingscategorie volgt uit de aard van de beperking: laag voor zml en "
              "gedrag, midden voor langdurig zieke en lichamelijk gehandicapte kinderen, hoog voor kinderen met "
              "een meervoudige beperking."),
        ("p", "Een toelaatbaarheidsverklaring voor het sbo of so geldt tot het einde van het schooljaar waarin "
              "het kind twaalf jaar wordt, tenzij de commissie een kortere duur vaststelt."),
        ("h2", "Niet eens met het besluit"),
        ("p", "Ouders die het niet eens zijn met het besluit kunnen binnen zes weken bezwaar maken. Duinstreek "
              "PO is aangesloten bij de landelijke bezwaaradviescommissie (LBT)."),
        ("h1", "Overstap naar het voortgezet onderwijs"),
        ("p", "De overstap van groep 8 naar de brugklas is voor ieder kind een spannend moment, en voor kinderen "
              "met een ondersteuningsbehoefte soms extra. Met het samenwerkingsverband voortgezet onderwijs is "
              "afgesproken dat iedere basisschool een warme overdracht verzorgt voor kinderen met een "
              "ontwikkelingsperspectief. Scholen voor sbo en so nemen deel aan de gezamenlijke kennismakingsdagen "
              "van het vo. De doorstroom naar het vo en de uitstroom van het so worden jaarlijks met het vo besproken."),
    ]
    body += [
        ("h1", "Kwaliteit en resultaten"),
        ("h2", "Monitor Passend Onderwijs"),
        ("p", "Twee keer per jaar verschijnt de Monitor Passend Onderwijs Duinstreek. Daarin staan per bestuur "
              "en voor het samenwerkingsverband als geheel onder meer het deelnamepercentage sbo en so op 1 oktober "
              "en 1 februari, het aantal toegekende arrangementen, de doorlooptijd van aanvragen, het aantal "
              "thuiszitters en vrijstellingen en de uitkomsten van de tevredenheidspeiling onder scholen. De "
              "monitor wordt besproken in het algemeen bestuur, in het directeurenoverleg en met de OPR. Aan de "
              "hand van de monitor voert de directeur-bestuurder elk voorjaar een kwaliteitsgesprek met ieder "
              "bestuur. In het jaarverslag, dat vóór 1 juli verschijnt, rapporteren we de bereikte resultaten. "
              "In 2028 laten we het beleid extern evalueren."),
        ("h2", "Beoogde resultaten"),
        ("p", "De beoogde resultaten voor de planperiode leggen we niet in dit plan vast. Ze worden per "
              "schooljaar in het jaarplan opgenomen; het eerste jaarplan onder dit ondersteuningsplan "
              "verschijnt in juli 2026."),
        ("h1", "Ouders"),
        ("p", "Ouders kennen hun kind het best. Wij vinden het daarom vanzelfsprekend dat ouders aan tafel zitten "
              "bij iedere bespreking over hun kind in het ondersteuningsteam en bij het opstellen van het "
              "ontwikkelingsperspectief."),
        ("p", "Via welke kanalen wij ouders informeren over het ondersteuningsaanbod, werken we uit in een "
              "communicatiestrategie die na de zomer van 2026 wordt gepubliceerd."),
        ("h2", "Als het schuurt"),
        ("p", "Ouders die vastlopen, of het niet eens zijn met de school of het samenwerkingsverband, kunnen "
              "terecht bij het Ouder- en Jeugdsteunpunt Duinstreek. Het steunpunt is onafhankelijk, gratis en "
              "bereikbaar via telefoon, e-mail en een wekelijks inloopspreekuur in de bibliotheek van "
              "Helmerduin. Daarnaast kunnen ouders een beroep doen op de Onderwijsconsulenten. Voor klachten over "
              "het samenwerkingsverband geldt de klachtenregeling; voor geschillen over het "
              "ontwikkelingsperspectief, toelating of verwijdering kunnen ouders naar de Geschillencommissie "
              "passend onderwijs."),
        ("h1", "Financieel kader"),
        ("p", "De wijze waarop de ondersteuningsmiddelen worden verdeeld en besteed, is vastgelegd in de "
              "Kadernota Financiën Duinstreek PO 2026-2030 en in de jaarlijkse begroting. Deze documenten worden "
              "door het algemeen bestuur vastgesteld na advies van de auditcommissie en zijn op te vragen bij het "
              "bureau."),
    ]
    body += f["oogo"] + f["governance"] + f["personeel"] + f["ict"] + f["planning"]
    body += [
        ("h1", "Begrippenlijst"),
        ("gloss", [
            ("Arrangement", "een pakket extra ondersteuning voor een kind of groep, bovenop de basisondersteuning"),
            ("Basisondersteuning", "in dit plan: het gezamenlijke vloerniveau"),
            ("Meerjarenbegroting", "overzicht van baten en lasten voor vier jaar; zie Kadernota"),
            ("Ouder- en jeugdsteunpunt", "onafhankelijk steunpunt voor ouders en jeugdigen"),
            ("Terugplaatsing", "de overstap van een kind van sbo of so naar een basisschool na afloop van de TLV; "
                               "de school voor s(b)o bereidt deze voor in het laatste jaar van de TLV"),
            ("Verdeelmodel", "de afspraken over de verdeling van de ondersteuningsmiddelen over de besturen"),
        ]),
    ]
    blocks = assemble(["Ondersteuningsplan 2026-2030", c["name"], "Samen sterk aan de kust"], body)
    crit = {"basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure",
            "plaatsing.criteria", "dekkend-aanbod.lacunes", "resultaten.monitoring", "ouders.steunpunt"}
    elements, criteria = derive(crit)
    advisory = {"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"], "resultaten": [],
                "ouders": ["betrokkenheid"]}
    advisory = {k: v for k, v in advisory.items() if v}
    notes = {
        "basisondersteuning": "present: 'Wat iedere school biedt' calls it 'gezamenlijke vloerniveau' (no keyword) and lists concrete provisions",
        "plaatsing": "present: 'Naar het sbo of so' gives who applies, dossier, commission, 4 weeks, two deskundigen, sbo vs so criteria, categories, duration, bezwaar",
        "terugstroom": "missing: only the begrippenlijst defines terugplaatsing; 'Overstap naar het voortgezet onderwijs' is PO-VO doorstroom (near-miss)",
        "financien": "missing: 'Financieel kader' only refers to Kadernota Financiën and jaarbegroting (not part of the input)",
        "dekkend-aanbod": "partial: lacunes addressed in 'Geen kind tussen wal en schip' (twice-yearly overview, thuiszit escalation, zorgplicht); continuum only referred to Sociale Kaart (bijlage 2)",
        "resultaten": "partial: monitoring in 'Kwaliteit en resultaten' (Monitor, kwaliteitsgesprek, jaarverslag); beoogde resultaten deferred to jaarplan",
        "ouders": "partial: steunpunt under 'Als het schuurt' (OJSP, Onderwijsconsulenten, geschillencommissie); informing parents deferred to a communicatiestrategie",
    }
    return dict(stem="holdout170-po-duinstreek-2026-2030", blocks=blocks, c=c, sector="po",
                elements=elements, criteria=criteria, advisory=advisory, notes=notes)


# --------------------------------------------------------------------------------------
# Plan 4 - VO, plain text: Amstelveld
# --------------------------------------------------------------------------------------

def plan4():
    c = dict(name="Samenwerkingsverband Voortgezet Onderwijs Amstelveld",
             short="SWV VO Amstelveld", sector="vo", period="2025-2029", prev="2021-2025",
             regio="Amstelveld", gemeenten=["Amstelveld", "Ouderkerk-Polder", "Uithoorndam"],
             besturen=6, scholen=22, leerlingen="14.900", director="drs. R. (Ramon) Ferreira",
             opr_parents=True, oogo_date="11 maart 2025", opr_date="2 april 2025", ab_date="10 april 2025")
    f = filler(c)
    body = f["voorwoord"] + f["leeswijzer"] + f["regio"] + f["visie"]
    body += [
        ("h1", "Basisondersteuning"),
        ("p", "Het niveau en de inhoud van de basisondersteuning op de scholen van Amstelveld zijn vastgelegd in "
              "het Referentiekader Basisondersteuning VO Amstelveld (bijlage A). Het referentiekader is "
              "onlosmakelijk verbonden met dit plan, maar wordt als afzonderlijk document gepubliceerd omdat het "
              "vaker wordt herzien dan het ondersteuningsplan zelf."),
        ("h1", "Van lichte naar intensieve ondersteuning"),
        ("h2", "Het aanbod"),
        ("p", "De ondersteuning in Amstelveld loopt op van wat een school zelf organiseert, via ondersteuning "
              "met inzet van het ondersteuningsteam en een arrangement, naar bovenschoolse voorzieningen en het "
              "voortgezet speciaal onderwijs. Hoe die lagen op elkaar aansluiten, staat in het overzicht hieronder."),
        ("table", ["Voorziening", "Voor wie", "Duur", "Plaatsen"], [
            ["Schoolarrangement (in de eigen school)", "Leerlingen die tijdelijk intensievere begeleiding "
             "nodig hebben dan de school zelf biedt", "3 tot 12 maanden", "n.v.t."],
            ["Ambulante begeleiding vanuit het vso", "Leerlingen met een vso-achtergrond of een "
             "specifieke stoornis in het regulier vo", "1 schooljaar, verlengbaar", "ca. 120 trajecten"],
            ["OPDC Amstelveld (havo/vwo-stroom en vmbo-stroom)", "Leerlingen die tijdelijk niet in een "
             "reguliere klas kunnen functioneren", "max. 2 jaar, met terugkeer of doorstroom", "60"],
            ["Rebound De Boei", "Leerlingen na een time-out of schorsing", "8 tot 12 weken", "16"],
            ["Flexcollege (onderwijs-zorgarrangement)", "Leerlingen met psychische problematiek die deels "
             "onderwijs, deels behandeling volgen", "individueel", "20"],
            ["ISK Amstelveld", "Nieuwkomers zonder voldoende beheersing van het Nederlands", "max. 2 jaar", "180"],
            ["Vso cluster 3 en 4 (3 scholen)", "Leerlingen met een TLV", "volgens TLV", "ca. 430"],
        ]),
        ("p", "Voor de onderwijs-zorgarrangementen werken we samen met de jeugdhulpaanbieders die door de drie "
              "gemeenten zijn gecontracteerd. De gemeenten betalen de zorgcomponent; het samenwerkingsverband "
              "betaalt de onderwijscomponent."),
        ("h2", "Thuiszitters en witte vlekken"),
        ("p", "Op 1 oktober 2024 waren er in Amstelveld 41 thuiszitters, van wie 17 langer dan drie maanden. "
              "Iedere zes weken komt het Thuiszittersoverleg bijeen, met leerplicht, het bureau, de betrokken "
              "scholen en het jeugdteam. Voor iedere thuiszitter is binnen twee weken na melding een "
              "trajectbegeleider van het samenwerkingsverband aangewezen. Blijft een leerling langer dan drie "
              "maanden zonder passend aanbod, dan legt de trajectbegeleider de casus voor aan de directeur-"
              "bestuurder, die een bestuur kan verzoeken de leerling te plaatsen."),
        ("p", "Jaarlijks in mei analyseren we de aanvragen die niet passend konden worden beantwoord. De analyse "
              "van 2024 liet zien dat er geen passend aanbod is voor hoogbegaafde leerlingen met autisme in de "
              "havo/vwo-stroom. In het schooljaar 2025-2026 start daarom een kleinschalige voorziening op één van "
              "de scholen, gefinancierd uit het innovatiebudget."),
        ("h1", "Toewijzing vso, lwoo en pro"),
        ("p", "Wie een toelaatbaarheidsverklaring, een aanwijzing lwoo of een toelaatbaarheid tot het "
              "praktijkonderwijs aanvraagt, welke stukken daarvoor nodig zijn, welke termijnen gelden en wie namens "
              "het samenwerkingsverband beslist, staat in het Handboek Toewijzing VO Amstelveld (versie augustus "
              "2025), te vinden op de website. In dit plan beschrijven we de criteria."),
        ("table", ["Voorziening", "Criteria", "Geldigheid"], [
            ["Vso, categorie laag", "Structurele ondersteuningsbehoefte door gedrags- of psychiatrische "
             "problematiek of een verstandelijke beperking, die het regulier vo ook met een arrangement of OPDC-"
             "plaatsing niet kan beantwoorden; ten minste één geëvalueerd ontwikkelingsperspectiefplan",
             "max. 2 schooljaren; bij zml tot einde leerplicht"],
            ["Vso, categorie midden", "Als hierboven, met een lichamelijke beperking of langdurige ziekte als "
             "belangrijkste oorzaak", "max. 3 schooljaren"],
            ["Vso, categorie hoog", "Meervoudige beperking waardoor intensieve verzorging en begeleiding "
             "gedurende de hele schooldag nodig is", "tot einde leerplicht"],
            ["Praktijkonderwijs", "IQ 55-80 én leerachterstand van ten minste 3 jaar op ten minste twee "
             "domeinen, waarvan één begrijpend lezen of inzichtelijk rekenen (landelijke criteria)",
             "duur van de opleiding"],
            ["Lwoo", "IQ 75-90 met leerachterstand van 1,5 tot 3 jaar op ten minste één domein, of IQ 91-120 "
             "met die achterstand en sociaal-emotionele problematiek (landelijke criteria)", "duur van de opleiding"],
        ]),
    ]
    body += [
        ("h1", "Overgangen"),
        ("h2", "Van po naar vo"),
        ("p", "Met de drie samenwerkingsverbanden primair onderwijs in de regio is een overstapprotocol "
              "afgesproken. Basisscholen dragen leerlingen met een ondersteuningsbehoefte warm over; de vo-school "
              "nodigt ouders en leerling uit voor een intakegesprek vóór de zomervakantie."),
        ("h2", "Terugkeer naar een reguliere vo-school"),
        ("p", "Het voortgezet speciaal onderwijs is voor een deel van de leerlingen een tussenstation. Ons "
              "beleid is dat iedere vso-leerling die het regulier vo met ondersteuning aankan, de kans krijgt "
              "terug te keren, bij voorkeur naar een school in de eigen woonplaats. Terugkeer vindt plaats als de "
              "leerling het vereiste niveau en werkhouding laat zien, als de ondersteuningsbehoefte past binnen "
              "wat een reguliere school met een arrangement kan bieden, en als ouders en leerling instemmen. Na "
              "terugkeer ontvangt de leerling een terugkeerarrangement van één schooljaar (tot € 6.000), met "
              "ambulante begeleiding vanuit het vso."),
        ("p", "Voor iedere vso-leerling bespreekt de commissie van begeleiding van de vso-school jaarlijks bij de "
              "evaluatie van het ontwikkelingsperspectiefplan of terugkeer haalbaar is. In het laatste jaar van de "
              "TLV voert de vso-school vóór 1 februari een terugkeergesprek met ouders, leerling en de "
              "trajectbegeleider van het samenwerkingsverband. Adviseert de vso-school terugkeer, dan legt de "
              "trajectbegeleider contact met de beoogde reguliere school en volgt een proefplaatsing van zes tot "
              "acht weken. Na een positieve evaluatie schrijft de reguliere school de leerling in; de TLV loopt "
              "af op 31 juli. Adviseert de vso-school voortzetting, dan vraagt zij vóór 1 april een nieuwe TLV "
              "aan. De trajectbegeleider evalueert de terugkeer na drie en na twaalf maanden met school, ouders "
              "en leerling."),
        ("p", "Leerlingen van het OPDC keren na hun traject terug naar hun eigen school of stromen door naar een "
              "andere reguliere school; het OPDC maakt daarvoor uiterlijk acht weken voor het einde van het "
              "traject een overdrachtsplan."),
        ("h1", "Financiën"),
        ("h2", "Verdeling"),
        ("p", "Het verdeelmodel wordt in 2026 herijkt. Tot de herijking blijft de verdeelsystematiek uit het "
              "ondersteuningsplan 2021-2025 van kracht."),
        ("h2", "Meerjarenbegroting"),
        ("table", ["Lasten (x € 1.000)", "2025", "2026", "2027", "2028"], [
            ["Toekenning aan schoolbesturen (conform verdeelmodel)", "6.310", "6.250", "6.200", "6.150"],
            ["Lwoo en pro (doorbetaling)", "5.020", "4.980", "4.950", "4.930"],
            ["OPDC en rebound", "2.140", "2.160", "2.180", "2.200"],
            ["Onderwijs-zorgarrangementen (onderwijsdeel)", "420", "440", "460", "460"],
            ["Terugkeerarrangementen", "90", "110", "120", "120"],
            ["Thuiszitters, trajectbegeleiding", "310", "310", "320", "320"],
            ["Innovatiebudget", "250", "250", "150", "150"],
            ["Bureau en toewijzing", "1.050", "1.060", "1.080", "1.090"],
            ["Totaal lasten", "15.590", "15.560", "15.460", "15.420"],
            ["Totaal baten", "15.310", "15.260", "15.240", "15.230"],
            ["Resultaat", "-280", "-300", "-220", "-190"],
        ]),
        ("p", "De geplande tekorten worden gedekt uit de algemene reserve, die daarmee in 2028 op het niveau van de "
              "signaleringswaarde komt. Het weerstandsvermogen blijft boven de ondergrens van 7 procent."),
        ("h1", "Ambities 2025-2029"),
        ("p", "Voor deze planperiode hebben bestuur en OPR de volgende beoogde resultaten afgesproken:"),
        ("table", ["Ambitie", "Nulmeting", "Streefwaarde 2029"], [
            ["Minder langdurige thuiszitters (> 3 maanden)", "17 (1-10-2024)", "maximaal 5"],
            ["Meer vso-leerlingen keren terug naar regulier vo", "9 per jaar", "20 per jaar"],
            ["OPDC-leerlingen binnen twee jaar terug in regulier vo", "64%", "80%"],
            ["Deelnamepercentage vso", "3,8%", "3,4%"],
            ["Leerlingen met een arrangement halen hun ontwikkelingsdoelen", "geen meting", "75%"],
        ]),
        ("p", "Hoe en wanneer we de voortgang op deze ambities meten en erover rapporteren, leggen we vast in "
              "een monitoringsplan dat in het voorjaar van 2026 ter instemming aan de OPR wordt voorgelegd."),
        ("h1", "Communicatie met ouders en leerlingen"),
        ("h2", "Informatie"),
        ("p", "Ouders en leerlingen vinden op de website van het samenwerkingsverband een overzicht van alle "
              "voorzieningen uit hoofdstuk 6, met de route om er gebruik van te maken. Bij de aanmelding in de "
              "brugklas ontvangen alle ouders de folder 'Extra ondersteuning in het vo'. Iedere school beschrijft "
              "in de schoolgids wat zij aan ondersteuning biedt en organiseert aan het begin van het schooljaar "
              "een ouderavond waar de ondersteuningscoördinator het aanbod toelicht. Ouders die de Nederlandse "
              "taal niet goed beheersen, kunnen een gesprek met een tolk aanvragen."),
        ("h2", "Onafhankelijke ondersteuning"),
        ("p", "Het Ouder- en Jeugdsteunpunt Amstelveld (OJSP) helpt ouders en jongeren onafhankelijk bij vragen "
              "over passend onderwijs en bij onenigheid met school of samenwerkingsverband. Het steunpunt wordt "
              "uitgevoerd door een externe stichting, is gratis en houdt wekelijks spreekuur. Ook de "
              "Onderwijsconsulenten kunnen kosteloos bemiddelen. Geschillen over toelating, verwijdering of het "
              "ontwikkelingsperspectiefplan kunnen worden voorgelegd aan de Geschillencommissie passend onderwijs."),
        ("h2", "Stem van de leerling"),
        ("p", "Leerlingen hebben hoorrecht bij het opstellen van hun ontwikkelingsperspectiefplan. Twee keer per "
              "jaar praat een leerlingenpanel met de directeur-bestuurder."),
    ]
    body += f["oogo"] + f["governance"] + f["personeel"] + f["ict"] + f["planning"]
    body += [
        ("h1", "Bijlagen"),
        ("p", "Bijlage A Referentiekader Basisondersteuning VO Amstelveld; bijlage B Handboek Toewijzing VO; "
              "bijlage C Verslag OOGO; bijlage D Instemmingsbesluit OPR. De bijlagen worden afzonderlijk "
              "gepubliceerd op de website."),
        ("h1", "Begrippenlijst"),
        ("gloss", [
            ("Basisondersteuning", "het door alle scholen afgesproken minimumniveau van ondersteuning: preventieve "
             "en licht curatieve interventies, een ondersteuningsstructuur, planmatig werken en basiskwaliteit"),
            ("Handboek Toewijzing", "beschrijving van de procedure voor aanvragen van TLV, lwoo en pro"),
            ("Monitoring", "het systematisch volgen van resultaten"),
            ("OPDC", "orthopedagogisch-didactisch centrum"),
            ("Verdeelmodel", "afspraken over de verdeling van middelen over de schoolbesturen"),
        ]),
    ]
    blocks = assemble(["ONDERSTEUNINGSPLAN 2025-2029", c["name"], "versie voor publicatie"], body)
    crit = {"plaatsing.criteria", "terugstroom.procedure", "terugstroom.beleid", "financien.besteding",
            "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "resultaten.doelen", "ouders.informatie",
            "ouders.steunpunt"}
    elements, criteria = derive(crit)
    advisory = {"plaatsing": ["duur-categorie"], "terugstroom": ["monitoring"], "financien": ["reserves"],
                "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]}
    notes = {
        "basisondersteuning": "missing: chapter 'Basisondersteuning' only refers to Referentiekader (bijlage A, absent); definition only in begrippenlijst",
        "plaatsing": "partial: criteria and durations in a table in 'Toewijzing vso, lwoo en pro'; procedure (who, stukken, termijnen, beslisser) only in Handboek Toewijzing on the website",
        "terugstroom": "present: 'Terugkeer naar een reguliere vo-school' under 'Overgangen' (policy, conditions, terugkeerarrangement, steps with dates)",
        "financien": "partial: meerjarenbegroting table with amounts and reserves; verdeelmodel deferred to 2026 herijking and referred to the previous plan",
        "dekkend-aanbod": "present: table of voorzieningen in 'Van lichte naar intensieve ondersteuning'; thuiszitters overleg, escalation and yearly gap analysis",
        "resultaten": "partial: 'Ambities 2025-2029' table with streefwaarden; measuring/reporting deferred to a monitoringsplan in 2026",
        "ouders": "present: 'Communicatie met ouders en leerlingen' (website, folder, schoolgids, ouderavond; OJSP, Onderwijsconsulenten, geschillencommissie)",
    }
    return dict(stem="holdout170-vo-amstelveld-2025-2029", blocks=blocks, c=c, sector="vo",
                elements=elements, criteria=criteria, advisory=advisory, notes=notes)


# --------------------------------------------------------------------------------------
# Plan 5 - PO, html: De Linge (plan op hoofdlijnen, leans on handboeken)
# --------------------------------------------------------------------------------------

def plan5():
    c = dict(name="Samenwerkingsverband Passend Onderwijs De Linge (PO)",
             short="SWV De Linge", sector="po", period="2025-2029", prev="2021-2025",
             regio="De Linge", gemeenten=["Lingewoude", "Gellicum-Oost", "Asperdijk"],
             besturen=8, scholen=47, leerlingen="9.600", director="A. (Anouk) Tiemens",
             opr_parents=False, oogo_topics=False, oogo_date="25 februari 2025", opr_date="20 maart 2025",
             ab_date="27 maart 2025")
    f = filler(c)
    body = f["voorwoord"]
    body += [
        ("h1", "Een plan op hoofdlijnen"),
        ("p", "Dit ondersteuningsplan is bewust een plan op hoofdlijnen. Het benoemt de koers en de "
              "afspraken die voor vier jaar vastliggen. Alles wat vaker verandert – procedures, formulieren, "
              "overzichten van voorzieningen, communicatie – staat in handboeken en plannen die het algemeen "
              "bestuur apart vaststelt. Die documenten zijn te vinden op www.swvdelinge.nl/documenten. Waar dit "
              "plan naar zo'n document verwijst, gaat het om de versie die op het moment van lezen op de website "
              "staat."),
    ]
    body += f["leeswijzer"] + f["regio"] + f["visie"]
    body += [
        ("h1", "Terugblik op de organisatie 2021-2025"),
        ("p", "De vorige planperiode begon met een reorganisatie van het bureau. Het aantal overlegtafels is "
              "teruggebracht van negen naar vier, de consulenten zijn per cluster van scholen georganiseerd en de "
              "aanvraagformulieren zijn samengevoegd in één digitaal formulier. Schoolleiders gaven in de "
              "evaluatie aan dat zij het bureau beter bereikbaar vinden dan voorheen, maar dat de wisselingen in "
              "personeel soms tot vertraging leidden."),
        ("p", "In 2023 heeft het algemeen bestuur besloten de huisvesting van het bureau te verplaatsen naar "
              "een gebouw dat centraler in de regio ligt. De verhuizing vond plaats in de zomer van 2024. Het "
              "nieuwe kantoor biedt ruimte voor overleg met scholen en voor de scholingsbijeenkomsten die het "
              "samenwerkingsverband organiseert."),
        ("p", "De samenwerking tussen de acht besturen is in de afgelopen jaren hechter geworden. Besturen "
              "delen vaker kennis, bijvoorbeeld over gedragsaanpakken en over de inzet van onderwijsassistenten, "
              "en organiseren samen studiedagen. Het directeurenoverleg heeft in 2024 voor het eerst een "
              "gezamenlijke visitatie tussen scholen georganiseerd, waarbij directeuren bij elkaar in de keuken "
              "keken. Die visitaties zetten we in deze planperiode voort."),
        ("h1", "Innovatie en kennisdeling"),
        ("p", "Het samenwerkingsverband stimuleert vernieuwing in de scholen met een klein innovatiefonds. "
              "Scholen of groepen van scholen kunnen een voorstel indienen voor een project van maximaal twee "
              "jaar dat bijdraagt aan passend onderwijs in de klas. Voorbeelden uit de vorige periode zijn een "
              "project rond co-teaching, een leernetwerk voor jonge kinderen met een taalachterstand en de inzet "
              "van digitale leermiddelen voor kinderen met leesproblemen. Een commissie van directeuren "
              "beoordeelt de voorstellen twee keer per jaar. De opbrengsten van de projecten worden gedeeld "
              "tijdens de regiodag en in de nieuwsbrief voor scholen."),
        ("p", "Daarnaast neemt het samenwerkingsverband deel aan een regionaal kennisnetwerk met twee "
              "hogescholen en een universiteit. Studenten van de opleidingen pedagogiek en orthopedagogiek "
              "doen praktijkonderzoek op de scholen, en medewerkers van het bureau geven gastcolleges. Zo "
              "blijven we op de hoogte van nieuwe inzichten en trekken we jonge professionals naar de regio."),
        ("h1", "Basisondersteuning"),
        ("p", "Alle scholen in De Linge – ook de school voor speciaal basisonderwijs – bieden ten minste de "
              "basisondersteuning die de acht besturen samen hebben afgesproken. Dat is de ondergrens voor iedere "
              "vestiging: geen school biedt minder. Wat een school daarbovenop kan, staat in haar "
              "schoolondersteuningsprofiel."),
        ("p", "Basisondersteuning bestaat volgens het landelijke referentiekader uit vier onderdelen: "
              "basiskwaliteit, preventieve en licht curatieve interventies, de onderwijsondersteuningsstructuur "
              "en planmatig werken."),
        ("table", ["Overzicht voorzieningen basisondersteuning De Linge", "Status"], [
            ["Voorzieningen, interventies en expertise per onderdeel", "p.m. – wordt aangevuld na vaststelling "
             "door het algemeen bestuur in het najaar van 2025"],
        ]),
        ("h1", "Toelaatbaarheid tot sbo en so"),
        ("p", "De procedure en de criteria voor het aanvragen en afgeven van een toelaatbaarheidsverklaring "
              "zijn beschreven in het Handboek Toelaatbaarheid De Linge. Het handboek is een afzonderlijk "
              "document dat jaarlijks door het algemeen bestuur wordt vastgesteld."),
        ("h1", "Terug naar de basisschool"),
        ("p", "Voor kinderen op het sbo of so met een toelaatbaarheidsverklaring geldt de volgende werkwijze "
              "rond het einde van de TLV:"),
        ("ul", [
            "Stap 1 – Uiterlijk op 1 november van het laatste TLV-jaar bespreekt de commissie van begeleiding "
            "van de sbo- of so-school het ontwikkelingsperspectief en beoordeelt of een overstap naar een "
            "basisschool mogelijk is.",
            "Stap 2 – Vóór 15 december stuurt de sbo- of so-school haar advies (terugplaatsing of voortzetting) "
            "naar de consulent van het samenwerkingsverband.",
            "Stap 3 – Bij een advies tot terugplaatsing organiseert de consulent vóór 1 februari een "
            "overdrachtsoverleg met de sbo- of so-school en de beoogde basisschool. De directeur van de "
            "basisschool beslist over de inschrijving.",
            "Stap 4 – De plaatsing op het sbo of so eindigt op 31 juli; het kind begint op 1 augustus op de "
            "basisschool. De consulent evalueert de overstap na tien weken met beide scholen.",
            "Is terugplaatsing (nog) niet mogelijk, dan volgt de verlengingsroute uit het Handboek "
            "Toelaatbaarheid.",
        ]),
        ("p", "Ons beleid voor terugplaatsing – welke doelen we ermee hebben, onder welke voorwaarden een kind "
              "terugkeert en welke steun de basisschool daarna krijgt – leggen we in de loop van 2026 vast in een "
              "notitie terugplaatsingsbeleid."),
        ("h1", "Dekkend aanbod"),
        ("p", "Het overzicht van voorzieningen in De Linge staat op de Sociale Kaart op onze website. De "
              "aanpak van thuiszitten werken we in 2026 samen met de gemeenten uit; na vaststelling voegen we "
              "die als bijlage aan dit plan toe."),
        ("h1", "Resultaten"),
        ("h2", "Wat we willen bereiken"),
        ("table", ["Beoogd resultaat", "Stand 1-10-2024", "Doel 2029"], [
            ["Deelnamepercentage sbo", "2,6%", "≤ 2,3%"],
            ["Deelnamepercentage so", "1,9%", "≤ 1,7%"],
            ["Kinderen per jaar van sbo/so terug naar de basisschool", "7", "12"],
            ["Kinderen met extra ondersteuning die de doelen uit hun ontwikkelingsperspectief halen",
             "61%", "75%"],
            ["Scholen met een actueel schoolondersteuningsprofiel", "38 van 47", "47 van 47"],
        ]),
        ("h2", "Wat we bereikten"),
        ("p", "In de vorige planperiode daalde het deelnamepercentage sbo van 2,9 naar 2,6 procent; het so bleef "
              "vrijwel gelijk. Het aantal kinderen dat terugkeerde naar de basisschool steeg van 4 naar 7 per jaar."),
        ("h2", "Hoe we volgen"),
        ("p", "Het bureau verzamelt twee keer per jaar (peildata 1 oktober en 1 februari) de cijfers voor deze "
              "resultaten en bespreekt ze in het algemeen bestuur. Per bestuur voert de directeur-bestuurder "
              "jaarlijks een resultaatgesprek. In het jaarverslag, dat de OPR ontvangt, rapporteren we de "
              "bereikte resultaten naast de streefwaarden en de bijbehorende uitgaven. Wijken resultaten meer dan "
              "tien procent af van de lijn naar het doel, dan stelt het bestuur een verbeteraanpak vast."),
        ("h1", "Financiën"),
        ("p", "De financiële afspraken staan in de tabellen hieronder."),
        ("table", ["Onderdeel", "Verdeelcriterium", "Besluit door", "Moment"], [
            ["Afdracht sbo en so", "Wettelijk; inhouding door DUO op basis van teldatum 1 oktober",
             "n.v.t.", "maandelijks"],
            ["Groeiregeling sbo en so", "Groei tussen 1 oktober en 1 februari (peildatum) volgens wettelijke "
             "regeling, betaald aan het bestuur van de groeiende school", "directeur-bestuurder", "maart"],
            ["Schoolbudget ondersteuning", "€ 142 per leerling (teldatum 1 oktober t-1) plus vaste voet € 6.000 "
             "per vestiging, naar het schoolbestuur", "algemeen bestuur", "december, bij begroting"],
            ["Aanvullend budget individuele leerlingen", "Op aanvraag van het bestuur, bij een "
             "ondersteuningsbehoefte boven de basisondersteuning; maximaal € 7.500 per leerling per jaar",
             "consulent namens directeur-bestuurder", "doorlopend, besluit binnen 3 weken"],
            ["Bureau en toewijzing", "Begroting bureau", "algemeen bestuur", "december"],
        ]),
        ("table", ["Meerjarenbegroting (x € 1.000)", "2025", "2026", "2027", "2028", "2029"], [
            ["Baten ondersteuningsmiddelen", "10.940", "10.820", "10.700", "10.640", "10.600"],
            ["Afdracht sbo en so", "4.980", "4.950", "4.900", "4.880", "4.860"],
            ["Groeiregeling", "120", "120", "110", "110", "110"],
            ["Schoolbudget ondersteuning", "1.650", "1.630", "1.610", "1.600", "1.590"],
            ["Aanvullend budget individuele leerlingen", "2.600", "2.560", "2.540", "2.520", "2.500"],
            ["Professionalisering scholen", "300", "300", "280", "280", "280"],
            ["Bureau en toewijzing", "1.240", "1.250", "1.260", "1.270", "1.280"],
            ["Resultaat", "50", "10", "0", "-20", "-20"],
        ]),
        ("h1", "Ouders"),
        ("p", "Dit hoofdstuk is kort. Hoe wij ouders informeren, staat in het Communicatieplan De Linge "
              "(bijlage 7). Waar ouders terecht kunnen voor onafhankelijk advies, leest u op "
              "www.swvdelinge.nl/ouders."),
    ]
    body += f["oogo"] + f["governance"] + f["personeel"] + f["ict"] + f["planning"]
    body += [
        ("h1", "Begrippenlijst"),
        ("gloss", [
            ("Arrangement", "ondersteuning boven de basisondersteuning"),
            ("Dekkend aanbod", "een netwerk van voorzieningen waarin ieder kind een passende plek vindt"),
            ("OJSP", "Ouder- en jeugdsteunpunt, waar ouders onafhankelijk advies krijgen"),
            ("Thuiszitter", "leerplichtig kind dat niet naar school gaat"),
            ("TLV", "toelaatbaarheidsverklaring, nodig voor plaatsing op sbo of so"),
        ]),
    ]
    blocks = assemble(["Ondersteuningsplan 2025-2029", c["name"], "Plan op hoofdlijnen"], body)
    crit = {"basisondersteuning.niveau", "terugstroom.procedure", "financien.verdeling", "financien.besteding",
            "resultaten.doelen", "resultaten.monitoring"}
    elements, criteria = derive(crit)
    advisory = {"terugstroom": ["monitoring"], "resultaten": ["meetbaar"]}
    notes = {
        "basisondersteuning": "partial: niveau (ondergrens for every vestiging) stated; content is 'p.m.' in a table plus the generic four-aspect definition",
        "plaatsing": "missing: 'Toelaatbaarheid tot sbo en so' only refers to the separate Handboek Toelaatbaarheid; the terugplaatsing steps also defer verlenging to it",
        "terugstroom": "partial: procedure steps with dates in 'Terug naar de basisschool'; policy (aims, conditions, support after return) deferred to a 2026 notitie",
        "financien": "present: only in two tables in 'Financiën' (verdeelcriteria with deciding body, meerjarenbegroting 2025-2029)",
        "dekkend-aanbod": "missing: 'Dekkend aanbod' refers to the Sociale Kaart on the website and defers the thuiszitten aanpak; glossary only",
        "resultaten": "present: 'Resultaten' with target table, achieved figures, twice-yearly data collection, jaarverslag and correction rule",
        "ouders": "missing: 'Ouders' only refers to Communicatieplan (bijlage 7) and a website; OJSP only in glossary",
    }
    return dict(stem="holdout170-po-de-linge-2025-2029", blocks=blocks, c=c, sector="po",
                elements=elements, criteria=criteria, advisory=advisory, notes=notes)


# --------------------------------------------------------------------------------------
# Near miss - a VO school's own "ondersteuningsplan" (school level, not an SWV plan), docx
# --------------------------------------------------------------------------------------

def nearmiss():
    body = [
        ("h1", "Inleiding"),
        ("p", "Dit ondersteuningsplan beschrijft hoe Het Baken, scholengemeenschap voor vmbo-basis, vmbo-kader, "
              "vmbo-tl en havo, de ondersteuning aan haar leerlingen organiseert in het schooljaar 2025-2026. Het "
              "plan is opgesteld door het zorgteam en besproken met de medezeggenschapsraad. Het is een "
              "uitwerking van ons schoolondersteuningsprofiel en sluit aan bij de afspraken van het "
              "samenwerkingsverband voortgezet onderwijs waarbij onze school is aangesloten."),
        ("p", "Het Baken telt 1.140 leerlingen op twee locaties. Ongeveer 180 leerlingen hebben een aanwijzing "
              "leerwegondersteunend onderwijs en 64 leerlingen hebben een ontwikkelingsperspectiefplan. De school "
              "maakt deel uit van Stichting Voortgezet Onderwijs Wadden en Wold."),
        ("h1", "Ondersteuningsniveaus op Het Baken"),
        ("h2", "Niveau 1: basisondersteuning in de klas"),
        ("p", "De mentor is het eerste aanspreekpunt voor leerling en ouders. Iedere mentor heeft wekelijks een "
              "mentoruur en voert drie keer per jaar een voortgangsgesprek. Docenten differentiëren in hun lessen "
              "en werken met de handelingsadviezen uit het leerlingdossier. Alle leerlingen met dyslexie krijgen "
              "extra tijd, vergrote teksten en voorleessoftware."),
        ("h2", "Niveau 2: ondersteuning door de school"),
        ("p", "Wanneer de mentor handelingsverlegen is, bespreekt de teamleider de leerling in de "
              "leerlingbespreking. Het zorgteam, bestaande uit de zorgcoördinator, de orthopedagoog, twee "
              "leerlingbegeleiders en de vertrouwenspersoon, kan trainingen inzetten (faalangstreductie, sociale "
              "vaardigheden, examenvrees), begeleiding door een remedial teacher of een plek in het Trajectlokaal."),
        ("h2", "Niveau 3: ondersteuning met externe partners"),
        ("p", "Zes keer per jaar vergadert het ondersteuningsteam van de school met de schoolmaatschappelijk "
              "werker, de jeugdarts van de GGD, de leerplichtambtenaar en de consulent van het "
              "samenwerkingsverband. Voor leerlingen die meer nodig hebben dan de school kan bieden, vraagt de "
              "zorgcoördinator een arrangement aan bij het samenwerkingsverband of meldt de leerling aan voor het "
              "OPDC van het samenwerkingsverband."),
        ("h2", "Niveau 4: plaatsing elders"),
        ("p", "Als ook een arrangement onvoldoende is, kan de school met instemming van ouders een "
              "toelaatbaarheidsverklaring voor het voortgezet speciaal onderwijs aanvragen. De zorgcoördinator "
              "stelt het dossier samen; het samenwerkingsverband beslist. Het Baken houdt contact met de leerling "
              "en blijft betrokken wanneer terugkeer naar onze school later aan de orde is."),
        ("h1", "Ontwikkelingsperspectief en handelingsplannen"),
        ("p", "Voor iedere leerling die extra ondersteuning krijgt, stelt de school binnen zes weken een "
              "ontwikkelingsperspectiefplan op. Ouders en leerling worden gehoord en het plan wordt twee keer per "
              "jaar geëvalueerd. De zorgcoördinator bewaakt de termijnen. Leerlingen vanaf 12 jaar tekenen zelf "
              "mee voor het handelingsdeel."),
        ("h1", "Middelen"),
        ("p", "Het Baken ontvangt van het samenwerkingsverband een schoolbudget voor extra ondersteuning van "
              "€ 186.000 in 2025. Daarnaast ontvangt de school de middelen voor lwoo. De school besteedt deze "
              "middelen aan de formatie van het zorgteam (3,2 fte), het Trajectlokaal en trainingen. De "
              "zorgcoördinator legt jaarlijks verantwoording af aan de schoolleiding en het samenwerkingsverband."),
        ("table", ["Post", "Bedrag 2025"], [
            ["Zorgteam (formatie)", "€ 128.000"], ["Trajectlokaal", "€ 41.000"], ["Trainingen en scholing", "€ 17.000"],
        ]),
        ("h1", "Ouders"),
        ("p", "Ouders worden geïnformeerd via de schoolgids, de website en de ouderavonden aan het begin van "
              "ieder schooljaar. Bij zorgen neemt de mentor contact op. Ouders die een klacht hebben, kunnen "
              "terecht bij de klachtenregeling van de stichting; voor onafhankelijk advies kunnen zij contact "
              "opnemen met het ouder- en jeugdsteunpunt van het samenwerkingsverband of met de "
              "Onderwijsconsulenten."),
        ("h1", "Resultaten en evaluatie"),
        ("p", "In 2024-2025 ontvingen 71 leerlingen een training, werden 12 leerlingen tijdelijk in het "
              "Trajectlokaal opgevangen en gingen 3 leerlingen naar het vso. Het zorgteam evalueert dit plan in "
              "juni 2026. Doelen voor het nieuwe schooljaar zijn: alle ontwikkelingsperspectiefplannen tijdig "
              "geëvalueerd en het verzuim in de onderbouw met tien procent omlaag."),
        ("h1", "Jaarplanning zorgteam"),
        ("table", ["Maand", "Activiteit"], [
            ["September", "Kennismaking mentoren, overdracht vanuit po, start trainingen"],
            ["November", "Eerste leerlingbesprekingen, evaluatie ontwikkelingsperspectiefplannen"],
            ["Februari", "Tweede ronde leerlingbesprekingen, aanvragen lwoo nieuwe brugklassers"],
            ["April", "Ondersteuningsteam met externe partners, voorbereiding TLV-aanvragen"],
            ["Juni", "Evaluatie ondersteuningsplan, planning volgend schooljaar"],
        ]),
        ("h1", "Begrippen"),
        ("gloss", [("OPP", "ontwikkelingsperspectiefplan"), ("SWV", "samenwerkingsverband"),
                   ("TLV", "toelaatbaarheidsverklaring"), ("Zorgcoördinator", "coördineert de ondersteuning op school")]),
    ]
    blocks = assemble(["Ondersteuningsplan 2025-2026", "Het Baken – scholengemeenschap voor vmbo en havo",
                       "Zorgteam Het Baken"], body)
    notes = {"document": "school-level ondersteuningsplan of one VO school (zorgniveaus, zorgteam, school budget "
                         "received from the SWV); not an ondersteuningsplan of a samenwerkingsverband (no OPR, "
                         "OOGO, verdeelmodel, planperiode of an SWV)"}
    return dict(stem="holdout170-nearmiss-school-het-baken-2025-2026", blocks=blocks, sector="vo", notes=notes,
                header="Ondersteuningsplan Het Baken 2025-2026", footer="Het Baken – zorgteam")


# --------------------------------------------------------------------------------------

def main():
    OUT.mkdir(parents=True, exist_ok=True)
    p1, p2, p3, p4, p5 = plan1(), plan2(), plan3(), plan4(), plan5()

    def hdr(p):
        return f"Ondersteuningsplan {p['c']['period']} | {p['c']['short']}"

    def ftr(p):
        return f"{p['c']['name']} – toelaatbaarheid, terugplaatsing, middelen, resultaten en ouders"

    # plan 1: docx + pdf
    d1 = OUT / (p1["stem"] + ".docx")
    render_docx(p1["blocks"], d1, hdr(p1), ftr(p1))
    to_pdf(d1, OUT / (p1["stem"] + ".pdf"))
    docs1 = [d1.name, p1["stem"] + ".pdf"]
    # plan 2: docx
    d2 = OUT / (p2["stem"] + ".docx")
    render_docx(p2["blocks"], d2, hdr(p2), ftr(p2))
    # plan 3: pdf rendered from a temporary docx
    tmp = Path(tempfile.mkdtemp(prefix="holdout170_p3_"))
    try:
        d3 = tmp / (p3["stem"] + ".docx")
        render_docx(p3["blocks"], d3, hdr(p3), ftr(p3))
        to_pdf(d3, OUT / (p3["stem"] + ".pdf"))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    # plan 4: txt
    (OUT / (p4["stem"] + ".txt")).write_text(render_txt(p4["blocks"], hdr(p4)), encoding="utf-8")
    # plan 5: html
    nav = [b[1] for b in p5["blocks"] if b[0] == "h1"]
    (OUT / (p5["stem"] + ".html")).write_text(
        render_html(p5["blocks"], hdr(p5), nav, ftr(p5)), encoding="utf-8")
    # near miss: docx
    nm = nearmiss()
    dn = OUT / (nm["stem"] + ".docx")
    render_docx(nm["blocks"], dn, nm["header"], nm["footer"])

    for p, docs in ((p1, docs1), (p2, [d2.name]), (p3, [p3["stem"] + ".pdf"]),
                    (p4, [p4["stem"] + ".txt"]), (p5, [p5["stem"] + ".html"])):
        write_yaml(p["stem"], docs, p["sector"], True, p["elements"], p["criteria"], p["advisory"], p["notes"])
    write_yaml(nm["stem"], [dn.name], nm["sector"], False, {}, {}, {}, nm["notes"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
