"""Plan E: PO, rendered to PDF. Basisondersteuning only in an absent annex and the glossary; TLV procedure
without criteria; terugplaatsing procedure without policy; finances under 'Geld en middelen'; good results
chapter; nothing about informing or supporting parents."""
from holdout137_filler import (communicatie_scholen, regionale_samenwerking, organisatieontwikkeling,
                               terugblik_proces, P, wettelijk_kader, visie_po, regio, governance, opr, personeel,
                               privacy_ict, vaststelling, planning, begrippen)

N = dict(naam="Stichting Passend Onderwijs Vechtstreek-West", kort="SPO Vechtstreek-West", code="PO 26-04",
         gemeenten="Maarsveen, Breukelerwaard en Loenersloot-Vecht", regio="de Vechtstreek-West",
         periode="2026-2030", bestuurder="drs. A. (Annelies) de Graaf",
         oogo="3 februari 2026", opr="3 maart 2026", vastgesteld="17 maart 2026")

B = [("title", "Ondersteuningsplan 2026-2030"),
     ("subtitle", N["naam"]),
     ("subtitle", f"Samenwerkingsverband primair onderwijs {N['code']}"),
     ("pagebreak",), ("toc",), ("pagebreak",)]
B += [("h1", "Voorwoord"),
      P("Voor u ligt het nieuwe ondersteuningsplan van SPO Vechtstreek-West. Na vier jaar waarin we vooral hebben "
        "gebouwd aan een stevige organisatie, willen we de komende periode de aandacht richten op wat het oplevert in "
        "de klas. Daarom staat in dit plan een hoofdstuk met concrete resultaten die we willen bereiken, en laten we "
        "transparant zien hoe we het geld verdelen."),
      P("Het plan is geschreven door het bureau in nauwe samenwerking met de directeuren en intern begeleiders van de "
        "scholen. Wij danken alle betrokkenen voor hun inzet."),
      P(f"{N['bestuurder']}, directeur-bestuurder")]
B += [("h1", "Inleiding"),
      P("Dit plan geldt voor de schooljaren 2026-2027 tot en met 2029-2030. Het beschrijft de kaders voor passend "
        "onderwijs in de drie gemeenten van ons samenwerkingsverband. Uitwerkingen staan in de bijlagen en in het "
        "jaarplan. De bijlagen zijn apart gepubliceerd op onze website.")]
B += wettelijk_kader(N, "po")
B += regio(N, "po", [["Stichting Primair Onderwijs Vecht en Plassen", "11 basisscholen", "2.640"],
                     ["Stichting Katholiek Onderwijs Maarsveen", "8 basisscholen, 1 sbo", "2.015"],
                     ["Stichting Openbaar Onderwijs Breukelerwaard", "5 basisscholen", "1.140"],
                     ["Stichting Het Palet (so)", "1 so-school", "140"],
                     ["Totaal", "24 basisscholen, 1 sbo, 1 so", "5.935"]])
B += terugblik_proces(N) + visie_po(N)
B += [("h1", "Ondersteuning op de scholen"),
      P("Alle scholen in ons samenwerkingsverband werken aan een stevige basis. De afspraken over de basisondersteuning "
        "zijn vastgelegd in het Referentiekader Basisondersteuning Vechtstreek-West (bijlage 2). Elke school beschrijft "
        "daarnaast haar eigen mogelijkheden in het schoolondersteuningsprofiel."),
      P("Wanneer een kind meer nodig heeft dan de school in de groep kan bieden, wordt het besproken in het "
        "ondersteuningsteam van de school. Aan elk ondersteuningsteam is een onderwijsadviseur van het "
        "samenwerkingsverband verbonden. Het ondersteuningsteam kan een arrangement aanvragen: een schoolarrangement "
        "(extra begeleiding in de eigen school, betaald uit het schoolbudget), een bovenschools arrangement, zoals de "
        "Plusklas Vecht voor meerbegaafde kinderen of de Taalgroep voor kinderen met een ernstige taalontwikkelingsachterstand, "
        "of ambulante begeleiding vanuit het so. Voor kinderen die ook met een arrangement niet tot ontwikkeling komen, "
        "zijn er het sbo De Kompaan en de so-school Het Palet. Zo ontstaat een doorlopende lijn van ondersteuning van de "
        "reguliere groep tot het speciaal onderwijs."),
      ("h2", "Dekkend netwerk en thuiszitters"),
      P("Het samenwerkingsverband zorgt samen met de besturen voor een dekkend netwerk. Twee keer per jaar brengt het "
        "bureau in kaart voor welke kinderen geen passend aanbod beschikbaar is, aan de hand van de meldingen van "
        "scholen en leerplicht en de wachtlijsten van het sbo, het so en de bovenschoolse arrangementen. Bij een "
        "structureel tekort besluit het bestuur binnen een half jaar over uitbreiding of een nieuw aanbod."),
      P("Een kind dat thuiszit of dreigt thuis te komen zitten, wordt binnen vijf werkdagen aangemeld bij het "
        "Thuiszittersteam, waarin de leerplichtambtenaar, een onderwijsadviseur van het samenwerkingsverband en een "
        "medewerker van het wijkteam zitten. Het team stelt binnen twee weken een plan op met een casusregisseur. Het "
        "samenwerkingsverband neemt de regie als de betrokken partijen er samen niet uitkomen."),
      P("Met de gemeenten zijn in het OOGO afspraken gemaakt over jeugdhulp op school: iedere school heeft een "
        "schoolcontactpersoon van het wijkteam, en de so-school biedt onderwijs-zorgarrangementen met behandeling op "
        "locatie.")]

