"""Doc 4: long, rambling PO plan, elements spread over chapters (.docx only).
Samenwerkingsverband De Vlietlanden-Oost, PO 27-14 (fictional)."""
SLUG = "vlietlanden-oost-po2714"
HEADER = "Ondersteuningsplan SWV De Vlietlanden-Oost 2025-2029 - concept voor OPR"
FOOTER = "SWV De Vlietlanden-Oost PO 27-14 - Samen op weg naar een thuisnabij en dekkend aanbod"

FILLER_VISIE = (
    "Wanneer wij terugkijken op de afgelopen tien jaar passend onderwijs in de Vlietlanden, dan zien wij een regio "
    "die veel heeft geleerd. De eerste jaren stonden in het teken van het opbouwen van vertrouwen tussen de besturen, "
    "het leren kennen van elkaars scholen en het vinden van een gezamenlijke taal. Daarna volgde een periode waarin "
    "veel energie ging naar procedures, formulieren en overleggen, soms meer dan ons lief was. In de gesprekken die "
    "wij in 2024 voerden met directeuren, intern begeleiders, leerkrachten, ouders en ketenpartners, klonk steeds "
    "dezelfde wens door: minder papier, meer nabijheid, meer vertrouwen in de professional. Die wens hebben wij ter "
    "harte genomen. Dit plan is daarom geen handboek, maar een koersdocument dat richting geeft en ruimte laat."
)

