"""Shared filler chapters for holdout37. Every function here is written so that it does NOT
address any of the seven checked elements (no parent information, no money allocation, no results
monitoring, no support continuum), unless a flag explicitly asks for it."""


def H1(t):
    return ("h1", t)


def H2(t):
    return ("h2", t)


def H3(t):
    return ("h3", t)


def P(t):
    return ("p", t)


def UL(*items):
    return ("ul", list(items))


def TBL(rows, widths=None, merges=None, header_rows=1, caption=None, font=None):
    spec = {"rows": rows, "merges": merges or [], "header_rows": header_rows}
    if widths:
        spec["widths"] = widths
    if caption:
        spec["caption"] = caption
    if font:
        spec["font"] = font
    return ("table", spec)


def governance(c, opr_parents=False, mention_budget=True):
    out = [
        P(f"{c['swv']} is een stichting in de zin van Boek 2 van het Burgerlijk Wetboek. In de stichting "
          f"werken {c['besturen']} schoolbesturen samen die samen {c['scholen']} scholen en vestigingen in stand houden. "
          "De statuten zijn voor het laatst gewijzigd bij notariële akte van 14 december 2022, na een evaluatie van het "
          "bestuursmodel door een extern bureau. Die evaluatie leidde tot een heldere scheiding tussen besturen en "
          "intern toezicht, tot een kleinere raad en tot een jaarlijkse zelfevaluatie van de toezichthouders."),
        P("De directeur-bestuurder is belast met het besturen van de stichting en vertegenwoordigt haar in en buiten "
          "rechte. Hij of zij legt verantwoording af aan de Raad van Toezicht (RvT), die uit vijf leden bestaat. Drie "
          "leden worden benoemd op voordracht van de algemene vergadering van aangesloten schoolbesturen, twee leden "
          "zijn onafhankelijk en hebben geen binding met een van de besturen. De RvT kent een auditcommissie en een "
          "remuneratiecommissie en vergadert ten minste vijf keer per jaar."),
        P("De algemene vergadering (AV) bestaat uit de bestuurders van de aangesloten schoolbesturen. Zij bespreekt de "
          "strategische koers, adviseert over de hoofdlijnen van beleid en heeft een formele rol bij statutenwijziging, "
          "toetreding en uittreding. Voor geschillen tussen aangesloten besturen onderling, of tussen een bestuur en de "
          "stichting, bevatten de statuten een geschillenregeling: zo'n geschil wordt voorgelegd aan een commissie van drie "
          "onafhankelijke leden, van wie er één door partijen gezamenlijk wordt aangewezen. Deze regeling is in de "
          "afgelopen planperiode niet gebruikt."),
    ]
    if mention_budget:
        out.append(P("De RvT keurt jaarlijks de begroting, het jaarverslag en de jaarrekening goed en benoemt de accountant. "
                     "De directeur-bestuurder en de voorzitter van de RvT voeren twee keer per jaar een gesprek over het "
                     "functioneren en de ontwikkeling van de organisatie."))
    out.append(H2("Medezeggenschap"))
    if opr_parents:
        out.append(P("De ondersteuningsplanraad (OPR) heeft instemmingsrecht op het ondersteuningsplan en op iedere wijziging "
                      "daarvan. De OPR telt tien leden: vijf ouders (in het voortgezet onderwijs ouders of leerlingen) en vijf "
                      "personeelsleden, afgevaardigd uit de medezeggenschapsraden van de aangesloten scholen. Ouders in de "
                      "OPR brengen de ervaringen van hun achterban in en worden daarvoor ondersteund met scholing en een "
                      "vergoeding voor gemaakte kosten. De OPR vergadert zes keer per jaar met de directeur-bestuurder."))
    else:
        out.append(P(f"De ondersteuningsplanraad (OPR) heeft op {c['opr']} ingestemd met dit ondersteuningsplan. De "
                      "werkwijze van de OPR is vastgelegd in het reglement OPR; de raad vergadert zes keer per jaar met de "
                      "directeur-bestuurder en laat zich zo nodig bijstaan door een externe adviseur."))
    out.append(P("Het personeel in dienst van de stichting heeft een eigen medezeggenschapsraad (MR) van drie leden. De MR "
                 "is betrokken geweest bij de hoofdstukken over personeel en organisatie van dit plan en heeft op "
                 "onderdelen advies uitgebracht, onder meer over de inrichting van het bureau en de werkdruk van "
                 "consulenten."))
    return out


