from common import *

blocks = [
TITLE("Ondersteuningsplan 2026-2030",
      "Samenwerkingsverband Voortgezet Onderwijs Noorderdijk (VO 32-23)",
      "Toegankelijke tekstversie (zonder opmaak) van het vastgestelde plan",
      "Vastgesteld door het algemeen bestuur op 26 maart 2026; instemming ondersteuningsplanraad 16 maart 2026."),
TOC,
H1("1. Inleiding"),
P("Het Samenwerkingsverband Voortgezet Onderwijs Noorderdijk is het samenwerkingsverband van zeven schoolbesturen "
  "voor voortgezet onderwijs in de gemeenten Noorderdijk, Oldemarke en Zuiderzande. Het samenwerkingsverband telt "
  "twaalf vestigingen voor regulier voortgezet onderwijs, één school voor praktijkonderwijs en twee vso-locaties. "
  "Op 1 oktober 2025 stonden 7.410 leerlingen ingeschreven. Door een teruglopend leerlingaantal – de prognose voor "
  "2030 is 6.850 – staan de kleinere vestigingen onder druk."),
P("Dit plan beschrijft de afspraken die de besturen voor de periode 2026-2030 hebben gemaakt over de ondersteuning "
  "van leerlingen. De tekstversie is bedoeld voor gebruik met voorleessoftware; de inhoud is gelijk aan de "
  "opgemaakte versie."),
H1("2. Missie en koers"),
P("Onze missie is kort: iedere jongere in Noorderdijk, Oldemarke en Zuiderzande leert op een school die bij hem of "
  "haar past en verlaat het voortgezet onderwijs met een diploma of een duurzaam perspectief. Daarvoor is nodig dat "
  "scholen elkaar vertrouwen, expertise delen en samen verantwoordelijkheid nemen voor leerlingen die niet vanzelf "
  "een plek vinden. De besturen hebben in 2025 uitgesproken dat zij de zorgplicht niet als een verplichting van de "
  "individuele school zien, maar als een gezamenlijke opdracht."),
P("Voor de komende periode kiezen wij drie koersuitspraken. Ten eerste: de basis moet op iedere vestiging op orde "
  "zijn, omdat daar het verschil wordt gemaakt. Ten tweede: geen jongere zit thuis zonder dat er binnen vier weken een "
  "plan ligt. Ten derde: het samenwerkingsverband is er voor de scholen, met snelle besluiten en weinig administratie. "
  "Deze koers is vertaald naar de beoogde resultaten in hoofdstuk 8."),
H1("3. Terugblik 2022-2026"),
P("In het vorige plan stonden drie doelen centraal: het verlagen van het aantal thuiszitters, het verkorten van de "
  "doorlooptijd van aanvragen en het versterken van de basisondersteuning. De evaluatie door de "
  "beleidsmedewerker kwaliteit (januari 2026) laat het volgende zien:"),
T(["Doel vorig plan", "Streefwaarde 2026", "Bereikt (2025)"],
  ["Thuiszitters > 4 weken", "maximaal 8", "11"],
  ["Doorlooptijd TLV-aanvraag", "6 weken", "5,5 weken"],
  ["Vestigingen met basisondersteuning op orde (audit)", "100%", "83%"],
  ["Deelname vso", "4,0%", "4,3%"]),
P("De doorlooptijd is verbeterd; de andere doelen zijn niet gehaald. De terugkoppeling van scholen laat zien dat de "
  "audit als nuttig wordt ervaren, maar dat twee vestigingen structureel te weinig formatie voor ondersteuning "
  "inzetten."),
H1("4. Basisondersteuning"),
P("Basisondersteuning is het door alle besturen afgesproken niveau van ondersteuning dat iedere vestiging van het "
  "samenwerkingsverband biedt, voor iedere leerling, zonder tussenkomst van het samenwerkingsverband. Iedere vestiging "
  "biedt ten minste:"),
UL("een ondersteuningscoördinator en een ondersteuningsteam dat wekelijks overlegt;",
   "mentoraat met individuele begeleiding en een leerlingvolgsysteem;",
   "begeleiding bij dyslexie en dyscalculie, inclusief faciliteiten bij toetsing;",
   "trainingen voor faalangst, sociale vaardigheden en plannen en organiseren;",
   "een opvangvoorziening voor leerlingen die tijdelijk niet in de les kunnen zijn;",
   "een aanpak van verzuim volgens het regionale verzuimprotocol;",
   "begeleiding van leerlingen met een chronische ziekte of lichamelijke beperking, met een protocol medisch handelen;",
   "een OPP voor iedere leerling die meer nodig heeft dan het reguliere aanbod, met jaarlijkse evaluatie."),
P("Iedere vestiging laat eens in de twee jaar een audit uitvoeren door het samenwerkingsverband. Als een vestiging niet "
  "aan de afspraken voldoet, maakt het bestuur een verbeterplan met een termijn van zes maanden."),
H1("5. Toelaatbaarheid tot vso en praktijkonderwijs; lwoo"),
P("Het samenwerkingsverband geeft toelaatbaarheidsverklaringen (TLV) af voor het vso en het praktijkonderwijs en "
  "beslist over de aanwijzing voor lwoo. Daarvoor is het Bureau Toewijzing ingericht, met een onafhankelijke "
  "commissie die het besluit neemt."),
P("Procedure vso. De school van inschrijving dient de aanvraag in bij het Bureau Toewijzing met het OPP, het "
  "handelingsdeel, de evaluatie van de ingezette ondersteuning en een verslag van het ondersteuningsteam. Binnen vijf "
  "werkdagen wordt de aanvraag op volledigheid gecontroleerd. Een orthopedagoog of psycholoog en een tweede "
  "deskundige adviseren elk afzonderlijk. De commissie besluit binnen zes weken. Bij spoed (dreigende uitval) besluit "
  "de commissie binnen tien werkdagen."),
P("Criteria vso. Een leerling is toelaatbaar tot het vso als: de leerling een langdurige en intensieve "
  "ondersteuningsbehoefte heeft op het gebied van leren en ontwikkeling, gedrag, communicatie of medische zorg; de "
  "reguliere school aantoonbaar alle mogelijkheden uit de basisondersteuning en daarboven heeft benut gedurende "
  "minimaal twee OPP-cycli; en de ondersteuningsbehoefte een integrale, specialistische aanpak in een kleine setting "
  "vraagt. De commissie stelt de bekostigingscategorie vast. De TLV geldt voor maximaal drie schooljaren."),
P("Praktijkonderwijs en lwoo. Het samenwerkingsverband hanteert de landelijke criteria. De aanvraag wordt vóór 1 mei "
  "ingediend door de vo-school waar de leerling is aangemeld, met het onderwijskundig rapport en de testgegevens. "
  "Voor oudere leerlingen (ouder dan 14 jaar) die tussentijds instromen, geldt dezelfde procedure."),
P("Bezwaar. Tegen een besluit over toelaatbaarheid kan binnen zes weken bezwaar worden gemaakt. Het samenwerkingsverband "
  "is aangesloten bij de Landelijke Bezwaaradviescommissie."),
H1("6. Zorgplicht en thuiszitters"),
P("Iedere school heeft zorgplicht. Wordt een leerling met een ondersteuningsbehoefte aangemeld, dan onderzoekt de "
  "school binnen zes weken (maximaal vier weken verlenging) of zij de leerling een passende plek kan bieden. Lukt "
  "dat niet, dan zoekt de school – met hulp van het Bureau Toewijzing – een andere school. Het samenwerkingsverband "
  "houdt een overzicht bij van alle leerlingen voor wie dit traject langer dan tien weken duurt."),
P("Thuiszitters worden binnen een week gemeld bij het samenwerkingsverband. Iedere twee weken komt de Thuiszitterstafel "
  "Noorderdijk bijeen (samenwerkingsverband, leerplicht, jeugdteams, school van inschrijving). Voor iedere thuiszitter "
  "wordt binnen vier weken een plan gemaakt met een termijn. De directeur-bestuurder heeft doorzettingsmacht."),
P("Uit de analyse van 2025 blijken twee witte vlekken: er is onvoldoende plek voor leerlingen met ernstige "
  "angstklachten en voor leerlingen die het vso verlaten zonder vervolgplek. Voor de eerste groep wordt per 1 "
  "augustus 2027 een kleinschalige voorziening ingericht met de jeugd-GGZ (12 plaatsen). Voor de tweede groep maken "
  "wij in 2026 afspraken met het mbo en de gemeenten over een overbruggingstraject."),
H1("7. Financiën"),
P("De ondersteuningsmiddelen worden als volgt verdeeld. Na verrekening van de vso-, pro- en lwoo-bekostiging via DUO "
  "ontvangen de besturen een ondersteuningsbudget: € 30.000 vaste voet per vestiging en € 97 per leerling (teldatum 1 "
  "oktober). De middelen voor de thuiszitterstafel, het Bureau Toewijzing en de nieuwe voorziening blijven centraal. "
  "Besturen leggen jaarlijks verantwoording af over de besteding via een format van het samenwerkingsverband."),
T(["Meerjarenbegroting (x EUR 1.000)", "2026", "2027", "2028", "2029"],
  ["Baten", "9.480", "9.310", "9.150", "8.990"],
  ["Verrekening vso/pro/lwoo", "-6.120", "-6.040", "-5.960", "-5.880"],
  ["Ondersteuningsbudget besturen", "1.990", "1.960", "1.930", "1.900"],
  ["Voorziening angstklachten", "0", "180", "430", "430"],
  ["Thuiszitterstafel en maatwerk", "310", "310", "310", "310"],
  ["Bureau Toewijzing en organisatie", "620", "625", "630", "640"],
  ["Resultaat", "440", "195", "-110", "-170"]),
P("Scholen vragen geen ouderbijdrage voor ondersteuning. Het weerstandsvermogen ligt met 9% van de baten onder de "
  "signaleringswaarde."),
H1("8. Beoogde resultaten en kwaliteitszorg"),
T(["Beoogd resultaat 2030", "Indicator", "Streefwaarde"],
  ["Minder thuiszitters", "Thuiszitters > 4 weken op 1 oktober", "maximaal 4"],
  ["Basisondersteuning overal op orde", "Vestigingen met positieve audit", "100%"],
  ["Snelle toewijzing", "Doorlooptijd TLV-aanvraag", "maximaal 5 weken"],
  ["Lagere deelname vso", "Deelnamepercentage vso (1 oktober)", "3,8%"]),
P("De beleidsmedewerker kwaliteit rapporteert twee keer per jaar aan het algemeen bestuur over deze indicatoren, op "
  "basis van DUO-gegevens, de registratie van het Bureau Toewijzing, de audits en de leerplichtregistratie. Jaarlijks "
  "legt het samenwerkingsverband in het jaarverslag verantwoording af over de bereikte resultaten. In 2028 volgt een "
  "tussenevaluatie."),
H1("9. Organisatie"),
P("Het samenwerkingsverband is een stichting met een directeur-bestuurder en een raad van toezicht. Het algemeen "
  "bestuur bestaat uit de bestuurders van de zeven aangesloten besturen. Het bureau telt 8 fte. Het plan is besproken "
  "in het OOGO met de drie gemeenten (10 maart 2026) en met het samenwerkingsverband PO (4 maart 2026)."),
H1("10. Privacy"),
P("Het samenwerkingsverband verwerkt persoonsgegevens van leerlingen voor de toewijzing van TLV's, de aanwijzing lwoo "
  "en de thuiszitterstafel. Het Bureau Toewijzing bewaart dossiers tot drie jaar na het besluit; daarna worden zij "
  "vernietigd. Medewerkers van het bureau hebben een geheimhoudingsplicht. De functionaris gegevensbescherming ziet "
  "toe op naleving van het privacyreglement. Gegevens worden via een beveiligde omgeving uitgewisseld; e-mail wordt "
  "daarvoor niet gebruikt."),
H1("11. Deskundigheid en professionalisering"),
P("Het samenwerkingsverband ondersteunt de vestigingen met een scholingsaanbod voor ondersteuningscoördinatoren en "
  "mentoren. Onderwerpen in 2026-2027 zijn angst en somberheid bij jongeren, het voeren van "
  "ontwikkelingsgesprekken en het opstellen van een goed OPP. Het netwerk ondersteuningscoördinatoren komt vijf keer "
  "per jaar bijeen. Het samenwerkingsverband stimuleert dat vestigingen elkaars expertise benutten, bijvoorbeeld door "
  "collegiale consultatie en uitwisseling van gedragsspecialisten. De kosten van het scholingsaanbod zijn opgenomen "
  "in de begroting onder organisatie."),
H1("Bijlage. Vestigingen"),
T(["Vestiging", "Plaats", "Onderwijssoort"],
  ["Dijkcollege", "Noorderdijk", "vmbo-b/k/t (lwoo)"],
  ["Dijkcollege Lyceum", "Noorderdijk", "havo, vwo"],
  ["CSG Oldemarke", "Oldemarke", "mavo, havo, vwo"],
  ["CSG Oldemarke Techniek", "Oldemarke", "vmbo-b/k (lwoo)"],
  ["Zuiderzande Scholengemeenschap", "Zuiderzande", "vmbo-t, havo"],
  ["Het Zandcollege", "Zuiderzande", "vmbo-b/k (lwoo)"],
  ["Gymnasium Noorderdijk", "Noorderdijk", "vwo"],
  ["Noorderlicht Mavo", "Noorderdijk", "mavo"],
  ["Praktijkschool De Kade", "Noorderdijk", "pro"],
  ["Vso Het Getij", "Noorderdijk", "vso cluster 4"],
  ["Vso De Ankerplaats", "Oldemarke", "vso cluster 3"],
  ["overige vestigingen (3)", "diverse", "vmbo, havo"]),
]

