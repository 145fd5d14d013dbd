#!/usr/bin/env python3
"""Generate the holdout289 test set: five fictional ondersteuningsplannen (VO-heavy, one PO)
and one near-miss document (a school-level ondersteuningsplan / SOP of a VO school).

Deterministic, no network. Output goes to the folder above this script's folder.
PDFs are rendered from a temporary .docx with LibreOffice (soffice --headless).
"""
import datetime
import html
import os
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

from docx import Document
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent
FIXED_DT = datetime.datetime(2025, 11, 3, 9, 0, 0)


# ----------------------------------------------------------------------------------------------
# block model: list of (kind, payload)
#   ('title', str) ('sub', str) ('h1', str) ('h2', str) ('p', str) ('ul', [str]) ('ol', [str])
#   ('table', [[str]]) ('toc', [str]) ('pb', None)
# ----------------------------------------------------------------------------------------------

def normalize_zip(path):
    """Rewrite a .docx with fixed timestamps so repeated runs give identical bytes."""
    tmp = path.with_suffix(path.suffix + ".h289tmp")
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in sorted(zin.namelist()):
            info = zipfile.ZipInfo(name, date_time=(2025, 11, 3, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, zin.read(name))
    os.replace(tmp, path)


def write_docx(blocks, path, header=None, footer=None):
    doc = Document()
    cp = doc.core_properties
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.author = "samenwerkingsverband"
    cp.revision = 1
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
            doc.add_heading(val, level=0)
        elif kind == "sub":
            p = doc.add_paragraph(val)
            p.runs[0].italic = True
        elif kind == "h1":
            doc.add_heading(val, level=1)
        elif kind == "h2":
            doc.add_heading(val, level=2)
        elif kind == "p":
            doc.add_paragraph(val)
        elif kind == "ul":
            for it in val:
                doc.add_paragraph(it, style="List Bullet")
        elif kind == "ol":
            for it in val:
                doc.add_paragraph(it, style="List Number")
        elif kind == "toc":
            doc.add_paragraph("Inhoudsopgave").runs[0].bold = True
            for it in val:
                doc.add_paragraph(it)
        elif kind == "table":
            t = doc.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for r, row in enumerate(val):
                for c, cell in enumerate(row):
                    t.cell(r, c).text = cell
                    if r == 0:
                        for run in t.cell(r, c).paragraphs[0].runs:
                            run.bold = True
            doc.add_paragraph("")
        elif kind == "pb":
            doc.add_page_break()
        else:
            raise ValueError(kind)
    doc.save(str(path))
    normalize_zip(path)


def write_html(blocks, path, title):
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           f"<title>{e(title)}</title>", "</head>", "<body>",
           '<header class="site"><p>Home | Over ons | Ondersteuning | Toelaatbaarheid | Ouders | Contact</p></header>',
           "<main>"]
    hcount = 0
    for kind, val in blocks:
        if kind == "title":
            out.append(f"<h1>{e(val)}</h1>")
        elif kind == "sub":
            out.append(f'<p class="lead"><em>{e(val)}</em></p>')
        elif kind == "h1":
            hcount += 1
            out.append(f'<h2 id="h{hcount}">{e(val)}</h2>')
        elif kind == "h2":
            out.append(f"<h3>{e(val)}</h3>")
        elif kind == "p":
            out.append(f"<p>{e(val)}</p>")
        elif kind in ("ul", "ol"):
            out.append(f"<{kind}>" + "".join(f"<li>{e(i)}</li>" for i in val) + f"</{kind}>")
        elif kind == "toc":
            out.append('<nav class="toc"><p><strong>Inhoud</strong></p><ul>'
                       + "".join(f"<li>{e(i)}</li>" for i in val) + "</ul></nav>")
        elif kind == "table":
            rows = []
            for r, row in enumerate(val):
                tag = "th" if r == 0 else "td"
                rows.append("<tr>" + "".join(f"<{tag}>{e(c)}</{tag}>" for c in row) + "</tr>")
            out.append("<table border=\"1\">" + "".join(rows) + "</table>")
        elif kind == "pb":
            out.append("<hr>")
    out += ["</main>",
            '<footer class="site"><p>Cookies | Privacyverklaring | Toegankelijkheid | Nieuwsbrief voor ouders</p></footer>',
            "</body>", "</html>"]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def docx_to_pdf(blocks, pdf_path, header=None, footer=None):
    work = Path(tempfile.mkdtemp(prefix="holdout289_render_"))
    try:
        src = work / (pdf_path.stem + ".docx")
        write_docx(blocks, src, header=header, footer=footer)
        profile = work / "lo_profile"
        cmd = ["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
               "--convert-to", "pdf", "--outdir", str(work), str(src)]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
        shutil.move(str(work / (pdf_path.stem + ".pdf")), str(pdf_path))
    finally:
        shutil.rmtree(work, ignore_errors=True)


def words(blocks):
    n = 0
    for kind, val in blocks:
        if isinstance(val, str):
            n += len(val.split())
        elif isinstance(val, list):
            for it in val:
                if isinstance(it, list):
                    n += sum(len(c.split()) for c in it)
                else:
                    n += len(it.split())
    return n


# ----------------------------------------------------------------------------------------------
# shared filler: chapters every plan has, parameterised so they never address a core criterion
# ----------------------------------------------------------------------------------------------

def voorwoord(p):
    return [
        ("h1", "Voorwoord"),
        ("p", f"Voor u ligt het ondersteuningsplan {p['period']} van {p['name']}. Dit plan is het resultaat van "
              f"een jaar lang gesprekken met {p.get('staff', 'schoolleiders, ondersteuningscoördinatoren, mentoren')}, "
              f"ouders, leerlingen, gemeenten en partners in de jeugdhulp. Wij hebben geprobeerd het plan "
              f"compacter en leesbaarder te maken dan het vorige, zonder de afspraken die ertoe doen uit het "
              f"oog te verliezen."),
        ("p", f"Passend onderwijs is geen project meer, maar de gewone praktijk van alledag op de "
              f"{p['n_scholen']} scholen van ons verband. Tegelijk merken we dat de druk toeneemt: het lerarentekort, "
              f"de wachttijden in de jeugdzorg en de toename van leerlingen met complexe vragen vragen veel van "
              f"onze mensen. In dit plan kiezen we daarom voor focus. We doen minder dingen, maar die doen we "
              f"samen en goed."),
        ("p", f"Ik dank iedereen die heeft meegedacht, in het bijzonder de leden van de ondersteuningsplanraad, "
              f"die het concept kritisch en constructief hebben gelezen, en de wethouders van "
              f"{', '.join(p['gemeenten'][:-1])} en {p['gemeenten'][-1]}. Wij kijken uit naar de uitvoering."),
        ("p", f"{p['director']}, {p['director_title']}"),
    ]


def inleiding(p, extra=""):
    return [
        ("h1", "Inleiding en leeswijzer"),
        ("p", f"Ieder samenwerkingsverband stelt ten minste eens in de vier jaar een ondersteuningsplan vast. "
              f"Het plan beschrijft hoe de aangesloten schoolbesturen samen zorgen voor passend onderwijs "
              f"voor alle leerlingen in de regio. Dit plan geldt voor de schooljaren {p['period_long']}. Het "
              f"vervangt het plan van de vorige periode en de tussentijdse wijzigingen daarop."),
        ("p", "In de hoofdstukken die volgen beschrijven we eerst de context van ons verband en onze koers. "
              "Daarna volgen de inhoudelijke hoofdstukken. We sluiten af met de organisatie, de "
              "medezeggenschap, de samenwerking met gemeenten en de planning. Achter in het plan vindt u "
              "een begrippenlijst en een lijst met afkortingen." + extra),
        ("p", "Het plan beschrijft op hoofdlijnen wat we met elkaar hebben afgesproken. De uitwerking per "
              "jaar staat in het jaarplan en de jaarbegroting. De scholen maken in hun eigen beleid zichtbaar "
              "hoe zij de afspraken uit dit plan op hun school vormgeven."),
    ]


def regio(p):
    rows = [["Gemeente", "Aantal scholen / vestigingen", "Leerlingen (1 oktober 2024)"]]
    for g, s, n in p["regio_rows"]:
        rows.append([g, s, n])
    return [
        ("h1", "Ons samenwerkingsverband"),
        ("p", f"{p['name']} ({p['code']}) is een {p['legal_form']} waarin {p['n_besturen']} schoolbesturen "
              f"samenwerken. Het verband omvat de gemeenten {', '.join(p['gemeenten'])}. In totaal gaat het om "
              f"{p['n_scholen']} scholen met samen ongeveer {p['n_leerlingen']} leerlingen."),
        ("p", p["regio_text"]),
        ("table", rows),
        ("p", "De leerlingaantallen in de regio dalen de komende jaren licht. Vooral in de kleinere kernen "
              "staan scholen onder druk. De besturen werken daarom samen in een regionale visie op het "
              "onderwijsaanbod, die buiten dit plan valt maar er wel invloed op heeft."),
    ]


def visie(p):
    return [
        ("h1", "Missie, visie en koers"),
        ("p", f"Onze missie is kort: {p['missie']} Daarbij gaan we uit van wat een leerling nodig heeft, niet "
              f"van wat een label of een diagnose voorschrijft. " + p.get('visie_extra', "Ouders en leerlingen zijn daarbij "
              "gesprekspartner, en scholen en partners werken vanuit vertrouwen samen.")),
        ("p", f"Onze visie rust op drie waarden: {p['waarden']}. Nabijheid betekent dat we ondersteuning zo "
              f"dicht mogelijk bij de klas organiseren. Vakmanschap betekent dat we investeren in de "
              f"deskundigheid van {p.get('staff2', 'docenten en mentoren')}. Vertrouwen betekent dat we zo min mogelijk bureaucratie "
              f"organiseren en de professional ruimte geven."),
        ("p", "Voor de komende planperiode kiezen we drie koersuitspraken. Ten eerste: de school is de plek "
              "waar ondersteuning begint. Ten tweede: we organiseren expertise zo dat die snel en zonder "
              "formulieren beschikbaar is. Ten derde: we werken samen met gemeenten en jeugdhulp vanuit één "
              "gezamenlijke opdracht. Deze koers is richtinggevend; de concrete afspraken staan in de "
              "volgende hoofdstukken."),
    ]


def governance(p, with_finance=True):
    b = [
        ("h1", "Organisatie en governance"),
        ("p", f"{p['name']} is een {p['legal_form']}. {p['gov_text']} De scheiding tussen bestuur en intern "
              f"toezicht is vastgelegd in de statuten en in het bestuursreglement. De code goed bestuur van de "
              f"sectorraad is van toepassing."),
        ("p", f"Het bureau van het samenwerkingsverband is gevestigd in {p['gemeenten'][0]}. Op het bureau "
              f"werken {p['fte_bureau']} fte, onder wie consulenten, orthopedagogen, een beleidsmedewerker, een "
              f"controller en ondersteuning voor de secretariaten. De directeur stuurt het bureau aan."),
        ("p", "Drie keer per jaar komen de schoolleiders bijeen in het directeurenoverleg. Daar worden "
              f"beleidsvoorstellen voorbereid en ervaringen uitgewisseld. De {p.get('coord', 'ondersteuningscoördinatoren')} "
              "hebben een eigen netwerk dat zes keer per jaar bijeenkomt."),
    ]
    if with_finance:
        b.append(("p", "De jaarrekening wordt gecontroleerd door een onafhankelijke accountant. Het toezichthoudend "
                       "orgaan keurt de jaarrekening goed en benoemt de accountant."))
    return b


def opr(p):
    return [
        ("h1", "Medezeggenschap"),
        ("p", f"Het samenwerkingsverband heeft een ondersteuningsplanraad (OPR). {p['opr_comp']} De OPR heeft "
              f"instemmingsrecht op het ondersteuningsplan en op wijzigingen daarvan. Daarnaast heeft het "
              f"verband een eigen medezeggenschapsraad voor het personeel van het bureau."),
        ("p", f"De OPR heeft op {p['opr_date']} ingestemd met dit ondersteuningsplan. In de aanloop daarnaartoe "
              f"zijn drie themabijeenkomsten gehouden, waarin de OPR vroeg in het proces heeft meegedacht. "
              f"De OPR vergadert vier tot zes keer per jaar en ontvangt een vergoeding conform het reglement."),
    ]


def oogo(p, substantive=True):
    b = [("h1", "Samenwerking met gemeenten")]
    if substantive:
        b += [
            ("p", f"Het concept van dit plan is besproken in het op overeenstemming gericht overleg (OOGO) met de "
                  f"colleges van {', '.join(p['gemeenten'])} op {p['oogo_date']}. De gemeenten hebben laten weten "
                  f"zich te kunnen vinden in het plan. Tegelijk is gesproken over de jeugdplannen van de "
                  f"gemeenten."),
            ("p", "Gemeenten en samenwerkingsverband hebben een gezamenlijke agenda op vijf thema's: jeugdhulp in en "
                  "om de school, leerplicht en verzuim, leerlingenvervoer, onderwijshuisvesting en de aansluiting "
                  "op vervolgonderwijs en arbeidsmarkt. Per thema is een trekker aangewezen. Twee keer per jaar "
                  "vindt een bestuurlijk overleg plaats met de wethouders onderwijs en jeugd."),
            ("p", "Op iedere school is een vaste contactpersoon van het lokale team of wijkteam beschikbaar. "
                  "Deze schoolmaatschappelijk werker sluit aan bij het ondersteuningsteam van de school en kan "
                  "zonder verwijzing van de huisarts lichte jeugdhulp inzetten."),
        ]
    else:
        b += [("p", f"Het concept van dit plan is op {p['oogo_date']} in het op overeenstemming gericht overleg "
                    f"(OOGO) voorgelegd aan de colleges van burgemeester en wethouders van "
                    f"{', '.join(p['gemeenten'])}. Het verslag van dat overleg is opgenomen in het dossier van de "
                    f"vaststelling.")]
    return b


