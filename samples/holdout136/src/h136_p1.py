"""Plan 1: SWV PO Maasdelta, solid plan, .docx."""
from h136_filler import (voorwoord, leeswijzer, context, visie, governance, opr, oogo_inhoudelijk,
                         personeel, ict, planning, po_vo, thuiszitters)

C = dict(naam="Samenwerkingsverband Passend Primair Onderwijs Maasdelta", code="PO 28-14",
         periode="2026-2030", gemeenten="Maasdam, Oud-Beijerland-Zuid en Strijenhoek", respons="640",
         directeur="drs. M. (Marieke) van der Linden", voorzitter="ir. J.P. Okkerse",
         wetsartikel="18a van de Wet op het primair onderwijs (WPO)", besturen="11", inwoners="118.000",
         scholen="64 basisscholen, twee scholen voor speciaal basisonderwijs en drie scholen voor speciaal onderwijs",
         leerlingen="12.930", fte="14,6", vestiging="Oud-Beijerland-Zuid", statuten="12 maart 2024",
         opr_periode="september 2025 tot en met februari 2026", opr_datum="17 maart 2026",
         oogo_datum="4 maart 2026", ander_swv="VO Hoeksche Delta (VO 28-06)", vacatures="23",
         systeem="Kindkans", uitstroom_vo="1.450", thuiszitters="14", lang="5",
         nr_voorwoord="", nr_gov="10", nr_opr="11", nr_oogo="9", nr_pers="12", nr_ict="13", nr_plan="14")

TOC = ["Voorwoord", "1 Het samenwerkingsverband in beeld", "2 Missie en visie", "3 Terugblik 2022-2026",
       "4 Basisondersteuning: wat elke school biedt", "5 Extra ondersteuning en het dekkend aanbod",
       "6 Toelaatbaarheid tot het S(B)O", "   6.6 Na afloop van de TLV: terugplaatsing",
       "7 Ambities en beoogde resultaten", "8 Communicatie", "9 Samenwerking met gemeenten en jeugdhulp",
       "10 Organisatie en governance", "11 Medezeggenschap", "12 Personeel en professionalisering",
       "13 Privacy, gegevensbescherming en ICT", "14 Planning en jaarcyclus", "15 Geld en middelen",
       "Bijlage 1 Begrippenlijst", "Bijlage 2 Stroomschema toelaatbaarheid (los document)"]


