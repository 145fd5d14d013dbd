#!/usr/bin/env python3
"""Generate holdout324: 5 fictional ondersteuningsplannen + 1 near-miss document, with labels."""
import random, shutil, subprocess, tempfile
from pathlib import Path
import yaml
from docx import Document

OUT = Path(__file__).resolve().parent.parent

NEUTRAL = [
 "Wij werken vanuit de overtuiging dat elk kind zich het best ontwikkelt in een veilige en uitdagende omgeving.",
 "Het bestuur van {n} bestaat uit vertegenwoordigers van de aangesloten schoolbesturen en vergadert zes keer per jaar.",
 "De directeur-bestuurder is belast met de dagelijkse leiding en legt verantwoording af aan de raad van toezicht.",
 "In de afgelopen planperiode is veel energie gestoken in het versterken van de samenwerking tussen de besturen.",
 "Wij willen een lerende organisatie zijn waarin professionals elkaar opzoeken en van elkaar leren.",
 "Het lerarentekort raakt ook onze regio; scholen delen daarom vaker kennis en inzet van specialisten.",
 "Het stafbureau bestaat uit een kleine kern van medewerkers die beleidsondersteuning en secretariaat verzorgen.",
 "Alle medewerkers van het samenwerkingsverband volgen jaarlijks scholing die aansluit bij hun taak.",
 "Voor de registratie van aanvragen gebruiken wij een beveiligd digitaal systeem dat voldoet aan de AVG.",
 "De functionaris gegevensbescherming adviseert het bestuur over privacy en informatiebeveiliging.",
 "Het ondersteuningsplan is een document op hoofdlijnen; de jaarplannen geven invulling aan de uitvoering.",
 "Wij kiezen bewust voor korte lijnen en een herkenbaar aanspreekpunt voor de scholen.",
 "De regio kent zowel stedelijke wijken als kleine dorpskernen met soms minder dan vijftig leerlingen per school.",
 "Leerlingaantallen in de regio dalen licht; op een aantal plaatsen leidt dat tot fusies van kleine scholen.",
 "Schoolbesturen blijven zelf verantwoordelijk voor de kwaliteit van het onderwijs op hun scholen.",
 "Het samenwerkingsverband faciliteert, verbindt en daagt uit, maar neemt de verantwoordelijkheid van scholen niet over.",
 "Wij hechten aan een cultuur van vertrouwen, waarin fouten bespreekbaar zijn en successen worden gedeeld.",
 "Netwerkbijeenkomsten voor intern begeleiders worden vier keer per jaar georganiseerd en goed bezocht.",
 "Ook directeuren ontmoeten elkaar in een regionaal directeurenoverleg waar actuele thema's aan bod komen.",
 "De ICT-infrastructuur van het stafbureau is in 2024 vernieuwd en is ondergebracht bij een externe partij.",
 "Het kantoor van het samenwerkingsverband is gevestigd in een bedrijfsverzamelgebouw nabij het station.",
 "Bij de totstandkoming van dit plan zijn bijeenkomsten georganiseerd met directeuren, intern begeleiders en bestuurders.",
 "Wij danken iedereen die heeft meegedacht over de koers voor de komende vier jaar.",
 "Passend onderwijs is geen doel op zich, maar een middel om kinderen tot hun recht te laten komen.",
 "De wetgever heeft de kaders bepaald; binnen die kaders kiezen wij onze eigen accenten.",
 "Inclusiever onderwijs vraagt om een lange adem en om een gezamenlijke inspanning van alle betrokkenen.",
 "Het bestuur stelt jaarlijks een jaarplan vast waarin de activiteiten voor het komende schooljaar staan.",
 "De raad van toezicht houdt toezicht op het beleid en de algemene gang van zaken.",
 "Een klein samenwerkingsverband heeft het voordeel van overzicht en nabijheid.",
 "Een groot samenwerkingsverband kan expertise bundelen die voor een enkel bestuur niet haalbaar is.",
 "Wij zoeken aansluiting bij landelijke ontwikkelingen en volgen de verbeteraanpak passend onderwijs.",
 "Professionals in de school moeten zich gesteund voelen en weten waar zij terecht kunnen.",
 "Het woord 'passend' betekent voor ons: zo gewoon mogelijk, zo speciaal als nodig.",
 "Wij investeren in de relatie met de scholen omdat goede samenwerking begint bij elkaar kennen.",
 "Het is onze ambitie om de administratieve last voor scholen zo beperkt mogelijk te houden.",
 "Het samenwerkingsverband is een stichting; de statuten bevatten een regeling voor het beslechten van geschillen.",
 "Medewerkers van het samenwerkingsverband werken veelal op locatie, dicht bij de scholen.",
 "Deskundigheidsbevordering richt zich in deze planperiode op gedrag, taal en rekenen in de klas.",
 "Met het oog op duurzaamheid zijn vergaderingen zoveel mogelijk hybride georganiseerd.",
 "Wij communiceren helder en tijdig met de scholen over besluiten die hen raken.",
]

def filler(rng, n_sent, name):
    s = rng.sample(NEUTRAL, min(n_sent, len(NEUTRAL)))
    return " ".join(x.format(n=name) for x in s)

def filler_block(rng, name, heads, per=4, sent=8):
    out = []
    for h in heads:
        out.append(("h1", h))
        for _ in range(per):
            out.append(("p", filler(rng, sent, name)))
    return out

def toc(items):
    return [("h1", "Inhoudsopgave")] + [("p", f"{i+1}. {t} .......... {4+3*i}") for i, t in enumerate(items)]

def gloss(pairs, title="Begrippenlijst"):
    return [("h1", title)] + [("p", f"{a}: {b}") for a, b in pairs]

GLOSS = [("Basisondersteuning", "het afgesproken niveau van ondersteuning dat alle scholen bieden"),
         ("TLV", "toelaatbaarheidsverklaring voor sbo of so"),
         ("Terugplaatsing", "terugkeer van een leerling naar het regulier onderwijs"),
         ("Ondersteuningsmiddelen", "middelen die het samenwerkingsverband ontvangt voor passend onderwijs"),
         ("Dekkend aanbod", "een samenhangend geheel van voorzieningen"),
         ("Resultaten", "de beoogde en bereikte resultaten van het beleid"),
         ("Ouder- en jeugdsteunpunt", "onafhankelijk steunpunt voor ouders en jeugdigen"),
         ("OPR", "ondersteuningsplanraad"), ("OOGO", "op overeenstemming gericht overleg")]

