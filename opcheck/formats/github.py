"""GitHub Actions workflow commands: annotations on the checked document, plus the job summary.

Output lines look like
    ::error file=plan.md,line=1,title=Ouders (ontbreekt)::Niet gevonden: …
with GitHub's escaping (data: % CR LF; properties also : and ,). One annotation per element, not
per criterion, because GitHub shows at most 10 error and 10 warning annotations per step: the most
important come first (not a plan, missing, not assessable, partial, then warning findings, then the
report's own warnings), anything beyond 10 of a kind is counted in the final ::notice summary.

Levels follow the --fail-on threshold (ctx.fail_on): an element that makes the step fail is an
error, a gap below the threshold is a warning. Waived elements are not annotated.

SIDE EFFECT: when the environment variable GITHUB_STEP_SUMMARY names a file, render() appends the
Markdown report to it (opcheck.formats.markdown when available, else a small table), in append
mode, never truncating what earlier steps wrote. Set ctx.extra["step_summary"] = False to skip it.
"""
from __future__ import annotations

import os

from opcheck.report import FAILING_FINDING, element_fails
from opcheck.formats.sarif import element_evidence, location_of, repo_path
from opcheck.i18n import STATUS_MARK, status as status_word, summary_line

MAX_PER_LEVEL = 10
STEP_SUMMARY_LIMIT = 1000 * 1024
KIND = {"unmet": ("niet gevonden", "not found"), "vague": ("vaag", "vague"),
        "deferred": ("uitgesteld", "deferred"), "referred": ("verwijzing", "referral"),
        "concreteness": ("concreetheid", "concreteness")}


def _t(lang: str, nl: str, en: str) -> str:
    return en if lang == "en" else nl


def escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value: str) -> str:
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def command(level: str, message: str, file: str | None = None, line: int | None = None,
            title: str | None = None) -> str:
    props = []
    if file:
        props.append(f"file={escape_property(file)}")
    if line is not None:
        props.append(f"line={int(line)}")
    if title:
        props.append(f"title={escape_property(title)}")
    return f"::{level}{' ' + ','.join(props) if props else ''}::{escape_data(message)}"


def _annotations(report, lang: str, fail_on: str) -> list[tuple[int, str, str, str, int, str]]:
    """(priority, level, file, title, line, message); lower priority is shown first."""
    out = []
    if not report.plan.looks_like_plan:
        path, line = location_of(report, None)
        message = _t(lang, "Dit document lijkt geen ondersteuningsplan van een samenwerkingsverband.",
                     "This document does not look like a partnership's ondersteuningsplan.")
        message += "".join(f"\n- {r}" for r in report.plan.reasons)
        out.append((0, "error" if fail_on != "never" else "warning", path,
                    _t(lang, "opcheck: geen ondersteuningsplan?", "opcheck: not an ondersteuningsplan?"), line, message))
    order = {"missing": 1, "not_assessable": 2, "partial": 3}
    looked = _t(lang, "Gezocht naar", "Looked for")
    elements = [(e, False) for e in report.elements] + [(e, True) for e in report.extra_elements]
    for e, extended in elements:
        if e.status == "waived":
            continue
        fails = not extended and element_fails(e, fail_on)
        title = f"{e.title} ({status_word(e.status, lang)})"
        if e.status in order:
            anchor = None if e.status != "partial" else element_evidence(e)
            path, line = location_of(report, anchor)
            lines = []
            if e.status == "not_assessable":
                lines.append(_t(lang, "De tekst kon niet worden gelezen (scan zonder tekstlaag?).",
                                "The text could not be read (a scan without a text layer?)."))
            for c in e.unmet_core:
                lines.append(_t(lang, f"Niet gevonden: {c.title}.", f"Not found: {c.title}."))
                if c.looked_for:
                    lines.append(f"  {looked}: {c.looked_for}")
            if anchor is not None:
                lines.append(_t(lang, f"Behandeld bij {anchor.location_text(lang)}.",
                                f"Addressed at {anchor.location_text(lang)}."))
            elif e.status == "missing":
                lines.append(_t(lang, "Het plan behandelt dit onderdeel nergens.",
                                "The plan does not address this element anywhere."))
            if e.legal_basis:
                lines.append(e.legal_basis)
            out.append((order[e.status], "error" if fails else "warning", path, title, line, "\n".join(lines)))
        anchor = element_evidence(e) if e.status != "missing" else None
        for f in e.findings:
            if f.severity not in FAILING_FINDING:
                continue
            ev = f.evidence[0] if f.evidence else None
            path, line = location_of(report, ev or anchor)
            message = f.message + (f"\n{ev.location_text(lang)}: “{ev.quote}”" if ev is not None else "")
            level = "error" if (fails and fail_on == "warning") else "warning"
            kind = KIND.get(f.kind, (f.kind, f.kind))[1 if lang == "en" else 0]
            out.append((4, level, path, f"{e.title}: {kind}", line, message))
    for warning in report.warnings:
        out.append((5, "warning", "", "opcheck", 0, warning))
    out.sort(key=lambda a: a[0])   # stable: checklist order within a priority
    return out


