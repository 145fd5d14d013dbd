"""Verdict rules on small plans written for one behaviour each (domain Part A)."""
from pathlib import Path

import pytest

from opcheck.engine import CheckOptions, check_paths
from opcheck.report import MISSING, NOT_ASSESSABLE, PARTIAL, PRESENT

FIXTURES = Path(__file__).parent / "fixtures"
SAMPLES = Path(__file__).resolve().parent.parent / "samples"

HEAD = """# Ondersteuningsplan 2026-2030 Samenwerkingsverband PO 99-01 Proefland

Dit ondersteuningsplan van het samenwerkingsverband is vastgesteld na instemming van de ondersteuningsplanraad (OPR)
en na het op overeenstemming gericht overleg (OOGO) met de gemeenten. Alle aangesloten schoolbesturen van het
samenwerkingsverband passend onderwijs werken samen aan passend onderwijs voor alle leerlingen in de basisscholen.

"""

TERUGSTROOM_FULL = """## 5 Terugplaatsing

Ons beleid is dat leerlingen zo snel als verantwoord terugkeren naar het regulier basisonderwijs, met een
terugplaatsingsarrangement van een half jaar begeleiding voor de ontvangende school.
De sbo-school evalueert jaarlijks het ontwikkelingsperspectief; in het laatste jaar van de TLV bespreekt zij met
ouders en de commissie of terugplaatsing mogelijk is, en de commissie besluit binnen zes weken.
"""


def plan(tmp_path: Path, body: str, name: str = "plan.md") -> Path:
    path = tmp_path / name
    path.write_text(HEAD + body, encoding="utf-8")
    return path


def element(report, element_id):
    return next(e for e in report.elements if e.id == element_id)


def test_present_when_every_core_criterion_is_addressed(tmp_path):
    report = check_paths([plan(tmp_path, TERUGSTROOM_FULL)], CheckOptions())
    e = element(report, "terugstroom")
    assert e.status == PRESENT
    for c in e.criteria:
        if c.met:
            assert c.evidence and all(ev.quote and ev.section for ev in c.evidence)


def test_missing_elements_say_what_was_looked_for(tmp_path):
    report = check_paths([plan(tmp_path, TERUGSTROOM_FULL)], CheckOptions())
    e = element(report, "financien")
    assert e.status == MISSING
    assert all(not c.met and c.looked_for for c in e.criteria if c.tier == "core")


def test_partial_when_only_policy_is_given(tmp_path):
    body = "## 5 Terugplaatsing\n\nTerugplaatsing naar het regulier onderwijs wordt waar mogelijk gestimuleerd.\n"
    e = element(check_paths([plan(tmp_path, body)], CheckOptions()), "terugstroom")
    assert e.status == PARTIAL
    assert [c.id for c in e.unmet_core] == ["procedure"]
    assert any(f.kind == "vague" for f in e.findings)


def test_table_of_contents_and_glossary_do_not_count(tmp_path):
    body = """## Inhoud

- 1 Inleiding ........ 3
- 5 Terugplaatsing en terugplaatsingsbeleid ........ 12
- 6 Financiën en meerjarenbegroting ........ 14

## 1 Inleiding

Dit plan beschrijft ons werk.

## Begrippenlijst

- Terugplaatsing: de terugkeer van een leerling uit het sbo of so naar het regulier basisonderwijs, met evaluatie van het OPP.
- Meerjarenbegroting: de begroting van de ondersteuningsmiddelen voor vier jaar, met bedragen per jaar (€).
"""
    report = check_paths([plan(tmp_path, body)], CheckOptions())
    assert element(report, "terugstroom").status == MISSING
    assert element(report, "financien").status == MISSING


def test_heading_with_deferring_body_addresses_nothing(tmp_path):
    body = "## 5 Terugplaatsing\n\np.m.\n\n## 6 Financiën\n\nDe meerjarenbegroting wordt in 2027 uitgewerkt.\n"
    report = check_paths([plan(tmp_path, body)], CheckOptions())
    assert element(report, "terugstroom").status == MISSING
    financien = element(report, "financien")
    assert financien.status == MISSING
    assert any(f.kind == "deferred" for f in financien.findings)


def test_reference_to_absent_annex_is_reported_and_the_annex_counts_when_given(tmp_path):
    body = "## 4 Toelaatbaarheid\n\nDe procedure en de criteria voor de toelaatbaarheidsverklaring staan in bijlage 4.\n"
    alone = element(check_paths([plan(tmp_path, body)], CheckOptions()), "plaatsing")
    assert alone.status == MISSING
    referred = [f for f in alone.findings if f.kind == "referred"]
    assert referred and "4" in referred[0].message
    annex = tmp_path / "bijlage4.md"
    annex.write_text("""# Bijlage 4 Toelaatbaarheid

De school vraagt de toelaatbaarheidsverklaring (TLV) aan bij de Commissie van Toelaatbaarheid, die binnen zes weken besluit.
Een leerling is toelaatbaar tot het sbo als de basisschool ondanks een arrangement onvoldoende kan bieden en de ondersteuningsbehoefte blijvend is.
""", encoding="utf-8")
    together = check_paths([plan(tmp_path, body), annex], CheckOptions())
    assert element(together, "plaatsing").status == PRESENT
    assert {d.path.split("/")[-1] for d in together.documents} == {"plan.md", "bijlage4.md"}


def test_questions_do_not_count(tmp_path):
    body = "## Vragen\n\nKan mijn kind weer terug naar een gewone school? Hoe wordt terugplaatsing geregeld?\n"
    assert element(check_paths([plan(tmp_path, body)], CheckOptions()), "terugstroom").status == MISSING


def test_running_headers_do_not_count(tmp_path):
    page = "Proefland | Terugplaatsing en meerjarenbegroting | pagina {n}\n\nGewone tekst over de regio en de scholen.\n\f"
    text = HEAD.replace("# ", "") + "".join(page.format(n=n) for n in range(1, 6))
    path = tmp_path / "plan.txt"
    path.write_text(text, encoding="utf-8")
    report = check_paths([path], CheckOptions())
    assert element(report, "terugstroom").status == MISSING


def test_unreadable_pdf_is_not_assessable_never_missing():
    scan = FIXTURES / "pdf" / "scan.pdf"
    report = check_paths([scan], CheckOptions())
    if not report.documents[0].unreadable_pages:
        pytest.skip("fixture has a text layer on every page")
    pages = report.documents[0].pages or 1
    if len(report.documents[0].unreadable_pages) / pages > 0.25:
        assert all(e.status != MISSING for e in report.elements)


def test_sector_detection_and_override(tmp_path):
    body = "Leerlingen in het vmbo, havo en vwo en het vso; lwoo en praktijkonderwijs in het voortgezet onderwijs.\n"
    path = tmp_path / "vo.md"
    path.write_text(HEAD.replace("PO 99-01", "VO 99-02").replace("basisscholen", "scholen voor voortgezet onderwijs") + body,
                    encoding="utf-8")
    assert check_paths([path], CheckOptions()).plan.sector == "vo"
    forced = check_paths([path], CheckOptions(sector="po"))
    assert forced.plan.sector == "po" and forced.plan.checklist == "po" and forced.plan.sector_source == "option"


def test_care_plan_is_not_a_plan(tmp_path):
    path = tmp_path / "zorg.md"
    path.write_text("""# Ondersteuningsplan Wmo voor mevrouw J. de Vries

Dit ondersteuningsplan is opgesteld na het keukentafelgesprek met de cliënt en haar mantelzorger.
De gemeente kent een maatwerkvoorziening toe: begeleiding thuis door zorgaanbieder De Linde, twee dagdelen per week.
De cliënt is budgethouder van een persoonsgebonden budget (pgb). De wijkteam-consulent evalueert het zorgplan na zes maanden.
De cliënt kan bezwaar maken tegen het indicatiebesluit. Dagbesteding start op 1 maart. De cliënt en de zorgaanbieder
tekenen de zorgovereenkomst. Het wijkteam bespreekt de voortgang met de cliënt en de mantelzorger.
""" + "De begeleiding thuis richt zich op de dagstructuur van de cliënt. " * 20, encoding="utf-8")
    report = check_paths([path], CheckOptions())
    assert report.plan.looks_like_plan is False
    assert any("cliënt" in r or "Wmo" in r for r in report.plan.reasons)


