from common import *

blocks = [
P("CONCEPT – versie 0.9 ter bespreking in de OPR van 12 februari 2026 – niet verspreiden"),
H1("Ondersteuningsplan 2026-2030 Samenwerkingsverband Passend Primair Onderwijs Hollands Merengebied (PO 31-21)"),
P("Opgesteld door de werkgroep ondersteuningsplan (directeur SWV, drie IB'ers, twee directeuren, beleidsmedewerker). "
  "Wijzigingen ten opzichte van versie 0.8 zijn verwerkt na de directeurenbijeenkomst van 28 januari 2026."),
H2("Inleiding"),
P("Het Samenwerkingsverband Passend Primair Onderwijs Hollands Merengebied verbindt vijf schoolbesturen met 34 "
  "basisscholen, één school voor speciaal basisonderwijs (sbo De Kreek) en de so-school De Aalscholver in de "
  "gemeenten Merenwijde, Oud-Vennep en Kagerdam. Samen bieden zij onderwijs aan circa 7.300 kinderen. In dit plan "
  "leggen wij vast welke afspraken wij in de periode 1 augustus 2026 tot 31 juli 2030 met elkaar maken."),
P("Het vorige ondersteuningsplan liep af op 31 juli 2026. De werkgroep heeft het oude plan tegen het licht gehouden en "
  "vooral ingekort: veel teksten waren verouderd of herhaalden wat in de wet staat. Dit plan richt zich op de "
  "afspraken die voor scholen en ouders het verschil maken."),
H2("Visie"),
P("Wij geloven in de kracht van de gewone basisschool. Kinderen horen zoveel mogelijk samen naar school te gaan, "
  "in hun eigen buurt. Leerkrachten verdienen daarbij steun, tijd en vertrouwen. Wij kiezen voor eenvoud: "
  "heldere afspraken, weinig formulieren en korte lijnen tussen school, ouders en samenwerkingsverband. Wij werken "
  "resultaatgericht, maar het welbevinden van kinderen staat voorop."),
H2("1. Basisondersteuning"),
P("Onder basisondersteuning verstaan wij de ondersteuning die alle scholen van het samenwerkingsverband, op al hun "
  "locaties, zonder aanvraag aan ieder kind bieden. De besturen hebben de volgende afspraken gemaakt; iedere school "
  "neemt deze over in haar schoolgids:"),
UL("Iedere school heeft een intern begeleider (ten minste 1 dag per week per 150 leerlingen) en bespreekt kinderen met zorgen minimaal drie keer per jaar in een groepsbespreking.",
   "Iedere school werkt met het protocol Dyslexie en het protocol Ernstige Reken-Wiskundeproblemen en biedt extra lees- en rekeninstructie in kleine groepjes.",
   "Iedere school heeft een aanpak voor sociale veiligheid met een jaarlijkse meting, een pestprotocol en een aandachtsfunctionaris.",
   "Iedere school biedt verrijkingsstof en compacten voor kinderen die meer aankunnen.",
   "Iedere school kan een kind met een lichte fysieke beperking of een chronische ziekte opvangen, met een protocol medisch handelen.",
   "Iedere school kan een kind met een taalachterstand extra woordenschatonderwijs bieden.",
   "Bij zorgen over een kind nodigt de school de ouders binnen twee weken uit voor een gesprek; ouders worden betrokken bij ieder plan.",
   "De school kan de orthopedagoog van het samenwerkingsverband inschakelen voor consultatie en observatie."),
P("Twee keer per planperiode bezoekt de directeur van het samenwerkingsverband iedere school om met directie en IB'er "
  "te bespreken of de basisondersteuning op orde is."),
PB(),
H2("2. Toewijzing speciaal (basis)onderwijs"),
P("Voor plaatsing op sbo De Kreek of een so-school is een toelaatbaarheidsverklaring (TLV) nodig. Deze wordt "
  "afgegeven door de Commissie Toewijzing van het samenwerkingsverband. De werkwijze is als volgt. De school bespreekt "
  "het kind in het ondersteuningsteam, met ouders en de orthopedagoog van het samenwerkingsverband. Als de school en "
  "de ouders tot de conclusie komen dat een TLV nodig is, dient het schoolbestuur een aanvraag in via het "
  "aanvraagformulier, met het groeidocument en de zienswijze van de ouders. De Commissie Toewijzing vraagt advies aan "
  "twee deskundigen: een orthopedagoog en, afhankelijk van het kind, een psycholoog, kinderarts of "
  "maatschappelijk werker. De commissie beslist binnen zes weken na ontvangst van de volledige aanvraag. De commissie "
  "beoordeelt iedere aanvraag op maat, op basis van het dossier."),
P("Ouders die het niet eens zijn met het besluit, kunnen binnen zes weken bezwaar maken. Het samenwerkingsverband "
  "vraagt dan advies aan de Landelijke Bezwaaradviescommissie."),
H2("3. Van S(B)O terug naar de basisschool"),
P("Wij vinden het belangrijk dat kinderen die in het sbo of so zitten, terug kunnen naar een gewone basisschool "
  "als dat in hun belang is. Ons uitgangspunt is dat de TLV geen eindstation is: bij ieder kind wordt bekeken of "
  "terugkeer mogelijk is, en als dat zo is, krijgt het kind extra begeleiding op de nieuwe school."),
P("Iedere sbo- en so-school evalueert jaarlijks in april het ontwikkelingsperspectief (OPP) van ieder kind, samen met "
  "de ouders. Daarbij wordt expliciet de vraag gesteld of terugplaatsing naar het reguliere basisonderwijs haalbaar "
  "is. Is dat zo, dan neemt de intern begeleider van de speciale school contact op met de orthopedagoog van het "
  "samenwerkingsverband. Samen met de ouders wordt een basisschool gekozen, bij voorkeur in de eigen woonplaats. Het "
  "kind maakt kennis en loopt een aantal dagdelen mee. De Commissie Toewijzing legt de terugplaatsing vast en bepaalt "
  "welke begeleiding de basisschool krijgt: in het eerste jaar komt een leerkracht van de speciale school wekelijks "
  "langs (terugplaatsingsbegeleiding). Na drie en na twaalf maanden evalueren de basisschool, de ouders en de "
  "orthopedagoog hoe het gaat."),
P("Loopt de TLV af zonder dat terugplaatsing verantwoord is, dan vraagt de speciale school uiterlijk 1 maart een "
  "nieuwe TLV aan."),
PB(),
H2("4. Dekkend aanbod"),
P("[Tekst volgt na de werksessie met de besturen in april 2026.]"),
H2("5. Het geld"),
P("Het samenwerkingsverband ontvangt ondersteuningsmiddelen van het Rijk. Na aftrek van de kosten van de TLV's voor "
  "sbo en so, en van de kosten van het bureau, worden de middelen verdeeld over de besturen naar rato van het aantal "
  "leerlingen op 1 oktober: in 2026 naar verwachting € 128 per leerling. De besturen zetten dit bedrag in voor "
  "ondersteuning op hun scholen."),
T(["Begroting", "2026", "2027", "2028", "2029"],
  ["Baten", "p.m.", "p.m.", "p.m.", "p.m."],
  ["Afdrachten sbo/so", "p.m.", "p.m.", "p.m.", "p.m."],
  ["Middelen besturen", "p.m.", "p.m.", "p.m.", "p.m."],
  ["Bureau", "p.m.", "p.m.", "p.m.", "p.m."]),
P("Het meerjarenperspectief wordt ingevuld zodra de definitieve bekostiging door OCW bekend is. [Controller levert "
  "cijfers aan vóór 1 maart.]"),
H2("6. Kwaliteit en resultaten"),
P("p.m."),
PB(),
H2("7. Ouders"),
P("Ouders kunnen op de website van het samenwerkingsverband (www.passendonderwijsmerengebied.nl) lezen welke "
  "ondersteuning scholen bieden, hoe de toewijzing van een TLV werkt en wie zij kunnen bellen. Scholen beschrijven in "
  "de schoolgids welke basisondersteuning zij bieden. Eén keer per jaar organiseert het samenwerkingsverband een "
  "ouderavond over passend onderwijs. Bij iedere school is de IB'er het eerste aanspreekpunt."),
P("Ouders die onafhankelijk advies willen, kunnen terecht bij het Ouderpunt Merengebied, een onafhankelijk ouder- en "
  "jeugdsteunpunt met een telefonisch spreekuur op dinsdag en donderdag, en bij de Onderwijsconsulenten. Voor klachten "
  "is het samenwerkingsverband aangesloten bij de Landelijke Klachtencommissie Onderwijs."),
H2("8. Organisatie en medezeggenschap"),
P("Het samenwerkingsverband is een stichting. Het bestuur wordt gevormd door de bestuurders van de vijf "
  "schoolbesturen; de dagelijkse leiding ligt bij de directeur. De OPR bestaat uit zes leden: drie ouders en drie "
  "personeelsleden. Scholen kunnen gebruikmaken van het scholingsaanbod van het samenwerkingsverband (kostendekkend) "
  "en van de netwerkbijeenkomsten voor IB'ers, zes keer per jaar."),
PB(),
H2("9. Privacy"),
P("Het samenwerkingsverband verwerkt persoonsgegevens van leerlingen alleen voor zover dat nodig is voor de "
  "toewijzing van TLV's en voor advies aan scholen. De gegevens worden bewaard tot drie jaar na het besluit. "
  "Alleen de leden van de Commissie Toewijzing, de orthopedagoog en de secretaris hebben toegang tot de dossiers. "
  "Het samenwerkingsverband heeft een functionaris gegevensbescherming, gedeeld met de besturen, en een "
  "privacyreglement dat op de website staat. Ouders hebben recht op inzage in het dossier van hun kind en kunnen "
  "om correctie vragen. Gegevens worden niet gedeeld met derden zonder toestemming van ouders, behalve wanneer "
  "de wet dat voorschrijft."),
H2("10. Vaststelling"),
P("Na bespreking in de OPR (12 februari 2026) wordt het concept aangepast. De OPR wordt gevraagd in te stemmen in de "
  "vergadering van 19 maart 2026, waarna het bestuur het plan op 26 maart 2026 vaststelt. Het plan wordt vóór 1 mei "
  "2026 aan de inspectie gezonden. Het overleg met het samenwerkingsverband VO in de regio vindt plaats op 5 maart "
  "2026. [OOGO-datum nog navragen bij gemeente Merenwijde.]"),
PB(),
H2("Bijlage A – Aangesloten scholen"),
school_table(21, 34, ["Merenwijde", "Oud-Vennep", "Kagerdam", "Buitenkaag"],
             ["Stg. Meerwijs", "PCPO Kagerdam", "Openbaar Onderwijs Oud-Vennep", "RK Stg. Sint-Bavo", "Stg. De Waterlelie"]),
PB(),
H2("Bijlage B – Begrippen"),
T(["Begrip", "Uitleg"],
  ["Basisondersteuning", "De ondersteuning die iedere school biedt."],
  ["Dekkend aanbod", "Het geheel van voorzieningen in de regio waardoor voor ieder kind een passende plek is, inclusief arrangementen, sbo, so en een aanpak voor thuiszitters."],
  ["Kwaliteitszorg", "De cyclus waarmee het samenwerkingsverband zijn beoogde resultaten vaststelt, meet en evalueert."],
  ["Meerjarenbegroting", "De begroting voor vier jaar."],
  ["OPP", "Ontwikkelingsperspectiefplan."],
  ["OPR", "Ondersteuningsplanraad."],
  ["Terugplaatsing", "Het teruggaan van een leerling van sbo of so naar het basisonderwijs."],
  ["TLV", "Toelaatbaarheidsverklaring."],
  ["Zorgplicht", "De plicht van het schoolbestuur om een passende plek te bieden."]),
]