def personeel(p):
    return [
        ("h1", "Personeel en professionalisering"),
        ("p", "De kwaliteit van passend onderwijs staat of valt met de mensen in de school. Het "
              f"lerarentekort raakt ook onze scholen. " + p.get('vacatures', "Vacatures voor orthopedagogen, ambulant begeleiders en "
              "docenten met een tweedegraads bevoegdheid in de tekortvakken zijn moeilijk te vervullen.")),
        ("p", f"Het samenwerkingsverband organiseert jaarlijks een studiedag voor alle medewerkers in de "
              f"ondersteuning en een leergang voor nieuwe {p.get('coord', 'ondersteuningscoördinatoren')}. Daarnaast organiseren "
              f"we intervisie voor {p.get('staff2', 'docenten en mentoren')} op de scholen die daarom vragen. In de periode {p['period']} richten "
              f"we ons vooral op het omgaan met gedrag in de klas en op het werken met ontwikkelingsperspectieven."),
        ("p", "Het personeel van het bureau valt onder de cao van de sector. Medewerkers die vanuit de "
              "besturen worden gedetacheerd behouden hun rechtspositie bij het eigen bestuur. Bij de inzet van "
              "personeel houden we rekening met werkdruk en met de wens van medewerkers om hun expertise op "
              "meer dan één school in te zetten."),
    ]


def ict(p):
    return [
        ("h1", "ICT, privacy en gegevensbescherming"),
        ("p", p.get("ict_text", "Voor de aanvragen van arrangementen en toelaatbaarheidsverklaringen gebruikt "
              "het verband een beveiligde digitale omgeving. Scholen leveren dossiers alleen via deze omgeving aan. "
              "E-mail wordt niet gebruikt voor het uitwisselen van bijzondere persoonsgegevens.")),
        ("p", "Het samenwerkingsverband verwerkt persoonsgegevens van leerlingen voor zover dat nodig is voor "
              "zijn wettelijke taken. De functionaris gegevensbescherming houdt toezicht. Gegevens worden "
              "niet langer bewaard dan drie jaar na het besluit waarvoor ze zijn verwerkt. Het privacyreglement "
              "is vastgesteld door het bestuur."),
    ]


def planning(p):
    return [
        ("h1", "Totstandkoming en planning"),
        ("p", f"Dit plan is in {p['prep_year']} voorbereid in vier werkgroepen met vertegenwoordigers van alle "
              f"besturen. Het concept is besproken met de schoolleiders, de OPR en de gemeenten. Het bestuur heeft "
              f"het plan op {p['vaststelling']} vastgesteld, na instemming van de OPR en afronding van het OOGO. "
              f"Het plan is voor 1 mei bij de inspectie ingediend."),
        ("p", "Het plan wordt jaarlijks uitgewerkt in een jaarplan met een jaarbegroting. Wijzigingen in dit "
              "plan die de kern van de afspraken raken, leggen we opnieuw voor aan de OPR. De planning van de "
              "jaarlijkse cyclus staat hieronder."),
        ("table", [["Moment", "Activiteit"],
                   ["september", "start schooljaar, vaststellen jaarkalender"],
                   ["november", "concept jaarplan in directeurenoverleg"],
                   ["december", "vaststelling jaarbegroting"],
                   ["maart", "bestuurlijk overleg met gemeenten"],
                   ["juni", "jaarverslag en jaarrekening"]]),
    ]


def bedrijfsvoering(p):
    return [
        ("h1", "Bedrijfsvoering"),
        ("p", "De financiële en salarisadministratie is uitbesteed aan een administratiekantoor dat ook voor "
              "een aantal aangesloten besturen werkt. Het bureau werkt met een digitaal archief; papieren "
              "dossiers worden na digitalisering vernietigd volgens de selectielijst. Voor inkoop boven de "
              "Europese drempel volgt het verband de aanbestedingsregels."),
        ("p", "Het bureau is gehuisvest in een gedeeld kantoor met het samenwerkingsverband PO. Dat scheelt "
              "kosten en maakt het eenvoudiger om samen op te trekken bij de overstap van basisschool naar "
              "voortgezet onderwijs. Het gebouw is energiezuinig en goed bereikbaar met het openbaar vervoer. "
              "Medewerkers werken deels op de scholen en deels vanuit huis; twee dagen per week is er een "
              "vaste kantoordag voor overleg en teamontwikkeling. De bedrijfsvoering wordt eens per vier jaar "
              "doorgelicht door een externe partij; de laatste doorlichting leidde tot een nieuw "
              "documentmanagementsysteem en heldere afspraken over vervanging bij ziekte."),
    ]


def terugblik(p):
    return [
        ("h1", "Terugblik op de vorige planperiode"),
        ("p", "De vorige planperiode stond in het teken van de coronajaren en de nasleep daarvan. Veel energie "
              "ging naar het opvangen van leerlingen die door de schoolsluitingen achterstanden hadden opgelopen "
              "of zich niet meer thuis voelden op school. De scholen hebben in die jaren laten zien hoe wendbaar "
              "zij zijn."),
        ("p", "Organisatorisch is er veel veranderd. Het bureau is verhuisd naar een centrale locatie, de "
              "governance is aangepast aan de code goed bestuur en de ondersteuningsplanraad is vernieuwd. In "
              "een reeks gesprekken met schoolleiders en medewerkers is opgehaald wat goed ging en wat beter "
              "moet. De belangrijkste les: minder regels, meer vertrouwen, en korte lijnen tussen scholen en "
              "bureau. Die les is in dit plan verwerkt."),
    ]


def stem_leerling(p):
    return [
        ("h1", "De stem van de leerling"),
        ("p", "Jongeren weten zelf vaak het beste wat hen helpt. In de vorige periode hebben we een "
              "jongerenpanel opgericht met twaalf leerlingen uit verschillende schoolsoorten. Het panel komt vier "
              "keer per jaar bijeen en geeft het bestuur gevraagd en ongevraagd advies. Zo heeft het panel "
              "meegelezen met de teksten in dit plan en voorstellen gedaan om ze begrijpelijker te maken."),
        ("p", "Op de scholen worden leerlingen betrokken bij het opstellen en evalueren van hun "
              "ontwikkelingsperspectief. Leerlingen mogen hun mening geven over de doelen en de ondersteuning "
              "die zij krijgen, en die mening wordt in het OPP vastgelegd."),
    ]


def wettelijk_kader(p):
    po = p["sector"] == "po"
    art = "artikel 18a van de Wet op het primair onderwijs" if po else "artikel 17a van de Wet op het voortgezet onderwijs (thans de Wet voortgezet onderwijs 2020)"
    soort = "het speciaal basisonderwijs en het speciaal onderwijs" if po else "het voortgezet speciaal onderwijs, het praktijkonderwijs en het leerwegondersteunend onderwijs"
    return [
        ("h1", "Wettelijk kader"),
        ("p", f"De inhoud van het ondersteuningsplan is voorgeschreven in {art}. Het plan moet in elk geval "
              f"beschrijven hoe het samenwerkingsverband een samenhangend geheel van ondersteuningsvoorzieningen "
              f"realiseert, inclusief de basisondersteuning op alle vestigingen; de procedure en criteria voor de "
              f"verdeling, besteding en toewijzing van de ondersteuningsmiddelen, mede in het licht van een "
              f"meerjarenbegroting; de procedure en criteria voor toelaatbaarheid tot {soort}; de procedure en het "
              f"beleid voor terugplaatsing of overplaatsing; de beoogde en bereikte resultaten; en de wijze "
              f"waarop ouders worden geïnformeerd over de ondersteuningsvoorzieningen en over onafhankelijke "
              f"ondersteuningsmogelijkheden."),
        ("p", "Daarnaast bepaalt de wet dat het plan pas wordt vastgesteld na op overeenstemming gericht overleg "
              "met de gemeenten en overleg met het aangrenzende samenwerkingsverband, en na instemming van de "
              "ondersteuningsplanraad. Het plan wordt vóór 1 mei toegezonden aan de inspectie. Ook de Wet "
              "medezeggenschap op scholen, de Jeugdwet, de Leerplichtwet en de Algemene verordening "
              "gegevensbescherming zijn van belang."),
    ]


def vervoer_huisvesting(p):
    return [
        ("h1", "Leerlingenvervoer en onderwijshuisvesting"),
        ("p", "Leerlingenvervoer en onderwijshuisvesting zijn taken van de gemeenten. Iedere gemeente heeft een "
              "eigen verordening leerlingenvervoer, met eigen regels voor de afstand, de eigen bijdrage en de "
              "begeleiding in de bus of taxi. Het samenwerkingsverband heeft daarover geen zeggenschap en "
              "betaalt ook niet mee aan het vervoer."),
        ("p", "Voor de huisvesting van scholen stellen de gemeenten een integraal huisvestingsplan op. De "
              "besturen brengen daarin hun wensen in. De gebouwen waarin bovenschoolse voorzieningen zijn "
              "ondergebracht, vallen onder het bestuur van de school waar de voorziening is gehuisvest."),
    ]


def aansluiting(p):
    if p["sector"] == "po":
        return [
            ("h1", "De overstap naar het voortgezet onderwijs"),
            ("p", "De overstap naar het voortgezet onderwijs is een belangrijk moment. De basisscholen volgen de "
                  "regionale overstapkalender: het voorlopig schooladvies in groep 7, het definitief advies vóór "
                  "24 maart en de aanmelding bij de vo-school in de eerste helft van maart. Voor kinderen met een "
                  "ondersteuningsbehoefte vindt een warme overdracht plaats tussen intern begeleider en "
                  "ondersteuningscoördinator."),
            ("p", "Met het samenwerkingsverband VO in onze regio overleggen we twee keer per jaar over de "
                  "overstap, over de doorstroomtoets en over kinderen die extra aandacht nodig hebben. De "
                  "afspraken staan in het regionale overstapprotocol."),
        ]
    return [
        ("h1", "Aansluiting op vervolgonderwijs en arbeidsmarkt"),
        ("p", "Een goede aansluiting op het mbo en de arbeidsmarkt is voor veel van onze leerlingen net zo "
              "belangrijk als het diploma zelf. Voor leerlingen uit het praktijkonderwijs en het vso met het "
              "uitstroomprofiel arbeidsmarkt werken we samen met het regionale werkbedrijf, het UWV en "
              "werkgevers. Iedere leerling met dat profiel heeft in het laatste jaar een stageplaats en een "
              "uitstroomdossier."),
        ("p", "Voor leerlingen die doorstromen naar het mbo is er een regionaal overdrachtsprotocol. De "
              "loopbaanbegeleiders van de scholen en de studentbegeleiders van de mbo-instellingen ontmoeten "
              "elkaar jaarlijks." + (" Jongeren zonder startkwalificatie worden gevolgd door het regionaal meld- en "
              "coördinatiepunt voortijdig schoolverlaten." if p.get("rmc", True) else "")),
    ]


def risico(p):
    return [
        ("h1", "Ontwikkelingen en risico's"),
        ("p", "Een aantal ontwikkelingen kan de uitvoering van dit plan beïnvloeden. Het tekort aan leraren en "
              "specialisten maakt het moeilijker om afspraken waar te maken. De dalende leerlingaantallen "
              "vragen om keuzes in het aanbod van de scholen. De wachttijden in de specialistische jeugdhulp "
              "zijn lang, waardoor leerlingen soms langer op school moeten worden opgevangen dan goed is."),
        ("p", "Ook de landelijke politiek beweegt. De landelijke norm voor basisondersteuning en de wet die de "
              "positie van ouders en leerlingen versterkt, met onder meer een ouder- en jeugdsteunpunt per "
              "samenwerkingsverband en hoorrecht voor leerlingen, zullen gevolgen hebben. Wij volgen deze "
              "ontwikkelingen en passen het plan zo nodig aan, na instemming van de ondersteuningsplanraad."),
    ]


def kennisdeling(p):
    return [
        ("h1", "Kennisdeling en netwerken"),
        ("p", f"Kennis over passend onderwijs zit verspreid over veel mensen. Wij organiseren daarom netwerken: "
              f"voor {p.get('coord', 'ondersteuningscoördinatoren')}, voor orthopedagogen en psychologen, voor "
              f"schoolleiders en voor medewerkers van de bovenschoolse voorzieningen. Elk netwerk komt vier tot "
              f"zes keer per jaar bijeen en kiest zelf zijn thema's."),
        ("p", "Eens per jaar houden we een regionale conferentie met een landelijke spreker en workshops van "
              "medewerkers uit de scholen. Verder werken we samen met een lectoraat van de hogeschool aan "
              "praktijkonderzoek naar gedrag in de klas. De uitkomsten delen we via korte kennisclips."),
    ]


def communicatie_prof(p):
    b = [
        ("h1", "Communicatie met scholen en partners"),
        ("p", "Het samenwerkingsverband informeert scholen en partners via een digitale nieuwsbrief voor "
              "professionals, die zes keer per jaar verschijnt, en via een afgeschermd deel van de website met "
              "formulieren, handreikingen en verslagen. De consulenten zijn het vaste aanspreekpunt voor de "
              "scholen."),
    ]
    if p.get("sociale_kaart", True):
        b = b[:-1] + [("p", b[-1][1] + " Met de gemeenten en jeugdhulpaanbieders delen we een gezamenlijke sociale "
                                       "kaart, zodat professionals snel weten wie ze kunnen bellen.")]
    return b


def extra_filler(p, huisvesting=True):
    b = aansluiting(p) + kennisdeling(p) + communicatie_prof(p) + risico(p)
    if huisvesting:
        b += vervoer_huisvesting(p)
    return b


def finalize(blocks):
    """Fill the TOC from the h1 headings (numbered), with optional decorations and extra entries."""
    out = []
    toc_idx = None
    for kind, val in blocks:
        if kind == "toc":
            toc_idx = len(out)
        out.append((kind, val))
    if toc_idx is None:
        return out
    spec = out[toc_idx][1]
    deco = spec.get("deco", {})
    items, n = [], 0
    for kind, val in out:
        if kind != "h1":
            continue
        t = deco.get(val, val)
        if val == "Voorwoord" or val.startswith("Bijlage") or val in ("Begrippenlijst", "Begrippen", "Afkortingen"):
            items.append(t)
        else:
            n += 1
            items.append(f"{n} {t}")
    items += spec.get("extra", [])
    out[toc_idx] = ("toc", items)
    return out


# ----------------------------------------------------------------------------------------------
# the five plans
# ----------------------------------------------------------------------------------------------

