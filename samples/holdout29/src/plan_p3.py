"""P3: compact PO plan (docx)."""
from filler29 import governance, opr, personeel, privacy_ict, landelijk, toezicht_inspectie, kennisdeling, integriteit, terugblik_algemeen, werkwijze_bureau, communicatie_scholen, risicos_uitvoering, huisvesting_bureau

NAAM = "Samenwerkingsverband Primair Onderwijs Hunzedal"
AFK = "SWV Hunzedal"


def blocks():
    b = [
        ("title", "Ondersteuningsplan 2024-2028 op hoofdlijnen"),
        ("p", f"{NAAM} (PO 20-05). Vastgesteld 18 april 2024."),
        ("h1", "Inhoud"),
        ("bullets", ["1. Inleiding en leeswijzer", "2. Wie zijn wij", "3. Visie", "4. Basisondersteuning",
                     "5. Extra ondersteuning", "6. Toelaatbaarheid", "7. Ouders", "8. Financiën",
                     "9. Organisatie", "10. Medezeggenschap", "11. Gemeenten en partners",
                     "12. Personeel", "13. Privacy", "14. Begrippen"]),
        ("h1", "1. Inleiding en leeswijzer"),
        ("p", "Dit ondersteuningsplan is bewust compact gehouden. Wij beschrijven wat er in de regio geregeld "
              "is en welke afspraken de schoolbesturen met elkaar hebben gemaakt. De uitvoering is vooral een "
              "zaak van de scholen zelf: zij kennen hun leerlingen, hun teams en hun ouders het best. Het "
              "samenwerkingsverband faciliteert, verbindt en neemt besluiten waar de wet dat voorschrijft."),
        ("p", "Het plan is geschreven voor iedereen die met passend onderwijs te maken heeft: bestuurders, "
              "schoolleiders, intern begeleiders, leraren, ouders, gemeenten en partners in de jeugdhulp. Bij "
              "het plan hoort een jaarplan waarin de activiteiten per schooljaar staan. Het jaarplan wordt "
              "elk jaar met de OPR besproken."),
        ("h1", "2. Wie zijn wij"),
        ("p", "Bij het samenwerkingsverband zijn zes schoolbesturen aangesloten. Samen hebben zij 41 "
              "basisscholen, één school voor speciaal basisonderwijs en één school voor speciaal onderwijs met "
              "twee locaties. Op 1 oktober 2023 zaten er 6.940 leerlingen op de scholen in de regio. Het gebied "
              "is landelijk en dunbevolkt: een derde van de scholen heeft minder dan honderd leerlingen, en "
              "voor een aantal dorpen is de dichtstbijzijnde school voor speciaal onderwijs meer dan 25 "
              "kilometer ver."),
        ("p", "De krimp in de dorpen is een belangrijk thema. Besturen voeren gesprekken over samenwerking en "
              "fusies van kleine scholen. Voor passend onderwijs betekent dit dat kleine teams veel moeten "
              "kunnen en dat expertise gedeeld moet worden over grote afstanden."),
        ("h1", "3. Visie"),
        ("p", "Ieder kind hoort erbij. Wij willen dat kinderen zo veel mogelijk in hun eigen dorp of wijk naar "
              "school kunnen, samen met hun vriendjes, en dat zij daar krijgen wat zij nodig hebben. Leraren "
              "zijn de spil. Zij moeten zich gesteund voelen door hun intern begeleider, hun directeur, hun "
              "bestuur en het samenwerkingsverband. Ouders zijn partners: zij kennen hun kind het best."),
        ("p", "Wij kiezen voor vertrouwen in de professionals en voor korte lijnen. Bureaucratie houden wij zo "
              "beperkt mogelijk. Een aanvraag bij het samenwerkingsverband moet eenvoudig zijn en snel worden "
              "afgehandeld."),
        ("h1", "4. Basisondersteuning"),
        ("p", "De besturen hebben met elkaar afgesproken welk niveau van ondersteuning iedere school in "
              "Hunzedal ten minste biedt. Dit is de basisondersteuning. Zij geldt voor alle 41 basisscholen en "
              "hun nevenvestigingen. Ouders kunnen erop rekenen dat hun kind op elke school het volgende "
              "krijgt:"),
        ("bullets", ["een intern begeleider die ten minste één dag per week beschikbaar is;",
                     "een leerlingvolgsysteem en twee keer per jaar een groepsbespreking en "
                     "leerlingbespreking;",
                     "extra instructie in kleine groepjes voor lezen, spellen en rekenen, volgens een vast "
                     "protocol voor ernstige lees- en rekenproblemen;",
                     "een aanpak voor sociale veiligheid en pesten, met een jaarlijkse "
                     "veiligheidsmeting;",
                     "een aanbod voor kinderen die meer aankunnen (verrijkingsmateriaal en een plusgroep op "
                     "bestuursniveau);",
                     "een ontwikkelingsperspectief voor kinderen met een eigen leerlijn;",
                     "overleg met ouders bij zorgen, binnen twee weken na het signaal;",
                     "een ondersteuningsteam met de consulent van het samenwerkingsverband en de "
                     "jeugdverpleegkundige, minimaal drie keer per jaar."]),
        ("p", "Iedere school beschrijft in haar schoolondersteuningsprofiel hoe zij de basisondersteuning "
              "invult en wat zij daarnaast biedt."),
        ("h1", "5. Extra ondersteuning"),
        ("p", "Wanneer de basisondersteuning niet genoeg is, kan de school extra ondersteuning inzetten. Dat "
              "kan op drie niveaus. Eerst binnen de school, met het schoolbudget, bijvoorbeeld met extra "
              "handen in de klas of een remedial teacher. Daarna met een arrangement van het "
              "samenwerkingsverband: begeleiding door een specialist van de sbo- of so-school (ambulante "
              "begeleiding), een kortdurende plaatsing in de bovenschoolse groep 'De Wissel' voor kinderen met "
              "gedragsvragen, of een arrangement voor jonge risicoleerlingen. Tot slot is er het speciaal "
              "basisonderwijs en het speciaal onderwijs voor kinderen die dat nodig hebben."),
        ("p", "De consulenten van het samenwerkingsverband denken mee in het ondersteuningsteam van de school en "
              "helpen bij de keuze voor de juiste vorm. Zo ontstaat een samenhangend geheel van voorzieningen "
              "van de klas tot het speciaal onderwijs, waarin de expertise van sbo en so ook voor de reguliere "
              "scholen beschikbaar is."),
        ("h1", "6. Toelaatbaarheid"),
        ("p", "Voor een plaatsing in het sbo of so is een toelaatbaarheidsverklaring nodig. De school vraagt "
              "die aan bij het samenwerkingsverband, nadat het ondersteuningsteam met de ouders heeft "
              "besproken dat een plaatsing de beste route is. De aanvraag bevat het groeidocument, het OPP en "
              "de mening van de ouders. Twee deskundigen van de Toelaatbaarheidscommissie, onder wie altijd een "
              "orthopedagoog, geven ieder een eigen advies. De directeur neemt binnen zes weken een besluit en "
              "stuurt dit naar school en ouders. In spoedsituaties is een besluit binnen tien werkdagen "
              "mogelijk. Een TLV wordt afgegeven voor een periode van ten hoogste drie schooljaren."),
        ("p", "Welke kinderen toelaatbaar zijn, bepalen de besturen in een afzonderlijke notitie "
              "toelaatbaarheid, die in het schooljaar 2024-2025 opnieuw wordt vastgesteld. Tot die tijd blijft "
              "de werkwijze van het vorige ondersteuningsplan van kracht."),
        ("h1", "7. Ouders"),
        ("p", "Ouders worden op verschillende manieren geïnformeerd over de ondersteuningsmogelijkheden. Elke "
              "school heeft een schoolondersteuningsprofiel en neemt een samenvatting ervan op in de "
              "schoolgids. Op de website van het samenwerkingsverband staan een ouderfolder, een filmpje over "
              "de route naar extra ondersteuning en de contactgegevens van de consulenten. Bij de start van "
              "een arrangement of een TLV-aanvraag krijgen ouders een informatiebrief met uitleg over de "
              "stappen."),
        ("p", "Ouders met vragen kunnen altijd terecht bij de leerkracht of de intern begeleider van de school. "
              "Een overzicht van onafhankelijke hulp voor ouders nemen wij op in het jaarplan voor 2025."),
        ("h1", "8. Financiën"),
        ("p", "Het samenwerkingsverband ontvangt jaarlijks ongeveer € 6,1 miljoen aan ondersteuningsmiddelen. "
              "Na de verplichte afdrachten aan het sbo en so verdelen wij de middelen als volgt. Elke school "
              "krijgt een schoolbudget van € 110 per leerling op basis van de teldatum van 1 oktober. Scholen "
              "met meer dan 15% leerlingen met een laag opgeleide ouder ontvangen daarnaast € 40 per "
              "leerling. Arrangementen worden op aanvraag toegekend door de consulent, tot een maximum van "
              "€ 7.500 per kind per schooljaar; boven dat bedrag beslist de directeur."),
        ("table", [["Begroting (x € 1.000)", "2024", "2025", "2026", "2027"],
                   ["Rijksbijdrage ondersteuning", "6.120", "6.060", "5.990", "5.930"],
                   ["Afdracht so en sbo", "3.020", "3.000", "2.980", "2.960"],
                   ["Schoolbudgetten", "820", "810", "800", "790"],
                   ["Arrangementen en De Wissel", "1.240", "1.230", "1.220", "1.200"],
                   ["Consulenten en bureau", "790", "795", "800", "805"],
                   ["Overig en onvoorzien", "180", "170", "160", "150"],
                   ["Saldo", "70", "55", "30", "25"]]),
        ("p", "Scholen leggen jaarlijks in hun jaarverslag verantwoording af over het schoolbudget. Het "
              "weerstandsvermogen van het samenwerkingsverband ligt binnen de norm."),
    ]
    b += governance(NAAM, AFK, 6, 43)
    b += opr(NAAM, AFK)
    b += [("h1", "11. Gemeenten en partners"),
          ("p", "Het samenwerkingsverband werkt samen met de gemeenten Hunzedal-Noord, Veenkoloniën-West en "
                "Aa-Kanaal (fictief). Het OOGO over dit plan vond plaats op 6 februari 2024. Onderwerpen "
                "waren de onderwijshuisvesting, het leerlingenvervoer over grote afstanden en de inzet van "
                "schoolmaatschappelijk werk. Met de jeugdgezondheidszorg is afgesproken dat op elke school "
                "een vaste jeugdverpleegkundige beschikbaar is."),
          ("p", "Daarnaast werken wij samen met het samenwerkingsverband voortgezet onderwijs in de regio, met "
                "name rond de overstap van groep 8 naar de brugklas. Er is een gezamenlijke overdrachtsdag "
                "in maart en een gezamenlijk digitaal overdrachtsdossier.")]
    b += landelijk(AFK)
    b += toezicht_inspectie(AFK)
    b += kennisdeling(AFK)
    b += integriteit(AFK)
    b += terugblik_algemeen(AFK)
    b += werkwijze_bureau(AFK)
    b += communicatie_scholen(AFK)
    b += risicos_uitvoering(AFK)
    b += huisvesting_bureau(AFK)
    b += personeel(AFK)
    b += privacy_ict(AFK)
    b += [("h1", "14. Begrippen"),
          ("bullets", ["Basisondersteuning: wat elke school minimaal biedt.",
                       "Dekkend aanbod: voor elk kind is er een passende plek.",
                       "Ouder- en jeugdsteunpunt: onafhankelijk steunpunt voor ouders en jongeren.",
                       "Resultaten: de opbrengsten van het onderwijs en de ondersteuning.",
                       "Terugplaatsing: de overstap van sbo of so naar de basisschool.",
                       "Thuiszitter: een leerplichtig kind dat niet naar school gaat.",
                       "TLV: toelaatbaarheidsverklaring."])]
    return b
