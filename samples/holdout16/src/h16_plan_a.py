# -*- coding: utf-8 -*-
"""Plan A: PO, docx + pdf. 'Samen op Koers 2026-2030', SWV PPO De Waterlinie (fictional).

Design: basisondersteuning present; plaatsing partial (criteria deferred); terugstroom present
(procedure hidden inside the TLV ambition, policy in the 'thuisnabij' ambition); financien
partial (verdeling under 'Elke euro naar het kind', begroting only in absent bijlage 4);
dekkend-aanbod present; resultaten present; ouders missing (only summary line, verantwoording
table and begrippenlijst).
"""

NAME = "po-koers-waterlinie"
FORMATS = ["docx", "pdf"]
HEADER = "Samen op Koers 2026-2030 | Samenwerkingsverband Passend Primair Onderwijs De Waterlinie"
FOOTER = "Ondersteuningsplan 2026-2030 - vastgesteld 24 maart 2026 - versie 1.0"


def blocks():
    B = []
    B.append(("title", [
        "Samen op Koers",
        "Ondersteuningsplan 2026-2030",
        "Samenwerkingsverband Passend Primair Onderwijs De Waterlinie (PO 26-14)",
        "Vastgesteld door de directeur-bestuurder op 24 maart 2026, na instemming van de ondersteuningsplanraad",
    ]))
    B.append(("pagebreak",))
    B.append(("h1", "Inhoud"))
    B.append(("toc", [
        "In een oogopslag ........................................................ 3",
        "1. Voorwoord ............................................................. 4",
        "2. Waar we vandaan komen ................................................. 5",
        "3. Visie en missie ....................................................... 7",
        "4. Ambitie 1 - Een sterke basis in elke groep (basisondersteuning) ...... 8",
        "5. Ambitie 2 - De juiste plek, op tijd (toelaatbaarheid) ................ 11",
        "6. Ambitie 3 - Zo thuisnabij als het kan (terugplaatsing) ............... 14",
        "7. Ambitie 4 - Geen kind tussen wal en schip (dekkend aanbod) ............ 16",
        "8. Ambitie 5 - Elke euro naar het kind (financien) ....................... 19",
        "9. Hoe we weten of het werkt (resultaten en kwaliteitszorg) .............. 21",
        "10. Organisatie, governance en medezeggenschap ........................... 23",
        "11. Samenwerking met gemeenten en jeugdhulp (OOGO) ....................... 25",
        "12. Personeel en professionalisering ..................................... 26",
        "13. ICT, gegevens en privacy ............................................. 27",
        "14. Planning 2026-2030 .................................................... 28",
        "15. Verantwoording wettelijke eisen ....................................... 29",
        "Bijlage A. Begrippenlijst ................................................ 30",
    ]))
    B.append(("pagebreak",))

    B.append(("h1", "In een oogopslag"))
    B.append(("p", "Dit plan is geordend rond vijf ambities. Wie het plan naast de wet legt, vindt hieronder in een regel per onderwerp waar wij voor staan; de uitwerking volgt in de hoofdstukken."))
    B.append(("ul", [
        "Basisondersteuning: elke school van De Waterlinie biedt dezelfde stevige basis.",
        "Toelaatbaarheid tot sbo en so: een zorgvuldige, snelle en transparante procedure.",
        "Terugplaatsing: speciaal onderwijs is waar het kan tijdelijk; terug naar de wijkschool is het doel.",
        "Financien: middelen gaan zo direct mogelijk naar de ondersteuning van kinderen.",
        "Dekkend aanbod: voor ieder kind een passende plek, geen thuiszitters.",
        "Resultaten: we maken zichtbaar wat we bereiken en sturen bij waar nodig.",
        "Ouders: ouders zijn goed geinformeerd en weten waar zij terechtkunnen voor onafhankelijke hulp.",
    ]))

    B.append(("h1", "1. Voorwoord"))
    B.append(("p", "Voor u ligt Samen op Koers, het ondersteuningsplan van Samenwerkingsverband Passend Primair Onderwijs De Waterlinie voor de schooljaren 2026-2027 tot en met 2029-2030. Het is het derde ondersteuningsplan sinds de invoering van passend onderwijs in 2014 en het eerste dat wij niet langs de artikelen van de wet hebben opgebouwd, maar langs vijf ambities. Dat is een bewuste keuze. In de evaluatie van het vorige plan gaven directeuren, intern begeleiders en leden van de ondersteuningsplanraad aan dat een plan dat de wet volgt vooral een naslagwerk wordt. Een plan dat vertelt waar we naartoe willen, nodigt uit tot gesprek."))
    B.append(("p", "De afgelopen jaren hebben ons veel geleerd. De coronaperiode, het lerarentekort en de groeiende vraag naar jeugdhulp hebben de scholen onder druk gezet. Tegelijk zagen we hoeveel veerkracht er in de regio zit. Leraren, kinderen, ouders en partners vonden elkaar in nieuwe vormen van samenwerking. Die energie willen we vasthouden. Samen op Koers is daarom geen plan van het bureau van het samenwerkingsverband, maar van de elf schoolbesturen, de 58 basisscholen, de drie scholen voor speciaal basisonderwijs en de twee so-locaties die samen De Waterlinie vormen."))
    B.append(("p", "Het plan kwam tot stand in ruim een jaar. We organiseerden vier regiotafels, twee werkconferenties met intern begeleiders en een reeks gesprekken met de vier gemeenten in onze regio. De ondersteuningsplanraad heeft het concept kritisch gelezen en op 10 maart 2026 ingestemd. Ik dank iedereen die heeft meegedacht. Ik nodig u uit dit plan niet in de kast te zetten, maar het te gebruiken: in het team, in de medezeggenschapsraad en in het gesprek met de gemeente."))
    B.append(("p", "Marleen de Vries, directeur-bestuurder"))

    B.append(("h1", "2. Waar we vandaan komen"))
    B.append(("h2", "2.1 De regio in cijfers"))
    B.append(("p", "De Waterlinie omvat de gemeenten Lingehoven, Achterdijk, Buren-West en Oudewaard. Op de teldatum van 1 februari 2025 telden de aangesloten basisscholen 14.230 leerlingen. De drie sbo-scholen telden samen 274 leerlingen en op de twee so-locaties (cluster 3 en cluster 4) stonden 196 leerlingen uit onze regio ingeschreven. Het deelnamepercentage sbo bedroeg op 1 oktober 2025 1,92 procent (landelijk 2,3 procent), het deelnamepercentage so 1,38 procent (landelijk 1,7 procent)."))
    B.append(("p", "Het leerlingaantal in de regio daalt licht. Prognoses laten tot 2030 een daling zien van ongeveer 1,1 procent per jaar, met grote verschillen tussen de kernen: in Lingehoven groeit een nieuwbouwwijk, in de dorpen van Oudewaard krimpen scholen. Dat heeft gevolgen voor de spreiding van expertise en voor de bekostiging van het samenwerkingsverband."))
    B.append(("h2", "2.2 Terugblik op het plan 2022-2026"))
    B.append(("p", "In het vorige plan stonden vier doelen centraal. Het eerste doel, een gedeelde taal over ondersteuning, is grotendeels bereikt: alle scholen werken met hetzelfde groeidocument. Het tweede doel, kortere doorlooptijden, is gehaald: de gemiddelde tijd tussen aanvraag en besluit over een toelaatbaarheidsverklaring daalde van 51 naar 33 kalenderdagen. Het derde doel, minder kinderen zonder passend onderwijs, is maar ten dele gehaald. Het aantal kinderen dat langer dan vier weken thuiszat, daalde van 19 in 2021-2022 naar 12 in 2024-2025, maar de wachtlijst voor de observatiegroep liep op. Het vierde doel, een vereenvoudigd verdeelmodel, is gerealiseerd per 1 januari 2024."))
    B.append(("p", "Uit de tevredenheidspeiling onder scholen en ketenpartners van juni 2025 blijkt dat 84 procent van de intern begeleiders tevreden is over de ondersteuning door de consulenten van het samenwerkingsverband. Minder tevreden zijn scholen over de informatie-uitwisseling met de jeugdhulp. Die signalen nemen we mee in ambitie 4."))

    B.append(("h1", "3. Visie en missie"))
    B.append(("p", "Onze missie is kort: ieder kind in De Waterlinie krijgt onderwijs dat past, zo dicht mogelijk bij huis. Daar hoort een visie bij die we met de schoolbesturen delen. Wij geloven dat kinderen het best leren in een vertrouwde omgeving, met leeftijdgenoten uit de buurt, begeleid door leraren die weten wat zij moeten doen als het even niet lukt. Speciaal onderwijs is er voor kinderen die meer nodig hebben dan een basisschool met ondersteuning kan bieden, en dan ook echt. De scheidslijn tussen regulier en speciaal moet minder hard worden."))
    B.append(("p", "Drie waarden kleuren ons handelen. Nabijheid: ondersteuning komt naar het kind toe, niet andersom. Vakmanschap: leraren en intern begeleiders zijn de professionals die het verschil maken, en wij investeren in hun kennis. Vertrouwen: scholen krijgen ruimte om zelf keuzes te maken binnen heldere afspraken, en leggen daarover verantwoording af. Deze waarden komen terug in de vijf ambities. Ze gelden voor alle schoolbesturen, voor het bureau en voor de samenwerking met kinderen, ouders en partners."))
    B.append(("p", "De ambities zijn geen losse projecten. Ze hangen samen: een sterke basis (ambitie 1) maakt dat minder kinderen een verwijzing nodig hebben (ambitie 2); goede afspraken over terugkeer (ambitie 3) maken speciaal onderwijs minder definitief; een dekkend aanbod (ambitie 4) voorkomt dat kinderen thuis komen te zitten; en een verdeling van middelen die de ondersteuning volgt (ambitie 5) maakt alles mogelijk. Per ambitie geven we aan wat we willen bereiken, wat we gaan doen en hoe we het meten."))

    B.append(("h1", "4. Ambitie 1 - Een sterke basis in elke groep"))
    B.append(("h2", "4.1 Waarom deze ambitie"))
    B.append(("p", "Een sterke basis is het fundament onder passend onderwijs. Als iedere school de basisondersteuning goed op orde heeft, kunnen de meeste kinderen in hun eigen groep blijven, ook als ze iets extra's nodig hebben. In het vorige plan beschreven we basisondersteuning in algemene termen. Scholen gaven aan dat zij niet precies wisten wat van hen verwacht werd, en consulenten zagen grote verschillen tussen scholen. Daarom hebben de elf besturen in 2025 gezamenlijk twaalf standaarden vastgesteld."))
    B.append(("h2", "4.2 De Waterlinie-standaard"))
    B.append(("p", "De schoolbesturen hebben afgesproken dat elke vestiging van elke aangesloten basisschool ten minste het niveau van basisondersteuning biedt dat in de onderstaande twaalf standaarden is beschreven. Dit niveau is de ondergrens voor alle 58 scholen: een school mag meer bieden, niet minder. Het geldt voor ieder kind dat op een van onze scholen staat ingeschreven, zonder dat daarvoor een aanvraag bij het samenwerkingsverband nodig is. Wat een school daarboven biedt, beschrijft zij in haar schoolgids."))
    B.append(("table", ["Nr.", "Standaard", "Wat dit op elke school concreet betekent"], [
        ["1", "Ondersteuningsstructuur", "Een intern begeleider met ten minste 0,4 fte per 200 leerlingen; een ondersteuningsteam dat minimaal vier keer per jaar bijeenkomt met de consulent van het SWV."],
        ["2", "Handelingsgericht werken", "Drie groepsbesprekingen per jaar; een groepsoverzicht per groep; leerlingbesprekingen volgens de cyclus waarnemen-begrijpen-plannen-realiseren."],
        ["3", "Dyslexie", "Werken volgens het Protocol Leesproblemen en Dyslexie; vanaf groep 3 signalering drie keer per jaar; extra leestijd van 3 x 20 minuten per week bij uitval."],
        ["4", "Dyscalculie", "Werken volgens het Protocol ERWD; hulpmiddelen zoals tafelkaarten en rekenmachine beschikbaar en toegestaan."],
        ["5", "Sociale veiligheid", "Een bewezen effectief programma voor sociaal-emotioneel leren in alle groepen; jaarlijkse monitoring van veiligheidsbeleving; een anti-pestcoordinator."],
        ["6", "Gedrag", "Een schoolbreed gedragsprotocol; iedere leraar heeft de training positief gedrag gevolgd; een prikkelarme werkplek in iedere bouw."],
        ["7", "Meer- en hoogbegaafdheid", "Signalering met een vast instrument in groep 1-2 en groep 5; compacten en verrijken in de groep; een verrijkingsgroep van ten minste een uur per week."],
        ["8", "Taal en NT2", "Een aanbod woordenschat voor leerlingen met een taalachterstand; samenwerking met de voorschool volgens de warme overdracht."],
        ["9", "Medisch handelen", "Een protocol medisch handelen; afspraken over medicijnverstrekking; een aanspreekpunt voor kinderen met een chronische ziekte."],
        ["10", "Ontwikkelingsperspectief", "Een OPP binnen zes weken nadat is vastgesteld dat een leerling een eigen leerlijn volgt; evaluatie minimaal twee keer per jaar."],
        ["11", "Consultatie", "Vier dagdelen per jaar consultatie door een orthopedagoog van het SWV; kosteloze deelname aan de consultatiespreekuren gedrag."],
        ["12", "Fysieke toegankelijkheid", "Een rolstoeltoegankelijke ingang en toilet in ieder gebouw dat na 2015 is gebouwd of gerenoveerd; een aanpassingsplan voor oudere gebouwen."],
    ]))
    B.append(("h2", "4.3 Hoe we de basis bewaken"))
    B.append(("p", "Iedere school vult jaarlijks voor 1 november de kwaliteitskaart basisondersteuning in. Een consulent van het samenwerkingsverband bespreekt de kaart met de directeur en de intern begeleider en bezoekt daarvoor twee groepen. Scoort een school op een standaard onvoldoende, dan maakt het bestuur binnen drie maanden een verbeterplan, dat de consulent een half jaar later toetst. Twee keer achter elkaar onvoldoende leidt tot een bestuurlijk gesprek met de directeur-bestuurder van het samenwerkingsverband."))
    B.append(("h2", "4.4 SMART-doelen ambitie 1"))
    B.append(("table", ["Doel", "Indicator", "Nulmeting 2025", "Streefwaarde 2028", "Streefwaarde 2030"], [
        ["Alle scholen voldoen aan de twaalf standaarden", "% scholen met alle standaarden voldoende op de kwaliteitskaart", "81%", "95%", "100%"],
        ["Meer leerlingen met een OPP blijven op de eigen school", "% leerlingen met OPP dat na twee jaar nog op de eigen basisschool zit", "72%", "77%", "80%"],
        ["Minder verwijzingen naar sbo", "deelnamepercentage sbo (1 oktober)", "1,92%", "1,85%", "1,80%"],
    ]))

    B.append(("h1", "5. Ambitie 2 - De juiste plek, op tijd"))
    B.append(("h2", "5.1 Waarom deze ambitie"))
    B.append(("p", "Soms is de eigen basisschool, ook met extra ondersteuning, niet de juiste plek. Dan willen we dat een kind snel en zorgvuldig op de plek komt die wel past. Lange procedures, onduidelijke verwachtingen en wachttijden schaden kinderen. De doorlooptijden zijn de afgelopen jaren al verkort; in deze planperiode willen we de procedure verder vereenvoudigen en de kwaliteit van de advisering verhogen."))
    B.append(("h2", "5.2 De route naar een toelaatbaarheidsverklaring"))
    B.append(("p", "De aanvraag voor een toelaatbaarheidsverklaring voor het speciaal basisonderwijs of het speciaal onderwijs wordt ingediend door het bevoegd gezag van de school waar het kind staat ingeschreven of is aangemeld. De school dient de aanvraag digitaal in bij het Loket van De Waterlinie. Bij de aanvraag horen het actuele groeidocument, het ontwikkelingsperspectief met de evaluaties van ten minste het afgelopen half jaar en het verslag van het laatste overleg van het ondersteuningsteam."))
    B.append(("ol", [
        "Stap 1 - vooroverleg: de consulent van het samenwerkingsverband bespreekt met de school of een aanvraag de aangewezen route is. Het vooroverleg vindt plaats binnen tien werkdagen na het verzoek van de school.",
        "Stap 2 - indienen: de school dient de volledige aanvraag in bij het Loket. Het Loket controleert binnen vijf werkdagen of de aanvraag compleet is.",
        "Stap 3 - deskundigenadvies: twee deskundigen brengen ieder afzonderlijk schriftelijk advies uit. De eerste deskundige is altijd een orthopedagoog of GZ-psycholoog; de tweede deskundige is, afhankelijk van de vraag, een kinder- en jeugdpsycholoog, maatschappelijk werker, jeugdarts of kinderpsychiater. Geen van beiden is betrokken geweest bij de begeleiding van het kind of bij de aanvraag.",
        "Stap 4 - besluit: de Commissie Toelaatbaarheid, die namens de directeur-bestuurder besluit, neemt binnen zes weken na ontvangst van de volledige aanvraag een besluit. In complexe situaties kan die termijn eenmaal met vier weken worden verlengd.",
        "Stap 5 - afgifte: de TLV krijgt een volgnummer en wordt gestuurd aan het bevoegd gezag van de aanvragende school en van de ontvangende school.",
    ]))
    B.append(("p", "Een toelaatbaarheidsverklaring voor het sbo wordt afgegeven voor twee schooljaren; een TLV voor het so voor ten hoogste drie schooljaren. Wordt een TLV in de loop van het schooljaar afgegeven, dan loopt deze tot en met 31 juli van het laatste volledige schooljaar. Voor het so bepaalt de Commissie de bekostigingscategorie laag, midden of hoog; categorie midden of hoog wordt alleen afgegeven bij een lichamelijke handicap, een langdurige ziekte of een meervoudige beperking, op advies van de tweede deskundige."))
    B.append(("h2", "5.3 Wanneer is een kind toelaatbaar?"))
    B.append(("p", "De criteria die het vorige plan hanteerde, zijn per 1 augustus 2025 vervallen, omdat zij te veel uitgingen van diagnoses en te weinig van de ondersteuningsbehoefte. Nieuwe criteria stellen we in de loop van schooljaar 2026-2027 vast, samen met de directies van de sbo- en so-scholen en na advies van de ondersteuningsplanraad. Tot die tijd weegt de Commissie Toelaatbaarheid iedere aanvraag afzonderlijk, op basis van de adviezen van de deskundigen."))
    B.append(("h2", "5.4 Als de TLV afloopt: terug naar de basisschool"))
    B.append(("p", "Een TLV is geen eindstation. In het laatste schooljaar waarvoor een TLV geldt, onderzoekt de sbo- of so-school of het kind kan terugkeren naar een basisschool, en zo ja naar welke. Dat gebeurt volgens vaste stappen."))
    B.append(("ol", [
        "Uiterlijk 1 december van het laatste TLV-jaar bespreekt de sbo- of so-school in haar commissie van begeleiding of terugplaatsing of overplaatsing aan de orde is. De school neemt daarvoor het initiatief en legt de conclusie vast in het OPP.",
        "Is terugplaatsing aan de orde, dan organiseert de school voor 1 februari een overdrachtsoverleg met de beoogde basisschool en de consulent van het samenwerkingsverband. De consulent bewaakt de termijnen.",
        "De beoogde basisschool en de sbo- of so-school leggen voor 1 april schriftelijk vast welke ondersteuning het kind na de overstap nodig heeft en wie die biedt.",
        "Is verdere plaatsing in het sbo of so nodig, dan vraagt de sbo- of so-school voor 1 maart een nieuwe TLV aan volgens de route in paragraaf 5.2. Is geen nieuwe TLV aangevraagd, dan eindigt de plaatsing op 31 juli.",
        "Na de overstap evalueren de basisschool en de consulent de terugplaatsing na drie maanden en na een jaar.",
    ]))
    B.append(("h2", "5.5 SMART-doelen ambitie 2"))
    B.append(("table", ["Doel", "Indicator", "Nulmeting 2025", "Streefwaarde 2030"], [
        ["Snelle besluitvorming", "gemiddelde doorlooptijd aanvraag-besluit", "33 dagen", "28 dagen"],
        ["Geen wachttijd na besluit", "% kinderen dat binnen vier weken na besluit start op sbo/so", "88%", "100%"],
        ["Kwaliteit deskundigenadvies", "% adviezen dat voldoet aan de kwaliteitscheck van het Loket", "n.v.t. (nieuw)", "95%"],
    ]))

    B.append(("h1", "6. Ambitie 3 - Zo thuisnabij als het kan"))
    B.append(("p", "Thuisnabij onderwijs betekent dat een kind naar school gaat in de eigen woonplaats, met kinderen uit de buurt. Voor kinderen in het sbo en so is dat niet altijd mogelijk. Toch willen we dat iedere plaatsing in het speciaal onderwijs zo kort duurt als verantwoord is. In de vorige planperiode keerden jaarlijks gemiddeld 14 kinderen vanuit het sbo en 3 kinderen vanuit het so terug naar een basisschool. Dat willen we verhogen."))
    B.append(("h2", "6.1 Ons beleid voor terugplaatsing"))
    B.append(("p", "Uitgangspunt van De Waterlinie is dat elke plaatsing in het sbo of so in principe tijdelijk is. Terugplaatsing naar een basisschool is het doel zodra de ondersteuningsbehoefte van het kind op een basisschool, eventueel met een arrangement, kan worden beantwoord. Voorwaarden daarvoor zijn dat het OPP een uitstroomperspectief naar regulier onderwijs aangeeft, dat de laatste twee evaluaties van het OPP een stabiele ontwikkeling laten zien en dat er een basisschool is die de benodigde ondersteuning kan bieden. Een basisschool in de eigen woonplaats krijgt voorrang."))
    B.append(("p", "Een kind dat terugkeert, krijgt een terugplaatsingsarrangement. Dat bestaat uit ambulante begeleiding door een leerkracht van de sbo- of so-school gedurende ten minste een schooljaar (gemiddeld twee uur per week in de eerste drie maanden, daarna afbouwend) en een budget van 4.500 euro voor de ontvangende school voor extra handen in de klas. Blijkt binnen het eerste jaar dat de terugplaatsing niet slaagt, dan kan het kind zonder nieuwe aanvraagprocedure terug naar de school van herkomst zolang de oorspronkelijke TLV-periode niet is verstreken."))
    B.append(("h2", "6.2 SMART-doelen ambitie 3"))
    B.append(("table", ["Doel", "Indicator", "Nulmeting (gem. 2022-2025)", "Streefwaarde 2030"], [
        ["Meer terugplaatsingen", "aantal kinderen per jaar van sbo/so naar basisschool", "17", "25"],
        ["Terugplaatsingen slagen", "% teruggeplaatste kinderen dat na een jaar nog op de basisschool is", "79%", "90%"],
    ]))

    B.append(("h1", "7. Ambitie 4 - Geen kind tussen wal en schip"))
    B.append(("h2", "7.1 Een doorlopend aanbod"))
    B.append(("p", "In De Waterlinie bouwen de voorzieningen op elkaar voort. De basis vormen de twaalf standaarden van ambitie 1. Heeft een kind meer nodig, dan stelt het ondersteuningsteam van de school een arrangement op. Dat kan een individueel arrangement zijn (bijvoorbeeld extra begeleiding door een specialist, een aangepast programma of inzet van een onderwijsassistent) of een groepsarrangement. Daarboven zijn er bovenschoolse voorzieningen, en ten slotte de drie sbo-scholen en de twee so-locaties."))
    B.append(("table", ["Niveau", "Voorziening", "Voor wie", "Toegang"], [
        ["Basis", "Twaalf standaarden op elke school", "ieder kind", "geen aanvraag"],
        ["Extra op school", "individueel arrangement; groepsarrangement taal, rekenen of gedrag", "kinderen met een OPP", "aanvraag bij het Loket door de school"],
        ["Bovenschools", "Plusklas De Sprong (4 locaties); Taalklas Oudewaard; observatiegroep De Kompasroos (12 plaatsen)", "hoogbegaafde kinderen; nieuwkomers; kinderen met een onduidelijke ondersteuningsvraag", "aanmelding via het Loket"],
        ["Onderwijs-zorg", "onderwijs-zorgarrangement in samenwerking met jeugdhulp (dagbehandeling op school)", "kinderen met een gecombineerde onderwijs- en zorgvraag", "gezamenlijk besluit Loket en gemeente"],
        ["Speciaal", "3 sbo-scholen, 2 so-locaties cluster 3 en 4", "kinderen met een TLV", "TLV-route (hoofdstuk 5)"],
    ]))
    B.append(("h2", "7.2 Witte vlekken opsporen en dichten"))
    B.append(("p", "Ieder jaar in november maakt het bureau een analyse van het dekkend aanbod. Daarin staan de wachtlijsten voor bovenschoolse voorzieningen en so, het aantal kinderen dat buiten de regio naar school gaat, het aantal thuiszitters en vrijstellingen, en de signalen van scholen en gemeenten over kinderen voor wie geen passend aanbod bestaat. Het algemeen bestuur bespreekt de analyse in december en besluit welke gaten in het aanbod het eerstvolgende schooljaar worden gedicht. Zo is in 2024 de observatiegroep uitgebreid van acht naar twaalf plaatsen."))
    B.append(("p", "Voor kinderen die thuiszitten of dreigen thuis te komen zitten, komt iedere maand de Thuiszitterstafel bijeen: de consulent van het samenwerkingsverband, de leerplichtambtenaar, een medewerker van het lokale team en de school. Voor ieder kind wordt binnen twee weken een trajectplan gemaakt met een casusregisseur. Lukt het de scholen en partners niet om binnen zes weken een oplossing te vinden, dan gebruikt de directeur-bestuurder haar doorzettingsmacht en wijst zij een school aan die het kind tijdelijk opvangt. Schoolbesturen die hun zorgplicht niet kunnen waarmaken, kunnen een beroep doen op het Loket voor ondersteuning bij het vinden van een plek."))
    B.append(("h2", "7.3 SMART-doelen ambitie 4"))
    B.append(("table", ["Doel", "Indicator", "Nulmeting 2024-2025", "Streefwaarde 2029-2030"], [
        ["Minder thuiszitters", "aantal kinderen dat langer dan 4 weken thuiszit (teldatum 1 maart)", "12", "maximaal 5"],
        ["Kortere wachtlijsten", "wachttijd observatiegroep", "14 weken", "maximaal 6 weken"],
        ["Minder onderwijs buiten de regio", "aantal kinderen op so buiten de regio", "41", "30"],
    ]))

    B.append(("h1", "8. Ambitie 5 - Elke euro naar het kind"))
    B.append(("h2", "8.1 Geld en middelen"))
    B.append(("p", "Het samenwerkingsverband ontvangt van het Rijk een ondersteuningsbudget voor lichte en zware ondersteuning. Een groot deel daarvan gaat rechtstreeks via DUO naar het sbo en het so: de afdrachten voor leerlingen met een TLV en de groeibekostiging. Met de rest van het budget maken we de ambities in dit plan mogelijk. Onze ambitie is dat ten minste 88 procent van de middelen terechtkomt bij de scholen en de bovenschoolse voorzieningen, en ten hoogste 5 procent opgaat aan het bureau."))
    B.append(("h2", "8.2 Zo verdelen we"))
    B.append(("p", "De verdeling van de middelen over de schoolbesturen gebeurt volgens het verdeelmodel dat sinds 1 januari 2024 geldt. Ieder schoolbestuur ontvangt een bedrag per leerling van 165 euro op basis van het aantal leerlingen op de teldatum 1 februari van het voorgaande jaar, plus een vaste voet van 6.000 euro per schoolvestiging, zodat ook kleine scholen de standaarden kunnen waarmaken. Daarnaast kunnen scholen voor individuele arrangementen en groepsarrangementen een aanvraag doen bij het Loket; de consulent beoordeelt de aanvraag aan de hand van het OPP, en de toekenning loopt voor ten hoogste een schooljaar. Bovenschoolse voorzieningen ontvangen een vast bedrag per plaats, dat het algemeen bestuur jaarlijks bij de begroting vaststelt."))
    B.append(("p", "Schoolbesturen verantwoorden jaarlijks in een korte rapportage voor 1 mei waaraan zij de middelen hebben besteed. Voor het weerstandsvermogen van het samenwerkingsverband hanteren we een bovengrens gelijk aan de signaleringswaarde van de inspectie; het bestuur heeft de bovenmatige reserve in 2023 en 2024 volledig ingezet voor de uitbreiding van de observatiegroep en de plusklassen."))
    B.append(("h2", "8.3 De meerjarenbegroting"))
    B.append(("p", "De uitgewerkte meerjarenbegroting 2026-2030, met de baten, de afdrachten aan sbo en so, de budgetten per schoolbestuur en de kosten van het bureau, is opgenomen in bijlage 4 bij dit plan. Jaarlijks stelt het bestuur in december de begroting voor het volgende kalenderjaar vast."))

    B.append(("h1", "9. Hoe we weten of het werkt"))
    B.append(("p", "Bij iedere ambitie staan SMART-doelen met een nulmeting en een streefwaarde. Om te weten of we die bereiken, werken we met een vaste kwaliteitscyclus. Het bureau verzamelt twee keer per jaar, in maart en oktober, de gegevens uit het Loket, uit DUO en uit de kwaliteitskaarten in een dashboard. Twee keer per jaar bespreekt het algemeen bestuur een voortgangsrapportage met de stand van iedere indicator. Wijkt een indicator meer dan tien procent af van het pad naar de streefwaarde, dan stelt de directeur-bestuurder een verbeteractie voor."))
    B.append(("p", "Jaarlijks voor 1 juli verschijnt het jaarverslag, waarin we per ambitie de bereikte resultaten, de ingezette middelen en de conclusies beschrijven. In het voorjaar van 2028 voeren we een tussentijdse evaluatie uit met een externe onderzoeker, waarin we ook scholen en ketenpartners bevragen. De uitkomsten gebruiken we voor een eventuele bijstelling van dit plan, die de ondersteuningsplanraad vooraf ter instemming krijgt."))

    B.append(("h1", "10. Organisatie, governance en medezeggenschap"))
    B.append(("p", "De Waterlinie is een stichting. Het bestuur is in handen van de directeur-bestuurder; het intern toezicht ligt bij een raad van toezicht van vijf leden, van wie drie onafhankelijk. De elf schoolbesturen vormen samen het algemeen bestuur in de zin van de statuten en komen vier keer per jaar bijeen. Zij stellen de begroting, de jaarrekening en het ondersteuningsplan vast op voorstel van de directeur-bestuurder. Het bureau telt 14,6 fte: consulenten, orthopedagogen, het Loket, een beleidsmedewerker, een controller en ondersteunend personeel."))
    B.append(("p", "De ondersteuningsplanraad (OPR) telt twaalf leden, afgevaardigd uit de medezeggenschapsraden van de aangesloten scholen. De OPR heeft instemmingsrecht op het ondersteuningsplan en op wijzigingen daarvan. Het bestuur overlegt ten minste vier keer per jaar met de OPR en ondersteunt de raad met een ambtelijk secretaris en een scholingsbudget. De OPR heeft op 10 maart 2026 met dit plan ingestemd. Het samenwerkingsverband heeft ook een eigen medezeggenschapsraad voor de medewerkers van het bureau."))

    B.append(("h1", "11. Samenwerking met gemeenten en jeugdhulp"))
    B.append(("p", "Met de vier gemeenten voerden we op 3 februari 2026 op overeenstemming gericht overleg (OOGO) over het concept van dit plan. De gemeenten hebben ingestemd met de hoofdlijnen. Afgesproken is dat we de komende periode samen werken aan drie thema's: jeugdhulp in en om de school, met een vaste jeugdhulpverlener per schoolcluster; de aanpak van thuiszitten, met een gezamenlijke Thuiszitterstafel (zie ambitie 4); en de afstemming van leerlingenvervoer en onderwijshuisvesting bij de uitbreiding van bovenschoolse voorzieningen. Twee keer per jaar is er een bestuurlijk overleg met de wethouders onderwijs en jeugd."))
    B.append(("p", "Ook met het samenwerkingsverband voortgezet onderwijs in onze regio is overleg gevoerd over dit plan, met name over de overstap van groep 8 naar het voortgezet onderwijs en van so naar vso. De afspraken over de warme overdracht zijn vastgelegd in de regionale overstapkalender."))

    B.append(("h1", "12. Personeel en professionalisering"))
    B.append(("p", "Passend onderwijs valt of staat met goede leraren. Het lerarentekort treft onze regio hard: op 1 oktober 2025 stonden er 31 vacatures open, vooral in de dorpskernen. Het samenwerkingsverband kan dit tekort niet oplossen, maar wel bijdragen aan de kwaliteit van de ondersteuning. Daarom organiseren we jaarlijks een netwerk voor intern begeleiders (zes bijeenkomsten), een leergang gedrag voor leraren en een kennisfestival in oktober. Medewerkers van het bureau volgen ieder jaar scholing; de orthopedagogen zijn geregistreerd bij het NVO of NIP."))
    B.append(("p", "We stimuleren uitwisseling van personeel tussen sbo, so en basisscholen, bijvoorbeeld via detachering van ambulant begeleiders. In de planperiode onderzoeken we samen met de besturen of een regionale invalpool voor onderwijsassistenten haalbaar is."))

    B.append(("h1", "13. ICT, gegevens en privacy"))
    B.append(("p", "Het Loket werkt met een beveiligde digitale omgeving waarin scholen aanvragen indienen en deskundigen hun adviezen vastleggen. Gegevens over de gezondheid van leerlingen verwerken we alleen als dat nodig is voor het beoordelen van een aanvraag. Dossiers bewaren we tot drie jaar na het besluit. Een functionaris gegevensbescherming houdt toezicht op de naleving van de AVG. In 2027 vervangen we het huidige systeem; de aanbesteding start in het najaar van 2026."))

    B.append(("h1", "14. Planning 2026-2030"))
    B.append(("table", ["Schooljaar", "Belangrijkste mijlpalen"], [
        ["2026-2027", "Nieuwe toelaatbaarheidscriteria vastgesteld; nulmeting kwaliteitskaart herhaald; start uitbreiding plusklassen"],
        ["2027-2028", "Nieuw Loketsysteem in gebruik; tussentijdse evaluatie voorjaar 2028"],
        ["2028-2029", "Bijstelling plan na evaluatie; herijking verdeelmodel"],
        ["2029-2030", "Eindevaluatie; voorbereiding ondersteuningsplan 2030-2034; OOGO en instemming OPR voor 1 mei 2030"],
    ]))

    B.append(("h1", "15. Verantwoording wettelijke eisen"))
    B.append(("p", "Artikel 18a, achtste lid, van de Wet op het primair onderwijs noemt wat een ondersteuningsplan in elk geval bevat. De tabel laat zien in welk hoofdstuk van dit plan u de onderdelen vindt."))
    B.append(("table", ["Wettelijke eis (art. 18a lid 8 WPO)", "Te vinden in"], [
        ["a. samenhangend geheel van ondersteuningsvoorzieningen, inclusief basisondersteuning", "hoofdstuk 4 en 7"],
        ["b. procedure en criteria voor verdeling, besteding en toewijzing van middelen; meerjarenbegroting", "hoofdstuk 8 en bijlage 4"],
        ["c. procedure en criteria voor toelaatbaarheid sbo en so", "hoofdstuk 5"],
        ["d. procedure en beleid terugplaatsing en overplaatsing", "hoofdstuk 6"],
        ["e. beoogde en bereikte resultaten en de daaraan gekoppelde bekostiging", "hoofdstuk 2, 9 en de SMART-tabellen"],
        ["f. informatie aan ouders over de ondersteuningsvoorzieningen en onafhankelijke ondersteuning van ouders", "hoofdstuk 10 en 11"],
        ["g-j. groeiregeling en overdracht bekostiging sbo en so", "hoofdstuk 8"],
    ]))

    B.append(("h1", "Bijlage A. Begrippenlijst"))
    B.append(("table", ["Begrip", "Betekenis"], [
        ["Basisondersteuning", "Het afgesproken geheel van preventieve en licht curatieve interventies dat alle scholen bieden."],
        ["Groeidocument", "Document waarin de school de ontwikkeling en ondersteuningsbehoefte van een leerling vastlegt."],
        ["Loket", "Het onderdeel van het samenwerkingsverband dat aanvragen voor arrangementen en TLV's behandelt."],
        ["OJSP", "Ouder- en jeugdsteunpunt: onafhankelijk steunpunt waar ouders en jeugdigen terechtkunnen met vragen en bij verschil van mening over onderwijsondersteuning."],
        ["Onderwijsconsulenten", "Landelijke organisatie die ouders kosteloos en onafhankelijk adviseert als het vastloopt rond school en ondersteuning."],
        ["OPP", "Ontwikkelingsperspectiefplan."],
        ["OPR", "Ondersteuningsplanraad."],
        ["Terugplaatsing", "De overstap van een leerling van sbo of so naar een basisschool."],
        ["TLV", "Toelaatbaarheidsverklaring voor sbo of so."],
        ["Verdeelmodel", "De afspraken over hoe het samenwerkingsverband de ondersteuningsmiddelen over de schoolbesturen verdeelt."],
    ]))
    return B


