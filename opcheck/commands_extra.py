"""Registration point for further commands (compare, batch): each adds itself to the app here.

Imported at the bottom of opcheck.cli, after `app` exists. The commands stay thin: parse options,
call the library (opcheck.compare, opcheck.batch), map errors to exit codes via run_guarded.
"""
from __future__ import annotations

import sys
from pathlib import Path
from typing import List, Optional

import typer

from opcheck.cli import FailOn, Lang, _exit, app, run_guarded
from opcheck.errors import ExitCode, UsageError


# --------------------------------------------------------------------------------------------------
# compare
# --------------------------------------------------------------------------------------------------

@app.command()
def compare(
    files: List[Path] = typer.Argument(None, metavar="[OLD NEW]",
                                       help="Oude en nieuwe versie (elk één bestand). Voor plannen met bijlagen: "
                                            "gebruik --old en --new."),
    old: List[Path] = typer.Option([], "--old", help="Bestand van de oude versie (herhaalbaar: plan plus bijlagen)."),
    new: List[Path] = typer.Option([], "--new", help="Bestand van de nieuwe versie (herhaalbaar: plan plus bijlagen)."),
    sector: Optional[str] = typer.Option(None, "--sector", help="po of vo (standaard: herkend in de nieuwe versie)."),
    checklist: Optional[str] = typer.Option(None, "--checklist", help="Checklist-id (po, vo) of pad naar een .yaml."),
    fmt: str = typer.Option("text", "--format", "-f", help="text, markdown, html of json."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Schrijf de vergelijking naar dit bestand."),
    lang: Lang = typer.Option(Lang.nl, "--lang", help="nl (standaard) of en."),
    password: Optional[str] = typer.Option(None, "--password", help="Wachtwoord voor beveiligde PDF's.",
                                           envvar="OPCHECK_PASSWORD"),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Geen samenvatting op stderr."),
    debug: bool = typer.Option(False, "--debug", help="Toon technische details bij fouten."),
) -> None:
    """Vergelijk twee versies van een plan: wat is beter, wat is slechter geworden.

    \b
    opcheck compare concept.docx definitief.pdf
    opcheck compare --old plan-2022.pdf --old bijlage-2022.pdf --new plan-2026.pdf --new bijlage-2026.pdf
    opcheck compare oud.pdf nieuw.pdf -f html -o verschil.html

    Een opgeslagen JSON-rapport (opcheck check -f json) kan ook als versie dienen.
    Exit code: 0 als niets verslechterde, 1 als een onderdeel of kerncriterium verslechterde,
    2 bij een fout (bestand onleesbaar, verkeerd gebruik).
    """
    code = run_guarded(lambda: _run_compare(files or [], old, new, sector, checklist, fmt, output, lang.value,
                                            password, quiet), lang.value, debug)
    _exit(code)


def _run_compare(files, old, new, sector, checklist, fmt, output, lang, password, quiet) -> int:
    from opcheck.compare import compare_paths
    from opcheck.engine import CheckOptions
    from opcheck.formats_compare import COMPARE_FORMATS, render
    from opcheck.output import write_atomic
    from opcheck.readers import ReadOptions

    if fmt not in COMPARE_FORMATS:
        raise UsageError(f"Onbekend formaat '{fmt}' voor compare: kies {', '.join(COMPARE_FORMATS)}.",
                         f"Unknown format '{fmt}' for compare: choose {', '.join(COMPARE_FORMATS)}.")
    if files and (old or new):
        raise UsageError("Geef de versies óf als twee bestanden (OUD NIEUW) óf met --old en --new, niet beide.",
                         "Give the versions either as two files (OLD NEW) or with --old and --new, not both.")
    if files:
        if len(files) != 2:
            raise UsageError("Geef precies twee bestanden: OUD NIEUW. Voor plannen met bijlagen: --old A --old B --new C.",
                             "Give exactly two files: OLD NEW. For plans with annexes: --old A --old B --new C.")
        old, new = [files[0]], [files[1]]
    if not old or not new:
        raise UsageError("Geef een oude en een nieuwe versie: opcheck compare OUD NIEUW (of --old ... --new ...).",
                         "Give an old and a new version: opcheck compare OLD NEW (or --old ... --new ...).")
    if sector is not None and sector not in ("po", "vo"):
        raise UsageError(f"Onbekende sector '{sector}': kies po of vo.", f"Unknown sector '{sector}': choose po or vo.")
    options = CheckOptions(sector=sector, checklist=checklist, lang=lang, read=ReadOptions(password=password))
    diff = compare_paths(list(old), list(new), options)
    text = render(fmt, diff, lang)
    if output is not None:
        write_atomic(output, text, list(old) + list(new))
    else:
        sys.stdout.write(text)
        sys.stdout.flush()
    if not quiet:
        sys.stderr.write(f"{diff.summary_line(lang)}\n")
    return ExitCode.GAPS if diff.worsened else ExitCode.OK


# --------------------------------------------------------------------------------------------------
# batch
# --------------------------------------------------------------------------------------------------

@app.command()
def batch(
    paths: List[Path] = typer.Argument(..., help="Bestanden en mappen (mappen worden doorzocht op .pdf .docx .md .txt .html)."),
    output: Optional[Path] = typer.Option(None, "--output", "-o",
                                          help="Overzicht: overzicht.html, .csv of .json. Rapporten per plan komen in "
                                               "<naam>-rapporten/ ernaast. Zonder: tabel op stdout."),
    fmt: Optional[str] = typer.Option(None, "--format", "-f", help="html, csv, json of text (standaard: uit --output)."),
    jobs: Optional[int] = typer.Option(None, "--jobs", "-j", min=1, help="Aantal parallelle processen (standaard: aantal cores)."),
    timeout: float = typer.Option(120.0, "--timeout", help="Tijdslimiet per plan in seconden (standaard 120)."),
    plan_per_folder: bool = typer.Option(False, "--plan-per-folder",
                                         help="Alle documenten in één map vormen samen één plan (plan plus bijlagen)."),
    cache_dir: Path = typer.Option(Path(".opcheck-cache"), "--cache-dir", help="Map voor de cache (standaard .opcheck-cache)."),
    no_cache: bool = typer.Option(False, "--no-cache", help="Cache niet gebruiken en niet bijwerken."),
    sector: Optional[str] = typer.Option(None, "--sector", help="po of vo voor alle plannen (standaard: per plan herkennen)."),
    checklist: Optional[str] = typer.Option(None, "--checklist", help="Checklist-id (po, vo) of pad naar een .yaml."),
    extended: List[str] = typer.Option([], "--extended", "-x", help="Extra checklist, bijv. 'uitgebreid' (herhaalbaar)."),
    fail_on: Optional[FailOn] = typer.Option(None, "--fail-on", help="Vanaf welk niveau een plan telt als tekortkoming "
                                                                     "(exit 1): missing, partial (standaard), warning, never."),
    lang: Optional[Lang] = typer.Option(None, "--lang", help="nl (standaard) of en."),
    config: Optional[Path] = typer.Option(None, "--config", help="Pad naar opcheck.toml of pyproject.toml (standaard: "
                                                                 "gezocht vanaf de werkmap). Vrijstellingen gelden voor elk plan."),
    delimiter: str = typer.Option(",", "--delimiter", help="Scheidingsteken voor CSV: ',' (standaard), ';' (Excel met "
                                                           "Nederlandse instellingen) of 'tab'."),
    password: Optional[str] = typer.Option(None, "--password", help="Wachtwoord voor beveiligde PDF's.",
                                           envvar="OPCHECK_PASSWORD"),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Geen voortgangsbalk en geen samenvatting op stderr."),
    debug: bool = typer.Option(False, "--debug", help="Toon technische details bij fouten."),
) -> None:
    """Controleer veel plannen tegelijk en maak een overzicht (plannen × onderdelen).

    \b
    opcheck batch plannen/ -o overzicht.html
    opcheck batch plannen/ --plan-per-folder -o overzicht.csv --jobs 4

    Een bestand dat niet te lezen is stopt de batch niet: de rij zegt wat er mis is.
    Resultaten worden bewaard in de cache (sleutel: inhoud van de bestanden, versie, checklist,
    opties); een tweede run leest alleen de cache. Ctrl-C stopt netjes en schrijft het overzicht
    van de plannen die klaar zijn.

    \b
    Exit code: 0 als alle plannen zijn gecontroleerd zonder tekortkomingen volgens --fail-on;
    1 als een plan tekortkomingen heeft of niet gelezen kon worden (een foutrij telt als
    tekortkoming, niet als exit 2); 2 bij verkeerd gebruik (geen documenten, onbekende optie);
    130 na Ctrl-C.
    """
    code = run_guarded(lambda: _run_batch(paths, output, fmt, jobs, timeout, plan_per_folder, cache_dir, no_cache,
                                          sector, checklist, extended, fail_on.value if fail_on else None,
                                          lang.value if lang else None, password, quiet, config, delimiter),
                       lang.value if lang else "nl", debug)
    _exit(code)


def _run_batch(paths, output, fmt, jobs, timeout, plan_per_folder, cache_dir, no_cache, sector, checklist, extended,
               fail_on, lang, password, quiet, config=None, delimiter=",") -> int:
    from opcheck import config as config_mod
    from opcheck.batch import (BatchOptions, batch_exit_code, overview_format, render_overview, reports_dir_for,
                               run_batch, summary_line)
    from opcheck.output import write_atomic

    # One configuration for the whole batch, found from the working directory (as for `check`, options win).
    delimiter = {"tab": "\t", "\\t": "\t"}.get(delimiter, delimiter)
    if delimiter not in (",", ";", "\t"):
        raise UsageError(f"Onbekend scheidingsteken '{delimiter}': kies ',', ';' of 'tab'.",
                         f"Unknown delimiter '{delimiter}': choose ',', ';' or 'tab'.")
    cfg = config_mod.load(config, [Path.cwd()])
    sector = sector or cfg.sector
    checklist = checklist or cfg.checklist
    extended = list(extended) or list(cfg.extended)
    fail_on = fail_on or cfg.fail_on or "partial"
    lang = lang or cfg.lang or "nl"
    waivers = [{"id": w.id, "reason": w.reason, "approved_by": w.approved_by,
                "expires": w.expires.isoformat() if w.expires else None} for w in cfg.waivers]

    overview_fmt = overview_format(output, fmt)
    if output is not None:
        target = Path(output)
        if target.is_dir():
            raise UsageError(f"--output {output} is een map; geef een bestandsnaam op.",
                             f"--output {output} is a folder; give a file name.")
        if not target.resolve().parent.is_dir():
            raise UsageError(f"De map {target.parent} voor --output bestaat niet.",
                             f"The folder {target.parent} for --output does not exist.")
    options = BatchOptions(sector=sector, checklist=checklist, extended=list(extended), lang=lang, password=password,
                           fail_on=fail_on, jobs=jobs, timeout=timeout, cache_dir=cache_dir, use_cache=not no_cache,
                           plan_per_folder=plan_per_folder, waivers=waivers, csv_delimiter=delimiter)
    reports_dir = reports_dir_for(output) if output is not None else None
    exclude = [Path(output)] if output is not None else []

    progress = None
    on_progress = None
    show_progress = not quiet and hasattr(sys.stderr, "isatty") and sys.stderr.isatty()
    if show_progress:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
        progress = Progress(TextColumn("[bold]opcheck batch[/bold]"), BarColumn(), MofNCompleteColumn(),
                            TimeElapsedColumn(), TextColumn("{task.description}"),
                            console=Console(file=sys.stderr), transient=True)
        running: list[str] = []
        state = {"task": None}

        def on_progress(event, result):
            if event == "total":
                state["task"] = progress.add_task("", total=result)
                return
            if state["task"] is None:
                state["task"] = progress.add_task("", total=None)
            label = result.plan.label
            if event == "start":
                running.append(label)
            else:
                if label in running:
                    running.remove(label)
                progress.advance(state["task"])
            shown = running[-1] if running else label
            more = f" (+{len(running) - 1})" if len(running) > 1 else ""
            progress.update(state["task"], description=(shown[-60:] + more))

        progress.start()
    try:
        result = run_batch(list(paths), options, reports_dir=reports_dir, exclude=exclude, on_progress=on_progress)
    finally:
        if progress is not None:
            progress.stop()
    text = render_overview(overview_fmt, result, options)
    if output is not None:
        write_atomic(output, text, [f for r in result.results for f in r.plan.files])
    else:
        sys.stdout.write(text)
        sys.stdout.flush()
    if not quiet:
        for warning in result.warnings:
            sys.stderr.write(f"opcheck: {warning}\n")
        sys.stderr.write(summary_line(result, options) + (f" → {output}" if output is not None else "") + "\n")
    return batch_exit_code(result, fail_on)

