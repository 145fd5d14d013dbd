"""Plan 4: VO, De Brede Stroom (docx + pdf). Finance only in an absent annex; results in a table."""
import filler as F

P = dict(
    naam="Samenwerkingsverband Voortgezet Onderwijs De Brede Stroom", kortenaam="SWV De Brede Stroom",
    code="VO 24-05", sector="vo", periode="2025-2029", periode_lang="2025-2026 tot en met 2028-2029",
    regio="de IJsselvallei", plaats="Deventer", gemeenten_tekst="Deventer, Olst-Wijhe, Raalte en Lochem",
    gebied="een middelgrote stad met een groot landelijk ommeland",
    n_besturen=5, n_leerlingen="13.900", n_scholen=19, fte="21,5",
    datum_vaststelling="2 april 2025", oogo_datum="27 januari 2025", opr_datum="24 maart 2025",
    overlap_swv="de samenwerkingsverbanden PO Deventer e.o. en PO Salland", bestuurder="dr. J. (Judith) Brinkhuis",
    wetsartikel="artikel 2.47 en verder van de Wet voortgezet onderwijs 2020 (voorheen artikel 17a WVO)",
    planning_rijen=[["2025-2026", "Herziening ondersteuningskaart; communicatieplan ouders; nieuwe aanvraagprocedure loket"],
                    ["2026-2027", "Evaluatie terugkeerarrangementen"],
                    ["2027-2028", "Tussenevaluatie doelen; bijstelling"],
                    ["2028-2029", "Eindevaluatie en nieuw plan"]],
)

