#!/usr/bin/env python3
"""Generate the holdout315 test set: five fictional ondersteuningsplannen of
samenwerkingsverbanden passend onderwijs (PO and VO, .docx / .pdf / .html) and one
near-miss document (a school-level 'ondersteuningsplan' of a basisschool).

Deterministic, no network. Output goes to the folder above this script's folder.
PDFs are rendered from .docx with LibreOffice (soffice --headless) in a private
temporary directory. Label files (<name>.expected.yaml) are written separately by
hand and are not produced by this script.
"""
import html
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
# rendering
# --------------------------------------------------------------------------------------
# A document is a list of blocks:
#   ("title", [line, ...])            title page
#   ("toc",)                          table of contents generated from h1/h2
#   ("h1", text) / ("h2", text)       headings
#   ("p", text)                       paragraph
#   ("ul", [item, ...])               bullet list
#   ("ol", [item, ...])               numbered list
#   ("table", [header], [[row], ...]) table
#   ("pb",)                           page break

def toc_entries(blocks):
    return [(b[0], b[1]) for b in blocks if b[0] in ("h1", "h2")]


def render_docx(blocks, path, running_header):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = running_header
    sec.footer.paragraphs[0].text = running_header + " | versie ter vaststelling"
    for b in blocks:
        kind = b[0]
        if kind == "title":
            for i, line in enumerate(b[1]):
                p = doc.add_paragraph()
                r = p.add_run(line)
                r.bold = i == 0
                r.font.size = Pt(22 if i == 0 else 13)
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "toc":
            doc.add_paragraph("Inhoudsopgave", style="Title")
            for lvl, text in toc_entries(blocks):
                doc.add_paragraph(("    " if lvl == "h2" else "") + text)
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
        elif kind == "ol":
            for it in b[1]:
                doc.add_paragraph(it, style="List Number")
        elif kind == "table":
            header, rows = b[1], b[2]
            t = doc.add_table(rows=1 + len(rows), cols=len(header))
            t.style = "Table Grid"
            for j, h in enumerate(header):
                t.cell(0, j).text = h
            for i, row in enumerate(rows):
                for j, c in enumerate(row):
                    t.cell(i + 1, j).text = c
            doc.add_paragraph()
        elif kind == "pb":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        else:
            raise ValueError(kind)
    doc.save(str(path))


def render_html(blocks, path, running_header):
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           f"<title>{e(running_header)}</title>", "</head>", "<body>",
           f'<header class="site-header"><p>{e(running_header)}</p>'
           '<p><a href="#">Home</a> | <a href="#">Ouders</a> | <a href="#">Scholen</a> | '
           '<a href="#">Toelaatbaarheid</a> | <a href="#">Contact</a></p></header>', "<main>"]
    hid = 0
    for b in blocks:
        kind = b[0]
        if kind == "title":
            out.append(f"<h1>{e(b[1][0])}</h1>")
            for line in b[1][1:]:
                out.append(f'<p class="subtitle">{e(line)}</p>')
        elif kind == "toc":
            out.append('<nav class="toc"><h2>Inhoud</h2><ul>')
            for n, (lvl, text) in enumerate(toc_entries(blocks)):
                cls = ' class="sub"' if lvl == "h2" else ""
                out.append(f'<li{cls}><a href="#s{n}">{e(text)}</a></li>')
            out.append("</ul></nav>")
        elif kind in ("h1", "h2"):
            tag = "h2" if kind == "h1" else "h3"
            out.append(f'<{tag} id="s{hid}">{e(b[1])}</{tag}>')
            hid += 1
        elif kind == "p":
            out.append(f"<p>{e(b[1])}</p>")
        elif kind in ("ul", "ol"):
            out.append(f"<{kind}>" + "".join(f"<li>{e(i)}</li>" for i in b[1]) + f"</{kind}>")
        elif kind == "table":
            out.append("<table><thead><tr>" + "".join(f"<th>{e(h)}</th>" for h in b[1]) +
                       "</tr></thead><tbody>")
            for row in b[2]:
                out.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in row) + "</tr>")
            out.append("</tbody></table>")
        elif kind == "pb":
            pass
    out.append("</main>")
    out.append(f'<footer><p>{e(running_header)} &middot; Privacyverklaring &middot; Cookies '
               '&middot; Ouder- en jeugdsteunpunt &middot; Nieuwsbrief</p></footer>')
    out.append("</body></html>")
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def docx_to_pdf(docx_path, pdf_path, workdir):
    profile = Path(workdir) / "lo_profile"
    cmd = ["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
           "--convert-to", "pdf", "--outdir", str(workdir), str(docx_path)]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=240)
    produced = Path(workdir) / (Path(docx_path).stem + ".pdf")
    shutil.move(str(produced), str(pdf_path))


def word_count(blocks):
    n = 0
    for b in blocks:
        if b[0] in ("p", "h1", "h2"):
            n += len(b[1].split())
        elif b[0] in ("ul", "ol", "title"):
            n += sum(len(x.split()) for x in b[1])
        elif b[0] == "table":
            n += sum(len(c.split()) for c in b[1])
            n += sum(len(c.split()) for r in b[2] for c in r)
    return n


# --------------------------------------------------------------------------------------
# shared filler (neutral with respect to the seven elements unless stated)
# --------------------------------------------------------------------------------------

def governance(n, short, model="raad van toezicht"):
    return [
        ("p", f"{n} is een stichting waarin de aangesloten schoolbesturen samenwerken. De statuten "
              f"regelen de verhouding tussen het bestuur en het intern toezicht volgens het "
              f"{model}-model. De directeur-bestuurder is belast met de dagelijkse leiding van de "
              f"organisatie en legt verantwoording af aan de {model}. De {model} bestaat uit vijf "
              f"leden, van wie twee op voordracht van de aangesloten schoolbesturen en drie "
              f"onafhankelijke leden met expertise op het gebied van financiën, jeugd en onderwijsrecht."),
        ("p", f"Naast het formele bestuursmodel kent {short} een Algemene Vergadering van aangesloten "
              f"besturen. Deze vergadering komt vier keer per jaar bijeen en adviseert over strategische "
              f"keuzes, zoals de ambities van dit plan, de jaarplannen en de hoofdlijnen van de begroting. "
              f"Besluiten worden genomen met gewone meerderheid van stemmen, waarbij het stemgewicht "
              f"van ieder bestuur is gebaseerd op het aantal leerlingen op de teldatum."),
        ("p", f"{short} volgt de Code Goed Bestuur van de sectorraad. Eén keer per jaar evalueert de "
              f"toezichthouder het eigen functioneren en dat van de directeur-bestuurder. Het "
              f"toezichtkader, het bestuursreglement en het managementstatuut zijn op te vragen bij het "
              f"bureau. In de statuten is een geschillenregeling opgenomen voor geschillen tussen de "
              f"aangesloten besturen onderling en tussen een bestuur en het samenwerkingsverband."),
        ("p", f"Het bureau van {short} is gevestigd in een gedeeld kantoor met de leerplichtafdeling van de "
              f"centrumgemeente. Het bureau ondersteunt de directeur-bestuurder, voert het secretariaat "
              f"van de commissies en is het aanspreekpunt voor scholen en ketenpartners. Het bureau is "
              f"bereikbaar op werkdagen tussen 8.30 en 16.30 uur."),
    ]


def personeel(short, fte):
    return [
        ("p", f"Het bureau van {short} heeft een formatie van ongeveer {fte} fte. Daarin zijn begrepen de "
              f"directeur-bestuurder, een beleidsmedewerker, een controller (gedeeld met een ander "
              f"samenwerkingsverband), secretariële ondersteuning en een team van consulenten en "
              f"orthopedagogen. Het samenwerkingsverband is geen werkgever van het onderwijspersoneel "
              f"op de scholen; dat personeel is in dienst van de schoolbesturen."),
        ("p", "Deskundigheid is het belangrijkste kapitaal van ons samenwerkingsverband. Medewerkers "
              "volgen jaarlijks scholing, passend bij hun rol. Wij organiseren intervisie voor de "
              "consulenten en nemen deel aan landelijke netwerken. Voor leraren en intern begeleiders "
              "op de scholen bieden wij een scholingsaanbod aan, waaronder bijeenkomsten over "
              "gedrag, over samenwerken met jeugdhulp en over het schrijven van een "
              "ontwikkelingsperspectiefplan. De deelname aan dit aanbod is vrijwillig."),
        ("p", "Het personeelsbeleid van het bureau is vastgelegd in een personeelshandboek. "
              "Gesprekkencyclus, verzuimbeleid en arbeidsvoorwaarden volgen de cao van de sector. "
              "Gezien het lerarentekort en de krapte op de arbeidsmarkt voor orthopedagogen "
              "en psychologen werken wij samen met de schoolbesturen aan het behoud van ervaren "
              "collega's, bijvoorbeeld door gezamenlijke vacatures en detacheringsconstructies."),
    ]


def ict_privacy(short):
    return [
        ("p", f"{short} verwerkt persoonsgegevens van leerlingen, onder meer bij aanvragen voor "
              f"ondersteuning en bij de advisering over de ondersteuningsbehoefte. Daarbij gaat het "
              f"ook om gegevens over gezondheid. De wet staat deze verwerking toe voor zover dat "
              f"noodzakelijk is voor de uitvoering van de taken van het samenwerkingsverband. Wij "
              f"bewaren deze gegevens niet langer dan noodzakelijk en uiterlijk drie jaar na het "
              f"besluit."),
        ("p", "Het samenwerkingsverband heeft een functionaris gegevensbescherming aangesteld, die wordt "
              "gedeeld met andere samenwerkingsverbanden in de regio. Er is een privacyreglement, een "
              "register van verwerkingen en een procedure voor datalekken. Medewerkers volgen jaarlijks "
              "een korte training over informatiebeveiliging."),
        ("p", "Voor de registratie van aanvragen en besluiten gebruiken wij een beveiligde digitale "
              "omgeving waarin scholen dossiers kunnen uploaden. Scholen krijgen toegang via "
              "tweestapsverificatie. De omgeving voldoet aan de eisen van het Privacyconvenant "
              "Onderwijs. In de planperiode vervangen wij het huidige systeem; de aanbesteding "
              "daarvoor start in 2026."),
    ]


def procedure_vaststelling(n, short, code, dates, with_oogo_content=True):
    d = dates
    out = [
        ("p", f"Dit ondersteuningsplan van {n} ({code}) is opgesteld in een traject waarin "
              f"schoolbesturen, directeuren, intern begeleiders, ketenpartners en de "
              f"ondersteuningsplanraad zijn betrokken. De concepttekst is besproken in de "
              f"Algemene Vergadering van {d['av']}."),
        ("p", f"Het op overeenstemming gericht overleg (OOGO) met de colleges van burgemeester en "
              f"wethouders van de gemeenten in ons werkgebied vond plaats op {d['oogo']}. Het overleg "
              f"met het aangrenzende samenwerkingsverband is gevoerd op {d['overleg']}. De "
              f"ondersteuningsplanraad heeft op {d['opr']} ingestemd met het plan. Het bestuur heeft het "
              f"plan vastgesteld op {d['vast']}, waarna het vóór 1 mei aan de inspectie is toegezonden."),
    ]
    return out


def extra_filler(short, sector, parts="ABCDFG"):
    """Element-neutral chapters that real plans carry (context, staff, networks, status)."""
    lk = "leerkrachten" if sector == "po" else "docenten"
    ib = "intern begeleiders" if sector == "po" else "ondersteuningscoördinatoren"
    sec = {}
    sec["A"] = [
        ("h2", "Landelijke ontwikkelingen"),
        ("p", "Dit plan verschijnt in een periode waarin passend onderwijs landelijk opnieuw ter discussie "
              "staat. Na de evaluatie van 2020 heeft het kabinet een verbeteraanpak ingezet met een groot "
              "aantal maatregelen, gericht op meer duidelijkheid, minder bureaucratie en een stevigere "
              "positie van leerlingen. Daarnaast werkt het ministerie aan de route naar inclusiever "
              "onderwijs, waarin reguliere en speciale scholen meer gaan samenwerken, bijvoorbeeld in "
              "gedeelde gebouwen of gecombineerde groepen. De uitwerking daarvan is nog niet bekend."),
        ("p", f"Voor {short} betekent dit dat wij een plan schrijven in een bewegend landschap. Wij kiezen "
              "ervoor om niet vooruit te lopen op wetgeving die nog niet is aangenomen, maar wel ruimte te "
              "houden om het plan tussentijds aan te passen. Wijzigingen van betekenis leggen wij voor aan "
              "de ondersteuningsplanraad. Ook ontwikkelingen in de jeugdhulp, zoals de Hervormingsagenda "
              "Jeugd, volgen wij nauwlettend, omdat zij direct van invloed zijn op wat scholen van de "
              "gemeenten kunnen verwachten."),
    ]
    sec["B"] = [
        ("h2", "Arbeidsmarkt en werkdruk"),
        ("p", f"Het tekort aan {lk} raakt ook onze regio. Op sommige scholen staan groepen "
              "met regelmaat zonder vaste leerkracht, en vacatures voor specialisten blijven maanden "
              f"openstaan. Dat heeft gevolgen voor de kwaliteit van het onderwijs en voor de ruimte die "
              f"{lk} hebben om goed af te stemmen op verschillen tussen leerlingen. Wij nemen dat "
              "serieus. Het samenwerkingsverband kan het tekort niet oplossen, maar kan wel bijdragen "
              "door administratieve lasten te beperken, door formulieren te vereenvoudigen en door "
              "expertise dichtbij de school beschikbaar te maken."),
        ("p", "De schoolbesturen werken in de regio samen in een onderwijsregio-aanpak. Zij delen "
              "invalpools, leiden zij-instromers gezamenlijk op en maken afspraken over het voorkomen van "
              "onderling wegkapen van personeel. Het samenwerkingsverband sluit aan bij het regionale "
              "overleg, omdat de beschikbaarheid van goed opgeleide mensen de belangrijkste voorwaarde is "
              "voor alles wat in dit plan staat."),
    ]
    sec["C"] = [
        ("h2", "Netwerken en kennisdeling"),
        ("p", f"De {ib} van de aangesloten scholen komen vijf keer per jaar samen in regionale "
              "netwerken. Een netwerk bestaat uit acht tot twaalf scholen en wordt begeleid door een "
              "medewerker van het samenwerkingsverband. In de netwerken worden casussen besproken, "
              "nieuwe werkwijzen gedeeld en gastsprekers uitgenodigd. De thema's worden door de "
              "deelnemers zelf gekozen; in het afgelopen jaar waren dat onder meer executieve functies, "
              "meertaligheid en samenwerken met het jeugdteam."),
        ("p", "Daarnaast organiseert het samenwerkingsverband jaarlijks een regionale studiedag voor alle "
              "medewerkers van de aangesloten scholen, met lezingen en workshops. Schoolleiders komen "
              "vier keer per jaar bijeen in een directeurenoverleg. Leergemeenschappen rond specifieke "
              "thema's, zoals het jonge kind of de bovenbouw, ontstaan op initiatief van scholen; het "
              "samenwerkingsverband faciliteert ze met ruimte, tijd en een beperkt budget voor externe "
              "inbreng."),
    ]
    sec["D"] = [
        ("h2", "Samenwerking met andere samenwerkingsverbanden"),
        ("p", f"{short} werkt samen met de samenwerkingsverbanden in de omliggende regio's. De "
              "directeuren overleggen maandelijks. Wij delen een functionaris gegevensbescherming, "
              "trekken gezamenlijk op richting de zorgverzekeraar en de zorgkantoren en vergelijken "
              "jaarlijks onze werkwijzen. Die vergelijking is geen afrekening, maar een manier om van "
              "elkaar te leren."),
        ("p", "Met het samenwerkingsverband van de andere sector in hetzelfde gebied is er een vast "
              "bestuurlijk overleg. Daar komen onderwerpen aan de orde als de gezamenlijke "
              "communicatie, de aansluiting op het overleg met de gemeenten en het delen van "
              "kantoorruimte. Beide samenwerkingsverbanden hebben elkaar over het concept van dit plan "
              "geraadpleegd, zoals de wet voorschrijft."),
    ]
    sec["F"] = [
        ("h2", "Communicatie met scholen en besturen"),
        ("p", "Scholen en besturen ontvangen zes keer per jaar een digitale nieuwsbrief. Op het "
              "besloten deel van de website vinden zij formulieren, handreikingen, verslagen van "
              "netwerkbijeenkomsten en contactgegevens. Iedere school heeft een vaste contactpersoon bij "
              "het samenwerkingsverband, die ten minste drie keer per jaar op school komt. Besturen "
              "worden daarnaast rechtstreeks geïnformeerd over besluiten die hen raken."),
        ("p", "Wij streven naar begrijpelijke taal. Nieuwe documenten van het samenwerkingsverband worden "
              "voor publicatie gelezen door een medewerker die niet bij het schrijven betrokken was. "
              "Lange beleidsstukken krijgen een samenvatting van één pagina. Zo hopen wij dat ook "
              "nieuwe collega's op de scholen snel hun weg vinden."),
    ]
    sec["G"] = [
        ("h2", "Status van dit plan"),
        ("p", "Dit ondersteuningsplan bindt alle aangesloten schoolbesturen. Het geldt voor de "
              "schooljaren 2025-2026 tot en met 2028-2029. Het bestuur kan het plan tussentijds wijzigen. "
              "Een wijziging van betekenis wordt, net als het plan zelf, voorgelegd aan de "
              "ondersteuningsplanraad en besproken met de gemeenten. Kleine tekstuele aanpassingen worden "
              "jaarlijks verwerkt en op de website aangegeven met een versienummer en datum."),
        ("p", "Uitvoeringsregelingen die het bestuur op basis van dit plan vaststelt, zoals "
              "werkinstructies voor het bureau en het reglement van de commissies, maken geen deel uit "
              "van het plan. Zij mogen er niet mee in strijd zijn. Bij verschil tussen een regeling en dit "
              "plan gaat het plan voor."),
    ]
    out = []
    for k in parts:
        out += sec[k]
    return out


