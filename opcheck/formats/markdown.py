"""Markdown report: for e-mail, wikis, merge-request comments and GitHub's job summary.

Plain GitHub-flavoured Markdown (no HTML), readable as plain text too. Status is shown by word and
symbol, never by colour. Everything taken from the document is escaped, so a quote cannot break the
table or inject markup.
"""
from __future__ import annotations

import re

from opcheck.formats.html import checked_at_text
from opcheck.i18n import SEVERITY, STATUS, STATUS_MARK, TIER, status, summary_line, t, w

# CommonMark lets every ASCII punctuation character be backslash-escaped; these are the ones that can
# start or end markup inline (emphasis, code, links, images, HTML, tables, strikethrough, entities).
_SPECIAL = re.compile(r"([\\`*_\[\]<>|~&!#])")
_WS = re.compile(r"\s+")


def md_escape(text: str | None) -> str:
    """Escape text for inline Markdown (also safe inside a table cell): one line, markup characters escaped."""
    if not text:
        return ""
    return _SPECIAL.sub(r"\\\1", _WS.sub(" ", str(text)).strip())


def code(text: str, table: bool = False) -> str:
    """An inline code span that survives backticks (and, in a table cell, pipes) in the text."""
    text = _WS.sub(" ", str(text)).strip()
    if table:
        text = text.replace("|", "\\|")
    fence = "`"
    while fence in text:
        fence += "`"
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def _status_text(s: str, lang: str) -> str:
    return f"{STATUS_MARK.get(s, '?')} {status(s, lang) if s in STATUS else md_escape(s)}"


def _location(ev, lang: str, multi_file: bool) -> str:
    where = ev.location_text(lang) or "?"
    if multi_file and ev.file:
        where = f"{ev.file.replace(chr(92), '/').rsplit('/', 1)[-1]}, {where}"
    return md_escape(where)


def _quote_lines(evidence, lang: str, multi_file: bool, indent: str) -> list[str]:
    """One blockquote, one paragraph per quote (an empty '>' line keeps them from running together)."""
    lines: list[str] = []
    for ev in evidence:
        if lines:
            lines.append(f"{indent}>")
        lines.append(f"{indent}> “{md_escape(ev.quote)}” — {_location(ev, lang, multi_file)}")
    return lines


def _table(elements, lang: str) -> list[str]:
    lines = [f"| {w('element', lang)} | {w('status', lang)} | {w('unmet', lang)} |", "| --- | --- | --- |"]
    for e in elements:
        unmet = "; ".join(md_escape(c.title) for c in e.unmet_core) or "—"
        lines.append(f"| {md_escape(e.title)} ({code(e.id, table=True)}) | {_status_text(e.status, lang)} | {unmet} |")
    return lines


def _element(e, lang: str, multi_file: bool) -> list[str]:
    out = ["", f"### {STATUS_MARK.get(e.status, '?')} {md_escape(e.title)} — {status(e.status, lang) if e.status in STATUS else md_escape(e.status)}",
           "", f"{code(e.id)} · {w('legal_basis', lang)}: {md_escape(e.legal_basis)}"]
    if e.waiver_reason:
        out += ["", f"**{w('waived_reason', lang)}:** {md_escape(e.waiver_reason)}"]
    if e.criteria:
        out.append("")
    criterion_ids = {c.id for c in e.criteria}
    unmet_severity = {f.criterion: f.severity for f in e.findings if f.kind == "unmet" and f.criterion}
    for c in e.criteria:
        if c.met:
            mark, word = "✔", w("criterion_met", lang)
        elif c.waived:
            mark, word = STATUS_MARK["waived"], status("waived", lang)
        else:
            mark, word = "✘", w("criterion_unmet", lang)
        tier = t(TIER, c.tier, lang) if c.tier in TIER else md_escape(c.tier)
        sev = unmet_severity.get(c.id) if not c.met and not c.waived else None
        sev = f", {t(SEVERITY, sev, lang)}" if sev in SEVERITY else ""
        out.append(f"- {mark} {word}: **{md_escape(c.title)}** ({tier}, {code(c.id)}{sev})")
        if c.evidence:
            out.append("")
            out += _quote_lines(c.evidence, lang, multi_file, "  ")
            out.append("")
        if not c.met and not c.waived and c.looked_for:
            out.append(f"  - {w('looked_for', lang)}: {md_escape(c.looked_for)}")
        if c.waived and c.waiver_reason:
            out.append(f"  - {w('waived_reason', lang)}: {md_escape(c.waiver_reason)}")
    findings = [f for f in e.findings if not (f.kind == "unmet" and f.criterion in criterion_ids)]
    if findings:
        out += ["", f"**{w('findings', lang)}**", ""]
        for f in findings:
            sev = t(SEVERITY, f.severity, lang) if f.severity in SEVERITY else md_escape(f.severity)
            out.append(f"- {sev}: {md_escape(f.message)}")
            if f.evidence:
                out.append("")
                out += _quote_lines(f.evidence[:2], lang, multi_file, "  ")
                out.append("")
    if e.status in ("partial", "missing", "not_assessable") and e.question:
        out += ["", f"**{w('question', lang)}:** {md_escape(e.question)}"]
    return out


