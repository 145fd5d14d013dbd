"""Plan 5: PO verband, web version 'op hoofdlijnen' (.html) with annexes published separately."""
from common108 import filler, pick

META = dict(naam="Samenwerkingsverband Passend Onderwijs Lingebeek PO", kort="Lingebeek",
            regio="Lingebeek", sector="po", besturen="zeven", scholen="52",
            leerlingen="9.870", gemeenten="Beekhuizen, Lingewaard-Oost, Heerdijk en Molenkamp")

TITLE = "Ondersteuningsplan 2026-2030 - Samenwerkingsverband Lingebeek PO"


def blocks():
    f = filler(META)
    b = [
        ("title", "Ondersteuningsplan 2026-2030: Samen verder, op hoofdlijnen"),
        ("sub", "Samenwerkingsverband Passend Onderwijs Lingebeek PO (PO 26-05). Dit is de webversie van het "
                "ondersteuningsplan. De bijlagen zijn als afzonderlijke documenten gepubliceerd."),
        ("toc", ["Voorwoord", "1. Waarom een plan op hoofdlijnen?", "2. Onze regio", "3. Visie",
                 "4. Basisondersteuning", "5. Het ondersteuningsaanbod en het dekkend netwerk",
                 "6. Toelaatbaarheid", "7. Terugplaatsing", "8. Ouders", "9. Kwaliteit en resultaten",
                 "10. Financiën", "11. Organisatie en medezeggenschap", "12. Samenwerking met gemeenten",
                 "Bijlage 1 Basisondersteuning Lingebeek 2024 (apart document)",
                 "Bijlage 2 Meerjarenbegroting en verdeelmodel (apart document)",
                 "Bijlage 3 Procedure en criteria toelaatbaarheid (apart document)", "Begrippen"]),
        ("h1", "Voorwoord"),
    ]
    b += pick(f, ["voorwoord"])
    b += [
        ("h1", "1. Waarom een plan op hoofdlijnen?"),
        ("p", "Het vorige ondersteuningsplan telde ruim 90 pagina's en werd weinig gelezen. Daarom kiezen wij nu voor "
              "een compact plan op hoofdlijnen. Het plan beschrijft wat wij willen bereiken en hoe wij werken; de "
              "uitwerking staat in bijlagen en in de jaarplannen. Scholen bepalen binnen de kaders van dit plan "
              "zelf hoe zij de ondersteuning inrichten."),
    ]
    b += pick(f, ["leeswijzer", "wettelijk_kader"])
    b += [("h1", "2. Onze regio")] + pick(f, ["regio", "terugblik_org", "kansengelijkheid"])
    b += [("h1", "3. Visie")] + pick(f, ["visie", "missie"])
    b += [
        ("h1", "4. Basisondersteuning"),
        ("p", "Alle scholen in Lingebeek werken aan goede basisondersteuning. Wat scholen minimaal bieden en welke "
              "voorzieningen daarbij horen, is beschreven in het document 'Basisondersteuning Lingebeek 2024' "
              "(bijlage 1). In 2027 bezien wij of dit document moet worden aangepast aan de landelijke norm."),
        ("h1", "5. Het ondersteuningsaanbod en het dekkend netwerk"),
        ("p", "Het ondersteuningsaanbod in Lingebeek is opgebouwd als een trap. Heeft een leerling meer nodig "
              "dan de school zelf kan bieden, dan schakelt de school het 'schoolnabij team' van Lingebeek in en "
              "bepalen de intern begeleider, de ouders en het team samen wat de leerling nodig heeft. Het schoolnabij team bestaat uit een "
              "orthopedagoog, een gedragsspecialist en een jeugdprofessional van de gemeente. Kan de school het "
              "niet alleen, dan zet het team een arrangement in: begeleiding van leerling en leraar op de eigen "
              "school, gedurende ten hoogste een schooljaar. Daarboven staan de bovenschoolse voorzieningen: de "
              "Lingeklas voor leerlingen met ernstige gedragsproblemen (tijdelijk, met terugkeer naar de eigen "
              "school), de plusklas voor hoogbegaafde leerlingen (een dag per week) en de NT2-klas voor nieuwkomers "
              "in Beekhuizen. De bovenste trede is het speciaal basisonderwijs (De Wilgen en Het Palet) en het "
              "speciaal onderwijs."),
        ("table", [["Trede", "Aanbod", "Toegang via"], ["1", "Basisondersteuning (zie bijlage 1)", "School zelf"],
                   ["2", "Arrangement op de eigen school", "Ondersteuningsteam"],
                   ["3", "Lingeklas, plusklas, NT2-klas", "Schoolnabij team"],
                   ["4", "Sbo en so", "Toelaatbaarheidsverklaring"]]),
        ("p", "Als een kind thuis komt te zitten, moet er snel iets gebeuren. Iedere school meldt een leerling die langer dan twee "
              "weken niet of gedeeltelijk naar school gaat bij het schoolnabij team en de leerplichtambtenaar. "
              "Binnen tien werkdagen volgt een overleg met ouders, school, leerplicht en zo nodig jeugdhulp, "
              "waarin een plan met een einddatum wordt gemaakt. Kan geen school een plek bieden, dan wijst de "
              "directeur-bestuurder in overleg met de besturen een school aan. Eens per jaar bespreken de besturen "
              "een overzicht van wachtlijsten en leerlingen zonder passende plek; ontbrekend aanbod wordt als "
              "opdracht in het jaarplan opgenomen. Zo is in 2025 de NT2-klas uitgebreid met een tweede groep."),
        ("h1", "6. Toelaatbaarheid"),
        ("p", "Soms is een plek in het speciaal basisonderwijs of het speciaal onderwijs de beste keuze. Daarvoor is "
              "een toelaatbaarheidsverklaring (TLV) van het samenwerkingsverband nodig. De procedure en de "
              "criteria zijn opgenomen in bijlage 3."),
        ("h1", "7. Terugplaatsing"),
        ("p", "Voor iedere leerling met een TLV plant de sbo- of so-school jaarlijks in mei een evaluatie van het OPP, "
              "met ouders en een orthopedagoog van het schoolnabij team. In het laatste jaar van de TLV besluit het "
              "schoolnabij team na deze evaluatie of de leerling naar een reguliere school gaat of dat een nieuwe "
              "TLV wordt aangevraagd. Gaat de leerling terug, dan maakt de sbo- of so-school vóór 1 juli een "
              "overdrachtsdossier en voert zij een overdrachtsgesprek met de ontvangende school en de ouders; "
              "de TLV eindigt op 31 juli."),
        ("h1", "8. Ouders"),
        ("p", "Ouders zijn onmisbaar. Zij kennen hun kind het best en denken mee in het ondersteuningsteam en bij "
              "het opstellen van het OPP. In de OPR hebben vier ouders zitting."),
        ("p", "Wij informeren ouders op drie manieren. De website heeft een oudersectie met uitleg over de trap van "
              "ondersteuning, de voorzieningen en de routes, in begrijpelijke taal. Iedere school neemt in de "
              "schoolgids een vaste tekst op over de ondersteuning op school en in Lingebeek. En bij elk eerste "
              "gesprek in het ondersteuningsteam krijgen ouders de kaart 'Wat kan mijn kind krijgen?'."),
        ("p", "Voor onafhankelijk advies kunnen ouders terecht bij het Ouder- en Jeugdsteunpunt Lingebeek, dat "
              "samen met de gemeente Beekhuizen is ingericht en los staat van scholen en besturen. Het steunpunt "
              "denkt mee, gaat desgewenst mee naar gesprekken en kan verwijzen naar de Onderwijsconsulenten. Bij "
              "een klacht over het samenwerkingsverband kunnen ouders zich wenden tot de Landelijke "
              "Klachtencommissie Onderwijs."),
        ("h1", "9. Kwaliteit en resultaten"),
        ("p", "Wij volgen de ontwikkelingen in de regio met een dashboard dat drie keer per jaar wordt ververst: het "
              "aantal arrangementen, TLV's, thuiszitters en leerlingen in de bovenschoolse voorzieningen, de "
              "deelnamepercentages sbo en so op 1 oktober en de tevredenheid van scholen en ouders (jaarlijkse "
              "peiling). Het dashboard wordt besproken met de directeuren, de Raad van Toezicht en de OPR. In het "
              "jaarverslag rapporteren wij wat er is bereikt."),
        ("p", "Welke concrete resultaten wij per jaar nastreven, leggen wij vast in het jaarplan."),
        ("h1", "10. Financiën"),
        ("p", "De meerjarenbegroting en het verdeelmodel zijn opgenomen in bijlage 2."),
        ("table", [["Kerncijfer", "2026"], ["Ondersteuningsbudget", "p.m."], ["Afdrachten so en sbo", "p.m."],
                   ["Budget arrangementen", "n.t.b."]]),
        ("h1", "11. Organisatie en medezeggenschap"),
    ]
    b += pick(f, ["governance", "opr", "totstandkoming", "personeel", "professionalisering", "ict",
                  "communicatie_intern", "werkdruk", "conferentie", "integriteit", "planning"])
    b += [("h1", "12. Samenwerking met gemeenten")] + pick(f, ["oogo", "jeugdhulp", "doorgaande_lijn_vo",
                                                             "landelijk", "risico_algemeen"])
    b += [
        ("h1", "Begrippen"),
        ("bullets", ["Basisondersteuning: wat elke school in Lingebeek minimaal biedt.",
                     "Terugplaatsingsbeleid: het beleid voor de terugkeer van leerlingen uit sbo en so.",
                     "TLV: toelaatbaarheidsverklaring; geeft toegang tot sbo of so.",
                     "Verdeelmodel: de wijze waarop de middelen over de besturen worden verdeeld."]),
    ]
    return b


