"""Plan 5: SWV PO Lingestreek, concept version for the OPR, published as HTML."""
from h136_filler import (voorwoord, leeswijzer, context, visie, governance, opr, oogo_procedureel,
                         personeel, ict, planning)

C = dict(naam="Samenwerkingsverband Passend Onderwijs Lingestreek", code="PO 25-05",
         periode="2026-2030", gemeenten="Lingewaal-Oost, Asperen-Heukelum en Geldermalsen-Zuid", respons="290",
         directeur="drs. E. (Esther) Rijnders", voorzitter="B. van Arkel",
         wetsartikel="18a van de Wet op het primair onderwijs", besturen="9", inwoners="96.000",
         scholen="52 basisscholen, één school voor speciaal basisonderwijs en één so-school (cluster 3 en 4)",
         leerlingen="9.040", fte="8,8", vestiging="Geldermalsen-Zuid", statuten="23 juni 2020",
         opr_periode="januari tot en met maart 2026", opr_datum="[datum instemming OPR invullen]",
         oogo_datum="14 april 2026", ander_swv="VO Rivierenland", vacatures="15",
         systeem="Kindkans", nr_gov="8", nr_opr="9", nr_oogo="10", nr_pers="11", nr_ict="12", nr_plan="13")

TOC = ["Voorwoord", "1 Het samenwerkingsverband in beeld", "2 Missie en visie", "3 Terugblik 2022-2026",
       "4 Basisondersteuning", "5 Dekkend aanbod en extra ondersteuning",
       "6 Toelaatbaarheid en terugplaatsing", "7 Financiën", "8 Organisatie en governance",
       "9 Medezeggenschap", "10 Overleg met gemeenten", "11 Personeel en professionalisering",
       "12 Privacy, gegevensbescherming en ICT", "13 Planning en jaarcyclus", "14 Beoogde resultaten en monitoring",
       "15 Ouders", "Bijlage 1 Begrippenlijst", "Bijlage 3 Handreiking TLV en terugplaatsing"]


