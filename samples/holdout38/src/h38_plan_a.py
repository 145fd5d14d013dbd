"""Plan A: PO, .docx. First plan after a merger; appendices 1-4 included in the document.

Intended labels: basisondersteuning present (inhoud only in included Bijlage 4), plaatsing present
(only in included Bijlage 2), terugstroom present (hidden in Bijlage 2 'Afloop van de TLV'),
financien partial (besteding: Bijlage 3 is an empty p.m. table), dekkend-aanbod present,
resultaten partial (monitoring deferred), ouders present (inside 'Communicatie').
"""
from h38_filler import (voorwoord, leeswijzer, regio, visie, governance, opr, oogo, personeel, ict,
                        huisvesting_vervoer, planning)

C = dict(
    naam="Samenwerkingsverband Passend Primair Onderwijs Rivierenland-West", kort="SPPO Rivierenland-West",
    code="PO 26-11", periode="2025-2029", wet="artikel 18a van de Wet op het primair onderwijs",
    gemeenten="Waalhaven, Lingedam en Zandbergen", bestuurder="drs. M.A. (Marieke) van Gennip",
    besturen=14, fte=31, opr_start="september 2024", opr_concept="28 januari 2025",
    opr_instemming="11 maart 2025", oogo_datum="18 februari 2025", oogo_jaar="2023",
    buur_swv="het samenwerkingsverband voortgezet onderwijs VO 26-04 Rivierenland",
    regio_rows=[["Waalhaven", "27", "5.940"], ["Lingedam", "16", "2.310"], ["Zandbergen", "13", "1.605"],
                ["Totaal", "56", "9.855"]],
)

TITLE = "Ondersteuningsplan 2025-2029 SPPO Rivierenland-West"
HEADER = "Ondersteuningsplan 2025-2029 | basisondersteuning - toelaatbaarheid - terugplaatsing - middelen - ouders"
FOOTER = "SPPO Rivierenland-West, PO 26-11 | vastgesteld door het bestuur op 20 maart 2025"

TOC = ["Voorwoord", "1 Inleiding en leeswijzer", "2 Terugblik: van twee verbanden naar één", "3 Onze regio",
       "4 Visie, missie en kernwaarden", "5 Basisondersteuning", "6 Extra ondersteuning en arrangementen",
       "7 Geen kind buiten beeld: thuiszitters en zorgplicht", "8 Toelaatbaarheid sbo en so (zie bijlage 2)",
       "9 Geld en middelen", "10 Ambities en beoogde resultaten", "11 Communicatie",
       "12 Organisatie en governance", "13 Medezeggenschap: de ondersteuningsplanraad",
       "14 Op overeenstemming gericht overleg (OOGO)", "15 Leerlingenvervoer, huisvesting en jeugdbeleid",
       "16 Personeel en professionalisering", "17 Informatievoorziening, ICT en privacy",
       "18 Planning van de planperiode", "19 Verantwoording",
       "Bijlage 1 Begrippen", "Bijlage 2 Procedure TLV", "Bijlage 3 Meerjarenbegroting",
       "Bijlage 4 Ondersteuningsprofielen-samenvatting"]


