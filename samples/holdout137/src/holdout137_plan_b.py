"""Plan B: VO, rendered to PDF. An ordinary, thinner plan: terugplaatsing heading with a deferral only,
begroting with p.m. figures, basisondersteuning content referred to the SOPs, goals postponed."""
from holdout137_filler import (communicatie_scholen, organisatieontwikkeling, P, wettelijk_kader, visie_vo, regio,
                               governance, opr, personeel, privacy_ict, vaststelling, begrippen, vo_mbo)

N = dict(naam="Samenwerkingsverband Voortgezet Onderwijs Lauwersland", kort="SWV VO Lauwersland", code="VO 20-06",
         gemeenten="Lauwerzijl, Oosterkwartier en Marnewoude", regio="Lauwersland",
         periode="2026-2030", bestuurder="J. (Jan) Hovinga",
         oogo="4 maart 2026", opr="25 maart 2026", vastgesteld="8 april 2026")

B = [("title", "Ondersteuningsplan 2026-2030"),
     ("subtitle", N["naam"]),
     ("subtitle", f"Registratienummer {N['code']}"),
     ("pagebreak",), ("toc",), ("pagebreak",)]
B += [("h1", "Inleiding"),
      P("Dit is het ondersteuningsplan van SWV VO Lauwersland voor de schooljaren 2026-2027 tot en met 2029-2030. In "
        "het plan beschrijven we op hoofdlijnen hoe wij passend onderwijs organiseren. De scholen geven zelf invulling "
        "aan de uitvoering; het plan geeft de gezamenlijke kaders. Het plan wordt jaarlijks uitgewerkt in een jaarplan."),
      P("Het plan is opgesteld door een schrijfgroep van ondersteuningscoördinatoren, een schoolleider en de "
        "beleidsmedewerker van het samenwerkingsverband. Concepten zijn besproken met het bestuur, de OPR en de "
        "gemeenten.")]
B += wettelijk_kader(N, "vo")
B += [("h1", "Terugblik 2022-2026"),
      P("In de vorige planperiode is veel veranderd. De permanente commissie leerlingenzorg is opgeheven en de "
        "beoordeling van aanvragen is ondergebracht bij de Commissie Toewijzing. Het bureau is verhuisd naar een "
        "nieuw pand en er is een nieuwe directeur-bestuurder aangetreden. De coronaperiode en de nasleep daarvan "
        "hebben veel gevraagd van leerlingen en personeel."),
      P("Uit de evaluatie van het vorige plan, die in 2025 met de scholen is gehouden, kwamen drie lessen naar voren. "
        "Ten eerste: de scholen willen meer ruimte om zelf te bepalen hoe zij ondersteuning organiseren. Ten tweede: "
        "de aanvraagprocedures werden als te bureaucratisch ervaren. Ten derde: de samenwerking met de jeugdhulp kan "
        "beter. Deze lessen zijn meegenomen in dit plan."),
      P("Daarnaast zagen we dat het aantal leerlingen met complexe vragen, vaak in combinatie met psychische klachten, "
        "toeneemt. Ook merken we dat het steeds moeilijker wordt om gekwalificeerd personeel te vinden voor de "
        "bovenschoolse voorziening.")]
B += regio(N, "vo", [["Stichting Openbaar VO Lauwersland", "3 / 4", "3.960"],
                     ["Stichting Christelijk Onderwijs Noord", "2 / 3", "2.215"],
                     ["Stichting Praktijkonderwijs Marnewoude", "1 / 1", "205"],
                     ["Stichting Speciaal Onderwijs Het Wad", "1 / 1", "148"],
                     ["Totaal", "7 / 9", "6.528"]])
B += visie_vo(N)

