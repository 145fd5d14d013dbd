"""HTML reader: headings, paragraphs, lists, tables, zones, dropped elements, encodings, robustness."""
from __future__ import annotations

import random
from pathlib import Path

import pytest

from opcheck.document import BODY, FOOTER, HEADER, HEADING, LIST_ITEM, PARAGRAPH, TABLE, TOC
from opcheck.errors import InputError
from opcheck.readers import read_file
from opcheck.readers.html import read

FIX = Path(__file__).parent / "fixtures" / "html"


def _find(doc, text, kind=None):
    hits = [b for b in doc.blocks if text in b.text and (kind is None or b.kind == kind)]
    assert hits, f"no block with {text!r} ({kind}); blocks: {[(b.kind, b.text) for b in doc.blocks]}"
    return hits[0]


@pytest.fixture(scope="module")
def plan():
    return read(FIX / "plan.html")


def test_title_and_source(plan):
    src = plan.files[0]
    assert src.format == "html" and src.title == "Ondersteuningsplan SWV Amstelland 2024-2028"
    assert src.pages is None and src.path == str(FIX / "plan.html")


def test_headings(plan):
    heads = [(b.level, b.numbering, b.text, b.line) for b in plan.headings()]
    assert heads == [(1, "1", "Inleiding", 14), (2, "3.2", "Terugplaatsing", 20), (2, "4", "Financiën", 27)]
    # the <header> inside <article> is the article's own header, not page chrome
    assert all(b.zone == BODY for b in plan.headings())


def test_paragraphs_inline_markup_and_br(plan):
    p = _find(plan, "basisondersteuning")
    assert p.kind == PARAGRAPH and p.text == "Dit plan beschrijft de basisondersteuning die elke school biedt."
    assert p.line == 15


def test_loose_text_in_div(plan):
    texts = [(b.text, b.line) for b in plan.blocks if b.kind == PARAGRAPH and b.line in (16, 17, 18)]
    assert texts == [("Tekst direct in een div met nadruk.", 16), ("Een alinea in de div.", 17),
                     ("Nog meer losse tekst.", 18)]


def test_list_items_nested(plan):
    items = [(b.text, b.zone) for b in plan.blocks if b.kind == LIST_ITEM and b.zone == BODY]
    assert items == [("Evaluatie van het OPP", BODY), ("twee keer per jaar", BODY), ("Overleg met ouders", BODY)]


def test_table(plan):
    table = _find(plan, "Personeel", TABLE)
    assert table.rows == [["Post", "Bedrag"], ["Personeel", "€ 1.200.000"], ["Totaal volgt"]]  # colspan once
    assert table.text == "Post | Bedrag\nPersoneel | € 1.200.000\nTotaal volgt"
    assert table.line == 28
    assert _find(plan, "Begroting 2024").kind == PARAGRAPH  # caption


def test_blockquote_and_definition_list(plan):
    assert _find(plan, "citaat").kind == PARAGRAPH
    assert _find(plan, "OPR").kind == PARAGRAPH and _find(plan, "Ondersteuningsplanraad").kind == PARAGRAPH


def test_zones(plan):
    assert _find(plan, "SWV Amstelland – ondersteuningsplan").zone == HEADER
    assert _find(plan, "Pagina-voet").zone == FOOTER
    toc = [b for b in plan.blocks if b.zone == TOC]
    assert [b.text for b in toc] == ["1 Inleiding", "4 Financiën"]


def test_dropped_elements(plan):
    everything = " ".join(b.text for b in plan.blocks)
    for hidden in ("niet tonen", "script tekst", "javascript", "sjabloon", "svgtekst", "font-family"):
        assert hidden not in everything


def test_index_running(plan):
    assert [b.index for b in plan.blocks] == list(range(len(plan.blocks)))
    assert all(b.file == str(FIX / "plan.html") for b in plan.blocks)


def test_cp1252_with_meta_charset():
    doc = read(FIX / "cp1252.html")
    assert _find(doc, "coördinator").text == "De coördinator beheert € 250.000 voor financiën."
    assert doc.files[0].title == "Financiën"  # no <title>: first h1