B += [("h1", "Toelaatbaarheid sbo en so"),
      P("De aanvraag voor een toelaatbaarheidsverklaring (TLV) wordt gedaan door het bestuur van de school waar het "
        "kind ingeschreven staat. De procedure verloopt in vijf stappen:"),
      ("ol", ["Het ondersteuningsteam van de school bespreekt het kind en stelt vast dat een TLV nodig is.",
              "De intern begeleider vult het digitale aanvraagformulier in en voegt het OPP, het groeidocument en het "
              "onderwijskundig rapport toe.",
              "De Commissie Toelaatbaarheid controleert binnen een week of de aanvraag volledig is.",
              "Twee deskundigen van de commissie – een orthopedagoog en, afhankelijk van de vraag, een psycholoog, "
              "arts of maatschappelijk werker – brengen elk een eigen advies uit. Zij zijn niet eerder bij het kind "
              "betrokken geweest.",
              "De directeur-bestuurder neemt binnen zes weken na ontvangst van de volledige aanvraag een besluit en "
              "stuurt dit met de adviezen naar ouders en school."]),
      P("De Commissie Toelaatbaarheid beoordeelt elke aanvraag op maat, in het licht van de ondersteuningsbehoefte van "
        "het kind. De beoordelingscriteria zijn opgenomen in het Toetsingskader TLV, dat op onze website staat. Een "
        "TLV voor het so wordt afgegeven in de bekostigingscategorie laag, midden of hoog. Tegen een besluit kan binnen "
        "zes weken bezwaar worden gemaakt; het samenwerkingsverband is aangesloten bij de Landelijke "
        "Bezwaaradviescommissie.")]

B += [("h1", "Terugplaatsing en overplaatsing"),
      P("Het sbo of so agendeert terugplaatsing bij iedere evaluatie van het OPP. In het laatste jaar van de TLV "
        "vraagt de sbo- of so-school vóór 1 februari een overleg aan met de onderwijsadviseur van het "
        "samenwerkingsverband en, zo mogelijk, de beoogde basisschool. In dit overleg wordt besloten of het kind wordt "
        "teruggeplaatst, of een verlenging van de TLV wordt aangevraagd. De onderwijsadviseur legt het advies vast. Bij "
        "terugplaatsing vindt vóór de zomervakantie een overdrachtsgesprek plaats tussen de intern begeleiders van "
        "beide scholen; na tien weken evalueert de onderwijsadviseur de overstap met de basisschool. De TLV "
        "eindigt op de laatste dag van het schooljaar waarin het kind is teruggeplaatst."),
      P("Het beleid ten aanzien van terugplaatsing – welke doelen we stellen en onder welke voorwaarden – wordt in "
        "2026-2027 samen met het sbo en so herijkt.")]

B += [("h1", "Resultaten"),
      P("Voor deze planperiode hebben de besturen de volgende beoogde resultaten vastgesteld voor kinderen die extra "
        "ondersteuning nodig hebben:"),
      ("table", [["Resultaat", "Nulmeting 2025", "Streefwaarde 2030"],
                 ["Thuiszitters langer dan vier weken", "7", "0"],
                 ["Deelnamepercentage sbo", "1,9%", "1,6%"],
                 ["Deelnamepercentage so", "1,3%", "1,2%"],
                 ["Kinderen met een arrangement die de doelen uit het OPP grotendeels halen", "onbekend", "75%"],
                 ["Doorlooptijd TLV-aanvraag", "7 weken", "max. 6 weken"],
                 ["Scholen waar de onderwijsadviseur minimaal 8 keer per jaar aanschuift bij het ondersteuningsteam",
                  "60%", "100%"]]),
      P("Het bureau houdt de gegevens bij in een monitor en rapporteert drie keer per jaar aan het bestuur. Twee keer "
        "per jaar bespreken de directeuren de cijfers per school in hun netwerk. Jaarlijks in het jaarverslag "
        "verantwoorden we de bereikte resultaten en de kosten die daarmee samenhangen. Halverwege de planperiode, in "
        "het voorjaar van 2028, laten we een tussenevaluatie uitvoeren door een externe partij; de uitkomsten worden "
        "besproken met de OPR en kunnen leiden tot bijstelling van de streefwaarden.")]

