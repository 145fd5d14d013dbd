#!/usr/bin/env python3
"""Generate the holdout154 test set: five fictional ondersteuningsplannen and one near-miss document.

Deterministic, no network. Output goes to the folder above src/ (holdout154/).
PDFs are rendered from a .docx with LibreOffice (soffice --headless) in a private temp dir.
"""
import html
import shutil
import subprocess
import tempfile
import datetime
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_BREAK
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent


# ---------------------------------------------------------------------------------------------
# Shared filler (neutral text: mentions element words in passing, addresses no criterion)
# ---------------------------------------------------------------------------------------------

def f_visie(n):
    return [
        ("h1", n.get("visie_kop", "Visie en missie")),
        ("p", f"{n['short']} gaat uit van de gedachte dat ieder kind ertoe doet. Wij willen dat kinderen en "
              f"jongeren in {n['region']} zich veilig voelen, zich kunnen ontwikkelen en zo veel mogelijk thuisnabij naar "
              "school gaan. Dat vraagt om scholen die zich eigenaar voelen van de ontwikkeling van al hun leerlingen, "
              "om leraren die zich gesteund weten en om ouders die als partner worden gezien. Passend onderwijs is "
              "daarbij geen doel op zich, maar een middel om kinderen een goede start te geven."),
        ("p", "Onze missie laat zich samenvatten in drie woorden: samen, dichtbij en wendbaar. Samen, omdat geen "
              "enkel schoolbestuur de opdracht van passend onderwijs alleen kan waarmaken. Dichtbij, omdat "
              "ondersteuning het beste werkt als zij in de klas en in de wijk plaatsvindt. Wendbaar, omdat de vragen "
              "van leerlingen veranderen en ons antwoord daarop mee moet bewegen. Deze kernwaarden komen terug in "
              "al onze keuzes, van de inrichting van de organisatie tot de manier waarop wij met middelen omgaan."),
        ("p", "In de afgelopen jaren is het gesprek over passend onderwijs verschoven. Waar het eerst vooral ging "
              "over structuren, commissies en toelaatbaarheid, gaat het nu veel meer over de vraag wat een leraar "
              "morgen in de klas nodig heeft. Wij willen die beweging versterken. Dat betekent minder bureaucratie, "
              "korte lijnen en vertrouwen in de professionaliteit van leraren, intern begeleiders en "
              "ondersteuningscoördinatoren. Tegelijk vraagt het om heldere afspraken, zodat iedereen weet waar hij of "
              "zij aan toe is."),
        ("p", "Wij zien inclusiever onderwijs als een stip op de horizon. Niet omdat speciale voorzieningen "
              "overbodig zijn, maar omdat wij geloven dat veel kinderen met de juiste steun in hun eigen omgeving "
              "kunnen blijven. Deze ambitie vertalen wij in de komende planperiode stap voor stap naar de praktijk, "
              "in nauwe samenspraak met de schoolbesturen, de gemeenten en de ondersteuningsplanraad."),
    ]


def f_governance(n):
    return [
        ("h1", n.get("gov_kop", "Organisatie en governance")),
        ("p", f"{n['name']} is een stichting waarin {n['boards']} schoolbesturen samenwerken. De stichting kent een "
              "scheiding tussen bestuur en intern toezicht. Het bestuur wordt gevormd door een onafhankelijke "
              "directeur-bestuurder; het toezicht ligt bij een raad van toezicht van vijf leden, van wie drie op "
              "voordracht van de aangesloten schoolbesturen en twee onafhankelijke leden. De raad van toezicht "
              "vergadert ten minste vijf keer per jaar en keurt onder meer het jaarplan, de jaarrekening en het "
              "bestuursverslag goed."),
        ("p", "Naast de formele organen kent het samenwerkingsverband een directeurenoverleg en een "
              "bestuurdersoverleg. In het bestuurdersoverleg worden beleidsvoornemens voorbereid voordat zij aan de "
              "raad van toezicht worden voorgelegd. Het directeurenoverleg is vooral een plek voor uitwisseling: "
              "wat werkt er in de praktijk, waar lopen scholen tegenaan en welke signalen moeten wij oppakken? "
              "De governancecode van de sector is van toepassing; afwijkingen worden in het bestuursverslag "
              "toegelicht."),
        ("p", f"Het bureau van het samenwerkingsverband is gevestigd in {n['seat']}. Op het bureau werken "
              f"ongeveer {n['fte']} fte, verdeeld over staf, secretariaat, consulenten en gedragswetenschappers. De "
              "directeur-bestuurder is eindverantwoordelijk voor de dagelijkse leiding. De medewerkers zijn in dienst "
              "van het samenwerkingsverband of worden gedetacheerd vanuit een van de aangesloten besturen."),
        ("p", "Het samenwerkingsverband hecht aan transparantie. Het jaarverslag, de statuten en de samenstelling "
              "van de organen zijn openbaar. Besluiten van de raad van toezicht worden samengevat in een nieuwsbrief "
              "voor de aangesloten scholen."),
    ]


def f_opr_full(n):
    return [
        ("h2", "De ondersteuningsplanraad"),
        ("p", "De ondersteuningsplanraad (OPR) heeft instemmingsrecht op dit ondersteuningsplan en op iedere "
              "wijziging daarvan. De OPR bestaat uit twaalf leden: zes vertegenwoordigers van het personeel en zes "
              "vertegenwoordigers van ouders" + (" en leerlingen" if n['sector'] == 'vo' else "") +
              ", afgevaardigd vanuit de medezeggenschapsraden van de aangesloten scholen. Het samenwerkingsverband "
              "faciliteert de OPR met scholing, een ambtelijk secretaris en een vergoeding voor de leden die geen "
              "personeelslid zijn. De OPR vergadert zes keer per jaar; de directeur-bestuurder is bij een deel van de "
              "vergadering aanwezig."),
        ("p", "Bij de totstandkoming van dit plan is de OPR vanaf het begin betrokken. In drie werksessies hebben "
              "leden meegedacht over de opbouw en de hoofdkeuzes. Het concept is op "
              f"{n['opr_date']} voor instemming voorgelegd; de OPR heeft op {n['opr_ok']} ingestemd."),
    ]


def f_opr_neutral(n):
    return [
        ("h2", "Medezeggenschap"),
        ("p", "Het samenwerkingsverband kent een ondersteuningsplanraad (OPR) conform artikel 4a van de Wet "
              "medezeggenschap op scholen. De OPR heeft instemmingsrecht op het ondersteuningsplan. Het reglement en "
              "de werkwijze van de OPR zijn vastgelegd in een afzonderlijk medezeggenschapsstatuut. Daarnaast heeft "
              "het samenwerkingsverband een eigen medezeggenschapsraad voor het personeel van het bureau."),
        ("p", f"Het concept van dit plan is op {n['opr_date']} aan de OPR voorgelegd. De OPR heeft op "
              f"{n['opr_ok']} ingestemd."),
    ]


def f_oogo(n):
    return [
        ("h1", n.get("oogo_kop", "Samenwerking met gemeenten en jeugdhulp")),
        ("p", f"Het samenwerkingsverband werkt samen met de gemeenten {n['gemeenten']}. Over dit "
              "ondersteuningsplan is op overeenstemming gericht overleg (OOGO) gevoerd; omgekeerd hebben de "
              "gemeenten hun beleidsplannen jeugd met het samenwerkingsverband besproken. In het OOGO zijn "
              "afspraken gemaakt over de aansluiting tussen onderwijs en jeugdhulp, over leerlingenvervoer en over "
              "onderwijshuisvesting voor de speciale voorzieningen."),
        ("p", "Een concreet resultaat van die samenwerking is de inzet van jeugdprofessionals op school. Iedere "
              "school heeft een vaste contactpersoon vanuit het wijkteam die laagdrempelig kan meedenken en zo nodig "
              "jeugdhulp kan inzetten zonder lange wachttijd. Waar onderwijs en zorg samen een arrangement vormen, "
              "een onderwijs-zorgarrangement, stemmen school en wijkteam hun inzet af. De afspraken daarover liggen vast in "
              "een convenant dat jaarlijks wordt geëvalueerd in het bestuurlijk overleg met de wethouders."),
    ]


def f_personeel(n):
    return [
        ("h1", n.get("pers_kop", "Personeel en professionalisering")),
        ("p", "Passend onderwijs staat of valt met de mensen die het doen. Het lerarentekort raakt ook onze regio: "
              "vacatures blijven langer open, en het is lastig om gespecialiseerde functies zoals orthopedagoog of "
              "gedragsspecialist te vervullen. Het samenwerkingsverband kan dat probleem niet oplossen, maar kan wel "
              "bijdragen door scholing te organiseren, kennis te delen en werk uit handen te nemen waar dat kan."),
        ("p", "De effecten van dit plan op het personeel van de scholen zijn met de personeelsgeleding van de OPR "
              "besproken. Het plan leidt niet tot gedwongen verplaatsingen. Wel verwachten wij dat leraren vaker "
              "samenwerken met collega's uit het speciaal onderwijs en met jeugdprofessionals. Het samenwerkingsverband "
              "biedt daarvoor een scholingsaanbod via de eigen academie, met cursussen over gedrag, taalontwikkeling, "
              "executieve functies en het werken met een ontwikkelingsperspectief."),
        ("p", "Voor de eigen medewerkers van het bureau geldt een strategisch personeelsbeleid met aandacht voor "
              "duurzame inzetbaarheid, gesprekscyclus en professionalisering. Gedragswetenschappers in dienst van het "
              "samenwerkingsverband zijn BIG- of NIP/NVO-geregistreerd en nemen deel aan intervisie."),
    ]


def f_ict(n):
    return [
        ("h1", n.get("ict_kop", "Privacy, ICT en gegevensbeheer")),
        ("p", "Het samenwerkingsverband verwerkt persoonsgegevens van leerlingen, waaronder soms gegevens over "
              "gezondheid. Dat gebeurt alleen voor zover nodig voor de wettelijke taken en met inachtneming van de "
              "AVG. Er is een functionaris gegevensbescherming aangesteld die wordt gedeeld met twee andere "
              "samenwerkingsverbanden in de regio. Het privacyreglement is in 2025 geactualiseerd."),
        ("p", "Aanvragen en dossiers worden uitgewisseld via een beveiligde digitale omgeving. Scholen hebben "
              "daarin alleen toegang tot de dossiers van hun eigen leerlingen. Dossiers worden na afloop van de "
              "wettelijke bewaartermijn vernietigd. In de planperiode migreren wij naar een nieuwe versie van het "
              "registratiesysteem; de aanbesteding daarvan start in het voorjaar van 2026."),
        ("p", "Informatiebeveiliging is een gedeelde verantwoordelijkheid. Medewerkers volgen jaarlijks een korte "
              "training, incidenten worden gemeld en geregistreerd, en twee keer per jaar wordt de "
              "toegangsregistratie gecontroleerd."),
    ]


def f_kennis(n):
    return [
        ("h1", n.get("kennis_kop", "Kennisdeling en netwerken")),
        ("p", "Scholen leren het meest van elkaar. Daarom organiseert het samenwerkingsverband netwerken voor "
              "intern begeleiders, ondersteuningscoördinatoren, directeuren en gedragsspecialisten. In die "
              "netwerken worden casussen besproken, nieuwe inzichten gedeeld en wordt gewerkt aan gezamenlijke "
              "vraagstukken. Een voorbeeld is het netwerk hoogbegaafdheid, waarin scholen materialen uitwisselen en "
              "elkaars plusgroepen bezoeken."),
        ("p", "Daarnaast bieden wij een jaarlijkse studiedag voor alle medewerkers in de regio. De thema's worden "
              "bepaald in overleg met de scholen. In de afgelopen jaren stonden onder meer trauma-sensitief "
              "lesgeven, meertaligheid en samenwerking met ouders centraal. Ook het werken met arrangementen en het "
              "schrijven van een goed ontwikkelingsperspectief kwamen aan bod."),
        ("p", "Wij stimuleren dat scholen kleinschalige innovaties uitproberen en de opbrengsten delen. Dat kan "
              "bijvoorbeeld gaan over co-teaching, flexibele groeperingen of de inzet van onderwijsassistenten. De "
              "ervaringen worden gebundeld op het kennisplatform van het samenwerkingsverband."),
    ]


def f_vervoer(n):
    return [
        ("h2", "Leerlingenvervoer en huisvesting"),
        ("p", "Leerlingenvervoer is een taak van de gemeenten. Het samenwerkingsverband heeft hierin geen "
              "formele rol, maar signaleert wel knelpunten, bijvoorbeeld lange reistijden naar speciale "
              "voorzieningen. Ook onderwijshuisvesting is een gemeentelijke verantwoordelijkheid; in het "
              "overleg over de integrale huisvestingsplannen brengt het samenwerkingsverband de ruimtebehoefte "
              "voor ondersteuning in."),
    ]


