"""Checking many plans at once: collect plans, run them in parallel worker processes with a time limit,
cache results, and write an overview (plans × elements) as HTML, CSV or JSON.

Design:
* Every plan runs in a worker process of a small pool of our own: `jobs` long-lived `python -c`
  processes (no fork of the caller, no re-import of its main module), fed one plan at a time over a
  pipe. The parent knows which plan each worker runs and since when, so a plan that exceeds
  `timeout` is killed with its worker (which is replaced) and reported as an error row: a hung or
  crashing worker cannot hang or stop the batch.
* A broken or hostile file never stops the batch: its row carries the InputError message.
* Cache: one JSON file per plan under the cache folder, keyed by the sha256 of the plan's file
  contents, the opcheck version, a fingerprint of the checklists and the options (sector, checklist,
  extended, lang). A hit reads one small JSON file; the documents are not read. Read errors
  (InputError: empty, damaged, unsupported) are cached too; time-outs and crashes are not.
* Ctrl-C stops the workers and keeps what is done: the overview of finished plans is written.
"""
from __future__ import annotations

import csv
import hashlib
import html as _html
import io
import json
import os
import re
import stat
import sys
import time
from collections import deque
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable

from opcheck import __version__
from opcheck.errors import UsageError

DOC_EXTENSIONS = (".pdf", ".docx", ".md", ".markdown", ".txt", ".html", ".htm")
OVERVIEW_FORMATS = ("html", "csv", "json", "text")
DEFAULT_TIMEOUT = 120.0
CACHE_SCHEMA = 1

_STATUS_NL = {"present": "aanwezig", "partial": "gedeeltelijk", "missing": "ontbreekt",
              "not_assessable": "niet te beoordelen", "waived": "vrijgesteld"}
_STATUS_EN = {"present": "present", "partial": "partial", "missing": "missing",
              "not_assessable": "not assessable", "waived": "waived"}
_STATUS_MARK = {"present": "✔", "partial": "◐", "missing": "✘", "not_assessable": "?", "waived": "–"}
_STATUS_RANK = {"present": 0, "waived": 1, "partial": 2, "not_assessable": 3, "missing": 4}


# --------------------------------------------------------------------------------------------------
# Options and results
# --------------------------------------------------------------------------------------------------

@dataclass
class BatchOptions:
    sector: str | None = None
    checklist: str | None = None
    extended: list[str] = field(default_factory=list)
    lang: str = "nl"
    password: str | None = None
    fail_on: str = "partial"
    jobs: int | None = None               # None: os.cpu_count()
    timeout: float = DEFAULT_TIMEOUT      # seconds per plan
    cache_dir: Path | None = Path(".opcheck-cache")
    use_cache: bool = True
    plan_per_folder: bool = False
    report_format: str | None = None      # per-plan reports: html when registered, else json
    waivers: list[dict] = field(default_factory=list)   # from the configuration: {id, reason, approved_by, expires}
    csv_delimiter: str = ","              # ";" for spreadsheet programs set to Dutch


@dataclass
class Plan:
    files: list[Path]
    label: str                            # how the plan is shown: a file path, or a folder path ending in /


@dataclass
class PlanResult:
    plan: Plan
    report: dict | None = None            # Report.to_dict()
    error: str | None = None
    cached: bool = False
    seconds: float = 0.0
    rendered: str | None = None           # the per-plan report in report_format
    report_link: str | None = None        # relative to the overview

    @property
    def statuses(self) -> dict[str, str]:
        if not self.report:
            return {}
        return {e["id"]: e["status"] for e in self.report.get("elements", [])}


@dataclass
class BatchResult:
    results: list[PlanResult]
    elements: list[tuple[str, str]]       # (id, title) columns
    interrupted: bool = False
    total_plans: int = 0
    seconds: float = 0.0
    cache_hits: int = 0
    warnings: list[str] = field(default_factory=list)

    @property
    def errors(self) -> int:
        return sum(1 for r in self.results if r.error)


# --------------------------------------------------------------------------------------------------
# Collecting plans
# --------------------------------------------------------------------------------------------------

def _is_doc(path: Path) -> bool:
    """A document found while walking a folder: known extension, not hidden, not a Word lock file,
    and a regular file (no FIFO or device that would block a reader)."""
    name = path.name
    if path.suffix.lower() not in DOC_EXTENSIONS or name.startswith((".", "~$")):
        return False
    try:
        return stat.S_ISREG(path.stat().st_mode)
    except OSError:
        return False


_ANNEX = re.compile(r"bijlage|annex|appendix|addendum", re.I)


def _plan_order(files: list[Path]) -> list[Path]:
    """The plan itself first, then its bijlagen; otherwise by name."""
    return sorted(files, key=lambda p: (bool(_ANNEX.search(p.name)), p.name.casefold(), p.name))


