#!/usr/bin/env python3
"""Generate holdout set 228: five fictional ondersteuningsplannen (PO/VO) and one near-miss document.

All organisations, names, codes and figures are fictional. Output is written next to this script's
parent folder (holdout228/). Deterministic: fixed texts, fixed document metadata, fixed zip timestamps.
PDFs are rendered from a temporary .docx with LibreOffice (soffice --headless).
"""
import html
import shutil
import subprocess
import tempfile
import zipfile
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.enum.text import WD_BREAK
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent

# ----------------------------------------------------------------------------------------------
# Block model: ("title", [lines]) ("toc", [entries]) ("h1", t) ("h2", t) ("p", t) ("ul", [items])
# ("table", [header, row, ...]) ("caption", t) ("break",)
# ----------------------------------------------------------------------------------------------


def render_docx(blocks, path, header_text, footer_text):
    doc = Document()
    cp = doc.core_properties
    cp.author = "Bureau samenwerkingsverband"
    cp.title = header_text
    cp.created = datetime(2026, 1, 15, 9, 0, 0)
    cp.modified = datetime(2026, 1, 15, 9, 0, 0)
    cp.last_modified_by = "Bureau samenwerkingsverband"
    cp.revision = 1
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
                r.font.size = Pt(24 if i == 0 else 14)
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "toc":
            doc.add_paragraph("Inhoudsopgave", style="Heading 1")
            for e in b[1]:
                doc.add_paragraph(e)
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "h1":
            doc.add_paragraph(b[1], style="Heading 1")
        elif kind == "h2":
            doc.add_paragraph(b[1], style="Heading 2")
        elif kind == "p":
            doc.add_paragraph(b[1])
        elif kind == "caption":
            p = doc.add_paragraph()
            p.add_run(b[1]).italic = True
        elif kind == "ul":
            for it in b[1]:
                doc.add_paragraph(it, style="List Bullet")
        elif kind == "table":
            rows = b[1]
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
                    if i == 0:
                        for r in t.cell(i, j).paragraphs[0].runs:
                            r.bold = True
            doc.add_paragraph()
        elif kind == "break":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        else:
            raise ValueError(kind)
    doc.save(str(path))
    _fix_zip_times(path)