def f_planning(n, rows):
    return [
        ("h1", n.get("plan_kop", "Planning en evaluatie van dit plan")),
        ("p", "Dit ondersteuningsplan beschrijft het beleid op hoofdlijnen voor de planperiode. De uitwerking vindt "
              "plaats in jaarplannen, die door de directeur-bestuurder worden opgesteld en na bespreking in het "
              "bestuurdersoverleg door de raad van toezicht worden goedgekeurd. Het jaarplan bevat de activiteiten, "
              "de planning en de verantwoordelijken voor dat schooljaar."),
        ("table", [["Periode", "Activiteit"]] + rows),
        ("p", "Halverwege de planperiode evalueren wij het plan met de schoolbesturen, de OPR en de gemeenten. Waar "
              "nodig wordt het plan bijgesteld; wijzigingen worden opnieuw ter instemming aan de OPR voorgelegd."),
    ]


def f_regio(n):
    return [
        ("h1", n.get("regio_kop", "Onze regio")),
        ("p", f"Het samenwerkingsverband omvat de gemeenten {n['gemeenten']}. Het gebied kent zowel stedelijke "
              "wijken als kleine kernen. De afstanden tussen de kernen zijn op sommige plekken groot, wat gevolgen "
              f"heeft voor de bereikbaarheid van voorzieningen. In het verband werken {n['boards']} schoolbesturen "
              f"samen, met in totaal {n['schools']} scholen en ongeveer {n['pupils']} leerlingen."),
        ("p", "De bevolkingsprognoses laten voor de komende jaren een lichte daling van het aantal leerlingen zien, "
              "vooral in de kleine kernen. In de stedelijke gebieden blijft het aantal leerlingen ongeveer gelijk. "
              "Tegelijk neemt de diversiteit toe: meer kinderen groeien meertalig op en het aantal nieuwkomers "
              "schommelt sterk met de internationale ontwikkelingen. Dit vraagt om flexibiliteit van scholen en van "
              "het samenwerkingsverband."),
    ]


def f_totstandkoming(n):
    return [
        ("h2", "Totstandkoming"),
        ("p", "Aan dit plan is ruim een jaar gewerkt. Er zijn gesprekken gevoerd met directeuren, intern "
              "begeleiders, leraren, ouders, leerlingen, gemeenten en ketenpartners. Ook de uitkomsten van de "
              "tevredenheidspeiling onder scholen zijn benut. Een schrijfgroep met vertegenwoordigers van de besturen "
              "heeft de teksten voorbereid. Het concept is besproken in het bestuurdersoverleg en in de OPR, en is "
              "daarna vastgesteld door de directeur-bestuurder met goedkeuring van de raad van toezicht."),
    ]


def f_leeswijzer(n):
    return [
        ("h2", "Leeswijzer"),
        ("p", "Na deze inleiding beschrijven wij onze visie en de context van de regio. Daarna volgen de "
              "hoofdstukken over de ondersteuning op school, de toewijzing van extra ondersteuning en de "
              "financiën. Het plan sluit af met de organisatie en de planning. Wie snel wil lezen, kan volstaan "
              "met de samenvatting; de hoofdstukken zijn zo geschreven dat zij ook los te lezen zijn."),
    ]


def f_wettelijk(n):
    wet = "artikel 18a WPO" if n["sector"] == "po" else "artikel 17a WVO (thans artikel 2.47 e.v. WVO 2020)"
    return [
        ("h2", n.get("wet_kop", "Wettelijk kader")),
        ("p", f"De wet ({wet}) schrijft voor dat het ondersteuningsplan in ieder geval ingaat op het samenhangend "
              "geheel van ondersteuningsvoorzieningen met inbegrip van de basisondersteuning, op de procedure en "
              "criteria voor de verdeling en besteding van middelen in het licht van een meerjarenbegroting, op de "
              "toelaatbaarheid tot het speciaal onderwijs, op terugplaatsing en overplaatsing, op de beoogde en "
              "bereikte resultaten en op de wijze waarop ouders worden geïnformeerd over voorzieningen en over "
              "onafhankelijke ondersteuningsmogelijkheden. Dit overzicht is opgenomen ter oriëntatie van de lezer; "
              "waar deze onderwerpen in dit plan aan bod komen, blijkt uit de inhoudsopgave."),
        ("p", "Naast de wet op het onderwijs zijn onder meer de Wet medezeggenschap op scholen, de Jeugdwet, de "
              "Leerplichtwet en de Algemene verordening gegevensbescherming van belang. Het plan wordt vóór 1 mei "
              "aan de Inspectie van het Onderwijs gezonden, nadat het op overeenstemming gericht overleg met de "
              "gemeenten is gevoerd en de ondersteuningsplanraad heeft ingestemd."),
    ]


def f_ambities(n):
    return [
        ("h2", n.get("amb_kop", "Onze ambities")),
        ("p", "Voor de komende vier jaar hebben wij een aantal ambities geformuleerd. Ze zijn bewust "
              "breed geformuleerd; de vertaling naar concrete activiteiten gebeurt in de jaarplannen."),
        ("ul", ["Minder bureaucratie: we streven naar formulieren die zoveel mogelijk aansluiten bij wat "
                "scholen al vastleggen.",
                "Sterkere samenwerking tussen besturen: we zetten in op gezamenlijke inkoop en uitwisseling "
                "van personeel waar mogelijk.",
                "Een lerende organisatie: we gaan onderzoeken hoe het bureau nog beter kan aansluiten bij de "
                "vragen van scholen.",
                "Zichtbaarheid: het samenwerkingsverband moet een herkenbaar gezicht hebben in elke gemeente.",
                "Duurzaamheid: bij de huisvesting van het bureau kiezen wij voor energiezuinige oplossingen."]),
        ("p", "Deze ambities zijn niet nieuw, maar krijgen in deze planperiode meer nadruk. Wij zijn ons ervan "
              "bewust dat niet alles tegelijk kan; in het eerste planjaar ligt het accent op de samenwerking "
              "tussen besturen en op het verminderen van administratieve lasten."),
    ]


def f_terugblik(n):
    return [
        ("h2", n.get("terug_kop", "Terugblik op de vorige planperiode")),
        ("p", "De vorige planperiode stond in het teken van bouwen aan de organisatie. Het bureau verhuisde naar "
              f"een nieuw pand in {n['seat']}, de website werd vernieuwd en de digitale aanvraagomgeving werd "
              "ingevoerd. Het aantal overleggen is teruggebracht en de vergaderstructuur is vereenvoudigd. In een "
              "evaluatie met directeuren en bestuurders werd vooral de bereikbaarheid van het bureau gewaardeerd; "
              "verbeterpunten waren de snelheid van terugkoppeling en de leesbaarheid van de documenten."),
        ("p", "De coronaperiode en de jaren daarna hebben ook sporen nagelaten. Scholen kregen te maken met "
              "personeelsuitval en met leerlingen die meer steun nodig hadden op sociaal-emotioneel gebied. Het "
              "samenwerkingsverband heeft in die periode met de scholen meegedacht over hun plannen in het kader "
              "van het Nationaal Programma Onderwijs; dat programma is inmiddels afgerond."),
    ]


def f_communicatie_scholen(n):
    return [
        ("h2", n.get("comm_kop", "Communicatie met scholen en partners")),
        ("p", "Het samenwerkingsverband communiceert met de scholen via een maandelijkse nieuwsbrief, het "
              "intranet en het directeurenoverleg. Bestuurders ontvangen na ieder bestuurdersoverleg een "
              "besluitenlijst. Met de gemeenten en ketenpartners is er een periodieke nieuwsbrief en een jaarlijkse "
              "werkconferentie. Wij streven naar heldere en toegankelijke taal in al onze uitingen; nieuwe "
              "documenten worden getoetst op taalniveau B1."),
        ("p", "Wij zijn actief op LinkedIn, waar wij vacatures, nieuws en voorbeelden uit de praktijk delen. "
              "Persvragen worden behandeld door de directeur-bestuurder of een door hem aangewezen medewerker."),
    ]


def f_onderzoek(n):
    return [
        ("h2", n.get("onderzoek_kop", "Samenwerking met hogescholen en onderzoek")),
        ("p", "Het samenwerkingsverband werkt samen met de pabo en de lerarenopleiding in de regio. Studenten "
              "lopen stage bij de bovenschoolse voorzieningen en doen afstudeeronderzoek naar vragen uit de "
              "praktijk. Met een lectoraat inclusief onderwijs loopt een praktijkgericht onderzoek naar de "
              "samenwerking tussen leraren en onderwijsassistenten. De uitkomsten worden gedeeld in de netwerken "
              "en op de jaarlijkse studiedag."),
        ("p", "Daarnaast nemen wij deel aan het landelijke netwerk van samenwerkingsverbanden en aan het regionale "
              "overleg met de samenwerkingsverbanden " + ("voortgezet" if n["sector"] == "po" else "primair") +
              " onderwijs, waarmee wij op grond van de wet overleg voeren over het ondersteuningsplan."),
    ]


def f_arbeidsmarkt(n):
    return [
        ("h1", n.get("arb_kop", "Aansluiting onderwijs en arbeidsmarkt")),
        ("p", "Een goede overstap naar vervolgonderwijs of werk is voor veel jongeren een kwetsbaar moment. De "
              "scholen werken samen met de mbo-instellingen in de regio aan loopbaanoriëntatie en -begeleiding, "
              "met meeloopdagen, gezamenlijke open dagen en een doorlopend overstapdossier. Voor leerlingen van "
              "het praktijkonderwijs en het vso zijn er afspraken met werkgevers over stageplaatsen en over "
              "begeleiding op de werkvloer."),
        ("p", "Het UWV en de werkgeversorganisaties zijn betrokken via het regionale werkbedrijf. Jongeren die de school "
              "zonder startkwalificatie verlaten, worden gevolgd door het Regionaal Meld- en Coördinatiepunt. Het "
              "samenwerkingsverband heeft hierin geen eigen uitvoerende rol, maar deelt signalen en neemt deel aan "
              "het regionale overleg. In de planperiode onderzoeken wij met de mbo-instellingen of een "
              "gezamenlijke entreevoorziening wenselijk is; een besluit daarover is nog niet genomen."),
        ("p", "Ook de overgang van het primair naar het voortgezet onderwijs vraagt aandacht. Basisscholen en "
              "vo-scholen houden jaarlijks een overdrachtsmarkt, waar leerkrachten van groep 8 en mentoren van de "
              "brugklas elkaar ontmoeten. De afspraken over de overdracht zijn vastgelegd in de regionale "
              "POVO-kalender."),
    ]


# ---------------------------------------------------------------------------------------------
# Rendering
# ---------------------------------------------------------------------------------------------

def to_docx(blocks, path, header=None, footer=None, font="Calibri"):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    if header:
        sec.header.paragraphs[0].text = header
    if footer:
        sec.footer.paragraphs[0].text = footer
    for b in blocks:
        kind = b[0]
        if kind == "title":
            doc.add_heading(b[1], level=0)
        elif kind == "sub":
            doc.add_paragraph(b[1]).runs[0].italic = True
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
        elif kind == "toc":
            doc.add_heading(b[1], level=1)
            for it in b[2]:
                doc.add_paragraph(it)
        elif kind == "table":
            rows = b[1]
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    t.cell(i, j).text = c
                    if i == 0:
                        for run in t.cell(i, j).paragraphs[0].runs:
                            run.bold = True
            doc.add_paragraph("")
        elif kind == "break":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        else:
            raise ValueError(kind)
    cp = doc.core_properties
    cp.author = "holdout154"
    cp.last_modified_by = "holdout154"
    cp.created = cp.modified = datetime.datetime(2026, 4, 1, 12, 0, 0)
    cp.revision = 1
    doc.save(str(path))
    _fix_zip(path)


