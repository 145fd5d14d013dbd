"""Agreement between opcheck's verdicts and labelled samples (`*.expected.yaml` beside the files).

Used by the test suite and by `python -m opcheck.evaluate [FOLDER]` to print per-element agreement.
A label file lists `documents` (a list of file names checked one by one; a nested list means files
read together as one plan), `sector`, `looks_like_plan`, `elements` (statuses) and `criteria`
(core criteria, true/false).
"""
from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from opcheck.engine import CheckOptions, check_paths

ELEMENTS = ("basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod", "resultaten", "ouders")


@dataclass
class Case:
    label_file: Path
    files: list[Path]
    expected: dict


@dataclass
class Outcome:
    case: Case
    plan_ok: bool
    sector_ok: bool
    elements: dict[str, tuple[str, str]] = field(default_factory=dict)    # id -> (expected, got)
    criteria: dict[str, tuple[bool, bool]] = field(default_factory=dict)  # id -> (expected, got)


def cases(folder: Path) -> list[Case]:
    found: list[Case] = []
    for label in sorted(folder.glob("*.expected.yaml")):
        data = yaml.safe_load(label.read_text("utf-8"))
        for entry in data.get("documents", []):
            names = entry if isinstance(entry, list) else [entry]
            found.append(Case(label, [folder / n for n in names], data))
    return found


def run_case(case: Case) -> Outcome:
    report = check_paths(case.files, CheckOptions())
    exp = case.expected
    outcome = Outcome(case, plan_ok=report.plan.looks_like_plan == bool(exp.get("looks_like_plan", True)),
                      # a document that is not a plan has no sector to get right (labels give one only nominally)
                      sector_ok=(not exp.get("sector")) or exp.get("looks_like_plan") is False
                      or report.plan.sector == exp["sector"])
    if exp.get("looks_like_plan", True):
        got = {e.id: e for e in report.elements}
        for element_id, status in (exp.get("elements") or {}).items():
            outcome.elements[element_id] = (status, got[element_id].status)
        for key, value in (exp.get("criteria") or {}).items():
            element_id, _, criterion_id = key.partition(".")
            crit = next(c for c in got[element_id].criteria if c.id == criterion_id)
            outcome.criteria[key] = (bool(value), crit.met)
    return outcome


def summarize(outcomes: list[Outcome]) -> str:
    lines = []
    total = agree = 0
    per: dict[str, list[int]] = {e: [0, 0] for e in ELEMENTS}
    for o in outcomes:
        name = "+".join(f.name for f in o.case.files)
        wrong = {k: v for k, v in o.elements.items() if v[0] != v[1]}
        crit_wrong = {k: v for k, v in o.criteria.items() if v[0] != v[1]}
        flag = "" if (o.plan_ok and o.sector_ok and not wrong) else "  <-- "
        lines.append(f"{name:55s} plan {'ok' if o.plan_ok else 'WRONG'} sector {'ok' if o.sector_ok else 'WRONG'}"
                     f" elements {len(o.elements) - len(wrong)}/{len(o.elements)}{flag}")
        for k, (e, g) in wrong.items():
            lines.append(f"    {k}: expected {e}, got {g}")
        for k, (e, g) in crit_wrong.items():
            lines.append(f"      criterion {k}: expected {e}, got {g}")
        for k, (e, g) in o.elements.items():
            per[k][0] += e == g
            per[k][1] += 1
            total += 1
            agree += e == g
    lines.append("")
    for k, (a, n) in per.items():
        if n:
            lines.append(f"{k:20s} {a}/{n} = {a / n:.0%}")
    if total:
        lines.append(f"{'overall':20s} {agree}/{total} = {agree / total:.1%}")
    plans = sum(o.plan_ok for o in outcomes)
    lines.append(f"{'document type':20s} {plans}/{len(outcomes)}")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    folder = Path(argv[0]) if argv else Path(__file__).resolve().parent.parent / "samples"
    outcomes = [run_case(c) for c in cases(folder)]
    print(summarize(outcomes))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
