"""Plan 4: SWV VO Kempenrand, VO plan, rendered to .pdf."""
from h136_filler import context, governance, opr, oogo_inhoudelijk, ict, planning

C = dict(naam="Samenwerkingsverband Voortgezet Onderwijs Kempenrand", code="VO 30-11",
         periode="2026-2030", gemeenten="Kempenrand, Bergeijk-Noord en Luyksgestel-Oost",
         wetsartikel="17a WVO (thans artikel 2.47 e.v. WVO 2020)", besturen="6", inwoners="142.000",
         scholen="14 vestigingen voor voortgezet onderwijs, waaronder twee scholen voor praktijkonderwijs en twee vso-scholen",
         leerlingen="9.470", fte="11,0", vestiging="Kempenrand", statuten="14 december 2021",
         opr_periode="oktober 2025 tot en met februari 2026", opr_datum="10 maart 2026",
         oogo_datum="26 februari 2026", ander_swv="PO De Kempen (PO 30-06)", systeem="Onderwijs Transparant",
         nr_gov="9", nr_opr="10", nr_oogo="8", nr_ict="11", nr_plan="12")

TOC = ["1 Het samenwerkingsverband in beeld", "2 Koers 2026-2030", "3 Basisondersteuning",
       "4 Het ondersteuningsaanbod", "5 Toewijzing: vso, lwoo en pro", "6 Kengetallen en monitoring",
       "7 Financieel beleid", "8 Samenwerking met gemeenten en jeugdhulp", "9 Organisatie en governance",
       "10 Medezeggenschap", "11 Privacy, gegevensbescherming en ICT", "12 Planning en jaarcyclus",
       "13 Ouders en leerlingen", "Bijlage A Begrippen"]


def _vo(blocks):
    out = []
    for k, v in blocks:
        if isinstance(v, str):
            v = (v.replace("primair onderwijs", "voortgezet onderwijs")
                  .replace("intern begeleiders", "ondersteuningscoördinatoren")
                  .replace("Kinderen", "Jongeren").replace("kinderen", "jongeren"))
        out.append((k, v))
    return out


