"""Structure of the bundled samples as opcheck reads them: the same plan in Word and in PDF gives the
same heading tree; tables of contents, glossaries, running headers and cover pages land in their zones."""
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import SAMPLES
from opcheck.cli import app
from opcheck.document import COVER, FOOTER, GLOSSARY, HEADER, HEADING, TOC
from opcheck.readers import read_paths

PAIRS = sorted(p for folder in (SAMPLES, SAMPLES / "holdout") if folder.is_dir()
               for p in folder.glob("*.docx") if p.with_suffix(".pdf").exists())


def body_headings(path: Path):
    doc = read_paths([path])
    return [(b.numbering, " ".join(b.text.split()), b.level) for b in doc.blocks
            if b.kind == HEADING and b.zone in ("body", "annex", "glossary")]


@pytest.mark.parametrize("docx", PAIRS, ids=lambda p: p.stem)
def test_word_and_pdf_give_the_same_heading_tree(docx):
    word = [(n, t) for n, t, _ in body_headings(docx)]
    pdf = [(n, t) for n, t, _ in body_headings(docx.with_suffix(".pdf"))]
    assert len(word) >= 5
    assert word == pdf


def test_formal_plan_structure_in_pdf():
    doc = read_paths([SAMPLES / "po-formeel.pdf"])
    heads = {b.heading_text: b for b in doc.blocks if b.kind == HEADING}
    procedure = heads["6.1 Aanvraag en procedure"]
    assert procedure.level == 2 and procedure.section[0] == "6 Toelaatbaarheid tot sbo en so"
    assert procedure.page == 6
    assert heads["Bijlage 1 Begrippenlijst"].zone == GLOSSARY
    zones = {b.zone for b in doc.blocks}
    assert {TOC, HEADER, FOOTER, COVER, GLOSSARY} <= zones
    # the table of contents precedes the first chapter and holds no headings
    first_chapter = next(i for i, b in enumerate(doc.blocks) if b.kind == HEADING and b.numbering == "1")
    assert all(b.zone != TOC for b in doc.blocks[first_chapter:])
    assert not any(b.kind == HEADING for b in doc.blocks if b.zone == TOC and not b.text.lower().startswith("inhoud"))
    # running headers and footers are taken out of the body on every page after the cover
    footer_pages = {b.page for b in doc.blocks if b.zone in (HEADER, FOOTER)}
    assert len(footer_pages) >= (doc.files[0].pages or 0) - 2


def test_manual_bold_headings_in_word_become_headings():
    # po-tabellen.docx uses bold Normal paragraphs instead of heading styles
    heads = body_headings(SAMPLES / "po-tabellen.docx")
    assert ("4", "Toelaatbaarheid tot sbo en so", 1) in heads


def test_question_headings_in_markdown():
    heads = [t for _, t, _ in body_headings(SAMPLES / "po-taal-voor-ouders.md")]
    assert "Kan mijn kind weer terug naar een gewone school?" in heads


def test_plain_text_pages_from_form_feeds():
    doc = read_paths([SAMPLES / "po-concept.txt"])
    assert doc.files[0].pages and doc.files[0].pages >= 5
    assert any(b.zone == TOC for b in doc.blocks)
    assert {b.page for b in doc.blocks if b.kind == HEADING} >= {2, 3}


def test_html_navigation_is_not_body():
    doc = read_paths([SAMPLES / "vo-web.html"])
    nav = [b for b in doc.blocks if b.zone in (TOC, HEADER, FOOTER)]
    assert any("Downloads" in b.text or "Bijlage" in b.text for b in nav)
    assert not any(b.text.startswith("Bijlage 3 Aanvraagprocedure") for b in doc.blocks if b.zone == "body")


def test_outline_command_json():
    result = CliRunner().invoke(app, ["outline", "--format", "json", str(SAMPLES / "po-formeel.pdf")])
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    (f,) = data["files"]
    assert f["format"] == "pdf" and f["pages"] == 11 and f["unreadable_pages"] == []
    assert f["zones"]["toc"] > 0 and f["zones"]["glossary"] > 0
    titles = [s["heading"] for s in f["sections"]]
    assert "Aanvraag en procedure" in titles