# Sentences that only defer or point elsewhere (new wordings met in independently written plans), and sentences
# that must keep counting. Each line is a real rule: deleting the rule makes its line fail.
DEFERS_OR_REFERS = [
    "Over de werkwijze na afloop van een TLV maken wij in de loop van 2026 nadere afspraken met de scholen.",
    "Het algemeen bestuur stelt in het voorjaar van 2026 een nieuw verdeelmodel vast.",
    "Een communicatieplan verschijnt naar verwachting in het voorjaar van 2026.",
    "De wijze waarop het samenwerkingsverband ouders informeert, wordt opnieuw vormgegeven.",
    "Het beleid ten aanzien van terugplaatsing wordt in 2026 vastgelegd in de Notitie Terugkeer.",
    "Hoe wij de voortgang meten, werken wij uit in een kwaliteitskader.",
    "Op basis daarvan formuleren wij een aanpak, die als addendum aan dit plan wordt toegevoegd.",
    "Het samenwerkingsverband heeft op dit moment onvoldoende zicht op de omvang van thuiszitten.",
    "Het bestuur heeft besloten het kwaliteitskader van het samenwerkingsverband te herijken.",
    "De criteria worden in de loop van het schooljaar 2026-2027 herijkt.",
    "Let op: nieuwe afspraken over de aanvraag nog niet besproken in het AB.",
    "[nog aanvullen: kwaliteitscyclus en hoe we meten en rapporteren.",
    "Of er hiaten in het aanbod zijn, brengen wij in 2027 in beeld met een netwerkanalyse.",
    "Het samenwerkingsverband werkt aan de oprichting van een ouder- en jeugdsteunpunt.",
    "Hoe het budget wordt verdeeld, ligt op dit moment bij het bestuur ter bespreking.",
    "Het nieuwe verdeelmodel volgt zodra het bestuur daarover een besluit heeft genomen.",
    "Hoe wij zorgen dat er voor ieder kind een plek is, werken we uit in deel 2 van dit plan.",
    "Die monitor bouwen we in 2026; vanaf 2027 is hij beschikbaar.",
    "Het stappenplan terugplaatsing wordt momenteel herschreven.",
    "Tot die herziening blijft de verdeling van toepassing.",
    "Aan de hand van welke criteria de commissie beoordeelt, staat in het Toetsingskader TLV.",
    "Het toetsingskader kunt u downloaden via de pagina Documenten.",
    "Het niveau van de basisondersteuning is vastgelegd in het Referentiekader, dat geen onderdeel is van dit plan.",
    "De verdeling blijft zoals beschreven in het ondersteuningsplan 2022-2026.",
    "Ouders vinden de contactgegevens van de organisaties waar zij terecht kunnen op onze website.",
    "Wie het initiatief neemt, werken wij in het schooljaar 2024-2025 samen met de sbo-scholen uit in een protocol.",
    "Welke resultaten wij willen bereiken, is onderwerp van de strategische sessies van het bestuur in het najaar van 2026.",
    "Het financieel beleid, de verdeling van de middelen en de begroting zijn niet in dit plan opgenomen.",
    "Welke doelen het verband met terugplaatsing nastreeft, leggen wij in 2027 vast, na afloop van de pilot.",
    "Hoe wij ouders informeren, leggen wij vast in het communicatieplan, dat na de zomer van 2026 verschijnt.",
    "De vorming van het ouder- en jeugdsteunpunt pakken wij op in het schooljaar 2026-2027.",
    "Tot het steunpunt er is, kunnen ouders met vragen terecht bij de mentor van de school.",
    "Het verband herziet in 2026 zijn communicatie.",
    "Het verband heeft er bewust van afgezien een gezamenlijke ondergrens vast te stellen.",
    "Voor onafhankelijk advies verwijzen wij ouders naar de Ouderwijzer (bijlage 6).",
    "Een ouderpagina en een folder in meerdere talen staan op ons verlanglijstje.",
    "Wij gaan daarover in het eerste planjaar graag in gesprek met de scholen en de ondersteuningsplanraad.",
    "Hoe de terugkeer in stappen verloopt, beschrijft het Handboek Zuidrand.",
    "De begroting en de verdeling worden jaarlijks vastgesteld en gepubliceerd op de website bij de jaarstukken.",
    "Het bestuur laat in 2027 een analyse maken van eventuele witte vlekken in het aanbod.",
    "De opbrengsten zijn de verantwoordelijkheid van de besturen en worden verantwoord in hun eigen jaarverslagen.",
    "De besturen maken in 2026-2027 nieuwe afspraken over de basisondersteuning, gezien de norm die het ministerie heeft aangekondigd.",
    "Hoe we ouders informeren, beschrijven we in het communicatieplan 2026, dat in het najaar verschijnt.",
    "6.2 Het aantal afgegeven toelaatbaarheidsverklaringen en aanwijzingen is opgenomen in artikel 8.",
    "In dit plan beschrijven we achtereenvolgens de basisondersteuning, de toelaatbaarheid en de resultaten.",
    "Een uitgebreide terugblik staat in het jaarverslag 2024 van het samenwerkingsverband.",
    "Een verdeelmodel ontbreekt nog.",
    "Een aanpak voor thuiszitters en voor leerlingen zonder passende plek ontbreekt in deze planperiode nog.",
    "Beoogde resultaten zijn voor deze planperiode nog niet geformuleerd.",
    "Een afzonderlijk terugplaatsingsbeleid kent De Dijkgraaf niet.",
    "De criteria die het vorige plan hanteerde, zijn per 1 augustus 2025 vervallen.",
    "De afspraken over basisondersteuning herijken we zodra die norm wettelijk is vastgelegd.",
    "6 Toelaatbaarheid 6.1 Aanvraag 6.2 Besluitvorming 6.3 Criteria 6.4 Terugplaatsing",
    "Met de digitalisering van het aanvraagproces in 2026 krijgt het handboek een nieuwe versie.",
    "De financiële paragraaf wordt als afzonderlijk katern toegevoegd nadat de besturen in het najaar van 2026 een besluit hebben genomen.",
    "De verdeling van de middelen over de besturen blijft in 2026 gelijk aan die in de vorige planperiode.",
    "Het zal dan ingaan op het aanbod van extra ondersteuning en de aanpak van thuiszitters.",
    "Dit hoofdstuk wordt ingevuld na afronding van de OOGO-ronde met de gemeenten in het najaar van 2026.",
    "De commissie beoordeelt de aanvraag aan de hand van het Toetsingskader 2026, waarin de criteria zijn opgenomen.",
    "Het handboek bevat de procedure voor het aanvragen van een toelaatbaarheidsverklaring, de criteria en de termijnen.",
    "Het handboek wordt door het bestuur vastgesteld en kan tussentijds worden aangepast.",
    "De communicatie met ouders en leerlingen is uitgewerkt in het communicatieplan 'Helder voor iedereen'.",
    "Een inventarisatie van witte vlekken en een aanpak voor thuiszitters staan op onze ontwikkelagenda.",
    "Een analyse van de witte vlekken in het aanbod staat gepland voor het schooljaar 2026-2027.",
    "Het samenwerkingsverband werkt aan een nieuw kwaliteitskader.",
    "Het samenwerkingsverband ontwikkelt in 2026 een eigen communicatiestrategie voor ouders en leerlingen.",
    "Een nieuw informatieplan voor ouders wordt in het voorjaar van 2026 aan de OPR voorgelegd.",
    "In de hoofdstukken hieronder leest u hoe wij daar invulling aan geven.",
    "Zuiderheide loopt hierop vooruit, zoals u verderop in dit plan kunt lezen.",
    "Het stappenplan voor terugplaatsing wordt op dit moment door de werkgroep sbo-so herzien.",
    "Brabantse Wouden volgt de landelijke regelgeving; er is niet gekozen voor eigen lwoo-criteria.",
    "Thuiszitters en verzuim | Gezamenlijke aanpak met leerplicht (zie elders in dit plan) | SWV en leerplicht",
    "Het samenwerkingsverband onderzoekt in 2025-2026 hoe een ouder- en jeugdsteunpunt vorm kan krijgen.",
    "Het algemeen bestuur kiest in juni 2025 tussen twee varianten voor het verdeelmodel.",
    "De financiële paragraaf bestaat uit twee documenten die het bestuur afzonderlijk vaststelt.",
    "Een paragraaf over de informatievoorziening aan ouders wordt op dit moment voorbereid.",
    "Een actuele analyse van de dekkendheid en een aanpak van thuiszitters ontbreken op dit moment.",
    "Het samenwerkingsverband heeft geen gezamenlijk niveau van basisondersteuning vastgesteld.",
    "Hoe de nieuwe aanvraag- en besluitroute eruit komt te zien, wordt door de werkgroep loket uitgewerkt.",
    "Fase 2 (2025-2026) is de inhoudelijke harmonisatie: één loket, één verdeelmodel, één standaard.",
    "Wij onderzoeken samen met de gemeenten hoe het ouder- en jeugdsteunpunt in onze regio vorm krijgt.",
    "De begroting en het verdeelmodel worden jaarlijks vastgesteld en zijn te vinden in de jaarstukken.",
    "De precieze route en de evaluatiemomenten worden nog met de vso-scholen afgestemd.",
    "Hoe de terugplaatsing precies verloopt en wie het initiatief neemt, leggen wij in de loop van de planperiode vast in een protocol.",
    "Waar ouders terechtkunnen voor onafhankelijk advies, zetten wij op een rij zodra de landelijke regels bekend zijn.",
    "Hoe wij wachtlijsten in beeld brengen en oplossen, wordt onderdeel van de monitor vanaf 2027-2028.",
    "Welke resultaten het samenwerkingsverband precies wil bereiken, bepalen wij na de eerste Kwaliteitsmonitor.",
    "De uitkomsten - welke voorzieningen er zijn en waar witte vlekken zitten - nemen wij op in de voortgangsparagraaf 2027.",
    "Dat kader leggen wij in het voorjaar van 2027 ter instemming voor aan de ondersteuningsplanraad.",
    "evaluatiemomenten: volgen in het kwaliteitskader",
    "Voor terugplaatsing volgen de scholen het Protocol Terug- en Doorplaatsing, dat als bijlage 7 bij dit plan hoort.",
    "De criteria voor toelaatbaarheid tot het sbo en het so veranderen niet.",
    "In deze actualisatie staan geen wijzigingen over terugplaatsing, het dekkende aanbod of de informatie aan ouders.",
    "Die onderwerpen nemen we mee in het nieuwe plan voor 2028-2032.",
    "Hoe we deze doelen precies gaan meten en hoe we daarover verslag doen, spreken we in de loop van 2026 af met de schoolbesturen.",
    "Hoe we ouders beter gaan informeren over de ondersteuning in onze regio, bedenken we samen met de oudergeleding van de OPR.",
    "Samen met de gemeenten en de leerplichtambtenaren maken we in 2026 een nieuwe aanpak voor thuiszitters.",
    "Over de verdeling van dat geld praten we in 2026 met de schoolbesturen, omdat de landelijke regels veranderen.",
    "Wij willen dat steunpunt samen met de andere samenwerkingsverbanden in de regio opzetten.",
    "Dit hoofdstuk vullen we aan zodra het bestuur het nieuwe kwaliteitskader heeft vastgesteld.",
    "Daarna voegen we de Standaard als bijlage aan dit plan toe (p.m.).",
    "De schoolbesturen hebben besloten de afspraken over basisondersteuning niet in dit plan opnieuw vast te leggen.",
    "De huidige werkwijze blijft gelden tot het nieuwe handboek er is.",
    "Het samenwerkingsverband gaat de komende periode onderzoeken hoe een sluitende aanpak voor thuiszitters eruit kan zien.",
    "Iedere school beschrijft in het eigen schoolondersteuningsprofiel welke ondersteuning zij biedt.",
    "Wij gaan daarover het gesprek aan, onder meer in het OOGO en in bijeenkomsten met maatschappelijke partners.",
    "De gemeenten publiceren jaarlijks een thuiszittersmonitor; we verwijzen daarvoor naar de website van de gemeenten.",
    "Ouders die onafhankelijk advies zoeken, vinden de contactgegevens van de betreffende organisaties op www.swvlingebetuwe.nl/ouders.",
    "Hoe we witte vlekken in het aanbod in beeld brengen, maakt onderdeel uit van dat actieplan.",
    "De tekst over de informatievoorziening aan ouders wordt na het gesprek met de OPR op 14 april 2026 toegevoegd.",
    "Informatie voor ouders over de ondersteuningsmogelijkheden brengen wij onder in een publieksversie van dit plan, die na de vaststelling verschijnt.",
    "Informatie voor ouders over het ondersteuningsaanbod in de regio volgt in een aparte ouderversie van dit plan.",
    "Een eigen ouder- en jeugdsteunpunt staat op onze agenda.",
    "Ouders die onafhankelijk advies zoeken, vinden de gegevens van de organisaties op de pagina 'Hulp voor ouders' van onze website.",
    "De financiële paragraaf van dit ondersteuningsplan maakt geen deel uit van deze versie.",
    "Het algemeen bestuur besluit in de loop van 2027 over de nieuwe verdeelsleutel en de criteria voor toekenning.",
    "Scholen vinden de stappen, termijnen en formulieren voor een aanvraag in het handboek op het schoolportaal.",
    "Een aanpak voor thuiszitters werken wij samen met de gemeenten uit; dit deel volgt in de eerstvolgende actualisatie van dit plan.",
    "Deel 2 beschrijft het ondersteuningsaanbod en de financiële paragraaf met meerjarenbegroting.",
    "De financiële paragraaf, met de verdeling van de middelen en de meerjarenbegroting, is onderdeel van Deel 2.",
    "In het jaarverslag van het samenwerkingsverband vindt u informatie over onze activiteiten.",
    "De resultaten van de vorige periode komen aan bod in het jaarverslag 2025.",
    "Omdat het handboek jaarlijks wordt bijgewerkt, herhalen we de criteria hier niet.",
    "Voor informatie over onafhankelijke ondersteuning verwijzen we ouders naar www.swvkempenrand.nl/onafhankelijk-advies.",
    "Hoe de middelen worden verdeeld, bepaalt het nieuwe verdeelmodel waarover het algemeen bestuur in het voorjaar van 2027 besluit.",
    "Welke resultaten wij beogen en met welke indicatoren we die volgen, is een van de eerste opdrachten uit het jaarplan 2025-2026.",
    "Voor de planperiode 2026-2030 wordt een nieuw verdeelmodel ontwikkeld; dat volgt in de Kadernota 2027.",
    "Informatie over onafhankelijke ondersteuning voor ouders volgt op onze website.",
    "Voor onafhankelijke ondersteuning van ouders en jongeren komt er een ouder- en jeugdsteunpunt.",
    "Het beleid – met welk doel, onder welke voorwaarden en met welke ondersteuning na de overstap – herijken we samen met de scholen.",
    "Iedere school beschrijft haar basisondersteuning in het schoolondersteuningsprofiel.",
    "Ook over thuiszitters maken we in het komende OOGO nadere afspraken met de drie gemeenten.",
    "De herziene criteria publiceren we na vaststelling door het bestuur op de website.",
    "Concrete doelen voor leerlingen met een ondersteuningsbehoefte formuleren wij per schooljaar in het jaarplan.",
    "In het eerste planjaar inventariseren wij samen met de besturen welke voorzieningen er zijn en waar zij ontbreken.",
    "Samen met het samenwerkingsverband VO onderzoeken we de inrichting van een ouder- en jeugdsteunpunt.",
    "De verdeling en de besteding van de middelen zijn vastgelegd in het financieel beleidsplan van het samenwerkingsverband.",
    "Een volledige beschrijving van het aanbod in de regio komt beschikbaar in de online Ondersteuningswijzer.",
    "Een paragraaf over de manier waarop ouders worden geïnformeerd, nemen wij op in de eerstvolgende actualisatie van dit plan.",
    "Welke ambities wij hebben met terugplaatsing, herformuleert een werkgroep met de vso-scholen in het schooljaar 2026-2027.",
    "Het beleid ten aanzien van terugplaatsing - met de doelen, de voorwaarden en de ondersteuning na terugkeer - herzien wij.",
    "Tot het is afgerond, verwijzen we voor de ondersteuning per school naar de schoolgids van de betreffende school.",
    "Ook de aanpak van thuiszitters krijgt in die notitie een plaats.",
    "De verdeling van de middelen en de meerjarenbegroting legt het bestuur vast in het Financieel Kader 2026-2030.",
    "Concrete afspraken daarover worden in een afzonderlijke OOGO-agenda vastgelegd, die nog niet gereed is.",
    "Over de wijze waarop we de resultaten volgen, volgt in de loop van de planperiode een afzonderlijk kwaliteitskader.",
    "Welke stappen daarbij horen en welke termijnen gelden, wordt vóór die datum in een aparte regeling vastgelegd.",
    "Pas op basis van die kaart willen wij uitspraken doen over eventuele witte vlekken.",
    "De besturen hebben besloten om in het schooljaar 2025-2026 opnieuw te bepalen welk niveau van ondersteuning alle scholen bieden.",
    "Onder welke voorwaarden en met welke begeleiding een terugkeer plaatsvindt, krijgt in deze planperiode zijn beslag.",
    "Hoe ons aanbod eruitziet en waar het nog tekortschiet, brengen we in kaart in de Sociale Kaart Lindenborg.",
    "Een aparte paragraaf over de informatievoorziening aan ouders volgt bij de eerstvolgende actualisatie van dit plan.",
    "Het verdeelmodel en de meerjarenbegroting zijn opgenomen in het separate document 'Financieel kader 2025-2029'.",
]
COUNTS = [
    "De commissie beslist binnen zes weken over de aanvraag.",
    "Na de zomer komen de leerlingen straks in groep 3 met een eigen leerkracht, zo spraken de scholen af.",
    "De criteria worden jaarlijks opnieuw vastgesteld door de commissie.",
    "De begroting wordt vastgesteld na advies van de directeuren en instemming van de OPR.",
    "De aanvraag verloopt volgens de volgende stappen.",
    "In crisissituaties kan de directeur een tijdelijke TLV van drie maanden afgeven, in afwachting van de reguliere procedure.",
    "Jaarlijks bekijken we opnieuw of de verdeling over de besturen nog klopt.",
    "Over een aanvraag besluit het bestuur binnen zes weken na ontvangst van het dossier.",
    "In 2024 legde het bestuur het nieuwe verdeelmodel aan de ondersteuningsplanraad voor.",
    "Ons uitgangspunt is dat iedere vso-leerling zo dicht bij huis mogelijk regulier onderwijs volgt.",
    "De aanvraag bevat het groeidocument, het OPP en de zienswijze van de ouders.",
    "Ouders en school zijn in gesprek over het ontwikkelingsperspectief.",
    "De middelen worden verdeeld als volgt: een bedrag per leerling en een deel voor de wettelijke taken van het verband.",
    "Het beleidsplan wordt uitgewerkt na overleg met de ondersteuningsplanraad.",
    "De commissie legt het besluit vast in een verslag dat naar ouders gaat.",
    "Scholen ontvangen € 190 per leerling; het bestuur stelt de begroting jaarlijks vast.",
    "In 2024 hebben we afspraken gemaakt met de gemeenten over thuiszitters.",
    "De criteria worden jaarlijks herzien door de commissie.",
    "In het plan 2026-2030 zijn de volgende doelen vastgelegd: in 2030 is het aantal thuiszitters gehalveerd.",
    "In het kader van passend onderwijs beschrijven we hier de basisondersteuning.",
    "Deze afspraken staan in het groeidocument van de leerling.",
    "In 2024 is het verdeelmodel door het bestuur vastgesteld na advies van de directeuren.",
    "De verdeling wordt elk jaar in het najaar door het bestuur vastgesteld, na advies van het directeurenoverleg.",
    "In de zomer van 2025 hebben wij de procedure vereenvoudigd.",
    "De school bespreekt in het voorjaar met de ouders of terugplaatsing mogelijk is.",
    "Ouders kunnen terecht bij het Ouder- en Jeugdsteunpunt, dat onafhankelijk van de scholen werkt.",
    "De leerling blijft op de vso-school tot hij er klaar voor is om terug te gaan.",
    "In ons jaarverslag, elk jaar in juni, staat wat gelukt is en wat niet.",
    "Voor leerlingen voor wie een passend aanbod ontbreekt, organiseert het verband binnen twee weken een overleg.",
    "Zodra de aanvraag compleet is, neemt de commissie binnen zes weken een besluit.",
    "Wij kennen geen wachtlijsten voor het sbo.",
    "Als de commissie het dossier heeft ontvangen, besluit zij binnen zes weken.",
    "De school bespreekt het groeidocument, waarin de doelen staan, met de ouders.",
    "In dit plan staat hoe wij ouders informeren over de ondersteuning op school.",
    "De commissie is gepland voor elke maand en besluit binnen zes weken.",
    "Wij ontwikkelen samen met de scholen arrangementen voor hoogbegaafde leerlingen.",
    "De commissie onderzoekt of de aanvraag volledig is en besluit binnen zes weken.",
    "Het auditteam bezoekt iedere school eens per twee jaar en toetst de basisondersteuning aan het Referentiekader "
    "(bijlage 5, niet opgenomen in deze publicatie).",
    "Welke leerlingen in aanmerking komen, bepaalt de commissie aan de hand van de criteria in paragraaf 6.3 hieronder.",
    "Hoe de aanvraag verloopt, ziet u in het schema hieronder: de school dient in, de commissie besluit binnen zes weken.",
    "De commissie maakt binnen zes weken een besluit en stuurt dat naar ouders en school.",
    "Wij willen dat elke school een aanbod voor hoogbegaafde leerlingen heeft.",
    "Ouders die het niet eens zijn met het besluit, kunnen binnen zes weken bezwaar maken.",
    "De verdeling gebeurt volgens het verdeelmodel dat de AV in 2025 heeft vastgesteld: iedere school ontvangt € 135 per leerling.",
    "De criteria worden elk jaar door de commissie herzien en op de website gepubliceerd.",
    "Het is pas mogelijk een TLV aan te vragen als de school de basisondersteuning aantoonbaar heeft ingezet.",
    "Wij leggen de afspraken met ouders vast in het groeidocument van de leerling.",
    "In dat kader leggen wij vast welke leerlingen een arrangement krijgen: de commissie besluit binnen vier weken.",
    # session 6: the new deferral wordings leave these alone
    "Pas als ook dat niet volstaat, komt een plaatsing in het speciaal (basis)onderwijs in beeld.",
    "De hoogte van het arrangement hangt af van de ondersteuningsbehoefte van de leerling.",
    "De commissie brengt binnen vier weken advies uit aan het bestuur.",
    "Het verdeelmodel wordt jaarlijks herschreven op basis van de leerlingtelling.",
    "Wij nemen deel aan het thuiszittersoverleg, dat elke maand alle thuiszitters bespreekt.",
    "De school stelt binnen zes weken een ontwikkelingsperspectief op en bespreekt dat met ouders.",
    "De middelen worden verdeeld naar rato van het aantal leerlingen op 1 oktober: in 2026 naar verwachting € 128 per leerling.",
    "De leerling is toelaatbaar als het vso naar verwachting een passend perspectief biedt op vervolgonderwijs.",
    "Het verdeelmodel wordt jaarlijks geëvalueerd met de besturen.",
    "Wij evalueren het ontwikkelingsperspectief elk half jaar met de ouders.",
    # session 7: the new wordings leave these alone
    "Als de evaluatie van het OPP daar aanleiding toe geeft, bespreekt de school met ouders een terugplaatsing.",
    "De afspraken over de verdeling worden jaarlijks opnieuw gemaakt op basis van de leerlingtelling van 1 oktober.",
    "Wanneer het dossier compleet is, neemt de commissie binnen zes weken een besluit.",
    "Het steunpunt richt zich op ouders die vastlopen en helpt hen binnen twee weken.",
    "De besturen hebben afgesproken elk jaar de verdeling opnieuw vast te stellen.",
    "De evaluatie van het OPP wordt twee keer per jaar uitgevoerd door de school.",
    "Het verdeelmodel kent een vaste voet per school en een bedrag per leerling.",
    "Het continuüm loopt van de basisondersteuning op iedere school (hoofdstuk 4) via de arrangementen (hoofdstuk 5) naar het sbo en het so.",
    "De leerlingen werken aan een plan van aanpak met hun mentor.",
    "Hoe lang de TLV geldt, bepalen wij op basis van het advies van de deskundigen.",
    "In 2024 zijn we gestart met de thuiszitterstafel, die elke maand alle thuiszitters bespreekt.",
    "De commissie toetst de aanvraag aan de criteria in paragraaf 5.2.",
    "Het bestuur stelt het verdeelmodel jaarlijks vast bij de begroting: € 140 per leerling.",
    # session 8: a list announced "als volgt" is no placeholder; a year after a colon belongs to what follows it
    "De procedure van de commissie is als volgt.",
    "Bij terugplaatsing stelt het Loket een terugplaatsingsarrangement vast: in het eerste jaar na de overstap begeleidt een ambulant begeleider de leerling.",
    "De procedure van de huidige commissie staat hieronder.",
    "Het bestuur herziet het verdeelmodel jaarlijks bij de begroting.",
    "De commissie besluit vóór 1 april over de aanvraag.",
    "De verdeling gebeurt volgens het verdeelmodel dat de AV in 2025 heeft vastgesteld: iedere school ontvangt € 135 per leerling.",
    "De procedure wordt hieronder uitgewerkt.",
    "Elk jaar in november besluit het bestuur over de verdeling.",
    "Hoe we witte vlekken in het aanbod in beeld brengen, maakt deel uit van dit plan.",
    "De nieuwe versie volgt de lijn van het vorige plan.",
    "De basisondersteuning is onderdeel van het schoolondersteuningsprofiel.",
    "Het ondersteuningsteam bevat een orthopedagoog.",
    "Als er een aanvraag binnenkomt, komt de commissie samen.",
    "Ieder jaar onderzoeken we of het aanbod dekkend is.",
    "Met het schoolbudget (zie hoofdstuk 9) bieden scholen extra ondersteuning in de eigen school, zoals een trajectvoorziening.",
    "Eens per jaar stelt het overleg een lijst op van groepen kinderen voor wie het aanbod tekortschiet; het bestuur besluit daarna of er een nieuw arrangement komt, zoals in 2024 de zorg-onderwijsgroep voor jonge kinderen, die samen met de gemeenten wordt gefinancierd.",
    "Lopen gesprekken met school vast, dan kunnen ouders gratis terecht bij het Ouder- en Jeugdsteunpunt, dat los staat van schoolbesturen en verband.",
    "Tot dan toe werkten de scholen elk met een eigen formulier.",
    "De volgende stappen volgen in de eerste plaats uit de wet.",
    "Het thuiszittersprotocol wordt jaarlijks geactualiseerd.",
    "De lat is een ondergrens: geen enkele vestiging zit eronder, scholen mogen erboven zitten en beschrijven dat in hun schoolgids.",
    "Het bestuur ontvangt in juni een rapportage met alle meetpunten en de trend; de bevindingen worden opgenomen in het jaarverslag.",
    "Elke school legt in de kwaliteitsdialoog met het samenwerkingsverband, één keer per jaar in het voorjaar, vast hoe zij aan deze ondergrens voldoet.",
]
DEFERS_TOO = [
    "Het samenwerkingsverband zal in de loop van de planperiode een regionale aanpak voor thuiszitters ontwikkelen.",
    "In het schooljaar 2025-2026 wordt een nieuwe, digitale aanvraagroute ingevoerd.",
    "Die herijken we in Q1 2026 in het project 'Criteria 2.0', samen met het sbo en het so.",
    "De nieuwe website gaat live in Q3 2026.",
    "Uitwerking volgt in jaarplan 2026-2027",
    "Het samenwerkingsverband beschikt over een stelsel van kwaliteitszorg, dat bij afzonderlijk besluit van het bestuur wordt vastgesteld.",
    "Het bestuur stelt, na overleg met de gemeenten, een nadere regeling vast voor leerlingen die geen onderwijs volgen.",
    "De maatstaven krijgen hun beslag in het Afwegingskader, waaraan een werkgroep op dit moment de laatste hand legt.",
    "Hoe je dat aanvraagt en wanneer een leerling in aanmerking komt, hebben we uitgeschreven in de Toewijzingswijzer.",
    "Een gezamenlijk minimumniveau stellen de besturen pas vast wanneer de landelijke norm voor basisondersteuning bekend is.",
    "Het samenwerkingsverband wacht die norm af en stelt daarna opnieuw vast wat elke school biedt.",
    "De stappen en de momenten waarop een terugkeer wordt bekeken, leggen wij vast in de werkwijzer 'Terug naar school'.",
    "In dat nieuwe kader leggen wij vast welke resultaten wij in deze planperiode willen bereiken.",
    "De manier waarop we ouders en jongeren informeren over de ondersteuningsmogelijkheden, gaan we vernieuwen.",
    "Dit plan bevat bewust geen beoogde resultaten voor leerlingen.",
    "Een ouder- en jeugdsteunpunt richten wij in de loop van de planperiode in, zodra de landelijke regels duidelijk zijn.",
    "In de komende planperiode willen wij samen met de scholen werken aan een gezamenlijke ambitie voor de basisondersteuning.",
    "Op basis daarvan stelt het algemeen bestuur een nieuw verdeelmodel vast, dat ingaat op 1 januari 2027.",
    "Het stappenplan wordt opgenomen in de eerste actualisatie van dit plan.",
    "Het verband gebruikt voor lwoo en pro de criteria zoals die in het OP 2022-2026 zijn opgenomen; deze verlenging verandert daaraan niets.",
    "Het financiële beleid - de verdeling van de middelen en de meerjarenbegroting - is niet in dit beleidsplan opgenomen.",
    "De manier waarop het samenwerkingsverband ouders en leerlingen informeert, wordt herzien.",
    "Daarom stellen we in deze planperiode een kwaliteitskader op.",
    "Het bestuur heeft de directeur gevraagd in het schooljaar 2026-2027 in kaart te brengen waar het aanbod tekortschiet.",
    "Hoe de scholen en de leerplichtambtenaren deze kinderen weer naar school helpen, werken we eveneens in dat addendum uit.",
    "Hoe een terugplaatsing in de praktijk verloopt - wie het initiatief neemt en wie beslist - is uitgewerkt in deel B.",
    "Dit hoofdstuk beschrijft hoe een leerling toelaatbaar kan worden verklaard tot het speciaal basisonderwijs.",
    # session 5
    "Het financieel beleid, waaronder de verdeling van de middelen over de schoolbesturen, is ondergebracht in het Financieel Kader 2026-2030.",
    "Dit plan wordt aangevuld met:",
    "Omdat de wettelijke verankering in 2027 plaatsvindt, heeft het bestuur besloten het regionale niveau pas daarna opnieuw vast te stellen.",
    "Wij hebben daarom besloten de basisondersteuning in het schooljaar 2026-2027 opnieuw vast te stellen, in een werkgroep.",
    "De twee besturen hebben afgesproken dat zij in het schooljaar 2026-2027 een gezamenlijke ondergrens vaststellen, rekening houdend met de landelijke norm.",
    "Ook een analyse van mogelijke witte vlekken in ons aanbod staat voor de komende planperiode op de agenda.",
    "Een communicatieplan richting ouders, waarin staat hoe en wanneer wij ouders informeren, volgt in het eerste planjaar.",
    "Wat er boven de basisondersteuning beschikbaar is aan arrangementen, staat beschreven in ons aanbodboek op de website.",
    "De financiële uitwerking van dit plan legt het bestuur vast in de kadernota 2026-2030 en in de jaarbegroting.",
    "Het ouder- en jeugdsteunpunt (OJSP) voor Kempenrand wordt op dit moment samen met SWV PO Kempenrand ingericht.",
    "De nieuwe route ontwerpen wij in het eerste planjaar samen met intern begeleiders.",
    "Zodra de route is vastgesteld, publiceren wij haar op de website.",
    "Het inhoudelijke toetsingskader van de commissie is in herziening.",
    "Tot dat stappenplan klaar is, bekijken we elke situatie afzonderlijk.",
    "Een analyse van de witte vlekken en een werkwijze voor kinderen zonder plek volgen in de loop van 2026.",
    # session 6
    "Pas als de nulmeting beschikbaar is, formuleren we beoogde resultaten voor de leerlingen met extra ondersteuning.",
    "Ook de vraag of het aanbod in de regio dekkend is, maakt deel uit van die opdracht.",
    "Het samenwerkingsverband en de gemeenten hebben in het OOGO afgesproken de aanpak van thuiszitters opnieuw te bekijken.",
    "Een regionale aanpak voor kinderen die thuiszitten volgt uit het gesprek met de gemeenten.",
    "Met de komst van de wettelijke verplichting tot een ouder- en jeugdsteunpunt gaan wij een steunpunt inrichten.",
    "Hoe de terugplaatsing stap voor stap gaat, spreken we nog af met de speciale scholen.",
    "Waar de gaten precies zitten, zoeken we nog uit.",
    "We brengen eerst samen met de scholen in kaart wat er is.",
    "Dit hoofdstuk wordt aangevuld zodra het ouder- en jeugdsteunpunt is ingericht.",
    "De kwaliteitskaart wordt in het schooljaar 2026-2027 samen met de intern begeleiders geactualiseerd.",
    "Of en in welke vorm het samenwerkingsverband een ouder- en jeugdsteunpunt inricht, hangt af van de nieuwe wetgeving.",
    "Met welke instrumenten de voortgang wordt gevolgd, is bij het vaststellen van dit plan nog een open vraag.",
    "De werkgroep brengt in het schooljaar 2026-2027 een beleidsnotitie uit.",
    "De huidige website gaat uit de lucht; de nieuwe site is in de loop van het schooljaar 2026-2027 beschikbaar.",
    "Deel C – Financieel kader: verdeelmodel en meerjarenbegroting (afzonderlijk document)",
    "De commissie toetst aanvragen aan het Toetsingskader TLV vso 2025, dat op onze website is gepubliceerd.",
    "Voor onafhankelijk advies kunnen ouders in de toekomst terecht bij een ouder- en jeugdsteunpunt.",
    "Afspraken over thuiszitters maken we in 2026 met de gemeenten.",
    "In het OOGO is afgesproken dat wij samen met de leerplichtambtenaren een gezamenlijke thuiszittersaanpak opstellen.",
    "Een visie op terugkeer, met de voorwaarden waaronder die verantwoord is, heeft het samenwerkingsverband nog niet geformuleerd.",
    "Het samenwerkingsverband heeft zo'n steunpunt nog niet.",
    "Het Protocol Terugkeer levert de werkgroep vso-vo in het voorjaar van 2027 op.",
    "Hoe en wanneer we deze indicatoren meten, wordt onderdeel van het kwaliteitskader.",
    "Welke doelen we met terugplaatsing nastreven, werken we uit op basis van de evaluatie van de eerste twee jaar.",
    "Ook de aanpak van thuiszitters maakt deel uit van dat koersdocument.",
    "De informatievoorziening aan ouders over de ondersteuningsmogelijkheden wordt vernieuwd.",
    "Voor onafhankelijk advies verwijzen we ouders naar de website van hun gemeente.",
    "Deze paragraaf volgt in de definitieve versie, na afstemming met de vso-scholen.",
    "Het monitoringsplan wordt in het voorjaar van 2026 ter vaststelling aan het algemeen bestuur aangeboden.",
    "Tot het nieuwe model is vastgesteld, blijft de verdeling uit het vorige ondersteuningsplan van kracht.",
    "Met de komst van de wettelijke steunpunten bezinnen we ons op de vraag hoe ouders het best geholpen worden.",
    "Het samenwerkingsverband oriënteert zich op samenwerking met de omliggende verbanden om een steunpunt op te zetten.",
    "In 2025 gaat naar verwachting de wettelijke plicht in om een ouder- en jeugdsteunpunt in te richten.",
    "De besturen hebben besloten de bestaande afspraken niet opnieuw in dit plan op te nemen.",
    "Hoe de aanvraag en de besluitvorming verlopen, publiceren wij op de pagina Loket zodra het bestuur de route heeft vastgesteld.",
    "De aanvraagroute wordt per 1 januari 2026 vernieuwd.",
    "Een overzicht van het ondersteuningscontinuüm wordt opgenomen in de eerste voortgangsrapportage bij dit plan.",
    "De aanpak werken wij samen met de leerplichtambtenaren uit.",
    "Of het samenwerkingsverband eigen lwoo-criteria gaat hanteren, besluit het Algemeen Overleg in de loop van 2026-2027.",
    "Het samenwerkingsverband richt in het schooljaar 2026-2027 een ouder- en jeugdsteunpunt in, samen met het PO-verband.",
    "Voor extra ondersteuning bovenop de basis verwijzen we naar de Ondersteuningskaart van het samenwerkingsverband.",
    "Zodra de landelijke norm voor basisondersteuning definitief is, stellen wij het niveau opnieuw vast.",
    "Het complete overzicht van arrangementen is opgenomen in de digitale Ondersteuningswijzer op onze website.",
    "De criteria waarmee wij beoordelen of een kind toelaatbaar is, herzien wij in het voorjaar van 2025.",
    "We zijn bezig met een nieuw kwaliteitskader.",
    "Welke uitgangspunten wij voor terugplaatsing hanteren, bepalen we opnieuw als het gezamenlijke loket is ingericht.",
    "Per 1 augustus 2026 gaan wij samen met het buurverband werken met één loket voor toelaatbaarheid.",
    "Het bestuur heeft in november 2024 besloten het verdeelmodel grondig te evalueren.",
    "De uitkomst van die evaluatie bepaalt zowel de verdeling van de middelen als de meerjarenbegroting.",
    "Wij hebben afgesproken dat we in het schooljaar 2025-2026 in kaart brengen waar ons aanbod tekortschiet.",
    "Wij hebben ervoor gekozen het financiële kader niet in dit meerjarige plan op te nemen.",
    "Het gesprek over een gezamenlijk niveau van basisondersteuning voeren wij in 2025 met de besturen.",
    "Voor ouders is er een aparte pagina met uitleg; die pagina is geen onderdeel van het kernplan.",
    "Welke criteria daarbij gelden, staat eveneens in het Toewijzingsreglement.",
    "De informatievoorziening aan ouders wordt vernieuwd; een nieuwe opzet verschijnt na vaststelling van dit plan.",
    "Het samenwerkingsverband onderzoekt samen met het samenwerkingsverband primair onderwijs en de gemeenten hoe het steunpunt vorm kan krijgen.",
    "Over de vorm en de financiering wordt in schooljaar 2025-2026 een besluit genomen.",
    "We verwachten dat het steunpunt op 1 augustus 2026 van start gaat.",
    "Hoe de terugplaatsing precies verloopt, bekijken de sbo- of so-school en de basisschool per kind.",
    # session 7
    "Kijk op de pagina Toelaatbaarheid voor de procedure en de criteria.",
    "Afspraken over een gezamenlijk niveau van basisondersteuning maken de besturen wanneer de landelijke norm basisondersteuning bekend is.",
    "Het samenwerkingsverband richt in de planperiode een ouder- en jeugdsteunpunt in, zoals de Wet versterking positie ouders en leerlingen voorschrijft.",
    "Afspraken met de gemeenten over thuiszitters en leerlingenvervoer worden na de gemeenteraadsverkiezingen van 2026 opnieuw gemaakt.",
    "Het verband vernieuwt in 2026 zijn informatievoorziening aan ouders.",
    "Bijlagen (afzonderlijk vastgesteld): A Basisondersteuning, B Procedure TLV, C Financieel kader en verdeelmodel, D Meerjarenbegroting",
    "Een door alle besturen vastgesteld niveau van basisondersteuning, dat voor alle vestigingen als ondergrens geldt, heeft Noordoever op dit moment niet.",
    "Het bestuur heeft daarom besloten de kwaliteitszorg opnieuw in te richten.",
    "De gemeenten en het samenwerkingsverband hebben afgesproken in 2026 een gezamenlijke agenda op te stellen.",
    "In het besturenoverleg van november 2024 is afgesproken dat het bureau in het eerste jaar van de planperiode een inventarisatie maakt van het bestaande aanbod.",
    "Het bestuur heeft ervoor gekozen de beoogde resultaten niet vooraf vast te leggen, maar ze in het eerste planjaar samen met de scholen te formuleren.",
    "In dat protocol staan de procedure, de criteria en de wijze waarop het samenwerkingsverband zich laat adviseren.",
    "Een overzicht van organisaties waar ouders terechtkunnen voor onafhankelijk advies, staat op de ouderpagina van onze website.",
    "Hoe de middelen over de scholen worden verdeeld, is vastgelegd in het verdeelmodel.",
    "de procedure en criteria voor toelaatbaarheidsverklaringen voor het sbo en het so (Deel B, hoofdstuk 2);",
    "De analyse van de dekkendheid van het aanbod, inclusief de aanpak van thuiszitters, wordt in schooljaar 2026-2027 uitgevoerd.",
    "De nieuwe route wordt vóór de zomervakantie op de website gepubliceerd.",
    "De tekst wordt na bespreking in het directeurenoverleg van 7 april 2026 ingevoegd.",
    "Deze conceptversie bevat hierover daarom nog geen inhoud.",
    "Het financiële beleid van het samenwerkingsverband wordt uitgewerkt in de meerjarenbegroting 2025-2029.",
    "Wij hebben ervoor gekozen dit hoofdstuk pas in te vullen als de keuzes rond het steunpunt zijn gemaakt.",
    "Het plan is geschreven voor schoolbesturen, schoolleiders, intern begeleiders, leraren, ouders en onze partners.",
    "De financiële paragraaf - de verdeelsystematiek en de meerjarenbegroting - is ondergebracht in het afzonderlijke 'Financieel kader Lingebroek 2025-2029'.",
    "De verdeling van de middelen over de besturen gebeurt volgens de systematiek uit de Kadernotitie bekostiging 2021.",
    "Een werkgroep van intern begeleiders en orthopedagogen werkt aan één geharmoniseerde procedure, met bijbehorende criteria.",
    "Welke gevolgen dat heeft voor de samenwerking met de jeugdhulp, bespreken we bij het opstellen van de gezamenlijke agenda.",
    "De indicatoren, de bronnen en de momenten van rapportage worden dan vastgesteld.",
    "Het beleid ten aanzien van terugplaatsing wordt in het eerstvolgende jaarplan opgenomen.",
    "Een ouder- en jeugdsteunpunt richten we samen met SWV PO Delta Noord op.",
    "Een onafhankelijk ouder- en jeugdsteunpunt is er in het Heuvelland nog niet.",
    "Volgens welke sleutel de middelen worden verdeeld, wordt vastgelegd in het nieuwe verdeelmodel dat het bestuur in 2027 vaststelt.",
    "In de afgelopen planperiode zijn wij begonnen met het in kaart brengen van het aanbod in de regio.",
    "Het verband is begonnen met de voorbereiding van een ouder- en jeugdsteunpunt.",
    "Over de verdeling van de middelen en de meerjarenbegroting verschijnt een afzonderlijk document: de Financiële kadernota 2026-2030.",
    "Iedere school beschrijft in haar schoolondersteuningsprofiel welke ondersteuning zij biedt.",
    "De commissie toetst iedere aanvraag aan het Toetsingskader toelaatbaarheid Zuiderpolders.",
    "De TLC beoordeelt elke aanvraag aan de hand van het Toetsingskader toelaatbaarheid Hunzedal.",
    "Over thuiszitters en kinderen zonder passende plek maken we in 2026 nieuwe werkafspraken met de gemeenten.",
    "Het algemeen bestuur stelt het nieuwe verdeelmodel vast na advies van de werkgroep financiën.",
    "Ook de aanpak van thuiszitters krijgt daarin een plaats.",
    "Het samenwerkingsverband en de gemeenten willen een gezamenlijke analyse maken van jongeren die geen passende plek hebben.",
    "Zodra de landelijke norm voor basisondersteuning wettelijk is verankerd, wordt het referentiekader daarop aangepast.",
    "Het financiële kader voor de planperiode was bij het vaststellen van dit plan nog niet gereed.",
    "Het plan beschrijft onder meer de basisondersteuning, de verdeling van de middelen en de toelaatbaarheid.",
    # session 8
    "Zodra het steunpunt van start gaat, informeren wij ouders daarover via de scholen en de website.",
    "Het samenwerkingsverband herziet op dit moment het verdeelmodel.",
    "Welke basisondersteuning elke school biedt, leest u in de Ondersteuningsgids op deze website.",
    "De verdeling van het budget over de schoolbesturen volgt tot 31 juli 2027 de afspraken van de rechtsvoorgangers.",
    "Tot 1 augustus 2027 handelen de drie voormalige loketten aanvragen af volgens hun eigen werkwijze.",
    "Hoe de terugplaatsing verloopt, leggen de sbo- en so-scholen vast in hun eigen terugplaatsingsprotocol.",
    "Voor een verlenging geldt het Reglement Toelaatbaarheid.",
    "Een sluitende aanpak voor thuiszitters wordt in 2026 samen met de afdeling leerplicht van de gemeente Hoornkamp opgesteld.",
    "Een onafhankelijk ouder- en jeugdsteunpunt wordt samen met het samenwerkingsverband PO ingericht.",
    "Een analyse van witte vlekken in het aanbod maken wij in 2027 als onderdeel van de regionale agenda met gemeenten.",
    "Breedwater actualiseert de analyse van het dekkend netwerk in 2027.",
    "Hoe we dit gaan meten, hoe vaak en aan wie we erover rapporteren, moeten we nog afspreken met het bestuur.",
    "Er wordt gewerkt aan een monitor; daarover later meer.",
    "Verdeelmodel: in herziening",
    "Besluit nieuw verdeelmodel: voorjaar 2027",
    "-> nieuw communicatieplan, gereed Q3 2026",
    "Wij werken aan een ouder- en jeugdsteunpunt.",
    "Het steunpunt start naar verwachting in 2027.",
    "De volgende ontwikkelopgaven zijn geprioriteerd: het beoordelingskader toelaatbaarheid (2026-2027), de lacuneanalyse (2027).",
    "Met ingang van 1 augustus 2027 werkt Kempenrand met een nieuw verdeelmodel.",
    "Het ouder- en jeugdsteunpunt richten wij in de loop van 2026 in; zodra dat gebeurd is, volgt informatie op de website.",
    "De bijlagen bevatten een lijst met afkortingen en informatie over ouders en leerlingen.",
    "Een analyse of het aanbod in de regio dekkend is, staat voor 2027 op de planning.",
    "Het bestuur stelt het nieuwe niveau van basisondersteuning vóór 1 augustus 2027 vast, na instemming van de OPR.",
    "Met de komst van een landelijke norm voor basisondersteuning herzien we onze afspraken.",
    "De nieuwe werkwijze wordt uiterlijk 1 januari 2027 op de website gepubliceerd.",
    "We vernieuwen de manier waarop scholen een TLV aanvragen.",
    "De financiële paragraaf, met het verdeelmodel en de meerjarenbegroting, wordt ieder jaar afzonderlijk door het bestuur vastgesteld.",
    "Informatie voor ouders volgt op de nieuwe website van het samenwerkingsverband, die in 2026 live gaat.",
    "Hoe dit in stappen verloopt, wordt vastgelegd in een werkinstructie die nog met de vso-scholen wordt afgestemd.",
    "Een communicatieplan voor ouders wordt dit schooljaar opgesteld.",
    "We willen toe naar een dashboard dat besturen en de ondersteuningsplanraad inzicht geeft.",
    "Het beleidskader terugplaatsing wordt daarna aan het plan toegevoegd.",
    "Een onafhankelijk ouder- en jeugdsteunpunt richten wij in met ingang van het schooljaar 2027-2028.",
    "Dit ondersteuningsplan beschrijft die toewijzing niet opnieuw.",
    "Of een leerling toelaatbaar is, beoordeelt het Toewijzingsteam aan de hand van het Toetsingskader Toelaatbaarheid.",
    "Zolang niet duidelijk is wat die norm inhoudt, stellen de besturen geen eigen verbandbrede afspraken vast.",
    "De evaluatie van het ondersteuningsplan 2022-2026 wordt in het najaar van 2026 afgerond.",
    "De verdeling van de middelen en de meerjarenbegroting maken geen deel uit van dit koersdocument.",
    "In de loop van 2026 brengen wij in kaart waar het aanbod tekortschiet en welke kinderen nu geen passende plek hebben.",
    "Een aanpak voor thuiszitters volgt daarna in overleg met de gemeenten.",
    "Hoe de aanvraag verloopt, ziet u straks in het stroomschema dat op deze pagina komt.",
    "Hoe wij de voortgang gaan volgen, beschrijven wij in een nieuw kwaliteitskader.",
    "De wijze waarop wij ouders informeren, wordt uitgewerkt nadat de wet in werking is getreden.",
    "Voor de resultaten van het samenwerkingsverband verwijzen wij naar het meest recente jaarverslag op onze website.",
    "In het jaarplan 2026 werken wij een communicatieplan uit, waarin ook de informatievoorziening aan ouders een plek krijgt.",
    "Over leerlingen die thuis dreigen te zitten maken wij nadere afspraken met de gemeenten.",
    "Over thuiszitters rapporteren wij in het jaarverslag; een regionale aanpak wordt in overleg met de gemeenten uitgewerkt.",
    "De nieuwe criteria worden op dit moment door de CvT opnieuw geformuleerd.",
    "Voor onafhankelijk advies en ondersteuning verwijzen wij ouders naar de ouderpagina van onze website.",
    "De verdeling van deze middelen wordt ieder jaar vastgesteld en daarna gepubliceerd op www.hunzedal-po.nl/middelen.",
    "Hoe de terugplaatsing stap voor stap verloopt, is nog in bewerking.",
    "De uitkomsten van deze inventarisatie nemen wij op in de eerste voortgangsrapportage bij dit plan.",
    "In het OOGO is afgesproken dat het onderwerp thuiszitters in 2026 gezamenlijk wordt opgepakt.",
    "Verdeelmodel ondersteuningsmiddelen (pdf)",
    "Of deze voorzieningen voor alle scholen het gezamenlijke minimumniveau worden, besluiten de besturen nadat de landelijke norm is vastgesteld.",
    "Over de inrichting van een ouder- en jeugdsteunpunt besluit het bestuur in de loop van het schooljaar 2026-2027.",
    "Ook de aanpak van thuiszitters wordt daarin meegenomen.",
    "Het kwaliteitskader wordt ter instemming aan de ondersteuningsplanraad voorgelegd.",
    "Hoe leerlingen vanuit het vso terugkeren naar het reguliere voortgezet onderwijs wordt besproken in het Regionaal Overleg VSO.",
    "Voor onafhankelijke ondersteuning verwijzen wij ouders naar de informatie op onze website.",
    "Een uitgewerkt stappenplan voor terugplaatsing, met de rollen van school, ouders en Loket, stellen we samen met de sbo- en so-scholen op.",
    "Ook de vraag waar in de regio nog voorzieningen ontbreken, nemen we mee in een analyse die we in 2027 uitvoeren.",
    "De doelen die wij voor leerlingen met extra ondersteuning nastreven, worden elk jaar in het jaarplan geformuleerd.",
    "Wij nemen beide op in het jaarplan 2027-2028, nadat de leerplichtambtenaren hun nieuwe registratie hebben ingericht.",
    "Voor onafhankelijke hulp bij vragen kunnen ouders en jongeren straks terecht bij een ouder- en jeugdsteunpunt.",
    "Het beleid voor terugplaatsing, met de doelen en de voorwaarden, wordt door het nieuwe verband opnieuw geformuleerd.",
    "De verdeling en besteding van de middelen leggen wij jaarlijks vast in de begroting die het bestuur in december vaststelt.",
    "De aanvraag en beoordeling van toelaatbaarheidsverklaringen verlopen volgens de Regeling Toelaatbaarheid Heuvelland.",
    "Het samenwerkingsverband heeft nog geen eigen beleid voor terugplaatsing naar het basisonderwijs.",
    "Een uitgewerkt afwegingskader met toelaatbaarheidscriteria wordt opgesteld na de evaluatie van de huidige werkwijze.",
    "Scholen vinden de werkwijze voor het aanvragen van een TLV in de handleiding Toewijzing in het aanvraagportaal.",
    "Hoe een aanvraag voor een TLV, lwoo of pro verloopt, staat in de digitale handleiding op de website.",
    "Hoe wij ouders informeren over de ondersteuningsmogelijkheden, beschrijft deel B.",
    "De financiële vertaling van dit plan, met het verdeelmodel, volgt in de kaderbrief die het bestuur in het najaar vaststelt.",
    "Over de verdeling en besteding daarvan zijn afspraken gemaakt in de Kadernota Financiën 2025-2029.",
    "De basisondersteuning van iedere school is beschreven in het schoolondersteuningsprofiel van die school.",
    "De aanvraagprocedure wordt per 1 augustus 2026 gedigitaliseerd; de nieuwe procedurebeschrijving publiceren we dan op de website.",
    "Voor de criteria verwijzen we naar de handreiking lwoo en pro van het samenwerkingsverband.",
    "Welk beleid het verband ten aanzien van terugplaatsing voert - de doelen en de voorwaarden - bepaalt het bestuur na de evaluatie in 2027.",
    "Welke resultaten we voor kinderen met een ondersteuningsbehoefte willen bereiken en hoe we die volgen, beschrijven we daarin.",
    "Hoe een aanvraag voor een TLV verloopt en binnen welke termijn wordt besloten, staat stap voor stap op www.swv-ijsselvallei.nl/aanvragen.",
    "Over de inhoud en het niveau van de basisondersteuning voeren de besturen een herijkingsgesprek, in afwachting van de landelijke norm.",
    "Met de leerplichtambtenaren hebben we afgesproken dat we de aanpak in de loop van de planperiode opnieuw bekijken.",
    "Over een onafhankelijk steunpunt voor ouders en jongeren besluiten wij samen met de buurverbanden in de loop van 2026.",
    "De werkgroep Terugkeer legt dat stappenplan na de zomer van 2026 aan het bestuur voor.",
    "Het project moet leiden tot nieuwe afspraken over de basisondersteuning in het verband.",
    "Hoe het aanbod in de regio in elkaar zit en waar het tekortschiet, brengen we in kaart in het project 'Kaart van Kempenrand'.",
    "Over de inrichting van een ouder- en jeugdsteunpunt zijn we in gesprek met de andere samenwerkingsverbanden in de regio.",
    "Over de aanpak van thuiszitters maken we in het OOGO van het najaar van 2026 nieuwe afspraken.",
    "Hoe wij de voortgang op deze resultaten gaan volgen en daarover rapporteren, ligt nog niet vast.",
    "De inhoudelijke criteria voor sbo en so worden op dit moment regionaal herijkt, samen met de sbo-scholen.",
    "Hoe het aanbod samenhangt - van de basisondersteuning tot het speciaal onderwijs - brengen we in beeld in de Waalzicht-ondersteuningskaart.",
    "De beschrijving van de extra ondersteuning wordt vastgelegd in een afzonderlijk Koersdocument.",
    "Een uitgewerkte paragraaf over de resultaten nemen we op in de eerste voortgangsparagraaf, in het voorjaar van 2027.",
    "De verdeling en besteding beschrijven wij in de jaarlijkse begroting en het financieel beleidsplan.",
    "Ook de aanpak van thuiszitters stemmen we dan met hen af.",
    "Het samenwerkingsverband stelt geen eigen regionaal niveau vast zolang de landelijke norm niet is vastgesteld.",
    "Hoe het traject verloopt - wie het initiatief neemt en wie besluit - leggen de vso-scholen samen vast in een protocol terugplaatsing.",
    "Aan welke criteria een aanvraag moet voldoen, staat in het overzicht 'Criteria toelaatbaarheid' op www.swvduinstreek.nl/tlv.",
    "Tot dan verwijzen we naar www.swvheuvellandmaas.nl.",
    "Voor onafhankelijk advies zullen ouders terecht kunnen bij het ouder- en jeugdsteunpunt dat het verband in de loop van schooljaar 2026-2027 opricht.",
    "Onze communicatie-aanpak voor ouders vernieuwen we dit jaar.",
    "De besturen verkennen samen met de gemeente hoe zij daar gezamenlijk op kunnen inspelen.",
    "De aanvraagroute voor een toelaatbaarheidsverklaring wordt per 1 augustus 2026 opnieuw ingericht en gedigitaliseerd.",
    "Beide documenten staan na vaststelling op de website.",
    "De middelen van het verband worden verdeeld volgens het verdeelmodel dat de algemene vergadering jaarlijks vaststelt.",
    "Deze uitgangspunten zijn in werksessies met scholen vertaald naar ambities die in de volgende hoofdstukken terugkomen.",
    "Een analyse van de plekken waar het aanbod in de stad tekortschiet, volgt in de eerste voortgangsrapportage.",
    "In de komende planperiode willen we samen met leerplicht onderzoeken hoe we beter zicht krijgen op deze kinderen.",
    "Over dit onderwerp lopen gesprekken met de vso-scholen in en rond de regio.",
    "Het beleid rond terugplaatsing - doelen, voorwaarden en begeleiding na terugkeer - wordt herijkt na de evaluatie van de pilot 'Terug naar de wijk'.",
    "Dit plan gaat daarom niet in op bedragen of verdeelsleutels.",
    "Omdat het samenwerkingsverband nieuw is, beschikken we nog niet over een gezamenlijke nulmeting.",
    "Zij maakt ze bekend aan de intern begeleiders via het besloten deel van de website.",
    "De ondersteuningsmiddelen worden over de besturen verdeeld volgens het Verdeelbesluit van het algemeen bestuur van 2019.",
    "Het samenwerkingsverband legt de verdeling van de middelen en de meerjarenbegroting jaarlijks vast in het jaarplan en de begroting.",
    "Hoe de terugplaatsing stap voor stap verloopt, wie het initiatief neemt en op welke momenten wordt geëvalueerd, leggen SBO De Wissel en SO De Kom samen met het samenwerkingsverband nog vast.",
    "Het ouder- en jeugdsteunpunt richten we in samen met het samenwerkingsverband PO; de start is voorzien op 1 augustus 2027.",
    "Op welke manier wij deze ambities volgen, met welke bronnen en wanneer wij erover rapporteren, krijgt een plek in het kwaliteitskader van het samenwerkingsverband.",
    "Dit onderdeel werken we uit na de evaluatie van de pilot 'Terugkeer met steun', die loopt tot de zomer van 2026.",
    "Het thuiszittersprotocol wordt in overleg met de leerplichtambtenaren geactualiseerd.",
    "De CAT werkt aan één set criteria voor de nieuwe stichting.",
    "Onder welke voorwaarden terugkeer wenselijk is en welke begeleiding een kind na de overstap krijgt, beschrijven wij in het terugplaatsingsbeleid van het nieuwe verband.",
    "Over de manier waarop wij ouders in de toekomst informeren over de ondersteuningsmogelijkheden, willen wij eerst met ouders zelf in gesprek.",
    "Wij vinden goede informatie voor ouders belangrijk en gaan daar de komende periode mee aan de slag.",
    "De inventarisatie loopt; de uitkomsten en eventuele afspraken met de gemeenten krijgen een plek in de actualisatie van dit plan in 2027.",
    "De concrete doelen voor de planperiode worden geformuleerd in het jaarplan 2026-2027, nadat de tevredenheidspeiling is afgerond.",
    "Ook de toelichting op de verdeling van de middelen over de besturen staat daar.",
    "Ook de analyse van witte vlekken in het aanbod is nog niet afgerond.",
    "Hoe en wanneer we deze resultaten meten en aan wie we erover rapporteren, bepalen we samen met de OPR bij de start van de planperiode.",
    "Hoe we omgaan met leerlingen voor wie geen passende plek beschikbaar is, nemen we daarin mee.",
    "De paragraaf over de informatievoorziening aan ouders herschrijven we na de inwerkingtreding van de Wet versterking positie ouders en leerlingen.",
    "De beoogde en bereikte resultaten worden opgenomen in het eerste bestuursverslag onder dit plan.",
    "De afspraken over de basisondersteuning worden herijkt in het licht van de landelijke norm.",
    "Een overzicht van alle voorzieningen in de regio, van extra ondersteuning op school tot het vso, staat op de Kaart van het aanbod.",
    "Hoe de middelen voor lichte ondersteuning over de schoolbesturen worden verdeeld, wordt vastgelegd in een nieuw verdeelmodel.",
    "De beoogde resultaten voor leerlingen met een ondersteuningsbehoefte formuleren de schoolbesturen in hun eigen strategisch beleidsplan.",
    "Of er leerlingen zijn voor wie in ons gebied geen passend aanbod bestaat, zoeken we in het eerste jaar van de planperiode uit.",
    "De gemeenten en het samenwerkingsverband verkennen samen de inrichting van een ouder- en jeugdsteunpunt; zodra daarover is besloten, informeren wij ouders.",
    "Over een nieuw verdeelmodel besluit de algemene ledenvergadering in de loop van 2026.",
    "Het thema dekkend aanbod pakken wij op in een werkgroep met de besturen.",
    "Het beleid rond terugplaatsing - welke doelen wij nastreven en welke begeleiding de ontvangende school krijgt - wordt opnieuw bezien.",
    "Het ouder- en jeugdsteunpunt, waar ouders met vragen terechtkunnen, richten we in de loop van 2026 in samen met de PO-verbanden.",
    "De aanpak van thuiszitters en jongeren zonder passende plek wordt op basis van die analyse vastgesteld.",
    "Hoe de stappen rond terugkeer precies worden gezet, spreken de vso-scholen en de vo-scholen onderling af.",
    "Hoe het samenwerkingsverband de middelen verdeelt en besteedt, staat in de jaarlijkse begroting en het jaarverslag.",
    "De besturen werken sinds het najaar van 2024 aan een herziening van de basisondersteuning in het traject Basis op orde.",
    "Hoe een terugplaatsing in de praktijk verloopt, leggen de sbo-school en de basisscholen vast in een werkafspraak die uiterlijk bij de evaluatie van dit plan gereed is.",
    "De aanvraagroute voor een toelaatbaarheidsverklaring, inclusief formulieren en termijnen, vindt u op kempenrand.nl/tlv.",
    "Het samenwerkingsverband bereidt de inrichting van een ouder- en jeugdsteunpunt voor.",
    "De herijking van de afspraken over basisondersteuning loopt nog.",
    "De route voor het aanvragen van een TLV herzien wij op dit moment.",
    "De stappen, de rolverdeling en de evaluatiemomenten leggen we vast in het nog op te stellen terugkeerprotocol.",
    "Op de website www.venenenplassen-po.nl vinden ouders een uitleg over de aanvraag van een TLV, met een stappenplan.",
    "Welke voorzieningen, interventies en expertise dat precies zijn, legt iedere school vast in haar schoolondersteuningsprofiel.",
    "Deze bijlage wordt na vaststelling van de regionale afspraken over het ouder- en jeugdsteunpunt toegevoegd.",
    "Over de verdeelsleutel en de criteria neemt de raad van toezicht op voorstel van de directeur-bestuurder in de loop van 2027 een besluit.",
    "Wij bereiden ons hierop voor; over de vorm en de bereikbaarheid van een onafhankelijk steunpunt volgt nadere informatie op de website.",
    "Dit hoofdstuk wordt na de OOGO-ronde van april 2026 ingevuld, zodat de afspraken met de gemeenten erin kunnen worden verwerkt.",
    "Ook de afspraken met de leerplichtambtenaren over kinderen die niet naar school gaan, nemen wij pas op nadat het regionale convenant is herzien.",
    "Het samenwerkingsverband onderzoekt of de aanvraag via het Loket kan verlopen of via een aparte commissie.",
    "Na de evaluatie van de afgifte van toelaatbaarheidsverklaringen in het voorjaar van 2026 vullen wij haar aan.",
    "Een aanpak voor thuiszitters maakt onderdeel uit van de nieuwe samenwerkingsagenda met de gemeenten, die op dit moment wordt opgesteld.",
    "De resultatenrapportage over 2025 is opgenomen als bijlage 4.",
]


