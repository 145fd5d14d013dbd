"""Doc 6 (not a plan): annual report of a PO samenwerkingsverband (.docx).
SWV Passend Onderwijs Hunzedal, PO 22-19 (fictional). Uses all the plan vocabulary but reports on one year."""
SLUG = "hunzedal-po2219-jaarverslag2024"
HEADER = "Jaarverslag 2024 | SWV Passend Onderwijs Hunzedal PO 22-19"
FOOTER = "Jaarverslag 2024 - bestuursverslag en jaarrekening"

BLOCKS = [
    ("title", ["Jaarverslag 2024",
               "Stichting Samenwerkingsverband Passend Onderwijs Hunzedal (PO 22-19)",
               "Bestuursverslag en jaarrekening over het kalenderjaar 2024",
               "Vastgesteld door de raad van toezicht op 12 juni 2025"]),
    ("toc", ["1 Voorwoord", "2 Kerncijfers 2024", "3 Verantwoording activiteiten 2024",
             "4 Ouders en het ouder- en jeugdsteunpunt", "5 Governance", "6 Financiële verantwoording",
             "7 Vooruitblik 2025"]),
    ("h1", "1 Voorwoord"),
    ("p", "In dit jaarverslag leggen wij verantwoording af over 2024, het derde jaar van ons ondersteuningsplan "
          "2022-2026. Het verslag bevat het bestuursverslag en de jaarrekening. Het ondersteuningsplan zelf, met ons "
          "beleid voor basisondersteuning, toelaatbaarheid, terugplaatsing en de verdeling van middelen, staat op "
          "onze website."),
    ("h1", "2 Kerncijfers 2024"),
    ("table", [["Kengetal", "2022", "2023", "2024"],
               ["Leerlingen basisonderwijs (1 oktober)", "9.412", "9.305", "9.188"],
               ["Deelnamepercentage sbo", "2,3%", "2,2%", "2,2%"],
               ["Deelnamepercentage so", "1,8%", "1,9%", "1,7%"],
               ["Afgegeven TLV's sbo", "41", "38", "36"],
               ["Afgegeven TLV's so", "29", "33", "27"],
               ["Terugplaatsingen naar het basisonderwijs", "6", "9", "11"],
               ["Thuiszitters op 1 oktober", "7", "5", "3"],
               ["Toegekende arrangementen", "212", "236", "251"]]),
    ("h1", "3 Verantwoording activiteiten 2024"),
    ("p", "In 2024 hebben alle 31 scholen de zelfevaluatie basisondersteuning ingevuld; 27 scholen voldeden aan alle "
          "standaarden, vier scholen hebben een verbetertraject afgerond. De nieuwe werkwijze van de Commissie "
          "Toelaatbaarheid is in maart 2024 ingevoerd: de gemiddelde doorlooptijd van een TLV-aanvraag daalde van 7,2 "
          "naar 5,1 week. De observatiegroep voor jonge kinderen op sbo De Esdoorn is in augustus gestart met "
          "8 leerlingen. Het aantal terugplaatsingen steeg naar 11, mede dankzij het terugplaatsingsarrangement."),
    ("p", "Van de vijf doelen uit het jaarplan 2024 zijn er drie gerealiseerd. Het doel om het aantal thuiszitters "
          "terug te brengen tot nul is niet gehaald."),
    ("h1", "4 Ouders en het ouder- en jeugdsteunpunt"),
    ("p", "Het ouder- en jeugdsteunpunt Hunzedal voerde in 2024 184 gesprekken met ouders (2023: 142). De meeste "
          "vragen gingen over extra ondersteuning en over de overstap naar het sbo. Er zijn twee klachten ingediend; "
          "beide zijn in onderling overleg opgelost. De ouderpagina op de website werd 6.400 keer bezocht."),
    ("h1", "5 Governance"),
    ("p", "De raad van toezicht vergaderde zes keer. De ondersteuningsplanraad vergaderde vijf keer en stemde in met "
          "de wijziging van de voortgangsparagraaf bij het ondersteuningsplan. De directeur-bestuurder legt "
          "verantwoording af aan de raad van toezicht."),
    ("h1", "6 Financiële verantwoording"),
    ("h2", "6.1 Staat van baten en lasten 2024"),
    ("table", [["x € 1.000", "Begroting 2024", "Realisatie 2024", "Realisatie 2023"],
               ["Baten rijksbijdragen", "7.820", "7.910", "7.640"],
               ["Afdrachten so", "2.950", "2.880", "2.910"],
               ["Schoolbudgetten besturen", "2.430", "2.430", "2.380"],
               ["Arrangementen", "1.280", "1.355", "1.190"],
               ["Personeel en huisvesting", "760", "742", "701"],
               ["Resultaat", "400", "503", "459"]]),
    ("h2", "6.2 Balans en reserves"),
    ("p", "Het eigen vermogen bedraagt per 31 december 2024 € 2,9 miljoen. De signaleringswaarde voor bovenmatige "
          "reserves wordt met € 0,6 miljoen overschreden; het bestuur heeft een bestedingsplan vastgesteld om dit "
          "bedrag in 2025 en 2026 in te zetten. De accountant heeft een goedkeurende controleverklaring afgegeven."),
    ("h1", "7 Vooruitblik 2025"),
    ("p", "In 2025 starten wij met de voorbereiding van het ondersteuningsplan 2026-2030. De begroting 2025 sluit met "
          "een negatief resultaat van € 310.000 als gevolg van de afbouw van reserves."),
]

LABEL = {
    "documents": [f"{SLUG}.docx"],
    "sector": "po",
    "looks_like_plan": False,
    "elements": {},
    "criteria": {},
    "notes": {
        "document": "Annual report (jaarverslag: bestuursverslag + jaarrekening over kalenderjaar 2024) of a PO "
                    "samenwerkingsverband. It uses plan vocabulary (TLV, terugplaatsingen, basisondersteuning, OJSP, "
                    "reserves) and SWV markers, but reports realisation of one year and refers to the separate "
                    "ondersteuningsplan 2022-2026 on the website; it is not an ondersteuningsplan.",
    },
}
