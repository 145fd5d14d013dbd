#!/usr/bin/env python3
"""Generate the holdout119 test set: five fictional ondersteuningsplannen of
samenwerkingsverbanden passend onderwijs (PO and VO) and one near-miss document.

All organisations, names, numbers and addresses are fictional.
Deterministic, no network. Output goes to the parent folder of this script's folder.
PDFs are rendered from .docx with LibreOffice (soffice --headless).
"""
import datetime
import html
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from docx import Document
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent
FIXED_DATE = datetime.datetime(2026, 3, 1, 12, 0, 0)

# ---------------------------------------------------------------- blocks
# ("h1", text) ("h2", text) ("p", text) ("ul", [items]) ("table", [rows]) ("box", title, [paras])
# ("toc", [lines]) ("title", [lines]) ("pb",)


def H1(t):
    return ("h1", t)


def H2(t):
    return ("h2", t)


def P(t):
    return ("p", " ".join(t.split()))


def UL(items):
    return ("ul", [" ".join(i.split()) for i in items])


def TABLE(rows):
    return ("table", rows)


def BOX(title, paras):
    return ("box", title, [" ".join(p.split()) for p in paras])


def TOC(lines):
    return ("toc", lines)


def TITLE(lines):
    return ("title", lines)


PB = ("pb",)


# ---------------------------------------------------------------- common filler
def voorwoord(naam, periode, wie, extra=""):
    return [
        H1("Voorwoord"),
        P(f"""Voor u ligt het ondersteuningsplan {periode} van {naam}. Het is het derde plan sinds de
        invoering van de Wet passend onderwijs in 2014 en het eerste plan dat we schreven na de eindevaluatie
        van passend onderwijs en de Verbeteraanpak die daarop volgde. In de afgelopen jaren is er veel
        veranderd. Het lerarentekort raakt ook onze scholen, het aantal leerlingen met een complexe
        ondersteuningsvraag neemt toe en de verwachtingen van de samenleving aan het onderwijs zijn hoog.
        Tegelijk zien we elke dag hoeveel leraren, intern begeleiders, ondersteuningscoördinatoren en
        schoolleiders doen om leerlingen een goede plek te geven. Dat verdient waardering, en dat willen we
        aan het begin van dit plan ook uitdrukkelijk zeggen."""),
        P(f"""Dit plan is tot stand gekomen in een reeks gesprekken met {wie}. We hebben geprobeerd het plan
        leesbaar te houden en niet alles te willen regelen. Het plan beschrijft de koers en de afspraken op
        hoofdlijnen; de uitwerking per jaar staat in het jaarplan en de jaarbegroting. Wie het plan leest, zal
        merken dat we op sommige onderdelen stevige afspraken maken en op andere onderdelen bewust ruimte laten
        aan de schoolbesturen. Dat past bij de manier waarop we in deze regio met elkaar samenwerken: in
        vertrouwen, met respect voor de verschillen tussen besturen en met het belang van de leerling als
        toetssteen. {extra}"""),
        P("""Een woord van dank gaat naar de leden van de werkgroep die de teksten voorbereidden, naar de
        schoolleiders die kritisch meelazen en naar de leden van de ondersteuningsplanraad, die ons scherp
        hielden. Wij wensen u veel leesplezier en nodigen u uit om met ons in gesprek te blijven."""),
        P("Namens het bestuur, de directeur-bestuurder"),
    ]


def governance(naam, sector_schools, besturen, rvt=True):
    toezicht = ("een Raad van Toezicht van vijf leden, die onafhankelijk is van de aangesloten besturen"
                if rvt else "een algemeen bestuur waarin alle aangesloten schoolbesturen zitting hebben")
    return [
        P(f"""{naam} is een stichting. In de stichting werken {besturen} schoolbesturen samen die samen
        verantwoordelijk zijn voor {sector_schools} in de regio. De statuten regelen de scheiding tussen
        bestuur en intern toezicht. Het bestuur is opgedragen aan een directeur-bestuurder. Het intern
        toezicht ligt bij {toezicht}. De algemene vergadering van aangesloten schoolbesturen (ALV) benoemt
        de leden van het toezichthoudend orgaan, stelt het ondersteuningsplan vast na instemming van de
        ondersteuningsplanraad en keurt de jaarstukken goed. In de statuten is een geschillenregeling
        opgenomen voor geschillen tussen de aangesloten besturen en het samenwerkingsverband."""),
        P("""De directeur-bestuurder wordt ondersteund door een klein bureau met een beleidsmedewerker, een
        controller, een secretaresse en een team van consulenten en orthopedagogen. Het bureau is gehuisvest
        in een bedrijfsverzamelgebouw in het centrum van de regio. De directeur-bestuurder legt verantwoording
        af aan het toezichthoudend orgaan volgens een jaarlijkse cyclus van vier vergaderingen. Het
        toezichthoudend orgaan werkt met een toezichtkader, een informatieprotocol en een jaarlijkse
        zelfevaluatie. Eens per jaar voert het toezichthoudend orgaan het gesprek met de
        ondersteuningsplanraad en met de accountant."""),
        P("""Naast de formele overlegorganen kent het samenwerkingsverband een directeurenoverleg per
        subregio, een netwerk van intern begeleiders of ondersteuningscoördinatoren en een
        bestuurdersoverleg. In deze overleggen wordt beleid voorbereid, worden ervaringen gedeeld en worden
        knelpunten besproken. Het directeurenoverleg adviseert de directeur-bestuurder, maar neemt zelf geen
        besluiten. De governancecode van de sectorraad wordt gevolgd; waar we daarvan afwijken, leggen we
        dat uit in het jaarverslag."""),
    ]


def personeel_ict(sector_word):
    return [
        H2("Personeel en professionalisering"),
        P(f"""Het samenwerkingsverband heeft zelf een beperkte formatie. Het grootste deel van de middelen
        komt terecht bij de scholen en wordt daar ingezet door leraren, onderwijsassistenten en specialisten
        die in dienst zijn van de schoolbesturen. Voor het eigen bureau geldt de cao {sector_word}. De
        formatie van het bureau bedraagt in 2026 ongeveer veertien fte. We investeren in de deskundigheid van
        onze medewerkers door intervisie, scholing en deelname aan landelijke netwerken. Het lerarentekort
        maakt het niet eenvoudig om specialisten te vinden; we werken daarom samen met de pabo, de
        lerarenopleidingen en de hogeschool in de regio aan een traineeship voor jonge orthopedagogen."""),
        P("""Professionalisering van leraren is primair de verantwoordelijkheid van de schoolbesturen. Het
        samenwerkingsverband organiseert wel een gezamenlijk aanbod van kennisdeling: themabijeenkomsten,
        een jaarlijkse studiedag en leernetwerken rond onderwerpen als gedrag, taalontwikkeling, executieve
        functies en meer- en hoogbegaafdheid. Deelname is vrijwillig. Werkdruk is een terugkerend thema in
        de gesprekken met leraren. We proberen administratieve lasten te beperken door formulieren te
        vereenvoudigen en dubbele uitvraag van gegevens te voorkomen."""),
        H2("ICT, privacy en gegevensbescherming"),
        P("""Het samenwerkingsverband werkt met een beveiligde digitale omgeving voor het uitwisselen van
        dossiers. Medewerkers hebben alleen toegang tot de gegevens die ze voor hun taak nodig hebben. We
        hebben een functionaris gegevensbescherming aangesteld, die wordt gedeeld met twee andere
        samenwerkingsverbanden. Er is een privacyreglement dat jaarlijks wordt geactualiseerd. Gegevens over
        de gezondheid van leerlingen verwerken we alleen voor zover dat nodig is voor onze wettelijke taken en
        we bewaren ze niet langer dan de wettelijke termijn van drie jaar na het besluit. Datalekken worden
        gemeld volgens de meldprocedure van de Autoriteit Persoonsgegevens."""),
        P("""In de komende planperiode vervangen we het registratiesysteem, omdat de leverancier de huidige
        versie niet langer ondersteunt. We kiezen daarbij voor een systeem dat aansluit op de
        leerlingadministratie van de scholen, zodat gegevens niet twee keer hoeven te worden ingevoerd. De
        aanbesteding vindt plaats in het schooljaar 2026-2027."""),
    ]


def oogo(gemeenten, jeugdhulp=True):
    out = [
        P(f"""Het samenwerkingsverband werkt samen met de gemeenten {gemeenten}. Het concept van dit plan is
        besproken in het op overeenstemming gericht overleg (OOGO) met de colleges van burgemeester en
        wethouders. De gemeenten hebben op hun beurt hun jeugdbeleid in het OOGO met het
        samenwerkingsverband besproken. Van het overleg is een verslag gemaakt dat door alle partijen is
        ondertekend. Er waren geen onderwerpen waarover geen overeenstemming kon worden bereikt."""),
    ]
    if jeugdhulp:
        out.append(P("""Inhoudelijk maken we met de gemeenten afspraken over de aansluiting tussen onderwijs en
        jeugdhulp. Elke school heeft een vaste contactpersoon van het lokale jeugdteam, die op vaste momenten
        aanschuift bij het ondersteuningsteam van de school. Voor leerlingen die zowel onderwijs als zorg nodig
        hebben, werken we met onderwijs-zorgarrangementen waarin de financiering van school en gemeente wordt
        gecombineerd. Verder maken we afspraken over leerlingenvervoer, onderwijshuisvesting en de overgang
        naar vervolgonderwijs. Jaarlijks evalueren de wethouders onderwijs en jeugd samen met het bestuur de
        gemaakte afspraken."""))
    return out


def planning(periode, datum_opr, datum_oogo, extra=""):
    return [
        P(f"""Dit ondersteuningsplan geldt voor de periode {periode} (vier schooljaren, van 1 augustus tot en
        met 31 juli). Het concept is op {datum_oogo} besproken in het overleg met de gemeenten en met het
        samenwerkingsverband van de andere sector waarmee ons gebied overlapt. De ondersteuningsplanraad heeft
        op {datum_opr} ingestemd met het plan. Het plan is daarna door het bestuur vastgesteld en vóór 1 mei
        aan de Inspectie van het Onderwijs toegezonden. {extra}"""),
        P("""Het plan wordt elk jaar uitgewerkt in een jaarplan en een jaarbegroting. Wijzigingen van het
        plan tijdens de planperiode leggen we opnieuw voor aan de ondersteuningsplanraad. In het laatste jaar
        van de planperiode starten we tijdig met het schrijven van een nieuw plan, zodat er voldoende tijd is
        voor gesprekken met scholen, gemeenten en de ondersteuningsplanraad."""),
        TABLE([["Moment", "Activiteit"],
               ["september", "jaarplan besproken in het bestuurdersoverleg"],
               ["november", "begroting volgend kalenderjaar voorbereid"],
               ["december", "vaststelling begroting door het bestuur"],
               ["juni", "jaarverslag en jaarrekening vastgesteld"]]),
    ]


def kennisdeling(naam):
    return [
        P(f"""Kennisdeling is een van de manieren waarop {naam} het verschil wil maken. Veel kennis is al
        aanwezig in de scholen, maar wordt niet altijd gedeeld. Daarom organiseren we vier keer per jaar een
        leerwerkplaats waar teams van verschillende scholen elkaars praktijk bezoeken. Het thema wordt gekozen
        door de deelnemers zelf; in het afgelopen jaar ging het onder meer over co-teaching, over het gebruik van
        beeldcoaching en over het werken met een rustige hoek in de klas. Elke leerwerkplaats wordt afgesloten met
        een korte notitie die we op het intranet plaatsen."""),
        P("""Daarnaast nemen we deel aan twee onderzoeksprojecten met de regionale hogeschool en de universiteit.
        Het eerste project onderzoekt hoe leraren vroegtijdig signalen van sociaal-emotionele problemen kunnen
        herkennen, het tweede volgt een aantal pilots met co-teaching in de onderbouw. Scholen die meedoen, krijgen
        begeleiding van een onderzoeker en presenteren hun bevindingen op de jaarlijkse regionale conferentie. We
        willen daarmee bereiken dat beslissingen over de inrichting van onderwijs vaker gebaseerd zijn op
        onderzoek en praktijkervaring, en minder op gewoonte."""),
        P("""Ook het bureau zelf leert. Na elke grote wijziging van werkprocessen houden we een korte
        evaluatiesessie met de betrokken medewerkers. De uitkomsten gebruiken we om formulieren, handleidingen en
        de website te verbeteren. Wij delen onze ervaringen bovendien in het landelijke netwerk van
        samenwerkingsverbanden en nemen deel aan de werkgroepen van de sectorraad."""),
    ]


def regionale_samenwerking():
    return [
        P("""Het samenwerkingsverband werkt op verschillende terreinen samen met de andere
        samenwerkingsverbanden in de provincie. Zo delen we een functionaris gegevensbescherming, kopen we samen
        de licenties voor het registratiesysteem in en organiseren we gezamenlijk scholing voor consulenten en
        orthopedagogen. Eens per kwartaal overleggen de directeuren-bestuurders van de samenwerkingsverbanden in
        de provincie over actuele landelijke ontwikkelingen, zoals de wetgeving rond passend onderwijs, de
        ontwikkelingen in de bekostiging en de gevolgen van de arbeidsmarkt."""),
        P("""Deze samenwerking levert efficiencyvoordelen op en maakt het mogelijk om van elkaar te leren. Tegelijk
        bewaken we de eigenheid van onze regio: elke regio kent eigen verhoudingen tussen besturen, een eigen
        geschiedenis en eigen vraagstukken. Samenwerking is daarom geen doel op zich, maar een middel om het werk
        beter en eenvoudiger te maken. Een gezamenlijke werkgroep verkent in 2026 of ook de
        inkoop van diagnostisch onderzoek en van vertaaldiensten gezamenlijk kan worden georganiseerd."""),
    ]


def wettelijke_tabel(rows):
    return [P("""De wet schrijft voor welke onderdelen een ondersteuningsplan ten minste bevat. Onderstaande tabel
    laat zien waar u deze onderdelen in dit plan, of in de documenten waarnaar we verwijzen, kunt vinden."""),
            TABLE([["Wettelijk onderdeel", "Waar te vinden"]] + rows)]


# ---------------------------------------------------------------- writers
def write_docx(blocks, path, title):
    doc = Document()
    cp = doc.core_properties
    cp.title = title
    cp.author = "holdout119 generator"
    cp.created = FIXED_DATE
    cp.modified = FIXED_DATE
    cp.last_modified_by = "holdout119 generator"
    cp.revision = 1
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = title
    sec.footer.paragraphs[0].text = title + " | Ondersteuningsplan"
    for b in blocks:
        kind = b[0]
        if kind == "title":
            for i, line in enumerate(b[1]):
                if i == 0:
                    doc.add_heading(line, level=0)
                else:
                    doc.add_paragraph(line)
        elif kind == "toc":
            doc.add_heading("Inhoud", level=1)
            for line in b[1]:
                doc.add_paragraph(line)
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
            rows = b[1]
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for r, row in enumerate(rows):
                for c, val in enumerate(row):
                    t.cell(r, c).text = str(val)
            doc.add_paragraph("")
        elif kind == "box":
            t = doc.add_table(rows=1, cols=1)
            t.style = "Table Grid"
            cell = t.cell(0, 0)
            cell.paragraphs[0].add_run(b[1]).bold = True
            for para in b[2]:
                cell.add_paragraph(para)
            doc.add_paragraph("")
        elif kind == "pb":
            doc.add_page_break()
    doc.save(str(path))


