"""Verdict agreement with the labelled samples (samples/*.expected.yaml, and samples/holdout*/).

Labels were written by reading each document against domain Part A, not from opcheck's output.
The thresholds are the issue's quality bar; the per-element table is printed with `pytest -s`.
"""
import os
from concurrent.futures import ProcessPoolExecutor

import pytest

from conftest import SAMPLES
from opcheck.evaluate import ELEMENTS, cases, run_case, summarize

FOLDERS = sorted(p for p in [SAMPLES, *SAMPLES.glob("holdout*")] if p.is_dir() and any(p.glob("*.expected.yaml")))


@pytest.fixture(scope="session")
def all_outcomes():
    """Every labelled case checked once, on all cores: the sets are many and each case is independent."""
    every = [c for folder in FOLDERS for c in cases(folder)]
    workers = max(1, min(os.cpu_count() or 1, 8))
    if workers == 1:
        found = [run_case(c) for c in every]
    else:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            found = list(pool.map(run_case, every, chunksize=4))
    by_folder: dict = {}
    for outcome in found:
        by_folder.setdefault(outcome.case.label_file.parent, []).append(outcome)
    return by_folder


@pytest.fixture(scope="module", params=FOLDERS, ids=lambda p: p.name)
def outcomes(request, all_outcomes):
    found = all_outcomes[request.param]
    print("\n" + summarize(found))
    return found


def test_labelled_samples_exist():
    labelled = cases(SAMPLES)
    assert len({c.label_file for c in labelled}) >= 12
    assert {c.expected.get("sector") for c in labelled} >= {"po", "vo"}
    suffixes = {f.suffix for c in labelled for f in c.files}
    assert {".pdf", ".docx", ".md", ".html", ".txt"} <= suffixes


def test_every_status_occurs_for_every_element():
    statuses = {e: set() for e in ELEMENTS}
    for case in cases(SAMPLES):
        for element, status in (case.expected.get("elements") or {}).items():
            statuses[element].add(status)
    for element, seen in statuses.items():
        assert seen >= {"present", "partial", "missing"}, (element, seen)


def test_document_type_is_recognised(outcomes):
    wrong = [o.case.files for o in outcomes if not o.plan_ok]
    assert not wrong, wrong


def test_sector_is_recognised(outcomes):
    wrong = [o.case.files for o in outcomes if not o.sector_ok]
    assert not wrong, wrong


def test_element_agreement(outcomes):
    pairs = [v for o in outcomes for v in o.elements.values()]
    agree = sum(e == g for e, g in pairs)
    assert agree / len(pairs) >= 0.85, summarize(outcomes)


def test_no_present_where_reader_finds_nothing(outcomes):
    """The worst errors: 'present' for an element a careful reader finds missing, and the reverse."""
    worst = [(o.case.files[0].name, k, e, g) for o in outcomes for k, (e, g) in o.elements.items()
             if {e, g} == {"present", "missing"}]
    assert not worst, worst
