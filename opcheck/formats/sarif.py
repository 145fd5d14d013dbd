"""SARIF 2.1.0 for code-scanning dashboards (GitHub code scanning, Azure DevOps, IDE viewers).

One rule per criterion ("plaatsing.criteria") plus one per element ("plaatsing", for element-level
findings). Results:

- an unmet core criterion of a *missing* element → level "error", located at the document's start;
- an unmet core criterion of a *partial* element → level "warning", located where the element is
  addressed (the first evidence of the element);
- a *not assessable* element → level "error" on the element rule;
- findings (vague, deferred, referred, unmet advisory/detail criteria, …) → error/warning/note by
  their severity, on their criterion's rule when they name one; "info" findings are left out (they
  describe, they do not point at a problem);
- waived elements and criteria → the same results, with a `suppressions` entry (kind "external",
  justification = the waiver's reason), so dashboards show them as dismissed;
- a document that does not look like an ondersteuningsplan → one "error" on rule "document.not-a-plan".

Every result has a physical location (GitHub requires one): the document path as a relative URI and a
region whose startLine is the evidence's line when known, else 1. Page and section go into the
message text and into the result's properties. Nothing here needs the network.

The helpers `issues()`, `location_of()` and `document_uri()` are shared with the github and gitlab
formats, so all CI formats report the same things.
"""
from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from urllib.parse import quote

from opcheck.i18n import status as status_word

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
NOT_A_PLAN_RULE = "document.not-a-plan"

_LEVEL_BY_SEVERITY = {"error": "error", "warning": "warning", "suggestion": "note", "info": "note"}
_LEVEL_BY_TIER = {"core": "error", "advisory": "warning", "detail": "note"}
_PROBLEM_SEVERITY = {"error": "error", "warning": "warning", "note": "recommendation"}


def _t(lang: str, nl: str, en: str) -> str:
    return en if lang == "en" else nl


@dataclass
class Issue:
    """One reportable problem, the common ground of the sarif, github and gitlab formats."""
    rule_id: str
    level: str                       # error | warning | note (SARIF levels)
    message: str
    element: object | None = None    # ElementResult
    criterion: object | None = None  # CriterionResult
    finding: object | None = None    # Finding
    kind: str = "criterion"          # criterion | element | finding | plan
    suppressed: str | None = None    # waiver reason when waived
    evidence: object | None = None   # Evidence used for the location, if any
    path: str = ""                   # document the issue points at
    line: int = 1
    extended: bool = False
    properties: dict = field(default_factory=dict)


# --- locations ------------------------------------------------------------------------------------

def element_evidence(element):
    """The first evidence of an element: core criteria first, then the others, then its findings."""
    ordered = sorted(element.criteria, key=lambda c: {"core": 0, "advisory": 1}.get(c.tier, 2))
    for criterion in ordered:
        for ev in criterion.evidence:
            return ev
    for finding in element.findings:
        for ev in finding.evidence:
            return ev
    return None


def location_of(report, evidence) -> tuple[str, int]:
    """(document path, 1-based line) for an evidence, or the plan's first line when there is none."""
    default = report.documents[0].path if report.documents else ""
    if evidence is None:
        return default, 1
    line = evidence.line if isinstance(evidence.line, int) and evidence.line >= 1 else 1
    return (evidence.file or default), line


def where_text(evidence, lang: str) -> str:
    if evidence is None:
        return ""
    return evidence.location_text(lang)


def repo_path(path: str) -> str:
    """A path as CI systems want it: relative to the repository (GITHUB_WORKSPACE, CI_PROJECT_DIR or the
    working directory) with forward slashes; absolute paths outside all of them stay as they are."""
    p = Path(path)
    if p.is_absolute():
        for base in (os.environ.get("GITHUB_WORKSPACE"), os.environ.get("CI_PROJECT_DIR"), os.getcwd()):
            if not base:
                continue
            try:
                p = p.relative_to(Path(base))
                break
            except ValueError:
                continue
        else:
            return path
    return p.as_posix() if os.sep == "/" else str(p).replace(os.sep, "/")


