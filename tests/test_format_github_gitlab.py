"""GitHub workflow commands (escaping, limits, job summary) and GitLab Code Quality JSON."""
from __future__ import annotations

import copy
import json
import os
import re
import sys
from pathlib import Path

import pytest

from opcheck.config import Waiver
from opcheck.engine import CheckOptions, check_paths
from opcheck.formats import FORMATS, RenderContext, render
from opcheck.formats.github import escape_data, escape_property
from opcheck.report import CriterionResult, DocumentInfo, ElementResult, Evidence, Finding, PlanInfo, Report
from opcheck import waivers

REPO = Path(__file__).resolve().parents[1]
COMMAND = re.compile(r"^::(error|warning|notice)(?: ([^:]*))?::(.*)$")


@pytest.fixture(scope="module", autouse=True)
def _in_repo():
    before = os.getcwd()
    os.chdir(REPO)
    yield
    os.chdir(before)


@pytest.fixture(autouse=True)
def _no_step_summary(monkeypatch):
    """Never write into a real job summary when the tests themselves run in GitHub Actions."""
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)


@pytest.fixture(scope="module")
def text_report():
    return check_paths(["tests/fixtures/text/plan.txt"], CheckOptions())


def _commands(text: str) -> list[tuple[str, dict, str]]:
    out = []
    for line in text.splitlines():
        m = COMMAND.match(line)
        assert m, f"not a workflow command: {line!r}"
        props = dict(p.split("=", 1) for p in m.group(2).split(",")) if m.group(2) else {}
        out.append((m.group(1), props, m.group(3)))
    return out


def _unescape(value: str) -> str:
    return (value.replace("%0A", "\n").replace("%0D", "\r").replace("%3A", ":").replace("%2C", ",")
            .replace("%25", "%"))


def many_gaps(n=15) -> Report:
    elements = []
    for i in range(n):
        elements.append(ElementResult(f"e{i}", f"Element {i}", "missing" if i % 2 else "partial", "WPO", criteria=[
            CriterionResult("a", "core", "A", i % 2 == 0, looked_for="iets"),
            CriterionResult("b", "core", "B", False, looked_for="iets anders")],
            findings=[Finding("deferred", "warning", f"uitgesteld {i}")]))
    return Report(documents=[DocumentInfo("plan.pdf", "pdf", 3, "f" * 64)],
                  plan=PlanInfo(True, "po", "po"), elements=elements, tool_version="1")


# --- github -------------------------------------------------------------------------------------------

def test_registered():
    assert FORMATS["github"] == "opcheck.formats.github" and FORMATS["gitlab"] == "opcheck.formats.gitlab"


def test_escaping_follows_github_rules():
    assert escape_data("100% klaar\r\nregel 2: a,b") == "100%25 klaar%0D%0Aregel 2: a,b"
    assert escape_property("map/plan: v1,2 100%\n") == "map/plan%3A v1%2C2 100%25%0A"


def test_annotations_are_well_formed(text_report):
    out = render("github", text_report, RenderContext())
    commands = _commands(out)
    levels = [c[0] for c in commands]
    assert levels[-1] == "notice" and levels.count("notice") == 1
    assert "error" in levels and "warning" in levels
    # errors first, then warnings, then the summary
    assert levels == sorted(levels, key=["error", "warning", "notice"].index)
    for level, props, message in commands[:-1]:
        if "file" in props:
            assert _unescape(props["file"]) == "tests/fixtures/text/plan.txt"
            assert int(props["line"]) >= 1
        assert "title" in props and "\n" not in message
    summary = _unescape(commands[-1][2])
    assert "ontbreekt" in summary and ("aanwezig" in summary or "gedeeltelijk" in summary)


def test_levels_follow_fail_on(text_report):
    titles = lambda out, lvl: [_unescape(p["title"]) for lv, p, _ in _commands(out) if lv == lvl]  # noqa: E731
    partial = render("github", text_report, RenderContext(fail_on="partial"))
    assert any("gedeeltelijk" in t for t in titles(partial, "error"))
    only_missing = render("github", text_report, RenderContext(fail_on="missing"))
    assert not any("gedeeltelijk" in t for t in titles(only_missing, "error"))
    assert any("gedeeltelijk" in t for t in titles(only_missing, "warning"))
    assert any("ontbreekt" in t for t in titles(only_missing, "error"))