def write_html(blocks, path, title):
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           f"<title>{e(title)}</title>", "</head>", "<body>",
           f'<header><p class="site">{e(title)}</p><nav><a href="#">Home</a> | <a href="#">Ouders</a> | '
           '<a href="#">Scholen</a> | <a href="#">Aanvragen TLV</a> | <a href="#">Contact</a></nav></header>',
           "<main>"]
    for b in blocks:
        kind = b[0]
        if kind == "title":
            out.append(f"<h1>{e(b[1][0])}</h1>")
            for line in b[1][1:]:
                out.append(f'<p class="subtitle">{e(line)}</p>')
        elif kind == "toc":
            out.append('<nav class="toc"><h2>Inhoud</h2><ul>')
            out.extend(f"<li>{e(x)}</li>" for x in b[1])
            out.append("</ul></nav>")
        elif kind == "h1":
            out.append(f"<h2>{e(b[1])}</h2>")
        elif kind == "h2":
            out.append(f"<h3>{e(b[1])}</h3>")
        elif kind == "p":
            out.append(f"<p>{e(b[1])}</p>")
        elif kind == "ul":
            out.append("<ul>" + "".join(f"<li>{e(x)}</li>" for x in b[1]) + "</ul>")
        elif kind == "table":
            rows = b[1]
            out.append("<table>")
            out.append("<tr>" + "".join(f"<th>{e(str(c))}</th>" for c in rows[0]) + "</tr>")
            for row in rows[1:]:
                out.append("<tr>" + "".join(f"<td>{e(str(c))}</td>" for c in row) + "</tr>")
            out.append("</table>")
        elif kind == "box":
            out.append(f'<aside class="kader"><h4>{e(b[1])}</h4>')
            out.extend(f"<p>{e(x)}</p>" for x in b[2])
            out.append("</aside>")
    out += ["</main>", f"<footer><p>&copy; 2026 {e(title)} &middot; Privacyverklaring &middot; Cookies</p></footer>",
            "</body>", "</html>"]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def docx_to_pdf(blocks, pdf_path, title, tmpdir):
    src = tmpdir / (pdf_path.stem + ".docx")
    write_docx(blocks, src, title)
    profile = tmpdir / "lo_profile_holdout119"
    cmd = ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
           "--outdir", str(tmpdir), str(src)]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    produced = tmpdir / (pdf_path.stem + ".pdf")
    if not produced.exists():
        sys.exit(f"PDF conversion failed for {src}")
    shutil.move(str(produced), str(pdf_path))


def write_label(name, text):
    (OUT / name).write_text(text.lstrip("\n"), encoding="utf-8")


# ================================================================ PLAN 1: PO Lingeland (docx)
def plan1():
    naam = "Samenwerkingsverband Passend Primair Onderwijs Lingeland"
    per = "2026-2030"
    b = [TITLE([f"Ondersteuningsplan {per}", naam, "SWV PO 31-14 (fictief)",
                "Vastgesteld door het algemeen bestuur op 9 april 2026"]),
         TOC(["Voorwoord", "1 Inleiding en leeswijzer", "2 Lingeland in beeld", "3 Missie en visie",
              "4 Ondersteuning op elke school", "5 Extra ondersteuning en arrangementen",
              "6 Speciaal basisonderwijs en speciaal onderwijs", "7 Samenwerking met gemeenten",
              "8 Organisatie en middelen", "9 Ambities 2026-2030", "10 Personeel, ICT en privacy",
              "11 Totstandkoming en planning", "Begrippenlijst"]),
         PB]
    b += voorwoord(naam, per, "schoolleiders, intern begeleiders, leraren, ouders, gemeenten en jeugdhulppartners",
                   "Nieuw in dit plan zijn de kaders 'Wat betekent dit voor ouders?' aan het eind van de hoofdstukken.")
    b += [H1("1 Inleiding en leeswijzer"),
          P("""Dit ondersteuningsplan beschrijft hoe de scholen in Lingeland samen zorgen voor passend onderwijs
          voor alle kinderen van vier tot en met twaalf jaar. Het plan is opgebouwd rond de vragen die schoolleiders,
          intern begeleiders en ouders ons het vaakst stellen: wat mag ik van elke school verwachten, wat gebeurt er
          als een kind meer nodig heeft, hoe komt een kind op een speciale school en weer terug, en waar gaat het geld
          naartoe? Hoofdstuk 4 gaat over de ondersteuning op elke school, hoofdstuk 5 over extra ondersteuning en
          arrangementen, hoofdstuk 6 over het speciaal (basis)onderwijs en hoofdstuk 8 over organisatie en middelen.
          In hoofdstuk 9 staan onze ambities."""),
          P("""Aan het eind van de meeste hoofdstukken staat een kader 'Wat betekent dit voor ouders?'. We hebben
          voor deze opzet gekozen omdat ouders in de evaluatie van het vorige plan aangaven dat zij de informatie
          voor ouders niet goed konden vinden. Een apart hoofdstuk over ouders hebben we daarom niet meer.""")]
    b += [H1("2 Lingeland in beeld"),
          P("""Het samenwerkingsverband omvat het grondgebied van vier gemeenten in een overwegend landelijk gebied
          met twee kleine steden. In het gebied staan 58 basisscholen van negen schoolbesturen, twee scholen voor
          speciaal basisonderwijs en drie scholen voor speciaal onderwijs van cluster 3 en 4. Op 1 oktober 2025
          telden de basisscholen samen 11.420 leerlingen. Het aantal leerlingen daalt licht; de prognose gaat uit
          van ongeveer 10.900 leerlingen in 2030. De daling is het sterkst in de kleine kernen, waar een aantal
          scholen onder de opheffingsnorm dreigt te komen."""),
          P("""De schoolbesturen verschillen sterk in omvang: het grootste bestuur heeft zeventien scholen, drie
          besturen hebben één school. Die verschillen maken dat niet elk bestuur dezelfde mogelijkheden heeft om
          zelf specialisten in dienst te nemen. Ook daarom hechten we aan gezamenlijke afspraken.""")]
    b += [H1("3 Missie en visie"),
          P("""Ieder kind in Lingeland gaat naar een school die bij hem of haar past, zo dicht mogelijk bij huis,
          samen met kinderen uit de buurt. Dat is onze missie. We geloven dat kinderen het meeste leren als ze zich
          gezien voelen, als leraren hoge verwachtingen hebben en als school, ouders en hulpverlening samen optrekken.
          Passend onderwijs is geen apart programma, maar de manier waarop goed onderwijs eruitziet voor kinderen
          die iets extra's nodig hebben."""),
          P("""Onze visie rust op drie pijlers: de leraar staat er niet alleen voor, we denken vanuit de
          mogelijkheden van het kind en we organiseren de ondersteuning zo licht als mogelijk en zo zwaar als nodig.
          Dat vraagt vertrouwen in de professionaliteit van scholen én heldere afspraken over wat we van elkaar
          mogen verwachten.""")]
    b += [H1("4 Ondersteuning op elke school"),
          H2("4.1 Het niveau van basisondersteuning"),
          P("""De schoolbesturen in Lingeland hebben in 2025 samen vastgelegd welk niveau van ondersteuning elke
          school en elke vestiging ten minste biedt, zonder dat daarvoor een aanvraag bij het samenwerkingsverband
          nodig is. Dit gezamenlijke minimumniveau noemen we de basisondersteuning. Het geldt voor alle 58
          basisscholen, ongeacht bestuur, omvang of denominatie. Een school mag meer bieden dan dit niveau; een
          school mag er niet onder zitten. Wat een school boven de basisondersteuning biedt, beschrijft zij in haar
          schoolondersteuningsprofiel."""),
          H2("4.2 Wat iedere school biedt"),
          P("""De afspraken zijn uitgewerkt in tien standaarden. Samengevat biedt iedere school in Lingeland:"""),
          UL(["""een intern begeleider met een opleiding op masterniveau of in opleiding daartoe, met minimaal één
              dag per week per 200 leerlingen beschikbaar voor ondersteuning;""",
              """een ondersteuningsteam dat ten minste zes keer per jaar bijeenkomt, met de intern begeleider, de
              schoolcontactpersoon van het samenwerkingsverband en op afroep de jeugdverpleegkundige;""",
              """handelingsgericht werken met groepsplannen of een vergelijkbare cyclus, twee keer per jaar een
              groepsbespreking en een leerlingvolgsysteem voor taal, rekenen en sociaal-emotionele ontwikkeling;""",
              """een dyslexie- en een dyscalculieprotocol, inclusief het aanvragen van vergoede diagnostiek;""",
              """een aanbod voor leerlingen die meer uitdaging nodig hebben binnen de groep, en compacten en verrijken
              volgens een vaste werkwijze;""",
              """een gedragsprotocol en een methode voor sociale veiligheid, met jaarlijkse monitoring van de
              veiligheidsbeleving;""",
              """afspraken over medisch handelen en over het toedienen van medicijnen;""",
              "een warme overdracht naar het voortgezet onderwijs en bij tussentijdse schoolwissel."]),
          P("""Het samenwerkingsverband controleert jaarlijks aan de hand van een kwaliteitskaart of de scholen
          deze standaarden halen. Scholen die een standaard niet halen, maken met hun bestuur een verbeterplan met
          een termijn van ten hoogste één schooljaar; de consulent volgt de uitvoering."""),
          BOX("Wat betekent dit voor ouders?",
              ["""U mag van elke basisschool in Lingeland deze basisondersteuning verwachten. In de schoolgids en in
              het schoolondersteuningsprofiel op de website van de school staat wat de school daarnaast biedt. Op
              onze website staat een ouderpagina met een korte uitleg van de tien standaarden, ook in het Engels,
              Pools en Arabisch. Twee keer per jaar organiseren we in elke gemeente een informatieavond voor ouders
              over passend onderwijs en het ondersteuningsaanbod. Bij de aanmelding op een school ontvangt u de
              folder 'Passend onderwijs in Lingeland'."""])]
    b += [H1("5 Extra ondersteuning en arrangementen"),
          P("""Als een kind meer nodig heeft dan de basisondersteuning, kan de school extra ondersteuning
          organiseren. We onderscheiden drie vormen. De eerste is extra ondersteuning binnen de eigen school,
          betaald uit het schoolbudget (zie hoofdstuk 8). De tweede is een arrangement op maat, aangevraagd bij
          het Expertisepunt van het samenwerkingsverband: bijvoorbeeld inzet van een gedragsspecialist, een
          taal-spraakspecialist of tijdelijke extra handen in de groep. De derde vorm zijn de bovenschoolse
          voorzieningen: de Kangoeroeklas voor meer- en hoogbegaafde leerlingen (vier locaties, één dag per
          week), de observatiegroep De Vlonder voor jonge kinderen bij wie nog onduidelijk is wat ze nodig hebben
          (maximaal twaalf weken), en de taalklas voor nieuwkomers in de twee steden. Daarna volgen het speciaal
          basisonderwijs en het speciaal onderwijs (hoofdstuk 6)."""),
          TABLE([["Niveau", "Wat", "Wie beslist"],
                 ["1", "basisondersteuning op elke school", "school"],
                 ["2", "extra ondersteuning uit het schoolbudget", "school / bestuur"],
                 ["3", "arrangement op maat via het Expertisepunt", "Expertisepunt"],
                 ["4", "bovenschoolse voorziening", "Expertisepunt"],
                 ["5", "sbo of so met toelaatbaarheidsverklaring", "Commissie Toelaatbaarheid"]]),
          P("""Voor kinderen die zowel onderwijs als jeugdhulp nodig hebben, combineren we in een
          onderwijs-zorgarrangement de inzet van school en gemeente. Het Expertisepunt beslist binnen vier weken
          over een aanvraag voor een arrangement."""),
          H2("5.1 Thuiszitters en witte vlekken"),
          P("""Het is ons niet gelukt om voor elk kind een passende plek te vinden. We weten dat er kinderen thuis
          zitten, en ook dat ons aanbod voor kinderen met een combinatie van een verstandelijke beperking en
          ernstig gedrag tekortschiet. Hoe we witte vlekken in ons aanbod systematisch in beeld brengen en welke
          aanpak we voor thuiszitters kiezen, werken we in de loop van het schooljaar 2026-2027 uit in een
          afzonderlijk actieplan, samen met de leerplichtambtenaren. Tot die tijd blijven de bestaande afspraken
          van kracht."""),
          BOX("Wat betekent dit voor ouders?",
              ["""Een arrangement wordt altijd met u besproken voordat de school het aanvraagt. U ontvangt een kopie
              van het besluit van het Expertisepunt. Informatie over de bovenschoolse voorzieningen vindt u op de
              ouderpagina van onze website."""])]
    b += [H1("6 Speciaal basisonderwijs en speciaal onderwijs"),
          H2("6.1 De toelaatbaarheidsverklaring aanvragen"),
          P("""Een kind kan alleen naar het speciaal basisonderwijs (sbo) of het speciaal onderwijs (so, cluster 3
          en 4) als het samenwerkingsverband een toelaatbaarheidsverklaring (TLV) afgeeft. De aanvraag wordt
          gedaan door het bestuur van de school waar het kind staat ingeschreven, of, als het kind nog niet op een
          school zit, door het bestuur van de school waar het is aangemeld. De school dient de aanvraag digitaal in
          bij het Expertisepunt met het ontwikkelingsperspectief, het groeidocument met de resultaten van
          minimaal twee ondersteuningscycli, het onderwijskundig rapport en de zienswijze van de ouders."""),
          P("""Stap 1: het Expertisepunt controleert binnen vijf werkdagen of het dossier compleet is. Stap 2: twee
          deskundigen beoordelen het dossier afzonderlijk en geven ieder een eigen schriftelijk advies; de eerste is
          altijd een orthopedagoog of psycholoog, de tweede wordt per kind gekozen (bijvoorbeeld een
          maatschappelijk werker, kinderpsychiater of arts). Geen van beiden is betrokken geweest bij de aanvraag.
          Stap 3: de Commissie Toelaatbaarheid besluit namens het bestuur binnen zes weken na ontvangst van het
          complete dossier. Ouders en school krijgen het besluit en een kopie van beide adviezen."""),
          H2("6.2 Wanneer is een kind toelaatbaar?"),
          P("""Een kind is toelaatbaar tot het sbo als (a) de ondersteuningsbehoefte aantoonbaar groter is dan wat
          de basisondersteuning en een arrangement op maat kunnen bieden, (b) de school ten minste twee cycli van
          handelingsgericht werken met extra ondersteuning heeft doorlopen en geëvalueerd, en (c) het kind baat
          heeft bij een kleinere groep met een specialistisch pedagogisch klimaat gedurende de hele schooldag. Voor
          het so gelden daarnaast: een structurele ondersteuningsbehoefte op het gebied van leren en
          ontwikkeling, gedrag of lichamelijke beperking, die ook met inzet van een arrangement op een reguliere
          school of het sbo niet kan worden geboden. Bij een TLV so wordt de bekostigingscategorie laag, midden of
          hoog vastgesteld op basis van het advies van de deskundigen."""),
          P("""Een TLV sbo geldt in de regel tot het einde van de basisschoolperiode; een TLV so wordt afgegeven
          voor twee schooljaren, tot 31 juli van het tweede jaar. Ouders die het niet eens zijn met het besluit,
          kunnen binnen zes weken bezwaar maken. Het samenwerkingsverband is aangesloten bij de Landelijke
          Bezwaaradviescommissie Toelaatbaarheidsverklaringen, die het bestuur adviseert over het bezwaar."""),
          H2("6.3 Na de TLV: terug naar een basisschool in de buurt"),
          P("""Plaatsing in het sbo of so is voor ons geen eindstation. Het uitgangspunt is dat een kind terugkeert
          naar een reguliere basisschool zodra dat verantwoord kan, bij voorkeur dicht bij huis. De
          sbo- of so-school evalueert het ontwikkelingsperspectief elk jaar in februari samen met de ouders en
          bespreekt daarbij expliciet of terugkeer mogelijk is. In het laatste jaar van de TLV neemt de school
          uiterlijk 1 maart contact op met het Expertisepunt. Er zijn dan twee routes: de school vraagt met
          onderbouwing een nieuwe TLV aan, of de school en de ouders melden het kind aan bij een reguliere
          basisschool. Het Expertisepunt beslist binnen vier weken welke route wordt gevolgd en stelt zo nodig een
          overstapplan op. Als er geen nieuwe TLV is, eindigt de plaatsing op 31 juli."""),
          P("""Een kind dat terugkeert, krijgt een terugkeerarrangement: gedurende het eerste half jaar begeleidt
          een leerkracht van de sbo- of so-school de nieuwe school ambulant, en de ontvangende school krijgt
          eenmalig een budget van € 4.500 voor extra handen in de groep. Na drie en na zes maanden is er een
          evaluatie met ouders, beide scholen en de consulent. Ook overplaatsing van het so naar het sbo of van het
          sbo naar het so loopt via het Expertisepunt, met dezelfde evaluatiemomenten."""),
          BOX("Wat betekent dit voor ouders?",
              ["""U bent altijd betrokken bij de aanvraag van een TLV en bij de jaarlijkse evaluatie. Heeft u vragen,
              of bent u het niet eens met de school of met het samenwerkingsverband, dan kunt u terecht bij het
              onafhankelijke Ouder- en Jeugdsteunpunt Lingeland (bereikbaar via telefoon en mail, op werkdagen van 9
              tot 17 uur). Het steunpunt werkt niet in opdracht van de scholen en denkt met u mee. Ook kunt u
              gratis een beroep doen op de Onderwijsconsulenten, die kunnen bemiddelen bij een geschil over de
              plaatsing van uw kind. Klachten over het samenwerkingsverband behandelt de landelijke
              klachtencommissie waarbij wij zijn aangesloten."""])]
    b += [H1("7 Samenwerking met gemeenten")]
    b += oogo("Lingewaard-Oost, Betuwezoom, Dijkstede en Overlinge")
    b += [H1("8 Organisatie en middelen"), H2("8.1 Bestuur en organisatie")]
    b += governance(naam, "58 basisscholen, twee sbo-scholen en drie so-scholen", "negen")
    b += [H2("8.2 Hoe we het geld verdelen"),
          P("""Het samenwerkingsverband ontvangt van het Rijk jaarlijks ongeveer € 8,9 miljoen voor
          ondersteuning. Daarvan gaat eerst de afdracht voor leerlingen in het so en de groeibekostiging sbo
          naar DUO respectievelijk de sbo-scholen. Van wat overblijft, verdelen we op deze manier: 65 procent gaat
          als schoolbudget rechtstreeks naar de schoolbesturen, verdeeld op basis van het aantal leerlingen op 1
          oktober van het voorgaande jaar (€ 305 per leerling) plus een vaste voet van € 6.000 per vestiging; 20
          procent is bestemd voor arrangementen en bovenschoolse voorzieningen die het Expertisepunt toekent; 8
          procent is voor het Expertisepunt en het bureau; de rest vormt een flexibel budget voor innovatie. Het
          bestuur stelt de verdeling jaarlijks vast bij de begroting, na advies van het bestuurdersoverleg."""),
          P("""Schoolbesturen besteden het schoolbudget aan extra ondersteuning boven de basisondersteuning en
          verantwoorden die inzet jaarlijks in een korte rapportage per school, die de consulent met de directeur
          bespreekt."""),
          H2("8.3 Meerjarenbegroting"),
          TABLE([["(x € 1.000)", "2026", "2027", "2028", "2029"],
                 ["Baten ondersteuningsmiddelen", "8.910", "8.780", "8.640", "8.520"],
                 ["Afdracht so en groeibekostiging sbo", "-2.450", "-2.480", "-2.500", "-2.500"],
                 ["Schoolbudgetten besturen", "4.200", "4.110", "4.020", "3.950"],
                 ["Arrangementen en voorzieningen", "1.290", "1.260", "1.240", "1.220"],
                 ["Expertisepunt en bureau", "520", "530", "540", "550"],
                 ["Innovatiebudget", "300", "250", "200", "150"],
                 ["Resultaat", "150", "150", "140", "150"]]),
          P("""De reserve bedraagt eind 2025 € 1,4 miljoen. Dat is boven de signaleringswaarde; we bouwen het
          surplus in de planperiode af via het innovatiebudget."""),
          BOX("Wat betekent dit voor ouders?",
              ["""Het meeste geld gaat naar de scholen. U kunt op school vragen hoe het schoolbudget wordt ingezet;
              de school beschrijft dat ook in de schoolgids."""])]
    b += [H1("9 Ambities 2026-2030"),
          P("""We hebben voor deze planperiode vier ambities geformuleerd voor kinderen die extra ondersteuning
          nodig hebben:"""),
          UL(["In 2030 zit geen enkel kind langer dan drie maanden thuis zonder onderwijsaanbod.",
              "Het percentage leerlingen in sbo en so daalt van 3,4 procent naar ten hoogste 3,0 procent.",
              "Jaarlijks keren minstens tien leerlingen vanuit sbo of so terug naar een reguliere basisschool.",
              "Negen van de tien leerlingen met een arrangement halen de doelen uit hun ontwikkelingsperspectief."]),
          P("""Hoe we de voortgang op deze ambities gaan meten, welke bronnen we gebruiken en hoe en wanneer we
          daarover rapporteren, leggen we vast in een nieuw monitoringskader. Dat kader volgt in 2027, na een
          nulmeting. Het vorige kader sloot niet aan bij de nieuwe ambities en is daarom vervallen.""")]
    b += [H1("10 Personeel, ICT en privacy")] + personeel_ict("primair onderwijs")
    b += [H1("11 Totstandkoming en planning")]
    b += planning(per, "26 maart 2026", "3 maart 2026",
                  "De ondersteuningsplanraad bestaat uit zes ouders en zes personeelsleden, gekozen uit de "
                  "medezeggenschapsraden van de scholen.")
    b += [H1("Begrippenlijst"),
          TABLE([["Begrip", "Betekenis"],
                 ["Basisondersteuning", "het afgesproken niveau van ondersteuning dat alle scholen bieden"],
                 ["Dekkend aanbod", "het geheel van voorzieningen waarmee voor elk kind een passende plek is"],
                 ["Monitoring", "het volgen van de resultaten van het beleid"],
                 ["OJSP", "Ouder- en jeugdsteunpunt"],
                 ["TLV", "toelaatbaarheidsverklaring voor sbo of so"],
                 ["Terugplaatsing", "terugkeer van een leerling uit sbo of so naar het regulier onderwijs"],
                 ["Verdeelmodel", "de manier waarop de middelen over scholen worden verdeeld"]])]
    return b