DOC = dict(
    slug="ho-po-merengebied-2026", fmt="docx", sector="po", looks_like_plan=True,
    title="Concept ondersteuningsplan 2026-2030 SWV PO Hollands Merengebied", toc=False,
    bold_headings=True, h1_pagebreak=False, header=None, footer="Concept 0.9",
    font="Times New Roman", font_size=12,
    blocks=blocks,
    elements={"basisondersteuning": "present", "plaatsing": "partial", "terugstroom": "present",
              "financien": "partial", "dekkend-aanbod": "missing", "resultaten": "missing", "ouders": "present"},
    criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
              "plaatsing.procedure": True, "plaatsing.criteria": False,
              "terugstroom.procedure": True, "terugstroom.beleid": True,
              "financien.verdeling": True, "financien.besteding": False,
              "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": False,
              "resultaten.doelen": False, "resultaten.monitoring": False,
              "ouders.informatie": True, "ouders.steunpunt": True},
    notes={
        "format": "Draft .docx with manual bold headings (no heading styles), Times New Roman, no TOC.",
        "plaatsing": "§2: procedure (bestuur applies, groeidocument + zienswijze, Commissie Toewijzing, two deskundigen, 6 weeks, bezwaar via LBT) but no criteria: 'De commissie beoordeelt iedere aanvraag op maat, op basis van het dossier' -> criteria false -> partial.",
        "financien": "§5: verdeling per leerling (€128, teldatum 1 oktober) -> true; begroting table is all 'p.m.' and 'Het meerjarenperspectief wordt ingevuld zodra ...' (deferral) -> besteding false -> partial.",
        "dekkend-aanbod": "§4 'Dekkend aanbod' holds only a placeholder '[Tekst volgt na de werksessie ...]'. No arrangementen, bovenschoolse voorzieningen, thuiszitters, zorgplicht or gemeente/jeugdhulp anywhere. Near-misses: 'scholingsaanbod', 'netwerkbijeenkomsten', 'kostendekkend' (§8). Trap: Bijlage B Begrippen defines 'Dekkend aanbod' in detail (glossary does not count) -> missing.",
        "resultaten": "§6 'Kwaliteit en resultaten' is only 'p.m.'; 'resultaatgericht' in Visie is a value word; OPP evaluation in §3 is about individual pupils' terugplaatsing; Bijlage B defines 'Kwaliteitszorg' (glossary, does not count) -> missing.",
        "terugstroom": "§3 'Van S(B)O terug naar de basisschool': policy (TLV geen eindstation, begeleiding) + procedure (jaarlijkse OPP-evaluatie april, IB'er/orthopedagoog, Commissie Toewijzing, evaluations after 3 and 12 months, new TLV by 1 maart).",
        "basisondersteuning": "§1: definition for all schools/locations + 8 concrete afspraken + school visits.",
        "ouders": "§7: website, schoolgids, ouderavond + Ouderpunt Merengebied (OJSP), Onderwijsconsulenten, klachtencommissie.",
    },
)
