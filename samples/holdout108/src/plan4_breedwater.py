"""Plan 4: VO verband, formal house style, .docx."""
from common108 import filler, pick

META = dict(naam="Samenwerkingsverband Voortgezet Onderwijs Breedwater", kort="Breedwater", regio="Breedwater",
            sector="vo", besturen="acht", scholen="19", leerlingen="13.260",
            gemeenten="Breedwater, Ankeveld, Sluisdijk en Hoornwaard")

HEADER = "SWV VO Breedwater (VO 27-09) | Ondersteuningsplan 2026-2030"


def blocks():
    f = filler(META)
    b = [
        ("title", "Ondersteuningsplan 2026-2030"),
        ("sub", "Samenwerkingsverband Voortgezet Onderwijs Breedwater - VO 27-09 - 'Iedere leerling een diploma of een duurzame plek'"),
        ("toc", ["1 Voorwoord", "2 Inleiding", "3 Regio en kengetallen", "4 Visie en koers",
                 "5 Het ondersteuningsaanbod", "5.1 Basisondersteuning", "5.2 Extra ondersteuning op school",
                 "5.3 OPDC De Overstap en rebound", "5.4 Voortgezet speciaal onderwijs", "5.5 Dekkend netwerk",
                 "6 Toewijzing en toelaatbaarheid: vso, lwoo en pro", "7 Kwaliteitszorg en resultaten",
                 "8 Financieel beleid", "9 Bestuur, medezeggenschap en OOGO", "10 Organisatie en personeel",
                 "11 Ouders en leerlingen (zie website)", "Bijlage Afkortingen"]),
        ("pagebreak", None),
        ("h1", "1 Voorwoord"),
        ("p", "Met dit ondersteuningsplan legt Breedwater de koers vast voor de periode 2026-2030. Wij bouwen voort op "
              "een stevig fundament: de scholen werken goed samen, het OPDC heeft zijn plek in de regio gevonden en "
              "het aantal leerlingen dat het vso instroomt, is stabiel. Tegelijk zien wij dat de druk op mentoren "
              "en ondersteuningscoördinatoren toeneemt en dat de wachttijden voor jeugdhulp lang zijn. Dit plan "
              "kiest daarom voor focus: minder projecten, meer ondersteuning in de klas."),
        ("p", "Wij danken de rectoren, directeuren, ondersteuningscoördinatoren, de leden van de OPR en onze partners "
              "bij de gemeenten voor hun bijdrage aan dit plan."),
        ("h1", "2 Inleiding"),
    ]
    b += pick(f, ["leeswijzer", "wettelijk_kader", "terugblik_org", "totstandkoming"])
    b += [("h1", "3 Regio en kengetallen")] + pick(f, ["regio"])
    b += [("table", [["Kengetal (1 oktober 2025)", "Aantal"], ["Leerlingen regulier vo", "12.410"],
                     ["Leerlingen lwoo", "1.020"], ["Leerlingen praktijkonderwijs", "395"],
                     ["Leerlingen vso (woonachtig in de regio)", "455"], ["Scholen/vestigingen", "19"]])]
    b += [("h1", "4 Visie en koers")] + pick(f, ["visie", "missie", "kansengelijkheid", "landelijk"])
    b += [
        ("h1", "5 Het ondersteuningsaanbod"),
        ("h2", "5.1 Basisondersteuning"),
        ("p", "De acht besturen hebben afgesproken dat iedere vestiging van iedere school binnen Breedwater hetzelfde "
              "niveau van basisondersteuning biedt. Dat niveau is de gezamenlijke ondergrens; een school kan "
              "daarbovenop een eigen profiel kiezen. Basisondersteuning omvat in Breedwater, in lijn met het "
              "landelijke referentiekader, vier aspecten: basiskwaliteit zoals de Inspectie die beoordeelt, "
              "preventieve en licht curatieve interventies, een onderwijsondersteuningsstructuur en planmatig "
              "werken. Iedere school beschrijft in haar schoolondersteuningsprofiel hoe zij dit invult."),
        ("h2", "5.2 Extra ondersteuning op school"),
        ("p", "Extra ondersteuning is alles wat de basisondersteuning overstijgt. Iedere school ontvangt middelen "
              "voor lichte ondersteuning en organiseert daarmee onder meer ondersteuningsklassen, trajectvoorzieningen "
              "(een time-in ruimte met begeleider), faalangst- en examenvreestrainingen en begeleiding bij "
              "autisme. Het ondersteuningsteam van de school beslist over de inzet; bij complexe vragen schuift de "
              "consulent van Breedwater aan."),
        ("h2", "5.3 OPDC De Overstap en rebound"),
        ("p", "Het orthopedagogisch-didactisch centrum De Overstap in Ankeveld biedt tijdelijke plaatsing, maximaal een "
              "jaar, voor leerlingen die in de reguliere klas vastlopen en intensieve begeleiding in een kleine "
              "groep nodig hebben. Daarnaast is er een reboundvoorziening voor time-out trajecten van maximaal "
              "twaalf weken. Plaatsing in het OPDC verloopt via de Commissie Toewijzing (hoofdstuk 6)."),
        ("p", "Terug naar het regulier. Een plaatsing in De Overstap of in het vso is nooit bedoeld als eindstation. "
              "Wij willen dat leerlingen die dat kunnen, hun diploma halen op een reguliere school, zo mogelijk hun "
              "eigen school van herkomst. Voorwaarde is dat het OPP laat zien dat de leerling met extra "
              "ondersteuning in de reguliere setting verder kan. Elke teruggeplaatste leerling heeft recht op een "
              "terugkeerarrangement van een half jaar: een vaste coach vanuit De Overstap of de vso-school, twee "
              "uur per week, en een budget van € 2.800 voor de ontvangende school."),
        ("p", "Werkwijze: de vso-school of De Overstap evalueert het OPP twee keer per jaar, in oktober en maart. Bij "
              "de maartevaluatie van het laatste TLV-jaar doet de school een onderbouwd voorstel: terugplaatsing, "
              "verlenging of uitstroom naar mbo of arbeid. Bij terugplaatsing neemt de consulent van Breedwater "
              "binnen twee weken contact op met de ontvangende school en plant een overdrachtsgesprek vóór 1 juni; "
              "de Commissie Toewijzing bevestigt de terugplaatsing en kent het terugkeerarrangement toe. Bij "
              "verlenging vraagt de vso-school vóór 1 april een nieuwe TLV aan."),
        ("h2", "5.4 Voortgezet speciaal onderwijs"),
        ("p", "In de regio zijn twee vso-scholen: De Horizon (cluster 4) en Het Anker (cluster 3). Een deel van de "
              "leerlingen volgt vso buiten de regio, vooral in cluster 3 zeer moeilijk lerenden en LZ. Het vso "
              "werkt met de uitstroomprofielen vervolgonderwijs, arbeidsmarkt en dagbesteding."),
        ("p", "Na het vso stromen leerlingen uit naar het mbo, naar werk of naar dagbesteding. De vso-scholen "
              "werken daarvoor samen met de mbo-instellingen en het werkgeversservicepunt in de regio. Voor "
              "leerlingen met het uitstroomprofiel arbeidsmarkt volgt de school hen tot een jaar na uitstroom."),
        ("h2", "5.5 Dekkend netwerk"),
        ("p", "Breedwater actualiseert de analyse van het dekkend netwerk in 2027. In die analyse komen ook de "
              "thuiszitters, de wachtlijsten en de aansluiting op het mbo aan bod. Tot die tijd blijven de huidige "
              "werkafspraken van kracht."),
        ("h1", "6 Toewijzing en toelaatbaarheid: vso, lwoo en pro"),
        ("h2", "6.1 Toelaatbaarheid vso"),
        ("p", "Het bevoegd gezag van de school waar de leerling is ingeschreven, vraagt de toelaatbaarheidsverklaring "
              "aan bij de Commissie Toewijzing. Bij de aanvraag horen het OPP met evaluaties, het verslag van het "
              "ondersteuningsteam en het onderwijskundig rapport. De commissie wint advies in bij twee "
              "deskundigen: een orthopedagoog of psycholoog en, afhankelijk van de leerling, een kinder- en "
              "jeugdpsychiater, arts of maatschappelijk werker. Ieder brengt een eigen schriftelijk advies uit. "
              "Het besluit volgt binnen zes weken."),
        ("p", "Een leerling is toelaatbaar tot het vso als (1) de ondersteuningsbehoefte de mogelijkheden van de "
              "reguliere school en van De Overstap aantoonbaar te boven gaat; (2) er langdurig, dat wil zeggen "
              "ten minste een schooljaar, intensieve ondersteuning nodig is op ten minste twee domeinen, zoals "
              "leren, gedrag, communicatie of fysiek functioneren; en (3) de school een OPP heeft uitgevoerd en "
              "geëvalueerd zonder voldoende resultaat. De TLV wordt afgegeven voor twee of drie schooljaren, in "
              "bekostigingscategorie laag, midden of hoog."),
        ("h2", "6.2 Leerwegondersteunend onderwijs"),
        ("p", "Breedwater hanteert de landelijke criteria voor lwoo (intelligentie, leerachterstand en, waar van "
              "toepassing, sociaal-emotionele problematiek). De basisschool levert het onderwijskundig rapport en "
              "de toetsgegevens aan; de vo-school dient uiterlijk 1 maart de aanvraag in. De Commissie Toewijzing "
              "besluit vóór 1 mei, zodat de leerling bij de start van het schooljaar weet waar hij aan toe is. De "
              "aanwijzing geldt voor de duur van de opleiding."),
        ("h2", "6.3 Praktijkonderwijs"),
        ("p", "Voor praktijkonderwijs gelden de landelijke criteria: een IQ tussen 55 en 80 en een leerachterstand "
              "van ten minste drie jaar op ten minste twee van de vier domeinen, waarvan één begrijpend lezen of "
              "inzichtelijk rekenen. De procedure is gelijk aan die voor lwoo; de commissie besluit vóór 1 mei."),
        ("h1", "7 Kwaliteitszorg en resultaten"),
        ("h2", "7.1 Beoogde resultaten"),
        ("table", [["Resultaatgebied", "Stand 2025", "Doel 2030"],
                   ["Leerlingen in vso (deelnamepercentage)", "3,4%", "3,1%"],
                   ["Leerlingen terug uit OPDC naar regulier binnen een jaar", "71%", "80%"],
                   ["Terugplaatsingen uit vso per jaar", "11", "15"],
                   ["Voortijdig schoolverlaters met extra ondersteuning", "2,9%", "onder 2,5%"],
                   ["Doorlooptijd TLV-besluit", "gemiddeld 5,2 week", "altijd binnen 6 weken"]]),
        ("h2", "7.2 Hoe wij resultaten volgen"),
        ("p", "Twee keer per jaar stelt Breedwater een kwaliteitsmonitor op met gegevens van DUO, de registratie "
              "van de Commissie Toewijzing en een vragenlijst onder ondersteuningscoördinatoren. De monitor wordt "
              "besproken in het directeurenoverleg, met de Raad van Toezicht en met de OPR. Jaarlijks rapporteren wij "
              "over de bereikte resultaten in het jaarverslag, gekoppeld aan de besteding van de middelen per "
              "resultaatgebied. In 2028 vindt een externe tussenevaluatie plaats."),
        ("h1", "8 Financieel beleid"),
        ("p", "Breedwater verdeelt de middelen volgens een vast model dat de Algemene Vergadering in 2025 heeft "
              "herbevestigd. Scholen ontvangen middelen voor lichte ondersteuning van € 118 per leerling (teldatum "
              "1 oktober). De lwoo- en pro-middelen worden volledig doorgesluisd naar de scholen met lwoo en pro, "
              "naar rato van het aantal leerlingen met een aanwijzing of TLV. Het OPDC en de reboundvoorziening "
              "worden rechtstreeks bekostigd. Voor individuele arrangementen boven de € 5.000 dient de school een "
              "aanvraag in bij de Commissie Toewijzing."),
        ("table", [["Meerjarenbegroting (x € 1.000)", "2026", "2027", "2028", "2029"],
                   ["Baten (lichte + zware ondersteuning, lwoo, pro)", "21.940", "21.760", "21.530", "21.310"],
                   ["Afdrachten vso via DUO", "7.820", "7.790", "7.760", "7.740"],
                   ["Lwoo- en pro-middelen naar scholen", "8.650", "8.570", "8.470", "8.360"],
                   ["Lichte ondersteuning naar scholen", "1.565", "1.550", "1.535", "1.520"],
                   ["OPDC De Overstap en rebound", "2.150", "2.150", "2.150", "2.150"],
                   ["Individuele arrangementen en terugkeerarrangementen", "640", "640", "640", "640"],
                   ["Consulenten en bureau", "1.180", "1.190", "1.200", "1.210"],
                   ["Saldo", "-65", "-130", "-225", "-320"]]),
        ("p", "Scholen verantwoorden jaarlijks de inzet van de middelen voor lichte ondersteuning via een digitaal "
              "format. De reserve van Breedwater ligt boven de signaleringswaarde en wordt in de planperiode "
              "afgebouwd."),
        ("h1", "9 Bestuur, medezeggenschap en OOGO"),
        ("p", "Breedwater is een stichting met een Algemene Vergadering van de aangesloten besturen, een Raad van "
              "Toezicht van vier leden en een directeur-bestuurder. Het toezichtkader en het managementstatuut "
              "zijn in 2024 herzien."),
        ("p", "De ondersteuningsplanraad heeft op 24 maart 2026 ingestemd met dit ondersteuningsplan."),
    ]
    b += pick(f, ["oogo", "jeugdhulp"])
    b += [("h1", "10 Organisatie en personeel")]
    b += [("p", "Het bureau van Breedwater bestaat uit de directeur-bestuurder, vijf consulenten, de secretaris van de "
                "Commissie Toewijzing, een beleidsmedewerker en twee ondersteunende medewerkers. Het bureau is gehuisvest in Ankeveld, naast De Overstap. "
                "De formatie van het bureau is de afgelopen vier jaar gelijk gebleven, terwijl het aantal "
                "aanvragen bij de Commissie Toewijzing met ruim twintig procent is gestegen. De deskundigen voor "
                "de TLV-advisering zijn op basis van een raamovereenkomst verbonden aan de commissie.")]
    b += pick(f, ["werkdruk", "overlegstructuur", "professionalisering", "integriteit", "communicatie_intern", "planning", "huisvesting", "risico_algemeen"])
    b += [
        ("h1", "11 Ouders en leerlingen (zie website)"),
        ("p", "Dit onderdeel wordt in de webversie van het plan verder uitgewerkt."),
        ("h1", "Bijlage Afkortingen"),
        ("bullets", ["OJSP - Ouder- en Jeugdsteunpunt", "OPDC - orthopedagogisch-didactisch centrum",
                     "OPR - ondersteuningsplanraad", "lwoo - leerwegondersteunend onderwijs", "pro - praktijkonderwijs",
                     "TLV - toelaatbaarheidsverklaring", "vso - voortgezet speciaal onderwijs",
                     "Zorgplicht - de plicht van het schoolbestuur om een passende plek te bieden"]),
    ]
    return b


