# ---------------------------------------------------------------- plan 3: Den Haag PO (pdf)
def plan3():
    N = "Stichting Samenwerkingsverband Hofstad Primair"
    T = "Ondersteuningsplan Hofstad Primair 2025-2029"
    B = [("title", T),
         ("p", "Stichting Samenwerkingsverband Hofstad Primair (PO 28-92) - Den Haag en Rijswijk"),
         ("p", "Samen sterk voor elk Haags kind - planperiode 1 augustus 2025 - 31 juli 2029"),
         ("pagebreak", None),
         ("toc", [("1 Terugblik en vooruitblik", 3), ("2 Onze stad, onze scholen", 5), ("3 Koers 2029", 7), ("4 Basisondersteuning", 9),
                  ("5 Route naar extra ondersteuning", 11), ("6 Toelaatbaarheid sbo en so", 13), ("7 Doorgaande lijnen", 16),
                  ("7.1 Van voorschool naar groep 1", 16), ("7.2 Doorstroom PO-VO", 16), ("7.3 Terug- en doorplaatsing", 17),
                  ("8 Passend aanbod en thuiszitters", 18), ("9 Jeugdhulp en gemeente", 21), ("10 Resultaten", 23),
                  ("11 Communicatie", 25), ("12 Bekostiging en bedrijfsvoering", 27), ("13 Organisatie en medezeggenschap", 31),
                  ("14 Privacy", 33), ("Verklarende woordenlijst", 34)]),
         ("h1", "1 Terugblik en vooruitblik"),
         ("p", "In 2021 stelden we het vorige ondersteuningsplan vast, midden in de coronaperiode. Veel van wat we toen wilden, "
               "is gelukt: er kwamen schoolmaatschappelijk werkers van de jeugd- en gezinsteams op alle scholen in Escamp en Laak, "
               "de wachttijd voor een TLV werd korter en de samenwerking met de gemeente Den Haag werd hechter. Andere voornemens "
               "liepen vertraging op, vooral door personeelstekorten. In deze terugblik kijken we kort terug en vooral vooruit."),
         ("p", "Het belangrijkste wat we de afgelopen jaren hebben geleerd, is dat passend onderwijs in een grote stad pas werkt "
               "als de school niet alleen staat. De leerkracht in Transvaal of Moerwijk heeft te maken met gezinnen die met "
               "schulden, slechte huisvesting of onzekere verblijfsstatus kampen. Een kind dat daardoor niet tot leren komt, "
               "heeft niet in de eerste plaats een orthopedagoog nodig, maar een school en een wijkteam die samen optrekken. Dat "
               "inzicht loopt als een rode draad door dit plan."),
         ("h1", "2 Onze stad, onze scholen"),
         ("p", "Hofstad Primair omvat de basisscholen, scholen voor speciaal basisonderwijs en so-scholen in Den Haag en "
               "Rijswijk. Het verband telt 31 schoolbesturen, 148 scholen voor basisonderwijs, 8 sbo-scholen en 11 so-scholen "
               "van cluster 3 en 4. Op 1 oktober 2024 telden we 52.300 leerlingen in het basisonderwijs."),
         ("table", [["Stadsdeel", "Scholen", "Leerlingen", "Kenmerk"], ["Escamp", "31", "11.420", "grootste stadsdeel, veel nieuwkomers"],
                    ["Laak", "14", "4.980", "hoge armoedecijfers"], ["Centrum", "26", "8.150", "zeer divers"], ["Segbroek", "15", "6.020", "relatief weinig verwijzingen"],
                    ["Scheveningen", "13", "5.310", "kustgebied, dalende aantallen"], ["Loosduinen, Haagse Hout, Leidschenveen-Ypenburg", "34", "12.340", "groeigebieden"],
                    ["Rijswijk", "15", "4.080", "eigen gemeente"]]),
         ("h1", "3 Koers 2029"),
         ("p", "Onze missie luidt: elk Haags kind krijgt onderwijs dat past, in een school die dichtbij is en die het kind kent. "
               "Voor 2029 hebben we drie ambities. Eén: minder kinderen hoeven naar het speciaal onderwijs omdat reguliere "
               "scholen meer aankunnen. Twee: geen kind zit thuis zonder passend aanbod. Drie: scholen, jeugd- en gezinsteams en "
               "het verband werken vanuit één gezamenlijke aanpak per wijk."),
         ("p", "Deze ambities zijn geen vrijblijvende wensen. In hoofdstuk 10 hebben we ze vertaald naar concrete beoogde "
               "resultaten met streefcijfers. Ze zijn tot stand gekomen in gesprekken met directeuren, intern begeleiders, "
               "ouders, leerlingen uit de groepen 7 en 8 en onze partners in de stad."),
         ("h1", "4 Basisondersteuning"),
         ("p", "Basisondersteuning is in Hofstad Primair het gezamenlijk afgesproken niveau van ondersteuning dat iedere "
               "vestiging van iedere aangesloten school ten minste biedt. Het is de ondergrens voor alle 148 scholen, vastgesteld "
               "door het algemeen bestuur. De basisondersteuning omvat in elk geval de basiskwaliteit zoals de inspectie die "
               "beoordeelt, en daarnaast de afspraken die de besturen onderling maken."),
         ("p", "De concrete invulling van die afspraken - welke interventies, welke expertise en welke voorzieningen iedere "
               "school in huis heeft - leggen we in het voorjaar van 2026 vast in het herijkte Haags Referentiekader "
               "Basisondersteuning. Tot dat moment beschrijft iedere school haar eigen ondersteuning in het "
               "schoolondersteuningsprofiel."),
         ("h1", "5 Route naar extra ondersteuning"),
         ("p", "Als een school vastloopt in de ondersteuning van een kind, schakelt zij het schoolondersteuningsteam in. Daarin "
               "zitten de intern begeleider, de schoolmaatschappelijk werker van het jeugd- en gezinsteam (JGT) en de "
               "onderwijsadviseur van Hofstad. Samen met de ouders stelt het team vast wat het kind nodig heeft. Dat kan een "
               "arrangement in de eigen school zijn, een plaatsing in een bovenschoolse groep of een aanvraag voor een TLV."),
         ("p", "De onderwijsadviseurs van Hofstad werken per stadsdeel en kennen de scholen in hun gebied. Zij kunnen binnen "
               "twee weken na een verzoek aanschuiven. Een arrangement wordt vastgelegd in het groeidocument, met de doelen, de "
               "inzet en de evaluatiedatum."),
         ("h1", "6 Toelaatbaarheid sbo en so"),
         ("p", "Het bevoegd gezag van de school waar het kind is ingeschreven, vraagt de TLV aan bij de Toelaatbaarheidscommissie "
               "Hofstad (TCH). De school voegt het groeidocument, het OPP, het verslag van het schoolondersteuningsteam en de "
               "zienswijze van de ouders bij. De TCH vraagt advies aan twee onafhankelijke deskundigen: een orthopedagoog of "
               "psycholoog, en een tweede deskundige die past bij de vraag van het kind, zoals een jeugdarts of een "
               "maatschappelijk werker. Iedere deskundige brengt een eigen, schriftelijk advies uit. De TCH besluit binnen zes "
               "weken; ouders ontvangen het besluit en beide adviezen."),
         ("p", "Bij de beoordeling kijkt de TCH naar het hele kind. Er gelden in Hofstad bewust geen vaste criteria voor "
               "toelaatbaarheid tot het sbo of so: iedere aanvraag wordt op zijn eigen merites gewogen, omdat geen kind in een "
               "schema past."),
         ("p", "Een TLV sbo geldt in de regel voor twee schooljaren; een TLV so voor twee of drie schooljaren, met een "
               "bekostigingscategorie (laag, midden of hoog) die de TCH vaststelt. Ouders en school die het niet eens zijn met "
               "het besluit, kunnen binnen zes weken bezwaar maken bij het bestuur van Hofstad. Het bestuur vraagt advies aan de "
               "Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen voordat het op het bezwaar beslist."),
         ("h1", "7 Doorgaande lijnen"),
         ("h2", "7.1 Van voorschool naar groep 1"),
         ("p", "Veel Haagse kinderen bezoeken een voorschool. De overdracht van voorschool naar basisschool verloopt via een "
               "warme overdracht met het overdrachtsformulier van de gemeente. Voor kinderen met een ondersteuningsbehoefte "
               "schuift de onderwijsadviseur van Hofstad aan bij die overdracht."),
         ("h2", "7.2 Doorstroom PO-VO"),
         ("p", "Met het samenwerkingsverband VO in Den Haag is afgesproken dat basisscholen leerlingen met een "
               "ondersteuningsbehoefte vóór 1 februari aanmelden voor een warme overdracht. De Haagse POVO-procedure bepaalt de "
               "data voor aanmelding en plaatsing in het voortgezet onderwijs."),
         ("h2", "7.3 Terug- en doorplaatsing"),
         ("p", "Voor de terug- en doorplaatsing van leerlingen uit het sbo en so verwijzen wij naar het Haagse protocol Terug- en "
               "doorplaatsing, dat te vinden is op www.hofstadprimair.nl/protocollen."),
         ("h1", "8 Passend aanbod en thuiszitters"),
         ("h2", "8.1 Het aanbod"),
         ("p", "Het aanbod van Hofstad loopt van licht naar zwaar. Iedere school biedt basisondersteuning. Daarboven kunnen "
               "scholen arrangementen inzetten, zoals een gedragsspecialist in de klas of een kleine leesgroep. Bovenschools "
               "zijn er de Haagse Taalscholen voor nieuwkomers (vier locaties), de Onderwijs-Zorg-Units (OZU) in Escamp en "
               "Centrum voor kinderen die naast onderwijs dagbehandeling nodig hebben, drie Plusklassen voor hoogbegaafde "
               "leerlingen en de tussenvoorziening 'Het Anker' voor kinderen die tijdelijk een kleine, intensieve setting nodig "
               "hebben. Het sbo en so vormen de laatste schakel. Een kind kan tussen deze onderdelen bewegen; plaatsing is niet "
               "eenrichtingsverkeer."),
         ("h2", "8.2 Thuiszitters en witte vlekken"),
         ("p", "Iedere school meldt een leerling die langer dan vier weken niet naar school gaat binnen vijf werkdagen bij de "
               "onderwijsadviseur en bij Leerplicht. Hofstad voert samen met de gemeente de Haagse Plaatsingstafel: een wekelijks "
               "overleg waarin alle thuiszitters en kinderen zonder passende plek één voor één worden besproken. Aan tafel zitten "
               "Leerplicht, de JGT's, de so-scholen en, waar nodig, Jeugdbescherming West. Voor ieder kind wordt een regisseur "
               "aangewezen; binnen drie weken ligt er een plan met een startdatum. Als de betrokken besturen er samen niet uitkomen, "
               "heeft de directeur-bestuurder doorzettingsmacht."),
         ("p", "Daarnaast analyseert Hofstad ieder jaar in januari de wachtlijsten van de so-scholen en de Taalscholen en de "
               "vragen die de Plaatsingstafel niet kon beantwoorden. Uit de analyse van 2024 bleek een tekort aan plekken voor "
               "jonge kinderen met ernstige gedragsproblemen; daarom openen we in augustus 2025 een tweede groep van 'Het "
               "Anker' in Laak."),
         ("h1", "9 Jeugdhulp en gemeente"),
         ("p", "De gemeente Den Haag werkt met jeugd- en gezinsteams in alle stadsdelen en met het Centrum Jeugd en Gezin. "
               "In het OOGO met de gemeenten Den Haag en Rijswijk zijn afspraken gemaakt over schoolmaatschappelijk werk, de "
               "Onderwijs-Zorg-Units, leerlingenvervoer en huisvesting van het speciaal onderwijs. Het OOGO over dit plan vond "
               "plaats op 6 maart 2025. De gemeente financiert de jeugdhulp in de OZU; Hofstad financiert het onderwijsdeel."),
         ("p", "Bij kinderen met een maatregel van jeugdbescherming schuift de jeugdbeschermer aan in het "
               "schoolondersteuningsteam. Met Veilig Thuis is een werkafspraak gemaakt over signalen van kindermishandeling."),
         ("h1", "10 Resultaten"),
         ("p", "Voor deze planperiode hebben we de volgende beoogde resultaten geformuleerd:"),
         ("table", [["Ambitie", "Beoogd resultaat 2029"],
                    ["Minder verwijzing", "Deelnamepercentage sbo daalt van 2,4% naar 2,0%; so van 1,9% naar 1,7%"],
                    ["Geen thuiszitters zonder aanbod", "Op iedere peildatum hebben alle thuiszitters binnen drie weken een plan met startdatum; het aantal langdurig thuiszittenden daalt van 58 naar 25"],
                    ["Tijdige ondersteuning", "90% van de arrangementen start binnen vier weken na aanvraag"],
                    ["Sterke basis", "Alle scholen voldoen in 2027 aan het herijkte referentiekader"]]),
         ("p", "Hoe we deze resultaten gaan meten, volgen en rapporteren leggen we vast in het nieuwe kwaliteitskader van "
               "Hofstad, dat eind 2026 gereed is."),
         ("h1", "11 Communicatie"),
         ("p", "Goede communicatie begint met begrijpelijke informatie. Hofstad informeert ouders over de ondersteuning in de "
               "scholen en in het verband via de website, waar per ondersteuningsvorm een uitleg staat in eenvoudige taal, en via "
               "de folder 'De Haagse ouderwijzer', die in het Nederlands, Engels, Turks, Arabisch en Pools verschijnt en op iedere "
               "school verkrijgbaar is. Tweemaal per jaar organiseren we per stadsdeel een ouderavond met de onderwijsadviseurs. "
               "Scholen zijn gevraagd hun ondersteuningsaanbod op te nemen in de schoolgids en op hun website."),
         ("p", "Ouders die onafhankelijk advies willen, bijvoorbeeld omdat zij het niet eens zijn met de school, kunnen terecht bij "
               "het Ouder- en Jeugdsteunpunt Haaglanden. Het steunpunt is onafhankelijk van scholen en van het verband, denkt "
               "kosteloos mee en kan bemiddelen. Daarnaast kunnen ouders een beroep doen op de Onderwijsconsulenten (landelijk) "
               "en, bij een geschil over toelating, verwijdering of het OPP, op de Geschillencommissie passend onderwijs. Het "
               "verband heeft een eigen klachtenregeling en is aangesloten bij de Landelijke Klachtencommissie Onderwijs."),
         ("p", "Via de OPR en de jaarlijkse ouderpeiling betrekken we ouders bij het beleid. Tot slot gebruiken we nieuwsbrieven "
               "en sociale media om scholen en partners op de hoogte te houden van ontwikkelingen."),
         ("h1", "12 Bekostiging en bedrijfsvoering"),
         ("p", "Tabel 12.1 geeft de verdeling van de middelen weer; tabel 12.2 de meerjarenbegroting."),
         ("table", [["Tabel 12.1 Verdeelmodel", "Ontvanger", "Grondslag", "Bedrag 2025"],
                    ["Schoolbudget basis", "schoolbesturen", "€ 118 per leerling (teldatum 1 okt.) + € 9.500 vaste voet per school", "€ 7,57 mln"],
                    ["Arrangementen", "scholen, op aanvraag", "toekenning door onderwijsadviseur volgens arrangementenkaart", "€ 4,10 mln"],
                    ["Bovenschoolse voorzieningen", "uitvoerende besturen", "vaste bekostiging per plek (bijv. OZU € 14.200)", "€ 5,35 mln"],
                    ["Afdrachten so (DUO) en overdracht sbo", "so/sbo", "wettelijke systematiek, peildatum 1 februari", "€ 26,9 mln"],
                    ["Bureau en onderwijsadviseurs", "Hofstad", "formatieplan", "€ 2,95 mln"]]),
         ("table", [["Tabel 12.2 Meerjarenbegroting (x € 1.000)", "2025", "2026", "2027", "2028"],
                    ["Baten ondersteuningsbekostiging", "47.100", "47.450", "47.600", "47.300"], ["Afdrachten en overdrachten", "-26.900", "-27.200", "-27.350", "-27.300"],
                    ["Schoolbudget basis", "7.570", "7.600", "7.600", "7.550"], ["Arrangementen", "4.100", "4.150", "4.200", "4.200"],
                    ["Bovenschoolse voorzieningen", "5.350", "5.600", "5.700", "5.700"], ["Bureau", "2.950", "3.000", "3.050", "3.100"],
                    ["Saldo", "-1.770", "-2.100", "-2.300", "-2.550"]]),
         ("p", "De negatieve saldi worden gedekt uit de reserve, die eind 2024 € 12,6 miljoen bedroeg en daarmee boven de "
               "signaleringswaarde lag. Eind 2028 verwachten we een reserve van circa € 3,9 miljoen, boven het door de raad "
               "van toezicht vastgestelde minimale weerstandsvermogen van 5 procent van de baten."),
         ("h1", "13 Organisatie en medezeggenschap"),
    ]
    B += governance(N, "31 schoolbesturen uit Den Haag en Rijswijk", "dr. S. (Samira) El Khatib", "vijf")
    B += opr_procedure("25 maart 2025", "6 maart 2025", "1 april 2025")
    B += personeel("Hofstad Primair", "44")
    B += professionalisering()
    B += [("h1", "14 Privacy")] + ict_privacy("Hofstad Primair")
    B += [("h1", "Verklarende woordenlijst"),
          ("table", [["Begrip", "Betekenis"], ["Basisondersteuning", "De voorzieningen die elke school biedt: o.a. dyslexiebeleid, gedragsaanpak, intern begeleider"],
                     ["JGT", "Jeugd- en gezinsteam van de gemeente Den Haag"], ["OJSP", "Ouder- en jeugdsteunpunt"],
                     ["Terugplaatsing", "De overstap van een leerling van sbo/so naar een reguliere basisschool, met begeleiding van de sbo/so-school"],
                     ["TCH", "Toelaatbaarheidscommissie Hofstad"], ["TLV", "Toelaatbaarheidsverklaring"],
                     ["Verdeelmodel", "De regels waarmee Hofstad middelen aan schoolbesturen toekent"]])]
    labels = {
        "sector": "po",
        "elements": {"basisondersteuning": "partial", "plaatsing": "partial", "terugstroom": "missing", "financien": "present",
                     "dekkend-aanbod": "present", "resultaten": "partial", "ouders": "present"},
        "criteria": {"basisondersteuning.niveau": True, "basisondersteuning.inhoud": False, "plaatsing.procedure": True,
                     "plaatsing.criteria": False, "terugstroom.procedure": False, "terugstroom.beleid": False,
                     "financien.verdeling": True, "financien.besteding": True, "dekkend-aanbod.continuum": True,
                     "dekkend-aanbod.lacunes": True, "resultaten.doelen": True, "resultaten.monitoring": False,
                     "ouders.informatie": True, "ouders.steunpunt": True},
        "advisory": {"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"], "financien": ["reserves"],
                     "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        "notes": {
            "basisondersteuning": "Ch.4 defines the SWV-wide minimum (niveau) but defers the concrete content to the 'Haags Referentiekader' of spring 2026 / school SOPs; glossary lists examples (trap).",
            "plaatsing": "Ch.6: TCH procedure with dossier, two deskundigen, 6 weeks, duration/category, bezwaar via LBT; criteria explicitly absent ('bewust geen vaste criteria').",
            "terugstroom": "7.3 'Terug- en doorplaatsing' only refers to a protocol on the website; 7.2 doorstroom PO-VO and 'terugblik' are near-misses; glossary defines terugplaatsing (trap).",
            "financien": "Ch.12 'Bekostiging en bedrijfsvoering': verdeelmodel and meerjarenbegroting only in tables 12.1/12.2; reserves/weerstandsvermogen in prose.",
            "dekkend-aanbod": "8.1 continuum (basis, arrangementen, Taalscholen, OZU, Plusklassen, Het Anker, sbo/so); 8.2 Plaatsingstafel, doorzettingsmacht, yearly waiting-list analysis; ch.9 JGT/OOGO.",
            "resultaten": "Ch.10 table of beoogde resultaten with numbers; how they are measured/reported deferred to a kwaliteitskader at end 2026.",
            "ouders": "Inside ch.11 'Communicatie': website, 'Haagse ouderwijzer' in 5 languages, ouderavonden; OJSP Haaglanden, Onderwijsconsulenten, GPO, klachtenregeling; OPR and ouderpeiling.",
        },
    }
    return "dh-po-hofstad", T, "Hofstad Primair - ondersteuningsplan 2025-2029", B, labels
