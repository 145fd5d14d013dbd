
# ============================================================================================
# Plan A - PO, SWV Rivierenland-West (docx + pdf): sidebar frame, two-column voorwoord,
# landscape meerjarenbegroting under "Geld en middelen", header/footer with page numbers.
# ============================================================================================

def plan_a():
    S = dict(naam='Samenwerkingsverband Passend Primair Onderwijs Rivierenland-West', code='PO 26-08',
             sector='po', periode='2025-2029',
             gemeenten_tekst='Tielerwaard, Lingemeer, Buren-Oost en Waaldijk',
             besturen=9, bestuurder='drs. M.A. (Marleen) Verhoef', vestiging='Tielerwaard',
             kengetallen=[['Aantal basisscholen (vestigingen)', '61'], ['Aantal sbo-scholen', '2'],
                          ['Aantal so-locaties (cluster 3 en 4) in de regio', '3'],
                          ['Leerlingen basisonderwijs', '11.940'], ['Leerlingen sbo', '287'],
                          ['Leerlingen so met TLV van ons SWV', '164']],
             opr_leden=10, opr_datum='18 maart 2025', oogo_datum='4 maart 2025',
             ander_swv='het samenwerkingsverband VO Rivierenland', fte='14',
             gov_nr='10', oogo_nr='8', pers_nr='11', ict_nr='12', plan_nr='13')
    toc = [('', 'Voorwoord', 3), ('1', 'Inleiding', 4), ('2', 'Ons samenwerkingsverband', 6),
           ('3', 'Missie, visie en koers', 7), ('4', 'Ondersteuning op en tussen de scholen', 9),
           ('4.1', 'Basisondersteuning', 9), ('4.2', 'Extra ondersteuning en arrangementen', 11),
           ('4.3', 'Een dekkend netwerk', 12), ('4.4', 'Thuiszitters en zorgplicht', 13),
           ('5', 'Toelaatbaarheid sbo en so', 14), ('5.5', 'Terugplaatsing', 17),
           ('6', 'Ambities en beoogde resultaten', 18), ('7', 'Ouders', 20),
           ('8', 'Samenwerking met gemeenten', 21), ('9', 'Geld en middelen', 22),
           ('10', 'Organisatie, bestuur en medezeggenschap', 25), ('11', 'Personeel en professionalisering', 27),
           ('12', 'Informatievoorziening, ICT en privacy', 28), ('13', 'Planning en jaarcyclus', 29),
           ('', 'Bijlage: Begrippenlijst en afkortingen', 30)]
    B = []
    B.append(('title', ['Ondersteuningsplan 2025-2029', S['naam'] + ' (' + S['code'] + ')',
                        'Samen sterk voor ieder kind', 'Vastgesteld door de directeur-bestuurder op 25 maart 2025, '
                        'na instemming van de ondersteuningsplanraad en OOGO met de gemeenten']))
    B.append(('toc', toc))
    B.append(('section', {'cols': 2}))
    B += f_voorwoord(S)
    B.append(('section', {'cols': 1}))
    B.append(('h1', '1 Inleiding'))
    B.append(('p', "Dit ondersteuningsplan beschrijft hoe de negen schoolbesturen in Rivierenland-West in de periode "
                   "1 augustus 2025 tot en met 31 juli 2029 samen passend onderwijs vormgeven. Het plan volgt op het "
                   "plan 2021-2025, dat met één jaar werd verlengd in afwachting van de landelijke "
                   "verbeteraanpak. Het plan is geschreven voor schoolbesturen, schoolleiders, intern begeleiders, "
                   "leraren, ouders en onze partners."))
    B += f_leeswijzer(S, "Hoofdstuk 2 en 3 beschrijven het samenwerkingsverband en onze koers. Hoofdstuk 4 gaat over "
                         "de ondersteuning op en tussen de scholen, hoofdstuk 5 over toelaatbaarheid. Daarna volgen "
                         "onze ambities, ouders, de samenwerking met gemeenten, geld en middelen en de organisatie.")
    B.append(('h2', '1.3 Terugblik op de vorige planperiode'))
    B.append(('p', "De vorige planperiode stond in het teken van de opbouw van de organisatie. Het bureau verhuisde "
                   "naar een eigen pand, de statuten werden gewijzigd naar een raad-van-toezichtmodel en het "
                   "digitale loket werd in gebruik genomen. De samenwerking met de twee sbo-scholen werd "
                   "vastgelegd in een convenant. De coronaperiode legde veel activiteiten tijdelijk stil; het "
                   "netwerk van intern begeleiders is daarna nieuw leven ingeblazen."))
    B.append(('p', "Uit de gesprekken met schoolleiders en de OPR kwamen drie lessen naar voren die dit plan richting "
                   "geven: houd de routes eenvoudig, zorg dat scholen weten waar ze aan toe zijn en breng de "
                   "expertise dichter bij de klas."))
    B += f_context(S)
    B += f_visie(S, "Bij elke uitspraak hoort een aantal ambities; die staan in hoofdstuk 6.")

    # ---- 4 ondersteuning -------------------------------------------------------------------
    B.append(('h1', '4 Ondersteuning op en tussen de scholen'))
    B.append(('p', "Ondersteuning in ons samenwerkingsverband kent drie lagen: de basisondersteuning die elke school "
                   "biedt, extra ondersteuning in de vorm van arrangementen op of rond de school, en speciaal "
                   "(basis)onderwijs voor leerlingen die dat nodig hebben. De lagen sluiten op elkaar aan; een "
                   "leerling hoeft niet eerst alle lagen te doorlopen als duidelijk is wat hij of zij nodig heeft."))
    B.append(('h2', '4.1 Basisondersteuning'))
    B.append(('frame', 'In het kort', ['Eén afgesproken basisniveau voor alle 61 vestigingen',
                                       'Elf standaarden, vastgesteld door de besturen op 12 december 2024',
                                       'Jaarlijkse check via de kwaliteitskaart',
                                       'Extra ondersteuning boven het basisniveau: via het ondersteuningsteam']))
    B.append(('p', "De negen besturen hebben met elkaar afgesproken welk niveau van ondersteuning elke basisschool "
                   "in Rivierenland-West ten minste biedt. Dit basisniveau geldt voor alle vestigingen, groot of "
                   "klein, in de stad of in een dorp. Een ouder mag erop rekenen dat zijn of haar kind op iedere "
                   "school van het samenwerkingsverband deze ondersteuning krijgt, zonder dat daarvoor een aanvraag "
                   "bij het samenwerkingsverband nodig is. Wat een school daarbovenop biedt, beschrijft zij in haar "
                   "schoolgids."))
    B.append(('p', "De afspraken zijn uitgewerkt in elf standaarden. Op elke school:"))
    B.append(('ol', [
        "is een intern begeleider beschikbaar met ten minste 0,4 fte per 200 leerlingen, die de leraren "
        "ondersteunt bij het signaleren en begeleiden van leerlingen;",
        "werken leraren handelingsgericht: zij stemmen instructie af op ten minste drie niveaus en werken "
        "met groepsoverzichten of een vergelijkbaar instrument;",
        "wordt de ontwikkeling van alle leerlingen gevolgd met een leerlingvolgsysteem, en worden de "
        "resultaten twee keer per jaar in een groepsbespreking besproken;",
        "wordt het landelijke Protocol Dyslexie gevolgd, inclusief extra leestijd, voorleessoftware en "
        "ondersteuning bij de aanvraag van vergoede dyslexiezorg;",
        "is er een aanpak voor rekenproblemen en dyscalculie volgens het protocol ERWD;",
        "is er een schoolbrede aanpak voor sociale veiligheid en gedrag, met een anti-pestcoördinator;",
        "is er een aanbod voor leerlingen die meer aankunnen, ten minste in de vorm van compacten en verrijken "
        "in de eigen groep;",
        "kan een leerling met een medische hulpvraag de school bezoeken; het protocol medisch handelen wordt "
        "gevolgd;",
        "komt een ondersteuningsteam (OT) ten minste vier keer per jaar bijeen met de consulent van het "
        "samenwerkingsverband en een medewerker van het lokale team;",
        "wordt voor een leerling met een eigen leerlijn een ontwikkelingsperspectief (OPP) opgesteld en twee keer "
        "per jaar geëvalueerd;",
        "is er een aanbod Nederlands als tweede taal voor leerlingen die korter dan twee jaar in Nederland zijn, "
        "aanvullend op de nieuwkomersvoorziening.",
    ]))
    B.append(('p', "Elke school vult jaarlijks vóór 1 november de kwaliteitskaart basisondersteuning in. De consulent "
                   "bespreekt de kaart met de directeur en de intern begeleider. Voldoet een school op een standaard "
                   "niet, dan maakt de school een verbeterplan met een termijn van maximaal een jaar; de "
                   "directeur-bestuurder bespreekt de voortgang met het betreffende schoolbestuur. Het totaalbeeld "
                   "wordt jaarlijks gedeeld met de algemene vergadering."))
    B.append(('h2', '4.2 Extra ondersteuning en arrangementen'))
    B.append(('p', "Als een leerling meer nodig heeft dan de basisondersteuning, bespreekt de school de situatie in "
                   "het ondersteuningsteam. Het OT kan kiezen uit een aantal arrangementen. Een arrangement is een "
                   "afgesproken combinatie van inzet, tijd en expertise rond een leerling of groep leerlingen."))
    B.append(('table', [['Arrangement', 'Wat houdt het in', 'Duur'],
                        ['Consultatie en advies', 'Observatie en handelingsadvies door consulent of orthopedagoog', '1-3 maanden'],
                        ['Ambulante begeleiding', 'Begeleiding van leraar en leerling door specialist van sbo/so', 'max. 1 jaar'],
                        ['Groepsarrangement gedrag', 'Kleine groep op een basisschool, 2 dagdelen per week', 'max. 20 weken'],
                        ['Plusklas', 'Bovenschoolse groep voor meer- en hoogbegaafde leerlingen', 'schooljaar'],
                        ['Nieuwkomersvoorziening', 'Taalklas voor leerlingen korter dan 1 jaar in NL', 'max. 1 jaar'],
                        ['Individueel arrangement', 'Maatwerk met budget voor de school', 'max. 1 jaar, verlengbaar']],
          [4.5, 8, 3.5]))
    B.append(('h2', '4.3 Een dekkend netwerk'))
    B.append(('p', "Het samenwerkingsverband zorgt voor een samenhangend geheel van voorzieningen: van de "
                   "basisondersteuning op iedere school, via arrangementen en bovenschoolse groepen, tot de "
                   "twee sbo-scholen (De Kade in Tielerwaard en Het Anker in Lingemeer) en de so-scholen voor "
                   "cluster 3 en 4 in en buiten de regio. Voor jonge kinderen met een ontwikkelingsvraag is er een "
                   "observatiegroep in samenwerking met het medisch kinderdagverblijf. Leerlingen die meer nodig hebben "
                   "dan de sbo-school kan bieden, kunnen terecht op de so-locaties Het Baken (cluster 4) en De Linde "
                   "(cluster 3, ZML en LG)."))
    B.append(('p', "Elk voorjaar maakt het bureau met de besturen een analyse van het netwerk: waar ontstaan "
                   "wachtlijsten, welke leerlingen vinden geen passende plek en welke vragen komen vaker voor dan "
                   "het aanbod aankan. De analyse gebruikt de aanmeldingen bij het loket, de wachtlijsten van sbo en "
                   "so en de meldingen van leerplicht. De algemene vergadering besluit op basis daarvan vóór 1 juli "
                   "over aanpassingen voor het volgende schooljaar. Zo is in 2024 besloten tot een extra "
                   "groepsarrangement gedrag in Waaldijk, omdat daar een wachtlijst van negen leerlingen was ontstaan."))
    B.append(('h2', '4.4 Thuiszitters en zorgplicht'))
    B.append(('p', "Geen kind hoort thuis te zitten. Een school die een leerling aanmeldt als dreigende thuiszitter "
                   "of die een leerling niet kan plaatsen binnen de zorgplichttermijn, meldt dat bij het loket. "
                   "Binnen vijf werkdagen organiseert de consulent een overleg met school, leerplicht en, waar nodig, "
                   "het lokale team. Lukt het niet om binnen zes weken een passende plek of een "
                   "onderwijsprogramma te vinden, dan schaalt de consulent op naar het thuiszittersoverleg van "
                   "directeur-bestuurder, leerplicht en gemeente, dat doorzettingsmacht heeft om een plek af te "
                   "spreken. Schoolbesturen nemen elkaars leerlingen op als dat nodig is: dat is de afspraak "
                   "die de besturen onder de noemer 'gedeelde zorgplicht' hebben gemaakt."))

    # ---- 5 toelaatbaarheid -----------------------------------------------------------------
    B.append(('h1', '5 Toelaatbaarheid sbo en so'))
    B.append(('p', "Voor plaatsing op een sbo-school of een so-school voor cluster 3 of 4 is een "
                   "toelaatbaarheidsverklaring (TLV) van het samenwerkingsverband nodig. Voor het onderwijs aan "
                   "leerlingen met een visuele beperking (cluster 1) of een auditieve of communicatieve beperking "
                   "(cluster 2) gelden landelijke procedures; die vallen buiten dit plan."))
    B.append(('h2', '5.1 Route van aanvraag tot besluit'))
    B.append(('ol', [
        "Stap 1 - Het schoolbestuur van de school waar de leerling staat ingeschreven dient de aanvraag in via het "
        "digitale loket. Bij de aanvraag horen het groeidocument, het OPP met twee evaluaties, de verslagen van het "
        "ondersteuningsteam en een advies van de school over de gewenste vorm van onderwijs.",
        "Stap 2 - Het loket controleert binnen vijf werkdagen of het dossier compleet is.",
        "Stap 3 - Twee deskundigen geven elk afzonderlijk een schriftelijk advies. De eerste deskundige is altijd "
        "een orthopedagoog of psycholoog; de tweede deskundige is, afhankelijk van de vraag, een kinderarts, "
        "jeugdarts, maatschappelijk werker of een tweede (ortho)pedagoog. De deskundigen zijn niet betrokken "
        "geweest bij de aanvraag.",
        "Stap 4 - De Commissie Toelaatbaarheid (CvT) besluit namens de directeur-bestuurder binnen zes weken na "
        "ontvangst van het complete dossier.",
        "Stap 5 - Het besluit wordt schriftelijk verzonden aan het schoolbestuur; het schoolbestuur van de "
        "ontvangende school regelt daarna de inschrijving.",
    ]))
    B.append(('h2', '5.2 Wanneer is een leerling toelaatbaar?'))
    B.append(('p', "De CvT verklaart een leerling toelaatbaar tot het sbo als aan alle volgende voorwaarden is "
                   "voldaan: de ondersteuningsbehoefte overstijgt aantoonbaar de basisondersteuning en de "
                   "arrangementen die de basisschool met hulp van het samenwerkingsverband kan bieden; de school "
                   "heeft ten minste twee cycli van een OPP uitgevoerd en geëvalueerd (tenzij sprake is van "
                   "een crisissituatie); en de leerling heeft baat bij de kleinere groepen en de specifieke "
                   "pedagogisch-didactische aanpak van het sbo."))
    B.append(('p', "Voor het so gelden daarnaast de volgende criteria: er is sprake van een ernstige en langdurige "
                   "belemmering in de ontwikkeling (cognitief, lichamelijk of in gedrag) die ook met de inzet van het "
                   "sbo onvoldoende kan worden opgevangen, of de leerling heeft een combinatie van onderwijs en zorg "
                   "nodig die alleen het so kan bieden. Een IQ-score of diagnose is nooit op zichzelf doorslaggevend; "
                   "de CvT weegt de ondersteuningsbehoefte zoals die uit het dossier blijkt."))
    B.append(('h2', '5.3 Geldigheidsduur en bekostigingscategorie'))
    B.append(('p', "Een TLV voor het sbo geldt tot het einde van de basisschoolperiode. Een TLV voor het so wordt "
                   "afgegeven voor twee schooljaren, of tot 31 juli van het jaar waarin de leerling de "
                   "basisschoolleeftijd verlaat. Bij een TLV so stelt de CvT de bekostigingscategorie vast: laag "
                   "(de meeste leerlingen in cluster 4 en ZML), midden (lichamelijke beperking, langdurig ziek) of "
                   "hoog (meervoudige beperking)."))
    B.append(('h2', '5.4 Spoed en tijdelijke plaatsing'))
    B.append(('p', "In een crisissituatie kan het loket binnen drie werkdagen een tijdelijke TLV van ten hoogste drie "
                   "maanden afgeven, zodat een leerling direct een plek heeft. In die periode doorloopt de school de "
                   "gewone route."))
    B.append(('h2', '5.5 Terugplaatsing'))
    B.append(('p', "Wij gaan ervan uit dat een plaatsing in het speciaal (basis)onderwijs voor veel kinderen "
                   "tijdelijk is. Vanaf de eerste dag van de TLV is terugkeer naar een basisschool, bij voorkeur "
                   "dicht bij huis, een uitdrukkelijk doel. Terugplaatsing is aan de orde als het OPP laat zien dat "
                   "de leerling de uitstroombestemming basisonderwijs kan halen en als een basisschool met "
                   "ondersteuning in de behoeften kan voorzien. Na terugkeer krijgt de ontvangende basisschool een "
                   "terugplaatsingsarrangement: zes maanden ambulante begeleiding door de sbo- of so-school waar de "
                   "leerling vandaan komt en, zo nodig, een budget voor extra handen in de groep."))
    B.append(('p', "Hoe het moment van terugplaatsing precies wordt bepaald, wie het initiatief neemt en wie het "
                   "besluit neemt, leggen we vast in een werkwijze die wij samen met de sbo- en so-scholen "
                   "ontwikkelen. Deze werkwijze verschijnt als handreiking in het schooljaar 2025-2026."))

    # ---- 6 resultaten ------------------------------------------------------------------------
    B.append(('h1', '6 Ambities en beoogde resultaten'))
    B.append(('p', "Bij de vier richtinggevende uitspraken uit hoofdstuk 3 horen de volgende ambities. Het zijn de "
                   "resultaten die wij aan het einde van de planperiode, op 31 juli 2029, voor leerlingen met een "
                   "ondersteuningsbehoefte willen hebben bereikt."))
    B.append(('table', [['Koers', 'Beoogd resultaat', 'Streefwaarde juli 2029'],
                        ['Sterke scholen', 'Alle vestigingen voldoen aan de elf standaarden basisondersteuning', '100% van de vestigingen'],
                        ['Sterke scholen', 'Leerlingen met een OPP halen hun uitstroombestemming', 'ten minste 80%'],
                        ['Thuisnabij', 'Deelnamepercentage so daalt naar landelijk gemiddelde', 'max. 1,6%'],
                        ['Thuisnabij', 'Meer leerlingen keren terug vanuit sbo/so naar basisonderwijs', '15 per jaar'],
                        ['Samen met jeugdhulp', 'Geen leerling langer dan drie maanden thuis zonder onderwijs', '0 leerlingen'],
                        ['Snelle antwoorden', 'TLV-besluit binnen zes weken na compleet dossier', '95% van de besluiten']],
          [3.5, 8, 4.5]))
    B.append(('p', "Naast deze kwantitatieve ambities willen wij dat leraren zich gesteund voelen bij het werken "
                   "met leerlingen die extra ondersteuning nodig hebben, en dat leerlingen met een "
                   "ondersteuningsbehoefte zich op school veilig en welkom voelen."))
    B.append(('p', "Hoe en wanneer wij de voortgang op deze ambities in beeld brengen, welke bronnen we daarvoor "
                   "gebruiken en hoe we erover rapporteren, beschrijven we in een monitoringsplan. Dat plan is in "
                   "voorbereiding en wordt naar verwachting in het voorjaar van 2026 met de OPR besproken."))

    # ---- 7 ouders (deferred) ----------------------------------------------------------------
    B.append(('h1', '7 Ouders'))
    B.append(('p', "Ouders zijn onmisbaar in alles wat wij doen. In het vorige plan stond in dit hoofdstuk een "
                   "beschrijving van de manier waarop ouders werden geïnformeerd en waar zij terecht konden met "
                   "vragen. Die beschrijving is niet meer actueel: de wet schrijft inmiddels een ouder- en "
                   "jeugdsteunpunt voor en de scholen beschrijven hun ondersteuning voortaan in de schoolgids."))
    B.append(('p', "Wij hebben ervoor gekozen dit hoofdstuk pas in te vullen als de keuzes rond het steunpunt, dat we "
                   "mogelijk samen met het samenwerkingsverband VO inrichten, zijn gemaakt. Een aanvulling op dit "
                   "plan met de informatievoorziening aan ouders en de onafhankelijke ondersteuning voor ouders "
                   "leggen wij na de zomer van 2025 ter instemming voor aan de OPR."))
    B += f_oogo(S, substance=True)

    # ---- 9 geld en middelen (landscape) -------------------------------------------------------
    B.append(('section', {'landscape': True}))
    B.append(('h1', '9 Geld en middelen'))
    B.append(('p', "Het samenwerkingsverband ontvangt van het Rijk de middelen voor lichte en zware ondersteuning. "
                   "Na aftrek van de afdrachten aan DUO voor de leerlingen in het so en de groeibekostiging sbo blijft "
                   "een bedrag over dat wij volgens een vast verdeelmodel inzetten. De algemene vergadering stelt "
                   "het verdeelmodel vast; wijzigingen gaan pas in bij het volgende kalenderjaar en vragen "
                   "instemming van de OPR."))
    B.append(('h2', '9.1 Het verdeelmodel'))
    B.append(('ul', [
        "Schoolbudget basisondersteuning: elk schoolbestuur ontvangt € 145 per leerling op de teldatum 1 oktober "
        "van het voorgaande jaar, plus een vaste voet van € 6.000 per vestiging. Het bedrag wordt in januari "
        "toegekend en in twee termijnen betaald.",
        "Arrangementenbudget: individuele en groepsarrangementen worden door de consulent toegekend op basis van "
        "het OT-verslag, volgens de normbedragen in de arrangementenkaart (bijvoorbeeld € 4.500 voor een "
        "individueel arrangement van een half jaar).",
        "Bovenschoolse voorzieningen (plusklas, nieuwkomers, observatiegroep) worden rechtstreeks door het "
        "samenwerkingsverband bekostigd op basis van een jaarlijkse overeenkomst met het uitvoerende bestuur.",
        "De sbo-scholen ontvangen naast de DUO-bekostiging een aanvulling voor leerlingen boven de 2%-grens op "
        "peildatum 1 februari.",
    ]))
    B.append(('h2', '9.2 Meerjarenbegroting 2025-2029 (bedragen x € 1.000)'))
    B.append(('table', [['Post', '2025', '2026', '2027', '2028', '2029'],
                        ['Baten ondersteuningsmiddelen Rijk', '9.860', '9.790', '9.705', '9.640', '9.580'],
                        ['Afdracht DUO so (zware ondersteuning)', '-2.910', '-2.880', '-2.850', '-2.820', '-2.790'],
                        ['Afdracht groeibekostiging sbo', '-410', '-400', '-390', '-380', '-370'],
                        ['Schoolbudgetten basisondersteuning', '2.110', '2.090', '2.070', '2.050', '2.030'],
                        ['Arrangementen (individueel en groep)', '1.650', '1.700', '1.720', '1.720', '1.720'],
                        ['Bovenschoolse voorzieningen', '940', '960', '975', '990', '1.000'],
                        ['Aanvulling sbo boven 2%', '620', '600', '580', '560', '540'],
                        ['Consulenten en orthopedagogen', '1.150', '1.170', '1.190', '1.210', '1.230'],
                        ['Bureau, huisvesting, ICT en bestuur', '520', '530', '540', '550', '560'],
                        ['Saldo', '-450', '-540', '-610', '-640', '-660']],
          [8, 3, 3, 3, 3, 3]))
    B.append(('p', "De negatieve saldi zijn bewust: het samenwerkingsverband bouwt zijn reserve af. Op 1 januari "
                   "2025 bedroeg de algemene reserve € 3,9 miljoen, ruim boven de signaleringswaarde. Het bestuur "
                   "houdt een weerstandsvermogen aan van 5% van de baten; de risico's (daling leerlingaantal, stijging "
                   "so-deelname) zijn in de risicoparagraaf van de jaarbegroting gekwantificeerd."))
    B.append(('p', "Schoolbesturen verantwoorden jaarlijks vóór 1 mei met een verantwoordingsformulier waaraan zij "
                   "het schoolbudget en de arrangementen hebben besteed. Niet bestede arrangementsmiddelen worden "
                   "verrekend met de volgende toekenning."))
    B.append(('section', {'landscape': False}))
    B += f_governance(S, opr_parents=False)
    B += f_personeel(S)
    B += f_ict(S)
    B += f_planning(S, [['augustus 2025', 'Start planperiode, nieuwe kwaliteitskaart', 'bureau'],
                        ['najaar 2025', 'Aanvulling hoofdstuk 7 ter instemming aan OPR', 'directeur-bestuurder'],
                        ['schooljaar 2025-2026', 'Handreiking terugplaatsing', 'bureau en sbo/so'],
                        ['voorjaar 2026', 'Monitoringsplan ambities', 'beleidsmedewerker'],
                        ['elk voorjaar', 'Analyse dekkend netwerk', 'bureau en besturen'],
                        ['december (jaarlijks)', 'Vaststellen jaarbegroting', 'directeur-bestuurder, RvT'],
                        ['voorjaar 2028', 'Start voorbereiding nieuw plan', 'allen']])
    B += f_begrippen(S, [
        ['Basisondersteuning', 'Het afgesproken niveau van ondersteuning dat iedere school in het samenwerkingsverband biedt.'],
        ['CvT', 'Commissie Toelaatbaarheid; besluit namens het SWV over TLV-aanvragen.'],
        ['Dekkend netwerk', 'Het geheel van voorzieningen waardoor voor iedere leerling een passende plek is.'],
        ['OJSP', 'Ouder- en jeugdsteunpunt: onafhankelijk steunpunt waar ouders en jongeren terecht kunnen met vragen.'],
        ['OPP', 'Ontwikkelingsperspectief(plan).'],
        ['OPR', 'Ondersteuningsplanraad.'],
        ['Onderwijsconsulent', 'Onafhankelijke adviseur voor ouders bij een conflict met school over passend onderwijs.'],
        ['Terugplaatsing', 'Terugkeer van een leerling vanuit sbo of so naar het basisonderwijs.'],
        ['TLV', 'Toelaatbaarheidsverklaring voor sbo of so.'],
        ['Verdeelmodel', 'De regels waarmee het SWV de ondersteuningsmiddelen over de scholen verdeelt.'],
        ['Kwaliteitszorg', 'Het systematisch meten, evalueren en verbeteren van de resultaten.'],
    ])
    crit = {'basisondersteuning.niveau': True, 'basisondersteuning.inhoud': True,
            'plaatsing.procedure': True, 'plaatsing.criteria': True,
            'terugstroom.procedure': False, 'terugstroom.beleid': True,
            'financien.verdeling': True, 'financien.besteding': True,
            'dekkend-aanbod.continuum': True, 'dekkend-aanbod.lacunes': True,
            'resultaten.doelen': True, 'resultaten.monitoring': False,
            'ouders.informatie': False, 'ouders.steunpunt': False}
    adv = {'basisondersteuning': ['borging'], 'plaatsing': ['deskundigen', 'duur-categorie'],
           'terugstroom': [], 'financien': ['reserves', 'verantwoording'],
           'dekkend-aanbod': ['ketenpartners'], 'resultaten': ['meetbaar'], 'ouders': []}
    notes = {
        'basisondersteuning': "4.1: one level for all 61 vestigingen plus eleven concrete standards; borging via kwaliteitskaart and verbeterplan (facts also in a floating frame).",
        'plaatsing': "5.1-5.3: five numbered steps with CvT and six-week term, sbo and so criteria, two separate deskundigen, TLV duration and laag/midden/hoog; no bezwaar route anywhere.",
        'terugstroom': "5.5 (inside the TLV chapter): policy (aim from day one, conditions via OPP, six months AB after return) present; who initiates/decides and when is deferred to a handreiking in 2025-2026.",
        'financien': "Chapter 9 'Geld en middelen' on a landscape page: verdeelmodel with per-leerling amount and vaste voet, meerjarenbegroting table 2025-2029, reserves and verantwoording formulier.",
        'dekkend-aanbod': "4.3 continuum basis -> arrangementen -> sbo/so with named schools; yearly network analysis with wachtlijsten, 4.4 thuiszitters escalation and gedeelde zorgplicht; OZA in ch. 8.",
        'resultaten': "Ch. 6 gives a table of beoogde resultaten with streefwaarden, but how they are measured/reported is deferred to a monitoringsplan (voorjaar 2026).",
        'ouders': "Ch. 7 only says the chapter will be filled in by a later aanvulling; OJSP and onderwijsconsulent appear only in the begrippenlijst; no parent role in the TLV route.",
    }
    return S, B, crit, adv, notes
