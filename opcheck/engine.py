"""The library's front door: read files, classify, evaluate the checklist, build a Report."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from opcheck import __version__, checklist as checklists
from opcheck.checks import build_passages, evaluate
from opcheck.classify import classify
from opcheck.document import Document
from opcheck.errors import UsageError
from opcheck.readers import ReadOptions, read_paths
from opcheck.report import DocumentInfo, PlanInfo, Report


@dataclass
class CheckOptions:
    sector: str | None = None             # po | vo | None (detect)
    checklist: str | None = None          # id or path; None: by sector
    extended: list[str] = field(default_factory=list)   # extra checklists (e.g. "uitgebreid")
    lang: str = "nl"
    read: ReadOptions = field(default_factory=ReadOptions)


def check_document(doc: Document, options: CheckOptions) -> Report:
    if options.sector not in (None, "po", "vo"):
        raise UsageError(f"Onbekende sector '{options.sector}': kies po of vo.",
                         f"Unknown sector '{options.sector}': choose po or vo.")
    found = classify(doc)
    sector = options.sector or found.sector or "po"
    checklist_id = options.checklist or sector
    checklist = checklists.load(checklist_id)
    extended = [checklists.load(ext) for ext in options.extended]
    index = build_passages(doc)       # after loading: the matcher knows every term of every checklist
    elements = evaluate(checklist, doc, options.lang, index)
    extra = []
    for ext in extended:
        extra.extend(evaluate(ext, doc, options.lang, index))
    reasons = found.reasons_en if options.lang == "en" else found.reasons
    plan = PlanInfo(looks_like_plan=found.looks_like_plan, sector=sector, checklist=checklist.id,
                    title=found.title, period=found.period, reasons=list(reasons),
                    sector_source="option" if options.sector else "detected",
                    checklist_version=checklist.version)
    warnings = list(doc.warnings)
    for f in doc.files:
        if f.unreadable_pages:
            pages = ", ".join(str(p) for p in f.unreadable_pages[:20])
            more = "…" if len(f.unreadable_pages) > 20 else ""
            warnings.append(f"{f.path}: pagina's zonder leesbare tekst (scan?): {pages}{more}" if options.lang != "en"
                            else f"{f.path}: pages without readable text (scanned?): {pages}{more}")
    return Report(
        documents=[DocumentInfo(f.path, f.format, f.pages, f.sha256, list(f.unreadable_pages)) for f in doc.files],
        plan=plan, elements=elements, extra_elements=extra, tool_version=__version__,
        checked_at=datetime.now(timezone.utc).replace(microsecond=0).isoformat(), lang=options.lang,
        warnings=warnings)


def check_paths(paths: list[Path | str], options: CheckOptions | None = None) -> Report:
    options = options or CheckOptions()
    doc = read_paths([Path(p) for p in paths], options.read)
    return check_document(doc, options)