# ---------------------------------------------------------------- plan A: large VO verband, .docx
PA = dict(
    sector="vo",
    name="Samenwerkingsverband VO Lindemaas", short="Lindemaas", code="VO 31-14",
    period="2026-2030", period_long="2026-2027 tot en met 2029-2030",
    gemeenten=["Lindeweert", "Maasbroek", "Oostervelde", "Heerstal", "Brugge aan de Maas"],
    n_scholen=27, n_besturen=11, n_leerlingen="21.600", legal_form="stichting",
    director="drs. M.J. (Marieke) Coenen", director_title="directeur-bestuurder",
    regio_rows=[["Lindeweert", "11", "9.850"], ["Maasbroek", "6", "4.420"], ["Oostervelde", "4", "3.260"],
                ["Heerstal", "4", "2.910"], ["Brugge aan de Maas", "2", "1.160"]],
    regio_text="Het verband telt scholen voor praktijkonderwijs, vmbo, havo en vwo, twee scholen voor voortgezet "
               "speciaal onderwijs (cluster 4 en cluster 3) en een internationale schakelklas. Vier scholen bieden "
               "leerwegondersteunend onderwijs binnen het vmbo. Het verband grenst aan twee andere "
               "samenwerkingsverbanden VO en overlapt met vier samenwerkingsverbanden PO.",
    missie="elke jongere in de regio volgt onderwijs op een plek die bij hem of haar past, zo dicht mogelijk bij huis.",
    waarden="nabijheid, vakmanschap en vertrouwen",
    gov_text="Het bestuur bestaat uit een directeur-bestuurder; het intern toezicht ligt bij een raad van toezicht "
             "van vijf leden, van wie drie op voordracht van de besturen. De algemene vergadering van de "
             "aangesloten besturen stelt het ondersteuningsplan en de begroting vast.",
    fte_bureau="23,4",
    opr_comp="De OPR bestaat uit twaalf leden: zes personeelsleden en zes ouders of leerlingen, gekozen uit en door "
             "de medezeggenschapsraden van de scholen.",
    opr_date="10 februari 2026", oogo_date="27 januari 2026", prep_year="2025", vaststelling="24 februari 2026",
)


def plan_a():
    p = PA
    b = [("title", "Ondersteuningsplan 2026-2030"),
         ("sub", f"{p['name']} ({p['code']}) — samen sterk voor elke jongere. Vastgesteld door de algemene vergadering op 24 februari 2026."),
         ("toc", {"deco": {"Ouders en leerlingen": "Ouders en leerlingen (ouder- en jeugdsteunpunt)"}}),
         ("pb", None)]
    b += voorwoord(p) + inleiding(p) + wettelijk_kader(p) + regio(p) + visie(p)
    b += [
        ("h1", "Basisondersteuning: wat elke school biedt"),
        ("p", "Basisondersteuning is bij ons de ondersteuning die iedere vestiging van iedere aangesloten school "
              "zelf, zonder aanvraag bij het samenwerkingsverband en zonder tussenkomst van derden, aan elke "
              "leerling biedt. De besturen hebben afgesproken dat dit niveau voor alle 27 scholen en al hun "
              "vestigingen gelijk is: geen school zit eronder, en een school mag er in haar profiel wel boven "
              "uitstijgen. Wat hieronder staat, is dus de ondergrens waarop een ouder bij elke school in de regio "
              "kan rekenen, ongeacht schoolsoort of denominatie."),
        ("p", "De afspraken zijn samengevat in negen standaarden. Iedere standaard is op de kwaliteitskaart "
              "basisondersteuning uitgewerkt in concrete indicatoren."),
        ("ol", ["Elke school heeft een ondersteuningscoördinator met ten minste 0,4 fte per 500 leerlingen en een "
                "ondersteuningsteam dat minimaal zes keer per jaar bijeenkomt.",
                "Elke leerling heeft een mentor die hem of haar ten minste drie keer per jaar individueel spreekt.",
                "Elke school voert het regionale dyslexie- en dyscalculieprotocol uit, inclusief faciliteiten als "
                "extra tijd, vergrote teksten en voorleessoftware bij toetsen.",
                "Elke school biedt een training sociale vaardigheden of faalangstreductie binnen of na schooltijd.",
                "Elke school heeft een time-out-voorziening met begeleiding (een opvangruimte met een vaste "
                "medewerker) voor leerlingen die tijdelijk niet in de les kunnen zijn.",
                "Elke school heeft een aandachtsfunctionaris en werkt volgens de meldcode huiselijk geweld en "
                "kindermishandeling.",
                "Elke school kan een orthopedagoog of psycholoog consulteren, ten minste een dagdeel per week.",
                "Elke school biedt begeleiding bij executieve functies (plannen, organiseren) via een studieplanner "
                "of huiswerkklas.",
                "Elke school heeft protocollen voor medisch handelen en voor leerlingen met een chronische ziekte."]),
        ("p", "Scholen maken in hun schoolgids zichtbaar hoe zij deze standaarden invullen. Eens per twee jaar "
              "voert het bureau met iedere school een audit uit aan de hand van de kwaliteitskaart. Blijkt een "
              "school op een standaard onder de afgesproken grens te zitten, dan stelt de school binnen drie "
              "maanden een verbeterplan op, dat in het directeurenoverleg wordt besproken."),
        ("h1", "Extra ondersteuning en arrangementen"),
        ("p", "Niet iedere vraag past binnen de basisondersteuning. Het ondersteuningsaanbod van ons verband "
              "kent daarom vier niveaus, die op elkaar aansluiten. Een leerling beweegt zich tussen die niveaus "
              "wanneer zijn ondersteuningsbehoefte verandert; de stap naar een volgend niveau wordt steeds "
              "genomen in het ondersteuningsteam van de school."),
        ("table", [["Niveau", "Wat", "Waar", "Wie beslist"],
                   ["1 basis", "basisondersteuning (hoofdstuk 4)", "elke school", "school"],
                   ["2 extra op school", "schoolarrangement: bijv. rustklas, coaching, ambulante begeleiding",
                    "eigen school, budget van het bestuur", "schoolleiding"],
                   ["3 bovenschools", "OPDC De Overstap (max. 2 x 16 weken), reboundvoorziening, "
                    "plusvoorziening, onderwijs-zorgarrangement", "OPDC in Lindeweert en Maasbroek",
                    "plaatsingscommissie OPDC"],
                   ["4 specialistisch", "voortgezet speciaal onderwijs cluster 3 en 4, praktijkonderwijs",
                    "vso De Linde, vso Maaspoort, 3 pro-scholen", "Commissie van Toelaatbaarheid"]]),
        ("p", "Het OPDC De Overstap biedt tijdelijke plaatsing voor leerlingen die op hun eigen school "
              "vastlopen. De leerling blijft ingeschreven op de eigen school en keert na maximaal twee periodes "
              "van zestien weken terug. De plusvoorziening is bedoeld voor leerlingen die cognitief het havo of "
              "vwo aankunnen maar door hun ondersteuningsbehoefte niet in een gewone klas functioneren."),
        ("p", "Voor leerlingen met een combinatie van onderwijs- en zorgbehoeften hebben wij met de gemeenten "
              "een onderwijs-zorgarrangement ontwikkeld op de locatie van vso De Linde, met twaalf plaatsen."),
        ("h1", "Toelaatbaarheid vso, pro en lwoo"),
        ("h2", "De aanvraag"),
        ("p", "Een toelaatbaarheidsverklaring (TLV) voor het vso of het praktijkonderwijs wordt aangevraagd door "
              "het bevoegd gezag van de school waar de leerling is ingeschreven of aangemeld. De aanvraag verloopt "
              "in vijf stappen:"),
        ("ol", ["Stap 1: het ondersteuningsteam van de school bespreekt de leerling en stelt met ouders en leerling "
                "het groeidocument op, met het ontwikkelingsperspectief en de zienswijze van ouders.",
                "Stap 2: de school dient de aanvraag digitaal in bij het Loket van het samenwerkingsverband.",
                "Stap 3: het Loket controleert binnen vijf werkdagen of het dossier compleet is.",
                "Stap 4: twee deskundigen brengen ieder afzonderlijk schriftelijk advies uit: een orthopedagoog of "
                "psycholoog en, afhankelijk van de leerling, een tweede deskundige (bijvoorbeeld een "
                "kinderpsychiater, maatschappelijk werker of jeugdarts). Deskundigen die bij de aanvraag "
                "betrokken waren, adviseren niet.",
                "Stap 5: de Commissie van Toelaatbaarheid (CvT) besluit namens de directeur-bestuurder binnen zes "
                "weken na ontvangst van het complete dossier. Ouders ontvangen een afschrift van beide adviezen."]),
        ("p", "De bezwaarprocedure en de formulieren zijn te vinden op de website van het samenwerkingsverband."),
        ("h2", "Wanneer is een leerling toelaatbaar?"),
        ("p", "De CvT toetst elke aanvraag aan de criteria in de volgende tabel. Aan alle criteria van de "
              "betreffende voorziening moet zijn voldaan."),
        ("table", [["Voorziening", "Criteria"],
                   ["vso", "(a) de ondersteuningsbehoefte overstijgt aantoonbaar niveau 1 t/m 3; (b) ten minste twee "
                    "arrangementen zijn gedurende minimaal een half jaar ingezet en geëvalueerd; (c) de leerling "
                    "heeft structureel een kleine groep, intensieve gedragsmatige of medische begeleiding nodig die "
                    "een reguliere school ook met extra middelen niet kan bieden"],
                   ["praktijkonderwijs", "landelijke criteria: IQ tussen 55 en 80 en leerachterstand van drie jaar of "
                    "meer op ten minste twee van de vier domeinen, waarvan één begrijpend lezen of inzichtelijk "
                    "rekenen"],
                   ["lwoo", "het samenwerkingsverband hanteert eigen criteria (opting out): leerachterstand van "
                    "anderhalf tot drie jaar op twee domeinen en een ondersteuningsbehoefte die in het OPP is "
                    "beschreven; de aanwijzing geldt voor de duur van de opleiding"]]),
        ("h2", "Duur en categorie"),
        ("p", "Een TLV voor het vso wordt afgegeven voor twee schooljaren, tenzij de deskundigen een langere duur "
              "adviseren (maximaal vier jaar). De CvT stelt de bekostigingscategorie vast: laag voor de meeste "
              "leerlingen in cluster 4, midden of hoog bij lichamelijke beperkingen of meervoudige beperkingen. "
              "Een TLV voor het praktijkonderwijs geldt voor de gehele opleiding."),
        ("h2", "Na afloop van de TLV"),
        ("p", "Wij gaan ervan uit dat een plaatsing in het vso geen eindstation hoeft te zijn. Ons beleid is dat "
              "iedere vso-leerling bij wie dat verantwoord is, zo snel mogelijk terugkeert naar een school voor "
              "regulier voortgezet onderwijs, bij voorkeur in de eigen woonplaats. Voorwaarden zijn dat de "
              "ontvangende school de ondersteuning uit het OPP kan bieden en dat leerling en ouders de overstap "
              "zien zitten. De ontvangende school krijgt in het eerste jaar een terugkeerarrangement: ambulante "
              "begeleiding door de vso-school gedurende twintig weken en een budget van € 4.500 per leerling."),
        ("p", "De procedure is als volgt. In oktober van het laatste TLV-jaar evalueert de vso-school het OPP met "
              "ouders, leerling en de consulent van het verband. Uiterlijk 1 februari adviseert de vso-school "
              "of de leerling kan worden teruggeplaatst of overgeplaatst, of dat een nieuwe TLV nodig is. Bij "
              "terugplaatsing zoekt de consulent samen met ouders een reguliere school, die vóór 1 mei een "
              "proefplaatsing van twee weken aanbiedt. De CvT besluit over een eventuele nieuwe TLV; bij "
              "terugplaatsing eindigt de TLV op 31 juli."),
        ("h1", "Dekkend netwerk en thuiszitters"),
        ("p", "Ons aanbod is pas dekkend als er voor iedere jongere op tijd een passende plek is. Jaarlijks in "
              "maart maakt het bureau een analyse van de witte vlekken: leerlingen voor wie binnen acht weken geen "
              "passende plek werd gevonden, wachtlijsten bij het vso en het OPDC, en het aantal thuiszitters "
              "en vrijstellingen. De analyse wordt besproken met de besturen en de gemeenten; per gevonden lacune "
              "stelt het bestuur een actie met een eigenaar en een datum vast."),
        ("p", "Elke leerling die langer dan vier weken zonder geldige reden thuis zit, wordt door de school "
              "gemeld bij de thuiszitterstafel. Daar zitten de leerplichtambtenaar, de consulent van het verband "
              "en een medewerker van het wijkteam. Binnen twee weken na de melding is er een plan. Als scholen of "
              "besturen het niet eens worden over een plek, beslist de directeur-bestuurder (doorzettingsmacht)."),
        ("p", "Uit de laatste analyse bleek dat er te weinig plaatsen zijn voor hoogbegaafde leerlingen die "
              "vastlopen. Daarom start per 1 augustus 2026 de plusvoorziening met zestien plaatsen."),
        ("h1", "Geld en middelen"),
        ("p", "Het samenwerkingsverband ontvangt van de rijksoverheid een budget voor lichte en zware "
              "ondersteuning. Na aftrek van de afdrachten aan het vso via DUO verdelen wij de middelen als volgt. "
              "Ieder bestuur ontvangt per vestiging een vaste voet van € 25.000 en daarnaast € 142 per leerling "
              "(teldatum 1 oktober). Deze schoolbudgetten zijn bestemd voor de arrangementen op niveau 2. De "
              "middelen voor lwoo en pro gaan naar de scholen die lwoo en pro aanbieden, naar rato van het aantal "
              "aangewezen leerlingen. Het restant financiert de bovenschoolse voorzieningen (niveau 3) en het "
              "bureau. Het verdeelmodel wordt door de algemene vergadering vastgesteld."),
        ("p", "Besturen verantwoorden de besteding van de schoolbudgetten jaarlijks in een korte rapportage, "
              "die het bureau samenvoegt in het jaarverslag."),
        ("table", [["Meerjarenbegroting (x € 1.000)", "2026", "2027", "2028", "2029"],
                   ["Baten zware ondersteuning", "14.210", "14.020", "13.880", "13.700"],
                   ["Baten lichte ondersteuning incl. lwoo/pro", "16.940", "16.810", "16.650", "16.490"],
                   ["Afdracht vso (DUO)", "-9.870", "-9.910", "-9.950", "-9.950"],
                   ["Schoolbudgetten besturen", "-8.240", "-8.170", "-8.090", "-8.000"],
                   ["Lwoo/pro naar scholen", "-9.610", "-9.530", "-9.440", "-9.350"],
                   ["OPDC, rebound, plusvoorziening", "-2.150", "-2.190", "-2.230", "-2.230"],
                   ["Bureau en organisatie", "-1.520", "-1.540", "-1.560", "-1.580"],
                   ["Resultaat", "-230", "-510", "-740", "-920"]]),
        ("p", "De negatieve resultaten zijn bewust begroot: de reserve boven de signaleringswaarde wordt in vier "
              "jaar afgebouwd tot een weerstandsvermogen van 5 procent van de baten."),
        ("h1", "Ambities en resultaten"),
        ("p", "Voor de planperiode hebben we vier beoogde resultaten geformuleerd voor leerlingen die extra "
              "ondersteuning nodig hebben:"),
        ("ul", ["Het deelnamepercentage vso daalt van 3,9% naar 3,4% in 2030, zonder dat het aantal thuiszitters stijgt.",
                "Elke leerling met een TLV of arrangement heeft binnen acht weken na aanmelding een passende plek.",
                "Ten minste 70% van de leerlingen die het OPDC verlaten, zit een jaar later nog op een reguliere school.",
                "Ouders van leerlingen met een arrangement geven de samenwerking met de school gemiddeld ten minste een 7."]),
        ("p", "Hoe wij de voortgang op deze ambities gaan volgen en met wie we de uitkomsten bespreken, werken we in "
              "het eerste planjaar uit in een monitor; de indicatoren en de meetmomenten worden daarin vastgelegd."),
        ("h1", "Ouders en leerlingen"),
        ("p", "Ouders zijn de eerste deskundigen als het om hun kind gaat. Ouders en leerlingen praten mee in de "
              "OPR en leerlingen worden gehoord bij het opstellen van het OPP."),
        ("p", "Wij informeren ouders op verschillende manieren over de ondersteuning die er in de regio is. Op de "
              "website staat per school wat de school biedt, welke bovenschoolse voorzieningen er zijn en hoe je "
              "die aanvraagt. Iedere school geeft bij de aanmelding in groep 8 de ouderfolder 'Extra steun nodig?' "
              "mee, die in het Nederlands, Engels, Arabisch, Pools en Turks verkrijgbaar is. Twee keer per jaar "
              "organiseren we een informatieavond voor ouders van leerlingen in groep 8 met een "
              "ondersteuningsvraag."),
        ("p", "Voor onafhankelijk advies en ondersteuning verwijzen we naar de pagina 'Hulp voor ouders' op onze "
              "website. Het ouder- en jeugdsteunpunt wordt in de komende planperiode samen met de gemeenten "
              "ingericht; over de vorm en de bereikbaarheid besluit het bestuur in 2027."),
    ]
    b += extra_filler(p) + oogo(p) + governance(p) + opr(p) + personeel(p) + ict(p) + planning(p)
    b += [
        ("h1", "Bijlage A Begrippenlijst"),
        ("ul", ["Basisondersteuning: het afgesproken niveau van ondersteuning dat alle scholen bieden.",
                "Onderwijsconsulent: onafhankelijke adviseur voor ouders bij vastgelopen situaties.",
                "Ouder- en jeugdsteunpunt (OJSP): onafhankelijk steunpunt voor ouders en jongeren.",
                "Terugplaatsing: de overstap van het vso naar een reguliere school.",
                "Meerjarenbegroting: begroting voor meer dan één jaar.",
                "Monitoring: het systematisch volgen van resultaten.",
                "Toelaatbaarheidsverklaring (TLV): besluit dat een leerling toelaatbaar is tot vso of pro."]),
        ("h1", "Bijlage B Afkortingen"),
        ("p", "CvT Commissie van Toelaatbaarheid · LBT Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen · "
              "OJSP ouder- en jeugdsteunpunt · OPDC orthopedagogisch-didactisch centrum · OPP ontwikkelingsperspectief · "
              "OPR ondersteuningsplanraad · OOGO op overeenstemming gericht overleg · pro praktijkonderwijs · "
              "lwoo leerwegondersteunend onderwijs · TLV toelaatbaarheidsverklaring · vso voortgezet speciaal onderwijs"),
    ]
    return b


