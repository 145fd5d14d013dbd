"""The html format: one self-contained, printable, accessible file; checked in a real browser too."""
from __future__ import annotations

import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

from opcheck.formats import FORMATS, RenderContext, render
from opcheck.i18n import status
from opcheck.report import (CriterionResult, DocumentInfo, ElementResult, Evidence, Finding, PlanInfo, Report)

REPO = Path(__file__).resolve().parent.parent
FIXTURE = REPO / "tests" / "fixtures" / "text" / "plan.md"
ATTACK = '<script>alert(1)</script><img src="https://evil.example/x.png" onerror="alert(2)">'
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


def _ev(quote: str, page: int | None = 3, section: str = "4.1 Basis") -> Evidence:
    return Evidence(quote=quote, file="plan.pdf", page=page, section=section)


def synthetic_report(looks_like_plan: bool = True, extra: bool = False) -> Report:
    statuses = ["present", "partial", "missing", "not_assessable", "waived", "partial", "missing"]
    elements = []
    for i, st in enumerate(statuses):
        met = st == "present"
        criteria = [
            CriterionResult(id="kern-a", tier="core", title=f"Kerncriterium A{i}", met=met or st == "partial",
                            evidence=[_ev(ATTACK if i == 1 else f"Citaat {i} uit het plan", page=i + 1)]
                            if (met or st == "partial") else [], looked_for=f"iets concreets {i}"),
            CriterionResult(id="kern-b", tier="core", title=f"Kerncriterium B{i}", met=met,
                            evidence=[_ev(f"Tweede citaat {i}")] if met else [], looked_for=f"gezocht-b-{i}"),
            CriterionResult(id="advies", tier="advisory", title=f"Advies {i}", met=False, looked_for="advies-gezocht",
                            waived=(i == 5), waiver_reason="regionaal geregeld" if i == 5 else None),
            CriterionResult(id="detail", tier="detail", title=f"Detail {i}", met=False, looked_for="detail-gezocht"),
        ]
        findings = [
            Finding(kind="unmet", severity="warning", message=f"Niet gevonden: Detail {i}.", criterion="detail"),
            Finding(kind="deferred", severity="warning", message=f"Uitgesteld naar later beleid {i}",
                    evidence=[_ev("wordt nader uitgewerkt", page=9, section="6 Toekomst")]),
        ]
        elements.append(ElementResult(
            id=f"el{i}" if i != 6 else 'el6"><script>x</script>', title=f"Element {i}", status=st,
            legal_basis=f"WPO art. 18a lid 8 onder {chr(ord('a') + i)}", explanation=f"Uitleg in gewone woorden {i}.",
            question=f"Vraag {i} aan het samenwerkingsverband?", criteria=criteria, findings=findings,
            waiver_reason="geen sbo in de regio" if st == "waived" else None))
    extra_elements = []
    if extra:
        extra_elements.append(ElementResult(
            id="el0", title="Medezeggenschap", status="partial", legal_basis="WMS art. 14a",
            criteria=[CriterionResult(id="opr", tier="core", title="OPR-criterium", met=False, looked_for="de OPR")],
            question="Hoe is de OPR betrokken?"))
    return Report(
        documents=[DocumentInfo(path="stukken/plan.pdf", format="pdf", pages=24, sha256="cd" * 32,
                                unreadable_pages=[5])],
        plan=PlanInfo(looks_like_plan=looks_like_plan, sector="po", checklist="po", title="Plan <SWV> & Co",
                      period="2026-2030", reasons=[] if looks_like_plan else ["Het woord ondersteuningsplan ontbreekt."],
                      checklist_version="2026.11"),
        elements=elements, tool_version="0.1.0", checked_at="2026-11-28T10:15:00+00:00",
        warnings=["Vrijstelling 'x' <b>hoort</b> bij geen element."], extra_elements=extra_elements)


def _html(report: Report, lang: str = "nl") -> str:
    return render("html", report, RenderContext(lang=lang))


