"""P5 - VO, SWV VO Zandmeren, HTML web version 'op hoofdlijnen'."""
from filler13 import bank

C = dict(naam="Samenwerkingsverband VO Zandmeren", kort="SWV VO Zandmeren", periode="2026-2030",
         regio="Zandmeren", gemeenten="Zandmeren, Heidebroek en Vennekerk", inwoners="134.000",
         besturen="6", scholen="11", leerlingen="8.700", fte="11,8",
         oogo_datum="11 maart 2026", ander_verband="samenwerkingsverband PO Zandmeren-Heide",
         opr_datum="17 februari 2026", instemming="31 maart 2026", vastgesteld="9 april 2026")

TITLE = "Ondersteuningsplan 2026-2030 – SWV VO Zandmeren (webversie)"
NAV = [("Home", "index.html"), ("Basisondersteuning", "basisondersteuning.html"),
       ("Dekkend aanbod", "dekkend-aanbod.html"), ("Toewijzing", "toewijzing.html"),
       ("Terugplaatsing", "terugplaatsing.html"), ("Financiën", "financien.html"),
       ("Voor ouders", "ouders.html"), ("Resultaten", "resultaten.html")]
BANNER = "SWV VO Zandmeren (VO 24-09) · Ondersteuningsplan 2026-2030 op hoofdlijnen"
FOOTER = ("© SWV VO Zandmeren · Basisondersteuning, dekkend aanbod en thuiszitters: zie de betreffende "
          "pagina's in het menu · Voor ouders: ouder- en jeugdsteunpunt · Privacyverklaring · Contact")


