"""Tests for the PDF reader (opcheck/readers/pdf.py) on real PDF files.

Fixtures live in tests/fixtures/pdf/ and are regenerated with tests/fixtures/pdf/make_fixtures.py.
"""
from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from opcheck.document import BODY, FOOTER, HEADER, HEADING, LIST_ITEM, PARAGRAPH, TABLE, Document
from opcheck.errors import InputError
from opcheck.readers import ReadOptions, read_file, read_paths
from opcheck.readers.pdf import join_lines, read
from conftest import SAMPLES

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "pdf"
ROBUSTNESS_PDF = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "robustness" / "pdf"

PLAN_HEADINGS = [
    (1, "1", "Inleiding", 1),
    (2, "1.1", "Leeswijzer", 1),
    (1, "2", "Basisondersteuning", 2),
    (2, "2.1", "Kengetallen", 2),
    (1, "3", "Toelaatbaarheid en terugplaatsing", 3),
    (2, "3.2", "Terugplaatsing", 3),
    (1, "4", "Ouders", 4),
]
RUNNING_HEADER = "Ondersteuningsplan SWV Testregio 2024-2028"


def _read(name: str, **options) -> Document:
    return read(FIXTURES / name, ReadOptions(**options))


def _body_text(doc: Document) -> str:
    return "\n".join(b.text for b in doc.blocks if b.zone == BODY)


@pytest.fixture(scope="module")
def plan() -> Document:
    return _read("plan.pdf")


# --- structure ------------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["plan.pdf", "plain.pdf", "tagged.pdf"])
def test_headings_levels_and_numbering(name):
    """Bookmarks (plan), fonts only (plain) and the structure tree (tagged) give the same outline."""
    doc = _read(name)
    headings = [(b.level, b.numbering, b.text, b.page) for b in doc.blocks if b.kind == HEADING]
    assert headings == PLAN_HEADINGS
    terug = next(b for b in doc.blocks if b.kind == HEADING and b.text == "Terugplaatsing")
    assert terug.heading_text == "3.2 Terugplaatsing"
    assert terug.bold and terug.font_size and terug.font_size > 11


def test_source_file(plan):
    source = plan.files[0]
    assert source.format == "pdf"
    assert source.pages == 4
    assert source.unreadable_pages == []
    assert source.title == RUNNING_HEADER
    assert source.path == str(FIXTURES / "plan.pdf")
    assert plan.warnings == []


def test_blocks_in_reading_order_with_pages_and_indexes(plan):
    assert [b.index for b in plan.blocks] == list(range(len(plan.blocks)))
    pages = [b.page for b in plan.blocks]
    assert pages == sorted(pages) and set(pages) == {1, 2, 3, 4}
    texts = [b.text for b in plan.blocks if b.zone == BODY]
    order = ["Inleiding", "Dit is het ondersteuningsplan", "Leeswijzer", "Basisondersteuning",
             "De basisondersteuning omvat", "Elke school biedt", "Kengetallen", "De tabel hieronder",
             "Schoolsoort | Leerlingen", "Na de tabel volgt", "Toelaatbaarheid", "Terugplaatsing",
             "Bij het aflopen", "Ouders", "Ouders zijn gelijkwaardige"]
    positions = [next(i for i, t in enumerate(texts) if t.startswith(start)) for start in order]
    assert positions == sorted(positions)
    ouders = next(b for b in plan.blocks if b.text.startswith("Ouders zijn gelijkwaardige"))
    assert ouders.page == 4 and ouders.kind == PARAGRAPH and ouders.page_label == "4"


def test_running_header_and_footer_zones(plan):
    for page in range(1, 5):
        on_page = [b for b in plan.blocks if b.page == page]
        headers = [b for b in on_page if b.zone == HEADER]
        footers = [b for b in on_page if b.zone == FOOTER]
        assert [b.text for b in headers] == [RUNNING_HEADER]
        assert [b.text for b in footers] == [f"Pagina {page}"]
        assert on_page[0].zone == HEADER and on_page[-1].zone == FOOTER
        assert all(b.page_label == str(page) for b in on_page)
    assert RUNNING_HEADER not in _body_text(plan)
    assert "Pagina" not in _body_text(plan)