def test_message_escaping_round_trips():
    report = many_gaps(1)
    report.elements[0].title = "Plaatsing: 100%, echt"
    report.elements[0].criteria[1].looked_for = "regel 1\nregel 2"
    out = render("github", report, RenderContext(lang="en"))
    (level, props, message), *_ = _commands(out)
    assert _unescape(props["title"]).startswith("Plaatsing: 100%, echt")
    assert "regel 1\nregel 2" in _unescape(message)


def test_at_most_ten_errors_and_ten_warnings_and_a_count_of_the_rest():
    out = render("github", many_gaps(15), RenderContext(fail_on="missing"))
    commands = _commands(out)
    levels = [c[0] for c in commands]
    assert levels.count("error") == 7          # the 7 missing elements
    assert levels.count("warning") == 10       # 8 partial elements + 15 deferred findings, capped
    assert "13" in _unescape(commands[-1][2])  # 23 warnings - 10 shown
    out = render("github", many_gaps(30), RenderContext(fail_on="partial"))
    levels = [c[0] for c in _commands(out)]
    assert levels.count("error") == 10 and levels.count("warning") == 10


def test_step_summary_is_appended_never_truncated(monkeypatch, tmp_path, text_report):
    target = tmp_path / "summary.md"
    target.write_text("# Earlier step\n", encoding="utf-8")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(target))
    render("github", text_report, RenderContext())
    once = target.read_text("utf-8")
    assert once.startswith("# Earlier step\n") and len(once) > len("# Earlier step\n")
    render("github", text_report, RenderContext())
    twice = target.read_text("utf-8")
    assert twice.startswith(once) and len(twice) == len(once) + (len(once) - len("# Earlier step\n"))


def test_step_summary_fallback_table_without_markdown_module(monkeypatch, tmp_path, text_report):
    target = tmp_path / "summary.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(target))
    monkeypatch.setitem(sys.modules, "opcheck.formats.markdown", None)   # import fails
    render("github", text_report, RenderContext())
    text = target.read_text("utf-8")
    assert "| Onderdeel | Status | Niet gevonden |" in text and "`resultaten`" in text


def test_no_step_summary_without_the_variable(tmp_path, monkeypatch, text_report):
    monkeypatch.chdir(tmp_path)
    render("github", text_report, RenderContext())
    assert not list(tmp_path.iterdir())


def test_step_summary_can_be_switched_off(monkeypatch, tmp_path, text_report):
    target = tmp_path / "summary.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(target))
    render("github", text_report, RenderContext(extra={"step_summary": False}))
    assert not target.exists()


def test_unwritable_step_summary_is_reported_not_fatal(monkeypatch, tmp_path, text_report):
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(tmp_path / "missing-dir" / "summary.md"))
    out = render("github", text_report, RenderContext(lang="en"))
    assert "job summary not written" in _unescape(_commands(out)[-1][2])


def test_waived_elements_are_not_annotated():
    report = check_paths(["tests/fixtures/text/plan.txt"], CheckOptions())
    waivers.apply(report, [Waiver("resultaten", "nieuw")])
    out = render("github", report, RenderContext())
    assert not any("Beoogde en bereikte resultaten (" in _unescape(p.get("title", ""))
                   for _, p, _ in _commands(out))


# --- gitlab ---------------------------------------------------------------------------------------------

SEVERITIES = {"info", "minor", "major", "critical", "blocker"}


