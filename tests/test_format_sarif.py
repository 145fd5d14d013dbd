"""SARIF 2.1.0 output: valid against the OASIS schema, one rule per criterion, every result located
(GitHub code scanning needs a physical location), levels by element status, waivers as suppressions."""
from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from opcheck.config import Waiver
from opcheck.engine import CheckOptions, check_paths
from opcheck.formats import FORMATS, RenderContext, render
from opcheck.report import CriterionResult, DocumentInfo, ElementResult, Evidence, Finding, PlanInfo, Report
from opcheck import waivers

HERE = Path(__file__).resolve().parent
SHARED_SCHEMA = Path(__file__).resolve().parents[1].parent / "shared" / "schemas" / "sarif-schema-2.1.0.json"
VENDORED_SCHEMA = HERE / "schemas" / "sarif-schema-2.1.0.json"
TEXT_PLAN = HERE / "fixtures" / "text" / "plan.txt"
MD_PLAN = HERE / "fixtures" / "text" / "plan.md"


@pytest.fixture(scope="module", autouse=True)
def _in_repo():
    """Documents are given relative to the repository, as in CI."""
    import os
    before = os.getcwd()
    os.chdir(HERE.parent)
    yield
    os.chdir(before)


@pytest.fixture(scope="module")
def sarif_validator():
    path = SHARED_SCHEMA if SHARED_SCHEMA.is_file() else VENDORED_SCHEMA
    if not path.is_file():   # pragma: no cover - the vendored copy is in the repository
        pytest.skip("SARIF schema not found")
    schema = json.loads(path.read_text("utf-8"))
    return jsonschema.Draft7Validator(schema)


def test_vendored_schema_matches_shared_copy():
    assert VENDORED_SCHEMA.is_file(), "tests/schemas/sarif-schema-2.1.0.json must be vendored"
    if SHARED_SCHEMA.is_file():
        assert json.loads(VENDORED_SCHEMA.read_text("utf-8")) == json.loads(SHARED_SCHEMA.read_text("utf-8"))


@pytest.fixture(scope="module")
def text_report():
    return check_paths([str(TEXT_PLAN.relative_to(HERE.parent))], CheckOptions())


@pytest.fixture(scope="module")
def md_report():
    return check_paths([str(MD_PLAN.relative_to(HERE.parent))], CheckOptions())


def _sarif(report, **ctx) -> dict:
    return json.loads(render("sarif", report, RenderContext(**ctx)))


def _errors(validator, data) -> list[str]:
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(data)]


def synthetic(status_b="missing") -> Report:
    pdf_ev = Evidence(quote="De commissie beslist binnen zes weken.", file="docs/plan 2024.pdf", page=12,
                      section="4.2 Toelaatbaarheid", page_label="10")
    return Report(
        documents=[DocumentInfo("docs/plan 2024.pdf", "pdf", 40, "c" * 64)],
        plan=PlanInfo(True, "po", "po", "Plan", "2024-2028", [], checklist_version="t"),
        elements=[
            ElementResult("plaatsing", "Toelaatbaarheid", "partial", "WPO art. 18a lid 8 onder c", criteria=[
                CriterionResult("procedure", "core", "Procedure", True, [pdf_ev], looked_for="wie beslist"),
                CriterionResult("criteria", "core", "Criteria voor toelaatbaarheid", False,
                                looked_for="de criteria voor sbo en so"),
                CriterionResult("bezwaar", "advisory", "Bezwaar", False, looked_for="bezwaar"),
            ], findings=[Finding("unmet", "warning", "Niet gevonden: Bezwaar", criterion="bezwaar"),
                         Finding("deferred", "warning", "Alleen uitgesteld", [pdf_ev])]),
            ElementResult("ouders", "Ouders", status_b, "WPO art. 18a lid 8 onder f", criteria=[
                CriterionResult("informatie", "core", "Informatie aan ouders", False, looked_for="website"),
                CriterionResult("steunpunt", "core", "Steunpunt", False, looked_for="ouder- en jeugdsteunpunt"),
            ]),
        ], tool_version="9.9.9", checked_at="2026-01-02T03:04:05+00:00")


