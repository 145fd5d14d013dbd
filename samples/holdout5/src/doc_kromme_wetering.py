"""Doc 1: bestuurlijk PO plan (docx + pdf). SWV Passend Onderwijs Kromme Wetering, PO 28-17 (fictional)."""
SLUG = "kromme-wetering-po2817"
HEADER = "SWV Passend Onderwijs Kromme Wetering (PO 28-17) | Ondersteuningsplan 2025-2029"
FOOTER = "Basisondersteuning op orde, resultaten in beeld | Kromme Wetering PO 28-17"

BLOCKS = [
    ("title", ["Ondersteuningsplan 2025-2029",
               "Samenwerkingsverband Passend Onderwijs Kromme Wetering (PO 28-17)",
               "Vastgesteld door het algemeen bestuur op 24 maart 2025",
               "Instemming ondersteuningsplanraad: 17 maart 2025",
               "OOGO met de gemeenten Houtenbroek, Werkhoven-Vlies en Schalkwijkerveld: 12 februari 2025"]),
    ("toc", ["1 Inleiding en bestuurlijk kader ........ 3",
             "2 Visie en uitgangspunten ........ 4",
             "3 Basisondersteuning ........ 5",
             "4 Ondersteuningscontinuüm en dekkend aanbod ........ 7",
             "5 Toelaatbaarheid sbo en so ........ 9",
             "6 Terugplaatsing en overplaatsing ........ 11",
             "7 Financieel beleid en meerjarenbegroting ........ 12",
             "8 Kwaliteitszorg en resultaten ........ 14",
             "9 Ouders ........ 15",
             "   9.1 Informatievoorziening ........ 15",
             "   9.2 Onafhankelijke ondersteuning en ouder- en jeugdsteunpunt ........ 15",
             "10 Governance en medezeggenschap ........ 16",
             "Bijlage A Begrippenlijst ........ 17"]),
    ("h1", "1 Inleiding en bestuurlijk kader"),
    ("p", "Dit ondersteuningsplan beschrijft het beleid van Stichting Samenwerkingsverband Passend Onderwijs "
          "Kromme Wetering voor de schooljaren 2025-2026 tot en met 2028-2029 (1 augustus 2025 tot en met 31 juli 2029). "
          "Het plan is opgesteld op grond van artikel 18a, achtste lid, van de Wet op het primair onderwijs. "
          "In het samenwerkingsverband werken negen schoolbesturen samen met in totaal 54 vestigingen voor "
          "basisonderwijs, twee scholen voor speciaal basisonderwijs (De Boogbrug en Het Vlonderpad) en drie "
          "locaties voor speciaal onderwijs cluster 3 en 4."),
    ("p", "Het concept is op 12 februari 2025 besproken in het op overeenstemming gericht overleg (OOGO) met de "
          "colleges van burgemeester en wethouders van Houtenbroek, Werkhoven-Vlies en Schalkwijkerveld en op "
          "19 februari 2025 met het samenwerkingsverband VO Lekdal-Oost. De ondersteuningsplanraad heeft op "
          "17 maart 2025 ingestemd. Het plan wordt vóór 1 mei 2025 aan de inspectie gezonden."),
    ("h1", "2 Visie en uitgangspunten"),
    ("p", "Het algemeen bestuur wil dat ieder kind in de regio zich ononderbroken kan ontwikkelen, zo thuisnabij "
          "mogelijk en bij voorkeur in de eigen wijk. Wij gaan uit van de ondersteuningsbehoefte van het kind "
          "en niet van een stoornis of label. Scholen, ouders en ketenpartners zijn samen verantwoordelijk; "
          "het samenwerkingsverband faciliteert, verbindt en ziet toe."),
    ("p", "Vier uitgangspunten sturen de keuzes in dit plan: (1) de basis op orde op iedere school, "
          "(2) middelen zo dicht mogelijk bij het kind, (3) heldere en snelle besluitvorming over "
          "toelaatbaarheid en (4) transparante verantwoording aan besturen, gemeenten en ondersteuningsplanraad."),
    ("h1", "3 Basisondersteuning"),
    ("h2", "3.1 Het afgesproken niveau"),
    ("p", "Basisondersteuning is in Kromme Wetering het door alle negen besturen vastgestelde minimumniveau van "
          "ondersteuning dat iedere vestiging van iedere aangesloten basisschool biedt, zonder dat daarvoor een "
          "aanvraag bij het samenwerkingsverband nodig is. Het algemeen bestuur heeft dit niveau op 25 november "
          "2024 vastgelegd in twaalf standaarden. Een school die (nog) niet aan een standaard voldoet, stelt een "
          "verbeterplan op met een termijn van ten hoogste één schooljaar."),
    ("h2", "3.2 Wat iedere school biedt"),
    ("p", "Ouders kunnen op elke school in het samenwerkingsverband in ieder geval het volgende verwachten:"),
    ("numbers", [
        "Een intern begeleider met ten minste 0,4 fte per 200 leerlingen, die de ondersteuning coördineert.",
        "Handelingsgericht werken met groepsplannen of een groepsoverzicht en ten minste drie groepsbesprekingen per jaar.",
        "Een ondersteuningsteam (OT) dat minimaal vier keer per jaar bijeenkomt, met de orthopedagoog van het samenwerkingsverband en het schoolmaatschappelijk werk.",
        "Uitvoering van het Protocol Leesproblemen en Dyslexie en het Protocol Ernstige Reken-Wiskundeproblemen en Dyscalculie, inclusief begeleiding bij de vergoede dyslexiezorg.",
        "Een schoolbrede aanpak voor gedrag en sociale veiligheid (bijvoorbeeld PBS of Kanjertraining) en een aandachtsfunctionaris.",
        "Aanbod voor meer- en hoogbegaafde leerlingen binnen de groep (compacten en verrijken).",
        "Een protocol medisch handelen en afspraken over het toedienen van medicijnen.",
        "Aanbod Nederlands als tweede taal voor leerlingen die korter dan twee jaar in Nederland zijn.",
        "Een ontwikkelingsperspectief (OPP) voor iedere leerling die extra ondersteuning krijgt, dat jaarlijks met ouders wordt geëvalueerd.",
        "Een toegankelijk gebouw of afspraken over fysieke aanpassingen binnen vier weken na aanmelding.",
        "Samenwerking met het jeugd- en gezinsteam van de gemeente via een vaste contactpersoon.",
        "Een actueel schoolondersteuningsprofiel dat in de schoolgids is samengevat.",
    ]),
    ("h2", "3.3 Borging"),
    ("p", "De beleidsmedewerker kwaliteit bezoekt iedere school eens per twee jaar en toetst de twaalf standaarden "
          "aan de hand van de kwaliteitskaart basisondersteuning. Bevindingen worden met het bevoegd gezag besproken."),
    ("h1", "4 Ondersteuningscontinuüm en dekkend aanbod"),
    ("p", "Het samenwerkingsverband kent een samenhangend geheel van ondersteuningsvoorzieningen in vijf niveaus:"),
    ("table", [["Niveau", "Omschrijving", "Voorbeelden"],
               ["1", "Basisondersteuning in de groep", "differentiatie, handelingsgericht werken"],
               ["2", "Basisondersteuning op schoolniveau", "OT-bespreking, dyslexieaanpak, preventieve begeleiding"],
               ["3", "Extra ondersteuning in de reguliere school", "arrangement op maat, ambulante begeleiding, onderwijszorgarrangement"],
               ["4", "Bovenschoolse voorzieningen", "plusklas De Uitkijk, taalklas nieuwkomers, observatiegroep"],
               ["5", "Speciaal (basis)onderwijs", "sbo De Boogbrug, sbo Het Vlonderpad, so cluster 3 en 4"]]),
    ("p", "Een school vraagt een arrangement op niveau 3 aan bij het Ondersteuningsloket. Een consulent van het "
          "samenwerkingsverband neemt binnen tien werkdagen deel aan het OT en stelt met school en ouders het "
          "arrangement op. Bovenschoolse voorzieningen worden toegewezen door het loket op advies van het OT."),
    ("h2", "4.1 Hoe wij lacunes opsporen en aanpakken"),
    ("p", "Het samenwerkingsverband maakt elk jaar in oktober een analyse van het aanbod op basis van "
          "wachtlijsten, afgewezen aanvragen en signalen van scholen en gemeenten. Leerlingen die thuiszitten of "
          "geen passende plek hebben, worden binnen vijf schooldagen gemeld bij het thuiszittersoverleg, waarin "
          "de leerplichtambtenaar, het jeugd- en gezinsteam en een consulent van het samenwerkingsverband "
          "maandelijks een plan per kind maken. Komen partijen er niet uit, dan neemt de directeur-bestuurder "
          "binnen twee weken een besluit (doorzettingsmacht). De analyse van 2024 liet zien dat er te weinig "
          "plaatsen zijn voor jonge kinderen met complexe gedragsvragen; daarom start per 1 augustus 2026 een "
          "observatiegroep voor kleuters op sbo De Boogbrug."),
    ("h1", "5 Toelaatbaarheid sbo en so"),
    ("h2", "5.1 Procedure"),
    ("numbers", [
        "Het bevoegd gezag van de school waar de leerling staat ingeschreven, dient de aanvraag in via het digitale Ondersteuningsloket, met het groeidocument, het OPP, het onderwijskundig rapport en de zienswijze van de ouders.",
        "Het loket controleert binnen vijf werkdagen of het dossier compleet is.",
        "Twee deskundigen geven ieder een eigen schriftelijk advies: een orthopedagoog of psycholoog en, afhankelijk van de leerling, een tweede deskundige (kinderpsychiater, maatschappelijk werker, arts of pedagoog). De deskundigen zijn niet betrokken geweest bij de aanvraag.",
        "De Commissie van Toelaatbaarheid besluit binnen zes weken na ontvangst van het complete dossier en stuurt ouders een afschrift van de adviezen.",
        "Een toelaatbaarheidsverklaring (TLV) voor het sbo geldt tot het einde van de basisschoolperiode; een TLV voor het so geldt voor ten hoogste twee schooljaren en vermeldt de bekostigingscategorie laag, midden of hoog.",
    ]),
    ("h2", "5.2 Criteria"),
    ("p", "Een leerling is toelaatbaar tot het sbo of so als aan alle volgende criteria is voldaan:"),
    ("bullets", [
        "de school heeft de basisondersteuning aantoonbaar ingezet en ten minste twee handelingsgerichte cycli doorlopen;",
        "een arrangement op niveau 3 of 4 is gedurende ten minste zes maanden uitgevoerd en geëvalueerd, of de deskundigen stellen vast dat dit niet zinvol is;",
        "het OPP laat zien dat de ondersteuningsbehoefte van de leerling op meerdere domeinen (leren, gedrag, communicatie, fysiek of medisch) structureel groter is dan de reguliere school met extra ondersteuning kan bieden;",
        "voor het so: de leerling heeft daarnaast een intensieve combinatie van onderwijs en zorg nodig die alleen in een so-setting beschikbaar is.",
    ]),
    ("h1", "6 Terugplaatsing en overplaatsing"),
    ("p", "Het samenwerkingsverband wil dat leerlingen in het sbo en so terugkeren naar een reguliere basisschool "
          "zodra dat passend is, bij voorkeur een school in de eigen woonplaats. Een terugplaatsing is alleen "
          "aan de orde als de ontvangende school de ondersteuning kan bieden die in het OPP is beschreven en "
          "ouders ermee instemmen. De ontvangende school krijgt na een terugplaatsing een terugplaatsingsarrangement "
          "van maximaal één schooljaar (tot € 6.000) en ambulante begeleiding vanuit de sbo- of so-school."),
    ("p", "De stappen, beslismomenten en de rol van de sbo- en so-scholen bij terugplaatsing worden in "
          "schooljaar 2025-2026 samen met de speciale scholen uitgewerkt in een protocol."),
    ("h1", "7 Financieel beleid en meerjarenbegroting"),
    ("h2", "7.1 Verdeling van de middelen"),
    ("p", "Kromme Wetering hanteert een schoolmodel. Van de middelen voor lichte ondersteuning ontvangt ieder "
          "bevoegd gezag jaarlijks € 118 per leerling (teldatum 1 oktober) plus een vaste voet van € 7.500 per "
          "vestiging. Arrangementen op niveau 3 en 4 worden door het Ondersteuningsloket toegekend uit een centraal "
          "budget op basis van de criteria in hoofdstuk 4. De afdrachten voor TLV's so en de groeibekostiging "
          "sbo (peildatum 1 februari) komen ten laste van het samenwerkingsverband. Het algemeen bestuur stelt "
          "de bedragen jaarlijks vast bij de begroting in november."),
    ("h2", "7.2 Meerjarenbegroting"),
    ("table", [["x € 1.000", "2025", "2026", "2027", "2028"],
               ["Baten ondersteuningsmiddelen (DUO)", "9.840", "9.790", "9.705", "9.640"],
               ["Afdrachten so (DUO)", "3.910", "3.960", "3.990", "4.010"],
               ["Groeibekostiging en overdracht sbo", "1.120", "1.100", "1.080", "1.060"],
               ["Schoolbudgetten (€ 118 p.l. + vaste voet)", "2.065", "2.040", "2.010", "1.985"],
               ["Arrangementen niveau 3 en 4", "1.450", "1.480", "1.490", "1.500"],
               ["Bovenschoolse voorzieningen", "620", "690", "700", "700"],
               ["Personeel en organisatie", "640", "650", "660", "670"],
               ["Resultaat", "35", "-130", "-225", "-285"]]),
    ("p", "De algemene reserve bedraagt per 1 januari 2025 € 1,6 miljoen. Het bestuur hanteert een "
          "weerstandsvermogen van 5 tot 8 procent van de baten; het bedrag daarboven wordt in de planperiode "
          "ingezet voor de observatiegroep en de arrangementen. Besturen verantwoorden de schoolbudgetten jaarlijks "
          "in een besteding-per-school-overzicht."),
    ("h1", "8 Kwaliteitszorg en resultaten"),
    ("p", "De beoogde resultaten voor deze planperiode en de wijze waarop het samenwerkingsverband deze volgt en "
          "evalueert, worden uitgewerkt in het jaarplan 2025-2026. Dat jaarplan verschijnt na vaststelling van dit "
          "ondersteuningsplan."),
    ("h1", "9 Ouders"),
    ("h2", "9.1 Informatievoorziening"),
    ("p", "Ouders vinden op de ouderpagina van www.krommewetering-po.nl een overzicht van alle "
          "ondersteuningsvoorzieningen, de twaalf standaarden basisondersteuning en de route naar extra "
          "ondersteuning. Iedere school vat haar schoolondersteuningsprofiel samen in de schoolgids en heeft een "
          "contactpersoon passend onderwijs. De ouderfolder 'Passend onderwijs in Kromme Wetering' is beschikbaar in "
          "het Nederlands, Engels, Arabisch en Pools. Twee keer per jaar organiseert het samenwerkingsverband een "
          "informatieavond voor ouders."),
    ("h2", "9.2 Onafhankelijke ondersteuning en ouder- en jeugdsteunpunt"),
    ("p", "Het samenwerkingsverband richt een ouder- en jeugdsteunpunt in zodra de wettelijke verplichting in "
          "werking treedt. De invulling volgt."),
    ("h1", "10 Governance en medezeggenschap"),
    ("p", "Het samenwerkingsverband is een stichting met een directeur-bestuurder en een raad van toezicht van "
          "vijf leden. De ondersteuningsplanraad telt twaalf leden: zes ouders en zes personeelsleden, afgevaardigd "
          "door de medezeggenschapsraden van de scholen. De ondersteuningsplanraad heeft instemmingsrecht op dit "
          "plan en op tussentijdse wijzigingen."),
    ("pagebreak", None),
    ("h1", "Bijlage A Begrippenlijst"),
    ("table", [["Begrip", "Betekenis"],
               ["Onderwijsconsulenten", "Onafhankelijke, landelijk werkende adviseurs bij wie ouders kosteloos terechtkunnen bij vragen of een verschil van inzicht over de ondersteuning van hun kind."],
               ["OJSP", "Ouder- en jeugdsteunpunt: onafhankelijk steunpunt voor ouders en jeugdigen met vragen over passend onderwijs."],
               ["Terugplaatsing", "De overstap van een leerling van sbo of so naar het reguliere basisonderwijs. De so-school start in het laatste jaar van de TLV een evaluatie; de Commissie van Toelaatbaarheid besluit."],
               ["Kengetallen", "Cijfers over deelname aan sbo en so, thuiszitters en terugplaatsingen, afgezet tegen het landelijk gemiddelde."],
               ["TLV", "Toelaatbaarheidsverklaring voor sbo of so."]]),
]

