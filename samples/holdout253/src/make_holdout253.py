#!/usr/bin/env python3
"""Generate the holdout253 test set: five fictional ondersteuningsplannen (PO/VO) and one
near-miss document, in docx / pdf (via LibreOffice) / html, plus .expected.yaml label files.

Deterministic, no network. Output goes to the folder above this script's folder.
"""
import html
import shutil
import subprocess
import tempfile
import datetime
import zipfile
from pathlib import Path

import docx
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent

# ---------------------------------------------------------------- block model
def H1(t): return ("h1", t)
def H2(t): return ("h2", t)
def P(t): return ("p", t)
def UL(items): return ("ul", items)
def TB(rows): return ("table", rows)


def render_docx(blocks, path, title, header):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = header
    sec.footer.paragraphs[0].text = title + " | versie ter vaststelling"
    for kind, val in blocks:
        if kind == "title":
            d.add_heading(val, level=0)
        elif kind == "h1":
            d.add_heading(val, level=1)
        elif kind == "h2":
            d.add_heading(val, level=2)
        elif kind == "p":
            d.add_paragraph(val)
        elif kind == "ul":
            for it in val:
                d.add_paragraph(it, style="List Bullet")
        elif kind == "table":
            t = d.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for i, row in enumerate(val):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
                    if i == 0:
                        for r in t.cell(i, j).paragraphs[0].runs:
                            r.bold = True
            d.add_paragraph("")
        elif kind == "pagebreak":
            d.add_page_break()
    cp = d.core_properties
    cp.author = "holdout253"
    cp.last_modified_by = "holdout253"
    cp.created = cp.modified = datetime.datetime(2025, 4, 1, 9, 0, 0)
    cp.revision = 1
    d.save(str(path))
    _fix_zip_dates(path)