class _Checker(HTMLParser):
    """Collects tags, attributes and checks that non-void elements are properly nested."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.tags: list[tuple[str, dict]] = []
        self.ids: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append((tag, attrs))
        if "id" in attrs:
            self.ids.append(attrs["id"])
        if tag not in VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"unexpected </{tag}>, open: {self.stack[-3:]}")
            return
        self.stack.pop()


def _parse(html: str) -> _Checker:
    checker = _Checker()
    checker.feed(html)
    checker.close()
    return checker


def test_registered():
    assert FORMATS["html"] == "opcheck.formats.html"


def test_template_is_package_resource():
    from importlib import resources
    assert resources.files("opcheck.formats").joinpath("templates", "report.html.j2").is_file()


def test_well_formed_and_semantic():
    html = _html(synthetic_report(extra=True))
    assert html.startswith("<!DOCTYPE html>")
    checker = _parse(html)
    assert not checker.errors and not checker.stack, (checker.errors, checker.stack)
    tags = [t for t, _ in checker.tags]
    assert tags.count("h1") == 1 and "h2" in tags and "h3" in tags
    assert ("html", {"lang": "nl"}) in checker.tags
    assert '<meta charset="utf-8">' in html
    ths = [a for t, a in checker.tags if t == "th"]
    assert ths and all(a.get("scope") in ("col", "row") for a in ths)
    assert len([a for a in ths if a.get("scope") == "row"]) == 8          # 7 elements + 1 extended
    assert len(checker.ids) == len(set(checker.ids)), "ids must be unique"
    assert "@media print" in html and "@page" in html and "break-inside: avoid" in html


def test_self_contained_no_scripts_no_external_refs():
    html = _html(synthetic_report(looks_like_plan=False, extra=True))
    checker = _parse(html)
    tags = {t for t, _ in checker.tags}
    assert not tags & {"script", "link", "img", "iframe", "object", "embed", "base", "form", "svg"}
    assert not re.search(r"<script", html, re.I)
    for tag, attrs in checker.tags:
        for name, value in attrs.items():
            assert not name.startswith("on"), (tag, name)
            if name in ("href", "src", "action", "srcset", "poster", "data", "xlink:href"):
                assert value.startswith("#"), (tag, name, value)
    assert not re.search(r"url\s*\(|@import", html, re.I)
    # the only place an http(s) URL may appear is escaped text taken from the document
    for m in re.finditer(r"https?://", html):
        before = html[max(0, m.start() - 60):m.start()]
        assert "&lt;img" in before, before


def test_malicious_text_is_escaped():
    html = _html(synthetic_report())
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<script>alert(1)</script>" not in html
    assert "Plan &lt;SWV&gt; &amp; Co" in html
    assert "&lt;b&gt;hoort&lt;/b&gt;" in html
    # a hostile element id cannot break out of the id attribute
    assert 'id="onderdeel-el6-script-x-script"' in html


def test_anchors_per_element_and_links():
    report = synthetic_report(extra=True)
    html = _html(report)
    checker = _parse(html)
    ids = set(checker.ids)
    hrefs = {a["href"] for t, a in checker.tags if t == "a" and "href" in a}
    for anchor in ("onderdeel-el0", "onderdeel-el1", "onderdeel-el2", "onderdeel-el3", "onderdeel-el4",
                   "onderdeel-el5", "uitgebreid-el0"):
        assert anchor in ids and "#" + anchor in hrefs
    for href in hrefs:
        assert href[1:] in ids, f"dangling link {href}"


def test_top_section():
    html = _html(synthetic_report(looks_like_plan=False))
    assert "<strong>plan.pdf</strong>" in html and "stukken/plan.pdf" in html
    assert "cd" * 32 in html and "24 pagina&#39;s" in html
    assert "Onleesbare pagina&#39;s: 5" in html
    assert "po 2026.11" in html
    assert '<time datetime="2026-11-28T10:15:00+00:00">28 november 2026, 10:15 UTC</time>' in html
    assert "PO (herkend)" in html and "2026-2030" in html
    assert 'class="notice"' in html and "Het woord ondersteuningsplan ontbreekt." in html
    assert "Oordeel: 1 aanwezig, 2 gedeeltelijk, 2 ontbreekt, 1 niet te beoordelen, 1 vrijgesteld" in html
    assert "Waarschuwingen" in html
    ok = _html(synthetic_report(looks_like_plan=True))
    assert 'class="notice"' not in ok and "Het document lijkt een ondersteuningsplan" in ok


def _section(html: str, anchor: str) -> str:
    start = html.index(f'<section class="element')
    start = html.index(f'id="{anchor}"', start)
    return html[start:html.index("</section>", start)]


def test_element_content():
    html = _html(synthetic_report())
    present = _section(html, "onderdeel-el0")
    partial = _section(html, "onderdeel-el1")
    missing = _section(html, "onderdeel-el2")
    waived = _section(html, "onderdeel-el4")
    assert "✔</span> aanwezig" in present
    assert "Wat de wet vraagt:</strong> Uitleg in gewone woorden 0." in present
    assert "Wettelijke basis:</strong> WPO art. 18a lid 8 onder a" in present
    assert "“Citaat 0 uit het plan”" in present and "— p. 1, § 4.1 Basis" in present
    assert ">kern<" in present and ">aanbevolen<" in present and ">detail<" in present
    assert "Vraag 0" not in present
    assert "◐</span> gedeeltelijk" in partial
    assert "Gezocht naar:</strong> gezocht-b-1" in partial
    assert "Vraag voor het samenwerkingsverband" in partial and "Vraag 1 aan het samenwerkingsverband?" in partial
    assert "✘</span> ontbreekt" in missing and "Vraag 2" in missing
    assert "Uitgesteld naar later beleid 2" in missing and "“wordt nader uitgewerkt”" in missing
    assert "— p. 9, § 6 Toekomst" in missing
    assert "Niet gevonden: Detail 2." not in missing            # shown with its criterion instead
    assert 'class="sev sev-warning">waarschuwing<' in missing
    assert "Vrijgesteld:</strong> geen sbo in de regio" in waived
    assert "Vrijgesteld:</strong> regionaal geregeld" in _section(html, "onderdeel-el5")


def test_extended_section():
    html = _html(synthetic_report(extra=True))
    assert 'id="uitgebreid"' in html and "Uitgebreide checklist" in html
    assert "Medezeggenschap" in html and "Hoe is de OPR betrokken?" in html
    assert html.index('id="uitgebreid"') > html.index('id="onderdeel-el5"')
    assert 'id="uitgebreid"' not in _html(synthetic_report(extra=False))


def test_english():
    html = _html(synthetic_report(), lang="en")
    assert '<html lang="en">' in html
    for word in ("Verdict", "What the law asks", "Legal basis", "Looked for", "Question for the partnership",
                 "28 November 2026", "present", "partial", "missing"):
        assert word in html
    for dutch in ("Oordeel", "Gezocht naar", "Wat de wet vraagt", "Wettelijke basis", "ontbreekt"):
        assert dutch not in html


# --- in a real browser -------------------------------------------------------------------------------

def _chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        found = shutil.which(name)
        if found:
            return found
    return None


def _print_to_pdf(html: str, tmp_path: Path) -> str:
    browser = _chromium()
    if browser is None:
        pytest.skip("chromium is not installed (CI installs it); the browser test needs headless Chromium")
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    page = tmp_path / "r.html"
    page.write_text(html, encoding="utf-8")
    pdf = tmp_path / "r.pdf"
    cmd = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
           "--disable-background-networking", "--disable-component-update", "--disable-sync",
           f"--user-data-dir={tmp_path / 'profile'}", "--no-pdf-header-footer", f"--print-to-pdf={pdf}",
           page.as_uri()]
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=60)
    except subprocess.TimeoutExpired:
        pytest.fail("headless chromium did not finish printing within 60 s")
    assert pdf.is_file() and pdf.stat().st_size > 0, f"no PDF printed: {proc.stderr[-2000:]}"
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True,
                         timeout=60, check=True)
    return " ".join(out.stdout.split())


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_printed_in_browser(tmp_path, lang):
    from opcheck.engine import CheckOptions, check_paths
    report = check_paths([str(FIXTURE)], CheckOptions(lang=lang))
    assert len(report.elements) == 7
    text = _print_to_pdf(_html(report, lang=lang), tmp_path)
    assert report.plan.title and report.plan.title in text
    for e in report.elements:
        word = status(e.status, lang)
        title = " ".join(e.title.split())
        assert title in text, f"element title missing from the printed report: {title}"
        # the element block: its title, then its status line with the status word
        pattern = re.escape(title) + r".{0,300}?Status: \S+ " + re.escape(word)
        assert re.search(pattern, text), f"status word '{word}' not printed with element '{title}'"
    assert ("Gezocht naar" if lang == "nl" else "Looked for") in text


def test_printed_malicious_report(tmp_path):
    text = _print_to_pdf(_html(synthetic_report(extra=True)), tmp_path)
    # the attack is printed as text, not executed or loaded
    assert "<script>alert(1)</script>" in text
    for i in range(6):
        assert f"Element {i}" in text
    assert "Medezeggenschap" in text


def test_several_documents_and_command_line(tmp_path):
    import sys
    report = synthetic_report()
    report.documents.append(DocumentInfo(path="bijlage.docx", format="docx", pages=None, sha256="ef" * 32))
    report.elements[0].criteria[0].evidence[0].file = "bijlage.docx"
    html = _html(report)
    assert "<dt>Documenten</dt>" in html and "<strong>bijlage.docx</strong>" in html
    assert "— bijlage.docx, p. 1, § 4.1 Basis" in html
    out = tmp_path / "rapport.html"
    proc = subprocess.run([sys.executable, "-m", "opcheck", "check", str(FIXTURE), "--format", "html",
                           "--output", str(out), "--exit-zero", "-q"], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and '<html lang="nl">' in page
    assert not _parse(page).errors
