"""Plan B: PO, rendered to .pdf. Appendices 1-4 included; 'Bijlage 5 Kwaliteitskaart' referred to but absent.

Intended labels: basisondersteuning partial (inhoud only in absent Bijlage 5 / referentiekader wording),
plaatsing partial (criteria deferred), terugstroom missing (only glossary + near-misses),
financien present (besteding only in included Bijlage 3 table), dekkend-aanbod partial (lacunes deferred),
resultaten present (in 'Verantwoording'), ouders partial (steunpunt only a website reference).
"""
from h38_filler import (voorwoord, leeswijzer, regio, visie, governance, opr, oogo, personeel, ict,
                        huisvesting_vervoer, planning)

C = dict(
    naam="Stichting Passend Onderwijs De Heuvelrug-Oost", kort="SPO Heuvelrug-Oost",
    code="PO 21-07", periode="2024-2028", wet="artikel 18a van de Wet op het primair onderwijs",
    gemeenten="Bosveen, Amerongen-Dijk, Leersum-Noord en Heuvelstein", bestuurder="J.P. (Jeroen) Kalkman MEd",
    besturen=9, fte=22, opr_start="juni 2023", opr_concept="30 januari 2024",
    opr_instemming="19 maart 2024", oogo_datum="13 februari 2024", oogo_jaar="2019",
    buur_swv="het samenwerkingsverband VO 21-02 Heuvelrug en Vallei",
    regio_rows=[["Bosveen", "19", "4.120"], ["Amerongen-Dijk", "11", "1.880"], ["Leersum-Noord", "9", "1.410"],
                ["Heuvelstein", "19", "3.960"], ["Totaal", "58", "11.370"]],
)

TITLE = "Ondersteuningsplan 2024-2028 SPO De Heuvelrug-Oost"
HEADER = "SPO De Heuvelrug-Oost | Ondersteuningsplan 2024-2028 | terugplaatsing en thuiszitters: zie hoofdstuk 6"
FOOTER = "Ondersteuningsplan PO 21-07 | instemming OPR 19 maart 2024 | pagina"

TOC = ["Voorwoord", "1 Inleiding en leeswijzer", "2 Onze regio", "3 Visie, missie en kernwaarden",
       "4 Basisondersteuning: de afspraken", "5 Het ondersteuningsaanbod in de regio",
       "6 Passende plek, thuiszitters en terugplaatsing", "7 Toelaatbaarheid en toewijzing",
       "8 Geld en middelen", "9 Communicatie met ouders en scholen",
       "10 Organisatie en governance", "11 Medezeggenschap", "12 OOGO", "13 Vervoer en huisvesting",
       "14 Personeel en professionalisering", "15 ICT en privacy", "16 Planning",
       "17 Verantwoording: doelen en resultaten",
       "Bijlage 1 Begrippen", "Bijlage 2 Procedure TLV", "Bijlage 3 Meerjarenbegroting",
       "Bijlage 4 Ondersteuningsprofielen-samenvatting", "Bijlage 5 Kwaliteitskaart basisondersteuning (separaat)"]


