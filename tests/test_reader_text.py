"""Plain text and Markdown reader: encodings, headings, lists, tables, hyphenation, pages, line numbers."""
from __future__ import annotations

import os
import random
from pathlib import Path

import pytest

from opcheck.document import HEADING, LIST_ITEM, PARAGRAPH, TABLE
from opcheck.errors import InputError
from opcheck.readers import read_file
from opcheck.readers.text import decode_bytes, join_lines, read, split_numbering

FIX = Path(__file__).parent / "fixtures" / "text"


def _find(doc, text, kind=None):
    hits = [b for b in doc.blocks if text in b.text and (kind is None or b.kind == kind)]
    assert hits, f"no block with {text!r} ({kind}); blocks: {[(b.kind, b.text) for b in doc.blocks]}"
    return hits[0]


# --- encodings -----------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["utf16le.txt", "utf16be.txt", "cp1252.txt"])
def test_encodings_decode_dutch_characters(name):
    doc = read(FIX / name, None, "text")
    text = " ".join(b.text for b in doc.blocks)
    assert "coördinator" in text and "€ 250.000" in text
    heading = doc.blocks[0]
    assert heading.kind == HEADING and heading.text == "Hoofdstuk 4: Financiën" and heading.level == 1
    assert "\r" not in text and "\ufffd" not in text and "\ufeff" not in text
    assert doc.blocks[1].line == 3  # CRLF counted as one line break
    assert doc.warnings == []


def test_utf8_bom_markdown():
    doc = read(FIX / "utf8bom.md", None, "markdown")
    assert doc.blocks[0].kind == HEADING and doc.blocks[0].numbering == "4" and doc.blocks[0].text == "Financiën"
    assert doc.files[0].title == "4 Financiën"


def test_decode_order():
    assert decode_bytes("financiën".encode("utf-8"), "x")[1] == "utf-8"
    assert decode_bytes("financiën €".encode("cp1252"), "x")[:2] == ("financiën €", "cp1252")
    assert decode_bytes(b"\xef\xbb\xbfabc", "x")[:2] == ("abc", "utf-8-sig")
    assert decode_bytes("\ufeffabc".encode("utf-16-le"), "x")[0] == "abc"
    # bytes cp1252 leaves undefined (0x81, 0x8d, ...) fall back to latin-1, with a warning
    data = "Het café van de coördinator ligt naast de school. ".encode("latin-1") * 4 + b"\x81\n"
    text, enc, warnings = decode_bytes(data, "x")
    assert enc == "latin-1" and "café van de coördinator" in text and warnings
    # old DOS text (cp850) with a byte cp1252 leaves undefined (0x81 = ü in cp850)
    text, enc, _ = decode_bytes("De coördinator beheert de financiën, ook voor de brüggroep.".encode("cp850"), "x")
    assert enc == "cp850" and text == "De coördinator beheert de financiën, ook voor de brüggroep."


def test_mostly_utf8_with_one_bad_byte_stays_utf8():
    data = "Financiën en coördinatie: € 5 per leerling, één keer. ".encode("utf-8") * 3 + b"\xff"
    text, enc, warnings = decode_bytes(data, "x")
    assert enc == "utf-8" and "coördinatie" in text and warnings


def test_binary_garbage_is_input_error(tmp_path):
    rnd = random.Random(7)
    garbage = bytes(rnd.randrange(1, 256) for _ in range(4000))  # no NULs: decoding must still refuse it
    path = tmp_path / "plan.txt"
    path.write_bytes(garbage)
    with pytest.raises(InputError) as exc:
        read(path, None, "text")
    assert "UTF-8" in exc.value.nl and "UTF-8" in exc.value.en
    assert "tekstbestand" in exc.value.nl


def test_binary_with_nuls_via_read_file_is_input_error(tmp_path):
    path = tmp_path / "plan.txt"
    path.write_bytes(os.urandom(3000) + b"\x00" * 50)
    with pytest.raises(InputError):
        read_file(path)


