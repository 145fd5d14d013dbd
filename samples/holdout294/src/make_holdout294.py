#!/usr/bin/env python3
"""Generate the holdout294 test set: five fictional ondersteuningsplannen (PO/VO) and one
near-miss document, plus <name>.expected.yaml labels. Deterministic, no network.

Output folder: the parent of this script's folder.
"""
import datetime
import html
import shutil
import subprocess
import tempfile
from pathlib import Path

import docx
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent
FIXED_DATE = datetime.datetime(2026, 3, 1, 12, 0, 0)

# --------------------------------------------------------------------------------------------
# block model: ("h1", text) ("h2", text) ("p", text) ("bullets", [..]) ("table", [[hdr..],[row..]])
#              ("toc", [(text, page), ...])  ("title", [lines])
# --------------------------------------------------------------------------------------------


def write_docx(blocks, path, header_text):
    d = docx.Document()
    d.core_properties.created = FIXED_DATE
    d.core_properties.modified = FIXED_DATE
    d.core_properties.author = "Bureau samenwerkingsverband"
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = header_text
    sec.footer.paragraphs[0].text = header_text + " - concept voor OPR en OOGO"
    for kind, val in blocks:
        if kind == "title":
            for i, line in enumerate(val):
                p = d.add_paragraph()
                r = p.add_run(line)
                r.bold = i == 0
                r.font.size = Pt(22 if i == 0 else 13)
            d.add_page_break()
        elif kind == "toc":
            d.add_paragraph("Inhoudsopgave", style="Heading 1")
            for text, page in val:
                d.add_paragraph(f"{text} {'.' * max(3, 60 - len(text))} {page}")
            d.add_page_break()
        elif kind == "h1":
            d.add_heading(val, level=1)
        elif kind == "h2":
            d.add_heading(val, level=2)
        elif kind == "p":
            d.add_paragraph(val)
        elif kind == "bullets":
            for b in val:
                d.add_paragraph(b, style="List Bullet")
        elif kind == "table":
            t = d.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for i, row in enumerate(val):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = str(cell)
                    if i == 0:
                        for r in t.cell(i, j).paragraphs[0].runs:
                            r.bold = True
            d.add_paragraph("")
        else:
            raise ValueError(kind)
    d.save(str(path))


def write_md(blocks, path):
    out = []
    for kind, val in blocks:
        if kind == "title":
            out.append("# " + val[0])
            out.extend(["", *[f"**{x}**  " for x in val[1:]], ""])
        elif kind == "toc":
            out.append("## Inhoud\n")
            out.extend(f"- {t}" for t, _ in val)
            out.append("")
        elif kind == "h1":
            out.append(f"## {val}\n")
        elif kind == "h2":
            out.append(f"### {val}\n")
        elif kind == "p":
            out.append(val + "\n")
        elif kind == "bullets":
            out.extend(f"- {b}" for b in val)
            out.append("")
        elif kind == "table":
            out.append("| " + " | ".join(val[0]) + " |")
            out.append("|" + "---|" * len(val[0]))
            for row in val[1:]:
                out.append("| " + " | ".join(str(c) for c in row) + " |")
            out.append("")
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def write_html(blocks, path, title):
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="nl"><head><meta charset="utf-8">',
           f"<title>{e(title)}</title></head><body>",
           '<nav class="menu"><a href="#">Home</a> | <a href="#">Over de school</a> | '
           '<a href="#">Ondersteuning</a> | <a href="#">Contact</a></nav><main>']
    for kind, val in blocks:
        if kind == "title":
            out.append(f"<h1>{e(val[0])}</h1>")
            out.extend(f"<p class='sub'>{e(x)}</p>" for x in val[1:])
        elif kind == "toc":
            out.append("<h2>Inhoud</h2><ol>" + "".join(f"<li>{e(t)}</li>" for t, _ in val) + "</ol>")
        elif kind == "h1":
            out.append(f"<h2>{e(val)}</h2>")
        elif kind == "h2":
            out.append(f"<h3>{e(val)}</h3>")
        elif kind == "p":
            out.append(f"<p>{e(val)}</p>")
        elif kind == "bullets":
            out.append("<ul>" + "".join(f"<li>{e(b)}</li>" for b in val) + "</ul>")
        elif kind == "table":
            rows = ["<tr>" + "".join(f"<th>{e(c)}</th>" for c in val[0]) + "</tr>"]
            rows += ["<tr>" + "".join(f"<td>{e(str(c))}</td>" for c in r) + "</tr>" for r in val[1:]]
            out.append("<table border='1'>" + "".join(rows) + "</table>")
    out.append("</main><footer>&copy; 2025 - privacyverklaring - cookies</footer></body></html>")
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def docx_to_pdf(blocks, pdf_path, header_text):
    tmp = Path(tempfile.mkdtemp(prefix="holdout294_make_"))
    try:
        src = tmp / (pdf_path.stem + ".docx")
        write_docx(blocks, src, header_text)
        subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp}/lo_profile", "--headless",
                        "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        shutil.copyfile(tmp / (pdf_path.stem + ".pdf"), pdf_path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def word_count(blocks):
    n = 0
    for kind, val in blocks:
        if kind in ("h1", "h2", "p"):
            n += len(val.split())
        elif kind in ("bullets", "title"):
            n += sum(len(x.split()) for x in val)
        elif kind == "toc":
            n += sum(len(t.split()) for t, _ in val)
        elif kind == "table":
            n += sum(len(str(c).split()) for r in val for c in r)
    return n


def toc_from(blocks, start=3):
    toc, page, words = [], start, 0
    for kind, val in blocks:
        if kind == "h1":
            toc.append((val, page))
        words += word_count([(kind, val)])
        if words > 420:
            page += words // 420
            words = words % 420
    return toc


# --------------------------------------------------------------------------------------------
# shared filler (voorwoord, visie, governance, OPR, OOGO, personeel, ICT, planning, ...)
# Filler mentions element words only in passing; it never addresses a core criterion.
# --------------------------------------------------------------------------------------------

def s_words(c):
    if c["sector"] == "po":
        return dict(regulier="basisonderwijs", scholen="basisscholen", spec="sbo en so",
                    leerling="leerling", kinderen="kinderen", school_s="basisschool")
    return dict(regulier="voortgezet onderwijs", scholen="vo-scholen", spec="vso, pro en lwoo",
                leerling="leerling", kinderen="jongeren", school_s="vo-school")


def f_voorwoord(c):
    w = s_words(c)
    return [
        ("h1", "Voorwoord"),
        ("p", f"Voor u ligt het ondersteuningsplan {c['periode']} van {c['naam']}. Het is het derde plan "
              f"sinds de invoering van passend onderwijs in 2014 en het eerste plan dat volledig in de nieuwe "
              f"bestuursstructuur tot stand is gekomen. In de afgelopen periode hebben directeuren, intern "
              f"begeleiders, ondersteuningscoördinatoren, leraren, ouders en partners uit de gemeenten met ons "
              f"meegedacht in werksessies, klankbordgroepen en een digitale enquête. Wij zijn iedereen die daaraan "
              f"heeft bijgedragen zeer erkentelijk."),
        ("p", f"Passend onderwijs is geen project meer, maar de gewone manier van werken in de {w['scholen']} "
              f"van onze regio. Tegelijk weten we dat het beter kan. Nog steeds zijn er {w['kinderen']} die te lang "
              f"wachten op een passende plek, leraren die handelingsverlegen zijn en besturen die worstelen met "
              f"krappe middelen en een tekort aan personeel. Dit plan is daarom geen catalogus van alles wat we "
              f"doen, maar een kompas: het geeft richting en maakt keuzes. Waar nodig werken we de keuzes uit in "
              f"onze jaarplannen."),
        ("p", f"Het plan is besproken met de ondersteuningsplanraad (OPR), die op {c['opr_datum']} instemming "
              f"verleende, en op {c['oogo_datum']} in het op overeenstemming gericht overleg (OOGO) met de "
              f"gemeenten {', '.join(c['gemeenten'])}. Het algemeen bestuur stelde het plan vast op "
              f"{c['ab_datum']}. Wij wensen u veel leesplezier."),
        ("p", f"{c['directeur']}, directeur-bestuurder"),
    ]


def f_inleiding(c):
    return [
        ("h1", "Inleiding en leeswijzer"),
        ("p", f"Het samenwerkingsverband is op grond van de wet verplicht om ten minste eens in de vier jaar "
              f"een ondersteuningsplan vast te stellen. Dit plan beschrijft hoe wij als {c['kort']} invulling "
              f"geven aan onze wettelijke taken en aan de ambities die de aangesloten schoolbesturen samen hebben "
              f"geformuleerd. Het plan geldt voor de schooljaren {c['periode_lang']} en wordt voor 1 mei "
              f"voorafgaand aan het eerste schooljaar aan de Inspectie van het Onderwijs toegezonden."),
        ("p", "Het plan is zo opgebouwd dat lezers snel kunnen vinden wat zij zoeken. De hoofdstukken volgen "
              "grofweg de ondersteuningsroute van een leerling: van de ondersteuning die op iedere school "
              "aanwezig is, via extra ondersteuning en arrangementen, naar de speciale voorzieningen. Daarna "
              "volgen de hoofdstukken over organisatie, middelen, kwaliteit en samenwerking. Waar we in de tekst "
              "een begrip gebruiken dat niet voor iedereen vanzelfsprekend is, verwijzen we naar de "
              "begrippenlijst achterin."),
        ("p", "Dit plan is nadrukkelijk een plan op hoofdlijnen waar het gaat om de uitvoering: de scholen "
              "en besturen bepalen binnen de kaders van het plan zelf hoe zij de afspraken in de praktijk "
              "brengen. Wat we samen afspreken, staat in dit plan; hoe de scholen het doen, staat in hun "
              "eigen schoolplannen en schoolgidsen."),
    ]


def f_context(c):
    w = s_words(c)
    rows = [["Kenmerk", "Aantal (1 oktober 2025)"]] + c["kengetallen"]
    return [
        ("h1", "Onze regio in cijfers"),
        ("p", f"{c['naam']} omvat het grondgebied van de gemeenten {', '.join(c['gemeenten'])}. De regio "
              f"kent een mix van stedelijke kernen en een uitgestrekt landelijk gebied met kleine dorpen. De "
              f"leerlingaantallen lopen in de kleine kernen terug, terwijl in de groeiwijken van de grotere "
              f"gemeenten nieuwe scholen nodig zijn. Deze teruglopende en tegelijk verschuivende aantallen "
              f"vragen veel van de {w['scholen']} en van de huisvestingsplannen van de gemeenten."),
        ("table", rows),
        ("p", "De tabel geeft alleen de omvang van het verband weer. De cijfers zijn ontleend aan de "
              "openbare gegevens van DUO en de eigen leerlingregistratie van de besturen. Verschillen met "
              "eerder gepubliceerde cijfers ontstaan doordat sommige scholen per 1 augustus 2025 zijn "
              "gefuseerd of van bestuur zijn gewisseld."),
        ("p", "Ook de samenstelling van de bevolking verandert. Het aandeel gezinnen met een "
              "migratieachtergrond groeit, net als het aantal nieuwkomers dat in de loop van het schooljaar "
              "instroomt. Tegelijk zien we dat de vraag naar jeugdhulp in alle gemeenten stijgt. Die "
              "ontwikkelingen hebben gevolgen voor de scholen, maar ook voor het samenwerkingsverband."),
    ]


def f_visie(c):
    w = s_words(c)
    return [
        ("h1", "Visie, missie en koers"),
        ("h2", "Missie"),
        ("p", f"Wij zorgen er samen voor dat ieder kind en iedere jongere in onze regio onderwijs krijgt dat "
              f"past bij wat hij of zij nodig heeft, zo dicht mogelijk bij huis. Dat doen we niet alleen, maar "
              f"samen met leraren, ouders, gemeenten en zorgpartners. Onze missie is kort samen te vatten in "
              f"de zin die in alle werksessies terugkwam: '{c['motto']}'."),
        ("h2", "Visie"),
        ("p", f"Wij geloven dat {w['kinderen']} het best tot ontwikkeling komen in een omgeving waarin zij "
              f"zich gezien en veilig voelen. De leraar maakt daarbij het verschil. Een goede leraar kijkt "
              f"naar wat een {w['leerling']} nodig heeft, niet naar wat hij mankeert. Een diagnose is voor ons "
              f"geen voorwaarde voor ondersteuning. We werken vanuit vertrouwen: de professional in de school "
              f"weet wat nodig is, het samenwerkingsverband faciliteert en stelt kaders."),
        ("p", "Onze visie rust op vier pijlers: (1) inclusief waar het kan, speciaal waar het moet; (2) eerst "
              "versterken, dan verwijzen; (3) samen verantwoordelijk, ook over de grenzen van besturen heen; en "
              "(4) doen wat we zeggen en laten zien wat we doen. Deze pijlers komen in alle hoofdstukken van "
              "dit plan terug."),
        ("h2", "Koers voor de planperiode"),
        ("p", "In de planperiode richten we ons op drie thema's die in de gesprekken met het veld steeds "
              "terugkwamen: de leraar in zijn kracht, ondersteuning dichtbij, en heldere afspraken over geld en "
              "verantwoordelijkheid. Binnen deze thema's werken we jaarlijks activiteiten uit in het jaarplan. "
              "De koers is ambitieus, maar ook realistisch: wij weten dat de personele krapte en de financiële "
              "onzekerheid in de sector niet in vier jaar zijn opgelost."),
    ]