def blocks():
    b = [("header", "SWV VO Kempenrand (VO 30-11) — Ondersteuningsplan 2026-2030"),
         ("title", "Ondersteuningsplan 2026-2030"),
         ("sub", "Samenwerkingsverband Voortgezet Onderwijs Kempenrand (VO 30-11)"),
         ("p", "Versie ter vaststelling door het bestuur, 17 maart 2026. Ingestemd door de ondersteuningsplanraad "
               "op 10 maart 2026."),
         ("pagebreak", None), ("toc", TOC), ("pagebreak", None),
         ("h1", "Voorwoord"),
         ("p", "Met dit ondersteuningsplan zetten wij de koers uit voor de jaren 2026 tot en met 2030. Het plan "
               "is tot stand gekomen in nauwe samenwerking met de zes schoolbesturen, de ondersteuningsplanraad "
               "en de drie gemeenten in onze regio. Het is geschreven voor leerlingen, hun ouders en de scholen, "
               "maar vooral voor de professionals die elke dag het verschil maken in de klas en in de mentoruren."),
         ("p", "De afgelopen planperiode was bewogen. De coronaperiode liet sporen na in het welbevinden van "
               "jongeren, de vraag naar ondersteuning bij psychische problemen nam toe en het tekort aan "
               "docenten en ondersteunend personeel werd voelbaar op iedere vestiging. Tegelijk zagen wij hoe "
               "scholen creatief en veerkrachtig bleven. De OPDC-voorziening groeide, de samenwerking met de "
               "jeugdteams werd hechter en de doorlooptijd van aanvragen werd korter. In dit plan kiezen wij "
               "voor continuïteit waar het goed gaat en voor vernieuwing waar het moet."),
         ("p", "Wij danken iedereen die heeft meegedacht: in de klankbordgroepen, in de bijeenkomsten met "
               "mentoren en ondersteuningscoördinatoren en in de leerlingenpanels die op vier scholen zijn "
               "gehouden."),
         ("p", "drs. P. (Pieter) Verhoeven, directeur-bestuurder")]
    b += _vo(context(C))
    b += [
        ("h1", "2 Koers 2026-2030"),
        ("p", "Passend onderwijs in Kempenrand betekent dat iedere jongere onderwijs volgt dat aansluit bij "
              "zijn of haar mogelijkheden, op een school zo dicht mogelijk bij huis, en dat jongeren met een "
              "diploma of startkwalificatie de school verlaten. Wij zien de middelbare schoolperiode als een "
              "periode waarin jongeren zelf steeds meer regie nemen."),
        ("p", "Voor de komende periode werken wij aan vier thema's: (1) ondersteuning zo dicht mogelijk bij de "
              "les, (2) een sluitende aanpak voor jongeren die dreigen uit te vallen, (3) een betere aansluiting "
              "tussen onderwijs en jeugdhulp en (4) een goede overgang naar het mbo en de arbeidsmarkt. Welke "
              "resultaten wij op deze thema's willen bereiken, leggen wij in het eerste planjaar vast "
              "(zie hoofdstuk 6)."),
        ("p", "De scholen in Kempenrand zijn divers: van een groot categoraal gymnasium tot kleine "
              "vmbo-vestigingen in de dorpen. Die diversiteit vraagt om afspraken die ruimte laten aan scholen "
              "en tegelijk zorgen dat geen jongere tussen wal en schip raakt. Het samenwerkingsverband richt "
              "zich op wat scholen niet alleen kunnen: bovenschoolse voorzieningen, toewijzing en de "
              "verbinding met gemeenten."),
        ("h1", "3 Basisondersteuning"),
        ("p", "De scholen en het samenwerkingsverband werken aan een nieuwe, gezamenlijke set afspraken over "
              "de basisondersteuning. Een werkgroep van ondersteuningscoördinatoren stelt deze afspraken in "
              "2026-2027 op; het resultaat wordt als wijziging van dit plan ter instemming aan de OPR "
              "voorgelegd."),
        ("h1", "4 Het ondersteuningsaanbod"),
        ("h2", "4.1 Van licht naar zwaar"),
        ("p", "Wanneer een leerling meer nodig heeft dan de school in de reguliere lessen en mentorbegeleiding "
              "kan bieden, kan de school extra ondersteuning inzetten. Het ondersteuningsaanbod van Kempenrand "
              "bestaat uit de volgende lagen:"),
        ("bullets", [
            "Extra ondersteuning op de eigen school, bekostigd uit het schoolbudget lichte ondersteuning: "
            "bijvoorbeeld een trajectvoorziening of 'rebound-light' binnen de school, begeleiding door een "
            "orthopedagoog of een faalangst- of examenvreestraining in kleine groepen.",
            "Leerwegondersteunend onderwijs (lwoo) op de vmbo-scholen, in kleinere klassen en met extra "
            "begeleiding.",
            "Het OPDC 'De Overstap': een orthopedagogisch-didactisch centrum voor leerlingen die tijdelijk "
            "(maximaal één jaar) niet in een reguliere klas kunnen functioneren, met 48 plaatsen op twee "
            "locaties.",
            "De Reboundvoorziening voor een time-out van maximaal twaalf weken bij ernstige gedragsproblemen.",
            "Het Schakeljaar ISK voor nieuwkomers die nog onvoldoende Nederlands spreken.",
            "Praktijkonderwijs op twee scholen (Praktijkschool Kempenrand en Het Ambacht).",
            "Voortgezet speciaal onderwijs: vso De Berkenhorst (cluster 4) en vso Het Mozaïek (cluster 3), "
            "en vso-scholen buiten de regio voor specifieke vragen.",
            "Onderwijs-zorgarrangementen samen met gemeenten en zorgaanbieders, voor jongeren die onderwijs "
            "combineren met behandeling.",
        ]),
        ("p", "Scholen vragen plaatsing in het OPDC en de Reboundvoorziening aan bij het Toewijzingsloket van "
              "het samenwerkingsverband; het loket beslist binnen tien werkdagen."),
        ("h2", "4.2 Jongeren zonder passende plek"),
        ("p", "Een sluitende aanpak voor jongeren die (dreigen te) verzuimen of thuiszitten is een van onze "
              "thema's. Scholen melden iedere leerling die langer dan vier weken geen onderwijs volgt bij "
              "het samenwerkingsverband. De thuiszitterstafel, waarin het samenwerkingsverband, leerplicht, de "
              "jeugdteams en de betrokken school zitten, bespreekt iedere twee weken alle gemelde jongeren en "
              "legt per jongere vast wie verantwoordelijk is en welke volgende stap wordt gezet. Lukt het niet "
              "om binnen zes weken een passende plek te vinden, dan wijst de directeur-bestuurder een school "
              "of voorziening aan die tijdelijk onderwijs biedt."),
        ("p", "Elk jaar in januari maakt het bureau een analyse van de witte vlekken in het aanbod: jongeren "
              "die op een wachtlijst stonden, aanvragen die niet gehonoreerd konden worden en jongeren die "
              "buiten de regio geplaatst moesten worden. Uit de analyse 2025 bleek dat er geen passend aanbod "
              "is voor hoogbegaafde jongeren met een ernstige faalangst en voor meisjes met internaliserende "
              "problematiek. Voor beide groepen wordt in 2026 een pilot gestart binnen het OPDC. De besturen "
              "hebben afgesproken dat de zorgplicht bij aanmelding gezamenlijk wordt waargemaakt: kan de "
              "school van aanmelding geen passend aanbod doen, dan zoekt zij binnen het samenwerkingsverband "
              "actief een andere school die dat wel kan."),
        ("h2", "4.3 Overgangen"),
        ("p", "Voor de overstap van het primair onderwijs naar het voortgezet onderwijs werken wij samen met "
              "PO De Kempen. Leerlingen met een ondersteuningsbehoefte worden in maart van groep 8 besproken "
              "in een overdrachtsoverleg. Voor de overgang naar het mbo is er een warme overdracht en een "
              "doorlopend begeleidingstraject met de twee roc's in de regio."),
        ("h1", "5 Toewijzing: vso, lwoo en pro"),
        ("h2", "5.1 Toelaatbaarheid tot het vso"),
        ("p", "Een leerling kan alleen worden toegelaten tot het vso als het samenwerkingsverband een "
              "toelaatbaarheidsverklaring (TLV) heeft afgegeven. De aanvraag wordt ingediend door het "
              "bevoegd gezag van de school waar de leerling is ingeschreven of is aangemeld, via het "
              "Toewijzingsloket. Het dossier bevat het OPP met evaluaties, het verslag van het "
              "multidisciplinair overleg en een onderwijskundig rapport."),
        ("p", "De Commissie Toewijzing vraagt advies aan twee deskundigen: een orthopedagoog of psycholoog en "
              "een tweede deskundige (kinder- en jeugdpsychiater, jeugdarts of maatschappelijk werker, "
              "afhankelijk van de vraag). Deskundigen die bij de aanvraag betrokken waren, adviseren niet. De "
              "directeur-bestuurder besluit binnen zes weken na ontvangst van de volledige aanvraag."),
        ("p", "Een leerling is toelaatbaar tot het vso als aan alle volgende voorwaarden is voldaan: de "
              "ondersteuningsbehoefte is zo groot dat deze ook met een arrangement op de eigen school en een "
              "traject in het OPDC niet kan worden geboden; er is een diagnose of vastgestelde beperking "
              "(cluster 3: verstandelijke of lichamelijke beperking, langdurige ziekte; cluster 4: ernstige "
              "gedrags- of psychiatrische problematiek) die het leren in een reguliere setting aantoonbaar "
              "belemmert; en de leerling heeft de specifieke expertise, groepsgrootte of voorzieningen van het "
              "vso nodig. De TLV wordt afgegeven voor ten hoogste drie schooljaren, met bekostigingscategorie "
              "laag, midden of hoog."),
        ("h2", "5.2 Leerwegondersteunend onderwijs"),
        ("p", "Kempenrand volgt de landelijke criteria voor lwoo (IQ tussen 75 en 120 met een "
              "leerachterstand van minimaal 1,5 jaar op twee domeinen, of sociaal-emotionele problematiek die "
              "het leren belemmert). De vmbo-school stelt het dossier samen op basis van de gegevens van de "
              "basisschool en eigen testgegevens, en dient de aanvraag uiterlijk 1 april in bij het "
              "Toewijzingsloket. Het samenwerkingsverband beslist binnen vier weken. De aanwijzing voor lwoo "
              "geldt voor de gehele schoolloopbaan in het vmbo."),
        ("h2", "5.3 Praktijkonderwijs"),
        ("p", "Voor toelating tot het praktijkonderwijs gelden de landelijke criteria (IQ tussen 55 en 80 en "
              "leerachterstanden van drie jaar of meer op ten minste twee domeinen, waarvan één lezen of "
              "rekenen). De praktijkschool dient de aanvraag in; de Commissie Toewijzing beoordeelt het "
              "dossier en de directeur-bestuurder geeft binnen vier weken een TLV praktijkonderwijs af voor "
              "de duur van de opleiding."),
        ("h2", "5.4 Terug naar het regulier voortgezet onderwijs"),
        ("p", "Kempenrand wil dat jongeren in het vso niet langer blijven dan nodig is. Terugplaatsing of "
              "overplaatsing naar het regulier vo, het praktijkonderwijs of het mbo is het doel zodra de "
              "ontwikkeling van de leerling dat toelaat. Voorwaarden zijn dat de leerling de doelen uit het OPP "
              "grotendeels heeft bereikt, dat de ontvangende school kan bieden wat nodig is en dat de "
              "jeugdhulp (als die er is) doorloopt. Na de overstap ontvangt de ontvangende school gedurende "
              "één jaar een overgangsarrangement van € 4.000 per leerling en blijft de vso-school beschikbaar "
              "voor ambulante begeleiding."),
        ("p", "Elk jaar bespreekt de vso-school bij de evaluatie van het OPP of terugplaatsing mogelijk is. "
              "Uiterlijk zes maanden voor het einde van de TLV meldt de vso-school bij het Toewijzingsloket "
              "of de leerling terug kan, of dat een nieuwe TLV wordt aangevraagd. Het loket organiseert "
              "daarna een overstapgesprek met de vso-school en de beoogde ontvangende school; de "
              "directeur-bestuurder besluit over een eventuele verlenging van de TLV. Bij terugplaatsing "
              "eindigt de TLV op de dag dat de leerling op de nieuwe school start."),
        ("h1", "6 Kengetallen en monitoring"),
        ("p", "Het samenwerkingsverband volgt de ontwikkelingen met een vaste set kengetallen, die het bureau "
              "twee keer per jaar (peildata 1 oktober en 1 maart) verzamelt uit DUO-gegevens, het "
              "registratiesysteem en de thuiszitterstafel. De kengetallen worden besproken met het bestuur, de "
              "raad van toezicht en de OPR en jaarlijks gepubliceerd in het jaarverslag, met een toelichting op "
              "de ontwikkeling per school. Daarnaast evalueert het OPDC ieder traject bij afsluiting, en wordt "
              "zes maanden na terugkeer nagegaan of de leerling nog op de reguliere school zit."),
        ("table", [["Kengetal", "2022", "2023", "2024", "2025"],
                   ["Deelname vso (% van alle leerlingen)", "3,9%", "3,8%", "3,8%", "3,6%"],
                   ["Deelname praktijkonderwijs", "2,7%", "2,8%", "2,8%", "2,9%"],
                   ["Afgegeven TLV's vso", "118", "109", "121", "104"],
                   ["Trajecten OPDC afgesloten met terugkeer naar klas", "71%", "74%", "69%", "78%"],
                   ["Terugplaatsingen vso → regulier", "9", "12", "8", "14"],
                   ["Jongeren langer dan 3 maanden thuis (1 oktober)", "12", "10", "11", "7"],
                   ["Voortijdig schoolverlaters (vso/pro)", "4,8%", "4,1%", "4,4%", "3,9%"]]),
        ("p", "De ambities en streefwaarden voor de nieuwe planperiode formuleren wij in het eerste planjaar, "
              "nadat de nieuwe afspraken over de basisondersteuning zijn gemaakt."),
        ("h1", "7 Financieel beleid"),
        ("h2", "7.1 Verdeling van de middelen"),
        ("p", "De middelen lichte ondersteuning worden volledig doorgezet naar de schoolbesturen, naar rato van "
              "het aantal leerlingen op 1 oktober van het voorgaande jaar. De middelen zware ondersteuning "
              "worden als volgt ingezet: iedere school ontvangt een schoolbudget van € 180 per leerling; het "
              "OPDC, de Reboundvoorziening en het Schakeljaar ISK worden rechtstreeks door het "
              "samenwerkingsverband gefinancierd op basis van een jaarlijkse overeenkomst per plaats; "
              "onderwijs-zorgarrangementen worden per leerling toegekend door het Toewijzingsloket. De lwoo- "
              "en pro-middelen worden doorgezet naar de scholen met lwoo en de praktijkscholen op basis van "
              "het aantal leerlingen met een aanwijzing of TLV op 1 oktober."),
        ("h2", "7.2 Meerjarenbegroting"),
        ("table", [["Bedragen x € 1.000", "2026", "2027", "2028", "2029"],
                   ["Baten zware ondersteuning", "9.620", "9.540", "9.460", "9.380"],
                   ["Baten lichte ondersteuning, lwoo en pro", "12.310", "12.240", "12.180", "12.120"],
                   ["Afdrachten vso (DUO)", "5.870", "5.810", "5.760", "5.700"],
                   ["Doorbetaling lichte ondersteuning, lwoo en pro aan scholen", "12.310", "12.240", "12.180", "12.120"],
                   ["Schoolbudgetten (€ 180 per leerling)", "1.705", "1.690", "1.675", "1.660"],
                   ["OPDC, Rebound en Schakeljaar", "1.240", "1.260", "1.280", "1.300"],
                   ["Onderwijs-zorgarrangementen en overgangsarrangementen", "310", "320", "320", "320"],
                   ["Bureau, toewijzing en thuiszitterstafel", "690", "700", "715", "730"],
                   ["Resultaat", "-195", "-240", "-290", "-330"]]),
        ("p", "De tekorten worden gedekt uit de reserve, die conform de sectorafspraken wordt afgebouwd tot "
              "het niveau van de signaleringswaarde. Scholen verantwoorden de besteding van het schoolbudget "
              "jaarlijks in een korte rapportage aan het samenwerkingsverband."),
    ]
    b += _vo(oogo_inhoudelijk(C)) + _vo(governance(C)) + _vo(opr(C, neutraal=True))
    b += [
        ("h1", "Personeel"),
        ("p", "Het bureau van het samenwerkingsverband telt 11 fte. Het team bestaat uit de directeur-bestuurder, "
              "een beleidsmedewerker, een controller, twee medewerkers van het Toewijzingsloket, vier "
              "orthopedagogen en een secretariaat. De medewerkers vallen onder de cao vo. In de planperiode "
              "investeren wij in de deskundigheid van ondersteuningscoördinatoren en mentoren, onder meer via "
              "een tweejarige leergang 'ondersteuning in de les' en via netwerkbijeenkomsten per schoolsoort. "
              "De inzet van vso-docenten op reguliere scholen (detachering) wordt uitgebreid."),
    ]
    b += _vo(ict(C))
    b += planning(C, [["voorjaar 2026", "Vaststelling plan, indiening Inspectie", "bestuur"],
                      ["2026", "Pilot OPDC voor HB en internaliserende problematiek", "OPDC"],
                      ["2026-2027", "Afspraken basisondersteuning; ambities en streefwaarden", "werkgroep, OPR"],
                      ["2028", "Tussenevaluatie", "bureau"],
                      ["2029-2030", "Nieuw ondersteuningsplan", "bestuur, OPR"]])
    b += [
        ("h1", "13 Ouders en leerlingen"),
        ("p", "Dit hoofdstuk wordt herschreven zodra het landelijk verplichte ouder- en jeugdsteunpunt in "
              "onze regio is ingericht. Tot die tijd blijft hoofdstuk 9 van het ondersteuningsplan 2022-2026 "
              "van kracht."),
        ("h1", "Bijlage A Begrippen"),
        ("table", [["Begrip", "Omschrijving"],
                   ["Basisondersteuning", "De ondersteuning die iedere school in het samenwerkingsverband biedt."],
                   ["Onderwijsconsulenten", "Onafhankelijke adviseurs voor ouders bij vastgelopen situaties."],
                   ["Ouder- en jeugdsteunpunt", "Onafhankelijk steunpunt voor ouders en jongeren (OJSP)."],
                   ["OPDC", "Orthopedagogisch-didactisch centrum."],
                   ["Lwoo", "Leerwegondersteunend onderwijs."],
                   ["Pro", "Praktijkonderwijs."],
                   ["Streefwaarde", "Beoogd resultaat op een indicator."]]),
    ]
    return b
