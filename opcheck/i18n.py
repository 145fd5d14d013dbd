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
    # report formats (markdown, html)
    "report_title": ("Gap-rapport ondersteuningsplan", "Gap report ondersteuningsplan"),
    "report_intro": ("Controle van het ondersteuningsplan van een samenwerkingsverband passend onderwijs "
                     "tegen de wet (WPO art. 18a / WVO art. 17a).",
                     "Check of a samenwerkingsverband's ondersteuningsplan against the law "
                     "(WPO art. 18a / WVO art. 17a)."),
    "document": ("Document", "Document"),
    "documents": ("Documenten", "Documents"),
    "checked_at": ("Gecontroleerd op", "Checked on"),
    "legal_basis": ("Wettelijke basis", "Legal basis"),
    "criteria": ("Criteria", "Criteria"),
    "criterion_met": ("gevonden", "found"),
    "criterion_unmet": ("niet gevonden", "not found"),
    "plan_detection": ("Herkenning", "Detection"),
    "looks_like_plan": ("Het document lijkt een ondersteuningsplan van een samenwerkingsverband.",
                        "The document looks like a partnership's ondersteuningsplan."),
    "summary": ("Samenvatting", "Summary"),
    "elements": ("Onderdelen", "Elements"),
    "unreadable_pages": ("Onleesbare pagina's", "Unreadable pages"),
    "plan_title": ("Titel", "Title"),
    "made_with": ("Gemaakt met", "Made with"),
    "disclaimer": ("Dit rapport is een leeshulp, geen juridisch oordeel. Controleer elk citaat in het plan zelf: "
                   "pagina en paragraaf staan erbij.",
                   "This report is a reading aid, not a legal judgement. Check every quote in the plan itself: "
                   "page and section are given."),
    "extended_intro": ("Deze onderdelen komen uit een uitgebreide checklist. Ze tellen niet mee in het oordeel "
                       "hierboven.",
                       "These elements come from an extended checklist. They do not count towards the verdict "
                       "above."),
    "status_legend": ("Wat de statussen betekenen", "What the statuses mean"),
    "help_present": ("alle kerncriteria zijn in het plan gevonden.", "all core criteria were found in the plan."),
    "help_partial": ("een deel is gevonden, maar niet alle kerncriteria.",
                     "something was found, but not all core criteria."),
    "help_missing": ("niets van dit onderdeel is gevonden.", "nothing of this element was found."),
    "help_not_assessable": ("niets gevonden, maar (een deel van) het document is onleesbaar, bijvoorbeeld een scan.",
                            "nothing found, but (part of) the document is unreadable, for example a scan."),
    "help_waived": ("bewust vrijgesteld in de configuratie, met een reden.",
                    "deliberately waived in the configuration, with a reason."),
    "back_to_summary": ("terug naar de samenvatting", "back to the summary"),
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
