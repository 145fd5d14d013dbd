#!/usr/bin/env python3
"""Generate holdout set 186: five fictional ondersteuningsplannen (PO and VO) and one
near-miss document, in .docx, .pdf (via LibreOffice), .md and .html.

Deterministic, no network. Output goes to the folder above this script's folder.
All organisations, names, numbers and addresses are fictional.
"""
import html
import shutil
import subprocess
import tempfile
from pathlib import Path

from docx import Document
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent


# ---------------------------------------------------------------------------
# Shared filler (deliberately free of element content; plans pick what fits)
# ---------------------------------------------------------------------------
def filler(v):
    """v: dict with keys n (short name), N (full name), code, sec ('po'/'vo'), reg, gem,
    scholen, besturen, lln, opr_date, oogo_date, dir."""
    sect = "primair onderwijs" if v["sec"] == "po" else "voortgezet onderwijs"
    kind = "kinderen" if v["sec"] == "po" else "jongeren"
    f = {}
    f["voorwoord"] = [
        ("p", f"Voor u ligt het ondersteuningsplan 2026-2030 van {v['N']}. Het is het derde plan sinds de invoering "
              f"van passend onderwijs in 2014 en het eerste dat we volledig samen met de scholen, de "
              f"ondersteuningsplanraad en de gemeenten in onze regio hebben geschreven. Het plan beschrijft hoe de "
              f"schoolbesturen in het {sect} in {v['reg']} samen zorgen voor passend onderwijs voor alle {kind}. "
              f"Dat klinkt vanzelfsprekend, maar dat is het niet. Achter elk getal in dit plan staat een leerling met "
              f"ouders die hopen dat hun kind een plek vindt waar het zich kan ontwikkelen."),
        ("p", f"De afgelopen jaren hebben we veel geleerd. We zagen scholen die met creativiteit en doorzettingsvermogen "
              f"leerlingen vasthielden die eerder misschien naar een andere school waren gegaan. We zagen ook dat het "
              f"lerarentekort, de toenemende complexiteit van vragen en de druk op de jeugdhulp het werk niet "
              f"eenvoudiger maken. Dit plan is daarom geen eindpunt maar een vertrekpunt. We danken iedereen die in "
              f"werkgroepen, klankbordsessies en gesprekken aan tafel heeft gezeten voor hun inzet, kritische vragen "
              f"en meedenken. Een bijzonder woord van dank gaat naar de intern begeleiders en "
              f"ondersteuningscoördinatoren, die elke dag laten zien wat passend onderwijs in de praktijk betekent."),
        ("p", f"{v['dir']}, directeur-bestuurder {v['n']}"),
    ]
    f["totstandkoming"] = [
        ("p", f"Dit plan is tot stand gekomen in een traject van ruim een jaar. In het voorjaar van 2025 hebben we de "
              f"vorige planperiode geëvalueerd in bijeenkomsten met schoolleiders en bestuurders. In het najaar volgden "
              f"thematafels over ondersteuning, toewijzing en samenwerking met de gemeenten. Het concept is in januari "
              f"2026 besproken met het algemeen bestuur. Het op overeenstemming gericht overleg (OOGO) met de "
              f"colleges van {v['gem']} vond plaats op {v['oogo_date']}; het verslag daarvan is bij het bestuursbureau "
              f"op te vragen. Ook is overleg gevoerd met het samenwerkingsverband "
              f"{'voortgezet' if v['sec'] == 'po' else 'primair'} onderwijs waarvan het gebied met het onze overlapt."),
        ("p", f"De ondersteuningsplanraad heeft op {v['opr_date']} ingestemd met dit plan. Het algemeen bestuur heeft het "
              f"plan daarna definitief vastgesteld. Het plan is vóór 1 mei 2026 via het Internet Schooldossier naar de "
              f"Inspectie van het Onderwijs gestuurd. De planperiode loopt van 1 augustus 2026 tot en met 31 juli 2030. "
              f"Wijzigingen tussentijds leggen we opnieuw ter instemming voor aan de ondersteuningsplanraad."),
    ]
    f["regio"] = [
        ("p", f"{v['N']} ({v['code']}) omvat {v['scholen']} scholen van {v['besturen']} schoolbesturen in de gemeenten "
              f"{v['gem']}. Samen onderwijzen zij ongeveer {v['lln']} leerlingen. De regio kent een mix van stedelijke "
              f"wijken en kleine kernen. In de kleine kernen daalt het aantal leerlingen al enkele jaren; in de "
              f"groeiende wijken aan de rand van de grotere gemeenten nemen de leerlingaantallen juist toe. Die "
              f"ongelijke ontwikkeling vraagt om flexibiliteit van besturen en om goede afspraken over spreiding "
              f"van expertise."),
        ("p", f"Het samenwerkingsverband is een stichting. De aangesloten schoolbesturen zijn vertegenwoordigd in het "
              f"algemeen bestuur. Het bestuursbureau is gevestigd in een voormalig schoolgebouw dat we delen met het "
              f"centrum voor jeugd en gezin van een van de gemeenten. Dat maakt korte lijnen mogelijk, ook letterlijk: "
              f"de koffieautomaat is een belangrijke ontmoetingsplek gebleken."),
    ]
    f["missie"] = [
        ("p", f"Onze missie is kort: ieder kind telt, en ieder kind hoort erbij. Wij willen dat alle {kind} in onze regio "
              f"onderwijs krijgen dat past bij wat zij nodig hebben en bij wat zij kunnen, zo dicht mogelijk bij huis en "
              f"samen met leeftijdgenoten. Het samenwerkingsverband is daarbij geen doel op zich maar een middel: we "
              f"bestaan om scholen te helpen die ambitie waar te maken."),
        ("p", "Onze visie rust op drie pijlers. De eerste is vertrouwen: de professional in de school weet het best wat "
              "een leerling nodig heeft, en we organiseren ons werk zo dat die professional ruimte krijgt. De tweede is "
              "samenhang: onderwijs, ondersteuning en jeugdhulp moeten voor een gezin als één geheel voelen. De derde is "
              "leren: we kijken kritisch naar wat werkt en durven bij te sturen. Deze pijlers zijn niet nieuw, maar "
              "we hebben ze in deze planperiode scherper verbonden met ons handelen."),
        ("bullets", ["Wij denken in mogelijkheden, niet in beperkingen.",
                     "Wij werken handelingsgericht en kijken naar wat de leerling, de leraar en de groep nodig hebben.",
                     "Wij zijn open over keuzes en over geld.",
                     "Wij houden het eenvoudig: zo min mogelijk formulieren, zo veel mogelijk gesprek."]),
    ]
    f["governance"] = [
        ("p", f"Het samenwerkingsverband kent een scheiding tussen bestuur en intern toezicht. De directeur-bestuurder "
              f"is belast met het bestuur en de dagelijkse leiding. De raad van toezicht, bestaande uit vijf leden van "
              f"wie drie onafhankelijk zijn, houdt toezicht op het beleid, keurt de begroting en het jaarverslag goed en "
              f"is werkgever van de directeur-bestuurder. De algemene vergadering van aangesloten schoolbesturen stelt "
              f"het ondersteuningsplan vast en benoemt de leden van de raad van toezicht. De statuten bevatten een "
              f"geschillenregeling voor geschillen tussen de aangesloten besturen."),
        ("p", "Wij werken volgens de Code Goed Bestuur in het onderwijs. De raad van toezicht evalueert jaarlijks zijn "
              "eigen functioneren en heeft een auditcommissie en een remuneratiecommissie. Het managementstatuut "
              "regelt welke bevoegdheden de directeur-bestuurder heeft en welke besluiten de goedkeuring van de raad "
              "van toezicht vragen."),
    ]
    f["personeel"] = [
        ("p", f"Het bestuursbureau van {v['n']} telt ongeveer {v['fte']} fte. Daartoe behoren de directeur-bestuurder, "
              f"een beleidsmedewerker, een controller, een secretariaat, orthopedagogen, onderwijsadviseurs en "
              f"consulenten. Een deel van het personeel is gedetacheerd vanuit de schoolbesturen; dat houdt de "
              f"verbinding met de praktijk levend. Het samenwerkingsverband volgt de cao po."),
        ("p", "Het lerarentekort raakt ook ons werk. Scholen met veel vacatures hebben minder ruimte om leerlingen met "
              "een extra vraag te begeleiden. We zien dat zij-instromers en onbevoegde invallers behoefte hebben aan "
              "praktische handvatten. Het samenwerkingsverband kan het tekort niet oplossen, maar kan wel helpen om "
              "expertise slim te delen. Daarnaast letten we op de werkdruk van onze eigen medewerkers: het aantal "
              "casussen per consulent is de afgelopen jaren gestegen en we willen voorkomen dat de kwaliteit van de "
              "advisering daaronder lijdt."),
    ]
    f["prof"] = [
        ("p", "Deskundigheidsbevordering is een gedeelde verantwoordelijkheid. Schoolbesturen zijn verantwoordelijk voor "
              "de scholing van hun personeel; het samenwerkingsverband vult dat aan waar het gaat om kennis die "
              "bovenschools beter te organiseren is. Het scholingsaanbod bestaat uit netwerkbijeenkomsten voor intern "
              "begeleiders en ondersteuningscoördinatoren, een leergang over gedrag en een jaarlijkse studiedag met "
              "workshops van leraren uit de regio. Het aanbod wordt elk voorjaar aangepast aan de vragen die scholen "
              "aangeven."),
        ("p", "Kennisdeling gebeurt ook informeel. Scholen bezoeken elkaar, leraren lopen mee in een speciale school en "
              "orthopedagogen van het bestuursbureau sluiten aan bij teamvergaderingen. Die ontmoetingen blijken vaak "
              "waardevoller dan een cursus. Het netwerk van ondersteuningsspecialisten, dat we in de vorige "
              "planperiode zijn gestart, zetten we voort."),
    ]
    f["ict"] = [
        ("p", "Voor het werken met leerlinggegevens gebruiken wij een beveiligde digitale omgeving waarin scholen "
              "aanvragen indienen en documenten uitwisselen. E-mail gebruiken we niet voor het versturen van "
              "dossiers. Medewerkers hebben alleen toegang tot de gegevens die zij voor hun taak nodig hebben."),
        ("p", "Het samenwerkingsverband verwerkt persoonsgegevens, waaronder gegevens over gezondheid, voor zover dat "
              "nodig is voor de wettelijke taken. Wij houden ons aan de Algemene verordening gegevensbescherming. "
              "Gegevens die zijn gebruikt voor een besluit bewaren wij tot drie jaar na dat besluit. Een functionaris "
              "gegevensbescherming, die wij delen met twee andere samenwerkingsverbanden, ziet toe op de naleving. "
              "Het privacyreglement is in 2025 geactualiseerd."),
    ]
    f["planning"] = [
        ("p", "Dit ondersteuningsplan beschrijft de koers voor vier jaar. Elk jaar vertalen we die koers naar een "
              "jaarplan met concrete activiteiten en een jaarbegroting. Het jaarplan wordt in juni besproken met de "
              "ondersteuningsplanraad en in juli vastgesteld door het bestuur. Onderstaande planning geeft de "
              "belangrijkste mijlpalen weer."),
        ("table", [["Schooljaar", "Mijlpaal"],
                   ["2026-2027", "Start nieuwe planperiode; herinrichting netwerkbijeenkomsten; nieuw privacyreglement"],
                   ["2027-2028", "Tussentijdse evaluatie met besturen; vernieuwing digitale omgeving"],
                   ["2028-2029", "Voorbereiding volgend plan; thematafels met scholen en gemeenten"],
                   ["2029-2030", "Vaststelling ondersteuningsplan 2030-2034; indiening bij de inspectie vóór 1 mei 2030"]]),
    ]
    f["scholen_comm"] = [
        ("p", "Met de scholen communiceren we via een maandelijkse nieuwsbrief voor schoolleiders en intern "
              "begeleiders, via het directeurenoverleg en via de contactpersonen per school. Elke school heeft een "
              "vaste consulent die minstens vier keer per jaar langskomt. Beleidsvoorstellen bespreken we eerst in het "
              "directeurenoverleg voordat het bestuur besluit. Zo blijft de afstand tussen beleid en praktijk klein."),
    ]
    f["integriteit"] = [
        ("p", "Het samenwerkingsverband werkt met publiek geld en met gevoelige informatie over kinderen en gezinnen. "
              "Integriteit is daarom geen formaliteit. Alle medewerkers ondertekenen bij indiensttreding de "
              "gedragscode, die jaarlijks in een teamoverleg aan de hand van praktijkdilemma's wordt besproken. Er is "
              "een regeling voor het melden van vermoedens van misstanden en een externe vertrouwenspersoon voor "
              "medewerkers. Nevenfuncties van de directeur-bestuurder en van de leden van de raad van toezicht worden "
              "openbaar gemaakt. Bij de inkoop van diensten volgen we het inkoopbeleid van het verband, waarin "
              "drempelbedragen voor offerteaanvragen zijn vastgelegd."),
    ]
    f["onderzoek"] = [
        ("p", "Samen met een hogeschool in de regio doen we praktijkgericht onderzoek naar de rol van de intern "
              "begeleider en de ondersteuningscoördinator. Hoe verdelen zij hun tijd, welke taken horen bij hen en "
              "welke juist niet, en hoe kunnen schoolleiders hen ontlasten? Twee studenten van de masteropleiding "
              "doen hun afstudeeronderzoek bij scholen in ons verband. De uitkomsten delen we in een bijeenkomst voor "
              "alle schoolleiders. We kiezen bewust voor vragen die direct bruikbaar zijn in de praktijk, en we "
              "betrekken leraren bij het formuleren van de onderzoeksvraag. Zo voorkomen we dat onderzoek iets wordt "
              "dat 'over' scholen gaat in plaats van 'met' scholen."),
    ]
    f["inzetbaarheid"] = [
        ("p", "Duurzame inzetbaarheid van onze medewerkers vraagt aandacht. Het werk van consulenten en "
              "orthopedagogen is intensief en emotioneel belastend. Daarom organiseren we intervisie in vaste "
              "groepen van vijf collega's, elke zes weken. Medewerkers kunnen jaarlijks een loopbaangesprek voeren en "
              "maken gebruik van het individuele scholingsbudget uit de cao. Het ziekteverzuim lag in 2025 onder het "
              "sectorgemiddelde; we willen dat zo houden. Nieuwe medewerkers krijgen een inwerkprogramma van een half "
              "jaar met een vaste buddy en lopen in de eerste maanden mee met ervaren collega's bij schoolbezoeken."),
    ]
    f["bureau"] = [
        ("p", "Het bestuursbureau is op werkdagen bereikbaar van 8.30 tot 16.30 uur. Scholen kunnen voor vragen over "
              "procedures terecht bij het secretariaat; inhoudelijke vragen gaan naar de vaste consulent. In de "
              "schoolvakanties is er een beperkte bezetting. We streven ernaar e-mails van scholen binnen twee "
              "werkdagen te beantwoorden. Het bureau gebruikt een gedeelde agenda voor alle schoolbezoeken, zodat "
              "collega's elkaar kunnen vervangen bij ziekte. Het kantoor is goed bereikbaar met het openbaar vervoer; "
              "bezoekers kunnen gratis parkeren achter het gebouw."),
    ]
    f["landelijk"] = [
        ("p", "Het samenwerkingsverband is lid van de sectororganisatie en neemt deel aan het regionale overleg van "
              "directeuren van samenwerkingsverbanden in de provincie. Daar wisselen we ervaringen uit over wetgeving, "
              "bekostiging en de verbeteraanpak passend onderwijs. Landelijke ontwikkelingen, zoals de wetgeving over "
              "de positie van ouders en leerlingen en de discussie over inclusiever onderwijs, volgen we nauwgezet. "
              "Wij zien die ontwikkelingen als kans om ons beleid te toetsen, niet als bedreiging. Waar nodig passen we "
              "dit plan tussentijds aan; zo'n wijziging leggen we altijd voor aan de ondersteuningsplanraad."),
    ]
    f["opr_werk"] = [
        ("p", "De ondersteuningsplanraad wordt ondersteund door een ambtelijk secretaris die niet bij het "
              "bestuursbureau in dienst is. De raad heeft een eigen budget voor scholing en advies, en de leden "
              "ontvangen een vacatievergoeding. Voor elke vergadering ontvangt de raad de stukken ten minste tien "
              "werkdagen van tevoren. Twee keer per jaar spreekt de raad met de raad van toezicht. Aan het begin van "
              "elk schooljaar stellen de raad en de directeur-bestuurder samen een jaaragenda op, zodat instemmings- "
              "en adviesaanvragen tijdig kunnen worden voorbereid."),
    ]
    return f


