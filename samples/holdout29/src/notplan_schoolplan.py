"""Near miss: a primary school's Schoolplan 2024-2028 (not an ondersteuningsplan of a SWV)."""


def blocks():
    return [
        ("title", "Schoolplan 2024-2028"),
        ("p", "Openbare basisschool De Regenboog, onderdeel van Stichting Openbaar Onderwijs Dommelland "
              "(fictief). Vastgesteld door het bevoegd gezag op 2 juli 2024, na instemming van de "
              "medezeggenschapsraad op 18 juni 2024."),
        ("h1", "Inhoud"),
        ("numbers", ["Inleiding", "Onze school", "Missie en visie", "Onderwijskundig beleid",
                     "Passend onderwijs en ondersteuning", "Kwaliteitszorg en resultaten", "Personeelsbeleid",
                     "Ouders en communicatie", "Financiën en middelen", "Meerjarenplanning"]),
        ("h1", "1. Inleiding"),
        ("p", "Dit schoolplan beschrijft het beleid van De Regenboog voor de periode 2024-2028. Het plan is "
              "verplicht op grond van de Wet op het primair onderwijs en wordt elke vier jaar vastgesteld. "
              "Het beschrijft het onderwijskundig beleid, het personeelsbeleid en het beleid op het gebied van "
              "kwaliteitszorg. Het schoolplan vormt samen met de schoolgids en het schoolondersteuningsprofiel "
              "de basis voor ons jaarplan. Het strategisch beleidsplan van de stichting is het kader."),
        ("h1", "2. Onze school"),
        ("p", "De Regenboog is een openbare basisschool in een wijk aan de rand van de stad met 312 leerlingen "
              "in 13 groepen. Het team bestaat uit 26 medewerkers: leerkrachten, onderwijsassistenten, een "
              "intern begeleider, een vakleerkracht bewegingsonderwijs, een conciërge en de directeur. De "
              "school is in 2019 verhuisd naar een nieuw gebouw, dat zij deelt met een kinderopvangorganisatie "
              "en een peuteropvang. De leerlingpopulatie is gemengd; ongeveer 20% van de leerlingen heeft "
              "ouders met een laag opleidingsniveau."),
        ("h1", "3. Missie en visie"),
        ("p", "Samen leren, samen leven. Op De Regenboog mag ieder kind zijn wie het is. Wij willen dat "
              "kinderen de school verlaten met een stevige basis in taal en rekenen, met zelfvertrouwen en "
              "met respect voor anderen. Wij werken vanuit drie kernwaarden: veiligheid, eigenaarschap en "
              "verbinding. Ouders zijn daarbij onze partners."),
        ("h1", "4. Onderwijskundig beleid"),
        ("p", "Wij werken met het model van expliciete directe instructie en met jaargroepen. In de onderbouw "
              "staat spelend leren centraal. Voor taal en rekenen gebruiken wij actuele methoden; voor "
              "wereldoriëntatie werken wij thematisch. Burgerschap en digitale geletterdheid krijgen in deze "
              "planperiode extra aandacht. De leerkrachten werken in drie bouwen die elk een bouwcoördinator "
              "hebben."),
        ("p", "Doelen 2024-2028 voor het onderwijs: alle leerkrachten geven instructie volgens hetzelfde model; "
              "het leesonderwijs wordt vernieuwd; er is een doorlopende leerlijn burgerschap; de school "
              "behaalt op de eindtoets ten minste het landelijk gemiddelde op de referentieniveaus."),
        ("h1", "5. Passend onderwijs en ondersteuning"),
        ("p", "De Regenboog is aangesloten bij het samenwerkingsverband passend onderwijs in de regio. Het "
              "samenwerkingsverband heeft in zijn ondersteuningsplan vastgelegd welke basisondersteuning alle "
              "scholen bieden. Wat onze school daarbovenop biedt, staat in ons schoolondersteuningsprofiel "
              "(SOP). Wij bieden extra ondersteuning aan kinderen met dyslexie, aan kinderen die meer "
              "aankunnen (plusklas één ochtend per week) en aan kinderen met lichte gedragsvragen."),
        ("p", "De ondersteuning is georganiseerd in vier niveaus: (1) de basisaanpak in de groep, (2) extra "
              "instructie in de groep, (3) ondersteuning door de intern begeleider of een specialist en (4) "
              "ondersteuning met inzet van het samenwerkingsverband, bijvoorbeeld een arrangement of een "
              "aanvraag voor een toelaatbaarheidsverklaring voor het speciaal basisonderwijs. Het "
              "ondersteuningsteam van de school komt zes keer per jaar bijeen."),
        ("p", "Doelen 2024-2028 voor de ondersteuning: het SOP wordt jaarlijks geactualiseerd; alle "
              "leerkrachten zijn geschoold in omgaan met gedrag; het aantal verwijzingen naar het speciaal "
              "basisonderwijs blijft onder de 2%."),
        ("h1", "6. Kwaliteitszorg en resultaten"),
        ("p", "Wij werken met een cyclus van plannen, uitvoeren, evalueren en bijstellen. Twee keer per jaar "
              "analyseren wij de toetsresultaten op groeps- en schoolniveau en bespreken wij die in het team. "
              "Elk jaar houden wij een tevredenheidspeiling onder leerlingen van groep 6 tot en met 8, en "
              "eens per twee jaar onder ouders en personeel. De resultaten en de verbeterpunten staan in het "
              "jaarverslag van de school, dat wij met de MR bespreken."),
        ("table", [["Resultaat", "2021-2022", "2022-2023", "2023-2024"],
                   ["Eindtoets: 1F lezen", "96%", "97%", "95%"],
                   ["Eindtoets: 2F/1S lezen", "62%", "66%", "64%"],
                   ["Eindtoets: 1F rekenen", "90%", "92%", "91%"],
                   ["Eindtoets: 1S rekenen", "38%", "41%", "43%"],
                   ["Sociale veiligheid (leerlingen voelt zich veilig)", "91%", "93%", "92%"]]),
        ("h1", "7. Personeelsbeleid"),
        ("p", "Ons personeelsbeleid is gericht op goed onderwijs, professionele ontwikkeling en duurzame "
              "inzetbaarheid. Iedere medewerker heeft jaarlijks een gesprek over ontwikkeling en welbevinden. "
              "Wij werken met collegiale consultatie en een jaarlijks scholingsplan. Startende leerkrachten "
              "krijgen een coach en een inwerkprogramma van drie jaar. De school is opleidingsschool in "
              "samenwerking met de pabo."),
        ("p", "Het lerarentekort merken wij vooral bij vervanging. Wij werken met een vaste invalpool binnen "
              "de stichting en met onderwijsassistenten die in de groep worden ingezet."),
        ("h1", "8. Ouders en communicatie"),
        ("p", "Ouders worden op de hoogte gehouden via de schoolapp, een tweewekelijkse nieuwsbrief, de "
              "schoolgids en drie gespreksmomenten per jaar. Bij zorgen over de ontwikkeling van een kind "
              "neemt de leerkracht contact op met de ouders. Ouders zijn betrokken via de "
              "medezeggenschapsraad en de ouderraad. Voor klachten geldt de klachtenregeling van de "
              "stichting; de school heeft twee interne contactpersonen en de stichting een externe "
              "vertrouwenspersoon."),
        ("h1", "9. Financiën en middelen"),
        ("p", "De school ontvangt haar middelen via de stichting. Naast de reguliere lumpsum ontvangt de "
              "school het schoolbudget van het samenwerkingsverband (ongeveer € 29.000 per jaar) en "
              "middelen uit het schoolprogramma. Deze middelen zetten wij vooral in voor onderwijsassistenten "
              "en voor de plusklas. De begroting wordt jaarlijks door de directeur opgesteld en door het "
              "bestuur vastgesteld."),
        ("h1", "10. Meerjarenplanning"),
        ("table", [["Thema", "2024-2025", "2025-2026", "2026-2027", "2027-2028"],
                   ["Instructiemodel", "scholing", "borging", "borging", "evaluatie"],
                   ["Lezen", "oriëntatie", "invoering", "borging", "evaluatie"],
                   ["Burgerschap", "leerlijn", "invoering", "borging", "evaluatie"],
                   ["Gedrag en ondersteuning", "SOP herzien", "scholing team", "borging", "evaluatie"],
                   ["Digitale geletterdheid", "-", "oriëntatie", "invoering", "borging"]]),
        ("p", "Jaarlijks wordt het jaarplan geëvalueerd met het team en de MR."),
    ]