def personeel(c):
    return [
        P(f"Het bureau van {c['swv_kort']} telt {c['fte']} fte, verdeeld over de directeur-bestuurder, een "
          "beleidsmedewerker, een controller, een managementassistent, een medewerker administratie, orthopedagogen en "
          "consulenten. De medewerkers zijn deels in dienst van de stichting en deels gedetacheerd vanuit een van de "
          "aangesloten besturen. Voor gedetacheerde medewerkers gelden de rechtspositionele regelingen van het bestuur "
          "van herkomst."),
        P("Wij vinden het belangrijk dat medewerkers van het bureau hun deskundigheid op peil houden. Iedere medewerker "
          "heeft jaarlijks een gesprek over ontwikkeling en welzijn, en er is een scholingsbudget per persoon. De "
          "orthopedagogen volgen de herregistratie-eisen van hun beroepsvereniging en nemen deel aan intervisie. "
          "Consulenten werken in koppels, zodat bij ziekte of verlof de continuïteit is gewaarborgd."),
        P("Het werken in passend onderwijs vraagt veel van leraren en ondersteunend personeel op de scholen. Werkdruk "
          "is een terugkerend thema in gesprekken met de personeelsgeleding van de OPR. Dit plan legt geen nieuwe "
          "taken bij de scholen neer zonder dat daarover met de besturen en de medezeggenschap is gesproken. De "
          "besturen blijven werkgever van hun eigen personeel; de stichting stelt geen eisen aan de formatie van scholen."),
        P("Kennisdeling organiseren we in netwerken: voor ondersteuningscoördinatoren en intern begeleiders, voor "
          "gedragsspecialisten, voor schoolleiders en voor de bestuurders. De netwerken komen vier tot zes keer per jaar "
          "bijeen. Onderwerpen worden door de deelnemers zelf aangedragen; het bureau zorgt voor de organisatie en "
          "nodigt waar nuttig externe sprekers uit."),
    ]


def ict_privacy(c):
    return [
        P("Voor de registratie van aanvragen, besluiten en dossiers gebruikt de stichting een digitaal systeem dat "
          "voldoet aan de eisen van de Algemene verordening gegevensbescherming (AVG). Scholen hebben alleen toegang tot "
          "de dossiers van hun eigen leerlingen. Medewerkers van het bureau hebben toegang op basis van hun rol; de "
          "toegangsrechten worden twee keer per jaar gecontroleerd door de functionaris gegevensbescherming (FG)."),
        P("Persoonsgegevens, waaronder gegevens over gezondheid, verwerkt de stichting alleen voor zover dat nodig is "
          "voor de wettelijke taken. Gegevens die betrekking hebben op een besluit worden tot drie jaar na dat besluit "
          "bewaard en daarna vernietigd. Met leveranciers zijn verwerkersovereenkomsten gesloten. Datalekken worden "
          "binnen 72 uur gemeld bij de Autoriteit Persoonsgegevens wanneer dat wettelijk verplicht is."),
        P("In de planperiode vervangen we de verouderde telefooncentrale, migreren we de fileserver naar een beveiligde "
          "cloudomgeving en voeren we tweefactorauthenticatie in voor alle accounts. Een extern bureau voert in het "
          "tweede planjaar een penetratietest uit. Medewerkers volgen jaarlijks een korte training informatiebeveiliging."),
    ]


def inspectie(c):
    return [
        P("De Inspectie van het Onderwijs houdt toezicht op samenwerkingsverbanden. Zij beoordeelt of het "
          "ondersteuningsplan tijdig is vastgesteld en toegezonden, of de OPR heeft ingestemd en of het op "
          "overeenstemming gericht overleg (OOGO) met de gemeenten heeft plaatsgevonden. Daarnaast voert zij ten minste "
          "eens in de vier jaar een vierjaarlijks onderzoek uit bij het samenwerkingsverband. Bij het laatste onderzoek "
          "was het oordeel over het financieel beheer voldoende; op het punt van de onderbouwing van het beleid deed "
          "de inspectie enkele aanbevelingen die in dit plan zijn verwerkt."),
    ]