def blocks():
    c = C
    b = [("title", "Ondersteuningsplan 2024-2028"), ("sub", c["naam"] + " - " + c["code"]),
         ("sub", "Samen verder met passend onderwijs"), ("toc", TOC), ("pagebreak", None)]
    b += voorwoord(c)
    b += leeswijzer(c, "De bijlagen 1 tot en met 4 zijn in dit document opgenomen. De Kwaliteitskaart "
                       "basisondersteuning (bijlage 5) is een afzonderlijk document.")
    b += regio(c)
    b += visie(c)
    b += [
        ("h1", "Basisondersteuning: de afspraken"),
        ("p", "Het bestuur van het samenwerkingsverband heeft, na instemming van alle aangesloten schoolbesturen, "
              "een gezamenlijk niveau van basisondersteuning vastgesteld. Dit niveau is de ondergrens voor alle "
              "58 vestigingen in de regio. Het is dus niet zo dat iedere school zelf bepaalt wat zij minimaal "
              "biedt: wat in de afspraken staat, moet op elke school beschikbaar zijn."),
        ("p", "Basisondersteuning bestaat volgens het landelijke referentiekader uit vier onderdelen: "
              "basiskwaliteit, preventieve en licht curatieve interventies, de onderwijsondersteuningsstructuur en "
              "planmatig werken. De uitwerking van deze onderdelen in concrete standaarden en indicatoren staat in "
              "de Kwaliteitskaart basisondersteuning (bijlage 5), die als afzonderlijk document op onze website "
              "is te vinden en jaarlijks wordt bijgewerkt."),
        ("p", "Ieder voorjaar vullen de scholen de kwaliteitskaart zelf in. Eens in de twee jaar voert een "
              "auditteam van twee intern begeleiders van andere besturen en een consulent van het "
              "samenwerkingsverband een schoolbezoek uit. Scoort een school op een onderdeel onder de ondergrens, "
              "dan spreekt het samenwerkingsverband het schoolbestuur daarop aan en volgt binnen drie maanden een "
              "verbeterafspraak."),
        ("h1", "Het ondersteuningsaanbod in de regio"),
        ("p", "Tussen de basisondersteuning en het speciaal (basis)onderwijs ligt een breed palet aan "
              "ondersteuning. Samen vormt dit het samenhangende geheel van voorzieningen binnen en tussen de "
              "scholen. We onderscheiden:"),
        ("ul", ["Extra ondersteuning op de eigen school: een arrangement op maat, waarbij de school expertise "
                "inzet van het eigen bestuur of van het samenwerkingsverband (bijvoorbeeld een "
                "gedragsspecialist of een specialist jonge kind).",
                "Ambulante begeleiding door de so-scholen De Lindeboom (cluster 3) en Het Baken (cluster 4).",
                "Bovenschoolse voorzieningen: de Taalschool Bosveen voor nieuwkomers (één jaar), de "
                "voltijds-hoogbegaafdenklas De Uitdaging, en de Kleutergroep Plus in Heuvelstein voor "
                "jonge kinderen met een ontwikkelingsvoorsprong of -achterstand die observatie vragen.",
                "Het speciaal basisonderwijs: sbo De Vlinder (Bosveen) en sbo De Wegwijzer (Heuvelstein).",
                "Het speciaal onderwijs: De Lindeboom, Het Baken en drie so-scholen buiten de regio waarmee "
                "plaatsingsafspraken bestaan."]),
        ("p", "Bijlage 4 geeft per school een samenvatting van de extra ondersteuning die zij in huis heeft, zoals "
              "beschreven in de schoolondersteuningsprofielen. Zo kunnen scholen en het samenwerkingsverband "
              "elkaars expertise benutten en kunnen kinderen, waar nodig, bij een school in de buurt terecht die "
              "de gevraagde ondersteuning biedt."),
        ("h1", "Passende plek, thuiszitters en terugplaatsing"),
        ("p", "Iedere leerling in onze regio hoort onderwijs te volgen. Het samenwerkingsverband zal in de loop "
              "van de planperiode, samen met leerplicht en de gemeenten, een regionale aanpak voor thuiszitters "
              "en voor kinderen zonder passende plek ontwikkelen. Zolang die aanpak er niet is, houden de "
              "besturen hun eigen werkwijze aan."),
        ("p", "Ook het onderwerp terugplaatsing krijgt in de planperiode aandacht. We nemen het mee in de "
              "werkagenda van de schooljaren 2025-2026 en 2026-2027."),
        ("p", "Bijzondere aandacht vraagt de overstap naar het voortgezet onderwijs. Leerlingen van sbo en so "
              "stromen aan het eind van de basisschoolperiode door naar het vo, het vso of het "
              "praktijkonderwijs. Samen met het samenwerkingsverband VO maken we afspraken over een warme "
              "overdracht en over de aanmeldingsperiode in maart."),
        ("h1", "Toelaatbaarheid en toewijzing"),
        ("p", "Het samenwerkingsverband beslist op verzoek van een schoolbestuur over de toelaatbaarheid tot het "
              "sbo en het so. De volledige procedure, van aanvraag tot besluit, is opgenomen in bijlage 2."),
        ("p", "De criteria waaraan een aanvraag wordt getoetst, worden in het schooljaar 2024-2025 samen met de "
              "sbo- en so-scholen herijkt. De herijkte criteria worden na instemming van de OPR als aanvulling op "
              "dit plan gepubliceerd. Tot dat moment beoordeelt de commissie iedere aanvraag op haar merites."),
        ("p", "Daarnaast kent het samenwerkingsverband arrangementen voor extra ondersteuning op de eigen school. "
              "Scholen vragen die aan via het ondersteuningsloket; de toekenning is gekoppeld aan het budget "
              "zoals beschreven in hoofdstuk 8."),
        ("h1", "Geld en middelen"),
        ("p", "Wij kiezen voor een verdeling waarin het grootste deel van het geld zo dicht mogelijk bij het "
              "kind terechtkomt. De middelen worden als volgt verdeeld:"),
        ("table", [["Stroom", "Verdeelsleutel", "Beslist door"],
                   ["Ondersteuningsbudget besturen", "€ 142 per leerling (teldatum 1 oktober t-1) plus "
                    "€ 7.500 vaste voet per vestiging", "algemeen bestuur, jaarlijks in november"],
                   ["Arrangementen extra ondersteuning", "toekenning per leerling door het ondersteuningsloket; "
                    "normbedrag € 4.200 per arrangement per schooljaar", "ondersteuningsloket"],
                   ["Bovenschoolse voorzieningen", "vaste exploitatiebijdrage per voorziening op basis van "
                    "het aantal plaatsen", "directeur-bestuurder"],
                   ["Sbo/so", "wettelijke afdrachten via DUO; groeibekostiging sbo op peildatum 1 februari",
                    "DUO / bestuur"]]),
        ("p", "Schoolbesturen zetten het ondersteuningsbudget in voor extra handen in de klas, intern begeleiding "
              "boven het basisniveau en scholing op het gebied van ondersteuning. Zij verantwoorden de besteding "
              "jaarlijks vóór 1 juni met een verantwoordingsformat dat in het bestuursgesprek wordt besproken. "
              "De meerjarenbegroting is opgenomen in bijlage 3. De algemene reserve bedraagt per 1 januari 2024 "
              "€ 1,1 miljoen; het bestuur houdt een signaleringswaarde aan volgens de methodiek van de inspectie "
              "en zet het bovenmatige deel in de planperiode in voor de bovenschoolse voorzieningen."),
        ("h1", "Communicatie met ouders en scholen"),
        ("p", "Het samenwerkingsverband informeert ouders over de ondersteuning in de regio. Op de website staat "
              "een ouderpagina met uitleg over de basisondersteuning, de arrangementen, de bovenschoolse "
              "voorzieningen en het speciaal (basis)onderwijs, met een overzicht per school. Iedere school geeft "
              "ouders bij het eerste gesprek over extra ondersteuning de ouderbrochure 'Ondersteuning op maat' "
              "mee. In de schoolgids beschrijft iedere school wat zij biedt. In het voorjaar organiseren we in "
              "iedere gemeente een informatiebijeenkomst over passend onderwijs."),
        ("p", "Voor vragen waarbij ouders onafhankelijk advies zoeken, staat op onze website een actueel "
              "overzicht van organisaties waar zij terechtkunnen."),
        ("p", "Scholen worden geïnformeerd via de nieuwsbrief en via de netwerken van intern begeleiders."),
    ]
    b += governance(c)
    b += opr(c)
    b += oogo(c)
    b += huisvesting_vervoer(c)
    b += personeel(c)
    b += ict(c)
    b += planning(c, [["2024-2025", "herijking criteria toelaatbaarheid; actualisatie kwaliteitskaart"],
                      ["2025-2026", "werkagenda passende plek en terugplaatsing; audits ronde 1"],
                      ["2026-2027", "audits ronde 2; verkenning uitbreiding De Uitdaging"],
                      ["2027-2028", "evaluatie plan; voorbereiding ondersteuningsplan 2028-2032"]])
    b += [
        ("h1", "Verantwoording: doelen en resultaten"),
        ("h2", "Beoogde resultaten 2024-2028"),
        ("table", [["Doel", "Indicator", "Stand 2023", "Streefwaarde 2028"],
                   ["Kinderen krijgen snel passende ondersteuning", "doorlooptijd aanvraag arrangement",
                    "7,5 week", "4 weken"],
                   ["Meer kinderen thuisnabij", "deelnamepercentage sbo + so (1 oktober)", "3,4%", "3,0%"],
                   ["Scholen voldoen aan de basisondersteuning", "scholen op of boven de ondergrens (audit)",
                    "81%", "100%"],
                   ["Ouders voelen zich gehoord", "tevredenheid ouders over het ondersteuningsloket",
                    "6,8", "7,5"]]),
        ("h2", "Bereikte resultaten vorige planperiode"),
        ("p", "In de vorige planperiode (2020-2024) daalde het aantal afgegeven TLV's voor het so van 71 naar 58 "
              "per jaar; het aantal arrangementen op de eigen school steeg van 140 naar 212. De doorlooptijd liep "
              "op, door personeelsgebrek bij het loket. Ouders waardeerden het loket met gemiddeld een 6,8."),
        ("h2", "Zo volgen we de resultaten"),
        ("p", "Het samenwerkingsverband werkt met een kwaliteitscyclus. Het dashboard met de indicatoren wordt "
              "elk kwartaal bijgewerkt met gegevens uit het loketsysteem, DUO en de audits. Twee keer per jaar "
              "bespreekt het bestuur de stand van zaken met de raad van toezicht en de OPR. Elk jaar houden we "
              "een tevredenheidspeiling onder ouders en scholen. In het jaarverslag rapporteren we per doel wat "
              "bereikt is en welke middelen daarvoor zijn ingezet; wijken we meer dan tien procent af van een "
              "streefwaarde, dan stelt het bestuur een bijstelling voor."),
        ("pagebreak", None),
        ("h1", "Bijlage 1 Begrippen"),
        ("table", [["Begrip", "Toelichting"],
                   ["Basisondersteuning", "Ondersteuning die alle scholen bieden, volgens de kwaliteitskaart."],
                   ["Onderwijsconsulenten", "Landelijke, onafhankelijke organisatie die ouders kosteloos adviseert "
                                            "en bemiddelt bij problemen over een passende plek."],
                   ["Ouder- en jeugdsteunpunt", "Onafhankelijk steunpunt voor ouders en jeugdigen."],
                   ["TLV", "Toelaatbaarheidsverklaring."],
                   ["Terugplaatsing", "Terugkeer van een leerling uit sbo of so naar het regulier onderwijs, "
                                      "met begeleiding door de school van herkomst."],
                   ["Thuiszitter", "Leerling die zonder geldige reden niet naar school gaat."],
                   ["Zorgplicht", "Plicht van het schoolbestuur om een passende plek te bieden of te zoeken."]]),
        ("h1", "Bijlage 2 Procedure TLV"),
        ("ul", ["Stap 1 - Voorbereiding: de school bespreekt het kind in het ondersteuningsteam, met ouders en de "
                "consulent van het samenwerkingsverband. Het groeidocument wordt bijgewerkt.",
                "Stap 2 - Aanvraag: het schoolbestuur (in de praktijk de directeur) dient de aanvraag in via het "
                "digitale loket, met groeidocument, ontwikkelingsperspectief en de zienswijze van ouders.",
                "Stap 3 - Deskundigenadvies: een orthopedagoog of GZ-psycholoog van het samenwerkingsverband en "
                "een tweede deskundige (afhankelijk van de vraag: jeugdarts, maatschappelijk werker of "
                "kinderpsychiater) geven ieder een eigen schriftelijk advies.",
                "Stap 4 - Besluit: de Commissie van Toelaatbaarheid (voorzitter, twee leden) besluit binnen zes "
                "weken na ontvangst van de volledige aanvraag en stelt voor het so de bekostigingscategorie "
                "(laag, midden of hoog) vast.",
                "Stap 5 - Bericht: school en ouders ontvangen het besluit met beide adviezen. Een TLV voor het "
                "sbo geldt tot het einde van de basisschoolperiode; een TLV voor het so geldt twee schooljaren.",
                "Stap 6 - Plaatsing: ouders melden het kind aan bij de sbo- of so-school van hun keuze."]),
        ("h1", "Bijlage 3 Meerjarenbegroting"),
        ("table", [["Bedragen x € 1.000", "2024", "2025", "2026", "2027"],
                   ["Baten ondersteuningsbudget (lichte + zware ondersteuning)", "9.840", "9.760", "9.690", "9.610"],
                   ["Af: afdrachten DUO so", "-4.310", "-4.250", "-4.200", "-4.150"],
                   ["Af: afdrachten sbo (boven 2%)", "-690", "-670", "-650", "-640"],
                   ["Ondersteuningsbudget besturen", "2.080", "2.070", "2.050", "2.030"],
                   ["Arrangementen extra ondersteuning", "1.180", "1.210", "1.240", "1.240"],
                   ["Bovenschoolse voorzieningen", "860", "900", "930", "930"],
                   ["Loket, consulenten en deskundigen", "1.020", "1.040", "1.060", "1.080"],
                   ["Bestuur en bedrijfsvoering", "310", "315", "320", "325"],
                   ["Inzet bovenmatige reserve", "-610", "-695", "-760", "-785"],
                   ["Saldo", "0", "0", "0", "0"]]),
        ("h1", "Bijlage 4 Ondersteuningsprofielen-samenvatting"),
        ("table", [["School", "Extra ondersteuning (uit SOP)"],
                   ["OBS De Linde, Bosveen", "gedragsspecialist; time-outvoorziening binnen de school"],
                   ["CBS De Akker, Amerongen-Dijk", "specialist jonge kind; logopedie op school"],
                   ["RKBS Sint Jan, Heuvelstein", "plusklas voor groep 5-8; specialist meer- en hoogbegaafdheid"],
                   ["OBS Het Startpunt, Bosveen", "Taalschool Bosveen (nieuwkomers)"],
                   ["Dalton De Horizon, Leersum-Noord", "rekenspecialist; maatwerk bij dyscalculie"],
                   ["Sbo De Vlinder, Bosveen", "ambulante begeleiding aan basisscholen"]]),
    ]
    return b