LABEL_A = {
    "documents": ["vo-lindemaas-op-2026-2030.docx"], "sector": "vo", "looks_like_plan": True,
    "elements": {"basisondersteuning": "present", "plaatsing": "present", "terugstroom": "present",
                 "financien": "present", "dekkend-aanbod": "present", "resultaten": "partial", "ouders": "partial"},
    "criteria": {"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
                 "plaatsing.procedure": True, "plaatsing.criteria": True,
                 "terugstroom.procedure": True, "terugstroom.beleid": True,
                 "financien.verdeling": True, "financien.besteding": True,
                 "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
                 "resultaten.doelen": True, "resultaten.monitoring": False,
                 "ouders.informatie": True, "ouders.steunpunt": False},
    "advisory_addressed": {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie"],
                           "terugstroom": [], "financien": ["reserves", "verantwoording"],
                           "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"],
                           "ouders": ["betrokkenheid"]},
    "notes": {
        "basisondersteuning": "H5: same minimum for all 27 schools/vestigingen + nine concrete standards; borging via kwaliteitskaart audit.",
        "plaatsing": "H7: five numbered steps, Loket/CvT, 6 weken; criteria only in the table (vso/pro/lwoo); bezwaar only referred to website -> not addressed.",
        "terugstroom": "Hidden in H7 'Na afloop van de TLV': policy (thuisnabij, conditions, terugkeerarrangement) and procedure (oktober evaluation, 1 februari advice, CvT, TLV ends 31 juli).",
        "financien": "H9 'Geld en middelen': vaste voet + EUR 142 per leerling, lwoo/pro naar rato; meerjarenbegroting table 2026-2029; reserves afbouw.",
        "dekkend-aanbod": "H6 four-level table (continuum) + H8 yearly witte-vlekken analysis, thuiszitterstafel, doorzettingsmacht.",
        "resultaten": "H10 has measurable beoogde resultaten, but monitoring is deferred ('werken we in het eerste planjaar uit in een monitor').",
        "ouders": "H11 informatie via website/folder in 5 talen/informatieavonden; independent help only as a website reference plus a deferred OJSP (2027) -> steunpunt not addressed; OJSP/onderwijsconsulent only in begrippenlijst.",
    },
}

# ---------------------------------------------------------------- plan B: small VO verband, .pdf
PB = dict(
    sector="vo",
    name="Samenwerkingsverband VO De Kempenrand", short="De Kempenrand", code="VO 30-09",
    period="2026-2030", period_long="2026-2027 tot en met 2029-2030",
    gemeenten=["Kempenstein", "Dommelrade", "Aalderbeek"],
    n_scholen=6, n_besturen=4, n_leerlingen="4.100", legal_form="vereniging",
    director="J.P. (Jeroen) van Gils MEd", director_title="directeur",
    regio_rows=[["Kempenstein", "3", "2.390"], ["Dommelrade", "2", "1.260"], ["Aalderbeek", "1", "450"]],
    regio_text="Het verband is klein: drie scholengemeenschappen voor vmbo, havo en vwo, een categoraal vmbo, een "
               "school voor praktijkonderwijs en een vso-locatie voor cluster 4 van een bovenregionaal bestuur. "
               "De lijnen zijn kort; de directeuren kennen elkaar en de ondersteuningscoördinatoren overleggen "
               "maandelijks.",
    missie="wij zorgen er samen voor dat iedere leerling in de Kempenrand onderwijs krijgt dat past.",
    waarden="nabijheid, vakmanschap en vertrouwen",
    gov_text="De algemene ledenvergadering bestaat uit de bestuurders van de vier aangesloten besturen en stelt "
             "plan en begroting vast. Het dagelijks bestuur is gemandateerd aan de directeur; twee onafhankelijke "
             "toezichthouders vormen samen met een bestuurder de toezichtcommissie.",
    fte_bureau="4,8",
    opr_comp="De OPR telt zes leden: drie personeelsleden en drie ouders of leerlingen.",
    opr_date="3 maart 2026", oogo_date="12 februari 2026", prep_year="2025", vaststelling="17 maart 2026",
)


def plan_b():
    p = PB
    b = [("title", f"Ondersteuningsplan {p['period']}"),
         ("sub", f"{p['name']} — {p['code']} — definitieve versie na instemming OPR"),
         ("toc", {}),
         ("pb", None)]
    b += voorwoord(p) + inleiding(p) + wettelijk_kader(p) + regio(p) + visie(p)
    b += [
        ("h1", "Ondersteuning op onze scholen"),
        ("p", "Alle zes scholen in ons verband bieden hetzelfde, door de besturen afgesproken niveau van "
              "basisondersteuning. Dat niveau is de ondergrens: iedere vestiging biedt het ten minste, ook de "
              "kleinste locatie in Aalderbeek. Wat daarboven komt, is extra ondersteuning."),
        ("p", "Het afgesproken niveau omvat de vier onderdelen die landelijk worden onderscheiden: "
              "basiskwaliteit, preventieve en licht curatieve interventies, de onderwijsondersteuningsstructuur "
              "en planmatig werken. Welke voorzieningen en welke expertise dat op een school concreet betekent, "
              "leest u in het schoolondersteuningsprofiel van de school zelf."),
        ("p", "Wij zien dat de scholen het afgesproken niveau steeds beter waarmaken. Tegelijk weten we dat "
              "de verschillen tussen scholen groot blijven, vooral tussen de categorale vmbo-school en de "
              "brede scholengemeenschappen. In de komende periode voeren we daarover het gesprek."),
        ("h1", "Arrangementen en voorzieningen"),
        ("p", "Wanneer de basisondersteuning niet genoeg is, zet de school een arrangement in. Wij kennen drie "
              "soorten, die van licht naar zwaar oplopen:"),
        ("ul", ["Schoolarrangement: extra begeleiding op de eigen school, uit het schoolbudget, bijvoorbeeld "
                "coaching, een rustklas of ambulante begeleiding door een specialist van het vso.",
                "Trajectvoorziening Het Anker: tijdelijke opvang (maximaal twaalf weken, acht plaatsen) in "
                "Kempenstein voor leerlingen die op hun school vastlopen; de leerling blijft ingeschreven op de "
                "eigen school.",
                "Speciale voorziening: het praktijkonderwijs in Dommelrade of het voortgezet speciaal onderwijs, "
                "in de eigen regio (cluster 4) of daarbuiten (cluster 3, in Eindhoven en Helmond)."]),
        ("p", "De scholen en het verband stemmen dit aanbod af in het maandelijkse overleg van de "
              "ondersteuningscoördinatoren. Daar wordt ook besproken welke leerling met welk arrangement het "
              "beste geholpen is."),
        ("p", "Of ons aanbod in alle gevallen dekkend is, brengen we in kaart in een analyse die in het schooljaar "
              "2026-2027 wordt uitgevoerd. Over jongeren die thuiszitten maken we nadere afspraken met de "
              "leerplichtambtenaren zodra de regionale aanpak van de gemeenten bekend is."),
        ("h1", "Toewijzing en toelaatbaarheid"),
        ("p", "Een toelaatbaarheidsverklaring voor het vso of het praktijkonderwijs, of een aanwijzing voor lwoo, "
              "wordt aangevraagd door de school waar de leerling staat ingeschreven of is aangemeld. De "
              "ondersteuningscoördinator stelt het dossier samen (groeidocument, OPP, onderwijskundig rapport, "
              "zienswijze van ouders) en dient het in bij de Commissie Toewijzing. De commissie bestaat uit de "
              "directeur van het verband, een orthopedagoog en een jeugdarts. De orthopedagoog en de jeugdarts "
              "brengen elk een eigen schriftelijk advies uit; zij zijn niet bij de leerling betrokken geweest."),
        ("p", "De commissie beslist binnen zes weken na ontvangst van het volledige dossier. De commissie "
              "beoordeelt de aanvraag aan de hand van de toelaatbaarheidscriteria die de algemene "
              "ledenvergadering vaststelt; deze zijn opgenomen in bijlage 5 (Toetsingskader toewijzing)."),
        ("p", "Een TLV voor het vso geldt twee schooljaren; de commissie kent de bekostigingscategorie laag, "
              "midden of hoog toe. Een TLV voor het praktijkonderwijs geldt voor de hele schoolloopbaan."),
        ("p", "Ouders en school kunnen binnen zes weken bezwaar maken tegen het besluit. Het verband is aangesloten "
              "bij de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen, die de commissie adviseert "
              "over het bezwaar."),
        ("h1", "Overstap en doorstroom"),
        ("p", "Een goede overstap van de basisschool naar het voortgezet onderwijs begint in groep 7. De "
              "basisscholen en onze scholen werken met een gezamenlijke overstapkalender en een warme overdracht "
              "voor iedere leerling met een ondersteuningsbehoefte. De samenwerkingsverbanden PO in onze regio "
              "en ons verband bespreken de overstap twee keer per jaar."),
        ("p", "Ook de doorstroom naar het mbo vraagt aandacht. Met het regionale mbo-college zijn afspraken "
              "gemaakt over een overdrachtsdossier en over een vast aanspreekpunt voor leerlingen met een "
              "ondersteuningsbehoefte. Leerlingen uit het praktijkonderwijs worden tot een jaar na uitstroom "
              "gevolgd door hun stagebegeleider."),
        ("h1", "Middelen en begroting"),
        ("p", "De verdeling van onze middelen is eenvoudig. Iedere school ontvangt een schoolbudget van € 118 per "
              "leerling (teldatum 1 oktober van het voorgaande jaar), met een minimum van € 60.000 per vestiging. "
              "De middelen voor lwoo en pro gaan volledig naar de scholen met een lwoo- of pro-aanbod, op basis "
              "van het aantal leerlingen met een aanwijzing of TLV. Uit het resterende deel betalen we Het Anker, "
              "de Commissie Toewijzing en het bureau. De algemene ledenvergadering stelt de verdeling jaarlijks "
              "vast bij de begroting."),
        ("p", "Scholen besteden het schoolbudget aan de arrangementen en leggen daarover jaarlijks verantwoording "
              "af in een gesprek met de directeur van het verband."),
        ("table", [["Meerjarenbegroting (bedragen in €)", "2026", "2027", "2028", "2029"],
                   ["Baten ondersteuningsbudget", "3.912.000", "3.874.000", "3.830.000", "3.790.000"],
                   ["Afdracht vso", "-1.105.000", "-1.110.000", "-1.115.000", "-1.120.000"],
                   ["Schoolbudgetten", "-483.000", "-478.000", "-472.000", "-468.000"],
                   ["Lwoo en pro", "-1.720.000", "-1.705.000", "-1.690.000", "-1.675.000"],
                   ["Trajectvoorziening Het Anker", "-390.000", "-395.000", "-400.000", "-405.000"],
                   ["Bureau, commissie, professionalisering", "-262.000", "-265.000", "-268.000", "-271.000"],
                   ["Saldo", "-48.000", "-79.000", "-115.000", "-149.000"]]),
        ("p", "Het verband heeft een reserve die boven de signaleringswaarde ligt. De tekorten in de begroting "
              "worden uit die reserve gedekt."),
        ("h1", "Kwaliteit en resultaten"),
        ("p", "In deze planperiode willen we de volgende resultaten bereiken voor leerlingen die extra "
              "ondersteuning nodig hebben:"),
        ("ul", ["90% van de leerlingen die Het Anker verlaten, volgt een jaar later nog onderwijs op een reguliere school.",
                "Het aantal TLV's voor het vso blijft onder de 1,9% van het leerlingaantal.",
                "Iedere leerling met een OPP heeft twee evaluatiemomenten per jaar waarbij ook de leerling zelf wordt gehoord.",
                "De tevredenheid van ouders over de Commissie Toewijzing is ten minste 7,5."]),
        ("p", "Twee keer per jaar, in januari en juni, verzamelt het bureau de gegevens over deze doelen in een "
              "monitor: aantallen arrangementen en TLV's, de uitstroom uit Het Anker, de evaluaties van OPP's "
              "en de uitkomsten van een korte tevredenheidspeiling onder ouders. De monitor wordt besproken in de "
              "algemene ledenvergadering en de OPR. In het jaarverslag rapporteren we de bereikte resultaten "
              "naast de beoogde en leggen we uit waar we bijsturen."),
        ("h1", "Communicatie"),
        ("p", "Onze website is het belangrijkste kanaal. Ouders vinden daar de schoolondersteuningsprofielen van "
              "alle zes scholen, een overzicht van de arrangementen en Het Anker, en uitleg over de toewijzing. "
              "Iedere school bespreekt de ondersteuningsmogelijkheden bij de intake met ouders. In het voorjaar "
              "organiseren we een ouderavond voor ouders van leerlingen met een ondersteuningsbehoefte die "
              "de overstap naar het voortgezet onderwijs maken."),
        ("p", "Soms lopen ouders vast of zijn zij het niet eens met de school of het verband. Zij kunnen dan "
              "terecht bij het onafhankelijke ouder- en jeugdsteunpunt Kempen, dat wij samen met het "
              "samenwerkingsverband PO financieren maar dat niet onder ons gezag werkt. Het steunpunt is "
              "bereikbaar op werkdagen via telefoon en mail en kan een ervaringsdeskundige ouder meesturen naar "
              "een gesprek. Daarnaast kunnen ouders kosteloos een beroep doen op de Onderwijsconsulenten en "
              "kunnen zij een klacht indienen bij de klachtencommissie of een geschil voorleggen aan de "
              "Geschillencommissie passend onderwijs."),
    ]
    b += stem_leerling(p) + extra_filler(p) + oogo(p) + governance(p) + opr(p) + personeel(p) + ict(p) + planning(p)
    b += [
        ("h1", "Begrippenlijst"),
        ("ul", ["Basisondersteuning: de ondersteuning die alle scholen in het verband bieden.",
                "Dekkend aanbod: een passend aanbod voor iedere leerling in de regio.",
                "Terugplaatsing: de terugkeer van een leerling van het vso naar het reguliere voortgezet onderwijs, "
                "na afloop van de TLV.",
                "Thuiszitter: leerplichtige jongere die zonder vrijstelling niet naar school gaat.",
                "Toelaatbaarheidscriteria: de criteria waarmee de Commissie Toewijzing toelaatbaarheid beoordeelt."]),
    ]
    return b


