from common import *

blocks = [
H1("Ondersteuningsplan"),
P("Jeugdwet – maatwerkvoorziening · Gemeente Oosterbroek, Sociaal Team Oost"),
T(["Gegevens", ""],
  ["Naam jeugdige", "Daan (achternaam geanonimiseerd)"],
  ["Geboortedatum / leeftijd", "2016 / 9 jaar"],
  ["School", "Basisschool De Windroos, groep 5"],
  ["Gezagdragende ouders", "moeder en vader (gescheiden, co-ouderschap)"],
  ["Consulent jeugd", "mw. F. el Amrani, Sociaal Team Oost"],
  ["Datum keukentafelgesprek", "14 januari 2026"],
  ["Looptijd plan", "1 februari 2026 – 31 januari 2027"],
  ["Cliëntondersteuner", "dhr. B. Jongsma, MEE Oosterbroek (op verzoek van moeder)"]),
H2("1. Aanleiding en hulpvraag"),
P("Moeder heeft zich op 2 december 2025 gemeld bij het Sociaal Team met zorgen over het gedrag van Daan thuis en op "
  "school. Daan heeft driftbuien, slaapt slecht en weigert sinds de herfstvakantie regelmatig naar school te gaan. De "
  "intern begeleider van De Windroos heeft moeder geadviseerd hulp te zoeken. De hulpvraag van ouders is: ‘Wij willen "
  "dat Daan weer met plezier naar school gaat en dat er thuis minder ruzie is.’"),
H2("2. Onderzoek: het keukentafelgesprek"),
P("Op 14 januari 2026 heeft de consulent met beide ouders en Daan gesproken, in aanwezigheid van de cliëntondersteuner. "
  "Daarnaast is met toestemming van ouders informatie opgevraagd bij de huisarts en bij de intern begeleider van de "
  "school. Uit het gesprek komt naar voren dat Daan veel spanning ervaart bij de wisseling tussen de twee huizen, "
  "moeite heeft met onverwachte veranderingen en op school snel overprikkeld raakt. Er is een vermoeden van een "
  "stoornis in het autistisch spectrum; dit is niet eerder onderzocht."),
P("Eigen kracht en netwerk. Beide ouders zijn zeer betrokken en willen samenwerken. Oma (moederszijde) vangt Daan twee "
  "middagen per week op. De voetbalclub is een positieve factor. Ouders hebben zelf een opvoedcursus gevolgd in 2024."),
H2("3. Doelen"),
T(["Doel", "Resultaat na 6 maanden", "Wie"],
  ["Duidelijkheid over de oorzaak van Daans gedrag", "Diagnostisch onderzoek afgerond, advies besproken met ouders en school", "Jeugd-GGZ (verwijzing huisarts)"],
  ["Daan gaat weer elke dag naar school", "Schoolverzuim < 2 dagen per maand", "Ouders, school, ambulant hulpverlener"],
  ["Minder escalaties thuis", "Ouders hanteren een gezamenlijke aanpak in beide huizen", "Ambulant hulpverlener, ouders"],
  ["Daan heeft een voorspelbaar weekritme", "Visueel weekschema in beide huizen en op school", "Ouders, leerkracht"]),
H2("4. Inzet en voorzieningen"),
UL("Maatwerkvoorziening ambulante jeugdhulp: 3 uur per week gedurende 6 maanden, aanbieder Jeugdhulp Kompas, daarna evaluatie.",
   "Diagnostisch onderzoek jeugd-GGZ via verwijzing van de huisarts (geen beschikking gemeente nodig).",
   "Algemene voorziening: oudergespreksgroep ‘Twee huizen, één kind’ bij het wijkcentrum.",
   "Op school: de school zet vanuit de basisondersteuning een prikkelarme werkplek en een vast aanspreekpunt in; de intern begeleider bespreekt Daan in het ondersteuningsteam. Als blijkt dat Daan meer nodig heeft dan de school kan bieden, kan de school een arrangement aanvragen bij het samenwerkingsverband passend onderwijs. Een toelaatbaarheidsverklaring voor het speciaal basisonderwijs is nu niet aan de orde."),
H2("5. Afspraken over samenwerking"),
P("De consulent, de ambulant hulpverlener en de intern begeleider hebben eens per zes weken contact, met toestemming "
  "van ouders. Er is één gezin, één plan: afspraken van school worden in dit plan opgenomen. Bij escalatie of dreigend "
  "langdurig verzuim wordt de leerplichtambtenaar betrokken."),
H2("6. Beschikking en eigen bijdrage"),
P("Op basis van dit ondersteuningsplan geeft de gemeente Oosterbroek een beschikking af voor de maatwerkvoorziening "
  "ambulante jeugdhulp. Voor jeugdhulp geldt geen eigen bijdrage. Ouders kunnen binnen zes weken na de datum van de "
  "beschikking bezwaar maken bij het college van burgemeester en wethouders."),
H2("7. Evaluatie"),
P("Dit plan wordt na drie maanden (mei 2026) tussentijds en na zes maanden (augustus 2026) volledig geëvalueerd in "
  "een gesprek met ouders, Daan, de ambulant hulpverlener en de consulent. Ouders kunnen altijd eerder contact opnemen."),
H2("8. Ondertekening"),
T(["", "Naam", "Datum", "Handtekening"],
  ["Moeder", "", "", ""],
  ["Vader", "", "", ""],
  ["Consulent Sociaal Team", "F. el Amrani", "21-01-2026", ""]),
P("Ouders hebben een kopie van dit plan ontvangen. Heeft u klachten over de hulpverlening of de gemeente? Dan kunt u "
  "terecht bij de klachtenfunctionaris van de gemeente of bij de onafhankelijke vertrouwenspersoon jeugd (AKJ)."),
]

DOC = dict(
    slug="ho-np-jeugdwet-ondersteuningsplan", fmt="docx", sector=None, looks_like_plan=False,
    title="Ondersteuningsplan Jeugdwet", toc=False, h1_pagebreak=False,
    header="Sociaal Team Oost – vertrouwelijk", footer="Ondersteuningsplan Jeugdwet",
    blocks=blocks, elements={}, criteria={},
    notes={"doctype": "Individual Jeugdwet 'Ondersteuningsplan' (keukentafelgesprek, maatwerkvoorziening, beschikking, cliëntondersteuner) for a 9-year-old pupil. Titled 'Ondersteuningsplan' and mentions school, basisondersteuning, arrangement, samenwerkingsverband passend onderwijs, TLV/sbo, doelen, bezwaar -> trap; not an SWV plan. Sector null (care plan; the child is of PO age)."},
)
