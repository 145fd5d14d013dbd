"""N6 - NOT a plan: 'Monitor Passend Onderwijs 2024-2025' (annual monitoring report) of a PO verband."""

HEADER = "Monitor Passend Onderwijs 2024-2025 | SWV PO Waterrijk-Oost (PO 26-02) | uitvoering ondersteuningsplan"
FOOTER = "Monitor en jaarverslag 2024-2025 · basisondersteuning · toelaatbaarheid · terugplaatsing · financiën · ouders"


def blocks():
    B = []
    B.append(("title", ["Monitor Passend Onderwijs 2024-2025", "Samenwerkingsverband PO Waterrijk-Oost",
                        "Verantwoording over de uitvoering van het ondersteuningsplan 2022-2026",
                        "Bijlage bij het bestuursverslag 2024"]))
    B.append(("h1", "Colofon"))
    B.append(("small", "Uitgave van Samenwerkingsverband PO Waterrijk-Oost, Sluisweg 9, 8251 ZK Waterrijk. "
                       "Samenstelling: team kwaliteit en beleid. Gegevens: DUO, dossiersysteem, "
                       "leerplichtadministratie, peildatum 1 oktober 2024 tenzij anders vermeld. Besproken in het "
                       "bestuur op 12 mei 2025 en ter kennisname gezonden aan de ondersteuningsplanraad."))
    B.append(("pb",))
    B.append(("h1", "Inhoud"))
    B.append(("toc", [("1 Inleiding", 3), ("2 Kerncijfers", 4), ("3 Basisondersteuning", 5),
                      ("4 Arrangementen en dekkend aanbod", 6), ("5 Toelaatbaarheid", 7),
                      ("6 Terugplaatsing", 8), ("7 Thuiszitters", 9), ("8 Financiën", 10),
                      ("9 Ouders", 11), ("10 Conclusies en aandachtspunten", 12)]))
    B.append(("pb",))
    B.append(("h1", "1 Inleiding"))
    B.append(("p", "Deze monitor geeft een beeld van de uitvoering van het ondersteuningsplan 2022-2026 in het "
                   "schooljaar 2024-2025. De monitor is geen beleidsdocument: de afspraken over "
                   "basisondersteuning, toelaatbaarheid, terugplaatsing, de verdeling van middelen en de "
                   "informatie aan ouders staan in het ondersteuningsplan zelf. Hier verantwoorden wij wat daarvan "
                   "in het afgelopen jaar terecht is gekomen. De monitor is een bijlage bij het bestuursverslag "
                   "en wordt besproken met het bestuur, de ondersteuningsplanraad en de gemeenten."))
    B.append(("p", "Het schooljaar 2024-2025 stond in het teken van de voorbereiding van het nieuwe "
                   "ondersteuningsplan 2026-2030. Tegelijk liep het gewone werk door: er werden arrangementen "
                   "toegekend, toelaatbaarheidsverklaringen afgegeven en scholen bezocht. In deze monitor leggen "
                   "wij de cijfers naast de ambities uit het huidige plan."))
    B.append(("h1", "2 Kerncijfers"))
    B.append(("table", [
        ["Kerncijfer", "2022-2023", "2023-2024", "2024-2025", "Landelijk 2024-2025"],
        ["Leerlingen basisonderwijs", "15.420", "15.310", "15.180", "-"],
        ["Deelname sbo", "1,9%", "1,8%", "1,8%", "2,1%"],
        ["Deelname so (cluster 3 en 4)", "1,5%", "1,6%", "1,6%", "1,7%"],
        ["Afgegeven TLV's sbo", "88", "81", "79", "-"],
        ["Afgegeven TLV's so", "61", "66", "64", "-"],
        ["Toegekende arrangementen", "412", "436", "451", "-"],
        ["Thuiszitters (peildatum 1 maart)", "12", "9", "11", "-"]]))
    B.append(("p", "De deelname aan het speciaal basisonderwijs is licht gedaald en ligt onder het landelijk "
                   "gemiddelde. De deelname aan het speciaal onderwijs is stabiel. Het aantal toegekende "
                   "arrangementen blijft stijgen; dat past bij de ambitie uit het ondersteuningsplan om meer "
                   "ondersteuning in de eigen school te bieden."))
    B.append(("h1", "3 Basisondersteuning"))
    B.append(("p", "In 2024-2025 zijn 14 van de 42 scholen bezocht in het kader van de audit "
                   "basisondersteuning. Twaalf scholen voldeden op alle standaarden. Twee scholen voldeden niet "
                   "op de standaard 'planmatig werken'; met hun besturen zijn verbeterafspraken gemaakt die in "
                   "het voorjaar van 2026 worden getoetst. Opvallend is dat de standaard 'meer- en "
                   "hoogbegaafdheid' op veel scholen maar net wordt gehaald."))
    B.append(("p", "Uit de vragenlijst onder intern begeleiders (respons 81 procent) blijkt dat 74 procent de "
                   "afspraken over basisondersteuning duidelijk vindt, tegen 66 procent een jaar eerder."))
    B.append(("h1", "4 Arrangementen en dekkend aanbod"))
    B.append(("p", "Van de 451 arrangementen werd 63 procent binnen de eigen school uitgevoerd. De "
                   "observatiegroep had gemiddeld een wachttijd van zeven weken. Het bovenschoolse aanbod voor "
                   "hoogbegaafde leerlingen (twee plusklassen) zat het hele jaar vol. In de evaluatie van het "
                   "dekkend aanbod is vastgesteld dat er in het noordelijk deel van de regio nog steeds een "
                   "tekort is aan plekken voor jonge kinderen met intensieve gedragsvragen."))
    B.append(("h1", "5 Toelaatbaarheid"))
    B.append(("p", "De Commissie van Toelaatbaarheid behandelde 151 aanvragen. Daarvan werden er 143 "
                   "toegekend, vijf afgewezen en drie ingetrokken. De gemiddelde doorlooptijd was 24 werkdagen "
                   "(doel: 30). Er werden twee bezwaarschriften ingediend; in beide gevallen adviseerde de "
                   "Landelijke Bezwaaradviescommissie het bezwaar ongegrond te verklaren."))
    B.append(("table", [
        ["Bekostigingscategorie so", "Aantal TLV's 2024-2025"],
        ["Laag", "47"], ["Midden", "9"], ["Hoog", "8"]]))
    B.append(("h1", "6 Terugplaatsing"))
    B.append(("p", "In 2024-2025 keerden 13 leerlingen vanuit het sbo en 4 leerlingen vanuit het so terug naar "
                   "het basisonderwijs. Dat is meer dan het jaar ervoor (9 en 2). Van de leerlingen die in "
                   "2023-2024 terugkeerden, zaten er na een jaar nog 10 van de 11 op de ontvangende school."))
    B.append(("h1", "7 Thuiszitters"))
    B.append(("p", "Op de peildatum 1 maart 2025 waren er 11 thuiszitters, van wie vier langer dan drie "
                   "maanden. Voor alle leerlingen was een trajectbegeleider aangewezen. Vijf leerlingen hadden "
                   "een vrijstelling van de leerplicht op grond van artikel 5 onder a."))
    B.append(("h1", "8 Financiën"))
    B.append(("p", "Het boekjaar 2024 is afgesloten met een positief resultaat van € 312.000, tegen een "
                   "begroot tekort van € 150.000. Het verschil komt vooral door lagere uitgaven aan "
                   "groeibekostiging en door vacatures in het team orthopedagogen. De algemene reserve kwam "
                   "daarmee op € 2,4 miljoen, boven de signaleringswaarde. Het bestuur heeft besloten het "
                   "bovenmatige deel in 2025 en 2026 in te zetten voor extra arrangementen."))
    B.append(("table", [
        ["Realisatie 2024 (x € 1.000)", "Begroting", "Realisatie"],
        ["Baten", "9.840", "9.910"], ["Afdrachten so en groeibekostiging", "3.420", "3.260"],
        ["Middelen naar schoolbesturen", "3.050", "3.050"], ["Arrangementen", "2.310", "2.220"],
        ["Personeel en bureau", "1.210", "1.068"], ["Resultaat", "-150", "312"]]))
    B.append(("h1", "9 Ouders"))
    B.append(("p", "Het ouder- en jeugdsteunpunt voerde 143 gesprekken met ouders, tegen 98 een jaar eerder. De "
                   "meeste vragen gingen over de aanvraag van een arrangement en over de overstap naar het "
                   "voortgezet onderwijs. De informatieavonden voor ouders werden door gemiddeld 45 ouders "
                   "bezocht. De oudertevredenheid over de communicatie van het verband kwam uit op 7,2."))
    B.append(("h1", "10 Conclusies en aandachtspunten"))
    B.append(("p", "Het verband ligt op koers bij de meeste ambities uit het ondersteuningsplan 2022-2026. "
                   "Aandachtspunten voor 2025-2026 zijn de wachttijd voor de observatiegroep, het tekort aan "
                   "plekken in het noordelijk deel van de regio en de afbouw van de bovenmatige reserve. Deze "
                   "punten worden meegenomen in het nieuwe ondersteuningsplan 2026-2030, dat in het voorjaar "
                   "van 2026 aan de ondersteuningsplanraad wordt voorgelegd."))
    return B


NOTE = ("Annual 'Monitor Passend Onderwijs 2024-2025' (bijlage bij het bestuursverslag) of a PO verband: it "
        "reports figures on the execution of the 2022-2026 plan and says itself it is not a beleidsdocument; "
        "it is not the ondersteuningsplan although it uses all element vocabulary.")
