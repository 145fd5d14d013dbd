"""Implementations behind the CLI commands (kept out of cli.py so --help stays fast)."""
from __future__ import annotations

import sys
from pathlib import Path

from opcheck import config as config_mod
from opcheck.errors import ExitCode, UsageError


def _stdout_color() -> bool:
    from opcheck.cli import _use_color
    return _use_color(sys.stdout)


def exit_code_for(report, fail_on: str) -> int:
    """0 when nothing is at or above the threshold, 1 otherwise (a document that is no plan always fails)."""
    from opcheck.report import element_fails
    if fail_on == "never":
        return ExitCode.OK
    if not report.plan.looks_like_plan or any(element_fails(e, fail_on) for e in report.elements):
        return ExitCode.GAPS
    return ExitCode.OK


def run_check(paths, sector, checklist, extended, fmt, output, fail_on, exit_zero, config, lang, password, quiet) -> int:
    from opcheck.engine import CheckOptions, check_paths
    from opcheck.formats import FORMATS, RenderContext, render
    from opcheck.i18n import summary_line
    from opcheck.output import write_atomic
    from opcheck.readers import ReadOptions
    from opcheck import waivers

    cfg = config_mod.load(config, [Path(p) for p in paths] + [Path.cwd()])
    lang = lang or cfg.lang or "nl"
    fmt = fmt or cfg.format or "text"
    if fmt not in FORMATS:
        raise UsageError(f"Onbekend formaat '{fmt}'. Kies uit: {', '.join(FORMATS)}.",
                         f"Unknown format '{fmt}'. Choose from: {', '.join(FORMATS)}.")
    sector = sector or cfg.sector
    if sector is not None and sector not in ("po", "vo"):
        raise UsageError(f"Onbekende sector '{sector}': kies po of vo.", f"Unknown sector '{sector}': choose po or vo.")
    options = CheckOptions(sector=sector, checklist=checklist or cfg.checklist,
                           extended=list(extended) or list(cfg.extended), lang=lang,
                           read=ReadOptions(password=password))
    report = check_paths(paths, options)
    waivers.apply(report, cfg.waivers)
    fail_on = fail_on or cfg.fail_on or "partial"
    to_terminal = output is None and fmt == "text"
    ctx = RenderContext(lang=lang, color=to_terminal and _stdout_color(), fail_on=fail_on,
                        width=_terminal_width() if to_terminal else 100)
    text = render(fmt, report, ctx)
    if output is not None:
        write_atomic(output, text, [Path(p) for p in paths])
    else:
        sys.stdout.write(text)
        sys.stdout.flush()
    code = exit_code_for(report, fail_on)
    if not quiet:
        name = ", ".join(d.path for d in report.documents)
        verdict = summary_line(report, lang)
        if not report.plan.looks_like_plan:
            verdict += " — " + ("lijkt geen ondersteuningsplan" if lang == "nl" else "does not look like an ondersteuningsplan")
        sys.stderr.write(f"{name}: {verdict}\n")
    return ExitCode.OK if exit_zero else code


def _terminal_width() -> int:
    from opcheck.cli import _width
    return _width()


def run_outline(paths, fmt, output, lang, password) -> int:
    from opcheck.outline import render_json, render_text
    from opcheck.output import write_atomic
    from opcheck.readers import ReadOptions, read_paths

    if fmt not in ("text", "json"):
        raise UsageError(f"Onbekend formaat '{fmt}' voor outline: kies text of json.",
                         f"Unknown format '{fmt}' for outline: choose text or json.")
    doc = read_paths([Path(p) for p in paths], ReadOptions(password=password))
    text = render_json(doc) if fmt == "json" else render_text(doc, lang)
    if output is not None:
        write_atomic(output, text, [Path(p) for p in paths])
    else:
        sys.stdout.write(text)
    return ExitCode.OK


def _find_item(item: str, checklist_name: str):
    from opcheck import checklist as checklists
    cl = checklists.load(checklist_name)
    element_id, _, criterion_id = item.partition(".")
    element = cl.element(element_id)
    if element is None:
        for other in checklists.bundled_ids():
            found = checklists.load(other).element(element_id)
            if found is not None:
                cl, element = checklists.load(other), found
                break
    if element is None:
        ids = ", ".join(e.id for e in cl.elements)
        raise UsageError(f"Onbekend element '{element_id}'. Bekend in checklist {cl.id}: {ids}.",
                         f"Unknown element '{element_id}'. Known in checklist {cl.id}: {ids}.")
    criterion = None
    if criterion_id:
        criterion = next((c for c in element.criteria if c.id == criterion_id), None)
        if criterion is None:
            ids = ", ".join(c.id for c in element.criteria)
            raise UsageError(f"Onbekend criterium '{criterion_id}' bij {element_id}. Bekend: {ids}.",
                             f"Unknown criterion '{criterion_id}' of {element_id}. Known: {ids}.")
    return cl, element, criterion


def run_explain(item: str, checklist_name: str, lang: str) -> int:
    from opcheck.i18n import TIER, t
    cl, element, criterion = _find_item(item, checklist_name)
    en = lang == "en"
    out = [f"{element.title[lang]} ({element.id}) — {element.legal_basis}", ""]
    out.append(("What the law asks: " if en else "Wat de wet vraagt: ") + element.explanation[lang])
    out.append("")
    crits = [criterion] if criterion else element.criteria
    out.append("Criteria:" if en else "Criteria:")
    for c in crits:
        out.append(f"  - {element.id}.{c.id} ({t(TIER, c.tier, lang)}): {c.title[lang]}")
        out.append(f"      {'A good plan describes' if en else 'Een goed plan beschrijft'}: {c.looked_for[lang]}")
    out.append("")
    out.append(("Question for the partnership when it is missing: " if en else
                "Vraag aan het samenwerkingsverband als het ontbreekt: ") + element.question[lang])
    out.append(("Checklist: " if en else "Checklist: ") + f"{cl.id} {cl.version}")
    sys.stdout.write("\n".join(out) + "\n")
    return ExitCode.OK


def run_checklists_list() -> int:
    from opcheck import checklist as checklists
    for cid in checklists.bundled_ids():
        cl = checklists.load(cid)
        kind = "uitgebreid" if cl.extended else (cl.sector or "")
        sys.stdout.write(f"{cl.id:<12} {cl.version:<9} {kind:<10} {len(cl.elements):>2} elementen  {cl.title['nl']}\n")
    return ExitCode.OK


def run_checklists_show(name: str, lang: str) -> int:
    from opcheck import checklist as checklists
    cl = checklists.load(name)
    out = [f"{cl.id} {cl.version} — {cl.title[lang]}", f"{cl.path}", ""]
    for e in cl.elements:
        out.append(f"{e.id}: {e.title[lang]} ({e.legal_basis})")
        for c in e.criteria:
            out.append(f"  {c.id:<22} {c.tier:<9} {c.title[lang]}")
    sys.stdout.write("\n".join(out) + "\n")
    return ExitCode.OK


def run_checklists_validate(paths) -> int:
    from opcheck import checklist as checklists
    for path in paths:
        cl = checklists.load(str(path))
        crits = sum(len(e.criteria) for e in cl.elements)
        sys.stdout.write(f"{path}: geldig ({len(cl.elements)} elementen, {crits} criteria)\n")
    return ExitCode.OK
