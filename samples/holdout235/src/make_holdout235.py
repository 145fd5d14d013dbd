#!/usr/bin/env python3
"""Generate the holdout235 test set: five fictional ondersteuningsplannen of
samenwerkingsverbanden passend onderwijs (PO and VO) and one near-miss document.

Deterministic, no network. Output goes to the folder above this script.
PDFs are rendered from a temporary .docx with LibreOffice (soffice --headless).
"""
import datetime
import shutil
import subprocess
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_BREAK
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent
FIXED = datetime.datetime(2026, 3, 2, 9, 0, 0)

# ---------------------------------------------------------------------------
# block helpers: ("title", [lines]) ("h1", t) ("h2", t) ("h3", t) ("p", t)
# ("ul", [items]) ("ol", [items]) ("table", [rows]) ("toc", [lines]) ("pb",)
# ---------------------------------------------------------------------------


def P(t):
    return ("p", " ".join(t.split()))


def UL(*items):
    return ("ul", [" ".join(i.split()) for i in items])


def OL(*items):
    return ("ol", [" ".join(i.split()) for i in items])


def T(*rows):
    return ("table", [list(r) for r in rows])


def render_docx(blocks, path, header=None, footer=None):
    doc = Document()
    cp = doc.core_properties
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_modified_by = "holdout235"
    cp.author = "holdout235"
    doc.styles["Normal"].font.size = Pt(10.5)
    if header:
        doc.sections[0].header.paragraphs[0].text = header
    if footer:
        doc.sections[0].footer.paragraphs[0].text = footer
    for b in blocks:
        kind = b[0]
        if kind == "title":
            for i, line in enumerate(b[1]):
                para = doc.add_paragraph()
                run = para.add_run(line)
                run.bold = i == 0
                run.font.size = Pt(22 if i == 0 else 13)
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind in ("h1", "h2", "h3"):
            doc.add_heading(b[1], level=int(kind[1]))
        elif kind == "p":
            doc.add_paragraph(b[1])
        elif kind == "ul":
            for it in b[1]:
                doc.add_paragraph(it, style="List Bullet")
        elif kind == "ol":
            for it in b[1]:
                doc.add_paragraph(it, style="List Number")
        elif kind == "toc":
            for line in b[1]:
                doc.add_paragraph(line)
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "pb":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "table":
            rows = b[1]
            tab = doc.add_table(rows=len(rows), cols=len(rows[0]))
            tab.style = "Table Grid"
            for r, row in enumerate(rows):
                for c, val in enumerate(row):
                    tab.cell(r, c).text = val
                    if r == 0:
                        for run in tab.cell(r, c).paragraphs[0].runs:
                            run.bold = True
            doc.add_paragraph()
    doc.save(str(path))


def render_md(blocks, path):
    out = []
    for b in blocks:
        kind = b[0]
        if kind == "title":
            out.append("# " + b[1][0])
            out.extend("**" + x + "**  " for x in b[1][1:])
            out.append("")
        elif kind == "h1":
            out += ["## " + b[1], ""]
        elif kind == "h2":
            out += ["### " + b[1], ""]
        elif kind == "h3":
            out += ["#### " + b[1], ""]
        elif kind == "p":
            out += [b[1], ""]
        elif kind == "ul":
            out += ["- " + i for i in b[1]] + [""]
        elif kind == "ol":
            out += ["%d. %s" % (n + 1, i) for n, i in enumerate(b[1])] + [""]
        elif kind == "toc":
            out += ["    " + x for x in b[1]] + [""]
        elif kind == "table":
            rows = b[1]
            out.append("| " + " | ".join(rows[0]) + " |")
            out.append("|" + "---|" * len(rows[0]))
            out += ["| " + " | ".join(r) + " |" for r in rows[1:]]
            out.append("")
    Path(path).write_text("\n".join(out), encoding="utf-8")


