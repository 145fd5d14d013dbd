"""Terminal report (rich). Plain and readable when piped; colour only when the context allows."""
from __future__ import annotations

import io

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from opcheck.i18n import SEVERITY, STATUS_MARK, TIER, status, summary_line, t, w

STYLE = {"present": "green", "partial": "yellow", "missing": "red", "not_assessable": "magenta", "waived": "dim"}
SEV_STYLE = {"error": "red", "warning": "yellow", "suggestion": "cyan", "info": "dim"}


def render(report, ctx) -> str:
    buffer = io.StringIO()
    console = Console(file=buffer, width=ctx.width, force_terminal=ctx.color, no_color=not ctx.color,
                      color_system="standard" if ctx.color else None, highlight=False, emoji=False,
                      legacy_windows=False)
    lang = ctx.lang
    plan = report.plan
    docs = ", ".join(f"{d.path}" + (f" ({d.pages} {w('pages', lang)})" if d.pages else "") for d in report.documents)
    title = plan.title or docs
    console.print(f"[bold]opcheck[/bold] — {escape(title)}")
    console.print(f"{escape(docs)}")
    src = w("given", lang) if plan.sector_source != "detected" else w("detected", lang)
    meta = f"{w('checklist', lang)}: {plan.checklist} {plan.checklist_version} · {w('sector', lang)}: " \
           f"{(plan.sector or '?').upper()} ({src})"
    if plan.period:
        meta += f" · {w('period', lang)}: {plan.period}"
    console.print(meta, style="dim")
    if not plan.looks_like_plan:
        console.print()
        console.print(f"[bold red]{escape(w('not_a_plan', lang))}[/bold red]")
        for reason in plan.reasons:
            console.print(f"  - {escape(reason)}")
        console.print(escape(w("not_a_plan_hint", lang)), style="dim")
    for warning in report.warnings:
        console.print(f"[yellow]! {escape(warning)}[/yellow]")
    console.print()
    console.print(f"[bold]{w('verdict', lang)}:[/bold] {summary_line(report, lang)}")
    table = Table(show_header=True, header_style="bold", expand=False, pad_edge=False, box=None)
    table.add_column(w("element", lang))
    table.add_column(w("status", lang))
    table.add_column(w("unmet", lang))
    for e in report.elements:
        unmet = ", ".join(c.id for c in e.unmet_core) or "—"
        table.add_row(escape(e.id), f"[{STYLE[e.status]}]{STATUS_MARK[e.status]} {status(e.status, lang)}[/]",
                      escape(unmet))
    console.print(table)
    for e in report.elements + report.extra_elements:
        _element(console, e, lang)
    return buffer.getvalue()


def _element(console: Console, e, lang: str) -> None:
    console.print()
    console.print(f"[bold]{STATUS_MARK[e.status]} {escape(e.title)}[/bold] ({escape(e.id)}) — "
                  f"[{STYLE[e.status]}]{status(e.status, lang).upper()}[/] · {escape(e.legal_basis)}")
    if e.waiver_reason:
        console.print(f"  {w('waived_reason', lang)}: {escape(e.waiver_reason)}", style="dim")
    for c in e.criteria:
        if c.tier == "detail" and not c.met:
            continue   # detail gaps are listed under findings
        mark = "✔" if c.met else ("–" if c.waived else "✘")
        style = "green" if c.met else ("dim" if c.waived else "red")
        tier = t(TIER, c.tier, lang)
        console.print(f"  [{style}]{mark}[/] {escape(c.title)} [dim]({c.id}, {tier})[/dim]")
        for ev in c.evidence:
            console.print(f"      “{escape(ev.quote)}”", style="italic")
            console.print(f"        — {escape(ev.location_text(lang))}", style="dim")
        if not c.met and c.looked_for and not c.waived:
            console.print(f"      {w('looked_for', lang)}: {escape(c.looked_for)}", style="dim")
        if c.waived and c.waiver_reason:
            console.print(f"      {w('waived_reason', lang)}: {escape(c.waiver_reason)}", style="dim")
    for f in e.findings:
        if f.kind == "unmet" and any(c.id == f.criterion and c.tier != "detail" for c in e.criteria):
            continue   # already shown with its criterion above
        sev = t(SEVERITY, f.severity, lang)
        console.print(f"  [{SEV_STYLE.get(f.severity, 'dim')}]{sev}[/]: {escape(f.message)}")
        for ev in f.evidence[:2]:
            console.print(f"      “{escape(ev.quote)}” — {escape(ev.location_text(lang))}", style="dim")
    if e.status in ("partial", "missing") and e.question:
        console.print(f"  [bold]{w('question', lang)}:[/bold] {escape(e.question)}")