def blocks():
    b = [("header", "Ondersteuningsplan 2026-2030 | SWV Maasdelta PO 28-14"),
         ("footer", "Vastgesteld door de directeur-bestuurder na instemming OPR, maart 2026"),
         ("title", "Ondersteuningsplan 2026-2030"),
         ("sub", "Samenwerkingsverband Passend Primair Onderwijs Maasdelta (PO 28-14) — Samen sterk voor ieder kind"),
         ("p", "Definitieve versie, vastgesteld op 24 maart 2026 na instemming van de ondersteuningsplanraad op "
               "17 maart 2026 en na OOGO met de gemeenten op 4 maart 2026. Onderwerpen in dit plan: "
               "basisondersteuning, extra ondersteuning, toelaatbaarheid, terugplaatsing, financiën, resultaten "
               "en informatie voor ouders."),
         ("pagebreak", None), ("toc", TOC), ("pagebreak", None)]
    b += voorwoord(C) + leeswijzer(C) + context(C) + visie(C)
    b += [
        ("h1", "3 Terugblik 2022-2026"),
        ("p", "In de vorige planperiode lag de nadruk op het dichterbij de school brengen van ondersteuning. "
              "Wij hebben de ondersteuningsteams op alle scholen ingevoerd, het loket vereenvoudigd en de "
              "aanvraagformulieren voor arrangementen teruggebracht van elf naar drie. Daarnaast is de "
              "bovenschoolse plusvoorziening 'De Uitdaging' gestart en is met de gemeenten een convenant over "
              "onderwijs-zorgarrangementen gesloten. Niet alles is gelukt: de samenwerking met de jeugdteams "
              "verschilt per gemeente nog sterk, en de wachttijd voor een plek in het speciaal onderwijs is "
              "opgelopen. Deze ervaringen nemen wij mee in dit plan."),
        ("h1", "4 Basisondersteuning: wat elke school biedt"),
        ("p", "Basisondersteuning is in Maasdelta het afgesproken niveau van ondersteuning dat iedere school, "
              "op iedere vestiging, aan ieder kind biedt, zonder dat daarvoor een aanvraag bij het "
              "samenwerkingsverband nodig is. Het niveau is door alle elf besturen gezamenlijk vastgesteld en "
              "geldt als ondergrens: een school mag meer bieden, maar nooit minder. Wat een school daarbovenop "
              "biedt, beschrijft zij in haar schoolgids."),
        ("p", "Ouders mogen op iedere school in Maasdelta in ieder geval het volgende verwachten:"),
        ("bullets", [
            "een intern begeleider met een opleiding op masterniveau of die daarvoor in opleiding is, met ten "
            "minste één dag per week per 150 leerlingen beschikbaar voor ondersteuning;",
            "een ondersteuningsteam (OT) dat ten minste drie keer per jaar bijeenkomt, waarin de consulent van "
            "het samenwerkingsverband en een medewerker van het jeugdteam vaste deelnemers zijn;",
            "een aanpak voor lezen en spellen volgens het Protocol Leesproblemen en Dyslexie, inclusief "
            "signalering vanaf groep 2 en extra instructie volgens het protocol in groep 3 en 4;",
            "een aanpak voor rekenproblemen en dyscalculie volgens het protocol ERWD;",
            "een schoolbrede aanpak voor sociale veiligheid en gedrag (bijvoorbeeld PBS of Kanjertraining), met "
            "een jaarlijkse monitoring van het welbevinden van leerlingen;",
            "een aanbod voor leerlingen die meer aankunnen: compacten en verrijken in de groep, en toegang tot "
            "de bovenschoolse plusvoorziening;",
            "ondersteuning bij Nederlands als tweede taal voor leerlingen die korter dan twee jaar in "
            "Nederland zijn, in samenwerking met de taalklas;",
            "een protocol medisch handelen en afspraken over het toedienen van medicijnen;",
            "een ontwikkelingsperspectief (OPP) voor iedere leerling met een eigen leerlijn, dat ten minste twee "
            "keer per jaar met ouders wordt besproken.",
        ]),
        ("p", "De basisondersteuning wordt geborgd via de kwaliteitskaart basisondersteuning. Iedere school "
              "vult deze kaart eens per twee jaar in; de consulent bespreekt de uitkomst met de directeur en "
              "de intern begeleider tijdens een schoolbezoek. Voldoet een school op een onderdeel niet, dan "
              "maakt het bestuur een verbeterplan met een termijn van maximaal één schooljaar. Het "
              "samenwerkingsverband kan daarbij scholing of tijdelijke inzet van een specialist aanbieden."),
        ("h1", "5 Extra ondersteuning en het dekkend aanbod"),
        ("h2", "5.1 Het ondersteuningscontinuüm"),
        ("p", "Ondersteuning in Maasdelta is georganiseerd in vier niveaus, die samen het ononderbroken "
              "aanbod vormen waar de wet om vraagt. Niveau 1 is de basisondersteuning (hoofdstuk 4). Niveau 2 "
              "is extra ondersteuning in de eigen school, met een arrangement dat de school aanvraagt bij het "
              "ondersteuningsteam en waarvoor het schoolbestuur middelen van het samenwerkingsverband "
              "ontvangt. Niveau 3 bestaat uit bovenschoolse voorzieningen: de plusvoorziening 'De Uitdaging' "
              "voor meer- en hoogbegaafde leerlingen (één dag per week, 60 plaatsen), de taalklas voor "
              "nieuwkomers in Oud-Beijerland-Zuid (max. 24 leerlingen), de observatiegroep 'Het Anker' "
              "(12 plaatsen, maximaal 12 weken) en ambulante begeleiding door specialisten uit het speciaal "
              "onderwijs. Niveau 4 is het speciaal basisonderwijs (sbo De Kreek en sbo Het Baken) en het "
              "speciaal onderwijs (so De Ark, cluster 3; so De Zeestroom en so Windkracht, cluster 4)."),
        ("p", "Voor kinderen die onderwijs en zorg combineren, zoals kinderen met een ernstig meervoudige "
              "beperking, maakt het samenwerkingsverband met de gemeente en de zorgaanbieder een "
              "onderwijs-zorgarrangement. Leerlingen die buiten de regio beter geholpen kunnen worden, "
              "bijvoorbeeld in een so-school met een specifiek profiel, kunnen daar met een TLV van Maasdelta "
              "terecht."),
        ("h2", "5.2 Witte vlekken en zorgplicht"),
        ("p", "Jaarlijks in november analyseert het bureau samen met de besturen het aanbod: voor welke "
              "kinderen was er het afgelopen jaar geen passende plek binnen redelijke termijn, waar zijn "
              "wachtlijsten en welke vragen van scholen konden niet worden beantwoord? De analyse van 2025 liet "
              "twee witte vlekken zien: jonge kinderen (4-6 jaar) met ernstige gedragsproblemen en "
              "hoogbegaafde kinderen die volledig vastlopen in het reguliere onderwijs. Voor de eerste groep "
              "start in augustus 2026 een kleine observatie- en behandelgroep in samenwerking met een "
              "jeugdhulpaanbieder; voor de tweede groep onderzoeken de besturen samen met het "
              "samenwerkingsverband een voltijds voorziening, met een besluit uiterlijk in maart 2027."),
        ("p", "De besturen hebben afgesproken dat de zorgplicht gezamenlijk wordt gedragen. Als een school na "
              "tien weken geen passende plek heeft gevonden, neemt de consulent de regie over en kan de "
              "directeur-bestuurder een school binnen het verband vragen de leerling te plaatsen."),
    ]
    b += thuiszitters(C)
    b += po_vo(C)
    b += [
        ("h1", "6 Toelaatbaarheid tot het S(B)O"),
        ("h2", "6.1 Wanneer een toelaatbaarheidsverklaring?"),
        ("p", "Een leerling kan alleen worden ingeschreven op een school voor speciaal basisonderwijs of "
              "speciaal onderwijs (cluster 3 of 4) als het samenwerkingsverband een toelaatbaarheidsverklaring "
              "(TLV) heeft afgegeven. Een TLV is aan de orde als de ondersteuningsbehoefte van de leerling de "
              "mogelijkheden van het reguliere onderwijs, inclusief arrangementen op niveau 2 en 3, te boven "
              "gaat. De commissie toelaatbaarheid hanteert daarbij de volgende criteria:"),
        ("bullets", [
            "er is ten minste een half jaar handelingsgericht gewerkt met een OPP, en dit is twee keer "
            "geëvalueerd zonder dat de beoogde ontwikkeling is bereikt;",
            "voor sbo: de leerling heeft structureel een kleinere groep en een aangepast didactisch tempo nodig, "
            "met een leerachterstand van meer dan een jaar op twee of meer domeinen of een uitstroomperspectief "
            "lager dan het niveau van de reguliere basisschool, én dit kan niet met een arrangement in de eigen "
            "school worden geboden;",
            "voor so cluster 3: er is sprake van een verstandelijke beperking (IQ in de regel onder 70), een "
            "lichamelijke beperking of langdurige ziekte waardoor de leerling aangewezen is op de specifieke "
            "expertise en voorzieningen van het so;",
            "voor so cluster 4: er zijn ernstige gedrags- of psychiatrische problemen die in meerdere "
            "omgevingen zichtbaar zijn en waarvoor een onderwijs-zorgcombinatie nodig is;",
            "de veiligheid van de leerling of van anderen kan in het reguliere onderwijs niet worden gewaarborgd.",
        ]),
        ("h2", "6.2 De procedure"),
        ("p", "De aanvraag wordt ingediend door het bevoegd gezag van de school waar de leerling staat "
              "ingeschreven, of waar de leerling is aangemeld. De school bespreekt de aanvraag vooraf in het "
              "ondersteuningsteam met de ouders en de consulent. Het dossier bevat het groeidocument met OPP, de "
              "evaluaties, het onderwijskundig rapport en de zienswijze van de ouders. De aanvraag wordt "
              "digitaal ingediend via Kindkans."),
        ("p", "De commissie toelaatbaarheid beoordeelt de aanvraag. Zij vraagt advies aan twee deskundigen: "
              "een orthopedagoog of psycholoog en, afhankelijk van de leerling, een tweede deskundige "
              "(bijvoorbeeld een kinderpsychiater, maatschappelijk werker of jeugdarts). Beide deskundigen "
              "geven een eigen schriftelijk advies en zijn niet betrokken geweest bij de aanvraag. De "
              "directeur-bestuurder besluit namens het samenwerkingsverband, binnen zes weken na ontvangst van "
              "een volledige aanvraag. Ouders ontvangen een afschrift van het besluit en van de adviezen."),
        ("h2", "6.3 Duur en bekostigingscategorie"),
        ("p", "Een TLV voor het sbo wordt in de regel afgegeven voor twee schooljaren; een TLV voor het so "
              "voor twee tot vier schooljaren, afhankelijk van de verwachte ontwikkeling. Bij een TLV voor het "
              "so stelt de commissie de bekostigingscategorie vast: laag (de meeste leerlingen cluster 4 en "
              "ZMLK), midden (lichamelijk gehandicapt en langdurig ziek) of hoog (meervoudig gehandicapt)."),
        ("h2", "6.4 Spoed en tijdelijke plaatsing"),
        ("p", "In crisissituaties kan binnen vijf werkdagen een tijdelijke TLV van maximaal drie maanden worden "
              "afgegeven. Tijdens die periode wordt een reguliere aanvraag voorbereid."),
        ("h2", "6.5 Bezwaar"),
        ("p", "Ouders en het schoolbestuur kunnen binnen zes weken bezwaar maken tegen het besluit. Het "
              "samenwerkingsverband is aangesloten bij de Landelijke Bezwaaradviescommissie "
              "Toelaatbaarheidsverklaringen (LBT) van Stichting Onderwijsgeschillen, die het bestuur adviseert "
              "over het bezwaar."),
        ("h2", "6.6 Na afloop van de TLV: terugplaatsing"),
        ("p", "Speciaal onderwijs is in Maasdelta nadrukkelijk geen eindstation. Ons uitgangspunt is dat "
              "een leerling teruggaat naar het regulier onderwijs, bij voorkeur dichtbij huis, zodra de "
              "ondersteuningsbehoefte dat toelaat. Terugplaatsing is alleen aan de orde als de ontvangende "
              "school met een arrangement kan bieden wat de leerling nodig heeft en als de ontwikkeling in het "
              "s(b)o stabiel is. Leerlingen die teruggaan krijgen een terugplaatsingsarrangement van één "
              "schooljaar: ambulante begeleiding vanuit de s(b)o-school van gemiddeld twee uur per week en een "
              "budget van € 3.500 voor de ontvangende school. Ook de overstap van so naar sbo zien wij als "
              "een stap richting regulier."),
        ("p", "Hoe de terugplaatsing precies verloopt, wie het initiatief neemt en op welke momenten dit wordt "
              "bekeken, werken wij samen met de s(b)o-scholen uit in een stappenplan terugplaatsing. Dit "
              "stappenplan wordt in de loop van het schooljaar 2026-2027 opgesteld en daarna aan het plan "
              "toegevoegd."),
        ("h1", "7 Ambities en beoogde resultaten"),
        ("p", "Wij hebben voor de planperiode de volgende beoogde resultaten voor leerlingen met een "
              "ondersteuningsbehoefte vastgesteld:"),
        ("table", [["Ambitie", "Beoogd resultaat in 2030"],
                   ["Thuisnabij onderwijs", "Het deelnamepercentage so daalt van 2,1% naar ten hoogste 1,8%; sbo blijft onder 2,0%."],
                   ["Terug naar regulier", "Jaarlijks keren ten minste 12 leerlingen uit het s(b)o terug naar een reguliere basisschool."],
                   ["Snelle hulp", "90% van de arrangementen start binnen vier weken na de aanvraag."],
                   ["Tevreden ouders", "Ouders van leerlingen met een arrangement waarderen de ondersteuning gemiddeld met ten minste een 7,5."],
                   ["Meer- en hoogbegaafdheid", "Ieder kind met een HB-profiel heeft een passend aanbod op of via de eigen school."]]),
        ("p", "Op welke manier wij de voortgang op deze ambities gaan volgen en wanneer wij daarover "
              "rapporteren, leggen wij in het eerste planjaar vast in een monitoringsplan, samen met de OPR."),
        ("h1", "8 Communicatie"),
        ("p", "Wij willen dat ouders, scholen en partners weten waar zij aan toe zijn. Het samenwerkingsverband "
              "communiceert daarom actief en in begrijpelijke taal. Voor ouders is er op de website een aparte "
              "oudersectie met uitleg over basisondersteuning, arrangementen, de TLV-procedure en de "
              "voorzieningen in de regio, ook in het Engels, Pools en Arabisch. Iedere school geeft ouders bij "
              "inschrijving de ouderfolder 'Wat mag ik verwachten?' en beschrijft in de schoolgids welke "
              "ondersteuning de school biedt. Twee keer per jaar organiseren wij een informatieavond voor "
              "ouders over een thema, zoals de overstap naar het voortgezet onderwijs of de mogelijkheden "
              "voor kinderen die meer aankunnen."),
        ("p", "Soms lukt het niet om er samen met de school uit te komen, of willen ouders gewoon iemand "
              "spreken die los staat van school en samenwerkingsverband. Ouders kunnen dan terecht bij het "
              "Ouder- en Jeugdsteunpunt Maasdelta. Het steunpunt is onafhankelijk, kosteloos en telefonisch en "
              "per e-mail bereikbaar op werkdagen; een ervaringsdeskundige oudercoach kan meegaan naar gesprekken. "
              "Daarnaast kunnen ouders gebruikmaken van de Onderwijsconsulenten en van de Geschillencommissie "
              "passend onderwijs bij geschillen over toelating, verwijdering of het OPP."),
        ("p", "Naar scholen communiceren wij via een maandelijkse nieuwsbrief, het IB-netwerk en een "
              "directeurenbijeenkomst per kwartaal. De OPR ontvangt alle nieuwsbrieven en de jaarstukken."),
    ]
    b += oogo_inhoudelijk(C) + governance(C) + opr(C) + personeel(C) + ict(C)
    b += planning(C, [["voorjaar 2026", "Vaststelling plan, indiening Inspectie", "directeur-bestuurder"],
                      ["2026-2027", "Stappenplan terugplaatsing, monitoringsplan", "bureau, s(b)o-scholen"],
                      ["augustus 2026", "Start observatie- en behandelgroep jonge kinderen", "bestuur De Kreek"],
                      ["maart 2027", "Besluit voltijds HB-voorziening", "bestuurlijk overleg"],
                      ["2028", "Tussenevaluatie plan", "bureau, OPR"]])
    b += [
        ("h1", "15 Geld en middelen"),
        ("h2", "15.1 Inkomsten"),
        ("p", "Het samenwerkingsverband ontvangt jaarlijks van het Rijk een ondersteuningsbudget voor lichte "
              "en zware ondersteuning. Na aftrek van de afdrachten aan DUO voor leerlingen in het so en de "
              "groeibekostiging sbo resteert het bedrag dat het samenwerkingsverband zelf kan inzetten. Voor "
              "2026 is dat € 7,94 miljoen."),
        ("h2", "15.2 Verdeling"),
        ("p", "Het samenwerkingsverband werkt met een schoolmodel: het grootste deel van de middelen gaat "
              "naar de schoolbesturen, zodat ondersteuning dicht bij het kind kan worden georganiseerd. Ieder "
              "bestuur ontvangt een bedrag van € 205 per leerling op basis van het aantal leerlingen op de "
              "teldatum 1 oktober van het voorgaande jaar, plus een vaste voet van € 6.000 per vestiging. "
              "Scholen met veel leerlingen met een lage SES-score (CBS-indicator) ontvangen een opslag van "
              "€ 40 per leerling. Arrangementen op niveau 3 en onderwijs-zorgarrangementen worden "
              "toegewezen door de consulent op basis van een aanvraag van het ondersteuningsteam. De "
              "besturen leggen in hun jaarverslag verantwoording af over de besteding volgens een vast format."),
        ("h2", "15.3 Meerjarenbegroting"),
        ("table", [["(bedragen x € 1.000)", "2026", "2027", "2028", "2029"],
                   ["Rijksbijdrage ondersteuning (na afdrachten)", "7.940", "7.860", "7.790", "7.720"],
                   ["Middelen schoolbesturen (per leerling + vaste voet)", "3.120", "3.090", "3.060", "3.030"],
                   ["Bovenschoolse voorzieningen (plusvoorziening, taalklas, Het Anker)", "1.210", "1.260", "1.260", "1.260"],
                   ["Arrangementen niveau 3 en OZA", "1.450", "1.450", "1.420", "1.400"],
                   ["Groeibekostiging sbo en so", "720", "700", "690", "680"],
                   ["Terugplaatsingsarrangementen", "70", "90", "90", "90"],
                   ["Bureau en consulenten", "1.580", "1.610", "1.640", "1.670"],
                   ["Resultaat", "-210", "-340", "-370", "-410"]]),
        ("p", "De negatieve resultaten zijn bewust gekozen: het samenwerkingsverband bouwt de reserve af, die "
              "eind 2025 € 2,6 miljoen bedroeg, tot de signaleringswaarde van de Inspectie. De "
              "weerstandscapaciteit blijft daarbij boven de door de raad van toezicht vastgestelde ondergrens "
              "van € 900.000."),
        ("h1", "Bijlage 1 Begrippenlijst"),
        ("table", [["Begrip", "Betekenis"],
                   ["Basisondersteuning", "Het afgesproken niveau van ondersteuning op alle scholen."],
                   ["Dekkend aanbod", "Voor ieder kind is er een passende plek."],
                   ["Ouder- en Jeugdsteunpunt", "Onafhankelijk steunpunt voor ouders en jeugdigen."],
                   ["Terugplaatsing", "Overstap van s(b)o naar het regulier basisonderwijs."],
                   ["TLV", "Toelaatbaarheidsverklaring voor sbo of so."],
                   ["Monitoring", "Het volgen van resultaten en kengetallen."],
                   ["OPR", "Ondersteuningsplanraad."],
                   ["OOGO", "Op overeenstemming gericht overleg met gemeenten."]]),
        ("p", "Het stroomschema toelaatbaarheid (bijlage 2) is als los document beschikbaar op de website."),
    ]
    return b