def totstandkoming(c):
    rows = [["Datum", "Stap in de totstandkoming"]]
    rows += [[d, s] for d, s in c["tijdlijn"]]
    return [
        P("Het plan is in ruim een jaar tot stand gekomen. We begonnen met een reeks werksessies met schoolleiders, "
          "ondersteuningscoördinatoren en bestuurders, waarin we terugkeken op wat goed ging en wat beter kon. Daarna "
          "schreef een kleine redactiegroep de conceptteksten, die in twee rondes zijn besproken. De tabel hieronder "
          "geeft de belangrijkste stappen weer."),
        TBL(rows, widths=[3.0, 11.5], caption="Tabel: stappen in de totstandkoming van dit plan"),
        P("Na vaststelling is het plan vóór 1 mei toegezonden aan de inspectie. Het plan is openbaar en wordt op de "
          "website van de stichting gepubliceerd, samen met de instemmingsbrief van de OPR."),
    ]


def ontwikkelingen(c, sector):
    """Context chapter: demography, staff shortage, national developments. Addresses no element."""
    school = "basisscholen" if sector == "po" else "scholen voor voortgezet onderwijs"
    return [
        P(f"Het aantal leerlingen in de regio daalt. De prognoses van de gemeenten laten voor de komende tien jaar een "
          f"krimp zien van vijf tot tien procent, met grote verschillen tussen stad en platteland. Voor kleine {school} "
          "betekent dat dat zij kwetsbaarder worden: een paar leerlingen minder kan al leiden tot combinatieklassen of "
          "een fusiegesprek. De besturen bespreken de gevolgen van de krimp in het regionaal overleg over het "
          "onderwijsaanbod; dat overleg valt buiten de taak van het samenwerkingsverband."),
        P("Het lerarentekort raakt ook onze regio. In de stedelijke kernen staan vacatures soms maanden open, en het "
          "aantal onbevoegde invallers is gestegen. Scholen lossen dat op met zij-instromers, met onderwijsassistenten en "
          "met slimme roosters, maar de druk op de teams is groot. Het samenwerkingsverband kan het tekort niet oplossen. "
          "Wel letten we erop dat onze afspraken uitvoerbaar blijven voor scholen met een krappe bezetting."),
        P("Landelijk staan de komende jaren verschillende ontwikkelingen op de agenda: de vereenvoudiging van de "
          "bekostiging, de aandacht voor basisvaardigheden, de plannen voor inclusiever onderwijs in 2035 en de "
          "verdere digitalisering van het onderwijs. Wij volgen deze ontwikkelingen via de sectorraden en het "
          "landelijk steunpunt en passen ons beleid aan waar dat nodig is. Over elke aanpassing gaan we eerst in "
          "gesprek met de besturen en de medezeggenschap."),
        P("Ook duurzaamheid en gezondheid krijgen steeds meer aandacht. Scholen werken aan gezonde kantines, meer "
          "beweging en een rookvrij schoolterrein. Het samenwerkingsverband sluit zich aan bij deze ambities door zelf "
          "het goede voorbeeld te geven: het bureau is gevestigd in een energiezuinig gebouw, medewerkers reizen zo veel "
          "mogelijk met het openbaar vervoer en vergaderingen vinden waar mogelijk online plaats."),
        P("Tot slot merken we dat de maatschappelijke verwachtingen van het onderwijs hoog zijn. Scholen worden "
          "aangesproken op veiligheid, burgerschap, mediawijsheid en kansengelijkheid, naast hun kerntaak. Dat is "
          "begrijpelijk, maar het vraagt om keuzes. In het gesprek over dit plan hebben schoolleiders ons gevraagd om "
          "terughoudend te zijn met nieuwe verplichtingen. Dat verzoek nemen we ter harte: dit plan voegt geen nieuwe "
          "administratieve lasten toe aan wat de wet vraagt."),
    ]