def document_uri(path: str) -> str:
    """A SARIF artifact URI: relative paths stay relative (forward slashes, percent-encoded), so that
    GitHub maps them onto the repository; absolute paths become relative to the workspace or working
    directory when they lie below it, else file:// URIs."""
    relative = repo_path(path)
    if Path(relative).is_absolute():
        return Path(relative).as_uri()
    return quote(str(PurePosixPath(relative)), safe="/")


def fingerprint(*parts: str) -> str:
    return hashlib.sha256("\x00".join(parts).encode("utf-8")).hexdigest()


# --- the issue list -------------------------------------------------------------------------------

def _criterion_message(e, c, lang: str, ev, missing: bool) -> str:
    status = status_word(e.status, lang)
    text = _t(lang, f"{e.title} ({status}): '{c.title}' niet gevonden.",
              f"{e.title} ({status}): '{c.title}' not found.")
    if c.looked_for:
        looked_for = c.looked_for.rstrip(". ")
        text += _t(lang, f" Gezocht naar: {looked_for}.", f" Looked for: {looked_for}.")
    if missing:
        text += _t(lang, " Het plan behandelt dit onderdeel nergens.", " The plan does not address this element anywhere.")
    elif ev is not None:
        text += _t(lang, f" Het onderdeel wordt behandeld bij {where_text(ev, lang)}.",
                   f" The element is addressed at {where_text(ev, lang)}.")
    if e.legal_basis:
        text += f" ({e.legal_basis})"
    return text


def issues(report, lang: str = "nl") -> list[Issue]:
    """Every problem in the report, most important first (not a plan, then per element in checklist
    order: unmet core criteria, then findings). Waived items are included with `suppressed` set."""
    out: list[Issue] = []
    if not report.plan.looks_like_plan:
        path, line = location_of(report, None)
        message = _t(lang, "Dit document lijkt geen ondersteuningsplan van een samenwerkingsverband.",
                     "This document does not look like a partnership's ondersteuningsplan.")
        if report.plan.reasons:
            message += " " + " ".join(r.rstrip(".") + "." for r in report.plan.reasons)
        out.append(Issue(rule_id=NOT_A_PLAN_RULE, level="error", message=message, kind="plan", path=path, line=line))
    for extended, elements in ((False, report.elements), (True, report.extra_elements)):
        for e in elements:
            out.extend(_element_issues(report, e, lang, extended))
    return out


def _element_issues(report, e, lang: str, extended: bool) -> list[Issue]:
    out: list[Issue] = []
    criteria_ids = {c.id for c in e.criteria}
    anchor = element_evidence(e)
    missing_like = e.status in ("missing", "not_assessable") or (e.status == "waived" and anchor is None)
    element_waiver = e.waiver_reason if e.status == "waived" else None

    if e.status == "not_assessable":
        path, line = location_of(report, None)
        message = _t(lang, f"{e.title}: niet te beoordelen; de tekst kon niet worden gelezen (scan zonder tekstlaag?).",
                     f"{e.title}: not assessable; the text could not be read (a scan without a text layer?).")
        out.append(Issue(rule_id=e.id, level="error", message=message, element=e, kind="element",
                         path=path, line=line, extended=extended))
    elif e.status in ("missing", "partial", "waived"):
        level = "error" if missing_like else "warning"
        loc_ev = None if missing_like else anchor
        path, line = location_of(report, loc_ev)
        unmet = [c for c in e.criteria if c.tier == "core" and not c.met]
        for c in unmet:
            out.append(Issue(rule_id=f"{e.id}.{c.id}", level=level,
                             message=_criterion_message(e, c, lang, loc_ev, missing_like),
                             element=e, criterion=c, kind="criterion",
                             suppressed=element_waiver or (c.waiver_reason or "waived" if c.waived else None),
                             evidence=loc_ev, path=path, line=line, extended=extended))
        if not unmet and element_waiver:
            out.append(Issue(rule_id=e.id, level="warning", message=f"{e.title}: {status_word('waived', lang)}.",
                             element=e, kind="element", suppressed=element_waiver, path=path, line=line,
                             extended=extended))
    # waived criteria of elements that are otherwise fine (a waiver made a partial element present)
    if e.status == "present":
        for c in e.criteria:
            if c.tier == "core" and c.waived and not c.met:
                path, line = location_of(report, anchor)
                out.append(Issue(rule_id=f"{e.id}.{c.id}", level="warning",
                                 message=_criterion_message(e, c, lang, anchor, False), element=e, criterion=c,
                                 kind="criterion", suppressed=c.waiver_reason or "waived", evidence=anchor,
                                 path=path, line=line, extended=extended))

    for f in e.findings:
        if f.severity == "info":
            continue   # informational (e.g. concreteness counts), not a problem to report in CI
        ev = f.evidence[0] if f.evidence else (None if e.status == "missing" else anchor)
        path, line = location_of(report, ev)
        criterion = next((c for c in e.criteria if c.id == f.criterion), None) if f.criterion in criteria_ids else None
        message = f"{e.title}: {f.message}"
        where = where_text(ev, lang)
        if where and f.evidence:
            message += _t(lang, f" (bij {where})", f" (at {where})")
        suppressed = element_waiver or (criterion.waiver_reason or "waived" if criterion is not None and criterion.waived
                                        else None)
        out.append(Issue(rule_id=f"{e.id}.{criterion.id}" if criterion is not None else e.id,
                         level=_LEVEL_BY_SEVERITY.get(f.severity, "note"), message=message, element=e,
                         criterion=criterion, finding=f, kind="finding", suppressed=suppressed, evidence=ev,
                         path=path, line=line, extended=extended))
    return out


