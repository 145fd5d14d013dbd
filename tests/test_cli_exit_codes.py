"""Exit codes (0 nothing at/above the threshold, 1 gaps, 2 usage/input/config error), --fail-on,
--exit-zero, --output (atomic, never over an input), stdout/stderr split and colour control."""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from opcheck.cli import app
from opcheck.commands import exit_code_for
from opcheck.report import CriterionResult, DocumentInfo, ElementResult, Finding, PlanInfo, Report

REPO = Path(__file__).resolve().parents[1]
TEXT_PLAN = REPO / "tests" / "fixtures" / "text" / "plan.txt"
COMPACT = REPO / "samples" / "po-compact.docx"
CLEAN_ENV = {"NO_COLOR": None, "FORCE_COLOR": None, "GITHUB_STEP_SUMMARY": None, "OPCHECK_PASSWORD": None,
             "COLUMNS": None}


def cli(*args, env=None):
    """Run the CLI in-process (fast); returns the click Result with separate stdout and stderr."""
    result = CliRunner().invoke(app, [str(a) for a in args], env={**CLEAN_ENV, **(env or {})},
                                catch_exceptions=False)
    return result


def subprocess_env(**extra) -> dict:
    env = {k: v for k, v in os.environ.items() if k not in CLEAN_ENV}
    env["PYTHONPATH"] = str(REPO) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    env.update(extra)
    return env


def run_module(*args, cwd=None, **env):
    return subprocess.run([sys.executable, "-m", "opcheck", *map(str, args)], capture_output=True, text=True,
                          env=subprocess_env(**env), cwd=cwd or REPO, timeout=120)


@pytest.fixture
def plan(tmp_path) -> Path:
    target = tmp_path / "plan.txt"
    shutil.copyfile(TEXT_PLAN, target)
    return target


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# --- thresholds ---------------------------------------------------------------------------------------

def _report(statuses, findings=(), looks_like_plan=True) -> Report:
    elements = [ElementResult(f"e{i}", "E", s, "", criteria=[CriterionResult("c", "core", "C", s == "present")])
                for i, s in enumerate(statuses)]
    for severity in findings:
        elements[0].findings.append(Finding("deferred", severity, "m"))
    return Report([DocumentInfo("p.txt", "text", None, "0" * 64)], PlanInfo(looks_like_plan, "po", "po"), elements)


@pytest.mark.parametrize("statuses, findings, expected", [
    (["present", "present"], (), {"missing": 0, "partial": 0, "warning": 0, "never": 0}),
    (["present", "present"], ("suggestion", "info"), {"missing": 0, "partial": 0, "warning": 0, "never": 0}),
    (["present", "present"], ("warning",), {"missing": 0, "partial": 0, "warning": 1, "never": 0}),
    (["present", "partial"], (), {"missing": 0, "partial": 1, "warning": 1, "never": 0}),
    (["present", "missing"], (), {"missing": 1, "partial": 1, "warning": 1, "never": 0}),
    (["present", "not_assessable"], (), {"missing": 1, "partial": 1, "warning": 1, "never": 0}),
    (["present", "waived"], (), {"missing": 0, "partial": 0, "warning": 0, "never": 0}),
])
def test_exit_code_thresholds(statuses, findings, expected):
    report = _report(statuses, findings)
    assert {fail_on: int(exit_code_for(report, fail_on)) for fail_on in expected} == expected


def test_not_a_plan_fails_unless_never():
    report = _report(["present"], looks_like_plan=False)
    assert exit_code_for(report, "missing") == 1 and exit_code_for(report, "never") == 0


def test_gaps_exit_1_by_default(plan):
    result = cli("check", plan)
    assert result.exit_code == 1
    assert "gedeeltelijk" in result.stdout


def test_fail_on_never_and_exit_zero_exit_0(plan):
    assert cli("check", plan, "--fail-on", "never").exit_code == 0
    result = cli("check", plan, "--exit-zero", "-f", "json")
    assert result.exit_code == 0
    baseline = json.loads(cli("check", plan, "-f", "json").stdout)["summary"]
    assert json.loads(result.stdout)["summary"] == baseline       # the report is still complete
    assert baseline["missing"] + baseline["partial"] >= 1


@pytest.mark.parametrize("statuses, fail_on, expected", [
    (["present"] * 7, None, 0),
    (["present"] * 6 + ["partial"], None, 1),
    (["present"] * 6 + ["partial"], "missing", 0),
    (["present"] * 6 + ["partial"], "partial", 1),
    (["present"] * 6 + ["missing"], "missing", 1),
    (["present"] * 6 + ["waived"], "partial", 0),
])
def test_cli_applies_the_threshold(monkeypatch, plan, statuses, fail_on, expected):
    import opcheck.engine
    monkeypatch.setattr(opcheck.engine, "check_paths", lambda paths, options=None: _report(statuses))
    args = ["check", plan, "-q"] + (["--fail-on", fail_on] if fail_on else [])
    assert cli(*args).exit_code == expected


def _expected_code(data: dict, fail_on: str) -> int:
    s = data["summary"]
    if fail_on == "never":
        return 0
    if not data["plan"]["looks_like_plan"] or s["missing"] or s["not_assessable"]:
        return 1
    if fail_on in ("partial", "warning") and s["partial"]:
        return 1
    if fail_on == "warning":
        return int(any(f["severity"] in ("error", "warning") for e in data["elements"] if e["status"] != "waived"
                       for f in e["findings"]))
    return 0


