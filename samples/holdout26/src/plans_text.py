"""Collects the five plan specs and the near-miss document (Reglement Commissie van Toelaatbaarheid)."""
import plan_p1
import plan_p2
import plan_p3
import plan_p4
import plan_p5

PLANS = [plan_p1.SPEC, plan_p2.SPEC, plan_p3.SPEC, plan_p4.SPEC, plan_p5.SPEC]


def _art(n, title, leden):
    b = [("h2", f"Artikel {n} - {title}")]
    for i, lid in enumerate(leden, 1):
        b.append(("p", f"{i}. {lid}" if len(leden) > 1 else lid))
    return b


_BLOCKS = (
    [("h1", "Algemene bepalingen")] +
    _art(1, "Begripsbepalingen", [
        "In dit reglement wordt verstaan onder: a. samenwerkingsverband: Stichting Samenwerkingsverband Passend "
        "Onderwijs PO Maas en Waal (PO 25-06); b. commissie: de Commissie van Toelaatbaarheid als bedoeld in "
        "artikel 2; c. TLV: toelaatbaarheidsverklaring voor het speciaal basisonderwijs of het speciaal onderwijs; "
        "d. ouders: de ouders, voogden of verzorgers van de leerling; e. basisondersteuning: het in het "
        "ondersteuningsplan vastgestelde niveau van ondersteuning; f. ondersteuningsplan: het plan als bedoeld in "
        "artikel 18a, achtste lid, WPO; g. directeur-bestuurder: de directeur-bestuurder van het "
        "samenwerkingsverband; h. deskundigen: de deskundigen als bedoeld in artikel 18a, elfde lid, WPO."]) +
    _art(2, "Instelling en taak", [
        "Het bestuur van het samenwerkingsverband stelt een Commissie van Toelaatbaarheid in.",
        "De commissie adviseert de directeur-bestuurder over aanvragen voor een TLV en over de "
        "bekostigingscategorie, met inachtneming van de criteria die in het ondersteuningsplan zijn vastgesteld.",
        "De commissie adviseert op verzoek van een schoolbestuur over de ondersteuningsbehoefte van een leerling."]) +
    _art(3, "Samenstelling", [
        "De commissie bestaat uit een voorzitter, een orthopedagoog of GZ-psycholoog en een tweede deskundige "
        "die, afhankelijk van de leerling, kinderpsychiater, jeugdarts, maatschappelijk werker of pedagoog is.",
        "Een lid neemt niet deel aan de behandeling van een aanvraag waarbij hij of zij eerder betrokken is "
        "geweest.",
        "De leden worden benoemd door het bestuur voor een periode van vier jaar en kunnen eenmaal worden "
        "herbenoemd."]) +
    [("h1", "Procedure")] +
    _art(4, "Aanvraag", [
        "Een aanvraag wordt ingediend door het bevoegd gezag van de school waar de leerling is ingeschreven of "
        "is aangemeld.",
        "De aanvraag bevat ten minste het ontwikkelingsperspectiefplan, een verslag van het multidisciplinair "
        "overleg, de zienswijze van de ouders en een overzicht van de geboden basisondersteuning en extra "
        "ondersteuning.",
        "Een onvolledige aanvraag wordt binnen vijf werkdagen teruggestuurd met vermelding van de ontbrekende "
        "stukken."]) +
    _art(5, "Deskundigenadvies", [
        "Iedere deskundige brengt afzonderlijk een schriftelijk, gemotiveerd advies uit.",
        "De ouders ontvangen een afschrift van de adviezen.",
        "De ouders worden in de gelegenheid gesteld hun zienswijze mondeling toe te lichten."]) +
    _art(6, "Besluit", [
        "De directeur-bestuurder besluit binnen zes weken na ontvangst van de volledige aanvraag.",
        "Het besluit vermeldt de ingangsdatum, de einddatum en, bij een TLV voor het speciaal onderwijs, de "
        "bekostigingscategorie laag, midden of hoog.",
        "Het besluit krijgt een volgnummer en wordt aan het bevoegd gezag en de ouders toegezonden."]) +
    _art(7, "Geldigheidsduur en verlenging", [
        "Een TLV wordt afgegeven voor ten minste één en ten hoogste drie schooljaren.",
        "In het laatste jaar van de geldigheid beoordeelt de school voor speciaal (basis)onderwijs of "
        "terugplaatsing of overplaatsing mogelijk is. Een aanvraag voor verlenging wordt uiterlijk 1 april "
        "ingediend."]) +
    [("h1", "Bezwaar en slotbepalingen")] +
    _art(8, "Bezwaar", [
        "Belanghebbenden kunnen binnen zes weken na verzending van het besluit bezwaar maken bij het bestuur.",
        "Het bestuur vraagt advies aan de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen.",
        "Ouders kunnen zich bij het opstellen van een bezwaarschrift laten bijstaan door het ouder- en "
        "jeugdsteunpunt of een onderwijsconsulent."]) +
    _art(9, "Geheimhouding en privacy", [
        "De leden van de commissie zijn verplicht tot geheimhouding van hetgeen hun in die hoedanigheid ter kennis "
        "komt.",
        "Dossiers worden bewaard tot drie jaar na het besluit en daarna vernietigd."]) +
    _art(10, "Jaarverslag", [
        "De commissie brengt jaarlijks voor 1 november verslag uit aan het bestuur over het aantal aanvragen, "
        "de afgegeven TLV's en de doorlooptijden. Het verslag wordt betrokken bij de verantwoording over de "
        "resultaten in het jaarverslag van het samenwerkingsverband."]) +
    _art(11, "Slotbepalingen", [
        "Dit reglement treedt in werking op 1 augustus 2025 en vervangt het reglement van 1 augustus 2021.",
        "In gevallen waarin dit reglement niet voorziet, beslist de directeur-bestuurder.",
        "Dit reglement kan worden aangehaald als Reglement CvT SWV Maas en Waal."])
)

NOT_A_PLAN = dict(
    name="reglement-cvt-maas-en-waal", formats=["docx"], blocks=_BLOCKS,
    header="Reglement Commissie van Toelaatbaarheid - SWV PO Maas en Waal",
    footer="Vastgesteld door het bestuur op 12 mei 2025, na advies van de ondersteuningsplanraad",
    title_page=["Reglement Commissie van Toelaatbaarheid",
                "Samenwerkingsverband Passend Onderwijs PO Maas en Waal (PO 25-06)",
                "Uitwerking van hoofdstuk 6 van het ondersteuningsplan 2025-2029"],
    label=dict(
        sector="po", looks_like_plan=False, elements={}, criteria={},
        notes={"document": "A reglement of the SWV's Commissie van Toelaatbaarheid (articles on samenstelling, "
                           "aanvraag, deskundigen, besluit, bezwaar); it works out one chapter of the plan but is "
                           "not itself an ondersteuningsplan (no basisondersteuning, financien, dekkend aanbod, "
                           "resultaten or ouders information policy)."}),
)
