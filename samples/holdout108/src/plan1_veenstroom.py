"""Plan 1: large PO verband, tidy house style, .docx."""
from common108 import filler, pick

META = dict(naam="Stichting Samenwerkingsverband Passend Primair Onderwijs De Veenstroom", kort="De Veenstroom",
            regio="Veenstroom", sector="po", besturen="negen", scholen="88",
            leerlingen="21.430", gemeenten="Westerveen, Oudeschans, Haaksbergen-Noord en Rietlanden")

HEADER = "Ondersteuningsplan 2026-2030 | SWV PO De Veenstroom | resultaten, ouders, middelen"


def blocks():
    f = filler(META)
    b = [
        ("title", "Ondersteuningsplan 2026-2030"),
        ("sub", "Samen sterk voor elk kind - Samenwerkingsverband Passend Primair Onderwijs De Veenstroom (PO 28-14)"),
        ("p", "Vastgesteld door het bestuur op 7 april 2026, na instemming van de ondersteuningsplanraad op 24 maart 2026."),
        ("toc", ["1 Voorwoord ........ 3", "2 Leeswijzer ........ 4", "3 Onze regio ........ 5",
                 "4 Visie en missie ........ 7", "5 Basisondersteuning ........ 9",
                 "6 Extra ondersteuning en dekkend netwerk ........ 13", "7 Toelaatbaarheid tot sbo en so ........ 18",
                 "7.6 Terugplaatsing na sbo en so ........ 22", "8 Ambities en beoogde resultaten ........ 24",
                 "8.3 Monitoring van resultaten ........ 27", "9 Communicatie ........ 28",
                 "10 Organisatie en medezeggenschap ........ 31", "11 Geld en middelen ........ 35",
                 "12 Personeel, ICT en privacy ........ 40", "13 Planning ........ 42", "Bijlage A Begrippenlijst ........ 44"]),
        ("pagebreak", None),
        ("h1", "1 Voorwoord"),
    ]
    b += pick(f, ["voorwoord"])
    b += [("h1", "2 Leeswijzer")] + pick(f, ["leeswijzer", "wettelijk_kader"])
    b += [("h1", "3 Onze regio")] + pick(f, ["regio"])
    b += [("table", [["Kengetal (1 oktober 2025)", "Aantal"], ["Aangesloten schoolbesturen", "9"],
                     ["Basisscholen (vestigingen)", "84"], ["Scholen voor speciaal basisonderwijs", "3"],
                     ["So-school cluster 3/4 binnen de regio", "1"], ["Leerlingen basisonderwijs", "20.210"],
                     ["Leerlingen sbo", "655"], ["Leerlingen so (woonachtig in de regio)", "565"]])]
    b += [("h1", "4 Visie en missie")] + pick(f, ["visie", "missie"])
    b += [
        ("h1", "5 Basisondersteuning"),
        ("h2", "5.1 Wat verstaan wij onder basisondersteuning?"),
        ("p", "Basisondersteuning is de ondersteuning die iedere basisschool binnen De Veenstroom aan alle leerlingen "
              "biedt, zonder dat daarvoor een aanvraag bij het samenwerkingsverband nodig is. De besturen hebben in "
              "2025 samen een ondergrens afgesproken: elke vestiging, groot of klein, voldoet aan de standaarden in "
              "paragraaf 5.2. Een school mag meer bieden, maar nooit minder. Wat een school daarboven biedt, beschrijft "
              "zij in haar schoolgids."),
        ("h2", "5.2 De standaarden van de basisondersteuning"),
        ("p", "Ouders mogen van iedere school in onze regio in elk geval het volgende verwachten:"),
        ("bullets", [
            "Een intern begeleider met ten minste één dag per week per honderd leerlingen, die leraren ondersteunt bij het signaleren en begeleiden van leerlingen.",
            "Werken volgens de cyclus van handelingsgericht werken, met groepsbesprekingen minimaal drie keer per jaar en een vastgelegd groepsplan of groepsoverzicht.",
            "Een vastgesteld dyslexie- en dyscalculieprotocol, inclusief vroegtijdige signalering in groep 2 en 3 en extra instructie voor leerlingen die uitvallen.",
            "Een aanbod voor leerlingen die meer aankunnen, met verrijkingsmateriaal in de groep en een compacte leerlijn voor rekenen en taal.",
            "Een methode of programma voor sociaal-emotionele ontwikkeling en een jaarlijks afgenomen veiligheidsmonitor.",
            "Een ondersteuningsteam (OT) dat minstens vier keer per jaar bijeenkomt, met de intern begeleider, de onderwijsspecialist van het samenwerkingsverband en de jeugdverpleegkundige of schoolmaatschappelijk werker.",
            "Protocollen voor medisch handelen en voor het omgaan met gedrag, waaronder een pestprotocol.",
            "Het opstellen van een ontwikkelingsperspectief (OPP) voor elke leerling die op een eigen leerlijn werkt, binnen zes weken na het besluit daartoe.",
        ]),
        ("h2", "5.3 Borging"),
        ("p", "Iedere school vult eens per twee jaar de kwaliteitskaart basisondersteuning in. De onderwijsspecialist "
              "bespreekt de uitkomst met de directeur en de intern begeleider. Voldoet een school op een of meer "
              "standaarden niet, dan stelt zij binnen drie maanden een verbeterplan op dat het bestuur met de "
              "directeur-bestuurder bespreekt. De resultaten van de kwaliteitskaarten worden geanonimiseerd "
              "gedeeld in het directeurenoverleg."),
        ("h1", "6 Extra ondersteuning en dekkend netwerk"),
        ("h2", "6.1 Van basis naar extra"),
        ("p", "Wanneer de basisondersteuning niet volstaat, kan de school in het ondersteuningsteam een arrangement "
              "aanvragen. Wij onderscheiden vier lagen die op elkaar aansluiten: de basisondersteuning op iedere "
              "school; arrangementen op de eigen school, zoals een individueel begeleidingstraject of een "
              "kleine groep voor leesproblemen; bovenschoolse voorzieningen, te weten de plusklas De Uitdaging, de "
              "taalklas voor nieuwkomers in Westerveen en de observatiegroep De Kompasroos; en tot slot het speciaal "
              "basisonderwijs (drie scholen) en het speciaal onderwijs. De onderwijsspecialist van het "
              "samenwerkingsverband is voor elke school het vaste aanspreekpunt en denkt mee over de passende "
              "route."),
        ("table", [["Laag", "Voorbeelden", "Wie beslist"], ["Basisondersteuning", "IB, HGW, protocollen, OT", "School"],
                   ["Arrangement op school", "Begeleiding 1-op-1, leesgroep, gedragscoach", "OT met onderwijsspecialist"],
                   ["Bovenschoolse voorziening", "Plusklas, taalklas, observatiegroep", "Commissie arrangementen"],
                   ["Speciaal (basis)onderwijs", "Sbo, so cluster 3 en 4", "Commissie van toelaatbaarheid"]]),
        ("h2", "6.2 Dekkend netwerk en thuiszitters"),
        ("p", "Een dekkend netwerk betekent dat er voor ieder kind een passende plek is. Twee keer per jaar maken wij "
              "met de besturen een analyse van de wachtlijsten bij de observatiegroep en het sbo, van leerlingen "
              "die buiten de regio naar school gaan en van leerlingen die thuiszitten. Elke leerling die langer dan "
              "vier weken geen onderwijs volgt, wordt binnen een week besproken in het thuiszittersoverleg met "
              "leerplicht, de school en de jeugdhulp. De directeur-bestuurder kan een doorzettingsmacht "
              "inzetten als besturen het niet eens worden over een plek. Tekorten die uit de analyse blijken, "
              "leiden tot een voorstel aan de Algemene Vergadering; zo is in 2025 besloten tot een tweede "
              "observatiegroep vanaf augustus 2026 omdat de wachttijd opliep tot vier maanden."),
    ]
    b += [("h2", "6.3 Samenwerking met jeugdhulp")] + pick(f, ["jeugdhulp"])
    b += [
        ("h1", "7 Toelaatbaarheid tot sbo en so"),
        ("h2", "7.1 Aanvraag"),
        ("p", "Het bestuur van de school waar de leerling is ingeschreven vraagt een toelaatbaarheidsverklaring (TLV) "
              "aan bij de Commissie van Toelaatbaarheid (CvT) van het samenwerkingsverband. De aanvraag gaat via de "
              "beveiligde digitale omgeving en bevat het groeidocument of OPP, het verslag van het laatste "
              "ondersteuningsteam en de zienswijze van de ouders. De school bespreekt de aanvraag vooraf met de "
              "ouders; ouders ondertekenen het groeidocument voor gezien."),
        ("h2", "7.2 Beoordeling en besluit"),
        ("p", "De CvT bestaat uit een voorzitter en twee deskundigen. Bij iedere aanvraag geven een orthopedagoog of "
              "psycholoog en een tweede deskundige (afhankelijk van de vraag een kinderpsychiater, arts of "
              "maatschappelijk werker) elk een eigen schriftelijk advies. De deskundigen zijn niet betrokken "
              "geweest bij de aanvraag. De directeur-bestuurder neemt namens het bestuur het besluit, binnen zes "
              "weken na ontvangst van een volledige aanvraag. Ouders ontvangen een afschrift van de adviezen."),
        ("h2", "7.3 Criteria"),
        ("p", "Een leerling is toelaatbaar tot het speciaal basisonderwijs als aan alle volgende voorwaarden is "
              "voldaan: de school heeft de basisondersteuning aantoonbaar ingezet; er is gedurende ten minste twee "
              "OPP-cycli een arrangement geboden zonder voldoende effect; de leerling heeft blijvend behoefte aan "
              "onderwijs in een kleine groep met een aangepaste leerlijn; en de ondersteuningsbehoefte overstijgt "
              "wat met een arrangement op de eigen school haalbaar is. Voor het speciaal onderwijs geldt daarnaast "
              "dat de leerling structureel intensieve ondersteuning nodig heeft op meerdere domeinen (leren, gedrag, "
              "medisch of lichamelijk), die ook het sbo niet kan bieden."),
        ("h2", "7.4 Duur en bekostigingscategorie"),
        ("p", "Een TLV voor het sbo wordt in de regel afgegeven tot het einde van de basisschoolperiode. Een TLV voor het "
              "so geldt voor twee schooljaren, of korter als de deskundigen dat adviseren. Voor het so stelt de CvT "
              "de bekostigingscategorie vast: laag, midden of hoog, op basis van het advies van de deskundigen en "
              "de beschreven ondersteuningsbehoefte."),
        ("h2", "7.5 Bezwaar"),
        ("p", "Ouders en het schoolbestuur kunnen binnen zes weken bezwaar maken tegen een besluit over toelaatbaarheid. "
              "Het samenwerkingsverband is aangesloten bij de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen; "
              "het bestuur beslist op het bezwaar na advies van die commissie."),
        ("h2", "7.6 Terugplaatsing na sbo en so"),
        ("p", "Het samenwerkingsverband wil dat leerlingen niet langer in het speciaal (basis)onderwijs blijven dan "
              "nodig is. Uitgangspunt is terugkeer naar een reguliere basisschool zo dicht mogelijk bij huis, zodra "
              "het OPP laat zien dat de leerling met een arrangement op een reguliere school verder kan. Een "
              "leerling die terugkeert krijgt gedurende zes maanden een terugplaatsingsarrangement: ambulante "
              "begeleiding door de sbo- of so-school en extra formatie voor de ontvangende school, betaald door het "
              "samenwerkingsverband. Het stappenplan voor de terugplaatsing, met de rolverdeling tussen de scholen "
              "en de momenten waarop dit wordt beoordeeld, stellen wij in het schooljaar 2026-2027 op met de "
              "directeuren van sbo en so."),
        ("h1", "8 Ambities en beoogde resultaten"),
        ("h2", "8.1 Onze ambities"),
        ("p", "In deze planperiode willen wij de volgende resultaten bereiken voor leerlingen die extra "
              "ondersteuning nodig hebben:"),
        ("table", [["Ambitie", "Beoogd resultaat in 2030"],
                   ["Thuisnabij onderwijs", "Deelname aan sbo en so samen maximaal 5,4% (2025: 5,9%)"],
                   ["Geen thuiszitters", "Geen leerling langer dan drie maanden zonder onderwijsaanbod"],
                   ["Snelle hulp", "90% van de arrangementen start binnen vier weken na het OT"],
                   ["Basis op orde", "Alle 84 vestigingen voldoen aan alle standaarden basisondersteuning"],
                   ["Tevreden ouders", "Gemiddelde waardering ouders van de ondersteuning ten minste 7,5"]]),
        ("h2", "8.2 Wat betekent dit voor scholen?"),
        ("p", "Scholen dragen bij aan deze ambities door de basisondersteuning op orde te houden en tijdig het "
              "ondersteuningsteam in te schakelen. Het samenwerkingsverband ondersteunt hen met expertise en "
              "middelen. De ambities zijn in het voorjaar van 2025 met de directeuren besproken en breed gedragen."),
        ("h2", "8.3 Monitoring van resultaten"),
        ("p", "Hoe wij de voortgang op deze ambities gaan volgen, werken wij in de loop van 2026-2027 uit in een "
              "nieuw monitoringskader. Tot die tijd wordt hierover nog geen vaste werkwijze gehanteerd."),
        ("h1", "9 Communicatie"),
        ("h2", "9.1 Informatie voor ouders"),
        ("p", "Ouders vinden op de website van De Veenstroom een ouderpagina met uitleg over basisondersteuning, "
              "arrangementen, de observatiegroep en de toelaatbaarheidsprocedure, in eenvoudige taal en in het "
              "Engels, Arabisch en Pools. Iedere school neemt in haar schoolgids een vaste paragraaf op over "
              "wat de school biedt en hoe ouders het samenwerkingsverband kunnen bereiken. Twee keer per jaar "
              "organiseren wij een informatieavond voor ouders, en iedere ouder van een leerling voor wie een "
              "arrangement wordt aangevraagd, ontvangt de folder 'Extra ondersteuning, hoe werkt dat?'."),
        ("h2", "9.2 Onafhankelijke hulp voor ouders"),
        ("p", "Soms lopen ouders vast of zijn zij het niet eens met de school. Zij kunnen dan terecht bij het Ouder- "
              "en Jeugdsteunpunt Veenstroom, dat onafhankelijk van de scholen werkt en bereikbaar is via telefoon, "
              "mail en een wekelijks inloopspreekuur. Daarnaast wijzen wij ouders op de Onderwijsconsulenten, die "
              "kosteloos bemiddelen, en op de Geschillencommissie passend onderwijs voor geschillen over toelating, "
              "verwijdering en het OPP."),
    ]
    b += [("h2", "9.3 Communicatie met scholen")] + pick(f, ["communicatie_intern"])
    b += [("h1", "10 Organisatie en medezeggenschap")] + pick(f, ["governance", "opr", "oogo", "totstandkoming"])
    b += [
        ("h1", "11 Geld en middelen"),
        ("h2", "11.1 Inkomsten"),
        ("p", "De Veenstroom ontvangt het budget voor lichte en zware ondersteuning van het Rijk. Na aftrek van de "
              "afdrachten aan DUO voor het so en de groeibekostiging sbo resteert het bedrag dat wij in de regio "
              "inzetten. Wij hebben een positief vereveningseffect dat in de komende jaren stabiel blijft."),
        ("h2", "11.2 Zo verdelen wij de middelen"),
        ("p", "Het verdeelmodel kent drie stromen. Ten eerste ontvangt ieder schoolbestuur jaarlijks € 165 per "
              "leerling (teldatum 1 oktober van het voorgaande jaar) plus een vaste voet van € 6.000 per vestiging, "
              "voor de basisondersteuning en arrangementen op de eigen scholen. Ten tweede bekostigt het "
              "samenwerkingsverband de bovenschoolse voorzieningen en de onderwijsspecialisten rechtstreeks. Ten "
              "derde is er een flexibel budget waaruit de Commissie arrangementen op aanvraag individuele "
              "arrangementen toekent. De Algemene Vergadering stelt het verdeelmodel vast; wijzigingen gaan "
              "altijd in per 1 augustus."),
        ("h2", "11.3 Meerjarenbegroting"),
        ("table", [["Post (x € 1.000)", "2026", "2027", "2028", "2029"],
                   ["Baten ondersteuningsbudget", "13.820", "13.690", "13.540", "13.410"],
                   ["Afdracht so en groeibekostiging sbo", "-5.950", "-5.900", "-5.840", "-5.790"],
                   ["Middelen naar schoolbesturen", "3.870", "3.840", "3.800", "3.770"],
                   ["Bovenschoolse voorzieningen", "1.240", "1.390", "1.390", "1.390"],
                   ["Onderwijsspecialisten", "1.610", "1.610", "1.600", "1.580"],
                   ["Flexibel budget arrangementen", "620", "600", "580", "560"],
                   ["Bureau en bestuur", "610", "615", "620", "625"],
                   ["Resultaat", "-80", "-265", "-290", "-305"]]),
        ("h2", "11.4 Reserves en verantwoording"),
        ("p", "De algemene reserve bedraagt eind 2025 € 2,1 miljoen. Wij houden een signaleringswaarde aan op basis "
              "van de methode van de Inspectie en bouwen de reserve boven die waarde tot 2029 af via de negatieve "
              "resultaten in de begroting. De besturen verantwoorden jaarlijks vóór 1 maart in een vast format "
              "waaraan zij de middelen uit de eerste stroom hebben besteed."),
    ]
    b += [("h1", "12 Personeel, ICT en privacy")] + pick(f, ["personeel", "professionalisering", "ict"])
    b += [("h1", "13 Planning")] + pick(f, ["planning", "risico_algemeen", "doorgaande_lijn_vo", "huisvesting"])
    b += [
        ("h1", "Bijlage A Begrippenlijst"),
        ("bullets", [
            "Arrangement: een afgesproken pakket extra ondersteuning voor een leerling of groep.",
            "Basisondersteuning: het afgesproken niveau van ondersteuning dat iedere school biedt.",
            "CvT: Commissie van Toelaatbaarheid.",
            "OJSP: Ouder- en Jeugdsteunpunt.",
            "OPR: ondersteuningsplanraad.",
            "Terugplaatsing: de overstap van een leerling uit sbo of so naar een reguliere basisschool.",
            "TLV: toelaatbaarheidsverklaring.",
            "Monitor: het instrument waarmee het samenwerkingsverband resultaten volgt en verantwoordt.",
        ]),
    ]
    return b


