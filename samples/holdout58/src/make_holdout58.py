#!/usr/bin/env python3
"""Generate holdout58: five fictional ondersteuningsplannen (hurried, small verbanden) and one near-miss.

Deterministic, no network. Usage: python3 make_holdout58.py
Writes documents into the parent folder (samples/fresh/holdout58/). Label files
(*.expected.yaml) are written by this script too.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import common58 as c  # noqa: E402

OUT = os.path.dirname(HERE)


# =========================================================================== plan A (PO, docx)
def plan_a():
    naam = "Samenwerkingsverband Passend Primair Onderwijs Lindewaarde (PO 29-81)"
    per = "2026-2030"
    b = [("title", "Ondersteuningsplan 2026-2030"),
         ("p", naam),
         ("p", "Versie: definitief na instemming OPR, 14 april 2026"),
         ("pagebreak", None),
         ("toc", ["Voorwoord", "1 Ons samenwerkingsverband in het kort", "2 Visie en missie",
                  "3 Basisondersteuning", "4 Extra ondersteuning en arrangementen",
                  "5 Toelaatbaarheid sbo en so (incl. terugplaatsing)", "6 Thuiszitters",
                  "7 Geld en middelen", "8 Resultaten", "9 Ouders", "10 Organisatie en bestuur",
                  "11 Overleg met gemeenten", "12 Personeel", "13 ICT en privacy", "14 Planning",
                  "Begrippenlijst", "Afkortingen"])]
    b += c.f_voorwoord(naam, per, "po") + c.f_leeswijzer()
    b += c.f_context(naam, "po", 38, 5, 8600, "Aaveld, Lindewaarde en Oosterbroek") + c.f_visie("po")
    b += [
        ("h1", "3 Basisondersteuning"),
        ("p", "Basisondersteuning is wat iedere school van Lindewaarde minimaal biedt. De besturen hebben in 2025 "
              "samen afgesproken dat dit niveau geldt voor alle 38 vestigingen, ook voor de kleinste. Een school mag "
              "meer bieden, niet minder. Ouders kunnen er dus op rekenen dat de volgende zaken op elke school "
              "aanwezig zijn:"),
        ("ul", ["Een intern begeleider met minimaal 0,2 fte per 100 leerlingen.",
                "Een leerlingvolgsysteem en twee keer per jaar een groepsbespreking.",
                "Een dyslexie- en dyscalculieprotocol dat de school ook echt gebruikt.",
                "Een aanpak voor sociale veiligheid en gedrag, met een vast antipestprogramma.",
                "Extra instructie in kleine groepjes voor rekenen, lezen en taal.",
                "Aanbod voor leerlingen die meer aankunnen (verrijking in de klas).",
                "Een ondersteuningsteam (OT) met IB'er, ouders en zo nodig de consulent van het SWV.",
                "Afspraken over medisch handelen."]),
        ("p", "Elke school zet dit in de schoolgids. De consulent van het SWV kijkt eens per twee jaar met de "
              "directeur of het klopt. Als een school onder het niveau zit, maken we samen een verbeterplan met "
              "een termijn van een jaar."),
        ("h1", "4 Extra ondersteuning en arrangementen"),
        ("p", "Als de basisondersteuning niet genoeg is, kan de school extra ondersteuning inzetten. Dat gaat in "
              "stappen:"),
        ("ul", ["Stap 1 – Arrangement in de school: de school zet eigen middelen in, bijvoorbeeld een "
                "onderwijsassistent of een aangepast programma.",
                "Stap 2 – Arrangement van het SWV: na een OT-bespreking kan de school bij het loket een "
                "arrangement aanvragen, bijvoorbeeld ambulante begeleiding of een gedragsspecialist.",
                "Stap 3 – Bovenschoolse voorziening: de observatiegroep 'De Overstap' (12 plekken, tijdelijk, "
                "maximaal 16 weken) en de taalklas voor nieuwkomers in Oosterbroek.",
                "Stap 4 – Speciaal basisonderwijs (sbo De Rank) of speciaal onderwijs (so De Wissel, cluster 4, en "
                "so De Horst, cluster 3)."]),
        ("p", "Zo ontstaat een doorlopende reeks van licht naar zwaar. Voor leerlingen die ook zorg nodig hebben "
              "zijn er twee onderwijs-zorgarrangementen met de gemeente Aaveld."),
        ("h2", "Wat er nog ontbreekt"),
        ("p", "We weten dat ons aanbod niet overal sluit. Waar de gaten precies zitten, zoeken we nog uit. Komt "
              "later, na de evaluatie van 2027."),
        ("h1", "5 Toelaatbaarheid sbo en so"),
        ("p", "Voor plaatsing op sbo De Rank of op een so-school is een toelaatbaarheidsverklaring (TLV) nodig. "
              "Het SWV geeft die af."),
        ("h2", "5.1 Zo gaat de aanvraag"),
        ("ul", ["Het bestuur van de school waar het kind staat ingeschreven vraagt de TLV aan bij het loket.",
                "Bij de aanvraag horen: het groeidocument, het OPP, het verslag van het OT en de zienswijze van de ouders.",
                "Twee deskundigen geven elk een eigen schriftelijk advies: de orthopedagoog van het SWV en een "
                "tweede deskundige (psycholoog, maatschappelijk werker of arts), afhankelijk van het kind. Zij waren "
                "niet betrokken bij de aanvraag.",
                "De commissie toelaatbaarheid besluit binnen zes weken na een volledige aanvraag.",
                "Ouders en school krijgen het besluit en een kopie van de adviezen."]),
        ("h2", "5.2 Wanneer is een kind toelaatbaar?"),
        ("p", "De commissie kijkt naar alle volgende punten:"),
        ("ul", ["De school heeft de basisondersteuning en ten minste één arrangement van het SWV aantoonbaar "
                "ingezet, gedurende minimaal een half jaar, en dit is geëvalueerd in het OPP.",
                "De ondersteuningsbehoefte van het kind is groter dan de school met arrangementen kan bieden.",
                "Sbo: het kind heeft vooral behoefte aan kleinere groepen en meer structuur, met een achterstand "
                "van meer dan een jaar op twee vakgebieden.",
                "So: er is daarnaast sprake van een ernstige beperking of stoornis (cluster 3: verstandelijk, "
                "lichamelijk of langdurig ziek; cluster 4: gedrag of psychiatrie) die blijkt uit het dossier."]),
        ("h2", "5.3 Duur en categorie"),
        ("p", "Een TLV voor het sbo loopt tot het einde van de basisschool. Een TLV voor het so geldt twee "
              "schooljaren en eindigt op 31 juli. Voor het so bepaalt de commissie ook de categorie: laag, midden of "
              "hoog."),
        ("h2", "5.4 Bezwaar"),
        ("p", "Ouders en school kunnen binnen zes weken bezwaar maken bij het SWV. Het SWV vraagt dan advies aan "
              "de Landelijke Bezwaaradviescommissie toelaatbaarheidsverklaringen."),
        ("h2", "5.5 Terug naar de basisschool"),
        ("p", "Het SWV wil dat kinderen niet langer in het speciaal onderwijs blijven dan nodig. Als het kan, "
              "gaat een kind terug naar een basisschool dicht bij huis. Voorwaarden: het kind kan met de "
              "basisondersteuning en hooguit één arrangement mee, en ouders staan achter de overstap. De "
              "ontvangende school krijgt dan zes maanden begeleiding van de ambulant begeleider van de so- of "
              "sbo-school, betaald door het SWV."),
        ("p", "Hoe de terugplaatsing stap voor stap gaat, spreken we nog af met De Rank, De Wissel en De Horst. "
              "Dat komt in het handboek."),
        ("h1", "6 Thuiszitters"),
        ("p", "Ook in onze regio zijn er kinderen die thuiszitten. Dat vinden we niet acceptabel. De afspraken "
              "met leerplicht staan in het thuiszittersprotocol (zie de site)."),
        ("h1", "7 Geld en middelen"),
        ("p", "Het SWV krijgt geld van het Rijk voor lichte en zware ondersteuning. Een deel gaat direct naar het "
              "speciaal onderwijs (afdrachten via DUO). Wat overblijft, verdelen we zo:"),
        ("ul", ["Schoolbudget: € 105 per leerling (teldatum 1 oktober) naar de besturen, voor arrangementen in de "
                "school (stap 1).",
                "Vaste voet: € 6.000 per vestiging, zodat kleine scholen niet achterblijven.",
                "Arrangementen van het SWV (stap 2 en 3): het loket kent ze toe op aanvraag; de toekenning volgt "
                "de criteria in hoofdstuk 4 en 5.",
                "Sbo De Rank: aanvulling tot de groeiregeling bij meer dan 2% deelname."]),
        ("p", "De besturen leggen elk jaar in hun jaarverslag uit waaraan ze het schoolbudget hebben besteed. De "
              "reserve houden we op het niveau van de signaleringswaarde; het deel daarboven (ongeveer € 310.000) "
              "zetten we in de eerste twee jaar in voor extra ambulante begeleiding."),
        ("table", [["Begroting (x € 1.000)", "2026", "2027", "2028", "2029"],
                   ["Inkomsten ondersteuning", "6.880", "6.820", "6.750", "6.690"],
                   ["Afdrachten so/sbo", "3.210", "3.190", "3.160", "3.140"],
                   ["Schoolbudgetten + vaste voet", "1.130", "1.120", "1.110", "1.100"],
                   ["Arrangementen SWV en De Overstap", "1.690", "1.650", "1.620", "1.600"],
                   ["Bureau en personeel", "850", "860", "870", "880"],
                   ["Resultaat", "0", "0", "-10", "-30"]]),
        ("h1", "8 Resultaten"),
        ("p", "Wat willen we bereiken in 2030?"),
        ("ul", ["Niemand wacht langer dan zes weken op een besluit over een TLV (nu: gemiddeld negen weken).",
                "Het deelnamepercentage so daalt van 2,1% naar 1,8%.",
                "Ten minste 80% van de scholen zegt in de peiling dat het arrangement hielp (nu 64%)."]),
        ("p", "Het bureau houdt de cijfers twee keer per jaar bij in een overzicht (februari en juli). De directeur "
              "bespreekt dat met de raad van toezicht en de OPR. In het jaarverslag staat per doel of het gehaald "
              "is en wat het kostte. Lukt een doel niet, dan zetten we in het jaarplan een bijsturing."),
        ("h1", "9 Ouders"),
        ("p", "Ouders zijn partner. Ze zitten in het OT, geven hun zienswijze bij een TLV-aanvraag en krijgen alle "
              "adviezen. Ouders die er met school niet uitkomen, kunnen terecht bij het ouder- en jeugdsteunpunt "
              "Lindewaarde (onafhankelijk, gratis, bereikbaar via 0413-000000) of bij Onderwijsconsulenten."),
        ("p", "Een folder voor ouders over wat er aan ondersteuning is, komt later."),
    ]
    b += c.f_governance("14 april 2026", 12) + c.f_oogo("3 maart 2026", "Aaveld, Lindewaarde en Oosterbroek")
    b += c.f_personeel(4.2) + c.f_ict_privacy() + c.f_planning(per) + c.f_inspectie("22 april 2026")
    b += c.f_werkwijze_bureau() + c.f_communicatie_scholen() + c.f_wetgeving() + c.f_overstap("po")
    b += c.f_extra()
    b += c.f_begrippen("po") + c.f_afkortingen("po")
    return naam, b


LABEL_A = {
    "documents": ["po-lindewaarde-2026.docx"], "sector": "po", "looks_like_plan": True,
    "elements": {"basisondersteuning": "present", "plaatsing": "present", "terugstroom": "partial",
                 "financien": "present", "dekkend-aanbod": "partial", "resultaten": "present", "ouders": "partial"},
    "crit": {"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
             "plaatsing.procedure": True, "plaatsing.criteria": True,
             "terugstroom.procedure": False, "terugstroom.beleid": True,
             "financien.verdeling": True, "financien.besteding": True,
             "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": False,
             "resultaten.doelen": True, "resultaten.monitoring": True,
             "ouders.informatie": False, "ouders.steunpunt": True},
    "adv": {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
            "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
            "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
    "notes": {
        "basisondersteuning": "H3: agreed minimum for all 38 vestigingen plus concrete list; check every 2 years (borging).",
        "plaatsing": "H5.1-5.4: loket, dossier, two deskundigen, commissie within 6 weeks; criteria list in 5.2; duration, category, bezwaar LBT.",
        "terugstroom": "5.5 inside the TLV chapter: policy/conditions/6 months support present; steps deferred ('komt in het handboek').",
        "financien": "H7 'Geld en middelen': per-leerling bedrag, vaste voet, arrangementen; meerjarenbegroting table 2026-2029; reserve and jaarverslag.",
        "dekkend-aanbod": "H4 stappen 1-4 give the continuum; gaps deferred ('komt later, na de evaluatie van 2027'); H6 thuiszitters only refers to protocol on the site.",
        "resultaten": "H8: three numeric targets; twice-yearly overview, RvT/OPR, jaarverslag.",
        "ouders": "H9: steunpunt and Onderwijsconsulenten named; informing parents deferred ('folder komt later'); OT/zienswijze = betrokkenheid only.",
    },
}


# =========================================================================== plan B (VO, docx)
def plan_b():
    naam = "Samenwerkingsverband VO Hollandse Polder-Oost (VO 27-84)"
    per = "2026-2030"
    b = [("title", "Ondersteuningsplan " + per),
         ("p", naam), ("p", "Concept voor OPR en OOGO, daarna definitief"), ("pagebreak", None),
         ("toc", ["Voorwoord", "1 Kort over ons", "2 Visie", "3 Basisondersteuning",
                  "4 Ondersteuningsaanbod en thuiszitters", "5 Toewijzing: vso, lwoo en pro",
                  "6 Terugplaatsing vso", "7 Financiën", "8 Doelen en resultaten",
                  "9 Ouders en leerlingen", "10 Bestuur en OPR", "11 Gemeenten", "12 Personeel", "13 ICT",
                  "14 Planning", "Begrippen", "Afkortingen"])]
    b += c.f_voorwoord(naam, per, "vo") + c.f_leeswijzer()
    b += c.f_context(naam, "vo", 17, 7, 11400, "Polderveen, Oostmeer en Ringdijk") + c.f_visie("vo")
    b += [
        ("h1", "3 Basisondersteuning"),
        ("p", "In 2025 hebben de besturen in de ALV het 'basisniveau Polder-Oost' vastgesteld. Dat is het "
              "niveau van ondersteuning dat iedere vestiging van iedere aangesloten school minimaal biedt, voor "
              "elke leerling, zonder aanvraag bij het samenwerkingsverband. Scholen mogen erboven zitten."),
        ("p", "Wat er precies onder valt, staat in het Handboek basisondersteuning. Zie het handboek; het staat "
              "op de site."),
        ("h1", "4 Ondersteuningsaanbod en thuiszitters"),
        ("p", "Ons aanbod in het kort (van licht naar zwaar):"),
        ("table", [["Niveau", "Wat", "Waar"],
                   ["1", "Basisondersteuning", "Alle vestigingen"],
                   ["2", "Extra ondersteuning in de school: ondersteuningsklas, begeleiding door "
                         "ondersteuningscoördinator, arrangement op aanvraag", "Alle vestigingen, invulling per school"],
                   ["3", "Bovenschools: OPDC De Brug (tot 1 jaar), rebound (8-12 weken), plusklas havo/vwo voor "
                         "hoogbegaafde leerlingen", "Polderveen en Oostmeer"],
                   ["4", "Praktijkonderwijs", "PrO Ringdijk"],
                   ["5", "Voortgezet speciaal onderwijs (cluster 3 en 4)", "vso De Zeilen, vso Kompas"]]),
        ("p", "Voor leerlingen die ook jeugdhulp nodig hebben maken we onderwijs-zorgarrangementen met de "
              "gemeente, zie hoofdstuk 11."),
        ("h2", "Gaten en thuiszitters"),
        ("ul", ["Elke zes weken is er een thuiszitterstafel met leerplicht, de scholen en het SWV. Elke leerling "
                "die langer dan vier weken niet (volledig) naar school gaat, komt daar op tafel.",
                "Na acht weken zonder oplossing neemt de trajectbegeleider van het SWV de regie en kan het SWV "
                "een tijdelijke plek in De Brug of maatwerk afdwingen bij de besturen.",
                "Eens per jaar (mei) maken we een lijst van leerlingen voor wie geen passende plek was. Daaruit "
                "bleek dat een plek voor havo/vwo-leerlingen met autisme ontbreekt. Vanaf augustus 2026 start "
                "daarom een kleine klas (15 plekken) op het Polder College.",
                "Wachtlijsten vso melden de vso-scholen elk kwartaal aan het SWV."]),
        ("h1", "5 Toewijzing: vso, lwoo en pro"),
        ("p", "De procedures voor een TLV vso, voor lwoo en voor toelaatbaarheid tot het praktijkonderwijs staan in "
              "het Handboek Toewijzing. Dit plan herhaalt ze niet. U vindt het handboek op de site."),
        ("h1", "6 Terugplaatsing vso"),
        ("p", "Over terugplaatsing vanuit het vso maken we nog afspraken met de vso-scholen. Dat komt in de "
              "eerstvolgende bijstelling van dit plan."),
        ("h1", "7 Financiën"),
        ("p", "Het meeste geld gaat direct naar de scholen. De verdeling staat in de tabel."),
        ("table", [["Onderdeel", "Hoe verdeeld", "Bedrag 2026"],
                   ["Lichte ondersteuning", "Naar besturen: € 118 per leerling (teldatum 1 oktober)", "€ 1.345.000"],
                   ["Vaste voet", "€ 20.000 per vestiging", "€ 340.000"],
                   ["OPDC en rebound", "Budget aan penvoerder Polder College op basis van 40 plekken", "€ 610.000"],
                   ["Arrangementen op aanvraag", "Loket kent toe; max. € 7.500 per leerling per jaar", "€ 280.000"],
                   ["Vso en pro", "Afdracht via DUO (wettelijk)", "€ 4.900.000"],
                   ["Bureau", "Eigen begroting", "€ 520.000"]]),
        ("table", [["Meerjarenbegroting (x € 1.000)", "2026", "2027", "2028", "2029"],
                   ["Baten", "8.110", "8.040", "7.990", "7.930"],
                   ["Lasten scholen en voorzieningen", "7.475", "7.410", "7.360", "7.300"],
                   ["Lasten bureau", "520", "530", "540", "550"],
                   ["Saldo", "115", "100", "90", "80"]]),
        ("p", "Besturen verantwoorden de besteding van de lichte ondersteuning in een kort formulier bij het "
              "jaarverslag."),
        ("h1", "8 Doelen en resultaten"),
        ("ul", ["Doel 1: in 2030 zijn er geen leerlingen die langer dan drie maanden thuiszitten.",
                "Doel 2: 90% van de leerlingen in OPDC De Brug gaat binnen een jaar terug naar een gewone klas.",
                "Doel 3: het aantal leerlingen in het vso blijft onder de 3,5%."]),
        ("p", "Hoe we dit gaan meten en wanneer we erover rapporteren, werken we uit in het jaarplan. Nog uit te "
              "werken."),
        ("h1", "9 Ouders en leerlingen"),
        ("p", "Ouders en leerlingen moeten weten wat er kan. Zo informeren we hen:"),
        ("ul", ["De ouderpagina op de website met het aanbod per niveau en per school.",
                "Elke school beschrijft in de schoolgids wat ze biedt en hoe je bij extra ondersteuning komt.",
                "Een informatieavond voor ouders van brugklassers in januari.",
                "Een folder 'Hulp op school' in het Nederlands, Engels, Arabisch en Pools."]),
        ("p", "Ouders en leerlingen praten mee via de OPR; de helft van de leden is ouder of leerling. Waar "
              "ouders terechtkunnen als ze het niet eens zijn: staat op de site."),
    ]
    b += c.f_governance("2 april 2026", 10) + c.f_oogo("10 maart 2026", "Polderveen, Oostmeer en Ringdijk")
    b += c.f_personeel(5.0) + c.f_ict_privacy() + c.f_planning(per) + c.f_inspectie("25 april 2026")
    b += c.f_werkwijze_bureau() + c.f_communicatie_scholen() + c.f_wetgeving() + c.f_overstap("vo")
    b += c.f_extra() + c.f_extra2()
    b += c.f_begrippen("vo") + c.f_afkortingen("vo")
    return naam, b


LABEL_B = {
    "documents": ["vo-polder-oost-2026.docx"], "sector": "vo", "looks_like_plan": True,
    "elements": {"basisondersteuning": "partial", "plaatsing": "missing", "terugstroom": "missing",
                 "financien": "present", "dekkend-aanbod": "present", "resultaten": "partial", "ouders": "partial"},
    "crit": {"basisondersteuning.niveau": True, "basisondersteuning.inhoud": False,
             "plaatsing.procedure": False, "plaatsing.criteria": False,
             "terugstroom.procedure": False, "terugstroom.beleid": False,
             "financien.verdeling": True, "financien.besteding": True,
             "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
             "resultaten.doelen": True, "resultaten.monitoring": False,
             "ouders.informatie": True, "ouders.steunpunt": False},
    "adv": {"financien": ["verantwoording"], "dekkend-aanbod": ["ketenpartners"],
            "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
    "notes": {
        "basisondersteuning": "H3 defines the agreed minimum for every vestiging; content only 'zie het handboek ... op de site'.",
        "plaatsing": "H5 only refers to the Handboek Toewijzing on the site; TLV/lwoo/pro otherwise only in TOC and begrippen.",
        "terugstroom": "H6 only defers ('komt in de eerstvolgende bijstelling'); term otherwise in TOC/begrippen.",
        "financien": "H7: verdeling and amounts only in tables (per leerling, vaste voet, OPDC, arrangementen); meerjarenbegroting table.",
        "dekkend-aanbod": "H4: continuum table niveau 1-5; thuiszitterstafel, escalation, yearly gap list and new class; OZA with gemeente.",
        "resultaten": "H8: three targets; measuring/reporting deferred ('nog uit te werken').",
        "ouders": "H9: website, schoolgids, avond, folder; independent help only 'staat op de site'; OPR role = betrokkenheid.",
    },
}


# =========================================================================== plan C (PO, pdf)
def plan_c():
    naam = "Samenwerkingsverband PO De Brede Beek (PO 24-93)"
    per = "2026-2030"
    b = [("title", "Ondersteuningsplan De Brede Beek " + per),
         ("p", naam), ("pagebreak", None),
         ("toc", ["Voorwoord", "1 Over De Brede Beek", "2 Visie", "3 Basisondersteuning",
                  "4 Ons aanbod: van school tot so", "5 TLV en plaatsing", "6 Geld",
                  "7 Resultaten en kwaliteit", "8 Communicatie", "9 Bestuur", "10 Gemeenten",
                  "11 Personeel", "12 ICT en privacy", "13 Planning", "Begrippenlijst", "Afkortingen"])]
    b += c.f_voorwoord(naam, per, "po") + c.f_leeswijzer()
    b += c.f_context(naam, "po", 29, 4, 6300, "Beekdal en Hoeve") + c.f_visie("po")
    b += [
        ("h1", "3 Basisondersteuning"),
        ("p", "Wat scholen aan basisondersteuning bieden, staat in de schoolondersteuningsprofielen. Die staan op "
              "de site van elke school."),
        ("h1", "4 Ons aanbod: van school tot so"),
        ("ul", ["In de school: de leerkracht en de IB'er, met advies van de consulent van het SWV.",
                "Arrangement: na een aanvraag bij het Loket bijvoorbeeld een gedragsspecialist, een "
                "taalspecialist of extra handen in de klas, voor maximaal een jaar.",
                "Bovenschools: schakelklas Beekdal (nieuwkomers en taalachterstand), plusgroep (één dag per week "
                "voor hoogbegaafde leerlingen), time-outplek in sbo De Meander.",
                "Sbo De Meander.",
                "So: De Vlieger (cluster 4) en Het Anker (cluster 3), en zo nodig so buiten de regio."]),
        ("h2", "Als er geen plek is"),
        ("p", "Het Loket houdt een lijst bij van alle kinderen die thuiszitten of wachten op een plek. Iedere maand "
              "bespreekt het Loket deze lijst met leerplicht. Voor ieder kind is er binnen twee weken een "
              "casusregisseur. Als een bestuur geen plek vindt, overlegt de directeur-bestuurder met de andere "
              "besturen en kan tijdelijk onderwijs in de time-outplek starten. Omdat het so-cluster 4 een "
              "wachtlijst heeft, maken we met De Vlieger een noodplan: kinderen die wachten, krijgen "
              "ambulante begeleiding op hun eigen school."),
        ("p", "Samen met de gemeenten Beekdal en Hoeve regelen we zorg in de school voor kinderen die ook "
              "jeugdhulp nodig hebben."),
        ("h1", "5 TLV en plaatsing"),
        ("ul", ["De school bespreekt het kind in het ondersteuningsteam, met ouders.",
                "Het bestuur dient de aanvraag in bij het Loket, met groeidocument en OPP.",
                "Twee deskundigen (orthopedagoog van het Loket en een psycholoog of arts) adviseren elk apart.",
                "De TLV-commissie besluit binnen zes weken.",
                "Ouders krijgen een kopie van de adviezen en het besluit.",
                "Niet eens? Bezwaar kan binnen zes weken; het SWV vraagt advies aan de Landelijke "
                "Bezwaaradviescommissie."]),
        ("p", "Wanneer een kind toelaatbaar is, staat in de tabel."),
        ("table", [["", "Sbo", "So"],
                   ["Wat is al gedaan", "Basisondersteuning en minstens één arrangement, samen 6 maanden, "
                                        "geëvalueerd", "Idem, of direct bij ernstige problematiek"],
                   ["Ondersteuningsbehoefte", "Kleine groep en meer structuur nodig; leerachterstand > 1 jaar "
                                              "op 2 gebieden", "Intensieve begeleiding bij verstandelijke "
                                              "beperking, lichamelijke beperking/ziekte of ernstig gedrag"],
                   ["Duur TLV", "Tot einde basisschool", "2 schooljaren, categorie laag/midden/hoog"]]),
        ("h2", "Na de TLV: terug naar de basisschool"),
        ("p", "Terug naar een gewone basisschool is altijd het doel als dat kan. We vinden dat een kind terug kan "
              "als het in het OPP staat dat de doelen zijn gehaald en het kind met de basisondersteuning en een "
              "arrangement kan meedoen. De school die het kind ontvangt, krijgt een terugplaatsingsarrangement "
              "van een half jaar."),
        ("ul", ["Elk jaar in november evalueert de sbo- of so-school het OPP met ouders.",
                "In het laatste TLV-jaar doet de school vóór 1 maart een voorstel: terug, verlengen of andere school.",
                "Bij 'terug' zoekt de school met ouders een basisschool; het Loket helpt en plant een proefperiode "
                "van zes weken.",
                "Het Loket besluit over het terugplaatsingsarrangement; bij verlengen is een nieuwe TLV nodig."]),
        ("h1", "6 Geld"),
        ("p", "Zo verdelen we de ondersteuningsmiddelen over de besturen:"),
        ("ul", ["€ 95 per leerling naar elk bestuur, op basis van de teldatum van 1 oktober.",
                "Arrangementen: het Loket kent toe op basis van de aanvraag en de criteria van het arrangement.",
                "Sbo De Meander krijgt het deel boven de 2% via de groeiregeling, peildatum 1 februari."]),
        ("p", "Meerjarenbegroting 2026-2030: p.m. Komt na de vaststelling van de jaarrekening 2025."),
        ("h1", "7 Resultaten en kwaliteit"),
        ("p", "Dit hoofdstuk volgt in de versie van het najaar 2026."),
        ("h1", "8 Communicatie"),
        ("p", "We willen dat iedereen weet wat er kan. Voor ouders doen we dit:"),
        ("ul", ["Op de website staat per school wat die school biedt en welke arrangementen en voorzieningen er "
                "zijn.",
                "Een oudergids passend onderwijs (papier en digitaal, ook in eenvoudige taal) op elke school.",
                "Twee keer per jaar een inloopavond voor ouders in Beekdal en in Hoeve.",
                "Een ouderconsulent van het Loket die ouders uitleg geeft."]),
        ("p", "Ouders die hulp willen van iemand buiten school of SWV, kunnen naar het ouder- en jeugdsteunpunt "
              "Beek (onafhankelijk, gratis) of naar Onderwijsconsulenten. Voor klachten is er de "
              "klachtenregeling van het SWV; geschillen over toelating of verwijdering kunnen naar de "
              "Geschillencommissie passend onderwijs."),
        ("h2", "Communicatie met scholen"),
        ("p", "Scholen krijgen de nieuwsbrief en hebben een vaste contactpersoon."),
    ]
    b += c.f_governance("8 april 2026", 8) + c.f_oogo("17 februari 2026", "Beekdal en Hoeve")
    b += c.f_personeel(3.6) + c.f_ict_privacy() + c.f_planning(per) + c.f_inspectie("28 april 2026")
    b += c.f_werkwijze_bureau() + c.f_communicatie_scholen() + c.f_wetgeving() + c.f_overstap("po")
    b += c.f_extra() + c.f_extra2()
    b += c.f_begrippen("po", extra=[
        "Basisondersteuning (2): in De Brede Beek het afgesproken minimumniveau voor alle scholen, met onder "
        "andere een IB'er, een dyslexieprotocol en een antipestaanpak.",
        "Resultaten: wat het samenwerkingsverband wil bereiken en bereikt heeft."]) + c.f_afkortingen("po")
    return naam, b


LABEL_C = {
    "documents": ["po-brede-beek-2026.pdf"], "sector": "po", "looks_like_plan": True,
    "elements": {"basisondersteuning": "missing", "plaatsing": "present", "terugstroom": "present",
                 "financien": "partial", "dekkend-aanbod": "present", "resultaten": "missing", "ouders": "present"},
    "crit": {"basisondersteuning.niveau": False, "basisondersteuning.inhoud": False,
             "plaatsing.procedure": True, "plaatsing.criteria": True,
             "terugstroom.procedure": True, "terugstroom.beleid": True,
             "financien.verdeling": True, "financien.besteding": False,
             "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
             "resultaten.doelen": False, "resultaten.monitoring": False,
             "ouders.informatie": True, "ouders.steunpunt": True},
    "adv": {"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"], "dekkend-aanbod": ["ketenpartners"],
            "ouders": ["betrokkenheid"]},
    "notes": {
        "basisondersteuning": "H3 only refers to the SOPs on school sites; the definition and examples are only in the begrippenlijst.",
        "plaatsing": "H5 bullet procedure (Loket, 2 deskundigen, commissie, 6 weken, bezwaar); criteria only in the table.",
        "terugstroom": "Inside H5 'Na de TLV': policy, conditions, arrangement, plus yearly/1 maart steps and Loket decision.",
        "financien": "H6 'Geld': verdeling per leerling/arrangementen/groeiregeling; meerjarenbegroting 'p.m.', no spending amounts.",
        "dekkend-aanbod": "H4 continuum list; 'Als er geen plek is': monthly list with leerplicht, casusregisseur, wachtlijst noodplan.",
        "resultaten": "H7 only 'volgt in de versie van het najaar 2026'; term otherwise in TOC, visie and begrippenlijst.",
        "ouders": "Found under H8 'Communicatie': website, oudergids, avonden; OJSP, Onderwijsconsulenten, klachten/geschillen.",
    },
}


# =========================================================================== plan D (VO, pdf)
def plan_d():
    naam = "Samenwerkingsverband VO Rijn en Heuvelland-Zuid (VO 25-96)"
    per = "2026-2030"
    b = [("title", "Ondersteuningsplan " + per),
         ("p", naam), ("p", "Vastgesteld door de directeur-bestuurder op 15 april 2026"), ("pagebreak", None),
         ("toc", ["Voorwoord", "1 Het SWV", "2 Visie", "3 Niveau 1: basisondersteuning",
                  "4 Niveau 2 en 3: extra en bovenschools", "5 Niveau 4: vso, pro en lwoo",
                  "6 Geld en begroting", "7 Wat willen we bereiken", "8 Ouders", "9 Bestuur",
                  "10 Gemeenten", "11 Personeel", "12 ICT", "13 Planning", "Begrippen", "Afkortingen"])]
    b += c.f_voorwoord(naam, per, "vo", ouders=False) + c.f_leeswijzer()
    b += c.f_context(naam, "vo", 14, 5, 9200, "Heuvelrug-Zuid en Rijnoord") + c.f_visie("vo")
    b += [
        ("h1", "3 Niveau 1: basisondersteuning"),
        ("p", "Alle scholen en vestigingen in ons SWV bieden ten minste hetzelfde basisniveau. Dat is afgesproken "
              "in het bestuur en geldt voor vmbo, havo en vwo. De basisondersteuning bestaat uit:"),
        ("ul", ["Een ondersteuningscoördinator op elke vestiging.",
                "Een mentor die wekelijks contact heeft met de leerling.",
                "Dyslexie- en dyscalculiebegeleiding met faciliteiten bij toetsen.",
                "Trainingen sociale vaardigheden en faalangst.",
                "Huiswerkbegeleiding en hulp bij plannen (executieve functies).",
                "Een time-outvoorziening in de school.",
                "Een ondersteuningsteam met de jeugdarts en schoolmaatschappelijk werk."]),
        ("h1", "4 Niveau 2 en 3: extra en bovenschools"),
        ("p", "Niveau 2 is extra ondersteuning in de eigen school, zoals een ondersteuningsklas of een "
              "arrangement van het SWV. Niveau 3 is bovenschools: het OPDC Heuvelland (maximaal één jaar) en het "
              "reboundtraject (12 weken). Voor jongeren die ook zorg nodig hebben is er de zorgklas met "
              "jeugdhulp in de school, samen met de gemeente Rijnoord."),
        ("h2", "Geen leerling zonder plek"),
        ("ul", ["Scholen melden elke leerling die vier weken of langer thuiszit bij het SWV en leerplicht.",
                "Het SWV en leerplicht bespreken de lijst elke maand en wijzen per leerling een trajectbegeleider aan.",
                "Elk voorjaar maken we op basis van die lijst een overzicht van wat ontbreekt. In 2025 was dat een "
                "plek voor leerlingen met angstklachten; daarvoor start in 2026 een kleine groep in het OPDC."]),
        ("h1", "5 Niveau 4: vso, pro en lwoo"),
        ("p", "Een aanvraag doen voor vso, pro of lwoo? Hoe dat gaat, staat op de site en in het handboek. Het loket "
              "helpt scholen daarbij."),
        ("h2", "Criteria"),
        ("ul", ["Vso cluster 4: de leerling heeft ernstige gedrags- of psychiatrische problematiek; niveau 1 tot en "
                "met 3 zijn ingezet en geëvalueerd en waren niet genoeg.",
                "Vso cluster 3: de leerling heeft een verstandelijke of lichamelijke beperking of is langdurig ziek "
                "en heeft intensieve begeleiding en verzorging nodig die de vo-school niet kan bieden.",
                "Pro: de landelijke criteria (IQ tussen 55 en 80 en een leerachterstand van minimaal drie jaar op "
                "twee van de vier domeinen, waarvan één begrijpend lezen of inzichtelijk rekenen).",
                "Lwoo: de landelijke criteria; wij hebben geen eigen criteria."]),
        ("p", "Een TLV vso geldt in de regel twee schooljaren."),
        ("h2", "Na het vso"),
        ("ul", ["De vso-school evalueert elk jaar in oktober het OPP en bekijkt of terugkeer naar het regulier "
                "onderwijs kan.",
                "In het laatste jaar van de TLV meldt de vso-school vóór 1 februari bij het loket wat het voorstel "
                "is: terugplaatsing, verlenging of uitstroom.",
                "De trajectbegeleider van het SWV zoekt met de vso-school een passende vo-school en regelt de "
                "overdracht.",
                "Het loket neemt het besluit; bij verlenging is een nieuwe TLV nodig."]),
        ("p", "In 2024-2025 gingen 9 leerlingen vanuit het vso terug naar het regulier onderwijs. Ons beleid rond "
              "terugplaatsing (doelen, voorwaarden en begeleiding na terugkeer) stellen we in 2026 vast."),
        ("h1", "6 Geld en begroting"),
        ("table", [["Begroting (x € 1.000)", "2026", "2027", "2028", "2029"],
                   ["Baten rijk (lichte + zware ondersteuning)", "7.320", "7.260", "7.200", "7.150"],
                   ["Afdrachten vso en pro (DUO)", "4.400", "4.380", "4.350", "4.330"],
                   ["Budget scholen (niveau 2)", "1.150", "1.130", "1.110", "1.090"],
                   ["OPDC, rebound en zorgklas", "1.020", "1.010", "1.000", "990"],
                   ["Bureau", "610", "620", "630", "640"],
                   ["Saldo", "140", "120", "110", "100"]]),
        ("p", "Hoe het budget voor niveau 2 over de besturen wordt verdeeld, volgt na het besluit van de ALV in "
              "december 2026."),
        ("h1", "7 Wat willen we bereiken"),
        ("ul", ["Minder dan 10 thuiszitters op 1 oktober 2029 (1 oktober 2025: 23).",
                "80% van de OPDC-leerlingen zit een jaar na vertrek nog op dezelfde school.",
                "Deelname vso maximaal 3,2% (nu 3,6%)."]),
        ("p", "We meten dit elk jaar op 1 oktober met de telling van DUO en de thuiszitterslijst. De resultaten "
              "staan in het jaarverslag en bespreken we met de raad van toezicht; de scholen krijgen een "
              "overzicht per school. Halverwege de planperiode (2028) doen we een tussenevaluatie."),
        ("h1", "8 Ouders"),
        ("p", "Dit hoofdstuk wordt aangevuld zodra het ouder- en jeugdsteunpunt is ingericht."),
    ]
    b += c.f_governance("9 april 2026", 10) + c.f_oogo("5 maart 2026", "Heuvelrug-Zuid en Rijnoord")
    b += c.f_personeel(4.6) + c.f_ict_privacy() + c.f_planning(per) + c.f_inspectie("27 april 2026")
    b += c.f_werkwijze_bureau() + c.f_communicatie_scholen() + c.f_wetgeving() + c.f_overstap("vo")
    b += c.f_extra() + c.f_extra2()
    b += c.f_begrippen("vo") + c.f_afkortingen("vo")
    return naam, b


LABEL_D = {
    "documents": ["vo-heuvelland-zuid-2026.pdf"], "sector": "vo", "looks_like_plan": True,
    "elements": {"basisondersteuning": "present", "plaatsing": "partial", "terugstroom": "partial",
                 "financien": "partial", "dekkend-aanbod": "present", "resultaten": "present", "ouders": "missing"},
    "crit": {"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
             "plaatsing.procedure": False, "plaatsing.criteria": True,
             "terugstroom.procedure": True, "terugstroom.beleid": False,
             "financien.verdeling": False, "financien.besteding": True,
             "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
             "resultaten.doelen": True, "resultaten.monitoring": True,
             "ouders.informatie": False, "ouders.steunpunt": False},
    "adv": {"plaatsing": ["duur-categorie"], "terugstroom": ["monitoring"], "dekkend-aanbod": ["ketenpartners"],
            "resultaten": ["meetbaar"]},
    "notes": {
        "basisondersteuning": "H3 'Niveau 1': same minimum for all schools/vestigingen plus concrete list.",
        "plaatsing": "H5: criteria for vso 3/4, pro, lwoo given; the procedure only 'staat op de site en in het handboek'; TLV two years.",
        "terugstroom": "Under H5 'Na het vso': yearly OPP evaluation, 1 februari proposal, loket decides; policy explicitly deferred to 2026; 9 returns = monitoring.",
        "financien": "H6: meerjarenbegroting table with amounts; distribution over besturen 'volgt na het besluit van de ALV'.",
        "dekkend-aanbod": "H3-H5 niveau 1-4 plus OPDC/rebound/zorgklas; 'Geen leerling zonder plek': monthly list, trajectbegeleider, yearly gap overview.",
        "resultaten": "H7: three numeric targets; measured 1 oktober via DUO and list, jaarverslag, RvT, tussenevaluatie 2028.",
        "ouders": "H8 only defers; 'ouders' otherwise in TOC, visie value list and begrippen; OPR named without parents' role.",
    },
}


# =========================================================================== plan E (PO, html)
def plan_e():
    naam = "Samenwerkingsverband Passend Onderwijs Zandkamp PO (PO 21-88)"
    per = "2026-2030"
    b = [("title", "Ondersteuningsplan " + per + " – webversie"),
         ("p", naam + ". Dit is de webversie van ons ondersteuningsplan. De pdf komt later."),
         ("toc", ["Voorwoord", "Over ons", "Visie", "Basisondersteuning", "Toelaatbaarheid (TLV)",
                  "Terugplaatsing", "Dekkend aanbod", "Financiën", "Resultaten", "Ouders", "Bestuur en OPR",
                  "OOGO", "Personeel", "ICT en privacy", "Planning", "Begrippen"])]
    b += c.f_voorwoord(naam, per, "po") + c.f_leeswijzer()
    b += c.f_context(naam, "po", 33, 6, 7400, "Zandkamp en Veenhuizen-Noord") + c.f_visie("po")
    b += [
        ("h1", "Basisondersteuning"),
        ("p", "Alle basisscholen in Zandkamp bieden hetzelfde basisniveau van ondersteuning. Dat niveau is in "
              "2025 door alle zes besturen vastgesteld en geldt voor elke vestiging. Wat een school daarboven "
              "doet, is extra."),
        ("p", "Wat dat basisniveau precies inhoudt, zetten we in de folder 'Basis op orde'. Die komt later dit "
              "jaar."),
        ("h1", "Toelaatbaarheid (TLV)"),
        ("p", "Soms is een kind beter op zijn plek in het speciaal basisonderwijs (sbo) of speciaal onderwijs "
              "(so). Daarvoor is een TLV nodig. Zo werkt het:"),
        ("ul", ["Het bestuur van de school vraagt de TLV aan bij de Commissie Toelaatbaarheid van het SWV.",
                "De school stuurt het OPP, het groeidocument en de mening van de ouders mee.",
                "Een orthopedagoog en een tweede deskundige (psycholoog of arts) geven elk een advies.",
                "De commissie besluit binnen zes weken. Ouders krijgen het besluit en de adviezen."]),
        ("p", "Een kind is toelaatbaar als: (1) de school minimaal een half jaar extra hulp heeft gegeven en die is "
              "geëvalueerd in het OPP, én (2) het kind meer nodig heeft dan een basisschool kan bieden, én (3) "
              "voor so: er is een verstandelijke of lichamelijke beperking, langdurige ziekte of ernstige gedrags- "
              "of psychiatrische problematiek."),
        ("p", "Ouders die het niet eens zijn met het besluit, kunnen binnen zes weken bezwaar maken bij het SWV."),
        ("h1", "Terugplaatsing"),
        ("p", "Een kind gaat terug naar een basisschool als het kan, liefst in de eigen wijk. Dat kan als het kind "
              "de doelen in zijn OPP haalt en op een gewone school mee kan met wat extra hulp. De nieuwe school "
              "krijgt dan een jaar lang begeleiding van de so- of sbo-school."),
        ("ul", ["Elk jaar in het voorjaar bespreken de sbo/so-school en ouders of terugplaatsing kan.",
                "In het laatste jaar van de TLV doet de sbo/so-school vóór 1 april een voorstel aan de commissie.",
                "De commissie besluit: terug naar de basisschool of een nieuwe TLV.",
                "Na drie maanden evalueren ouders, beide scholen en het SWV hoe het gaat."]),
        ("h1", "Dekkend aanbod"),
        ("p", "Komt later. We brengen eerst samen met de scholen in kaart wat er is."),
        ("h1", "Financiën"),
        ("p", "Zie de begroting op de site."),
        ("h1", "Resultaten"),
        ("p", "Wat we willen bereiken, bepalen we samen met de OPR na de zomer."),
        ("p", "We houden wel bij hoe het gaat. Het bureau telt elk half jaar het aantal TLV's, de doorlooptijd van "
              "aanvragen en het aantal terugplaatsingen, en houdt eens per jaar een peiling onder scholen en "
              "ouders. De cijfers staan in het jaarverslag en worden besproken met het bestuur en de OPR."),
        ("h1", "Ouders"),
        ("p", "Informatie over wat er aan ondersteuning is, vindt u:"),
        ("ul", ["Op deze website, onder 'Ouders', met per school het aanbod.",
                "In de schoolgids van de school van uw kind.",
                "Bij de intern begeleider van de school.",
                "Op de ouderavond passend onderwijs, elk jaar in oktober."]),
        ("p", "Wilt u hulp van iemand die onafhankelijk is? Het ouder- en jeugdsteunpunt Zandkamp helpt gratis. "
              "Ook Onderwijsconsulenten kunnen meedenken. Klachten over het SWV kunt u indienen via de "
              "klachtenregeling."),
    ]
    b += c.f_governance("16 april 2026", 10) + c.f_oogo("11 maart 2026", "Zandkamp en Veenhuizen-Noord", inhoudelijk=False)
    b += c.f_personeel(3.8) + c.f_ict_privacy() + c.f_planning(per) + c.f_inspectie("29 april 2026")
    b += c.f_werkwijze_bureau() + c.f_communicatie_scholen() + c.f_wetgeving()
    b += c.f_extra() + c.f_extra2()
    b += [("h1", "Veelgestelde vragen over deze webversie"),
          ("p", "Waarom een webversie? Omdat de meeste mensen het plan op hun telefoon lezen. De pdf met "
                "opmaak komt later, de tekst is dezelfde."),
          ("p", "Kan ik het plan printen? Ja, via de printknop van uw browser. Het menu en de voettekst worden "
                "dan niet meegeprint."),
          ("p", "Wanneer komt het volgende plan? Het volgende ondersteuningsplan geldt vanaf 1 augustus 2030. We "
                "beginnen ruim een jaar eerder met de voorbereiding."),
          ("p", "Ik wil lid worden van de OPR. Kan dat? Leden worden gekozen uit de medezeggenschapsraden van de "
                "scholen. Vraag het aan de MR van de school van uw kind; die weet wanneer er een plek vrijkomt."),
          ("p", "Ik zie een fout in de tekst. Wat nu? Mail het bureau. We passen kleine fouten direct aan en "
                "zetten de datum van de wijziging onderaan de pagina."),
          ("p", "Is er ook een versie in een andere taal? Nog niet. We kijken of een korte samenvatting in het "
                "Engels en het Arabisch mogelijk is. Tot die tijd kunt u de vertaalfunctie van uw browser gebruiken.")]
    b += c.f_begrippen("po") + c.f_afkortingen("po")
    return naam, b


LABEL_E = {
    "documents": ["po-zandkamp-2026.html"], "sector": "po", "looks_like_plan": True,
    "elements": {"basisondersteuning": "partial", "plaatsing": "present", "terugstroom": "present",
                 "financien": "missing", "dekkend-aanbod": "missing", "resultaten": "partial", "ouders": "present"},
    "crit": {"basisondersteuning.niveau": True, "basisondersteuning.inhoud": False,
             "plaatsing.procedure": True, "plaatsing.criteria": True,
             "terugstroom.procedure": True, "terugstroom.beleid": True,
             "financien.verdeling": False, "financien.besteding": False,
             "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": False,
             "resultaten.doelen": False, "resultaten.monitoring": True,
             "ouders.informatie": True, "ouders.steunpunt": True},
    "adv": {"plaatsing": ["deskundigen", "bezwaar"], "ouders": ["betrokkenheid"]},
    "notes": {
        "basisondersteuning": "Section Basisondersteuning: agreed level for every vestiging; content deferred to a folder that 'komt later dit jaar'.",
        "plaatsing": "Section TLV: procedure bullets, criteria (1)-(3), two deskundigen, bezwaar.",
        "terugstroom": "Section Terugplaatsing: policy/conditions/one year support plus yearly steps, 1 april proposal, commissie decides.",
        "financien": "Only 'Zie de begroting op de site'; otherwise TOC/begrippen.",
        "dekkend-aanbod": "Only 'Komt later'; OOGO section procedural only; term in TOC/begrippen.",
        "resultaten": "Goals deferred to OPR after summer; monitoring (half-yearly counts, peiling, jaarverslag) present.",
        "ouders": "Section Ouders: website, schoolgids, IB, ouderavond; OJSP, Onderwijsconsulenten, klachtenregeling.",
    },
}


# =========================================================================== near-miss: school-level plan
def not_a_plan():
    b = [("title", "Ondersteuningsplan OBS De Vlonder 2025-2026"),
         ("p", "Openbare basisschool De Vlonder, onderdeel van Stichting Openbaar Onderwijs Lindewaarde. "
               "Aangesloten bij Samenwerkingsverband Passend Primair Onderwijs Lindewaarde."),
         ("toc", ["1 Inleiding", "2 Zorgniveaus op De Vlonder", "3 Basisondersteuning op onze school",
                  "4 Groepsbesprekingen en leerlingbesprekingen", "5 Extra ondersteuning en arrangementen",
                  "6 Toelaatbaarheid sbo/so", "7 Terugplaatsing", "8 Middelen", "9 Ouders", "10 Jaarplanning IB"]),
         ("h1", "1 Inleiding"),
         ("p", "Dit ondersteuningsplan beschrijft hoe OBS De Vlonder de ondersteuning aan leerlingen organiseert "
               "in het schooljaar 2025-2026. Het plan is geschreven door de intern begeleider en besproken in het "
               "team en met de medezeggenschapsraad. Het is een aanvulling op ons schoolondersteuningsprofiel "
               "(SOP) en op het ondersteuningsplan van het samenwerkingsverband."),
         ("h1", "2 Zorgniveaus op De Vlonder"),
         ("ul", ["Niveau 1: goed lesgeven in de groep, voor alle leerlingen.",
                 "Niveau 2: extra instructie in de groep door de leerkracht.",
                 "Niveau 3: specifieke interventies, met hulp van de intern begeleider.",
                 "Niveau 4: ondersteuning met externe deskundigen, bespreking in het ondersteuningsteam.",
                 "Niveau 5: arrangement van het samenwerkingsverband of verwijzing naar sbo/so."]),
         ("h1", "3 Basisondersteuning op onze school"),
         ("p", "Onze school biedt de basisondersteuning die in het samenwerkingsverband is afgesproken. Daarnaast "
               "hebben wij een leesspecialist en een rekencoördinator. Op dinsdag is er een plusklas voor groep 5 "
               "tot en met 8."),
         ("h1", "4 Groepsbesprekingen en leerlingbesprekingen"),
         ("p", "Drie keer per jaar voert de intern begeleider een groepsbespreking met elke leerkracht, na de "
               "toetsen van januari en juni en in oktober. Leerlingen met een ondersteuningsbehoefte worden "
               "besproken in de leerlingbespreking. Afspraken komen in het groepsplan."),
         ("ul", ["Oktober: groepsbespreking 1 (startgesprekken, groepsoverzicht).",
                 "Februari: groepsbespreking 2 (analyse middentoetsen).",
                 "Juni: groepsbespreking 3 (analyse eindtoetsen, overdracht).",
                 "Doorlopend: leerlingbespreking op aanvraag van de leerkracht."]),
         ("h1", "5 Extra ondersteuning en arrangementen"),
         ("p", "Als niveau 3 niet voldoende is, bespreekt de IB'er de leerling in het ondersteuningsteam met "
               "ouders en de consulent van het samenwerkingsverband. Zo nodig vragen we een arrangement aan bij "
               "het loket. Voor een leerling met een arrangement stellen we een ontwikkelingsperspectief (OPP) op."),
         ("h1", "6 Toelaatbaarheid sbo/so"),
         ("p", "Als onze school niet kan bieden wat een kind nodig heeft, vraagt ons bestuur een "
               "toelaatbaarheidsverklaring (TLV) aan bij het samenwerkingsverband. De procedure en criteria staan "
               "in het ondersteuningsplan van het samenwerkingsverband. De IB'er begeleidt ouders daarbij."),
         ("h1", "7 Terugplaatsing"),
         ("p", "Wij staan open voor kinderen die terugkomen uit het sbo of so. We maken dan afspraken met de "
               "school van herkomst over een goede overdracht."),
         ("h1", "8 Middelen"),
         ("p", "De school krijgt via het bestuur een schoolbudget van het samenwerkingsverband. Wij zetten dat in "
               "voor een onderwijsassistent (0,6 fte) en voor de plusklas."),
         ("h1", "9 Ouders"),
         ("p", "Ouders worden betrokken bij elk gesprek over hun kind. De IB'er is op maandag en donderdag "
               "bereikbaar. In de schoolgids staat hoe u een klacht kunt indienen."),
         ("h1", "10 Jaarplanning IB"),
         ("table", [["Maand", "Activiteit"], ["September", "Startgesprekken en groepsoverzichten"],
                    ["Oktober", "Groepsbespreking 1"], ["Januari", "Middentoetsen"],
                    ["Februari", "Groepsbespreking 2"], ["Juni", "Groepsbespreking 3 en overdracht"]])]
    return "OBS De Vlonder", b


LABEL_X = {
    "documents": ["obs-de-vlonder-ondersteuningsplan-2025.docx"], "sector": "po", "looks_like_plan": False,
    "elements": {}, "crit": {}, "adv": {},
    "notes": {"document": "School-level 'ondersteuningsplan' of one basisschool (zorgniveaus, groepsbesprekingen, "
                          "IB-jaarplanning), one school year; refers to the SWV's plan, not an SWV plan itself."},
}

CORE = ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure", "plaatsing.criteria",
        "terugstroom.procedure", "terugstroom.beleid", "financien.verdeling", "financien.besteding",
        "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "resultaten.doelen", "resultaten.monitoring",
        "ouders.informatie", "ouders.steunpunt"]
ELEMS = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod", "resultaten", "ouders"]


def q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_label(lab, path):
    lines = ["documents: [" + ", ".join(lab["documents"]) + "]",
             "sector: " + lab["sector"],
             "looks_like_plan: " + ("true" if lab["looks_like_plan"] else "false")]
    if lab["elements"]:
        lines.append("elements: {" + ", ".join(f"{e}: {lab['elements'][e]}" for e in ELEMS) + "}")
        lines.append("criteria:")
        for k in CORE:
            lines.append(f"  {k}: {'true' if lab['crit'][k] else 'false'}")
        lines.append("advisory_addressed:")
        for e in ELEMS:
            if lab["adv"].get(e):
                lines.append(f"  {e}: [" + ", ".join(lab["adv"][e]) + "]")
    else:
        lines += ["elements: {}", "criteria: {}", "advisory_addressed: {}"]
    lines.append("notes:")
    for k, v in lab["notes"].items():
        lines.append(f"  {k}: {q(v)}")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def main():
    jobs = [
        (plan_a, LABEL_A, "docx"), (plan_b, LABEL_B, "docx"), (plan_c, LABEL_C, "pdf"),
        (plan_d, LABEL_D, "pdf"), (plan_e, LABEL_E, "html"), (not_a_plan, LABEL_X, "docx"),
    ]
    for fn, lab, fmt in jobs:
        naam, blocks = fn()
        doc = lab["documents"][0]
        path = os.path.join(OUT, doc)
        if fmt == "docx":
            c.render_docx(blocks, path, header=naam)
        elif fmt == "pdf":
            c.render_pdf(blocks, path, header=naam)
        else:
            c.render_html(blocks, path, title=naam)
        stem = os.path.splitext(doc)[0]
        write_label(lab, os.path.join(OUT, stem + ".expected.yaml"))
        print(f"{doc}: {c.words(blocks)} words")


if __name__ == "__main__":
    main()
