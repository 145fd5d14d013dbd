"""GitLab Code Quality report (`artifacts: reports: codequality`): a JSON array of issues.

Each issue has description, check_name (the rule id, e.g. "plaatsing.criteria"), fingerprint,
severity (info | minor | major | critical | blocker) and location {path, lines {begin}}. The issues are
the same as the SARIF results (opcheck.formats.sarif.issues) minus waived ones, which GitLab cannot
show as suppressed. Paths are made relative to the repository (CI_PROJECT_DIR or the working
directory) when given as absolute paths, as GitLab expects.

Severity: not a plan → blocker; unmet core criterion of a missing element → critical; not assessable
element or unmet core criterion of a partial element → major; error finding → major; warning finding
→ minor; suggestion → info.

The fingerprint is a sha256 over the plan's path, the rule id (element.criterion) and the finding kind
(plus a counter when one element has several findings of one kind), never over quotes or line
numbers, so an issue keeps its identity when the text around it changes and GitLab can tell new
issues from fixed ones between merge requests.
"""
from __future__ import annotations

import json

from opcheck.formats.sarif import fingerprint, issues, repo_path


def _severity(issue) -> str:
    if issue.kind == "plan":
        return "blocker"
    if issue.kind in ("criterion", "element"):
        if issue.element is not None and issue.element.status == "missing":
            return "critical"
        return "major"
    severity = issue.finding.severity if issue.finding is not None else "info"
    return {"error": "major", "warning": "minor"}.get(severity, "info")


def code_quality(report, ctx) -> list[dict]:
    plan_path = report.documents[0].path if report.documents else ""
    out = []
    seen: dict[str, int] = {}
    for issue in issues(report, ctx.lang):
        key = "\x00".join([plan_path, issue.rule_id, issue.kind, issue.finding.kind if issue.finding else ""])
        seen[key] = seen.get(key, 0) + 1   # counted before skipping waived issues: same numbering as SARIF
        if issue.suppressed is not None:
            continue
        out.append({
            "type": "issue",
            "description": issue.message,
            "check_name": issue.rule_id,
            "fingerprint": fingerprint(key, str(seen[key])),
            "severity": _severity(issue),
            "location": {"path": repo_path(issue.path), "lines": {"begin": max(1, int(issue.line))}},
        })
    return out


def render(report, ctx) -> str:
    return json.dumps(code_quality(report, ctx), ensure_ascii=False, indent=2) + "\n"
