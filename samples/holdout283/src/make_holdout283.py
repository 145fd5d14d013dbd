#!/usr/bin/env python3
"""Generate holdout set 283: five fictional ondersteuningsplannen (PO/VO) and one near-miss document.

Deterministic, no network. Output goes to the folder above this script's folder.
PDFs are rendered from a temporary .docx with LibreOffice (soffice --headless).
"""
import html
import shutil
import subprocess
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent

# --------------------------------------------------------------------------------------------
# Block model: ("title", text) ("h1", text) ("h2", text) ("p", text) ("bul", [..]) ("num", [..])
#              ("table", [[header...], [row...], ...]) ("toc", [entries])
# --------------------------------------------------------------------------------------------


def render_docx(blocks, path, header_text, font="Calibri"):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = header_text
    sec.footer.paragraphs[0].text = header_text + " | versie ter instemming OPR"
    for kind, val in blocks:
        if kind == "title":
            p = doc.add_paragraph()
            r = p.add_run(val)
            r.bold = True
            r.font.size = Pt(22)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "sub":
            p = doc.add_paragraph(val)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "h1":
            doc.add_heading(val, level=1)
        elif kind == "h2":
            doc.add_heading(val, level=2)
        elif kind == "p":
            doc.add_paragraph(val)
        elif kind == "bul":
            for it in val:
                doc.add_paragraph(it, style="List Bullet")
        elif kind == "num":
            for it in val:
                doc.add_paragraph(it, style="List Number")
        elif kind == "toc":
            doc.add_heading("Inhoudsopgave", level=1)
            for it in val:
                doc.add_paragraph(it)
        elif kind == "table":
            t = doc.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for i, row in enumerate(val):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = str(cell)
                    if i == 0:
                        for r in t.cell(i, j).paragraphs[0].runs:
                            r.bold = True
            doc.add_paragraph("")
        elif kind == "pagebreak":
            doc.add_page_break()
        else:
            raise ValueError(kind)
    # deterministic core properties
    cp = doc.core_properties
    cp.author = "Bureau samenwerkingsverband"
    cp.title = header_text
    import datetime as _dt
    fixed = _dt.datetime(2026, 3, 1, 12, 0, 0)
    cp.created = fixed
    cp.modified = fixed
    cp.last_modified_by = "Bureau samenwerkingsverband"
    doc.save(str(path))
    _normalise_zip(path)


def _normalise_zip(path):
    """Rewrite the .docx zip with fixed timestamps so output is byte-identical across runs."""
    import zipfile
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2026, 3, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)


