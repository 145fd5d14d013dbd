#!/usr/bin/env python3
"""Generate the holdout254 test set: five fictional ondersteuningsplannen of merged
samenwerkingsverbanden (PO and VO) plus one near-miss document (an SWV jaarverslag).

Deterministic, no network. Output goes to the folder above this script's folder.
Requires python-docx; PDFs are rendered with `soffice --headless --convert-to pdf`.
All organisations, people, schools and figures are fictional.
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

# ---------------------------------------------------------------------------
# Block model: ("title", [lines]) ("toc", [lines]) ("h1", text) ("h2", text)
# ("p", text) ("ul", [items]) ("table", [[cells], ...]) first row = header
# ---------------------------------------------------------------------------


def H1(t):
    return ("h1", t)


def H2(t):
    return ("h2", t)


def P(t):
    return ("p", " ".join(t.split()))


def UL(*items):
    return ("ul", [" ".join(i.split()) for i in items])


def TABLE(*rows):
    return ("table", [list(r) for r in rows])


def toc_from(blocks, skip=()):
    lines = []
    for kind, val in blocks:
        if kind in ("h1", "h2") and val not in skip:
            lines.append(("   " if kind == "h2" else "") + val)
    return ("toc", lines)


# ---------------------------------------------------------------------------
# Shared filler (no element content; mentions element words only in passing)
# ---------------------------------------------------------------------------


def voorwoord(p):
    return [
        H1("Voorwoord"),
        P(f"""Voor u ligt het eerste ondersteuningsplan van {p['naam']}. Op {p['fusiedatum']} zijn
        {p['oud1']} en {p['oud2']} samengegaan in één samenwerkingsverband. Dat was geen doel op zich.
        De besturen kozen voor een fusie omdat leerlingen zich niet aan de grenzen van de oude verbanden
        houden, omdat beide regio's steeds vaker met dezelfde gemeenten en jeugdhulpaanbieders te maken
        hadden en omdat twee kleine bureaus kwetsbaar bleken bij ziekte en verloop."""),
        P(f"""In de voorbereiding hebben wij met veel mensen gesproken: met schoolleiders,
        {p['ib']}, met leraren, met de leden van beide ondersteuningsplanraden, met wethouders en
        beleidsmedewerkers van de gemeenten en met de besturen van de scholen voor {p['speciaal']}.
        Zij brachten onderwerpen in als toelaatbaarheid, de verdeling van middelen, de resultaten van de
        afgelopen jaren en de vraag hoe ouders straks de weg vinden in een groter verband. Niet elk gesprek
        leidde tot een afspraak; sommige onderwerpen vragen meer tijd dan een fusiejaar biedt."""),
        P("""Een fusie betekent ook afscheid nemen van gewoonten. Niet alles wat in het ene verband goed
        werkte, past vanzelf in het nieuwe. Wij hebben daarom op veel plaatsen zichtbaar gemaakt wat blijft
        zoals het was, wat verandert en wat we in de planperiode nog samen moeten uitzoeken. Dat maakt dit
        plan op sommige plekken minder af dan we zouden willen, maar wel eerlijk over waar we staan."""),
        P("""Ik dank iedereen die heeft meegelezen en meegeschreven, en in het bijzonder de medewerkers van
        beide bureaus, die het afgelopen jaar twee organisaties tegelijk draaiende hielden en intussen een
        derde organisatie hebben opgebouwd."""),
        P(f"""{p['bestuurder']}, directeur-bestuurder"""),
    ]


def inleiding(p, leeswijzer):
    return [
        H1("1 Inleiding"),
        H2("1.1 Aanleiding"),
        P(f"""Dit ondersteuningsplan beschrijft de koers van {p['naam']} voor de periode {p['periode']}. Het
        vervangt de ondersteuningsplannen van {p['oud1']} en {p['oud2']}, die beide liepen tot 31 juli
        {p['eindoud']}. Omdat de besturen in de loop van die planperiode besloten tot samengaan, is gekozen
        voor één nieuw plan in plaats van twee verlengingen. Het plan is geschreven in het fusiejaar zelf;
        dat verklaart waarom het op een aantal plaatsen twee werkwijzen naast elkaar beschrijft."""),
        H2("1.2 Wettelijk kader"),
        P(f"""Het samenwerkingsverband is een stichting waarin {p['n_besturen']} schoolbesturen samenwerken
        met {p['n_scholen']} scholen en vestigingen in de gemeenten {p['gemeenten']}. {p['artikel']} bepaalt
        dat het samenwerkingsverband ten minste eenmaal per vier jaar een ondersteuningsplan vaststelt. Het
        plan gaat volgens de wet onder meer over de basisondersteuning, de toelaatbaarheid tot het
        {p['speciaal_kort']}, de terugplaatsing, de verdeling en besteding van middelen, de beoogde en bereikte
        resultaten en de informatie aan ouders. Het plan wordt vastgesteld na op overeenstemming gericht
        overleg met de gemeenten en na instemming van de ondersteuningsplanraad, en wordt vóór 1 mei
        toegezonden aan de inspectie."""),
        H2("1.3 Leeswijzer"),
        P(leeswijzer),
    ]


def visie(p, nr, partners=True):
    return [
        H1(f"{nr} Visie, missie en kernwaarden"),
        H2(f"{nr}.1 Missie"),
        P(f"""{p['naam']} wil dat iedere {p['kind']} in de regio onderwijs volgt dat bij {p['hem']} past,
        zo dicht mogelijk bij huis en zo gewoon als het kan. Wij zijn er om de scholen en besturen in staat
        te stellen die belofte waar te maken. Het verband is daarmee geen loket dat beslist over kinderen,
        maar een gezamenlijke onderneming van besturen die elkaar aanspreken op het nakomen van afspraken."""),
        H2(f"{nr}.2 Visie"),
        P(f"""Beide oude verbanden hadden een eigen visietekst. {p['oud1']} sprak over 'samen sterk voor elk
        kind', {p['oud2']} over 'ondersteuning dichtbij'. In de fusiegesprekken bleek dat de verschillen
        vooral in de woorden zaten. In de nieuwe visie staan drie uitgangspunten centraal: de leraar en de
        groep zijn het vertrekpunt, ondersteuning wordt zo vroeg en zo licht mogelijk ingezet, en wat
        besturen samen beter kunnen dan alleen, organiseren zij via het verband."""),
        P(("""Wij geloven dat ondersteuning pas werkt als school, ouders en leerling elkaar als
        gelijkwaardige partners zien. Dat klinkt vanzelfsprekend, maar vraagt in de praktijk tijd, taal die
        iedereen begrijpt en de bereidheid om te luisteren naar wie het kind het beste kent. """ if partners
        else """Wij geloven dat ondersteuning pas werkt als de mensen rond een kind elkaar goed kennen. Dat
        klinkt vanzelfsprekend, maar vraagt in de praktijk tijd en taal die iedereen begrijpt. """) + """Een arrangement
        is in onze ogen geen product dat wordt aangevraagd, maar een afspraak over wat een leerling nodig
        heeft en wie daarvoor zorgt."""),
        H2(f"{nr}.3 Kernwaarden"),
        UL("Dichtbij: ondersteuning zo thuisnabij en zo gewoon mogelijk.",
           "Samen: besturen delen verantwoordelijkheid en spreken elkaar aan.",
           "Eenvoudig: zo min mogelijk formulieren, zo veel mogelijk gesprek.",
           "Lerend: wij kijken kritisch naar ons eigen handelen en passen het aan."),
        P("""Deze kernwaarden zijn in het fusietraject door een werkgroep van schoolleiders en
        medewerkers van beide bureaus geformuleerd en door het bestuur overgenomen. Zij komen terug in de
        manier waarop wij vergaderen, besluiten en communiceren."""),
    ]


def fusie(p, nr, reserves=True):
    o1, o2 = p['oud1kort'], p['oud2kort']
    return [
        H1(f"{nr} Van twee verbanden naar één"),
        P(f"""De fusie is juridisch vormgegeven als een fusie door overneming: {p['oud2']} is opgegaan in de
        stichting van {p['oud1']}, die daarna van naam is veranderd. Voor scholen en ouders betekent dit dat
        lopende afspraken, besluiten en dossiers zijn overgegaan naar het nieuwe verband. Onderstaand
        overzicht laat zien hoe de organisatie verandert; de inhoudelijke veranderingen staan in de
        hoofdstukken zelf."""),
        TABLE(["Onderwerp", o1, o2, "Nieuw verband"],
              ["Rechtsvorm", "stichting", "vereniging", "stichting"],
              ["Bestuursmodel", "raad van toezicht-model", "algemeen bestuur met dagelijks bestuur",
               "raad van toezicht-model met directeur-bestuurder"],
              ["Bureau", f"{p['bureau1']}", f"{p['bureau2']}", f"één bureau in {p['bureau_nieuw']}, spreekuren op twee locaties"],
              ["Registratiesysteem", "eigen Access-database", "landelijk pakket", "landelijk pakket vanaf 1 januari"],
              ["Website", "eigen site", "eigen site", "één nieuwe site, oude adressen verwijzen door"],
              ["Medezeggenschap", "OPR met 8 leden", "OPR met 12 leden", "één OPR, zie hoofdstuk medezeggenschap"]),
        P("""Wat blijft: de schoolbesturen blijven verantwoordelijk voor het onderwijs op hun scholen, de
        zorgplicht blijft bij het bevoegd gezag liggen en de afspraken die in de oude verbanden met
        individuele scholen zijn gemaakt, lopen door tot hun einddatum. Wat verandert: er is één
        aanspreekpunt, één manier van registreren en één bestuur dat over het geheel besluit."""),
        P("""De fusie is begeleid door een extern bureau""" + (""" en gefinancierd uit de reserves van
        beide verbanden, met een bijdrage uit de landelijke regeling voor fusiekosten""" if reserves else "")
          + """. De fusie-effectrapportage is met de medezeggenschap besproken en heeft geen bezwaren
        opgeleverd."""),
    ]


def kengetallen(p, nr):
    rows = [["Gemeente", "Scholen", f"Leerlingen 1-10-{p['jaar0']}", f"Leerlingen 1-10-{p['jaar0']+1}",
             f"Leerlingen 1-10-{p['jaar0']+2}"]]
    rows += p['kengetallen']
    return [
        H1(f"{nr} De regio in cijfers"),
        P(f"""Het werkgebied van het samenwerkingsverband omvat {p['n_gemeenten']} gemeenten met samen ruim
        {p['inwoners']} inwoners. Het gebied is gemengd stedelijk en landelijk. In de kernen buiten de
        steden staat het leerlingaantal onder druk; enkele kleine scholen zijn de afgelopen jaren gefuseerd of
        gesloten. Het teruglopende leerlingaantal is een van de redenen waarom de besturen kozen voor schaalvergroting
        van het verband."""),
        TABLE(*rows),
        P("""De cijfers zijn ontleend aan de teldatum van 1 oktober en omvatten alle vestigingen van de
        aangesloten besturen, exclusief de scholen voor speciaal onderwijs die formeel onder een ander
        verband vallen. Verschillen tussen de jaren ontstaan deels doordat vestigingen zijn samengevoegd."""),
    ]


def governance(p, nr):
    return [
        H1(f"{nr} Organisatie en governance"),
        H2(f"{nr}.1 Bestuur en toezicht"),
        P(f"""Het samenwerkingsverband wordt bestuurd door een directeur-bestuurder, {p['bestuurder']}. De raad
        van toezicht bestaat uit vijf leden: drie leden op voordracht van de aangesloten schoolbesturen en
        twee onafhankelijke leden, onder wie de voorzitter. De raad houdt toezicht op de koers, de
        rechtmatigheid en de continuïteit van de organisatie en is werkgever van de directeur-bestuurder."""),
        P("""De aangesloten besturen vormen samen de algemene vergadering. Die benoemt de leden van de raad van
        toezicht, stelt de statuten vast en wordt geraadpleegd over het ondersteuningsplan. In het oude model
        van de vereniging zaten bestuurders van scholen zelf in het bestuur; daarmee waren zij tegelijk
        slager en keurmeester. Het nieuwe model scheidt bestuur en toezicht en sluit aan bij de Code Goed
        Bestuur."""),
        H2(f"{nr}.2 Bureau"),
        P(f"""Het bureau ondersteunt de directeur-bestuurder en voert de taken van het verband uit. Het bureau
        kent drie teams: bedrijfsvoering, ondersteuning en advies, en secretariaat. In het fusiejaar zijn de
        functies van beide bureaus naast elkaar gelegd en beschreven in één functiehuis. Geen medewerker is
        boventallig geworden; twee vacatures zijn niet opnieuw ingevuld."""),
        H2(f"{nr}.3 Overleg met besturen"),
        P("""Zes keer per jaar komt het directeurenoverleg bijeen, waarin schoolleiders per cluster van scholen
        worden vertegenwoordigd. Het overleg adviseert de directeur-bestuurder over de uitvoering. Daarnaast
        zijn er netwerkbijeenkomsten voor intern begeleiders en ondersteuningscoördinatoren, die vooral
        bedoeld zijn om kennis te delen."""),
    ]


def medezeggenschap(p, nr, detail=True):
    blocks = [
        H1(f"{nr} Medezeggenschap"),
        P(f"""Het samenwerkingsverband heeft een ondersteuningsplanraad (OPR) die instemmingsrecht heeft op
        het ondersteuningsplan en op wijzigingen daarvan. De ondersteuningsplanraden van {p['oud1kort']} en
        {p['oud2kort']} zijn per {p['fusiedatum']} samengegaan. De nieuwe OPR heeft een eigen reglement,
        dat in het eerste fusiejaar is vastgesteld."""),
    ]
    if detail:
        blocks.append(P(f"""De OPR telt {p['opr_leden']} leden. De helft van de leden is ouder van een
        {p['kind']} op een van de aangesloten scholen, de andere helft is personeelslid; zij worden
        afgevaardigd vanuit de medezeggenschapsraden. Ouders in de OPR hebben een eigen achterbanoverleg en
        kunnen onderwerpen agenderen die zij van andere ouders horen."""))
    blocks += [
        P(f"""De OPR heeft op {p['opr_datum']} ingestemd met dit ondersteuningsplan. De OPR heeft daarbij
        een aantal aandachtspunten meegegeven, die in de jaarplanning zijn opgenomen. De directeur-bestuurder
        overlegt ten minste vier keer per jaar met de OPR. De raad ontvangt een vergoeding volgens de
        regeling die ook in de oude verbanden gold."""),
        P("""Daarnaast heeft het verband als werkgever een eigen medezeggenschapsraad voor het personeel
        van het bureau. Die raad heeft instemmingsrecht op het functiehuis en is in het fusietraject
        nauw betrokken geweest bij het sociaal plan."""),
    ]
    return blocks


def oogo(p, nr, detail=True):
    blocks = [
        H1(f"{nr} Gemeenten en op overeenstemming gericht overleg"),
        P(f"""Het samenwerkingsverband voert op overeenstemming gericht overleg (OOGO) met de gemeenten
        {p['gemeenten']}. Het OOGO over dit plan vond plaats op {p['oogo_datum']}. De gemeenten hebben
        schriftelijk laten weten dat zij zich in het plan herkennen. Het OOGO over het jeugdbeleidsplan van
        de gemeenten vindt in het najaar plaats."""),
    ]
    if detail:
        blocks += [
            P("""In het OOGO zijn afspraken gemaakt over drie thema's. Ten eerste de aansluiting tussen
            onderwijs en jeugdhulp: elke school heeft een vaste contactpersoon van het lokale team en
            jeugdhulp kan, waar nodig, onder schooltijd op school worden geboden in een
            onderwijs-zorgarrangement waarin school, jeugdhulpaanbieder en gemeente de kosten en taken
            verdelen. Ten tweede het leerlingenvervoer, waarbij de gemeenten toezeggen bij aanvragen rekening
            te houden met de adviezen van het verband. Ten derde de onderwijshuisvesting van voorzieningen
            die door het verband worden ingericht."""),
            P("""In de oude situatie voerde elk verband afzonderlijk overleg met soms dezelfde wethouders.
            Voortaan is er één regionaal overleg per jaar, aangevuld met lokale overleggen per gemeente op
            verzoek van een gemeente of het verband."""),
        ]
    else:
        blocks.append(P("""In de oude situatie voerde elk verband afzonderlijk overleg met soms dezelfde
        wethouders. Voortaan is er één regionaal overleg per jaar. De inhoudelijke afspraken met de
        gemeenten zijn vastgelegd in een afzonderlijke OOGO-notitie, die niet bij dit plan is gevoegd."""))
    return blocks


def personeel(p, nr):
    return [
        H1(f"{nr} Personeel en professionalisering"),
        P(f"""Het bureau telt na de fusie {p['fte']} fte, verdeeld over ongeveer {p['medewerkers']}
        medewerkers. De medewerkers uit beide oude bureaus zijn met behoud van rechtspositie overgegaan. Voor
        het personeel geldt de cao {p['cao']}. In het eerste fusiejaar is geïnvesteerd in kennismaking,
        gezamenlijke teamdagen en het afstemmen van werkwijzen."""),
        P("""Het verband investeert in de deskundigheid van de eigen medewerkers en in die van de scholen.
        Voor de eigen medewerkers is per persoon een scholingsbudget beschikbaar. Voor de scholen organiseert
        het verband jaarlijks een studiedag en een aantal leernetwerken, bijvoorbeeld over gedrag,
        meertaligheid en executieve functies. De leernetwerken worden door de deelnemers zelf voorbereid; het
        verband faciliteert ruimte en begeleiding."""),
        P("""Het lerarentekort raakt ook het speciaal onderwijs en de bovenschoolse voorzieningen. Het verband
        kan dit tekort niet oplossen, maar ondersteunt initiatieven van besturen om zij-instromers te werven en
        te begeleiden, en deelt vacatures via de eigen nieuwsbrief."""),
    ]


def ict(p, nr):
    return [
        H1(f"{nr} ICT, privacy en gegevens"),
        P("""Met de fusie is gekozen voor één registratiesysteem voor aanvragen en dossiers. De gegevens uit
        beide oude systemen zijn gemigreerd; dossiers die niet meer bewaard mochten worden, zijn vernietigd.
        Het verband heeft een functionaris gegevensbescherming, die gedeeld wordt met twee andere
        verbanden in de regio."""),
        P("""Het verband verwerkt persoonsgegevens, waaronder gegevens over gezondheid, alleen voor zover dat
        nodig is voor de wettelijke taken. Scholen leveren gegevens aan via een beveiligde omgeving en niet
        meer per e-mail. Medewerkers volgen jaarlijks een korte training over informatiebeveiliging. Het
        privacyreglement is in het fusiejaar geactualiseerd en met de OPR besproken."""),
    ]


BEGRIPPEN_BASIS = [
    ("Arrangement", "Afspraak over extra ondersteuning voor een leerling of groep, met doel, duur en inzet."),
    ("Basisondersteuning", "Het afgesproken niveau van ondersteuning dat alle scholen van het samenwerkingsverband bieden."),
    ("Dekkend aanbod", "Het geheel van voorzieningen waardoor voor iedere leerling een passende plek beschikbaar is."),
    ("Meerjarenbegroting", "Begroting voor meerdere jaren waarin baten en lasten van het verband zijn opgenomen."),
    ("Ondersteuningsplanraad (OPR)", "Medezeggenschapsorgaan van het samenwerkingsverband met instemmingsrecht op het ondersteuningsplan."),
    ("Ouder- en jeugdsteunpunt", "Onafhankelijk steunpunt waar ouders en jeugdigen terechtkunnen met vragen over passend onderwijs."),
    ("Terugplaatsing", "Overstap van een leerling uit het speciaal onderwijs naar het regulier onderwijs."),
    ("Toelaatbaarheidsverklaring (TLV)", "Besluit van het samenwerkingsverband dat een leerling toelaatbaar is tot het speciaal (basis)onderwijs."),
    ("Resultaten", "De beoogde en bereikte uitkomsten van het ondersteuningsbeleid."),
    ("Zorgplicht", "De plicht van het schoolbestuur om een aangemelde leerling een passende plek te bieden."),
]


def begrippen(nr, extra=()):
    rows = [["Begrip", "Betekenis"]] + [list(r) for r in sorted(list(BEGRIPPEN_BASIS) + list(extra))]
    return [H1(f"Bijlage {nr} Begrippenlijst"), TABLE(*rows)]


def afkortingen(nr, sector):
    rows = [["Afkorting", "Betekenis"],
            ["AB", "ambulante begeleiding"], ["IB", "intern begeleider"],
            ["OJSP", "ouder- en jeugdsteunpunt"], ["OOGO", "op overeenstemming gericht overleg"],
            ["OPP", "ontwikkelingsperspectiefplan"], ["OPR", "ondersteuningsplanraad"],
            ["SOP", "schoolondersteuningsprofiel"], ["SWV", "samenwerkingsverband"],
            ["TLV", "toelaatbaarheidsverklaring"]]
    if sector == "po":
        rows += [["SBO", "speciaal basisonderwijs"], ["SO", "speciaal onderwijs"]]
    else:
        rows += [["LWOO", "leerwegondersteunend onderwijs"], ["OPDC", "orthopedagogisch-didactisch centrum"],
                 ["PrO", "praktijkonderwijs"], ["VSO", "voortgezet speciaal onderwijs"]]
    return [H1(f"Bijlage {nr} Afkortingen"), TABLE(*([rows[0]] + sorted(rows[1:])))]


def titlepage(p, extra=""):
    return ("title", [p['naam'], f"Ondersteuningsplan {p['periode']}", p['ondertitel'],
                      f"Samenwerkingsverband {p['code']}", f"Vastgesteld door de directeur-bestuurder op {p['vastgesteld']}",
                      extra])


# ---------------------------------------------------------------------------
# Plan A: PO, docx. Waardlanden-Linge
# ---------------------------------------------------------------------------
PA = dict(
    naam="Samenwerkingsverband Passend Onderwijs Waardlanden-Linge", code="PO 28-12",
    oud1="Samenwerkingsverband De Linge", oud2="Samenwerkingsverband Waardwijs",
    oud1kort="De Linge", oud2kort="Waardwijs", fusiedatum="1 augustus 2025", periode="2025-2029",
    eindoud=2026, n_besturen=14, n_scholen=63, gemeenten="Gorinchem, Molenlanden, Vijfheerenlanden en West Betuwe",
    artikel="Artikel 18a van de Wet op het primair onderwijs", speciaal="speciaal basisonderwijs en speciaal onderwijs",
    speciaal_kort="speciaal basisonderwijs en speciaal onderwijs", kind="kind", hem="hem of haar",
    ib="intern begeleiders", bestuurder="drs. M.A. (Marieke) Verhoef", bureau1="Gorinchem", bureau2="Leerdam",
    bureau_nieuw="Gorinchem", jaar0=2022, n_gemeenten=4, inwoners="160.000",
    kengetallen=[["Gorinchem", "17", "3.905", "3.861", "3.790"], ["Molenlanden", "19", "3.512", "3.470", "3.455"],
                 ["Vijfheerenlanden", "15", "3.390", "3.344", "3.301"], ["West Betuwe", "12", "2.610", "2.598", "2.560"]],
    opr_leden=12, opr_datum="25 maart 2025", oogo_datum="11 maart 2025", fte="14,6", medewerkers=21,
    cao="primair onderwijs", ondertitel="Samen verder: wat blijft, wat verandert", vastgesteld="8 april 2025",
)


def plan_a():
    p = PA
    body = []
    body += voorwoord(p)
    body += inleiding(p, """Na de inleiding volgen de visie (hoofdstuk 2) en een schets van de fusie
    (hoofdstuk 3). De hoofdstukken 4 tot en met 7 gaan over de ondersteuning zelf: basisondersteuning,
    het dekkend aanbod, toelaatbaarheid en ambities. Hoofdstuk 8 beschrijft het financieel beleid,
    hoofdstuk 9 de communicatie. Daarna volgen de hoofdstukken over organisatie, medezeggenschap, gemeenten,
    personeel en ICT en de planning. In elk inhoudelijk hoofdstuk staat een kader 'Wat was, wat wordt'.""")
    body += visie(p, 2)
    body += fusie(p, 3)
    body += [
        H1("4 Basisondersteuning"),
        H2("4.1 Eén niveau voor alle scholen"),
        P("""Onder basisondersteuning verstaan wij het niveau van ondersteuning dat iedere vestiging van
        iedere aangesloten school biedt, zonder dat daarvoor een aanvraag bij het samenwerkingsverband nodig
        is. Het is een ondergrens: een school mag meer bieden, maar niet minder. De besturen hebben dit niveau
        samen afgesproken en zijn er gezamenlijk verantwoordelijk voor."""),
        P("""De Linge werkte met een lijst van acht 'basisafspraken', Waardwijs met het landelijke
        referentiekader en een eigen kwaliteitskaart met zestien indicatoren. Met ingang van 1 augustus 2025
        geldt voor alle 63 vestigingen één set van twaalf standaarden. In de tabel hieronder staat per
        onderdeel wat in de oude verbanden gold en wat nu de afspraak is."""),
        TABLE(["Onderdeel", "De Linge (tot 2025)", "Waardwijs (tot 2025)", "Waardlanden-Linge (vanaf 2025)"],
              ["Intern begeleider", "IB'er aanwezig, omvang vrij", "minimaal 0,4 fte per 200 leerlingen",
               "minimaal 0,4 fte IB per 200 leerlingen, met opleiding op masterniveau of in opleiding"],
              ["Lezen en dyslexie", "protocol dyslexie", "protocol dyslexie",
               "Protocol Leesproblemen en Dyslexie, inclusief vroegsignalering vanaf groep 2"],
              ["Rekenen", "geen afspraak", "protocol ERWD",
               "protocol ERWD; extra instructie in kleine groep vanaf groep 3"],
              ["Gedrag", "schoolbrede aanpak naar keuze", "PBS op 60% van de scholen",
               "schoolbrede aanpak sociale veiligheid met gedragsprotocol en jaarlijkse monitor"],
              ["Meer- en hoogbegaafdheid", "geen afspraak", "signalering met SiDi",
               "signalering in groep 1-2 en groep 5, compacten en verrijken in de eigen groep"],
              ["Taal en NT2", "geen afspraak", "geen afspraak", "taalaanbod voor nieuwkomers in de eerste twee jaar in de eigen groep, met NT2-materialen"],
              ["Medische handelingen", "protocol per bestuur", "protocol per bestuur",
               "één protocol medisch handelen voor alle besturen"],
              ["Ondersteuningsteam", "alleen op verzoek", "drie keer per jaar",
               "ten minste drie keer per jaar een ondersteuningsteam met IB, schoolleider, consulent van het verband en schoolmaatschappelijk werk"],
              ["Handelingsgericht werken", "ja", "ja", "groepsoverzicht en groepsplan of blokplan per groep, twee keer per jaar besproken"],
              ["Overdracht", "warme overdracht naar vo", "warme overdracht naar vo", "warme overdracht naar vo en bij elke schoolwissel binnen het verband"]),
        P("""Daarnaast bieden alle scholen een fysiek toegankelijk gebouw of maken zij met het bestuur een
        afspraak over een toegankelijke vestiging in de buurt, en werken alle scholen met een
        ontwikkelingsperspectiefplan voor leerlingen die op onderdelen een eigen leerlijn volgen. Wat een
        school daarbovenop biedt, beschrijft zij in haar schoolgids."""),
        H2("4.2 Hoe wij de basisondersteuning volgen"),
        P("""Elke school vult jaarlijks vóór 1 november de kwaliteitskaart basisondersteuning in. De consulent
        van het verband bespreekt de uitkomst met de schoolleider en de IB'er. Als een school op een
        standaard twee jaar achter elkaar onder de afgesproken ondergrens blijft, maakt het bestuur een
        verbeterplan dat in het directeurenoverleg wordt besproken. In de oude situatie deed alleen
        Waardwijs dit; voor de scholen uit De Linge is 2025-2026 een oefenjaar."""),
        H1("5 Een dekkend aanbod"),
        H2("5.1 Van basis naar specialistisch"),
        P("""Het aanbod in onze regio bestaat uit vier lagen die op elkaar aansluiten. De eerste laag is de
        basisondersteuning op elke school (hoofdstuk 4). De tweede laag zijn arrangementen op de eigen
        school: extra begeleiding, een aangepast programma of inzet van een specialist, betaald uit het
        schoolbudget of met een arrangement van het verband. De derde laag zijn de bovenschoolse
        voorzieningen: de observatiegroep De Kade in Gorinchem (12 plaatsen, maximaal zes maanden), de
        voltijd hoogbegaafdenklas Plein H in Leerdam en de taalklassen voor nieuwkomers in Gorinchem en
        Vianen. De vierde laag is het speciaal basisonderwijs (drie sbo-scholen) en het speciaal onderwijs
        van cluster 3 en 4 (vier scholen binnen en twee net buiten de regio)."""),
        P("""Was: De Linge kende geen observatiegroep, Waardwijs geen taalklas. Wordt: beide voorzieningen
        staan open voor leerlingen uit de hele regio. De plusklassen van De Linge blijven bestaan tot de
        voltijdvoorziening voldoende capaciteit heeft."""),
        H2("5.2 Als er geen passende plek is"),
        P("""Het verband wil weten waar het aanbod tekortschiet. Daarvoor gebruiken wij drie bronnen: de
        meldingen van thuiszitters en leerlingen met een vrijstelling die de leerplichtambtenaren ons elke
        maand doorgeven, de wachtlijsten van de sbo- en so-scholen en de signalen uit de ondersteuningsteams.
        Eenmaal per jaar, in mei, maken wij op basis daarvan een analyse van de witte vlekken en bespreken
        die met de besturen. Wat daaruit volgt, wordt met een termijn in het jaarplan opgenomen."""),
        P("""Voor een individuele leerling zonder plek is er het thuiszittersoverleg: binnen tien
        schooldagen na een melding komen leerplicht, school, ouders, het lokale team en de consulent van het
        verband bij elkaar. Het bestuur van de school waar de leerling staat ingeschreven houdt de zorgplicht
        en de regie; komt het overleg er niet uit, dan beslist de directeur-bestuurder over een tijdelijke
        plaatsing op een andere school of voorziening, met een arrangement. In 2024 betrof dit 19
        leerlingen."""),
        H1("6 Toelaatbaarheid tot sbo en so"),
        H2("6.1 De aanvraag"),
        P("""Een toelaatbaarheidsverklaring (TLV) wordt aangevraagd door het bevoegd gezag van de school
        waar de leerling is ingeschreven, of, bij een nieuwe leerling, van de school waar de leerling is
        aangemeld. De aanvraag gaat via het Loket van het verband en bevat het groeidocument met het
        ontwikkelingsperspectief, het verslag van het ondersteuningsteam, de zienswijze van de ouders en,
        waar aanwezig, onderzoeksverslagen. De Commissie Toelaatbaarheid neemt binnen zes weken na ontvangst
        van een volledige aanvraag een besluit. In De Linge besliste het bureau, in Waardwijs een commissie
        van drie schoolleiders; voortaan beslist de commissie, bestaande uit een orthopedagoog of psycholoog,
        een tweede deskundige en een voorzitter van het bureau."""),
        H2("6.2 Wanneer is een leerling toelaatbaar?"),
        P("""De commissie verklaart een leerling toelaatbaar tot het sbo als aan alle drie de volgende
        voorwaarden is voldaan: (1) de school heeft de basisondersteuning en ten minste één arrangement
        aantoonbaar en gedurende minimaal twintig weken ingezet en geëvalueerd; (2) de
        ondersteuningsbehoefte ligt op meerdere gebieden tegelijk (leren, gedrag, werkhouding) en vraagt een
        kleinere groep met een specialistische aanpak gedurende de hele schooldag; (3) er is geen
        reële verwachting dat de reguliere school met verdere inzet binnen een schooljaar passend kan
        bieden. Voor het so geldt daarnaast dat de ondersteuningsbehoefte voortkomt uit een verstandelijke,
        lichamelijke of langdurige medische beperking (cluster 3) of uit ernstige gedrags- of psychiatrische
        problematiek (cluster 4) en dat de behoefte zo intensief is dat ook het sbo niet passend is."""),
        P("""Elke aanvraag wordt door twee deskundigen beoordeeld: een orthopedagoog of psycholoog en,
        afhankelijk van de leerling, een kinderarts, maatschappelijk werker of tweede orthopedagoog. Zij
        geven ieder een eigen schriftelijk advies en zijn niet betrokken geweest bij de aanvraag. De
        ouders ontvangen een afschrift van beide adviezen."""),
        H2("6.3 Duur en categorie"),
        TABLE(["", "Was", "Wordt"],
              ["Duur TLV sbo", "De Linge: tot einde basisschool; Waardwijs: 2 jaar", "2 schooljaren, tot 31 juli"],
              ["Duur TLV so", "1 tot 3 jaar", "1 tot 3 jaar, afhankelijk van het deskundigenadvies"],
              ["Bekostigingscategorie so", "laag, midden of hoog", "ongewijzigd: laag, midden of hoog"]),
        H2("6.4 Bezwaar"),
        P("""Ouders en het schoolbestuur kunnen binnen zes weken bezwaar maken tegen een besluit. Het verband
        is aangesloten bij de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen, die advies
        uitbrengt; daarna beslist de directeur-bestuurder op het bezwaar."""),
        H2("6.5 Na afloop van de TLV"),
        P("""Iedere TLV loopt af. Wij vinden dat een leerling die in het sbo of so tot ontwikkeling is gekomen,
        zo snel als verantwoord terug moet kunnen naar een reguliere basisschool, bij voorkeur in de eigen
        woonplaats. Voorwaarde is dat de ontvangende school met een arrangement kan bieden wat de leerling
        nodig heeft en dat ouders instemmen. Een leerling die terugkeert, krijgt standaard een
        terugkeerarrangement van één schooljaar: begeleiding door de leerkracht van de sbo- of so-school in de
        eerste drie maanden en daarna ambulante begeleiding, betaald door het verband."""),
        P("""De werkwijze is als volgt. Uiterlijk in februari van het laatste TLV-jaar bespreekt de sbo- of
        so-school in het ontwikkelingsperspectiefoverleg met ouders of terugkeer haalbaar is. Is dat zo, dan
        meldt de school dit vóór 1 april bij het Loket en zoekt de consulent met ouders een ontvangende
        school. Die school en de sbo- of so-school stellen samen het terugkeerarrangement op. Is terugkeer
        niet haalbaar, dan vraagt de school tijdig een nieuwe TLV aan; de commissie beslist daarover
        volgens de procedure van paragraaf 6.1. Na zes maanden evalueren ontvangende school, ouders en
        consulent de terugkeer. In beide oude verbanden gebeurde dit incidenteel; de vaste evaluatiemomenten
        zijn nieuw."""),
        H1("7 Ambities en beoogde resultaten"),
        P("""De besturen hebben voor de planperiode vijf ambities geformuleerd. Bij elke ambitie hoort een
        beoogd resultaat dat in 2029 bereikt moet zijn."""),
        TABLE(["Ambitie", "Beoogd resultaat 2029"],
              ["Thuisnabij onderwijs", "het deelnamepercentage so daalt van 2,1% naar ten hoogste 1,8%"],
              ["Niemand thuis", "geen enkele leerling zit langer dan drie maanden thuis zonder onderwijsaanbod"],
              ["Sterke basis", "alle scholen voldoen aan alle twaalf standaarden basisondersteuning"],
              ["Terug waar het kan", "ten minste 10 terugplaatsingen per jaar vanuit sbo en so"],
              ["Snelle besluiten", "90% van de TLV-besluiten binnen zes weken"]),
        P("""Hoe wij de voortgang op deze ambities gaan volgen en wanneer wij daarover rapporteren, leggen
        wij vast in een monitoringskader. Dat kader stellen wij op zodra de gegevens van beide oude
        verbanden in het nieuwe registratiesysteem zijn samengebracht; het wordt in de loop van het eerste
        fusiejaar aan de OPR voorgelegd."""),
        H1("8 Financieel beleid"),
        H2("8.1 Inkomsten"),
        P("""Het verband ontvangt van DUO de middelen voor lichte en zware ondersteuning. Na de fusie is
        sprake van één budget; de verevening die voor Waardwijs nog negatief uitpakte, is per 2023
        afgerond."""),
        H2("8.2 Verdeling over de besturen"),
        P("""De middelen worden volgens een nieuw verdeelmodel over de besturen verdeeld. Na aftrek van de
        afdrachten aan het sbo en so en de kosten van het bureau krijgt elk bestuur een schoolbudget van
        € 165 per leerling op de teldatum van 1 oktober van het voorgaande jaar, plus een vaste voet van
        € 6.000 per vestiging. De Linge werkte met een bedrag per leerling van € 140 zonder vaste voet,
        Waardwijs met een expertisemodel zonder schoolbudgetten. Om de overgang te verzachten krijgen de
        besturen uit Waardwijs in 2025-2026 een overgangsbudget van 50% van het verschil."""),
        P("""Daarnaast kunnen scholen een arrangement aanvragen bij het Loket wanneer de ondersteuning van een
        leerling de basisondersteuning en het schoolbudget te boven gaat. Het Loket kent een arrangement
        toe als het ondersteuningsteam de vraag heeft besproken, er een ontwikkelingsperspectief is en het
        arrangement een doel en een einddatum heeft; het bedrag volgt uit de normbedragen in de
        arrangementenkaart (€ 2.500 voor een licht, € 5.000 voor een middelzwaar en € 9.000 voor een
        intensief arrangement)."""),
        H2("8.3 Begroting en reserves"),
        P("""De meerjarenbegroting 2025-2029 kan pas worden opgesteld als de openingsbalans van de gefuseerde
        stichting door de accountant is goedgekeurd. Zij wordt daarna opgesteld en separaat ter instemming
        aan de OPR voorgelegd; tot die tijd wordt gewerkt met de begrotingen van de oude verbanden."""),
        P("""Het weerstandsvermogen van beide verbanden samen lag eind 2024 boven de signaleringswaarde. Het
        bestuur heeft besloten het deel boven de signaleringswaarde in drie jaar in te zetten voor de
        ambities van hoofdstuk 7."""),
        H1("9 Communicatie"),
        H2("9.1 Hoe wij ouders informeren"),
        P("""Met de fusie verandert voor ouders veel tegelijk: een nieuwe naam, een nieuw adres, nieuwe
        gezichten. Wij informeren ouders daarom via meerdere wegen. Op de nieuwe website staat een
        ouderpagina met uitleg over de basisondersteuning, arrangementen, de voorzieningen en de
        TLV-procedure, in gewone taal en met een routekaart. De folder 'Passend onderwijs in
        Waardlanden-Linge' is beschikbaar in het Nederlands, Engels, Pools, Arabisch en Turks en ligt op
        iedere school. Elke school neemt in de schoolgids een vaste tekst van het verband op over de
        ondersteuningsmogelijkheden, aangevuld met het eigen aanbod. Twee keer per jaar is er een
        informatieavond voor ouders, afwisselend in Gorinchem en Leerdam."""),
        H2("9.2 Onafhankelijke hulp voor ouders"),
        P("""Soms verschillen ouders en school van mening, of weten ouders niet meer bij wie ze moeten zijn.
        Dan kunnen zij terecht bij het Ouder- en Jeugdsteunpunt Waardlanden-Linge. Het steunpunt is
        ondergebracht bij een stichting die los staat van het verband en de besturen, is bereikbaar via een
        eigen telefoonnummer en e-mailadres en kan ouders bijstaan in gesprekken met school of verband.
        Daarnaast kunnen ouders gebruikmaken van de Onderwijsconsulenten en, bij een geschil over toelating,
        verwijdering of het ontwikkelingsperspectief, van de Geschillencommissie passend onderwijs. In de
        oude situatie had alleen De Linge een oudersteunpunt; dat is in het nieuwe steunpunt opgegaan."""),
    ]
    body += governance(p, 10)
    body += medezeggenschap(p, 11)
    body += oogo(p, 12)
    body += personeel(p, 13)
    body += ict(p, 14)
    body += [
        H1("15 Planning"),
        TABLE(["Periode", "Activiteit"],
              ["2025-2026", "Kwaliteitskaart oefenjaar De Linge-scholen; openingsbalans; monitoringskader"],
              ["2026-2027", "Evaluatie verdeelmodel; uitbreiding voltijd hoogbegaafdenvoorziening"],
              ["2027-2028", "Herijking functiehuis bureau; gezamenlijke studiedag met sbo- en so-scholen"],
              ["2028-2029", "Voorbereiding nieuw ondersteuningsplan"]),
    ]
    body += begrippen(1, [("Loket", "Centraal aanmeldpunt van het verband voor arrangementen en TLV's."),
                          ("Terugkeerarrangement", "Arrangement bij overstap van sbo/so naar de basisschool.")])
    body += afkortingen(2, "po")
    blocks = [titlepage(p, "Concept ter instemming aan de OPR"), toc_from(body)] + body
    return blocks


# ---------------------------------------------------------------------------
# Plan B: VO, docx + pdf. Rivierduinen-Oost
# ---------------------------------------------------------------------------
PB = dict(
    naam="Samenwerkingsverband VO Rivierduinen-Oost", code="VO 26-14",
    oud1="Samenwerkingsverband VO Oostgaarde", oud2="Samenwerkingsverband VO Duin en Vaart",
    oud1kort="Oostgaarde", oud2kort="Duin en Vaart", fusiedatum="1 januari 2025", periode="2025-2029",
    eindoud=2026, n_besturen=9, n_scholen=22, gemeenten="Alphen aan den Rijn, Kaag en Braassem, Nieuwkoop en Teylingen",
    artikel="Artikel 17a van de Wet op het voortgezet onderwijs (thans artikel 2.47 e.v. WVO 2020)",
    speciaal="voortgezet speciaal onderwijs en praktijkonderwijs",
    speciaal_kort="voortgezet speciaal onderwijs en de aanwijzing voor lwoo en pro", kind="jongere", hem="hem of haar",
    ib="ondersteuningscoördinatoren en mentoren", bestuurder="J.P. (Jan-Pieter) Kloosterman MEd", bureau1="Alphen aan den Rijn",
    bureau2="Sassenheim", bureau_nieuw="Alphen aan den Rijn", jaar0=2022, n_gemeenten=4, inwoners="210.000",
    kengetallen=[["Alphen aan den Rijn", "9", "7.140", "7.082", "7.010"], ["Kaag en Braassem", "3", "1.420", "1.398", "1.377"],
                 ["Nieuwkoop", "3", "1.250", "1.244", "1.219"], ["Teylingen", "7", "4.905", "4.870", "4.840"]],
    opr_leden=10, opr_datum="3 april 2025", oogo_datum="18 maart 2025", fte="11,2", medewerkers=16,
    cao="voortgezet onderwijs", ondertitel="Eén verband, twee geschiedenissen", vastgesteld="10 april 2025",
)


def plan_b():
    p = PB
    body = []
    body += voorwoord(p)
    body += inleiding(p, """Hoofdstuk 2 beschrijft de visie en hoofdstuk 3 de fusie. Daarna volgen de
    basisondersteuning (4), het ondersteuningsaanbod (5), toewijzing van vso, lwoo en pro (6), terugkeer naar
    het regulier vo (7), kwaliteit en resultaten (8), geld en middelen (9) en ouders en leerlingen (10). De
    hoofdstukken 11 tot en met 15 gaan over organisatie, medezeggenschap, gemeenten, personeel en ICT.""")
    body += visie(p, 2)
    body += fusie(p, 3)
    body += [
        H1("4 Basisondersteuning"),
        P("""In het gefuseerde verband geldt één niveau van basisondersteuning voor alle 22 vestigingen.
        Dat niveau is de door alle besturen afgesproken ondergrens: wat iedere vestiging, van
        praktijkonderwijs tot gymnasium, aan iedere leerling biedt zonder dat daarvoor een arrangement of
        een besluit van het verband nodig is. Scholen die meer bieden, beschrijven dat in hun schoolgids."""),
        P("""Oostgaarde werkte met de 'Ondersteuningsstandaard Oostgaarde' uit 2019, Duin en Vaart met een
        'Basiskaart' die per schooljaar werd bijgesteld. Beide documenten vervallen. Daarvoor in de plaats
        komt de gezamenlijke Basisondersteuningskaart, die als bijlage 4 bij dit plan hoort en in het
        fusiejaar door een werkgroep van ondersteuningscoördinatoren is opgesteld. De kaart beschrijft per
        domein wat leerlingen en ouders op iedere vestiging mogen verwachten."""),
        P("""Het verband kijkt elk jaar met iedere vestiging naar de Basisondersteuningskaart. De
        ondersteuningscoördinator vult in het voorjaar de vestigingsscan in; een consulent van het verband
        bespreekt de uitkomst met de teamleider. Waar een vestiging onder de afgesproken ondergrens
        blijft, maakt het bestuur een verbeterplan met een termijn van ten hoogste één jaar. Het verband
        rapporteert jaarlijks aan de algemene vergadering welke vestigingen een verbeterplan hebben."""),
        H1("5 Het ondersteuningsaanbod"),
        P("""Het ondersteuningsaanbod van Rivierduinen-Oost is opgebouwd in vier niveaus. Niveau 1 is de
        basisondersteuning op iedere vestiging. Niveau 2 is extra ondersteuning binnen de school:
        trajectvoorzieningen, rebound-plaatsen in de eigen school, begeleiding door een
        gedragsspecialist of een dyslexie- en dyscalculiecoach, en individuele arrangementen die de school
        bij het verband aanvraagt. Niveau 3 zijn de bovenschoolse voorzieningen: het OPDC De Overstap in
        Alphen aan den Rijn (48 plaatsen, tijdelijk, met terugkeer naar de eigen school als uitgangspunt),
        de ISK voor nieuwkomers in Alphen en Sassenheim en de Plusvoorziening voor hoogbegaafde leerlingen
        die vastlopen. Niveau 4 is het voortgezet speciaal onderwijs van cluster 3 en 4 en het
        praktijkonderwijs op drie locaties."""),
        TABLE(["Voorziening", "Was (Oostgaarde / Duin en Vaart)", "Wordt (Rivierduinen-Oost)"],
              ["OPDC", "OPDC De Overstap / geen OPDC; plaatsen ingekocht", "De Overstap voor de hele regio, 48 plaatsen"],
              ["Rebound", "bovenschools / op iedere school", "op iedere school, met coaching vanuit De Overstap"],
              ["ISK", "Alphen / Sassenheim", "beide locaties blijven"],
              ["Hoogbegaafdheid", "geen / Plusklas Teylingen", "Plusvoorziening voor de hele regio"],
              ["Onderwijs-zorgarrangement", "2 trajecten / geen", "regionale regeling met gemeenten, zie hoofdstuk 13"]),
        P("""Tussen de niveaus bestaan afspraken over overdracht: een leerling die van niveau 3 terugkeert naar
        de eigen school, heeft een overdrachtsgesprek en een mentor die van het traject op de hoogte is.
        Scholen zonder eigen trajectvoorziening kunnen gebruikmaken van die van een andere school van
        hetzelfde bestuur."""),
        P("""Of het aanbod op alle plaatsen in de regio toereikend is, weten wij nog niet goed. Een gezamenlijke
        analyse van wat in het aanbod ontbreekt en welke leerlingen daardoor tussen wal en schip raken, volgt
        zodra de fusie bestuurlijk is afgerond en beide registraties zijn samengevoegd."""),
        H1("6 Toewijzing: vso, lwoo en pro"),
        H2("6.1 Toelaatbaarheid tot het vso"),
        P("""De school waar de leerling is ingeschreven, vraagt de toelaatbaarheidsverklaring aan bij de
        Commissie Toewijzing van het verband, via het digitale aanvraagformulier. Bij de aanvraag horen het
        ontwikkelingsperspectiefplan met evaluatie, het verslag van het multidisciplinair overleg en de
        zienswijze van ouders en leerling. De commissie bestaat uit een orthopedagoog-generalist, een
        GZ-psycholoog en een secretaris. Beide deskundigen brengen elk afzonderlijk een schriftelijk advies
        uit. De commissie besluit binnen zes weken na een volledige aanvraag; in spoedgevallen binnen tien
        werkdagen."""),
        P("""Een leerling is toelaatbaar tot het vso wanneer de ondersteuningsbehoefte langdurig en op meer
        domeinen tegelijk zo groot is dat een reguliere vo-school, ook met een arrangement van niveau 2 of 3,
        niet kan bieden wat nodig is; wanneer dat blijkt uit ten minste één geëvalueerde ondersteuningsperiode
        van minimaal twaalf weken (behalve bij spoed); en wanneer het vso een reëel perspectief op
        vervolgonderwijs, arbeid of dagbesteding biedt. De TLV wordt afgegeven voor één tot vier schooljaren
        en vermeldt de bekostigingscategorie laag, midden of hoog."""),
        H2("6.2 Leerwegondersteunend onderwijs en praktijkonderwijs"),
        P("""Voor lwoo en pro volgt het verband de landelijke criteria; van de mogelijkheid om eigen
        lwoo-criteria vast te stellen wordt, net als in beide oude verbanden, geen gebruik gemaakt. De
        aanvraag voor een aanwijzing lwoo of een TLV pro wordt door de vo-school ingediend vóór 1 mei van het
        jaar van instroom, met het onderwijskundig rapport van de basisschool en de gegevens van de
        capaciteiten- en didactische toetsing."""),
        TABLE(["", "Lwoo (aanwijzing)", "Praktijkonderwijs (TLV pro)"],
              ["IQ", "75 tot en met 90 (of 91-120 met sociaal-emotionele problematiek)", "55 tot en met 80"],
              ["Leerachterstand", "1,5 tot 3 jaar op ten minste twee domeinen, waarvan één lezen of rekenen",
               "3 jaar of meer op ten minste twee domeinen, waarvan één lezen of rekenen"],
              ["Duur", "voor de duur van de opleiding", "voor de duur van de opleiding"],
              ["Besluit", "Commissie Toewijzing, binnen 4 weken", "Commissie Toewijzing, binnen 4 weken"]),
        P("""Was: Oostgaarde liet de aanwijzing lwoo door de Permanente Commissie Leerlingenzorg voorbereiden,
        Duin en Vaart door het bureau. Wordt: de Commissie Toewijzing doet beide; de PCL is opgeheven."""),
        H2("6.3 Bezwaar"),
        P("""Tegen een besluit over een TLV of een aanwijzing lwoo kunnen ouders binnen zes weken bezwaar
        maken. Het verband vraagt advies aan de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen
        en beslist daarna binnen de wettelijke termijn."""),
        H1("7 Terug naar het regulier vo"),
        P("""Het vso is voor veel leerlingen een plek om weer op adem te komen. Voor een deel van hen is het
        ook een tussenstation. Het verband wil dat iedere vso-leerling voor wie een reguliere school weer
        passend kan zijn, die kans krijgt. Dat betekent niet dat terugkeer een doel op zich is: een
        leerling keert alleen terug als de ontvangende school kan bieden wat nodig is, als de leerling en
        de ouders dat willen en als de vso-school dat met het oog op het ontwikkelingsperspectief verantwoord
        vindt."""),
        P("""Wie terugkeert, staat er niet alleen voor. Elke teruggeplaatste leerling krijgt een
        terugkeerarrangement van ten minste één schooljaar, met ambulante begeleiding door de vso-school en
        een vaste coach op de nieuwe school. Het verband betaalt dit arrangement uit de middelen voor zware
        ondersteuning, zodat de ontvangende school er geen financiële drempel bij ervaart. Leerlingen die van
        het vso naar het mbo gaan, worden op dezelfde manier begeleid in de eerste maanden."""),
        P("""In het schooljaar 2023-2024 keerden in beide oude verbanden samen 14 leerlingen vanuit het vso
        terug naar een reguliere vo-school. Het stappenplan voor terugkeer verschilde per verband. Een
        gezamenlijk stappenplan, met daarin wie het initiatief neemt en wanneer, stellen wij in het schooljaar
        2025-2026 met de vso-scholen op; het wordt als wijziging op dit plan aan de OPR voorgelegd."""),
        H1("8 Kwaliteit en resultaten"),
        H2("8.1 Beoogde resultaten"),
        TABLE(["Doel", "Nulmeting 2024", "Streefwaarde 2029"],
              ["Deelnamepercentage vso", "3,9%", "3,5% of lager"],
              ["Doorlooptijd TLV-besluit binnen 6 weken", "78%", "95%"],
              ["Leerlingen die na OPDC terugkeren naar regulier vo", "61%", "75%"],
              ["Tevredenheid ouders over de ondersteuning (schaal 1-10)", "6,8", "7,5"],
              ["Vestigingen die de Basisondersteuningskaart volledig halen", "niet gemeten", "100%"]),
        H2("8.2 Hoe wij resultaten volgen"),
        P("""Het bureau stelt elk kwartaal een rapportage op met de kengetallen uit het registratiesysteem en
        uit de DUO-gegevens: aantallen TLV's en arrangementen, doorlooptijden, instroom en uitstroom van het
        OPDC en deelnamepercentages per 1 oktober. De rapportage wordt besproken in het directeurenoverleg en
        de raad van toezicht. Eens per twee jaar houden wij een tevredenheidspeiling onder ouders, leerlingen
        en scholen. In het jaarverslag rapporteert het verband per doel de bereikte resultaten en de
        middelen die ervoor zijn ingezet; halverwege de planperiode, in 2027, volgt een tussenevaluatie met
        de OPR. Valt een resultaat twee kwartalen achter elkaar tegen, dan bespreekt de directeur-bestuurder
        met de betrokken besturen welke bijsturing nodig is."""),
        H1("9 Geld en middelen"),
        H2("9.1 Zo verdelen wij het budget"),
        P("""Het budget van het verband bestaat uit de rijksbekostiging voor lichte ondersteuning (inclusief
        lwoo en pro) en zware ondersteuning. Het verband hanteert vanaf 2025 het volgende model. De middelen
        voor lwoo en pro gaan naar de scholen met een lwoo- of pro-afdeling, naar rato van het aantal
        leerlingen met een aanwijzing of TLV op 1 oktober. Elke vestiging ontvangt daarnaast een
        ondersteuningsbudget van € 95 per leerling, voor extra ondersteuning op niveau 2. Individuele
        arrangementen worden toegekend door de Commissie Toewijzing op basis van een aanvraag met een
        ontwikkelingsperspectiefplan; de omvang volgt uit drie tarieven (€ 3.000, € 6.500 en € 12.000 per
        schooljaar)."""),
        P("""Oostgaarde verdeelde alle lichte middelen naar rato van leerlingaantallen; Duin en Vaart hield
        een groot deel centraal voor arrangementen. Het nieuwe model ligt daartussen. De besturen
        verantwoorden de besteding van het ondersteuningsbudget jaarlijks in een korte verantwoording per
        vestiging, die het verband naast de vestigingsscan legt."""),
        H2("9.2 Meerjarenbegroting"),
        TABLE(["x € 1.000", "2025", "2026", "2027", "2028"],
              ["Baten rijksbijdrage lichte ondersteuning (incl. lwoo/pro)", "11.940", "11.820", "11.700", "11.590"],
              ["Baten rijksbijdrage zware ondersteuning", "7.310", "7.250", "7.190", "7.130"],
              ["Afdracht vso (DUO)", "-5.880", "-5.820", "-5.760", "-5.700"],
              ["Lwoo en pro naar scholen", "-8.690", "-8.600", "-8.520", "-8.440"],
              ["Ondersteuningsbudget vestigingen", "-1.285", "-1.275", "-1.265", "-1.255"],
              ["Individuele arrangementen", "-1.150", "-1.150", "-1.150", "-1.150"],
              ["OPDC De Overstap en Plusvoorziening", "-1.420", "-1.420", "-1.400", "-1.400"],
              ["Bureau en commissie", "-1.090", "-1.070", "-1.060", "-1.050"],
              ["Saldo", "-265", "-265", "-265", "-275"]),
        P("""De negatieve saldi zijn bewust begroot: het verband bouwt zo de reserve af die boven de
        signaleringswaarde lag. Eind 2028 ligt het weerstandsvermogen naar verwachting op 6% van de baten."""),
        H1("10 Ouders en leerlingen"),
        P("""Ouders en leerlingen moeten weten wat zij van een school en van het verband mogen verwachten.
        Het verband informeert hen via de nieuwe website, met een aparte ingang voor ouders en een voor
        leerlingen, via de brochure 'Passend onderwijs in het vo', die elke basisschool in groep 8 meegeeft,
        en via de jaarlijkse voorlichtingsavond in november voor ouders van leerlingen in groep 8 die extra
        ondersteuning nodig hebben. Iedere vestiging vermeldt in de schoolgids wie de
        ondersteuningscoördinator is en hoe ouders die bereiken."""),
        P("""Voor onafhankelijke ondersteuning kunnen ouders terecht bij de organisaties die op onze website
        staan vermeld. De wet die ieder verband verplicht tot een ouder- en jeugdsteunpunt, is nog niet in
        werking getreden; de vormgeving van het steunpunt in Rivierduinen-Oost bespreken wij in de loop van
        de planperiode met de OPR."""),
    ]
    body += governance(p, 11)
    body += medezeggenschap(p, 12)
    body += oogo(p, 13)
    body += personeel(p, 14)
    body += ict(p, 15)
    body += begrippen(1, [("Commissie Toewijzing", "Commissie die namens het verband besluit over TLV's, lwoo en pro."),
                          ("OPDC", "Orthopedagogisch-didactisch centrum: tijdelijke bovenschoolse voorziening.")])
    body += afkortingen(2, "vo")
    body += [H1("Bijlage 3 Overzicht vestigingen"),
             P("""Het overzicht van de 22 vestigingen, met adressen, besturen en contactpersonen, staat op de
             website van het verband en wordt niet in dit plan opgenomen.""")]
    blocks = [titlepage(p, "Versie na instemming OPR"), toc_from(body)] + body
    return blocks


# ---------------------------------------------------------------------------
# Plan C: PO, pdf. Passend Primair Zuidrand
# ---------------------------------------------------------------------------
PC = dict(
    naam="Stichting Passend Primair Zuidrand", code="PO 30-08",
    oud1="Samenwerkingsverband PO Zuidrand-West", oud2="Samenwerkingsverband Het Kruispunt",
    oud1kort="Zuidrand-West", oud2kort="Het Kruispunt", fusiedatum="1 augustus 2024", periode="2025-2029",
    eindoud=2025, n_besturen=11, n_scholen=58, gemeenten="Bergen op Zoom, Steenbergen, Woensdrecht en Halderberge",
    artikel="Artikel 18a van de Wet op het primair onderwijs", speciaal="speciaal basisonderwijs en speciaal onderwijs",
    speciaal_kort="speciaal basisonderwijs en speciaal onderwijs", kind="kind", hem="hem of haar",
    ib="intern begeleiders", bestuurder="mr. drs. E. (Esther) van Dongen", bureau1="Bergen op Zoom",
    bureau2="Oudenbosch", bureau_nieuw="Bergen op Zoom", jaar0=2021, n_gemeenten=4, inwoners="150.000",
    kengetallen=[["Bergen op Zoom", "19", "5.020", "4.980", "4.915"], ["Steenbergen", "12", "1.910", "1.880", "1.874"],
                 ["Woensdrecht", "11", "1.705", "1.690", "1.662"], ["Halderberge", "16", "2.640", "2.611", "2.590"]],
    opr_leden=14, opr_datum="2 april 2025", oogo_datum="6 maart 2025", fte="12,8", medewerkers=19,
    cao="primair onderwijs", ondertitel="Het eerste plan van de nieuwe stichting", vastgesteld="15 april 2025",
)


def plan_c():
    p = PC
    body = []
    body += voorwoord(p)
    body += inleiding(p, """Hoofdstuk 2 gaat over visie en missie, hoofdstuk 3 over de fusie. Hoofdstuk 4
    beschrijft wat elke school biedt, hoofdstuk 5 de route naar extra en speciale ondersteuning, hoofdstuk 6
    de financiën, hoofdstuk 7 kwaliteit en hoofdstuk 8 de samenwerking met ouders. De overige hoofdstukken
    gaan over bestuur, medezeggenschap, gemeenten, personeel, ICT en planning.""")
    body += visie(p, 2)
    body += [P("""Wij willen een resultaatgerichte organisatie zijn: niet de procedure, maar wat een kind
        eraan heeft staat voorop. Dat betekent ook dat wij onze eigen werkwijze regelmatig tegen het licht
        houden.""")]
    body += fusie(p, 3)
    body += [
        H1("4 Wat elke school biedt"),
        H2("4.1 Eén ondergrens voor 58 scholen"),
        P("""Ouders vragen ons vaak: wat mag ik van de school van mijn kind verwachten? Het antwoord is
        het gezamenlijke basisaanbod. Dat is wat alle 58 scholen van de elf besturen, in elke kern en op
        elke locatie, minstens bieden aan ieder kind dat dat nodig heeft, zonder aanvraag bij de stichting.
        De besturen hebben dit basisaanbod samen vastgesteld; het is daarmee een afspraak tussen besturen en
        geen wens."""),
        P("""Zuidrand-West en Het Kruispunt hadden elk een eigen lijst, die voor ongeveer driekwart overlapte.
        Voor de nieuwe stichting is gekozen voor de ruimste van beide lijsten. Voor twaalf scholen uit Het
        Kruispunt betekent dat een uitbreiding op het gebied van gedrag en van meer- en hoogbegaafdheid; zij
        krijgen tot 1 augustus 2026 de tijd om die uitbreiding te realiseren."""),
        H2("4.2 Wat u op iedere school mag verwachten"),
        UL("""Een intern begeleider die de ondersteuning in de school coördineert en voor ouders
           aanspreekbaar is, met ten minste één vaste dag per week aanwezigheid.""",
           """Vroegtijdige signalering van lees-, spelling- en rekenproblemen met methodeonafhankelijke
           toetsen en een aanpak volgens het landelijke dyslexieprotocol en het protocol ERWD.""",
           """Extra instructie en verlengde instructie in de groep of in een kleine groep, ten minste
           drie keer per week voor kinderen die dat nodig hebben.""",
           """Een schoolbrede aanpak van gedrag en sociale veiligheid, met duidelijke regels, een
           anti-pestprotocol en een aanspreekpunt voor kinderen.""",
           """Een aanbod voor kinderen die meer aankunnen: compacten en verrijken in de groep, en vanaf
           groep 5 deelname aan een bovenschoolse verrijkingsmiddag bij signalen van hoogbegaafdheid.""",
           """Begeleiding van kinderen met een medische aandoening volgens het gezamenlijke protocol
           medisch handelen.""",
           """Een ondersteuningsteam van de school, waarin de IB'er, de leerkracht, ouders en de
           onderwijsadviseur van de stichting samen naar een vraag kijken.""",
           """Een ontwikkelingsperspectiefplan voor ieder kind dat op een of meer vakken een eigen leerlijn
           volgt, dat ten minste twee keer per jaar met ouders wordt besproken."""),
        P("""Het basisaanbod wordt in de schoolgids van iedere school opgenomen. De onderwijsadviseur bezoekt
        iedere school één keer per jaar en bespreekt aan de hand van een korte kijkwijzer of de school het
        basisaanbod waarmaakt."""),
        H1("5 Van groep tot voorziening"),
        H2("5.1 Het geheel van ondersteuning"),
        P("""Wat een school binnen het basisaanbod niet kan bieden, kan zij met hulp van de stichting
        organiseren. De opbouw is in de nieuwe stichting als volgt. Op de eigen school: een
        schoolarrangement, met inzet van een specialist of extra handen in de groep. Tussen scholen: de
        bovenschoolse groepen, te weten de Taalbrug (nieuwkomers, twee locaties), de Denkwerkplaats
        (hoogbegaafde kinderen, één dag per week) en de Overbrugging (kortdurende plaatsing van maximaal
        twaalf weken voor kinderen die vastlopen in gedrag). Daarna het speciaal basisonderwijs (twee
        scholen) en het speciaal onderwijs cluster 3 en 4 (drie scholen in de regio en twee daarbuiten). De
        onderwijsadviseur van de stichting is het vaste aanspreekpunt voor de school en helpt bij het
        kiezen van de passende stap."""),
        P("""Zuidrand-West werkte vooral met arrangementen op de eigen school, Het Kruispunt vooral met
        bovenschoolse groepen. In de nieuwe stichting blijven beide routes bestaan; de Overbrugging was een
        voorziening van Het Kruispunt en staat nu open voor alle scholen."""),
        H2("5.2 Kinderen zonder passende plek"),
        P("""Een kind dat niet naar school gaat of geen passend aanbod heeft, moet zo snel mogelijk weer
        onderwijs krijgen. Scholen melden zo'n kind binnen vijf schooldagen bij de stichting. De
        onderwijsadviseur roept dan binnen twee weken een overleg bijeen met school, ouders, leerplicht en
        het wijkteam en maakt een plan met een termijn. Het bestuur van de school van inschrijving blijft
        verantwoordelijk; lukt het niet binnen zes weken een plek te vinden, dan schakelt de
        directeur-bestuurder de andere besturen in, die zich via het convenant 'Geen kind buiten beeld'
        hebben verplicht om mee te zoeken. Ieder halfjaar bespreken de besturen welke vormen van aanbod
        ontbreken en wie welke ontbrekende plek ontwikkelt; het afgelopen jaar leidde dat tot de
        uitbreiding van de Overbrugging."""),
        H2("5.3 Toelaatbaarheid tot sbo en so"),
        P("""Wanneer een kind is aangewezen op het sbo of so, vraagt het schoolbestuur een
        toelaatbaarheidsverklaring aan bij de Commissie Arrangeren en Toelaatbaarheid (CAT). Het
        aanvraagdossier bestaat uit het ontwikkelingsperspectiefplan, het verslag van het ondersteuningsteam
        en de ondertekende zienswijze van ouders. De onderwijsadviseur controleert binnen vijf werkdagen of het
        dossier compleet is. Daarna wint de CAT het advies in van twee deskundigen: een orthopedagoog of
        psycholoog en een tweede deskundige die past bij de vraag van het kind, zoals een jeugdarts of
        maatschappelijk werker. De CAT besluit binnen acht weken na ontvangst van het complete dossier en
        stuurt het besluit met de adviezen aan ouders en school."""),
        P("""De toelaatbaarheidscriteria van beide voormalige verbanden blijven tot 1 augustus 2026 naast
        elkaar van kracht, afhankelijk van het verband waartoe de school van aanmelding vóór de fusie
        behoorde. Zij zijn te vinden in de handboeken van de voormalige verbanden. De CAT werkt aan één set
        criteria voor de nieuwe stichting."""),
        P("""Wie het niet eens is met een besluit van de CAT, kan binnen zes weken bezwaar maken bij de
        stichting. De stichting legt het bezwaar voor advies voor aan de Landelijke Bezwaaradviescommissie en
        beslist binnen zes weken na dat advies."""),
        H2("5.4 Terugplaatsing naar de basisschool"),
        P("""[p.m. – tekst volgt na overleg met de directies van sbo en so]"""),
        H1("6 Financiën"),
        H2("6.1 Meerjarenbegroting"),
        P("""De stichting ontvangt de rijksbekostiging voor lichte en zware ondersteuning. De afdrachten
        voor het so worden door DUO rechtstreeks ingehouden. De begroting van de stichting ziet er voor de
        planperiode als volgt uit."""),
        TABLE(["Bedragen in euro's", "2025", "2026", "2027", "2028"],
              ["Baten ondersteuningsbekostiging", "13.480.000", "13.350.000", "13.220.000", "13.100.000"],
              ["Afdracht so (via DUO)", "-4.210.000", "-4.180.000", "-4.150.000", "-4.120.000"],
              ["Overdracht sbo", "-2.960.000", "-2.930.000", "-2.900.000", "-2.870.000"],
              ["Budgetten schoolbesturen", "-3.850.000", "-3.810.000", "-3.770.000", "-3.740.000"],
              ["Bovenschoolse groepen", "-1.020.000", "-1.020.000", "-1.020.000", "-1.020.000"],
              ["Arrangementen", "-640.000", "-640.000", "-640.000", "-640.000"],
              ["Bureau, CAT en onderwijsadviseurs", "-1.150.000", "-1.130.000", "-1.120.000", "-1.110.000"],
              ["Resultaat", "-350.000", "-360.000", "-380.000", "-400.000"]),
        H2("6.2 Verdeling"),
        P("""Het nieuwe verdeelmodel, waarmee de budgetten over de schoolbesturen worden verdeeld, stelt het
        algemeen bestuur in het voorjaar van 2026 vast. Tot die tijd gelden de afspraken uit de oude
        verbanden, die in dit plan niet worden herhaald."""),
        H2("6.3 Reserves"),
        P("""De stichting startte met een reserve die ruim boven de signaleringswaarde van de inspectie lag.
        De negatieve resultaten in de begroting zijn bedoeld om die reserve in vier jaar terug te brengen tot
        het niveau dat de risicoanalyse rechtvaardigt."""),
        H1("7 Kwaliteit"),
        P("""Met de fusie zijn ook twee manieren van kwaliteitszorg samengekomen. Het kwaliteitskader van de
        nieuwe stichting wordt in 2026 ontwikkeld; daarin komen ook de beoogde resultaten en de manier
        waarop wij die volgen. Tot die tijd richten wij ons op de zorgvuldige uitvoering van de afspraken in
        dit plan."""),
        H1("8 Samen met ouders"),
        P("""Ouders kennen hun kind het best. Wij zien hen als partner, ook als het even schuurt. Een goede
        samenwerking begint met informatie. De stichting heeft daarom een ouderwebsite met uitleg over het
        basisaanbod, de bovenschoolse groepen, het sbo en so en de werkwijze van de CAT, en met filmpjes
        waarin ouders vertellen over hun ervaringen. Iedere school geeft ouders bij de intake de folder
        'Passend onderwijs in de Zuidrand' mee. De intern begeleider is voor ouders het eerste aanspreekpunt
        en verwijst zo nodig naar de onderwijsadviseur. Jaarlijks organiseert de stichting met de
        bibliotheken in de vier gemeenten een inloopavond voor ouders."""),
        P("""Ouders die vastlopen of een onafhankelijk gesprekspartner zoeken, kunnen terecht bij het
        Steunpunt Ouders Zuidrand, dat onafhankelijk van de stichting en de besturen werkt en door een
        ouderorganisatie wordt uitgevoerd, en bij de Onderwijsconsulenten. Bij klachten over de stichting
        geldt de klachtenregeling; ouders kunnen zich dan ook wenden tot de landelijke klachtencommissie
        waarbij de stichting is aangesloten."""),
    ]
    body += governance(p, 9)
    body += medezeggenschap(p, 10)
    body += oogo(p, 11)
    body += personeel(p, 12)
    body += ict(p, 13)
    body += [
        H1("14 Planning"),
        TABLE(["Wanneer", "Wat"],
              ["voorjaar 2026", "Vaststelling verdeelmodel"],
              ["2026", "Kwaliteitskader; één set toelaatbaarheidscriteria"],
              ["1 augustus 2026", "Basisaanbod volledig op alle scholen"],
              ["2027-2029", "Uitvoering; voorbereiding volgend plan"]),
    ]
    body += begrippen(1, [("CAT", "Commissie Arrangeren en Toelaatbaarheid."),
                          ("Basisaanbod", "Zie basisondersteuning.")])
    body += afkortingen(2, "po")
    blocks = [titlepage(p, "Definitieve versie"), toc_from(body)] + body
    return blocks


# ---------------------------------------------------------------------------
# Plan D: VO, docx. Kempen en Dommel
# ---------------------------------------------------------------------------
PD = dict(
    naam="Samenwerkingsverband VO Kempen en Dommel", code="VO 30-11",
    oud1="Samenwerkingsverband VO De Kempen", oud2="Samenwerkingsverband VO Dommeldal",
    oud1kort="De Kempen", oud2kort="Dommeldal", fusiedatum="1 augustus 2025", periode="2025-2029",
    eindoud=2026, n_besturen=7, n_scholen=19, gemeenten="Bergeijk, Eersel, Valkenswaard, Waalre en Heeze-Leende",
    artikel="Artikel 17a WVO, sinds 2021 opgenomen in de WVO 2020,", speciaal="voortgezet speciaal onderwijs en praktijkonderwijs",
    speciaal_kort="voortgezet speciaal onderwijs, lwoo en pro", kind="jongere", hem="hem of haar",
    ib="zorgcoördinatoren", bestuurder="drs. R.H.M. (Ruud) Smulders", bureau1="Eersel", bureau2="Valkenswaard",
    bureau_nieuw="Valkenswaard", jaar0=2022, n_gemeenten=5, inwoners="120.000",
    kengetallen=[["Bergeijk", "2", "1.060", "1.041", "1.022"], ["Eersel", "3", "1.930", "1.905", "1.874"],
                 ["Valkenswaard", "7", "3.760", "3.711", "3.688"], ["Waalre", "3", "1.610", "1.602", "1.580"],
                 ["Heeze-Leende", "4", "1.540", "1.522", "1.497"]],
    opr_leden=8, opr_datum="9 april 2025", oogo_datum="20 maart 2025", fte="8,4", medewerkers=12,
    cao="voortgezet onderwijs", ondertitel="Wat blijft, wat verandert, wat komt", vastgesteld="14 april 2025",
)


def plan_d():
    p = PD
    body = []
    body += voorwoord(p)
    body += inleiding(p, """Hoofdstuk 2 bevat de visie, hoofdstuk 3 de fusie. Daarna volgen de
    basisondersteuning (4), toelaatbaarheid en aanwijzingen (5), de overstap van vso naar vo (6), financiën
    (7), monitoring (8) en ouders (9). Bestuur, medezeggenschap, gemeenten, personeel, ICT en planning
    sluiten het plan af.""")
    body += visie(p, 2)
    body += fusie(p, 3)
    body += [
        H1("4 Basisondersteuning"),
        P("""Op dit moment werken de scholen nog met de ondersteuningsprofielen die zij onder de oude
        verbanden hebben opgesteld. De minister heeft aangekondigd dat er een landelijke norm voor
        basisondersteuning komt. Zodra die norm is vastgesteld, vullen wij dit hoofdstuk aan; tot die tijd
        wordt hier geen eigen norm geformuleerd, om te voorkomen dat scholen binnen korte tijd twee keer
        hun werkwijze moeten aanpassen."""),
        H1("5 Toelaatbaarheid en aanwijzingen"),
        H2("5.1 Aanvraag van een TLV vso"),
        P("""Het bevoegd gezag van de vo-school waar de leerling staat ingeschreven (of, bij instroom vanuit
        het primair onderwijs, de school van aanmelding) dient de aanvraag in bij de Toewijzingscommissie
        van het verband. De aanvraag bevat het ontwikkelingsperspectiefplan met ten minste één evaluatie,
        een verslag van het multidisciplinair overleg waarin ook de leerling is gehoord, de zienswijze van
        de ouders en eventuele onderzoeksgegevens. De secretaris bevestigt de ontvangst binnen vijf
        werkdagen en meldt welke stukken ontbreken."""),
        P("""De Toewijzingscommissie bestaat uit een orthopedagoog, een GZ-psycholoog en een jeugdarts die op
        afroep wordt betrokken. Twee leden brengen ieder een eigen schriftelijk deskundigenadvies uit; zij
        zijn niet eerder bij de leerling betrokken geweest. De commissie neemt binnen vijf weken na ontvangst
        van de volledige aanvraag een besluit. Het besluit vermeldt de duur (één tot en met vier schooljaren,
        steeds eindigend op 31 juli) en de bekostigingscategorie."""),
        H2("5.2 Wanneer toelaatbaar"),
        P("""De Toewijzingscommissie verklaart een leerling toelaatbaar tot het vso als (a) de leerling een
        ondersteuningsbehoefte heeft op het gebied van leren en ontwikkeling, gedrag, of lichamelijke of
        medische situatie die blijkt uit het ontwikkelingsperspectiefplan; (b) de school aantoonbaar
        gedurende ten minste een half schooljaar heeft gedaan wat binnen haar mogelijkheden ligt, inclusief
        een arrangement van het verband; (c) beide deskundigen adviseren dat de leerling is aangewezen op
        een setting met een lagere groepsgrootte, een specialistisch pedagogisch klimaat of medische zorg
        die een reguliere school niet kan bieden; en (d) de vso-school een passend uitstroomprofiel heeft.
        Bij acute onveiligheid kan van voorwaarde (b) worden afgeweken."""),
        H2("5.3 Lwoo en praktijkonderwijs"),
        TABLE(["", "Lwoo", "Praktijkonderwijs"],
              ["Criteria", "landelijke criteria: IQ 75-90 en leerachterstand 1,5-3 jaar op twee domeinen (waarvan één begrijpend lezen of inzichtelijk rekenen); of IQ 91-120 met achterstand én sociaal-emotionele problematiek",
               "landelijke criteria: IQ 55-80 en leerachterstand van 3 jaar of meer op twee domeinen"],
              ["Aanvrager", "vo-school van aanmelding", "pro-school van aanmelding"],
              ["Termijn", "aanvraag vóór 1 mei; besluit binnen 4 weken", "aanvraag vóór 1 mei; besluit binnen 4 weken"],
              ["Was", "De Kempen: eigen criteria (opting out) / Dommeldal: landelijk", "beide: landelijk"],
              ["Wordt", "landelijke criteria voor het hele verband", "ongewijzigd"]),
        H2("5.4 Bezwaar"),
        P("""Ouders die het niet eens zijn met een besluit, kunnen binnen zes weken bezwaar maken. Het
        verband is aangesloten bij de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen."""),
        H1("6 De overstap van vso naar vo"),
        P("""Een plaats in het vso is in ons verband geen eindstation. Het verband gaat ervan uit dat een
        leerling na een periode in het vso kan overstappen naar een reguliere vo-school, wanneer zijn
        ontwikkeling dat toelaat en de ontvangende school de benodigde begeleiding kan bieden. De
        overstap gebeurt bij voorkeur bij de start van een schooljaar of na een natuurlijk moment zoals de
        onderbouw. De ontvangende school krijgt daarvoor een overstapbudget van € 4.000 voor het eerste
        jaar, en de vso-school begeleidt de leerling in de eerste zes maanden ambulant."""),
        P("""In het laatste jaar van elke TLV neemt de vso-school het initiatief tot een herbeoordeling.
        Uiterlijk 1 februari bespreekt de vso-school in het OPP-gesprek met leerling en ouders of een
        overstap mogelijk is. Vóór 1 maart stuurt de vso-school haar advies naar de Toewijzingscommissie:
        overstap naar regulier vo, overstap naar mbo of arbeid, of voortzetting met een nieuwe TLV. Bij een
        overstap zoekt de consulent van het verband samen met ouders een ontvangende school, die vóór 1 mei
        een plaatsingsgesprek voert. De Toewijzingscommissie besluit over een nieuwe TLV als overstap niet
        verantwoord is. Drie en zes maanden na de overstap is er een evaluatiegesprek."""),
        P("""In De Kempen bestond een vergelijkbare werkwijze; Dommeldal liet de herbeoordeling aan de
        vso-scholen over. De vaste data en het overstapbudget zijn nieuw voor alle scholen."""),
        H1("7 Financiën"),
        P("""De tabellen hieronder geven het verdeelmodel en de meerjarenbegroting van het verband."""),
        TABLE(["Onderdeel", "Verdeelregel", "Wie besluit", "Wanneer"],
              ["Middelen lwoo", "naar de scholen met lwoo, per leerling met aanwijzing op 1 oktober t-1", "directeur-bestuurder", "jaarlijks in november"],
              ["Middelen pro", "naar de pro-school, per leerling met TLV pro op 1 oktober t-1", "directeur-bestuurder", "jaarlijks in november"],
              ["Schoolbudget extra ondersteuning", "€ 110 per leerling (teldatum 1 oktober t-1) plus vaste voet € 15.000 per school", "algemene vergadering", "bij begroting"],
              ["Individueel arrangement", "op aanvraag, als OPP en MDO-verslag aanwezig zijn; tarief € 4.500 of € 9.000", "Toewijzingscommissie", "doorlopend"],
              ["Overstapbudget vso-vo", "€ 4.000 per overstappende leerling", "Toewijzingscommissie", "bij overstap"]),
        TABLE(["Meerjarenbegroting (x € 1.000)", "2025", "2026", "2027", "2028"],
              ["Baten lichte ondersteuning", "7.850", "7.780", "7.700", "7.640"],
              ["Baten zware ondersteuning", "4.620", "4.580", "4.540", "4.500"],
              ["Afdracht vso", "-3.940", "-3.900", "-3.870", "-3.840"],
              ["Lwoo en pro", "-5.910", "-5.860", "-5.800", "-5.760"],
              ["Schoolbudgetten", "-1.380", "-1.370", "-1.360", "-1.350"],
              ["Individuele arrangementen", "-620", "-620", "-620", "-620"],
              ["Overstapbudgetten", "-60", "-60", "-60", "-60"],
              ["Bureau en commissie", "-740", "-730", "-720", "-710"],
              ["Saldo", "-180", "-160", "-190", "-200"]),
        H1("8 Monitoring"),
        P("""Het bureau houdt een dashboard bij met de kengetallen van het verband: het aantal TLV's per
        categorie, de doorlooptijd van aanvragen, het aantal arrangementen, het aantal overstappen van vso
        naar regulier vo en het deelnamepercentage vso op 1 oktober, afgezet tegen het landelijk
        gemiddelde. Het dashboard wordt elk kwartaal besproken met de raad van toezicht en twee keer per
        jaar met de OPR. In het jaarverslag beschrijft het verband wat er van de voornemens is bereikt en
        welke middelen daaraan zijn besteed. In het voorjaar van 2027 volgt een tussenevaluatie."""),
        P("""De beoogde resultaten voor de planperiode formuleren wij in de loop van 2026 samen met de
        schoolbesturen, zodra het dashboard een eerste volledig jaar van het gefuseerde verband bevat."""),
        H1("9 Ouders"),
        P("""Ouders die met vragen zitten of het niet eens zijn met de school of het verband, hoeven het niet
        alleen uit te zoeken. Het Ouder- en Jeugdsteunpunt Kempen, dat door een onafhankelijke stichting wordt
        uitgevoerd en niet aan het verband of aan een schoolbestuur verbonden is, denkt met hen mee, gaat op
        verzoek mee naar gesprekken en kan bemiddelen. Ouders kunnen ook een beroep doen op de
        Onderwijsconsulenten, of een klacht indienen bij de klachtencommissie waarbij het verband is
        aangesloten. Geschillen over toelating, verwijdering en het ontwikkelingsperspectiefplan kunnen zij
        voorleggen aan de Geschillencommissie passend onderwijs."""),
        P("""Een communicatieplan richting ouders, in de plaats van de twee oude plannen, volgt in het eerste
        fusiejaar."""),
    ]
    body += governance(p, 10)
    body += medezeggenschap(p, 11)
    body += oogo(p, 12, detail=False)
    body += personeel(p, 13)
    body += ict(p, 14)
    body += [
        H1("15 Planning"),
        TABLE(["Periode", "Onderwerp", "Stand"],
              ["2025-2026", "Communicatieplan ouders", "volgt"],
              ["2025-2026", "Aanpak thuiszitters en zorgplicht", "p.m."],
              ["2026", "Beoogde resultaten planperiode", "in voorbereiding"],
              ["na landelijke norm", "Hoofdstuk basisondersteuning", "p.m."],
              ["2027", "Tussenevaluatie", "gepland"]),
    ]
    body += begrippen(1, [("Toewijzingscommissie", "Commissie van het verband die besluit over TLV's, lwoo en pro."),
                          ("Overstapbudget", "Budget voor de ontvangende school bij overstap van vso naar vo.")])
    body += afkortingen(2, "vo")
    blocks = [titlepage(p, "Instemming OPR 9 april 2025"), toc_from(body)] + body
    return blocks


# ---------------------------------------------------------------------------
# Plan E: PO, html (web version). Maas en Heuvelland
# ---------------------------------------------------------------------------
PE = dict(
    naam="Samenwerkingsverband PO Maas en Heuvelland", code="PO 31-05",
    oud1="Samenwerkingsverband PO Heuvelland", oud2="Samenwerkingsverband PO Maasvallei",
    oud1kort="Heuvelland", oud2kort="Maasvallei", fusiedatum="1 januari 2025", periode="2025-2029",
    eindoud=2026, n_besturen=6, n_scholen=47, gemeenten="Eijsden-Margraten, Gulpen-Wittem, Vaals, Valkenburg aan de Geul en Meerssen",
    artikel="Artikel 18a van de Wet op het primair onderwijs", speciaal="speciaal basisonderwijs en speciaal onderwijs",
    speciaal_kort="speciaal basisonderwijs en speciaal onderwijs", kind="kind", hem="hem of haar",
    ib="intern begeleiders", bestuurder="dr. L. (Lotte) Hameleers", bureau1="Gulpen", bureau2="Meerssen",
    bureau_nieuw="Meerssen", jaar0=2022, n_gemeenten=5, inwoners="95.000",
    kengetallen=[["Eijsden-Margraten", "11", "1.880", "1.850", "1.822"], ["Gulpen-Wittem", "9", "1.060", "1.032", "1.011"],
                 ["Vaals", "5", "690", "671", "655"], ["Valkenburg aan de Geul", "10", "1.210", "1.190", "1.183"],
                 ["Meerssen", "12", "1.640", "1.628", "1.610"]],
    opr_leden=10, opr_datum="27 maart 2025", oogo_datum="13 maart 2025", fte="9,1", medewerkers=14,
    cao="primair onderwijs", ondertitel="Webversie", vastgesteld="3 april 2025",
)


def plan_e():
    p = PE
    body = []
    body += voorwoord(p)
    body += inleiding(p, """Deze webversie volgt de hoofdstukindeling van het vastgestelde plan. De bijlagen
    (waaronder de routekaart toelaatbaarheid en de kaderbrief) staan als aparte downloads op de website.""")
    body += visie(p, 2, partners=False)
    body += fusie(p, 3, reserves=False)
    body += kengetallen(p, 4)
    body += [
        H1("5 Basisondersteuning"),
        H2("5.1 Wat wij afspreken"),
        P("""Basisondersteuning is in ons verband het niveau van ondersteuning dat alle 47 scholen, op al
        hun locaties, bieden aan ieder kind dat het nodig heeft. Het is het minimum dat de zes besturen
        met elkaar hebben afgesproken, los van de grootte of de ligging van de school. Zowel Heuvelland als
        Maasvallei werkten al met het referentiekader; de afspraken waren wel verschillend uitgewerkt. Per
        1 januari 2025 geldt de uitwerking hieronder voor alle scholen. Nieuw voor de Maasvallei-scholen is
        de afspraak over meertaligheid; nieuw voor de Heuvelland-scholen de afspraak over executieve
        functies."""),
        H2("5.2 Wat dat concreet inhoudt"),
        UL("""Basiskwaliteit: iedere school heeft van de inspectie ten minste het oordeel voldoende.""",
           """Preventieve en licht curatieve interventies: een aanpak voor lees- en rekenproblemen
           (inclusief dyslexie en dyscalculie), een aanbod voor kinderen die meer aankunnen, ondersteuning
           bij executieve functies (plannen, organiseren, concentratie) en een sociaal-emotioneel
           programma voor alle groepen.""",
           """Meertaligheid: kinderen die thuis een andere taal spreken, krijgen gerichte woordenschat- en
           taalondersteuning; op de scholen in Vaals en Eijsden ook voor Duitstalige en Franstalige
           instromers.""",
           """Ondersteuningsstructuur: een intern begeleider, een ondersteuningsteam dat ten minste vier keer
           per jaar bijeenkomt, en een vaste orthopedagoog van het verband als consultatiepunt.""",
           """Planmatig werken: groepsoverzichten, periodieke groeps- en leerlingbesprekingen en een
           ontwikkelingsperspectiefplan voor kinderen met een eigen leerlijn.""",
           """Fysieke toegankelijkheid en medisch handelen volgens één protocol voor alle besturen."""),
        H2("5.3 Borging"),
        P("""Elke school legt de basisondersteuning vast in de schoolgids. Eens per twee jaar voert het
        verband een audit uit met twee collega-IB'ers van een ander bestuur. Als een school niet voldoet,
        maakt zij binnen drie maanden een verbeterplan; de orthopedagoog van het verband volgt de
        uitvoering."""),
        H1("6 Toelaatbaarheid sbo en so"),
        P("""Voor kinderen die meer nodig hebben dan een reguliere basisschool kan bieden, kan het verband
        een toelaatbaarheidsverklaring afgeven. De procedure en de criteria voor toelaatbaarheid tot het
        sbo en het so zijn opgenomen in bijlage 3, 'Routekaart TLV 2025'. In het fusiejaar is de routekaart
        van Heuvelland als uitgangspunt genomen."""),
        H1("7 Terugplaatsing"),
        P("""Voor kinderen in het sbo en so volgt het verband bij het aflopen van een TLV een vaste werkwijze."""),
        UL("""Stap 1 – In het laatste jaar van de TLV, vóór 1 december, evalueert de sbo- of so-school het
           ontwikkelingsperspectief en beoordeelt zij of een reguliere basisschool weer in beeld is.""",
           """Stap 2 – Vóór 1 februari meldt de sbo- of so-school bij het verband of zij terugplaatsing
           adviseert.""",
           """Stap 3 – Bij een positief advies organiseert de orthopedagoog van het verband vóór 1 april
           een overdrachtsgesprek tussen de sbo- of so-school en de beoogde basisschool.""",
           """Stap 4 – De directeur van de basisschool besluit over de plaatsing en het schoolbestuur
           bevestigt dit schriftelijk aan het verband.""",
           """Stap 5 – Na drie maanden en na één jaar evalueren beide scholen met de orthopedagoog
           de overstap."""),
        P("""Onder welke voorwaarden terugkeer wenselijk is en welke begeleiding een kind na de overstap
        krijgt, beschrijven wij in het terugplaatsingsbeleid van het nieuwe verband. Dat beleid wordt in
        2026 uitgewerkt met de sbo- en so-scholen."""),
        H1("8 Niemand tussen wal en schip"),
        P("""Het verband wil geen enkel kind zonder passend onderwijs laten. In Heuvelland bestond daarvoor
        de Doorbraaktafel, in Maasvallei het Thuiszittersoverleg. Beide zijn samengegaan in één
        Doorbraaktafel die elke maand bijeenkomt. Scholen en leerplichtambtenaren melden een kind dat langer
        dan vier weken geen of geen passend onderwijs krijgt. De Doorbraaktafel, met de leerplichtambtenaar,
        de gemeentelijke toegang tot jeugdhulp, de orthopedagoog van het verband en de betrokken
        schoolbesturen, legt binnen twee weken vast wie wat doet en wanneer. Het bestuur van de school van
        inschrijving houdt de zorgplicht; het verband kan een tijdelijke plaats op een andere school
        regelen."""),
        P("""Twee keer per jaar maakt het bureau een overzicht van de kinderen die bij de Doorbraaktafel zijn
        besproken, van de wachttijden bij het sbo en so en van de vragen waarvoor geen passend aanbod werd
        gevonden. Het bestuur bespreekt dit overzicht en besluit welke lacune het eerst wordt aangepakt.
        Voor de planperiode staan in elk geval een aanbod voor jonge kinderen met ernstige
        taalontwikkelingsproblemen en een plek voor kinderen die na een lange ziekenhuisopname weer
        instromen op de lijst."""),
        H1("9 Resultaten"),
        H2("9.1 Wat wij willen bereiken"),
        TABLE(["Beoogd resultaat", "Indicator", "Streefwaarde 2029"],
              ["Minder kinderen buiten het onderwijs", "aantal thuiszitters langer dan 3 maanden (peildatum 1 oktober)", "0 (2024: 6)"],
              ["Snelle hulp", "doorlooptijd melding Doorbraaktafel tot plan", "binnen 2 weken in 95% van de gevallen"],
              ["Goede basis op iedere school", "scholen met positieve audit basisondersteuning", "100% (2024: 81%)"],
              ["Succesvolle terugkeer", "teruggeplaatste kinderen die na een jaar nog op de basisschool zitten", "ten minste 85%"],
              ["Tevredenheid scholen", "tevredenheid IB'ers over consultatie (1-10)", "ten minste 7,5"]),
        H2("9.2 Hoe wij dit volgen"),
        P("""De indicatoren worden twee keer per jaar gemeten en in een monitor bijgehouden die het bureau in
        februari en september aan het bestuur en de OPR voorlegt. In het jaarverslag legt het verband
        verantwoording af over de bereikte resultaten ten opzichte van de streefwaarden. In 2027 voeren wij
        een tussenevaluatie uit; blijft een indicator achter, dan stelt het bestuur een verbeteractie
        vast."""),
        H1("10 Financiën"),
        P("""De begroting en het verdeelmodel worden jaarlijks in een afzonderlijke kaderbrief vastgesteld.
        Voor de actuele kaderbrief verwijzen wij naar www.swvmaasheuvelland.nl/financien."""),
        H1("11 Ouders"),
        P("""Alles wat ouders willen weten, vindt u op de pagina 'Voor ouders' op onze website."""),
    ]
    body += governance(p, 12)
    body += medezeggenschap(p, 13, detail=False)
    body += oogo(p, 14)
    body += personeel(p, 15)
    body += ict(p, 16)
    body += begrippen(1, [("Doorbraaktafel", "Maandelijks overleg over kinderen zonder passend onderwijs."),
                          ("Routekaart TLV", "Beschrijving van procedure en criteria voor toelaatbaarheid (bijlage 3).")])
    body += afkortingen(2, "po")
    blocks = [titlepage(p, "Webversie van het vastgestelde plan"), toc_from(body)] + body
    return blocks


# ---------------------------------------------------------------------------
# F: near miss, markdown. Annual report (jaarverslag) of a merged VO-SWV.
# ---------------------------------------------------------------------------


def near_miss():
    b = [
        ("title", ["Stichting Samenwerkingsverband VO Noorderstroom (VO 20-03)", "Bestuursverslag 2024",
                   "Eerste jaarverslag na de fusie van SWV VO Westerkwartier en SWV VO Eemsmond",
                   "Onderdeel van de jaarstukken 2024; vastgesteld door de raad van toezicht op 12 juni 2025"]),
    ]
    body = [
        H1("Voorwoord"),
        P("""2024 was het eerste kalenderjaar van Noorderstroom. In dit bestuursverslag legt de
        directeur-bestuurder verantwoording af over het gevoerde beleid, de uitvoering van het
        ondersteuningsplan 2022-2026 van de rechtsvoorgangers en de financiële resultaten. Het verslag is
        bestemd voor de raad van toezicht, de aangesloten besturen, de ondersteuningsplanraad, de
        gemeenten, de inspectie en iedereen die wil weten wat er met de middelen voor passend onderwijs is
        gebeurd. Het ondersteuningsplan zelf is een afzonderlijk document en wordt hier niet herhaald."""),
        H1("1 Het jaar in het kort"),
        UL("Op 1 januari 2024 fuseerden SWV VO Westerkwartier en SWV VO Eemsmond tot Noorderstroom.",
           "Het aantal aangevraagde toelaatbaarheidsverklaringen vso steeg van 188 naar 203.",
           "In 2024 zijn 9 leerlingen vanuit het vso teruggeplaatst in het regulier vo (2023: 6).",
           "Het aantal thuiszitters op de peildatum daalde van 14 naar 11.",
           "Het exploitatieresultaat bedroeg € 412.000 negatief, tegenover een begroot tekort van € 380.000.",
           "De ondersteuningsplanraad gaf in 2024 instemming op één wijziging van het ondersteuningsplan."),
        H1("2 Uitvoering van het beleid"),
        H2("2.1 Basisondersteuning"),
        P("""In 2024 hebben alle 17 vestigingen de jaarlijkse zelfevaluatie basisondersteuning ingevuld.
        Vijftien vestigingen voldeden aan alle standaarden uit het ondersteuningsplan; twee vestigingen
        werkten aan een verbeterplan op het onderdeel executieve functies. De uitkomsten zijn met de
        teamleiders besproken."""),
        H2("2.2 Toelaatbaarheid"),
        TABLE(["Soort besluit", "2023", "2024"],
              ["TLV vso categorie laag", "151", "160"],
              ["TLV vso categorie midden", "21", "24"],
              ["TLV vso categorie hoog", "16", "19"],
              ["Aanwijzing lwoo", "402", "389"],
              ["TLV praktijkonderwijs", "118", "121"],
              ["Bezwaarschriften", "3", "2"]),
        P("""De gemiddelde doorlooptijd van een TLV-aanvraag bedroeg 31 kalenderdagen. Beide bezwaren in
        2024 zijn na advies van de Landelijke Bezwaaradviescommissie ongegrond verklaard. De commissie
        toewijzing kwam 22 keer bijeen."""),
        H2("2.3 Terugplaatsing"),
        P("""Negen leerlingen keerden in 2024 terug van het vso naar het regulier voortgezet onderwijs. Van de
        zes leerlingen die in 2023 terugkeerden, volgden er vijf eind 2024 nog onderwijs op de ontvangende
        school. De terugkeerarrangementen zijn in alle gevallen door de vso-school uitgevoerd."""),
        H2("2.4 Dekkend aanbod en thuiszitters"),
        P("""Het OPDC Noorderstroom had in 2024 gemiddeld 34 leerlingen; 70% keerde binnen een jaar terug naar
        de eigen school. Het thuiszittersoverleg besprak 41 leerlingen. Op de peildatum van 1 oktober
        waren er 11 thuiszitters, van wie zeven langer dan drie maanden. Er zijn vier vrijstellingen van
        de leerplicht verleend."""),
        H2("2.5 Ouders"),
        P("""Het ouder- en jeugdsteunpunt Noorderstroom ontving 96 vragen van ouders, vooral over
        toelating en over het ontwikkelingsperspectiefplan. De ouderbrochure is in 2024 herzien en in drie
        talen uitgebracht. De informatieavond voor ouders in november trok 140 bezoekers."""),
        H1("3 Resultaten ten opzichte van het ondersteuningsplan"),
        TABLE(["Doel ondersteuningsplan", "Streefwaarde 2026", "Realisatie 2023", "Realisatie 2024"],
              ["Deelnamepercentage vso", "3,6%", "3,9%", "3,8%"],
              ["Thuiszitters > 3 maanden", "5", "9", "7"],
              ["TLV binnen 6 weken", "90%", "84%", "88%"],
              ["Terugplaatsingen per jaar", "10", "6", "9"]),
        P("""Op drie van de vier doelen is in 2024 vooruitgang geboekt. De daling van het deelnamepercentage
        vso blijft achter; de raad van toezicht heeft gevraagd om in 2025 nader te analyseren welke
        leerlingen instromen."""),
        H1("4 Governance en medezeggenschap"),
        P("""De raad van toezicht vergaderde zes keer, waarvan één keer met de ondersteuningsplanraad. De raad
        heeft de jaarstukken 2023 goedgekeurd, de begroting 2025 goedgekeurd en de directeur-bestuurder
        herbenoemd. De ondersteuningsplanraad telde tien leden en vergaderde vijf keer. Het OOGO met de
        gemeenten Westerkwartier en Het Hogeland vond plaats op 14 november 2024."""),
        H1("5 Financiële verantwoording"),
        H2("5.1 Staat van baten en lasten"),
        TABLE(["x € 1.000", "Begroting 2024", "Realisatie 2024", "Realisatie 2023"],
              ["Rijksbijdragen", "14.210", "14.356", "13.980"],
              ["Overige baten", "40", "62", "51"],
              ["Afdrachten vso en pro/lwoo", "-9.880", "-9.965", "-9.712"],
              ["Doorbetalingen aan schoolbesturen", "-2.960", "-2.958", "-2.880"],
              ["Personeelslasten", "-1.120", "-1.171", "-1.044"],
              ["Overige lasten", "-670", "-736", "-611"],
              ["Resultaat", "-380", "-412", "-216"]),
        H2("5.2 Reserves en continuïteit"),
        P("""De algemene reserve bedroeg eind 2024 € 2,9 miljoen. Het weerstandsvermogen kwam daarmee uit
        op 20%, nog boven de signaleringswaarde van de inspectie. De afbouw verloopt volgens plan. De
        accountant heeft een goedkeurende controleverklaring afgegeven."""),
        H2("5.3 Verantwoording door schoolbesturen"),
        P("""Alle zes besturen hebben over 2024 verantwoording afgelegd over de besteding van de doorbetaalde
        middelen. Uit de verantwoordingen blijkt dat 64% is ingezet voor personeel in de ondersteuning en 22%
        voor externe expertise."""),
        H1("6 Vooruitblik 2025"),
        P("""In 2025 stelt Noorderstroom een nieuw ondersteuningsplan op voor de periode 2026-2030. De
        voorbereiding is in december 2024 gestart met een evaluatie onder besturen, scholen en ouders. De
        begroting 2025 voorziet opnieuw in een beperkt tekort om de reserve verder af te bouwen."""),
    ]
    return b + [toc_from(body)] + body


# ---------------------------------------------------------------------------
# Renderers
# ---------------------------------------------------------------------------
FIXED = datetime(2025, 4, 1, 9, 0, 0)


def render_docx(blocks, path, header_text):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    cp = doc.core_properties
    cp.author = "Bureau samenwerkingsverband"
    cp.title = header_text
    cp.created = cp.modified = cp.last_printed = FIXED
    cp.revision = 1
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = header_text
    sec.footer.paragraphs[0].text = "Ondersteuningsplan | basisondersteuning · toelaatbaarheid · middelen · ouders"
    for kind, val in blocks:
        if kind == "title":
            for i, line in enumerate(val):
                if not line:
                    continue
                para = doc.add_paragraph()
                r = para.add_run(line)
                r.bold = i < 2
                r.font.size = Pt(22 if i == 0 else 16 if i == 1 else 12)
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "toc":
            doc.add_paragraph("Inhoudsopgave", style="Title")
            for line in val:
                doc.add_paragraph(line.strip(), style="List Bullet" if line.startswith(" ") else None)
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "h1":
            doc.add_heading(val, level=1)
        elif kind == "h2":
            doc.add_heading(val, level=2)
        elif kind == "p":
            doc.add_paragraph(val)
        elif kind == "ul":
            for it in val:
                doc.add_paragraph(it, style="List Bullet")
        elif kind == "table":
            t = doc.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for i, row in enumerate(val):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
                    if i == 0:
                        for r in t.cell(i, j).paragraphs[0].runs:
                            r.bold = True
            doc.add_paragraph()
    doc.save(path)
    normalize_zip(path)


def normalize_zip(path):
    """Rewrite the zip with fixed timestamps so output is byte-stable."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 4, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def render_html(blocks, path, header_text):
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           f"<title>{e(header_text)}</title>", "</head>", "<body>",
           f'<header class="site-header"><p>{e(header_text)} &middot; Home &middot; Voor scholen &middot; '
           'Voor ouders &middot; Toelaatbaarheid &middot; Financiën &middot; Contact</p></header>', "<main>"]
    for kind, val in blocks:
        if kind == "title":
            out.append(f"<h1>{e(val[0])}</h1>")
            out += [f'<p class="subtitle">{e(x)}</p>' for x in val[1:] if x]
        elif kind == "toc":
            out.append('<nav class="toc"><h2>Inhoud</h2><ul>')
            out += [f"<li>{e(x.strip())}</li>" for x in val]
            out.append("</ul></nav>")
        elif kind == "h1":
            out.append(f"<h2>{e(val)}</h2>")
        elif kind == "h2":
            out.append(f"<h3>{e(val)}</h3>")
        elif kind == "p":
            out.append(f"<p>{e(val)}</p>")
        elif kind == "ul":
            out.append("<ul>" + "".join(f"<li>{e(x)}</li>" for x in val) + "</ul>")
        elif kind == "table":
            rows = ["<tr>" + "".join(f"<th>{e(c)}</th>" for c in val[0]) + "</tr>"]
            rows += ["<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>" for r in val[1:]]
            out.append("<table>" + "".join(rows) + "</table>")
    out += ["</main>", '<footer><p>&copy; 2025 Samenwerkingsverband PO Maas en Heuvelland &middot; '
            'privacyverklaring &middot; ouder- en jeugdsteunpunt &middot; klachtenregeling</p></footer>',
            "</body>", "</html>", ""]
    path.write_text("\n".join(out), encoding="utf-8")


