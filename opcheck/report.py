"""The report model: the one thing every output format serialises.

`Report.to_dict()` is the JSON contract (schema in opcheck/schemas/report.schema.json). Formats
read the dataclasses; none of them re-derives a verdict.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

SCHEMA_VERSION = "1.0"

PRESENT = "present"
PARTIAL = "partial"
MISSING = "missing"
NOT_ASSESSABLE = "not_assessable"
WAIVED = "waived"
STATUSES = (PRESENT, PARTIAL, MISSING, NOT_ASSESSABLE, WAIVED)

# Finding severities, most severe first.
ERROR = "error"
WARNING = "warning"
SUGGESTION = "suggestion"
INFO = "info"
SEVERITIES = (ERROR, WARNING, SUGGESTION, INFO)


# Findings of these severities fail an element under --fail-on warning.
FAILING_FINDING = (ERROR, WARNING)


def element_fails(element: "ElementResult", fail_on: str) -> bool:
    """Whether an element is at or above the --fail-on threshold (missing | partial | warning | never).
    The exit code, JUnit failures and GitHub error annotations all follow this one rule."""
    if fail_on == "never" or element.status == WAIVED:
        return False
    if element.status in (MISSING, NOT_ASSESSABLE):
        return True
    if element.status == PARTIAL and fail_on in ("partial", "warning"):
        return True
    return fail_on == "warning" and any(f.severity in FAILING_FINDING for f in element.findings)


@dataclass
class Evidence:
    quote: str
    file: str
    page: int | None = None
    section: str = ""
    page_label: str | None = None
    line: int | None = None
    block: int = 0          # block index within its file, for locating and de-duplicating

    def location_text(self, lang: str = "nl") -> str:
        parts = []
        if self.page is not None:
            label = self.page_label if self.page_label and self.page_label != str(self.page) else None
            parts.append((f"p. {self.page}" if lang == "nl" else f"p. {self.page}") + (f" ({label})" if label else ""))
        elif self.line is not None:
            parts.append(f"{'regel' if lang == 'nl' else 'line'} {self.line}")
        if self.section:
            parts.append(f"§ {self.section}")
        return ", ".join(parts)


@dataclass
class CriterionResult:
    id: str
    tier: str                         # core | advisory | detail
    title: str
    met: bool
    evidence: list[Evidence] = field(default_factory=list)
    looked_for: str = ""
    legal: bool = False               # a legally grounded detail (● in domain Part B)
    waived: bool = False
    waiver_reason: str | None = None


@dataclass
class Finding:
    kind: str                         # vague | deferred | referred | concreteness | unmet | waiver | ...
    severity: str
    message: str
    evidence: list[Evidence] = field(default_factory=list)
    criterion: str | None = None


@dataclass
class ElementResult:
    id: str
    title: str
    status: str
    legal_basis: str
    explanation: str = ""
    question: str = ""
    criteria: list[CriterionResult] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    waiver_reason: str | None = None

    @property
    def unmet_core(self) -> list[CriterionResult]:
        return [c for c in self.criteria if c.tier == "core" and not c.met and not c.waived]


@dataclass
class DocumentInfo:
    path: str
    format: str
    pages: int | None
    sha256: str
    unreadable_pages: list[int] = field(default_factory=list)


@dataclass
class PlanInfo:
    looks_like_plan: bool
    sector: str | None
    checklist: str
    title: str | None = None
    period: str | None = None
    reasons: list[str] = field(default_factory=list)
    sector_source: str = "detected"   # detected | option | config
    checklist_version: str = ""


@dataclass
class Report:
    documents: list[DocumentInfo]
    plan: PlanInfo
    elements: list[ElementResult]
    tool_version: str = ""
    checked_at: str = ""
    lang: str = "nl"
    warnings: list[str] = field(default_factory=list)
    extra_elements: list[ElementResult] = field(default_factory=list)   # extended checklists

    @property
    def summary(self) -> dict[str, int]:
        counts = {s: 0 for s in STATUSES}
        for element in self.elements:
            counts[element.status] += 1
        return counts

    def to_dict(self) -> dict[str, Any]:
        def element_dict(e: ElementResult) -> dict[str, Any]:
            out: dict[str, Any] = {
                "id": e.id, "title": e.title, "status": e.status, "legal_basis": e.legal_basis,
                "explanation": e.explanation, "question": e.question,
                "criteria": [criterion_dict(c) for c in e.criteria],
                "findings": [finding_dict(f) for f in e.findings],
            }
            if e.waiver_reason:
                out["waiver"] = {"reason": e.waiver_reason}
            return out

        def criterion_dict(c: CriterionResult) -> dict[str, Any]:
            out: dict[str, Any] = {"id": c.id, "tier": c.tier, "title": c.title, "met": c.met,
                                   "evidence": [evidence_dict(ev) for ev in c.evidence]}
            if not c.met:
                out["looked_for"] = c.looked_for
            if c.waived:
                out["waived"] = True
                out["waiver_reason"] = c.waiver_reason
            return out

        def finding_dict(f: Finding) -> dict[str, Any]:
            out = {"kind": f.kind, "severity": f.severity, "message": f.message,
                   "evidence": [evidence_dict(ev) for ev in f.evidence]}
            if f.criterion:
                out["criterion"] = f.criterion
            return out

        def evidence_dict(ev: Evidence) -> dict[str, Any]:
            return {"quote": ev.quote, "file": ev.file, "page": ev.page, "section": ev.section,
                    "page_label": ev.page_label, "line": ev.line}

        result = {
            "schema_version": SCHEMA_VERSION,
            "tool": {"name": "opcheck", "version": self.tool_version},
            "checked_at": self.checked_at,
            "lang": self.lang,
            "documents": [asdict(d) for d in self.documents],
            "plan": asdict(self.plan),
            "summary": self.summary,
            "elements": [element_dict(e) for e in self.elements],
            "warnings": list(self.warnings),
        }
        if self.extra_elements:
            result["extended"] = [element_dict(e) for e in self.extra_elements]
        return result