def f_governance(c):
    return [
        ("h1", "Organisatie en governance"),
        ("p", f"{c['naam']} is een stichting. Aangesloten zijn {c['nbesturen']} schoolbesturen. Het "
              f"samenwerkingsverband kent een scheiding tussen bestuur en intern toezicht: de "
              f"directeur-bestuurder vormt het bestuur in de zin van de statuten, de raad van toezicht "
              f"houdt toezicht en de algemene vergadering van aangesloten schoolbesturen stelt op voordracht van "
              f"de directeur-bestuurder het ondersteuningsplan en de begroting vast."),
        ("p", "De raad van toezicht bestaat uit vijf leden, van wie drie onafhankelijk zijn en twee op "
              "voordracht van de aangesloten besturen zijn benoemd. De raad vergadert ten minste vijf keer per "
              "jaar en beschikt over een auditcommissie en een remuneratiecommissie. Het toezichtkader en de "
              "statuten zijn in 2024 herzien en in lijn gebracht met de Code Goed Bestuur."),
        ("p", "Het bureau van het samenwerkingsverband ondersteunt de directeur-bestuurder. Op het bureau "
              "werken een beleidsmedewerker, een controller, een secretariaat, het team van "
              "onderwijsadviseurs en de leden van de commissie die besluit over toelaatbaarheid. De "
              "overlegstructuur bestaat verder uit een directeurenoverleg per subregio en een netwerk van "
              "intern begeleiders of ondersteuningscoördinatoren dat vier keer per jaar bijeenkomt."),
        ("p", "Bij geschillen tussen de aangesloten besturen over de uitvoering van de statuten voorzien de "
              "statuten in een geschillenregeling. In de vorige planperiode is daarvan geen gebruik gemaakt."),
    ]


def f_opr(c):
    return [
        ("h1", "Medezeggenschap: de ondersteuningsplanraad"),
        ("p", f"De ondersteuningsplanraad (OPR) heeft instemmingsrecht op het ondersteuningsplan en op "
              f"wijzigingen daarvan. De OPR heeft het concept van dit plan in drie vergaderingen besproken. De "
              f"opmerkingen van de OPR over leesbaarheid en over de planning van de uitwerking zijn verwerkt. "
              f"Op {c['opr_datum']} heeft de OPR ingestemd."),
        ("p", "Naast de OPR heeft het samenwerkingsverband een eigen medezeggenschapsraad voor het personeel "
              "van het bureau. De directeur-bestuurder voert twee keer per jaar een informeel overleg met de "
              "dagelijks bestuur van de OPR over actuele onderwerpen, zoals de begroting en de voortgang van "
              "het jaarplan. Scholingsbijeenkomsten voor nieuwe OPR-leden worden door het verband gefaciliteerd."),
    ]


def f_oogo(c):
    return [
        ("h1", "Samenwerking met gemeenten en jeugdhulp"),
        ("p", f"Met de gemeenten {', '.join(c['gemeenten'])} voeren wij ten minste twee keer per jaar "
              f"bestuurlijk overleg in het kader van het OOGO. Op {c['oogo_datum']} is het concept van dit "
              f"ondersteuningsplan besproken; de gemeenten hebben geen bezwaren geuit. Het OOGO volgt het "
              f"afsprakenkader dat in 2023 met de gemeenten is vastgesteld en dat een regeling bevat voor het "
              f"geval partijen het niet eens worden."),
        ("p", "In de regionale agenda onderwijs-jeugdhulp hebben wij met de gemeenten vijf thema's "
              "afgesproken: de inzet van jeugdhulp op school (schoolmaatschappelijk werk en "
              "jeugdprofessionals in de school), onderwijs-zorgarrangementen voor leerlingen die onderwijs en "
              "zorg nodig hebben, de overgang naar vervolgonderwijs, leerlingenvervoer en onderwijshuisvesting. "
              "Per thema is een ambtelijk trekker en een trekker vanuit het samenwerkingsverband benoemd."),
        ("p", "De jeugdprofessional in de school is per 1 augustus 2024 op alle scholen beschikbaar. De "
              "gemeenten financieren deze functie, het samenwerkingsverband draagt bij aan de scholing. Voor "
              "onderwijs-zorgarrangementen geldt een gezamenlijke werkwijze waarin de school, het lokale "
              "team en het samenwerkingsverband samen bepalen welke combinatie van onderwijs en zorg nodig is."),
    ]


def f_oogo_kort(c):
    return [
        ("h1", "Totstandkoming en overleg"),
        ("p", f"Het concept van dit plan is op {c['oogo_datum']} besproken in het op overeenstemming gericht "
              f"overleg met de gemeenten {', '.join(c['gemeenten'])}. Het verslag van dat overleg is bij het "
              f"samenwerkingsverband op te vragen. Ook het aangrenzende samenwerkingsverband is geraadpleegd."),
    ]


def f_personeel(c):
    return [
        ("h1", "Personeel en professionalisering"),
        ("p", f"Het bureau van het samenwerkingsverband telt in totaal {c['fte']} fte. Het grootste deel "
              f"daarvan bestaat uit onderwijsadviseurs en orthopedagogen die scholen ondersteunen bij "
              f"vragen over leerlingen en groepen. Alle medewerkers van het bureau zijn in dienst van de "
              f"stichting; er wordt geen personeel gedetacheerd vanuit de besturen."),
        ("p", "Het tekort aan leraren en intern begeleiders raakt ook passend onderwijs. Scholen melden dat "
              "vacatures voor intern begeleider of ondersteuningscoördinator langer openstaan en dat nieuwe "
              "leraren minder ervaring hebben met het omgaan met verschillen. Het samenwerkingsverband "
              "organiseert daarom jaarlijks een leergang 'Omgaan met verschillen' voor startende leraren en "
              "een netwerk voor nieuwe intern begeleiders."),
        ("p", "Kennisdeling vinden wij belangrijk. Elke subregio heeft een lerend netwerk waarin scholen "
              "casuïstiek bespreken. Twee keer per jaar organiseren we een studiemiddag met een landelijke "
              "spreker. In het jaarplan staat welke scholingsonderwerpen voorrang krijgen. De besturen "
              "blijven verantwoordelijk voor het eigen scholingsbeleid van hun personeel."),
    ]


def f_ict(c):
    return [
        ("h1", "ICT, privacy en gegevensbescherming"),
        ("p", "Het samenwerkingsverband verwerkt persoonsgegevens van leerlingen, onder meer bij aanvragen "
              "voor arrangementen en toelaatbaarheidsverklaringen. Daarvoor gebruiken wij een beveiligde "
              "digitale omgeving waarin scholen dossiers kunnen aanleveren. Alleen medewerkers die de "
              "gegevens nodig hebben voor hun taak hebben toegang."),
        ("p", "De functionaris gegevensbescherming wordt gedeeld met twee andere samenwerkingsverbanden. "
              "Het privacyreglement is in 2025 geactualiseerd. Gegevens die samenhangen met een besluit "
              "over toelaatbaarheid bewaren wij tot drie jaar na dat besluit; daarna worden zij vernietigd. "
              "Datalekken worden gemeld volgens het protocol datalekken."),
        ("p", "In de planperiode vervangen wij het huidige aanvraagsysteem. De keuze voor een nieuw systeem "
              "wordt samen met de scholen gemaakt; het programma van eisen is in voorbereiding."),
    ]


def f_planning(c, rows):
    return [
        ("h1", "Planning en jaarcyclus"),
        ("p", "Het ondersteuningsplan wordt uitgewerkt in jaarplannen. De jaarcyclus van het "
              "samenwerkingsverband ziet er als volgt uit:"),
        ("table", [["Periode", "Activiteit", "Betrokken"]] + rows),
        ("p", "Wijzigingen van het ondersteuningsplan tijdens de planperiode leggen wij ter instemming voor "
              "aan de OPR. Kleine, technische aanpassingen worden jaarlijks in een voortgangsparagraaf "
              "verwerkt."),
    ]


def f_overstap(c):
    if c["sector"] == "po":
        t = ("De overstap van het basisonderwijs naar het voortgezet onderwijs is voor veel kinderen een "
             "spannend moment. Met het samenwerkingsverband VO in onze regio hebben wij afspraken gemaakt over "
             "de warme overdracht: de basisschool draagt het onderwijskundig rapport vóór 1 april over en bij "
             "leerlingen met een ontwikkelingsperspectief vindt een overdrachtsgesprek plaats. De afspraken "
             "zijn vastgelegd in het regionale POVO-protocol.")
    else:
        t = ("De overstap van het primair naar het voortgezet onderwijs en van het vmbo naar het mbo vraagt "
             "om goede afspraken. Met de samenwerkingsverbanden PO in onze regio maken wij afspraken over de "
             "warme overdracht; met de mbo-instellingen over de doorstroom van jongeren die extra "
             "ondersteuning nodig hebben. Het regionaal overstapprotocol wordt jaarlijks geëvalueerd.")
    return [("h1", "Doorgaande lijnen en overstap"), ("p", t),
            ("p", "Een goede overstap begint bij tijdige en volledige informatie. De scholen gebruiken daarvoor "
                  "het digitale overdrachtsdossier. Voor jongeren bij wie de overstap risico's met zich meebrengt, "
                  "kan de ontvangende school al in het voorjaar kennismaken en meekijken.")]


def f_slot(c):
    return [
        ("h1", "Tot slot"),
        ("p", "Dit ondersteuningsplan is het resultaat van een intensief proces. Het is geen eindpunt: we "
              "leren onderweg en stellen bij waar dat nodig is. Wij nodigen scholen, ouders en partners uit om "
              "ons te laten weten waar het plan in de praktijk knelt. Zo houden we elkaar scherp en blijft "
              "passend onderwijs iets wat we samen doen."),
    ]


def f_landelijk(c):
    return [
        ("h1", "Landelijke ontwikkelingen"),
        ("p", "Dit plan verschijnt in een periode waarin passend onderwijs landelijk volop in beweging is. Na "
              "de evaluatie van passend onderwijs in 2020 heeft het kabinet een verbeteraanpak ingezet. Daarin "
              "staan maatregelen over de rol van samenwerkingsverbanden, de positie van ouders en leerlingen, "
              "de aansluiting tussen onderwijs en zorg en het terugdringen van thuiszitten. Een deel van die "
              "maatregelen is inmiddels in wetgeving omgezet; een ander deel is nog in voorbereiding."),
        ("p", "Ook de ontwikkeling naar inclusiever onderwijs krijgt landelijk meer aandacht. Het streven is dat "
              "meer kinderen met een ondersteuningsbehoefte samen met andere kinderen naar school gaan, "
              "waar dat in het belang van het kind is. Wat dat precies voor onze regio betekent, is afhankelijk "
              "van de landelijke besluitvorming in de komende jaren. Wij volgen deze ontwikkelingen nauwgezet "
              "en bespreken ze in het directeurenoverleg en met de OPR."),
        ("p", "Tot slot noemen we de arbeidsmarkt. Het lerarentekort treft niet alle scholen even hard, maar "
              "vrijwel alle besturen melden dat het lastiger wordt om vacatures te vervullen. Dat heeft gevolgen "
              "voor de mogelijkheden van scholen om leerlingen extra aandacht te geven. Wij houden daar in de "
              "uitvoering van dit plan rekening mee."),
    ]


def f_integriteit(c):
    return [
        ("h1", "Integriteit en klokkenluidersregeling"),
        ("p", "Het samenwerkingsverband hanteert een integriteitscode voor medewerkers, leden van de raad van "
              "toezicht en leden van commissies. Nevenfuncties van de directeur-bestuurder en van de leden van de "
              "raad van toezicht worden jaarlijks openbaar gemaakt. Voor medewerkers die een vermoeden van een "
              "misstand willen melden, is er een klokkenluidersregeling met een externe vertrouwenspersoon."),
        ("p", "Medewerkers van het bureau die ook op een school van een aangesloten bestuur werken, melden dat "
              "vooraf; zij nemen geen deel aan besluiten over leerlingen of budgetten van die school. Zo "
              "voorkomen we belangenverstrengeling en blijft de onafhankelijkheid van de adviezen geborgd."),
    ]


def f_werkwijze_bureau(c):
    return [
        ("h1", "Werkwijze van het bureau"),
        ("p", "Het bureau werkt met vaste contactpersonen per school. De contactpersoon bezoekt iedere school "
              "ten minste twee keer per jaar en is bereikbaar voor vragen van directeuren en intern begeleiders. "
              "Daarnaast is er een wekelijks telefonisch spreekuur voor scholen. De contactpersonen overleggen "
              "elke twee weken met elkaar over lopende vragen, zodat de werkwijze in de hele regio gelijk blijft."),
        ("p", "Het bureau is gehuisvest in een bedrijfsverzamelgebouw in het centrum van de regio. Medewerkers "
              "werken deels op locatie en deels thuis. Vergaderingen met scholen vinden zo veel mogelijk op de "
              "scholen zelf plaats, om reistijd voor leraren te beperken. In de planperiode onderzoeken we of "
              "we de huisvesting van het bureau kunnen delen met het aangrenzende samenwerkingsverband."),
        ("p", "Het bureau legt zijn eigen werkzaamheden vast in een jaarplanning per team. Nieuwe medewerkers "
              "krijgen een inwerkprogramma van drie maanden, waarin zij meelopen met ervaren collega's en "
              "kennismaken met de besturen. Eens per jaar is er een teamdag waarin de werkwijze wordt "
              "geëvalueerd en zo nodig bijgesteld."),
    ]