LABEL1 = """
documents: [po-lingeland-ondersteuningsplan-2026-2030.docx]
sector: po
looks_like_plan: true
elements: {basisondersteuning: present, plaatsing: present, terugstroom: present, financien: present, dekkend-aanbod: partial, resultaten: partial, ouders: present}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: true
  plaatsing.procedure: true
  plaatsing.criteria: true
  terugstroom.procedure: true
  terugstroom.beleid: true
  financien.verdeling: true
  financien.besteding: true
  dekkend-aanbod.continuum: true
  dekkend-aanbod.lacunes: false
  resultaten.doelen: true
  resultaten.monitoring: false
  ouders.informatie: true
  ouders.steunpunt: true
advisory_addressed:
  basisondersteuning: [borging]
  plaatsing: [deskundigen, duur-categorie, bezwaar]
  financien: [reserves, verantwoording]
  dekkend-aanbod: [ketenpartners]
  resultaten: [meetbaar]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "4.1 defines the agreed minimum for all 58 schools; 4.2 lists ten standards (IB, OT, dyslexie, gedrag, medisch handelen); kwaliteitskaart = borging."
  plaatsing: "6.1 steps (applicant, dossier, two separate deskundigen, Commissie Toelaatbaarheid, 6 weken) and 6.2 criteria for sbo and so, category, duration, LBT bezwaar."
  terugstroom: "Hidden in 6.3 'Na de TLV' inside the sbo/so chapter: yearly OPP evaluation, 1 March contact, Expertisepunt decides, TLV ends 31 July; policy thuisnabij plus terugkeerarrangement."
  financien: "Only inside ch. 8 'Organisatie en middelen': verdeelmodel (EUR 305 per leerling, vaste voet, percentages) and 4-year begroting table."
  dekkend-aanbod: "Ch. 5 describes continuum (levels 1-5, bovenschoolse voorzieningen); 5.1 on thuiszitters/witte vlekken only admits gaps and defers the approach to an actieplan in 2026-2027 -> lacunes not addressed (the thuiszitter target in ch. 9 is a goal, not an approach)."
  resultaten: "Ch. 9 gives measurable ambitions; how they are measured/reported is deferred to a monitoringskader that 'volgt in 2027'."
  ouders: "No ouders chapter; 'Wat betekent dit voor ouders?' boxes: ch.4 box = informatie (ouderpagina, informatieavonden, folder), ch.6 box = OJSP, Onderwijsconsulenten, klachtencommissie."
"""


