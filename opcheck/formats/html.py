"""HTML report: one self-contained, printable, accessible file for the OPR.

No scripts and no external assets (inline CSS only), so it can be mailed, archived and printed as is.
Everything that comes from the document (quotes, titles, messages) is escaped by Jinja2's autoescape.
"""
from __future__ import annotations

import datetime as dt
import re
from importlib import resources

from jinja2 import Environment, FunctionLoader, StrictUndefined, select_autoescape

from opcheck.i18n import SEVERITY, STATUS, STATUS_MARK, TIER, status, summary_line, t, w

TEMPLATE = "report.html.j2"

MONTHS_NL = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
             "oktober", "november", "december")
MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December")


def checked_at_text(value: str, lang: str) -> str:
    """'2026-11-28T05:57:13+00:00' -> '28 november 2026, 05:57 UTC' (raw value when unparsable)."""
    if not value:
        return "?"
    try:
        moment = dt.datetime.fromisoformat(value)
    except ValueError:
        return value
    months = MONTHS_EN if lang == "en" else MONTHS_NL
    text = f"{moment.day} {months[moment.month - 1]} {moment.year}, {moment:%H:%M}"
    offset = moment.utcoffset()
    if offset is None:
        return text
    if offset == dt.timedelta(0):
        return text + " UTC"
    return text + " UTC" + moment.strftime("%z")[:3] + ":" + moment.strftime("%z")[3:]


def anchor_ids(elements, prefix: str, taken: set[str]) -> dict[int, str]:
    """A unique, HTML-safe id per element (keyed by position), e.g. 'onderdeel-dekkend-aanbod'."""
    out: dict[int, str] = {}
    for i, e in enumerate(elements):
        base = prefix + (re.sub(r"[^A-Za-z0-9_-]+", "-", e.id).strip("-").lower() or str(i + 1))
        candidate, n = base, 2
        while candidate in taken:
            candidate, n = f"{base}-{n}", n + 1
        taken.add(candidate)
        out[i] = candidate
    return out


def _load_template(name: str) -> str:
    return resources.files("opcheck.formats").joinpath("templates", name).read_text(encoding="utf-8")


_ENV: Environment | None = None


def _env() -> Environment:
    global _ENV
    if _ENV is None:
        _ENV = Environment(loader=FunctionLoader(_load_template), autoescape=select_autoescape(default=True,
                           default_for_string=True), undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True,
                           keep_trailing_newline=True)
    return _ENV


def _element_view(e, anchor: str, lang: str, multi_file: bool) -> dict:
    def evidence(items):
        return [{"quote": ev.quote,
                 "location": ((ev.file + ", ") if multi_file and ev.file else "") + (ev.location_text(lang) or "?"),
                 "page": ev.page} for ev in items]

    # severity of the 'unmet' finding that belongs to a criterion, shown next to that criterion
    unmet_severity = {f.criterion: f.severity for f in e.findings if f.kind == "unmet" and f.criterion}
    criterion_ids = {c.id for c in e.criteria}
    criteria = []
    for c in e.criteria:
        if c.met:
            state, mark, word = "met", "✔", w("criterion_met", lang)
        elif c.waived:
            state, mark, word = "waived", STATUS_MARK["waived"], status("waived", lang)
        else:
            state, mark, word = "unmet", "✘", w("criterion_unmet", lang)
        sev = unmet_severity.get(c.id) if state == "unmet" else None
        criteria.append({
            "id": c.id, "title": c.title, "tier": c.tier, "tier_word": t(TIER, c.tier, lang) if c.tier in TIER else c.tier,
            "state": state, "mark": mark, "word": word, "legal": c.legal,
            "evidence": evidence(c.evidence),
            "looked_for": c.looked_for if state == "unmet" else "",
            "waiver_reason": c.waiver_reason if c.waived else None,
            "severity": sev, "severity_word": t(SEVERITY, sev, lang) if sev in SEVERITY else None,
        })
    findings = []
    for f in e.findings:
        if f.kind == "unmet" and f.criterion in criterion_ids:
            continue   # shown with its criterion
        findings.append({"kind": f.kind, "severity": f.severity,
                         "severity_word": t(SEVERITY, f.severity, lang) if f.severity in SEVERITY else f.severity,
                         "message": f.message, "evidence": evidence(f.evidence[:3])})
    return {
        "id": e.id, "anchor": anchor, "title": e.title, "status": e.status,
        "status_word": status(e.status, lang) if e.status in STATUS else e.status,
        "mark": STATUS_MARK.get(e.status, "?"), "legal_basis": e.legal_basis, "explanation": e.explanation,
        "question": e.question if e.status in ("partial", "missing", "not_assessable") else "",
        "waiver_reason": e.waiver_reason, "criteria": criteria, "findings": findings,
        "unmet_core": [c.id for c in e.unmet_core], "unmet_core_titles": [c.title for c in e.unmet_core],
    }


def build_view(report, lang: str) -> dict:
    plan = report.plan
    multi_file = len(report.documents) > 1
    taken: set[str] = {"samenvatting", "onderdelen", "uitgebreid", "legenda"}
    main_ids = anchor_ids(report.elements, "onderdeel-", taken)
    extra_ids = anchor_ids(report.extra_elements, "uitgebreid-", taken)
    documents = [{"path": d.path, "name": d.path.replace("\\", "/").rsplit("/", 1)[-1], "format": d.format,
                  "pages": d.pages, "sha256": d.sha256, "unreadable_pages": list(d.unreadable_pages)}
                 for d in report.documents]
    title = plan.title or ", ".join(d["name"] for d in documents) or "opcheck"
    source = w("given", lang) if plan.sector_source != "detected" else w("detected", lang)
    counts = report.summary
    return {
        "lang": "en" if lang == "en" else "nl",
        "title": title,
        "tool_version": report.tool_version,
        "checked_at": checked_at_text(report.checked_at, lang),
        "checked_at_raw": report.checked_at,
        "documents": documents,
        "plan": {"looks_like_plan": plan.looks_like_plan, "reasons": list(plan.reasons), "title": plan.title,
                 "sector": (plan.sector or "?").upper(), "sector_source": source, "period": plan.period,
                 "checklist": plan.checklist, "checklist_version": plan.checklist_version},
        "warnings": list(report.warnings),
        "summary_line": summary_line(report, lang),
        "counts": [{"status": s, "word": status(s, lang), "mark": STATUS_MARK[s], "count": counts.get(s, 0),
                    "help": w("help_" + s, lang)} for s in STATUS],
        "elements": [_element_view(e, main_ids[i], lang, multi_file) for i, e in enumerate(report.elements)],
        "extra_elements": [_element_view(e, extra_ids[i], lang, multi_file)
                           for i, e in enumerate(report.extra_elements)],
    }


def render(report, ctx) -> str:
    lang = "en" if ctx.lang == "en" else "nl"
    template = _env().get_template(TEMPLATE)
    return template.render(v=build_view(report, lang), w=lambda key: w(key, lang), lang=lang)
