"""Command line: parses options, loads config, calls the library, maps errors to exit codes.

Report on stdout (or --output), summary and messages on stderr; quiet by default.
"""
from __future__ import annotations

import os
import sys
from enum import Enum
from pathlib import Path
from typing import List, Optional

import typer

from opcheck import __version__
from opcheck.errors import ExitCode, OpcheckError, UsageError

app = typer.Typer(add_completion=False, no_args_is_help=True, rich_markup_mode=None,
                  help="opcheck: controleer een ondersteuningsplan van een samenwerkingsverband passend onderwijs "
                       "tegen de wet (WPO art. 18a / WVO art. 17a). Check a support plan against the law.",
                  context_settings={"help_option_names": ["-h", "--help"]})
checklists_app = typer.Typer(add_completion=False, no_args_is_help=True, help="Checklists bekijken en controleren.")
app.add_typer(checklists_app, name="checklists")


class Lang(str, Enum):
    nl = "nl"
    en = "en"


class FailOn(str, Enum):
    missing = "missing"
    partial = "partial"
    warning = "warning"
    never = "never"


def _err(message: str) -> None:
    sys.stderr.write(message.rstrip() + "\n")


def _use_color(stream) -> bool:
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    return hasattr(stream, "isatty") and stream.isatty()


def _width() -> int:
    try:
        return max(60, min(os.get_terminal_size(sys.stdout.fileno()).columns, 160))
    except OSError:
        return int(os.environ.get("COLUMNS", "100")) if os.environ.get("COLUMNS", "").isdigit() else 100


def run_guarded(fn, lang: str, debug: bool) -> int:
    """Run fn; map OpcheckError and anything unexpected to exit code 2 with a short message."""
    try:
        return fn()
    except OpcheckError as exc:
        if debug:
            import traceback
            traceback.print_exc()
        _err(f"opcheck: {exc.message(lang)}")
        return int(exc.exit_code)
    except KeyboardInterrupt:
        _err("opcheck: afgebroken." if lang == "nl" else "opcheck: interrupted.")
        return 130
    except (MemoryError, RecursionError) as exc:
        _err(f"opcheck: het document is te groot of te complex om te verwerken ({type(exc).__name__})."
             if lang == "nl" else f"opcheck: the document is too large or complex to process ({type(exc).__name__}).")
        return int(ExitCode.USAGE)
    except Exception as exc:  # noqa: BLE001 - last line of defence: never a traceback for users
        if debug:
            raise
        _err((f"opcheck: interne fout ({type(exc).__name__}: {exc}). Het bestand kon niet worden verwerkt; "
              "draai opnieuw met --debug en meld het probleem.") if lang == "nl" else
             (f"opcheck: internal error ({type(exc).__name__}: {exc}). The file could not be processed; "
              "run again with --debug and report the problem."))
        return int(ExitCode.USAGE)


def _exit(code: int) -> None:
    raise typer.Exit(code)


def version_callback(value: bool) -> None:
    if value:
        typer.echo(f"opcheck {__version__}")
        raise typer.Exit()


@app.callback()
def main_callback(version: bool = typer.Option(False, "--version", callback=version_callback, is_eager=True,
                                               help="Toon de versie.")) -> None:
    pass


