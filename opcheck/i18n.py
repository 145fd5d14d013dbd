"""User-facing words of the report, in Dutch (default) and English."""
from __future__ import annotations

STATUS = {
    "present": ("aanwezig", "present"),
    "partial": ("gedeeltelijk", "partial"),
    "missing": ("ontbreekt", "missing"),
    "not_assessable": ("niet te beoordelen", "not assessable"),
    "waived": ("vrijgesteld", "waived"),
}
STATUS_MARK = {"present": "✔", "partial": "◐", "missing": "✘", "not_assessable": "?", "waived": "–"}
SEVERITY = {
    "error": ("fout", "error"),
    "warning": ("waarschuwing", "warning"),
    "suggestion": ("suggestie", "suggestion"),
    "info": ("info", "info"),
}
TIER = {"core": ("kern", "core"), "advisory": ("aanbevolen", "advisory"), "detail": ("detail", "detail")}

WORDS = {
    "element": ("Onderdeel", "Element"),
    "status": ("Status", "Status"),
    "unmet": ("Niet gevonden", "Not found"),
    "verdict": ("Oordeel", "Verdict"),
    "looked_for": ("Gezocht naar", "Looked for"),
    "findings": ("Bevindingen", "Findings"),
    "question": ("Vraag voor het samenwerkingsverband", "Question for the partnership"),
    "law_asks": ("Wat de wet vraagt", "What the law asks"),
    "not_a_plan": ("Dit document lijkt geen ondersteuningsplan van een samenwerkingsverband.",
                   "This document does not look like a partnership's ondersteuningsplan."),
    "not_a_plan_hint": ("De onderdelen hieronder zijn toch gecontroleerd, maar lees ze met die kanttekening.",
                        "The elements below were checked anyway; read them with that caveat."),
    "checklist": ("Checklist", "Checklist"),
    "sector": ("Sector", "Sector"),
    "detected": ("herkend", "detected"),
    "given": ("opgegeven", "given"),
    "pages": ("pagina's", "pages"),
    "period": ("Planperiode", "Plan period"),
    "evidence": ("Bewijs", "Evidence"),
    "waived_reason": ("Vrijgesteld", "Waived"),
    "warnings": ("Waarschuwingen", "Warnings"),
    "extended": ("Uitgebreide checklist", "Extended checklist"),
    "none": ("geen", "none"),
}


def t(table: dict, key: str, lang: str) -> str:
    nl, en = table[key]
    return en if lang == "en" else nl


def w(key: str, lang: str) -> str:
    return t(WORDS, key, lang)


def status(key: str, lang: str) -> str:
    return t(STATUS, key, lang)


def summary_line(report, lang: str) -> str:
    counts = report.summary
    parts = [f"{counts[s]} {status(s, lang)}" for s in STATUS if counts.get(s)]
    return ", ".join(parts) if parts else w("none", lang)
