"""P1: PO plan with strong basisondersteuning standards (docx + pdf)."""
from filler29 import governance, opr, oogo, personeel, privacy_ict, planning, kennisdeling, communicatie_scholen

NAAM = "Samenwerkingsverband Passend Primair Onderwijs Dommelstroom"
AFK = "SWV Dommelstroom"


def blocks():
    b = [
        ("title", "Ondersteuningsplan 2025-2029"),
        ("p", f"{NAAM} (PO 30-12)"),
        ("p", "Samen sterk voor ieder kind. Vastgesteld door het bestuur op 10 april 2025, na instemming van "
              "de ondersteuningsplanraad op 25 maart 2025."),
        ("pagebreak", ""),
        ("h1", "Inhoud"),
        ("numbers", ["Voorwoord", "Ons samenwerkingsverband in cijfers", "Visie en ambities",
                     "Basisondersteuning: de standaarden", "Extra ondersteuning en arrangementen",
                     "Toelaatbaarheid tot sbo en so", "Terugplaatsing", "Thuiszitters en dekkend aanbod",
                     "Ouders", "Kwaliteit en resultaten", "Financiën en meerjarenbegroting",
                     "Organisatie en governance", "Medezeggenschap", "Samenwerking met gemeenten",
                     "Personeel", "Privacy", "Planning", "Begrippenlijst"]),
        ("pagebreak", ""),
        ("h1", "Voorwoord"),
        ("p", "Voor u ligt het vierde ondersteuningsplan van ons samenwerkingsverband. Tien jaar na de invoering "
              "van passend onderwijs kijken we met trots terug op wat de scholen samen hebben bereikt, maar we "
              "zien ook wat nog beter kan. Nog altijd zijn er kinderen die niet de plek vinden die bij hen past, "
              "en nog altijd verschilt het per school wat ouders aan ondersteuning mogen verwachten. Daarom staat "
              "in dit plan de basisondersteuning centraal: wij hebben met alle besturen concrete standaarden "
              "afgesproken die op elke school gelden."),
        ("p", "Het plan is geschreven voor schoolbesturen, schoolleiders, intern begeleiders, leraren, ouders en "
              "onze partners. We hebben geprobeerd het zo te schrijven dat iedereen kan lezen wat hij van het "
              "samenwerkingsverband mag verwachten. Waar het om procedures gaat, zijn we precies; waar het om "
              "ambities gaat, hebben we die meetbaar gemaakt. Ik dank iedereen die heeft meegedacht, in het "
              "bijzonder de leden van de ondersteuningsplanraad, die ons kritisch en constructief hebben "
              "bevraagd."),
        ("p", "Marieke van Oosterhout, directeur-bestuurder"),
        ("h1", "1. Ons samenwerkingsverband in cijfers"),
        ("p", "Het samenwerkingsverband omvat elf schoolbesturen met samen 84 basisscholen, twee scholen voor "
              "speciaal basisonderwijs en drie locaties voor speciaal onderwijs (cluster 3 en 4). Op 1 oktober "
              "2024 telden de scholen samen 21.460 leerlingen. Het werkgebied bestaat uit vijf gemeenten, met "
              "een stedelijke kern en een uitgestrekt landelijk gebied waar veel kleine scholen staan. De "
              "leerlingaantallen dalen licht in de dorpen en stijgen in de nieuwbouwwijken van de stad."),
        ("table", [["Kengetal (1 oktober)", "2022", "2023", "2024"],
                   ["Leerlingen basisonderwijs", "21.020", "20.880", "20.790"],
                   ["Leerlingen sbo", "362", "371", "365"],
                   ["Leerlingen so (cluster 3 en 4)", "288", "301", "305"],
                   ["Deelnamepercentage sbo", "1,70%", "1,75%", "1,72%"],
                   ["Deelnamepercentage so", "1,35%", "1,42%", "1,44%"]]),
        ("p", "Het deelnamepercentage speciaal onderwijs ligt iets boven het landelijk gemiddelde. De groei "
              "zit vooral bij jonge kinderen met een complexe ontwikkelingsvraag en bij kinderen met "
              "gedragsproblemen die in de middenbouw vastlopen."),
        ("h1", "2. Visie en ambities"),
        ("p", "Wij gaan ervan uit dat ieder kind recht heeft op onderwijs dat past bij wat het nodig heeft, zo "
              "dicht mogelijk bij huis. Scholen, ouders en partners werken daarbij samen als gelijkwaardige "
              "partners. Ondersteuning begint in de klas, bij de leraar, en wordt waar nodig versterkt met "
              "expertise van buiten. Wij willen dat de route naar ondersteuning eenvoudig is en dat beslissingen "
              "snel en transparant worden genomen."),
        ("p", "Voor de komende vier jaar hebben wij vier ambities geformuleerd: (1) de basisondersteuning is op "
              "alle scholen op orde en aantoonbaar; (2) ieder kind heeft binnen drie maanden een passende plek; "
              "(3) de ondersteuning is zo inclusief mogelijk georganiseerd; (4) de middelen komen zo direct "
              "mogelijk in de klas terecht. Deze ambities zijn in hoofdstuk 9 vertaald naar meetbare doelen."),
        ("h1", "3. Basisondersteuning: de standaarden"),
        ("p", "Basisondersteuning is in ons samenwerkingsverband het afgesproken minimumniveau van "
              "ondersteuning dat elke basisschool, op elke vestiging, aan elk kind biedt, zonder aanvraag bij "
              "het samenwerkingsverband en zonder toekenning van extra middelen. De besturen hebben zich "
              "verplicht om ervoor te zorgen dat iedere vestiging uiterlijk op 1 augustus 2026 aan alle "
              "standaarden voldoet. De standaarden zijn gebaseerd op het referentiekader van de sectorraad en "
              "zijn in 2024 door een werkgroep van intern begeleiders aangescherpt."),
        ("p", "Voor ouders betekent dit: op welke school in ons samenwerkingsverband uw kind ook zit, u kunt "
              "rekenen op ten minste de onderstaande voorzieningen. Scholen kunnen meer bieden; wat een school "
              "extra biedt, staat in haar schoolondersteuningsprofiel en in de schoolgids."),
        ("table", [["Standaard", "Wat elke school minimaal biedt"],
                   ["1. Ondersteuningsstructuur", "Een intern begeleider met ten minste 0,1 fte per 100 leerlingen, een vast zorgoverleg en een ondersteuningsteam (OT) dat minimaal vier keer per jaar bijeenkomt met ouders, de consulent van het samenwerkingsverband en zo nodig de jeugdverpleegkundige."],
                   ["2. Signalering", "Een leerlingvolgsysteem met methode-onafhankelijke toetsen en een observatie-instrument voor sociaal-emotionele ontwikkeling, twee keer per jaar afgenomen en besproken in een groepsbespreking."],
                   ["3. Lezen en dyslexie", "Een dyslexieprotocol volgens het landelijke protocol, inclusief extra leesinstructie (ten minste drie keer per week twintig minuten) en toegang tot voorleessoftware."],
                   ["4. Rekenen en dyscalculie", "Een protocol ernstige rekenproblemen en dyscalculie, met verlengde instructie en inzet van concrete materialen."],
                   ["5. Gedrag", "Een schoolbrede aanpak voor positief gedrag en een anti-pestprogramma; een aandachtsfunctionaris en een pestcoördinator."],
                   ["6. Meer- en hoogbegaafdheid", "Signalering met een vast instrument, compacten en verrijken in de groep, en een plusaanbod van ten minste één uur per week."],
                   ["7. Medische handelingen", "Een protocol medicijnverstrekking en medische handelingen en ten minste twee bedrijfshulpverleners per locatie."],
                   ["8. Fysieke toegankelijkheid", "Een rolstoeltoegankelijke begane grond en een aangepast toilet, of een afspraak met het bestuur over een alternatieve locatie."],
                   ["9. Ontwikkelingsperspectief", "Een OPP voor ieder kind dat op een of meer vakken een eigen leerlijn volgt, twee keer per jaar met ouders geëvalueerd."],
                   ["10. Samenwerking", "Vaste contactpersonen bij jeugdhulp, schoolmaatschappelijk werk en de jeugdgezondheidszorg, en een warme overdracht bij elke schoolwissel."]]),
        ("p", "Het samenwerkingsverband ziet erop toe dat de scholen deze standaarden waarmaken. Elke school "
              "vult jaarlijks in november de kwaliteitskaart basisondersteuning in; de consulent bespreekt de "
              "uitkomst met de directeur en de intern begeleider. Eens per vier jaar bezoekt een auditteam van "
              "twee collega-intern begeleiders en een consulent de school. Voldoet een school op een standaard "
              "niet, dan maakt het bestuur een verbeterplan met een termijn van ten hoogste een schooljaar; het "
              "samenwerkingsverband rapporteert hierover aan de raad van toezicht."),
        ("h1", "4. Extra ondersteuning en arrangementen"),
        ("p", "Wat de basisondersteuning overstijgt, noemen wij extra ondersteuning. Die is er in drie vormen, "
              "die samen met de basisondersteuning ons ondersteuningscontinuüm vormen: ondersteuning in de "
              "school met het schoolbudget, een arrangement van het samenwerkingsverband en een plaatsing in het "
              "speciaal (basis)onderwijs."),
        ("bullets", ["Schoolbudget: elke school ontvangt een budget waarmee zij zelf extra ondersteuning "
                     "organiseert, bijvoorbeeld een onderwijsassistent, een rekenspecialist of een "
                     "taalklas.",
                     "Arrangementen: voor kinderen met een ondersteuningsbehoefte die de school niet alleen "
                     "kan beantwoorden, kan het OT een arrangement aanvragen. Voorbeelden zijn de "
                     "Kangoeroeklas voor meerbegaafde kinderen, de Taalbrug voor nieuwkomers en het "
                     "arrangement Gedrag in de groep, waarbij een gedragsspecialist uit het sbo zes tot twaalf "
                     "weken in de klas meewerkt.",
                     "Observatieplaatsen: op beide sbo-scholen zijn vier observatieplaatsen beschikbaar voor "
                     "kinderen bij wie nog niet duidelijk is wat zij nodig hebben; een observatie duurt ten "
                     "hoogste twaalf weken.",
                     "Speciaal basisonderwijs en speciaal onderwijs: voor kinderen die meer nodig hebben dan "
                     "een reguliere school met arrangementen kan bieden (zie hoofdstuk 5)."]),
        ("p", "De scholen voor sbo en so zijn bovendien expertisecentra. Zij bieden ambulante begeleiding aan "
              "reguliere scholen en verzorgen scholing voor leraren. Zo is er in de hele regio een "
              "samenhangend aanbod van licht naar zwaar."),
        ("h1", "5. Toelaatbaarheid tot sbo en so"),
        ("p", "Voor plaatsing op een school voor speciaal basisonderwijs of speciaal onderwijs is een "
              "toelaatbaarheidsverklaring (TLV) van het samenwerkingsverband nodig. De aanvraag wordt gedaan "
              "door het bestuur van de school waar het kind staat ingeschreven of is aangemeld, altijd in "
              "overleg met de ouders. De procedure verloopt als volgt."),
        ("numbers", ["Het OT van de school bespreekt het kind met ouders en consulent en stelt vast dat de "
                     "ondersteuningsbehoefte de mogelijkheden van de school overstijgt.",
                     "De school dient de aanvraag digitaal in met het groeidocument, het OPP, de "
                     "handelingsplannen van het afgelopen jaar en de zienswijze van de ouders.",
                     "De Commissie Toelaatbaarheid (CTO) controleert binnen vijf werkdagen of het dossier "
                     "compleet is.",
                     "Twee deskundigen brengen ieder een eigen schriftelijk advies uit: een orthopedagoog of "
                     "psycholoog en, afhankelijk van het kind, een tweede deskundige zoals een "
                     "kinderpsychiater, maatschappelijk werker of arts. De deskundigen zijn niet betrokken "
                     "geweest bij de aanvraag.",
                     "De directeur-bestuurder besluit namens het bestuur binnen zes weken na ontvangst van een "
                     "compleet dossier. Ouders en school ontvangen het besluit en de adviezen."]),
        ("p", "Een kind is toelaatbaar tot het sbo als aan alle volgende criteria is voldaan: de school heeft "
              "de basisondersteuning en ten minste één arrangement aantoonbaar ingezet en geëvalueerd; de "
              "ontwikkeling van het kind stagneert op meerdere gebieden ondanks die ondersteuning; het kind "
              "heeft structureel een kleinere groep en een specifiek pedagogisch klimaat nodig. Een kind is "
              "toelaatbaar tot het so als het daarnaast een ondersteuningsbehoefte heeft die een "
              "intensieve, multidisciplinaire aanpak vraagt die ook het sbo niet kan bieden, bijvoorbeeld door "
              "een ernstige verstandelijke beperking, een langdurige ziekte of zeer complex gedrag."),
        ("p", "Een TLV voor het sbo geldt in de regel tot het einde van de basisschoolperiode; een TLV voor het "
              "so wordt afgegeven voor twee schooljaren, of voor vier jaar als de ondersteuningsbehoefte "
              "duurzaam is. Bij een TLV so wordt de bekostigingscategorie laag, midden of hoog vermeld. Ouders "
              "en school kunnen binnen zes weken bezwaar maken bij het bestuur. Het samenwerkingsverband "
              "vraagt dan advies aan de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen."),
        ("h1", "6. Terugplaatsing"),
        ("p", "In het laatste jaar van een TLV so en in ieder geval bij elke evaluatie van het OPP bespreekt "
              "de school voor so met ouders of een terugkeer naar het regulier onderwijs of het sbo mogelijk "
              "is. Als de so-school dat ziet, neemt zij uiterlijk 1 maart contact op met de consulent van het "
              "samenwerkingsverband, die samen met ouders een passende basisschool zoekt. Er volgt een "
              "overdrachtsgesprek tussen beide scholen en de ouders. Als er geen nieuwe TLV wordt aangevraagd, "
              "eindigt de TLV op de einddatum en start het kind na de zomervakantie op de nieuwe school."),
        ("p", "Het samenwerkingsverband heeft nog geen vastgesteld beleid over de voorwaarden en de "
              "begeleiding na terugkeer. In het eerste jaar van deze planperiode werken wij dit samen met de "
              "scholen voor sbo en so uit; tot die tijd gebeurt dit per kind."),
        ("h1", "7. Thuiszitters en dekkend aanbod"),
        ("p", "Wij willen dat geen enkel kind thuiszit. Scholen melden elk kind dat langer dan vier weken "
              "niet of gedeeltelijk naar school gaat bij het samenwerkingsverband. Het Doorbraakoverleg, "
              "met de leerplichtambtenaar, de consulent, een jeugdhulpregisseur en ouders, komt binnen twee "
              "weken bijeen en maakt een plan met een termijn. Op 1 oktober 2024 waren er 14 thuiszitters, "
              "van wie 9 langer dan drie maanden."),
        ("p", "Elk jaar brengen wij met de besturen in kaart waar het aanbod tekortschiet. Uit de analyse van "
              "2024 blijkt dat er te weinig plekken zijn voor jonge kinderen met een complexe "
              "ontwikkelingsvraag en voor kinderen die onderwijs en zorg combineren. Daarom starten wij in "
              "2025 een onderwijs-zorggroep op een sbo-locatie, met twaalf plaatsen, samen met een "
              "zorgaanbieder en de gemeenten. Als de zorgplicht van een school niet leidt tot een passende "
              "plek, neemt het samenwerkingsverband de regie en biedt het binnen zes weken een oplossing "
              "aan."),
        ("h1", "8. Ouders"),
        ("p", "Ouders zijn de eerste deskundigen van hun kind. Wij betrekken hen bij elke stap: ouders nemen "
              "deel aan het OT, zijn medeondertekenaar van het OPP en geven hun zienswijze bij een aanvraag."),
        ("p", "Wij informeren ouders op verschillende manieren over de ondersteuning: de scholen beschrijven in "
              "hun schoolgids en schoolondersteuningsprofiel welke ondersteuning zij bieden; onze website heeft "
              "een ouderpagina met uitleg over basisondersteuning, arrangementen en de TLV-procedure; er is een "
              "brochure in het Nederlands, Engels, Arabisch en Pools; en twee keer per jaar organiseren wij een "
              "ouderavond over een thema."),
        ("p", "Voor onafhankelijk advies kunnen ouders terecht bij het Ouder- en Jeugdsteunpunt Dommelstroom, "
              "dat los van de scholen en het samenwerkingsverband werkt en ouders kosteloos begeleidt bij "
              "gesprekken. Daarnaast kunnen ouders de Onderwijsconsulenten inschakelen en een klacht indienen "
              "bij de landelijke klachtencommissie. Bij een geschil over toelating of verwijdering is de "
              "Geschillencommissie Passend Onderwijs bevoegd."),
        ("h1", "9. Kwaliteit en resultaten"),
        ("p", "Voor deze planperiode hebben wij de volgende beoogde resultaten voor kinderen met een "
              "ondersteuningsbehoefte vastgesteld:"),
        ("table", [["Doel", "Nulmeting 2024", "Streefwaarde 2029"],
                   ["Scholen die aan alle standaarden basisondersteuning voldoen", "61%", "100%"],
                   ["Thuiszitters langer dan drie maanden", "9", "maximaal 3"],
                   ["Kinderen met een arrangement die het arrangementsdoel halen", "68%", "80%"],
                   ["Deelnamepercentage so", "1,44%", "1,30%"],
                   ["Tevredenheid ouders over het OT (schaal 1-10)", "7,1", "7,5"]]),
        ("p", "Wij meten deze resultaten als volgt. De kwaliteitskaart en de audits leveren de gegevens over "
              "de standaarden. Het thuiszittersregister wordt maandelijks bijgewerkt. Bij elk arrangement "
              "leggen de school en de consulent bij de start een doel vast en bij de afsluiting het bereikte "
              "resultaat. Twee keer per jaar houden wij een ouderenquête. De resultaten worden twee keer per "
              "jaar in een kwaliteitsrapportage aan het bestuur, de raad van toezicht en de OPR gerapporteerd "
              "en jaarlijks in het jaarverslag openbaar gemaakt. Als een doel niet in beeld is, passen wij het "
              "jaarplan aan."),
        ("h1", "10. Financiën en meerjarenbegroting"),
        ("p", "Het samenwerkingsverband ontvangt van het Rijk de middelen voor lichte en zware ondersteuning. "
              "Na aftrek van de verplichte overdrachten aan het so en het sbo verdelen wij de middelen volgens "
              "een vast verdeelmodel. Elke school ontvangt een schoolbudget van € 95 per leerling (teldatum "
              "1 oktober van het voorgaande jaar), met een vaste voet van € 6.000 per vestiging zodat kleine "
              "scholen ook een redelijk budget hebben. Arrangementen worden door het samenwerkingsverband "
              "toegekend op aanvraag van het OT, op basis van de criteria in het arrangementenboek: een "
              "aantoonbaar ingezette basisondersteuning, een doel en een evaluatiedatum. Scholen verantwoorden "
              "de besteding van het schoolbudget jaarlijks in een korte rapportage."),
        ("table", [["Meerjarenbegroting (x € 1.000)", "2025", "2026", "2027", "2028"],
                   ["Baten rijksbijdragen", "16.420", "16.280", "16.150", "16.050"],
                   ["Overdracht so (incl. groei)", "6.310", "6.290", "6.250", "6.200"],
                   ["Overdracht sbo", "3.150", "3.140", "3.120", "3.100"],
                   ["Schoolbudgetten", "2.480", "2.470", "2.460", "2.450"],
                   ["Arrangementen", "2.150", "2.150", "2.120", "2.100"],
                   ["Thuiszitters en onderwijs-zorggroep", "620", "640", "660", "680"],
                   ["Bureau, personeel en consulenten", "1.450", "1.470", "1.480", "1.490"],
                   ["Resultaat", "260", "120", "60", "30"]]),
        ("p", "De algemene reserve bedraagt eind 2024 € 1,9 miljoen. Dat is boven de signaleringswaarde; "
              "het verschil wordt in de planperiode via de onderwijs-zorggroep en de arrangementen aan de "
              "scholen teruggegeven."),
    ]
    b += governance(NAAM, AFK, 11, 89)
    b += opr(NAAM, AFK)
    b += oogo(AFK, "Eindhoven-Oost, Nuenen, Son, Best en Geldrop (fictieve indeling)")
    b += kennisdeling(AFK)
    b += communicatie_scholen(AFK)
    b += personeel(AFK)
    b += privacy_ict(AFK)
    b += planning(AFK, 2025, 2029)
    b += [
        ("h1", "Begrippenlijst"),
        ("bullets", ["Arrangement: een afgesproken pakket extra ondersteuning voor een kind of groep.",
                     "Basisondersteuning: de ondersteuning die elke school biedt.",
                     "Bekostigingscategorie: laag, midden of hoog; bepaalt de bekostiging van een so-plaats.",
                     "OPP: ontwikkelingsperspectiefplan.",
                     "OT: ondersteuningsteam van de school.",
                     "TLV: toelaatbaarheidsverklaring.",
                     "Terugplaatsing: overstap van s(b)o naar het regulier onderwijs.",
                     "Thuiszitter: leerplichtig kind dat niet naar school gaat zonder vrijstelling."]),
    ]
    return b
