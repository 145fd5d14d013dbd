"""Plan 3: medium PO verband, chapter style 'Hoofdstuk n', rendered to PDF."""
from common108 import filler, pick

META = dict(naam="Samenwerkingsverband PO Zuidoever", kort="Zuidoever", regio="Zuidoever", sector="po",
            besturen="zes", scholen="47", leerlingen="11.790",
            gemeenten="Zuidhaven, Leemdijk, Oosterbroek en Kreekland")

HEADER = "Ondersteuningsplan Zuidoever 2026-2030 - concept ter vaststelling"


def blocks():
    f = filler(META)
    b = [
        ("title", "Ondersteuningsplan Samenwerkingsverband PO Zuidoever 2026-2030"),
        ("sub", "Elk kind een plek - PO 30-02"),
        ("toc", ["Samenvatting", "Hoofdstuk 1 Inleiding", "Hoofdstuk 2 De regio Zuidoever", "Hoofdstuk 3 Visie en missie",
                 "Hoofdstuk 4 Ondersteuning op de scholen", "4.1 Basisondersteuning", "4.2 Extra ondersteuning en arrangementen",
                 "4.3 Dekkend netwerk", "Hoofdstuk 5 Toelaatbaarheid", "5.5 Terug- en overplaatsing",
                 "Hoofdstuk 6 Ouders", "Hoofdstuk 7 Kwaliteit en resultaten", "Hoofdstuk 8 Bestuur en organisatie",
                 "Hoofdstuk 9 Financiën en meerjarenbegroting", "Hoofdstuk 10 Personeel",
                 "Bijlage Begrippenlijst"]),
        ("pagebreak", None),
        ("h1", "Samenvatting"),
        ("p", "Dit ondersteuningsplan beschrijft hoe Zuidoever de komende vier jaar passend onderwijs vormgeeft. In "
              "hoofdstuk 4 leest u wat elke school biedt en hoe extra ondersteuning is georganiseerd. Hoofdstuk 5 "
              "gaat over toelaatbaarheid en terugplaatsing, hoofdstuk 6 over de positie van ouders en hoofdstuk 7 "
              "over kwaliteit en resultaten. De financiële vertaling staat in hoofdstuk 9. Het plan is "
              "resultaatgericht opgesteld: wij willen dat scholen, ouders en partners ons kunnen aanspreken op wat "
              "wij beloven."),
        ("h1", "Hoofdstuk 1 Inleiding"),
    ]
    b += pick(f, ["voorwoord", "leeswijzer", "wettelijk_kader"])
    b += [("h1", "Hoofdstuk 2 De regio Zuidoever")] + pick(f, ["regio"])
    b += [("p", "Binnen de regio staan twee scholen voor speciaal basisonderwijs (De Kreek en Het Baken) en een school "
                "voor speciaal onderwijs cluster 4 (De Meeuw). Leerlingen met een ondersteuningsbehoefte in cluster 3 "
                "gaan naar so-scholen in Zuidhaven-Noord, net buiten ons werkgebied.")]
    b += [("h1", "Hoofdstuk 3 Visie en missie")] + pick(f, ["visie", "missie"])
    b += [
        ("h1", "Hoofdstuk 4 Ondersteuning op de scholen"),
        ("h2", "4.1 Basisondersteuning"),
        ("p", "De zes besturen hebben vastgelegd welke basisondersteuning iedere school van Zuidoever minimaal biedt. "
              "Dit is een gezamenlijke ondergrens voor alle 44 reguliere basisscholen en hun nevenvestigingen; "
              "niemand valt eronder. De afspraken zijn uitgewerkt in tien standaarden:"),
        ("table", [["Nr.", "Standaard", "Wat betekent dit concreet?"],
                   ["1", "Veilig klimaat", "Gedragsprotocol, anti-pestcoördinator, jaarlijkse veiligheidsmeting"],
                   ["2", "Leerlingvolgsysteem", "Twee keer per jaar toetsen en analyseren, groepsbespreking na elke meting"],
                   ["3", "Interne begeleiding", "IB'er met minimaal 0,1 fte per 100 leerlingen"],
                   ["4", "Dyslexie", "Protocol leesproblemen en dyslexie, extra leestijd vanaf groep 3"],
                   ["5", "Dyscalculie", "Protocol ERWD, rekenhulpmiddelen in de klas"],
                   ["6", "Meer- en hoogbegaafdheid", "Signalering met een vast instrument, compacten en verrijken"],
                   ["7", "Taal en NT2", "Extra taalaanbod voor leerlingen met een taalachterstand"],
                   ["8", "Medisch handelen", "Protocol medicijnverstrekking en medisch handelen"],
                   ["9", "Ondersteuningsteam", "Multidisciplinair overleg met ouders, IB, schoolmaatschappelijk werk"],
                   ["10", "OPP", "Ontwikkelingsperspectief voor elke leerling met een eigen leerlijn"]]),
        ("p", "De standaarden worden tweejaarlijks door een auditteam van collega-IB'ers getoetst. Een school die op "
              "een standaard onvoldoende scoort, krijgt ondersteuning van het expertiseteam en wordt binnen een jaar "
              "opnieuw bezocht."),
        ("h2", "4.2 Extra ondersteuning en arrangementen"),
        ("p", "Lukt het niet binnen de basisondersteuning, dan volgt extra ondersteuning. Wij onderscheiden vijf "
              "niveaus. Niveau 1 en 2 vallen binnen de groep en de school. Op niveau 3 schakelt de school het "
              "expertiseteam van Zuidoever in: gedragsspecialisten, een taalspecialist en orthopedagogen, die met "
              "de leraar een arrangement op maat opzetten. Niveau 4 omvat de bovenschoolse voorzieningen: de "
              "observatieklas in Leemdijk voor jonge kinderen van wie de ondersteuningsbehoefte nog niet duidelijk "
              "is, de voltijd-plusgroep voor hoogbegaafde leerlingen en de schakelklas voor nieuwkomers. Niveau 5 "
              "is het speciaal basisonderwijs en het speciaal onderwijs. Voor leerlingen die naast onderwijs zorg "
              "nodig hebben, kent De Meeuw een onderwijs-zorgarrangement samen met de jeugdhulpaanbieder."),
        ("h2", "4.3 Dekkend netwerk"),
        ("p", "Ieder schoolbestuur heeft zorgplicht. Kan een school geen passende plek bieden, dan meldt zij de "
              "leerling bij het Zuidoever-loket, dat binnen tien werkdagen een casusoverleg organiseert met de "
              "besturen die een plek zouden kunnen bieden. Leerlingen die niet naar school gaan, bespreken wij "
              "maandelijks in het thuiszittersoverleg met leerplicht en de gemeenten. Twee keer per jaar brengt het "
              "loket de wachttijden van de observatieklas, het sbo en het so in kaart; blijkt er een tekort, dan "
              "doet de directeur-bestuurder de Algemene Vergadering binnen drie maanden een voorstel voor "
              "uitbreiding of een nieuwe voorziening."),
    ]
    b += pick(f, ["jeugdhulp"])
    b += [
        ("h1", "Hoofdstuk 5 Toelaatbaarheid"),
        ("h2", "5.1 Wie vraagt aan?"),
        ("p", "Het bevoegd gezag van de school waar de leerling staat ingeschreven, dient de aanvraag voor een TLV in "
              "bij de Commissie Toelaatbaarheid Zuidoever. Bij de aanvraag horen het OPP, een verslag van het "
              "multidisciplinair overleg waarin ouders aanwezig waren, het onderwijskundig rapport en de "
              "ondertekende zienswijze van ouders."),
        ("h2", "5.2 Hoe wordt besloten?"),
        ("p", "Twee deskundigen beoordelen het dossier: een orthopedagoog-generalist en, afhankelijk van de vraag, "
              "een kinderarts, jeugdarts of maatschappelijk werker. Ieder schrijft een eigen advies. Op basis "
              "daarvan besluit de commissie binnen zes weken. Ouders ontvangen het besluit en beide adviezen."),
        ("h2", "5.3 Wanneer is een leerling toelaatbaar?"),
        ("p", "Sbo: de leerling heeft een ontwikkelingsachterstand of ondersteuningsbehoefte op leren en/of gedrag "
              "waarvoor de reguliere school, ook met een arrangement op niveau 3, na minimaal een half jaar "
              "aantoonbaar onvoldoende kan bieden, en de leerling heeft baat bij een kleinere groep met "
              "gespecialiseerde begeleiding. So cluster 4: er is sprake van ernstige gedrags- of psychiatrische "
              "problematiek die ook in het sbo niet kan worden opgevangen. So cluster 3: de leerling heeft een "
              "verstandelijke, lichamelijke of langdurige medische beperking die een specifieke leeromgeving vraagt."),
        ("h2", "5.4 Duur, categorie en bezwaar"),
        ("p", "Een TLV sbo geldt tot het einde van de basisschoolperiode. Een TLV so wordt afgegeven voor twee jaar "
              "in categorie laag, midden of hoog. Tegen het besluit kunnen ouders bezwaar maken bij de Landelijke "
              "Bezwaaradviescommissie Toelaatbaarheidsverklaringen, binnen zes weken na de datum van het besluit."),
        ("h2", "5.5 Terug- en overplaatsing"),
        ("p", "De afspraken over terug- en overplaatsing herijken wij in de komende planperiode met de directies van "
              "De Kreek, Het Baken en De Meeuw. Het resultaat nemen wij op in een volgende versie van dit plan."),
        ("h1", "Hoofdstuk 6 Ouders"),
        ("p", "Ouders zijn de eerste deskundigen als het om hun kind gaat. Zij worden betrokken bij het "
              "ondersteuningsteam, bij het OPP en bij een eventuele aanvraag voor een TLV."),
        ("p", "Ouders die vragen hebben over passend onderwijs, of die het niet eens zijn met een school of met het "
              "samenwerkingsverband, kunnen terecht bij het Ouder- en Jeugdsteunpunt Zuidoever. Het steunpunt is "
              "onafhankelijk, wordt bemand door twee ervaren ouderadviseurs en is bereikbaar via een gratis "
              "telefoonnummer en op woensdagochtend op het inloopspreekuur in Zuidhaven. Daarnaast kunnen ouders "
              "een beroep doen op Onderwijsconsulenten en op de klachtenregeling van het samenwerkingsverband; "
              "klachten worden behandeld door een onafhankelijke klachtencommissie."),
        ("p", "Hoe wij ouders in deze planperiode informeren over de ondersteuningsmogelijkheden op de scholen en in "
              "de regio, werken wij uit in een nieuw communicatieplan dat in het najaar van 2026 verschijnt."),
        ("h1", "Hoofdstuk 7 Kwaliteit en resultaten"),
        ("p", "Kwaliteit is voor Zuidoever geen papieren exercitie. Wij willen een organisatie zijn die het goede "
              "doet en dat goed doet. In het najaar van 2026 stellen wij een kwaliteitskader op, waarin wij "
              "vastleggen welke resultaten wij nastreven en hoe wij die gaan volgen."),
    ]
    b += pick(f, ["risico_algemeen"])
    b += [("h1", "Hoofdstuk 8 Bestuur en organisatie")] + pick(f, ["governance", "opr", "oogo", "totstandkoming",
                                                                   "communicatie_intern"])
    b += [
        ("h1", "Hoofdstuk 9 Financiën en meerjarenbegroting"),
        ("p", "Zuidoever ontvangt jaarlijks circa € 7,6 miljoen aan ondersteuningsmiddelen. Na de verplichte "
              "afdrachten voor het so resteert ongeveer € 5,1 miljoen. Het huidige verdeelmodel loopt af op 31 juli "
              "2026. Een nieuw verdeelmodel, waarin de verhouding tussen middelen voor de besturen en voor "
              "bovenschoolse voorzieningen opnieuw wordt bepaald, leggen wij in het najaar van 2026 ter instemming "
              "aan de OPR voor."),
        ("table", [["Meerjarenbegroting (bedragen in €)", "2026", "2027", "2028", "2029"],
                   ["Baten lichte en zware ondersteuning", "7.610.000", "7.540.000", "7.470.000", "7.420.000"],
                   ["Afdrachten so via DUO", "2.480.000", "2.450.000", "2.430.000", "2.410.000"],
                   ["Bekostiging sbo boven 2%", "610.000", "600.000", "590.000", "580.000"],
                   ["Middelen naar besturen", "2.450.000", "2.450.000", "2.400.000", "2.400.000"],
                   ["Expertiseteam", "820.000", "830.000", "840.000", "850.000"],
                   ["Bovenschoolse voorzieningen", "760.000", "760.000", "760.000", "760.000"],
                   ["Bureau, bestuur en OPR", "560.000", "565.000", "570.000", "575.000"],
                   ["Saldo", "-70.000", "-115.000", "-120.000", "-155.000"]]),
        ("p", "De negatieve saldi zijn bewust gekozen. Het eigen vermogen van Zuidoever ligt boven de "
              "signaleringswaarde; met deze begroting daalt het tot 2029 naar een niveau dat past bij de risico's "
              "die wij lopen, zoals een stijging van het aantal so-leerlingen."),
        ("h1", "Hoofdstuk 10 Personeel"),
    ]
    b += pick(f, ["personeel", "werkdruk", "professionalisering", "conferentie", "integriteit", "planning", "huisvesting", "doorgaande_lijn_vo"])
    b += [
        ("h1", "Bijlage Begrippenlijst"),
        ("bullets", ["Beoogde resultaten: de resultaten die het samenwerkingsverband in de planperiode wil behalen.",
                     "Communicatieplan: plan waarin staat hoe ouders en scholen worden geïnformeerd.",
                     "Terugplaatsing: terugkeer van een leerling van sbo of so naar het regulier onderwijs.",
                     "Verdeelmodel: de afspraken over hoe de ondersteuningsmiddelen over besturen en voorzieningen worden verdeeld.",
                     "OJSP: Ouder- en Jeugdsteunpunt.", "TLV: toelaatbaarheidsverklaring."]),
    ]
    return b