def planning_table(rows):
    return ("table", ["Wanneer", "Wat", "Wie"], rows)


def begrippen(entries):
    return [("p", f"{k}: {v}") for k, v in entries]


# --------------------------------------------------------------------------------------
# Plan 1: PO, numbered chapters (docx + pdf)
# --------------------------------------------------------------------------------------

def plan_po_deltazuid():
    N = "Samenwerkingsverband Passend Primair Onderwijs Delta-Zuid"
    S = "Delta-Zuid"
    C = "PO 29-07"
    b = []
    b.append(("title", [f"Ondersteuningsplan 2025-2029", N, f"Samenwerkingsverband {C}",
                        "Vastgesteld door het bestuur op 14 april 2025",
                        "Met de ouder- en jeugdsteunpunt-paragraaf als bijlage 7 (separaat)"]))
    b.append(("toc",))
    b.append(("h1", "1. Voorwoord"))
    b.append(("p", f"Voor u ligt het ondersteuningsplan 2025-2029 van {N}. Het is het derde plan sinds "
                   f"de invoering van passend onderwijs. Dit plan is geschreven voor iedereen die bij het "
                   f"onderwijs aan onze leerlingen betrokken is: leraren, intern begeleiders, schoolleiders, "
                   f"bestuurders, ouders en ketenpartners. Het beschrijft wat wij de komende vier jaar willen "
                   f"bereiken en hoe wij de beschikbare middelen daarvoor inzetten."))
    b.append(("p", "De afgelopen jaren zijn in het teken komen te staan van krapte: krapte op de "
                   "arbeidsmarkt, krapte in de jeugdhulp en krapte in de gebouwen van het speciaal "
                   "onderwijs. Tegelijkertijd zien wij dat scholen met veel vakmanschap leerlingen "
                   "ondersteunen die twintig jaar geleden nog vanzelfsprekend naar een speciale school "
                   "zouden gaan. Dat vraagt om waardering, en om een samenwerkingsverband dat de "
                   "scholen ontzorgt in plaats van belast."))
    b.append(("p", "Ik dank de leden van de ondersteuningsplanraad, de schoolbesturen, de gemeenten en "
                   "alle collega's die hebben meegeschreven. Zonder hun kritische blik was dit plan "
                   "minder scherp geworden. Wij zullen de komende jaren laten zien dat de woorden in dit "
                   "plan ook in de klas het verschil maken."))
    b.append(("p", "Marjolein van der Kraan, directeur-bestuurder"))
    b.append(("h1", "2. Inleiding en context"))
    b.append(("h2", "2.1 Ons werkgebied"))
    b.append(("p", f"{S} omvat de gemeenten Zuidervliet, Oosterhaven en Molenwaard. In het werkgebied "
                   f"liggen 61 basisscholen van negen schoolbesturen, twee scholen voor speciaal "
                   f"basisonderwijs (De Kreek en De Brug) en drie locaties voor speciaal onderwijs van "
                   f"cluster 3 en 4. Op de teldatum 1 oktober 2024 telde het samenwerkingsverband "
                   f"14.820 leerlingen. De verwachting is dat het aantal leerlingen tot 2029 met ongeveer "
                   f"4 procent daalt, met grote verschillen tussen de kernen."))
    b.append(("table", ["Kengetal (1 oktober 2024)", "Delta-Zuid", "Landelijk"],
              [["Leerlingen basisonderwijs", "14.109", "-"],
               ["Leerlingen sbo", "431", "-"],
               ["Leerlingen so (met TLV van Delta-Zuid)", "280", "-"],
               ["Deelnamepercentage sbo", "2,91%", "2,55%"],
               ["Deelnamepercentage so", "1,89%", "1,78%"]]))
    b.append(("h2", "2.2 Wettelijk kader"))
    b.append(("p", "Het samenwerkingsverband stelt ten minste eens in de vier jaar een ondersteuningsplan "
                   "vast (artikel 18a Wet op het primair onderwijs). Het plan beschrijft onder meer hoe "
                   "wij een samenhangend geheel van ondersteuningsvoorzieningen realiseren, hoe de middelen "
                   "worden verdeeld, hoe leerlingen toelaatbaar worden verklaard tot het speciaal "
                   "(basis)onderwijs en hoe zij kunnen terugkeren. In de hoofdstukken hierna komen deze "
                   "onderwerpen aan bod."))
    b.append(("h2", "2.3 Terugblik op de vorige planperiode"))
    b.append(("p", "In de planperiode 2021-2025 lag de nadruk op het versterken van de basisondersteuning "
                   "en op het verkorten van de doorlooptijd van aanvragen. De scholen hebben een "
                   "gezamenlijke scholingsronde over gedrag gevolgd en de doorlooptijd van een "
                   "toelaatbaarheidsaanvraag daalde van gemiddeld negen naar vijf weken. Het "
                   "deelnamepercentage sbo bleef echter hoger dan landelijk. Dat is een van de redenen "
                   "waarom dit plan een duidelijke doelstelling op dat punt bevat (hoofdstuk 8)."))
    b.append(("h1", "3. Visie en missie"))
    b.append(("p", f"Onze missie luidt: ieder kind in {S} ontwikkelt zich in een ononderbroken lijn, zo "
                   f"dicht mogelijk bij huis, op een school die past. Wij geloven dat leerlingen het meest "
                   f"leren in een omgeving waarin zij gezien worden, en dat leraren die omgeving alleen "
                   f"kunnen bieden als zij zelf worden ondersteund."))
    b.append(("p", "Vier waarden sturen ons handelen: vertrouwen, eigenaarschap, eenvoud en "
                   "vakmanschap. Vertrouwen betekent dat wij scholen niet onnodig laten verantwoorden. "
                   "Eigenaarschap betekent dat besturen zelf verantwoordelijk zijn voor hun zorgplicht. "
                   "Eenvoud betekent korte lijnen en weinig formulieren. Vakmanschap betekent dat "
                   "beslissingen over leerlingen worden genomen door mensen die er verstand van hebben."))
    b.append(("p", "Wij kiezen voor een schoolmodel: het grootste deel van de middelen gaat naar de "
                   "schoolbesturen, die zelf de ondersteuning organiseren. Het samenwerkingsverband "
                   "houdt een beperkt deel achter voor bovenschoolse voorzieningen en voor "
                   "toelaatbaarheid. Deze keuze werken wij uit in hoofdstuk 13."))
    # --- basisondersteuning: present
    b.append(("h1", "4. Basisondersteuning"))
    b.append(("h2", "4.1 Wat verstaan wij onder basisondersteuning?"))
    b.append(("p", f"Basisondersteuning is in {S} het afgesproken minimumniveau van ondersteuning dat "
                   f"iedere vestiging van iedere aangesloten basisschool biedt, zonder dat daarvoor een "
                   f"aanvraag bij het samenwerkingsverband nodig is. De besturen hebben in de Algemene "
                   f"Vergadering van 12 november 2024 vastgesteld dat dit niveau voor alle 61 scholen geldt, "
                   f"ongeacht denominatie of omvang. Het niveau is hoger dan de basiskwaliteit die de "
                   f"inspectie vraagt: het omvat ook preventieve en licht curatieve interventies."))
    b.append(("h2", "4.2 De twaalf standaarden"))
    b.append(("p", "Op elke school in ons samenwerkingsverband kan een leerling rekenen op ten minste de "
                   "volgende voorzieningen:"))
    b.append(("ol", ["Een intern begeleider met ten minste 0,4 fte per 200 leerlingen, die de "
                     "leerlingbesprekingen en groepsbesprekingen voorbereidt.",
                     "Handelingsgericht werken met drie keer per jaar een groepsbespreking en een "
                     "groepsoverzicht per groep.",
                     "Een dyslexieprotocol en een dyscalculieprotocol, inclusief signalering in groep 2 "
                     "en 3 en extra lees- en rekeninstructie in kleine groepen.",
                     "Een aanbod voor leerlingen die meer aankunnen: verrijkingsstof in de klas en een "
                     "compacting-aanpak voor rekenen en taal.",
                     "Een schoolbreed programma voor sociaal-emotioneel leren en een gedragsprotocol "
                     "met afspraken over time-out binnen de school.",
                     "Een aanbod voor Nederlands als tweede taal voor leerlingen met een taalachterstand.",
                     "Een protocol medisch handelen en afspraken over medicijnverstrekking.",
                     "Een ondersteuningsteam dat ten minste vier keer per jaar bijeenkomt, met de "
                     "schoolcontactpersoon van het samenwerkingsverband en de jeugdverpleegkundige.",
                     "Een ontwikkelingsperspectiefplan voor iedere leerling die op een eigen leerlijn "
                     "werkt, twee keer per jaar geëvalueerd.",
                     "Een fysiek toegankelijk gebouw of, waar dat niet kan, een afspraak met een "
                     "naburige school.",
                     "Een warme overdracht bij iedere schoolwisseling en bij de overstap naar het "
                     "voortgezet onderwijs.",
                     "Deskundigheid op het gebied van gedrag: ten minste één leerkracht per school met "
                     "een opleiding gedragsspecialist of een vergelijkbare opleiding."]))
    b.append(("h2", "4.3 Borging"))
    b.append(("p", "Iedere school legt in de schoolgids vast hoe zij de twaalf standaarden invult. Het "
                   "samenwerkingsverband voert eens per twee jaar op iedere school een gesprek aan de "
                   "hand van de kwaliteitskaart basisondersteuning. Voldoet een school op een standaard "
                   "niet, dan maakt het bestuur binnen drie maanden een verbeterplan, dat het "
                   "samenwerkingsverband na een jaar opnieuw beoordeelt."))
    # --- dekkend aanbod: continuum present, lacunes deferred
    b.append(("h1", "5. Extra ondersteuning en arrangementen"))
    b.append(("p", "Wanneer de basisondersteuning voor een leerling niet volstaat, kent ons "
                   "samenwerkingsverband een opbouw in vier treden. Samen vormen zij het "
                   "ondersteuningscontinuüm van Delta-Zuid."))
    b.append(("table", ["Trede", "Wat", "Waar", "Toegang"],
              [["1. Basis", "De twaalf standaarden (hoofdstuk 4)", "Iedere school", "Geen aanvraag"],
               ["2. Extra op school", "Arrangement in de eigen school: extra handen, ambulante "
                "begeleiding, specialistische diagnostiek", "Eigen school", "Schoolbestuur uit eigen "
                "budget"],
               ["3. Bovenschools", "Observatiegroep De Haven (max. 12 weken), plusklas voltijds "
                "hoogbegaafden, taalklas nieuwkomers", "Drie bovenschoolse voorzieningen", "Loket "
                "Delta-Zuid"],
               ["4. Speciaal", "Sbo De Kreek, sbo De Brug, so cluster 3 en 4", "Vijf locaties",
                "Toelaatbaarheidsverklaring (hoofdstuk 6)"]]))
    b.append(("p", "De treden sluiten op elkaar aan: een leerling kan zonder nieuw dossier van trede 2 "
                   "naar trede 3, omdat het ondersteuningsteam van de school het groeidocument "
                   "bijhoudt. De observatiegroep De Haven is nadrukkelijk een tijdelijke voorziening; na "
                   "twaalf weken volgt een advies over de passende plek."))
    b.append(("p", "Of dit continuüm voor alle kinderen in de regio een passende plek oplevert, weten "
                   "wij nog niet goed. In de loop van 2026 brengen wij samen met de gemeenten in beeld "
                   "waar het aanbod tekortschiet. De uitkomsten en de acties die daaruit volgen, nemen "
                   "wij op in de voortgangsparagraaf van 2027."))
    # --- plaatsing: present (procedure, criteria, deskundigen, duur)
    b.append(("h1", "6. Toelaatbaarheid tot het sbo en het so"))
    b.append(("h2", "6.1 Wie vraagt aan en hoe?"))
    b.append(("p", "Een toelaatbaarheidsverklaring (TLV) wordt aangevraagd door het bevoegd gezag van de "
                   "school waar de leerling staat ingeschreven. De intern begeleider stelt het dossier "
                   "samen in de digitale omgeving van het samenwerkingsverband. Het dossier bevat in "
                   "elk geval het groeidocument met het ontwikkelingsperspectief, het verslag van het "
                   "laatste overleg van het ondersteuningsteam, de evaluatie van de ingezette "
                   "ondersteuning over ten minste zes maanden en het onderwijskundig rapport."))
    b.append(("p", "De Commissie Toelaatbaarheid van Delta-Zuid beoordeelt de aanvraag. Binnen tien "
                   "werkdagen na ontvangst stelt het secretariaat vast of het dossier volledig is. De "
                   "commissie neemt binnen zes weken na ontvangst van het volledige dossier een besluit "
                   "namens het bestuur. In spoedeisende situaties, bijvoorbeeld wanneer een leerling "
                   "thuis zit, besluit de voorzitter binnen vijf werkdagen."))
    b.append(("h2", "6.2 Deskundigenadvies"))
    b.append(("p", "Voor ieder besluit winnen wij het advies in van twee deskundigen. De eerste "
                   "deskundige is altijd een orthopedagoog of psycholoog. De tweede deskundige is, "
                   "afhankelijk van de vraag, een maatschappelijk werker, kinderarts, "
                   "jeugdarts of kinder- en jeugdpsychiater. Beide deskundigen brengen ieder een eigen "
                   "schriftelijk advies uit en zijn niet eerder bij de aanvraag betrokken geweest."))
    b.append(("h2", "6.3 Criteria"))
    b.append(("p", "Een leerling is toelaatbaar tot het speciaal basisonderwijs wanneer aan alle drie de "
                   "volgende voorwaarden is voldaan:"))
    b.append(("ul", ["de school heeft de basisondersteuning en ten minste één arrangement op trede 2 of 3 "
                     "gedurende minimaal zes maanden planmatig ingezet en geëvalueerd;",
                     "de leerling heeft een ondersteuningsbehoefte op twee of meer domeinen (leren, "
                     "gedrag, werkhouding, sociaal-emotioneel) die de mogelijkheden van een groep van "
                     "gemiddeld 26 leerlingen structureel overstijgt;",
                     "de leerling is aangewezen op een kleinere groep (circa 15 leerlingen) en een "
                     "orthopedagogisch klimaat gedurende de hele schooldag."]))
    b.append(("p", "Een leerling is toelaatbaar tot het speciaal onderwijs wanneer daarnaast sprake is "
                   "van een ernstige beperking (verstandelijk, lichamelijk, langdurig ziek of ernstige "
                   "gedrags- of psychiatrische problematiek) waardoor de leerling aangewezen is op "
                   "zorg en onderwijs in samenhang, die het sbo niet kan bieden. Bij een vermoeden van "
                   "een verstandelijke beperking is een recent intelligentieonderzoek vereist."))
    b.append(("h2", "6.4 Duur en bekostigingscategorie"))
    b.append(("p", "Een TLV voor het sbo geldt in de regel voor twee schooljaren, een TLV voor het so "
                   "voor drie schooljaren, steeds tot en met 31 juli. Voor het so bepaalt de commissie "
                   "de bekostigingscategorie laag, midden of hoog op grond van de ondersteuningsbehoefte "
                   "en het advies van de deskundigen. Voor leerlingen met een blijvende, ernstige "
                   "beperking kan de TLV worden afgegeven tot het einde van de basisschoolleeftijd."))
    b.append(("h2", "6.5 Na de TLV"))
    b.append(("p", "Ons beleid is dat een plaatsing in het sbo of so nooit als eindstation wordt gezien. "
                   "Het uitgangspunt is terugkeer naar een reguliere basisschool, zo thuisnabij mogelijk, "
                   "zodra de ontwikkeling van de leerling dat toelaat. Voorwaarden zijn dat de "
                   "ondersteuningsbehoefte binnen de twaalf standaarden van de basisondersteuning en een "
                   "arrangement op trede 2 kan worden opgevangen, en dat de ontvangende school de "
                   "benodigde deskundigheid in huis heeft of kan organiseren."))
    b.append(("p", "Na de terugkeer ontvangt de basisschool een terugkeerarrangement van ten hoogste "
                   "4.000 euro voor één schooljaar, en begeleidt een consulent van het samenwerkingsverband "
                   "de leerkracht gedurende het eerste halfjaar. Het stappenplan, met daarin wie het "
                   "initiatief neemt, op welke momenten wordt bekeken of terugkeer mogelijk is en wie "
                   "daarover beslist, werken wij in het eerste planjaar samen met de sbo- en so-scholen "
                   "uit in een aparte handreiking."))
    # --- thuiszitters: deferral (lacunes not addressed)
    b.append(("h1", "7. Thuiszitters en verzuim"))
    b.append(("p", "Thuiszitten is een groot maatschappelijk probleem. Iedere leerling die niet naar "
                   "school gaat, is er één te veel. Het aantal thuiszitters in onze regio is de laatste "
                   "jaren ongeveer gelijk gebleven. Wij hebben de ambitie om samen met leerplicht, "
                   "jeugdhulp en de scholen te komen tot een sluitende aanpak. De nadere uitwerking "
                   "daarvan volgt zodra de inventarisatie uit hoofdstuk 5 is afgerond."))
    # --- resultaten: present
    b.append(("h1", "8. Kwaliteit en resultaten"))
    b.append(("h2", "8.1 Beoogde resultaten 2025-2029"))
    b.append(("p", "Voor leerlingen die extra ondersteuning nodig hebben, streven wij de volgende "
                   "resultaten na. Bij iedere doelstelling staat de nulmeting en de streefwaarde."))
    b.append(("table", ["Doel", "Nulmeting 2024", "Streefwaarde 2029"],
              [["Deelnamepercentage sbo", "2,91%", "ten hoogste 2,60%"],
               ["Leerlingen met OPP die hun ontwikkelingsperspectief halen", "68%", "80%"],
               ["Gemiddelde doorlooptijd TLV-aanvraag", "5 weken", "4 weken"],
               ["Scholen die aan alle twaalf standaarden voldoen", "44 van 61", "61 van 61"],
               ["Leerlingen in observatiegroep met advies binnen 12 weken", "81%", "95%"]]))
    b.append(("h2", "8.2 Hoe wij de resultaten volgen"))
    b.append(("p", "Het bureau verzamelt twee keer per jaar, in maart en in oktober, de gegevens van DUO, "
                   "uit de digitale aanvraagomgeving en uit de kwaliteitsgesprekken. De "
                   "directeur-bestuurder rapporteert hierover aan het bestuur in een halfjaarlijkse "
                   "monitor. In het jaarverslag, dat uiterlijk 1 juli wordt vastgesteld, verantwoorden "
                   "wij per doel welk resultaat is bereikt en welke middelen daarvoor zijn ingezet. De "
                   "ondersteuningsplanraad ontvangt de monitor en het jaarverslag."))
    b.append(("p", "Daarnaast houden wij eens per twee jaar een tevredenheidspeiling onder intern "
                   "begeleiders en schoolleiders. Wanneer een doel na twee jaar niet binnen bereik "
                   "ligt, stelt het bestuur de aanpak bij."))
    # --- governance etc.
    b.append(("h1", "9. Organisatie en governance"))
    b += governance(N, S)
    b.append(("h1", "10. Medezeggenschap en samenwerking met gemeenten"))
    b.append(("h2", "10.1 Ondersteuningsplanraad"))
    b.append(("p", "De ondersteuningsplanraad heeft instemmingsrecht op dit plan en op wijzigingen "
                   "daarvan. De raad vergadert zes keer per jaar met de directeur-bestuurder. De "
                   "werkwijze van de raad is vastgelegd in een eigen reglement."))
    b.append(("h2", "10.2 OOGO en ketenpartners"))
    b.append(("p", "Met de drie gemeenten voeren wij twee keer per jaar bestuurlijk overleg. Op "
                   "uitvoeringsniveau is in iedere gemeente een jeugdconsulent verbonden aan de "
                   "ondersteuningsteams van de scholen. In 2024 zijn afspraken gemaakt over "
                   "onderwijs-zorgarrangementen voor leerlingen die naast onderwijs jeugdhulp nodig "
                   "hebben: de gemeente financiert het zorgdeel, het samenwerkingsverband het "
                   "onderwijsdeel, en één regisseur houdt het overzicht."))
    b.append(("p", "Leerlingenvervoer en onderwijshuisvesting zijn gemeentelijke taken. Wij bespreken "
                   "deze onderwerpen wel jaarlijks in het OOGO, omdat zij invloed hebben op de "
                   "keuzes van scholen en gezinnen."))
    b.append(("h1", "11. Personeel en professionalisering"))
    b += personeel(S, "11,4")
    b.append(("h1", "12. ICT en privacy"))
    b += ict_privacy(S)
    # --- financien: present, under "Geld en middelen"
    b.append(("h1", "13. Geld en middelen"))
    b.append(("h2", "13.1 Hoe komt het geld bij de scholen?"))
    b.append(("p", "Het samenwerkingsverband ontvangt van het Rijk een budget voor lichte en zware "
                   "ondersteuning. Na aftrek van de afdrachten aan DUO voor het so en van de "
                   "groeibekostiging sbo resteert het vrij besteedbare budget. Dat verdelen wij volgens "
                   "het volgende model, dat de Algemene Vergadering jaarlijks in november bevestigt:"))
    b.append(("ul", ["75 procent gaat naar de schoolbesturen, als bedrag per leerling (2025: 162 euro per "
                     "leerling op de teldatum van 1 oktober van het voorgaande jaar) plus een vaste voet "
                     "van 6.500 euro per vestiging;",
                     "15 procent is bestemd voor de drie bovenschoolse voorzieningen (trede 3), die op "
                     "basis van een vastgesteld aantal plaatsen worden bekostigd;",
                     "10 procent is bestemd voor het bureau, de commissie toelaatbaarheid en de "
                     "terugkeerarrangementen."]))
    b.append(("p", "Schoolbesturen besteden hun deel aan de twaalf standaarden en aan arrangementen op "
                   "trede 2. Zij verantwoorden in hun jaarverslag, volgens een vast format van het "
                   "samenwerkingsverband, hoeveel zij per trede hebben uitgegeven en hoeveel leerlingen "
                   "daarmee zijn bereikt."))
    b.append(("h2", "13.2 Meerjarenbegroting"))
    b.append(("table", ["Bedragen x 1.000 euro", "2025", "2026", "2027", "2028"],
              [["Baten ondersteuningsbudget", "9.870", "9.740", "9.610", "9.490"],
               ["Afdracht DUO so", "-3.310", "-3.280", "-3.250", "-3.220"],
               ["Groeibekostiging sbo", "-140", "-120", "-100", "-90"],
               ["Toedeling schoolbesturen", "4.820", "4.780", "4.740", "4.700"],
               ["Bovenschoolse voorzieningen", "960", "950", "940", "930"],
               ["Bureau, commissie en terugkeerarrangementen", "640", "630", "620", "610"],
               ["Resultaat", "0", "-20", "-40", "-60"]]))
    b.append(("p", "De algemene reserve bedraagt per 31 december 2024 1,2 miljoen euro. Dat ligt onder "
                   "de signaleringswaarde van de inspectie. De geplande negatieve resultaten worden uit "
                   "de reserve gedekt; het weerstandsvermogen blijft boven de 5 procent van de baten."))
    b.append(("h1", "14. Planning en vaststelling"))
    b += procedure_vaststelling(N, S, C, {"av": "12 november 2024", "oogo": "4 maart 2025",
                                          "overleg": "11 maart 2025", "opr": "2 april 2025",
                                          "vast": "14 april 2025"})
    b.append(planning_table([["Q3 2025", "Start kwaliteitsgesprekken ronde 1", "Bureau"],
                             ["Q1 2026", "Handreiking na de TLV", "Bureau en s(b)o-scholen"],
                             ["2026", "Inventarisatie aanbod met gemeenten", "Directeur-bestuurder"],
                             ["Q2 2027", "Voortgangsparagraaf", "Bestuur, OPR"],
                             ["Q1 2029", "Nieuw ondersteuningsplan", "Bestuur"]]))
    b.append(("h1", "15. Context en ontwikkelingen"))
    b += extra_filler(S, "po", "ABCDG")
    b.append(("h1", "Bijlage A. Begrippenlijst"))
    b += begrippen([
        ("Basisondersteuning", "het geheel van preventieve en licht curatieve interventies dat binnen "
         "de ondersteuningsstructuur van de school wordt uitgevoerd."),
        ("Dekkend aanbod", "een netwerk van voorzieningen waarin voor iedere leerling een passende plek is."),
        ("Meerjarenbegroting", "begroting voor meerdere jaren met de verwachte baten en lasten."),
        ("Ouder- en jeugdsteunpunt (OJSP)", "onafhankelijk steunpunt waar ouders en jongeren terecht "
         "kunnen met vragen over onderwijs en ondersteuning."),
        ("Onderwijsconsulent", "onafhankelijke deskundige die ouders kosteloos adviseert bij een "
         "vastgelopen schoolsituatie."),
        ("Terugplaatsing", "de overstap van een leerling uit het sbo of so naar het regulier onderwijs."),
        ("TLV", "toelaatbaarheidsverklaring."),
        ("Thuiszitter", "leerplichtige leerling die zonder geldige reden niet naar school gaat.")])
    b.append(("h1", "Bijlage B. Afkortingen"))
    b.append(("p", "AV Algemene Vergadering; DUO Dienst Uitvoering Onderwijs; IB intern begeleider; "
                   "OJSP ouder- en jeugdsteunpunt; OOGO op overeenstemming gericht overleg; OPP "
                   "ontwikkelingsperspectiefplan; OPR ondersteuningsplanraad; sbo speciaal "
                   "basisonderwijs; so speciaal onderwijs; TLV toelaatbaarheidsverklaring."))
    return N, b