COMMON_HEADS = ["Voorwoord", "Visie en missie", "Governance en organisatie", "Ontwikkelagenda en inclusie", "Personeel en professionalisering",
                "ICT en privacy", "Planning en jaarcyclus"]

# ----------------------------------------------------------------- plan A
def plan_a():
    n = "Samenwerkingsverband Passend Onderwijs De Venen (PO 27-09)"
    rng = random.Random(11)
    b = [("title", "Ondersteuningsplan 2026-2030"), ("p", n + " - klein samenwerkingsverband, 14 scholen")]
    b += toc(["Voorwoord", "Visie en missie", "Basisondersteuning", "Extra ondersteuning en toelaatbaarheid",
              "Het aanbod in de regio", "Communicatie", "Geld en middelen", "Ambities", "Governance en organisatie",
              "Personeel en professionalisering", "ICT en privacy", "Planning en jaarcyclus", "Begrippenlijst"])
    b += filler_block(rng, n, COMMON_HEADS[:2])
    b += [("h1", "Basisondersteuning"),
          ("p", "Alle veertien scholen van De Venen, ook de nevenvestigingen in Kockengen en Vinkeveen, bieden minimaal hetzelfde afgesproken niveau van ondersteuning. Dit niveau is door de besturen samen vastgesteld en geldt als ondergrens voor iedere vestiging; een school mag meer bieden, nooit minder."),
          ("p", "Concreet kan een ouder op elke school rekenen op: een intern begeleider met minimaal 0,4 fte per 200 leerlingen; handelingsgericht werken met groepsplannen of groepsoverzichten; een dyslexieprotocol en een dyscalculieprotocol; een aanbod voor meer- en hoogbegaafde leerlingen binnen de groep; een anti-pestprogramma en een gedragsprotocol; een ondersteuningsteam waarin de orthopedagoog van het samenwerkingsverband aanschuift; en een warme overdracht bij elke schoolwissel."),
          ("p", filler(rng, 5, n))]
    b += [("h1", "Extra ondersteuning en toelaatbaarheid"),
          ("p", "Wanneer de ondersteuning van een school niet toereikend is, kan het schoolbestuur een toelaatbaarheidsverklaring aanvragen. De intern begeleider stelt het groeidocument op, de ouders geven hun zienswijze, en het bestuur dient de aanvraag digitaal in bij het Loket van De Venen. De commissie toelaatbaarheid besluit binnen zes weken na ontvangst van een volledig dossier; de ouders en de school ontvangen het besluit schriftelijk."),
          ("p", "Welke leerlingen in aanmerking komen voor het sbo of het so, leggen wij vast in een afwegingskader dat in het schooljaar 2026-2027 samen met de scholen voor speciaal (basis)onderwijs wordt opgesteld."),
          ("p", "Elke aanvraag wordt beoordeeld door twee deskundigen: een orthopedagoog of psycholoog en, afhankelijk van de vraag, een tweede deskundige zoals een kinderarts of maatschappelijk werker. Beiden geven een eigen schriftelijk advies. Ouders die het niet eens zijn met het besluit kunnen binnen zes weken bezwaar maken; wij zijn aangesloten bij de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen."),
          ("p", "Terug naar de eigen wijk. Een TLV is in De Venen nooit een eindstation. Ons beleid is dat iedere leerling in het sbo of so zo snel als verantwoord terugkeert naar een basisschool zo dicht mogelijk bij huis. Ieder jaar, uiterlijk in maart, bespreekt de speciale school in het ontwikkelingsperspectief of terugkeer haalbaar is; in het laatste jaar van de TLV is dat gesprek verplicht. De speciale school neemt het initiatief, betrekt ouders en een beoogde ontvangende basisschool, en legt een voorstel voor aan het Loket, dat besluit over een terugplaatsingsarrangement. Dat arrangement omvat een proefplaatsing van acht weken en ambulante begeleiding door de sbo-school gedurende maximaal een jaar, betaald door het samenwerkingsverband."),
          ("p", filler(rng, 4, n))]
    b += [("h1", "Het aanbod in de regio"),
          ("p", "Het aanbod in onze regio is opgebouwd in drie lagen: de basisondersteuning op iedere school, arrangementen op school- en bovenschools niveau (de taalklas in Mijdrecht, de plusklas, de observatiegroep 'De Brug') en het speciaal (basis)onderwijs, met de sbo-school De Zwaluw en so-locaties van cluster 3 en 4 buiten de regio. Scholen zoeken via de consulent van het samenwerkingsverband samen naar het passende arrangement."),
          ("p", "Twee keer per jaar brengen wij in kaart welke kinderen geen passende plek hebben of thuiszitten, samen met de leerplichtambtenaren van de drie gemeenten. Blijkt een leerling langer dan vier weken zonder passend aanbod, dan belegt de directeur een casusoverleg met het bestuur dat zorgplicht heeft; wachtlijsten bij de observatiegroep worden maandelijks besproken en bij meer dan vijf wachtenden wordt capaciteit uitgebreid."),
          ("p", "Met de gemeenten voeren wij jaarlijks OOGO; afspraken over jeugdhulp in de school staan in de regionale agenda.")]
    b += [("h1", "Communicatie"),
          ("p", "Ouders vinden op onze website een ouderpagina met een overzicht van alle arrangementen en voorzieningen, een stroomschema van de ondersteuningsroute en de schoolondersteuningsprofielen. Elke school neemt in de schoolgids een vaste paragraaf over passend onderwijs op, en twee keer per jaar houden wij een ouderavond in de bibliotheek."),
          ("p", "Wie er met school niet uitkomt, kan gratis en onafhankelijk advies krijgen bij de onderwijsconsulenten of bij het ouder- en jeugdsteunpunt van de regio Utrecht-West; de contactgegevens staan in iedere schoolgids. Bij een geschil over toelating, verwijdering of het OPP kunnen ouders zich wenden tot de Geschillencommissie passend onderwijs."),
          ("p", filler(rng, 4, n))]
    b += [("h1", "Geld en middelen"),
          ("p", "Van het ondersteuningsbudget gaat 70 procent als schoolbudget naar de besturen: een vast bedrag van 8.000 euro per vestiging plus 145 euro per leerling op teldatum 1 oktober. De overige 30 procent blijft bovenschools voor arrangementen, het Loket en de afdrachten aan sbo en so. Het bestuur stelt het verdeelmodel jaarlijks in december vast."),
          ("p", "De meerjarenbegroting met de bedragen per post wordt na vaststelling van de rijksbekostiging als aparte bijlage toegevoegd en is op te vragen bij het stafbureau.")]
    b += [("h1", "Ambities"),
          ("p", "In 2030 willen wij dat geen enkel kind langer dan vier weken thuiszit, dat het verwijzingspercentage naar het so onder de 1,6 procent blijft en dat 90 procent van de scholen de basisondersteuning volledig op orde heeft."),
          ("p", "Hoe wij deze ambities gaan volgen, werken wij in de eerste helft van de planperiode uit in een monitoringsplan.")]
    b += filler_block(rng, n, COMMON_HEADS[2:])
    b += gloss(GLOSS)
    lab = dict(sector="po", elements=dict(basisondersteuning="present", plaatsing="partial", terugstroom="present",
               financien="partial", **{"dekkend-aanbod": "present"}, resultaten="partial", ouders="present"),
               crit=[1,1,1,0,1,1,1,0,1,1,1,0,1,1],
               adv={"plaatsing": ["deskundigen", "bezwaar"], "terugstroom": [], "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"], "ouders": []},
               notes={"plaatsing": "'Extra ondersteuning en toelaatbaarheid': procedure, deskundigen and bezwaar given; criteria deferred to an afwegingskader still to be drawn up in 2026-2027.",
                      "terugstroom": "Addressed only inside the TLV chapter under 'Terug naar de eigen wijk': policy, yearly OPP check, who initiates/decides, arrangement.",
                      "financien": "'Geld en middelen': verdeelmodel with amounts; meerjarenbegroting only referred to as a later separate annex.",
                      "resultaten": "'Ambities' gives targets; monitoring deferred to a monitoringsplan still to be made.",
                      "ouders": "Under 'Communicatie': ouderpagina/schoolgids/ouderavond and onderwijsconsulenten/OJSP."})
    return "po-de-venen-2026", b, lab

