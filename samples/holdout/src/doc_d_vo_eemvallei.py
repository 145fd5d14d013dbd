from common import *

blocks = [
TITLE("Ondersteuningsplan 2026–2030", "‘Iedere jongere in beeld’",
      "Samenwerkingsverband Voortgezet Onderwijs Eemvallei-Zuid (VO 32-11)",
      "Vastgesteld door het bestuur op 31 maart 2026, na instemming van de OPR op 19 maart 2026"),
TOC,
H1("1 Voorwoord"),
P("Met trots presenteren wij het ondersteuningsplan 2026–2030 van Eemvallei-Zuid. Het plan bouwt voort op wat in de "
  "vorige periode is opgebouwd: een sterke basis op de scholen, een OPDC dat zijn waarde heeft bewezen en een "
  "thuiszittersaanpak die landelijk aandacht kreeg. Tegelijk zien wij dat de vraag naar ondersteuning verandert. "
  "Steeds meer jongeren hebben te maken met psychische klachten, angst en schoolverzuim. Dat vraagt om andere "
  "antwoorden, dichter bij de jongere en in nauwe samenwerking met de jeugdhulp."),
P("Dit plan is tot stand gekomen met de zorgcoördinatoren, de schoolleiders, de OPR en de gemeenten Eemvallei, "
  "Woudenhorst en Leusveld. Wij danken hen voor hun inzet en kritische blik."),
P("Dr. H.J. Koster, directeur-bestuurder"),
H1("2 Ons samenwerkingsverband"),
P("Eemvallei-Zuid omvat veertien vo-scholen van zes besturen, waaronder één school voor praktijkonderwijs en twee "
  "vso-scholen. Op 1 oktober 2025 volgden 8.262 leerlingen onderwijs op een van onze scholen. Het samenwerkingsverband "
  "is een stichting met een directeur-bestuurder en een raad van toezicht; de OPR telt tien leden. Het bureau is "
  "gevestigd in Eemvallei en telt 7,5 fte."),
T(["School", "Plaats", "Onderwijssoort", "Leerlingen"],
  ["Eemcollege", "Eemvallei", "vmbo-b/k/t", "1.214"],
  ["Stedelijk Gymnasium Eemvallei", "Eemvallei", "vwo", "742"],
  ["Het Woudenhorst Lyceum", "Woudenhorst", "havo, vwo", "1.105"],
  ["Leusveld College", "Leusveld", "vmbo-t, havo", "986"],
  ["Praktijkschool De Werkplaats", "Eemvallei", "pro", "312"],
  ["Vso De Bolder", "Eemvallei", "vso cluster 4", "204"],
  ["Vso Het Baken", "Woudenhorst", "vso cluster 3", "136"],
  ["overige zeven vestigingen", "diverse", "vmbo, havo, vwo", "3.563"]),
H1("3 Basisondersteuning: de kwaliteitskaart"),
P("Iedere vestiging in Eemvallei-Zuid biedt dezelfde basisondersteuning. Dit is het minimumniveau dat wij met alle "
  "besturen hebben afgesproken en dat geldt voor alle leerlingen, zonder aanvraag of toewijzing. De "
  "basisondersteuning is vastgelegd in de kwaliteitskaart basisondersteuning, die hieronder is opgenomen. Wat een "
  "vestiging daarboven biedt, staat in het schoolondersteuningsprofiel."),
T(["Onderdeel", "Minimumafspraak voor iedere vestiging"],
  ["Ondersteuningsstructuur", "Zorgcoördinator en intern zorgadviesteam (ZAT) met leerplicht, jeugdarts en jeugdteam, minimaal zes keer per jaar"],
  ["Mentoraat", "Mentoruren in het rooster; mentor voert minimaal twee voortgangsgesprekken per jaar met leerling en ouders"],
  ["Lees- en rekenproblemen", "Dyslexie- en dyscalculiebeleid met compenserende en dispenserende maatregelen"],
  ["Sociaal-emotioneel", "Weerbaarheidstraining, faalangsttraining en een aanspreekpunt pesten"],
  ["Executieve functies", "Huiswerkbegeleiding en plannings- en studievaardigheden in het mentoraat"],
  ["Verzuim", "Verzuimprotocol met vroegsignalering; contact met ouders op de eerste dag van ongeoorloofd verzuim"],
  ["Opvang", "Een time-out- en opvangruimte met begeleiding tijdens alle lesuren"],
  ["Ontwikkelingsperspectief", "OPP voor iedere leerling met extra ondersteuning, minimaal jaarlijks geëvalueerd"],
  ["Fysieke toegankelijkheid", "Aanpassingen voor leerlingen met een lichamelijke beperking in overleg met de gemeente"]),
P("Twee keer per planperiode voert het samenwerkingsverband met iedere vestiging een audit uit aan de hand van de "
  "kwaliteitskaart. De uitkomsten worden besproken met het bestuur van de school en opgenomen in het jaarverslag van "
  "het samenwerkingsverband."),
H1("4 Van extra ondersteuning tot vso"),
P("Boven de basisondersteuning kent Eemvallei-Zuid een samenhangend aanbod van extra ondersteuning, zodat jongeren "
  "zoveel mogelijk op hun eigen school kunnen blijven:"),
UL("Ondersteuning in de school: iedere vestiging heeft een trajectvoorziening of ondersteuningsklas waar leerlingen tijdelijk extra begeleiding krijgen, met een coach en een eigen werkplek.",
   "Ambulante begeleiding: de vso-scholen De Bolder en Het Baken leveren gedragsspecialisten en ambulant begeleiders aan de reguliere scholen.",
   "OPDC Eemvallei: tijdelijke plaatsing (maximaal twee jaar) in kleine groepen voor leerlingen met leer- en gedragsproblemen, met onderwijs tot en met vmbo-t.",
   "Herstelplek: een kortdurende opvang (8–12 weken) voor jongeren met angst- en stemmingsklachten, samen met de jeugd-GGZ.",
   "Praktijkonderwijs en leerwegondersteunend onderwijs op de daarvoor aangewezen scholen.",
   "Voortgezet speciaal onderwijs op De Bolder (cluster 4) en Het Baken (cluster 3), met een TLV van het samenwerkingsverband."),
P("De procedures en criteria voor de toelaatbaarheid tot het vso en het praktijkonderwijs en voor de aanwijzing "
  "lwoo zijn opgenomen in het Handboek Toelaatbaarheid, te vinden op www.swv-eemvalleizuid.nl/handboek."),
H1("5 Terugkeer van vso naar regulier vo"),
P("De tabel hieronder beschrijft ons beleid en onze werkwijze."),
T(["Onderdeel", "Afspraak"],
  ["Uitgangspunt", "Vso en OPDC zijn waar mogelijk tijdelijk. Iedere leerling met een TLV heeft een terugkeerperspectief in het OPP, tenzij onderbouwd is dat dit niet realistisch is."],
  ["Voorwaarden", "De leerling heeft de doelen uit het OPP op werkhouding en gedrag gehaald, er is een passende reguliere school gevonden en ouders en leerling stemmen in."],
  ["Stap 1 – signalering", "De vso-school beoordeelt bij de jaarlijkse OPP-evaluatie (uiterlijk 1 maart) of terugkeer haalbaar is."],
  ["Stap 2 – terugkeergesprek", "In het laatste jaar van de TLV is een terugkeergesprek verplicht, met vso-school, ouders, leerling en de trajectbegeleider van het SWV."],
  ["Stap 3 – ontvangende school", "De trajectbegeleider zoekt met ouders een reguliere school; die school neemt de leerling op in haar ondersteuningsstructuur."],
  ["Stap 4 – overgang", "Proefperiode van 6 tot 10 weken, met ambulante begeleiding vanuit de vso-school gedurende minimaal een half jaar."],
  ["Stap 5 – evaluatie", "Evaluatie na 3 en 6 maanden door de trajectbegeleider; bij terugval kan de leerling binnen de looptijd van de TLV terug naar het vso."],
  ["Besluit", "De trajectbegeleider legt de terugkeer vast; verlenging van de TLV wordt aangevraagd als terugkeer niet haalbaar is."]),
H1("6 Dekkend netwerk"),
P("Schoolbesturen hebben zorgplicht. Bij aanmelding van een leerling met een ondersteuningsbehoefte onderzoekt de "
  "school binnen zes weken (eenmaal verlengbaar met vier weken) of zij de leerling kan plaatsen; zo niet, dan zorgt "
  "zij voor een passende plek elders. Het besluit over toelating is aan de school. Als de zoektocht vastloopt, schakelt "
  "de school het loket van het samenwerkingsverband in."),
P("Iedere maand brengt het samenwerkingsverband met de leerplichtambtenaren in beeld welke jongeren thuiszitten of "
  "dreigen thuis te zitten. Voor elke thuiszitter wordt binnen twee weken een trajectbegeleider aangewezen. In 2025 "
  "hebben wij witte vlekken gesignaleerd voor hoogbegaafde leerlingen met sociaal-emotionele problemen en voor "
  "jongeren met ernstige angstklachten. Voor de eerste groep start in 2026 een bovenschoolse HB-plusvoorziening; voor "
  "de tweede groep is de Herstelplek in 2025 geopend en wordt de capaciteit in 2027 verdubbeld. In het OOGO is met de "
  "gemeenten afgesproken dat jeugdhulp en onderwijs één plan per gezin hanteren."),
H1("7 Onze doelen en hoe wij die volgen"),
T(["Doel 2030", "Indicator", "Stand 2025", "Streefwaarde"],
  ["Alle vestigingen voldoen aan de kwaliteitskaart", "% vestigingen audit ‘voldoende’", "79%", "100%"],
  ["Minder thuiszitters", "Thuiszitters > 4 weken (1 oktober)", "17", "< 6"],
  ["Meer terugkeer uit vso/OPDC", "Aantal leerlingen per jaar", "22", "35"],
  ["Tevredenheid zorgcoördinatoren", "Rapportcijfer dienstverlening SWV", "7,1", "≥ 7,5"]),
P("Wij volgen de voortgang op deze doelen met een monitor die twee keer per jaar wordt gevuld met gegevens uit DUO, "
  "de leerplichtregistratie, de audits en onze eigen registratie. De monitor wordt besproken met het bestuur, de "
  "raad van toezicht en de OPR. In het jaarverslag rapporteren wij over de bereikte resultaten. In 2028 volgt een "
  "tussenevaluatie door een externe partij."),
H1("8 Ouders als partner"),
P("Ouders zijn betrokken bij iedere stap: bij het opstellen en evalueren van het OPP, bij het zorgadviesteam en "
  "bij een eventuele terugkeer uit het vso. Leerlingen hebben hoorrecht bij hun OPP."),
P("Onafhankelijke hulp. Ouders en jongeren die vastlopen in contact met school of samenwerkingsverband, kunnen "
  "kosteloos terecht bij het Ouder- en Jeugdsteunpunt Eemvallei, dat onafhankelijk werkt en een wekelijks spreekuur "
  "houdt in de bibliotheek van Eemvallei. Ook kunnen zij contact opnemen met de Onderwijsconsulenten. Geschillen "
  "over toelating, verwijdering of het OPP kunnen worden voorgelegd aan de Geschillencommissie passend onderwijs."),
P("Scholen vragen geen ouderbijdrage voor ondersteuning of voor deelname aan een arrangement."),
H1("9 Middelen"),
P("Het samenwerkingsverband ontvangt jaarlijks middelen van het Rijk. De verdeling van de middelen over de "
  "scholen en de meerjarenbegroting worden jaarlijks vastgesteld in de begroting van het samenwerkingsverband en "
  "maken geen deel uit van dit plan. Zie www.swv-eemvalleizuid.nl/financien."),
H1("10 Medezeggenschap en organisatie"),
P("De OPR bestaat uit vijf personeelsleden en vijf ouders of leerlingen, gekozen uit de medezeggenschapsraden. De OPR "
  "vergadert vijf keer per jaar en heeft instemmingsrecht op het ondersteuningsplan. De raad van toezicht ziet toe op "
  "het bestuur. Het samenwerkingsverband biedt een kostendekkend scholingsaanbod voor mentoren aan, en een "
  "projectmatig programma ‘Professionele ondersteuningscultuur’."),
]