# ================================================================ PLAN 2: VO Hunzedal (docx)
def plan2():
    naam = "Stichting Samenwerkingsverband Voortgezet Onderwijs Hunzedal"
    per = "2026-2030"
    b = [TITLE([f"Ondersteuningsplan {per}", naam, "SWV VO 20-19 (fictief)",
                "Versie voor instemming OPR, definitief na vaststelling 14 april 2026"]),
         TOC(["Voorwoord", "1 Inleiding", "2 Terugblik 2022-2026", "3 Koers en ambities",
              "4 Het ondersteuningsaanbod", "   4.1 Basisondersteuning", "   4.2 Extra ondersteuning op school",
              "   4.3 OPDC De Schakel", "   4.4 Voortgezet speciaal onderwijs",
              "5 Zorgplicht, thuiszitters en het dekkend netwerk", "6 Toewijzing en toelaatbaarheid",
              "   6.1 Vso", "   6.2 Lwoo en praktijkonderwijs", "7 Geld en middelen",
              "8 Kwaliteitszorg en verantwoording", "9 Communicatie", "10 Organisatie, gemeenten en personeel",
              "11 Planning", "Afkortingen"]),
         PB]
    b += voorwoord(naam, per, "schoolleiders, ondersteuningscoördinatoren, mentoren, leerlingen, gemeenten, "
                   "het mbo en partners uit de jeugdhulp")
    b += [H1("1 Inleiding"),
          P("""Hunzedal is een samenwerkingsverband voor voortgezet onderwijs met 14 scholen voor vmbo, havo en vwo,
          twee scholen voor praktijkonderwijs en twee scholen voor voortgezet speciaal onderwijs, verdeeld over
          zeven schoolbesturen. Op 1 oktober 2025 telden de scholen 12.860 leerlingen. In dit plan leest u welke
          ondersteuning leerlingen kunnen krijgen, hoe toewijzing en toelaatbaarheid zijn geregeld en hoe we de
          middelen verdelen. Het beleid rond terugplaatsing vanuit het vso herijken we in 2027; dat onderwerp
          krijgt daarom in dit plan geen apart hoofdstuk en komt terug in het jaarplan 2027-2028."""),
          P("""Het plan is geschreven voor schoolleiders, ondersteuningscoördinatoren en medezeggenschap, maar ook
          voor ouders en leerlingen. Waar we naar documenten verwijzen, zijn die te vinden op onze website.""")]
    b += wettelijke_tabel([["samenhangend geheel van voorzieningen, basisondersteuning", "hoofdstuk 4 en bijlage 2"],
                           ["verdeling en besteding van middelen, meerjarenbegroting", "hoofdstuk 7"],
                           ["toelaatbaarheid vso, lwoo en pro", "hoofdstuk 6 en Toewijzingsreglement"],
                           ["terugplaatsing en overplaatsing", "jaarplan 2027-2028"],
                           ["beoogde en bereikte resultaten", "hoofdstuk 2, 3 en 8"],
                           ["informatie aan ouders en onafhankelijke ondersteuning", "hoofdstuk 9"]])
    b += [H1("2 Terugblik 2022-2026"),
          P("""In de vorige planperiode hebben we drie doelen nagestreefd: minder thuiszitters, kortere
          doorlooptijden bij toewijzing en een sterkere ondersteuningsstructuur op de scholen. De resultaten zijn
          wisselend. Het aantal leerlingen dat langer dan vier weken thuis zat zonder passend aanbod, daalde van
          41 op de peildatum in 2022 naar 23 in 2025. De gemiddelde doorlooptijd van een aanvraag bij het loket
          daalde van 9,5 naar 5,8 weken. Het deelnamepercentage vso bleef vrijwel gelijk: 3,9 procent in 2022,
          3,8 procent in 2025, tegen een landelijk gemiddelde van 3,6 procent. Het aantal leerlingen in het OPDC
          steeg van 48 naar 63."""),
          TABLE([["Indicator", "2022", "2023", "2024", "2025"],
                 ["Thuiszitters > 4 weken (peildatum 1 nov)", "41", "36", "29", "23"],
                 ["Doorlooptijd loket (weken)", "9,5", "7,9", "6,4", "5,8"],
                 ["Deelname vso (%)", "3,9", "3,9", "3,8", "3,8"],
                 ["Leerlingen OPDC (1 okt)", "48", "55", "59", "63"],
                 ["Tevredenheid scholen over loket (1-10)", "6,4", "6,9", "7,2", "7,4"]]),
          P("""De terugblik leert ons dat investeren in de structuur op scholen loont, maar ook dat het OPDC
          vooral meer leerlingen opvangt in plaats van dat de scholen zelf meer kunnen bieden. Dat nemen we mee in
          de ambities voor de komende periode.""")]
    b += [H1("3 Koers en ambities"),
          P("""Onze koers in één zin: iedere jongere in Hunzedal volgt onderwijs op een plek die bij hem of haar
          past en verlaat de school met een diploma, een certificaat of een duurzame plek op de arbeidsmarkt. Voor
          leerlingen die extra ondersteuning nodig hebben, hebben we voor 2030 de volgende beoogde resultaten
          vastgelegd:"""),
          TABLE([["Ambitie", "Indicator", "Nulmeting 2025", "Streefwaarde 2030"],
                 ["Minder thuiszitters", "leerlingen > 4 weken thuis zonder aanbod", "23", "ten hoogste 10"],
                 ["Snellere toewijzing", "doorlooptijd loket", "5,8 weken", "4 weken"],
                 ["Meer ondersteuning in de eigen school", "leerlingen OPDC op 1 oktober", "63", "50"],
                 ["Passende uitstroom vso", "vso-leerlingen met diploma, certificaat of baan", "71%", "80%"],
                 ["Tevreden leerlingen", "leerlingen met arrangement die zich gesteund voelen", "n.v.t.", "75%"]]),
          P("""Naast deze kwantitatieve doelen willen we dat leerlingen en ouders ervaren dat zij serieus worden
          genomen in het ontwikkelingsperspectief. Dat meten we met een jaarlijkse korte vragenlijst.""")]
    b += [H1("4 Het ondersteuningsaanbod"),
          H2("4.1 Basisondersteuning"),
          P("""Alle scholen voor voortgezet onderwijs in Hunzedal bieden ten minste het niveau van
          basisondersteuning dat de zeven besturen in het voorjaar van 2025 samen hebben vastgesteld. Dat niveau
          geldt voor iedere vestiging, ook voor de kleine nevenvestigingen. Het gaat om ondersteuning die een
          school zonder tussenkomst van het samenwerkingsverband biedt, binnen de eigen ondersteuningsstructuur.
          De standaarden en de concrete voorzieningen die bij dit niveau horen, zijn uitgewerkt in de
          'Kwaliteitskaart basisondersteuning VO Hunzedal' (bijlage 2). Hoe een individuele school daar invulling
          aan geeft, staat in het schoolondersteuningsprofiel van die school."""),
          H2("4.2 Extra ondersteuning op school"),
          P("""Als de basisondersteuning niet toereikend is, zet de school extra ondersteuning in. Elke school
          ontvangt daarvoor een budget lichte ondersteuning (hoofdstuk 7). Scholen gebruiken dat onder meer voor
          trajectvoorzieningen, tutoren, faalangsttrainingen, een rustruimte en begeleiding door een
          orthopedagoog. Voor een leerling met extra ondersteuning stelt de school een ontwikkelingsperspectief op.
          Lukt het de school niet, dan kan zij een bovenschools arrangement aanvragen bij het loket."""),
          H2("4.3 OPDC De Schakel"),
          P("""Het orthopedagogisch-didactisch centrum De Schakel biedt tijdelijke opvang aan leerlingen die
          vastlopen op hun school, met plaats voor ongeveer zestig leerlingen op twee locaties. Een verblijf duurt
          in de regel twaalf tot twintig weken. Het doel is altijd terugkeer naar de eigen school of overstap naar
          een andere reguliere school; de mentor van de eigen school blijft tijdens het verblijf betrokken en na
          afloop volgt een begeleidingsperiode van acht weken. Voor leerlingen die ondanks het OPDC-traject niet
          kunnen terugkeren, wordt een vervolgroute gezocht."""),
          H2("4.4 Voortgezet speciaal onderwijs"),
          P("""In Hunzedal staan twee scholen voor vso: een school voor cluster 4 met de uitstroomprofielen
          vervolgonderwijs en arbeidsmarkt, en een school voor cluster 3 met de profielen arbeidsmarkt en
          dagbesteding. Beide scholen bieden daarnaast ambulante consultatie aan de reguliere scholen. Zo ontstaat
          een doorlopende reeks: basisondersteuning, extra ondersteuning op school, bovenschoolse arrangementen,
          het OPDC en het vso, met onderwijs-zorgarrangementen waar jeugdhulp nodig is.""")]
    b += [H1("5 Zorgplicht, thuiszitters en het dekkend netwerk"),
          P("""Schoolbesturen hebben zorgplicht. Als een school na aanmelding niet zelf een passende plek kan
          bieden, zoekt zij in overleg met het loket binnen zes weken (eenmaal te verlengen met vier weken) een
          andere school. Elke maand bespreekt de Thuiszitterstafel, met leerplicht, het loket, de jeugdteams en
          de betrokken scholen, alle leerlingen die langer dan vier weken niet of gedeeltelijk naar school gaan.
          Binnen twee weken na bespreking is er voor elke leerling een plan met een eigenaar en een datum. Lukt
          dat niet, dan kan de directeur-bestuurder doorzettingsmacht inzetten: hij wijst dan een school of
          voorziening aan die een aanbod doet."""),
          P("""Tweemaal per jaar analyseren we welke vragen niet passend zijn beantwoord: wachtlijsten, verwijzingen
          naar buiten de regio en vrijstellingen van de leerplicht. In 2025 bleek zo dat er geen aanbod was voor
          hoogbegaafde leerlingen met ernstige faalangst; in 2026 start daarom een kleine bovenschoolse groep op de
          locatie Zuid. Gaten die we vinden, leggen we voor aan het bestuurdersoverleg met een voorstel en een
          termijn.""")]
    b += [H1("6 Toewijzing en toelaatbaarheid"),
          H2("6.1 Vso"),
          P("""Voor plaatsing in het vso is een toelaatbaarheidsverklaring nodig. Het bestuur van de school waar de
          leerling staat ingeschreven, dient de aanvraag in bij het loket, met het ontwikkelingsperspectief, een
          overzicht van de ingezette ondersteuning en de zienswijze van ouders en leerling. Het loket beoordeelt of
          het dossier compleet is. Een orthopedagoog of psycholoog en een tweede deskundige brengen ieder een
          eigen advies uit. Daarna besluit de Commissie van Toelaatbaarheid binnen zes weken. De TLV wordt afgegeven
          voor ten minste één schooljaar, met de bekostigingscategorie die de deskundigen adviseren."""),
          P("""Welke leerlingen toelaatbaar zijn tot het vso, hangt af van de criteria die het bestuur in het
          Toewijzingsreglement heeft vastgesteld. Dat reglement staat op onze website en wordt jaarlijks
          geactualiseerd."""),
          H2("6.2 Lwoo en praktijkonderwijs"),
          P("""Het samenwerkingsverband besluit over de aanwijzing voor leerwegondersteunend onderwijs en over de
          toelaatbaarheid tot het praktijkonderwijs. Basisscholen leveren daarvoor voor 1 februari in het jaar van
          de overstap het onderwijskundig rapport en de toetsgegevens aan bij de ontvangende vo-school. Die school
          dient de aanvraag uiterlijk 15 maart in bij het loket. De Commissie Lwoo/Pro besluit uiterlijk 15 mei,
          zodat de leerling voor de zomer weet waar hij terechtkan. Voor de criteria verwijzen we naar de
          handreiking lwoo en pro van het samenwerkingsverband.""")]
    b += [H1("7 Geld en middelen"),
          P("""Het samenwerkingsverband ontvangt in 2026 naar verwachting € 11,6 miljoen: € 4,3 miljoen voor lichte
          ondersteuning (inclusief lwoo en pro) en € 7,3 miljoen voor zware ondersteuning. Van de zware
          ondersteuning wordt eerst de bekostiging van de vso-leerlingen via DUO verrekend."""),
          P("""Verdeling. De middelen voor lwoo en pro gaan in hun geheel naar de scholen met een lwoo- of
          pro-aanbod, naar rato van het aantal aangewezen leerlingen op 1 oktober. Het overige budget lichte
          ondersteuning verdelen we over alle scholen: een vaste voet van € 25.000 per vestiging plus € 118 per
          leerling. Het OPDC wordt rechtstreeks begroot. Bovenschoolse arrangementen worden per leerling
          toegekend door het loket op grond van het ontwikkelingsperspectief; het tarief per arrangement staat in
          de jaarlijks vast te stellen tarievenlijst. Het bestuur stelt deze verdeling jaarlijks in december
          vast."""),
          TABLE([["Meerjarenbegroting (x € 1.000)", "2026", "2027", "2028", "2029"],
                 ["Baten lichte ondersteuning (incl. lwoo/pro)", "4.300", "4.250", "4.210", "4.160"],
                 ["Baten zware ondersteuning", "7.300", "7.240", "7.180", "7.120"],
                 ["Afdracht vso via DUO", "-4.980", "-4.950", "-4.900", "-4.880"],
                 ["Lwoo/pro naar scholen", "2.640", "2.610", "2.590", "2.560"],
                 ["Budget lichte ondersteuning scholen", "1.890", "1.870", "1.850", "1.820"],
                 ["OPDC De Schakel", "1.250", "1.250", "1.250", "1.250"],
                 ["Bovenschoolse arrangementen", "560", "540", "530", "520"],
                 ["Loket, bureau en deskundigen", "640", "650", "660", "670"],
                 ["Resultaat", "-360", "-370", "-390", "-420"]]),
          P("""De negatieve resultaten zijn bewust: de reserve van € 2,9 miljoen is hoger dan nodig. Na deze
          planperiode resteert een reserve rond de signaleringswaarde. Scholen verantwoorden de besteding van het
          budget lichte ondersteuning in een jaarlijkse rapportage.""")]
    b += [H1("8 Kwaliteitszorg en verantwoording"),
          P("""We werken met een vaste kwaliteitscyclus. Elk kwartaal maakt het bureau een rapportage met de
          indicatoren uit hoofdstuk 3: thuiszitters (uit de registratie van leerplicht), doorlooptijden (uit het
          registratiesysteem van het loket), deelname vso en OPDC (DUO-gegevens en eigen telling op 1 oktober) en
          uitstroom van vso-leerlingen. De rapportage wordt besproken in het bestuurdersoverleg en met de Raad van
          Toezicht. Eens per jaar vragen we scholen, leerlingen en ouders naar hun tevredenheid. In het jaarverslag
          leggen we verantwoording af over de bereikte resultaten ten opzichte van de streefwaarden, en bespreken we
          ze met de ondersteuningsplanraad. In 2028 volgt een tussenevaluatie door een externe partij.""")]
    b += [H1("9 Communicatie"),
          P("""Goede communicatie is voor een samenwerkingsverband onmisbaar. We informeren scholen via een
          tweewekelijkse nieuwsbrief en via het netwerk van ondersteuningscoördinatoren. Ouders en leerlingen
          informeren we over de ondersteuningsmogelijkheden via de website (met een aparte pagina voor ouders en
          een pagina voor leerlingen), de folder 'Extra hulp op school', die in vier talen verkrijgbaar is, en een
          jaarlijkse informatieavond in november, in de periode waarin groep 8-ouders een school kiezen. Scholen
          nemen in de schoolgids een paragraaf op over de ondersteuning en over het samenwerkingsverband."""),
          P("""Heeft u als ouder vragen over de ondersteuning van uw kind, neem dan eerst contact op met de mentor
          of de ondersteuningscoördinator van de school. Zij kunnen u verder helpen en zo nodig contact leggen met
          het loket."""),
          P("""De ondersteuningsplanraad bestaat uit vier ouders, twee leerlingen en zes personeelsleden. Zij
          worden afgevaardigd door de medezeggenschapsraden.""")]
    b += [H1("10 Organisatie, gemeenten en personeel")]
    b += governance(naam, "14 vo-scholen, twee pro-scholen en twee vso-scholen", "zeven")
    b += oogo("Hunzestad, Veenkoloniën-Noord en Drentse Aa-Oost")
    b += personeel_ict("voortgezet onderwijs")
    b += [H2("Kennisdeling")] + kennisdeling(naam)
    b += [H1("11 Planning")]
    b += planning(per, "2 april 2026", "17 februari 2026")
    b += [H1("Afkortingen"),
          TABLE([["Afkorting", "Betekenis"],
                 ["BO", "basisondersteuning"],
                 ["CvT", "Commissie van Toelaatbaarheid"],
                 ["LBT", "Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen"],
                 ["OJSP", "Ouder- en jeugdsteunpunt"],
                 ["OPDC", "orthopedagogisch-didactisch centrum"],
                 ["OPR", "ondersteuningsplanraad"],
                 ["TLV", "toelaatbaarheidsverklaring"],
                 ["vso", "voortgezet speciaal onderwijs; terugplaatsing: terugkeer uit het vso naar het vo"]])]
    return b


LABEL2 = """
documents: [vo-hunzedal-ondersteuningsplan-2026-2030.docx]
sector: vo
looks_like_plan: true
elements: {basisondersteuning: partial, plaatsing: partial, terugstroom: missing, financien: present, dekkend-aanbod: present, resultaten: present, ouders: partial}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: false
  plaatsing.procedure: true
  plaatsing.criteria: false
  terugstroom.procedure: false
  terugstroom.beleid: false
  financien.verdeling: true
  financien.besteding: true
  dekkend-aanbod.continuum: true
  dekkend-aanbod.lacunes: true
  resultaten.doelen: true
  resultaten.monitoring: true
  ouders.informatie: true
  ouders.steunpunt: false
advisory_addressed:
  plaatsing: [deskundigen, duur-categorie]
  financien: [reserves, verantwoording]
  dekkend-aanbod: [ketenpartners]
  resultaten: [meetbaar]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "4.1 states the agreed minimum level for every vestiging, but the concrete standards/voorzieningen are only in bijlage 2 'Kwaliteitskaart' (not included) and the SOPs -> inhoud not addressed."
  plaatsing: "6.1/6.2 give vso and lwoo/pro procedure (loket, two deskundigen, CvT, dates); criteria only by reference to the Toewijzingsreglement on the website and a handreiking."
  terugstroom: "Nothing: the introduction defers terugplaatsing to 2027/jaarplan; return from OPDC De Schakel (4.3) is return within regular VO, not from vso; glossary entry is a trap."
  financien: "Ch. 7 'Geld en middelen': verdeling (vaste voet EUR 25.000 + EUR 118 per leerling, lwoo/pro naar rato, tarievenlijst) and meerjarenbegroting table 2026-2029."
  dekkend-aanbod: "4.2-4.4 continuum school -> arrangement -> OPDC -> vso; ch. 5 Thuiszitterstafel, doorzettingsmacht, half-yearly gap analysis with example."
  resultaten: "Ch. 3 streefwaarden table; ch. 8 quarterly reporting, sources, jaarverslag, external mid-term evaluation; ch. 2 achieved figures."
  ouders: "Ch. 9 'Communicatie' covers informatie (website, folder in 4 talen, informatieavond, schoolgids); for questions parents are sent to the school's own mentor/coordinator only - no independent steunpunt (OJSP only in Afkortingen)."
"""