# ----------------------------------------------------------------- plan B
def plan_b():
    n = "Stichting Samenwerkingsverband Primair Onderwijs Rijnmond-Oost (PO 28-12)"
    rng = random.Random(22)
    b = [("title", "Ondersteuningsplan 2025-2029"), ("p", n + " - 112 scholen, 31.400 leerlingen")]
    b += toc(["Voorwoord", "Visie en missie", "Ondersteuning in de school", "Toelaatbaarheid", "Terugplaatsing",
              "Voorzieningen", "Informatie voor ouders", "Kwaliteit en resultaten", "Financiën en meerjarenbegroting",
              "Governance en organisatie", "Personeel", "ICT", "Afkortingenlijst"])
    b += filler_block(rng, n, COMMON_HEADS[:2], per=4)
    b += [("h1", "Ondersteuning in de school"),
          ("p", "In Rijnmond-Oost is basisondersteuning gedefinieerd als het gezamenlijk afgesproken minimumniveau dat elke vestiging van elk aangesloten bestuur biedt, ongeacht grootte of denominatie. Het niveau is vastgelegd in het bestuurlijk akkoord van maart 2025."),
          ("p", "Wat dat niveau precies inhoudt, is te lezen in de 'Kaart Basisondersteuning' op onze website. Scholen beschrijven in hun schoolondersteuningsprofiel hoe zij daaraan voldoen."),
          ("p", filler(rng, 6, n))]
    b += [("h1", "Toelaatbaarheid"),
          ("p", "Het bevoegd gezag van de school waar de leerling staat ingeschreven vraagt de toelaatbaarheidsverklaring aan bij het Ondersteuningsloket. Bij de aanvraag horen het OPP, het verslag van het multidisciplinair overleg waarbij ouders aanwezig waren, en de zienswijze van ouders. Het loket toetst binnen tien werkdagen op volledigheid; de Commissie van Toelaatbaarheid besluit binnen zes weken."),
          ("p", "Een leerling is toelaatbaar tot het sbo wanneer (a) de basisondersteuning en ten minste twee arrangementen van twaalf weken aantoonbaar zijn ingezet en geëvalueerd, (b) de ontwikkelingsachterstand of gedragsproblematiek zodanig is dat het leren in een groep van meer dan twintig leerlingen stagneert, en (c) het sbo naar verwachting wel perspectief biedt. Voor het so geldt daarnaast dat de leerling een intensieve, meervoudige ondersteuningsbehoefte heeft op het gebied van leren, gedrag of lichamelijke of verstandelijke mogelijkheden die niet binnen het sbo kan worden geboden; de categorie laag, midden of hoog volgt uit de beperking (midden bij LG/LZ, hoog bij MG)."),
          ("p", "Een TLV wordt afgegeven tot uiterlijk 31 juli van het tweede schooljaar na de afgifte. Twee deskundigen adviseren, van wie ten minste één orthopedagoog of psycholoog."),
          ("p", filler(rng, 4, n))]
    b += [("h1", "Terugplaatsing"),
          ("p", "Wij vinden dat het speciaal (basis)onderwijs een tijdelijke voorziening moet kunnen zijn. Uitgangspunt is dat een leerling terugkeert naar het regulier onderwijs zodra de ondersteuningsbehoefte dat toelaat, bij voorkeur naar een school in de eigen buurt. Na terugkeer krijgt de ontvangende school gedurende een jaar een begeleidingsarrangement en coaching van een ambulant begeleider."),
          ("p", "De precieze stappen, wie het initiatief neemt en op welke momenten geëvalueerd wordt, worden in het schooljaar 2025-2026 met de so- en sbo-directeuren in een protocol gegoten.")]
    b += [("h1", "Voorzieningen"),
          ("p", "Het ondersteuningscontinuüm van Rijnmond-Oost kent vier treden: basisondersteuning op iedere school; extra ondersteuning via een arrangement op de eigen school; plaatsing in een van de zeven bovenschoolse voorzieningen (twee taalklassen voor nieuwkomers, drie plusklassen, een kleine groep voor jonge kinderen met gedragsvragen en een observatieklas); en sbo of so. Scholen vragen arrangementen aan via de trajectbegeleider van hun cluster."),
          ("p", "Het samenwerkingsverband wil in deze planperiode het gesprek over inclusie verder voeren. " + filler(rng, 4, n))]
    b += [("h1", "Informatie voor ouders"),
          ("p", "Ouders worden geïnformeerd via de ouderbrochure 'Passend onderwijs in Rijnmond-Oost' (in het Nederlands, Engels, Turks en Arabisch), via de website met een overzicht van alle voorzieningen, via de schoolgids en via informatieavonden die twee keer per jaar per cluster worden gehouden. Intern begeleiders hebben een map met informatiebladen per voorziening."),
          ("p", "Ouders zijn voor ons partners; zij schuiven aan bij het MDO en hebben zitting in de ondersteuningsplanraad."),
          ("p", filler(rng, 3, n))]
    b += [("h1", "Kwaliteit en resultaten"),
          ("p", "Beoogde resultaten voor 2029: het aantal thuiszitters daalt van 41 (1 oktober 2024) naar minder dan 15; 95 procent van de TLV-aanvragen wordt binnen zes weken afgehandeld; het deelnamepercentage so blijft onder het landelijk gemiddelde; 80 procent van de ouders is tevreden over het arrangement."),
          ("p", "Wij meten deze resultaten via een dashboard dat elk kwartaal uit het loketsysteem en de DUO-telling wordt gevuld, een jaarlijkse tevredenheidspeiling onder ouders en scholen, en een evaluatiegesprek per bestuur in juni. De bereikte resultaten en de kosten per voorziening rapporteren wij in het jaarverslag; in 2021-2024 daalde het aantal thuiszitters al van 58 naar 41."),
          ("p", filler(rng, 3, n))]
    b += [("h1", "Financiën en meerjarenbegroting"),
          ("p", "De middelen lichte ondersteuning gaan volledig naar de besturen op basis van het aantal leerlingen op 1 oktober (T-1). Voor zware ondersteuning hanteren wij een expertisemodel: bovenschoolse voorzieningen en arrangementen worden op aanvraag toegekend door het loket op basis van de handreiking arrangeren."),
          ("tbl", [["Post (x 1.000 euro)", "2025", "2026", "2027", "2028"],
                   ["Baten ondersteuningsbudget", "24.310", "24.050", "23.880", "23.700"],
                   ["Afdrachten so/sbo (DUO)", "11.200", "11.150", "11.100", "11.050"],
                   ["Schoolbudgetten besturen", "6.900", "6.850", "6.800", "6.750"],
                   ["Bovenschoolse voorzieningen en arrangementen", "4.300", "4.200", "4.150", "4.100"],
                   ["Loket, personeel en organisatie", "1.750", "1.760", "1.770", "1.780"],
                   ["Saldo", "160", "90", "60", "20"]]),
          ("p", "De reserve bedraagt eind 2024 3,1 miljoen euro; de signaleringswaarde wordt in 2027 bereikt. Besturen verantwoorden de schoolbudgetten in een jaarlijkse bestedingsrapportage.")]
    b += filler_block(rng, n, ["Governance en organisatie", "Personeel", "ICT"], per=4)
    b += gloss([("sbo", "speciaal basisonderwijs"), ("so", "speciaal onderwijs"), ("TLV", "toelaatbaarheidsverklaring"),
                ("OJSP", "ouder- en jeugdsteunpunt"), ("OPP", "ontwikkelingsperspectiefplan"), ("LBT", "Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen"),
                ("Thuiszitter", "leerplichtige leerling die zonder geldige reden niet naar school gaat")], "Afkortingenlijst")
    lab = dict(sector="po", elements=dict(basisondersteuning="partial", plaatsing="present", terugstroom="partial",
               financien="present", **{"dekkend-aanbod": "partial"}, resultaten="present", ouders="partial"),
               crit=[1,0,1,1,0,1,1,1,1,0,1,1,1,0],
               adv={"plaatsing": ["deskundigen", "duur-categorie"], "financien": ["reserves", "verantwoording"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"], "basisondersteuning": ["borging"]},
               notes={"basisondersteuning": "'Ondersteuning in de school' defines the minimum level; content only by reference to a 'Kaart Basisondersteuning' on the website.",
                      "terugstroom": "'Terugplaatsing' gives policy and support after return; the procedure is deferred to a protocol in 2025-2026.",
                      "financien": "Verdeling in prose; besteding in the meerjarenbegroting table (table-only content).",
                      "dekkend-aanbod": "'Voorzieningen' describes a four-step continuum; no gap analysis, thuiszitters only appear as a result target, not as gap handling.",
                      "ouders": "'Informatie voor ouders' covers channels; no independent steunpunt (OJSP only in Afkortingenlijst).",
                      "resultaten": "'Kwaliteit en resultaten': targets with numbers plus dashboard/peiling/jaarverslag monitoring."})
    return "po-rijnmond-oost-2025", b, lab

# ----------------------------------------------------------------- plan C (markdown)
def plan_c():
    n = "Samenwerkingsverband Kop van de Polder (PO 21-04)"
    rng = random.Random(33)
    b = [("title", "Ondersteuningsplan 2026-2030 - Kop van de Polder"), ("p", n)]
    b += toc(["Voorwoord", "Visie en missie", "Wat elke school biedt", "Van zorgen naar passend aanbod",
              "Naar sbo of so", "Ouders", "Middelen", "Kwaliteitszorg", "Governance en organisatie",
              "Personeel en professionalisering", "Planning", "Begrippen"])
    b += filler_block(rng, n, COMMON_HEADS[:2], per=4)
    b += [("h1", "Wat elke school biedt"),
          ("p", "De twaalf besturen hebben afgesproken dat iedere school en iedere nevenlocatie minimaal hetzelfde basisniveau van ondersteuning waarmaakt; dat niveau noemen wij de 'ondergrens van de Kop'."),
          ("p", "Ouders mogen daarbij op elke school verwachten: een intern begeleider die het ondersteuningsteam voorzit; twee keer per jaar een groepsbespreking per klas; inzet van een onderwijsassistent voor verlengde instructie; leesondersteuning volgens het dyslexieprotocol vanaf groep 3; een sociaal-emotioneel volgsysteem; en een schoolmaatschappelijk werker die op afroep beschikbaar is."),
          ("p", filler(rng, 5, n))]
    b += [("h1", "Van zorgen naar passend aanbod"),
          ("p", "Tussen de gewone klas en de speciale school ligt bij ons een breed palet: arrangementen op school, de ambulante dienst van het samenwerkingsverband, de bovenschoolse 'Kangoeroeklas' voor jonge kinderen met een ontwikkelingsvoorsprong en de taalklas voor nieuwkomers in Zuidpolder. Daarna volgen het sbo De Horizon en het so."),
          ("p", "Twee keer per jaar voert de coördinator een 'witte-vlekkenanalyse' uit met de directeuren: welke vragen konden wij niet beantwoorden en welke kinderen wachten? Uit de laatste analyse bleek een tekort aan plekken voor kinderen met ernstige gedragsvragen; daarom opent in augustus 2027 een kleine groep in het sbo. Thuiszitters worden binnen een week gemeld en besproken in het thuiszittersoverleg met leerplicht."),
          ("p", filler(rng, 4, n))]
    b += [("h1", "Naar sbo of so"),
          ("p", "De school waar het kind staat ingeschreven dient via het schoolbestuur de aanvraag in bij de commissie toewijzing. Ouders tekenen mee. De commissie vraagt advies aan twee deskundigen en besluit uiterlijk zes weken na ontvangst; ouders krijgen een kopie van beide adviezen."),
          ("p", "Een kind kan naar het sbo als het ondanks een jaar extra ondersteuning op de basisschool onvoldoende tot ontwikkeling komt en een kleine groep met een gespecialiseerd team nodig heeft. Een kind kan naar het so als daarbij sprake is van een ernstige verstandelijke, lichamelijke of psychiatrische problematiek die een intensiteit van zorg vraagt die het sbo niet kan geven."),
          ("p", "Een TLV loopt bij ons tot het einde van de basisschoolperiode. Na afloop daarvan gaat het kind naar het voortgezet (speciaal) onderwijs."),
          ("p", filler(rng, 3, n))]
    b += [("h1", "Ouders"),
          ("p", "Ouders vinden alles over de ondersteuning op www-pagina 'Voor ouders' van het samenwerkingsverband: per voorziening een korte film, een factsheet en de route naar aanmelding. Wij sturen bovendien ieder voorjaar een nieuwsbrief mee met de schoolgids."),
          ("p", "Onafhankelijk advies: het samenwerkingsverband heeft met Ouders & Onderwijs en de onderwijsconsulenten afgesproken dat zij spreekuren houden in de bibliotheek van Kop; de ouder- en jeugdsteunpuntfunctie wordt door de gemeente belegd bij MEE, waar ouders kosteloos terecht kunnen met vragen en onenigheid met school."),
          ("p", filler(rng, 3, n))]
    b += [("h1", "Middelen"),
          ("p", "Wij willen dat het geld zo dicht mogelijk bij het kind wordt ingezet. Over de wijze waarop de middelen over de besturen worden verdeeld, besluit het bestuur na de evaluatie van het huidige model; tot die tijd blijft de oude verdeling van kracht."),
          ("tbl", [["Begroting (euro)", "2026", "2027", "2028"],
                   ["Ambulante dienst", "640.000", "650.000", "660.000"],
                   ["Kangoeroeklas en taalklas", "310.000", "315.000", "320.000"],
                   ["Afdracht sbo/so", "2.450.000", "2.480.000", "2.500.000"],
                   ["Bureau en commissie toewijzing", "280.000", "285.000", "290.000"]])]
    b += [("h1", "Kwaliteitszorg"),
          ("p", "Kwaliteit is een gedeelde verantwoordelijkheid. " + filler(rng, 5, n))]
    b += filler_block(rng, n, ["Governance en organisatie", "Personeel en professionalisering", "Planning"])
    b += gloss(GLOSS, "Begrippen")
    lab = dict(sector="po", elements=dict(basisondersteuning="present", plaatsing="present", terugstroom="missing",
               financien="partial", **{"dekkend-aanbod": "present"}, resultaten="missing", ouders="present"),
               crit=[1,1,1,1,0,0,0,1,1,1,0,0,1,1],
               adv={"plaatsing": ["deskundigen", "duur-categorie"], "ouders": []},
               notes={"terugstroom": "No terugplaatsing content; 'Naar sbo of so' only says the TLV runs to end of basisschool and then pupils go to VO (uitstroom, not terugplaatsing); term only in Begrippen.",
                      "financien": "'Middelen': verdeling explicitly undecided/deferred (old model not described); a begroting table with amounts gives besteding.",
                      "resultaten": "'Kwaliteitszorg' is pure filler; no goals or monitoring; 'Resultaten' only in Begrippen.",
                      "dekkend-aanbod": "'Van zorgen naar passend aanbod': continuum plus witte-vlekkenanalyse and thuiszittersoverleg."})
    return "po-kop-van-de-polder-2026", b, lab

# ----------------------------------------------------------------- plan D
def plan_d():
    n = "Samenwerkingsverband Passend Primair Onderwijs Vechtstreek-Noord (PO 23-05)"
    rng = random.Random(44)
    NO = ["Voorwoord", "Visie en missie", "Governance en organisatie", "Ontwikkelagenda en inclusie", "Communicatie met scholen", "Personeel en professionalisering", "ICT en privacy"]
    b = [("title", "Ondersteuningsplan 2026-2030"), ("p", n)]
    b += toc(["Voorwoord", "Visie en missie", "Basisondersteuning", "Toelaatbaarheid en terugplaatsing",
              "Financiën", "Dekkend aanbod", "Resultaten", "Ouders", "Governance en organisatie", "Personeel", "ICT en privacy"])
    b += filler_block(rng, n, NO[:2], per=4)
    b += [("h1", "Basisondersteuning"),
          ("p", "Op iedere school werken leerkrachten handelingsgericht. Iedere school heeft een intern begeleider, een leesverbeterprogramma voor groep 3 tot en met 5, een rekenspecialist, een gedragsspecialist die leerkrachten coacht en een protocol medicijnverstrekking. Iedere school werkt met een leerlingvolgsysteem en voert met ouders een startgesprek aan het begin van het schooljaar."),
          ("p", "Of deze voorzieningen als gezamenlijke minimumnorm voor alle scholen gaan gelden, bespreken de besturen in 2027 bij de herijking van de schoolondersteuningsprofielen."),
          ("p", filler(rng, 4, n))]
    b += [("h1", "Toelaatbaarheid en terugplaatsing"),
          ("p", "Voor sbo is een leerling toelaatbaar als hij of zij een IQ-profiel of ontwikkelingsachterstand heeft waarbij de basisschool na minimaal twee evaluatiecycli van een OPP geen groei meer ziet, of als gedrag de veiligheid in de groep structureel ondermijnt. Voor so cluster 3 gaat het om leerlingen met een verstandelijke beperking (IQ lager dan 55) of ernstige lichamelijke beperking; voor so cluster 4 om leerlingen met psychiatrische problematiek waarbij een behandelcomponent in de school nodig is."),
          ("p", "De aanvraagprocedure en de samenstelling van de commissie zijn beschreven in bijlage 3 (Handboek TLV)."),
          ("p", "Wij streven ernaar dat leerlingen na het sbo of so zo mogelijk terugkeren in het regulier onderwijs, thuisnabij. Aan het einde van elk schooljaar evalueert de sbo- of so-school met ouders of de leerling terug kan; in het laatste TLV-jaar gebeurt dat uiterlijk in februari. De speciale school doet een voorstel, de directeur van het samenwerkingsverband beslist. Bij terugkeer krijgt de basisschool een terugplaatsingsbudget van 4.000 euro en een jaar begeleiding door de speciale school. Lukt terugkeer niet, dan vraagt de speciale school een nieuwe TLV aan."),
          ("p", filler(rng, 3, n))]
    b += [("h1", "Financiën"),
          ("p", "Het financieel beleid wordt in een afzonderlijk document, de kadernota 2026, uitgewerkt. Zie daarvoor de website van het samenwerkingsverband.")]
    b += [("h1", "Dekkend aanbod"),
          ("p", "Dit hoofdstuk wordt aangevuld na de regionale verkenning die in het voorjaar van 2026 plaatsvindt.")]
    b += [("h1", "Resultaten"),
          ("p", "Wij volgen het aantal TLV's, het aantal terugplaatsingen en de doorlooptijd van aanvragen per kwartaal in het managementdashboard. Twee keer per jaar bespreekt het bestuur een kwartaalrapportage; jaarlijks verschijnt een jaarverslag met de cijfers en een kwalitatieve duiding, en elke vier jaar laten wij een externe evaluatie uitvoeren."),
          ("p", "Welke streefwaarden wij daarbij hanteren, leggen wij vast wanneer de nulmeting in 2026 gereed is.")]
    b += [("h1", "Ouders"),
          ("p", "Soms lopen gesprekken tussen ouders en school vast. Ouders kunnen dan terecht bij de onafhankelijke onderwijsconsulenten, bij het ouder- en jeugdsteunpunt Vechtstreek (gratis, telefonisch en via de chat bereikbaar) of, bij een geschil over het OPP, bij de Geschillencommissie passend onderwijs."),
          ("p", filler(rng, 3, n))]
    b += filler_block(rng, n, NO[2:], per=4)
    b += gloss(GLOSS)
    lab = dict(sector="po", elements=dict(basisondersteuning="partial", plaatsing="partial", terugstroom="present",
               financien="missing", **{"dekkend-aanbod": "missing"}, resultaten="partial", ouders="partial"),
               crit=[0,1,0,1,1,1,0,0,0,0,0,1,0,1],
               adv={"terugstroom": ["monitoring"]},
               notes={"basisondersteuning": "Content listed, but whether it is the agreed minimum for every school is deferred to 2027.",
                      "plaatsing": "Criteria for sbo and so cluster 3/4 given; procedure only referred to absent bijlage 3 (Handboek TLV).",
                      "terugstroom": "Inside 'Toelaatbaarheid en terugplaatsing': policy, evaluation moments, who proposes/decides, budget after return.",
                      "financien": "'Financiën' only refers to a separate kadernota on the website.",
                      "dekkend-aanbod": "Chapter is only a deferral ('wordt aangevuld').",
                      "resultaten": "Monitoring cycle described; targets deferred until a nulmeting.",
                      "ouders": "Independent help (onderwijsconsulenten, OJSP) described; no information channels for parents about the support facilities."})
    return "po-vechtstreek-noord-2026", b, lab

# ----------------------------------------------------------------- plan E (VO)
def plan_e():
    n = "Samenwerkingsverband VO Passend Onderwijs Duin- en Bollenstreek (VO 26-11)"
    rng = random.Random(55)
    NO = ["Voorwoord", "Visie en missie", "Governance en organisatie", "Ontwikkelagenda en inclusie", "Communicatie met scholen", "Personeel en professionalisering", "ICT en privacy", "Planning en jaarcyclus"]
    b = [("title", "Ondersteuningsplan 2025-2029"), ("p", n)]
    b += toc(["Voorwoord", "Visie en missie", "Toewijzing vso, lwoo en pro", "Na het vso", "Het netwerk",
              "Geld", "Resultaten", "Governance en organisatie", "Personeel", "ICT", "Planning", "Begrippenlijst"])
    b += filler_block(rng, n, NO[:2], per=4)
    b += [("h1", "Toewijzing vso, lwoo en pro"),
          ("p", "De vo-school waar de leerling is ingeschreven of aangemeld vraagt via het bevoegd gezag een TLV voor het vso, een aanwijzing lwoo of een TLV pro aan bij de Commissie Toewijzing. De aanvraag bevat het OPP of onderwijskundig rapport, recente toetsgegevens en de zienswijze van de leerling. De commissie besluit binnen zes weken (bij pro en lwoo-aanvragen vóór 1 mei voor het volgende schooljaar)."),
          ("p", "Voor lwoo en pro hanteren wij de landelijke criteria (IQ, leerachterstanden en sociaal-emotionele problematiek); wij kiezen niet voor opting out. Een leerling is toelaatbaar tot het vso wanneer de ondersteuningsbehoefte zodanig is dat een reguliere vo-school, ook met een arrangement in het Tussenstation (OPDC), niet kan voorzien in een ononderbroken ontwikkeling, blijkend uit twee geëvalueerde ondersteuningsperioden, of wanneer sprake is van een ernstige (meervoudige) beperking."),
          ("p", "Twee deskundigen, een GZ-psycholoog of orthopedagoog en een tweede deskundige, adviseren afzonderlijk. Een TLV vso geldt voor twee schooljaren. Tegen een besluit kan bezwaar worden gemaakt bij de LBT."),
          ("p", filler(rng, 3, n))]
    b += [("h1", "Na het vso"),
          ("p", "In het voorlaatste jaar van elke TLV vso organiseert de vso-school een perspectiefgesprek met de leerling en de consulent van het samenwerkingsverband. Als terugkeer naar het regulier vo mogelijk lijkt, meldt de vso-school de leerling aan bij een vo-school; de Commissie Toewijzing beslist over de overstap en evalueert na twaalf weken. Anders vraagt de vso-school tijdig een nieuwe TLV aan."),
          ("p", filler(rng, 3, n))]
    b += [("h1", "Het netwerk"),
          ("p", "Het Tussenstation kent een wachtlijst die in 2024 opliep tot 23 leerlingen. Daarom breiden wij in 2026 uit met twaalf plaatsen. Iedere maand bespreekt het thuiszittersoverleg met leerplicht en jeugdhulp alle leerlingen zonder passende plek; het bestuur met zorgplicht krijgt binnen twee weken een plan van aanpak."),
          ("p", "Met de vijf gemeenten is een OOGO-agenda opgesteld over onderwijs-zorgarrangementen."),
          ("p", filler(rng, 3, n))]
    b += [("h1", "Geld"),
          ("p", "De middelen lichte ondersteuning en lwoo worden verdeeld naar rato van het aantal leerlingen per school op 1 oktober, met een correctie voor de ondersteuningszwaarte via het aantal lwoo-indicaties. Het Tussenstation en de ambulante begeleiding worden centraal gefinancierd. Het bestuur stelt de verdeling in november vast na advies van het directeurenoverleg."),
          ("tbl", [["x 1.000 euro", "2025", "2026", "2027", "2028"],
                   ["Lichte ondersteuning naar scholen", "3.100", "3.080", "3.050", "3.020"],
                   ["Lwoo en pro", "5.900", "5.850", "5.800", "5.780"],
                   ["Tussenstation (OPDC)", "1.450", "1.620", "1.640", "1.650"],
                   ["Afdracht vso", "4.200", "4.150", "4.100", "4.050"],
                   ["Bureau", "620", "630", "640", "650"]])]
    b += [("h1", "Resultaten"),
          ("p", "Beoogd voor 2029: thuiszitters binnen drie maanden terug op school in 90 procent van de gevallen; maximaal 5 procent uitval uit het Tussenstation; deelname vso onder 3,5 procent. Wij monitoren dit via de halfjaarlijkse leerplichttelling, het registratiesysteem van de Commissie Toewijzing en een jaarlijkse scholenenquête; de bereikte resultaten staan in het jaarverslag en worden in het bestuur en met de directeuren geëvalueerd."),
          ("p", filler(rng, 3, n))]
    b += filler_block(rng, n, NO[2:], per=3)
    b += gloss(GLOSS)
    lab = dict(sector="vo", elements=dict(basisondersteuning="missing", plaatsing="present", terugstroom="partial",
               financien="present", **{"dekkend-aanbod": "partial"}, resultaten="present", ouders="missing"),
               crit=[0,0,1,1,1,0,1,1,0,1,1,1,0,0],
               adv={"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"], "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"]},
               notes={"basisondersteuning": "No chapter and no content; term only in TOC-free glossary (Begrippenlijst).",
                      "plaatsing": "'Toewijzing vso, lwoo en pro': procedure, criteria (national lwoo/pro, own vso), deskundigen, duration, LBT.",
                      "terugstroom": "'Na het vso' gives a procedure; no policy aims/conditions or support after return beyond a decision on an arrangement.",
                      "dekkend-aanbod": "'Het netwerk' handles gaps (wachtlijst, thuiszitters, zorgplicht) but never describes the continuum of provisions.",
                      "ouders": "No parent information, independent support or parental role anywhere in the body; Ouder- en jeugdsteunpunt only in the Begrippenlijst."})
    return "vo-duin-en-bollenstreek-2025", b, lab

