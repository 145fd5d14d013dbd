"""Plan E: VO, plain-text export of a website page. Amstelvliet (VO 27-14)."""
from h37_common import ontwikkelingen, H1, H2, P, UL, TBL, governance, personeel, ict_privacy, inspectie, totstandkoming

C = {
    "swv": "Stichting Samenwerkingsverband VO Amstelvliet",
    "swv_kort": "SWV VO Amstelvliet",
    "besturen": "zes",
    "scholen": "zeventien",
    "fte": "10,1",
    "opr": "6 maart 2025",
    "tijdlijn": [
        ("april 2024", "Evaluatie ondersteuningsplan 2021-2025"),
        ("november 2024", "Concept naar schoolleiders, OPR en gemeenten"),
        ("20 februari 2025", "OOGO met de gemeenten Amstelvliet, Uiterwijk en Vlietveen"),
        ("6 maart 2025", "Instemming ondersteuningsplanraad"),
        ("24 maart 2025", "Vaststelling door het bestuur"),
    ],
}

CHROME_TOP = [
    "Wij gebruiken cookies om deze website goed te laten werken. [Alle cookies accepteren] [Alleen noodzakelijke cookies]",
    "",
    "SWV VO Amstelvliet",
    "Home | Over ons | Ondersteuningsplan | Ouders en jongeren | Scholen | Toelaatbaarheid (TLV) | Nieuws | Contact",
    "Zoeken...",
    "",
    "Home > Over ons > Ondersteuningsplan 2025-2029",
    "",
    "Ondersteuningsplan 2025-2029",
    "Laatst bijgewerkt: 2 april 2025 | Leestijd: 25 minuten | Download als PDF (2,3 MB)",
    "",
]

CHROME_BOTTOM = [
    "",
    "Deel deze pagina: Facebook | LinkedIn | E-mail",
    "",
    "Gerelateerde pagina's",
    "> Ouders en jongeren: veelgestelde vragen",
    "> Toelaatbaarheid (TLV): aanvragen vso, lwoo en pro",
    "> Jaarverslag 2024",
    "",
    "SWV VO Amstelvliet | Vlietkade 12 | 1190 AB Amstelvliet | 020 555 0142 | info@swv-amstelvliet.example",
    "KvK 12345678 | Privacyverklaring | Toegankelijkheidsverklaring | Cookie-instellingen",
    "(c) 2025 Samenwerkingsverband VO Amstelvliet",
]