LABEL_B = {
    "documents": ["vo-kempenrand-op-2026-2030.pdf"], "sector": "vo", "looks_like_plan": True,
    "elements": {"basisondersteuning": "partial", "plaatsing": "partial", "terugstroom": "missing",
                 "financien": "present", "dekkend-aanbod": "partial", "resultaten": "present", "ouders": "present"},
    "criteria": {"basisondersteuning.niveau": True, "basisondersteuning.inhoud": False,
                 "plaatsing.procedure": True, "plaatsing.criteria": False,
                 "terugstroom.procedure": False, "terugstroom.beleid": False,
                 "financien.verdeling": True, "financien.besteding": True,
                 "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": False,
                 "resultaten.doelen": True, "resultaten.monitoring": True,
                 "ouders.informatie": True, "ouders.steunpunt": True},
    "advisory_addressed": {"basisondersteuning": [], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                           "terugstroom": [], "financien": ["reserves", "verantwoording"],
                           "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
    "notes": {
        "basisondersteuning": "H5: same minimum level for all six schools (niveau), but content is only the four Referentiekader headings plus 'leest u in het SOP' -> inhoud not addressed.",
        "plaatsing": "H7: applicant, dossier, Commissie Toewijzing, two separate advices, 6 weken, duur/categorie, LBT bezwaar; criteria only 'opgenomen in bijlage 5' (annex not in document).",
        "terugstroom": "Nothing in the body; 'Terugplaatsing' only in the begrippenlijst; H8 'Overstap en doorstroom' is PO-VO and VO-mbo transition (near-miss).",
        "financien": "H9 'Middelen en begroting': EUR 118 per leerling, minimum per vestiging, lwoo/pro by aanwijzing; meerjarenbegroting table 2026-2029.",
        "dekkend-aanbod": "H6 continuum schoolarrangement -> Het Anker -> pro/vso; gap analysis and thuiszitters deferred ('wordt uitgevoerd in 2026-2027', 'zodra ... bekend is').",
        "resultaten": "H10 'Kwaliteit en resultaten': four measurable goals and a twice-yearly monitor reported in jaarverslag.",
        "ouders": "Inside H11 'Communicatie': website/SOPs/intake/ouderavond and independent OJSP Kempen, Onderwijsconsulenten, klachten/geschillen.",
    },
}

# ---------------------------------------------------------------- plan C: medium VO verband, .html
PC = dict(
    sector="vo",
    name="Stichting Passend Voortgezet Onderwijs Rijnvallei", short="Rijnvallei", code="VO 25-12",
    period="2026-2030", period_long="2026-2027 tot en met 2029-2030",
    gemeenten=["Heveldorp", "Rijnzicht", "Bergakker", "Valleiveen"],
    n_scholen=14, n_besturen=7, n_leerlingen="11.300", legal_form="stichting",
    director="dr. A.K. (Anouk) Verhoef", director_title="directeur-bestuurder",
    regio_rows=[["Heveldorp", "6", "5.480"], ["Rijnzicht", "4", "3.110"], ["Bergakker", "2", "1.640"],
                ["Valleiveen", "2", "1.070"]],
    regio_text="Binnen het verband liggen tien scholen voor regulier voortgezet onderwijs, twee scholen voor "
               "praktijkonderwijs, een vso-school voor cluster 4 en een vso-afdeling voor cluster 3. Zes scholen "
               "hebben een lwoo-aanbod. Een deel van de leerlingen uit Valleiveen gaat naar school in een "
               "naburig samenwerkingsverband.",
    missie="wij organiseren passend onderwijs voor iedere jongere, zo thuisnabij als het kan.",
    waarden="nabijheid, vakmanschap en vertrouwen",
    gov_text="Het bestuur is in handen van een directeur-bestuurder. De raad van toezicht bestaat uit vijf leden. "
             "De besturen zijn verenigd in een bestuurlijk overleg dat het bestuur gevraagd en ongevraagd adviseert.",
    fte_bureau="12,1",
    opr_comp="De OPR bestaat uit tien leden: vijf personeelsleden en vijf ouders of leerlingen uit de "
             "medezeggenschapsraden van de scholen.",
    opr_date="19 maart 2026", oogo_date="5 maart 2026", prep_year="2025", vaststelling="26 maart 2026",
)


def plan_c():
    p = PC
    b = [("title", f"Ondersteuningsplan {p['period']} — webversie"),
         ("sub", f"{p['name']} ({p['code']}). Deze webversie is gelijk aan het vastgestelde plan. Een pdf-versie is op aanvraag verkrijgbaar."),
         ("toc", {})]
    b += voorwoord(p) + inleiding(p) + wettelijk_kader(p) + regio(p) + visie(p)
    b += [
        ("h1", "Het niveau van basisondersteuning"),
        ("p", "In Rijnvallei hebben de zeven besturen één gemeenschappelijk niveau van basisondersteuning "
              "afgesproken. Dit niveau geldt voor iedere vestiging van iedere school, van het praktijkonderwijs "
              "tot het gymnasium. Een ouder die zijn kind aanmeldt bij welke school in de regio dan ook, kan "
              "rekenen op ten minste het volgende:"),
        ("ul", ["een mentor met wekelijks een mentoruur, en een vaste ondersteuningscoördinator op iedere vestiging;",
                "een ondersteuningsteam waarin school, jeugdverpleegkundige, leerplicht en schoolmaatschappelijk werk zitten;",
                "begeleiding bij dyslexie en dyscalculie volgens het regionale protocol, met compenserende en dispenserende maatregelen;",
                "een aanbod voor faalangst, examenvrees en sociale vaardigheden;",
                "een opvangplek waar leerlingen die even niet in de klas kunnen onder begeleiding verder werken;",
                "afspraken over medisch handelen, over leerlingen met een chronische ziekte en over zwangerschap;",
                "ondersteuning voor leerlingen die Nederlands als tweede taal leren, tot twee jaar na instroom;",
                "handelingsgericht werken met een ontwikkelingsperspectief voor iedere leerling die extra ondersteuning krijgt."]),
        ("p", "Deze afspraken staan ook in de schoolgids van iedere school. Het bureau bezoekt elke school eens per "
              "drie jaar om samen te kijken of de basisondersteuning op orde is."),
        ("h1", "Het ondersteuningscontinuüm"),
        ("p", "Boven op de basisondersteuning kan een school een beroep doen op extra ondersteuning. Die loopt van "
              "licht naar intensief: een arrangement op de eigen school (bijvoorbeeld een begeleider voor een "
              "leerling met autisme), een tijdelijke plaatsing in het OPDC Rijnvallei (maximaal 26 weken), een "
              "plaats in een van de kleine klassen van het vmbo in Heveldorp, en ten slotte het praktijkonderwijs "
              "of het vso. Daarnaast zijn er twee onderwijs-zorgarrangementen in samenwerking met jeugdhulp."),
        ("p", "De scholen houden zelf de regie over het arrangement op school. Voor de bovenschoolse voorzieningen "
              "meldt de school de leerling aan bij het Loket van het samenwerkingsverband, dat binnen drie weken "
              "een arrangement toekent."),
        ("h1", "Thuiszitters en witte vlekken"),
        ("p", "Ieder jaar in januari houden we een dekkendheidsscan. We brengen in kaart voor welke leerlingen "
              "geen passend aanbod beschikbaar was, hoe lang wachtlijsten waren en hoeveel jongeren thuiszaten "
              "of een vrijstelling hadden. De uitkomsten bespreken we met de besturen en de gemeenten; voor iedere "
              "witte vlek benoemen we een bestuur dat binnen een schooljaar met een oplossing komt. De laatste scan "
              "leidde tot de kleine klassen in Heveldorp."),
        ("p", "Een leerling die meer dan drie weken niet naar school gaat, wordt door de school aangemeld bij de "
              "regionale thuiszitterstafel, waar leerplicht, jeugdhulp en het verband binnen tien werkdagen met "
              "ouders en leerling een terugkeerplan maken. Zo nodig gebruikt de directeur-bestuurder haar "
              "doorzettingsmacht."),
        ("h1", "Toelaatbaarheid: procedure en criteria"),
        ("p", "Het samenwerkingsverband besluit over de toelaatbaarheid tot het vso en het praktijkonderwijs en "
              "over de aanwijzing voor lwoo. De werkwijze van het Loket, de termijnen en de samenstelling van de "
              "adviescommissie worden beschreven in de Handleiding Toewijzing, die na de vaststelling van dit "
              "plan wordt gepubliceerd."),
        ("p", "Bij de beoordeling gelden de volgende criteria:"),
        ("table", [["Voorziening", "Toelaatbaar als"],
                   ["vso cluster 4", "de leerling ernstige gedrags- of psychiatrische problematiek heeft, die ook met een "
                    "arrangement op niveau 2 en een OPDC-plaatsing onvoldoende is af te wenden, en de leerling "
                    "aangewezen is op een groep van maximaal twaalf leerlingen"],
                   ["vso cluster 3", "de leerling een verstandelijke, lichamelijke of meervoudige beperking heeft "
                    "waardoor hij of zij ook met intensieve begeleiding het reguliere programma niet kan volgen"],
                   ["praktijkonderwijs", "IQ tussen 55 en 80 én een leerachterstand van ten minste drie jaar op "
                    "twee domeinen (landelijke criteria)"],
                   ["lwoo", "IQ tussen 75 en 90 en een leerachterstand van anderhalf tot drie jaar op ten minste "
                    "twee domeinen, of IQ 91-120 met een achterstand en sociaal-emotionele problematiek"]]),
        ("h1", "Terug naar het regulier onderwijs"),
        ("p", "Wij vinden dat een leerling in het vso recht heeft op het perspectief van een terugkeer naar het "
              "regulier onderwijs. Uitgangspunt is dat een leerling terugkeert zodra de ondersteuningsbehoefte "
              "binnen het continuüm van een reguliere school kan worden opgevangen. Voorwaarden zijn een stabiele "
              "periode van ten minste een half jaar, een ontvangende school die de ondersteuning uit het OPP "
              "overneemt, en instemming van ouders en leerling. Na de terugkeer ontvangt de reguliere school "
              "een terugkeerarrangement: een jaar lang ambulante begeleiding door de vso-school, betaald door het "
              "samenwerkingsverband."),
        ("p", "Het stappenplan voor terugplaatsing en overplaatsing stellen we samen met de vso-scholen op in de "
              "loop van 2026."),
        ("h1", "Financieel beleid en meerjarenbegroting"),
        ("p", "Van de ondersteuningsmiddelen die na de afdrachten resteren, gaat 65% rechtstreeks naar de "
              "besturen, naar rato van hun leerlingaantal op 1 oktober. De besturen zetten deze middelen in "
              "voor arrangementen op hun scholen. De overige 35% blijft centraal en wordt door het Loket "
              "toegekend aan bovenschoolse voorzieningen en individuele arrangementen. De middelen voor lwoo "
              "en pro worden doorgegeven aan de scholen met een lwoo- of pro-aanbod op basis van de aantallen "
              "aanwijzingen en TLV's."),
        ("table", [["Meerjarenbegroting", "2026", "2027", "2028", "2029"],
                   ["Baten", "p.m.", "p.m.", "p.m.", "p.m."],
                   ["Afdrachten", "p.m.", "p.m.", "p.m.", "p.m."],
                   ["Besturen (65%)", "n.t.b.", "n.t.b.", "n.t.b.", "n.t.b."],
                   ["Centraal (35%)", "n.t.b.", "n.t.b.", "n.t.b.", "n.t.b."]]),
        ("p", "De bedragen worden ingevuld zodra de rijksbijdragen voor 2026 definitief bekend zijn."),
        ("h1", "Ouders: informatie en onafhankelijke hulp"),
        ("p", "De informatie voor ouders over het ondersteuningsaanbod wordt op dit moment herschreven. De nieuwe "
              "ouderpagina's en de brochure volgen na de zomer."),
        ("p", "Ouders die vastlopen of het oneens zijn met een school of met het samenwerkingsverband, kunnen "
              "terecht bij het Ouder- en jeugdsteunpunt Rijnvallei. Het steunpunt is onafhankelijk: de "
              "medewerkers zijn in dienst van de stichting MEE en niet van het verband of een schoolbestuur. "
              "Het steunpunt denkt mee, gaat zo nodig mee naar gesprekken en kan bemiddelen. Ouders kunnen "
              "daarnaast gratis de Onderwijsconsulenten inschakelen, en een geschil over toelating, verwijdering "
              "of het OPP voorleggen aan de Geschillencommissie passend onderwijs."),
    ]
    b += stem_leerling(p) + extra_filler(p) + oogo(p) + governance(p) + opr(p) + personeel(p) + ict(p) + planning(p)
    b += [
        ("h1", "Begrippen"),
        ("ul", ["Beoogde resultaten: de resultaten die het verband wil bereiken.",
                "Bereikte resultaten: de resultaten die het verband heeft bereikt.",
                "Kwaliteitszorg: het systematisch bewaken van de kwaliteit.",
                "Informatievoorziening ouders: de manier waarop ouders worden geïnformeerd.",
                "Terugplaatsing: de overstap van vso naar regulier onderwijs."]),
    ]
    return b


LABEL_C = {
    "documents": ["vo-rijnvallei-op-2026-2030.html"], "sector": "vo", "looks_like_plan": True,
    "elements": {"basisondersteuning": "present", "plaatsing": "partial", "terugstroom": "partial",
                 "financien": "partial", "dekkend-aanbod": "present", "resultaten": "missing", "ouders": "partial"},
    "criteria": {"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
                 "plaatsing.procedure": False, "plaatsing.criteria": True,
                 "terugstroom.procedure": False, "terugstroom.beleid": True,
                 "financien.verdeling": True, "financien.besteding": False,
                 "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
                 "resultaten.doelen": False, "resultaten.monitoring": False,
                 "ouders.informatie": False, "ouders.steunpunt": True},
    "advisory_addressed": {"basisondersteuning": ["borging"], "plaatsing": [], "terugstroom": [],
                           "financien": [], "dekkend-aanbod": ["ketenpartners"], "resultaten": [],
                           "ouders": ["betrokkenheid"]},
    "notes": {
        "basisondersteuning": "H5: one common level for every vestiging + list of eight concrete provisions.",
        "plaatsing": "H8: criteria only in a table (vso3/vso4/pro/lwoo); procedure deferred to a 'Handleiding Toewijzing' that is published later.",
        "terugstroom": "H9: policy (aim, conditions, terugkeerarrangement) present; 'stappenplan ... stellen we op in de loop van 2026' -> procedure not addressed.",
        "financien": "H10: 65/35 verdeling by leerlingaantal and lwoo/pro by aanwijzingen; meerjarenbegroting table is all p.m./n.t.b. -> besteding not addressed.",
        "dekkend-aanbod": "H6 continuum (arrangement -> OPDC -> kleine klassen -> pro/vso, OZA) and H7 yearly dekkendheidsscan + thuiszitterstafel.",
        "resultaten": "No goals or monitoring anywhere; only 'Beoogde/Bereikte resultaten' and 'Kwaliteitszorg' in the Begrippen list and 'jaarverslag' in a calendar table.",
        "ouders": "H11: information is 'wordt herschreven ... volgen na de zomer' (deferral); independent OJSP, Onderwijsconsulenten and Geschillencommissie are described.",
    },
}

# ---------------------------------------------------------------- plan D: PO verband, .docx
PD = dict(
    sector="po",
    name="Samenwerkingsverband Passend Primair Onderwijs Waterland-Oost", short="Waterland-Oost", code="PO 27-14",
    period="2026-2030", period_long="2026-2027 tot en met 2029-2030",
    gemeenten=["Oosthuizerveen", "Middelmeer", "Beemsterdijk"],
    n_scholen=41, n_besturen=9, n_leerlingen="9.700", legal_form="vereniging",
    director="E.S. (Esther) Blaauw", director_title="directeur",
    staff="schoolleiders, intern begeleiders, leerkrachten", staff2="leerkrachten en intern begeleiders",
    coord="intern begeleiders",
    vacatures="Vacatures voor leerkrachten, intern begeleiders en orthopedagogen blijven lang open, vooral "
              "in de kleine kernen.",
    visie_extra="Scholen, specialisten en partners in de wijk werken vanuit vertrouwen samen.",
    regio_rows=[["Oosthuizerveen", "19", "4.870"], ["Middelmeer", "14", "3.120"], ["Beemsterdijk", "8", "1.710"]],
    regio_text="Het verband omvat 39 basisscholen, de school voor speciaal basisonderwijs De Springplank en "
               "so-school De Kajuit (cluster 4). Leerlingen met een cluster 3-ondersteuningsbehoefte gaan naar "
               "so-scholen in de omliggende regio's. Er zijn scholen van openbare, katholieke, protestants-"
               "christelijke en algemeen-bijzondere signatuur.",
    missie="ieder kind in Waterland-Oost gaat met plezier naar een school die bij hem past, het liefst in de eigen wijk.",
    waarden="nabijheid, vakmanschap en vertrouwen",
    gov_text="Het algemeen bestuur bestaat uit de bestuurders van de negen besturen en houdt toezicht op het "
             "dagelijks bestuur, dat bestaat uit drie bestuurders. De directeur is gemandateerd voor de "
             "dagelijkse leiding.",
    fte_bureau="9,6",
    opr_comp="De OPR bestaat uit acht leden, afgevaardigd door de medezeggenschapsraden van de aangesloten scholen.",
    opr_date="4 februari 2026", oogo_date="21 januari 2026", prep_year="2025", vaststelling="11 februari 2026",
)


def plan_d():
    p = PD
    b = [("title", f"Ondersteuningsplan {p['period']}"),
         ("sub", f"{p['name']} ({p['code']}) — 'Ieder kind een plek'"),
         ("toc", {"extra": ["Bijlage 6 Financieel kader 2026-2030 (apart document)", "Bijlage 7 Informatie voor ouders (apart document)"]}),
         ("pb", None)]
    b += voorwoord(p) + inleiding(p) + wettelijk_kader(p) + regio(p) + visie(p)
    b += [
        ("h1", "Het basisarrangement"),
        ("p", "Wat wij basisondersteuning noemen, heet in Waterland-Oost het basisarrangement. Het is de "
              "ondersteuning die alle 41 scholen, inclusief iedere nevenvestiging, binnen hun eigen organisatie "
              "en onder eigen verantwoordelijkheid bieden. De besturen hebben het basisarrangement samen "
              "vastgesteld als gezamenlijke ondergrens; het verschilt dus niet per bestuur of per school."),
        ("p", "Het basisarrangement omvat op iedere school in ieder geval:"),
        ("ul", ["een intern begeleider met ten minste één dag per week per 150 leerlingen;",
                "vier keer per jaar een groepsbespreking en ten minste twee keer per jaar een leerlingbespreking;",
                "een dyslexieprotocol en een dyscalculieprotocol, inclusief signalering vanaf groep 2;",
                "een aanbod voor kinderen die meer uitdaging nodig hebben, binnen de groep of in een plusgroep;",
                "een methode of programma voor sociaal-emotionele ontwikkeling en een anti-pestprotocol;",
                "een ondersteuningsteam met een orthopedagoog van het verband, een jeugdverpleegkundige en de "
                "schoolmaatschappelijk werker, dat ten minste vijf keer per jaar bijeenkomt;",
                "afspraken over medicijnverstrekking en medisch handelen;",
                "een ontwikkelingsperspectief voor ieder kind dat een eigen leerlijn volgt."]),
        ("p", "Elke school beschrijft in haar schoolgids hoe zij het basisarrangement uitvoert. De consulenten "
              "van het verband bespreken dit jaarlijks met de directeur en de intern begeleider."),
        ("h1", "Van basis naar speciaal: ons aanbod"),
        ("p", "Ons aanbod bestaat uit vier lagen die op elkaar aansluiten. De eerste laag is het basisarrangement "
              "op iedere school. De tweede laag is extra ondersteuning op de eigen school: het ondersteuningsteam "
              "zet een arrangement in, bijvoorbeeld begeleiding door het ambulant team van het verband, een "
              "gedragsspecialist in de klas of een individueel programma. De derde laag bestaat uit "
              "bovenschoolse groepen: de taalklas voor nieuwkomers in Oosthuizerveen, twee voltijds "
              "hoogbegaafdheidsgroepen en de observatiegroep bij De Springplank. De vierde laag is het speciaal "
              "basisonderwijs (De Springplank) en het speciaal onderwijs (De Kajuit en so-scholen buiten de regio)."),
        ("p", "Tussen de lagen bestaat geen automatische volgorde: als een kind direct de vierde laag nodig heeft, "
              "hoeft de school niet eerst alle andere lagen te doorlopen. Het ondersteuningsteam bepaalt welke laag "
              "past, met het ontwikkelingsperspectief als leidraad."),
        ("h1", "Ieder kind een plek"),
        ("p", "Wij willen dat geen kind thuis zit. Scholen melden een leerling die langer dan twee weken niet of "
              "onvolledig naar school gaat bij de consulent van het verband. De consulent roept binnen vijf "
              "werkdagen een overleg bijeen met de school, leerplicht en het wijkteam. Wordt binnen zes weken "
              "geen plek gevonden, dan beslist de directeur welk bestuur de leerling een plek biedt."),
        ("p", "Twee keer per jaar bespreken de besturen de lijst van kinderen zonder passende plek, de wachtlijst "
              "van De Kajuit en de kinderen die buiten de regio naar het so gaan. Per knelpunt besluit het "
              "algemeen bestuur welke voorziening wordt uitgebreid of ingekocht. Zo is in 2025 besloten tot een "
              "tweede hoogbegaafdheidsgroep en tot extra plaatsen in de observatiegroep."),
        ("h1", "Toelaatbaarheid sbo en so"),
        ("p", "Het bevoegd gezag van de school waar het kind staat ingeschreven vraagt de toelaatbaarheidsverklaring "
              "aan bij de TLV-commissie van het verband. Het dossier bestaat uit het ontwikkelingsperspectief, het "
              "verslag van het ondersteuningsteam, de ingezette arrangementen en de evaluatie daarvan. De "
              "TLV-commissie controleert het dossier binnen een week en neemt binnen vijf weken daarna een besluit."),
        ("p", "Twee deskundigen adviseren over iedere aanvraag: een orthopedagoog of GZ-psycholoog van het verband "
              "en, afhankelijk van het kind, een kinderarts, jeugdarts of maatschappelijk werker. Zij adviseren "
              "ieder afzonderlijk en op schrift."),
        ("p", "Een kind is toelaatbaar tot het sbo als het ondanks ten minste een jaar extra ondersteuning op de "
              "basisschool (laag 2 of 3) een leerachterstand heeft van meer dan anderhalf jaar op ten minste twee "
              "vakgebieden, of als zijn gedrag in een groep van meer dan twintig kinderen structureel vastloopt. "
              "Een kind is toelaatbaar tot het so als het daarnaast een intensieve, therapeutische of medische "
              "begeleiding nodig heeft die alleen in een groep van hooguit twaalf kinderen kan worden geboden, of "
              "een verstandelijke, lichamelijke of meervoudige beperking heeft (cluster 3)."),
        ("p", "Een TLV voor het sbo geldt tot het einde van de basisschoolperiode. Een TLV voor het so geldt "
              "drie schooljaren, in categorie laag, midden of hoog."),
        ("p", "In het laatste schooljaar van een so-TLV beoordeelt de so-school vóór 1 maart samen met de "
              "consulent van het verband of het kind naar een basisschool of het sbo kan overstappen. Zij leggen "
              "hun advies vóór 1 april voor aan de TLV-commissie. De commissie besluit of een nieuwe TLV wordt "
              "afgegeven; is dat niet het geval, dan eindigt de TLV op 31 juli en regelt de so-school samen met "
              "de consulent de inschrijving op de nieuwe school. Voor sbo-leerlingen vindt dezelfde beoordeling "
              "plaats in groep 6."),
        ("p", "Het beleid over terugplaatsing – waarom en onder welke voorwaarden we dat doen, en welke steun "
              "de ontvangende school krijgt – wordt in 2026 uitgewerkt in een werkgroep met De Springplank en De "
              "Kajuit."),
        ("h1", "Ambities, doelen en verantwoording"),
        ("p", "Voor de planperiode hebben we deze doelen gesteld voor kinderen met een ondersteuningsbehoefte:"),
        ("table", [["Doel", "Nulmeting 2024-2025", "Streefwaarde 2029-2030"],
                   ["Deelname sbo (peildatum 1 oktober)", "2,4%", "2,1%"],
                   ["Deelname so", "1,6%", "1,5%"],
                   ["Aantal kinderen langer dan 4 weken zonder plek", "11", "hooguit 3"],
                   ["Doorlooptijd TLV-aanvraag", "7,5 week", "maximaal 6 weken"],
                   ["Kinderen met OPP die het eigen perspectief halen", "niet gemeten", "80%"]]),
        ("p", "Ieder kwartaal maakt het bureau een rapportage met de actuele cijfers, die het dagelijks bestuur "
              "bespreekt. Eens per jaar, in september, evalueren we met de besturen of de doelen binnen bereik "
              "liggen en stellen we zo nodig het jaarplan bij. In het jaarverslag staan de bereikte resultaten "
              "naast de streefwaarden, met een toelichting. Eens per twee jaar laat het verband een korte "
              "evaluatie uitvoeren onder intern begeleiders en schoolleiders."),
        ("h1", "Financiën"),
        ("p", "De verdeling van de ondersteuningsmiddelen, de begroting en de meerjarenraming zijn opgenomen in het "
              "Financieel Kader 2026-2030. Dat kader wordt als afzonderlijk document door het algemeen bestuur "
              "vastgesteld en is opgenomen als bijlage 6."),
    ]
    b += terugblik(p) + extra_filler(p) + oogo(p) + governance(p, with_finance=False) + opr(p) + personeel(p) + ict(p) + planning(p)
    b += [
        ("h1", "Bijlage 1 Begrippenlijst"),
        ("ul", ["Basisarrangement: de basisondersteuning die alle scholen bieden.",
                "Ouder- en jeugdsteunpunt: onafhankelijk steunpunt waar ouders terechtkunnen met vragen.",
                "Onderwijsconsulenten: landelijke, onafhankelijke adviseurs voor ouders.",
                "Verdeelmodel: de manier waarop de ondersteuningsmiddelen over de besturen worden verdeeld.",
                "Meerjarenbegroting: de begroting voor vier jaar.",
                "Terugplaatsing: overstap van sbo of so naar de basisschool."]),
    ]
    return b


LABEL_D = {
    "documents": ["po-waterland-oost-op-2026-2030.docx"], "sector": "po", "looks_like_plan": True,
    "elements": {"basisondersteuning": "present", "plaatsing": "present", "terugstroom": "partial",
                 "financien": "missing", "dekkend-aanbod": "present", "resultaten": "present", "ouders": "missing"},
    "criteria": {"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
                 "plaatsing.procedure": True, "plaatsing.criteria": True,
                 "terugstroom.procedure": True, "terugstroom.beleid": False,
                 "financien.verdeling": False, "financien.besteding": False,
                 "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
                 "resultaten.doelen": True, "resultaten.monitoring": True,
                 "ouders.informatie": False, "ouders.steunpunt": False},
    "advisory_addressed": {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie"],
                           "terugstroom": [], "financien": [], "dekkend-aanbod": ["ketenpartners"],
                           "resultaten": ["meetbaar"], "ouders": []},
    "notes": {
        "basisondersteuning": "H5 calls it 'basisarrangement': common floor for all 41 schools incl. nevenvestigingen + concrete list.",
        "plaatsing": "H8: applicant, dossier, TLV-commissie, termijnen, two separate advices, criteria for sbo and so, duur/categorie; no bezwaar.",
        "terugstroom": "Procedure hidden at the end of H8 (before 1 maart assessment, 1 april advice, commissie decides, TLV ends 31 juli); beleid deferred ('wordt in 2026 uitgewerkt').",
        "financien": "H10 only refers to 'Financieel Kader 2026-2030 ... bijlage 6' (separate document, not in input); 'verdeelmodel'/'meerjarenbegroting' only in begrippenlijst.",
        "dekkend-aanbod": "H6 four layers basis -> school -> bovenschools -> sbo/so; H7 'Ieder kind een plek': thuiszitters route, twice-yearly gap list and decisions.",
        "resultaten": "H9 'Ambities, doelen en verantwoording': doelen only in the table (nulmeting/streefwaarde) + kwartaalrapportage, jaarlijkse evaluatie, jaarverslag.",
        "ouders": "Nothing on informing parents or independent help: TOC points to 'Bijlage 7 Informatie voor ouders (apart document)', OJSP/Onderwijsconsulenten only in begrippenlijst; OPR made up of MR delegates without parent role.",
    },
}

# ---------------------------------------------------------------- plan E: VO plan 'op hoofdlijnen', .pdf
PE = dict(
    sector="vo",
    name="Samenwerkingsverband VO IJsselvallei-Noord", short="IJsselvallei-Noord", code="VO 23-05",
    period="2026-2030", period_long="2026-2027 tot en met 2029-2030",
    gemeenten=["Wijhezand", "Olstervoorde", "Heerderveen", "Epevelde"],
    n_scholen=12, n_besturen=6, n_leerlingen="8.900", legal_form="stichting",
    director="mr. R.H. (Ruben) Dijkhuis", director_title="directeur-bestuurder",
    regio_rows=[["Wijhezand", "5", "4.010"], ["Olstervoorde", "3", "2.260"], ["Heerderveen", "2", "1.630"],
                ["Epevelde", "2", "1.000"]],
    regio_text="Aangesloten zijn twee brede scholengemeenschappen, drie scholen voor vmbo, twee voor havo en vwo, "
               "een gymnasium, twee scholen voor praktijkonderwijs en twee scholen voor voortgezet speciaal "
               "onderwijs. Het verband werkt nauw samen met het samenwerkingsverband PO in dezelfde regio.",
    missie="wij verbinden scholen, zodat iedere jongere een ononderbroken schoolloopbaan heeft.",
    waarden="nabijheid, vakmanschap en vertrouwen",
    gov_text="Het bestuur bestaat uit een directeur-bestuurder. De raad van toezicht bestaat uit vier "
             "onafhankelijke leden en een lid op voordracht van de besturen.",
    fte_bureau="8,2",
    opr_comp="De OPR bestaat uit acht leden: vier personeelsleden en vier ouders of leerlingen.",
    opr_date="16 april 2026", oogo_date="9 april 2026", prep_year="2025 en begin 2026", vaststelling="23 april 2026",
    sociale_kaart=False, rmc=False,
    ict_text="Het verband werkt met een beveiligde digitale omgeving voor de uitwisseling van dossiers met "
             "scholen. E-mail wordt niet gebruikt voor het uitwisselen van bijzondere persoonsgegevens.",
)


def plan_e():
    p = PE
    b = [("title", "Koers op hoofdlijnen: ondersteuningsplan 2026-2030"),
         ("sub", f"{p['name']} ({p['code']}). Dit plan beschrijft het 'wat'; de scholen bepalen het 'hoe'."),
         ("toc", {"deco": {"Ondersteuning in de school": "Ondersteuning in de school (basisondersteuning)"}}),
         ("pb", None)]
    b += voorwoord(p) + inleiding(p, extra=" Dit plan is bewust een plan op hoofdlijnen; uitwerkingen staan in "
                                             "afzonderlijke reglementen en kaders.") + wettelijk_kader(p) + regio(p) + visie(p)
    b += [
        ("h1", "Ondersteuning in de school"),
        ("p", "Goede ondersteuning begint in de les. Een docent die zijn leerlingen kent en het gesprek aangaat, "
              "voorkomt veel problemen. Daarom investeren de scholen in mentoraat en in het vakmanschap van hun "
              "docenten. Het samenwerkingsverband ondersteunt dat met scholing en kennisdeling."),
        ("p", "Het gezamenlijke Kader Basisondersteuning van ons verband staat op onze website. Het kader wordt "
              "herijkt zodra de landelijke norm voor basisondersteuning wettelijk is vastgelegd; tot die tijd "
              "blijft de versie van 2022 van kracht."),
        ("h1", "Toewijzing: vso, lwoo en pro"),
        ("p", "Het samenwerkingsverband heeft de wettelijke taak om te beslissen over de toelaatbaarheid tot het "
              "voortgezet speciaal onderwijs en het praktijkonderwijs en over de aanwijzing voor "
              "leerwegondersteunend onderwijs. Hoe dat gebeurt, is vastgelegd in het Toewijzingsreglement "
              "(bijlage 2), dat het bestuur afzonderlijk vaststelt na advies van de schoolleiders."),
        ("h1", "Dekkend netwerk en thuiszitters"),
        ("p", "Een dekkend netwerk is een van onze ambities voor deze planperiode. De inventarisatie van het "
              "aanbod en de aanpak van thuiszitten volgen in het jaarplan 2026-2027, nadat de gemeenten hun "
              "nieuwe jeugdbeleid hebben vastgesteld."),
        ("h1", "Doorstroom, overstap en terugkeer"),
        ("p", "De overstap van het primair naar het voortgezet onderwijs regelen we met het samenwerkingsverband "
              "PO via de regionale overstapprocedure en een warme overdracht. De aansluiting op het mbo krijgt "
              "vorm in het regionale programma Van School naar Werk."),
        ("p", "Een leerling in het voortgezet speciaal onderwijs blijft daar niet vanzelf tot het einde van zijn "
              "schoolloopbaan. Wij willen dat iedere vso-leerling die dat aankan de kans krijgt om een diploma te "
              "halen op een reguliere school dicht bij huis. Dat vraagt dat de leerling een periode stabiel "
              "functioneert, dat zijn ondersteuningsvraag past bij wat een reguliere school kan bieden, en dat "
              "er een school is die hem wil ontvangen. Wij vragen van iedere reguliere school dat zij jaarlijks "
              "ten minste één leerling uit het vso een plek aanbiedt. Na de overstap betaalt het verband een "
              "meeneem-arrangement: gedurende het eerste jaar komt een begeleider uit het vso wekelijks op school, "
              "en de ontvangende school krijgt € 5.000 voor extra begeleiding."),
        ("p", "Zo gaat het in de praktijk. Bij iedere vso-leerling staat in het OPP jaarlijks de vraag centraal "
              "of terugkeer tot de mogelijkheden behoort. In het laatste jaar van de toelaatbaarheidsverklaring "
              "organiseert de vso-school uiterlijk op 1 maart een gesprek met de leerling, zijn ouders, de mentor "
              "en de trajectbegeleider van het verband. De trajectbegeleider legt het advies binnen twee weken "
              "voor aan de directeur-bestuurder, die besluit of de leerling wordt teruggeplaatst of overgeplaatst. "
              "Bij een positief besluit regelt de trajectbegeleider vóór 1 juni de plaatsing op een reguliere "
              "school en een kennismakingsperiode van twee weken. Is terugkeer (nog) niet verantwoord, dan volgt "
              "de route voor verlenging uit het Toewijzingsreglement."),
        ("h1", "Financiën"),
        ("p", "Het verdeelmodel waarmee de ondersteuningsmiddelen over de besturen worden verdeeld, wordt in het "
              "voorjaar van 2026 opnieuw vastgesteld. Tot dat moment blijft de verdeling van de afgelopen jaren "
              "van kracht."),
        ("p", "De meerjarenbegroting hieronder laat zien waaraan wij de middelen in de planperiode besteden."),
        ("table", [["Meerjarenbegroting (x € 1.000)", "2026", "2027", "2028", "2029"],
                   ["Rijksbijdrage ondersteuning", "11.640", "11.520", "11.410", "11.300"],
                   ["Afdracht vso en pro via DUO", "-5.980", "-5.990", "-6.000", "-6.000"],
                   ["Budgetten besturen", "-3.210", "-3.150", "-3.090", "-3.030"],
                   ["Meeneem-arrangementen", "-120", "-140", "-160", "-160"],
                   ["Trajectbegeleiding en bovenschoolse voorzieningen", "-1.640", "-1.660", "-1.680", "-1.700"],
                   ["Bureau", "-910", "-925", "-940", "-955"],
                   ["Saldo", "-220", "-345", "-460", "-545"]]),
        ("p", "Het weerstandsvermogen bedraagt eind 2025 ruim 19 procent. De begrote tekorten worden uit de "
              "algemene reserve gedekt; in 2029 bereikt de reserve het niveau van de signaleringswaarde."),
        ("h1", "Doelen en monitoring"),
        ("table", [["Doel voor leerlingen met extra ondersteuning", "Indicator", "2026", "2030"],
                   ["Meer vso-leerlingen keren terug naar regulier", "terug- en overplaatsingen per jaar", "9", "20"],
                   ["Geen onnodige verwijzing naar vso", "deelnamepercentage vso", "4,1%", "3,6%"],
                   ["Leerlingen met OPP halen hun uitstroomprofiel", "% OPP-doelen behaald", "68%", "80%"],
                   ["Meeneem-arrangementen werken", "% teruggeplaatsten na 1 jaar nog regulier", "—", "85%"]]),
        ("p", "De directeur-bestuurder rapporteert drie keer per jaar aan de raad van toezicht over de indicatoren "
              "in de tabel. De cijfers komen uit de registratie van het bureau en uit DUO. Jaarlijks in "
              "oktober evalueren we met de besturen en de OPR welke doelen op koers liggen; de bereikte "
              "resultaten publiceren we in het jaarverslag, met een vergelijking met het landelijk gemiddelde."),
        ("h1", "Communicatie en contact"),
        ("p", "Ouders vinden op onze website per school een overzicht van de ondersteuning en van de "
              "trajectbegeleiding. Bij iedere aanmelding ontvangen ouders van de school de folder 'Ondersteuning "
              "in het VO', en twee keer per jaar houden we een spreekuur in de bibliotheek van Wijhezand waar ouders "
              "zonder afspraak met een consulent kunnen praten."),
        ("p", "Voor onafhankelijk advies kunnen ouders en jongeren terecht bij het Ouder- en Jeugdsteunpunt "
              "IJsselvallei, dat door de gemeenten wordt gefinancierd en losstaat van scholen en verband. Het "
              "steunpunt is bereikbaar via een gratis telefoonnummer en een chat, en gaat op verzoek mee naar "
              "gesprekken op school. Ook de Onderwijsconsulenten kunnen kosteloos worden ingeschakeld."),
    ]
    b += terugblik(p) + stem_leerling(p) + extra_filler(p, huisvesting=False) + oogo(p, substantive=False) + governance(p) + bedrijfsvoering(p) + opr(p) + personeel(p) + ict(p) + planning(p)
    b += [
        ("h1", "Afkortingen"),
        ("p", "BO basisondersteuning · DUO Dienst Uitvoering Onderwijs · lwoo leerwegondersteunend onderwijs · "
              "OJSP ouder- en jeugdsteunpunt · OPP ontwikkelingsperspectief · OPR ondersteuningsplanraad · "
              "pro praktijkonderwijs · TLV toelaatbaarheidsverklaring · vso voortgezet speciaal onderwijs"),
    ]
    return b


HEADER_E = "Ondersteuningsplan 2026-2030 · basisondersteuning · toewijzing · dekkend netwerk · terugkeer"

LABEL_E = {
    "documents": ["vo-ijsselvallei-noord-op-2026-2030.pdf"], "sector": "vo", "looks_like_plan": True,
    "elements": {"basisondersteuning": "missing", "plaatsing": "missing", "terugstroom": "present",
                 "financien": "partial", "dekkend-aanbod": "missing", "resultaten": "present", "ouders": "present"},
    "criteria": {"basisondersteuning.niveau": False, "basisondersteuning.inhoud": False,
                 "plaatsing.procedure": False, "plaatsing.criteria": False,
                 "terugstroom.procedure": True, "terugstroom.beleid": True,
                 "financien.verdeling": False, "financien.besteding": True,
                 "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": False,
                 "resultaten.doelen": True, "resultaten.monitoring": True,
                 "ouders.informatie": True, "ouders.steunpunt": True},
    "advisory_addressed": {"basisondersteuning": [], "plaatsing": [], "terugstroom": ["monitoring"],
                           "financien": ["reserves"], "dekkend-aanbod": [], "resultaten": ["meetbaar"],
                           "ouders": ["betrokkenheid"]},
    "notes": {
        "basisondersteuning": "H5 is filler about mentoraat; the Kader Basisondersteuning is only referenced as 'staat op onze website' and 'wordt herijkt'; running header and TOC are traps.",
        "plaatsing": "H6 only states the statutory task and refers to the Toewijzingsreglement (bijlage 2, not in document); no applicant, steps, body, terms or criteria.",
        "terugstroom": "H8 'Doorstroom, overstap en terugkeer' (after a PO-VO/mbo near-miss paragraph): policy with conditions + meeneem-arrangement, procedure with 1 maart gesprek, trajectbegeleider, directeur-bestuurder decides, 1 juni.",
        "financien": "H9: verdeelmodel deferred ('wordt in het voorjaar van 2026 opnieuw vastgesteld'); meerjarenbegroting table with amounts present; reserves/weerstandsvermogen.",
        "dekkend-aanbod": "H7 is a pure deferral ('volgen in het jaarplan 2026-2027'); OOGO only procedural; regio section just lists member schools -> nothing addressed.",
        "resultaten": "H10: goals only in a table (indicator, 2026, 2030) plus monitoring prose (three reports a year, October evaluation, jaarverslag).",
        "ouders": "H11 'Communicatie en contact': website, folder, spreekuur; independent OJSP IJsselvallei and Onderwijsconsulenten.",
    },
}

# ---------------------------------------------------------------- F: near miss, school-level plan (.docx)

def near_miss():
    b = [("title", "Ondersteuningsplan 2025-2026"),
         ("sub", "Het Ravelijn College — vmbo, havo, vwo — locatie Wijhezand. Onderdeel van het schoolplan 2024-2028."),
         ("toc", {}),
         ("h1", "Inleiding"),
         ("p", "Dit ondersteuningsplan beschrijft hoe Het Ravelijn College in het schooljaar 2025-2026 de "
               "ondersteuning van leerlingen organiseert. Het plan is bedoeld voor docenten, mentoren en "
               "teamleiders, en geeft ouders inzicht in onze werkwijze. Het plan wordt ieder jaar in juni "
               "geëvalueerd door het ondersteuningsteam en besproken in de medezeggenschapsraad."),
         ("p", "Onze school is aangesloten bij het Samenwerkingsverband VO IJsselvallei-Noord. Het "
               "ondersteuningsplan van het samenwerkingsverband beschrijft de afspraken tussen alle scholen in de "
               "regio; dit document beschrijft de uitvoering op onze eigen school. Waar de twee verschillen, is het "
               "plan van het samenwerkingsverband leidend. Ons schoolondersteuningsprofiel staat in de schoolgids."),
         ("h1", "Onze ondersteuningsstructuur"),
         ("p", "De ondersteuning op het Ravelijn kent drie lijnen. In de eerste lijn staat de mentor: hij of zij "
               "is het eerste aanspreekpunt voor leerling en ouders en signaleert als het niet goed gaat. In de "
               "tweede lijn staan de leerlingcoördinator, de zorgcoördinator, de dyslexiecoach, de "
               "faalangsttrainer en de vertrouwenspersoon. In de derde lijn staat het ondersteuningsteam (OT), "
               "waarin de ondersteuningscoördinator, de orthopedagoog, de jeugdverpleegkundige, de "
               "schoolmaatschappelijk werker en de leerplichtambtenaar zitten."),
         ("p", "Het OT komt iedere drie weken bijeen. De mentor bespreekt een leerling eerst met de teamleider. "
               "Als de ondersteuning in de klas niet voldoende is, meldt de teamleider de leerling aan bij het OT. "
               "Ouders worden altijd vooraf geïnformeerd en uitgenodigd voor het gesprek."),
         ("h1", "Basisondersteuning op het Ravelijn"),
         ("p", "Iedere leerling op onze school kan rekenen op de basisondersteuning zoals het samenwerkingsverband "
               "die heeft afgesproken. Op het Ravelijn betekent dat concreet: een wekelijks mentoruur, een "
               "huiswerkklas op dinsdag en donderdag, begeleiding bij dyslexie en dyscalculie, trainingen "
               "faalangst en sociale vaardigheden, de Rebound-kamer voor leerlingen die even uit de les moeten, "
               "en een orthopedagoog die twee dagen per week op school is."),
         ("p", "Leerlingen met een medische aandoening hebben een medisch plan. Leerlingen die meer aankunnen, "
               "kunnen deelnemen aan het plusprogramma in de onderbouw."),
         ("h1", "Extra ondersteuning en arrangementen"),
         ("p", "Sommige leerlingen hebben meer nodig dan de basisondersteuning. Het OT stelt dan samen met "
               "ouders en leerling een ontwikkelingsperspectief (OPP) op en zet een arrangement in. Het Ravelijn "
               "heeft drie eigen arrangementen: de Steunklas (kleine klas in leerjaar 1 en 2), coaching voor "
               "leerlingen met autisme, en een traject met de jeugdhulpaanbieder voor leerlingen met "
               "angstklachten. Voor de bovenschoolse voorziening van het samenwerkingsverband melden wij een "
               "leerling aan via de trajectbegeleider van het verband."),
         ("h1", "Toelaatbaarheid en verwijzing naar vso of pro"),
         ("p", "Als een leerling op onze school niet de ondersteuning kan krijgen die hij nodig heeft, onderzoeken "
               "wij samen met ouders of een andere school beter past. Voor het voortgezet speciaal onderwijs en het "
               "praktijkonderwijs is een toelaatbaarheidsverklaring (TLV) van het samenwerkingsverband nodig. De "
               "ondersteuningscoördinator stelt het dossier samen en dient de aanvraag in bij het verband; ouders "
               "geven hun zienswijze. Het samenwerkingsverband beslist. De criteria en termijnen staan in het "
               "Toewijzingsreglement van het verband."),
         ("p", "Ook voor lwoo dient de school een aanvraag in. In de brugklas krijgen leerlingen met een "
               "lwoo-aanwijzing les in kleinere groepen en extra begeleiding bij Nederlands en rekenen."),
         ("h1", "Terugkeer vanuit het vso"),
         ("p", "Het Ravelijn staat open voor leerlingen die vanuit het vso terugkeren naar het regulier onderwijs. "
               "Wij ontvangen jaarlijks één of twee van deze leerlingen. Zij krijgen een vaste coach en starten "
               "met een kennismakingsperiode van twee weken. De begeleider uit het vso komt het eerste jaar "
               "wekelijks langs."),
         ("h1", "Ouders"),
         ("p", "Ouders zijn onze partners. Zij worden betrokken bij het OPP, bij de gesprekken in het OT en bij "
               "de evaluaties. Informatie over onze ondersteuning staat in de schoolgids en op de website. "
               "Ouders die er met de school niet uitkomen, kunnen contact opnemen met het Ouder- en "
               "Jeugdsteunpunt IJsselvallei of met de Onderwijsconsulenten. Klachten kunnen worden ingediend "
               "volgens de klachtenregeling van de stichting."),
         ("h1", "Middelen"),
         ("p", "Het Ravelijn ontvangt van het samenwerkingsverband via het schoolbestuur een budget voor "
               "ondersteuning. In 2025-2026 is dat € 212.000. Dit budget besteden we aan de Steunklas "
               "(€ 96.000), de formatie van de ondersteuningscoördinator en de orthopedagoog (€ 78.000), de "
               "trainingen (€ 14.000) en scholing van mentoren (€ 24.000)."),
         ("h1", "Evaluatie en resultaten"),
         ("p", "In 2024-2025 werden 61 leerlingen in het OT besproken. Van de 14 leerlingen in de Steunklas "
               "stroomden er 12 door naar een reguliere klas in leerjaar 3. Twee leerlingen kregen een TLV voor "
               "het vso. Ons doel voor 2025-2026 is dat ten minste 85% van de Steunklasleerlingen doorstroomt "
               "naar een reguliere klas. Het OT evalueert deze doelen in juni."),
         ("h1", "Jaarplanning ondersteuningsteam"),
         ("table", [["Maand", "Activiteit"],
                    ["september", "kennismaking mentoren met leerlingen met een OPP"],
                    ["oktober", "evaluatie OPP's en overdracht vanuit het basisonderwijs"],
                    ["januari", "tussenevaluatie arrangementen"],
                    ["maart", "aanvragen lwoo en TLV voor het volgende schooljaar"],
                    ["juni", "evaluatie ondersteuningsplan, vaststelling in de MR"]]),
         ]
    return b


LABEL_F = {
    "documents": ["vo-ravelijn-college-ondersteuningsplan-2025-2026.docx"], "sector": "vo", "looks_like_plan": False,
    "elements": {}, "criteria": {},
    "notes": {"document": "School-level 'ondersteuningsplan' of one VO school (ondersteuningsstructuur, OT, own "
                          "arrangementen, school budget), annual, part of the schoolplan, adopted via the MR; it refers to "
                          "the samenwerkingsverband's own plan as leading. No OPR, OOGO, verdeelmodel or regional "
                          "planperiode: not an ondersteuningsplan of a samenwerkingsverband (domain 5.4)."},
}


# ----------------------------------------------------------------------------------------------
# labels + main
# ----------------------------------------------------------------------------------------------
CORE = ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure", "plaatsing.criteria",
        "terugstroom.procedure", "terugstroom.beleid", "financien.verdeling", "financien.besteding",
        "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "resultaten.doelen", "resultaten.monitoring",
        "ouders.informatie", "ouders.steunpunt"]