def render_pdf(blocks, path, header=None, footer=None):
    tmp = Path(tempfile.mkdtemp(prefix="holdout235_pdf_"))
    try:
        src = tmp / (Path(path).stem + ".docx")
        render_docx(blocks, src, header, footer)
        subprocess.run(
            ["soffice", "-env:UserInstallation=file://" + str(tmp / "lo_profile"),
             "--headless", "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        shutil.copyfile(tmp / (Path(path).stem + ".pdf"), path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


# ---------------------------------------------------------------------------
# shared filler (parametrised so each verband has its own wording)
# ---------------------------------------------------------------------------


def governance(n, model, toez):
    return [
        P(f"""{n} is een stichting. De schoolbesturen die scholen in de regio in stand houden, zijn
        aangesloten. Het bestuur is ingericht volgens het {model}. De dagelijkse leiding ligt bij de
        directeur-bestuurder, die verantwoording aflegt aan {toez}. {toez[0].upper() + toez[1:]} komt
        minimaal vijf keer per jaar bijeen, keurt de begroting en het jaarverslag goed en benoemt de
        accountant. De statuten bevatten een regeling voor geschillen tussen de aangesloten besturen."""),
        P(f"""Naast het formele overleg is er een directeurenoverleg per subregio. Dat overleg is geen
        besluitvormend orgaan, maar bereidt beleid voor, deelt praktijkervaringen en signaleert knelpunten.
        Signalen uit het directeurenoverleg worden twee keer per jaar besproken in het bestuurdersoverleg.
        Wij houden de lijnen bewust kort: een schooldirecteur kan altijd rechtstreeks contact opnemen met
        het bureau. Conflicten van belangen worden gemeld aan de voorzitter; de governancecode van de
        sectorraad is leidend en wordt jaarlijks besproken in een zelfevaluatie."""),
    ]


def personeel(n, fte):
    return [
        P(f"""Het bureau van {n} telt circa {fte} fte. Daaronder vallen de directeur-bestuurder, een
        beleidsmedewerker, een controller (gedetacheerd), een secretariaat en een team van consulenten en
        orthopedagogen. Het bureau werkt vanuit één locatie, maar de consulenten zijn het grootste deel van
        de week op de scholen te vinden. Wij kiezen ervoor om geen eigen personeel op de scholen te
        benoemen: de besturen blijven werkgever van de leraren, intern begeleiders en
        ondersteuningscoördinatoren."""),
        P("""Het lerarentekort raakt ook de ondersteuning. Scholen melden dat vacatures voor intern
        begeleider of gedragsspecialist moeilijk te vullen zijn. Wij zien het niet als onze taak om dat
        tekort op te lossen, maar we delen expertise: een consulent kan tijdelijk meekijken in een groep
        en we bieden een gezamenlijk inwerkprogramma voor nieuwe ib'ers en zorgcoördinatoren. De
        arbeidsvoorwaarden van het bureaupersoneel volgen de cao van de sector."""),
    ]


def ict_privacy(n):
    return [
        P(f"""{n} verwerkt persoonsgegevens van leerlingen, onder meer bij aanvragen voor arrangementen en
        toelaatbaarheidsverklaringen. Wij werken met een beveiligde digitale omgeving waarin scholen een
        dossier kunnen aanleveren. Alleen medewerkers die het dossier nodig hebben voor hun taak, hebben
        toegang. Gegevens worden niet langer bewaard dan de wet toestaat. Er is een functionaris
        gegevensbescherming aangesteld, gedeeld met twee andere verbanden in de regio."""),
        P("""Voor het uitwisselen van gegevens met gemeenten en jeugdhulpaanbieders geldt een
        privacyconvenant. Bij elke uitwisseling wordt vooraf toestemming gevraagd, tenzij de wet anders
        bepaalt. Het privacyreglement is vastgesteld door het bestuur en is op te vragen bij het bureau.
        Datalekken worden gemeld volgens de interne procedure; in de afgelopen planperiode is één
        datalek gemeld, dat geen gevolgen had voor betrokkenen. In 2026 vervangen we het
        registratiesysteem door een nieuwe applicatie die beter aansluit bij de systemen van de scholen."""),
    ]


def professionalisering(n):
    return [
        P(f"""Een goed ondersteuningsaanbod staat of valt met de deskundigheid van leraren. {n} organiseert
        daarom elk jaar een programma met netwerkbijeenkomsten voor intern begeleiders en
        ondersteuningscoördinatoren, korte trainingen voor leraren en een studiedag voor alle scholen.
        Onderwerpen in de afgelopen jaren waren onder meer executieve functies, traumasensitief
        lesgeven, meertaligheid en het opstellen van een ontwikkelingsperspectief."""),
        P("""Scholen kunnen daarnaast een beroep doen op een expertisepool met specialisten van de
        speciale scholen. Zij komen op verzoek in de klas kijken, geven feedback en denken mee over
        aanpassingen. Deze inzet is laagdrempelig en vraagt geen formele aanvraag. Wij vragen scholen
        wel om na afloop kort te laten weten wat het heeft opgeleverd, zodat we het programma kunnen
        bijstellen."""),
    ]


def oogo_text(n, gem):
    return [
        P(f"""Het samenwerkingsverband voert op overeenstemming gericht overleg (OOGO) met de gemeenten
        {gem}. Het ontwerp van dit plan is op de OOGO-agenda geweest; de gemeenten hebben hun
        instemming met de hoofdlijnen schriftelijk bevestigd. Omgekeerd heeft {n} meegepraat over de
        regionale beleidsplannen jeugd."""),
        P("""Afspraken die wij met de gemeenten hebben gemaakt: er is op elke school een vast
        aanspreekpunt van het sociaal team; schoolmaatschappelijk werk wordt door de gemeenten
        gefinancierd en door het verband gecoördineerd; voor leerlingen die onderwijs en zorg nodig
        hebben, stellen school, jeugdhulp en verband samen een onderwijs-zorgarrangement op, waarbij
        vooraf wordt vastgelegd wie welk deel betaalt. Over leerlingenvervoer en onderwijshuisvesting
        beslissen de gemeenten; wij geven daarover advies als daarom wordt gevraagd."""),
    ]


def landelijk(n):
    return [
        P(f"""Dit plan verschijnt in een tijd van landelijke verandering. Na de evaluatie van passend
        onderwijs in 2020 kwam de Verbeteraanpak, met een reeks maatregelen voor scholen, verbanden en
        gemeenten. Het ministerie werkt aan een wettelijke norm en er liggen voorstellen over de positie
        van ouders en leerlingen. {n} volgt deze ontwikkelingen nauwgezet. Waar nieuwe regels in
        werking treden terwijl dit plan loopt, passen we het plan aan via een wijziging waarover de
        ondersteuningsplanraad instemmingsrecht heeft."""),
        P("""Daarnaast is er de langere lijn naar inclusiever onderwijs. Het kabinet heeft de ambitie
        uitgesproken dat in 2035 meer kinderen met een beperking samen met andere kinderen naar school
        gaan. Wat dat concreet vraagt van gebouwen, personeel en samenwerking met de zorg, is nog niet
        uitgewerkt. Wij nemen deel aan het regionale gesprek hierover en zullen de uitkomsten betrekken
        bij het volgende plan."""),
    ]


def interne_communicatie(n):
    return [
        P(f"""Het bureau van {n} communiceert met scholen en besturen via een digitale nieuwsbrief, een
        besloten deel van de website met formulieren en handreikingen, en een jaarlijkse conferentie in
        het najaar. Voor intern begeleiders en ondersteuningscoördinatoren is er een netwerk dat vijf
        keer per jaar bijeenkomt. Directeuren ontvangen na elke bestuursvergadering een korte
        samenvatting van de besluiten."""),
        P("""We merken dat informatie niet altijd tot in de klas doordringt. Daarom vragen we elke school
        om een vast aanspreekpunt voor het verband aan te wijzen, meestal de intern begeleider of de
        ondersteuningscoördinator. Dat aanspreekpunt deelt de nieuwsbrief in het team en brengt
        signalen uit de school bij ons in."""),
    ]


def kansen(n):
    return [
        P("""Ondersteuning is meer dan het oplossen van problemen. Het gaat ook om kansengelijkheid: of
        een kind uit een gezin met weinig geld, met een andere moedertaal of uit een dorp zonder
        voorzieningen dezelfde kansen krijgt als een kind uit de stad. Wij vragen scholen daar bewust
        naar te kijken, bijvoorbeeld bij de keuze voor een vervolgschooladvies en bij de inzet van
        extra uren. Ook letten we op het risico dat kinderen met een label sneller buiten de groep
        worden geplaatst dan nodig is."""),
        P(f"""Werkdruk verdient daarbij aandacht. Leraren vertellen ons dat de administratie rond
        ondersteuning zwaar weegt. {n} heeft de formulieren in de afgelopen jaren teruggebracht van
        zeven naar drie en gebruikt één dossier dat met het kind meegaat. Die lijn zetten we voort: we
        vragen niets wat we niet gebruiken."""),
    ]


def vaststelling(n, opr_date, oogo_date):
    return [
        P(f"""De totstandkoming van dit plan verliep in vier stappen. In het voorjaar van 2025 hielden we
        werksessies met directeuren, intern begeleiders en bestuurders. In de zomer schreef een kleine
        redactie het concept. In het najaar is het concept besproken in de bestuursvergadering en in
        twee sessies met de ondersteuningsplanraad. Daarna volgde het OOGO met de gemeenten, dat op
        {oogo_date} werd afgerond. De ondersteuningsplanraad stemde in op {opr_date}, waarna het bestuur
        het plan definitief vaststelde en het voor 1 mei aan de Inspectie van het Onderwijs zond."""),
        P(f"""Het plan is een levend document. {n} kan het tussentijds wijzigen als wetgeving of
        omstandigheden daartoe aanleiding geven; een wijziging volgt dezelfde route als de
        vaststelling."""),
    ]


def risico(n):
    return [
        P(f"""{n} heeft een risicoparagraaf opgesteld. De belangrijkste risico's zijn een sterkere daling
        van het leerlingaantal dan geraamd, hogere afdrachten door groei van het speciaal onderwijs en
        loonkostenstijgingen die niet volledig worden gecompenseerd. Voor elk risico is een bedrag
        geschat; samen bepalen zij het benodigde weerstandsvermogen. De controller rapporteert twee keer
        per jaar over de financiële positie aan het bestuur."""),
    ]


def innovatie(n):
    return [
        P(f"""{n} wil ruimte geven aan scholen die iets nieuws willen proberen. Daarom is er innovatieruimte: een school of groep scholen kan met begeleiding van het bureau
        een pilot van maximaal twee jaar opzetten. Voorwaarde is dat de pilot wordt beschreven met een vraag, een aanpak en een
        manier om te bepalen of het werkt, en dat de opbrengsten worden gedeeld met andere scholen.
        Voorbeelden uit de afgelopen jaren zijn co-teaching in de onderbouw, een buitenlesprogramma en
        het werken met leerlingpanels."""),
        P("""Wij werken samen met een hogeschool, die studenten laat afstuderen op vragen uit de
        scholen. Dat levert bruikbare kennis op en brengt jonge professionals naar de regio. Ook delen
        we kennis met andere verbanden in de provincie, in een netwerk dat drie keer per jaar
        bijeenkomt."""),
    ]


def backoffice(n):
    return [
        P(f"""{n} deelt een aantal ondersteunende functies met andere verbanden in de regio: de
        financiële administratie, de salarisadministratie en de functionaris gegevensbescherming.
        Dat bespaart kosten en verkleint de kwetsbaarheid van een klein bureau. De afspraken zijn
        vastgelegd in een dienstverleningsovereenkomst die elke twee jaar wordt geëvalueerd. Het
        bestuurlijk overleg met het verband in de andere sector vindt twee keer per jaar plaats; de
        agenda's worden vooraf afgestemd en de verslagen zijn op te vragen bij het bureau."""),
    ]


# ---------------------------------------------------------------------------
# Plan 1 – PO, docx, numbered chapters
# ---------------------------------------------------------------------------

def plan1():
    n = "SWV Kromme Rijn-Oost"
    b = []
    b.append(("title", ["Ondersteuningsplan 2026-2030",
                        "Samenwerkingsverband Passend Primair Onderwijs Kromme Rijn-Oost (PO 26-14)",
                        "Vastgesteld door het algemeen bestuur op 24 maart 2026",
                        "Instemming ondersteuningsplanraad: 17 maart 2026"]))
    b.append(("toc", ["Inhoudsopgave",
        "Voorwoord ........................................................ 3",
        "1 Inleiding en wettelijk kader ................................... 4",
        "2 Terugblik 2022-2026 ............................................ 6",
        "3 Visie en ambities .............................................. 8",
        "4 Basisondersteuning en extra ondersteuning ..................... 10",
        "5 Toelaatbaarheid tot sbo en so ................................. 14",
        "6 Een passende plek voor ieder kind ............................. 18",
        "7 Samenwerking met gemeenten en jeugdhulp ....................... 21",
        "8 Kwaliteitszorg en resultaten .................................. 23",
        "9 Geld en middelen .............................................. 26",
        "10 Communicatie ................................................. 30",
        "11 Organisatie, medezeggenschap en personeel ..................... 32",
        "12 Planning 2026-2030 ........................................... 35",
        "Bijlage A Begrippenlijst ......................................... 37"]))
    b.append(("h1", "Voorwoord"))
    b.append(P(f"""Voor u ligt het derde ondersteuningsplan van ons samenwerkingsverband. Het plan beschrijft
    hoe de 41 basisscholen, de twee scholen voor speciaal basisonderwijs en de so-locaties in de regio
    samen zorgen dat ieder kind onderwijs krijgt dat bij hem of haar past. Het is geschreven in een periode
    waarin veel verandert: de wet over de positie van ouders en leerlingen, de landelijke norm voor
    basisondersteuning en de krapte op de arbeidsmarkt vragen om keuzes. Wij hebben die keuzes gemaakt in
    gesprek met schoolleiders, intern begeleiders, ouders in de ondersteuningsplanraad, de gemeenten en de
    speciale scholen. Dank aan iedereen die heeft meegedacht. Wij hopen dat dit plan een werkdocument wordt
    dat op iedere school op tafel ligt."""))
    b.append(P("""Het plan is bewust concreet gehouden. Waar we iets nog niet weten, zeggen we dat eerlijk,
    en geven we aan wanneer we erop terugkomen. Het plan wordt jaarlijks vertaald naar een jaarplan met
    begroting. Drs. M. van Wijk, directeur-bestuurder."""))
    b.append(("h1", "1 Inleiding en wettelijk kader"))
    b.append(P("""Ieder samenwerkingsverband stelt ten minste eens in de vier jaar een ondersteuningsplan
    vast (artikel 18a Wet op het primair onderwijs). Het plan beschrijft onder meer de basisondersteuning,
    de verdeling van middelen, de toelaatbaarheid tot het speciaal (basis)onderwijs, de terugplaatsing, de
    beoogde resultaten en de informatie aan ouders. Dit plan geldt van 1 augustus 2026 tot en met 31 juli
    2030. Het ontwerp is besproken in het OOGO met de vijf gemeenten en in overleg met het
    samenwerkingsverband VO in de regio."""))
    b.append(T(["Kengetal (1 oktober 2025)", "Aantal"],
               ["Aangesloten schoolbesturen", "9"],
               ["Basisscholen (vestigingen)", "41"],
               ["Scholen voor speciaal basisonderwijs", "2"],
               ["Leerlingen basisonderwijs", "9.480"],
               ["Leerlingen sbo", "231"],
               ["Leerlingen so (cluster 3 en 4) uit de regio", "164"],
               ["Deelnamepercentage sbo + so", "4,0%"]))
    b.append(P("""Leeswijzer. Hoofdstuk 2 blikt terug. Hoofdstuk 3 beschrijft onze visie. In de hoofdstukken
    4 tot en met 10 staan de wettelijke onderdelen. Hoofdstuk 11 gaat over de organisatie. Een begrippenlijst
    staat in bijlage A."""))
    b.append(("h1", "2 Terugblik 2022-2026"))
    b.append(P("""In de vorige planperiode hebben we de ondersteuning dichter bij de scholen georganiseerd.
    Er kwam een vast consulententeam per subregio, de aanvraagprocedure voor arrangementen werd
    vereenvoudigd en we openden een observatiegroep voor jonge kinderen. Niet alles lukte: scholen ervaren de
    toelaatbaarheidsprocedure nog als tijdrovend. Ook merkten we dat de afspraken over basisondersteuning
    niet op alle scholen even goed zichtbaar waren."""))
    b.append(P("""Gesprekken met schoolleiders en de ondersteuningsplanraad in 2024 leverden drie lessen op: houd de route voor scholen eenvoudig, maak afspraken toetsbaar, en zorg dat
    ouders vanaf het begin aan tafel zitten. Die lessen zijn in dit plan verwerkt."""))
    b.append(("h1", "3 Visie en ambities"))
    b.append(P("""Ieder kind hoort erbij. Wij willen dat kinderen zo veel mogelijk thuisnabij naar school
    gaan, samen met kinderen uit hun buurt. Waar dat niet kan, zorgen we dat de overstap naar een
    speciale setting snel en zorgvuldig gebeurt, en dat de weg terug openblijft. Middelen horen zo dicht
    mogelijk bij het kind te komen. Leraren moeten zich gesteund voelen, niet belast met formulieren.
    Ouders zijn partner: zij kennen hun kind het best."""))
    b.append(P("""Onze ambities voor deze periode zijn: (1) elke school biedt aantoonbaar de afgesproken
    basisondersteuning; (2) geen kind zit thuis zonder passend aanbod; (3) de route naar extra
    ondersteuning is voor scholen en ouders helder en snel; (4) we investeren in de deskundigheid van
    leraren. Deze ambities zijn in hoofdstuk 8 vertaald naar beoogde resultaten."""))
    b.append(("h1", "4 Basisondersteuning en extra ondersteuning"))
    b.append(("h2", "4.1 Wat wij onder basisondersteuning verstaan"))
    b.append(P("""Basisondersteuning is in ons verband de afgesproken ondergrens: het geheel van
    preventieve en licht curatieve interventies dat iedere vestiging van iedere aangesloten basisschool
    zelf biedt, binnen de eigen organisatie, zonder aanvraag bij het samenwerkingsverband. De negen
    besturen hebben deze ondergrens in december 2025 gezamenlijk vastgesteld. Geen school mag eronder
    zitten; scholen mogen er uiteraard boven zitten en beschrijven dat in hun schoolgids."""))
    b.append(("h2", "4.2 De twaalf standaarden"))
    b.append(P("""Wat een ouder op iedere school in ons verband mag verwachten, staat in de volgende twaalf
    standaarden."""))
    b.append(OL(
        "Er is een intern begeleider met ten minste 0,4 fte per 200 leerlingen, die is opgeleid op masterniveau of daarmee bezig is.",
        "De school werkt handelingsgericht: drie keer per jaar is er een groepsbespreking en per leerling met een ondersteuningsbehoefte is er een plan met doelen.",
        "De school volgt het landelijke dyslexieprotocol en het protocol ernstige reken-wiskundeproblemen en dyscalculie, inclusief vroegsignalering in groep 2 en 3.",
        "Er is een aanbod voor kinderen die meer aankunnen: verrijking in de groep en een plusgroep op school- of bestuursniveau.",
        "De school heeft een methode of programma voor sociaal-emotionele ontwikkeling en een anti-pestcoördinator.",
        "Er is ten minste één leraar met een opleiding gedragsspecialist of een vergelijkbare specialisatie, of de school heeft daarvoor een vaste afspraak met een andere school van het bestuur.",
        "Kinderen met een andere thuistaal krijgen aanvullend taalaanbod (NT2) volgens het bestuursbeleid.",
        "De school kan eenvoudige medische handelingen uitvoeren volgens het protocol medisch handelen.",
        "Er is een ondersteuningsteam (OT) met de intern begeleider, de consulent van het verband, de jeugdverpleegkundige en een medewerker van het sociaal team; het OT komt ten minste zes keer per jaar bijeen.",
        "Het gebouw is toegankelijk of er is een afspraak met een toegankelijke school in de buurt.",
        "Ouders worden bij elke stap in de ondersteuning van hun kind betrokken en ontvangen een kopie van het handelingsplan of ontwikkelingsperspectief.",
        "De overdracht naar het voortgezet onderwijs verloopt volgens het regionale POVO-protocol."))
    b.append(("h2", "4.3 Borging"))
    b.append(P("""Eens per twee jaar bezoekt een consulent iedere school met de kwaliteitskaart
    basisondersteuning. Blijkt een school op een standaard onder de ondergrens te zitten, dan maakt de
    directeur binnen zes weken een verbeterplan, dat het bestuur bespreekt met de directeur-bestuurder.
    Een jaar later volgt een herbezoek."""))
    b.append(("h2", "4.4 Extra ondersteuning"))
    b.append(P("""Heeft een kind meer nodig dan de basisondersteuning, dan bespreekt de school dat in het OT.
    Het verband kan dan een arrangement toekennen: een budget of inzet van een specialist voor een
    bepaalde periode, gericht op doelen in het ontwikkelingsperspectief. Ook kan het kind tijdelijk
    deelnemen aan een bovenschoolse voorziening. In hoofdstuk 6 staat hoe deze voorzieningen samenhangen."""))
    b.append(("h1", "5 Toelaatbaarheid tot sbo en so"))
    b.append(("h2", "5.1 Wanneer is een TLV nodig?"))
    b.append(P("""Voor plaatsing op een school voor speciaal basisonderwijs of speciaal onderwijs (cluster 3
    en 4) is een toelaatbaarheidsverklaring (TLV) van het samenwerkingsverband nodig. Voor cluster 1 en 2
    gelden landelijke procedures; die vallen buiten dit plan."""))
    b.append(("h2", "5.2 De aanvraag"))
    b.append(P("""Het bevoegd gezag van de school waar het kind is ingeschreven of aangemeld, vraagt de TLV
    aan via het digitale loket van het verband. Het dossier bevat het ontwikkelingsperspectief, het
    groeidocument met de verslagen van ten minste twee OT-besprekingen, een onderwijskundig rapport en de
    zienswijze van de ouders. Bij een onvolledig dossier neemt het loket binnen vijf werkdagen contact op
    met de school."""))
    b.append(("h2", "5.3 Deskundigenadvies en besluit"))
    b.append(P("""Elke aanvraag wordt beoordeeld door twee deskundigen: een orthopedagoog of psycholoog van
    het verband en, afhankelijk van de vraag, een tweede deskundige (kinderpsychiater, maatschappelijk
    werker, arts of pedagoog). Beide brengen ieder een eigen schriftelijk advies uit; een deskundige die
    bij de aanvraag betrokken was, adviseert niet. Op basis van de adviezen beslist de Commissie
    Toelaatbaarheid, namens de directeur-bestuurder, binnen zes weken na ontvangst van het complete
    dossier. Ouders ontvangen een kopie van beide adviezen."""))
    b.append(P("""Over de criteria zelf het volgende. De inhoudelijke criteria waaraan de commissie een
    aanvraag toetst, worden in het eerste planjaar samen met de sbo- en so-besturen herijkt; zodra ze
    zijn vastgesteld, publiceren we ze als aanvulling op dit plan. Tot die tijd weegt de commissie elke
    aanvraag op basis van het dossier."""))
    b.append(("h2", "5.4 Duur en bekostigingscategorie"))
    b.append(P("""Een TLV voor het sbo geldt in de regel tot het einde van de basisschoolperiode. Een TLV voor
    het so wordt afgegeven voor twee schooljaren en vermeldt de bekostigingscategorie (laag, midden of
    hoog)."""))
    b.append(("h2", "5.5 Afloop van de verklaring"))
    b.append(P("""In het laatste jaar van iedere TLV neemt de so-school het initiatief: uiterlijk 1 maart
    organiseert de school een evaluatiegesprek met de ouders, de consulent van het verband en, als er een
    reële terugkeeroptie is, de intern begeleider van de basisschool in de buurt. Uitgangspunt is het
    ontwikkelingsperspectief. Het gesprek leidt tot één van twee uitkomsten: de school vraagt een nieuwe
    TLV aan, of het kind stapt per 1 augustus over naar een reguliere basisschool. In dat laatste geval
    legt de Commissie Toelaatbaarheid de afspraken vast in een terugkeerbesluit. Voor sbo-leerlingen
    geldt hetzelfde evaluatiemoment in groep 5 en groep 7."""))
    b.append(P("""Ons beleid is dat geen TLV automatisch wordt verlengd: terugkeer naar een gewone school
    is steeds de eerste optie, mits het ontwikkelingsperspectief laat zien dat het kind de doelen met
    ondersteuning op basisniveau plus een arrangement kan halen en de ontvangende school zich daartoe in
    staat acht. Het kind dat terugkeert, krijgt een terugkeerarrangement: twintig weken begeleiding door
    een leerkracht van de speciale school op de nieuwe school, betaald uit het budget voor arrangementen,
    en een tussenevaluatie na tien weken. Lukt de terugkeer niet, dan is een snelle herplaatsing
    mogelijk zonder nieuwe volledige procedure."""))
    b.append(("h2", "5.6 Bezwaar"))
    b.append(P("""Ouders en het schoolbestuur die het niet eens zijn met een besluit over toelaatbaarheid,
    kunnen binnen zes weken bezwaar maken bij het verband. Het bezwaar wordt voorgelegd aan de
    Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen, waarbij ons verband is
    aangesloten."""))
    b.append(("h1", "6 Een passende plek voor ieder kind"))
    b.append(P("""Het ondersteuningsaanbod in ons verband is opgebouwd als een doorlopende reeks, van licht
    naar zwaar, zodat een kind niet tussen wal en schip valt:"""))
    b.append(T(["Niveau", "Wat", "Waar", "Wie beslist"],
               ["Basis", "De twaalf standaarden (hoofdstuk 4)", "Iedere basisschool", "School"],
               ["Extra, in de school", "Arrangement: extra handen, specialist, materialen", "Eigen school", "Consulent na OT"],
               ["Bovenschools", "Observatiegroep De Brug (4-7 jaar), plusklas, taalklas nieuwkomers", "Drie locaties in de regio", "Consulent en ontvangende school"],
               ["Speciaal basisonderwijs", "Kleine groepen, specialistische begeleiding", "sbo De Wissel, sbo Het Kompas", "Commissie Toelaatbaarheid"],
               ["Speciaal onderwijs", "Cluster 3 en 4", "so De Regenboog en so buiten de regio", "Commissie Toelaatbaarheid"]))
    b.append(P("""Wij onderzoeken elk voorjaar met de besturen waar het aanbod tekortschiet. Bij de analyse van
    2025 bleek dat er in de regio geen passende plek was voor jonge kinderen met een ernstige
    taalontwikkelingsstoornis die niet in cluster 2 terechtkunnen, en dat de wachttijd voor de
    observatiegroep opliep tot twaalf weken. Daarom opent per 1 januari 2027 een tweede observatiegroep
    in het zuidelijk deel en starten we met een taalgroep in samenwerking met een cluster 2-instelling."""))
    b.append(P("""Kinderen die thuiszitten of dreigen thuis te zitten, worden binnen vijf schooldagen gemeld
    bij het thuiszittersoverleg, waarin de leerplichtambtenaar, de consulent, het sociaal team en de
    school zitten. Het overleg stelt binnen twee weken een plan op met een datum waarop het kind weer
    onderwijs volgt. Lukt dat niet, dan schakelt de directeur-bestuurder de bestuurder van de school
    in, die op grond van de zorgplicht verantwoordelijk blijft. Escalatie naar het bestuurdersoverleg
    volgt na zes weken."""))
    b.append(("h1", "7 Samenwerking met gemeenten en jeugdhulp"))
    b.extend(oogo_text(n, "Bunnik, Houten, Wijk bij Duurstede, Zeist-Oost en Utrechtse Heuvelrug"))
    b.append(("h1", "8 Kwaliteitszorg en resultaten"))
    b.append(("h2", "8.1 Beoogde resultaten 2026-2030"))
    b.append(P("""Bij de vier ambities uit hoofdstuk 3 horen de volgende beoogde resultaten voor kinderen
    met een ondersteuningsbehoefte:"""))
    b.append(UL(
        "In 2028 voldoen alle 41 scholen aan alle twaalf standaarden basisondersteuning.",
        "Vanaf schooljaar 2027-2028 zit geen kind langer dan drie maanden thuis zonder onderwijsaanbod.",
        "Een besluit over een arrangement wordt binnen vier weken genomen; een besluit over een TLV binnen zes weken.",
        "Ten minste 80% van de kinderen met een arrangement bereikt de doelen uit het ontwikkelingsperspectief.",
        "Het deelnamepercentage sbo + so blijft onder 4,2%."))
    b.append(("h2", "8.2 Monitoring"))
    b.append(P("""Hoe wij de bereikte resultaten gaan volgen en rapporteren, werken we uit zodra het nieuwe
    registratiesysteem beschikbaar is. Naar verwachting is dat in het schooljaar 2027-2028; tot dan
    nemen we dit onderwerp mee in het gesprek met de besturen. De keuze voor indicatoren en een
    rapportagevorm volgt."""))
    b.append(("h1", "9 Geld en middelen"))
    b.append(("h2", "9.1 Van rijksbijdrage naar school"))
    b.append(P("""Het verband ontvangt van het Rijk een ondersteuningsbudget voor lichte en zware
    ondersteuning. Daarop worden eerst de verplichte afdrachten aan het so en de groeibekostiging sbo
    ingehouden. Wat resteert, verdelen we als volgt. Iedere school ontvangt een vaste voet van
    € 7.500 per vestiging en € 118 per leerling (teldatum 1 oktober van het voorgaande jaar); deze
    middelen gaan naar het bestuur, dat ze inzet voor de basisondersteuning en de lichte extra
    ondersteuning op de eigen scholen. Een vast deel van het budget houdt het verband centraal voor
    arrangementen en bovenschoolse voorzieningen; scholen vragen die aan via het OT en de consulent, die
    toekent op grond van het ontwikkelingsperspectief. Het algemeen bestuur stelt de bedragen jaarlijks
    vast bij de begroting, in november."""))
    b.append(P("""Besturen verantwoorden de inzet van de schoolbudgetten in hun jaarverslag, volgens een vast
    format met vijf vragen. De reserve van het verband wordt in deze planperiode afgebouwd tot de
    signaleringswaarde; het weerstandsvermogen blijft boven 5%."""))
    b.append(("h2", "9.2 Meerjarenbegroting"))
    b.append(T(["Post (x € 1.000)", "2026", "2027", "2028", "2029"],
               ["Baten ondersteuningsbudget", "7.940", "7.880", "7.810", "7.760"],
               ["Afdracht so en groeibekostiging sbo", "-2.610", "-2.590", "-2.570", "-2.560"],
               ["Schoolbudgetten (vaste voet + per leerling)", "1.430", "1.420", "1.410", "1.400"],
               ["Budget sbo (boven de afdracht)", "1.720", "1.700", "1.690", "1.680"],
               ["Arrangementen en terugkeerarrangementen", "980", "1.010", "1.020", "1.020"],
               ["Observatiegroepen en taalgroep", "520", "640", "660", "660"],
               ["Consulenten en orthopedagogen", "760", "760", "770", "770"],
               ["Bureau, bestuur en ICT", "340", "340", "345", "345"],
               ["Resultaat (onttrekking reserve)", "-420", "-580", "-655", "-675"]))
    b.append(("h1", "10 Communicatie"))
    b.append(P("""Goede communicatie begint bij de school, maar het verband heeft ook een eigen taak. Ouders
    vinden op onze website een ouderpagina met uitleg over basisondersteuning, arrangementen, de
    route naar het sbo en so en de contactgegevens van de consulenten. Elke school neemt in de
    schoolgids een vaste paragraaf op over de ondersteuning die zij biedt. Twee keer per jaar houden we
    een informatieavond voor ouders, in het najaar in het noorden en in het voorjaar in het zuiden van de
    regio. De brochure 'Wegwijzer extra ondersteuning' is verkrijgbaar bij iedere intern begeleider en
    in het Nederlands, Engels, Arabisch en Turks."""))
    b.append(P("""Wie er met de school of met ons niet uitkomt, of onafhankelijk advies wil, kan terecht bij
    het Ouder- en Jeugdsteunpunt Kromme Rijn. Het steunpunt werkt onafhankelijk van scholen en verband,
    is bereikbaar via telefoon en mail en helpt ouders gratis bij vragen, gesprekken en zo nodig een
    klacht. Daarnaast kunnen ouders een beroep doen op de landelijke Onderwijsconsulenten en bij
    geschillen over toelating, verwijdering of het ontwikkelingsperspectief op de Geschillencommissie
    passend onderwijs."""))
    b.append(P("""Voor scholen verschijnt vijf keer per jaar een nieuwsbrief. Met de gemeenten delen we een
    kwartaalbericht over lopende trajecten."""))
    b.append(("h1", "11 Organisatie, medezeggenschap en personeel"))
    b.extend(governance(n, "model van een algemeen bestuur met een intern toezichthoudend deel",
                        "het toezichthoudend deel van het algemeen bestuur"))
    b.append(P("""De ondersteuningsplanraad (OPR) bestaat uit twaalf leden: zes ouders en zes
    personeelsleden, afgevaardigd uit de medezeggenschapsraden. De OPR heeft instemmingsrecht op dit
    plan en heeft op 17 maart 2026 ingestemd. De OPR vergadert zes keer per jaar en krijgt ondersteuning
    van een ambtelijk secretaris."""))
    b.extend(personeel(n, "14"))
    b.extend(ict_privacy(n))
    b.extend(professionalisering(n))
    b.append(("h1", "12 Planning 2026-2030"))
    b.append(T(["Schooljaar", "Speerpunt"],
               ["2026-2027", "Herijking criteria toelaatbaarheid; tweede observatiegroep; kwaliteitskaart op alle scholen"],
               ["2027-2028", "Nieuw registratiesysteem; taalgroep; evaluatie terugkeerarrangementen"],
               ["2028-2029", "Tussenevaluatie plan met OPR en besturen"],
               ["2029-2030", "Voorbereiding nieuw ondersteuningsplan"]))
    b.append(P("""De planning is indicatief. Het bestuur stelt elk jaar in juni het jaarplan vast; daarin
    kunnen accenten verschuiven."""))
    b.append(("h1", "Bijlage A Begrippenlijst"))
    b.append(T(["Begrip", "Betekenis"],
               ["Basisondersteuning", "De ondersteuning die alle scholen bieden."],
               ["TLV", "Toelaatbaarheidsverklaring voor sbo of so."],
               ["Terugplaatsing", "Terugkeer van een leerling uit het speciaal onderwijs naar het regulier onderwijs."],
               ["OJSP", "Ouder- en jeugdsteunpunt."],
               ["Meerjarenbegroting", "Begroting voor meerdere jaren."],
               ["Dekkend aanbod", "Alle voorzieningen samen, zodat er voor ieder kind een plek is."],
               ["Monitoring", "Het volgen van resultaten."],
               ["OOGO", "Op overeenstemming gericht overleg met gemeenten."]))
    return b


# ---------------------------------------------------------------------------
# Plan 2 – VO, docx, question headings
# ---------------------------------------------------------------------------

def plan2():
    n = "Vlietstroom"
    b = []
    b.append(("title", ["Samen verder",
                        "Ondersteuningsplan Samenwerkingsverband VO Vlietstroom (VO 28-07) 2026-2030",
                        "Versie ter instemming OPR, februari 2026"]))
    b.append(("toc", ["Inhoud",
        "Waarom dit plan?",
        "Wie zijn wij?",
        "Wat willen we?",
        "Wat mag elke leerling van elke school verwachten?",
        "Hoe komt een leerling in het vso, het praktijkonderwijs of het lwoo?",
        "Wat gebeurt er na het vso? (terugplaatsing en uitstroom)",
        "Hoe zorgen we dat er voor iedere leerling een plek is?",
        "Wat willen we bereiken en hoe weten we of dat lukt?",
        "Waar gaat het geld naartoe?",
        "Waar kunnen ouders en leerlingen terecht?",
        "Hoe werken we samen met gemeenten?",
        "Hoe is het verband georganiseerd?",
        "Wat verandert er landelijk?",
        "Hoe houden we scholen op de hoogte?",
        "Hoe vernieuwen we?",
        "Afkortingen"]))
    b.append(("h1", "Waarom dit plan?"))
    b.append(P("""Elke vier jaar legt het samenwerkingsverband vast hoe de scholen voor voortgezet onderwijs in
    de regio samen zorgen voor passend onderwijs. Dit plan is het resultaat van een jaar praten: met
    leerlingen in een leerlingpanel, met ouders, met mentoren en ondersteuningscoördinatoren, met de
    vso-scholen en het praktijkonderwijs, en met de vier gemeenten. Het plan is korter dan het vorige,
    maar we hebben geprobeerd het concreter te maken. Het geldt van 1 augustus 2026 tot 31 juli 2030."""))
    b.append(P("""We schrijven in vragen, omdat dat de vragen zijn die ons het vaakst gesteld worden. Achter
    elk antwoord staan afspraken tussen de besturen. Wie meer wil weten, kan altijd contact opnemen met
    het bureau."""))
    b.append(("h1", "Wie zijn wij?"))
    b.append(P("""In het verband werken zeven schoolbesturen samen. Samen hebben ze 16 scholen voor regulier
    voortgezet onderwijs (van vmbo-basis tot gymnasium, 21 vestigingen), twee scholen voor
    praktijkonderwijs en twee vso-scholen. Op 1 oktober 2025 telde het verband 14.920 leerlingen, van wie
    1.310 met lwoo, 612 in het praktijkonderwijs en 288 in het vso. Het aantal leerlingen daalt de
    komende jaren licht, vooral in de kleinere kernen."""))
    b.append(T(["", "2023", "2024", "2025"],
               ["Leerlingen totaal", "15.210", "15.080", "14.920"],
               ["Deelname vso", "1,8%", "1,9%", "1,9%"],
               ["Deelname pro", "3,9%", "4,0%", "4,1%"],
               ["Lwoo-aanwijzingen", "1.350", "1.330", "1.310"]))
    b.append(("h1", "Wat willen we?"))
    b.append(P("""Wij willen dat elke jongere een diploma of een startkwalificatie haalt, of, als dat niet
    haalbaar is, een passende plek op de arbeidsmarkt of in dagbesteding vindt. We willen dat jongeren
    zo veel mogelijk naar een school in hun eigen omgeving gaan en dat de ondersteuning meebeweegt met
    wat ze nodig hebben. Middelen moeten terechtkomen waar ze het verschil maken. En we willen dat
    jongeren zelf meepraten over hun ondersteuning: zij hebben er recht op gehoord te worden."""))
    b.append(P("""Drie woorden staan centraal: dichtbij, samen en op tijd. Dichtbij: ondersteuning in de eigen
    school. Samen: scholen, ouders, jeugdhulp en gemeenten trekken gezamenlijk op. Op tijd: niet wachten
    tot het misgaat."""))
    b.append(("h1", "Wat mag elke leerling van elke school verwachten?"))
    b.append(P("""De besturen hebben afgesproken dat iedere vestiging in het verband, van vmbo-basis tot
    gymnasium, ten minste hetzelfde niveau van basisondersteuning biedt. Dat niveau is vastgelegd in het
    Kader Basisondersteuning VO Vlietstroom 2026 (bijlage 2). Geen vestiging biedt minder; het kader is
    dus een ondergrens die voor alle scholen gelijk is."""))
    b.append(P("""Wat dat concreet betekent voor een leerling, leest u in de ondersteuningsparagraaf van de
    schoolgids van iedere school. Daar staat welke begeleiding, welke specialisten en welke
    voorzieningen de school heeft. De scholen actualiseren die paragraaf elk jaar voor 1 oktober."""))
    b.append(P("""Heeft een leerling meer nodig dan de school zelf kan bieden, dan kan de school via het
    ondersteuningsteam van de school een arrangement aanvragen bij het verband."""))
    b.append(("h1", "Hoe komt een leerling in het vso, het praktijkonderwijs of het lwoo?"))
    b.append(("h2", "Vso"))
    b.append(P("""Het bevoegd gezag van de school waar de leerling staat ingeschreven (of, bij nieuwkomers,
    aangemeld is) dient een aanvraag in bij het Toewijzingsloket. Bij de aanvraag horen het
    ontwikkelingsperspectiefplan, een verslag van het multidisciplinair overleg waarbij ouders en
    leerling aanwezig waren, en een overzicht van wat de school al heeft ingezet. Het loket controleert
    binnen een week of het dossier compleet is. Een orthopedagoog of psycholoog en een tweede deskundige
    (afhankelijk van de vraag: jeugdarts, maatschappelijk werker of kinder- en jeugdpsychiater) brengen
    ieder afzonderlijk schriftelijk advies uit. De Commissie Toewijzing beslist binnen zes weken."""))
    b.append(P("""De commissie verklaart een leerling toelaatbaar tot het vso als aan alle drie de volgende
    voorwaarden is voldaan: (a) de school heeft aantoonbaar het maximale uit basis- en extra
    ondersteuning gehaald, met ten minste twee geëvalueerde ontwikkelingsperspectiefcycli; (b) de
    ondersteuningsbehoefte vraagt om een combinatie van kleine groep, specialistische begeleiding en
    een aangepast programma gedurende de hele schooldag; (c) deze combinatie is niet met een
    arrangement in het regulier onderwijs of in de tussenvoorziening De Overstap te realiseren. Bij
    leerlingen met een ernstige meervoudige beperking of een zeer ernstige lichamelijke of medische
    beperking volstaat criterium (b). De commissie bepaalt de bekostigingscategorie: laag bij een
    ondersteuningsbehoefte op het gebied van gedrag en leren, midden bij een lichamelijke beperking of
    langdurige ziekte, hoog bij een meervoudige beperking. Een vso-TLV geldt voor ten hoogste drie
    schooljaren."""))
    b.append(("h2", "Praktijkonderwijs en lwoo"))
    b.append(P("""Voor pro en lwoo gebruikt ons verband de landelijke criteria; wij hebben niet gekozen voor
    eigen criteria. De aanvraag voor het praktijkonderwijs gebeurt door de pro-school waar de leerling
    is aangemeld, uiterlijk 1 april van groep 8. De commissie toetst aan de landelijke criteria
    (IQ tussen 55 en 80 en een leerachterstand van ten minste drie jaar op twee of meer van de
    domeinen inzichtelijk rekenen, begrijpend lezen, technisch lezen en spellen, waarvan één domein
    rekenen of begrijpend lezen is). Voor het lwoo dient de vo-school de aanvraag in; de commissie toetst
    aan de landelijke criteria (leerachterstand van anderhalf tot drie jaar op twee domeinen en een IQ
    tussen 75 en 90, of bij een hoger IQ een sociaal-emotionele problematiek die het leren belemmert).
    Besluiten over pro en lwoo volgen binnen vier weken."""))
    b.append(T(["Voorziening", "Wie vraagt aan", "Beslissing door", "Termijn", "Geldigheid"],
               ["Vso", "Bevoegd gezag huidige school", "Commissie Toewijzing", "6 weken", "max. 3 schooljaren"],
               ["Pro", "Pro-school van aanmelding", "Commissie Toewijzing", "4 weken", "tot einde opleiding"],
               ["Lwoo", "Vo-school van aanmelding", "Commissie Toewijzing", "4 weken", "tot einde opleiding"]))
    b.append(P("""Ouders kunnen tegen elk besluit binnen zes weken bezwaar maken. Het verband legt het
    bezwaar voor aan de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen."""))
    b.append(("h1", "Wat gebeurt er na het vso? (terugplaatsing en uitstroom)"))
    b.append(P("""De meeste vso-leerlingen stromen uit naar het mbo, naar werk of naar dagbesteding. De
    vso-scholen begeleiden die uitstroom en volgen hun oud-leerlingen twee jaar. Voor het
    uitstroomprofiel vervolgonderwijs werken de vso-scholen samen met de mbo-instellingen in de regio.
    Stages worden gezocht bij werkgevers in de buurt, met hulp van het werkgeversservicepunt."""))
    b.append(P("""Loopt een TLV af, dan gelden de volgende stappen."""))
    b.append(T(["Wanneer", "Wat", "Wie"],
               ["Uiterlijk 1 februari van het laatste TLV-jaar", "Evaluatie van het ontwikkelingsperspectief met ouders en leerling; conclusie: verlengen of overstappen naar regulier vo", "Vso-school"],
               ["Uiterlijk 1 maart", "Melding bij het Toewijzingsloket van alle leerlingen voor wie overstap naar regulier vo aan de orde is", "Vso-school"],
               ["Maart-april", "Overdrachtsgesprek met de beoogde vo-school, consulent van het verband aanwezig", "Toewijzingsloket"],
               ["Uiterlijk 15 mei", "Besluit: nieuwe TLV of beëindiging met overstap per 1 augustus", "Commissie Toewijzing"]))
    b.append(P("""Welke uitgangspunten en voorwaarden wij hanteren bij terugplaatsing naar het regulier
    voortgezet onderwijs, en welke ondersteuning een leerling daarna krijgt, leggen we in het schooljaar
    2026-2027 vast in een notitie die samen met de vso-scholen wordt opgesteld."""))
    b.append(("h1", "Hoe zorgen we dat er voor iedere leerling een plek is?"))
    b.append(P("""Het aanbod in ons verband bestaat uit vier lagen. In de eerste laag biedt iedere school de
    basisondersteuning. In de tweede laag zijn er arrangementen binnen de eigen school: een
    ondersteuningsklas (op zes vestigingen), een time-outvoorziening, begeleiding door een
    gedragsspecialist of extra begeleiding bij hoogbegaafdheid. In de derde laag zijn er bovenschoolse
    voorzieningen: het orthopedagogisch-didactisch centrum De Overstap, met een reboundtraject van
    maximaal twaalf weken en een tussenvoorziening van maximaal een jaar, en de Internationale
    Schakelklas voor nieuwkomers. In de vierde laag zijn er het praktijkonderwijs en het vso. De lagen
    zijn geen trap die een leerling moet aflopen: een leerling gaat naar de laag die past."""))
    b.append(P("""Elk jaar in mei brengt het verband in kaart voor welke leerlingen geen passend aanbod
    beschikbaar was. Dat gebeurt op basis van de meldingen bij het thuiszittersoverleg, de wachtlijsten
    van De Overstap en het vso, en de vrijstellingen van de leerplicht. In 2025 bleek er geen aanbod voor
    hoogbegaafde leerlingen met angstproblematiek en waren er wachtlijsten bij het vso cluster 4. Voor
    beide is een plan gemaakt: een kleinschalige groep op een havo/vwo-school vanaf 1 augustus 2026 en
    uitbreiding van de vso-capaciteit met 24 plaatsen vanaf 2027. De school van aanmelding houdt de
    zorgplicht tot er een plek is gevonden; de consulent van het verband helpt daarbij. Een leerling die
    langer dan vier weken thuiszit, wordt besproken in het thuiszittersoverleg met leerplicht, jeugdhulp
    en school; daar wordt een terugkeerplan gemaakt met een einddatum."""))
    b.append(("h1", "Wat willen we bereiken en hoe weten we of dat lukt?"))
    b.append(P("""We willen in 2030 op het volgende punt staan. Elke leerling met een
    ontwikkelingsperspectiefplan heeft minstens twee keer per jaar een evaluatiegesprek gehad waarin hij
    of zij zelf aan het woord was (nu: 61%). Het aantal thuiszitters langer dan drie maanden is gedaald
    van 19 naar hooguit 5. Ten minste 85% van de leerlingen van De Overstap keert binnen een jaar terug
    naar een reguliere school en is daar na een jaar nog steeds. De deelname aan het vso blijft onder
    2%. Van de vso-leerlingen met uitstroomprofiel arbeid heeft 70% een jaar na uitstroom werk."""))
    b.append(P("""Om te weten of we op koers liggen, verzamelen we elke vier maanden dezelfde gegevens:
    de cijfers uit de leerlingadministratie, de registratie van het thuiszittersoverleg en de
    uitstroomgegevens van De Overstap en het vso. Het bureau zet die in een voortgangsrapportage per
    school en per bestuur; het bestuurdersoverleg bespreekt die rapportage en stuurt zo nodig bij. Eén
    keer per jaar bespreken we de uitkomsten met de OPR en de scholen, en in het jaarverslag staan de
    bereikte resultaten naast de beoogde resultaten. Daarnaast vragen we elke twee jaar ouders en
    leerlingen met extra ondersteuning naar hun tevredenheid."""))
    b.append(("h1", "Waar gaat het geld naartoe?"))
    b.append(P("""Het verband ontvangt middelen voor lichte ondersteuning en voor zware ondersteuning,
    en voor lwoo en praktijkonderwijs. Na aftrek van de verplichte afdrachten voor het vso verdelen we
    de middelen zo: de middelen voor lwoo en pro gaan volledig naar de scholen met lwoo-leerlingen en
    naar de pro-scholen, op basis van het aantal aangewezen leerlingen op 1 oktober. Van de overige
    middelen gaat 70% naar de besturen, naar rato van het aantal leerlingen op 1 oktober (ongeveer € 145
    per leerling). De overige 30% houdt het verband centraal; daaruit kent het Toewijzingsloket
    arrangementen toe op aanvraag van een school. Verdeling en bedragen
    stelt het algemeen bestuur jaarlijks vast in december."""))
    b.append(P("""De meerjarenbegroting 2026-2030 wordt na vaststelling als afzonderlijk document
    gepubliceerd. De bedragen per post zijn in deze versie van het plan nog p.m.; zij volgen na de
    begrotingsvergadering."""))
    b.append(T(["Post", "2026", "2027", "2028", "2029"],
               ["Middelen besturen (70%)", "p.m.", "p.m.", "p.m.", "p.m."],
               ["De Overstap en zware arrangementen", "p.m.", "p.m.", "p.m.", "p.m."],
               ["Bureau", "p.m.", "p.m.", "p.m.", "p.m."]))
    b.append(("h1", "Waar kunnen ouders en leerlingen terecht?"))
    b.append(P("""Ouders en leerlingen horen op de eerste plaats van de school welke ondersteuning er is. Elke
    school legt dat uit op de open dag, in de schoolgids en in het intakegesprek. Het verband heeft
    daarnaast een eigen website met een aparte pagina voor ouders en een voor jongeren, een folder 'Extra
    steun op school' die op alle scholen ligt, en een jaarlijkse informatieavond in november over de
    overstap van groep 8 naar het voortgezet onderwijs, samen met het PO-verband."""))
    b.append(P("""Wil een ouder of jongere onafhankelijk advies, of komt hij er met de school niet uit, dan
    kan hij terecht bij het Ouder- en Jongerenpunt Vlietstroom. Het punt is ondergebracht bij een
    stichting die los staat van scholen en verband, de medewerkers zijn niet in dienst van het verband
    en het advies is gratis. Ook de landelijke Onderwijsconsulenten en het informatiepunt Ouders &
    Onderwijs kunnen helpen. Het Ouder- en Jongerenpunt bundelt twee keer per jaar de signalen die het
    ontvangt en bespreekt die met het bestuur."""))
    b.append(("h1", "Hoe werken we samen met gemeenten?"))
    b.extend(oogo_text(n, "Leidschendam-Voorburg, Rijswijk, Pijnacker-Nootdorp en Midden-Delfland"))
    b.append(P("""Met het mbo en de gemeenten werken we in de regionale aanpak voortijdig schoolverlaten
    samen aan een goede overstap naar vervolgonderwijs."""))
    b.append(("h1", "Hoe is het verband georganiseerd?"))
    b.extend(governance("Samenwerkingsverband VO Vlietstroom", "raad-van-toezichtmodel",
                        "de raad van toezicht"))
    b.append(P("""De ondersteuningsplanraad telt tien leden: vijf personeelsleden en vijf ouders of
    leerlingen. De OPR heeft ingestemd met dit plan op 3 maart 2026."""))
    b.extend(personeel("het verband", "11"))
    b.extend(ict_privacy("Het verband"))
    b.extend(professionalisering("Het verband"))
    b.append(("h1", "Wat verandert er landelijk?"))
    b.extend(landelijk("Het verband"))
    b.append(("h1", "Hoe houden we scholen op de hoogte?"))
    b.extend(interne_communicatie("het verband"))
    b.append(("h1", "Hoe vernieuwen we?"))
    b.extend(innovatie("Het verband"))
    b.append(("h1", "Afkortingen"))
    b.append(T(["Afkorting", "Betekenis"],
               ["lwoo", "leerwegondersteunend onderwijs"],
               ["OPDC", "orthopedagogisch-didactisch centrum"],
               ["OPP", "ontwikkelingsperspectiefplan"],
               ["pro", "praktijkonderwijs"],
               ["TLV", "toelaatbaarheidsverklaring"],
               ["vso", "voortgezet speciaal onderwijs"],
               ["OJP", "ouder- en jongerenpunt"],
               ["MJB", "meerjarenbegroting"]))
    return b


# ---------------------------------------------------------------------------
# Plan 3 – PO, pdf, unnumbered headings, combined chapters
# ---------------------------------------------------------------------------

def plan3():
    n = "Passend Primair Waterland-Noord"
    b = []
    b.append(("title", ["Ondersteuningsplan 2026 – 2030",
                        "Stichting Passend Primair Onderwijs Waterland-Noord",
                        "samenwerkingsverband PO 27-03",
                        "Definitieve versie, april 2026"]))
    b.append(("toc", ["INHOUD",
        "Een woord vooraf    2",
        "Over ons    3",
        "Onze koers    5",
        "Ondersteuning op school en daarbuiten    7",
        "Naar het speciaal (basis)onderwijs en terug    12",
        "Ouders, leerlingen en partners    17",
        "Kwaliteit en middelen    20",
        "Organisatie en medezeggenschap    23",
        "Woordenlijst    26"]))
    b.append(("h1", "Een woord vooraf"))
    b.append(P("""Dit is het ondersteuningsplan van Passend Primair Waterland-Noord voor de jaren 2026 tot en
    met 2030. Het vervangt het plan 2022-2026. Het is tot stand gekomen in een reeks werksessies met
    directeuren, intern begeleiders, de speciale scholen en de ondersteuningsplanraad. De rode draad: we
    willen minder praten over systemen en meer over kinderen. Daarom staan in dit plan veel voorbeelden
    en weinig schema's. De ondersteuningsplanraad stemde op 10 april 2026 in met het plan; het OOGO met
    de gemeenten werd op 2 april 2026 afgerond."""))
    b.append(("h1", "Over ons"))
    b.append(P("""Het verband omvat de gemeenten Edam-Volendam, Purmerend-Noord, Waterland en Landsmeer.
    Er zijn zes schoolbesturen aangesloten met samen 34 basisscholen, één school voor speciaal
    basisonderwijs (sbo De Kreek, twee locaties) en de so-school De Horizon (cluster 4, met een afdeling
    voor zeer moeilijk lerende kinderen). Op 1 oktober 2025 gingen 8.210 kinderen in het verband naar
    school."""))
    b.append(T(["Kengetal", "2023", "2024", "2025"],
               ["Leerlingen basisonderwijs", "8.030", "7.980", "7.920"],
               ["Leerlingen sbo", "168", "174", "181"],
               ["Leerlingen so uit de regio", "104", "109", "109"],
               ["Afgegeven TLV's", "71", "78", "74"]))
    b.append(P("""De regio kent een mix van dorpen en een stedelijke rand. In de dorpen zijn de scholen klein;
    een kind met een bijzondere vraag is daar vaak het enige in zijn groep. Dat vraagt om
    samenwerking tussen scholen, want geen kleine school kan alles zelf."""))
    b.append(("h1", "Onze koers"))
    b.append(P("""We willen dat kinderen in hun eigen dorp of wijk naar school kunnen, met vriendjes uit de
    buurt. We willen dat leraren de ruimte en hulp krijgen om met verschillen om te gaan. We willen dat
    een plaatsing in het speciaal (basis)onderwijs een tijdelijke keuze is als het kan, en een goede
    keuze als het moet. Ouders zijn daarbij onze bondgenoten. We geloven in vertrouwen: de middelen gaan
    zo veel mogelijk naar de scholen en de scholen leggen uit wat ze ermee bereiken."""))
    b.append(P("""Onze vier koerspunten: de basis overal stevig; snel en dichtbij hulp; doorgaande lijnen;
    samen met de gemeenten. Op elk koerspunt hebben we beoogde resultaten geformuleerd; die staan in
    het hoofdstuk Kwaliteit en middelen."""))
    b.append(("h1", "Ondersteuning op school en daarbuiten"))
    b.append(("h2", "Onze ondergrens"))
    b.append(P("""Wat elke school minimaal biedt, hebben de zes besturen samen afgesproken. Deze afspraak
    noemen we de ondersteuningsbelofte. De belofte geldt voor elke locatie van elke school, groot of
    klein, en is tegelijk de grens tussen wat de school zelf doet en waarvoor zij hulp van het verband kan
    vragen."""))
    b.append(P("""Wat u op elke school aantreft: een intern begeleider die ten minste twee dagdelen per
    week beschikbaar is; een cyclus van signaleren, analyseren en plannen met twee keer per jaar een
    leerlingbespreking; een aanpak voor lezen en spellen volgens het dyslexieprotocol; een aanpak voor
    rekenproblemen; een programma voor sociale veiligheid en een pestprotocol; aanbod voor kinderen die
    meer aankunnen, in de eigen groep; aanpassingen in de klas zoals een koptelefoon, een prikkelarme
    werkplek, visuele dagplanning en verlengde toetstijd; een vaste contactpersoon jeugd (meestal de
    schoolmaatschappelijk werker); en een afspraak met de jeugdverpleegkundige over medische vragen.
    Elke school kan deze voorzieningen bieden zonder aanvraag."""))
    b.append(P("""Of de belofte wordt waargemaakt, toetsen we elk jaar met een korte zelfevaluatie die de
    directeur invult en die een consulent met de intern begeleider bespreekt."""))
    b.append(("h2", "Als het meer moet zijn"))
    b.append(P("""Soms heeft een kind meer nodig. De school vraagt dan een consulent van het verband om mee
    te denken in een driehoeksgesprek met ouders. Het verband kent drie soorten extra ondersteuning:
    een arrangement in de eigen school (extra handen, een specialist van De Horizon, speciaal
    materiaal), een tijdelijke plaats in de bovenschoolse groep De Brug (voor kinderen met
    gedragsvragen in groep 3 tot en met 6, maximaal een half jaar, daarna terug naar de eigen school) of
    de Plusklas voor kinderen met een ontwikkelingsvoorsprong (één dag per week). Daarboven staan het
    sbo en het so. Het samenhangend geheel ziet er zo uit:"""))
    b.append(T(["Laag", "Voorziening", "Voor wie"],
               ["Ondersteuningsbelofte", "Alle 34 basisscholen", "Ieder kind"],
               ["Arrangement", "In de eigen school", "Kind met een vraag die de school niet alleen aankan"],
               ["Bovenschools", "De Brug; Plusklas", "Tijdelijk, met terugkeer naar eigen school"],
               ["Sbo", "De Kreek", "Met TLV sbo"],
               ["So", "De Horizon en so buiten de regio", "Met TLV so"]))
    b.append(("h2", "Wat we nog niet weten"))
    b.append(P("""Of dit aanbod voor ieder kind in de regio voldoende is, weten we eerlijk gezegd niet
    precies. In 2027 laten we een extern bureau onderzoeken waar het aanbod tekortschiet; de uitkomsten
    en de maatregelen die we daaraan verbinden, volgen in een addendum bij dit plan."""))
    b.append(("h1", "Naar het speciaal (basis)onderwijs en terug"))
    b.append(("h2", "Zo gaat een aanvraag"))
    b.append(OL(
        "De basisschool bespreekt het kind in het ondersteuningsteam, met ouders erbij. Daaruit volgt een ontwikkelingsperspectief.",
        "Blijkt dat het kind op de basisschool niet tot ontwikkeling komt, dan vult de school samen met de ouders het aanvraagformulier in. De aanvraag wordt gedaan door het schoolbestuur.",
        "De orthopedagoog van het verband (eerste deskundige) en een tweede deskundige, per kind gekozen, bestuderen het dossier, spreken zo nodig met ouders en leerkracht en schrijven elk een advies.",
        "De TLV-commissie neemt binnen vijf weken een besluit.",
        "De ouders en de school ontvangen het besluit, met beide adviezen."))
    b.append(("h2", "Wanneer is een kind toelaatbaar?"))
    b.append(P("""Een kind is toelaatbaar tot het sbo als het ondanks een jaar arrangement op de basisschool
    niet genoeg vooruitgaat, met een achterstand van meer dan anderhalf jaar op twee of meer
    vakgebieden, en als uit de adviezen blijkt dat het een kleine groep met een aangepast tempo nodig
    heeft en het sociaal-emotioneel op een reguliere school vastloopt. Een kind is toelaatbaar tot het so
    als het intensieve, specialistische begeleiding nodig heeft die ook het sbo niet kan bieden, of als
    er sprake is van een verstandelijke beperking (IQ onder 70) of een ernstige gedrags- of psychiatrische
    problematiek waarvoor onderwijs en behandeling gecombineerd moeten worden."""))
    b.append(P("""Een TLV voor het sbo loopt tot het einde van het schooljaar waarin het kind twaalf wordt.
    Een TLV voor het so loopt twee jaar; de commissie bepaalt ook de categorie (laag, midden of hoog).
    Bezwaar kan bij de landelijke bezwaaradviescommissie, via het verband."""))
    b.append(("h2", "Terug naar een gewone school"))
    b.append(P("""Wij vinden dat een kind dat naar het sbo of so gaat, daar niet vanzelf blijft. Elke
    plaatsing is in beginsel tijdelijk. Terugkeer is het doel als het kind zich zo heeft ontwikkeld
    dat het de doelen van zijn perspectief met hulp in een gewone klas kan halen, als de school in de
    buurt het kind kan opvangen en als ouders achter de keuze staan. Na terugkeer heeft de ontvangende
    basisschool recht op een terugkeerarrangement van maximaal € 6.000 voor één schooljaar, en een
    leerkracht van De Kreek of De Horizon komt de eerste maanden regelmatig langs. In de vorige
    planperiode keerden 9 kinderen terug."""))
    b.append(P("""Hoe de evaluatie rond het einde van een TLV precies verloopt, wie het initiatief neemt en
    wie besluit, leggen we in het schooljaar 2026-2027 vast met de directeuren van De Kreek en De
    Horizon."""))
    b.append(("h1", "Ouders, leerlingen en partners"))
    b.append(("h2", "Ouders"))
    b.append(P("""Ouders zijn de eerste deskundigen van hun kind. Zij zitten aan tafel bij elk
    ondersteuningsteam, tekenen mee bij het ontwikkelingsperspectief en worden gehoord bij een
    TLV-aanvraag. In de ondersteuningsplanraad hebben zes ouders zitting."""))
    b.append(P("""Lopen ouders vast, dan hoeven ze dat niet alleen op te lossen. Het Ouder- en Kindsteunpunt
    Waterland, ondergebracht bij een onafhankelijke welzijnsorganisatie, helpt ouders bij vragen over
    de ondersteuning van hun kind en gaat desgewenst mee naar gesprekken. Ook de Onderwijsconsulenten
    kunnen gratis bemiddelen. Bij een klacht kunnen ouders terecht bij de klachtencommissie waarbij het
    schoolbestuur is aangesloten, en bij een geschil over toelating, verwijdering of het
    ontwikkelingsperspectief bij de Geschillencommissie passend onderwijs."""))
    b.append(("h2", "Leerlingen"))
    b.append(P("""Kinderen praten mee over hun eigen ondersteuning. Vanaf groep 5 vullen kinderen zelf een
    deel van het ontwikkelingsperspectief in, en in de leerlingbespreking wordt gevraagd wat het kind
    zelf wil. Wij stimuleren scholen om kinderen ook mee te laten denken over de inrichting van de
    klas."""))
    b.append(("h2", "Gemeenten en jeugdhulp"))
    b.extend(oogo_text(n, "Edam-Volendam, Purmerend, Waterland en Landsmeer"))
    b.append(("h1", "Kwaliteit en middelen"))
    b.append(("h2", "Wat we willen bereiken"))
    b.append(P("""Per koerspunt hebben we voor de kinderen met een ondersteuningsbehoefte een beoogd
    resultaat vastgelegd:"""))
    b.append(T(["Koerspunt", "Beoogd resultaat in 2030", "Stand 2025"],
               ["De basis overal stevig", "Alle 34 scholen scoren voldoende op de zelfevaluatie ondersteuningsbelofte", "27 van 34"],
               ["Snel en dichtbij hulp", "Een arrangement start binnen 4 weken na het driehoeksgesprek", "gemiddeld 7 weken"],
               ["Snel en dichtbij hulp", "90% van de kinderen van De Brug is na een half jaar terug op de eigen school", "78%"],
               ["Doorgaande lijnen", "Het aantal kinderen dat terugkeert uit sbo of so stijgt naar 5 per jaar", "2 à 3 per jaar"],
               ["Samen met gemeenten", "Elk kind met een onderwijs-zorgarrangement heeft één plan", "niet gemeten"]))
    b.append(("h2", "Hoe we dat volgen"))
    b.append(P("""Twee keer per jaar, in februari en september, maakt het bureau een stand van zaken op
    basis van de registratie van arrangementen en TLV's, de zelfevaluaties van de scholen en de
    gegevens van De Brug. Die stand van zaken bespreken we met de directeuren en met het bestuur; in
    september ook met de ondersteuningsplanraad. In het jaarverslag zetten we de bereikte resultaten
    naast de beoogde. Halverwege de planperiode, in 2028, houden we een tussenevaluatie met een
    kort kwalitatief onderzoek onder ouders en leraren."""))
    b.append(("h2", "Middelen"))
    b.append(P("""De financiële vertaling van dit plan staat in de meerjarenbegroting die het bestuur
    jaarlijks in december vaststelt en die op onze website wordt gepubliceerd. In de lijn van onze koers
    gaan middelen zo veel mogelijk naar de scholen."""))
    b.append(("h1", "Organisatie en medezeggenschap"))
    b.extend(governance("Passend Primair Waterland-Noord", "model met een bestuurder en een raad van toezicht",
                        "de raad van toezicht"))
    b.extend(personeel("het verband", "9"))
    b.extend(ict_privacy("Het verband"))
    b.extend(professionalisering("Het verband"))
    b.append(("h2", "Hoe dit plan tot stand kwam"))
    b.extend(vaststelling("Het verband", "10 april 2026", "2 april 2026"))
    b.append(("h2", "Contact met de scholen"))
    b.extend(interne_communicatie("het verband"))
    b.append(("h2", "Kansen en werkdruk"))
    b.extend(kansen("Het verband"))
    b.append(("h2", "Landelijke ontwikkelingen"))
    b.extend(landelijk("Het verband"))
    b.append(("h2", "Vernieuwing en samenwerking"))
    b.extend(innovatie("Het verband"))
    b.append(("h1", "Woordenlijst"))
    b.append(T(["Woord", "Uitleg"],
               ["Dekkend aanbod", "Er is voor ieder kind een passende plek; witte vlekken worden opgespoord."],
               ["Financiën", "Het geld van het verband, verdeeld via het verdeelmodel."],
               ["Verevening", "Verrekening van het budget zware ondersteuning met het deelnamepercentage so."],
               ["Informatie voor ouders", "Website, folder en schoolgids."],
               ["Terugplaatsingsprocedure", "De stappen bij terugkeer uit het sbo of so."],
               ["Zorgplicht", "De plicht van een school om een passende plek te zoeken."],
               ["TLV", "Toelaatbaarheidsverklaring."]))
    return b


# ---------------------------------------------------------------------------
# Plan 4 – VO, pdf, numbered combined chapters
# ---------------------------------------------------------------------------

def plan4():
    n = "SWV VO Zuid-Kempen"
    b = []
    b.append(("title", ["ONDERSTEUNINGSPLAN 2026-2030",
                        "Samenwerkingsverband Voortgezet Onderwijs Zuid-Kempen (VO 30-09)",
                        "Vastgesteld door het bestuur op 15 april 2026"]))
    b.append(("toc", ["Inhoudsopgave",
        "1  Inleiding en verantwoording ........ 3",
        "2  Koers 2026-2030 ......................... 5",
        "   2.1 Landelijke context .................... 6",
        "   2.2 Kansengelijkheid ...................... 7",
        "3  Ondersteuning en toewijzing ............ 8",
        "   3.1 Basisondersteuning .................... 8",
        "   3.2 Toewijzing vso, pro en lwoo ........... 9",
        "   3.3 Na het vso: de weg terug .............. 12",
        "4  Netwerk van voorzieningen ................ 14",
        "5  Financieel kader ......................... 18",
        "6  Ouders en leerlingen ..................... 22",
        "7  Organisatie en personeel ................. 24",
        "   7.1 Totstandkoming van dit plan ........... 26",
        "   7.2 Communicatie met scholen .............. 26",
        "   7.3 Bedrijfsvoering en vernieuwing ........ 27",
        "8  Resultaten en verantwoording .............. 27",
        "Bijlage: begrippen en afkortingen .......... 28"]))
    b.append(("h1", "1 Inleiding en verantwoording"))
    b.append(P("""Het samenwerkingsverband Voortgezet Onderwijs Zuid-Kempen is het regionale verband voor
    passend onderwijs in de gemeenten Veldhoven, Eersel, Bergeijk, Bladel en Reusel-De Mierden. Acht
    schoolbesturen met samen twaalf vo-scholen, een school voor praktijkonderwijs en twee vso-scholen
    werken erin samen. Dit plan beschrijft de koers voor 2026-2030 en de afspraken die daarbij horen."""))
    b.append(P("""Het plan is voorbereid door een schrijfgroep van bestuurders, directeuren en
    ondersteuningscoördinatoren, en besproken met de ondersteuningsplanraad, de gemeenten (OOGO op
    19 maart 2026) en het samenwerkingsverband PO. De OPR stemde in op 8 april 2026. Het plan wordt op 20
    april 2026 aan de Inspectie gezonden."""))
    b.append(P("""Verantwoording. In de afgelopen periode is het bureau verhuisd, is de governance
    aangepast aan de nieuwe wet en zijn twee consulenten aangesteld. Het vorige plan liep van 2022 tot
    2026; de ervaringen daarmee zijn in de schrijfgroep besproken en hebben geleid tot een kortere,
    meer op afspraken gerichte opzet. Over de resultaten van de scholen zelf leggen de besturen
    verantwoording af in hun eigen jaarverslagen."""))
    b.append(("h1", "2 Koers 2026-2030"))
    b.append(P("""Elke jongere in Zuid-Kempen verdient een plek waar hij zich kan ontwikkelen, dicht bij
    huis, met leeftijdgenoten. Scholen zijn daar samen verantwoordelijk voor. De koers van het verband
    rust op drie pijlers: vertrouwen in de professional, korte lijnen en eerlijke verdeling. We kiezen
    er nadrukkelijk voor om de ondersteuning zo veel mogelijk in de school te organiseren, en alleen
    bovenschools te regelen wat een school alleen niet kan."""))
    b.append(P("""Passend onderwijs is geen zaak van het verband alleen. Ouders, jeugdhulp, de gemeenten,
    het mbo en werkgevers hebben allemaal een rol. Waar mogelijk bundelen we de krachten. Dat betekent
    ook dat we resultaten niet alleen in aantallen uitdrukken: een jongere die weer met plezier naar
    school gaat, is voor ons net zo belangrijk."""))
    b.append(P("""Voor de komende vier jaar benoemen we vijf thema's: de route naar een bovenschoolse
    voorziening verkorten; de overstap po-vo en vo-mbo verbeteren; thuiszitten voorkomen; de
    deskundigheid van mentoren vergroten; en de samenwerking met jeugdhulp op de scholen
    verstevigen."""))
    b.append(("h2", "2.1 Landelijke context"))
    b.extend(landelijk("Het samenwerkingsverband"))
    b.append(("h2", "2.2 Kansengelijkheid"))
    b.extend(kansen("Het verband"))
    b.append(("h1", "3 Ondersteuning en toewijzing"))
    b.append(("h2", "3.1 Basisondersteuning"))
    b.append(P("""Het niveau en de inhoud van de basisondersteuning worden in het eerste planjaar herijkt,
    mede in het licht van de landelijke norm die in voorbereiding is. Tot de nieuwe kaart gereed is,
    geldt de kaart uit het vorige ondersteuningsplan; de uitwerking per school is te vinden in de
    schoolgidsen."""))
    b.append(("h2", "3.2 Toewijzing vso, pro en lwoo"))
    b.append(P("""De aanvraagprocedure, de samenstelling van de toewijzingscommissie en de termijnen zijn
    beschreven in het Protocol Toewijzing Zuid-Kempen (bijlage 4, separaat verkrijgbaar). Hieronder
    staan de criteria waarmee het verband beoordeelt of een leerling in aanmerking komt."""))
    b.append(T(["Voorziening", "Criteria"],
               ["Vso, categorie laag", "Leerling heeft ernstige gedrags- of psychiatrische problematiek of een lichte verstandelijke beperking; in het regulier vo is met ten minste één jaar arrangement geen voldoende ontwikkeling bereikt; onderwijs in een kleine groep met specialistische begeleiding gedurende de hele schooldag is noodzakelijk."],
               ["Vso, categorie midden", "Leerling heeft een lichamelijke beperking of langdurige ziekte waardoor aangepaste huisvesting, verzorging of een aangepast rooster de hele schooldag nodig zijn."],
               ["Vso, categorie hoog", "Leerling heeft een meervoudige beperking (verstandelijke beperking in combinatie met een lichamelijke of zintuiglijke beperking)."],
               ["Praktijkonderwijs", "Landelijke criteria: IQ 55-80 en leerachterstand van ten minste drie jaar op ten minste twee domeinen, waarvan één begrijpend lezen of inzichtelijk rekenen."],
               ["Lwoo", "Landelijke criteria: leerachterstand 1,5-3 jaar op twee domeinen en IQ 75-90; of IQ 91-120 met sociaal-emotionele problematiek die het leren belemmert."]))
    b.append(P("""Een vso-TLV wordt in de regel afgegeven voor twee schooljaren; bij een meervoudige beperking
    voor de gehele schoolloopbaan."""))
    b.append(("h2", "3.3 Na het vso: de weg terug"))
    b.append(P("""Een plaatsing in het vso is voor ons geen eindstation. Ons uitgangspunt: elke jongere met
    een vso-TLV die daar klaar voor is, gaat terug naar een school in de buurt, zo snel als verantwoord.
    Voorwaarden zijn dat het ontwikkelingsperspectief laat zien dat de leerling het niveau van een
    reguliere leerroute aankan, dat de ontvangende school de benodigde begeleiding kan organiseren, en
    dat ouders en leerling de stap willen zetten. Na de overstap krijgt de ontvangende school een
    terugkeerbudget van € 4.500 per leerling per jaar, maximaal twee jaar, en houdt een
    trajectbegeleider van het verband wekelijks contact met de leerling en de mentor."""))
    b.append(P("""Werkwijze. In oktober van ieder schooljaar maken de vso-scholen een lijst van leerlingen
    voor wie terugkeer in beeld is, en van alle leerlingen van wie de TLV aan het einde van het
    schooljaar afloopt. Uiterlijk 1 april voert de vso-school met ouders, leerling en de trajectbegeleider
    van het verband een terugkeergesprek. Bij een positieve uitkomst zoekt de trajectbegeleider met ouders
    een ontvangende school en regelt een warme overdracht, inclusief proefdagen in mei en juni; de
    directeur-bestuurder bekrachtigt de afspraken in een terugkeerovereenkomst met de ontvangende
    school. Bij een negatieve uitkomst vraagt de vso-school vóór 1 mei een nieuwe TLV aan. Een jaar na
    terugkeer is er een evaluatiegesprek."""))
    b.append(("h1", "4 Netwerk van voorzieningen"))
    b.append(P("""Het netwerk van voorzieningen in Zuid-Kempen loopt van de ondersteuning binnen de eigen
    school, via arrangementen en bovenschoolse voorzieningen, naar praktijkonderwijs en vso. Wat binnen de
    school zelf wordt georganiseerd, komt aan de orde bij de herijking (zie 3.1). Via een arrangement kan een school voor een leerling
    extra begeleiding, een aangepast rooster of inzet van een ambulant begeleider van het vso
    organiseren. Bovenschools zijn er het Leerplein (een OPDC met plaats voor 40 leerlingen, tijdelijk,
    gericht op terugkeer), een reboundvoorziening voor korte time-outs en de Schakelklas voor
    nieuwkomers in Veldhoven. Daarnaast is er op twee scholen een plusvoorziening voor hoogbegaafde
    leerlingen."""))
    b.append(P("""Voor jongeren die onderwijs en zorg nodig hebben, zijn er onderwijs-zorgarrangementen op de
    vso-scholen en op het Leerplein, samen met de jeugdhulpaanbieders in de regio."""))
    b.append(("h2", "4.1 Thuiszitters en witte vlekken"))
    b.append(P("""Een jongere die niet naar school gaat, is voor ons een alarmsignaal. Scholen melden
    ongeoorloofd verzuim en langdurig relatief verzuim direct bij leerplicht en bij het verband. Het
    Thuiszittersteam (leerplicht, jeugdhulp, consulent van het verband) bespreekt elke melding binnen
    tien werkdagen en maakt met school en ouders een plan. De school waar de jongere staat ingeschreven,
    houdt de zorgplicht en blijft verantwoordelijk voor een passend aanbod. Het verband houdt per
    kwartaal een overzicht bij van jongeren voor wie geen passende plek beschikbaar is, en bespreekt
    dat overzicht met de besturen. Blijkt een tekort structureel, dan besluit het bestuur binnen drie
    maanden over een oplossing. Zo is in 2025 besloten tot een kleine groep voor jongeren met
    autisme en hoge angst op het Leerplein, te openen in januari 2027."""))
    b.append(("h2", "4.2 Samenwerking met gemeenten"))
    b.extend(oogo_text(n, "Veldhoven, Eersel, Bergeijk, Bladel en Reusel-De Mierden"))
    b.append(("h1", "5 Financieel kader"))
    b.append(P("""Het verband ontvangt jaarlijks circa € 9,6 miljoen aan middelen voor lichte en zware
    ondersteuning en voor lwoo en pro. Hiervan gaat eerst de afdracht aan het vso af via DUO. De
    middelen voor lwoo en pro worden volledig doorgegeven aan de scholen, naar rato van het aantal
    aangewezen leerlingen op de teldatum 1 oktober. Van het overige budget ontvangt elke school een
    vaste voet van € 20.000 plus € 95 per leerling. Het verband houdt middelen centraal voor het
    Leerplein, de rebound, de arrangementen, terugkeerbudgetten en het bureau. Arrangementen worden
    toegekend door de consulent op basis van een aanvraag van de school, met een maximum van € 12.000
    per leerling per jaar. Het bestuur stelt de verdeling jaarlijks vast bij de begroting."""))
    b.append(P("""Scholen leggen in hun jaarverslag verantwoording af over de besteding van de middelen,
    aan de hand van een vaste verantwoordingsparagraaf. Het verband houdt een weerstandsvermogen aan
    tussen 5% en 10% van de baten; een reserve daarboven wordt in deze planperiode ingezet voor de
    nieuwe groep op het Leerplein."""))
    b.append(T(["Meerjarenbegroting (× € 1.000)", "2026", "2027", "2028", "2029"],
               ["Baten lichte en zware ondersteuning", "5.410", "5.360", "5.300", "5.260"],
               ["Baten lwoo en pro", "4.190", "4.150", "4.110", "4.080"],
               ["Afdracht vso (DUO)", "2.380", "2.400", "2.410", "2.420"],
               ["Doorbetaling lwoo en pro aan scholen", "4.190", "4.150", "4.110", "4.080"],
               ["Schoolbudgetten (vaste voet + per leerling)", "1.450", "1.430", "1.410", "1.390"],
               ["Leerplein en rebound", "860", "1.010", "1.020", "1.020"],
               ["Arrangementen en terugkeerbudgetten", "470", "480", "480", "480"],
               ["Bureau en consulenten", "410", "415", "420", "425"],
               ["Saldo", "-160", "-375", "-440", "-475"]))
    b.append(("h1", "6 Ouders en leerlingen"))
    b.append(P("""Ouders en leerlingen moeten weten welke ondersteuning er is en hoe ze die kunnen krijgen.
    Het verband zorgt daarvoor met een website met een aparte ouderpagina, een jaarlijkse
    informatieavond 'Wegwijs in het vo' in januari voor ouders van leerlingen in groep 8, en een folder
    die via de basisscholen wordt uitgedeeld. De vo-scholen beschrijven hun ondersteuningsaanbod in de
    schoolgids en bespreken het in het intakegesprek. Ouders van leerlingen met een arrangement krijgen
    bij de start een brief van het verband met uitleg over het arrangement en de contactgegevens van de
    consulent."""))
    b.append(P("""Met vragen kunnen ouders altijd terecht bij de mentor of de ondersteuningscoördinator van de
    school, of bij de consulent van het verband. Over een onafhankelijk steunpunt voor ouders en
    jongeren maken we in 2027 afspraken met de PO-verbanden in de regio."""))
    b.append(P("""Leerlingen worden gehoord over hun ontwikkelingsperspectiefplan. In de OPR hebben
    ouders en leerlingen samen vijf zetels."""))
    b.append(("h1", "7 Organisatie en personeel"))
    b.extend(governance("Samenwerkingsverband VO Zuid-Kempen", "model met een algemeen bestuur en een onafhankelijke voorzitter",
                        "het algemeen bestuur"))
    b.extend(personeel("het verband", "12"))
    b.extend(ict_privacy("Het verband"))
    b.extend(professionalisering("Het verband"))
    b.append(("h2", "7.1 Totstandkoming van dit plan"))
    b.extend(vaststelling("Het verband", "8 april 2026", "19 maart 2026"))
    b.append(("h2", "7.2 Communicatie met scholen"))
    b.extend(interne_communicatie("het verband"))
    b.append(("h2", "7.3 Bedrijfsvoering en vernieuwing"))
    b.extend(backoffice("Het verband"))
    b.extend(innovatie("Het verband"))
    b.append(("h1", "8 Resultaten en verantwoording"))
    b.append(P("""Het verband legt jaarlijks verantwoording af in het bestuursverslag, dat samen met de
    jaarrekening voor 1 juli wordt vastgesteld. In het bestuursverslag staan de financiële gegevens,
    de samenstelling van het bestuur en de belangrijkste ontwikkelingen van het jaar. Welke resultaten
    we in deze planperiode nastreven en hoe we die gaan volgen, is onderwerp van de herijking in het
    eerste planjaar."""))
    b.append(("h1", "Bijlage: begrippen en afkortingen"))
    b.append(T(["Begrip", "Uitleg"],
               ["Basisondersteuning", "Het afgesproken niveau van ondersteuning dat alle scholen bieden."],
               ["Beoogde resultaten", "De resultaten die het verband wil bereiken."],
               ["Kwaliteitszorg", "De cyclus waarin resultaten worden gemeten en geëvalueerd."],
               ["OJSP", "Ouder- en jeugdsteunpunt, onafhankelijke hulp voor ouders."],
               ["OPDC", "Orthopedagogisch-didactisch centrum."],
               ["TLV", "Toelaatbaarheidsverklaring."],
               ["Toewijzingscommissie", "Commissie die besluit over TLV's."]))
    return b


# ---------------------------------------------------------------------------
# Plan 5 – PO, markdown, "op hoofdlijnen", parts A-C
# ---------------------------------------------------------------------------

def plan5():
    n = "SWV De Langstraat-West"
    b = []
    b.append(("title", ["Ondersteuningsplan op hoofdlijnen 2026-2030",
                        "Samenwerkingsverband Passend Onderwijs De Langstraat-West, PO 30-06",
                        "Versie 1.0 – vastgesteld 31 maart 2026"]))
    b.append(("toc", ["Inhoud",
        "Deel A – Waar we voor staan",
        "  A1 Voorwoord",
        "  A2 Onze opdracht",
        "  A3 Visie en uitgangspunten",
        "  A3a Wat de besturen van elkaar vragen",
        "  A4 Terugblik op 2022-2026",
        "  A5 Landelijke ontwikkelingen",
        "  A6 Kansengelijkheid en werkdruk",
        "Deel B – Wat we doen",
        "  B1 Basisondersteuning",
        "  B2 Toelaatbaarheid",
        "  B3 Resultaten en monitoring",
        "  B4 Financiën",
        "Deel C – Hoe we georganiseerd zijn",
        "  C1 Bestuur en toezicht",
        "  C2 Bureau en personeel",
        "  C3 Privacy en ICT",
        "  C4 Deskundigheid",
        "  C5 Communicatie met scholen",
        "  C5a Vernieuwing",
        "  C5b Bedrijfsvoering",
        "  C6 Risico's",
        "  C7 Totstandkoming en wijziging",
        "  C8 Werken met jaarplannen",
        "  C9 Jaarplanning",
        "Begrippen (dekkend aanbod, terugplaatsing, ouder- en jeugdsteunpunt, TLV)"]))
    b.append(("h1", "Deel A – Waar we voor staan"))
    b.append(("h2", "A1 Voorwoord"))
    b.append(P("""Dit ondersteuningsplan is bewust een plan op hoofdlijnen. In het vorige plan beschreven we
    elk proces tot in detail; de praktijk liet zien dat zo'n plan snel veroudert en door weinig mensen
    wordt gelezen. Dit plan legt de koers vast. De uitwerking volgt in jaarplannen, die het bestuur elk
    jaar vaststelt. Het plan is besproken met de schoolbesturen, de directeuren en de
    ondersteuningsplanraad, die op 24 maart 2026 instemde. Het OOGO met de gemeenten Waalwijk,
    Heusden-West en Loon op Zand is op 17 maart 2026 gevoerd."""))
    b.append(P("""Het plan is geschreven voor schoolleiders en leraren, voor bestuurders en voor iedereen die
    wil weten hoe wij werken. Wij danken de werkgroep van directeuren en intern begeleiders die het
    concept heeft voorbereid."""))
    b.append(("h2", "A2 Onze opdracht"))
    b.append(P("""Het samenwerkingsverband is een stichting van vijf schoolbesturen. Samen houden zij 29
    basisscholen en een school voor speciaal basisonderwijs in stand in de gemeenten Waalwijk,
    Heusden-West en Loon op Zand. Op 1 oktober 2025 gingen er 6.640 leerlingen naar een school in het
    verband. Onze wettelijke opdracht is ervoor te zorgen dat leerlingen een ononderbroken
    ontwikkeling kunnen doormaken en dat leerlingen die extra ondersteuning nodig hebben, een zo
    passend mogelijke plek krijgen. Dit plan beschrijft hoe wij die opdracht de komende vier jaar
    invullen."""))
    b.append(P("""De regio is de afgelopen jaren veranderd. Het aantal leerlingen daalt in de kernen en stijgt
    licht in Waalwijk-Zuid. Er komen meer kinderen met een migratieachtergrond, en scholen melden meer
    vragen rond gedrag en welbevinden. Tegelijk is het lastiger geworden om ervaren intern begeleiders
    te vinden. Deze ontwikkelingen hebben de keuzes in dit plan gekleurd."""))
    b.append(("h2", "A3 Visie en uitgangspunten"))
    b.append(P("""Wij gaan uit van de kracht van de gewone school. Leraren kunnen met veel verschillen omgaan,
    als ze daarvoor de tijd, de kennis en de steun krijgen. Ons verband is er om die steun te organiseren,
    niet om het werk van scholen over te nemen. Wij werken vanuit vijf uitgangspunten:"""))
    b.append(UL(
        "Het kind staat centraal, niet het systeem of het formulier.",
        "Besturen zijn samen verantwoordelijk en spreken elkaar aan.",
        "Wat op school kan, gebeurt op school.",
        "We werken met vertrouwen en leggen uit wat we doen.",
        "We leren van wat werkt en durven te stoppen met wat niet werkt."))
    b.append(P("""Voor ouders, leerlingen en scholen willen we een betrouwbare partner zijn. We praten liever
    met mensen dan over hen. Middelen zetten we in waar ze het meeste effect hebben. Toelaatbaarheid,
    arrangementen en resultaten zijn voor ons geen doel op zich, maar middelen om kinderen verder te
    helpen."""))
    b.append(P("""Het verband wil een lerende organisatie zijn. Dat betekent dat we ons beleid niet voor vier
    jaar vastleggen, maar jaarlijks bijstellen op basis van wat we zien. Het bestuur heeft daarom
    gekozen voor een plan op hoofdlijnen en een jaarplan met concrete acties. Elk jaarplan wordt
    voorgelegd aan de ondersteuningsplanraad."""))
    b.append(("h2", "A3a Wat de besturen van elkaar vragen"))
    b.append(P("""Een plan op hoofdlijnen werkt alleen als de besturen zich aan de afspraken houden. Daarom
    hebben zij bij de vaststelling van dit plan vijf bestuurlijke afspraken gemaakt. Ieder bestuur is
    vertegenwoordigd in elke bestuursvergadering en in de werkgroepen. Ieder bestuur levert twee keer
    per jaar de gegevens aan die het bureau nodig heeft voor de kwartaalrapportages. Besturen nemen
    geen besluiten over hun eigen scholen die gevolgen hebben voor andere besturen zonder dat eerst in
    het bestuur te bespreken. Besturen stellen hun intern begeleiders in staat het netwerk te bezoeken.
    En besturen leggen in hun eigen jaarverslag uit wat zij met de middelen van het verband hebben
    gedaan. Eens per jaar bespreekt het bestuur of de afspraken worden nagekomen; wie ze niet nakomt,
    wordt daarop aangesproken door de voorzitter."""))
    b.append(("h2", "A4 Terugblik op 2022-2026"))
    b.append(P("""In de vorige planperiode is veel gebeurd. Het bureau is gehalveerd in omvang, omdat we
    meer middelen rechtstreeks naar de besturen wilden laten gaan. De aanvraagformulieren zijn
    vereenvoudigd. Het deelnamepercentage speciaal (basis)onderwijs daalde van 3,1% in 2022 naar 2,8%
    in 2025, terwijl het landelijk gemiddelde licht steeg. Tegelijk vonden directeuren dat het verband
    op afstand was komen te staan: zij misten een gesprekspartner die de scholen kent. Daarom
    investeren we in deze periode weer in consulenten die een vaste groep scholen bedienen."""))
    b.append(P("""Uit de evaluatie met de besturen in 2025 kwamen drie lessen: maak minder afspraken maar
    houd je eraan; zorg dat de besturen elkaar aanspreken; en gebruik cijfers om het gesprek te voeren,
    niet om af te rekenen. Die lessen zijn de basis van dit plan op hoofdlijnen."""))
    b.append(("h2", "A5 Landelijke ontwikkelingen"))
    b.extend(landelijk("Het verband"))
    b.append(("h2", "A6 Kansengelijkheid en werkdruk"))
    b.extend(kansen("Het verband"))
    b.append(("h1", "Deel B – Wat we doen"))
    b.append(("h2", "B1 Basisondersteuning"))
    b.append(P("""Een gedeelde ondergrens voor basisondersteuning hebben de besturen op dit moment niet
    vastgesteld. Elk bestuur hanteert zijn eigen kader. De besturen hebben afgesproken in 2027 een
    gemeenschappelijke ondergrens vast te leggen, in lijn met de landelijke norm die het ministerie
    voorbereidt."""))
    b.append(P("""Wel weten we uit de inventarisatie van 2025 wat er nu feitelijk op alle 29 scholen aanwezig
    is. Op iedere school in het verband treft u het volgende aan:"""))
    b.append(UL(
        "een intern begeleider, gemiddeld 0,5 fte per school;",
        "een leerlingvolgsysteem met twee toetsmomenten per jaar en groepsbesprekingen na elk toetsmoment;",
        "een leesaanpak volgens het protocol leesproblemen en dyslexie, met extra instructie in een klein groepje;",
        "een methode voor sociaal-emotioneel leren en een aanspreekpunt voor pesten;",
        "verrijkingsmateriaal voor kinderen die meer aankunnen;",
        "de mogelijkheid van een aangepaste leerlijn voor één of meer vakken, vastgelegd in een ontwikkelingsperspectief;",
        "toegang tot de orthopedagoog van het bestuur voor observatie en advies."))
    b.append(P("""Scholen beschrijven in hun schoolgids wat zij daarnaast bieden."""))
    b.append(("h2", "B2 Toelaatbaarheid"))
    b.append(P("""Informatie over het aanvragen van een toelaatbaarheidsverklaring voor het speciaal
    (basis)onderwijs, de voorwaarden en de formulieren is te vinden op
    www.langstraatwest.nl/loket."""))
    b.append(("h2", "B3 Resultaten en monitoring"))
    b.append(P("""Welke resultaten wij met de leerlingen met een ondersteuningsbehoefte willen bereiken,
    formuleren we per jaar in het jaarplan, zodat de doelen kunnen meebewegen met de ontwikkelingen."""))
    b.append(P("""De monitoring ligt wel vast. Wij volgen vier indicatoren: het aantal afgegeven
    toelaatbaarheidsverklaringen per bestuur, het deelnamepercentage speciaal (basis)onderwijs ten
    opzichte van het landelijk gemiddelde (peildatum 1 oktober), het aantal kinderen met een
    arrangement dat de doelen uit het ontwikkelingsperspectief haalt, en de tevredenheid van scholen over
    de dienstverlening van het bureau. Het bureau verzamelt deze gegevens uit de eigen registratie en
    uit DUO-gegevens en rapporteert ze per kwartaal aan het bestuur. Eens per jaar, in juni, evalueert
    het bestuur de uitkomsten in een bijeenkomst met de directeuren; de uitkomsten en de conclusies
    staan in het jaarverslag, dat voor 1 juli wordt vastgesteld en aan de ondersteuningsplanraad wordt
    gestuurd."""))
    b.append(("h2", "B4 Financiën"))
    b.append(P("""Het huidige verdeelmodel loopt af op 31 juli 2026. Hoe de middelen daarna over de besturen
    en de voorzieningen worden verdeeld, bepaalt het bestuur in het voorjaar van 2027, op voorstel van
    een werkgroep van controllers. Tot die tijd wordt het budget per post vastgesteld in de
    jaarbegroting."""))
    b.append(P("""De middelen worden de komende jaren als volgt besteed:"""))
    b.append(T(["Besteding (× € 1.000)", "2026", "2027", "2028", "2029"],
               ["Afdracht so (DUO)", "1.410", "1.400", "1.390", "1.380"],
               ["Sbo De Meander (boven de bekostiging)", "690", "680", "670", "660"],
               ["Middelen naar de besturen", "2.150", "2.120", "2.090", "2.060"],
               ["Arrangementen", "540", "540", "530", "530"],
               ["Orthopedagogen en consulenten", "420", "420", "425", "425"],
               ["Bureau, bestuur en huisvesting", "310", "310", "315", "315"],
               ["Totaal lasten", "5.520", "5.470", "5.420", "5.370"],
               ["Totaal baten", "5.430", "5.390", "5.350", "5.320"]))
    b.append(P("""Het verschil tussen baten en lasten wordt gedekt uit de algemene reserve, die daarmee in
    2029 op het niveau van de signaleringswaarde komt."""))
    b.append(("h1", "Deel C – Hoe we georganiseerd zijn"))
    b.append(("h2", "C1 Bestuur en toezicht"))
    b.extend(governance(n, "model met een algemeen bestuur en een dagelijks bestuur", "het algemeen bestuur"))
    b.append(P("""De ondersteuningsplanraad (OPR) heeft instemmingsrecht op het ondersteuningsplan en wordt
    jaarlijks over het jaarplan gehoord. De OPR vergadert vier keer per jaar."""))
    b.append(("h2", "C2 Bureau en personeel"))
    b.extend(personeel(n, "8"))
    b.append(("h2", "C3 Privacy en ICT"))
    b.extend(ict_privacy(n))
    b.append(("h2", "C4 Deskundigheid"))
    b.extend(professionalisering(n))
    b.append(("h2", "C5 Communicatie met scholen"))
    b.extend(interne_communicatie("het verband"))
    b.append(("h2", "C5a Vernieuwing"))
    b.extend(innovatie("Het verband"))
    b.append(("h2", "C5b Bedrijfsvoering"))
    b.extend(backoffice("Het verband"))
    b.append(("h2", "C6 Risico's"))
    b.extend(risico("Het verband"))
    b.append(("h2", "C7 Totstandkoming en wijziging"))
    b.extend(vaststelling("Het verband", "24 maart 2026", "17 maart 2026"))
    b.append(("h2", "C8 Werken met jaarplannen"))
    b.append(P("""Het jaarplan is het belangrijkste sturingsinstrument van het verband. Het jaarplan
    beschrijft per schooljaar de acties, wie ervoor verantwoordelijk is en wanneer ze klaar moeten
    zijn. Het bureau stelt het concept op in mei, na de jaarevaluatie met de directeuren. Het bestuur
    stelt het jaarplan vast in september, samen met een korte begrotingswijziging als dat nodig is.
    Het jaarplan wordt ter informatie aan de ondersteuningsplanraad gezonden. Halverwege het jaar
    bespreekt het bestuur de voortgang van de acties."""))
    b.append(P("""Wij kiezen bewust voor een beperkt aantal acties per jaar, zodat scholen niet overvraagd
    worden. Acties die niet lukken, worden niet automatisch doorgeschoven: het bestuur besluit
    opnieuw of ze nog nodig zijn."""))
    b.append(("h2", "C9 Jaarplanning"))
    b.append(T(["Maand", "Wat"],
               ["September", "Jaarplan vastgesteld; start werkgroepen"],
               ["November", "Kwartaalrapportage; begroting volgend jaar"],
               ["Februari", "Kwartaalrapportage"],
               ["Maart-april", "Voorstel verdeelmodel (2027)"],
               ["Juni", "Jaarevaluatie met directeuren; jaarverslag"]))
    b.append(P("""Deze planning wordt elk jaar in het jaarplan geactualiseerd. Het volgende ondersteuningsplan
    wordt in het schooljaar 2029-2030 voorbereid."""))
    b.append(("h1", "Begrippen"))
    b.append(T(["Begrip", "Betekenis"],
               ["Dekkend aanbod", "Een samenhangend geheel van voorzieningen zodat er voor ieder kind een passende plek is."],
               ["Terugplaatsing", "De terugkeer van een leerling uit het sbo of so naar de basisschool."],
               ["Ouder- en jeugdsteunpunt", "Onafhankelijk steunpunt voor ouders en jeugdigen."],
               ["TLV", "Toelaatbaarheidsverklaring voor sbo of so, afgegeven door de commissie van het verband."],
               ["Thuiszitter", "Leerplichtige leerling die zonder geldige reden niet naar school gaat."]))
    return b


# ---------------------------------------------------------------------------
# Near-miss – school-level ondersteuningsplan of one basisschool
# ---------------------------------------------------------------------------

def nearmiss():
    b = []
    b.append(("title", ["Ondersteuningsplan 2025-2026",
                        "OBS De Wilgenhoek, Houten",
                        "Onderdeel van het schoolplan; vastgesteld door de directie na advies van de MR"]))
    b.append(("h1", "1 Inleiding"))
    b.append(P("""In dit ondersteuningsplan beschrijft OBS De Wilgenhoek hoe de leerlingenzorg op onze school
    is georganiseerd. Het plan geldt voor het schooljaar 2025-2026 en wordt elk jaar in juni bijgesteld
    door de intern begeleider en de directie. Onze school is aangesloten bij het samenwerkingsverband
    passend onderwijs in de regio; het ondersteuningsplan van het samenwerkingsverband en ons
    schoolondersteuningsprofiel vormen het kader voor dit document."""))
    b.append(("h1", "2 Zorgniveaus op De Wilgenhoek"))
    b.append(P("""Wij werken met vier zorgniveaus. Niveau 1 is de basisondersteuning in de groep: de leerkracht
    differentieert in instructie volgens het directe instructiemodel. Niveau 2 is extra zorg in de
    groep, na een groepsbespreking: verlengde instructie of een aangepast programma. Niveau 3 is
    specifieke zorg na bespreking met de intern begeleider, bijvoorbeeld een onderzoek of een
    handelingsplan. Niveau 4 is ondersteuning met hulp van buiten de school: de consulent van het
    samenwerkingsverband, een arrangement of een traject richting een TLV voor het speciaal
    basisonderwijs."""))
    b.append(T(["Niveau", "Wie", "Vastlegging"],
               ["1", "Leerkracht", "Groepsplan"],
               ["2", "Leerkracht na groepsbespreking", "Groepsplan, subgroep"],
               ["3", "Leerkracht en ib'er", "Handelingsplan"],
               ["4", "Ib'er, consulent SWV, ouders", "Ontwikkelingsperspectief, groeidocument"]))
    b.append(("h1", "3 Groeps- en leerlingbesprekingen"))
    b.append(P("""Drie keer per jaar, na de toetsperiodes in oktober, februari en juni, houdt de intern
    begeleider met iedere leerkracht een groepsbespreking. Daarin worden de resultaten van de groep
    besproken en de groepsplannen bijgesteld. Leerlingen die onvoldoende vooruitgaan, worden besproken
    in een leerlingbespreking. Als de ondersteuning op school niet toereikend is, wordt de leerling
    ingebracht in het ondersteuningsteam, met de consulent van het samenwerkingsverband, de
    jeugdverpleegkundige en de ouders."""))
    b.append(("h1", "4 Dyslexie, rekenen en meer- en hoogbegaafdheid"))
    b.append(P("""Wij volgen het protocol leesproblemen en dyslexie. In groep 2 en 3 screenen we op risico's;
    leerlingen met een risico krijgen vanaf groep 3 dagelijks extra leestijd. Bij ernstige
    enkelvoudige dyslexie verwijzen we naar de gemeente voor vergoede zorg. Voor rekenen werken we met
    het protocol ERWD. Leerlingen die meer aankunnen, werken met compacten en verrijken en kunnen één
    ochtend per week naar de plusklas van ons bestuur."""))
    b.append(("h1", "5 Ouders"))
    b.append(P("""Ouders worden bij elke stap betrokken. Na de groepsbespreking hoort u van de leerkracht of uw
    kind extra ondersteuning krijgt. Bij niveau 3 en 4 vindt altijd een gesprek plaats met de intern
    begeleider. U kunt altijd zelf een afspraak maken. Heeft u een klacht, dan verwijzen wij naar de
    klachtenregeling in de schoolgids. Informatie over het samenwerkingsverband en het ouder- en
    jeugdsteunpunt vindt u op de website van het samenwerkingsverband."""))
    b.append(("h1", "6 Middelen"))
    b.append(P("""De school ontvangt via het bestuur middelen van het samenwerkingsverband. In 2025-2026 is
    dat € 31.400. Daarvan betalen we 0,3 fte extra ib-tijd en een onderwijsassistent voor drie ochtenden.
    Voor arrangementen vraagt de school apart budget aan bij het samenwerkingsverband."""))
    b.append(("h1", "7 Verwijzing en TLV"))
    b.append(P("""Als een leerling op onze school niet tot ontwikkeling komt, bespreken we met de ouders de
    mogelijkheid van een overstap naar het speciaal basisonderwijs. De aanvraag van een
    toelaatbaarheidsverklaring loopt via ons bestuur bij het loket van het samenwerkingsverband; het
    samenwerkingsverband besluit. Leerlingen die terugkeren uit het sbo, begeleiden we met een
    overdrachtsgesprek en extra aandacht in de eerste maanden."""))
    b.append(("h1", "8 Evaluatie"))
    b.append(P("""In juni evalueren directie en intern begeleider dit plan. Wij kijken naar de
    toetsresultaten, het aantal handelingsplannen en ontwikkelingsperspectieven, en de ervaringen van
    leerkrachten en ouders. De MR ontvangt de evaluatie ter informatie. Doelen voor 2025-2026: alle
    leerkrachten werken met het nieuwe groepsplanformat, en het aantal leerlingen met een
    leesachterstand in groep 4 daalt van 14 naar 10."""))
    b.append(P("""Mw. J. de Groot, intern begeleider — Dhr. P. Aydin, directeur."""))
    return b


# ---------------------------------------------------------------------------
# labels
# ---------------------------------------------------------------------------

CORE = ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure",
        "plaatsing.criteria", "terugstroom.procedure", "terugstroom.beleid", "financien.verdeling",
        "financien.besteding", "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes",
        "resultaten.doelen", "resultaten.monitoring", "ouders.informatie", "ouders.steunpunt"]
ELEMS = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod",
         "resultaten", "ouders"]