LABEL = {
    "documents": [f"{SLUG}.docx", f"{SLUG}.pdf"],
    "sector": "po",
    "looks_like_plan": True,
    "elements": {"basisondersteuning": "present", "plaatsing": "present", "terugstroom": "partial",
                 "financien": "present", "dekkend-aanbod": "present", "resultaten": "missing",
                 "ouders": "partial"},
    "criteria": {
        "basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
        "plaatsing.procedure": True, "plaatsing.criteria": True,
        "terugstroom.procedure": False, "terugstroom.beleid": True,
        "financien.verdeling": True, "financien.besteding": True,
        "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
        "resultaten.doelen": False, "resultaten.monitoring": False,
        "ouders.informatie": True, "ouders.steunpunt": False,
    },
    "advisory_addressed": ["basisondersteuning.borging", "plaatsing.deskundigen", "plaatsing.duur-categorie",
                           "financien.reserves", "financien.verantwoording", "dekkend-aanbod.ketenpartners",
                           "ouders.betrokkenheid"],
    "notes": {
        "terugstroom": "Ch. 6 gives the policy (aim thuisnabij, conditions, terugplaatsingsarrangement after return) "
                       "but the procedure is deferred ('worden in schooljaar 2025-2026 ... uitgewerkt'); the only procedural "
                       "sentence (so-school evaluates in last TLV year, CvT decides) is in the begrippenlijst (Bijlage A), "
                       "which does not count.",
        "resultaten": "Heading 8 'Kwaliteitszorg en resultaten' has only a deferring body (uitgewerkt in jaarplan 2025-2026); "
                      "'resultaten' elsewhere only in the TOC and the running footer; 'Kengetallen' only in the glossary. "
                      "No results content in body -> missing.",
        "ouders": "9.1 informs parents (website ouderpagina, schoolgids/SOP, folder in 4 languages, info evenings). "
                  "9.2 (independent support / OJSP) defers ('De invulling volgt'); Onderwijsconsulenten and OJSP occur only "
                  "in the begrippenlijst. Steunpunt not addressed. OPR with 6 parents (ch. 10) = betrokkenheid (advisory).",
        "plaatsing": "Ch. 5: loket, dossier, two deskundigen, CvT, 6 weeks, TLV duration and category, explicit criteria. "
                     "No bezwaar route (advisory only).",
    },
}