DOC = dict(
    slug="ho-vo-noorderdijk-2026", fmt="txt", sector="vo", looks_like_plan=True,
    title="Ondersteuningsplan 2026-2030 SWV VO Noorderdijk", blocks=blocks,
    elements={"basisondersteuning": "present", "plaatsing": "present", "terugstroom": "missing",
              "financien": "present", "dekkend-aanbod": "partial", "resultaten": "present", "ouders": "missing"},
    criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
              "plaatsing.procedure": True, "plaatsing.criteria": True,
              "terugstroom.procedure": False, "terugstroom.beleid": False,
              "financien.verdeling": True, "financien.besteding": True,
              "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": True,
              "resultaten.doelen": True, "resultaten.monitoring": True,
              "ouders.informatie": False, "ouders.steunpunt": False},
    notes={
        "terugstroom": "No terugplaatsing/overplaatsing from vso or pro to regular vo anywhere. Near-misses: 'teruglopend leerlingaantal' (ch. 1), 'Terugblik' (ch. 3), 'terugkoppeling' (ch. 3), 'leerlingen die het vso verlaten zonder vervolgplek' (ch. 6: uitstroom gap, dekkend-aanbod) -> missing.",
        "ouders": "Parents are not addressed at all: no information channels, no steunpunt/consulenten/klachten, no parental role in procedures or OPR composition (OPR only on the title page). Near-misses: 'ouderbijdrage' (ch. 7), 'oudere leerlingen (ouder dan 14 jaar)' (ch. 5). Bezwaar in ch. 5 belongs to plaatsing and names no independent help for parents -> missing.",
        "dekkend-aanbod": "lacunes: ch. 6 zorgplicht route, Thuiszitterstafel with doorzettingsmacht, witte vlekken with actions -> true. continuum: no description of the coherent set of extra support provisions / arrangementen / bovenschoolse voorzieningen between basis (ch. 4) and vso/pro (ch. 5); the only provision named is the planned angst voorziening as a gap measure -> false -> partial.",
        "resultaten": "ch. 3 terugblik with achieved figures; ch. 8 beoogde resultaten table + monitoring (twice yearly reports, sources, jaarverslag, tussenevaluatie).",
        "plaatsing": "ch. 5: vso procedure + criteria + deskundigen + category/duration; pro/lwoo; bezwaar.",
        "financien": "ch. 7: vaste voet + per leerling, meerjarenbegroting table, weerstandsvermogen.",
    },
)
