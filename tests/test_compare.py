"""opcheck compare: two versions of a plan → one Diff → text, markdown, html, json; exit codes."""
from __future__ import annotations

import html.parser
import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from opcheck.cli import app
from opcheck.compare import (IMPROVED, UNCHANGED, WORSENED, compare_paths, compute_diff, normalise_quote,
                             report_from_dict)
from opcheck.engine import CheckOptions, check_paths
from opcheck.formats_compare import render

FIX = Path(__file__).resolve().parent / "fixtures" / "compare"
V1, V2, V3 = FIX / "v1.md", FIX / "v2.md", FIX / "v3.md"
V1_HTML = FIX / "v1.html"
V2_PLAN, V2_BIJLAGE = FIX / "v2-plan.md", FIX / "v2-bijlage.md"

runner = CliRunner()


def invoke(*args: str):
    return runner.invoke(app, list(args), catch_exceptions=False)


@pytest.fixture(scope="module")
def diff_v1_v2():
    return compare_paths([V1], [V2])


def element(diff, eid):
    return next(e for e in diff.elements if e.id == eid)


def criterion(diff, eid, cid):
    return next(c for c in element(diff, eid).criteria if c.id == cid)


# --------------------------------------------------------------------------------------------------
# model
# --------------------------------------------------------------------------------------------------

def test_statuses_before_and_after(diff_v1_v2):
    terug = element(diff_v1_v2, "terugstroom")
    assert (terug.old_status, terug.new_status, terug.change) == ("missing", "present", IMPROVED)
    ouders = element(diff_v1_v2, "ouders")
    assert (ouders.old_status, ouders.new_status, ouders.change) == ("present", "partial", WORSENED)
    assert element(diff_v1_v2, "financien").change == UNCHANGED


def test_summary_counts(diff_v1_v2):
    counts = diff_v1_v2.counts
    assert counts[IMPROVED] == 1 and counts[WORSENED] == 1 and counts[UNCHANGED] == 5
    assert diff_v1_v2.summary_line("nl").startswith("1 verbeterd, 1 verslechterd")
    assert diff_v1_v2.summary_line("en").startswith("1 improved, 1 worsened")
    assert diff_v1_v2.worsened


def test_criteria_and_evidence(diff_v1_v2):
    steunpunt = criterion(diff_v1_v2, "ouders", "steunpunt")
    assert steunpunt.tier == "core" and steunpunt.change == WORSENED
    assert (steunpunt.old_met, steunpunt.new_met) == (True, False)
    # the quote that disappeared keeps its location in the old version
    gone = steunpunt.evidence_removed
    assert gone and all(x.old is not None and x.new is None for x in gone)
    assert any("Jeugdsteunpunt" in x.quote for x in gone)
    assert gone[0].old.file.endswith("v1.md") and gone[0].old.line
    procedure = criterion(diff_v1_v2, "terugstroom", "procedure")
    assert procedure.change == IMPROVED
    assert procedure.evidence_added and all(x.new.file.endswith("v2.md") for x in procedure.evidence_added)
    assert element(diff_v1_v2, "ouders").core_worsened == [steunpunt]


def test_findings_added_and_resolved(diff_v1_v2):
    terug = element(diff_v1_v2, "terugstroom")
    assert terug.findings_resolved, "the 'not found' findings of v1 are resolved in v2"


def test_evidence_kept_with_pages_in_both_versions(diff_v1_v2):
    niveau = criterion(diff_v1_v2, "basisondersteuning", "niveau")
    assert niveau.evidence_kept and not niveau.evidence_added and not niveau.evidence_removed
    kept = niveau.evidence_kept[0]
    assert kept.old.file.endswith("v1.md") and kept.new.file.endswith("v2.md")


def test_normalise_quote():
    assert normalise_quote("  Het  Loket\nBESLIST ") == normalise_quote("het loket beslist")
    assert normalise_quote("‘ouders’ – samen") == normalise_quote("'ouders' - samen")


def test_only_improved_is_not_worse():
    diff = compare_paths([V1], [V3])
    assert element(diff, "terugstroom").change == IMPROVED
    assert not diff.worsened
    assert diff.counts[WORSENED] == 0