# ----------------------------------------------------------------- near-miss
def not_plan():
    n = "Basisschool De Regenboog"
    rng = random.Random(66)
    b = [("title", "Schoolondersteuningsplan 2025-2026 - " + n),
         ("p", "Dit ondersteuningsplan van onze school beschrijft hoe De Regenboog de ondersteuning aan leerlingen organiseert, binnen de kaders van het ondersteuningsplan van ons samenwerkingsverband."),
         ("h1", "Zorgniveaus in de groep"),
         ("p", "Wij werken met vier zorgniveaus: niveau 1 basisaanbod in de groep, niveau 2 extra instructie, niveau 3 specifieke ondersteuning door de intern begeleider, niveau 4 een arrangement of extern onderzoek. De basisondersteuning van onze school omvat een dyslexieprotocol, een plusgroep en een gedragsspecialist."),
         ("h1", "Groepsbesprekingen en leerlingbesprekingen"),
         ("p", "Drie keer per jaar houdt de intern begeleider groepsbesprekingen met elke leerkracht. Leerlingen die extra zorg nodig hebben, worden besproken in het ondersteuningsteam."),
         ("h1", "Toelaatbaarheid"),
         ("p", "Als onze school niet kan bieden wat een kind nodig heeft, vragen wij met instemming van ouders een toelaatbaarheidsverklaring aan bij het samenwerkingsverband. Na een verblijf op het sbo kan een kind soms weer terugkeren naar onze school."),
         ("h1", "Ouders"),
         ("p", "Ouders worden geïnformeerd via de schoolgids en via oudergesprekken. Bij onvrede kunnen ouders terecht bij de vertrouwenspersoon of de onderwijsconsulenten."),
         ("h1", "Middelen"),
         ("p", "De school ontvangt van het samenwerkingsverband een schoolbudget van 38.000 euro, dat wordt besteed aan een onderwijsassistent en de plusgroep."),
         ("h1", "Resultaten"),
         ("p", "Ons doel is dat 85 procent van de leerlingen de referentieniveaus haalt; wij volgen dit via de eindtoets.")]
    for h in ["Schoolklimaat", "Samenwerking met jeugdhulp", "Professionalisering van het team"]:
        b += [("h1", h), ("p", filler(rng, 6, "ons samenwerkingsverband"))]
    lab = dict(notplan=True, note="School-level ondersteuningsplan (zorgniveaus, groepsbesprekingen) of one basisschool, not the plan of a samenwerkingsverband (no OPR/OOGO/verdeling over schools).")
    return "regenboog-schoolondersteuningsplan", b, lab