def glossary(sec):
    rows = [["Begrip", "Omschrijving"],
            ["Arrangement", "Een afgesproken pakket van extra ondersteuning voor een leerling of groep."],
            ["Basisondersteuning", "Het afgesproken niveau van ondersteuning dat alle scholen van het samenwerkingsverband bieden."],
            ["Dekkend aanbod", "Het geheel van voorzieningen waardoor voor elke leerling een passende plek beschikbaar is."],
            ["Meerjarenbegroting", "Begroting voor meerdere jaren, waarin de verdeling en besteding van de middelen zichtbaar is."],
            ["OJSP", "Ouder- en jeugdsteunpunt: onafhankelijk steunpunt voor ouders en jongeren met vragen over passend onderwijs."],
            ["Onderwijsconsulenten", "Landelijke, onafhankelijke adviseurs die ouders kosteloos helpen bij een vastgelopen schoolsituatie."],
            ["OOGO", "Op overeenstemming gericht overleg met de gemeenten."],
            ["OPR", "Ondersteuningsplanraad; heeft instemmingsrecht op het ondersteuningsplan."],
            ["Resultaten", "Beoogde en bereikte resultaten van het onderwijs aan leerlingen die extra ondersteuning nodig hebben."],
            ["Terugplaatsing", "De overstap van een leerling uit het speciaal (basis)onderwijs naar het reguliere onderwijs."],
            ["Thuiszitter", "Leerplichtige leerling die zonder geldige vrijstelling niet naar school gaat."],
            ["TLV", "Toelaatbaarheidsverklaring voor het " + ("sbo of so." if sec == "po" else "vso; in het vo ook voor het praktijkonderwijs.")]]
    if sec == "vo":
        rows.append(["LWOO", "Leerwegondersteunend onderwijs binnen vmbo."])
        rows.append(["PrO", "Praktijkonderwijs."])
    return rows


def wc(blocks):
    n = 0
    for b in blocks:
        if b[0] in ("p", "h1", "h2", "title"):
            n += len(b[1].split())
        elif b[0] == "bullets":
            n += sum(len(x.split()) for x in b[1])
        elif b[0] == "table":
            n += sum(len(c.split()) for r in b[1] for c in r)
        elif b[0] == "toc":
            n += sum(len(t.split()) for _, t, _ in b[1])
    return n


def toc_from(blocks, start_page=3):
    toc, page = [], start_page
    for i, b in enumerate(blocks):
        if b[0] in ("h1", "h2"):
            toc.append((1 if b[0] == "h1" else 2, b[1], page))
            if b[0] == "h1":
                page += 2
    return toc


# ---------------------------------------------------------------------------
# Renderers
# ---------------------------------------------------------------------------
def render_docx(blocks, path, header_text):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    doc.sections[0].header.paragraphs[0].text = header_text
    doc.sections[0].footer.paragraphs[0].text = "Ondersteuningsplan - basisondersteuning - toelaatbaarheid - terugplaatsing - financiën - ouders"
    for b in blocks:
        k = b[0]
        if k == "title":
            doc.add_paragraph(b[1], style="Title")
        elif k == "subtitle":
            doc.add_paragraph(b[1], style="Subtitle")
        elif k == "h1":
            doc.add_heading(b[1], level=1)
        elif k == "h2":
            doc.add_heading(b[1], level=2)
        elif k == "p":
            doc.add_paragraph(b[1])
        elif k == "bullets":
            for x in b[1]:
                doc.add_paragraph(x, style="List Bullet")
        elif k == "table":
            rows = b[1]
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    t.cell(i, j).text = c
            doc.add_paragraph("")
        elif k == "toc":
            doc.add_paragraph("Inhoudsopgave", style="Heading 1")
            for lvl, t, pg in b[1]:
                doc.add_paragraph(("    " if lvl == 2 else "") + f"{t} ........ {pg}")
        elif k == "pagebreak":
            doc.add_page_break()
    doc.save(str(path))


def render_md(blocks, path):
    out = []
    for b in blocks:
        k = b[0]
        if k == "title":
            out.append(f"# {b[1]}\n")
        elif k == "subtitle":
            out.append(f"*{b[1]}*\n")
        elif k == "h1":
            out.append(f"## {b[1]}\n")
        elif k == "h2":
            out.append(f"### {b[1]}\n")
        elif k == "p":
            out.append(b[1] + "\n")
        elif k == "bullets":
            out.append("\n".join(f"- {x}" for x in b[1]) + "\n")
        elif k == "table":
            rows = b[1]
            out.append("| " + " | ".join(rows[0]) + " |")
            out.append("|" + "---|" * len(rows[0]))
            for r in rows[1:]:
                out.append("| " + " | ".join(r) + " |")
            out.append("")
        elif k == "toc":
            out.append("**Inhoud**\n")
            for lvl, t, pg in b[1]:
                out.append(("  " if lvl == 2 else "") + f"- {t}")
            out.append("")
    path.write_text("\n".join(out), encoding="utf-8")


def render_html(blocks, path, title):
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="nl"><head><meta charset="utf-8">', f"<title>{e(title)}</title>",
           "<style>body{font-family:sans-serif;max-width:52em;margin:auto} table{border-collapse:collapse} "
           "td,th{border:1px solid #999;padding:4px}</style></head><body>",
           f'<header><nav>Home | Over ons | Ondersteuningsplan | Toelaatbaarheid | Ouders | Contact</nav></header><main>']
    for b in blocks:
        k = b[0]
        if k == "title":
            out.append(f"<h1>{e(b[1])}</h1>")
        elif k == "subtitle":
            out.append(f"<p class='sub'><em>{e(b[1])}</em></p>")
        elif k == "h1":
            out.append(f"<h2>{e(b[1])}</h2>")
        elif k == "h2":
            out.append(f"<h3>{e(b[1])}</h3>")
        elif k == "p":
            out.append(f"<p>{e(b[1])}</p>")
        elif k == "bullets":
            out.append("<ul>" + "".join(f"<li>{e(x)}</li>" for x in b[1]) + "</ul>")
        elif k == "table":
            rows = b[1]
            s = "<table><tr>" + "".join(f"<th>{e(c)}</th>" for c in rows[0]) + "</tr>"
            for r in rows[1:]:
                s += "<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>"
            out.append(s + "</table>")
        elif k == "toc":
            out.append("<nav class='toc'><h2>Inhoud</h2><ul>" +
                       "".join(f"<li>{e(t)}</li>" for _, t, _ in b[1]) + "</ul></nav>")
    out.append("</main><footer>© Stichting SWV VO Heuvelrand-Eem · privacyverklaring · cookies · "
               "toegankelijkheid</footer></body></html>")
    path.write_text("\n".join(out), encoding="utf-8")


def to_pdf(docx_path, pdf_path):
    tmp = Path(tempfile.mkdtemp(prefix="holdout186_lo_"))
    try:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp}/profile", "--headless",
                        "--convert-to", "pdf", "--outdir", str(tmp), str(docx_path)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        shutil.move(str(tmp / (docx_path.stem + ".pdf")), str(pdf_path))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def assemble(front, body):
    """front: title blocks; body: list of blocks with headings. A TOC is generated from body."""
    return front + [("toc", toc_from(body)), ("pagebreak",)] + body