def collect_plans(paths: list[Path], plan_per_folder: bool = False, exclude: list[Path] = ()) -> list[Plan]:
    """Turn files and folders into plans. Folders are searched recursively for documents; hidden
    folders, the excluded paths (cache, report folder, overview) and Word lock files are skipped."""
    from opcheck.readers import display_path

    excluded = set()
    for p in exclude:
        try:
            excluded.add(Path(p).resolve())
        except OSError:
            pass
    groups: dict[Path, list[Path]] = {}
    group_order: list[Path] = []
    singles: list[tuple[int, Path]] = []
    seen: set[Path] = set()
    order = 0

    def add(file: Path, folder: Path | None) -> None:
        nonlocal order
        resolved = file.resolve()
        if resolved in seen or resolved in excluded:
            return
        seen.add(resolved)
        if plan_per_folder:
            key = folder if folder is not None else file.parent
            if key not in groups:
                groups[key] = []
                group_order.append(key)
            groups[key].append(file)
        else:
            singles.append((order, file))
            order += 1

    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = False
            for root, dirs, files in os.walk(path):
                root_path = Path(root)
                dirs[:] = sorted(d for d in dirs if not d.startswith(".")
                                 and (root_path / d).resolve() not in excluded)
                for name in sorted(files):
                    f = root_path / name
                    if _is_doc(f):
                        found = True
                        add(f, root_path)
            if not found and not plan_per_folder:
                pass   # an empty folder simply contributes no plans
        else:
            add(path, None)   # explicit files are taken as given; the reader says what is wrong with them
    if plan_per_folder:
        plans = []
        for key in group_order:
            files = _plan_order(groups[key])
            label = display_path(key).rstrip("/\\") + "/"
            plans.append(Plan(files=files, label=label))
        return plans
    return [Plan(files=[f], label=display_path(f)) for _, f in singles]


# --------------------------------------------------------------------------------------------------
# Cache
# --------------------------------------------------------------------------------------------------

def checklist_fingerprint(options: BatchOptions) -> str:
    """Changes whenever a checklist that could be used changes (bundled ones, or the given paths)."""
    from opcheck.checklist import checklist_dir
    digest = hashlib.sha256()
    try:
        for p in sorted(checklist_dir().glob("*.yaml")):
            digest.update(p.name.encode())
            digest.update(p.read_bytes())
    except OSError:
        pass
    for name in [options.checklist or ""] + list(options.extended):
        path = Path(name)
        if name and path.is_file():
            digest.update(path.read_bytes())
    return digest.hexdigest()


def cache_key(plan: Plan, options: BatchOptions, fingerprint: str) -> str | None:
    """sha256 over the plan's file contents + opcheck version + checklists + options; None if unreadable."""
    from opcheck.readers import sha256_of
    try:
        if not all(stat.S_ISREG(p.stat().st_mode) for p in plan.files):
            return None   # never read a FIFO or device here: the parent must not block
        hashes = [sha256_of(p) for p in plan.files]
    except OSError:
        return None
    payload = {"cache": CACHE_SCHEMA, "version": __version__, "files": hashes, "checklists": fingerprint,
               "checklist": options.checklist or "", "extended": list(options.extended),
               "sector": options.sector or "", "lang": options.lang, "password": bool(options.password),
               "waivers": options.waivers}
    return hashlib.sha256(json.dumps(payload, sort_keys=True).encode()).hexdigest()


class Cache:
    def __init__(self, directory: Path):
        self.directory = Path(directory)
        self.write_failed = False

    def _path(self, key: str) -> Path:
        return self.directory / key[:2] / f"{key}.json"

    def get(self, key: str) -> dict | None:
        try:
            data = json.loads(self._path(key).read_text("utf-8"))
        except (OSError, ValueError, UnicodeDecodeError):
            return None
        if not isinstance(data, dict) or data.get("key") != key:
            return None
        if not isinstance(data.get("report"), dict) and not isinstance(data.get("error"), str):
            return None
        return data

    def put(self, key: str, entry: dict) -> None:
        from opcheck.output import write_atomic
        path = self._path(key)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tag = self.directory / "CACHEDIR.TAG"
            if not tag.exists():
                tag.write_text("Signature: 8a477f597d28d172789f06886806bc55\n# opcheck cache; safe to delete.\n")
            write_atomic(path, json.dumps(dict(entry, key=key), ensure_ascii=False))
        except Exception:  # noqa: BLE001 - a cache that cannot be written only costs speed
            self.write_failed = True


# --------------------------------------------------------------------------------------------------
# Worker side
# --------------------------------------------------------------------------------------------------

def _report_format(options: BatchOptions) -> str:
    if options.report_format:
        return options.report_format
    from opcheck.formats import FORMATS
    return "html" if "html" in FORMATS else "json"