BLOCKS = [
    ("title", ["Samen op weg",
               "Ondersteuningsplan 2025-2029 van Samenwerkingsverband De Vlietlanden-Oost (PO 27-14)",
               "Concept ter instemming aan de ondersteuningsplanraad, 3 maart 2025"]),
    ("toc", ["Voorwoord", "1 Waar wij vandaan komen", "2 Onze koers: missie, visie en ambities",
             "3 Het ondersteuningsaanbod in onze regio", "4 Samen met de gemeenten",
             "5 Ouders als partners", "6 Professionalisering en kennisdeling", "7 Toelaatbaarheid nader bekeken",
             "8 Doorgaande lijnen", "9 Kwaliteit en verantwoording", "10 Geld", "11 Als het schuurt",
             "Bijlagen"]),
    ("h1", "Voorwoord"),
    ("p", "Voor u ligt het derde ondersteuningsplan van ons samenwerkingsverband. Het is tot stand gekomen in een "
          "lang en, naar wij hopen, zorgvuldig proces met vele gesprekken, werksessies en terugkoppelingen. Wij danken "
          "iedereen die heeft meegedacht: de directeuren en intern begeleiders van onze 47 scholen, de ouders en "
          "leerkrachten in de ondersteuningsplanraad, de collega's van het speciaal (basis)onderwijs, de "
          "leerplichtambtenaren, de jeugdteams en de beleidsmedewerkers van de gemeenten Vlietwijk, Oostervliet en "
          "Maasdijk-Noord. Zonder hen was dit plan er niet geweest."),
    ("p", FILLER_VISIE),
    ("h1", "1 Waar wij vandaan komen"),
    ("p", "Samenwerkingsverband De Vlietlanden-Oost ontstond in 2014 uit de samenvoeging van twee voormalige "
          "WSNS-verbanden. Sindsdien is er veel veranderd. Het aantal leerlingen loopt in onze regio al enkele jaren "
          "terug, vooral in de kleinere kernen, en die teruglopende leerlingaantallen vragen om slimme keuzes. Tegelijk "
          "nemen de ondersteuningsvragen in complexiteit toe. Scholen geven aan dat zij vaker te maken hebben met "
          "kinderen die zowel op school als thuis veel nodig hebben."),
    ("p", "In de terugblik op de vorige planperiode, die wij samen met de ondersteuningsplanraad in het najaar van "
          "2024 hebben gemaakt, kwamen drie lessen naar voren. Ten eerste: sturen op procedures levert niet vanzelf "
          "betere ondersteuning op. Ten tweede: scholen hebben behoefte aan snelle, laagdrempelige hulp dichtbij. "
          "Ten derde: ouders willen eerder en beter betrokken worden. Deze lessen keren in dit plan steeds terug."),
    ("p", "Op 1 oktober 2024 telden wij 11.870 leerlingen in het basisonderwijs, verdeeld over 47 scholen van "
          "8 besturen. Daarnaast kent de regio het sbo De Kreek, en twee scholen voor speciaal onderwijs: so De "
          "Meander (cluster 4) en so De Regenboog (cluster 3)."),
    ("h1", "2 Onze koers: missie, visie en ambities"),
    ("p", FILLER_VISIE.replace("tien jaar", "periode")),
    ("p", "Onze missie is eenvoudig te formuleren, maar lastig waar te maken: ieder kind in de Vlietlanden krijgt "
          "het onderwijs en de ondersteuning die het nodig heeft, zo dicht mogelijk bij huis. Dat begint bij de "
          "basisondersteuning. Onder basisondersteuning verstaan wij het niveau van ondersteuning dat alle besturen "
          "samen hebben afgesproken en dat iedere vestiging van iedere school in ons samenwerkingsverband minimaal "
          "biedt, voor ieder kind, zonder aanvraag of toewijzing. Wat de scholen daarbinnen concreet bieden, "
          "beschrijven zij in hun eigen schoolondersteuningsprofiel; de gezamenlijke standaarden worden in 2026 in "
          "een kwaliteitskaart vastgelegd."),
    ("p", "Voor de planperiode hebben wij vier ambities geformuleerd, die wij als beoogde resultaten hanteren. "
          "Aan het eind van schooljaar 2028-2029:"),
    ("numbers", [
        "is het percentage leerlingen in sbo en so gezamenlijk gedaald van 3,1% (1 oktober 2024) naar ten hoogste 2,7%;",
        "is er geen enkele leerling langer dan drie maanden thuiszitter zonder passend aanbod;",
        "krijgt iedere school binnen tien werkdagen na een hulpvraag een consulent aan tafel;",
        "geeft ten minste 80% van de ouders van kinderen met een arrangement aan tevreden te zijn over de samenwerking met school.",
    ]),
    ("p", "Deze ambities zijn geen doel op zich. Ze helpen ons het gesprek te voeren over wat werkt en wat niet. "
          "Hoe wij ze volgen, leest u in hoofdstuk 9."),
    ("h1", "3 Het ondersteuningsaanbod in onze regio"),
    ("p", "Wij denken in een doorlopende lijn van ondersteuning. Op niveau 1 en 2 gaat het om de basisondersteuning "
          "die de school zelf organiseert. Op niveau 3 krijgt een kind extra ondersteuning in de eigen school via een "
          "arrangement: bijvoorbeeld inzet van een gedragsspecialist, een onderwijsassistent, een aangepast "
          "programma of een onderwijszorgarrangement samen met de jeugdhulp. Op niveau 4 zijn er bovenschoolse "
          "voorzieningen: de Vlietklas voor kinderen met grote gedragsvragen (12 plaatsen, maximaal een jaar), de "
          "Denkwerkplaats voor hoogbegaafde leerlingen (één dag per week) en de Taalbrug voor nieuwkomers. Op niveau "
          "5 gaat het om plaatsing op sbo De Kreek, so De Meander of so De Regenboog."),
    ("p", "Voor een arrangement op niveau 3 of een plek op niveau 4 meldt de school het kind aan bij het "
          "Ondersteuningspunt. De consulent sluit aan bij het ondersteuningsteam van de school, bespreekt met ouders "
          "en school wat nodig is en legt het arrangement vast. De Commissie Arrangeren kent het arrangement toe."),
    ("p", "Als de school, samen met de ouders en het ondersteuningsteam, vaststelt dat het kind is aangewezen op "
          "niveau 5, vraagt het bevoegd gezag van de school een toelaatbaarheidsverklaring (TLV) aan bij het "
          "Ondersteuningspunt. De aanvraag bevat het groeidocument met het ontwikkelingsperspectief, de evaluatie van "
          "de geboden ondersteuning en de zienswijze van de ouders. Een orthopedagoog of psycholoog van het "
          "samenwerkingsverband en een tweede deskundige, afhankelijk van de vraag een jeugdarts, maatschappelijk "
          "werker of kinderpsychiater, brengen ieder afzonderlijk een schriftelijk advies uit. De Commissie "
          "Toelaatbaarheid neemt binnen zes weken een besluit namens het bestuur. Ouders ontvangen een afschrift van "
          "de adviezen en van het besluit. Op welke gronden de commissie beslist, is beschreven in hoofdstuk 7."),
    ("h1", "4 Samen met de gemeenten"),
    ("p", "Passend onderwijs houdt niet op bij de schooldeur. Met de gemeenten Vlietwijk, Oostervliet en "
          "Maasdijk-Noord voeren wij twee keer per jaar bestuurlijk overleg en het OOGO over dit plan vond plaats op "
          "28 januari 2025. Gezamenlijke thema's zijn de aansluiting tussen onderwijs en jeugdhulp, "
          "onderwijszorgarrangementen, leerlingenvervoer en thuiszitters."),
    ("p", "Wij willen weten waar ons aanbod tekortschiet. Daarom houdt het Ondersteuningspunt een overzicht bij van "
          "alle kinderen die thuiszitten, die op een wachtlijst staan of voor wie geen passende plek is gevonden. "
          "Dat overzicht wordt elke maand besproken aan de Vliettafel, waaraan leerplicht, jeugdteam, de betrokken "
          "school en een consulent deelnemen. Binnen vier weken ligt er voor ieder kind een plan om thuiszitters "
          "terug naar school te begeleiden. Wanneer blijkt dat een bepaalde voorziening structureel ontbreekt, "
          "bijvoorbeeld voor jonge kinderen met een combinatie van medische en gedragsvragen, legt de directeur binnen "
          "drie maanden een voorstel voor aan het bestuur. Elk jaar in het voorjaar maken wij een analyse van de "
          "witte vlekken in het aanbod. Alle besturen hebben afgesproken dat zij samen zorgplicht waarmaken: geen "
          "kind wordt weggestuurd zonder dat er een passende plek is."),
    ("h1", "5 Ouders als partners"),
    ("p", "Ouders kennen hun kind het best. Wij zien hen als partners, niet als klant. Een ouder die zich gehoord "
          "voelt, werkt mee; een ouder die zich overvallen voelt, haakt af. Daarom betrekken wij ouders vanaf het "
          "eerste moment bij het ondersteuningsteam en het ontwikkelingsperspectief."),
    ("p", "Wij informeren ouders op verschillende manieren. De website www.vlietlanden-oost.nl heeft een "
          "ouderdeel met uitleg over alle ondersteuningsvoorzieningen en de weg naar extra ondersteuning. Iedere "
          "school beschrijft haar ondersteuning in de schoolgids en het schoolondersteuningsprofiel. Nieuwe ouders "
          "krijgen bij inschrijving de folder 'Wat als mijn kind meer nodig heeft?'. Daarnaast organiseren wij "
          "jaarlijks drie ouderavonden in de drie gemeenten en is de ouderconsulent van het samenwerkingsverband "
          "elke werkdag bereikbaar."),
    ("h1", "6 Professionalisering en kennisdeling"),
    ("p", "Goede ondersteuning staat of valt met deskundige leerkrachten en intern begeleiders. Het "
          "samenwerkingsverband organiseert netwerken voor intern begeleiders, een leergang gedrag en jaarlijks een "
          "studiedag. Scholen delen hun kennis in leernetwerken rond thema's als meer- en hoogbegaafdheid en "
          "jonge risicoleerlingen. Wij nodigen scholen uit om gebruik te maken van elkaars expertise en om bij elkaar "
          "in de keuken te kijken. De terugkoppeling van deze netwerken gebruiken wij om ons aanbod bij te stellen."),
    ("p", FILLER_VISIE.replace("Dit plan is daarom geen handboek", "Ook professionalisering is geen handboekkwestie")),
    ("h1", "7 Toelaatbaarheid nader bekeken"),
    ("p", "In hoofdstuk 3 beschreven wij hoe een aanvraag voor een TLV verloopt. Hier gaan wij in op de criteria. "
          "De Commissie Toelaatbaarheid geeft een TLV voor het sbo af als het kind na ten minste een jaar extra "
          "ondersteuning op niveau 3 of 4 onvoldoende tot ontwikkeling komt, de ondersteuningsbehoefte op het gebied "
          "van leren of gedrag de mogelijkheden van de reguliere school met arrangement aantoonbaar overstijgt en een "
          "kleinere groep met specialistische begeleiding naar verwachting wel tot ontwikkeling leidt. Een TLV voor "
          "het so wordt afgegeven als daarnaast sprake is van een structurele behoefte aan een combinatie van "
          "onderwijs en intensieve zorg of behandeling die alleen in het so beschikbaar is, of van een ernstige "
          "verstandelijke of lichamelijke beperking waardoor het kind op niveau 1 tot en met 4 niet kan leren."),
    ("p", "Een TLV voor het sbo geldt in de regel tot het einde van de basisschoolperiode, een TLV voor het so voor "
          "twee schooljaren, met de bekostigingscategorie laag, midden of hoog. Tegen een besluit kunnen ouders "
          "bezwaar maken; het samenwerkingsverband is aangesloten bij de Landelijke Bezwaaradviescommissie."),
    ("h1", "8 Doorgaande lijnen"),
    ("p", "Kinderen maken in hun schoolloopbaan verschillende overgangen door: van de voorschool naar groep 1, van "
          "groep 8 naar het voortgezet onderwijs en soms van de ene school naar de andere. Bij iedere overgang is een "
          "warme overdracht het uitgangspunt. Met samenwerkingsverband VO Vliet en Duin zijn afspraken gemaakt over de "
          "doorstroom van groep 8 naar het vo, zodat het uitstroomperspectief van leerlingen met een OPP tijdig "
          "bekend is bij de vo-school. Voor kinderen in het so geldt dat de uitstroom naar vso of vo in groep 7 al "
          "wordt voorbereid."),
    ("h1", "9 Kwaliteit en verantwoording"),
    ("p", "Wij volgen de ambities uit hoofdstuk 2 met een monitor die twee keer per jaar, in februari en september, "
          "wordt opgesteld. Daarin staan per gemeente en per bestuur het deelnamepercentage sbo en so op de "
          "teldatum 1 oktober, het aantal thuiszitters en hun wachttijd, de doorlooptijd van aanvragen en de "
          "uitkomsten van de tevredenheidspeiling onder ouders en scholen, die ieder voorjaar wordt afgenomen. De "
          "directeur bespreekt de monitor met het bestuur en met de ondersteuningsplanraad. In het jaarverslag "
          "rapporteren wij over de bereikte resultaten en over de middelen die daaraan zijn besteed. Halverwege de "
          "planperiode, in het voorjaar van 2027, volgt een tussenevaluatie met alle besturen; de uitkomsten kunnen "
          "leiden tot bijstelling van de ambities."),
    ("h1", "10 Geld"),
    ("p", "Het samenwerkingsverband ontvangt jaarlijks de middelen voor lichte en zware ondersteuning van DUO. Na "
          "aftrek van de afdrachten voor so en de bekostiging van het sbo verdelen wij het grootste deel van de "
          "middelen naar de besturen. Iedere school ontvangt via haar bestuur € 142 per leerling op de teldatum van "
          "1 oktober, met een vaste voet van € 5.000 per vestiging voor kleine scholen (minder dan 100 leerlingen). "
          "Arrangementen en bovenschoolse voorzieningen worden door de Commissie Arrangeren toegekend uit het "
          "centrale budget, op basis van de aanvraag en de afspraken in hoofdstuk 3. Het bestuur stelt de "
          "verdeelsleutel jaarlijks vast."),
    ("p", "De meerjarenbegroting 2025-2029 is opgenomen in bijlage 6. Besturen verantwoorden de besteding van de "
          "middelen jaarlijks in hun bestuursverslag."),
    ("h1", "11 Als het schuurt"),
    ("p", "Soms lopen gesprekken tussen ouders en school vast. Dan is het goed als er iemand is die onafhankelijk "
          "meedenkt. Ouders kunnen terecht bij het Ouder- en Jeugdsteunpunt Vlietlanden, dat los van de scholen en "
          "van het samenwerkingsverband werkt en ouders gratis informeert, adviseert en zo nodig begeleidt naar "
          "gesprekken. Daarnaast kunnen ouders een beroep doen op de Onderwijsconsulenten. Klachten kunnen worden "
          "ingediend bij de klachtencommissie; geschillen over toelating, verwijdering of het OPP kunnen worden "
          "voorgelegd aan de Geschillencommissie passend onderwijs."),
    ("h1", "Bijlagen"),
    ("bullets", ["Bijlage 1 Verslag OOGO 28 januari 2025 (separaat)",
                 "Bijlage 2 Instemmingsbrief ondersteuningsplanraad (separaat)",
                 "Bijlage 3 Overzicht scholen en besturen (separaat)",
                 "Bijlage 4 Stroomschema ondersteuningsroute (separaat)",
                 "Bijlage 5 Privacyreglement (separaat)",
                 "Bijlage 6 Meerjarenbegroting 2025-2029 (separaat)"]),
]

