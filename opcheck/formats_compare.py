"""Renderers for `opcheck compare`: text, markdown, html, json, all from one `Diff` (opcheck.compare).

None of them re-derives a verdict: they only print what the Diff says.
"""
from __future__ import annotations

import html as _html
import json

from opcheck.compare import ADDED, IMPROVED, REMOVED, UNCHANGED, WORSENED, CriterionDiff, Diff, ElementDiff
from opcheck.i18n import STATUS, STATUS_MARK, TIER, t

COMPARE_FORMATS = ("text", "markdown", "html", "json")

_WORDS = {
    "title": ("Vergelijking van twee versies", "Comparison of two versions"),
    "old": ("Oud", "Old"),
    "new": ("Nieuw", "New"),
    "element": ("Onderdeel", "Element"),
    "before": ("Voor", "Before"),
    "after": ("Na", "After"),
    "change": ("Verandering", "Change"),
    "summary": ("Samenvatting", "Summary"),
    "ev_added": ("Nieuw bewijs", "New evidence"),
    "ev_removed": ("Verdwenen bewijs", "Evidence gone"),
    "ev_kept": ("ongewijzigd bewijs", "unchanged evidence"),
    "f_added": ("Nieuwe bevinding", "New finding"),
    "f_resolved": ("Opgeloste bevinding", "Resolved finding"),
    "no_changes": ("Geen inhoudelijke wijzigingen.", "No changes in substance."),
    "unchanged_elements": ("Ongewijzigde onderdelen", "Unchanged elements"),
    "warnings": ("Let op", "Note"),
    "criterion": ("Criterium", "Criterion"),
    "met": ("voldaan", "met"),
    "unmet": ("niet voldaan", "not met"),
    "waived": ("vrijgesteld", "waived"),
    "absent": ("—", "—"),
    "in_old": ("in oud", "in old"),
    "in_new": ("in nieuw", "in new"),
    "checklist": ("Checklist", "Checklist"),
}
CHANGE = {
    IMPROVED: ("verbeterd", "improved"),
    WORSENED: ("verslechterd", "worsened"),
    UNCHANGED: ("gelijk", "unchanged"),
    ADDED: ("nieuw", "new"),
    REMOVED: ("vervallen", "dropped"),
}
CHANGE_MARK = {IMPROVED: "↑", WORSENED: "↓", UNCHANGED: "=", ADDED: "+", REMOVED: "−"}


def _w(key: str, lang: str) -> str:
    return t(_WORDS, key, lang)


def _status(s: str | None, lang: str) -> str:
    if s is None:
        return _w("absent", lang)
    return f"{STATUS_MARK.get(s, '?')} {t(STATUS, s, lang)}" if s in STATUS else s


def _met(c: CriterionDiff, side: str, lang: str) -> str:
    met = c.old_met if side == "old" else c.new_met
    waived = c.old_waived if side == "old" else c.new_waived
    if met is None:
        return _w("absent", lang)
    if waived and not met:
        return _w("waived", lang)
    return _w("met", lang) if met else _w("unmet", lang)


def _loc(ev, lang: str) -> str:
    if ev is None:
        return ""
    text = ev.location_text(lang)
    return f"{ev.file}" + (f", {text}" if text else "")


def _both_locs(x, lang: str) -> str:
    parts = []
    if x.old is not None:
        parts.append(f"{_w('in_old', lang)}: {_loc(x.old, lang)}")
    if x.new is not None:
        parts.append(f"{_w('in_new', lang)}: {_loc(x.new, lang)}")
    return "; ".join(parts)


def _criterion_relevant(c: CriterionDiff) -> bool:
    return c.change != UNCHANGED or bool(c.evidence_added or c.evidence_removed)


def render(name: str, diff: Diff, lang: str | None = None) -> str:
    lang = lang or diff.lang
    if name == "json":
        return json.dumps(diff.to_dict(), ensure_ascii=False, indent=2) + "\n"
    if name == "markdown":
        return _markdown(diff, lang)
    if name == "html":
        return _html_page(diff, lang)
    return _text(diff, lang)


# --------------------------------------------------------------------------------------------------
# text
# --------------------------------------------------------------------------------------------------