@pytest.mark.parametrize("sentence", DEFERS_OR_REFERS + DEFERS_TOO)
def test_sentence_defers_or_refers(sentence):
    from opcheck.checks import _text_flags
    deferred, referral = _text_flags(sentence)[:2]
    assert deferred or referral


@pytest.mark.parametrize("sentence", COUNTS)
def test_sentence_still_counts(sentence):
    from opcheck.checks import _text_flags
    deferred, referral = _text_flags(sentence)[:2]
    assert not deferred and not referral


def test_gated_flags_agree_with_ungated_scan():
    """The term gates only skip work: with the matcher's hits or without, every sentence gets the same flags."""
    from opcheck import checklist
    from opcheck.checks import _text_flags
    from opcheck.text import Matcher, fold_keep_case, match_text
    checklist.load("po")
    matcher = Matcher()
    for sentence in DEFERS_OR_REFERS + DEFERS_TOO + COUNTS:
        hits = matcher.hits(match_text(fold_keep_case(sentence)))
        assert _text_flags(sentence, hits) == _text_flags(sentence), sentence


def test_one_stray_mention_is_no_procedure(tmp_path):
    """A TLV procedure has parts (who applies, who decides, term, file); 'geeft TLV's af' alone is not one."""
    body = ("## 4 Toelaatbaarheid\n\nHet samenwerkingsverband geeft toelaatbaarheidsverklaringen af voor het sbo en het so.\n")
    e = element(check_paths([plan(tmp_path, body)], CheckOptions()), "plaatsing")
    assert not next(c for c in e.criteria if c.id == "procedure").met
    body += "De school vraagt de TLV aan bij het loket; de commissie besluit binnen zes weken.\n"
    e = element(check_paths([plan(tmp_path, body)], CheckOptions()), "plaatsing")
    assert next(c for c in e.criteria if c.id == "procedure").met


def test_organisation_chapter_mentions_are_passing_when_the_element_has_a_chapter(tmp_path):
    body = ("## 4 Toelaatbaarheid\n\nDe toelaatbaarheid tot het sbo en so wordt in de loop van 2027 opnieuw vastgesteld.\n\n"
            "## 9 Organisatie en personeel\n\nDe leden van de commissie toewijzing volgen jaarlijks scholing over het "
            "aanvragen van een TLV en de termijnen binnen zes weken.\n")
    e = element(check_paths([plan(tmp_path, body)], CheckOptions()), "plaatsing")
    assert not next(c for c in e.criteria if c.id == "procedure").met


def test_footer_repeated_in_every_section_does_not_count(tmp_path):
    footer = ("Vragen? Bel het onafhankelijke Ouder- en Jeugdsteunpunt Proefland: 0113 745 200 · Onderwijsconsulenten "
              "· Privacyverklaring")
    sections = "".join(f"## {i} Hoofdstuk {i}\n\nTekst over het samenwerkingsverband in hoofdstuk {i}.\n\n{footer}\n\n"
                       for i in range(1, 5))
    e = element(check_paths([plan(tmp_path, sections)], CheckOptions()), "ouders")
    assert not next(c for c in e.criteria if c.id == "steunpunt").met


def test_a_label_paragraph_is_no_evidence(tmp_path):
    body = ("## 6 Toelaatbaarheid\n\nDe school vraagt de TLV aan bij het loket; de commissie besluit binnen zes weken.\n\n"
            "6.2 Criteria.\n\nDe criteria volgen in 2027.\n")
    e = element(check_paths([plan(tmp_path, body)], CheckOptions()), "plaatsing")
    assert not next(c for c in e.criteria if c.id == "criteria").met


def _criterion(report, element_id, criterion_id):
    return next(c for c in element(report, element_id).criteria if c.id == criterion_id)


TLV_STEPS = ("De school vraagt de toelaatbaarheidsverklaring aan bij de commissie met het groeidocument. "
             "De commissie besluit binnen zes weken na ontvangst van het volledige dossier.\n")


def test_shared_heading_gives_neutral_sentences_to_its_first_topic(tmp_path):
    """'Toelaatbaarheid, terugplaatsing en overplaatsing' holding only admission steps addresses no return."""
    body = "## 5 Toelaatbaarheid, terugplaatsing en overplaatsing\n\n" + TLV_STEPS
    report = check_paths([plan(tmp_path, body)], CheckOptions())
    assert _criterion(report, "plaatsing", "procedure").met
    assert element(report, "terugstroom").status == MISSING
    body += ("Na afloop van de TLV bespreekt de sbo-school met ouders of terugplaatsing mogelijk is; "
             "de commissie besluit daarover binnen vier weken.\n")
    assert _criterion(check_paths([plan(tmp_path, body)], CheckOptions()), "terugstroom", "procedure").met


def test_subheading_of_another_element_needs_this_elements_words(tmp_path):
    body = ("## 8 Plaatsing en terugplaatsing\n\n### 8.1 Hoe vraagt een school een toelaatbaarheidsverklaring aan?\n\n"
            + TLV_STEPS + "De commissie weegt elke aanvraag zorgvuldig en bespreekt die met de ouders.\n")
    report = check_paths([plan(tmp_path, body)], CheckOptions())
    assert _criterion(report, "plaatsing", "procedure").met
    assert not _criterion(report, "terugstroom", "procedure").met