def f_begrippen(c, extra=()):
    rows = [["Begrip", "Omschrijving"],
            ["Arrangement", "Een pakket van extra ondersteuning voor een leerling of groep, bovenop de basisondersteuning."],
            ["Basisondersteuning", "Het afgesproken geheel van preventieve en licht curatieve interventies dat alle scholen bieden."],
            ["Dekkend aanbod", "Een samenhangend geheel van voorzieningen zodat voor iedere leerling een passende plek is."],
            ["Meerjarenbegroting", "De begroting van het samenwerkingsverband voor vier jaar, met verdeling van de middelen."],
            ["OJSP", "Ouder- en jeugdsteunpunt: onafhankelijke plek waar ouders en jongeren terecht kunnen met vragen."],
            ["Onderwijsconsulent", "Onafhankelijk adviseur voor ouders bij problemen rond toelating of passend aanbod."],
            ["OPP", "Ontwikkelingsperspectiefplan voor een leerling met extra ondersteuning."],
            ["Terugplaatsing", "De overstap van een leerling uit het speciaal (basis)onderwijs naar het regulier onderwijs."],
            ["TLV", "Toelaatbaarheidsverklaring: besluit dat een leerling toelaatbaar is tot het speciaal (basis)onderwijs."],
            ["Thuiszitter", "Leerplichtige leerling die zonder vrijstelling niet naar school gaat."],
            ["Zorgplicht", "De plicht van het schoolbestuur om een aangemelde leerling een passende plek te bieden."]]
    rows += list(extra)
    return [("h1", "Bijlage: begrippenlijst"), ("table", rows)]


def f_afkortingen(c):
    rows = [["Afkorting", "Betekenis"], ["AB", "Ambulante begeleiding"], ["DUO", "Dienst Uitvoering Onderwijs"],
            ["IB", "Intern begeleider"], ["LWOO", "Leerwegondersteunend onderwijs"], ["MDO", "Multidisciplinair overleg"],
            ["OOGO", "Op overeenstemming gericht overleg"], ["OPR", "Ondersteuningsplanraad"],
            ["PrO", "Praktijkonderwijs"], ["SBO", "Speciaal basisonderwijs"], ["SO/VSO", "(Voortgezet) speciaal onderwijs"],
            ["SOP", "Schoolondersteuningsprofiel"], ["SWV", "Samenwerkingsverband"]]
    return [("h1", "Bijlage: afkortingen"), ("table", rows)]


def assemble(c, title_lines, body):
    """title page + TOC (derived from body headings) + body."""
    return [("title", title_lines), ("toc", toc_from(body))] + body


# --------------------------------------------------------------------------------------------
# Plan 1 - PO, docx
# --------------------------------------------------------------------------------------------

def plan1():
    c = dict(naam="Samenwerkingsverband Passend Primair Onderwijs De Linge", kort="De Linge",
             code="PO 29-17", sector="po", periode="2026-2030", periode_lang="2026-2027 tot en met 2029-2030",
             gemeenten=["Lingewaard", "Overbetuwe", "Heumen-West"], nbesturen=9, fte="14,6",
             opr_datum="10 maart 2026", oogo_datum="3 maart 2026", ab_datum="24 maart 2026",
             directeur="drs. H. (Hanneke) Verbeek", motto="Gewoon waar het kan, bijzonder waar het moet",
             kengetallen=[["Aangesloten schoolbesturen", "9"], ["Basisscholen (vestigingen)", "61"],
                          ["Scholen voor speciaal basisonderwijs", "3"], ["SO-locaties cluster 3 en 4", "2"],
                          ["Leerlingen basisonderwijs", "14.820"], ["Leerlingen sbo", "402"],
                          ["Leerlingen so", "238"]])
    body = []
    body += f_voorwoord(c) + f_inleiding(c) + f_context(c) + f_visie(c)
    body += [
        ("h1", "Basisondersteuning"),
        ("p", "Basisondersteuning is in ons samenwerkingsverband het door alle negen schoolbesturen "
              "afgesproken minimumniveau van ondersteuning. Iedere vestiging van iedere aangesloten "
              "basisschool biedt dit niveau, zonder dat daarvoor een aanvraag bij het samenwerkingsverband "
              "nodig is en zonder dat een diagnose vereist is. Een school mag meer bieden; minder is niet "
              "toegestaan. De afspraak geldt voor alle 61 vestigingen, ook voor de kleine dorpsscholen."),
        ("p", "In de onderstaande tabel staat per domein wat ouders en leraren op elke school mogen "
              "verwachten. De tabel is de kern van de afspraak; de schoolondersteuningsprofielen van de "
              "scholen mogen hier niet onder zitten."),
        ("table", [["Domein", "Wat elke school in De Linge in elk geval biedt"],
                   ["Lezen en dyslexie", "Werken volgens het Protocol Leesproblemen en Dyslexie; signalering in groep 1-3; intensieve leesbegeleiding (dagelijks 20 minuten extra) voor zwakke lezers; begeleiding van het dyslexie-onderzoekstraject."],
                   ["Rekenen", "Protocol ERWD; hulpmiddelen (tafelkaart, rekenmachine) waar nodig; verlengde instructie in de groep."],
                   ["Gedrag en welbevinden", "Een schoolbreed programma voor sociale veiligheid; jaarlijkse monitoring welbevinden; een gedragsplan voor individuele leerlingen."],
                   ["Meer- en hoogbegaafdheid", "Signalering met een vast instrument in groep 2 en 5; compacten en verrijken in de groep; een verrijkingsgroep op school of bovenschools binnen het bestuur."],
                   ["Taal en NT2", "Extra woordenschatonderwijs voor leerlingen met een taalachterstand; aanpak voor nieuwkomers na het eerste jaar nieuwkomersonderwijs."],
                   ["Medisch handelen", "Een protocol medisch handelen; afspraken met ouders over medicijnverstrekking; een aangepaste werkplek bij lichte fysieke beperking."],
                   ["Ondersteuningsstructuur", "Een intern begeleider met minimaal 0,4 fte per 200 leerlingen; groepsbesprekingen drie keer per jaar; een ondersteuningsteam (OT) met de jeugdprofessional; een OPP als een leerling een eigen leerlijn volgt."],
                   ["Handelingsgericht werken", "Planmatig werken in cycli van signaleren, analyseren, plannen en evalueren; groepsoverzichten en doelen per periode."]]),
        ("h2", "Borging van de basisondersteuning"),
        ("p", "Elke school beschrijft in de schoolgids hoe zij de basisondersteuning invult. De "
              "onderwijsadviseur van het samenwerkingsverband toetst eens per twee jaar met een "
              "kwaliteitskaart of de afspraken worden nagekomen. Als een school op een domein onder het niveau "
              "zit, maakt het bestuur binnen drie maanden een verbeterplan dat met de directeur-bestuurder "
              "wordt besproken."),
        ("h1", "Extra ondersteuning en arrangementen"),
        ("p", "Wanneer een leerling meer nodig heeft dan de basisondersteuning, kan de school een arrangement "
              "aanvragen. Ons ondersteuningsaanbod is opgebouwd uit vijf niveaus die samen een doorlopend "
              "continuüm vormen. Het samenwerkingsverband zorgt ervoor dat de niveaus op elkaar aansluiten en "
              "dat een leerling zonder wachttijd van het ene naar het andere niveau kan."),
        ("table", [["Niveau", "Vorm", "Waar", "Toegang"],
                   ["1", "Basisondersteuning", "Elke vestiging", "Geen aanvraag nodig"],
                   ["2", "Schoolarrangement (licht)", "Eigen school, uit schoolbudget", "Besluit school na OT"],
                   ["3", "Bovenschools arrangement: ambulante begeleiding, observatie, trainingen", "Eigen school met expertise van sbo/so of bureau", "Aanvraag bij loket; besluit binnen 4 weken"],
                   ["4", "Tijdelijke plaatsing in de observatiegroep of de plusklas 'Denkwerk'", "Sbo De Hoeksteen en bovenschoolse locatie Elst", "Aanvraag bij loket"],
                   ["5", "Speciaal basisonderwijs of speciaal onderwijs", "3 sbo-scholen, 2 so-locaties", "Toelaatbaarheidsverklaring"]]),
        ("p", "Naast deze niveaus kent de regio enkele onderwijs-zorgarrangementen voor kinderen die naast "
              "onderwijs ook jeugdhulp in de school nodig hebben. Deze arrangementen worden samen met de "
              "gemeenten bekostigd."),
        ("h1", "Thuiszitters en dekkend netwerk"),
        ("p", "Ieder kind hoort op school. Toch zijn er kinderen voor wie (tijdelijk) geen passende plek "
              "beschikbaar is. Om die situaties snel te signaleren, houden wij samen met de leerplichtambtenaren "
              "een maandelijkse thuiszittersmonitor bij. Iedere leerling die langer dan vier weken niet of "
              "gedeeltelijk naar school gaat, wordt binnen een week besproken aan de regionale "
              "thuiszitterstafel, waarin leerplicht, het bestuur, het lokale team en het samenwerkingsverband "
              "zitten. De directeur-bestuurder heeft doorzettingsmacht als partijen er niet uitkomen."),
        ("p", "Eens per jaar, in oktober, analyseren wij de wachtlijsten van sbo en so, de thuiszittersmonitor "
              "en de aanvragen die niet of te laat konden worden gehonoreerd. Zo brengen wij de witte vlekken "
              "in het aanbod in beeld. Uit de analyse van 2025 bleek dat er te weinig plaatsen zijn voor jonge "
              "kinderen met ernstige gedragsproblemen in de subregio Overbetuwe. In schooljaar 2026-2027 "
              "openen wij daarom een kleine groep van acht plaatsen in Elst; in 2027-2028 evalueren wij of "
              "dit voldoende is. Schoolbesturen die hun zorgplicht niet binnen zes weken kunnen waarmaken, "
              "melden dat bij het loket, dat dan binnen tien werkdagen een casusoverleg organiseert."),
        ("h1", "Toelaatbaarheid tot sbo en so"),
        ("h2", "Procedure"),
        ("p", "Een toelaatbaarheidsverklaring (TLV) wordt aangevraagd door het schoolbestuur van de school waar "
              "de leerling is ingeschreven. De aanvraag verloopt in vier stappen:"),
        ("table", [["Stap", "Wat", "Wie", "Termijn"],
                   ["1", "Bespreking in het ondersteuningsteam; onderbouwing dat het aanbod van de school en arrangementen niet toereikend zijn", "School, IB, onderwijsadviseur", "-"],
                   ["2", "Digitale aanvraag met groeidocument of OPP bij het loket", "Schoolbestuur", "-"],
                   ["3", "Advies van twee deskundigen: een orthopedagoog of psycholoog en, afhankelijk van de leerling, een maatschappelijk werker, arts of kinderpsychiater; ieder geeft een eigen schriftelijk advies", "Deskundigen van het SWV", "Binnen 3 weken"],
                   ["4", "Besluit door de Commissie Toelaatbaarheid namens de directeur-bestuurder", "Commissie Toelaatbaarheid", "Binnen 6 weken na volledige aanvraag"]]),
        ("h2", "Criteria"),
        ("p", "De commissie verklaart een leerling toelaatbaar als aan alle volgende criteria is voldaan:"),
        ("bullets", ["de ondersteuningsbehoefte van de leerling is beschreven in een OPP of groeidocument en gaat "
                     "aantoonbaar uit boven wat de basisondersteuning en een bovenschools arrangement kunnen bieden;",
                     "de school heeft ten minste twee cycli van handelingsgericht werken met externe expertise "
                     "doorlopen en geëvalueerd;",
                     "voor so: er is sprake van een verstandelijke, lichamelijke of langdurig zieke situatie "
                     "(cluster 3) of van ernstige gedrags- of psychiatrische problematiek (cluster 4) die in de "
                     "schoolsituatie tot een structurele ondersteuningsbehoefte leidt;",
                     "de verwachting is dat de leerling in het sbo of so een beter ontwikkelingsperspectief heeft."]),
        ("h2", "Duur en bekostigingscategorie"),
        ("p", "Een TLV sbo geldt in principe tot het einde van de basisschoolperiode. Een TLV so wordt afgegeven "
              "voor twee schooljaren, met bekostigingscategorie laag, midden of hoog afhankelijk van de "
              "ondersteuningsbehoefte. Tegen een besluit kan binnen zes weken bezwaar worden gemaakt; de "
              "directeur-bestuurder vraagt dan advies aan de Landelijke Bezwaaradviescommissie."),
        ("h2", "Afloop van de TLV en terugplaatsing"),
        ("p", "In het laatste jaar van een TLV so bespreekt de so-school uiterlijk in de januari-evaluatie van "
              "het OPP of de leerling het so nog nodig heeft. De so-school neemt het initiatief: zij meldt vóór "
              "1 maart bij het loket of zij een verlenging aanvraagt of een terugplaatsing voorbereidt. Bij "
              "terugplaatsing zoekt de so-school samen met de onderwijsadviseur een reguliere school of sbo-school "
              "en draagt het dossier over; de Commissie Toelaatbaarheid stelt vast dat de TLV per 1 augustus "
              "afloopt. Bij een sbo-leerling vindt deze evaluatie jaarlijks in het voorjaar plaats."),
        ("p", "Het bestuur van het samenwerkingsverband formuleert in de loop van 2027 een visie op "
              "terugplaatsing en de ondersteuning die daarbij hoort; tot die tijd gelden de bovenstaande "
              "afspraken over de formele afloop."),
    ]
    body += [
        ("h1", "Geld en middelen"),
        ("p", "Het samenwerkingsverband ontvangt van het Rijk een ondersteuningsbudget voor lichte en zware "
              "ondersteuning. Na aftrek van de afdrachten aan DUO voor de leerlingen in het so en de "
              "groeibekostiging sbo verdelen wij de middelen volgens een vast verdeelmodel dat het algemeen "
              "bestuur in december 2025 heeft vastgesteld:"),
        ("bullets", ["schoolbudget: € 165 per leerling (teldatum 1 oktober t-1), rechtstreeks naar de besturen, "
                     "voor schoolarrangementen en de inzet van intern begeleiding boven het minimum;",
                     "vaste voet: € 7.500 per vestiging, zodat ook kleine scholen een basis hebben;",
                     "bovenschoolse arrangementen (niveau 3 en 4): toegekend per aanvraag door het loket, op "
                     "basis van de criteria in het arrangementenoverzicht; het loket besluit binnen vier weken;",
                     "bijdrage sbo boven de 2%: het samenwerkingsverband vergoedt de bekostiging van sbo-leerlingen "
                     "boven 2% van het totaal op basis van de peildatum 1 februari."]),
        ("p", "De besturen leggen jaarlijks in hun jaarverslag verantwoording af over de besteding van het "
              "schoolbudget, in een vast format per school. De meerjarenbegroting ziet er als volgt uit "
              "(bedragen x € 1.000):"),
        ("table", [["Post", "2026", "2027", "2028", "2029"],
                   ["Baten ondersteuningsbudget", "11.940", "11.820", "11.700", "11.610"],
                   ["Afdrachten so en sbo (DUO)", "4.310", "4.250", "4.200", "4.170"],
                   ["Schoolbudgetten besturen", "2.910", "2.880", "2.850", "2.830"],
                   ["Vaste voet vestigingen", "458", "458", "450", "450"],
                   ["Bovenschoolse arrangementen", "2.050", "2.080", "2.100", "2.100"],
                   ["Groeibekostiging sbo", "640", "620", "610", "600"],
                   ["Bureau en personeel", "1.420", "1.450", "1.470", "1.490"],
                   ["Resultaat", "152", "82", "20", "-30"]]),
        ("p", "De algemene reserve bedraagt eind 2025 € 1,9 miljoen; het weerstandsvermogen ligt boven de "
              "signaleringswaarde. Het negatieve resultaat in 2029 is bewust: wij zetten de bovenmatige reserve "
              "in voor de nieuwe groep in Elst."),
        ("h1", "Kwaliteit en resultaten"),
        ("p", "In deze planperiode willen wij de volgende resultaten bereiken voor leerlingen die extra "
              "ondersteuning nodig hebben:"),
        ("table", [["Doel", "Streefwaarde 2030"],
                   ["Alle vestigingen bieden de basisondersteuning op alle domeinen", "100% van de vestigingen"],
                   ["Leerlingen met een bovenschools arrangement ronden het arrangement af met behaalde OPP-doelen", "ten minste 75%"],
                   ["Thuiszitters langer dan drie maanden", "0"],
                   ["Deelnamepercentage so", "niet hoger dan 1,6%"]]),
        ("p", "Hoe wij de voortgang op deze doelen gaan meten en erover rapporteren, leggen we vast in een "
              "monitoringsplan dat in de eerste helft van de planperiode wordt opgesteld. Tot die tijd "
              "wordt er nog niet systematisch gemeten."),
        ("h1", "Communicatie"),
        ("p", "Goede communicatie is essentieel voor een samenwerkingsverband dat het moet hebben van "
              "vertrouwen tussen besturen, scholen en partners. Het bureau verstuurt zes keer per jaar een "
              "digitale nieuwsbrief aan directeuren en intern begeleiders. Voor de besturen is er een "
              "afgeschermd deel van de website met vergaderstukken, formats en handreikingen."),
        ("p", "Met de gemeenten communiceren we via het ambtelijk overleg en een gezamenlijke jaarlijkse "
              "conferentie. Persberichten worden alleen na afstemming met de directeur-bestuurder verstuurd. "
              "Een aparte paragraaf over de informatievoorziening aan ouders wordt in schooljaar 2026-2027 aan "
              "dit plan toegevoegd, nadat de landelijke regels over het ouder- en jeugdsteunpunt duidelijk zijn."),
    ]
    body += f_governance(c) + f_opr(c) + f_oogo(c) + f_personeel(c) + f_overstap(c) + f_ict(c)
    body += f_planning(c, [["Augustus-september", "Jaarplan vaststellen", "Directeur-bestuurder, RvT"],
                           ["Oktober", "Analyse wachtlijsten en witte vlekken", "Bureau, besturen"],
                           ["December", "Begroting vaststellen", "Algemene vergadering"],
                           ["Maart", "Tussenstand jaarplan", "Directeurenoverleg"],
                           ["Juni", "Jaarrekening en jaarverslag", "RvT, accountant"]])
    body += f_slot(c) + f_begrippen(c) + f_afkortingen(c)
    blocks = assemble(c, ["Ondersteuningsplan 2026-2030", c["naam"], f"Samenwerkingsverband {c['code']}",
                          "Vastgesteld op 24 maart 2026"], body)
    label = dict(
        documents=["po-delinge-op2026.docx"], sector="po",
        elements=dict(basisondersteuning="present", plaatsing="present", terugstroom="partial",
                      financien="present", **{"dekkend-aanbod": "present"}, resultaten="partial", ouders="missing"),
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
                  "plaatsing.procedure": True, "plaatsing.criteria": True,
                  "terugstroom.procedure": True, "terugstroom.beleid": False,
                  "financien.verdeling": True, "financien.besteding": True,
                  "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
                  "resultaten.doelen": True, "resultaten.monitoring": False,
                  "ouders.informatie": False, "ouders.steunpunt": False},
        advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                  "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
                  "resultaten": ["meetbaar"]},
        notes={"basisondersteuning": "Ch. Basisondersteuning: minimum for all 61 vestigingen + domain table; borging via kwaliteitskaart.",
               "plaatsing": "Ch. Toelaatbaarheid: 4-step table (bestuur applies, two deskundigen, commissie, 6 weeks) and criteria list.",
               "terugstroom": "Only inside TLV chapter 'Afloop van de TLV': procedure (so-school initiates, 1 March, commissie); beleid deferred ('in de loop van 2027 een visie').",
               "financien": "Under 'Geld en middelen': verdeelmodel (EUR 165 p.l., vaste voet) and meerjarenbegroting table 2026-2029.",
               "dekkend-aanbod": "Niveau table 1-5 + 'Thuiszitters en dekkend netwerk' (thuiszitterstafel, yearly witte-vlekken analysis, new group Elst).",
               "resultaten": "Doelen table with streefwaarden; monitoring explicitly deferred to a future monitoringsplan.",
               "ouders": "Nothing: 'Communicatie' addresses professionals only, ouder paragraph deferred to 2026-2027; OJSP/onderwijsconsulent only in begrippenlijst."})
    return c, blocks, label


