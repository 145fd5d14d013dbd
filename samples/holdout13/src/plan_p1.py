"""P1 - PO, SWV De Lindeboog, .docx, headings only bold/larger font, 'Artikel x.y' numbering."""
from filler13 import bank

C = dict(naam="Samenwerkingsverband Passend Primair Onderwijs De Lindeboog", kort="De Lindeboog",
         periode="2026-2030", regio="de Lindeboog-regio", gemeenten="Harderveen, Oostwoud en Brammelo",
         inwoners="148.000", besturen="9", scholen="41", leerlingen="13.600", fte="14,6",
         oogo_datum="3 maart 2026", ander_verband="samenwerkingsverband VO Harderveen e.o.",
         opr_datum="10 februari 2026", instemming="17 maart 2026", vastgesteld="24 maart 2026")

HEADER = ("Ondersteuningsplan De Lindeboog 2026-2030 — basisondersteuning · toelaatbaarheid · "
          "terugplaatsing · middelen · resultaten · ouders")
FOOTER = "PO 27-11 · Dekkend aanbod voor elk kind · concept t.b.v. OPR en OOGO"


def blocks():
    F = bank(C)
    B = []
    B.append(("title", ["Ondersteuningsplan 2026-2030",
                        "Samenwerkingsverband Passend Primair Onderwijs De Lindeboog (PO 27-11)",
                        "Basisondersteuning – Toelaatbaarheid – Terugplaatsing – Middelen – Resultaten – Ouders",
                        "Vastgesteld door het bestuur op 24 maart 2026"]))
    B.append(("h1", "Colofon"))
    B.append(("small", "Uitgave: Samenwerkingsverband Passend Primair Onderwijs De Lindeboog, Postbus 412, "
                       "3840 AK Harderveen. Tekst: staf van het verband, met bijdragen van de werkgroepen "
                       "basisondersteuning, toelaatbaarheid, financiën en ouders. Instemming "
                       "ondersteuningsplanraad: 17 maart 2026. OOGO gemeenten: 3 maart 2026. Vormgeving: "
                       "Studio Ribbel. Niets uit deze uitgave mag worden overgenomen zonder bronvermelding. "
                       "Vragen over dit plan: info@lindeboog-po.nl."))
    B.append(("pb",))
    B.append(("h1", "Inhoud"))
    B.append(("toc", [("1  Voorwoord", 3), ("2  Leeswijzer", 4), ("3  Wie wij zijn", 5),
                      ("4  Visie en koers", 6), ("5  Basisondersteuning", 8),
                      ("6  Het ondersteuningscontinuüm", 11), ("7  Toelaatbaarheid sbo en so", 13),
                      ("8  Geld en middelen", 17), ("9  Kwaliteit en resultaten", 20),
                      ("10 Communicatie", 21), ("11 Organisatie en medezeggenschap", 23),
                      ("12 Samenwerking met gemeenten en thuiszitters", 24), ("13 Personeel en ICT", 25),
                      ("14 Planning", 27), ("Bijlage A  Begrippenlijst", 28)]))
    B.append(("pb",))
    B.append(("h1", "1  Voorwoord"))
    B += F["voorwoord"]
    B.append(("h1", "2  Leeswijzer"))
    B.append(("p", "Dit plan is opgebouwd uit veertien hoofdstukken en een bijlage. Per hoofdstuk vindt u "
                   "hieronder in één zin waar het over gaat."))
    B.append(("bul", [
        "Hoofdstuk 3 schetst de regio, de aangesloten besturen en de kengetallen.",
        "Hoofdstuk 4 beschrijft onze visie, missie en de koers voor de planperiode.",
        "Hoofdstuk 5 legt het niveau en de inhoud van de basisondersteuning vast.",
        "Hoofdstuk 6 beschrijft het dekkend aanbod: van basisondersteuning tot speciaal onderwijs.",
        "Hoofdstuk 7 beschrijft de procedure en criteria voor toelaatbaarheid tot sbo en so.",
        "Hoofdstuk 8 gaat over de verdeling en besteding van de middelen en de meerjarenbegroting.",
        "Hoofdstuk 9 beschrijft de beoogde en bereikte resultaten en hoe wij die monitoren.",
        "Hoofdstuk 10 laat zien hoe wij ouders informeren en waar zij onafhankelijk advies krijgen.",
        "Hoofdstuk 11 beschrijft het bestuur, het toezicht en de medezeggenschap.",
        "Hoofdstuk 12 gaat over de samenwerking met gemeenten en de aanpak van thuiszitters.",
        "Hoofdstuk 13 behandelt personeel, privacy en ICT.",
        "Hoofdstuk 14 bevat de planning van de uitvoering.",
        "Bijlage A bevat een begrippenlijst."]))
    B.append(("h1", "3  Wie wij zijn"))
    B += F["context"]
    B.append(("table", [["Kengetal (peildatum 1 oktober 2025)", "Aantal"],
                        ["Aangesloten schoolbesturen", "9"], ["Vestigingen basisonderwijs", "37"],
                        ["Vestigingen speciaal basisonderwijs", "2"],
                        ["Vestigingen speciaal onderwijs (cluster 3 en 4) in de regio", "2"],
                        ["Leerlingen basisonderwijs", "13.050"], ["Gemeenten in het werkgebied", "3"]]))
    B.append(("h1", "4  Visie en koers"))
    B += F["visie"]
    B += F["missie"]
    B.append(("p", "De koers voor de komende vier jaar laat zich samenvatten in drie woorden: dichtbij, "
                   "deskundig en duidelijk. Dichtbij betekent dat ondersteuning in de wijk of het dorp wordt "
                   "georganiseerd. Deskundig betekent dat scholen snel toegang hebben tot specialistische "
                   "kennis. Duidelijk betekent dat iedereen weet wat hij van wie kan verwachten."))

    # ---------------- basisondersteuning: present (niveau + inhoud), borging advisory
    B.append(("h1", "5  Basisondersteuning"))
    B.append(("h2", "Artikel 5.1  De afspraak"))
    B.append(("p", "De besturen van De Lindeboog hebben met elkaar afgesproken welke ondersteuning iedere "
                   "school minimaal biedt. Deze afspraak geldt voor alle 37 vestigingen voor basisonderwijs "
                   "in het verband, ongeacht het bestuur of de denominatie. Het is een ondergrens: een school "
                   "mag meer bieden, maar niet minder. Wat onder de basisondersteuning valt, hoeft een school "
                   "niet bij het verband aan te vragen; de school organiseert en bekostigt dit zelf uit haar "
                   "eigen formatie en het schoolbudget."))
    B.append(("p", "Wij hanteren daarbij de vier bekende aspecten: de basiskwaliteit zoals de inspectie die "
                   "beoordeelt, preventieve en licht curatieve interventies, een ondersteuningsstructuur in "
                   "de school en planmatig, handelingsgericht werken. In artikel 5.2 is per onderdeel "
                   "uitgewerkt wat dat concreet betekent."))
    B.append(("h2", "Artikel 5.2  Wat ouders op iedere school mogen verwachten"))
    B.append(("table", [
        ["Nr.", "Onderdeel", "Wat iedere school van De Lindeboog concreet biedt"],
        ["5.2.1", "Intern begeleider", "Ten minste 0,4 fte intern begeleider per 200 leerlingen, met een "
         "afgeronde opleiding (master SEN of gelijkwaardig)."],
        ["5.2.2", "Groepsbespreking", "Twee keer per jaar een groepsbespreking per groep, waarin de leraar "
         "en de intern begeleider de onderwijsbehoeften van alle leerlingen doornemen."],
        ["5.2.3", "Ondersteuningsteam", "Minimaal vier keer per jaar een ondersteuningsteam (OT) met de "
         "intern begeleider, de orthopedagoog van het verband en, waar nodig, de jeugdverpleegkundige of "
         "het sociaal team; ouders worden voor de bespreking van hun kind uitgenodigd."],
        ["5.2.4", "Dyslexie", "Werken volgens het Protocol Leesproblemen en Dyslexie, inclusief "
         "signalering in groep 2 en 3, extra leestijd en ICT-hulpmiddelen (voorleessoftware)."],
        ["5.2.5", "Dyscalculie", "Werken volgens het Protocol ERWD, met intensieve rekeninterventies van "
         "ten minste 20 weken bij hardnekkige rekenproblemen."],
        ["5.2.6", "Sociale veiligheid", "Een erkend programma voor sociaal-emotioneel leren, een "
         "anti-pestcoördinator en jaarlijkse monitoring van de veiligheidsbeleving."],
        ["5.2.7", "Gedrag", "Een schoolbreed gedragsprotocol en de inzet van korte gedragsinterventies "
         "(bijvoorbeeld check-in/check-out) vóór een aanvraag bij het verband."],
        ["5.2.8", "Meer- en hoogbegaafdheid", "Compacten en verrijken van de lesstof in de groep en een "
         "verrijkingsgroep op school of in samenwerking met een nabije school."],
        ["5.2.9", "Taal en NT2", "Extra taalaanbod voor leerlingen met een taalachterstand of een andere "
         "thuistaal, met een vaste leerlijn woordenschat."],
        ["5.2.10", "Medisch handelen", "Een protocol medisch handelen; het personeel is bekwaam in het "
         "verstrekken van medicijnen volgens dat protocol."],
        ["5.2.11", "Executieve functies", "Structuur en visuele ondersteuning in elke groep (dagritme, "
         "planbord, time-timer) en een werkplek met minder prikkels."],
        ["5.2.12", "Ontwikkelingsperspectief", "Voor een leerling die op één of meer vakken een eigen "
         "leerlijn volgt, stelt de school een OPP op, dat met ouders wordt besproken."],
        ["5.2.13", "Fysieke toegankelijkheid", "Het gebouw is rolstoeltoegankelijk of de school heeft een "
         "afspraak met een nabije school die dat wel is."],
        ["5.2.14", "Overdracht", "Bij iedere overstap een onderwijskundig rapport en een warme overdracht "
         "tussen de leraren."]]))
    B.append(("h2", "Artikel 5.3  Borging"))
    B.append(("p", "Iedere school legt in de schoolgids vast hoe zij de onderdelen van artikel 5.2 invult. "
                   "Eens per twee jaar voert het verband met elke school een gesprek aan de hand van de "
                   "Kwaliteitskaart Basisondersteuning; daarbij zijn een schoolleider en een intern "
                   "begeleider van een andere school aanwezig. Voldoet een school op een onderdeel niet, dan "
                   "maken bestuur en verband binnen zes weken een verbeterafspraak, die na een jaar opnieuw "
                   "wordt getoetst."))

    # ---------------- dekkend aanbod: continuum only (no lacunes), ketenpartners advisory
    B.append(("h1", "6  Het ondersteuningscontinuüm"))
    B.append(("p", "Ondersteuning in De Lindeboog is georganiseerd in vijf niveaus die op elkaar aansluiten. "
                   "Een leerling beweegt zich niet vanzelf van niveau naar niveau: steeds wordt gekeken wat "
                   "nodig is en wie dat het beste kan bieden."))
    B.append(("table", [
        ["Niveau", "Wat", "Waar", "Wie regelt het"],
        ["1", "Basisondersteuning in de groep", "Iedere school", "Leraar en intern begeleider"],
        ["2", "Basisondersteuning met inzet van het OT", "Iedere school", "OT met orthopedagoog van het verband"],
        ["3", "Arrangement (licht: tot 20 weken; intensief: tot een schooljaar), bijvoorbeeld extra "
              "handen in de klas of ambulante begeleiding", "Eigen school",
         "Consulent van het verband, op verzoek van de school"],
        ["4", "Bovenschoolse voorziening: observatiegroep De Overstap (12 plaatsen), taalklas voor "
              "nieuwkomers (2 locaties), plusklas Het Denkhuis (1 dag per week)", "Drie locaties in de regio",
         "Consulent en ontvangende voorziening"],
        ["5", "Speciaal basisonderwijs (De Wegwijzer, Het Baken) en speciaal onderwijs cluster 3 "
              "(De Zonnewijzer) en cluster 4 (Het Kompas)", "Vier scholen in de regio",
         "Commissie van Toelaatbaarheid (zie hoofdstuk 7)"]]))
    B.append(("p", "Waar onderwijs en zorg samenkomen, bijvoorbeeld bij leerlingen met een ernstige "
                   "psychiatrische problematiek, stellen school, verband en het sociaal team samen een "
                   "onderwijs-zorgarrangement op. De gemeente bekostigt daarin de zorgcomponent en het "
                   "verband de onderwijscomponent."))
    B.append(("p", "Bij de overgang van de voorschoolse periode naar groep 1 en van groep 8 naar het "
                   "voortgezet onderwijs geldt een warme overdracht. Voor leerlingen in niveau 3 tot en met 5 "
                   "schuift de consulent van het verband aan bij het overdrachtsgesprek met het VO."))

    # ---------------- plaatsing: procedure yes, criteria deferred; deskundigen, duur-categorie, bezwaar
    # ---------------- terugstroom hidden in art. 7.6: procedure + beleid
    B.append(("h1", "7  Toelaatbaarheid sbo en so"))
    B.append(("h2", "Artikel 7.1  Aanvraag"))
    B.append(("p", "Een toelaatbaarheidsverklaring (TLV) voor het speciaal basisonderwijs of het speciaal "
                   "onderwijs wordt aangevraagd door het bevoegd gezag van de school waar de leerling staat "
                   "ingeschreven, of bij een nieuwe leerling: waar hij is aangemeld. De aanvraag volgt op een "
                   "bespreking in het ondersteuningsteam. De school dient de aanvraag digitaal in bij de "
                   "Commissie van Toelaatbaarheid (CvT) van het verband, met het ontwikkelingsperspectief, "
                   "het groeidocument, de verslagen van het OT en de zienswijze van de ouders. Is het dossier "
                   "onvolledig, dan meldt het secretariaat dat binnen vijf werkdagen aan de school."))
    B.append(("h2", "Artikel 7.2  Deskundigenadvies"))
    B.append(("p", "Over iedere aanvraag adviseren twee deskundigen afzonderlijk en schriftelijk: een "
                   "orthopedagoog of psycholoog van het verband en, afhankelijk van de leerling, een "
                   "jeugdarts, maatschappelijk werker of kinderpsychiater. De deskundigen zijn niet betrokken "
                   "geweest bij het opstellen van de aanvraag. Ouders ontvangen een afschrift van beide "
                   "adviezen."))
    B.append(("h2", "Artikel 7.3  Besluit, duur en categorie"))
    B.append(("p", "De CvT besluit namens het bestuur binnen zes weken na ontvangst van het volledige "
                   "dossier. Een TLV voor het sbo geldt tot het einde van het schooljaar waarin de leerling "
                   "twaalf jaar wordt. Een TLV voor het so wordt afgegeven voor één of twee schooljaren en "
                   "vermeldt de bekostigingscategorie laag, midden of hoog."))
    B.append(("h2", "Artikel 7.4  Toetsingskader"))
    B.append(("p", "De CvT weegt iedere aanvraag op haar eigen merites. Een uitgewerkt toetsingskader, met "
                   "de criteria aan de hand waarvan de commissie beoordeelt of een leerling toelaatbaar is "
                   "tot sbo of so, stellen wij in de loop van het schooljaar 2026-2027 vast in overleg met de "
                   "scholen voor speciaal (basis)onderwijs. Tot dat moment besluit de commissie op basis van "
                   "het dossier."))
    B.append(("h2", "Artikel 7.5  Bezwaar"))
    B.append(("p", "Ouders en het schoolbestuur kunnen binnen zes weken na de datum van het besluit bezwaar "
                   "maken bij het bestuur van het verband. Het bestuur vraagt advies aan de Landelijke "
                   "Bezwaaradviescommissie Toelaatbaarheidsverklaringen voordat het op het bezwaar beslist."))
    B.append(("h2", "Artikel 7.6  Afloop van de verklaring en terugkeer naar de basisschool"))
    B.append(("p", "Plaatsing in het sbo of so is in De Lindeboog nadrukkelijk niet bedoeld als eindstation. "
                   "Uitgangspunt is dat een leerling terugkeert naar een reguliere basisschool zodra hij "
                   "daar met ondersteuning tot ontwikkeling kan komen, bij voorkeur een school dicht bij huis. "
                   "Voorwaarden zijn dat de ontwikkeling volgens het OPP stabiel is, dat de ontvangende school "
                   "de ondersteuning kan bieden die in het OPP is beschreven, en dat ouders de stap steunen."))
    B.append(("p", "In het laatste schooljaar van de TLV bespreekt de sbo- of so-school vóór 1 december het "
                   "OPP met de ouders en de orthopedagoog van het verband. De school geeft vóór 1 maart een "
                   "schriftelijk advies: terugkeer naar het regulier onderwijs, of voortzetting. Bij een "
                   "advies tot terugkeer zoekt de consulent met de ouders een ontvangende school en organiseert "
                   "hij een overdrachtsgesprek. Bij een advies tot voortzetting dient de school vóór 1 april "
                   "een nieuwe aanvraag in volgens artikel 7.1. Zonder nieuwe verklaring eindigt de TLV op "
                   "31 juli."))
    B.append(("p", "Een leerling die terugkeert, krijgt een terugkeerarrangement: gedurende twaalf maanden "
                   "begeleidt een ambulant begeleider van de sbo- of so-school de leerling en de leraar, "
                   "gemiddeld vier uur per week. Na drie en na negen maanden evalueren ontvangende school, "
                   "ouders en consulent het arrangement."))

    # ---------------- financien: present; reserves + verantwoording advisory
    B.append(("h1", "8  Geld en middelen"))
    B.append(("h2", "Artikel 8.1  Inkomsten"))
    B.append(("p", "Het verband ontvangt van het Rijk het budget voor lichte en zware ondersteuning. Het "
                   "budget voor zware ondersteuning wordt grotendeels door DUO rechtstreeks afgedragen aan de "
                   "scholen voor so; het verband betaalt daarnaast de groeibekostiging na de teldatum van "
                   "1 februari."))
    B.append(("h2", "Artikel 8.2  Verdeling over besturen en arrangementen"))
    B.append(("p", "Het verband hanteert een schoolmodel. Zeventig procent van het budget lichte ondersteuning "
                   "gaat rechtstreeks naar de schoolbesturen, volgens een vaste sleutel: € 142 per leerling "
                   "op de teldatum 1 oktober van het voorgaande jaar plus een vaste voet van € 8.500 per "
                   "vestiging. Het bestuur maakt de bedragen per bestuur vóór 1 juli bekend. De overige "
                   "middelen blijven bij het verband en worden ingezet voor arrangementen (niveau 3), de "
                   "bovenschoolse voorzieningen (niveau 4), de orthopedagogen en het bureau. Arrangementen "
                   "worden toegekend door de consulent op basis van een hulpvraag van de school en een plan "
                   "met doelen en een einddatum."))
    B.append(("h2", "Artikel 8.3  Meerjarenbegroting"))
    B.append(("table", [
        ["Post (x € 1.000)", "2026", "2027", "2028", "2029"],
        ["Baten: ondersteuningsbudget lichte ondersteuning", "2.910", "2.880", "2.850", "2.830"],
        ["Baten: ondersteuningsbudget zware ondersteuning (na afdracht DUO)", "1.640", "1.610", "1.590", "1.570"],
        ["Lasten: toekenning aan schoolbesturen (schoolmodel)", "2.040", "2.020", "2.000", "1.980"],
        ["Lasten: arrangementen niveau 3", "780", "790", "790", "790"],
        ["Lasten: bovenschoolse voorzieningen niveau 4", "620", "620", "610", "600"],
        ["Lasten: groeibekostiging sbo en so", "310", "300", "300", "300"],
        ["Lasten: orthopedagogen en consulenten", "640", "650", "660", "660"],
        ["Lasten: bureau, bestuur, OPR", "210", "210", "215", "215"],
        ["Resultaat", "-50", "-100", "-135", "-145"]]))
    B.append(("h2", "Artikel 8.4  Reserves en verantwoording"))
    B.append(("p", "Het eigen vermogen bedroeg op 31 december 2025 € 1,2 miljoen. Het bestuur hanteert een "
                   "signaleringswaarde van 5 procent van de baten voor het weerstandsvermogen; het vermogen "
                   "daarboven wordt in vier jaar afgebouwd via de negatieve resultaten in de begroting. "
                   "Schoolbesturen verantwoorden jaarlijks vóór 1 mei met een vast format waaraan zij de "
                   "toegekende middelen hebben besteed."))

    # ---------------- resultaten: missing (deferral only)
    B.append(("h1", "9  Kwaliteit en resultaten"))
    B.append(("p", "De kwaliteitszorg van het verband is in 2025 onder de loep genomen. Welke resultaten wij in "
                   "deze planperiode willen bereiken voor leerlingen die extra ondersteuning nodig hebben, en "
                   "op welke manier wij die gaan volgen, is onderwerp van de strategische sessies van het "
                   "bestuur in het najaar van 2026. De uitkomsten daarvan krijgen hun plaats in een addendum "
                   "bij dit plan, dat te zijner tijd aan de OPR wordt voorgelegd."))
    B.append(("p", "De inspectie van het onderwijs houdt toezicht op het verband en bezoekt ons ten minste "
                   "eenmaal in de vier jaar. Het laatste bezoek vond plaats in het voorjaar van 2024."))

    # ---------------- ouders: inside 'Communicatie'; present; betrokkenheid advisory
    B.append(("h1", "10  Communicatie"))
    B.append(("p", "Goede communicatie is een voorwaarde voor vertrouwen. Het verband communiceert met "
                   "scholen via een tweewekelijkse nieuwsbrief, een kennisbank voor intern begeleiders en "
                   "het jaarlijkse congres."))
    B.append(("p", "Voor ouders heeft de website een eigen rubriek 'Voor ouders', met per school een link naar "
                   "het deel van de schoolgids waarin de basisondersteuning en de extra ondersteuning van die "
                   "school zijn beschreven. De brochure 'Wegwijzer passend onderwijs' legt in eenvoudige taal "
                   "uit welke ondersteuning er in de regio is en hoe een aanvraag verloopt; de brochure is er "
                   "in het Nederlands, Engels, Arabisch, Pools en Turks en ligt op iedere school. Twee keer per "
                   "jaar organiseert het verband een informatieavond voor ouders, afwisselend in Harderveen en "
                   "Oostwoud. De intern begeleider is op iedere school het eerste aanspreekpunt."))
    B.append(("p", "Ouders die onafhankelijk advies willen, of het niet eens zijn met de school of het "
                   "verband, kunnen terecht bij het Ouder- en Jeugdsteunpunt Lindeboog. Het steunpunt is "
                   "ondergebracht bij een stichting die los staat van de schoolbesturen, is bereikbaar via "
                   "telefoon, mail en een wekelijks inloopspreekuur en helpt kosteloos. Daarnaast kunnen ouders "
                   "een beroep doen op de landelijke onderwijsconsulenten en kunnen zij een geschil voorleggen "
                   "aan de Geschillencommissie Passend Onderwijs."))
    B.append(("p", "Ouders zijn betrokken bij het beleid via de oudergeleding van de OPR en bij de ondersteuning "
                   "van hun eigen kind via het OT en het OPP, waarop ook de leerling zijn mening mag geven."))

    B.append(("h1", "11  Organisatie en medezeggenschap"))
    B += F["governance"]
    B += F["opr_ouders"]
    B.append(("h1", "12  Samenwerking met gemeenten en thuiszitters"))
    B += F["oogo_keten"]
    B.append(("p", "Een gezamenlijke aanpak voor kinderen die thuiszitten of voor wie nog geen passende plek "
                   "beschikbaar is, werken wij in de loop van 2026 uit met de leerplichtambtenaren van de drie "
                   "gemeenten. Over de vorm daarvan is nog geen besluit genomen."))
    B += F["oogo_proc"]
    B.append(("h1", "13  Personeel en ICT"))
    B += F["personeel"]
    B += F["ict"]
    B += F["huisvesting"]
    B.append(("h1", "14  Planning"))
    B += F["planning"]
    B += F["vaststelling"]
    B.append(("h1", "Bijlage A  Begrippenlijst"))
    B.append(("table", [
        ["Begrip", "Omschrijving"],
        ["Basisondersteuning", "De afgesproken ondersteuning die iedere school in het verband biedt."],
        ["Dekkend aanbod", "Het geheel van voorzieningen waardoor ieder kind een passende plek heeft."],
        ["Meerjarenbegroting", "Begroting van het verband voor vier kalenderjaren."],
        ["OJSP", "Ouder- en jeugdsteunpunt; onafhankelijke hulp voor ouders en jeugdigen."],
        ["OPP", "Ontwikkelingsperspectiefplan."],
        ["Resultaatafspraken", "Afspraken over beoogde resultaten voor leerlingen met extra ondersteuning."],
        ["Terugplaatsing", "Terugkeer van een leerling uit sbo of so naar het regulier onderwijs."],
        ["Thuiszitter", "Leerplichtige leerling die zonder geldige reden niet naar school gaat."],
        ["TLV", "Toelaatbaarheidsverklaring voor sbo of so."],
        ["Zorgplicht", "De plicht van een schoolbestuur om een aangemelde leerling een passende plek te bieden."]]))
    return B