# ================================================================ PLAN 3: PO Peelrand (pdf)
def plan3():
    naam = "Samenwerkingsverband Primair Onderwijs De Peelrand"
    per = "2026-2030"
    b = [TITLE([f"Ondersteuningsplan {per}", naam, "PO 30-21 (fictief)", "Samen sterk voor elk kind"]),
         TOC(["Voorwoord", "1 Inleiding", "2 Visie en uitgangspunten", "3 Basisondersteuning",
              "4 Het ondersteuningscontinuüm", "5 Toelaatbaarheid sbo en so", "6 Terug naar de basisschool",
              "7 Organisatie en middelen", "8 Kwaliteitszorg", "9 Gemeenten en jeugdhulp",
              "10 Personeel en ICT", "11 Planning", "Begrippenlijst (met o.a. ouders, OJSP, onderwijsconsulenten)"]),
         PB]
    b += voorwoord(naam, per, "schoolleiders, intern begeleiders, leraren, gemeenten en jeugdhulppartners")
    b += [H1("1 Inleiding"),
          P("""Dit plan beschrijft hoe de 41 basisscholen, de sbo-school De Kameleon en de twee scholen voor
          speciaal onderwijs in de Peelrand samenwerken aan passend onderwijs. Het plan geldt voor vier
          schooljaren. Het is bedoeld voor iedereen die met passend onderwijs in onze regio te maken heeft:
          schoolbesturen, schoolleiders, intern begeleiders, leraren en onze partners. Waar in dit plan over ouders
          wordt gesproken, worden ook verzorgers bedoeld."""),
          P("""Het samenwerkingsverband telt zes schoolbesturen. Op 1 oktober 2025 zaten 8.140 leerlingen op de
          basisscholen, 176 op het sbo en 121 leerlingen uit de regio op een so-school. Het gebied bestaat uit vijf
          gemeenten, met één middelgrote stad en een groot aantal dorpen.""")]
    b += [H1("2 Visie en uitgangspunten"),
          P("""Wij willen dat elk kind in de Peelrand zich kan ontwikkelen op een school die past, zo thuisnabij
          als mogelijk. Daarvoor is nodig dat scholen sterk zijn in de basis, dat specialistische kennis dicht bij
          de leraar beschikbaar is en dat we snel en zonder bureaucratie kunnen schakelen als een kind meer nodig
          heeft. We werken vanuit vijf uitgangspunten: denken in mogelijkheden, de leraar doet ertoe, één kind
          één plan, preventie boven curatie, en vertrouwen boven controle."""),
          P("""Die uitgangspunten zijn niet nieuw, maar we willen ze in deze planperiode consequenter toepassen. In
          de evaluatie van het vorige plan gaven leraren aan dat de weg naar hulp soms te lang was. Schoolleiders
          vroegen om meer duidelijkheid over wat er van een school verwacht wordt. Beide signalen zijn in dit plan
          verwerkt.""")]
    b += [H1("3 Basisondersteuning"),
          P("""Basisondersteuning is in de Peelrand het afgesproken geheel van preventieve en licht curatieve
          interventies dat iedere basisschool van het samenwerkingsverband, op iedere vestiging, binnen de eigen
          ondersteuningsstructuur biedt. De zes besturen hebben het niveau vastgelegd in het convenant
          basisondersteuning van 12 december 2025. Geen school mag onder dit niveau zakken. De onderstaande tabel
          is het hart van het convenant."""),
          TABLE([["Domein", "Wat iedere school in de Peelrand biedt"],
                 ["Ondersteuningsstructuur", "intern begeleider (min. 0,4 fte per 250 leerlingen); ondersteuningsteam 5x per jaar met schoolmaatschappelijk werk"],
                 ["Lezen en dyslexie", "protocol leesproblemen en dyslexie; extra leestijd 3x per week voor zwakke lezers; voorleessoftware"],
                 ["Rekenen", "protocol ERWD; inzet van concreet materiaal en verlengde instructie"],
                 ["Gedrag", "schoolbrede aanpak positief gedrag (bijv. PBS); time-out-afspraken; gedragsprotocol"],
                 ["Meer- en hoogbegaafdheid", "signalering in groep 1-2 en 5; compacten en verrijken; plusaanbod binnen de school"],
                 ["Taal / NT2", "woordenschatprogramma; NT2-materiaal voor nieuwkomers in het eerste jaar"],
                 ["Medisch", "protocol medisch handelen; aangepast meubilair op aanvraag"],
                 ["Overdracht", "warme overdracht bij elke schoolwissel en naar het vo"]]),
          P("""Het samenwerkingsverband bespreekt jaarlijks met elke school de kwaliteitskaart en bezoekt elke
          school eens per twee jaar voor een audit basisondersteuning. Blijft een school onder het niveau, dan
          maakt het bestuur een verbeterplan en rapporteert het binnen zes maanden over de voortgang.""")]
    b += [H1("4 Het ondersteuningscontinuüm"),
          P("""Ondersteuning is in de Peelrand georganiseerd in een continuüm van vijf niveaus. Niveau 1 is de
          ondersteuning in de groep; niveau 2 de basisondersteuning binnen de school met inzet van de intern
          begeleider; niveau 3 de inzet van het expertiseteam van het samenwerkingsverband (orthopedagogen,
          gedragsspecialisten, een logopedist), dat op afroep meekijkt en adviseert; niveau 4 een arrangement of
          een plaats in een bovenschoolse voorziening (de plusklas, de taalklas in Peelstad en de
          observatieklas De Uitkijk); niveau 5 plaatsing in het sbo of so. Scholen kunnen ook kortdurend een
          time-outplek gebruiken op het sbo."""),
          P("""Om witte vlekken te vinden, houden we elk half jaar een signaleringstafel met de leerplichtambtenaren
          van de vijf gemeenten, de directeuren van sbo en so en het expertiseteam. Daar brengen we in beeld welke
          kinderen thuiszitten of op een wachtlijst staan en waarom. Voor elk thuiszittend kind is er binnen vier
          weken een casusregisseur van het samenwerkingsverband, die met school en gemeente een plan maakt en pas
          stopt als het kind weer onderwijs volgt. Blijkt een tekort structureel, zoals in 2025 bij het so voor
          jonge kinderen met autisme, dan doet de directeur-bestuurder binnen drie maanden een voorstel aan het
          bestuur om het aanbod uit te breiden. De besturen hebben afgesproken de zorgplicht gezamenlijk in te
          vullen: een kind dat nergens terechtkan, krijgt een plek op de school die de casusregisseur aanwijst.""")]
    b += [H1("5 Toelaatbaarheid sbo en so"),
          H2("5.1 Criteria"),
          P("""Het samenwerkingsverband verklaart een kind toelaatbaar tot het sbo als aan alle volgende voorwaarden
          is voldaan: de school heeft de basisondersteuning en ten minste één arrangement op niveau 4 ingezet; de
          ontwikkeling van het kind stagneert op twee of meer ontwikkelingsgebieden, aantoonbaar in het
          groeidocument over een periode van ten minste zes maanden; en het kind heeft een kleine groep met
          intensieve pedagogische begeleiding nodig. Toelaatbaarheid tot het so (cluster 3 of 4) vraagt daarnaast
          dat de ondersteuningsbehoefte structureel is en ook in het sbo niet kan worden beantwoord, bijvoorbeeld
          door een ernstige verstandelijke of lichamelijke beperking, een langdurige ziekte of ernstige
          gedragsproblematiek die een behandelcomponent vraagt."""),
          H2("5.2 Aanvraag en besluitvorming"),
          P("""Met ingang van 1 augustus 2026 gaat de aanvraag van toelaatbaarheidsverklaringen over van het huidige
          loket naar het nieuwe Expertisepunt Peelrand. Hoe de aanvraag, de beoordeling en de besluitvorming dan
          verlopen, welke termijnen gelden en wie namens het bestuur besluit, beschrijft het bestuur in de
          procedureregeling TLV die vóór de zomer van 2026 wordt vastgesteld. Vast staat dat bij elke beoordeling
          twee deskundigen adviseren, van wie één een orthopedagoog of psycholoog is.""")]
    b += [H1("6 Terug naar de basisschool"),
          P("""Het samenwerkingsverband wil dat kinderen niet langer in het sbo of so blijven dan nodig is. Ons
          beleid is erop gericht dat een kind, zodra de ontwikkeling dat toelaat, terugkeert naar een reguliere
          basisschool, bij voorkeur in de eigen wijk of het eigen dorp. Voorwaarden zijn dat het
          ontwikkelingsperspectief laat zien dat het kind met de basisondersteuning en een arrangement op niveau
          4 verder kan, en dat er een ontvangende school is die het aanbod kan bieden. Een kind dat terugkeert,
          krijgt altijd een overgangsarrangement: twintig weken ambulante begeleiding vanuit de sbo- of
          so-school, betaald door het samenwerkingsverband, en een warme overdracht tussen de leerkrachten.
          Scholen die een kind terugnemen, krijgen voorrang bij het expertiseteam. Ook overplaatsing van het so
          naar het sbo zien we als een stap in de goede richting."""),
          P("""Welke stappen de school voor speciaal (basis)onderwijs zet, wie het initiatief neemt, op welke
          momenten wordt geëvalueerd en wie besluit, leggen we vast in het draaiboek terugplaatsing. Dat
          draaiboek verschijnt in het eerste planjaar, samen met de procedureregeling TLV.""")]
    b += [H1("7 Organisatie en middelen"), H2("7.1 Bestuur")]
    b += governance(naam, "41 basisscholen, één sbo-school en twee so-scholen", "zes", rvt=False)
    b += [H2("7.2 Verdeling van de ondersteuningsmiddelen"),
          P("""Het samenwerkingsverband werkt met een schoolmodel: het grootste deel van de middelen gaat naar de
          schoolbesturen, zodat scholen zelf ondersteuning kunnen organiseren. Na aftrek van de verplichte
          afdrachten voor so en sbo verdelen we de middelen volgens deze verdeelsleutel: 70 procent naar de
          besturen naar rato van het leerlingaantal op 1 oktober van het voorgaande jaar, 10 procent naar de
          besturen naar rato van het aantal leerlingen met een gewicht in de onderwijsachterstandenregeling, en
          20 procent voor het expertiseteam, de arrangementen op niveau 4 en de bovenschoolse voorzieningen.
          Arrangementen worden toegekend door het expertiseteam op basis van het groeidocument. De besturen
          maken elk jaar met het samenwerkingsverband afspraken over de inzet van hun deel."""),
          H2("7.3 Meerjarenbegroting"),
          TABLE([["Meerjarenbegroting", "2026", "2027", "2028", "2029"],
                 ["Baten", "p.m.", "p.m.", "p.m.", "p.m."],
                 ["Afdrachten so/sbo", "p.m.", "p.m.", "p.m.", "p.m."],
                 ["Besturen (schoolmodel)", "p.m.", "p.m.", "p.m.", "p.m."],
                 ["Expertiseteam en arrangementen", "p.m.", "p.m.", "p.m.", "p.m."],
                 ["Bureau", "p.m.", "p.m.", "p.m.", "p.m."]]),
          P("""De bedragen worden ingevuld zodra de definitieve rijksbekostiging bekend is. De meerjarenbegroting
          wordt daarna als afzonderlijk document aan dit plan toegevoegd.""")]
    b += [H1("8 Kwaliteitszorg"),
          P("""Kwaliteitszorg is bij ons meer dan verantwoorden: het gaat erom dat we leren van wat werkt. Voor de
          kinderen met een extra ondersteuningsbehoefte hebben we voor 2030 de volgende resultaten voor ogen: het
          aantal thuiszitters is gedaald tot nul kinderen die langer dan drie maanden geen onderwijs volgen
          (2025: 9); het verwijzingspercentage naar sbo en so daalt van 3,6 naar 3,2 procent; ten minste 85
          procent van de kinderen met een arrangement bereikt de doelen in het groeidocument; en jaarlijks keren
          ten minste acht kinderen uit sbo of so terug naar een basisschool."""),
          P("""We volgen deze resultaten met een monitor die het bureau twee keer per jaar vult, op basis van de
          registratie van het expertiseteam, de leerplichtregistratie en de telling van DUO op 1 oktober. De
          monitor wordt besproken in het algemeen bestuur en in de ondersteuningsplanraad. Elk jaar rapporteren
          we in het jaarverslag wat de bereikte resultaten zijn ten opzichte van de beoogde resultaten, en welke
          middelen daarvoor zijn ingezet. Halverwege de planperiode voert een externe partij een audit uit.""")]
    b += [H1("9 Gemeenten en jeugdhulp")]
    b += oogo("Peelstad, Deurnedal, Asten-Oost, Zomerveld en Heiderode")
    b += [H1("10 Personeel en ICT")] + personeel_ict("primair onderwijs")
    b += [H2("Kennisdeling en regionale samenwerking")] + kennisdeling(naam) + regionale_samenwerking()
    b += [H1("11 Planning")]
    b += planning(per, "24 maart 2026", "10 februari 2026")
    b += wettelijke_tabel([["basisondersteuning en samenhangend geheel", "hoofdstuk 3 en 4"],
                           ["verdeling, besteding en meerjarenbegroting", "hoofdstuk 7"],
                           ["toelaatbaarheid sbo en so", "hoofdstuk 5 en procedureregeling TLV"],
                           ["terugplaatsing en overplaatsing", "hoofdstuk 6 en draaiboek terugplaatsing"],
                           ["resultaten", "hoofdstuk 8"],
                           ["informatie aan ouders, onafhankelijke ondersteuning", "schoolgids en website"]])
    b += [H1("Begrippenlijst"),
          TABLE([["Begrip", "Uitleg"],
                 ["Ouders", "ouders, verzorgers en wettelijk vertegenwoordigers van een leerling"],
                 ["OJSP", "Ouder- en jeugdsteunpunt: onafhankelijke plek waar ouders terechtkunnen met vragen"],
                 ["Onderwijsconsulenten", "landelijke organisatie die ouders gratis adviseert bij een vastgelopen schoolsituatie"],
                 ["Ouderportaal", "digitale omgeving waarin scholen ouders informeren"],
                 ["Schoolondersteuningsprofiel", "document waarin een school beschrijft welke ondersteuning zij biedt"],
                 ["TLV", "toelaatbaarheidsverklaring"]])]
    return b


LABEL3 = """
documents: [po-peelrand-ondersteuningsplan-2026-2030.pdf]
sector: po
looks_like_plan: true
elements: {basisondersteuning: present, plaatsing: partial, terugstroom: partial, financien: partial, dekkend-aanbod: present, resultaten: present, ouders: missing}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: true
  plaatsing.procedure: false
  plaatsing.criteria: true
  terugstroom.procedure: false
  terugstroom.beleid: true
  financien.verdeling: true
  financien.besteding: false
  dekkend-aanbod.continuum: true
  dekkend-aanbod.lacunes: true
  resultaten.doelen: true
  resultaten.monitoring: true
  ouders.informatie: false
  ouders.steunpunt: false
advisory_addressed:
  basisondersteuning: [borging]
  plaatsing: [deskundigen]
  dekkend-aanbod: [ketenpartners]
  resultaten: [meetbaar]
notes:
  basisondersteuning: "Ch. 3: convenant level for every vestiging; concrete content only in the table 'Wat iedere school biedt'; audit/kwaliteitskaart = borging."
  plaatsing: "5.1 gives sbo and so criteria; 5.2 defers the whole procedure (route, termijnen, deciding body) to a procedureregeling 'voor de zomer van 2026'; only the two-deskundigen line remains."
  terugstroom: "Ch. 6 gives policy (thuisnabij, conditions, 20-week overgangsarrangement); steps/initiative/evaluation/decision deferred to a draaiboek in the first plan year."
  financien: "7.2 verdeelsleutel (70/10/20 percent, peildatum) is addressed; 7.3 meerjarenbegroting is a table of p.m. values and will be added later -> besteding not addressed."
  dekkend-aanbod: "Ch. 4: five-level continuum with voorzieningen; signaleringstafel, casusregisseur within 4 weeks, structural gaps to bestuur within 3 months, gezamenlijke zorgplicht."
  resultaten: "Only in ch. 8 'Kwaliteitszorg': targets for 2030 with baseline, monitor twice a year, sources, jaarverslag, audit."
  ouders: "Nothing in the body on informing parents or independent help; 'ouders' only in passing in the Inleiding; OJSP, Onderwijsconsulenten and ouderportaal appear only in the TOC line and Begrippenlijst (traps)."
"""