def test_connective_lead_in_lends_the_sentence_before_it(tmp_path):
    body = ("## 11 Communicatie\n\nWij willen dat iedere ouder weet welke hulp er is. Daarom:\n\n"
            "- staat op onze website per school wat die school biedt, met een filmpje over de basis;\n"
            "- is er een folder in vijf talen over wat de school voor een kind kan doen;\n"
            "- houden we twee keer per jaar een avond in elke gemeente.\n")
    assert _criterion(check_paths([plan(tmp_path, body)], CheckOptions()), "ouders", "informatie").met


def test_caption_pointing_at_the_table_below_lends_its_words(tmp_path):
    table = ("| Hoe we volgen | Wanneer | Waar gerapporteerd |\n|---|---|---|\n"
             "| Tellingen thuiszitters en wachtlijsten | Elke maand | Dashboard bestuur |\n"
             "| Peiling bij scholen | Jaarlijks, mei | Jaarverslag |\n")
    body = "## 10 Hoe gaat het?\n\nOnze doelen en de manier waarop we ze volgen staan in de tabel hieronder.\n\n" + table
    assert _criterion(check_paths([plan(tmp_path, body)], CheckOptions()), "resultaten", "monitoring").met
    body = "## 10 Hoe gaat het?\n\nDe cijfers zijn besproken met de directeuren van de scholen.\n\n" + table
    assert not _criterion(check_paths([plan(tmp_path, body)], CheckOptions()), "resultaten", "monitoring").met


def test_colofon_is_no_evidence(tmp_path):
    body = ("## Colofon\n\nAan dit plan werkten mee: de werkgroep terugplaatsing, de commissie toelaatbaarheid, "
            "de auditcommissie financien en het ouderpanel; de commissie besluit over de stappen.\n")
    assert element(check_paths([plan(tmp_path, body)], CheckOptions()), "terugstroom").status == MISSING


def test_naming_quality_care_is_no_monitoring(tmp_path):
    body = "## 9 Kwaliteit en resultaten\n\nDe kwaliteitszorg van het samenwerkingsverband is in 2025 onder de loep genomen.\n"
    assert not _criterion(check_paths([plan(tmp_path, body)], CheckOptions()), "resultaten", "monitoring").met
    body = ("## 9 Kwaliteit en resultaten\n\nIn onze kwaliteitszorg bespreekt het bestuur elk kwartaal de cijfers over "
            "thuiszitters en doorlooptijden.\n")
    assert _criterion(check_paths([plan(tmp_path, body)], CheckOptions()), "resultaten", "monitoring").met


def test_reading_guide_sentence_lends_no_topic_to_the_next(tmp_path):
    body = ("## 1 Inleiding\n\nIn dit plan beschrijven we achtereenvolgens de basisondersteuning, de toelaatbaarheid, "
            "de informatie aan ouders en de resultaten. De hoofdstukken zijn zo geschreven dat ze ook los te lezen zijn.\n")
    assert element(check_paths([plan(tmp_path, body)], CheckOptions()), "ouders").status == MISSING


def test_summary_and_title_lines_are_no_evidence(tmp_path):
    """'In een oogopslag' summaries and numbered title lines name every element; neither addresses one."""
    body = ("## In een oogopslag\n\nOuders: ouders zijn goed geinformeerd en weten waar zij terechtkunnen voor "
            "onafhankelijke hulp bij het ouder- en jeugdsteunpunt.\n\n"
            "## 2 Koers\n\n6 Koerslijn 3 - Een passende plek voor iedereen (ouders, informatie, steunpunt)\n")
    assert element(check_paths([plan(tmp_path, body)], CheckOptions()), "ouders").status == MISSING


def test_recital_and_its_continuation_are_no_evidence(tmp_path):
    body = ("## 1 Inleiding\n\nDe wet schrijft voor dat een ondersteuningsplan in elk geval beschrijft: de wijze waarop "
            "ouders worden geinformeerd en waar zij terecht kunnen voor onafhankelijke ondersteuning. "
            "Daarnaast bevat het plan de informatie voor ouders over het ouder- en jeugdsteunpunt.\n")
    assert element(check_paths([plan(tmp_path, body)], CheckOptions()), "ouders").status == MISSING


def test_ambition_numbering_does_not_make_a_chapter_about_results(tmp_path):
    """'Ambitie 5 - Elke euro naar het kind' is a chapter about money in a plan organised by ambitions."""
    body = ("## 7 Ambitie 4 - Doelen en resultaten\n\nIn 2030 zit geen kind langer dan vier weken thuis; nu zijn dat er 9.\n\n"
            "## 8 Ambitie 5 - Elke euro naar het kind\n\n### 8.2 Zo verdelen we\n\n"
            "De verdeling van de middelen over de schoolbesturen gebeurt volgens het verdeelmodel.\n"
            "Ieder schoolbestuur ontvangt een bedrag per leerling van 165 euro op basis van de teldatum.\n\n"
            "## 9 Financien\n\nHet samenwerkingsverband ontvangt jaarlijks 7,9 miljoen euro aan ondersteuningsmiddelen.\n")
    assert _criterion(check_paths([plan(tmp_path, body)], CheckOptions()), "financien", "verdeling").met


def test_oogo_about_this_plan_and_responsibilities_are_no_advisory_evidence(tmp_path):
    body = ("## 10 Gemeenten\n\nHet op overeenstemming gericht overleg over dit plan vond plaats op 11 maart 2026.\n\n"
            "## 11 Bestuur\n\nSchoolbesturen zijn verantwoordelijk voor de kwaliteit van het onderwijs op hun scholen en "
            "de middelen die zij daarvoor inzetten.\n")
    report = check_paths([plan(tmp_path, body)], CheckOptions())
    assert not _criterion(report, "dekkend-aanbod", "ketenpartners").met
    assert not _criterion(report, "financien", "verantwoording").met


def test_naming_thuiszitters_is_no_approach_to_gaps(tmp_path):
    body = ("## 6 Dekkend aanbod\n\nHet aanbod loopt van de basis op school tot het speciaal onderwijs.\n"
            "Ook leerlingenvervoer, huisvesting en thuiszitters zijn gezamenlijke thema's.\n")
    assert not _criterion(check_paths([plan(tmp_path, body)], CheckOptions()), "dekkend-aanbod", "lacunes").met
    body += "Iedere maand bespreekt het thuiszittersoverleg met de leerplichtambtenaren alle gemelde kinderen.\n"
    assert _criterion(check_paths([plan(tmp_path, body)], CheckOptions()), "dekkend-aanbod", "lacunes").met


def test_gates_agree_with_ungated_scans_on_every_sample_sentence():
    """The term gates (deferral, reference, vagueness, future wording, concreteness) only skip work: on every
    sentence of the bundled samples, flags and signal kinds are the same with the matcher's hits or without."""
    from conftest import SAMPLES
    from opcheck import checklist, checks, concreteness
    from opcheck.readers import read_paths
    checklist.load("po")
    checklist.load("vo")
    checked = 0
    for path in sorted(SAMPLES.glob("*.*")):
        if path.suffix not in (".pdf", ".docx", ".md", ".txt", ".html"):
            continue
        index = checks.build_passages(read_paths([path]))
        for p in index.passages:
            text = p.text.strip()
            assert checks._text_flags(text, p.h_window | p.h_context) == checks._text_flags(text), text
            assert concreteness._kinds(p.text, p.h_window) == concreteness._kinds(p.text), p.text
            checked += 1
    assert checked > 1000


def test_bracketed_draft_notes_address_nothing(tmp_path):
    body = ("## 6 Toelaatbaarheid sbo/so\n\n[Tekst overnemen uit OP 2021-2025 en aanpassen aan de nieuwe werkwijze van de "
            "Commissie van Toelaatbaarheid. Criteria sbo nog afstemmen met de CvT; de school vraagt de TLV aan en de "
            "commissie besluit binnen zes weken.]\n")
    assert element(check_paths([plan(tmp_path, body)], CheckOptions()), "plaatsing").status == MISSING


def test_budget_table_rows_show_amounts_not_allocation_grounds(tmp_path):
    budget = ("## 8 Financien\n\nDe meerjarenbegroting is als volgt (bedragen x € 1.000):\n\n"
              "| Post | 2026 | 2027 | 2028 |\n|---|---|---|---|\n"
              "| Toekenning aan schoolbesturen (verdeelmodel) | 2.900 | 2.830 | 2.760 |\n"
              "| Totaal lasten | 4.860 | 4.740 | 4.630 |\n")
    report = check_paths([plan(tmp_path, budget)], CheckOptions())
    assert _criterion(report, "financien", "besteding").met
    assert not _criterion(report, "financien", "verdeling").met
    body = budget + "\nIeder schoolbestuur ontvangt € 150 per leerling op basis van de teldatum van 1 oktober.\n"
    assert _criterion(check_paths([plan(tmp_path, body)], CheckOptions()), "financien", "verdeling").met


def test_two_topics_side_by_side_in_a_heading_share_it(tmp_path):
    """'Basisondersteuning en extra ondersteuning' names two topics: the more specific cue ('extra ondersteuning')
    only wins over one it contains ('TLV' in 'TLV afloopt'), so the basic-support sentences stay basic support."""
    body = ("## 4 Basisondersteuning en extra ondersteuning\n\n"
            "Alle schoolbesturen hebben één gezamenlijk niveau van basisondersteuning vastgesteld dat elke school ten minste biedt.\n"
            "Op iedere school werken een intern begeleider en een gedragsspecialist, en elke school heeft een dyslexieprotocol.\n"
            "Elke school heeft een aanpak voor sociale veiligheid en een aanbod voor hoogbegaafde leerlingen.\n")
    report = check_paths([plan(tmp_path, body)], CheckOptions())
    assert element(report, "basisondersteuning").status == PRESENT


def test_one_sentence_listing_provisions_counts_as_content(tmp_path):
    body = ("## 4 Wat elke school biedt\n\n"
            "Alle schoolbesturen hebben zich verbonden aan één gezamenlijk niveau van basisondersteuning, zodat ouders op "
            "iedere school ten minste aantreffen: een intern begeleider, een ondersteuningsteam met de jeugdverpleegkundige, "
            "een aanbod voor leerlingen met leesproblemen en rekenproblemen, een aanpak voor sociale veiligheid en een OPP "
            "voor leerlingen met een eigen leerlijn.\n")
    report = check_paths([plan(tmp_path, body)], CheckOptions())
    assert _criterion(report, "basisondersteuning", "inhoud").met
    # one provision alone is no content
    body = "## 4 Wat elke school biedt\n\nOp iedere school in de basisondersteuning is een intern begeleider.\n"
    assert not _criterion(check_paths([plan(tmp_path, body)], CheckOptions()), "basisondersteuning", "inhoud").met


def test_ambitions_in_a_vision_chapter_need_a_figure_to_be_intended_results(tmp_path):
    vision = ("## 3 Missie, visie en ambities\n\n"
              "Voor de komende vier jaar hebben wij vier ambities geformuleerd: de basis op orde op iedere school en snelle "
              "ondersteuning wanneer de basis niet volstaat.\n")
    report = check_paths([plan(tmp_path, vision)], CheckOptions())
    assert not _criterion(report, "resultaten", "doelen").met
    measurable = vision + "Onze ambitie is dat in 2030 ten minste 95% van de leerlingen een passende plek heeft binnen twee weken.\n"
    assert _criterion(check_paths([plan(tmp_path, measurable)], CheckOptions()), "resultaten", "doelen").met


def test_a_heading_straight_above_a_table_titles_its_rows(tmp_path):
    """"8.2 Meerjarenbegroting (x € 1.000)" over rows of bare numbers: the rows are amounts in a budget."""
    body = ("## 8 Financiën\n\n### 8.2 Meerjarenbegroting (x € 1.000)\n\n"
            "| Post | 2026 | 2027 | 2028 |\n|---|---|---|---|\n| Schoolbudgetten | 1.430 | 1.420 | 1.410 |\n"
            "| OPDC en rebound | 1.310 | 1.330 | 1.350 |\n")
    assert _criterion(check_paths([plan(tmp_path, body)], CheckOptions()), "financien", "besteding").met
    untitled = body.replace("### 8.2 Meerjarenbegroting (x € 1.000)\n\n", "### 8.2 Overzicht\n\n")
    assert not _criterion(check_paths([plan(tmp_path, untitled)], CheckOptions()), "financien", "besteding").met


def test_short_items_under_a_lead_in_that_points_elsewhere_name_documents(tmp_path):
    body = ("## 2 Hoe werkt dit plan?\n\nDe uitwerking staat in andere documenten, die het bestuur vaststelt. Het gaat om:\n\n"
            "- het Protocol Toelaatbaarheid (bijlage 3 bij dit plan);\n"
            "- de Standaard basisondersteuning die voor alle scholen geldt (na de landelijke norm);\n")
    report = check_paths([plan(tmp_path, body)], CheckOptions())
    assert element(report, "basisondersteuning").status == MISSING


def test_a_reserve_is_no_spending_and_income_alone_is_no_budget(tmp_path):
    body = ("## 7 Geld\n\nVoor 2026 bedragen de inkomsten naar verwachting € 11,4 miljoen.\n"
            "Onze algemene reserve was op 31 december 2025 1,1 miljoen euro.\n")
    assert not _criterion(check_paths([plan(tmp_path, body)], CheckOptions()), "financien", "besteding").met
    body += "Van de begroting besteden wij € 2,1 miljoen aan arrangementen en € 0,9 miljoen aan het bureau.\n"
    assert _criterion(check_paths([plan(tmp_path, body)], CheckOptions()), "financien", "besteding").met


def test_a_budget_table_of_placeholders_shows_no_spending(tmp_path):
    table = ("| Meerjarenbegroting (x € 1.000) | 2026 | 2027 |\n|---|---|---|\n| Schoolbudgetten | p.m. | p.m. |\n"
             "| Bureau en loket | p.m. | p.m. |\n")
    body = "## 6 Geld\n\n" + table
    assert not _criterion(check_paths([plan(tmp_path, body)], CheckOptions()), "financien", "besteding").met
    filled = body.replace("| Schoolbudgetten | p.m. | p.m. |", "| Schoolbudgetten | 1.430 | 1.420 |")
    assert _criterion(check_paths([plan(tmp_path, filled)], CheckOptions()), "financien", "besteding").met


def test_channels_unnamed_are_vague():
    from opcheck.checks import _is_vague
    assert _is_vague("Wij vinden het belangrijk dat ouders de weg weten, en communiceren via meerdere kanalen.")
    assert not _is_vague("Wij informeren ouders via meerdere kanalen: de website, de schoolgids en een ouderavond in oktober.")


def test_an_annex_summary_heading_is_content_not_preamble():
    from opcheck.checks import _is_preamble_heading
    assert _is_preamble_heading("Samenvatting")
    assert not _is_preamble_heading("Bijlage 4 Ondersteuningsprofielen-samenvatting")
    assert not _is_preamble_heading("Ondersteuningsprofielen-samenvatting")


def test_a_look_back_needs_figures_to_show_monitoring(tmp_path):
    body = ("## 2 Terugblik op de vorige planperiode\n\nUit de evaluatie komt een gemengd beeld naar voren; "
            "de bevindingen van de inspectie zijn bij de evaluatie betrokken.\n")
    assert not _criterion(check_paths([plan(tmp_path, body)], CheckOptions()), "resultaten", "monitoring").met
    body += "Uit de evaluatie blijkt dat het aantal thuiszitters daalde van 41 naar 23 leerlingen (-44%).\n"
    assert _criterion(check_paths([plan(tmp_path, body)], CheckOptions()), "resultaten", "monitoring").met


def test_income_from_the_state_is_no_allocation(tmp_path):
    body = ("## 12 Geld\n\nHet samenwerkingsverband ontvangt van het Rijk een budget voor lichte en zware ondersteuning, "
            "berekend op basis van het aantal leerlingen in de regio.\n")
    assert not _criterion(check_paths([plan(tmp_path, body)], CheckOptions()), "financien", "verdeling").met
    body += "Ieder schoolbestuur ontvangt een schoolbudget van € 150 per leerling op basis van het aantal leerlingen op 1 oktober.\n"
    assert _criterion(check_paths([plan(tmp_path, body)], CheckOptions()), "financien", "verdeling").met


def test_a_plan_saying_no_level_was_agreed_has_no_agreed_level(tmp_path):
    body = ("## 4 Basisondersteuning\n\nOnder basisondersteuning verstaan wij de ondersteuning die elke school biedt zonder "
            "aanvraag bij het samenwerkingsverband: een intern begeleider, een dyslexieprotocol en een aanpak voor gedrag.\n"
            "Alle scholen bieden een ondersteuningsteam en een aanbod voor hoogbegaafde leerlingen.\n")
    assert _criterion(check_paths([plan(tmp_path, body)], CheckOptions()), "basisondersteuning", "niveau").met
    said = body + "Een gezamenlijk minimumniveau dat voor alle scholen geldt, is in onze regio nog niet vastgesteld.\n"
    assert not _criterion(check_paths([plan(tmp_path, said)], CheckOptions()), "basisondersteuning", "niveau").met
    # not an absence: the agreed level is the subject of a sentence about schools that fall short
    other = body + "Scholen die niet aan de afgesproken basisondersteuning voldoen, maken een verbeterplan.\n"
    assert _criterion(check_paths([plan(tmp_path, other)], CheckOptions()), "basisondersteuning", "niveau").met


def test_the_oogo_procedure_and_the_landscape_are_no_cooperation_on_support(tmp_path):
    body = ("## 12 Samenwerking met gemeenten\n\nHet OOGO volgt de procedure die het samenwerkingsverband en de gemeenten "
            "in 2020 hebben vastgelegd.\nOok in de jeugdhulp zijn de wachttijden lang; gemeenten sturen op kostenbeheersing.\n")
    assert not _criterion(check_paths([plan(tmp_path, body)], CheckOptions()), "dekkend-aanbod", "ketenpartners").met
    body += ("Met de gemeenten hebben we afgesproken dat jeugdhulp onder schooltijd op school mag plaatsvinden en dat "
             "de gemeenten de jeugdprofessional op school betalen.\n")
    assert _criterion(check_paths([plan(tmp_path, body)], CheckOptions()), "dekkend-aanbod", "ketenpartners").met


def test_a_return_arrangement_or_the_plan_period_is_no_tlv_validity(tmp_path):
    body = ("## 7 Terug naar de wijkschool\n\nNa de overgangsperiode wordt het kind ingeschreven op de wijkschool en eindigt de "
            "geldigheid van de toelaatbaarheidsverklaring.\nDit ondersteuningsplan beschrijft onze koers voor de schooljaren "
            "2026-2027 tot en met 2029-2030.\n")
    assert not _criterion(check_paths([plan(tmp_path, body)], CheckOptions()), "plaatsing", "duur-categorie").met
    body += "\n## 6 Toelaatbaarheid\n\nEen TLV voor het sbo is twee schooljaren geldig; bij het so bepaalt de commissie de categorie laag, midden of hoog.\n"
    assert _criterion(check_paths([plan(tmp_path, body)], CheckOptions()), "plaatsing", "duur-categorie").met


def test_a_tlv_duration_or_a_results_table_row_states_no_admission_criteria(tmp_path):
    body = ("## 5 Toelaatbaarheid\n\nVoor kinderen met een ernstige meervoudige beperking kan de commissie een TLV afgeven tot "
            "het einde van de basisschoolleeftijd.\n")
    assert not _criterion(check_paths([plan(tmp_path, body)], CheckOptions()), "plaatsing", "criteria").met
    body += ("Een leerling is toelaatbaar tot het sbo als de ondersteuningsbehoefte de mogelijkheden van de basisschool, "
             "ook met een arrangement, aantoonbaar overstijgt.\n")
    assert _criterion(check_paths([plan(tmp_path, body)], CheckOptions()), "plaatsing", "criteria").met


def test_ambitions_and_goal_tables(tmp_path):
    ambition = ("## 3 Ambitie voor de komende periode\n\nIn de komende vier jaar willen we de beweging van verwijzen naar "
                "versterken doorzetten, met meer ondersteuning voor leerlingen in de eigen school.\n")
    assert not _criterion(check_paths([plan(tmp_path, ambition)], CheckOptions()), "resultaten", "doelen").met
    goals = ambition + ("\n## 8 Koersdoelen 2030\n\n| Koersdoel | Vertrekpunt (2025) | Eindpunt (2030) |\n|---|---|---|\n"
                        "| Niemand zit langer dan drie maanden thuis | 14 leerlingen | 0 |\n")
    assert _criterion(check_paths([plan(tmp_path, goals)], CheckOptions()), "resultaten", "doelen").met


def test_a_plan_that_never_agreed_a_level_has_none(tmp_path):
    body = ("## 5 Wat scholen bieden\n\nAlle scholen bieden ten minste een intern begeleider, een dyslexieprotocol en een "
            "aanpak voor gedrag; dat bleek uit een inventarisatie.\nAnders dan veel andere verbanden heeft het samenwerkingsverband "
            "nooit een gezamenlijk minimumniveau van basisondersteuning afgesproken; de besturen laten dat aan de scholen.\n")
    assert not _criterion(check_paths([plan(tmp_path, body)], CheckOptions()), "basisondersteuning", "niveau").met


def test_slogans_and_what_parents_told_us_are_no_evidence():
    from opcheck.checks import _is_vague
    assert _is_vague("Het aantal thuiszitters is een zorg die wij met de gemeenten delen.")
    assert _is_vague("Iedere thuiszitter is er een te veel.")


def test_feedback_from_parents_is_no_information_channel(tmp_path):
    body = ("## 2 Wat ouders ons vertelden\n\nOuders gaven aan dat zij informatie over passend onderwijs soms moeilijk "
            "te vinden vinden.\n")
    assert not _criterion(check_paths([plan(tmp_path, body)], CheckOptions()), "ouders", "informatie").met
    body += "\n## 8 Ouders\n\nWij informeren ouders via de ouderpagina op onze website en een folder die alle scholen meegeven.\n"
    assert _criterion(check_paths([plan(tmp_path, body)], CheckOptions()), "ouders", "informatie").met


def test_a_row_of_figures_is_no_procedure(tmp_path):
    from opcheck.checks import _is_figures_row
    assert _is_figures_row("Afgegeven TLV's (schooljaar) | 58 | 61 | 64")
    assert _is_figures_row("Budget arrangementen | € 1.250.000 | 12%")
    assert not _is_figures_row("1 | aanvraag via het loket | schoolbestuur | binnen 6 weken")
    body = ("## 1 Over ons samenwerkingsverband\n\n| Kengetal | 2023 | 2024 | 2025 |\n|---|---|---|---|\n"
            "| Afgegeven TLV's en besluiten van de commissie | 58 | 61 | 64 |\n| Aanvragen bij het loket | 70 | 72 | 75 |\n")
    assert not _criterion(check_paths([plan(tmp_path, body)], CheckOptions()), "plaatsing", "procedure").met


def test_a_policy_statement_is_no_return_procedure_but_a_table_captioned_policy_still_is(tmp_path):
    body = ("## 6 Terug waar het kan\n\nOns beleid is dat bij ieder kind in het sbo jaarlijks wordt gekeken of terugkeer "
            "naar een basisschool in zicht is.\n")
    assert not _criterion(check_paths([plan(tmp_path, body)], CheckOptions()), "terugstroom", "procedure").met
    table = ("## 6 Terugkeer naar de basisschool\n\nDe tabel hieronder beschrijft ons beleid en onze werkwijze.\n\n"
             "| Stap | Afspraak |\n|---|---|\n| 1 | De sbo-school beoordeelt bij de jaarlijkse evaluatie van het OPP of terugplaatsing kan. |\n"
             "| 2 | In het laatste jaar van de TLV volgt een gesprek met ouders; de commissie besluit binnen vier weken. |\n")
    assert _criterion(check_paths([plan(tmp_path, table)], CheckOptions()), "terugstroom", "procedure").met


def test_figures_about_the_region_are_no_results_but_named_intended_results_are(tmp_path):
    context = ("## 2 Context en kengetallen\n\nBij het samenwerkingsverband zijn 9 schoolbesturen aangesloten; het "
               "leerlingenaantal daalt met 6 procent.\n")
    report = check_paths([plan(tmp_path, context)], CheckOptions())
    assert not _criterion(report, "resultaten", "meetbaar").met
    assert element(report, "resultaten").status == MISSING
    vision = ("## 5 Visie en ambities\n\nVoor leerlingen die extra ondersteuning nodig hebben, streeft het samenwerkingsverband "
              "in de periode 2026-2030 naar de volgende resultaten:\n\n- iedere leerling heeft binnen zes weken een passende plek;\n")
    assert _criterion(check_paths([plan(tmp_path, vision)], CheckOptions()), "resultaten", "doelen").met
    ambitions = "## 5 Visie en ambities\n\nOnze ambities voor 2025-2029 zijn: sterke basisondersteuning op alle scholen en minder bureaucratie.\n"
    assert not _criterion(check_paths([plan(tmp_path, ambitions)], CheckOptions()), "resultaten", "doelen").met


def test_a_right_to_information_or_news_for_schools_is_no_channel_for_parents(tmp_path):
    body = ("## 10 Ouders en communicatie\n\nOok leerlingen en hun ouders hebben recht op goede informatie.\n"
            "Het samenwerkingsverband communiceert met scholen via de nieuwsbrief voor intern begeleiders en de website.\n")
    assert not _criterion(check_paths([plan(tmp_path, body)], CheckOptions()), "ouders", "informatie").met