LABEL = dict(
    documents=["po-veenstroom-2026.docx"], sector="po", looks_like_plan=True,
    elements={"basisondersteuning": "present", "plaatsing": "present", "terugstroom": "partial",
              "financien": "present", "dekkend-aanbod": "present", "resultaten": "partial", "ouders": "present"},
    criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
              "plaatsing.procedure": True, "plaatsing.criteria": True,
              "terugstroom.procedure": False, "terugstroom.beleid": True,
              "financien.verdeling": True, "financien.besteding": True,
              "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
              "resultaten.doelen": True, "resultaten.monitoring": False,
              "ouders.informatie": True, "ouders.steunpunt": True},
    advisory_addressed={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                        "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
                        "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
    notes={
        "basisondersteuning": "Ch. 5: ondergrens for every vestiging (5.1), eight concrete standards (5.2), kwaliteitskaart borging (5.3).",
        "plaatsing": "Ch. 7: aanvraag by bestuur to CvT, two separate deskundigen, 6-week decision, sbo/so criteria, duur + categorie, LBT bezwaar.",
        "terugstroom": "Only inside TLV chapter 7.6: policy (thuisnabij, 6-month terugplaatsingsarrangement) present; the stappenplan/procedure is deferred to 2026-2027.",
        "financien": "Ch. 11 'Geld en middelen': verdeelmodel (EUR 165 per leerling + vaste voet, three streams) and 2026-2029 meerjarenbegroting table; reserves + verantwoording.",
        "dekkend-aanbod": "Ch. 6: four-layer continuum with table; 6.2 twice-yearly gap analysis, thuiszittersoverleg, doorzettingsmacht.",
        "resultaten": "Ch. 8.1 table of beoogde resultaten with numbers; 8.3 monitoring is only a deferral ('werken wij in de loop van 2026-2027 uit'). Begrippenlijst 'Monitor' is a trap.",
        "ouders": "Ch. 9 'Communicatie': ouderpagina, schoolgids paragraph, info evenings, folder; OJSP, Onderwijsconsulenten, Geschillencommissie.",
    },
)