# --------------------------------------------------------------------------------------
# Plan 2: VO, question headings (docx)
# --------------------------------------------------------------------------------------

def plan_vo_heuvelland():
    N = "Samenwerkingsverband Voortgezet Onderwijs Heuvelland"
    S = "SWV VO Heuvelland"
    C = "VO 26-04"
    b = []
    b.append(("title", ["Ondersteuningsplan 2025-2029", "Samen sterk voor elke leerling",
                        f"{N} ({C})", "Definitieve versie, april 2025"]))
    b.append(("toc",))
    b.append(("h1", "Waarom dit plan?"))
    b.append(("p", f"Elke vier jaar stelt {S} een nieuw ondersteuningsplan vast. Dit plan laat zien hoe de "
                   f"negen schoolbesturen en twintig vestigingen voor voortgezet onderwijs in de regio "
                   f"samenwerken om iedere jongere een passende plek te bieden. Wij hebben ervoor gekozen "
                   f"het plan op te bouwen rond de vragen die leerlingen, ouders, mentoren en "
                   f"ketenpartners ons het vaakst stellen. Elk hoofdstuk begint met zo'n vraag."))
    b.append(("p", "Het plan is bewust compact gehouden. Uitvoeringsafspraken, formulieren en "
                   "jaarplannen staan niet in dit document maar in de uitvoeringsregelingen die het "
                   "bestuur afzonderlijk vaststelt. Waar dat het geval is, verwijzen wij daarnaar."))
    b.append(("h1", "Wie zijn wij?"))
    b.append(("p", f"{S} werkt in de gemeenten Berghem, Hoogdalen, Vennestein en Lindewaarde. In het "
                   f"werkgebied staan scholen voor praktijkonderwijs, vmbo, havo en vwo, twee locaties "
                   f"voor voortgezet speciaal onderwijs en een orthopedagogisch-didactisch centrum (OPDC). "
                   f"Op 1 oktober 2024 volgden 11.960 leerlingen voortgezet onderwijs bij een van de "
                   f"aangesloten scholen. Het aantal leerlingen daalt naar verwachting tot 2030 met "
                   f"ongeveer 7 procent, vooral in de kleinere kernen."))
    b.append(("table", ["Schoolsoort", "Vestigingen", "Leerlingen 1-10-2024"],
              [["Praktijkonderwijs", "2", "640"], ["Vmbo (incl. lwoo)", "8", "4.870"],
               ["Havo/vwo", "7", "5.980"], ["Vso", "2", "470"], ["OPDC De Brug", "1", "-"]]))
    b.append(("h1", "Waar staan wij voor?"))
    b.append(("p", "Onze visie is eenvoudig: jongeren horen zoveel mogelijk onderwijs te volgen samen "
                   "met leeftijdgenoten uit hun eigen omgeving. Een goede school ziet verschillen tussen "
                   "leerlingen als een gegeven en niet als een probleem. Wij willen dat iedere jongere "
                   "het onderwijs krijgt dat bij hem of haar past, in een school waar hij of zij zich "
                   "thuis voelt."))
    b.append(("p", "Wij werken vanuit drie kernbegrippen: dichtbij, samen en wendbaar. Dichtbij, omdat "
                   "ondersteuning het best werkt in de klas en op de eigen school. Samen, omdat geen "
                   "school het alleen kan en ouders, jeugdhulp en gemeenten onmisbaar zijn. Wendbaar, "
                   "omdat de vragen van jongeren veranderen en ons aanbod moet kunnen meebewegen."))
    # --- basisondersteuning: partial (niveau yes, inhoud only in absent bijlage)
    b.append(("h1", "Wat mag een leerling van elke school verwachten?"))
    b.append(("p", f"Alle scholen en alle vestigingen van {S} bieden ten minste hetzelfde niveau van "
                   f"basisondersteuning. Dat niveau is in 2024 door de besturen gezamenlijk vastgelegd in "
                   f"het Kader Basisondersteuning VO Heuvelland. Het is een ondergrens: geen vestiging mag "
                   f"daaronder zitten, en scholen mogen daarboven uitstijgen. Basisondersteuning wordt "
                   f"geboden zonder aanvraag bij het samenwerkingsverband en zonder "
                   f"toelaatbaarheidsverklaring."))
    b.append(("p", "De zeventien standaarden van het Kader Basisondersteuning, met per standaard de "
                   "concrete uitwerking, zijn opgenomen in bijlage 3 bij dit plan. Scholen beschrijven in "
                   "hun schoolgids hoe zij daaraan invulling geven."))
    b.append(("p", "Het samenwerkingsverband bezoekt iedere vestiging eens per twee jaar voor een "
                   "auditgesprek over het kader. Van ieder gesprek wordt een verslag gemaakt dat naar het "
                   "bestuur van de school gaat. Wanneer een vestiging op een of meer standaarden tekortschiet, "
                   "maken bestuur en samenwerkingsverband afspraken over herstel binnen een schooljaar."))
    # --- dekkend aanbod: present
    b.append(("h1", "Wat als de basisondersteuning niet genoeg is?"))
    b.append(("p", "Ons ondersteuningsaanbod is opgebouwd in niveaus. Op niveau 1 biedt de school de "
                   "basisondersteuning. Op niveau 2 zet de school extra ondersteuning in binnen de eigen "
                   "vestiging: een trajectvoorziening, een rebound-plek binnen het bestuur, een "
                   "begeleider passend onderwijs, of een onderwijs-zorgarrangement met jeugdhulp in de "
                   "school. Op niveau 3 is er het bovenschoolse aanbod: OPDC De Brug voor tijdelijke "
                   "plaatsing van maximaal een jaar, de Schakelklas voor leerlingen die na ziekte of "
                   "uitval weer moeten instromen en de ISK voor nieuwkomers. Op niveau 4 volgen leerlingen "
                   "onderwijs in het vso, op het praktijkonderwijs of met leerwegondersteuning."))
    b.append(("table", ["Niveau", "Voorziening", "Plaatsen 2025", "Toegang"],
              [["1", "Basisondersteuning op iedere vestiging", "-", "vrij"],
               ["2", "Trajectvoorziening, rebound, OZA", "per school", "ondersteuningsteam school"],
               ["3", "OPDC De Brug", "48", "Commissie Toewijzing"],
               ["3", "Schakelklas", "16", "Commissie Toewijzing"],
               ["3", "ISK Heuvelland", "120", "aanmelding gemeente/school"],
               ["4", "Vso cluster 3 en 4, pro, lwoo", "-", "TLV of aanwijzing"]]))
    b.append(("h2", "Hoe voorkomen wij dat een leerling tussen wal en schip valt?"))
    b.append(("p", "Iedere school heeft zorgplicht. Lukt het een school niet om binnen zes weken na "
                   "aanmelding een passende plek te vinden, dan schakelt zij het Expertteam Heuvelland in. "
                   "Het expertteam komt binnen tien werkdagen bijeen met school, ouders, leerplicht en "
                   "zo nodig jeugdhulp en wijst een casusregisseur aan die verantwoordelijk blijft tot de "
                   "leerling weer onderwijs volgt."))
    b.append(("p", "Leerplicht meldt iedere leerling die langer dan vier weken thuiszit bij het "
                   "samenwerkingsverband. Elk kwartaal bespreken wij met de leerplichtambtenaren van de "
                   "vier gemeenten de lijst van thuiszitters en de wachtlijsten van OPDC en vso. Blijkt "
                   "daaruit dat voor een groep leerlingen structureel geen passend aanbod is, dan "
                   "ontwikkelt het bestuur samen met de scholen een nieuwe voorziening of koopt het "
                   "plaatsen in bij een samenwerkingsverband in de buurt. Zo is in 2024 besloten tot een "
                   "kleinschalige voorziening voor hoogbegaafde jongeren met uitval, die in augustus 2025 "
                   "start."))
    # --- plaatsing: present; terugstroom hidden inside this chapter: present
    b.append(("h1", "Wanneer kan een leerling naar het vso, het praktijkonderwijs of het lwoo?"))
    b.append(("h2", "Toelaatbaarheid vso"))
    b.append(("p", "De aanvraag voor een toelaatbaarheidsverklaring voor het vso wordt ingediend door de "
                   "school waar de leerling is ingeschreven of is aangemeld. De "
                   "ondersteuningscoördinator levert een dossier aan met het ontwikkelingsperspectiefplan, "
                   "de ingezette ondersteuning op niveau 2 en 3 en een handelingsadvies. De Commissie "
                   "Toewijzing van het samenwerkingsverband toetst het dossier en neemt binnen zes weken "
                   "een besluit. Bij onvolledige dossiers wordt de termijn opgeschort."))
    b.append(("p", "De commissie verklaart een leerling toelaatbaar tot het vso wanneer (a) de school "
                   "aantoonbaar de basisondersteuning en ten minste één arrangement op niveau 2 of 3 heeft "
                   "ingezet, (b) de leerling is aangewezen op een onderwijsprogramma in een groep van ten "
                   "hoogste twaalf leerlingen met een doorlopende orthopedagogische aanpak, en (c) de "
                   "ondersteuningsbehoefte naar verwachting ten minste een schooljaar aanhoudt. Voor het "
                   "besluit adviseren twee deskundigen: een orthopedagoog of GZ-psycholoog en, afhankelijk "
                   "van de leerling, een jeugdarts, maatschappelijk werker of kinder- en jeugdpsychiater."))
    b.append(("p", "Een TLV wordt afgegeven voor de duur van één, twee of drie schooljaren, steeds tot en "
                   "met 31 juli, en vermeldt de bekostigingscategorie laag, midden of hoog."))
    b.append(("h2", "Praktijkonderwijs en leerwegondersteuning"))
    b.append(("p", "Voor het praktijkonderwijs en het leerwegondersteunend onderwijs hanteren wij de "
                   "landelijke criteria; van de mogelijkheid om eigen lwoo-criteria vast te stellen maken "
                   "wij geen gebruik. De basisschool levert via het overstapdossier de gegevens over "
                   "intelligentie, leerachterstanden en sociaal-emotionele problematiek aan. De Commissie "
                   "Toewijzing beslist op aanvraag van de vo-school binnen vier weken en uiterlijk op 1 mei "
                   "voor leerlingen die in het nieuwe schooljaar instromen. Een aanwijzing lwoo geldt voor "
                   "de hele schoolloopbaan op het vmbo; een toelaatbaarheidsverklaring pro geldt voor de "
                   "duur van de opleiding."))
    b.append(("h2", "En daarna: hoe komt een leerling weer in het regulier voortgezet onderwijs?"))
    b.append(("p", "Wij willen dat een vso-plaatsing een tussenstap is wanneer dat kan. Het beleid van "
                   "Heuvelland is dat iedere vso-leerling met een diplomagericht uitstroomprofiel de kans "
                   "krijgt om terug te keren naar een reguliere vo-school. Voorwaarden zijn dat de leerling "
                   "het onderwijsprogramma van het beoogde niveau kan volgen, dat de ondersteuningsbehoefte "
                   "past binnen niveau 1 of 2 van de ontvangende school en dat de leerling en ouders de "
                   "overstap willen."))
    b.append(("p", "De vso-school bespreekt bij iedere evaluatie van het ontwikkelingsperspectief, ten "
                   "minste jaarlijks in januari, of terugkeer aan de orde is. In het laatste jaar van de TLV "
                   "is dit bespreken verplicht. Acht de vso-school terugkeer mogelijk, dan neemt zij het "
                   "initiatief tot een overstapoverleg met de beoogde vo-school en de consulent van het "
                   "samenwerkingsverband. De Commissie Toewijzing beslist uiterlijk 1 april of de leerling "
                   "met een overstaparrangement teruggaat of dat een nieuwe TLV nodig is. Het "
                   "overstaparrangement omvat een jaar lang begeleiding door een ambulant begeleider van het "
                   "vso en wordt door het samenwerkingsverband bekostigd."))
    # --- ouders: partial (informatie yes; steunpunt no)
    b.append(("h1", "Wat merken ouders ervan?"))
    b.append(("p", "Ouders zijn de eerste deskundigen als het om hun kind gaat. Wij vinden het "
                   "belangrijk dat zij weten welke ondersteuning er is en hoe zij die kunnen krijgen. "
                   "Daarom informeren wij ouders op de volgende manieren:"))
    b.append(("ul", ["op de ouderpagina van onze website, met per niveau een beschrijving van de "
                     "ondersteuning en de routes naar OPDC, vso, pro en lwoo;",
                     "met de folder 'Ondersteuning in het vo', die iedere leerling in groep 8 via de "
                     "basisschool ontvangt;",
                     "in een jaarlijkse informatieavond in oktober, samen met de vo-scholen, voor ouders "
                     "van leerlingen in groep 7 en 8;",
                     "via de schoolgids van iedere school, die de ondersteuning op niveau 1 en 2 beschrijft."]))
    b.append(("p", "Met vragen over de ondersteuning van hun kind kunnen ouders altijd terecht bij de mentor "
                   "of de ondersteuningscoördinator van de school. Het samenwerkingsverband richt daarnaast "
                   "conform de nieuwe wetgeving een ouder- en jeugdsteunpunt in. De vorm daarvan en de "
                   "samenwerking met de gemeenten worden in 2026 uitgewerkt."))
    # --- financien: partial (verdeling yes, besteding p.m.)
    b.append(("h1", "Hoe verdelen wij het geld?"))
    b.append(("p", "Het samenwerkingsverband ontvangt van het Rijk middelen voor lichte ondersteuning, "
                   "zware ondersteuning, lwoo en pro. De middelen voor lwoo en pro gaan volledig door naar "
                   "de besturen van de scholen met lwoo en pro, op basis van het aantal leerlingen met een "
                   "aanwijzing of toelaatbaarheidsverklaring op 1 oktober. Van de overige middelen gaat 60 "
                   "procent als ondersteuningsbudget naar de besturen, verdeeld naar rato van het aantal "
                   "leerlingen op 1 oktober, met een vaste voet van 25.000 euro per vestiging. De overige "
                   "40 procent houdt het samenwerkingsverband aan voor OPDC De Brug, de Schakelklas, de "
                   "overstaparrangementen en de afdrachten aan DUO voor het vso."))
    b.append(("p", "Het bestuur stelt deze verdeelsleutel jaarlijks in december vast voor het volgende "
                   "kalenderjaar, na advies van de Algemene Vergadering. De meerjarenbegroting 2025-2029 "
                   "volgt na vaststelling van de kaderbrief door het bestuur."))
    b.append(("table", ["Meerjarenbegroting (x 1.000 euro)", "2025", "2026", "2027", "2028"],
              [["Baten", "p.m.", "p.m.", "p.m.", "p.m."],
               ["Ondersteuningsbudget besturen", "p.m.", "p.m.", "p.m.", "p.m."],
               ["Bovenschoolse voorzieningen", "p.m.", "p.m.", "p.m.", "p.m."],
               ["Afdracht vso", "p.m.", "p.m.", "p.m.", "p.m."]]))
    b.append(("p", "Waaraan de besturen het ondersteuningsbudget besteden, leggen zij vast in hun eigen "
                   "bestuursplannen."))
    # --- resultaten: missing (deferral only)
    b.append(("h1", "Hoe weten wij of het werkt?"))
    b.append(("p", "Een goed ondersteuningsplan laat zien wat het oplevert. Wij willen daarom toe naar een "
                   "kwaliteitskader met heldere doelen en indicatoren. In de loop van 2026 stellen wij "
                   "dit kader samen met de besturen en de ondersteuningsplanraad vast; daarna wordt het als "
                   "wijziging aan dit plan toegevoegd."))
    b.append(("h1", "Hoe is het samenwerkingsverband georganiseerd?"))
    b += governance(N, S, model="toezichthoudend bestuur")
    b.append(("h2", "Wie praat er mee?"))
    b.append(("p", "De ondersteuningsplanraad bestaat uit twaalf leden: zes personeelsleden en zes ouders "
                   "of leerlingen, afgevaardigd uit de medezeggenschapsraden van de scholen. De OPR heeft "
                   "instemmingsrecht op dit plan. Twee keer per jaar organiseert de OPR een "
                   "achterbanbijeenkomst waarin ouders, leerlingen en personeel signalen kunnen inbrengen."))
    b.append(("h2", "Hoe werken wij samen met gemeenten?"))
    b.append(("p", "Met de vier gemeenten is een gezamenlijke agenda opgesteld. Daarin staan afspraken over "
                   "jeugdhulp op school, over de aanpak van verzuim en over de overgang van vo naar mbo en "
                   "arbeid. In iedere vestiging is een schoolmaatschappelijk werker beschikbaar, betaald "
                   "door de gemeente. Voor jongeren in het vso en pro is er een gezamenlijke "
                   "arbeidstoeleiding met het werkbedrijf."))
    b.append(("h1", "Wie werken er bij het samenwerkingsverband?"))
    b += personeel(S, "14")
    b.append(("h1", "Hoe gaan wij om met gegevens?"))
    b += ict_privacy(S)
    b.append(("h1", "Hoe is dit plan tot stand gekomen?"))
    b += procedure_vaststelling(N, S, C, {"av": "28 november 2024", "oogo": "20 februari 2025",
                                          "overleg": "27 februari 2025", "opr": "25 maart 2025",
                                          "vast": "8 april 2025"})
    b.append(planning_table([["2025-2026", "Uitwerking ouder- en jeugdsteunpunt", "Bestuur en gemeenten"],
                             ["2026", "Kwaliteitskader met doelen en indicatoren", "Bestuur, OPR"],
                             ["Dec. 2025", "Kaderbrief en meerjarenbegroting", "Bestuur"],
                             ["2027", "Tussentijdse evaluatie plan", "Directeur"]]))
    b.append(("h1", "Wat speelt er verder?"))
    b += extra_filler(S, "vo", "ABCDFG")
    b.append(("h1", "Bijlagen"))
    b.append(("p", "Bijlage 1 Lijst van aangesloten scholen; Bijlage 2 Instemmingsbrief OPR; Bijlage 3 Kader "
                   "Basisondersteuning VO Heuvelland; Bijlage 4 Verslag OOGO; Bijlage 5 Begrippenlijst. "
                   "De bijlagen worden separaat gepubliceerd."))
    b.append(("h2", "Begrippenlijst"))
    b += begrippen([
        ("Basisondersteuning", "het afgesproken niveau van ondersteuning dat alle scholen bieden."),
        ("Beoogde resultaten", "de resultaten die het samenwerkingsverband met de ondersteuning wil bereiken."),
        ("Lwoo", "leerwegondersteunend onderwijs."),
        ("Meerjarenbegroting", "de begroting van het samenwerkingsverband voor vier jaar."),
        ("OJSP", "ouder- en jeugdsteunpunt: onafhankelijk punt voor advies aan ouders en jongeren."),
        ("Onderwijsconsulenten", "landelijke organisatie die ouders onafhankelijk adviseert."),
        ("Terugplaatsing", "terugkeer van een leerling van het vso naar het regulier vo."),
        ("TLV", "toelaatbaarheidsverklaring.")])
    return N, b