def test_criteria_sentences_and_named_regulations_are_no_admission_procedure(tmp_path):
    body = ("## 6 Toelaatbaarheid\n\nHet samenwerkingsverband toetst iedere aanvraag aan de volgende criteria.\n"
            "Voor de procedures rond toelaatbaarheid verwijzen wij naar het Loketreglement Groene Delta.\n")
    assert not _criterion(check_paths([plan(tmp_path, body)], CheckOptions()), "plaatsing", "procedure").met
    table = ("## 6 Toelaatbaarheid\n\n| Stap | Wie | Wat |\n|---|---|---|\n"
             "| 1 | Schoolbestuur | Aanvraag bij het loket met het groeidocument |\n"
             "| 2 | Commissie | De commissie besluit binnen 6 weken |\n")
    assert _criterion(check_paths([plan(tmp_path, table)], CheckOptions()), "plaatsing", "procedure").met


def test_finer_points_under_another_topics_subheading_of_the_chapter_count_but_its_core_does_not(tmp_path):
    body = ("## 6 Toelaatbaarheid tot sbo en so\n\nHet samenwerkingsverband geeft een TLV af voor het sbo en het so.\n\n"
            "### 6.1 Aanvraag\n\nHet schoolbestuur vraagt de TLV aan bij het loket met het "
            "groeidocument; de commissie besluit binnen zes weken.\n\n### 6.2 Bezwaar\n\nHet samenwerkingsverband is aangesloten bij de "
            "Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen; het bestuur beslist op het bezwaar binnen zes weken.\n\n"
            "### 6.3 Terugplaatsing\n\nIn juni vindt de overdracht van het dossier plaats tussen de sbo-school en de ontvangende school.\n")
    report = check_paths([plan(tmp_path, body)], CheckOptions())
    assert _criterion(report, "plaatsing", "bezwaar").met
    procedure = _criterion(report, "plaatsing", "procedure")
    assert procedure.met and not any("overdracht van het dossier" in ev.quote for ev in procedure.evidence)


def test_a_chapter_with_only_subsections_makes_other_mentions_passing(tmp_path):
    body = ("## 6 Toelaatbaarheid tot sbo en so\n\n### 6.1 Criteria sbo\n\nEen leerling is toelaatbaar tot het sbo bij een "
            "ontwikkelingsachterstand van anderhalf jaar op twee kerngebieden.\n\n### 6.2 Duur\n\nEen TLV wordt afgegeven voor twee schooljaren.\n\n"
            "## 13 Privacy en gegevensbescherming\n\nBij de beoordeling van een aanvraag voor een TLV verwerkt het samenwerkingsverband "
            "persoonsgegevens, en de commissie besluit over de bewaartermijn.\n")
    assert not _criterion(check_paths([plan(tmp_path, body)], CheckOptions()), "plaatsing", "procedure").met


def test_outdated_agreements_and_inspection_chapters_are_no_evidence(tmp_path):
    body = ("## 4 Basisondersteuning\n\nDe afspraken over basisondersteuning uit 2018 sluiten niet meer aan bij de praktijk "
            "en gelden niet meer voor alle scholen.\n\n## 12 Toezicht door de inspectie\n\nNaast het vierjaarlijkse onderzoek voert de "
            "inspectie jaarlijks een risicoanalyse uit op basis van de jaarverslagen en de financiële gegevens en de reserves.\n"
            "## 8 Financiën\n\nDe middelen worden verdeeld naar rato van het aantal leerlingen.\n")
    report = check_paths([plan(tmp_path, body)], CheckOptions())
    assert not _criterion(report, "basisondersteuning", "niveau").met
    assert not _criterion(report, "financien", "reserves").met


def test_a_subheading_naming_basic_support_lends_it_to_its_sentences(tmp_path):
    body = ("## 3 Het fundament: basisondersteuning\n\nHet fundament is een ondergrens die de besturen hebben vastgesteld en die op "
            "alle 27 locaties gelijk is.\n\nIedere school voert jaarlijks in het voorjaar een kwaliteitsgesprek met de consulent.\n")
    report = check_paths([plan(tmp_path, body)], CheckOptions())
    assert _criterion(report, "basisondersteuning", "niveau").met
    assert _criterion(report, "basisondersteuning", "borging").met


def test_a_pupil_without_a_place_or_a_task_list_is_no_provision_or_allocation(tmp_path):
    body = ("## 7 Dekkend aanbod\n\nOp 1 november zaten negen leerlingen langer dan vier weken thuis zonder passend aanbod.\n"
            "Voor kinderen die meer nodig hebben zijn er arrangementen en het speciaal onderwijs.\n\n"
            "## 2 Wie zijn wij?\n\nHet bureau verdeelt het geld en beslist over toelaatbaarheid.\n\n## 9 Financiën\n\nDe begroting volgt.\n")
    report = check_paths([plan(tmp_path, body)], CheckOptions())
    assert not _criterion(report, "dekkend-aanbod", "continuum").met
    assert not _criterion(report, "financien", "verdeling").met


def test_an_objection_is_no_independent_help_for_parents(tmp_path):
    body = ("## 10 Ouders\n\nBent u het niet eens met het besluit, dan kunt u binnen zes weken bezwaar maken bij het bestuur.\n")
    assert not _criterion(check_paths([plan(tmp_path, body)], CheckOptions()), "ouders", "steunpunt").met



# --- session 6 -------------------------------------------------------------------------------------------------

def _met(report, element_id, criterion_id):
    return next(c for c in element(report, element_id).criteria if c.id == criterion_id).met


def test_a_bare_claim_whose_substance_the_next_sentence_defers_is_no_level(tmp_path):
    body = ("## 3 Ondersteuning op de scholen\n\nIedere school biedt basisondersteuning. De afspraken over de inhoud en "
            "het niveau van de basisondersteuning worden in het schooljaar 2026-2027 herijkt.\n")
    assert not _met(check_paths([plan(tmp_path, body)], CheckOptions()), "basisondersteuning", "niveau")
    body = ("## 3 Ondersteuning op de scholen\n\nIedere school biedt dezelfde basisondersteuning, zoals alle besturen "
            "hebben afgesproken.\n")
    assert _met(check_paths([plan(tmp_path, body)], CheckOptions()), "basisondersteuning", "niveau")


def test_a_label_pointing_elsewhere_addresses_nothing(tmp_path):
    body = ("## 10 Overlegstructuur\n\n- Overleg met de gemeenten: zie het hoofdstuk over samenwerking met gemeenten.\n")
    e = element(check_paths([plan(tmp_path, body)], CheckOptions()), "dekkend-aanbod")
    assert not any(c.met for c in e.criteria)


def test_one_sentence_naming_all_three_tiers_is_the_continuum(tmp_path):
    body = ("## 6 Hoe zorgen we dat ieder kind een plek heeft?\n\nAlle ondersteuning vormt samen één netwerk: de "
            "basisondersteuning op iedere school, de extra ondersteuning en arrangementen, het sbo en het so.\n")
    assert _met(check_paths([plan(tmp_path, body)], CheckOptions()), "dekkend-aanbod", "continuum")
    # two tiers in one sentence still need a second sentence
    body = ("## 6 Hoe zorgen we dat ieder kind een plek heeft?\n\nAlle ondersteuning vormt samen één netwerk: de "
            "extra ondersteuning en arrangementen, het sbo en het so.\n")
    assert not _met(check_paths([plan(tmp_path, body)], CheckOptions()), "dekkend-aanbod", "continuum")


def test_basic_support_under_another_name(tmp_path):
    items = "".join(f"- {x}\n" for x in ["een ondersteuningscoördinator en een intern ondersteuningsteam;",
                                          "een dyslexie- en dyscalculieprotocol met faciliteiten bij toetsen;",
                                          "trainingen faalangst en sociale vaardigheden;"])
    for name in ("gemeenschappelijke ondergrens", "Basisprofiel"):
        body = (f"## 3 De {name}\n\nAlle besturen hebben zich vastgelegd op één {name} van ondersteuning: dit is wat "
                f"iedere leerling op iedere vestiging mag verwachten.\n\nWat een leerling op iedere vestiging ten minste "
                f"kan verwachten:\n\n{items}")
        e = element(check_paths([plan(tmp_path, body)], CheckOptions()), "basisondersteuning")
        assert e.status == PRESENT, name


def test_bare_targets_under_a_heading_that_announces_aims(tmp_path):
    body = ("## 7 Wat willen we bereiken\n\n- Minder dan 10 thuiszitters op 1 oktober 2029.\n"
            "- Deelname sbo maximaal 2,2% (nu 2,6%).\n")
    assert _met(check_paths([plan(tmp_path, body)], CheckOptions()), "resultaten", "doelen")
    body = "## 7 Kengetallen\n\n- Minder dan 10 scholen hebben een eigen plusklas.\n"
    assert not _met(check_paths([plan(tmp_path, body)], CheckOptions()), "resultaten", "doelen")


def test_aims_said_around_a_policy_still_to_be_written_are_no_policy(tmp_path):
    body = ("## 6.5 Afloop van de TLV en terugkeer\n\nWij willen meer leerlingen de kans geven om terug te keren naar "
            "het reguliere onderwijs. Het terugplaatsingsbeleid zelf – de uitgangspunten, de voorwaarden en de begeleiding "
            "na de terugkeer – leggen we in het eerste planjaar vast in een afzonderlijke notitie.\n")
    assert not _met(check_paths([plan(tmp_path, body)], CheckOptions()), "terugstroom", "beleid")
    # an existing policy that will be revised is still a policy
    body = ("## 6.5 Afloop van de TLV en terugkeer\n\nWij willen meer leerlingen de kans geven om terug te keren naar "
            "het reguliere onderwijs. Het terugplaatsingsbeleid wordt in 2028 geëvalueerd.\n")
    assert _met(check_paths([plan(tmp_path, body)], CheckOptions()), "terugstroom", "beleid")


def test_national_lwoo_rules_are_no_tlv_criteria(tmp_path):
    head = HEAD.replace("PO 99-01", "VO 99-02").replace("basisscholen", "scholen voor voortgezet onderwijs, vso en pro")
    body = ("## 6 Waarop de commissie beslist\n\nVoor lwoo en pro hanteert de commissie de landelijke criteria.\n")
    path = tmp_path / "vo.md"
    path.write_text(head + body, encoding="utf-8")
    report = check_paths([path], CheckOptions(sector="vo"))
    assert not _met(report, "plaatsing", "criteria")
    assert _met(report, "plaatsing", "lwoo")


def test_an_agenda_table_and_a_personnel_shortage_address_nothing(tmp_path):
    body = ("## 11 Jaaragenda\n\n| Wanneer | Wat |\n|---|---|\n| November 2026 | Besluit nieuw verdeelmodel |\n"
            "| Schooljaar 2026-2027 | Vaststellen basisondersteuning |\n\n## 12 Medewerkers\n\nWij kunnen het tekort "
            "niet oplossen, maar wel bijdragen aan goed werkgeverschap.\n")
    report = check_paths([plan(tmp_path, body)], CheckOptions())
    assert not _met(report, "financien", "verdeling")
    assert not _met(report, "basisondersteuning", "borging")
    assert not _met(report, "dekkend-aanbod", "lacunes")


def test_a_return_section_named_by_its_end_belongs_to_return(tmp_path):
    body = ("## 5 Toelaatbaarheid\n\n### Artikel 5.8 Einde van de toelaatbaarheid\n\nUiterlijk op 1 februari van het "
            "laatste schooljaar waarvoor de toelaatbaarheidsverklaring geldt, evalueert de sbo-school het "
            "ontwikkelingsperspectief in een overgangsgesprek. De commissie besluit over verlenging.\n")
    report = check_paths([plan(tmp_path, body)], CheckOptions())
    assert _met(report, "terugstroom", "procedure")
    assert not _met(report, "plaatsing", "procedure")


def test_a_toc_table_with_a_header_row_is_no_evidence():
    report = check_paths([SAMPLES / "holdout56" / "po-zuidrand-2026-2030.docx"], CheckOptions())
    for e in report.elements:
        for c in e.criteria:
            assert all(ev.section != "Inhoudsopgave" for ev in c.evidence), (e.id, c.id)


def test_the_value_of_keeping_parents_informed_is_no_channel_but_what_follows_from_it_is(tmp_path):
    body = ("## 11 Ouders\n\nWij vinden het belangrijk dat ouders goed op de hoogte zijn van de mogelijkheden.\n")
    assert not _met(check_paths([plan(tmp_path, body)], CheckOptions()), "ouders", "informatie")
    body = ("## 11 Ouders\n\nWij vinden het belangrijk dat ouders goed op de hoogte zijn van de mogelijkheden. Daarom "
            "informeren wij ouders via onze website en via een jaarlijkse informatiebijeenkomst.\n")
    assert _met(check_paths([plan(tmp_path, body)], CheckOptions()), "ouders", "informatie")


def test_a_step_table_of_support_tiers_is_the_continuum(tmp_path):
    body = ("## 5 De ondersteuningstrap\n\n| Tree | Ondersteuning | Voorbeelden |\n|---|---|---|\n"
            "| 1 | Het fundament | Eigen school |\n| 2 | Arrangement op de eigen school | Ambulante begeleiding |\n"
            "| 3 | Regionale voorziening | Observatieklas, plusklas |\n| 4 | Speciale setting | Sbo en so |\n")
    assert _met(check_paths([plan(tmp_path, body)], CheckOptions()), "dekkend-aanbod", "continuum")


def test_a_recital_of_the_verbands_legal_tasks_addresses_nothing(tmp_path):
    body = ("## 2.1 Onze rol\n\nHet samenwerkingsverband heeft vier wettelijke taken: het vaststellen van het "
            "ondersteuningsplan, het verdelen en toewijzen van middelen en voorzieningen, en het beslissen over toelaatbaarheid.\n")
    assert not _met(check_paths([plan(tmp_path, body)], CheckOptions()), "financien", "verdeling")


def test_staffing_in_a_personnel_chapter_is_no_basic_support(tmp_path):
    body = ("## 13 Personeel en professionalisering\n\nIedere school heeft een vaste consulent, die minimaal vier keer per "
            "jaar op school is en bij het ondersteuningsteam aanschuift. Elke school heeft een intern begeleider met een "
            "orthopedagoog op afroep.\n")
    assert not _met(check_paths([plan(tmp_path, body)], CheckOptions()), "basisondersteuning", "inhoud")


def test_a_paragraph_cut_inside_brackets_by_a_page_break_runs_on():
    from opcheck.readers import read_paths
    doc = read_paths([SAMPLES / "holdout77" / "po-de-lindenkring-ondersteuningsplan-2026-2030.pdf"])
    assert not any(b.text.startswith("15.00 uur)") for b in doc.blocks)
    assert any("15.00 uur) en via www.ouderwijzer-lindenkring.nl" in b.text for b in doc.blocks)


def test_a_schools_own_plan_that_names_its_verband_without_article_is_one_school():
    from opcheck.readers import read_paths
    from opcheck.classify import classify
    doc = read_paths([SAMPLES / "holdout79" / "notplan-obs-wilgenhoek-schoolplan.docx"])
    assert classify(doc).looks_like_plan is False


def test_a_law_giving_every_verband_a_steunpunt_is_a_recital_not_a_steunpunt(tmp_path):
    body = ("## 6.3 Onafhankelijke ondersteuning\n\nMet de Wet versterking positie ouders en leerlingen krijgt ieder "
            "samenwerkingsverband een ouder- en jeugdsteunpunt.\n")
    assert not _met(check_paths([plan(tmp_path, body)], CheckOptions()), "ouders", "steunpunt")


# --- session 7 -------------------------------------------------------------------------------------------------

NOT_THE_PLANS_OWN = [
    "De twee voormalige verbanden hadden elk eigen afspraken over de basisondersteuning.",
    "De criteria die de commissie hanteert, verschilden tussen de twee voormalige verbanden.",
    "De minister heeft een verbeteraanpak voor passend onderwijs gepresenteerd, met maatregelen over onder meer de samenwerking met de jeugdhulp.",
    "Een deel raakt ons direct: de komst van een landelijke norm en de afspraken over de reserves van samenwerkingsverbanden.",
    "Hoe wij ouders voortaan informeren over de ondersteuning in onze regio, is een van de punten die om verbetering vragen.",
    "Die vraag is in de regiobijeenkomsten vaak gesteld en verdient een zorgvuldig antwoord.",
    "Tot en met het schooljaar 2025-2026 werkte het verband met een aanvraag via het Loket: de Commissie Toewijzing besliste binnen acht weken.",
    "Deze route vervalt per 1 augustus 2026, omdat zij te traag was.",
    "Onderwerpen die de komende jaren aan bod komen zijn onder meer: omgaan met gedrag en het voeren van gesprekken met ouders.",
    "In het vorige plan stond in dit hoofdstuk een beschrijving van de manier waarop ouders werden geïnformeerd.",
    "Die beschrijving is niet meer actueel: de wet schrijft inmiddels een ouder- en jeugdsteunpunt voor.",
    "De afspraken over basisondersteuning uit 2018 sluiten niet meer goed aan bij wat scholen in de praktijk doen.",
    "OJSP - ouder- en jeugdsteunpunt; basisondersteuning - het afgesproken niveau op alle scholen; verdeelmodel - de regels voor de verdeling van de middelen.",
    "Nieuw zijn de sterkere nadruk op de overgang naar het mbo en de herziening van het verdeelmodel.",
    "Tot slot hoorden wij dat scholen de samenwerking met de gemeenten als ingewikkeld ervaren.",
    # session 8
    "In de vorige planperiode is veel energie gestoken in de professionalisering van mentoren.",
    "De landelijke evaluatie van passend onderwijs in 2020 liet zien dat het aantal thuiszitters landelijk niet daalt.",
    "De eerste jaren van het samenwerkingsverband stonden in het teken van opbouw: een bureau en een verdeelmodel.",
    "Elk van de drie oude verbanden had een eigen manier van kijken naar thuiszitters en wachtlijsten.",
    "Verantwoorden betekent dat we laten zien wat er met de middelen gebeurt.",
    "Ten eerste vraagt de raad om de evaluatie van het verdeelmodel uiterlijk in maart 2027 af te ronden.",
    "De vorige planperiode stond in het teken van drie veranderingen.",
    "De vorige criteria waren te veel gericht op diagnoses.",
    "Het verdeelmodel uit de vorige planperiode loopt op 31 juli 2026 af.",
    "Het huidige thuiszittersprotocol dateert uit 2017 en voldoet niet meer.",
    "Wij danken de leden voor hun bijdragen; opmerkingen leidden tot aanpassingen in de hoofdstukken over toewijzing en over geld.",
]
THE_PLANS_OWN = [
    "Hoe lang een TLV geldt, is afhankelijk van de ondersteuningsbehoefte: meestal twee schooljaren.",
    "De voormalige sbo-school De Linde is nu een school voor speciaal onderwijs.",
    "Het samenwerkingsverband verdeelt de middelen over de besturen naar rato van het aantal leerlingen.",
    "De reserve van het samenwerkingsverband ligt onder de signaleringswaarde.",
    "De school - en dat is belangrijk - biedt meer; het bestuur - via de directeur - beslist binnen zes weken.",
]


@pytest.mark.parametrize("sentence", NOT_THE_PLANS_OWN)
def test_history_national_policy_and_topics_named_as_questions_are_not_the_plans_own(sentence):
    from opcheck.checks import _not_the_plans_own
    assert _not_the_plans_own(sentence)


@pytest.mark.parametrize("sentence", THE_PLANS_OWN)
def test_the_plans_own_statements_stay(sentence):
    from opcheck.checks import _not_the_plans_own
    assert not _not_the_plans_own(sentence)


def test_an_inline_enumeration_after_a_colon_stays_one_sentence():
    from opcheck.text import split_sentences
    text = ("Bovenop de basis kent het verband de volgende treden: (1) extra ondersteuning; (2) bovenschoolse "
            "voorzieningen; (3) het sbo. Scholen werken samen; Dat helpt.")
    assert split_sentences(text) == ["Bovenop de basis kent het verband de volgende treden: (1) extra ondersteuning; "
                                     "(2) bovenschoolse voorzieningen; (3) het sbo.", "Scholen werken samen;", "Dat helpt."]


def test_a_sentence_cut_before_a_year_by_a_page_break_runs_on():
    from opcheck.document import Block
    from opcheck.structure import _join_across_pages
    first = Block(kind="paragraph", text="Het beleid ten aanzien van terugplaatsing wordt in", file="p.pdf", page=9, index=1)
    second = Block(kind="paragraph", text="2026-2027 samen met de vso-school geformuleerd.", file="p.pdf", page=10, index=2)
    new_para = Block(kind="paragraph", text="2026 was een goed jaar.", file="p.pdf", page=11, index=3)
    merged = _join_across_pages([first, second, new_para])
    assert first.text == "Het beleid ten aanzien van terugplaatsing wordt in 2026-2027 samen met de vso-school geformuleerd."
    assert id(second) in merged and id(new_para) not in merged


def test_a_level_said_not_to_exist_in_the_chapter_is_not_agreed(tmp_path):
    body = ("## 4 Ondersteuning in de school\n\nIedere school biedt basisondersteuning: de preventieve en licht curatieve "
            "ondersteuning die de school zelf organiseert, zonder tussenkomst van het samenwerkingsverband. Niet alle scholen "
            "bieden al alle onderdelen. Een afgesproken ondergrens die voor iedere vestiging geldt, is er daarom nog niet.\n")
    assert not _met(check_paths([plan(tmp_path, body)], CheckOptions()), "basisondersteuning", "niveau")


def test_items_under_a_lead_in_of_conditions_are_criteria_not_procedure():
    # "De commissie toelaatbaarheid ... geeft een TLV voor het speciaal basisonderwijs af als:" and its items; the
    # application route itself is only on a page of the website
    report = check_paths([SAMPLES / "holdout82" / "po-duinenpolder-ondersteuningsplan-2026-2030.html"], CheckOptions())
    assert _met(report, "plaatsing", "criteria")
    assert not _met(report, "plaatsing", "procedure")


def test_under_a_continuum_heading_each_provision_is_a_step(tmp_path):
    body = ("## 4.2 Het aanbod van lichte tot zware ondersteuning\n\nVoor leerlingen die tijdelijk meer nodig hebben dan de "
            "school kan bieden, zijn er bovenschoolse voorzieningen: een observatieklas en een plusklas. Voor de zwaarste "
            "ondersteuning is er speciaal onderwijs op twee locaties, in cluster 3 en 4.\n")
    assert _met(check_paths([plan(tmp_path, body)], CheckOptions()), "dekkend-aanbod", "continuum")


def test_children_without_a_fitting_place_are_a_gap_not_the_continuum(tmp_path):
    body = ("## 3.3 Geen kind thuis\n\nIn 2025 hebben we in kaart gebracht voor welke kinderen de regio geen passend aanbod "
            "heeft. Elke zes weken bespreekt het thuiszittersoverleg iedere leerling die geen passend aanbod heeft.\n")
    assert not _met(check_paths([plan(tmp_path, body)], CheckOptions()), "dekkend-aanbod", "continuum")


def test_a_budget_under_a_plain_language_spending_heading_shows_spending(tmp_path):
    body = ("## 7 Waar geven we het aan uit\n\n| Bedragen in € | 2026 | 2027 |\n|---|---|---|\n"
            "| Schoolbudgetten | 1.830.000 | 1.810.000 |\n| Arrangementen | 980.000 | 1.000.000 |\n"
            "| Bovenschoolse voorzieningen | 920.000 | 930.000 |\n")
    assert _met(check_paths([plan(tmp_path, body)], CheckOptions()), "financien", "besteding")


def test_a_forecast_of_pupil_numbers_is_no_intended_result(tmp_path):
    body = ("## 2.1 Kengetallen\n\nHet aantal leerlingen daalt. De prognose laat een verdere daling tot ongeveer 3.750 "
            "leerlingen in 2028 zien.\n")
    assert not _met(check_paths([plan(tmp_path, body)], CheckOptions()), "resultaten", "doelen")


def test_a_table_of_annex_titles_names_documents(tmp_path):
    body = ("## 6 Toelaatbaarheid\n\nHet loket beoordeelt de aanvragen.\n\n## Bijlagen\n\n| Nr | Titel | Vindplaats |\n|---|---|---|\n"
            "| 3 | Criteria en beoordelingskader toewijzing en toelaatbaarheid | Bijlagenboek |\n"
            "| 4 | Meerjarenbegroting 2026-2029 | Bijlagenboek |\n")
    report = check_paths([plan(tmp_path, body)], CheckOptions())
    assert not _met(report, "plaatsing", "criteria")


def test_the_goals_of_the_previous_plan_are_no_intended_results(tmp_path):
    body = ("## 2 Evaluatie van het ondersteuningsplan 2022-2026\n\n| Doel plan 2022-2026 | Resultaat 2024-2025 | Behaald? |\n"
            "|---|---|---|\n| Deelname sbo niet hoger dan 2,5% | 2,3% | ja |\n| Doorlooptijd TLV maximaal 8 weken | 9,5 week | nee |\n")
    assert not _met(check_paths([plan(tmp_path, body)], CheckOptions()), "resultaten", "doelen")


def test_monitoring_under_a_plain_heading_about_keeping_track(tmp_path):
    body = ("## 9 Hoe we bijhouden hoe het gaat\n\nDaarom verzamelen we ieder jaar in oktober gegevens over alle leerlingen "
            "met extra ondersteuning. De cijfers en wat we ervan leren zetten we in het jaarverslag, dat de ondersteuningsplanraad "
            "en het bestuur bespreken.\n")
    assert _met(check_paths([plan(tmp_path, body)], CheckOptions()), "resultaten", "monitoring")


def test_the_verbands_help_to_coordinators_is_no_basic_support(tmp_path):
    body = ("## 4 Ondersteuning in de school (basisondersteuning)\n\nDe schoolcontactpersonen van het verband ondersteunen de "
            "ondersteuningscoördinatoren bij het opstellen van ontwikkelingsperspectiefplannen. In het netwerk "
            "ondersteuningscoördinatoren, dat vijf keer per jaar bijeenkomt, wisselen de scholen ervaringen uit.\n")
    assert not _met(check_paths([plan(tmp_path, body)], CheckOptions()), "basisondersteuning", "inhoud")