def test_stray_control_char_is_tolerated(tmp_path):
    path = tmp_path / "plan.txt"
    path.write_bytes(b"3.2 Terugplaatsing\n\nDe leerling gaat terug.\x1a\x07\n")
    doc = read(path, None, "text")
    assert [b.kind for b in doc.blocks] == [HEADING, PARAGRAPH]


# --- plain text structure ------------------------------------------------------------------------

@pytest.fixture(scope="module")
def plain():
    return read(FIX / "plan.txt", None, "text")


def test_plain_headings(plain):
    heads = [(b.level, b.numbering, b.text) for b in plain.headings()]
    assert heads == [
        (1, None, "ONDERSTEUNINGSPLAN 2024-2028"),   # ALL-CAPS
        (1, None, "Hoofdstuk 1: Inleiding"),          # Hoofdstuk = level 1, text kept whole
        (1, None, "Basisondersteuning"),              # underlined with ====
        (2, "3.2", "Terugplaatsing"),                 # numbering depth 2
        (3, "4.2.1", "Criteria voor toelaatbaarheid"),  # "4.2.1." depth 3, trailing dot dropped
        (2, None, "Financiën"),                       # underlined with ----
    ]
    assert plain.files[0].title == "ONDERSTEUNINGSPLAN 2024-2028"
    assert plain.files[0].format == "text" and plain.files[0].pages is None


def test_plain_toc_lines_are_separate_paragraphs(plain):
    toc = [b for b in plain.blocks if "....." in b.text]
    assert [b.kind for b in toc] == [PARAGRAPH, PARAGRAPH]
    assert [b.line for b in toc] == [5, 6]


def test_plain_hyphenation_joined_and_suspended_hyphen_kept(plain):
    para = _find(plain, "beschrijft", PARAGRAPH)
    assert "passend onderwijs organiseert" in para.text
    assert "ouder- en jeugdsteunpunt" in para.text
    assert para.line == 10
    fin = _find(plain, "miljoen")
    assert "VO-scholen" in fin.text  # capital before the hyphen: a real hyphen, no space


def test_plain_list_items(plain):
    items = [b.text for b in plain.blocks if b.kind == LIST_ITEM]
    assert items[:3] == ["een intern begeleider;", "een dyslexieprotocol;",
                         "een aanbod voor meer- en hoogbegaafde leerlingen."]  # • bullet + indented continuation
    assert items[3:] == ["aanmelding door de school;", "advies van twee deskundigen;", "besluit van de directeur."]
    assert _find(plain, "begeleider").line == 18


def test_plain_index_and_lines(plain):
    assert [b.index for b in plain.blocks] == list(range(len(plain.blocks)))
    assert _find(plain, "Terugplaatsing", HEADING).line == 23
    assert all(b.page is None for b in plain.blocks)
    assert all(b.file == str(FIX / "plan.txt") for b in plain.blocks)


def test_plain_numbered_list_versus_numbered_heading():
    doc = read(FIX / "list-vs-heading.txt", None, "text")
    heads = [(b.numbering, b.text) for b in doc.headings()]
    assert heads == [("1", "Inleiding"), ("2", "Procedure"), (None, "Bijlage 2: Verdeelmodel")]
    items = [b.text for b in doc.blocks if b.kind == LIST_ITEM]
    assert items == ["Aanmelding door de school", "Advies van deskundigen", "Besluit door het samenwerkingsverband",
                     "Lichte ondersteuning", "Zware ondersteuning"]
    # a wrapped sentence that starts with "Bijlage 4" is not a heading
    assert _find(doc, "Bijlage 4 bevat").kind == PARAGRAPH
    # TOC-like lines ending in page numbers stay one block each, not headings
    toc = [b for b in doc.blocks if b.line in (2, 3, 4)]
    assert [b.kind for b in toc] == [PARAGRAPH] * 3