# ----------------------------------------------------------------- writers
def write_docx(blocks, path):
    d = Document()
    for kind, val in blocks:
        if kind == "title": d.add_heading(val, 0)
        elif kind == "h1": d.add_heading(val, 1)
        elif kind == "p": d.add_paragraph(val)
        elif kind == "tbl":
            t = d.add_table(rows=len(val), cols=len(val[0]))
            for i, row in enumerate(val):
                for j, c in enumerate(row): t.cell(i, j).text = c
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Ondersteuningsplan - concept voor OPR en OOGO"
    d.save(str(path))

def write_md(blocks, path):
    L = []
    for kind, val in blocks:
        if kind == "title": L.append("# " + val)
        elif kind == "h1": L.append("## " + val)
        elif kind == "p": L.append(val)
        elif kind == "tbl":
            L.append("| " + " | ".join(val[0]) + " |"); L.append("|" + "---|" * len(val[0]))
            L += ["| " + " | ".join(r) + " |" for r in val[1:]]
        L.append("")
    path.write_text("\n".join(L), encoding="utf-8")

def write_html(blocks, path):
    import html
    L = ["<!DOCTYPE html><html lang='nl'><head><meta charset='utf-8'><title>Schoolondersteuningsplan</title></head><body>"]
    for kind, val in blocks:
        if kind == "title": L.append(f"<h1>{html.escape(val)}</h1>")
        elif kind == "h1": L.append(f"<h2>{html.escape(val)}</h2>")
        elif kind == "p": L.append(f"<p>{html.escape(val)}</p>")
    L.append("</body></html>")
    path.write_text("\n".join(L), encoding="utf-8")