LABEL = dict(
    documents=["po-lingebeek-2026.html"], sector="po", looks_like_plan=True,
    elements={"basisondersteuning": "missing", "plaatsing": "missing", "terugstroom": "partial",
              "financien": "missing", "dekkend-aanbod": "present", "resultaten": "partial", "ouders": "present"},
    criteria={"basisondersteuning.niveau": False, "basisondersteuning.inhoud": False,
              "plaatsing.procedure": False, "plaatsing.criteria": False,
              "terugstroom.procedure": True, "terugstroom.beleid": False,
              "financien.verdeling": False, "financien.besteding": False,
              "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
              "resultaten.doelen": False, "resultaten.monitoring": True,
              "ouders.informatie": True, "ouders.steunpunt": True},
    advisory_addressed={"dekkend-aanbod": ["ketenpartners"], "ouders": ["betrokkenheid"]},
    notes={
        "basisondersteuning": "Ch. 4 only refers to the separately published bijlage 1 (not in the input) and a 2027 review; TOC, trap table row 'Basisondersteuning (zie bijlage 1)', wettelijk-kader paragraph and 'Begrippen' are traps.",
        "plaatsing": "Ch. 6 only says a TLV is needed and refers to bijlage 3 (not in the input) for procedure and criteria.",
        "terugstroom": "Ch. 7: procedure (yearly May OPP evaluation, schoolnabij team decides in last TLV year, overdracht before 1 July, TLV ends 31 July); no policy aims/conditions or support after return (the Lingeklas 'terugkeer naar de eigen school' in ch. 5 concerns a bovenschoolse voorziening, not sbo/so).",
        "financien": "Ch. 10 refers to bijlage 2 and shows a kerncijfers table with only p.m./n.t.b.; governance text mentions the begroting only in passing.",
        "dekkend-aanbod": "Ch. 5: 'trap' continuum with table and bovenschoolse voorzieningen; thuiszitters approach, aanwijzing by directeur-bestuurder, yearly gap overview.",
        "resultaten": "Ch. 9: dashboard three times a year, bespreking, jaarverslag (monitoring); intended results deferred to the jaarplan. Dashboard lists indicators but gives no targets or figures.",
        "ouders": "Ch. 8: website oudersectie, schoolgids text, info card (informatie); OJSP, Onderwijsconsulenten, Landelijke Klachtencommissie (steunpunt); OPR role.",
    },
)