def test_a_mention_in_a_privacy_or_personnel_chapter_is_in_passing_even_without_a_chapter_of_its_own(tmp_path):
    body = ("## 11 Personeel en scholing\n\nDe orthopedagoog die de deskundigenadviezen voor TLV-aanvragen geeft, wordt "
            "ingehuurd bij een extern bureau.\n\n## 13 Privacy\n\nGegevens in een TLV-dossier worden drie jaar na het "
            "besluit van de commissie vernietigd.\n")
    assert not _met(check_paths([plan(tmp_path, body)], CheckOptions()), "plaatsing", "procedure")


def test_what_parents_may_expect_under_the_basic_support_chapter_is_basic_support():
    # "5 Basisondersteuning: wat elke school biedt" > "5.2 Wat ouders op iedere school mogen verwachten" > ten items
    report = check_paths([SAMPLES / "holdout91" / "po-rivierenkwartier-op-2026-2030-concept.docx"], CheckOptions())
    assert _met(report, "basisondersteuning", "inhoud")


def test_a_dash_closing_an_aside_at_the_start_of_a_pdf_line_continues_the_sentence():
    from opcheck.readers import read_paths
    doc = read_paths([SAMPLES / "holdout90" / "po-duin-en-polder-op-2024-2028.pdf"])
    assert any("de meerjarenbegroting – is uitgewerkt in het Financieel Kader" in b.text for b in doc.blocks)


def test_pupils_moving_on_to_secondary_school_are_no_return_figures(tmp_path):
    body = ("## 6 Terugplaatsing en doorstroom\n\nElk jaar gaan ongeveer 40 kinderen van groep 8 van onze scholen naar het "
            "voortgezet onderwijs.\n")
    assert not _met(check_paths([plan(tmp_path, body)], CheckOptions()), "terugstroom", "monitoring")


def test_a_pointer_into_a_document_just_named_refers_but_into_a_monitor_described_here_is_content(tmp_path):
    body = ("## 6 Toelaatbaarheid\n\nSinds de fusie werken we met het nieuwe Handboek toelaatbaarheid 2026. Daarin staan de "
            "werkwijze, de criteria, de rol van de deskundigen en de mogelijkheden van bezwaar.\n\n"
            "## 9 Zo houden we bij hoe het gaat\n\nIeder jaar in november maken we de monitor. Daarin staan de cijfers van "
            "alle vijf de doelen. De monitor bespreken we in december met de ondersteuningsplanraad en hij staat in ons jaarverslag.\n")
    report = check_paths([plan(tmp_path, body)], CheckOptions())
    assert not _met(report, "plaatsing", "criteria")
    assert _met(report, "resultaten", "monitoring")


def test_a_titled_toc_goes_on_over_lines_worded_unlike_their_headings():
    from opcheck.readers import read_paths
    doc = read_paths([SAMPLES / "holdout93" / "vo-merwestad-2025.docx"])
    entries = [b for b in doc.blocks if b.text.startswith(("Communicatie, ouders en het ouder-", "Ambities en resultaten, monitoring"))]
    assert entries and all(b.zone == "toc" for b in entries)


def test_op_basis_daarvan_continues_a_deferred_analysis(tmp_path):
    body = ("## 7 Dekkend aanbod\n\nIn 2026 brengen wij eerst in kaart welke voorzieningen ontbreken. Op basis daarvan bepaalt "
            "het bestuur of nieuwe voorzieningen nodig zijn.\n")
    assert not _met(check_paths([plan(tmp_path, body)], CheckOptions()), "dekkend-aanbod", "lacunes")


def test_staff_chapters_are_organisation_and_a_consultants_school_list_is_no_allocation(tmp_path):
    body = ("## 12 Medewerkers en scholing\n\nDe onderwijsconsulenten hebben een vaste verdeling van scholen, zodat elke "
            "school een vast aanspreekpunt heeft.\n")
    assert not _met(check_paths([plan(tmp_path, body)], CheckOptions()), "financien", "verdeling")


@pytest.mark.parametrize("sentence", ["Vanaf 2025 moet elk samenwerkingsverband een ouder- en jeugdsteunpunt hebben.",
                                      "Ieder samenwerkingsverband moet een plan hebben voor thuiszitters."])
def test_what_every_verband_must_do_is_a_recital(sentence):
    from opcheck.checks import _text_flags
    assert _text_flags(sentence)[4]


def test_a_recital_continued_by_het_gaat_onder_meer_om_addresses_nothing(tmp_path):
    body = ("## 2.1 Wat de wet van ons vraagt\n\nArtikel 18a van de WPO noemt de onderwerpen die het ondersteuningsplan ten "
            "minste moet bevatten. Het gaat onder meer om de basisondersteuning, de verdeling en besteding van de middelen, "
            "de toelaatbaarheid tot sbo en so, en de manier waarop ouders worden geïnformeerd en waar zij onafhankelijke "
            "ondersteuning kunnen vinden.\n")
    report = check_paths([plan(tmp_path, body)], CheckOptions())
    assert element(report, "ouders").status == MISSING
    assert not _met(report, "financien", "verdeling")


def test_a_section_listing_other_documents_names_them(tmp_path):
    body = ("## 13 Andere documenten\n\nReglement Toelaatbaarheid PO Proefland: de procedure en de criteria voor "
            "toelaatbaarheid tot het speciaal basisonderwijs en het speciaal onderwijs, inclusief deskundigenadvies en bezwaar.\n")
    assert element(check_paths([plan(tmp_path, body)], CheckOptions()), "plaatsing").status == MISSING


def test_daarnaast_adds_content_after_a_reference(tmp_path):
    body = ("## 11 Monitoring en verantwoording\n\nDe uitkomsten staan in het jaarverslag, dat vóór 1 juli op de website "
            "verschijnt. Daarnaast evalueren we elk voorzieningstype eens per twee jaar met een onderzoek onder leerlingen "
            "en ouders, en rapporteren we de uitkomsten aan het bestuur en de ondersteuningsplanraad.\n")
    assert _met(check_paths([plan(tmp_path, body)], CheckOptions()), "resultaten", "monitoring")


def test_a_sentence_going_on_about_what_was_heard_is_not_the_plans_own_either(tmp_path):
    body = ("## 2 Wat we hoorden in de werksessies\n\nTot slot hoorden wij dat scholen de samenwerking met de gemeenten "
            "als ingewikkeld ervaren. Dit punt hebben wij ingebracht in het overleg met de gemeenten over jeugdhulp.\n")
    assert not _met(check_paths([plan(tmp_path, body)], CheckOptions()), "dekkend-aanbod", "ketenpartners")


@pytest.mark.parametrize("sentence", ["De wet (artikel 18a WPO) noemt de onderwerpen die in dat plan in elk geval aan de orde komen.",
                                      "Het samenwerkingsverband heeft de wettelijke opdracht om te zorgen voor een samenhangend geheel."])
def test_what_the_law_names_or_tasks_is_a_recital(sentence):
    from opcheck.checks import _text_flags
    assert _text_flags(sentence)[4]


def test_return_steps_in_a_list_are_no_admission_procedure():
    report = check_paths([SAMPLES / "holdout105" / "vo-kerkwijde-veenland-op.pdf"], CheckOptions())
    assert not _met(report, "plaatsing", "procedure")


# --- session 8 -------------------------------------------------------------------------------------------------

def test_a_run_in_title_is_a_subheading_of_its_paragraph_only():
    from opcheck.document import Document, Block, PARAGRAPH, HEADING
    from opcheck.structure import finalize
    blocks = [Block(HEADING, "7 Toewijzing", level=1),
              Block(PARAGRAPH, "Afloop van de TLV. In het laatste jaar van de TLV evalueert de vso-school met ouders het perspectief."),
              Block(PARAGRAPH, "Bezwaar. Ouders die het niet eens zijn met een besluit kunnen binnen zes weken bezwaar maken."),
              Block(PARAGRAPH, "Dat is belangrijk. Daarom bespreekt de commissie elke aanvraag binnen zes weken met de school."),
              Block(PARAGRAPH, "Onze regio verandert. Het aantal leerlingen daalt de komende jaren in alle gemeenten licht."),
              Block(PARAGRAPH, "De commissie beslist binnen zes weken.")]
    doc = finalize(Document(blocks=blocks))
    sections = [b.section for b in doc.blocks[1:]]
    assert sections == [("7 Toewijzing", "Afloop van de TLV"), ("7 Toewijzing", "Bezwaar"), ("7 Toewijzing",),
                        ("7 Toewijzing",), ("7 Toewijzing",)]


def test_return_at_the_end_of_a_tlv_under_a_run_in_title_is_return(tmp_path):
    body = ("## 7 Toewijzing: vso, praktijkonderwijs en lwoo\n\nDe vo-school vraagt de TLV aan bij het Loket; het Loket "
            "besluit binnen zes weken na advies van twee deskundigen.\n\nAfloop van de TLV. In het laatste jaar van de TLV "
            "evalueert de vso-school in oktober met ouders en leerling het ontwikkelingsperspectief. Uiterlijk 1 februari "
            "adviseert de vso-school het Loket over terugplaatsing of over een nieuwe TLV.\n")
    assert _met(check_paths([plan(tmp_path, body)], CheckOptions(sector="vo")), "terugstroom", "procedure")


def test_the_municipalities_chapter_is_no_basic_support(tmp_path):
    body = ("## 9 Samenwerking met gemeenten\n\nIedere school heeft een vaste contactpersoon van het wijkteam, die aansluit "
            "bij het ondersteuningsteam van de school. Op alle scholen werkt een schoolmaatschappelijk werker, betaald door "
            "de gemeente, die ook aanschuift bij het multidisciplinair overleg.\n")
    assert not _met(check_paths([plan(tmp_path, body)], CheckOptions()), "basisondersteuning", "inhoud")


def test_a_ten_year_history_chapter_is_in_passing(tmp_path):
    body = ("## 2 Tien jaar passend onderwijs\n\nDe eerste jaren stond de verdeling van de middelen over de besturen "
            "centraal; wij verdelen de middelen sindsdien naar rato van het aantal leerlingen.\n")
    assert not _met(check_paths([plan(tmp_path, body)], CheckOptions()), "financien", "verdeling")


def test_some_children_depending_on_special_education_is_no_criterion(tmp_path):
    body = "## 5 Toelaatbaarheid\n\nSommige kinderen zijn aangewezen op het speciaal basisonderwijs of het speciaal onderwijs.\n"
    assert not _met(check_paths([plan(tmp_path, body)], CheckOptions()), "plaatsing", "criteria")


def test_a_facility_named_de_overstap_does_not_hide_admission_criteria(tmp_path):
    body = ("## 6 Toelaatbaarheid vso\n\nEen leerling is toelaatbaar tot het vso als de ondersteuningsbehoefte de "
            "mogelijkheden van de reguliere school en van De Overstap aantoonbaar te boven gaat.\n")
    assert _met(check_paths([plan(tmp_path, body)], CheckOptions(sector="vo")), "plaatsing", "criteria")


def test_data_gathered_about_arrangements_is_no_continuum(tmp_path):
    body = ("## 8 Resultaten: zo volgen wij de ontwikkelingen\n\nOm te weten of passend onderwijs werkt, verzamelen de "
            "kernteams elk kwartaal gegevens over het aantal arrangementen en halen wij de deelnamecijfers sbo en so op bij DUO.\n")
    assert not _met(check_paths([plan(tmp_path, body)], CheckOptions()), "dekkend-aanbod", "continuum")


def test_a_table_header_toelichting_is_no_information_to_parents(tmp_path):
    body = ("## 3 Wat scholen bieden\n\nUit de inventarisatie blijkt welke voorzieningen ouders op de scholen aantreffen:\n\n"
            "| Voorziening | Toelichting |\n|---|---|\n| Intern begeleider | Coördineert de ondersteuning |\n"
            "| Dyslexieprotocol | Vroegtijdige signalering vanaf groep 2 |\n")
    assert not _met(check_paths([plan(tmp_path, body)], CheckOptions()), "ouders", "informatie")


def test_targets_under_what_we_want_to_see(tmp_path):
    body = ("## 9.1 Wat we willen zien in 2029\n\nHet aandeel kinderen in sbo en so is gedaald van 2,9 naar 2,5 procent. "
            "Er zijn nooit meer dan 5 thuiszitters tegelijk.\n")
    assert _met(check_paths([plan(tmp_path, body)], CheckOptions()), "resultaten", "doelen")


def test_a_school_sending_a_delegate_to_the_opr_is_still_one_school():
    from opcheck.classify import _from_outside
    text = "de school levert een afgevaardigde aan de ondersteuningsplanraad en neemt deel aan het netwerk."
    assert _from_outside(text, text.index("ondersteuningsplanraad"))


def test_a_box_with_a_question_title_is_about_what_it_asks(tmp_path):
    body = ("## 4 Basisondersteuning\n\nIedere school biedt de basisondersteuning uit de tien standaarden.\n\n"
            "| Wat betekent dit voor ouders? Op onze website staat een ouderpagina met uitleg over de standaarden. Twee keer "
            "per jaar organiseren we een informatieavond voor ouders over het ondersteuningsaanbod. |\n|---|\n")
    assert _met(check_paths([plan(tmp_path, body)], CheckOptions()), "ouders", "informatie")


def test_criteria_listed_under_a_question_heading(tmp_path):
    body = ("## 6 Toelaatbaarheid\n\n### Wanneer kan een kind naar het sbo?\n\n"
            "- het kind heeft structureel een kleine groep nodig, meer dan een basisschool kan geven, en\n"
            "- de ontwikkeling stagneert ondanks die ondersteuning.\n")
    assert _met(check_paths([plan(tmp_path, body)], CheckOptions()), "plaatsing", "criteria")


def test_a_table_mapping_topics_to_chapters_addresses_nothing(tmp_path):
    body = ("## 1 Inleiding\n\n| Wettelijk onderdeel | Waar in dit plan |\n|---|---|\n"
            "| verdeling en besteding van de middelen | pagina Financiën en verantwoording |\n"
            "| informatie voor ouders | hoofdstuk 8 |\n")
    report = check_paths([plan(tmp_path, body)], CheckOptions())
    assert not _met(report, "financien", "verdeling") and not _met(report, "ouders", "informatie")


def test_a_target_with_a_percentage_about_opp_goals_is_a_target(tmp_path):
    body = ("## 8 Kwaliteitszorg\n\nVoor 2030 hebben we de volgende resultaten voor ogen: het verwijzingspercentage "
            "naar sbo en so daalt van 3,6 naar 3,2 procent en ten minste 85 procent van de kinderen met een arrangement "
            "bereikt de doelen in het groeidocument.\n")
    assert _met(check_paths([plan(tmp_path, body)], CheckOptions()), "resultaten", "doelen")


def test_steps_under_a_continuum_heading_of_light_to_intensive(tmp_path):
    body = ("## 5 Een dekkend netwerk\n\n### Van licht naar intensief\n\nExtra op school. Als dat niet genoeg is, zet "
            "de school een arrangement in met extra begeleiding of een specialist van het bestuur.\n\nSpeciaal. Ten slotte "
            "zijn er de sbo-school De Dollard en de so-school Reiderland in de regio voor kinderen die meer nodig hebben.\n")
    assert _met(check_paths([plan(tmp_path, body)], CheckOptions()), "dekkend-aanbod", "continuum")


def test_allocation_rules_listed_after_the_councils_consent_are_allocation(tmp_path):
    body = ("## 10 Financiën\n\nHet bestuur stelt het verdeelmodel jaarlijks vast, na instemming van de ondersteuningsplanraad.\n\n"
            "- Basisbudget: 140 euro per leerling naar de besturen, op basis van het leerlingaantal op 1 februari.\n"
            "- Arrangementen: toegekend door het arrangeerteam; normbedrag 2.800 euro per arrangement per halfjaar.\n")
    assert _met(check_paths([plan(tmp_path, body)], CheckOptions()), "financien", "verdeling")


def test_a_glossary_title_in_an_agenda_list_opens_no_glossary():
    from opcheck.document import Document, Block, PARAGRAPH, HEADING, GLOSSARY
    from opcheck.structure import finalize
    blocks = [Block(HEADING, "Basisondersteuning", level=2), Block(HEADING, "Begrippen", level=2),
              Block(HEADING, "Waarom dit plan", level=3), Block(PARAGRAPH, "De Commissie Toewijzing beslist binnen zes weken."),
              Block(HEADING, "Begrippen", level=1), Block(PARAGRAPH, "TLV - toelaatbaarheidsverklaring.")]
    doc = finalize(Document(blocks=blocks))
    assert doc.blocks[3].zone != GLOSSARY and doc.blocks[5].zone == GLOSSARY


def test_a_section_named_after_the_promise_it_holds_is_no_reference(tmp_path):
    body = ("## 4 De Duin-Rijn-Veen-belofte\n\nWat mag een ouder van iedere basisschool verwachten? Dat hebben de veertien "
            "besturen vastgelegd in de Duin-Rijn-Veen-belofte: de afspraken over basisondersteuning die op iedere vestiging "
            "gelden. De belofte is een minimum dat iedere school biedt.\n")
    assert _met(check_paths([plan(tmp_path, body)], CheckOptions()), "basisondersteuning", "niveau")


def test_details_still_to_come_do_not_undo_an_agreed_level(tmp_path):
    body = ("## 4 Basisondersteuning\n\nOnder basisondersteuning verstaan de besturen het afgesproken minimumniveau van "
            "ondersteuning dat iedere vestiging aan alle jongeren biedt. Dit niveau geldt als ondergrens voor het hele verband.\n\n"
            "De concrete invulling van deze ondergrens werken we uit in de basiskaart, die een werkgroep in het eerste "
            "planjaar opstelt.\n")
    assert _met(check_paths([plan(tmp_path, body)], CheckOptions(sector="vo")), "basisondersteuning", "niveau")


def test_a_budget_row_with_its_key_to_the_boards_shows_allocation(tmp_path):
    body = ("## 6 Geld\n\n| Post | Regel | 2026 | 2027 |\n|---|---|---|---|\n"
            "| Schoolbudget | € 120 per leerling (1 oktober) naar het bestuur | € 1.000.000 | € 990.000 |\n"
            "| Rebound | Vast budget per plaats | € 610.000 | € 650.000 |\n")
    assert _met(check_paths([plan(tmp_path, body)], CheckOptions(sector="vo")), "financien", "verdeling")


def test_an_introduction_mentions_in_passing(tmp_path):
    body = ("## 1 Inleiding\n\nGoede resultaten voor leerlingen bereiken we alleen samen, met ouders als onmisbare "
            "gesprekspartners, en de gesprekken met ouders, gemeenten en jeugdhulp zijn opener geworden.\n")
    assert element(check_paths([plan(tmp_path, body)], CheckOptions()), "ouders").status == MISSING


def test_an_agreed_level_with_its_details_still_to_come_stands(tmp_path):
    body = ("## 3 Basisondersteuning\n\nDe besturen hebben afgesproken dat het niveau van basisondersteuning voor iedere "
            "vestiging gelijk is en dat geen school eronder mag zakken.\n\nWelke voorzieningen en interventies daar precies "
            "onder vallen, leggen scholen en samenwerkingsverband in de loop van schooljaar 2026-2027 vast in de gezamenlijke "
            "Standaard Basisondersteuning.\n")
    report = check_paths([plan(tmp_path, body)], CheckOptions(sector="vo"))
    assert _met(report, "basisondersteuning", "niveau") and not _met(report, "basisondersteuning", "inhoud")


def test_the_previous_plans_aims_in_a_look_back_are_no_intended_results(tmp_path):
    body = ("## 2 Resultaten\n\n### 2.1 Terugblik op het vorige plan\n\nDe ambitie was dat op termijn meer kinderen met "
            "een beperking samen met andere kinderen naar school gaan; het aantal thuiszitters daalt naar nul.\n")
    assert not _met(check_paths([plan(tmp_path, body)], CheckOptions()), "resultaten", "doelen")


@pytest.mark.parametrize("sentence", ["Het wetsvoorstel versterking positie ouders en leerlingen verplicht ieder samenwerkingsverband een ouder- en jeugdsteunpunt in te richten.",
                                      "Het moet onder meer beschrijven welke voorzieningen er zijn en hoe de middelen worden verdeeld."])
def test_what_a_bill_or_the_law_asks_of_the_plan_is_a_recital(sentence):
    from opcheck.checks import _text_flags
    assert _text_flags(sentence)[4]


def test_a_bare_claim_whose_details_are_laid_down_elsewhere_sets_no_level(tmp_path):
    body = ("## 3.1 Basisondersteuning\n\nAlle scholen in het samenwerkingsverband bieden basisondersteuning. Wat daar "
            "precies onder valt, leggen de besturen vast in een nieuw Referentiekader basisondersteuning VO.\n")
    assert not _met(check_paths([plan(tmp_path, body)], CheckOptions(sector="vo")), "basisondersteuning", "niveau")


def test_the_support_structure_under_basic_support_is_basic_support(tmp_path):
    body = ("## 4 Basisondersteuning\n\nBasisondersteuning is de ondersteuning die alle elf vestigingen bieden; het niveau "
            "is door de besturen samen vastgesteld en voor iedere school gelijk.\n\nOndersteuningsstructuur. Elke school heeft "
            "een mentor voor elke klas, een ondersteuningscoördinator en een ondersteuningsteam dat vijf keer per jaar bijeenkomt.\n\n"
            "Leerlingbegeleiding. Elke school biedt huiswerkbegeleiding, een faalangsttraining en dyslexiebegeleiding met "
            "faciliteiten zoals extra tijd.\n")
    assert element(check_paths([plan(tmp_path, body)], CheckOptions(sector="vo")), "basisondersteuning").status == PRESENT


# --- session 9 -------------------------------------------------------------------------------------------------

def test_a_return_procedure_said_to_be_written_later_is_not_there(tmp_path):
    steps = ("Wij willen dat kinderen terugkeren naar een basisschool zodra dat kan. Voorwaarden zijn dat het kind de "
             "doelen uit het OPP heeft gehaald en dat de ouders de terugkeer steunen. Tijdens de eerste periode blijft het "
             "kind ingeschreven en kan het, als de terugkeer niet slaagt, zonder nieuwe TLV terug.")
    later = ("Hoe de terugplaatsing in stappen verloopt, wie het initiatief neemt, op welke momenten wordt geëvalueerd en "
             "wie beslist, werken wij in schooljaar 2026-2027 uit in een protocol terugplaatsing.")
    body = f"## 8 Terugplaatsing\n\n{steps} {later}\n"
    report = check_paths([plan(tmp_path, body)], CheckOptions())
    assert _met(report, "terugstroom", "beleid") and not _met(report, "terugstroom", "procedure")
    # the same steps described, with only their revision announced, stand
    body = ("## 8 Terugplaatsing\n\nIeder jaar bespreekt de sbo-school in het ondersteuningsteam met de ouders of "
            "terugplaatsing mogelijk is; de commissie beslist. Het stappenplan wordt in 2027 geëvalueerd.\n")
    assert _met(check_paths([plan(tmp_path, body)], CheckOptions()), "terugstroom", "procedure")


def test_a_method_described_in_a_document_on_the_website_is_no_channel_for_parents(tmp_path):
    body = ("## 10 Ouders\n\nHoe wij ouders informeren over het ondersteuningsaanbod, is beschreven in ons "
            "communicatieplan, dat op de website staat.\n")
    assert not _met(check_paths([plan(tmp_path, body)], CheckOptions()), "ouders", "informatie")
    body = "## 10 Ouders\n\nOuders vinden alle informatie over de ondersteuning op de ouderpagina van onze website.\n"
    assert _met(check_paths([plan(tmp_path, body)], CheckOptions()), "ouders", "informatie")


def test_a_dispute_between_school_boards_is_no_help_for_parents(tmp_path):
    body = ("## 9 Geschillen tussen besturen\n\nBesturen leggen een geschil eerst voor aan de algemene vergadering; lukt "
            "een oplossing niet, dan wordt het geschil voorgelegd aan de landelijke geschillencommissie passend onderwijs.\n")
    assert not _met(check_paths([plan(tmp_path, body)], CheckOptions()), "ouders", "steunpunt")


def test_a_return_from_the_vso_or_the_opdc_is_a_return_from_special_education(tmp_path):
    # exclude_alone / exclude_unless: the OPDC alone is no special education, beside the vso it does not exclude
    body = ("## 6 Terugplaatsing\n\nHet verband wil dat geen leerling langer in het vso of op het OPDC blijft dan nodig. "
            "Terugplaatsing naar het regulier voortgezet onderwijs is een volwaardig doel; een leerling die terugkeert krijgt "
            "het eerste jaar een begeleidingsarrangement van het verband.\n")
    assert _met(check_paths([plan(tmp_path, body)], CheckOptions(sector="vo")), "terugstroom", "beleid")
    body = ("## 6 Terugplaatsing\n\nHet verband wil dat geen leerling langer op het OPDC blijft dan nodig. Een leerling "
            "die vanuit het OPDC terugkeert naar de eigen school krijgt het eerste jaar een begeleidingsarrangement.\n")
    assert not _met(check_paths([plan(tmp_path, body)], CheckOptions(sector="vo")), "terugstroom", "beleid")


def test_a_numbered_run_in_title_names_its_paragraph(tmp_path):
    body = ("## 6 Doorlopende lijnen\n\n6.2 Terug naar het regulier vo. Het verband ziet het vso niet als eindstation. "
            "Ons beleid is dat iedere vso-leerling met een reëel perspectief op een diploma in het regulier vo die kans krijgt.\n")
    assert _met(check_paths([plan(tmp_path, body)], CheckOptions(sector="vo")), "terugstroom", "beleid")


