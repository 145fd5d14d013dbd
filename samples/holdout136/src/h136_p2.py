"""Plan 2: SWV PO Veenweide, 'op hoofdlijnen', .docx."""
from h136_filler import (voorwoord, leeswijzer, context, visie, governance, opr, oogo_inhoudelijk,
                         personeel, ict, planning, po_vo, thuiszitters)

C = dict(naam="Stichting Samenwerkingsverband Veenweide PO", code="PO 26-08",
         periode="2025-2029", gemeenten="Veenhuizen-West, Lopikerwaard en Schalkwijk", respons="410",
         directeur="A. (Ahmed) el Idrissi MSc", voorzitter="mr. H.W. de Gooijer",
         wetsartikel="18a WPO", besturen="8", inwoners="86.000",
         scholen="47 basisscholen, één school voor speciaal basisonderwijs en twee so-locaties",
         leerlingen="8.215", fte="9,2", vestiging="Lopik", statuten="1 augustus 2023",
         opr_periode="oktober 2024 tot en met maart 2025", opr_datum="8 april 2025",
         oogo_datum="25 maart 2025", ander_swv="VO Lek en IJssel", vacatures="11",
         systeem="OnderwijsTransparant", uitstroom_vo="920", thuiszitters="9", lang="3",
         nr_voorwoord="", nr_gov="7", nr_opr="8", nr_oogo="6", nr_pers="9", nr_ict="10", nr_plan="11")

TOC = ["Voorwoord", "1 Het samenwerkingsverband in beeld", "2 Missie en visie",
       "3 Basisondersteuning", "4 Extra ondersteuning en toewijzing", "   4.1 Arrangementen",
       "   4.2 Bovenschoolse voorzieningen", "   4.3 Toelaatbaarheid sbo en so", "   4.4 Terug- en doorplaatsing",
       "   4.5 Thuiszitters", "5 Kwaliteitszorg", "6 Samenwerking met gemeenten en jeugdhulp",
       "7 Organisatie en governance", "8 Medezeggenschap", "9 Personeel en professionalisering",
       "10 Privacy, gegevensbescherming en ICT", "11 Planning en jaarcyclus", "12 Financieel beleid",
       "13 Ouders", "Afkortingen"]