def check_plan(files: list[str], options: BatchOptions, report_format: str | None) -> dict:
    """Check one plan; never raises. Returns {report, rendered, error, seconds}."""
    start = time.perf_counter()
    lang = options.lang
    try:
        from opcheck.engine import CheckOptions, check_paths
        from opcheck.readers import ReadOptions
        opts = CheckOptions(sector=options.sector, checklist=options.checklist, extended=list(options.extended),
                            lang=lang, read=ReadOptions(password=options.password, max_seconds=options.timeout))
        report = check_paths([Path(f) for f in files], opts)
        if options.waivers:
            import datetime as dt
            from opcheck import waivers
            from opcheck.config import Waiver
            waivers.apply(report, [Waiver(w["id"], w["reason"], w.get("approved_by"),
                                          dt.date.fromisoformat(w["expires"]) if w.get("expires") else None)
                                   for w in options.waivers])
        rendered = None
        if report_format:
            try:
                from opcheck.formats import RenderContext, render
                rendered = render(report_format, report, RenderContext(lang=lang, fail_on=options.fail_on))
            except Exception:  # noqa: BLE001 - the check stands; the row just gets no report link
                rendered = None
        return {"report": report.to_dict(), "rendered": rendered, "error": None,
                "seconds": time.perf_counter() - start}
    except BaseException as exc:  # noqa: BLE001 - one plan's failure is one error row
        if isinstance(exc, (KeyboardInterrupt, SystemExit)):
            raise
        from opcheck.errors import InputError
        return {"report": None, "rendered": None, "error": _error_text(exc, lang),
                "error_kind": "input" if isinstance(exc, InputError) else "other",
                "seconds": time.perf_counter() - start}


def _error_text(exc: BaseException, lang: str) -> str:
    from opcheck.errors import OpcheckError
    if isinstance(exc, OpcheckError):
        return exc.message(lang)
    if isinstance(exc, (MemoryError, RecursionError)):
        return (f"the document is too large or complex to process ({type(exc).__name__})" if lang == "en"
                else f"het document is te groot of te complex om te verwerken ({type(exc).__name__})")
    return (f"internal error ({type(exc).__name__}: {exc})" if lang == "en"
            else f"interne fout ({type(exc).__name__}: {exc})")


def _worker_options(options: BatchOptions) -> dict:
    return {"sector": options.sector, "checklist": options.checklist, "extended": list(options.extended),
            "lang": options.lang, "password": options.password, "fail_on": options.fail_on,
            "timeout": options.timeout, "waivers": list(options.waivers)}


def _stdio_worker() -> None:
    """Worker process loop (started by _Worker): first stdin line = options, then one task per line
    ({"index", "files"}); one JSON result per line on the original stdout. Anything else the
    libraries print goes to stderr, so it cannot corrupt the protocol."""
    out = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    inp = sys.stdin.buffer
    first = inp.readline()
    if not first:
        return
    config = json.loads(first)
    options = BatchOptions(**config["options"])
    report_format = config.get("report_format")
    for line in inp:
        if not line.strip():
            continue
        task = json.loads(line)
        result = check_plan(task["files"], options, report_format)
        out.write(json.dumps({"index": task["index"], "result": result}, ensure_ascii=True).encode("ascii") + b"\n")
        out.flush()


# --------------------------------------------------------------------------------------------------
# Pool with per-plan time limit
# --------------------------------------------------------------------------------------------------

def _package_root() -> str:
    return str(Path(__file__).resolve().parent.parent)


