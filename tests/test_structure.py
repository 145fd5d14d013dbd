"""Structure shared by all readers (opcheck/structure.py): zones and blocks joined across page breaks."""
from opcheck.document import FOOTER, HEADING, PARAGRAPH, TABLE, TOC, Block, Document, SourceFile
from opcheck.structure import finalize


def _doc(blocks: list[Block]) -> Document:
    for i, b in enumerate(blocks):
        b.file, b.index = "plan.pdf", i
    return finalize(Document(files=[SourceFile(path="plan.pdf", format="pdf", pages=2, sha256="")], blocks=blocks))


def _table(rows: list[list[str]], page: int) -> Block:
    return Block(TABLE, "\n".join(" | ".join(r) for r in rows), page=page, rows=rows)


def test_table_running_over_a_page_break_keeps_its_header():
    header = ["x € 1.000", "2025", "2026"]
    doc = _doc([Block(HEADING, "Geld en middelen", level=1, page=1),
                _table([header, ["Baten", "9.840", "9.610"]], page=1),
                Block(PARAGRAPH, "Versie 1.0 - april 2025", page=1, zone=FOOTER),
                _table([header, ["Totaal lasten", "13.225", "13.205"]], page=2),
                Block(PARAGRAPH, "Het eigen vermogen bedroeg eind 2024 € 3,1 miljoen.", page=2)])
    tables = [b for b in doc.blocks if b.kind == TABLE]
    assert len(tables) == 1
    assert tables[0].rows == [header, ["Baten", "9.840", "9.610"], ["Totaal lasten", "13.225", "13.205"]]
    assert "Totaal lasten | 13.225" in tables[0].text


def test_tables_with_other_columns_stay_apart():
    doc = _doc([_table([["a", "b"], ["1", "2"]], page=1), _table([["x", "y", "z"], ["1", "2", "3"]], page=2)])
    assert len([b for b in doc.blocks if b.kind == TABLE]) == 2


def test_numberless_toc_whose_lines_repeat_later_headings():
    entries = ["1 Inleiding", "2 Basisondersteuning", "3 Toelaatbaarheid", "4 Terugplaatsing", "5 Financien"]
    blocks = [Block(PARAGRAPH, e, page=1) for e in entries]
    blocks += [Block(HEADING, e.split(" ", 1)[1], level=1, numbering=e.split(" ", 1)[0], page=2) for e in entries]
    blocks += [Block(PARAGRAPH, "Tekst van het hoofdstuk met genoeg woorden om een alinea te zijn.", page=2)]
    doc = _doc(blocks)
    assert [b.zone for b in doc.blocks[:5]] == [TOC] * 5
    assert all(b.kind == HEADING and b.zone != TOC for b in doc.blocks[5:10])


def test_a_toc_entry_that_tells_what_the_chapter_holds_is_a_toc_entry(tmp_path):
    from opcheck.readers import read_paths
    md = ("# Ondersteuningsplan 2026-2030\n\n## Inhoud\n\n- 1 Voorwoord\n- 2 Ondersteuning: basisondersteuning, "
          "toelaatbaarheid, terugplaatsing\n- 3 Ouders: informatie en onafhankelijke ondersteuning\n\n## Voorwoord\n\n"
          "Tekst.\n\n## 2 Ondersteuning\n\nTekst.\n\n## 3 Ouders\n\nTekst.\n")
    path = tmp_path / "plan.md"
    path.write_text(md, encoding="utf-8")
    doc = read_paths([path])
    entries = [b for b in doc.blocks if b.text.startswith(("2 Ondersteuning:", "3 Ouders:"))]
    assert len(entries) == 2 and all(b.zone == "toc" for b in entries)


def test_a_titled_toc_without_page_numbers_joined_into_one_paragraph_is_a_toc():
    titles = ["Voorwoord", "Inleiding", "Ouders en leerlingen", "Toewijzing en toelaatbaarheid", "Financieel kader"]
    blocks = [Block(HEADING, "Inhoudsopgave", level=1, page=1),
              Block(PARAGRAPH, " ".join(titles[:3]), page=1), Block(PARAGRAPH, " ".join(titles[3:]), page=1)]
    blocks += [Block(HEADING, t, level=1, page=2) for t in titles]
    blocks += [Block(PARAGRAPH, "Ouders en leerlingen lezen in dit hoofdstuk hoe wij hen informeren.", page=2)]
    doc = _doc(blocks)
    assert [b.zone for b in doc.blocks[:3]] == [TOC] * 3
    assert doc.blocks[-1].zone != TOC   # a sentence that opens with a heading's words is no entry


def test_a_toc_read_as_a_table_of_numbers_and_titles_is_a_toc(tmp_path):
    from opcheck.readers import read_paths
    titles = ["Voorwoord", "Inleiding", "Basisondersteuning", "Toewijzing", "Financien"]
    toc = "\n".join(f"{i}    {t}" for i, t in enumerate(titles, 1))
    body = "\n\n".join(f"{i}. {t.upper()}\n{'-' * (len(t) + 3)}\n\nDe tekst van dit hoofdstuk staat hier in een zin."
                         for i, t in enumerate(titles, 1))
    path = tmp_path / "plan.txt"
    path.write_text(f"ONDERSTEUNINGSPLAN 2026-2030\n\nINHOUD\n\n{toc}\n     Begrippenlijst\n\n{body}\n\nBEGRIPPENLIJST\n\nTLV: verklaring.\n",
                    encoding="utf-8")
    doc = read_paths([path])
    listing = next(b for b in doc.blocks if "Toewijzing" in b.text and "Voorwoord" in b.text)
    assert listing.zone == "toc"
    chapter = next(b for b in doc.blocks if b.text.startswith("De tekst"))
    assert "Begrippenlijst" not in chapter.section   # the TOC's last line opens no section


def test_an_unnumbered_annex_line_closes_a_numbered_toc():
    """"Bijlage Begrippenlijst (o.a. verdeelmodel, ...)" after "17 Planning" is the TOC's last entry, not body text."""
    titles = ["Voorwoord", "Toelaatbaarheid", "Financieel kader", "Planning en jaarcyclus"]
    blocks = [Block(HEADING, "Inhoudsopgave", level=1, page=1)]
    blocks += [Block(PARAGRAPH, f"{i} {t}", page=1) for i, t in enumerate(titles, 1)]
    blocks += [Block(PARAGRAPH, "Bijlage Begrippenlijst (o.a. verdeelmodel, meerjarenbegroting, beoogde en bereikte resultaten)", page=1)]
    blocks += [Block(HEADING, t, level=1, page=2 + i) for i, t in enumerate(titles)]
    doc = _doc(blocks)
    assert [b.zone for b in doc.blocks[:6]] == [TOC] * 6
