"""P2 - VO, SWV VO Zuiderhaven, .docx + .pdf, Word heading styles, '§ x.y' numbering."""
from filler13 import bank

C = dict(naam="Samenwerkingsverband Voortgezet Onderwijs Zuiderhaven", kort="SWV VO Zuiderhaven",
         periode="2026-2030", regio="de regio Zuiderhaven", gemeenten="Zuiderhaven, Maaskerk en Oudewaal",
         inwoners="212.000", besturen="7", scholen="16", leerlingen="11.800", fte="18,2",
         oogo_datum="5 maart 2026", ander_verband="samenwerkingsverband PO Zuiderhaven",
         opr_datum="27 januari 2026", instemming="10 maart 2026", vastgesteld="19 maart 2026")

HEADER = "OP 2026-2030 · SWV VO Zuiderhaven (VO 29-08) · Financiën · Ondersteuning · Toewijzing · Terugplaatsing"
FOOTER = "Zuiderhaven VO — ouders & leerlingen centraal"


def blocks():
    F = bank(C)
    B = []
    B.append(("title", ["Ondersteuningsplan 2026-2030", "Samenwerkingsverband Voortgezet Onderwijs Zuiderhaven",
                        "VO 29-08", "Iedere leerling een passende plek – financiën, ondersteuning en resultaten"]))
    B.append(("h1", "Colofon"))
    B.append(("small", "Samenwerkingsverband Voortgezet Onderwijs Zuiderhaven, Havenstraat 18, 4761 KP "
                       "Zuiderhaven. Redactie: beleidsteam SWV VO Zuiderhaven. Met dank aan de "
                       "ondersteuningsplanraad, de werkgroep ouders en leerlingen, de werkgroep financiën en de "
                       "vso-scholen. Foto's: leerlingen van het Praktijkcollege Zuiderhaven. Versie 1.3, "
                       "maart 2026."))
    B.append(("pb",))
    B.append(("h1", "Inhoudsopgave"))
    B.append(("toc", [("1 Voorwoord", 3), ("2 Leeswijzer", 4), ("3 Het verband in cijfers", 5),
                      ("4 Visie en ambities", 6), ("5 Ondersteuning op elke school", 9),
                      ("6 Dekkend aanbod en thuiszitters", 10), ("7 Toewijzing vso, lwoo en pro", 13),
                      ("8 Terugplaatsing vanuit het vso", 17), ("9 Ouders en leerlingen", 18),
                      ("10 Kwaliteitszorg en monitoring", 19), ("11 Middelen, mensen en organisatie", 21),
                      ("12 Samenwerking met gemeenten", 23), ("13 ICT en privacy", 24),
                      ("14 Planning en vaststelling", 25), ("Begrippenlijst", 26)]))
    B.append(("pb",))
    B.append(("h1", "1 Voorwoord"))
    B += F["voorwoord"]
    B.append(("h1", "2 Leeswijzer"))
    B.append(("p", "De hoofdstukken van dit plan in één oogopslag:"))
    B.append(("bul", [
        "§ 3 – kerncijfers van het verband en de deelname aan vso, lwoo en pro;",
        "§ 4 – visie en beoogde resultaten voor de planperiode;",
        "§ 5 – het niveau en de inhoud van de basisondersteuning op elke school;",
        "§ 6 – het dekkend aanbod, van basisondersteuning tot vso, en de aanpak van thuiszitters;",
        "§ 7 – procedure en criteria voor vso, lwoo en praktijkonderwijs;",
        "§ 8 – beleid en procedure voor terugplaatsing vanuit het vso;",
        "§ 9 – hoe ouders worden geïnformeerd en waar zij onafhankelijke ondersteuning vinden;",
        "§ 10 – hoe wij resultaten meten en verantwoorden;",
        "§ 11 – financiën: verdeling en besteding van de ondersteuningsmiddelen, personeel en organisatie;",
        "§ 12 – OOGO en samenwerking met gemeenten en jeugdhulp;",
        "§ 13 – ICT en privacy;",
        "§ 14 – planning en vaststelling."]))
    B.append(("h1", "3 Het verband in cijfers"))
    B += F["context"]
    B.append(("table", [["Kengetal", "2022-2023", "2023-2024", "2024-2025"],
                        ["Leerlingen regulier VO", "11.640", "11.720", "11.800"],
                        ["Deelname vso (peildatum 1 oktober)", "3,4%", "3,3%", "3,1%"],
                        ["Deelname praktijkonderwijs", "2,6%", "2,5%", "2,5%"],
                        ["Leerlingen met lwoo", "1.210", "1.185", "1.160"],
                        ["Thuiszitters langer dan 3 maanden", "31", "27", "23"]]))
    B.append(("h1", "4 Visie en ambities"))
    B += F["visie"]
    B += F["missie"]
    B.append(("h2", "§ 4.3 Beoogde resultaten 2026-2030"))
    B.append(("p", "Voor leerlingen die extra ondersteuning nodig hebben, willen wij aan het einde van de "
                   "planperiode de volgende resultaten hebben bereikt. Bij iedere ambitie hoort een indicator, "
                   "een nulmeting en een streefwaarde."))
    B.append(("table", [
        ["Ambitie", "Indicator", "Nulmeting 2024-2025", "Streefwaarde 2029-2030"],
        ["Meer leerlingen thuisnabij in het regulier VO", "Deelname vso", "3,1%", "2,8%"],
        ["Geen leerling langdurig thuis", "Thuiszitters > 3 maanden", "23", "≤ 10"],
        ["Snellere toewijzing", "Gemiddelde doorlooptijd TLV-aanvraag", "31 werkdagen", "≤ 20 werkdagen"],
        ["Arrangementen werken", "Aandeel arrangementen waarvan de doelen zijn gehaald", "64%", "≥ 75%"],
        ["Succesvolle overstap na vso", "Aandeel teruggeplaatste leerlingen dat na 1 jaar nog op de VO-school is", "71%", "≥ 85%"],
        ["Ouders voelen zich gehoord", "Tevredenheid ouders over toewijzing (schaal 1-10)", "7,1", "≥ 7,5"]]))

    # basisondersteuning partial: niveau yes, inhoud -> absent annex
    B.append(("h1", "5 Ondersteuning op elke school"))
    B.append(("h2", "§ 5.1 Het gezamenlijke minimum"))
    B.append(("p", "Elke vestiging van de zeven aangesloten besturen biedt een door het algemeen bestuur "
                   "vastgesteld minimumniveau van basisondersteuning. Dat niveau is voor alle scholen gelijk, "
                   "van het praktijkonderwijs tot het gymnasium, en vormt de ondergrens waarop leerlingen en "
                   "ouders een school mogen aanspreken. Wat daarboven uitgaat, noemen wij extra ondersteuning."))
    B.append(("h2", "§ 5.2 Inhoud"))
    B.append(("p", "De inhoud van de basisondersteuning – de veertien standaarden en de bijbehorende "
                   "indicatoren – is uitgewerkt in de Kwaliteitskaart Basisondersteuning VO (bijlage 2 bij dit "
                   "plan, separaat verkrijgbaar bij het bureau). De scholen nemen de kaart over in hun "
                   "schoolgids."))
    B.append(("h2", "§ 5.3 Extra ondersteuning in de school"))
    B.append(("p", "Heeft een leerling meer nodig dan de basis, dan kan de school extra ondersteuning inzetten, "
                   "zoals een trajectklas, een studiebegeleidingsgroep of coaching door een orthopedagoog. De "
                   "school stelt dan een ontwikkelingsperspectief op en bespreekt dat met leerling en ouders."))

    # dekkend aanbod present, ketenpartners advisory
    B.append(("h1", "6 Dekkend aanbod en thuiszitters"))
    B.append(("h2", "§ 6.1 Het continuüm van voorzieningen"))
    B.append(("p", "Het aanbod in Zuiderhaven is opgebouwd als een trap. Elke trede is pas aan de orde als de "
                   "vorige onvoldoende blijkt."))
    B.append(("table", [
        ["Trede", "Voorziening", "Capaciteit", "Toegang"],
        ["1", "Basisondersteuning op iedere vestiging", "Alle 16 vestigingen", "Vrij"],
        ["2", "Extra ondersteuning in de school (trajectklas, coaching, studiebegeleiding)", "Per school",
         "Ondersteuningsteam van de school"],
        ["3", "Lwoo op 9 vmbo-vestigingen; praktijkonderwijs op het Praktijkcollege Zuiderhaven",
         "ca. 1.160 lwoo / 290 pro", "Aanwijzing door het verband (§ 7)"],
        ["4", "OPDC De Brug: tijdelijke plaatsing, maximaal één schooljaar, met terugkeer naar de eigen school",
         "40 plaatsen", "Commissie toewijzing"],
        ["5", "Rebound en time-out (maximaal 12 weken)", "24 plaatsen", "Commissie toewijzing"],
        ["6", "Internationale schakelklas voor nieuwkomers", "120 plaatsen", "Aanmelding via gemeente"],
        ["7", "Vso cluster 3 (Maasoever vso) en cluster 4 (Het Kompas vso)", "ca. 370 leerlingen",
         "TLV (§ 7)"]]))
    B.append(("p", "Waar onderwijs en jeugdhulp samen nodig zijn, werken school, verband en de jeugdhulpaanbieder "
                   "met een onderwijs-zorgarrangement. De afspraken daarover zijn onderdeel van het OOGO."))
    B.append(("h2", "§ 6.2 Gaten in het aanbod en thuiszitters"))
    B.append(("p", "Elke maand komt de thuiszitterstafel bijeen: de leerplichtambtenaren, de consulenten van "
                   "het verband en een vertegenwoordiger van de jeugdhulp. Iedere leerling die langer dan "
                   "vier weken niet of slechts gedeeltelijk naar school gaat, wordt daar besproken. Binnen tien "
                   "werkdagen ligt er een plan met een casusregisseur. Lukt het de scholen niet om samen een "
                   "plek te vinden, dan gebruikt de directeur-bestuurder de doorzettingsmacht die de besturen "
                   "haar hebben gegeven en wijst zij een school aan."))
    B.append(("p", "Jaarlijks in juni analyseert het verband de casussen van de thuiszitterstafel en de "
                   "wachtlijsten van OPDC en vso op witte vlekken. De analyse van 2025 liet zien dat er geen "
                   "passende plek was voor hoogbegaafde leerlingen met autisme en voor jongeren met "
                   "ernstige angstklachten. Voor de eerste groep start in augustus 2027 een kleinschalige "
                   "klas op het Erasmuscollege; voor de tweede groep onderzoeken wij met de jeugdhulp een "
                   "combinatie van online en fysiek onderwijs."))

    # plaatsing present; deskundigen, duur-categorie advisory. No bezwaar.
    B.append(("h1", "7 Toewijzing vso, lwoo en pro"))
    B.append(("h2", "§ 7.1 Procedure"))
    B.append(("p", "Het bevoegd gezag van de school waar de leerling is ingeschreven of aangemeld, vraagt de "
                   "toelaatbaarheid tot vso of praktijkonderwijs of de aanwijzing voor lwoo aan bij het Loket "
                   "Toewijzing van het verband. Voor leerlingen uit groep 8 doet de VO-school van aanmelding "
                   "de aanvraag, op basis van het onderwijskundig rapport van de basisschool. Bij de aanvraag "
                   "horen het ontwikkelingsperspectief, de evaluatie van de geboden ondersteuning, de "
                   "testgegevens en de zienswijze van ouders en leerling."))
    B.append(("p", "De Commissie Toewijzing beoordeelt de aanvraag. Voor het vso brengen twee deskundigen ieder "
                   "een eigen schriftelijk advies uit: een orthopedagoog of psycholoog en, afhankelijk van de "
                   "vraag, een jeugdarts of een maatschappelijk werker. De directeur-bestuurder neemt het besluit "
                   "binnen zes weken. Een TLV vso wordt afgegeven voor één, twee of drie schooljaren en "
                   "vermeldt de bekostigingscategorie laag, midden of hoog. Een aanwijzing lwoo geldt voor de "
                   "duur van de opleiding; een TLV pro tot het einde van de opleiding."))
    B.append(("h2", "§ 7.2 Criteria"))
    B.append(("table", [
        ["Voorziening", "Criteria (alle voorwaarden moeten zijn vervuld)"],
        ["Vso", "a) De ondersteuningsbehoefte overstijgt aantoonbaar wat het regulier VO inclusief trede 2 "
                "tot en met 5 kan bieden; b) er is ten minste één schooljaar extra ondersteuning ingezet en "
                "geëvalueerd, tenzij sprake is van een crisissituatie; c) het OPP laat zien dat de leerling "
                "de uitstroombestemming in het regulier niet haalt; d) voor cluster 3: een ernstige "
                "verstandelijke, lichamelijke of langdurige medische beperking, onderbouwd door een arts of "
                "psycholoog."],
        ["Lwoo", "Landelijke criteria: IQ tussen 75 en 120 én een leerachterstand van 25 tot 50 procent op "
                 "ten minste twee van de domeinen begrijpend lezen, technisch lezen, rekenen en spelling, "
                 "waarvan één begrijpend lezen of rekenen is; bij IQ 91-120 bovendien sociaal-emotionele "
                 "problematiek die het leren belemmert."],
        ["Praktijkonderwijs", "Landelijke criteria: IQ tussen 55 en 80 én een leerachterstand van 50 procent "
                              "of meer op ten minste twee domeinen, waarvan één begrijpend lezen of rekenen."]]))
    B.append(("p", "Het verband hanteert voor lwoo de landelijke criteria en maakt geen gebruik van de "
                   "mogelijkheid om eigen criteria vast te stellen."))

    # terugstroom partial: beleid yes, procedure deferred
    B.append(("h1", "8 Terugplaatsing vanuit het vso"))
    B.append(("h2", "§ 8.1 Beleid"))
    B.append(("p", "Voor ons is het vso een plek waar een leerling tot rust en tot ontwikkeling kan komen, "
                   "en niet per definitie een plek tot het diploma. Wij willen dat iedere vso-leerling die dat "
                   "aankan, zijn schoolloopbaan in het regulier VO kan voortzetten. Voorwaarde is dat het OPP "
                   "laat zien dat de leerling het niveau van de beoogde opleiding aankan en dat de ontvangende "
                   "school de begeleiding uit het OPP kan bieden. De ontvangende school krijgt een jaar lang "
                   "begeleiding door een overstapcoach van het verband, die ook de leerling wekelijks ziet."))
    B.append(("h2", "§ 8.2 Werkwijze"))
    B.append(("p", "Het stappenplan voor terugplaatsing – wie het initiatief neemt, op welke momenten de "
                   "mogelijkheid wordt besproken en wie besluit – werken wij in het schooljaar 2026-2027 samen "
                   "met de twee vso-scholen uit. Tot die tijd maken de vso-scholen hierover hun eigen afspraken."))

    # ouders partial: informatie yes, steunpunt deferred
    B.append(("h1", "9 Ouders en leerlingen"))
    B.append(("p", "Ouders van leerlingen in groep 7 en 8 ontvangen via de basisschool de Overstapkrant, waarin "
                   "het aanbod van alle VO-scholen en de mogelijkheden voor lwoo, pro en vso worden uitgelegd. "
                   "Op de website staat per school het ondersteuningsaanbod. Elk jaar in oktober organiseert het "
                   "verband de informatieavond 'Passend VO' voor ouders, en de ondersteuningscoördinator van "
                   "iedere school houdt maandelijks een spreekuur voor ouders."))
    B.append(("p", "De vorming van het ouder- en jeugdsteunpunt pakken wij op in het schooljaar 2026-2027; "
                   "over de vorm en de organisatie besluit het bestuur op een later moment. Tot het steunpunt "
                   "er is, kunnen ouders met vragen terecht bij de mentor of de ondersteuningscoördinator van "
                   "de school."))
    B.append(("p", "Leerlingen hebben hoorrecht bij het opstellen van hun ontwikkelingsperspectief; de "
                   "school legt hun mening vast in het OPP."))

    # resultaten present: doelen (§4.3) + monitoring
    B.append(("h1", "10 Kwaliteitszorg en monitoring"))
    B.append(("p", "Het verband volgt de ambities uit § 4.3 met een dashboard dat twee keer per jaar wordt "
                   "gevuld, op de peildata 1 oktober en 1 maart, met gegevens uit DUO, het dossiersysteem en de "
                   "leerplichtadministratie. De uitkomsten worden besproken in het algemeen bestuur en met de "
                   "OPR. Elk jaar in mei rapporteert het verband in het jaarverslag per ambitie de bereikte "
                   "waarde tegenover de streefwaarde, met een toelichting. Eens per twee jaar meet een "
                   "onafhankelijk bureau de tevredenheid van ouders en scholen. Halverwege de planperiode, in "
                   "2028, volgt een tussenevaluatie met een externe reflectie."))
    B.append(("p", "In de vorige planperiode daalde de deelname aan het vso van 3,4 naar 3,1 procent en nam het "
                   "aantal langdurige thuiszitters af van 31 naar 23. De ambitie om de doorlooptijd van "
                   "aanvragen te halveren, werd niet gehaald."))

    B.append(("h1", "11 Middelen, mensen en organisatie"))
    B.append(("p", "Het financieel beleid, de verdeling van de middelen en de begroting zijn niet in dit plan "
                   "opgenomen. Zij zijn neergelegd in de jaarlijkse begroting met meerjarenraming die het "
                   "algemeen bestuur in december vaststelt."))
    B += F["governance"]
    B += F["opr_neutraal"]
    B += F["personeel"]
    B.append(("h1", "12 Samenwerking met gemeenten"))
    B += F["oogo_keten"]
    B += F["oogo_proc"]
    B.append(("h1", "13 ICT en privacy"))
    B += F["ict"]
    B.append(("h1", "14 Planning en vaststelling"))
    B += F["planning"]
    B += F["vaststelling"]
    B.append(("h1", "Begrippenlijst"))
    B.append(("table", [
        ["Begrip", "Betekenis"],
        ["Basisondersteuning", "Het niveau van ondersteuning dat iedere school biedt."],
        ["Lwoo", "Leerwegondersteunend onderwijs."],
        ["Meerjarenbegroting", "Begroting voor vier jaar met de verdeling van de ondersteuningsmiddelen."],
        ["OJSP", "Ouder- en jeugdsteunpunt."],
        ["OPDC", "Orthopedagogisch-didactisch centrum."],
        ["Pro", "Praktijkonderwijs."],
        ["Terugplaatsing", "Overstap van vso naar regulier voortgezet onderwijs."],
        ["Verdeelmodel", "De regels waarmee het verband middelen over de besturen verdeelt."],
        ["Vso", "Voortgezet speciaal onderwijs."]]))
    return B


