"""Collects the five plans and the near-miss document for make_holdout137.py."""
from holdout137_filler import P
from holdout137_plan_a import PLAN_A
from holdout137_plan_b import PLAN_B
from holdout137_plan_c import PLAN_C
from holdout137_plan_d import PLAN_D
from holdout137_plan_e import PLAN_E

PLANS = [PLAN_A, PLAN_B, PLAN_C, PLAN_D, PLAN_E]

# ------------------------------------------------------------------ near miss: school-level plan of a VO school
F = [("title", "Ondersteuningsplan Het Baken College 2025-2026"),
     ("subtitle", "Schoolondersteuningsprofiel en zorgstructuur – vmbo, havo, vwo"),
     ("subtitle", "Vastgesteld door de schoolleiding na advies van de medezeggenschapsraad, 30 september 2025"),
     ("toc",)]
F += [("h1", "1. Inleiding"),
      P("Dit ondersteuningsplan beschrijft hoe Het Baken College in het schooljaar 2025-2026 de ondersteuning aan "
        "leerlingen organiseert. Het plan is tegelijk ons schoolondersteuningsprofiel (SOP) zoals bedoeld in de wet. "
        "Onze school is aangesloten bij het samenwerkingsverband voortgezet onderwijs in de regio. Het "
        "samenwerkingsverband stelt eens in de vier jaar een eigen ondersteuningsplan op; dit document is het plan van "
        "onze school en werkt de afspraken uit het ondersteuningsplan van het samenwerkingsverband uit voor Het Baken."),
      P("Het plan is bedoeld voor ouders, leerlingen, medewerkers en de medezeggenschapsraad. Het wordt elk jaar "
        "geactualiseerd en op de website van de school geplaatst."),
      ("h1", "2. Onze school"),
      P("Het Baken College is een brede scholengemeenschap met ruim 1.350 leerlingen op twee locaties: de locatie "
        "Haven (vmbo basis, kader en gemengde leerweg, inclusief lwoo) en de locatie Duin (havo en vwo). De school "
        "maakt deel uit van een stichting met vier scholen voor voortgezet onderwijs."),
      P("Wij willen een school zijn waar elke leerling gezien wordt. Onze kernwaarden zijn veiligheid, vertrouwen en "
        "verantwoordelijkheid. Wij werken met kleine mentorgroepen in de onderbouw en met een coachsysteem in de "
        "bovenbouw."),
      ("h1", "3. Basisondersteuning op Het Baken"),
      P("De basisondersteuning is het niveau van ondersteuning dat alle scholen in ons samenwerkingsverband bieden. "
        "Op Het Baken betekent dat:"),
      ("ul", ["iedere leerling heeft een mentor, die wekelijks een mentoruur geeft;",
              "op iedere locatie is een zorgcoördinator en een ondersteuningsteam (zorgadviesteam);",
              "leerlingen met dyslexie of dyscalculie krijgen een faciliteitenpas;",
              "we bieden faalangstreductietraining en een training sociale vaardigheden;",
              "er is een Trajectruimte waar leerlingen tijdelijk kunnen werken onder begeleiding;",
              "de school heeft twee vertrouwenspersonen en een anti-pestcoördinator."]),
      ("h1", "4. Zorgniveaus"),
      P("Wij werken met vier zorgniveaus. Niveau 1 is de zorg in de klas door docent en mentor. Niveau 2 is de zorg "
        "door de mentor met advies van de teamleider en de zorgcoördinator. Niveau 3 is de extra ondersteuning in de "
        "Trajectruimte of door een interne coach. Niveau 4 is de ondersteuning met inzet van externe partners of het "
        "samenwerkingsverband, bijvoorbeeld een plaatsing op het OPDC."),
      P("Voor iedere leerling met extra ondersteuning stellen wij een ontwikkelingsperspectiefplan (OPP) op. Het OPP "
        "wordt binnen zes weken met ouders en leerling besproken en twee keer per jaar geëvalueerd. Leerlingen hebben "
        "hoorrecht bij het opstellen van hun OPP."),
      ("h2", "4.1 Groepsbesprekingen en leerlingbesprekingen"),
      P("Drie keer per jaar vinden leerlingbesprekingen per klas plaats. De mentor bereidt de bespreking voor met de "
        "resultaten en de observaties van de docenten. Leerlingen over wie zorgen bestaan, worden besproken in het "
        "zorgadviesteam, dat elke zes weken bijeenkomt met de schoolmaatschappelijk werker, de jeugdarts, de "
        "leerplichtambtenaar en de wijkcoach."),
      ("h1", "5. Lwoo en extra ondersteuning op de locatie Haven"),
      P("Leerlingen met een aanwijzing voor leerwegondersteunend onderwijs (lwoo) krijgen les in kleinere klassen met "
        "extra begeleiding in taal en rekenen. De aanwijzing wordt aangevraagd bij het samenwerkingsverband; het "
        "samenwerkingsverband beslist. Ouders worden door de afdeling aanname geïnformeerd over de aanvraag."),
      ("h1", "6. Als de school niet genoeg kan bieden"),
      P("Soms heeft een leerling meer nodig dan Het Baken kan bieden. In dat geval kan de school, met instemming van "
        "ouders, een aanvraag doen bij het samenwerkingsverband voor een plaats op het OPDC of voor een "
        "toelaatbaarheidsverklaring (TLV) voor het voortgezet speciaal onderwijs. De procedure en de criteria daarvoor "
        "staan in het ondersteuningsplan van het samenwerkingsverband. De zorgcoördinator begeleidt ouders hierbij."),
      P("Leerlingen die vanuit het vso of het OPDC terugkomen naar Het Baken, krijgen een startgesprek met de mentor en "
        "de zorgcoördinator en worden de eerste periode extra gevolgd."),
      ("h1", "7. Ouders"),
      P("Ouders worden via de schoolgids, de website en de mentor geïnformeerd over de ondersteuning op school. Bij "
        "vragen of klachten kunnen ouders terecht bij de mentor, de teamleider en daarna bij de klachtencommissie van "
        "de stichting. Voor onafhankelijk advies verwijzen wij naar het ouder- en jeugdsteunpunt van het "
        "samenwerkingsverband."),
      ("h1", "8. Middelen"),
      P("Het Baken ontvangt van het samenwerkingsverband een schoolbudget voor lichte ondersteuning en lwoo-middelen. "
        "In 2025-2026 bedraagt het schoolbudget € 238.000. Dit wordt besteed aan de zorgcoördinatoren (1,2 fte), de "
        "Trajectruimte (1,6 fte), trainingen en de inzet van een orthopedagoog. De school legt hierover verantwoording "
        "af aan het samenwerkingsverband."),
      ("h1", "9. Ambities van de school"),
      P("In 2025-2026 willen wij het aantal leerlingen dat de Trajectruimte bezoekt terugdringen door meer aandacht "
        "voor preventie in de klas. Ook scholen we alle mentoren in het voeren van driehoeksgesprekken. Aan het eind "
        "van het schooljaar evalueren wij het plan met het zorgadviesteam en de medezeggenschapsraad."),
      ("h1", "10. Grenzen van onze ondersteuning"),
      P("Het Baken kan geen ondersteuning bieden aan leerlingen die permanente één-op-éénbegeleiding nodig hebben, "
        "aan leerlingen die intensieve medische verzorging nodig hebben die niet door onderwijspersoneel kan worden "
        "gegeven, of aan leerlingen van wie het gedrag een structureel gevaar vormt voor de veiligheid van anderen. "
        "In zulke situaties zoeken wij in overleg met ouders en het samenwerkingsverband een passende plek."),
      ("h1", "Bijlage: Begrippen"),
      ("table", [["Begrip", "Betekenis"], ["Basisondersteuning", "Afgesproken niveau van ondersteuning op alle scholen."],
                 ["OPDC", "Orthopedagogisch-didactisch centrum van het samenwerkingsverband."],
                 ["SOP", "Schoolondersteuningsprofiel."], ["TLV", "Toelaatbaarheidsverklaring."],
                 ["Zorgadviesteam", "Overleg van school en externe partners over leerlingen met zorgen."]])]

NEARMISS = dict(
    name="vo-het-baken-college-ondersteuningsplan-school-2025", formats=["txt"],
    title="Ondersteuningsplan Het Baken College 2025-2026", blocks=F,
    label=dict(documents=["vo-het-baken-college-ondersteuningsplan-school-2025.txt"], sector="vo",
               note="School-level 'ondersteuningsplan'/SOP of one VO school (zorgniveaus, zorgadviesteam, schoolbudget "
                    "of one school); it refers to the samenwerkingsverband's own plan for TLV procedure and criteria, "
                    "has no OPR, OOGO or planperiode of a verband - not an ondersteuningsplan of a samenwerkingsverband."),
)
