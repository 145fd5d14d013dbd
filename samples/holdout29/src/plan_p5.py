"""P5: PO plan, web (html) version."""
from filler29 import governance, personeel, privacy_ict, landelijk, toezicht_inspectie, kennisdeling, integriteit, terugblik_algemeen, werkwijze_bureau, communicatie_scholen, risicos_uitvoering, huisvesting_bureau

NAAM = "Samenwerkingsverband Passend Onderwijs PO Amstelveen-Meerlanden"
AFK = "SWV Amstel-Meerlanden"


def blocks():
    b = [
        ("title", "Ondersteuningsplan 2025-2029 - webversie"),
        ("p", f"{NAAM} (PO 27-08). Op deze pagina leest u de volledige tekst van ons ondersteuningsplan. "
              "Liever een pdf? Gebruik de downloadknop bovenaan de pagina."),
        ("h1", "Inhoud van deze pagina"),
        ("bullets", ["Welkom", "Over het samenwerkingsverband", "Visie", "Basisondersteuning",
                     "Toelaatbaarheid sbo en so", "Terugplaatsing en overplaatsing", "Dekkend aanbod",
                     "Resultaten", "Financiën", "Ouders", "Bestuur en organisatie", "OPR", "Gemeenten",
                     "Personeel", "Privacy", "Woordenlijst"]),
        ("h1", "Welkom"),
        ("p", "Welkom op de webversie van het ondersteuningsplan 2025-2029. Wij hebben gekozen voor een "
              "digitale versie omdat die beter leesbaar is op telefoon en tablet, en omdat wij onderdelen "
              "tussentijds kunnen bijwerken. Elke wijziging wordt met datum vermeld onderaan de pagina. De "
              "tekst is op 3 april 2025 vastgesteld door het bestuur, na instemming van de OPR op 20 maart "
              "2025 en het OOGO met de gemeenten op 11 februari 2025."),
        ("h1", "Over het samenwerkingsverband"),
        ("p", "Ons samenwerkingsverband bestaat uit veertien schoolbesturen met 71 basisscholen, drie scholen "
              "voor speciaal basisonderwijs en vier scholen voor speciaal onderwijs. Samen hebben de scholen "
              "ongeveer 24.300 leerlingen. Het werkgebied is stedelijk en groeit: in de nieuwbouwwijken worden "
              "de komende jaren zes nieuwe scholen geopend. Veel gezinnen in de regio spreken thuis een andere "
              "taal dan het Nederlands; op een aantal scholen is dat meer dan de helft van de leerlingen."),
        ("p", "Het bureau van het samenwerkingsverband zit in Hoofddorp-Noord (fictief) en telt 22 "
              "medewerkers: consulenten, orthopedagogen, een klein secretariaat en de staf. De "
              "directeur-bestuurder is eindverantwoordelijk; een raad van toezicht houdt toezicht."),
        ("p", "De scholen in ons gebied verschillen sterk in grootte en in de samenstelling van hun "
              "leerlingen. Er zijn kleine dorpsscholen met zestig leerlingen en grote stadsscholen met meer "
              "dan zeshonderd leerlingen. Die verscheidenheid zien wij als een kracht van de regio."),
        ("h1", "Visie"),
        ("p", "Goed onderwijs voor ieder kind, dichtbij huis. Dat is waar wij voor staan. Wij geloven dat "
              "kinderen het meest leren als zij zich veilig voelen, als zij erbij horen en als de "
              "volwassenen om hen heen samenwerken. Passend onderwijs is daarom niet alleen een zaak van de "
              "school, maar ook van ouders, jeugdhulp, kinderopvang en gemeente."),
        ("p", "Wij zien verschillen tussen kinderen als vanzelfsprekend. Een school die goed omgaat met "
              "verschillen, is een betere school voor alle kinderen. Onze rol als samenwerkingsverband is het "
              "versterken van de scholen, het bieden van expertise en het nemen van de besluiten die de wet "
              "aan ons toekent."),
        ("h1", "Basisondersteuning"),
        ("p", "De veertien besturen hebben samen afgesproken wat iedere basisschool in ons gebied, op iedere "
              "locatie, ten minste aan ondersteuning biedt. Dit niveau van basisondersteuning geldt sinds 1 "
              "augustus 2025 voor alle scholen. Scholen die er nog niet aan voldoen, hebben een verbeterplan "
              "dat in 2026 is afgerond."),
        ("p", "Concreet kunt u op elke school het volgende verwachten:"),
        ("bullets", ["Een intern begeleider met vaste uren en een ondersteuningsteam dat ten minste vier keer per jaar bijeenkomt.",
                     "Twee keer per jaar toetsen en observaties, met een groepsbespreking over de "
                     "uitkomsten.",
                     "Hulp bij lees- en spellingproblemen en dyslexie volgens het landelijke protocol.",
                     "Hulp bij rekenproblemen en dyscalculie volgens het landelijke protocol.",
                     "Een aanpak voor taalontwikkeling voor kinderen die thuis een andere taal spreken, met "
                     "ten minste twee uur extra taalaanbod per week in de onderbouw.",
                     "Een veilig schoolklimaat met een anti-pestaanpak en een vertrouwenspersoon.",
                     "Uitdaging voor kinderen die meer aankunnen, in de klas.",
                     "Een ontwikkelingsperspectief voor kinderen met een eigen leerlijn.",
                     "Een protocol voor medisch handelen."]),
        ("h1", "Toelaatbaarheid sbo en so"),
        ("p", "Sommige kinderen hebben meer nodig dan een basisschool kan bieden, ook met hulp van buitenaf. "
              "Zij kunnen naar een school voor speciaal basisonderwijs of speciaal onderwijs. Daarvoor is een "
              "toelaatbaarheidsverklaring (TLV) nodig."),
        ("p", "Een kind komt in aanmerking voor een TLV sbo als de basisschool de basisondersteuning en "
              "passende extra ondersteuning ten minste een half jaar heeft ingezet en geëvalueerd in een OPP, "
              "het kind op twee of meer ontwikkelingsgebieden ernstig achterblijft bij het eigen "
              "ontwikkelingsperspectief, en het kind dagelijks een kleine groep en intensieve begeleiding "
              "nodig heeft. Voor een TLV so geldt daarnaast dat het kind een ondersteuningsbehoefte heeft die "
              "specialistische, vaak multidisciplinaire, expertise vraagt die ook in het sbo niet aanwezig is, "
              "bijvoorbeeld bij een ernstige meervoudige beperking, een langdurige ziekte of een zeer "
              "intensieve gedragsvraag."),
        ("p", "Een TLV geldt voor twee schooljaren; bij een TLV so wordt ook de bekostigingscategorie vermeld. "
              "Hoe de aanvraag verloopt, leest u in het stroomschema TLV op de pagina Voor scholen."),
        ("h1", "Terugplaatsing en overplaatsing"),
        ("p", "Wij vinden dat een kind in het sbo of so, als het kan, weer naar een gewone basisschool moet "
              "kunnen. Dat is ons uitgangspunt bij elke TLV. Terugplaatsing is mogelijk als het kind zich in "
              "het sbo of so zo heeft ontwikkeld dat een basisschool met basisondersteuning en een "
              "arrangement de ondersteuning kan bieden, en als ouders instemmen. Na de terugplaatsing krijgt "
              "de basisschool een jaar lang begeleiding van de specialist van de sbo- of so-school en een "
              "budget van € 3.000 voor extra inzet in de klas."),
        ("p", "De procedure is als volgt. De school voor sbo of so bespreekt bij iedere OPP-evaluatie, twee "
              "keer per jaar, of terugplaatsing een optie is. In het laatste jaar van de TLV doet de school "
              "uiterlijk op 1 maart een voorstel aan ouders: terugplaatsing, overplaatsing naar een andere "
              "vorm van speciaal onderwijs of een verlenging van de TLV. Kiezen ouders en school voor "
              "terugplaatsing, dan zoekt de consulent van het samenwerkingsverband samen met ouders een "
              "basisschool, en maken beide scholen een overdrachtsplan. De TLV eindigt dan op de einddatum. "
              "De consulent evalueert na drie en na twaalf maanden met de ouders en de nieuwe school."),
        ("p", "In 2024 zijn 17 kinderen vanuit sbo of so teruggeplaatst naar een basisschool."),
        ("h1", "Dekkend aanbod"),
        ("p", "Een dekkend aanbod betekent dat er voor ieder kind een passende plek is. In het schooljaar "
              "2025-2026 laten wij een analyse uitvoeren naar de aansluiting tussen vraag en aanbod in onze "
              "regio. Op basis daarvan beschrijven wij in een addendum bij dit plan hoe het aanbod eruitziet "
              "en welke keuzes wij maken. Het addendum wordt naar verwachting in het voorjaar van 2026 aan "
              "de OPR voorgelegd."),
        ("h1", "Resultaten"),
        ("p", "Wij volgen de resultaten van het onderwijs aan kinderen met extra ondersteuning met ons "
              "dashboard passend onderwijs. Daarin staan per school en voor het hele samenwerkingsverband het "
              "aantal TLV's, de doorlooptijd van aanvragen, de deelname aan sbo en so, het aantal "
              "terugplaatsingen, het verzuim en de uitstroom naar het voortgezet onderwijs van kinderen met "
              "een OPP. Scholen leveren hun gegevens in op 1 oktober en 1 april. Het bureau bespreekt de "
              "uitkomsten in een jaarlijks gesprek met elk bestuur. Het dashboard wordt twee keer per jaar "
              "besproken met de raad van toezicht en de OPR, en de belangrijkste cijfers worden gepubliceerd "
              "in het jaarverslag."),
        ("table", [["Bereikt in schooljaar", "2022-2023", "2023-2024"],
                   ["Deelname sbo", "2,1%", "2,0%"], ["Deelname so", "1,8%", "1,9%"],
                   ["Gemiddelde doorlooptijd TLV-aanvraag (weken)", "7,5", "5,8"],
                   ["Terugplaatsingen", "12", "17"]]),
        ("p", "Welke resultaten wij de komende jaren willen bereiken, leggen wij jaarlijks vast in het "
              "jaarplan van het samenwerkingsverband."),
        ("h1", "Financiën"),
        ("p", "Het samenwerkingsverband ontvangt van het Rijk ruim € 19 miljoen per jaar voor de "
              "ondersteuning. Het verdeelmodel wordt in 2025 geëvalueerd met de besturen; een voorstel voor "
              "een nieuwe verdeelsleutel volgt na de zomer van 2025. In de meerjarenbegroting hieronder is "
              "voor de schoolbudgetten daarom één totaalbedrag opgenomen."),
        ("table", [["Meerjarenbegroting (x € 1.000)", "2025", "2026", "2027", "2028"],
                   ["Rijksbijdrage lichte en zware ondersteuning", "19.240", "19.410", "19.530", "19.600"],
                   ["Afdracht so", "8.120", "8.240", "8.330", "8.400"],
                   ["Afdracht sbo (incl. groeiregeling)", "4.610", "4.640", "4.660", "4.680"],
                   ["Schoolbudgetten besturen", "4.300", "4.320", "4.340", "4.350"],
                   ["Consulenten en orthopedagogen", "1.480", "1.510", "1.540", "1.570"],
                   ["Bureau en bestuur", "640", "650", "660", "670"],
                   ["Resultaat", "90", "50", "0", "-70"]]),
        ("p", "Het samenwerkingsverband heeft een weerstandsvermogen van 8% van de baten; dat ligt binnen de "
              "bandbreedte die de raad van toezicht heeft vastgesteld."),
        ("h1", "Ouders"),
        ("p", "Alles wat u als ouder wilt weten over passend onderwijs, de ondersteuning op school en waar u "
              "terechtkunt met vragen, vindt u op onze pagina Voor ouders."),
    ]
    b += governance(NAAM, AFK, 14, 78)
    b += [("h1", "OPR"),
          ("p", "De ondersteuningsplanraad heeft op 20 maart 2025 ingestemd met dit ondersteuningsplan. "
                "Wie er in de OPR zitten, de vergaderdata en de verslagen vindt u op de pagina OPR."),
          ("h1", "Gemeenten"),
          ("p", "Het werkgebied omvat vier gemeenten. Het OOGO over dit plan vond plaats op 11 februari 2025; "
                "het verslag staat op de pagina Gemeenten. Met de gemeenten is verder gesproken over de "
                "onderwijshuisvesting in de nieuwbouwwijken en over het leerlingenvervoer.")]
    b += landelijk(AFK)
    b += toezicht_inspectie(AFK)
    b += kennisdeling(AFK)
    b += integriteit(AFK)
    b += terugblik_algemeen(AFK)
    b += werkwijze_bureau(AFK)
    b += communicatie_scholen(AFK)
    b += risicos_uitvoering(AFK)
    b += huisvesting_bureau(AFK)
    b += personeel(AFK)
    b += privacy_ict(AFK)
    b += [("h1", "Woordenlijst"),
          ("bullets", ["Dekkend aanbod: een passende plek voor ieder kind in de regio.",
                       "Onderwijsconsulent: onafhankelijke adviseur voor ouders bij problemen met school.",
                       "Ouder- en jeugdsteunpunt: steunpunt voor ouders en jongeren.",
                       "Schoolbudget: geld dat een bestuur van het samenwerkingsverband ontvangt.",
                       "TLV: toelaatbaarheidsverklaring."]),
          ("p", "Laatst gewijzigd: 3 april 2025.")]
    return b
