#!/usr/bin/env python3
"""Generate the holdout256 test set: five fictional ondersteuningsplannen of
samenwerkingsverbanden passend onderwijs plus one near-miss document.

Deterministic, no network. Output is written next to this script's parent
folder (../). PDFs are rendered from .docx with LibreOffice (soffice).
Labels (*.expected.yaml) are written by hand below, not derived from text.
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
# block helpers: ("title", t) ("h1", t) ("h2", t) ("p", t) ("ul", [..])
# ("table", [[hdr..], [row..], ..]) ("toc", [lines]) ("pagebreak", None)
# ---------------------------------------------------------------------------

def H1(t):
    return ("h1", t)


def H2(t):
    return ("h2", t)


def P(t):
    return ("p", t)


def UL(*items):
    return ("ul", list(items))


def TAB(rows):
    return ("table", rows)


def TOC(lines):
    return ("toc", lines)


def BR():
    return ("pagebreak", None)


def word_count(blocks):
    n = 0
    for kind, val in blocks:
        if kind in ("h1", "h2", "p", "title", "sub"):
            n += len(val.split())
        elif kind in ("ul", "toc"):
            n += sum(len(x.split()) for x in val)
        elif kind == "table":
            n += sum(len(str(c).split()) for r in val for c in r)
    return n


def write_docx(blocks, path, header=None, footer=None):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    if header:
        sec.header.paragraphs[0].text = header
    if footer:
        sec.footer.paragraphs[0].text = footer
    for kind, val in blocks:
        if kind == "title":
            doc.add_heading(val, level=0)
        elif kind == "sub":
            doc.add_paragraph(val)
        elif kind == "h1":
            doc.add_heading(val, level=1)
        elif kind == "h2":
            doc.add_heading(val, level=2)
        elif kind == "p":
            doc.add_paragraph(val)
        elif kind == "ul":
            for it in val:
                doc.add_paragraph(it, style="List Bullet")
        elif kind == "toc":
            doc.add_heading("Inhoudsopgave", level=1)
            for line in val:
                doc.add_paragraph(line)
        elif kind == "table":
            t = doc.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for i, row in enumerate(val):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = str(cell)
            doc.add_paragraph("")
        elif kind == "pagebreak":
            doc.add_page_break()
    doc.save(str(path))


def write_html(blocks, path, title):
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           f"<title>{e(title)}</title>", "</head>", "<body>",
           f'<header class="site-header"><p>{e(title)}</p></header>', "<main>"]
    for kind, val in blocks:
        if kind == "title":
            out.append(f"<h1>{e(val)}</h1>")
        elif kind == "sub":
            out.append(f'<p class="subtitle">{e(val)}</p>')
        elif kind == "h1":
            out.append(f"<h2>{e(val)}</h2>")
        elif kind == "h2":
            out.append(f"<h3>{e(val)}</h3>")
        elif kind == "p":
            out.append(f"<p>{e(val)}</p>")
        elif kind == "ul":
            out.append("<ul>" + "".join(f"<li>{e(x)}</li>" for x in val) + "</ul>")
        elif kind == "toc":
            out.append('<nav class="toc"><h2>Inhoud</h2><ol>' +
                       "".join(f"<li>{e(x)}</li>" for x in val) + "</ol></nav>")
        elif kind == "table":
            rows = ["<tr>" + "".join(f"<th>{e(str(c))}</th>" for c in val[0]) + "</tr>"]
            for r in val[1:]:
                rows.append("<tr>" + "".join(f"<td>{e(str(c))}</td>" for c in r) + "</tr>")
            out.append("<table>" + "".join(rows) + "</table>")
    out += ["</main>", "<footer><p>&copy; 2026 Samenwerkingsverband VO Zuiderstroom</p></footer>",
            "</body>", "</html>"]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def docx_to_pdf(docx_path, pdf_path):
    tmp = Path(tempfile.mkdtemp(prefix="holdout256_soffice_"))
    try:
        src = tmp / docx_path.name
        shutil.copy(docx_path, src)
        subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp}/profile",
                        "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
        shutil.copy(tmp / (docx_path.stem + ".pdf"), pdf_path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


# ---------------------------------------------------------------------------
# shared filler (texts that use the vocabulary without addressing elements)
# ---------------------------------------------------------------------------

def voorwoord(c, v):
    a = [
        f"Voor u ligt het ondersteuningsplan {c['periode']} van {c['naam']}. Het is het derde plan sinds de invoering van passend onderwijs in 2014, en misschien wel het plan waar het meest over is gepraat: met intern begeleiders, directeuren, bestuurders, de leden van de ondersteuningsplanraad en met de gemeenten in onze regio. Wij danken iedereen die heeft meegedacht.",
        f"Vier jaar geleden schreven wij dat passend onderwijs vooral een kwestie van vertrouwen is. Dat vinden wij nog steeds. Tegelijk hebben we geleerd dat vertrouwen niet genoeg is: scholen, ouders en partners willen weten waar ze aan toe zijn. Dit plan {c['periode']} is daarom korter en, hopen we, helderder dan het vorige.",
    ][v % 2]
    b = [
        f"Ons verband is klein. Met {c['n']} scholen voor basisonderwijs, speciaal basisonderwijs en speciaal onderwijs kennen de mensen elkaar. Dat is een kracht, maar het maakt ons ook kwetsbaar: als één school een moeilijk jaar heeft, merken we dat allemaal. Dat vraagt om goede afspraken en om de bereidheid om elkaar aan te spreken.",
        f"Wij zijn een overzichtelijk verband: {c['n']} scholen, {c['besturen']} schoolbesturen en {c['gem_n']} gemeenten. Korte lijnen zijn vanzelfsprekend, maar vanzelfsprekendheid is ook een risico. In de afgelopen periode zagen we dat afspraken soms per school anders werden uitgelegd.",
    ][v % 2]
    d = (f"Het plan is besproken in het op overeenstemming gericht overleg met de gemeenten {c['gemeenten']} en heeft de instemming gekregen van de ondersteuningsplanraad. Wij wensen u veel leesplezier en nodigen u uit om met ons in gesprek te blijven over wat dit plan in de praktijk betekent voor leerlingen, leerkrachten en ouders.")
    return [H1("Voorwoord"), P(a), P(b), P(d), P(f"{c['directeur']}, directeur-bestuurder")]


def missie_visie(c, v):
    return [
        H1("Missie en visie"),
        P(f"{c['naam']} heeft als opdracht om samen met de aangesloten schoolbesturen te zorgen dat alle kinderen in de regio {c['regio']} een ononderbroken ontwikkeling kunnen doormaken. Wij zijn geen schoolbestuur en geven zelf geen onderwijs; wij faciliteren, verbinden en maken afspraken die voor alle scholen gelden."),
        P("Onze visie laat zich samenvatten in drie woorden: thuisnabij, samen en eerlijk. Thuisnabij, omdat kinderen het liefst naar school gaan in hun eigen dorp of wijk, met de kinderen uit de buurt. Samen, omdat geen school alles alleen kan en ouders, school en partners elk een deel van het antwoord hebben. Eerlijk, omdat schaarse middelen terecht moeten komen waar ze het meeste verschil maken."),
        P(["Wij geloven dat elk kind talenten heeft en dat de leerkracht het verschil maakt. Leerkrachten moeten daarom de ruimte, de tijd en de ondersteuning krijgen om goed onderwijs te geven aan een steeds diverser samengestelde groep. Een arrangement op papier helpt een kind niet; een leerkracht die zich gesteund voelt wel.",
           "Wij kijken naar wat een kind nodig heeft en niet naar wat een kind 'heeft'. Diagnoses en labels zijn soms nuttig, maar zijn nooit het vertrekpunt van onze gesprekken. Het vertrekpunt is de vraag wat deze leerling, in deze groep, bij deze leerkracht nodig heeft om zich te ontwikkelen."][v % 2]),
        P("Ambities voor de komende planperiode zijn: de kwaliteit van de ondersteuning in de groep verder versterken, de samenwerking met jeugdhulp vanzelfsprekender maken en de administratieve last voor scholen verminderen. Deze ambities zijn richtinggevend; de uitwerking per jaar staat in het jaarplan."),
    ]


def governance(c, v):
    return [
        H1("Organisatie en governance"),
        P(f"{c['naam']} is een stichting. Het bestuur bestaat uit de bestuurders van de {c['besturen']} aangesloten schoolbesturen en vormt samen de Algemene Vergadering. De dagelijkse leiding ligt bij een directeur-bestuurder. Het toezicht is belegd bij een raad van toezicht van drie onafhankelijke leden, die zich laat adviseren door een auditcommissie."),
        P("Wij hanteren de Code Goed Bestuur van de {raad}.".format(raad=c.get('raad', 'PO-Raad')) + " Het scheiden van bestuur en toezicht is in 2021 ingevoerd en in 2024 geëvalueerd. Uit de evaluatie bleek dat de rollen helder zijn, maar dat de informatievoorziening aan de raad van toezicht beter kon. Daarom ontvangt de raad sinds 2025 elk kwartaal een managementrapportage."),
        P("Het bureau van het samenwerkingsverband is bewust klein gehouden: naast de directeur-bestuurder werken er een beleidsmedewerker, een secretaresse, een controller (gedetacheerd) en een team van consulenten passend onderwijs. Het bureau is gevestigd in " + c['plaats'] + "."),
    ]


def medezeggenschap(c, v, with_parents=True):
    comp = (f"De ondersteuningsplanraad (OPR) bestaat uit {c['opr']} leden: de helft ouders en de helft personeelsleden van de aangesloten scholen, afgevaardigd door de medezeggenschapsraden. " if with_parents
            else f"De ondersteuningsplanraad (OPR) telt {c['opr']} leden, afgevaardigd door de medezeggenschapsraden van de aangesloten scholen. ")
    return [
        H1("Medezeggenschap"),
        P(comp + "De OPR heeft instemmingsrecht op het ondersteuningsplan en op wijzigingen daarvan. Daarnaast heeft het verband een eigen medezeggenschapsraad voor het personeel van het bureau."),
        P(f"De OPR heeft op {c['opr_datum']} ingestemd met dit plan. De raad vergadert zes keer per jaar en ontvangt jaarlijks scholing. Voor de voorbereiding van dit plan is de OPR al in een vroeg stadium betrokken via twee themabijeenkomsten."),
    ]


def oogo(c, v, substantive=True):
    out = [H1("Samenwerking met gemeenten (OOGO)"),
           P(f"Het ontwerp van dit plan is op {c['oogo_datum']} besproken in het op overeenstemming gericht overleg (OOGO) met de wethouders onderwijs en jeugd van de gemeenten {c['gemeenten']}. Het verslag van dit overleg is vastgesteld door alle partijen. Ook is overleg gevoerd met het samenwerkingsverband {c.get('ander', 'voortgezet onderwijs')} in de regio, met name over de overstap van groep 8 naar het voortgezet onderwijs.")]
    if substantive:
        out.append(P("Met de gemeenten hebben wij afgesproken dat jeugdhulp en onderwijsondersteuning elkaar aanvullen. Op elke school is een vast aanspreekpunt van het sociaal team of het centrum voor jeugd en gezin beschikbaar, dat eens per zes weken aanschuift bij het ondersteuningsteam. Voor leerlingen die zowel onderwijs als zorg nodig hebben, zetten we onderwijs-zorgarrangementen in die deels door de gemeente en deels door het verband worden bekostigd. Leerlingenvervoer en onderwijshuisvesting blijven onderwerp van het jaarlijkse OOGO."))
    else:
        out.append(P("Het OOGO vindt ten minste eenmaal per jaar plaats. De agenda wordt samen met de beleidsambtenaren voorbereid. Onderwerpen die in de afgelopen periode aan de orde kwamen waren leerlingenvervoer, onderwijshuisvesting en de regionale arbeidsmarkt voor leerkrachten."))
    return out


def personeel(c, v):
    return [
        H1("Personeel en professionalisering"),
        P("Het lerarentekort raakt ook onze regio. Scholen hebben moeite om vacatures voor intern begeleiders en leerkrachten in te vullen, vooral op de kleinere dorpsscholen. Het samenwerkingsverband is geen werkgever van leerkrachten, maar wil wel bijdragen aan een aantrekkelijke regio om in te werken."),
        P("Wij organiseren een netwerk voor intern begeleiders dat vier keer per jaar bijeenkomt, een leergang voor startende intern begeleiders en jaarlijks een studiedag voor alle medewerkers van de aangesloten scholen. Thema's worden gekozen op voordracht van de scholen; de afgelopen jaren waren dat onder andere gedrag in de groep, meer- en hoogbegaafdheid, jonge risicoleerlingen en het gesprek met ouders."),
        P("De consulenten van het verband zijn orthopedagoog of onderwijskundige en hebben een registratie bij NVO of NIP, of werken daar naartoe. Zij volgen jaarlijks ten minste veertig uur scholing."),
    ]


def ict_privacy(c, v):
    return [
        H1("Privacy en informatievoorziening"),
        P("Het samenwerkingsverband verwerkt persoonsgegevens van leerlingen, waaronder soms gegevens over gezondheid. Wij doen dat alleen als het nodig is voor onze wettelijke taken en bewaren gegevens niet langer dan nodig. Wij hebben een functionaris gegevensbescherming aangesteld die wij delen met twee andere samenwerkingsverbanden."),
        P("Aanvragen en dossiers worden uitgewisseld via een beveiligde digitale omgeving. E-mail wordt niet gebruikt voor het versturen van dossiers. In 2025 is een datalek-protocol vastgesteld en zijn alle medewerkers getraind in veilig werken. Het privacyreglement ligt ter inzage op het bureau."),
    ]


def planning(c, v):
    return [
        H1("Planning en jaarcyclus"),
        P("Dit ondersteuningsplan geeft de koers voor vier jaar. Elk jaar maken wij een jaarplan met een bijbehorende begroting. In het jaarverslag blikken wij terug. Halverwege de planperiode houden wij een tussenevaluatie met de OPR en de schoolbesturen."),
        TAB([["Moment", "Activiteit", "Betrokkenen"],
             ["september", "vaststellen jaarplan", "bestuur, OPR (informatie)"],
             ["november", "begroting volgend kalenderjaar", "bestuur, raad van toezicht"],
             ["maart", "voorjaarsoverleg met schoolbesturen", "directeur-bestuurder, bestuurders"],
             ["juni", "jaarverslag en jaarrekening", "bestuur, raad van toezicht, OPR"],
             ["2028", "tussenevaluatie ondersteuningsplan", "alle geledingen"]]),
    ]



def leeswijzer(c, v):
    return [H1("Leeswijzer"),
            P("Dit plan volgt in grote lijnen de onderwerpen die de wet voor een ondersteuningsplan noemt. Na de context en de visie komen achtereenvolgens aan bod: de ondersteuning op de scholen, de toelaatbaarheid tot het speciaal (basis)onderwijs, de terugplaatsing, de financiën, de resultaten en de informatie aan ouders. Daarna volgen de hoofdstukken over organisatie, medezeggenschap en de samenwerking met de gemeenten. Achter in het plan staan de bijlagen."),
            P("Waar in dit plan 'school' staat, bedoelen wij ook de nevenvestigingen en dependances. Waar 'ouders' staat, bedoelen wij ook verzorgers en voogden. Het plan is geschreven voor een breed publiek; wij hebben geprobeerd jargon zo veel mogelijk te vermijden. Waar dat niet lukte, vindt u een uitleg in de begrippenlijst.")]


def totstandkoming(c, v):
    return [H1("Totstandkoming van dit plan"),
            P(f"Aan dit plan is ruim een jaar gewerkt. In het voorjaar van 2025 is een stuurgroep gestart met een afvaardiging van de schoolbesturen, twee directeuren, twee intern begeleiders en de beleidsmedewerker van het verband. De stuurgroep kwam acht keer bijeen en legde haar tussenresultaten steeds voor aan het bestuur."),
            P("In september en oktober 2025 hielden wij drie regionale bijeenkomsten voor intern begeleiders en directeuren, waar in totaal ruim negentig mensen aan deelnamen. Daarnaast vulden de directeuren een korte vragenlijst in over hun ervaringen met de werkwijze van het verband. De belangrijkste opbrengst: scholen waarderen de korte lijnen en de persoonlijke contacten, maar vinden de procedures soms te ingewikkeld en de doorlooptijden te lang."),
            P("Het eerste concept is in december 2025 besproken met de ondersteuningsplanraad in een themabijeenkomst. De opmerkingen van de raad zijn verwerkt in een tweede concept, dat in januari en februari 2026 is besproken in het OOGO en in het overleg met het samenwerkingsverband {ander}.".format(ander=c.get('ander', 'voortgezet onderwijs')) + " Na verwerking van de reacties is het plan ter instemming aan de ondersteuningsplanraad voorgelegd en daarna door het bestuur vastgesteld. Het plan wordt vóór 1 mei 2026 aan de inspectie gezonden.")]


def ontwikkelingen(c, v):
    return [H1("Ontwikkelingen in onze omgeving"),
            P("Passend onderwijs staat landelijk volop in de belangstelling. Na de evaluatie in 2020 is de verbeteraanpak passend onderwijs gestart, met als stip op de horizon inclusiever onderwijs in 2035. Voor samenwerkingsverbanden betekent dit onder meer dat van ons wordt verwacht dat wij duidelijker verantwoorden wat wij doen, dat wij onze reserves niet onnodig laten oplopen en dat wij de samenwerking met de gemeenten versterken."),
            P("Daarnaast zijn er nieuwe wetten in aantocht of al van kracht. De Wet versterking positie ouders en leerlingen regelt onder andere het hoorrecht voor leerlingen en verplicht ieder samenwerkingsverband tot een ouder- en jeugdsteunpunt. Over de landelijke norm voor basisondersteuning is in 2025 advies uitgebracht; wanneer die norm wettelijk wordt vastgelegd, is nog niet bekend."),
            P(f"In de regio {c['regio']} zien wij vooral de gevolgen van krimp. Het aantal leerlingen daalt in de kleine kernen met één tot twee procent per jaar, terwijl in de grotere plaatsen nieuwbouwwijken juist jonge gezinnen aantrekken. Enkele scholen zijn de afgelopen jaren gefuseerd of hebben een nevenvestiging gesloten. Tegelijk neemt het aantal leerlingen met een migratieachtergrond toe, onder wie kinderen van arbeidsmigranten en statushouders. Het lerarentekort is in onze regio minder groot dan in de Randstad, maar vooral bij vervanging bij ziekte merken scholen dat het steeds moeilijker wordt.")]


def terugblik(c, v):
    return [H1("Terugblik op de vorige planperiode"),
            P("De vorige planperiode was een periode van veranderingen. Het bureau is verhuisd, er is een nieuwe directeur-bestuurder aangetreden en de scheiding tussen bestuur en toezicht is doorgevoerd. Het team consulenten is uitgebreid en werkt sinds 2023 volgens een vaste werkverdeling per school, zodat iedere school één vast gezicht heeft."),
            P("In 2024 heeft een extern bureau de werkwijze van het verband geëvalueerd. Uit die evaluatie kwam naar voren dat scholen de betrokkenheid en de deskundigheid van de consulenten hoog waarderen. Kritischer waren de scholen over de hoeveelheid formulieren en over de bereikbaarheid van het bureau in de zomerperiode. Beide punten hebben wij opgepakt: het aantal formulieren is gehalveerd en het bureau is sinds 2025 ook in de laatste twee weken van de zomervakantie bereikbaar."),
            P("De coronaperiode heeft ook in onze regio sporen nagelaten. Scholen signaleren meer leerlingen met taalachterstanden en meer onrust in de klas. Deze signalen nemen wij mee in de keuzes die wij in dit plan maken.")]


def werkgeverschap(c, v):
    return [H1("Het bureau als werkgever"),
            P("Het samenwerkingsverband is werkgever van de medewerkers van het bureau en van de consulenten. Wij volgen de cao {sector}.".format(sector=c.get('cao', 'primair onderwijs')) + " Iedere medewerker heeft jaarlijks een ontwikkelgesprek en eens in de twee jaar een beoordelingsgesprek. Het ziekteverzuim lag in 2025 op 3,9% en daarmee onder het sectorgemiddelde."),
            P("Omdat het team klein is, is de kwetsbaarheid groot bij langdurige uitval. Wij hebben daarom afspraken gemaakt met twee naburige samenwerkingsverbanden over onderlinge vervanging. Ook investeren wij in duurzame inzetbaarheid: medewerkers kunnen gebruikmaken van een budget voor coaching en loopbaanbegeleiding, en er is aandacht voor werkdruk in de teamoverleggen."),
            P("Het bureau werkt zo veel mogelijk plaatsonafhankelijk. Consulenten zijn het grootste deel van de week op de scholen aanwezig en gebruiken het kantoor vooral voor overleg en administratie.")]


def speerpunten(c, v):
    return [H1("Speerpunten voor het eerste planjaar"),
            P("In het eerste jaar van deze planperiode zetten wij in op een beperkt aantal speerpunten. Wij willen de administratieve last voor intern begeleiders verder verminderen, onder meer door het digitale aanvraagportaal te koppelen aan de leerlingadministratie. Wij gaan onderzoeken hoe wij kennis tussen scholen beter kunnen delen, bijvoorbeeld via lerende netwerken rond gedrag en jonge kinderen. En wij werken aan een heldere en herkenbare huisstijl voor alle communicatie van het verband."),
            P("Deze speerpunten worden uitgewerkt in het jaarplan 2026-2027. Daarin staan ook de activiteiten, de verantwoordelijken en de planning. Het jaarplan wordt in september 2026 door het bestuur vastgesteld en ter informatie aan de ondersteuningsplanraad gestuurd.")]


def kennisdeling(c, v):
    return [H1("Kennisdeling en netwerken"),
            P("Kennis over passend onderwijs zit vooral in de hoofden van leerkrachten, intern begeleiders en specialisten op de scholen. Het verband ziet het als zijn taak om die kennis te laten stromen. Daarvoor organiseren wij lerende netwerken, waarin professionals van verschillende scholen elkaar een schooljaar lang zes keer ontmoeten rond een zelfgekozen vraag. In 2025-2026 draaiden er netwerken over executieve functies, het jonge kind, rekenen en meertaligheid."),
            P("Daarnaast werken wij samen met de pabo en met een lectoraat van de hogeschool in de regio. Studenten doen onderzoek op onze scholen en de uitkomsten worden teruggekoppeld in de netwerken. Eens per jaar organiseren wij een regionale conferentie met een landelijke spreker, waar ook bestuurders, gemeenten en partners voor worden uitgenodigd. De opbrengsten van de netwerken delen wij via korte artikelen in de nieuwsbrief van het verband.")]



def inclusief(c, v):
    return [H1("Op weg naar inclusiever onderwijs"),
            P("De landelijke stip op de horizon is inclusiever onderwijs in 2035: zo veel mogelijk kinderen gaan samen naar school in hun eigen omgeving, en kinderen met en zonder beperking leren met en van elkaar. Wij onderschrijven die ambitie, maar willen er ook eerlijk over zijn: de weg ernaartoe is lang en vraagt meer dan goede bedoelingen. Gebouwen moeten toegankelijk zijn, leerkrachten moeten zich toegerust voelen en ouders moeten erop kunnen vertrouwen dat hun kind niet tekortkomt."),
            P("In deze planperiode verkennen wij samen met de schoolbesturen wat inclusiever onderwijs in onze regio kan betekenen. Wij doen dat niet met een blauwdruk, maar door goede voorbeelden zichtbaar te maken en te leren van scholen die al stappen zetten. Denk aan scholen die hun personeel gezamenlijk scholen of die bij een verbouwing meteen de toegankelijkheid van het gebouw verbeteren. Wij kiezen bewust voor een geleidelijke aanpak: liever kleine stappen die beklijven dan grote plannen die op papier blijven."),
            P("Wij zijn ons ervan bewust dat inclusiever onderwijs niet alleen een zaak van het onderwijs is. Gemeenten, zorgaanbieders, kinderopvang en ouders zijn nodig om het te laten slagen. Het gesprek daarover voeren wij in de komende jaren in de bestaande overlegstructuren.")]


def bestuurlijke_samenwerking(c, v):
    return [H1("Samenwerking met andere samenwerkingsverbanden"),
            P(f"{c['naam']} werkt samen met de naburige samenwerkingsverbanden in de provincie. De directeuren komen zes keer per jaar bijeen om ervaringen uit te wisselen en gezamenlijke vraagstukken te bespreken, zoals de inkoop van expertise, de scholing van consulenten en de afstemming over leerlingen die over de grens van het verband naar school gaan."),
            P("Met het samenwerkingsverband voor {ander} in onze regio is er".format(ander=c.get('ander', 'voortgezet onderwijs')) + " een vast bestuurlijk overleg twee keer per jaar. Daarnaast delen wij de functionaris gegevensbescherming en de controller. Samenwerking levert ons kennis en schaalvoordeel op, zonder dat wij onze eigen koers en de korte lijnen met onze scholen opgeven.")]


def thuiszitters_passing(c):
    return P("Ook in onze regio zijn er kinderen die korter of langer niet naar school gaan. Het onderwerp staat op de agenda van het bestuur en van het OOGO.")


# ---------------------------------------------------------------------------
# PLAN 1  PO  De Waddenkring  (.docx)
# ---------------------------------------------------------------------------
C1 = dict(naam="Samenwerkingsverband Passend Primair Onderwijs De Waddenkring", code="PO 20-09",
          periode="2026-2030", n=18, besturen=3, gem_n=3, gemeenten="Noorderzand, Harlingerhoek en Pietersbierum-Oost",
          regio="Noordkust", directeur="Jelle Hoekstra", plaats="Noorderzand", opr=8,
          opr_datum="17 maart 2026", oogo_datum="3 februari 2026")


def plan1():
    c = C1
    b = [("title", "Ondersteuningsplan 2026-2030"), ("sub", c["naam"] + " (" + c["code"] + ")"),
         ("sub", "Vastgesteld door het bestuur op 14 april 2026"), BR(),
         TOC(["Voorwoord", "1 Ons verband in cijfers", "2 Missie en visie", "3 De ondergrens: wat elke school biedt",
              "4 Van licht naar zwaar: het ondersteuningscontinuüm", "5 Toelaatbaarheid speciaal (basis)onderwijs",
              "6 Geld en middelen", "7 Opbrengsten en ambities", "8 Communicatie", "9 Medezeggenschap",
              "10 Samenwerking met gemeenten (OOGO)", "11 Personeel en professionalisering", "12 Planning en jaarcyclus",
              "Bijlage 1 Begrippenlijst", "Bijlage 2 Meerjarenbegroting", "Bijlage 3 Ouderinformatie en steunpunt"])]
    b += voorwoord(c, 0) + leeswijzer(c, 0)
    b += [H1("1 Ons verband in cijfers"),
          P("Het samenwerkingsverband omvat het gebied van drie plattelandsgemeenten aan de Noordkust. Er zijn veertien basisscholen, twee scholen voor speciaal basisonderwijs (één met twee locaties) en één school voor speciaal onderwijs cluster 3 en 4 met een dependance. Het aantal leerlingen daalt licht, vooral in de kleine kernen."),
          TAB([["Kengetal (1 oktober)", "2022", "2023", "2024", "2025"],
               ["leerlingen basisonderwijs", "3.412", "3.377", "3.301", "3.268"],
               ["leerlingen sbo", "121", "118", "126", "131"],
               ["leerlingen so", "64", "69", "71", "70"],
               ["deelnamepercentage sbo", "3,4%", "3,4%", "3,6%", "3,8%"],
               ["deelnamepercentage so", "1,8%", "2,0%", "2,1%", "2,1%"]]),
          P("De deelname aan het speciaal basisonderwijs ligt boven het landelijk gemiddelde. Daar zijn verklaringen voor: in de kleine kernen is de groep vaak een combinatiegroep met drie leerjaren en is de spreiding in ondersteuningsbehoefte groot.")]
    b += missie_visie(c, 0) + inclusief(c, 0)
    b += [H1("3 De ondergrens: wat elke school biedt"),
          P("In de vorige planperiode spraken wij over 'basisondersteuning' en merkten we dat iedereen daar iets anders onder verstond. In dit plan spreken we daarom van de ondergrens. De ondergrens is het niveau van ondersteuning dat alle achttien scholen van ons verband, op elke locatie en dus ook op de dependances, zonder aanvraag en zonder extra middelen van het verband aan elke leerling bieden. Een school mag meer doen, maar niet minder. De ondergrens is door alle drie de schoolbesturen vastgesteld en geldt vanaf 1 augustus 2026."),
          P("Concreet mag een ouder op iedere school in ons verband het volgende verwachten:"),
          UL("een intern begeleider die ten minste één dag per week per 100 leerlingen beschikbaar is, met een minimum van één dag per week op de kleinste school;",
             "een leerlingvolgsysteem en twee keer per jaar een groepsbespreking waarin de leerkracht en de intern begeleider de ontwikkeling van iedere leerling bespreken;",
             "een handelingsplan of groepsplan met aantekeningen over aanpassingen in instructie, verwerking en tijd voor leerlingen die dat nodig hebben;",
             "een dyslexieprotocol en een dyscalculieprotocol volgens de landelijke protocollen, inclusief de begeleiding tot en met de aanvraag van vergoede diagnostiek;",
             "een aanbod voor leerlingen die meer aankunnen, in elk geval compacten en verrijken vanaf groep 3;",
             "een methode voor sociaal-emotionele ontwikkeling en een anti-pestcoördinator;",
             "afspraken over medisch handelen en over het toedienen van medicijnen;",
             "een ondersteuningsteam dat ten minste vier keer per jaar bijeenkomt, waarin naast de intern begeleider een consulent van het verband en een medewerker van het sociaal team zitten;",
             "een ontwikkelingsperspectiefplan voor iedere leerling die op een eigen leerlijn werkt."),
          P("Elke school legt in haar jaarlijkse kwaliteitsrapportage aan het eigen bestuur vast hoe zij deze ondergrens invult. Eens in de twee jaar bezoekt een consulent van het verband iedere school met de kwaliteitskaart ondergrens. Scoort een school op één of meer punten onvoldoende, dan maakt de school met haar bestuur een verbeterplan en bespreekt de directeur-bestuurder de voortgang na zes maanden met het schoolbestuur.")]
    b += [H1("4 Van licht naar zwaar: het ondersteuningscontinuüm"),
          P("Boven de ondergrens onderscheiden we drie lagen. Samen vormen ze ons continuüm van ondersteuning. Elke laag bouwt voort op de vorige; een leerling kan op elk moment weer een stap terug zetten."),
          TAB([["Laag", "Wat", "Waar", "Wie beslist"],
               ["Ondergrens", "zie hoofdstuk 3", "elke school", "school"],
               ["Extra ondersteuning op school", "arrangement van de school uit het schoolbudget, bv. RT, kleine groep, gedragsspecialist", "eigen school", "school na bespreking in het ondersteuningsteam"],
               ["Bovenschoolse arrangementen", "schakelklas taal (Noorderzand), plusklas (2 locaties), ambulante begeleiding gedrag vanuit het sbo", "op een andere school of ambulant", "consulent van het verband"],
               ["Speciaal (basis)onderwijs", "sbo De Klimop, sbo De Wierde, so De Vaart", "sbo/so", "commissie toelaatbaarheid"]]),
          H2("Geen kind tussen wal en schip"),
          P("Ons aanbod is pas dekkend als er voor ieder kind een passende plek is. Twee keer per jaar, in november en in mei, bespreken de consulenten met de intern begeleiders per school welke leerlingen geen passend aanbod hebben of dreigen uit te vallen. De uitkomsten komen samen in de signaleringslijst, die de directeur-bestuurder voorlegt aan het bestuur. Ontbreekt er structureel een voorziening, dan doet het bureau binnen drie maanden een voorstel, zoals in 2024 de plusklas in Harlingerhoek."),
          P("Voor thuiszitters geldt: binnen vijf schooldagen na de melding door school of leerplicht komt er een overleg met ouders, school, leerplichtambtenaar en consulent. De zorgplicht van het schoolbestuur blijft staan, maar als partijen er na zes weken niet uitkomen, neemt de directeur-bestuurder een besluit over de plek en de bekostiging (doorzettingsmacht).")]
    b += [H1("5 Toelaatbaarheid speciaal (basis)onderwijs"),
          P("Wanneer een leerling meer nodig heeft dan de reguliere basisschool met de bovenschoolse arrangementen kan bieden, kan het schoolbestuur van de school waar de leerling staat ingeschreven een toelaatbaarheidsverklaring (TLV) aanvragen voor het sbo of het so."),
          H2("Stappen"),
          UL("Stap 1: de school bespreekt de leerling in het ondersteuningsteam, met de ouders erbij, en vult het groeidocument aan met een actueel ontwikkelingsperspectief.",
             "Stap 2: de school dient de aanvraag digitaal in bij het loket van het verband, met het groeidocument, het onderwijskundig rapport en de zienswijze van de ouders.",
             "Stap 3: twee deskundigen geven elk een eigen schriftelijk advies: een orthopedagoog of psycholoog en, afhankelijk van de leerling, een tweede deskundige zoals een maatschappelijk werker of kinderarts. Zij zijn niet betrokken geweest bij de aanvraag.",
             "Stap 4: de commissie toelaatbaarheid neemt binnen zes weken na ontvangst van een volledige aanvraag een besluit. Ouders ontvangen een kopie van beide adviezen."),
          H2("Wanneer is een leerling toelaatbaar?"),
          P("De commissie verklaart een leerling toelaatbaar tot het sbo als aan alle volgende voorwaarden is voldaan: de ondergrens en ten minste één bovenschools arrangement zijn gedurende minimaal zes maanden ingezet en geëvalueerd; de leerling heeft langdurig behoefte aan een kleinere groep en een intensiever pedagogisch klimaat dan de basisschool kan bieden; en de ontwikkeling stagneert op twee of meer gebieden. Voor het so geldt daarnaast dat de leerling een ondersteuningsbehoefte heeft op het gebied van gedrag, een verstandelijke beperking, een lichamelijke beperking of langdurige ziekte die zo intensief is dat ook het sbo geen passend aanbod kan doen."),
          P("Een TLV voor het sbo geldt in de regel twee schooljaren, een TLV voor het so drie schooljaren, steeds tot 31 juli. Voor het so wordt de bekostigingscategorie laag, midden of hoog vastgesteld op basis van het advies van de deskundigen. Ouders en het schoolbestuur kunnen binnen zes weken bezwaar maken; het verband is aangesloten bij de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen."),
          H2("Na de TLV: terug naar de reguliere basisschool"),
          P("Plaatsing in het sbo of so is voor ons geen eindstation. Ons uitgangspunt is dat een leerling teruggaat naar een reguliere basisschool, het liefst dicht bij huis, zodra de ondersteuningsbehoefte dat toelaat. Voorwaarde is dat de ontvangende school met een terugkeerarrangement de ondersteuning kan bieden die in het ontwikkelingsperspectief staat. Na de terugkeer krijgt de basisschool gedurende één schooljaar begeleiding van de sbo- of so-school (maximaal twee uur per week) en een bedrag van € 3.500 uit de middelen van het verband."),
          P("Elk jaar in januari bespreekt de sbo- of so-school bij de evaluatie van het ontwikkelingsperspectief of terugplaatsing mogelijk is. In het laatste jaar van de TLV gebeurt dit uiterlijk op 1 februari, in aanwezigheid van ouders en een consulent van het verband. Adviseert de school terugplaatsing, dan zoeken ouders met hulp van de consulent een basisschool; het schoolbestuur van die school beslist over de inschrijving. Adviseert de school verlenging, dan vraagt zij vóór 1 april een nieuwe TLV aan volgens de procedure hierboven.")]
    b += [H1("6 Geld en middelen"),
          P("Het verband ontvangt van het Rijk middelen voor lichte en zware ondersteuning. Na aftrek van de afdrachten voor het so en de verrekening voor het sbo blijft er een bedrag over dat wij verdelen volgens vaste afspraken."),
          P("Iedere school ontvangt een schoolbudget van € 148 per leerling op de teldatum van 1 oktober van het voorafgaande jaar, met een vaste voet van € 7.500 per school om kleine scholen niet te benadelen. Bovenschoolse arrangementen worden niet aan scholen uitgekeerd maar door het verband ingekocht bij de sbo-scholen op basis van een jaarlijkse dienstverleningsovereenkomst. Middelen voor thuiszitters en maatwerk kent de directeur-bestuurder toe op aanvraag, tot een maximum van € 15.000 per leerling per jaar."),
          P("Schoolbesturen verantwoorden in hun jaarverslag hoe het schoolbudget is ingezet. Hoe de inkomsten en uitgaven zich in de planperiode ontwikkelen, werken wij uit in de meerjarenbegroting die na de septembercirculaire wordt opgesteld en als bijlage 2 aan dit plan wordt toegevoegd. Tot die tijd geldt de begroting 2026 zoals vastgesteld door het bestuur.")]
    b += [H1("7 Opbrengsten en ambities"),
          P("In de afgelopen periode hebben wij veel bereikt, maar we konden het niet altijd laten zien. Voor deze planperiode formuleren wij daarom vooraf wat we willen bereiken voor leerlingen die extra ondersteuning nodig hebben:"),
          UL("in juli 2030 voldoen alle achttien scholen op alle punten aan de ondergrens;",
             "het deelnamepercentage sbo daalt van 3,8% naar ten hoogste 3,2%;",
             "geen enkele leerling zit langer dan drie maanden thuis zonder passend aanbod;",
             "ten minste vier leerlingen per jaar keren vanuit het sbo of so terug naar een reguliere basisschool;",
             "negen op de tien ouders van leerlingen met een arrangement zijn tevreden over de samenwerking met school."),
          P("Hoe wij deze ambities gaan volgen en hoe wij daarover rapporteren, leggen wij vast in een monitoringsplan. Dat plan stellen wij in de loop van het eerste planjaar op, samen met de kwaliteitsmedewerkers van de schoolbesturen.")]
    b += [H1("8 Communicatie"),
          P("Goede communicatie begint op school. De leerkracht en de intern begeleider zijn voor ouders het eerste aanspreekpunt. Het samenwerkingsverband blijft voor de meeste ouders op de achtergrond, en dat is ook goed zo."),
          P("Soms lopen gesprekken vast, of hebben ouders behoefte aan iemand die niet bij de school hoort. Ouders kunnen dan terecht bij het Ouder- en Jeugdsteunpunt Noordkust, dat wij samen met het samenwerkingsverband VO hebben ingericht. Het steunpunt is onafhankelijk van scholen en verband, is telefonisch bereikbaar op werkdagen en denkt mee, bemiddelt of gaat mee naar een gesprek. Ouders kunnen daarnaast kosteloos een onderwijsconsulent van Stichting Onderwijsconsulenten inschakelen. Komen partijen er niet uit, dan kunnen ouders een klacht indienen bij de klachtencommissie van het schoolbestuur of een geschil voorleggen aan de Geschillencommissie passend onderwijs."),
          P("Over de manier waarop wij ouders in de toekomst informeren over de ondersteuningsmogelijkheden in de regio, willen wij eerst met ouders zelf in gesprek. Een communicatieplan volgt in het schooljaar 2026-2027.")]
    b += bestuurlijke_samenwerking(c, 0) + medezeggenschap(c, 0) + oogo(c, 0) + personeel(c, 0) + ict_privacy(c, 0) + kennisdeling(c, 0) + planning(c, 0)
    b += [BR(), H1("Bijlage 1 Begrippenlijst"),
          TAB([["Begrip", "Omschrijving"],
               ["Basisondersteuning", "Het afgesproken niveau van ondersteuning dat alle scholen bieden; in dit plan 'ondergrens'."],
               ["Meerjarenbegroting", "Begroting van het verband voor meerdere kalenderjaren."],
               ["Ouder- en Jeugdsteunpunt", "Onafhankelijk steunpunt voor ouders en jeugdigen."],
               ["Resultaten", "Beoogde en bereikte uitkomsten van het beleid."],
               ["TLV", "Toelaatbaarheidsverklaring voor sbo of so."],
               ["Terugplaatsing", "Overstap van sbo of so naar het regulier basisonderwijs."]]),
          H1("Bijlage 2 Meerjarenbegroting"), P("p.m."),
          H1("Bijlage 3 Ouderinformatie en steunpunt"), P("Zie de website van het samenwerkingsverband.")]
    return b


LABEL1 = dict(
    documents=["po-waddenkring-op-2026-2030.docx"], sector="po", looks_like_plan=True,
    elements=dict(basisondersteuning="present", plaatsing="present", terugstroom="present", financien="partial",
                  **{"dekkend-aanbod": "present"}, resultaten="partial", ouders="partial"),
    criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
              "plaatsing.procedure": True, "plaatsing.criteria": True,
              "terugstroom.procedure": True, "terugstroom.beleid": True,
              "financien.verdeling": True, "financien.besteding": False,
              "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
              "resultaten.doelen": True, "resultaten.monitoring": False,
              "ouders.informatie": False, "ouders.steunpunt": True},
    advisory_addressed={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                        "financien": ["verantwoording"], "dekkend-aanbod": ["ketenpartners"],
                        "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
    notes={"basisondersteuning": "Ch.3 'De ondergrens' (term basisondersteuning only in glossary): minimum for all 18 schools + list + kwaliteitskaart.",
           "terugstroom": "Hidden inside ch.5 TLV chapter, subsection 'Na de TLV': policy, support after return, January/1 Feb evaluation, decision.",
           "financien": "Ch.6 'Geld en middelen' gives per-pupil distribution; meerjarenbegroting deferred to after septembercirculaire; Bijlage 2 is 'p.m.'.",
           "resultaten": "Ch.7 lists measurable goals; monitoring deferred to a monitoringsplan 'in de loop van het eerste planjaar' (ch.1 kengetallen table is context, not a monitoring description).",
           "ouders": "Ch.8 'Communicatie' names OJSP Noordkust, onderwijsconsulenten, klachten; informing parents deferred ('communicatieplan volgt'); Bijlage 3 only refers to website.",
           "dekkend-aanbod": "Ch.4 table of layers + 'Geen kind tussen wal en schip' signaleringslijst, thuiszitters, doorzettingsmacht."})


# ---------------------------------------------------------------------------
# PLAN 2  PO  Lingestroom  (.docx + .pdf)
# ---------------------------------------------------------------------------
C2 = dict(naam="Samenwerkingsverband PO Lingestroom", code="PO 26-11", periode="2026-2030", n=34, besturen=6, gem_n=4,
          gemeenten="Lingewaard-Zuid, Beesdel, Tielerwaard en Asperen-Heukelum", regio="Lingestroom",
          directeur="Marieke van der Steen", plaats="Beesdel", opr=12, opr_datum="2 april 2026", oogo_datum="22 januari 2026")


def plan2():
    c = C2
    b = [("title", "Ondersteuningsplan 2026-2030"), ("sub", c["naam"] + " — " + c["code"]),
         ("sub", "Samen sterk voor elk kind in de Lingestroom"), BR(),
         TOC(["Voorwoord", "1 Samenvatting", "2 Context en kengetallen", "3 Missie en visie", "4 Basisondersteuning",
              "5 De ondersteuningsstructuur", "6 Toewijzing en toelaatbaarheid", "6.4 Terugplaatsing",
              "7 Geld en middelen", "8 Kwaliteit en resultaten", "9 Ouders", "10 Organisatie en governance",
              "11 Medezeggenschap", "12 Samenwerking met gemeenten", "13 Planning", "Bijlage Afkortingen"])]
    b += voorwoord(c, 1)
    b += [H1("1 Samenvatting"),
          P("In dit plan beschrijven wij hoe de 34 scholen van ons verband samenwerken om ieder kind een passende plek te bieden. De belangrijkste veranderingen ten opzichte van het vorige plan zijn: een nieuw verdeelmodel waarin meer geld direct naar de scholen gaat, een vaste kwaliteitscyclus met tweejaarlijkse audits en een sterkere positie voor ouders. Het plan is op hoofdlijnen; waar nodig verwijzen wij naar het jaarplan."),
          P("Wij hebben bewust gekozen voor een compact plan. Een ondersteuningsplan dat niemand leest, helpt geen enkel kind. Daarom staan in dit plan vooral de afspraken die voor alle scholen gelden en de keuzes die het bestuur heeft gemaakt. De uitwerking in activiteiten en planning volgt ieder jaar in het jaarplan, en in het jaarverslag leggen wij verantwoording af over wat er van de plannen terecht is gekomen.")]
    b += [H1("2 Context en kengetallen"),
          P("Het verband telt 31 basisscholen, twee scholen voor speciaal basisonderwijs en één so-school met afdelingen voor cluster 3 en 4. In totaal gaan er ongeveer 7.900 kinderen naar school. Zes schoolbesturen zijn aangesloten, variërend van een eenpitter tot een bestuur met twaalf scholen."),
          TAB([["", "2023", "2024", "2025"],
               ["leerlingen totaal", "8.104", "7.996", "7.912"],
               ["toelaatbaarheidsverklaringen sbo", "58", "61", "55"],
               ["toelaatbaarheidsverklaringen so", "22", "25", "27"],
               ["thuiszitters (peildatum 1 maart)", "9", "7", "6"]])]
    b += terugblik(c, 1) + ontwikkelingen(c, 1) + missie_visie(c, 1) + inclusief(c, 1)
    b += [H1("4 Basisondersteuning"),
          P("Basisondersteuning is het geheel van ondersteuning dat alle 34 scholen in de Lingestroom minimaal aan iedere leerling bieden, op elke vestiging, zonder dat daarvoor een aanvraag bij het samenwerkingsverband nodig is. De schoolbesturen hebben afgesproken dat geen school onder dit niveau mag zakken. Het niveau is in 2022 door de schoolbesturen bekrachtigd en blijft in deze planperiode ongewijzigd."),
          P("Basisondersteuning bestaat, in de woorden van het landelijk referentiekader, uit vier aspecten: basiskwaliteit, preventieve en licht curatieve interventies, de onderwijsondersteuningsstructuur en planmatig werken. Hoe een school deze aspecten invult, beschrijft zij in haar schoolondersteuningsprofiel. Wij verwijzen ouders voor de concrete invulling naar het profiel van de school."),
          P("Wij zijn ons ervan bewust dat de landelijke norm basisondersteuning eraan komt. Zodra die norm bekend is, passen wij onze afspraken aan.")]
    b += [H1("5 De ondersteuningsstructuur"),
          P("Passend onderwijs in de Lingestroom is georganiseerd in vijf niveaus. Niveau 1 is de ondersteuning in de groep door de leerkracht. Op niveau 2 zet de leerkracht, met advies van de intern begeleider, extra interventies in binnen de groep. Op niveau 3 bespreekt het ondersteuningsteam van de school de leerling; daar schuiven een consulent van het verband en, als ouders dat willen, jeugdhulp aan. Niveau 4 is een arrangement: extra ondersteuning op de eigen school of op een andere school, zoals de taalklas in Beesdel, de observatiegroep jonge kind in Tielerwaard of ambulante begeleiding vanuit het sbo. Niveau 5 is plaatsing in het speciaal basisonderwijs of het speciaal onderwijs."),
          P("De niveaus sluiten op elkaar aan: wat op een lager niveau is ingezet, wordt meegenomen naar het volgende niveau. Een leerling met een arrangement blijft ingeschreven op de eigen school."),
          H2("Is ons aanbod dekkend?"),
          P("Of er in de Lingestroom voor elk kind een passende plek is, weten wij op dit moment niet met zekerheid. In 2027 laten wij een onafhankelijke analyse uitvoeren van de vraag naar en het aanbod van ondersteuning. Op basis daarvan bepalen wij welke voorzieningen ontbreken en hoe wij daarmee omgaan."),
          thuiszitters_passing(c)]
    b += [H1("6 Toewijzing en toelaatbaarheid"),
          H2("6.1 Het loket"),
          P("Alle aanvragen bij het verband lopen via één loket. Het schoolbestuur van de school waar de leerling is ingeschreven dient de aanvraag in. Bij de aanvraag horen het groeidocument met ontwikkelingsperspectief, een verslag van het gesprek met ouders en hun zienswijze, en het onderwijskundig rapport. Het loket controleert binnen vijf werkdagen of de aanvraag volledig is."),
          H2("6.2 Van aanvraag tot besluit"),
          P("Een volledige aanvraag voor een toelaatbaarheidsverklaring gaat naar de Commissie Toelaatbaarheid en Arrangementen (CTA). De CTA vraagt advies aan twee deskundigen, waarvan één een orthopedagoog-generalist of GZ-psycholoog is en de ander, afhankelijk van de vraag, een kinderarts, maatschappelijk werker of pedagoog. De commissie beslist binnen zes weken en bepaalt daarbij de duur van de verklaring (één tot vier jaar, tot 31 juli) en bij het so de bekostigingscategorie. Ouders en school ontvangen het besluit schriftelijk."),
          H2("6.3 Hoe weegt de commissie?"),
          P("De commissie beoordeelt iedere aanvraag op maat. Zij kijkt naar het totaalbeeld van het kind en het gezin en naar wat de school al heeft gedaan. Vaste criteria hanteren wij bewust niet, omdat geen kind hetzelfde is. Wel streven we ernaar dat vergelijkbare situaties vergelijkbaar worden beoordeeld."),
          H2("6.4 Terugplaatsing"),
          P("Deze paragraaf wordt aangevuld na afronding van de pilot 'Samen terug' met de sbo-scholen, waarvan de evaluatie in het voorjaar van 2027 wordt verwacht."),
          H2("6.5 Bezwaar"),
          P("Ouders die het niet eens zijn met een besluit over toelaatbaarheid kunnen binnen zes weken bezwaar maken bij het bestuur van het verband. Het bestuur vraagt advies aan de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen.")]
    b += [H1("7 Geld en middelen"),
          P("Van ieder euro die wij ontvangen, gaat zo veel mogelijk naar de scholen en de leerlingen. Het nieuwe verdeelmodel, dat ingaat op 1 januari 2027, werkt als volgt. Eerst worden de wettelijke afdrachten aan het so en de kosten van het sbo boven de 2% verrekend. Van het resterende bedrag gaat 62% als schoolbudget naar de schoolbesturen, berekend naar het aantal leerlingen op 1 oktober (in 2027 naar verwachting € 131 per leerling). 24% is bestemd voor arrangementen op niveau 4, die de CTA toekent op basis van een aanvraag; 9% voor het bureau, de consulenten en het loket; 5% voor innovatie en de thuiszittersaanpak. Schoolbesturen leggen jaarlijks in een bestedingsverslag verantwoording af over het schoolbudget."),
          TAB([["Meerjarenbegroting (x € 1.000)", "2026", "2027", "2028", "2029"],
               ["Baten rijksbijdrage ondersteuning", "8.640", "8.560", "8.470", "8.390"],
               ["Afdrachten so en sbo", "4.210", "4.260", "4.290", "4.300"],
               ["Schoolbudgetten", "2.410", "2.540", "2.510", "2.490"],
               ["Arrangementen niveau 4", "1.020", "985", "970", "960"],
               ["Bureau, consulenten en loket", "410", "395", "390", "385"],
               ["Innovatie en thuiszitters", "220", "205", "200", "200"],
               ["Resultaat", "370", "175", "110", "55"]]),
          P("De algemene reserve bedroeg eind 2025 € 1,6 miljoen. Volgens de risicoanalyse is een weerstandsvermogen van € 0,9 miljoen voldoende. Het meerdere wordt in de planperiode ingezet via de positieve begrotingsresultaten hierboven die aan de scholen worden uitgekeerd.")]
    b += [H1("8 Kwaliteit en resultaten"),
          P("Wij willen zichtbaar maken wat passend onderwijs oplevert voor de kinderen die extra ondersteuning nodig hebben. Daarom hebben wij voor deze planperiode vier beoogde resultaten geformuleerd:"),
          TAB([["Beoogd resultaat", "Nulmeting 2025", "Doel 2030"],
               ["Leerlingen met een arrangement dat na evaluatie als effectief is beoordeeld", "68%", "80%"],
               ["Thuiszitters langer dan 4 weken (peildatum 1 maart)", "6", "2"],
               ["Scholen met een voldoende op de audit basisondersteuning", "27 van 34", "34 van 34"],
               ["Doorlooptijd aanvraag tot besluit CTA", "7,5 week", "maximaal 6 weken"]]),
          P("Wij volgen deze resultaten met een dashboard dat het bureau ieder kwartaal vult uit de registratie van het loket en de leerlingtellingen. Elke school krijgt eens in de twee jaar een audit door twee collega-intern begeleiders en een consulent. Arrangementen worden na afloop door school en ouders geëvalueerd met een vast formulier. De bereikte resultaten staan jaarlijks in het jaarverslag, worden besproken met de OPR en de raad van toezicht en leiden zo nodig tot bijstelling van het jaarplan.")]
    b += [H1("9 Ouders"),
          P("Ouders zijn de eerste deskundigen als het om hun kind gaat. Wij vinden het belangrijk dat zij weten waar ze aan toe zijn. Iedere school beschrijft in de schoolgids welke ondersteuning zij biedt en hoe ouders daarbij betrokken zijn. Daarnaast geeft het verband de brochure 'Wegwijs in passend onderwijs' uit, die alle scholen bij de intake meegeven, en organiseren wij twee keer per jaar een ouderavond over thema's als de TLV-procedure en arrangementen. Op de website staat per school het ondersteuningsprofiel."),
          P("Voor onafhankelijk advies kunnen ouders terecht bij het Ouder- en Jeugdsteunpunt Lingestroom, bij de onderwijsconsulenten en, bij een geschil, bij de Geschillencommissie passend onderwijs. Het steunpunt is bemand door twee ervaren ouderadviseurs die niet in dienst zijn van een school."),
          P("Ouders zijn vertegenwoordigd in de OPR en worden altijd uitgenodigd bij de bespreking van hun kind in het ondersteuningsteam.")]
    b += governance(c, 1) + bestuurlijke_samenwerking(c, 1) + medezeggenschap(c, 1) + oogo(c, 1) + personeel(c, 1) + werkgeverschap(c, 1) + ict_privacy(c, 1) + planning(c, 1)
    b += [BR(), H1("Bijlage Afkortingen"),
          TAB([["Afkorting", "Betekenis"],
               ["CTA", "Commissie Toelaatbaarheid en Arrangementen"],
               ["OJSP", "Ouder- en Jeugdsteunpunt"],
               ["OPP", "Ontwikkelingsperspectiefplan"],
               ["OPR", "Ondersteuningsplanraad"],
               ["SOP", "Schoolondersteuningsprofiel"],
               ["TLV", "Toelaatbaarheidsverklaring"],
               ["TP", "Terugplaatsing naar het basisonderwijs"]])]
    return b


LABEL2 = dict(
    documents=["po-lingestroom-op-2026-2030.docx", "po-lingestroom-op-2026-2030.pdf"], sector="po", looks_like_plan=True,
    elements=dict(basisondersteuning="partial", plaatsing="partial", terugstroom="missing", financien="present",
                  **{"dekkend-aanbod": "partial"}, resultaten="present", ouders="present"),
    criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": False,
              "plaatsing.procedure": True, "plaatsing.criteria": False,
              "terugstroom.procedure": False, "terugstroom.beleid": False,
              "financien.verdeling": True, "financien.besteding": True,
              "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": False,
              "resultaten.doelen": True, "resultaten.monitoring": True,
              "ouders.informatie": True, "ouders.steunpunt": True},
    advisory_addressed={"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                        "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
                        "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
    notes={"basisondersteuning": "Ch.4 defines the minimum for all 34 schools but content is only the 4-aspect referentiekader definition + 'zie SOP van de school'.",
           "plaatsing": "Ch.6 gives loket/CTA procedure, deskundigen, duur, bezwaar; 6.3 explicitly has no criteria ('op maat').",
           "terugstroom": "Only TOC entry 6.4, glossary 'TP', and 6.4 body is a deferral to the 2027 pilot evaluation.",
           "dekkend-aanbod": "Ch.5 five-level structure = continuum; gap analysis deferred to 2027; thuiszitters only passing/as a budget line and result target, no approach described.",
           "financien": "Ch.7 'Geld en middelen': percentages verdeelmodel + meerjarenbegroting table + reserves.",
           "resultaten": "Ch.8 target table with nulmeting + quarterly dashboard, audits, jaarverslag.",
           "ouders": "Ch.9: schoolgids, brochure Wegwijs, ouderavonden; OJSP Lingestroom, onderwijsconsulenten, Geschillencommissie."})


# ---------------------------------------------------------------------------
# PLAN 3  PO  Eemheuvel  (.pdf)
# ---------------------------------------------------------------------------
C3 = dict(naam="Stichting Samenwerkingsverband Eemheuvel PO", code="PO 26-19", periode="2026-2030", n=27, besturen=5, gem_n=3,
          gemeenten="Eemheuvel, Soestbergen en Leusderveen", regio="Eemheuvel", directeur="drs. Anouk Brinkman",
          plaats="Soestbergen", opr=10, opr_datum="26 maart 2026", oogo_datum="10 februari 2026")


def plan3():
    c = C3
    b = [("title", "Ondersteuningsplan Eemheuvel 2026-2030"), ("sub", c["naam"] + " (" + c["code"] + ")"),
         ("sub", "Definitieve versie na instemming OPR"), BR(),
         TOC(["Voorwoord", "1 Inleiding", "2 Terugblik 2022-2026", "3 Missie en visie", "4 Ondersteuning op school (basisondersteuning)",
              "5 Een passend aanbod voor ieder kind", "6 Toelaatbaarheid sbo en so", "7 Terug naar het regulier onderwijs",
              "8 Financiën en meerjarenbegroting", "9 Monitoring en verantwoording", "10 Informatievoorziening",
              "11 Organisatie en governance", "12 Medezeggenschap", "13 Samenwerking met gemeenten",
              "14 Privacy en informatievoorziening", "Bijlage 5 Verdeelmodel", "Bijlage 6 Ouders en steunpunt"])]
    b += voorwoord(c, 0)
    b += [H1("1 Inleiding"),
          P("Dit ondersteuningsplan is opgesteld volgens de eisen van artikel 18a van de Wet op het primair onderwijs. Het plan beschrijft onder meer de basisondersteuning, de toelaatbaarheid tot het speciaal (basis)onderwijs, terugplaatsing, de verdeling van middelen, de resultaten en de informatie aan ouders. Het plan wordt aangevuld met een jaarlijks jaarplan."),
          H1("2 Terugblik 2022-2026"),
          P("De afgelopen planperiode stond in het teken van herstel na de coronaperiode en van de invoering van een nieuw registratiesysteem. Wij zijn gestart met wijkgerichte ondersteuningsteams, hebben de thuiszittersaanpak verbeterd en het aantal aanvragen zien stijgen. Niet alles is gelukt: de beoogde vermindering van de administratieve last voor intern begeleiders is nog onvoldoende gerealiseerd.")]
    b += totstandkoming(c, 0) + ontwikkelingen(c, 0) + missie_visie(c, 1) + inclusief(c, 1)
    b += [H1("4 Ondersteuning op school (basisondersteuning)"),
          P("Iedere school in ons verband heeft de opdracht om goed onderwijs te geven aan alle leerlingen, ook aan leerlingen die iets meer nodig hebben. Intern begeleiders, leerkrachten en directeuren doen daarvoor dagelijks veel."),
          P("Het niveau van de basisondersteuning wordt in het schooljaar 2026-2027 samen met de schoolbesturen opnieuw bepaald, mede in het licht van de landelijke norm. Tot die tijd blijven de afspraken uit het ondersteuningsplan 2022-2026 van kracht."),
          H1("5 Een passend aanbod voor ieder kind"),
          P("Naast wat scholen zelf bieden, kent ons verband een samenhangend aanbod dat oploopt in intensiteit. Scholen kunnen advies en begeleiding vragen aan het wijkteam passend onderwijs (één per gemeente), dat bestaat uit een orthopedagoog, een gedragsspecialist en een jeugdverpleegkundige. Voor leerlingen die meer nodig hebben zijn er bovenschoolse arrangementen: de Eemklas voor leerlingen met een taalontwikkelingsachterstand, de Uitdaging voor hoogbegaafde leerlingen (één dag per week) en het arrangement 'Rustpunt' voor kinderen met ernstige gedragsproblemen, uitgevoerd door sbo De Horizon. Daarboven staan het speciaal basisonderwijs (twee scholen) en het speciaal onderwijs."),
          P("Om gaten in het aanbod tijdig te zien, houdt het bureau een register bij van alle leerlingen voor wie binnen acht weken geen passende plek is gevonden. Dit register wordt maandelijks besproken aan de thuiszitterstafel, waaraan naast het verband de leerplichtambtenaren, de jeugdteams en de betrokken schoolbesturen deelnemen. Voor iedere leerling op het register wordt een regisseur aangewezen die binnen twee weken met een plan komt. Als blijkt dat voor een groep leerlingen structureel een voorziening ontbreekt, neemt het bestuur dit op in het jaarplan; zo is in 2025 besloten tot de start van een kleine groep voor jonge kinderen met een ontwikkelingsvraag."),
          P("De zorgplicht ligt bij het schoolbestuur waar een kind wordt aangemeld. Het verband ondersteunt de school daarbij met een consulent en kan, als een kind langer dan vier weken thuiszit, een tijdelijk maatwerkarrangement bekostigen.")]
    b += [H1("6 Toelaatbaarheid sbo en so"),
          P("Het samenwerkingsverband besluit op verzoek van het schoolbestuur of een leerling toelaatbaar is tot het speciaal basisonderwijs of het speciaal onderwijs. De procedure en de criteria zijn samengevat in onderstaande tabellen."),
          TAB([["Stap", "Wat gebeurt er", "Wie", "Termijn"],
               ["1", "Bespreking in het ondersteuningsteam met ouders; OPP actueel", "school, ouders, consulent", "-"],
               ["2", "Aanvraag TLV via het digitale aanvraagportaal met groeidocument en zienswijze ouders", "schoolbestuur", "-"],
               ["3", "Toets op volledigheid", "secretaris CvT", "binnen 5 werkdagen"],
               ["4", "Advies van twee deskundigen (orthopedagoog/psycholoog + tweede deskundige)", "deskundigen", "binnen 3 weken"],
               ["5", "Besluit Commissie van Toelaatbaarheid; duur en categorie", "CvT", "binnen 6 weken na volledige aanvraag"],
               ["6", "Bezwaar mogelijk bij het bestuur; advies van de LBT", "ouders, schoolbestuur", "binnen 6 weken na besluit"]]),
          TAB([["Toelaatbaar tot", "Criteria (alle van toepassing)"],
               ["sbo", "arrangement op niveau 4 minstens 20 weken ingezet en geëvalueerd; achterstand van ten minste 1,5 jaar op twee kernvakken of ernstige sociaal-emotionele problematiek; behoefte aan kleine groep (max. 16) gedurende de hele schooldag"],
               ["so cluster 3", "ernstige verstandelijke, lichamelijke of meervoudige beperking of langdurige ziekte; ondersteuningsbehoefte op meerdere domeinen die sbo niet kan bieden"],
               ["so cluster 4", "ernstige gedrags- of psychiatrische problematiek; veiligheid van leerling of groep in het geding ondanks inzet van Rustpunt-arrangement"]]),
          P("Een toelaatbaarheidsverklaring voor het sbo geldt tot het einde van de basisschoolperiode; voor het so geldt zij twee schooljaren.")]
    b += [H1("7 Terug naar het regulier onderwijs"),
          P("Wij vinden dat kinderen niet langer in het speciaal onderwijs moeten blijven dan nodig is. Ons beleid is erop gericht dat leerlingen uit het so en sbo, als hun ontwikkeling dat toelaat, teruggaan naar een basisschool in de eigen woonplaats. Voorwaarde is dat ouders instemmen en dat de ontvangende school de ondersteuning uit het ontwikkelingsperspectief kan bieden. Bij terugkeer ontvangt de basisschool een terugkeerarrangement: twintig weken ambulante begeleiding door de so- of sbo-school en een budget van € 2.000 voor extra handen in de groep."),
          P("Hoe de evaluatie en het besluit over terugplaatsing precies verlopen en wie daarin welke rol heeft, leggen wij uiterlijk in 2027 vast in werkafspraken met de so-scholen in en buiten de regio.")]
    b += [H1("8 Financiën en meerjarenbegroting"),
          P("De verdeelsystematiek van het verband wordt in 2026 herijkt. De huidige verdeelsleutel en de uitgangspunten van de herijking zijn opgenomen in bijlage 5 Verdeelmodel. De onderstaande meerjarenbegroting laat zien waaraan de middelen in de planperiode worden besteed."),
          TAB([["Lasten (bedragen in euro)", "2026", "2027", "2028", "2029"],
               ["Afdracht so", "2.310.000", "2.350.000", "2.380.000", "2.400.000"],
               ["Verrekening sbo", "1.180.000", "1.160.000", "1.140.000", "1.120.000"],
               ["Budgetten schoolbesturen", "1.420.000", "1.440.000", "1.450.000", "1.450.000"],
               ["Wijkteams passend onderwijs", "610.000", "620.000", "630.000", "640.000"],
               ["Bovenschoolse arrangementen", "480.000", "495.000", "505.000", "515.000"],
               ["Thuiszitters en maatwerk", "90.000", "95.000", "100.000", "100.000"],
               ["Bureau en bestuur", "355.000", "360.000", "365.000", "370.000"],
               ["Totaal lasten", "6.445.000", "6.520.000", "6.570.000", "6.595.000"],
               ["Totaal baten", "6.480.000", "6.505.000", "6.540.000", "6.560.000"]]),
          P("Het verband houdt een weerstandsvermogen aan van 5% van de jaarlijkse baten. Reserves daarboven zijn in 2023 en 2024 afgebouwd.")]
    b += [H1("9 Monitoring en verantwoording"),
          P("Het bureau verzamelt jaarlijks per 1 oktober en per 1 maart de volgende gegevens per school en voor het verband als geheel: het aantal leerlingen met een arrangement, het aantal toegekende toelaatbaarheidsverklaringen, het deelnamepercentage sbo en so, het aantal thuiszitters en vrijstellingen, en de tevredenheid van scholen en ouders over de ondersteuning (via een korte vragenlijst na afloop van een arrangement). De cijfers worden besproken in het directeurenoverleg en in de OPR en opgenomen in het jaarverslag."),
          TAB([["Bereikt in de vorige planperiode", "2022", "2025"],
               ["deelnamepercentage sbo", "2,9%", "2,7%"],
               ["deelnamepercentage so", "1,9%", "2,2%"],
               ["thuiszitters langer dan 3 maanden", "11", "4"],
               ["tevredenheid na arrangement (1-10)", "7,1", "7,6"]]),
          P("Welke resultaten wij in deze planperiode willen bereiken, formuleren wij na de nulmeting in het eerste planjaar en leggen wij vast in het jaarplan 2027.")]
    b += [H1("10 Informatievoorziening"),
          P("Het verband communiceert met scholen via een nieuwsbrief die zes keer per jaar verschijnt en via het besloten deel van de website. Intern begeleiders ontvangen daarnaast een kwartaalbericht met wijzigingen in procedures en formulieren."),
          P("In 2026 vervangen wij het registratiesysteem door een nieuw platform dat beter aansluit bij de leerlingadministratie van de scholen. Voor scholen betekent dit minder dubbele invoer.")]
    b += governance(c, 0) + bestuurlijke_samenwerking(c, 0) + werkgeverschap(c, 0) + medezeggenschap(c, 0, with_parents=False) + oogo(c, 0) + personeel(c, 0) + ict_privacy(c, 0) + speerpunten(c, 0)
    b += [BR(), H1("Bijlage 5 Verdeelmodel"), P("Wordt na vaststelling door het bestuur toegevoegd."),
          H1("Bijlage 6 Ouders en steunpunt"), P("Wordt nagezonden.")]
    return b


LABEL3 = dict(
    documents=["po-eemheuvel-op-2026-2030.pdf"], sector="po", looks_like_plan=True,
    elements=dict(basisondersteuning="missing", plaatsing="present", terugstroom="partial", financien="partial",
                  **{"dekkend-aanbod": "present"}, resultaten="partial", ouders="missing"),
    criteria={"basisondersteuning.niveau": False, "basisondersteuning.inhoud": False,
              "plaatsing.procedure": True, "plaatsing.criteria": True,
              "terugstroom.procedure": False, "terugstroom.beleid": True,
              "financien.verdeling": False, "financien.besteding": True,
              "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
              "resultaten.doelen": False, "resultaten.monitoring": True,
              "ouders.informatie": False, "ouders.steunpunt": False},
    advisory_addressed={"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                        "financien": ["reserves"], "dekkend-aanbod": ["ketenpartners"],
                        "resultaten": ["meetbaar"]},
    notes={"basisondersteuning": "Ch.4 heading only; body defers level to 2026-2027 and refers to the previous plan (not in input); term also in running header/TOC/intro list.",
           "plaatsing": "Ch.6 procedure and criteria given only in two tables (steps/termijnen; criteria per sbo/so cluster).",
           "terugstroom": "Ch.7 gives policy, conditions and terugkeerarrangement; procedure explicitly deferred to 2027 werkafspraken.",
           "financien": "Ch.8 meerjarenbegroting table (besteding); verdeling deferred/refers to Bijlage 5 which only says 'wordt toegevoegd'.",
           "resultaten": "Ch.9 monitoring and achieved figures; intended results deferred to jaarplan 2027 after nulmeting.",
           "ouders": "Nothing: parents' zienswijze/bezwaar in the ch.6 TLV table belong to plaatsing (PL-9), consent in ch.7 to terugstroom; ch.10 'Informatievoorziening' addresses schools only; OJSP only as a general law remark in 'Ontwikkelingen'; Bijlage 6 'wordt nagezonden'; OPR described without parents; ouders only in header/TOC/intro/visie.",
           "dekkend-aanbod": "Ch.5: wijkteams, arrangementen, sbo/so + register, thuiszitterstafel, zorgplicht."})


# ---------------------------------------------------------------------------
# PLAN 4  PO  Veenpoort  (.pdf)
# ---------------------------------------------------------------------------
C4 = dict(naam="Samenwerkingsverband Passend Onderwijs Veenpoort PO", code="PO 21-12", periode="2026-2030", n=22, besturen=4, gem_n=2,
          gemeenten="Veenpoort en Oost-Drentheveen", regio="Veenpoort", directeur="Harm Jan Bosscher",
          plaats="Veenpoort", opr=8, opr_datum="9 april 2026", oogo_datum="5 maart 2026")


def plan4():
    c = C4
    b = [("title", "Ondersteuningsplan 2026-2030"), ("sub", c["naam"]),
         ("sub", "Registratienummer " + c["code"]), BR(),
         TOC(["Voorwoord", "1 Over ons verband", "2 Missie en visie", "3 Wat elke school biedt", "4 Toelaatbaarheid",
              "5 Einde van een toelaatbaarheidsverklaring", "6 Financiën", "7 Beoogde en bereikte resultaten",
              "8 Ouders en communicatie", "9 Organisatie en governance", "10 Medezeggenschap",
              "11 OOGO", "12 Personeel en professionalisering", "13 Planning", "Bijlage Begrippen"])]
    b += voorwoord(c, 1)
    b += [H1("1 Over ons verband"),
          P("Veenpoort PO is het samenwerkingsverband van vier schoolbesturen in twee gemeenten in Zuidoost-Drenthe. Er zijn twintig basisscholen, één school voor speciaal basisonderwijs en één so-school (cluster 4). De meeste basisscholen zijn klein: veertien scholen hebben minder dan 150 leerlingen. Het verband bestaat sinds 2014 en is sinds 2020 gehuisvest in het onderwijscentrum in Veenpoort."),
          P("Ons doel is een samenhangend geheel van ondersteuningsvoorzieningen binnen en tussen de scholen, zodat leerlingen een ononderbroken ontwikkelingsproces kunnen doorlopen."),
          thuiszitters_passing(c)]
    b += leeswijzer(c, 1) + totstandkoming(c, 1) + terugblik(c, 0) + ontwikkelingen(c, 0) + missie_visie(c, 0) + inclusief(c, 0)
    b += [H1("3 Wat elke school biedt"),
          P("Alle 22 scholen van Veenpoort, inclusief de nevenvestigingen, bieden ten minste de basisondersteuning die in de onderstaande tabel is vastgelegd. Deze afspraken gelden voor iedere leerling, zonder aanvraag, en zijn door de vier schoolbesturen bindend vastgesteld. Scholen die op een onderdeel nog niet aan de afspraak voldoen, hebben daarvoor uiterlijk 1 augustus 2027 de tijd."),
          TAB([["Domein", "Wat ouders op elke school mogen verwachten"],
               ["Structuur", "intern begeleider (min. 0,4 fte per school); zorgkalender; ondersteuningsteam vier keer per jaar"],
               ["Lezen en taal", "dyslexieprotocol; extra leestijd en voorleessoftware vanaf groep 4"],
               ["Rekenen", "protocol ernstige reken-wiskundeproblemen; inzet van concrete materialen"],
               ["Gedrag", "methode sociaal-emotioneel leren; pestprotocol; time-out-afspraken met ouders"],
               ["Meer- en hoogbegaafdheid", "signalering in groep 1-2 en 5; compacten en verrijken"],
               ["Medisch", "protocol medicijnverstrekking en medisch handelen"],
               ["Jonge kind", "observatie in groep 1-2 met een vast observatie-instrument"]]),
          P("De naleving wordt gecontroleerd tijdens het jaarlijkse schoolbezoek van de directeur-bestuurder.")]
    b += [H1("4 Toelaatbaarheid"),
          P("Het aantal toelaatbaarheidsverklaringen is in de afgelopen planperiode gestegen, vooral voor het speciaal basisonderwijs. Alles over het aanvragen van een toelaatbaarheidsverklaring, inclusief de formulieren, staat in het Handboek Toelaatbaarheid Veenpoort (versie 2025) op onze website."),
          H1("5 Einde van een toelaatbaarheidsverklaring"),
          P("In het laatste jaar van een toelaatbaarheidsverklaring organiseert de sbo- of so-school vóór 1 november een evaluatiegesprek met de ouders, de huidige leerkracht en de orthopedagoog van het verband. Daarin wordt aan de hand van het ontwikkelingsperspectief besproken of de leerling kan overstappen naar een basisschool. De orthopedagoog van het verband brengt uiterlijk 15 januari een schriftelijk advies uit. De directeur van het verband besluit vervolgens vóór 1 maart: ofwel de school vraagt een nieuwe verklaring aan, ofwel de school regelt samen met de ouders de aanmelding bij een basisschool per 1 augustus."),
          P("Onze visie op terugplaatsing en de ondersteuning die een basisschool na terugkeer kan krijgen, werken wij in deze planperiode samen met de speciale scholen uit.")]
    b += [H1("6 Financiën"),
          P("Veenpoort kiest voor een eenvoudige verdeling. Na aftrek van de afdrachten aan so en sbo en de kosten van het bureau gaan alle middelen naar de schoolbesturen. Ieder bestuur ontvangt een vaste voet van € 6.000 per school plus € 112 per leerling, op basis van de telling van 1 oktober van het jaar daarvoor. De schoolbesturen besluiten zelf over de inzet binnen hun scholen en verantwoorden dit jaarlijks in een bestedingsplan en een verantwoordingsverslag aan het bestuur van het verband."),
          TAB([["Meerjarenbegroting (euro)", "2026", "2027", "2028", "2029"],
               ["Baten", "4.380.000", "4.330.000", "4.290.000", "4.250.000"],
               ["Afdracht so en verrekening sbo", "2.520.000", "2.540.000", "2.550.000", "2.560.000"],
               ["Bureau en bestuur", "290.000", "295.000", "300.000", "305.000"],
               ["Doorbetaling schoolbesturen", "1.520.000", "1.480.000", "1.430.000", "1.380.000"],
               ["Saldo", "50.000", "15.000", "10.000", "5.000"]]),
          P("De algemene reserve is eind 2025 € 410.000, wat past bij de signaleringswaarde van de inspectie.")]
    b += [H1("7 Beoogde en bereikte resultaten"),
          P("Wij hebben met de schoolbesturen vijf resultaten afgesproken die wij aan het einde van de planperiode willen bereiken voor leerlingen met een ondersteuningsbehoefte:"),
          UL("alle 22 scholen voldoen volledig aan de basisondersteuning (2025: 17 scholen);",
             "het deelnamepercentage sbo is niet hoger dan 2,5% (2025: 2,9%);",
             "van de leerlingen met een ontwikkelingsperspectief haalt ten minste 75% het uitstroomperspectief (2025: 64%);",
             "ten minste 90% van de leerlingen met een dyslexieverklaring haalt in groep 8 leesniveau 1F (2025: 81%);",
             "ouders waarderen de ondersteuning op school met gemiddeld een 7,5 of hoger."),
          P("Het bureau meet deze resultaten jaarlijks in de resultatenmonitor. Daarvoor leveren de scholen in juni hun gegevens aan over de ontwikkelingsperspectieven en de basisondersteuning; de deelnamecijfers komen uit de DUO-telling. Eens per twee jaar houden wij een oudertevredenheidspeiling. De uitkomsten worden in september besproken met het bestuur en de OPR, staan in het jaarverslag en leiden tot afspraken in het jaarplan.")]
    b += [H1("8 Ouders en communicatie"),
          P("Ouders vinden in de schoolgids van iedere school een beschrijving van de ondersteuning die de school biedt en in het schoolondersteuningsprofiel op de website Scholen op de kaart. Het verband informeert ouders daarnaast met een folder 'Passend onderwijs in Veenpoort' die op iedere school ligt en bij de aanmelding wordt meegegeven, en met een jaarlijkse informatieavond in het onderwijscentrum."),
          P("De wet schrijft voor dat ieder samenwerkingsverband een ouder- en jeugdsteunpunt heeft. Welke vorm dat in Veenpoort krijgt, bepalen wij in de loop van 2027 samen met de OPR en de gemeenten.")]
    b += governance(c, 0) + bestuurlijke_samenwerking(c, 0) + werkgeverschap(c, 0) + medezeggenschap(c, 0) + oogo(c, 1, substantive=False) + personeel(c, 1) + ict_privacy(c, 1) + kennisdeling(c, 1) + speerpunten(c, 1) + planning(c, 0)
    b += [BR(), H1("Bijlage Begrippen"),
          TAB([["Begrip", "Uitleg"],
               ["Arrangement", "Afspraak over extra ondersteuning voor een leerling."],
               ["Commissie van Toelaatbaarheid (CvT)", "Commissie die namens het verband over toelaatbaarheid beslist."],
               ["Dekkend aanbod", "Situatie waarin voor iedere leerling een passende plek beschikbaar is."],
               ["Onderwijsconsulent", "Onafhankelijk adviseur voor ouders bij onderwijsvragen."],
               ["Thuiszitter", "Leerplichtige leerling die zonder geldige reden niet naar school gaat."],
               ["TLV", "Toelaatbaarheidsverklaring sbo of so."]])]
    return b


LABEL4 = dict(
    documents=["po-veenpoort-op-2026-2030.pdf"], sector="po", looks_like_plan=True,
    elements=dict(basisondersteuning="present", plaatsing="missing", terugstroom="partial", financien="present",
                  **{"dekkend-aanbod": "missing"}, resultaten="present", ouders="partial"),
    criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
              "plaatsing.procedure": False, "plaatsing.criteria": False,
              "terugstroom.procedure": True, "terugstroom.beleid": False,
              "financien.verdeling": True, "financien.besteding": True,
              "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": False,
              "resultaten.doelen": True, "resultaten.monitoring": True,
              "ouders.informatie": True, "ouders.steunpunt": False},
    advisory_addressed={"basisondersteuning": ["borging"], "financien": ["reserves", "verantwoording"],
                        "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
    notes={"basisondersteuning": "Ch.3: binding minimum for all 22 schools; the concrete content is only in a table.",
           "plaatsing": "Ch.4 only says numbers rose and refers to the Handboek Toelaatbaarheid on the website; CvT appears only in the glossary.",
           "terugstroom": "Ch.5 'Einde van een TLV': evaluation before 1 Nov, advice 15 Jan, decision before 1 March; policy/support after return deferred.",
           "financien": "Ch.6: vaste voet + per-pupil amount to boards, meerjarenbegroting table, reserve.",
           "dekkend-aanbod": "Nothing: only a passing 'samenhangend geheel' aim sentence in ch.1, passing thuiszitters line, glossary 'Dekkend aanbod'; OOGO section procedural only (dates, leerlingenvervoer/huisvesting), no cooperation on support; 'Inclusiever onderwijs' vague.",
           "resultaten": "Ch.7: five targets with 2025 baselines + resultatenmonitor, peiling, jaarverslag.",
           "ouders": "Ch.8: schoolgids, SOP, folder, informatieavond; steunpunt deferred to 2027 (onderwijsconsulent only in glossary)."})


# ---------------------------------------------------------------------------
# PLAN 5  VO  Zuiderstroom  (.html)
# ---------------------------------------------------------------------------
C5 = dict(naam="Samenwerkingsverband VO Zuiderstroom", code="VO 31-04", periode="2026-2030", n=14, besturen=5, gem_n=4,
          gemeenten="Zuiderhaven, Moerdal, Kreekrak en Steenweerd", regio="Zuiderstroom", directeur="Sandra Verbeek",
          plaats="Zuiderhaven", raad="VO-raad", cao="voortgezet onderwijs", ander="primair onderwijs", opr=10, opr_datum="19 maart 2026", oogo_datum="28 januari 2026")


def plan5():
    c = C5
    b = [("title", "Ondersteuningsplan 2026-2030 Samenwerkingsverband VO Zuiderstroom"),
         ("sub", "Webversie — " + c["code"] + " — vastgesteld 16 april 2026"),
         TOC(["Voorwoord", "Ons verband", "Missie en visie", "Basisondersteuning op elke vestiging",
              "Extra en specialistische ondersteuning", "Toelaatbaarheid vso, lwoo en pro", "Thuisnabij: terug naar het regulier vo",
              "Financiën", "Kwaliteitszorg", "Communicatie en contact", "Organisatie en governance",
              "Medezeggenschap", "Samenwerking met gemeenten", "Personeel", "Planning"])]
    vw = voorwoord(c, 0)
    vw[2] = P(f"Ons verband omvat {c['n']} vestigingen voor voortgezet onderwijs, van praktijkonderwijs tot gymnasium, en twee scholen voor voortgezet speciaal onderwijs. Met vijf schoolbesturen en vier gemeenten is Zuiderstroom een middelgroot verband waar de lijnen kort zijn.")
    b += vw
    b += [H1("Ons verband"),
          P("In Zuiderstroom gaan ruim 9.800 leerlingen naar het voortgezet onderwijs. Er zijn twee scholen voor praktijkonderwijs, acht scholen met vmbo (waarvan zes met leerwegondersteunend onderwijs), zes scholen met havo en vwo en twee vso-scholen (cluster 3 en cluster 4). Daarnaast heeft het verband een orthopedagogisch-didactisch centrum, De Brug.")]
    b += totstandkoming(c, 1) + terugblik(c, 1) + ontwikkelingen(c, 1) + missie_visie(c, 1) + inclusief(c, 1)
    b += [H1("Basisondersteuning op elke vestiging"),
          P("Basisondersteuning is wat iedere leerling op iedere vestiging van iedere school in Zuiderstroom mag verwachten, ongeacht de leerweg. Het is het gemeenschappelijke minimum dat de vijf besturen met elkaar hebben afgesproken. Het is uitgewerkt in acht standaarden:"),
          UL("een mentor met een vast mentoruur per week in leerjaar 1 en 2 en ten minste twee gesprekken per jaar met leerling en ouders;",
             "een ondersteuningscoördinator en een zorg- en adviesteam dat ten minste zes keer per jaar bijeenkomt;",
             "dyslexie- en dyscalculiebegeleiding met faciliteiten bij toetsen en examens (extra tijd, voorleessoftware);",
             "trainingen in studievaardigheden, faalangstreductie en sociale vaardigheden;",
             "een vaste opvangplek (time-out) met begeleiding tijdens alle lesuren;",
             "een aandachtsfunctionaris voor meldcode en veiligheid;",
             "een ontwikkelingsperspectiefplan voor leerlingen met extra ondersteuning, opgesteld met leerling en ouders;",
             "een warme overdracht van po naar vo en van vo naar mbo."),
          P("De scholen beschrijven de invulling in de schoolgids. De standaarden worden eens per drie jaar getoetst in een visitatie door collega-ondersteuningscoördinatoren.")]
    b += [H1("Extra en specialistische ondersteuning"),
          P("Boven de basisondersteuning kent Zuiderstroom een doorlopende reeks van ondersteuningsvormen. Scholen zetten uit hun eigen budget extra ondersteuning in, zoals een kleine klas of een begeleider passend onderwijs. Via het verband zijn er bovenschoolse arrangementen zoals het traject 'Terug op de rails' voor leerlingen met verzuim en de observatieplaatsing in De Brug (maximaal 12 weken). Voor leerlingen die langdurig specialistische ondersteuning nodig hebben, zijn er het praktijkonderwijs, het lwoo en het vso."),
          H2("Dekkend netwerk en thuiszitters"),
          P("Ieder kwartaal brengt het verband met de leerplichtambtenaren in beeld welke jongeren thuiszitten of dreigen uit te vallen. Binnen tien werkdagen na melding organiseert het verband een overleg waarbij een trajectbegeleider wordt aangewezen. Als een jongere langer dan drie maanden geen passende plek heeft, agendeert de directeur-bestuurder dit in het bestuur, dat besluit over een maatwerkoplossing of nieuwe voorziening. Zo is in 2024 de tussenvoorziening voor jongeren met angstklachten opgezet. De zorgplicht van de school waar de leerling is aangemeld blijft onverkort gelden.")]
    b += [H1("Toelaatbaarheid vso, lwoo en pro"),
          P("Het samenwerkingsverband beslist over toelaatbaarheid tot het vso, over de aanwijzing voor lwoo en over de toelaatbaarheid tot het praktijkonderwijs."),
          P("Voor het vso verklaart het verband een leerling toelaatbaar als de leerling ondanks de inzet van basisondersteuning, extra ondersteuning en een bovenschools arrangement van ten minste een half jaar niet tot ontwikkeling komt, en de ondersteuningsbehoefte zo intensief en structureel is dat een reguliere school deze niet kan bieden, ook niet met inzet van De Brug. Voor lwoo en pro hanteert Zuiderstroom de landelijke criteria (leerachterstand, IQ-range en sociaal-emotionele problematiek); Zuiderstroom heeft niet gekozen voor opting out."),
          P("De aanvraagprocedure, de termijnen en de samenstelling van de commissie worden beschreven in het nieuwe loketprotocol dat in 2026 verschijnt. Ouders die het oneens zijn met een besluit kunnen bezwaar maken; het verband vraagt dan advies aan de Landelijke Bezwaaradviescommissie.")]
    b += [H1("Thuisnabij: terug naar het regulier vo"),
          P("Zuiderstroom wil dat jongeren die in het vso zitten de kans krijgen om een diploma of startkwalificatie in het regulier onderwijs te halen als dat past. Overplaatsing van het vso naar een reguliere vo-school is daarom een vast onderdeel van het gesprek over het ontwikkelingsperspectief. Voorwaarden zijn dat de jongere het niveau van de beoogde leerweg aankan en dat de ontvangende school de ondersteuning uit het OPP kan bieden. Na overstap krijgen jongere en school een overstaparrangement van een half jaar, met begeleiding door de vso-school en een vast aanspreekpunt bij het verband."),
          P("De vso-school bespreekt bij iedere OPP-evaluatie (twee keer per jaar) of overplaatsing mogelijk is. Uiterlijk in februari van het laatste jaar van de TLV adviseert de vso-school het verband over overplaatsing of verlenging. Bij overplaatsing meldt de vso-school de leerling, met toestemming van ouders, aan bij de beoogde school, die binnen zes weken beslist; de consulent van het verband bewaakt de overstap. Bij verlenging vraagt het bevoegd gezag van de vso-school een nieuwe TLV aan.")]
    b += [H1("Financiën"),
          P("Het verband ontvangt middelen voor lichte en zware ondersteuning en voor lwoo en pro. De meerjarenbegroting en het verdeelmodel zijn opgenomen in het afzonderlijke document 'Begroting en verdeelmodel Zuiderstroom 2026-2030', dat jaarlijks door het bestuur wordt vastgesteld en met de OPR wordt besproken.")]
    b += [H1("Kwaliteitszorg"),
          P("Het verband werkt volgens de PDCA-cyclus. Concrete doelen, indicatoren en de wijze waarop wij die volgen, nemen wij op in het jaarplan. In de loop van 2027 stellen wij vast welke resultaten wij voor deze planperiode als verband nastreven.")]
    b += [H1("Communicatie en contact"),
          P("Ouders en leerlingen vinden op de website van het verband per school het ondersteuningsaanbod en uitleg over lwoo, pro en vso. Iedere school geeft bij de aanmelding de folder 'Passend onderwijs in het vo' mee en op de open dagen is de ondersteuningscoördinator aanwezig. In groep 8 ontvangen alle ouders via de basisschool een brief met uitleg over de overstap voor leerlingen met een ondersteuningsbehoefte."),
          P("Voor onafhankelijke informatie en advies kunnen ouders en jongeren terecht bij het Ouder- en Jeugdsteunpunt Zuiderstroom, bij Stichting Onderwijsconsulenten en bij de Geschillencommissie passend onderwijs.")]
    b += governance(c, 1) + bestuurlijke_samenwerking(c, 1) + werkgeverschap(c, 1) + medezeggenschap(c, 1) + oogo(c, 1) + personeel(c, 0) + ict_privacy(c, 0) + kennisdeling(c, 0) + speerpunten(c, 0) + planning(c, 1)
    return b


LABEL5 = dict(
    documents=["vo-zuiderstroom-op-2026-2030.html"], sector="vo", looks_like_plan=True,
    elements=dict(basisondersteuning="present", plaatsing="partial", terugstroom="present", financien="missing",
                  **{"dekkend-aanbod": "present"}, resultaten="missing", ouders="present"),
    criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
              "plaatsing.procedure": False, "plaatsing.criteria": True,
              "terugstroom.procedure": True, "terugstroom.beleid": True,
              "financien.verdeling": False, "financien.besteding": False,
              "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
              "resultaten.doelen": False, "resultaten.monitoring": False,
              "ouders.informatie": True, "ouders.steunpunt": True},
    advisory_addressed={"basisondersteuning": ["borging"], "plaatsing": ["bezwaar"],
                        "dekkend-aanbod": ["ketenpartners"], "ouders": ["betrokkenheid"]},
    notes={"plaatsing": "Criteria for vso given, lwoo/pro national criteria named; procedure deferred to the 'loketprotocol dat in 2026 verschijnt'.",
           "terugstroom": "Chapter 'Thuisnabij' uses overplaatsing wording: policy, conditions, overstaparrangement, OPP evaluations, February advice.",
           "financien": "Chapter 'Financiën' only refers to a separate begroting/verdeelmodel document; elsewhere only passing ('eigen budget', national reserves remark, planning table).",
           "resultaten": "Chapter 'Kwaliteitszorg' only defers goals/indicators to jaarplan and 'in de loop van 2027'; terugblik evaluation concerns bureau workings, not pupil results.",
           "ouders": "Chapter 'Communicatie en contact': website, folder, open dagen, brief groep 8; OJSP, onderwijsconsulenten, geschillencommissie.",
           "basisondersteuning": "Eight standards valid on every vestiging + visitatie."})


# ---------------------------------------------------------------------------
# NEAR-MISS  school-level ondersteuningsplan of a basisschool (.docx)
# ---------------------------------------------------------------------------

def nearmiss():
    b = [("title", "Ondersteuningsplan OBS De Kwikstaart 2025-2026"),
         ("sub", "Hoe wij op onze school leerlingen ondersteunen — onderdeel van het schoolplan"), BR(),
         TOC(["1 Inleiding", "2 Onze leerlingen", "3 Zorgniveaus op De Kwikstaart", "4 Basisondersteuning op onze school",
              "5 Extra ondersteuning en arrangementen", "6 Verwijzing naar sbo of so", "7 Ouders",
              "8 Middelen en formatie", "9 Jaarplanning zorg", "10 Evaluatie"]),
         H1("1 Inleiding"),
         P("Dit ondersteuningsplan beschrijft hoe de ondersteuning aan leerlingen op openbare basisschool De Kwikstaart in Noorderzand is georganiseerd. Het plan is een uitwerking van ons schoolondersteuningsprofiel en is geschreven voor leerkrachten, ouders en de medezeggenschapsraad. Onze school is aangesloten bij het samenwerkingsverband passend primair onderwijs in de regio; het ondersteuningsplan van het samenwerkingsverband is een apart document dat wordt vastgesteld door het bestuur van het samenwerkingsverband met instemming van de ondersteuningsplanraad."),
         P("Het plan wordt jaarlijks door de intern begeleider en de directeur geactualiseerd en met het team besproken in de eerste studiedag van het schooljaar."),
         H1("2 Onze leerlingen"),
         P("De Kwikstaart telt op 1 oktober 2025 186 leerlingen in acht groepen, waarvan drie combinatiegroepen. Ongeveer 14% van de leerlingen heeft een leerlinggewicht. Elf leerlingen werken met een ontwikkelingsperspectief; vier leerlingen hebben een arrangement van het samenwerkingsverband."),
         H1("3 Zorgniveaus op De Kwikstaart"),
         P("Wij werken met vijf zorgniveaus. Niveau 1: goed lesgeven in de groep volgens het directe-instructiemodel. Niveau 2: extra instructie en begeleiding in de groep door de leerkracht. Niveau 3: speciale zorg na een leerlingbespreking met de intern begeleider, vastgelegd in het groepsplan. Niveau 4: zorg na bespreking in het ondersteuningsteam met externe deskundigen. Niveau 5: verwijzing naar het speciaal (basis)onderwijs."),
         P("Drie keer per jaar houden wij groepsbesprekingen en twee keer per jaar leerlingbesprekingen. De intern begeleider is vier dagen per week op school. De toetsen van het leerlingvolgsysteem nemen wij af in januari en juni."),
         H1("4 Basisondersteuning op onze school"),
         P("De basisondersteuning op De Kwikstaart omvat: handelingsgericht werken met groepsplannen, een dyslexieprotocol, een plusgroep voor kinderen die meer aankunnen, de Kanjertraining voor sociaal-emotionele ontwikkeling, een vaste remedial teacher op dinsdag en donderdag en een protocol medicijnverstrekking. Daarmee voldoen wij aan de afspraken van het samenwerkingsverband."),
         P("Onze school heeft de ambitie om de komende twee jaar meer expertise op te bouwen rond gedrag. Twee leerkrachten volgen in 2025-2026 de opleiding gedragsspecialist."),
         H1("5 Extra ondersteuning en arrangementen"),
         P("Als de basisondersteuning niet voldoende is, bespreken wij de leerling in het ondersteuningsteam. Daarin zitten de intern begeleider, de consulent van het samenwerkingsverband, de schoolmaatschappelijk werker en de ouders. Het ondersteuningsteam kan besluiten tot een arrangement van de school, bijvoorbeeld een kleine leesgroep, of tot een aanvraag voor een bovenschools arrangement bij het samenwerkingsverband. De school betaalt arrangementen van de school uit het schoolbudget dat zij van het samenwerkingsverband ontvangt."),
         P("Voor iedere leerling met een arrangement stellen wij binnen zes weken een ontwikkelingsperspectiefplan op, dat wij twee keer per jaar met de ouders evalueren."),
         H1("6 Verwijzing naar sbo of so"),
         P("Soms kan onze school een leerling ook met extra ondersteuning niet bieden wat nodig is. Dan vraagt ons schoolbestuur in overleg met de ouders een toelaatbaarheidsverklaring aan bij het samenwerkingsverband. De intern begeleider stelt het groeidocument op en zorgt dat het onderwijskundig rapport compleet is. Het samenwerkingsverband beslist over de aanvraag. In het schooljaar 2024-2025 zijn twee leerlingen van onze school naar het speciaal basisonderwijs gegaan."),
         P("Leerlingen die vanuit het sbo of so terugkomen naar De Kwikstaart, ontvangen wij graag. De intern begeleider maakt dan met de ouders en de vorige school afspraken over de overdracht."),
         H1("7 Ouders"),
         P("Ouders zijn onze partners. Wij informeren ouders via de schoolgids, de maandelijkse nieuwsbrief, de ouderapp en de tien-minutengesprekken, die wij drie keer per jaar houden. Ouders van leerlingen met een ontwikkelingsperspectief hebben daarnaast twee keer per jaar een gesprek met leerkracht en intern begeleider. Bij vragen of onvrede kunnen ouders terecht bij de leerkracht, de directeur of de vertrouwenspersoon van ons bestuur; ook kunnen zij contact opnemen met het ouder- en jeugdsteunpunt van het samenwerkingsverband."),
         H1("8 Middelen en formatie"),
         P("Voor ondersteuning zetten wij in: 0,8 fte intern begeleider, 0,4 fte remedial teaching en 0,2 fte onderwijsassistent voor de plusgroep. Deze formatie wordt bekostigd uit de lumpsum en het schoolbudget van het samenwerkingsverband (in 2025 € 27.400). Het bestuur legt over de besteding verantwoording af aan het samenwerkingsverband."),
         H1("9 Jaarplanning zorg"),
         TAB([["Maand", "Activiteit"],
              ["september", "startgesprekken met ouders, overdracht groepen"],
              ["oktober", "eerste groepsbespreking"],
              ["januari", "toetsen leerlingvolgsysteem, tweede groepsbespreking"],
              ["maart", "leerlingbesprekingen, evaluatie ontwikkelingsperspectieven"],
              ["juni", "toetsen leerlingvolgsysteem, derde groepsbespreking, overdracht"]]),
         H1("10 Evaluatie"),
         P("Aan het eind van het schooljaar evalueren wij dit plan met het team en de medezeggenschapsraad. Wij kijken daarbij naar de resultaten van de toetsen, de tevredenheid van ouders en de ervaringen van leerkrachten. Verbeterpunten nemen wij op in het jaarplan van de school. Dit plan is voor het laatst besproken met de MR op 7 oktober 2025.")]
    return b


LABELN = dict(
    documents=["nearmiss-obs-de-kwikstaart-ondersteuningsplan.docx"], sector="po", looks_like_plan=False,
    elements={}, criteria={},
    notes={"document": "School-level ondersteuningsplan (zorgplan) of one basisschool, OBS De Kwikstaart: zorgniveaus, groepsbesprekingen, IB-formatie; refers to the SWV plan as a separate document. Uses basisondersteuning/TLV/arrangement/ouder- en jeugdsteunpunt vocabulary but is not an SWV ondersteuningsplan."})


# ---------------------------------------------------------------------------

def dump_label(label, path):
    order = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod", "resultaten", "ouders"]
    crit_order = ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure", "plaatsing.criteria",
                  "terugstroom.procedure", "terugstroom.beleid", "financien.verdeling", "financien.besteding",
                  "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "resultaten.doelen", "resultaten.monitoring",
                  "ouders.informatie", "ouders.steunpunt"]
    q = lambda s: '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'
    lines = ["documents: [" + ", ".join(label["documents"]) + "]",
             "sector: " + label["sector"],
             "looks_like_plan: " + ("true" if label["looks_like_plan"] else "false")]
    if label["elements"]:
        lines.append("elements: {" + ", ".join(f"{k}: {label['elements'][k]}" for k in order) + "}")
        lines.append("criteria:")
        for k in crit_order:
            lines.append(f"  {k}: " + ("true" if label["criteria"][k] else "false"))
        lines.append("advisory_addressed:")
        for k in order:
            if k in label.get("advisory_addressed", {}):
                lines.append(f"  {k}: [" + ", ".join(label["advisory_addressed"][k]) + "]")
    else:
        lines.append("elements: {}")
        lines.append("criteria: {}")
    lines.append("notes:")
    for k, v in label["notes"].items():
        lines.append(f"  {k}: {q(v)}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    jobs = [
        ("po-waddenkring-op-2026-2030", plan1(), "docx", LABEL1,
         "Ondersteuningsplan 2026-2030 · SWV De Waddenkring PO 20-09", "Concept voor OPR en OOGO"),
        ("po-lingestroom-op-2026-2030", plan2(), "docx+pdf", LABEL2,
         "SWV PO Lingestroom · Ondersteuningsplan 2026-2030", None),
        ("po-eemheuvel-op-2026-2030", plan3(), "pdf", LABEL3,
         "Ondersteuningsplan 2026-2030 | Basisondersteuning · Toelaatbaarheid · Ouders", "Eemheuvel PO 26-19"),
        ("po-veenpoort-op-2026-2030", plan4(), "pdf", LABEL4,
         "Veenpoort PO · Ondersteuningsplan 2026-2030", "Dekkend aanbod · Toelaatbaarheid · Ouderbetrokkenheid"),
        ("vo-zuiderstroom-op-2026-2030", plan5(), "html", LABEL5, None, None),
        ("nearmiss-obs-de-kwikstaart-ondersteuningsplan", nearmiss(), "docx", LABELN,
         "OBS De Kwikstaart · Ondersteuningsplan 2025-2026", None),
    ]
    for stem, blocks, fmt, label, header, footer in jobs:
        print(f"{stem}: {word_count(blocks)} words ({fmt})")
        if fmt in ("docx", "docx+pdf"):
            write_docx(blocks, OUT / f"{stem}.docx", header, footer)
            if fmt == "docx+pdf":
                docx_to_pdf(OUT / f"{stem}.docx", OUT / f"{stem}.pdf")
        elif fmt == "pdf":
            tmp = Path(tempfile.mkdtemp(prefix="holdout256_docx_"))
            try:
                write_docx(blocks, tmp / f"{stem}.docx", header, footer)
                docx_to_pdf(tmp / f"{stem}.docx", OUT / f"{stem}.pdf")
            finally:
                shutil.rmtree(tmp, ignore_errors=True)
        elif fmt == "html":
            write_html(blocks, OUT / f"{stem}.html", "Ondersteuningsplan 2026-2030 · SWV VO Zuiderstroom (VO 31-04)")
        dump_label(label, OUT / f"{stem}.expected.yaml")


if __name__ == "__main__":
    main()