def _fallback_markdown(report, lang: str) -> str:
    rows = [f"## opcheck — {report.plan.title or ', '.join(d.path for d in report.documents)}", "",
            f"**{_t(lang, 'Oordeel', 'Verdict')}:** {summary_line(report, lang)}", "",
            f"| {_t(lang, 'Onderdeel', 'Element')} | {_t(lang, 'Status', 'Status')} | {_t(lang, 'Niet gevonden', 'Not found')} |",
            "|---|---|---|"]
    for e in report.elements + report.extra_elements:
        unmet = ", ".join(c.title for c in e.unmet_core) or "—"
        if e.status == "waived" and e.waiver_reason:
            unmet = f"{_t(lang, 'Vrijgesteld', 'Waived')}: {e.waiver_reason}"
        cells = [f"{e.title} (`{e.id}`)", f"{STATUS_MARK.get(e.status, '')} {status_word(e.status, lang)}", unmet]
        rows.append("| " + " | ".join(c.replace("|", "\\|").replace("\n", " ") for c in cells) + " |")
    if not report.plan.looks_like_plan:
        rows += ["", "> " + _t(lang, "Dit document lijkt geen ondersteuningsplan van een samenwerkingsverband.",
                               "This document does not look like a partnership's ondersteuningsplan.")]
    for warning in report.warnings:
        rows.append(f"\n> ⚠ {warning}")
    return "\n".join(rows) + "\n"


def step_summary_markdown(report, ctx) -> str:
    try:
        from opcheck.formats import markdown
    except ImportError:
        return _fallback_markdown(report, ctx.lang)
    try:
        from dataclasses import replace
        return markdown.render(report, replace(ctx, color=False))
    except Exception:  # noqa: BLE001 - the job summary is a side channel; never lose the annotations
        return _fallback_markdown(report, ctx.lang)


def _append_step_summary(report, ctx) -> str | None:
    """Append the Markdown report to $GITHUB_STEP_SUMMARY; returns an error text when that fails."""
    target = os.environ.get("GITHUB_STEP_SUMMARY")
    if not target or ctx.extra.get("step_summary") is False:
        return None
    text = step_summary_markdown(report, ctx)
    if len(text.encode("utf-8")) > STEP_SUMMARY_LIMIT:
        text = _fallback_markdown(report, ctx.lang)   # GitHub rejects a step summary over 1 MiB
    try:
        with open(target, "a", encoding="utf-8") as fh:
            fh.write(text if text.endswith("\n") else text + "\n")
    except OSError as exc:
        return str(exc)
    return None


def render(report, ctx) -> str:
    lang = ctx.lang
    fail_on = ctx.fail_on or "partial"
    shown = {"error": 0, "warning": 0}
    hidden = {"error": 0, "warning": 0}
    lines = []
    for _, level, path, title, line, message in _annotations(report, lang, fail_on):
        if shown[level] >= MAX_PER_LEVEL:
            hidden[level] += 1
            continue
        shown[level] += 1
        lines.append(command(level, message, file=repo_path(path) if path else None, line=line if path else None,
                             title=title))
    problem = _append_step_summary(report, ctx)
    summary = f"opcheck: {summary_line(report, lang)}"
    if hidden["error"] or hidden["warning"]:
        summary += _t(lang, f" — {hidden['error']} fouten en {hidden['warning']} waarschuwingen niet getoond "
                            f"(GitHub toont er maximaal {MAX_PER_LEVEL} per soort); zie het volledige rapport.",
                      f" — {hidden['error']} errors and {hidden['warning']} warnings not shown "
                      f"(GitHub shows at most {MAX_PER_LEVEL} of each); see the full report.")
    if problem:
        summary += _t(lang, f" (job summary niet geschreven: {problem})", f" (job summary not written: {problem})")
    lines.append(command("notice", summary, title="opcheck"))
    return "\n".join(lines) + "\n"