def _fix_zip_dates(path):
    """Rewrite the docx zip with fixed entry timestamps so output is byte-identical per run."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 4, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def render_html(blocks, path, title, header):
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           f"<title>{e(title)}</title>",
           "<style>body{font-family:Arial,sans-serif;max-width:60em;margin:auto}"
           "table{border-collapse:collapse}td,th{border:1px solid #999;padding:4px}"
           ".kpi{background:#eef}</style>", "</head>", "<body>",
           f'<header class="site-header"><p>{e(header)}</p><nav><a href="#">Home</a> | '
           '<a href="#">Over ons</a> | <a href="#">Ouders</a> | <a href="#">Scholen</a> | '
           '<a href="#">Contact</a></nav></header>', "<main>"]
    for kind, val in blocks:
        if kind == "title":
            out.append(f"<h1>{e(val)}</h1>")
        elif kind == "h1":
            out.append(f"<h2>{e(val)}</h2>")
        elif kind == "h2":
            out.append(f"<h3>{e(val)}</h3>")
        elif kind == "p":
            out.append(f"<p>{e(val)}</p>")
        elif kind == "ul":
            out.append("<ul>" + "".join(f"<li>{e(i)}</li>" for i in val) + "</ul>")
        elif kind == "table":
            rows = ["<tr>" + "".join(f"<th>{e(c)}</th>" for c in val[0]) + "</tr>"]
            for r in val[1:]:
                rows.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
            out.append('<table class="kpi">' + "".join(rows) + "</table>")
    out += ["</main>", f"<footer><p>{e(title)} &middot; &copy; 2025 &middot; "
            "Privacyverklaring &middot; Cookies &middot; Toegankelijkheid</p></footer>",
            "</body>", "</html>"]
    path.write_text("\n".join(out), encoding="utf-8")


def docx_to_pdf(blocks, pdf_path, title, header):
    tmp = Path(tempfile.mkdtemp(prefix="holdout253_pdf_"))
    try:
        src = tmp / (pdf_path.stem + ".docx")
        render_docx(blocks, src, title, header)
        subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp}/lo_profile", "--headless",
                        "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        shutil.copyfile(tmp / (pdf_path.stem + ".pdf"), pdf_path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def toc(headings):
    return [H1("Inhoudsopgave"), UL(headings)]


# ---------------------------------------------------------------- neutral filler
def voorwoord(c):
    return [H1("Voorwoord"),
            P(f"Voor u ligt het ondersteuningsplan {c['periode']} van {c['naam']}. Het plan is het "
              f"resultaat van een jaar lang praten, luisteren en schrijven. Directeuren, intern begeleiders, "
              f"ondersteuningscoördinatoren, leden van de ondersteuningsplanraad{c.get('meedenkers', ', ouders, leerlingen')} en onze "
              f"partners in {c['regio']} hebben meegedacht. Dat heeft een plan opgeleverd dat compacter is dan "
              f"het vorige: minder beschrijving, meer keuzes."),
            P("We hebben bewust gekozen voor korte teksten, opsommingen en overzichten. Dit plan is geen "
              "naslagwerk voor specialisten, maar een gezamenlijke koers voor iedereen die betrokken is bij "
              "passend onderwijs in onze regio. Daarom ziet u veel overzichten 'in één oogopslag'."),
            P("De afgelopen jaren zijn er mooie resultaten geboekt, maar we zien ook dat de druk op scholen "
              "toeneemt. Het lerarentekort, de groei van de jeugdhulpvraag en krappere middelen vragen om "
              "scherpe keuzes. Tegelijkertijd blijft onze ambitie overeind: elke jongere verdient onderwijs "
              "dat bij hem of haar past, zo dicht mogelijk bij huis."),
            P(f"Ik dank iedereen die heeft bijgedragen. In het bijzonder dank ik de leden van de "
              f"ondersteuningsplanraad voor hun kritische en constructieve inbreng."),
            P(f"{c['bestuurder']}, directeur-bestuurder {c['kort']}")]


def inleiding(c):
    return [H1("Inleiding en leeswijzer"),
            P(f"{c['naam']} (regiocode {c['code']}) is een van de samenwerkingsverbanden passend onderwijs "
              f"in Nederland. In het verband werken {c['besturen']} schoolbesturen samen, met in totaal "
              f"{c['scholen']} scholen en ongeveer {c['leerlingen']} leerlingen."),
            P("Dit plan beschrijft wat we de komende vier jaar willen bereiken en hoe we dat organiseren. "
              "Elk hoofdstuk begint met een korte samenvatting. Wie meer wil weten, vindt verdieping in de "
              "jaarplannen die we elk jaar opstellen en bespreken met de ondersteuningsplanraad."),
            P("Leeswijzer:"),
            UL(["Deel A beschrijft wie we zijn en waar we voor staan (context, missie, visie).",
                "Deel B beschrijft de ondersteuning en de route van leerlingen.",
                "Deel C beschrijft organisatie, samenwerking en bedrijfsvoering.",
                "In de bijlagen vindt u de begrippenlijst en de afkortingen."]),
            P("Het plan is opgesteld volgens de wettelijke eisen. Waar in dit plan 'scholen' staat, bedoelen "
              "we alle vestigingen van de aangesloten schoolbesturen.")]


def kengetallen(c, extra_rows=()):
    rows = [["Kengetal", "Waarde (1 oktober 2024)"],
            ["Aangesloten schoolbesturen", str(c["besturen"])],
            ["Scholen / vestigingen", str(c["scholen"])],
            ["Leerlingen", c["leerlingen"]],
            ["Gemeenten in de regio", str(c["gemeenten"])],
            ["Medewerkers bureau SWV (fte)", c["fte"]]]
    rows += list(extra_rows)
    return [H1("De regio in één oogopslag"),
            P(f"Het werkgebied van {c['kort']} omvat {c['gemeenten']} gemeenten. De regio kent zowel "
              f"stedelijke kernen als uitgestrekte landelijke gebieden. Dat betekent dat reisafstanden "
              f"voor sommige leerlingen groot zijn."),
            TB(rows),
            P("De verwachting is dat het aantal leerlingen de komende planperiode licht daalt, vooral in de "
              "kleinere kernen. Dat heeft gevolgen voor de spreiding van voorzieningen en voor de "
              "levensvatbaarheid van kleine scholen.")]


def missie_visie(c):
    return [H1("Missie, visie en kernwaarden"),
            H2("Missie"),
            P(f"{c['kort']} zorgt er samen met de scholen voor dat jongeren in {c['regio']} zich kunnen "
              f"ontwikkelen op een school die bij hen past."),
            H2("Visie"),
            P("Wij geloven dat ieder kind talenten heeft. Onderwijs is meer dan kennisoverdracht: het gaat "
              "ook om erbij horen, meedoen en vertrouwen krijgen. Passend onderwijs is daarom geen apart "
              "systeem, maar een manier van kijken naar leerlingen."),
            P("We kijken eerst naar wat een leerling nodig heeft, niet naar wat een leerling 'heeft'. We "
              "denken in mogelijkheden. En we doen het samen: school, ouders, leerling en partners."),
            H2("Kernwaarden"),
            UL(["Samen: we zijn gezamenlijk verantwoordelijk voor alle jongeren in de regio.",
                "Dichtbij: zo thuisnabij als mogelijk.",
                "Eenvoudig: korte lijnen, weinig bureaucratie.",
                "Lerend: we leren van wat werkt en wat niet werkt.",
                "Transparant: we zijn open over keuzes en dilemma's."]),
            P("Deze kernwaarden zijn richtinggevend voor alle keuzes die in dit plan worden gemaakt.")]


def governance(c, money=True):
    blocks = [H1("Organisatie en governance"),
              P(f"{c['kort']} is een stichting. De aangesloten schoolbesturen vormen samen het algemeen "
                f"bestuur (AB). Het AB houdt toezicht op de directeur-bestuurder, die het verband leidt en "
                f"eindverantwoordelijk is voor de uitvoering van dit plan."),
              TB([["Orgaan", "Rol", "Vergaderfrequentie"],
                  ["Algemeen bestuur (toezicht)", "Toezicht, goedkeuring plan en jaarrekening", "5x per jaar"],
                  ["Directeur-bestuurder", "Besturen en uitvoeren", "doorlopend"],
                  ["Directeurenoverleg", "Advies en afstemming", "6x per jaar"],
                  ["Auditcommissie", "Voorbereiding toezicht", "3x per jaar"],
                  ["Ondersteuningsplanraad", "Instemming ondersteuningsplan", "6x per jaar"]]),
              P("We hanteren de Code Goed Bestuur van de sectorraad. Het scheiden van bestuur en toezicht is "
                "in de statuten vastgelegd. Eens per jaar evalueert het AB het eigen functioneren."),
              P("Het bureau van het samenwerkingsverband is klein en wendbaar. Het bestaat uit een "
                "directeur-bestuurder, een beleidsmedewerker, een secretariaat en een team van "
                "consulenten/orthopedagogen.")]
    if money:
        blocks.append(P("Het AB keurt jaarlijks de begroting en de jaarrekening goed. De accountant "
                        "controleert de jaarrekening."))
    return blocks


def opr(c, with_parents=True):
    if with_parents:
        t = (f"De ondersteuningsplanraad (OPR) bestaat uit {c['opr']} leden: de helft personeelsleden en de "
             "helft ouders of leerlingen, afgevaardigd vanuit de medezeggenschapsraden van de scholen. De OPR "
             "heeft instemmingsrecht op het ondersteuningsplan.")
    else:
        t = (f"De ondersteuningsplanraad (OPR) telt {c['opr']} leden, afgevaardigd vanuit de "
             "medezeggenschapsraden van de aangesloten scholen. De OPR heeft instemmingsrecht op het "
             "ondersteuningsplan.")
    return [H1("Medezeggenschap"),
            P(t),
            P("De OPR vergadert zes keer per jaar met de directeur-bestuurder. Nieuwe leden volgen een "
              "scholingsbijeenkomst. De OPR heeft een eigen budget voor scholing en advies."),
            P("Daarnaast heeft het samenwerkingsverband een eigen medezeggenschapsraad voor het personeel "
              "van het bureau."),
            UL(["Instemming ondersteuningsplan en wijzigingen daarvan.",
                "Jaarlijks gesprek over het jaarverslag.",
                "Gevraagd en ongevraagd advies."])]


def oogo(c, procedural_only=False):
    if procedural_only:
        return [H1("Totstandkoming van dit plan"),
                UL([f"Concept besproken in directeurenoverleg: {c['d_dir']}.",
                    f"Op overeenstemming gericht overleg (OOGO) met de colleges van B&W: {c['d_oogo']}.",
                    f"Overleg met het aangrenzende samenwerkingsverband: {c['d_buur']}.",
                    f"Instemming ondersteuningsplanraad: {c['d_opr']}.",
                    f"Vaststelling door het bestuur: {c['d_vast']}.",
                    "Toezending aan de Inspectie van het Onderwijs: vóór 1 mei 2025."]),
                P("De verslagen van deze overleggen liggen ter inzage op het bureau van het "
                  "samenwerkingsverband.")]
    return [H1("Samenwerking met gemeenten en jeugdhulp"),
            P(f"Onderwijs en jeugdhulp raken elkaar op veel plekken. Met de {c['gemeenten']} gemeenten in de "
              f"regio voeren we op overeenstemming gericht overleg (OOGO) over dit plan en over de "
              f"jeugdplannen van de gemeenten."),
            P("Gezamenlijke thema's voor de planperiode:"),
            UL(["Jeugdhulp op school: de jeugdhulpmedewerker is op elke school bekend en bereikbaar.",
                "Leerlingenvervoer: afstemming over reistijden en vervoer naar speciale voorzieningen.",
                "Onderwijshuisvesting: gezamenlijke planning bij nieuwbouw en renovatie.",
                "Overgangen: van po naar vo en van vo naar mbo of werk.",
                "Onderwijs-zorgarrangementen voor leerlingen die zowel onderwijs als zorg nodig hebben."]),
            P("Het OOGO vindt twee keer per jaar plaats op bestuurlijk niveau. Ambtelijk is er elke zes "
              "weken overleg. Afspraken leggen we vast in een gezamenlijke agenda."),
            P(f"Totstandkoming: OOGO over het concept van dit plan vond plaats op {c['d_oogo']}; de "
              f"ondersteuningsplanraad stemde in op {c['d_opr']}; het bestuur stelde het plan vast op "
              f"{c['d_vast']}.")]


def personeel(c):
    return [H1("Personeel en professionalisering"),
            P("Goed onderwijs staat of valt met goede professionals. Het lerarentekort raakt ook de "
              "ondersteuning: ondersteuningscoördinatoren en intern begeleiders hebben het druk, en "
              "gespecialiseerde functies zijn lastig te vervullen."),
            UL(["Een jaarlijks scholingsaanbod voor leraren en ondersteuners.",
                "Intervisienetwerken voor intern begeleiders en ondersteuningscoördinatoren.",
                "Een traineeship voor startende orthopedagogen, samen met twee hogescholen.",
                "Een gezamenlijke vervangingspool met de schoolbesturen (verkenning in 2026)."]),
            P("Het personeel van het bureau valt onder de cao van de sector. Voor het personeel dat vanuit "
              "het samenwerkingsverband op scholen werkt, maken we afspraken met de schoolbesturen over "
              "detachering en aansturing."),
            P("In het jaarplan staat welke scholingsactiviteiten in welk jaar plaatsvinden.")]


def ict_privacy(c):
    return [H1("ICT, gegevens en privacy"),
            P("We werken met een beveiligde digitale omgeving voor aanvragen en dossiers. Alleen "
              "medewerkers die dat voor hun taak nodig hebben, hebben toegang."),
            UL(["Er is een functionaris gegevensbescherming (gedeeld met drie andere verbanden).",
                "Dossiers worden bewaard zolang de wet dat voorschrijft en daarna vernietigd.",
                "Datalekken worden binnen 72 uur gemeld bij de Autoriteit Persoonsgegevens.",
                "Jaarlijks voeren we een privacy-check uit op onze systemen."]),
            P("In 2026 vervangen we het huidige registratiesysteem. De aanbesteding start in het voorjaar "
              "van 2026. Het nieuwe systeem moet gebruiksvriendelijker zijn voor scholen.")]


def huisvesting(c, vervoer=True):
    if not vervoer:
        return [H1("Huisvesting"),
                P("Het bureau is gevestigd in een bedrijfsverzamelgebouw in het centrum van de regio. Het "
                  "gebouw is goed bereikbaar met het openbaar vervoer en volledig toegankelijk voor "
                  "rolstoelgebruikers. Gesprekken met scholen vinden zoveel mogelijk op de school zelf "
                  "plaats, zodat medewerkers van scholen niet hoeven te reizen."),
                P("Het huurcontract loopt tot 2028. In 2027 besluit het bestuur of het bureau blijft of "
                  "verhuist naar een locatie die we delen met andere onderwijsorganisaties.")]
    return [H1("Huisvesting en vervoer"),
            P("Het bureau is gevestigd in een bedrijfsverzamelgebouw in het centrum van de regio. Gesprekken "
              "met scholen en ouders vinden zoveel mogelijk op de school zelf plaats."),
            P("Leerlingenvervoer is een taak van de gemeenten. Wij stemmen met de gemeenten af wanneer "
              "een leerling naar een school buiten de eigen gemeente gaat.")]


def vo_mbo(c):
    return [H1("Aansluiting vo – mbo – arbeidsmarkt"),
            P("De overstap naar het mbo is voor veel jongeren een kwetsbaar moment. Samen met de mbo-"
              "instellingen in de regio werken we aan een warme overdracht."),
            UL(["Doorstroomgesprekken in het voorjaar van het examenjaar.",
                "Een gezamenlijk overdrachtsformulier vo-mbo.",
                "Afstemming met de Regionale Meld- en Coördinatiefunctie (RMC)."]),
            P("Voor jongeren uit het praktijkonderwijs en het vso werken we samen met het regionale "
              "werkbedrijf aan routes naar werk.")]


def po_vo(c):
    return [H1("Overstap po – vo"),
            P("De overgang van de basisschool naar het voortgezet onderwijs vraagt om goede afstemming. "
              "We werken samen met het samenwerkingsverband vo in de regio."),
            UL(["Een regionale overstapkalender.",
                "Een digitaal overdrachtsdossier.",
                "Gezamenlijke scholing over de doorstroomtoets."]),
            P("De afspraken met het vo-verband worden jaarlijks herijkt in het bestuurlijk overleg.")]


def terugblik_org(c):
    return [H1("Terugblik: hoe de organisatie zich ontwikkelde"),
            P(f"De vorige planperiode was voor {c['kort']} een periode van bouwen aan de organisatie. Het "
              "bureau verhuisde naar een nieuwe locatie, de governance werd aangepast aan de Code Goed "
              "Bestuur en er kwam een nieuwe directeur-bestuurder."),
            UL(["Het algemeen bestuur koos voor een model met een onafhankelijke voorzitter.",
                "De samenwerking met de directeuren kreeg een vaste vorm in het directeurenoverleg.",
                "De coronaperiode vroeg veel flexibiliteit van scholen en bureau.",
                "Het aantal medewerkers van het bureau bleef vrijwel gelijk."]),
            P("In gesprekken met schoolleiders, de ondersteuningsplanraad en partners hoorden we vaak "
              "dezelfde wens: minder papier, meer vertrouwen en kortere lijnen. Die wens hebben we "
              "meegenomen bij het schrijven van dit plan. Tegelijk constateren we dat de vorige planperiode "
              "vooral gericht was op de eigen organisatie; in deze planperiode richten we de blik meer naar "
              "buiten.")]


def ontwikkelingen(c):
    return [H1("Ontwikkelingen die op ons afkomen"),
            P("Het onderwijs verandert snel. Een aantal landelijke en regionale ontwikkelingen heeft invloed "
              "op de komende planperiode:"),
            UL(["Het lerarentekort: vooral in de grotere kernen zijn vacatures moeilijk te vervullen.",
                "Krimp: in de kleinere kernen daalt het aantal leerlingen; scholen fuseren of sluiten.",
                "Landelijk beleid: de verbeteraanpak passend onderwijs loopt door; de minister werkt aan "
                "een landelijke norm en aan inclusiever onderwijs in 2035.",
                "Nieuwe wetgeving over de positie van ouders en leerlingen treedt in de planperiode in "
                "werking; wij volgen de invoering.",
                "Jeugdhulp: gemeenten hervormen hun inkoop van jeugdhulp.",
                "Digitalisering en kunstmatige intelligentie veranderen het leren en de administratie."]),
            P("Deze ontwikkelingen vragen om een wendbare organisatie. We kiezen daarom voor een plan op "
              "hoofdlijnen, met jaarlijkse jaarplannen waarin we de koers zo nodig bijstellen. Grote "
              "wijzigingen leggen we altijd voor aan de ondersteuningsplanraad.")]


def kennisdeling(c):
    return [H1("Kennisdeling en netwerken"),
            P("Veel kennis zit al in de scholen. Het samenwerkingsverband zorgt dat die kennis gedeeld "
              "wordt."),
            UL(["Leernetwerken voor ondersteuningscoördinatoren en intern begeleiders, vier keer per jaar.",
                "Een jaarlijkse studiedag met een externe spreker en workshops door collega's.",
                "Collegiale visitatie: professionals bezoeken elkaars school om van elkaars werkwijze te "
                "leren.",
                "Samenwerking met een lectoraat van de hogeschool voor praktijkgericht onderzoek."]),
            P("De netwerken worden voorbereid door een kerngroep van professionals uit de scholen. Het "
              "bureau faciliteert en zorgt voor verslaglegging.")]


def inclusie(c):
    return [H1("Op weg naar inclusiever onderwijs"),
            P("Landelijk is afgesproken dat het onderwijs in 2035 inclusiever moet zijn. Dat betekent dat "
              "meer kinderen en jongeren samen naar school gaan, ongeacht hun beperking of "
              "ondersteuningsbehoefte. Wij onderschrijven die beweging."),
            P("Inclusie is geen doel op zich. Het gaat erom dat iedere jongere zich welkom voelt en kan "
              "meedoen. Dat vraagt iets van scholen, van professionals, van ouders en van de omgeving. Het "
              "vraagt ook om gebouwen die toegankelijk zijn en om roosters die ruimte laten voor "
              "begeleiding en therapie."),
            UL(["We gaan het gesprek aan met schoolbesturen over wat inclusiever onderwijs voor hen "
                "betekent.",
                "We volgen landelijke pilots en nodigen initiatiefnemers uit om hun ervaringen te delen.",
                "We vragen schoolbesturen bij nieuwbouw en renovatie te letten op toegankelijkheid.",
                "We betrekken de ondersteuningsplanraad en het jongerenpanel bij elke stap."]),
            P("In deze planperiode verkennen we wat inclusiever onderwijs in onze regio kan betekenen. Na "
              "twee jaar maken we de balans op en besluiten we over de volgende stap.")]


def planning(c, rows):
    return [H1("Planning van de planperiode"),
            P("Onderstaande tabel geeft de belangrijkste mijlpalen. De uitwerking staat in de jaarplannen."),
            TB([["Jaar", "Mijlpalen"]] + rows)]


def begrippen(c, entries):
    return [H1("Bijlage: begrippenlijst"),
            TB([["Begrip", "Omschrijving"]] + entries)]


def afkortingen(entries):
    return [H1("Bijlage: afkortingen"), UL(entries)]


STD_BEGRIPPEN = [
    ["Basisondersteuning", "Het afgesproken niveau van ondersteuning dat alle scholen in het samenwerkingsverband bieden."],
    ["Extra ondersteuning", "Ondersteuning die de basisondersteuning overstijgt, vaak in de vorm van een arrangement."],
    ["Arrangement", "Een afgebakend pakket van ondersteuning voor een leerling of groep leerlingen."],
    ["Toelaatbaarheidsverklaring (TLV)", "Besluit van het samenwerkingsverband dat een leerling toelaatbaar is tot het speciaal (basis)onderwijs."],
    ["Terugplaatsing", "De overstap van een leerling uit het speciaal onderwijs naar het regulier onderwijs."],
    ["Dekkend aanbod", "Een samenhangend geheel van voorzieningen waardoor voor iedere leerling een passende plek is."],
    ["Ouder- en jeugdsteunpunt (OJSP)", "Onafhankelijk steunpunt waar ouders en jongeren terechtkunnen met vragen en zorgen."],
    ["Meerjarenbegroting", "Begroting voor meerdere jaren die laat zien hoe de middelen worden besteed."],
    ["Zorgplicht", "De plicht van een schoolbestuur om een aangemelde leerling een passende onderwijsplek te bieden."],
    ["Thuiszitter", "Een leerplichtige jongere die zonder geldige vrijstelling niet naar school gaat."],
]
STD_AFK = ["AB – algemeen bestuur", "OC – ondersteuningscoördinator", "OJSP – ouder- en jeugdsteunpunt",
           "OOGO – op overeenstemming gericht overleg", "OPP – ontwikkelingsperspectiefplan",
           "OPR – ondersteuningsplanraad", "SOP – schoolondersteuningsprofiel",
           "SWV – samenwerkingsverband", "TLV – toelaatbaarheidsverklaring"]
VO_AFK = ["LWOO – leerwegondersteunend onderwijs", "OPDC – orthopedagogisch-didactisch centrum",
          "PrO – praktijkonderwijs", "VSO – voortgezet speciaal onderwijs"]
PO_AFK = ["IB – intern begeleider", "SBO – speciaal basisonderwijs", "SO – speciaal onderwijs"]


# ================================================================ PLAN 1 (VO, docx)
C1 = dict(naam="Samenwerkingsverband VO Kust en Polder", kort="SWV Kust en Polder", code="VO 27-31",
          periode="2025-2029", regio="de kuststreek en de polders daarachter", besturen=9, scholen=17,
          leerlingen="14.350", gemeenten=6, fte="11,4", bestuurder="Marieke van Dalfsen", opr=16,
          d_oogo="11 februari 2025", d_opr="25 maart 2025", d_vast="8 april 2025",
          d_dir="14 januari 2025", d_buur="20 januari 2025")


def plan1():
    c = C1
    b = [("title", "Ondersteuningsplan 2025-2029 – SWV VO Kust en Polder"),
         P("Koers op hoofdlijnen | vastgesteld door het algemeen bestuur op 8 april 2025"),
         P("Trefwoorden: basisondersteuning · toelaatbaarheid · terugplaatsing · financiën · dekkend aanbod · "
           "resultaten · ouders")]
    b += toc(["1 Voorwoord", "2 Inleiding en leeswijzer", "3 De regio in één oogopslag",
              "4 Missie, visie en kernwaarden", "5 Samenvatting: dit plan in 12 punten",
              "6 Wat elke school biedt", "7 Ondersteuning in lagen", "8 Toelaatbaarheid vso, lwoo en pro",
              "9 Geen jongere thuis", "10 Geld en verdeling", "11 Communicatie", "12 Medezeggenschap",
              "13 Samenwerking met gemeenten en jeugdhulp", "14 Organisatie en governance",
              "15 Personeel en professionalisering", "16 ICT, gegevens en privacy",
              "17 Aansluiting vo – mbo – arbeidsmarkt", "18 Resultaten en opbrengsten", "19 Planning",
              "Bijlage: begrippenlijst", "Bijlage: afkortingen"])
    b += voorwoord(c) + inleiding(c) + kengetallen(c) + missie_visie(c)
    b += [H1("Samenvatting: dit plan in 12 punten"),
          UL(["Elke school biedt dezelfde basis: tien afspraken die voor alle 17 vestigingen gelden.",
              "Extra ondersteuning regelen scholen zelf met het schoolbudget; voor meer is er het loket.",
              "Het OPDC 'De Overstap' blijft de tussenvoorziening voor de hele regio.",
              "Toelaatbaarheid tot het vso loopt via het Loket en de Commissie Toelaatbaarheid.",
              "Terugkeer naar het regulier vo plannen we vanaf de eerste dag van een vso-plaatsing.",
              "Het geld gaat zoveel mogelijk naar de scholen: 78% gaat direct naar de besturen.",
              "Het thuiszittersoverleg komt elke zes weken bij elkaar.",
              "Ouders vinden alle informatie op één plek en kunnen onafhankelijk advies krijgen.",
              "We investeren in professionalisering van mentoren.",
              "We werken met de gemeenten aan één gezamenlijke jeugdagenda.",
              "We vervangen ons registratiesysteem in 2026.",
              "We zijn open over wat lukt en wat niet."])]
    # --- basisondersteuning (present)
    b += [H1("Wat elke school biedt"),
          P("In onze regio hebben alle schoolbesturen afgesproken welk niveau van ondersteuning iedere "
            "vestiging minimaal biedt, zonder dat daarvoor een aanvraag bij het samenwerkingsverband nodig "
            "is. Dit noemen we de basisondersteuning. Het is een ondergrens: geen school in Kust en Polder "
            "zakt eronder, en een school mag meer bieden."),
          P("De tien afspraken (geldend voor elke vestiging, ook praktijkonderwijs en kleine locaties):"),
          TB([["#", "Afspraak", "Wat u op school ziet"],
              ["1", "Mentoraat", "Elke leerling heeft een mentor met minimaal één mentoruur per week in leerjaar 1 en 2."],
              ["2", "Ondersteuningscoördinator", "Per vestiging een ondersteuningscoördinator met ten minste 0,4 fte per 500 leerlingen."],
              ["3", "Ondersteuningsteam", "Een intern ondersteuningsteam dat minimaal zes keer per jaar overlegt over leerlingen."],
              ["4", "Dyslexie en dyscalculie", "Een protocol met faciliteiten: extra tijd, voorleessoftware, aangepaste toetsen."],
              ["5", "Sociale veiligheid", "Een anti-pestprogramma en een aanspreekpunt pesten."],
              ["6", "Trainingen", "Faalangstreductietraining en een training sociale vaardigheden in de onderbouw."],
              ["7", "Executieve functies", "Begeleiding bij plannen en organiseren (huiswerkbegeleiding of studiecoach)."],
              ["8", "Time-out en opvang", "Een rustige opvangplek met toezicht, met terugkeerafspraken."],
              ["9", "Medisch handelen", "Een protocol medisch handelen en verstrekken van medicijnen."],
              ["10", "Ketenpartners", "Vaste contactpersoon jeugdhulp/schoolmaatschappelijk werk en jeugdarts."]]),
          P("Scholen leggen in hun schoolgids vast hoe zij de afspraken invullen. Het bureau bekijkt elk "
            "jaar in een gesprek met elke school aan de hand van de kwaliteitskaart of de basis op orde is. "
            "Haalt een vestiging een afspraak niet, dan maakt het schoolbestuur binnen drie maanden een "
            "verbeterplan dat in het directeurenoverleg wordt besproken.")]
    # --- dekkend aanbod continuum (present)
    b += [H1("Ondersteuning in lagen"),
          P("Het aanbod in de regio is opgebouwd in vier lagen die op elkaar aansluiten. Een leerling "
            "stapt pas over naar een volgende laag als de vorige aantoonbaar onvoldoende is."),
          TB([["Laag", "Wat", "Waar", "Wie regelt"],
              ["1 Basis", "Tien afspraken (hoofdstuk 6)", "Elke vestiging", "School"],
              ["2 Extra op school", "Schoolarrangementen: bijv. reboundklas, plusklas, taalklas, "
               "trajectbegeleiding", "Vestiging of bestuur", "School, uit schoolbudget"],
              ["3 Bovenschools", "OPDC De Overstap (max. 1 jaar), Auti-steunpunt, "
               "onderwijs-zorgarrangementen", "Regionaal", "Loket SWV"],
              ["4 Gespecialiseerd", "vso cluster 3 en 4, praktijkonderwijs", "Vso- en pro-scholen",
               "Commissie Toelaatbaarheid"]]),
          P("Het Auti-steunpunt is een bovenschoolse voorziening op twee locaties (noord en zuid) voor "
            "leerlingen met autisme die in een reguliere klas kunnen leren, maar behoefte hebben aan een "
            "vaste plek en begeleiding in pauzes en tussenuren."),
          P("Scholen kunnen hun arrangementen voor elkaars leerlingen openstellen. Zo hoeft niet elke "
            "school alles zelf te bieden.")]
    # --- plaatsing (partial: procedure yes, criteria no) + terugstroom hidden inside (present)
    b += [H1("Toelaatbaarheid vso, lwoo en pro"),
          H2("De route in vijf stappen"),
          TB([["Stap", "Wat gebeurt er", "Wie", "Termijn"],
              ["1", "De school bespreekt de leerling in het ondersteuningsteam en stelt het groeidocument op", "School", "—"],
              ["2", "Het schoolbestuur dient de aanvraag in bij het Loket, met groeidocument, OPP en zienswijze ouders", "Schoolbestuur", "—"],
              ["3", "Twee deskundigen geven elk een eigen schriftelijk advies: een orthopedagoog of psycholoog en, afhankelijk van de leerling, een tweede deskundige (bijv. kinderpsychiater, maatschappelijk werker of arts)", "Deskundigen SWV", "binnen 3 weken"],
              ["4", "De Commissie Toelaatbaarheid neemt een besluit en bepaalt duur en bekostigingscategorie", "Commissie", "binnen 6 weken na volledige aanvraag"],
              ["5", "Ouders en school ontvangen het besluit, met de adviezen van de deskundigen", "Loket", "binnen 1 week na besluit"]]),
          P("Een TLV vso wordt in de regel afgegeven voor twee schooljaren, in de bekostigingscategorie "
            "laag, midden of hoog. Bij een spoedsituatie kan de commissie binnen vijf werkdagen een "
            "tijdelijke TLV van maximaal drie maanden afgeven."),
          H2("Wanneer is een leerling toelaatbaar?"),
          P("De commissie toetst elke aanvraag aan het Toetsingskader TLV Kust en Polder. Dit kader is "
            "opgenomen als bijlage 5 bij dit plan en wordt jaarlijks door het bestuur herzien."),
          P("Voor lwoo en praktijkonderwijs volgt het samenwerkingsverband de landelijke regeling. De "
            "aanvraagprocedure en de stukken die scholen moeten aanleveren staan op "
            "www.kustenpolder-vo.nl/lwoo-pro."),
          H2("Bezwaar"),
          P("Ouders of school die het niet eens zijn met een besluit, kunnen binnen zes weken bezwaar maken "
            "bij het bestuur. Het bestuur vraagt advies aan de Landelijke Bezwaaradviescommissie "
            "Toelaatbaarheidsverklaringen voordat het op het bezwaar beslist."),
          H2("Afloop van de TLV: terug naar het regulier vo"),
          P("Een plaatsing in het vso is voor ons geen eindstation. Ons uitgangspunt is dat een leerling "
            "terugkeert naar een reguliere school zodra dat kan, en dat de reguliere school zich daarop "
            "voorbereidt. Terugkeer gaat alleen door als de ontvangende school de benodigde ondersteuning "
            "kan bieden en de leerling en ouders het traject steunen."),
          UL(["Bij de start van de TLV legt de vso-school in het OPP vast welk doel tot terugkeer moet leiden.",
              "Elk half jaar evalueert de vso-school het OPP met ouders en leerling; het Loket schuift aan.",
              "Uiterlijk op 1 februari van het laatste TLV-jaar meldt de vso-school bij het Loket of terugkeer "
              "aan de orde is.",
              "Is dat zo, dan organiseert het Loket binnen vier weken een overstapgesprek met vso-school, "
              "ontvangende vo-school, ouders en leerling; het Loket stelt de ontvangende school vast.",
              "De TLV eindigt op 31 juli; de leerling start op 1 augustus op de nieuwe school.",
              "Na terugkeer krijgt de ontvangende school gedurende één schooljaar een "
              "overstaparrangement van € 4.500 en ambulante begeleiding vanuit de vso-school.",
              "Is terugkeer niet mogelijk, dan vraagt de vso-school tijdig een nieuwe TLV aan via de "
              "gewone route."])]
    # --- dekkend aanbod lacunes (present)
    b += [H1("Geen jongere thuis"),
          P("Elke jongere hoort op school. Toch zijn er jongeren die (tijdelijk) geen passende plek hebben. "
            "Onze aanpak:"),
          UL(["Scholen melden elke leerling die langer dan vier weken verzuimt binnen vijf werkdagen bij "
              "leerplicht en bij het Loket.",
              "Het thuiszittersoverleg (leerplicht, SWV, jeugdhulp, betrokken school) bespreekt elke zes "
              "weken alle gemelde jongeren en spreekt per jongere een eigenaar en een termijn af.",
              "Lukt het niet binnen drie maanden, dan escaleert de casus naar de directeur-bestuurder en de "
              "wethouder van de woongemeente.",
              "Patronen (bijv. geen plek voor hoogbegaafde leerlingen met angstklachten) bespreken we twee "
              "keer per jaar in het AB; op basis daarvan besluit het AB over nieuwe voorzieningen.",
              "Bij zorgplichtvragen waar het schoolbestuur vastloopt, zoekt het Loket binnen zes weken "
              "samen met de besturen een plek."])]
    # --- financien (partial: verdeling yes, besteding no)
    b += [H1("Geld en verdeling"),
          P("Het samenwerkingsverband ontvangt de middelen voor lichte en zware ondersteuning van DUO. "
            "Na aftrek van de afdracht aan het vso verdelen we het geld als volgt:"),
          UL(["Schoolbudget: elk schoolbestuur ontvangt € 152 per leerling (telling 1 oktober) voor "
              "extra ondersteuning op school (laag 2).",
              "Lwoo en pro: de middelen gaan op basis van het aantal leerlingen met een lwoo-aanwijzing "
              "en het aantal pro-leerlingen naar de besturen.",
              "Bovenschoolse voorzieningen (laag 3): het OPDC en het Auti-steunpunt krijgen een vast "
              "budget per plaats; onderwijs-zorgarrangementen per leerling op basis van het Loketbesluit.",
              "Bureau en organisatie: maximaal 6% van de totale baten."]),
          P("Besturen leggen jaarlijks in hun jaarverslag verantwoording af over de inzet van het "
            "schoolbudget, volgens een vast format."),
          P("De meerjarenbegroting 2025-2029 stelt het algemeen bestuur vast in december 2025. Zij wordt "
            "daarna als bijlage 6 aan dit plan toegevoegd."),
          P("Onze reserve bouwen we af tot een weerstandsvermogen van ten hoogste 5% van de baten.")]
    # --- ouders hidden in communicatie (present)
    b += [H1("Communicatie"),
          P("Wij willen goed bereikbaar zijn voor scholen, partners en ouders. Daarom:"),
          UL(["De website kustenpolder-vo.nl heeft een aparte ouderpagina met de tien afspraken van de "
              "basisondersteuning, de lagen van het aanbod en de route naar het vso.",
              "Elke school geeft ouders bij de aanmelding de folder 'Passend onderwijs in 10 vragen'.",
              "Twee keer per jaar organiseren we een ouderavond in noord en zuid over ondersteuning in "
              "het vo.",
              "Voor vragen of als ouders en school er samen niet uitkomen, kunnen ouders terecht bij het "
              "onafhankelijke Ouder- en Jongerensteunpunt Kust, dat los van de scholen en het SWV werkt "
              "(bereikbaar via telefoon en mail, ma t/m vr). Ook de onderwijsconsulenten van Onderwijs­"
              "consulenten Nederland kunnen kosteloos bemiddelen.",
              "Klachten over het samenwerkingsverband gaan naar de Landelijke Klachtencommissie "
              "Onderwijs, waarbij wij zijn aangesloten."]),
          P("Voor scholen verschijnt vier keer per jaar een nieuwsbrief. Partners ontvangen een jaarlijkse "
            "terugblik.")]
    b += opr(c) + oogo(c) + governance(c) + personeel(c) + ict_privacy(c) + vo_mbo(c)
    # --- resultaten (missing): heading with only passing text
    b += [H1("Resultaten en opbrengsten"),
          P("Onder deze titel staan in de vorige planperiode de inspectieresultaten van de scholen. Deze "
            "zijn openbaar via Scholen op de kaart. Het samenwerkingsverband publiceert geen eigen "
            "opbrengstgegevens van scholen."),
          P("Hoe wij de beoogde en bereikte resultaten van passend onderwijs in beeld brengen, is "
            "onderwerp van gesprek met het AB in het eerste planjaar.")]
    b += planning(c, [["2025-2026", "Nieuwe website; start thuiszittersoverleg nieuwe stijl; vaststelling meerjarenbegroting"],
                      ["2026-2027", "Nieuw registratiesysteem; herijking schoolbudget"],
                      ["2027-2028", "Tussenbalans met OPR"],
                      ["2028-2029", "Voorbereiding nieuw ondersteuningsplan"]])
    b += begrippen(c, STD_BEGRIPPEN + [["Resultaten", "De beoogde en bereikte resultaten van passend onderwijs, in woorden en cijfers."],
                                       ["Lwoo", "Leerwegondersteunend onderwijs in het vmbo."]])
    b += afkortingen(STD_AFK + VO_AFK)
    return b


LABEL1 = dict(
    documents=["vo-kustenpolder-op-2025-2029.docx"], sector="vo", looks_like_plan=True,
    elements=dict(basisondersteuning="present", plaatsing="partial", terugstroom="present",
                  financien="partial", **{"dekkend-aanbod": "present"}, resultaten="missing", ouders="present"),
    criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
              "plaatsing.procedure": True, "plaatsing.criteria": False,
              "terugstroom.procedure": True, "terugstroom.beleid": True,
              "financien.verdeling": True, "financien.besteding": False,
              "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
              "resultaten.doelen": False, "resultaten.monitoring": False,
              "ouders.informatie": True, "ouders.steunpunt": True},
    advisory_addressed={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                        "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
                        "ouders": ["betrokkenheid"]},
    notes={"basisondersteuning": "'Wat elke school biedt': minimum for every vestiging + table of ten concrete afspraken; borging via kwaliteitskaart/verbeterplan.",
           "plaatsing": "'Toelaatbaarheid vso, lwoo en pro': five-step table with Loket, deskundigen, Commissie, termijnen; criteria only referred to absent bijlage 5, lwoo/pro to a website.",
           "terugstroom": "Hidden as last subsection of the TLV chapter ('Afloop van de TLV'): aims/conditions/overstaparrangement (beleid) and steps with 1 februari, Loket, 31 juli (procedure).",
           "financien": "'Geld en verdeling': verdeelregels (EUR 152 per leerling, budget per plaats, max 6% bureau); meerjarenbegroting deferred to december 2025 / absent bijlage 6.",
           "dekkend-aanbod": "'Ondersteuning in lagen' table (continuum) and 'Geen jongere thuis' (thuiszittersoverleg, escalatie, zorgplicht).",
           "resultaten": "Heading 'Resultaten en opbrengsten' only refers to inspection data and defers the approach to the AB; glossary entry only.",
           "ouders": "Inside 'Communicatie': ouderpagina, folder, ouderavonden (informatie) and independent Ouder- en Jongerensteunpunt, onderwijsconsulenten, klachtencommissie (steunpunt)."})


# ================================================================ PLAN 2 (PO, docx)
C2 = dict(naam="Samenwerkingsverband Passend Primair Onderwijs Linge-Oever", kort="SWV Linge-Oever",
          code="PO 25-19", periode="2025-2029", regio="het stroomgebied van de Linge", besturen=12,
          scholen=64, leerlingen="11.900", gemeenten=5, fte="8,2", bestuurder="Johan Terpstra", opr=12,
          d_oogo="4 maart 2025", d_opr="1 april 2025", d_vast="15 april 2025", d_dir="4 februari 2025",
          d_buur="11 februari 2025", meedenkers=", leerkrachten")


def plan2():
    c = C2
    b = [("title", "Ondersteuningsplan SWV Linge-Oever 2025-2029"),
         P("Samen sterk voor elk kind | primair onderwijs"),
         P("Conceptversie ter instemming OPR – maart 2025")]
    b += toc(["Voorwoord", "Inleiding en leeswijzer", "De regio in één oogopslag", "Terugblik 2021-2025",
              "Missie, visie en kernwaarden", "Het Fundament: basisondersteuning",
              "Vijf niveaus van ondersteuning", "Naar het sbo of so", "Terug naar de basisschool",
              "Thuiszitters en dekkend netwerk", "Geld en middelen", "Wat willen we bereiken en hoe "
              "volgen we dat?", "Medezeggenschap", "Samenwerking met gemeenten en jeugdhulp",
              "Organisatie en governance", "Personeel en professionalisering", "Overstap po – vo",
              "ICT, gegevens en privacy", "Huisvesting en vervoer", "Ouders en communicatie", "Planning",
              "Bijlage: begrippenlijst", "Bijlage: afkortingen"])
    b += voorwoord(c) + inleiding(c)
    b += kengetallen(c, [["Leerlingen in sbo (2 scholen)", "298"], ["Leerlingen in so (cluster 3 en 4)", "171"],
                         ["Deelnamepercentage s(b)o", "3,9%"]])
    b += [H1("Terugblik 2021-2025"),
          P("In de vorige planperiode hebben we vier doelen gesteld. Zo staan we ervoor:"),
          TB([["Doel 2021-2025", "Streefwaarde", "Bereikt (2024)"],
              ["Deelnamepercentage s(b)o niet hoger dan landelijk", "≤ 4,2%", "3,9% (landelijk 4,3%)"],
              ["Doorlooptijd TLV-aanvraag", "≤ 6 weken", "gemiddeld 4,8 weken"],
              ["Scholen met basisondersteuning op orde", "100%", "91%"],
              ["Leerlingen met arrangement die doelen OPP halen", "75%", "71%"]]),
          P("De doorlooptijden zijn verbeterd. Het percentage scholen dat de basis volledig op orde heeft, "
            "bleef achter door personeelsverloop.")]
    b += missie_visie(c)
    # --- basisondersteuning partial (niveau yes, inhoud no)
    b += [H1("Het Fundament: basisondersteuning"),
          P("Alle besturen in Linge-Oever hebben afgesproken dat elke school en elke vestiging ten minste "
            "hetzelfde niveau van basisondersteuning biedt. Dat gezamenlijke minimum noemen we 'het "
            "Fundament'. Het geldt ook voor kleine dorpsscholen en nevenvestigingen."),
          P("Het Fundament volgt de vier bekende aspecten:"),
          UL(["basiskwaliteit;", "preventieve en licht curatieve interventies;",
              "onderwijsondersteuningsstructuur;", "planmatig werken."]),
          P("Wat het Fundament concreet inhoudt op een school – welke interventies, welke expertise en "
            "welke voorzieningen – beschrijft iedere school in het eigen schoolondersteuningsprofiel. Een "
            "gezamenlijke lijst met standaarden stellen we op zodra de landelijke norm voor "
            "basisondersteuning bekend is; tot die tijd geldt het profiel van de school."),
          P("Het bureau voert eens in de twee jaar een gesprek met iedere school over het Fundament.")]
    # --- dekkend aanbod continuum yes
    b += [H1("Vijf niveaus van ondersteuning"),
          P("Ondersteuning in Linge-Oever is opgebouwd als een trap. Iedere tree bouwt voort op de vorige."),
          TB([["Niveau", "Omschrijving", "Voorbeelden", "Toegang"],
              ["1", "Ondersteuning in de groep", "Differentiatie, extra instructie", "Leerkracht"],
              ["2", "Fundament (basisondersteuning)", "Zie vorig hoofdstuk", "Intern begeleider"],
              ["3", "Arrangement op school", "Taalklas, plusgroep, gedragsbegeleiding, ambulante begeleiding",
               "Ondersteuningsteam school + consulent SWV"],
              ["4", "Bovenschools arrangement", "Observatieplaatsing, Taalschool Linge, groep 'De Brug' voor "
               "jonge risicoleerlingen, onderwijs-zorgarrangement", "Commissie Arrangementen"],
              ["5", "Speciaal (basis)onderwijs", "Sbo De Wielewaal, sbo Het Baken, so cluster 3 en 4",
               "Commissie Toelaatbaarheid"]]),
          P("Scholen kunnen bovenschoolse arrangementen aanvragen via de consulent. De Commissie "
            "Arrangementen besluit binnen vier weken.")]
    # --- plaatsing present (procedure + criteria, in tables)
    b += [H1("Naar het sbo of so"),
          P("Soms past een leerling beter op een speciale school. Daarvoor is een toelaatbaarheids­"
            "verklaring (TLV) van het samenwerkingsverband nodig."),
          H2("Procedure"),
          UL(["Het bestuur van de school waar de leerling staat ingeschreven vraagt de TLV aan via het "
              "digitale aanvraagportaal.",
              "Bij de aanvraag horen: het OPP, een recent onderwijskundig rapport en het verslag van het "
              "multidisciplinair overleg.",
              "De consulent controleert binnen vijf werkdagen of het dossier volledig is.",
              "Een orthopedagoog of psycholoog van het SWV en een tweede deskundige (afhankelijk van de "
              "leerling: kinderarts, maatschappelijk werker of kinderpsychiater) adviseren elk schriftelijk.",
              "De Commissie Toelaatbaarheid besluit binnen zes weken na ontvangst van het volledige dossier.",
              "Een TLV sbo geldt tot het einde van de basisschoolperiode; een TLV so geldt twee schooljaren "
              "en vermeldt de categorie laag, midden of hoog."]),
          H2("Wanneer toelaatbaar?"),
          TB([["Naar", "Criteria (alle moeten van toepassing zijn)"],
              ["Sbo", "1) De leerling heeft minimaal een jaar een arrangement op niveau 3 of 4 gehad; "
                      "2) de doelen in het OPP zijn twee evaluatieperiodes op rij niet gehaald; "
                      "3) de ondersteuningsbehoefte vraagt om kleinere groepen en een "
                      "orthopedagogisch klimaat de hele dag; 4) de ontwikkeling is leerbaar binnen het "
                      "sbo-curriculum."],
              ["So cluster 3", "1) Een verstandelijke, lichamelijke of meervoudige beperking die "
                               "structurele aanpassing van leerstof en omgeving vraagt; 2) de reguliere school "
                               "en het sbo kunnen die aanpassing niet bieden, ook niet met een arrangement."],
              ["So cluster 4", "1) Ernstige gedrags- of psychiatrische problematiek die het leren "
                               "blokkeert; 2) jeugdhulp is betrokken of aangevraagd; 3) een arrangement op "
                               "niveau 4 heeft onvoldoende effect gehad."]]),
          P("Spoedplaatsing is mogelijk bij acute onveiligheid; de commissie besluit dan binnen vijf "
            "werkdagen.")]
    # --- terugstroom partial (beleid yes, procedure no)
    b += [H1("Terug naar de basisschool"),
          P("Een plaatsing in het sbo of so is niet bedoeld als eindstation. Ons beleid:"),
          UL(["Doel: elke leerling in het s(b)o heeft in het OPP een perspectief; waar dat de basisschool "
              "is, werken we daar actief naartoe.",
              "Voorwaarde: de leerling heeft de doelen uit het OPP gehaald en de ontvangende school kan het "
              "benodigde arrangement bieden.",
              "Nazorg: na de overstap krijgt de basisschool zes maanden begeleiding van een leerkracht "
              "van de sbo- of so-school en een arrangement op niveau 3 zonder nieuwe aanvraag.",
              "Streefcijfer: jaarlijks keren ten minste 15 leerlingen terug naar het regulier "
              "basisonderwijs."]),
          P("Het stappenplan voor terugplaatsing – wie het initiatief neemt, welke gesprekken er zijn en "
            "wie besluit – werken we in 2025-2026 uit samen met de directeuren van de sbo- en so-scholen.")]
    # --- lacunes deferred
    b += [H1("Thuiszitters en dekkend netwerk"),
          P("Ook in onze regio zijn er kinderen die thuiszitten. Elke thuiszitter is er één te veel."),
          P("Het thuiszittersprotocol wordt in overleg met de leerplichtambtenaren geactualiseerd. Het "
            "nieuwe protocol volgt als bijlage 7."),
          P("In de loop van 2026 brengen we samen met de gemeenten in kaart of ons netwerk van "
            "voorzieningen dekkend is. Wat we doen met de uitkomsten, bepalen we daarna.")]
    # --- financien present (Geld en middelen)
    b += [H1("Geld en middelen"),
          H2("Zo verdelen we"),
          UL(["Schoolbudget: € 118 per leerling (telling 1 oktober), rechtstreeks naar het schoolbestuur "
              "voor niveau 3.",
              "Bovenschoolse arrangementen (niveau 4): toegekend per leerling door de Commissie "
              "Arrangementen, tarief € 6.200 per schooljaar, maximaal twee jaar.",
              "Sbo en so: afdracht via DUO op basis van de TLV's; het deel van het sbo boven 2% betalen wij "
              "uit de zware middelen.",
              "Bureau: maximaal 5,5% van de baten."]),
          H2("Meerjarenbegroting"),
          TB([["Post (x € 1.000)", "2025", "2026", "2027", "2028"],
              ["Baten lichte + zware ondersteuning", "9.850", "9.720", "9.610", "9.500"],
              ["Afdracht so (TLV's)", "3.410", "3.380", "3.360", "3.340"],
              ["Afdracht sbo boven 2%", "1.020", "990", "960", "940"],
              ["Schoolbudgetten niveau 3", "1.404", "1.390", "1.375", "1.360"],
              ["Bovenschoolse arrangementen niveau 4", "2.300", "2.260", "2.220", "2.180"],
              ["Bureau en organisatie", "540", "535", "530", "525"],
              ["Resultaat", "876", "1.165", "1.165", "1.155"]]),
          P("Het weerstandsvermogen ligt eind 2024 op 9%. We houden maximaal 5% aan; het positieve "
            "resultaat in 2025 wordt besteed aan de uitbreiding van groep 'De Brug'. Besturen "
            "verantwoorden de inzet van het schoolbudget in een korte jaarlijkse rapportage.")]
    # --- resultaten present
    b += [H1("Wat willen we bereiken en hoe volgen we dat?"),
          TB([["Beoogd resultaat 2029", "Indicator", "Nulmeting 2024", "Streefwaarde"],
              ["Leerlingen met een arrangement halen hun OPP-doelen", "% leerlingen", "71%", "80%"],
              ["Alle scholen bieden het Fundament", "% scholen", "91%", "100%"],
              ["Kortere doorlooptijd arrangement", "weken", "5,2", "≤ 4"],
              ["Meer leerlingen terug naar regulier", "aantal per jaar", "9", "≥ 15"]]),
          P("Zo meten en rapporteren we:"),
          UL(["Scholen registreren arrangementen en OPP-evaluaties in het aanvraagportaal.",
              "Het bureau maakt twee keer per jaar een dashboard per school en voor het hele verband.",
              "Het dashboard wordt besproken in het directeurenoverleg en in het AB.",
              "In het jaarverslag (uiterlijk 1 juli) rapporteren we de bereikte resultaten per indicator "
              "en de middelen die daaraan zijn besteed.",
              "Blijft een indicator twee metingen op rij achter, dan maakt het bureau een analyse met "
              "verbetervoorstel."])]
    b += opr(c, with_parents=False) + oogo(c) + governance(c) + personeel(c) + kennisdeling(c) + po_vo(c) \
        + ict_privacy(c) + huisvesting(c) + ontwikkelingen(c) + terugblik_org(c)
    # --- ouders: heading present, content only about scholen (missing)
    b += [H1("Ouders en communicatie"),
          P("Goede communicatie is belangrijk. Het bureau communiceert vooral via de scholen: de scholen "
            "zijn voor ons het eerste aanspreekpunt."),
          UL(["Directeuren en intern begeleiders ontvangen zes keer per jaar de nieuwsbrief 'Lingeflits'.",
              "Het intranet bevat formats, protocollen en het aanvraagportaal.",
              "Een communicatieplan voor ouders verschijnt in 2026."])]
    b += planning(c, [["2025-2026", "Stappenplan terugplaatsing; nieuw thuiszittersprotocol"],
                      ["2026-2027", "Analyse dekkend netwerk; communicatieplan ouders"],
                      ["2027-2028", "Lijst standaarden Fundament (na landelijke norm)"],
                      ["2028-2029", "Evaluatie en nieuw plan"]])
    b += begrippen(c, STD_BEGRIPPEN + [["Onderwijsconsulent", "Onafhankelijke deskundige die ouders kosteloos adviseert bij problemen rond toelating of passend onderwijs."]])
    b += afkortingen(STD_AFK + PO_AFK)
    return b


LABEL2 = dict(
    documents=["po-lingeoever-ondersteuningsplan.docx"], sector="po", looks_like_plan=True,
    elements=dict(basisondersteuning="partial", plaatsing="present", terugstroom="partial",
                  financien="present", **{"dekkend-aanbod": "partial"}, resultaten="present", ouders="missing"),
    criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": False,
              "plaatsing.procedure": True, "plaatsing.criteria": True,
              "terugstroom.procedure": False, "terugstroom.beleid": True,
              "financien.verdeling": True, "financien.besteding": True,
              "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": False,
              "resultaten.doelen": True, "resultaten.monitoring": True,
              "ouders.informatie": False, "ouders.steunpunt": False},
    advisory_addressed={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie"], "terugstroom": ["monitoring"],
                        "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
                        "resultaten": ["meetbaar"]},
    notes={"basisondersteuning": "'Het Fundament': common minimum for every vestiging (niveau), but content is only the copied four Referentiekader aspects + referral to each school's SOP; list of standards deferred to landelijke norm.",
           "plaatsing": "'Naar het sbo of so': procedure bullets (bestuur, portaal, deskundigen, commissie, 6 weken) and criteria table per sbo / so cl3 / so cl4.",
           "terugstroom": "'Terug naar de basisschool': doel, voorwaarde, nazorg, streefcijfer (beleid); stappenplan explicitly deferred to 2025-2026.",
           "financien": "Under 'Geld en middelen': verdeelregels (EUR 118 p.l., EUR 6.200 per arrangement) and a 2025-2028 meerjarenbegroting table.",
           "dekkend-aanbod": "'Vijf niveaus van ondersteuning' table (continuum); thuiszitters/dekkend netwerk only deferred (protocol 'volgt als bijlage 7', analysis in 2026).",
           "resultaten": "'Wat willen we bereiken en hoe volgen we dat?': targets table with nulmeting/streefwaarde + dashboard/jaarverslag monitoring; also Terugblik table.",
           "ouders": "Heading 'Ouders en communicatie' only covers communication with schools and defers a parent communication plan to 2026; OJSP/onderwijsconsulent only in begrippenlijst."})


# ================================================================ PLAN 3 (VO, pdf)
C3 = dict(naam="Samenwerkingsverband Voortgezet Onderwijs Heuvelrand-Noord", kort="SWV Heuvelrand-Noord",
          code="VO 26-14", periode="2025-2029", regio="de noordelijke Heuvelrand", besturen=7, scholen=13,
          leerlingen="10.480", gemeenten=4, fte="9,0", bestuurder="drs. Ayşe Korkmaz", opr=12,
          d_oogo="18 februari 2025", d_opr="18 maart 2025", d_vast="2 april 2025", d_dir="21 januari 2025",
          d_buur="28 januari 2025")


def plan3():
    c = C3
    b = [("title", "Ondersteuningsplan 2025-2029"),
         P("Samenwerkingsverband VO Heuvelrand-Noord – 'Iedereen een plek'"),
         P("Managementsamenvatting voorop · details per hoofdstuk")]
    b += toc(["1 Voorwoord", "2 Inleiding en leeswijzer", "3 Managementsamenvatting", "4 De regio in één oogopslag",
              "5 Missie, visie en kernwaarden", "6 Ondersteuning", "6.1 Basisondersteuning: de Heuvelrand-standaard",
              "6.2 Het ondersteuningscontinuüm", "6.3 Iedereen een plek", "7 Toelaatbaarheid",
              "7.1 Vso", "7.2 Lwoo en praktijkonderwijs", "7.3 Terugplaatsing en overstap",
              "8 Ambities 2029", "9 Financieel beleid", "10 Ouders", "11 Medezeggenschap",
              "12 Samenwerking met gemeenten en jeugdhulp", "13 Organisatie en governance",
              "14 Personeel", "15 ICT en privacy", "16 Aansluiting vo-mbo", "17 Planning",
              "Bijlagen: begrippen en afkortingen"])
    b += voorwoord(c) + inleiding(c)
    b += [H1("Managementsamenvatting"),
          TB([["Thema", "Kern in één zin"],
              ["Basis", "Dertien standaarden die op elke vestiging gelden."],
              ["Toelaatbaarheid", "Eén loket voor vso, lwoo en pro, met vaste termijnen."],
              ["Iedereen een plek", "Geen jongere langer dan vier weken zonder passend aanbod."],
              ["Geld", "Schoolbudgetten op basis van leerlingaantal, reserve naar 5%."],
              ["Ouders", "Heldere informatie via school, website en informatiemarkt."],
              ["Ambities", "Vier ambities voor 2029."]]),
          P("De rest van dit plan werkt deze punten uit.")]
    b += kengetallen(c, [["Leerlingen vso (cluster 3 en 4)", "312"], ["Leerlingen met lwoo-aanwijzing", "1.144"],
                         ["Leerlingen praktijkonderwijs", "402"]])
    b += missie_visie(c)
    b += [H1("Ondersteuning"),
          H2("Basisondersteuning: de Heuvelrand-standaard"),
          P("De Heuvelrand-standaard is de basisondersteuning die iedere vestiging van iedere aangesloten "
            "school biedt. De besturen hebben deze standaard samen vastgesteld; zij is bindend voor alle "
            "13 scholen, inclusief het praktijkonderwijs."),
          P("Wat ouders en leerlingen op elke school mogen verwachten:"),
          UL(["een mentor die de leerling en ouders minstens drie keer per jaar spreekt;",
              "een ondersteuningscoördinator en een zorg- en adviesteam (ZAT) met jeugdarts en "
              "schoolmaatschappelijk werk;",
              "een orthopedagoog of psycholoog die op afroep beschikbaar is voor observatie en advies;",
              "begeleiding bij dyslexie en dyscalculie volgens het regionale protocol;",
              "een faalangst- en examenvreestraining en een weerbaarheidstraining;",
              "huiswerkbegeleiding of een studieplek onder toezicht, minimaal drie middagen per week;",
              "een protocol voor medische handelingen en voor ziekteverzuim (aanpak volgens M@ZL);",
              "een time-outvoorziening met vaste terugkeerafspraken;",
              "een OPP binnen zes weken voor elke leerling die meer nodig heeft dan de standaard;",
              "begeleiding bij de overstap naar het mbo;",
              "een aanspreekpunt voor leerlingen met (vermoedelijk) hoogbegaafdheid;",
              "NT2-ondersteuning tot ten minste het einde van het tweede leerjaar na instroom;",
              "aandacht voor sociale veiligheid met een jaarlijkse monitor."]),
          P("Scholen rapporteren jaarlijks aan het bureau hoe zij aan de standaard voldoen; het bureau "
            "bezoekt elke school eens per twee jaar."),
          H2("Het ondersteuningscontinuüm"),
          P("De samenhang tussen basis-, extra en specialistische ondersteuning – ons ondersteunings­"
            "continuüm – beschrijven we in de notitie 'Route op maat'. Die notitie wordt in het voorjaar "
            "van 2026 ter instemming aan de OPR voorgelegd. Het huidige aanbod aan extra ondersteuning en "
            "bovenschoolse voorzieningen wordt in afwachting daarvan voortgezet."),
          H2("Iedereen een plek"),
          P("We accepteren niet dat jongeren thuiszitten. Dit doen we:"),
          UL(["Elke school meldt een jongere die niet (volledig) naar school gaat binnen tien schooldagen "
              "bij leerplicht en bij de consulent van het SWV.",
              "Binnen vier weken ligt er een plan met een eigenaar bij het schoolbestuur.",
              "Lukt dat niet, dan komt de casus aan de Plektafel: SWV, leerplicht, jeugdhulp, "
              "betrokken besturen. De Plektafel kan een school aanwijzen die de jongere tijdelijk plaatst.",
              "Eens per kwartaal analyseert het bureau voor welke groepen geen passend aanbod is. In 2024 "
              "waren dat vooral jongeren met complexe psychische problematiek in havo/vwo.",
              "Wanneer de analyse een structureel gat laat zien, legt de directeur-bestuurder binnen "
              "drie maanden een voorstel voor aan het AB, bijvoorbeeld voor een nieuwe voorziening of een "
              "onderwijs-zorgarrangement met de gemeenten.",
              "Schoolbesturen die hun zorgplicht niet rond krijgen, kunnen de consulent om hulp vragen; "
              "het SWV zorgt dan binnen zes weken voor een aanbod."])]
    b += [H1("Toelaatbaarheid"),
          H2("Vso"),
          P("Procedure:"),
          UL(["Het bestuur van de school waar de leerling is ingeschreven (of aangemeld) dient de aanvraag "
              "in bij het Toewijzingsloket.",
              "Verplicht: OPP met evaluaties, verslag van het MDO, advies van de ondersteunings­"
              "coördinator en de zienswijze van ouders en leerling.",
              "Twee onafhankelijke deskundigen – een gz-psycholoog of orthopedagoog en een tweede "
              "deskundige passend bij de vraag – geven elk schriftelijk advies.",
              "De Toewijzingscommissie besluit binnen zes weken; in spoedgevallen binnen tien werkdagen.",
              "De TLV geldt voor één tot drie schooljaren en vermeldt de bekostigingscategorie."]),
          P("Criteria – een leerling is toelaatbaar tot het vso als:"),
          UL(["de ondersteuningsbehoefte de Heuvelrand-standaard én de extra ondersteuning van de school "
              "aantoonbaar overstijgt (ten minste twee OPP-cycli zonder voldoende resultaat);",
              "de leerling voor het leren structureel een kleine groep, een aangepast programma en "
              "specialistische begeleiding gedurende de hele schooldag nodig heeft;",
              "de veiligheid van de leerling of anderen in de reguliere setting niet te waarborgen is;",
              "er geen reguliere school in de regio is die, met inzet van een arrangement, kan voorzien."]),
          H2("Lwoo en praktijkonderwijs"),
          P("Voor lwoo hanteert Heuvelrand-Noord eigen criteria (opting out): een leerling krijgt lwoo als "
            "de leerachterstand op twee of meer domeinen minimaal 1,5 jaar bedraagt, of op één domein en er "
            "sprake is van sociaal-emotionele problematiek die het leren belemmert. Een lwoo-aanwijzing "
            "geldt voor de hele vmbo-periode."),
          P("Voor praktijkonderwijs gelden de landelijke criteria (IQ 55-80 en leerachterstand op ten minste "
            "twee domeinen, waarvan één begrijpend lezen of rekenen). De vo-school vraagt lwoo en pro aan "
            "vóór 1 maart; het Toewijzingsloket beslist binnen vier weken."),
          H2("Terugplaatsing en overstap"),
          P("Dit onderdeel werken we uit na de evaluatie van de pilot 'Terugkeer met steun', die loopt tot "
            "de zomer van 2026. Tot die tijd verwijzen wij naar de afspraken die de vso-scholen hierover "
            "zelf maken.")]
    b += [H1("Ambities 2029"),
          TB([["Ambitie", "Beoogd resultaat in 2029"],
              ["1 Thuisnabij", "Ten minste 95% van de leerlingen met extra ondersteuning zit op een school in de eigen regio."],
              ["2 Geen thuiszitters", "Geen enkele jongere zit langer dan vier weken zonder passend aanbod."],
              ["3 Sterke basis", "Alle 13 scholen voldoen aantoonbaar aan alle dertien standaarden."],
              ["4 Diploma of werk", "90% van de leerlingen met een OPP stroomt uit met een diploma, certificaat of baan."]]),
          P("Hoe we de voortgang op deze ambities meten en erover rapporteren, leggen we vast in het "
            "jaarplan 2026. De indicatoren zijn nog in ontwikkeling.")]
    b += [H1("Financieel beleid"),
          P("Uitgangspunt: het geld volgt de leerling en komt zo dicht mogelijk bij de klas."),
          UL(["Schoolbudget lichte ondersteuning: € 165 per leerling, op basis van de 1-oktobertelling.",
              "Lwoo en pro: de lwoo-middelen worden verdeeld naar rato van het aantal lwoo-aanwijzingen; "
              "pro-scholen ontvangen de middelen voor hun leerlingen volledig.",
              "Arrangementen: het Toewijzingsloket kent arrangementen toe op basis van een OPP, tegen een "
              "vast tarief van € 3.900 (licht) of € 7.800 (intensief) per schooljaar.",
              "Vso: afdracht via DUO op basis van TLV's."]),
          TB([["x € 1.000", "2025", "2026", "2027", "2028"],
              ["Baten ondersteuningsmiddelen", "12.940", "12.880", "12.760", "12.650"],
              ["Afdracht vso", "4.860", "4.900", "4.930", "4.950"],
              ["Lwoo en pro", "4.320", "4.280", "4.240", "4.200"],
              ["Schoolbudgetten", "1.729", "1.715", "1.700", "1.690"],
              ["Arrangementen en Plektafel", "1.250", "1.300", "1.300", "1.280"],
              ["Bureau", "690", "680", "670", "660"],
              ["Saldo", "91", "5", "-80", "-130"]]),
          P("De reserve daalt daarmee van 11% naar 5% in 2028. Schoolbesturen verantwoorden de inzet "
            "van het schoolbudget in hun jaarverslag.")]
    b += [H1("Ouders"),
          P("Ouders zijn de eerste partner van de school. Zo informeren wij hen over de ondersteuning:"),
          UL(["Iedere school beschrijft in de schoolgids wat zij biedt bovenop de Heuvelrand-standaard.",
              "Op onze website staat een ouderpagina met de standaard, de route naar lwoo, pro en vso, en "
              "veelgestelde vragen.",
              "Elk najaar houden we een informatiemarkt voor ouders van leerlingen in groep 8 en "
              "leerjaar 1.",
              "De folder 'Ondersteuning op de Heuvelrand' is in vijf talen beschikbaar."]),
          P("Het wettelijk verplichte ouder- en jeugdsteunpunt richten we in zodra de wet daartoe in "
            "werking treedt. De vorm bepalen we samen met de OPR.")]
    b += opr(c) + oogo(c) + governance(c) + personeel(c) + kennisdeling(c) + ict_privacy(c) + vo_mbo(c) \
        + bedrijfsvoering(c)
    b += planning(c, [["2025-2026", "Notitie 'Route op maat'; jaarplan met indicatoren"],
                      ["2026-2027", "Evaluatie pilot 'Terugkeer met steun'; inrichting steunpunt"],
                      ["2027-2028", "Herijking lwoo-criteria"],
                      ["2028-2029", "Nieuw ondersteuningsplan"]])
    b += begrippen(c, STD_BEGRIPPEN + [["Plektafel", "Overleg over jongeren zonder passende plek."],
                                       ["Terugplaatsingsbeleid", "Afspraken over de terugkeer van vso-leerlingen naar het regulier vo."]])
    b += afkortingen(STD_AFK + VO_AFK + ["ZAT – zorg- en adviesteam"])
    return b


LABEL3 = dict(
    documents=["vo-heuvelrand-noord-op-2025-2029.pdf"], sector="vo", looks_like_plan=True,
    elements=dict(basisondersteuning="present", plaatsing="present", terugstroom="missing",
                  financien="present", **{"dekkend-aanbod": "partial"}, resultaten="partial", ouders="partial"),
    criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
              "plaatsing.procedure": True, "plaatsing.criteria": True,
              "terugstroom.procedure": False, "terugstroom.beleid": False,
              "financien.verdeling": True, "financien.besteding": True,
              "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": True,
              "resultaten.doelen": True, "resultaten.monitoring": False,
              "ouders.informatie": True, "ouders.steunpunt": False},
    advisory_addressed={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie"],
                        "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
                        "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
    notes={"basisondersteuning": "6.1 'Heuvelrand-standaard': binding for every vestiging, 13 concrete bullets; yearly report + visit (borging).",
           "plaatsing": "7.1 Vso procedure (loket, dossier, 2 deskundigen, commissie, 6 weeks) and criteria list; 7.2 lwoo opting-out criteria and pro.",
           "terugstroom": "7.3 'Terugplaatsing en overstap' is in TOC but body only defers to after a 2026 pilot and refers to vso-schools' own afspraken; glossary entry only.",
           "financien": "9 'Financieel beleid': verdeling (EUR 165 p.l., arrangement tarieven) and 2025-2028 begroting table; reserve to 5%.",
           "dekkend-aanbod": "6.2 continuum only deferred to notitie 'Route op maat' (2026); 6.3 'Iedereen een plek' addresses thuiszitters, Plektafel, gap analysis, zorgplicht (lacunes).",
           "resultaten": "8 'Ambities 2029' table with intended results; measurement and reporting deferred to jaarplan 2026 ('indicatoren in ontwikkeling').",
           "ouders": "10 'Ouders': schoolgids, website ouderpagina, informatiemarkt, folder (informatie); ouder- en jeugdsteunpunt only deferred, no other independent help named."})


# ================================================================ PLAN 4 (PO, pdf)
C4 = dict(naam="Samenwerkingsverband PO Duinstreek-Zuid", kort="SWV Duinstreek-Zuid", code="PO 28-07",
          periode="2025-2029", regio="de zuidelijke Duinstreek", besturen=8, scholen=41, leerlingen="8.760",
          gemeenten=3, fte="7,5", bestuurder="Pieter-Jan Holwerda", opr=10,
          d_oogo="25 februari 2025", d_opr="31 maart 2025", d_vast="10 april 2025", d_dir="28 januari 2025",
          d_buur="6 februari 2025")


def plan4():
    c = C4
    b = [("title", "Ondersteuningsplan 2025-2029 | SWV PO Duinstreek-Zuid"),
         P("'Elk kind telt mee' – plan op hoofdlijnen"),
         P("Dit plan bevat: basisondersteuning · toelaatbaarheid · terugplaatsing · financiën · dekkend "
           "aanbod · resultaten · ouders (wettelijke onderdelen)")]
    b += toc(["1 Voorwoord", "2 Inleiding en leeswijzer", "3 De regio in één oogopslag",
              "4 Missie, visie en kernwaarden", "5 Het plan in het kort", "6 Van wijkschool tot speciale school",
              "7 Niemand aan de kant", "8 Speciale school: wanneer?", "9 Weer naar de wijkschool",
              "10 Samen met thuis", "11 Monitor passend onderwijs", "12 Middelen en financieel kader",
              "13 Medezeggenschap", "14 Samenwerking met gemeenten en jeugdhulp",
              "15 Organisatie en governance", "16 Personeel en professionalisering", "17 Overstap po – vo",
              "18 ICT, gegevens en privacy", "19 Huisvesting en vervoer", "20 Planning",
              "Bijlage: begrippenlijst", "Bijlage: afkortingen"])
    b += voorwoord(c) + inleiding(c) + kengetallen(c) + missie_visie(c)
    b += [H1("Het plan in het kort"),
          UL(["Een dekkend aanbod van de wijkschool tot de speciale school, in vier lagen.",
              "Niemand aan de kant: een vaste aanpak voor kinderen zonder passende plek.",
              "Duidelijke voorwaarden voor een plek op het sbo of so.",
              "Weer naar de wijkschool: terugkeer is het uitgangspunt.",
              "Ouders weten waar ze terechtkunnen.",
              "We volgen onze resultaten met een vaste monitor.",
              "Afspraken over basisondersteuning volgen de landelijke norm."])]
    b += [H1("Van wijkschool tot speciale school"),
          P("In Duinstreek-Zuid is het aanbod georganiseerd in vier lagen die naadloos op elkaar aansluiten. "
            "Zo is er voor ieder kind een plek, dichtbij als het kan en gespecialiseerd als het moet."),
          TB([["Laag", "Wat", "Voorbeelden"],
              ["A – Op de wijkschool", "De school zelf, met eigen expertise", "Zie het profiel van de school"],
              ["B – Met steun van buiten", "Tijdelijke hulp in de eigen groep", "Ambulante begeleiding, "
               "gedragsspecialist, arrangement 'Dichtbij'"],
              ["C – Bovenschools", "Deeltijd- of tijdelijke groepen", "Taalklas (nieuwkomers), "
               "kleuterobservatiegroep 'Het Nest', plusklas 'Denkzee' (1 dag per week)"],
              ["D – Speciaal", "Een andere school", "Sbo De Duinroos, so cluster 3 De Branding, "
               "so cluster 4 De Vuurtoren"]]),
          P("De lagen zijn geen trap die een kind moet beklimmen. Is duidelijk dat laag C of D nodig is, "
            "dan wordt laag B overgeslagen. De intern begeleider is voor ieder kind de spil die de lagen "
            "met elkaar verbindt.")]
    b += [H1("Niemand aan de kant"),
          UL(["Iedere school meldt een kind dat langer dan twee weken niet of gedeeltelijk naar school gaat "
              "bij de consulent van het SWV en bij leerplicht.",
              "Binnen tien werkdagen is er een 'Kind-aan-tafel'-gesprek met ouders, school, consulent en zo "
              "nodig jeugdhulp, met één regisseur en een datum voor de volgende stap.",
              "Kinderen die na zes weken nog geen plek hebben, gaan naar het Regionaal Plaatsingsoverleg van "
              "de acht besturen; dat overleg wijst een school aan.",
              "Twee keer per jaar maken consulent en leerplicht samen een overzicht van knelpunten: voor "
              "welke kinderen ontbreekt een passend aanbod? Het AB bespreekt dat overzicht en besluit over "
              "aanpassing van laag B of C.",
              "Schoolbesturen die hun zorgplicht niet kunnen waarmaken, melden dat bij de directeur-"
              "bestuurder; die zorgt voor een plek binnen de regio."])]
    b += [H1("Speciale school: wanneer?"),
          P("Een kind komt in aanmerking voor het speciaal basisonderwijs als het zich op de wijkschool, "
            "ondanks een jaar inzet van laag B of C, onvoldoende ontwikkelt op leren én gedrag of "
            "werkhouding, en de verwachting is dat het in een kleinere groep met een orthopedagogisch "
            "klimaat wel tot ontwikkeling komt."),
          P("Een kind komt in aanmerking voor het speciaal onderwijs als het:"),
          UL(["een verstandelijke beperking (IQ lager dan 70) of een lichamelijke of langdurig medische "
              "beperking heeft die de hele schooldag specialistische zorg vraagt (cluster 3), of",
              "ernstige gedrags- of psychiatrische problemen heeft waardoor veiligheid en ontwikkeling in een "
              "reguliere of sbo-groep niet te garanderen zijn (cluster 4), en",
              "in beide gevallen: het sbo niet de structuur en zorg kan bieden die nodig is."]),
          P("Een toelaatbaarheidsverklaring sbo geldt in de regel tot het einde van de basisschoolperiode; "
            "een toelaatbaarheidsverklaring so voor twee schooljaren."),
          P("Hoe een aanvraag verloopt, welke stukken nodig zijn en binnen welke termijn er een besluit "
            "komt, leest u op onze website onder 'Route naar s(b)o'.")]
    b += [H1("Weer naar de wijkschool"),
          P("Wij vinden dat een kind niet langer op een speciale school moet blijven dan nodig is. Terugkeer "
            "naar een gewone basisschool is het uitgangspunt, zodra het kind zich daar weer kan ontwikkelen "
            "en de school de benodigde begeleiding kan geven. Een overstap naar een andere speciale school "
            "is ook mogelijk als die beter past."),
          UL(["Elk half jaar bespreekt de sbo- of so-school met ouders of terugkeer in beeld komt; dat "
              "staat in het OPP.",
              "In het laatste jaar van de toelaatbaarheidsverklaring, vóór 1 maart, vult de speciale school "
              "het formulier 'Terugkeercheck' in en stuurt het naar de consulent.",
              "De consulent organiseert binnen vier weken een overstapgesprek met ouders, speciale school "
              "en de beoogde wijkschool; het Overstapteam van het SWV neemt daarna het besluit.",
              "Bij een positief besluit loopt de verklaring af op 31 juli en start het kind op 1 augustus "
              "op de wijkschool; de eerste zes weken kan het kind parttime op beide scholen zijn.",
              "Na terugkeer begeleidt een leerkracht van de speciale school de wijkschool een jaar lang "
              "(laag B), met evaluaties na 3 en 9 maanden."])]
    b += [H1("Samen met thuis"),
          P("Ouders kennen hun kind het best. Zo zorgen wij dat zij weten waar ze aan toe zijn:"),
          UL(["De gids 'Wegwijs in passend onderwijs' (papier en online) legt de vier lagen uit, met "
              "voorbeelden en de namen van de voorzieningen.",
              "Iedere school bespreekt bij de intake met ouders welke steun de school zelf biedt.",
              "Op de website staat per laag wat er is en bij wie ouders moeten zijn.",
              "Het SWV houdt elke maand een inloopspreekuur in de bibliotheek van de drie hoofdkernen."]),
          P("Lopen ouders vast of zijn ze het oneens met school of SWV, dan kunnen zij terecht bij het "
            "Ouder- en Kindsteunpunt Duinstreek. Dit steunpunt is onafhankelijk van scholen en SWV en "
            "bemiddelt kosteloos. Daarnaast kunnen ouders een onderwijsconsulent inschakelen of een klacht "
            "indienen bij de klachtencommissie van het schoolbestuur.")]
    b += [H1("Monitor passend onderwijs"),
          P("We volgen de ontwikkelingen met de Monitor Passend Onderwijs Duinstreek:"),
          UL(["Indicatoren: aantal toelaatbaarheidsverklaringen, aantal terugkeerders, aantal kinderen "
              "zonder passende plek, doorlooptijden, tevredenheid van ouders en scholen.",
              "Het bureau rapporteert elk kwartaal aan het AB en twee keer per jaar aan de OPR.",
              "In het jaarverslag staan de bereikte cijfers per school en voor het hele verband.",
              "Eens per twee jaar laten we een externe evaluatie uitvoeren."]),
          TB([["Indicator", "2023", "2024"],
              ["Nieuwe verklaringen sbo", "61", "58"],
              ["Nieuwe verklaringen so", "29", "33"],
              ["Terugkeer naar wijkschool", "7", "11"],
              ["Kinderen > 4 weken zonder plek", "6", "4"]]),
          P("Streefwaarden en beoogde resultaten voor deze planperiode stellen we vast na de nulmeting "
            "in het voorjaar van 2026.")]
    b += [H1("Middelen en financieel kader"),
          P("De middelen voor passend onderwijs ontvangt het samenwerkingsverband van DUO. Het financieel "
            "kader – de verdeling over scholen en de meerjarenbegroting – wordt afzonderlijk door het AB "
            "vastgesteld en is geen onderdeel van dit ondersteuningsplan."),
          P("Afspraken over basisondersteuning maken wij evenmin in dit plan: die volgen de landelijke norm "
            "die het ministerie in voorbereiding heeft.")]
    b += opr(c) + oogo(c) + governance(c, money=False) + personeel(c) + kennisdeling(c) + po_vo(c) \
        + ict_privacy(c) + huisvesting(c) + terugblik_org(c)
    b += planning(c, [["2025-2026", "Nulmeting en streefwaarden; vaststelling financieel kader"],
                      ["2026-2027", "Externe evaluatie; uitbreiding plusklas"],
                      ["2027-2028", "Aanpassen aan landelijke norm basisondersteuning"],
                      ["2028-2029", "Nieuw ondersteuningsplan"]])
    b += begrippen(c, STD_BEGRIPPEN + [["Basisondersteuningsvoorzieningen", "Voorzieningen die op alle scholen van het samenwerkingsverband aanwezig zijn."]])
    b += afkortingen(STD_AFK + PO_AFK)
    return b


LABEL4 = dict(
    documents=["po-duinstreek-zuid-ondersteuningsplan.pdf"], sector="po", looks_like_plan=True,
    elements=dict(basisondersteuning="missing", plaatsing="partial", terugstroom="present",
                  financien="missing", **{"dekkend-aanbod": "present"}, resultaten="partial", ouders="present"),
    criteria={"basisondersteuning.niveau": False, "basisondersteuning.inhoud": False,
              "plaatsing.procedure": False, "plaatsing.criteria": True,
              "terugstroom.procedure": True, "terugstroom.beleid": True,
              "financien.verdeling": False, "financien.besteding": False,
              "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
              "resultaten.doelen": False, "resultaten.monitoring": True,
              "ouders.informatie": True, "ouders.steunpunt": True},
    advisory_addressed={"plaatsing": ["duur-categorie"], "terugstroom": ["monitoring"],
                        "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
    notes={"basisondersteuning": "Nothing in body: layer A says only 'de school zelf / zie profiel'; 'Middelen en financieel kader' explicitly says basisondersteuning is not in this plan; title page, summary bullet and begrippenlijst are traps.",
           "plaatsing": "'Speciale school: wanneer?': criteria for sbo and so cl3/cl4 in 'komt in aanmerking' wording + TLV duration; procedure only referred to website 'Route naar s(b)o'.",
           "terugstroom": "'Weer naar de wijkschool' (no word terugplaatsing): uitgangspunt/voorwaarden/nazorg (beleid) and Terugkeercheck before 1 maart, overstapgesprek, Overstapteam decides, 31 juli (procedure).",
           "financien": "'Middelen en financieel kader' states the verdeling and meerjarenbegroting are set separately and not part of this plan; no amounts anywhere.",
           "dekkend-aanbod": "'Van wijkschool tot speciale school' four-layer table (continuum) and 'Niemand aan de kant' (melding, Kind-aan-tafel, Regionaal Plaatsingsoverleg, knelpuntenoverzicht, zorgplicht).",
           "resultaten": "'Monitor passend onderwijs': indicators, kwartaalrapportage, jaarverslag, figures 2023-2024 (monitoring); streefwaarden/beoogde resultaten deferred to after nulmeting 2026.",
           "ouders": "'Samen met thuis': gids, intake, website, inloopspreekuur (informatie) and independent Ouder- en Kindsteunpunt, onderwijsconsulent, klachtencommissie (steunpunt)."})


# ================================================================ PLAN 5 (VO, html)
C5 = dict(naam="Samenwerkingsverband VO Eemvallei-Oost", kort="SWV Eemvallei-Oost", code="VO 26-22",
          periode="2025-2029", regio="de oostelijke Eemvallei", besturen=6, scholen=11, leerlingen="9.120",
          gemeenten=4, fte="6,8", bestuurder="Lotte Brinkhorst MSc", opr=8,
          d_oogo="5 maart 2025", d_opr="27 maart 2025", d_vast="9 april 2025", d_dir="30 januari 2025",
          d_buur="12 februari 2025")


def bedrijfsvoering(c):
    return [H1("Bedrijfsvoering"),
            P("Het bureau werkt zo efficiënt mogelijk. We delen de administratie, de salarisverwerking en de "
              "ICT-ondersteuning met twee andere samenwerkingsverbanden in de provincie."),
            UL(["Inkoop volgt de regels voor aanbesteding van de overheid.",
                "We werken papierarm; vergaderstukken zijn digitaal.",
                "Het bureau reist zoveel mogelijk met het openbaar vervoer of de fiets.",
                "Het bureau is op werkdagen bereikbaar van 8.30 tot 16.30 uur."]),
            P("De administratieve organisatie is beschreven in een handboek dat jaarlijks wordt "
              "geactualiseerd. De accountant beoordeelt de interne beheersing eens per jaar.")]


def scholencommunicatie(c):
    return [H1("Communicatie met scholen en partners"),
            P("Scholen zijn onze belangrijkste partners. We zorgen dat zij snel en eenvoudig de juiste "
              "informatie vinden."),
            UL(["Maandelijkse nieuwsbrief voor ondersteuningscoördinatoren.",
                "Een kennisbank met formats, protocollen en good practices.",
                "Een jaarlijkse inspiratiedag voor alle medewerkers van de scholen.",
                "Schoolbezoeken van de directeur-bestuurder: elke school minimaal één keer per jaar."]),
            P("Met de directeuren van de scholen is er zes keer per jaar een directeurenoverleg. "
              "Daarnaast zijn er werkgroepen rond actuele thema's, zoals de digitale overdracht.")]


def plan5():
    c = C5
    b = [("title", "Ondersteuningsplan 2025-2029 Samenwerkingsverband VO Eemvallei-Oost"),
         P("Webversie van het ondersteuningsplan. Hoofdstukken zijn ook als losse pagina's te lezen."),
         P("Laatst bijgewerkt: 9 april 2025")]
    b += toc(["Voorwoord", "Inleiding en leeswijzer", "Kerncijfers", "Missie, visie en kernwaarden",
              "Samenvatting", "De basis op elke school", "Van vso terug naar het regulier vo",
              "Begroting 2025-2028", "Resultaten: wat willen we en wat bereiken we?",
              "Onafhankelijke hulp voor ouders en jongeren", "Medezeggenschap", "Totstandkoming van dit plan",
              "Organisatie en governance", "Personeel en professionalisering", "ICT, gegevens en privacy",
              "Bedrijfsvoering", "Communicatie met scholen en partners", "Huisvesting", "Kennisdeling en netwerken", "Op weg naar inclusiever onderwijs", "Planning",
              "Begrippenlijst", "Afkortingen"])
    b += voorwoord(c) + inleiding(c)
    b += terugblik_org(c) + ontwikkelingen(c)
    b += kengetallen(c, [["Leerlingen vso", "238"], ["Leerlingen praktijkonderwijs", "351"]])
    b += missie_visie(c)
    b += [H1("Samenvatting"),
          UL(["Op elke school geldt dezelfde basis: acht bouwstenen.",
              "Leerlingen in het vso krijgen een vast terugkeermoment.",
              "De begroting is sluitend; de reserve is afgebouwd.",
              "We sturen op vijf meetbare resultaten.",
              "Ouders en jongeren kunnen terecht bij een onafhankelijk steunpunt."])]
    b += [H1("Jongeren aan het woord"),
          P("Bij het schrijven van dit plan hebben we een jongerenpanel van veertien leerlingen uit vijf "
            "scholen gevraagd wat voor hen belangrijk is. Hun boodschap was helder:"),
          UL(["'Praat mét ons, niet over ons.'",
              "'Zorg dat de mentor echt tijd heeft.'",
              "'Niet elk jaar een nieuw formulier of een nieuw gezicht.'",
              "'Een rustige plek in school helpt meer dan je denkt.'",
              "'Leg uit waarom iets wel of niet kan.'"]),
          P("Het jongerenpanel blijft bestaan. Het komt twee keer per jaar bij elkaar met de "
            "directeur-bestuurder en geeft advies over de jaarplannen. Deelnemers krijgen een "
            "vrijwilligersvergoeding en een certificaat voor hun loopbaandossier."),
          P("Daarnaast willen we dat leerlingen op elke school meer zeggenschap krijgen over hun eigen "
            "begeleiding. Hoe scholen dat vormgeven, bepalen zij zelf; het samenwerkingsverband deelt "
            "voorbeelden van scholen waar dit al goed werkt."),
          H2("Wat we van het panel leerden over taal"),
          P("Het panel vond veel teksten van scholen en van het samenwerkingsverband te moeilijk. Daarom "
            "hebben we dit plan laten meelezen door twee panelleden en door een taalspecialist. Lange "
            "zinnen zijn ingekort en vaktermen staan in de begrippenlijst. Ook de webversie is op "
            "leesbaarheid getest, op telefoon, tablet en computer.")]
    b += [H1("De basis op elke school"),
          P("Alle zes schoolbesturen hebben vastgelegd dat elke vestiging in Eemvallei-Oost ten minste "
            "dezelfde ondersteuning biedt. Dit is de basisondersteuning: zonder aanvraag, zonder wachttijd, "
            "voor iedere leerling die het nodig heeft. Het gaat om acht bouwstenen:"),
          TB([["Bouwsteen", "Concreet"],
              ["1 Mentor", "Vaste mentor; wekelijks mentoruur in leerjaar 1-3."],
              ["2 Coördinatie", "Ondersteuningscoördinator op elke vestiging, aanwezig op alle lesdagen."],
              ["3 Leerlingbespreking", "Ondersteuningsteam met orthopedagoog, minstens acht keer per jaar."],
              ["4 Lezen en rekenen", "Dyslexie- en dyscalculieprotocol; voorleessoftware; RT in de onderbouw."],
              ["5 Welbevinden", "Faalangsttraining, rots-en-water-training, vertrouwenspersoon."],
              ["6 Leren leren", "Coaching op plannen en organiseren, huiswerkklas vier middagen per week."],
              ["7 Opvang", "Time-out- en rustruimte met vaste begeleider."],
              ["8 Medisch", "Protocol medisch handelen; afspraken met de jeugdarts over ziekteverzuim."]]),
          P("Elke twee jaar bezoeken twee ondersteuningscoördinatoren van andere scholen de school voor "
            "een collegiale audit op de acht bouwstenen. De uitkomsten gaan naar het bestuur van de school "
            "en naar de directeur-bestuurder.")]
    b += [H1("Van vso terug naar het regulier vo"),
          P("Zo verloopt een overstap van het vso naar een reguliere school:"),
          UL(["Stap 1 – Perspectiefgesprek: twee keer per jaar (oktober en maart) bespreekt de vso-school "
              "met de leerling en ouders of een overstap in beeld is.",
              "Stap 2 – Aanmelding: uiterlijk 1 maart van het laatste jaar van de TLV meldt de vso-school de "
              "leerling aan bij het bureau met het formulier 'Overstap'.",
              "Stap 3 – Matching: de consulent zoekt binnen drie weken een passende reguliere school en "
              "plant een driegesprek.",
              "Stap 4 – Besluit: de directeur-bestuurder besluit op voorstel van de consulent over de "
              "overstap, uiterlijk 1 mei.",
              "Stap 5 – Start: de leerling begint op 1 augustus; de TLV is dan afgelopen. Na zes weken en "
              "na een half jaar is er een evaluatiegesprek."])]
    b += [H1("Begroting 2025-2028"),
          TB([["x € 1.000", "2025", "2026", "2027", "2028"],
              ["Baten lichte ondersteuning", "3.420", "3.390", "3.350", "3.310"],
              ["Baten zware ondersteuning", "6.980", "6.910", "6.860", "6.800"],
              ["Afdracht vso (TLV's)", "3.790", "3.820", "3.840", "3.850"],
              ["Lwoo en praktijkonderwijs", "3.050", "3.010", "2.980", "2.950"],
              ["Toekenning aan schoolbesturen", "2.640", "2.600", "p.m.", "p.m."],
              ["Bureau en organisatie", "560", "560", "555", "550"],
              ["Resultaat", "360", "310", "—", "—"]]),
          P("Het verdeelmodel – de manier waarop het geld over de schoolbesturen wordt verdeeld – wordt in "
            "2025-2026 herzien. Tot het nieuwe model is vastgesteld, blijven de afspraken uit het vorige "
            "ondersteuningsplan van kracht."),
          P("De reserve is eind 2024 afgebouwd tot 4% van de baten; dat is ons maximum.")]
    b += [H1("Resultaten: wat willen we en wat bereiken we?"),
          TB([["Resultaat in 2029", "Nu (2024)", "Doel 2029"],
              ["Leerlingen met een OPP die een diploma of certificaat halen", "78%", "85%"],
              ["Leerlingen die binnen drie maanden na aanmelding starten met ondersteuning", "82%", "95%"],
              ["Scholen met een positieve collegiale audit op alle bouwstenen", "7 van 11", "11 van 11"],
              ["Leerlingen met een OPP die tussentijds zonder diploma uitstromen", "6%", "3%"],
              ["Ouders tevreden over de ondersteuning (schaal 1-10)", "6,9", "7,5"]]),
          UL(["Meten: de scholen leveren twee keer per jaar gegevens aan in het gezamenlijke "
              "registratiesysteem; ouders vullen eens per jaar een korte vragenlijst in.",
              "Analyseren: het bureau maakt in januari en juli een rapportage per school.",
              "Bespreken: de rapportage gaat naar het bestuur, de directeuren en de OPR.",
              "Verantwoorden: in het jaarverslag, uiterlijk 1 juli, staan de bereikte resultaten en de "
              "kosten per resultaatgebied."])]
    b += [H1("Onafhankelijke hulp voor ouders en jongeren"),
          P("Soms lopen ouders of jongeren vast, of zijn zij het niet eens met de school of met ons. Dan "
            "kunnen zij terecht bij:"),
          UL(["het Ouder- en Jongerensteunpunt Eemvallei: onafhankelijk, gratis, met spreekuren op "
              "dinsdag en donderdag en een vertrouwelijk e-mailadres;",
              "een onderwijsconsulent van Onderwijsconsulenten Nederland, die kosteloos bemiddelt;",
              "de Landelijke Klachtencommissie Onderwijs voor klachten over het samenwerkingsverband."]),
          P("Hoe wij ouders informeren over het ondersteuningsaanbod, leggen we vast in het "
            "communicatieplan dat in het schooljaar 2025-2026 verschijnt.")]
    b += opr(c) + oogo(c, procedural_only=True) + governance(c) + personeel(c) + ict_privacy(c) \
        + bedrijfsvoering(c) + scholencommunicatie(c) + huisvesting(c, vervoer=False) + kennisdeling(c) \
        + inclusie(c)
    b += planning(c, [["2025-2026", "Nieuw verdeelmodel; communicatieplan"],
                      ["2026-2027", "Eerste ronde collegiale audits afgerond"],
                      ["2027-2028", "Tussenevaluatie resultaten"],
                      ["2028-2029", "Nieuw ondersteuningsplan"]])
    b += begrippen(c, STD_BEGRIPPEN + [["Terugplaatsingsbeleid", "Het beleid van het SWV voor de terugkeer van vso-leerlingen."],
                                       ["Toelaatbaarheidscriteria", "Criteria op basis waarvan een leerling toelaatbaar is tot het vso."]])
    b += afkortingen(STD_AFK + VO_AFK)
    return b


LABEL5 = dict(
    documents=["vo-eemvallei-oost-ondersteuningsplan.html"], sector="vo", looks_like_plan=True,
    elements=dict(basisondersteuning="present", plaatsing="missing", terugstroom="partial",
                  financien="partial", **{"dekkend-aanbod": "missing"}, resultaten="present", ouders="partial"),
    criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
              "plaatsing.procedure": False, "plaatsing.criteria": False,
              "terugstroom.procedure": True, "terugstroom.beleid": False,
              "financien.verdeling": False, "financien.besteding": True,
              "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": False,
              "resultaten.doelen": True, "resultaten.monitoring": True,
              "ouders.informatie": False, "ouders.steunpunt": True},
    advisory_addressed={"basisondersteuning": ["borging"],
                        "financien": ["reserves"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
    notes={"basisondersteuning": "'De basis op elke school': minimum for every vestiging + eight bouwstenen table; collegiale audit (borging).",
           "plaatsing": "No toelaatbaarheid text at all: TLV only in budget line, terugstroom steps, begrippenlijst/afkortingen ('Toelaatbaarheidscriteria' is a glossary trap).",
           "terugstroom": "'Van vso terug naar het regulier vo': five dated steps with decider (procedure); no aims, conditions or support after return (beleid).",
           "financien": "'Begroting 2025-2028' table with amounts (besteding; later years partly p.m.); verdeelmodel deferred and referred to the previous plan; reserve 4%.",
           "dekkend-aanbod": "Nothing on continuum, arrangementen, thuiszitters or gaps; OOGO only as a procedural date in 'Totstandkoming'; terms only in begrippenlijst.",
           "resultaten": "'Resultaten: wat willen we en wat bereiken we?': table now/doel 2029 and meten-analyseren-bespreken-verantwoorden bullets.",
           "ouders": "'Onafhankelijke hulp voor ouders en jongeren': OJSP, onderwijsconsulent, klachtencommissie (steunpunt); informing parents deferred to a 2025-2026 communicatieplan."})


# ================================================================ NEAR-MISS (school-level plan, docx)
def nearmiss():
    s = "Christelijk Lyceum De Brink"
    b = [("title", "Ondersteuningsplan 2025-2026"),
         P(f"{s} – locatie Parkweg | mavo · havo · vwo"),
         P("Vastgesteld door de schoolleiding, met advies van de deelraad, september 2025")]
    b += toc(["1 Inleiding", "2 Onze school en het samenwerkingsverband", "3 Basisondersteuning op De Brink",
              "4 Zorgniveaus en ondersteuningsroute", "5 Het ondersteuningsteam",
              "6 Extra ondersteuning en arrangementen", "7 Toelaatbaarheid en plaatsing elders",
              "8 Ouders", "9 Middelen en formatie", "10 Resultaten vorig schooljaar", "11 Jaarplanning",
              "Bijlage: begrippen"])
    b += [H1("Inleiding"),
          P(f"Dit ondersteuningsplan beschrijft hoe {s}, locatie Parkweg, in het schooljaar 2025-2026 de "
            "ondersteuning aan leerlingen organiseert. Het plan is bedoeld voor mentoren, docenten, het "
            "ondersteuningsteam en ouders. Het wordt elk jaar herzien."),
          P("Het plan is een uitwerking van het schoolondersteuningsprofiel van onze school en van de "
            "afspraken in het ondersteuningsplan van ons samenwerkingsverband. Waar in dit plan 'wij' staat, "
            "bedoelen we de school."),
          P("Dit schooljaar ligt de nadruk op drie speerpunten:"),
          UL(["meer eigenaarschap van mentoren bij de eerste signalering;",
              "snellere overdracht van signalen naar het ondersteuningsteam;",
              "betere afstemming met ouders over het ontwikkelingsperspectief."])]
    b += [H1("Onze school en het samenwerkingsverband"),
          P(f"{s} telt op de locatie Parkweg 1.240 leerlingen en 118 medewerkers. De school maakt deel uit "
            "van Stichting Christelijk Voortgezet Onderwijs Stadsrand en is aangesloten bij het "
            "samenwerkingsverband VO in onze regio. Het samenwerkingsverband stelt eens per vier jaar een "
            "eigen ondersteuningsplan vast; dit schoolplan volgt die afspraken."),
          P("Het samenwerkingsverband beslist over toelaatbaarheid tot het vso en over lwoo. De school "
            "vraagt dit aan via het loket van het samenwerkingsverband.")]
    b += [H1("Basisondersteuning op De Brink"),
          P("Onze school biedt de basisondersteuning die in het samenwerkingsverband is afgesproken. Op "
            "De Brink betekent dit concreet:"),
          UL(["Mentoraat: elke klas heeft een mentor; in de onderbouw twee mentoruren per week.",
              "Dyslexie: faciliteitenpas met extra tijd en voorleessoftware.",
              "Faalangstreductietraining in leerjaar 2 en examenvreestraining in het examenjaar.",
              "Huiswerkbegeleiding op maandag tot en met donderdag tot 16.30 uur.",
              "Een Rebound-ruimte (time-out) op de eerste verdieping, bemand door twee "
              "onderwijsassistenten.",
              "Een vertrouwenspersoon en een anti-pestcoördinator.",
              "Een decaan voor loopbaanvragen."]),
          P("Leerlingen die meer nodig hebben, bespreken wij in het ondersteuningsteam.")]
    b += [H1("Zorgniveaus en ondersteuningsroute"),
          TB([["Zorgniveau", "Wie", "Wat"],
              ["Niveau 1", "Docent", "Signaleren, afstemmen in de les, contact met mentor"],
              ["Niveau 2", "Mentor", "Gesprek met leerling en ouders, afspraken in het leerlingvolgsysteem"],
              ["Niveau 3", "Zorgcoördinator / leerlingbegeleider", "Begeleidingstraject, eventueel OPP"],
              ["Niveau 4", "Ondersteuningsteam (intern)", "Consultatie orthopedagoog, extern onderzoek"],
              ["Niveau 5", "Ondersteuningsteam + externen", "Aanvraag bij het samenwerkingsverband, "
               "jeugdhulp, plaatsing elders"]]),
          P("De mentor registreert elke stap in het leerlingvolgsysteem. Bij elke overgang naar een hoger "
            "zorgniveau worden ouders vooraf geïnformeerd."),
          P("De groepsbesprekingen vinden plaats in oktober, januari en april. Daarin bespreken mentoren "
            "en docenten alle leerlingen van een klas. Leerlingen met signalen worden doorgezet naar de "
            "zorgcoördinator.")]
    b += [H1("Het ondersteuningsteam"),
          P("Het ondersteuningsteam komt elke twee weken bijeen. Vaste leden: de zorgcoördinator, de "
            "orthopedagoog van de school, de teamleider onderbouw en de schoolmaatschappelijk werker. Op "
            "afroep schuiven de jeugdarts, de leerplichtambtenaar en de consulent van het "
            "samenwerkingsverband aan."),
          UL(["Aanmelden bij het team gebeurt door de mentor via het aanmeldformulier.",
              "Binnen twee weken is er een eerste bespreking.",
              "Ouders krijgen een uitnodiging voor de bespreking als het om hun kind gaat.",
              "Afspraken worden vastgelegd in het leerlingdossier."])]
    b += [H1("Extra ondersteuning en arrangementen"),
          P("Voor leerlingen die meer nodig hebben dan de basis, kent De Brink de volgende "
            "schoolarrangementen:"),
          UL(["Steunklas onderbouw (maximaal 12 leerlingen, vier uur per week).",
              "Plusprogramma voor (hoog)begaafde leerlingen.",
              "Autismebegeleiding door een ambulant begeleider (via het samenwerkingsverband)."]),
          P("Voor een arrangement stellen wij met ouders en leerling een ontwikkelingsperspectiefplan "
            "(OPP) op. Het OPP wordt twee keer per jaar geëvalueerd.")]
    b += [H1("Toelaatbaarheid en plaatsing elders"),
          P("Soms kan een leerling op De Brink niet de ondersteuning krijgen die nodig is. Dan zoeken we, "
            "samen met ouders, naar een school die beter past. Voor een plaats in het vso is een "
            "toelaatbaarheidsverklaring (TLV) van het samenwerkingsverband nodig. De zorgcoördinator "
            "bereidt de aanvraag voor; het samenwerkingsverband beslist."),
          P("Bij een overstap naar een andere reguliere school zorgen wij voor een warme overdracht. "
            "Leerlingen die vanuit het vso bij ons instromen, krijgen in het eerste half jaar een vaste "
            "coach.")]
    b += [H1("Ouders"),
          P("Ouders zijn partners in de begeleiding van hun kind. De mentor is het eerste aanspreekpunt. "
            "Informatie over de ondersteuning staat in de schoolgids en op de website van de school. Bij "
            "onenigheid kunnen ouders contact opnemen met de teamleider en daarna met de rector. De "
            "klachtenregeling staat in de schoolgids.")]
    b += [H1("Middelen en formatie"),
          P("De school ontvangt van het samenwerkingsverband een schoolbudget voor lichte ondersteuning. "
            "Dit schooljaar zetten wij dat budget als volgt in:"),
          TB([["Inzet", "fte / bedrag"],
              ["Zorgcoördinator", "0,8 fte"],
              ["Orthopedagoog", "0,6 fte"],
              ["Onderwijsassistenten Rebound-ruimte", "1,4 fte"],
              ["Steunklas onderbouw", "€ 38.000"],
              ["Scholing mentoren", "€ 9.500"]])]
    b += [H1("Resultaten vorig schooljaar"),
          UL(["143 leerlingen besproken in het ondersteuningsteam (vorig jaar 128).",
              "37 leerlingen met een OPP; 29 daarvan haalden de gestelde doelen.",
              "3 leerlingen geplaatst in het vso; 2 leerlingen ingestroomd vanuit het vso.",
              "Tevredenheid ouders over de begeleiding: 7,4."])]
    b += [H1("Jaarplanning"),
          TB([["Maand", "Activiteit"],
              ["September", "Startgesprekken mentor–leerling–ouders"],
              ["Oktober", "Groepsbesprekingen ronde 1"],
              ["Januari", "Groepsbesprekingen ronde 2; evaluatie OPP's"],
              ["April", "Groepsbesprekingen ronde 3"],
              ["Juni", "Evaluatie ondersteuningsplan school; overdracht naar volgend schooljaar"]])]
    b += begrippen(None, [["OPP", "Ontwikkelingsperspectiefplan"],
                          ["TLV", "Toelaatbaarheidsverklaring voor het vso, afgegeven door het samenwerkingsverband"],
                          ["Basisondersteuning", "Ondersteuning die iedere school in het samenwerkingsverband biedt"],
                          ["SOP", "Schoolondersteuningsprofiel"]])
    return b


LABEL_NM = dict(
    documents=["nearmiss-lyceum-debrink-ondersteuningsplan-school.docx"], sector="vo", looks_like_plan=False,
    elements={}, criteria={}, advisory_addressed={},
    notes={"document": "School-level annual ondersteuningsplan of one VO school (zorgniveaus, ondersteuningsteam, groepsbesprekingen, schoolbudget inzet); it only refers to the samenwerkingsverband's own plan. No OPR/OOGO, no planperiode, no regional verdeling or TLV procedure: not an SWV ondersteuningsplan (domain 5.4)."})


# ================================================================ labels + main
def dump_label(lab, path):
    L = []
    L.append("documents: [" + ", ".join(lab["documents"]) + "]")
    L.append(f"sector: {lab['sector']}")
    L.append(f"looks_like_plan: {'true' if lab['looks_like_plan'] else 'false'}")
    if lab["elements"]:
        L.append("elements: {" + ", ".join(f"{k}: {v}" for k, v in lab["elements"].items()) + "}")
        L.append("criteria:")
        for k, v in lab["criteria"].items():
            L.append(f"  {k}: {'true' if v else 'false'}")
    else:
        L.append("elements: {}")
        L.append("criteria: {}")
    if lab["advisory_addressed"]:
        L.append("advisory_addressed:")
        for k, v in lab["advisory_addressed"].items():
            L.append(f"  {k}: [" + ", ".join(v) + "]")
    else:
        L.append("advisory_addressed: {}")
    L.append("notes:")
    for k, v in lab["notes"].items():
        L.append(f"  {k}: \"{v}\"")
    path.write_text("\n".join(L) + "\n", encoding="utf-8")


def main():
    jobs = [
        (plan1, LABEL1, "docx", "Ondersteuningsplan 2025-2029 SWV VO Kust en Polder", "SWV VO Kust en Polder | VO 27-31"),
        (plan2, LABEL2, "docx", "Ondersteuningsplan SWV Linge-Oever 2025-2029", "SWV Linge-Oever | PO 25-19 | basisondersteuning – TLV – terugplaatsing"),
        (plan3, LABEL3, "pdf", "Ondersteuningsplan 2025-2029 SWV VO Heuvelrand-Noord", "SWV VO Heuvelrand-Noord | VO 26-14 | Terugplaatsing en overstap"),
        (plan4, LABEL4, "pdf", "Ondersteuningsplan 2025-2029 SWV PO Duinstreek-Zuid", "SWV PO Duinstreek-Zuid | PO 28-07 | Financiën en basisondersteuning"),
        (plan5, LABEL5, "html", "Ondersteuningsplan 2025-2029 | SWV VO Eemvallei-Oost", "SWV VO Eemvallei-Oost – passend onderwijs voor elke jongere"),
        (nearmiss, LABEL_NM, "docx", "Ondersteuningsplan 2025-2026 Christelijk Lyceum De Brink", "Christelijk Lyceum De Brink – locatie Parkweg"),
    ]
    for fn, lab, fmt, title, header in jobs:
        blocks = fn()
        name = lab["documents"][0]
        path = OUT / name
        if fmt == "docx":
            render_docx(blocks, path, title, header)
        elif fmt == "pdf":
            docx_to_pdf(blocks, path, title, header)
        elif fmt == "html":
            render_html(blocks, path, title, header)
        dump_label(lab, OUT / (Path(name).stem + ".expected.yaml"))
        print("wrote", name)


if __name__ == "__main__":
    main()
