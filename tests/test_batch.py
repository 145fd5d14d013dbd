"""opcheck batch: many plans in parallel, broken files as error rows, cache, overview html/csv/json."""
from __future__ import annotations

import csv
import io
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from opcheck.batch import BatchOptions, Plan, cache_key, checklist_fingerprint, collect_plans, run_batch
from opcheck.cli import app

REPO = Path(__file__).resolve().parent.parent
FIX = Path(__file__).resolve().parent / "fixtures" / "compare"
ELEMENTS = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod", "resultaten", "ouders"]

runner = CliRunner()


def invoke(*args: str):
    return runner.invoke(app, list(args), catch_exceptions=False)


@pytest.fixture
def plans_dir(tmp_path, monkeypatch) -> Path:
    """3 good plans, a zero-byte PDF and a garbage .docx; cwd = tmp_path (cache lands there)."""
    monkeypatch.chdir(tmp_path)
    d = tmp_path / "plannen"
    d.mkdir()
    for name in ("v1.md", "v2.md", "v3.md"):
        shutil.copy(FIX / name, d / name)
    (d / "leeg.pdf").write_bytes(b"")
    (d / "kapot.docx").write_bytes(b"PK\x03\x04 this is not really a zip archive" + os.urandom(512))
    (d / "notities.xlsx").write_bytes(b"ignored: not a plan extension")
    return d


def overview(path: Path) -> dict:
    return json.loads(path.read_text("utf-8"))


def rows_by_name(data: dict) -> dict:
    return {Path(p["path"]).name: p for p in data["plans"]}


# --------------------------------------------------------------------------------------------------
# overview formats, error rows
# --------------------------------------------------------------------------------------------------

def test_json_overview_with_error_rows(plans_dir, tmp_path):
    out = tmp_path / "overzicht.json"
    result = invoke("batch", str(plans_dir), "-o", str(out), "-q")
    assert result.exit_code == 1, "plans with gaps (and unreadable files) → exit 1"
    data = overview(out)
    rows = rows_by_name(data)
    assert set(rows) == {"v1.md", "v2.md", "v3.md", "leeg.pdf", "kapot.docx"}
    assert "leeg" in rows["leeg.pdf"]["error"] and "0 bytes" in rows["leeg.pdf"]["error"]
    assert rows["kapot.docx"]["error"]
    assert rows["v1.md"]["error"] is None
    assert rows["v1.md"]["statuses"]["terugstroom"] == "missing"
    assert rows["v2.md"]["statuses"]["terugstroom"] == "present"
    assert rows["v2.md"]["statuses"]["ouders"] == "partial"
    assert rows["v3.md"]["sector"] == "po" and rows["v3.md"]["looks_like_plan"] is True
    assert [e["id"] for e in data["elements"]] == ELEMENTS
    assert data["summary"]["plans"] == 5 and data["summary"]["errors"] == 2
    # per-plan reports beside the overview, linked from it
    for name in ("v1.md", "v2.md", "v3.md"):
        link = rows[name]["report"]
        assert link.startswith("overzicht-rapporten/")
        assert (tmp_path / link).is_file()
    assert rows["leeg.pdf"]["report"] is None


