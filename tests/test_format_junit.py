"""JUnit XML: one testsuite per plan, one testcase per element, failures by --fail-on (the same rule as
the exit code), waived elements skipped, counts right, everything escaped."""
from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from opcheck.commands import exit_code_for
from opcheck.config import Waiver
from opcheck.engine import CheckOptions, check_paths
from opcheck.formats import FORMATS, RenderContext, render
from opcheck.report import CriterionResult, DocumentInfo, ElementResult, Evidence, Finding, PlanInfo, Report
from opcheck import waivers

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module", autouse=True)
def _in_repo():
    before = os.getcwd()
    os.chdir(REPO)
    yield
    os.chdir(before)


def _crit(cid, tier="core", met=False, **kw):
    return CriterionResult(cid, tier, f"Titel {cid}", met, looked_for=kw.pop("looked_for", f"gezocht {cid}"), **kw)


def synthetic(looks_like_plan=True) -> Report:
    ev = Evidence("citaat", "plan.docx", 3, "2 Basis")
    return Report(
        documents=[DocumentInfo("plan.docx", "docx", 10, "d" * 64), DocumentInfo("bijlage.pdf", "pdf", 2, "e" * 64)],
        plan=PlanInfo(looks_like_plan, "po", "po", "Plan", None, [] if looks_like_plan else ["te kort"]),
        elements=[
            ElementResult("basisondersteuning", "Basis", "present", "a", criteria=[_crit("niveau", met=True)]),
            ElementResult("plaatsing", "Plaatsing", "partial", "c", criteria=[
                _crit("procedure", met=True, evidence=[ev]), _crit("criteria", looked_for="de criteria <sbo & so>")]),
            ElementResult("terugstroom", "Terugstroom", "missing", "d", criteria=[_crit("procedure"), _crit("beleid")]),
            ElementResult("financien", "Financiën", "present", "b", criteria=[_crit("verdeling", met=True)],
                          findings=[Finding("deferred", "warning", "Wordt in 2027 uitgewerkt", [ev])]),
            ElementResult("dekkend-aanbod", "Dekkend", "present", "a", criteria=[_crit("continuum", met=True)],
                          findings=[Finding("vague", "suggestion", "Vaag")]),
            ElementResult("resultaten", "Resultaten", "waived", "e", criteria=[_crit("doelen")],
                          waiver_reason="Nieuw SWV \"2025\" <eerste jaar>"),
            ElementResult("ouders", "Ouders", "not_assessable", "f", criteria=[_crit("informatie")]),
        ], tool_version="1.0", checked_at="2026-01-01T00:00:00+00:00")


EXPECTED_FAILURES = {
    "missing": {"terugstroom", "ouders"},
    "partial": {"plaatsing", "terugstroom", "ouders"},
    "warning": {"plaatsing", "terugstroom", "ouders", "financien"},
    "never": set(),
}


def _parse(report, fail_on="partial", lang="nl") -> ET.Element:
    return ET.fromstring(render("junit", report, RenderContext(lang=lang, fail_on=fail_on)).encode("utf-8"))


def _cases(root) -> dict[str, ET.Element]:
    return {case.get("name"): case for case in root.iter("testcase")}


def test_registered():
    assert FORMATS["junit"] == "opcheck.formats.junit"


@pytest.mark.parametrize("fail_on", list(EXPECTED_FAILURES))
def test_failures_follow_fail_on(fail_on):
    root = _parse(synthetic(), fail_on)
    cases = _cases(root)
    failed = {name for name, case in cases.items() if case.find("failure") is not None}
    assert failed == EXPECTED_FAILURES[fail_on]
    assert {name for name, case in cases.items() if case.find("skipped") is not None} == {"resultaten"}


