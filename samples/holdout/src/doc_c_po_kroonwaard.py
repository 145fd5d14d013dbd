from common import *

blocks = [
TITLE("Ondersteuningsplan op hoofdlijnen", "2026 – 2030",
      "Stichting Samenwerkingsverband Passend Onderwijs Kroonwaard PO 31-07",
      "Kroonwaard · Zandhove · Ellecom-Broek"),
TOC,
H1("1. Waarom dit plan"),
P("Elke vier jaar stelt het samenwerkingsverband een ondersteuningsplan vast. Dit plan is bewust ‘op hoofdlijnen’ "
  "geschreven. Het beschrijft wat wij met elkaar hebben afgesproken; hoe scholen dat uitvoeren, bepalen zij zelf "
  "binnen die afspraken. Uitwerkingen staan in het jaarplan en op onze website."),
P("Het plan is besproken met de gemeenten Kroonwaard, Zandhove en Ellecom-Broek (OOGO 12 februari 2026), met het "
  "samenwerkingsverband VO Veluwezoom-Noord en met de ondersteuningsplanraad, die op 10 maart 2026 heeft ingestemd."),
H1("2. Kroonwaard in het kort"),
T(["", "Aantal"],
  ["Gemeenten", "3"],
  ["Schoolbesturen", "7"],
  ["Basisscholen", "31"],
  ["Scholen voor speciaal basisonderwijs", "1 (SBO De Kroonsteen-Zuid)"],
  ["So-scholen in de regio", "2 (cluster 3 en cluster 4)"],
  ["Leerlingen basisonderwijs (1-10-2025)", "5.904"],
  ["Medewerkers bureau SWV", "6,8 fte"]),
P("Kroonwaard is een overwegend landelijke regio met één kern van betekenis. Het aantal leerlingen is de afgelopen "
  "jaren stabiel gebleven, door nieuwbouw in Zandhove. Drie kleine dorpsscholen hebben minder dan 60 leerlingen."),
H1("3. Onze uitgangspunten"),
P("Wij werken vanuit vertrouwen in de professionaliteit van leerkrachten en scholen. De school is aan zet; het "
  "samenwerkingsverband ondersteunt, adviseert en verbindt. Wij houden de regels eenvoudig en de lijnen kort. Wij "
  "werken resultaatgericht en handelingsgericht, en wij kijken naar wat een kind nodig heeft, niet naar een label."),
P("Wij willen geen bureaucratie rond aanvragen. Een aanvraag kost een school zo weinig mogelijk tijd; wat al in het "
  "leerlingdossier staat, hoeft niet opnieuw te worden beschreven. De leerresultaten en opbrengsten van de scholen "
  "zelf vallen onder de verantwoordelijkheid van de schoolbesturen en worden door de inspectie beoordeeld."),
H1("4. Basisondersteuning"),
P("Alle scholen in Kroonwaard bieden ten minste basisondersteuning. Wij hanteren daarbij de vier onderdelen uit het "
  "landelijke referentiekader: basiskwaliteit, preventieve en licht curatieve interventies, de "
  "onderwijsondersteuningsstructuur van de school en planmatig werken. Het niveau van de basisondersteuning is voor "
  "alle scholen van het samenwerkingsverband gelijk."),
P("De concrete invulling van de basisondersteuning per school staat in het schoolondersteuningsprofiel (SOP) van "
  "iedere school. De SOP's zijn te vinden op de websites van de scholen."),
H1("5. Extra ondersteuning en voorzieningen"),
P("Als een kind meer nodig heeft dan de basisondersteuning, kan de school een arrangement aanvragen. Het "
  "ondersteuningsaanbod in Kroonwaard ziet er als volgt uit:"),
T(["Niveau", "Aanbod", "Toegang"],
  ["Basis", "Basisondersteuning op iedere school (zie hoofdstuk 4)", "Geen aanvraag"],
  ["Extra in de school", "Individueel arrangement (extra begeleiding, middelen, ambulante begeleiding)", "Aanvraag bij het ondersteuningsloket, besluit binnen 4 weken"],
  ["Extra bovenschools", "Taalklas Zandhove, Plusgroep Kroonwaard (HB), Leerlab gedrag", "Aanmelding via de IB'er"],
  ["Speciaal", "SBO De Kroonsteen-Zuid; so cluster 3 (De Hoefslag) en cluster 4 (De Vlonder)", "TLV (hoofdstuk 6)"]),
P("Samen met de jeugdteams van de drie gemeenten kunnen onderwijs-zorgarrangementen worden ingezet voor kinderen "
  "die zowel onderwijs- als zorgondersteuning nodig hebben."),
P("Een analyse van eventuele witte vlekken in ons aanbod wordt in 2027 uitgewerkt."),
H1("6. De route naar het S(B)O"),
P("De onderstaande tabel vat de route samen."),
T(["Stap", "Wie", "Wat", "Termijn"],
  ["1", "School (IB'er) met ouders", "Bespreking in het multidisciplinair overleg (MDO) met de orthopedagoog van het SWV", "—"],
  ["2", "Bevoegd gezag van de school", "Aanvraag TLV bij het ondersteuningsloket met groeidocument, OPP en zienswijze ouders", "—"],
  ["3", "Ondersteuningsloket", "Controle volledigheid", "5 werkdagen"],
  ["4", "Twee deskundigen (orthopedagoog/psycholoog + tweede deskundige)", "Elk een schriftelijk advies", "3 weken"],
  ["5", "Commissie van Toelaatbaarheid (CvT)", "Besluit, bekostigingscategorie (so), looptijd", "binnen 6 weken na volledige aanvraag"],
  ["6", "CvT", "Afschrift besluit en adviezen aan ouders en school; bezwaar mogelijk binnen 6 weken", "—"]),
T(["Criteria", "SBO", "SO"],
  ["Ondersteuningsbehoefte", "Overstijgt basis en arrangement; vraagt kleine groep hele dag", "Intensief en langdurig op meerdere gebieden (gedrag, ontwikkeling, lichamelijk/medisch)"],
  ["Voorafgaande ondersteuning", "Minimaal 2 geëvalueerde cycli handelingsgericht werken", "Idem, of aantoonbaar dat regulier/sbo niet volstaat"],
  ["Looptijd TLV", "Tot einde basisschool", "1 tot 3 schooljaren, eindigt 31 juli"]),
P("We streven ernaar dat leerlingen uit het S(B)O waar mogelijk terugkeren naar een reguliere basisschool dicht bij "
  "huis."),
H1("7. Middelen"),
P("Het samenwerkingsverband verdeelt de ondersteuningsmiddelen via het schoolmodel. Na aftrek van de afdrachten voor "
  "sbo en so ontvangen de besturen een schoolbudget van € 160 per leerling (teldatum 1 oktober). Het resterende "
  "bedrag wordt ingezet voor arrangementen, de bovenschoolse voorzieningen en de organisatie. Besturen "
  "verantwoorden jaarlijks in een bestedingsoverzicht per school waaraan het schoolbudget is besteed."),
T(["Begroting (x € 1.000)", "2026", "2027", "2028", "2029"],
  ["Rijksbijdrage ondersteuning", "4.620", "4.590", "4.570", "4.560"],
  ["Afdracht so (DUO)", "-1.480", "-1.490", "-1.500", "-1.500"],
  ["Afdracht sbo", "-1.090", "-1.070", "-1.060", "-1.050"],
  ["Schoolbudgetten", "945", "940", "935", "930"],
  ["Arrangementen", "520", "520", "510", "510"],
  ["Bovenschoolse voorzieningen", "310", "310", "310", "310"],
  ["Organisatie", "260", "265", "270", "275"],
  ["Saldo", "15", "-5", "-15", "-15"]),
P("De algemene reserve (€ 640.000 eind 2025) ligt onder de signaleringswaarde en wordt niet verder afgebouwd."),
H1("8. Ouders"),
P("Ouders vinden informatie over de ondersteuning in Kroonwaard op onze website (www.swvkroonwaard.nl), in de "
  "ouderfolder die scholen uitreiken en in de schoolgids. De IB'er van de school is het eerste aanspreekpunt. Twee "
  "keer per jaar is er een inloopavond voor ouders."),
P("Ouders die er met de school niet uitkomen, kunnen contact opnemen met de consulent van het samenwerkingsverband. "
  "Voor onafhankelijk advies kunnen zij terecht bij het Ouder- en Jeugdsteunpunt Gelderse Vallei-Oost en bij de "
  "Onderwijsconsulenten. Klachten over het samenwerkingsverband behandelt de landelijke klachtencommissie waarbij wij "
  "zijn aangesloten; geschillen over toelating of een OPP kunnen worden voorgelegd aan de Geschillencommissie "
  "passend onderwijs."),
H1("9. Organisatie"),
P("Het samenwerkingsverband is een vereniging met een algemene ledenvergadering van de zeven schoolbesturen en een "
  "onafhankelijk bestuur. Het bureau bestaat uit een directeur, twee orthopedagogen, drie consulenten en een "
  "secretaresse. De OPR bestaat uit acht leden (vier ouders, vier personeelsleden). Wij bieden scholen jaarlijks een "
  "scholingsaanbod aan en organiseren een netwerk voor intern begeleiders."),
]