CRITERIA = {"basisondersteuning.niveau": True, "basisondersteuning.inhoud": False,
            "plaatsing.procedure": True, "plaatsing.criteria": True,
            "terugstroom.procedure": False, "terugstroom.beleid": True,
            "financien.verdeling": False, "financien.besteding": False,
            "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
            "resultaten.doelen": True, "resultaten.monitoring": True,
            "ouders.informatie": True, "ouders.steunpunt": False}
ADVISORY = {"plaatsing": ["deskundigen", "duur-categorie"], "dekkend-aanbod": ["ketenpartners"],
            "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"],
            "terugstroom": ["monitoring"]}
STATUS = {"basisondersteuning": "partial", "plaatsing": "present", "terugstroom": "partial",
          "financien": "missing", "dekkend-aanbod": "present", "resultaten": "present", "ouders": "partial"}
NOTES = {
    "basisondersteuning": "§ 5.1 states one minimum level for every vestiging; § 5.2 refers the content (14 standaarden) to bijlage 2 'separaat verkrijgbaar', not in the input.",
    "plaatsing": "§ 7.1 applicant, dossier, Commissie Toewijzing, two deskundigen, 6 weeks, duration/category; § 7.2 criteria table for vso, lwoo and pro. No bezwaar route.",
    "terugstroom": "§ 8.1 gives policy (aim, conditions, overstapcoach for a year); § 8.2 defers the stappenplan (who initiates, moments, who decides) to 2026-2027. Terugstroom figure (71%) only in the § 4.3 results table.",
    "financien": "§ 11 'Middelen, mensen en organisatie' only refers to the separate annual begroting; no verdeling or amounts anywhere; header, leeswijzer and glossary name financien/verdeelmodel (traps).",
    "dekkend-aanbod": "§ 6.1 seven-step continuum table (OPDC, rebound, ISK, vso); § 6.2 thuiszitterstafel, doorzettingsmacht, annual witte-vlekken analysis with actions; OZA with jeugdhulp.",
    "resultaten": "§ 4.3 ambitie/indicator/nulmeting/streefwaarde table; § 10 dashboard twice a year, jaarverslag reports achieved vs target, prior-period figures.",
    "ouders": "§ 9 Overstapkrant, website, informatieavond, spreekuur; OJSP deferred to 2026-2027 and only school staff offered meanwhile (not independent); hoorrecht.",
}
