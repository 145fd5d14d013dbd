"""Plan 3: SWV PO Hunzedal, medium quality, rendered to .pdf."""
from h136_filler import (voorwoord, leeswijzer, context, visie, governance, opr, oogo_inhoudelijk,
                         personeel, ict, planning)

C = dict(naam="Samenwerkingsverband Passend Onderwijs Hunzedal", code="PO 20-03",
         periode="2026-2030", gemeenten="Hunzedal, Zuidlaren-Oost en Annerveen", respons="380",
         directeur="J. (Janneke) Hofsteenge", voorzitter="drs. R. Bakker-Wieringa",
         wetsartikel="18a WPO", besturen="7", inwoners="74.000",
         scholen="41 basisscholen, één sbo-school en één so-school met twee afdelingen",
         leerlingen="5.860", fte="7,4", vestiging="Annerveen", statuten="5 juli 2022",
         opr_periode="november 2025 tot en met februari 2026", opr_datum="3 maart 2026",
         oogo_datum="19 februari 2026", ander_swv="VO Groningen-Zuid", vacatures="6",
         systeem="Kindkans", nr_gov="8", nr_opr="9", nr_oogo="7", nr_pers="10", nr_ict="11", nr_plan="12")

TOC = ["Voorwoord", "1 Het samenwerkingsverband in beeld", "2 Missie en visie", "3 Wat elke school biedt",
       "4 De ondersteuningsroute", "5 Speciaal (basis)onderwijs: toelaatbaarheid", "6 Ouders",
       "7 Samenwerking met gemeenten en jeugdhulp", "8 Organisatie en governance", "9 Medezeggenschap",
       "10 Personeel en professionalisering", "11 Privacy, gegevensbescherming en ICT",
       "12 Planning en jaarcyclus", "13 Financiën en meerjarenbegroting", "14 Resultaten en kwaliteitszorg",
       "Begrippenlijst"]