@pytest.mark.skipif(not COMPACT.is_file(), reason="samples/po-compact.docx not present")
def test_real_plan_exit_codes_match_the_report():
    for fail_on in ("missing", "partial", "warning", "never"):
        result = cli("check", COMPACT, "-f", "json", "--fail-on", fail_on)
        assert result.exit_code == _expected_code(json.loads(result.stdout), fail_on), fail_on


# --- usage, input and configuration errors → 2 ---------------------------------------------------------------

def test_missing_file_exit_2_dutch_without_traceback(tmp_path):
    proc = run_module("check", tmp_path / "bestaat-niet.pdf")
    assert proc.returncode == 2
    assert "niet gevonden" in proc.stderr and "bestaat-niet.pdf" in proc.stderr
    assert "Traceback" not in proc.stderr and proc.stdout == ""


def test_missing_file_in_english(tmp_path):
    result = cli("check", tmp_path / "missing.pdf", "--lang", "en")
    assert result.exit_code == 2
    assert "not found" in result.stderr and "niet gevonden" not in result.stderr


def test_unknown_format_exit_2(plan):
    result = cli("check", plan, "--format", "pdf")
    assert result.exit_code == 2
    assert "Onbekend formaat 'pdf'" in result.stderr
    for name in ("json", "sarif", "junit", "github", "gitlab"):
        assert name in result.stderr


def test_bad_option_value_exit_2(plan):
    assert cli("check", plan, "--fail-on", "sometimes").exit_code == 2
    assert cli("check", plan, "--sector", "mbo").exit_code == 2


@pytest.mark.parametrize("fmt", ["text", "json", "sarif", "junit", "github", "gitlab"])
def test_every_ci_format_runs_from_the_cli(plan, fmt):
    result = cli("check", plan, "-f", fmt, "--fail-on", "never")
    assert result.exit_code == 0 and result.stdout.strip()


# --- --output ----------------------------------------------------------------------------------------------

def test_output_writes_the_report_atomically(plan, tmp_path):
    out = tmp_path / "rapport.json"
    out.write_text("oud", encoding="utf-8")
    result = cli("check", plan, "-f", "json", "-o", out)
    assert result.exit_code == 1
    assert result.stdout == ""
    assert json.loads(out.read_text("utf-8"))["schema_version"] == "1.0"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.txt", "rapport.json"], "no temporary files left"
    if os.name == "posix":
        assert out.stat().st_mode & 0o044, "the report is readable like any other file, not private"


def test_output_refuses_to_overwrite_an_input(plan, tmp_path):
    before = sha256(plan)
    for destination in (plan, tmp_path / "." / "plan.txt"):
        result = cli("check", plan, "-f", "json", "-o", destination)
        assert result.exit_code == 2
        assert "invoerbestanden" in result.stderr
    if os.name == "posix":
        link = tmp_path / "link.txt"
        link.symlink_to(plan)
        assert cli("check", plan, "-o", link).exit_code == 2
    assert sha256(plan) == before


@pytest.mark.parametrize("kind", ["no-folder", "parent-is-file", "is-folder", "read-only"])
def test_unwritable_destination_exit_2(plan, tmp_path, kind):
    if kind == "no-folder":
        destination = tmp_path / "nieuw" / "rapport.json"
    elif kind == "parent-is-file":
        destination = plan / "rapport.json"
    elif kind == "is-folder":
        destination = tmp_path
    else:
        if os.name != "posix" or os.geteuid() == 0:
            pytest.skip("permissions do not stop root")
        folder = tmp_path / "ro"
        folder.mkdir()
        folder.chmod(0o500)
        destination = folder / "rapport.json"
    try:
        result = cli("check", plan, "-f", "json", "-o", destination)
    finally:
        if kind == "read-only":
            (tmp_path / "ro").chmod(0o700)
    assert result.exit_code == 2
    assert result.stderr.startswith("opcheck: ") and "Traceback" not in result.stderr


# --- streams and colour ------------------------------------------------------------------------------------

def test_report_on_stdout_summary_on_stderr(plan):
    proc = run_module("check", plan, "-f", "json")
    assert proc.returncode == 1
    data = json.loads(proc.stdout)            # nothing but the report on stdout
    assert data["documents"][0]["path"] == str(plan)
    assert "plan.txt:" in proc.stderr
    assert any(word in proc.stderr for word in ("aanwezig", "gedeeltelijk", "ontbreekt"))
    quiet = cli("check", plan, "-f", "json", "-q")
    assert quiet.stderr == "" and json.loads(quiet.stdout)


def test_no_color_respected(plan):
    plain = cli("check", plan, env={"NO_COLOR": "1", "FORCE_COLOR": "1"})
    assert "\x1b[" not in plain.stdout and "\x1b[" not in plain.stderr
    assert "\x1b[" not in cli("check", plan).stdout          # not a terminal: no colour


def test_force_color_gives_ansi(plan):
    coloured = cli("check", plan, env={"FORCE_COLOR": "1"})
    assert "\x1b[" in coloured.stdout
    assert "\x1b[" not in coloured.stderr


def test_force_color_never_colours_machine_formats(plan):
    result = cli("check", plan, "-f", "json", env={"FORCE_COLOR": "1"})
    assert "\x1b[" not in result.stdout
    json.loads(result.stdout)
