from common import *

blocks = [
TITLE("Jaarverslag 2025", "Stichting Samenwerkingsverband Voortgezet Onderwijs Hunzedal-Veenoord",
      "VO 32-05 · bestuursverslag en jaarrekening over het kalenderjaar 2025",
      "Vastgesteld door het algemeen bestuur op 11 juni 2026"),
TOC,
H1("1 Voorwoord van de directeur-bestuurder"),
P("2025 was het laatste volledige jaar van het ondersteuningsplan 2022–2026. Het was ook het jaar waarin wij het "
  "nieuwe ondersteuningsplan 2026–2030 hebben voorbereid, met werkconferenties, gesprekken met ouders en leerlingen en "
  "een extern uitgevoerde evaluatie. In dit jaarverslag leggen wij verantwoording af over wat wij in 2025 hebben "
  "gedaan, wat dat heeft opgeleverd en hoe wij de middelen hebben besteed."),
P("Het jaar kende successen – minder thuiszitters, meer leerlingen die uit het OPDC terugkeerden naar hun eigen school, "
  "een kortere doorlooptijd van TLV-aanvragen – maar ook zorgen. Het vso-percentage bleef hoog en de wachtlijst voor "
  "het Flexcollege liep op. Wij danken alle medewerkers, schoolleiders, zorgcoördinatoren en de leden van de OPR voor "
  "hun inzet."),
H1("2 Het samenwerkingsverband in 2025"),
P("In 2025 waren negen besturen met vijftien vestigingen aangesloten. Het aantal leerlingen daalde van 9.950 naar "
  "9.819 (teldatum 1 oktober 2025). Het bureau telde gemiddeld 9,4 fte. De raad van toezicht vergaderde vijf keer; "
  "het algemeen bestuur vier keer. De OPR vergaderde zes keer en stemde in met de begroting 2026."),
H1("3 Verantwoording beleid 2025"),
H2("3.1 Basisondersteuning"),
P("In 2025 hebben 8 vestigingen een gesprek over de zelfevaluatie basisondersteuning gevoerd. 15 van de 19 "
  "vestigingen voldeden aan alle tien standaarden (2024: 13). Met de vier vestigingen die niet voldeden, zijn "
  "verbeterafspraken gemaakt."),
H2("3.2 Toewijzing en toelaatbaarheid"),
T(["Besluiten TLA-commissie", "2023", "2024", "2025"],
  ["TLV vso (nieuw)", "141", "138", "129"],
  ["TLV vso (verlenging)", "212", "220", "231"],
  ["TLV pro", "92", "88", "85"],
  ["Aanwijzing lwoo", "301", "289", "276"],
  ["Bezwaarschriften", "3", "1", "2"],
  ["Gemiddelde doorlooptijd (weken)", "6,8", "6,1", "5,4"]),
H2("3.3 Terugkeer naar het regulier vo"),
P("In 2025 keerden 19 leerlingen uit het vso en 27 leerlingen uit het OPDC terug naar het reguliere vo (2024: 15 en "
  "22). 84% van de leerlingen die in 2024 terugkeerden, zat een jaar later nog op de reguliere school."),
H2("3.4 Thuiszitters en dekkend netwerk"),
P("Op 1 oktober 2025 waren er 14 thuiszitters langer dan vier weken (2024: 16). De thuiszitterstafel besprak 61 "
  "jongeren. In drie gevallen zette de directeur-bestuurder de doorzettingsmacht in. De analyse van witte vlekken is "
  "gebruikt als basis voor het nieuwe ondersteuningsplan."),
H2("3.5 Ouders en leerlingen"),
P("Het Ouderpunt Hunzedal voerde 184 gesprekken met ouders en 23 met leerlingen. De meest voorkomende vragen gingen "
  "over de overstap po–vo en over de ondersteuning bij angstklachten. Het Ouderpunt rapporteerde in juni en december "
  "aan het bestuur."),
H1("4 Kengetallen"),
T(["Deelname (1 oktober)", "2023", "2024", "2025", "Landelijk"],
  ["lwoo", "9,5%", "9,2%", "9,0%", "8,6%"],
  ["pro", "3,0%", "2,9%", "2,9%", "2,8%"],
  ["vso", "5,6%", "5,7%", "5,6%", "3,7%"]),
H1("5 Financiële verantwoording"),
P("Het boekjaar 2025 sloot met een positief resultaat van € 212.000, tegenover een begroot resultaat van € 85.000. Het "
  "verschil wordt vooral veroorzaakt door lagere kosten voor overgangsarrangementen en een hogere rijksbijdrage na "
  "de indexatie in november."),
T(["Staat van baten en lasten 2025 (x € 1.000)", "Realisatie 2025", "Begroting 2025", "Realisatie 2024"],
  ["Rijksbijdragen", "16.940", "16.610", "16.480"],
  ["Verrekening vso, pro, lwoo (DUO)", "-10.880", "-10.790", "-10.620"],
  ["Overige baten", "145", "120", "138"],
  ["Ondersteuningsbudget scholen", "3.510", "3.520", "3.480"],
  ["Bovenschoolse voorzieningen", "1.690", "1.700", "1.640"],
  ["Overgangsarrangementen en maatwerk", "260", "380", "310"],
  ["Personeel en bureau", "533", "555", "520"],
  ["Resultaat", "212", "85", "28"]),
T(["Balans per 31 december (x € 1.000)", "2025", "2024"],
  ["Vorderingen", "410", "392"],
  ["Liquide middelen", "2.960", "2.744"],
  ["Eigen vermogen", "2.612", "2.400"],
  ["Kortlopende schulden", "758", "736"]),
P("Het weerstandsvermogen bedroeg eind 2025 15,4% van de baten. De signaleringswaarde voor bovenmatig eigen vermogen "
  "wordt niet overschreden. De accountant heeft op 28 mei 2026 een goedkeurende controleverklaring afgegeven."),
H1("6 Vooruitblik 2026"),
P("Op 1 augustus 2026 treedt het nieuwe ondersteuningsplan 2026–2030 in werking. Belangrijke activiteiten in 2026 zijn "
  "de start van de kleinschalige havo/vwo-afdeling, de uitbreiding van het Flexcollege en het opstellen van het "
  "jaarplan 2026–2027, waarin de monitoring van de nieuwe ambities wordt uitgewerkt. De begroting 2026 sluit met een "
  "tekort van € 140.000, te dekken uit de algemene reserve."),
H1("7 Verslag van de raad van toezicht"),
P("De raad van toezicht heeft in 2025 toezicht gehouden op de uitvoering van het ondersteuningsplan, de financiële "
  "continuïteit en de voorbereiding van het nieuwe plan. De raad heeft de jaarrekening 2024, de begroting 2026 en "
  "het concept-ondersteuningsplan besproken en goedgekeurd. De raad heeft een zelfevaluatie uitgevoerd onder "
  "begeleiding van een externe adviseur. De leden ontvingen een vergoeding conform de regeling van de sector."),
]

DOC = dict(
    slug="ho-np-vo-jaarverslag-2025", fmt="pdf", sector="vo", looks_like_plan=False,
    title="Jaarverslag 2025 SWV VO Hunzedal-Veenoord", toc=True,
    header="Jaarverslag 2025 — SWV VO Hunzedal-Veenoord", footer="VO 32-05",
    blocks=blocks, elements={}, criteria={},
    notes={"doctype": "SWV annual report (bestuursverslag + jaarrekening 2025) of a VO verband: reports on last year's execution of the plan, with TLV counts, terugkeer figures, thuiszitters, staat van baten en lasten and balans. Mentions 'ondersteuningsplan 2026-2030', OPR, SWV code -> SWV markers present but it is not an ondersteuningsplan; the tool must say so instead of a gap list."},
)