def blocks():
    b = [("header", "Ondersteuningsplan Hunzedal 2026-2030"),
         ("footer", "SWV Hunzedal PO 20-03 | resultaten | dekkend aanbod | ouders"),
         ("title", "Ondersteuningsplan 2026-2030"),
         ("sub", "Samenwerkingsverband Passend Onderwijs Hunzedal (PO 20-03) — 'Dichtbij waar het kan'"),
         ("pagebreak", None), ("toc", TOC), ("pagebreak", None)]
    b += voorwoord(C) + leeswijzer(C, verantwoording=False) + context(C) + visie(C)
    b += [
        ("h1", "3 Wat elke school biedt"),
        ("p", "De zeven besturen hebben voor alle 41 basisscholen (alle vestigingen) een gezamenlijke "
              "ondergrens afgesproken: de basisondersteuning van Hunzedal. Iedere school biedt ten minste wat in "
              "onderstaande tabel staat. Scholen die dat nog niet op alle onderdelen doen, hebben tot 1 augustus "
              "2027 om dat te realiseren."),
        ("table", [["Onderdeel", "Wat u op iedere school mag verwachten"],
                   ["Zorgstructuur", "Een intern begeleider (minimaal 0,4 fte per 200 leerlingen) en een ondersteuningsteam dat zes keer per jaar bijeenkomt."],
                   ["Lezen en dyslexie", "Werken volgens het Protocol Leesproblemen en Dyslexie; extra leestijd en voorleessoftware voor leerlingen met dyslexie."],
                   ["Rekenen", "Signalering en extra instructie volgens het protocol ERWD."],
                   ["Gedrag en welbevinden", "Een schoolbrede gedragsaanpak, jaarlijkse sociaal-emotionele screening en een anti-pestcoördinator."],
                   ["Meer- en hoogbegaafdheid", "Signalering met een vast instrument en een verrijkingsaanbod in de eigen school."],
                   ["Fysiek en medisch", "Een protocol medisch handelen; de school is toegankelijk of maakt afspraken met een nabije school."],
                   ["Werkwijze", "Handelingsgericht werken met groepsoverzichten en een OPP voor leerlingen met een eigen leerlijn."]]),
        ("p", "De consulent bespreekt jaarlijks met iedere school of de basisondersteuning op orde is."),
        ("h1", "4 De ondersteuningsroute"),
        ("p", "Als een leerling meer nodig heeft dan de basisondersteuning, volgt de school de "
              "ondersteuningsroute van Hunzedal. Die route bestaat uit vier stappen, die samen het "
              "ondersteuningsaanbod van het samenwerkingsverband vormen, van licht naar zwaar."),
        ("numbers", [
            "Extra ondersteuning in de groep, georganiseerd door de school zelf, eventueel met advies van de "
            "consulent.",
            "Een arrangement in de eigen school: de school vraagt bij het samenwerkingsverband een "
            "arrangement aan voor bijvoorbeeld een onderwijsassistent, een gedragsspecialist of ambulante "
            "begeleiding vanuit het so. Een arrangement duurt maximaal één schooljaar en kan eenmaal worden "
            "verlengd.",
            "Een bovenschoolse voorziening: de Bovenschoolse Plusgroep (HB, groep 5-8, één dag per week), "
            "de Schakelklas voor nieuwkomers en de Kleine Groep De Brug voor leerlingen met "
            "gedragsproblemen (maximaal 10 leerlingen, plaatsing van zes maanden tot een jaar).",
            "Speciaal basisonderwijs (sbo De Meander) of speciaal onderwijs (so Het Palet, afdelingen "
            "cluster 3 en cluster 4), met een TLV (hoofdstuk 5).",
        ]),
        ("p", "Daarnaast kent Hunzedal onderwijs-zorgarrangementen voor leerlingen die naast onderwijs ook "
              "zorg nodig hebben; deze worden samen met de gemeenten gefinancierd."),
        ("h2", "Thuiszitters"),
        ("p", "Het huidige thuiszittersprotocol dateert uit 2017 en voldoet niet meer. Een nieuwe aanpak wordt "
              "samen met leerplicht voorbereid en volgt na vaststelling door het bestuur, naar verwachting in "
              "het najaar van 2026."),
        ("h1", "5 Speciaal (basis)onderwijs: toelaatbaarheid"),
        ("h2", "5.1 Aanvraag en besluit"),
        ("p", "Plaatsing op sbo De Meander of so Het Palet kan alleen met een toelaatbaarheidsverklaring van "
              "Hunzedal. De aanvraag wordt ingediend door het bestuur van de school waar de leerling is "
              "ingeschreven. Voor de aanvraag is een actueel OPP nodig, het verslag van het "
              "ondersteuningsteam, een onderwijskundig rapport en de zienswijze van de ouders. De Commissie "
              "Toewijzing van Hunzedal beoordeelt de aanvraag en vraagt advies aan een orthopedagoog of "
              "psycholoog en een tweede deskundige die past bij de vraag van de leerling, bijvoorbeeld een "
              "jeugdarts of kinderpsychiater. De directeur neemt het besluit binnen zes weken."),
        ("p", "De commissie hanteert de criteria uit onderstaande tabel. Aan ten minste één criterium uit de "
              "kolom van de gevraagde schoolsoort moet zijn voldaan, én de school moet aantonen dat de "
              "ondersteuningsroute (stappen 1 tot en met 3) is doorlopen of dat dit aantoonbaar niet passend is."),
        ("table", [["sbo", "so cluster 3", "so cluster 4"],
                   ["Leerachterstand van meer dan anderhalf jaar op ten minste twee hoofdvakken, ondanks een arrangement",
                    "Een verstandelijke beperking (TIQ lager dan 70) of ernstige lichamelijke beperking",
                    "Ernstige gedrags- of psychiatrische problematiek, vastgesteld in een diagnose"],
                   ["Behoefte aan structureel kleine groep en aangepast tempo",
                    "Langdurige ziekte waardoor onderwijs alleen met medische voorzieningen mogelijk is",
                    "Problematiek zichtbaar thuis en op school, met betrokken jeugdhulp"],
                   ["Uitstroomperspectief praktijkonderwijs of vmbo-basis",
                    "Behoefte aan onderwijs-zorgcombinatie (ZML)",
                    "Veiligheid leerling of anderen niet te garanderen in sbo"]]),
        ("p", "Een TLV sbo wordt afgegeven tot het einde van de basisschoolperiode, met een evaluatie na twee "
              "jaar. Een TLV so geldt voor twee jaar; de commissie legt daarbij de bekostigingscategorie "
              "(laag, midden of hoog) vast."),
        ("h2", "5.2 Einde van de TLV en terugplaatsing"),
        ("p", "Hunzedal wil dat leerlingen niet langer in het speciaal onderwijs blijven dan nodig is. Wij "
              "streven ernaar dat een leerling, zodra het kan, teruggaat naar een reguliere school, bij voorkeur "
              "de school van herkomst of een school in de eigen woonkern. Voorwaarde is dat de leerling de "
              "leerdoelen uit het OPP grotendeels haalt en dat de ontvangende school met een arrangement kan "
              "bieden wat nodig is. Na terugplaatsing blijft de so- of sbo-school een jaar beschikbaar voor "
              "consultatie en krijgt de ontvangende school een terugplaatsingsarrangement."),
        ("p", "De procedure is als volgt. Ieder jaar evalueert de s(b)o-school in het OPP of terugplaatsing "
              "in beeld is. In het laatste jaar van de TLV organiseert de s(b)o-school uiterlijk op 1 maart een "
              "multidisciplinair overleg met ouders, de consulent en een mogelijk ontvangende school. Daarin "
              "wordt besloten of de leerling teruggaat of dat een nieuwe TLV wordt aangevraagd. De s(b)o-school "
              "neemt het initiatief; over een nieuwe TLV besluit de Commissie Toewijzing vóór 1 juni. Wordt "
              "geen nieuwe TLV aangevraagd, dan eindigt de TLV op 31 juli en wordt de leerling voor 1 juli "
              "aangemeld bij de ontvangende school."),
        ("h1", "6 Ouders"),
        ("p", "Goede informatie is de basis voor een goede samenwerking. Op www.hunzedal.nl staat een "
              "oudersectie met de ondersteuningsroute, de bovenschoolse voorzieningen en de TLV-procedure in "
              "eenvoudige taal. Iedere school vermeldt in de schoolgids wat de school biedt en hoe ouders "
              "worden betrokken. De consulenten houden twee keer per jaar een inloopspreekuur voor ouders in "
              "de bibliotheek van Annerveen en de 'ouderkaart passend onderwijs' wordt bij iedere aanmelding "
              "meegegeven."),
        ("p", "Ouders die onafhankelijk advies of ondersteuning zoeken, kunnen terecht bij het Ouderpunt "
              "Hunzedal, het ouder- en jeugdsteunpunt dat wij samen met VO Groningen-Zuid hebben ingericht en "
              "dat los van de scholen werkt. Ook kunnen ouders een beroep doen op de Onderwijsconsulenten. Bij "
              "een klacht over het samenwerkingsverband geldt de klachtenregeling; die is te vinden op de "
              "website."),
    ]
    b += oogo_inhoudelijk(C) + governance(C) + opr(C) + personeel(C) + ict(C)
    b += planning(C, [["voorjaar 2026", "Vaststelling plan", "directeur, OPR"],
                      ["2026-2027", "Nieuw verdeelmodel", "directeur, besturen"],
                      ["najaar 2026", "Nieuwe thuiszittersaanpak", "bureau, leerplicht"],
                      ["1 augustus 2027", "Basisondersteuning op orde op alle scholen", "besturen"],
                      ["2029-2030", "Voorbereiding volgend plan", "directeur, OPR"]])
    b += [
        ("h1", "13 Financiën en meerjarenbegroting"),
        ("p", "Het verdeelmodel uit de vorige planperiode loopt op 31 juli 2026 af. Een nieuw model voor de "
              "verdeling van de middelen over besturen en voorzieningen wordt in de loop van het schooljaar "
              "2026-2027 samen met de besturen ontwikkeld en daarna ter instemming aan de OPR voorgelegd. Tot "
              "die tijd wordt de bestaande verdeling voortgezet."),
        ("p", "De meerjarenbegroting hieronder laat zien waaraan het samenwerkingsverband de middelen de "
              "komende jaren besteedt."),
        ("table", [["Lasten (x € 1.000)", "2026", "2027", "2028", "2029"],
                   ["Afdracht schoolbesturen", "1.880", "1.850", "1.820", "1.790"],
                   ["Arrangementen", "960", "960", "950", "940"],
                   ["Bovenschoolse voorzieningen", "610", "630", "630", "630"],
                   ["Onderwijs-zorgarrangementen", "140", "150", "150", "150"],
                   ["Overdrachten sbo/so (groei)", "310", "300", "300", "290"],
                   ["Personeel bureau en consulenten", "820", "840", "860", "880"],
                   ["Huisvesting en overige lasten", "120", "120", "125", "125"],
                   ["Totaal lasten", "4.840", "4.850", "4.835", "4.805"],
                   ["Totaal baten", "4.790", "4.780", "4.770", "4.760"]]),
        ("p", "Het tekort wordt gedekt uit de algemene reserve, die daarmee in 2029 uitkomt op ongeveer "
              "€ 600.000."),
        ("h1", "14 Resultaten en kwaliteitszorg"),
        ("p", "Dit hoofdstuk wordt niet in het ondersteuningsplan zelf opgenomen. De doelen en de manier "
              "waarop wij deze volgen, staan in het jaarplan dat op www.hunzedal.nl/jaarplan wordt "
              "gepubliceerd."),
        ("h1", "Begrippenlijst"),
        ("table", [["Begrip", "Uitleg"],
                   ["Beoogde resultaten", "Wat het samenwerkingsverband wil bereiken voor leerlingen met extra ondersteuning."],
                   ["Dekkend aanbod", "Het geheel van voorzieningen zodat ieder kind een passende plek heeft."],
                   ["Kwaliteitszorg", "Het systematisch volgen en verbeteren van de ondersteuning."],
                   ["Terugplaatsing", "Terugkeer van een leerling uit het s(b)o naar het regulier onderwijs."],
                   ["Thuiszitter", "Leerplichtige leerling die zonder vrijstelling geen onderwijs volgt."],
                   ["Verdeelmodel", "De regels volgens welke de middelen worden verdeeld."]]),
    ]
    return b