def test_identical_versions():
    diff = compare_paths([V2], [V2])
    assert all(e.change == UNCHANGED and not e.touched for e in diff.elements)
    assert not diff.worsened


def test_waived_and_not_assessable_count_as_unchanged():
    old = check_paths([V1])
    new = check_paths([V2])
    new_ouders = next(e for e in new.elements if e.id == "ouders")
    new_ouders.status = "waived"
    old_terug = next(e for e in old.elements if e.id == "terugstroom")
    old_terug.status = "not_assessable"
    diff = compute_diff(old, new)
    assert element(diff, "ouders").change == UNCHANGED and not element(diff, "ouders").comparable
    assert element(diff, "terugstroom").change == UNCHANGED


def test_waived_criterion_is_not_worse():
    old, new = check_paths([V1]), check_paths([V2])
    crit = next(c for e in new.elements if e.id == "ouders" for c in e.criteria if c.id == "steunpunt")
    crit.waived = True
    diff = compute_diff(old, new)
    assert criterion(diff, "ouders", "steunpunt").change == UNCHANGED


def test_multi_file_new_version():
    diff = compare_paths([V1], [V2_PLAN, V2_BIJLAGE])
    assert [Path(d.path).name for d in diff.new.documents] == ["v2-plan.md", "v2-bijlage.md"]
    assert element(diff, "terugstroom").change == IMPROVED
    assert element(diff, "ouders").change == WORSENED
    assert diff.worsened


def test_mixed_formats_html_vs_markdown():
    """The same plan as HTML (old) and Markdown (new): nothing changed in substance."""
    diff = compare_paths([V1_HTML], [V1])
    assert diff.old.documents[0].format == "html" and diff.new.documents[0].format == "markdown"
    assert all(e.change == UNCHANGED for e in diff.elements)
    assert not diff.worsened
    # evidence matched across formats despite different locations (html vs markdown lines)
    niveau = criterion(diff, "basisondersteuning", "niveau")
    assert niveau.evidence_kept and not niveau.evidence_added and not niveau.evidence_removed


def test_mixed_formats_html_to_improved_markdown():
    diff = compare_paths([V1_HTML], [V3])
    assert element(diff, "terugstroom").change == IMPROVED and not diff.worsened


def test_report_from_dict_roundtrip():
    report = check_paths([V2])
    again = report_from_dict(json.loads(json.dumps(report.to_dict())))
    assert again.to_dict()["elements"] == report.to_dict()["elements"]
    assert again.plan == report.plan


def test_sector_of_new_version_applies_to_old():
    diff = compare_paths([V1], [V2], CheckOptions())
    assert diff.old.checklist == diff.new.checklist == "po"
    assert not diff.warnings


# --------------------------------------------------------------------------------------------------
# renderers
# --------------------------------------------------------------------------------------------------

def test_json_output(diff_v1_v2):
    data = json.loads(render("json", diff_v1_v2))
    assert data["kind"] == "opcheck-compare"
    assert data["summary"]["elements"]["improved"] == 1 and data["summary"]["elements"]["worsened"] == 1
    assert data["summary"]["worsened"] is True
    ouders = next(e for e in data["elements"] if e["id"] == "ouders")
    assert (ouders["old_status"], ouders["new_status"], ouders["change"]) == ("present", "partial", "worsened")
    steun = next(c for c in ouders["criteria"] if c["id"] == "steunpunt")
    assert steun["evidence_removed"][0]["old"]["line"] and steun["evidence_removed"][0]["new"] is None


def test_markdown_output(diff_v1_v2):
    md = render("markdown", diff_v1_v2)
    assert md.startswith("# Vergelijking van twee versies")
    assert "| Onderdeel | Voor | Na | Verandering |" in md
    assert "↓ verslechterd" in md and "↑ verbeterd" in md
    assert "1 verbeterd, 1 verslechterd" in md