# --------------------------------------------------------------------------------------
# Plan 3: PO, thematic chapters (pdf only)
# --------------------------------------------------------------------------------------

def plan_po_lingebetuwe():
    N = "Stichting Samenwerkingsverband Passend Onderwijs Lingebetuwe"
    S = "Lingebetuwe"
    C = "PO 25-09"
    b = []
    b.append(("title", ["Koers 2025-2029", "Ondersteuningsplan", N, f"Samenwerkingsverband {C}",
                        "Financiën, terugplaatsing en resultaten: zie de jaarlijkse kaderbrief"]))
    b.append(("toc",))
    b.append(("h1", "Vooraf"))
    b.append(("p", f"Met Koers 2025-2029 zet {S} de volgende stap in passend onderwijs. Wij hebben dit "
                   f"plan geordend in vijf thema's, die samen laten zien waar wij voor staan. Per thema "
                   f"beschrijven wij wat er is, wat wij willen bereiken en wie waarvoor aan de lat staat. "
                   f"Bedrijfsvoering en organisatie staan achterin."))
    b.append(("p", "Het plan is het resultaat van een jaar lang gesprekken: met leraren in "
                   "werkateliers, met intern begeleiders in de netwerken, met ouders in twee "
                   "klankbordavonden, met de gemeenten en met de ondersteuningsplanraad. Wij zijn "
                   "iedereen dankbaar die zijn of haar stem heeft laten horen."))
    b.append(("h2", "Hoe dit plan tot stand kwam"))
    b.append(("p", "Tussen februari en oktober 2024 organiseerden wij zes werkateliers, verspreid over de "
                   "regio. Aan elk atelier namen twintig tot dertig leraren, intern begeleiders en "
                   "schoolleiders deel. Wij stelden steeds drie vragen: wat gaat goed, wat moet anders, en "
                   "wat heb je van het samenwerkingsverband nodig? De antwoorden zijn gebundeld in een "
                   "opbrengstverslag dat met alle deelnemers is gedeeld."))
    b.append(("p", "Opvallend was hoe vaak deelnemers vroegen om minder papier, om meer tijd voor overleg "
                   "met collega's en om een vast gezicht van het samenwerkingsverband op school. Ook kwam "
                   "naar voren dat kleine scholen behoefte hebben aan samenwerking met buurscholen, "
                   "bijvoorbeeld bij het delen van een gedragsspecialist. Die signalen hebben de keuzes in "
                   "dit plan mede bepaald. In de ondersteuningsplanraad is het concept twee keer uitvoerig "
                   "besproken."))
    b.append(("h1", "Onze regio in het kort"))
    b.append(("p", f"{S} bestaat uit vier gemeenten in het rivierengebied: Lingedal, Betuwehoven, "
                   f"Waalkant en Culemstein. In het werkgebied staan 48 basisscholen van zeven besturen, "
                   f"één school voor speciaal basisonderwijs met twee locaties en één so-school voor "
                   f"cluster 4. Leerlingen met een ondersteuningsbehoefte in cluster 3 gaan naar so-scholen "
                   f"buiten de regio. Op 1 oktober 2024 telden de aangesloten scholen 10.240 leerlingen."))
    b.append(("p", "De regio kent grote verschillen tussen de dorpen langs de rivier en de kern "
                   "Betuwehoven. Scholen in de kleine kernen hebben soms minder dan vijftig leerlingen, "
                   "wat vraagt om samenwerking tussen scholen bij het organiseren van ondersteuning. "
                   "De instroom van nieuwkomers is de afgelopen twee jaar gestegen."))
    b.append(("h1", "Onze koers"))
    b.append(("p", "Wij geloven in onderwijs dat uitgaat van wat kinderen wel kunnen. Ons motto is: "
                   "'Een sterke basis, een passend aanbod dichtbij, en samen met ouders.' Deze woorden "
                   "keren terug in de vijf thema's van dit plan."))
    b.append(("p", "Passend onderwijs is geen project van het samenwerkingsverband maar een opdracht van "
                   "alle scholen samen. Het samenwerkingsverband faciliteert, verbindt en bewaakt. De "
                   "besturen dragen de zorgplicht en zijn eigenaar van de ondersteuning op hun scholen."))
    # --- thema 1: basisondersteuning present (content in table)
    b.append(("h1", "Thema 1. Een sterke basis"))
    b.append(("p", f"In {S} spreken wij van basisondersteuning als het gezamenlijk afgesproken minimum "
                   f"dat op elke locatie van elke aangesloten school aanwezig is. Alle besturen hebben zich "
                   f"aan dit minimum verbonden. De onderstaande tabel is het afsprakenkader: wat hierin "
                   f"staat, mag een kind op iedere school van ons samenwerkingsverband verwachten."))
    b.append(("table", ["Domein", "Wat elke school ten minste biedt"],
              [["Leren", "Signalering en begeleiding bij dyslexie en dyscalculie volgens protocol; "
                "extra instructie in kleine groep; leesbegeleiding tot en met groep 8"],
               ["Meer- en hoogbegaafdheid", "Compacten en verrijken in de eigen groep; "
                "aanbod filosofie/onderzoekend leren"],
               ["Gedrag en welbevinden", "Methode sociaal-emotioneel leren; pestprotocol; "
                "afspraken over een rustplek in de school; gedragsplan bij herhaald probleemgedrag"],
               ["Taal", "NT2-aanbod in de groep; samenwerking met de taalklas in Betuwehoven"],
               ["Medisch en fysiek", "Protocol medisch handelen; aanpassingen bij motorische beperking "
                "voor zover het gebouw dat toelaat"],
               ["Structuur", "Intern begeleider; ondersteuningsteam vier keer per jaar; "
                "handelingsgericht werken met groepsplannen; OPP bij eigen leerlijn"],
               ["Samenwerking", "Vaste contactpersoon jeugdteam; consultatie orthopedagoog "
                "samenwerkingsverband"]]))
    b.append(("p", "Iedere school beschrijft in de schoolgids hoe zij dit kader invult en welke "
                   "ondersteuning zij daarboven biedt."))
    # --- thema 2: dekkend aanbod present
    b.append(("h1", "Thema 2. Een passend aanbod dichtbij"))
    b.append(("h2", "2.1 Van basis naar speciaal"))
    b.append(("p", "Boven op de basisondersteuning kent Lingebetuwe een samenhangend aanbod. Scholen "
                   "kunnen voor een leerling of een groep een arrangement aanvragen bij het team "
                   "Arrangeren van het samenwerkingsverband. Er zijn drie soorten arrangementen: "
                   "individuele arrangementen (extra begeleiding in de klas, ambulante begeleiding vanuit "
                   "het so), groepsarrangementen (bijvoorbeeld een rekengroep voor leerlingen van meerdere "
                   "scholen) en bovenschoolse plaatsen. Bovenschools zijn er een plusklas voor "
                   "hoogbegaafde leerlingen (één dag per week), de taalklas in Betuwehoven en een "
                   "tijdelijke observatieplaats op de sbo-school. Voor leerlingen die meer nodig hebben, "
                   "zijn er het sbo en het so."))
    b.append(("h2", "2.2 Witte vlekken en thuiszitters"))
    b.append(("p", "Elk voorjaar voert het samenwerkingsverband een analyse uit van de aanvragen, de "
                   "wachtlijsten en de meldingen van leerplicht. In 2024 kwamen daaruit drie witte vlekken "
                   "naar voren. Wij hebben daar de volgende acties aan verbonden:"))
    b.append(("table", ["Witte vlek", "Actie", "Gereed"],
              [["Geen aanbod cluster 3 in de regio; lange reistijden", "Dependance zml-onderwijs "
                "op de so-locatie in Betuwehoven, in samenwerking met so-bestuur", "augustus 2026"],
               ["Wachtlijst observatieplaats sbo (gemiddeld 9 weken)", "Uitbreiding van 6 naar 10 plaatsen",
                "januari 2026"],
               ["Jonge kinderen (4-5 jaar) met ernstig gedrag", "Kleutergroep in samenwerking met "
                "kinderdagcentrum (onderwijs-zorgarrangement)", "augustus 2025"]]))
    b.append(("p", "Iedere leerling die langer dan vier weken niet naar school gaat, wordt door de school "
                   "gemeld bij de thuiszittersregisseur van het samenwerkingsverband. De regisseur roept "
                   "binnen vijf werkdagen een overleg bijeen met school, ouders, leerplicht en jeugdteam en "
                   "maakt een terugkeerplan. Elke maand bespreekt de regisseur de lopende casussen met de "
                   "leerplichtambtenaren."))
    # --- thema 3: plaatsing partial (criteria missing); terugstroom missing
    b.append(("h1", "Thema 3. De route naar speciaal (basis)onderwijs"))
    b.append(("h2", "3.1 Aanvraag"))
    b.append(("p", "Wanneer een school handelingsverlegen is, kan het bestuur een "
                   "toelaatbaarheidsverklaring aanvragen voor het sbo of het so. Dat gaat in vier stappen:"))
    b.append(("ol", ["Het ondersteuningsteam van de school bespreekt de leerling met ouders en de "
                     "orthopedagoog van het samenwerkingsverband en stelt vast dat een aanvraag nodig is.",
                     "De intern begeleider vult het groeidocument aan en dient namens het bestuur de "
                     "aanvraag in bij de Commissie Arrangeren en Toelaatbaarheid (CAT).",
                     "De CAT bespreekt de aanvraag in haar wekelijkse vergadering en vraagt zo nodig "
                     "aanvullende informatie.",
                     "De CAT neemt namens het bestuur een besluit binnen vijf weken na ontvangst van de "
                     "volledige aanvraag. Ouders en school ontvangen het besluit schriftelijk, met een "
                     "afschrift van de adviezen."]))
    b.append(("h2", "3.2 Afweging"))
    b.append(("p", "Wij werken niet met vaste toelatingscriteria. De CAT weegt iedere aanvraag afzonderlijk, "
                   "op basis van het groeidocument en het gesprek met ouders en school. Een set "
                   "afwegingspunten die deze weging inzichtelijk maakt, ontwikkelen wij in 2026 samen met "
                   "de sbo- en so-scholen."))
    b.append(("p", "Bij iedere aanvraag adviseren twee deskundigen: een orthopedagoog of psycholoog van "
                   "het samenwerkingsverband en een tweede deskundige die past bij de vraag van het kind, "
                   "zoals een jeugdarts of een maatschappelijk werker. Een TLV voor het sbo of so geldt tot "
                   "en met 31 juli van het tweede schooljaar na afgifte."))
    b.append(("h2", "3.3 Bezwaar"))
    b.append(("p", "Ouders die het niet eens zijn met het besluit, kunnen binnen zes weken bezwaar maken "
                   "bij het bestuur van het samenwerkingsverband. Het bestuur vraagt advies aan de "
                   "Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen en beslist binnen zes "
                   "weken na ontvangst van dat advies."))
    b.append(("h2", "3.4 Terugplaatsing"))
    b.append(("p", "In het eerste jaar van de planperiode stellen wij een terugplaatsingsbeleid op. "
                   "Tot die tijd volgen wij de werkwijze die de sbo- en so-scholen zelf hanteren."))
    # --- thema 4: ouders present
    b.append(("h1", "Thema 4. Samen met ouders"))
    b.append(("p", "Ouders kennen hun kind het best. Zij zijn gesprekspartner in het ondersteuningsteam "
                   "en worden betrokken bij het opstellen en evalueren van het ontwikkelingsperspectief."))
    b.append(("h2", "4.1 Informatie"))
    b.append(("p", "Ouders vinden informatie over de basisondersteuning, de arrangementen en de route naar "
                   "het speciaal (basis)onderwijs op de ouderpagina van www.lingebetuwe-po.nl. Iedere "
                   "school neemt in de schoolgids een paragraaf op over passend onderwijs, met een "
                   "verwijzing naar die pagina. Twee keer per jaar organiseert het samenwerkingsverband een "
                   "informatiebijeenkomst voor ouders, op wisselende locaties in de regio. De ouderfolder "
                   "'Passend onderwijs in Lingebetuwe' is beschikbaar in het Nederlands, Engels, Pools en "
                   "Arabisch."))
    b.append(("h2", "4.2 Onafhankelijke hulp"))
    b.append(("p", "Soms lopen gesprekken tussen ouders en school vast. Ouders kunnen dan terecht bij het "
                   "Ouder- en Jeugdsteunpunt Rivierenland, dat los staat van scholen en samenwerkingsverband "
                   "en gratis meedenkt, informeert en bemiddelt. Daarnaast kunnen ouders een beroep doen op "
                   "de Onderwijsconsulenten. Voor geschillen over toelating, verwijdering of het "
                   "ontwikkelingsperspectief kunnen ouders zich wenden tot de Geschillencommissie passend "
                   "onderwijs."))
    # --- thema 5: resultaten partial (doelen yes, monitoring deferred)
    b.append(("h1", "Thema 5. Kwaliteit en ontwikkeling"))
    b.append(("p", "Voor de planperiode hebben wij vijf ambities geformuleerd voor leerlingen die extra "
                   "ondersteuning nodig hebben:"))
    b.append(("ol", ["In 2029 gaat geen enkele leerling langer dan drie maanden niet naar school.",
                     "Het deelnamepercentage so daalt van 1,6% naar 1,4%.",
                     "90% van de leerlingen met een arrangement blijft na afloop op de eigen school.",
                     "Leerlingen in het sbo stromen uit naar het vo op het niveau van hun "
                     "ontwikkelingsperspectief of hoger (streefwaarde 85%).",
                     "Iedere school voldoet in 2027 aan het afsprakenkader basisondersteuning."]))
    b.append(("p", "Hoe wij de voortgang op deze ambities gaan volgen, met welke bronnen en in welke "
                   "cyclus, werken wij uit in het kwaliteitskader dat in 2026 verschijnt."))
    # --- bedrijfsvoering: financien missing (deferral + absent annex)
    b.append(("h1", "Bedrijfsvoering"))
    b.append(("h2", "Financiën"))
    b.append(("p", "Voor de verdeling van de ondersteuningsmiddelen over de besturen en voor de "
                   "meerjarenbegroting verwijzen wij naar de Financiële kaderbrief 2025-2029 (bijlage 6)."))
    b.append(("h2", "Organisatie en bestuur"))
    b += governance(N, S)
    b.append(("h2", "Medezeggenschap"))
    b.append(("p", "De ondersteuningsplanraad telt tien leden, vijf ouders en vijf personeelsleden, "
                   "gekozen uit en door de medezeggenschapsraden van de scholen. De raad heeft "
                   "instemmingsrecht op het ondersteuningsplan."))
    b.append(("h2", "Samenwerking met gemeenten"))
    b.append(("p", "Met de vier gemeenten zijn afspraken gemaakt over jeugdhulp in en om de school. Elke "
                   "school heeft een vaste contactpersoon van het jeugdteam. Voor kinderen die naast "
                   "onderwijs intensieve zorg nodig hebben, zetten wij samen met de gemeente "
                   "onderwijs-zorgarrangementen in. Ook leerlingenvervoer en huisvesting van de "
                   "bovenschoolse voorzieningen komen in het OOGO aan de orde."))
    b.append(("h2", "Personeel"))
    b += personeel(S, "9,8")
    b.append(("h2", "Privacy"))
    b += ict_privacy(S)
    b.append(("h2", "Totstandkoming"))
    b += procedure_vaststelling(N, S, C, {"av": "3 december 2024", "oogo": "13 februari 2025",
                                          "overleg": "6 maart 2025", "opr": "18 maart 2025",
                                          "vast": "1 april 2025"})
    b.append(("h1", "Omgeving en organisatie"))
    b += extra_filler(S, "po", "ABCDFG")
    b.append(("h1", "Bijlagen"))
    b.append(("p", "Bijlage 1 Aangesloten scholen. Bijlage 2 Verslag OOGO. Bijlage 3 Instemming OPR. "
                   "Bijlage 4 Begrippen. Bijlage 5 Jaarplan 2025. Bijlage 6 Financiële kaderbrief "
                   "2025-2029 (wordt nagezonden)."))
    b.append(("h2", "Bijlage 4 Begrippen"))
    b += begrippen([
        ("Bekostiging", "de middelen die het samenwerkingsverband van het Rijk ontvangt."),
        ("Meerjarenbegroting", "overzicht van verwachte baten en lasten over vier jaar."),
        ("Terugplaatsing", "de overstap van een leerling van het sbo of so naar de basisschool."),
        ("Verdeelmodel", "de afspraken over de verdeling van de ondersteuningsmiddelen over de besturen."),
        ("Kwaliteitskader", "het geheel van afspraken over het volgen van resultaten."),
        ("Witte vlek", "een groep leerlingen voor wie geen passend aanbod beschikbaar is.")])
    return N, b