B += [("h1", "Ondersteuning in ons samenwerkingsverband"),
      ("h2", "Basisondersteuning"),
      P("De basisondersteuning is het afgesproken minimumniveau van ondersteuning dat alle scholen en vestigingen in "
        "ons samenwerkingsverband bieden. Dit niveau is voor alle scholen gelijk en is door de besturen gezamenlijk "
        "vastgesteld. Het praktijkonderwijs en het vso vallen hier ook onder, met een aanpassing aan hun doelgroep."),
      P("Basisondersteuning bestaat volgens het landelijke referentiekader uit vier aspecten: basiskwaliteit, "
        "preventieve en licht curatieve interventies, de onderwijsondersteuningsstructuur en planmatig werken. Welke "
        "voorzieningen dit op elke school concreet zijn, beschrijft iedere school in haar schoolondersteuningsprofiel. "
        "De profielen zijn te vinden op de websites van de scholen en op www.swvlauwersland.nl/profielen."),
      ("h2", "Extra ondersteuning"),
      P("Wanneer een leerling meer nodig heeft dan de basisondersteuning, kan de school extra ondersteuning inzetten. "
        "Iedere school ontvangt daarvoor een schoolbudget (zie hoofdstuk Financiën). Scholen gebruiken dat budget "
        "bijvoorbeeld voor een ondersteuningsklas, een tussenvoorziening in de school, extra begeleiding door een "
        "coach of een orthopedagoog."),
      P("Als ook de extra ondersteuning in de school niet toereikend is, kan de school een plaats aanvragen in de "
        "bovenschoolse voorziening Het Anker. Het Anker biedt tijdelijke plaatsen (maximaal een schooljaar) voor "
        "leerlingen die tijdelijk niet in een reguliere klas kunnen functioneren. De leerling blijft ingeschreven op "
        "de eigen school en keert na het traject terug. Daarnaast is er ambulante begeleiding vanuit het vso, die "
        "scholen per leerling kunnen inzetten."),
      P("Voor leerlingen die structureel meer nodig hebben dan het regulier onderwijs kan bieden, is er het "
        "voortgezet speciaal onderwijs. In de regio is één vso-school voor cluster 4 (Het Wad); leerlingen met een "
        "cluster-3-ondersteuningsbehoefte gaan naar scholen buiten de regio. Samen vormen de basisondersteuning, de "
        "extra ondersteuning in de school, Het Anker en het vso de ondersteuningsroute van ons verband."),
      ("h2", "Dekkend aanbod"),
      P("Het samenwerkingsverband is verantwoordelijk voor een dekkend aanbod. Wij zien dat er jongeren zijn voor wie "
        "het huidige aanbod niet goed past, bijvoorbeeld jongeren met een combinatie van een hoge intelligentie en "
        "psychische problemen. In het schooljaar 2026-2027 laten we een externe analyse uitvoeren naar de "
        "dekkendheid van het aanbod. Op basis van de uitkomsten bepalen we welke stappen nodig zijn; die worden "
        "opgenomen in het jaarplan 2027-2028."),
      P("Ook het onderwerp thuiszitters heeft onze aandacht. Hierover gaan we in de komende periode in gesprek met de "
        "gemeenten en leerplicht.")]

B += [("h1", "Toewijzing en toelaatbaarheid"),
      ("h2", "Toelaatbaarheidsverklaring vso"),
      P("Het samenwerkingsverband beslist over de toelaatbaarheid van leerlingen tot het vso. De aanvraag wordt "
        "ingediend door de school waar de leerling staat ingeschreven, na overleg met ouders. De school levert een "
        "ingevuld groeidocument aan met het OPP, de evaluatie van de geboden ondersteuning en het verslag van het "
        "multidisciplinair overleg."),
      P("De Commissie Toewijzing bestaat uit een orthopedagoog, een GZ-psycholoog en een jeugdarts. Twee leden van de "
        "commissie geven elk een schriftelijk deskundigenadvies. De commissie adviseert de directeur-bestuurder, die "
        "binnen zes weken na ontvangst van de volledige aanvraag beslist."),
      P("Een leerling is toelaatbaar tot het vso als: (1) de school aantoonbaar minimaal twee periodes van zes weken "
        "planmatig extra ondersteuning heeft geboden en deze is geëvalueerd; (2) de ondersteuningsbehoefte op het "
        "gebied van gedrag, leren of gezondheid zodanig is dat de leerling een kleine groep met specialistische "
        "begeleiding gedurende de hele lesdag nodig heeft; en (3) een plaats in Het Anker niet passend is of niet "
        "voldoende is gebleken. De TLV wordt afgegeven voor één of twee schooljaren, in de categorie laag, midden of "
        "hoog."),
      ("h2", "Lwoo en praktijkonderwijs"),
      P("Voor het lwoo en het praktijkonderwijs gelden de landelijke criteria. De school waar de leerling is aangemeld "
        "dient de aanvraag in bij de Commissie Toewijzing vóór 1 april. De commissie besluit binnen vier weken. Een "
        "beschikking lwoo geldt voor de hele vmbo-opleiding."),
      ("h2", "Bezwaar"),
      P("Ouders die het niet eens zijn met een besluit over een TLV, kunnen binnen zes weken bezwaar maken bij het "
        "samenwerkingsverband. Het bezwaar wordt voorgelegd aan de Landelijke Bezwaaradviescommissie."),
      ("h2", "Terugplaatsing"),
      P("Deze paragraaf wordt na de evaluatie van het TLV-beleid in het voorjaar van 2027 aan het plan toegevoegd, "
        "na instemming van de OPR.")]