def test_form_feeds_give_pages():
    doc = read(FIX / "pages.txt", None, "text")
    assert doc.files[0].pages == 3
    assert [(b.page, b.kind) for b in doc.blocks if b.kind == HEADING] == [(1, HEADING), (2, HEADING), (3, HEADING)]
    para = _find(doc, "basisondersteuning")
    # a sentence running over a page break stays one paragraph, on the page where it starts
    assert para.text.endswith("die elke school biedt aan alle leerlingen.") and para.page == 2 and para.line == 6
    assert _find(doc, "dekkend aanbod.").page == 3


def test_underline_and_caps_edge_cases(tmp_path):
    path = tmp_path / "p.txt"
    path.write_text("Inleiding\n---------\nTekst.\n\nEen zin die eindigt met een punt.\n\n"
                    "ALGEMENE GEGEVENS\nNaam: SWV De Vallei\n", encoding="utf-8")
    doc = read(path, None, "text")
    assert [(b.kind, b.level, b.text) for b in doc.blocks] == [
        (HEADING, 2, "Inleiding"), (PARAGRAPH, 0, "Tekst."), (PARAGRAPH, 0, "Een zin die eindigt met een punt."),
        (HEADING, 1, "ALGEMENE GEGEVENS"), (PARAGRAPH, 0, "Naam: SWV De Vallei")]
    assert [b.line for b in doc.blocks] == [1, 3, 5, 7, 8]


def test_old_mac_newlines(tmp_path):
    path = tmp_path / "p.txt"
    path.write_bytes(b"2.1 Basisondersteuning\rElke school biedt dit.\r\rTweede alinea.")
    doc = read(path, None, "text")
    assert [(b.kind, b.line) for b in doc.blocks] == [(HEADING, 1), (PARAGRAPH, 2), (PARAGRAPH, 4)]


# --- helpers -------------------------------------------------------------------------------------

def test_split_numbering():
    assert split_numbering("3.2 Terugplaatsing") == ("3.2", "Terugplaatsing", 2)
    assert split_numbering("4.2.1. Criteria") == ("4.2.1", "Criteria", 3)
    assert split_numbering("Hoofdstuk 4: Financiën") == (None, "Hoofdstuk 4: Financiën", 1)
    assert split_numbering("Bijlage 11 Verklarende woordenlijst") == (None, "Bijlage 11 Verklarende woordenlijst", 1)
    assert split_numbering("2024 in cijfers")[0] is None
    assert split_numbering("Passend onderwijs") == (None, "Passend onderwijs", 0)


def test_join_lines():
    assert join_lines(["passend onder-", "wijs voor iedereen"]) == "passend onderwijs voor iedereen"
    assert join_lines(["het ouder-", "en jeugdsteunpunt"]) == "het ouder- en jeugdsteunpunt"
    assert join_lines(["de Noord-", "Brabantse scholen"]) == "de Noord-Brabantse scholen"
    assert join_lines(["regel een", "  regel twee  "]) == "regel een regel twee"


# --- markdown ------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def md():
    return read(FIX / "plan.md", None, "markdown")


def test_markdown_headings(md):
    heads = [(b.level, b.numbering, b.text, b.line) for b in md.headings()]
    assert heads == [
        (1, None, "Ondersteuningsplan 2024-2028", 4),   # closing #'s stripped
        (2, "3.2", "Terugplaatsing", 12),
        (1, None, "Basisondersteuning", 14),            # setext ===
        (2, None, "Dekkend aanbod", 17),                # setext ---
        (3, None, "Bijlage 3: Verdeelmodel", 40),
    ]
    assert md.files[0].format == "markdown"
    assert md.files[0].title == "Ondersteuningsplan SWV Rijnland"  # from front matter


def test_markdown_inline_markup_and_comments(md):
    para = md.blocks[1]
    assert para.kind == PARAGRAPH and para.line == 8
    assert para.text == ("Dit plan is vastgesteld door het bestuur na instemming van de OPR. "
                         "Zie ook de website en www.swv.nl.")
    assert not any("concept" in b.text or "logo" in b.text for b in md.blocks)