# --------------------------------------------------------------------------------------------
# Plan 2 - VO, docx
# --------------------------------------------------------------------------------------------

def plan2():
    c = dict(naam="Samenwerkingsverband Voortgezet Onderwijs Kempenrand", kort="Kempenrand VO",
             code="VO 30-09", sector="vo", periode="2026-2030", periode_lang="2026-2027 tot en met 2029-2030",
             gemeenten=["Bergeijk", "Bladel", "Eersel", "Reusel-De Mierden"], nbesturen=6, fte="9,8",
             opr_datum="17 maart 2026", oogo_datum="5 maart 2026", ab_datum="31 maart 2026",
             directeur="M. (Marco) van Gils MEd", motto="Elke jongere een diploma of een duurzame plek",
             kengetallen=[["Aangesloten schoolbesturen", "6"], ["Vestigingen voortgezet onderwijs", "11"],
                          ["Scholen voor praktijkonderwijs", "1"], ["Vso-locaties", "2"],
                          ["Leerlingen regulier vo", "8.940"], ["Leerlingen pro", "212"], ["Leerlingen vso", "174"]])
    body = []
    body += f_voorwoord(c) + f_inleiding(c) + f_context(c) + f_visie(c)
    body += [
        ("h1", "Terugblik op de vorige planperiode"),
        ("p", "In de vorige planperiode hebben wij veel in gang gezet. We hebben het loket ingericht, het "
              "Rebound-traject verhuisd naar een nieuwe locatie, drie netwerkbijeenkomsten per jaar "
              "georganiseerd en de samenwerking met de jeugdprofessionals versterkt. De scholen gaven in "
              "gesprekken aan dat zij het samenwerkingsverband beter weten te vinden dan vier jaar geleden. "
              "Die ervaringen nemen wij mee in dit plan."),
        ("h1", "Basisondersteuning in het voortgezet onderwijs"),
        ("p", "Alle vestigingen in het samenwerkingsverband bieden hetzelfde, afgesproken minimumniveau van "
              "basisondersteuning. Dat niveau is voor iedere vestiging gelijk, ongeacht het bestuur of de "
              "schoolsoort, en is het vertrekpunt voor iedere aanvraag voor extra ondersteuning: pas als een "
              "leerling meer nodig heeft dan dit niveau, kan een arrangement worden aangevraagd."),
        ("p", "Welke voorzieningen, interventies en deskundigheid tot de basisondersteuning behoren, is "
              "uitgewerkt in de Kwaliteitskaart Basisondersteuning VO (bijlage 2). De scholen nemen de "
              "kwaliteitskaart op in hun schoolgids."),
        ("h1", "Ondersteuningsaanbod en arrangementen"),
        ("p", "Het ondersteuningsaanbod van Kempenrand VO is opgebouwd als een trap. Iedere trede is pas aan "
              "de orde als de vorige niet volstaat, maar een leerling kan direct naar een hogere trede als de "
              "situatie daarom vraagt."),
        ("table", [["Trede", "Voorziening", "Locatie", "Capaciteit"],
                   ["Extra ondersteuning op school", "Ondersteuningsklas, trajectvoorziening, begeleiding door ondersteuningscoördinator en orthopedagoog", "Alle 11 vestigingen", "Naar behoefte"],
                   ["Bovenschools arrangement", "Ambulante begeleiding vanuit het vso; arrangement autisme 'Prikkelarm'; begeleiding hoogbegaafde leerlingen", "Op de eigen school", "ca. 140 arrangementen per jaar"],
                   ["OPDC De Schakel", "Tijdelijke plaatsing (max. 1 jaar) met terugkeer naar de eigen school", "Bladel", "36 plaatsen"],
                   ["Rebound", "Time-out van 12 weken bij ernstige gedragsproblemen", "Eersel", "12 plaatsen"],
                   ["Praktijkonderwijs", "Pro met TLV", "Reusel", "ca. 220 leerlingen"],
                   ["Voortgezet speciaal onderwijs", "Vso cluster 3 en 4", "Bergeijk, Eindhoven (buiten regio)", "Met TLV"]]),
        ("p", "Voor leerlingen die zowel onderwijs als jeugdhulp nodig hebben, kent de regio het "
              "onderwijs-zorgarrangement 'Samen Verder', waarin een vso-docent en een jeugdhulpverlener "
              "samen een kleine groep begeleiden binnen een reguliere school."),
        ("h2", "Passende plek voor iedere jongere"),
        ("p", "Iedere jongere die langer dan twee weken zonder passend onderwijs thuis zit, wordt gemeld bij "
              "het Regionaal Thuiszittersoverleg. Daar maken leerplicht, de school, het lokale team en het "
              "samenwerkingsverband binnen tien schooldagen een plan. Als een bestuur geen passende plek kan "
              "bieden, neemt het samenwerkingsverband de regie over en zoekt binnen zes weken een plek, zo "
              "nodig buiten de regio. Twee keer per jaar bespreekt het directeurenoverleg welke vragen "
              "onbeantwoord bleven; op grond daarvan besluit het bestuur over uitbreiding of aanpassing van het "
              "aanbod. Zo is in 2025 besloten het arrangement 'Prikkelarm' uit te breiden naar twee extra "
              "vestigingen."),
        ("h1", "Toelaatbaarheid vso, pro en lwoo"),
        ("h2", "Voortgezet speciaal onderwijs"),
        ("p", "Het bevoegd gezag van de school waar de leerling staat ingeschreven of is aangemeld, vraagt de "
              "TLV vso aan bij het loket. De aanvraag bevat het OPP, de evaluatie van de geboden ondersteuning "
              "en de zienswijze van ouders en leerling. Een orthopedagoog of psycholoog en een tweede "
              "deskundige (afhankelijk van de vraag een jeugdarts of maatschappelijk werker) geven ieder een "
              "eigen advies. De Commissie Toewijzing besluit binnen zes weken namens het bestuur. Een TLV vso "
              "wordt afgegeven voor ten hoogste drie jaar, met categorie laag, midden of hoog."),
        ("p", "Een leerling is toelaatbaar tot het vso als: (a) de ondersteuningsbehoefte blijvend groter is "
              "dan wat de school met arrangementen en OPDC kan bieden; (b) de school aantoonbaar een jaar "
              "met extra ondersteuning volgens het OPP heeft gewerkt, tenzij de veiligheid van de leerling of "
              "anderen dat onmogelijk maakt; en (c) de deskundigen beiden tot het oordeel komen dat het vso "
              "een passender ontwikkelingsperspectief biedt."),
        ("h2", "Praktijkonderwijs en leerwegondersteunend onderwijs"),
        ("table", [["", "Praktijkonderwijs", "Leerwegondersteunend onderwijs"],
                   ["Wie vraagt aan", "De pro-school, na aanmelding door ouders", "De vo-school bij aanmelding"],
                   ["Criteria", "Landelijke criteria: IQ 55-80 en leerachterstand van 3 jaar of meer op twee domeinen, waaronder lezen of rekenen", "Landelijke criteria lwoo (IQ 75-90 of 91-120 met sociaal-emotionele problematiek; leerachterstand 1,5-3 jaar)"],
                   ["Besluit", "Commissie Toewijzing, binnen 4 weken", "Commissie Toewijzing, binnen 4 weken"],
                   ["Duur", "Gehele schoolloopbaan pro", "Gehele schoolloopbaan vmbo"]]),
        ("h1", "Van vso terug naar het regulier onderwijs"),
        ("p", "Het vso is voor veel leerlingen een tijdelijke voorziening. Ons beleid is dat iedere "
              "vso-leerling bij wie het OPP daartoe aanleiding geeft, de kans krijgt om terug te keren naar "
              "een reguliere vo-school of door te stromen naar het mbo. Voorwaarden zijn dat de leerling de "
              "lessen op een reguliere school met begeleiding kan volgen en dat de ontvangende school het "
              "benodigde arrangement kan bieden. Na de overstap ontvangt de leerling een overstaparrangement: "
              "een jaar ambulante begeleiding door de eigen vso-docent, bekostigd door het samenwerkingsverband."),
        ("p", "De procedure: (1) bij iedere jaarlijkse OPP-evaluatie beoordeelt de commissie van begeleiding "
              "van de vso-school of terugkeer mogelijk is; (2) is dat zo, dan meldt de vso-school dat vóór 1 "
              "april bij het loket; (3) de trajectbegeleider van het samenwerkingsverband zoekt met ouders een "
              "ontvangende school en plant een proefperiode van zes weken; (4) na de proefperiode besluit de "
              "Commissie Toewijzing dat de TLV eindigt, of dat een nieuwe TLV nodig is als terugkeer nog niet "
              "verantwoord is. In 2024-2025 keerden 11 vso-leerlingen terug naar het regulier vo."),
    ]
    body += [
        ("h1", "Financieel beleid"),
        ("p", "De middelen van het samenwerkingsverband bestaan uit de rijksbijdrage lichte ondersteuning, "
              "de rijksbijdrage zware ondersteuning en de middelen voor lwoo en pro. Het verdeelmodel is "
              "gebaseerd op drie stromen:"),
        ("table", [["Stroom", "Verdeelsleutel", "Besluit door"],
                   ["Schoolbudget lichte ondersteuning", "€ 118 per leerling (teldatum 1 oktober) plus € 12.000 vaste voet per vestiging", "Algemene vergadering, jaarlijks in december"],
                   ["Lwoo en pro", "Volledig doorbetaald aan de besturen naar rato van het aantal lwoo- en pro-leerlingen op 1 oktober", "Directeur-bestuurder"],
                   ["Bovenschoolse voorzieningen", "OPDC en Rebound: budget per plaats; arrangementen: per toekenning door het loket", "Directeur-bestuurder binnen de begroting"]]),
        ("p", "Besturen verantwoorden de inzet van het schoolbudget in een jaarlijkse rapportage per "
              "vestiging. De meerjarenbegroting wordt jaarlijks afzonderlijk vastgesteld en maakt daarom geen "
              "deel uit van dit ondersteuningsplan; de meest recente versie is op te vragen bij de controller."),
        ("h1", "Kwaliteitszorg"),
        ("p", "Kwaliteit is bij ons geen afdeling maar een houding. Wij werken resultaatgericht en willen "
              "van elkaar leren. Het kwaliteitskader van het samenwerkingsverband wordt in het eerste jaar van "
              "deze planperiode herzien; de uitwerking volgt in het jaarplan 2026-2027."),
        ("h1", "Leerlingen en ouders"),
        ("p", "Ouders en leerlingen moeten weten waar zij aan toe zijn. Daarom informeren wij hen op "
              "verschillende manieren over de ondersteuning in de regio. Op de website staat een ouderpagina "
              "met uitleg over basisondersteuning, arrangementen, OPDC, Rebound, pro en vso, en over de route "
              "naar die voorzieningen. Iedere school reikt bij de aanmelding de ouderfolder 'Extra steun op "
              "school' uit, ook in het Engels, Pools en Arabisch. In het najaar organiseren wij in iedere "
              "gemeente een informatieavond voor ouders van leerlingen in groep 8 en klas 1."),
        ("p", "Leerlingen hebben een stem in hun eigen OPP en worden betrokken bij de evaluatie ervan. Over "
              "de inrichting en bereikbaarheid van een ouder- en jeugdsteunpunt besluiten wij zodra de "
              "landelijke regelgeving daarover in werking is getreden."),
    ]
    body += f_governance(c) + f_opr(c) + f_oogo(c) + f_personeel(c) + f_overstap(c) + f_ict(c)
    body += f_planning(c, [["September", "Jaarplan vaststellen", "Directeur-bestuurder"],
                           ["November", "Netwerkbijeenkomst ondersteuningscoördinatoren", "Bureau"],
                           ["December", "Begroting vaststellen", "Algemene vergadering"],
                           ["April", "Evaluatie loket en OPDC", "Directeurenoverleg"],
                           ["Juni", "Jaarrekening", "RvT, accountant"]])
    body += f_slot(c) + f_begrippen(c, [["Kwaliteitskaart", "Overzicht van de voorzieningen van de basisondersteuning per vestiging."],
                                        ["Resultaten", "De beoogde en bereikte resultaten van het samenwerkingsverband."]]) + f_afkortingen(c)
    blocks = assemble(c, ["Ondersteuningsplan 2026-2030", c["naam"], f"Samenwerkingsverband {c['code']}",
                          "Versie na instemming OPR"], body)
    label = dict(
        documents=["vo-kempenrand-op2026.docx"], sector="vo",
        elements=dict(basisondersteuning="partial", plaatsing="present", terugstroom="present",
                      financien="partial", **{"dekkend-aanbod": "present"}, resultaten="missing", ouders="partial"),
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": False,
                  "plaatsing.procedure": True, "plaatsing.criteria": True,
                  "terugstroom.procedure": True, "terugstroom.beleid": True,
                  "financien.verdeling": True, "financien.besteding": False,
                  "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
                  "resultaten.doelen": False, "resultaten.monitoring": False,
                  "ouders.informatie": True, "ouders.steunpunt": False},
        advisory={"plaatsing": ["deskundigen", "duur-categorie"], "terugstroom": ["monitoring"],
                  "financien": ["verantwoording"], "dekkend-aanbod": ["ketenpartners"],
                  "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "Niveau stated (same minimum for every vestiging); content only in absent 'Kwaliteitskaart Basisondersteuning VO (bijlage 2)'.",
               "plaatsing": "Ch. Toelaatbaarheid: vso procedure + criteria (a)-(c) in prose, pro/lwoo procedure and criteria in a table.",
               "terugstroom": "Own chapter 'Van vso terug naar het regulier onderwijs': beleid (aim, conditions, overstaparrangement) and 4-step procedure.",
               "financien": "Verdeelmodel table (EUR 118 p.l., vaste voet); meerjarenbegroting explicitly not part of the plan ('op te vragen bij de controller').",
               "dekkend-aanbod": "Trede table (OPDC, Rebound, pro, vso) and 'Passende plek' (thuiszittersoverleg, regie within 6 weeks, twice-yearly gap review).",
               "resultaten": "Nothing: terugblik lists activities only, 'Kwaliteitszorg' defers the kwaliteitskader to the jaarplan; 'Resultaten' only in begrippenlijst.",
               "ouders": "Informatie in 'Leerlingen en ouders' (ouderpagina, folder, info-avonden); steunpunt deferred until regulation in force."})
    return c, blocks, label


