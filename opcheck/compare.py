"""Comparing two versions of a plan: what got better, what got worse.

`compute_diff(old, new)` turns two Reports into one `Diff`; every compare format (opcheck.formats_compare)
renders that model and none re-derives a verdict. `compare_paths` is the library entry point that reads
and checks both versions with the same checklist.

Rules:
* Element status order: missing < partial < present. An element that is waived or not assessable on
  either side counts as unchanged (not comparable).
* A criterion improves when it goes from unmet to met and worsens the other way round; a waived
  criterion on either side counts as unchanged.
* Evidence is matched per criterion on normalised quote text (Unicode NFKC, casefold, collapsed
  whitespace, unified quotes and dashes), so a Word draft and its PDF export match.
  Punctuation is ignored and a quote contained in another (cut at a page break) counts as the same.
* Findings are matched per element on (kind, criterion, normalised message without numbers).
"""
from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from opcheck.report import (MISSING, PARTIAL, PRESENT, CriterionResult, DocumentInfo, ElementResult, Evidence,
                            Finding, PlanInfo, Report)

STATUS_RANK = {MISSING: 0, PARTIAL: 1, PRESENT: 2}

IMPROVED = "improved"
WORSENED = "worsened"
UNCHANGED = "unchanged"
ADDED = "added"          # only in the new version (e.g. another checklist)
REMOVED = "removed"      # only in the old version
CHANGES = (IMPROVED, WORSENED, UNCHANGED, ADDED, REMOVED)


# --------------------------------------------------------------------------------------------------
# Model
# --------------------------------------------------------------------------------------------------

@dataclass
class EvidenceChange:
    quote: str
    old: Evidence | None = None       # location in the old version (None: appeared)
    new: Evidence | None = None       # location in the new version (None: disappeared)


@dataclass
class CriterionDiff:
    id: str
    title: str
    tier: str
    old_met: bool | None              # None: criterion absent on that side
    new_met: bool | None
    change: str
    old_waived: bool = False
    new_waived: bool = False
    evidence_added: list[EvidenceChange] = field(default_factory=list)
    evidence_removed: list[EvidenceChange] = field(default_factory=list)
    evidence_kept: list[EvidenceChange] = field(default_factory=list)


@dataclass
class FindingChange:
    kind: str
    severity: str
    message: str
    criterion: str | None = None
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class ElementDiff:
    id: str
    title: str
    old_status: str | None
    new_status: str | None
    change: str
    comparable: bool = True
    criteria: list[CriterionDiff] = field(default_factory=list)
    findings_added: list[FindingChange] = field(default_factory=list)
    findings_resolved: list[FindingChange] = field(default_factory=list)

    @property
    def core_worsened(self) -> list[CriterionDiff]:
        return [c for c in self.criteria if c.tier == "core" and c.change == WORSENED]

    @property
    def touched(self) -> bool:
        """Anything at all changed (status, criteria, evidence or findings)."""
        return (self.change != UNCHANGED or any(c.change != UNCHANGED or c.evidence_added or c.evidence_removed
                                                for c in self.criteria)
                or bool(self.findings_added or self.findings_resolved))


@dataclass
class SideInfo:
    documents: list[DocumentInfo]
    sector: str | None
    checklist: str
    checklist_version: str
    title: str | None
    period: str | None
    looks_like_plan: bool
    summary: dict[str, int]

    @property
    def label(self) -> str:
        return ", ".join(d.path for d in self.documents)