def blocks():
    F = bank(C)
    B = []
    B.append(("title", ["Ondersteuningsplan 2026-2030", "Samenwerkingsverband VO Zandmeren – webversie op hoofdlijnen",
                        "Basisondersteuning · Toewijzing · Terugplaatsing · Middelen · Resultaten · Ouders"]))
    B.append(("h1", "Colofon"))
    B.append(("small", "Deze webversie is de volledige tekst van het ondersteuningsplan 2026-2030 van SWV VO "
                       "Zandmeren, vastgesteld op 9 april 2026. Het plan is 'op hoofdlijnen': uitwerkingen staan "
                       "in afzonderlijke documenten (Toewijzingsreglement, meerjarenbegroting, "
                       "communicatieplan). Redactie: bureau SWV VO Zandmeren, Marktplein 2, 5711 CM Zandmeren."))
    B.append(("h1", "Inhoud"))
    B.append(("toc", [("1 Voorwoord", ""), ("2 Leeswijzer", ""), ("3 Visie en context", ""),
                      ("4 Toewijzing van vso, lwoo en pro", ""), ("5 Na het vso: terugplaatsing", ""),
                      ("6 Middelen", ""), ("7 Monitoring en verantwoording", ""), ("8 Ouders", ""),
                      ("9 Bestuur en medezeggenschap", ""), ("10 Gemeenten", ""), ("11 Personeel en ICT", ""),
                      ("12 Planning en vaststelling", ""), ("Begrippenlijst", "")]))
    B.append(("h1", "1 Voorwoord"))
    B += F["voorwoord"]
    B.append(("h1", "2 Leeswijzer"))
    B.append(("bul", [
        "Hoofdstuk 3 plaatst de basisondersteuning en het dekkend aanbod in het perspectief van onze visie.",
        "Hoofdstuk 4 gaat over de procedure en de criteria voor vso, lwoo en praktijkonderwijs.",
        "Hoofdstuk 5 beschrijft beleid en werkwijze bij terugplaatsing vanuit het vso.",
        "Hoofdstuk 6 beschrijft de verdeling van de middelen en de meerjarenbegroting.",
        "Hoofdstuk 7 bevat de beoogde resultaten en de manier waarop wij die monitoren.",
        "Hoofdstuk 8 beschrijft hoe wij ouders informeren en waar zij onafhankelijke steun vinden.",
        "Hoofdstukken 9 tot en met 12 gaan over bestuur, gemeenten, personeel, ICT en planning."]))
    B.append(("h1", "3 Visie en context"))
    B += F["context"]
    B += F["visie"]
    B.append(("p", "Basisondersteuning en een dekkend aanbod zijn daarbij voor ons vanzelfsprekende begrippen; "
                   "de scholen geven er ieder op hun eigen manier invulling aan."))
    B += F["missie"]

    # plaatsing partial: criteria yes, procedure referred to separate reglement
    B.append(("h1", "4 Toewijzing van vso, lwoo en pro"))
    B.append(("p", "De procedure – wie aanvraagt, welke stukken nodig zijn, wie adviseert en beslist en binnen "
                   "welke termijn – is vastgelegd in het Toewijzingsreglement VO Zandmeren 2026. Dat reglement "
                   "staat als afzonderlijk document op onze website."))
    B.append(("p", "Het verband verklaart een leerling toelaatbaar of wijst hem aan als aan de volgende "
                   "criteria is voldaan:"))
    B.append(("table", [
        ["Voorziening", "Criteria"],
        ["Vso cluster 4", "Een onderbouwde psychiatrische of ernstige gedragsproblematiek; het OPP laat zien dat "
                          "de leerling ondanks ten minste twintig weken extra ondersteuning in het regulier "
                          "onderwijs niet tot ontwikkeling komt; de leerling heeft een kleine groep met een "
                          "therapeutisch klimaat nodig."],
        ["Vso cluster 3", "Een verstandelijke beperking (IQ onder 55), een lichamelijke beperking of een "
                          "langdurige ziekte die een permanent aangepast programma met zorg vereist."],
        ["Lwoo", "De landelijke criteria: IQ 75-120 én een leerachterstand van 25-50% op twee domeinen, "
                 "waarvan één begrijpend lezen of rekenen; bij IQ 91-120 daarnaast sociaal-emotionele "
                 "problematiek."],
        ["Praktijkonderwijs", "De landelijke criteria: IQ 55-80 én een leerachterstand van ten minste 50% op "
                              "twee domeinen, waarvan één begrijpend lezen of rekenen."]]))

    # terugstroom partial: procedure yes, beleid deferred
    B.append(("h1", "5 Na het vso: terugplaatsing"))
    B.append(("p", "Stap 1. De vso-school bespreekt ieder jaar in maart in de commissie van begeleiding het OPP "
                   "van elke leerling en legt vast of een overstap naar het regulier onderwijs in beeld is."))
    B.append(("p", "Stap 2. In het laatste jaar van de toelaatbaarheidsverklaring meldt de vso-school uiterlijk "
                   "1 februari bij het Loket van het verband welke leerlingen in aanmerking komen voor "
                   "terugplaatsing."))
    B.append(("p", "Stap 3. Het Loket belegt binnen vier weken een overstapgesprek met de vso-school, de "
                   "leerling, de ouders en een mogelijke ontvangende school."))
    B.append(("p", "Stap 4. De ontvangende school beslist over de inschrijving; het Loket legt de afspraken "
                   "vast en draagt het dossier over."))
    B.append(("p", "Stap 5. De toelaatbaarheidsverklaring eindigt op 31 juli. Is terugplaatsing niet mogelijk, "
                   "dan volgt een nieuwe aanvraag volgens het Toewijzingsreglement."))
    B.append(("p", "Welke doelen het verband met terugplaatsing nastreeft, onder welke voorwaarden een overstap "
                   "verantwoord is en welke ondersteuning een ontvangende school daarbij krijgt, leggen wij in "
                   "2027 vast, na afloop van de pilot 'Terug naar regulier'."))

    # financien partial: verdeling yes, besteding referred
    B.append(("h1", "6 Middelen"))
    B.append(("p", "Het verdeelmodel van het verband is eenvoudig. Driekwart van het budget voor lichte "
                   "ondersteuning gaat naar de schoolbesturen, naar rato van het aantal leerlingen op "
                   "1 oktober; in 2026 is dat € 118 per leerling. Deze middelen zijn bedoeld bovenop wat "
                   "scholen zelf in hun basisondersteuning doen. De middelen voor lwoo en praktijkonderwijs "
                   "gaan per aangewezen leerling naar de school waar de leerling staat ingeschreven. Het "
                   "resterende kwart wordt door het Loket toegekend als arrangement, op aanvraag van een school "
                   "en op voorwaarde dat de school een plan met doelen, duur en evaluatiedatum indient; het "
                   "bestuur stelt de bedragen per arrangement jaarlijks vast."))
    B.append(("p", "Waaraan de middelen in de planperiode worden besteed, staat in de meerjarenbegroting "
                   "2026-2030. Die wordt als afzonderlijk document door het bestuur vastgesteld en op de "
                   "website gepubliceerd."))

    # resultaten partial: monitoring yes, doelen deferred
    B.append(("h1", "7 Monitoring en verantwoording"))
    B.append(("p", "Het verband volgt de ontwikkeling met de jaarlijkse Monitor Passend Onderwijs Zandmeren. "
                   "Daarin staan de deelname aan vso, praktijkonderwijs en lwoo op 1 oktober, het aantal "
                   "afgegeven verklaringen per categorie, de doorlooptijd van aanvragen, het aantal "
                   "arrangementen en het aandeel daarvan waarvan de doelen zijn gehaald. De gegevens komen uit "
                   "DUO en het dossiersysteem. Het bureau vult elk kwartaal een dashboard; de monitor wordt "
                   "besproken in het bestuur en de OPR en vóór 1 juni gepubliceerd als onderdeel van het "
                   "jaarverslag. In het schooljaar 2024-2025 werden 61 verklaringen vso, 74 aanwijzingen lwoo en "
                   "39 verklaringen pro afgegeven; de gemiddelde doorlooptijd was 27 werkdagen."))
    B.append(("p", "De ambities en streefwaarden voor deze planperiode formuleren wij in het najaar van 2026 "
                   "samen met de OPR. Tot die tijd volgen wij de ontwikkeling zonder streefwaarden."))

    # ouders partial: steunpunt yes, informatie deferred; betrokkenheid advisory via OPR filler
    B.append(("h1", "8 Ouders"))
    B.append(("p", "Hoe wij ouders informeren over het ondersteuningsaanbod van de scholen en van het verband, "
                   "leggen wij vast in het communicatieplan 2026-2027, dat na de zomer van 2026 verschijnt."))
    B.append(("p", "Ouders die het niet eens zijn met de school of het verband, of die onafhankelijk advies "
                   "willen, kunnen terecht bij het Ouder- en Jeugdsteunpunt Zandmeren. Het steunpunt wordt "
                   "uitgevoerd door Stichting Ouderkracht, die los staat van de schoolbesturen; het is "
                   "bereikbaar op werkdagen van 9 tot 17 uur (0413-555 210) en kan ouders ook bijstaan in "
                   "gesprekken met de school. Daarnaast kunnen ouders een onderwijsconsulent inschakelen en "
                   "een geschil over toelating, verwijdering of het OPP voorleggen aan de Geschillencommissie "
                   "Passend Onderwijs."))

    B.append(("h1", "9 Bestuur en medezeggenschap"))
    B += F["governance"]
    B += F["opr_ouders"]
    B += F["integriteit"]
    B.append(("h1", "10 Gemeenten"))
    B += F["oogo_proc"]
    B.append(("h1", "11 Personeel en ICT"))
    B += F["personeel"]
    B += F["lerarentekort"]
    B += F["kennisdeling"]
    B += F["innovatie"]
    B += F["ict"]
    B += F["huisvesting"]
    B.append(("h2", "Dienstverlening van het bureau aan scholen"))
    B.append(("p", "Het bureau van het verband is er in de eerste plaats voor de scholen. Schoolleiders, "
                   "ondersteuningscoördinatoren en mentoren kunnen op werkdagen tussen 8.30 en 16.30 uur bellen "
                   "of mailen met een vaste contactpersoon. Vragen van scholen beantwoorden wij binnen drie "
                   "werkdagen. Elke school heeft bovendien een vaste accountmanager van het bureau, die twee keer "
                   "per jaar op school komt voor een gesprek over de samenwerking, de administratieve last en de "
                   "vragen die bij de school leven. De uitkomsten van die gesprekken bundelen wij jaarlijks in een "
                   "korte notitie voor het bestuur, zodat terugkerende knelpunten niet blijven liggen."))
    B.append(("p", "In de vorige periode kregen wij van scholen het signaal dat formulieren te lang waren en dat "
                   "dezelfde informatie meerdere keren moest worden aangeleverd. Wij hebben de formulieren "
                   "inmiddels ingekort en werken aan een koppeling met de leerlingadministratie. Ook willen wij "
                   "dat medewerkers van het bureau vaker op de scholen aanwezig zijn, zodat zij de praktijk van "
                   "dichtbij kennen en korte lijnen kunnen onderhouden met de mensen die het werk doen."))
    B.append(("h1", "12 Planning en vaststelling"))
    B += F["planning"]
    B += F["vaststelling"]
    B.append(("h1", "Begrippenlijst"))
    B.append(("table", [
        ["Begrip", "Uitleg"],
        ["Basisondersteuning", "Het door het samenwerkingsverband afgesproken niveau van ondersteuning dat alle "
                               "scholen bieden, met preventieve en licht curatieve interventies."],
        ["Dekkend aanbod", "Een samenhangend geheel van ondersteuningsvoorzieningen binnen en tussen scholen."],
        ["Meerjarenbegroting", "Begroting van het verband voor vier jaar."],
        ["OJSP", "Ouder- en jeugdsteunpunt."],
        ["Thuiszitter", "Leerplichtige jongere die zonder geldige reden langer dan vier weken niet naar school gaat."],
        ["Terugplaatsing", "Overstap van vso naar regulier voortgezet onderwijs."],
        ["Zorgplicht", "De plicht van een schoolbestuur om een passende plek te bieden."]]))
    return B