# ================================================================ PLAN 4: VO Duin en Polder (pdf)
def plan4():
    naam = "Samenwerkingsverband VO Duin en Polder"
    per = "2026-2030"
    b = [TITLE([f"Ondersteuningsplan {per}", naam, "VO 28-16 (fictief)", "Koers op maat"]),
         TOC(["Voorwoord", "1 Over dit plan", "2 Regio en scholen", "3 Missie, visie en kernwaarden",
              "4 Thuiszitters en zorgplicht", "5 Toewijzing: vso, lwoo en praktijkonderwijs",
              "6 Het vso: verlenging en afloop van de TLV", "7 Financieel beleid", "8 Ouders en leerlingen",
              "9 Bestuur, toezicht en medezeggenschap", "10 Gemeenten", "11 Personeel en ICT",
              "12 Planning en vaststelling", "Bijlage: Begrippen (basisondersteuning, resultaten, dekkend aanbod)"]),
         PB]
    b += voorwoord(naam, per, "schoolleiders, ondersteuningscoördinatoren, leerlingen, ouders, gemeenten en het mbo")
    b += [H1("1 Over dit plan"),
          P("""Dit ondersteuningsplan is bewust compact. We beschrijven de afspraken die we als samenwerkingsverband
          maken over toewijzing, thuiszitters, financiën en de informatie aan ouders en leerlingen. De scholen
          werken hun eigen ondersteuning uit in hun schoolondersteuningsprofiel en in de schoolgids. Een
          beschrijving van het totale ondersteuningsaanbod in de regio, van de ondersteuning in de klas tot en met
          de bovenschoolse voorzieningen en het vso, brengen we in het schooljaar 2026-2027 in kaart in de
          'Aanbodkaart Duin en Polder'. Die aanbodkaart wordt na instemming van de ondersteuningsplanraad aan dit
          plan toegevoegd."""),
          P("""Het plan is opgesteld in een schrijfgroep met twee schoolleiders, drie ondersteuningscoördinatoren,
          een ouder uit de ondersteuningsplanraad en de beleidsmedewerker van het bureau. De teksten zijn in drie
          rondes besproken met de schoolbesturen.""")]
    b += [H1("2 Regio en scholen"),
          P("""Duin en Polder ligt in een kustregio met vier gemeenten. In de regio staan elf scholen voor
          voortgezet onderwijs, waarvan vier met alleen vmbo, een brede scholengemeenschap, drie scholen voor
          havo en vwo en drie categorale gymnasia of lycea; verder één school voor praktijkonderwijs en één
          vso-school voor cluster 4 met een nevenvestiging voor cluster 3. De scholen vallen onder vijf besturen.
          Op 1 oktober 2025 telde de regio 9.310 leerlingen in het voortgezet onderwijs. De leerlingenaantallen
          dalen in de komende jaren met ongeveer één procent per jaar, vooral in de kleinere kernen."""),
          P("""Het toerisme is een belangrijke werkgever in de regio, net als de tuinbouw en de zorg. Veel jongeren
          vinden na het vmbo een plek in een beroepsopleiding in de regio; voor hbo en wo trekken ze vaak weg. De
          regio heeft te maken met relatief hoge woonlasten en een vergrijzende bevolking.""")]
    b += [H1("3 Missie, visie en kernwaarden"),
          P("""Onze missie: elke jongere in Duin en Polder krijgt de kans om zich te ontwikkelen tot een
          zelfstandige en betrokken volwassene. Onze kernwaarden zijn nabijheid, eigenaarschap en
          resultaatgericht samenwerken. Nabijheid betekent dat we de ondersteuning zo dicht mogelijk bij de
          leerling organiseren. Eigenaarschap betekent dat scholen en besturen zich verantwoordelijk voelen voor
          alle jongeren in de regio, ook voor de leerlingen die niet op hun eigen school zitten. Resultaatgericht
          samenwerken betekent dat we afspraken nakomen en elkaar aanspreken."""),
          P("""Naast de basisondersteuning die de scholen bieden, zien wij een belangrijke rol voor de mentor. De
          mentor is de spil in de begeleiding en de eerste aanspreekpersoon voor leerling en ouders. Het
          samenwerkingsverband ondersteunt scholen bij het versterken van het mentoraat door scholing en
          intervisie.""")]
    b += [H1("4 Thuiszitters en zorgplicht"),
          P("""Geen jongere hoort thuis te zitten. Toch gebeurt het. Daarom hebben de vijf besturen en de vier
          gemeenten in 2025 het Thuiszitterspact Duin en Polder gesloten. De kern: een school meldt elke leerling
          die langer dan drie weken niet of gedeeltelijk naar school gaat, bij het Loket van het
          samenwerkingsverband. Binnen tien werkdagen organiseert de consulent een overleg met school,
          leerplicht, jeugdteam, ouders en leerling. Daar wordt een terugkeerplan gemaakt met een eigenaar en een
          datum. Lukt het niet om binnen zes weken een passend aanbod te organiseren, dan legt de consulent de
          casus voor aan de directeur-bestuurder, die doorzettingsmacht heeft en een school of voorziening kan
          aanwijzen die een aanbod doet."""),
          P("""Eens per kwartaal bespreken de directeur-bestuurder en de leerplichtambtenaren de casussen waarvoor
          geen aanbod beschikbaar bleek. Als daaruit blijkt dat een bepaald type aanbod in de regio ontbreekt,
          legt de directeur-bestuurder binnen twee maanden een voorstel aan de besturen voor, bijvoorbeeld een
          afspraak met een school buiten de regio of een nieuwe kleinschalige voorziening. Scholen die een leerling
          niet kunnen plaatsen, vullen hun zorgplicht in via het Loket: het Loket zoekt binnen de wettelijke
          termijn samen met de school een andere school die de leerling wel kan plaatsen.""")]
    b += [H1("5 Toewijzing: vso, lwoo en praktijkonderwijs"),
          H2("5.1 Toelaatbaarheid tot het vso"),
          P("""Het bestuur van de school waar de leerling is ingeschreven of aangemeld, vraagt de
          toelaatbaarheidsverklaring aan bij het Loket. Bij de aanvraag horen het ontwikkelingsperspectief met ten
          minste twee geëvalueerde periodes, het verslag van het multidisciplinair overleg, en de zienswijze van
          ouders en leerling. Het Loket legt het dossier voor aan twee deskundigen: een orthopedagoog of
          GZ-psycholoog van het samenwerkingsverband en een tweede deskundige (jeugdarts, maatschappelijk werker of
          kinder- en jeugdpsychiater), die elk een afzonderlijk schriftelijk advies geven. De Commissie Toewijzing
          besluit binnen zes weken na ontvangst van de volledige aanvraag namens het bestuur."""),
          P("""Een leerling is toelaatbaar tot het vso als: (1) de ondersteuningsbehoefte structureel is en
          meerdere domeinen betreft (leren, gedrag, sociaal-emotioneel, lichamelijk of medisch); (2) de reguliere
          school met extra ondersteuning en een bovenschools traject aantoonbaar niet tot de gewenste ontwikkeling
          heeft geleid, of (3) er sprake is van een ernstige, blijvende beperking waarvoor de specialistische
          setting van het vso nodig is, zoals een IQ onder 70 met bijkomende problematiek of een
          psychiatrische stoornis die behandeling in onderwijstijd vraagt. De deskundigen adviseren over de
          bekostigingscategorie (laag, midden of hoog). De TLV geldt voor twee schooljaren, tenzij de deskundigen
          een kortere of langere duur adviseren, tot maximaal de hele vso-periode."""),
          P("""Ouders en leerling kunnen binnen zes weken bezwaar maken tegen het besluit. Het samenwerkingsverband
          legt het bezwaar voor aan de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen en beslist
          binnen twaalf weken op het bezwaar."""),
          H2("5.2 Leerwegondersteunend onderwijs en praktijkonderwijs"),
          P("""Voor praktijkonderwijs gelden de landelijke criteria: een IQ tussen 55 en 80 en een
          leerachterstand van ten minste drie jaar op twee of meer domeinen, waarvan één begrijpend lezen of
          inzichtelijk rekenen is. Voor leerwegondersteunend onderwijs hanteert Duin en Polder sinds 2018 eigen
          criteria: een leerachterstand van ten minste anderhalf jaar op begrijpend lezen of rekenen, in
          combinatie met een ondersteuningsbehoefte die blijkt uit het onderwijskundig rapport. Lwoo wordt
          toegekend voor de duur van de onderbouw en daarna jaarlijks herbeoordeeld."""),
          P("""De vo-school waar de leerling is aangemeld, vraagt lwoo of pro aan bij het Loket vóór 1 april.
          De Commissie Toewijzing besluit vóór 15 mei, na advies van een orthopedagoog. Bij twijfel over het
          intelligentieniveau laat het Loket aanvullend onderzoek doen.""")]
    b += [H1("6 Het vso: verlenging en afloop van de TLV"),
          P("""In het laatste jaar van een TLV bespreekt de vso-school vóór 1 december met de leerling en de
          ouders het ontwikkelingsperspectief. De commissie van begeleiding van de vso-school stelt vast of
          verlenging nodig is of dat de leerling kan overstappen naar een school voor regulier voortgezet
          onderwijs. In het eerste geval vraagt het bestuur van de vso-school vóór 1 februari een nieuwe TLV aan.
          In het tweede geval meldt de vso-school de leerling vóór 1 maart aan bij de gekozen vo-school en
          informeert zij het Loket. Het Loket toetst binnen vier weken of het overstapplan compleet is en wijst
          een consulent aan die de overdracht begeleidt. Er is een warme overdracht tussen de mentoren. De TLV
          eindigt op 31 juli; de consulent evalueert de overstap in december met school, leerling en ouders."""),
          P("""Wat we als samenwerkingsverband met terugplaatsing en overplaatsing willen bereiken, onder welke
          voorwaarden we dat wenselijk vinden en welke ondersteuning een leerling na de overstap krijgt, leggen we
          in 2027 vast in een aparte notitie terugplaatsingsbeleid.""")]
    b += [H1("7 Financieel beleid"),
          P("""De ondersteuningsmiddelen bestaan uit middelen voor lichte ondersteuning (waaronder lwoo en pro) en
          middelen voor zware ondersteuning. Na verrekening van de vso-bekostiging via DUO verdelen we als volgt.
          Lwoo- en pro-middelen gaan naar de scholen met lwoo of pro, naar rato van het aantal toegekende
          leerlingen op de teldatum 1 oktober. Elke school ontvangt verder een ondersteuningsbudget van € 150 per
          leerling plus een vaste voet van € 30.000 per school. Bovenschoolse trajecten worden per leerling
          toegekend door de Commissie Toewijzing tegen een vast tarief van € 9.800 per half jaar. Het bestuur
          stelt de verdeling jaarlijks vast, op voorstel van de directeur-bestuurder en na bespreking in het
          bestuurdersoverleg. Scholen verantwoorden de inzet in een jaarlijkse rapportage aan het bureau."""),
          TABLE([["Begroting (x € 1.000)", "2026", "2027", "2028", "2029"],
                 ["Lichte ondersteuning incl. lwoo/pro", "3.420", "3.390", "3.350", "3.310"],
                 ["Zware ondersteuning", "5.280", "5.230", "5.180", "5.130"],
                 ["Verrekening vso (DUO)", "-3.610", "-3.600", "-3.580", "-3.560"],
                 ["Lwoo en pro naar scholen", "2.150", "2.130", "2.110", "2.080"],
                 ["Ondersteuningsbudget scholen", "1.730", "1.710", "1.690", "1.670"],
                 ["Bovenschoolse trajecten", "690", "690", "690", "690"],
                 ["Loket, consulenten, deskundigen", "420", "430", "440", "450"],
                 ["Bureau en bestuur", "180", "185", "190", "195"],
                 ["Resultaat", "-80", "-125", "-170", "-205"]]),
          P("""De algemene reserve bedraagt € 1,1 miljoen, ongeveer 13 procent van de baten. Het bestuur heeft een
          bovengrens van 10 procent afgesproken; de begrote tekorten brengen de reserve in vier jaar naar dat
          niveau. De jaarrekening wordt gecontroleerd door een accountant.""")]
    b += [H1("8 Ouders en leerlingen"),
          P("""Ouders en leerlingen moeten weten welke ondersteuning er is en hoe die te krijgen is. Het
          samenwerkingsverband informeert hen via de website, met een aparte rubriek 'Voor ouders en leerlingen',
          via een ouderfolder die elke school bij de aanmelding meegeeft, via de schoolgids (waarin elke school
          een vaste paragraaf over het samenwerkingsverband opneemt) en via twee voorlichtingsavonden per jaar in
          januari, in de periode van de schoolkeuze. Op verzoek komt een consulent uitleg geven op een ouderavond
          van een school."""),
          P("""Ouders en leerlingen die onafhankelijk advies willen, kunnen terecht bij het Steunpunt Ouders &
          Jeugd Duin en Polder. Het steunpunt is ondergebracht bij een welzijnsorganisatie, staat los van scholen
          en samenwerkingsverband, is gratis en is bereikbaar via telefoon, mail en een wekelijks inloopspreekuur.
          Daarnaast kunnen ouders een beroep doen op de Onderwijsconsulenten. Voor klachten over het
          samenwerkingsverband is een klachtenregeling vastgesteld; klachten worden behandeld door de Landelijke
          Klachtencommissie Onderwijs. Geschillen over toelating, verwijdering of het ontwikkelingsperspectief
          kunnen worden voorgelegd aan de Geschillencommissie passend onderwijs."""),
          P("""Leerlingen met een ontwikkelingsperspectief hebben hoorrecht: de school bespreekt het plan met hen
          en legt hun mening vast.""")]
    b += [H1("9 Bestuur, toezicht en medezeggenschap")]
    b += governance(naam, "elf vo-scholen, één pro-school en één vso-school", "vijf")
    b += [P("""De ondersteuningsplanraad telt acht leden: twee ouders, twee leerlingen en vier personeelsleden.""")]
    b += [H1("10 Gemeenten")]
    b += oogo("Strandwijk, Polderveen, Duinhoeve en Zeedorp", jeugdhulp=False)
    b += [P("""Met de gemeenten zijn afspraken gemaakt over leerlingenvervoer voor vso-leerlingen en over de
          huisvesting van de vso-school, die in 2028 naar een nieuw gebouw verhuist. Over de aansluiting tussen
          onderwijs en jeugdhulp voeren we in 2026 verkennende gesprekken.""")]
    b += [H1("11 Personeel en ICT")] + personeel_ict("voortgezet onderwijs")
    b += [H2("Samenwerking met andere samenwerkingsverbanden")] + regionale_samenwerking()
    b += [H1("12 Planning en vaststelling")]
    b += planning(per, "31 maart 2026", "24 februari 2026")
    b += wettelijke_tabel([["samenhangend geheel van ondersteuningsvoorzieningen", "Aanbodkaart (2026-2027)"],
                           ["basisondersteuning", "schoolondersteuningsprofielen van de scholen"],
                           ["verdeling en meerjarenbegroting", "hoofdstuk 7"],
                           ["toelaatbaarheid vso, lwoo, pro", "hoofdstuk 5"],
                           ["terugplaatsing", "hoofdstuk 6"],
                           ["beoogde en bereikte resultaten", "jaarverslag"],
                           ["ouders", "hoofdstuk 8"]])
    b += [H1("Bijlage: Begrippen"),
          TABLE([["Begrip", "Omschrijving"],
                 ["Basisondersteuning", "het door de besturen afgesproken niveau van ondersteuning dat elke school biedt, zoals mentoraat, dyslexiebegeleiding en een ondersteuningscoördinator"],
                 ["Beoogde resultaten", "de resultaten die het samenwerkingsverband wil bereiken"],
                 ["Dekkend aanbod", "een aanbod waarin voor elke jongere een passende plek is"],
                 ["Monitor", "overzicht waarmee de resultaten worden gevolgd"],
                 ["Terugplaatsing", "overstap van het vso naar het regulier voortgezet onderwijs"]])]
    return b