# ---------------------------------------------------------------------------
# Plan A - PO, Dommeldal (docx + pdf)
# ---------------------------------------------------------------------------
def plan_a():
    v = dict(n="Dommeldal", N="Samenwerkingsverband Passend Primair Onderwijs Dommeldal", code="PO 30-11", sec="po",
             reg="het Dommeldal", gem="Breeveld, Aalsterhout en Sint-Oedenrode-Noord", scholen=58, besturen=7,
             lln="11.400", opr_date="19 maart 2026", oogo_date="4 maart 2026", dir="Marieke van den Akker", fte=21)
    f = filler(v)
    front = [("title", "Ondersteuningsplan 2026-2030"),
             ("subtitle", "Samenwerkingsverband Passend Primair Onderwijs Dommeldal (PO 30-11) - Samen sterk voor elk kind"),
             ("p", "Vastgesteld door de algemene vergadering op 26 maart 2026. Met instemming van de ondersteuningsplanraad."),
             ("pagebreak",)]
    body = [("h1", "Voorwoord")] + f["voorwoord"]
    body += [("h1", "Hoofdstuk 1 Inleiding en totstandkoming")] + f["totstandkoming"] + [
        ("p", "Leeswijzer. Hoofdstuk 2 en 3 schetsen ons verband en onze koers. Hoofdstuk 4 tot en met 6 gaan over de "
              "ondersteuning van leerlingen: van wat elke school biedt tot de toelaatbaarheidsverklaring. Hoofdstuk 7 "
              "beschrijft de samenwerking met de gemeenten, hoofdstuk 8 de communicatie. Hoofdstuk 9 gaat over "
              "resultaten en kwaliteit, hoofdstuk 10 en 11 over organisatie en personeel. Het financiële hoofdstuk "
              "heet bij ons 'Geld en middelen' (hoofdstuk 12). Achterin staan een begrippenlijst en een lijst met "
              "afkortingen.")]
    body += [("h1", "Hoofdstuk 2 Ons verband")] + f["regio"]
    body += [("h1", "Hoofdstuk 3 Missie, visie en koers")] + f["missie"] + [
        ("p", "Voor deze planperiode kiezen we vier speerpunten: de basis op orde op elke school, snelle en "
              "zorgvuldige toewijzing, sterke samenwerking met jeugdhulp en een eerlijke verdeling van middelen. "
              "Deze speerpunten komen in de volgende hoofdstukken terug.")]
    # --- basisondersteuning: present (niveau + inhoud + borging)
    body += [("h1", "Hoofdstuk 4 De basis op orde"),
             ("p", "In het Dommeldal hebben de zeven besturen afgesproken welke ondersteuning iedere school, op iedere "
                   "vestiging, ten minste biedt. Dit noemen we de basisondersteuning. Het is de ondergrens: geen school "
                   "in ons verband mag daaronder zitten, en ouders mogen deze ondersteuning op elke school verwachten "
                   "zonder dat daarvoor een aanvraag bij het samenwerkingsverband nodig is. Scholen mogen meer bieden; "
                   "dat staat dan in hun schoolondersteuningsprofiel."),
             ("h2", "4.1 Wat iedere school biedt"),
             ("p", "De afspraken over de basisondersteuning zijn vastgelegd in twaalf standaarden. Elke school:"),
             ("bullets", [
                 "heeft een intern begeleider met een afgeronde opleiding en ten minste twee dagdelen per week per 200 leerlingen voor deze taak;",
                 "werkt met een leerlingvolgsysteem en bespreekt drie keer per jaar alle groepen in een groepsbespreking;",
                 "voert het landelijke dyslexieprotocol en het protocol ernstige rekenproblemen en dyscalculie uit, inclusief extra lees- en rekeninstructie;",
                 "biedt een programma voor sociale veiligheid en een aanpak tegen pesten, met een anti-pestcoördinator;",
                 "biedt verrijkingsstof voor leerlingen die meer aankunnen, binnen de eigen groep;",
                 "kan eenvoudige medische handelingen uitvoeren volgens het bestuursprotocol medisch handelen;",
                 "biedt NT2-ondersteuning voor leerlingen die korter dan twee jaar in Nederland zijn;",
                 "kan een ontwikkelingsperspectief opstellen en werkt met het groeidocument van het verband;",
                 "heeft een vaste contactpersoon van het lokale jeugdteam en een schoolmaatschappelijk werker;",
                 "kan binnen zes weken na aanmelding een consultatie vragen bij de orthopedagoog van het verband;",
                 "heeft een rustige plek in de school voor leerlingen die even prikkelarm moeten werken;",
                 "werkt handelingsgericht en legt afspraken met ouders vast in een handelingsplan."]),
             ("h2", "4.2 Hoe we de basis borgen"),
             ("p", "Eens per twee jaar voert de consulent met de intern begeleider en de directeur een gesprek aan de "
                   "hand van de kwaliteitskaart basisondersteuning. Scholen die op één of meer standaarden onder de "
                   "afgesproken ondergrens blijven, maken binnen drie maanden een verbeterplan; het bestuur van de "
                   "school is daarvoor verantwoordelijk. Na een jaar volgt een vervolggesprek. De uitkomsten worden "
                   "geanonimiseerd besproken in de algemene vergadering.")]
    # --- dekkend aanbod: continuum present, lacunes deferred
    body += [("h1", "Hoofdstuk 5 Extra ondersteuning en arrangementen"),
             ("p", "Wanneer de basisondersteuning niet toereikend is, kan een school extra ondersteuning inzetten. Ons "
                   "ondersteuningsaanbod is opgebouwd in lagen die op elkaar aansluiten:"),
             ("table", [["Laag", "Wat", "Waar"],
                        ["1 Basis", "De twaalf standaarden uit hoofdstuk 4", "Op elke school"],
                        ["2 Extra in de school", "Schoolarrangement van 10 tot 40 weken, bijvoorbeeld een gedragsspecialist of extra begeleiding bij taal", "Eigen school, met budget van het bestuur"],
                        ["3 Bovenschools", "Plusklas voor hoogbegaafde leerlingen (4 locaties), taalklas voor nieuwkomers, observatiegroep De Kompasroos (12 plaatsen)", "Bij een van de scholen, voor alle scholen van het verband"],
                        ["4 Onderwijs-zorg", "Onderwijs-zorgarrangement met dagbehandeling, samen met jeugdhulp", "Twee locaties in Breeveld"],
                        ["5 Speciaal", "Sbo De Regenboog en De Wissel; so cluster 3 De Linde; so cluster 4 Het Baken", "Na een toelaatbaarheidsverklaring"]]),
             ("p", "Een arrangement in laag 2 of 3 wordt aangevraagd door de school na bespreking in het "
                   "ondersteuningsteam. De consulent adviseert over de inhoud. De lagen zijn niet bedoeld als trap die "
                   "een kind moet beklimmen: soms is meteen een bovenschools arrangement nodig."),
             ("h2", "5.1 Thuiszitters en wachtlijsten"),
             ("p", "Het thema thuiszitters vraagt de komende jaren onze aandacht. Samen met de leerplichtambtenaren van "
                   "de drie gemeenten zullen we in de loop van schooljaar 2026-2027 een gezamenlijke werkwijze "
                   "vaststellen. Ook de vraag of ons aanbod voldoende dekkend is en hoe we omgaan met wachtlijsten "
                   "bij de speciale scholen, nemen we mee in die uitwerking. Tot die tijd handelen de besturen volgens "
                   "hun eigen afspraken.")]
    # --- plaatsing: procedure present; criteria deferred; deskundigen, duur, bezwaar. terugstroom hidden in 6.5
    body += [("h1", "Hoofdstuk 6 De toelaatbaarheidsverklaring"),
             ("p", "Voor plaatsing op een school voor speciaal basisonderwijs of speciaal onderwijs is een "
                   "toelaatbaarheidsverklaring (TLV) van het samenwerkingsverband nodig."),
             ("h2", "6.1 Zo verloopt de aanvraag"),
             ("p", "Het bestuur van de school waar de leerling staat ingeschreven dient de aanvraag in via het digitale "
                   "loket; in de praktijk doet de intern begeleider dat namens het bestuur. De aanvraag bevat het "
                   "groeidocument, het ontwikkelingsperspectief, een onderwijskundig rapport en de zienswijze van de "
                   "ouders. Binnen vijf werkdagen controleert het loket of het dossier compleet is. Daarna vragen we "
                   "twee deskundigen om ieder afzonderlijk schriftelijk te adviseren: een orthopedagoog of psycholoog "
                   "en, afhankelijk van de leerling, een tweede deskundige zoals een jeugdarts, kinderpsychiater of "
                   "maatschappelijk werker. Een deskundige die betrokken was bij het opstellen van de aanvraag "
                   "adviseert niet. De Commissie Toelaatbaarheid, bestaande uit de directeur-bestuurder en twee "
                   "onafhankelijke leden, neemt het besluit binnen zes weken na ontvangst van het complete dossier. "
                   "Ouders ontvangen een kopie van beide adviezen en van het besluit."),
             ("h2", "6.2 Wanneer is een leerling toelaatbaar?"),
             ("p", "De commissie weegt elke aanvraag zorgvuldig en kijkt daarbij naar het hele kind. Een afwegingskader "
                   "waarin staat wanneer een leerling toelaatbaar is tot het sbo en wanneer tot het so, wordt op dit "
                   "moment met de speciale scholen ontwikkeld. Het kader wordt na instemming van de "
                   "ondersteuningsplanraad als aanvulling op dit plan gepubliceerd."),
             ("h2", "6.3 Duur en categorie"),
             ("p", "Een TLV wordt afgegeven voor ten hoogste twee schooljaren en loopt altijd tot en met 31 juli. Voor "
                   "het so stelt de commissie daarnaast de bekostigingscategorie vast: laag, midden of hoog."),
             ("h2", "6.4 Niet eens met het besluit"),
             ("p", "Tegen een besluit over toelaatbaarheid kan binnen zes weken bezwaar worden gemaakt bij het "
                   "samenwerkingsverband. Wij zijn aangesloten bij de Landelijke Bezwaaradviescommissie "
                   "Toelaatbaarheidsverklaringen, die ons adviseert over het bezwaar. Daarna beslist het bestuur op het "
                   "bezwaar; tegen die beslissing staat beroep open bij de bestuursrechter."),
             ("h2", "6.5 Looptijd en afloop van de TLV"),
             ("p", "Een plaatsing in het sbo of so is in ons verband geen eindstation. Wij vinden dat een leerling "
                   "terugkeert naar een basisschool zodra dat in het belang van de leerling is, bij voorkeur een school "
                   "dicht bij huis. Terugkeer is mogelijk wanneer de leerling zich volgens het ontwikkelingsperspectief "
                   "zo heeft ontwikkeld dat een basisschool met extra ondersteuning kan aansluiten, en wanneer een "
                   "ontvangende school bereid en voorbereid is."),
             ("p", "Werkwijze: de speciale school evalueert het ontwikkelingsperspectief elk jaar in oktober met de "
                   "ouders. In het laatste jaar van de TLV bespreekt de speciale school uiterlijk 1 februari met ouders "
                   "en de consulent van het verband of terugkeer haalbaar is. Is dat zo, dan zoekt de consulent samen "
                   "met ouders een ontvangende basisschool en wordt een overstapplan gemaakt. De leerling kan een "
                   "proefperiode van maximaal acht weken volgen waarin hij of zij deels op de nieuwe school is. Na "
                   "de overstap krijgt de ontvangende school een terugkeerarrangement van één schooljaar met "
                   "ambulante begeleiding vanuit de speciale school en een budget van € 4.500. Is terugkeer nog niet "
                   "verantwoord, dan vraagt de speciale school vóór 1 april een nieuwe TLV aan. De consulent legt de "
                   "afspraken vast en het verband besluit over het arrangement.")]
    # --- ketenpartners (advisory dekkend-aanbod)
    body += [("h1", "Hoofdstuk 7 Samenwerking met gemeenten"),
             ("p", "Onderwijs en jeugdhulp hebben elkaar nodig. Met de drie gemeenten hebben we in het OOGO "
                   "afgesproken dat elke school een vaste contactpersoon van het jeugdteam heeft en dat we de "
                   "onderwijs-zorgarrangementen samen financieren. Verder bespreken we jaarlijks het leerlingenvervoer, "
                   "de onderwijshuisvesting van de speciale scholen en de aansluiting voorschool-basisschool. Een "
                   "regionale werkgroep van beleidsmedewerkers van gemeenten en verband komt zes keer per jaar bijeen."),
             ("p", "Over het thema thuiszitters zijn in het OOGO nog geen afspraken gemaakt; dat gesprek voeren we in "
                   "2026-2027 verder.")]
    # --- ouders: present inside Communicatie
    body += [("h1", "Hoofdstuk 8 Communicatie")] + f["scholen_comm"] + [
        ("h2", "8.2 Hoe ouders ons vinden"),
        ("p", "Ouders vinden op onze website een ouderpagina met uitleg over de basisondersteuning, de arrangementen "
              "en de toelaatbaarheidsverklaring, en een overzicht van het aanbod per school. Elke school neemt in de "
              "schoolgids een vaste paragraaf op over de ondersteuning die zij biedt, met een verwijzing naar die "
              "pagina. Twee keer per jaar organiseren we een informatieavond voor ouders, afwisselend in Breeveld en "
              "Aalsterhout. De ouderfolder 'Passend onderwijs in het Dommeldal' is er in het Nederlands, Arabisch, "
              "Pools en Turks en ligt bij alle scholen en consultatiebureaus."),
        ("h2", "8.3 Als u er samen niet uitkomt"),
        ("p", "Soms lopen gesprekken tussen ouders en school vast. Ouders kunnen dan terecht bij het Ouder- en "
              "jeugdsteunpunt Dommeldal. Het steunpunt is ondergebracht bij een stichting die los staat van de "
              "besturen en van het samenwerkingsverband; het is bereikbaar via telefoon, mail en een inloopspreekuur "
              "op woensdag. Daarnaast kunnen ouders kosteloos een onderwijsconsulent inschakelen. Voor klachten over "
              "het samenwerkingsverband is er een klachtenregeling; wij zijn aangesloten bij de landelijke "
              "klachtencommissie van Stichting Onderwijsgeschillen. Geschillen over toelating, verwijdering of het "
              "ontwikkelingsperspectief kunnen worden voorgelegd aan de Geschillencommissie passend onderwijs.")]
    # --- resultaten: missing (deferral + near-miss)
    body += [("h1", "Hoofdstuk 9 Resultaten en kwaliteit"),
             ("h2", "9.1 Beoogde resultaten"),
             ("p", "Wij willen een resultaatgericht samenwerkingsverband zijn. De beoogde resultaten voor deze "
                   "planperiode formuleren we op basis van een nulmeting die in het voorjaar van 2027 plaatsvindt. De "
                   "speerpunten uit hoofdstuk 3 geven richting, maar zijn nadrukkelijk nog geen resultaatafspraken."),
             ("h2", "9.2 Volgen en verantwoorden"),
             ("p", "Hoe we de resultaten gaan volgen en waarover we verantwoording afleggen, werken we tegelijk met de "
                   "nulmeting uit. De leerresultaten van de scholen, zoals de uitkomsten van de doorstroomtoets in "
                   "groep 8, vallen onder de verantwoordelijkheid van de schoolbesturen en de inspectie en maken geen "
                   "deel uit van dit plan.")]
    body += [("h1", "Hoofdstuk 10 Organisatie en medezeggenschap")] + f["governance"] + [
        ("p", "De ondersteuningsplanraad telt twaalf leden: zes ouders en zes personeelsleden, afgevaardigd door de "
              "medezeggenschapsraden van de scholen. De raad heeft instemmingsrecht op het ondersteuningsplan en "
              "vergadert vijf keer per jaar met de directeur-bestuurder.")]
    body += [("h1", "Hoofdstuk 11 Personeel en professionalisering")] + f["personeel"] + f["prof"]
    # --- financien: present under 'Geld en middelen'
    body += [("h1", "Hoofdstuk 12 Geld en middelen"),
             ("p", "Het samenwerkingsverband ontvangt van het Rijk het ondersteuningsbudget. Na aftrek van de "
                   "afdrachten voor het sbo en so, die DUO rechtstreeks inhoudt, resteert het bedrag dat wij verdelen."),
             ("h2", "12.1 Zo verdelen we"),
             ("p", "Wij werken met een schoolmodel. Elk bestuur ontvangt per school een vaste voet van € 4.000 plus "
                   "€ 118 per leerling op de teldatum 1 oktober van het voorgaande jaar. Daarnaast ontvangt een bestuur "
                   "€ 95 per leerling met een hoog gewicht volgens de CBS-onderwijsachterstandenindicator. Bovenschoolse "
                   "arrangementen (laag 3 en 4) worden centraal bekostigd; de consulent kent ze toe op basis van het "
                   "groeidocument. Het algemeen bestuur stelt het verdeelmodel jaarlijks vóór 1 juli vast."),
             ("h2", "12.2 Meerjarenbegroting (bedragen x € 1.000)"),
             ("table", [["Post", "2026", "2027", "2028", "2029"],
                        ["Baten ondersteuningsbudget", "14.820", "14.650", "14.480", "14.300"],
                        ["Afdrachten sbo en so (DUO)", "-6.910", "-6.880", "-6.840", "-6.800"],
                        ["Schoolbudgetten besturen", "4.430", "4.380", "4.330", "4.280"],
                        ["Bovenschoolse arrangementen", "1.650", "1.650", "1.640", "1.620"],
                        ["Onderwijs-zorgarrangementen", "420", "420", "420", "420"],
                        ["Terugkeerarrangementen", "90", "90", "90", "90"],
                        ["Bestuursbureau en personeel", "1.390", "1.400", "1.410", "1.420"],
                        ["Saldo", "-70", "-170", "-250", "-330"]]),
             ("p", "De begroting is bewust negatief: wij bouwen de reserve af die in de vorige periode is ontstaan. Het "
                   "weerstandsvermogen daalt van 9 naar 5 procent van de baten, boven de ondergrens van 4 procent die de "
                   "raad van toezicht hanteert. Besturen verantwoorden de besteding van hun schoolbudget jaarlijks vóór "
                   "1 mei in een kort formulier per school.")]
    body += [("h1", "Hoofdstuk 13 ICT, privacy en planning")] + f["ict"] + f["planning"]
    body += [("h1", "Bijlage 1 Begrippenlijst"), ("table", glossary("po")),
             ("h1", "Bijlage 2 Afkortingen"),
             ("table", [["Afkorting", "Betekenis"], ["IB", "Intern begeleider"], ["OJSP", "Ouder- en jeugdsteunpunt"],
                        ["OPP", "Ontwikkelingsperspectief"], ["SBO", "Speciaal basisonderwijs"],
                        ["SO", "Speciaal onderwijs"], ["TLV", "Toelaatbaarheidsverklaring"],
                        ["LBT", "Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen"]])]
    return assemble(front, body), v


