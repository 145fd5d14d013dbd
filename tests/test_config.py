"""Configuration: discovery (document folder, working directory, pyproject [tool.opcheck]), --config,
precedence of command-line options, errors that name file and key, and waivers end to end."""
from __future__ import annotations

import datetime as dt
import json
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from typer.testing import CliRunner

from opcheck import config as config_mod
from opcheck.cli import app
from opcheck.errors import ConfigError

REPO = Path(__file__).resolve().parents[1]
# plan.txt from the text fixtures, with a full return chapter so that one element is present for certain
TEXT_PLAN = REPO / "tests" / "fixtures" / "config" / "plan.txt"
CLEAN_ENV = {"NO_COLOR": None, "FORCE_COLOR": None, "GITHUB_STEP_SUMMARY": None, "OPCHECK_PASSWORD": None}


def cli(*args, env=None):
    return CliRunner().invoke(app, [str(a) for a in args], env={**CLEAN_ENV, **(env or {})}, catch_exceptions=False)


@pytest.fixture
def project(tmp_path, monkeypatch) -> Path:
    """tmp/project/plannen/plan.txt, with the working directory outside the project."""
    folder = tmp_path / "project" / "plannen"
    folder.mkdir(parents=True)
    shutil.copyfile(TEXT_PLAN, folder / "plan.txt")
    elsewhere = tmp_path / "elders"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    return tmp_path / "project"


def _doc(project: Path) -> Path:
    return project / "plannen" / "plan.txt"


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


# --- discovery ------------------------------------------------------------------------------------------

def test_no_config_means_defaults(project):
    result = cli("check", _doc(project))
    assert result.exit_code == 1
    assert result.stdout.lstrip().startswith("opcheck")      # the text format


def test_discovered_from_the_documents_folder_upwards(project):
    write(project / "opcheck.toml", 'format = "json"\nlang = "en"\nfail-on = "never"\n')
    result = cli("check", _doc(project))
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["lang"] == "en"
    assert config_mod.discover([_doc(project)]) == project / "opcheck.toml"


def test_discovered_from_the_working_directory(project, tmp_path, monkeypatch):
    cwd = tmp_path / "werkmap"
    write(cwd / "opcheck.toml", 'format = "json"\n')
    monkeypatch.chdir(cwd)
    assert json.loads(cli("check", _doc(project)).stdout)["schema_version"] == "1.0"


def test_documents_folder_wins_over_working_directory(project, tmp_path, monkeypatch):
    write(project / "opcheck.toml", 'format = "json"\n')
    cwd = tmp_path / "werkmap"
    write(cwd / "opcheck.toml", 'format = "junit"\n')
    monkeypatch.chdir(cwd)
    json.loads(cli("check", _doc(project)).stdout)


def test_pyproject_tool_opcheck(project):
    write(project / "pyproject.toml", '[project]\nname = "x"\n\n[tool.opcheck]\nformat = "json"\nfail-on = "never"\n')
    result = cli("check", _doc(project))
    assert result.exit_code == 0 and json.loads(result.stdout)


def test_pyproject_without_section_is_passed_over(project):
    write(project / "plannen" / "pyproject.toml", '[project]\nname = "x"\n')
    write(project / "opcheck.toml", 'format = "json"\n')
    assert config_mod.discover([_doc(project)]) == project / "opcheck.toml"


def test_opcheck_toml_wins_over_pyproject_in_the_same_folder(project):
    write(project / "pyproject.toml", '[tool.opcheck]\nformat = "junit"\n')
    write(project / "opcheck.toml", 'format = "json"\n')
    json.loads(cli("check", _doc(project)).stdout)


def test_config_option_overrides_discovery(project, tmp_path):
    write(project / "opcheck.toml", 'format = "junit"\n')
    explicit = write(tmp_path / "ci" / "opcheck-ci.toml", 'format = "json"\nfail-on = "never"\n')
    result = cli("check", _doc(project), "--config", explicit)
    assert result.exit_code == 0 and json.loads(result.stdout)


def test_config_option_accepts_a_pyproject(project, tmp_path):
    explicit = write(tmp_path / "ander" / "pyproject.toml", '[tool.opcheck]\nformat = "json"\n')
    assert json.loads(cli("check", _doc(project), "--config", explicit).stdout)


def test_config_option_to_a_missing_file_exit_2(project, tmp_path):
    result = cli("check", _doc(project), "--config", tmp_path / "nergens.toml")
    assert result.exit_code == 2 and "nergens.toml" in result.stderr