def test_markdown_lists(md):
    items = [(b.text, b.line) for b in md.blocks if b.kind == LIST_ITEM]
    assert items == [("Arrangementen op school", 20), ("Tussenvoorziening met een tweede regel", 21),
                     ("Plusklas", 23), ("Aanvraag", 24), ("Besluit", 25)]


def test_markdown_table(md):
    table = _find(md, "Personeel", TABLE)
    assert table.rows == [["Post", "Bedrag"], ["Personeel", "€ 1.200.000"],
                          ["Lichte ondersteuning | basis", "€ 300.000"]]
    assert table.text.split("\n")[1] == "Personeel | € 1.200.000"
    assert table.line == 27


def test_markdown_code_and_quote(md):
    assert _find(md, "code blok").text == "code blok regel 1 regel 2"
    quote = _find(md, "citaat")
    assert quote.text == "Een citaat van een ouder over de school." and quote.line == 37
    assert [b.index for b in md.blocks] == list(range(len(md.blocks)))


# --- dispatcher ----------------------------------------------------------------------------------

def test_read_file_sniffs_markdown_in_txt(tmp_path):
    path = tmp_path / "plan.txt"
    path.write_text("# Ondersteuningsplan\n\nInleiding.\n\n## 2.1 Basisondersteuning\n\n- item **vet**\n",
                    encoding="utf-8")
    doc = read_file(path)
    assert doc.files[0].format == "markdown"
    assert [(b.level, b.numbering, b.text) for b in doc.headings()] == [
        (1, None, "Ondersteuningsplan"), (2, "2.1", "Basisondersteuning")]
    assert _find(doc, "item").kind == LIST_ITEM and _find(doc, "item").text == "item vet"
    assert doc.files[0].sha256 and doc.files[0].size == path.stat().st_size


def test_read_file_plain_text(tmp_path):
    path = tmp_path / "plan.txt"
    path.write_bytes((FIX / "cp1252.txt").read_bytes())
    doc = read_file(path)
    assert doc.files[0].format == "text" and doc.files[0].path == str(path)
    assert "coördinator" in doc.blocks[1].text


def test_space_aligned_table_in_plain_text(tmp_path):
    from opcheck.document import TABLE
    from opcheck.readers.text import read
    path = tmp_path / "tabel.txt"
    path.write_text("""7 MIDDELEN

De verdeling staat in de tabel.

  Post                        2026     2027     2028
  -------------------------------------------------
  Lichte ondersteuning        1.200    1.150    1.100
  Arrangementen                 640      650      660
  Bureau en organisatie         310      315      320

Daarna volgt gewone tekst  met een dubbele spatie die geen tabel is.
""", encoding="utf-8")
    doc = read(path, None, "text")
    tables = [b for b in doc.blocks if b.kind == TABLE]
    assert len(tables) == 1
    assert tables[0].rows[0] == ["Post", "2026", "2027", "2028"]
    assert tables[0].rows[2] == ["Arrangementen", "640", "650", "660"]
    assert tables[0].line == 5
    assert any(b.text.startswith("Daarna volgt") for b in doc.blocks if b.kind != TABLE)


def test_text_pasted_from_a_pdf_keeps_its_headings():
    """No blank lines between paragraphs: a short numbered line is still a heading, "Voorwoord" alone on a line
    opens a section, and a TOC entry with a dash instead of a page number stays in the TOC."""
    from opcheck.structure import finalize
    doc = finalize(read(FIX / "pasted-from-pdf.txt", None, "text"))
    headings = [b.text for b in doc.blocks if b.kind == HEADING and b.zone == "body"]
    assert headings[:3] == ["Voorwoord", "Inleiding: een plan op hoofdlijnen", "Basisondersteuning"]
    assert _find(doc, "Reglement toelaatbaarheid").zone == "toc"
    assert _find(doc, "Iedere school biedt").section[-1] == "2 Basisondersteuning"
    # a wrapped line that happens to start with a number is no heading
    assert "12 scholen" not in " ".join(headings)