# ---------------------------------------------------------------------------
# Plan B - VO, Lingewaarde (docx + pdf)
# ---------------------------------------------------------------------------
def plan_b():
    v = dict(n="SWV VO Lingewaarde", N="Samenwerkingsverband Voortgezet Onderwijs Lingewaarde", code="VO 25-14",
             sec="vo", reg="de Lingewaarde", gem="Gelderwaard, Hemmen en Oosterlinge", scholen=16, besturen=6,
             lln="13.900", opr_date="24 februari 2026", oogo_date="10 februari 2026", dir="drs. Joost Verhagen", fte=34)
    f = filler(v)
    f["voorwoord"][0] = ("p", f["voorwoord"][0][1].replace(" Achter elk getal in dit plan staat een leerling met "
                                                           "ouders die hopen dat hun kind een plek vindt waar het zich kan ontwikkelen.",
                                                           " Achter elk getal in dit plan staat een jongere die een plek zoekt waar hij of zij zich kan ontwikkelen."))
    f["personeel"][0] = ("p", f["personeel"][0][1].replace("cao po", "cao vo"))
    front = [("title", "Ondersteuningsplan 2026 – 2030"),
             ("subtitle", "SWV VO Lingewaarde (VO 25-14) | Koers houden, ruimte maken"), ("pagebreak",)]
    body = [("h1", "Voorwoord")] + f["voorwoord"]
    body += [("h1", "1 | Samenvatting"),
             ("p", "In dit plan leest u hoe de zestien vo-scholen en de twee vso-scholen in de Lingewaarde samen zorgen "
                   "voor een passende plek voor elke jongere. We bouwen voort op wat werkt: het OPDC De Brug, de "
                   "ondersteuningsteams in de scholen en de korte lijnen met jeugdhulp. Nieuw zijn een scherper "
                   "toewijzingskader voor het vso, een aanpak voor jongeren zonder passende plek en een verdeelmodel "
                   "dat meer geld direct naar de scholen brengt. Voor leerlingen en hun ouders hoort het verschil "
                   "tussen school, verband en jeugdhulp er uiteindelijk niet toe te doen.")]
    body += [("h1", "2 | Totstandkoming en regio")] + f["totstandkoming"] + f["regio"]
    body += [("h1", "3 | Terugblik 2022-2026"),
             ("p", "In de vorige planperiode daalde het deelnamepercentage vso van 4,1% (1 oktober 2021) naar 3,7% "
                   "(1 oktober 2025); het landelijk gemiddelde lag in 2025 op 3,6%. Het aantal thuiszitters langer dan "
                   "vier weken daalde van 31 naar 18. Het OPDC begeleidde 212 leerlingen, van wie 81% binnen een jaar "
                   "terugkeerde naar een reguliere school. Niet gehaald werd het doel om de doorlooptijd van een "
                   "toewijzing onder de vier weken te brengen: gemiddeld was die vijf weken en twee dagen.")]
    body += [("h1", "4 | Koers 2026-2030")] + f["missie"]
    # basisondersteuning partial: niveau yes, inhoud in absent annex
    body += [("h1", "5 | Ondersteuning in vier niveaus"),
             ("h2", "5.1 Niveau 1: basisondersteuning"),
             ("p", "Basisondersteuning is in de Lingewaarde het afgesproken niveau van ondersteuning dat iedere vestiging "
                   "van iedere aangesloten school biedt, ongeacht schoolsoort of bestuur. Het is een gezamenlijke "
                   "ondergrens en geen streefbeeld: scholen die de afspraken niet halen, worden daarop aangesproken "
                   "door het algemeen bestuur. De standaarden waaruit de basisondersteuning bestaat, met per standaard "
                   "de concrete uitwerking, zijn opgenomen in bijlage 2 (Kwaliteitskaart basisondersteuning VO 25-14)."),
             ("h2", "5.2 Niveau 2: extra ondersteuning in de school"),
             ("p", "Iedere school heeft een ondersteuningsteam onder leiding van de ondersteuningscoördinator. Met het "
                   "schoolbudget (zie hoofdstuk 9) bieden scholen extra ondersteuning in de eigen school, zoals een "
                   "trajectvoorziening, een faalangstreductietraining in kleine groepen of een vaste coach. Wat een "
                   "school precies aan extra ondersteuning biedt, staat in haar schoolondersteuningsprofiel."),
             ("h2", "5.3 Niveau 3: bovenschoolse voorzieningen"),
             ("p", "Voor leerlingen die tijdelijk niet in de eigen school kunnen functioneren, is er het OPDC De Brug "
                   "(60 plaatsen), met een rebound-afdeling voor leerlingen die na een incident een time-out nodig "
                   "hebben (maximaal 12 weken). Nieuwkomers starten in de ISK in Gelderwaard. Voor jongeren die "
                   "onderwijs en zorg combineren, zijn er acht plaatsen in het onderwijs-zorgarrangement De Overkant, "
                   "samen met twee jeugdhulpaanbieders."),
             ("h2", "5.4 Niveau 4: voortgezet speciaal onderwijs"),
             ("p", "Twee vso-scholen in de regio bieden cluster 3 (De Zwaluw) en cluster 4 (Het Fort). Daarnaast maken "
                   "jaarlijks ongeveer veertig leerlingen gebruik van vso-scholen buiten de regio, vooral voor "
                   "specifieke profielen zoals zeer moeilijk lerende leerlingen met een medische aandoening."),
             ("h2", "5.5 Geen jongere zonder plek"),
             ("p", "Ieder jaar in november maken we met de besturen een analyse van het aanbod: welke jongeren hebben "
                   "geen passende plek, welke wachtlijsten zijn er, waar ontbreekt expertise? Een jongere die langer dan "
                   "vier weken thuiszit, wordt besproken aan de regionale thuiszitterstafel met leerplicht, jeugdhulp en "
                   "het verband. Lukt het niet binnen acht weken een plek te vinden, dan gebruikt de directeur-"
                   "bestuurder de doorzettingsmacht die de besturen hem hebben gegeven: hij wijst een school aan die de "
                   "leerling tijdelijk opvangt, met extra middelen. Gaten in het aanbod die uit de analyse blijken, "
                   "leiden tot een voorstel aan het algemeen bestuur; zo is in 2024 besloten tot een kleine "
                   "havo-vwo-klas voor leerlingen met autisme.")]
    # plaatsing present: vso + lwoo + pro; no parents mentioned
    body += [("h1", "6 | Toewijzing en toelaatbaarheid"),
             ("h2", "6.1 Vso: hoe het gaat"),
             ("p", "Het schoolbestuur van de school waar de leerling is ingeschreven vraagt de toelaatbaarheidsverklaring "
                   "aan bij de Commissie Toewijzing van het verband. Bij de aanvraag horen het ontwikkelingsperspectief, "
                   "een verslag van het ondersteuningsteam en een overzicht van de ingezette ondersteuning in de "
                   "afgelopen twaalf maanden. Een orthopedagoog of psycholoog en een tweede deskundige (jeugdarts, "
                   "kinderpsychiater of maatschappelijk werker) brengen ieder een eigen schriftelijk advies uit. De "
                   "commissie beslist binnen vier weken, in spoedsituaties binnen vijf werkdagen. De TLV geldt voor "
                   "één, twee of drie schooljaren en vermeldt de bekostigingscategorie."),
             ("h2", "6.2 Vso: wanneer wel"),
             ("p", "De commissie geeft een TLV voor het vso als aan alle volgende voorwaarden is voldaan:"),
             ("bullets", ["de ondersteuningsbehoefte is beschreven in een ontwikkelingsperspectief dat ten minste zes maanden is uitgevoerd en geëvalueerd;",
                          "de school heeft niveau 2 ingezet en, waar passend, een plaatsing in het OPDC overwogen;",
                          "de leerling heeft een structurele behoefte aan een kleine groep, intensieve begeleiding gedurende de hele schooldag of een aangepaste leeromgeving die binnen het regulier vo ook met een arrangement niet te bieden is;",
                          "de deskundigen bevestigen dat de ontwikkeling van de leerling in het reguliere vo stagneert of in gevaar is."]),
             ("h2", "6.3 Lwoo en praktijkonderwijs"),
             ("p", "Voor lwoo en pro hanteren wij de landelijke criteria. Een leerling komt in aanmerking voor "
                   "praktijkonderwijs bij een IQ tussen 55 en 80 en een leerachterstand van drie jaar of meer op "
                   "minstens twee van de vier domeinen, waaronder begrijpend lezen of inzichtelijk rekenen. Voor lwoo "
                   "geldt een IQ tussen 75 en 90 met een achterstand van anderhalf tot drie jaar op twee domeinen, of "
                   "een IQ tussen 91 en 120 met die achterstand en sociaal-emotionele problematiek. De vo-school waar de "
                   "leerling is aangemeld, dient de aanvraag vóór 1 maart in; de commissie beslist uiterlijk 1 april, "
                   "zodat de leerling voor de zomer weet waar hij of zij aan toe is. Een aanwijzing voor lwoo geldt "
                   "voor de duur van de opleiding.")]
    # terugstroom partial: beleid present, procedure deferred
    body += [("h1", "7 | Terug naar het reguliere vo"),
             ("p", "Ons uitgangspunt is dat het vso voor veel leerlingen een tijdelijke plek is. Waar het kan, keert "
                   "een leerling terug naar het reguliere vo, of stroomt hij of zij vanuit het vso door naar het mbo via "
                   "een reguliere route. Terugkeer is aan de orde als de leerling zijn of haar doelen uit het "
                   "ontwikkelingsperspectief grotendeels heeft gehaald en een reguliere school met hooguit niveau 2 "
                   "ondersteuning kan aansluiten. Na terugkeer heeft de ontvangende school recht op een "
                   "overgangsarrangement van zes maanden, met begeleiding door een medewerker van de vso-school."),
             ("p", "Het stappenplan terugplaatsing – wie het initiatief neemt, op welke momenten geëvalueerd wordt en "
                   "wie besluit – stellen we in schooljaar 2026-2027 samen met de twee vso-scholen op.")]
    # resultaten present
    body += [("h1", "8 | Kwaliteitszorg en resultaten"),
             ("p", "Voor 2030 hebben we de volgende beoogde resultaten vastgesteld:"),
             ("table", [["Indicator", "Stand 2025", "Doel 2030"],
                        ["Deelnamepercentage vso (1 oktober)", "3,7%", "3,3%"],
                        ["Thuiszitters > 4 weken (peildatum 1 oktober)", "18", "≤ 8"],
                        ["Leerlingen OPDC terug in regulier vo binnen 1 jaar", "81%", "85%"],
                        ["Gemiddelde doorlooptijd toewijzing", "5,3 weken", "≤ 4 weken"],
                        ["Tevredenheid scholen over advisering (schaal 1-10)", "7,2", "≥ 7,5"]]),
             ("p", "We volgen deze indicatoren met een dashboard dat elk kwartaal wordt bijgewerkt met gegevens uit DUO "
                   "en uit onze eigen registratie. Het bestuur bespreekt de kwartaalrapportage; de raad van toezicht "
                   "ontvangt haar twee keer per jaar. In het jaarverslag rapporteren we over de bereikte resultaten en "
                   "de bijbehorende kosten per voorziening. Halverwege de planperiode, in het voorjaar van 2028, volgt "
                   "een evaluatie door een externe partij.")]
    # financien partial: verdeling present, besteding p.m.
    body += [("h1", "9 | Financieel beleid"),
             ("h2", "9.1 Verdeling"),
             ("p", "Vanaf 1 januari 2027 gaat 62% van de middelen lichte ondersteuning en zware ondersteuning, na aftrek "
                   "van de vso-afdrachten, rechtstreeks naar de besturen. Elk bestuur ontvangt € 215 per leerling (teldatum "
                   "1 oktober) plus een vaste voet van € 15.000 per vestiging. De lwoo- en pro-middelen geven wij volledig "
                   "door aan de besturen op basis van het aantal leerlingen met een aanwijzing lwoo of een TLV pro. Het "
                   "OPDC en de thuiszittersaanpak worden centraal bekostigd. Het verdeelmodel wordt elk jaar in "
                   "november door het algemeen bestuur vastgesteld."),
             ("h2", "9.2 Meerjarenbegroting"),
             ("table", [["Post", "2027", "2028", "2029", "2030"],
                        ["Baten", "p.m.", "p.m.", "p.m.", "p.m."],
                        ["Doorbetaling besturen", "p.m.", "p.m.", "p.m.", "p.m."],
                        ["OPDC en rebound", "p.m.", "p.m.", "p.m.", "p.m."],
                        ["Bureau", "p.m.", "p.m.", "p.m.", "p.m."]]),
             ("p", "De bedragen worden ingevuld nadat de rijksbekostiging voor 2027 bekend is en de begroting door de "
                   "raad van toezicht is goedgekeurd.")]
    body += [("h1", "10 | Organisatie en medezeggenschap")] + f["governance"] + [
        ("p", "Het plan is voorgelegd aan de ondersteuningsplanraad, die op 24 februari 2026 instemde. De raad "
              "vergadert vier keer per jaar en heeft een eigen huishoudelijk reglement.")]
    body += [("h1", "11 | Personeel en deskundigheid")] + f["personeel"] + f["prof"] + f["inzetbaarheid"] + f["opr_werk"]
    body += [("h1", "12 | Gemeenten en mbo"),
             ("p", "Met de gemeenten voeren we overleg over jeugdhulp in en om de school, het leerlingenvervoer naar het "
                   "vso en de huisvesting van het OPDC. Met de twee mbo-instellingen in de regio hebben we afspraken "
                   "over een warme overdracht voor leerlingen met een ondersteuningsbehoefte en over een gezamenlijke "
                   "entreeopleiding voor jongeren uit het praktijkonderwijs.")]
    body += [("h1", "13 | ICT en privacy")] + f["ict"] + [("h1", "14 | Planning")] + f["planning"]
    body += [("h1", "Bijlagen"),
             ("p", "Bijlage 1 Begrippenlijst. Bijlage 2 Kwaliteitskaart basisondersteuning VO 25-14. Bijlage 3 Verslag OOGO. "
                   "Bijlage 4 Instemmingsbrief ondersteuningsplanraad."),
             ("h2", "Bijlage 1 Begrippenlijst"), ("table", glossary("vo"))]
    return assemble(front, body), v