LABEL = dict(
    documents=["po-zuidoever-2026.pdf"], sector="po", looks_like_plan=True,
    elements={"basisondersteuning": "present", "plaatsing": "present", "terugstroom": "missing",
              "financien": "partial", "dekkend-aanbod": "present", "resultaten": "missing", "ouders": "partial"},
    criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
              "plaatsing.procedure": True, "plaatsing.criteria": True,
              "terugstroom.procedure": False, "terugstroom.beleid": False,
              "financien.verdeling": False, "financien.besteding": True,
              "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
              "resultaten.doelen": False, "resultaten.monitoring": False,
              "ouders.informatie": False, "ouders.steunpunt": True},
    advisory_addressed={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                        "financien": ["reserves"], "dekkend-aanbod": ["ketenpartners"], "ouders": ["betrokkenheid"]},
    notes={
        "basisondersteuning": "4.1: common ondergrens for all schools, ten standards in a table, audit by collega-IB'ers.",
        "plaatsing": "Ch. 5: bevoegd gezag -> Commissie Toelaatbaarheid, two deskundigen, six weeks, separate sbo/so-cluster criteria, duration/category, LBT bezwaar.",
        "terugstroom": "Only TOC '5.5 Terug- en overplaatsing', the summary's claim and the glossary; body 5.5 defers ('herijken wij in de komende planperiode').",
        "financien": "Ch. 9: meerjarenbegroting 2026-2029 with amounts + reserves paragraph; the verdeelmodel is expiring and the new one is deferred to autumn 2026 (row 'Middelen naar besturen' gives no criteria).",
        "dekkend-aanbod": "4.2 five-level continuum with bovenschoolse voorzieningen and OZA; 4.3 zorgplicht, loket casusoverleg, thuiszittersoverleg, wachttijden analysis.",
        "resultaten": "Ch. 7 'Kwaliteit en resultaten' only announces a kwaliteitskader for autumn 2026; summary word 'resultaatgericht' and glossary 'Beoogde resultaten' are traps.",
        "ouders": "Ch. 6: OJSP, Onderwijsconsulenten, klachtencommissie (steunpunt); how parents are informed is deferred to a communicatieplan (autumn 2026).",
    },
)