def test_code_quality_shape(text_report):
    issues = json.loads(render("gitlab", text_report, RenderContext()))
    assert isinstance(issues, list) and issues
    for issue in issues:
        assert {"description", "check_name", "fingerprint", "severity", "location"} <= set(issue)
        assert issue["severity"] in SEVERITIES
        assert re.fullmatch(r"[0-9a-f]{64}", issue["fingerprint"])
        assert issue["location"]["path"] == "tests/fixtures/text/plan.txt"
        assert isinstance(issue["location"]["lines"]["begin"], int) and issue["location"]["lines"]["begin"] >= 1
    by_check = {i["check_name"]: i for i in issues}
    assert by_check["resultaten.doelen"]["severity"] == "critical"       # missing element
    assert by_check["plaatsing.criteria"]["severity"] == "major"         # partial element
    assert by_check["document.not-a-plan"]["severity"] == "blocker"


def test_fingerprints_unique_and_stable_across_runs(text_report):
    first = [i["fingerprint"] for i in json.loads(render("gitlab", text_report, RenderContext()))]
    again = check_paths(["tests/fixtures/text/plan.txt"], CheckOptions())
    second = [i["fingerprint"] for i in json.loads(render("gitlab", again, RenderContext()))]
    assert first == second
    assert len(set(first)) == len(first)


def test_fingerprints_do_not_depend_on_quotes_or_lines(text_report):
    changed = copy.deepcopy(text_report)
    for e in changed.elements:
        for c in e.criteria:
            c.evidence = [Evidence("andere tekst", ev.file, ev.page, "Nieuw hoofdstuk", line=(ev.line or 0) + 40)
                          for ev in c.evidence]
    before = {i["check_name"]: i["fingerprint"] for i in json.loads(render("gitlab", text_report, RenderContext()))}
    after = {i["check_name"]: i["fingerprint"] for i in json.loads(render("gitlab", changed, RenderContext()))}
    assert before == after


def test_waived_issues_are_left_out():
    report = check_paths(["tests/fixtures/text/plan.txt"], CheckOptions())
    waivers.apply(report, [Waiver("resultaten", "nieuw"), Waiver("plaatsing.criteria", "landelijk")])
    checks = {i["check_name"] for i in json.loads(render("gitlab", report, RenderContext()))}
    assert not any(c.startswith("resultaten") for c in checks)
    assert "plaatsing.criteria" not in checks


def test_gitlab_output_is_plain_json_with_unicode(text_report):
    out = render("gitlab", text_report, RenderContext())
    assert out.endswith("\n")
    assert "Financiën" in out   # written with ensure_ascii=False, still valid JSON
    json.loads(out)


# --- CI integration files ---------------------------------------------------------------------------------

def test_pre_commit_hook_definition():
    import yaml
    hooks = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text("utf-8"))
    (hook,) = [h for h in hooks if h["id"] == "opcheck"]
    assert hook["entry"] == "opcheck check" and hook["language"] == "python"
    pattern = re.compile(hook["files"])
    assert pattern.search("plannen/plan.pdf") and pattern.search("plan.docx")
    assert not pattern.search("plan.md") and not pattern.search("plan.pdf.txt")


def test_ci_docs_have_the_snippets():
    import yaml
    text = (REPO / "docs" / "ci.md").read_text("utf-8")
    for needle in ("github/codeql-action/upload-sarif", "GITHUB_STEP_SUMMARY", "codequality:", "junit:",
                   ".pre-commit-config.yaml", "--fail-on"):
        assert needle in text
    blocks = re.findall(r"```yaml\n(.*?)```", text, re.S)
    assert len(blocks) >= 3
    for block in blocks:
        yaml.safe_load(block if not block.startswith("      -") else "x:\n" + block)   # every snippet is valid YAML


def test_absolute_paths_are_made_relative_to_the_workspace(monkeypatch, tmp_path):
    report = many_gaps(1)
    report.documents[0].path = str(tmp_path / "plannen" / "plan.pdf")
    monkeypatch.setenv("GITHUB_WORKSPACE", str(tmp_path))
    (_, props, _), *_ = _commands(render("github", report, RenderContext()))
    assert _unescape(props["file"]) == "plannen/plan.pdf"
    monkeypatch.delenv("GITHUB_WORKSPACE")
    monkeypatch.setenv("CI_PROJECT_DIR", str(tmp_path))
    issues = json.loads(render("gitlab", report, RenderContext()))
    assert {i["location"]["path"] for i in issues} == {"plannen/plan.pdf"}