# ---------------------------------------------------------------------------
# Plan C - PO, Veenstreek (markdown)
# ---------------------------------------------------------------------------
def plan_c():
    v = dict(n="SWV PO Veenstreek", N="Samenwerkingsverband Passend Onderwijs Veenstreek", code="PO 20-16", sec="po",
             reg="de Veenstreek", gem="Veendijk, Oude Vaart en Kloosterwolde-Oost", scholen=44, besturen=5,
             lln="6.800", opr_date="12 maart 2026", oogo_date="26 februari 2026", dir="Hilde Boersma", fte=12)
    f = filler(v)
    front = [("title", "Ondersteuningsplan 2026-2030 Samenwerkingsverband Passend Onderwijs Veenstreek (PO 20-16)"),
             ("subtitle", "Plan op hoofdlijnen · versie ter instemming OPR · februari 2026")]
    body = [("h1", "Voorwoord")] + f["voorwoord"]
    body += [("h1", "Samenvatting"),
             ("p", "Dit plan beschrijft op hoofdlijnen hoe de vijf besturen in de Veenstreek de komende vier jaar "
                   "samenwerken. De kern: iedere school maakt een duidelijke ondergrens waar, de route naar het "
                   "speciaal (basis)onderwijs is helder en snel, het geld gaat zo veel mogelijk naar de scholen, en we "
                   "maken afspraken over wat we in 2030 bereikt willen hebben. Het plan is kort gehouden, omdat we "
                   "merken dat lange plannen in een la verdwijnen. Het is geschreven voor schoolleiders, intern "
                   "begeleiders, leden van de medezeggenschap en iedereen die wil weten hoe passend onderwijs in onze "
                   "regio is geregeld. Waar we nog niet klaar zijn, zeggen we dat eerlijk.")]
    body += [("h1", "1. Waarom dit plan")] + f["totstandkoming"] + [
        ("p", "Dit is bewust een plan op hoofdlijnen. Veel onderwerpen werken we in jaarplannen verder uit. Dat geldt "
              "bijvoorbeeld voor de doorgaande lijn naar het voortgezet onderwijs, voor het aanbod voor kinderen die "
              "meer aankunnen en voor de vraag of ons aanbod in de kleine kernen voldoende dekkend is; in 2027 maken we "
              "daarvoor een analyse.")]
    body += [("h1", "2. Ons verband")] + f["regio"] + f["missie"]
    body += [("h1", "3. Wat elke school waarmaakt"),
             ("p", "De vijf besturen in de Veenstreek hebben samen vastgelegd wat ieder kind op iedere school in ons "
                   "verband aantreft, op welke locatie ook. We spreken liever van 'wat elke school waarmaakt' dan van "
                   "een abstract begrip; het gaat om de ondergrens die voor alle 44 scholen geldt, ook voor de kleinste "
                   "school met 38 leerlingen."),
             ("table", [["Domein", "Dit vindt u op elke school"],
                        ["Lezen en taal", "Extra leesinstructie volgens het dyslexieprotocol; signalering in groep 2 en 3; een leesspecialist per school"],
                        ["Rekenen", "Verlengde instructie in kleine groep; werkwijze volgens het protocol ernstige rekenproblemen"],
                        ["Gedrag en welbevinden", "Een methode voor sociaal-emotioneel leren in alle groepen; een gedragsaanpak die het hele team kent; een anti-pestcoördinator"],
                        ["Ontwikkeling volgen", "Groepsbesprekingen drie keer per jaar; leerlingbespreking met de intern begeleider; een ontwikkelingsperspectief als een kind op een eigen leerlijn werkt"],
                        ["Lichamelijk en medisch", "Afspraken over medicijngebruik en eenvoudige medische handelingen; een toegankelijke begane grond"],
                        ["Deskundigheid", "Een intern begeleider met minimaal één dag per week per 150 leerlingen; toegang tot de orthopedagoog van het verband"]]),
             ("p", "Elke twee jaar bezoekt een auditteam van twee intern begeleiders van andere besturen iedere school "
                   "en toetst de praktijk aan deze tabel. Het verslag gaat naar het eigen bestuur, dat bij tekorten "
                   "binnen een half jaar maatregelen neemt.")]
    body += [("h1", "4. Als een kind meer nodig heeft: sbo en so"),
             ("p", "In de Veenstreek zijn één school voor speciaal basisonderwijs (De Horizon, 160 leerlingen) en twee "
                   "scholen voor speciaal onderwijs (De Linde, cluster 3, en De Sprong, cluster 4)."),
             ("h2", "4.1 De route"),
             ("p", "Stap 1: de school bespreekt het kind in het ondersteuningsteam, met ouders en de consulent. Stap 2: "
                   "het bestuur van de school dient via het aanvraagportaal een aanvraag in met het groeidocument en "
                   "het ontwikkelingsperspectief; ouders geven hun zienswijze. Stap 3: twee deskundigen, een "
                   "orthopedagoog en afhankelijk van de vraag een psycholoog, arts of maatschappelijk werker, brengen "
                   "ieder apart advies uit; zij waren niet bij de aanvraag betrokken. Stap 4: de Toelaatbaarheids"
                   "commissie besluit binnen zes weken. Een TLV voor het sbo geldt tot het einde van de basisschool"
                   "periode; een TLV voor het so geldt twee schooljaren, met categorie laag, midden of hoog."),
             ("h2", "4.2 Wanneer toelaatbaar"),
             ("p", "Een kind is toelaatbaar tot het sbo als het in de basisschool ondanks een arrangement van ten minste "
                   "een half jaar onvoldoende tot ontwikkeling komt, de achterstand of het gedrag een kleinere groep "
                   "en een specialistische aanpak de hele dag vraagt, en er geen zware medische of lichamelijke "
                   "beperking is. Toelaatbaar tot het so is een kind dat naast dit alles een ondersteuningsbehoefte "
                   "heeft die ook het sbo overstijgt, bijvoorbeeld een ernstige verstandelijke beperking (cluster 3) of "
                   "ernstige gedragsproblematiek met psychiatrische diagnose (cluster 4), of wanneer onderwijs en "
                   "zorg op één plek nodig zijn."),
             ("h2", "4.3 Bezwaar"),
             ("p", "Ouders en het schoolbestuur kunnen binnen zes weken bezwaar maken. Wij vragen advies aan de "
                   "Landelijke Bezwaaradviescommissie en beslissen daarna opnieuw.")]
    body += [("h1", "5. Geld en middelen"),
             ("p", "Het verband kiest voor een expertisemodel met geld dicht bij de school. Na aftrek van de afdrachten "
                   "voor sbo en so ontvangt ieder bestuur een bedrag per leerling van € 142 (teldatum 1 oktober). Het "
                   "restant besteedt het verband aan de orthopedagogen en consulenten die alle scholen kunnen inzetten, "
                   "en aan arrangementen die de consulent toekent als een school met haar eigen middelen niet verder kan. "
                   "Besturen verantwoorden de besteding jaarlijks in hun jaarverslag met een aparte paragraaf."),
             ("table", [["Begroting (x € 1.000)", "2026-2027", "2027-2028", "2028-2029", "2029-2030"],
                        ["Inkomsten ondersteuningsbudget", "8.910", "8.760", "8.620", "8.500"],
                        ["Afdracht sbo en so", "-4.020", "-3.990", "-3.960", "-3.930"],
                        ["Budget per leerling naar besturen", "965", "940", "920", "900"],
                        ["Orthopedagogen en consulenten", "1.210", "1.230", "1.250", "1.270"],
                        ["Arrangementen", "1.780", "1.720", "1.660", "1.600"],
                        ["Organisatie en huisvesting", "730", "735", "740", "745"],
                        ["Resultaat", "205", "145", "90", "55"]]),
             ("p", "Het verband heeft een reserve van circa € 1,2 miljoen; de signaleringswaarde van de inspectie wordt "
                   "niet overschreden.")]
    body += [("h1", "6. Wat we willen bereiken"),
             ("p", "In 2030 willen we het volgende bereikt hebben:"),
             ("bullets", ["het deelnamepercentage sbo en so samen is niet hoger dan 3,2% (nu 3,6%);",
                          "negen van de tien besluiten over toelaatbaarheid worden binnen zes weken genomen;",
                          "alle 44 scholen voldoen bij de audit aan wat elke school waarmaakt (nu 37);",
                          "ouders waarderen de toewijzingsroute gemiddeld met ten minste een 7,5."]),
             ("p", "Hoe we deze resultaten meten, wanneer we erover rapporteren en wie dat doet, leggen we vast in het "
                   "kwaliteitskader dat in de loop van 2027 verschijnt.")]
    body += [("h1", "7. Ouders"),
             ("p", "Ouders zijn de eerste deskundigen van hun kind. Soms verschillen ouders en school van mening over "
                   "wat een kind nodig heeft. Dan is onafhankelijke hulp belangrijk. Ouders kunnen terecht bij "
                   "Ouderwijzer Veenstreek, het ouder- en jeugdsteunpunt dat de drie gemeenten en het verband samen "
                   "financieren en dat wordt uitgevoerd door een welzijnsorganisatie die geen band heeft met de "
                   "schoolbesturen. Daarnaast kunnen ouders gratis een onderwijsconsulent inschakelen. Voor klachten "
                   "over het verband geldt de klachtenregeling; het verband is aangesloten bij de Landelijke "
                   "Klachtencommissie Onderwijs."),
             ("p", "Hoe we ouders straks informeren over de ondersteuning op de scholen en in het verband, beschrijven "
                   "we in het communicatieplan dat in het najaar van 2026 verschijnt.")]
    body += [("h1", "8. Bestuur en organisatie")] + f["governance"] + f["scholen_comm"]
    body += [("h1", "9. Medezeggenschap"),
             ("p", "De ondersteuningsplanraad bestaat uit acht leden: vier ouders en vier personeelsleden. De OPR heeft "
                   "op 12 maart 2026 ingestemd met dit plan.")]
    body += [("h1", "10. Personeel")] + f["personeel"] + f["prof"] + f["inzetbaarheid"] + f["onderzoek"] + [
        ("h1", "10a. Integriteit en bedrijfsvoering")] + f["integriteit"] + f["bureau"] + f["landelijk"] + f["opr_werk"]
    body += [("h1", "11. Privacy")] + f["ict"]
    body += [("h1", "12. Planning 2026-2030")] + f["planning"] + [
        ("p", "Het aantal thuiszitters is een onderwerp dat de komende jaren aandacht vraagt; een aanpak volgt in een "
              "later jaarplan.")]
    body += [("h1", "Begrippenlijst"), ("table", glossary("po"))]
    return assemble(front, body), v