@dataclass
class Diff:
    old: SideInfo
    new: SideInfo
    elements: list[ElementDiff]
    lang: str = "nl"
    tool_version: str = ""
    warnings: list[str] = field(default_factory=list)

    @property
    def counts(self) -> dict[str, int]:
        counts = {c: 0 for c in CHANGES}
        for e in self.elements:
            counts[e.change] += 1
        return counts

    @property
    def criteria_counts(self) -> dict[str, int]:
        counts = {c: 0 for c in CHANGES}
        for e in self.elements:
            for c in e.criteria:
                counts[c.change] += 1
        return counts

    @property
    def core_criteria_counts(self) -> dict[str, int]:
        counts = {c: 0 for c in CHANGES}
        for e in self.elements:
            for c in e.criteria:
                if c.tier == "core":
                    counts[c.change] += 1
        return counts

    @property
    def worsened(self) -> bool:
        """True when any element or any core criterion got worse: the exit code 1 condition."""
        return any(e.change == WORSENED or e.core_worsened for e in self.elements)

    def summary_line(self, lang: str | None = None) -> str:
        lang = lang or self.lang
        c = self.counts
        k = self.core_criteria_counts
        if lang == "en":
            line = f"{c[IMPROVED]} improved, {c[WORSENED]} worsened, {c[UNCHANGED]} unchanged"
            extra = f"core criteria: {k[IMPROVED]} improved, {k[WORSENED]} worsened"
        else:
            line = f"{c[IMPROVED]} verbeterd, {c[WORSENED]} verslechterd, {c[UNCHANGED]} gelijk"
            extra = f"kerncriteria: {k[IMPROVED]} verbeterd, {k[WORSENED]} verslechterd"
        if c[ADDED] or c[REMOVED]:
            line += (f", {c[ADDED]} new, {c[REMOVED]} dropped" if lang == "en"
                     else f", {c[ADDED]} nieuw, {c[REMOVED]} vervallen")
        return f"{line} ({extra})"

    def to_dict(self) -> dict[str, Any]:
        def ev(e: Evidence | None) -> dict[str, Any] | None:
            if e is None:
                return None
            return {"file": e.file, "page": e.page, "page_label": e.page_label, "section": e.section, "line": e.line}

        def evc(x: EvidenceChange) -> dict[str, Any]:
            return {"quote": x.quote, "old": ev(x.old), "new": ev(x.new)}

        def fc(f: FindingChange) -> dict[str, Any]:
            out = {"kind": f.kind, "severity": f.severity, "message": f.message,
                   "evidence": [dict(quote=e.quote, **ev(e)) for e in f.evidence]}
            if f.criterion:
                out["criterion"] = f.criterion
            return out

        def side(s: SideInfo) -> dict[str, Any]:
            return {"documents": [{"path": d.path, "format": d.format, "pages": d.pages, "sha256": d.sha256}
                                  for d in s.documents],
                    "sector": s.sector, "checklist": s.checklist, "checklist_version": s.checklist_version,
                    "title": s.title, "period": s.period, "looks_like_plan": s.looks_like_plan,
                    "summary": s.summary}

        return {
            "kind": "opcheck-compare",
            "schema_version": "1.0",
            "tool": {"name": "opcheck", "version": self.tool_version},
            "lang": self.lang,
            "old": side(self.old),
            "new": side(self.new),
            "summary": {"elements": self.counts, "criteria": self.criteria_counts,
                        "core_criteria": self.core_criteria_counts, "worsened": self.worsened,
                        "line": self.summary_line()},
            "elements": [{
                "id": e.id, "title": e.title, "old_status": e.old_status, "new_status": e.new_status,
                "change": e.change, "comparable": e.comparable,
                "criteria": [{
                    "id": c.id, "title": c.title, "tier": c.tier, "old_met": c.old_met, "new_met": c.new_met,
                    "old_waived": c.old_waived, "new_waived": c.new_waived, "change": c.change,
                    "evidence_added": [evc(x) for x in c.evidence_added],
                    "evidence_removed": [evc(x) for x in c.evidence_removed],
                    "evidence_kept": [evc(x) for x in c.evidence_kept],
                } for c in e.criteria],
                "findings_added": [fc(f) for f in e.findings_added],
                "findings_resolved": [fc(f) for f in e.findings_resolved],
            } for e in self.elements],
            "warnings": list(self.warnings),
        }