# --------------------------------------------------------------------------------------
# Plan 4: VO, web version (html)
# --------------------------------------------------------------------------------------

def plan_vo_kempenrand():
    N = "Samenwerkingsverband Voortgezet Onderwijs Kempenrand"
    S = "Kempenrand"
    C = "VO 30-02"
    b = []
    b.append(("title", [f"Ondersteuningsplan 2025-2029 | {N}",
                        f"Webversie van het ondersteuningsplan van samenwerkingsverband {C}. "
                        "Een pdf-versie en de bijlagen kunt u downloaden onderaan deze pagina."]))
    b.append(("toc",))
    b.append(("h1", "1. Inleiding"))
    b.append(("p", f"Welkom bij de webversie van het ondersteuningsplan 2025-2029 van {N}. Dit plan is "
                   f"bedoeld voor schoolleiders, ondersteuningscoördinatoren, mentoren, ketenpartners en "
                   f"andere belangstellenden. Het beschrijft de afspraken die de elf aangesloten "
                   f"schoolbesturen met elkaar hebben gemaakt over de ondersteuning van jongeren in het "
                   f"voortgezet onderwijs in de Kempenrand."))
    b.append(("p", "Het vorige plan liep van 2021 tot 2025. In dat plan lag het accent op het opbouwen "
                   "van de bovenschoolse voorzieningen en op het terugdringen van het aantal thuiszitters. "
                   "In dit plan verschuift het accent naar de verbinding met jeugdhulp en naar de "
                   "overgang van vso en pro naar werk en vervolgonderwijs. In hoofdstuk 7 blikken wij "
                   "terug op de resultaten van de vorige periode."))
    b.append(("h1", "2. Onze regio"))
    b.append(("p", f"Het werkgebied van {S} omvat zes gemeenten met samen ongeveer 190.000 inwoners. "
                   f"In het gebied liggen 23 vestigingen voor voortgezet onderwijs, waaronder drie scholen "
                   f"voor praktijkonderwijs en drie vso-locaties. Op 1 oktober 2024 telde het "
                   f"samenwerkingsverband 15.310 leerlingen in het regulier voortgezet onderwijs, 1.020 "
                   f"leerlingen in het praktijkonderwijs en 790 leerlingen in het vso."))
    b.append(("table", ["Kengetal 1 oktober", "2021", "2022", "2023", "2024"],
              [["Leerlingen vo (regulier)", "15.780", "15.640", "15.470", "15.310"],
               ["Leerlingen pro", "1.060", "1.050", "1.030", "1.020"],
               ["Leerlingen vso", "845", "830", "810", "790"],
               ["Deelnamepercentage vso", "4,9%", "4,8%", "4,7%", "4,6%"]]))
    b.append(("h1", "3. Missie, visie en ambities"))
    b.append(("p", "Onze missie: elke jongere in de Kempenrand volgt onderwijs dat past, stroomt uit naar "
                   "een vervolg dat past en krijgt onderweg de ondersteuning die nodig is. Wij werken "
                   "vanuit de overtuiging dat de school de plek is waar jongeren zich ontwikkelen, en dat "
                   "zorg en ondersteuning zo veel mogelijk naar de school toe moeten komen."))
    b.append(("p", "Onze ambities zijn samengevat in drie woorden: thuisnabij, toekomstgericht en "
                   "transparant. Thuisnabij betekent dat jongeren niet onnodig ver hoeven te reizen voor "
                   "passend onderwijs. Toekomstgericht betekent dat wij steeds kijken naar het vervolg "
                   "na school. Transparant betekent dat iedereen kan zien waar het geld naartoe gaat en "
                   "wat het oplevert."))
    # --- basisondersteuning: missing (deferral only)
    b.append(("h1", "4. Basisondersteuning"))
    b.append(("p", "Het niveau en de inhoud van de basisondersteuning worden in het schooljaar 2026-2027 "
                   "opnieuw vastgesteld, in lijn met de landelijke norm basisondersteuning die het "
                   "ministerie voorbereidt. Tot die tijd verwijzen wij naar de schoolondersteuningsprofielen "
                   "die de scholen op hun eigen websites publiceren."))
    # --- dekkend aanbod: present
    b.append(("h1", "5. Het ondersteuningsaanbod in de Kempenrand"))
    b.append(("h2", "5.1 Van school tot vso"))
    b.append(("p", "Het ondersteuningsaanbod in de Kempenrand is opgebouwd als een keten van "
                   "voorzieningen die op elkaar aansluiten. In de school zelf is er de ondersteuning zoals "
                   "die in het schoolondersteuningsprofiel van de school is beschreven, aangevuld met "
                   "arrangementen die de school uit het eigen ondersteuningsbudget bekostigt, zoals een "
                   "trainingsgroep of een coach. Daarboven zijn er drie bovenschoolse voorzieningen: "
                   "het OPDC Kempenrand (tijdelijke plaatsing tot maximaal twee jaar, 60 plaatsen), de "
                   "Time-outvoorziening Het Anker (maximaal twaalf weken, 14 plaatsen) en het "
                   "Kempenrand College voor Nieuwkomers (ISK). Voor jongeren die langdurig specialistisch "
                   "onderwijs nodig hebben, zijn er de drie vso-locaties en het praktijkonderwijs."))
    b.append(("p", "Voor jongeren die naast onderwijs jeugdhulp nodig hebben, is er op iedere vso-locatie "
                   "en op het OPDC een onderwijs-zorgarrangement, gefinancierd door gemeenten en "
                   "samenwerkingsverband samen. Het Jeugdteam Kempenrand heeft op elke vestiging een vast "
                   "spreekuur."))
    b.append(("h2", "5.2 Passende plek voor iedere jongere"))
    b.append(("p", "Het samenwerkingsverband houdt een actueel overzicht bij van jongeren zonder passende "
                   "plek: thuiszitters, jongeren met een vrijstelling en jongeren op een wachtlijst. De "
                   "Monitor Passende Plek wordt maandelijks bijgewerkt met gegevens van leerplicht en de "
                   "scholen. Voor iedere jongere in de monitor is een trajectbegeleider van het "
                   "samenwerkingsverband aangewezen, die binnen tien werkdagen met school, ouders en "
                   "jeugdhulp een plan opstelt."))
    b.append(("p", "Twee keer per jaar analyseert het bestuur de monitor. Waar het aanbod structureel "
                   "tekortschiet, worden in het jaarplan maatregelen opgenomen. Zo leidde de analyse van "
                   "2024 tot de uitbreiding van Het Anker met vier plaatsen en tot afspraken met het "
                   "samenwerkingsverband Dommelvallei over plaatsen in hun vso-voorziening voor jongeren "
                   "met een autismespectrumstoornis."))
    # --- plaatsing: partial (criteria yes, procedure only via website)
    b.append(("h1", "6. Toelaatbaarheid tot vso, pro en lwoo"))
    b.append(("p", "De aanvraagprocedure, de termijnen en de formulieren voor een toelaatbaarheidsverklaring "
                   "vso, een toelaatbaarheidsverklaring pro of een aanwijzing lwoo vindt u in de Routewijzer "
                   "TLV op www.kempenrand-vo.nl/routewijzer."))
    b.append(("h2", "6.1 Wanneer is een leerling toelaatbaar?"))
    b.append(("table", ["Voorziening", "Criteria"],
              [["Vso cluster 4", "De leerling heeft ernstige gedrags- of psychiatrische problematiek die "
                "blijkt uit diagnostiek; de reguliere school heeft ten minste zes maanden een "
                "arrangement ingezet en geëvalueerd; de leerling is aangewezen op een groep van maximaal "
                "twaalf leerlingen met een gedragsspecialistische aanpak gedurende de hele schooldag."],
               ["Vso cluster 3", "De leerling heeft een verstandelijke beperking (IQ onder 55 of tot 70 "
                "met ernstige beperkingen in de zelfredzaamheid), een lichamelijke beperking of een "
                "langdurige ziekte waardoor onderwijs en zorg in samenhang nodig zijn."],
               ["Praktijkonderwijs", "Landelijke criteria: IQ 55-80 en leerachterstanden van drie jaar "
                "of meer op ten minste twee van de domeinen inzichtelijk rekenen, begrijpend lezen, "
                "technisch lezen en spellen, waarvan één inzichtelijk rekenen of begrijpend lezen."],
               ["Lwoo", "Landelijke criteria: IQ 75-90 met leerachterstanden van anderhalf tot drie jaar "
                "op ten minste twee domeinen, of IQ 91-120 met leerachterstanden en "
                "sociaal-emotionele problematiek."]]))
    b.append(("p", "Bij ieder besluit over een TLV vso worden twee deskundigen geraadpleegd: een "
                   "orthopedagoog of psycholoog, en een tweede deskundige die past bij de vraag van de "
                   "jongere. Ieder brengt een eigen schriftelijk advies uit."))
    b.append(("p", "Tegen een besluit over toelaatbaarheid kunnen ouders binnen zes weken bezwaar maken "
                   "bij het bestuur van het samenwerkingsverband. Het bestuur vraagt advies aan de "
                   "Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen."))
    # --- terugstroom: partial (procedure yes, beleid deferred)
    b.append(("h2", "6.2 Afloop van de TLV"))
    b.append(("p", "Iedere TLV vso loopt af op 31 juli van het laatste schooljaar waarvoor hij is "
                   "afgegeven. In dat laatste schooljaar gebeurt het volgende:"))
    b.append(("ol", ["Uiterlijk 1 december bespreekt de vso-school in de evaluatie van het "
                     "ontwikkelingsperspectiefplan of de jongere kan overstappen naar een reguliere "
                     "vo-school.",
                     "Acht de vso-school dat mogelijk, dan meldt zij de jongere vóór 1 februari aan bij "
                     "de trajectbegeleider van het samenwerkingsverband, die een overstapgesprek "
                     "organiseert met de beoogde vo-school.",
                     "Acht de vso-school verlenging nodig, dan start zij vóór 1 maart een aanvraag voor "
                     "een nieuwe TLV volgens de Routewijzer.",
                     "Uiterlijk 1 mei staat vast of de jongere overstapt; over de overstap beslissen de "
                     "trajectbegeleider en de directeur van de ontvangende vo-school samen."]))
    b.append(("p", "Onder welke voorwaarden een overstap naar het regulier vo verantwoord is en welke "
                   "ondersteuning de ontvangende school daarbij krijgt, leggen wij vast in het "
                   "beleidskader terugplaatsing dat in het voorjaar van 2026 verschijnt."))
    # --- resultaten: present
    b.append(("h1", "7. Resultaten: terugblik en vooruitblik"))
    b.append(("h2", "7.1 Wat hebben wij bereikt?"))
    b.append(("table", ["Doel 2021-2025", "Streefwaarde", "Bereikt 2024"],
              [["Aantal thuiszitters langer dan 3 maanden", "minder dan 15", "19"],
               ["Deelnamepercentage vso", "4,5%", "4,6%"],
               ["Jongeren OPDC die binnen 2 jaar terugkeren naar regulier vo", "70%", "74%"],
               ["Gemiddelde doorlooptijd aanvraag TLV", "6 weken", "5 weken"]]))
    b.append(("p", "Het doel voor het aantal thuiszitters is niet gehaald. De belangrijkste oorzaak is het "
                   "gebrek aan plaatsen voor jongeren met complexe psychiatrische problematiek. Dit "
                   "heeft geleid tot de afspraken met Dommelvallei (paragraaf 5.2)."))
    b.append(("h2", "7.2 Wat willen wij bereiken?"))
    b.append(("table", ["Beoogd resultaat 2029", "Indicator", "Streefwaarde"],
              [["Geen jongere langer dan 3 maanden zonder onderwijs", "aantal in Monitor Passende Plek",
                "0 op 1 oktober 2028"],
               ["Meer jongeren in vso en pro met passend vervolg", "uitstroom naar werk, mbo of "
                "dagbesteding volgens uitstroomprofiel", "90%"],
               ["Jongeren OPDC terug in regulier vo", "percentage binnen 2 jaar", "80%"],
               ["Tevredenheid scholen over Commissie Toewijzing", "rapportcijfer peiling", "7,5"]]))
    b.append(("h2", "7.3 Hoe volgen wij dit?"))
    b.append(("p", "De resultaten worden gevolgd in een dashboard dat het bureau elk kwartaal bijwerkt "
                   "met gegevens van DUO, leerplicht en de eigen registratie. In het jaarverslag "
                   "rapporteren wij per beoogd resultaat de stand van zaken en de ingezette middelen. De "
                   "peiling onder scholen vindt eens per twee jaar plaats."))
    # --- financien: present
    b.append(("h1", "8. Waar gaat het geld naartoe?"))
    b.append(("p", "Het samenwerkingsverband ontvangt jaarlijks ongeveer 23,4 miljoen euro aan "
                   "ondersteuningsmiddelen, inclusief de middelen voor lwoo en pro. Na de verplichte "
                   "afdracht aan DUO voor het vso verdelen wij het budget volgens het verdeelmodel "
                   "Kempenrand:"))
    b.append(("ul", ["de middelen lwoo en pro worden volledig doorgegeven aan de scholen met lwoo en pro, "
                     "naar rato van het aantal leerlingen met een aanwijzing of TLV op 1 oktober;",
                     "70 procent van de overige middelen gaat als ondersteuningsbudget naar de besturen: "
                     "185 euro per leerling op 1 oktober plus een vaste voet van 20.000 euro per "
                     "vestiging;",
                     "30 procent van de overige middelen is bestemd voor OPDC, Het Anker, de "
                     "onderwijs-zorgarrangementen, de trajectbegeleiders en het bureau."]))
    b.append(("p", "Het bestuur stelt het verdeelmodel vast na advies van de Algemene Vergadering en na "
                   "instemming van de ondersteuningsplanraad. Besturen leggen in hun jaarverslag "
                   "verantwoording af over de besteding van het ondersteuningsbudget met een vast "
                   "verantwoordingsformat."))
    b.append(("table", ["Meerjarenbegroting (x 1 mln euro)", "2025", "2026", "2027", "2028"],
              [["Baten totaal", "23,4", "23,1", "22,8", "22,5"],
               ["Afdracht vso DUO", "8,9", "8,7", "8,5", "8,3"],
               ["Lwoo en pro doorbetaald", "6,1", "6,0", "5,9", "5,8"],
               ["Ondersteuningsbudget besturen", "5,9", "5,9", "5,8", "5,8"],
               ["Bovenschoolse voorzieningen en bureau", "2,5", "2,5", "2,5", "2,5"],
               ["Resultaat", "0,0", "0,0", "0,1", "0,1"]]))
    b.append(("p", "Het weerstandsvermogen bedroeg eind 2024 9 procent van de baten. De "
                   "bovenmatige reserve uit de vorige periode is in 2023 volledig ingezet."))
    b.append(("h1", "9. Organisatie"))
    b += governance(N, S)
    b += personeel(S, "18,5")
    b.append(("h1", "10. Communicatie"))
    b.append(("p", "Het samenwerkingsverband communiceert vooral met de scholen: de "
                   "ondersteuningscoördinatoren zijn ons eerste aanspreekpunt. Voor scholen verschijnt zes "
                   "keer per jaar een digitale nieuwsbrief. Een ouderbrochure en een vernieuwde "
                   "ouderpagina op de website zijn in voorbereiding en verschijnen in het voorjaar van "
                   "2026."))
    b.append(("p", "Loopt het contact tussen ouders en school vast, of zijn ouders het oneens met een "
                   "besluit over de ondersteuning van hun kind, dan kunnen zij terecht bij het "
                   "Ouder- en Jeugdsteunpunt Kempenrand. Het steunpunt is onafhankelijk van scholen en "
                   "samenwerkingsverband, luistert, denkt mee en bemiddelt; het is bereikbaar via "
                   "telefoon, mail en een inloopspreekuur in de bibliotheek. Ouders kunnen ook kosteloos "
                   "advies vragen aan de Onderwijsconsulenten. Jongeren kunnen bij het steunpunt terecht "
                   "zonder tussenkomst van hun ouders."))
    b.append(("h1", "11. Medezeggenschap en OOGO"))
    b.append(("p", "De ondersteuningsplanraad bestaat uit acht leden: vier personeelsleden en vier ouders "
                   "of leerlingen. De OPR heeft ingestemd met dit plan. Met de zes gemeenten is op 6 maart "
                   "2025 het OOGO gevoerd; daarin zijn afspraken gemaakt over de onderwijs-zorgarrangementen "
                   "en over leerlingenvervoer naar het OPDC."))
    b.append(("h1", "12. Privacy en informatiebeveiliging"))
    b += ict_privacy(S)
    b.append(("h1", "13. Planning"))
    b.append(planning_table([["voorjaar 2026", "Beleidskader terugplaatsing", "Bestuur"],
                             ["voorjaar 2026", "Ouderbrochure en ouderpagina", "Bureau"],
                             ["2026-2027", "Herijking basisondersteuning", "Besturen"],
                             ["jaarlijks juni", "Jaarverslag en dashboard", "Directeur"]]))
    b.append(("h1", "14. Ontwikkelingen en samenwerking"))
    b += extra_filler(S, "vo", "ABCDFG")
    b.append(("h1", "Begrippen en afkortingen"))
    b += begrippen([
        ("Basisondersteuning", "het door het samenwerkingsverband afgesproken niveau van ondersteuning "
         "dat iedere vo-school biedt, bijvoorbeeld mentoraat, dyslexiebegeleiding en faalangsttraining."),
        ("Informatievoorziening ouders", "de manier waarop ouders worden geïnformeerd over ondersteuning."),
        ("OPDC", "orthopedagogisch-didactisch centrum."),
        ("Terugplaatsing", "overstap van vso naar regulier vo na afloop van de TLV."),
        ("TLV", "toelaatbaarheidsverklaring.")])
    return N, b