def test_line_end_hyphen_joined_and_suspended_hyphen_kept(plan):
    paragraph = next(b for b in plan.blocks if b.text.startswith("Elke school biedt"))
    assert "Elke school biedt de basisondersteuning aan alle leerlingen." in paragraph.text
    assert "het ouder- en jeugdsteunpunt van de gemeente" in paragraph.text
    all_text = "".join(b.text for b in plan.blocks)
    assert "\ufffe" not in all_text and "\x02" not in all_text and "\u00ad" not in all_text


def test_paragraphs_are_whole(plan):
    paragraphs = [b for b in plan.blocks if b.kind == PARAGRAPH and b.zone == BODY]
    first = next(b for b in paragraphs if b.text.startswith("Dit is het ondersteuningsplan"))
    assert first.text.endswith("het schoolondersteuningsprofiel.")
    assert "  " not in first.text
    # two paragraphs with the same opening stay two blocks on page 1
    assert sum(1 for b in paragraphs if b.page == 1) == 3


def test_bullets_become_list_items(plan):
    items = [b for b in plan.blocks if b.kind == LIST_ITEM]
    assert [b.text for b in items] == [
        "preventieve en licht curatieve interventies voor alle leerlingen;",
        "een aanbod voor leerlingen met dyslexie en dyscalculie;",
        "fysieke toegankelijkheid van de schoolgebouwen.",
    ]
    assert all(b.page == 2 and b.level == 0 for b in items)


def test_table_rows_once(plan):
    tables = [b for b in plan.blocks if b.kind == TABLE]
    assert len(tables) == 1
    table = tables[0]
    assert table.page == 2
    assert table.rows == [
        ["Schoolsoort", "Leerlingen", "Percentage"],
        ["Basisonderwijs", "12.400", "96,1%"],
        ["Speciaal basisonderwijs", "310", "2,4%"],
        ["Speciaal onderwijs", "190", "1,5%"],
    ]
    assert table.text.splitlines()[0] == "Schoolsoort | Leerlingen | Percentage"
    assert table.text.splitlines()[2] == "Speciaal basisonderwijs | 310 | 2,4%"
    others = "\n".join(b.text for b in plan.blocks if b.kind != TABLE)
    assert "12.400" not in others and "96,1%" not in others


@pytest.mark.parametrize("name", ["twocol.pdf", "twocol_rows.pdf"])
def test_two_columns_left_before_right(name):
    doc = _read(name)
    texts = [b.text for b in doc.blocks]
    assert doc.blocks[0].kind == HEADING
    left = [i for i, t in enumerate(texts) if t.startswith("Links")]
    right = [i for i, t in enumerate(texts) if t.startswith("Rechts")]
    assert left and right and max(left) < min(right)
    assert not any("Links" in t and "Rechts" in t for t in texts)


def test_two_columns_written_row_by_row_keep_paragraphs():
    doc = _read("twocol_rows.pdf")
    texts = [b.text for b in doc.blocks]
    assert ("Links begint het verhaal over de basisondersteuning op alle scholen in de regio en wat die "
            "inhoudt voor leerlingen en hun ouders.") in texts
    assert "Rechts volgt een alinea over de financien van het samenwerkingsverband in de regio. " \
           "Einde van de rechterkolom." in texts


def test_columns_that_start_halfway_down_the_page():
    """A continuous section break: full-width text, then a heading and text in two columns whose baselines do
    not line up with each other. The heading must not swallow the right column's first line, and the paragraph
    that runs from the left column into the right one stays one paragraph."""
    doc = _read("twocol_halfway.pdf")
    headings = [b.text for b in doc.blocks if b.kind == HEADING]
    assert headings == ["Verdeling van de middelen", "Ouders als partner"]
    texts = [b.text for b in doc.blocks]
    ouders = [t for t in texts if t.startswith("Ouders zijn de eerste deskundigen")]
    assert len(ouders) == 1 and ouders[0].endswith("Einde van de alinea over ouders.")
    assert "uitgenodigd voor ieder gesprek" in ouders[0]
    full_width = [t for t in texts if t.startswith("Volle breedte")]
    assert len(full_width) == 3 and all(t.endswith("schoolondersteuningsprofiel.") for t in full_width)
    assert [t[:12] for t in texts].index("Tweede aline") == len(texts) - 1


# --- unreadable pages ------------------------------------------------------------------------------

def test_scanned_page_is_unreadable_not_empty():
    doc = _read("scan.pdf")
    assert doc.files[0].pages == 2
    assert doc.files[0].unreadable_pages == [2]
    assert {b.page for b in doc.blocks} == {1}
    assert "scan zonder tekstlaag" in _body_text(doc)