def render_md(blocks, path):
    out = []
    for kind, val in blocks:
        if kind == "title":
            out.append(f"# {val[0]}\n")
            out += [f"**{x}**  " for x in val[1:] if x]
            out.append("")
        elif kind == "toc":
            out.append("## Inhoud\n")
            out += [("  - " if x.startswith(" ") else "- ") + x.strip() for x in val]
            out.append("")
        elif kind == "h1":
            out.append(f"## {val}\n")
        elif kind == "h2":
            out.append(f"### {val}\n")
        elif kind == "p":
            out.append(val + "\n")
        elif kind == "ul":
            out += [f"- {x}" for x in val]
            out.append("")
        elif kind == "table":
            out.append("| " + " | ".join(val[0]) + " |")
            out.append("|" + "---|" * len(val[0]))
            out += ["| " + " | ".join(r) + " |" for r in val[1:]]
            out.append("")
    path.write_text("\n".join(out), encoding="utf-8")


def docx_to_pdf(docx_path, pdf_path):
    tmp = Path(tempfile.mkdtemp(prefix="holdout254_lo_"))
    try:
        profile = tmp / "profile"
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                        "--convert-to", "pdf", "--outdir", str(tmp), str(docx_path)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
        shutil.move(str(tmp / (docx_path.stem + ".pdf")), str(pdf_path))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