# --------------------------------------------------------------------------------------
# Plan 5: PO, numbered chapters with ambities (docx)
# --------------------------------------------------------------------------------------

def plan_po_waterland():
    N = "Samenwerkingsverband Primair Onderwijs Waterland-Noord"
    S = "Waterland-Noord"
    C = "PO 27-11"
    b = []
    b.append(("title", ["Ondersteuningsplan op hoofdlijnen 2025-2029", N, f"Samenwerkingsverband {C}",
                        "Dekkend aanbod - Toelaatbaarheid - Financiën - Resultaten - Ouders"]))
    b.append(("toc",))
    b.append(("h1", "1. Voorwoord"))
    b.append(("p", f"Dit is het ondersteuningsplan op hoofdlijnen van {N}. Wij hebben gekozen voor een "
                   f"compact plan, dat de richting aangeeft voor vier jaar. De uitwerking vindt plaats in "
                   f"jaarplannen, protocollen en de voortgangsparagraaf, die het bestuur afzonderlijk "
                   f"vaststelt en die met de ondersteuningsplanraad worden besproken."))
    b.append(("p", "De afgelopen periode is veel bereikt. Scholen werken intensiever samen, de lijnen "
                   "met de gemeenten zijn korter geworden en het vertrouwen tussen de besturen is "
                   "gegroeid. Tegelijkertijd zien wij dat leraren het zwaar hebben, dat de jeugdhulp "
                   "onder druk staat en dat middelen niet onbeperkt zijn. Dit plan vraagt van iedereen "
                   "om keuzes te maken."))
    b.append(("h1", "2. Inleiding"))
    b.append(("h2", "2.1 Over ons samenwerkingsverband"))
    b.append(("p", f"{S} is het samenwerkingsverband voor primair onderwijs in de gemeenten Purmerkaag, "
                   f"Edamsveen en Zeevang-Noord. Er zijn 39 basisscholen van zes besturen aangesloten, "
                   f"daarnaast één sbo-school en twee so-scholen met een vestiging in het werkgebied. Op "
                   f"1 oktober 2024 volgden 8.640 leerlingen onderwijs op een van de aangesloten scholen."))
    b.append(("p", "De regio is landelijk, met een middelgrote kern en veel kleine dorpen. Zeven scholen "
                   "hebben minder dan honderd leerlingen. Door nieuwbouw in Purmerkaag groeit het "
                   "leerlingenaantal daar, terwijl het in de dorpen daalt."))
    b.append(("h2", "2.2 Leeswijzer"))
    b.append(("p", "Hoofdstuk 3 beschrijft onze visie. De hoofdstukken 4 tot en met 10 volgen de "
                   "onderwerpen die de wet voor een ondersteuningsplan noemt. Hoofdstuk 11 en 12 gaan "
                   "over organisatie en totstandkoming."))
    b.append(("h2", "2.3 Waarom een plan op hoofdlijnen?"))
    b.append(("p", "Het vorige plan telde ruim negentig pagina's en werd, zo bleek uit gesprekken met "
                   "scholen, nauwelijks gelezen. Veel afspraken waren bovendien binnen een jaar achterhaald. "
                   "Wij hebben daarom gekozen voor een korter plan dat de koers vastlegt, en voor "
                   "afzonderlijke documenten voor de uitvoering. Dat maakt het mogelijk om afspraken sneller "
                   "bij te stellen wanneer de praktijk daarom vraagt, zonder dat telkens het hele plan "
                   "opnieuw hoeft te worden vastgesteld. Het bestuur realiseert zich dat dit vraagt om "
                   "zorgvuldige afstemming met de ondersteuningsplanraad over wat wel en niet in het plan "
                   "zelf hoort."))
    b.append(("h1", "3. Visie"))
    b.append(("p", "Wij geloven dat ieder kind recht heeft op goed onderwijs in de eigen omgeving. "
                   "Scholen zijn er voor alle kinderen uit de wijk of het dorp, en kinderen met een "
                   "ondersteuningsbehoefte horen daar gewoon bij. Wij willen een samenwerkingsverband "
                   "zijn dat vertrouwt op de professionaliteit van de scholen en dat ondersteunt waar dat "
                   "nodig is."))
    b.append(("p", "Vier uitgangspunten: het kind staat centraal; de leraar maakt het verschil; we doen "
                   "het samen met ouders en partners; en we zijn zuinig op publiek geld. Deze "
                   "uitgangspunten zijn door de besturen onderschreven en vormen de toets voor alle "
                   "besluiten van het samenwerkingsverband."))
    b.append(("h2", "3.1 Onze kernwaarden in de praktijk"))
    b.append(("p", "Het kind staat centraal. Dat klinkt vanzelfsprekend, maar in de praktijk schuiven "
                   "regels, budgetten en procedures zich gemakkelijk tussen het kind en de oplossing. Wij "
                   "vragen daarom bij ieder besluit: wat betekent dit voor het kind om wie het gaat? Een "
                   "formulier mag nooit de reden zijn dat een kind moet wachten."))
    b.append(("p", "De leraar maakt het verschil. Onderzoek laat steeds opnieuw zien dat de kwaliteit van "
                   "de leraar de belangrijkste factor is voor de ontwikkeling van kinderen. Het "
                   "samenwerkingsverband investeert daarom in scholing, in collegiale consultatie en in het "
                   "verlichten van administratieve taken. Leraren die vastlopen, kunnen snel een beroep doen "
                   "op een consulent."))
    b.append(("p", "We doen het samen. Geen school, geen bestuur en geen gemeente kan passend onderwijs "
                   "alleen waarmaken. Samenwerking vraagt om vertrouwen, om afspraken die worden nagekomen "
                   "en om het lef elkaar aan te spreken. In het bestuurlijk overleg is daarom een vast "
                   "agendapunt opgenomen waarin besturen elkaar bevragen op de nakoming van afspraken."))
    b.append(("p", "We zijn zuinig op publiek geld. Iedere euro die aan bureaucratie wordt besteed, kan "
                   "niet in de klas worden ingezet. Het bureau van het samenwerkingsverband is daarom klein "
                   "gehouden en deelt voorzieningen als kantoorruimte, privacyfunctionaris en "
                   "salarisadministratie met andere organisaties."))
    # --- basisondersteuning: partial (niveau + borging; inhoud only abstract)
    b.append(("h1", "4. Basisondersteuning"))
    b.append(("p", f"Alle aangesloten scholen en al hun vestigingen bieden hetzelfde, door de besturen "
                   f"afgesproken niveau van basisondersteuning. Dat niveau is de ondergrens in {S}; "
                   f"scholen kunnen meer bieden, maar niet minder. Basisondersteuning is voor ieder kind "
                   f"beschikbaar zonder aanvraag."))
    b.append(("p", "Basisondersteuning bestaat uit vier onderdelen: basiskwaliteit zoals de inspectie die "
                   "beoordeelt, preventieve en licht curatieve interventies, een "
                   "onderwijsondersteuningsstructuur en planmatig, handelingsgericht werken. Wat dit "
                   "concreet betekent, beschrijft iedere school in haar schoolgids."))
    b.append(("p", "Het samenwerkingsverband leest jaarlijks de schoolgidsen van alle scholen op dit "
                   "onderdeel en bespreekt de bevindingen in het bestuurlijk overleg. Scholen die het "
                   "niveau niet halen, maken binnen een half jaar een verbeterplan."))
    # --- dekkend aanbod: missing (deferral)
    b.append(("h1", "5. Dekkend aanbod"))
    b.append(("p", "Een overzicht van het ondersteuningsaanbod binnen en tussen de scholen in de regio, de "
                   "Kaart Ondersteuningsaanbod, wordt in 2026 opgesteld. Op basis daarvan bepaalt het "
                   "bestuur of aanvullende voorzieningen nodig zijn. Ook de afspraken over thuiszitters "
                   "worden in de loop van 2026 geactualiseerd."))
    # --- plaatsing: missing (reference to absent annex)
    b.append(("h1", "6. Toelaatbaarheid tot sbo en so"))
    b.append(("p", "Voor de toelaatbaarheid tot het speciaal basisonderwijs en het speciaal onderwijs "
                   "verwijzen wij naar het Protocol Toelaatbaarheid 2025 (bijlage 5), dat los van dit plan "
                   "door het bestuur wordt vastgesteld."))
    # --- terugstroom: present, unusual wording
    b.append(("h1", "7. De weg terug naar de basisschool"))
    b.append(("p", "Een plek op het sbo of so is in Waterland-Noord een plek voor zolang als nodig, niet "
                   "voor altijd. Wij willen dat kinderen die zich daar goed hebben ontwikkeld, weer naar "
                   "een gewone basisschool in hun eigen dorp of wijk kunnen. Dat lukt alleen als de "
                   "overstap zorgvuldig wordt voorbereid en de basisschool er niet alleen voor staat."))
    b.append(("h2", "7.1 Zo gaat het in zijn werk"))
    b.append(("p", "De sbo- of so-school bekijkt twee keer per jaar, bij de bespreking van het "
                   "ontwikkelingsperspectief in oktober en in februari, of een kind klaar is voor de stap "
                   "terug. In het laatste schooljaar waarvoor de verklaring geldt, is de bespreking in "
                   "februari verplicht en schuift de consulent van het samenwerkingsverband aan. Het "
                   "initiatief ligt bij de sbo- of so-school; ook ouders kunnen om een bespreking vragen. "
                   "Wanneer de school en de ouders de overstap zien zitten, zoekt de consulent met hen "
                   "een basisschool. De Commissie Ondersteuningstoewijzing neemt uiterlijk 15 april het "
                   "besluit over de overstap en over de ondersteuning die daarbij hoort."))
    b.append(("h2", "7.2 Wanneer en met welke steun?"))
    b.append(("p", "Een overstap naar de basisschool is aan de orde wanneer het kind de leerstof van de "
                   "eigen leeftijdsgroep grotendeels kan volgen of een passend eigen leerlijn heeft, zich "
                   "in een groep van 25 of meer kinderen staande kan houden en er een basisschool is die "
                   "het kind kan ontvangen. De ontvangende basisschool krijgt een terugkeerbudget van "
                   "3.500 euro voor het eerste jaar en een ambulant begeleider van de sbo- of so-school "
                   "die twaalf weken lang wekelijks in de klas komt. Na drie en na twaalf maanden volgt "
                   "een evaluatiegesprek."))
    b.append(("p", "In 2023-2024 stapten elf kinderen over van sbo of so naar een basisschool; negen van "
                   "hen zaten een jaar later nog op die school."))
    # --- resultaten: partial (monitoring yes, doelen deferred)
    b.append(("h1", "8. Resultaten"))
    b.append(("p", "De concrete doelen per ambitie stellen wij jaarlijks vast in het jaarplan van het "
                   "samenwerkingsverband."))
    b.append(("p", "Wij volgen de ontwikkelingen met een vaste cyclus. Twee keer per jaar, in maart en in "
                   "oktober, rapporteert het bureau aan het bestuur via een dashboard met onder meer de "
                   "deelnamepercentages sbo en so op 1 oktober, het aantal afgegeven verklaringen, de "
                   "doorlooptijd van aanvragen, het aantal overstappen naar de basisschool en de uitkomst "
                   "van de tevredenheidspeiling onder intern begeleiders. Het jaarverslag, dat het bestuur "
                   "uiterlijk 1 juli vaststelt, beschrijft per jaar de bereikte resultaten. De "
                   "ondersteuningsplanraad ontvangt het dashboard en het jaarverslag en bespreekt ze met de "
                   "directeur."))
    b.append(("table", ["Kengetal", "2022", "2023", "2024"],
              [["Deelnamepercentage sbo", "2,3%", "2,2%", "2,2%"],
               ["Deelnamepercentage so", "1,5%", "1,6%", "1,6%"],
               ["Overstappen naar basisschool", "7", "9", "11"]]))
    # --- financien: partial (besteding yes, verdeling deferred)
    b.append(("h1", "9. Financiën"))
    b.append(("p", "Het huidige verdeelmodel wordt in het schooljaar 2025-2026 herijkt. De nieuwe "
                   "verdeelsleutel, met de criteria waarop de besturen hun deel ontvangen, wordt "
                   "opgenomen in de voortgangsparagraaf van 2026. De begroting hieronder gaat uit van "
                   "ongewijzigde totalen."))
    b.append(("table", ["Begroting (bedragen in euro)", "2025", "2026", "2027", "2028"],
              [["Rijksbijdrage ondersteuning", "5.870.000", "5.910.000", "5.940.000", "5.960.000"],
               ["Afdracht so via DUO", "1.980.000", "2.010.000", "2.040.000", "2.060.000"],
               ["Groeibekostiging sbo", "95.000", "95.000", "90.000", "90.000"],
               ["Budget schoolbesturen", "3.120.000", "3.130.000", "3.140.000", "3.150.000"],
               ["Terugkeerbudgetten", "45.000", "50.000", "50.000", "55.000"],
               ["Consulenten en commissie", "410.000", "415.000", "420.000", "420.000"],
               ["Bureau en bestuur", "220.000", "225.000", "225.000", "230.000"],
               ["Saldo", "0", "-15.000", "-25.000", "-45.000"]]))
    b.append(("p", "De negatieve saldi in 2026 tot en met 2028 worden gedekt uit de algemene reserve, die "
                   "eind 2024 640.000 euro bedroeg."))
    # --- ouders: present
    b.append(("h1", "10. Waar vindt u als ouder informatie en steun?"))
    b.append(("p", "Ouders moeten kunnen weten welke ondersteuning er voor hun kind mogelijk is. Op "
                   "www.waterlandnoord-po.nl staat een ouderpagina met uitleg over de ondersteuning op "
                   "school, de consulenten, de route naar sbo en so en de stap terug naar de basisschool. "
                   "Iedere school verwijst in de schoolgids naar deze pagina. Nieuwe ouders krijgen bij "
                   "inschrijving de kaart 'Passend onderwijs in Waterland-Noord'. Eén keer per jaar houdt "
                   "het samenwerkingsverband een ouderavond in elke gemeente."))
    b.append(("p", "Wie vastloopt of het oneens is met de school, hoeft dat niet alleen op te lossen. Het "
                   "Ouderpunt Waterland, het ouder- en jeugdsteunpunt van de samenwerkingsverbanden PO en "
                   "VO in de regio, is onafhankelijk en gratis. Medewerkers van het Ouderpunt luisteren, "
                   "geven advies en gaan desgewenst mee naar een gesprek op school. Ouders kunnen ook "
                   "contact opnemen met de Onderwijsconsulenten of een klacht indienen bij de "
                   "klachtencommissie van het schoolbestuur."))
    b.append(("h1", "11. Organisatie en samenwerking"))
    b += governance(N, S)
    b.append(("h2", "11.1 Ondersteuningsplanraad"))
    b.append(("p", "De ondersteuningsplanraad heeft acht leden, vier ouders en vier personeelsleden, "
                   "en heeft instemmingsrecht op dit plan."))
    b.append(("h2", "11.2 Gemeenten"))
    b.append(("p", "Het op overeenstemming gericht overleg met de drie gemeenten vond plaats op 11 maart "
                   "2025. Het verslag daarvan is opgenomen in bijlage 3."))
    b.append(("h2", "11.3 Personeel"))
    b += personeel(S, "7,2")
    b.append(("h2", "11.4 Privacy"))
    b += ict_privacy(S)
    b.append(("h1", "12. Totstandkoming en planning"))
    b += procedure_vaststelling(N, S, C, {"av": "19 november 2024", "oogo": "11 maart 2025",
                                          "overleg": "18 maart 2025", "opr": "27 maart 2025",
                                          "vast": "10 april 2025"})
    b.append(planning_table([["2025-2026", "Herijking verdeelmodel", "Bestuur, AV"],
                             ["2026", "Kaart Ondersteuningsaanbod", "Bureau"],
                             ["2026", "Actualisering afspraken thuiszitters", "Bureau, leerplicht"],
                             ["jaarlijks", "Jaarplan met doelen per ambitie", "Directeur"]]))
    b.append(("h1", "13. Omgeving, netwerken en status"))
    b += extra_filler(S, "po", "ABCDFG")
    b.append(("h1", "Bijlage 1. Begrippenlijst"))
    b += begrippen([
        ("Arrangement", "een op maat samengesteld pakket van ondersteuning voor een leerling of groep."),
        ("Dekkend aanbod", "een samenhangend geheel van voorzieningen waarin ieder kind een passende plek "
         "vindt, inclusief bovenschoolse voorzieningen en sbo/so."),
        ("Deskundigenadvies", "advies van twee deskundigen bij een besluit over toelaatbaarheid."),
        ("Thuiszitter", "leerplichtig kind dat niet naar school gaat."),
        ("TLV", "toelaatbaarheidsverklaring voor sbo of so, geldig voor een of meer schooljaren."),
        ("Zorgplicht", "de plicht van een schoolbestuur om een passende plek te bieden.")])
    return N, b