@pytest.mark.parametrize("fail_on", list(EXPECTED_FAILURES))
def test_counts_are_correct(fail_on):
    root = _parse(synthetic(), fail_on)
    assert root.tag == "testsuites"
    (suite,) = root.findall("testsuite")
    cases = suite.findall("testcase")
    assert int(suite.get("tests")) == len(cases) == 7
    assert int(suite.get("failures")) == len([c for c in cases if c.find("failure") is not None])
    assert int(suite.get("skipped")) == 1 and suite.get("errors") == "0"
    for key in ("tests", "failures", "skipped", "errors"):
        assert root.get(key) == suite.get(key)


def test_testcase_names_and_classname():
    cases = _parse(synthetic()).findall(".//testcase")
    assert [c.get("name") for c in cases] == ["basisondersteuning", "plaatsing", "terugstroom", "financien",
                                              "dekkend-aanbod", "resultaten", "ouders"]
    assert {c.get("classname") for c in cases} == {"opcheck.po"}


def test_failure_lists_unmet_core_criteria_and_looked_for():
    cases = _cases(_parse(synthetic()))
    failure = cases["plaatsing"].find("failure")
    assert failure.get("type") == "partial"
    assert "Titel criteria" in failure.get("message") and "de criteria <sbo & so>" in failure.get("message")
    assert "gezocht naar: de criteria <sbo & so>" in failure.text
    missing = cases["terugstroom"].find("failure")
    assert "Titel procedure" in missing.get("message") and "Titel beleid" in missing.get("message")
    en = _cases(_parse(synthetic(), lang="en"))["terugstroom"].find("failure")
    assert "not found" in en.get("message") and "looked for" in en.get("message")


def test_warning_threshold_names_the_finding():
    failure = _cases(_parse(synthetic(), "warning"))["financien"].find("failure")
    assert "Wordt in 2027 uitgewerkt" in failure.get("message")


def test_waived_element_is_skipped_with_reason():
    skipped = _cases(_parse(synthetic()))["resultaten"].find("skipped")
    assert skipped.get("message") == "Nieuw SWV \"2025\" <eerste jaar>"


def test_not_a_plan_adds_a_failing_testcase():
    root = _parse(synthetic(looks_like_plan=False))
    case = _cases(root)["looks-like-plan"]
    assert case.find("failure") is not None
    assert root.find("testsuite").get("tests") == "8"
    assert _cases(_parse(synthetic(looks_like_plan=False), "never"))["looks-like-plan"].find("failure") is None


def test_invalid_xml_characters_are_replaced():
    report = synthetic()
    report.elements[1].criteria[1].looked_for = "stuurteken \x01 en afbreking \ufffe en \x0c"
    report.elements[1].title = "Plaatsing & <TLV> ‘quote’ \"x\""
    root = _parse(report)   # parses: no invalid characters left
    failure = _cases(root)["plaatsing"].find("failure")
    assert "Plaatsing & <TLV>" in failure.get("message")
    assert "\x01" not in failure.text and "\ufffe" not in failure.text


def test_extended_elements_never_fail():
    report = synthetic()
    report.extra_elements = [ElementResult("lwoo", "Lwoo", "missing", "j", criteria=[_crit("x")])]
    root = _parse(report)
    suites = root.findall("testsuite")
    assert len(suites) == 2
    assert suites[1].find("testcase").get("name") == "lwoo"
    assert suites[1].get("failures") == "0"
    assert root.get("tests") == "8"


@pytest.mark.parametrize("fail_on", list(EXPECTED_FAILURES))
def test_consistent_with_exit_code_on_a_real_report(fail_on):
    report = check_paths(["tests/fixtures/text/plan.txt"], CheckOptions())
    waivers.apply(report, [Waiver("resultaten", "nieuw")])
    root = _parse(report, fail_on)
    failures = int(root.get("failures"))
    assert (failures > 0) == (exit_code_for(report, fail_on) == 1)
    assert root.find("testsuite").get("name") == "tests/fixtures/text/plan.txt"
    cases = _cases(root)
    assert {e.id for e in report.elements} <= set(cases)
    assert cases["resultaten"].find("skipped").get("message") == "nieuw"