class _Collector(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags, self.rows, self.scripts = [], [], 0

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        if tag == "tr" and dict(attrs).get("data-element"):
            self.rows.append(dict(attrs))
        if tag in ("script", "link", "img"):
            self.scripts += 1


def test_html_output_self_contained_and_escaped(diff_v1_v2):
    page = render("html", diff_v1_v2)
    parser = _Collector()
    parser.feed(page)
    assert parser.scripts == 0, "no scripts, stylesheets or images: self-contained"
    assert {r["data-element"]: r["data-change"] for r in parser.rows}["ouders"] == "worsened"
    assert "http://" not in page and "https://" not in page


def test_html_escapes_hostile_text(tmp_path):
    hostile = tmp_path / "<script>alert(1)<\\script>.md"
    hostile.write_text(V2.read_text("utf-8").replace("Rivierenland", "<img src=x onerror=alert(1)>"), "utf-8")
    diff = compare_paths([V1], [hostile])
    page = render("html", diff)
    assert "<script>alert" not in page and "<img src=x" not in page and "onerror=alert(1)>" not in page
    assert "&lt;script&gt;" in page


def test_text_output(diff_v1_v2):
    text = render("text", diff_v1_v2)
    assert "↓ ouders" in text and "↑ terugstroom" in text
    assert "Samenvatting: 1 verbeterd, 1 verslechterd" in text


def test_english(diff_v1_v2):
    assert "1 improved, 1 worsened" in render("text", diff_v1_v2, "en")


# --------------------------------------------------------------------------------------------------
# command line
# --------------------------------------------------------------------------------------------------

def test_cli_exit_1_when_worse():
    result = invoke("compare", str(V1), str(V2))
    assert result.exit_code == 1
    assert "verslechterd" in result.stdout


def test_cli_exit_0_when_only_improved():
    result = invoke("compare", str(V1), str(V3), "-q")
    assert result.exit_code == 0


def test_cli_multi_file_options():
    result = invoke("compare", "--old", str(V1), "--new", str(V2_PLAN), "--new", str(V2_BIJLAGE), "-f", "json")
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert len(data["new"]["documents"]) == 2


def test_cli_mixed_formats_exit_0():
    assert invoke("compare", str(V1_HTML), str(V1), "-q").exit_code == 0


@pytest.mark.parametrize("fmt,needle", [("json", '"kind": "opcheck-compare"'), ("markdown", "# Vergelijking"),
                                        ("html", "<!DOCTYPE html>")])
def test_cli_output_file(tmp_path, fmt, needle):
    out = tmp_path / f"diff.{fmt}"
    result = invoke("compare", str(V1), str(V2), "-f", fmt, "-o", str(out), "-q")
    assert result.exit_code == 1
    assert needle in out.read_text("utf-8")
    assert result.stdout == ""


def test_cli_usage_errors(tmp_path):
    assert invoke("compare", str(V1)).exit_code == 2
    assert invoke("compare", str(V1), str(V2), "--old", str(V1)).exit_code == 2
    assert invoke("compare", str(V1), str(V2), "-f", "pdf").exit_code == 2
    assert invoke("compare", str(V1), str(V2), "--sector", "mbo").exit_code == 2


def test_cli_unreadable_file_is_exit_2(tmp_path):
    empty = tmp_path / "leeg.pdf"
    empty.write_bytes(b"")
    result = invoke("compare", str(V1), str(empty))
    assert result.exit_code == 2
    assert "leeg" in result.stderr


def test_cli_saved_json_report_as_old_version(tmp_path):
    saved = tmp_path / "v1.json"
    assert invoke("check", str(V1), "-f", "json", "-o", str(saved), "-q").exit_code in (0, 1)
    result = invoke("compare", str(saved), str(V3), "-q", "-f", "json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    terug = next(e for e in data["elements"] if e["id"] == "terugstroom")
    assert terug["change"] == "improved"


def test_cli_output_never_overwrites_input(tmp_path):
    copy = tmp_path / "v2.md"
    shutil.copy(V2, copy)
    result = invoke("compare", str(V1), str(copy), "-o", str(copy))
    assert result.exit_code == 2
    assert copy.read_text("utf-8") == V2.read_text("utf-8")