# --- SARIF ----------------------------------------------------------------------------------------

def _rules(report, lang: str) -> list[dict]:
    rules: list[dict] = []
    seen: set[str] = set()
    looked = _t(lang, "Gezocht naar", "Looked for")

    def add(rule: dict) -> None:
        if rule["id"] not in seen:
            seen.add(rule["id"])
            rules.append(rule)

    add({
        "id": NOT_A_PLAN_RULE,
        "shortDescription": {"text": _t(lang, "Document lijkt geen ondersteuningsplan",
                                        "Document does not look like an ondersteuningsplan")},
        "fullDescription": {"text": _t(
            lang, "Het gecontroleerde document lijkt geen ondersteuningsplan van een samenwerkingsverband passend "
                  "onderwijs (bijv. een schoolondersteuningsprofiel, jaarverslag of zorgplan).",
            "The checked document does not look like the ondersteuningsplan of a samenwerkingsverband passend "
            "onderwijs (e.g. a school support profile, an annual report or a care plan).")},
        "defaultConfiguration": {"level": "error"},
        "properties": {"tags": ["ondersteuningsplan"], "problem.severity": "error"},
    })
    for e in report.elements + report.extra_elements:
        add({
            "id": e.id,
            "shortDescription": {"text": e.title},
            "fullDescription": {"text": e.explanation or e.title},
            "help": {"text": (e.explanation + "\n\n" if e.explanation else "") + (e.question or ""),
                     "markdown": (e.explanation + "\n\n" if e.explanation else "") +
                                 (f"**{_t(lang, 'Vraag aan het samenwerkingsverband', 'Question for the partnership')}:** "
                                  f"{e.question}" if e.question else "") +
                                 (f"\n\n{e.legal_basis}" if e.legal_basis else "")},
            "defaultConfiguration": {"level": "error"},
            "properties": {"element": e.id, "legal_basis": e.legal_basis, "tags": ["ondersteuningsplan", "element"],
                           "problem.severity": "error"},
        })
        for c in e.criteria:
            level = _LEVEL_BY_TIER.get(c.tier, "note")
            full = f"{e.title}: {c.title.rstrip('. ')}."
            if c.looked_for:
                full += f" {looked}: {c.looked_for.rstrip('. ')}."
            help_text = (f"{c.title}\n\n{looked}: {c.looked_for}" if c.looked_for else c.title)
            if e.legal_basis:
                help_text += f"\n\n{e.legal_basis}"
            add({
                "id": f"{e.id}.{c.id}",
                "shortDescription": {"text": c.title},
                "fullDescription": {"text": full},
                "help": {"text": help_text,
                         "markdown": f"**{c.title}**\n\n{looked}: {c.looked_for}" + (f"\n\n_{e.legal_basis}_" if e.legal_basis else "")},
                "defaultConfiguration": {"level": level},
                "properties": {"element": e.id, "criterion": c.id, "tier": c.tier, "legal_basis": e.legal_basis,
                               "legal": bool(getattr(c, "legal", False)),
                               "tags": ["ondersteuningsplan", c.tier], "problem.severity": _PROBLEM_SEVERITY[level]},
            })
    return rules


