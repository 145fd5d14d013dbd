"""Plan E: PO, web version (HTML), table-heavy.

Intended labels: basisondersteuning partial (inventory of what schools offer, but no agreed level),
plaatsing missing (reference to a separate Handboek Toewijzing), terugstroom present, financien present,
dekkend-aanbod partial (gap handling yes, continuum only in a separate Voorzieningenkaart), resultaten
missing (deferred), ouders partial (independent support yes, information channels deferred).
"""
from h32_common import Doc, governance, personeel, ict_privacy, planning, totstandkoming, ict_systems_default, wettelijk_kader, landelijke_ontwikkelingen, kennisdeling, bureau_huisvesting

NAAM = "Samenwerkingsverband Passend Onderwijs Veenstreek"
KORT = "Veenstreek"


def build():
    d = Doc("Ondersteuningsplan 2026-2030 | Samenwerkingsverband Passend Onderwijs Veenstreek",
            header="swv-veenstreek.nl > Over ons > Ondersteuningsplan 2026-2030 | Home | Ouders | Scholen | Toelaatbaarheid | Resultaten | Contact",
            footer="© Samenwerkingsverband Passend Onderwijs Veenstreek (PO 31-17) | Privacyverklaring | Klachtenregeling | Toegankelijkheid")
    d.titlepage("Ondersteuningsplan 2026-2030",
                NAAM + " (PO 31-17)",
                "Webversie - laatst bijgewerkt 20 maart 2026")
    d.toc([
        "1. Inleiding",
        "2. Veenstreek in tabellen",
        "3. Visie",
        "4. Basisondersteuning",
        "5. Ondersteuningsaanbod",
        "6. Toelaatbaarheid sbo en so",
        "7. Terugplaatsing",
        "8. Thuiszitters en passende plekken",
        "9. Financiën",
        "10. Resultaten en kwaliteit",
        "11. Ouders",
        "12. Gemeenten en jeugdhulp",
        "13. Organisatie",
        "14. Medezeggenschap",
        "15. Personeel",
        "16. ICT en privacy",
        "17. Planning",
        "18. Totstandkoming",
        "19. Wettelijk kader en leeswijzer",
        "20. Landelijke ontwikkelingen",
        "21. Kennisdeling en netwerken",
        "22. Bureau en huisvesting",
        "Begrippenlijst",
    ])

    d.h1("1. Inleiding")
    d.p("Op deze pagina's leest u het ondersteuningsplan 2026-2030 van Veenstreek. In het samenwerkingsverband "
        "werken 7 schoolbesturen samen met 38 basisscholen, 1 school voor speciaal basisonderwijs en 2 scholen voor "
        "speciaal onderwijs. Het plan is geschreven voor schoolleiders, intern begeleiders, besturen, gemeenten en "
        "iedereen die wil weten hoe passend onderwijs in onze regio is georganiseerd.",
        "Deze webversie is gelijk aan de door de ondersteuningsplanraad goedgekeurde tekst. Een pdf-versie kunt u "
        "opvragen bij het secretariaat. Wij werken de webversie bij wanneer onderdelen van het plan worden "
        "aangevuld via de jaarlijkse voortgangsparagraaf.",
        "Veenstreek kiest in dit plan bewust voor overzicht: veel tabellen, korte teksten. Waar iets nog niet "
        "klaar is, zeggen wij dat eerlijk.",
        "Het vorige plan liep van 2022 tot 2026. In die jaren is er veel veranderd: twee besturen zijn gefuseerd, "
        "het aantal kleine scholen is afgenomen en de samenwerking met de sociale teams van de gemeenten is "
        "hechter geworden. Tegelijk merken scholen dat de vragen van kinderen complexer worden en dat het "
        "lerarentekort ook in onze regio voelbaar is. Dit plan is geschreven met die werkelijkheid voor ogen. "
        "Het is geen eindpunt, maar een werkdocument dat wij samen met de scholen, de ondersteuningsplanraad en "
        "de gemeenten de komende jaren verder vullen.")

    d.h1("2. Veenstreek in tabellen")
    d.table([
        ["Gemeente", "Basisscholen", "Leerlingen (1-10-2025)", "Besturen actief"],
        ["Veendam-Noord", "14", "3.820", "4"],
        ["Turfhaven", "11", "2.690", "3"],
        ["Moerland", "8", "1.744", "3"],
        ["Hoogeveld", "5", "1.102", "2"],
        ["Totaal", "38", "9.356", "7"],
    ])
    d.table([
        ["Speciale scholen", "Locatie", "Leerlingen (1-10-2025)"],
        ["sbo De Veenhoeve", "Veendam-Noord", "221"],
        ["so De Turfsteker (cluster 3)", "Turfhaven", "96"],
        ["so Het Kompas (cluster 4)", "Veendam-Noord", "84"],
    ])
    d.p("Het gebied is landelijk met één middelgrote kern. Veel scholen hebben minder dan 200 leerlingen. Het "
        "leerlingenaantal daalt volgens de prognose van de gemeenten met ongeveer 1% per jaar.")

    d.h1("3. Visie")
    d.p("Veenstreek gelooft dat ieder kind het recht heeft om samen met leeftijdgenoten op te groeien en te leren. "
        "Scholen zijn samen verantwoordelijk. Niet de vraag 'waar hoort dit kind?' staat centraal, maar de vraag "
        "'wat heeft dit kind nodig en wie kan dat bieden?'.")
    d.table([
        ["Kernwaarde", "Wat betekent dat"],
        ["nabij", "een kind gaat zo dicht mogelijk bij huis naar school"],
        ["samen", "besturen delen expertise en verantwoordelijkheid"],
        ["eerlijk", "middelen gaan naar waar ze nodig zijn"],
        ["open", "wij leggen uit wat we doen en waarom"],
    ])
    d.p("Deze kernwaarden zijn in 2025 opgesteld in drie bijeenkomsten met schoolleiders, intern begeleiders en "
        "bestuurders. Ze zijn geen loze woorden: bij elk besluit van het bestuurlijk overleg vragen wij ons af of "
        "het besluit past bij nabij, samen, eerlijk en open. Zo is bijvoorbeeld de keuze gemaakt om het grootste "
        "deel van het geld rechtstreeks naar de besturen te laten gaan, en om de consulenten van het "
        "samenwerkingsverband zoveel mogelijk op de scholen te laten werken in plaats van op kantoor. Ook de "
        "keuze om kleine scholen extra te steunen komt voort uit de waarde 'nabij': in een dunbevolkt gebied is "
        "de dorpsschool vaak de enige school binnen fietsafstand.")

    d.h1("4. Basisondersteuning")
    d.p("In het voorjaar van 2025 inventariseerden wij wat de scholen in Veenstreek aan ondersteuning bieden. "
        "Onderstaande tabel laat zien wat op alle 38 basisscholen aanwezig is. Het gaat om een momentopname, niet "
        "om een afspraak: een gezamenlijk vastgesteld niveau van basisondersteuning hebben de besturen nog niet "
        "afgesproken. Dat doen wij nadat de landelijke norm basisondersteuning er is.")
    d.table([
        ["Onderdeel", "Wat er op alle 38 scholen is (inventarisatie 2025)"],
        ["begeleiding", "intern begeleider, minimaal 1 dag per week"],
        ["lezen", "dyslexieprotocol met extra leesbegeleiding vanaf groep 3"],
        ["rekenen", "protocol ernstige rekenproblemen"],
        ["gedrag", "anti-pestprogramma en gedragsprotocol"],
        ["begaafdheid", "verrijkingsmateriaal en compacten voor snelle leerlingen"],
        ["planmatig werken", "groepsoverzichten, twee keer per jaar geëvalueerd"],
        ["jeugdhulp", "vast contact met het sociaal team van de gemeente"],
        ["medisch", "afspraken over medicijnverstrekking"],
    ])

    d.h1("5. Ondersteuningsaanbod")
    d.p("Het overzicht van alle arrangementen en voorzieningen in de regio – van extra ondersteuning op school "
        "tot sbo en so – staat in de Regionale Voorzieningenkaart 2026. Dat is een werkdocument voor scholen dat "
        "het bestuurlijk overleg jaarlijks vaststelt; het maakt geen deel uit van dit plan.")

    d.h1("6. Toelaatbaarheid sbo en so")
    d.p("De werkwijze rond toelaatbaarheidsverklaringen is beschreven in het Handboek Toewijzing Veenstreek 2026. "
        "Het handboek wordt door de directeur-bestuurder separaat vastgesteld en op de website gepubliceerd.")

    d.h1("7. Terugplaatsing")
    d.p("Veenstreek wil dat kinderen die in het sbo of so tot ontwikkeling zijn gekomen, kunnen terugkeren naar "
        "een basisschool in hun eigen omgeving. Terugplaatsing is een gezamenlijke verantwoordelijkheid van de "
        "speciale school, de ontvangende basisschool en het samenwerkingsverband.")
    d.h2("7.1 Uitgangspunten")
    d.table([
        ["Uitgangspunt", "Toelichting"],
        ["perspectief vanaf dag 1", "elk OPP in sbo en so bevat een paragraaf over de mogelijkheid van terugkeer"],
        ["voorwaarde", "de evaluatie van het OPP laat zien dat het kind met de ondersteuning van een basisschool verder kan"],
        ["thuisnabij", "terugkeer bij voorkeur naar een school in de eigen wijk of het eigen dorp"],
        ["ondersteuning na terugkeer", "terugplaatsingsarrangement: één schooljaar begeleiding door een leerkracht van de sbo/so-school, 2 uur per week"],
        ["geleidelijke overgang", "mogelijkheid van een proefperiode van maximaal 8 weken met dagdelen op beide scholen"],
    ])
    d.h2("7.2 Stappen")
    d.table([
        ["Stap", "Wat", "Wie", "Wanneer"],
        ["1", "jaarlijkse evaluatie van het OPP met ouders", "sbo/so-school", "mei"],
        ["2", "signaal 'terugplaatsing mogelijk' aan het SWV", "sbo/so-school", "na evaluatie"],
        ["3", "overleg met ouders en beoogde basisschool, bezoek aan de school", "consulent SWV", "binnen 4 weken na signaal"],
        ["4", "besluit over terugplaatsing en arrangement", "directeur-bestuurder op advies van de consulent", "binnen 2 weken na overleg"],
        ["5", "overdracht en start proefperiode", "beide scholen", "bij voorkeur na een vakantie"],
        ["6", "evaluatie na 3 en na 12 maanden", "basisschool met consulent SWV", "3 en 12 maanden na start"],
    ])
    d.p("Loopt de termijn van de toelaatbaarheidsverklaring af, dan bespreekt de speciale school uiterlijk in "
        "februari van het laatste schooljaar met ouders en het samenwerkingsverband of terugplaatsing, "
        "overplaatsing of een nieuwe aanvraag aan de orde is.")

    d.h1("8. Thuiszitters en passende plekken")
    d.p("Geen kind hoort thuis te zitten. Wanneer een school geen passende plek kan bieden of een kind langdurig "
        "niet naar school gaat, schakelen wij direct op.")
    d.table([
        ["Signaal", "Reactie", "Wie", "Termijn"],
        ["verzuim 3 weken of meer", "melding bij leerplicht en consulent SWV", "school", "binnen 5 werkdagen"],
        ["aanmelding waarbij de school geen passende plek heeft", "zoektocht naar een andere school via het SWV (zorgplicht)", "bestuur van aanmelding, consulent SWV", "binnen de wettelijke 6 (+4) weken"],
        ["kind zonder aanbod", "plan binnen 2 weken, bespreking in het Thuiszittersberaad", "consulent SWV, leerplicht, sociaal team", "maandelijks"],
        ["geen oplossing na 8 weken", "escalatie naar directeur-bestuurder en wethouder, doorzettingsmacht bij directeur-bestuurder", "directeur-bestuurder", "binnen 1 week"],
    ])
    d.p("Elk kwartaal bekijken de consulenten welke vragen niet opgelost konden worden en waar wachtlijsten "
        "ontstaan. Die signalen bespreken wij met de besturen in het bestuurlijk overleg; als een voorziening "
        "ontbreekt, besluit het bestuurlijk overleg binnen een half jaar over een oplossing.")

    d.h1("9. Financiën")
    d.h2("9.1 Verdeling")
    d.table([
        ["Budget", "Verdeling", "Bedrag 2026", "Besluit"],
        ["schoolbudget", "per leerling (teldatum 1 oktober vorig jaar), rechtstreeks naar het bestuur", "€ 195 per leerling", "automatisch"],
        ["kleine-scholentoeslag", "scholen < 100 leerlingen", "€ 8.000 per school", "automatisch"],
        ["arrangementenbudget", "op aanvraag van de school bij de consulent, op basis van de Regeling Arrangementen", "€ 640.000 totaal", "consulent, binnen 3 weken"],
        ["terugplaatsingsarrangementen", "per teruggeplaatst kind", "€ 5.500 per kind", "directeur-bestuurder"],
        ["bovenschools", "thuiszittersaanpak en consulenten", "€ 410.000", "begroting"],
    ])
    d.p("Besturen verantwoorden jaarlijks vóór 1 december per school hoe zij het schoolbudget hebben ingezet. Het "
        "bestuurlijk overleg bespreekt deze verantwoordingen en kan bij onderbesteding een deel terugvorderen.")
    d.h2("9.2 Meerjarenbegroting")
    d.table([
        ["x € 1.000", "2026", "2027", "2028", "2029", "2030"],
        ["baten lichte ondersteuning", "1.930", "1.911", "1.892", "1.873", "1.854"],
        ["baten zware ondersteuning na afdracht so", "2.884", "2.856", "2.828", "2.800", "2.772"],
        ["schoolbudgetten", "1.824", "1.806", "1.788", "1.770", "1.752"],
        ["kleine-scholentoeslag", "128", "128", "120", "120", "112"],
        ["arrangementen", "640", "630", "620", "610", "600"],
        ["terugplaatsingsarrangementen", "66", "66", "72", "72", "72"],
        ["sbo-afdracht en groeiregeling", "1.410", "1.400", "1.390", "1.380", "1.370"],
        ["bovenschools", "410", "410", "410", "400", "400"],
        ["bureau", "460", "470", "480", "490", "500"],
        ["saldo", "-124", "-143", "-160", "-169", "-180"],
    ])
    d.p("De negatieve saldi worden gedekt uit de algemene reserve, die eind 2025 € 1,3 miljoen bedroeg. Aan het "
        "eind van de planperiode resteert ongeveer € 0,5 miljoen, wat past bij het risicoprofiel van het "
        "samenwerkingsverband.")

    d.h1("10. Resultaten en kwaliteit")
    d.p("Wat wij met dit plan willen bereiken en hoe wij dat gaan volgen, formuleren wij in het eerste planjaar "
        "samen met de scholen. Het resultaat daarvan nemen wij op in de voortgangsparagraaf 2027.")

    d.h1("11. Ouders")
    d.h2("11.1 Informatie")
    d.p("Hoe wij ouders informeren over de ondersteuning in de regio, beschrijven wij in een communicatieplan dat in "
        "de loop van 2026 verschijnt.")
    d.h2("11.2 Onafhankelijke hulp")
    d.table([
        ["Waar", "Wat", "Bereikbaar"],
        ["Ouder- en Jeugdsteunpunt Veenstreek", "onafhankelijk; denkt mee, gaat mee naar gesprekken, bemiddelt bij onenigheid met school of SWV", "telefoon en mail, werkdagen 9-17 uur"],
        ["Onderwijsconsulenten", "landelijke, onafhankelijke adviseurs bij vastgelopen situaties, kosteloos", "via hun landelijke aanmeldpunt"],
        ["klachtenregeling Veenstreek", "klachten over het samenwerkingsverband, via de landelijke klachtencommissie", "schriftelijk"],
        ["Geschillencommissie passend onderwijs", "geschillen over toelating, verwijdering en het OPP", "via Onderwijsgeschillen"],
    ])
    d.h2("11.3 Ouders als partner")
    d.ul([
        "ouders zijn gesprekspartner bij elke evaluatie van het OPP",
        "de helft van de leden van de OPR is ouder",
        "een ouderklankbord denkt mee over het beleid",
    ])

    d.h1("12. Gemeenten en jeugdhulp")
    d.table([
        ["Onderwerp", "Afspraak met de gemeenten"],
        ["sociaal team", "vaste contactpersoon voor elke school"],
        ["thuiszitters", "leerplicht en sociaal team in het Thuiszittersberaad"],
        ["jeugdhulp onder schooltijd", "gezamenlijk afwegingskader, besluit binnen 4 weken"],
        ["leerlingenvervoer", "afstemming bij plaatsing op een school buiten de eigen gemeente"],
    ])
    d.p("Het OOGO over het concept van dit plan vond plaats op 22 januari 2026. De gemeenten hebben ingestemd met "
        "de afspraken over het Thuiszittersberaad.")

    governance(d, NAAM, KORT, "2013", 4, 7, "13.")
    d.h1("14. Medezeggenschap")
    d.p("De ondersteuningsplanraad (OPR) telt zes leden: drie ouders en drie personeelsleden. De OPR heeft op "
        "4 maart 2026 ingestemd met dit plan. De OPR wordt ondersteund door een ambtelijk secretaris en volgt "
        "jaarlijks een scholing.")
    personeel(d, KORT, [
        ["Directeur-bestuurder", "1,0", "1,0"],
        ["Consulenten", "4,0", "4,2"],
        ["Controller", "0,4", "0,4"],
        ["Secretariaat", "1,0", "1,0"],
    ], "15.")
    ict_privacy(d, KORT, "16.", ict_systems_default())
    planning(d, "17.", [
        ["september", "jaarplan", "directeur-bestuurder"],
        ["december", "begroting, verantwoording besturen", "controller"],
        ["elk kwartaal", "signalen wachtlijsten en ontbrekende voorzieningen", "consulenten"],
        ["juni", "jaarverslag", "directeur-bestuurder"],
    ], "De belangrijkste momenten in het jaar.")
    totstandkoming(d, "18.", [
        ["oktober 2025", "consultatie besturen"],
        ["22 januari 2026", "OOGO"],
        ["29 januari 2026", "overleg SWV VO"],
        ["4 maart 2026", "instemming OPR"],
        ["11 maart 2026", "vaststelling"],
    ], "Zo is dit plan tot stand gekomen.")

    wettelijk_kader(d, "19.", "po", KORT)
    landelijke_ontwikkelingen(d, "20.", reserves=True, ojsp=False)
    kennisdeling(d, "21.", KORT)
    bureau_huisvesting(d, "22.", KORT, "Turfhaven")

    d.h1("Begrippenlijst")
    d.table([
        ["Begrip", "Uitleg"],
        ["Toelaatbaarheidsverklaring (TLV)", "besluit van het SWV dat een leerling naar het sbo of so mag; de aanvraag loopt via het bestuur, twee deskundigen adviseren"],
        ["Basisondersteuning", "het niveau van ondersteuning dat elke school minimaal biedt"],
        ["Beoogde resultaten", "de resultaten die het samenwerkingsverband wil bereiken"],
        ["Ondersteuningscontinuüm", "het geheel van ondersteuning van basis tot speciaal onderwijs"],
        ["Ouderinformatie", "informatie via website, brochure en schoolgids"],
        ["OJSP", "ouder- en jeugdsteunpunt"],
        ["OPP", "ontwikkelingsperspectiefplan"],
    ])
    return d