def _fix_zip(path):
    """Rewrite the .docx zip with fixed timestamps so the output is byte-for-byte reproducible."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2026, 4, 1, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def to_html(blocks, path, title, nav_label="Inhoud"):
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           f"<title>{e(title)}</title>",
           "<style>body{font-family:Verdana,sans-serif;max-width:52em;margin:auto}"
           "nav{background:#eef;padding:1em}table{border-collapse:collapse}td,th{border:1px solid #999;padding:4px}"
           "</style>", "</head>", "<body>",
           '<header><p class="site">' + e(title) + ' &middot; <a href="#">Home</a> &middot; '
           '<a href="#">Ouders</a> &middot; <a href="#">Scholen</a> &middot; <a href="#">Contact</a></p></header>',
           "<main>"]
    for b in blocks:
        kind = b[0]
        if kind == "title":
            out.append(f"<h1>{e(b[1])}</h1>")
        elif kind == "sub":
            out.append(f"<p><em>{e(b[1])}</em></p>")
        elif kind == "h1":
            out.append(f"<h2>{e(b[1])}</h2>")
        elif kind == "h2":
            out.append(f"<h3>{e(b[1])}</h3>")
        elif kind == "p":
            out.append(f"<p>{e(b[1])}</p>")
        elif kind in ("ul", "ol"):
            out.append(f"<{kind}>" + "".join(f"<li>{e(x)}</li>" for x in b[1]) + f"</{kind}>")
        elif kind == "toc":
            out.append(f'<nav><strong>{e(b[1])}</strong><ul>' +
                       "".join(f"<li><a href=\"#\">{e(x)}</a></li>" for x in b[2]) + "</ul></nav>")
        elif kind == "table":
            rows = b[1]
            s = "<table><tr>" + "".join(f"<th>{e(c)}</th>" for c in rows[0]) + "</tr>"
            for r in rows[1:]:
                s += "<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>"
            out.append(s + "</table>")
        elif kind == "break":
            pass
        else:
            raise ValueError(kind)
    out += ["</main>", "<footer><p>&copy; 2026 " + e(title) +
            " &middot; Privacyverklaring &middot; Toegankelijkheid &middot; Ouder- en jeugdsteunpunt &middot; "
            "Nieuwsbrief</p></footer>", "</body>", "</html>"]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def to_pdf(blocks, pdf_path, header=None, footer=None, font="Calibri"):
    tmp = Path(tempfile.mkdtemp(prefix="holdout154_"))
    try:
        src = tmp / (pdf_path.stem + ".docx")
        to_docx(blocks, src, header=header, footer=footer, font=font)
        prof = tmp / "lo_profile"
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", "pdf",
                        "--outdir", str(tmp), str(src)], check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, timeout=240)
        shutil.copyfile(tmp / (pdf_path.stem + ".pdf"), pdf_path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def words(blocks):
    c = 0
    for b in blocks:
        if b[0] in ("title", "sub", "h1", "h2", "p"):
            c += len(b[1].split())
        elif b[0] in ("ul", "ol"):
            c += sum(len(x.split()) for x in b[1])
        elif b[0] == "toc":
            c += sum(len(x.split()) for x in b[2])
        elif b[0] == "table":
            c += sum(len(x.split()) for r in b[1] for x in r)
    return c


# ---------------------------------------------------------------------------------------------
# Plan 1 — PO, .docx, formal numbered house style
# ---------------------------------------------------------------------------------------------
N1 = dict(name="Stichting Samenwerkingsverband Passend Primair Onderwijs De Brede Waard", short="De Brede Waard",
          code="PO 27-09", region="de Waardstreek", gemeenten="Waardveen, Oosterlaag en Bremmel", sector="po",
          boards="elf", schools="58", pupils="11.400", seat="Waardveen", fte="19",
          opr_date="10 februari 2026", opr_ok="17 maart 2026")


def plan1():
    n = N1
    b = [("title", "Ondersteuningsplan 2026-2030"),
         ("sub", f"{n['name']} ({n['code']}) — vastgesteld door de directeur-bestuurder op 14 april 2026"),
         ("toc", "Inhoudsopgave", [
             "Voorwoord", "1. Inleiding", "2. Visie en missie", "3. Onze regio",
             "4. Basisondersteuning", "5. Het ondersteuningscontinuüm", "6. Toelaatbaarheid tot sbo en so",
             "7. Dekkend netwerk en thuiszitters", "8. Communicatie", "9. Kwaliteit en resultaten",
             "10. Samenwerking met gemeenten", "11. Organisatie en governance", "12. Personeel",
             "13. Financiën en meerjarenbegroting", "14. Planning", "Bijlage: begrippenlijst"]),
         ("break",),
         ("h1", "Voorwoord"),
         ("p", "Voor u ligt het derde ondersteuningsplan van De Brede Waard. Het is een plan dat voortbouwt op wat "
               "er de afgelopen jaren is bereikt, en dat tegelijk scherper kiest. Wij hebben geluisterd naar "
               "leraren die vroegen om minder formulieren, naar ouders die vroegen om duidelijkheid en naar "
               "gemeenten die vroegen om samenhang. Dat heeft geleid tot een plan dat concreter is dan zijn "
               "voorgangers: wat mag u van iedere school verwachten, hoe werkt de toewijzing van extra "
               "ondersteuning en waar gaat het geld naartoe."),
         ("p", "Een woord van dank aan iedereen die heeft meegedacht: de leden van de schrijfgroep, de OPR, de "
               "directeuren en intern begeleiders, en de vele ouders die een vragenlijst invulden. Zonder hen "
               "was dit plan er niet geweest."),
         ("p", "Mr. drs. H. van Oosterlaag, directeur-bestuurder"),
         ("h1", "1. Inleiding"),
         ("p", "Ieder samenwerkingsverband stelt ten minste eens in de vier jaar een ondersteuningsplan vast "
               "(artikel 18a Wet op het primair onderwijs). Dit plan geldt van 1 augustus 2026 tot en met 31 juli "
               "2030. Het is vóór 1 mei 2026 aan de Inspectie van het Onderwijs gezonden."),
         ] + f_totstandkoming(n) + f_leeswijzer(n) + f_visie(dict(n, visie_kop="2. Visie en missie")) + \
        f_regio(dict(n, regio_kop="3. Onze regio")) + [
         ("table", [["Kengetal (1 oktober 2025)", "Aantal"], ["Basisscholen", "54"], ["Sbo-scholen", "2"],
                    ["So-locaties (cluster 3 en 4)", "2"], ["Leerlingen basisonderwijs", "10.880"],
                    ["Leerlingen sbo", "312"], ["Leerlingen so", "208"]]),
         ("h1", "4. Basisondersteuning"),
         ("h2", "4.1 Het afgesproken niveau"),
         ("p", "De schoolbesturen van De Brede Waard hebben met elkaar vastgelegd welk niveau van ondersteuning "
               "elke vestiging van elke basisschool in het verband ten minste biedt. Dat niveau noemen wij de "
               "basisondersteuning. Het geldt voor alle 54 basisscholen, ongeacht bestuur, denominatie of omvang, "
               "en het is zonder aanvraag of toestemming van het samenwerkingsverband beschikbaar voor ieder kind "
               "dat op de school staat ingeschreven. Een school mag meer bieden, nooit minder."),
         ("h2", "4.2 Wat u van iedere school mag verwachten"),
         ("p", "Concreet betekent dit dat iedere basisschool in onze regio het volgende in huis heeft:"),
         ("ul", ["een intern begeleider met ten minste 0,4 fte per 200 leerlingen, die de leerlingenzorg coördineert;",
                 "een leerlingvolgsysteem en ten minste drie groepsbesprekingen per jaar per groep;",
                 "een dyslexie- en een dyscalculieprotocol, inclusief signalering vanaf groep 2 en "
                 "hulpmiddelen zoals voorleessoftware;",
                 "een aanpak voor sociale veiligheid en gedrag met een gevalideerd programma en een "
                 "anti-pestcoördinator;",
                 "een aanbod voor kinderen die meer aankunnen, binnen de groep en via een schoolbrede verrijkingsaanpak;",
                 "protocollen voor medisch handelen en voor het geven van medicijnen;",
                 "een ondersteuningsteam dat ten minste vier keer per jaar bijeenkomt, met daarin de intern "
                 "begeleider, de jeugdprofessional uit het wijkteam en op verzoek een consulent van het "
                 "samenwerkingsverband;",
                 "het opstellen van een ontwikkelingsperspectief voor iedere leerling die een eigen leerlijn volgt."]),
         ("h2", "4.3 Borging"),
         ("p", "Elke school beschrijft in de schoolgids hoe zij de basisondersteuning invult. Eens per jaar voert "
               "een consulent met de directeur en de intern begeleider een schoolgesprek aan de hand van de "
               "kwaliteitskaart basisondersteuning. Als een school op onderdelen onder het afgesproken niveau zit, "
               "maakt de school binnen drie maanden een verbeterplan dat het bestuur aan het samenwerkingsverband "
               "stuurt; de consulent volgt de uitvoering."),
         ("h1", "5. Het ondersteuningscontinuüm"),
         ("p", "Ondersteuning in De Brede Waard is opgebouwd in vijf niveaus. Niveau 1 en 2 vallen binnen de "
               "basisondersteuning: goed onderwijs in de groep en extra aandacht binnen de school. Niveau 3 is extra "
               "ondersteuning op de eigen school met inzet van het samenwerkingsverband, in de vorm van een "
               "arrangement: bijvoorbeeld begeleiding door een gedragsspecialist, een taalarrangement voor "
               "nieuwkomers of een individueel onderwijsassistentiearrangement. Niveau 4 betreft bovenschoolse "
               "voorzieningen: de Taalklas in Waardveen, de plusklas De Uitdaging en de observatiegroep Kijkwijs "
               "voor jonge kinderen. Niveau 5 is het speciaal (basis)onderwijs: sbo De Wissel en sbo Het Kompas, "
               "en de so-scholen Het Anker (cluster 4) en De Zonnewijzer (cluster 3)."),
         ("p", "Tussen de niveaus bestaan korte lijnen. Een arrangement op niveau 3 wordt aangevraagd door de "
               "school via het ondersteuningsloket en kan binnen tien werkdagen starten. De sbo- en so-scholen "
               "bieden daarnaast ambulante expertise aan de reguliere scholen."),
         ("h1", "6. Toelaatbaarheid tot sbo en so"),
         ("h2", "6.1 De aanvraag"),
         ("p", "Wanneer een school en de ouders samen concluderen dat een leerling is aangewezen op het sbo of "
               "het so, dient het bevoegd gezag van de school waar de leerling staat ingeschreven een aanvraag "
               "voor een toelaatbaarheidsverklaring (TLV) in bij de Commissie Toelaatbaarheid van het "
               "samenwerkingsverband. Bij de aanvraag horen het ontwikkelingsperspectief, een overzicht van de "
               "geboden ondersteuning en de evaluatie daarvan, en de zienswijze van de ouders."),
         ("ol", ["Stap 1 — De school bespreekt de leerling in het ondersteuningsteam, met ouders en consulent.",
                 "Stap 2 — Het bevoegd gezag dient de aanvraag digitaal in bij het loket.",
                 "Stap 3 — Twee deskundigen brengen elk afzonderlijk schriftelijk advies uit: een orthopedagoog "
                 "of psycholoog en, afhankelijk van de leerling, een tweede deskundige (bijvoorbeeld een "
                 "maatschappelijk werker, kinderarts of pedagoog). Zij waren niet betrokken bij de aanvraag.",
                 "Stap 4 — De Commissie Toelaatbaarheid besluit binnen zes weken na ontvangst van de volledige "
                 "aanvraag; ouders ontvangen het besluit en een afschrift van de adviezen."]),
         ("h2", "6.2 Criteria"),
         ("p", "De commissie toetst de aanvraag aan de volgende criteria."),
         ("table", [["Voorziening", "Een leerling is toelaatbaar als …"],
                    ["sbo", "de ondersteuningsbehoefte de mogelijkheden van niveau 1 t/m 4 overstijgt, aantoonbaar "
                            "ten minste een jaar een arrangement is ingezet en geëvalueerd, en de leerling "
                            "aangewezen is op een kleine groep met een specifiek pedagogisch klimaat"],
                    ["so cluster 3", "sprake is van een verstandelijke, lichamelijke of meervoudige beperking of "
                                     "langdurige ziekte waardoor de leerling op onderwijs én zorg in één setting "
                                     "is aangewezen"],
                    ["so cluster 4", "sprake is van ernstige gedrags- of psychiatrische problematiek waardoor het "
                                     "sbo met arrangement niet toereikend is, blijkend uit het "
                                     "ontwikkelingsperspectief en de deskundigenadviezen"]]),
         ("h2", "6.3 Duur en bekostigingscategorie"),
         ("p", "Een TLV voor het sbo wordt afgegeven voor twee schooljaren, een TLV voor het so voor ten hoogste "
               "drie schooljaren. Voor het so stelt de commissie de bekostigingscategorie vast: laag, midden of hoog, "
               "afhankelijk van de intensiteit van de zorg."),
         ("h2", "6.4 Bezwaar"),
         ("p", "Ouders die het niet eens zijn met het besluit kunnen binnen zes weken bezwaar maken bij het "
               "samenwerkingsverband. Het verband is aangesloten bij de Landelijke Bezwaaradviescommissie "
               "Toelaatbaarheidsverklaringen, die advies uitbrengt voordat op het bezwaar wordt beslist."),
         ("h2", "6.5 Na afloop van de TLV"),
         ("p", "Een TLV is geen eindstation. In het laatste jaar van de geldigheid organiseert de sbo- of so-school "
               "uiterlijk in februari een evaluatiegesprek met de ouders, de consulent van het samenwerkingsverband "
               "en, als terugkeer in beeld is, de beoogde basisschool. De sbo- of so-school neemt daartoe het "
               "initiatief. Uitkomst is een advies: terugplaatsing naar het basisonderwijs, voortzetting (waarvoor "
               "een nieuwe aanvraag nodig is) of overplaatsing naar een andere vorm. De Commissie Toelaatbaarheid "
               "neemt over een verlenging een besluit vóór 1 juni; zonder nieuw besluit eindigt de TLV op 31 juli."),
         ("p", "Ons beleid is dat terugkeer naar een basisschool dicht bij huis het uitgangspunt is zodra de "
               "ontwikkeling van het kind dat toelaat. Voorwaarde is dat de ontvangende school de "
               "ondersteuningsbehoefte kan invullen met de basisondersteuning plus een arrangement. Een "
               "teruggeplaatste leerling krijgt daarom standaard een terugkeerarrangement van een jaar: "
               "ambulante begeleiding vanuit de s(b)o-school en een wendbaar budget van € 3.500 voor de "
               "ontvangende school. Na zes en twaalf maanden evalueert de consulent met school en ouders."),
         ("h1", "7. Dekkend netwerk en thuiszitters"),
         ("p", "Een dekkend netwerk betekent dat er voor ieder kind een passende plek is. Om te weten waar dat "
               "niet lukt, houdt het samenwerkingsverband een registratie bij van alle kinderen die langer dan "
               "vier weken niet of gedeeltelijk naar school gaan. Scholen melden deze kinderen binnen een week bij "
               "de consulent. Iedere zes weken bespreekt het thuiszittersoverleg — samenwerkingsverband, "
               "leerplicht en wijkteams — elke melding en spreekt een eigenaar en een termijn af."),
         ("p", "Waar het bestaande aanbod niet past, kan de directeur-bestuurder een maatwerkplek financieren. "
               "Twee keer per jaar analyseren wij de meldingen op patronen: ontbreekt er een type voorziening, "
               "of lopen kinderen vast op een overgang? De uitkomsten gaan naar het bestuurdersoverleg, dat "
               "besluit over nieuw aanbod. Zo is in 2024 de observatiegroep Kijkwijs ontstaan."),
         ("h1", "8. Communicatie"),
         ("p", "Goede communicatie is een voorwaarde voor vertrouwen. Wij communiceren met scholen via de "
               "nieuwsbrief en het directeurenoverleg, met gemeenten via het bestuurlijk overleg en met de "
               "samenleving via onze website en sociale media."),
         ("p", "Ouders informeren wij langs drie wegen. Elke school beschrijft in de schoolgids welke "
               "ondersteuning zij biedt en hoe ouders daarbij betrokken zijn. Op de website staat een "
               "ouderpagina met een uitleg van basisondersteuning, arrangementen en de TLV-procedure, en een "
               "brochure 'Passend onderwijs in de Waardstreek' in het Nederlands, Engels, Arabisch en Pools. "
               "Tweemaal per jaar organiseren wij een informatieavond voor ouders, in wisselende gemeenten."),
         ("p", "Soms lopen ouders vast of zijn zij het niet eens met de school. Zij kunnen dan terecht bij het "
               "Ouder- en Jeugdsteunpunt Waardstreek, dat onafhankelijk van scholen en samenwerkingsverband "
               "werkt en bereikbaar is via een eigen telefoonnummer en spreekuur. Daarnaast kunnen ouders de "
               "landelijke Onderwijsconsulenten inschakelen of een klacht indienen bij de "
               "klachtencommissie waarbij het schoolbestuur is aangesloten."),
         ("h1", "9. Kwaliteit en resultaten"),
         ("p", "Wij willen in 2030 het volgende hebben bereikt voor leerlingen met een ondersteuningsbehoefte:"),
         ("ul", ["het aantal thuiszitters langer dan drie maanden is teruggebracht van 14 naar hooguit 5;",
                 "ten minste 85% van de arrangementen op niveau 3 bereikt de in het OPP gestelde doelen;",
                 "het deelnamepercentage sbo en so blijft onder de 3,5%;",
                 "ten minste 20 leerlingen per jaar keren terug uit het s(b)o naar het basisonderwijs."]),
         ("p", "Hoe wij deze doelen volgen en waarover wij rapporteren, leggen wij in het eerste planjaar vast in "
               "een monitoringskader. Tot die tijd worden de doelen niet afzonderlijk gemeten."),
        ] + f_oogo(dict(n, oogo_kop="10. Samenwerking met gemeenten")) + f_vervoer(n) + \
        f_governance(dict(n, gov_kop="11. Organisatie en governance")) + f_opr_full(n) + \
        f_personeel(dict(n, pers_kop="12. Personeel")) + f_kennis(dict(n, kennis_kop="12a. Kennisdeling")) + [
         ("h1", "13. Financiën en meerjarenbegroting"),
         ("h2", "13.1 Verdeling van de middelen"),
         ("p", "De ondersteuningsmiddelen worden volgens een vast verdeelmodel over de schoolbesturen verdeeld. "
               "Elk bestuur ontvangt een schoolbudget van € 95 per leerling (teldatum 1 oktober van het "
               "voorgaande jaar) plus een vaste voet van € 6.000 per school, te besteden aan de basisondersteuning "
               "en niveau 3. Arrangementen die het schoolbudget overstijgen, worden aangevraagd bij het loket en "
               "toegekend op basis van het OPP en de criteria van de arrangementenkaart. De middelen voor het "
               "s(b)o worden conform de wettelijke systematiek afgedragen; groeibekostiging op 1 februari wordt "
               "verrekend naar rato van het aantal leerlingen per bestuur."),
         ("h2", "13.2 Begroting"),
         ("p", "De meerjarenbegroting 2026-2030 wordt na vaststelling van dit plan door de raad van toezicht "
               "goedgekeurd en volgt in december 2026. Bedragen per post: p.m."),
         ("table", [["Post", "2026", "2027", "2028", "2029"], ["Schoolbudgetten", "p.m.", "p.m.", "p.m.", "p.m."],
                    ["Arrangementen", "p.m.", "p.m.", "p.m.", "p.m."], ["Bureau", "p.m.", "p.m.", "p.m.", "p.m."]]),
         ("h2", "13.3 Reserves"),
         ("p", "Het samenwerkingsverband hanteert een signaleringswaarde voor het eigen vermogen conform de "
               "Inspectie-norm. Het weerstandsvermogen wordt jaarlijks berekend op basis van een risico-inventarisatie; "
               "reserves boven de signaleringswaarde worden binnen twee jaar ingezet voor arrangementen."),
        ] + f_ict(dict(n, ict_kop="13a. Privacy")) + f_planning(dict(n, plan_kop="14. Planning"), [
            ["2026-2027", "Monitoringskader opstellen; evaluatie verdeelmodel"],
            ["2027-2028", "Tussenevaluatie met OPR en gemeenten"],
            ["2028-2029", "Uitbreiding Taalklas naar Bremmel"],
            ["2029-2030", "Voorbereiding nieuw ondersteuningsplan"]]) + [
         ("h1", "Bijlage: begrippenlijst"),
         ("table", [["Begrip", "Betekenis"],
                    ["Basisondersteuning", "Het afgesproken niveau van ondersteuning dat iedere school biedt."],
                    ["Meerjarenbegroting", "Begroting van het samenwerkingsverband over vier jaar."],
                    ["Monitoring", "Het stelselmatig volgen van resultaten van leerlingen met extra ondersteuning."],
                    ["OJSP", "Ouder- en jeugdsteunpunt."],
                    ["TLV", "Toelaatbaarheidsverklaring voor sbo of so."],
                    ["Terugplaatsing", "Terugkeer van een leerling uit het s(b)o naar het basisonderwijs."]]),
        ]
    return b


# ---------------------------------------------------------------------------------------------
# Plan 2 — VO, .docx, "Hoofdstuk" style with tables
# ---------------------------------------------------------------------------------------------
N2 = dict(name="Samenwerkingsverband Voortgezet Onderwijs Kempenrand", short="Kempenrand", code="VO 30-05",
          region="de Kempenrand", gemeenten="Eerselhoven, Bladel-Zuid, Reusel-Akker en Valkenhorst", sector="vo",
          boards="zeven", schools="14", pupils="9.300", seat="Eerselhoven", fte="24",
          opr_date="3 februari 2026", opr_ok="24 maart 2026")


def plan2():
    n = N2
    b = [("title", "Ondersteuningsplan Kempenrand 2026–2030"),
         ("sub", f"{n['name']} · {n['code']} · versie voor instemming OPR"),
         ("toc", "Inhoud", [
             "Hoofdstuk 1 Waar we staan", "Hoofdstuk 2 Visie", "Hoofdstuk 3 Basisondersteuning",
             "Hoofdstuk 4 Extra ondersteuning en voorzieningen", "Hoofdstuk 5 Toewijzing vso, lwoo en pro",
             "Hoofdstuk 6 Terugkeer naar het regulier onderwijs", "Hoofdstuk 7 Thuiszitters en dekkend aanbod",
             "Hoofdstuk 8 Ouders en leerlingen", "Hoofdstuk 9 Kwaliteit: doelen en monitoring",
             "Hoofdstuk 10 Geld en middelen", "Hoofdstuk 11 Organisatie", "Hoofdstuk 12 Jeugdhulp en gemeenten",
             "Afkortingen"]),
         ("break",),
         ("h1", "Hoofdstuk 1 Waar we staan"),
         ("p", "Kempenrand is een samenwerkingsverband van zeven besturen voor voortgezet onderwijs, met veertien "
               "vestigingen voor vmbo, havo, vwo en praktijkonderwijs, en één vso-school met twee locaties. In de "
               "vorige planperiode hebben we veel bereikt: het OPDC De Brug is uitgebreid, de wachtlijst voor "
               "ambulante begeleiding is verdwenen en de lichte ondersteuning is bij alle scholen goed ingebed. "
               "Tegelijk zien we dat leerlingen met complexe vragen nog te vaak tussen wal en schip raken."),
         ("p", "Dit ondersteuningsplan geldt van 1 augustus 2026 tot en met 31 juli 2030. Het is een plan voor "
               "vier jaar, dat jaarlijks wordt uitgewerkt in een activiteitenplan en een begroting. We hebben "
               "bewust gekozen voor een plan dat leesbaar is voor leraren, ouders en leerlingen; technische "
               "details staan in tabellen."),
        ] + f_totstandkoming(n) + f_wettelijk(n) + f_visie(dict(n, visie_kop="Hoofdstuk 2 Visie")) + f_regio(dict(n, regio_kop="2.1 De regio")) + [
         ("h1", "Hoofdstuk 3 Basisondersteuning"),
         ("p", "De basisondersteuning is het door alle besturen van Kempenrand afgesproken minimumniveau van "
               "ondersteuning dat iedere vestiging, ongeacht schoolsoort of leerweg, biedt aan al haar leerlingen. "
               "Dit niveau is vastgelegd in de Kempenrandstandaard. Een school die de standaard niet haalt, mag "
               "geen beroep doen op bovenschoolse voorzieningen voordat zij een verbeterplan heeft ingediend."),
         ("p", "Welke interventies, expertise en voorzieningen daar precies onder vallen, staat in de "
               "Kempenrandstandaard (bijlage 2 bij dit plan). De standaard wordt in het schooljaar 2026-2027 "
               "geactualiseerd in een werkgroep van ondersteuningscoördinatoren; de geactualiseerde versie volgt."),
         ("h1", "Hoofdstuk 4 Extra ondersteuning en voorzieningen"),
         ("p", "Boven op de basisondersteuning kent Kempenrand een getrapt aanbod. Iedere school ontvangt een budget "
               "voor lichte ondersteuning, waarmee zij bijvoorbeeld een dyslexiecoach, faalangsttraining of een "
               "trajectvoorziening in eigen huis organiseert. Wie meer nodig heeft, kan via het loket een "
               "arrangement krijgen: ambulante begeleiding, een onderwijs-zorgarrangement met jeugdhulp of een "
               "tijdelijke plaatsing in een bovenschoolse voorziening."),
         ("table", [["Voorziening", "Voor wie", "Duur"],
                    ["Trajectvoorziening op school", "leerlingen die tijdelijk uit de klas moeten", "max. 12 weken"],
                    ["OPDC De Brug", "vmbo-leerlingen met gedrags- en leerproblemen", "1–2 jaar"],
                    ["Rebound Kempenrand", "leerlingen na een time-out of schorsing", "max. 13 weken"],
                    ["Schakelklas ISK", "nieuwkomers met weinig Nederlands", "1–2 jaar"],
                    ["vso De Horizon", "leerlingen met een TLV (cluster 3 en 4)", "volgens TLV"]]),
         ("p", "Samen vormen deze voorzieningen één doorlopend geheel: van de mentor in de klas tot het vso. "
               "Leerlingen kunnen tussen de voorzieningen doorstromen zonder opnieuw de hele procedure te doorlopen."),
         ("h1", "Hoofdstuk 5 Toewijzing vso, lwoo en pro"),
         ("h2", "5.1 Toelaatbaarheid vso"),
         ("p", "De aanvraag voor een toelaatbaarheidsverklaring vso wordt gedaan door het bevoegd gezag van de "
               "school waar de leerling is ingeschreven (of, bij een leerling uit het primair onderwijs, door de "
               "vso-school na aanmelding). De aanvraag gaat naar de Commissie Toewijzing van Kempenrand. Binnen "
               "vijf werkdagen controleert het loket de volledigheid. Daarna brengen een orthopedagoog en een "
               "tweede deskundige (psycholoog, jeugdarts of maatschappelijk werker) elk een eigen schriftelijk "
               "advies uit. De Commissie Toewijzing besluit binnen zes weken. Ouders en leerling worden gehoord."),
         ("p", "Een leerling is toelaatbaar tot het vso wanneer (a) de ondersteuningsbehoefte op minimaal twee "
               "domeinen (leren, gedrag, werkhouding, fysiek-medisch) de mogelijkheden van de reguliere school "
               "inclusief arrangementen overstijgt, (b) er een aantoonbaar doorlopen traject van minimaal zes "
               "maanden extra ondersteuning is, tenzij sprake is van een crisissituatie, en (c) beide deskundigen "
               "het vso als passend adviseren."),
         ("p", "De TLV wordt afgegeven voor één tot vier schooljaren, met een bekostigingscategorie laag, midden of "
               "hoog. Tegen het besluit kan binnen zes weken bezwaar worden gemaakt; Kempenrand is aangesloten bij "
               "de Landelijke Bezwaaradviescommissie."),
         ("h2", "5.2 Leerwegondersteunend onderwijs en praktijkonderwijs"),
         ("p", "Kempenrand hanteert de landelijke criteria voor lwoo en pro. Een leerling komt in aanmerking voor "
               "lwoo bij een IQ tussen 75 en 90 en een leerachterstand van 25 tot 50 procent op twee van de vier "
               "domeinen (begrijpend lezen, technisch lezen, spelling, inzichtelijk rekenen), of bij een IQ tussen "
               "91 en 120 met sociaal-emotionele problematiek. Voor pro geldt een IQ tussen 55 en 80 en een "
               "leerachterstand van ten minste 50 procent op twee domeinen, waarvan één begrijpend lezen of rekenen."),
         ("table", [["Stap", "Wie", "Termijn"],
                    ["Aanmelding bij vo-school met onderwijskundig rapport en testgegevens", "basisschool en ouders",
                     "vóór 15 maart"],
                    ["Aanvraag lwoo/pro bij de Commissie Toewijzing", "vo-school", "vóór 1 april"],
                    ["Besluit", "Commissie Toewijzing", "binnen 4 weken"],
                    ["Aanwijzing geldt", "—", "gehele vo-loopbaan (lwoo) / tot uitstroom (pro)"]]),
         ("h1", "Hoofdstuk 6 Terugkeer naar het regulier onderwijs"),
         ("p", "Wij vinden dat een plek in het vso een tijdelijke plek moet kunnen zijn. Ons uitgangspunt is dat "
               "iedere leerling in het vso het perspectief houdt op een diploma of certificaat in het regulier "
               "onderwijs of het mbo, en dat terugkeer wordt overwogen zodra de ondersteuningsbehoefte dat toelaat. "
               "Voorwaarden daarbij zijn dat de leerling stabiel functioneert in een grotere groep, dat de "
               "ontvangende school de benodigde ondersteuning kan bieden en dat de overgang op een natuurlijk "
               "moment plaatsvindt, bij voorkeur aan het begin van een leerjaar."),
         ("p", "Na terugkeer ontvangt de ontvangende school een terugkeerarrangement: maximaal één jaar begeleiding "
               "door een ambulant begeleider van De Horizon en, als dat nodig is, een plek in de trajectvoorziening."),
         ("p", "De stappen die bij een terugkeer worden gezet, wie het initiatief neemt en op welke momenten wordt "
               "geëvalueerd, werken wij uit in het protocol Terugkeer dat in het eerste planjaar met De Horizon "
               "wordt opgesteld."),
         ("h1", "Hoofdstuk 7 Thuiszitters en dekkend aanbod"),
         ("p", "Het dekkend aanbod en de aanpak van thuiszitters vormen een belangrijk thema voor de komende "
               "planperiode. We willen dat geen enkele jongere in de Kempenrand thuis komt te zitten. Hoe we dat "
               "gaan organiseren, beschrijven we in een aparte notitie 'Iedereen een plek' die het bestuur in de "
               "loop van 2027 vaststelt."),
         ("h1", "Hoofdstuk 8 Ouders en leerlingen"),
         ("p", "Ouders zijn de eerste gesprekspartner van de school. Bij de overgang van groep 8 naar de brugklas "
               "ontvangen alle ouders de brochure 'Passend op weg', waarin staat welke ondersteuning de scholen "
               "bieden, hoe lwoo en pro worden toegewezen en wat het vso is. In september organiseert iedere school "
               "een informatieavond over ondersteuning, en de mentor bespreekt in het startgesprek welke hulp een "
               "leerling kan krijgen. De schoolgids van elke school bevat een hoofdstuk ondersteuning."),
         ("p", "Leerlingen met een ontwikkelingsperspectief hebben hoorrecht: zij mogen hun mening geven over hun "
               "OPP. In de OPR zijn ouders en leerlingen samen met het personeel vertegenwoordigd."),
         ("p", "Voor onafhankelijke ondersteuning verwijzen wij ouders naar de pagina www.kempenrand.example/ouders."),
         ("h1", "Hoofdstuk 9 Kwaliteit: doelen en monitoring"),
         ("p", "Wij formuleren voor de planperiode de volgende beoogde resultaten voor leerlingen die extra "
               "ondersteuning nodig hebben:"),
         ("table", [["Doel", "Nulmeting 2025", "Streefwaarde 2030"],
                    ["Leerlingen met arrangement die doorstromen naar een volgend leerjaar", "81%", "90%"],
                    ["Voortijdig schoolverlaters met een ondersteuningsbehoefte", "4,1%", "2,5%"],
                    ["Leerlingen in het vso met een diploma of certificaat bij uitstroom", "58%", "70%"],
                    ["Tevredenheid ouders over ondersteuning (schaal 1-10)", "6,8", "7,5"]]),
         ("p", "De monitoring gebeurt per kwartaal via het Kempenrand-dashboard, waarin scholen de voortgang van "
               "arrangementen registreren. Twee keer per jaar voert de kwaliteitsmedewerker met iedere school een "
               "analysegesprek. Jaarlijks rapporteert de directeur-bestuurder de bereikte resultaten in het "
               "jaarverslag aan de raad van toezicht en de OPR, met een vergelijking ten opzichte van de nulmeting. "
               "Blijft een indicator achter, dan stelt het bestuurdersoverleg een bijsturingsplan vast."),
         ("h1", "Hoofdstuk 10 Geld en middelen"),
         ("p", "Kempenrand ontvangt rijksmiddelen voor lichte en zware ondersteuning, lwoo en pro. Na afdracht voor "
               "vso, lwoo en pro wordt het beschikbare budget als volgt verdeeld. Elke school ontvangt € 145 per "
               "leerling voor lichte ondersteuning (teldatum 1 oktober). Het OPDC en de rebound worden centraal "
               "bekostigd. Arrangementen worden toegekend door het loket op basis van de ondersteuningsbehoefte, "
               "met een normbedrag van € 4.200 per arrangement per jaar. Scholen verantwoorden de inzet van het "
               "budget voor lichte ondersteuning via een vast format in hun jaarverslag."),
         ("table", [["Meerjarenbegroting (x € 1.000)", "2026", "2027", "2028", "2029"],
                    ["Baten rijksbijdragen", "11.820", "11.640", "11.510", "11.400"],
                    ["Afdracht vso, lwoo, pro", "7.350", "7.290", "7.240", "7.200"],
                    ["Budget lichte ondersteuning scholen", "1.349", "1.330", "1.315", "1.300"],
                    ["OPDC De Brug en rebound", "1.450", "1.450", "1.420", "1.400"],
                    ["Arrangementen", "920", "900", "880", "860"],
                    ["Bureau en organisatie", "810", "800", "790", "780"],
                    ["Resultaat", "-59", "-130", "-135", "-140"]]),
         ("p", "Het negatieve resultaat wordt gedekt uit de algemene reserve, die daarmee in 2029 onder de "
               "signaleringswaarde van de Inspectie uitkomt."),
        ] + f_governance(dict(n, gov_kop="Hoofdstuk 11 Organisatie")) + f_opr_neutral(n) + f_personeel(
            dict(n, pers_kop="11.2 Personeel")) + f_ict(dict(n, ict_kop="11.3 Privacy en ICT")) + \
        f_oogo(dict(n, oogo_kop="Hoofdstuk 12 Jeugdhulp en gemeenten")) + f_vervoer(n) + f_kennis(n) + \
        f_planning(n, [["2026-2027", "Actualisatie Kempenrandstandaard; protocol Terugkeer"],
                       ["2027-2028", "Notitie 'Iedereen een plek'; tussenevaluatie"],
                       ["2028-2030", "Uitvoering en voorbereiding volgend plan"]]) + [
         ("h1", "Afkortingen"),
         ("table", [["Afkorting", "Betekenis"], ["lwoo", "leerwegondersteunend onderwijs"],
                    ["OJSP", "ouder- en jeugdsteunpunt, onafhankelijke hulp voor ouders"],
                    ["OPDC", "orthopedagogisch-didactisch centrum"], ["pro", "praktijkonderwijs"],
                    ["TLV", "toelaatbaarheidsverklaring"], ["vso", "voortgezet speciaal onderwijs"]]),
        ]
    return b


# ---------------------------------------------------------------------------------------------
# Plan 3 — PO, PDF, warm "wij"-voice
# ---------------------------------------------------------------------------------------------
N3 = dict(name="Stichting Samenwerkingsverband Primair Onderwijs Lingemaat", short="Lingemaat", code="PO 25-11",
          region="het Lingegebied", gemeenten="Lingewaard-Oost, Gellicum en Asperen-Heukelum", sector="po",
          boards="negen", schools="47", pupils="8.900", seat="Gellicum", fte="14",
          opr_date="20 januari 2026", opr_ok="3 maart 2026")


def plan3():
    n = N3
    b = [("title", "Samen verder — Ondersteuningsplan 2026-2030"),
         ("sub", f"{n['name']} ({n['code']})"),
         ("toc", "Inhoud", [
             "Een woord vooraf", "1. Wie we zijn", "2. Waar we voor staan", "3. Wat iedere school biedt",
             "4. Van licht naar intensief", "5. Naar het sbo of so", "6. Terugplaatsing en doorstroom",
             "7. Geen kind thuis", "8. Samen met ouders", "9. Geld en middelen", "10. Onze organisatie",
             "11. Resultaten en verantwoording", "12. Vooruitblik", "Woordenlijst"]),
         ("break",),
         ("h1", "Een woord vooraf"),
         ("p", "Beste lezer, wat fijn dat u dit plan openslaat. Misschien bent u leraar, intern begeleider, "
               "ouder, wethouder of lid van onze ondersteuningsplanraad. Voor u allemaal hebben wij geprobeerd te "
               "schrijven in gewone taal. Waar een vakterm onvermijdelijk is, vindt u achterin een woordenlijst."),
         ("p", "Wij zijn trots op wat er in het Lingegebied is opgebouwd. Scholen weten elkaar te vinden, "
               "consulenten zijn bekende gezichten en de lijnen met het wijkteam zijn kort. Tegelijk weten wij dat "
               "het beter kan, en dat sommige kinderen en ouders te lang moeten wachten op een passende plek. Dit "
               "plan laat zien hoe wij daarmee verder willen."),
         ("h1", "1. Wie we zijn"),
        ] + f_regio(dict(n, regio_kop="1.1 Ons gebied")) + f_totstandkoming(n) + \
        f_terugblik(n) + f_visie(dict(n, visie_kop="2. Waar we voor staan")) + f_ambities(n) + [
         ("h1", "3. Wat iedere school biedt"),
         ("p", "In het Lingegebied hebben alle besturen samen afgesproken wat iedere basisschool — elke locatie, "
               "ook de kleinste dorpsschool — minimaal aan ondersteuning biedt. Wij noemen dat de basisondersteuning. "
               "U hoeft daarvoor niets aan te vragen: het hoort bij de school. In de tabel hieronder ziet u wat u "
               "van iedere school mag verwachten."),
         ("table", [["Onderdeel", "Wat de school in huis heeft"],
                    ["Begeleiding", "een intern begeleider en een vast moment per groep om de ontwikkeling van "
                                   "ieder kind te bespreken"],
                    ["Lezen en rekenen", "extra instructie in kleine groepjes, een dyslexieprotocol en "
                                         "een rekenprotocol met hulpmiddelen"],
                    ["Gedrag en welbevinden", "een veiligheidsplan, een methode voor sociaal-emotioneel leren en "
                                              "een aanspreekpunt pesten"],
                    ["Meer- en hoogbegaafdheid", "compacten en verrijken in de groep"],
                    ["Taal", "een aanbod Nederlands als tweede taal voor kinderen die net in Nederland zijn"],
                    ["Samenwerking", "een ondersteuningsteam met jeugdverpleegkundige en wijkteam"],
                    ["Medisch", "afspraken over medisch handelen en medicijngebruik"]]),
         ("h1", "4. Van licht naar intensief"),
         ("p", "Niet ieder kind heeft genoeg aan de basisondersteuning. Daarom is er een trap van ondersteuning. "
               "Op de eerste trede staat de basisondersteuning. Daarna volgt lichte extra ondersteuning op de eigen "
               "school, betaald uit het schoolbudget: bijvoorbeeld een remedial teacher of een training. Op de "
               "derde trede komt de consulent van Lingemaat erbij en wordt een arrangement op maat ingezet, "
               "zoals ambulante begeleiding of een onderwijs-zorgarrangement. De vierde trede bestaat uit de "
               "bovenschoolse groepen: de Kangoeroeklas voor hoogbegaafde kinderen en de NT2-klas in Gellicum. "
               "De vijfde trede is het speciaal basisonderwijs (sbo De Linge) en het speciaal onderwijs "
               "(Mytylschool-locatie Asperen en so De Regenboog)."),
         ("h1", "5. Naar het sbo of so"),
         ("p", "Soms is een school, ondanks alle inspanningen, niet de beste plek. Dan kan het schoolbestuur "
               "een toelaatbaarheidsverklaring (TLV) aanvragen. Zo gaat dat:"),
         ("ol", ["De school bespreekt in het ondersteuningsteam, samen met u als ouder, of een TLV nodig is.",
                 "Het schoolbestuur vult het aanvraagformulier in en voegt het groeidocument en uw mening toe.",
                 "Een orthopedagoog en een tweede deskundige van Lingemaat bekijken de aanvraag en geven ieder "
                 "schriftelijk advies.",
                 "De Commissie Toelaatbaarheid neemt binnen vier weken een besluit.",
                 "U ontvangt het besluit en de adviezen thuis. Een TLV geldt tot het einde van het schooljaar "
                 "waarin hij afloopt, meestal twee jaar."]),
         ("p", "Op welke gronden een kind toelaatbaar is, herijken wij in het voorjaar van 2026 samen met de "
               "sbo- en so-scholen. Tot die tijd weegt de commissie iedere aanvraag op zijn eigen merites."),
         ("h1", "6. Terugplaatsing en doorstroom"),
         ("p", "Het onderwerp terugplaatsing verdient meer aandacht dan het de afgelopen jaren kreeg. Wij gaan "
               "hierover in het schooljaar 2026-2027 in gesprek met de sbo- en so-scholen en leggen de uitkomst "
               "vast in een aparte notitie."),
         ("h1", "7. Geen kind thuis"),
         ("p", "Ieder kind hoort op school. Toch zijn er kinderen die thuis zitten, omdat er (nog) geen passende "
               "plek is of omdat het niet lukt om naar school te gaan. Lingemaat heeft daarom de "
               "'Nergens-passend-tafel': een overleg van consulent, leerplichtambtenaar, wijkteam en de betrokken "
               "school dat binnen twee weken na een melding bij elkaar komt en een plan maakt met een "
               "verantwoordelijke en een datum. Scholen zijn verplicht een kind dat vier weken niet naar school "
               "gaat te melden. De schoolbesturen blijven zorgplichtig: het bestuur waar een kind is aangemeld, "
               "zoekt actief mee totdat er een plek is."),
         ("p", "Eén keer per jaar maken wij een overzicht van de kinderen voor wie het lastig was een plek te "
               "vinden. Blijkt daaruit dat een bepaald aanbod ontbreekt, dan ontwikkelen wij met de besturen een "
               "nieuwe voorziening. Zo is in 2023 de NT2-klas begonnen."),
         ("h1", "8. Samen met ouders"),
         ("p", "U kent uw kind het best. Daarom praten scholen met u, niet over u. Via de schoolgids en het "
               "ondersteuningsprofiel van de school leest u welke ondersteuning de school biedt. Op "
               "onze website staat een oudergids met uitleg over arrangementen en de TLV, en twee keer per jaar "
               "houden wij een ouderavond. Nieuwe ouders krijgen via de school de folder 'Ondersteuning in het "
               "Lingegebied'."),
         ("p", "Heeft u vragen of loopt u vast? Het Ouder- en Jeugdsteunpunt Linge is onafhankelijk en helpt u "
               "gratis, ook als u het niet eens bent met de school of met ons. U kunt ook de Onderwijsconsulenten "
               "bellen of een klacht indienen bij de Landelijke Klachtencommissie Onderwijs. Uw mening telt ook in "
               "de OPR, waarin ouders de helft van de leden leveren."),
         ("h1", "9. Geld en middelen"),
         ("p", "Het geld voor passend onderwijs komt van het Rijk. Wij verdelen het zo: ieder schoolbestuur "
               "ontvangt € 110 per leerling als schoolbudget, berekend op de teldatum van 1 oktober. Daarnaast "
               "krijgt ieder bestuur een ondersteuningsbudget op basis van het aantal leerlingen met een "
               "gewichtenscore, à € 240 per gewichtenleerling. Arrangementen op trede drie worden door de "
               "consulent toegekend uit een centraal arrangementenbudget, op basis van het groeidocument."),
         ("table", [["Begroting (bedragen in euro)", "2026", "2027", "2028", "2029"],
                    ["Schoolbudgetten", "979.000", "968.000", "957.000", "946.000"],
                    ["Ondersteuningsbudget gewichten", "312.000", "308.000", "305.000", "300.000"],
                    ["Arrangementen", "640.000", "650.000", "660.000", "660.000"],
                    ["Bovenschoolse groepen", "415.000", "420.000", "425.000", "430.000"],
                    ["Afdracht sbo en so", "4.880.000", "4.850.000", "4.820.000", "4.800.000"],
                    ["Bureau", "720.000", "725.000", "730.000", "735.000"]]),
         ("p", "Wij houden een bescheiden reserve aan van ongeveer 5% van de baten, voor onvoorziene "
               "groei van het sbo en so."),
        ] + f_governance(dict(n, gov_kop="10. Onze organisatie")) + f_opr_neutral(n) + f_personeel(
            dict(n, pers_kop="10.3 Mensen")) + f_oogo(dict(n, oogo_kop="10.4 Met de gemeenten")) + f_ict(
            dict(n, ict_kop="10.5 Privacy")) + [
         ("h1", "11. Resultaten en verantwoording"),
         ("p", "Het samenwerkingsverband legt verantwoording af in het jaarverslag, dat vóór 1 juli openbaar wordt "
               "gemaakt. De raad van toezicht keurt de jaarrekening goed; de accountant controleert de "
               "rechtmatigheid. Met welke resultaten wij tevreden zijn, bepalen wij samen met de besturen "
               "als het nieuwe kwaliteitskader klaar is."),
         ] + f_kennis(dict(n, kennis_kop="12. Vooruitblik")) + f_onderzoek(n) + f_communicatie_scholen(n) + f_wettelijk(n) + f_planning(dict(n, plan_kop="12.1 Planning"), [
            ["voorjaar 2026", "Herijking criteria toelaatbaarheid"],
            ["2026-2027", "Notitie terugplaatsing; kwaliteitskader"],
            ["2028", "Tussenevaluatie"]]) + [
         ("h1", "Woordenlijst"),
         ("ul", ["Terugplaatsing: een kind gaat van het sbo of so terug naar een gewone basisschool. Dat gebeurt "
                 "na een evaluatie aan het eind van de TLV, op initiatief van de s(b)o-school.",
                 "Resultaten: wat wij willen bereiken voor kinderen met extra ondersteuning, en wat daarvan "
                 "terechtkomt.",
                 "TLV: toelaatbaarheidsverklaring.",
                 "Groeidocument: het dossier waarin de ontwikkeling en ondersteuning van een kind zijn vastgelegd."]),
        ]
    return b


# ---------------------------------------------------------------------------------------------
# Plan 4 — VO, PDF, bullet-heavy "op hoofdlijnen"
# ---------------------------------------------------------------------------------------------
N4 = dict(name="Samenwerkingsverband VO Hollandse Plassen", short="Hollandse Plassen", code="VO 28-14",
          region="het Plassengebied", gemeenten="Plassendam, Loosdrecht-Noord en Vinkeveen-West", sector="vo",
          boards="vijf", schools="11", pupils="7.200", seat="Plassendam", fte="12",
          opr_date="12 februari 2026", opr_ok="26 maart 2026")


def plan4():
    n = N4
    b = [("title", "Ondersteuningsplan op hoofdlijnen 2026-2030"),
         ("sub", f"{n['name']} | {n['code']}"),
         ("toc", "Inhoudsopgave", [
             "0. Samenvatting", "1. Context", "2. Koers 2030", "3. Ondersteuning in de school",
             "4. Toewijzing: vso, lwoo en pro", "5. Overgangen en terugplaatsing",
             "6. Financiën", "7. Opbrengsten en kwaliteitszorg", "8. Organisatie en medezeggenschap",
             "9. Personeel", "10. Planning", "Bijlage 1 Begrippen"]),
         ("break",),
         ("h1", "0. Samenvatting"),
         ("p", "Dit ondersteuningsplan beschrijft op hoofdlijnen de koers van Hollandse Plassen voor de periode "
               "2026-2030. Basisondersteuning, extra ondersteuning, het dekkend aanbod en de informatievoorziening "
               "aan ouders worden uitgewerkt in het jaarplan 2026-2027. Dit plan concentreert zich op de toewijzing "
               "van vso, lwoo en pro, op overgangen, op de begroting en op de opbrengsten."),
         ("ul", ["Koers: elke leerling een ononderbroken schoolloopbaan.",
                 "Toewijzing: heldere criteria, snelle besluiten.",
                 "Overgangen: terugplaatsing uit het vso actief organiseren.",
                 "Geld: een sluitende meerjarenbegroting zonder bovenmatige reserves.",
                 "Opbrengsten: meetbare doelen, jaarlijks gevolgd."]),
         ("h1", "1. Context"),
        ] + f_regio(dict(n, regio_kop="1.1 Regio")) + [
         ("ul", ["5 schoolbesturen, 11 vestigingen, ca. 7.200 leerlingen",
                 "1 school voor praktijkonderwijs (PrO De Wending)",
                 "vso: leerlingen gaan naar vso-scholen buiten de regio en naar vso De Plas (cluster 4)",
                 "deelname vso 1 oktober 2025: 3,2%"]),
        ] + f_wettelijk(n) + f_terugblik(n) + f_visie(dict(n, visie_kop="2. Koers 2030")) + f_ambities(n) + [
         ("h2", "Dilemma's"),
         ("p", "Bij het schrijven van dit plan liepen wij tegen een aantal dilemma's aan. Het eerste is de "
               "spanning tussen regie en autonomie: besturen willen ruimte voor eigen keuzes, terwijl een "
               "samenwerkingsverband gezamenlijke afspraken nodig heeft. Het tweede is de krimp: een dalend "
               "leerlingenaantal zet kleine vestigingen onder druk. Het derde is het personeelstekort, dat "
               "ambities soms inhaalt. Wij hebben ervoor gekozen deze dilemma's niet weg te schrijven, maar ze "
               "jaarlijks te agenderen in het bestuurdersoverleg en de raad van toezicht."),
         ("p", "Een vierde dilemma betreft de rol van het bureau. Moet het samenwerkingsverband vooral "
               "faciliteren, of ook uitvoeren? In deze planperiode kiezen wij voor een faciliterende rol, met "
               "uitzondering van de toewijzing en de begeleiding van overgangen, waar het bureau zelf uitvoert."),
         ("h1", "3. Ondersteuning in de school"),
         ("p", "Scholen zijn verantwoordelijk voor goed onderwijs aan al hun leerlingen. De inrichting van de "
               "ondersteuning binnen de school is een zaak van de scholen zelf; het samenwerkingsverband stelt "
               "daar in deze planperiode geen nadere eisen aan. De afspraken hierover worden in het jaarplan "
               "2026-2027 uitgewerkt."),
         ("h1", "4. Toewijzing: vso, lwoo en pro"),
         ("h2", "4.1 Criteria vso"),
         ("ul", ["De leerling heeft een ondersteuningsbehoefte op het gebied van gedrag, psychiatrie of een "
                 "verstandelijke of lichamelijke beperking die langdurig en intensief is.",
                 "De reguliere school heeft minimaal een half jaar een arrangement ingezet en geëvalueerd, of er is "
                 "sprake van een acute veiligheidssituatie.",
                 "De leerling heeft een combinatie van onderwijs en zorg nodig die alleen in het vso samen kan komen.",
                 "Voor cluster 3 geldt daarnaast dat sprake is van een IQ onder 55 of van een ernstige lichamelijke "
                 "beperking of langdurige ziekte."]),
         ("h2", "4.2 Criteria lwoo en pro"),
         ("p", "Hollandse Plassen volgt de landelijke criteria. Lwoo: IQ 75-90 en een leerachterstand van 25-50% op "
               "ten minste twee domeinen, waarvan één begrijpend lezen of inzichtelijk rekenen; of IQ 91-120 met "
               "een leerachterstand en sociaal-emotionele problematiek. Pro: IQ 55-80 en een leerachterstand van "
               "minimaal 50% op twee domeinen."),
         ("h2", "4.3 Procedure"),
         ("p", "De aanvraagprocedure, de termijnen en de samenstelling van de Commissie van Advies staan in het "
               "Toewijzingsprotocol (bijlage 3). Een TLV vso wordt afgegeven voor maximaal twee schooljaren, in de "
               "bekostigingscategorie laag, midden of hoog."),
         ("h1", "5. Overgangen en terugplaatsing"),
         ("p", "Een leerling in het vso moet de kans houden om terug te keren naar het regulier voortgezet "
               "onderwijs. Hollandse Plassen wil dat jaarlijks ten minste tien procent van de vso-leerlingen uit de "
               "regio terugstroomt of overstapt naar het mbo. Voorwaarden: de leerling heeft zijn "
               "ontwikkelingsdoelen in het vso grotendeels behaald, de ontvangende school heeft een passend "
               "programma, en de leerling kan met lichte ondersteuning in een reguliere klas functioneren."),
         ("ul", ["Stap 1 — Zes maanden vóór het einde van de TLV start de vso-school het evaluatiegesprek met "
                 "de leerling en de consulent van het samenwerkingsverband.",
                 "Stap 2 — Is terugkeer haalbaar, dan zoekt de consulent binnen vier weken een ontvangende school; "
                 "de leerling loopt vooraf twee weken mee.",
                 "Stap 3 — De Commissie van Advies besluit over verlenging van de TLV of beëindiging op 31 juli.",
                 "Stap 4 — Na 3 en na 6 maanden evalueert de ontvangende school met de consulent de overgang."]),
         ("p", "De ontvangende school krijgt een plaatsingsarrangement van € 4.000 voor één schooljaar, en de "
               "vso-school blijft dat jaar beschikbaar voor consultatie. In 2024-2025 stroomden 17 leerlingen "
               "terug; in 2023-2024 waren dat er 12."),
         ("h1", "6. Financiën"),
         ("p", "Het verdeelmodel wordt in 2026 herzien. Tot vaststelling van het nieuwe model blijft de huidige "
               "systematiek van kracht."),
         ("table", [["Meerjarenbegroting (€)", "2026", "2027", "2028", "2029"],
                    ["Rijksbijdrage ondersteuning", "9.410.000", "9.300.000", "9.220.000", "9.150.000"],
                    ["Afdrachten vso, lwoo, pro", "6.150.000", "6.120.000", "6.100.000", "6.080.000"],
                    ["Middelen naar scholen", "1.980.000", "1.950.000", "1.930.000", "1.910.000"],
                    ["Plaatsingsarrangementen terugkeer", "80.000", "80.000", "80.000", "80.000"],
                    ["Bureau en Commissie van Advies", "690.000", "700.000", "705.000", "710.000"],
                    ["Saldo", "510.000", "450.000", "405.000", "370.000"]]),
         ("p", "De overschotten worden toegevoegd aan de algemene reserve, die in 2029 onder de signaleringswaarde "
               "blijft."),
         ("h1", "7. Opbrengsten en kwaliteitszorg"),
         ("p", "Doelen voor leerlingen die extra ondersteuning nodig hebben, 2030:"),
         ("ul", ["95% van de leerlingen met lwoo behaalt een diploma in de gekozen leerweg (2025: 91%).",
                 "80% van de pro-leerlingen heeft binnen een jaar na uitstroom werk of een mbo-plek (2025: 74%).",
                 "Het aantal leerlingen dat zonder startkwalificatie uitstroomt uit het vso daalt met een kwart.",
                 "Ten minste 10% terugstroom uit het vso per jaar."]),
         ("p", "Iedere school levert in oktober de gegevens aan over doorstroom, uitstroom en diploma's van haar "
               "leerlingen met lwoo, pro of een arrangement. De beleidsmedewerker kwaliteit analyseert die "
               "gegevens en bespreekt de uitkomsten in november met de schooldirecteuren. In het jaarverslag "
               "rapporteren wij de gerealiseerde waarden naast de doelen; bij achterblijvende resultaten stelt het "
               "bestuur bij."),
        ] + f_governance(dict(n, gov_kop="8. Organisatie en medezeggenschap")) + f_opr_neutral(n) + [
         ("p", "Dit plan is op 5 maart 2026 besproken in het OOGO met de drie gemeenten."),
        ] + f_personeel(dict(n, pers_kop="9. Personeel")) + f_ict(dict(n, ict_kop="9.1 ICT en privacy")) + \
        f_kennis(dict(n, kennis_kop="9.2 Kennisdeling")) + f_onderzoek(n) + f_communicatie_scholen(n) + f_vervoer(n) + f_arbeidsmarkt(dict(n, arb_kop="9.3 Onderwijs en arbeidsmarkt")) + \
        f_planning(dict(n, plan_kop="10. Planning"), [
            ["najaar 2026", "Jaarplan 2026-2027 met uitwerking basisondersteuning en ouderinformatie"],
            ["2026", "Herziening verdeelmodel"], ["2028", "Tussenevaluatie"]]) + [
         ("h1", "Bijlage 1 Begrippen"),
         ("ul", ["Basisondersteuning — het door het samenwerkingsverband afgesproken minimumniveau dat iedere "
                 "vestiging biedt, zoals mentoraat, dyslexiebegeleiding en faalangsttraining.",
                 "Dekkend aanbod — een netwerk van voorzieningen waarin voor iedere leerling een plek is.",
                 "Ouder- en jeugdsteunpunt — onafhankelijk steunpunt waar ouders terechtkunnen met vragen.",
                 "Verdeelmodel — de regels waarmee middelen over scholen worden verdeeld.",
                 "Thuiszitter — een leerplichtige jongere die zonder geldige reden niet naar school gaat."]),
         ("p", "Bijlage 3 (Toewijzingsprotocol) is als afzonderlijk document beschikbaar bij het bureau."),
        ]
    return b


# ---------------------------------------------------------------------------------------------
# Plan 5 — VO, HTML web version
# ---------------------------------------------------------------------------------------------
N5 = dict(name="Samenwerkingsverband Voortgezet Onderwijs IJsselboog", short="IJsselboog", code="VO 23-08",
          region="de IJsselboog", gemeenten="Hattemerbroek, Olst-Wijhe-Noord, Heerde-Oost en Wapenveld",
          sector="vo", boards="zes", schools="13", pupils="8.100", seat="Hattemerbroek", fte="16",
          opr_date="28 januari 2026", opr_ok="10 maart 2026")


def plan5():
    n = N5
    b = [("title", "Ondersteuningsplan 2026-2030 — webversie"),
         ("sub", f"{n['name']} ({n['code']}). Deze webversie is gelijk aan de vastgestelde pdf."),
         ("toc", "Op deze pagina", [
             "Inleiding", "Visie", "Basisondersteuning", "Extra ondersteuning", "Toelaatbaarheid vso, lwoo en pro",
             "Terugplaatsing", "Thuiszitters en dekkend netwerk", "Ouders en leerlingen", "Kwaliteit en resultaten",
             "Financiën", "Organisatie", "Gemeenten", "Begrippen"]),
         ("h1", "Inleiding"),
         ("p", "Welkom bij de webversie van ons ondersteuningsplan. Op deze pagina vindt u het volledige plan, "
               "opgedeeld in hoofdstukken. Het plan is op 8 april 2026 vastgesteld door de directeur-bestuurder en "
               "geldt tot en met 31 juli 2030."),
        ] + f_totstandkoming(n) + f_terugblik(n) + f_wettelijk(n) + f_visie(dict(n, visie_kop="Visie")) + f_ambities(n) + f_regio(dict(n, regio_kop="Onze regio")) + [
         ("h1", "Basisondersteuning"),
         ("p", "Alle zes besturen hebben met elkaar afgesproken wat iedere vestiging van iedere vo-school in de "
               "IJsselboog ten minste biedt, van gymnasium tot praktijkonderwijs. Die gezamenlijke ondergrens "
               "noemen wij basisondersteuning. Zij is voor elke leerling beschikbaar zonder aanvraag bij het "
               "samenwerkingsverband. De basisondersteuning bestaat uit:"),
         ("ul", ["een mentor die wekelijks een mentoruur geeft en minstens drie keer per jaar een gesprek voert met "
                 "leerling en ouders;",
                 "een ondersteuningscoördinator en een zorg- en adviesteam dat iedere zes weken samenkomt;",
                 "dyslexie- en dyscalculiebegeleiding met faciliteiten zoals extra tijd en voorleessoftware;",
                 "trainingen faalangst, sociale vaardigheden en examenvrees;",
                 "begeleiding bij plannen en organiseren (executieve functies);",
                 "een time-outvoorziening binnen de school met begeleiding;",
                 "afspraken over medisch handelen en een schoolmaatschappelijk werker."]),
         ("p", "De besturen controleren elkaar: eens per twee jaar bezoeken ondersteuningscoördinatoren een "
               "andere school aan de hand van de checklist basisondersteuning."),
         ("h1", "Extra ondersteuning"),
         ("p", "Wat er boven de basisondersteuning beschikbaar is en hoe de voorzieningen binnen en tussen "
               "de scholen op elkaar aansluiten, brengen wij in schooljaar 2026-2027 in kaart in een "
               "voorzieningenkaart. Tot die tijd verwijzen wij naar de schoolgidsen van de afzonderlijke scholen."),
         ("h1", "Toelaatbaarheid vso, lwoo en pro"),
         ("p", "De toewijzing van vso, lwoo en pro is geregeld in ons Toewijzingsreglement, dat u kunt downloaden "
               "via de pagina Documenten."),
         ("h1", "Terugplaatsing"),
         ("p", "Bij iedere leerling in het vso wordt in het laatste jaar van de TLV bekeken of terugplaatsing naar "
               "het regulier voortgezet onderwijs mogelijk is. Dat gaat als volgt:"),
         ("ol", ["In oktober van het laatste TLV-jaar bespreekt de vso-school in de commissie van begeleiding of "
                 "terugplaatsing in beeld is en meldt dit uiterlijk 1 december bij het samenwerkingsverband.",
                 "De trajectbegeleider van het samenwerkingsverband organiseert vóór 1 februari een overleg met "
                 "vso-school, leerling, ouders en de beoogde vo-school.",
                 "De directeur-bestuurder besluit vóór 1 april over de terugplaatsing; gaat die door, dan eindigt "
                 "de TLV op 31 juli en schrijft de vo-school de leerling per 1 augustus in.",
                 "De trajectbegeleider evalueert de overstap in november en in maart daaropvolgend met de vo-school."]),
         ("p", "Ons beleid ten aanzien van terugplaatsing — welke doelen wij stellen en welke ondersteuning een "
               "school na terugkeer krijgt — bepalen wij in de loop van 2027 samen met de vso-besturen."),
         ("h1", "Thuiszitters en dekkend netwerk"),
         ("p", "Wij willen dat iedere jongere in de IJsselboog naar school gaat. Scholen melden verzuim van meer "
               "dan twee weken binnen vijf werkdagen bij het thuiszittersteam. Het thuiszittersteam, met een "
               "trajectbegeleider, leerplicht en jeugdhulp, maakt binnen tien werkdagen een plan met één "
               "regisseur. Lukt een plek binnen zes weken niet, dan schaalt de directeur-bestuurder op naar het "
               "bestuurlijk overleg, dat een school aanwijst die de leerling opvangt."),
         ("p", "Ieder kwartaal brengen wij in beeld voor welke jongeren geen passend aanbod bestaat. Die analyse "
               "bespreken wij met besturen en gemeenten; sinds 2024 heeft dit geleid tot een kleinschalige "
               "groep voor jongeren met ernstige angstproblematiek."),
         ("h1", "Ouders en leerlingen"),
         ("p", "Ouders vinden informatie over ondersteuning in de schoolgids van de school, op onze website (pagina "
               "Ouders) en in de folder 'Extra steun op het vo', die alle leerlingen in groep 8 mee naar huis krijgen. "
               "Elk voorjaar houden wij een webinar voor ouders van leerlingen die de overstap naar het vo maken."),
         ("p", "Voor onafhankelijk advies kunnen ouders en leerlingen terecht bij het Ouder- en Jeugdsteunpunt "
               "IJsselboog, dat losstaat van scholen en samenwerkingsverband. Het steunpunt helpt bij vragen, "
               "bemiddelt bij meningsverschillen en verwijst zo nodig door naar de Onderwijsconsulenten of de "
               "geschillencommissie passend onderwijs."),
        ] + f_opr_full(n) + [
         ("h1", "Kwaliteit en resultaten"),
         ("p", "De doelen die wij voor leerlingen met extra ondersteuning nastreven, worden elk jaar in het jaarplan "
               "geformuleerd. Hoe wij de resultaten volgen, staat vast: twee keer per jaar leveren scholen "
               "gegevens aan over verzuim, doorstroom, uitstroom en de inzet van ondersteuning; de "
               "kwaliteitsmedewerker maakt daarvan een rapportage per school, die in een kwaliteitsgesprek met de "
               "directeur wordt besproken. Het bestuursverslag bevat jaarlijks een hoofdstuk met de bereikte "
               "resultaten, dat in de OPR en met de gemeenten wordt besproken."),
         ("h1", "Financiën"),
         ("p", "Het verdeelmodel en de meerjarenbegroting maken deel uit van het jaarplan en de begroting die "
               "het bestuur jaarlijks vaststelt. Deze documenten publiceren wij op de pagina Documenten."),
        ] + f_governance(dict(n, gov_kop="Organisatie")) + f_personeel(dict(n, pers_kop="Personeel")) + \
        f_ict(dict(n, ict_kop="Privacy")) + f_oogo(dict(n, oogo_kop="Gemeenten")) + f_vervoer(n) + \
        f_kennis(n) + f_onderzoek(n) + f_communicatie_scholen(n) + f_arbeidsmarkt(n) + f_planning(n, [["2026-2027", "Voorzieningenkaart"], ["2027", "Beleid terugplaatsing"],
                                     ["2028", "Tussenevaluatie"]]) + [
         ("h1", "Begrippen"),
         ("table", [["Begrip", "Uitleg"],
                    ["Arrangement", "Extra ondersteuning boven de basisondersteuning."],
                    ["Lwoo", "Leerwegondersteunend onderwijs, toegewezen bij een IQ tussen 75 en 90 en een "
                             "leerachterstand."],
                    ["Meerjarenbegroting", "Begroting voor vier jaar."],
                    ["TLV", "Toelaatbaarheidsverklaring; wordt afgegeven door de commissie toewijzing na advies "
                            "van twee deskundigen."],
                    ["Verdeelmodel", "Regels voor de verdeling van middelen over scholen."]]),
        ]
    return b


# ---------------------------------------------------------------------------------------------
# Near-miss — a school-level ondersteuningsplan / SOP of one basisschool
# ---------------------------------------------------------------------------------------------

def nearmiss():
    return [
        ("title", "Ondersteuningsplan 2025-2026"),
        ("sub", "OBS De Klimop, Waardveen — onderdeel van Stichting Openbaar Onderwijs Waardveen, aangesloten bij "
                "samenwerkingsverband De Brede Waard (PO 27-09)"),
        ("toc", "Inhoud", ["1. Inleiding", "2. Onze school", "3. Basisondersteuning op De Klimop",
                           "4. Zorgniveaus en groepsbesprekingen", "5. Extra ondersteuning en arrangementen",
                           "6. Verwijzing naar sbo of so", "7. Ouders", "8. Resultaten", "9. Middelen"]),
        ("h1", "1. Inleiding"),
        ("p", "Dit ondersteuningsplan beschrijft hoe OBS De Klimop de ondersteuning van leerlingen organiseert. "
              "Het plan is opgesteld door de intern begeleider en de directeur en besproken met het team en de "
              "medezeggenschapsraad. Het wordt jaarlijks herzien. Het plan vormt, samen met het "
              "schoolondersteuningsprofiel, de uitwerking op schoolniveau van het ondersteuningsplan van het "
              "samenwerkingsverband."),
        ("p", "De Klimop is een openbare basisschool met 312 leerlingen in dertien groepen. Ongeveer een kwart van "
              "de leerlingen groeit meertalig op. Het team bestaat uit 24 medewerkers, onder wie een intern "
              "begeleider (0,8 fte), een gedragsspecialist en twee onderwijsassistenten."),
        ("h1", "2. Onze school"),
        ("p", "Op De Klimop leren kinderen samen, van en met elkaar. Wij werken met combinatiegroepen in de "
              "onderbouw en met leerpleinen in de bovenbouw. Onze kernwaarden zijn vertrouwen, nieuwsgierigheid en "
              "verantwoordelijkheid. Wij vinden het belangrijk dat ieder kind zich gezien voelt."),
        ("h1", "3. Basisondersteuning op De Klimop"),
        ("p", "De Klimop biedt de basisondersteuning zoals afgesproken in het samenwerkingsverband. Concreet "
              "betekent dit voor onze school: handelingsgericht werken met groepsplannen, een dyslexieprotocol, "
              "de Kanjertraining voor sociaal-emotionele ontwikkeling, een plusgroep voor meerbegaafde leerlingen "
              "en extra NT2-instructie in kleine groepen."),
        ("h1", "4. Zorgniveaus en groepsbesprekingen"),
        ("table", [["Zorgniveau", "Wat", "Wie"],
                   ["1", "Algemene zorg in de groep: instructie op drie niveaus", "leerkracht"],
                   ["2", "Extra zorg in de groep na signalering uit toetsen of observatie", "leerkracht"],
                   ["3", "Speciale zorg na consultatie van de intern begeleider", "leerkracht en IB"],
                   ["4", "Speciale zorg met extern onderzoek of arrangement van het SWV", "IB en consulent"],
                   ["5", "Verwijzing naar sbo of so", "IB, ouders, SWV"]]),
        ("p", "Drie keer per jaar, in oktober, februari en juni, houdt de intern begeleider met iedere leerkracht "
              "een groepsbespreking. Daarin worden de toetsresultaten en observaties besproken en worden "
              "leerlingen met een specifieke onderwijsbehoefte benoemd. Aansluitend vinden leerlingbesprekingen "
              "plaats voor kinderen die op zorgniveau 3 of hoger komen."),
        ("p", "Het ondersteuningsteam van de school komt vier keer per jaar bijeen. Daarin zitten de intern "
              "begeleider, de directeur, de jeugdverpleegkundige, de contactpersoon van het wijkteam en op verzoek "
              "de consulent van het samenwerkingsverband. Ouders worden altijd uitgenodigd als hun kind wordt "
              "besproken."),
        ("h1", "5. Extra ondersteuning en arrangementen"),
        ("p", "Als de mogelijkheden van de school niet toereikend zijn, vraagt de intern begeleider via het loket "
              "van het samenwerkingsverband een arrangement aan. In 2024-2025 had De Klimop zeven arrangementen: "
              "vier voor gedrag, twee voor taal en één voor een leerling met een lichamelijke beperking. Voor "
              "iedere leerling met een arrangement stellen wij een ontwikkelingsperspectief (OPP) op, dat "
              "twee keer per jaar met ouders wordt geëvalueerd."),
        ("h1", "6. Verwijzing naar sbo of so"),
        ("p", "Wanneer een leerling ondanks alle ondersteuning niet tot ontwikkeling komt, bespreken wij met "
              "ouders of het speciaal (basis)onderwijs een betere plek is. Het schoolbestuur vraagt dan een "
              "toelaatbaarheidsverklaring aan bij het samenwerkingsverband; de procedure en de criteria "
              "daarvoor staan in het ondersteuningsplan van De Brede Waard. In 2024-2025 werden twee leerlingen "
              "verwezen naar het sbo. Kinderen die uit het sbo terugkeren naar onze school, krijgen een "
              "warme overdracht en een maatje in de groep."),
        ("h1", "7. Ouders"),
        ("p", "Ouders zijn onze partners. Wij informeren ouders via de schoolgids, de nieuwsbrief en de "
              "ouderapp, en voeren drie keer per jaar een kindgesprek met ouders en kind samen. Bij zorgen "
              "nemen wij altijd eerst contact op met de ouders. Ouders die het niet eens zijn met de school "
              "kunnen terecht bij de vertrouwenspersoon van de school of de klachtencommissie van het bestuur. "
              "Ook het ouder- en jeugdsteunpunt van het samenwerkingsverband denkt mee."),
        ("h1", "8. Resultaten"),
        ("p", "De resultaten van onze school liggen boven de signaleringswaarden van de Inspectie. Op de "
              "eindtoets scoorde groep 8 in 2025 gemiddeld 536. Wij streven ernaar dat ten minste 85% van de "
              "leerlingen met een OPP de gestelde tussendoelen haalt. De intern begeleider analyseert de "
              "resultaten na iedere toetsperiode en bespreekt ze met het team."),
        ("h1", "9. Middelen"),
        ("p", "De Klimop ontvangt via het bestuur een schoolbudget van het samenwerkingsverband van ongeveer "
              "€ 35.600 per jaar. Wij besteden dit aan de inzet van de gedragsspecialist (0,2 fte), de plusgroep "
              "en extra uren onderwijsassistentie. Verantwoording vindt plaats in het jaarverslag van het bestuur."),
        ("h1", "10. Zorgroute in het kort"),
        ("ol", ["Signaleren door de leerkracht (toetsen, observaties, gesprekken met ouders).",
                "Groepsbespreking met de intern begeleider; aanpassing van het groepsplan.",
                "Leerlingbespreking; zo nodig handelingsplan en gesprek met ouders.",
                "Consultatie ondersteuningsteam; eventueel extern onderzoek.",
                "Aanvraag arrangement of toelaatbaarheidsverklaring via het samenwerkingsverband."]),
        ("p", "Vastgesteld door de directeur van OBS De Klimop, september 2025. De MR heeft positief geadviseerd."),
    ]


# ---------------------------------------------------------------------------------------------

def main():
    plans = {
        "po-bredewaard-2026.docx": (plan1(), "docx", "Ondersteuningsplan 2026-2030 De Brede Waard",
                                    "Basisondersteuning · Toelaatbaarheid · Terugplaatsing · Financiën"),
        "vo-kempenrand-2026.docx": (plan2(), "docx", "SWV VO Kempenrand — Ondersteuningsplan 2026-2030",
                                    "Kempenrand · ouders · resultaten · dekkend aanbod"),
        "po-lingemaat-2026.pdf": (plan3(), "pdf", "Samen verder — Lingemaat", "Ondersteuningsplan PO 25-11"),
        "vo-hollandseplassen-2026.pdf": (plan4(), "pdf",
                                         "Ondersteuningsplan 2026-2030 | basisondersteuning | dekkend aanbod | ouders",
                                         "SWV VO Hollandse Plassen"),
        "vo-ijsselboog-2026.html": (plan5(), "html", "SWV VO IJsselboog", None),
        "nearmiss-klimop-schoolplan.docx": (nearmiss(), "docx", "OBS De Klimop — ondersteuningsplan school",
                                            "Samenwerkingsverband De Brede Waard"),
    }
    for fname, (blocks, fmt, header, footer) in plans.items():
        path = OUT / fname
        if fmt == "docx":
            to_docx(blocks, path, header=header, footer=footer)
        elif fmt == "pdf":
            to_pdf(blocks, path, header=header, footer=footer, font="Liberation Serif")
        else:
            to_html(blocks, path, header)
        print(f"{fname}: {words(blocks)} words")


if __name__ == "__main__":
    main()