def _text(diff: Diff, lang: str) -> str:
    out = [f"opcheck compare — {_w('title', lang).lower()}",
           f"{_w('old', lang)}:   {diff.old.label}",
           f"{_w('new', lang)}: {diff.new.label}" if lang == "nl" else f"{_w('new', lang)}:   {diff.new.label}",
           f"{_w('checklist', lang)}: {diff.new.checklist} {diff.new.checklist_version}"]
    for warning in diff.warnings:
        out.append(f"! {warning}")
    out.append("")
    out.append(f"{_w('summary', lang)}: {diff.summary_line(lang)}")
    out.append("")
    width = max([len(e.id) for e in diff.elements] + [len(_w("element", lang))])
    out.append(f"  {_w('element', lang):<{width}}  {_w('before', lang):<22}{_w('after', lang):<22}{_w('change', lang)}")
    for e in diff.elements:
        out.append(f"{CHANGE_MARK[e.change]} {e.id:<{width}}  {_status(e.old_status, lang):<22}"
                   f"{_status(e.new_status, lang):<22}{t(CHANGE, e.change, lang)}")
    for e in diff.elements:
        if not e.touched:
            continue
        out.append("")
        out.append(f"{CHANGE_MARK[e.change]} {e.title} ({e.id}): {_status(e.old_status, lang)} → "
                   f"{_status(e.new_status, lang)} [{t(CHANGE, e.change, lang)}]")
        for c in e.criteria:
            if not _criterion_relevant(c):
                continue
            out.append(f"  {CHANGE_MARK[c.change]} {c.title} ({c.id}, {t(TIER, c.tier, lang) if c.tier in TIER else c.tier}): "
                       f"{_met(c, 'old', lang)} → {_met(c, 'new', lang)}")
            for x in c.evidence_added:
                out.append(f"      + “{x.quote}”")
                out.append(f"          — {_both_locs(x, lang)}")
            for x in c.evidence_removed:
                out.append(f"      - “{x.quote}”")
                out.append(f"          — {_both_locs(x, lang)}")
            if c.evidence_kept:
                out.append(f"      = {_w('ev_kept', lang)}: {len(c.evidence_kept)}")
        for f in e.findings_added:
            out.append(f"  + {_w('f_added', lang)} ({f.severity}): {f.message}")
        for f in e.findings_resolved:
            out.append(f"  ✓ {_w('f_resolved', lang)} ({f.severity}): {f.message}")
    if not any(e.touched for e in diff.elements):
        out.append("")
        out.append(_w("no_changes", lang))
    return "\n".join(out) + "\n"


# --------------------------------------------------------------------------------------------------
# markdown
# --------------------------------------------------------------------------------------------------

def _md(text: str) -> str:
    """Escape text for a Markdown table cell or line."""
    text = (text or "").replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")
    for ch in "*_`[]<>#":
        text = text.replace(ch, "\\" + ch)
    return text


def _markdown(diff: Diff, lang: str) -> str:
    out = [f"# {_w('title', lang)}", "",
           f"- **{_w('old', lang)}:** {_md(diff.old.label)}",
           f"- **{_w('new', lang)}:** {_md(diff.new.label)}",
           f"- **{_w('checklist', lang)}:** {_md(diff.new.checklist)} {_md(diff.new.checklist_version)}", ""]
    if diff.warnings:
        for warning in diff.warnings:
            out.append(f"> **{_w('warnings', lang)}:** {_md(warning)}")
        out.append("")
    out += [f"**{_w('summary', lang)}:** {_md(diff.summary_line(lang))}", "",
            f"| {_w('element', lang)} | {_w('before', lang)} | {_w('after', lang)} | {_w('change', lang)} |",
            "|---|---|---|---|"]
    for e in diff.elements:
        out.append(f"| {_md(e.title)} (`{e.id}`) | {_status(e.old_status, lang)} | {_status(e.new_status, lang)} | "
                   f"{CHANGE_MARK[e.change]} {t(CHANGE, e.change, lang)} |")
    for e in diff.elements:
        if not e.touched:
            continue
        out += ["", f"## {CHANGE_MARK[e.change]} {_md(e.title)} ({_status(e.old_status, lang)} → "
                    f"{_status(e.new_status, lang)})", ""]
        for c in e.criteria:
            if not _criterion_relevant(c):
                continue
            out.append(f"- **{_md(c.title)}** (`{c.id}`, {t(TIER, c.tier, lang) if c.tier in TIER else c.tier}): "
                       f"{_met(c, 'old', lang)} → {_met(c, 'new', lang)} — {t(CHANGE, c.change, lang)}")
            for x in c.evidence_added:
                out.append(f"  - ➕ {_w('ev_added', lang)}: “{_md(x.quote)}” ({_md(_both_locs(x, lang))})")
            for x in c.evidence_removed:
                out.append(f"  - ➖ {_w('ev_removed', lang)}: “{_md(x.quote)}” ({_md(_both_locs(x, lang))})")
            if c.evidence_kept:
                out.append(f"  - {_w('ev_kept', lang)}: {len(c.evidence_kept)}")
        for f in e.findings_added:
            out.append(f"- ➕ {_w('f_added', lang)} ({f.severity}): {_md(f.message)}")
        for f in e.findings_resolved:
            out.append(f"- ✅ {_w('f_resolved', lang)} ({f.severity}): {_md(f.message)}")
    return "\n".join(out) + "\n"


# --------------------------------------------------------------------------------------------------
# html (self-contained, everything escaped)
# --------------------------------------------------------------------------------------------------

_CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;max-width:70rem;margin:2rem auto;padding:0 1rem;
color:#1a1a1a;line-height:1.45}
table{border-collapse:collapse;margin:1rem 0}th,td{border:1px solid #ccc;padding:.3rem .6rem;text-align:left;
vertical-align:top}th{background:#f2f2f2}
.improved{color:#0a6b2d;font-weight:600}.worsened{color:#b00020;font-weight:600}.unchanged{color:#555}
.added,.removed{color:#6b4e00}
.present{background:#e6f4ea}.partial{background:#fff4d6}.missing{background:#fde7e9}
.not_assessable{background:#efe6f7}.waived{background:#eee}
.ev{margin:.2rem 0 .2rem 1.5rem}.ev q{font-style:italic}.loc{color:#555;font-size:.9em}
.warn{background:#fff4d6;border-left:4px solid #e0a800;padding:.5rem}
.summary{font-size:1.1em}
"""


def _e(text) -> str:
    return _html.escape("" if text is None else str(text), quote=True)


def _html_page(diff: Diff, lang: str) -> str:
    h = [f'<!DOCTYPE html><html lang="{_e(lang)}"><head><meta charset="utf-8">',
         '<meta name="viewport" content="width=device-width, initial-scale=1">',
         f"<title>opcheck compare — {_e(diff.new.title or diff.new.label)}</title>",
         f"<style>{_CSS}</style></head><body>",
         f"<h1>{_e(_w('title', lang))}</h1>",
         "<dl>",
         f"<dt>{_e(_w('old', lang))}</dt><dd>{_e(diff.old.label)}</dd>",
         f"<dt>{_e(_w('new', lang))}</dt><dd>{_e(diff.new.label)}</dd>",
         f"<dt>{_e(_w('checklist', lang))}</dt><dd>{_e(diff.new.checklist)} {_e(diff.new.checklist_version)}</dd>",
         "</dl>"]
    for warning in diff.warnings:
        h.append(f'<p class="warn">{_e(warning)}</p>')
    cls = "worsened" if diff.worsened else "improved"
    h.append(f'<p class="summary"><strong>{_e(_w("summary", lang))}:</strong> '
             f'<span class="{cls}" id="summary">{_e(diff.summary_line(lang))}</span></p>')
    h.append(f'<table id="elements"><thead><tr><th>{_e(_w("element", lang))}</th><th>{_e(_w("before", lang))}</th>'
             f'<th>{_e(_w("after", lang))}</th><th>{_e(_w("change", lang))}</th></tr></thead><tbody>')
    for e in diff.elements:
        h.append(f'<tr data-element="{_e(e.id)}" data-change="{_e(e.change)}">'
                 f'<td><a href="#el-{_e(e.id)}">{_e(e.title)}</a> <code>{_e(e.id)}</code></td>'
                 f'<td class="{_e(e.old_status or "")}">{_e(_status(e.old_status, lang))}</td>'
                 f'<td class="{_e(e.new_status or "")}">{_e(_status(e.new_status, lang))}</td>'
                 f'<td class="{_e(e.change)}">{_e(CHANGE_MARK[e.change])} {_e(t(CHANGE, e.change, lang))}</td></tr>')
    h.append("</tbody></table>")
    for e in diff.elements:
        if not e.touched:
            continue
        h.append(f'<section id="el-{_e(e.id)}"><h2 class="{_e(e.change)}">{_e(CHANGE_MARK[e.change])} {_e(e.title)} '
                 f'<small>({_e(_status(e.old_status, lang))} → {_e(_status(e.new_status, lang))})</small></h2><ul>')
        for c in e.criteria:
            if not _criterion_relevant(c):
                continue
            tier = t(TIER, c.tier, lang) if c.tier in TIER else c.tier
            h.append(f'<li><strong>{_e(c.title)}</strong> <code>{_e(c.id)}</code> ({_e(tier)}): '
                     f'{_e(_met(c, "old", lang))} → {_e(_met(c, "new", lang))} '
                     f'<span class="{_e(c.change)}">{_e(t(CHANGE, c.change, lang))}</span>')
            for x in c.evidence_added:
                h.append(f'<div class="ev added">+ {_e(_w("ev_added", lang))}: <q>{_e(x.quote)}</q> '
                         f'<span class="loc">{_e(_both_locs(x, lang))}</span></div>')
            for x in c.evidence_removed:
                h.append(f'<div class="ev removed">− {_e(_w("ev_removed", lang))}: <q>{_e(x.quote)}</q> '
                         f'<span class="loc">{_e(_both_locs(x, lang))}</span></div>')
            if c.evidence_kept:
                h.append(f'<div class="ev loc">{_e(_w("ev_kept", lang))}: {len(c.evidence_kept)}</div>')
            h.append("</li>")
        for f in e.findings_added:
            h.append(f'<li class="worsened">+ {_e(_w("f_added", lang))} ({_e(f.severity)}): {_e(f.message)}</li>')
        for f in e.findings_resolved:
            h.append(f'<li class="improved">✓ {_e(_w("f_resolved", lang))} ({_e(f.severity)}): {_e(f.message)}</li>')
        h.append("</ul></section>")
    h.append(f'<footer class="loc">opcheck {_e(diff.tool_version)}</footer></body></html>')
    return "\n".join(h) + "\n"