LABEL4 = """
documents: [vo-duinenpolder-ondersteuningsplan-2026-2030.pdf]
sector: vo
looks_like_plan: true
elements: {basisondersteuning: missing, plaatsing: present, terugstroom: partial, financien: present, dekkend-aanbod: partial, resultaten: missing, ouders: present}
criteria:
  basisondersteuning.niveau: false
  basisondersteuning.inhoud: false
  plaatsing.procedure: true
  plaatsing.criteria: true
  terugstroom.procedure: true
  terugstroom.beleid: false
  financien.verdeling: true
  financien.besteding: true
  dekkend-aanbod.continuum: false
  dekkend-aanbod.lacunes: true
  resultaten.doelen: false
  resultaten.monitoring: false
  ouders.informatie: true
  ouders.steunpunt: true
advisory_addressed:
  plaatsing: [deskundigen, duur-categorie, bezwaar]
  financien: [reserves, verantwoording]
  dekkend-aanbod: [ketenpartners]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "Not described: schools' own SOP/schoolgids referred to; 'Naast de basisondersteuning die de scholen bieden' in ch. 3 is a passing mention; the concrete description exists only in the Begrippen bijlage (trap)."
  plaatsing: "Ch. 5: vso procedure (Loket, dossier, two separate deskundigen, Commissie Toewijzing, 6 weken), vso criteria, category/duration, LBT bezwaar; pro national and own lwoo criteria with dates."
  terugstroom: "Ch. 6 'verlenging en afloop van de TLV' gives the procedure (1 december, 1 februari/1 maart, Loket, 31 juli, evaluation); aims/conditions/support after return deferred to a 2027 notitie."
  financien: "Ch. 7: verdeling (EUR 150 per leerling, vaste voet, tarief per traject, lwoo/pro naar rato) and 4-year begroting table; reserve and bovengrens."
  dekkend-aanbod: "Lacunes in ch. 4 (Thuiszitterspact, doorzettingsmacht, quarterly gap review, zorgplicht via Loket); the continuum is explicitly deferred to the 'Aanbodkaart' in 2026-2027."
  resultaten: "No intended results and no monitoring; 'resultaatgericht samenwerken' (kernwaarde), TOC line and Begrippen entries are traps."
  ouders: "Ch. 8: informatie (website rubriek, ouderfolder, schoolgids, voorlichtingsavonden) and independent Steunpunt Ouders & Jeugd, Onderwijsconsulenten, klachten/geschillen; hoorrecht."
"""


# ================================================================ PLAN 5: PO Maasheuvels (html)
def plan5():
    naam = "Samenwerkingsverband Passend Onderwijs Maasheuvels PO"
    per = "2026-2030"
    b = [TITLE([f"Ondersteuningsplan {per} (webversie)", naam, "PO 23-08 (fictief)",
                "Deze webversie is gelijk aan de pdf die u onderaan de pagina kunt downloaden."]),
         TOC(["Voorwoord", "1 Inleiding", "2 Onze regio", "3 Visie: samen naar school", "4 Wat elke school biedt",
              "5 Toelaatbaarheid en het speciaal (basis)onderwijs", "6 Financiën", "7 Kwaliteit en monitoring",
              "8 Ouders", "9 Verhalen uit de praktijk", "10 Organisatie", "11 Personeel en ICT",
              "12 Ontwikkelagenda", "13 Totstandkoming", "Afkortingen en begrippen"])]
    b += voorwoord(naam, per, "schoolleiders, intern begeleiders en leraren van onze scholen")
    b += [H1("1 Inleiding"),
          P("""In 2025 hebben de besturen in de Maasheuvels besloten het ondersteuningsplan voortaan als webtekst
          te publiceren. Dat maakt het plan beter vindbaar en makkelijker te actualiseren. Op verschillende plekken
          verwijzen we naar andere pagina's op deze website, waar werkinstructies en formulieren staan die
          vaker veranderen dan het plan zelf. Het plan gaat over de schooljaren 2026-2027 tot en met 2029-2030."""),
          P("""De besturen hebben ervoor gekozen het plan kort te houden. Waar afspraken nog niet klaar zijn,
          staat dat eerlijk vermeld; u vindt die onderwerpen terug in de ontwikkelagenda in hoofdstuk 12."""),
          P("""Deze webversie voldoet aan de toegankelijkheidseisen voor websites van de overheid en het onderwijs.
          U kunt de tekst laten voorlezen met de voorleesknop bovenaan elke pagina en de lettergrootte aanpassen.
          Wie liever een papieren exemplaar heeft, kan dat bij het bureau opvragen. Opmerkingen over de leesbaarheid
          van deze pagina's zijn welkom via het contactformulier; we gebruiken ze bij de jaarlijkse actualisering.""")]
    b += wettelijke_tabel([["samenhangend geheel en basisondersteuning", "hoofdstuk 4"],
                           ["verdeling, besteding, meerjarenbegroting", "pagina Financiën en verantwoording"],
                           ["toelaatbaarheid sbo en so", "pagina Aanvragen TLV"],
                           ["terugplaatsing en overplaatsing", "hoofdstuk 5.2"],
                           ["beoogde en bereikte resultaten", "hoofdstuk 7"],
                           ["informatie voor ouders en onafhankelijke ondersteuning", "hoofdstuk 8"]])
    b += [H1("2 Onze regio"),
          P("""De Maasheuvels omvat drie gemeenten langs de Maas, met een mix van dorpen en een kleine stad. In het
          gebied staan 31 basisscholen van vier besturen, één school voor speciaal basisonderwijs (De Stroming) en
          een school voor speciaal onderwijs cluster 4 (De Horizon). Kinderen die so van cluster 3 nodig hebben,
          gaan naar scholen in de buurregio's. Op 1 oktober 2025 zaten 6.020 kinderen op de basisscholen."""),
          P("""De regio heeft een sterke verenigingscultuur en een hoge betrokkenheid bij de dorpsscholen. Tegelijk
          staan kleine scholen onder druk door krimp. Twee scholen fuseren in 2027. De besturen werken aan een
          gezamenlijke visie op kleine scholen, waarin ook de bereikbaarheid van ondersteuning een rol speelt."""),
          P("""Krimp heeft gevolgen voor de manier waarop scholen zich organiseren. Op de kleinste scholen werken
          drie of vier leerkrachten, die samen alle groepen bedienen. Combinatiegroepen zijn er de norm. Veel
          leerkrachten vervullen meerdere taken tegelijk. Tegelijk zijn kleine scholen vaak het hart van een dorp:
          ze zijn de plek waar ouders elkaar ontmoeten en waar verenigingen gebruik maken van de gymzaal. Een
          fusie of sluiting raakt daarom meer dan alleen het onderwijs. De besturen willen zorgvuldig met deze
          afwegingen omgaan en betrekken de dorpsraden tijdig bij plannen.""")]
    b += [H1("3 Visie: samen naar school"),
          P("""Wij geloven dat kinderen het beste leren in hun eigen omgeving, samen met kinderen uit de buurt. Elk
          kind verdient een passende plek. Leraren maken het verschil; het samenwerkingsverband is er om hen te
          ondersteunen en niet om extra werk te veroorzaken. We kiezen voor eenvoud: zo weinig formulieren als
          mogelijk, zo veel contact als nodig."""),
          P("""Onze visie is in 2025 opgesteld tijdens drie bijeenkomsten met schoolleiders en intern begeleiders.
          Daarbij kwamen ook de ervaringen uit het vorige plan aan de orde. De belangrijkste les was dat afspraken
          die niet concreet zijn, in de praktijk ook niet worden nagekomen. We hebben daarom geprobeerd alleen op
          te schrijven wat we echt gaan doen."""),
          P("""Onze visie vraagt ook iets van het samenwerkingsverband zelf. We willen een organisatie zijn die
          dichtbij staat, die snel reageert op vragen van scholen en die haar eigen werk kritisch bekijkt. Dat
          betekent dat consulenten vaste scholen hebben, dat telefoontjes dezelfde dag worden beantwoord en dat we
          elk jaar met schoolleiders bespreken wat beter kan in onze dienstverlening. Kortom: we willen niet
          alleen goede afspraken maken, maar ook een betrouwbare partner zijn bij de uitvoering ervan. Daarbij
          houden we oog voor de verschillen tussen dorpen, scholen en teams, want wat in de kleine stad werkt,
          werkt niet vanzelf ook in een dorp met een school van zestig leerlingen.""")]
    b += [H1("4 Wat elke school biedt"),
          P("""In 2025 hebben we bij alle 31 basisscholen geïnventariseerd welke ondersteuning zij zonder
          aanvraag bij het samenwerkingsverband bieden. Op dit moment vindt u op iedere basisschool in de
          Maasheuvels in ieder geval: een intern begeleider; een ondersteuningsteam dat minstens vier keer per jaar
          bijeenkomt; een protocol voor dyslexie; een aanpak voor kinderen die meer aankunnen (verrijkingsstof en
          een plusgroep binnen de school of het bestuur); een anti-pestprogramma; een protocol medisch handelen;
          en de mogelijkheid van een schoolmaatschappelijk werker."""),
          P("""Dit is een momentopname van de huidige praktijk en geen afspraak tussen de besturen. Welk niveau van
          basisondersteuning straks voor alle scholen gaat gelden en wat een school minimaal moet bieden, stellen de
          besturen in de loop van 2027 vast. Tot die tijd blijft het aan de besturen om de ondersteuning op hun
          scholen in te richten.""")]
    b += [H1("5 Toelaatbaarheid en het speciaal (basis)onderwijs"),
          H2("5.1 Aanvragen van een toelaatbaarheidsverklaring"),
          P("""Voor de procedure, de formulieren en de criteria voor een toelaatbaarheidsverklaring verwijzen we
          naar de pagina 'Aanvragen TLV' op deze website."""),
          H2("5.2 Terug naar een gewone basisschool"),
          P("""Het speciaal (basis)onderwijs is in de Maasheuvels bedoeld als tijdelijke plek waar dat kan. Ons
          beleid is dat een kind terugkeert naar een reguliere basisschool, liefst in het eigen dorp, zodra het
          ontwikkelingsperspectief laat zien dat het kind zich daar verder kan ontwikkelen. Terugkeer is geen doel
          op zich: het moet passen bij het kind. Daarom gelden twee voorwaarden: de ontvangende school moet de
          ondersteuning kunnen bieden die in het ontwikkelingsperspectief staat, en de leerkracht van het sbo of so
          moet de overstap verantwoord vinden. Na de terugkeer blijft de sbo- of so-school een schooljaar lang
          beschikbaar voor begeleiding van de nieuwe leerkracht: in de eerste drie maanden wekelijks, daarna
          maandelijks. Is de overstap toch te groot, dan kan het kind binnen dat jaar zonder nieuwe aanvraag
          terugkeren naar het sbo of so."""),
          P("""De procedure is als volgt. Stap 1: De Stroming en De Horizon bespreken elk jaar in maart tijdens
          de evaluatie van het ontwikkelingsperspectief met de ouders of terugkeer aan de orde is. Stap 2: Is dat
          zo, dan meldt de directeur van de sbo- of so-school het kind vóór 1 april aan bij de consulent
          terugplaatsing van het samenwerkingsverband. Stap 3: De consulent zoekt samen met de ouders een
          basisschool en organiseert vóór 1 juni een overdrachtsgesprek. Stap 4: De directeur-bestuurder
          besluit vóór 15 juni dat de TLV niet wordt verlengd en de plaatsing op 31 juli eindigt. Stap 5: Na drie
          en na zes maanden evalueren ouders, beide scholen en de consulent de overstap. Overplaatsing naar een
          andere so-school of van so naar sbo verloopt via dezelfde stappen."""),
          BOX("Wist u dat?", ["""In het schooljaar 2024-2025 keerden zeven kinderen vanuit De Stroming en De
          Horizon terug naar een basisschool in de regio."""])]
    b += [H1("6 Financiën"),
          P("""Het samenwerkingsverband ontvangt middelen van het Rijk voor de ondersteuning van leerlingen. Het
          verdeelmodel en de meerjarenbegroting worden jaarlijks vastgesteld in het jaarplan en de begroting,
          die los van dit plan verschijnen op de pagina 'Financiën en verantwoording'. Daar vindt u ook het
          jaarverslag en de jaarrekening.""")]
    b += [H1("7 Kwaliteit en monitoring"),
          P("""Het samenwerkingsverband volgt de ontwikkeling van passend onderwijs in de regio met een vaste set
          gegevens. Elk jaar in november verzamelt het bureau: het deelnamepercentage sbo en so op de teldatum van
          1 oktober (bron: DUO), het aantal afgegeven toelaatbaarheidsverklaringen, het aantal terugplaatsingen,
          de doorlooptijd van aanvragen, en het aandeel kinderen met een ontwikkelingsperspectief van wie de
          doelen zijn behaald (bron: de jaarlijkse uitvraag bij de intern begeleiders). Eens per twee jaar
          houden we een tevredenheidspeiling onder scholen en ouders. De gegevens worden verwerkt in een
          dashboard dat twee keer per jaar wordt besproken in het bestuur en eenmaal per jaar met de
          ondersteuningsplanraad. In het jaarverslag staat een hoofdstuk met de cijfers en een duiding."""),
          P("""In 2025 lag het deelnamepercentage sbo en so op 2,9 procent. Welke concrete ambities en
          streefwaarden we voor deze planperiode hanteren, leggen we vast na de nulmeting in het schooljaar
          2026-2027.""")]
    b += [H1("8 Ouders"),
          P("""Ouders zijn de eerste deskundigen als het om hun kind gaat. Scholen betrekken ouders bij het
          opstellen en evalueren van het ontwikkelingsperspectief en bij elke aanvraag bij het
          samenwerkingsverband. Hoe het samenwerkingsverband ouders informeert over de ondersteuningsmogelijkheden
          in de regio, werken we uit in een communicatieplan dat in het najaar van 2026 verschijnt."""),
          P("""Loopt het gesprek met school vast, of wilt u iemand die met u meedenkt en niet bij school of
          samenwerkingsverband hoort? Dan kunt u terecht bij het Ouder- en Jeugdsteunpunt Maasheuvels. Het
          steunpunt is onafhankelijk, gratis en bereikbaar via een telefonisch spreekuur op maandag, woensdag en
          vrijdag. U kunt ook contact opnemen met de Onderwijsconsulenten. Heeft u een klacht over het
          samenwerkingsverband, dan kunt u die indienen bij de onafhankelijke klachtencommissie waarbij wij zijn
          aangesloten; een geschil over toelating of verwijdering kunt u voorleggen aan de Geschillencommissie
          passend onderwijs.""")]
    b += [H1("9 Verhalen uit de praktijk"),
          P("""Sem (9) zat twee jaar op De Horizon. Hij had veel moeite met drukte en kwam thuis vaak boos uit
          school. Op De Horizon leerde hij in een kleine groep omgaan met zijn boosheid. In maart vorig jaar gaf
          zijn juf aan dat Sem toe was aan een stap terug naar een gewone school. Na een paar weken wennen op de
          dorpsschool, met wekelijks een bezoek van zijn oude juf, gaat het nu goed. 'Ik heb hier weer vriendjes
          uit mijn straat,' zegt Sem."""),
          P("""Noor (7) heeft dyslexie. Haar school werkt met het dyslexieprotocol en Noor krijgt drie keer per week
          extra leesbegeleiding. 'Ze leest nu graag,' vertelt haar moeder. 'Vorig jaar was dat echt anders.'
          Het verhaal van Noor laat zien hoeveel scholen zelf al doen.""")]
    b += [H1("10 Organisatie")]
    b += governance(naam, "31 basisscholen, één sbo-school en één so-school", "vier", rvt=False)
    b += [H1("11 Personeel en ICT")] + personeel_ict("primair onderwijs")
    b += [H2("Kennisdeling")] + kennisdeling(naam)
    b += [H2("Samenwerking in de provincie")] + regionale_samenwerking()
    b += [H1("12 Ontwikkelagenda"),
          TABLE([["Onderwerp", "Wat", "Wanneer"],
                 ["Basisondersteuning", "vaststellen gezamenlijk niveau", "2027"],
                 ["Ambities", "nulmeting en streefwaarden", "2026-2027"],
                 ["Communicatie ouders", "communicatieplan", "najaar 2026"],
                 ["Aanbod in de regio", "verkenning witte vlekken en thuiszitters", "nog te plannen"],
                 ["Verdeelmodel", "herziening", "p.m."]])]
    b += [H1("13 Totstandkoming"),
          P(f"""Dit plan geldt voor de periode {per}. De ondersteuningsplanraad heeft op 19 maart 2026 ingestemd.
          Het bestuur heeft het plan op 2 april 2026 vastgesteld; het is vóór 1 mei 2026 aan de Inspectie van het
          Onderwijs gezonden. Wijzigingen leggen we opnieuw voor aan de ondersteuningsplanraad. De
          ondersteuningsplanraad bestaat uit vier ouders en vier personeelsleden."""),
          P("""Het plan wordt elk jaar uitgewerkt in een jaarplan. Bij het begin van elk schooljaar bespreken we in
          het directeurenoverleg welke onderdelen van de ontwikkelagenda dat jaar aan de beurt zijn.""")]
    b += [H1("Afkortingen en begrippen"),
          TABLE([["Term", "Betekenis"],
                 ["Dekkend aanbod", "voor elk kind een passende plek in de regio"],
                 ["Meerjarenbegroting", "begroting voor meerdere jaren"],
                 ["OOGO", "op overeenstemming gericht overleg met gemeenten"],
                 ["Thuiszitter", "leerplichtig kind dat zonder geldige reden niet naar school gaat"],
                 ["TLV", "toelaatbaarheidsverklaring, nodig voor sbo en so"],
                 ["Verdeelmodel", "regels voor de verdeling van ondersteuningsmiddelen"]])]
    return b


