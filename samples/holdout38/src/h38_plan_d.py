"""Plan D: PO, rendered to .pdf. Appendices 1-4 included; basisondersteuning and aanbod live in an absent
'Koersdocument' (bijlage 5, separaat).

Intended labels: basisondersteuning missing, plaatsing present, terugstroom partial (procedure inside the
TLV chapter, policy deferred), financien partial (verdeling deferred, besteding in included Bijlage 3),
dekkend-aanbod missing, resultaten present (chapter 'Verantwoording en kwaliteit'), ouders present
(split over 'Communicatie' and 'Klachten, bezwaar en geschillen').
"""
from h38_filler import bedrijfsvoering, voorwoord, leeswijzer, regio, visie, governance, opr, oogo, personeel, ict, planning

C = dict(
    naam="Samenwerkingsverband Primair Passend Onderwijs Veenkoloniën-Zuid", kort="SPPO Veenkoloniën-Zuid",
    code="PO 20-14", periode="2025-2029", wet="artikel 18a van de Wet op het primair onderwijs",
    gemeenten="Turfhaven, Wildervank-Oost en Musselveld", bestuurder="H.J. (Harm) Bos",
    besturen=6, fte=15, opr_start="november 2024", opr_concept="21 januari 2025",
    opr_instemming="4 maart 2025", oogo_datum="11 februari 2025", oogo_jaar="2020",
    buur_swv="het samenwerkingsverband VO 20-05 Oost-Groningen",
    regio_rows=[["Turfhaven", "22", "3.880"], ["Wildervank-Oost", "14", "2.040"], ["Musselveld", "10", "1.270"],
                ["Totaal", "46", "7.190"]],
)

TITLE = "Ondersteuningsplan 2025-2029 SPPO Veenkoloniën-Zuid"
HEADER = "Ondersteuningsplan 2025-2029 Veenkoloniën-Zuid | Basisondersteuning en dekkend aanbod"
FOOTER = "PO 20-14 | Koersdocument 'Elk kind een plek' is bijlage 5 bij dit plan"

TOC = ["Voorwoord", "1 Inleiding en leeswijzer", "2 Onze regio", "3 Visie, missie en kernwaarden",
       "4 Ondersteuning op de scholen: basisondersteuning en dekkend aanbod",
       "5 Toelaatbaarheid tot sbo en so", "6 Geld en middelen", "7 Communicatie",
       "8 Klachten, bezwaar en geschillen", "9 Organisatie en governance", "10 Medezeggenschap",
       "11 OOGO", "12 Personeel en professionalisering", "13 ICT en privacy", "14 Planning",
       "15 Verantwoording en kwaliteit",
       "Bijlage 1 Begrippen", "Bijlage 2 Procedure TLV", "Bijlage 3 Meerjarenbegroting",
       "Bijlage 4 Verslag OOGO en instemmingsbesluit OPR",
       "Bijlage 5 Koersdocument 'Elk kind een plek' (separaat gepubliceerd)"]