def test_a_piped_header_over_a_rule_is_a_table_not_a_heading():
    from opcheck.readers.text import parse_plain
    text = ("7. TOEWIJZING\n-------------\n\nIn dit plan beschrijven we de criteria.\n\n"
            "Voorziening | Criteria | Geldigheid\n------------------------------------\n"
            "Vso | Structurele ondersteuningsbehoefte | max. 2 schooljaren\n"
            "Praktijkonderwijs | IQ 55-80 en leerachterstand | duur van de opleiding\n")
    blocks, _ = parse_plain(text, "plan.txt")
    table = next(b for b in blocks if b.kind == "table")
    assert table.rows[0] == ["Voorziening", "Criteria", "Geldigheid"] and len(table.rows) == 3
    assert not any(b.kind == "heading" and "Voorziening" in b.text for b in blocks)


def test_a_long_underlined_title_is_a_heading_and_the_contents_keep_their_last_entry(tmp_path):
    text = ("ONDERSTEUNINGSPLAN WADDENKUST 2025-2029\n#######################################\n\n"
            "INHOUD\n======\n\n  1. Voorwoord\n  2. Van extra steun tot speciale school: het aanbod en de gaten erin\n"
            "  3. Woordenlijst (terugplaatsing, verdeelmodel, OJSP en meer)\n\n\n"
            "1. VOORWOORD\n============\n\nDit plan beschrijft hoe de scholen samenwerken.\n\n\n"
            "2. VAN EXTRA STEUN TOT SPECIALE SCHOOL: HET AANBOD EN DE GATEN ERIN\n"
            "===================================================================\n\nAls de basis niet genoeg is, zijn er vier treden.\n\n\n"
            "3. WOORDENLIJST\n===============\n\n  - Verdeelmodel: de manier waarop het geld wordt verdeeld.\n")
    path = tmp_path / "plan.txt"
    path.write_text(text, encoding="utf-8")
    from opcheck.readers import read_paths
    doc = read_paths([path])
    treden = next(b for b in doc.blocks if b.text.startswith("Als de basis"))
    assert "GATEN ERIN" in treden.section[-1]
    last_entry = next(b for b in doc.blocks if b.text.startswith("Woordenlijst ("))
    assert last_entry.zone == "toc"


GRID = """+------------------------------------------+--------------------------------------+
| Vraag van ouders                         | Waar vindt u het antwoord            |
+==========================================+======================================+
| Welke ondersteuning biedt de school?     | Schoolgids en gesprek met de intern  |
|                                          | begeleider                           |
| Ik ben het niet eens met de school       | Ouder- en jeugdsteunpunt: gratis en  |
|                                          | onafhankelijk                        |
+------------------------------------------+--------------------------------------+
| Het gesprek zit vast                     | Onderwijsconsulenten                 |
+------------------------------------------+--------------------------------------+
"""


@pytest.mark.parametrize("parse", ["plain", "markdown"])
def test_a_grid_table_is_a_table_with_a_row_per_entry(parse):
    """Grid tables (pandoc, Emacs): a cell runs over several lines; body rows with or without borders between them."""
    from opcheck.readers.text import parse_markdown, parse_plain
    text = "## 9 Ouders\n\n" + GRID + "\nTabel 9.1 Wegwijzer voor ouders\n"
    blocks = (parse_plain if parse == "plain" else parse_markdown)(text, "plan.txt")[0]
    table = next(b for b in blocks if b.kind == "table")
    assert table.rows == [
        ["Vraag van ouders", "Waar vindt u het antwoord"],
        ["Welke ondersteuning biedt de school?", "Schoolgids en gesprek met de intern begeleider"],
        ["Ik ben het niet eens met de school", "Ouder- en jeugdsteunpunt: gratis en onafhankelijk"],
        ["Het gesprek zit vast", "Onderwijsconsulenten"]]
    assert any(b.text == "Tabel 9.1 Wegwijzer voor ouders" for b in blocks)
