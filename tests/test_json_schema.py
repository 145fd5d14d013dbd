"""The JSON contract: opcheck/schemas/report.schema.json validates every real report, rejects broken
ones, and the element and criterion ids are the canonical ones of domain.md Part A.2."""
from __future__ import annotations

import copy
import json
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import jsonschema
import pytest

from opcheck import checklist as checklists
from opcheck.config import Waiver
from opcheck.engine import CheckOptions, check_paths
from opcheck.formats import RenderContext, render
from opcheck.report import (CriterionResult, DocumentInfo, ElementResult, Evidence, Finding, PlanInfo, Report,
                            SCHEMA_VERSION)
from opcheck import waivers

REPO = Path(__file__).resolve().parents[1]
SCHEMA_PATH = REPO / "opcheck" / "schemas" / "report.schema.json"
FIXTURES = [REPO / "tests" / "fixtures" / "text" / "plan.md", REPO / "tests" / "fixtures" / "text" / "plan.txt",
            REPO / "tests" / "fixtures" / "html" / "plan.html"]
SAMPLES = sorted(p for p in (REPO / "samples").glob("*") if p.suffix.lower() in (".pdf", ".docx", ".md", ".html", ".txt"))

CANONICAL = {
    "basisondersteuning": {"core": {"niveau", "inhoud"}, "advisory": {"borging"}},
    "plaatsing": {"core": {"procedure", "criteria"}, "advisory": {"deskundigen", "duur-categorie", "bezwaar"}},
    "terugstroom": {"core": {"procedure", "beleid"}, "advisory": {"monitoring"}},
    "financien": {"core": {"verdeling", "besteding"}, "advisory": {"reserves", "verantwoording"}},
    "dekkend-aanbod": {"core": {"continuum", "lacunes"}, "advisory": {"ketenpartners"}},
    "resultaten": {"core": {"doelen", "monitoring"}, "advisory": {"meetbaar"}},
    "ouders": {"core": {"informatie", "steunpunt"}, "advisory": {"betrokkenheid"}},
}