@pytest.mark.parametrize("encoding", ["utf-16", "cp1252", "utf-8"])
def test_encodings_without_meta(tmp_path, encoding):
    path = tmp_path / "p.html"
    path.write_bytes("<html><body><h2>4.1 Financiën</h2><p>coördinator €</p></body></html>".encode(encoding))
    doc = read(path)
    assert [(b.kind, b.numbering, b.text) for b in doc.blocks] == [
        (HEADING, "4.1", "Financiën"), (PARAGRAPH, None, "coördinator €")]


def test_malformed_html_does_not_crash(tmp_path):
    path = tmp_path / "p.html"
    path.write_bytes(b"<html><body><p>Open <b>vet <i>schuin</p><table><tr><td>a<td>b</table>"
                     b"<h2>Kop</h3>tekst</div></span><li>los item")
    doc = read(path)
    assert _find(doc, "Open vet schuin").kind == PARAGRAPH
    assert _find(doc, "a | b").rows == [["a", "b"]]
    assert any(b.kind == HEADING for b in doc.blocks)
    assert _find(doc, "los item").kind == LIST_ITEM


def test_no_entity_expansion(tmp_path):
    path = tmp_path / "p.html"
    path.write_bytes(b'<!DOCTYPE html [<!ENTITY a "aaaaaaaaaa"><!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
                     b"<html><body><p>&a;&xxe; &euro;</p></body></html>")
    doc = read(path)
    text = " ".join(b.text for b in doc.blocks)
    assert "aaaaaaaaaa" not in text and "root:" not in text and "€" in text and "]>" not in text


def test_deep_nesting(tmp_path):
    path = tmp_path / "p.html"
    path.write_bytes(b"<html><body>" + b"<div>" * 1000 + b"diep" + b"</div>" * 1000 + b"<p>na</p></body></html>")
    doc = read(path)
    assert [b.text for b in doc.blocks] == ["diep", "na"]


def test_binary_is_input_error(tmp_path):
    path = tmp_path / "p.html"
    rnd = random.Random(3)
    path.write_bytes(bytes(rnd.randrange(1, 256) for _ in range(5000)))
    with pytest.raises(InputError):
        read(path)


def test_empty_html(tmp_path):
    path = tmp_path / "p.html"
    path.write_bytes(b"  <!-- niets -->\n")
    doc = read(path)
    assert doc.blocks == [] and doc.unreadable


def test_layout_table_is_read_as_content(tmp_path):
    path = tmp_path / "p.html"
    path.write_bytes(b"<html><body><table><tr><td><h1>Ondersteuningsplan</h1><p>alinea</p></td>"
                     b"<td><ul><li>punt</li></ul></td></tr></table></body></html>")
    doc = read(path)
    assert [(b.kind, b.text) for b in doc.blocks] == [
        (HEADING, "Ondersteuningsplan"), (PARAGRAPH, "alinea"), (LIST_ITEM, "punt")]


def test_read_file_sniffs_html_in_txt(tmp_path):
    path = tmp_path / "plan.txt"
    path.write_bytes((FIX / "plan.html").read_bytes())
    doc = read_file(path)
    assert doc.files[0].format == "html"
    assert [b.text for b in doc.headings()] == ["Inleiding", "Terugplaatsing", "Financiën"]
    assert doc.files[0].sha256


def test_bold_paragraphs_are_headings_on_a_page_without_heading_tags(tmp_path):
    page = tmp_path / "plan.html"
    page.write_text(
        "<html><body><p><strong>Inhoud</strong></p><p>1. Inleiding ........ 3</p>"
        "<p><strong>1. Inleiding</strong></p><p><strong>Aanleiding</strong></p><p>Dit plan beschrijft de koers.</p>"
        "<p><strong>2. Financiën</strong></p><p>Het verdeelmodel kent een bedrag per leerling.</p>"
        "<p><strong>Let op:</strong> dit is nadruk in een zin.</p><p><strong>Dit is een vetgedrukte zin.</strong></p>"
        "</body></html>", encoding="utf-8")
    heads = [(b.level, b.numbering, b.text) for b in read(page).headings()]
    assert heads == [(1, None, "Inhoud"), (1, "1", "Inleiding"), (2, None, "Aanleiding"), (1, "2", "Financiën")]


def test_bold_paragraphs_stay_text_where_the_page_has_heading_tags():
    doc = read(FIX / "plan.html")
    assert all(b.kind != HEADING or b.text in ("Inleiding", "Terugplaatsing", "Financiën") for b in doc.blocks)