def test_command_line_overrides_config(project):
    write(project / "opcheck.toml", 'format = "json"\nlang = "en"\nfail-on = "never"\nsector = "po"\n')
    result = cli("check", _doc(project), "--format", "junit", "--lang", "nl", "--fail-on", "partial")
    assert result.exit_code == 1
    root = ET.fromstring(result.stdout.encode("utf-8"))
    assert "gedeeltelijk" in ET.tostring(root, encoding="unicode")


def test_config_keys_are_applied(project):
    write(project / "opcheck.toml", 'sector = "po"\nchecklist = "po"\nextended = []\nformat = "sarif"\n'
                                     'fail-on = "missing"\nlang = "en"\n')
    result = cli("check", _doc(project))
    data = json.loads(result.stdout)
    assert data["version"] == "2.1.0"
    assert data["runs"][0]["properties"]["fail_on"] == "missing"
    assert data["runs"][0]["properties"]["sector"] == "po"


# --- broken configuration → exit 2, naming the file and the key --------------------------------------------------

@pytest.mark.parametrize("name, text, key", [
    ("opcheck.toml", 'format = "json"\nlang = \n', None),                         # bad TOML
    ("opcheck.toml", 'colour = "always"\n', "colour"),                            # unknown key
    ("opcheck.toml", 'sector = "mbo"\n', "sector"),                                # bad value
    ("opcheck.toml", 'fail-on = "sometimes"\n', "fail-on"),
    ("opcheck.toml", 'format = "pdf"\n', "format"),
    ("opcheck.toml", 'lang = "de"\n', "lang"),
    ("opcheck.toml", 'extended = [1, 2]\n', "extended"),
    ("opcheck.toml", '[[waivers]]\nid = "resultaten"\n', "waivers[0].reason"),     # waiver without reason
    ("opcheck.toml", '[[waivers]]\nid = "resultaten"\nreason = "  "\n', "waivers[0].reason"),
    ("opcheck.toml", '[[waivers]]\nreason = "x"\n', "waivers[0].id"),
    ("opcheck.toml", '[[waivers]]\nid = "ouders"\nreason = "x"\nexpires = "morgen"\n', "waivers[0].expires"),
    ("opcheck.toml", '[[waivers]]\nid = "ouders"\nreason = "x"\nwho = "y"\n', "waivers[0].who"),
    ("opcheck.toml", 'waivers = "ouders"\n', "waivers"),
    ("pyproject.toml", '[tool.opcheck]\nformaat = "json"\n', "formaat"),
])
def test_broken_config_exit_2_names_file_and_key(project, name, text, key):
    path = write(project / name, text)
    result = cli("check", _doc(project))
    assert result.exit_code == 2
    assert str(path) in result.stderr
    if key:
        assert f"'{key}'" in result.stderr
    else:
        assert "TOML" in result.stderr
    assert "Traceback" not in result.stderr and result.stdout == ""


def test_broken_config_message_in_english(project):
    write(project / "opcheck.toml", 'sector = "mbo"\n')
    result = cli("check", _doc(project), "--lang", "en")
    assert result.exit_code == 2 and "Invalid configuration" in result.stderr and "'sector'" in result.stderr


def test_broken_config_in_a_subprocess_has_no_traceback(project):
    import os
    import subprocess
    import sys
    write(project / "opcheck.toml", "[[waivers]]\nid = 'ouders'\n")
    env = {k: v for k, v in os.environ.items() if k not in CLEAN_ENV}
    env["PYTHONPATH"] = str(REPO)
    proc = subprocess.run([sys.executable, "-m", "opcheck", "check", str(_doc(project))], capture_output=True,
                          text=True, env=env, timeout=120)
    assert proc.returncode == 2
    assert "waivers[0].reason" in proc.stderr and "Traceback" not in proc.stderr


def test_parse_unit():
    cfg = config_mod.parse(Path("x.toml"), {"fail_on": "warning", "extended": "uitgebreid",
                                            "waivers": [{"id": " ouders ", "reason": "r", "approved-by": "MR",
                                                         "expires": dt.date(2030, 1, 1)}]})
    assert cfg.fail_on == "warning" and cfg.extended == ["uitgebreid"]
    assert cfg.waivers[0].id == "ouders" and cfg.waivers[0].approved_by == "MR"
    assert not cfg.waivers[0].expired(dt.date(2029, 12, 31)) and cfg.waivers[0].expired(dt.date(2030, 1, 2))
    with pytest.raises(ConfigError) as exc:
        config_mod.parse(Path("x.toml"), {"waivers": [{"id": "ouders"}]})
    assert "x.toml" in exc.value.message("en") and "waivers[0].reason" in exc.value.message("en")


# --- waivers end to end -------------------------------------------------------------------------------------