def test_the_verband_meeting_the_municipalities_is_no_cooperation_on_pupils(tmp_path):
    # "samenwerkingsverband" is no "samenwerking"
    body = ("## 12 Gemeenten\n\nHet samenwerkingsverband voert op overeenstemming gericht overleg (OOGO) met de colleges "
            "van burgemeester en wethouders van de drie gemeenten.\n")
    assert not _met(check_paths([plan(tmp_path, body)], CheckOptions()), "dekkend-aanbod", "ketenpartners")


def test_a_level_not_set_again_per_school_is_a_level(tmp_path):
    body = ("## 4 Wat elke school waarmaakt\n\nEr is een vaste ondergrens die alle 41 schoolvestigingen van de zes besturen "
            "waarmaken. Die ondergrens is door de besturen samen vastgelegd en wordt niet per school opnieuw bepaald.\n")
    assert _met(check_paths([plan(tmp_path, body)], CheckOptions()), "basisondersteuning", "niveau")
    body = ("## 4 Basisondersteuning\n\nAlle scholen bieden een intern begeleider en een dyslexieprotocol. Een "
            "gemeenschappelijke ondergrens die voor alle vestigingen geldt, is er op dit moment niet: het bestuur laat de "
            "profielen eerst evalueren.\n")
    assert not _met(check_paths([plan(tmp_path, body)], CheckOptions()), "basisondersteuning", "niveau")


def test_monitoring_said_to_be_set_later_is_not_there(tmp_path):
    body = ("## 6 Kwaliteit\n\n### Wat we willen bereiken\n\n| Ambitie | Nu | Streefwaarde 2030 |\n|---|---|---|\n"
            "| Scholen die bij de audit volledig aan de ondergrens voldoen | 34 van 41 | alle 41 |\n\n"
            "### Monitoring en verantwoording\n\nHoe en wanneer we de voortgang op deze ambities meten en aan wie we daarover "
            "rapporteren, leggen we vast zodra het nieuwe registratiesysteem beschikbaar is.\n")
    assert not _met(check_paths([plan(tmp_path, body)], CheckOptions()), "resultaten", "monitoring")


def test_a_wish_to_help_parents_is_no_steunpunt(tmp_path):
    body = ("## 7 Ouders\n\nOok ouders die een onafhankelijk steunpunt zoeken, willen we goed helpen. Zodra de wet het "
            "ouder- en jeugdsteunpunt verplicht stelt, richten we dat in.\n")
    assert not _met(check_paths([plan(tmp_path, body)], CheckOptions()), "ouders", "steunpunt")
    body = "## 7 Ouders\n\nWij willen dat ouders weten dat zij terecht kunnen bij het Ouder- en Jeugdsteunpunt Zuid.\n"
    assert _met(check_paths([plan(tmp_path, body)], CheckOptions()), "ouders", "steunpunt")


def test_a_phrase_in_a_shared_heading_outweighs_a_word_named_before_it(tmp_path):
    body = ("## 5 Toewijzing en toelaatbaarheid\n\n### 5.3 Evaluatie en einde van de verklaring\n\nOns beleid is dat iedere "
            "vso-leerling voor wie het regulier vo haalbaar is, ook die stap kan zetten. Na de overstap houdt de leerling zes "
            "maanden begeleiding door een ambulant begeleider van de vso-school.\n")
    assert _met(check_paths([plan(tmp_path, body)], CheckOptions(sector="vo")), "terugstroom", "beleid")


def test_a_lead_in_to_the_goals_that_follow_is_no_deferral_of_them(tmp_path):
    body = ("## 10 Resultaten\n\nVoor de nieuwe planperiode formuleren we per speerpunt de volgende beoogde resultaten.\n\n"
            "- Het aantal thuiszitters daalt van 14 naar 5 in 2030.\n- Ten minste 90% van de arrangementen haalt zijn doelen.\n")
    assert _met(check_paths([plan(tmp_path, body)], CheckOptions()), "resultaten", "doelen")
    body = ("## 10 Resultaten\n\nHet bureau verzamelt jaarlijks in welke mate arrangementen hun doelen halen. De beoogde "
            "resultaten voor de nieuwe planperiode stellen we in het najaar van 2026 samen met de besturen vast.\n")
    assert not _met(check_paths([plan(tmp_path, body)], CheckOptions()), "resultaten", "doelen")


def test_the_schools_prospectus_is_a_channel_for_parents_even_when_it_is_pointed_to(tmp_path):
    body = ("## 9 Communicatie en ouders\n\nHet verband maakt jaarlijks een ouderkrant over de ondersteuning, en iedere "
            "vestiging beschrijft haar extra ondersteuning in de schoolgids en op de voorlichtingsavond.\n")
    assert _met(check_paths([plan(tmp_path, body)], CheckOptions(sector="vo")), "ouders", "informatie")


def test_a_table_of_legal_requirements_with_chapter_numbers_addresses_nothing(tmp_path):
    body = ("## Bijlage A Wettelijke eisen en vindplaats\n\n| Wettelijk onderdeel | Hoofdstuk |\n|---|---|\n"
            "| b. verdeling en besteding, meerjarenbegroting | H7 |\n| e. beoogde en bereikte resultaten | H5 |\n"
            "| f. informatie aan ouders en onafhankelijke ondersteuning | H 6a |\n")
    report = check_paths([plan(tmp_path, body)], CheckOptions())
    for element_id in ("financien", "resultaten", "ouders"):
        assert not any(c.met for c in element(report, element_id).criteria), element_id


def test_a_basispakket_for_all_schools_is_basic_support(tmp_path):
    body = ("## Koers 1 — Sterk in de basis\n\nHet Zandeiland kent één basispakket dat op alle 23 basisscholen en alle "
            "nevenvestigingen hetzelfde is. De besturen hebben zich verplicht dit basispakket overal te leveren; het is het "
            "minimum waarop iedere ouder mag rekenen. Het basispakket omvat de volgende minimumafspraken:\n\n| Onderdeel | Minimumafspraak |\n|---|---|\n"
            "| Intern begeleider | Op iedere school een intern begeleider, minimaal twee dagen per week. |\n"
            "| Dyslexie | Extra leesinstructie volgens het dyslexieprotocol. |\n")
    report = check_paths([plan(tmp_path, body)], CheckOptions())
    assert _met(report, "basisondersteuning", "niveau") and _met(report, "basisondersteuning", "inhoud")


def test_the_between_schools_tier_named_with_its_provisions_is_part_of_the_continuum(tmp_path):
    body = ("## 5 Extra ondersteuning en voorzieningen\n\nBoven op de ondergrens kunnen scholen extra ondersteuning bieden in de "
            "eigen school, zoals een trajectgroep of een kleine klas. Tussen de scholen zijn er bovenschoolse voorzieningen: het "
            "OPDC voor leerlingen die tijdelijk een kleinere setting nodig hebben, de rebound en de internationale schakelklas.\n")
    assert _met(check_paths([plan(tmp_path, body)], CheckOptions(sector="vo")), "dekkend-aanbod", "continuum")
    # the same, with the overview said to be still to come, is not there
    body += ("\nEen volledig overzicht van de voorzieningen werken wij in 2027 uit in een ondersteuningskaart.\n")
    assert not _met(check_paths([plan(tmp_path, body)], CheckOptions(sector="vo")), "dekkend-aanbod", "continuum")


def test_a_parents_expectations_heading_under_the_documents_title_is_a_chapter_of_its_own(tmp_path):
    # "Wat u op iedere school mag verwachten" names who is served under "5 Basisondersteuning"; straight under the
    # document's title it is the chapter itself
    body = ("## Wat u op iedere school mag verwachten\n\nAlle 46 scholen hebben dezelfde afspraken gemaakt over wat iedere "
            "school minimaal biedt. Dit noemen wij de basisondersteuning.\n\n- Op iedere school is een intern begeleider.\n"
            "- Kinderen met dyslexie krijgen begeleiding volgens een vast protocol.\n- Er is een aanpak tegen pesten.\n")
    path = tmp_path / "plan.md"
    path.write_text("# Ondersteuningsplan 2026-2030\n\n" + HEAD.split("\n", 1)[1] + body, encoding="utf-8")
    assert _met(check_paths([path], CheckOptions()), "basisondersteuning", "inhoud")


def test_a_parents_brochure_and_evening_are_channels(tmp_path):
    body = ("## 9 Communicatie\n\nDe jaarkalender met vergaderdata wordt voor de zomer gepubliceerd. Voor ouders publiceren "
            "wij jaarlijks de ouderbrochure 'Wegwijs in ondersteuning'. Twee keer per jaar organiseren wij een ouderavond.\n")
    assert _met(check_paths([plan(tmp_path, body)], CheckOptions(sector="vo")), "ouders", "informatie")


def test_money_under_bedrijfsvoering_counts_and_privacy_beside_it_does_not(tmp_path):
    body = ("## 9 Bedrijfsvoering\n\nIeder bestuur ontvangt € 205 per leerling op de teldatum van 1 oktober voor de "
            "ondersteuning in de scholen; de centrale arrangementen worden toegekend volgens vaste criteria.\n")
    assert _met(check_paths([plan(tmp_path, body)], CheckOptions(sector="vo")), "financien", "verdeling")
    body = ("## 14 Organisatie\n\n### 14.2 Privacy en bedrijfsvoering\n\nDe wet staat dat toe voor zover het nodig is voor "
            "het toewijzen van ondersteuning en het beoordelen van aanvragen.\n")
    assert not _met(check_paths([plan(tmp_path, body)], CheckOptions(sector="vo")), "financien", "verdeling")


@pytest.mark.parametrize("sentence, absent", [
    ("Aan welke voorwaarden een kind moet voldoen, legt de commissie niet vooraf in een lijst vast.", True),
    ("Een gezamenlijk minimumniveau is nog niet vastgesteld.", True),
    ("Voor lwoo gelden de landelijke criteria; het samenwerkingsverband heeft geen eigen lwoo-criteria vastgesteld.", False),
    ("De commissie legt het besluit niet alleen vast, maar stuurt het ook naar de ouders.", False),
])
def test_the_plan_saying_it_has_not_got_something(sentence, absent):
    from opcheck.checks import _ABSENCE
    assert (_ABSENCE.search(sentence) is not None) is absent


def test_targets_listed_under_a_lead_in_are_no_way_of_measuring_them(tmp_path):
    """'Wij willen het volgende bereiken. Aan het eind van 2030:' heads targets; an item mentioning an evaluation is
    still a target, while the same words in a sentence of their own say how results are followed."""
    from opcheck.engine import CheckOptions, check_paths
    goals = ("## 6 Doelen voor de planperiode\n\nVoor kinderen met extra ondersteuning willen wij in deze planperiode het "
             "volgende bereiken. Aan het eind van schooljaar 2029-2030:\n\n- heeft 90% van de kinderen met een bovenschools "
             "arrangement na een jaar een positieve evaluatie van de gestelde doelen;\n- is het aantal thuiszitters gehalveerd.\n")
    plan = tmp_path / "plan.md"
    plan.write_text("# Ondersteuningsplan 2026-2030 Samenwerkingsverband PO Test\n\n" + goals, encoding="utf-8")
    monitoring = _criterion(check_paths([plan], CheckOptions()), "resultaten", "monitoring")
    assert not monitoring.met
    plan.write_text("# Ondersteuningsplan 2026-2030 Samenwerkingsverband PO Test\n\n" + goals
                    + "\nTwee keer per jaar meten wij met een monitor hoe de arrangementen werken en rapporteren wij "
                      "daarover aan de ondersteuningsplanraad.\n", encoding="utf-8")
    assert _criterion(check_paths([plan], CheckOptions()), "resultaten", "monitoring").met


def test_a_chapter_that_only_points_elsewhere_leaves_the_topic_where_it_points(tmp_path):
    """'7 Terugplaatsing: Zie hoofdstuk 6.' -- the return steps written in the TLV chapter are the plan's return
    procedure; a real chapter of its own would make them a passing mention."""
    from opcheck.engine import CheckOptions, check_paths
    tlv = ("## 6 Toelaatbaarheid sbo en so\n\nHet schoolbestuur vraagt de TLV aan bij de Commissie van Toelaatbaarheid, "
           "die binnen zes weken beslist na advies van twee deskundigen.\n\n"
           "Elk jaar in maart bespreekt de sbo-school in de evaluatie van het OPP met ouders of terugkeer naar de basisschool "
           "aan de orde is. Blijkt terugkeer haalbaar, dan zoekt de sbo-school samen met de ouders een basisschool en "
           "beslist de commissie na een proefperiode van zes weken.\n\n")
    plan = tmp_path / "plan.md"
    plan.write_text("# Ondersteuningsplan 2026-2030 Samenwerkingsverband PO Test\n\n" + tlv
                    + "## 7 Terugplaatsing\n\nZie hoofdstuk 6.\n", encoding="utf-8")
    assert _criterion(check_paths([plan], CheckOptions()), "terugstroom", "procedure").met


def test_a_phrase_of_this_topic_outweighs_the_other_topics_word_inside_it():
    from opcheck import checklist
    from opcheck.checks import _within_own_phrase
    from opcheck.text import Matcher, fold_keep_case, match_text
    po = checklist.load("po")
    plaatsing, terugstroom = (next(e for e in po.elements if e.id == i) for i in ("plaatsing", "terugstroom"))

    class P:   # the one field _within_own_phrase reads
        def __init__(self, text):
            self.h_window = Matcher().hits(match_text(fold_keep_case(text)))

    assert _within_own_phrase(P("In het laatste schooljaar van een so-TLV nodigt de school de ouders uit."),
                              plaatsing.scope, terugstroom.scope)
    assert not _within_own_phrase(P("De school vraagt een TLV aan; terugkeer komt later aan de orde."),
                                  plaatsing.scope, terugstroom.scope)


@pytest.mark.parametrize("element, criterion, sentence", [
    ("resultaten", "monitoring", "Het samenwerkingsverband werkt met een cyclus van plannen, uitvoeren, evalueren en bijstellen."),
    ("resultaten", "monitoring", "De resultaten van de tevredenheidspeiling onder de medewerkers van het bureau waren in 2025 goed."),
    ("dekkend-aanbod", "lacunes", "Het aantal thuiszitters in onze regio baart ons zorgen."),
    ("financien", "besteding", "Het samenwerkingsverband ontvangt in 2026 naar verwachting € 3,72 miljoen aan ondersteuningsmiddelen."),
    # a figure's source, a hedge and a motto measure nothing; a platitude is no target
    ("resultaten", "monitoring", "De cijfers zijn ontleend aan DUO en aan de eigen registratie van het bureau en dienen uitsluitend ter beschrijving van de omvang van het verband."),
    ("resultaten", "monitoring", "Wij houden er rekening mee dat niet alle voornemens in het gewenste tempo gerealiseerd kunnen worden."),
    ("resultaten", "monitoring", "Een lerende organisatie: we evalueren ons werk en leren van elkaar."),
    ("resultaten", "monitoring", "De raad van toezicht evalueert jaarlijks de samenwerking met de bestuurder."),
    ("resultaten", "doelen", "We streven naar goede resultaten voor ieder kind."),
    # a rise observed, early school leaving and a vision are no cooperation about pupils
    ("dekkend-aanbod", "ketenpartners", "Daarnaast zien we een toename van het aantal leerlingen met complexe vragen op het snijvlak van onderwijs en jeugdhulp."),
    ("dekkend-aanbod", "ketenpartners", "In het kader van de Regionale Meld- en Coördinatiefunctie werken de scholen samen met de gemeenten aan het terugdringen van voortijdig schoolverlaten."),
    ("dekkend-aanbod", "ketenpartners", "Samen met ouders, leerlingen en ketenpartners willen we bouwen aan onderwijs waarin niemand tussen wal en schip valt."),
    # outflow to further education is no return; a lead-in to steps names no criterion
    ("terugstroom", "procedure", "Met de vso-scholen is afgesproken dat zij jaarlijks een terugkoppeling geven over de uitstroom van hun leerlingen naar vervolgonderwijs, arbeid en dagbesteding."),
    ("plaatsing", "criteria", "Wanneer een kind aangewezen lijkt op sbo of so, doorloopt de school de volgende stappen."),
    ("ouders", "betrokkenheid", "Leerlingen en ouders worden in het algemeen steeds vaker gezien als partners; in deze planperiode richten we ons eerst op de leerlingen."),
    # a lesson learned, a change in procurement, a finding of the past period, data protection
    ("ouders", "informatie", "Ten derde: communiceer helderder met scholen, partners en ouders."),
    ("dekkend-aanbod", "ketenpartners", "Ook de samenwerking met de jeugdhulp verandert, omdat gemeenten hun inkoop opnieuw inrichten."),
    ("dekkend-aanbod", "lacunes", "In de vorige planperiode is gebleken dat er te weinig zicht is op kinderen die geen passende plek hebben."),
    ("plaatsing", "procedure", "Het samenwerkingsverband verwerkt persoonsgegevens van leerlingen, onder meer bij aanvragen voor toelaatbaarheidsverklaringen, in een beveiligde digitale omgeving."),
    # a consent clause, the coming law, a partner list, a count, a trigger, an aspiration, a school's parent association
    ("ouders", "informatie", "Elke school heeft een vaste contactpersoon van het sociaal team, die aansluit bij het ondersteuningsteam wanneer ouders daarmee instemmen."),
    ("ouders", "steunpunt", "De wet die de positie van ouders en leerlingen versterkt, met onder meer een ouder- en jeugdsteunpunt per samenwerkingsverband, zal gevolgen hebben."),
    ("dekkend-aanbod", "ketenpartners", "Tegelijk zien scholen meer leerlingen met een complexe vraag en een toenemende druk op de jeugdhulp."),
    ("dekkend-aanbod", "lacunes", "Het samenwerkingsverband werkt samen met een groot aantal partners: de jeugdgezondheidszorg, de lokale teams, de leerplichtambtenaren en Veilig Thuis."),
    ("dekkend-aanbod", "lacunes", "Het aantal thuiszitters in onze regio is beperkt."),
    ("dekkend-aanbod", "lacunes", "Ook in onze regio komen thuiszitters voor, al gaat het om kleine aantallen."),
    ("plaatsing", "criteria", "Als een leerling is aangewezen op het sbo of so, vraagt het schoolbestuur een toelaatbaarheidsverklaring aan bij de Commissie van Toelaatbaarheid."),
    ("terugstroom", "beleid", "We zien kansen in samenwerking tussen scholen in dezelfde kern of wijk en in flexibele vormen van onderwijs."),
    ("ouders", "steunpunt", "Twee keer per jaar organiseren we een ouderavond in samenwerking met de oudervereniging van De Wissel."),
    # a quality cycle named, an appeal to schools, news for professionals, a motto, a national debate
    ("resultaten", "monitoring", "Het samenwerkingsverband werkt cyclisch volgens de kwaliteitscyclus plan-do-check-act."),
    ("ouders", "betrokkenheid", "Wij vragen scholen om ouders tijdig te betrekken."),
    ("ouders", "informatie", "Wij informeren schoolleiders en intern begeleiders via de nieuwsbrief, het kennisnetwerk en een jaarlijkse conferentie."),
    ("resultaten", "meetbaar", "Kwaliteit is voor ons meer dan een cijfer. Het gaat om de vraag of kinderen, ouders en leraren zich gesteund voelen."),
    ("dekkend-aanbod", "lacunes", "Ook de landelijke discussie over thuiszitters en vrijstellingen raakt onze regio. Dit is geen probleem dat het onderwijs alleen kan oplossen."),
    # a reassurance, a wish, the coming law, the office's own tasks
    ("dekkend-aanbod", "lacunes", "Thuiszitters zijn in een kleine regio als de onze gelukkig een uitzondering; zij hebben onze blijvende aandacht."),
    ("ouders", "informatie", "Goede voorlichting aan ouders vinden we belangrijk."),
    ("ouders", "steunpunt", "Door de nieuwe wetgeving wordt ieder samenwerkingsverband verplicht een ouder- en jeugdsteunpunt in te richten."),
    ("financien", "verdeling", "Voor de continuïteit van het bureau zijn taken zo verdeeld dat iedere kerntaak door ten minste twee medewerkers kan worden uitgevoerd."),
    # waiting lists for a school's first form, a national debate, the steunpunt's own advice, travelling pupils, meetings
    # cut, a closing thought
    ("dekkend-aanbod", "lacunes", "Voor de scholen betekent dat dat sommige vestigingen te maken hebben met een teruglopend leerlingaantal en andere met wachtlijsten voor de brugklas."),
    ("basisondersteuning", "borging", "Basisondersteuning is in het hele land een onderwerp van gesprek."),
    ("ouders", "informatie", "Een onafhankelijke ouderadviseur luistert, geeft informatie en kan bemiddelen tussen ouders en school."),
    ("dekkend-aanbod", "ketenpartners", "Leerlingen reizen veel tussen de twee gemeenten en ook naar scholen buiten het verband."),
    ("resultaten", "meetbaar", "Formulieren zijn vereenvoudigd en de vergaderstructuur is teruggebracht van vijf naar drie overleggen."),
    ("resultaten", "doelen", "Tot slot: achter elk getal in dit plan staat een kind, een gezin, een leraar. Dat willen we niet vergeten."),
    # a newsletter for school leaders, money not needed, an ambition of honesty
    ("ouders", "informatie", "Voor schoolleiders en ondersteuningscoördinatoren verschijnt maandelijks een nieuwsbrief."),
    ("financien", "verdeling", "Het gaat om ondersteuning die een kind op iedere school krijgt, zonder aanvraag, zonder wachttijd en zonder dat daarvoor geld van het samenwerkingsverband nodig is."),
    ("basisondersteuning", "niveau", "Ambitie: iedere school weet wat zij kan bieden en vertelt dat eerlijk."),
    # whose task leerplicht is, a count that stayed level, an ambition, a problem named, a wish
    ("dekkend-aanbod", "lacunes", "Leerplicht is een taak van de gemeenten; de leerplichtambtenaren zijn ondergebracht bij het regionaal bureau leerplicht."),
    ("dekkend-aanbod", "lacunes", "Het aantal thuiszitters in onze regio is de laatste jaren ongeveer gelijk gebleven."),
    ("dekkend-aanbod", "lacunes", "Wij hebben de ambitie om samen met leerplicht, jeugdhulp en de scholen te komen tot een sluitende aanpak."),
    ("dekkend-aanbod", "lacunes", "Thuiszitten is een groot maatschappelijk probleem."),
    ("resultaten", "monitoring", "Wij willen daarom toe naar een kwaliteitskader met heldere doelen en indicatoren."),
    # a sentiment, an awareness, a count called small, a known gap, a condition read as a step
    ("dekkend-aanbod", "lacunes", "Achter elk getal staat een jongere die niet naar school gaat en een gezin dat daaronder lijdt."),
    ("dekkend-aanbod", "ketenpartners", "Wij zijn ons ervan bewust dat dit onderwerp alleen samen met gemeenten, leerplicht en jeugdhulp kan worden opgepakt."),
    ("dekkend-aanbod", "lacunes", "Het aantal thuiszitters is in onze regio klein."),
    ("dekkend-aanbod", "lacunes", "Wij weten dat er witte vlekken zijn in dit aanbod."),
    ("terugstroom", "procedure", "Voorwaarden voor terugkeer zijn dat de leerling zich in het sbo of so stabiel heeft ontwikkeld en dat de ouders de stap steunen."),
    ("dekkend-aanbod", "ketenpartners", "Tegelijk zien scholen meer kinderen met complexe vragen, waarbij onderwijs en jeugdhulp samenwerken."),
])
def test_what_a_sentence_is_about_decides_not_its_words(tmp_path, element, criterion, sentence):
    """A bare management cycle, a staff survey, a worry or income addresses nothing, even under the element's heading."""
    from opcheck.engine import CheckOptions, check_paths
    heading = {"basisondersteuning": "Basisondersteuning", "resultaten": "Kwaliteit en resultaten", "dekkend-aanbod": "Thuiszitters en dekkend aanbod",
               "financien": "Financiën en meerjarenbegroting", "terugstroom": "Terugplaatsing", "plaatsing": "Toelaatbaarheid",
               "ouders": "Ouders en communicatie"}[element]
    plan = tmp_path / "plan.md"
    plan.write_text(f"# Ondersteuningsplan 2026-2030 Samenwerkingsverband PO Test\n\n## {heading}\n\n{sentence}\n", encoding="utf-8")
    assert not _criterion(check_paths([plan], CheckOptions()), element, criterion).met


def _met_in_body(tmp_path, body, element_id, criterion_id):
    return _criterion(check_paths([plan(tmp_path, body)], CheckOptions()), element_id, criterion_id).met


def test_figures_sent_to_the_supervisory_board_are_monitoring(tmp_path):
    """The supervisory board excludes monitoring only when the figures themselves do not go to it."""
    body = ("## Monitoring en verantwoording\n\nDe kengetallen worden tweemaal per jaar in een monitorrapportage aan de raad "
            "van toezicht en het bestuurlijk overleg voorgelegd.\n")
    assert _met_in_body(tmp_path, body, "resultaten", "monitoring")


def test_a_results_heading_worded_wat_we_bereiken_holds_the_monitoring(tmp_path):
    body = ("## Wat we bereiken\n\nIedere zes maanden verzamelen we in ons dashboard de cijfers over thuiszitters, TLV's en "
            "terugplaatsingen; het bestuur rapporteert jaarlijks in het jaarverslag aan de OPR.\n")
    assert _met_in_body(tmp_path, body, "resultaten", "monitoring")


def test_the_previous_periods_evaluation_is_no_monitoring(tmp_path):
    body = ("## Hoe kijken we terug op de vorige periode\n\nWe hebben de vorige periode geëvalueerd met een reeks gesprekken "
            "op de scholen en een digitale vragenlijst.\n")
    assert not _met_in_body(tmp_path, body, "resultaten", "monitoring")