def render_pdf(blocks, path, header_text):
    tmp = Path(tempfile.mkdtemp(prefix="holdout283_pdf_"))
    try:
        src = tmp / (path.stem + ".docx")
        render_docx(blocks, src, header_text)
        subprocess.run(
            ["soffice", "--headless", "-env:UserInstallation=file://" + str(tmp / "lo_profile"),
             "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        shutil.copyfile(tmp / (path.stem + ".pdf"), path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def render_html(blocks, path, title, header_text):
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           f"<title>{e(title)}</title>",
           "<style>body{font-family:Arial,sans-serif;max-width:900px;margin:auto}"
           "nav{background:#eef;padding:8px}table{border-collapse:collapse}td,th{border:1px solid #999;padding:4px}"
           "</style>", "</head>", "<body>",
           f'<header><p class="kop">{e(header_text)}</p>'
           '<nav><a href="#">Home</a> | <a href="#">Ouders</a> | <a href="#">Scholen</a> | '
           '<a href="#">Ondersteuningsplan</a> | <a href="#">Contact</a></nav></header>', "<main>"]
    hid = 0
    for kind, val in blocks:
        if kind == "title":
            out.append(f"<h1>{e(val)}</h1>")
        elif kind == "sub":
            out.append(f'<p class="ondertitel"><em>{e(val)}</em></p>')
        elif kind == "h1":
            hid += 1
            out.append(f'<h2 id="h{hid}">{e(val)}</h2>')
        elif kind == "h2":
            out.append(f"<h3>{e(val)}</h3>")
        elif kind == "p":
            out.append(f"<p>{e(val)}</p>")
        elif kind in ("bul", "num"):
            tag = "ul" if kind == "bul" else "ol"
            out.append(f"<{tag}>" + "".join(f"<li>{e(x)}</li>" for x in val) + f"</{tag}>")
        elif kind == "toc":
            out.append('<nav class="toc"><h2>Op deze pagina</h2><ul>' +
                       "".join(f"<li>{e(x)}</li>" for x in val) + "</ul></nav>")
        elif kind == "table":
            rows = ["<tr>" + "".join(f"<th>{e(str(c))}</th>" for c in val[0]) + "</tr>"]
            for r in val[1:]:
                rows.append("<tr>" + "".join(f"<td>{e(str(c))}</td>" for c in r) + "</tr>")
            out.append("<table>" + "".join(rows) + "</table>")
        elif kind == "pagebreak":
            pass
    out += ["</main>", f"<footer><p>{e(header_text)} &middot; Privacyverklaring &middot; Cookies &middot; "
            "Toegankelijkheid</p></footer>", "</body>", "</html>"]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


# --------------------------------------------------------------------------------------------
# Shared filler building blocks (parameterised). None of these may address an element criterion.
# --------------------------------------------------------------------------------------------

def f_governance(c):
    return [
        ("p", f"{c['naam']} is een stichting waarin {c['besturen']} schoolbesturen samenwerken. De stichting kent "
              f"een scheiding tussen toezicht en bestuur. Het bestuur is belegd bij {c['bestuurder']}; het toezicht "
              f"ligt bij {c['toezicht']}. De statuten zijn laatstelijk gewijzigd op {c['statuten']} en bevatten een "
              "regeling voor het beslechten van geschillen tussen de aangesloten besturen. De Code Goed Bestuur van "
              f"de {'PO-Raad' if c['sector']=='po' else 'VO-raad'} is van toepassing; afwijkingen worden in het "
              "bestuursverslag toegelicht."),
        ("p", "Het bureau ondersteunt de bestuurder bij de uitvoering van de wettelijke taken. Het bureau is klein "
              "gehouden: de meeste expertise zit bij de scholen zelf en bij de consulenten die namens het verband "
              "met scholen meedenken. Het bureau verzorgt de secretariële ondersteuning van de commissies, de "
              "financiële administratie (in samenwerking met een extern administratiekantoor), de communicatie en "
              "de gegevensverwerking. Jaarlijks stelt de bestuurder een jaarplan op dat aansluit op dit "
              "ondersteuningsplan; de toezichthouder keurt het jaarplan goed."),
        ("p", "Tussen de aangesloten besturen bestaat een ongedeelde verantwoordelijkheid voor alle leerlingen in de "
              "regio. Dat klinkt vanzelfsprekend, maar vraagt in de praktijk veel: besturen met een eigen identiteit, "
              "eigen strategische koers en eigen financiële positie moeten elkaar voortdurend opzoeken. Daarom "
              "voeren de bestuurders vier keer per jaar een strategisch overleg, los van de formele vergaderingen. "
              "Het directeurenoverleg per subregio heeft een adviserende rol richting bestuurder."),
    ]


def f_opr(c, ouders_noemen=True):
    blocks = [
        ("p", "De ondersteuningsplanraad (OPR) heeft instemmingsrecht op het ondersteuningsplan en op wijzigingen "
              f"daarvan. De OPR telt {c['opr_leden']} leden, afgevaardigd vanuit de medezeggenschapsraden van de "
              "aangesloten scholen. De OPR vergadert zes keer per jaar; twee keer per jaar sluit de bestuurder aan "
              "voor een informeel gesprek over de koers."),
    ]
    if ouders_noemen:
        blocks.append(("p", "De helft van de leden is ouder, de andere helft personeelslid. Juist de ouderleden "
                            "brengen de ervaringen van gezinnen in. Zij hebben in de voorbereiding van dit plan "
                            "meegelezen met de conceptteksten en hun opmerkingen zijn verwerkt."))
    blocks.append(("p", f"De OPR heeft op {c['opr_datum']} ingestemd met dit ondersteuningsplan. De raad van "
                        "toezicht heeft het plan daarna goedgekeurd, waarna de bestuurder het definitief heeft "
                        "vastgesteld. Het plan is vóór 1 mei aan de Inspectie van het Onderwijs toegezonden via het "
                        "Internet Schooldossier. Daarnaast heeft het samenwerkingsverband een eigen "
                        "medezeggenschapsraad voor het personeel van het bureau."))
    return blocks


def f_personeel(c):
    return [
        ("p", f"Bij het bureau werken {c['fte_bureau']} fte, verdeeld over bestuurder, beleidsmedewerkers, "
              "secretariaat, controller en consulenten. Het samenwerkingsverband is zelf werkgever van het "
              "bureaupersoneel; voor de consulenten die gedetacheerd zijn vanuit besturen gelden de cao en de "
              "rechtspositie van het eigen bestuur. Met de detacherende besturen zijn afspraken gemaakt over "
              "inzet, vervanging bij ziekte en professionalisering."),
        ("p", "Professionalisering is een gezamenlijke opdracht. Het samenwerkingsverband organiseert jaarlijks een "
              "studiedag, netwerkbijeenkomsten voor intern begeleiders en ondersteuningscoördinatoren en een "
              "leergang voor nieuwe consulenten. Het lerarentekort raakt ook onze scholen: vacatures voor "
              "gespecialiseerde leerkrachten zijn soms maanden open. Wij zoeken daarom samen met de pabo en de "
              "lerarenopleidingen naar manieren om studenten vroeg kennis te laten maken met het speciaal "
              "onderwijs en met de diversiteit in de gewone klas."),
        ("p", "Het personeel van het bureau werkt volgens een taakbeleid dat jaarlijks wordt geëvalueerd in de "
              "gesprekscyclus. Er is aandacht voor werkdruk, zeker in de periode van februari tot en met juni, "
              "wanneer veel aanvragen binnenkomen en het bureau tegelijkertijd de begroting en het jaarverslag "
              "voorbereidt."),
    ]


def f_privacy(c):
    return [
        ("p", "Het samenwerkingsverband verwerkt persoonsgegevens van leerlingen, waaronder in sommige gevallen "
              "gegevens over de gezondheid. Dat gebeurt alleen voor zover dat nodig is voor de wettelijke taken. "
              "Er is een functionaris gegevensbescherming aangesteld (gedeeld met twee andere "
              "samenwerkingsverbanden) en er is een privacyreglement dat de OPR heeft besproken. Gegevens worden "
              "opgeslagen in een beveiligde digitale omgeving; medewerkers hebben alleen toegang tot de dossiers "
              "waarvoor zij een rol hebben."),
        ("p", "Op het gebied van ICT werken wij met een digitaal dossiersysteem waarin scholen aanvragen kunnen doen "
              "en documenten kunnen delen. Het systeem wordt jaarlijks op informatiebeveiliging getoetst. Scholen "
              "ontvangen een handleiding en kunnen bij de helpdesk van het bureau terecht. In 2026 vervangen wij "
              "de verouderde e-mailomgeving; vertrouwelijke stukken worden niet meer per e-mail verstuurd."),
        ("p", "Datalekken worden gemeld bij de functionaris gegevensbescherming en, waar nodig, bij de Autoriteit "
              "Persoonsgegevens. Elk jaar voert het bureau een bewustwordingsactiviteit uit voor alle medewerkers."),
    ]


def f_oogo_coop(c):
    geld = ("; de gemeente betaalt het jeugdhulpdeel, het samenwerkingsverband en de school het onderwijsdeel"
            if c.get("oza_geld", True) else "")
    return [
        ("p", f"Het samenwerkingsverband werkt samen met de gemeenten {c['gemeenten']}. Met de gemeenten voerden "
              f"wij op {c['oogo_datum']} het op overeenstemming gericht overleg (OOGO) over dit plan. Omgekeerd "
              "voeren wij OOGO over de beleidsplannen jeugd van de gemeenten."),
        ("p", "Inhoudelijk gaat de samenwerking over de aansluiting tussen onderwijs en jeugdhulp. Samen met de "
              "gemeenten financieren wij onderwijs-zorgarrangementen voor leerlingen die zowel op school als thuis "
              "ondersteuning nodig hebben" + geld + ". Elke school heeft een vaste contactpersoon van het wijkteam, die "
              "aansluit bij het ondersteuningsteam van de school. Verder maken we afspraken over "
              "leerlingenvervoer en onderwijshuisvesting voor het speciaal onderwijs."),
    ]


def f_overstap(c):
    if c["sector"] == "po":
        return [
            ("p", "De overstap van de basisschool naar het voortgezet onderwijs is voor ieder kind een grote stap. "
                  "Met het samenwerkingsverband VO in de regio zijn afspraken gemaakt over de overdracht. De "
                  "basisschool stelt vóór 1 februari een onderwijskundig rapport op; bij kinderen met een "
                  "ondersteuningsbehoefte volgt in maart of april een warme overdracht, waarbij de leerkracht van "
                  "groep 8 en de ondersteuningscoördinator van de vo-school elkaar spreken. De afspraken over de doorstroomtoets en het schooladvies volgen de landelijke "
                  "regels."),
            ("p", "Twee keer per jaar komen de intern begeleiders van groep 8 en de ondersteuningscoördinatoren "
                  "van het vo bij elkaar om de overdracht te evalueren. Daaruit komen praktische verbeteringen, "
                  "zoals een gezamenlijk overdrachtsformulier en een vaste planning voor kennismakingsbezoeken. Ook "
                  "wordt gesproken over kinderen die tussentijds instromen, bijvoorbeeld na een verhuizing."),
        ]
    return [
        ("p", "Een goede start in het voortgezet onderwijs begint in groep 8. Met de PO-samenwerkingsverbanden in "
              "de regio is een overdrachtskalender afgesproken: het onderwijskundig rapport is uiterlijk 1 februari "
              "beschikbaar, en voor leerlingen met een ondersteuningsbehoefte vindt vóór 1 mei een warme overdracht "
              "plaats. De ondersteuningscoördinator van de vo-school spreekt dan met de leerkracht van groep 8."),
        ("p", "Aan de andere kant van de schoolloopbaan staat de overstap naar het mbo of naar werk. Met de "
              "mbo-instellingen in de regio is afgesproken dat jongeren met een ondersteuningsbehoefte vóór "
              "1 april worden aangemeld en dat er een overstapgesprek plaatsvindt. Voor jongeren uit het "
              "praktijkonderwijs en het vso die naar werk uitstromen, werken de scholen samen met het "
              "werkgeversservicepunt. Stages worden zo vroeg mogelijk in de opleiding georganiseerd."),
    ]


def f_kennis(c):
    return [
        ("p", "Kennis delen is de snelste manier om scholen sterker te maken. Het samenwerkingsverband organiseert "
              "daarom leernetwerken: voor intern begeleiders en ondersteuningscoördinatoren, voor "
              "gedragsspecialisten, voor leerkrachten die werken met meer- en hoogbegaafde leerlingen en voor "
              "directeuren. Ieder netwerk komt drie tot vier keer per jaar bij elkaar en bepaalt zelf zijn "
              "agenda. Een medewerker van het bureau zorgt voor de organisatie en de verslaglegging."),
        ("p", "Daarnaast is er een jaarlijkse conferentie met een landelijke spreker en workshops die door "
              "professionals uit de eigen scholen worden gegeven. Scholen kunnen bij elkaar op bezoek gaan "
              "('kijkje in de keuken') en het bureau houdt een digitaal kennisplein bij met voorbeelden, "
              "handreikingen en formats. De komende jaren willen we de samenwerking met hogescholen en "
              "universiteiten verstevigen, zodat praktijkonderzoek van studenten vaker aansluit bij vragen uit "
              "de scholen."),
    ]


def f_vervoer(c):
    return [
        ("p", "Leerlingenvervoer en onderwijshuisvesting zijn taken van de gemeenten. Toch raken ze direct aan "
              "passend onderwijs: een kind dat een uur in een taxibus zit, begint vermoeid aan de schooldag, en "
              "een gebouw zonder lift sluit kinderen uit. Het samenwerkingsverband brengt deze onderwerpen daarom "
              "in bij het overleg met de wethouders. De gemeenten stellen het vervoersbeleid en het "
              "huisvestingsplan vast; de scholen en het samenwerkingsverband geven daarover advies."),
    ]


def f_comm_prof(c):
    return [
        ("p", "Voor professionals verschijnt zes keer per jaar een digitale nieuwsbrief met nieuws over "
              "procedures, netwerken en scholingsaanbod. Directeuren en intern begeleiders ontvangen daarnaast "
              "een maandelijkse update van het bureau. Op het besloten deel van de website vinden "
              "medewerkers van scholen formats, handreikingen en de planning van de netwerken. Bij grote "
              "wijzigingen organiseert het bureau informatiebijeenkomsten per subregio."),
    ]


def f_jaarcyclus(c):
    return [
        ("p", "Het samenwerkingsverband werkt met een vaste jaarcyclus. In het voorjaar wordt het jaarplan voor "
              "het volgende schooljaar voorbereid, in het najaar volgt de begroting en vóór 1 juli verschijnt het "
              "bestuursverslag over het afgelopen kalenderjaar. De ondersteuningsplanraad wordt bij ieder van "
              "deze stappen betrokken. Zo blijft het ondersteuningsplan geen document in een la, maar een kader "
              "waarop jaarlijks wordt voortgebouwd."),
    ]


def f_slot(c):
    return [
        ("p", "Een plan is zo goed als de mensen die ermee werken. Dit plan is geschreven met en voor de "
              "professionals in de scholen, die iedere dag opnieuw zoeken naar wat een kind nodig heeft. Wij "
              "hopen dat zij er houvast in vinden en dat het hen de ruimte geeft om hun vak goed uit te oefenen. "
              "Tegelijk weten we dat de werkelijkheid zich niet aan een plan houdt. Kinderen, gezinnen en "
              "scholen veranderen, en wat vandaag passend is, kan morgen anders zijn."),
        ("p", f"Daarom blijft {c['naam']} in gesprek met iedereen die betrokken is. Opmerkingen over dit plan "
              "zijn altijd welkom bij het bureau. Ze worden verzameld en meegenomen bij de jaarlijkse "
              "actualisatie van het jaarplan en bij de voorbereiding van het volgende ondersteuningsplan. Wij "
              "danken alle betrokkenen voor hun inzet en vertrouwen in de afgelopen periode en kijken uit naar de "
              "samenwerking in de komende vier jaar."),
    ]


def f_begrippen(entries):
    rows = [["Begrip", "Omschrijving"]] + [[a, b] for a, b in entries]
    return [("table", rows)]


COMMON_BEGRIPPEN = [
    ("Arrangement", "Een samenhangend pakket van extra ondersteuning voor een leerling of groep leerlingen."),
    ("Basisondersteuning", "Het geheel van preventieve en licht curatieve interventies dat binnen de "
                           "ondersteuningsstructuur van de school planmatig en op overeengekomen kwaliteitsniveau "
                           "wordt uitgevoerd."),
    ("Dekkend aanbod", "Een aanbod van onderwijs en ondersteuning waarin voor iedere leerling een passende plek is."),
    ("Meerjarenbegroting", "Een begroting die de verwachte baten en lasten voor meerdere jaren weergeeft."),
    ("Onafhankelijk steunpunt / OJSP", "Ouder- en jeugdsteunpunt waar ouders en jongeren terechtkunnen met "
                                        "vragen over passend onderwijs."),
    ("Terugplaatsing", "Het teruggaan van een leerling van het speciaal (basis)onderwijs naar het reguliere "
                       "onderwijs."),
    ("Thuiszitter", "Een leerplichtige leerling die zonder geldige reden niet naar school gaat."),
    ("Toelaatbaarheidsverklaring (TLV)", "Besluit van het samenwerkingsverband dat een leerling toelaatbaar is "
                                         "tot het speciaal (basis)onderwijs of voortgezet speciaal onderwijs."),
    ("Verdeelmodel", "De afspraken over de wijze waarop ondersteuningsmiddelen over scholen worden verdeeld."),
    ("Zorgplicht", "De plicht van een schoolbestuur om een leerling die extra ondersteuning nodig heeft een "
                   "passende plek aan te bieden."),
]


# ============================================================================================
# PLAN A  -  PO, docx  -  Rijnstreek-Oost
# BO present | PL partial (criteria) | TS present (inside TLV chapter) | FIN present ("Geld en middelen")
# DA present | RES missing | OU partial (steunpunt only a website reference)
# ============================================================================================

def plan_a():
    c = dict(naam="Stichting Samenwerkingsverband Passend Onderwijs Rijnstreek-Oost", sector="po", besturen="9",
             bestuurder="de directeur-bestuurder", toezicht="de raad van toezicht (vijf leden)",
             statuten="12 december 2023", opr_leden="14", opr_datum="9 april 2026", fte_bureau="11,4",
             gemeenten="Alphen-Oost, Kaag en Rijn en Woudendorp", oogo_datum="17 maart 2026")
    b = [
        ("title", "Ondersteuningsplan 2026-2030"),
        ("sub", "Samenwerkingsverband Passend Onderwijs Rijnstreek-Oost · PO 26-07"),
        ("sub", "Samen sterk voor elk kind · vastgesteld door de directeur-bestuurder op 21 april 2026"),
        ("pagebreak", None),
        ("toc", ["Voorwoord ........ 3", "1. Inleiding en leeswijzer ........ 4", "2. Onze regio in cijfers ........ 5",
                 "3. Visie, missie en ambities ........ 6", "4. Wat elke school biedt: basisondersteuning ........ 8",
                 "5. Het ondersteuningscontinuüm en het dekkend aanbod ........ 10",
                 "6. Toelaatbaarheid sbo en so ........ 13", "7. Geld en middelen ........ 16",
                 "8. Communicatie ........ 19", "9. Resultaten en kwaliteit ........ 21",
                 "10. Samenwerking met gemeenten ........ 22", "11. Organisatie en governance ........ 23",
                 "12. Personeel en professionalisering ........ 25", "13. Privacy en ICT ........ 26",
                 "14. Planning 2026-2030 ........ 27", "Bijlage 1 Begrippenlijst ........ 28",
                 "Bijlage 2 Afkortingen ........ 29", "Bijlage 3 Stroomschema terugplaatsing (los document)"]),
        ("pagebreak", None),
        ("h1", "Voorwoord"),
        ("p", "Voor u ligt het ondersteuningsplan 2026-2030 van Rijnstreek-Oost. Het is ons derde plan sinds de "
              "invoering van passend onderwijs in 2014. Waar het eerste plan vooral een bouwtekening was en het "
              "tweede plan een verbouwing, is dit plan in de eerste plaats een onderhoudsplan: we houden vast aan "
              "wat werkt, en we repareren wat schuurt. Dat hebben we niet alleen bedacht. In het afgelopen jaar "
              "spraken we met meer dan tweehonderd leerkrachten, intern begeleiders, directeuren, ouders en "
              "medewerkers van gemeenten en jeugdhulp. Hun verhalen hebben dit plan gevormd."),
        ("p", "Een ondersteuningsplan is een verplicht document, maar het is geen papieren exercitie. Achter elke "
              "alinea staat een kind dat soms net iets meer nodig heeft dan de klas van zichzelf biedt. Ik dank "
              "iedereen die heeft meegedacht, in het bijzonder de leden van de ondersteuningsplanraad, die kritisch "
              "en betrokken hebben meegelezen. Hun vragen maakten het plan scherper."),
        ("p", "Mr. drs. A.J. (Annelies) van der Werf, directeur-bestuurder"),
        ("h1", "1. Inleiding en leeswijzer"),
        ("p", "Dit plan beschrijft hoe het samenwerkingsverband in de periode 1 augustus 2026 tot en met 31 juli 2030 "
              "invulling geeft aan zijn wettelijke opdracht: een samenhangend geheel van ondersteuningsvoorzieningen "
              "binnen en tussen de scholen, zodat alle leerlingen een zo passend mogelijke plek in het onderwijs "
              "krijgen. De hoofdstukken volgen grotendeels de volgorde van artikel 18a van de Wet op het primair "
              "onderwijs. Wie snel wil weten wat het plan betekent voor een kind in de klas, leest hoofdstuk 4 en 5. "
              "Wie wil weten hoe een leerling naar het speciaal (basis)onderwijs gaat en weer terugkomt, leest "
              "hoofdstuk 6. De financiële vertaling staat in hoofdstuk 7."),
        ("p", "Het plan is geschreven op het niveau van het samenwerkingsverband. De scholen beschrijven in hun "
              "schoolgids hoe zij de afspraken uit dit plan op hun eigen manier uitvoeren. Het plan wordt jaarlijks "
              "aangevuld met een jaarplan waarin de activiteiten voor dat schooljaar staan."),
        ("h1", "2. Onze regio in cijfers"),
        ("p", "Rijnstreek-Oost omvat drie gemeenten met samen ongeveer 118.000 inwoners. In de regio staan 51 "
              "basisscholen, 3 scholen voor speciaal basisonderwijs en 2 locaties voor speciaal onderwijs die onder "
              "het samenwerkingsverband vallen. De scholen vallen onder negen schoolbesturen, van een eenpitter tot "
              "een bestuur met zeventien scholen."),
        ("table", [["Kengetal (1 oktober 2025)", "Aantal"], ["Basisscholen (vestigingen)", "51"],
                   ["Sbo-scholen", "3"], ["So-locaties (cluster 3 en 4)", "2"], ["Leerlingen basisonderwijs", "10.412"],
                   ["Leerlingen sbo", "298"], ["Schoolbesturen", "9"], ["Gemeenten", "3"]]),
        ("p", "Het leerlingaantal daalt licht; de prognose laat tot 2030 een krimp zien van ongeveer 4 procent, met "
              "grote verschillen tussen de kernen. In de groeiwijk Molenpolder wordt een nieuwe school gebouwd, in de "
              "dorpen staan kleine scholen onder druk. Dat heeft gevolgen voor de manier waarop scholen ondersteuning "
              "kunnen organiseren: een school met tachtig leerlingen heeft minder ruimte om een eigen specialist aan "
              "te stellen dan een school met vierhonderd leerlingen."),
        ("h1", "3. Visie, missie en ambities"),
        ("p", "Onze missie is kort: elk kind in Rijnstreek-Oost gaat naar een school die bij hem of haar past, zo "
              "dicht mogelijk bij huis, met leeftijdsgenoten uit de buurt. Wij geloven dat kinderen het meest leren "
              "als zij zich gezien voelen, en dat verschillen tussen kinderen normaal zijn. Een leerkracht die "
              "handelingsgericht werkt, kijkt niet naar wat een kind mankeert, maar naar wat het nodig heeft."),
        ("p", "Onze visie kent vier pijlers: thuisnabij, deskundig, samen en eenvoudig. Thuisnabij betekent dat "
              "ondersteuning zo veel mogelijk naar het kind toe komt in plaats van andersom. Deskundig betekent dat "
              "scholen kunnen rekenen op expertise wanneer ze die nodig hebben. Samen betekent dat school, ouders, "
              "kind en ketenpartners als gelijkwaardige partners optrekken. Eenvoudig betekent dat procedures niet "
              "zwaarder zijn dan nodig en dat formulieren niet in de weg staan van het gesprek."),
        ("p", "Deze visie vertalen we in drie ontwikkelopdrachten voor onze organisatie: eenvoudiger procedures, "
              "meer expertise dicht bij de scholen en betere samenwerking met de gemeenten. Welke stappen we "
              "daarvoor zetten, leest u in de volgende hoofdstukken en in de planning."),
        ("h1", "4. Wat elke school biedt: basisondersteuning"),
        ("p", "De negen schoolbesturen hebben met elkaar afgesproken welk niveau van ondersteuning op iedere "
              "vestiging in Rijnstreek-Oost minimaal aanwezig is. Dat is de basisondersteuning: de ondergrens die voor "
              "alle 54 vestigingen geldt, ongeacht bestuur, denominatie of grootte. Ouders mogen deze ondersteuning "
              "van elke school verwachten, zonder dat daarvoor een aanvraag bij het samenwerkingsverband nodig is. "
              "Wat een school daarbovenop biedt, staat in haar schoolgids."),
        ("p", "De afspraken zijn vastgelegd in tien standaarden. In de tabel hieronder staat per standaard wat een "
              "ouder concreet kan verwachten."),
        ("table", [["Standaard", "Wat u op elke school aantreft"],
                   ["1 Intern begeleider", "Een intern begeleider met een afgeronde opleiding, minimaal 0,4 fte per 200 leerlingen."],
                   ["2 Ondersteuningsteam", "Vier keer per jaar een ondersteuningsteam (OT) met de consulent van het samenwerkingsverband; ouders schuiven aan als hun kind besproken wordt."],
                   ["3 Lezen en dyslexie", "Werken volgens het Protocol Leesproblemen en Dyslexie, inclusief signalering vanaf groep 2 en begeleiding tot en met groep 8."],
                   ["4 Rekenen", "Werken volgens het protocol ERWD; dyscalculie wordt gesignaleerd en begeleid."],
                   ["5 Gedrag", "Een schoolbrede aanpak van sociaal-emotionele ontwikkeling (bijvoorbeeld PBS of Kanjertraining) en een gedragsprotocol."],
                   ["6 Meer- en hoogbegaafdheid", "Signalering met een vast instrument en verrijking binnen de groep; deelname aan de bovenschoolse plusklas voor leerlingen die dat nodig hebben."],
                   ["7 Taal en NT2", "Een aanpak voor leerlingen met een taalachterstand, inclusief NT2-materiaal en afspraken met de taalklas."],
                   ["8 Medisch handelen", "Een protocol medisch handelen en afspraken over medicijnverstrekking."],
                   ["9 Fysieke toegankelijkheid", "Afspraken over aanpassingen in het gebouw; waar dat niet kan, een plan met het bestuur."],
                   ["10 Planmatig werken", "Voor leerlingen met een eigen leerlijn een ontwikkelingsperspectief (OPP), jaarlijks geëvalueerd met ouders."]]),
        ("h2", "4.1 Hoe we weten dat het werkt"),
        ("p", "Elke school vult jaarlijks in het voorjaar de kwaliteitskaart basisondersteuning in. De consulent "
              "bespreekt de kaart met de directeur en de intern begeleider. Scoort een school op twee of meer "
              "standaarden onvoldoende, dan stelt de school binnen drie maanden een verbeterplan op en volgt na een "
              "half jaar een tweede gesprek. Blijft verbetering uit, dan spreekt de directeur-bestuurder het "
              "schoolbestuur aan."),
        ("h1", "5. Het ondersteuningscontinuüm en het dekkend aanbod"),
        ("p", "Ondersteuning in Rijnstreek-Oost is georganiseerd als een doorlopende lijn. Het overgrote deel van "
              "de kinderen heeft genoeg aan goed onderwijs met de basisondersteuning van hoofdstuk 4. Voor een "
              "kleiner deel is meer nodig. Dan kan de school, na bespreking in het ondersteuningsteam, een "
              "arrangement inzetten: een tijdelijk pakket van extra begeleiding, bijvoorbeeld door een "
              "gedragsspecialist, een remedial teacher of ambulante begeleiding vanuit het speciaal onderwijs. "
              "Lichte arrangementen bekostigt de school uit het schoolbudget; zwaardere arrangementen worden "
              "aangevraagd bij het Loket van het samenwerkingsverband."),
        ("p", "Daarnaast zijn er bovenschoolse voorzieningen: de plusklas (één dag per week, vier locaties), de "
              "taalklas voor nieuwkomers in Alphen-Oost en de observatiegroep voor jonge kinderen met een "
              "ontwikkelingsvraag. Voor kinderen die een specialistische omgeving nodig hebben, zijn er drie "
              "sbo-scholen en twee so-locaties (cluster 3 en cluster 4). Samen vormen deze voorzieningen ons "
              "ondersteuningscontinuüm, van basis via extra naar speciaal."),
        ("h2", "5.1 Witte vlekken opsporen en dichten"),
        ("p", "Een dekkend aanbod is nooit af. Daarom organiseren wij elk jaar in februari een analyse van witte "
              "vlekken. Bronnen zijn de meldingen van scholen die geen passend aanbod kunnen doen, de "
              "verzuimmeldingen van leerplicht en de signalen van de wijkteams. Scholen melden een leerling die "
              "langer dan vijf schooldagen thuiszit binnen vijf dagen bij de thuiszitterstafel van het "
              "samenwerkingsverband. De tafel komt elke twee weken bijeen; voor iedere gemelde leerling wordt "
              "binnen tien schooldagen een casusregisseur aangewezen die het plan voor terugkeer naar onderwijs "
              "bewaakt. Lukt dat niet binnen drie maanden, dan escaleert de casusregisseur naar de "
              "directeur-bestuurder, die doorzettingsmacht heeft richting de besturen."),
        ("p", "Uit de analyse van 2025 bleek dat er in de regio geen passend aanbod was voor jonge kinderen "
              "(4 tot 7 jaar) met ernstige gedragsproblemen in combinatie met een ontwikkelingsachterstand. Vanaf "
              "schooljaar 2026-2027 start daarom een kleine groep in samenwerking met het so, de gemeente en een "
              "jeugdhulpaanbieder. Ook de zorgplicht van besturen is onderdeel van de aanpak: het bestuur waar een "
              "leerling is aangemeld, blijft verantwoordelijk totdat een passende plek is gevonden."),
        ("h1", "6. Toelaatbaarheid sbo en so"),
        ("p", "Soms is de ondersteuning die een basisschool kan bieden, ook met een arrangement, niet voldoende. Dan "
              "kan het bestuur van de school waar de leerling staat ingeschreven een toelaatbaarheidsverklaring "
              "(TLV) aanvragen bij het Loket Rijnstreek-Oost. Ouders worden vooraf betrokken; hun zienswijze is een "
              "verplicht onderdeel van de aanvraag."),
        ("num", ["Stap 1: de school bespreekt de leerling in het ondersteuningsteam, met ouders en consulent.",
                 "Stap 2: de school stelt het groeidocument op (met OPP, onderwijskundig rapport en zienswijze ouders) en dient de aanvraag digitaal in.",
                 "Stap 3: het Loket toetst de aanvraag binnen vijf werkdagen op volledigheid.",
                 "Stap 4: twee deskundigen brengen ieder afzonderlijk schriftelijk advies uit: een orthopedagoog of psycholoog en, afhankelijk van de leerling, een tweede deskundige zoals een maatschappelijk werker, kinderpsychiater of jeugdarts. Zij zijn niet betrokken geweest bij de aanvraag.",
                 "Stap 5: de Commissie Toelaatbaarheid besluit binnen zes weken na ontvangst van de volledige aanvraag. Ouders en school ontvangen het besluit en de adviezen."]),
        ("p", "Een TLV voor het sbo geldt in de regel tot het einde van de basisschoolperiode. Een TLV voor het so "
              "wordt afgegeven voor twee schooljaren, in de bekostigingscategorie laag, midden of hoog. Ouders die "
              "het niet eens zijn met het besluit, kunnen binnen zes weken bezwaar maken bij het "
              "samenwerkingsverband. Het samenwerkingsverband is aangesloten bij de Landelijke "
              "Bezwaaradviescommissie Toelaatbaarheidsverklaringen, die over het bezwaar adviseert."),
        ("p", "Over de vraag wanneer een leerling toelaatbaar is, zijn wij nog met de sbo- en so-scholen in gesprek. "
              "De huidige criteria stammen uit 2014 en sluiten niet meer aan bij de praktijk. In het schooljaar "
              "2026-2027 formuleren we ze opnieuw; tot die tijd weegt de commissie iedere aanvraag op haar eigen "
              "merites."),
        ("h2", "6.1 Na afloop van de TLV: de weg terug naar de wijkschool"),
        ("p", "Plaatsing in het sbo of so is voor ons geen eindstation. Uitgangspunt is dat een kind terugkeert naar "
              "een basisschool in de eigen woonomgeving zodra de ondersteuningsbehoefte dat toelaat. Voorwaarden "
              "zijn dat de ondersteuningsbehoefte binnen de basisondersteuning, eventueel aangevuld met een "
              "arrangement, kan worden opgevangen, en dat ouders en kind de overstap zien zitten."),
        ("p", "In het laatste jaar van de TLV organiseert de sbo- of so-school uiterlijk in oktober een "
              "evaluatiegesprek met ouders, de consulent van het samenwerkingsverband en, als die al bekend is, de "
              "beoogde basisschool. Op basis van het OPP wordt besproken of terugkeer mogelijk is. Het initiatief "
              "ligt bij de speciale school; het samenwerkingsverband besluit vóór 1 april of een nieuwe TLV nodig is "
              "of dat de TLV op 31 juli afloopt. Bij terugkeer zoekt de consulent samen met ouders een basisschool, "
              "die de leerling voor de zomervakantie een of twee dagen laat meedraaien."),
        ("p", "Na de terugkeer krijgt de ontvangende school een terugplaatsingsarrangement van € 4.500 voor één "
              "schooljaar. Daarnaast begeleidt een leerkracht van de speciale school het kind en de nieuwe "
              "leerkracht gedurende zes maanden twee uur per week. Na drie en na zes maanden volgt een "
              "evaluatie met ouders."),
        ("h1", "7. Geld en middelen"),
        ("p", "Het samenwerkingsverband ontvangt van het Rijk een ondersteuningsbudget. Na de verplichte "
              "afdrachten aan het speciaal onderwijs (via DUO) en de overdracht aan de sbo-scholen resteert het "
              "budget dat wij zelf verdelen. Zo komt het geld bij de klas:"),
        ("bul", ["70 procent gaat als schoolbudget naar de schoolbesturen, op basis van € 185 per leerling naar het "
                 "leerlingaantal op 1 oktober van het voorgaande jaar, met een vaste voet van € 6.000 per vestiging.",
                 "20 procent is bestemd voor arrangementen die via het Loket worden toegekend. Het Loket beslist op "
                 "basis van het groeidocument; arrangementen worden toegekend voor maximaal één schooljaar.",
                 "10 procent is bestemd voor bovenschoolse voorzieningen (plusklas, taalklas, observatiegroep) en de "
                 "organisatie."]),
        ("p", "Besturen verantwoorden de besteding van het schoolbudget jaarlijks vóór 1 mei met een vast format "
              "in hun jaarverslag: per school de inzet in fte en in euro's, en de arrangementen die zijn "
              "uitgevoerd. De controller van het samenwerkingsverband bundelt deze verantwoording voor de raad van "
              "toezicht."),
        ("table", [["Meerjarenbegroting (x € 1.000)", "2026", "2027", "2028", "2029"],
                   ["Baten ondersteuningsbekostiging", "8.940", "8.870", "8.790", "8.720"],
                   ["Afdracht so (DUO) en overdracht sbo", "3.610", "3.590", "3.570", "3.550"],
                   ["Schoolbudgetten besturen", "3.710", "3.680", "3.640", "3.610"],
                   ["Arrangementen via Loket", "1.060", "1.050", "1.040", "1.030"],
                   ["Bovenschoolse voorzieningen", "310", "320", "320", "320"],
                   ["Bureau en organisatie", "420", "425", "430", "435"],
                   ["Resultaat", "-170", "-195", "-210", "-225"]]),
        ("p", "De negatieve resultaten zijn bewust begroot: de algemene reserve bedraagt eind 2025 € 1,4 miljoen en "
              "ligt boven de signaleringswaarde van de Inspectie. In de planperiode bouwen we de reserve af naar een "
              "weerstandsvermogen van 5 procent van de baten. Grootste risico is een onverwachte groei van het "
              "aantal leerlingen in het so."),
        ("h1", "8. Communicatie"),
        ("p", "Goede communicatie begint op school. Ouders horen van de leerkracht en de intern begeleider wat de "
              "school voor hun kind kan doen. Het samenwerkingsverband ondersteunt dat met een ouderbrochure "
              "'Passend onderwijs in Rijnstreek-Oost' die elke school bij de inschrijving meegeeft, met de pagina "
              "'Voor ouders' op onze website, waar de basisondersteuning en de route naar extra ondersteuning in "
              "gewone taal worden uitgelegd, en met twee thema-avonden per jaar voor ouders. De scholen nemen de "
              "afspraken over basisondersteuning op in hun schoolgids."),
        ("p", "Ouders zijn partner in de ondersteuning van hun kind. Zij worden uitgenodigd voor het "
              "ondersteuningsteam, tekenen voor het handelingsdeel van het OPP en worden gehoord in de "
              "TLV-procedure. Ouders zijn daarnaast vertegenwoordigd in de ondersteuningsplanraad."),
        ("p", "Voor onafhankelijke ondersteuning en voor hulp bij een meningsverschil met school verwijzen wij naar "
              "de pagina 'Hulp voor ouders' op onze website."),
        ("h1", "9. Resultaten en kwaliteit"),
        ("p", "We zijn trots op wat scholen in de vorige planperiode hebben neergezet. Hoe wij in deze periode "
              "gaan werken aan kwaliteit, werken we uit in een kwaliteitskader. Het eerste jaarplan, dat in het "
              "najaar van 2026 verschijnt, bevat de afspraken die daarbij horen."),
        ("h1", "10. Samenwerking met gemeenten"),
        *f_oogo_coop(c),
        ("h1", "11. Organisatie en governance"),
        *f_governance(c),
        ("h1", "12. Personeel en professionalisering"),
        *f_personeel(c),
        ("h1", "13. Privacy en ICT"),
        *f_privacy(c),
        ("h1", "14. Planning 2026-2030"),
        ("table", [["Schooljaar", "Activiteiten"],
                   ["2026-2027", "Herformulering toelaatbaarheidscriteria; start groep jonge kinderen; kwaliteitskader"],
                   ["2027-2028", "Vernieuwing ouderbrochure; herijking plusklas"],
                   ["2028-2029", "Onderzoek naar een tweede taalklas; actualisatie privacyreglement"],
                   ["2029-2030", "Voorbereiding ondersteuningsplan 2030-2034"]]),
        ("p", "De planning is indicatief. Het jaarplan bevat per jaar de definitieve activiteiten en de verdeling "
              "van taken tussen bureau, besturen en scholen."),
        ("h1", "Bijlage 1 Begrippenlijst"),
        *f_begrippen(COMMON_BEGRIPPEN + [
            ("Resultaten", "De opbrengsten van het onderwijs aan leerlingen met een ondersteuningsbehoefte, "
                           "gemeten aan de hand van beoogde en bereikte doelen."),
            ("Ouder- en jeugdsteunpunt", "Onafhankelijk punt voor informatie en advies aan ouders en jongeren.")]),
        ("h1", "Bijlage 2 Afkortingen"),
        ("table", [["Afkorting", "Betekenis"], ["IB", "Intern begeleider"], ["OJSP", "Ouder- en jeugdsteunpunt"],
                   ["OOGO", "Op overeenstemming gericht overleg"], ["OPP", "Ontwikkelingsperspectief"],
                   ["OPR", "Ondersteuningsplanraad"], ["OT", "Ondersteuningsteam"], ["sbo", "Speciaal basisonderwijs"],
                   ["so", "Speciaal onderwijs"], ["TLV", "Toelaatbaarheidsverklaring"]]),
    ]
    return c, b


# ============================================================================================
# PLAN B  -  VO, docx  -  Linge & Betuwe
# BO partial (inhoud: only SOP's + absent bijlage) | PL present | TS partial (procedure deferred)
# FIN partial (besteding p.m.) | DA missing | RES present | OU present (in "Communicatie")
# ============================================================================================

def plan_b():
    c = dict(naam="Stichting Samenwerkingsverband VO Linge & Betuwe", sector="vo", besturen="7",
             bestuurder="het bestuur (uitvoerend bestuurder)", toezicht="het intern toezichthoudend orgaan",
             statuten="3 juli 2022", opr_leden="12", opr_datum="26 maart 2026", fte_bureau="8,2")
    b = [
        ("title", "Koersdocument & Ondersteuningsplan 2026–2030"),
        ("sub", "Samenwerkingsverband VO Linge & Betuwe (VO 25-12)"),
        ("sub", "“Iedere jongere een plek om te groeien”"),
        ("pagebreak", None),
        ("toc", ["Deel A – Koers", "  A1 Woord vooraf", "  A2 Waar we staan", "  A3 Waar we voor gaan",
                 "Deel B – Ondersteuning", "  B1 Basisondersteuning", "  B2 Dekkend aanbod",
                 "  B3 Toelaatbaarheid vso, lwoo en pro", "  B4 Terugplaatsing en overplaatsing",
                 "  B5 Opbrengsten: doelen en monitoring",
                 "Deel C – Organisatie", "  C1 Communicatie", "  C2 Financiën", "  C3 Bestuur en toezicht",
                 "  C4 Medezeggenschap", "  C5 Personeel", "  C6 Gegevensbescherming",
                 "  C7 Totstandkoming en OOGO", "Deel D – Bijlagen", "  D1 Begrippen", "  D2 Afkortingen",
                 "  Bijlage 3 Standaarden basisondersteuning (apart document)"]),
        ("pagebreak", None),
        ("h1", "Deel A – Koers"),
        ("h2", "A1 Woord vooraf"),
        ("p", "Jongeren in de Betuwe groeien op in een regio die verandert. De dorpen vergrijzen, de steden groeien, "
              "en de weg naar het voortgezet onderwijs is voor sommige leerlingen langer dan ooit. Tegelijk zien "
              "we op onze scholen elke dag docenten en mentoren die het verschil maken. Dit koersdocument is "
              "tegelijk ons ondersteuningsplan in de zin van de wet. We hebben geprobeerd het leesbaar te houden: "
              "kort waar het kan, precies waar het moet."),
        ("p", "Het plan is tot stand gekomen in een traject van anderhalf jaar, met werksessies op alle scholen, "
              "een leerlingenpanel en een reeks gesprekken met de ondersteuningsplanraad. Dank aan iedereen die "
              "tijd heeft vrijgemaakt. Dank ook aan de leerlingen die ons eerlijk vertelden wat hen hielp en wat "
              "niet."),
        ("h2", "A2 Waar we staan"),
        ("p", "Het samenwerkingsverband omvat veertien vestigingen voor voortgezet onderwijs van zeven besturen, "
              "met samen ongeveer 9.600 leerlingen, van praktijkonderwijs tot gymnasium. In de regio staan twee "
              "vestigingen voor praktijkonderwijs en één vso-school met een afdeling in Tiel en een afdeling in "
              "Culemborg. De meeste leerlingen komen van basisscholen uit twee PO-samenwerkingsverbanden."),
        ("table", [["Vestigingen", "Type", "Leerlingen (1-10-2025)"], ["Lingecollege (3 locaties)", "vmbo-havo-vwo", "3.120"],
                   ["Betuws Lyceum", "havo-vwo", "1.480"], ["Vakcollege Rivierenland", "vmbo", "1.210"],
                   ["Praktijkschool De Waard (2 loc.)", "pro", "410"], ["Overige vestigingen (7)", "divers", "3.380"]]),
        ("p", "De leerlingaantallen zijn de afgelopen vijf jaar stabiel gebleven, maar er zijn verschuivingen: het "
              "vmbo krimpt, havo en vwo groeien. Dat vraagt van besturen dat zij hun onderwijsaanbod blijven "
              "afstemmen, ook met het oog op bereikbaarheid."),
        ("p", "De regio is uitgestrekt. Een leerling uit een van de kleinere dorpen reist gemiddeld twintig minuten "
              "per fiets of bus naar school, voor sommige opleidingen is dat ruim drie kwartier. Openbaar vervoer "
              "rijdt in de avonden en in de vakanties beperkt. Werkgevers in de fruitteelt, de logistiek en de zorg "
              "zoeken dringend personeel en staan open voor stages en leerbanen. Dat biedt kansen voor jongeren die "
              "liever met hun handen werken, maar vraagt ook dat scholen hun beroepsgerichte programma's "
              "blijven vernieuwen."),
        ("h2", "A3 Waar we voor gaan"),
        ("p", "Wij willen dat iedere jongere in onze regio onderwijs volgt dat past bij wat hij kan en wil, en dat "
              "hij daarbij de ondersteuning krijgt die hij nodig heeft. Wij kiezen voor regulier waar het kan en "
              "speciaal waar het moet. Wij geloven in de kracht van de mentor, in korte lijnen met ouders en in "
              "scholen die van elkaar leren. Onze kernwaarden zijn: nabij, eerlijk, wendbaar."),
        ("p", "Nabij betekent dat ondersteuning zo dicht mogelijk bij de jongere wordt georganiseerd. Eerlijk "
              "betekent dat middelen volgens heldere afspraken worden verdeeld en dat scholen elkaar aanspreken. "
              "Wendbaar betekent dat wij ons aanbod aanpassen als de vraag verandert, zonder eerst een nieuw plan "
              "af te wachten."),
        ("h1", "Deel B – Ondersteuning"),
        ("h2", "B1 Basisondersteuning"),
        ("p", "Basisondersteuning is in Linge & Betuwe het niveau van ondersteuning dat alle veertien vestigingen "
              "van ons verband ten minste bieden, zonder tussenkomst van het samenwerkingsverband. De besturen "
              "hebben dit niveau gezamenlijk vastgesteld in het Referentiekader Linge & Betuwe; het geldt voor elke "
              "vestiging, ongeacht schoolsoort."),
        ("p", "Welke voorzieningen daar precies onder vallen, verschilt per schoolsoort en is uitgewerkt in de "
              "schoolondersteuningsprofielen van de scholen en in bijlage 3 'Standaarden basisondersteuning'. De "
              "profielen staan op de websites van de scholen."),
        ("h2", "B2 Dekkend aanbod"),
        ("p", "Een dekkend aanbod is een van de opdrachten van ieder samenwerkingsverband. In het schooljaar "
              "2026-2027 brengen we, samen met de scholen, het huidige aanbod opnieuw in beeld. De uitkomsten "
              "verwerken we in een aanvulling op dit plan, die we aan de ondersteuningsplanraad voorleggen."),
        ("h2", "B3 Toelaatbaarheid vso, lwoo en pro"),
        ("p", "Het samenwerkingsverband beslist over de toelaatbaarheid tot het voortgezet speciaal onderwijs "
              "(vso), over de aanwijzing voor leerwegondersteunend onderwijs (lwoo) en over de toelaatbaarheid tot "
              "het praktijkonderwijs (pro). Voor alle drie geldt dezelfde route via de Commissie Toewijzing."),
        ("p", "Vso. Het bevoegd gezag van de school waar de leerling is ingeschreven (of, bij een nieuwe leerling, "
              "van de school waar de leerling is aangemeld) dient de aanvraag in via het digitale portaal. De "
              "aanvraag bevat het OPP, een verslag van het multidisciplinair overleg en de zienswijze van ouders en "
              "leerling. Twee deskundigen adviseren ieder schriftelijk: een orthopedagoog-generalist of "
              "GZ-psycholoog en daarnaast, afhankelijk van de vraag, een jeugdarts, maatschappelijk werker of "
              "kinder- en jeugdpsychiater. De Commissie Toewijzing besluit binnen acht weken."),
        ("p", "Een leerling is toelaatbaar tot het vso als aan alle volgende voorwaarden is voldaan:"),
        ("bul", ["de school heeft aantoonbaar ten minste één schooljaar een arrangement boven de basisondersteuning "
                 "ingezet en geëvalueerd, of er is sprake van een acute situatie waarin dat niet verantwoord is;",
                 "de ondersteuningsbehoefte vraagt om een combinatie van onderwijs en zorg die een reguliere school "
                 "ook met inzet van bovenschoolse middelen niet kan bieden;",
                 "de leerling heeft structureel een groep van maximaal twaalf leerlingen en specialistisch "
                 "geschoolde begeleiding nodig;",
                 "er is een ontwikkelingsperspectief dat in het vso reëel haalbaar is."]),
        ("p", "De TLV wordt afgegeven voor één, twee of drie schooljaren, afhankelijk van het advies van de "
              "deskundigen, en vermeldt de bekostigingscategorie (laag, midden of hoog)."),
        ("p", "Lwoo en pro. Voor lwoo hanteert het samenwerkingsverband de landelijke criteria (IQ tussen 75 en 90 "
              "en een leerachterstand van 1,5 tot 3 jaar in ten minste twee van de domeinen begrijpend lezen, "
              "technisch lezen, spellen en inzichtelijk rekenen, of sociaal-emotionele problematiek die de "
              "schoolloopbaan belemmert). Voor pro gelden de landelijke criteria (IQ tussen 55 en 80 en een "
              "leerachterstand van ten minste drie jaar in twee domeinen, waaronder begrijpend lezen of "
              "inzichtelijk rekenen). De vo-school vraagt de aanwijzing of toelaatbaarheid aan vóór 1 maart van het "
              "jaar waarin de leerling instroomt; de commissie besluit vóór 15 april."),
        ("p", "Bezwaar. Ouders (en leerlingen vanaf 16 jaar) kunnen binnen zes weken na de datum van het besluit "
              "bezwaar maken bij het samenwerkingsverband. Het samenwerkingsverband vraagt advies aan de Landelijke "
              "Bezwaaradviescommissie (LBT) en beslist binnen zes weken na dat advies."),
        ("h2", "B4 Terugplaatsing en overplaatsing"),
        ("p", "Onze lijn is helder: geen jongere blijft langer in het vso dan nodig. Terugkeer naar het reguliere "
              "voortgezet onderwijs is het doel zodra de jongere met een arrangement op een reguliere school kan "
              "functioneren en het uitstroomprofiel dat toelaat. Overplaatsing naar het praktijkonderwijs of mbo is "
              "een gelijkwaardige route. Een jongere die terugkeert, krijgt gedurende het eerste jaar een "
              "overstapcoach van de vso-school en de ontvangende school ontvangt een arrangement voor extra "
              "mentoruren."),
        ("p", "Het stappenplan voor terugplaatsing (wie het initiatief neemt, welke evaluatiemomenten er zijn en "
              "wie beslist) leggen we in de loop van 2026-2027 samen met de vso-school vast in een protocol."),
        ("h2", "B5 Opbrengsten: doelen en monitoring"),
        ("p", "Wij hebben voor deze planperiode vijf meetbare doelen geformuleerd voor leerlingen met een "
              "ondersteuningsbehoefte:"),
        ("table", [["Doel", "Nulmeting 2025", "Streefwaarde 2030"],
                   ["Leerlingen met OPP die de in het OPP beoogde uitstroombestemming halen", "81%", "90%"],
                   ["Deelname vso (op 1 oktober)", "3,6%", "3,2%"],
                   ["Leerlingen met arrangement die zonder vertraging overgaan", "74%", "85%"],
                   ["Ouders tevreden over afstemming met school (enquête)", "6,8", "7,5"],
                   ["Aanvragen TLV afgehandeld binnen termijn", "88%", "100%"]]),
        ("p", "We volgen deze doelen met een dashboard dat het bureau twee keer per jaar (februari en september) "
              "vult met gegevens uit DUO, het aanvraagportaal en de scholen. In november voert de bestuurder met "
              "elk bestuur een kwaliteitsgesprek over de uitkomsten. De bereikte resultaten staan in het "
              "jaarverslag en worden besproken met de ondersteuningsplanraad. Halverwege de planperiode (voorjaar "
              "2028) laat het samenwerkingsverband een externe evaluatie uitvoeren."),
        ("h1", "Deel C – Organisatie"),
        ("h2", "C1 Communicatie"),
        ("p", "Ouders en leerlingen moeten weten waar ze aan toe zijn. Daarom informeren wij hen langs verschillende "
              "wegen. Bij de aanmelding in groep 8 ontvangen ouders de folder 'Naar het vo met extra ondersteuning'. "
              "Iedere school organiseert in september een informatieavond waarop de ondersteuningscoördinator "
              "vertelt welke ondersteuning de school biedt. Onze website heeft een ouderpagina met uitleg over "
              "arrangementen, de toewijzingsroute en veelgestelde vragen; de pagina is ook beschikbaar in het Engels, "
              "Arabisch en Pools. De mentor is het eerste aanspreekpunt."),
        ("p", "Wie staat naast u als het schuurt? Soms lopen ouders en school vast. Dan kunnen ouders en "
              "jongeren terecht bij het Ouder- en Jeugdsteunpunt Linge & Betuwe. De ouderadviseurs van het "
              "steunpunt werken onafhankelijk van de scholen en het samenwerkingsverband, denken mee, gaan mee naar "
              "gesprekken en helpen bij het zoeken naar een oplossing. Het steunpunt is bereikbaar via een "
              "telefonisch spreekuur op dinsdag en donderdag en via de chat. Daarnaast kunnen ouders kosteloos een "
              "onderwijsconsulent inschakelen. Komen partijen er niet uit, dan kunnen ouders een geschil "
              "voorleggen aan de Geschillencommissie passend onderwijs of een klacht indienen via de "
              "klachtenregeling van het bestuur."),
        ("p", "Ouders en leerlingen zijn vertegenwoordigd in de ondersteuningsplanraad; in het vo kan de "
              "oudergeleding deels uit leerlingen bestaan. Leerlingen worden gehoord bij het opstellen van hun OPP."),
        ("h2", "C2 Financiën"),
        ("p", "Het ondersteuningsbudget wordt na aftrek van de afdrachten voor het vso en de bekostiging van het "
              "praktijkonderwijs en lwoo als volgt verdeeld. 90 procent gaat naar de besturen naar rato van het "
              "aantal leerlingen op 1 oktober (in 2026 € 210 per leerling), uitgekeerd in twee termijnen "
              "(september en januari). 10 procent blijft in een solidariteitsfonds waaruit besturen voor een "
              "individuele leerling een aanvullende bijdrage kunnen aanvragen als de kosten hoger zijn dan "
              "€ 8.000 per jaar. Het bestuur van het samenwerkingsverband besluit over deze aanvragen binnen "
              "vier weken."),
        ("p", "De meerjarenbegroting 2026-2030: p.m. – wordt na vaststelling door het bestuur als bijlage "
              "toegevoegd. De reserves zijn in 2023 afgebouwd tot onder de signaleringswaarde; het "
              "weerstandsvermogen bedraagt nu 6 procent van de baten."),
        ("h2", "C3 Bestuur en toezicht"),
        *f_governance(c),
        ("h2", "C4 Medezeggenschap"),
        *f_opr(c, ouders_noemen=False),
        ("h2", "C5 Personeel"),
        *f_personeel(c),
        ("h2", "C6 Gegevensbescherming"),
        *f_privacy(c),
        ("h2", "C7 Totstandkoming en OOGO"),
        ("p", "Het concept van dit plan is op 18 maart 2026 besproken in het op overeenstemming gericht overleg "
              "met de colleges van de vijf gemeenten in de regio; het verslag ligt ter inzage op het bureau. Het "
              "overleg met de twee PO-samenwerkingsverbanden vond plaats op 4 maart 2026. De OPR stemde op "
              "26 maart 2026 in. Het plan is op 14 april 2026 aan de Inspectie gezonden."),
        ("p", "Tijdens de totstandkoming hebben wij een aantal uitgangspunten gehanteerd. Het plan moest "
              "leesbaar zijn voor iedereen die met de scholen te maken heeft, het moest aansluiten bij de "
              "strategische plannen van de besturen en het moest ruimte laten voor de eigenheid van iedere "
              "school. In vijf werksessies met directeuren, ondersteuningscoördinatoren en mentoren zijn de "
              "hoofdlijnen besproken. Een leerlingenpanel van twaalf jongeren gaf feedback op de teksten over "
              "toewijzing en overstap. De uitkomsten van die sessies zijn in een apart verslag vastgelegd."),
        ("p", "In de planperiode houden we de ontwikkelingen rond de landelijke norm basisondersteuning, de "
              "wetgeving over het ouder- en jeugdsteunpunt en de bekostiging van het vo nauwlettend in de gaten. "
              "Als die ontwikkelingen daartoe aanleiding geven, leggen we een wijziging van dit plan aan de OPR "
              "voor."),
        ("h2", "C8 Overstap en aansluiting"),
        *f_overstap(c),
        ("h2", "C9 Kennisdeling en communicatie met scholen"),
        *f_kennis(c),
        *f_comm_prof(c),
        ("h2", "C10 Jaarcyclus"),
        *f_jaarcyclus(c),
        ("h2", "C11 Tot slot"),
        *f_slot(c),
        ("h1", "Deel D – Bijlagen"),
        ("h2", "D1 Begrippen"),
        *f_begrippen(COMMON_BEGRIPPEN + [
            ("Continuüm van ondersteuning", "Het geheel van ondersteuningsvoorzieningen van licht naar zwaar."),
            ("OPDC", "Orthopedagogisch-didactisch centrum: tijdelijke opvang voor leerlingen die (tijdelijk) niet "
                     "in de reguliere klas kunnen functioneren.")]),
        ("h2", "D2 Afkortingen"),
        ("table", [["Afkorting", "Betekenis"], ["lwoo", "Leerwegondersteunend onderwijs"], ["LBT", "Landelijke "
                   "Bezwaaradviescommissie Toelaatbaarheidsverklaringen"], ["OPP", "Ontwikkelingsperspectiefplan"],
                   ["pro", "Praktijkonderwijs"], ["SOP", "Schoolondersteuningsprofiel"], ["vso", "Voortgezet speciaal onderwijs"]]),
    ]
    return c, b


# ============================================================================================
# PLAN C  -  PO, pdf  -  Maasduinen
# BO present | PL missing (only reference to absent Routewijzer) | TS partial (beleid deferred)
# FIN partial (verdeling deferred; begroting table present) | DA partial (lacunes missing)
# RES partial (monitoring deferred) | OU missing
# ============================================================================================

def plan_c():
    c = dict(naam="Stichting Passend Primair Onderwijs Maasduinen", sector="po", besturen="6",
             bestuurder="het college van bestuur (één persoon)", toezicht="het algemeen bestuur van bestuurders",
             statuten="1 februari 2024", opr_leden="12", opr_datum="14 april 2026", fte_bureau="7,6",
             gemeenten="Maasduinen, Bergen-Noord en Venray-West", oogo_datum="2 april 2026")
    b = [
        ("title", "Samen Maasduinen"),
        ("sub", "Ondersteuningsplan Passend Primair Onderwijs Maasduinen 2026-2030 (PO 30-08)"),
        ("sub", "Definitieve versie, april 2026"),
        ("pagebreak", None),
        ("toc", ["Van harte welkom", "Hoe is dit plan ontstaan?", "Wie zijn wij?", "Waar staan we voor?",
                 "Wat mag u van iedere school verwachten? (basisondersteuning)", "Van licht naar zwaar: ons aanbod",
                 "Toelaatbaarheid en plaatsing", "Terug naar de basisschool", "Wat willen we bereiken? (resultaten)",
                 "Hoe gaan we om met het geld?", "Samenwerken met gemeenten en jeugdhulp", "Bestuur en organisatie",
                 "Medewerkers", "Privacy", "Ouders en communicatie", "Tijdpad", "Woordenlijst"]),
        ("pagebreak", None),
        ("h1", "Van harte welkom"),
        ("p", "Wat fijn dat u dit plan leest. Misschien bent u leerkracht, intern begeleider, directeur, "
              "bestuurder, ouder of werkzaam bij een gemeente. Voor u allemaal is dit plan geschreven. Het vertelt "
              "hoe de zes schoolbesturen in Noord-Limburg samen zorgen dat kinderen passend onderwijs krijgen. We "
              "hebben geprobeerd dat in begrijpelijke taal te doen. Waar toch vaktaal nodig is, vindt u uitleg in de "
              "woordenlijst achterin."),
        ("p", "Maasduinen is een samenwerkingsverband van dorpen. Veel scholen zijn klein, de afstanden zijn groot "
              "en iedereen kent elkaar. Dat is een kracht: lijnen zijn kort, en als het moet, zitten de juiste "
              "mensen snel aan tafel. Het is ook een uitdaging: kleine scholen hebben niet altijd de specialisten in "
              "huis die een kind nodig heeft. In dit plan leest u hoe we dat samen oplossen."),
        ("h1", "Hoe is dit plan ontstaan?"),
        ("p", "In het voorjaar van 2025 zijn we begonnen met een evaluatie van het vorige plan. We hebben "
              "gesprekken gevoerd op alle 38 scholen, drie bijeenkomsten georganiseerd met intern begeleiders, en "
              "een digitale vragenlijst uitgezet onder leerkrachten. Daarnaast spraken we met de gemeenten en met "
              "de sbo- en so-scholen. Een schrijfgroep van vijf mensen heeft daarna het concept opgesteld. Het "
              "concept is besproken in het directeurenoverleg, het algemeen bestuur en de ondersteuningsplanraad."),
        ("p", "Een paar lessen uit de evaluatie hebben we meegenomen. Scholen willen minder papierwerk en meer "
              "meedenkkracht. Leerkrachten willen sneller iemand naast zich in de klas. En iedereen wil dat de "
              "afspraken over basisondersteuning niet alleen op papier bestaan, maar in de school zichtbaar zijn."),
        ("p", "Het plan is bewust compact gehouden. Uitvoeringsafspraken, formulieren en werkinstructies staan niet "
              "in dit plan, maar in handreikingen die het bureau bijhoudt en die scholen via het besloten deel van "
              "de website kunnen raadplegen. Zo kunnen we praktische zaken bijstellen zonder het hele plan te "
              "wijzigen. Het plan zelf bevat de keuzes die we samen voor vier jaar maken. De schrijfgroep heeft "
              "daarbij steeds de vraag gesteld: snapt een leerkracht die net bij ons is begonnen, wat hier staat? "
              "Waar het antwoord nee was, hebben we de tekst herschreven. Ook hebben we de tekst laten lezen door "
              "twee collega's van buiten de regio, die ons scherp hielden op jargon en herhalingen."),
        ("h1", "Wie zijn wij?"),
        ("p", "Maasduinen omvat 38 basisscholen, 2 sbo-scholen (De Fontein in Venray-West en De Kring in "
              "Maasduinen) en de so-scholen De Maasoever (cluster 3) en Het Baken (cluster 4). Zes schoolbesturen "
              "zijn aangesloten. Samen hebben de scholen ongeveer 7.900 leerlingen."),
        ("table", [["Bestuur", "Aantal scholen", "Leerlingen (1-10-2025)"], ["Stichting Kindante-Noord", "14", "2.910"],
                   ["Stichting Prisma Maas", "9", "1.780"], ["Openbaar Onderwijs Maasduinen", "6", "1.290"],
                   ["Stichting De Zevensprong", "5", "980"], ["Vereniging Christelijk Onderwijs Bergen", "3", "560"],
                   ["Eenpitter De Linde", "1", "140"], ["Sbo- en so-scholen (diverse besturen)", "4", "640"]]),
        ("h1", "Waar staan we voor?"),
        ("p", "Ieder kind hoort erbij. Dat is de zin die in alle gesprekken terugkwam. Wij willen dat kinderen zo "
              "veel mogelijk in hun eigen dorp naar school kunnen, met hun vriendjes. Dat lukt alleen als scholen "
              "goed zijn toegerust en als ze hulp krijgen wanneer dat nodig is. Wij zien het samenwerkingsverband "
              "als een netwerk van scholen die elkaar helpen, niet als een loket dat geld uitdeelt."),
        ("p", "Onze drie kernwoorden zijn: vertrouwen, vakmanschap en verbinding. Vertrouwen in de professional in "
              "de klas. Vakmanschap dat we delen tussen scholen. Verbinding met de mensen om het kind heen, zoals "
              "jeugdhulp en de huisarts."),
        ("h1", "Wat mag u van iedere school verwachten? (basisondersteuning)"),
        ("p", "In Maasduinen hebben alle besturen afgesproken dat iedere school, ook de kleinste, dezelfde "
              "basisondersteuning biedt. Dat is het minimum dat op elke vestiging aanwezig is. Concreet betekent "
              "dat:"),
        ("bul", ["er is op iedere school een intern begeleider die minstens één dag per week beschikbaar is voor "
                 "ondersteuningsvragen;",
                 "leerkrachten werken handelingsgericht en stemmen instructie af op drie niveaus;",
                 "de school werkt met een dyslexieprotocol en een dyscalculieprotocol;",
                 "de school heeft een methode voor sociaal-emotionele ontwikkeling en een anti-pestprotocol;",
                 "de school biedt verrijkingsmateriaal en een compacting-aanpak voor kinderen die meer aankunnen;",
                 "de school kan binnen twee weken een consulent van het Expertiseteam Maasduinen laten meekijken;",
                 "de school heeft een protocol medisch handelen;",
                 "voor een kind met een eigen leerlijn stelt de school een OPP op."]),
        ("p", "Om de twee jaar bezoekt een auditteam van twee intern begeleiders van andere scholen iedere school "
              "('Basis in beeld'). Het auditteam rapporteert aan de directeur en het bestuur; verbeterpunten komen "
              "in het schooljaarplan."),
        ("h1", "Van licht naar zwaar: ons aanbod"),
        ("p", "Ons aanbod loopt van licht naar zwaar. Eerst is er de basisondersteuning op iedere school. Is meer "
              "nodig, dan kan de school het Expertiseteam Maasduinen inschakelen. Het Expertiseteam bestaat uit "
              "orthopedagogen, gedragsspecialisten en een logopedist. Zij kunnen een arrangement uitvoeren in de "
              "klas, bijvoorbeeld tien weken begeleiding bij gedrag of een training voor de leerkracht."),
        ("p", "Daarnaast zijn er arrangementen op groepsniveau: de Tijgergroep (voor kinderen die meer aankunnen, "
              "een dagdeel per week), de Taalbrug (voor nieuwkomers) en de Kleine Klas in Bergen-Noord, een "
              "tussenvoorziening voor kinderen die tijdelijk een kleinere groep nodig hebben. Voor kinderen die "
              "meer nodig hebben dan de basisschool met deze arrangementen kan bieden, zijn er de sbo-scholen "
              "De Fontein en De Kring en de so-scholen De Maasoever en Het Baken."),
        ("p", "Niet voor elk kind is er al een passende plek. Daar blijven we aandacht voor houden."),
        ("h1", "Toelaatbaarheid en plaatsing"),
        ("p", "Hoe de aanvraag van een toelaatbaarheidsverklaring verloopt en welke afwegingen daarbij een rol "
              "spelen, leest u in de Routewijzer Toelaatbaarheid (bijlage 5) en op www.passendmaasduinen.nl. De "
              "Routewijzer wordt jaarlijks geactualiseerd en daarom niet in dit plan opgenomen."),
        ("h1", "Terug naar de basisschool"),
        ("p", "Het laatste jaar van een TLV is een belangrijk moment. De sbo- of so-school plant vóór 1 december "
              "een evaluatiegesprek met ouders, de intern begeleider van de speciale school en een consulent van "
              "het Expertiseteam. Aan de hand van het OPP wordt besproken of een overstap naar een basisschool "
              "haalbaar is. Het Expertiseteam adviseert, de directeur van het samenwerkingsverband besluit vóór "
              "1 maart over verlenging of beëindiging van de TLV. Als de TLV afloopt, zoekt de speciale school "
              "samen met ouders vóór 1 mei een basisschool; de overdracht gebeurt in een warm gesprek in juni."),
        ("p", "Welke uitgangspunten en voorwaarden wij daarbij hanteren, en hoe kinderen na de overstap worden "
              "ondersteund, werken we in 2027 uit in een visie op terugplaatsing."),
        ("h1", "Wat willen we bereiken? (resultaten)"),
        ("p", "Voor de periode 2026-2030 hebben we de volgende beoogde resultaten afgesproken:"),
        ("num", ["Het percentage leerlingen dat naar het sbo gaat, daalt van 2,1% (2025) naar 1,8% in 2030.",
                 "In 2028 voldoen alle 38 scholen bij de audit 'Basis in beeld' aan alle onderdelen van de basisondersteuning.",
                 "90% van de arrangementen van het Expertiseteam start binnen vier weken na de vraag.",
                 "In 2030 volgt ten minste 95% van de kinderen met een OPP onderwijs op de school in de eigen woonplaats of de dichtstbijzijnde sbo-school."]),
        ("p", "Hoe we deze resultaten volgen en waar we erover rapporteren, beschrijven we in het kwaliteitskader "
              "dat in het eerste planjaar wordt opgesteld."),
        ("h1", "Hoe gaan we om met het geld?"),
        ("p", "Het huidige verdeelmodel loopt af op 31 juli 2026. Een nieuw model, waarin we de verhouding tussen "
              "schoolbudgetten en het Expertiseteam opnieuw bekijken, stellen we in de loop van 2026-2027 samen met "
              "de besturen vast. Tot die tijd geldt een overgangsjaar."),
        ("p", "In de meerjarenbegroting hieronder ziet u waaraan de middelen worden besteed."),
        ("table", [["Lasten (bedragen in €)", "2026", "2027", "2028", "2029"],
                   ["Afdracht so (DUO)", "2.140.000", "2.160.000", "2.170.000", "2.180.000"],
                   ["Overdracht sbo", "1.020.000", "1.000.000", "985.000", "970.000"],
                   ["Middelen naar besturen", "2.310.000", "2.290.000", "2.270.000", "2.250.000"],
                   ["Expertiseteam Maasduinen", "940.000", "955.000", "970.000", "985.000"],
                   ["Groepsarrangementen (Tijgergroep, Taalbrug, Kleine Klas)", "410.000", "415.000", "420.000", "425.000"],
                   ["Bureau, bestuur en huisvesting", "385.000", "390.000", "395.000", "400.000"],
                   ["Totaal lasten", "7.205.000", "7.210.000", "7.210.000", "7.210.000"],
                   ["Totaal baten", "7.150.000", "7.170.000", "7.190.000", "7.205.000"]]),
        ("h1", "Samenwerken met gemeenten en jeugdhulp"),
        *f_oogo_coop(c),
        ("p", "Op iedere school is schoolmaatschappelijk werk beschikbaar, betaald door de gemeente. In de "
              "Kleine Klas werkt een jeugdhulpverlener mee, die samen met de leerkracht het groepsplan uitvoert."),
        ("h1", "Bestuur en organisatie"),
        *f_governance(c),
        ("h1", "Medewerkers"),
        *f_personeel(c),
        ("h1", "Privacy"),
        *f_privacy(c),
        ("h1", "Ouders en communicatie"),
        ("p", "[tekst volgt na afstemming met de werkgroep communicatie]"),
        ("h2", "Medezeggenschap"),
        *f_opr(c, ouders_noemen=False),
        ("h1", "Kleine scholen, grote opgave"),
        ("p", "Bijna de helft van onze scholen heeft minder dan honderd leerlingen. Op zulke scholen is de intern "
              "begeleider vaak ook leerkracht, soms zelfs directeur. Combinatiegroepen zijn de norm, en als een "
              "leerkracht ziek is, is vervanging lastig. Toch zien we op kleine scholen ook veel kracht: "
              "leerkrachten kennen ieder kind en iedere ouder, en kinderen helpen elkaar over de grenzen van de "
              "jaargroep heen. De besturen hebben afgesproken dat kleine scholen in een cluster samenwerken, "
              "bijvoorbeeld door een gezamenlijke intern begeleider of door het delen van een gedragsspecialist. "
              "Het bureau ondersteunt de clusters bij het maken van roosters en afspraken."),
        ("p", "Ook de krimp raakt onze dorpen. Waar een school onder de opheffingsnorm dreigt te komen, zoekt "
              "het bestuur samen met de gemeente en de dorpsraad naar een oplossing, zoals een samenwerkingsschool "
              "of een integraal kindcentrum. Het samenwerkingsverband denkt mee over de gevolgen voor kinderen "
              "die nu veel aan hun vertrouwde omgeving hebben."),
        ("h1", "Van basisschool naar voortgezet onderwijs"),
        *f_overstap(c),
        ("h1", "Leren van elkaar"),
        *f_kennis(c),
        *f_comm_prof(c),
        ("h1", "Vervoer en huisvesting"),
        *f_vervoer(c),
        ("h1", "Jaarcyclus"),
        *f_jaarcyclus(c),
        ("h1", "Tijdpad"),
        ("table", [["Wanneer", "Wat"], ["Najaar 2026", "Kwaliteitskader; overgangsjaar verdeelmodel"],
                   ["Voorjaar 2027", "Nieuw verdeelmodel vastgesteld"], ["2027", "Visie op terugplaatsing"],
                   ["2028", "Tweede ronde audits 'Basis in beeld'"], ["2029-2030", "Nieuw ondersteuningsplan"]]),
        ("h1", "Tot slot"),
        *f_slot(c),
        ("h1", "Woordenlijst"),
        *f_begrippen(COMMON_BEGRIPPEN + [
            ("Bezwaar", "Ouders kunnen bezwaar maken tegen een besluit over toelaatbaarheid."),
            ("Commissie van Toelaatbaarheid", "Commissie die namens het samenwerkingsverband besluit over TLV's."),
            ("Onderwijsconsulent", "Onafhankelijke deskundige die ouders kosteloos adviseert bij problemen rond "
                                   "toelating, verwijdering of thuiszitten."),
            ("Schoolgids", "Jaarlijkse gids waarin de school ouders informeert over onder meer de ondersteuning.")]),
    ]
    return c, b


# ============================================================================================
# PLAN D  -  VO, pdf  -  Noord-Veluwe
# BO missing | PL partial (procedure only via website) | TS present | FIN present (verdeling in table)
# DA present | RES partial (doelen deferred) | OU partial (informatie deferred)
# ============================================================================================

def plan_d():
    c = dict(naam="Vereniging Samenwerkingsverband Voortgezet Onderwijs Noord-Veluwe", sector="vo", besturen="5",
             bestuurder="de directeur-bestuurder", toezicht="de algemene ledenvergadering",
             statuten="8 november 2021", opr_leden="10", opr_datum="2 april 2026", fte_bureau="9,0",
             gemeenten="Harderwijk-Noord, Ermelo-Oost, Nunspeet en Elburg-Zuid", oogo_datum="24 maart 2026")
    b = [
        ("title", "ONDERSTEUNINGSPLAN 2026 - 2030"),
        ("sub", "Vereniging Samenwerkingsverband Voortgezet Onderwijs Noord-Veluwe, registratienummer VO 23-04"),
        ("sub", "Vastgesteld door de algemene ledenvergadering op 16 april 2026"),
        ("pagebreak", None),
        ("toc", ["1 Algemeen", "1.1 Wettelijk kader", "1.2 Uitgangspunten", "1.3 Kengetallen",
                 "2 Ondersteuningsstructuur", "2.1 Basisondersteuning", "2.2 Ondersteuningsroute en voorzieningen",
                 "2.3 Thuiszitters en maatwerk", "3 Toewijzing", "3.1 Toelaatbaarheid vso", "3.2 Lwoo en pro",
                 "4 Doorstroom en uitstroom", "5 Kwaliteitszorg", "6 Ouders", "7 Organisatie en bedrijfsvoering",
                 "7.1 Bestuur", "7.2 Medezeggenschap", "7.3 Personeel", "7.4 Financieel beleid",
                 "7.5 Gegevensbescherming", "8 Samenwerking met gemeenten", "9 Ontwikkelagenda",
                 "Bijlage A Begrippen", "Bijlage B Afkortingen"]),
        ("pagebreak", None),
        ("h1", "1 Algemeen"),
        ("h2", "1.1 Wettelijk kader"),
        ("p", "Artikel 17a van de Wet op het voortgezet onderwijs (thans artikel 2.47 en volgende van de WVO "
              "2020) verplicht het samenwerkingsverband ten minste eenmaal per vier jaar een ondersteuningsplan "
              "vast te stellen. Het plan omvat in elk geval de onderwerpen die in de wet zijn genoemd, waaronder "
              "de basisondersteuning, de verdeling van middelen, de toelaatbaarheid tot het vso, de "
              "terugplaatsing, de resultaten en de informatie aan ouders. Dit document is het ondersteuningsplan "
              "voor de periode 1 augustus 2026 tot en met 31 juli 2030."),
        ("p", "Het plan is het resultaat van overleg met de aangesloten schoolbesturen, met de gemeenten (OOGO), "
              "met de aangrenzende PO-samenwerkingsverbanden en met de ondersteuningsplanraad. Het plan wordt "
              "jaarlijks uitgewerkt in een jaarplan en een begroting."),
        ("h2", "1.2 Uitgangspunten"),
        ("p", "De vereniging hanteert de volgende uitgangspunten. Ten eerste: de school waar een leerling is "
              "aangemeld of ingeschreven is verantwoordelijk voor het bieden van een passende plek (zorgplicht). "
              "Ten tweede: het samenwerkingsverband faciliteert, de school voert uit. Ten derde: besluiten worden "
              "genomen op basis van de ondersteuningsbehoefte van de leerling en niet op basis van een diagnose. "
              "Ten vierde: het samenwerkingsverband werkt transparant en legt verantwoording af over zijn keuzes."),
        ("p", "Deze uitgangspunten zijn niet nieuw. Zij vormden ook de basis van het vorige plan en zijn in de "
              "evaluatie door alle partijen onderschreven. Nieuw in deze planperiode is de nadruk op "
              "regionale samenwerking: de vier gemeenten, de jeugdhulpaanbieders en het mbo worden nadrukkelijker "
              "betrokken bij de inrichting van voorzieningen."),
        ("p", "De vereniging is zich ervan bewust dat dit plan tot stand komt in een periode van landelijke "
              "beleidswijzigingen. De wetgeving over de positie van ouders en leerlingen, de discussie over de "
              "bekostiging van het voortgezet onderwijs en de krapte op de arbeidsmarkt hebben invloed op de "
              "uitvoering. Het bestuur volgt deze ontwikkelingen via de VO-raad en het landelijk netwerk van "
              "samenwerkingsverbanden. Wanneer een wijziging van dit plan nodig is, wordt deze na instemming van "
              "de ondersteuningsplanraad vastgesteld door de algemene ledenvergadering. Kleine, redactionele "
              "aanpassingen worden in het jaarplan vermeld."),
        ("h2", "1.3 Kengetallen"),
        ("table", [["Kengetal (peildatum 1 oktober 2025)", "Aantal / percentage"],
                   ["Aangesloten besturen", "5"], ["Vestigingen vo (incl. pro)", "11"], ["Leerlingen vo", "8.740"],
                   ["Leerlingen met lwoo", "612"], ["Leerlingen pro", "298"], ["Deelname vso", "3,4%"],
                   ["Teruggeplaatst uit vso (2024-2025)", "17"]]),
        ("h1", "2 Ondersteuningsstructuur"),
        ("h2", "2.1 Basisondersteuning"),
        ("p", "Zie hoofdstuk 9 (Ontwikkelagenda)."),
        ("h2", "2.2 Ondersteuningsroute en voorzieningen"),
        ("p", "Wanneer de ondersteuning op school niet volstaat, volgt een vaste route. De school bespreekt de "
              "leerling in het interne ondersteuningsteam en kan vervolgens de consulent van het "
              "samenwerkingsverband inschakelen. Samen stellen zij vast welk arrangement nodig is. Het "
              "samenwerkingsverband kent de volgende voorzieningen, van licht naar zwaar:"),
        ("table", [["Niveau", "Voorziening", "Voor wie"],
                   ["A", "Schoolarrangement (uit schoolbudget)", "Leerlingen die tijdelijk extra begeleiding in de eigen school nodig hebben"],
                   ["B", "Ambulante begeleiding en coaching door het expertisecentrum", "Leerlingen met complexe gedrags- of ontwikkelingsvragen"],
                   ["C", "OPDC De Brug (maximaal 12 maanden)", "Leerlingen die tijdelijk buiten de klas onderwijs en begeleiding nodig hebben, met terugkeer naar de eigen school"],
                   ["D", "Rebound 't Kompas (maximaal 12 weken)", "Leerlingen die door gedrag tijdelijk niet op school kunnen blijven"],
                   ["E", "Onderwijs-zorgarrangement 'Kansrijk'", "Jongeren met een combinatie van onderwijs- en jeugdhulpbehoefte"],
                   ["F", "Voortgezet speciaal onderwijs", "Leerlingen met een TLV"]]),
        ("p", "Deze voorzieningen vormen samen het continuüm van ondersteuning in de regio. Het bureau beheert "
              "een actueel overzicht van de beschikbare plaatsen per voorziening."),
        ("h2", "2.3 Thuiszitters en maatwerk"),
        ("p", "Het samenwerkingsverband voert maandelijks een thuiszittersoverleg met leerplicht, jeugdhulp en "
              "de scholen. Iedere school meldt een leerling die langer dan vier weken verzuimt of niet "
              "ingeschreven staat. Voor iedere leerling wordt binnen twee weken een plan van aanpak opgesteld "
              "met een vaste regisseur. Lukt het niet om binnen drie maanden een passende plek te vinden, dan "
              "zet de directeur-bestuurder zijn doorzettingsmacht in en kan hij uit het maatwerkfonds een "
              "voorziening op maat financieren. Signalen over ontbrekend aanbod worden eens per half jaar "
              "gebundeld in een notitie 'witte vlekken' aan het bestuur, dat besluit over nieuw aanbod."),
        ("h1", "3 Toewijzing"),
        ("h2", "3.1 Toelaatbaarheid vso"),
        ("p", "Een leerling is toelaatbaar tot het vso wanneer (1) de ondersteuningsbehoefte de mogelijkheden van "
              "de reguliere school en de voorzieningen A tot en met D structureel overstijgt, (2) er sprake is van "
              "een langdurige behoefte aan een kleine groep en specialistische begeleiding gedurende de hele "
              "schooldag, en (3) het vso een reëel ontwikkelingsperspectief biedt richting vervolgonderwijs, "
              "arbeid of dagbesteding. Een TLV geldt in de regel twee schooljaren."),
        ("p", "De aanvraagprocedure (formulieren, termijnen, samenstelling van de commissie) is uitgewerkt in de "
              "'Werkwijzer toewijzing' op www.swvnoordveluwe.nl."),
        ("h2", "3.2 Lwoo en pro"),
        ("p", "Het samenwerkingsverband heeft gebruikgemaakt van de mogelijkheid om eigen criteria voor lwoo vast "
              "te stellen (opting out). Een leerling komt in aanmerking voor lwoo als hij op ten minste twee van de "
              "vier domeinen (leren, werkhouding, sociaal-emotioneel, taal) een ondersteuningsbehoefte heeft die "
              "blijkt uit het onderwijskundig rapport en die met de ondersteuning in de leerweg alleen niet kan "
              "worden opgevangen. De aanwijzing geldt voor de duur van de opleiding. Voor pro gelden de landelijke "
              "criteria."),
        ("h1", "4 Doorstroom en uitstroom"),
        ("p", "Het vso is bedoeld als tijdelijke of blijvende plek, afhankelijk van de jongere. Uitgangspunt is "
              "dat de jongere terugkeert naar het regulier voortgezet onderwijs wanneer dat kan, of via het vso "
              "doorstroomt naar mbo of arbeid. Voorwaarde voor terugkeer is dat de jongere met de voorzieningen "
              "A of B op een reguliere school kan functioneren en dat jongere en ouders daarachter staan."),
        ("p", "Procedure. Bij iedere evaluatie van het OPP (twee keer per jaar) beoordeelt de vso-school of "
              "terugkeer in beeld is. In het laatste jaar van de TLV legt de vso-school uiterlijk 1 februari een "
              "advies voor aan de toewijzingscommissie: terugplaatsing, overplaatsing of verlenging. De commissie "
              "besluit vóór 1 april, na een gesprek met jongere en ouders. Bij terugplaatsing wijst de commissie in "
              "overleg met ouders een reguliere school aan; die school heeft zorgplicht en organiseert vóór de "
              "zomervakantie een kennismaking."),
        ("p", "Ondersteuning na terugkeer. De ontvangende school krijgt gedurende één schooljaar een "
              "terugkeerarrangement van € 6.000 en de jongere houdt zes maanden recht op coaching vanuit het vso. "
              "Na drie maanden evalueren vso-school, ontvangende school en ouders de overstap. In 2024-2025 keerden "
              "17 jongeren terug naar het regulier vo; 14 van hen zaten na een jaar nog op dezelfde school."),
        ("h1", "5 Kwaliteitszorg"),
        ("p", "De vereniging werkt met een cyclus van plannen, uitvoeren, meten en bijstellen. Het bureau "
              "verzamelt twee keer per jaar gegevens over deelname vso, lwoo en pro, thuiszitters, "
              "terugplaatsingen, doorlooptijden van aanvragen en de tevredenheid van scholen en ouders. De "
              "uitkomsten worden in een kwaliteitsrapportage aan de algemene ledenvergadering en de OPR "
              "voorgelegd (december). Om de twee jaar voert een extern bureau een audit uit op de werking van "
              "de ondersteuningsroute. De bereikte resultaten worden verantwoord in het jaarverslag."),
        ("p", "De beoogde resultaten voor deze planperiode worden na de nulmeting in het najaar van 2026 "
              "geformuleerd en in het jaarplan 2027 opgenomen."),
        ("h1", "6 Ouders"),
        ("p", "Ouders die er met de school niet uitkomen, kunnen terecht bij het Ouder- en Jeugdsteunpunt "
              "Noord-Veluwe. Het steunpunt is onafhankelijk van scholen en samenwerkingsverband, is gratis en "
              "bereikbaar via telefoon, e-mail en een wekelijks inloopspreekuur in Harderwijk. Ook kunnen ouders "
              "een onderwijsconsulent inschakelen. Voor klachten en geschillen over toelating, verwijdering en het "
              "OPP kunnen ouders zich wenden tot de Geschillencommissie passend onderwijs van Onderwijsgeschillen."),
        ("p", "De communicatie met ouders over het ondersteuningsaanbod is in eerste instantie een taak van de "
              "scholen. Een communicatieplan van het samenwerkingsverband volgt in 2027."),
        ("h1", "7 Organisatie en bedrijfsvoering"),
        ("h2", "7.1 Bestuur"),
        *f_governance(c),
        ("h2", "7.2 Medezeggenschap"),
        *f_opr(c, ouders_noemen=True),
        ("h2", "7.3 Personeel"),
        *f_personeel(c),
        ("h2", "7.4 Financieel beleid"),
        ("p", "Het financieel beleid is gericht op een sluitende meerjarenbegroting en een verantwoorde omvang "
              "van de reserves. De verdeling van de middelen is als volgt geregeld:"),
        ("table", [["Budget", "Verdeelcriterium", "Besluit / termijn"],
                   ["Schoolbudget", "€ 160 per leerling (1 oktober t-1) + vaste voet € 15.000 per vestiging", "ALV, jaarlijks in juni"],
                   ["Expertisecentrum (niveau B)", "Toewijzing per arrangement door consulent, max. 20 weken", "Bureau, binnen 3 weken"],
                   ["OPDC en Rebound", "Vast budget, plaatsing op basis van aanmelding door school", "Toewijzingscommissie"],
                   ["Maatwerkfonds", "Aanvraag per leerling, alleen na thuiszittersoverleg", "Directeur-bestuurder, binnen 2 weken"],
                   ["Terugkeerarrangement", "€ 6.000 per teruggeplaatste leerling", "Toewijzingscommissie"]]),
        ("table", [["Meerjarenbegroting (x € 1.000)", "2026", "2027", "2028", "2029"],
                   ["Baten (rijksbijdrage ondersteuning, lwoo, pro)", "11.820", "11.760", "11.700", "11.640"],
                   ["Afdracht vso en pro/lwoo naar scholen", "7.410", "7.380", "7.350", "7.320"],
                   ["Schoolbudgetten", "1.560", "1.550", "1.540", "1.530"],
                   ["Expertisecentrum", "980", "990", "1.000", "1.010"],
                   ["OPDC De Brug en Rebound 't Kompas", "1.120", "1.130", "1.140", "1.150"],
                   ["Maatwerkfonds en terugkeerarrangementen", "310", "300", "290", "280"],
                   ["Bureau", "520", "525", "530", "535"],
                   ["Saldo", "-80", "-115", "-150", "-185"]]),
        ("p", "Scholen leggen jaarlijks verantwoording af over de inzet van het schoolbudget via een korte "
              "rapportage. Het weerstandsvermogen wordt in de planperiode teruggebracht naar 4 procent."),
        ("h2", "7.5 Gegevensbescherming"),
        *f_privacy(c),
        ("h1", "8 Samenwerking met gemeenten"),
        *f_oogo_coop(c),
        ("p", "Aansluiting po-vo en vo-mbo."),
        *f_overstap(c),
        ("p", "Kennisdeling."),
        *f_kennis(c),
        *f_vervoer(c),
        *f_jaarcyclus(c),
        ("h1", "9 Ontwikkelagenda"),
        ("p", "Basisondersteuning. De besturen herijken de afspraken over basisondersteuning zodra de landelijke "
              "norm basisondersteuning van kracht is. De uitkomst wordt als addendum bij dit plan gevoegd. Tot "
              "die tijd verwijzen wij naar de ondersteuningsparagraaf in de schoolgidsen."),
        ("p", "Overige punten op de ontwikkelagenda: versterking van de aansluiting vo-mbo, uitbreiding van het "
              "aantal plaatsen in het OPDC, en een onderzoek naar onderwijs aan hoogbegaafde leerlingen in de "
              "onderbouw. Elk punt wordt in het jaarplan van een eigenaar en een planning voorzien."),
        ("p", "Tot slot."),
        *f_slot(c),
        ("h1", "Bijlage A Begrippen"),
        *f_begrippen(COMMON_BEGRIPPEN + [
            ("Ondersteuningsniveaus", "Basisondersteuning, extra ondersteuning en specialistische ondersteuning."),
            ("Informatie aan ouders", "Ouders worden over de ondersteuningsmogelijkheden geïnformeerd via "
                                      "schoolgids, website en informatieavonden.")]),
        ("h1", "Bijlage B Afkortingen"),
        ("table", [["Afkorting", "Betekenis"], ["ALV", "Algemene ledenvergadering"], ["lwoo", "Leerwegondersteunend onderwijs"],
                   ["OPDC", "Orthopedagogisch-didactisch centrum"], ["pro", "Praktijkonderwijs"],
                   ["vso", "Voortgezet speciaal onderwijs"], ["WVO", "Wet op het voortgezet onderwijs"]]),
    ]
    return c, b


# ============================================================================================
# PLAN E  -  PO, html  -  Eemvallei
# BO partial (niveau deferred, inhoud present) | PL present | TS missing | FIN missing
# DA partial (continuum missing, lacunes present) | RES present | OU present
# ============================================================================================

def plan_e():
    c = dict(naam="Stichting Samenwerkingsverband Passend Onderwijs Eemvallei", sector="po", besturen="11",
             bestuurder="de bestuurder", toezicht="de raad van toezicht", statuten="21 juni 2023",
             opr_leden="16", opr_datum="7 april 2026", fte_bureau="13,1",
             gemeenten="Eemstad, Baarnveld en Leusdenberg", oogo_datum="11 maart 2026", oza_geld=False)
    b = [
        ("title", "Ondersteuningsplan 2026-2030: Eemvallei, elk kind op de goede plek"),
        ("sub", "Webversie van het ondersteuningsplan van Samenwerkingsverband Passend Onderwijs Eemvallei "
                "(PO 26-03). De PDF-versie kunt u downloaden onderaan deze pagina."),
        ("toc", ["Inleiding", "Onze koers", "Wat scholen bieden", "Ondersteuningstoewijzing: sbo en so",
                 "Terugplaatsing", "Geen kind thuis", "Opbrengsten", "Middelen", "Informatie voor ouders",
                 "Samenwerking met gemeenten", "Organisatie", "Medezeggenschap", "Medewerkers", "Privacy",
                 "Begrippen"]),
        ("h1", "Inleiding"),
        ("p", "Welkom op de webversie van ons ondersteuningsplan. Dit plan geldt van 1 augustus 2026 tot en met "
              "31 juli 2030 en beschrijft hoe elf schoolbesturen in de Eemvallei samen zorgen voor passend "
              "onderwijs voor ruim 14.000 kinderen op 62 basisscholen, 4 sbo-scholen en 3 so-scholen. We hebben "
              "gekozen voor een webversie omdat we weten dat weinig mensen een document van zestig pagina's van "
              "begin tot eind lezen. Via de inhoudsopgave springt u naar het onderdeel dat u zoekt."),
        ("p", "Het plan is geschreven in een periode waarin veel verandert. De landelijke norm voor "
              "basisondersteuning komt eraan, het ouder- en jeugdsteunpunt wordt wettelijk verplicht en de "
              "tekorten aan leerkrachten zijn groot. We hebben geprobeerd een plan te maken dat stevig genoeg is "
              "om op te bouwen en flexibel genoeg om bij te sturen."),
        ("p", "Dit plan is geschreven door een werkgroep van intern begeleiders, directeuren, een ouder uit de "
              "ondersteuningsplanraad en medewerkers van het bureau. De werkgroep kwam tussen september 2025 en "
              "februari 2026 acht keer bijeen. Tussentijds zijn de concepten besproken met de besturen, de "
              "gemeenten en de sbo- en so-scholen. Iedereen die een reactie gaf, heeft een antwoord gekregen; "
              "een overzicht van de reacties en wat we ermee deden, ligt op het bureau ter inzage."),
        ("h2", "Wettelijk kader"),
        ("p", "Ieder samenwerkingsverband stelt ten minste eens in de vier jaar een ondersteuningsplan vast "
              "(artikel 18a Wet op het primair onderwijs). Voordat het plan wordt vastgesteld, voert het "
              "samenwerkingsverband op overeenstemming gericht overleg met de gemeenten en overleg met het "
              "samenwerkingsverband voortgezet onderwijs. De ondersteuningsplanraad moet instemmen. Het plan wordt "
              "vóór 1 mei naar de Inspectie van het Onderwijs gestuurd. Voor dit plan gebeurde dat op 22 april "
              "2026, na instemming van de ondersteuningsplanraad op 7 april en het OOGO op 11 maart 2026."),
        ("h2", "Wat verandert er de komende jaren?"),
        ("p", "Drie landelijke ontwikkelingen bepalen mede de koers van de komende jaren. De eerste is de "
              "landelijke norm voor basisondersteuning, die naar verwachting vanaf 2027 richtinggevend wordt. De "
              "tweede is de Wet versterking positie ouders en leerlingen, waarmee het hoorrecht voor leerlingen en "
              "het ouder- en jeugdsteunpunt een wettelijke basis krijgen. De derde is het lerarentekort, dat in de "
              "Eemvallei vooral de scholen in de stadswijken van Eemstad raakt. Waar nodig passen we dit plan "
              "tussentijds aan; wijzigingen leggen we altijd voor aan de ondersteuningsplanraad."),
        ("h1", "Onze koers"),
        ("p", "Ieder kind in de Eemvallei verdient een plek op school waar het zich veilig voelt en kan leren. "
              "Wij willen dat kinderen naar school gaan in hun eigen wijk of dorp, tenzij het echt niet anders "
              "kan. Wij vinden dat het onderwijs zich aanpast aan het kind en niet andersom. En wij vinden dat "
              "ouders en kinderen serieus genomen moeten worden in alles wat we doen."),
        ("p", "De koers kent vijf speerpunten: sterke scholen, snelle hulp, geen kind thuis, samen met ouders, en "
              "samen met de gemeenten. Elk speerpunt komt in een van de volgende onderdelen terug. Aan het einde "
              "van ieder schooljaar kijken we met de besturen of we op koers liggen."),
        ("p", "De afgelopen planperiode hebben we veel geleerd. We zagen dat scholen die elkaar opzoeken beter in "
              "staat zijn om kinderen vast te houden. We zagen ook dat procedures soms langer duurden dan goed "
              "was voor een kind. En we zagen dat ouders niet altijd wisten waar ze terechtkonden. Die lessen "
              "liggen onder de keuzes die we in dit plan maken."),
        ("h1", "Wat scholen bieden"),
        ("p", "Een door het samenwerkingsverband vastgesteld niveau van basisondersteuning dat voor alle "
              "vestigingen geldt, is er in deze planperiode nog niet. De besturen willen eerst de landelijke norm "
              "afwachten; het gezamenlijke niveau stellen zij daarna vast, naar verwachting in 2027."),
        ("p", "Wel heeft het samenwerkingsverband in 2025 geïnventariseerd wat scholen nu al bieden. Op de scholen "
              "treft u de volgende voorzieningen aan:"),
        ("bul", ["een intern begeleider en een ondersteuningsteam dat minimaal drie keer per jaar bijeenkomt;",
                 "een aanpak voor dyslexie volgens het landelijke protocol, met een leesspecialist;",
                 "een rekenspecialist en een aanpak voor ernstige rekenproblemen;",
                 "een gedragsspecialist of een aanpak zoals PBS voor een veilig schoolklimaat;",
                 "verrijking en een plusgroep voor kinderen die meer aankunnen;",
                 "een schakelaanbod Nederlands voor nieuwkomers;",
                 "afspraken over medische handelingen en over het toedienen van medicijnen."]),
        ("h1", "Ondersteuningstoewijzing: sbo en so"),
        ("p", "Heeft een kind meer nodig dan de basisschool kan bieden, dan kan het schoolbestuur een "
              "toelaatbaarheidsverklaring aanvragen voor het speciaal basisonderwijs (sbo) of het speciaal "
              "onderwijs (so). Dat gaat zo:"),
        ("num", ["De school bespreekt het kind in het ondersteuningsteam, met ouders en de onderwijsadviseur van het samenwerkingsverband.",
                 "De school vult het groeidocument aan met het ontwikkelingsperspectief en de zienswijze van ouders en dient de aanvraag in bij de Commissie Toewijzing.",
                 "Een orthopedagoog of psycholoog en een tweede deskundige (bijvoorbeeld een jeugdarts of maatschappelijk werker) geven ieder apart een schriftelijk advies. Ouders ontvangen een kopie.",
                 "De Commissie Toewijzing neemt binnen zes weken een besluit.",
                 "Ouders kunnen binnen zes weken bezwaar maken. De Landelijke Bezwaaradviescommissie geeft daarover advies aan het samenwerkingsverband."]),
        ("p", "Een kind is toelaatbaar tot het sbo als de school en het samenwerkingsverband samen minstens een "
              "half jaar een arrangement hebben ingezet, dat arrangement is geëvalueerd, en het kind structureel "
              "behoefte heeft aan een kleine groep met meer structuur en specialistische didactiek dan een "
              "basisschool kan bieden. Een kind is toelaatbaar tot het so als daarnaast sprake is van een "
              "ondersteuningsbehoefte op het gebied van gedrag, ontwikkeling of lichamelijke beperking die "
              "gedurende de hele schooldag een specialistische aanpak en een groep van maximaal tien tot twaalf "
              "kinderen vraagt. Een TLV voor het sbo geldt tot het einde van de basisschool; een TLV voor het so "
              "geldt drie schooljaren en vermeldt de bekostigingscategorie."),
        ("h1", "Terugplaatsing"),
        ("p", "Over terugplaatsing naar het basisonderwijs maken we in deze planperiode nieuwe afspraken met de "
              "sbo- en so-scholen. Tot die tijd blijft de praktijk ongewijzigd."),
        ("h1", "Geen kind thuis"),
        ("p", "Geen kind thuis: dat is onze belofte. Daarom organiseren we met de drie gemeenten een "
              "thuiszitterstafel die iedere maand bijeenkomt. Scholen en leerplichtambtenaren melden ieder kind dat "
              "langer dan twee weken niet naar school gaat. Binnen twee weken na de melding wijst de tafel een "
              "casusregisseur aan die samen met ouders, school en jeugdhulp een plan maakt. De "
              "thuiszittersregistratie wordt ieder kwartaal besproken met de wethouders onderwijs."),
        ("p", "Daarnaast kunnen scholen, ouders en hulpverleners via een signaalformulier op de website melden "
              "wanneer ze merken dat er voor een groep kinderen geen passend aanbod is. Elk jaar in maart maakt het "
              "bureau op basis van die signalen een witte-vlekkenanalyse. Het bestuur besluit in juni welke "
              "ontbrekende voorzieningen worden ontwikkeld. In 2025 leidde dat tot een tweede groep voor "
              "hoogbegaafde kinderen en een onderwijs-zorgarrangement voor jonge kinderen met een "
              "ontwikkelingsachterstand."),
        ("h1", "Opbrengsten"),
        ("p", "Wat willen we aan het einde van de planperiode bereikt hebben? Wij hebben vier doelen gesteld:"),
        ("table", [["Doel", "2025", "2030"],
                   ["Aantal kinderen dat langer dan 3 maanden thuiszit", "19", "minder dan 5"],
                   ["Doorlooptijd TLV-aanvraag (gemiddeld)", "7,5 week", "5 weken"],
                   ["Percentage kinderen met OPP dat het eigen perspectief haalt", "76%", "85%"],
                   ["Tevredenheid ouders over ondersteuning (rapportcijfer)", "7,0", "7,6"]]),
        ("p", "We meten de doelen ieder jaar in oktober. Het bureau haalt gegevens uit de registratie van de "
              "Commissie Toewijzing, de thuiszittersregistratie en een oudervragenlijst die we elk voorjaar "
              "uitzetten. De uitkomsten bespreken we met de besturen, de ondersteuningsplanraad en de raad van "
              "toezicht, en we publiceren ze in het jaarverslag. Lopen we achter, dan stelt de bestuurder in het "
              "jaarplan bij."),
        ("h1", "Middelen"),
        ("p", "Hoe het samenwerkingsverband de middelen verdeelt en besteedt, staat in de jaarlijkse begroting en "
              "het jaarverslag. Die kunt u opvragen bij het bureau."),
        ("h1", "Informatie voor ouders"),
        ("p", "Ouders vinden op deze website de rubriek 'Voor ouders', met uitleg over de ondersteuning op school, "
              "de route naar het sbo en so en een lijst met veelgestelde vragen. Iedere school beschrijft in de "
              "schoolgids welke ondersteuning zij biedt en bespreekt die bij het kennismakingsgesprek. Twee keer "
              "per jaar organiseert het samenwerkingsverband een ouderavond over een thema, zoals de overstap naar "
              "het voortgezet onderwijs."),
        ("p", "Heeft u een vraag of loopt u vast met school? Dan kunt u terecht bij Ouder- en Jeugdsteunpunt "
              "Eemvallei. De medewerkers van het steunpunt werken onafhankelijk, luisteren naar uw verhaal en "
              "denken mee. Zij kunnen ook meegaan naar een gesprek. U kunt daarnaast een onderwijsconsulent "
              "inschakelen; dat is gratis. Komt u er niet uit, dan kunt u een klacht indienen bij het schoolbestuur "
              "of een geschil voorleggen aan de Geschillencommissie passend onderwijs."),
        ("h1", "Samenwerking met gemeenten"),
        *f_oogo_coop(c),
        *f_vervoer(c),
        ("h1", "Van groep 8 naar de brugklas"),
        *f_overstap(c),
        ("h1", "Kennis delen"),
        *f_kennis(c),
        *f_comm_prof(c),
        ("h1", "Kinderen aan het woord"),
        ("p", "Bij het schrijven van dit plan hebben we ook kinderen gesproken. In een kinderraad van acht "
              "leerlingen uit groep 6 tot en met 8 vertelden zij wat een goede school voor hen is. De antwoorden "
              "waren verrassend eenvoudig: een juf of meester die naar je luistert, een plek waar je even rustig "
              "kunt zitten als het te druk wordt, en vrienden in de klas. Een leerling zei: 'Als ik het niet "
              "snap, wil ik het nog een keer anders uitgelegd krijgen, niet harder.' Die woorden hebben we "
              "boven ons bureau gehangen."),
        ("p", "De kinderraad komt in de planperiode twee keer per jaar bijeen. De bestuurder is bij iedere "
              "bijeenkomst aanwezig. Wat de kinderen inbrengen, nemen we mee in de netwerken en in het "
              "jaarplan."),
        ("h1", "Organisatie"),
        *f_governance(c),
        *f_jaarcyclus(c),
        ("h1", "Medezeggenschap"),
        *f_opr(c, ouders_noemen=True),
        ("h1", "Medewerkers"),
        *f_personeel(c),
        ("h1", "Privacy"),
        *f_privacy(c),
        ("h1", "Tot slot"),
        *f_slot(c),
        ("h1", "Begrippen"),
        *f_begrippen(COMMON_BEGRIPPEN + [
            ("Terugplaatsingsarrangement", "Extra ondersteuning voor een kind dat vanuit het sbo of so terugkeert "
                                           "naar de basisschool."),
            ("Verevening", "Correctie op het ondersteuningsbudget op basis van het deelnamepercentage so.")]),
    ]
    return c, b


# ============================================================================================
# NEAR-MISS  -  school-level "ondersteuningsplan" of a single basisschool
# ============================================================================================

def near_miss():
    b = [
        ("title", "Ondersteuningsplan OBS De Klimop 2025-2026"),
        ("sub", "Zorgstructuur, zorgniveaus en werkwijze van het ondersteuningsteam"),
        ("h1", "1. Inleiding"),
        ("p", "Dit ondersteuningsplan beschrijft hoe OBS De Klimop in het schooljaar 2025-2026 de ondersteuning "
              "aan leerlingen organiseert. Het plan is bedoeld voor het team, de medezeggenschapsraad en ouders. "
              "De Klimop is een openbare basisschool in de wijk Oosterpark met 286 leerlingen in twaalf groepen. "
              "De school is aangesloten bij het samenwerkingsverband passend onderwijs in de regio en werkt binnen "
              "de afspraken uit het ondersteuningsplan van dat samenwerkingsverband."),
        ("p", "Het plan wordt ieder jaar door de intern begeleider en de directeur geactualiseerd en in juni met "
              "het team besproken. De medezeggenschapsraad heeft het plan op 24 juni 2025 ingezien."),
        ("h1", "2. Zorgniveaus"),
        ("p", "Wij werken met vijf zorgniveaus. Zorgniveau 1 is goed lesgeven in de groep voor alle leerlingen. "
              "Zorgniveau 2 is extra instructie of verlengde instructie in de groep, na signalering in de "
              "groepsbespreking. Zorgniveau 3 is specifieke ondersteuning na overleg met de intern begeleider, "
              "bijvoorbeeld een handelingsplan of remedial teaching buiten de groep. Zorgniveau 4 is "
              "ondersteuning met inzet van externe deskundigen, zoals de consulent van het samenwerkingsverband. "
              "Zorgniveau 5 is de situatie waarin een leerling meer nodig heeft dan de school kan bieden; dan "
              "wordt samen met ouders een TLV voor het speciaal basisonderwijs of speciaal onderwijs "
              "aangevraagd bij het samenwerkingsverband."),
        ("p", "De zorgniveaus 1 tot en met 3 vallen binnen de basisondersteuning van onze school zoals "
              "beschreven in ons schoolondersteuningsprofiel. Het schoolondersteuningsprofiel staat op onze "
              "website en in de schoolgids."),
        ("h1", "3. Groepsbesprekingen en leerlingbesprekingen"),
        ("p", "Drie keer per jaar (oktober, februari en juni) voert de intern begeleider met iedere leerkracht een "
              "groepsbespreking. Daarin worden de resultaten van de methodegebonden en niet-methodegebonden "
              "toetsen besproken, de groepsplannen geëvalueerd en leerlingen met opvallende ontwikkeling "
              "gesignaleerd. Leerlingen over wie zorgen bestaan, worden in een leerlingbespreking verder "
              "besproken. Van iedere bespreking wordt een verslag gemaakt in het leerlingvolgsysteem."),
        ("p", "Na de groepsbespreking stelt de leerkracht het groepsplan bij. Het groepsplan beschrijft per "
              "vakgebied drie instructiegroepen: basis, verlengd en verdiept. Voor leerlingen met een eigen "
              "leerlijn stellen wij een ontwikkelingsperspectief (OPP) op, dat twee keer per jaar met ouders "
              "wordt besproken."),
        ("h1", "4. Het ondersteuningsteam"),
        ("p", "Het ondersteuningsteam (OT) van De Klimop bestaat uit de intern begeleider, de directeur, de "
              "consulent van het samenwerkingsverband en de schoolmaatschappelijk werker. Ouders worden altijd "
              "uitgenodigd als hun kind wordt besproken. Het OT komt vijf keer per jaar bijeen. Het OT kan "
              "besluiten tot observatie, nader onderzoek, een arrangement via het samenwerkingsverband of "
              "verwijzing naar jeugdhulp."),
        ("h1", "5. Toetskalender en resultaten"),
        ("table", [["Maand", "Toets", "Groepen"], ["September", "Signaleringslijst sociaal-emotioneel", "1-8"],
                   ["Januari", "Leerlingvolgsysteem midden", "3-8"], ["Februari", "Doorstroomtoets", "8"],
                   ["Juni", "Leerlingvolgsysteem eind", "3-7"]]),
        ("p", "De resultaten van de toetsen worden door het team geanalyseerd in de trendanalyse van februari en "
              "juni. Op basis daarvan stelt de school haar doelen voor het volgende jaar bij. In 2024-2025 haalde "
              "94% van de leerlingen in groep 8 het referentieniveau 1F voor lezen."),
        ("h1", "6. Ouders"),
        ("p", "Ouders zijn onze belangrijkste partners. Wij informeren ouders via de schoolgids, de maandelijkse "
              "nieuwsbrief en de ouderapp. Bij zorgen over hun kind neemt de leerkracht contact op; ouders kunnen "
              "ook zelf een gesprek aanvragen met de intern begeleider. Ouders met een klacht kunnen terecht bij de "
              "vertrouwenspersoon van de school of bij de landelijke klachtencommissie waarbij het bestuur is "
              "aangesloten. Ouders kunnen ook contact opnemen met het ouder- en jeugdsteunpunt van het "
              "samenwerkingsverband."),
        ("h1", "7. Middelen"),
        ("p", "De school ontvangt van het samenwerkingsverband via het bestuur een schoolbudget voor extra "
              "ondersteuning. In 2025-2026 bedraagt dit budget € 48.600. De school zet het in voor 0,4 fte "
              "remedial teaching, een gedragsspecialist (4 uur per week) en de aanschaf van materialen voor de "
              "plusgroep. De inzet wordt verantwoord in het jaarverslag van het bestuur."),
        ("h1", "8. Protocollen"),
        ("bul", ["Protocol leesproblemen en dyslexie", "Protocol medisch handelen", "Anti-pestprotocol",
                 "Protocol meer- en hoogbegaafdheid", "Protocol schorsing en verwijdering"]),
        ("p", "De protocollen liggen ter inzage bij de directie en staan op de teamschijf."),
        ("h1", "9. Jaarplanning zorg"),
        ("table", [["Periode", "Activiteit", "Wie"], ["Augustus", "Overdracht groepen", "Leerkrachten, IB"],
                   ["Oktober", "Groepsbesprekingen ronde 1", "IB, leerkrachten"], ["November", "OT-overleg", "OT"],
                   ["Februari", "Groepsbesprekingen ronde 2, trendanalyse", "IB, team"],
                   ["Maart", "Voorlopig advies groep 8 / OT-overleg", "Leerkracht groep 8, OT"],
                   ["Juni", "Groepsbesprekingen ronde 3, evaluatie ondersteuningsplan", "IB, directie"]]),
        ("p", "Dit plan is opgesteld door de intern begeleider, mevrouw J. de Groot, en vastgesteld door de "
              "directeur, de heer P. Aydin, op 30 juni 2025."),
    ]
    return b


# --------------------------------------------------------------------------------------------

def main():
    ca, ba = plan_a()
    render_docx(ba, OUT / "po-rijnstreek-oost.docx",
                "Ondersteuningsplan 2026-2030 · SWV Passend Onderwijs Rijnstreek-Oost")
    cb, bb = plan_b()
    render_docx(bb, OUT / "vo-linge-betuwe.docx", "Koersdocument & Ondersteuningsplan · SWV VO Linge & Betuwe")
    cc, bc = plan_c()
    render_pdf(bc, OUT / "po-maasduinen.pdf", "Samen Maasduinen · Ondersteuningsplan 2026-2030")
    cd, bd = plan_d()
    render_pdf(bd, OUT / "vo-noord-veluwe.pdf", "SWV VO Noord-Veluwe · Ondersteuningsplan 2026-2030")
    ce, be = plan_e()
    render_html(be, OUT / "po-eemvallei.html", "Ondersteuningsplan 2026-2030 | SWV Passend Onderwijs Eemvallei",
                "Samenwerkingsverband Passend Onderwijs Eemvallei")
    render_docx(near_miss(), OUT / "po-klimop-schoolplan.docx", "OBS De Klimop · Ondersteuningsplan 2025-2026")


if __name__ == "__main__":
    main()