# --------------------------------------------------------------------------------------
# Near miss: school-level 'ondersteuningsplan' of one basisschool (docx)
# --------------------------------------------------------------------------------------

def school_vlinderboom():
    N = "IKC De Vlinderboom"
    b = []
    b.append(("title", ["Ondersteuningsplan 2025-2026", N,
                        "Basisschool en kinderopvang, onderdeel van Stichting Openbaar Onderwijs Delta-Zuid",
                        "Aangesloten bij Samenwerkingsverband Passend Primair Onderwijs Delta-Zuid (PO 29-07)"]))
    b.append(("toc",))
    b.append(("h1", "1. Inleiding"))
    b.append(("p", f"Dit ondersteuningsplan beschrijft hoe {N} de ondersteuning aan haar leerlingen "
                   f"organiseert in het schooljaar 2025-2026. Het plan is bedoeld voor het team, de "
                   f"medezeggenschapsraad en ouders. Het is een uitwerking van ons "
                   f"schoolondersteuningsprofiel en sluit aan bij het ondersteuningsplan van het "
                   f"samenwerkingsverband Delta-Zuid. Het plan wordt ieder jaar in juni geëvalueerd door "
                   f"de intern begeleider en de directeur en daarna door de MR besproken."))
    b.append(("p", "De Vlinderboom telt 312 leerlingen in 13 groepen. Ongeveer een vijfde van onze "
                   "leerlingen heeft een gewicht in de achterstandsregeling en 9 procent van de leerlingen "
                   "spreekt thuis een andere taal dan Nederlands. Wij werken in de onderbouw samen met de "
                   "peuteropvang in hetzelfde gebouw."))
    b.append(("h1", "2. Onze visie op ondersteuning"))
    b.append(("p", "Wij willen een school zijn waar ieder kind zich gezien voelt. Ondersteuning begint in de "
                   "klas, bij een leerkracht die het kind kent. Wij werken handelingsgericht: we kijken naar "
                   "wat een kind nodig heeft en niet naar wat er mis is. Ouders zijn onze partners: zij kennen "
                   "hun kind het best en worden bij iedere stap betrokken."))
    b.append(("h1", "3. De zorgniveaus op De Vlinderboom"))
    b.append(("table", ["Niveau", "Wat", "Wie"],
              [["1", "Goed lesgeven in de groep; differentiatie in drie instructieniveaus", "Leerkracht"],
               ["2", "Extra instructie en begeleiding in de groep na signalering", "Leerkracht"],
               ["3", "Specifieke interventie na overleg met de intern begeleider; handelingsplan",
                "Leerkracht en IB"],
               ["4", "Ondersteuning met inzet van externe deskundigen; bespreking in het "
                "ondersteuningsteam", "IB, ouders, schoolcontactpersoon SWV"],
               ["5", "Arrangement van het samenwerkingsverband of verwijzing naar sbo/so", "IB, directie, "
                "ouders, samenwerkingsverband"]]))
    b.append(("p", "Op niveau 1 en 2 volgt de leerkracht de ontwikkeling met de methodegebonden toetsen en "
                   "het leerlingvolgsysteem. Op niveau 3 stelt de leerkracht samen met de intern begeleider "
                   "een handelingsplan op dat na zes tot acht weken wordt geëvalueerd. Vanaf niveau 4 worden "
                   "ouders uitgenodigd voor het ondersteuningsteam."))
    b.append(("h1", "4. Groepsbesprekingen en leerlingbesprekingen"))
    b.append(("p", "Drie keer per jaar, in oktober, februari en juni, houdt de intern begeleider met iedere "
                   "leerkracht een groepsbespreking. Daarin worden de groepsoverzichten, de resultaten op "
                   "de toetsen en het welbevinden van de kinderen besproken. Kinderen die opvallen, worden "
                   "aangemeld voor een leerlingbespreking. Twee keer per jaar bespreekt het team de "
                   "trendanalyse van de schoolresultaten."))
    b.append(("h1", "5. Basisondersteuning op onze school"))
    b.append(("p", "De Vlinderboom biedt de basisondersteuning zoals die in het samenwerkingsverband is "
                   "afgesproken. Daarnaast hebben wij een taalklas voor nieuwkomers op dinsdag en donderdag, "
                   "een plusgroep voor kinderen die meer aankunnen en een rustruimte voor kinderen die even "
                   "uit de groep moeten. Onze intern begeleider heeft 0,6 fte, en twee leerkrachten zijn "
                   "opgeleid als gedragsspecialist."))
    b.append(("h1", "6. Extra ondersteuning en arrangementen"))
    b.append(("p", "Wanneer een kind meer nodig heeft dan wij in de basisondersteuning kunnen bieden, vraagt "
                   "de intern begeleider na overleg met ouders een arrangement aan bij het "
                   "samenwerkingsverband. Wij ontvangen van ons schoolbestuur een ondersteuningsbudget, dat "
                   "wij dit jaar besteden aan een onderwijsassistent voor groep 3 en 4 (0,8 fte) en aan "
                   "externe begeleiding bij dyslexie. Verantwoording over de besteding vindt plaats in het "
                   "jaarverslag van het bestuur."))
    b.append(("h1", "7. Verwijzing naar het speciaal (basis)onderwijs"))
    b.append(("p", "Soms is een andere school beter voor een kind. Als het ondersteuningsteam tot die "
                   "conclusie komt, vraagt ons schoolbestuur een toelaatbaarheidsverklaring aan bij het "
                   "samenwerkingsverband. De intern begeleider stelt het dossier samen; ouders geven hun "
                   "zienswijze. Het samenwerkingsverband beslist. In het schooljaar 2024-2025 gingen twee "
                   "leerlingen van onze school naar het sbo. Wij houden contact met de sbo-school, zodat een "
                   "kind dat later weer naar een gewone basisschool kan, eventueel bij ons kan terugkomen."))
    b.append(("h1", "8. Samenwerking met ouders"))
    b.append(("p", "Ouders worden op de hoogte gehouden via de schoolapp, drie keer per jaar via een "
                   "oudergesprek en via het rapport. Bij zorgen nemen leerkracht of intern begeleider zelf "
                   "contact op. Ouders die het niet eens zijn met de school, kunnen terecht bij de "
                   "vertrouwenspersoon van de school of bij het Ouder- en Jeugdsteunpunt van de regio."))
    b.append(("h1", "9. Samenwerking met ketenpartners"))
    b.append(("p", "De schoolcontactpersoon van het samenwerkingsverband komt zes keer per jaar op school. "
                   "De jeugdverpleegkundige en de medewerker van het jeugdteam sluiten aan bij het "
                   "ondersteuningsteam. Met de peuteropvang hebben wij een warme overdracht voor alle "
                   "kinderen die instromen in groep 1. Voor de overstap naar het voortgezet onderwijs "
                   "gebruiken wij het digitaal overstapdossier."))
    b.append(("h1", "10. Jaarplanning ondersteuning 2025-2026"))
    b.append(("table", ["Maand", "Activiteit"],
              [["september", "Startgesprekken met ouders en kinderen"],
               ["oktober", "Groepsbesprekingen ronde 1"],
               ["januari", "Midden-toetsen leerlingvolgsysteem"],
               ["februari", "Groepsbesprekingen ronde 2; trendanalyse"],
               ["juni", "Groepsbesprekingen ronde 3; evaluatie ondersteuningsplan"]]))
    b.append(("h1", "11. Evaluatie en resultaten"))
    b.append(("p", "In juni 2025 hebben wij het vorige ondersteuningsplan geëvalueerd. De doelen voor "
                   "begrijpend lezen zijn gehaald: 78 procent van de leerlingen in groep 6 tot en met 8 "
                   "scoorde op of boven het landelijk gemiddelde. De inzet van de onderwijsassistent in "
                   "groep 3 heeft geleid tot minder uitval bij technisch lezen. Voor het komende jaar "
                   "richten wij ons op rekenen en op het welbevinden in de bovenbouw."))
    b.append(("h1", "Begrippen"))
    b += begrippen([("IB", "intern begeleider"), ("OPP", "ontwikkelingsperspectiefplan"),
                    ("SWV", "samenwerkingsverband passend onderwijs"),
                    ("TLV", "toelaatbaarheidsverklaring"), ("SOP", "schoolondersteuningsprofiel")])
    return N, b