def test_garbage_text_page_is_unreadable():
    doc = _read("garbage.pdf")
    assert doc.files[0].unreadable_pages == [2]
    assert {b.page for b in doc.blocks} == {1}
    assert not any("\ue000" <= c <= "\uf8ff" for b in doc.blocks for c in b.text)


def test_document_without_any_text_is_returned(tmp_path):
    import pypdfium2

    pdf = pypdfium2.PdfDocument.new()
    pdf.new_page(595, 842)
    pdf.new_page(595, 842)
    target = tmp_path / "blank.pdf"
    pdf.save(str(target))
    pdf.close()
    doc = read(target, ReadOptions())
    assert isinstance(doc, Document)
    assert doc.files[0].unreadable_pages == [1, 2]
    assert doc.blocks == [] and doc.unreadable


# --- errors and limits -----------------------------------------------------------------------------

def test_encrypted_without_password():
    with pytest.raises(InputError) as info:
        _read("encrypted.pdf")
    assert "wachtwoord" in info.value.nl and "--password" in info.value.nl
    assert "password" in info.value.en


def test_encrypted_wrong_password():
    with pytest.raises(InputError) as info:
        _read("encrypted.pdf", password="fout")
    assert "wachtwoord" in info.value.nl


def test_encrypted_with_password():
    doc = _read("encrypted.pdf", password="geheim")
    assert [(b.level, b.numbering, b.text, b.page) for b in doc.blocks if b.kind == HEADING] == PLAN_HEADINGS


@pytest.mark.parametrize("content", [
    b"%PDF-1.4\nthis is not really a pdf\n",
    (FIXTURES / "plan.pdf").read_bytes()[:1500],
    b"%PDF-1.7\n" + bytes(range(256)) * 20,
])
def test_damaged_pdf_raises_input_error(tmp_path, content):
    target = tmp_path / "damaged.pdf"
    target.write_bytes(content)
    try:
        doc = read(target, ReadOptions())
    except InputError as exc:
        assert exc.nl and exc.en
    else:  # pdfium may recover a truncated file; then it must still be a Document
        assert isinstance(doc, Document)


def test_zero_length_via_read_file(tmp_path):
    target = tmp_path / "leeg.pdf"
    target.write_bytes(b"")
    with pytest.raises(InputError):
        read_file(target)


def test_max_pages_stops_with_warning():
    doc = _read("plan.pdf", max_pages=2)
    assert {b.page for b in doc.blocks} == {1, 2}
    assert doc.files[0].pages == 4
    assert any("max" in w for w in doc.warnings)


def test_time_budget_stops_with_warning():
    doc = _read("plan.pdf", max_seconds=0.0)
    assert isinstance(doc, Document)
    assert any("tijdslimiet" in w for w in doc.warnings)
    assert doc.files[0].unreadable_pages == [1, 2, 3, 4]


def test_input_file_not_modified(tmp_path):
    target = tmp_path / "plan.pdf"
    shutil.copy(FIXTURES / "plan.pdf", target)
    before = hashlib.sha256(target.read_bytes()).hexdigest()
    mtime = target.stat().st_mtime_ns
    read(target, ReadOptions())
    assert hashlib.sha256(target.read_bytes()).hexdigest() == before
    assert target.stat().st_mtime_ns == mtime


# --- text helpers ----------------------------------------------------------------------------------

@pytest.mark.parametrize("first, second, joined", [
    ("de basisonder\ufffe", "steuning aan", "de basisondersteuning aan"),
    ("de basisonder\x02", "steuning aan", "de basisondersteuning aan"),
    ("de basisonder-", "steuning aan", "de basisondersteuning aan"),
    ("de basisonder\u00ad", "steuning aan", "de basisondersteuning aan"),
    ("het ouder-", "en jeugdsteunpunt", "het ouder- en jeugdsteunpunt"),
    ("het ouder\ufffe", "en jeugdsteunpunt", "het ouder- en jeugdsteunpunt"),
    ("terug-", "of doorplaatsing", "terug- of doorplaatsing"),
    ("in Noord-", "Brabant", "in Noord-Brabant"),
    ("gewone regel", "volgende regel", "gewone regel volgende regel"),
    ("Ondersteuningsplan 2026–", "2030", "Ondersteuningsplan 2026–2030"),
    # a title in a large font, one word broken without a hyphen; a short word on the next line stays a word
    ("Schoolondersteuningsprofie", "l 2025-2026", "Schoolondersteuningsprofiel 2025-2026"),
    ("Informeren", "u over de regels", "Informeren u over de regels"),
    ("wij informeren", "u over", "wij informeren u over"),
])
def test_join_lines(first, second, joined):
    assert join_lines(first, second) == joined