CRITERIA = {"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
            "plaatsing.procedure": True, "plaatsing.criteria": False,
            "terugstroom.procedure": True, "terugstroom.beleid": True,
            "financien.verdeling": True, "financien.besteding": True,
            "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": False,
            "resultaten.doelen": False, "resultaten.monitoring": False,
            "ouders.informatie": True, "ouders.steunpunt": True}
ADVISORY = {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
            "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
            "ouders": ["betrokkenheid"]}
STATUS = {"basisondersteuning": "present", "plaatsing": "partial", "terugstroom": "present",
          "financien": "present", "dekkend-aanbod": "partial", "resultaten": "missing", "ouders": "present"}
NOTES = {
    "basisondersteuning": "Ch. 5 Artikel 5.1 sets the minimum for all 37 vestigingen; Artikel 5.2 table (spans pages) lists the concrete content; 5.3 borging via Kwaliteitskaart.",
    "plaatsing": "Ch. 7 Art. 7.1-7.3 give applicant, dossier, CvT, 6-week term, deskundigen, duration/category, 7.5 bezwaar; criteria are deferred in Art. 7.4 ('stellen wij in de loop van 2026-2027 vast').",
    "terugstroom": "Hidden in Art. 7.6 inside the TLV chapter: policy (not an eindstation, conditions, terugkeerarrangement 12 months) and procedure (OPP talk before 1 Dec, advice before 1 Mar, TLV ends 31 July).",
    "financien": "Under 'Geld en middelen' Art. 8.2 schoolmodel (EUR 142 per leerling + vaste voet), arrangementen by consulent; Art. 8.3 meerjarenbegroting table; 8.4 reserves/verantwoording.",
    "dekkend-aanbod": "Ch. 6 five-level continuum table plus OZA with gemeente; gaps/thuiszitters only deferred in ch. 12 ('werken wij in de loop van 2026 uit'), rest only in leeswijzer/glossary.",
    "resultaten": "Ch. 9 only defers goals and monitoring to a future addendum; leeswijzer, title page and running header name 'resultaten' (traps). No targets or figures on results.",
    "ouders": "Inside ch. 10 'Communicatie': website rubriek, brochure in 5 languages, information evenings; OJSP Lindeboog, onderwijsconsulenten, Geschillencommissie; OPR/OPP involvement.",
}