class _Worker:
    """One worker process (a fresh `python -c ...`, no fork of the parent, no re-import of the
    caller's main module), fed one plan at a time over a pipe. A reader thread turns its output
    lines into events on the shared queue; EOF (crash, kill) arrives as None."""

    def __init__(self, options: BatchOptions, report_format: str | None, events):
        import subprocess
        import threading
        env = dict(os.environ)
        env["PYTHONPATH"] = _package_root() + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
        kwargs = {"start_new_session": True} if os.name == "posix" else \
            {"creationflags": getattr(subprocess, "CREATE_NEW_PROCESS_GROUP", 0)}
        self.proc = subprocess.Popen(
            [sys.executable, "-c", "from opcheck.batch import _stdio_worker; _stdio_worker()"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, **kwargs)
        self.task: int | None = None
        self.started = 0.0
        self._send({"options": _worker_options(options), "report_format": report_format})
        self._thread = threading.Thread(target=self._read, args=(events,), daemon=True)
        self._thread.start()

    def _send(self, message: dict) -> None:
        self.proc.stdin.write(json.dumps(message, ensure_ascii=True).encode("ascii") + b"\n")
        self.proc.stdin.flush()

    def _read(self, events) -> None:
        stream = self.proc.stdout
        try:
            for line in stream:
                events.put((self, line))
        except (OSError, ValueError):
            pass
        events.put((self, None))

    def assign(self, index: int, files: list[str]) -> None:
        self.task = index
        self.started = time.monotonic()
        self._send({"index": index, "files": files})

    def kill(self) -> None:
        import signal as _signal
        try:
            if os.name == "posix":
                os.killpg(self.proc.pid, _signal.SIGKILL)   # the worker and anything it started
            else:
                self.proc.kill()
        except (OSError, ProcessLookupError):
            try:
                self.proc.kill()
            except OSError:
                pass
        try:
            self.proc.wait(timeout=5)
        except Exception:  # noqa: BLE001
            pass
        self._close()

    def stop(self) -> None:
        try:
            self.proc.stdin.close()
        except OSError:
            pass
        try:
            self.proc.wait(timeout=3)
        except Exception:  # noqa: BLE001
            self.kill()
        self._close()

    def _close(self) -> None:
        for stream in (self.proc.stdin, self.proc.stdout):
            try:
                stream.close()
            except (OSError, ValueError):
                pass


def run_parallel(tasks: list[tuple[int, list[str]]], options: BatchOptions, report_format: str | None,
                 on_start: Callable[[int], None], on_done: Callable[[int, dict], None]) -> None:
    """Run tasks in worker processes, at most `jobs` at a time, each within `options.timeout` seconds.

    on_done gets every task's result (timeouts and crashed workers as error results). Raises
    KeyboardInterrupt after stopping all workers when interrupted.
    """
    import queue

    if not tasks:
        return
    lang = options.lang
    jobs = max(1, min(options.jobs or os.cpu_count() or 1, len(tasks)))
    pending = deque(tasks)
    workers: list[_Worker] = []
    events: queue.Queue = queue.Queue()

    def fail(worker: _Worker, message: str) -> None:
        index = worker.task
        seconds = time.monotonic() - worker.started
        worker.task = None
        on_done(index, {"report": None, "rendered": None, "error": message, "seconds": seconds})

    def retire(worker: _Worker) -> None:
        worker.kill()
        if worker in workers:
            workers.remove(worker)

    try:
        while pending or any(w.task is not None for w in workers):
            for w in list(workers):
                if w.task is None and pending:
                    index, files = pending.popleft()
                    try:
                        w.assign(index, files)
                    except (OSError, ValueError):
                        pending.appendleft((index, files))
                        w.task = None
                        retire(w)
                        continue
                    on_start(index)
            while pending and len(workers) < jobs:
                try:
                    w = _Worker(options, report_format, events)
                except OSError as exc:
                    raise UsageError(f"Kan geen werkproces starten: {exc}.", f"Cannot start a worker process: {exc}.") from exc
                workers.append(w)
                index, files = pending.popleft()
                w.assign(index, files)
                on_start(index)
            busy = [w for w in workers if w.task is not None]
            if not busy:
                continue
            wait_for = max(0.0, min(w.started + options.timeout for w in busy) - time.monotonic())
            try:
                worker, line = events.get(timeout=wait_for + 0.01)
            except queue.Empty:
                worker, line = None, None
            if worker is not None and worker in workers and worker.task is not None:
                if line is None:
                    worker.proc.poll()
                    fail(worker, _crash_text(worker, lang))
                    retire(worker)
                else:
                    try:
                        message = json.loads(line)
                        index, result = message["index"], message["result"]
                    except (ValueError, KeyError, TypeError):
                        fail(worker, _crash_text(worker, lang))
                        retire(worker)
                    else:
                        if index == worker.task:
                            worker.task = None
                            on_done(index, result)
            now = time.monotonic()
            for w in list(workers):
                if w.task is not None and now - w.started >= options.timeout:
                    retire(w)
                    secs = int(options.timeout) if float(options.timeout).is_integer() else options.timeout
                    fail(w, f"took longer than the time limit of {secs} s; stopped" if lang == "en" else
                         f"duurde langer dan de tijdslimiet van {secs} s; afgebroken")
    except BaseException:
        for w in workers:
            w.kill()
        workers.clear()
        raise
    finally:
        for w in workers:
            w.stop()


def _crash_text(worker: _Worker, lang: str) -> str:
    code = worker.proc.returncode
    how = f" (exit {code})" if code is not None else ""
    return (f"the check stopped unexpectedly{how}; the file may be damaged or too large" if lang == "en" else
            f"de controle stopte onverwacht{how}; het bestand is mogelijk beschadigd of te groot")


# --------------------------------------------------------------------------------------------------
# The batch
# --------------------------------------------------------------------------------------------------

def _safe_name(text: str) -> str:
    text = re.sub(r"[^A-Za-z0-9._-]+", "-", text).strip("-.") or "plan"
    return text[:60]


def _report_filename(plan: Plan, fmt: str) -> str:
    ext = {"html": "html", "json": "json", "markdown": "md", "text": "txt"}.get(fmt, fmt)
    base = plan.files[0].stem if len(plan.files) == 1 else Path(plan.label.rstrip("/")).name
    digest = hashlib.sha256("\0".join(str(f) for f in plan.files).encode()).hexdigest()[:8]
    return f"{_safe_name(base)}-{digest}.{ext}"


def _rewrite_paths(report: dict, plan: Plan) -> dict:
    """A cache hit for the same content at another path: show the current paths."""
    from opcheck.readers import display_path
    docs = report.get("documents", [])
    mapping = {}
    for doc, f in zip(docs, plan.files):
        new = display_path(f)
        if doc.get("path") != new:
            mapping[doc.get("path")] = new
            doc["path"] = new
    if not mapping:
        return report

    def fix(evidence: list) -> None:
        for ev in evidence:
            if ev.get("file") in mapping:
                ev["file"] = mapping[ev["file"]]
    for element in report.get("elements", []) + report.get("extended", []):
        for c in element.get("criteria", []):
            fix(c.get("evidence", []))
        for f in element.get("findings", []):
            fix(f.get("evidence", []))
    report["_paths_rewritten"] = True
    return report


def run_batch(paths: list[Path], options: BatchOptions, reports_dir: Path | None = None,
              exclude: list[Path] = (),
              on_progress: Callable[[str, Any], None] | None = None) -> BatchResult:
    """Check every plan under `paths`. Writes per-plan reports into reports_dir when given.

    on_progress(event, data): ("total", number of plans), ("start", PlanResult without report), ("done", PlanResult).
    Never raises for a plan that cannot be read; raises UsageError when there is nothing to check.
    On Ctrl-C returns the finished plans with `interrupted=True`.
    """
    from opcheck.output import write_atomic

    t0 = time.perf_counter()
    if options.sector not in (None, "po", "vo"):
        raise UsageError(f"Onbekende sector '{options.sector}': kies po of vo.",
                         f"Unknown sector '{options.sector}': choose po or vo.")
    if options.timeout <= 0:
        raise UsageError("--timeout moet groter dan 0 zijn.", "--timeout must be greater than 0.")
    for p in paths:
        if not Path(p).exists():
            raise UsageError(f"Niet gevonden: {p}. Controleer de naam en de map.",
                             f"Not found: {p}. Check the name and folder.")
    excl = list(exclude)
    if options.cache_dir is not None:
        excl.append(Path(options.cache_dir))
    if reports_dir is not None:
        excl.append(reports_dir)
    plans = collect_plans([Path(p) for p in paths], options.plan_per_folder, excl)
    if not plans:
        raise UsageError("Geen documenten gevonden (.pdf, .docx, .md, .txt, .html) in de opgegeven paden.",
                         "No documents found (.pdf, .docx, .md, .txt, .html) in the given paths.")
    if on_progress:
        on_progress("total", len(plans))
    report_format = _report_format(options) if reports_dir is not None else None
    if reports_dir is not None:
        try:
            reports_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise UsageError(f"Kan de map {reports_dir} niet maken: {exc.strerror}.",
                             f"Cannot create the folder {reports_dir}: {exc.strerror}.") from exc

    results: dict[int, PlanResult] = {}
    cache = Cache(options.cache_dir) if options.use_cache and options.cache_dir is not None else None
    fingerprint = checklist_fingerprint(options) if cache else ""
    keys: dict[int, str | None] = {}
    todo: list[tuple[int, list[str]]] = []

    def finish(index: int, result: PlanResult) -> None:
        plan = result.plan
        rewritten = bool(result.report and result.report.pop("_paths_rewritten", False))
        if reports_dir is not None and result.report is not None:
            name = _report_filename(plan, report_format)
            target = reports_dir / name
            try:
                text = result.rendered
                if text is None or rewritten:
                    text = _render_from_dict(result.report, report_format, options)
                if not (target.is_file() and target.read_text("utf-8") == text):
                    write_atomic(target, text, plan.files)
                result.report_link = f"{reports_dir.name}/{name}"
            except (OSError, UnicodeDecodeError):
                result.report_link = None
            except Exception:  # noqa: BLE001 - a report that cannot be written leaves the row without link
                result.report_link = None
        results[index] = result
        if on_progress:
            on_progress("done", result)

    def on_start(index: int) -> None:
        if on_progress:
            on_progress("start", PlanResult(plans[index]))

    def on_done(index: int, data: dict) -> None:
        result = PlanResult(plans[index], report=data.get("report"), error=data.get("error"),
                            rendered=data.get("rendered"), seconds=float(data.get("seconds") or 0.0))
        created = datetime.now(timezone.utc).replace(microsecond=0).isoformat()
        files = [str(f) for f in plans[index].files]
        if cache is not None and keys.get(index):
            if result.report is not None:
                rendered = {f"{report_format}|{options.fail_on}": result.rendered} if report_format and result.rendered else {}
                cache.put(keys[index], {"report": result.report, "rendered": rendered, "files": files, "created": created})
            elif data.get("error_kind") == "input":
                cache.put(keys[index], {"error": result.error, "files": files, "created": created})
        finish(index, result)

    interrupted = False
    try:
        for i, plan in enumerate(plans):
            if cache is not None:
                key = cache_key(plan, options, fingerprint)
                keys[i] = key
                entry = cache.get(key) if key else None
                if entry is not None and entry.get("report") is None:
                    finish(i, PlanResult(plan, error=entry["error"], cached=True))
                    continue
                if entry is not None:
                    report = _rewrite_paths(entry["report"], plan)
                    rendered = (entry.get("rendered") or {}).get(f"{report_format}|{options.fail_on}") \
                        if report_format else None
                    finish(i, PlanResult(plan, report=report, cached=True, rendered=rendered, seconds=0.0))
                    continue
            todo.append((i, [str(f) for f in plan.files]))
        if todo:
            _validate_checklists(options)   # a broken checklist is one usage error, not an error in every row
        run_parallel(todo, options, report_format, on_start, on_done)
    except KeyboardInterrupt:
        interrupted = True

    ordered = [results[i] for i in sorted(results)]
    warnings = []
    if cache is not None and cache.write_failed:
        warnings.append(f"Cache folder {options.cache_dir} could not be written; results are not cached."
                        if options.lang == "en" else
                        f"De cachemap {options.cache_dir} kon niet worden beschreven; resultaten zijn niet bewaard.")
    return BatchResult(results=ordered, elements=_element_columns(ordered, options), interrupted=interrupted,
                       total_plans=len(plans), seconds=time.perf_counter() - t0,
                       cache_hits=sum(1 for r in ordered if r.cached), warnings=warnings)


def _validate_checklists(options: BatchOptions) -> None:
    from opcheck import checklist as checklists
    names = [options.checklist] if options.checklist else \
        [options.sector] if options.sector else [i for i in ("po", "vo") if i in checklists.bundled_ids()]
    for name in names + list(options.extended):
        checklists.load(name)


def _render_from_dict(report: dict, fmt: str, options: BatchOptions) -> str:
    if fmt == "json":
        return json.dumps(report, ensure_ascii=False, indent=2) + "\n"
    from opcheck.compare import report_from_dict
    from opcheck.formats import RenderContext, render
    return render(fmt, report_from_dict(report), RenderContext(lang=options.lang, fail_on=options.fail_on))


def _element_columns(results: list[PlanResult], options: BatchOptions) -> list[tuple[str, str]]:
    columns: dict[str, str] = {}
    for r in results:
        for e in (r.report or {}).get("elements", []):
            columns.setdefault(e["id"], e.get("title", e["id"]))
    if not columns:
        try:
            from opcheck import checklist as checklists
            cl = checklists.load(options.checklist or options.sector or "po")
            for e in cl.elements:
                columns[e.id] = e.title.get(options.lang, e.id) if isinstance(e.title, dict) else str(e.title)
        except Exception:  # noqa: BLE001
            pass
    return list(columns.items())


# --------------------------------------------------------------------------------------------------
# Exit code
# --------------------------------------------------------------------------------------------------

def plan_has_gaps(result: PlanResult, fail_on: str) -> bool:
    """A plan that could not be checked counts as a gap; otherwise the `check` rules apply."""
    if fail_on == "never":
        return False
    if result.error or result.report is None:
        return True
    from opcheck.commands import exit_code_for
    from opcheck.compare import report_from_dict
    return int(exit_code_for(report_from_dict(result.report), fail_on)) != 0


def batch_exit_code(batch: BatchResult, fail_on: str) -> int:
    if batch.interrupted:
        return 130
    return 1 if any(plan_has_gaps(r, fail_on) for r in batch.results) else 0


# --------------------------------------------------------------------------------------------------
# Overview rendering
# --------------------------------------------------------------------------------------------------

def _status_word(status: str, lang: str) -> str:
    return (_STATUS_EN if lang == "en" else _STATUS_NL).get(status, status)


def overview_dict(batch: BatchResult, options: BatchOptions) -> dict[str, Any]:
    plans = []
    for r in batch.results:
        report = r.report or {}
        plan = report.get("plan", {})
        plans.append({
            "path": r.plan.label,
            "files": [str(f) for f in r.plan.files] if not report else [d.get("path") for d in report.get("documents", [])],
            "sector": plan.get("sector"),
            "checklist": plan.get("checklist"),
            "looks_like_plan": plan.get("looks_like_plan") if report else None,
            "title": plan.get("title"),
            "period": plan.get("period"),
            "statuses": r.statuses,
            "summary": report.get("summary"),
            "error": r.error,
            "cached": r.cached,
            "seconds": round(r.seconds, 3),
            "gaps": plan_has_gaps(r, options.fail_on),
            "report": r.report_link,
        })
    return {
        "kind": "opcheck-batch",
        "schema_version": "1.0",
        "tool": {"name": "opcheck", "version": __version__},
        "generated_at": datetime.now(timezone.utc).replace(microsecond=0).isoformat(),
        "lang": options.lang,
        "options": {"sector": options.sector, "checklist": options.checklist, "extended": list(options.extended),
                    "fail_on": options.fail_on, "timeout": options.timeout},
        "elements": [{"id": i, "title": t} for i, t in batch.elements],
        "summary": {"plans": batch.total_plans, "finished": len(batch.results), "errors": batch.errors,
                    "cache_hits": batch.cache_hits, "with_gaps": sum(1 for p in plans if p["gaps"]),
                    "interrupted": batch.interrupted, "seconds": round(batch.seconds, 3)},
        "plans": plans,
        "warnings": list(batch.warnings),
    }


def _csv_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    text = str(value).replace("\r", " ").replace("\n", " ")
    if text[:1] in ("=", "+", "-", "@", "\t"):
        text = "'" + text           # no formulas from file names or messages in a spreadsheet
    return text


def render_csv(batch: BatchResult, options: BatchOptions) -> str:
    """One row per plan: path, sector, looks_like_plan, the element statuses, error, then extras.
    UTF-8 with BOM so spreadsheet programs read the accents correctly."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n", delimiter=options.csv_delimiter)
    ids = [i for i, _ in batch.elements]
    writer.writerow(["path", "sector", "looks_like_plan"] + ids + ["error", "cached", "report", "files"])
    for r in batch.results:
        report = r.report or {}
        plan = report.get("plan", {})
        statuses = r.statuses
        writer.writerow([_csv_cell(r.plan.label), _csv_cell(plan.get("sector")),
                         _csv_cell(plan.get("looks_like_plan") if report else None)]
                        + [_csv_cell(statuses.get(i)) for i in ids]
                        + [_csv_cell(r.error), _csv_cell(r.cached), _csv_cell(r.report_link),
                           _csv_cell("; ".join(str(f) for f in r.plan.files))])
    return "\ufeff" + buffer.getvalue()


def render_json(batch: BatchResult, options: BatchOptions) -> str:
    return json.dumps(overview_dict(batch, options), ensure_ascii=False, indent=2) + "\n"


def render_text(batch: BatchResult, options: BatchOptions) -> str:
    lang = options.lang
    ids = [i for i, _ in batch.elements]
    rows = []
    for r in batch.results:
        st = r.statuses
        rows.append([r.plan.label] + ([_STATUS_MARK.get(st.get(i, ""), "·") for i in ids] if not r.error else
                                      ["!"] * len(ids)) + [r.error or ""])
    width = max([len(r[0]) for r in rows] + [4])
    head = "plan".ljust(width) + "  " + "  ".join(f"{i[:3]}" for i in ids)
    out = [head]
    for row in rows:
        out.append(row[0].ljust(width) + "  " + "  ".join(f"{m:<3}" for m in row[1:-1]) + (f"  {row[-1]}" if row[-1] else ""))
    out.append("")
    out.append(summary_line(batch, options))
    return "\n".join(out) + "\n"


def summary_line(batch: BatchResult, options: BatchOptions) -> str:
    gaps = sum(1 for r in batch.results if plan_has_gaps(r, options.fail_on))
    if options.lang == "en":
        line = (f"{len(batch.results)} of {batch.total_plans} plans checked, {gaps} with gaps, {batch.errors} errors, "
                f"{batch.cache_hits} from cache, {batch.seconds:.1f} s")
        if batch.interrupted:
            line += " (interrupted)"
    else:
        line = (f"{len(batch.results)} van {batch.total_plans} plannen gecontroleerd, {gaps} met tekortkomingen, "
                f"{batch.errors} fouten, {batch.cache_hits} uit cache, {batch.seconds:.1f} s")
        if batch.interrupted:
            line += " (afgebroken)"
    return line


_CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:1.5rem;color:#1a1a1a}
table{border-collapse:collapse;font-size:.92em}th,td{border:1px solid #ccc;padding:.25rem .5rem;text-align:left;
vertical-align:top}thead th{background:#f2f2f2;position:sticky;top:0;cursor:pointer;user-select:none}
td.present{background:#e6f4ea}td.partial{background:#fff4d6}td.missing{background:#fde7e9}
td.not_assessable{background:#efe6f7}td.waived{background:#eee}td.error{background:#fde7e9;color:#8a0015}
.controls{margin:1rem 0}.controls input,.controls select{padding:.3rem;margin-right:.5rem}
.muted{color:#666;font-size:.9em}th[aria-sort=ascending]::after{content:" ▲"}th[aria-sort=descending]::after{content:" ▼"}
"""

_JS = """
(function(){
var table=document.getElementById('overview');if(!table)return;
var tbody=table.tBodies[0],rows=Array.prototype.slice.call(tbody.rows);
var q=document.getElementById('q'),st=document.getElementById('status'),count=document.getElementById('count');
document.getElementById('controls').hidden=false;
function apply(){var text=(q.value||'').toLowerCase(),want=st.value,n=0;
rows.forEach(function(r){var ok=(!text||r.textContent.toLowerCase().indexOf(text)>=0)&&
(!want||(want==='error'?r.getAttribute('data-error')==='1':(' '+r.getAttribute('data-statuses')+' ').indexOf(' '+want+' ')>=0));
r.hidden=!ok;if(ok)n++;});count.textContent=n;}
q.addEventListener('input',apply);st.addEventListener('change',apply);
Array.prototype.forEach.call(table.tHead.rows[0].cells,function(th,col){th.addEventListener('click',function(){
var asc=th.getAttribute('aria-sort')!=='ascending';
Array.prototype.forEach.call(table.tHead.rows[0].cells,function(o){o.removeAttribute('aria-sort');});
th.setAttribute('aria-sort',asc?'ascending':'descending');
rows.sort(function(a,b){var x=a.cells[col].getAttribute('data-sort')||a.cells[col].textContent,
y=b.cells[col].getAttribute('data-sort')||b.cells[col].textContent;
var nx=parseFloat(x),ny=parseFloat(y),c=(!isNaN(nx)&&!isNaN(ny))?nx-ny:x.localeCompare(y,'nl');return asc?c:-c;});
rows.forEach(function(r){tbody.appendChild(r);});});});
apply();})();
"""


def _e(value: Any) -> str:
    return _html.escape("" if value is None else str(value), quote=True)


def render_html(batch: BatchResult, options: BatchOptions) -> str:
    lang = options.lang
    en = lang == "en"
    title = "opcheck — overview of plans" if en else "opcheck — overzicht van plannen"
    h = [f'<!DOCTYPE html><html lang="{_e(lang)}"><head><meta charset="utf-8">',
         '<meta name="viewport" content="width=device-width, initial-scale=1">',
         f"<title>{_e(title)}</title><style>{_CSS}</style></head><body>",
         f"<h1>{_e(title)}</h1>",
         f'<p id="summary">{_e(summary_line(batch, options))}</p>']
    for warning in batch.warnings:
        h.append(f'<p class="muted">{_e(warning)}</p>')
    statuses = ["present", "partial", "missing", "not_assessable", "waived"]
    options_html = "".join(f'<option value="{s}">{_e(_status_word(s, lang))}</option>' for s in statuses)
    h.append(f'<div class="controls" id="controls" hidden><input id="q" type="search" placeholder="'
             f'{_e("Filter (text)" if en else "Filter (tekst)")}" aria-label="filter"> '
             f'<select id="status" aria-label="status"><option value="">'
             f'{_e("all statuses" if en else "alle statussen")}</option>{options_html}'
             f'<option value="error">{_e("errors" if en else "fouten")}</option></select>'
             f'<span class="muted"><span id="count">{len(batch.results)}</span> '
             f'{_e("plans shown; click a column header to sort" if en else "plannen getoond; klik op een kolomkop om te sorteren")}'
             f'</span></div>')
    h.append('<table id="overview"><thead><tr>')
    h.append(f'<th scope="col">{_e("Plan")}</th><th scope="col">{_e("Sector")}</th>'
             f'<th scope="col">{_e("Looks like a plan" if en else "Lijkt een plan")}</th>')
    for eid, etitle in batch.elements:
        h.append(f'<th scope="col" title="{_e(etitle)}">{_e(eid)}</th>')
    h.append(f'<th scope="col">{_e("Error" if en else "Fout")}</th></tr></thead><tbody>')
    for r in batch.results:
        report = r.report or {}
        plan = report.get("plan", {})
        st = r.statuses
        link = (f'<a href="{_e(r.report_link)}">{_e(r.plan.label)}</a>' if r.report_link else _e(r.plan.label))
        sub = f'<div class="muted">{_e(plan.get("title"))}</div>' if plan.get("title") else ""
        if len(r.plan.files) > 1:
            sub += f'<div class="muted">{_e(", ".join(f.name for f in r.plan.files))}</div>'
        llp = plan.get("looks_like_plan") if report else None
        llp_text = "" if llp is None else (("yes" if en else "ja") if llp else ("no" if en else "nee"))
        h.append(f'<tr data-error="{1 if r.error else 0}" data-statuses="{_e(" ".join(sorted(set(st.values()))))}"'
                 f' data-cached="{"1" if r.cached else "0"}">')
        h.append(f'<td data-sort="{_e(r.plan.label)}">{link}{sub}</td><td>{_e((plan.get("sector") or "").upper())}</td>'
                 f'<td>{_e(llp_text)}</td>')
        for eid, _ in batch.elements:
            s = st.get(eid)
            if s:
                h.append(f'<td class="{_e(s)}" data-sort="{_STATUS_RANK.get(s, 9)}">{_e(_STATUS_MARK.get(s, ""))} '
                         f'{_e(_status_word(s, lang))}</td>')
            else:
                h.append('<td data-sort="9"></td>')
        h.append(f'<td class="{"error" if r.error else ""}">{_e(r.error)}</td></tr>')
    h.append("</tbody></table>")
    legend = ", ".join(f"{_STATUS_MARK[s]} {_status_word(s, lang)}" for s in statuses)
    h.append(f'<p class="muted">{_e(legend)} · opcheck {_e(__version__)}</p>')
    h.append(f"<script>{_JS}</script></body></html>")
    return "\n".join(h) + "\n"


def render_overview(fmt: str, batch: BatchResult, options: BatchOptions) -> str:
    if fmt == "html":
        return render_html(batch, options)
    if fmt == "csv":
        return render_csv(batch, options)
    if fmt == "json":
        return render_json(batch, options)
    return render_text(batch, options)


def overview_format(output: Path | None, fmt: str | None) -> str:
    if fmt:
        if fmt not in OVERVIEW_FORMATS:
            raise UsageError(f"Onbekend formaat '{fmt}' voor batch: kies html, csv, json of text.",
                             f"Unknown format '{fmt}' for batch: choose html, csv, json or text.")
        return fmt
    if output is None:
        return "text"
    suffix = Path(output).suffix.lower()
    by_suffix = {".html": "html", ".htm": "html", ".csv": "csv", ".json": "json", ".txt": "text"}
    if suffix not in by_suffix:
        raise UsageError(f"Kan het formaat van {output} niet afleiden: gebruik .html, .csv of .json, of --format.",
                         f"Cannot tell the format of {output}: use .html, .csv or .json, or --format.")
    return by_suffix[suffix]


def reports_dir_for(output: Path) -> Path:
    """Per-plan reports go beside the overview in `<overview-stem>-rapporten/`."""
    output = Path(output)
    return output.parent / f"{output.stem}-rapporten"
