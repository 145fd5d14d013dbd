"""The markdown format: e-mail, wikis, merge-request comments and GitHub's job summary."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from opcheck.formats import FORMATS, RenderContext, render
from opcheck.formats.markdown import md_escape
from opcheck.report import (CriterionResult, DocumentInfo, ElementResult, Evidence, Finding, PlanInfo, Report)

REPO = Path(__file__).resolve().parent.parent
FIXTURE = REPO / "tests" / "fixtures" / "text" / "plan.md"
MALICIOUS = "<script>alert(1)</script> | *vet* [link](http://evil.example) `code` \\ & #kop"


def _ev(quote: str, page: int | None = 3, section: str = "4.1 Basis") -> Evidence:
    return Evidence(quote=quote, file="plan.pdf", page=page, section=section)


def synthetic_report(looks_like_plan: bool = True, extra: bool = False) -> Report:
    statuses = ["present", "partial", "missing", "not_assessable", "waived", "partial", "missing"]
    elements = []
    for i, st in enumerate(statuses):
        met = st == "present"
        criteria = [
            CriterionResult(id="kern-a", tier="core", title=f"Kerncriterium A{i}", met=met or st == "partial",
                            evidence=[_ev(MALICIOUS if i == 1 else f"Citaat {i} uit het plan", page=i + 1)]
                            if (met or st == "partial") else [],
                            looked_for=f"iets concreets {i}"),
            CriterionResult(id="kern-b", tier="core", title=f"Kerncriterium B{i}", met=met,
                            evidence=[_ev(f"Tweede citaat {i}")] if met else [], looked_for=f"gezocht-b-{i}"),
            CriterionResult(id="advies", tier="advisory", title=f"Advies {i}", met=False, looked_for="advies-gezocht",
                            waived=(i == 5), waiver_reason="regionaal geregeld" if i == 5 else None),
            CriterionResult(id="detail", tier="detail", title=f"Detail {i}", met=False, looked_for="detail-gezocht"),
        ]
        findings = [
            Finding(kind="unmet", severity="warning", message=f"Niet gevonden: Detail {i}.", criterion="detail"),
            Finding(kind="vague", severity="suggestion", message=f"Vage formulering {i} | let op",
                    evidence=[_ev("zo mogelijk | indien nodig", page=7, section="5 Aanbod")]),
        ]
        elements.append(ElementResult(
            id=f"el{i}", title=f"Element {i}" + (" | met pijp" if i == 2 else ""), status=st,
            legal_basis=f"WPO art. 18a lid 8 onder {chr(ord('a') + i)}", explanation=f"Uitleg {i}.",
            question=f"Vraag {i} aan het samenwerkingsverband?", criteria=criteria, findings=findings,
            waiver_reason="geen sbo in de regio" if st == "waived" else None))
    extra_elements = []
    if extra:
        extra_elements.append(ElementResult(
            id="medezeggenschap", title="Medezeggenschap", status="partial", legal_basis="WMS art. 14a",
            criteria=[CriterionResult(id="opr", tier="core", title="OPR", met=False, looked_for="de OPR")],
            question="Hoe is de OPR betrokken?"))
    return Report(
        documents=[DocumentInfo(path="plan.pdf", format="pdf", pages=24, sha256="ab" * 32)],
        plan=PlanInfo(looks_like_plan=looks_like_plan, sector="po", checklist="po", title="Plan SWV Test",
                      period="2026-2030", reasons=[] if looks_like_plan else ["Het woord ondersteuningsplan ontbreekt."],
                      checklist_version="2026.11"),
        elements=elements, tool_version="0.1.0", checked_at="2026-11-28T10:15:00+00:00",
        warnings=["Vrijstelling 'x' hoort bij geen element."], extra_elements=extra_elements)


def _md(report: Report, lang: str = "nl") -> str:
    return render("markdown", report, RenderContext(lang=lang))


def _table_rows(md: str, header_start: str) -> list[str]:
    lines = md.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(header_start))
    assert lines[start + 1].startswith("| ---")
    rows = []
    for line in lines[start + 2:]:
        if not line.startswith("|"):
            break
        rows.append(line)
    return rows


def _cells(row: str) -> list[str]:
    # split on pipes that are not escaped
    return [c.strip() for c in re.split(r"(?<!\\)\|", row)[1:-1]]


def test_registered():
    assert FORMATS["markdown"] == "opcheck.formats.markdown"


def test_header_and_table():
    md = _md(synthetic_report())
    assert md.startswith("# Gap-rapport ondersteuningsplan: Plan SWV Test\n")
    assert "`plan.pdf`" in md and "24 pagina's" in md
    assert "sha256 `abababababab`" in md and "ab" * 32 not in md      # short hash only
    assert "po 2026.11" in md and "Planperiode:** 2026-2030" in md
    assert "28 november 2026" in md
    rows = _table_rows(md, "| Onderdeel |")
    assert len(rows) == 7
    for row in rows:
        assert len(_cells(row)) == 3, row
    # status as word and symbol
    assert "✔ aanwezig" in rows[0] and "◐ gedeeltelijk" in rows[1] and "✘ ontbreekt" in rows[2]
    assert "? niet te beoordelen" in rows[3] and "– vrijgesteld" in rows[4]
    # unmet core criteria listed, present rows show a dash
    assert _cells(rows[0])[2] == "—"
    assert "Kerncriterium A2" in _cells(rows[2])[2] and "Kerncriterium B2" in _cells(rows[2])[2]


def test_pipe_and_markup_escaped():
    md = _md(synthetic_report())
    rows = _table_rows(md, "| Onderdeel |")
    assert "Element 2 \\| met pijp" in rows[2]
    assert len(_cells(rows[2])) == 3
    # the malicious quote cannot inject HTML, links, emphasis or code
    assert "<script>" not in md
    assert "\\<script\\>alert(1)\\</script\\>" in md
    assert "\\[link\\](http://evil.example)" in md
    assert "\\*vet\\*" in md and "\\`code\\`" in md and "\\\\" in md and "\\&" in md and "\\#kop" in md
    assert "zo mogelijk \\| indien nodig" in md


def test_md_escape_unit():
    assert md_escape("a | b") == "a \\| b"
    assert md_escape("regel\nnieuw") == "regel nieuw"
    assert md_escape("<b>") == "\\<b\\>"
    assert md_escape("") == "" and md_escape(None) == ""


def test_element_details():
    md = _md(synthetic_report())
    sections = re.split(r"^### ", md, flags=re.M)[1:]
    assert len(sections) == 7
    present, partial, missing = sections[0], sections[1], sections[2]
    assert present.startswith("✔ Element 0 — aanwezig")
    assert "“Citaat 0 uit het plan” — p. 1, § 4.1 Basis" in present
    assert "Vraag 0" not in present                           # no question when present
    assert "**Vraag voor het samenwerkingsverband:** Vraag 1 aan het samenwerkingsverband?" in partial
    assert "**Vraag voor het samenwerkingsverband:** Vraag 2" in missing
    assert "Gezocht naar: gezocht-b-1" in partial             # unmet criterion
    assert "Gezocht naar: iets concreets 0" not in present    # met criterion has no 'looked for'
    assert "(kern, `kern-a`)" in present and "(aanbevolen, `advies`" in present and "(detail, `detail`" in present
    assert "(detail, `detail`, waarschuwing)" in missing       # severity of the unmet detail finding
    assert "**Bevindingen**" in missing and "suggestie: Vage formulering 2 \\| let op" in missing
    assert "Niet gevonden: Detail 2." not in missing           # duplicate of the criterion line
    assert "WPO art. 18a lid 8 onder c" in missing
    waived = sections[4]
    assert "**Vrijgesteld:** geen sbo in de regio" in waived
    assert "regionaal geregeld" in sections[5]


def test_not_a_plan_note_and_warnings():
    md = _md(synthetic_report(looks_like_plan=False))
    assert "> **⚠ Dit document lijkt geen ondersteuningsplan van een samenwerkingsverband.**" in md
    assert "> - Het woord ondersteuningsplan ontbreekt." in md
    assert md.index("⚠") < md.index("## Oordeel")
    assert "Vrijstelling 'x' hoort bij geen element." in md
    ok = _md(synthetic_report(looks_like_plan=True))
    assert "⚠" not in ok and "Herkenning: Het document lijkt een ondersteuningsplan" in ok


def test_extended_section():
    md = _md(synthetic_report(extra=True))
    assert "## Uitgebreide checklist" in md
    rows = _table_rows(md, "| Onderdeel |")
    assert len(rows) == 7                                     # main table unchanged
    assert "Medezeggenschap (`medezeggenschap`) | ◐ gedeeltelijk | OPR" in md
    assert "Hoe is de OPR betrokken?" in md


def test_english():
    report = synthetic_report(looks_like_plan=False)
    report.plan.reasons = ["The document has little readable text."]   # reasons come in the report's language
    md = _md(report, lang="en")
    assert md.startswith("# Gap report ondersteuningsplan")
    assert "## Verdict:" in md and "| Element | Status | Not found |" in md
    assert "✘ missing" in md and "◐ partial" in md and "✔ present" in md
    assert "Looked for:" in md and "**Question for the partnership:**" in md
    assert "does not look like a partnership's ondersteuningsplan" in md
    assert "28 November 2026" in md and "Made with opcheck 0.1.0." in md
    for dutch in ("Oordeel", "Gezocht naar", "ontbreekt", "gedeeltelijk", "Vraag voor"):
        assert dutch not in md


def test_real_report_from_fixture():
    from opcheck.engine import CheckOptions, check_paths
    report = check_paths([str(FIXTURE)], CheckOptions())
    md = _md(report)
    rows = _table_rows(md, "| Onderdeel |")
    assert len(rows) == len(report.elements) == 7
    for e, row in zip(report.elements, rows):
        assert md_escape(e.title) in row
        assert f"### " in md and md_escape(e.title) in md
    # every quote from the fixture's tables (cells joined by "|") is escaped inside the markdown
    piped = [ev.quote for e in report.elements for c in e.criteria for ev in c.evidence if "|" in ev.quote]
    for quote in piped:
        assert quote.replace("|", "\\|") in md or md_escape(quote) in md
    assert "\n\n\n" not in md


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_status_word_present(lang):
    from opcheck.i18n import status
    md = _md(synthetic_report(), lang=lang)
    for s in ("present", "partial", "missing", "not_assessable", "waived"):
        assert status(s, lang) in md


def test_several_documents():
    report = synthetic_report()
    report.documents.append(DocumentInfo(path="bijlagen/bijlage.docx", format="docx", pages=None, sha256="ef" * 32))
    report.elements[0].criteria[0].evidence[0].file = "bijlagen/bijlage.docx"
    md = _md(report)
    assert "**Documenten:**\n\n- `plan.pdf` · 24 pagina's · sha256 `abababababab`\n" \
           "- `bijlagen/bijlage.docx` · sha256 `efefefefefef`\n" in md
    assert "“Citaat 0 uit het plan” — bijlage.docx, p. 1, § 4.1 Basis" in md


def test_command_line(tmp_path):
    import subprocess
    import sys
    out = tmp_path / "rapport.md"
    proc = subprocess.run([sys.executable, "-m", "opcheck", "check", str(FIXTURE), "--format", "markdown",
                           "--output", str(out), "--exit-zero", "-q"], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    md = out.read_text(encoding="utf-8")
    assert md.startswith("# Gap-rapport ondersteuningsplan") and len(_table_rows(md, "| Onderdeel |")) == 7