def to_pdf(docx_path, pdf_path):
    with tempfile.TemporaryDirectory(prefix="holdout324_") as td:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{td}/profile", "--headless", "--convert-to", "pdf",
                        "--outdir", td, str(docx_path)], check=True, capture_output=True, timeout=180)
        shutil.move(str(Path(td) / (docx_path.stem + ".pdf")), str(pdf_path))

ELS = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod", "resultaten", "ouders"]
CRITS = ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure", "plaatsing.criteria",
         "terugstroom.procedure", "terugstroom.beleid", "financien.verdeling", "financien.besteding",
         "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "resultaten.doelen", "resultaten.monitoring",
         "ouders.informatie", "ouders.steunpunt"]

def write_label(name, docs, lab):
    if lab.get("notplan"):
        data = {"documents": docs, "sector": "po", "looks_like_plan": False, "elements": {}, "criteria": {},
                "advisory_addressed": {}, "notes": {"document": lab["note"]}}
    else:
        data = {"documents": docs, "sector": lab["sector"], "looks_like_plan": True,
                "elements": {e: lab["elements"][e] for e in ELS},
                "criteria": {c: bool(v) for c, v in zip(CRITS, lab["crit"])},
                "advisory_addressed": {k: v for k, v in lab["adv"].items() if v},
                "notes": lab["notes"]}
    (OUT / f"{name}.expected.yaml").write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=200), encoding="utf-8")

def main():
    name, b, lab = plan_a(); write_docx(b, OUT / f"{name}.docx"); write_label(name, [f"{name}.docx"], lab)
    name, b, lab = plan_b(); write_docx(b, OUT / f"{name}.docx"); to_pdf(OUT / f"{name}.docx", OUT / f"{name}.pdf")
    write_label(name, [f"{name}.docx", f"{name}.pdf"], lab)
    name, b, lab = plan_c(); write_md(b, OUT / f"{name}.md"); write_label(name, [f"{name}.md"], lab)
    name, b, lab = plan_d()
    with tempfile.TemporaryDirectory(prefix="holdout324_d_") as td:
        tmp = Path(td) / f"{name}.docx"; write_docx(b, tmp); to_pdf(tmp, OUT / f"{name}.pdf")
    write_label(name, [f"{name}.pdf"], lab)
    name, b, lab = plan_e(); write_docx(b, OUT / f"{name}.docx"); write_label(name, [f"{name}.docx"], lab)
    name, b, lab = not_plan(); write_html(b, OUT / f"{name}.html"); write_label(name, [f"{name}.html"], lab)

if __name__ == "__main__":
    main()