def blocks():
    c = C
    b = [("title", "Ondersteuningsplan 2025-2029"), ("sub", c["naam"] + " (" + c["code"] + ")"),
         ("sub", "Eerste ondersteuningsplan na de fusie van SWV Waalstreek en SWV Linge & Zand"),
         ("toc", TOC), ("pagebreak", None)]
    b += voorwoord(c)
    b += leeswijzer(c, "Dit plan bevat vier bijlagen die integraal onderdeel zijn van het plan: de begrippenlijst, "
                       "de procedure voor toelaatbaarheidsverklaringen, de meerjarenbegroting en een samenvatting "
                       "van de ondersteuningsprofielen.")
    b += [
        ("h1", "Terugblik: van twee verbanden naar één"),
        ("p", "Op 1 augustus 2024 zijn SWV Waalstreek en SWV Linge & Zand samengegaan. Beide verbanden hadden een "
              "eigen geschiedenis, een eigen verdeelsystematiek en een eigen cultuur. Het eerste fusiejaar stond "
              "vooral in het teken van kennismaken: de loketten zijn samengevoegd, het personeel is in één team "
              "ondergebracht en de besturen hebben gezamenlijke afspraken gemaakt over de overgangsperiode."),
        ("p", "Omdat dit het eerste plan van het gefuseerde verband is, bevat het geen evaluatie van een vorige "
              "planperiode met cijfers van het nieuwe verband. De evaluaties van de twee oude plannen zijn in 2024 "
              "door de afzonderlijke besturen vastgesteld en gedeeld met de OPR. De belangrijkste les uit beide "
              "evaluaties: scholen willen minder formulieren en meer mensen in de klas."),
    ]
    b += regio(c)
    b += visie(c)
    b += [
        ("h1", "Basisondersteuning"),
        ("p", "Basisondersteuning is de ondersteuning die iedere school binnen het samenwerkingsverband zelf "
              "biedt, planmatig en op een afgesproken kwaliteitsniveau, zonder dat daarvoor een aanvraag bij het "
              "samenwerkingsverband nodig is. Het algemeen bestuur heeft op 14 januari 2025 het niveau van de "
              "basisondersteuning voor Rivierenland-West vastgesteld. Dit niveau geldt als ondergrens: elke "
              "vestiging van elke aangesloten school, ook de kleinste dorpsschool, biedt minimaal deze "
              "ondersteuning. Een school mag meer bieden, maar niet minder."),
        ("p", "De afspraken zijn samengevat in twaalf standaarden. Bijlage 4 bij dit plan geeft per standaard aan "
              "wat ouders op iedere school mogen verwachten. Scholen beschrijven in hun schoolgids hoe zij deze "
              "standaarden invullen."),
        ("p", "Het samenwerkingsverband bespreekt de basisondersteuning elk jaar in het bestuursgesprek met ieder "
              "schoolbestuur aan de hand van de kwaliteitskaart. Voldoet een school op een standaard niet, dan "
              "maakt het bestuur een verbeterplan met een termijn van ten hoogste één schooljaar; het "
              "samenwerkingsverband kan daarbij een consulent inzetten."),
        ("h1", "Extra ondersteuning en arrangementen"),
        ("p", "Waar de basisondersteuning niet toereikend is, kan een school extra ondersteuning inzetten. Wij "
              "onderscheiden vijf niveaus, die samen het ondersteuningscontinuüm in de regio vormen:"),
        ("table", [["Niveau", "Wat", "Wie"],
                   ["1", "Ondersteuning in de groep binnen de basisondersteuning", "leerkracht"],
                   ["2", "Aanvullende ondersteuning binnen de school (basisondersteuning)", "leerkracht en IB'er"],
                   ["3", "Schoolarrangement met inzet van expertise van buiten de school",
                    "school met consulent van het SWV"],
                   ["4", "Bovenschools arrangement: Taalklas De Brug (Waalhaven), Observatiegroep Het Anker "
                         "(Lingedam), Plusklas Denkwijs (drie locaties), onderwijs-zorgarrangement Samen in de Klas",
                    "SWV met ketenpartners"],
                   ["5", "Speciaal basisonderwijs (sbo De Wissel, sbo Het Kompas) of speciaal onderwijs cluster 3 "
                         "en 4 (De Zandloper, Het Rivierhuis, Mytylschool-locatie Zandbergen)",
                    "sbo/so-school op basis van TLV"]]),
        ("p", "Schoolarrangementen worden aangevraagd via het Loket na een multidisciplinair overleg op school "
              "met ouders en de consulent. Bovenschoolse arrangementen duren in de regel een half tot één jaar en "
              "zijn gericht op terugkeer naar de eigen groep. Het onderwijs-zorgarrangement Samen in de Klas is "
              "samen met de jeugdhulpaanbieders en de drie gemeenten opgezet: een jeugdhulpverlener werkt "
              "wekelijks in de klas mee, gefinancierd uit jeugdhulpmiddelen van de gemeenten."),
        ("h1", "Geen kind buiten beeld: thuiszitters en zorgplicht"),
        ("p", "Ieder kind in de regio moet een plek hebben. Toch zijn er kinderen die (tijdelijk) niet naar school "
              "gaan of voor wie geen passende plek beschikbaar is. Wij hanteren daarom de volgende afspraken:"),
        ("ul", ["Een school meldt een kind dat langer dan vier weken niet of nauwelijks naar school gaat, binnen "
                "vijf schooldagen bij het Loket en bij leerplicht.",
                "Binnen tien schooldagen na de melding vindt een thuiszittersoverleg plaats met ouders, school, "
                "leerplicht, het lokale team en de consulent; daar wordt een terugkeerplan met één "
                "verantwoordelijke regisseur opgesteld.",
                "Lukt het niet binnen zes weken een passend aanbod te realiseren, dan gebruikt de "
                "directeur-bestuurder de doorzettingsmacht die de besturen hem of haar hebben gegeven: hij of zij "
                "wijst een school of voorziening aan die het kind tijdelijk opvangt.",
                "Kan een school na de wettelijke termijn van zes plus vier weken geen passende plek bieden, dan "
                "zoekt het Loket binnen twee weken samen met de besturen een plek; de zorgplicht blijft bij het "
                "bestuur van de school van aanmelding totdat het kind is ingeschreven."]),
        ("p", "Elk voorjaar brengen we met de aanbodkaart in beeld waar wachtlijsten, witte vlekken of "
              "overvolle voorzieningen zijn. De bevindingen bespreken we in de algemene vergadering; bij een "
              "structureel tekort besluit het bestuur binnen hetzelfde schooljaar over uitbreiding of een nieuwe "
              "voorziening. In 2024 leidde dit al tot een tweede groep van Observatiegroep Het Anker."),
        ("h1", "Toelaatbaarheid sbo en so"),
        ("p", "Het samenwerkingsverband beslist op verzoek van een schoolbestuur of een leerling toelaatbaar is tot "
              "het speciaal basisonderwijs of het speciaal onderwijs. Na de fusie werken beide voormalige loketten "
              "met één route. Omdat deze route in de praktijk vooral door intern begeleiders en het Loket wordt "
              "gebruikt, is zij in haar geheel als bijlage 2 bij dit plan opgenomen, met inbegrip van de "
              "afspraken over het aflopen van een toelaatbaarheidsverklaring."),
        ("h1", "Geld en middelen"),
        ("p", "Het samenwerkingsverband ontvangt van het Rijk een budget voor lichte en zware ondersteuning. "
              "Hierop worden de afdrachten aan het speciaal onderwijs door DUO ingehouden. Wat resteert, verdelen "
              "we volgens het verdeelmodel dat het algemeen bestuur op 14 januari 2025 heeft vastgesteld en dat de "
              "twee oude modellen vervangt. Het model kent vier stromen:"),
        ("ul", ["Schoolbudget: ieder schoolbestuur ontvangt een vast bedrag per leerling, op basis van het aantal "
                "leerlingen op de teldatum 1 oktober van het voorgaande jaar, plus een vaste voet per vestiging, "
                "zodat ook kleine scholen een werkbaar budget hebben. Het bedrag per leerling wordt ieder jaar in "
                "de begroting bepaald als het budget na aftrek van de stromen 2 tot en met 4, gedeeld door het "
                "totale leerlingaantal.",
                "Arrangementen: schoolarrangementen en bovenschoolse arrangementen worden toegekend door het "
                "Loket op basis van het ontwikkelingsperspectief en de afspraak in het multidisciplinair overleg; "
                "de school ontvangt een vergoeding per arrangement volgens de tarievenlijst.",
                "Sbo-bekostiging: de overdracht aan de sbo-scholen boven de 2%-grens wordt berekend op de "
                "peildatum 1 februari en volgt de wettelijke systematiek.",
                "Organisatie: de kosten van het Loket, de consulenten en de bedrijfsvoering van het "
                "samenwerkingsverband."]),
        ("p", "Het bestuur hanteert een bandbreedte voor het weerstandsvermogen van 5 tot 10 procent van de "
              "jaarlijkse baten. Reserves daarboven worden in overleg met de besturen in de planperiode afgebouwd. "
              "De besturen verantwoorden de inzet van het schoolbudget jaarlijks in hun eigen jaarverslag en in "
              "het bestuursgesprek. Voor de meerjarenbegroting verwijzen we naar bijlage 3."),
        ("h1", "Ambities en beoogde resultaten"),
        ("p", "Voor de planperiode hebben we vijf ambities geformuleerd. Bij elke ambitie staat wat wij in juli "
              "2029 bereikt willen hebben voor kinderen die extra ondersteuning nodig hebben."),
        ("table", [["Ambitie", "Beoogd resultaat juli 2029"],
                   ["Snel duidelijkheid", "95% van de aanvragen voor een arrangement of TLV is binnen zes weken "
                                          "afgehandeld"],
                   ["Thuisnabij", "het deelnamepercentage so daalt van 1,9% naar ten hoogste 1,7%"],
                   ["Niemand thuis", "geen enkel kind zit langer dan drie maanden thuis zonder passend aanbod"],
                   ["Terug waar het kan", "jaarlijks keren ten minste 25 kinderen vanuit sbo of so terug naar de "
                                          "basisschool"],
                   ["Tevreden partners", "ten minste 80% van de ouders en scholen beoordeelt de ondersteuning "
                                         "van het samenwerkingsverband als goed"]]),
        ("p", "Hoe wij deze ambities gaan volgen – met welke bronnen, op welke momenten en in welke vorm wij "
              "erover rapporteren – wordt in de loop van het schooljaar 2025-2026 uitgewerkt in een "
              "monitoringsplan. Tot dat plan er is, zijn de streefwaarden richtinggevend."),
        ("h1", "Communicatie"),
        ("p", "Goede communicatie is een voorwaarde voor vertrouwen. Wij communiceren met scholen via de "
              "nieuwsbrief voor intern begeleiders en directeuren, die zes keer per jaar verschijnt, en via de "
              "regionale netwerken."),
        ("p", "Ouders informeren wij op verschillende manieren over de ondersteuningsmogelijkheden in de regio. "
              "De website heeft een aparte ouderpagina met uitleg over basisondersteuning, arrangementen en de "
              "route naar het speciaal (basis)onderwijs. De ouderfolder 'Wat kan de school voor mijn kind doen?' "
              "is beschikbaar in het Nederlands, Engels, Arabisch en Pools en wordt op iedere school uitgereikt "
              "bij het eerste gesprek over extra ondersteuning. Scholen nemen in hun schoolgids een vaste "
              "paragraaf op over de basisondersteuning en het samenwerkingsverband. Twee keer per jaar houden we "
              "een informatieavond voor ouders, afwisselend in Waalhaven en Lingedam."),
        ("p", "Ouders die een onafhankelijk luisterend oor zoeken of het niet eens zijn met de school of met ons, "
              "kunnen terecht bij het Ouder- en Jeugdsteunpunt Wegwijs Rivierenland. Het steunpunt is niet in "
              "dienst van een schoolbestuur, is gratis en bereikbaar via telefoon, mail en een wekelijks "
              "inloopspreekuur. Daarnaast kunnen ouders een beroep doen op de Onderwijsconsulenten, die landelijk "
              "bemiddelen bij problemen rond toelating en passende plek. Het steunpunt bundelt de signalen die het "
              "ontvangt twee keer per jaar in een rapportage aan het bestuur. Klachten over het "
              "samenwerkingsverband kunnen worden ingediend volgens de klachtenregeling; het samenwerkingsverband "
              "is aangesloten bij de Landelijke Klachtencommissie Onderwijs."),
        ("p", "Ouders zijn partner bij de ondersteuning van hun kind: zij worden betrokken bij het opstellen en "
              "evalueren van het ontwikkelingsperspectief en zijn uitgenodigd bij ieder multidisciplinair overleg."),
    ]
    b += governance(c)
    b += opr(c)
    b += oogo(c)
    b += huisvesting_vervoer(c)
    b += personeel(c)
    b += ict(c)
    b += planning(c, [["2025-2026", "invoering verdeelmodel; nieuwe aanbodkaart; keuze nieuw dossiersysteem"],
                      ["2026-2027", "evaluatie Loket; uitbreiding Plusklas Denkwijs naar Zandbergen"],
                      ["2027-2028", "herijking twaalf standaarden; voorbereiding nieuw plan"],
                      ["2028-2029", "vaststelling ondersteuningsplan 2029-2033"]])
    b += [
        ("h1", "Verantwoording"),
        ("p", "In dit hoofdstuk leggen wij verantwoording af over de wijze waarop dit plan tot stand is gekomen. "
              "De schrijfgroep bestond uit twee directeuren, drie intern begeleiders, een bestuurder, de "
              "beleidsmedewerker en de directeur-bestuurder. Zij kwamen tussen september 2024 en februari 2025 "
              "negen keer bijeen."),
        ("p", "Tussenversies zijn besproken in de regionale netwerken, in de algemene vergadering (oktober en "
              "december 2024) en met de OPR. Het concept is op 18 februari 2025 in het OOGO met de gemeenten "
              "besproken en op 11 maart 2025 heeft de OPR ingestemd. Het bestuur heeft het plan op 20 maart 2025 "
              "vastgesteld, na goedkeuring door de raad van toezicht. Het plan is op 25 maart 2025 via het "
              "Internet Schooldossier aan de inspectie gezonden, ruim voor 1 mei."),
        ("p", "De financiële verantwoording over de besteding van de middelen vindt jaarlijks plaats in de "
              "jaarrekening, die door de accountant wordt gecontroleerd."),
        ("pagebreak", None),
        ("h1", "Bijlage 1 Begrippen"),
        ("table", [["Begrip", "Betekenis"],
                   ["Basisondersteuning", "Het afgesproken niveau van ondersteuning dat alle scholen bieden."],
                   ["Dekkend aanbod", "Een samenhangend geheel van voorzieningen zodat elk kind een passende plek heeft."],
                   ["Meerjarenbegroting", "Begroting voor ten minste vier jaar vooruit."],
                   ["OJSP", "Ouder- en jeugdsteunpunt."],
                   ["OOGO", "Op overeenstemming gericht overleg met de gemeenten."],
                   ["OPP", "Ontwikkelingsperspectiefplan."],
                   ["TLV", "Toelaatbaarheidsverklaring voor sbo of so."],
                   ["Terugplaatsing", "Overgang van een leerling van sbo of so naar de basisschool."],
                   ["Thuiszitter", "Leerplichtige leerling die zonder vrijstelling niet naar school gaat."]]),
        ("h1", "Bijlage 2 Procedure TLV"),
        ("h2", "2.1 Aanvraag"),
        ("p", "Een TLV wordt aangevraagd door het bestuur van de school waar de leerling staat ingeschreven of is "
              "aangemeld, in de praktijk door de intern begeleider namens de directeur. De aanvraag wordt digitaal "
              "ingediend bij het Loket en bevat: het groeidocument of ontwikkelingsperspectief, het verslag van "
              "het multidisciplinair overleg, het onderwijskundig rapport, de zienswijze van de ouders en, indien "
              "aanwezig, verslagen van onderzoek of jeugdhulp."),
        ("h2", "2.2 Beoordeling en deskundigenadvies"),
        ("p", "Het Loket toetst binnen vijf schooldagen of het dossier compleet is. Daarna geven twee deskundigen "
              "ieder afzonderlijk een schriftelijk advies: een orthopedagoog of psycholoog, en afhankelijk van de "
              "vraag een tweede deskundige (maatschappelijk werker, arts, pedagoog of kinderpsychiater). Geen van "
              "beide deskundigen was betrokken bij de voorbereiding van de aanvraag. Ouders ontvangen een afschrift "
              "van beide adviezen."),
        ("h2", "2.3 Besluit"),
        ("p", "De Commissie Toelaatbaarheid (CT) neemt namens het bestuur binnen zes weken na ontvangst van het "
              "complete dossier een besluit. De TLV krijgt een volgnummer. Bij spoed kan de CT binnen tien "
              "schooldagen een tijdelijke TLV van ten hoogste drie maanden afgeven."),
        ("h2", "2.4 Criteria"),
        ("p", "Een leerling is toelaatbaar tot het sbo als aan alle volgende voorwaarden is voldaan: (a) de school "
              "heeft de basisondersteuning en ten minste een half jaar een schoolarrangement aantoonbaar en "
              "planmatig ingezet; (b) de leerling heeft een ontwikkelingsperspectief met een uitstroombestemming "
              "die in de basisschool niet haalbaar blijkt; (c) de onderwijsbehoefte vraagt om een kleinere groep "
              "en een specifieke pedagogisch-didactische aanpak gedurende het grootste deel van de schooldag."),
        ("p", "Een leerling is toelaatbaar tot het so (cluster 3 of 4) als daarnaast (d) de ondersteuningsbehoefte "
              "zo intensief of complex is dat de expertise van het sbo niet toereikend is, bijvoorbeeld bij een "
              "verstandelijke beperking (IQ lager dan 55), een ernstige lichamelijke of meervoudige beperking, "
              "langdurige ziekte of ernstige gedrags- of psychiatrische problematiek die ook met jeugdhulp in het "
              "sbo niet te hanteren is."),
        ("h2", "2.5 Duur, bekostigingscategorie en bezwaar"),
        ("p", "Een TLV voor het sbo wordt afgegeven tot het einde van het schooljaar waarin de leerling twaalf "
              "wordt. Een TLV voor het so wordt afgegeven voor één of twee schooljaren, in de bekostigingscategorie "
              "laag, midden of hoog, die de CT vaststelt op basis van het deskundigenadvies. Ouders en school "
              "kunnen binnen zes weken bezwaar maken; het samenwerkingsverband vraagt advies aan de Landelijke "
              "Bezwaaradviescommissie Toelaatbaarheidsverklaringen."),
        ("h2", "2.6 Afloop van de TLV"),
        ("p", "Uitgangspunt van ons beleid is dat het speciaal (basis)onderwijs voor veel kinderen een tijdelijke "
              "plek is. Waar de ontwikkeling het toelaat, keert een kind terug naar een basisschool zo dicht "
              "mogelijk bij huis. Een kind komt daarvoor in aanmerking als het ontwikkelingsperspectief laat zien "
              "dat de doelen met de ondersteuning van een basisschool (eventueel met een arrangement) haalbaar zijn."),
        ("p", "Uiterlijk 1 februari van het laatste schooljaar van de TLV evalueert de sbo- of so-school het "
              "ontwikkelingsperspectief in een multidisciplinair overleg met ouders, de consulent van het "
              "samenwerkingsverband en zo mogelijk de beoogde basisschool. Vóór 1 april adviseert de school de CT: "
              "terugplaatsing of een nieuwe TLV. De CT besluit vóór 1 juni. Bij terugplaatsing meldt de ouder het "
              "kind aan bij de basisschool; die school krijgt een terugplaatsingsarrangement van één jaar met "
              "ambulante begeleiding door de sbo- of so-school, bekostigd uit de stroom arrangementen. Na zes "
              "maanden volgt een evaluatie; blijkt de overstap niet te lukken, dan kan de CT versneld een nieuwe "
              "TLV afgeven."),
        ("h1", "Bijlage 3 Meerjarenbegroting"),
        ("p", "Deze bijlage wordt gevuld zodra het algemeen bestuur de meerjarenbegroting 2025-2029 heeft "
              "vastgesteld (gepland december 2025). De onderstaande tabel geeft de opbouw weer; bedragen volgen."),
        ("table", [["Post", "2025", "2026", "2027", "2028"],
                   ["Baten ondersteuningsbudget", "p.m.", "p.m.", "p.m.", "p.m."],
                   ["Afdrachten DUO so", "p.m.", "p.m.", "p.m.", "p.m."],
                   ["Schoolbudgetten", "p.m.", "p.m.", "p.m.", "p.m."],
                   ["Arrangementen", "p.m.", "p.m.", "p.m.", "p.m."],
                   ["Sbo-overdracht", "p.m.", "p.m.", "p.m.", "p.m."],
                   ["Organisatie", "p.m.", "p.m.", "p.m.", "p.m."],
                   ["Resultaat", "p.m.", "p.m.", "p.m.", "p.m."]]),
        ("h1", "Bijlage 4 Ondersteuningsprofielen-samenvatting"),
        ("p", "Deze samenvatting geeft per standaard aan wat ouders op iedere school van het samenwerkingsverband "
              "mogen verwachten (de basisondersteuning), gevolgd door een overzicht van de extra expertise die "
              "sommige scholen daarnaast in huis hebben."),
        ("table", [["Standaard", "Wat u op iedere school mag verwachten"],
                   ["1 Intern begeleider", "Een intern begeleider met ten minste één dag per week per 200 leerlingen."],
                   ["2 Leerlingvolgsysteem", "Twee keer per jaar toetsing en een groepsbespreking na iedere toetsronde."],
                   ["3 Handelingsgericht werken", "Groepsplannen of groepsoverzichten met drie instructieniveaus."],
                   ["4 Dyslexie", "Werken volgens het Protocol Leesproblemen en Dyslexie, inclusief dyslexieverklaring-traject."],
                   ["5 Dyscalculie", "Werken volgens het protocol ERWD, met hulpmiddelen bij rekenen."],
                   ["6 Sociale veiligheid", "Een methode voor sociaal-emotioneel leren en een anti-pestcoördinator."],
                   ["7 Gedrag", "Een gedragsprotocol en een time-in-plek in de school."],
                   ["8 Meer- en hoogbegaafdheid", "Signalering met een vast instrument en compacten en verrijken in de groep."],
                   ["9 Taal/NT2", "Extra taalaanbod voor kinderen met een taalachterstand."],
                   ["10 Medisch handelen", "Een protocol medisch handelen en afspraken over medicijnverstrekking."],
                   ["11 Samenwerking", "Een vast contact met het lokale team en de jeugdverpleegkundige."],
                   ["12 Ontwikkelingsperspectief", "Een OPP voor ieder kind met een eigen leerlijn, jaarlijks met ouders geëvalueerd."]]),
        ("table", [["School (voorbeelden)", "Extra expertise boven de basisondersteuning"],
                   ["De Regenboog, Waalhaven", "Taalklas De Brug; NT2-specialist"],
                   ["De Zonnewijzer, Lingedam", "Observatiegroep Het Anker"],
                   ["Het Baken, Zandbergen", "Plusklas Denkwijs; gedragsspecialist"],
                   ["De Tweemaster, Waalhaven", "Onderwijs-zorgarrangement Samen in de Klas"]]),
    ]
    return b