def test_ligatures_normalised():
    from opcheck.readers.pdf import _clean

    assert _clean("\ufb01nanci\u00ebn en \ufb02exibel\u00a0beleid") == "financiën en flexibel beleid"


# --- through the dispatcher ------------------------------------------------------------------------

def test_read_file_dispatches_to_pdf():
    doc = read_file(FIXTURES / "plan.pdf")
    assert doc.files[0].format == "pdf" and len(doc.files[0].sha256) == 64
    assert any(b.kind == HEADING for b in doc.blocks)


def test_read_paths_assigns_sections():
    try:
        from opcheck.readers import read_paths
        doc = read_paths([FIXTURES / "plan.pdf"])
    except ImportError:
        pytest.skip("opcheck.structure.finalize not available yet")
    block = next(b for b in doc.blocks if b.text.startswith("Bij het aflopen"))
    assert block.section[-1:] == ("Terugplaatsing",) or block.section[-1:] == ("3.2 Terugplaatsing",)


# --- robustness: every PDF in the shared corpus ---------------------------------------------------

def _robustness_files() -> list[Path]:
    return sorted(ROBUSTNESS_PDF.glob("*.pdf")) if ROBUSTNESS_PDF.is_dir() else []


@pytest.mark.skipif(not _robustness_files(), reason="shared robustness corpus not available")
@pytest.mark.parametrize("path", _robustness_files(), ids=lambda p: p.name)
def test_robustness_corpus(path):
    try:
        doc = read_file(path)
    except InputError as exc:
        assert exc.nl and exc.en
        return
    assert isinstance(doc, Document)
    source = doc.files[0]
    assert source.format == "pdf" and source.pages and source.pages >= 1
    assert all(b.page and 1 <= b.page <= source.pages for b in doc.blocks)
    assert [b.index for b in doc.blocks] == list(range(len(doc.blocks)))
    assert all(b.kind in (HEADING, PARAGRAPH, LIST_ITEM, TABLE) for b in doc.blocks)
    # never silently empty: either text or unreadable pages
    assert doc.blocks or source.unreadable_pages


def test_password_example_with_password():
    path = ROBUSTNESS_PDF / "password-example.pdf"
    if not path.exists():
        pytest.skip("password-example.pdf not available")
    with pytest.raises(InputError):
        read_file(path)
    doc = read_file(path, ReadOptions(password="test"))
    assert isinstance(doc, Document) and doc.files[0].pages >= 1


def test_an_inline_enumeration_wrapping_onto_a_line_that_opens_with_its_next_number_stays_one_sentence():
    # "(1) jeugdhulp ..., (2) thuiszitten ..., samen met leerplicht," / "(3) leerlingenvervoer ...": one paragraph
    doc = read_paths([SAMPLES / "holdout52" / "po-dommelrijk-2026.pdf"])
    block = next(b for b in doc.blocks if "vier thema's" in b.text)
    assert block.kind == PARAGRAPH and "(3) leerlingenvervoer" in block.text and "(4) onderwijshuisvesting" in block.text


def test_a_short_heading_below_a_two_column_section_comes_after_both_columns():
    doc = read_paths([SAMPLES / "holdout51" / "p4-ijsselvliet-vo.pdf"])
    texts = [b.text for b in doc.blocks]
    mission = next(i for i, t in enumerate(texts) if t.startswith("Transparantie"))
    heading = next(i for i, b in enumerate(doc.blocks) if b.kind == HEADING and b.text == "Basisondersteuning")
    standard = next(i for i, t in enumerate(texts) if "gezamenlijke standaard voor basisondersteuning" in t)
    assert mission < heading < standard
    assert doc.blocks[standard].section == ("3 Basisondersteuning",)


def test_framed_or_highlighted_text_in_one_column_is_text_not_a_table():
    # a draft's highlighted placeholder draws a box: its lines are one paragraph, so the [bracketed note] stays whole
    doc = read_paths([SAMPLES / "holdout63" / "po-waalboog-concept-2026.pdf"])
    block = next(b for b in doc.blocks if "Ouder- en Jeugdsteunpunt Rivierenland" in b.text)
    assert block.kind == PARAGRAPH and block.text.startswith("[") and block.text.rstrip().endswith("]")


