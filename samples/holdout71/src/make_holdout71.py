#!/usr/bin/env python3
"""Generate holdout71: 5 fictional ondersteuningsplannen (PO/VO; docx, pdf, html) and 1 near-miss
document, each with a <name>.expected.yaml label file. Deterministic, no network.
Output goes to the folder above src/ (Path(__file__).resolve().parent.parent).
Requires python-docx, PyYAML and LibreOffice (soffice) for the PDFs.

Rendering helpers for make_holdout71.py (docx, pdf via LibreOffice, html).

A document is a list of blocks:
  ("title", [line, ...])            title page (first line large), followed by a page break
  ("toc", [line, ...])              static table of contents
  ("h1", text) / ("h2", text) / ("h3", text)
  ("p", text)
  ("ul", [item, ...]) / ("ol", [item, ...])
  ("table", [[header...], [row...], ...])
  ("faq", [(question, answer), ...])
  ("pagebreak",)
"""

import html
import shutil
import subprocess
import tempfile
import zipfile
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

FIXED_DT = datetime(2026, 4, 14, 9, 0, 0)


def _page_field(par):
    run = par.add_run()
    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = "PAGE"
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    run._r.append(b)
    run._r.append(it)
    run._r.append(e)


def _normalise_zip(path: Path):
    """Rewrite the zip with fixed timestamps so the .docx is byte-stable."""
    tmp = path.with_suffix(path.suffix + ".tmp")
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in sorted(zin.namelist()):
            info = zipfile.ZipInfo(name, date_time=(2026, 4, 14, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, zin.read(name))
    tmp.replace(path)


def write_docx(blocks, path: Path, header_text: str, footer_text: str, title: str):
    doc = Document()
    cp = doc.core_properties
    cp.title = title
    cp.author = "Bureau samenwerkingsverband"
    cp.last_modified_by = "Bureau samenwerkingsverband"
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(10.5)

    sec = doc.sections[0]
    sec.different_first_page_header_footer = True
    hp = sec.header.paragraphs[0]
    hp.text = header_text
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.text = footer_text + "   |   pagina "
    _page_field(fp)
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

    for blk in blocks:
        kind = blk[0]
        if kind == "title":
            lines = blk[1]
            for _ in range(6):
                doc.add_paragraph("")
            p = doc.add_paragraph()
            r = p.add_run(lines[0])
            r.bold = True
            r.font.size = Pt(26)
            for ln in lines[1:]:
                p = doc.add_paragraph()
                r = p.add_run(ln)
                r.font.size = Pt(13)
            doc.add_page_break()
        elif kind == "toc":
            doc.add_heading("Inhoudsopgave", level=1)
            for ln in blk[1]:
                doc.add_paragraph(ln)
            doc.add_page_break()
        elif kind in ("h1", "h2", "h3"):
            doc.add_heading(blk[1], level=int(kind[1]))
        elif kind == "p":
            doc.add_paragraph(blk[1])
        elif kind == "ul":
            for it in blk[1]:
                doc.add_paragraph(it, style="List Bullet")
        elif kind == "ol":
            for it in blk[1]:
                doc.add_paragraph(it, style="List Number")
        elif kind == "table":
            rows = blk[1]
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    c = t.cell(i, j)
                    c.text = ""
                    run = c.paragraphs[0].add_run(str(cell))
                    run.font.size = Pt(9)
                    if i == 0:
                        run.bold = True
            doc.add_paragraph("")
        elif kind == "faq":
            for q, a in blk[1]:
                p = doc.add_paragraph()
                p.add_run(q).bold = True
                doc.add_paragraph(a)
        elif kind == "pagebreak":
            doc.add_page_break()
        else:
            raise ValueError(kind)
    doc.save(str(path))
    _normalise_zip(path)


def docx_to_pdf(docx_path: Path, pdf_path: Path):
    with tempfile.TemporaryDirectory() as td:
        profile = Path(td) / "profile"
        cmd = [
            "soffice",
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            td,
            str(docx_path),
        ]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
        produced = Path(td) / (docx_path.stem + ".pdf")
        shutil.copyfile(produced, pdf_path)


def write_pdf(blocks, pdf_path: Path, header_text, footer_text, title):
    with tempfile.TemporaryDirectory() as td:
        d = Path(td) / (pdf_path.stem + ".docx")
        write_docx(blocks, d, header_text, footer_text, title)
        docx_to_pdf(d, pdf_path)


def _slug(text):
    out = []
    for ch in text.lower():
        if ch.isalnum():
            out.append(ch)
        elif out and out[-1] != "-":
            out.append("-")
    return "".join(out).strip("-")


def blocks_to_html_body(blocks):
    e = html.escape
    parts = []
    open_section = False
    for blk in blocks:
        kind = blk[0]
        if kind == "h1":
            if open_section:
                parts.append("</section>")
            parts.append(f'<section id="{_slug(blk[1])}">')
            open_section = True
            parts.append(f"<h2>{e(blk[1])}</h2>")
        elif kind == "h2":
            parts.append(f"<h3>{e(blk[1])}</h3>")
        elif kind == "h3":
            parts.append(f"<h4>{e(blk[1])}</h4>")
        elif kind == "p":
            parts.append(f"<p>{e(blk[1])}</p>")
        elif kind in ("ul", "ol"):
            parts.append(f"<{kind}>" + "".join(f"<li>{e(i)}</li>" for i in blk[1]) + f"</{kind}>")
        elif kind == "table":
            rows = blk[1]
            h = "".join(f"<th>{e(str(c))}</th>" for c in rows[0])
            body = "".join("<tr>" + "".join(f"<td>{e(str(c))}</td>" for c in r) + "</tr>" for r in rows[1:])
            parts.append(f"<table><thead><tr>{h}</tr></thead><tbody>{body}</tbody></table>")
        elif kind == "faq":
            for q, a in blk[1]:
                parts.append(f"<details><summary>{e(q)}</summary><p>{e(a)}</p></details>")
        elif kind in ("pagebreak", "title", "toc"):
            continue
        else:
            raise ValueError(kind)
    if open_section:
        parts.append("</section>")
    return "\n".join(parts)


# ---------------------------------------------------------------------------
# Shared filler text (voorwoord, context, visie, governance, OPR, OOGO, personeel,
# ICT/privacy, professionalisering, planning). Parameterised per plan. The filler
# is written so that it does NOT address any core criterion by itself; flags
# control the few passages that touch an advisory criterion.
# ---------------------------------------------------------------------------


def f_voorwoord(p, variant):
    if variant == 1:
        return [
            ("h1", "1 Voorwoord"),
            ("p", f"Voor u ligt het ondersteuningsplan {p['period']} van {p['name']}. Het is het derde plan sinds de invoering van passend onderwijs in 2014 en het eerste dat volledig is geschreven na de verbeteraanpak die het ministerie in 2020 aankondigde. In de afgelopen anderhalf jaar hebben we met schoolleiders, intern begeleiders, ondersteuningscoördinatoren, leraren, ouders, de ondersteuningsplanraad en de gemeenten gesproken over de vraag wat er beter moet en wat we juist moeten vasthouden. Die gesprekken waren niet altijd gemakkelijk, maar wel waardevol."),
            ("p", "Wat ons opviel, is hoe groot de betrokkenheid is. Op de drie regiobijeenkomsten in het najaar kwamen ruim tweehonderd mensen af. Ouders vertelden over wat goed ging en over wat schuurde. Leraren vertelden over volle groepen en over leerlingen die meer vragen dan zij in hun eentje kunnen bieden. Schoolbesturen spraken over middelen die schaarser worden en over de opdracht om die middelen zo dicht mogelijk bij het kind in te zetten. Al die verhalen hebben we zo goed mogelijk in dit plan verwerkt."),
            ("p", "Een ondersteuningsplan is geen doel op zich. Het is een afsprakenkader tussen de schoolbesturen in onze regio, dat pas betekenis krijgt als het op de scholen wordt waargemaakt. Daarom hebben we geprobeerd het plan leesbaar te houden en de afspraken zo concreet mogelijk te maken. Waar dat nog niet lukte, zeggen we dat eerlijk. Ik dank iedereen die heeft meegedacht en meegeschreven, en ik nodig u uit om met ons in gesprek te blijven."),
            ("p", f"{p['director']}, directeur-bestuurder"),
        ]
    return [
        ("h1", "1 Voorwoord"),
        ("p", f"Met trots presenteren wij het ondersteuningsplan {p['period']}. Dit plan is tot stand gekomen in een periode waarin het onderwijs onder druk staat: het lerarentekort is in onze regio voelbaar, de vraag naar jeugdhulp neemt toe en de maatschappelijke verwachtingen van scholen zijn hoog. Tegelijk zien we elke dag hoeveel er wél lukt. Leerlingen die jarenlang vastliepen, vinden een plek waar zij tot hun recht komen. Scholen die elkaar eerder als concurrent zagen, werken nu samen aan oplossingen."),
        ("p", "Het plan beschrijft onze koers voor de komende vier schooljaren. Het is geschreven voor schoolbesturen en scholen, maar ook voor ouders, leerlingen, gemeenten en andere partners die willen weten hoe passend onderwijs in onze regio is georganiseerd. We hebben gekozen voor een compacte opzet: de uitwerking van veel onderdelen vindt plaats in jaarplannen en handreikingen die het bestuur jaarlijks vaststelt."),
        ("p", "Een woord van dank gaat uit naar de leden van de ondersteuningsplanraad, die het concept kritisch hebben gelezen, en naar de wethouders onderwijs en jeugd van de gemeenten in onze regio. Ook danken wij de werkgroep van directeuren en intern begeleiders die de hoofdstukken heeft voorbereid. Zonder hun inzet was dit plan er niet geweest."),
        ("p", f"{p['director']}, directeur-bestuurder {p['short']}"),
    ]


def f_leeswijzer(p, chapters_text):
    return [
        ("h2", "Leeswijzer"),
        ("p", "Dit plan is opgebouwd uit hoofdstukken die los van elkaar gelezen kunnen worden. " + chapters_text + " Achter in het document vindt u een lijst met begrippen en afkortingen. Waar in de tekst 'scholen' staat, bedoelen we alle vestigingen van de aangesloten schoolbesturen, tenzij anders vermeld."),
    ]


def f_context(p, num):
    rows = [["Schoolbestuur", "Aantal vestigingen", "Leerlingen (1-10-2025)"]] + p["boards"]
    tot_s = sum(r[1] for r in p["boards"])
    tot_l = sum(int(str(r[2]).replace(".", "")) for r in p["boards"])
    rows.append(["Totaal", tot_s, f"{tot_l:,}".replace(",", ".")])
    g = ", ".join(p["gemeenten"][:-1]) + " en " + p["gemeenten"][-1]
    return [
        ("h1", f"{num} Wie wij zijn"),
        ("p", f"{p['name']} (registratienummer {p['code']}) is een stichting waarin {len(p['boards'])} schoolbesturen samenwerken. Het werkgebied omvat de gemeenten {g}. Het bureau van het samenwerkingsverband is gevestigd in {p['city']}. In het gebied wonen ongeveer {p['inwoners']} inwoners; de regio kent zowel stedelijke kernen als uitgestrekte landelijke gebieden met kleine dorpsscholen."),
        ("p", "Onderstaande tabel geeft een beeld van de omvang van de aangesloten besturen. De aantallen zijn ontleend aan de teldatum van 1 oktober 2025 en dienen uitsluitend ter beschrijving van de context."),
        ("table", rows),
        ("p", f"De komende jaren verwachten we een lichte daling van het aantal leerlingen in de landelijke kernen en een stijging in {p['city']}, waar nieuwbouwwijken worden opgeleverd. Voor de scholen betekent dat een verschuiving in de vraag naar huisvesting en personeel. De krimp in de kleine kernen raakt vooral besturen met veel kleine scholen, die minder ruimte hebben om eigen specialisten in dienst te nemen."),
    ]


def f_visie(p, num, variant):
    if variant == 1:
        body = [
            ("p", "Wij geloven dat ieder kind het recht heeft om zich te ontwikkelen, zo dicht mogelijk bij huis en samen met leeftijdgenoten. Dat vraagt van scholen dat zij kijken naar wat een kind nodig heeft en niet naar wat het kind mankeert. Het vraagt van ons als samenwerkingsverband dat we scholen daarin ondersteunen, verbinden en waar nodig aanspreken."),
            ("p", "Onze missie luidt: 'Samen zorgen we voor een passende plek voor elk kind.' Die missie rust op vier kernwaarden: nabijheid, vertrouwen, eigenaarschap en transparantie. Nabijheid betekent dat we zo dicht mogelijk bij de klas werken. Vertrouwen betekent dat we uitgaan van de professionaliteit van leraren en van de kennis die ouders over hun kind hebben. Eigenaarschap betekent dat scholen en besturen zich verantwoordelijk voelen voor alle kinderen in de regio, niet alleen voor de kinderen die bij hen zijn ingeschreven. Transparantie betekent dat we open zijn over wat we doen, wat het kost en wat het oplevert."),
            ("p", "Voor de komende planperiode hebben we drie koerslijnen gekozen: (1) sterke scholen die veel zelf kunnen, (2) snelle en eenvoudige hulp wanneer een school er zelf niet uitkomt, en (3) goede samenwerking met de partners rondom het kind. De koerslijnen komen in de hoofdstukken van dit plan terug."),
        ]
    else:
        body = [
            ("p", "Passend onderwijs is voor ons geen systeem maar een houding. Het gaat om de vraag wat dit kind of deze jongere, in deze klas, op dit moment nodig heeft om verder te komen. Het antwoord op die vraag ligt meestal op de eigen school, soms bij een andere school en een enkele keer buiten het reguliere onderwijs. Een ononderbroken schoolloopbaan, van de eerste schooldag tot het passende vervolg, is de rode draad in alles wat we doen."),
            ("p", "In de gesprekken over dit plan kwam steeds hetzelfde beeld terug: scholen willen minder formulieren en meer handen in de klas; ouders willen duidelijkheid en één aanspreekpunt; gemeenten willen dat onderwijs en jeugdhulp niet langs elkaar heen werken. Die wensen hebben we vertaald in onze ambitie: 'Minder bureaucratie, meer nabijheid, heldere afspraken.'"),
            ("p", "Onze visie sluit aan bij het landelijke beeld van inclusiever onderwijs. Dat betekent niet dat alle leerlingen in één klas moeten zitten, wel dat we de muren tussen regulier en speciaal onderwijs lager willen maken. Het speciaal onderwijs blijft nodig, maar wordt meer een partner die zijn expertise ook binnen reguliere scholen inzet."),
        ]
    return [("h1", f"{num} Visie en koers")] + body


def f_governance(p, num):
    return [
        ("h1", f"{num} Organisatie en governance"),
        ("p", f"{p['short']} is een stichting. Het bestuur wordt gevormd door een directeur-bestuurder die verantwoordelijk is voor de dagelijkse leiding en voor de uitvoering van het ondersteuningsplan. Het intern toezicht is belegd bij een Raad van Toezicht (RvT) van vijf leden, van wie drie worden voorgedragen door de aangesloten schoolbesturen en twee onafhankelijk zijn. De RvT vergadert zes keer per jaar en houdt toezicht volgens de Code Goed Bestuur. De RvT keurt onder meer de jaarstukken goed."),
        ("p", "Naast de RvT is er een Algemeen Overleg van schoolbestuurders (AO). Het AO komt vier keer per jaar bijeen en is het gremium waarin de besturen hun gezamenlijke verantwoordelijkheid voor passend onderwijs vormgeven. Besluiten over het ondersteuningsplan en over wijzigingen in de werkwijze worden in het AO voorbereid. Bij een verschil van inzicht tussen besturen geldt de geschillenregeling uit de statuten."),
        ("p", "Het bureau van het samenwerkingsverband ondersteunt de directeur-bestuurder. Het bureau heeft een platte structuur met drie teams: het team ondersteuning en advies, het team toewijzing en het team bedrijfsvoering. De teams werken met jaarlijkse teamplannen die zijn afgeleid van dit ondersteuningsplan."),
        ("p", "De statuten, het bestuursreglement en het reglement van de Raad van Toezicht zijn in 2024 geactualiseerd en liggen ter inzage op het bureau."),
    ]


def f_opr(p, num, parents=True):
    if parents:
        comp = f"De ondersteuningsplanraad (OPR) bestaat uit {p['opr']} leden: de helft is ouder van een leerling op een van de aangesloten scholen, de andere helft is personeelslid. De leden worden afgevaardigd door de medezeggenschapsraden. Ouders in de OPR brengen het perspectief van gezinnen in en worden door ons actief betrokken bij de voorbereiding van beleid, onder meer via een jaarlijkse themabijeenkomst met ouders uit de achterban."
    else:
        comp = f"De ondersteuningsplanraad (OPR) bestaat uit {p['opr']} leden die worden afgevaardigd door de medezeggenschapsraden van de aangesloten scholen. De OPR heeft een eigen reglement en een ambtelijk secretaris."
    return [
        ("h1", f"{num} Medezeggenschap"),
        ("p", comp),
        ("p", "De OPR heeft instemmingsrecht op het ondersteuningsplan en op wijzigingen daarvan. De OPR vergadert vijf keer per jaar met de directeur-bestuurder. Daarnaast is er een medezeggenschapsraad voor het personeel van het bureau. Scholing van OPR-leden wordt door het samenwerkingsverband bekostigd."),
        ("p", f"Over het concept van dit plan heeft de OPR op {p['opr_date']} positief geadviseerd en ingestemd. De OPR heeft gevraagd om een tussentijdse bespreking van de hoofdstukken die nog in ontwikkeling zijn."),
    ]


def f_oogo(p, num, full=True, thuis=True, parents=True):
    g = ", ".join(p["gemeenten"][:-1]) + " en " + p["gemeenten"][-1]
    out = [("h1", f"{num} Samenwerking met gemeenten")]
    out.append(("p", f"Het ondersteuningsplan is besproken in het op overeenstemming gericht overleg (OOGO) met de colleges van burgemeester en wethouders van {g}. Het OOGO over dit plan vond plaats op {p['oogo_date']}. Er was overeenstemming; het verslag is vastgesteld door de wethouders en de directeur-bestuurder. Ook is overleg gevoerd met het samenwerkingsverband {p['other_swv']}, waarvan het werkgebied overlapt met het onze."))
    if full:
        themes = "jeugdhulp op en rond school, leerlingenvervoer, onderwijshuisvesting en de aansluiting tussen onderwijs en arbeidsmarkt"
        if thuis:
            themes = "jeugdhulp op en rond school, thuiszitters en verzuim, leerlingenvervoer, onderwijshuisvesting en de aansluiting tussen onderwijs en arbeidsmarkt"
        out.append(("p", f"Met de gemeenten hebben we afspraken gemaakt over {themes}. Concreet betekent dit dat elke school een vaste contactpersoon heeft in het lokale team, dat schoolmaatschappelijk werk op alle scholen beschikbaar is en dat onderwijs-zorgarrangementen gezamenlijk worden bekostigd wanneer een leerling zorg in onderwijstijd nodig heeft. De regionale werkgroep onderwijs-jeugdhulp komt zes keer per jaar bijeen."))
        wie = "de school, het lokale team en de ouders" if parents else "de school en het lokale team"
        out.append(("p", f"Waar onderwijs en jeugdhulp elkaar raken, spreken we van 'één kind, één plan': {wie} stellen samen één plan op, met één regisseur."))
    else:
        out.append(("p", "De inhoudelijke afspraken met de gemeenten worden vastgelegd in een afzonderlijke samenwerkingsagenda, die in het najaar van 2026 aan de colleges wordt voorgelegd."))
    return out


def f_personeel(p, num):
    return [
        ("h1", f"{num} Personeel en professionalisering"),
        ("p", f"Het bureau van {p['short']} heeft {p['fte']} fte in dienst. Daartoe behoren de directeur-bestuurder, een beleidsmedewerker, een controller (0,6 fte), een managementassistent, orthopedagogen, psychologen en consulenten. Een deel van de medewerkers is gedetacheerd vanuit de aangesloten besturen. Het samenwerkingsverband volgt de cao van de sector en heeft een eigen functiebouwhuis."),
        ("p", "Het lerarentekort raakt ook ons. Vacatures voor orthopedagogen en gedragsspecialisten zijn lastig te vervullen. We investeren daarom in het opleiden van eigen mensen, onder meer door twee leerplekken voor masterstudenten orthopedagogiek per jaar. Daarnaast werken we met een flexibele pool van ambulant begeleiders, zodat we pieken in de vraag kunnen opvangen."),
        ("p", "Professionalisering is een gezamenlijke verantwoordelijkheid van besturen en samenwerkingsverband. Wij organiseren per jaar een scholingsaanbod voor intern begeleiders en ondersteuningscoördinatoren, twee netwerkbijeenkomsten per regio en een jaarlijkse studiedag. Het scholingsaanbod wordt samengesteld op basis van de vragen die scholen ons stellen. Leraren kunnen gebruikmaken van collegiale consultatie bij het speciaal onderwijs."),
        ("p", "Aandacht voor werkdruk is vanzelfsprekend. Medewerkers van het bureau hebben jaarlijks een gesprekkencyclus met hun leidinggevende; het ziekteverzuim lag in 2025 op 4,1 procent."),
    ]


def f_ict(p, num):
    return [
        ("h1", f"{num} ICT, gegevens en privacy"),
        ("p", f"Voor aanvragen, adviezen en dossiers gebruikt {p['short']} een beveiligde digitale omgeving. Scholen leveren daarin gegevens aan; alleen medewerkers die de gegevens nodig hebben voor hun taak hebben toegang. Het samenwerkingsverband heeft een functionaris gegevensbescherming (FG), die wordt gedeeld met twee andere samenwerkingsverbanden."),
        ("p", "Wij verwerken persoonsgegevens, waaronder gegevens over gezondheid, alleen als dat nodig is voor onze wettelijke taken. Gegevens worden niet langer bewaard dan nodig; voor dossiers hanteren we de wettelijke bewaartermijn van drie jaar. Datalekken worden gemeld bij de Autoriteit Persoonsgegevens volgens de interne meldprocedure. Het privacyreglement is in 2025 herzien."),
        ("p", "In 2026 vervangen we de huidige applicatie voor dossiervorming. De aanbesteding is gestart; een werkgroep met intern begeleiders test de nieuwe omgeving op gebruiksgemak. Tot de overgang blijft het huidige systeem in gebruik."),
    ]


def f_planning(p, num):
    return [
        ("h1", f"{num} Totstandkoming en planning"),
        ("p", "Dit plan is in een aantal stappen tot stand gekomen. Onderstaande tabel vat het proces samen."),
        ("table", [
            ["Periode", "Stap", "Betrokkenen"],
            ["maart - juni 2025", "Gesprekken en regiobijeenkomsten", "Scholen, besturen, OPR, gemeenten"],
            ["september - november 2025", "Schrijven conceptplan", "Werkgroep, bureau"],
            ["december 2025", "Bespreking concept in AO", "Schoolbestuurders"],
            [p["oogo_date"], "Op overeenstemming gericht overleg", "Colleges van B&W"],
            [p["opr_date"], "Instemming", "Ondersteuningsplanraad"],
            ["14 april 2026", "Vaststelling", "Directeur-bestuurder, goedkeuring RvT"],
            ["vóór 1 mei 2026", "Toezending aan de inspectie", "Bureau"],
        ]),
        ("p", f"Het plan geldt voor de schooljaren {p['period_long']}. Wijzigingen gedurende de planperiode worden ter instemming aan de OPR voorgelegd."),
    ]


def f_bedrijfsvoering(p, num):
    return [
        ("h1", f"{num} Bedrijfsvoering en huisvesting"),
        ("p", f"Het bureau van {p['short']} is gehuisvest in een gehuurd pand in {p['city']}, dat wordt gedeeld met de leerplichtafdeling van de gemeente. Die nabijheid bevalt goed: korte lijnen, gezamenlijke overlegruimtes en een gedeelde receptie. Het huurcontract loopt tot en met 2028; in 2027 besluiten we of we het contract verlengen."),
        ("p", "De financiële administratie en de salarisadministratie zijn uitbesteed aan een administratiekantoor dat voor meer samenwerkingsverbanden werkt. Inkoop verloopt volgens het inkoop- en aanbestedingsbeleid dat de Raad van Toezicht in 2024 heeft vastgesteld. De jaarrekening wordt gecontroleerd door een externe accountant, die ook de rechtmatigheid van de bestedingen van het bureau toetst."),
        ("p", "Duurzaamheid krijgt aandacht in de bedrijfsvoering: medewerkers reizen waar mogelijk met het openbaar vervoer of de fiets, vergaderingen vinden afwisselend fysiek en online plaats en het bureau gebruikt groene stroom. Het wagenpark bestaat uit twee elektrische deelauto's voor bezoeken aan scholen in de buitengebieden."),
        ("p", "Voor de continuïteit van het bureau is een vervangingsregeling opgesteld voor sleutelfuncties. Het bureau is op werkdagen bereikbaar van 8.30 tot 17.00 uur; in de schoolvakanties gelden beperkte openingstijden."),
    ]


def f_kennis(p, num):
    return [
        ("h1", f"{num} Kennisdeling en onderzoek"),
        ("p", "Passend onderwijs is een vak dat zich blijft ontwikkelen. Wij willen dat kennis die op de ene school wordt opgedaan, ook de andere scholen bereikt. Daarom organiseren we leernetwerken rond thema's die scholen zelf aandragen. In het schooljaar 2025-2026 waren dat onder meer executieve functies, samenwerken met jeugdhulp in de klas, en het voeren van gesprekken met leerlingen over hun eigen ontwikkeling."),
        ("p", "Met een hogeschool in de regio werken we samen in een werkplaats onderwijsonderzoek. Leraren en intern begeleiders doen daarin kleinschalig praktijkonderzoek, begeleid door een lector. De uitkomsten worden gedeeld op een jaarlijkse kennismarkt, waar scholen ook hun eigen goede voorbeelden presenteren. Het samenwerkingsverband stelt daarvoor jaarlijks een klein budget beschikbaar en faciliteert de bijeenkomsten."),
        ("p", "Daarnaast nemen medewerkers van het bureau deel aan landelijke netwerken van samenwerkingsverbanden en aan bijeenkomsten van de sectororganisaties. Nieuwe landelijke ontwikkelingen, zoals de plannen rond inclusiever onderwijs en de gevolgen van nieuwe wetgeving, vertalen we in korte notities voor de schoolbesturen."),
        ("p", "Tot slot vinden we het belangrijk dat leraren in opleiding al kennismaken met passend onderwijs. Studenten van de pabo en de lerarenopleidingen kunnen stage lopen bij het bureau of meelopen met een consulent. Zo bouwen we aan een nieuwe generatie leraren die vertrouwd is met de vragen van leerlingen die extra ondersteuning nodig hebben."),
    ]


def f_glossary(num_title, entries):
    out = [("h1", num_title)]
    out.append(("table", [["Begrip / afkorting", "Betekenis"]] + [[a, b] for a, b in entries]))
    return out


# ---------------------------------------------------------------------------
# Plan A: PO, Lindewaard. docx + pdf.
# BO present (table), PL present, TS partial (procedure only, inside TLV chapter),
# FI present (under "Geld en middelen"), DA partial (continuum; lacunes deferred),
# RE missing (chapter heading + deferral only), OU present (inside "Communicatie").
# ---------------------------------------------------------------------------

PA = dict(
    name="Samenwerkingsverband Passend Onderwijs Lindewaard PO",
    short="SWV Lindewaard",
    code="PO 27-14",
    period="2026-2030",
    period_long="2026-2027 tot en met 2029-2030 (1 augustus 2026 tot en met 31 juli 2030)",
    director="drs. M.J. (Marieke) van Oosterhout",
    city="Lindewaard",
    inwoners="148.000",
    gemeenten=["Lindewaard", "Overbetuwe-Zuid", "Haaftenburg", "Ressen"],
    boards=[["Stichting Openbaar Onderwijs Lindewaard", 14, "3.412"], ["Stichting Katholiek Onderwijs Rivierenland", 11, "2.870"],
            ["Vereniging Christelijk Primair Onderwijs De Linge", 9, "2.104"], ["Stichting Speciaal Onderwijs De Brink", 2, "318"],
            ["Stichting Sbo De Regenboog", 2, "276"], ["Eenpitter Montessorischool De Kersenboom", 1, "212"]],
    opr=12,
    opr_date="10 maart 2026",
    oogo_date="17 februari 2026",
    other_swv="VO Lindewaard en Betuwe (VO 27-03)",
    fte="17,4",
)


def plan_a():
    p = PA
    b = []
    b.append(("title", ["Ondersteuningsplan 2026-2030", p["name"], f"Registratienummer {p['code']}",
                        "Vastgesteld door de directeur-bestuurder op 14 april 2026, na instemming van de ondersteuningsplanraad",
                        "Thema's: basisondersteuning - dekkend aanbod - toelaatbaarheid - terugplaatsing - resultaten - ouders - financiën"]))
    b.append(("toc", [
        "1 Voorwoord .......................................................... 3",
        "2 Wie wij zijn ........................................................ 4",
        "3 Visie en koers ...................................................... 5",
        "4 Ondersteuning op de scholen ......................................... 6",
        "   4.1 Basisondersteuning: wat iedere school biedt .................... 6",
        "   4.2 Het ondersteuningscontinuüm en arrangementen ................... 8",
        "   4.3 Dekkend aanbod en thuiszitters ................................. 9",
        "5 Toelaatbaarheid tot sbo en so ....................................... 10",
        "   5.6 Verloop en einde van de toelaatbaarheidsverklaring ............. 13",
        "6 Communicatie ........................................................ 14",
        "7 Geld en middelen .................................................... 16",
        "8 Resultaten en kwaliteitszorg ........................................ 19",
        "9 Organisatie en governance ........................................... 20",
        "10 Medezeggenschap .................................................... 21",
        "11 Samenwerking met gemeenten ......................................... 22",
        "12 Personeel en professionalisering ................................... 23",
        "13 ICT, gegevens en privacy ........................................... 24",
        "14 Totstandkoming en planning ......................................... 25",
        "Bijlage 1 Begrippenlijst .............................................. 26",
        "Bijlage 2 Terugplaatsingsprotocol (afzonderlijk document)",
        "Bijlage 3 Meerjarenbegroting (zie hoofdstuk 7)",
    ]))
    b += f_voorwoord(p, 1)
    b += f_leeswijzer(p, "Hoofdstuk 4 beschrijft de ondersteuning op de scholen, hoofdstuk 5 de toelaatbaarheid tot het speciaal (basis)onderwijs. In hoofdstuk 6 leest u hoe wij communiceren en hoofdstuk 7 gaat over geld.")
    b += f_context(p, 2)
    b += f_visie(p, 3, 1)

    # 4 Ondersteuning
    b.append(("h1", "4 Ondersteuning op de scholen"))
    b.append(("p", "In dit hoofdstuk beschrijven we hoe de ondersteuning in Lindewaard is opgebouwd: van wat elke school zelf biedt tot de voorzieningen die de scholen samen organiseren."))
    b.append(("h2", "4.1 Basisondersteuning: wat iedere school biedt"))
    b.append(("p", "Onder basisondersteuning verstaan we in Lindewaard het niveau van ondersteuning dat iedere vestiging van iedere aangesloten basisschool biedt, ongeacht het bestuur waartoe de school behoort en zonder dat daarvoor een aanvraag bij het samenwerkingsverband nodig is. De besturen hebben dit niveau op 2 oktober 2025 in het Algemeen Overleg vastgesteld. Het is een ondergrens: een school mag meer bieden, maar niet minder. De sbo- en so-scholen vallen buiten deze afspraak, omdat zij per definitie meer dan basisondersteuning bieden."))
    b.append(("p", "Het afgesproken niveau is uitgewerkt in acht standaarden. In de tabel hieronder staat per standaard wat ouders en leerlingen concreet van elke school mogen verwachten."))
    b.append(("table", [
        ["Standaard", "Wat iedere school concreet biedt"],
        ["1 Interne begeleiding", "Een intern begeleider met ten minste 0,4 fte per 200 leerlingen, die leraren coacht en de groeps- en leerlingbesprekingen leidt."],
        ["2 Handelingsgericht werken", "Twee keer per jaar een groepsbespreking per groep; bij stagnatie binnen vier weken een leerlingbespreking met ouders."],
        ["3 Lezen, spelling en rekenen", "Het regionale dyslexieprotocol en het protocol ernstige reken-wiskundeproblemen en dyscalculie (ERWD); signalering vanaf groep 2, extra instructie in kleine groepjes en inzet van voorleessoftware."],
        ["4 Gedrag en sociale veiligheid", "Een schoolbreed programma voor sociaal-emotionele ontwikkeling, een gedragsprotocol met afspraken over time-out in de school en jaarlijkse monitoring van de sociale veiligheid."],
        ["5 Meer- en hoogbegaafdheid", "Signalering met een vast instrument in groep 1-2 en groep 5, compacten en verrijken in de eigen groep."],
        ["6 Taal en NT2", "Extra taalaanbod voor leerlingen met een taalachterstand, inclusief woordenschatprogramma."],
        ["7 Medisch handelen", "Een protocol medicijnverstrekking en medisch handelen; aanpassingen in het gebouw voor leerlingen met een lichte fysieke beperking."],
        ["8 Samenwerking rond het kind", "Vast contact met jeugdverpleegkundige, schoolmaatschappelijk werk en het lokale team; ten minste drie keer per jaar een ondersteuningsteamoverleg (OT)."],
    ]))
    b.append(("p", "Iedere school beschrijft in de schoolgids hoe zij deze standaarden invult. De consulenten van het samenwerkingsverband bespreken jaarlijks met iedere directeur de kwaliteitskaart basisondersteuning. Voldoet een school op een standaard niet, dan maken directeur en consulent binnen zes weken een verbeterafspraak, die het bestuur bewaakt; de directeur-bestuurder rapporteert hierover aan het Algemeen Overleg."))

    b.append(("h2", "4.2 Het ondersteuningscontinuüm en arrangementen"))
    b.append(("p", "Wanneer de basisondersteuning niet voldoende is, kan de school extra ondersteuning inzetten. Het geheel van ondersteuning binnen en tussen de scholen hebben we geordend in vier niveaus, die op elkaar aansluiten. Een leerling beweegt tussen de niveaus op basis van zijn ondersteuningsbehoefte, niet op basis van een diagnose."))
    b.append(("table", [
        ["Niveau", "Wat", "Waar", "Toegang"],
        ["1 Basis", "Basisondersteuning volgens de acht standaarden", "Op elke school", "Geen aanvraag nodig"],
        ["2 Schoolarrangement", "Extra begeleiding op de eigen school, bijvoorbeeld een gedragsspecialist of ambulante begeleiding vanuit het so, voor maximaal één schooljaar", "Eigen school", "Via het OT met de consulent; de school zet het schoolbudget in"],
        ["3 Bovenschools arrangement", "Taalklas De Kade voor nieuwkomers (max. 1 jaar); plusklas Lindewaard (1 dagdeel per week); observatiegroep Het Anker (12 weken)", "Drie locaties in Lindewaard en Ressen", "Aanvraag bij het loket; besluit binnen 4 weken"],
        ["4 Speciale setting", "Sbo De Regenboog (2 locaties), so De Brink (cluster 4) en so Het Palet (cluster 3, buiten de regio)", "Lindewaard, Haaftenburg", "Met een toelaatbaarheidsverklaring (hoofdstuk 5)"],
    ]))
    b.append(("p", "Tussen de niveaus bestaan verbindingen: sbo en so bieden ambulante begeleiding en consultatie op reguliere scholen, leerlingen van de observatiegroep blijven ingeschreven op hun eigen school, en de plusklas werkt met de leraar van de eigen school samen aan een verrijkingsplan. Zo ontstaat een samenhangend geheel in plaats van losse voorzieningen."))

    b.append(("h2", "4.3 Dekkend aanbod en thuiszitters"))
    b.append(("p", "Of ons aanbod voor iedere leerling dekkend is, kunnen we op dit moment nog niet goed beoordelen. Een analyse van witte vlekken staat op de agenda. De aanpak van thuiszitters wordt in het schooljaar 2026-2027 samen met de leerplichtambtenaren opnieuw uitgewerkt en daarna aan dit plan toegevoegd; tot die tijd verwijzen we naar het bestaande thuiszittersprotocol (bijlage 6)."))
    b.append(("p", "We realiseren ons dat dit onderdeel nog niet af is. De OPR heeft gevraagd om een tussentijdse bespreking zodra de uitwerking gereed is."))

    # 5 TLV
    b.append(("h1", "5 Toelaatbaarheid tot sbo en so"))
    b.append(("p", "Een leerling kan alleen worden ingeschreven op een school voor speciaal basisonderwijs (sbo) of speciaal onderwijs (so, cluster 3 en 4) als het samenwerkingsverband een toelaatbaarheidsverklaring (TLV) heeft afgegeven. Cluster 1 en 2 vallen onder landelijke instellingen en worden hier niet beschreven."))
    b.append(("h2", "5.1 Wie vraagt aan"))
    b.append(("p", "De aanvraag wordt ingediend door het bevoegd gezag van de school waar de leerling is ingeschreven, in de praktijk de directeur namens het bestuur. Voor een leerling die nog niet op een school staat ingeschreven, bijvoorbeeld een kind dat van een kinderdagverblijf komt of uit het buitenland, dient de so- of sbo-school waar het kind is aangemeld de aanvraag in."))
    b.append(("h2", "5.2 Stappen"))
    b.append(("ol", [
        "De school bespreekt de leerling in het ondersteuningsteam (OT), met ouders en consulent, en stelt vast dat de ondersteuningsbehoefte de mogelijkheden van niveau 1 tot en met 3 overstijgt.",
        "De school vult het groeidocument aan met het ontwikkelingsperspectief (OPP), het onderwijskundig rapport en de zienswijze van de ouders, en dient de aanvraag digitaal in bij het loket.",
        "Het loket controleert binnen vijf werkdagen of het dossier volledig is.",
        "Twee deskundigen brengen ieder afzonderlijk schriftelijk advies uit: een orthopedagoog of psycholoog en, afhankelijk van de leerling, een tweede deskundige (kinderpsychiater, arts, maatschappelijk werker of pedagoog). Deskundigen die bij de aanvraag betrokken waren, adviseren niet.",
        "De Commissie Toelaatbaarheid neemt binnen zes weken na ontvangst van het volledige dossier een besluit. Ouders ontvangen het besluit en een kopie van beide adviezen.",
    ]))
    b.append(("h2", "5.3 Criteria"))
    b.append(("p", "De commissie toetst aan de volgende criteria. Alle criteria onder het gekozen type moeten van toepassing zijn."))
    b.append(("table", [
        ["Type", "Een leerling is toelaatbaar als ..."],
        ["Sbo", "(a) de ondersteuningsbehoefte aantoonbaar meer vraagt dan basisondersteuning plus een schoolarrangement gedurende ten minste zes maanden; (b) de leerling een kleinere groep en een gespecialiseerde aanpak op meerdere domeinen nodig heeft; (c) het OPP laat zien dat de leerling in het sbo een beter perspectief heeft."],
        ["So cluster 3", "(a) er sprake is van een verstandelijke, lichamelijke of meervoudige beperking of langdurige ziekte die onderwijs in een reguliere setting structureel onmogelijk maakt; (b) de leerling intensieve, geïntegreerde zorg en onderwijs nodig heeft."],
        ["So cluster 4", "(a) er sprake is van ernstige gedrags- of psychiatrische problematiek die ondanks een arrangement op niveau 2 of 3 blijft bestaan; (b) de veiligheid van de leerling of anderen in een reguliere setting niet te waarborgen is of de leerling een therapeutisch klimaat nodig heeft."],
    ]))
    b.append(("h2", "5.4 Duur en bekostigingscategorie"))
    b.append(("p", "Een TLV voor het sbo geldt voor ten hoogste twee schooljaren; een TLV voor het so voor ten hoogste drie schooljaren. Een TLV die in de loop van een schooljaar wordt afgegeven, geldt tot het einde van dat schooljaar plus het aantal volledige schooljaren dat de commissie vaststelt. Bij een TLV voor het so stelt de commissie de bekostigingscategorie vast: laag, midden of hoog, op basis van het advies van de deskundigen."))
    b.append(("h2", "5.5 Bezwaar"))
    b.append(("p", "Ouders en het schoolbestuur kunnen binnen zes weken na de dagtekening van het besluit bezwaar maken bij het samenwerkingsverband. Het samenwerkingsverband is aangesloten bij de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen (LBT), die een advies uitbrengt. Daarna neemt de directeur-bestuurder een beslissing op het bezwaar. Tegen die beslissing staat beroep open bij de rechtbank."))
    b.append(("h2", "5.6 Verloop en einde van de toelaatbaarheidsverklaring"))
    b.append(("p", "In het laatste schooljaar waarvoor de TLV geldt, bespreekt de sbo- of so-school vóór 1 februari in het multidisciplinair overleg (MDO) of verlenging nodig is of dat de leerling naar een reguliere basisschool kan overstappen. De school legt de uitkomst vast in het OPP en stuurt het verslag naar het loket. Vraagt de school vóór 1 april geen nieuwe TLV aan, dan eindigt de TLV op 31 juli van dat schooljaar; de sbo- of so-school meldt de leerling in overleg met de ouders aan bij een basisschool en stuurt het dossier door naar die school. Vraagt de school wel een nieuwe TLV aan, dan besluit de Commissie Toelaatbaarheid daarover volgens de stappen in paragraaf 5.2."))

    # 6 Communicatie
    b.append(("h1", "6 Communicatie"))
    b.append(("p", "Goede communicatie is de basis van vertrouwen. In dit hoofdstuk beschrijven we hoe we communiceren met scholen, met ouders en met onze partners."))
    b.append(("h2", "6.1 Scholen en besturen"))
    b.append(("p", "Scholen ontvangen zes keer per jaar een digitale nieuwsbrief. Voor intern begeleiders is er een besloten kennisbank met formats, protocollen en de actuele stand van zaken rond aanvragen. Besturen worden via het Algemeen Overleg geïnformeerd."))
    b.append(("h2", "6.2 Ouders"))
    b.append(("p", "Ouders vinden op de ouderpagina van onze website een overzicht van de basisondersteuning, alle arrangementen per niveau en de route naar een TLV, in gewone taal en ook in het Engels, Arabisch en Pools. Bij inschrijving op een school ontvangen ouders via de school de Ouderwijzer Passend Onderwijs Lindewaard, een brochure van acht pagina's die uitlegt welke ondersteuning er is en bij wie zij terecht kunnen. Twee keer per jaar, in oktober en maart, organiseren we een informatieavond voor ouders over het ondersteuningsaanbod. Daarnaast is het ouderloket van het samenwerkingsverband op werkdagen telefonisch bereikbaar voor vragen over ondersteuning."))
    b.append(("h2", "6.3 Onafhankelijke hulp voor ouders"))
    b.append(("p", "Soms lopen gesprekken tussen ouders en school vast. Ouders kunnen dan terecht bij het Ouder- en Jeugdsteunpunt Lindewaard 'De Wegwijzer'. Het steunpunt is onafhankelijk van scholen en samenwerkingsverband, is gehuisvest in het gemeentehuis van Haaftenburg en wordt bemenst door twee ervaringsdeskundige ouders en een jurist. Het steunpunt is bereikbaar via telefoon en e-mail en houdt wekelijks een inloopspreekuur. Ouders kunnen ook kosteloos een beroep doen op de Onderwijsconsulenten van het ministerie. Bij een geschil over toelating, verwijdering of het OPP kunnen ouders zich wenden tot de Geschillencommissie Passend Onderwijs; klachten over het samenwerkingsverband kunnen worden ingediend bij de Landelijke Klachtencommissie Onderwijs."))
    b.append(("p", "Het steunpunt bundelt twee keer per jaar de signalen die het ontvangt en bespreekt die met de directeur-bestuurder. Zo worden ervaringen van ouders benut om het beleid te verbeteren."))
    b.append(("h2", "6.4 Partners"))
    b.append(("p", "Met gemeenten, jeugdhulp en kinderopvang communiceren we via de regionale werkgroep en via een jaarlijkse netwerkbijeenkomst. Persberichten worden afgestemd met de communicatieadviseurs van de gemeenten."))

    # 7 Geld
    b.append(("h1", "7 Geld en middelen"))
    b.append(("p", "Het samenwerkingsverband ontvangt van het Rijk een ondersteuningsbudget voor lichte en zware ondersteuning. Van dat budget worden eerst de bedragen afgetrokken die DUO rechtstreeks aan de so-scholen betaalt voor leerlingen met een TLV (afdrachten), en de bedragen die wij volgens de groeiregeling en de 2%-regeling aan het sbo overdragen. Het restant verdelen wij volgens het verdeelmodel hieronder."))
    b.append(("h2", "7.1 Verdeelmodel"))
    b.append(("ul", [
        "Schoolbudget: elk bestuur ontvangt € 185 per leerling op de teldatum 1 oktober van het voorgaande jaar, voor de uitvoering van basisondersteuning en schoolarrangementen (niveau 1 en 2).",
        "Vaste voet: € 8.000 per vestiging, zodat kleine scholen een minimale formatie voor interne begeleiding kunnen bekostigen.",
        "Bovenschoolse arrangementen (niveau 3): het samenwerkingsverband bekostigt deze rechtstreeks; scholen vragen ze aan via het loket volgens de criteria uit de Handreiking Arrangeren.",
        "Sbo-deelname boven 2%: het samenwerkingsverband draagt bij aan de groei van het sbo op basis van de peildatum 1 februari.",
    ]))
    b.append(("p", "Het verdeelmodel wordt vastgesteld door de directeur-bestuurder na advies van het Algemeen Overleg en instemming van de OPR. Wijzigingen gelden steeds met ingang van een nieuw kalenderjaar."))
    b.append(("h2", "7.2 Meerjarenbegroting"))
    b.append(("table", [
        ["Post (x € 1.000)", "2026", "2027", "2028", "2029"],
        ["Baten ondersteuningsbudget (rijksbijdrage)", "11.240", "11.105", "10.980", "10.890"],
        ["Af: afdrachten so via DUO", "-4.910", "-4.880", "-4.850", "-4.830"],
        ["Af: overdracht sbo (groei/2%-regeling)", "-620", "-600", "-590", "-580"],
        ["Schoolbudgetten besturen (€ 185 p.l.)", "2.033", "2.010", "1.985", "1.960"],
        ["Vaste voet vestigingen", "312", "312", "304", "304"],
        ["Bovenschoolse arrangementen niveau 3", "1.480", "1.500", "1.520", "1.540"],
        ["Ambulante begeleiding en consultatie", "640", "640", "640", "640"],
        ["Bureau, personeel en huisvesting", "1.605", "1.630", "1.655", "1.680"],
        ["Ouder- en Jeugdsteunpunt (bijdrage)", "60", "60", "60", "60"],
        ["Saldo", "-420", "-527", "-624", "-724"],
    ]))
    b.append(("p", "De begroting laat in de planperiode bewust een negatief saldo zien. Daarmee brengen we de algemene reserve, die eind 2025 € 3,1 miljoen bedroeg, terug naar het niveau van de signaleringswaarde. Het benodigde weerstandsvermogen is op basis van een risico-inventarisatie bepaald op € 0,9 miljoen."))
    b.append(("h2", "7.3 Verantwoording"))
    b.append(("p", "Besturen verantwoorden vóór 1 maart over het voorgaande kalenderjaar hoe zij het schoolbudget hebben ingezet, aan de hand van een vast format met vijf bestedingscategorieën. De controller analyseert de verantwoordingen en bespreekt opvallende afwijkingen met het bestuur."))

    # 8 Resultaten (deferral only)
    b.append(("h1", "8 Resultaten en kwaliteitszorg"))
    b.append(("p", "Dit hoofdstuk wordt aangevuld zodra de nulmeting beschikbaar is, naar verwachting in het najaar van 2026. De beoogde resultaten en de manier waarop wij die gaan volgen, leggen we dan vast in een addendum dat ter instemming aan de OPR wordt voorgelegd."))

    b += f_governance(p, 9)
    b += f_opr(p, 10, parents=True)
    b += f_oogo(p, 11, full=True, thuis=False)
    b += f_personeel(p, 12)
    b += f_ict(p, 13)
    b += f_planning(p, 14)
    b += f_glossary("Bijlage 1 Begrippenlijst", [
        ("Basisondersteuning", "Het afgesproken niveau van ondersteuning dat elke school in het samenwerkingsverband biedt."),
        ("Beoogde resultaten", "De resultaten die het samenwerkingsverband in de planperiode wil bereiken voor leerlingen die extra ondersteuning nodig hebben."),
        ("Dekkend aanbod", "Een samenhangend geheel van voorzieningen waardoor voor elke leerling een passende plek beschikbaar is."),
        ("Monitoring", "Het systematisch volgen van gegevens om te zien of doelen worden gehaald."),
        ("OPP", "Ontwikkelingsperspectiefplan."),
        ("OJSP", "Ouder- en jeugdsteunpunt."),
        ("Terugplaatsing", "De overstap van een leerling uit het sbo of so naar het regulier basisonderwijs."),
        ("Thuiszitter", "Een leerplichtige leerling die zonder geldige reden niet naar school gaat."),
        ("TLV", "Toelaatbaarheidsverklaring."),
        ("Verdeelmodel", "De afspraken over de verdeling van de ondersteuningsmiddelen over de besturen."),
    ])
    return b


# ---------------------------------------------------------------------------
# Plan B: VO, Kempenzoom. pdf only.
# BO partial (niveau yes, inhoud only in absent bijlage 2), PL partial (procedure yes,
# criteria only in absent toetsingskader), TS present (inside TLV chapter), FI partial
# (verdeling yes, meerjarenbegroting all p.m.), DA present, RE present (table),
# OU partial (informatie yes, steunpunt deferred).
# ---------------------------------------------------------------------------

PB = dict(
    name="Samenwerkingsverband Voortgezet Onderwijs Kempenzoom",
    short="SWV VO Kempenzoom",
    code="VO 31-02",
    period="2026-2030",
    period_long="2026-2027 tot en met 2029-2030",
    director="dr. R.A. (Ruud) Verhagen",
    city="Kempenzoom",
    inwoners="212.000",
    gemeenten=["Kempenzoom", "Bladel-Oost", "Eersel-Noord", "Reusel-Heide", "Bergeyk-Zuid"],
    boards=[["Stichting Openbaar VO Kempenzoom", 4, "4.980"], ["Ons Middelbaar Onderwijs Kempen", 5, "6.215"],
            ["Stichting Praktijkonderwijs De Kempen", 1, "342"], ["Stichting VSO De Wissel", 2, "486"],
            ["Vereniging Christelijk VO Heidezoom", 2, "2.310"]],
    opr=10,
    opr_date="24 maart 2026",
    oogo_date="3 maart 2026",
    other_swv="PO Kempenzoom (PO 31-01)",
    fte="21,8",
)


def plan_b():
    p = PB
    b = []
    b.append(("title", ["Ondersteuningsplan 2026-2030", p["name"], f"{p['code']}",
                        "'Samen sterk voor elke jongere'", "Definitieve versie, april 2026"]))
    b.append(("toc", [
        "1 Voorwoord ............................................................ 3",
        "2 Terugblik op de planperiode 2022-2026 ................................ 4",
        "3 Wie wij zijn ......................................................... 6",
        "4 Visie en koers ....................................................... 7",
        "5 Het ondersteuningsaanbod ............................................. 8",
        "   5.1 Basisondersteuning .............................................. 8",
        "   5.2 Extra ondersteuning in de school ................................ 9",
        "   5.3 Bovenschoolse voorzieningen ..................................... 10",
        "   5.4 Zorgplicht, thuiszitters en witte vlekken ....................... 11",
        "6 Toewijzing en toelaatbaarheid ........................................ 12",
        "   6.5 Na de TLV: terug naar het regulier onderwijs .................... 15",
        "7 Ouders en leerlingen ................................................. 16",
        "8 Ambities, resultaten en kwaliteitszorg ............................... 17",
        "9 Financiën ............................................................ 19",
        "10 Organisatie en governance ........................................... 21",
        "11 Medezeggenschap ..................................................... 22",
        "12 Samenwerking met gemeenten .......................................... 23",
        "13 Personeel en professionalisering .................................... 24",
        "14 Totstandkoming en planning .......................................... 25",
        "Bijlage 1 Afkortingen en begrippen .................................... 26",
        "Bijlage 2 Standaarden basisondersteuning (afzonderlijk)",
        "Bijlage 5 Toetsingskader Toewijzing 2026 (afzonderlijk)",
        "Bijlage 6 Ouder- en jeugdsteunpunt (volgt)",
    ]))
    b += f_voorwoord(p, 2)

    b.append(("h1", "2 Terugblik op de planperiode 2022-2026"))
    b.append(("p", "In het ondersteuningsplan 2022-2026 stonden vier ambities centraal. Hieronder blikken we terug op wat we hebben bereikt. De cijfers zijn afkomstig uit onze eigen registratie en uit de gegevens van DUO (peildatum 1 oktober)."))
    b.append(("table", [
        ["Ambitie 2022-2026", "Streefwaarde", "Bereikt (1-10-2025)", "Toelichting"],
        ["Deelname vso niet hoger dan landelijk gemiddelde", "≤ 3,4%", "3,1%", "Gehaald; daling sinds 2023"],
        ["Aantal thuiszitters (> 4 weken) halveren", "≤ 12", "15", "Niet gehaald; vooral jongeren 16+ met psychische klachten"],
        ["Doorlooptijd TLV-aanvraag", "≤ 6 weken", "gemiddeld 5,2 weken", "Gehaald"],
        ["Tevredenheid scholen over loket", "≥ 7,5", "7,8", "Gehaald (peiling 2025, respons 81%)"],
    ]))
    b.append(("p", "Wat we leerden: de samenwerking met het vso is sterk verbeterd, maar voor jongeren met complexe problematiek op het snijvlak van onderwijs en zorg duurt het nog te lang voordat er een passende plek is. Dat is een belangrijk aandachtspunt in dit plan."))

    b += f_context(p, 3)
    b += f_visie(p, 4, 2)

    b.append(("h1", "5 Het ondersteuningsaanbod"))
    b.append(("h2", "5.1 Basisondersteuning"))
    b.append(("p", "Basisondersteuning is in Kempenzoom het door alle aangesloten besturen afgesproken minimumniveau van ondersteuning dat iedere vestiging, van praktijkonderwijs tot gymnasium, aan elke leerling biedt zonder dat daarvoor een aanvraag bij het samenwerkingsverband nodig is. Het niveau is op 9 december 2025 door het Algemeen Overleg vastgesteld en geldt voor de hele planperiode. Geen vestiging mag onder dit niveau zakken; een school mag er wel boven zitten."))
    b.append(("p", "Het niveau is uitgewerkt in twaalf standaarden met bijbehorende concretiseringen. Deze staan in bijlage 2 'Standaarden basisondersteuning Kempenzoom 2026', die als afzonderlijk document op onze website is gepubliceerd. Scholen nemen de standaarden op in hun schoolgids. Eens per twee jaar voert het samenwerkingsverband met elke school een gesprek over de standaarden aan de hand van een zelfevaluatie; waar een school tekortschiet, stelt het bestuur een verbeterplan op met een termijn van één schooljaar."))
    b.append(("h2", "5.2 Extra ondersteuning in de school"))
    b.append(("p", "Wanneer een leerling meer nodig heeft dan de basisondersteuning, kan de school extra ondersteuning inzetten met het schoolbudget dat zij van het samenwerkingsverband ontvangt. Scholen organiseren die extra ondersteuning op hun eigen manier, bijvoorbeeld in een trajectvoorziening, een rustruimte met begeleiding, een klas met kleinere groepen in de onderbouw of individuele coaching door een gedragsspecialist. Het ondersteuningsprofiel van de school beschrijft welke extra ondersteuning de school biedt. Voor leerlingen met extra ondersteuning stelt de school een OPP op."))
    b.append(("h2", "5.3 Bovenschoolse voorzieningen"))
    b.append(("p", "Wanneer de eigen school met extra ondersteuning niet toereikend is, kunnen scholen gebruikmaken van voorzieningen die het samenwerkingsverband samen met de besturen organiseert. Samen met de extra ondersteuning in de scholen en het vso vormen zij één samenhangend continuüm."))
    b.append(("table", [
        ["Voorziening", "Voor wie", "Duur", "Plaatsen"],
        ["OPDC De Overstap", "Leerlingen die tijdelijk in een kleine setting moeten werken aan gedrag en leerhouding, met terugkeer naar de eigen school als doel", "max. 1 schooljaar", "48"],
        ["Rebound Kempenzoom", "Leerlingen die na een incident of vastlopen tijdelijk buiten de eigen school worden opgevangen", "12 weken", "16"],
        ["Schakelklas ISK", "Nieuwkomers met weinig Nederlands", "1 tot 2 jaar", "60"],
        ["Zorg-onderwijsgroep De Brug", "Leerlingen die onderwijs combineren met jeugdhulp (onderwijs-zorgarrangement)", "in overleg", "12"],
        ["Vso De Wissel (2 locaties)", "Leerlingen met een TLV vso", "looptijd TLV", "486"],
        ["Praktijkonderwijs De Kempen", "Leerlingen met een toelaatbaarheid pro", "tot uitstroom", "342"],
    ]))
    b.append(("p", "Aanvragen voor het OPDC, de Rebound en De Brug lopen via het Loket Toewijzing (zie hoofdstuk 6). Voor ISK-plaatsing melden ouders hun kind rechtstreeks aan bij de ISK."))
    b.append(("h2", "5.4 Zorgplicht, thuiszitters en witte vlekken"))
    b.append(("p", "De besturen hebben afgesproken dat de school waar een leerling is aangemeld de zorgplicht draagt totdat een passende plek is gevonden, ook als die plek op een andere school ligt. Lukt dat niet binnen tien weken, dan schakelt de school het Loket Toewijzing in, dat binnen twee weken een casusoverleg beleggen moet met de betrokken scholen."))
    b.append(("p", "Voor thuiszitters werken we met een regionale thuiszitterstafel, waarin het samenwerkingsverband, leerplicht, de gemeenten en jeugdhulp zitting hebben. Elke jongere die langer dan vier weken niet naar school gaat, wordt binnen twee weken aan tafel besproken. Komt er na drie maanden geen oplossing, dan heeft de directeur-bestuurder doorzettingsmacht: zij kan een school vragen de leerling tijdelijk te plaatsen, met financiering uit het budget voor maatwerk."))
    b.append(("p", "Jaarlijks brengen we in kaart waar het aanbod tekortschiet. De analyse van 2025 liet twee witte vlekken zien: een voorziening voor hoogbegaafde leerlingen die vastlopen en een plek voor jongeren met angstklachten die (nog) niet naar een volledige school kunnen. Voor de eerste start in augustus 2026 een plusprogramma op twee scholen; voor de tweede ontwikkelen we met jeugdhulp een deeltijdprogramma dat uiterlijk in januari 2027 open gaat."))

    b.append(("h1", "6 Toewijzing en toelaatbaarheid"))
    b.append(("p", "Het samenwerkingsverband beslist over de toelaatbaarheid tot het voortgezet speciaal onderwijs (vso), over de aanwijzing voor leerwegondersteunend onderwijs (lwoo) en over de toelaatbaarheid tot het praktijkonderwijs (pro). Alle aanvragen lopen via het Loket Toewijzing."))
    b.append(("h2", "6.1 Procedure toelaatbaarheid vso"))
    b.append(("ol", [
        "Het bevoegd gezag van de school waar de leerling is ingeschreven of aangemeld, dient de aanvraag in via het digitale aanvraagportaal, met het OPP, het groeidocument en de zienswijze van ouders en leerling.",
        "Binnen vijf werkdagen bevestigt het loket de ontvangst en de volledigheid.",
        "Twee deskundigen (een orthopedagoog of GZ-psycholoog en een tweede deskundige, afhankelijk van de vraag een arts, jeugdpsychiater of maatschappelijk werker) brengen ieder een eigen schriftelijk advies uit.",
        "De Commissie Toewijzing besluit binnen zes weken na de volledige aanvraag; bij spoed binnen tien werkdagen.",
        "Ouders, leerling (vanaf 12 jaar) en school ontvangen het besluit met de adviezen.",
    ]))
    b.append(("p", "Een TLV vso geldt voor één, twee of drie schooljaren, afhankelijk van het advies van de deskundigen, en vermeldt de bekostigingscategorie (laag, midden of hoog)."))
    b.append(("h2", "6.2 Procedure lwoo"))
    b.append(("p", "De vo-school vraagt de aanwijzing lwoo aan voor 1 maart voorafgaand aan het eerste leerjaar, of tussentijds als uit de ontwikkeling van de leerling blijkt dat lwoo nodig is. Het loket toetst de aanvraag en de Commissie Toewijzing besluit binnen vier weken. De aanwijzing geldt voor de duur van de opleiding."))
    b.append(("h2", "6.3 Procedure pro"))
    b.append(("p", "De school voor praktijkonderwijs waar de leerling is aangemeld, vraagt de toelaatbaarheid aan bij het loket. De aanvraag bevat het onderwijskundig rapport van de basisschool en de testgegevens. De Commissie Toewijzing besluit binnen vier weken; bij twijfel wordt een gesprek met ouders en leerling gepland."))
    b.append(("h2", "6.4 Criteria"))
    b.append(("p", "De criteria voor toelaatbaarheid tot vso, lwoo en pro zijn opgenomen in het Toetsingskader Toewijzing 2026 (bijlage 5). Of het samenwerkingsverband vanaf 1 augustus 2027 eigen lwoo-criteria gaat hanteren, besluit het Algemeen Overleg in de loop van 2026-2027."))
    b.append(("h2", "6.5 Na de TLV: terug naar het regulier onderwijs"))
    b.append(("p", "Ons uitgangspunt is dat geen jongere langer in het vso verblijft dan nodig is. Terugkeer naar een reguliere vo-school, bij voorkeur dicht bij huis, is het doel zodra het OPP laat zien dat de leerling zich in het vso voldoende heeft ontwikkeld. Voorwaarden zijn dat de leerling gedurende ten minste zes maanden stabiel functioneert, het niveau van de ontvangende opleiding aankan en dat de ontvangende school de benodigde extra ondersteuning kan bieden."))
    b.append(("p", "De procedure is als volgt. De vso-school evalueert het OPP elk schooljaar met ouders en leerling. In het laatste jaar van de TLV voert de vso-school vóór 1 februari een perspectiefgesprek met ouders, leerling en een consulent van het loket. Adviseert dat gesprek terugkeer, dan zoekt de vso-school samen met de consulent een ontvangende school, die de leerling vóór 1 april inschrijft. Adviseert het gesprek voortzetting, dan vraagt de vso-school een nieuwe TLV aan volgens paragraaf 6.1."))
    b.append(("p", "Na terugkeer krijgt de leerling een overstaparrangement: gedurende één schooljaar begeleidt een ambulant begeleider van het vso de leerling en de mentor op de nieuwe school. Het samenwerkingsverband stelt daarvoor € 4.000 per leerling beschikbaar. In 2024-2025 keerden 23 leerlingen terug naar het regulier onderwijs, van wie 19 na een jaar nog op die school zaten."))

    b.append(("h1", "7 Ouders en leerlingen"))
    b.append(("h2", "7.1 Informatie"))
    b.append(("p", "Ouders en leerlingen vinden op onze website de pagina 'Voor ouders en leerlingen', met een overzicht van alle voorzieningen uit hoofdstuk 5, de toewijzingsroutes en veelgestelde vragen. Elke school verwijst in de schoolgids naar deze pagina. Jaarlijks in november organiseren we in samenwerking met het PO-samenwerkingsverband twee informatieavonden voor ouders van leerlingen in groep 8 over lwoo, pro en extra ondersteuning in het vo. Daarnaast verschijnt twee keer per jaar een digitale ouderbrief."))
    b.append(("h2", "7.2 Betrokkenheid"))
    b.append(("p", "Ouders en leerlingen worden betrokken bij het opstellen van het OPP; leerlingen hebben het recht hun mening te geven over hun OPP (hoorrecht). Het leerlingpanel van het samenwerkingsverband komt drie keer per jaar bijeen."))
    b.append(("h2", "7.3 Ouder- en jeugdsteunpunt"))
    b.append(("p", "Het samenwerkingsverband richt in het schooljaar 2026-2027 een ouder- en jeugdsteunpunt in, samen met het PO-samenwerkingsverband. Over de vorm, de bereikbaarheid en de bemensing volgt later meer informatie; deze wordt opgenomen in bijlage 6."))

    b.append(("h1", "8 Ambities, resultaten en kwaliteitszorg"))
    b.append(("p", "Voor de planperiode hebben we onze ambities vertaald in meetbare doelen. De tabel bevat de beoogde resultaten per 31 juli 2030."))
    b.append(("table", [
        ["Ambitie", "Indicator", "Nulmeting 2025", "Streefwaarde 2030"],
        ["Elke jongere op school", "Aantal thuiszitters > 4 weken (leerplichttelling)", "15", "≤ 8"],
        ["Thuisnabij onderwijs", "Deelname vso (DUO, 1 oktober)", "3,1%", "≤ 2,8%"],
        ["Terug als het kan", "Terugkeer vso naar regulier per jaar", "23", "≥ 30"],
        ["Snel duidelijkheid", "Doorlooptijd TLV-aanvraag", "5,2 weken", "≤ 4 weken"],
        ["Tevreden ouders", "Oordeel ouders over ondersteuning (peiling)", "6,9", "≥ 7,5"],
    ]))
    b.append(("p", "We volgen deze indicatoren met een halfjaarlijkse monitor die de beleidsmedewerker opstelt op basis van DUO-gegevens, de leerplichttelling en onze eigen registratie. De monitor wordt besproken in het Algemeen Overleg en in de OPR. Elk voorjaar evalueren we met de scholen de voortgang; de uitkomsten staan in het jaarverslag, waarin we ook per ambitie de bestede middelen vermelden. In 2028 laten we een externe tussentijdse evaluatie uitvoeren. Om de twee jaar houden we een tevredenheidspeiling onder ouders en scholen."))

    b.append(("h1", "9 Financiën"))
    b.append(("h2", "9.1 Verdeling van de middelen"))
    b.append(("p", "Het samenwerkingsverband ontvangt middelen voor lichte ondersteuning (waaronder lwoo en pro) en voor zware ondersteuning. De middelen worden verdeeld volgens de volgende afspraken, die in december 2025 door het Algemeen Overleg zijn bekrachtigd:"))
    b.append(("ul", [
        "Schoolbudget extra ondersteuning: € 240 per leerling op de teldatum 1 oktober t-1, uitgekeerd aan het bestuur in twaalf maandelijkse termijnen.",
        "Lwoo en pro: de middelen voor lichte ondersteuning worden per aangewezen leerling doorgegeven aan het bestuur van de school waar de leerling staat ingeschreven, volgens het landelijke normbedrag.",
        "Bovenschoolse voorzieningen: bekostiging via een jaarlijkse dienstverleningsovereenkomst met het bestuur dat de voorziening uitvoert, op basis van het aantal plaatsen.",
        "Maatwerkbudget: het samenwerkingsverband houdt een budget aan voor individuele oplossingen; toekenning door de directeur-bestuurder op voorstel van de thuiszitterstafel.",
    ]))
    b.append(("p", "Besturen verantwoorden jaarlijks vóór 1 april via de ondersteuningsmonitor hoe zij het schoolbudget hebben ingezet."))
    b.append(("h2", "9.2 Meerjarenbegroting"))
    b.append(("p", "De meerjarenbegroting wordt ingevuld nadat de definitieve rijksbijdragen voor 2027 bekend zijn (verwacht september 2026). Tot die tijd is onderstaande opzet opgenomen."))
    b.append(("table", [
        ["Post", "2026", "2027", "2028", "2029"],
        ["Baten rijksbijdrage lichte ondersteuning", "p.m.", "p.m.", "p.m.", "p.m."],
        ["Baten rijksbijdrage zware ondersteuning", "p.m.", "p.m.", "p.m.", "p.m."],
        ["Afdrachten vso (DUO)", "p.m.", "p.m.", "p.m.", "p.m."],
        ["Schoolbudgetten", "p.m.", "p.m.", "p.m.", "p.m."],
        ["Bovenschoolse voorzieningen", "p.m.", "p.m.", "p.m.", "p.m."],
        ["Bureau en personeel", "p.m.", "p.m.", "p.m.", "p.m."],
        ["Saldo", "p.m.", "p.m.", "p.m.", "p.m."],
    ]))

    b += f_governance(p, 10)
    b += f_opr(p, 11, parents=True)
    b += f_oogo(p, 12, full=True, thuis=True)
    b += f_personeel(p, 13)
    b += f_planning(p, 14)
    b += f_glossary("Bijlage 1 Afkortingen en begrippen", [
        ("AO", "Algemeen Overleg van schoolbestuurders"),
        ("Basisondersteuning", "Het afgesproken minimumniveau van ondersteuning op alle vestigingen; zie de standaarden in bijlage 2."),
        ("ISK", "Internationale schakelklas"),
        ("Lwoo", "Leerwegondersteunend onderwijs"),
        ("OJSP", "Ouder- en jeugdsteunpunt: onafhankelijke plek waar ouders en jongeren terecht kunnen met vragen en bij onenigheid."),
        ("Onderwijsconsulenten", "Onafhankelijke adviseurs die ouders kosteloos helpen bij problemen rond passend onderwijs."),
        ("OPDC", "Orthopedagogisch-didactisch centrum"),
        ("Pro", "Praktijkonderwijs"),
        ("TLV", "Toelaatbaarheidsverklaring"),
        ("Verdeelmodel", "Afspraken over de verdeling van de ondersteuningsmiddelen"),
    ])
    return b


# ---------------------------------------------------------------------------
# Plan C: PO, Veenhorst. docx only.
# BO present (unusual wording "gemeenschappelijk fundament"), PL present (criteria in
# table), TS missing (only glossary / near-miss words), FI missing (reference to a
# separate meerjarenbegroting only), DA present, RE partial (doelen yes, monitoring
# deferred), OU partial (informatie deferred, steunpunt only in FAQ).
# ---------------------------------------------------------------------------

PC = dict(
    name="Stichting Samenwerkingsverband Primair Onderwijs Veenhorst e.o.",
    short="SWV Veenhorst",
    code="PO 20-09",
    period="2026-2030",
    period_long="2026-2027 tot en met 2029-2030",
    director="J.H. (Jelle) Bosma MEd",
    city="Veenhorst",
    inwoners="96.000",
    gemeenten=["Veenhorst", "Westerwolde-Noord", "Oude Pekela-Veen", "Vlagtwedde-Zuid"],
    boards=[["Stichting Openbaar Primair Onderwijs Veenhorst", 17, "2.940"], ["Stichting Christelijk Onderwijs Oost-Groningen", 12, "1.985"],
            ["Stichting Katholiek Onderwijs Veenkoloniën", 6, "1.102"], ["Stichting Speciaal Onderwijs Het Kompas", 2, "214"],
            ["Sbo De Spiegel", 1, "148"], ["Stichting Vrije School Veenhorst", 2, "305"], ["Stichting Islamitisch Onderwijs Noord", 1, "186"]],
    opr=14,
    opr_date="3 maart 2026",
    oogo_date="10 februari 2026",
    other_swv="VO Oost-Groningen (VO 20-04)",
    fte="11,2",
)


def plan_c():
    p = PC
    b = []
    b.append(("title", ["Ondersteuningsplan 2026-2030", "'Elk kind telt, overal'", p["name"], f"Registratienummer {p['code']}",
                        "Concept voor instemming OPR - versie 0.9 (definitief vastgesteld 14 april 2026)"]))
    b.append(("toc", [
        "1 Voorwoord",
        "2 Wie wij zijn",
        "3 Visie en koers",
        "4 Het gemeenschappelijk fundament",
        "5 De ondersteuningstrap: van licht naar zwaar",
        "6 Geen kind tussen wal en schip",
        "7 Toelaatbaarheid: sbo en so",
        "8 Onze doelen voor 2030",
        "9 Financiën",
        "10 Organisatie en governance",
        "11 Medezeggenschap",
        "12 Samenwerking met gemeenten",
        "13 Personeel en professionalisering",
        "14 ICT, gegevens en privacy",
        "15 Vragen die ouders ons vaak stellen",
        "16 Totstandkoming en planning",
        "17 Kennisdeling en onderzoek",
        "Bijlage A Begrippen",
        "Bijlage B Meerjarenbegroting 2026-2030 (afzonderlijk document)",
    ]))
    b += f_voorwoord(p, 1)
    b += f_leeswijzer(p, "De hoofdstukken 4 tot en met 7 gaan over de ondersteuning zelf. Hoofdstuk 8 bevat onze doelen. Ouders die snel antwoord willen op hun vraag, kunnen beginnen bij hoofdstuk 15.")
    b += f_context(p, 2)
    b += f_visie(p, 3, 2)

    b.append(("h1", "4 Het gemeenschappelijk fundament"))
    b.append(("p", "Wat in de wet 'basisondersteuning' heet, noemen wij in Veenhorst het gemeenschappelijk fundament. De zeven schoolbesturen hebben met elkaar afgesproken wat ieder kind op iedere school in onze regio mag verwachten, welke school het ook is, hoe groot of klein ook. Dat is de ondergrens: geen enkele vestiging biedt minder. Sbo De Spiegel en de so-scholen van Het Kompas bieden vanzelfsprekend meer."))
    b.append(("p", "Het fundament bestaat uit de volgende bouwstenen:"))
    b.append(("ul", [
        "Elke school heeft een intern begeleider die ten minste twee dagen per week beschikbaar is en die ouders binnen een week na hun vraag spreekt.",
        "Leraren werken met groepsoverzichten en stemmen hun instructie af op drie niveaus; twee keer per jaar is er een groepsbespreking met de intern begeleider.",
        "Leesproblemen en dyslexie worden aangepakt volgens het protocol leesproblemen en dyslexie; leerlingen met ernstige, enkelvoudige dyslexie worden doorverwezen voor onderzoek en behandeling.",
        "Voor rekenen werkt elke school met het protocol ERWD en biedt zij verlengde instructie.",
        "Elke school heeft een aanpak voor sociale veiligheid, een anti-pestcoördinator en afspraken over wat er gebeurt als een leerling de les ernstig verstoort.",
        "Kinderen die meer aankunnen, krijgen verrijkingsstof in de groep; elke school heeft een contactpersoon meer- en hoogbegaafdheid.",
        "Elke school kan een eenvoudig medisch protocol uitvoeren (medicijnen, diabetes, epilepsie) en heeft afspraken met de jeugdgezondheidszorg.",
        "Elke school overlegt ten minste vier keer per jaar in een ondersteuningsteam met de consulent van het samenwerkingsverband en de schoolmaatschappelijk werker.",
    ]))
    b.append(("p", "Het fundament is geen lijst om af te vinken. Het beschrijft een manier van werken waarin de leraar de eerste verantwoordelijke is en het team hem daarin ondersteunt. Scholen verschillen in hoe zij de bouwstenen vormgeven; een kleine dorpsschool met drie combinatiegroepen werkt anders dan een grote stadsschool. Dat is prima, zolang ieder kind krijgt wat hier is afgesproken."))

    b.append(("h1", "5 De ondersteuningstrap: van licht naar zwaar"))
    b.append(("p", "Boven op het fundament bouwen we een trap van ondersteuning. Elke tree is zwaarder en specialistischer, en elke tree kan alleen worden genomen als de vorige niet genoeg was. De treden sluiten op elkaar aan en worden door dezelfde consulenten begeleid, zodat een kind en zijn ouders niet steeds een nieuw verhaal hoeven te vertellen."))
    b.append(("table", [
        ["Tree", "Ondersteuning", "Wie organiseert", "Voorbeelden"],
        ["1", "Het gemeenschappelijk fundament", "Eigen school", "Zie hoofdstuk 4"],
        ["2", "Arrangement op de eigen school", "Eigen school met consulent", "Ambulante begeleiding vanuit het so, een gedragscoach, een taalklas op school"],
        ["3", "Regionale voorziening", "Samenwerkingsverband", "Observatieklas De Uitkijk (10 weken), plusklas Veenster (1 dag per week), Jonge Kind-groep voor kleuters met een ontwikkelingsvraag"],
        ["4", "Speciale setting", "Sbo en so", "Sbo De Spiegel, so Het Kompas (cluster 3 en 4), so buiten de regio"],
        ["Dwarsverband", "Onderwijs-zorgarrangement", "School, samenwerkingsverband en gemeente", "Combinatie van onderwijs en dagbehandeling"],
    ]))
    b.append(("p", "Scholen vragen een regionale voorziening aan bij het Centraal Aanspreekpunt van het samenwerkingsverband. Het Centraal Aanspreekpunt beslist binnen vier weken, na overleg met de school en de ouders."))

    b.append(("h1", "6 Geen kind tussen wal en schip"))
    b.append(("p", "Een dekkend aanbod betekent voor ons dat er voor ieder kind in de regio een plek is waar het onderwijs krijgt dat past. We weten dat dat nog niet altijd lukt. Daarom hebben we drie afspraken gemaakt."))
    b.append(("ol", [
        "Signaleren: elke school meldt een leerling die langer dan drie weken niet of slechts gedeeltelijk naar school gaat bij de consulent en de leerplichtambtenaar. Het samenwerkingsverband houdt een actuele lijst bij van leerlingen zonder passende plek.",
        "Overleg Passende Plek: de consulent roept binnen twee weken na melding het Overleg Passende Plek bij elkaar, met school, ouders, leerplicht, lokaal team en zo nodig een so-school. Binnen zes weken moet er een plan liggen.",
        "Doorzetten: komt het overleg er niet uit, dan beslist de directeur-bestuurder welke school de leerling tijdelijk opvangt. Besturen hebben vooraf afgesproken dat zij zo'n besluit uitvoeren.",
    ]))
    b.append(("p", "Elk najaar bespreekt het Algemeen Overleg de casussen van het afgelopen jaar om te zien waar het aanbod tekortschiet. Het gesprek van 2025 leidde tot de oprichting van de Jonge Kind-groep, omdat er geen plek was voor vierjarigen met een grote ontwikkelingsvraag. Voor kinderen met ernstige angstklachten is de komende twee jaar een nieuw aanbod nodig; daarvoor start in januari 2027 een pilot op twee scholen."))
    b.append(("p", "Voor de overstap naar het voortgezet onderwijs maken we afspraken met het VO-samenwerkingsverband: een warme overdracht voor alle leerlingen met een OPP en een doorstroomoverleg in februari. Zo loopt de ondersteuning na groep 8 zonder onderbreking door."))

    b.append(("h1", "7 Toelaatbaarheid: sbo en so"))
    b.append(("p", "Voor plaatsing op sbo De Spiegel of op een school voor so is een toelaatbaarheidsverklaring (TLV) nodig. Het samenwerkingsverband geeft die af."))
    b.append(("h2", "7.1 Aanvragen"))
    b.append(("p", "Het schoolbestuur van de school waar het kind is ingeschreven vraagt de TLV aan bij het Centraal Aanspreekpunt. Bij de aanvraag horen het OPP, een verslag van het ondersteuningsteam waarin de ouders hun mening hebben gegeven, en de gegevens van het onderwijskundig rapport. Ouders ondertekenen de aanvraag voor gezien."))
    b.append(("h2", "7.2 Advies en besluit"))
    b.append(("p", "Een orthopedagoog van het samenwerkingsverband en een tweede deskundige, meestal een schoolmaatschappelijk werker of een jeugdarts, geven ieder afzonderlijk een schriftelijk advies. Zij zijn niet betrokken geweest bij de begeleiding van het kind. De directeur-bestuurder besluit binnen vijf weken na ontvangst van de volledige aanvraag, op basis van de adviezen. Ouders krijgen het besluit en een afschrift van de adviezen per post."))
    b.append(("h2", "7.3 Wanneer is een kind toelaatbaar?"))
    b.append(("table", [
        ["Voor", "Het kind is toelaatbaar als ..."],
        ["Sbo De Spiegel", "de school aantoonbaar tree 1 tot en met 3 heeft benut gedurende ten minste een half schooljaar, het kind op ten minste twee ontwikkelingsgebieden (leren, gedrag, werkhouding, communicatie) een ondersteuningsbehoefte heeft die een kleine groep en een aangepast programma vraagt, en de deskundigen verwachten dat het kind in het sbo tot betere ontwikkeling komt."],
        ["So cluster 3", "het kind een verstandelijke beperking (IQ onder 70), een lichamelijke beperking of een langdurige ziekte heeft waardoor het een aangepaste leeromgeving en zorg gedurende de hele schooldag nodig heeft."],
        ["So cluster 4", "het kind ernstige gedrags- of psychiatrische problemen heeft, deze ook na een arrangement op tree 2 of 3 blijven bestaan en de ontwikkeling of veiligheid van het kind of anderen op de reguliere school ernstig in gevaar is."],
    ]))
    b.append(("h2", "7.4 Looptijd"))
    b.append(("p", "Een TLV sbo geldt tot het einde van de basisschoolperiode; een TLV so wordt afgegeven voor twee schooljaren, met bekostigingscategorie laag, midden of hoog volgens het advies van de deskundigen."))
    b.append(("h2", "7.5 Niet eens met het besluit"))
    b.append(("p", "Ouders kunnen binnen zes weken bezwaar maken bij de directeur-bestuurder. Het bezwaar wordt voorgelegd aan de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen, die de ouders en het samenwerkingsverband hoort en advies geeft."))

    b.append(("h1", "8 Onze doelen voor 2030"))
    b.append(("p", "We hebben vijf doelen geformuleerd die we aan het eind van de planperiode willen hebben bereikt. Ze zijn afgeleid van de evaluatiegesprekken met scholen, ouders en gemeenten."))
    b.append(("table", [
        ["Doel", "Waar staan we in 2030?"],
        ["Thuisnabij", "Het percentage leerlingen in sbo en so samen is gedaald van 4,2% naar 3,5%."],
        ["Iedereen naar school", "Geen enkel kind zit langer dan drie maanden zonder onderwijsaanbod thuis; het aantal thuiszitters is kleiner dan vijf."],
        ["Sterk fundament", "Alle scholen voldoen aan alle bouwstenen van het gemeenschappelijk fundament."],
        ["Snel en eenvoudig", "Een TLV-besluit is binnen vijf weken genomen in 95% van de aanvragen."],
        ["Leraren tevreden", "Ten minste 80% van de leraren zegt voldoende ondersteuning te krijgen bij leerlingen met extra behoeften."],
    ]))
    b.append(("p", "Hoe en wanneer we meten of we deze doelen halen, werken we uit in een kwaliteitskader dat in de loop van 2027 wordt vastgesteld."))

    b.append(("h1", "9 Financiën"))
    b.append(("p", "De financiële paragraaf van dit ondersteuningsplan is ondergebracht in de Meerjarenbegroting 2026-2030 (bijlage B), die als afzonderlijk document door de Raad van Toezicht wordt goedgekeurd. Wijzigingen in de verdeling van de middelen worden jaarlijks in de begroting verwerkt."))

    b += f_governance(p, 10)
    b += f_opr(p, 11, parents=True)
    b += f_oogo(p, 12, full=True, thuis=True)
    b += f_personeel(p, 13)
    b += f_ict(p, 14)

    b.append(("h1", "15 Vragen die ouders ons vaak stellen"))
    b.append(("faq", [
        ("Mijn kind heeft extra hulp nodig. Waar begin ik?", "Begin altijd bij de leerkracht of de intern begeleider van de school. Zij kennen uw kind en weten welke mogelijkheden de school heeft. Samen met u bekijkt de school of een gesprek in het ondersteuningsteam nodig is."),
        ("Hoe hoor ik welke ondersteuning er in de regio is?", "Hoe wij ouders gaan informeren over het ondersteuningsaanbod, leggen we vast in een communicatieplan dat in het voorjaar van 2027 verschijnt."),
        ("Ik ben het niet eens met de school. Bij wie kan ik terecht?", "Probeer eerst samen met de school tot een oplossing te komen. Lukt dat niet, dan kunt u terecht bij het Ouder- en Jeugdsteunpunt Veenhorst, dat onafhankelijk is van scholen en samenwerkingsverband. Het steunpunt is bereikbaar op werkdagen tussen 9.00 en 16.00 uur en helpt u gratis, bijvoorbeeld door mee te gaan naar een gesprek. U kunt ook contact opnemen met de Onderwijsconsulenten, die kosteloos bemiddelen. Bij een geschil over toelating, verwijdering of het OPP kunt u naar de Geschillencommissie Passend Onderwijs."),
        ("Heeft mijn kind zelf ook iets te zeggen?", "Ja. Kinderen worden gehoord bij het opstellen van hun OPP, op een manier die past bij hun leeftijd."),
        ("Moet ik betalen voor extra ondersteuning?", "Nee. Extra ondersteuning op school is kosteloos voor ouders. Een eventuele vrijwillige ouderbijdrage van de school staat daar los van."),
    ]))

    b += f_planning(p, 16)
    b += f_kennis(p, 17)
    b += f_glossary("Bijlage A Begrippen", [
        ("Basisondersteuning", "Zie: gemeenschappelijk fundament."),
        ("Doorstroom", "De overstap van groep 8 naar het voortgezet onderwijs."),
        ("Meerjarenbegroting", "De begroting voor meerdere jaren; zie bijlage B."),
        ("OJSP", "Ouder- en jeugdsteunpunt"),
        ("OPP", "Ontwikkelingsperspectiefplan"),
        ("Terugplaatsing", "Het teruggaan van een leerling van sbo of so naar een reguliere basisschool wanneer dat mogelijk is."),
        ("TLV", "Toelaatbaarheidsverklaring"),
        ("Verdeelmodel", "Afspraken over de verdeling van middelen over de schoolbesturen."),
    ])
    return b


# ---------------------------------------------------------------------------
# Plan D: VO, Duinstreek-Noord. HTML web version (nav, breadcrumbs, FAQ, footer).
# BO missing (nav link + FAQ reference to a separate document + glossary only),
# PL partial (criteria yes, procedure only by reference), TS partial (beleid yes,
# procedure deferred), FI present (tables on "Geld en middelen"), DA missing
# (deferral page + procedural OOGO only), RE present (doelen in table, monitoring only
# in the FAQ), OU present.
# ---------------------------------------------------------------------------

PD = dict(
    name="Samenwerkingsverband Voortgezet Onderwijs Duinstreek-Noord",
    short="SWV VO Duinstreek-Noord",
    code="VO 26-11",
    period="2026-2030",
    period_long="2026-2027 tot en met 2029-2030",
    director="mr. drs. A. (Anouk) Brinkman",
    city="Duinstreek",
    inwoners="175.000",
    gemeenten=["Duinstreek", "Zeewolde aan Zee", "Castricum-Noord", "Egmond-Binnen"],
    boards=[["Stichting Openbaar VO Duinstreek", 3, "3.850"], ["Stichting Katholiek VO Kennemer Noord", 4, "5.120"],
            ["Stichting Vso De Branding", 2, "410"], ["Stichting Praktijkonderwijs Duinstreek", 1, "298"],
            ["Stichting Montessori Lyceum Duinstreek", 1, "1.240"]],
    opr=8,
    opr_date="19 maart 2026",
    oogo_date="26 februari 2026",
    other_swv="PO Duinstreek (PO 26-10)",
    fte="15,0",
)


def plan_d_blocks():
    p = PD
    b = []
    b += f_voorwoord(p, 1)
    b += f_context(p, 2)
    b += f_visie(p, 3, 1)

    b.append(("h1", "4 Dekkend aanbod"))
    b.append(("p", "Op deze plek komt de ondersteuningskaart van Duinstreek-Noord: een overzicht van alle voorzieningen in de regio, van licht tot zwaar. De kaart is in ontwikkeling en wordt na de zomer van 2026 gepubliceerd. Een nieuwe werkwijze voor jongeren die (dreigen) thuis (te) zitten, wordt samen met de gemeenten uitgewerkt en volgt in het voorjaar van 2027."))

    b.append(("h1", "5 Toelaatbaarheid"))
    b.append(("p", "Voor plaatsing in het voortgezet speciaal onderwijs (vso), voor leerwegondersteunend onderwijs (lwoo) en voor het praktijkonderwijs (pro) is een besluit van het samenwerkingsverband nodig. Hoe een aanvraag verloopt, wie wat doet en binnen welke termijnen, staat in het Handboek Toewijzing Duinstreek-Noord en in het stroomschema op de pagina Documenten. Op deze pagina leest u wanneer een leerling in aanmerking komt."))
    b.append(("h2", "5.1 Wanneer is een leerling toelaatbaar tot het vso?"))
    b.append(("ul", [
        "De leerling heeft een ondersteuningsbehoefte op het gebied van leren, gedrag, gezondheid of communicatie die zo groot is dat de reguliere school die ook met extra ondersteuning en een arrangement van minimaal één schooljaar niet kan bieden;",
        "de leerling heeft een kleine, voorspelbare leeromgeving nodig met een intensieve combinatie van onderwijs en begeleiding gedurende de hele schooldag; en",
        "de verwachting is dat de leerling in het vso een diploma, certificaat of passende uitstroom naar arbeid of dagbesteding kan bereiken die in het regulier onderwijs niet haalbaar is.",
    ]))
    b.append(("p", "Een TLV vso geldt in Duinstreek-Noord in de regel voor twee schooljaren. De bekostigingscategorie (laag, midden of hoog) volgt uit de ondersteuningsbehoefte."))
    b.append(("h2", "5.2 Lwoo en pro"))
    b.append(("table", [
        ["", "Lwoo", "Pro"],
        ["Intelligentie", "IQ tussen 75 en 90, of IQ tussen 91 en 120 met sociaal-emotionele problematiek", "IQ tussen 55 en 80"],
        ["Leerachterstand", "Op ten minste twee van de vier domeinen (begrijpend lezen, technisch lezen, spellen, inzichtelijk rekenen) een achterstand van 25% tot 50%, waarvan één domein begrijpend lezen of inzichtelijk rekenen", "Op ten minste twee domeinen een achterstand van 50% of meer, waarvan één domein begrijpend lezen of inzichtelijk rekenen"],
        ["Eigen criteria?", "Nee, Duinstreek-Noord volgt de landelijke criteria", "Landelijke criteria, niet aan te passen"],
    ]))

    b.append(("h1", "6 Terugplaatsing"))
    b.append(("p", "Het vso is voor veel jongeren een plek waar zij weer tot leren komen. Voor een deel van hen is het ook een tussenstation. Wij vinden dat iedere vso-leerling recht heeft op een serieus perspectief op terugkeer naar het regulier voortgezet onderwijs, bij voorkeur in de eigen woonplaats, zodra dat in zijn of haar belang is. Terugkeer is geen doel op zich: een jongere die in het vso op weg is naar een diploma, maakt die route af."))
    b.append(("p", "Terugkeer is aan de orde als de jongere ten minste een half jaar stabiel functioneert, de motivatie heeft om over te stappen en het niveau van de ontvangende opleiding aankan. Na terugkeer krijgt de jongere een terugkeerarrangement: een schooljaar lang begeleiding door een ambulant begeleider van De Branding, een vaste coach op de nieuwe school en de mogelijkheid om in de eerste zes weken terug te vallen op De Branding. Het samenwerkingsverband betaalt hiervoor € 3.500 per leerling aan het bestuur van de ontvangende school."))
    b.append(("p", "Het stappenplan voor terugplaatsing - wie het initiatief neemt, op welke momenten wordt geëvalueerd en wie beslist - werken we in 2026-2027 samen met De Branding uit."))

    b.append(("h1", "7 Geld en middelen"))
    b.append(("p", "Duinstreek-Noord ontvangt jaarlijks ongeveer € 14,6 miljoen aan ondersteuningsmiddelen. Een groot deel daarvan gaat via DUO direct naar het vso en het praktijkonderwijs. Het deel dat wij zelf verdelen, verdelen we als volgt."))
    b.append(("table", [
        ["Onderdeel", "Grondslag", "Bedrag 2026", "Besluit door"],
        ["Schoolbudget", "€ 210 per leerling (teldatum 1 oktober t-1)", "€ 2.900.000", "Directeur-bestuurder na advies AO"],
        ["Vaste voet", "€ 25.000 per vestiging", "€ 275.000", "Directeur-bestuurder na advies AO"],
        ["Lwoo", "Landelijk normbedrag per aangewezen leerling, doorgegeven aan de school", "€ 3.150.000", "Automatisch na aanwijzing"],
        ["Maatwerkbudget", "Per individuele aanvraag, max. € 15.000 per leerling per jaar", "€ 400.000", "Directeur-bestuurder"],
        ["Terugkeerarrangementen", "€ 3.500 per teruggekeerde leerling", "€ 105.000", "Directeur-bestuurder"],
    ]))
    b.append(("p", "Besturen gebruiken het schoolbudget voor extra ondersteuning in de school en leggen daarover jaarlijks vóór 1 mei verantwoording af in een korte rapportage met aantallen leerlingen en ingezette uren."))
    b.append(("h2", "Meerjarenbegroting"))
    b.append(("table", [
        ["x € 1.000", "2026", "2027", "2028", "2029"],
        ["Rijksbijdrage ondersteuning (zwaar en licht)", "14.610", "14.480", "14.350", "14.300"],
        ["Afdrachten vso en pro via DUO", "-6.420", "-6.390", "-6.350", "-6.330"],
        ["Schoolbudgetten en vaste voet", "3.175", "3.140", "3.110", "3.090"],
        ["Lwoo-middelen naar scholen", "3.150", "3.120", "3.090", "3.070"],
        ["Maatwerk en terugkeerarrangementen", "505", "520", "535", "550"],
        ["Bureau en personeel", "1.490", "1.510", "1.530", "1.550"],
        ["Overige lasten", "190", "190", "190", "190"],
        ["Resultaat", "-320", "-390", "-455", "-480"],
    ]))
    b.append(("p", "Het negatieve resultaat wordt gedekt uit de algemene reserve (eind 2025: € 2,6 miljoen), die daarmee in 2029 uitkomt op het niveau dat volgens de risicoanalyse nodig is."))

    b.append(("h1", "8 Resultaten"))
    b.append(("p", "Wat willen we in 2030 hebben bereikt? We hebben vier doelen gekozen."))
    b.append(("table", [
        ["Doel", "Indicator", "2025", "2030"],
        ["Meer jongeren in het regulier onderwijs", "Deelname vso (DUO, 1 oktober)", "3,6%", "3,2%"],
        ["Terugkeer mogelijk maken", "Aantal leerlingen dat terugkeert uit het vso", "11", "25"],
        ["Snellere besluiten", "Gemiddelde doorlooptijd aanvraag", "7 weken", "5 weken"],
        ["Tevreden ouders", "Oordeel ouders (schaal 1-10)", "6,8", "7,5"],
    ]))

    b.append(("h1", "9 Voor ouders en leerlingen"))
    b.append(("p", "Ouders en leerlingen vinden op deze website alle informatie over de ondersteuning in de regio. Daarnaast ontvangen alle ouders van leerlingen in groep 8 in oktober de folder 'Passend onderwijs in het vo', die via de basisscholen wordt verspreid. Twee keer per jaar organiseren we een informatieavond over lwoo, pro en vso. Ook de scholen zelf informeren ouders, via de schoolgids en op ouderavonden, over de ondersteuning op de eigen school en over de mogelijkheden daarbuiten."))
    b.append(("p", "Wilt u onafhankelijk advies, of komt u er met de school niet uit? Het Steunpunt Ouders & Jongeren Duinstreek is het ouder- en jeugdsteunpunt van de PO- en VO-samenwerkingsverbanden samen. Het steunpunt werkt los van de scholen en het samenwerkingsverband, is gratis, en helpt met informatie, advies en begeleiding naar gesprekken. Het steunpunt meldt twee keer per jaar geanonimiseerd aan het bestuur welke knelpunten het ziet. U kunt ook contact opnemen met de Onderwijsconsulenten of een klacht indienen bij de klachtencommissie waarbij het samenwerkingsverband is aangesloten."))

    b += f_governance(p, 10)
    b += f_opr(p, 11, parents=True)
    b += f_oogo(p, 12, full=False)
    b += f_personeel(p, 13)
    b += f_ict(p, 14)
    b += f_planning(p, 15)
    b += f_bedrijfsvoering(p, 16)
    b += f_kennis(p, 17)

    b.append(("h1", "Veelgestelde vragen"))
    b.append(("faq", [
        ("Wat is basisondersteuning?", "Alles over de basisondersteuning leest u in het document 'Basisondersteuning VO Duinstreek-Noord 2026' op de pagina Documenten."),
        ("Hoe weet het samenwerkingsverband of het beleid werkt?", "We verzamelen elk kwartaal gegevens over aanvragen, doorlooptijden, deelname aan het vso en terugkeer uit het vso. Twee keer per jaar bespreken de directeur-bestuurder en de schoolbestuurders deze monitor, en de OPR ontvangt hem ook. Eens per twee jaar vragen we ouders en scholen om een rapportcijfer. In het jaarverslag, dat uiterlijk 1 juli verschijnt, leggen we per doel uit wat we hebben bereikt en wat het heeft gekost; halverwege de planperiode (2028) laten we de doelen extern evalueren."),
        ("Wie beslist over een TLV?", "Dat leest u in het Handboek Toewijzing op de pagina Documenten."),
        ("Kan mijn kind na het vso terug naar een gewone school?", "Ja, dat kan. Lees hierover meer op de pagina Terugplaatsing."),
        ("Waar kan ik terecht als ik het niet eens ben met de school?", "Bij het Steunpunt Ouders & Jongeren Duinstreek of bij de Onderwijsconsulenten. Zie de pagina Voor ouders en leerlingen."),
    ]))
    b += f_glossary("Begrippen", [
        ("Basisondersteuning", "De ondersteuning die alle scholen in het samenwerkingsverband bieden."),
        ("Dekkend aanbod", "Een netwerk van voorzieningen waardoor elke leerling een passende plek heeft."),
        ("OPDC", "Orthopedagogisch-didactisch centrum"),
        ("Thuiszitter", "Een leerplichtige jongere die niet naar school gaat."),
        ("TLV", "Toelaatbaarheidsverklaring"),
        ("Zorgplicht", "De plicht van het schoolbestuur om een passende plek te bieden of te zoeken."),
    ])
    return b


def plan_d_html():
    p = PD
    body = blocks_to_html_body(plan_d_blocks())
    nav = [
        ("#", "Home"), ("#2-wie-wij-zijn", "Over ons"), ("documenten/basisondersteuning-vo-2026.pdf", "Basisondersteuning"),
        ("#4-dekkend-aanbod", "Dekkend aanbod"), ("#5-toelaatbaarheid", "Toelaatbaarheid"), ("#6-terugplaatsing", "Terugplaatsing"),
        ("#7-geld-en-middelen", "Geld en middelen"), ("#8-resultaten", "Resultaten"), ("#9-voor-ouders-en-leerlingen", "Ouders"),
        ("#veelgestelde-vragen", "FAQ"), ("documenten/", "Documenten"), ("#contact", "Contact"),
    ]
    nav_html = "\n".join(f'      <li><a href="{h}">{html.escape(t)}</a></li>' for h, t in nav)
    return f"""<!DOCTYPE html>
<html lang="nl">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Ondersteuningsplan 2026-2030 | {html.escape(p['name'])}</title>
  <meta name="description" content="Ondersteuningsplan 2026-2030: basisondersteuning, toelaatbaarheid, terugplaatsing, financiën, resultaten en informatie voor ouders.">
  <style>
    body {{ font-family: Arial, sans-serif; max-width: 960px; margin: 0 auto; color: #222; }}
    nav ul {{ list-style: none; display: flex; flex-wrap: wrap; gap: 12px; padding: 0; }}
    table {{ border-collapse: collapse; margin: 12px 0; }} td, th {{ border: 1px solid #999; padding: 4px 8px; vertical-align: top; }}
    footer {{ border-top: 1px solid #ccc; margin-top: 40px; font-size: 0.85em; }}
    .cookie {{ background: #eee; padding: 8px; font-size: 0.8em; }}
  </style>
</head>
<body>
  <div class="cookie">Deze website gebruikt alleen functionele cookies. <a href="#privacy">Meer informatie</a></div>
  <header>
    <p class="logo"><strong>{html.escape(p['short'])}</strong> - samen passend onderwijs aan de kust</p>
    <nav aria-label="Hoofdmenu">
    <ul>
{nav_html}
    </ul>
    </nav>
    <p class="breadcrumbs"><a href="#">Home</a> &gt; <a href="#">Over ons</a> &gt; Ondersteuningsplan 2026-2030</p>
  </header>
  <main>
    <h1>Ondersteuningsplan 2026-2030</h1>
    <p><em>{html.escape(p['name'])} ({p['code']}). Webversie van het ondersteuningsplan, vastgesteld op 14 april 2026 na instemming van de ondersteuningsplanraad. Een printvriendelijke versie vindt u onder Documenten.</em></p>
{body}
  </main>
  <footer id="contact">
    <p>{html.escape(p['name'])} | Duinweg 12, 1901 XX Duinstreek | 0251 - 000 000 | info@swv-duinstreek-noord.example</p>
    <p><a href="#">Basisondersteuning</a> | <a href="#">Ondersteuningsaanbod</a> | <a href="#">Ouder- en jeugdsteunpunt</a> | <a href="#">Klachtenregeling</a> | <a href="#privacy">Privacyverklaring</a> | <a href="#">Toegankelijkheid</a></p>
    <p>&copy; 2026 {html.escape(p['short'])}. Laatst gewijzigd: 14 april 2026.</p>
  </footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------
# Plan E: PO, Maasoevers. pdf only ("kaderplan").
# BO partial (inhoud: inventory table; niveau explicitly not agreed), PL missing
# (reference to a separate Handboek Toewijzing only), TS present, FI partial
# (besteding: begroting with amounts; verdeling deferred), DA partial (lacunes yes,
# continuum deferred), RE partial (monitoring yes, doelen deferred), OU missing
# (reference to separate Ouderwijzer; footer, TOC and glossary traps).
# ---------------------------------------------------------------------------

PE = dict(
    name="Stichting Samenwerkingsverband Passend Primair Onderwijs Maasoevers",
    short="SWV Maasoevers",
    code="PO 30-16",
    period="2026-2030",
    period_long="2026-2027 tot en met 2029-2030",
    director="drs. H.P.M. (Henk) Janssen",
    city="Maasoevers",
    inwoners="121.000",
    gemeenten=["Maasoevers", "Beesel-Noord", "Roerdal-West", "Kessel-Maas"],
    boards=[["Stichting Katholiek Primair Onderwijs Maasoevers", 16, "3.620"], ["Stichting Openbaar Onderwijs Noord-Limburg", 9, "1.870"],
            ["Stichting Speciaal Onderwijs De Maasboog", 3, "402"], ["Stichting Sbo Het Veer", 2, "231"],
            ["Stichting Jenaplanscholen Maasoevers", 4, "760"]],
    opr=10,
    opr_date="5 maart 2026",
    oogo_date="12 februari 2026",
    other_swv="VO Noord-Limburg Maas (VO 30-05)",
    fte="13,6",
)


def plan_e():
    p = PE
    b = []
    b.append(("title", ["Kaderplan passend onderwijs 2026-2030", "Ondersteuningsplan van " + p["name"], f"{p['code']}",
                        "Vastgesteld 14 april 2026",
                        "Bij dit kaderplan horen het Handboek Toewijzing en de Ouderwijzer, die als afzonderlijke documenten worden vastgesteld."]))
    b.append(("toc", [
        "1 Voorwoord ............................................................ 3",
        "2 Wie wij zijn ......................................................... 4",
        "3 Visie en koers ....................................................... 5",
        "4 Basisondersteuning ................................................... 6",
        "5 Ondersteuningsaanbod en dekkend netwerk .............................. 8",
        "6 Toewijzing en toelaatbaarheid ........................................ 10",
        "7 Van so en sbo naar de eigen wijk ..................................... 11",
        "8 Ouders ............................................................... 13",
        "9 Monitoring en verantwoording ......................................... 14",
        "10 Middelen en meerjarenbegroting ...................................... 16",
        "11 Organisatie en governance ........................................... 18",
        "12 Medezeggenschap ..................................................... 19",
        "13 Samenwerking met gemeenten .......................................... 20",
        "14 Personeel en professionalisering .................................... 21",
        "15 ICT, gegevens en privacy ............................................ 22",
        "16 Totstandkoming en planning .......................................... 23",
        "17 Bedrijfsvoering en huisvesting ...................................... 24",
        "18 Kennisdeling en onderzoek ........................................... 25",
        "Bijlage Begrippen en afkortingen ...................................... 26",
    ]))
    b += f_voorwoord(p, 2)
    b += f_context(p, 2)
    b += f_visie(p, 3, 2)

    b.append(("h1", "4 Basisondersteuning"))
    b.append(("p", "In de vorige planperiode hebben de besturen in Maasoevers geen gezamenlijk niveau van basisondersteuning vastgesteld: iedere school beschreef in haar eigen profiel wat zij biedt. Ook voor deze planperiode stellen de besturen nog geen gezamenlijke ondergrens vast. Zij wachten de landelijke norm basisondersteuning af die het ministerie heeft aangekondigd; welke voorzieningen straks op iedere school verplicht aanwezig moeten zijn, bepalen we pas daarna."))
    b.append(("p", "Om een beeld te geven van wat er nu al is, hebben we in het voorjaar van 2025 bij alle 34 basisscholen geïnventariseerd welke voorzieningen zij bieden. De uitkomst staat in de tabel."))
    b.append(("table", [
        ["Voorziening", "Aanwezig op ... van 34 basisscholen", "Toelichting"],
        ["Intern begeleider (minimaal 2 dagen per week)", "34", "Op 9 scholen gedeeld met een andere school"],
        ["Protocol leesproblemen en dyslexie", "34", "Signalering vanaf groep 2, interventies in groep 3-4"],
        ["Gedragsprotocol en programma sociale veiligheid", "34", "Vaak PBS of Kanjertraining"],
        ["Groepsbesprekingen (2x per jaar) en leerlingbesprekingen", "34", "Handelingsgericht werken"],
        ["Ondersteuningsteam met schoolmaatschappelijk werk", "34", "Minimaal 3 keer per jaar"],
        ["Protocol medisch handelen", "34", ""],
        ["Rekenprotocol ERWD", "31", ""],
        ["Verrijkingsgroep meer- en hoogbegaafdheid op school", "19", ""],
        ["Extra NT2-aanbod", "12", "Vooral scholen in Maasoevers-stad"],
        ["Rustruimte met begeleiding", "7", ""],
    ]))

    b.append(("h1", "5 Ondersteuningsaanbod en dekkend netwerk"))
    b.append(("h2", "5.1 Ondersteuningsaanbod"))
    b.append(("p", "Het overzicht van arrangementen en bovenschoolse voorzieningen, de zogeheten ondersteuningsladder, wordt in 2026 herzien. Het nieuwe overzicht verschijnt in 2027 als onderdeel van het jaarplan."))
    b.append(("h2", "5.2 Geen kind zonder plek"))
    b.append(("p", "Thuiszitten begint vaak klein, met een dag hier en een dag daar. Iedere school meldt een leerling die tien schooldagen achtereen of in totaal twintig schooldagen binnen een periode van drie maanden niet naar school is geweest bij de leerplichtambtenaar en bij het samenwerkingsverband. Binnen tien werkdagen na de melding bespreekt de thuiszitterstafel de leerling. Aan tafel zitten de consulent van het samenwerkingsverband, de leerplichtambtenaar, een medewerker van het lokale team en de school. De tafel maakt een plan met een termijn van ten hoogste acht weken."))
    b.append(("p", "Lukt het niet om binnen acht weken een passende plek te vinden, dan escaleert de consulent naar de directeur-bestuurder. Die heeft doorzettingsmacht: hij kan een school vragen de leerling tijdelijk in te schrijven, en besturen hebben vooraf afgesproken zo'n verzoek uit te voeren. Het schoolbestuur bij wie de leerling is aangemeld, houdt tot dat moment de zorgplicht."))
    b.append(("p", "Eén keer per jaar analyseert het samenwerkingsverband alle meldingen en alle aanvragen die niet konden worden gehonoreerd, om te zien waar het netwerk gaten vertoont. In 2025 bleek er geen passende plek te zijn voor jonge kinderen (4-6 jaar) met ernstige gedragsproblemen en voor kinderen die vanwege angst niet meer naar school gaan. Voor de eerste groep opent in augustus 2026 een kleine groep op de locatie van De Maasboog; voor de tweede start in januari 2027 een deeltijdtraject met de jeugd-GGZ. Het aantal thuiszitters daalde van 14 (2023) naar 9 (2025)."))

    b.append(("h1", "6 Toewijzing en toelaatbaarheid"))
    b.append(("p", "De procedure en de criteria voor toelaatbaarheid tot het speciaal basisonderwijs en het speciaal onderwijs, inclusief de rol van de deskundigen en de bezwaarmogelijkheden, zijn opgenomen in het Handboek Toewijzing 2026, dat als afzonderlijk document wordt vastgesteld en op de website van het samenwerkingsverband wordt gepubliceerd."))

    b.append(("h1", "7 Van so en sbo naar de eigen wijk"))
    b.append(("p", "Speciaal onderwijs is in Maasoevers geen eindstation. Ons beleid is dat een leerling in het sbo of so zo snel als verantwoord is terugkeert naar een basisschool in de eigen wijk of het eigen dorp, omdat daar vriendjes, sportclubs en de rest van het gewone leven zijn. Terugkeer is aan de orde als de leerling zich in de speciale setting zo heeft ontwikkeld dat hij met de ondersteuning van een reguliere school verder kan. Terugkeer wordt niet geforceerd: als een leerling meer baat heeft bij het afmaken van de basisschoolperiode in het sbo of so, dan gebeurt dat."))
    b.append(("p", "Na terugkeer krijgt iedere leerling een terugkeerarrangement: een jaar lang begeleidt een ambulant begeleider van De Maasboog of Het Veer de leerling en de leerkracht, met wekelijks contact in de eerste drie maanden. Als het op de nieuwe school binnen acht weken niet gaat, kan de leerling op de eigen plek in het sbo of so terugvallen."))
    b.append(("p", "Werkwijze:"))
    b.append(("ol", [
        "De sbo- of so-school evalueert ieder schooljaar in het multidisciplinair overleg (MDO) het ontwikkelingsperspectief en beoordeelt of terugkeer tot de mogelijkheden behoort.",
        "In het laatste jaar van de TLV bespreekt de commissie van begeleiding van de sbo- of so-school vóór 1 december, in aanwezigheid van de consulent van het samenwerkingsverband, of terugkeer haalbaar is.",
        "Is terugkeer haalbaar, dan zoekt de consulent binnen vier weken een ontvangende basisschool; de leerling loopt daar vóór 1 maart zes weken proef.",
        "De directeur van de sbo- of so-school en de directeur van de ontvangende school besluiten samen, uiterlijk 1 april, over de overstap; de TLV eindigt op 31 juli.",
        "Is terugkeer niet haalbaar, dan volgt de school de route in het Handboek Toewijzing.",
    ]))
    b.append(("p", "In het schooljaar 2024-2025 keerden 14 leerlingen terug naar het regulier onderwijs, tegen 9 in 2022-2023."))

    b.append(("h1", "8 Ouders"))
    b.append(("p", "Hoe wij ouders informeren en waar zij terecht kunnen, staat in de Ouderwijzer Maasoevers. De Ouderwijzer wordt als afzonderlijk document vastgesteld en verschijnt voor de start van het schooljaar 2026-2027."))

    b.append(("h1", "9 Monitoring en verantwoording"))
    b.append(("p", "Wij volgen de ontwikkelingen in de regio met een vaste set gegevens. Elk kwartaal stelt de beleidsmedewerker een dashboard op met het aantal meldingen bij de thuiszitterstafel, het aantal aanvragen voor arrangementen en TLV's, doorlooptijden, de deelname aan sbo en so (op basis van DUO-gegevens, peildatum 1 oktober) en het aantal terugplaatsingen. Het dashboard wordt besproken in het Algemeen Overleg en gedeeld met de OPR en de Raad van Toezicht. Eens per twee jaar houden we een tevredenheidsonderzoek onder scholen. In het jaarverslag, dat vóór 1 juli verschijnt, rapporteren we de bereikte resultaten en de daaraan bestede middelen."))
    b.append(("table", [
        ["Kengetal", "2022-2023", "2023-2024", "2024-2025"],
        ["Deelname sbo (1 oktober)", "2,4%", "2,3%", "2,1%"],
        ["Deelname so (1 oktober)", "1,9%", "1,9%", "1,8%"],
        ["Thuiszitters (peildatum 1 juni)", "14", "12", "9"],
        ["Terugplaatsingen uit sbo/so", "9", "11", "14"],
        ["Gemiddelde doorlooptijd aanvraag", "6,1 weken", "5,4 weken", "5,0 weken"],
    ]))
    b.append(("p", "De beoogde resultaten voor de planperiode 2026-2030 formuleren wij in het eerste jaarplan, nadat de nulmeting in het najaar van 2026 is afgerond."))

    b.append(("h1", "10 Middelen en meerjarenbegroting"))
    b.append(("p", "Het huidige verdeelmodel loopt af op 31 december 2026. Een nieuw verdeelmodel wordt in de loop van 2026 in het Algemeen Overleg voorbereid en daarna vastgesteld; tot die tijd is de regel 'verdeling' in de begroting als één totaalbedrag opgenomen."))
    b.append(("table", [
        ["Lasten (x € 1.000)", "2026", "2027", "2028", "2029"],
        ["Afdrachten so via DUO", "3.980", "3.950", "3.920", "3.900"],
        ["Overdracht sbo (groeiregeling en 2%)", "540", "520", "510", "500"],
        ["Doorbetaling aan schoolbesturen (verdeling volgt)", "2.410", "2.380", "2.350", "2.330"],
        ["Bovenschoolse voorzieningen", "910", "960", "1.010", "1.010"],
        ["Maatwerkbudget en thuiszitters", "250", "250", "250", "250"],
        ["Terugkeerarrangementen", "45", "50", "55", "60"],
        ["Bureau, personeel en huisvesting", "1.230", "1.250", "1.270", "1.290"],
        ["Totaal lasten", "9.365", "9.360", "9.365", "9.340"],
        ["Baten rijksbijdrage", "8.920", "8.860", "8.800", "8.760"],
        ["Saldo (onttrekking reserve)", "-445", "-500", "-565", "-580"],
    ]))
    b.append(("p", "De reserve bedroeg eind 2025 € 2,9 miljoen. Door de geplande onttrekkingen komt de reserve eind 2029 uit op circa € 0,9 miljoen, wat overeenkomt met het weerstandsvermogen dat op basis van de risicoanalyse nodig is."))

    b += f_governance(p, 11)
    b += f_opr(p, 12, parents=False)
    b += f_oogo(p, 13, full=True, thuis=True, parents=False)
    b += f_personeel(p, 14)
    b += f_ict(p, 15)
    b += f_planning(p, 16)
    b += f_bedrijfsvoering(p, 17)
    b += f_kennis(p, 18)
    b += f_glossary("Bijlage Begrippen en afkortingen", [
        ("Basisondersteuning", "Het geheel van preventieve en licht curatieve interventies binnen de onderwijsondersteuningsstructuur van de school."),
        ("Deskundigenadvies", "Advies van twee deskundigen voorafgaand aan een besluit over toelaatbaarheid."),
        ("Ondersteuningsladder", "Overzicht van de treden van ondersteuning, van basis tot speciaal."),
        ("OJSP", "Ouder- en jeugdsteunpunt: onafhankelijk steunpunt voor ouders en jeugdigen."),
        ("Onderwijsconsulenten", "Onafhankelijke, kosteloze adviseurs voor ouders."),
        ("Ouderbetrokkenheid", "De samenwerking tussen ouders en school in het belang van het kind."),
        ("TLV", "Toelaatbaarheidsverklaring"),
        ("Verdeelmodel", "Afspraken over de verdeling van de ondersteuningsmiddelen over de schoolbesturen."),
    ])
    return b


# ---------------------------------------------------------------------------
# Document F (near miss): the school-level "ondersteuningsplan" of one primary school.
# Uses the vocabulary (basisondersteuning, TLV, samenwerkingsverband, arrangement,
# ouders, middelen, resultaten) but is not the plan of a samenwerkingsverband.
# ---------------------------------------------------------------------------


def plan_f():
    b = []
    b.append(("title", ["Ondersteuningsplan 2025-2026", "Openbare basisschool De Brug, Lindewaard",
                        "Onderdeel van Stichting Openbaar Onderwijs Lindewaard",
                        "Aangesloten bij Samenwerkingsverband Passend Onderwijs Lindewaard PO (PO 27-14)",
                        "Vastgesteld door de directie na advies van de medezeggenschapsraad, september 2025"]))
    b.append(("toc", [
        "1 Inleiding", "2 Onze school in cijfers", "3 Zorgniveaus op De Brug", "4 De basisondersteuning van onze school",
        "5 Leerling- en groepsbesprekingen", "6 Extra ondersteuning en arrangementen", "7 Toelaatbaarheid sbo/so: de rol van de school",
        "8 Ouders", "9 Middelen", "10 Resultaten en evaluatie", "11 Jaarplanning ondersteuning",
    ]))
    b.append(("h1", "1 Inleiding"))
    b.append(("p", "Dit ondersteuningsplan beschrijft hoe openbare basisschool De Brug in het schooljaar 2025-2026 de ondersteuning aan haar leerlingen organiseert. Het plan is bedoeld voor het team, de intern begeleiders en de ouders van onze school. Het is een uitwerking van het schoolondersteuningsprofiel (SOP) en van het ondersteuningsplan van ons samenwerkingsverband, Passend Onderwijs Lindewaard. Waar het samenwerkingsverband de kaders bepaalt, beschrijft dit plan hoe wij die op De Brug invullen."))
    b.append(("p", "Het plan wordt elk schooljaar door de intern begeleiders en de directie herzien en besproken met de medezeggenschapsraad. Het team bespreekt het plan op de eerste studiedag van het schooljaar."))
    b.append(("h1", "2 Onze school in cijfers"))
    b.append(("table", [
        ["Gegeven", "1 oktober 2024", "1 oktober 2025"],
        ["Aantal leerlingen", "312", "326"],
        ["Aantal groepen", "13", "14"],
        ["Leerlingen met een OPP", "11", "14"],
        ["Leerlingen met een arrangement van het samenwerkingsverband", "6", "8"],
        ["Verwijzingen naar sbo/so", "3", "2"],
        ["Intern begeleiders", "2 (samen 1,2 fte)", "2 (samen 1,4 fte)"],
    ]))
    b.append(("p", "De Brug staat in een gemengde wijk. Ongeveer een vijfde van onze leerlingen spreekt thuis een andere taal dan het Nederlands. Het aantal leerlingen groeit door de nieuwbouw in de wijk Lindehof."))
    b.append(("h1", "3 Zorgniveaus op De Brug"))
    b.append(("p", "Wij werken met vijf zorgniveaus, die aansluiten bij de systematiek van handelingsgericht werken."))
    b.append(("table", [
        ["Niveau", "Omschrijving", "Wie"],
        ["1", "Algemene zorg in de groep: goed lesgeven, differentiatie op drie niveaus", "Leerkracht"],
        ["2", "Extra zorg in de groep: verlengde instructie, pre-teaching", "Leerkracht"],
        ["3", "Speciale zorg na leerlingbespreking: handelingsplan, extra oefentijd buiten de groep", "Leerkracht en intern begeleider"],
        ["4", "Speciale zorg met externe deskundigen: onderzoek, ondersteuningsteam", "Intern begeleider, externen"],
        ["5", "Verwijzing of arrangement via het samenwerkingsverband", "Directie, intern begeleider"],
    ]))
    b.append(("h1", "4 De basisondersteuning van onze school"))
    b.append(("p", "De basisondersteuning op De Brug voldoet aan de acht standaarden die het samenwerkingsverband heeft afgesproken. Concreet betekent dit voor onze school: twee intern begeleiders, een dyslexiespecialist die twee middagen per week leerlingen in groep 3 tot en met 8 begeleidt, een taalklas voor nieuwkomers op dinsdag- en donderdagochtend, de Kanjertraining in alle groepen en een plusgroep voor leerlingen die meer aankunnen. Onze leerkrachten zijn geschoold in het werken met groepsoverzichten."))
    b.append(("p", "Wij kunnen leerlingen met een lichte lichamelijke beperking opvangen: het gebouw is gelijkvloers en er is een invalidentoilet. Voor leerlingen met ernstige gedragsproblemen zijn onze mogelijkheden beperkt; de groepen zijn groot en er is geen aparte ruimte voor time-out met begeleiding."))
    b.append(("h1", "5 Leerling- en groepsbesprekingen"))
    b.append(("p", "Drie keer per jaar (oktober, februari, juni) voert de intern begeleider met iedere leerkracht een groepsbespreking. Daarin worden de toetsresultaten en observaties besproken en worden de groepsplannen bijgesteld. Leerlingen die opvallen worden aangemeld voor een leerlingbespreking; die vindt binnen drie weken plaats. Van elke bespreking wordt een kort verslag gemaakt in het leerlingvolgsysteem."))
    b.append(("p", "Zes keer per jaar komt het ondersteuningsteam (OT) bijeen: de intern begeleider, de consulent van het samenwerkingsverband, de schoolmaatschappelijk werker en, als het om hun kind gaat, de ouders. In het OT wordt besloten of een arrangement wordt aangevraagd of dat een OPP nodig is."))
    b.append(("h1", "6 Extra ondersteuning en arrangementen"))
    b.append(("p", "Voor leerlingen die meer nodig hebben dan onze basisondersteuning, vragen wij via de consulent een arrangement aan. In 2024-2025 hadden acht leerlingen een arrangement: vijf kregen ambulante begeleiding vanuit so De Brink, twee bezochten de plusklas Lindewaard en één leerling ging twaalf weken naar observatiegroep Het Anker. Voor iedere leerling met een arrangement stellen wij een OPP op, dat twee keer per jaar met de ouders wordt geëvalueerd."))
    b.append(("h1", "7 Toelaatbaarheid sbo/so: de rol van de school"))
    b.append(("p", "Als wij samen met ouders en het OT tot de conclusie komen dat een leerling beter op zijn plaats is in het speciaal basisonderwijs of het speciaal onderwijs, dan vraagt de directeur namens het bestuur een toelaatbaarheidsverklaring (TLV) aan bij het samenwerkingsverband. De intern begeleider stelt het dossier samen: het OPP, het groeidocument en de zienswijze van de ouders. Het samenwerkingsverband beslist over de aanvraag; de procedure en de criteria staan in het ondersteuningsplan van het samenwerkingsverband."))
    b.append(("p", "Tot het moment van plaatsing blijft de leerling op De Brug en blijven wij verantwoordelijk voor goed onderwijs. Wanneer een oud-leerling uit het sbo of so terugkomt naar onze school, zorgen wij voor een warme overdracht en een welkomstgesprek."))
    b.append(("h1", "8 Ouders"))
    b.append(("p", "Ouders zijn onze belangrijkste partners. Bij zorgen over hun kind nemen wij altijd eerst contact op met de ouders. Ouders worden uitgenodigd voor het OT en bij de evaluatie van het OPP. Over de ondersteuning op De Brug informeren wij ouders via de schoolgids, de schoolwebsite en de informatieavond aan het begin van het schooljaar. Heeft u een klacht, dan kunt u terecht bij de interne vertrouwenspersoon, juf Sandra van groep 6."))
    b.append(("h1", "9 Middelen"))
    b.append(("p", "Onze school ontvangt via het bestuur een schoolbudget van het samenwerkingsverband van € 185 per leerling, dit jaar in totaal € 60.310. Wij besteden dit aan de uren van de dyslexiespecialist (€ 24.000), de taalklas (€ 18.500), extra uren intern begeleiding (€ 12.000) en scholing van het team (€ 5.810). Aan het einde van het schooljaar leggen wij via het bestuur verantwoording af aan het samenwerkingsverband."))
    b.append(("h1", "10 Resultaten en evaluatie"))
    b.append(("p", "Wij willen dat in juni 2026 ten minste 85% van de leerlingen in groep 8 het fundamentele niveau 1F voor lezen en rekenen haalt en dat het aantal leerlingen met een leesachterstand in groep 4 daalt van 14 naar 10. De resultaten van de doorstroomtoets en het leerlingvolgsysteem worden twee keer per jaar in het team geanalyseerd. De uitkomsten bespreken wij met de medezeggenschapsraad."))
    b.append(("h1", "11 Jaarplanning ondersteuning"))
    b.append(("table", [
        ["Maand", "Activiteit"],
        ["september", "Startgesprekken met ouders; studiedag ondersteuningsplan"],
        ["oktober", "Groepsbesprekingen ronde 1; OT"],
        ["januari", "Toetsweek midden; analyse"],
        ["februari", "Groepsbesprekingen ronde 2; evaluatie OPP's"],
        ["juni", "Groepsbesprekingen ronde 3; evaluatie ondersteuningsplan"],
    ]))
    return b


# ---------------------------------------------------------------------------
# Labels and main
# ---------------------------------------------------------------------------
import yaml  # noqa: E402

CORE = [
    "basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure", "plaatsing.criteria",
    "terugstroom.procedure", "terugstroom.beleid", "financien.verdeling", "financien.besteding",
    "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "resultaten.doelen", "resultaten.monitoring",
    "ouders.informatie", "ouders.steunpunt",
]
ELEMENTS = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod", "resultaten", "ouders"]


def status_from(criteria, advisory):
    out = {}
    for el in ELEMENTS:
        vals = [v for k, v in criteria.items() if k.split(".")[0] == el]
        if all(vals):
            out[el] = "present"
        elif any(vals) or advisory.get(el):
            out[el] = "partial"
        else:
            out[el] = "missing"
    return out


LABELS = {
    "po-lindewaard": dict(
        documents=["po-lindewaard.docx", "po-lindewaard.pdf"], sector="po",
        false=["terugstroom.beleid", "dekkend-aanbod.lacunes", "resultaten.doelen", "resultaten.monitoring"],
        advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                  "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
                  "ouders": ["betrokkenheid"]},
        notes={
            "basisondersteuning": "4.1: level agreed by all boards as ondergrens for every vestiging; eight standards with concrete content in a table; kwaliteitskaart check (borging).",
            "plaatsing": "Ch. 5: applicant, numbered steps, two separate deskundigen, Commissie Toelaatbaarheid within 6 weeks; criteria for sbo/so cl.3/cl.4 only in the table of 5.3; duration/category 5.4; LBT bezwaar 5.5.",
            "terugstroom": "Only 5.6 inside the TLV chapter: evaluation in last TLV year before 1 Feb, MDO, end of TLV 31 July, new TLV route (procedure). No aims, conditions or support after return; 'Terugplaatsingsprotocol' is an absent annex, term otherwise only in TOC/title/glossary.",
            "financien": "Ch. 7 'Geld en middelen': verdeelmodel (EUR 185 p.l., vaste voet EUR 8.000, niveau 3 via loket) and meerjarenbegroting table 2026-2029 with amounts; reserves and verantwoording also addressed.",
            "dekkend-aanbod": "4.2: four-level continuum table and links between levels (continuum). 4.3 titled 'Dekkend aanbod en thuiszitters' only defers (witte-vlekken analysis 'op de agenda', thuiszittersaanpak to be worked out 2026-2027, absent bijlage 6) -> lacunes not addressed. OOGO ch. 11 covers ketenpartners.",
            "resultaten": "Ch. 8 'Resultaten en kwaliteitszorg' is only a deferral to an addendum after the nulmeting; 'Beoogde resultaten'/'Monitoring' appear only in TOC and begrippenlijst. No targets or figures anywhere.",
            "ouders": "Inside 6 'Communicatie': 6.2 ouderpagina, Ouderwijzer brochure, two info evenings, ouderloket (informatie); 6.3 independent OJSP 'De Wegwijzer', Onderwijsconsulenten, Geschillencommissie (steunpunt). OPR parents (betrokkenheid).",
        }),
    "vo-kempenzoom": dict(
        documents=["vo-kempenzoom.pdf"], sector="vo",
        false=["basisondersteuning.inhoud", "plaatsing.criteria", "financien.besteding", "ouders.steunpunt"],
        advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie"],
                  "terugstroom": ["monitoring"], "financien": ["verantwoording"], "dekkend-aanbod": ["ketenpartners"],
                  "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={
            "basisondersteuning": "5.1 defines the agreed minimum level for every vestiging (niveau) but the twelve standards are only in the absent bijlage 2 / website -> inhoud not addressed; biennial self-evaluation check = borging.",
            "plaatsing": "Ch. 6 gives procedures for vso (steps, deskundigen, Commissie Toewijzing, 6 weeks), lwoo and pro; 6.4 refers criteria to the absent Toetsingskader (bijlage 5) and defers a lwoo-criteria decision -> criteria not addressed. No bezwaar text.",
            "terugstroom": "6.5 inside the TLV chapter: policy (aim, conditions, overstaparrangement EUR 4.000) and procedure (yearly OPP evaluation, perspectiefgesprek before 1 Feb, receiving school before 1 April, else new TLV); 23 returns in 2024-2025.",
            "financien": "9.1 verdeling (EUR 240 p.l., lwoo/pro per leerling, DVO for voorzieningen, maatwerkbudget) is addressed; 9.2 meerjarenbegroting table contains only 'p.m.' and a deferral to September 2026 -> besteding not addressed.",
            "dekkend-aanbod": "5.2-5.3 continuum (extra ondersteuning, table of OPDC/Rebound/ISK/zorg-onderwijsgroep/vso/pro); 5.4 zorgplicht, thuiszitterstafel with doorzettingsmacht and witte-vlekken analysis with actions and dates.",
            "resultaten": "Ch. 8: beoogde resultaten only in a table (indicator, nulmeting, streefwaarde 2030) plus halfjaarlijkse monitor, jaarverslag, external evaluation 2028; ch. 2 terugblik gives achieved figures.",
            "ouders": "7.1 website page, schoolgids link, November info evenings, ouderbrief (informatie). 7.3 OJSP only announced ('volgt later', bijlage 6); Onderwijsconsulenten/OJSP only in the glossary -> steunpunt not addressed.",
        }),
    "po-veenhorst": dict(
        documents=["po-veenhorst.docx"], sector="po",
        false=["terugstroom.procedure", "terugstroom.beleid", "financien.verdeling", "financien.besteding",
               "resultaten.monitoring", "ouders.informatie"],
        advisory={"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"], "dekkend-aanbod": ["ketenpartners"],
                  "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={
            "basisondersteuning": "Ch. 4 'Het gemeenschappelijk fundament' (the word basisondersteuning only once): boards agreed an ondergrens for every vestiging and list eight concrete bouwstenen.",
            "plaatsing": "Ch. 7: applicant and dossier, two separate deskundigen, directeur-bestuurder decides within 5 weeks, criteria table for sbo/so cl.3/cl.4, looptijd/category, bezwaar via LBT.",
            "terugstroom": "Nothing on return from sbo/so: 'Terugplaatsing' only in the begrippenlijst; 'doorstroom' PO-VO, 'terugblik' and thuiszitters re-entry are near-misses.",
            "financien": "Ch. 9 'Financiën' only refers to a separate Meerjarenbegroting (bijlage B, not included); no verdeelmodel, amounts, reserves or verantwoording anywhere.",
            "dekkend-aanbod": "Ch. 5 'ondersteuningstrap' table (continuum) and ch. 6 'Geen kind tussen wal en schip': signalling, Overleg Passende Plek, doorzettingsmacht, yearly gap review with new provisions (lacunes).",
            "resultaten": "Ch. 8 'Onze doelen voor 2030' gives measurable targets in a table; how/when results are measured is deferred to a kwaliteitskader 'in de loop van 2027' -> monitoring not addressed.",
            "ouders": "Only in FAQ ch. 15: independent OJSP Veenhorst, Onderwijsconsulenten, Geschillencommissie (steunpunt); the information question is answered with a deferral to a communicatieplan in 2027 -> informatie not addressed. OPR parents / hoorrecht (betrokkenheid).",
        }),
    "vo-duinstreek-web": dict(
        documents=["vo-duinstreek-web.html"], sector="vo",
        false=["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure", "terugstroom.procedure",
               "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes"],
        advisory={"plaatsing": ["duur-categorie"], "terugstroom": ["monitoring"],
                  "financien": ["reserves", "verantwoording"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={
            "basisondersteuning": "Only a nav link to a separate PDF, a FAQ answer that refers to that document, a footer link and a glossary definition -> nothing addressed in body text.",
            "plaatsing": "Section 5 gives vso criteria (list) and lwoo/pro criteria (table) and TLV duration/category; the procedure (who, steps, decider, termijnen) is only referred to the Handboek Toewijzing / stroomschema and the FAQ 'Wie beslist' also refers -> procedure not addressed.",
            "terugstroom": "Section 6: policy (perspective on return, conditions, terugkeerarrangement EUR 3.500); the stappenplan (initiative, evaluation moments, decider) is deferred to 2026-2027.",
            "financien": "Section 7 'Geld en middelen': verdeling only in a table (grondslag, bedrag, besluit door) and a meerjarenbegroting table 2026-2029; reserve and verantwoording before 1 May.",
            "dekkend-aanbod": "Section 4 'Dekkend aanbod' only announces the ondersteuningskaart and a future thuiszitters approach; OOGO section is procedural with content deferred; thuiszitter/zorgplicht/OPDC only in glossary -> nothing addressed.",
            "resultaten": "Section 8: goals only in a table (indicator, 2025, 2030); monitoring only in the FAQ 'Hoe weet het samenwerkingsverband of het beleid werkt?' (quarterly data, monitor, jaarverslag by 1 July, evaluation 2028).",
            "ouders": "Section 9: website, groep-8 folder, info evenings, schoolgids (informatie); independent Steunpunt Ouders & Jongeren Duinstreek, Onderwijsconsulenten, klachtencommissie (steunpunt).",
        }),
    "po-maasoevers": dict(
        documents=["po-maasoevers.pdf"], sector="po",
        false=["basisondersteuning.niveau", "plaatsing.procedure", "plaatsing.criteria", "financien.verdeling",
               "dekkend-aanbod.continuum", "resultaten.doelen", "ouders.informatie", "ouders.steunpunt"],
        advisory={"terugstroom": ["monitoring"], "financien": ["reserves"], "dekkend-aanbod": ["ketenpartners"],
                  "resultaten": ["meetbaar"]},
        notes={
            "basisondersteuning": "Ch. 4 says explicitly that no common level is agreed (waiting for the landelijke norm) -> niveau not addressed; the inventory table lists concrete voorzieningen present at all 34 schools (inhoud).",
            "plaatsing": "Ch. 6 only refers procedure, criteria, deskundigen and bezwaar to the separate Handboek Toewijzing; 'Deskundigenadvies' only in the glossary -> nothing addressed.",
            "terugstroom": "Ch. 7 'Van so en sbo naar de eigen wijk': policy (aim thuisnabij, conditions, terugkeerarrangement, fallback) and numbered procedure (MDO yearly, commissie van begeleiding before 1 Dec, proefplaatsing, decision by 1 April, TLV ends 31 July); 14 returns 2024-2025.",
            "financien": "Ch. 10: lasten table 2026-2029 with amounts (besteding) and reserves; the verdeelmodel is expired and 'wordt in de loop van 2026 voorbereid', the verdeling line is a lump sum 'verdeling volgt' -> verdeling not addressed.",
            "dekkend-aanbod": "5.2: thuiszitters signalling, thuiszitterstafel, escalation/doorzettingsmacht, zorgplicht, yearly gap analysis with dated actions (lacunes). 5.1 defers the ondersteuningsladder to 2027 -> continuum not addressed. OOGO (ketenpartners).",
            "resultaten": "Ch. 9 'Monitoring en verantwoording': quarterly dashboard, DUO data, jaarverslag, kengetallen table (monitoring); beoogde resultaten deferred to the first jaarplan after the nulmeting -> doelen not addressed.",
            "ouders": "Ch. 8 'Ouders' only refers to a separate Ouderwijzer; OJSP/Onderwijsconsulenten/Ouderbetrokkenheid only in glossary; footer slogan and title page only; OPR and OOGO text do not mention parents -> nothing addressed.",
        }),
}

NOT_A_PLAN = {
    "school-ondersteuningsplan-debrug": dict(
        documents=["school-ondersteuningsplan-debrug.pdf"], sector="po",
        note="School-level 'ondersteuningsplan' of one basisschool (De Brug) for one school year: zorgniveaus, groeps-/leerlingbesprekingen, its own schoolbudget and resultaten; it refers to the SWV's plan for procedure and criteria. Not the ondersteuningsplan of a samenwerkingsverband (no OPR, OOGO, planperiode of the SWV).",
    ),
}


def write_label(out_dir: Path, name: str, spec: dict):
    criteria = {c: (c not in spec["false"]) for c in CORE}
    advisory = spec["advisory"]
    elements = status_from(criteria, advisory)
    lines = []
    lines.append(f"documents: [{', '.join(spec['documents'])}]")
    lines.append(f"sector: {spec['sector']}")
    lines.append("looks_like_plan: true")
    lines.append("elements: {" + ", ".join(f"{el}: {elements[el]}" for el in ELEMENTS) + "}")
    lines.append("criteria:")
    for c in CORE:
        lines.append(f"  {c}: {'true' if criteria[c] else 'false'}")
    lines.append("advisory_addressed:")
    for el in ELEMENTS:
        if advisory.get(el):
            lines.append(f"  {el}: [{', '.join(advisory[el])}]")
    lines.append("notes:")
    for el in ELEMENTS:
        lines.append(f"  {el}: {yaml.safe_dump(spec['notes'][el], width=10000, allow_unicode=True).strip().removesuffix('...').strip()}")
    (out_dir / f"{name}.expected.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")


def write_not_a_plan_label(out_dir: Path, name: str, spec: dict):
    lines = [
        f"documents: [{', '.join(spec['documents'])}]",
        f"sector: {spec['sector']}",
        "looks_like_plan: false",
        "elements: {}",
        "criteria: {}",
        "advisory_addressed: {}",
        "notes:",
        f"  document: {yaml.safe_dump(spec['note'], width=10000, allow_unicode=True).strip().removesuffix('...').strip()}",
    ]
    (out_dir / f"{name}.expected.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")


def main():
    out = Path(__file__).resolve().parent.parent
    out.mkdir(parents=True, exist_ok=True)

    # A: docx + pdf rendered from that docx
    a = plan_a()
    hdr_a = "Ondersteuningsplan 2026-2030  |  SWV Passend Onderwijs Lindewaard PO"
    write_docx(a, out / "po-lindewaard.docx", hdr_a, "SWV Lindewaard - PO 27-14", "Ondersteuningsplan 2026-2030 SWV Lindewaard")
    docx_to_pdf(out / "po-lindewaard.docx", out / "po-lindewaard.pdf")

    # B: pdf only
    write_pdf(plan_b(), out / "vo-kempenzoom.pdf", "SWV VO Kempenzoom  |  Ondersteuningsplan 2026-2030",
              "VO 31-02 - definitieve versie april 2026", "Ondersteuningsplan 2026-2030 SWV VO Kempenzoom")

    # C: docx only
    write_docx(plan_c(), out / "po-veenhorst.docx", "Ondersteuningsplan 2026-2030 - 'Elk kind telt, overal'",
               "SWV Veenhorst e.o. - PO 20-09", "Ondersteuningsplan 2026-2030 SWV Veenhorst")

    # D: html
    (out / "vo-duinstreek-web.html").write_text(plan_d_html(), encoding="utf-8")

    # E: pdf only, footer trap
    write_pdf(plan_e(), out / "po-maasoevers.pdf", "Kaderplan passend onderwijs 2026-2030  |  SWV Maasoevers",
              "Samen passend: basisondersteuning - toewijzing - ouders", "Kaderplan passend onderwijs 2026-2030 SWV Maasoevers")

    # F: near miss, pdf
    write_pdf(plan_f(), out / "school-ondersteuningsplan-debrug.pdf", "OBS De Brug - Ondersteuningsplan 2025-2026",
              "OBS De Brug, Lindewaard", "Ondersteuningsplan 2025-2026 OBS De Brug")

    for name, spec in LABELS.items():
        write_label(out, name, spec)
    for name, spec in NOT_A_PLAN.items():
        write_not_a_plan_label(out, name, spec)


if __name__ == "__main__":
    main()