# --------------------------------------------------------------------------------------------------
# Computing
# --------------------------------------------------------------------------------------------------

_QUOTES = str.maketrans({"‘": "'", "’": "'", "‚": "'", "“": '"', "”": '"', "„": '"', "–": "-", "—": "-",
                         "‐": "-", "‑": "-", "\u00ad": None, "\u200b": None})
_WS = re.compile(r"\s+")


def normalise_quote(text: str) -> str:
    """The key under which evidence is matched across versions (and formats)."""
    text = unicodedata.normalize("NFKC", text or "").translate(_QUOTES).casefold()
    return _WS.sub(" ", text).strip()


def _status_change(old: str, new: str) -> tuple[str, bool]:
    if old in STATUS_RANK and new in STATUS_RANK:
        a, b = STATUS_RANK[old], STATUS_RANK[new]
        return (IMPROVED if b > a else WORSENED if b < a else UNCHANGED), True
    return UNCHANGED, False


def _criterion_change(old: CriterionResult, new: CriterionResult) -> str:
    if old.waived or new.waived or old.met == new.met:
        return UNCHANGED
    return IMPROVED if new.met else WORSENED


_NON_WORD = re.compile(r"[^\w\s]+")
_DIGITS = re.compile(r"\d+")


def _match_key(text: str) -> str:
    """Looser than normalise_quote: punctuation and hyphens dropped, so 'time-out' (Word) matches
    'timeout' (PDF text with a repaired line-end hyphen)."""
    return _WS.sub(" ", _NON_WORD.sub("", normalise_quote(text))).strip()


def _evidence_diff(old: list[Evidence], new: list[Evidence]):
    """Match evidence by normalised quote; then, for what is left, one quote containing the other
    (a quote cut at a page break in one format) counts as the same passage."""
    old_by: dict[str, Evidence] = {}
    for e in old:
        old_by.setdefault(_match_key(e.quote), e)
    new_by: dict[str, Evidence] = {}
    for e in new:
        new_by.setdefault(_match_key(e.quote), e)
    pairs = {k: k for k in new_by if k in old_by}
    left_old = [k for k in old_by if k not in pairs.values()]
    for k in new_by:
        if k in pairs or len(k) < 30:
            continue
        hit = next((o for o in left_old if len(o) >= 30 and (o in k or k in o)), None)
        if hit is not None:
            pairs[k] = hit
            left_old.remove(hit)
    matched_old = set(pairs.values())
    added = [EvidenceChange(e.quote, None, e) for k, e in new_by.items() if k not in pairs]
    removed = [EvidenceChange(e.quote, e, None) for k, e in old_by.items() if k not in matched_old]
    kept = [EvidenceChange(e.quote, old_by[pairs[k]], e) for k, e in new_by.items() if k in pairs]
    return added, removed, kept


def _finding_key(f: Finding) -> tuple:
    # numbers are left out: "Vage formuleringen (2×)" and "(1×)" are the same finding
    return (f.kind, f.criterion or "", _DIGITS.sub("#", _match_key(f.message)))


def _finding_change(f: Finding) -> FindingChange:
    return FindingChange(f.kind, f.severity, f.message, f.criterion, list(f.evidence))