ELEMENTS = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod", "resultaten", "ouders"]


def q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_label(label, path):
    lines = [f"documents: [{', '.join(label['documents'])}]", f"sector: {label['sector']}",
             f"looks_like_plan: {'true' if label['looks_like_plan'] else 'false'}"]
    if not label["looks_like_plan"]:
        lines += ["elements: {}", "criteria: {}", "notes:"]
        for k, v in label["notes"].items():
            lines.append(f"  {k}: {q(v)}")
    else:
        el = label["elements"]
        # status rule consistency check
        for e in ELEMENTS:
            vals = [label["criteria"][c] for c in CORE if c.startswith(e + ".")]
            adv = label["advisory_addressed"].get(e, [])
            exp = "present" if all(vals) else ("partial" if any(vals) or adv else "missing")
            assert el[e] == exp, (label["documents"], e, el[e], exp)
        lines.append("elements: {" + ", ".join(f"{e}: {el[e]}" for e in ELEMENTS) + "}")
        lines.append("criteria:")
        for c in CORE:
            lines.append(f"  {c}: {'true' if label['criteria'][c] else 'false'}")
        lines.append("advisory_addressed:")
        for e in ELEMENTS:
            adv = label["advisory_addressed"].get(e, [])
            if adv:
                lines.append(f"  {e}: [{', '.join(adv)}]")
        lines.append("notes:")
        for e in ELEMENTS:
            lines.append(f"  {e}: {q(label['notes'][e])}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    jobs = [
        (plan_a(), LABEL_A, "docx", None),
        (plan_b(), LABEL_B, "pdf", None),
        (plan_c(), LABEL_C, "html", PC["name"]),
        (plan_d(), LABEL_D, "docx", None),
        (plan_e(), LABEL_E, "pdf", HEADER_E),
        (near_miss(), LABEL_F, "docx", None),
    ]
    for blocks, label, fmt, extra in jobs:
        blocks = finalize(blocks)
        name = label["documents"][0]
        target = OUT / name
        stem = name.rsplit(".", 1)[0]
        if fmt == "docx":
            write_docx(blocks, target, footer=f"{stem} — pagina-opmaak volgens huisstijl")
        elif fmt == "pdf":
            docx_to_pdf(blocks, target, header=extra, footer="Versie definitief — vastgesteld")
        elif fmt == "html":
            write_html(blocks, target, title=extra)
        write_label(label, OUT / f"{stem}.expected.yaml")
        print(f"{name}: {words(blocks)} words")


if __name__ == "__main__":
    main()