@app.command()
def check(
    paths: List[Path] = typer.Argument(..., help="Het plan (PDF, Word, tekst, Markdown, HTML), eventueel met bijlagen."),
    sector: Optional[str] = typer.Option(None, "--sector", help="po of vo (standaard: herkennen)."),
    checklist: Optional[str] = typer.Option(None, "--checklist", help="Checklist-id (po, vo) of pad naar een eigen .yaml."),
    extended: List[str] = typer.Option([], "--extended", "-x", help="Extra checklist, bijv. 'uitgebreid' (herhaalbaar)."),
    fmt: Optional[str] = typer.Option(None, "--format", "-f", help="text, json, markdown, html, sarif, junit, github, gitlab."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Schrijf het rapport naar dit bestand."),
    fail_on: Optional[FailOn] = typer.Option(None, "--fail-on", help="Vanaf welk niveau exit code 1: missing, partial, warning, never."),
    exit_zero: bool = typer.Option(False, "--exit-zero", help="Altijd exit code 0 bij een geslaagde controle."),
    config: Optional[Path] = typer.Option(None, "--config", help="Pad naar opcheck.toml of pyproject.toml."),
    lang: Optional[Lang] = typer.Option(None, "--lang", help="Taal van het rapport: nl (standaard) of en."),
    password: Optional[str] = typer.Option(None, "--password", help="Wachtwoord voor een beveiligde PDF.",
                                           envvar="OPCHECK_PASSWORD"),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Geen samenvatting op stderr."),
    debug: bool = typer.Option(False, "--debug", help="Toon technische details bij fouten."),
) -> None:
    """Controleer een plan en maak een gap-rapport."""
    from opcheck.commands import run_check
    code = run_guarded(lambda: run_check(
        paths=paths, sector=sector, checklist=checklist, extended=extended, fmt=fmt, output=output,
        fail_on=fail_on.value if fail_on else None, exit_zero=exit_zero, config=config,
        lang=lang.value if lang else None, password=password, quiet=quiet), (lang.value if lang else "nl"), debug)
    _exit(code)


@app.command()
def outline(
    paths: List[Path] = typer.Argument(..., help="Het plan (PDF, Word, tekst, Markdown, HTML)."),
    fmt: str = typer.Option("text", "--format", "-f", help="text of json."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Schrijf naar dit bestand."),
    lang: Lang = typer.Option(Lang.nl, "--lang", help="nl of en."),
    password: Optional[str] = typer.Option(None, "--password", help="Wachtwoord voor een beveiligde PDF.",
                                           envvar="OPCHECK_PASSWORD"),
    debug: bool = typer.Option(False, "--debug", help="Toon technische details bij fouten."),
) -> None:
    """Toon de structuur zoals opcheck die leest: koppen, pagina's, zones, onleesbare pagina's."""
    from opcheck.commands import run_outline
    _exit(run_guarded(lambda: run_outline(paths, fmt, output, lang.value, password), lang.value, debug))


@app.command()
def explain(
    item: str = typer.Argument(..., help="Element- of criterium-id, bijv. terugstroom of plaatsing.criteria."),
    checklist: str = typer.Option("po", "--checklist", help="Checklist (po, vo, uitgebreid of pad)."),
    lang: Lang = typer.Option(Lang.nl, "--lang", help="nl of en."),
) -> None:
    """Leg een element of criterium uit in gewone taal."""
    from opcheck.commands import run_explain
    _exit(run_guarded(lambda: run_explain(item, checklist, lang.value), lang.value, False))


@checklists_app.command("list")
def checklists_list() -> None:
    """Toon de meegeleverde checklists."""
    from opcheck.commands import run_checklists_list
    _exit(run_guarded(run_checklists_list, "nl", False))


@checklists_app.command("show")
def checklists_show(name: str = typer.Argument(..., help="Checklist-id of pad."),
                    lang: Lang = typer.Option(Lang.nl, "--lang")) -> None:
    """Toon de elementen en criteria van een checklist."""
    from opcheck.commands import run_checklists_show
    _exit(run_guarded(lambda: run_checklists_show(name, lang.value), lang.value, False))


@checklists_app.command("validate")
def checklists_validate(paths: List[Path] = typer.Argument(..., help="Checklist-bestanden (.yaml).")) -> None:
    """Controleer of checklist-bestanden geldig zijn."""
    from opcheck.commands import run_checklists_validate
    _exit(run_guarded(lambda: run_checklists_validate(paths), "nl", False))


# Further commands register themselves here (one line each).
from opcheck import commands_extra  # noqa: E402,F401  (compare, batch)


def main() -> None:
    try:
        app(prog_name="opcheck")
    except SystemExit as exc:
        code = exc.code
        if isinstance(code, int) and code not in (0, 1, 2, 130):
            # click uses 2 for usage errors already; anything else unexpected maps to 2
            raise SystemExit(2) from None
        raise


if __name__ == "__main__":
    main()