BLOCKS = (
    F.voorwoord(P) + F.inleiding(P, extra=[
        ("p", "Het financieel kader, het verdeelmodel en de meerjarenbegroting 2025-2029 zijn opgenomen in de "
              "Kadernota Financiën (bijlage 3), die gelijktijdig met dit plan is vastgesteld.")]) +
    F.context(P, [["Onderwijssoort", "Scholen/locaties", "Leerlingen"],
                  ["Vmbo, havo, vwo", "15", "12.480"], ["Praktijkonderwijs", "2", "610"],
                  ["Vso", "2", "810"]]) +
    F.visie(P) + F.landelijk(P) + F.dienstverlening(P) + [
        ("h1", "Basisondersteuning"),
        ("p", "Onder basisondersteuning verstaan wij het geheel van preventieve en licht curatieve "
              "interventies, de ondersteuningsstructuur en de werkwijze die iedere vestiging van iedere school "
              "in De Brede Stroom ten minste biedt. Dit niveau is door de besturen bindend afgesproken; een "
              "school kan niet besluiten minder te bieden. Wat een leerling op iedere school mag verwachten:"),
        ("table", [["Onderdeel", "Afspraak (minimum op iedere vestiging)"],
                   ["Mentoraat", "Iedere leerling heeft een mentor met minimaal één mentorles per week in leerjaar 1 en 2"],
                   ["Ondersteuningscoördinator", "Ten minste 0,5 fte per 500 leerlingen"],
                   ["Ondersteuningsteam", "Zes keer per jaar, met jeugdarts, schoolmaatschappelijk werk en leerplicht"],
                   ["Dyslexie en dyscalculie", "Begeleiding volgens protocol, inclusief faciliteiten bij toetsen"],
                   ["Sociaal-emotioneel", "Faalangstreductietraining en sociale vaardigheidstraining in leerjaar 1-2"],
                   ["Executieve functies", "Huiswerkbegeleiding en coaching op planning en organisatie"],
                   ["Opvang", "Een opvangruimte met begeleiding tijdens alle lesuren"],
                   ["Medisch handelen", "Protocol medicijnverstrekking en medisch handelen"]]),
        ("p", "Twee keer per planperiode voert een auditteam van collega-ondersteuningscoördinatoren een "
              "visitatie uit op iedere school. De bevindingen worden besproken met het bevoegd gezag."),
        ("h1", "Ondersteuningsaanbod"),
        ("p", "Het overzicht van voorzieningen binnen en tussen de scholen, de zogeheten ondersteuningskaart, "
              "wordt in schooljaar 2025-2026 herzien. Na vaststelling publiceren wij de nieuwe kaart op onze "
              "website."),
        ("h2", "Thuiszitters en zorgplicht"),
        ("p", "Wij houden samen met de leerplichtambtenaren een actuele lijst bij van jongeren die niet of "
              "niet volledig naar school gaan. Iedere maand bespreekt het thuiszittersoverleg (leerplicht, "
              "samenwerkingsverband, betrokken school en zo nodig het wijkteam) elke jongere op de lijst. Voor "
              "iedere jongere wordt een regiehouder benoemd die binnen tien schooldagen een terugkeerplan maakt. "
              "Kan een school niet voldoen aan haar zorgplicht, dan kan zij de casus inbrengen bij de "
              "directeur-bestuurder, die binnen twee weken met de besturen een school aanwijst. Knelpunten die "
              "bij meer leerlingen terugkomen, zoals wachttijden bij de jeugd-ggz, agenderen wij in het "
              "bestuurlijk overleg met de gemeenten."),
        ("h1", "Toelaatbaarheid vso, lwoo en praktijkonderwijs"),
        ("p", "De aanvraagprocedure voor toelaatbaarheidsverklaringen wordt met ingang van 1 augustus 2025 "
              "vernieuwd; de nieuwe procedure publiceren wij in de voortgangsparagraaf 2025-2026. Voor de "
              "beoordeling gelden de volgende criteria."),
        ("table", [["Aanvraag", "Criteria", "Geldigheid"],
                   ["TLV vso", "Langdurige en intensieve ondersteuningsbehoefte die aantoonbaar niet binnen het regulier vo kan worden geboden, ook niet na een jaar extra ondersteuning met OPP; behoefte aan een kleine groep en specialistische begeleiding gedurende de hele schooldag", "1 tot 3 schooljaren; categorie laag, midden of hoog"],
                   ["Lwoo", "Landelijke criteria: IQ 75-90 en leerachterstand 1,5 tot 3 jaar op ten minste twee domeinen, of IQ 91-120 met achterstand én sociaal-emotionele problematiek", "Gehele vmbo-opleiding"],
                   ["Praktijkonderwijs", "Landelijke criteria: IQ 55-80 en leerachterstand van 3 jaar of meer op twee domeinen", "Gehele opleiding"]]),
        ("h1", "Terug naar het reguliere vo"),
        ("p", "Plaatsing in het vso is voor ons in principe tijdelijk. Ons beleid is dat iedere vso-leerling "
              "bij wie dat verantwoord is, terugkeert naar een reguliere school of doorstroomt naar het "
              "praktijkonderwijs, bij voorkeur in de eigen woonplaats. Voorwaarden zijn dat de leerling "
              "voldoende zelfstandig kan werken in een grotere groep en dat de ontvangende school een passend "
              "ondersteuningsaanbod kan organiseren."),
        ("p", "Werkwijze: (1) de vso-school evalueert het OPP ieder jaar in maart en beoordeelt daarbij "
              "expliciet of terugkeer mogelijk is; (2) bij een positieve inschatting meldt de vso-school de "
              "leerling uiterlijk 1 april aan bij de consulent van het samenwerkingsverband; (3) de consulent "
              "organiseert met vso-school, ouders en ontvangende school een overdrachtsgesprek en een "
              "oriëntatieperiode van vier tot zes weken; (4) de ontvangende school besluit over inschrijving; "
              "(5) de TLV eindigt op 31 juli van dat schooljaar. Wordt terugkeer niet haalbaar geacht in het "
              "laatste jaar van de TLV, dan vraagt de vso-school een nieuwe TLV aan."),
        ("p", "Na terugkeer krijgt de leerling gedurende het eerste schooljaar een terugkeerarrangement: "
              "wekelijkse begeleiding door een ambulant begeleider uit het vso en een evaluatie na drie en na "
              "negen maanden. In 2023-2024 keerden 22 vso-leerlingen terug naar het regulier onderwijs."),
        ("h1", "Doelen en monitoring"),
        ("p", "De tabel hieronder bevat de beoogde resultaten voor leerlingen met een ondersteuningsbehoefte, "
              "met de bron en het moment van meten."),
        ("table", [["Doel", "Nulmeting 2024", "Streefwaarde 2029", "Bron en meetmoment"],
                   ["Deelname vso daalt", "5,8%", "5,0%", "DUO, 1 oktober, jaarlijks in jaarverslag"],
                   ["Geen thuiszitters langer dan 3 maanden", "9 jongeren", "0", "Thuiszitterslijst, maandelijks; rapportage aan AB per kwartaal"],
                   ["Meer terugkeer uit vso", "22 leerlingen", "30 per jaar", "Registratie consulenten, jaarlijks"],
                   ["Leerlingen met OPP behalen diploma of startkwalificatie", "71%", "80%", "Schoolgegevens, jaarlijks in december"],
                   ["Tevredenheid ouders over ondersteuning", "6,9", "7,5", "Oudervragenlijst, tweejaarlijks"]]),
        ("p", "Afwijkingen van meer dan tien procent ten opzichte van het verwachte verloop leiden tot een "
              "analyse en een voorstel voor bijsturing in het algemeen bestuur."),
        ("h1", "Ouders en leerlingen"),
        ("p", "Ouders zijn partners in de ondersteuning van hun kind. Zij zijn betrokken bij het opstellen "
              "en evalueren van het OPP, en leerlingen hebben hoorrecht bij het vaststellen van het OPP. Een "
              "communicatieplan voor ouders stellen wij in 2025-2026 op."),
        ("p", "Ouders en jongeren die vastlopen of een luisterend oor zoeken, kunnen terecht bij het "
              "onafhankelijke Ouder- en Jeugdsteunpunt IJssel (telefonisch, via WhatsApp en met een wekelijks "
              "inloopspreekuur in Deventer en Raalte). Het steunpunt kan meegaan naar gesprekken op school en "
              "verwijst waar nodig door naar de Onderwijsconsulenten of de Geschillencommissie passend "
              "onderwijs. Voor klachten over het samenwerkingsverband zelf geldt onze klachtenregeling."),
    ] +
    F.gemeenten(P) + F.governance(P) + F.bedrijfsvoering(P) + F.opr(P) + F.personeel(P) + F.kennis(P) + F.communicatie_scholen(P) + F.ict_privacy(P) + F.planning(P) +
    F.begrippen([["Kadernota Financiën", "Financieel kader met verdeelmodel en meerjarenbegroting"],
                 ["Lwoo", "Leerwegondersteunend onderwijs"], ["Pro", "Praktijkonderwijs"],
                 ["Ondersteuningskaart", "Overzicht van het ondersteuningsaanbod binnen en tussen de scholen"],
                 ["Vso", "Voortgezet speciaal onderwijs"]])
)