def blocks():
    b = [("raw", CHROME_TOP)]
    b.append(("toc", [
        "1. Inleiding", "2. Visie", "3. Basisondersteuning", "4. Ondersteuningsroute en dekkend aanbod",
        "5. Toelaatbaarheid", "6. Van vso naar regulier vo", "7. Resultaten", "8. Financiën",
        "9. Ouders en jongeren", "10. Organisatie en medezeggenschap", "11. Personeel", "12. ICT en privacy",
        "13. Totstandkoming", "Begrippen",
    ]))
    b.append(H1("1. Inleiding"))
    b += [
        P("Op deze pagina vindt u de volledige tekst van het ondersteuningsplan 2025-2029 van Samenwerkingsverband VO "
          "Amstelvliet (VO 27-14). Het plan is vastgesteld door het bestuur op 24 maart 2025, nadat de "
          "ondersteuningsplanraad op 6 maart 2025 had ingestemd. De tekst op deze pagina is gelijk aan de PDF-versie; "
          "alleen de opmaak is aangepast voor het web."),
        P("In het samenwerkingsverband werken zes schoolbesturen samen met zeventien scholen en vestigingen voor "
          "vmbo, havo, vwo, praktijkonderwijs en voortgezet speciaal onderwijs. Samen hebben zij ruim 11.000 "
          "leerlingen. Het werkgebied omvat de gemeenten Amstelvliet, Uiterwijk en Vlietveen."),
    ]
    b.append(H1("2. Visie"))
    b += [
        P("Elke jongere telt. Dat is niet alleen een slogan, het is de maatstaf voor ons werk. We willen dat jongeren "
          "in Amstelvliet naar school gaan op een plek die bij hen past, dat ze zich er veilig voelen en dat ze met een "
          "diploma of een goed perspectief de school verlaten. Daarvoor werken scholen, besturen, gemeenten en "
          "jeugdhulp samen."),
        P("Wij kiezen voor ondersteuning in de klas waar het kan, en daarbuiten waar het moet. Wij kiezen voor korte "
          "lijnen, snelle besluiten en heldere afspraken. En wij kiezen ervoor om jongeren zelf een stem te geven: in "
          "hun eigen OPP, in de leerlingenraden en in de ondersteuningsplanraad."),
        P("De afgelopen jaren hebben laten zien dat de vragen van jongeren veranderen. Meer jongeren hebben last van "
          "somberheid en angst, meer jongeren vinden het moeilijk om naar school te gaan, en de wachtlijsten in de "
          "jeugd-ggz zijn lang. Onderwijs kan die problemen niet alleen oplossen, maar kan wel het verschil maken door "
          "vroeg te signaleren en goed samen te werken."),
    ]
    b.append(H2("2b. Terugblik op de vorige planperiode"))
    b += [
        P("In de planperiode 2021-2025 hebben we veel in gang gezet. Het OPDC verhuisde in 2022 naar een nieuw gebouw "
          "aan de Vlietkade, met ruimte voor kleine groepen en een eigen sportzaal. In 2023 zijn drie trajectbegeleiders "
          "in dienst gekomen, die jongeren begeleiden die (dreigen) thuis (te) zitten. De samenwerking met leerplicht is "
          "hechter geworden: er is nu een vast maandelijks overleg in plaats van incidenteel contact."),
        P("Niet alles is gelukt. De wachttijd voor het onderwijs-zorgarrangement is opgelopen, en de plannen voor een "
          "voorziening voor jongeren met ernstige angstklachten zijn blijven steken in de verkenningsfase. Ook hebben we "
          "gemerkt dat scholen de weg naar het samenwerkingsverband niet altijd even snel vinden. Die lessen hebben we "
          "meegenomen in dit plan: minder nieuwe projecten, meer aandacht voor uitvoering en voor de verbinding tussen "
          "scholen, jeugdhulp en gemeenten."),
        P("De evaluatie van het vorige plan is uitgevoerd door een extern onderzoeksbureau, op basis van interviews "
          "met schoolleiders, ondersteuningscoördinatoren, leden van de OPR en beleidsmedewerkers van de gemeenten. "
          "Het volledige evaluatierapport is op te vragen bij het bureau."),
    ]
    b.append(H2("2a. Ontwikkelingen in de omgeving"))
    b += ontwikkelingen(C, "vo")
    b.append(H1("3. Basisondersteuning"))
    b += [
        P("Basisondersteuning is de ondersteuning die iedere school en iedere vestiging in Amstelvliet ten minste "
          "biedt. De besturen hebben dit niveau samen afgesproken; het geldt voor vmbo, havo, vwo en praktijkonderwijs "
          "op gelijke wijze. Een jongere hoeft er niets voor aan te vragen. Concreet betekent het dat op elke vestiging "
          "het volgende aanwezig is:"),
        UL("een ondersteuningscoördinator en een vertrouwenspersoon;",
           "een mentor die wekelijks contact heeft met de klas en iedere leerling ten minste drie keer per jaar individueel spreekt;",
           "faciliteiten bij dyslexie en dyscalculie, zoals extra tijd en het gebruik van voorleessoftware;",
           "trainingen in faalangst, sociale vaardigheden en plannen en organiseren (executieve functies);",
           "een vaste opvangplek voor leerlingen die even uit de les moeten, met toezicht;",
           "een aanpak van verzuim in samenwerking met leerplicht, met een gesprek na drie dagen ongeoorloofd verzuim;",
           "een protocol medisch handelen en afspraken met de jeugdarts."),
        P("Elk jaar in het voorjaar voert iedere vestiging een zelfevaluatie uit op deze onderdelen. Eens in de twee "
          "jaar volgt een collegiale visitatie door een andere school. De uitkomsten bespreekt de directeur van het "
          "samenwerkingsverband met het bestuur."),
    ]
    b.append(H1("4. Ondersteuningsroute en dekkend aanbod"))
    b += [
        P("Als de basisondersteuning niet genoeg is, bespreekt de school de jongere in het ondersteuningsadviesteam "
          "(OAT). Het OAT kan een arrangement in de school inzetten, bijvoorbeeld extra begeleiding, een aangepast "
          "programma of een tijdelijke plek in de trajectvoorziening van de school. Lukt het daarmee niet, dan zijn er "
          "bovenschoolse voorzieningen: het OPDC Vlietstede (36 plaatsen), de reboundvoorziening (tien plaatsen, "
          "maximaal drie maanden) en het onderwijs-zorgarrangement De Steiger voor jongeren die naast onderwijs "
          "behandeling nodig hebben. Daarna komen het praktijkonderwijs en het vso, met twee vso-scholen in de regio "
          "(cluster 3 en 4)."),
        P("Om te weten of ons aanbod dekkend is, houden we een overzicht bij van alle jongeren die niet of niet "
          "volledig naar school gaan. Leerplicht, scholen en het samenwerkingsverband bespreken dit overzicht elke "
          "maand. Een jongere die langer dan vier weken thuiszit, krijgt binnen twee weken een trajectbegeleider van "
          "het samenwerkingsverband, die een plan maakt met de jongere, de ouders en de school. Twee keer per jaar "
          "bespreken we met de gemeenten waar het aanbod tekortschiet. Op dit moment zijn dat het aanbod voor jongeren "
          "met ernstige angstproblematiek en de wachttijd voor De Steiger. Voor beide is in 2025 een werkgroep "
          "gestart die vóór de zomer van 2026 met voorstellen komt."),
        P("De zorgplicht van de scholen vullen we samen in. Als een school binnen tien weken na aanmelding geen "
          "passende plek kan bieden, neemt de trajectbegeleider de regie en zoekt hij met de scholen een plek."),
    ]
    b.append(H1("5. Toelaatbaarheid"))
    b += [
        P("Alles over de toelaatbaarheidsverklaring voor het vso en over lwoo en praktijkonderwijs leest u op de pagina "
          "Toelaatbaarheid (TLV) van deze website. Daar vindt u ook de aanvraagformulieren voor scholen."),
    ]
    b.append(H1("6. Van vso naar regulier vo"))
    b += [
        P("Voor jongeren in het vso hanteren we de volgende stappen bij een mogelijke overstap naar een reguliere "
          "school:"),
        UL("Stap 1. De vso-school evalueert jaarlijks het OPP en bekijkt daarbij of een overstap naar het regulier vo "
           "mogelijk is. In het laatste jaar van de TLV gebeurt dat vóór 1 december.",
           "Stap 2. Ziet de vso-school mogelijkheden, dan meldt zij de jongere vóór 15 januari aan bij de "
           "trajectbegeleiding van het samenwerkingsverband.",
           "Stap 3. De trajectbegeleider organiseert binnen drie weken een overleg met de vso-school, de jongere, de "
           "ouders en een reguliere school. De directeur van het samenwerkingsverband neemt daarna het besluit over de "
           "overstap en de datum.",
           "Stap 4. Na de overstap volgen evaluaties na zes weken en na drie maanden; daarna sluit de trajectbegeleider "
           "het traject af."),
        P("Hoe we in het vervolg omgaan met de uitgangspunten en voorwaarden voor een overstap, en met de begeleiding "
          "van jongeren nadat zij zijn overgestapt, werken we in het eerste planjaar samen met de vso-scholen uit."),
    ]
    b.append(H1("7. Resultaten"))
    b += [
        P("Wij hebben voor deze planperiode de volgende beoogde resultaten vastgesteld voor jongeren die extra "
          "ondersteuning nodig hebben:"),
        TBL([
            ["Resultaat", "Stand 2024", "Doel 2029"],
            ["Jongeren die langer dan 3 maanden thuiszitten", "14", "minder dan 5"],
            ["Jongeren met een vrijstelling van de leerplicht (5a)", "22", "minder dan 15"],
            ["Deelnamepercentage vso", "3,1%", "2,8%"],
            ["Jongeren die na OPDC binnen een jaar in regulier vo zitten", "70%", "85%"],
            ["Tevredenheid jongeren over hun ondersteuning", "6,8", "7,5"],
        ]),
        P("We volgen deze resultaten met een dashboard dat elk kwartaal wordt bijgewerkt met gegevens van DUO, "
          "leerplicht en onze eigen registratie. Het bestuur bespreekt het dashboard elk kwartaal; de OPR en de "
          "gemeenten ontvangen het twee keer per jaar. In het jaarverslag rapporteren we over de bereikte resultaten en "
          "leggen we uit waar we achterblijven en wat we daaraan doen. In de vorige planperiode daalde het aantal "
          "langdurige thuiszitters van 23 naar 14."),
    ]
    b.append(H1("8. Financiën"))
    b += [
        P("De verdeelsystematiek van de middelen over de schoolbesturen wordt in 2026 herijkt. Zolang dat niet is "
          "gebeurd, blijft de verdeling van kracht zoals die is opgenomen in het ondersteuningsplan 2021-2025."),
        P("De begroting voor de planperiode ziet er als volgt uit (bedragen x 1.000 euro):"),
        TBL([
            ["Post", "2025", "2026", "2027", "2028"],
            ["Baten ondersteuning en lwoo/pro", "14.380", "14.170", "13.990", "13.820"],
            ["Afdrachten vso en pro (DUO)", "6.920", "6.850", "6.790", "6.720"],
            ["Budget lichte ondersteuning scholen", "2.150", "2.110", "2.080", "2.050"],
            ["Lwoo doorbetaling", "3.260", "3.210", "3.170", "3.120"],
            ["OPDC Vlietstede en rebound", "1.080", "1.100", "1.120", "1.140"],
            ["Onderwijs-zorgarrangement De Steiger", "290", "300", "310", "320"],
            ["Trajectbegeleiding en thuiszitters", "420", "430", "440", "450"],
            ["Bureau en organisatie", "760", "770", "780", "790"],
            ["Saldo", "-500", "-600", "-700", "-770"],
        ]),
        P("De tekorten worden gedekt uit de reserve, die eind 2024 € 3,6 miljoen bedroeg."),
    ]
    b.append(H1("9. Ouders en jongeren"))
    b += [
        P("Ouders en jongeren met vragen over ondersteuning, of die het oneens zijn met de school of met ons, kunnen "
          "terecht bij het Ouder- en Jeugdsteunpunt Amstelvliet. Het steunpunt is onafhankelijk: het wordt uitgevoerd "
          "door Stichting Ouders Voorop en is niet in dienst van een school of van het samenwerkingsverband. U kunt "
          "het steunpunt bellen op werkdagen van 9.00 tot 16.00 uur, en op dinsdagavond is er een inloopspreekuur in "
          "de bibliotheek van Amstelvliet. Ook de Onderwijsconsulenten helpen ouders kosteloos. Klachten over het "
          "samenwerkingsverband behandelt de Landelijke Klachtencommissie Onderwijs."),
        P("Hoe wij ouders en jongeren informeren over het ondersteuningsaanbod, leggen we in 2026 vast in een nieuw "
          "communicatieplan."),
    ]
    b.append(H1("10. Organisatie en medezeggenschap"))
    b += governance(C, opr_parents=True, mention_budget=True)
    b += inspectie(C)
    b.append(H1("11. Personeel"))
    b += personeel(C)
    b.append(H1("12. ICT en privacy"))
    b += ict_privacy(C)
    b.append(H1("13. Totstandkoming"))
    b += totstandkoming(C)
    b.append(H1("Begrippen"))
    b += [
        UL("Lwoo: leerwegondersteunend onderwijs.",
           "OAT: ondersteuningsadviesteam van de school.",
           "Pro: praktijkonderwijs.",
           "TLV: toelaatbaarheidsverklaring; een besluit van het samenwerkingsverband dat een jongere toelaatbaar is "
           "tot het vso, met een geldigheidsduur en een bekostigingscategorie.",
           "Verdeelmodel: de manier waarop de middelen over de besturen worden verdeeld.",
           "Vso: voortgezet speciaal onderwijs."),
    ]
    b.append(("raw", CHROME_BOTTOM))
    return b