@pytest.fixture(scope="module")
def validator():
    schema = json.loads(SCHEMA_PATH.read_text("utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())


def _errors(validator, data) -> list[str]:
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(data)]


def _report_dict(path: str) -> dict:
    return check_paths([path], CheckOptions()).to_dict()


@pytest.fixture(scope="module")
def sample_reports() -> dict[str, dict]:
    """Every sample checked once, two at a time (reading PDFs and Word files dominates the run time)."""
    if not SAMPLES:
        return {}
    with ProcessPoolExecutor(max_workers=2) as pool:
        return dict(zip((p.name for p in SAMPLES), pool.map(_report_dict, [str(p) for p in SAMPLES])))


@pytest.fixture(scope="module")
def fixture_reports() -> dict[str, dict]:
    return {p.name: _report_dict(str(p)) for p in FIXTURES}


def test_schema_is_valid_draft_2020_12():
    schema = json.loads(SCHEMA_PATH.read_text("utf-8"))
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["properties"]["schema_version"]["const"] == SCHEMA_VERSION


def test_schema_enums_match_the_model(validator):
    from opcheck.report import SEVERITIES, STATUSES
    defs = validator.schema["$defs"]
    assert set(defs["status"]["enum"]) == set(STATUSES)
    assert set(defs["finding"]["properties"]["severity"]["enum"]) == set(SEVERITIES)
    assert set(defs["criterion"]["properties"]["tier"]["enum"]) == {"core", "advisory", "detail"}


@pytest.mark.parametrize("name", [p.name for p in FIXTURES])
def test_fixture_reports_validate(validator, fixture_reports, name):
    assert _errors(validator, fixture_reports[name]) == []


def test_json_format_output_validates(validator):
    report = check_paths([str(FIXTURES[1])], CheckOptions(lang="en"))
    data = json.loads(render("json", report, RenderContext(lang="en")))
    assert _errors(validator, data) == []
    assert data["schema_version"] == "1.0" and data["tool"]["name"] == "opcheck"


@pytest.mark.parametrize("name", [p.name for p in SAMPLES] or
                         [pytest.param("-", marks=pytest.mark.skip(reason="no samples/"))])
def test_sample_reports_validate(validator, sample_reports, name):
    assert _errors(validator, sample_reports[name]) == []


def test_page_is_null_without_pages_and_set_with_pages(fixture_reports, sample_reports):
    md = fixture_reports["plan.md"]
    assert md["documents"][0]["pages"] is None
    quotes = [ev for e in md["elements"] for c in e["criteria"] for ev in c["evidence"]]
    assert quotes and all(ev["page"] is None for ev in quotes)
    pdfs = {k: v for k, v in sample_reports.items() if k.endswith(".pdf")}
    for name, data in pdfs.items():
        assert data["documents"][0]["pages"] >= 1, name
        evs = [ev for e in data["elements"] for c in e["criteria"] for ev in c["evidence"]]
        assert all(isinstance(ev["page"], int) for ev in evs), name


def _waived_report() -> dict:
    report = check_paths([str(FIXTURES[1])], CheckOptions())
    waivers.apply(report, [Waiver("resultaten", "Nieuw samenwerkingsverband", approved_by="bestuur"),
                           Waiver("plaatsing.criteria", "Landelijke criteria"),
                           Waiver("plaatsing.bezwaar", "Staat in het bezwaarreglement")])
    return report.to_dict()


def test_waived_report_validates(validator):
    data = _waived_report()
    assert _errors(validator, data) == []
    elements = {e["id"]: e for e in data["elements"]}
    assert elements["resultaten"]["status"] == "waived"
    assert elements["resultaten"]["waiver"]["reason"].startswith("Nieuw samenwerkingsverband")
    crit = {c["id"]: c for c in elements["plaatsing"]["criteria"]}
    assert crit["criteria"]["waived"] is True and crit["criteria"]["waiver_reason"] == "Landelijke criteria"
    assert data["summary"]["waived"] == 1


def _synthetic() -> Report:
    ev_pdf = Evidence(quote="De commissie besluit binnen zes weken.", file="plan.pdf", page=12, section="4.2 TLV",
                      page_label="10", line=None, block=7)
    return Report(
        documents=[DocumentInfo("plan.pdf", "pdf", 40, "a" * 64, [3]), DocumentInfo("bijlage.md", "markdown", None, "b" * 64)],
        plan=PlanInfo(looks_like_plan=True, sector="vo", checklist="vo", title=None, period=None, reasons=[],
                      sector_source="option", checklist_version="2026.11"),
        elements=[
            ElementResult("plaatsing", "Toelaatbaarheid", "partial", "WVO art. 17a", criteria=[
                CriterionResult("procedure", "core", "Procedure", True, [ev_pdf]),
                CriterionResult("criteria", "core", "Criteria", False, looked_for="criteria"),
                CriterionResult("bezwaar", "advisory", "Bezwaar", False, looked_for="bezwaar", waived=True,
                                waiver_reason="elders geregeld"),
            ], findings=[Finding("deferred", "warning", "Wordt uitgewerkt", [ev_pdf]),
                         Finding("unmet", "suggestion", "Niet gevonden", [], criterion="bezwaar")]),
            ElementResult("ouders", "Ouders", "not_assessable", "WVO art. 17a lid 8", criteria=[
                CriterionResult("informatie", "core", "Informatie", False, looked_for="website")]),
            ElementResult("resultaten", "Resultaten", "waived", "WVO", waiver_reason="nieuw"),
        ],
        tool_version="1.2.3", checked_at="", lang="en", warnings=["Waiver 'x' is unused."],
        extra_elements=[ElementResult("lwoo-fin", "Lwoo", "missing", "WVO 17a lid 8 onder j")])


def test_extended_checklist_report_validates(validator):
    if "uitgebreid" not in checklists.bundled_ids():
        pytest.skip("no extended checklist bundled")
    data = check_paths([str(FIXTURES[1])], CheckOptions(extended=["uitgebreid"])).to_dict()
    assert data["extended"] and _errors(validator, data) == []
    assert data["summary"] == {s: sum(e["status"] == s for e in data["elements"]) for s in data["summary"]}


def test_synthetic_edge_cases_validate(validator):
    data = _synthetic().to_dict()
    assert _errors(validator, data) == []
    assert data["extended"][0]["id"] == "lwoo-fin"


@pytest.mark.parametrize("mutate, where", [
    (lambda d: d["elements"][0].__setitem__("status", "absent"), "status"),
    (lambda d: d["elements"][0]["criteria"][0].__setitem__("tier", "optional"), "tier"),
    (lambda d: d["elements"][0]["findings"][0].__setitem__("severity", "fatal"), "severity"),
    (lambda d: d["elements"][0]["criteria"][1].pop("looked_for"), "looked_for when not met"),
    (lambda d: d["elements"][0]["criteria"][0].__setitem__("looked_for", "x"), "looked_for when met"),
    (lambda d: d["elements"][0]["criteria"][0]["evidence"][0].pop("page"), "evidence.page required"),
    (lambda d: d["elements"][0]["criteria"][0]["evidence"][0].__setitem__("page", "12"), "page type"),
    (lambda d: d["elements"][2].pop("waiver"), "waived without reason"),
    (lambda d: d["summary"].pop("waived"), "summary keys"),
    (lambda d: d.__setitem__("schema_version", "2.0"), "schema_version"),
    (lambda d: d["tool"].__setitem__("name", "other"), "tool name"),
    (lambda d: d["documents"][0].__setitem__("sha256", "xyz"), "sha256"),
    (lambda d: d["plan"].pop("looks_like_plan"), "plan keys"),
    (lambda d: d.__setitem__("surprise", 1), "unknown top-level key"),
])
def test_schema_rejects_broken_reports(validator, mutate, where):
    data = copy.deepcopy(_synthetic().to_dict())
    mutate(data)
    assert _errors(validator, data), f"schema accepted a report with a broken {where}"


# --- canonical ids (domain.md Part A.2) -------------------------------------------------------------

def _check_canonical(data: dict, name: str) -> None:
    ids = [e["id"] for e in data["elements"]]
    assert ids == list(CANONICAL), f"{name}: element ids {ids}"
    for element in data["elements"]:
        by_tier: dict[str, set] = {}
        for c in element["criteria"]:
            by_tier.setdefault(c["tier"], set()).add(c["id"])
        expected = CANONICAL[element["id"]]
        assert by_tier.get("core", set()) == expected["core"], f"{name}: core criteria of {element['id']}"
        assert expected["advisory"] <= by_tier.get("advisory", set()), f"{name}: advisory criteria of {element['id']}"


def test_element_and_core_criterion_ids_are_canonical(fixture_reports, sample_reports):
    for name, data in {**fixture_reports, **sample_reports}.items():
        _check_canonical(data, name)


@pytest.mark.parametrize("sector", ["po", "vo"])
def test_every_sector_checklist_has_the_canonical_ids(sector):
    if sector not in checklists.bundled_ids():
        pytest.skip(f"no bundled {sector} checklist yet")
    data = check_paths([str(FIXTURES[0])], CheckOptions(sector=sector)).to_dict()
    assert data["plan"]["checklist"] == sector
    _check_canonical(data, sector)