# --------------------------------------------------------------------------------------------
# Plan 3 - PO, pdf
# --------------------------------------------------------------------------------------------

def plan3():
    c = dict(naam="Samenwerkingsverband Primair Onderwijs Noordwold", kort="Noordwold",
             code="PO 20-14", sector="po", periode="2026-2030", periode_lang="2026-2027 tot en met 2029-2030",
             gemeenten=["Noordwold", "Zuidhorn-Oost", "Aduarderzijl"], nbesturen=7, fte="11,2",
             opr_datum="4 maart 2026", oogo_datum="19 februari 2026", ab_datum="18 maart 2026",
             directeur="J. (Jelle) Hoekstra", motto="Dichtbij, samen en zonder drempels",
             kengetallen=[["Aangesloten schoolbesturen", "7"], ["Basisscholen", "48"],
                          ["Sbo-scholen", "2"], ["So-scholen", "1"], ["Leerlingen bao", "9.310"],
                          ["Leerlingen sbo", "241"], ["Leerlingen so", "119"]])
    body = []
    body += f_voorwoord(c) + f_inleiding(c) + f_context(c) + f_visie(c)
    body += [
        ("h1", "Ondersteuning op iedere school"),
        ("p", "Op iedere basisschool in Noordwold, op elke locatie, geldt dezelfde ondergrens. Wat hieronder "
              "staat, is wat de zeven besturen samen hebben toegezegd: geen school biedt minder. Wij noemen "
              "dit de 'Noordwold-standaard'."),
        ("table", [["Onderdeel", "Minimaal aanwezig op iedere school"],
                   ["Deskundigheid", "Intern begeleider (min. 2 dagen per week), gedragsspecialist of toegang tot gedragsspecialist binnen het bestuur, leesspecialist"],
                   ["Aanpak", "Dyslexie- en dyscalculieprotocol; anti-pestprogramma; werkwijze voor ziekteverzuim en medisch handelen"],
                   ["Voorzieningen", "Rustige werkplek buiten de klas; koptelefoons en visuele dagplanning; verrijkingsmateriaal voor snelle leerlingen"],
                   ["Structuur", "Leerlingvolgsysteem, groepsbespreking 3x per jaar, ondersteuningsteam met ouders en jeugdprofessional"],
                   ["Samenwerking", "Vaste contactpersoon in het lokale team; inzet jeugdverpleegkundige van de GGD"]]),
        ("p", "De scholen beschrijven in de schoolgids hoe zij de Noordwold-standaard in de praktijk brengen."),
        ("h1", "Het ondersteuningsaanbod"),
        ("p", "Boven op de Noordwold-standaard kent het samenwerkingsverband een samenhangend aanbod van "
              "extra ondersteuning. Scholen vragen die aan via het Ondersteuningsloket, dat binnen vijf weken "
              "reageert."),
        ("bullets", ["Arrangement Onderwijs op Maat: extra handen in de klas of individuele begeleiding, "
                     "gemiddeld 10 tot 20 weken;",
                     "Ambulante begeleiding vanuit sbo De Wadden en so De Horizon;",
                     "Plusklas voor (hoog)begaafde leerlingen op twee locaties, een dagdeel per week;",
                     "Taalklas voor nieuwkomers in Noordwold-stad (voltijds, maximaal een jaar);",
                     "Observatieplaatsing van twaalf weken in sbo De Wadden;",
                     "Sbo (2 scholen) en so cluster 3 en 4 (1 school met 3 afdelingen)."]),
        ("p", "Het aantal thuiszitters in onze regio is beperkt. Of ons aanbod voor alle kinderen dekkend is, "
              "gaan we in de komende periode onderzoeken; daarvoor laten we in 2027 een regioanalyse "
              "uitvoeren."),
        ("h1", "Toelaatbaarheid"),
        ("p", "Als een leerling is aangewezen op het sbo of so, vraagt het schoolbestuur een "
              "toelaatbaarheidsverklaring aan bij de Commissie van Toelaatbaarheid (CvT). De route is als volgt:"),
        ("table", [["Stap", "Actie", "Verantwoordelijk", "Termijn"],
                   ["1", "Ondersteuningsteam bespreekt de leerling en adviseert tot aanvraag", "School", "-"],
                   ["2", "Aanvraag via het digitale portaal met OPP en handtekening ouders", "Schoolbestuur", "-"],
                   ["3", "Onderzoek dossier en gesprek met school en ouders; advies orthopedagoog en tweede deskundige", "CvT", "Binnen 4 weken"],
                   ["4", "Besluit en verzending aan bestuur en ouders", "CvT namens directeur", "Binnen 6 weken"]]),
        ("p", "De CvT toetst de aanvraag aan de criteria die zijn vastgelegd in het Beslisdocument "
              "Toelaatbaarheid, te raadplegen via de website van het samenwerkingsverband. Ouders die het "
              "niet eens zijn met het besluit kunnen binnen zes weken bezwaar maken; de bezwaaradviescommissie "
              "brengt advies uit."),
        ("h1", "Terugplaatsing"),
        ("p", "Het terugplaatsingsbeleid wordt uitgewerkt in een gezamenlijke notitie met de sbo- en so-scholen, "
              "die naar verwachting in het voorjaar van 2027 gereed is."),
        ("h1", "Financieel beleid"),
        ("p", "Het samenwerkingsverband verdeelt de ondersteuningsmiddelen volgens een schoolmodel: het grootste "
              "deel gaat naar de besturen, die zelf beslissen over de inzet binnen hun scholen. De verdeling "
              "gaat als volgt. Elk bestuur ontvangt € 142 per leerling (teldatum 1 oktober voorafgaand aan het "
              "schooljaar) en € 9.000 per vestiging. Het Ondersteuningsloket kent arrangementen toe uit een "
              "centraal budget; de criteria daarvoor staan in het arrangementenkader (ernst van de "
              "ondersteuningsvraag, inzet basisondersteuning aangetoond, doel in het OPP). Besturen "
              "leggen elk jaar verantwoording af met een standaardformat."),
        ("table", [["Meerjarenbegroting (x € 1.000)", "2026", "2027", "2028", "2029"],
                   ["Inkomsten lichte + zware ondersteuning", "7.480", "7.390", "7.300", "7.240"],
                   ["Afdrachten DUO so", "1.960", "1.950", "1.950", "1.940"],
                   ["Sbo boven 2%", "720", "700", "690", "680"],
                   ["Middelen besturen (per leerling + per vestiging)", "1.754", "1.740", "1.725", "1.715"],
                   ["Arrangementen Ondersteuningsloket", "1.610", "1.620", "1.620", "1.620"],
                   ["Plusklas, taalklas, observatie", "540", "550", "550", "550"],
                   ["Bureau", "880", "895", "905", "915"],
                   ["Saldo", "16", "-65", "-140", "-180"]]),
        ("p", "De tekorten in 2027-2029 worden opgevangen uit de reserve, die daarmee in 2029 op het niveau "
              "van de signaleringswaarde uitkomt."),
        ("h1", "Resultaten en kwaliteitszorg"),
        ("p", "Wij hebben voor de planperiode de volgende beoogde resultaten vastgesteld voor leerlingen met "
              "een ondersteuningsbehoefte. Achter ieder doel staat de nulmeting en de streefwaarde."),
        ("table", [["Beoogd resultaat", "Nulmeting 2025", "Streefwaarde 2029"],
                   ["Arrangementen waarbij de OPP-doelen (grotendeels) zijn behaald", "64%", "80%"],
                   ["Gemiddelde tijd tussen aanvraag en start arrangement", "7 weken", "4 weken"],
                   ["Tevredenheid ouders over de ondersteuning (schaal 1-10)", "6,8", "7,5"],
                   ["Scholen die de Noordwold-standaard volledig halen", "38 van 48", "48 van 48"]]),
        ("p", "Elk kwartaal maakt de controller een dashboard met deze indicatoren, dat wordt besproken in "
              "het directeurenoverleg en de raad van toezicht. Eens per jaar evalueren wij de resultaten in een "
              "kwaliteitsdag met de besturen en rapporteren wij de bereikte resultaten in het jaarverslag. De "
              "oudertevredenheid meten we tweejaarlijks met een vragenlijst via de scholen."),
        ("h1", "Communicatie"),
        ("p", "Het samenwerkingsverband communiceert met scholen via de nieuwsbrief en het directeurenoverleg. "
              "Ouders informeren we via de website, waar per voorziening staat wat die inhoudt en hoe een "
              "kind er terechtkomt, en via de brochure 'Wegwijs in ondersteuning' die iedere school bij "
              "inschrijving meegeeft. De scholen nemen hun ondersteuningsaanbod op in de schoolgids. Twee keer "
              "per jaar is er een ouderavond per subregio."),
        ("p", "Voor onafhankelijk advies kunnen ouders terecht bij het Ouder- en Jeugdsteunpunt Noordwold, dat "
              "wordt uitgevoerd door de stichting Ouderkracht Noord en onafhankelijk van de besturen werkt "
              "(spreekuur op maandag en woensdag, telefonisch en via de chat). Ook de Onderwijsconsulenten "
              "kunnen kosteloos bemiddelen. Bij een geschil over toelating of het OPP kunnen ouders zich "
              "wenden tot de Geschillencommissie passend onderwijs."),
    ]
    body += f_governance(c) + f_opr(c) + f_oogo(c) + f_personeel(c) + f_overstap(c) + f_ict(c)
    body += f_landelijk(c) + f_integriteit(c) + f_werkwijze_bureau(c)
    body += f_planning(c, [["September", "Jaarplan", "Directeur"], ["Oktober", "Teldatum leerlingen", "Besturen"],
                           ["December", "Begroting", "Algemene vergadering"], ["Mei", "Kwaliteitsdag", "Besturen, bureau"],
                           ["Juni", "Jaarverslag", "RvT"]])
    body += f_slot(c) + f_begrippen(c) + f_afkortingen(c)
    blocks = assemble(c, ["Ondersteuningsplan 2026-2030", c["naam"], f"Samenwerkingsverband {c['code']}"], body)
    label = dict(
        documents=["po-noordwold-op2026.pdf"], sector="po",
        elements=dict(basisondersteuning="present", plaatsing="partial", terugstroom="missing",
                      financien="present", **{"dekkend-aanbod": "partial"}, resultaten="present", ouders="present"),
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
                  "plaatsing.procedure": True, "plaatsing.criteria": False,
                  "terugstroom.procedure": False, "terugstroom.beleid": False,
                  "financien.verdeling": True, "financien.besteding": True,
                  "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": False,
                  "resultaten.doelen": True, "resultaten.monitoring": True,
                  "ouders.informatie": True, "ouders.steunpunt": True},
        advisory={"plaatsing": ["deskundigen", "bezwaar"], "financien": ["reserves", "verantwoording"],
                  "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "'Ondersteuning op iedere school': 'Noordwold-standaard' as floor for every location, content in a table.",
               "plaatsing": "'Toelaatbaarheid': step table with CvT and terms; criteria only referred to a 'Beslisdocument' on the website.",
               "terugstroom": "Chapter 'Terugplaatsing' only defers to a notitie expected spring 2027; term otherwise only in TOC/begrippenlijst.",
               "financien": "'Financieel beleid': EUR 142 p.l. + EUR 9.000 per vestiging, arrangementenkader, meerjarenbegroting table.",
               "dekkend-aanbod": "Continuum listed in 'Het ondersteuningsaanbod'; gaps: 'aantal thuiszitters beperkt' and 'gaan we onderzoeken' (regioanalyse 2027) only.",
               "resultaten": "'Resultaten en kwaliteitszorg': table with nulmeting/streefwaarde, quarterly dashboard, kwaliteitsdag, jaarverslag.",
               "ouders": "Inside 'Communicatie': website/brochure/ouderavond; OJSP by independent foundation, Onderwijsconsulenten, Geschillencommissie."})
    return c, blocks, label