DOC = dict(
    slug="ho-po-kroonwaard-2026", fmt="docx+pdf", sector="po", looks_like_plan=True,
    title="Ondersteuningsplan op hoofdlijnen 2026-2030 SWV Kroonwaard", toc=True,
    header="Ondersteuningsplan op hoofdlijnen 2026-2030 — SWV Kroonwaard PO 31-07",
    footer=None, font="Calibri", font_size=11,
    blocks=blocks,
    elements={"basisondersteuning": "partial", "plaatsing": "present", "terugstroom": "partial",
              "financien": "present", "dekkend-aanbod": "partial", "resultaten": "missing", "ouders": "present"},
    criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": False,
              "plaatsing.procedure": True, "plaatsing.criteria": True,
              "terugstroom.procedure": False, "terugstroom.beleid": True,
              "financien.verdeling": True, "financien.besteding": True,
              "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": False,
              "resultaten.doelen": False, "resultaten.monitoring": False,
              "ouders.informatie": True, "ouders.steunpunt": True},
    notes={
        "basisondersteuning": "ch. 4: niveau stated (minimum equal for all schools, four Referentiekader aspects) but the concrete content is only referred to the SOP's on school websites -> inhoud false -> partial (typical 'definition only' case).",
        "plaatsing": "Element described only in tables (ch. 6): route table (who applies, dossier, two deskundigen, CvT, 6 weeks, bezwaar) and criteria table sbo/so incl. looptijd -> present.",
        "terugstroom": "Only one vague policy sentence at the end of ch. 6 ('We streven ernaar dat leerlingen uit het S(B)O waar mogelijk terugkeren naar een reguliere basisschool dicht bij huis') -> beleid true (per brief a vague policy sentence counts), no procedure -> partial.",
        "dekkend-aanbod": "continuum: ch. 5 table (basis / extra / bovenschools / speciaal) + OZA; lacunes: only deferral 'Een analyse van eventuele witte vlekken ... wordt in 2027 uitgewerkt'; no thuiszitters, zorgplicht or gap handling -> partial.",
        "resultaten": "Nothing: no goals, no monitoring, no kengetallen on deelname/TLV's. Near-misses: 'resultaatgericht' (ch. 3 value word), 'leerresultaten en opbrengsten van de scholen ... door de inspectie beoordeeld' (school quality, not SWV results). Bestedingsoverzicht in ch. 7 is financial verantwoording, not results -> missing.",
        "financien": "ch. 7: €160 per leerling schoolmodel + begroting table 2026-2029 + reserve.",
        "ouders": "ch. 8: website, ouderfolder, schoolgids, inloopavond + OJSP, Onderwijsconsulenten, klachtencommissie, Geschillencommissie.",
    },
)