def blocks():
    c = C
    b = [("title", "Ondersteuningsplan 2025-2029"), ("sub", c["naam"]), ("sub", "Registratienummer " + c["code"]),
         ("toc", TOC), ("pagebreak", None)]
    b += voorwoord(c)
    b += leeswijzer(c, "Dit document bevat de bijlagen 1 tot en met 4. Het Koersdocument (bijlage 5) wordt "
                       "afzonderlijk gepubliceerd.")
    b += regio(c)
    b += visie(c)
    b += [
        ("h1", "Ondersteuning op de scholen: basisondersteuning en dekkend aanbod"),
        ("p", "Het niveau van de basisondersteuning, de ondersteuningsroute binnen de scholen en het "
              "samenhangende aanbod van voorzieningen tussen de scholen zijn beschreven in het Koersdocument "
              "'Elk kind een plek'. Het algemeen bestuur heeft dit koersdocument op 9 december 2024 vastgesteld. "
              "Omdat het koersdocument vaker wordt bijgesteld dan dit ondersteuningsplan, is het als bijlage 5 "
              "afzonderlijk gepubliceerd op www.elkkindeenplek-vkz.nl."),
        ("p", "Wij kiezen hiervoor omdat scholen en ouders behoefte hebben aan één actueel document over het "
              "aanbod. Wijzigingen in het koersdocument worden, net als wijzigingen in dit plan, aan de OPR ter "
              "instemming voorgelegd."),
        ("h1", "Toelaatbaarheid tot sbo en so"),
        ("p", "Het samenwerkingsverband beslist op verzoek van het bevoegd gezag van een school of een leerling "
              "toelaatbaar is tot het speciaal basisonderwijs of het speciaal onderwijs. Namens het bestuur neemt "
              "de Commissie van Toelaatbaarheid (CvT) dit besluit. De CvT bestaat uit een voorzitter (de "
              "directeur-bestuurder of diens plaatsvervanger), een orthopedagoog en een secretaris."),
        ("h2", "Wanneer is een leerling toelaatbaar?"),
        ("p", "Wij hanteren drie criteria, die alle drie moeten zijn aangetoond in het dossier:"),
        ("ul", ["Handelingsverlegenheid van de school: de school heeft in ten minste twee cycli van "
                "handelingsgericht werken, waarvan één met inzet van externe expertise, de ondersteuning "
                "geboden die zij kan bieden, en de doelen uit het ontwikkelingsperspectief worden niet gehaald.",
                "Onderwijsbehoefte: de leerling heeft voor het grootste deel van de schooldag een aanpak nodig "
                "die alleen in een kleine groep met specialistische begeleiding kan worden geboden (sbo), of "
                "daarnaast specialistische zorg of behandeling in de school (so cluster 3 of 4).",
                "Perspectief: de verwachting is dat de leerling in het sbo of so een ontwikkeling doormaakt die "
                "in de basisschool niet mogelijk is."]),
        ("p", "Voor kinderen met een ernstige meervoudige beperking of een zeer lage intelligentie (ZML) kan "
              "de CvT direct een TLV voor het so afgeven, zonder dat aan het eerste criterium is voldaan."),
        ("h2", "Van aanvraag tot besluit"),
        ("p", "De procedure staat stap voor stap in bijlage 2. In het kort: de school vraagt aan, twee "
              "deskundigen adviseren afzonderlijk, de CvT besluit binnen zes weken en ouders en school krijgen "
              "het besluit en de adviezen toegestuurd."),
        ("h2", "Geldigheid en bekostigingscategorie"),
        ("p", "Een TLV sbo wordt afgegeven voor twee schooljaren, een TLV so voor één tot drie schooljaren. De "
              "TLV eindigt altijd op 31 juli. Voor het so stelt de CvT de bekostigingscategorie laag, midden of "
              "hoog vast; bij kinderen met een lichamelijke beperking is dat in de regel midden, bij een "
              "meervoudige beperking hoog."),
        ("h2", "Einde van een TLV"),
        ("p", "In het laatste schooljaar van een TLV beoordeelt de sbo- of so-school vóór 1 maart in een "
              "evaluatiegesprek met ouders en de consulent van het samenwerkingsverband of een nieuwe TLV nodig "
              "is. De school stuurt het verslag vóór 15 maart aan de CvT. Vraagt de school geen nieuwe TLV aan, "
              "dan neemt de school vóór 1 april contact op met de basisschool die ouders kiezen, en draagt zij het "
              "dossier in een overdrachtsgesprek over. De CvT beslist vóór 15 mei over een eventuele nieuwe TLV. "
              "Zonder nieuwe TLV eindigt de plaatsing op 31 juli en start het kind na de zomervakantie op de "
              "basisschool."),
        ("p", "Het terugplaatsingsbeleid zelf – de uitgangspunten, de voorwaarden en de begeleiding van het kind "
              "na de overstap – wordt in 2026 samen met de sbo- en so-scholen opnieuw geformuleerd en daarna "
              "aan dit plan toegevoegd."),
        ("h1", "Geld en middelen"),
        ("p", "Het samenwerkingsverband ontvangt jaarlijks rijksmiddelen voor lichte en zware ondersteuning. "
              "DUO houdt daarop de bekostiging van het so in, op basis van het aantal so-leerlingen op de "
              "teldatum. De afdracht aan het sbo volgt de wettelijke regeling met de peildatum 1 februari."),
        ("p", "Het huidige verdeelmodel is in 2021 ingevoerd en wordt op dit moment geëvalueerd. Een nieuw "
              "model, met de verdeelsleutel en de procedure voor toekenning, wordt in het voorjaar van 2026 aan de "
              "OPR voorgelegd. Tot die tijd blijven de bestaande afspraken van kracht."),
        ("p", "De meerjarenbegroting is opgenomen in bijlage 3. Het samenwerkingsverband houdt een "
              "weerstandsvermogen aan van ten minste 4% van de baten. De reserve boven de signaleringswaarde "
              "(per 31 december 2024 € 410.000) wordt in de periode 2025-2027 ingezet, zoals zichtbaar in de "
              "begroting. De schoolbesturen leggen in hun jaarverslag verantwoording af over de inzet van de "
              "ontvangen middelen."),
        ("h1", "Communicatie"),
        ("p", "Het samenwerkingsverband wil dat ouders weten waar zij aan toe zijn. De ouderpagina op de "
              "website legt in eenvoudige taal uit welke ondersteuning scholen bieden, hoe een arrangement of "
              "TLV wordt aangevraagd en wat het sbo en so zijn. Op iedere school ligt de brochure 'Uw kind en "
              "passend onderwijs', die ook beschikbaar is in het Arabisch, Tigrinya en Pools. Intern begeleiders "
              "hebben een gesprekskaart waarmee zij ouders bij het eerste gesprek over extra ondersteuning "
              "informeren. Eén keer per jaar organiseert het samenwerkingsverband in iedere gemeente een "
              "ouderavond."),
        ("p", "Scholen ontvangen vier keer per jaar de nieuwsbrief. Bestuurders ontvangen maandelijks een korte "
              "update van de directeur-bestuurder."),
        ("h1", "Klachten, bezwaar en geschillen"),
        ("p", "Soms lopen ouders vast of zijn zij het niet eens met een besluit. Voor onafhankelijk advies "
              "kunnen zij terecht bij het Ouder- en Jeugdsteunpunt Veenkoloniën, dat het samenwerkingsverband samen met de twee vo-verbanden in de regio heeft ingericht. Het steunpunt heeft twee "
              "ouderadviseurs die niet bij een school of schoolbestuur werken; zij denken mee, gaan mee naar "
              "gesprekken op school en verwijzen zo nodig door naar de Onderwijsconsulenten. Het steunpunt is "
              "bereikbaar op werkdagen via telefoon, WhatsApp en mail."),
        ("p", "Tegen een besluit over toelaatbaarheid kunnen ouders en school binnen zes weken bezwaar maken bij "
              "het bestuur. Het bestuur vraagt advies aan de Landelijke Bezwaaradviescommissie "
              "Toelaatbaarheidsverklaringen en beslist binnen tien weken. Klachten over gedragingen van het "
              "samenwerkingsverband kunnen worden ingediend bij de klachtencommissie waarbij het "
              "samenwerkingsverband is aangesloten. Geschillen over toelating, verwijdering of het "
              "ontwikkelingsperspectief kunnen ouders voorleggen aan de Geschillencommissie passend onderwijs."),
    ]
    b += governance(c)
    b += opr(c)
    b += oogo(c)
    b += personeel(c)
    b += ict(c)
    b += bedrijfsvoering(c)
    b += planning(c, [["2025-2026", "evaluatie verdeelmodel; nieuw dossiersysteem"],
                      ["2026-2027", "nieuw verdeelmodel in werking; terugplaatsingsbeleid vastgesteld"],
                      ["2027-2028", "tussenevaluatie plan met OPR"],
                      ["2028-2029", "nieuw plan 2029-2033"]])
    b += [
        ("h1", "Verantwoording en kwaliteit"),
        ("p", "Wij willen dat kinderen die extra ondersteuning nodig hebben daar sneller en dichter bij huis "
              "terechtkomen. Daarom hebben we voor deze planperiode de volgende beoogde resultaten vastgesteld:"),
        ("ul", ["In 2029 is de gemiddelde doorlooptijd van een TLV-aanvraag niet meer dan vier weken (2024: 6,5 week).",
                "Het deelnamepercentage so blijft onder het landelijk gemiddelde (1 oktober 2024: 1,6% tegen "
                "landelijk 1,8%).",
                "Ieder jaar stromen ten minste 12 leerlingen vanuit sbo of so terug naar een basisschool "
                "(2023-2024: 7).",
                "Ouders waarderen de procedure rond de TLV met ten minste een 7 (2024: 6,4)."]),
        ("p", "De resultaten worden gevolgd via het registratiesysteem van de CvT en de jaarlijkse "
              "oudertevredenheidspeiling die in mei plaatsvindt. De controller maakt elk halfjaar een "
              "voortgangsrapportage voor het bestuur, de raad van toezicht en de OPR. In het jaarverslag "
              "verantwoorden wij per resultaat wat bereikt is, wat het heeft gekost en welke bijsturing nodig "
              "is. Halverwege de planperiode voert een extern bureau een tussenevaluatie uit."),
        ("pagebreak", None),
        ("h1", "Bijlage 1 Begrippen"),
        ("table", [["Begrip", "Betekenis"],
                   ["Arrangement", "Afspraak over extra ondersteuning voor een leerling of groep."],
                   ["Basisondersteuning", "Het niveau van ondersteuning dat elke school biedt, zie het Koersdocument."],
                   ["CvT", "Commissie van Toelaatbaarheid."],
                   ["Dekkend aanbod", "Een samenhangend geheel van voorzieningen zonder witte vlekken."],
                   ["Thuiszitter", "Leerplichtig kind dat zonder vrijstelling niet naar school gaat."],
                   ["Verdeelmodel", "Systeem voor de verdeling van middelen over de besturen."],
                   ["Zorgplicht", "Plicht van het schoolbestuur om een passende plek te bieden."]]),
        ("h1", "Bijlage 2 Procedure TLV"),
        ("table", [["Stap", "Wie", "Wat", "Termijn"],
                   ["1", "school (IB'er) met ouders", "bespreking in het ondersteuningsteam; "
                    "ontwikkelingsperspectief en groeidocument bijwerken; zienswijze ouders vastleggen", "-"],
                   ["2", "bevoegd gezag school", "aanvraag indienen bij de CvT via het digitale portaal", "-"],
                   ["3", "secretaris CvT", "ontvangstbevestiging en controle op volledigheid",
                    "binnen 5 werkdagen"],
                   ["4", "eerste deskundige (orthopedagoog of psycholoog)", "eigen schriftelijk advies",
                    "binnen 3 weken"],
                   ["5", "tweede deskundige (afhankelijk van het kind: jeugdarts, maatschappelijk werker, "
                         "kinderpsychiater)", "eigen schriftelijk advies", "binnen 3 weken"],
                   ["6", "CvT", "besluit, met duur en (so) bekostigingscategorie; volgnummer",
                    "binnen 6 weken na volledige aanvraag"],
                   ["7", "secretaris CvT", "besluit en beide adviezen naar ouders en school", "binnen 2 werkdagen"]]),
        ("p", "Bij een spoedeisende situatie kan de CvT een tijdelijke TLV voor ten hoogste drie maanden "
              "afgeven, waarna de reguliere procedure alsnog wordt doorlopen."),
        ("h1", "Bijlage 3 Meerjarenbegroting"),
        ("table", [["Bedragen in euro", "2025", "2026", "2027", "2028"],
                   ["Rijksbijdrage ondersteuning", "7.115.000", "7.030.000", "6.960.000", "6.890.000"],
                   ["Afdracht DUO so", "-2.640.000", "-2.610.000", "-2.590.000", "-2.570.000"],
                   ["Afdracht sbo", "-520.000", "-505.000", "-495.000", "-490.000"],
                   ["Middelen naar schoolbesturen", "3.050.000", "3.010.000", "2.980.000", "2.940.000"],
                   ["Commissie van Toelaatbaarheid en deskundigen", "310.000", "315.000", "320.000", "325.000"],
                   ["Ouder- en Jeugdsteunpunt (aandeel)", "65.000", "65.000", "66.000", "67.000"],
                   ["Personeel en bureau", "690.000", "700.000", "710.000", "720.000"],
                   ["Inzet reserve", "-160.000", "-175.000", "-141.000", "-172.000"]]),
        ("h1", "Bijlage 4 Verslag OOGO en instemmingsbesluit OPR"),
        ("p", "Op 11 februari 2025 is het concept-ondersteuningsplan besproken met de wethouders van Turfhaven, "
              "Wildervank-Oost en Musselveld. De gemeenten hebben met het concept ingestemd. Er is geen "
              "aanleiding geweest om de geschillenregeling toe te passen. Het verslag is op 24 februari 2025 "
              "door alle partijen ondertekend."),
        ("p", "De OPR heeft in zijn vergadering van 4 maart 2025 met algemene stemmen ingestemd met het "
              "ondersteuningsplan 2025-2029, met het verzoek het herziene verdeelmodel en het "
              "terugplaatsingsbeleid tijdig ter instemming voor te leggen."),
    ]
    return b