LABEL = {
    "documents": ["po-veenstreek.html"],
    "sector": "po",
    "looks_like_plan": True,
    "elements": {"basisondersteuning": "partial", "plaatsing": "missing", "terugstroom": "present",
                 "financien": "present", "dekkend-aanbod": "partial", "resultaten": "missing", "ouders": "partial"},
    "criteria": {
        "basisondersteuning.niveau": False, "basisondersteuning.inhoud": True,
        "plaatsing.procedure": False, "plaatsing.criteria": False,
        "terugstroom.procedure": True, "terugstroom.beleid": True,
        "financien.verdeling": True, "financien.besteding": True,
        "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": True,
        "resultaten.doelen": False, "resultaten.monitoring": False,
        "ouders.informatie": False, "ouders.steunpunt": True,
    },
    "advisory_addressed": {
        "financien": ["reserves", "verantwoording"],
        "dekkend-aanbod": ["ketenpartners"],
        "ouders": ["betrokkenheid"],
    },
    "notes": {
        "basisondersteuning": "Ch. 4: table of concrete provisions found on all 38 schools (inventarisatie 2025) = inhoud; the text explicitly says no agreed common level exists yet (niveau deferred to landelijke norm). Glossary definition is a trap.",
        "plaatsing": "Ch. 6 only refers to a separately adopted Handboek Toewijzing; deskundigen/aanvraag appear only in the glossary entry for TLV. Nav header 'Toelaatbaarheid' is a trap.",
        "terugstroom": "Ch. 7: uitgangspunten table (aim, condition, support after return, proefperiode) and steps table with actors, decision by directeur-bestuurder, evaluation moments; TLV-end paragraph.",
        "financien": "Ch. 9: verdeling table with criteria and amounts, verantwoording, meerjarenbegroting 2026-2030 table, reserve.",
        "dekkend-aanbod": "Ch. 5 only refers to a separate 'Regionale Voorzieningenkaart 2026' (not part of the plan) for the set of provisions (continuum not addressed); ch. 8 thuiszitters/zorgplicht/wachtlijst handling table and quarterly gap review (lacunes); ch. 12 gemeenten.",
        "resultaten": "Ch. 10 defers both goals and monitoring to the voortgangsparagraaf 2027; 'Resultaten' in nav header and glossary are traps. No targets or achieved figures anywhere.",
        "ouders": "11.1 defers how parents are informed to a future communicatieplan (informatie not addressed; 'Ouderinformatie' only in glossary); 11.2 table OJSP, Onderwijsconsulenten, klachten, Geschillencommissie (steunpunt); 11.3 partnership.",
    },
}
