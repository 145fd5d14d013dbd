# ---------------------------------------------------------------- plan 1: Amsterdam PO (docx)
def plan1():
    N = "Samenwerkingsverband Passend Primair Onderwijs Amstel-IJ"
    T = "Ondersteuningsplan 2025-2029 Amstel-IJ"
    B = [("title", T),
         ("p", "Samenwerkingsverband Passend Primair Onderwijs Amstel-IJ (PO 27-93)"),
         ("p", "Stadsdelen Noord, Oost, Zuidoost en Nieuw-West van de gemeente Amsterdam"),
         ("p", "Planperiode 1 augustus 2025 tot en met 31 juli 2029 - vastgesteld door de directeur-bestuurder na instemming van de ondersteuningsplanraad"),
         ("pagebreak", None),
         ("toc", [("Voorwoord", 3), ("1 Wie zijn wij", 4), ("2 Visie en missie", 6), ("3 Basisondersteuning op elke school", 8),
                  ("4 Extra ondersteuning, arrangementen en toelaatbaarheid", 11), ("4.4 Terugplaatsing en overplaatsing", 15),
                  ("5 Een passende plek voor ieder kind: dekkend aanbod en thuiszitters", 16), ("6 Samenwerking met de stad: OKT, wijkteams en OOGO", 19),
                  ("7 Resultaten en kwaliteit", 21), ("8 Ouders", 22), ("9 Geld en middelen", 24), ("10 Organisatie, medezeggenschap en personeel", 28),
                  ("11 ICT en privacy", 30), ("12 Planning", 31), ("Begrippenlijst", 32)]),
         ("h1", "Voorwoord"),
         ("p", "Voor u ligt het ondersteuningsplan 2025-2029 van Amstel-IJ. Het is ons derde plan sinds de invoering van passend "
               "onderwijs in 2014, en misschien wel het eerste dat echt is geschreven vanuit de praktijk van de stad. In vier "
               "stadsdelen werken 41 schoolbesturen met samen 214 basisscholen, 9 scholen voor speciaal basisonderwijs en 14 "
               "locaties voor speciaal onderwijs aan hetzelfde doel: ieder Amsterdams kind gaat naar een school waar het zich "
               "kan ontwikkelen, zo dicht mogelijk bij huis."),
         ("p", "De afgelopen jaren waren niet makkelijk. Het lerarentekort raakt juist de scholen in Nieuw-West en Zuidoost "
               "hard, de wachtlijsten in de jeugdhulp zijn lang en de druk op gezinnen is door de stijgende kosten van "
               "levensonderhoud toegenomen. Tegelijk zagen we hoe scholen, ouder- en kindteams en het verband elkaar in die "
               "periode steeds beter wisten te vinden. Dit plan bouwt voort op die samenwerking. Het is tot stand gekomen in "
               "een reeks van veertien werksessies met directeuren, intern begeleiders, ouders, OKT-medewerkers en "
               "beleidsmakers van de gemeente. Wij danken iedereen die heeft meegedacht, en in het bijzonder de leden van de "
               "ondersteuningsplanraad, die ons scherp hebben gehouden."),
         ("p", "Dit plan is geen handboek. Wie wil weten hoe een aanvraag precies in het digitale loket wordt ingevoerd, vindt "
               "dat in de werkinstructies op ons extranet. Het plan beschrijft wat we afspreken, waarom, en wat ouders en "
               "scholen daarvan mogen verwachten."),
         ("h1", "1 Wie zijn wij"),
         ("p", "Amstel-IJ is het samenwerkingsverband voor primair onderwijs in de stadsdelen Noord, Oost, Zuidoost en "
               "Nieuw-West. Het verband telde op 1 oktober 2024 ruim 46.800 leerlingen in het basisonderwijs, 1.310 leerlingen "
               "in het speciaal basisonderwijs en 1.020 leerlingen in het speciaal onderwijs van cluster 3 en 4 die in ons "
               "gebied wonen. De stadsdelen verschillen sterk. Noord en Nieuw-West groeien door nieuwbouw; in Zuidoost daalt "
               "het aantal jonge kinderen licht; Oost kent zowel zeer welvarende als zeer kwetsbare buurten, soms binnen "
               "dezelfde postcode."),
         ("p", "Bijna de helft van onze leerlingen groeit meertalig op. In de afgelopen planperiode zijn bovendien veel "
               "kinderen van nieuwkomers ingestroomd, onder wie kinderen uit Oekraïne en kinderen van statushouders die in "
               "Nieuw-West en Noord zijn gehuisvest. Die diversiteit is een rijkdom, en tegelijk een opdracht: scholen hebben "
               "expertise nodig op het gebied van taalontwikkeling, trauma en sensitief lesgeven."),
         ("p", "Het verband werkt in vier stadsdeelteams. Ieder stadsdeelteam bestaat uit een stadsdeelcoördinator, drie tot "
               "vijf consulenten passend onderwijs en een orthopedagoog. De teams zijn het eerste aanspreekpunt voor scholen "
               "en werken nauw samen met de ouder- en kindteams (OKT) die aan elke school verbonden zijn."),
         ("table", [["Stadsdeel", "Basisscholen", "Leerlingen bao (1-10-2024)", "Sbo-locaties", "So-locaties"],
                    ["Noord", "52", "11.240", "2", "3"], ["Oost", "58", "12.950", "3", "4"],
                    ["Zuidoost", "41", "8.870", "2", "4"], ["Nieuw-West", "63", "13.760", "2", "3"],
                    ["Totaal", "214", "46.820", "9", "14"]]),
         ("h1", "2 Visie en missie"),
         ("p", "Onze missie is kort: elk kind hoort erbij. Wij geloven dat kinderen het meest leren in een omgeving die hen "
               "kent, in hun eigen buurt, met klasgenoten die ook hun buren zijn. Dat betekent niet dat speciaal onderwijs "
               "overbodig is; voor een deel van de kinderen is een sbo- of so-school juist de plek waar zij tot bloei komen. "
               "Het betekent wel dat iedere verwijzing een bewuste keuze moet zijn, en dat de weg terug open blijft."),
         ("p", "Onze visie rust op vier pijlers. Ten eerste: de leraar doet ertoe. Ondersteuning begint in de klas, bij een "
               "leraar die het kind kent en weet wat het nodig heeft. Ten tweede: school en OKT werken als één team. Een kind "
               "dat thuis vastloopt, loopt vaak ook op school vast, en omgekeerd. Ten derde: ouders zijn partners. Zij kennen "
               "hun kind het best. Ten vierde: geld volgt de ondersteuning, niet de bureaucratie. Wij willen zo min mogelijk "
               "formulieren en zo veel mogelijk handen in de klas."),
         ("p", "We werken resultaatgericht en met open vizier. Dat betekent dat we durven te kijken naar wat werkt en wat niet, "
               "en dat we scholen aanspreken op wat we samen hebben afgesproken. Het betekent ook dat we de komende jaren "
               "meer gaan leren van data, zonder dat cijfers het gesprek over een kind vervangen."),
         ("h1", "3 Basisondersteuning op elke school"),
         ("h2", "3.1 Wat is basisondersteuning in Amstel-IJ?"),
         ("p", "Basisondersteuning is in Amstel-IJ het geheel van preventieve en licht curatieve ondersteuning dat iedere "
               "vestiging van iedere aangesloten basisschool biedt, zonder dat daarvoor een aanvraag bij het verband nodig is. "
               "De 41 besturen hebben in de algemene vergadering van 12 december 2024 afgesproken dat de 'Amstel-IJ basiskaart' "
               "de ondergrens is: geen enkele school zakt daaronder, en scholen mogen er vanzelfsprekend boven zitten. De "
               "basiskaart geldt voor alle 214 vestigingen, ook voor nevenvestigingen en voor de scholen die pas in de "
               "planperiode toetreden."),
         ("p", "De grens met extra ondersteuning ligt waar de school met haar eigen mensen en middelen, en met de hulp van het "
               "OKT, niet meer kan bieden wat het kind nodig heeft, ook niet na een gerichte aanpassing van twee periodes van "
               "acht weken. Pas dan kan de school een arrangement aanvragen (hoofdstuk 4)."),
         ("h2", "3.2 Wat vindt u op elke school?"),
         ("p", "Op iedere school in Amstel-IJ treft u ten minste het volgende aan:"),
         ("bullets", ["een intern begeleider met een aanstelling van minimaal 0,4 fte per 200 leerlingen, die de ondersteuning in de school coördineert;",
                      "een ondersteuningsteam dat minimaal zes keer per jaar bijeenkomt, met de intern begeleider, de OKT-medewerker van de school en op afroep de consulent van het stadsdeelteam;",
                      "een dyslexie- en dyscalculieprotocol volgens de landelijke protocollen, inclusief begeleiding van kinderen die in de vergoede zorg vallen;",
                      "een aanpak voor sociale veiligheid en gedrag, met een jaarlijkse veiligheidsmeting onder leerlingen vanaf groep 5 en een anti-pestcoördinator;",
                      "een aanbod voor kinderen die meer aankunnen: verrijking in de klas en minimaal een uur per week in een plusgroep, binnen de school of met een buurschool;",
                      "taalondersteuning voor meertalige kinderen, waaronder extra woordenschatonderwijs in groep 1 tot en met 4 en NT2-expertise binnen het team of via de bovenschoolse taalcoach;",
                      "een protocol medisch handelen, zodat bijvoorbeeld kinderen met diabetes of epilepsie veilig naar school kunnen;",
                      "handelingsgericht werken: groepsoverzichten, een cyclus van groepsbesprekingen en een ontwikkelingsperspectief (OPP) voor ieder kind met een eigen leerlijn;",
                      "een toegankelijk schoolgebouw of, waar dat bouwkundig nog niet kan, een afspraak met een buurschool voor leerlingen in een rolstoel."]),
         ("p", "Deze afspraken vormen samen de basiskaart. In het schoolondersteuningsprofiel (of, zodra de wet dat voorschrijft, in "
               "de schoolgids) beschrijft iedere school hoe zij de basiskaart invult en wat zij daarbovenop biedt."),
         ("h2", "3.3 Hoe bewaken we de basis?"),
         ("p", "Iedere school voert eens per twee jaar een zelfevaluatie uit op de basiskaart. De stadsdeelcoördinator bespreekt "
               "de uitkomsten met de directeur en de intern begeleider tijdens een schoolbezoek. Als een school op een of meer "
               "onderdelen onder de basiskaart blijft, maakt het bestuur binnen drie maanden een verbeterplan; het verband kan "
               "daarvoor tijdelijk een expert leveren. Blijft verbetering uit, dan bespreekt de directeur-bestuurder dit met het "
               "betrokken schoolbestuur in het bestuurlijk overleg."),
         ("h1", "4 Extra ondersteuning, arrangementen en toelaatbaarheid"),
         ("h2", "4.1 Arrangementen"),
         ("p", "Als de basiskaart niet volstaat, kan de school met het stadsdeelteam een arrangement opstellen. Een arrangement "
               "is een afspraak over extra inzet voor één kind of een groep kinderen: bijvoorbeeld een gedragsspecialist die twee "
               "dagdelen per week in de klas meewerkt, een kleine taalgroep of een onderwijsassistent voor een kind met een "
               "lichamelijke beperking. Arrangementen duren in de regel een schooljaar en worden halverwege geëvalueerd."),
         ("p", "Naast individuele arrangementen kent Amstel-IJ bovenschoolse voorzieningen: de Taalklassen in Noord en Nieuw-West "
               "voor nieuwkomers, de observatiegroepen De Brug (Oost) en De Haven (Zuidoost) waar kinderen maximaal twaalf weken "
               "worden geobserveerd, twee voltijds HB-groepen, en de onderwijs-zorggroepen die samen met zorgaanbieders worden "
               "uitgevoerd voor kinderen die zowel onderwijs als intensieve jeugdhulp nodig hebben."),
         ("h2", "4.2 Toelaatbaarheid tot sbo en so: de procedure"),
         ("p", "Het bevoegd gezag van de school waar het kind staat ingeschreven vraagt de toelaatbaarheidsverklaring (TLV) aan "
               "via het digitale loket van het verband. Daarbij horen het groeidocument met het OPP, een verslag van het laatste "
               "ondersteuningsteam, de zienswijze van de ouders en, waar aanwezig, eerdere onderzoeksverslagen. De aanvraag "
               "doorloopt de volgende stappen:"),
         ("numbers", ["Het stadsdeelteam controleert binnen vijf werkdagen of het dossier compleet is.",
                      "Twee deskundigen brengen ieder afzonderlijk schriftelijk advies uit: altijd een orthopedagoog of psycholoog, en afhankelijk van het kind een tweede deskundige (bijvoorbeeld een maatschappelijk werker of een kinderarts). De deskundigen zijn niet eerder bij de aanvraag betrokken geweest.",
                      "De Commissie van Toelaatbaarheid (CvT) weegt de adviezen en besluit namens de directeur-bestuurder.",
                      "De ouders en de school ontvangen het besluit en een kopie van de deskundigenadviezen binnen zes weken na ontvangst van het complete dossier."]),
         ("p", "In spoedsituaties, bijvoorbeeld als een kind thuis zit, kan de CvT binnen tien werkdagen een tijdelijke TLV "
               "afgeven van maximaal drie maanden."),
         ("h2", "4.3 Wanneer is een kind toelaatbaar?"),
         ("p", "De CvT toetst iedere aanvraag aan de criteria in tabel 4.1. Een kind is toelaatbaar als aan alle criteria van de "
               "betreffende kolom is voldaan."),
         ("table", [["Criterium", "Speciaal basisonderwijs", "Speciaal onderwijs cluster 3/4"],
                    ["Inzet in regulier", "Basiskaart en ten minste één arrangement van een half jaar zijn ingezet en geëvalueerd", "Basiskaart en arrangementen zijn ingezet, of het OPP laat zien dat regulier onderwijs geen perspectief biedt"],
                    ["Ondersteuningsbehoefte", "Leer- en/of gedragsbehoefte vraagt dagelijks een kleine groep (max. 16) en een aangepast programma", "Behoefte aan structureel specialistische begeleiding, medische zorg of een intensief gedragsprogramma"],
                    ["Ontwikkeling", "Achterstand of stagnatie over ten minste twee meetmomenten ondanks de aanpak", "Ontwikkelingsprofiel (bijv. ZML, LZ/LG, ernstige gedragsproblematiek) passend bij het so-profiel"],
                    ["Perspectief", "Verwachting dat het kind in het sbo verder komt dan in het regulier", "Verwachting dat het kind in het so verder komt; onderwijs-zorgbehoefte in kaart"],
                    ["Duur TLV", "Twee schooljaren, of tot einde basisschoolleeftijd", "Twee schooljaren; bekostigingscategorie laag, midden of hoog volgens het landelijke profiel"]]),
         ("h2", "4.4 Terugplaatsing en overplaatsing"),
         ("p", "Een TLV is voor ons nooit een enkele reis. Ons uitgangspunt is dat kinderen die op het sbo of so zijn geplaatst, "
               "teruggaan naar een reguliere basisschool zodra zij daar met de juiste ondersteuning verder kunnen komen, bij "
               "voorkeur in de eigen wijk. Een kind gaat terug als het OPP laat zien dat de doelen die tot plaatsing leidden "
               "grotendeels zijn bereikt en de ontvangende school met de basiskaart en een arrangement kan bieden wat het kind "
               "nodig heeft. Na terugkeer heeft de ontvangende school recht op een terugkeerarrangement: maximaal twaalf maanden "
               "begeleiding door een ambulant begeleider van de sbo- of so-school, die het kind al kent."),
         ("p", "De precieze stappen, wie het initiatief neemt en op welke momenten de so- en sbo-scholen de terugkeer "
               "beoordelen, werken we samen met de scholen voor speciaal (basis)onderwijs uit in het draaiboek Terugkeer. Dat "
               "draaiboek leggen we in het schooljaar 2026-2027 voor aan de OPR."),
         ("h1", "5 Een passende plek voor ieder kind: dekkend aanbod en thuiszitters"),
         ("h2", "5.1 Het aanbod op een rij"),
         ("p", "Het ondersteuningsaanbod van Amstel-IJ is opgebouwd als een trap met vier treden. De eerste trede is de "
               "basiskaart op elke school. De tweede trede zijn de arrangementen die een school met het stadsdeelteam "
               "afspreekt. De derde trede zijn de bovenschoolse voorzieningen: Taalklassen, observatiegroepen, HB-groepen en "
               "onderwijs-zorggroepen. De vierde trede is het speciaal basisonderwijs en het speciaal onderwijs, in en buiten "
               "onze stadsdelen. Kinderen kunnen op elke trede instappen en ook weer een trede afdalen."),
         ("h2", "5.2 Waar het aanbod tekortschiet"),
         ("p", "Een dekkend aanbod is geen vaststaand gegeven. Tweemaal per jaar, in november en mei, brengt ieder stadsdeelteam "
               "in kaart welke kinderen wachten op een plek, welke kinderen thuiszitten of een vrijstelling hebben, en voor welke "
               "ondersteuningsvragen geen passend aanbod bestaat. Die 'witte-vlekkenkaart' wordt besproken met de schoolbesturen "
               "en de afdeling Leerplicht van de gemeente. Op basis daarvan besluit de algemene vergadering in juni over nieuwe of "
               "aangepaste voorzieningen voor het volgende schooljaar."),
         ("p", "Voor kinderen die thuiszitten of dreigen thuis te komen zitten, werkt Amstel-IJ met de Thuiszitterstafel per "
               "stadsdeel. Aan tafel zitten de consulent, de leerplichtambtenaar, de OKT-medewerker en waar nodig "
               "jeugdbescherming. Binnen twee weken na melding ligt er een plan met een datum waarop het kind weer (deels) naar "
               "school gaat. Lukt het de betrokken besturen niet om een plek te vinden, dan neemt de directeur-bestuurder de "
               "regie en wijst, na overleg met de besturen, een school aan die het kind met extra middelen opvangt. In deze "
               "planperiode lossen we bovendien de wachtlijst voor de so-scholen voor ZML in Zuidoost op door een nevenlocatie "
               "te openen (gepland augustus 2026)."),
         ("h1", "6 Samenwerking met de stad: OKT, wijkteams en OOGO"),
         ("p", "In Amsterdam is aan iedere school een ouder- en kindadviseur van het OKT verbonden. Het OKT is onderdeel van de "
               "jeugdhulpstructuur van de gemeente. De samenwerking tussen school en OKT is vastgelegd in het stedelijke "
               "convenant 'Samen in de school', dat in de OOGO-cyclus met de gemeente jaarlijks wordt bijgesteld. Afgesproken "
               "is onder meer dat het OKT deelneemt aan elk ondersteuningsteam en dat school en OKT gezamenlijk een "
               "onderwijs-zorgarrangement kunnen aanvragen, waarbij de gemeente de zorgcomponent betaalt en het verband de "
               "onderwijscomponent."),
         ("p", "Met de gemeente Amsterdam voeren we daarnaast het op overeenstemming gericht overleg (OOGO) over dit plan en over "
               "het beleid jeugd van de gemeente. Onderwerpen in de afgelopen periode waren de aansluiting tussen school en "
               "jeugdhulp, leerlingenvervoer, onderwijshuisvesting voor de so-scholen en de aanpak van schoolverzuim. Het OOGO "
               "over dit plan vond plaats op 13 maart 2025. In gevallen van jeugdbescherming sluit de gecertificeerde instelling "
               "aan bij het ondersteuningsteam, mits ouders daarvan op de hoogte zijn."),
         ("h1", "7 Resultaten en kwaliteit"),
         ("p", "Amstel-IJ wil een lerende organisatie zijn. De beoogde resultaten voor deze planperiode, met de bijbehorende "
               "indicatoren, formuleren we in de loop van 2026, samen met de OPR en de schoolbesturen. Hoe we die resultaten "
               "gaan volgen en aan wie we erover rapporteren, beschrijven we in een monitoringsplan dat na de zomer van 2026 "
               "verschijnt. Tot die tijd geldt het jaarplan als kompas."),
         ("h1", "8 Ouders"),
         ("p", "Ouders zijn de eerste deskundigen als het om hun kind gaat. Wij vinden het belangrijk dat zij weten welke "
               "ondersteuning er is en hoe zij die kunnen krijgen. Daarom informeren we ouders langs verschillende wegen:"),
         ("bullets", ["de website van Amstel-IJ heeft een ouderpagina met uitleg over de basiskaart, arrangementen, de TLV-procedure en de bovenschoolse voorzieningen, ook in het Engels, Turks, Arabisch en Papiaments;",
                      "de brochure 'Wat mag ik van school verwachten?' wordt via iedere school aan nieuwe ouders meegegeven;",
                      "ieder stadsdeelteam organiseert twee keer per jaar een inloopavond voor ouders in een buurthuis;",
                      "scholen nemen de basiskaart en hun eigen ondersteuningsaanbod op in hun schoolgids."]),
         ("p", "Ouders die vragen hebben over de ondersteuning van hun kind, gaan eerst in gesprek met de leerkracht of de intern "
               "begeleider. Over onafhankelijke ondersteuning voor ouders, zoals een ouder- en jeugdsteunpunt, informeren wij u "
               "zodra daar landelijk meer over bekend is."),
         ("h1", "9 Geld en middelen"),
         ("h2", "9.1 Inkomsten"),
         ("p", "Amstel-IJ ontvangt jaarlijks van het Rijk het budget voor lichte en zware ondersteuning. Na aftrek van de "
               "afdrachten die DUO inhoudt voor het speciaal onderwijs en van de overdrachten aan het sbo resteert in 2025 een "
               "bedrag van circa € 31,4 miljoen dat het verband zelf verdeelt."),
         ("h2", "9.2 Zo verdelen we het geld"),
         ("p", "De verdeling gebeurt in drie stromen. De eerste stroom, 62 procent, gaat rechtstreeks naar de schoolbesturen: "
               "een bedrag van € 268 per leerling op de teldatum 1 oktober van het voorgaande jaar, plus een vaste voet van "
               "€ 12.500 per vestiging. Besturen zetten dit geld in voor de basiskaart en voor lichte arrangementen binnen de "
               "eigen scholen. De tweede stroom, 23 procent, is het arrangementenbudget: het stadsdeelteam kent arrangementen "
               "toe op basis van de aanvraag van de school, volgens de tarieven in de arrangementenwijzer (bijvoorbeeld € 6.800 "
               "voor een gedragsarrangement van een schooljaar). De derde stroom, 15 procent, financiert de bovenschoolse "
               "voorzieningen en het bureau. De algemene vergadering stelt de verdeling jaarlijks in december vast."),
         ("h2", "9.3 Meerjarenbegroting"),
         ("table", [["(x € 1.000)", "2025", "2026", "2027", "2028"],
                    ["Rijksbijdrage ondersteuning", "48.900", "49.300", "49.100", "48.700"],
                    ["Afdrachten DUO en overdracht sbo", "-17.500", "-17.900", "-18.100", "-18.200"],
                    ["Middelen naar schoolbesturen", "19.470", "19.350", "19.100", "18.900"],
                    ["Arrangementen", "7.220", "7.300", "7.250", "7.150"],
                    ["Bovenschoolse voorzieningen", "3.050", "3.250", "3.400", "3.400"],
                    ["Bureau en stadsdeelteams", "1.660", "1.700", "1.720", "1.750"],
                    ["Resultaat", "0", "-200", "-470", "-700"]]),
         ("p", "De negatieve resultaten vanaf 2026 zijn bewust: we zetten de reserve in om de nevenlocatie in Zuidoost te "
               "openen. De algemene reserve daalt daardoor van € 4,1 miljoen naar circa € 2,7 miljoen in 2028, wat overeenkomt "
               "met de signaleringswaarde die de inspectie hanteert. Risico's (zoals een stijging van het deelnamepercentage "
               "so) zijn in de risicoparagraaf van de jaarbegroting gekwantificeerd."),
         ("h2", "9.4 Verantwoording"),
         ("p", "Schoolbesturen verantwoorden vóór 1 maart over het voorgaande kalenderjaar hoe zij de middelen uit de eerste "
               "stroom hebben besteed, aan de hand van een vast format. Het bureau bundelt die verantwoordingen en bespreekt "
               "afwijkingen in het bestuurlijk overleg."),
         ("h1", "10 Organisatie, medezeggenschap en personeel"),
    ]
    B += governance(N, "41 schoolbesturen voor primair onderwijs in Amsterdam", "drs. M. (Mirjam) Oudshoorn", "vijf")
    B += opr_procedure("3 april 2025", "13 maart 2025", "10 april 2025")
    B += personeel("Amstel-IJ", "38")
    B += professionalisering()
    B += [("h1", "11 ICT en privacy")] + ict_privacy("Amstel-IJ")
    B += [("h1", "12 Planning"),
          ("p", "De uitvoering van dit plan krijgt jaarlijks vorm in een jaarplan, dat de directeur-bestuurder in december "
                "vaststelt. In het eerste jaar staan de invoering van de nieuwe basiskaart, de opening van de Taalklas Noord-2 "
                "en de voorbereiding van de nevenlocatie in Zuidoost centraal. In het tweede jaar volgt het draaiboek Terugkeer. "
                "Halverwege de planperiode bespreken we met de OPR of het plan bijstelling nodig heeft."),
          ("table", [["Schooljaar", "Speerpunten"], ["2025-2026", "Basiskaart invoeren; Taalklas Noord-2; Thuiszitterstafels evalueren"],
                     ["2026-2027", "Draaiboek Terugkeer; nevenlocatie ZML Zuidoost open"], ["2027-2028", "Tussentijdse bijstelling plan"],
                     ["2028-2029", "Voorbereiding ondersteuningsplan 2029-2033"]]),
          ("h1", "Begrippenlijst"),
          ("bullets", ["Arrangement: afspraak over extra ondersteuning voor een kind of groep, met inzet, duur en middelen.",
                       "Basisondersteuning: het afgesproken niveau van ondersteuning dat iedere school biedt (zie de basiskaart).",
                       "CvT: Commissie van Toelaatbaarheid.",
                       "Dekkend aanbod: een samenhangend geheel van voorzieningen, zodat ieder kind een passende plek heeft.",
                       "OKT: ouder- en kindteam; het Amsterdamse team voor opvoed- en opgroeivragen.",
                       "OOGO: op overeenstemming gericht overleg tussen gemeente en samenwerkingsverband.",
                       "Ouder- en jeugdsteunpunt: onafhankelijk steunpunt voor ouders en jeugdigen met vragen over passend onderwijs.",
                       "Resultaten: de beoogde en bereikte uitkomsten van het beleid voor leerlingen met een ondersteuningsbehoefte.",
                       "Terugplaatsing: de overstap van sbo of so terug naar een reguliere school.",
                       "TLV: toelaatbaarheidsverklaring voor sbo of so."])]
    labels = {
        "sector": "po",
        "elements": {"basisondersteuning": "present", "plaatsing": "present", "terugstroom": "partial", "financien": "present",
                     "dekkend-aanbod": "present", "resultaten": "missing", "ouders": "partial"},
        "criteria": {"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True, "plaatsing.procedure": True,
                     "plaatsing.criteria": True, "terugstroom.procedure": False, "terugstroom.beleid": True,
                     "financien.verdeling": True, "financien.besteding": True, "dekkend-aanbod.continuum": True,
                     "dekkend-aanbod.lacunes": True, "resultaten.doelen": False, "resultaten.monitoring": False,
                     "ouders.informatie": True, "ouders.steunpunt": False},
        "advisory": {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie"],
                     "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"], "ouders": ["betrokkenheid"]},
        "notes": {
            "basisondersteuning": "3.1 defines the basiskaart as the minimum for all 214 vestigingen; 3.2 lists concrete voorzieningen; 3.3 borging via zelfevaluatie/schoolbezoek.",
            "plaatsing": "4.2 numbered TLV procedure (loket, two deskundigen, CvT, 6 weeks); criteria only in table 4.1 (sbo vs so) incl. duration/category; no bezwaar route.",
            "terugstroom": "Hidden in 4.4 inside the TLV chapter: policy (aim, conditions, terugkeerarrangement 12 months) addressed; procedure deferred to 'draaiboek Terugkeer' in 2026-2027.",
            "financien": "Chapter 9 'Geld en middelen': three-stream verdeelmodel with per-leerling amount and vaste voet; meerjarenbegroting table 2025-2028; reserves and verantwoording.",
            "dekkend-aanbod": "5.1 four-step continuum; 5.2 witte-vlekkenkaart twice a year, Thuiszitterstafel with leerplicht, doorzettingsmacht, ZML waiting list; ch.6 OKT/OOGO.",
            "resultaten": "Ch.7 'Resultaten en kwaliteit' only defers goals to 2026 and monitoring to a monitoringsplan; visie 'resultaatgericht' and glossary are traps.",
            "ouders": "Ch.8: channels (website in 4 languages, brochure, inloopavonden, schoolgids) present; independent support deferred ('informeren wij u zodra...'); glossary defines OJSP only.",
        },
    }
    return "ams-po-amstelij", T, T + " - basisondersteuning, toelaatbaarheid, geld en middelen", B, labels