B += [("h1", "Geld en middelen"),
      P("SPO Vechtstreek-West ontvangt jaarlijks circa € 4,3 miljoen aan middelen voor de basis- en extra "
        "ondersteuning. Na aftrek van de verplichte afdrachten voor het so en de groeibekostiging sbo worden de "
        "middelen als volgt verdeeld:"),
      ("ul", ["Schoolbudget: € 120 per leerling, op basis van het aantal leerlingen op 1 februari van het voorgaande jaar, "
              "uitbetaald aan de schoolbesturen;",
              "Bovenschoolse arrangementen: centraal gefinancierd, op basis van de begrote plaatsen;",
              "Ambulante begeleiding so: ingekocht bij Het Palet op basis van een jaarlijkse dienstverleningsovereenkomst;",
              "Bureau en onderwijsadviseurs: vast budget van maximaal 12% van de baten."]),
      ("table", [["Begroting (x € 1.000)", "2026", "2027", "2028", "2029"],
                 ["Baten", "4.310", "4.280", "4.240", "4.200"],
                 ["Afdrachten so en sbo", "1.690", "1.680", "1.660", "1.650"],
                 ["Schoolbudgetten", "715", "710", "700", "695"],
                 ["Bovenschoolse arrangementen", "840", "850", "850", "850"],
                 ["Ambulante begeleiding", "410", "410", "410", "410"],
                 ["Thuiszittersteam", "95", "95", "95", "95"],
                 ["Bureau en onderwijsadviseurs", "515", "515", "515", "505"],
                 ["Saldo", "45", "20", "10", "-5"]]),
      P("Het weerstandsvermogen ligt eind 2025 op 9%. De raad van toezicht hanteert een bandbreedte van 5 tot 10%.")]

B += governance(N, "po") + opr(N, "po", with_parents=False) + organisatieontwikkeling(N) + personeel(N, "po")
B += communicatie_scholen(N) + regionale_samenwerking(N, "po") + privacy_ict(N)
B += planning(N, [["Oktober", "Monitor eerste rapportage", "Bureau"],
                  ["December", "Begroting volgend jaar", "Bestuur, RvT"],
                  ["Februari", "Monitor tweede rapportage", "Bureau"],
                  ["Juni", "Jaarverslag en jaarrekening", "Bestuur, RvT"]])
B += vaststelling(N)
B += [("h1", "Bijlagen"),
      ("ul", ["Bijlage 1 – Overzicht scholen en besturen", "Bijlage 2 – Referentiekader Basisondersteuning",
              "Bijlage 3 – Toetsingskader TLV", "Bijlage 4 – Informatie voor ouders",
              "Bijlage 5 – Verslag OOGO"])]
B += begrippen("po")

PLAN_E = dict(
    name="po-vechtstreek-west-op-2026-2030", formats=["pdf"], number=True,
    title="Ondersteuningsplan 2026-2030 SPO Vechtstreek-West",
    header="SPO Vechtstreek-West | Ondersteuningsplan 2026-2030",
    footer="Basisondersteuning · Toelaatbaarheid · Ouders · Financiën", blocks=B,
    label=dict(
        documents=["po-vechtstreek-west-op-2026-2030.pdf"], sector="po",
        criteria={"basisondersteuning.niveau": False, "basisondersteuning.inhoud": False,
                  "plaatsing.procedure": True, "plaatsing.criteria": False,
                  "terugstroom.procedure": True, "terugstroom.beleid": False,
                  "financien.verdeling": True, "financien.besteding": True,
                  "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
                  "resultaten.doelen": True, "resultaten.monitoring": True,
                  "ouders.informatie": False, "ouders.steunpunt": False},
        advisory={"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"], "financien": ["reserves"],
                  "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"]},
        expect={"basisondersteuning": "missing", "plaatsing": "partial", "terugstroom": "partial",
                "financien": "present", "dekkend-aanbod": "present", "resultaten": "present", "ouders": "missing"},
        notes={"basisondersteuning": "Only a reference to the absent Referentiekader (bijlage 2), the SOP, the glossary definition and the footer; nothing of level or content in the body.",
               "plaatsing": "'Toelaatbaarheid sbo en so': applicant, five steps, two deskundigen, 6 weeks, category, bezwaar; criteria only 'op maat' and referred to the Toetsingskader on the website.",
               "terugstroom": "'Terugplaatsing en overplaatsing' gives the procedure (before 1 Feb, overleg, overdracht, evaluation after 10 weeks, TLV end); the policy (aims, conditions) is to be herijkt in 2026-2027.",
               "financien": "'Geld en middelen': verdeling per component (EUR 120 per leerling etc.) and a begroting table 2026-2029; weerstandsvermogen.",
               "dekkend-aanbod": "'Ondersteuning op de scholen': schoolarrangement -> bovenschools -> AB -> sbo/so; 'Dekkend netwerk en thuiszitters': twice-yearly gap mapping, Thuiszittersteam; OOGO.",
               "resultaten": "'Resultaten': table with nulmeting and streefwaarden 2030; monitor reported three times a year, jaarverslag, mid-term external evaluation.",
               "ouders": "No text on informing parents or independent support; only the visie phrase 'kind - ouders - school', an absent 'Bijlage 4 Informatie voor ouders', glossary (OJSP) and footer."}),
)