def _element_diff(old: ElementResult | None, new: ElementResult | None) -> ElementDiff:
    if old is None or new is None:
        only = new or old
        change = ADDED if old is None else REMOVED
        d = ElementDiff(only.id, only.title, old.status if old else None, new.status if new else None,
                        change, comparable=False)
        for c in only.criteria:
            d.criteria.append(CriterionDiff(c.id, c.title, c.tier, c.met if old else None, c.met if new else None,
                                            change, old_waived=bool(old and c.waived), new_waived=bool(new and c.waived)))
        return d
    change, comparable = _status_change(old.status, new.status)
    d = ElementDiff(new.id, new.title, old.status, new.status, change, comparable)
    old_crit = {c.id: c for c in old.criteria}
    seen = set()
    for c in new.criteria:
        seen.add(c.id)
        o = old_crit.get(c.id)
        if o is None:
            d.criteria.append(CriterionDiff(c.id, c.title, c.tier, None, c.met, ADDED, new_waived=c.waived,
                                            evidence_added=[EvidenceChange(e.quote, None, e) for e in c.evidence]))
            continue
        added, removed, kept = _evidence_diff(o.evidence, c.evidence)
        d.criteria.append(CriterionDiff(c.id, c.title, c.tier, o.met, c.met, _criterion_change(o, c),
                                        old_waived=o.waived, new_waived=c.waived, evidence_added=added,
                                        evidence_removed=removed, evidence_kept=kept))
    for o in old.criteria:
        if o.id not in seen:
            d.criteria.append(CriterionDiff(o.id, o.title, o.tier, o.met, None, REMOVED, old_waived=o.waived,
                                            evidence_removed=[EvidenceChange(e.quote, e, None) for e in o.evidence]))
    old_f = {_finding_key(f): f for f in old.findings}
    new_f = {_finding_key(f): f for f in new.findings}
    d.findings_added = [_finding_change(f) for k, f in new_f.items() if k not in old_f]
    d.findings_resolved = [_finding_change(f) for k, f in old_f.items() if k not in new_f]
    return d


def _side(report: Report) -> SideInfo:
    p = report.plan
    return SideInfo(list(report.documents), p.sector, p.checklist, p.checklist_version, p.title, p.period,
                    p.looks_like_plan, dict(report.summary))


def compute_diff(old: Report, new: Report, lang: str | None = None) -> Diff:
    """Compare two reports element by element and criterion by criterion (new order first)."""
    lang = lang or new.lang or "nl"
    old_elements = {e.id: e for e in old.elements + old.extra_elements}
    new_elements = {e.id: e for e in new.elements + new.extra_elements}
    diffs = []
    for e in new.elements + new.extra_elements:
        diffs.append(_element_diff(old_elements.get(e.id), e))
    for e in old.elements + old.extra_elements:
        if e.id not in new_elements:
            diffs.append(_element_diff(e, None))
    warnings = []
    if (old.plan.checklist, old.plan.checklist_version) != (new.plan.checklist, new.plan.checklist_version):
        warnings.append(
            f"Old and new were checked with different checklists ({old.plan.checklist} {old.plan.checklist_version} "
            f"vs {new.plan.checklist} {new.plan.checklist_version}); the comparison is indicative." if lang == "en" else
            f"Oud en nieuw zijn met verschillende checklists gecontroleerd ({old.plan.checklist} "
            f"{old.plan.checklist_version} en {new.plan.checklist} {new.plan.checklist_version}); de vergelijking is indicatief.")
    for label, rep in (("old", old), ("new", new)):
        if not rep.plan.looks_like_plan:
            names = ", ".join(d.path for d in rep.documents)
            warnings.append(f"{names} does not look like an ondersteuningsplan." if lang == "en"
                            else f"{names} lijkt geen ondersteuningsplan.")
    return Diff(_side(old), _side(new), diffs, lang=lang, tool_version=new.tool_version, warnings=warnings)


# --------------------------------------------------------------------------------------------------
# Reports from JSON (saved reports, the batch cache)
# --------------------------------------------------------------------------------------------------

def _evidence_from(d: dict) -> Evidence:
    return Evidence(quote=d.get("quote", ""), file=d.get("file", ""), page=d.get("page"),
                    section=d.get("section") or "", page_label=d.get("page_label"), line=d.get("line"))