B += [("h1", "Ouders en leerlingen"),
      P("Ouders zijn de eerste gesprekspartner van de school. Wij vinden het belangrijk dat ouders goed weten wat zij "
        "van de school en het samenwerkingsverband kunnen verwachten. Het samenwerkingsverband informeert ouders via "
        "de website, waar onder andere de procedures en de ondersteuningsprofielen van de scholen staan, en via een "
        "digitale ouderbrief die drie keer per jaar via de scholen wordt verspreid. In het najaar organiseren we een "
        "informatieavond voor ouders van leerlingen in groep 8 die extra ondersteuning nodig hebben."),
      P("Heeft een ouder vragen of is er onenigheid met de school, dan kan de ouder terecht bij het onafhankelijke "
        "Ouder- en Jeugdsteunpunt Noord, dat wij samen met twee andere samenwerkingsverbanden financieren. Ook kunnen "
        "ouders een beroep doen op de onderwijsconsulenten. Voor klachten is er de klachtenregeling van het "
        "samenwerkingsverband, die is aangesloten bij de Landelijke Klachtencommissie Onderwijs."),
      P("Leerlingen hebben hoorrecht bij het opstellen van hun OPP.")]

B += [("h1", "Kwaliteitszorg"),
      P("Kwaliteitszorg betekent voor ons dat we regelmatig nagaan of we doen wat we hebben afgesproken en of dat "
        "effect heeft. Twee keer per jaar rapporteert het bureau aan het bestuur over de kengetallen uit de monitor: "
        "het aantal aanvragen en toegekende TLV’s, het aantal leerlingen in Het Anker, het aantal leerlingen met een "
        "OPP per school, de doorlooptijden van aanvragen en de ontwikkeling van het deelnamepercentage vso. Elke "
        "school voert jaarlijks een kwaliteitsgesprek met het bureau over de inzet van het schoolbudget en de "
        "opbrengsten daarvan voor de leerlingen. De bevindingen worden opgenomen in het jaarverslag, dat ook met de OPR "
        "wordt besproken."),
      P("De beoogde resultaten voor deze planperiode formuleren we samen met de scholen in de loop van het schooljaar "
        "2026-2027, wanneer de uitkomsten van de analyse van het dekkend aanbod bekend zijn.")]