# ---------------------------------------------------------------------------
# Plan D - VO, Rivierenmonde (docx)
# ---------------------------------------------------------------------------
def plan_d():
    v = dict(n="Rivierenmonde VO", N="Samenwerkingsverband Voortgezet Onderwijs Rivierenmonde", code="VO 28-12",
             sec="vo", reg="de Rivierenmonde", gem="Havenzijl, Oostmonde en Dreisse", scholen=21, besturen=9,
             lln="17.200", opr_date="3 maart 2026", oogo_date="17 februari 2026", dir="Karim el Idrissi", fte=41)
    f = filler(v)
    f["personeel"][0] = ("p", f["personeel"][0][1].replace("cao po", "cao vo"))
    front = [("title", "Ondersteuningsplan 2026-2030"),
             ("subtitle", "Samenwerkingsverband VO Rivierenmonde · VO 28-12 · Elke jongere een plek"), ("pagebreak",)]
    body = [("h1", "Voorwoord")] + f["voorwoord"]
    body += [("h1", "Deel A — Koers"), ("h2", "A.1 Totstandkoming")] + f["totstandkoming"] + \
            [("h2", "A.2 Onze regio")] + f["regio"] + [("h2", "A.3 Missie en visie")] + f["missie"]
    body += [("h1", "Deel B — Ondersteuning"),
             ("h2", "B.1 Basisondersteuning"),
             ("p", "Het wettelijk kader vraagt dat een ondersteuningsplan de basisondersteuning beschrijft. Het "
                   "ministerie werkt aan een landelijke norm basisondersteuning. De besturen in de Rivierenmonde hebben "
                   "besloten die norm af te wachten en pas daarna gezamenlijke afspraken te maken, zodat scholen niet "
                   "twee keer hun werkwijze hoeven aan te passen. Zodra de norm bekend is, wordt deze paragraaf "
                   "aangevuld."),
             ("h2", "B.2 Het ondersteuningsaanbod"),
             ("p", "Het aanbod in de regio bestaat uit een samenhangend geheel van voorzieningen:"),
             ("table", [["Voorziening", "Voor wie", "Capaciteit"],
                        ["Schoolarrangementen (trajectklas, coaching, faalangst, executieve functies)", "Leerlingen met een tijdelijke extra behoefte", "ca. 900 per jaar"],
                        ["Plusvoorziening Havenzijl", "Vmbo-leerlingen met dreigende uitval", "40"],
                        ["OPDC De Kade met reboundafdeling", "Leerlingen die tijdelijk niet in de eigen school kunnen functioneren", "75"],
                        ["Kleine havo-vwo-setting Het Atelier", "Leerlingen met autisme en een havo-vwo-advies", "24"],
                        ["ISK Oostmonde", "Nieuwkomers 12-18 jaar", "140"],
                        ["Praktijkonderwijs (3 scholen)", "Leerlingen met een TLV pro", "ca. 560"],
                        ["Vso cluster 3 en 4 (4 scholen)", "Leerlingen met een TLV vso", "ca. 610"]]),
             ("p", "Leerlingen komen bij de juiste voorziening via hun school en de "
                   "trajectbegeleider van het verband, die met ouders en school de route bepaalt."),
             ("h2", "B.3 Witte vlekken en thuiszitters"),
             ("p", "Elk voorjaar inventariseren de trajectbegeleiders welke jongeren geen passende plek hebben of op een "
                   "wachtlijst staan. De uitkomst bespreken we met de besturen en de gemeenten; zo ontstond in 2025 Het "
                   "Atelier. Voor thuiszitters geldt: na twee weken verzuim zonder zicht op terugkeer meldt de school de "
                   "leerling bij het verband; binnen tien werkdagen volgt een overleg met ouders, leerplicht en jeugdhulp. "
                   "Wij hanteren het principe 'eerst plaatsen, dan uitzoeken': de school van aanmelding houdt de "
                   "zorgplicht totdat een andere school de leerling heeft ingeschreven."),
             ("h2", "B.4 Toelaatbaarheid vso en praktijkonderwijs"),
             ("p", "Een leerling is toelaatbaar tot het vso als de ondersteuningsbehoefte zo groot is dat hij of zij "
                   "de hele schooldag een specialistische en kleinschalige leeromgeving nodig heeft, die ook met een "
                   "schoolarrangement of een OPDC-traject niet haalbaar is gebleken, én als een van de volgende "
                   "situaties geldt: een verstandelijke beperking met een IQ lager dan 70 (cluster 3), een ernstige "
                   "lichamelijke of langdurige medische beperking (cluster 3), of ernstige gedrags- of psychiatrische "
                   "problematiek waarvoor de hulpverlening de school niet kan ondersteunen (cluster 4). Voor "
                   "praktijkonderwijs en lwoo gelden de landelijke criteria (IQ 55-80 en een leerachterstand van "
                   "minstens drie jaar op twee domeinen voor pro)."),
             ("p", "De aanvraagroute, de termijnen en de werkwijze van de Toewijzingscommissie zijn beschreven in het "
                   "Reglement Toewijzing, dat op onze website staat."),
             ("h2", "B.5 Terug naar de thuisnabije school"),
             ("p", "Een vso-plaatsing is voor ons een tussenstation waar dat kan. Wij willen dat jongeren zo snel als "
                   "verantwoord terugkeren naar het reguliere vo, bij voorkeur in hun eigen woonplaats. Voorwaarde is "
                   "dat de leerling de doelen uit het ontwikkelingsperspectief die op terugkeer zijn gericht heeft "
                   "bereikt en dat de ontvangende school de ondersteuning kan bieden die nog nodig is."),
             ("p", "Het schakeltraject gaat zo. De vso-school bespreekt jaarlijks in het OPP-gesprek (uiterlijk in "
                   "november) of terugkeer in beeld is. In het laatste jaar van de TLV doet de vso-school dat uiterlijk "
                   "in januari, samen met de trajectbegeleider. Is terugkeer mogelijk, dan kiest de leerling met ouders "
                   "een reguliere school; de trajectbegeleider regelt een kennismaking en een meeloopperiode van zes "
                   "weken. De directeur van de ontvangende school en de trajectbegeleider besluiten samen over de "
                   "definitieve overstap, uiterlijk 1 juni. De ontvangende school krijgt een schakelarrangement van "
                   "€ 6.000 voor het eerste jaar en de leerling houdt een jaar lang een vaste coach van de vso-school. "
                   "In 2025 maakten 23 jongeren de overstap."),
             ("h2", "B.6 Samenwerking met gemeenten en jeugdhulp"),
             ("p", "In het OOGO hebben we met de drie gemeenten afspraken gemaakt over jeugdhulp in de school, het "
                   "leerlingenvervoer en de aansluiting op het mbo. Vanaf januari 2027 werken vier scholen met een "
                   "jeugdhulpverlener die in de school aanwezig is; de gemeenten betalen de inzet, het verband de "
                   "coördinatie.")]
    body += [("h1", "Deel C — Ouders en leerlingen"),
             ("p", "Op de website van het verband staat de Ondersteuningswijzer: per school een overzicht van de "
                   "ondersteuning, de contactpersoon en de voorzieningen in de regio. In het voorjaar houden we in elke "
                   "gemeente een informatieavond voor ouders van leerlingen in groep 8 over ondersteuning in het vo. "
                   "Een folder in vier talen ligt op alle basis- en vo-scholen. Heeft u een vraag of verschilt u met de "
                   "school van mening, dan kunt u terecht bij het onafhankelijke Ouder- en Jeugdsteunpunt Rivierenmonde "
                   "(ondergebracht bij Stichting MEE) of bij de Onderwijsconsulenten. Leerlingen hebben hoorrecht bij "
                   "het opstellen van hun ontwikkelingsperspectief.")]
    body += [("h1", "Deel D — Resultaten"),
             ("p", "Wat we in de vorige periode bereikten: het deelnamepercentage vso daalde van 3,9% naar 3,6%; het "
                   "aantal thuiszitters van 44 naar 27; 92% van de leerlingen die het OPDC verlieten, zat een jaar later "
                   "nog op een reguliere school."),
             ("p", "Nieuwe streefwaarden voor deze planperiode stellen we vast zodra de landelijke norm "
                   "basisondersteuning duidelijk is. De monitoring loopt intussen door: elk kwartaal rapporteren de "
                   "trajectbegeleiders het aantal thuiszitters, OPDC-plaatsingen, TLV's en terugplaatsingen aan het "
                   "bestuur; in april en oktober bespreekt het bestuur een analyse met de directeuren. In het jaarverslag "
                   "verantwoorden we de resultaten en wat ze kostten; elke twee jaar peilen we de tevredenheid van "
                   "ouders en scholen.")]
    body += [("h1", "Deel E — Middelen"),
             ("p", "Het verdeelmodel wordt in 2026 herzien. De herziene verdeelsystematiek, met de criteria voor "
                   "toekenning aan besturen, volgt na instemming van de ondersteuningsplanraad als wijziging op dit plan."),
             ("table", [["Meerjarenbegroting (€)", "2026", "2027", "2028", "2029"],
                        ["Baten lichte en zware ondersteuning", "18.450.000", "18.210.000", "17.980.000", "17.760.000"],
                        ["Afdrachten vso (DUO)", "7.820.000", "7.760.000", "7.700.000", "7.640.000"],
                        ["Lwoo en pro", "4.960.000", "4.900.000", "4.850.000", "4.800.000"],
                        ["Toekenning aan besturen", "3.100.000", "3.050.000", "3.000.000", "2.980.000"],
                        ["OPDC De Kade en Het Atelier", "1.540.000", "1.560.000", "1.580.000", "1.600.000"],
                        ["Schakelarrangementen", "150.000", "150.000", "150.000", "150.000"],
                        ["Bestuursbureau", "1.050.000", "1.070.000", "1.090.000", "1.110.000"],
                        ["Saldo", "-170.000", "-280.000", "-390.000", "-520.000"]]),
             ("p", "Het negatieve saldo komt ten laste van de algemene reserve, die eind 2025 € 3,4 miljoen bedroeg.")]
    body += [("h1", "Deel F — Organisatie"), ("h2", "F.1 Bestuur en toezicht")] + f["governance"] + [
        ("h2", "F.2 Ondersteuningsplanraad"),
        ("p", "De OPR bestaat uit tien leden: vijf personeelsleden en vijf ouders of leerlingen.")] + \
        f["opr_werk"] + [("h2", "F.3 Personeel")] + f["personeel"] + f["inzetbaarheid"] + \
        [("h2", "F.4 Professionalisering")] + f["prof"] + f["onderzoek"] + [("h2", "F.4a Integriteit")] + \
        f["integriteit"] + f["landelijk"] + f["bureau"] + \
        [("h2", "F.5 ICT en privacy")] + f["ict"] + [("h2", "F.6 Planning")] + f["planning"]
    body += [("h1", "Bijlage Begrippen en afkortingen"), ("table", glossary("vo"))]
    return assemble(front, body), v


