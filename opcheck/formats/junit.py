"""JUnit XML for CI test reports (GitLab `reports: junit`, Jenkins, Azure DevOps, GitHub test-report actions).

One <testsuite> per checked plan (named after the plan document; annexes are listed in its properties),
one <testcase> per element: classname "opcheck.<checklist>", name the element id. Whether a testcase
fails follows the --fail-on threshold in ctx.fail_on, exactly as the exit code does:

- missing:  missing and not-assessable elements fail;
- partial:  partial elements fail as well (the default);
- warning:  elements with error or warning findings fail as well;
- never:    nothing fails.

A failing testcase has <failure message="…" type="<status>"> listing the unmet core criteria and what
was looked for; a waived element is <skipped message="<reason>"/>. When the document does not look like
an ondersteuningsplan, an extra testcase "looks-like-plan" fails (unless fail-on is never), because the
exit code is 1 then too. Elements of extended checklists go into a second testsuite; they are reported
but never fail (the exit code does not count them either).

Built with xml.etree.ElementTree, so all text is escaped properly.
"""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from opcheck.i18n import status as status_word
from opcheck.report import FAILING_FINDING, element_fails


# characters XML 1.0 cannot carry at all (ElementTree escapes <&>" but writes these through, which
# makes the file unparseable); PDFs deliver some of them (U+FFFE for hyphens, stray control codes)
_NOT_XML = re.compile("[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _xml_safe(tree: ET.Element) -> None:
    for node in tree.iter():
        if node.text:
            node.text = _NOT_XML.sub("\ufffd", node.text)
        for key, value in node.attrib.items():
            node.set(key, _NOT_XML.sub("\ufffd", value))


def _t(lang: str, nl: str, en: str) -> str:
    return en if lang == "en" else nl


def _failure_text(e, lang: str, fail_on: str) -> tuple[str, str]:
    """(short message, long body) for a failing element."""
    unmet = e.unmet_core
    looked = _t(lang, "gezocht naar", "looked for")
    head = f"{e.title}: {status_word(e.status, lang)}"
    if unmet:
        head += _t(lang, " — niet gevonden: ", " — not found: ") + "; ".join(
            f"{c.title} ({looked}: {c.looked_for})" if c.looked_for else c.title for c in unmet)
    elif e.status == "not_assessable":
        head += _t(lang, " — de tekst kon niet worden gelezen", " — the text could not be read")
    warnings = [f for f in e.findings if f.severity in FAILING_FINDING] if fail_on == "warning" else []
    if warnings and not unmet:
        head += " — " + "; ".join(f.message for f in warnings)
    body = [f"{e.title} ({e.id}) — {status_word(e.status, lang)} · {e.legal_basis}"]
    for c in unmet:
        body.append(f"- {c.title} ({e.id}.{c.id}, {c.tier})")
        if c.looked_for:
            body.append(f"    {looked}: {c.looked_for}")
    for f in warnings:
        body.append(f"- [{f.severity}] {f.message}")
        for ev in f.evidence[:3]:
            body.append(f"    “{ev.quote}” — {ev.location_text(lang)}")
    if e.question:
        body.append(_t(lang, "Vraag aan het samenwerkingsverband: ", "Question for the partnership: ") + e.question)
    return head, "\n".join(body)


def _system_out(e, lang: str) -> str:
    lines = [f"{e.title} ({e.id}): {status_word(e.status, lang)} · {e.legal_basis}"]
    for c in e.criteria:
        mark = "+" if c.met else ("~" if c.waived else "-")
        lines.append(f"{mark} {c.id} ({c.tier}): {c.title}")
        for ev in c.evidence[:2]:
            lines.append(f"    “{ev.quote}” — {ev.location_text(lang)}")
    for f in e.findings:
        lines.append(f"! [{f.severity}] {f.message}")
    return "\n".join(lines)


def _suite(name: str, report, elements, classname: str, lang: str, fail_on: str, can_fail: bool,
           not_a_plan: bool) -> ET.Element:
    suite = ET.Element("testsuite", name=name)
    props = ET.SubElement(suite, "properties")
    plan = report.plan
    for key, value in (("checklist", plan.checklist), ("checklist_version", plan.checklist_version),
                       ("sector", plan.sector or ""), ("looks_like_plan", str(plan.looks_like_plan).lower()),
                       ("fail_on", fail_on), ("tool_version", report.tool_version)):
        ET.SubElement(props, "property", name=key, value=str(value))
    for i, doc in enumerate(report.documents):
        ET.SubElement(props, "property", name=f"document.{i}", value=f"{doc.path} sha256:{doc.sha256}")
    tests = failures = skipped = 0
    file_attr = report.documents[0].path if report.documents else ""
    if not_a_plan:
        tests += 1
        case = ET.SubElement(suite, "testcase", classname=classname, name="looks-like-plan", file=file_attr, time="0")
        if fail_on != "never":
            failures += 1
            message = _t(lang, "Dit document lijkt geen ondersteuningsplan van een samenwerkingsverband.",
                         "This document does not look like a partnership's ondersteuningsplan.")
            failure = ET.SubElement(case, "failure", message=message, type="not-a-plan")
            failure.text = "\n".join([message, *(f"- {r}" for r in plan.reasons)])
    for e in elements:
        tests += 1
        case = ET.SubElement(suite, "testcase", classname=classname, name=e.id, file=file_attr, time="0")
        if e.status == "waived":
            skipped += 1
            ET.SubElement(case, "skipped", message=e.waiver_reason or status_word("waived", lang))
        elif can_fail and element_fails(e, fail_on):
            failures += 1
            message, body = _failure_text(e, lang, fail_on)
            failure = ET.SubElement(case, "failure", message=message, type=e.status)
            failure.text = body
        ET.SubElement(case, "system-out").text = _system_out(e, lang)
    suite.set("tests", str(tests))
    suite.set("failures", str(failures))
    suite.set("errors", "0")
    suite.set("skipped", str(skipped))
    suite.set("time", "0")
    if report.checked_at:
        suite.set("timestamp", report.checked_at.replace("+00:00", ""))
    if report.warnings:
        ET.SubElement(suite, "system-err").text = "\n".join(report.warnings)
    return suite


def render(report, ctx) -> str:
    lang = ctx.lang
    fail_on = ctx.fail_on or "partial"
    plan = report.plan
    name = report.documents[0].path if report.documents else "opcheck"
    root = ET.Element("testsuites", name="opcheck")
    suites = [_suite(name, report, report.elements, f"opcheck.{plan.checklist}", lang, fail_on, True,
                     not plan.looks_like_plan)]
    if report.extra_elements:
        suites.append(_suite(f"{name} ({_t(lang, 'uitgebreid', 'extended')})", report, report.extra_elements,
                             f"opcheck.{plan.checklist}.extended", lang, fail_on, False, False))
    for key in ("tests", "failures", "errors", "skipped"):
        root.set(key, str(sum(int(s.get(key)) for s in suites)))
    root.set("time", "0")
    root.extend(suites)
    _xml_safe(root)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