def blocks():
    b = [("header", "SWV Veenweide PO 26-08 — Ondersteuningsplan op hoofdlijnen 2025-2029"),
         ("title", "Ondersteuningsplan 2025-2029 — op hoofdlijnen"),
         ("sub", "Stichting Samenwerkingsverband Veenweide PO (PO 26-08)"),
         ("pagebreak", None), ("toc", TOC), ("pagebreak", None)]
    b += voorwoord(C)
    b += [("p", "Anders dan het vorige plan is dit plan bewust op hoofdlijnen geschreven. De uitwerking "
                "gebeurt in de jaarplannen en in de schoolondersteuningsprofielen van de scholen. Zo blijft het "
                "plan bruikbaar en kunnen wij inspelen op ontwikkelingen.")]
    b += leeswijzer(C) + context(C) + visie(C)
    b += [
        ("h1", "3 Basisondersteuning"),
        ("p", "Alle scholen binnen Veenweide bieden ten minste de basisondersteuning. Dit is het "
              "minimumniveau van ondersteuning dat de aangesloten besturen in 2014 met elkaar hebben "
              "afgesproken en dat in 2024 opnieuw is bevestigd; het geldt voor alle vestigingen, ongeacht het "
              "bestuur. Basisondersteuning bestaat, in lijn met het landelijke Referentiekader passend "
              "onderwijs, uit vier onderdelen: basiskwaliteit, preventieve en licht curatieve interventies, "
              "de onderwijsondersteuningsstructuur en planmatig werken."),
        ("p", "Wat de basisondersteuning op een school concreet inhoudt, verschilt per school en staat "
              "beschreven in het schoolondersteuningsprofiel (SOP), dat iedere school op haar eigen website "
              "publiceert. Het samenwerkingsverband verzamelt de SOP's niet centraal."),
        ("h1", "4 Extra ondersteuning en toewijzing"),
        ("p", "Als de basisondersteuning niet voldoende is, kan een school extra ondersteuning inzetten. In "
              "Veenweide onderscheiden wij drie vormen: een arrangement in de eigen school, een plaats in een "
              "bovenschoolse voorziening en plaatsing in het speciaal (basis)onderwijs. Samen vormen deze "
              "voorzieningen met de basisondersteuning het dekkende aanbod van de regio."),
        ("h2", "4.1 Arrangementen"),
        ("p", "Een arrangement is een afgebakende set van ondersteuning voor een leerling of groep leerlingen, "
              "met een doel en een einddatum. Arrangementen worden door de school zelf betaald uit de middelen "
              "die het bestuur van het samenwerkingsverband ontvangt (zie hoofdstuk 12). Voorbeelden zijn "
              "extra begeleiding door een onderwijsassistent, een training sociale vaardigheden of de inzet "
              "van een gedragsspecialist. Voor complexe vragen kan de school de consulent van het "
              "samenwerkingsverband inschakelen."),
        ("h2", "4.2 Bovenschoolse voorzieningen"),
        ("p", "Veenweide kent de volgende bovenschoolse voorzieningen: de Plusklas (één ochtend per week voor "
              "leerlingen uit groep 5 tot en met 8 die meer aankunnen, op vier locaties), de Taalklas voor "
              "nieuwkomers in Lopik (maximaal één jaar), de Kangoeroegroep voor jonge kinderen met een "
              "ontwikkelingsvoorsprong en het Expertisepunt Gedrag, van waaruit specialisten scholen "
              "ondersteunen. Daarnaast zijn er het sbo De Horizon en de so-locaties De Regenboog (cluster 3) "
              "en Het Kompas (cluster 4). Leerlingen die hier niet op hun plek zijn, kunnen met een TLV van "
              "Veenweide naar so-scholen in de omliggende regio's."),
        ("h2", "4.3 Toelaatbaarheid sbo en so"),
        ("p", "Voor plaatsing in het sbo of so is een toelaatbaarheidsverklaring (TLV) van het "
              "samenwerkingsverband nodig. De aanvraag wordt gedaan door het schoolbestuur van de school waar "
              "de leerling is ingeschreven, via het Loket Veenweide. Bij de aanvraag horen het groeidocument, "
              "het ontwikkelingsperspectief, het verslag van het multidisciplinair overleg en de zienswijze "
              "van ouders. Het loket controleert binnen vijf werkdagen of de aanvraag volledig is."),
        ("p", "De Commissie van Toelaatbaarheid (CvT) vraagt vervolgens advies aan twee deskundigen, van wie "
              "ten minste één orthopedagoog of psycholoog is. De CvT neemt binnen zes weken na ontvangst van "
              "de volledige aanvraag een besluit namens het bestuur. Ouders ontvangen een kopie van het besluit. "
              "Er zijn in Veenweide bewust geen vaste toelatingscriteria: de commissie weegt iedere aanvraag "
              "op maat en kijkt naar wat de leerling nodig heeft."),
        ("h2", "4.4 Terug- en doorplaatsing"),
        ("p", "Deze paragraaf wordt toegevoegd zodra de gesprekken met De Horizon, De Regenboog en Het Kompas "
              "zijn afgerond."),
    ]
    b += [("h2", "4.5 Thuiszitters")] + thuiszitters(C)[1:]
    b += [
        ("p", "Daarnaast brengt het bureau elk voorjaar in kaart voor welke leerlingen het afgelopen jaar geen "
              "passend aanbod beschikbaar was en of er wachtlijsten zijn bij de bovenschoolse voorzieningen. "
              "De uitkomsten bespreekt het bestuurlijk overleg in juni; zo nodig wordt het aanbod voor het "
              "volgende schooljaar aangepast. De besturen dragen de zorgplicht gezamenlijk: lukt het een "
              "school niet om binnen zes weken een passende plek te bieden, dan zoekt de consulent met de "
              "andere besturen naar een oplossing."),
    ]
    b += po_vo(C)
    b += [
        ("h1", "5 Kwaliteitszorg"),
        ("p", "Veenweide werkt volgens een PDCA-cyclus. Voor de planperiode zijn de volgende beoogde "
              "resultaten voor leerlingen die extra ondersteuning nodig hebben vastgesteld, met een "
              "streefwaarde voor 2029:"),
        ("table", [["Indicator", "Stand 1-10-2024", "Streefwaarde 2029"],
                   ["Deelnamepercentage sbo", "2,4%", "2,2%"],
                   ["Deelnamepercentage so", "1,6%", "1,6%"],
                   ["Thuiszitters langer dan 3 maanden", "3", "0"],
                   ["Doorlooptijd TLV-aanvraag (gemiddeld)", "7,5 week", "5 weken"],
                   ["Tevredenheid ouders over ondersteuning (schaal 1-10)", "7,1", "7,5"],
                   ["Leerlingen met een OPP die hun doelen (grotendeels) halen", "nulmeting 2025", "75%"]]),
        ("p", "De indicatoren worden twee keer per jaar verzameld: de deelnamecijfers via DUO op de teldatum 1 "
              "oktober, de overige gegevens uit het registratiesysteem en een jaarlijkse vragenlijst onder "
              "ouders en intern begeleiders. Het bureau maakt in februari en september een kwaliteitsrapportage "
              "die in het bestuurlijk overleg en met de OPR wordt besproken. De bereikte resultaten worden "
              "jaarlijks openbaar gemaakt in het jaarverslag; in 2027 volgt een tussenevaluatie door een "
              "externe partij. Scholen worden eens per twee jaar bezocht door de consulent voor een gesprek "
              "over de ondersteuning en de OPP-doelen."),
        ("p", "Terugblikkend op de vorige periode: het deelnamepercentage sbo daalde van 2,9% (2020) naar "
              "2,4% (2024), het aantal langdurige thuiszitters van 7 naar 3, en de doorlooptijd van een "
              "TLV-aanvraag bleef met 7,5 week te lang."),
    ]
    b += oogo_inhoudelijk(C) + governance(C) + opr(C) + personeel(C) + ict(C)
    b += planning(C, [["2025", "Indiening plan bij de Inspectie", "bestuur"],
                      ["2025-2026", "Onderzoek oudersteunpunt", "bureau"],
                      ["2026", "Evaluatie Plusklas", "werkgroep HB"],
                      ["2027", "Tussenevaluatie door externe partij", "bureau, OPR"],
                      ["2028-2029", "Voorbereiding nieuw plan", "bestuur, OPR"]])
    b += [
        ("h1", "12 Financieel beleid"),
        ("p", "Veenweide hanteert het schoolmodel. De ondersteuningsmiddelen die het samenwerkingsverband na "
              "de wettelijke afdrachten overhoudt, worden grotendeels doorgezet naar de schoolbesturen. Ieder "
              "bestuur ontvangt jaarlijks € 142 per leerling, berekend op het aantal leerlingen op de teldatum "
              "1 oktober van het voorafgaande jaar. De bovenschoolse voorzieningen en het bureau worden door het "
              "samenwerkingsverband zelf bekostigd. Over de hoogte van het bedrag per leerling besluit de "
              "directeur-bestuurder jaarlijks, na advies van het bestuurlijk overleg, bij de vaststelling van de "
              "begroting."),
        ("p", "De meerjarenbegroting is een afzonderlijk document dat jaarlijks in december door het bestuur "
              "wordt vastgesteld en niet in dit plan is opgenomen. De besturen verantwoorden zich over de "
              "inzet van de middelen in hun eigen jaarverslag."),
        ("h1", "13 Ouders"),
        ("p", "Ouders zijn de eerste deskundigen als het om hun kind gaat. Wij vinden het belangrijk dat zij goed "
              "geïnformeerd zijn over de ondersteuningsmogelijkheden. Op de website van het "
              "samenwerkingsverband vinden ouders een overzicht van de bovenschoolse voorzieningen, uitleg "
              "over de TLV-procedure en een verwijzing naar de SOP's van de scholen. Elke school informeert "
              "ouders in de schoolgids over de ondersteuning op school; daarnaast is er een ouderfolder over "
              "passend onderwijs die scholen bij de intake meegeven."),
        ("p", "Met vragen over de ondersteuning van hun kind kunnen ouders altijd terecht bij de leerkracht, "
              "de intern begeleider of de directeur van de school. In het schooljaar 2025-2026 onderzoeken wij "
              "of Veenweide, al dan niet samen met een ander samenwerkingsverband, een eigen steunpunt voor "
              "ouders gaat inrichten."),
        ("h1", "Afkortingen"),
        ("table", [["Afkorting", "Betekenis"],
                   ["CvT", "Commissie van Toelaatbaarheid"], ["OJSP", "Ouder- en jeugdsteunpunt"],
                   ["OPP", "Ontwikkelingsperspectief"], ["SOP", "Schoolondersteuningsprofiel"],
                   ["TLV", "Toelaatbaarheidsverklaring"], ["MDO", "Multidisciplinair overleg"], ["DUO", "Dienst Uitvoering Onderwijs"]]),
    ]
    return b