def test_registered():
    assert FORMATS["sarif"] == "opcheck.formats.sarif"


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_valid_against_sarif_schema(sarif_validator, text_report, md_report, lang):
    for report in (text_report, md_report, synthetic(), synthetic("waived")):
        data = _sarif(report, lang=lang)
        assert _errors(sarif_validator, data) == []
        assert data["version"] == "2.1.0"


def test_extended_checklist_is_valid_and_has_unique_rules(sarif_validator):
    from opcheck import checklist as checklists
    if "uitgebreid" not in checklists.bundled_ids():
        pytest.skip("no extended checklist bundled")
    report = check_paths(["tests/fixtures/text/plan.txt"], CheckOptions(extended=["uitgebreid"]))
    data = _sarif(report)
    assert _errors(sarif_validator, data) == []
    ids = [r["id"] for r in data["runs"][0]["tool"]["driver"]["rules"]]
    assert len(ids) == len(set(ids))
    assert any(r["properties"].get("extended") for r in data["runs"][0]["results"])


def test_tool_and_invocation(text_report):
    run = _sarif(text_report)["runs"][0]
    driver = run["tool"]["driver"]
    assert driver["name"] == "opcheck" and driver["version"] == text_report.tool_version
    assert "informationUri" not in driver
    assert run["invocations"][0]["executionSuccessful"] is True
    assert [a["location"]["uri"] for a in run["artifacts"]] == ["tests/fixtures/text/plan.txt"]
    assert run["artifacts"][0]["hashes"]["sha-256"] == text_report.documents[0].sha256


def test_one_rule_per_criterion(text_report):
    rules = _sarif(text_report)["runs"][0]["tool"]["driver"]["rules"]
    by_id = {r["id"]: r for r in rules}
    assert len(by_id) == len(rules), "rule ids are unique"
    for e in text_report.elements:
        for c in e.criteria:
            rule = by_id[f"{e.id}.{c.id}"]
            assert rule["shortDescription"]["text"] == c.title
            assert c.title in rule["fullDescription"]["text"]
            assert c.looked_for and c.looked_for.rstrip(". ") in rule["help"]["text"]
            assert rule["properties"]["tier"] == c.tier
            assert rule["properties"]["legal_basis"] == e.legal_basis
    assert "plaatsing.criteria" in by_id


def test_every_result_has_a_physical_location(text_report, md_report):
    for report in (text_report, md_report, synthetic()):
        run = _sarif(report)["runs"][0]
        rules = run["tool"]["driver"]["rules"]
        paths = {d.path for d in report.documents}
        assert run["results"]
        for result in run["results"]:
            loc = result["locations"][0]["physicalLocation"]
            assert loc["artifactLocation"]["uri"]
            assert loc["region"]["startLine"] >= 1
            assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
            assert result["level"] in ("error", "warning", "note")
        uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in run["results"]}
        assert uris <= {p.replace(" ", "%20") for p in paths}


def _results(data, rule_id):
    return [r for r in data["runs"][0]["results"] if r["ruleId"] == rule_id]


def test_levels_follow_element_status(text_report):
    data = _sarif(text_report)
    statuses = {e.id: e for e in text_report.elements}
    assert statuses["resultaten"].status == "missing" and statuses["plaatsing"].status == "partial"
    for criterion in ("doelen", "monitoring"):
        (result,) = _results(data, f"resultaten.{criterion}")
        assert result["level"] == "error"
        assert result["locations"][0]["physicalLocation"]["region"]["startLine"] == 1   # missing → document start
    (partial,) = _results(data, "plaatsing.criteria")
    assert partial["level"] == "warning"
    # a partial element points where it is addressed (the evidence's line in a text file)
    line = partial["locations"][0]["physicalLocation"]["region"]["startLine"]
    evidence_lines = {ev.line for c in statuses["plaatsing"].criteria for ev in c.evidence}
    assert line in evidence_lines
    assert "Gezocht naar" in partial["message"]["text"]
    met = [f"{e.id}.{c.id}" for e in text_report.elements for c in e.criteria if c.met]
    assert met and all(not _results(data, rule) for rule in met), "met criteria give no result"