CRITERIA = {"basisondersteuning.niveau": False, "basisondersteuning.inhoud": False,
            "plaatsing.procedure": False, "plaatsing.criteria": True,
            "terugstroom.procedure": True, "terugstroom.beleid": False,
            "financien.verdeling": True, "financien.besteding": False,
            "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": False,
            "resultaten.doelen": False, "resultaten.monitoring": True,
            "ouders.informatie": False, "ouders.steunpunt": True}
ADVISORY = {"resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]}
STATUS = {"basisondersteuning": "missing", "plaatsing": "partial", "terugstroom": "partial",
          "financien": "partial", "dekkend-aanbod": "missing", "resultaten": "partial", "ouders": "partial"}
NOTES = {
    "basisondersteuning": "No body content: only the nav menu, title line, leeswijzer, glossary and passing mentions in ch. 3 ('vanzelfsprekende begrippen') and ch. 6 ('bovenop wat scholen zelf in hun basisondersteuning doen').",
    "plaatsing": "Ch. 4 criteria table for vso cluster 3/4, lwoo and pro; the procedure is only referred to the separate Toewijzingsreglement on the website.",
    "terugstroom": "Ch. 5 five numbered steps (March OPP review, 1 February notice to Loket, overstapgesprek, decision, TLV ends 31 July); aims, conditions and support after return deferred to 2027.",
    "financien": "Ch. 6 'Middelen': verdeelmodel (three quarters per leerling at EUR 118, lwoo/pro per leerling, rest as arrangementen via Loket); besteding only referred to the separate meerjarenbegroting.",
    "dekkend-aanbod": "No continuum or gap/thuiszitter approach in the body: only nav menu, footer, leeswijzer, glossary and the passing sentence in ch. 3; OOGO only as a procedural date in ch. 10.",
    "resultaten": "Ch. 7 describes the Monitor, indicators, quarterly dashboard, reporting before 1 June with achieved figures; intended results/streefwaarden deferred to autumn 2026.",
    "ouders": "Ch. 8: OJSP Zandmeren (Stichting Ouderkracht, phone), onderwijsconsulent, Geschillencommissie; how parents are informed deferred to communicatieplan 2026-2027. OPR with parents in ch. 9.",
}