def blocks():
    b = [("header", "CONCEPT — niet verspreiden — Ondersteuningsplan Lingestreek 2026-2030"),
         ("footer", "Conceptversie 0.8 t.b.v. OPR-vergadering 11 maart 2026"),
         ("title", "Ondersteuningsplan 2026-2030 (concept 0.8)"),
         ("sub", "Samenwerkingsverband Passend Onderwijs Lingestreek (PO 25-05)"),
         ("p", "Deze conceptversie wordt voorgelegd aan de ondersteuningsplanraad. Hoofdstukken die nog niet "
               "gereed zijn, zijn gemarkeerd. De definitieve versie wordt na het OOGO vastgesteld."),
         ("toc", TOC)]
    b += voorwoord(C) + leeswijzer(C)
    b += [
        ("h2", "Hoe dit plan tot stand komt"),
        ("p", "Het schrijven van dit plan is in september 2025 gestart met een startbijeenkomst voor "
              "bestuurders, directeuren en intern begeleiders. Daarna zijn vier werkgroepen aan de slag gegaan: "
              "basisondersteuning, toewijzing, financiën en kwaliteit. Iedere werkgroep bestond uit vertegenwoordigers "
              "van verschillende besturen en werd ondersteund door een medewerker van het bureau. De werkgroepen "
              "hebben hun bevindingen in december 2025 gepresenteerd aan het bestuurlijk overleg. Op basis daarvan "
              "is deze conceptversie geschreven. Niet alle werkgroepen zijn al klaar; dat is in de tekst aangegeven."),
        ("p", "Na de bespreking met de OPR in maart volgt een tweede versie, die in april wordt besproken in het "
              "OOGO met de gemeenten. De definitieve versie wordt uiterlijk eind april vastgesteld, zodat het plan "
              "vóór 1 mei aan de Inspectie van het Onderwijs kan worden toegezonden. Wij realiseren ons dat deze "
              "planning krap is; het bestuur heeft daarom afgesproken dat de OPR alle concepthoofdstukken ten minste "
              "twee weken voor een vergadering ontvangt."),
        ("p", "Het plan moet voldoen aan de wettelijke eisen van artikel 18a WPO. Daarnaast hebben wij gebruikgemaakt "
              "van het waarderingskader van de Inspectie en van de ervaringen van andere samenwerkingsverbanden in de "
              "provincie, met wie wij in een regionaal netwerk van directeuren samenwerkingsverband regelmatig "
              "ervaringen uitwisselen."),
    ]
    b += context(C) + visie(C)
    b += [
        ("h1", "3 Terugblik 2022-2026"),
        ("p", "In 2022 stelden wij ons vorige plan vast met als belangrijkste doelen: de basisondersteuning op "
              "alle scholen op peil brengen, minder leerlingen verwijzen naar het speciaal onderwijs en ouders "
              "tevredener maken over de ondersteuning. In het jaarverslag 2025 is beschreven in hoeverre dat is "
              "gelukt. Kort samengevat: 44 van de 52 scholen voldeden in 2025 aan alle standaarden (2022: 31), "
              "het deelnamepercentage sbo daalde van 2,6% naar 2,3% en het deelnamepercentage so bleef met "
              "1,7% gelijk. De oudertevredenheid steeg van 6,8 naar 7,2. De doorlooptijd van aanvragen is niet "
              "verbeterd."),
        ("h1", "4 Basisondersteuning"),
        ("p", "Basisondersteuning is in Lingestreek het geheel van afspraken over ondersteuning dat op iedere "
              "vestiging van iedere school in het samenwerkingsverband aanwezig is. De negen besturen hebben "
              "tien standaarden vastgesteld die gelden als minimumniveau voor alle scholen:"),
        ("numbers", [
            "De school werkt handelingsgericht en bespreekt iedere groep ten minste drie keer per jaar in een "
            "groepsbespreking met de intern begeleider.",
            "De school heeft een intern begeleider met ten minste 8 uur per week per 100 leerlingen.",
            "De school werkt met een dyslexieprotocol en biedt compenserende en dispenserende maatregelen "
            "(voorleessoftware, extra tijd, vergroot lettertype).",
            "De school signaleert rekenproblemen vroeg en biedt verlengde instructie volgens het protocol ERWD.",
            "De school heeft een aanpak voor sociale veiligheid met een aandachtsfunctionaris pesten en "
            "monitort het welbevinden jaarlijks.",
            "De school biedt leerlingen die meer aankunnen een compact en verrijkt aanbod en heeft een "
            "contactpersoon meer- en hoogbegaafdheid.",
            "De school heeft een protocol medisch handelen en kan eenvoudige medische handelingen uitvoeren.",
            "De school stelt voor leerlingen met een eigen leerlijn een OPP op en evalueert dit twee keer per jaar.",
            "De school heeft een ondersteuningsteam dat ten minste vier keer per jaar bijeenkomt, met de consulent "
            "van het samenwerkingsverband als vaste deelnemer.",
            "De school biedt leerlingen met een taalachterstand (NT2) extra taalaanbod in of buiten de groep.",
        ]),
        ("p", "Iedere school wordt eens per twee jaar bezocht door een auditteam van twee intern begeleiders "
              "van andere besturen en een medewerker van het samenwerkingsverband, dat nagaat of de tien "
              "standaarden worden waargemaakt. Bij tekortkomingen stelt het bestuur binnen drie maanden een "
              "verbeterplan op."),
        ("h1", "5 Dekkend aanbod en extra ondersteuning"),
        ("p", "[Tekst volgt na de inventarisatie van het ondersteuningsaanbod die in het voorjaar van 2026 "
              "wordt uitgevoerd. Opmerking werkgroep: afstemmen met besturen vóór de OPR-vergadering van juni.]"),
        ("h1", "6 Toelaatbaarheid en terugplaatsing"),
        ("h2", "6.1 Toelaatbaarheid"),
        ("p", "De procedure en de criteria voor het afgeven van een toelaatbaarheidsverklaring voor het sbo en "
              "het so zijn opgenomen in bijlage 3, Handreiking TLV en terugplaatsing."),
        ("h2", "6.2 Terugplaatsing"),
        ("p", "Voor leerlingen in het sbo en so geldt het volgende stappenplan:"),
        ("numbers", [
            "De sbo- of so-school evalueert het OPP van iedere leerling ten minste twee keer per jaar en "
            "noteert daarbij of terugplaatsing naar het basisonderwijs in beeld is.",
            "In het laatste schooljaar waarvoor de TLV geldt, bespreekt de sbo- of so-school vóór 1 februari "
            "met ouders en de consulent van het samenwerkingsverband of de leerling terug kan naar een "
            "basisschool.",
            "Kan de leerling terug, dan meldt de sbo- of so-school de leerling vóór 1 april aan bij de "
            "basisschool van voorkeur van de ouders; de basisschool onderzoekt binnen zes weken of zij "
            "kan bieden wat de leerling nodig heeft.",
            "Er vindt een overdrachtsgesprek plaats tussen de leerkracht van de sbo- of so-school en de "
            "ontvangende leerkracht. De TLV eindigt op 31 juli; de leerling start na de zomervakantie op de "
            "nieuwe school.",
            "Is terugplaatsing nog niet mogelijk, dan vraagt de sbo- of so-school een nieuwe TLV aan volgens "
            "de procedure in bijlage 3.",
        ]),
        ("h1", "7 Financiën"),
        ("p", "[p.m. — De begroting 2027 en de meerjarenraming 2027-2030 worden in november 2026 door het "
              "bestuur vastgesteld en daarna in dit hoofdstuk opgenomen. Het verdeelmodel wordt in de "
              "werkgroep financiën besproken.]"),
    ]
    b += governance(C) + opr(C) + oogo_procedureel(C) + personeel(C) + ict(C)
    b += planning(C, [["maart 2026", "Bespreking concept met OPR", "directeur-bestuurder"],
                      ["voorjaar 2026", "Inventarisatie ondersteuningsaanbod", "bureau"],
                      ["14 april 2026", "OOGO", "directeur-bestuurder, gemeenten"],
                      ["november 2026", "Begroting 2027 en meerjarenraming", "bestuur"],
                      ["2027-2028", "Audits basisondersteuning, tweede ronde", "auditteams"]])
    b += [
        ("h1", "14 Beoogde resultaten en monitoring"),
        ("p", "Voor leerlingen die extra ondersteuning nodig hebben, willen wij in 2030 de volgende "
              "resultaten hebben bereikt:"),
        ("table", [["Doel", "Indicator", "Nu (2025)", "2030"],
                   ["Basis op orde", "Scholen die aan alle tien standaarden voldoen", "44 van 52", "52 van 52"],
                   ["Thuisnabij", "Deelnamepercentage sbo", "2,3%", "2,0%"],
                   ["Thuisnabij", "Deelnamepercentage so", "1,7%", "1,6%"],
                   ["Ontwikkeling", "Leerlingen met OPP die hun uitstroomperspectief halen", "64%", "75%"],
                   ["Tevredenheid", "Oordeel ouders over ondersteuning (1-10)", "7,2", "7,6"],
                   ["Snelheid", "Gemiddelde doorlooptijd aanvraag tot besluit", "8 weken", "5 weken"]]),
        ("p", "Het bureau verzamelt de gegevens jaarlijks: de deelnamepercentages op 1 oktober via DUO, de "
              "OPP-gegevens via de scholen in juni, de uitkomsten van de audits en de oudertevredenheid via een "
              "tweejaarlijkse peiling. Twee keer per jaar bespreekt de directeur-bestuurder de voortgang met de "
              "raad van toezicht en de OPR. De bereikte resultaten worden elk jaar in het jaarverslag "
              "gerapporteerd; halverwege de planperiode (2028) volgt een tussenevaluatie waarin zo nodig de "
              "streefwaarden worden bijgesteld."),
        ("h1", "15 Ouders"),
        ("p", "Soms lopen ouders vast of zijn zij het niet eens met de school over de ondersteuning van hun "
              "kind. Zij kunnen dan terecht bij het Ouder- en Jeugdsteunpunt Lingestreek, dat onafhankelijk "
              "werkt van scholen en samenwerkingsverband. Een medewerker van het steunpunt denkt mee, kan "
              "bemiddelen en kan ouders bijstaan in gesprekken. Ouders kunnen ook contact opnemen met de "
              "Onderwijsconsulenten. Bij een geschil over toelating, verwijdering of het OPP kunnen zij zich "
              "wenden tot de Geschillencommissie passend onderwijs."),
        ("p", "Hoe wij ouders informeren over de ondersteuningsvoorzieningen in de regio, beschrijven wij in het "
              "communicatieplan 2026-2027. [Opmerking OPR-lid: graag voor de volgende vergadering aanvullen.]"),
        ("h1", "Bijlage 1 Begrippenlijst"),
        ("table", [["Begrip", "Betekenis"],
                   ["Dekkend aanbod", "Een samenhangend geheel van ondersteuningsvoorzieningen binnen en tussen scholen."],
                   ["Meerjarenbegroting", "Begroting voor meerdere jaren."],
                   ["Toelaatbaarheidsverklaring", "Besluit dat een leerling toelaatbaar is tot sbo of so."],
                   ["Verdeelmodel", "Afspraken over de verdeling van de ondersteuningsmiddelen."],
                   ["Informatievoorziening ouders", "De wijze waarop ouders worden geïnformeerd."]]),
        ("p", "Bijlage 3 wordt als apart document nagezonden."),
    ]
    return b