# ---------------------------------------------------------------------------
# Plan E - VO, Heuvelrand-Eem (html web version)
# ---------------------------------------------------------------------------
def plan_e():
    v = dict(n="SWV VO Heuvelrand-Eem", N="Samenwerkingsverband VO Heuvelrand-Eem", code="VO 26-05", sec="vo",
             reg="Heuvelrand-Eem", gem="Eemhoven, Lagebroek, Soestwijk en Amerveld", scholen=14, besturen=8,
             lln="12.100", opr_date="5 maart 2026", oogo_date="19 februari 2026", dir="Ellen Brouwer-Smit", fte=19)
    f = filler(v)
    f["personeel"][0] = ("p", f["personeel"][0][1].replace("cao po", "cao vo"))
    front = [("title", "Ondersteuningsplan 2026-2030 – webversie"),
             ("subtitle", "Samenwerkingsverband VO Heuvelrand-Eem (VO 26-05). De pdf-versie met bijlagen is te downloaden onderaan deze pagina.")]
    body = [("h1", "Voorwoord")] + f["voorwoord"]
    body += [("h1", "In het kort"),
             ("p", "Dit is de webversie van ons ondersteuningsplan. Per thema leest u wat de veertien scholen in "
                   "Heuvelrand-Eem samen hebben afgesproken. De webversie is bedoeld om snel te kunnen vinden wat u "
                   "zoekt; de bijlagen staan in de pdf-versie en als afzonderlijke downloads. Het plan is geschreven "
                   "in een periode waarin veel verandert: een nieuwe wet over de positie van ouders en leerlingen, een "
                   "landelijke norm voor basisondersteuning in voorbereiding en een krappe arbeidsmarkt. We hebben "
                   "ervoor gekozen het plan kort en leesbaar te houden en het jaarlijks te actualiseren.")]
    body += [("h1", "Thema 1 – Hoe dit plan tot stand kwam")] + f["totstandkoming"]
    body += [("h1", "Thema 2 – Onze regio en onze koers")] + f["regio"] + f["missie"]
    body += [("h1", "Thema 3 – Basisondersteuning"),
             ("p", "Alle veertien scholen in Heuvelrand-Eem, op al hun vestigingen, bieden minimaal de basisondersteuning "
                   "zoals in de tabel hieronder beschreven. Dit niveau is in 2025 door de besturen gezamenlijk "
                   "vastgesteld en geldt voor vmbo, havo en vwo."),
             ("table", [["Standaard", "Concreet"],
                        ["Mentoraat", "Elke leerling heeft een mentor met ten minste één individueel gesprek per periode"],
                        ["Ondersteuningscoördinator", "Per vestiging een ondersteuningscoördinator, minimaal 0,4 fte per 500 leerlingen"],
                        ["Dyslexie en dyscalculie", "Faciliteiten bij toetsen (extra tijd, voorleessoftware, vergroting) volgens het regionale protocol"],
                        ["Sociaal-emotioneel", "Een training sociale vaardigheden en een faalangstreductietraining, minstens één keer per jaar"],
                        ["Executieve functies", "Huiswerkbegeleiding en planningscoaching in de onderbouw"],
                        ["Time-out", "Een opvangplek in school met vaste begeleider tijdens alle lesuren"],
                        ["Medisch", "Protocol medisch handelen en een rustruimte"],
                        ["Zorg in school", "Schoolmaatschappelijk werk en een jeugdarts met spreekuur op school"]]),
             ("p", "De ondersteuningscoördinatoren toetsen jaarlijks bij elkaar of deze standaarden worden gehaald "
                   "(intervisie-audit).")]
    body += [("h1", "Thema 4 – Van extra ondersteuning tot vso"),
             ("p", "Als de basisondersteuning niet volstaat, zijn er drie vervolgstappen. Eerst een arrangement in de "
                   "eigen school, bekostigd uit het schoolbudget. Dan een bovenschoolse voorziening: het "
                   "Eemcollege-OPDC (45 plaatsen), de reboundvoorziening (15 plaatsen, maximaal drie maanden) en de "
                   "schakelklas voor hoogbegaafde leerlingen die vastlopen (12 plaatsen). Tot slot het praktijkonderwijs "
                   "en het vso: in de regio zijn twee scholen voor praktijkonderwijs en één vso-school met cluster 3 en 4."),
             ("p", "Dekkend netwerk. Drie keer per jaar houden we een 'plekkentafel' met de besturen, leerplicht en "
                   "jeugdhulp. Daar bespreken we alle jongeren die thuiszitten of zonder passende plek zijn, en de "
                   "wachtlijsten bij OPDC en vso. Binnen twee weken na bespreking krijgt elke jongere een "
                   "casusregisseur. Wanneer een type plek structureel ontbreekt, stelt de directeur-bestuurder het "
                   "bestuur binnen drie maanden een oplossing voor. Met de gemeenten hebben we in het OOGO afgesproken "
                   "dat jeugdhulp onder schooltijd mogelijk is binnen de school."),
             ("h1", "Thema 5 – Toelaatbaarheid"),
             ("p", "De procedures en criteria voor toelaatbaarheid tot het vso, het praktijkonderwijs en voor het "
                   "leerwegondersteunend onderwijs zijn opgenomen in bijlage 5 'Toewijzing en toelaatbaarheid'. Actuele "
                   "formulieren vindt u op de pagina Toelaatbaarheid van deze website.")]
    body += [("h1", "Thema 6 – Terugplaatsing"),
             ("p", "Stap 1: de vso-school evalueert met de leerling en de ouders elk jaar in februari het "
                   "ontwikkelingsperspectief en beoordeelt of terugkeer naar het reguliere vo in beeld is. Stap 2: in het "
                   "laatste jaar van de TLV meldt de vso-school uiterlijk 1 maart bij het verband of de leerling "
                   "terugkeert, doorstroomt of dat verlenging nodig is. Stap 3: bij terugkeer organiseert de consulent "
                   "van het verband een overdrachtsgesprek met de ontvangende school, ouders en de vso-school. Stap 4: "
                   "de directeur-bestuurder bevestigt de overstap schriftelijk; de TLV eindigt op 31 juli. Stap 5: na "
                   "drie en na zes maanden evalueert de consulent met de ontvangende school hoe het gaat."),
             ("p", "Een visie op terugplaatsing en de voorwaarden waaronder wij dit stimuleren, formuleren we in 2026 "
                   "samen met de vso-school.")]
    body += [("h1", "Thema 7 – Geld"),
             ("p", "Het samenwerkingsverband ontvangt middelen voor lichte en zware ondersteuning. Hoe die middelen "
                   "worden verdeeld en besteed, staat in de meerjarenbegroting 2026-2030 en in het jaarlijkse "
                   "bestedingsplan. Beide documenten worden afzonderlijk vastgesteld en zijn op te vragen bij het "
                   "bestuursbureau.")]
    body += [("h1", "Thema 8 – Resultaten"),
             ("p", "Doelen voor 2030:"),
             ("table", [["Doel", "Nulmeting 2025", "Streefwaarde 2030"],
                        ["Aantal thuiszitters langer dan vier weken", "22", "10"],
                        ["Leerlingen OPDC terug in regulier binnen 6 maanden", "64%", "75%"],
                        ["Terugplaatsingen vso naar regulier per jaar", "6", "12"],
                        ["Scholen die alle standaarden basisondersteuning halen", "11 van 14", "14 van 14"]]),
             ("p", "Monitoring: de beleidsmedewerker verzamelt twee keer per jaar (peildata 1 oktober en 1 maart) de "
                   "gegevens uit de eigen registratie en uit DUO. Het bestuur bespreekt de rapportage in december en "
                   "mei; de ondersteuningsplanraad ontvangt haar ter informatie. Het jaarverslag beschrijft per doel wat "
                   "bereikt is en welke bijsturing volgt.")]
    body += [("h1", "Thema 9 – Ouders"),
             ("p", "Op deze website staat per school wat die school biedt, met de contactgegevens van de "
                   "ondersteuningscoördinator. Nieuwe ouders ontvangen bij de inschrijving de brochure 'Ondersteuning "
                   "in Heuvelrand-Eem'. Iedere school bespreekt de ondersteuning op de informatieavond voor ouders van "
                   "brugklassers. Ouders worden betrokken bij het opstellen van het ontwikkelingsperspectief van hun "
                   "kind."),
             ("p", "Over een onafhankelijk ouder- en jeugdsteunpunt maken we in 2026 afspraken met de PO-verbanden in "
                   "onze regio.")]
    body += [("h1", "Thema 10 – Organisatie")] + f["governance"] + [
        ("p", "De ondersteuningsplanraad telt acht leden, van wie vier ouders of leerlingen.")] + f["opr_werk"] + \
        f["personeel"] + f["inzetbaarheid"] + f["prof"] + f["onderzoek"] + f["integriteit"] + f["landelijk"] + \
        f["bureau"] + f["ict"] + f["scholen_comm"]
    body += [("h1", "Thema 11 – Aansluiting op mbo en arbeidsmarkt"),
             ("p", "Voor veel jongeren in het praktijkonderwijs en het vso is de stap naar werk of vervolgonderwijs de "
                   "spannendste van hun schoolloopbaan. Met de twee mbo-instellingen in de regio en het regionale "
                   "werkbedrijf hebben we afspraken over stageplaatsen, leerwerktrajecten en een warme overdracht. "
                   "Loopbaanbegeleiders van het praktijkonderwijs volgen oud-leerlingen nog een jaar na het verlaten "
                   "van de school. Samen met de gemeenten onderzoeken we hoe jongeren die tussen wal en schip dreigen "
                   "te vallen, eerder in beeld komen bij het jongerenloket. Dit onderwerp staat ook op de agenda van "
                   "het overleg met de regionale arbeidsmarktregio, waar werkgevers, onderwijs en gemeenten elkaar "
                   "vier keer per jaar spreken. Werkgevers geven aan dat zij vooral behoefte hebben aan goede "
                   "begeleiding op de werkvloer in de eerste maanden; daarover maken we met het werkbedrijf afspraken.")]
    body += [("h1", "Thema 12 – Planning")] + f["planning"]
    body += [("h1", "Begrippen"), ("table", glossary("vo")),
             ("h1", "Downloads"),
             ("bullets", ["Ondersteuningsplan 2026-2030 (pdf)", "Bijlage 5 Toewijzing en toelaatbaarheid (pdf)",
                          "Meerjarenbegroting 2026-2030 (pdf)"])]
    return assemble(front, body), v