SPEC = dict(
    name="vo-brede-stroom-ondersteuningsplan", formats=["docx", "pdf"], blocks=BLOCKS,
    header="De Brede Stroom VO 24-05 | Ondersteuningsplan 2025-2029",
    footer="Ondersteuningsplan De Brede Stroom - financiën: zie Kadernota Financiën",
    title_page=["Ondersteuningsplan 2025-2029", "Samenwerkingsverband Voortgezet Onderwijs De Brede Stroom (VO 24-05)",
                "Met Kadernota Financiën en meerjarenbegroting", "Vastgesteld 2 april 2025"],
    label=dict(
        sector="vo", looks_like_plan=True,
        elements={"basisondersteuning": "present", "plaatsing": "partial", "terugstroom": "present",
                  "financien": "missing", "dekkend-aanbod": "partial", "resultaten": "present", "ouders": "partial"},
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
                  "plaatsing.procedure": False, "plaatsing.criteria": True,
                  "terugstroom.procedure": True, "terugstroom.beleid": True,
                  "financien.verdeling": False, "financien.besteding": False,
                  "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": True,
                  "resultaten.doelen": True, "resultaten.monitoring": True,
                  "ouders.informatie": False, "ouders.steunpunt": True},
        advisory_addressed={"basisondersteuning": ["borging"], "plaatsing": ["duur-categorie"],
                            "terugstroom": ["monitoring"], "financien": [], "dekkend-aanbod": ["ketenpartners"],
                            "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "Ch. 'Basisondersteuning': binding minimum per vestiging, content in a table, audit borging.",
               "plaatsing": "Criteria only in a table (vso/lwoo/pro with geldigheid); the procedure is deferred ('wordt ... vernieuwd; publiceren wij in de voortgangsparagraaf').",
               "terugstroom": "Own chapter 'Terug naar het reguliere vo': policy, numbered werkwijze, terugkeerarrangement, 22 returns.",
               "financien": "Only a reference to the absent 'Kadernota Financiën (bijlage 3)' in the introduction, title page, footer and glossary; no verdeling or amounts in the body.",
               "dekkend-aanbod": "Continuum/ondersteuningskaart deferred to 2025-2026; thuiszitters and zorgplicht escalation addressed.",
               "resultaten": "Ch. 'Doelen en monitoring': targets and measurement source/frequency mostly inside a table.",
               "ouders": "Independent OJSP IJssel and complaints given; how parents are informed is deferred to a communicatieplan."}),
)