def _fix_zip_times(path):
    """Rewrite the zip with fixed timestamps so the .docx is byte-stable."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2026, 1, 15, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def render_pdf(blocks, path, header_text, footer_text):
    tmp = Path(tempfile.mkdtemp(prefix="holdout228_pdf_"))
    try:
        src = tmp / (path.stem + ".docx")
        render_docx(blocks, src, header_text, footer_text)
        subprocess.run(
            ["soffice", f"-env:UserInstallation=file://{tmp}/lo_profile", "--headless",
             "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        shutil.copyfile(tmp / (path.stem + ".pdf"), path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def render_html(blocks, path, header_text, footer_text):
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           f"<title>{e(header_text)}</title>", "</head>", "<body>",
           f'<header><p class="site">{e(header_text)}</p></header>', "<main>"]
    for b in blocks:
        kind = b[0]
        if kind == "title":
            out.append(f"<h1 class=\"doc-title\">{e(b[1][0])}</h1>")
            for line in b[1][1:]:
                out.append(f'<p class="subtitle">{e(line)}</p>')
        elif kind == "toc":
            out.append('<nav class="toc"><h2>Inhoud</h2><ul>')
            for it in b[1]:
                out.append(f"<li>{e(it)}</li>")
            out.append("</ul></nav>")
        elif kind == "h1":
            out.append(f"<h2>{e(b[1])}</h2>")
        elif kind == "h2":
            out.append(f"<h3>{e(b[1])}</h3>")
        elif kind == "p":
            out.append(f"<p>{e(b[1])}</p>")
        elif kind == "caption":
            out.append(f'<p class="caption"><em>{e(b[1])}</em></p>')
        elif kind == "ul":
            out.append("<ul>" + "".join(f"<li>{e(i)}</li>" for i in b[1]) + "</ul>")
        elif kind == "table":
            rows = b[1]
            out.append("<table>")
            out.append("<tr>" + "".join(f"<th>{e(c)}</th>" for c in rows[0]) + "</tr>")
            for r in rows[1:]:
                out.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
            out.append("</table>")
        elif kind == "break":
            pass
    out += ["</main>", f'<footer><p>{e(footer_text)}</p></footer>', "</body>", "</html>", ""]
    path.write_text("\n".join(out), encoding="utf-8")


def word_count(blocks):
    n = 0
    for b in blocks:
        if b[0] in ("p", "h1", "h2", "caption"):
            n += len(b[1].split())
        elif b[0] in ("ul", "toc", "title"):
            n += sum(len(x.split()) for x in b[1])
        elif b[0] == "table":
            n += sum(len(c.split()) for r in b[1] for c in r)
    return n


# ----------------------------------------------------------------------------------------------
# Shared filler (deliberately mentions element vocabulary in passing only)
# ----------------------------------------------------------------------------------------------


def visie(c):
    return [
        ("p", f"Ieder kind in {c['regio']} verdient onderwijs dat past bij wie het is en bij wat het nodig "
              "heeft. Dat is de kern van onze visie en het vertrekpunt van dit plan. Wij geloven dat "
              "kinderen het best tot hun recht komen wanneer zij zoveel mogelijk samen met leeftijdgenoten "
              "uit hun eigen buurt naar school gaan. Thuisnabij onderwijs is geen doel op zich, maar wel een "
              "sterke voorkeur: de vriendjes van de voetbalclub zitten in dezelfde klas, de route naar school "
              "is kort en ouders kennen de leerkracht."),
        ("p", "Tegelijk zien we dat niet elk kind op elk moment in een reguliere groep tot ontwikkeling komt. "
              "Soms is een andere plek tijdelijk of langdurig beter. Ook dan blijft het kind van ons allemaal. "
              "We kijken niet naar wat een kind niet kan, maar naar wat het nodig heeft om te leren, en naar "
              "wat de leerkracht nodig heeft om dat te bieden. Dat vraagt om scholen die zich eigenaar voelen, "
              "om besturen die over de grenzen van hun eigen stichting heen kijken en om een "
              "samenwerkingsverband dat verbindt in plaats van loketten bouwt."),
        ("p", "Onze missie vatten we samen in drie werkwoorden: verbinden, versterken en verantwoorden. We "
              "verbinden scholen, besturen, gemeenten en zorgpartners. We versterken leerkrachten en teams "
              "door kennis te delen en expertise beschikbaar te stellen. En we verantwoorden ons over de keuzes "
              "die we maken tegenover ouders, de ondersteuningsplanraad, de gemeenten en de inspectie."),
        ("h2", "Kernwaarden"),
        ("ul", ["Het kind centraal: beslissingen nemen we vanuit het belang van het kind, niet vanuit "
                "systemen of schotten.",
                "Vertrouwen: we gaan ervan uit dat professionals in de school het beste weten wat er in de "
                "groep nodig is.",
                "Eenvoud: minder formulieren, meer gesprek.",
                "Samen: geen school, bestuur of gemeente lost dit alleen op."]),
    ]


def governance(c, opr_parents=True):
    blocks = [
        ("p", f"Het samenwerkingsverband is een stichting waarin {c['besturen']} schoolbesturen samenwerken. "
              "Sinds de herziening van de statuten in 2022 werken wij met een raad-van-toezichtmodel. De "
              "directeur-bestuurder vormt het bestuur en is eindverantwoordelijk voor de uitvoering van dit "
              "plan. De raad van toezicht bestaat uit vijf leden, van wie drie op voordracht van de "
              "aangesloten schoolbesturen en twee onafhankelijke leden met een achtergrond in jeugdzorg en "
              "financiën. De raad keurt onder meer de begroting, het jaarverslag en dit ondersteuningsplan "
              "goed en is werkgever van de directeur-bestuurder."),
        ("p", "Daarnaast kennen we een algemene vergadering van aangesloten schoolbesturen. Die vergadering "
              "adviseert over strategische keuzes en is het podium waar besturen elkaar aanspreken op het "
              "nakomen van afspraken. Het statutair vastgelegde geschillenreglement regelt hoe besturen "
              "onderlinge geschillen voorleggen aan een onafhankelijke commissie. Een directeurenoverleg per "
              "subregio zorgt voor de verbinding met de dagelijkse praktijk op de scholen."),
    ]
    if opr_parents:
        blocks.append(("p", f"De ondersteuningsplanraad (OPR) telt {c['opr']} leden: de helft is ouder van een "
                            "leerling, de andere helft is werkzaam op een van de scholen. De leden worden "
                            "afgevaardigd vanuit de medezeggenschapsraden. De OPR heeft instemmingsrecht op dit "
                            "plan en op wijzigingen daarvan. Ouders in de OPR brengen de ervaringen van gezinnen "
                            "in; we vragen hen actief om signalen uit hun achterban. De OPR vergadert zes keer per "
                            "jaar en heeft twee keer per jaar een themabijeenkomst met de directeur-bestuurder."))
    else:
        blocks.append(("p", f"De ondersteuningsplanraad (OPR) telt {c['opr']} leden, afgevaardigd vanuit de "
                            "medezeggenschapsraden van de aangesloten scholen. De OPR heeft instemmingsrecht op "
                            "dit plan en op wijzigingen daarvan en vergadert zes keer per jaar. De OPR beschikt "
                            "over een eigen scholingsbudget en een ambtelijk secretaris."))
    blocks.append(("p", "Het samenwerkingsverband heeft daarnaast een eigen medezeggenschapsraad voor het "
                        "personeel van het bureau. Deze raad adviseert over onder meer het formatieplan, "
                        "het arbobeleid en de werkkostenregeling."))
    return blocks


def oogo_substantive(c):
    return [
        ("p", f"De gemeenten {c['gemeenten']} zijn voor ons onmisbare partners. Met hen voeren wij op "
              "overeenstemming gericht overleg (OOGO) over dit plan en over de jeugdhulpplannen van de "
              "gemeenten. Buiten de formele OOGO-momenten werken wij samen in een regionale werkagenda. "
              "Daarin staan vier thema's: de aansluiting tussen onderwijs en jeugdhulp, het voorkomen van "
              "verzuim, leerlingenvervoer en onderwijshuisvesting."),
        ("p", "Concreet betekent dit dat iedere school een vaste contactpersoon van het lokale wijkteam heeft, "
              "die minimaal zes keer per jaar aansluit bij het ondersteuningsteam van de school. Voor kinderen "
              "die zowel onderwijs- als zorgondersteuning nodig hebben, stellen wij samen met de gemeente een "
              "onderwijs-zorgarrangement op, waarbij de kosten naar rato worden gedeeld. In 2025 liepen er "
              "zeventien van zulke arrangementen. De afspraken zijn vastgelegd in een convenant dat jaarlijks "
              "wordt geëvalueerd."),
    ]


def oogo_procedural(c, date):
    return [
        ("p", f"Het concept van dit plan is op {date} besproken in het op overeenstemming gericht overleg "
              f"(OOGO) met de colleges van burgemeester en wethouders van {c['gemeenten']}. Het overleg is "
              "afgerond met overeenstemming. Tevens is het concept besproken met het samenwerkingsverband "
              "voortgezet onderwijs waarvan het gebied het onze overlapt. Van beide overleggen is een "
              "verslag gemaakt dat bij het bureau kan worden opgevraagd."),
    ]


def personeel(c):
    return [
        ("p", f"Het bureau van het samenwerkingsverband telt {c['fte']} fte. Het team bestaat uit "
              "ondersteuningsadviseurs, orthopedagogen, een beleidsmedewerker, een controller en "
              "secretariële ondersteuning. Een groot deel van de medewerkers is gedetacheerd vanuit de "
              "aangesloten schoolbesturen; zo blijven zij verbonden met de praktijk van de scholen."),
        ("p", "We investeren in deskundigheid. Iedere medewerker heeft een persoonlijk ontwikkelplan en "
              "neemt deel aan ten minste één intervisiegroep. De orthopedagogen zijn geregistreerd in het "
              "NIP- of NVO-register. Voor intern begeleiders organiseren we vier netwerkbijeenkomsten per "
              "jaar, waarin thema's als gedrag, taalontwikkeling, het jonge kind en het opstellen van een "
              "ontwikkelingsperspectief aan bod komen. Schooldirecteuren nemen deel aan een leergang over "
              "inclusief leiderschap."),
        ("p", "Het lerarentekort raakt ook ons verband. Scholen melden dat vacatures voor intern begeleider "
              "en onderwijsassistent lastig te vervullen zijn. Het samenwerkingsverband ondersteunt de "
              "regionale aanpak van de schoolbesturen en stelt stageplaatsen beschikbaar voor studenten "
              "orthopedagogiek."),
    ]


def privacy(c, parent_login=True):
    login = (" Scholen loggen in met tweefactorauthenticatie; ouders ontvangen een eigen inlog om documenten "
             "in te zien." if parent_login else " Scholen en adviseurs loggen in met tweefactorauthenticatie.")
    return [
        ("p", "Het samenwerkingsverband verwerkt persoonsgegevens van leerlingen, waaronder gegevens over "
              "gezondheid en ontwikkeling. We doen dat alleen wanneer dat nodig is voor onze wettelijke "
              "taken. De functionaris gegevensbescherming ziet toe op de naleving van de AVG. Gegevens die "
              "nodig zijn voor een besluit over toelaatbaarheid bewaren wij niet langer dan drie jaar na het "
              "besluit, tenzij de wet een langere termijn voorschrijft."),
        ("p", "Aanvragen en adviezen lopen via een beveiligde digitale omgeving." + login + " Jaarlijks "
              "laten wij een extern beveiligingsonderzoek uitvoeren. In het register van verwerkingen staat "
              "per proces welke gegevens worden gebruikt, met welk doel en hoe lang ze worden bewaard."),
        ("p", "Op het gebied van ICT werken wij samen met het regionale ICT-collectief van de schoolbesturen. "
              "De laptops en licenties van het bureau worden centraal beheerd. In 2026 vervangen wij het "
              "registratiesysteem voor adviesvragen door een nieuw systeem dat beter aansluit op de "
              "leerlingadministratie van de scholen."),
    ]


def landelijk(c, parents=True):
    blocks = [
        ("p", "Passend onderwijs bestaat sinds 2014. Na de landelijke evaluatie in 2020 hebben de minister, "
              "de sectorraden en de organisaties van ouders en leraren een verbeteraanpak opgesteld met "
              "vijfentwintig maatregelen. Veel van die maatregelen raken ons werk direct: meer duidelijkheid "
              "over wat scholen ten minste moeten bieden, betere informatie over de inzet van middelen, een "
              "kortere doorlooptijd bij vragen van scholen en een grotere rol voor de stem van kinderen en "
              "jongeren."),
        ("p", "In april 2025 heeft het kabinet een volgende stap aangekondigd, waaronder een landelijke norm "
              "voor basisondersteuning. Hoe die norm er precies uit komt te zien en wanneer deze wettelijk "
              "verankerd wordt, is bij het schrijven van dit plan nog niet bekend. Wij volgen de ontwikkelingen "
              "nauwlettend en passen ons beleid aan wanneer dat nodig is. Ook de ontwikkelingen rond inclusief "
              "onderwijs in 2035, de samenwerking tussen regulier en gespecialiseerd onderwijs en de "
              "arbeidsmarkt voor onderwijspersoneel hebben invloed op de keuzes die wij de komende jaren maken."),
    ]
    if parents:
        blocks.append(("p", "De Wet versterking positie ouders en leerlingen in het passend onderwijs regelt onder "
                            "meer het hoorrecht van leerlingen, de opname van het ondersteuningsaanbod in de "
                            "schoolgids en een ouder- en jeugdsteunpunt per samenwerkingsverband. De precieze "
                            "datum van inwerkingtreding van alle onderdelen is nog niet bekend."))
    return blocks


def terugblik(c):
    return [
        ("p", "In het voorjaar van 2025 hebben wij het vorige ondersteuningsplan geëvalueerd. Dat deden we "
              "niet met een uitgebreid rapport, maar met gesprekken: met directeuren en intern begeleiders in "
              "elke subregio, met de schoolbesturen, met de ondersteuningsplanraad en met beleidsmedewerkers "
              "van de gemeenten. Daarnaast heeft een extern bureau twintig interviews afgenomen."),
        ("p", "Drie lessen springen eruit. De eerste is dat scholen de afgelopen jaren veel tijd kwijt waren "
              "aan formulieren en aanvragen. Die administratieve last willen we fors verminderen. De tweede "
              "les is dat de samenwerking tussen scholen van verschillende besturen nog te veel afhangt van "
              "personen; we willen die samenwerking steviger organiseren. De derde les is dat partners buiten "
              "het onderwijs ons niet altijd weten te vinden. Meer zichtbaarheid en een vast aanspreekpunt "
              "per gemeente moeten daarbij helpen."),
        ("p", "Tegelijk was er veel om trots op te zijn. Scholen geven aan dat de adviseurs van het "
              "samenwerkingsverband snel bereikbaar zijn en dat de lijnen kort zijn. De vernieuwde netwerken "
              "voor intern begeleiders worden goed bezocht. En de besturen hebben elkaar in moeilijke situaties "
              "weten te vinden, ook toen de coronaperiode het onderwijs zwaar op de proef stelde."),
    ]


def totstandkoming(c, opr_date, oogo_date, vast_date):
    return [
        ("p", f"Het concept van dit plan is in het najaar van 2025 opgesteld door een schrijfgroep met "
              f"vertegenwoordigers van de schoolbesturen, directeuren, intern begeleiders en het bureau. Het "
              f"concept is besproken in het OOGO met de gemeenten op {oogo_date}. De ondersteuningsplanraad heeft "
              f"op {opr_date} ingestemd met het plan. Het bestuur heeft het plan vastgesteld op {vast_date}, "
              "waarna het vóór 1 mei aan de inspectie van het onderwijs is toegezonden."),
        ("p", "Het plan heeft een looptijd van vier schooljaren. Wanneer tussentijds belangrijke wijzigingen "
              "nodig zijn, bijvoorbeeld door nieuwe wetgeving, leggen wij die als voortgangsparagraaf ter "
              "instemming voor aan de ondersteuningsplanraad."),
    ]


def professionalisering(c):
    return [
        ("p", "Kennis delen is een van de sterkste instrumenten die een samenwerkingsverband heeft. Wij "
              "organiseren jaarlijks een studiedag voor alle intern begeleiders en directeuren, met workshops "
              "die door leerkrachten uit de regio zelf worden gegeven. Scholen die een bepaalde aanpak goed "
              "beheersen, bijvoorbeeld rond gedrag, meertaligheid of executieve functies, stellen hun deuren "
              "open voor collega's van andere scholen."),
        ("p", "Daarnaast stimuleren wij leernetwerken van leerkrachten rond thema's die scholen zelf kiezen. "
              "Een leernetwerk komt vier tot zes keer per jaar bijeen en wordt begeleid door een adviseur. In "
              "2025 waren er negen leernetwerken actief, onder meer over het jonge kind, over lezen en over "
              "samenwerken met ouders. Wij betalen de vervanging van leerkrachten die deelnemen, zodat deelname "
              "niet ten koste gaat van de lessen."),
        ("p", "Tot slot werken wij samen met de regionale pabo en de hogeschool voor de opleiding tot "
              "orthopedagoog. Studenten lopen stage op het bureau en op scholen, en doen praktijkonderzoek naar "
              "vragen die uit de scholen komen."),
    ]


def bureau(c):
    return [
        ("p", "Het bureau is gevestigd in een verbouwd schoolgebouw dat wij huren van een van de aangesloten "
              "besturen. Het gebouw beschikt over spreekkamers, een trainingsruimte en flexibele werkplekken. "
              "Medewerkers werken een deel van de week op de scholen. Het ziekteverzuim op het bureau lag in 2025 "
              "op 3,9%. Met de arbodienst is een preventieplan afgesproken; elke twee jaar voeren wij een "
              "risico-inventarisatie en -evaluatie uit."),
        ("p", "Wij willen een aantrekkelijke werkgever zijn. Medewerkers hebben ruimte om zich te ontwikkelen, "
              "kunnen deels thuiswerken en worden betrokken bij de keuzes die het bureau maakt. De "
              "personeelsgeleding van de medezeggenschapsraad heeft in 2025 ingestemd met het nieuwe "
              "functiehuis."),
    ]


def vo_mbo(c):
    return [
        ("p", "Een goede overstap naar het middelbaar beroepsonderwijs is voor veel leerlingen met een "
              "ondersteuningsbehoefte een kwetsbaar moment. Samen met de twee roc's in de regio maken wij "
              "afspraken over een warme overdracht van leerlingen uit vmbo, praktijkonderwijs en vso. Leerlingen "
              "met een ondersteuningsbehoefte krijgen in het laatste leerjaar een loopbaangesprek waarbij een "
              "medewerker van het mbo aanschuift."),
        ("p", "Voor leerlingen die niet direct een diploma kunnen halen, werken wij met de gemeenten en "
              "werkgevers aan leerwerktrajecten. Het regionaal meld- en coördinatiepunt voortijdig schoolverlaten "
              "volgt jongeren tot 23 jaar. Wij sluiten aan bij het regionale programma voor de aansluiting "
              "tussen onderwijs en arbeidsmarkt."),
        ("p", "Nieuwkomers zonder voldoende beheersing van het Nederlands volgen eerst onderwijs in de "
              "internationale schakelklas in Geldervoorde. Na gemiddeld anderhalf jaar stromen zij door naar het "
              "regulier voortgezet onderwijs of het mbo. De ISK valt onder een van de aangesloten besturen en "
              "werkt voor de hele regio."),
    ]


# ----------------------------------------------------------------------------------------------
# Plan 1 - large PO verband, .docx
# ----------------------------------------------------------------------------------------------

def plan1():
    c = dict(regio="Rivierenland-Oost", besturen=14, opr=16, fte="23,4",
             gemeenten="Zaltwaard, Lingemond, Oostervelde, Brakelburg, Haaften-Noord en Dreumelhof")
    B = []
    B.append(("title", ["Ondersteuningsplan 2026–2030",
                        "Samenwerkingsverband Passend Primair Onderwijs Rivierenland-Oost (PO 27-93)",
                        "Vastgesteld door het bestuur op 14 april 2026, na instemming van de OPR op 2 april 2026",
                        "Elk kind een passende plek"]))
    B.append(("toc", ["1 Voorwoord ........ 3", "2 Samenvatting ........ 4", "3 Ons verband in cijfers ........ 6",
                      "4 Visie, missie en ambities ........ 8", "5 Basisondersteuning ........ 11",
                      "6 Extra ondersteuning en arrangementen ........ 15", "7 Toelaatbaarheid tot sbo en so ........ 19",
                      "8 Geld en middelen ........ 24", "9 Communicatie en samenwerking ........ 29",
                      "10 Kwaliteitszorg en resultaten ........ 32", "11 Organisatie en medezeggenschap ........ 35",
                      "12 Personeel, privacy en ICT ........ 37", "13 Planning 2026–2030 ........ 39",
                      "Bijlage A Begrippenlijst (thuiszitters, terugplaatsing, dekkend aanbod, ouder- en jeugdsteunpunt) ........ 41",
                      "Bijlage B Afkortingen ........ 43"]))
    B.append(("h1", "1 Voorwoord"))
    B.append(("p", "Voor u ligt het derde ondersteuningsplan van ons samenwerkingsverband. Het is tot stand gekomen "
                   "in een jaar waarin we veel met elkaar hebben gesproken: met directeuren, intern begeleiders, "
                   "leerkrachten, ouders, de ondersteuningsplanraad en de zes gemeenten in onze regio. In meer dan "
                   "veertig bijeenkomsten hebben we opgehaald wat goed gaat en wat beter moet. Die gesprekken "
                   "hebben ons plan scherper gemaakt."))
    B.append(("p", "Wat goed gaat, is dat scholen elkaar steeds beter weten te vinden. Wat beter moet, is dat we "
                   "nog te vaak horen van ouders dat zij het gevoel hebben van het kastje naar de muur te worden "
                   "gestuurd. En dat terwijl de middelen er zijn en de betrokkenheid groot is. Dit plan is daarom "
                   "minder een beleidsdocument en meer een set afspraken waar scholen, ouders en partners ons op "
                   "kunnen aanspreken."))
    B.append(("p", "Ik dank iedereen die heeft meegedacht, en in het bijzonder de leden van de OPR, die kritisch "
                   "en opbouwend hebben meegelezen. — Drs. H.M. van Arkel, directeur-bestuurder"))
    B.append(("h1", "2 Samenvatting"))
    B.append(("p", "In dit plan beschrijven we hoe ons samenwerkingsverband de komende vier schooljaren werkt aan "
                   "passend onderwijs voor ruim 31.000 kinderen. We leggen vast wat elke school ten minste biedt, hoe "
                   "scholen extra ondersteuning kunnen inzetten, hoe de toelaatbaarheid tot speciaal basisonderwijs "
                   "en speciaal onderwijs is geregeld, hoe we het geld verdelen en wat we willen bereiken. Nieuw ten "
                   "opzichte van het vorige plan zijn het vereenvoudigde verdeelmodel, de samenwerking met het "
                   "ouder- en jeugdsteunpunt en een sterkere nadruk op thuisnabij onderwijs."))
    B.append(("h1", "3 Ons verband in cijfers"))
    B.append(("p", "Ons samenwerkingsverband omvat 142 scholen voor basisonderwijs, vijf scholen voor speciaal "
                   "basisonderwijs en vier so-scholen (cluster 3 en 4) met in totaal zeven vestigingen. De scholen "
                   "vallen onder veertien schoolbesturen, van eenpitters tot een bestuur met 38 scholen. Op de "
                   "teldatum van 1 oktober 2025 telden de basisscholen 31.480 leerlingen, het sbo 1.012 en het so "
                   "638 leerlingen uit onze regio."))
    B.append(("table", [["Kengetal", "1-10-2023", "1-10-2024", "1-10-2025"],
                        ["Leerlingen basisonderwijs", "32.105", "31.790", "31.480"],
                        ["Leerlingen sbo", "1.044", "1.031", "1.012"],
                        ["Leerlingen so (cluster 3 en 4)", "655", "649", "638"],
                        ["Deelnamepercentage sbo", "3,1%", "3,1%", "3,1%"],
                        ["Deelnamepercentage so", "1,9%", "1,9%", "1,9%"]]))
    B.append(("caption", "Tabel 1. Leerlingaantallen en deelname aan sbo en so."))
    B.append(("p", "De regio is gevarieerd: een middelgrote stad, een aantal kernen langs de rivier en een "
                   "landelijk gebied met kleine scholen. Die variatie vraagt om maatwerk per subregio. We werken "
                   "daarom met vier subregio's, elk met een eigen ondersteuningsadviseur en een eigen "
                   "directeurenoverleg."))
    B.append(("h1", "4 Visie, missie en ambities"))
    B += visie(c)
    B.append(("h2", "4.1 Wat we in 2030 willen bereiken"))
    B.append(("p", "Onze visie vertalen we in beoogde resultaten voor kinderen die extra ondersteuning nodig "
                   "hebben. Dit zijn de doelen waar we aan het einde van deze planperiode op afgerekend willen "
                   "worden:"))
    B.append(("ul", ["Ten minste 90% van de leerlingen met een arrangement van het samenwerkingsverband haalt de "
                     "doelen uit het ontwikkelingsperspectief (nu naar schatting 78%).",
                     "Het aantal kinderen dat langer dan vier weken zonder onderwijs thuiszit, daalt van 21 naar "
                     "hooguit 8 per teldatum.",
                     "Het deelnamepercentage sbo blijft onder de 3,2%; het percentage so daalt naar 1,7%.",
                     "Minstens 60 leerlingen per jaar stromen vanuit sbo of so terug naar een reguliere "
                     "basisschool of stromen succesvol door naar het regulier voortgezet onderwijs.",
                     "Alle scholen scoren op de kwaliteitskaart basisondersteuning op elk onderdeel minimaal "
                     "'voldoende'."]))
    B.append(("h1", "5 Basisondersteuning"))
    B.append(("p", "Basisondersteuning is de ondersteuning die iedere school in ons samenwerkingsverband, op elke "
                   "vestiging, ten minste biedt aan ieder kind, zonder dat daarvoor een aanvraag nodig is. Het "
                   "algemeen bestuur heeft het niveau van de basisondersteuning op 12 februari 2026 opnieuw "
                   "vastgesteld. Het is een ondergrens: scholen mogen meer bieden, niet minder. Het niveau geldt "
                   "voor alle 142 basisscholen; voor de sbo- en so-scholen gelden aanvullende afspraken."))
    B.append(("h2", "5.1 Wat ouders op elke school mogen verwachten"))
    B.append(("p", "De basisondersteuning bestaat uit vier onderdelen. Ouders mogen op iedere school van ons "
                   "verband het volgende verwachten:"))
    B.append(("ul", ["Een ondersteuningsstructuur: elke school heeft een intern begeleider met minimaal 0,4 fte per "
                     "200 leerlingen en een ondersteuningsteam dat ten minste vier keer per jaar bijeenkomt, waarin "
                     "ouders altijd worden uitgenodigd als het over hun kind gaat.",
                     "Preventieve en licht curatieve interventies: een dyslexieprotocol volgens het landelijke "
                     "protocol, een aanpak voor dyscalculie, een aanbod voor meer- en hoogbegaafde leerlingen "
                     "binnen de groep (verrijkingsstof en een plusgroep), een sociale-veiligheidsaanpak met een "
                     "anti-pestcoördinator, en een aanpak voor het jonge kind met taalachterstand.",
                     "Handelingsgericht werken: leerkrachten stemmen instructie af op drie niveaus, analyseren "
                     "twee keer per jaar de resultaten van hun groep en stellen bij.",
                     "Expertise binnen handbereik: elke school kan binnen twee weken een consultatie krijgen van "
                     "de ondersteuningsadviseur en orthopedagoog van het samenwerkingsverband, en heeft toegang "
                     "tot de schoolmaatschappelijk werker van de gemeente."]))
    B.append(("h2", "5.2 Hoe we de basisondersteuning borgen"))
    B.append(("p", "Elke school beschrijft in de schoolgids hoe zij de basisondersteuning invult. Eén keer per "
                   "twee jaar voert de school met de ondersteuningsadviseur een zelfevaluatie uit aan de hand van "
                   "de kwaliteitskaart basisondersteuning. Scoort een school op een onderdeel onvoldoende, dan "
                   "stelt het schoolbestuur binnen drie maanden een verbeterplan op, dat het samenwerkingsverband "
                   "na een jaar toetst. Blijft verbetering uit, dan agendeert de directeur-bestuurder dit in de "
                   "algemene vergadering van besturen."))
    B.append(("h1", "6 Extra ondersteuning en arrangementen"))
    B.append(("p", "Waar de basisondersteuning niet volstaat, kan een school extra ondersteuning inzetten. Ons "
                   "ondersteuningscontinuüm kent vijf treden, die op elkaar aansluiten:"))
    B.append(("table", [["Trede", "Wat", "Wie regelt het"],
                        ["1 Basisondersteuning", "Ondersteuning in de groep en op school volgens de afgesproken ondergrens", "School"],
                        ["2 Extra ondersteuning op school", "Inzet van het schoolbudget: extra handen, specialistische begeleiding, onderwijsassistent", "School en bestuur"],
                        ["3 Arrangement samenwerkingsverband", "Tijdelijk arrangement met expertise van buiten de school, bijvoorbeeld ambulante begeleiding of een taalklas", "Ondersteuningsadviseur samenwerkingsverband"],
                        ["4 Speciaal basisonderwijs", "Plaatsing op een sbo-school met TLV", "TLV-commissie"],
                        ["5 Speciaal onderwijs", "Plaatsing op een so-school (cluster 3 of 4) met TLV", "TLV-commissie"]]))
    B.append(("caption", "Tabel 2. Het ondersteuningscontinuüm van Rivierenland-Oost."))
    B.append(("p", "Tussen de treden liggen geen harde grenzen. Een kind kan deels op de reguliere school en deels "
                   "op een sbo-school les krijgen (een combinatiearrangement), en so-scholen bieden ambulante "
                   "begeleiding aan reguliere scholen. In de subregio Oostervelde draait sinds 2024 een "
                   "integrale kindvoorziening waar een basisschool, een so-afdeling en een kinderdagcentrum onder "
                   "één dak zitten."))
    B.append(("p", "Een arrangement van het samenwerkingsverband wordt aangevraagd door de school, na bespreking "
                   "in het ondersteuningsteam. De ondersteuningsadviseur beslist binnen vier weken. Een arrangement "
                   "duurt maximaal één schooljaar en wordt halverwege geëvalueerd."))
    B.append(("h2", "6.1 Passende plek voor ieder kind"))
    B.append(("p", "Wij willen dat geen kind tussen wal en schip valt. Hoe wij lacunes in ons aanbod in beeld "
                   "brengen en hoe wij thuiszitters en kinderen zonder passende plek sneller aan een plek helpen, "
                   "werken wij in het schooljaar 2026–2027 uit in een regionaal actieplan, samen met de gemeenten "
                   "en leerplicht. Tot die tijd blijven de bestaande afspraken van de schoolbesturen van kracht."))
    B.append(("h1", "7 Toelaatbaarheid tot sbo en so"))
    B.append(("p", "Soms heeft een kind meer nodig dan een reguliere basisschool kan bieden, ook met een "
                   "arrangement. Dan kan het schoolbestuur bij het samenwerkingsverband een "
                   "toelaatbaarheidsverklaring (TLV) aanvragen voor het speciaal basisonderwijs of het speciaal "
                   "onderwijs."))
    B.append(("h2", "7.1 De aanvraag"))
    B.append(("p", "De aanvraag wordt ingediend door het bevoegd gezag van de school waar het kind staat "
                   "ingeschreven; bij een kind dat nog niet is ingeschreven, door de school van aanmelding. De "
                   "aanvraag gaat via het digitale loket en bevat het ontwikkelingsperspectief, het verslag van het "
                   "ondersteuningsteam, de zienswijze van ouders en een overzicht van de ingezette ondersteuning in "
                   "de afgelopen twaalf maanden."))
    B.append(("h2", "7.2 Advies en besluit"))
    B.append(("p", "De TLV-commissie van het samenwerkingsverband behandelt de aanvraag. Twee deskundigen brengen "
                   "ieder een eigen, schriftelijk advies uit: altijd een orthopedagoog of psycholoog, en daarnaast "
                   "afhankelijk van de vraag een kinderarts, maatschappelijk werker of jeugdpsychiater. De "
                   "deskundigen zijn niet betrokken geweest bij het opstellen van de aanvraag. De directeur-"
                   "bestuurder neemt namens het bestuur het besluit binnen zes weken na ontvangst van de volledige "
                   "aanvraag. Ouders en school ontvangen het besluit en beide adviezen."))
    B.append(("h2", "7.3 Criteria"))
    B.append(("p", "Een leerling is toelaatbaar tot het sbo of so wanneer aan alle volgende voorwaarden is voldaan: "
                   "(1) de ondersteuningsbehoefte overstijgt aantoonbaar wat de basisondersteuning en een "
                   "arrangement op de huidige school kunnen bieden; (2) de school heeft gedurende ten minste één "
                   "periode van zes maanden handelingsgericht gewerkt met een ontwikkelingsperspectief en dit "
                   "geëvalueerd; (3) het sbo of so kan naar het oordeel van beide deskundigen in de "
                   "ondersteuningsbehoefte voorzien. Voor het so geldt daarnaast dat de leerling een intensieve, "
                   "langdurige ondersteuningsbehoefte heeft op het gebied van leren, gedrag, lichamelijke of "
                   "verstandelijke ontwikkeling die een structureel aangepaste leeromgeving vraagt."))
    B.append(("h2", "7.4 Duur en categorie"))
    B.append(("p", "Een TLV voor het sbo geldt in de regel voor twee schooljaren; een TLV voor het so voor twee "
                   "of vier schooljaren. Voor het so wordt de bekostigingscategorie vastgesteld: laag, midden of "
                   "hoog. Voor leerlingen met een ernstig meervoudige beperking kan een TLV tot het einde van de "
                   "basisschoolperiode worden afgegeven."))
    B.append(("h2", "7.5 Bezwaar"))
    B.append(("p", "Ouders en school die het niet eens zijn met het besluit, kunnen binnen zes weken bezwaar maken "
                   "bij het bestuur. Het bestuur vraagt advies aan de Landelijke Bezwaaradviescommissie "
                   "Toelaatbaarheidsverklaringen en beslist daarna op het bezwaar."))
    B.append(("h2", "7.6 Afloop van de TLV"))
    B.append(("p", "Een plaatsing in het sbo of so is voor ons geen eindstation. Ons beleid is dat iedere leerling "
                   "in het speciaal (basis)onderwijs periodiek de kans krijgt om terug te keren naar een reguliere "
                   "basisschool, het liefst in de eigen buurt, wanneer de ontwikkeling dat toelaat. Voorwaarde is "
                   "dat de ontvangende school met steun van het samenwerkingsverband de ondersteuning kan bieden "
                   "die het kind nodig heeft."))
    B.append(("p", "Dat gaat zo. Uiterlijk op 1 februari van het laatste schooljaar van de TLV evalueert de sbo- "
                   "of so-school samen met ouders het ontwikkelingsperspectief. De school stelt een advies op: "
                   "terugkeer naar het regulier onderwijs, verlenging of doorstroom naar het voortgezet onderwijs. "
                   "Adviseert de school terugkeer, dan zoekt zij met ouders en de ondersteuningsadviseur een "
                   "ontvangende basisschool en vindt er voor 1 mei een warme overdracht plaats. Acht de school "
                   "verlenging nodig, dan vraagt zij vóór 1 april een nieuwe TLV aan; zonder nieuwe TLV eindigt de "
                   "plaatsing op 31 juli."))
    B.append(("p", "Na terugkeer krijgt de ontvangende school automatisch een terugkeerarrangement van zes maanden: "
                   "ambulante begeleiding door een leerkracht van de sbo- of so-school en een budget van € 3.500 "
                   "voor extra handen in de groep. Na drie en zes maanden is er een evaluatie. In het schooljaar "
                   "2024–2025 keerden 41 leerlingen terug naar het reguliere basisonderwijs, van wie er 37 na een "
                   "jaar nog op die school zaten."))
    B.append(("h1", "8 Geld en middelen"))
    B.append(("p", "Het samenwerkingsverband ontvangt van het Rijk de middelen voor lichte en zware ondersteuning. "
                   "Voor 2026 gaat het om ruim € 28,6 miljoen. Een deel daarvan wordt direct door DUO ingehouden "
                   "voor de bekostiging van leerlingen in het so en de groeibekostiging van het sbo."))
    B.append(("h2", "8.1 Zo verdelen we het geld"))
    B.append(("p", "We werken met een eenvoudig verdeelmodel. Na aftrek van de afdrachten aan sbo en so en de "
                   "kosten van het bureau gaat het resterende bedrag als schoolbudget naar de schoolbesturen, op "
                   "basis van het aantal leerlingen op 1 oktober van het voorafgaande jaar: € 212 per leerling. "
                   "Besturen verdelen dit budget over hun scholen en leggen in de schoolgids vast waaraan het wordt "
                   "besteed. Daarnaast houdt het samenwerkingsverband een bovenschools budget aan voor arrangementen "
                   "(trede 3), dat op aanvraag wordt toegekend volgens de criteria in hoofdstuk 6."))
    B.append(("table", [["Post (x € 1.000)", "2026", "2027", "2028", "2029"],
                        ["Baten rijksbijdrage ondersteuning", "28.640", "28.310", "28.050", "27.820"],
                        ["Afdracht so (DUO)", "-11.320", "-11.180", "-11.050", "-10.900"],
                        ["Afdracht sbo boven 2%", "-2.410", "-2.380", "-2.350", "-2.320"],
                        ["Schoolbudgetten (€ 212 per leerling)", "6.674", "6.590", "6.510", "6.440"],
                        ["Arrangementen samenwerkingsverband", "3.950", "3.900", "3.850", "3.820"],
                        ["Terugkeerarrangementen", "180", "200", "210", "210"],
                        ["Onderwijs-zorgarrangementen (aandeel SWV)", "420", "430", "430", "430"],
                        ["Bureau en personeel", "2.890", "2.930", "2.980", "3.020"],
                        ["Huisvesting, ICT en overig", "410", "410", "420", "420"],
                        ["Resultaat", "386", "290", "250", "260"]]))
    B.append(("caption", "Tabel 3. Meerjarenbegroting 2026–2029."))
    B.append(("h2", "8.2 Reserves en verantwoording"))
    B.append(("p", "Het eigen vermogen bedroeg eind 2025 € 3,1 miljoen. De signaleringswaarde voor bovenmatige "
                   "reserves ligt voor ons verband op € 2,4 miljoen; het meerdere bouwen we in 2026 en 2027 af via "
                   "extra arrangementen. Schoolbesturen verantwoorden de besteding van het schoolbudget jaarlijks "
                   "vóór 1 juni in een bestedingsverslag volgens een vast format; dat verslag wordt besproken in de "
                   "algemene vergadering."))
    B.append(("h1", "9 Communicatie en samenwerking"))
    B.append(("p", "Goede communicatie begint bij de school. Ouders horen van hun eigen school welke ondersteuning "
                   "er is en wat zij kunnen verwachten. Iedere school beschrijft dit in de schoolgids. Het "
                   "samenwerkingsverband ondersteunt dat: op onze website staat een ouderpagina met uitleg over "
                   "basisondersteuning, arrangementen en de TLV, in gewone taal en in vijf talen. Twee keer per jaar "
                   "organiseren we per subregio een informatieavond voor ouders, en bij de aanmelding op een "
                   "basisschool ontvangen ouders de folder 'Passend onderwijs in Rivierenland-Oost'."))
    B.append(("p", "Niet altijd zijn ouders en school het eens. Voor onafhankelijk advies kunnen ouders terecht bij "
                   "het Ouder- en Jeugdsteunpunt Rivierenland, dat los van het samenwerkingsverband en de besturen "
                   "werkt en dat wij financieren. Het steunpunt is bereikbaar via telefoon, mail en een wekelijks "
                   "inloopspreekuur. Daarnaast verwijzen wij naar de onderwijsconsulenten en naar de "
                   "klachtenregeling van het schoolbestuur en de Geschillencommissie passend onderwijs."))
    B.append(("p", "Met de gemeenten werken wij samen langs een vaste agenda."))
    B += oogo_substantive(c)
    B.append(("h1", "10 Kwaliteitszorg en resultaten"))
    B.append(("p", "Kwaliteitszorg is voor ons een cyclisch proces van plannen, uitvoeren, evalueren en "
                   "bijstellen. Het bureau werkt met een jaarplan dat is afgeleid van dit ondersteuningsplan. "
                   "Het bestuur bespreekt de voortgang van het jaarplan elk kwartaal."))
    B.append(("p", "Hoe wij de beoogde resultaten uit paragraaf 4.1 meten, wanneer wij ze evalueren en hoe wij "
                   "over de bereikte resultaten rapporteren, leggen wij in het eerste planjaar vast in een "
                   "kwaliteitskader. Dat kader is nog in ontwikkeling; de keuze voor een monitorinstrument en de "
                   "nulmeting volgen in de loop van 2027."))
    B.append(("h1", "11 Organisatie en medezeggenschap"))
    B += governance(c)
    B.append(("h1", "12 Personeel, privacy en ICT"))
    B += personeel(c)
    B += privacy(c)
    B.append(("h1", "13 Planning 2026–2030"))
    B.append(("table", [["Schooljaar", "Belangrijkste activiteiten"],
                        ["2026–2027", "Invoering nieuw verdeelmodel; kwaliteitskader opstellen; regionaal actieplan thuiszitters"],
                        ["2027–2028", "Nulmeting resultaten; evaluatie terugkeerarrangementen; zelfevaluaties basisondersteuning"],
                        ["2028–2029", "Tussenevaluatie plan met OPR; herijking arrangementen"],
                        ["2029–2030", "Eindevaluatie; nieuw ondersteuningsplan 2030–2034"]]))
    B.append(("h1", "Bijlage A Begrippenlijst"))
    B.append(("ul", ["Dekkend aanbod: het geheel van voorzieningen waardoor ieder kind een passende plek heeft.",
                     "Monitoring: het systematisch volgen van resultaten.",
                     "Ouder- en jeugdsteunpunt: onafhankelijk steunpunt voor ouders en jeugdigen.",
                     "Terugplaatsing: de overstap van sbo of so naar het regulier onderwijs.",
                     "Thuiszitter: een leerplichtig kind dat zonder geldige reden niet naar school gaat.",
                     "Zorgplicht: de plicht van een schoolbestuur om een passende plek te bieden of te vinden."]))
    B.append(("h1", "Bijlage B Afkortingen"))
    B.append(("ul", ["IB: intern begeleider", "OJSP: ouder- en jeugdsteunpunt", "OOGO: op overeenstemming gericht overleg",
                     "OPP: ontwikkelingsperspectief", "OPR: ondersteuningsplanraad", "SBO: speciaal basisonderwijs",
                     "SO: speciaal onderwijs", "TLV: toelaatbaarheidsverklaring"]))
    label = dict(
        sector="po",
        elements=dict(basisondersteuning="present", plaatsing="present", terugstroom="present",
                      financien="present", **{"dekkend-aanbod": "partial"}, resultaten="partial", ouders="present"),
        false={"dekkend-aanbod.lacunes", "resultaten.monitoring"},
        advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                  "terugstroom": ["monitoring"], "financien": ["reserves", "verantwoording"],
                  "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "Ch.5 states the agreed minimum for every vestiging and lists the four components; 5.2 borging via kwaliteitskaart.",
               "plaatsing": "Ch.7.1-7.5: aanvraag, TLV-commissie, two deskundigen, 6 weeks, criteria (1)-(3), duration/category, bezwaar via LBT.",
               "terugstroom": "Hidden in 7.6 'Afloop van de TLV' (no heading 'terugplaatsing'): policy, steps with dates, terugkeerarrangement, figures.",
               "financien": "Ch.8 'Geld en middelen': € 212 per leerling verdeelmodel + meerjarenbegroting table; reserves and bestedingsverslag.",
               "dekkend-aanbod": "Continuum table in ch.6; lacunes/thuiszitters only deferred to a 2026-2027 action plan (6.1); OOGO cooperation in ch.9.",
               "resultaten": "Goals with targets in 4.1; monitoring/reporting deferred to a kwaliteitskader 'in de loop van 2027' (ch.10).",
               "ouders": "Inside ch.9 'Communicatie en samenwerking': schoolgids, website, info-avonden, folder; OJSP Rivierenland, onderwijsconsulenten."},
    )
    return "holdout228-po-rivierenland-oost", B, "Ondersteuningsplan 2026–2030 SWV PO Rivierenland-Oost", label


# ----------------------------------------------------------------------------------------------
# Plan 2 - small PO verband, .docx
# ----------------------------------------------------------------------------------------------

def plan2():
    c = dict(regio="de Kempenrand", besturen=5, opr=8, fte="6,2", gemeenten="Bergeijkhoven en Luyksmeer")
    B = []
    B.append(("title", ["Ondersteuningsplan 2026–2030 op hoofdlijnen",
                        "Samenwerkingsverband Primair Onderwijs De Kempenrand (PO 30-71)",
                        "Concept ter instemming aan de OPR, versie 0.9, 20 januari 2026"]))
    B.append(("toc", ["1 Voorwoord", "2 Inleiding en leeswijzer", "3 Wie zijn wij", "4 Visie en koers",
                      "5 Basisondersteuning", "6 Elk kind een plek", "7 Toelaatbaarheid en terugplaatsing",
                      "8 Wat we willen bereiken en hoe we dat volgen", "9 Financiën en meerjarenbegroting",
                      "10 Ouders", "11 Samenwerking met gemeenten", "12 Organisatie, OPR en personeel",
                      "13 Privacy en ICT", "14 Jaarplanning", "Bijlage 1 Begrippen",
                      "Bijlage 2 Kwaliteitskaart basisondersteuning", "Bijlage 3 Meerjarenbegroting"]))
    B.append(("h1", "1 Voorwoord"))
    B.append(("p", "De Kempenrand is een klein samenwerkingsverband. Dat is onze kracht: we kennen elkaar, de lijnen "
                   "zijn kort en als er iets moet gebeuren, dan gebeurt het. Met 24 scholen en ruim vierduizend "
                   "leerlingen kunnen we op de schaal van het kind werken. Tegelijk maakt onze omvang ons kwetsbaar. "
                   "Eén kind met een complexe vraag kan veel van een kleine school vragen, en een gespecialiseerde "
                   "voorziening is vaak ver weg."))
    B.append(("p", "Dit plan is bewust op hoofdlijnen geschreven. We leggen vast waar we voor staan en welke "
                   "afspraken we met elkaar maken. De uitwerking staat in het jaarplan en in de reglementen die het "
                   "bestuur vaststelt. Ouders, leerkrachten en partners nodigen we uit om ons te blijven voeden met "
                   "hun ervaringen en met de resultaten die zij op de werkvloer zien."))
    B.append(("h1", "2 Inleiding en leeswijzer"))
    B.append(("p", "Een samenwerkingsverband stelt ten minste eens in de vier jaar een ondersteuningsplan vast. "
                   "Dit plan beslaat de schooljaren 2026–2027 tot en met 2029–2030. In hoofdstuk 3 tot en met 4 "
                   "schetsen we wie we zijn en waar we naartoe willen. Hoofdstuk 5 en 6 gaan over de ondersteuning "
                   "op en tussen de scholen. Hoofdstuk 7 gaat over toelaatbaarheid. In hoofdstuk 8 beschrijven we "
                   "onze doelen, in hoofdstuk 9 de financiën. Hoofdstuk 10 gaat over ouders. De overige hoofdstukken "
                   "gaan over organisatie en samenwerking."))
    B.append(("p", "Bij de totstandkoming hebben we drie werksessies met directeuren en intern begeleiders "
                   "gehouden, een ouderavond en twee bijeenkomsten met de OPR. Het plan is daarnaast besproken met "
                   "de beleidsmedewerkers onderwijs en jeugd van beide gemeenten."))
    B.append(("h2", "2.1 Terugblik op de vorige planperiode"))
    B += terugblik(c)
    B.append(("h1", "3 Wie zijn wij"))
    B.append(("p", "In De Kempenrand werken vijf schoolbesturen samen: twee katholieke stichtingen, een openbaar "
                   "bestuur, een protestants-christelijke vereniging en een eenpitter met een Daltonschool. Samen "
                   "zijn ze verantwoordelijk voor 22 basisscholen, één school voor speciaal basisonderwijs "
                   "(De Wegwijzer, 96 leerlingen) en één so-locatie (cluster 4, 41 leerlingen) die onderdeel is van "
                   "een grotere so-stichting buiten de regio. Veel leerlingen met een so-indicatie voor cluster 3 "
                   "gaan naar school in Eindhovenseweg of verder weg."))
    B.append(("table", [["School", "Bestuur", "Leerlingen 1-10-2025"],
                        ["11 scholen", "Stichting Kempenkind", "1.920"],
                        ["5 scholen", "Stichting Sint Odulphus", "860"],
                        ["4 scholen", "Openbaar Onderwijs Kempenrand", "710"],
                        ["1 school", "Vereniging PCO Luyksmeer", "330"],
                        ["1 school", "Daltonschool De Vlinderhof", "280"],
                        ["sbo De Wegwijzer", "Stichting Kempenkind", "96"]]))
    B.append(("caption", "Tabel 1. Aangesloten scholen en leerlingaantallen."))
    B.append(("h1", "4 Visie en koers"))
    B += visie(c)
    B.append(("p", "Voor de komende periode kiezen we drie koersen: (1) de leerkracht versterken, (2) sneller "
                   "schakelen als het vastloopt, en (3) verantwoorden wat we doen. Bij elke koers horen doelen die "
                   "in hoofdstuk 8 zijn uitgewerkt."))
    B.append(("h2", "4.1 Landelijke ontwikkelingen"))
    B += landelijk(c)
    B.append(("h1", "5 Basisondersteuning"))
    B.append(("p", "Alle 24 scholen van De Kempenrand bieden ten minste de basisondersteuning zoals die door het "
                   "bestuur is vastgesteld in de Kwaliteitskaart Basisondersteuning De Kempenrand. Dat is de "
                   "gezamenlijke ondergrens: het niveau dat op iedere vestiging gegarandeerd is, ongeacht bestuur of "
                   "denominatie. De sbo-school valt daar ook onder."))
    B.append(("p", "Welke voorzieningen, interventies en expertise precies tot die basisondersteuning behoren, is "
                   "uitgewerkt in bijlage 2 (Kwaliteitskaart basisondersteuning). Scholen maken de vertaling naar "
                   "hun eigen situatie in hun schoolgids."))
    B.append(("p", "Eenmaal per jaar bespreekt de directeur van het samenwerkingsverband met iedere schooldirecteur "
                   "de stand van de basisondersteuning aan de hand van de kwaliteitskaart. Waar een school achterblijft, "
                   "maakt het bestuur van die school een verbeterafspraak die in het volgende gesprek wordt getoetst. "
                   "De uitkomsten worden geanonimiseerd gedeeld met de OPR."))
    B.append(("h1", "6 Elk kind een plek"))
    B.append(("p", "De samenhang tussen basisondersteuning, extra ondersteuning en speciale voorzieningen in onze "
                   "regio brengen wij in beeld in de Regiokaart Ondersteuning. Die regiokaart wordt in het voorjaar van "
                   "2027 gepubliceerd; tot dat moment verwijzen wij naar de afzonderlijke scholen."))
    B.append(("p", "Wat wij wel nu al hebben geregeld, is de aanpak voor kinderen die dreigen uit te vallen. "
                   "Schoolbesturen hebben zorgplicht: een school die een aanmelding ontvangt van een kind dat extra "
                   "ondersteuning nodig heeft, onderzoekt binnen zes weken (eenmaal te verlengen met vier weken) of zij "
                   "het kind kan plaatsen, en zoekt anders met ouders een passende plek op een andere school. Lukt dat "
                   "niet, dan meldt de school het kind binnen vijf werkdagen bij de Kempenrand-tafel."))
    B.append(("p", "De Kempenrand-tafel komt elke twee weken bijeen. Aan tafel zitten de directeur van het "
                   "samenwerkingsverband, de leerplichtambtenaren van beide gemeenten, een jeugdconsulent en een "
                   "orthopedagoog. De tafel heeft een doorzettingsmacht: zij kan een bestuur verzoeken binnen twee "
                   "weken een tijdelijke plek te bieden en kan budget vrijmaken voor een maatwerkarrangement. Alle "
                   "kinderen die langer dan vier weken zonder passend onderwijs zijn, staan op de lijst van de tafel "
                   "tot zij weer naar school gaan. Op 1 oktober 2025 stonden er zes kinderen op die lijst; twee "
                   "daarvan zaten er langer dan drie maanden."))
    B.append(("p", "Ieder jaar analyseert de tafel welke vragen het meest terugkomen. Blijkt er een structureel "
                   "gat in het aanbod te zijn, zoals in 2024 voor jonge kinderen met ernstige gedragsproblemen, dan "
                   "legt de directeur een voorstel voor een nieuwe voorziening voor aan het bestuur. Zo is in 2025 "
                   "de observatiegroep 'Kleine Stap' gestart op sbo De Wegwijzer."))
    B.append(("h1", "7 Toelaatbaarheid en terugplaatsing"))
    B.append(("p", "Het samenwerkingsverband geeft toelaatbaarheidsverklaringen af voor het speciaal "
                   "basisonderwijs en het speciaal onderwijs. De werkwijze staat in het TLV-reglement De Kempenrand "
                   "dat het bestuur afzonderlijk vaststelt en dat op onze website wordt gepubliceerd. Afspraken over "
                   "terugplaatsing maken wij in de loop van de planperiode met De Wegwijzer en de so-scholen; deze "
                   "worden na vaststelling aan het reglement toegevoegd."))
    B.append(("h1", "8 Wat we willen bereiken en hoe we dat volgen"))
    B.append(("p", "Bij onze drie koersen horen concrete doelen voor de kinderen om wie het gaat. We willen aan het "
                   "eind van de planperiode (juli 2030) het volgende bereikt hebben:"))
    B.append(("table", [["Doel", "Nu (2025)", "Streefwaarde 2030"],
                        ["Kinderen langer dan 4 weken zonder passend onderwijs", "6", "hooguit 2"],
                        ["Leerlingen met een OPP van wie de doelen grotendeels zijn gehaald", "71%", "85%"],
                        ["Verwijzingen naar sbo (percentage van alle leerlingen)", "2,3%", "maximaal 2,3%"],
                        ["Leerkrachten die zich voldoende toegerust voelen (vragenlijst)", "58%", "75%"],
                        ["Ouders die tevreden zijn over de samenwerking met school rond ondersteuning", "onbekend", "80%"]]))
    B.append(("caption", "Tabel 2. Beoogde resultaten."))
    B.append(("p", "Deze doelen volgen we zo: twee keer per jaar (februari en september) verzamelt het bureau "
                   "de cijfers uit de leerlingadministratie, het thuiszittersregister en de OPP-evaluaties van de "
                   "scholen. De lerarenvragenlijst en de oudervragenlijst nemen we in 2026 af (nulmeting) en daarna "
                   "jaarlijks in mei. De directeur bespreekt de uitkomsten met het bestuur en de OPR en rapporteert de "
                   "bereikte resultaten per doel in het jaarverslag, met een verklaring als een doel niet op koers ligt."))
    B.append(("h1", "9 Financiën en meerjarenbegroting"))
    B.append(("p", "De Kempenrand ontvangt in 2026 naar verwachting € 3,72 miljoen aan ondersteuningsmiddelen. "
                   "Daarvan wordt € 1,41 miljoen door DUO verrekend voor leerlingen in het so."))
    B.append(("p", "De verdeling volgt een vaste sleutel die de algemene vergadering in 2025 heeft vastgesteld. "
                   "Van het na verrekening beschikbare bedrag gaat 70% rechtstreeks naar de schoolbesturen, naar rato "
                   "van het aantal leerlingen op 1 oktober (in 2026 circa € 395 per leerling). De besturen zetten dit "
                   "in voor extra ondersteuning op hun scholen. De overige 30% blijft bovenschools beschikbaar voor "
                   "het bureau, de Kempenrand-tafel en maatwerkarrangementen, die de directeur op aanvraag toekent "
                   "als het ondersteuningsteam van de school de vraag heeft onderbouwd en de inzet van het eigen "
                   "schoolbudget is aangetoond."))
    B.append(("p", "De meerjarenbegroting 2026–2029: p.m. De begroting wordt na vaststelling door de raad van "
                   "toezicht in december als bijlage 3 aan dit plan toegevoegd."))
    B.append(("p", "Het samenwerkingsverband had eind 2024 een reserve die boven de signaleringswaarde lag. Die is "
                   "in 2025 afgebouwd door eenmalige extra uitkeringen aan de besturen."))
    B.append(("h1", "10 Ouders"))
    B.append(("p", "Ouders zijn de eerste deskundigen als het om hun kind gaat. Wij vinden het belangrijk dat zij "
                   "weten waar zij aan toe zijn. Daarom informeren wij ouders langs drie wegen. Iedere school neemt in "
                   "de schoolgids een vaste paragraaf 'Passend onderwijs' op, met daarin de ondersteuning die de "
                   "school biedt en de contactgegevens van de intern begeleider. Op de website van het "
                   "samenwerkingsverband staat een ouderwijzer die stap voor stap uitlegt wat ouders kunnen "
                   "verwachten. En eenmaal per jaar, in november, organiseren wij samen met de OPR een "
                   "informatieavond over passend onderwijs voor alle ouders in de regio."))
    B.append(("p", "Een onafhankelijk ouder- en jeugdsteunpunt richten wij in zodra de wetgeving daartoe verplicht. "
                   "Tot die tijd blijven wij in gesprek met ouders over wat zij van zo'n steunpunt verwachten."))
    B.append(("h1", "11 Samenwerking met gemeenten"))
    B += oogo_substantive(c)
    B.append(("h1", "12 Organisatie, OPR en personeel"))
    B += governance(c)
    B += personeel(c)
    B.append(("h2", "12.1 Kennis delen en professionalisering"))
    B += professionalisering(c)
    B += bureau(c)
    B.append(("h1", "13 Privacy en ICT"))
    B += privacy(c)
    B.append(("h1", "14 Jaarplanning"))
    B.append(("table", [["Periode", "Activiteit"],
                        ["voorjaar 2026", "Nulmeting leerkrachten- en oudervragenlijst"],
                        ["najaar 2026", "Vaststelling meerjarenbegroting; ouderavond"],
                        ["voorjaar 2027", "Publicatie Regiokaart Ondersteuning"],
                        ["2027–2028", "Afspraken terugplaatsing; evaluatie Kempenrand-tafel"],
                        ["2029–2030", "Evaluatie en nieuw plan"]]))
    B.append(("h1", "Bijlage 1 Begrippen"))
    B.append(("ul", ["Arrangement: een pakket van extra ondersteuning voor een leerling of groep.",
                     "Meerjarenbegroting: begroting voor vier jaar met bedragen per jaar.",
                     "Ouder- en jeugdsteunpunt (OJSP): onafhankelijk steunpunt waar ouders en jongeren terecht kunnen "
                     "met vragen en bij onenigheid.",
                     "Terugplaatsing: terugkeer van een leerling van sbo of so naar de basisschool na afloop van de TLV.",
                     "TLV: toelaatbaarheidsverklaring, nodig voor plaatsing op sbo of so; wordt afgegeven na advies "
                     "van twee deskundigen."]))
    label = dict(
        sector="po",
        elements=dict(basisondersteuning="partial", plaatsing="missing", terugstroom="missing",
                      financien="partial", **{"dekkend-aanbod": "partial"}, resultaten="present", ouders="partial"),
        false={"basisondersteuning.inhoud", "plaatsing.procedure", "plaatsing.criteria", "terugstroom.procedure",
               "terugstroom.beleid", "financien.besteding", "dekkend-aanbod.continuum", "ouders.steunpunt"},
        advisory={"basisondersteuning": ["borging"], "financien": ["reserves"],
                  "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "Ch.5 states the common minimum level, but the content is only in absent 'bijlage 2'; yearly check = borging.",
               "plaatsing": "Ch.7 only refers to a separately adopted TLV-reglement on the website; deskundigen appear only in the glossary.",
               "terugstroom": "Only TOC/glossary and a deferral in ch.7 ('afspraken maken wij in de loop van de planperiode').",
               "financien": "Ch.9: 70/30 sleutel and ~€ 395 per leerling = verdeling; meerjarenbegroting is 'p.m.' (absent bijlage 3).",
               "dekkend-aanbod": "Ch.6: zorgplicht, Kempenrand-tafel, gap analysis = lacunes; continuum deferred to Regiokaart 2027; OOGO ch.11.",
               "resultaten": "Ch.8: table of goals with streefwaarden; twice-yearly data collection and reporting in jaarverslag.",
               "ouders": "Ch.10: schoolgids paragraph, website ouderwijzer, yearly info-avond; independent steunpunt only announced."},
    )
    return "holdout228-po-kempenrand", B, "SWV PO De Kempenrand – Ondersteuningsplan 2026–2030 (concept)", label


# ----------------------------------------------------------------------------------------------
# Plan 3 - medium PO verband, .pdf
# ----------------------------------------------------------------------------------------------

def plan3():
    c = dict(regio="Waterland-Zuid", besturen=9, opr=12, fte="13,8",
             gemeenten="Purmerlanden, Edamstede, Ilpenhoorn en Zeevang-Oost")
    B = []
    B.append(("title", ["Samen verder",
                        "Ondersteuningsplan Stichting Samenwerkingsverband Passend Onderwijs Waterland-Zuid (PO 25-08)",
                        "Planperiode 1 augustus 2026 – 31 juli 2030"]))
    B.append(("toc", ["Voorwoord", "1 Waar staan we", "2 Visie en ambities", "3 Wat elke school biedt",
                      "4 Het ondersteuningsaanbod in de regio", "5 Naar het speciaal (basis)onderwijs",
                      "6 Terugplaatsing en overplaatsing", "7 Wat we willen bereiken",
                      "8 Hoe we de vinger aan de pols houden", "9 Financieel kader", "10 Ouders en leerlingen",
                      "11 Gemeenten en jeugdhulp", "12 Bestuur en medezeggenschap", "13 Bureau en medewerkers",
                      "14 Privacy", "Begrippenlijst"]))
    B.append(("h1", "Voorwoord"))
    B.append(("p", "Samen verder. Zo hebben we dit plan genoemd, omdat het voortbouwt op wat we de afgelopen jaren "
                   "samen hebben opgebouwd. De negen schoolbesturen in Waterland-Zuid hebben laten zien dat ze "
                   "verantwoordelijkheid nemen voor alle kinderen in de regio, ook voor de kinderen die niet op hun "
                   "eigen scholen zitten. Die gezamenlijke verantwoordelijkheid willen we de komende vier jaar verder "
                   "versterken."))
    B.append(("p", "In dit plan staat wat scholen, ouders en partners van ons mogen verwachten. We hebben het "
                   "geschreven in de taal van de praktijk en hebben geprobeerd het kort te houden. De middelen die we "
                   "krijgen, zijn bedoeld voor de kinderen: dat is het uitgangspunt van elke keuze."))
    B.append(("h1", "1 Waar staan we"))
    B.append(("p", "Waterland-Zuid telt 61 basisscholen, twee scholen voor speciaal basisonderwijs en drie so-scholen. "
                   "Op 1 oktober 2025 zaten er 12.790 leerlingen op de basisscholen. Het verband strekt zich uit over "
                   "vier gemeenten, van de drukke kern van Purmerlanden tot de dorpen in het veenweidegebied. De "
                   "afgelopen planperiode is het leerlingenaantal licht gedaald en verwachten we een verdere daling "
                   "van circa 1% per jaar."))
    B.append(("p", "Bij het inspectiebezoek in 2024 waardeerde de inspectie de samenwerking tussen de besturen en "
                   "het fijnmazige netwerk van voorzieningen als sterk. Als verbeterpunt noemde zij dat ons plan te "
                   "weinig concreet was over doelen en over de manier waarop we die volgen. Dat hebben we in dit plan "
                   "opgepakt."))
    B.append(("h2", "1.1 Terugblik"))
    B += terugblik(c)
    B.append(("h2", "1.2 Totstandkoming van dit plan"))
    B += totstandkoming(c, "17 maart 2026", "3 februari 2026", "7 april 2026")
    B.append(("h1", "2 Visie en ambities"))
    B += visie(c)
    B.append(("h2", "2.1 Ontwikkelingen om ons heen"))
    B += landelijk(c)
    B.append(("h1", "3 Wat elke school biedt"))
    B.append(("p", "Alle scholen in Waterland-Zuid hebben afgesproken welke ondersteuning zij minimaal bieden. "
                   "Deze basisondersteuning is het vaste niveau dat ouders op elke vestiging, van elk bestuur, mogen "
                   "verwachten. De schoolbesturen hebben dit niveau in de algemene vergadering van november 2025 "
                   "vastgesteld. De tabel hieronder beschrijft de inhoud."))
    B.append(("table", [["Onderdeel", "Wat elke school biedt"],
                        ["Leren", "Dyslexie- en dyscalculiebeleid volgens de landelijke protocollen; verlengde instructie en verrijking in elke groep; een taalaanbod voor kinderen met een taalachterstand"],
                        ["Gedrag en welbevinden", "Een schoolbrede aanpak sociale veiligheid, een anti-pestprotocol en tweemaal per jaar een monitor sociaal-emotionele ontwikkeling"],
                        ["Structuur", "Een intern begeleider, een ondersteuningsteam met schoolmaatschappelijk werk en twee keer per jaar een groepsbespreking per groep"],
                        ["Expertise", "Consultatie van een orthopedagoog van het samenwerkingsverband binnen tien werkdagen"],
                        ["Medisch", "Een protocol medische handelingen en afspraken over medicijngebruik"],
                        ["Fysiek", "Een rolstoeltoegankelijke begane grond en een prikkelarme werkplek"]]))
    B.append(("caption", "Tabel 1. Inhoud van de basisondersteuning in Waterland-Zuid."))
    B.append(("p", "Iedere school legt in haar schoolplan vast hoe zij dit invult. Het samenwerkingsverband bezoekt "
                   "elke school eens in de twee jaar voor een kwaliteitsgesprek over de basisondersteuning."))
    B.append(("h1", "4 Het ondersteuningsaanbod in de regio"))
    B.append(("p", "Rond de basisondersteuning bouwen we een doorlopende lijn van voorzieningen. Waar de "
                   "basisondersteuning niet genoeg is, zet de school extra ondersteuning in met het eigen budget van "
                   "het bestuur. Daarna volgen de bovenschoolse voorzieningen van het samenwerkingsverband: de "
                   "ambulante dienst, twee taalklassen voor nieuwkomers, de plusklas voor hoogbegaafde leerlingen in "
                   "Edamstede en de observatieklas in Purmerlanden. Vervolgens de twee sbo-scholen en ten slotte de "
                   "drie so-scholen. Kinderen kunnen tussen deze voorzieningen schakelen zonder dat zij steeds opnieuw "
                   "een dossier hoeven op te bouwen."))
    B.append(("p", "Elk jaar in maart bespreken de besturen aan de hand van de meldingen van scholen en de "
                   "wachtlijsten of er voldoende plekken zijn. Ontbreekt er een voorziening, dan zoeken we eerst binnen "
                   "de regio een oplossing en pas daarna erbuiten. Zo is in 2025 vastgesteld dat er geen passend aanbod "
                   "was voor kinderen met een combinatie van autisme en hoogbegaafdheid; daarvoor start in 2026 een "
                   "kleine groep op een van de sbo-scholen."))
    B.append(("p", "Kinderen die thuiszitten of dreigen thuis te komen zitten, bespreken we binnen twee weken aan "
                   "de Doorbraaktafel met leerplicht, de gemeente en jeugdhulp. Schoolbesturen melden elk kind dat "
                   "langer dan vier weken zonder onderwijs is bij het samenwerkingsverband. Het bestuur waar het kind "
                   "is ingeschreven, houdt zorgplicht totdat er een passende plek is gevonden. Wij houden een register "
                   "bij en rapporteren het aantal thuiszitters drie keer per jaar aan de gemeenten."))
    B.append(("h1", "5 Naar het speciaal (basis)onderwijs"))
    B.append(("p", "Een school die voor een leerling een plek in het sbo of so nodig acht, bespreekt dit eerst met "
                   "ouders en met de orthopedagoog van het samenwerkingsverband in het ondersteuningsteam. Daarna dient "
                   "de school de aanvraag voor een toelaatbaarheidsverklaring in bij het Loket Toelaatbaarheid. De "
                   "Commissie Toelaatbaarheid beoordeelt de aanvraag; zij bestaat uit een orthopedagoog en een "
                   "tweede deskundige (een psycholoog, maatschappelijk werker of arts, afhankelijk van de vraag), die "
                   "elk een afzonderlijk advies schrijven. Het bestuur van het samenwerkingsverband beslist binnen "
                   "zes weken; in spoedeisende gevallen binnen twee weken. De commissie weegt de aanvraag aan de hand "
                   "van de criteria in tabel 2."))
    B.append(("table", [["Criterium", "Sbo", "So"],
                        ["Ondersteuningsbehoefte", "Structureel meer dan basis- en extra ondersteuning in het regulier kan bieden", "Intensieve ondersteuning op meerdere domeinen, in een gespecialiseerde setting"],
                        ["Eerdere inzet", "Minstens één jaar extra ondersteuning met OPP, geëvalueerd", "Minstens één jaar extra ondersteuning of direct bij een ernstige beperking"],
                        ["Perspectief", "Verwachting dat sbo de ontwikkeling beter ondersteunt", "Verwachting dat alleen so passende ontwikkelkansen biedt"],
                        ["Duur TLV", "Twee schooljaren", "Twee schooljaren; bij EMB tot einde basisschoolperiode"],
                        ["Categorie", "n.v.t.", "Laag, midden of hoog volgens de landelijke indeling"]]))
    B.append(("caption", "Tabel 2. Toetsingscriteria TLV."))
    B.append(("p", "Wie het niet eens is met het besluit, kan bezwaar maken bij het bestuur; het bestuur vraagt "
                   "advies aan de Landelijke Bezwaaradviescommissie."))
    B.append(("h1", "6 Terugplaatsing en overplaatsing"))
    B.append(("p", "Wij vinden dat kinderen die in het speciaal (basis)onderwijs tot ontwikkeling zijn gekomen, de "
                   "kans moeten krijgen om terug te keren naar een reguliere school. Dat is ons uitgangspunt, maar "
                   "geen doel op zich: terugkeer is alleen verstandig wanneer het kind er klaar voor is, de ouders de "
                   "stap steunen en er een school is die het kind goed kan ontvangen. Een school in Waterland-Zuid die "
                   "een teruggeplaatst kind opneemt, ontvangt daarvoor gedurende een half jaar begeleiding van de "
                   "ambulante dienst en een gesprek met de orthopedagoog na drie maanden."))
    B.append(("p", "Hoe de stappen rond het einde van een TLV precies verlopen – wie het initiatief neemt, wanneer "
                   "wordt geëvalueerd en wie het besluit neemt – leggen we in het schooljaar 2026–2027 vast in een "
                   "stappenplan dat samen met de sbo- en so-scholen wordt opgesteld."))
    B.append(("h1", "7 Wat we willen bereiken"))
    B.append(("p", "We hebben onze ambities vertaald naar concrete resultaten voor kinderen die extra "
                   "ondersteuning nodig hebben. In 2030 willen we dat:"))
    B.append(("ul", ["80% van de leerlingen met een OPP aan het einde van het schooljaar de beoogde uitstroombestemming "
                     "volgens het OPP heeft bereikt of overtroffen;",
                     "er op geen enkele teldatum een kind langer dan drie maanden thuiszit;",
                     "95% van de leerlingen die uit het sbo uitstromen naar het vo, na één jaar nog op de school van "
                     "eerste plaatsing zit;",
                     "iedere school bij het kwaliteitsgesprek op alle onderdelen van de basisondersteuning op niveau is."]))
    B.append(("h1", "8 Hoe we de vinger aan de pols houden"))
    B.append(("p", "Twee keer per jaar stelt het bureau een dashboard op met de stand van zaken per ambitie. Het "
                   "dashboard combineert gegevens uit de leerlingadministratie, het thuiszittersregister, de "
                   "TLV-registratie en de OPP-evaluaties die scholen aanleveren. De directeur-bestuurder bespreekt het "
                   "dashboard met de raad van toezicht en met de OPR. Aan het einde van elk schooljaar evalueren we "
                   "met de besturen welke ambities op koers liggen en welke bijsturing nodig is. In het jaarverslag "
                   "vermelden we per ambitie het bereikte resultaat."))
    B.append(("h1", "9 Financieel kader"))
    B.append(("p", "Het financiële beleid van het samenwerkingsverband, waaronder de verdeling van de middelen over "
                   "de schoolbesturen en de meerjarenbegroting, is vastgelegd in het Financieel Kader 2026–2030. Dat "
                   "document wordt afzonderlijk door het bestuur vastgesteld en jaarlijks geactualiseerd."))
    B.append(("h1", "10 Ouders en leerlingen"))
    B.append(("p", "Ouders en leerlingen die er met de school niet uitkomen, of die onafhankelijk advies willen, kunnen "
                   "terecht bij het Ouder- en Jeugdsteunpunt Waterland. Het steunpunt is onafhankelijk van de scholen en "
                   "van het samenwerkingsverband, is bereikbaar op werkdagen en kan een gesprek begeleiden. Ook kunnen "
                   "ouders kosteloos een beroep doen op de onderwijsconsulenten en, bij een geschil over toelating of "
                   "het ontwikkelingsperspectief, op de Geschillencommissie passend onderwijs."))
    B.append(("p", "Hoe wij ouders in het algemeen informeren over de ondersteuningsmogelijkheden in de regio, werken "
                   "wij uit in het communicatieplan dat in 2026 verschijnt."))
    B.append(("h1", "11 Gemeenten en jeugdhulp"))
    B += oogo_substantive(c)
    B.append(("h1", "12 Bestuur en medezeggenschap"))
    B += governance(c)
    B.append(("h1", "13 Bureau en medewerkers"))
    B += personeel(c)
    B += professionalisering(c)
    B += bureau(c)
    B.append(("h1", "14 Privacy"))
    B += privacy(c)
    B.append(("h1", "Begrippenlijst"))
    B.append(("ul", ["Meerjarenbegroting: een begroting voor meerdere jaren.",
                     "Onderwijsconsulent: onafhankelijke adviseur voor ouders.",
                     "Schoolgids: jaarlijkse informatiegids van de school voor ouders.",
                     "Verdeelmodel: de regels waarmee middelen over scholen worden verdeeld.",
                     "Terugplaatsing: overstap van s(b)o naar regulier onderwijs."]))
    label = dict(
        sector="po",
        elements=dict(basisondersteuning="present", plaatsing="present", terugstroom="partial",
                      financien="missing", **{"dekkend-aanbod": "present"}, resultaten="present", ouders="partial"),
        false={"terugstroom.procedure", "financien.verdeling", "financien.besteding", "ouders.informatie"},
        advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                  "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "Ch.3 'Wat elke school biedt': agreed level for every vestiging + content only in table 1.",
               "plaatsing": "Ch.5 'Naar het speciaal (basis)onderwijs': loket, commissie, 2 deskundigen, 6 weeks; criteria only in table 2.",
               "terugstroom": "Ch.6: policy (uitgangspunt, conditions, support after return) present; steps deferred to a 2026-2027 stappenplan.",
               "financien": "Ch.9 only refers to a separate 'Financieel Kader 2026-2030'; no verdeling or begroting in the plan.",
               "dekkend-aanbod": "Ch.4: continuum basis -> extra -> bovenschools -> sbo -> so; yearly gap analysis, Doorbraaktafel, zorgplicht.",
               "resultaten": "Ch.7 'Wat we willen bereiken' (targets) and ch.8 'vinger aan de pols' (dashboard, evaluation, jaarverslag).",
               "ouders": "Ch.10: OJSP Waterland, onderwijsconsulenten, geschillencommissie; informing parents deferred to a communicatieplan."},
    )
    return "holdout228-po-waterland-zuid", B, "Samen verder – Ondersteuningsplan SWV PO Waterland-Zuid 2026–2030", label


# ----------------------------------------------------------------------------------------------
# Plan 4 - small rural PO verband, .pdf
# ----------------------------------------------------------------------------------------------

def plan4():
    c = dict(regio="de Heuvelzoom", besturen=3, opr=6, fte="4,8", gemeenten="Gulpendal, Vijlerberg en Noorbeekhof")
    B = []
    B.append(("title", ["Ondersteuningsplan 2026–2030",
                        "Samenwerkingsverband Primair Onderwijs Heuvelzoom (PO 31-46)",
                        "Basisondersteuning · Toegang · Geld · Ouders · Resultaten"]))
    B.append(("toc", ["1 Een woord vooraf", "2 Onze regio", "3 Waar we voor staan", "4 Ondersteuning op school",
                      "5 Toegang tot speciaal (basis)onderwijs", "6 Waar gaat het geld naartoe?",
                      "7 Samen met vaders, moeders en verzorgers", "8 Gemeenten", "9 Organisatie",
                      "10 Medewerkers", "11 Gegevens en privacy", "12 Ontwikkelagenda",
                      "Bijlage: begrippen (basisondersteuning, dekkend aanbod, resultaten, thuiszitters)"]))
    B.append(("h1", "1 Een woord vooraf"))
    B.append(("p", "Onze regio is klein en landelijk. De negentien scholen liggen verspreid over drie gemeenten, in "
                   "dorpen waar de school vaak de laatste voorziening is die nog open is. Dat maakt ons trots en "
                   "bezorgd tegelijk: trots op scholen die midden in hun gemeenschap staan, bezorgd omdat kleine "
                   "teams het zwaar hebben wanneer een kind veel vraagt."))
    B.append(("p", "Gelukkig is het aantal thuiszitters in onze regio klein, en zijn de resultaten van onze "
                   "leerlingen over het algemeen goed. Maar we zijn niet tevreden zolang er ouders zijn die lang "
                   "moeten wachten op duidelijkheid. Dit plan gaat daarom vooral over toegang, geld en ouders: drie "
                   "onderwerpen waarover ouders en scholen ons de meeste vragen stellen."))
    B.append(("p", "Het plan is besproken met de OPR, die op 19 maart 2026 heeft ingestemd, en met de drie "
                   "gemeenten. Wij danken iedereen voor de bijdragen."))
    B.append(("h2", "1.1 Hoe dit plan tot stand kwam"))
    B += totstandkoming(c, "19 maart 2026", "10 februari 2026", "2 april 2026")
    B.append(("h2", "1.2 Terugblik"))
    B += terugblik(c)
    B.append(("h2", "1.3 Dit plan in het kort"))
    B.append(("p", "Dit plan is compact. In hoofdstuk 2 en 3 beschrijven we onze regio en waar we voor staan. "
                   "Hoofdstuk 4 gaat over de ondersteuning op de scholen zelf. Hoofdstuk 5 legt uit hoe een kind "
                   "een plek kan krijgen op De Trapleuning of op een so-school, en wat er gebeurt aan het einde "
                   "van die periode. Hoofdstuk 6 laat zien waar het geld naartoe gaat. Hoofdstuk 7 is geschreven "
                   "voor vaders, moeders en verzorgers. De hoofdstukken 8 tot en met 11 gaan over de gemeenten, de "
                   "organisatie, de medewerkers en de omgang met gegevens. Hoofdstuk 12 bevat de ontwikkelagenda "
                   "voor de komende vier jaar. Wie snel wil weten wat het plan voor een individueel kind betekent, "
                   "kan het beste beginnen bij hoofdstuk 5 en 7. Vragen over dit plan kunnen worden gesteld aan het "
                   "bureau van het samenwerkingsverband; de OPR houdt daarnaast twee keer per jaar een open "
                   "vergadering die voor iedereen toegankelijk is."))
    B.append(("h1", "2 Onze regio"))
    B.append(("p", "Het samenwerkingsverband Heuvelzoom omvat negentien basisscholen van drie schoolbesturen, een "
                   "sbo-school (De Trapleuning, 74 leerlingen) en een so-school voor cluster 3 en 4 met twee "
                   "locaties. Op 1 oktober 2025 telden de basisscholen samen 3.310 leerlingen. Acht scholen hebben "
                   "minder dan 100 leerlingen. De afstand tot de dichtstbijzijnde so-voorziening voor cluster 3 "
                   "bedraagt voor sommige kinderen meer dan 25 kilometer."))
    B.append(("table", [["Gemeente", "Scholen", "Leerlingen"],
                        ["Gulpendal", "8", "1.460"],
                        ["Vijlerberg", "6", "1.030"],
                        ["Noorbeekhof", "5", "820"]]))
    B.append(("caption", "Tabel 1. Scholen en leerlingen per gemeente (1 oktober 2025)."))
    B.append(("p", "De bevolking in de regio krimpt en vergrijst. Prognoses van de gemeenten laten tot 2030 een "
                   "daling van het aantal basisschoolleerlingen zien van ongeveer 8%. Twee scholen fuseren per "
                   "1 augustus 2026. De schoolbesturen werken samen in een regionaal huisvestingsoverleg om een "
                   "dekkend netwerk van dorpsscholen overeind te houden, los van passend onderwijs."))
    B.append(("h1", "3 Waar we voor staan"))
    B += visie(c)
    B.append(("h2", "3.1 Landelijke ontwikkelingen"))
    B += landelijk(c)
    B.append(("h1", "4 Ondersteuning op school"))
    B.append(("p", "Welke ondersteuning een school biedt, beschrijft iedere school in haar eigen "
                   "schoolondersteuningsprofiel. De profielen zijn te vinden op de websites van de scholen. Het "
                   "samenwerkingsverband ondersteunt de scholen met advies van de ondersteuningsadviseur en de "
                   "orthopedagoog."))
    B.append(("p", "In de ontwikkelagenda (hoofdstuk 12) staat dat wij in 2027 een regionaal overzicht van "
                   "voorzieningen willen publiceren, zodra de landelijke norm voor basisondersteuning bekend is."))
    B.append(("h1", "5 Toegang tot speciaal (basis)onderwijs"))
    B.append(("p", "Wanneer een kind op de eigen school niet tot ontwikkeling komt, ook niet met extra hulp, kan een "
                   "plek op De Trapleuning of op een so-school de beste keuze zijn. Daarvoor is een "
                   "toelaatbaarheidsverklaring nodig. Zo gaat dat in Heuvelzoom:"))
    B.append(("ul", ["Stap 1 – Gesprek. De school, de ouders en de ondersteuningsadviseur bespreken samen of een "
                     "plek in het speciaal (basis)onderwijs de juiste stap is.",
                     "Stap 2 – Aanvraag. Het schoolbestuur dient via het digitale loket 'Heuvelzoom Toegang' een "
                     "aanvraag in met het OPP, het verslag van het ondersteuningsteam en de mening van ouders.",
                     "Stap 3 – Twee adviezen. Een orthopedagoog of psycholoog en een tweede deskundige (bijvoorbeeld "
                     "een jeugdarts of maatschappelijk werker) die niet bij het kind betrokken waren, geven elk "
                     "apart een schriftelijk advies.",
                     "Stap 4 – Besluit. De Commissie Toegang besluit namens het bestuur binnen zes weken na de "
                     "volledige aanvraag. Ouders krijgen het besluit met beide adviezen thuisgestuurd.",
                     "Stap 5 – Plaatsing. De ontvangende school neemt het kind zo snel mogelijk op, uiterlijk na de "
                     "eerstvolgende vakantie."]))
    B.append(("p", "Wij achten een kind toelaatbaar wanneer (a) de school met het OPP ten minste twee "
                   "evaluatierondes aantoonbaar extra ondersteuning heeft geboden zonder voldoende resultaat, (b) de "
                   "ondersteuningsbehoefte op het gebied van leren, gedrag of ontwikkeling zo groot is dat een kleine "
                   "groep met specialistische begeleiding nodig is, en (c) beide deskundigen concluderen dat sbo of so "
                   "beter aansluit bij wat het kind nodig heeft. Voor het so moet de ondersteuningsbehoefte daarnaast "
                   "langdurig zijn."))
    B.append(("p", "Een toelaatbaarheidsverklaring voor De Trapleuning geldt twee schooljaren, voor het so twee of "
                   "drie schooljaren met een bekostigingscategorie laag, midden of hoog. Ouders die het niet eens "
                   "zijn met het besluit, kunnen binnen zes weken bezwaar maken; de Landelijke "
                   "Bezwaaradviescommissie adviseert het bestuur."))
    B.append(("h2", "5.1 Aan het eind van de TLV"))
    B.append(("p", "In het laatste jaar van de toelaatbaarheidsverklaring neemt de sbo- of so-school het initiatief. "
                   "Zes maanden voor de einddatum evalueert de school met de ouders het OPP en adviseert zij de "
                   "Commissie Toegang over het vervolg: een nieuwe TLV of een overstap naar een basisschool. De "
                   "Commissie Toegang beslist vóór 1 mei. Wordt er geen nieuwe TLV afgegeven, dan zoeken ouders met "
                   "hulp van de ondersteuningsadviseur een basisschool en vindt er vóór de zomervakantie een "
                   "overdrachtsgesprek plaats tussen beide scholen."))
    B.append(("p", "Een visie op en beleid voor terugplaatsing, inclusief wat een basisschool aan extra steun "
                   "krijgt wanneer zij een kind terug opneemt, formuleren wij in het schooljaar 2026–2027 samen met "
                   "De Trapleuning en de so-school."))
    B.append(("h1", "6 Waar gaat het geld naartoe?"))
    B.append(("p", "Heuvelzoom ontvangt jaarlijks rijksmiddelen voor ondersteuning. In tabel 2 staat het "
                   "verdeelmodel dat de besturen met elkaar hebben afgesproken; tabel 3 geeft de begroting voor de "
                   "komende vier jaar."))
    B.append(("table", [["Component verdeelmodel", "Grondslag", "Bedrag 2026", "Toekenning"],
                        ["Basisbedrag per leerling", "Leerlingen op 1 oktober t-1", "€ 180 per leerling", "Automatisch aan schoolbestuur, vóór 1 september"],
                        ["Kleine-scholentoeslag", "Scholen met < 100 leerlingen", "€ 6.000 per school", "Automatisch aan schoolbestuur"],
                        ["Arrangementen bovenschools", "Aanvraag school, onderbouwd door ondersteuningsteam", "max. € 12.000 per leerling per jaar", "Ondersteuningsadviseur beslist binnen 4 weken"],
                        ["Afdracht so en sbo", "Aantal TLV's en sbo-leerlingen boven 2%", "volgens DUO", "Rechtstreeks door DUO verrekend"]]))
    B.append(("caption", "Tabel 2. Verdeelmodel Heuvelzoom."))
    B.append(("table", [["Begroting (bedragen in €)", "2026", "2027", "2028", "2029"],
                        ["Rijksbijdrage ondersteuning", "3.010.000", "2.950.000", "2.890.000", "2.840.000"],
                        ["Afdracht so (DUO)", "1.180.000", "1.160.000", "1.140.000", "1.120.000"],
                        ["Afdracht sbo", "210.000", "205.000", "200.000", "195.000"],
                        ["Basisbedrag schoolbesturen", "595.800", "580.000", "566.000", "552.000"],
                        ["Kleine-scholentoeslag", "48.000", "48.000", "42.000", "42.000"],
                        ["Arrangementen bovenschools", "560.000", "560.000", "550.000", "545.000"],
                        ["Bureau en personeel", "380.000", "385.000", "390.000", "395.000"],
                        ["Overig", "36.200", "12.000", "2.000", "-9.000"]]))
    B.append(("caption", "Tabel 3. Meerjarenbegroting 2026–2029."))
    B.append(("p", "De besturen leggen jaarlijks in de algemene vergadering verantwoording af over de inzet van het "
                   "basisbedrag."))
    B.append(("h1", "7 Samen met vaders, moeders en verzorgers"))
    B.append(("p", "Vaders, moeders en verzorgers moeten kunnen weten wat er voor hun kind mogelijk is. Op de "
                   "website van het samenwerkingsverband staat een eigen pagina voor hen, met uitleg over extra hulp "
                   "op school, over de toegang tot De Trapleuning en het so en over de stappen die daarbij horen. "
                   "Alle scholen geven bij de inschrijving de Heuvelzoom-wijzer mee, een folder van vier pagina's "
                   "die ook in het Pools en Arabisch verkrijgbaar is. De ondersteuningsadviseur houdt elke eerste "
                   "woensdag van de maand een telefonisch spreekuur waarin gezinnen hun vragen kunnen stellen."))
    B.append(("p", "Soms lopen gesprekken vast. Dan kunnen ouders en kinderen terecht bij Ouderkompas Zuid, het "
                   "onafhankelijke ouder- en jeugdsteunpunt dat wij samen met twee andere samenwerkingsverbanden "
                   "financieren. Ouderkompas luistert, denkt mee en kan bemiddelen; het werkt in het belang van het "
                   "kind en niet in opdracht van scholen of het samenwerkingsverband. Ouders kunnen ook de "
                   "onderwijsconsulenten inschakelen of een klacht indienen bij de klachtencommissie van het "
                   "schoolbestuur."))
    B.append(("h1", "8 Gemeenten"))
    B += oogo_procedural(c, "10 februari 2026")
    B.append(("p", "De gemeenten zijn verantwoordelijk voor het leerlingenvervoer. Ouders van kinderen die naar "
                   "De Trapleuning of het so gaan, vragen dit aan bij hun gemeente."))
    B.append(("h1", "9 Organisatie"))
    B += governance(c)
    B.append(("h1", "10 Medewerkers"))
    B += personeel(c)
    B.append(("h2", "10.1 Leren van en met elkaar"))
    B += professionalisering(c)
    B.append(("h2", "10.2 Het bureau"))
    B += bureau(c)
    B.append(("h1", "11 Gegevens en privacy"))
    B += privacy(c)
    B.append(("h1", "12 Ontwikkelagenda"))
    B.append(("table", [["Wanneer", "Wat"],
                        ["2026–2027", "Beleid terugplaatsing formuleren met De Trapleuning en so"],
                        ["2027", "Regionaal overzicht voorzieningen publiceren"],
                        ["2027–2028", "Evaluatie verdeelmodel en kleine-scholentoeslag"],
                        ["2028–2029", "Evaluatie Heuvelzoom Toegang met ouders"],
                        ["2029–2030", "Nieuw ondersteuningsplan"]]))
    B.append(("h1", "Bijlage: begrippen"))
    B.append(("ul", ["Basisondersteuning: de ondersteuning die alle scholen in het samenwerkingsverband ten minste bieden.",
                     "Dekkend aanbod: voor elk kind is er een passende onderwijsplek in de regio.",
                     "Resultaten: de beoogde en bereikte opbrengsten van passend onderwijs.",
                     "Thuiszitter: een leerplichtige leerling die niet naar school gaat.",
                     "Monitoring: het volgen van ontwikkelingen aan de hand van gegevens."]))
    label = dict(
        sector="po",
        elements=dict(basisondersteuning="missing", plaatsing="present", terugstroom="partial",
                      financien="present", **{"dekkend-aanbod": "missing"}, resultaten="missing", ouders="present"),
        false={"basisondersteuning.niveau", "basisondersteuning.inhoud", "terugstroom.beleid",
               "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "resultaten.doelen", "resultaten.monitoring"},
        advisory={"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"], "financien": ["verantwoording"],
                  "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "Ch.4 only refers to the SOPs on school websites and defers a regional overview; definition only in glossary/title page.",
               "plaatsing": "Ch.5 'Toegang tot speciaal (basis)onderwijs': steps 1-5, Commissie Toegang, criteria (a)-(c), duration, category, bezwaar.",
               "terugstroom": "5.1 'Aan het eind van de TLV' gives steps/actors/dates; policy explicitly deferred to 2026-2027.",
               "financien": "Ch.6: verdeelmodel and meerjarenbegroting exist only as tables 2 and 3.",
               "dekkend-aanbod": "Nothing: 'dekkend netwerk' only about school buildings, thuiszitters only in passing in the voorwoord, OOGO only procedural; bovenschoolse arrangementen appear only as a budget line in table 2.",
               "resultaten": "Only passing uses of 'resultaten' (voorwoord, OPP criteria) and the glossary; no goals, no monitoring.",
               "ouders": "Ch.7 'Samen met vaders, moeders en verzorgers': website page, Heuvelzoom-wijzer folder, spreekuur; Ouderkompas OJSP."},
    )
    return "holdout228-po-heuvelzoom", B, "Ondersteuningsplan 2026–2030 | SWV PO Heuvelzoom", label


# ----------------------------------------------------------------------------------------------
# Plan 5 - VO verband, .html
# ----------------------------------------------------------------------------------------------

def plan5():
    c = dict(regio="het Lingestroomgebied", besturen=7, opr=10, fte="11,5",
             gemeenten="Geldervoorde, Lingestroom en Asperbeek")
    B = []
    B.append(("title", ["Ondersteuningsplan 2026–2030",
                        "Samenwerkingsverband Voortgezet Onderwijs Lingestroom (VO 26-05)",
                        "Webversie – hoofdstukken 1 tot en met 12"]))
    B.append(("toc", ["1 Inleiding", "2 Kerngegevens", "3 Visie", "4 Basisondersteuning",
                      "5 Van extra ondersteuning tot vso", "6 Toelaatbaarheid vso, lwoo en pro",
                      "7 Overstappen en doorstromen", "8 Resultaten en kwaliteit", "9 Financiën",
                      "10 Samenwerking met gemeenten", "11 Organisatie en medezeggenschap", "12 Personeel en privacy",
                      "Ouders en leerlingen: zie hoofdstuk 11"]))
    B.append(("h1", "1 Inleiding"))
    B.append(("p", "Dit is de webversie van het ondersteuningsplan 2026–2030 van samenwerkingsverband VO "
                   "Lingestroom. In dit plan beschrijven we hoe de zeven aangesloten schoolbesturen ervoor zorgen dat "
                   "iedere jongere in de regio een passende plek in het voortgezet onderwijs heeft. Het plan is "
                   "opgesteld met de schoolleiders, de zorgcoördinatoren, de OPR en de gemeenten."))
    B.append(("p", "Jongeren en hun ouders staan centraal in alles wat we doen. Het aantal thuiszitters en "
                   "vroegtijdig schoolverlaters in onze regio is de afgelopen jaren gedaald, maar elk kind dat thuis "
                   "zit is er één te veel."))
    B.append(("h2", "1.1 Totstandkoming"))
    B += totstandkoming(c, "10 maart 2026", "28 januari 2026", "24 maart 2026")
    B.append(("h2", "1.2 Terugblik"))
    B += terugblik(c)
    B.append(("h2", "1.3 Samenvatting"))
    B.append(("p", "De kern van dit plan in een paar zinnen: elke school biedt een gegarandeerde basis, daarboven "
                   "is er een doorlopende keten van voorzieningen tot en met het vso, en niemand hoort langer dan "
                   "nodig thuis te zitten. Het samenwerkingsverband bewaakt de toegang tot het vso, de "
                   "leerwegondersteuning en het praktijkonderwijs, en zorgt ervoor dat leerlingen die dat kunnen, "
                   "weer terugkeren naar het regulier voortgezet onderwijs. In de komende periode herzien we het "
                   "verdeelmodel, herijken we de criteria voor het vso en doen we een nulmeting als basis voor "
                   "nieuwe doelen. Met de gemeenten werken we verder aan de aansluiting tussen onderwijs en "
                   "jeugdhulp, en met de roc's aan een soepele overstap naar het mbo. Het bureau blijft klein en "
                   "dicht bij de scholen georganiseerd."))
    B.append(("h1", "2 Kerngegevens"))
    B.append(("p", "Lingestroom telt elf scholen voor voortgezet onderwijs op zeventien locaties, waaronder twee "
                   "scholen voor praktijkonderwijs en een vso-school (cluster 4) met een afdeling in Asperbeek. Op "
                   "1 oktober 2025 volgden 9.410 leerlingen voortgezet onderwijs in de regio, van wie 1.120 met "
                   "leerwegondersteuning, 402 in het praktijkonderwijs en 318 in het vso."))
    B.append(("table", [["Onderwijstype", "Leerlingen 1-10-2023", "1-10-2024", "1-10-2025"],
                        ["vmbo (incl. lwoo)", "3.880", "3.845", "3.790"],
                        ["havo/vwo", "4.950", "4.930", "4.900"],
                        ["praktijkonderwijs", "391", "398", "402"],
                        ["vso (uit de regio)", "305", "311", "318"]]))
    B.append(("h1", "3 Visie"))
    B += visie(c)
    B.append(("h2", "3.1 Landelijke ontwikkelingen"))
    B += landelijk(c, parents=False)
    B.append(("h1", "4 Basisondersteuning"))
    B.append(("p", "Basisondersteuning is in Lingestroom het afgesproken minimum aan ondersteuning dat elke "
                   "vo-school, op elke locatie, aan iedere leerling biedt. Het bestuur heeft deze ondergrens op "
                   "5 november 2025 vastgesteld. Alle scholen voldoen op dit moment aan dit niveau; het gaat dus om "
                   "een gegarandeerde basis en niet om een streven."))
    B.append(("p", "Concreet biedt elke school: een zorgcoördinator en een ondersteuningsteam dat minimaal "
                   "tweewekelijks bijeenkomt; een mentor per klas met een vast mentoruur; begeleiding bij dyslexie "
                   "en dyscalculie met compenserende en dispenserende maatregelen; een aanbod voor faalangstreductie "
                   "en sociale vaardigheden; een trajectvoorziening of time-outruimte met vaste begeleiding; "
                   "huiswerkbegeleiding in het eigen gebouw; afspraken met de jeugdarts en een "
                   "schoolmaatschappelijk werker; en een protocol voor een warme overdracht van po naar vo."))
    B.append(("p", "Scholen leggen hun invulling vast in het schoolplan. Het samenwerkingsverband toetst dit "
                   "tweejaarlijks in een audit door twee zorgcoördinatoren van andere scholen."))
    B.append(("h1", "5 Van extra ondersteuning tot vso"))
    B.append(("p", "Ons aanbod is opgebouwd als een doorlopende keten. Na de basisondersteuning volgt de extra "
                   "ondersteuning die scholen zelf organiseren met het budget lichte ondersteuning, zoals een "
                   "rebound-plek binnen de school of een kleine klas. Voor leerlingen die tijdelijk meer nodig "
                   "hebben, is er het orthopedagogisch-didactisch centrum (OPDC) De Overstap, waar leerlingen "
                   "maximaal één jaar verblijven met behoud van inschrijving op hun eigen school. Daarnaast zijn er "
                   "de leerwegondersteuning in het vmbo, het praktijkonderwijs en ten slotte het vso. Met de vso-school "
                   "hebben twee reguliere scholen een symbiose-afspraak, zodat leerlingen deels op de ene en deels op "
                   "de andere school les volgen."))
    B.append(("p", "Waar het aanbod tekortschiet, grijpen we in. Iedere leerling die langer dan twee weken niet "
                   "naar school gaat, wordt door de school binnen drie werkdagen gemeld bij het samenwerkingsverband "
                   "en leerplicht. De Thuiszitterstafel, met de leerplichtambtenaar, een jeugdconsulent en een "
                   "adviseur van het samenwerkingsverband, stelt binnen twee weken een plan op met een concrete plek. "
                   "Wanneer een schoolbestuur binnen twaalf weken geen plek vindt, neemt de directeur-bestuurder de "
                   "regie over en kan hij een school verzoeken een leerling tijdelijk te plaatsen. Eén keer per jaar "
                   "analyseren we de casussen van de Thuiszitterstafel op patronen. Zo is in 2025 een extra groep "
                   "voor leerlingen met angstproblematiek gestart."))
    B.append(("h1", "6 Toelaatbaarheid vso, lwoo en pro"))
    B.append(("p", "Voor een plaatsing in het vso, voor leerwegondersteuning en voor het praktijkonderwijs is een "
                   "besluit van het samenwerkingsverband nodig. De school waar de leerling is aangemeld of "
                   "ingeschreven, dient de aanvraag in bij de Commissie Toewijzing via het digitale loket. Aanvragen "
                   "voor lwoo en pro voor nieuwe brugklassers moeten vóór 1 maart binnen zijn, zodat het besluit vóór "
                   "1 april kan worden genomen. Een aanvraag voor het vso kan het hele jaar door worden ingediend; de "
                   "commissie besluit binnen zes weken. Bij een aanvraag voor het vso adviseren twee deskundigen – "
                   "een orthopedagoog of psycholoog en een tweede deskundige – ieder afzonderlijk. Het bestuur neemt "
                   "het besluit op voorstel van de commissie. Tegen een besluit kan bezwaar worden gemaakt bij het "
                   "bestuur, dat daarover advies vraagt aan de Landelijke Bezwaaradviescommissie."))
    B.append(("p", "De inhoudelijke criteria voor toelaatbaarheid tot het vso worden momenteel herijkt in "
                   "samenwerking met de vso-school en worden in de loop van het schooljaar 2026–2027 vastgesteld. Tot "
                   "dat moment weegt de commissie iedere aanvraag op maat."))
    B.append(("h1", "7 Overstappen en doorstromen"))
    B.append(("p", "Overstappen hoort bij het voortgezet onderwijs. In dit hoofdstuk beschrijven we de overstap van "
                   "po naar vo, de overstap tussen scholen en de terugkeer uit het vso naar het regulier voortgezet "
                   "onderwijs."))
    B.append(("h2", "7.1 Van po naar vo"))
    B.append(("p", "Basisscholen en vo-scholen hanteren een gezamenlijke kalender voor aanmelding en overdracht. "
                   "Leerlingen die extra ondersteuning nodig hebben, worden in januari besproken in een warm "
                   "overdrachtsgesprek."))
    B.append(("h2", "7.2 Terug naar het regulier"))
    B.append(("p", "Het vso is voor veel leerlingen de juiste plek, maar niet altijd voor de hele schoolloopbaan. "
                   "Ons beleid is dat voor iedere vso-leerling aan het eind van elk schooljaar wordt bekeken of een "
                   "overstap naar het regulier voortgezet onderwijs, eventueel via het OPDC, haalbaar is. Voorwaarden "
                   "zijn dat de leerling en ouders de overstap willen, dat de vso-school de leerling er klaar voor "
                   "acht en dat een reguliere school de benodigde ondersteuning kan bieden. Na de overstap houdt de "
                   "vso-school een jaar lang een coach beschikbaar voor de leerling en de mentor."))
    B.append(("p", "De procedure: in het laatste jaar van de TLV stelt de vso-school vóór 1 maart een "
                   "evaluatieverslag op. Is verlenging nodig, dan vraagt zij een nieuwe TLV aan bij de Commissie "
                   "Toewijzing. Is terugkeer mogelijk, dan start de commissie samen met de vso-school een "
                   "overstaptraject met een reguliere school naar keuze; de commissie besluit over de overstap en "
                   "de school van ontvangst ontvangt een budget van € 4.000 voor het eerste jaar. Na drie en negen "
                   "maanden volgt een evaluatie met alle betrokkenen."))
    B.append(("h2", "7.3 Van vo naar mbo en arbeidsmarkt"))
    B += vo_mbo(c)
    B.append(("h1", "8 Resultaten en kwaliteit"))
    B.append(("p", "Het samenwerkingsverband werkt met een kwaliteitscyclus. Ieder kwartaal stelt het bureau een "
                   "monitor op met kerngegevens: het aantal aanvragen en besluiten per voorziening, het aantal "
                   "thuiszitters en de duur van het thuiszitten, de bezetting van het OPDC, de terugkeer vanuit vso "
                   "en OPDC, en de doorlooptijden van de Commissie Toewijzing. De monitor wordt besproken met de "
                   "schoolleiders en het bestuur. Eens per jaar evalueren we met de OPR en de gemeenten wat de "
                   "cijfers betekenen, en in het jaarverslag rapporteren we de bereikte aantallen en de "
                   "ontwikkeling ten opzichte van voorgaande jaren."))
    B.append(("p", "De beoogde resultaten voor leerlingen met een ondersteuningsbehoefte formuleren we nadat in "
                   "2026–2027 een nulmeting is gedaan. Tot die tijd gebruiken wij de monitor als spiegel en niet als "
                   "meetlat."))
    B.append(("h1", "9 Financiën"))
    B.append(("p", "Het samenwerkingsverband ontvangt in 2026 ruim € 12,9 miljoen aan middelen voor lichte en zware "
                   "ondersteuning en voor lwoo en pro. Het huidige verdeelmodel wordt in 2026 herzien; het nieuwe "
                   "model volgt in een voortgangsparagraaf bij dit plan, na instemming van de OPR."))
    B.append(("table", [["Meerjarenbegroting (x € 1.000)", "2026", "2027", "2028", "2029"],
                        ["Baten ondersteuning, lwoo en pro", "12.940", "12.820", "12.700", "12.610"],
                        ["Afdracht vso (DUO)", "5.120", "5.090", "5.060", "5.040"],
                        ["Lwoo en pro naar scholen", "4.310", "4.260", "4.220", "4.190"],
                        ["Budget lichte ondersteuning scholen", "1.480", "1.470", "1.450", "1.440"],
                        ["OPDC De Overstap", "1.150", "1.150", "1.160", "1.160"],
                        ["Thuiszitterstafel en maatwerk", "240", "240", "230", "230"],
                        ["Terugkeerbudgetten", "60", "60", "60", "60"],
                        ["Bureau", "690", "700", "710", "720"],
                        ["Saldo", "-110", "-150", "-190", "-230"]]))
    B.append(("p", "Het negatieve saldo wordt gedekt uit de reserve, die hiermee eind 2029 onder de "
                   "signaleringswaarde uitkomt."))
    B.append(("h1", "10 Samenwerking met gemeenten"))
    B += oogo_substantive(c)
    B.append(("h1", "11 Organisatie en medezeggenschap"))
    B += governance(c, opr_parents=False)
    B.append(("h1", "12 Personeel en privacy"))
    B += personeel(c)
    B += bureau(c)
    B += privacy(c, parent_login=False)
    label = dict(
        sector="vo",
        elements=dict(basisondersteuning="present", plaatsing="partial", terugstroom="present",
                      financien="partial", **{"dekkend-aanbod": "present"}, resultaten="partial", ouders="missing"),
        false={"plaatsing.criteria", "financien.verdeling", "resultaten.doelen",
               "ouders.informatie", "ouders.steunpunt"},
        advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "bezwaar"],
                  "terugstroom": ["monitoring"], "financien": ["reserves"],
                  "dekkend-aanbod": ["ketenpartners"]},
        notes={"basisondersteuning": "Ch.4: agreed minimum per locatie (5-11-2025) and a concrete list; audit = borging.",
               "plaatsing": "Ch.6: who applies, Commissie Toewijzing, deadlines, deskundigen, bezwaar; vso criteria deferred to 2026-2027, 'op maat'.",
               "terugstroom": "Inside 7.2 'Terug naar het regulier' of ch.7 'Overstappen en doorstromen': policy, conditions, steps, coach; monitor counts terugkeer.",
               "financien": "Ch.9: meerjarenbegroting table with amounts; verdeelmodel is being revised and 'volgt' in a voortgangsparagraaf.",
               "dekkend-aanbod": "Ch.5: keten basis -> extra -> OPDC -> lwoo/pro -> vso; Thuiszitterstafel, 12-week regie, yearly pattern analysis.",
               "resultaten": "Ch.8: quarterly monitor, yearly evaluation, jaarverslag; beoogde resultaten deferred until after a 2026-2027 nulmeting.",
               "ouders": "No informing or steunpunt; TOC line points to ch.11, which only covers OPR governance without a parent role; passing mentions only."},
    )
    return "holdout228-vo-lingestroom", B, "Ondersteuningsplan 2026–2030 – SWV VO Lingestroom", label


# ----------------------------------------------------------------------------------------------
# Near miss - school-level ondersteuningsplan of a basisschool (.docx)
# ----------------------------------------------------------------------------------------------

def nearmiss():
    B = []
    B.append(("title", ["Ondersteuningsplan 2025–2026",
                        "IKC De Wilgenhoek – openbare basisschool en kinderopvang",
                        "Onderdeel van Stichting Openbaar Onderwijs Kempenkind, aangesloten bij samenwerkingsverband PO De Kempenrand"]))
    B.append(("toc", ["1 Inleiding", "2 Onze leerlingen", "3 Basisondersteuning op De Wilgenhoek",
                      "4 De ondersteuningsniveaus", "5 Groepsbesprekingen en leerlingbesprekingen",
                      "6 Extra ondersteuning en arrangementen", "7 Verwijzing naar sbo en so",
                      "8 Terugkeer uit het sbo", "9 Middelen en formatie", "10 Ouders",
                      "11 Resultaten en opbrengsten", "12 Jaarplanning zorg"]))
    B.append(("h1", "1 Inleiding"))
    B.append(("p", "Dit ondersteuningsplan beschrijft hoe wij op IKC De Wilgenhoek de ondersteuning aan onze "
                   "leerlingen organiseren. Het plan is bedoeld voor het team, de medezeggenschapsraad en "
                   "belangstellende ouders. Het is afgeleid van het ondersteuningsplan van het samenwerkingsverband "
                   "De Kempenrand en van ons schoolondersteuningsprofiel. Het plan wordt ieder schooljaar door de "
                   "intern begeleider en de directeur geactualiseerd en door de MR besproken."))
    B.append(("p", "De Wilgenhoek is een openbare basisschool met 214 leerlingen in negen groepen, met een "
                   "peuteropvang en buitenschoolse opvang in hetzelfde gebouw. Het team bestaat uit zeventien "
                   "leerkrachten, twee onderwijsassistenten, een intern begeleider (0,6 fte) en een directeur."))
    B.append(("h1", "2 Onze leerlingen"))
    B.append(("p", "Onze leerlingpopulatie is gemengd. Ongeveer 18% van de leerlingen heeft een gewicht in de "
                   "achterstandsregeling. Elf leerlingen hebben een ontwikkelingsperspectief (OPP). Drie leerlingen "
                   "hebben een arrangement van het samenwerkingsverband. Twee leerlingen zijn vorig jaar verwezen "
                   "naar het speciaal basisonderwijs."))
    B.append(("h1", "3 Basisondersteuning op De Wilgenhoek"))
    B.append(("p", "Onze school biedt de basisondersteuning zoals afgesproken in het samenwerkingsverband. Op De "
                   "Wilgenhoek betekent dat: handelingsgericht werken met groepsplannen in drie instructieniveaus, "
                   "het dyslexieprotocol, een leesverbeterplan voor groep 3 tot en met 5, de Kanjertraining als "
                   "methode voor sociaal-emotionele ontwikkeling, een plusklas op woensdagochtend en een "
                   "taalklasje voor nieuwkomers op dinsdag- en donderdagmiddag."))
    B.append(("h1", "4 De ondersteuningsniveaus"))
    B.append(("p", "Wij werken met vijf ondersteuningsniveaus (zorgniveaus). Op niveau 1 is sprake van goed "
                   "onderwijs in de groep door de leerkracht. Op niveau 2 krijgt een leerling extra instructie of "
                   "begeleiding in de groep. Op niveau 3 wordt de intern begeleider ingeschakeld en wordt een "
                   "handelingsplan opgesteld. Op niveau 4 wordt externe expertise ingezet, bijvoorbeeld via de "
                   "ondersteuningsadviseur van het samenwerkingsverband. Op niveau 5 wordt, na bespreking in het "
                   "ondersteuningsteam, een arrangement of een verwijzing overwogen."))
    B.append(("table", [["Niveau", "Wie", "Vastlegging"],
                        ["1 Algemene zorg", "Leerkracht", "Groepsoverzicht"],
                        ["2 Extra zorg in de groep", "Leerkracht", "Groepsplan"],
                        ["3 Speciale zorg na intern overleg", "Leerkracht en IB", "Handelingsplan"],
                        ["4 Speciale zorg na extern onderzoek", "IB en externe deskundige", "Handelingsplan en verslag"],
                        ["5 Arrangement of verwijzing", "Ondersteuningsteam", "OPP"]]))
    B.append(("h1", "5 Groepsbesprekingen en leerlingbesprekingen"))
    B.append(("p", "Drie keer per jaar (oktober, februari en juni) voert de intern begeleider met iedere leerkracht "
                   "een groepsbespreking. Daarin worden de resultaten van de methodeonafhankelijke toetsen, het "
                   "welbevinden en de aanpak per leerling besproken. Leerlingen over wie zorgen bestaan, worden "
                   "aangemeld voor een leerlingbespreking. Zes keer per jaar komt het ondersteuningsteam bijeen met "
                   "de intern begeleider, de directeur, de schoolmaatschappelijk werker, de jeugdverpleegkundige en "
                   "op afroep de ondersteuningsadviseur van het samenwerkingsverband. Ouders worden altijd "
                   "uitgenodigd wanneer hun kind wordt besproken."))
    B.append(("p", "De leerkrachten houden de ontwikkeling bij in het leerlingvolgsysteem. Twee keer per jaar maakt "
                   "de intern begeleider een trendanalyse per groep en per vakgebied, die in het team wordt "
                   "besproken. Op basis daarvan worden de groepsplannen bijgesteld."))
    B.append(("h1", "6 Extra ondersteuning en arrangementen"))
    B.append(("p", "Wanneer de ondersteuning op niveau 1 tot en met 4 onvoldoende is, kan de school extra "
                   "ondersteuning inzetten uit het schoolbudget van het bestuur, of een arrangement aanvragen bij "
                   "het samenwerkingsverband. De aanvraag stelt de intern begeleider op, samen met ouders. Een "
                   "arrangement duurt meestal een half jaar tot een jaar en wordt geëvalueerd met ouders en de "
                   "ondersteuningsadviseur."))
    B.append(("h1", "7 Verwijzing naar sbo en so"))
    B.append(("p", "Als ook met een arrangement onvoldoende ontwikkeling mogelijk is, bespreken wij met ouders of een "
                   "plek in het speciaal basisonderwijs of speciaal onderwijs beter past. Het schoolbestuur vraagt "
                   "dan een toelaatbaarheidsverklaring aan bij het samenwerkingsverband. De procedure en criteria "
                   "daarvoor staan in het TLV-reglement van het samenwerkingsverband. De intern begeleider "
                   "begeleidt ouders tijdens de aanvraag en bij een bezoek aan de sbo- of so-school."))
    B.append(("h1", "8 Terugkeer uit het sbo"))
    B.append(("p", "Wij staan open voor leerlingen die vanuit het sbo of so willen terugkeren. Wanneer een sbo-school "
                   "ons benadert, voeren wij een intakegesprek met ouders en de sbo-school en bekijken wij of wij de "
                   "benodigde ondersteuning kunnen bieden. In de afgelopen drie jaar zijn twee leerlingen vanuit het "
                   "sbo naar De Wilgenhoek gekomen."))
    B.append(("h1", "9 Middelen en formatie"))
    B.append(("p", "De school ontvangt van het bestuur een deel van het schoolbudget passend onderwijs van het "
                   "samenwerkingsverband. Voor 2025–2026 is dat € 71.000. Daarvan betalen wij de uitbreiding van de "
                   "intern begeleider met 0,2 fte, een onderwijsassistent voor 0,5 fte en de plusklas. De "
                   "werkdrukmiddelen en de middelen uit het Nationaal Programma Onderwijs zijn niet in dit bedrag "
                   "opgenomen."))
    B.append(("table", [["Inzet", "Bedrag 2025–2026"],
                        ["Extra IB-uren (0,2 fte)", "€ 19.500"],
                        ["Onderwijsassistent (0,5 fte)", "€ 27.000"],
                        ["Plusklas (leerkracht 4 uur per week)", "€ 12.500"],
                        ["Scholing team (gedrag)", "€ 8.000"],
                        ["Materialen en toetsen", "€ 4.000"]]))
    B.append(("h1", "10 Ouders"))
    B.append(("p", "Ouders zijn onze partners. Bij zorgen over een kind neemt de leerkracht binnen een week contact "
                   "op met ouders. Ouders tekenen voor akkoord bij een OPP en worden bij elke evaluatie uitgenodigd. "
                   "In de schoolgids en op de website van de school staat hoe de ondersteuning op school is "
                   "georganiseerd. Ouders die vragen hebben over passend onderwijs of het niet eens zijn met de "
                   "school, kunnen terecht bij de intern begeleider, de directeur of de vertrouwenspersoon van het "
                   "bestuur. Daarnaast kunnen zij contact opnemen met de onderwijsconsulenten of het ouder- en "
                   "jeugdsteunpunt in de regio."))
    B.append(("h1", "11 Resultaten en opbrengsten"))
    B.append(("p", "De eindresultaten van groep 8 lagen in 2025 boven de signaleringswaarde van de inspectie: 96% van "
                   "de leerlingen behaalde 1F voor lezen en rekenen, 61% behaalde 2F/1S. Voor 2026 is ons doel dat "
                   "ten minste 65% het streefniveau behaalt. Leerlingen met een OPP volgen wij twee keer per jaar op "
                   "hun eigen leerlijn."))
    B.append(("h1", "12 Jaarplanning zorg"))
    B.append(("table", [["Maand", "Activiteit"],
                        ["september", "Overdracht groepen, opstellen groepsplannen"],
                        ["oktober", "Groepsbesprekingen ronde 1"],
                        ["januari/februari", "Midden-toetsen, trendanalyse, groepsbesprekingen ronde 2"],
                        ["maart", "Evaluatie OPP's met ouders"],
                        ["juni", "Eind-toetsen, groepsbesprekingen ronde 3, overdracht"]]))
    label = dict(
        sector="po",
        notes={"document": "School-level ondersteuningsplan (zorgplan) of one basisschool (IKC De Wilgenhoek): zorgniveaus, "
                           "groepsbesprekingen, school budget and opbrengsten; it refers to the SWV plan and TLV-reglement "
                           "but is not the ondersteuningsplan of a samenwerkingsverband (no verband-wide decisions, OPR, OOGO, planperiode of the SWV)."},
    )
    return "holdout228-nearmiss-ikc-wilgenhoek-schoolplan", B, "IKC De Wilgenhoek – Ondersteuningsplan 2025–2026", label


# ----------------------------------------------------------------------------------------------
# Labels
# ----------------------------------------------------------------------------------------------

CORE = ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure", "plaatsing.criteria",
        "terugstroom.procedure", "terugstroom.beleid", "financien.verdeling", "financien.besteding",
        "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "resultaten.doelen", "resultaten.monitoring",
        "ouders.informatie", "ouders.steunpunt"]
ELEMENTS = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod", "resultaten", "ouders"]


def q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_label(path, docs, label, plan=True):
    lines = ["documents: [" + ", ".join(docs) + "]", f"sector: {label['sector']}"]
    if not plan:
        lines += ["looks_like_plan: false", "elements: {}", "criteria: {}", "notes:"]
        for k, v in label["notes"].items():
            lines.append(f"  {k}: {q(v)}")
    else:
        el = label["elements"]
        # consistency check of the status rule
        for e in ELEMENTS:
            crits = [c for c in CORE if c.startswith(e + ".")]
            n_false = sum(c in label["false"] for c in crits)
            has_adv = bool(label["advisory"].get(e))
            if n_false == 0:
                exp = "present"
            elif n_false < len(crits) or has_adv:
                exp = "partial"
            else:
                exp = "missing"
            assert el[e] == exp, (path.name, e, el[e], exp)
        lines.append("looks_like_plan: true")
        lines.append("elements: {" + ", ".join(f"{e}: {el[e]}" for e in ELEMENTS) + "}")
        lines.append("criteria:")
        for c in CORE:
            lines.append(f"  {c}: {'false' if c in label['false'] else 'true'}")
        lines.append("advisory_addressed:")
        for e in ELEMENTS:
            if label["advisory"].get(e):
                lines.append(f"  {e}: [" + ", ".join(label["advisory"][e]) + "]")
        lines.append("notes:")
        for e in ELEMENTS:
            lines.append(f"  {e}: {q(label['notes'][e])}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main():
    jobs = [(plan1, "docx"), (plan2, "docx"), (plan3, "pdf"), (plan4, "pdf"), (plan5, "html"), (nearmiss, "docx")]
    renderers = {"docx": render_docx, "pdf": render_pdf, "html": render_html}
    for fn, fmt in jobs:
        name, blocks, header, label = fn()
        doc = OUT / f"{name}.{fmt}"
        footer = "Passend onderwijs · " + header
        renderers[fmt](blocks, doc, header, footer)
        write_label(OUT / f"{name}.expected.yaml", [doc.name], label, plan=(fn is not nearmiss))
        print(f"{doc.name}: {word_count(blocks)} words")


if __name__ == "__main__":
    main()