def test_page_and_section_in_message_and_properties():
    data = _sarif(synthetic())
    (result,) = _results(data, "plaatsing.criteria")
    assert "p. 12" in result["message"]["text"] and "4.2 Toelaatbaarheid" in result["message"]["text"]
    assert result["properties"]["page"] == 12 and result["properties"]["section"] == "4.2 Toelaatbaarheid"
    assert result["properties"]["tier"] == "core"
    loc = result["locations"][0]["physicalLocation"]
    assert loc["artifactLocation"]["uri"] == "docs/plan%202024.pdf"
    assert loc["region"]["startLine"] == 1       # a PDF quote has no line
    (missing,) = _results(data, "ouders.informatie")
    assert missing["level"] == "error"
    (deferred,) = [r for r in _results(data, "plaatsing") if r["properties"].get("finding") == "deferred"]
    assert deferred["level"] == "warning" and "p. 12" in deferred["message"]["text"]


def test_not_a_plan_is_an_error(md_report):
    assert not md_report.plan.looks_like_plan
    data = _sarif(md_report)
    (result,) = _results(data, "document.not-a-plan")
    assert result["level"] == "error"


def test_waivers_become_suppressions():
    report = check_paths(["tests/fixtures/text/plan.txt"], CheckOptions())
    waivers.apply(report, [Waiver("resultaten", "Nieuw samenwerkingsverband"),
                           Waiver("financien.besteding", "Begroting staat in het jaarplan")])
    data = _sarif(report)
    for rule_id, reason in (("resultaten.doelen", "Nieuw samenwerkingsverband"),
                            ("resultaten.monitoring", "Nieuw samenwerkingsverband"),
                            ("financien.besteding", "Begroting staat in het jaarplan")):
        (result,) = _results(data, rule_id)
        assert result["suppressions"] == [{"kind": "external", "status": "accepted", "justification": reason}]
    unsuppressed = [r for r in data["runs"][0]["results"] if "suppressions" not in r]
    assert all(not r["ruleId"].startswith("resultaten") for r in unsuppressed)


def test_report_warnings_become_notifications():
    report = synthetic()
    report.warnings.append("Vrijstelling 'x' hoort bij geen element.")
    notes = _sarif(report)["runs"][0]["invocations"][0]["toolExecutionNotifications"]
    assert notes[0]["message"]["text"].startswith("Vrijstelling") and notes[0]["level"] == "warning"


def test_fingerprints_unique_and_stable(text_report):
    first = [r["partialFingerprints"]["opcheckIssue/v1"] for r in _sarif(text_report)["runs"][0]["results"]]
    again = check_paths(["tests/fixtures/text/plan.txt"], CheckOptions())
    second = [r["partialFingerprints"]["opcheckIssue/v1"] for r in _sarif(again)["runs"][0]["results"]]
    assert first == second and len(set(first)) == len(first)


def test_absolute_paths_are_made_relative_when_possible(tmp_path, monkeypatch):
    from opcheck.formats.sarif import document_uri
    monkeypatch.chdir(tmp_path)
    assert document_uri(str(tmp_path / "sub dir" / "plan.pdf")) == "sub%20dir/plan.pdf"
    assert document_uri("plan#1.pdf") == "plan%231.pdf"
    outside = Path("/") / "elders" / "plan.pdf"
    assert document_uri(str(outside)).startswith("file:///")