# ---------------------------------------------------------------------------
# Labels
# ---------------------------------------------------------------------------
ELEMENTS = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod", "resultaten", "ouders"]
CORE = {"basisondersteuning": ["niveau", "inhoud"], "plaatsing": ["procedure", "criteria"],
        "terugstroom": ["procedure", "beleid"], "financien": ["verdeling", "besteding"],
        "dekkend-aanbod": ["continuum", "lacunes"], "resultaten": ["doelen", "monitoring"],
        "ouders": ["informatie", "steunpunt"]}


def status(crit, adv):
    vals = [crit[c] for c in crit]
    if all(vals):
        return "present"
    if any(vals) or adv:
        return "partial"
    return "missing"


def label_yaml(documents, sector, crit, advisory, notes, looks=True):
    """crit: {element: {criterion: bool}}; advisory: {element: [ids]}; notes: {element: str}."""
    lines = [f"documents: [{', '.join(documents)}]", f"sector: {sector}", f"looks_like_plan: {'true' if looks else 'false'}"]
    if not looks:
        lines += ["elements: {}", "criteria: {}", "advisory_addressed: {}", "notes:"]
        for k, v in notes.items():
            lines.append(f"  {k}: \"{v}\"")
        return "\n".join(lines) + "\n"
    st = {e: status(crit[e], advisory.get(e)) for e in ELEMENTS}
    lines.append("elements: {" + ", ".join(f"{e}: {st[e]}" for e in ELEMENTS) + "}")
    lines.append("criteria:")
    for e in ELEMENTS:
        for c in CORE[e]:
            lines.append(f"  {e}.{c}: {'true' if crit[e][c] else 'false'}")
    lines.append("advisory_addressed:")
    for e in ELEMENTS:
        if advisory.get(e):
            lines.append(f"  {e}: [{', '.join(advisory[e])}]")
    lines.append("notes:")
    for e in ELEMENTS:
        lines.append(f"  {e}: \"{notes[e]}\"")
    return "\n".join(lines) + "\n"