# --------------------------------------------------------------------------------------------
# Plan 4 - VO, pdf
# --------------------------------------------------------------------------------------------

def plan4():
    c = dict(naam="Samenwerkingsverband Voortgezet Onderwijs Duinstreek-Zuid", kort="Duinstreek-Zuid",
             code="VO 28-04", sector="vo", periode="2026-2030", periode_lang="2026-2027 tot en met 2029-2030",
             gemeenten=["Duinmond", "Westerkerk", "Zandvoorde-Binnen"], nbesturen=5, fte="12,4",
             opr_datum="12 maart 2026", oogo_datum="26 februari 2026", ab_datum="26 maart 2026",
             directeur="drs. A. (Anouk) de Ridder", motto="Niemand valt tussen wal en schip",
             kengetallen=[["Aangesloten schoolbesturen", "5"], ["Vo-vestigingen", "9"], ["Pro-scholen", "1"],
                          ["Vso-scholen", "2"], ["Leerlingen regulier vo", "10.460"], ["Leerlingen pro", "265"],
                          ["Leerlingen vso", "301"]])
    body = []
    body += f_voorwoord(c) + f_inleiding(c) + f_context(c) + f_visie(c)
    body += [
        ("h1", "Basisondersteuning"),
        ("p", "De beschrijving van de basisondersteuning uit het vorige plan (2022) is niet meer actueel. "
              "Samen met de scholen herijken we in schooljaar 2026-2027 welk ambitieniveau wij als "
              "samenwerkingsverband nastreven; de uitkomst wordt als addendum aan dit plan toegevoegd. Tot die "
              "tijd verwijzen wij naar de schoolgidsen van de afzonderlijke scholen."),
        ("h1", "Van extra ondersteuning tot vso: ons continuüm"),
        ("p", "Het samenwerkingsverband kent een aaneengesloten reeks voorzieningen. Iedere school heeft een "
              "ondersteuningscoördinator en een zorg- en adviesteam. Voor leerlingen die meer nodig hebben, "
              "zijn er de volgende voorzieningen:"),
        ("table", [["Voorziening", "Voor wie", "Duur", "Waar"],
                   ["Flexklas", "Leerlingen die tijdelijk een kleinere setting nodig hebben", "8-12 weken", "Op 6 van de 9 vestigingen"],
                   ["Ambulante begeleiding", "Leerlingen met autisme, ADHD of psychiatrische problematiek", "Per schooljaar", "Op de eigen school"],
                   ["OPDC Het Baken", "Leerlingen die (tijdelijk) niet in de reguliere klas kunnen functioneren", "Max. 2 jaar", "Duinmond"],
                   ["Rebound De Kaap", "Leerlingen na een incident of schorsing", "12 weken", "Westerkerk"],
                   ["Schakelklas ISK", "Nieuwkomers (12-18 jaar)", "1-2 jaar", "Duinmond"],
                   ["Praktijkonderwijs", "Leerlingen met een pro-TLV", "Schoolloopbaan", "Westerkerk"],
                   ["Vso De Branding en Het Anker", "Leerlingen met een TLV vso cluster 3 of 4", "Volgens TLV", "Duinmond, Zandvoorde-Binnen"]]),
        ("h2", "Geen leerling zonder plek"),
        ("p", "Wij houden per week bij welke leerlingen zonder passende plek thuis zitten of op een wachtlijst "
              "staan. Elke melding wordt binnen vijf schooldagen opgepakt door een trajectbegeleider van het "
              "samenwerkingsverband, die samen met de school, leerplicht en het wijkteam een plan maakt. "
              "Lukt het niet binnen vier weken een plek te vinden, dan agendeert de directeur-bestuurder de "
              "casus in het bestuurlijk overleg en wordt zo nodig een maatwerkplek buiten de regio gezocht. "
              "Elk half jaar analyseren we de meldingen op patronen; voor 2026-2027 is op basis daarvan "
              "besloten extra plaatsen te creëren voor meisjes met angstproblematiek in een kleinschalige "
              "setting bij het OPDC."),
        ("h1", "Toewijzing vso, pro en lwoo"),
        ("p", "Een leerling is toelaatbaar tot het vso als hij of zij voldoet aan ten minste één van de "
              "volgende criteria: (1) de ondersteuningsbehoefte vraagt om een structureel kleinere groep en "
              "specialistische begeleiding gedurende de hele schooldag, die niet met een arrangement op een "
              "reguliere school kan worden georganiseerd; (2) er is sprake van ernstige psychiatrische of "
              "gedragsproblematiek die de veiligheid van de leerling of anderen in het regulier onderwijs in "
              "gevaar brengt; (3) de leerling heeft als gevolg van een lichamelijke beperking of langdurige "
              "ziekte een onderwijsprogramma nodig dat het regulier onderwijs niet kan bieden. Voor pro en lwoo "
              "gelden de landelijke criteria (IQ en leerachterstand, en voor lwoo zo nodig sociaal-emotionele "
              "problematiek); wij hanteren geen eigen lwoo-criteria."),
        ("p", "Hoe en bij wie een aanvraag wordt ingediend, welke stappen worden doorlopen en binnen welke "
              "termijn wordt beslist, leest u in de Routekaart TLV op de website van het samenwerkingsverband. "
              "Ouders die het niet eens zijn met een besluit kunnen bezwaar maken; de Adviescommissie bezwaar "
              "toelaatbaarheid brengt dan advies uit aan het bestuur."),
        ("h2", "Terugkeer uit het vso"),
        ("p", "Het vso is voor ons geen eindstation. Ons uitgangspunt is dat een leerling terugkeert naar een "
              "reguliere school zodra dat verantwoord is, en dat de stap zorgvuldig wordt begeleid. Terugkeer "
              "is aan de orde als de leerling de afgelopen periode de OPP-doelen heeft gehaald, in een groep "
              "van normale omvang kan functioneren en zowel leerling als ouders de overstap willen. De "
              "ontvangende school krijgt van het samenwerkingsverband een terugkeerarrangement: een jaar lang "
              "vier uur per week begeleiding door een vso-docent, plus een coach voor de leerling. Ook "
              "doorstroom naar het mbo met behoud van begeleiding valt onder dit beleid."),
        ("p", "Het stappenplan voor terugkeer (wie het initiatief neemt, op welke momenten wordt geëvalueerd en "
              "wie besluit) stellen we in 2026 samen met de vso-scholen op."),
        ("h1", "Financieel kader"),
        ("p", "De middelen van het samenwerkingsverband zijn bedoeld voor de ondersteuning van leerlingen. De "
              "financiële paragraaf, met de verdeelsystematiek en de meerjarenbegroting, wordt na goedkeuring "
              "door de algemene vergadering als afzonderlijk document bij dit plan gevoegd."),
        ("h1", "Monitoring en verantwoording"),
        ("p", "De beoogde resultaten per speerpunt worden jaarlijks in het jaarplan vastgelegd."),
        ("p", "Wij volgen de ontwikkelingen met een vaste set indicatoren: het aantal aanvragen en toegekende "
              "voorzieningen, de deelname aan vso en pro ten opzichte van het landelijk gemiddelde (peildatum 1 "
              "oktober), het aantal thuiszitters en vrijstellingen, de terugkeer vanuit OPDC en Rebound en de "
              "tevredenheid van scholen en ouders. De indicatoren worden per kwartaal in een dashboard "
              "gerapporteerd aan de directeur-bestuurder en twee keer per jaar besproken met de raad van "
              "toezicht. In het jaarverslag rapporteren we de bereikte resultaten; in 2024-2025 keerde 86% van "
              "de OPDC-leerlingen binnen twee jaar terug naar een reguliere klas en daalde het aantal "
              "thuiszitters van 23 naar 14. Eens per twee jaar laten wij een tevredenheidsonderzoek uitvoeren."),
        ("h1", "Leerlingen, ouders en partners"),
        ("p", "Ouders vinden informatie over de ondersteuning in het samenwerkingsverband op de website, in de "
              "digitale ouderwijzer en in de schoolgids van de school. Bij de start van elk schooljaar houden we "
              "een webinar voor ouders over de route naar extra ondersteuning, OPDC, pro en vso. De "
              "ondersteuningscoördinatoren zijn het eerste aanspreekpunt op school."),
        ("p", "Ouders en jongeren die onafhankelijk advies willen of het oneens zijn met een school, kunnen "
              "terecht bij het Ouder- en Jeugdsteunpunt Duinstreek, dat door een onafhankelijke "
              "cliëntondersteuningsorganisatie wordt uitgevoerd, en bij de Onderwijsconsulenten. Klachten "
              "over het samenwerkingsverband kunnen worden ingediend bij de landelijke klachtencommissie "
              "waarbij wij zijn aangesloten."),
    ]
    body += f_governance(c) + f_opr(c) + f_oogo(c) + f_personeel(c) + f_overstap(c) + f_ict(c)
    body += f_landelijk(c) + f_integriteit(c) + f_werkwijze_bureau(c)
    body += f_planning(c, [["September", "Jaarplan", "Directeur-bestuurder"], ["Oktober", "Teldatum", "Besturen"],
                           ["December", "Begroting", "Algemene vergadering"], ["Februari", "Halfjaaranalyse meldingen", "Bureau"],
                           ["Juni", "Jaarverslag", "RvT"]])
    body += f_slot(c) + f_begrippen(c, [["Verdeelmodel", "De regels waarmee het samenwerkingsverband middelen over de besturen verdeelt."]]) + f_afkortingen(c)
    blocks = assemble(c, ["Ondersteuningsplan 2026-2030", c["naam"], f"Samenwerkingsverband {c['code']}"], body)
    label = dict(
        documents=["vo-duinstreekzuid-op2026.pdf"], sector="vo",
        elements=dict(basisondersteuning="missing", plaatsing="partial", terugstroom="partial",
                      financien="missing", **{"dekkend-aanbod": "present"}, resultaten="partial", ouders="present"),
        criteria={"basisondersteuning.niveau": False, "basisondersteuning.inhoud": False,
                  "plaatsing.procedure": False, "plaatsing.criteria": True,
                  "terugstroom.procedure": False, "terugstroom.beleid": True,
                  "financien.verdeling": False, "financien.besteding": False,
                  "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
                  "resultaten.doelen": False, "resultaten.monitoring": True,
                  "ouders.informatie": True, "ouders.steunpunt": True},
        advisory={"plaatsing": ["bezwaar"], "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"]},
        notes={"basisondersteuning": "Chapter only defers (herijking 2026-2027, addendum) and refers to schoolgidsen; nothing addressed.",
               "plaatsing": "Vso criteria (1)-(3) + landelijke pro/lwoo criteria; procedure only via 'Routekaart TLV op de website'.",
               "terugstroom": "'Terugkeer uit het vso' (inside toewijzing chapter): policy, conditions, terugkeerarrangement; stappenplan deferred to 2026.",
               "financien": "'Financieel kader' defers verdeelsystematiek and meerjarenbegroting to a separate document; 'begroting' only in governance/planning filler.",
               "dekkend-aanbod": "Continuum table + 'Geen leerling zonder plek' (weekly tracking, 5 days, escalation, half-yearly analysis).",
               "resultaten": "'Monitoring en verantwoording': indicators, dashboard, jaarverslag with achieved figures; beoogde resultaten deferred to jaarplan.",
               "ouders": "'Leerlingen, ouders en partners': website, ouderwijzer, webinar; OJSP Duinstreek, Onderwijsconsulenten, klachtencommissie."})
    return c, blocks, label