LABEL = {
    "documents": ["po-koers-waterlinie.docx", "po-koers-waterlinie.pdf"],
    "sector": "po",
    "looks_like_plan": True,
    "criteria": {
        "basisondersteuning.niveau": True,
        "basisondersteuning.inhoud": True,
        "plaatsing.procedure": True,
        "plaatsing.criteria": False,
        "terugstroom.procedure": True,
        "terugstroom.beleid": True,
        "financien.verdeling": True,
        "financien.besteding": False,
        "dekkend-aanbod.continuum": True,
        "dekkend-aanbod.lacunes": True,
        "resultaten.doelen": True,
        "resultaten.monitoring": True,
        "ouders.informatie": False,
        "ouders.steunpunt": False,
    },
    "advisory": {
        "basisondersteuning": ["borging"],
        "plaatsing": ["deskundigen", "duur-categorie"],
        "terugstroom": ["monitoring"],
        "financien": ["reserves", "verantwoording"],
        "dekkend-aanbod": ["ketenpartners"],
        "resultaten": ["meetbaar"],
    },
    "expect": {
        "basisondersteuning": "present", "plaatsing": "partial", "terugstroom": "present",
        "financien": "partial", "dekkend-aanbod": "present", "resultaten": "present", "ouders": "missing",
    },
    "notes": {
        "basisondersteuning": "Ch. 4 Ambitie 1: 4.2 states the twelve standards are the minimum for every vestiging of all 58 schools and tabulates concrete content; 4.3 kwaliteitskaart/verbeterplan = borging.",
        "plaatsing": "Ch. 5.2 gives who applies, Loket, steps, Commissie Toelaatbaarheid, 6-week term, two deskundigen, duration and categorie; 5.3 says the old criteria lapsed and new criteria are set 'in de loop van schooljaar 2026-2027' (deferral) - no criteria. No bezwaar route.",
        "terugstroom": "Procedure hidden in the TLV ambition (5.4 'Als de TLV afloopt', numbered steps with initiator, dates, end 31 juli); policy in Ambitie 3 6.1 (temporary placement, conditions, terugplaatsingsarrangement 4.500 euro); figures 6.2.",
        "financien": "Verdeling in 8.2 under 'Geld en middelen' (165 euro per leerling, vaste voet 6.000 euro, arrangementen via Loket); besteding/meerjarenbegroting only referred to absent 'bijlage 4' (8.3); the 88%/5% ambition is no budget. Reserves and 1 May verantwoording are advisory.",
        "dekkend-aanbod": "Ambitie 4 (ch. 7): continuum table basis-extra-bovenschools-OZA-speciaal; 7.2 yearly November gap analysis, Thuiszitterstafel, doorzettingsmacht, zorgplicht support; OOGO jeugdhulp in ch. 11.",
        "resultaten": "SMART tables per ambition (nulmeting/streefwaarde) = doelen; ch. 9 dashboard twice a year, voortgangsrapportage, jaarverslag before 1 July, evaluation 2028 = monitoring; terugblik 2.2 gives achieved figures.",
        "ouders": "Nothing in body text: only the 'In een oogopslag' line, the verantwoording table pointing to ch. 10/11 (which cover governance, OPR without parents, and OOGO) and the begrippenlijst entries OJSP/Onderwijsconsulenten. TLV procedure does not mention parents' role.",
    },
}