# ---------------------------------------------------------------------------
# F - not a plan: school-level 'ondersteuningsplan' of a basisschool (docx)
# ---------------------------------------------------------------------------
def not_plan():
    b = [("title", "Ondersteuningsplan 2025-2026"),
         ("subtitle", "CBS De Klimop, Veendijk - onderdeel van Stichting Christelijk Onderwijs Veenstreek"),
         ("h1", "1 Inleiding"),
         ("p", "Dit ondersteuningsplan beschrijft hoe CBS De Klimop de ondersteuning aan haar leerlingen organiseert. "
               "Het plan is geschreven door de intern begeleider en de directeur en besproken met het team en de "
               "medezeggenschapsraad. Onze school is aangesloten bij het samenwerkingsverband passend onderwijs in "
               "onze regio; het ondersteuningsplan van het samenwerkingsverband is te vinden op diens website. Dit "
               "document gaat over onze eigen school en wordt jaarlijks bijgesteld."),
         ("h1", "2 Onze leerlingen"),
         ("p", "De Klimop telt 212 leerlingen in negen groepen. Ongeveer 18% van de leerlingen heeft een "
               "ontwikkelingsvraag op het gebied van taal; 14 leerlingen werken met een ontwikkelingsperspectief."),
         ("h1", "3 Zorgniveaus"),
         ("table", [["Niveau", "Wat", "Wie"],
                    ["1", "Algemene zorg in de klas: gedifferentieerde instructie", "Leerkracht"],
                    ["2", "Extra zorg in de klas na groepsbespreking", "Leerkracht, IB"],
                    ["3", "Speciale zorg na leerlingbespreking, handelingsplan", "IB, remedial teacher"],
                    ["4", "Inschakelen externe deskundigen, ondersteuningsteam", "IB, orthopedagoog SWV"],
                    ["5", "Verwijzing: aanvraag toelaatbaarheidsverklaring sbo/so via het SWV", "Directeur, IB"]]),
         ("h1", "4 Basisondersteuning op De Klimop"),
         ("p", "Onze basisondersteuning bestaat uit een dyslexieprotocol, een rekenprotocol, de methode Kwink voor "
               "sociaal-emotionele ontwikkeling en een plusklas op dinsdagmiddag. De intern begeleider is vier dagen "
               "per week beschikbaar."),
         ("h1", "5 Groepsbesprekingen en leerlingbesprekingen"),
         ("p", "Drie keer per jaar, na de toetsperiodes in oktober, februari en juni, bespreekt de intern begeleider "
               "elke groep met de leerkracht. Daarbij kijken we naar de resultaten op de toetsen, het welbevinden en "
               "de werkhouding. Leerlingen die opvallen worden besproken in een leerlingbespreking."),
         ("h1", "6 Arrangementen en middelen"),
         ("p", "Voor extra ondersteuning ontvangt de school van het bestuur een schoolbudget van circa € 24.000. Dat "
               "zetten we in voor een onderwijsassistent (0,4 fte) en voor de plusklas. Een arrangement van het "
               "samenwerkingsverband vragen we aan als onze eigen mogelijkheden tekortschieten."),
         ("h1", "7 Toelaatbaarheid en terugplaatsing"),
         ("p", "Wanneer een leerling meer nodig heeft dan wij kunnen bieden, vragen wij als school via ons bestuur een "
               "toelaatbaarheidsverklaring aan bij het samenwerkingsverband. Leerlingen die vanuit het sbo terugkomen, "
               "verwelkomen we graag; we maken dan met de sbo-school een overdrachtsplan."),
         ("h1", "8 Ouders"),
         ("p", "Ouders worden na elke groepsbespreking geïnformeerd als er zorgen zijn. Ouders tekenen voor akkoord "
               "op het handelingsplan. Bij een verschil van mening kunnen ouders contact opnemen met de directeur of "
               "de vertrouwenspersoon van de school. De schoolgids bevat onze klachtenregeling."),
         ("h1", "9 Resultaten van de school"),
         ("p", "In 2025 lag de score op de doorstroomtoets boven de signaleringswaarde; 71% van de leerlingen behaalde "
               "het streefniveau 1S/2F voor lezen. Deze opbrengsten bespreken we met het team in de studiedag van "
               "september."),
         ("h1", "10 Scholing team"),
         ("p", "Dit jaar volgt het team de scholing 'Omgaan met gedrag in de klas'. Twee leerkrachten volgen de "
               "opleiding tot rekenspecialist. De intern begeleider neemt deel aan de netwerkbijeenkomsten van het "
               "samenwerkingsverband."),
         ("h1", "11 Jaarplanning zorg"),
         ("table", [["Maand", "Activiteit"], ["September", "Startgesprekken met ouders"],
                    ["Oktober", "Groepsbesprekingen ronde 1"], ["Februari", "Groepsbesprekingen ronde 2; evaluatie OPP's"],
                    ["Juni", "Groepsbesprekingen ronde 3; overdracht naar volgende groep"]]),
         ]
    return b


# ---------------------------------------------------------------------------
def main():
    made = []
    a, va = plan_a()
    p = OUT / "po-dommeldal-op-2026-2030.docx"
    render_docx(a, p, "Ondersteuningsplan 2026-2030 | SWV PO Dommeldal | Resultaten, ouders, terugplaatsing")
    to_pdf(p, OUT / "po-dommeldal-op-2026-2030.pdf")
    made.append(("A", wc(a)))

    b, vb = plan_b()
    p = OUT / "vo-lingewaarde-ondersteuningsplan.docx"
    render_docx(b, p, "SWV VO Lingewaarde · Ondersteuningsplan 2026-2030")
    to_pdf(p, OUT / "vo-lingewaarde-ondersteuningsplan.pdf")
    made.append(("B", wc(b)))

    c, vc = plan_c()
    render_md(c, OUT / "po-veenstreek-op-hoofdlijnen.md")
    made.append(("C", wc(c)))

    d, vd = plan_d()
    render_docx(d, OUT / "vo-rivierenmonde-op-2026.docx", "VO 28-12 Rivierenmonde – Ondersteuningsplan 2026-2030")
    made.append(("D", wc(d)))

    e, ve = plan_e()
    render_html(e, OUT / "vo-heuvelrand-eem-ondersteuningsplan.html", "Ondersteuningsplan 2026-2030 | SWV VO Heuvelrand-Eem")
    made.append(("E", wc(e)))

    f = not_plan()
    render_docx(f, OUT / "cbs-de-klimop-ondersteuningsplan-school.docx", "CBS De Klimop - Ondersteuningsplan 2025-2026")
    made.append(("F", wc(f)))
    for k, n in made:
        print(k, n, "words")


if __name__ == "__main__":
    main()