# --------------------------------------------------------------------------------------
# main
# --------------------------------------------------------------------------------------

def main():
    OUT.mkdir(parents=True, exist_ok=True)
    jobs = [
        ("po-swv-deltazuid-2025-2029", plan_po_deltazuid, ("docx", "pdf")),
        ("vo-swv-heuvelland-2025-2029", plan_vo_heuvelland, ("docx",)),
        ("po-swv-lingebetuwe-koers-2025-2029", plan_po_lingebetuwe, ("pdf",)),
        ("vo-swv-kempenrand-2025-2029", plan_vo_kempenrand, ("html",)),
        ("po-swv-waterland-noord-hoofdlijnen", plan_po_waterland, ("docx",)),
        ("ikc-vlinderboom-ondersteuningsplan-2025-2026", school_vlinderboom, ("docx",)),
    ]
    tmp = tempfile.mkdtemp(prefix="holdout315_gen_")
    try:
        for stem, fn, formats in jobs:
            name, blocks = fn()
            header = name
            if "docx" in formats or "pdf" in formats:
                tmp_docx = Path(tmp) / f"{stem}.docx"
                render_docx(blocks, tmp_docx, header)
                if "docx" in formats:
                    shutil.copyfile(tmp_docx, OUT / f"{stem}.docx")
                if "pdf" in formats:
                    docx_to_pdf(tmp_docx, OUT / f"{stem}.pdf", tmp)
            if "html" in formats:
                render_html(blocks, OUT / f"{stem}.html", header)
            print(f"{stem}: {word_count(blocks)} words -> {', '.join(formats)}", file=sys.stderr)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