def _element_from(d: dict) -> ElementResult:
    criteria = [CriterionResult(id=c["id"], tier=c.get("tier", "core"), title=c.get("title", c["id"]),
                                met=bool(c.get("met")), evidence=[_evidence_from(e) for e in c.get("evidence", [])],
                                looked_for=c.get("looked_for", ""), waived=bool(c.get("waived")),
                                waiver_reason=c.get("waiver_reason"))
                for c in d.get("criteria", [])]
    findings = [Finding(kind=f.get("kind", ""), severity=f.get("severity", "info"), message=f.get("message", ""),
                        evidence=[_evidence_from(e) for e in f.get("evidence", [])], criterion=f.get("criterion"))
                for f in d.get("findings", [])]
    waiver = d.get("waiver") or {}
    return ElementResult(id=d["id"], title=d.get("title", d["id"]), status=d["status"],
                         legal_basis=d.get("legal_basis", ""), explanation=d.get("explanation", ""),
                         question=d.get("question", ""), criteria=criteria, findings=findings,
                         waiver_reason=waiver.get("reason"))


def report_from_dict(data: dict) -> Report:
    """Rebuild a Report from `Report.to_dict()` output (the JSON contract)."""
    plan = data.get("plan") or {}
    plan_fields = {k: plan[k] for k in ("looks_like_plan", "sector", "checklist", "title", "period", "reasons",
                                        "sector_source", "checklist_version") if k in plan}
    plan_fields.setdefault("looks_like_plan", True)
    plan_fields.setdefault("sector", None)
    plan_fields.setdefault("checklist", "")
    documents = [DocumentInfo(path=d.get("path", ""), format=d.get("format", ""), pages=d.get("pages"),
                              sha256=d.get("sha256", ""), unreadable_pages=list(d.get("unreadable_pages", [])))
                 for d in data.get("documents", [])]
    return Report(documents=documents, plan=PlanInfo(**plan_fields),
                  elements=[_element_from(e) for e in data.get("elements", [])],
                  tool_version=(data.get("tool") or {}).get("version", ""), checked_at=data.get("checked_at", ""),
                  lang=data.get("lang", "nl"), warnings=list(data.get("warnings", [])),
                  extra_elements=[_element_from(e) for e in data.get("extended", [])])


def load_saved_report(path: Path) -> Report | None:
    """A saved opcheck JSON report (`opcheck check -f json`), or None when the file is not one."""
    path = Path(path)
    if path.suffix.lower() != ".json" or not path.is_file():
        return None   # not a saved report: the readers give the proper message (a FIFO is refused, never read)
    try:
        if path.stat().st_size > 64 * 1024 * 1024:
            return None
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):
        return None
    if not isinstance(data, dict) or (data.get("tool") or {}).get("name") != "opcheck" or "elements" not in data:
        return None
    try:
        return report_from_dict(data)
    except (KeyError, TypeError, ValueError):
        return None


# --------------------------------------------------------------------------------------------------
# Library entry point
# --------------------------------------------------------------------------------------------------

def _check_side(paths: list[Path], options) -> Report:
    from opcheck.engine import check_paths
    if len(paths) == 1:
        saved = load_saved_report(paths[0])
        if saved is not None:
            return saved
    return check_paths(paths, options)


def compare_paths(old_paths: list[Path | str], new_paths: list[Path | str], options=None) -> Diff:
    """Check both versions and compare them.

    Without an explicit sector or checklist, the new version decides (detected) and the old version is
    checked with the same sector and checklist, so both sides are measured against the same rules. A
    single `.json` file on either side is taken as a saved opcheck report.
    """
    from dataclasses import replace

    from opcheck.engine import CheckOptions
    options = options or CheckOptions()
    new = _check_side([Path(p) for p in new_paths], options)
    old_options = options
    if options.sector is None and options.checklist is None and new.plan.sector in ("po", "vo"):
        old_options = replace(options, sector=new.plan.sector, checklist=new.plan.checklist or None)
    old = _check_side([Path(p) for p in old_paths], old_options)
    if old_options is not options and old.plan.sector_source == "option":
        old.plan.sector_source = "detected"   # the sector came from the new version, not from the user
    return compute_diff(old, new, options.lang)
