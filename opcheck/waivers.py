"""Apply waivers from the configuration to a report: waived items show as waived with their reason;
unused and expired waivers become report warnings."""
from __future__ import annotations

import datetime as dt

from opcheck.config import Waiver
from opcheck.report import MISSING, NOT_ASSESSABLE, PARTIAL, PRESENT, WAIVED, Report


def apply(report: Report, waivers: list[Waiver], today: dt.date | None = None) -> None:
    lang = report.lang
    elements = {e.id: e for e in report.elements + report.extra_elements}
    for waiver in waivers:
        label = waiver.reason + (f" ({'goedgekeurd door' if lang == 'nl' else 'approved by'} {waiver.approved_by})"
                                 if waiver.approved_by else "")
        if waiver.expired(today):
            report.warnings.append(
                f"Vrijstelling '{waiver.id}' is verlopen op {waiver.expires.isoformat()} en telt niet meer."
                if lang == "nl" else f"Waiver '{waiver.id}' expired on {waiver.expires.isoformat()} and no longer applies.")
            continue
        element_id, _, criterion_id = waiver.id.partition(".")
        element = elements.get(element_id)
        criterion = next((c for c in element.criteria if c.id == criterion_id), None) if element and criterion_id else None
        if element is None or (criterion_id and criterion is None):
            report.warnings.append(
                f"Vrijstelling '{waiver.id}' hoort bij geen element of criterium van deze checklist." if lang == "nl"
                else f"Waiver '{waiver.id}' matches no element or criterion of this checklist.")
            continue
        if criterion is None:
            if element.status == PRESENT:
                report.warnings.append(
                    f"Vrijstelling '{waiver.id}' is niet nodig: het element is aanwezig." if lang == "nl"
                    else f"Waiver '{waiver.id}' is unused: the element is present.")
                continue
            element.status = WAIVED
            element.waiver_reason = label
            continue
        if criterion.met:
            report.warnings.append(
                f"Vrijstelling '{waiver.id}' is niet nodig: het criterium is gevonden." if lang == "nl"
                else f"Waiver '{waiver.id}' is unused: the criterion is met.")
            continue
        criterion.waived = True
        criterion.waiver_reason = label
        # findings about a waived criterion (e.g. an unmet legally grounded detail) no longer count
        element.findings = [f for f in element.findings if f.criterion != criterion.id]
        if criterion.tier == "core" and not element.unmet_core:
            if element.status == PARTIAL:
                element.status = PRESENT
            elif element.status in (MISSING, NOT_ASSESSABLE):
                # every core criterion the element lacks is waived: the element as a whole is waived
                element.status = WAIVED
                element.waiver_reason = "; ".join(dict.fromkeys(
                    c.waiver_reason for c in element.criteria if c.waived and c.waiver_reason))
