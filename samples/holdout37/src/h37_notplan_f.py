"""Document F: NOT a plan. Annual report (jaarverslag 2024) of a PO samenwerkingsverband, PDF."""
from h37_common import H1, H2, P, UL, TBL

TITLE = "Jaarverslag 2024 - Samenwerkingsverband PO Waterland-Zuid (PO 27-12)"


def blocks():
    b = []
    b.append(("title", [
        "Jaarverslag 2024",
        "Stichting Samenwerkingsverband Passend Primair Onderwijs Waterland-Zuid (PO 27-12)",
        "Bestuursverslag en jaarrekening over het kalenderjaar 2024",
        "Tweede verslagjaar van het ondersteuningsplan 2023-2027",
    ]))
    b.append(("toc", [
        "1 Voorwoord van de directeur-bestuurder",
        "2 Uitvoering van het ondersteuningsplan in 2024",
        "3 Toelaatbaarheid, arrangementen en terugplaatsing in cijfers",
        "4 Ouders en klachten",
        "5 Medezeggenschap en OOGO",
        "6 Financieel verslag 2024",
        "7 Continuïteitsparagraaf",
        "8 Verslag van de Raad van Toezicht",
    ]))
    b.append(("cols", 2))
    b.append(H1("1 Voorwoord van de directeur-bestuurder"))
    b += [
        P("Hierbij bied ik u het jaarverslag 2024 van Samenwerkingsverband Waterland-Zuid aan. Het verslag legt "
          "verantwoording af over het tweede jaar van ons ondersteuningsplan 2023-2027. Het was een jaar waarin we "
          "veel hebben bereikt, maar ook een jaar waarin de krapte op de arbeidsmarkt en de stijgende vraag naar "
          "speciaal onderwijs ons voor lastige keuzes stelden."),
        P("In dit verslag leest u wat we in 2024 hebben gedaan, hoeveel toelaatbaarheidsverklaringen we afgaven, hoe "
          "het ging met terugplaatsingen en thuiszitters, en hoe we de middelen hebben besteed. De jaarrekening is "
          "gecontroleerd door Accountantskantoor Veldhuis & Partners, dat een goedkeurende verklaring afgaf."),
        P("Ik dank alle scholen, besturen, ouders in de OPR en onze partners bij de gemeenten voor de samenwerking."),
        P("Drs. J.M. (Jeroen) Baars, directeur-bestuurder, Purmerdijk, 12 mei 2025"),
    ]
    b.append(H1("2 Uitvoering van het ondersteuningsplan in 2024"))
    b += [
        P("Het ondersteuningsplan 2023-2027 kent vijf speerpunten: versterken van de basisondersteuning, een dekkend "
          "aanbod voor jonge kinderen, snellere besluiten over toelaatbaarheid, meer terugplaatsingen en betere "
          "informatie voor ouders. Per speerpunt beschrijven we de activiteiten van het verslagjaar."),
        H2("2.1 Basisondersteuning"),
        P("In 2024 hebben 31 van de 38 scholen de kwaliteitsaudit basisondersteuning doorlopen. Zes scholen voldeden "
          "nog niet op alle onderdelen; met hun besturen zijn verbeterafspraken gemaakt. De audit van de overige zeven "
          "scholen volgt in 2025."),
        H2("2.2 Dekkend aanbod voor jonge kinderen"),
        P("De observatiegroep voor kinderen van vier tot zes jaar is in augustus 2024 uitgebreid met een tweede groep. "
          "De wachtlijst, die begin 2024 nog elf kinderen telde, was eind 2024 teruggebracht tot drie kinderen."),
        H2("2.3 Snellere besluiten"),
        P("De gemiddelde doorlooptijd van een TLV-aanvraag daalde van 7,1 naar 5,4 weken. 92 procent van de besluiten "
          "werd binnen de termijn van zes weken genomen."),
        H2("2.4 Terugplaatsing"),
        P("In 2024 zijn tien kinderen vanuit het sbo of so teruggeplaatst naar een basisschool, tegen zeven in 2023. "
          "Alle tien kinderen zaten eind december nog op de ontvangende school."),
        H2("2.5 Informatie voor ouders"),
        P("De ouderpagina op de website is vernieuwd en in 2024 ruim 14.000 keer bezocht. Het ouder- en jeugdsteunpunt "
          "voerde 186 gesprekken met ouders."),
    ]
    b.append(H1("3 Toelaatbaarheid, arrangementen en terugplaatsing in cijfers"))
    b += [
        TBL([
            ["Kengetal", "2023", "2024"],
            ["TLV's sbo afgegeven", "61", "58"],
            ["TLV's so afgegeven (laag / midden / hoog)", "44 / 3 / 2", "49 / 2 / 3"],
            ["Bezwaarschriften TLV", "2", "1"],
            ["Arrangementen toegekend", "212", "236"],
            ["Terugplaatsingen naar basisonderwijs", "7", "10"],
            ["Thuiszitters langer dan 4 weken (peildatum 1 oktober)", "9", "6"],
            ["Deelnamepercentage sbo + so", "3,78%", "3,81%"],
        ], widths=[5.0, 1.5, 1.5], caption="Tabel 3.1 Kengetallen 2023-2024"),
        P("Het deelnamepercentage aan sbo en so steeg licht, vooral door een toename van het aantal jonge kinderen met "
          "een ernstige ontwikkelingsachterstand. Het aantal arrangementen steeg met elf procent."),
    ]
    b.append(H1("4 Ouders en klachten"))
    b += [
        P("In 2024 ontving het samenwerkingsverband één klacht van ouders, over de communicatie rond een "
          "TLV-aanvraag. De klacht is in een gesprek naar tevredenheid afgehandeld. Eén bezwaarschrift tegen een "
          "TLV-besluit is na advies van de Landelijke Bezwaaradviescommissie ongegrond verklaard."),
    ]
    b.append(H1("5 Medezeggenschap en OOGO"))
    b += [
        P("De ondersteuningsplanraad vergaderde in 2024 vijf keer. De OPR stemde in met de wijziging van de "
          "arrangementenkaart en met de begroting 2025, voor zover daarin instemmingsbevoegdheid bestaat. Met de "
          "gemeenten Purmerdijk, Ilpenveen en Zuiderwaal is in 2024 twee keer bestuurlijk overleg gevoerd, onder meer "
          "over jeugdhulp op school en leerlingenvervoer."),
    ]
    b.append(H1("6 Financieel verslag 2024"))
    b += [
        TBL([
            ["x € 1.000", "Begroting 2024", "Realisatie 2024", "Realisatie 2023"],
            ["Rijksbijdragen", "10.240", "10.512", "10.018"],
            ["Overige baten", "40", "63", "55"],
            ["Afdrachten sbo en so", "4.310", "4.402", "4.221"],
            ["Doorbetaling aan besturen", "3.980", "3.980", "3.820"],
            ["Arrangementen", "1.140", "1.212", "1.096"],
            ["Personeel en bureau", "1.050", "1.021", "986"],
            ["Resultaat", "-240", "-40", "-50"],
        ], widths=[3.4, 1.6, 1.6, 1.6], caption="Tabel 6.1 Staat van baten en lasten"),
        P("Het resultaat over 2024 is € 200.000 gunstiger dan begroot, vooral door hogere rijksbijdragen na de "
          "loonbijstelling. De algemene reserve bedroeg eind 2024 € 2,41 miljoen en ligt daarmee onder de "
          "signaleringswaarde voor bovenmatige reserves."),
    ]
    b.append(H1("7 Continuïteitsparagraaf"))
    b += [
        P("Voor de jaren 2025 tot en met 2027 verwachten wij een lichte daling van het aantal leerlingen. De "
          "rijksbijdragen dalen daardoor met ongeveer één procent per jaar. De risico's zijn geïnventariseerd; het "
          "belangrijkste risico is een verdere stijging van het deelnamepercentage so. Het weerstandsvermogen is "
          "voldoende om deze risico's op te vangen."),
    ]
    b.append(H1("8 Verslag van de Raad van Toezicht"))
    b += [
        P("De Raad van Toezicht vergaderde in 2024 zes keer, waarvan eenmaal zonder de directeur-bestuurder. De raad "
          "keurde de begroting 2025, het jaarverslag 2023 en de jaarrekening 2023 goed en sprak met de OPR en met de "
          "auditcommissie. De raad is tevreden over de uitvoering van het ondersteuningsplan en de financiële "
          "positie van de stichting."),
    ]
    return b