def status(crit, adv, el):
    vals = [v for k, v in crit.items() if k.startswith(el + ".")]
    if all(vals):
        return "present"
    if any(vals) or adv.get(el):
        return "partial"
    return "missing"


def write_label(name, docs, sector, false_crit, adv, notes):
    crit = {c: c not in false_crit for c in CORE}
    els = ", ".join(f"{e}: {status(crit, adv, e)}" for e in ELEMS)
    lines = [f"documents: [{', '.join(docs)}]", f"sector: {sector}", "looks_like_plan: true",
             "elements: {" + els + "}", "criteria:"]
    lines += [f"  {c}: {'true' if crit[c] else 'false'}" for c in CORE]
    if any(adv.get(e) for e in ELEMS):
        lines.append("advisory_addressed:")
        for e in ELEMS:
            if adv.get(e):
                lines.append(f"  {e}: [{', '.join(adv[e])}]")
    else:
        lines.append("advisory_addressed: {}")
    lines.append("notes:")
    for e in ELEMS:
        if e in notes:
            lines.append(f'  {e}: "{notes[e]}"')
    (OUT / f"{name}.expected.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")


def main():
    OUT.mkdir(parents=True, exist_ok=True)

    # Plan 1
    render_docx(plan1(), OUT / "h235-po-kromme-rijn-oost.docx",
                header="Ondersteuningsplan 2026-2030 | basisondersteuning - toelaatbaarheid - terugplaatsing - middelen - ouders",
                footer="SWV Passend Primair Onderwijs Kromme Rijn-Oost, PO 26-14")
    write_label("h235-po-kromme-rijn-oost", ["h235-po-kromme-rijn-oost.docx"], "po",
        {"plaatsing.criteria", "resultaten.monitoring"},
        {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
         "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
         "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        {"basisondersteuning": "ch 4.1 agreed ondergrens for every vestiging + 4.2 twelve concrete standaarden; 4.3 borging via kwaliteitskaart",
         "plaatsing": "ch 5.2-5.6 procedure, two deskundigen, 6 weken, duur, bezwaar LBT; criteria explicitly deferred to herijking in first planjaar (5.3)",
         "terugstroom": "hidden in TLV chapter 5.5 'Afloop van de verklaring': so-school initiates by 1 maart, commissie decides; policy no automatic renewal + terugkeerarrangement 20 weken",
         "financien": "ch 9 'Geld en middelen': vaste voet + per-leerling bedrag, centrale arrangementen; besteding only in the meerjarenbegroting table 9.2",
         "dekkend-aanbod": "ch 6 continuum table basis->so; yearly gap analysis with concrete actions, thuiszittersoverleg, zorgplicht; ch 7 OOGO",
         "resultaten": "8.1 measurable beoogde resultaten; 8.2 monitoring deferred ('werken we uit ... volgt')",
         "ouders": "ch 10 'Communicatie': ouderpagina, schoolgids, info-avonden, brochure; independent Ouder- en Jeugdsteunpunt + Onderwijsconsulenten"})

    # Plan 2
    render_docx(plan2(), OUT / "h235-vo-vlietstroom.docx",
                footer="Samenwerkingsverband VO Vlietstroom - ondersteuningsplan 2026-2030")
    write_label("h235-vo-vlietstroom", ["h235-vo-vlietstroom.docx"], "vo",
        {"basisondersteuning.inhoud", "terugstroom.beleid", "financien.besteding"},
        {"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"], "dekkend-aanbod": ["ketenpartners"],
         "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        {"basisondersteuning": "'Wat mag elke leerling...': agreed equal minimum for every vestiging, but content only in absent bijlage 2 and the schools' schoolgidsen",
         "plaatsing": "'Hoe komt een leerling in het vso...': vso procedure + three criteria, categories; pro/lwoo national criteria and procedure; table; bezwaar LBT",
         "terugstroom": "procedure only as a table of steps under 'Wat gebeurt er na het vso?' (mostly uitstroom text); policy/conditions/support deferred to 2026-2027 notitie",
         "financien": "'Waar gaat het geld naartoe?': 70/30 verdeling, per-leerling bedrag, lwoo/pro pass-through; meerjarenbegroting p.m. / separate document",
         "dekkend-aanbod": "four layers incl. OPDC De Overstap, ISK; yearly gap inventory with actions, thuiszittersoverleg, zorgplicht",
         "resultaten": "'Wat willen we bereiken...': 2030 targets with numbers; four-monthly voortgangsrapportage, annual evaluation, jaarverslag",
         "ouders": "open dag/schoolgids/website/folder/info-avond; independent Ouder- en Jongerenpunt Vlietstroom + Onderwijsconsulenten"})

    # Plan 3
    render_pdf(plan3(), OUT / "h235-po-waterland-noord.pdf",
               footer="Passend Primair Waterland-Noord | Ondersteuningsplan 2026-2030 | financiën en informatie voor ouders")
    write_label("h235-po-waterland-noord", ["h235-po-waterland-noord.pdf"], "po",
        {"terugstroom.procedure", "financien.verdeling", "financien.besteding",
         "dekkend-aanbod.lacunes", "ouders.informatie"},
        {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
         "terugstroom": ["monitoring"], "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"],
         "ouders": ["betrokkenheid"]},
        {"basisondersteuning": "'Onze ondergrens' (ondersteuningsbelofte for every locatie) + 'Wat u op elke school aantreft' list",
         "plaatsing": "'Naar het speciaal (basis)onderwijs en terug': numbered steps, TLV-commissie 5 weken, sbo and so criteria, duur, categorie, bezwaar",
         "terugstroom": "'Terug naar een gewone school': policy, conditions, terugkeerarrangement; procedure (initiative, decision) deferred to 2026-2027",
         "financien": "only a reference to the meerjarenbegroting on the website and vision text; 'Financiën'/'verevening' only in footer and woordenlijst",
         "dekkend-aanbod": "continuum table in 'Als het meer moet zijn'; gap analysis deferred to 2027 addendum; zorgplicht/witte vlekken only in woordenlijst",
         "resultaten": "'Kwaliteit en middelen': table of beoogde resultaten with stand 2025; twice-yearly stand van zaken, jaarverslag, tussenevaluatie",
         "ouders": "steunpunt (Ouder- en Kindsteunpunt, Onderwijsconsulenten, klachten/geschillen) present; how parents are informed never described ('Informatie voor ouders' only in woordenlijst)"})

    # Plan 4
    render_pdf(plan4(), OUT / "h235-vo-zuid-kempen.pdf",
               header="SWV VO Zuid-Kempen — Ondersteuningsplan 2026-2030")
    write_label("h235-vo-zuid-kempen", ["h235-vo-zuid-kempen.pdf"], "vo",
        {"basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure",
         "resultaten.doelen", "resultaten.monitoring", "ouders.steunpunt"},
        {"plaatsing": ["duur-categorie"], "financien": ["reserves", "verantwoording"],
         "dekkend-aanbod": ["ketenpartners"], "ouders": ["betrokkenheid"]},
        {"basisondersteuning": "3.1 only defers herijking and refers to the previous plan's kaart and schoolgidsen; definition only in bijlage begrippen",
         "plaatsing": "3.2 criteria table for vso laag/midden/hoog, pro, lwoo; procedure referred to absent bijlage 4 (Protocol Toewijzing)",
         "terugstroom": "3.3 'Na het vso: de weg terug': uitgangspunt, voorwaarden, terugkeerbudget; werkwijze with oktober list, terugkeergesprek voor 1 april, decision",
         "financien": "ch 5 'Financieel kader': vaste voet + per leerling, arrangement maximum, meerjarenbegroting table",
         "dekkend-aanbod": "ch 4 network from school to vso incl. OPDC Leerplein; 4.1 thuiszittersteam, quarterly overview of pupils without a place, decision within 3 months",
         "resultaten": "ch 8 only bestuursverslag (financial) and deferral to herijking; 'beoogde resultaten'/'kwaliteitszorg' only in bijlage begrippen",
         "ouders": "ch 6 website/ouderpagina, info-avond, folder, letter; independent support only mentor/consulent and a 2027 deferral; OJSP only in begrippen"})

    # Plan 5
    render_md(plan5(), OUT / "h235-po-langstraat-west.md")
    write_label("h235-po-langstraat-west", ["h235-po-langstraat-west.md"], "po",
        {"basisondersteuning.niveau", "plaatsing.procedure", "plaatsing.criteria",
         "terugstroom.procedure", "terugstroom.beleid", "financien.verdeling",
         "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "resultaten.doelen",
         "ouders.informatie", "ouders.steunpunt"},
        {"financien": ["reserves", "verantwoording"], "resultaten": ["meetbaar"]},
        {"basisondersteuning": "B1 explicitly says no shared ondergrens yet (to be set in 2027); but lists what every one of the 29 schools has now",
         "plaatsing": "B2 only refers to a website; TLV only in begrippen",
         "terugstroom": "nothing; terugplaatsing only in begrippen",
         "financien": "B4 besteding table 2026-2029 with amounts; verdeelmodel expires and new one deferred to spring 2027",
         "dekkend-aanbod": "nothing beyond the statutory aim in A2 and the begrippen entry; no continuum, no thuiszitters",
         "resultaten": "B3 monitoring (four indicators, quarterly, June evaluation, jaarverslag) but goals deferred to each jaarplan",
         "ouders": "nothing: parents only in passing; OJSP only in begrippen"})

    # Near-miss
    render_docx(nearmiss(), OUT / "h235-nearmiss-school-wilgenhoek.docx",
                header="OBS De Wilgenhoek — ondersteuningsplan (leerlingenzorg)")
    (OUT / "h235-nearmiss-school-wilgenhoek.expected.yaml").write_text(
        "documents: [h235-nearmiss-school-wilgenhoek.docx]\n"
        "sector: po\n"
        "looks_like_plan: false\n"
        "elements: {}\n"
        "criteria: {}\n"
        "notes:\n"
        '  document: "School-level ondersteuningsplan (zorgniveaus, groepsbesprekingen) of one basisschool, '
        'not the ondersteuningsplan of a samenwerkingsverband; mentions SWV, TLV, arrangementen, ouder- en '
        'jeugdsteunpunt only as external context"\n', encoding="utf-8")


if __name__ == "__main__":
    main()