def test_a_table_row_split_by_a_page_break_is_one_row():
    doc = read_paths([SAMPLES / "holdout62" / "po-duinrand-ruimte-voor-ieder-kind.pdf"])
    table = next(b for b in doc.blocks if b.kind == TABLE and b.rows and b.rows[0][0] == "Laag")
    assert table.rows[1][0] == "2a – Arrangement in de school"
    assert table.rows[1][2] == "Aanvraag door de intern begeleider bij het Ondersteuningsteam Duinrand"


def test_a_word_broken_in_a_narrow_table_cell_is_joined():
    doc = read_paths([SAMPLES / "holdout67" / "po-swv-maasdelta-2026.pdf"])
    table = next(b for b in doc.blocks if b.kind == TABLE and "Afdracht so (DUO)" in b.text)
    labels = [row[0] for row in table.rows]
    assert "Bureau Toelaatbaarheid en orthopedagogen" in labels
    assert "Rijksbijdrage lichte en zware ondersteuning" in labels   # a line that merely wraps keeps its space


def test_a_long_fragment_of_a_broken_word_is_joined_when_the_document_knows_the_word():
    doc = read_paths([SAMPLES / "holdout157" / "vo-kustzone-2026.pdf"])
    budget = next(b for b in doc.blocks if b.kind == TABLE and "7.940.000" in b.text)
    assert budget.rows[0][0] == "Meerjarenbegroting (bedragen in €)"   # "Meerjarenbe" / "groting (bedragen in €)"
    keys = next(b for b in doc.blocks if b.kind == TABLE and "Verdeelsleutel" in b.text)
    assert keys.rows[0][0] == "Verdeling ondersteuningsmiddelen"        # "ondersteuningsmiddel" / "en"
    assert keys.rows[1][0] == "Schoolbudget basis- en extra ondersteuning"   # two words that merely wrap


def test_a_broken_word_whose_halves_the_document_never_uses_is_joined():
    """"Meerjarenbe" / "groting (euro)": neither half is a word anywhere else, so they were one word; "Afdrachten" /
    "sbo en so" keeps its space ("sbo" is a word, however short)."""
    doc = read_paths([SAMPLES / "holdout295" / "po-kroonwaard-op-2026.pdf"])
    budget = next(b for b in doc.blocks if b.kind == TABLE and "6.540.000" in b.text)
    labels = [row[0] for row in budget.rows]
    assert labels[:3] == ["Meerjarenbegroting (euro)", "Rijksbijdrage ondersteuning", "Afdrachten sbo en so"]
    # no other word of the document ends in "groting" here: a first half ending in "be-" was cut after the prefix
    doc = read_paths([SAMPLES / "holdout173" / "po-de-linge-op-2026-2030.pdf"])
    budget = next(b for b in doc.blocks if b.kind == TABLE and "8.420.000" in b.text)
    assert budget.rows[0][0] == "Meerjarenbegroting (bedragen in €)"


def test_a_fragment_no_word_opens_with_continues_the_word_before():
    from opcheck.readers.pdf import _no_word_start
    assert _no_word_start("ngsmiddelen") and _no_word_start("rrangementen") and _no_word_start("dgetten")
    assert not _no_word_start("groting") and not _no_word_start("strategie") and not _no_word_start("vmbo")
    assert not _no_word_start("enten")


def test_a_tocs_entry_heading_repeated_below_is_where_the_body_begins():
    doc = read_paths([SAMPLES / "holdout56" / "po-heuvelland-2026-2030.pdf"])
    heading = next(b for b in doc.blocks if b.kind == HEADING and b.text == "Waarom dit plan?")
    assert heading.zone == BODY
    body = doc.blocks[doc.blocks.index(heading) + 1]
    assert body.text.startswith("Elk samenwerkingsverband") and body.zone == BODY


def test_a_sentence_or_bullet_in_large_type_is_no_heading():
    from opcheck.readers.pdf import _big_sentence
    assert _big_sentence("Stap 4 – De Commissie Toewijzing beslist binnen 6 weken.", 9)
    assert _big_sentence("\uf0b7 Thuiszittersoverleg: elke maand", 4)
    assert not _big_sentence("De route naar sbo of so", 6)
    assert not _big_sentence("Bezwaar.", 1)
