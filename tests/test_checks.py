"""Verdict rules on small plans written for one behaviour each (domain Part A)."""
from pathlib import Path

import pytest

from opcheck.engine import CheckOptions, check_paths
from opcheck.report import MISSING, NOT_ASSESSABLE, PARTIAL, PRESENT

FIXTURES = Path(__file__).parent / "fixtures"

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