def test_targets_announced_as_opbrengstdoelen_are_intended_results(tmp_path):
    body = ("## Opbrengsten en kwaliteitszorg\n\nVoor leerlingen met een ondersteuningsbehoefte heeft het bestuur vier "
            "opbrengstdoelen vastgesteld voor 2030:\n\n- 95 procent van de leerlingen stroomt uit met een diploma;\n"
            "- het aantal thuiszitters halveert ten opzichte van de nulmeting 2025.\n")
    assert _met_in_body(tmp_path, body, "resultaten", "doelen")


def test_what_parents_may_expect_on_every_school_is_basic_support_not_parent_information(tmp_path):
    body = ("## Wat elke school biedt\n\nConcreet betekent dit dat ouders op iedere school het volgende mogen verwachten:\n\n"
            "- een ondersteuningsteam dat zes keer per jaar bijeenkomt, met de contactpersoon van het wijkteam;\n"
            "- het opstellen van een ontwikkelingsperspectief (OPP) voor iedere leerling die extra ondersteuning ontvangt.\n")
    report = check_paths([plan(tmp_path, body)], CheckOptions())
    assert element(report, "ouders").status == MISSING
    assert not _criterion(report, "resultaten", "meetbaar").met


def test_a_distribution_key_after_deducting_transfers_via_duo_is_a_distribution(tmp_path):
    body = ("## Verdeling\n\nNa aftrek van de verplichte afdrachten aan het so via DUO verdeelt het samenwerkingsverband "
            "de middelen als volgt:\n\n- Schoolbudget extra ondersteuning: € 110 per leerling op 1 oktober plus een vaste "
            "voet van € 45.000 per school.\n")
    assert _met_in_body(tmp_path, body, "financien", "verdeling")


@pytest.mark.parametrize("element_id, criterion_id, body", [
    # the thing named, then the question about it put off
    ("ouders", "informatie", "## Ouders en communicatie\n\nScholen en samenwerkingsverband hebben elk een eigen rol in de "
                              "communicatie met ouders. Hoe wij die rol invullen en waar ouders terechtkunnen, leggen we vast "
                              "in het communicatieplan 2026.\n"),
    # adopted by the board, the documents themselves on the website
    ("financien", "verdeling", "## Geld\n\nHet bestuur stelt jaarlijks in december de begroting en het verdeelmodel vast. "
                               "Beide documenten staan na vaststelling op de website.\n"),
    # criteria set yearly and made known elsewhere
    ("plaatsing", "criteria", "## Criteria\n\nDe criteria waaraan de adviescommissie een aanvraag toetst, stelt de commissie "
                              "ieder schooljaar opnieuw vast. Zij maakt ze bekend aan de intern begeleiders via het besloten "
                              "deel van de website.\n"),
])
def test_a_claim_whose_substance_the_next_sentence_puts_elsewhere_addresses_nothing(tmp_path, element_id, criterion_id, body):
    assert not _met_in_body(tmp_path, body, element_id, criterion_id)


def test_current_practice_that_is_said_to_be_no_shared_norm_sets_no_level(tmp_path):
    practice = ("## Wat scholen bieden\n\nOp de scholen omvat de basisondersteuning in de huidige praktijk: een intern "
                "begeleider die wekelijks beschikbaar is voor leraren en ouders; drie groepsbesprekingen per jaar; een "
                "leerlingvolgsysteem voor cognitieve en sociaal-emotionele ontwikkeling; een dyslexieprotocol met vroegtijdige "
                "signalering in groep 2 en 3; verlengde instructie in de groep; en een aanpak voor pesten.\n\n")
    no_norm = ("Dit overzicht is een beschrijving van de bestaande praktijk, geen gezamenlijke norm. Of wij een ondergrens "
               "vastleggen die voor iedere school geldt, bespreken de besturen in 2026.\n")
    assert _met_in_body(tmp_path, practice, "basisondersteuning", "inhoud")
    assert not _met_in_body(tmp_path, practice + no_norm, "basisondersteuning", "niveau")


def test_no_school_below_the_floor_is_every_school(tmp_path):
    body = ("## De lat: wat elke school biedt\n\nDe lat is een ondergrens: geen enkele vestiging zit eronder, scholen mogen "
            "erboven zitten en beschrijven dat in hun schoolgids.\n")
    assert _met_in_body(tmp_path, body, "basisondersteuning", "niveau")


def test_conditions_for_return_are_return_policy(tmp_path):
    body = ("## Terugkeer naar de basisschool\n\nEen terugkeer kan pas als de basisschool een passend plan heeft en de "
            "ouders ermee instemmen.\n")
    assert _met_in_body(tmp_path, body, "terugstroom", "beleid")


def test_the_end_of_a_tlv_under_a_parents_question_heading_about_return_is_no_admission(tmp_path):
    body = ("## Hoe komt mijn kind terug?\n\nIn het laatste schooljaar waarvoor de toelaatbaarheidsverklaring geldt, voert "
            "de so-school uiterlijk 1 maart een perspectiefgesprek met ouders en een consulent van het samenwerkingsverband. "
            "De oude TLV eindigt op 31 juli.\n")
    assert element(check_paths([plan(tmp_path, body)], CheckOptions()), "plaatsing").status == MISSING


def test_under_a_neutral_heading_the_last_year_of_a_tlv_is_return_not_admission(tmp_path):
    """'TLV' inside 'in het laatste jaar van een TLV' and 'een nieuwe TLV' is the end of the TLV: a return topic."""
    body = ("## Na het speciaal (basis)onderwijs\n\nIn het laatste jaar van een TLV bespreekt de sbo- of so-school de leerling "
            "in oktober in het multidisciplinair overleg, samen met de ouders en de consulent van het samenwerkingsverband. "
            "De directeur van de speciale school neemt uiterlijk 1 april het besluit na overleg met de consulent; bij "
            "voortzetting vraagt de school een nieuwe TLV aan.\n")
    report = check_paths([plan(tmp_path, body)], CheckOptions())
    assert element(report, "plaatsing").status == MISSING
    assert _criterion(report, "terugstroom", "procedure").met


def test_the_problem_before_a_bare_lead_in_is_not_what_its_items_are(tmp_path):
    """"Toch zijn er jongeren die geen passende plek hebben. Onze aanpak:" -- the items are the approach."""
    body = ("## Geen kind thuis\n\nElk kind hoort op school. Toch zijn er kinderen die (tijdelijk) geen passende plek hebben. "
            "Onze aanpak:\n\n- Scholen melden elke leerling die langer dan vier weken verzuimt binnen vijf werkdagen bij leerplicht.\n"
            "- Het thuiszittersoverleg (leerplicht, samenwerkingsverband, jeugdhulp) bespreekt elke zes weken alle gemelde "
            "kinderen en spreekt per kind een eigenaar en een termijn af.\n")
    assert _met_in_body(tmp_path, body, "dekkend-aanbod", "lacunes")


def test_a_sentence_naming_the_plans_topics_in_one_breath_addresses_none_of_them(tmp_path):
    body = ("## 2 Wat het samenwerkingsverband doet\n\nKort samengevat gaat het om de basisondersteuning, de verdeling en besteding "
            "van de middelen, de toelaatbaarheid tot het speciaal basisonderwijs en speciaal onderwijs, de terugplaatsing naar "
            "het basisonderwijs, de beoogde en bereikte resultaten en de informatie aan ouders.\n")
    report = check_paths([plan(tmp_path, body)], CheckOptions())
    assert all(element(report, e).status == MISSING for e in ("financien", "resultaten", "ouders"))


def test_a_neutral_subheading_belongs_to_the_nearest_heading_above_that_names_a_topic(tmp_path):
    """"4.5.1 Werkwijze" under "4.5 Terug naar de basisschool" under "4 Toelaatbaarheid": return, not admission."""
    body = ("## 4 Toelaatbaarheid\n\nDe criteria voor toelaatbaarheid staan hieronder.\n\n"
            "### 4.5 Terug naar de basisschool\n\n#### 4.5.1 Werkwijze\n\nAls dat zo is, meldt de so-school de leerling "
            "vóór 1 maart aan bij de gekozen basisschool en draagt het dossier over in een driegesprek; de TLV eindigt op 31 juli. "
            "Als dat niet zo is, dient de so-school vóór 1 april een aanvraag voor een nieuwe TLV in.\n")
    report = check_paths([plan(tmp_path, body)], CheckOptions())
    assert not _criterion(report, "plaatsing", "procedure").met


def test_a_sentence_over_the_table_of_targets_introduces_them_and_says_nothing_is_missing(tmp_path):
    """"Daarom formuleren wij voor 2026-2030 vier beoogde resultaten met een meetbare streefwaarde." over the table of
    them is no promise of targets still to come."""
    body = ("## Ambities en resultaten\n\nDaarom formuleren wij voor 2026-2030 vier beoogde resultaten met een meetbare "
            "streefwaarde.\n\n| Beoogd resultaat | Nulmeting 2024-2025 | Streefwaarde 2029-2030 |\n|---|---|---|\n"
            "| Minder thuiszitters langer dan 3 maanden | 17 | maximaal 8 |\n| Meer leerlingen terug uit so naar regulier | 14 per jaar | 20 per jaar |\n")
    assert _met_in_body(tmp_path, body, "resultaten", "doelen")


def test_the_verband_setting_no_shared_floor_sets_no_level(tmp_path):
    body = ("## 3 Ondersteuning in de scholen\n\nIedere school beschrijft in de schoolgids welke basisondersteuning zij biedt. "
            "Het samenwerkingsverband stelt daar geen gezamenlijke ondergrens voor vast.\n")
    assert not _met_in_body(tmp_path, body, "basisondersteuning", "niveau")


def test_return_policy_in_plain_words_and_support_after_return(tmp_path):
    body = ("## Na het vso\n\nHet verband wil dat een jongere die het vso niet langer nodig heeft, terugkeert naar een reguliere "
            "school voor voortgezet onderwijs, zo dicht mogelijk bij huis. Terugkeer is aan de orde wanneer de ontwikkeling "
            "volgens het OPP dat toelaat.\n")
    assert _met_in_body(tmp_path, body, "terugstroom", "beleid")


def test_tiers_numbered_as_stations_are_the_continuum(tmp_path):
    body = ("## Ondersteuningsroute en voorzieningen\n\nDe ondersteuning is opgebouwd als een route met vier stations. "
            "Station 1 is de basisondersteuning. Station 2 zijn de arrangementen op de school zelf, zoals een plusklas. "
            "Station 3 zijn de bovenschoolse voorzieningen. Station 4 is het vso.\n")
    assert _met_in_body(tmp_path, body, "dekkend-aanbod", "continuum")


def test_a_yearly_review_in_spring_is_routine_not_a_promise(tmp_path):
    """'één keer per jaar in het voorjaar ... vast' is the yearly cycle: the agreed minimum level stands."""
    body = ("## De ondergrens: wat elke school waarmaakt\n\nDe besturen hebben afgesproken welke ondersteuning iedere school "
            "ten minste biedt. Wij noemen dit de ondergrens; in de wet heet het basisondersteuning. Elke school legt in de "
            "kwaliteitsdialoog, één keer per jaar in het voorjaar, vast hoe zij aan deze ondergrens voldoet.\n")
    assert _met_in_body(tmp_path, body, "basisondersteuning", "niveau")


def test_intended_results_still_to_be_drawn_up_are_absent(tmp_path):
    """'Een kwaliteitskader met beoogde resultaten stellen wij in 2026-2027 op': ambitions around it set no results."""
    body = ("## Kwaliteit en resultaten\n\nAmbitie: we weten wat passend onderwijs oplevert voor kinderen. Een kwaliteitskader "
            "met beoogde resultaten en bijbehorende indicatoren stellen wij in schooljaar 2026-2027 op, samen met de OPR.\n")
    assert not _met_in_body(tmp_path, body, "resultaten", "doelen")


def test_a_timeline_of_work_to_come_monitors_nothing(tmp_path):
    body = ("## Kwaliteit en resultaten\n\n| Wanneer | Wat |\n|---|---|\n| 2026-2027 | Kwaliteitskader |\n"
            "| 2027-2028 | Evaluatie verdeling schoolbudgetten |\n| 2029 | Start voorbereiding nieuw plan |\n")
    assert not _met_in_body(tmp_path, body, "resultaten", "monitoring")


def test_return_under_a_heading_worded_weer_naar_een_school_in_de_wijk(tmp_path):
    body = ("## 5 Weer naar een school in de wijk\n\nWij vinden dat een kind waar mogelijk weer naar een basisschool dicht bij "
            "huis gaat.\n\nBij de jaarlijkse OPP-bespreking in maart stelt de sbo-school de vraag of een overstap mogelijk is. "
            "Als dat zo is, nodigt de intern begeleider vóór 1 mei de ouders en de beoogde basisschool uit voor een overstapgesprek. "
            "De directeur van het samenwerkingsverband stelt daarna vast dat de TLV eindigt.\n")
    assert _met_in_body(tmp_path, body, "terugstroom", "procedure")


def test_targets_listed_under_an_opbrengsten_heading_are_intended_results(tmp_path):
    body = ("## 5 Vinger aan de pols: opbrengsten\n\nWat willen we over vier jaar bereikt hebben? We hebben dat in vier afspraken "
            "met de scholen vastgelegd:\n\n- ten minste 95 procent van de jongeren met een OPP stroomt door naar een volgend "
            "leerjaar;\n- de gemiddelde doorlooptijd van een aanvraag tot besluit daalt naar vijf weken.\n")
    assert _met_in_body(tmp_path, body, "resultaten", "doelen")


def test_one_sentence_before_a_reference_to_the_steps_is_no_procedure(tmp_path):
    """'Aanvragen lopen via het digitale loket. Het stappenplan, de formulieren en de termijnen staan op www...': the
    procedure is elsewhere; a sentence of the procedure's own besides it would count."""
    pointer = ("## 5.2 Hoe vraag je een TLV aan?\n\nAanvragen lopen via het digitale loket van het samenwerkingsverband. Het "
               "stappenplan, de formulieren en de termijnen staan op www.amstelmeer-po.nl/tlv.\n")
    assert not _met_in_body(tmp_path, pointer, "plaatsing", "procedure")
    assert _met_in_body(tmp_path, pointer + "\nDe commissie beslist binnen zes weken na ontvangst van het dossier.\n",
                        "plaatsing", "procedure")


def test_rows_of_a_criteria_table_are_no_procedure_for_their_captions_words(tmp_path):
    body = ("## Thema 3 – Toewijzing: vso, lwoo en pro\n\n### Vso\n\nBij de beoordeling van een aanvraag wegen de volgende criteria:\n\n| Criterium | Toelichting |\n|---|---|\n"
            "| A. Ondersteuning in regulier vo benut | Basisondersteuning en twee arrangementen zijn ingezet en geëvalueerd. |\n"
            "| B. Aard van de ondersteuningsbehoefte | Structurele behoefte aan een kleine groep. |\n")
    assert not _met_in_body(tmp_path, body, "plaatsing", "procedure")


def test_the_three_tiers_in_bare_words_describe_the_continuum(tmp_path):
    body = ("## 5 Het dekkend netwerk\n\nBasis, extra en speciaal vormen bij ons één netwerk. Dat team kan een arrangement "
            "toekennen: begeleiding in de klas of een plaats in de tussenvoorziening De Brug.\n")
    assert _met_in_body(tmp_path, body, "dekkend-aanbod", "continuum")


def test_a_chapter_of_dilemmas_holds_no_evidence(tmp_path):
    body = ("## 16 Ontwikkelingen en dilemma's\n\nIeder kwartaal brengen wij met leerplicht alle thuiszitters in kaart en "
            "bespreken wij welke plek ontbreekt.\n")
    assert not _met_in_body(tmp_path, body, "dekkend-aanbod", "lacunes")


def test_no_fixed_set_of_criteria_said_in_object_first_order_is_no_criteria(tmp_path):
    body = ("## Toewijzing en toelaatbaarheid\n\nDe CAT besluit binnen acht weken over een aanvraag voor het vso. Een vaste set "
            "criteria voor toelaatbaarheid hanteren wij bewust niet: de CAT kijkt naar het verhaal van de leerling als geheel, "
            "wanneer de ondersteuningsbehoefte ernstig is.\n")
    assert not _met_in_body(tmp_path, body, "plaatsing", "criteria")


def test_return_steps_said_to_be_written_later_leave_no_procedure(tmp_path):
    body = ("## 7 Van sbo of so terug naar de basisschool\n\nNa de terugkeer ontvangt de basisschool een jaar lang een "
            "terugplaatsingsarrangement. Ook na afloop van dat jaar blijft de leerling in beeld bij de consulent.\n\nHoe de "
            "evaluatiemomenten, de rolverdeling en de besluitvorming rond het einde van de TLV precies verlopen, leggen we in een "
            "werkinstructie vast die in de loop van 2026 wordt opgesteld.\n")
    assert not _met_in_body(tmp_path, body, "terugstroom", "procedure")


def test_a_standard_not_yet_agreed_for_every_school_sets_no_level(tmp_path):
    body = ("## 4 Wat kinderen op onze scholen aan ondersteuning kunnen krijgen\n\nHet samenwerkingsverband heeft beschreven wat "
            "basisondersteuning in het Merwedal inhoudt: de Merwedal-standaard.\n\nDe besturen hebben nog niet afgesproken dat "
            "iedere school deze ondersteuning biedt; een voor alle scholen geldende ondergrens spreken zij af na de schoolbezoeken.\n")
    assert not _met_in_body(tmp_path, body, "basisondersteuning", "niveau")


def test_provisions_agreed_for_every_location_are_the_level(tmp_path):
    body = ("## 4 Basisondersteuning\n\nDe besturen hebben in 2024 vastgesteld dat onderstaande voorzieningen op iedere locatie "
            "van iedere aangesloten basisschool beschikbaar zijn. Zij vormen samen de basisondersteuning van het samenwerkingsverband.\n")
    assert _met_in_body(tmp_path, body, "basisondersteuning", "niveau")


def test_provisions_listed_under_ondersteuning_op_de_basisschool_are_its_content(tmp_path):
    body = ("## Ondersteuning op de basisschool\n\nIn de praktijk vindt u op onze basisscholen de volgende voorzieningen:\n\n"
            "- een intern begeleider die de leerlingenzorg coördineert;\n- een dyslexieprotocol met vroegsignalering in groep 2;\n"
            "- een anti-pestprogramma en een methode voor sociaal-emotionele ontwikkeling.\n")
    assert _met_in_body(tmp_path, body, "basisondersteuning", "inhoud")


def test_no_working_method_yet_for_pupils_without_a_place_is_no_approach(tmp_path):
    body = ("## 5 Extra ondersteuning en thuiszitters\n\nHet verband heeft nog geen sluitende werkwijze voor leerlingen voor wie "
            "geen passende plek beschikbaar is. Thuiszitters worden gemeld bij leerplicht en besproken in het ondersteuningsteam.\n")
    assert not _met_in_body(tmp_path, body, "dekkend-aanbod", "lacunes")


def test_each_school_deciding_its_own_level_sets_no_common_level(tmp_path):
    body = ("## Basisondersteuning\n\nIedere school bepaalt zelf welk niveau zij biedt en legt dat vast in de schoolgids.\n\n"
            "Wel heeft het verband in 2025 bij alle elf scholen geïnventariseerd wat er aanwezig is. Op iedere school blijken de "
            "volgende voorzieningen aanwezig te zijn:\n\n- een ondersteuningscoördinator en een ondersteuningsteam dat ten minste "
            "zes keer per jaar bijeenkomt;\n- dyslexie- en dyscalculiebeleid met faciliteiten bij toetsen.\n")
    assert not _met_in_body(tmp_path, body, "basisondersteuning", "niveau")


def test_a_promise_of_every_school_under_a_basic_support_heading_is_the_level(tmp_path):
    body = ("## De Heuvelrandstandaard (basisondersteuning)\n\nIn 2025 hebben de zeven besturen samen de Heuvelrandstandaard "
            "opgesteld. Het is een belofte van alle 41 scholen samen: ongeacht bestuur, grootte of ligging. Een school mag meer "
            "doen, maar nooit minder.\n")
    assert _met_in_body(tmp_path, body, "basisondersteuning", "niveau")


def test_no_fixed_targets_on_purpose_are_no_intended_results(tmp_path):
    body = ("## 7 Monitoring en verantwoording\n\nWij werken bewust niet met vooraf vastgelegde streefcijfers; passend onderwijs "
            "laat zich slecht in getallen vangen. Wij willen dat ten minste 90% van de leerlingen een passende plek heeft.\n")
    assert not _met_in_body(tmp_path, body, "resultaten", "doelen")


def test_stated_intended_results_after_a_sentence_about_the_opp_are_targets(tmp_path):
    body = ("## 7.1 Onze resultaten\n\nWij willen dat leerlingen met extra ondersteuning zich ontwikkelen volgens hun "
            "ontwikkelingsperspectief. Voor de planperiode hebben wij de volgende beoogde resultaten vastgesteld: ten minste 85% "
            "van de leerlingen met een OPP bereikt de uitstroombestemming; het aantal thuiszitters daalt naar nul.\n")
    assert _met_in_body(tmp_path, body, "resultaten", "doelen")


def test_a_two_column_target_table_under_de_volgende_doelen_measures_nothing(tmp_path):
    body = ("## 7 Doelen voor 2026-2030\n\nMet de besturen hebben wij de volgende doelen afgesproken:\n\n| Doel | Streefcijfer 2030 |\n"
            "|---|---|\n| Leerlingen met een OPP bereiken hun doelen | 80% behaalt de OPP-doelen op de jaarlijkse evaluatie |\n"
            "| Minder thuiszitters | maximaal 5 leerlingen langer dan 3 maanden thuis |\n")
    assert not _met_in_body(tmp_path, body, "resultaten", "monitoring")


def test_provisions_parents_may_expect_on_every_school_are_basic_support_not_parents_business(tmp_path):
    """'Wat ouders op elke school mogen verwachten' over a list led in by 'Ouders mogen ... het volgende verwachten:'."""
    body = ("## 3 Wat ouders op elke school mogen verwachten\n\nIn Heuvelzoom geldt één ondergrens voor alle 32 basisscholen: "
            "de basisondersteuning. Ouders mogen op iedere school het volgende verwachten:\n\n- een intern begeleider die "
            "minstens één vaste dag per week beschikbaar is;\n- een aanpak voor gedrag en sociale veiligheid, met een "
            "anti-pestcoördinator;\n- een dyslexieaanpak volgens het landelijke protocol.\n")
    assert _met_in_body(tmp_path, body, "basisondersteuning", "inhoud")


def test_every_one_of_the_numbered_schools_offering_a_minimum_is_the_level(tmp_path):
    body = ("## Wat elke school biedt\n\nAlle 54 basisscholen van De Kempenbogen bieden minimaal het niveau van ondersteuning "
            "dat de besturen in het Referentiekader hebben afgesproken.\n")
    assert _met_in_body(tmp_path, body, "basisondersteuning", "niveau")


def test_no_fixed_admission_criteria_leaves_the_criteria_unmet(tmp_path):
    body = ("## 3.2 Afweging\n\nWanneer een school handelingsverlegen is, kan het bestuur een toelaatbaarheidsverklaring "
            "aanvragen voor het sbo of het so. Wij werken niet met vaste toelatingscriteria: de commissie weegt iedere aanvraag "
            "afzonderlijk.\n")
    assert not _met_in_body(tmp_path, body, "plaatsing", "criteria")


def test_how_the_plan_was_adopted_is_a_preamble(tmp_path):
    body = ("## Hoe dit plan is vastgesteld\n\nIn drie bijeenkomsten is onder meer gesproken over de route naar het speciaal "
            "onderwijs en de rol van de orthopedagogen, die de commissie adviseren.\n")
    assert not _met_in_body(tmp_path, body, "plaatsing", "deskundigen")


def test_a_heading_on_what_parents_may_expect_of_every_school_is_basic_support(tmp_path):
    """'Wat ouders van iedere basisschool mogen verwachten': the phrase outweighs the parents named before it."""
    body = ("## 4 Wat ouders van iedere basisschool mogen verwachten\n\nIn de Vlietlanden hebben alle negen besturen een "
            "ondergrens afgesproken die elk van de 52 basisscholen waarmaakt. Elke basisschool in ons verband:\n\n"
            "- heeft een intern begeleider met ten minste één dag per week;\n- volgt een dyslexieprotocol;\n"
            "- heeft een aanpak voor sociale veiligheid en een anti-pestcoördinator.\n")
    assert _met_in_body(tmp_path, body, "basisondersteuning", "inhoud")


def test_return_under_terug_naar_de_eigen_wijk(tmp_path):
    body = ("## Doorlopende leerlijnen\n\n### Terug naar de eigen wijk\n\nIeder jaar in januari bespreekt de vso-school alle "
            "leerlingen van wie de TLV in dat schooljaar afloopt met de consulent van het samenwerkingsverband. Voor leerlingen bij "
            "wie dat haalbaar lijkt, organiseert de consulent vóór 1 april een overstapgesprek; de directeur bevestigt de overstap.\n")
    assert _met_in_body(tmp_path, body, "terugstroom", "procedure")


def test_monitoring_under_volgen_en_verantwoorden(tmp_path):
    body = ("## Volgen en verantwoorden\n\nHet samenwerkingsverband volgt de ontwikkelingen met een vaste set gegevens: aantallen "
            "TLV's per categorie, het aantal leerlingen in het Lab en hun terugkeer en het aantal thuiszitters. Deze gegevens worden "
            "elk kwartaal uit de registratie gehaald en twee keer per jaar in een kwaliteitsgesprek met iedere school besproken.\n")
    assert _met_in_body(tmp_path, body, "resultaten", "monitoring")

