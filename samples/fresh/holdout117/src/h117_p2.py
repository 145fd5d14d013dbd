# ---------------------------------------------------------------- plan 2: Rotterdam-Zuid VO (pdf)
def plan2():
    N = "Samenwerkingsverband VO Koers Rijnmond-Zuid"
    T = "Ondersteuningsplan Koers 2024-2028"
    B = [("title", T),
         ("p", "Samenwerkingsverband voortgezet onderwijs Koers Rijnmond-Zuid (VO 28-98)"),
         ("p", "Rotterdam-Zuid (Charlois, Feijenoord, IJsselmonde), Barendrecht, Ridderkerk en Albrandswaard"),
         ("p", "Planperiode 2024-2028"),
         ("pagebreak", None),
         ("toc", [("1 Inleiding", 3), ("2 Koers in cijfers", 5), ("3 Ambitie en uitgangspunten", 7), ("4 Ondersteuning op drie niveaus", 9),
                  ("4.1 Niveau 1: basisondersteuning", 9), ("4.2 Niveau 2: Koers-arrangementen en het OPDC", 11), ("4.3 Niveau 3: vso", 13),
                  ("5 Toewijzing: lwoo, pro en toelaatbaarheid vso", 14), ("6 Dekkend netwerk", 19), ("7 Wat willen we bereiken en hoe volgen we dat", 20),
                  ("8 Samenwerking met gemeenten en jeugdhulp", 23), ("9 Financieel beleid", 25), ("10 Bestuur, organisatie en medezeggenschap", 28),
                  ("11 Informatiebeveiliging", 30), ("Bijlage 1 Afkortingen", 31), ("Bijlage 2 Kwaliteitskaart basisondersteuning", 32),
                  ("Bijlage 3 Ouders en leerlingen: informatie en steunpunt", 34)]),
         ("h1", "1 Inleiding"),
         ("p", "Dit is het ondersteuningsplan van Koers, het samenwerkingsverband voor voortgezet onderwijs op Rotterdam-Zuid en "
               "in de gemeenten Barendrecht, Ridderkerk en Albrandswaard. Het plan beschrijft hoe 23 scholen van 11 besturen "
               "samen zorgen voor passend onderwijs voor ongeveer 19.600 leerlingen. Het is geschreven voor iedereen die met "
               "passend onderwijs te maken heeft: schoolleiders, mentoren, ondersteuningscoördinatoren, partners in de wijk, "
               "en natuurlijk leerlingen en ouders."),
         ("p", "Rotterdam-Zuid is een gebied met een eigen verhaal. Het Nationaal Programma Rotterdam Zuid heeft de afgelopen "
               "vijftien jaar veel in beweging gezet, maar de verschillen met de rest van de stad zijn nog altijd groot. "
               "Jongeren op Zuid groeien vaker op in armoede, krijgen vaker te maken met jeugdbescherming en stromen vaker "
               "uit zonder startkwalificatie. Tegelijk zien we op onze scholen enorm veel veerkracht, talent en betrokkenheid. "
               "Koers wil dat talent alle ruimte geven."),
         ("p", "Het plan is opgebouwd langs de vragen die scholen ons het vaakst stellen. Wat verwachten we van elke school? "
               "Wanneer kan een school een beroep doen op Koers? Hoe werkt de toewijzing van lwoo, pro en vso? En hoe volgen we "
               "of het werkt? De bijlagen bevatten een lijst met afkortingen, de kwaliteitskaart basisondersteuning en "
               "informatie over ouders en leerlingen."),
         ("h1", "2 Koers in cijfers"),
         ("table", [["Kengetal (1 oktober 2023)", "Koers", "Landelijk"],
                    ["Leerlingen vo (excl. vso)", "19.640", "-"], ["Deelname vso", "3,9%", "3,6%"], ["Leerlingen met lwoo-aanwijzing", "2.410", "-"],
                    ["Leerlingen pro", "1.120", "-"], ["Geplaatst in OPDC De Overstap", "96", "-"], ["Thuiszitters > 4 weken (peildatum)", "41", "-"]]),
         ("p", "Het aandeel leerlingen in het vso ligt boven het landelijk gemiddelde, net als het aandeel leerlingen in "
               "praktijkonderwijs. Dat past bij de samenstelling van de bevolking op Zuid, maar is ook een signaal dat we "
               "serieus nemen: in hoofdstuk 7 staan onze doelen op dit punt."),
         ("h1", "3 Ambitie en uitgangspunten"),
         ("p", "Koers staat voor koers houden, ook als het stormt. Onze ambitie is dat iedere jongere op Zuid een diploma of "
               "een passende startkwalificatie haalt, of doorstroomt naar een passende plek op de arbeidsmarkt. Dat vraagt om "
               "scholen die leerlingen kennen, om een netwerk dat snel schakelt, en om een samenwerkingsverband dat niet "
               "bureaucratisch is. We werken vanuit vier uitgangspunten: zo thuisnabij als mogelijk; één leerling, één plan; "
               "de school is eigenaar van de ondersteuning; en Koers bewaakt het geheel."),
         ("p", "Met die uitgangspunten sluiten we aan bij de Rotterdamse aanpak rond jeugd en onderwijs, waarin gemeente, "
               "wijkteams, CJG Rijnmond en scholen samen optrekken. Rotterdam heeft in de wijken sterke wijkteams met "
               "jeugdspecialisten, en op iedere vo-school een schoolmaatschappelijk werker of jeugdprofessional. Die "
               "infrastructuur is een van de grote troeven van onze regio."),
         ("h1", "4 Ondersteuning op drie niveaus"),
         ("h2", "4.1 Niveau 1: basisondersteuning"),
         ("p", "Basisondersteuning is bij Koers het afgesproken minimumniveau van ondersteuning dat alle 23 scholen, op al hun "
               "vestigingen en in alle leerwegen, aan iedere leerling bieden. De besturen hebben dit niveau vastgelegd in de "
               "Koers-standaard, die in maart 2024 door het algemeen bestuur is bekrachtigd. Een school die de Koers-standaard "
               "niet haalt, kan geen beroep doen op niveau 2."),
         ("p", "De twaalf onderdelen van de Koers-standaard en de concrete voorzieningen die daarbij horen, zijn opgenomen in "
               "bijlage 2, de Kwaliteitskaart basisondersteuning. Scholen beschrijven in hun schoolondersteuningsprofiel hoe zij "
               "de standaard invullen. Iedere school wordt eens per drie jaar bezocht door een auditteam van twee collega-"
               "ondersteuningscoördinatoren en een Koers-consulent, dat rapporteert aan de directeur en aan het bestuur; bij "
               "tekortkomingen volgt binnen een half jaar een herbezoek."),
         ("h2", "4.2 Niveau 2: Koers-arrangementen en het OPDC"),
         ("p", "Niveau 2 is de extra ondersteuning die scholen met hulp van Koers organiseren. Iedere school heeft een "
               "Koers-budget voor eigen arrangementen, zoals een trajectvoorziening, een rustruimte met begeleiding of "
               "faalangstreductietraining in kleine groepen. Daarnaast kent Koers drie bovenschoolse voorzieningen: het "
               "orthopedagogisch-didactisch centrum (OPDC) De Overstap voor leerlingen in het vmbo die tijdelijk een kleine "
               "setting nodig hebben, de Rebound Zuid voor leerlingen die na een incident tijdelijk uit de klas moeten, en de "
               "Koers-klassen voor nieuwkomers die na de ISK doorstromen naar regulier vo."),
         ("p", "Plaatsing in De Overstap duurt maximaal twee jaar; plaatsing in de Rebound maximaal twaalf weken. In beide "
               "gevallen blijft de leerling ingeschreven op de eigen school, die verantwoordelijk blijft voor de terugkeer."),
         ("h2", "4.3 Niveau 3: vso"),
         ("p", "Niveau 3 is het voortgezet speciaal onderwijs. In het gebied van Koers liggen zes vso-scholen van cluster 3 en 4, "
               "waaronder een school voor zeer moeilijk lerende leerlingen en twee scholen met een arbeidsmarktprofiel. Een deel "
               "van onze leerlingen gaat naar vso-scholen in Rotterdam-Noord of Dordrecht. Voor toelating tot het vso is een "
               "toelaatbaarheidsverklaring van Koers nodig (hoofdstuk 5)."),
         ("h1", "5 Toewijzing: lwoo, pro en toelaatbaarheid vso"),
         ("h2", "5.1 Het Koersloket en de Commissie Toewijzing"),
         ("p", "Alle aanvragen voor lwoo, praktijkonderwijs en vso lopen via het Koersloket. Het loket controleert de volledigheid "
               "van de aanvraag en legt de aanvraag voor aan de Commissie Toewijzing en Toelaatbaarheid (CTT). De CTT bestaat uit "
               "een voorzitter (jurist), twee orthopedagogen-generalist, een GZ-psycholoog en een jeugdarts. De CTT besluit "
               "namens het bestuur."),
         ("h2", "5.2 Leerwegondersteunend onderwijs"),
         ("p", "Koers hanteert de landelijke criteria voor lwoo: een intelligentiequotiënt tussen 75 en 90 en een "
               "leerachterstand van 25 tot 50 procent op ten minste twee domeinen, waarvan één begrijpend lezen of "
               "inzichtelijk rekenen; of een IQ tussen 91 en 120 met dezelfde leerachterstand en sociaal-emotionele "
               "problematiek. De aanvraag wordt door de ontvangende vo-school ingediend vóór 1 maart van het jaar van "
               "overstap, met het onderwijskundig rapport van de basisschool en de testgegevens. De CTT besluit vóór 15 april. "
               "Een lwoo-aanwijzing geldt voor de duur van de opleiding in het vmbo."),
         ("h2", "5.3 Praktijkonderwijs"),
         ("p", "Voor praktijkonderwijs gelden de landelijke criteria: een IQ tussen 55 en 80 en een leerachterstand van ten "
               "minste 50 procent op twee of meer domeinen, waarvan één begrijpend lezen of inzichtelijk rekenen. De pro-school "
               "dient de aanvraag in via het Koersloket; de CTT besluit binnen vier weken. De TLV pro geldt voor de gehele "
               "opleiding."),
         ("h2", "5.4 Toelaatbaarheid vso: procedure"),
         ("numbers", ["De vo-school (of bij een overstap vanuit het so de so-school) bespreekt de leerling in het ondersteuningsteam en stelt het OPP bij.",
                      "Het bevoegd gezag van de school dient de aanvraag in bij het Koersloket, met het OPP, het verslag van het ondersteuningsteam en een overzicht van de ingezette ondersteuning op niveau 1 en 2.",
                      "Twee leden van de CTT, van wie in elk geval een orthopedagoog of psycholoog, stellen ieder een eigen schriftelijk deskundigenadvies op.",
                      "De CTT besluit binnen zes weken na ontvangst van de volledige aanvraag. Bij spoed kan de voorzitter binnen vijf werkdagen een tijdelijke TLV van maximaal drie maanden afgeven."]),
         ("h2", "5.5 Criteria vso"),
         ("p", "Een leerling is toelaatbaar tot het vso als (1) de ondersteuning op niveau 1 en 2 aantoonbaar en ten minste een "
               "half jaar is ingezet en geëvalueerd, of het OPP onderbouwt waarom dit niet zinvol is; (2) de ondersteuningsbehoefte "
               "op ten minste twee van de vier domeinen (leren, gedrag, communicatie, medisch/lichamelijk) zo groot is dat zij "
               "structureel een kleine groep en specialistische expertise vraagt; en (3) een vso-profiel aansluit op het "
               "uitstroomperspectief van de leerling. De TLV wordt afgegeven voor één, twee of drie schooljaren, met een "
               "bekostigingscategorie laag, midden of hoog die de CTT bepaalt op basis van de landelijke profielen."),
         ("h2", "5.6 Afloop van de TLV en de weg terug"),
         ("p", "Koers wil dat leerlingen niet langer in het vso blijven dan nodig. Voor iedere leerling met een TLV vso maakt de "
               "vso-school in oktober van het laatste TLV-jaar een terugkeeranalyse op basis van het OPP. Als die analyse "
               "uitwijst dat de leerling met ondersteuning in het regulier vo verder kan, meldt de vso-school de leerling vóór "
               "1 december aan bij het Koersloket. Een consulent van Koers zoekt samen met de vso-school een passende vo-school, "
               "bij voorkeur in de wijk van de leerling. De ontvangende school neemt de leerling op, en de CTT stelt het "
               "terugkeerarrangement vast."),
         ("p", "Het terugkeerarrangement omvat altijd een overgangsperiode van minimaal een half jaar waarin een ambulant "
               "begeleider van de vso-school de leerling en de mentor coacht, en een evaluatie na drie en zes maanden. Als "
               "terugkeer niet aan de orde is, dient de vso-school vóór 1 maart een verlengingsaanvraag in. Koers volgt het aantal "
               "terugplaatsingen: in 2021-2022 waren dat er 11, in 2022-2023 14. Ons doel is 25 terugplaatsingen per jaar in 2027."),
         ("h1", "6 Dekkend netwerk"),
         ("p", "Het netwerk van Koers bestaat uit de ondersteuning op drie niveaus, aangevuld met de voorzieningen van onze "
               "partners: de ISK-scholen, de onderwijs-zorgarrangementen die samen met zorgaanbieders worden uitgevoerd en de "
               "mbo-entreeopleidingen. Of dat netwerk werkelijk dekkend is, brengen we in 2025 in kaart in een netwerkanalyse. "
               "De uitkomsten en de eventuele maatregelen worden na die analyse aan het plan toegevoegd."),
         ("h1", "7 Wat willen we bereiken en hoe volgen we dat"),
         ("h2", "7.1 Beoogde resultaten"),
         ("table", [["Doel", "Indicator", "Nulmeting 2022-2023", "Streefwaarde 2027-2028"],
                    ["Meer leerlingen thuisnabij", "Deelnamepercentage vso (1 oktober)", "3,9%", "3,5%"],
                    ["Minder lang wachten", "Doorlooptijd TLV-aanvraag (gemiddeld)", "7,2 weken", "maximaal 5 weken"],
                    ["Terug naar regulier", "Aantal terugplaatsingen vso-vo per jaar", "14", "25"],
                    ["Snel weer naar school", "Thuiszitters > 4 weken op peildatum", "41", "minder dan 20"],
                    ["Diploma op zak", "Aandeel OPDC-leerlingen dat binnen 2 jaar terug is in regulier vo", "71%", "80%"]]),
         ("p", "Daarnaast willen we dat scholen de basisondersteuning op orde hebben: in 2028 haalt iedere school alle twaalf "
               "onderdelen van de Koers-standaard bij de audit."),
         ("h2", "7.2 Zo volgen we de resultaten"),
         ("p", "Koers houdt een monitor bij die twee keer per jaar, in februari en september, wordt bijgewerkt met gegevens uit "
               "het dossiersysteem, DUO en de leerplichtadministratie van de gemeenten. De monitor wordt besproken in het "
               "algemeen bestuur en in het overleg met de gemeenten. In het jaarverslag rapporteren we per indicator de "
               "bereikte waarde en de kosten van de bijbehorende voorzieningen. Lopen we achter op een streefwaarde, dan "
               "stellen we in het volgende jaarplan een verbeteractie op. Halverwege de planperiode, in 2026, laat Koers de "
               "effecten van de arrangementen extern evalueren."),
         ("h2", "7.3 Bereikte resultaten vorige planperiode"),
         ("p", "In de planperiode 2020-2024 daalde het aantal thuiszitters van 63 naar 41 en verdubbelde het aantal "
               "terugplaatsingen. Het deelnamepercentage vso bleef echter stabiel, en de doorlooptijd van TLV-aanvragen liep "
               "door personeelstekort op. Deze cijfers vormden het vertrekpunt voor de doelen in 7.1."),
         ("h1", "8 Samenwerking met gemeenten en jeugdhulp"),
         ("p", "Koers voert OOGO met de gemeenten Rotterdam, Barendrecht, Ridderkerk en Albrandswaard. In Rotterdam verloopt dat "
               "overleg via het stedelijk platform passend onderwijs-jeugd, waarin ook de andere Rotterdamse samenwerkingsverbanden "
               "zitten. Vaste thema's zijn de inzet van jeugdprofessionals op school, de onderwijs-zorgarrangementen, "
               "leerlingenvervoer, de aansluiting met de wijkteams en de aanpak van thuiszitters."),
         ("p", "In de afgelopen periode zijn met de gemeente Rotterdam afspraken gemaakt over de inzet van een jeugdprofessional "
               "van het wijkteam op elke vo-school, met een vaste omvang per school naar rato van het leerlingaantal. Voor "
               "leerlingen die onder toezicht staan of een jeugdreclasseringsmaatregel hebben, is er een vast contactpunt bij "
               "Jeugdbescherming Rotterdam Rijnmond. In de BAR-gemeenten verloopt de samenwerking via het CJG en de "
               "gebiedsteams. De onderwijs-zorgarrangementen worden gezamenlijk gefinancierd: de gemeente betaalt de zorg, Koers "
               "het onderwijsdeel."),
         ("h1", "9 Financieel beleid"),
         ("h2", "9.1 Verdeling"),
         ("p", "Koers verdeelt de middelen lichte ondersteuning volledig door naar de schoolbesturen: naar rato van het aantal "
               "leerlingen op de teldatum 1 oktober, met een vaste voet van € 25.000 per vestiging en een toeslag van 20 procent "
               "per leerling voor vestigingen waarvan meer dan de helft van de leerlingen in een wijk met een hoge "
               "achterstandsscore woont. Van de middelen voor zware ondersteuning houdt DUO de bekostiging van het vso in; het "
               "restant gaat naar de Koers-budgetten van de scholen (80 procent, naar leerlingaantal) en de bovenschoolse "
               "voorzieningen (20 procent). Schoolbesturen leggen in hun jaarverslag verantwoording af over de inzet, volgens de "
               "Koers-verantwoordingsrichtlijn."),
         ("h2", "9.2 Meerjarenbegroting"),
         ("p", "De meerjarenbegroting 2024-2028 wordt na vaststelling van de nieuwe bekostigingssystematiek opgesteld en als "
               "addendum aan dit plan toegevoegd. Het onderstaande overzicht is daarom voorlopig."),
         ("table", [["Post", "2024", "2025", "2026", "2027"], ["Baten", "p.m.", "p.m.", "p.m.", "p.m."],
                    ["Koers-budgetten scholen", "p.m.", "p.m.", "p.m.", "p.m."], ["OPDC en Rebound", "p.m.", "p.m.", "p.m.", "p.m."],
                    ["Bureau", "p.m.", "p.m.", "p.m.", "p.m."]]),
         ("h1", "10 Bestuur, organisatie en medezeggenschap"),
    ]
    B += governance(N, "11 besturen voor voortgezet onderwijs in Rotterdam-Zuid en de BAR-gemeenten", "mr. J. (Jeroen) Verhoef", "vier")
    B += opr_procedure("19 maart 2024", "22 februari 2024", "28 maart 2024", samenstelling=False)
    B += personeel("Koers", "27")
    B += professionalisering()
    B += [("h1", "11 Informatiebeveiliging")] + ict_privacy("Koers")
    B += [("h1", "Bijlage 1 Afkortingen"),
          ("bullets", ["CTT - Commissie Toewijzing en Toelaatbaarheid", "ISK - internationale schakelklas", "lwoo - leerwegondersteunend onderwijs",
                       "OJSP - ouder- en jeugdsteunpunt", "OPDC - orthopedagogisch-didactisch centrum", "OPP - ontwikkelingsperspectiefplan",
                       "pro - praktijkonderwijs", "TLV - toelaatbaarheidsverklaring", "vso - voortgezet speciaal onderwijs"])]
    labels = {
        "sector": "vo",
        "elements": {"basisondersteuning": "partial", "plaatsing": "present", "terugstroom": "present", "financien": "partial",
                     "dekkend-aanbod": "partial", "resultaten": "present", "ouders": "missing"},
        "criteria": {"basisondersteuning.niveau": True, "basisondersteuning.inhoud": False, "plaatsing.procedure": True,
                     "plaatsing.criteria": True, "terugstroom.procedure": True, "terugstroom.beleid": True,
                     "financien.verdeling": True, "financien.besteding": False, "dekkend-aanbod.continuum": True,
                     "dekkend-aanbod.lacunes": False, "resultaten.doelen": True, "resultaten.monitoring": True,
                     "ouders.informatie": False, "ouders.steunpunt": False},
        "advisory": {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie"], "terugstroom": ["monitoring"],
                     "financien": ["verantwoording"], "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"]},
        "notes": {
            "basisondersteuning": "4.1 defines the Koers-standaard as minimum for all vestigingen (niveau) and audit (borging); the concrete content is only in bijlage 2, which is listed in the TOC but not included.",
            "plaatsing": "Ch.5: Koersloket/CTT, lwoo and pro criteria + procedure with dates, vso numbered procedure with two deskundigen, vso criteria, TLV duration and category; no bezwaar.",
            "terugstroom": "Hidden in 5.6 of the TLV chapter: terugkeeranalyse in October of last TLV year, aanmelding before 1 Dec, CTT decides, terugkeerarrangement, verlenging; figures 11/14 and target 25.",
            "financien": "9.1 verdeling with vaste voet, per-leerling and toeslag, DUO deduction, verantwoording; 9.2 meerjarenbegroting deferred to an addendum, table only 'p.m.'.",
            "dekkend-aanbod": "4.2/4.3/ch.6 describe the three-level continuum (OPDC, Rebound, Koers-klassen, vso); gaps only deferred to a 2025 netwerkanalyse; thuiszitters only as figures/OOGO topic; ch.8 OOGO, wijkteams, OZA.",
            "resultaten": "7.1 table of goals with nulmeting and streefwaarden; 7.2 monitor twice a year, reporting in jaarverslag incl. costs; 7.3 bereikte resultaten.",
            "ouders": "No substantive text: parents only named in the inleiding; TOC lists 'Bijlage 3 Ouders en leerlingen: informatie en steunpunt' which is absent; OJSP only in the afkortingenlijst; OPR only consent date.",
        },
    }
    return "rdam-vo-koers", T, "Koers Rijnmond-Zuid | Ondersteuningsplan 2024-2028", B, labels