B += [("h1", "Financiën"),
      P("Het samenwerkingsverband ontvangt van het Rijk middelen voor lichte en zware ondersteuning en voor lwoo en "
        "pro. De verdeling is als volgt afgesproken. Na aftrek van de verplichte afdrachten voor het vso gaat 60% van "
        "de middelen als schoolbudget naar de schoolbesturen, verdeeld naar rato van het aantal leerlingen op 1 "
        "oktober. 25% wordt ingezet voor Het Anker en de ambulante begeleiding, 10% voor het bureau en 5% voor "
        "innovatie. Lwoo- en pro-middelen worden doorbetaald per leerling met een beschikking."),
      P("De meerjarenbegroting 2026-2029 stelt het bestuur in december 2026 vast; deze wordt daarna als bijlage aan "
        "het plan toegevoegd."),
      ("table", [["Meerjarenbegroting", "2026", "2027", "2028", "2029"],
                 ["Baten", "p.m.", "p.m.", "p.m.", "p.m."],
                 ["Schoolbudgetten", "p.m.", "p.m.", "p.m.", "p.m."],
                 ["Het Anker en ambulante begeleiding", "p.m.", "p.m.", "p.m.", "p.m."],
                 ["Bureau", "p.m.", "p.m.", "p.m.", "p.m."],
                 ["Innovatie", "p.m.", "p.m.", "p.m.", "p.m."]])]

B += [("h1", "Samenwerking met gemeenten"),
      P("Met de drie gemeenten voeren we jaarlijks OOGO. In de afgelopen periode zijn afspraken gemaakt over "
        "schoolmaatschappelijk werk op alle vo-scholen, dat door de gemeenten wordt gefinancierd. In Het Anker werken "
        "een jeugdhulpverlener en een docent samen in een onderwijs-zorgarrangement. Voor de komende periode hebben we "
        "afgesproken om de verbinding tussen ondersteuningsteams en wijkteams te versterken.")]

B += governance(N, "vo") + opr(N, "vo") + organisatieontwikkeling(N) + personeel(N, "vo") + vo_mbo(N)
B += communicatie_scholen(N) + privacy_ict(N) + vaststelling(N)
B += begrippen("vo")

PLAN_B = dict(
    name="vo-lauwersland-ondersteuningsplan-2026", formats=["pdf"], title="Ondersteuningsplan 2026-2030 SWV VO Lauwersland",
    header="SWV VO Lauwersland", footer="Ondersteuningsplan 2026-2030", number=True,
    blocks=B,
    label=dict(
        documents=["vo-lauwersland-ondersteuningsplan-2026.pdf"], sector="vo",
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": False,
                  "plaatsing.procedure": True, "plaatsing.criteria": True,
                  "terugstroom.procedure": False, "terugstroom.beleid": False,
                  "financien.verdeling": True, "financien.besteding": False,
                  "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": False,
                  "resultaten.doelen": False, "resultaten.monitoring": True,
                  "ouders.informatie": True, "ouders.steunpunt": True},
        advisory={"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                  "dekkend-aanbod": ["ketenpartners"], "ouders": ["betrokkenheid"]},
        expect={"basisondersteuning": "partial", "plaatsing": "present", "terugstroom": "missing",
                "financien": "partial", "dekkend-aanbod": "partial", "resultaten": "partial", "ouders": "present"},
        notes={"basisondersteuning": "'Basisondersteuning' states an equal minimum level for all schools, but only the generic four referentiekader aspects; the concrete voorzieningen are referred to the SOPs on school websites.",
               "plaatsing": "'Toewijzing en toelaatbaarheid': applicant, groeidocument, Commissie Toewijzing, decision in 6 weeks, three vso criteria, lwoo/pro national criteria with deadline, bezwaar.",
               "terugstroom": "Heading 'Terugplaatsing' exists but only says the paragraph will be added after an evaluation in spring 2027; no procedure or policy anywhere (Het Anker return is not vso terugplaatsing).",
               "financien": "'Financiën' gives the verdeelsleutel (60/25/10/5%, per leerling); the meerjarenbegroting is a table of p.m. values, to be adopted in December 2026.",
               "dekkend-aanbod": "Continuum basis -> schoolbudget -> Het Anker -> vso described; gaps are only to be analysed in 2026-2027 and thuiszitters only mentioned as a topic for later talks.",
               "resultaten": "'Kwaliteitszorg' describes half-yearly monitor reports, school quality talks and jaarverslag, but beoogde resultaten are deferred to 2026-2027.",
               "ouders": "'Ouders en leerlingen': website, ouderbrief, information evening; independent Ouder- en Jeugdsteunpunt Noord, onderwijsconsulenten, klachtenregeling."}),
)
