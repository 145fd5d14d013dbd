"""Checklists are data: the bundled ones validate and follow the Part A contract; a broken one is a clear
error naming the file, the line and what is wrong; the CLI lists, shows, validates and uses them."""
from pathlib import Path

import pytest
from typer.testing import CliRunner

from opcheck import checklist
from opcheck.checklist import CANONICAL_CORE
from opcheck.cli import app
from opcheck.errors import ConfigError

REPO = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("name", ["po", "vo"])
def test_bundled_checklists_follow_the_contract(name):
    cl = checklist.load(name)
    assert cl.sector == name
    assert [e.id for e in cl.elements] == list(CANONICAL_CORE)
    for element in cl.elements:
        assert {c.id for c in element.criteria if c.tier == "core"} == CANONICAL_CORE[element.id]
        assert element.legal_basis and element.explanation["nl"] and element.question["nl"] and element.question["en"]
        for criterion in element.criteria:
            assert criterion.looked_for["nl"] and criterion.looked_for["en"], (element.id, criterion.id)
    assert "WPO" in cl.elements[0].legal_basis if name == "po" else "WVO" in cl.elements[0].legal_basis


def test_extended_checklist_loads():
    cl = checklist.load("uitgebreid")
    assert cl.extended and {"EXT-OOGO", "EXT-OPR", "EXT-OJSP", "EXT-THUIS", "EXT-PERIODE"} <= {e.id for e in cl.elements}


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "eigen.yaml"
    path.write_text(text, encoding="utf-8")
    return path


BROKEN = [
    ("id: x\nelements:\n  - id: a\n    title: A\n    criteria: []\n", 5, "should be non-empty"),
    ("id: x\nelements: [\n", 3, "geen geldige YAML"),
    ("id: x\nelements:\n  - id: a\n    title: A\n    onbekend: 1\n    criteria:\n      - {id: c, tier: core, patterns: [{require: [[woord]]}]}\n",
     3, "onbekend"),
    ("id: x\nextended: true\nelements:\n  - id: a\n    title: A\n    criteria:\n      - {id: c, tier: kern, patterns: [{require: [[woord]]}]}\n",
     7, "kern"),
    # a key given twice would silently drop the first list
    ("id: x\nextended: true\nelements:\n  - id: a\n    title: A\n    criteria:\n      - id: c\n        tier: core\n"
     "        exclude_sentence: [een]\n        patterns: [{require: [[woord]]}]\n        exclude_sentence: [twee]\n",
     11, "exclude_sentence"),
]


@pytest.mark.parametrize("text,line,needle", BROKEN)
def test_broken_checklist_names_file_line_and_problem(tmp_path, text, line, needle):
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as info:
        checklist.load(str(path))
    message = info.value.message("nl")
    assert f"{path}:{line}" in message and needle in message


def test_missing_core_criterion_is_refused(tmp_path):
    source = (REPO / "checklists" / "po.yaml").read_text("utf-8").replace("- id: beleid", "- id: beleidje", 1)
    with pytest.raises(ConfigError) as info:
        checklist.load(str(write(tmp_path, source)))
    assert "terugstroom" in info.value.message("nl") and "beleid" in info.value.message("nl")


def test_own_checklist_is_used_by_check(tmp_path):
    own = write(tmp_path, """id: mini
extended: true
elements:
  - id: thuiszitters
    title: Thuiszitters
    criteria:
      - id: aanpak
        tier: core
        patterns:
          - require: [[thuiszitter*], [aanpak, overleg]]
""")
    plan = tmp_path / "plan.md"
    plan.write_text("# Plan\n\nVoor iedere thuiszitter is er binnen twee weken overleg met leerplicht.\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["check", "--checklist", str(own), "-f", "json", "-q", str(plan)])
    assert result.exit_code in (0, 1)
    assert '"id": "thuiszitters"' in result.stdout and '"status": "present"' in result.stdout


def test_cli_list_show_validate():
    runner = CliRunner()
    listed = runner.invoke(app, ["checklists", "list"])
    assert listed.exit_code == 0 and "po" in listed.stdout and "vo" in listed.stdout and "uitgebreid" in listed.stdout
    shown = runner.invoke(app, ["checklists", "show", "vo"])
    assert shown.exit_code == 0 and "plaatsing" in shown.stdout and "lwoo" in shown.stdout
    valid = runner.invoke(app, ["checklists", "validate", str(REPO / "checklists" / "po.yaml")])
    assert valid.exit_code == 0 and "geldig" in valid.stdout
    unknown = runner.invoke(app, ["check", "--checklist", "bestaatniet", str(REPO / "samples" / "po-concept.txt")])
    assert unknown.exit_code == 2 and "Onbekende checklist" in unknown.stderr