def test_csv_overview_parses(plans_dir, tmp_path):
    out = tmp_path / "overzicht.csv"
    assert invoke("batch", str(plans_dir), "-o", str(out), "-q").exit_code == 1
    with open(out, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    header = list(rows[0].keys())
    assert header[:3] == ["path", "sector", "looks_like_plan"]
    assert header[3:10] == ELEMENTS and header[10] == "error"
    by = {Path(r["path"]).name: r for r in rows}
    assert by["v1.md"]["terugstroom"] == "missing" and by["v1.md"]["error"] == ""
    assert by["leeg.pdf"]["error"] and by["leeg.pdf"]["ouders"] == ""
    assert by["v2.md"]["looks_like_plan"] == "true"


def test_csv_neutralises_formulas(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    evil = tmp_path / "=HYPERLINK(1).md"
    shutil.copy(FIX / "v3.md", evil)
    out = tmp_path / "o.csv"
    invoke("batch", evil.name, "-o", str(out), "-q")
    text = out.read_text("utf-8-sig")
    assert "'=HYPERLINK(1).md" in text


def _chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


def test_html_overview(plans_dir, tmp_path):
    out = tmp_path / "overzicht.html"
    assert invoke("batch", str(plans_dir), "-o", str(out), "-q").exit_code == 1
    page = out.read_text("utf-8")
    assert page.count('<tr data-error=') == 5
    assert page.count('data-error="1"') == 2
    assert "overzicht-rapporten/" in page
    assert "<link" not in page and "src=" not in page, "self-contained"
    # readable without the script: statuses are in the table as text
    assert "ontbreekt" in page and "gedeeltelijk" in page


@pytest.mark.skipif(_chromium() is None, reason="chromium not installed")
def test_html_overview_in_headless_chromium(plans_dir, tmp_path):
    out = tmp_path / "overzicht.html"
    invoke("batch", str(plans_dir), "-o", str(out), "-q")
    profile = tmp_path / "chromium-profile"
    proc = subprocess.run(
        [_chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
         "--disable-background-networking", f"--user-data-dir={profile}", "--dump-dom", out.resolve().as_uri()],
        capture_output=True, text=True, timeout=120)
    dom = proc.stdout
    assert dom, proc.stderr[-2000:]
    assert dom.count("<tr data-error=") == 5
    for name in ("v1.md", "v2.md", "v3.md", "leeg.pdf", "kapot.docx"):
        assert name in dom
    # the inline script ran: the filter controls are shown and the count is filled in
    assert 'id="controls" hidden' not in dom
    assert '<span id="count">5</span>' in dom


def test_text_overview_to_stdout(plans_dir):
    result = invoke("batch", str(plans_dir), "-q")
    assert result.exit_code == 1
    assert "v1.md" in result.stdout and "leeg.pdf" in result.stdout


# --------------------------------------------------------------------------------------------------
# cache
# --------------------------------------------------------------------------------------------------

def test_cache_hit_on_rerun_and_no_cache_bypasses(plans_dir, tmp_path):
    out = tmp_path / "o.json"
    invoke("batch", str(plans_dir), "-o", str(out), "-q")
    first = overview(out)
    assert first["summary"]["cache_hits"] == 0
    assert not any(p["cached"] for p in first["plans"])
    assert (tmp_path / ".opcheck-cache").is_dir()

    invoke("batch", str(plans_dir), "-o", str(out), "-q")
    second = overview(out)
    assert second["summary"]["cache_hits"] == 5
    assert all(p["cached"] for p in second["plans"])
    assert [p["statuses"] for p in second["plans"]] == [p["statuses"] for p in first["plans"]]
    assert [p["error"] for p in second["plans"]] == [p["error"] for p in first["plans"]]
    for p in second["plans"]:
        if p["report"]:
            assert (tmp_path / p["report"]).is_file()

    invoke("batch", str(plans_dir), "-o", str(out), "-q", "--no-cache")
    third = overview(out)
    assert third["summary"]["cache_hits"] == 0 and not any(p["cached"] for p in third["plans"])


def test_cache_invalidated_by_content_and_options(plans_dir, tmp_path):
    out = tmp_path / "o.json"
    cache = tmp_path / "mycache"
    invoke("batch", str(plans_dir / "v1.md"), str(plans_dir / "v2.md"), "-o", str(out), "-q", "--cache-dir", str(cache))
    (plans_dir / "v1.md").write_text((FIX / "v3.md").read_text("utf-8"), "utf-8")   # v1 edited
    invoke("batch", str(plans_dir / "v1.md"), str(plans_dir / "v2.md"), "-o", str(out), "-q", "--cache-dir", str(cache))
    rows = rows_by_name(overview(out))
    assert rows["v1.md"]["cached"] is False and rows["v2.md"]["cached"] is True
    assert rows["v1.md"]["statuses"]["terugstroom"] == "present"
    # another language is another key
    invoke("batch", str(plans_dir / "v2.md"), "-o", str(out), "-q", "--cache-dir", str(cache), "--lang", "en")
    assert overview(out)["plans"][0]["cached"] is False
    # a cache hit does not read the documents: the key only needs the file bytes
    opts = BatchOptions()
    plan = Plan([plans_dir / "v2.md"], "v2.md")
    assert cache_key(plan, opts, checklist_fingerprint(opts)) == cache_key(plan, opts, checklist_fingerprint(opts))
    assert cache_key(plan, opts, "x") != cache_key(plan, BatchOptions(sector="vo"), "x")


def test_cache_hit_for_same_content_at_another_path(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    shutil.copy(FIX / "v2.md", tmp_path / "eerst.md")
    out = tmp_path / "o.json"
    invoke("batch", "eerst.md", "-o", str(out), "-q")
    (tmp_path / "eerst.md").rename(tmp_path / "later.md")
    invoke("batch", "later.md", "-o", str(out), "-q")
    row = overview(out)["plans"][0]
    assert row["cached"] is True and row["files"] == ["later.md"]
    report = (tmp_path / row["report"]).read_text("utf-8")
    assert "later.md" in report and "eerst.md" not in report


def test_cache_hit_does_not_start_workers(plans_dir, tmp_path, monkeypatch):
    opts = BatchOptions(cache_dir=tmp_path / "c")
    run_batch([plans_dir / "v1.md"], opts)

    import opcheck.batch as batch_mod

    def boom(*a, **k):
        raise AssertionError("a cache hit must not check the document again")
    monkeypatch.setattr(batch_mod, "run_parallel", lambda tasks, *a, **k: tasks and boom())
    result = run_batch([plans_dir / "v1.md"], opts)
    assert result.cache_hits == 1 and result.results[0].cached


# --------------------------------------------------------------------------------------------------
# grouping, robustness, interruption
# --------------------------------------------------------------------------------------------------

def test_plan_per_folder_groups_files(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    root = tmp_path / "verbanden"
    (root / "rivierenland").mkdir(parents=True)
    (root / "kustland").mkdir()
    shutil.copy(FIX / "v2-plan.md", root / "rivierenland" / "ondersteuningsplan.md")
    shutil.copy(FIX / "v2-bijlage.md", root / "rivierenland" / "bijlage-ouders.md")
    shutil.copy(FIX / "v3.md", root / "kustland" / "plan.md")
    plans = collect_plans([root], plan_per_folder=True)
    assert [p.label for p in plans] == ["verbanden/kustland/", "verbanden/rivierenland/"]
    assert [f.name for f in plans[1].files] == ["ondersteuningsplan.md", "bijlage-ouders.md"], "plan first, bijlage last"

    out = tmp_path / "o.json"
    invoke("batch", str(root), "--plan-per-folder", "-o", str(out), "-q")
    data = overview(out)
    assert len(data["plans"]) == 2
    riv = next(p for p in data["plans"] if "rivierenland" in p["path"])
    assert len(riv["files"]) == 2
    assert riv["statuses"]["terugstroom"] == "present" and riv["statuses"]["ouders"] == "partial"
    # without the option: one plan per file
    invoke("batch", str(root), "-o", str(out), "-q", "--no-cache")
    assert len(overview(out)["plans"]) == 3


def test_output_folder_inside_input_is_not_rescanned(plans_dir):
    out = plans_dir / "overzicht.html"
    invoke("batch", str(plans_dir), "-o", str(out), "-q")
    invoke("batch", str(plans_dir), "-o", str(out), "-q")
    page = out.read_text("utf-8")
    assert page.count("<tr data-error=") == 5, "reports written beside the overview are not taken as plans"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs a FIFO")
def test_hung_document_hits_time_limit(tmp_path, monkeypatch):
    """A file that blocks its reader forever (a FIFO) is stopped at --timeout; the batch goes on."""
    monkeypatch.chdir(tmp_path)
    fifo = tmp_path / "hangt.txt"
    os.mkfifo(fifo)
    shutil.copy(FIX / "v3.md", tmp_path / "goed.md")
    out = tmp_path / "o.json"
    start = time.monotonic()
    result = invoke("batch", "goed.md", "hangt.txt", "--timeout", "3", "-o", str(out), "-q", "--jobs", "2")
    assert time.monotonic() - start < 60
    assert result.exit_code == 1
    rows = rows_by_name(overview(out))
    # refused up front as a non-regular file, or stopped at the time limit: either way the batch goes on
    assert "tijdslimiet" in rows["hangt.txt"]["error"] or "geen gewoon bestand" in rows["hangt.txt"]["error"]
    assert rows["goed.md"]["error"] is None and rows["goed.md"]["statuses"]["ouders"] == "present"


def test_folder_walk_skips_fifos_and_hidden(tmp_path):
    d = tmp_path / "d"
    (d / ".git").mkdir(parents=True)
    shutil.copy(FIX / "v3.md", d / ".git" / "x.md")
    shutil.copy(FIX / "v3.md", d / "plan.md")
    (d / "~$plan.docx").write_bytes(b"lock")
    if hasattr(os, "mkfifo"):
        os.mkfifo(d / "pipe.md")
    assert [p.files[0].name for p in collect_plans([d])] == ["plan.md"]


def test_usage_errors(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "leeg").mkdir()
    assert invoke("batch", "leeg").exit_code == 2                       # no documents
    assert invoke("batch", "bestaat-niet").exit_code == 2
    shutil.copy(FIX / "v3.md", tmp_path / "p.md")
    assert invoke("batch", "p.md", "-o", "o.pdf").exit_code == 2         # unknown overview format
    assert invoke("batch", "p.md", "--sector", "mbo").exit_code == 2
    assert invoke("batch", "p.md", "--checklist", "bestaat-niet").exit_code == 2


def test_exit_codes(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    shutil.copy(FIX / "v3.md", tmp_path / "p.md")
    # v3 is complete except possibly advisory gaps: with --fail-on missing it passes
    assert invoke("batch", "p.md", "-q", "--fail-on", "missing").exit_code == 0
    shutil.copy(FIX / "v1.md", tmp_path / "q.md")                       # terugstroom missing
    assert invoke("batch", "p.md", "q.md", "-q", "--fail-on", "missing").exit_code == 1
    assert invoke("batch", "p.md", "q.md", "-q", "--fail-on", "never").exit_code == 0


def test_ctrl_c_keeps_finished_plans(tmp_path):
    """SIGINT while plans are still running: exit 130 and the overview of the finished plans is written."""
    plans = 60   # enough work that the batch is still busy when the signal comes
    for n in range(plans):
        shutil.copy(FIX / "v3.md", tmp_path / f"plan-{n:02d}.md")
        (tmp_path / f"plan-{n:02d}.md").write_text((FIX / "v3.md").read_text("utf-8") + f"\n\nVersie {n}.\n", "utf-8")
    env = dict(os.environ, PYTHONPATH=str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    # (a shell's background job starts with SIGINT ignored, and Python keeps it ignored: give the child the default)
    proc = subprocess.Popen([sys.executable, "-m", "opcheck", "batch", ".", "--jobs", "1", "-o", "o.json", "-q"],
                            cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    cache = tmp_path / ".opcheck-cache"
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline and not list(cache.glob("*/*.json")):
        time.sleep(0.05)
    assert list(cache.glob("*/*.json")), "a first plan should finish"
    proc.send_signal(signal.SIGINT)
    try:
        proc.wait(timeout=30)
    except subprocess.TimeoutExpired:
        proc.kill()
        raise
    assert proc.returncode == 130
    data = overview(tmp_path / "o.json")
    assert data["summary"]["interrupted"] is True
    done = [Path(p["path"]).name for p in data["plans"]]
    assert 1 <= len(done) < plans and all(name.startswith("plan-") for name in done)
    assert data["summary"]["plans"] == plans


def test_configuration_and_waivers_apply_to_every_plan(tmp_path, monkeypatch):
    """opcheck.toml in the working directory: its waivers and fail-on hold for the batch as for `check`,
    and a changed waiver is a different cache entry."""
    monkeypatch.chdir(tmp_path)
    d = tmp_path / "plannen"
    d.mkdir()
    shutil.copy(FIX / "v1.md", d / "v1.md")
    out = tmp_path / "o.json"
    assert invoke("batch", str(d), "-o", str(out), "-q").exit_code == 1
    assert rows_by_name(overview(out))["v1.md"]["statuses"]["terugstroom"] == "missing"
    (tmp_path / "opcheck.toml").write_text(
        'fail-on = "missing"\n\n[[waivers]]\nid = "terugstroom"\nreason = "Regeling volgt in addendum"\n', "utf-8")
    result = invoke("batch", str(d), "-o", str(out), "-q")
    row = rows_by_name(overview(out))["v1.md"]
    assert row["statuses"]["terugstroom"] == "waived" and row["cached"] is False
    assert result.exit_code == 0   # fail-on = missing from the file; nothing is missing once waived
    assert invoke("batch", str(d), "-o", str(out), "-q", "--fail-on", "partial").exit_code == 1   # option wins


def test_csv_with_semicolons_for_dutch_spreadsheets(plans_dir, tmp_path):
    out = tmp_path / "overzicht.csv"
    invoke("batch", str(plans_dir), "-o", str(out), "-q", "--delimiter", ";")
    with open(out, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter=";"))
    by = {Path(r["path"]).name: r for r in rows}
    assert by["v1.md"]["terugstroom"] == "missing"
    assert invoke("batch", str(plans_dir), "-o", str(out), "-q", "--delimiter", "|").exit_code == 2