def C(**kw):
    """C(basisondersteuning='TT', ...) -> criteria dict in CORE order."""
    return {e: {c: kw[e.replace('-', '_')][i] == "T" for i, c in enumerate(CORE[e])} for e in ELEMENTS}


LABELS = {
    "po-waardlanden-linge": dict(
        documents=["po-waardlanden-linge.docx"], sector="po",
        crit=C(basisondersteuning="TT", plaatsing="TT", terugstroom="TT", financien="TF",
               dekkend_aanbod="TT", resultaten="TF", ouders="TT"),
        advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                  "financien": ["reserves"], "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"],
                  "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "H4.1 defines the agreed minimum for all 63 vestigingen and lists content in an old/new table; H4.2 kwaliteitskaart = borging",
               "plaatsing": "H6.1-6.4: Loket, Commissie Toelaatbaarheid, 6 weeks; sbo/so criteria; two deskundigen; duur table; LBT bezwaar",
               "terugstroom": "Hidden in H6.5 'Na afloop van de TLV' inside the TLV chapter: policy, terugkeerarrangement, steps with dates and evaluation",
               "financien": "H8.2 verdeelmodel (EUR 165 per leerling, vaste voet, arrangement tariffs) addresses verdeling; H8.3 defers the meerjarenbegroting until the openingsbalans, so no besteding",
               "dekkend-aanbod": "H5.1 four layers with named voorzieningen; H5.2 witte-vlekkenanalyse and thuiszittersoverleg; OOGO chapter gives ketenpartners",
               "resultaten": "H7 table of beoogde resultaten 2029 (doelen, meetbaar); monitoring explicitly deferred to a future monitoringskader",
               "ouders": "Found under H9 'Communicatie': website, folder in 5 languages, schoolgids, info evenings; independent OJSP, Onderwijsconsulenten, geschillencommissie"}),
    "vo-rivierduinen-oost": dict(
        documents=["vo-rivierduinen-oost.docx", "vo-rivierduinen-oost.pdf"], sector="vo",
        crit=C(basisondersteuning="TF", plaatsing="TT", terugstroom="FT", financien="TT",
               dekkend_aanbod="TF", resultaten="TT", ouders="TF"),
        advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                  "terugstroom": ["monitoring"], "financien": ["reserves", "verantwoording"],
                  "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "H4 defines one minimum level for all 22 vestigingen and a vestigingsscan (borging), but the content is only in the absent 'bijlage 4' Basisondersteuningskaart",
               "plaatsing": "H6: vso procedure (Commissie Toewijzing, dossier, 6 weeks) and criteria; lwoo/pro criteria in a table; LBT bezwaar",
               "terugstroom": "H7 gives aims, conditions and the terugkeerarrangement (beleid) and 2023-24 figures; the stappenplan (who initiates, when) is deferred to 2025-2026",
               "financien": "H9 'Geld en middelen': allocation model (EUR 95 per leerling, lwoo/pro naar rato, tariffs) and a 2025-2028 meerjarenbegroting table",
               "dekkend-aanbod": "H5 describes the four-level continuum (OPDC, rebound, ISK, Plusvoorziening, vso, pro); the gap analysis is deferred ('volgt zodra...'), no thuiszitters approach",
               "resultaten": "H8.1 targets with nulmeting and streefwaarde; H8.2 quarterly rapportage, jaarverslag, tussenevaluatie 2027",
               "ouders": "H10 describes website, brochure and voorlichtingsavond; independent support only via 'organisaties op onze website' and a deferred OJSP"}),
    "po-zuidrand": dict(
        documents=["po-zuidrand.pdf"], sector="po",
        crit=C(basisondersteuning="TT", plaatsing="TF", terugstroom="FF", financien="FT",
               dekkend_aanbod="TT", resultaten="FF", ouders="TT"),
        advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "bezwaar"],
                  "financien": ["reserves"], "dekkend-aanbod": ["ketenpartners"], "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "H4 uses the word 'basisaanbod': agreed minimum for all 58 schools (4.1) and a concrete list 'Wat u op iedere school mag verwachten' (4.2)",
               "plaatsing": "H5.3 gives the CAT procedure, deskundigen and bezwaar; the criteria are only referred to the handboeken of the former verbanden",
               "terugstroom": "Only a TOC entry and heading 5.4 with '[p.m. - tekst volgt]' plus a glossary entry; nothing in body text",
               "financien": "H6.1 meerjarenbegroting table with amounts (besteding); H6.2 defers the verdeelmodel to spring 2026 and does not repeat old rules",
               "dekkend-aanbod": "H5.1 continuum from schoolarrangement to bovenschoolse groepen, sbo and so; H5.2 approach for pupils without a place, convenant, half-yearly gap review",
               "resultaten": "H7 'Kwaliteit' defers the kwaliteitskader with beoogde resultaten to 2026; only 'resultaatgericht' in the visie",
               "ouders": "H8 'Samen met ouders': ouderwebsite, folder, IB'er, inloopavond; Steunpunt Ouders Zuidrand, Onderwijsconsulenten, klachtenregeling"}),
    "vo-kempen-dommel": dict(
        documents=["vo-kempen-dommel.docx"], sector="vo",
        crit=C(basisondersteuning="FF", plaatsing="TT", terugstroom="TT", financien="TT",
               dekkend_aanbod="FF", resultaten="FT", ouders="FT"),
        advisory={"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"], "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "H4 only says schools keep using old profiles and the chapter will be filled after a landelijke norm; nothing addressed",
               "plaatsing": "H5.1-5.4: aanvraag, Toewijzingscommissie, two written advices, 5 weeks, duur and category, criteria (a)-(d), lwoo/pro criteria only in a table, bezwaar",
               "terugstroom": "H6 'De overstap van vso naar vo': policy, overstapbudget and ambulante begeleiding, herbeoordeling with dates, decision and evaluations",
               "financien": "H7 content only in two tables: verdeelregels per budget line and a 2025-2028 meerjarenbegroting",
               "dekkend-aanbod": "No description of the support continuum or gap handling; zorgplicht/thuiszitters only as a 'p.m.' row in the planning table and a passing line in H3; OOGO content in an absent notitie",
               "resultaten": "H8 describes dashboard, quarterly/half-yearly reporting, jaarverslag and tussenevaluatie (monitoring); beoogde resultaten deferred to 2026",
               "ouders": "H9 names the independent OJSP Kempen, Onderwijsconsulenten, klachten and geschillencommissie; how parents are informed is deferred ('communicatieplan volgt')"}),
    "po-maas-heuvelland": dict(
        documents=["po-maas-heuvelland.html"], sector="po",
        crit=C(basisondersteuning="TT", plaatsing="FF", terugstroom="TF", financien="FF",
               dekkend_aanbod="FT", resultaten="TT", ouders="FF"),
        advisory={"basisondersteuning": ["borging"], "terugstroom": ["monitoring"],
                  "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"]},
        notes={"basisondersteuning": "H5.1 agreed minimum for all 47 schools; H5.2 concrete list per referentiekader aspect; H5.3 audit",
               "plaatsing": "H6 only refers to the absent bijlage 3 'Routekaart TLV 2025'; nav bar and glossary mention toelaatbaarheid",
               "terugstroom": "H7 five dated steps with initiator and decision (procedure); conditions and support after return deferred to 2026; H9 indicator on terugkeer",
               "financien": "H10 refers only to a separate kaderbrief and a website; nav bar 'Financien' is a trap",
               "dekkend-aanbod": "H8 'Niemand tussen wal en schip': Doorbraaktafel, half-yearly lacune overview (lacunes); no description of the set of provisions (continuum)",
               "resultaten": "H9.1 indicators with streefwaarden; H9.2 half-yearly monitor, jaarverslag, tussenevaluatie",
               "ouders": "H11 only refers to the website page 'Voor ouders'; OJSP appears only in the glossary and footer; OPR text has no parent role"}),
}