# --------------------------------------------------------------------------------------------
# Plan 5 - PO, markdown
# --------------------------------------------------------------------------------------------

def plan5():
    c = dict(naam="Samenwerkingsverband Primair Onderwijs Lindenhoeve", kort="Lindenhoeve",
             code="PO 26-21", sector="po", periode="2026-2030", periode_lang="2026-2027 tot en met 2029-2030",
             gemeenten=["Lindenhoeve", "Esbeek-Noord"], nbesturen=4, fte="6,3",
             opr_datum="26 februari 2026", oogo_datum="12 februari 2026", ab_datum="12 maart 2026",
             directeur="R. (Roos) Kamphuis", motto="Sterke scholen, sterke kinderen",
             kengetallen=[["Aangesloten schoolbesturen", "4"], ["Basisscholen", "27"], ["Sbo-school", "1"],
                          ["So-school", "1"], ["Leerlingen bao", "5.870"], ["Leerlingen sbo", "156"],
                          ["Leerlingen so", "84"]])
    body = []
    body += f_voorwoord(c) + f_inleiding(c) + f_context(c) + f_visie(c)
    body += [
        ("h1", "Terugblik 2022-2026"),
        ("p", "De afgelopen vier jaar stonden in het teken van bestuurlijke vernieuwing. We zijn overgestapt "
              "naar het raad-van-toezichtmodel, hebben een nieuw bureau ingericht en de samenwerking met de "
              "sbo- en so-school versterkt. Er waren vijf netwerkbijeenkomsten per jaar en twee studiedagen. "
              "De jaarverslagen over deze periode staan op de website."),
        ("h1", "Wat valt onder basisondersteuning?"),
        ("p", "In de onderstaande tabel staan de voorzieningen die in Lindenhoeve tot de basisondersteuning "
              "worden gerekend. De tabel is opgesteld door een werkgroep van intern begeleiders."),
        ("table", [["Thema", "Voorzieningen en aanpak"],
                   ["Lezen, spelling, rekenen", "Protocollen dyslexie en dyscalculie; drie niveaus van instructie; voorleessoftware"],
                   ["Sociaal-emotioneel", "Methode voor sociaal-emotioneel leren; pestprotocol; time-in-plek in de klas"],
                   ["Werkhouding en executieve functies", "Visuele planning, time-timer, stappenplannen, coaching door leerkracht"],
                   ["Begaafdheid", "Compacten en verrijken; Levelwerk of vergelijkbaar"],
                   ["Fysiek en medisch", "Protocol medisch handelen; aanpassingen voor rolstoeltoegankelijkheid waar het gebouw dat toelaat"],
                   ["Organisatie", "IB'er; OT met jeugdprofessional; OPP bij eigen leerlijn"]]),
        ("p", "Welk niveau als gezamenlijke ondergrens voor alle scholen gaat gelden, besluit het algemeen "
              "bestuur na de audit die in schooljaar 2026-2027 plaatsvindt; tot die tijd bepaalt ieder bestuur "
              "zelf welke onderdelen het op zijn scholen aanbiedt."),
        ("h1", "Dekkend netwerk"),
        ("p", "Een actueel overzicht van alle voorzieningen in de regio en een analyse van wat ontbreekt, "
              "volgt na de regioanalyse die in 2026 wordt uitgevoerd. De netwerkbijeenkomsten van intern "
              "begeleiders gaan ondertussen gewoon door."),
        ("h1", "Toelaatbaarheid sbo en so"),
        ("p", "De procedure en de criteria voor toelaatbaarheid tot het sbo en so worden in 2026 herzien. Het "
              "herziene reglement van de toelaatbaarheidscommissie volgt als bijlage bij dit plan."),
        ("h1", "Terug naar de basisschool"),
        ("p", "Lindenhoeve wil dat kinderen in het sbo en so zo veel mogelijk de kans krijgen om terug te keren "
              "naar een basisschool in hun eigen woonplaats. Wij zien terugplaatsing als een normaal onderdeel "
              "van de schoolloopbaan en niet als uitzondering. Een kind komt in aanmerking als het OPP laat zien "
              "dat het de doelen op sociaal-emotioneel gebied twee evaluatieperioden op rij heeft gehaald, het "
              "kind met een arrangement in een gewone groep kan meedoen, en ouders instemmen. De basisschool "
              "die het kind ontvangt, krijgt een overgangsarrangement van twintig weken met ambulante "
              "begeleiding door de leerkracht van het sbo of so."),
        ("p", "Zo gaat het in de praktijk:"),
        ("bullets", ["bij de OPP-evaluatie in januari bespreekt de commissie van begeleiding van de sbo- of so-school "
                     "bij ieder kind of terugplaatsing aan de orde is;",
                     "is dat het geval, dan neemt de sbo- of so-school contact op met ouders en met de beoogde "
                     "basisschool; de intern begeleider van de basisschool komt op observatie;",
                     "de sbo- of so-school meldt het voornemen vóór 1 april bij het bureau van het "
                     "samenwerkingsverband, dat binnen twee weken het overgangsarrangement toekent;",
                     "na de zomervakantie start het kind op de basisschool; na tien en na twintig weken evalueren "
                     "ouders, beide scholen en de onderwijsadviseur;",
                     "de toelaatbaarheidscommissie stelt vast dat de TLV per de startdatum is beëindigd."]),
        ("p", "In 2024-2025 zijn negen kinderen teruggeplaatst, van wie zeven na een jaar nog op de basisschool zaten."),
        ("h1", "Middelen"),
        ("p", "Het nieuwe verdeelmodel, waarin wordt bepaald op welke wijze en volgens welke criteria de "
              "middelen over de besturen worden verdeeld, wordt in het voorjaar van 2026 door het algemeen "
              "bestuur vastgesteld. De onderstaande meerjarenbegroting laat zien waaraan de middelen in de "
              "planperiode worden besteed (bedragen in euro's):"),
        ("table", [["Bestemming", "2026", "2027", "2028", "2029"],
                   ["Afdracht so (DUO)", "1.410.000", "1.395.000", "1.380.000", "1.370.000"],
                   ["Sbo-bekostiging boven 2%", "392.000", "385.000", "380.000", "375.000"],
                   ["Middelen naar schoolbesturen", "1.610.000", "1.600.000", "1.590.000", "1.580.000"],
                   ["Overgangsarrangementen terugplaatsing", "120.000", "130.000", "140.000", "140.000"],
                   ["Onderwijsadviseurs en bureau", "540.000", "552.000", "563.000", "574.000"],
                   ["Totaal lasten", "4.072.000", "4.062.000", "4.053.000", "4.039.000"],
                   ["Totaal baten rijksbijdrage", "4.090.000", "4.065.000", "4.040.000", "4.020.000"]]),
        ("h1", "Wat willen we bereiken en hoe volgen we dat?"),
        ("p", "Voor kinderen die extra ondersteuning nodig hebben, streven we in deze planperiode naar de "
              "volgende meetbare resultaten:"),
        ("bullets", ["in 2030 haalt ten minste 80% van de kinderen met een OPP de OPP-doelen voor rekenen en lezen "
                     "(nulmeting 2025: 69%);",
                     "jaarlijks worden ten minste tien kinderen teruggeplaatst naar het basisonderwijs, van wie "
                     "na een jaar 80% nog op de basisschool zit;",
                     "de tevredenheid van ouders van kinderen met extra ondersteuning stijgt van 6,9 naar 7,5."]),
        ("p", "De intern begeleiders leveren twee keer per jaar (februari en juli) de OPP-resultaten aan in het "
              "monitorsysteem. Het bureau maakt daarvan een rapportage voor het algemeen bestuur en de OPR. In "
              "het jaarverslag staan de bereikte resultaten naast de beoogde; waar we achterblijven, maken we "
              "in het jaarplan een verbeteractie. De oudertevredenheid wordt elk voorjaar gemeten."),
        ("h1", "Ouders"),
        ("p", "Ouders die vastlopen met de school of het oneens zijn over de ondersteuning van hun kind, kunnen "
              "gratis en onafhankelijk advies vragen bij de Onderwijsconsulenten. Daarnaast is er het Ouder- en "
              "Jeugdsteunpunt Lindenhoeve, ondergebracht bij stichting Zorgbelang en los van de schoolbesturen; "
              "het steunpunt heeft spreekuur op dinsdag en donderdag en helpt bij gesprekken met de school. "
              "Bij een geschil over toelating, verwijdering of het OPP kunnen ouders terecht bij de "
              "Geschillencommissie passend onderwijs."),
        ("p", "Hoe wij ouders informeren over het ondersteuningsaanbod, werken we uit in het communicatieplan "
              "2026-2028, dat na de zomer verschijnt."),
    ]
    body += f_governance(c) + f_opr(c) + f_oogo_kort(c) + f_personeel(c) + f_ict(c)
    body += f_landelijk(c) + f_integriteit(c) + f_werkwijze_bureau(c)
    body += f_planning(c, [["September", "Jaarplan", "Directeur-bestuurder"], ["Februari", "Aanlevering OPP-resultaten", "Scholen"],
                           ["Maart", "Rapportage resultaten", "Bureau, AB, OPR"], ["Juli", "Aanlevering OPP-resultaten", "Scholen"],
                           ["December", "Begroting", "Algemeen bestuur"]])
    body += f_slot(c) + f_begrippen(c) + f_afkortingen(c)
    blocks = assemble(c, ["Ondersteuningsplan 2026-2030", c["naam"], f"Samenwerkingsverband {c['code']}",
                          "Webversie"], body)
    label = dict(
        documents=["po-lindenhoeve-op2026.md"], sector="po",
        elements=dict(basisondersteuning="partial", plaatsing="missing", terugstroom="present",
                      financien="partial", **{"dekkend-aanbod": "missing"}, resultaten="present", ouders="partial"),
        criteria={"basisondersteuning.niveau": False, "basisondersteuning.inhoud": True,
                  "plaatsing.procedure": False, "plaatsing.criteria": False,
                  "terugstroom.procedure": True, "terugstroom.beleid": True,
                  "financien.verdeling": False, "financien.besteding": True,
                  "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": False,
                  "resultaten.doelen": True, "resultaten.monitoring": True,
                  "ouders.informatie": False, "ouders.steunpunt": True},
        advisory={"terugstroom": ["monitoring"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "Content table present, but a shared minimum for all schools is explicitly not yet agreed (audit 2026-2027, 'ieder bestuur bepaalt zelf').",
               "plaatsing": "'Toelaatbaarheid sbo en so' only says procedure and criteria are being revised and the reglement 'volgt als bijlage'.",
               "terugstroom": "'Terug naar de basisschool': policy/conditions/overgangsarrangement + stepwise procedure with dates and TLV end.",
               "financien": "Meerjarenbegroting with amounts (besteding); verdeelmodel still to be adopted in spring 2026.",
               "dekkend-aanbod": "'Dekkend netwerk' only defers to a regioanalyse; OOGO only as a procedural mention; no continuum or gap approach.",
               "resultaten": "Measurable targets with nulmeting + twice-yearly monitoring, rapportage, jaarverslag.",
               "ouders": "Steunpunt (Onderwijsconsulenten, OJSP at Zorgbelang, Geschillencommissie) present; informing parents deferred to communicatieplan."})
    return c, blocks, label


# --------------------------------------------------------------------------------------------
# Near miss - a school-level "ondersteuningsplan" of one basisschool (html)
# --------------------------------------------------------------------------------------------

def nearmiss():
    body = [
        ("h1", "Inleiding"),
        ("p", "Dit is het ondersteuningsplan van obs De Vlonder voor het schooljaar 2025-2026. In dit plan "
              "beschrijven wij hoe wij op onze school de ondersteuning aan leerlingen organiseren: welke "
              "zorgniveaus we onderscheiden, hoe de groepsbesprekingen en leerlingbesprekingen verlopen, wat de "
              "taken zijn van leerkrachten en intern begeleider en hoe wij samenwerken met ouders. Het plan is "
              "bedoeld voor het team en voor ouders, en wordt jaarlijks door de intern begeleider en de "
              "directeur geactualiseerd en met de medezeggenschapsraad besproken."),
        ("p", "De Vlonder is een openbare basisschool met 312 leerlingen in 13 groepen in de wijk Rietlanden. "
              "De school maakt deel uit van Stichting Openbaar Onderwijs Rietmeer en is aangesloten bij het "
              "regionale samenwerkingsverband passend onderwijs. Het samenwerkingsverband heeft een eigen "
              "ondersteuningsplan; dit document is het ondersteuningsplan van onze school."),
        ("h1", "Onze visie op ondersteuning"),
        ("p", "Bij ons telt ieder kind. Wij werken handelingsgericht: we kijken naar wat een kind nodig heeft "
              "en wat de leerkracht nodig heeft om dat te bieden. Ouders zijn ervaringsdeskundigen en "
              "gesprekspartners. We gaan uit van positieve kenmerken en werken doelgericht."),
        ("h1", "Zorgniveaus op De Vlonder"),
        ("table", [["Niveau", "Omschrijving", "Wie"],
                   ["1", "Goed lesgeven in de groep: basisinstructie en effectief klassenmanagement", "Leerkracht"],
                   ["2", "Extra instructie en begeleiding in de groep (verlengde instructie)", "Leerkracht"],
                   ["3", "Specifieke interventies na groepsbespreking, eventueel buiten de groep", "Leerkracht en IB'er"],
                   ["4", "Inschakelen externe deskundigen: onderwijsadviseur van het samenwerkingsverband, jeugdprofessional, logopedie", "IB'er, ouders"],
                   ["5", "Aanvraag arrangement of toelaatbaarheidsverklaring bij het samenwerkingsverband", "Directeur, IB'er, ouders"]]),
        ("h1", "Basisondersteuning op onze school"),
        ("p", "Onze basisondersteuning bestaat uit: het dyslexieprotocol, een rekenprotocol, de Kanjertraining "
              "in alle groepen, een plusgroep voor kinderen die meer aankunnen, een rustplek op de gang en een "
              "protocol medisch handelen. Wat wij bieden aan basisondersteuning staat ook in ons "
              "schoolondersteuningsprofiel (SOP) en in de schoolgids."),
        ("h1", "De ondersteuningscyclus"),
        ("p", "Drie keer per jaar houdt de intern begeleider met iedere leerkracht een groepsbespreking. In "
              "oktober, februari en juni bespreken zij de resultaten van de methodegebonden toetsen en de "
              "Cito-toetsen, het welbevinden van de kinderen en de groepsplannen. Kinderen die extra aandacht "
              "nodig hebben, worden daarna besproken in een leerlingbespreking. Als dat nodig is, wordt het kind "
              "ingebracht in het ondersteuningsteam (OT), waarin ook de jeugdprofessional en de onderwijsadviseur "
              "zitten. Ouders worden altijd uitgenodigd voor het OT."),
        ("p", "Voor kinderen die een eigen leerlijn volgen, stellen wij een ontwikkelingsperspectiefplan (OPP) "
              "op. Het OPP wordt met ouders besproken en twee keer per jaar geëvalueerd. Ouders hebben "
              "instemmingsrecht op het handelingsdeel van het OPP."),
        ("h1", "Als onze school niet genoeg kan bieden"),
        ("p", "Soms heeft een kind meer nodig dan wij kunnen bieden. Dan vragen wij samen met ouders een "
              "arrangement aan bij het samenwerkingsverband, bijvoorbeeld ambulante begeleiding. Als ook dat "
              "niet voldoende is, kan een plaatsing op het speciaal basisonderwijs of speciaal onderwijs aan de "
              "orde zijn. Het samenwerkingsverband beslist dan over de toelaatbaarheidsverklaring (TLV). De "
              "procedure daarvoor staat in het ondersteuningsplan van het samenwerkingsverband."),
        ("p", "Kinderen die van het sbo of so terugkomen naar De Vlonder, ontvangen wij met een warme "
              "overdracht. De intern begeleider zorgt voor een kennismakingsgesprek en een plan voor de eerste "
              "weken."),
        ("h1", "Middelen van de school"),
        ("p", "De school ontvangt van het bestuur een deel van de ondersteuningsmiddelen van het "
              "samenwerkingsverband. Dit schooljaar is dat € 38.400. Wij zetten dit in voor 0,4 fte extra "
              "intern begeleiding, een onderwijsassistent voor de onderbouw en de plusgroep. De inzet wordt "
              "verantwoord in het jaarverslag van het bestuur."),
        ("h1", "Resultaten van de ondersteuning"),
        ("p", "Wij evalueren jaarlijks in juni of de ondersteuning heeft gewerkt. In 2024-2025 haalden 21 van "
              "de 26 kinderen met een groepsplan niveau 3 hun doelen. Vier kinderen hadden een OPP; drie van "
              "hen liggen op koers."),
        ("h1", "Ouders"),
        ("p", "Ouders zijn onze partners. Bij zorgen over hun kind kunnen zij altijd terecht bij de leerkracht "
              "en de intern begeleider. Informatie over ondersteuning staat in de schoolgids en op de website. "
              "Voor onafhankelijk advies kunnen ouders contact opnemen met het ouder- en jeugdsteunpunt van het "
              "samenwerkingsverband of met de Onderwijsconsulenten. Klachten behandelen wij volgens de "
              "klachtenregeling van de stichting."),
        ("h1", "Taken en verantwoordelijkheden"),
        ("table", [["Functie", "Taken"],
                   ["Leerkracht", "Signaleren, groepsplan, gesprekken met ouders, uitvoering interventies"],
                   ["Intern begeleider", "Groepsbesprekingen, OT, contact samenwerkingsverband, OPP's, coaching"],
                   ["Directeur", "Eindverantwoordelijk, aanvragen arrangementen en TLV, middelen"],
                   ["Onderwijsassistent", "Uitvoering van extra instructie onder regie van de leerkracht"]]),
        ("h1", "Jaarplanning ondersteuning 2025-2026"),
        ("table", [["Maand", "Activiteit"], ["September", "Startgesprekken met ouders en kinderen"],
                   ["Oktober", "Groepsbesprekingen ronde 1"], ["Januari", "Midden-toetsen, OPP-evaluatie"],
                   ["Februari", "Groepsbesprekingen ronde 2"], ["Juni", "Groepsbesprekingen ronde 3, evaluatie ondersteuningsplan"]]),
        ("p", "Dit ondersteuningsplan is besproken in de medezeggenschapsraad van De Vlonder op 14 oktober 2025."),
    ]
    blocks = [("title", ["Ondersteuningsplan obs De Vlonder 2025-2026", "Hoe wij op school zorg en ondersteuning organiseren"]),
              ("toc", toc_from(body))] + body
    label = dict(documents=["nearmiss-vlonder-schoolondersteuningsplan.html"], sector="po", looks_like_plan=False,
                 note="School-level 'ondersteuningsplan' of one basisschool (zorgniveaus, groepsbesprekingen, MR); "
                      "it refers to the samenwerkingsverband's own plan and is not an ondersteuningsplan of a samenwerkingsverband.")
    return blocks, label


# --------------------------------------------------------------------------------------------
# labels
# --------------------------------------------------------------------------------------------

ELEMENTS = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod", "resultaten", "ouders"]


def q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def label_yaml(lab):
    lines = [f"documents: [{', '.join(lab['documents'])}]", f"sector: {lab['sector']}"]
    if lab.get("looks_like_plan") is False:
        lines += ["looks_like_plan: false", "elements: {}", "criteria: {}", "advisory_addressed: {}",
                  "notes:", f"  document: {q(lab['note'])}"]
        return "\n".join(lines) + "\n"
    lines.append("looks_like_plan: true")
    lines.append("elements: {" + ", ".join(f"{e}: {lab['elements'][e]}" for e in ELEMENTS) + "}")
    lines.append("criteria:")
    for k, v in lab["criteria"].items():
        lines.append(f"  {k}: {'true' if v else 'false'}")
    lines.append("advisory_addressed:")
    for e in ELEMENTS:
        if lab["advisory"].get(e):
            lines.append(f"  {e}: [{', '.join(lab['advisory'][e])}]")
    lines.append("notes:")
    for e in ELEMENTS:
        lines.append(f"  {e}: {q(lab['notes'][e])}")
    return "\n".join(lines) + "\n"


def main():
    for fn in (plan1, plan2, plan3, plan4, plan5):
        c, blocks, lab = fn()
        name = lab["documents"][0]
        path = OUT / name
        header = f"Ondersteuningsplan {c['periode']} - {c['naam']}"
        if name.endswith(".docx"):
            write_docx(blocks, path, header)
        elif name.endswith(".pdf"):
            docx_to_pdf(blocks, path, header)
        else:
            write_md(blocks, path)
        (OUT / (Path(name).stem + ".expected.yaml")).write_text(label_yaml(lab), encoding="utf-8")
        print(f"{name}: {word_count(blocks)} words")
    blocks, lab = nearmiss()
    name = lab["documents"][0]
    write_html(blocks, OUT / name, "Ondersteuningsplan obs De Vlonder 2025-2026")
    (OUT / (Path(name).stem + ".expected.yaml")).write_text(label_yaml(lab), encoding="utf-8")
    print(f"{name}: {word_count(blocks)} words")


if __name__ == "__main__":
    main()