def render(report, ctx) -> str:
    lang = "en" if ctx.lang == "en" else "nl"
    plan = report.plan
    multi_file = len(report.documents) > 1
    names = ", ".join(d.path.replace("\\", "/").rsplit("/", 1)[-1] for d in report.documents)
    title = plan.title or names or "opcheck"
    out = [f"# {w('report_title', lang)}: {md_escape(title)}", ""]
    doc_lines = []
    for d in report.documents:
        parts = [code(d.path)]
        if d.pages:
            parts.append(f"{d.pages} {w('pages', lang)}")
        parts.append(f"sha256 {code(d.sha256[:12])}")
        if d.unreadable_pages:
            parts.append(f"{w('unreadable_pages', lang)}: {', '.join(str(p) for p in d.unreadable_pages)}")
        doc_lines.append(" · ".join(parts))
    if multi_file:
        out += [f"**{w('documents', lang)}:**", ""] + [f"- {line}" for line in doc_lines] + [""]
    else:
        out.append(f"**{w('document', lang)}:** {doc_lines[0] if doc_lines else '—'}  ")
    source = w("given", lang) if plan.sector_source != "detected" else w("detected", lang)
    meta = [f"**{w('checklist', lang)}:** {md_escape(plan.checklist)} {md_escape(plan.checklist_version)}".rstrip(),
            f"**{w('sector', lang)}:** {md_escape((plan.sector or '?').upper())} ({source})"]
    if plan.period:
        meta.append(f"**{w('period', lang)}:** {md_escape(plan.period)}")
    meta.append(f"**{w('checked_at', lang)}:** {md_escape(checked_at_text(report.checked_at, lang))}")
    out.append(" · ".join(meta))
    out.append("")
    if plan.looks_like_plan:
        out += [f"{w('plan_detection', lang)}: {w('looks_like_plan', lang)}", ""]
    else:
        out.append(f"> **⚠ {w('not_a_plan', lang)}**")
        out.append(">")
        for reason in plan.reasons:
            out.append(f"> - {md_escape(reason)}")
        if plan.reasons:
            out.append(">")
        out += [f"> {w('not_a_plan_hint', lang)}", ""]
    if report.warnings:
        out += [f"**{w('warnings', lang)}:**", ""]
        out += [f"- ! {md_escape(x)}" for x in report.warnings]
        out.append("")
    out += [f"## {w('verdict', lang)}: {summary_line(report, lang)}", ""]
    out += _table(report.elements, lang)
    out += ["", f"## {w('elements', lang)}"]
    for e in report.elements:
        out += _element(e, lang, multi_file)
    if report.extra_elements:
        out += ["", f"## {w('extended', lang)}", "", w("extended_intro", lang), ""]
        out += _table(report.extra_elements, lang)
        for e in report.extra_elements:
            out += _element(e, lang, multi_file)
    version = f" {md_escape(report.tool_version)}" if report.tool_version else ""
    out += ["", "---", "", f"*{w('disclaimer', lang)} {w('made_with', lang)} opcheck{version}.*", ""]
    squeezed: list[str] = []
    for line in out:
        if line == "" and squeezed and squeezed[-1] == "":
            continue
        squeezed.append(line)
    return "\n".join(squeezed)