LABEL = {
    "documents": [f"{SLUG}.docx"],
    "sector": "po",
    "looks_like_plan": True,
    "elements": {"basisondersteuning": "partial", "plaatsing": "present", "terugstroom": "missing",
                 "financien": "partial", "dekkend-aanbod": "present", "resultaten": "present",
                 "ouders": "present"},
    "criteria": {
        "basisondersteuning.niveau": True, "basisondersteuning.inhoud": False,
        "plaatsing.procedure": True, "plaatsing.criteria": True,
        "terugstroom.procedure": False, "terugstroom.beleid": False,
        "financien.verdeling": True, "financien.besteding": False,
        "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
        "resultaten.doelen": True, "resultaten.monitoring": True,
        "ouders.informatie": True, "ouders.steunpunt": True,
    },
    "advisory_addressed": ["plaatsing.deskundigen", "plaatsing.duur-categorie", "plaatsing.bezwaar",
                           "financien.verantwoording", "dekkend-aanbod.ketenpartners", "resultaten.meetbaar",
                           "ouders.betrokkenheid"],
    "notes": {
        "basisondersteuning": "Ch. 2 (inside the visie text) defines the SWV-wide minimum level for every vestiging, but "
                              "the concrete content is delegated to the schools' SOPs and a kwaliteitskaart 'in 2026'; ch. 3 only "
                              "says niveau 1-2 is organised by the school -> inhoud not addressed.",
        "plaatsing": "Spread: procedure in ch. 3 (bevoegd gezag, groeidocument, two deskundigen, Commissie Toelaatbaarheid, "
                     "6 weeks); criteria in ch. 7, with duration, category and bezwaar.",
        "terugstroom": "Nothing on return from sbo/so to regular education. Only near-misses: 'terugblik', "
                       "'terugkoppeling(en)', 'loopt terug'/'teruglopende leerlingaantallen', 'thuiszitters terug naar school' "
                       "(ch. 4, dekkend-aanbod), 'doorstroom'/'uitstroom(perspectief)' (ch. 8, PO-VO and so->vso/vo).",
        "financien": "Ch. 10 gives the verdeling (€ 142 p.l., vaste voet, Commissie Arrangeren, yearly vaststelling). "
                     "The meerjarenbegroting is in 'bijlage 6', listed as separaat and not part of the input -> besteding "
                     "not addressed (verwezen).",
        "dekkend-aanbod": "Continuum in ch. 3 (niveau 1-5, Vlietklas, Denkwerkplaats, Taalbrug, sbo/so); lacunes in ch. 4 "
                          "(monthly overview of thuiszitters/wachtlijsten, Vliettafel, yearly witte-vlekkenanalyse, zorgplicht).",
        "resultaten": "Spread: beoogde resultaten with numbers in ch. 2; monitoring (half-yearly monitor, indicators, "
                      "jaarverslag, tussenevaluatie 2027) in ch. 9.",
        "ouders": "Information in ch. 5 (website ouderdeel, schoolgids/SOP, folder, ouderavonden, ouderconsulent); "
                  "independent support in ch. 11 (OJSP Vlietlanden, Onderwijsconsulenten, klachten, Geschillencommissie).",
    },
}