LABEL5 = """
documents: [po-maasheuvels-ondersteuningsplan-2026-2030.html]
sector: po
looks_like_plan: true
elements: {basisondersteuning: partial, plaatsing: missing, terugstroom: present, financien: missing, dekkend-aanbod: missing, resultaten: partial, ouders: partial}
criteria:
  basisondersteuning.niveau: false
  basisondersteuning.inhoud: true
  plaatsing.procedure: false
  plaatsing.criteria: false
  terugstroom.procedure: true
  terugstroom.beleid: true
  financien.verdeling: false
  financien.besteding: false
  dekkend-aanbod.continuum: false
  dekkend-aanbod.lacunes: false
  resultaten.doelen: false
  resultaten.monitoring: true
  ouders.informatie: false
  ouders.steunpunt: true
advisory_addressed:
  terugstroom: [monitoring]
  resultaten: [meetbaar]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "Ch. 4 lists what every school currently offers (inhoud) but says explicitly this is an inventory, not an agreement; the common level is deferred to 2027 -> niveau not addressed."
  plaatsing: "5.1 only refers to the web page 'Aanvragen TLV' (not part of the input); nav link and glossary are traps."
  terugstroom: "Inside ch. 5 'Toelaatbaarheid en het speciaal (basis)onderwijs' as 5.2: policy (thuisnabij, two conditions, a year of begeleiding, return option) and 5 numbered steps with dates and decision; 'Wist u dat' box gives a figure."
  financien: "Ch. 6 only says verdeelmodel and meerjarenbegroting appear in separate documents on a web page; glossary entries are traps."
  dekkend-aanbod: "No continuum and no gap/thuiszitter approach in the body; 'elk kind verdient een passende plek' is visie prose; witte vlekken/thuiszitters only as 'nog te plannen' in the ontwikkelagenda table and in the glossary."
  resultaten: "Ch. 7 describes monitoring (indicators, sources, dashboard, jaarverslag); intended results/streefwaarden deferred until after the 2026-2027 nulmeting."
  ouders: "Ch. 8 gives independent help (OJSP Maasheuvels, Onderwijsconsulenten, klachten, Geschillencommissie); informing parents is deferred to a communicatieplan (najaar 2026)."
"""


# ================================================================ NEAR-MISS: school-level plan (md)
NEARMISS_MD = """# Ondersteuningsplan 2025-2026

**IKC De Wilgenhoek – basisschool en kinderopvang**
Onderdeel van Stichting Openbaar Onderwijs Rivierland (fictief)
Aangesloten bij samenwerkingsverband passend onderwijs PO Lingeland

## Inhoud

1. Inleiding
2. Onze leerlingen
3. Zorgniveaus op De Wilgenhoek
4. Basisondersteuning op onze school
5. De groepsbespreking en de leerlingbespreking
6. Extra ondersteuning en arrangementen van het samenwerkingsverband
7. Toelaatbaarheidsverklaring en speciaal (basis)onderwijs
8. Ouders
9. Financiën
10. Evaluatie en resultaten
11. Jaarplanning ondersteuning

## 1. Inleiding

Dit ondersteuningsplan beschrijft hoe IKC De Wilgenhoek de ondersteuning aan leerlingen organiseert in het
schooljaar 2025-2026. Het plan is opgesteld door de intern begeleider en de directeur en besproken met het team
en de medezeggenschapsraad. Het is een werkdocument voor het team: het beschrijft de afspraken binnen onze school
over zorgniveaus, groepsbesprekingen en de samenwerking met ouders en externe partners. Het
ondersteuningsplan van het samenwerkingsverband Lingeland vormt het kader; ons schoolondersteuningsprofiel
beschrijft wat wij als school bieden. Dit plan wordt elk jaar in juni geëvalueerd en bijgesteld.

## 2. Onze leerlingen

De Wilgenhoek telt 312 leerlingen in 13 groepen. Ongeveer 18 procent van de leerlingen heeft een
onderwijsachterstandsgewicht. In elke groep zitten gemiddeld drie leerlingen met een eigen leerlijn of een
ontwikkelingsperspectief voor één of meer vakken. De populatie is de afgelopen jaren diverser geworden, met meer
kinderen die Nederlands als tweede taal leren.

## 3. Zorgniveaus op De Wilgenhoek

Wij werken met vijf zorgniveaus:

- **Niveau 1 – basisaanbod in de groep.** De leerkracht geeft instructie op drie niveaus en signaleert.
- **Niveau 2 – extra zorg in de groep.** Verlengde instructie of verrijking, vastgelegd in het groepsplan.
- **Niveau 3 – speciale zorg na intern onderzoek.** De intern begeleider (IB) doet observaties of
  aanvullende toetsen; de leerkracht voert een individueel handelingsplan uit.
- **Niveau 4 – speciale zorg met externe hulp.** Het ondersteuningsteam (OT) adviseert; soms met inzet van een
  arrangement van het samenwerkingsverband.
- **Niveau 5 – verwijzing.** Aanvraag van een toelaatbaarheidsverklaring voor sbo of so via het
  samenwerkingsverband.

## 4. Basisondersteuning op onze school

Onze school biedt de basisondersteuning die in het samenwerkingsverband is afgesproken. Concreet betekent dat op
De Wilgenhoek: een intern begeleider (drie dagen per week), een leesspecialist, een rekenspecialist, een
gedragsspecialist in opleiding, het dyslexieprotocol, de Kanjertraining in alle groepen, een plusklas op
donderdagochtend en een ondersteuningsteam met de schoolmaatschappelijk werker en de jeugdverpleegkundige.

## 5. De groepsbespreking en de leerlingbespreking

Drie keer per jaar (oktober, februari, juni) houdt de intern begeleider met elke leerkracht een
groepsbespreking. Daarin komen de resultaten van de methodetoetsen en het leerlingvolgsysteem aan de orde, het
welbevinden van de groep en de leerlingen die extra aandacht nodig hebben. Na de groepsbespreking stelt de
leerkracht het groepsplan bij. Leerlingen over wie zorgen bestaan, worden besproken in de leerlingbespreking met
het hele team, eenmaal per maand op dinsdagmiddag. Voor leerlingen die meer nodig hebben, volgt een bespreking in
het ondersteuningsteam, waarbij ouders altijd worden uitgenodigd.

## 6. Extra ondersteuning en arrangementen van het samenwerkingsverband

Als de ondersteuning van de school niet toereikend is, vraagt de IB een arrangement aan bij het Expertisepunt van
het samenwerkingsverband. Dat gebeurt na bespreking in het ondersteuningsteam en met toestemming van de ouders. In
het schooljaar 2024-2025 had De Wilgenhoek vier arrangementen: twee voor gedrag, één voor taal-spraak en één
voor een leerling met een lichamelijke beperking. Het schoolbudget dat het samenwerkingsverband aan ons bestuur
toekent, zetten wij in voor de leesspecialist en voor extra handen in de groepen 3 en 4.

## 7. Toelaatbaarheidsverklaring en speciaal (basis)onderwijs

Soms blijkt dat een leerling op een school voor speciaal basisonderwijs of speciaal onderwijs beter op zijn plek
is. De school vraagt dan, namens het bestuur, een toelaatbaarheidsverklaring aan bij het samenwerkingsverband. De
IB stelt het dossier samen: het ontwikkelingsperspectief, het groeidocument en de zienswijze van de ouders. Het
samenwerkingsverband beslist over de aanvraag. In 2024-2025 zijn twee leerlingen van De Wilgenhoek naar het sbo
gegaan. Leerlingen die vanuit het sbo of so naar onze school terugkomen, krijgen een startgesprek met ouders, de
oude en de nieuwe leerkracht.

## 8. Ouders

Ouders worden bij elke stap betrokken. Bij de start van het schooljaar is er een kennismakingsgesprek met alle
ouders, in november en maart volgen de tien-minutengesprekken. Ouders van leerlingen met een
ontwikkelingsperspectief hebben daarnaast drie keer per jaar een gesprek over het plan. Informatie over de
ondersteuning staat in de schoolgids en op de website van de school. Ouders met vragen of klachten kunnen terecht
bij de leerkracht, de IB of de directeur, en bij de interne vertrouwenspersoon van de school. Het
samenwerkingsverband heeft een onafhankelijk ouder- en jeugdsteunpunt; de contactgegevens staan in de schoolgids.

## 9. Financiën

De school ontvangt van het bestuur een ondersteuningsbudget van € 58.400 voor 2025-2026. Dat besteden we aan de
leesspecialist (0,4 fte), de plusklas (€ 6.000), extra onderwijsassistentie in de groepen 3 en 4 (0,6 fte) en
scholing van het team in het dyslexieprotocol (€ 3.500). De ouderbijdrage wordt niet gebruikt voor ondersteuning.

## 10. Evaluatie en resultaten

Het doel voor dit schooljaar is dat 85 procent van de leerlingen met een groepsplan op niveau 2 de doelen haalt,
en dat er geen leerling zonder passend aanbod is. In juni evalueren de IB en de directeur het ondersteuningsplan
aan de hand van de resultaten van de groepsbesprekingen en de uitkomsten van het leerlingvolgsysteem. De
uitkomsten worden besproken met het team en de medezeggenschapsraad.

## 11. Jaarplanning ondersteuning

| Maand | Activiteit |
|---|---|
| september | startgesprekken ouders, groepsoverzichten bijwerken |
| oktober | groepsbespreking 1 |
| januari | toetsperiode leerlingvolgsysteem |
| februari | groepsbespreking 2, trendanalyse |
| juni | groepsbespreking 3, evaluatie ondersteuningsplan |

*Vastgesteld door de directeur na advies van het team, 1 september 2025.*
"""

LABEL_NM = """
documents: [nm-ikc-de-wilgenhoek-ondersteuningsplan-school.md]
sector: po
looks_like_plan: false
elements: {}
criteria: {}
notes:
  document: "School-level 'ondersteuningsplan' of one basisschool (zorgniveaus, groepsbesprekingen, IB, own ondersteuningsbudget, school year 2025-2026) - not the plan of a samenwerkingsverband: no planperiode of up to 4 years, no OPR/OOGO, it only refers to the SWV as its framework."
"""


# ================================================================ main
def main():
    OUT.mkdir(parents=True, exist_ok=True)
    tmpdir = Path(tempfile.mkdtemp(prefix="holdout119_build_"))
    try:
        write_docx(plan1(), OUT / "po-lingeland-ondersteuningsplan-2026-2030.docx",
                   "SWV Passend Primair Onderwijs Lingeland")
        write_label("po-lingeland-ondersteuningsplan-2026-2030.expected.yaml", LABEL1)

        write_docx(plan2(), OUT / "vo-hunzedal-ondersteuningsplan-2026-2030.docx",
                   "SWV Voortgezet Onderwijs Hunzedal")
        write_label("vo-hunzedal-ondersteuningsplan-2026-2030.expected.yaml", LABEL2)

        docx_to_pdf(plan3(), OUT / "po-peelrand-ondersteuningsplan-2026-2030.pdf",
                    "SWV PO De Peelrand", tmpdir)
        write_label("po-peelrand-ondersteuningsplan-2026-2030.expected.yaml", LABEL3)

        docx_to_pdf(plan4(), OUT / "vo-duinenpolder-ondersteuningsplan-2026-2030.pdf",
                    "SWV VO Duin en Polder", tmpdir)
        write_label("vo-duinenpolder-ondersteuningsplan-2026-2030.expected.yaml", LABEL4)

        write_html(plan5(), OUT / "po-maasheuvels-ondersteuningsplan-2026-2030.html",
                   "SWV Passend Onderwijs Maasheuvels PO")
        write_label("po-maasheuvels-ondersteuningsplan-2026-2030.expected.yaml", LABEL5)

        (OUT / "nm-ikc-de-wilgenhoek-ondersteuningsplan-school.md").write_text(NEARMISS_MD, encoding="utf-8")
        write_label("nm-ikc-de-wilgenhoek-ondersteuningsplan-school.expected.yaml", LABEL_NM)
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)


if __name__ == "__main__":
    main()