def _utc(timestamp: str) -> str | None:
    if not timestamp:
        return None
    return timestamp.replace("+00:00", "Z")


def sarif_dict(report, ctx) -> dict:
    lang = ctx.lang
    rules = _rules(report, lang)
    rule_index = {rule["id"]: i for i, rule in enumerate(rules)}
    artifacts = []
    artifact_index: dict[str, int] = {}
    for doc in report.documents:
        artifact_index[doc.path] = len(artifacts)
        artifact = {"location": {"uri": document_uri(doc.path)}, "roles": ["analysisTarget"],
                    "properties": {"format": doc.format, "pages": doc.pages}}
        if doc.sha256:
            artifact["hashes"] = {"sha-256": doc.sha256}
        artifacts.append(artifact)

    plan_path = report.documents[0].path if report.documents else ""
    results = []
    counts: dict[str, int] = {}
    for issue in issues(report, lang):
        location = {"uri": document_uri(issue.path)}
        if issue.path in artifact_index:
            location["index"] = artifact_index[issue.path]
        ev = issue.evidence
        props = {"kind": issue.kind}
        if issue.element is not None:
            props.update(element=issue.element.id, status=issue.element.status,
                         legal_basis=issue.element.legal_basis)
        if issue.criterion is not None:
            props.update(criterion=issue.criterion.id, tier=issue.criterion.tier)
        if issue.finding is not None:
            props.update(finding=issue.finding.kind, severity=issue.finding.severity)
        if ev is not None:
            props.update(page=ev.page, section=ev.section)
            if ev.page_label:
                props["page_label"] = ev.page_label
        if issue.extended:
            props["extended"] = True
        key = "\x00".join([plan_path, issue.rule_id, issue.kind, issue.finding.kind if issue.finding else ""])
        counts[key] = counts.get(key, 0) + 1
        result = {
            "ruleId": issue.rule_id,
            "ruleIndex": rule_index[issue.rule_id],
            "level": issue.level,
            "message": {"text": issue.message},
            "locations": [{"physicalLocation": {"artifactLocation": location,
                                                "region": {"startLine": max(1, int(issue.line))}}}],
            "partialFingerprints": {"opcheckIssue/v1": fingerprint(key, str(counts[key]))},
            "properties": props,
        }
        if issue.suppressed is not None:
            result["suppressions"] = [{"kind": "external", "status": "accepted", "justification": issue.suppressed}]
        results.append(result)

    invocation: dict = {"executionSuccessful": True}
    end = _utc(report.checked_at)
    if end:
        invocation["endTimeUtc"] = end
    if report.warnings:
        invocation["toolExecutionNotifications"] = [
            {"level": "warning", "message": {"text": warning}} for warning in report.warnings]
    plan = report.plan
    run = {
        "tool": {"driver": {"name": "opcheck", "version": report.tool_version or "0",
                            "fullName": f"opcheck {report.tool_version}".strip(),
                            "language": "en-US" if lang == "en" else "nl-NL",
                            "rules": rules}},
        "invocations": [invocation],
        "language": "en-US" if lang == "en" else "nl-NL",
        "artifacts": artifacts,
        "results": results,
        "columnKind": "unicodeCodePoints",
        "properties": {
            "checklist": plan.checklist, "checklist_version": plan.checklist_version, "sector": plan.sector,
            "looks_like_plan": plan.looks_like_plan, "title": plan.title, "period": plan.period,
            "summary": report.summary, "fail_on": ctx.fail_on,
        },
    }
    return {"$schema": SARIF_SCHEMA, "version": "2.1.0", "runs": [run]}


def render(report, ctx) -> str:
    return json.dumps(sarif_dict(report, ctx), ensure_ascii=False, indent=2) + "\n"