DOC = dict(
    slug="ho-vo-eemvallei-2026", fmt="docx+pdf", sector="vo", looks_like_plan=True,
    title="Ondersteuningsplan 2026-2030 SWV VO Eemvallei-Zuid", toc=True,
    header="SWV VO Eemvallei-Zuid — Ondersteuningsplan 2026–2030",
    footer="Iedere jongere in beeld", font="Calibri", font_size=11,
    blocks=blocks,
    elements={"basisondersteuning": "present", "plaatsing": "missing", "terugstroom": "present",
              "financien": "missing", "dekkend-aanbod": "present", "resultaten": "present", "ouders": "partial"},
    criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
              "plaatsing.procedure": False, "plaatsing.criteria": False,
              "terugstroom.procedure": True, "terugstroom.beleid": True,
              "financien.verdeling": False, "financien.besteding": False,
              "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
              "resultaten.doelen": True, "resultaten.monitoring": True,
              "ouders.informatie": False, "ouders.steunpunt": True},
    advisory={"ouders": True},
    notes={
        "plaatsing": "Only a reference: procedures and criteria for vso/pro/lwoo 'zijn opgenomen in het Handboek Toelaatbaarheid, te vinden op www.../handboek' (end of ch. 4) -> website reference, nothing addressed; should be reported as 'verwezen'. Near-misses: 'toelating' and 'aanmelding' (zorgplicht, ch. 6), 'vso ... met een TLV van het samenwerkingsverband' (passing). No deskundigen, duration or bezwaar for TLV -> missing.",
        "terugstroom": "Described only in a table (ch. 5): uitgangspunt/voorwaarden (beleid) + steps 1-5 with actors, moments, end of TLV -> present.",
        "financien": "ch. 9 'Middelen' only says verdeling and meerjarenbegroting are set in the annual begroting, 'maken geen deel uit van dit plan', see website -> deferral/reference. Near-misses: 'ouderbijdrage' (ch. 8), 'kostendekkend scholingsaanbod' (ch. 10). No reserves or verantwoording -> missing.",
        "ouders": "steunpunt: ch. 8 'Onafhankelijke hulp' (OJSP Eemvallei, Onderwijsconsulenten, Geschillencommissie). informatie: nowhere is described how parents are informed about the support facilities (no website/brochure/schoolgids/meetings for parents; the handboek URL concerns the TLV procedure; SOP mention in ch. 3 only says what it contains) -> partial. Borderline: a labeller might read the OJSP as an information channel; we judge it as help with questions/disagreement only.",
        "basisondersteuning": "ch. 3: minimum level for every vestiging + kwaliteitskaart table + audits.",
        "dekkend-aanbod": "continuum ch. 4 list; lacunes ch. 6 (zorgplicht, thuiszitters, witte vlekken with actions).",
        "resultaten": "ch. 7: goals table with indicators/streefwaarden + monitor twice a year, jaarverslag, tussenevaluatie.",
    },
)