NEAR_MISS_LABEL = dict(
    documents=["jaarverslag-noorderstroom-2024.md"], sector="vo",
    notes={"document": "Bestuursverslag (annual report) 2024 of an SWV: reports realised TLV numbers, terugplaatsingen, results and the jaarrekening against an existing plan; it is not the ondersteuningsplan itself (domain 5.4)"})


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    plans = {"po-waardlanden-linge": plan_a(), "vo-rivierduinen-oost": plan_b(), "po-zuidrand": plan_c(),
             "vo-kempen-dommel": plan_d(), "po-maas-heuvelland": plan_e()}
    heads = {"po-waardlanden-linge": f"{PA['naam']} - Ondersteuningsplan 2025-2029 - concept",
             "vo-rivierduinen-oost": f"{PB['naam']} - Ondersteuningsplan 2025-2029",
             "po-zuidrand": f"{PC['naam']} - Ondersteuningsplan 2025-2029",
             "vo-kempen-dommel": f"{PD['naam']} - Ondersteuningsplan 2025-2029",
             "po-maas-heuvelland": f"{PE['naam']} - Ondersteuningsplan 2025-2029"}
    render_docx(plans["po-waardlanden-linge"], OUT / "po-waardlanden-linge.docx", heads["po-waardlanden-linge"])
    render_docx(plans["vo-kempen-dommel"], OUT / "vo-kempen-dommel.docx", heads["vo-kempen-dommel"])
    render_docx(plans["vo-rivierduinen-oost"], OUT / "vo-rivierduinen-oost.docx", heads["vo-rivierduinen-oost"])
    docx_to_pdf(OUT / "vo-rivierduinen-oost.docx", OUT / "vo-rivierduinen-oost.pdf")
    tmp = Path(tempfile.mkdtemp(prefix="holdout254_src_"))
    try:
        src = tmp / "po-zuidrand.docx"
        render_docx(plans["po-zuidrand"], src, heads["po-zuidrand"])
        docx_to_pdf(src, OUT / "po-zuidrand.pdf")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    render_html(plans["po-maas-heuvelland"], OUT / "po-maas-heuvelland.html", heads["po-maas-heuvelland"])
    render_md(near_miss(), OUT / "jaarverslag-noorderstroom-2024.md")
    for name, lab in LABELS.items():
        (OUT / f"{name}.expected.yaml").write_text(
            label_yaml(lab["documents"], lab["sector"], lab["crit"], lab["advisory"], lab["notes"]), encoding="utf-8")
    (OUT / "jaarverslag-noorderstroom-2024.expected.yaml").write_text(
        label_yaml(NEAR_MISS_LABEL["documents"], NEAR_MISS_LABEL["sector"], {}, {}, NEAR_MISS_LABEL["notes"],
                   looks=False), encoding="utf-8")


if __name__ == "__main__":
    main()