LABEL = dict(
    documents=["vo-breedwater-2026.docx"], sector="vo", looks_like_plan=True,
    elements={"basisondersteuning": "partial", "plaatsing": "present", "terugstroom": "present",
              "financien": "present", "dekkend-aanbod": "partial", "resultaten": "present", "ouders": "missing"},
    criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": False,
              "plaatsing.procedure": True, "plaatsing.criteria": True,
              "terugstroom.procedure": True, "terugstroom.beleid": True,
              "financien.verdeling": True, "financien.besteding": True,
              "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": False,
              "resultaten.doelen": True, "resultaten.monitoring": True,
              "ouders.informatie": False, "ouders.steunpunt": False},
    advisory_addressed={"plaatsing": ["deskundigen", "duur-categorie"], "terugstroom": ["monitoring"],
                        "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
                        "resultaten": ["meetbaar"]},
    notes={
        "basisondersteuning": "5.1: common ondergrens for every vestiging, but content is only the four Referentiekader aspects + 'each school describes it in its SOP' - no concrete voorzieningen. The list in 5.2 (ondersteuningsklassen, trajectvoorziening, trainingen) is explicitly extra ondersteuning, not basis.",
        "plaatsing": "Ch. 6: vso procedure (bevoegd gezag -> Commissie Toewijzing, two deskundigen, 6 weeks) + three criteria + duration/category; lwoo and pro procedure with national criteria and dates. No bezwaar route.",
        "terugstroom": "Hidden in 5.3 'OPDC De Overstap en rebound': policy (terug naar regulier, conditions, half-year terugkeerarrangement) and 'Werkwijze' with evaluation moments and deciding body; numbers in 7.1.",
        "financien": "Ch. 8: verdeelmodel (EUR 118 per leerling, lwoo/pro doorgesluisd, arrangement requests) + meerjarenbegroting 2026-2029; verantwoording + reserve.",
        "dekkend-aanbod": "5.2-5.4 describe the continuum (school, OPDC, rebound, vso); 5.5 'Dekkend netwerk' only defers the gap analysis and thuiszitters to 2027. Zorgplicht only in the abbreviations list.",
        "resultaten": "Ch. 7: table with baseline and 2030 targets; 7.2 twice-yearly kwaliteitsmonitor, jaarverslag, tussenevaluatie.",
        "ouders": "No body text on informing parents or independent help: ch. 11 title refers to the website and the body only defers; OJSP only in the abbreviations list; 'ouders' elsewhere only in passing (leeswijzer, visie slogan, training theme, jeugdhulp).",
    },
)