WAIVERS = """
[[waivers]]
id = "resultaten"
reason = "Nieuw samenwerkingsverband: resultaten volgen in het jaarverslag"
approved-by = "bestuur"
expires = 2099-12-31

[[waivers]]
id = "plaatsing.criteria"
reason = "Landelijke criteria"

[[waivers]]
id = "dekkend-aanbod"
reason = "Verlopen afspraak"
expires = 2020-01-01

[[waivers]]
id = "terugstroom"
reason = "Niet nodig"

[[waivers]]
id = "bestaat-niet"
reason = "Tikfout"
"""


@pytest.fixture
def waived(project) -> Path:
    write(project / "opcheck.toml", WAIVERS)
    return _doc(project)


def test_waivers_in_json(waived):
    result = cli("check", waived, "-f", "json")
    data = json.loads(result.stdout)
    elements = {e["id"]: e for e in data["elements"]}
    assert elements["resultaten"]["status"] == "waived"
    assert elements["resultaten"]["waiver"]["reason"].startswith("Nieuw samenwerkingsverband")
    assert "bestuur" in elements["resultaten"]["waiver"]["reason"]
    criteria = {c["id"]: c for c in elements["plaatsing"]["criteria"]}
    assert criteria["criteria"]["waived"] is True and criteria["criteria"]["waiver_reason"] == "Landelijke criteria"
    assert elements["plaatsing"]["status"] == "present"           # its only unmet core criterion is waived
    assert elements["dekkend-aanbod"]["status"] in ("partial", "missing")   # expired: not applied
    assert elements["terugstroom"]["status"] == "present"        # unused waiver: element already present
    assert data["summary"]["waived"] == 1
    warnings = "\n".join(data["warnings"])
    assert "'dekkend-aanbod'" in warnings and "verlopen" in warnings and "2020-01-01" in warnings
    assert "'terugstroom'" in warnings and "niet nodig" in warnings
    assert "'bestaat-niet'" in warnings


def test_waivers_in_english_warnings(waived):
    data = json.loads(cli("check", waived, "-f", "json", "--lang", "en").stdout)
    warnings = "\n".join(data["warnings"])
    assert "expired" in warnings and "unused" in warnings


def test_waivers_in_text(waived):
    out = cli("check", waived).stdout
    assert "Nieuw samenwerkingsverband" in out and "Landelijke criteria" in out
    assert "vrijgesteld" in out.lower()
    assert "Verlopen" in out or "verlopen" in out


def test_waivers_in_sarif(waived):
    data = json.loads(cli("check", waived, "-f", "sarif").stdout)
    results = data["runs"][0]["results"]
    suppressed = {r["ruleId"]: r["suppressions"][0] for r in results if "suppressions" in r}
    assert suppressed["resultaten.doelen"]["kind"] == "external"
    assert suppressed["resultaten.doelen"]["justification"].startswith("Nieuw samenwerkingsverband")
    assert suppressed["plaatsing.criteria"]["justification"] == "Landelijke criteria"
    assert not any(r["ruleId"].startswith("dekkend-aanbod") and "suppressions" in r for r in results)
    notes = data["runs"][0]["invocations"][0]["toolExecutionNotifications"]
    assert any("dekkend-aanbod" in n["message"]["text"] for n in notes)


def test_waivers_in_junit(waived):
    root = ET.fromstring(cli("check", waived, "-f", "junit").stdout.encode("utf-8"))
    cases = {c.get("name"): c for c in root.iter("testcase")}
    skipped = cases["resultaten"].find("skipped")
    assert skipped is not None and skipped.get("message").startswith("Nieuw samenwerkingsverband")
    assert cases["plaatsing"].find("failure") is None
    assert cases["dekkend-aanbod"].find("failure") is not None
    assert root.get("skipped") == "1"


def test_criterion_waiver_of_a_detail_clears_its_warning(project):
    write(project / "opcheck.toml", '[[waivers]]\nid = "plaatsing.bezwaar"\nreason = "Bezwaarreglement"\n')
    data = json.loads(cli("check", _doc(project), "-f", "json").stdout)
    plaatsing = next(e for e in data["elements"] if e["id"] == "plaatsing")
    assert not any(f.get("criterion") == "bezwaar" for f in plaatsing["findings"])
    assert next(c for c in plaatsing["criteria"] if c["id"] == "bezwaar")["waived"] is True


def test_all_core_criteria_of_a_missing_element_waived_waives_the_element(project):
    write(project / "opcheck.toml", '[[waivers]]\nid = "resultaten.doelen"\nreason = "a"\n'
                                     '[[waivers]]\nid = "resultaten.monitoring"\nreason = "b"\n')
    data = json.loads(cli("check", _doc(project), "-f", "json").stdout)
    resultaten = next(e for e in data["elements"] if e["id"] == "resultaten")
    assert resultaten["status"] == "waived" and resultaten["waiver"]["reason"] == "a; b"
