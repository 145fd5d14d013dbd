"""Structure shared by every format: section paths and the toc / glossary / annex / cover zones.

Readers deliver blocks in reading order with headings and the header/footer zone; this module
decides the rest the same way for PDF, Word, text and HTML.
"""
from __future__ import annotations

import re

from opcheck.document import (ANNEX, BODY, COVER, FOOTER, GLOSSARY, HEADER, HEADING, PARAGRAPH, TABLE, TOC, Block,
                              Document, table_text)
from opcheck.text import fold, in_capitals

_TOC_TITLE = re.compile(r"^(inhoud|inhoudsopgave|inhoudstafel|inhoudsindex|table of contents|contents)\b\W*$")
_GLOSSARY_TITLE = re.compile(
    r"\b(begrippenlijst|begrippen|begripsbepaling(en)?|begripsomschrijving(en)?|verklarende woordenlijst|woordenlijst|woordenboek|afkortingen(lijst)?"
    r"|lijst (van|met) (afkortingen|begrippen)|gebruikte afkortingen|glossary|definities|termen en afkortingen)\b")
_ANNEX_TITLE = re.compile(r"^(bijlage|bijlagen|appendix|annex)\b")
# "3.2 Toelaatbaarheid ........ 12", "Financien 23", "4 Terugplaatsing\t17"
_TOC_ENTRY = re.compile(r"(\.{3,}|…{2,}|\s[._·]{2,}\s*|\t)\s*(\d{1,3}|[-–—])\s*$"
                        r"|^\s*((?i:hoofdstuk|artikel|paragraaf|bijlage|deel|§)\s*(\d+|[a-h]|[ivx]+)?(\.\d+)*\.?:?\s+|\d+(\.\d+)*\.?\s+)?"
                        r"\D{3,90}?\s\d{1,3}\s*$")


def finalize(doc: Document) -> Document:
    """Assign zones and section paths in place; returns the same document."""
    by_file: dict[str, list[Block]] = {}
    for block in doc.blocks:
        by_file.setdefault(block.file, []).append(block)
    merged: set[int] = set()
    for blocks in by_file.values():
        merged.update(_join_across_pages(blocks))
    if merged:
        doc.blocks = [b for b in doc.blocks if id(b) not in merged]
        by_file = {}
        for block in doc.blocks:
            by_file.setdefault(block.file, []).append(block)
    for blocks in by_file.values():
        _mark_toc(blocks)
        _assign_sections_and_zones(blocks)
        _mark_glossary_runs(blocks)
        _mark_cover(blocks)
        _mark_repeated_chrome(blocks)
        _mark_run_in_headings(blocks)
    return doc


# A paragraph that opens with a short title of its own, "Afloop van de TLV. Terugkeer naar het regulier onderwijs is
# ...", "Bezwaar. Ouders die het niet eens zijn ...": the title is a subheading for that paragraph only. (A colon
# opens a statement as often as a title: "Basisondersteuning: iedere school biedt een stevige basis.")
_RUN_IN = re.compile(r"^\s*(?P<number>\d{1,2}(\.\d{1,2}){1,3}\.?\s+)?(?P<label>[A-Z][^.,:;!?()\d]{1,50}?)\s*\.\s+(?=\S)")
RUN_IN_MAX_WORDS = 4
RUN_IN_NUMBERED_MAX_WORDS = 7   # a paragraph number ("6.2 Terug naar het regulier vo. ...") marks a title by itself
RUN_IN_MIN_REST_WORDS = 8
# a verb, pronoun or adverb makes the opening a sentence ("Dat is belangrijk.", "Wij vinden dat:"), an abbreviation
# ("Bijv. ...") or a pointer ("Zie ...") no title
_NOT_A_TITLE = frozenset("""is zijn was waren wordt worden werd werden heeft hebben had hadden kan kunnen kon konden moet moeten mag mogen
wil willen zal zullen gaat gaan ging komt komen staat staan blijft blijven geldt gelden biedt bieden doet doen krijgt krijgen
houdt houden zorgt zorgen vindt vinden weet weten ziet zien lijkt lijken betekent bestaat helpt maakt maken begint eindigt
we wij ik u je jij zij ze hij er dit dat deze die zie lees let kijk ja nee dank welkom graag niet geen ook nog al maar want omdat
dus daarom kortom wel zo hier daar nu toen soms vaak altijd nooit samen bijv bv ca nl zgn incl excl etc vgl resp dwz evt mvg
mr dr drs ir ing prof""".split())


# ... or with a question it answers: "Wat betekent dit voor ouders? U mag van elke basisschool ..."
_RUN_IN_QUESTION = re.compile(r"^\s*(?P<label>(Wat|Hoe|Wie|Waar|Wanneer|Welke|Waarom)\b[^.?!:;]{3,70}\?)\s+(?=[A-Z])")
RUN_IN_QUESTION_MAX_WORDS = 9


def _run_in_title(text: str) -> str | None:
    m = _RUN_IN_QUESTION.match(text)
    if m and len(m.group("label").split()) <= RUN_IN_QUESTION_MAX_WORDS:
        label = m.group("label")
    else:
        m = _RUN_IN.match(text)
        if not m:
            return None
        words = m.group("label").split()
        longest = RUN_IN_NUMBERED_MAX_WORDS if m.group("number") else RUN_IN_MAX_WORDS
        if len(words) > longest or any(w.lower() in _NOT_A_TITLE for w in words):
            return None
        if any(len(w) > 3 and w.endswith("t") and not w.isupper() for w in words[1:]):
            return None   # a finite verb after the subject: "Onze regio verandert.", "Elk kind hoort erbij."
        label = m.group("label")
    if len(text[m.end():].split()) < RUN_IN_MIN_REST_WORDS:
        return None
    return label.strip()


def _mark_run_in_headings(blocks: list[Block]) -> None:
    for block in blocks:
        if block.zone not in (BODY, ANNEX):
            continue
        if block.kind == TABLE and block.rows and len(block.rows) == 1 and len(block.rows[0]) == 1:
            # a one-cell table is a box of text ("kader"), not a table of rows
            block.kind, block.rows = PARAGRAPH, None
        if block.kind != PARAGRAPH:
            continue
        title = _run_in_title(block.text)
        if title:
            block.section = (*block.section, title)


def _mark_repeated_chrome(blocks: list[Block]) -> None:
    """A paragraph repeated word for word on three or more places (a web page's footer in every section, a
    disclaimer under every chapter) is page furniture, like a running footer: it is not the plan's text."""
    counts: dict[str, int] = {}
    for block in blocks:
        if block.kind == PARAGRAPH and block.zone in (BODY, ANNEX) and len(block.text) >= 40:
            counts[block.text.strip()] = counts.get(block.text.strip(), 0) + 1
    repeated = {text for text, n in counts.items() if n >= 3}
    if repeated:
        for block in blocks:
            if block.kind == PARAGRAPH and block.zone in (BODY, ANNEX) and block.text.strip() in repeated:
                block.zone = FOOTER


_SENTENCE_OPEN = re.compile(r"[^.!?:;)\]\"”]\s*$")


def _continues_table(last: Block | None, block: Block) -> bool:
    return (last is not None and block.kind == TABLE and last.kind == TABLE and block.zone == last.zone
            and block.page is not None and last.page is not None and block.page == last.page + 1
            and bool(block.rows) and bool(last.rows) and len(block.rows[0]) == len(last.rows[0]) > 1)


def _open_bracket(text: str) -> bool:
    """The block stops inside brackets ("telefonisch (ma-do 9.00 -" / "15.00 uur) en via ..."): it goes on."""
    return text.count("(") > text.count(")")


def _cut_before_number(text: str, next_text: str) -> bool:
    """"... wordt in" / "2026-2027 samen met ... geformuleerd.": a sentence stopped on a lower-case word and the next
    page opens with a number, which a new paragraph seldom does."""
    words = text.rstrip().split()
    return next_text[:1].isdigit() and bool(words) and words[-1].isalpha() and words[-1].islower()


def _row_continues(above: list[str], row: list[str]) -> bool:
    """The first row on the new page goes on with the last row above it: every filled cell starts in lower case or
    continues a cell that was cut mid-sentence, and the first cell is not a new row's label."""
    filled = [(a, b) for a, b in zip(above, row) if b.strip()]
    return bool(filled) and len(above) == len(row) and row[0].strip()[:1].islower() and all(
        b.strip()[:1].islower() or _SENTENCE_OPEN.search(a) for a, b in filled) and any(a.strip() for a in above)


def _join_across_pages(blocks: list[Block]) -> set[int]:
    """A paragraph that runs over a page break comes out as two blocks, the second starting in lower
    case on the next page (after running headers and footers). Join them so sentences stay whole.
    Returns the ids of the blocks that were merged into their predecessor."""
    merged: set[int] = set()
    last: Block | None = None
    for block in blocks:
        if block.zone in ("header", "footer"):
            continue
        if (last is not None and block.kind == PARAGRAPH and last.kind == PARAGRAPH and block.zone == last.zone
                and block.page is not None and last.page is not None and block.page == last.page + 1
                and (block.text[:1].islower() or _open_bracket(last.text) or _cut_before_number(last.text, block.text))
                and _SENTENCE_OPEN.search(last.text)):
            last.text = f"{last.text.rstrip()} {block.text.lstrip()}"
            merged.add(id(block))
            continue
        if _continues_table(last, block):
            # a table running over a page break: the rows on the next page belong under the same header row
            rows = block.rows or []
            if rows and last.rows and [c.strip() for c in rows[0]] == [c.strip() for c in last.rows[0]]:
                rows = rows[1:]   # the header row repeated on the new page
            if rows and _row_continues(last.rows[-1], rows[0]):
                # a row split by the page break ("2a – Arrangement in de" / "school"): its cells run on
                last.rows = last.rows[:-1] + [[f"{a.rstrip()} {b.lstrip()}".strip() for a, b in zip(last.rows[-1], rows[0])]]
                rows = rows[1:]
            last.rows = (last.rows or []) + rows
            last.text = table_text(last.rows)
            merged.add(id(block))
            continue
        last = block
    return merged


def _looks_like_toc_entry(block: Block) -> bool:
    if block.kind == TABLE:
        rows = [r for r in (block.rows or []) if any(c.strip() for c in r)]
        if len(rows) >= 3 and len((rows[0][-1] or "").strip()) <= 12:
            rows = rows[1:]   # a header row ("Hoofdstuk | Onderwerp | Pagina")
        return bool(rows) and all(re.search(r"(^|\s|\.)\d{1,3}$", (r[-1] or "").strip()) for r in rows)
    text = block.text.strip()
    if not text or len(text) > 2000:
        return False
    short = _LEADER.sub(" ... ", text)    # dot leaders make entries long without adding words
    return len(short) <= 120 and bool(_TOC_ENTRY.search(short)) and not text.endswith((".", ":"))


_LEADER = re.compile(r"\.{3,}|…+|(\s?[._·]){3,}")
_LEADER_NUMBER = re.compile(r"(\.{3,}|…{2,}|(\s?[._·]){4,})\s*\d{1,3}\b")
_NUMBER_TOKEN = re.compile(r"^\d{1,3}(\.\d{1,2})*\.?$")


def _looks_like_merged_toc(block: Block) -> bool:
    """Several TOC entries that a reader joined into one paragraph: many short numbers, no sentences."""
    if block.kind not in (PARAGRAPH, "list_item") or len(block.text) > 5000:
        return False
    if len(_LEADER_NUMBER.findall(block.text)) >= 3:
        return True
    words = _LEADER.sub(" ", block.text).replace("–", " ").split()
    numbers = sum(1 for w in words if _NUMBER_TOKEN.match(w.strip(".")))
    sentences = len(re.findall(r"[a-z]{3,}[.!?](\s|$)", block.text))
    share = numbers / max(1, len(words))
    return len(words) >= 6 and numbers >= 4 and (share >= 0.2 or (numbers >= 8 and share >= 0.1)) and sentences <= 1


def _names_later_heading(block: Block, headings: set[str], heading_counts: dict[str, int] | None = None) -> bool:
    """A TOC without page numbers: short lines that repeat the document's own headings. A line the reader took
    for a heading itself ("7.1 Aanvraag en procedure", a numbered short line) is an entry when the same heading
    occurs again."""
    text = fold(block.text.strip())
    if block.kind == HEADING:
        return bool(heading_counts) and bool(text) and len(text) <= 100 and heading_counts.get(text, 0) >= 2
    if not text or len(text) > 100 or text.endswith((".", ":", ";")):
        return False
    if _names_heading(text, headings):
        return True
    # an entry that tells what the chapter holds: "4 Ondersteuning: basisondersteuning, toelaatbaarheid, ..."
    head = text.split(":", 1)[0].strip()
    return ":" in text and len(head) >= 4 and _names_heading(head, headings)


_ENTRY_NUMBER = re.compile(r"^(\d+(\.\d+)*\.?|hoofdstuk \d+:?|bijlage \w+:?)\s*")


def _names_heading(text: str, headings: set[str]) -> bool:
    """A TOC entry (folded) is a heading of the document, with or without its number ("3.2", "Hoofdstuk 4:")."""
    bare = _ENTRY_NUMBER.sub("", text)
    return bool(bare) and (bare in headings or text in headings)


def _short_line(block: Block) -> bool:
    text = block.text.strip()
    return block.kind in (PARAGRAPH, HEADING, "list_item") and 0 < len(text) <= 100 and not text.endswith((".", ":", ";"))


def _is_entry(block: Block, titled: bool, headings: set[str], heading_counts: dict[str, int] | None = None) -> bool:
    if _looks_like_toc_entry(block) or (block.kind == PARAGRAPH and len(block.text) <= 5000
                                         and len(_LEADER_NUMBER.findall(block.text)) >= 3):
        return True
    return bool(titled) and (_looks_like_merged_toc(block) or _names_later_heading(block, headings, heading_counts)
                             or _table_of_headings(block, headings) or _joins_headings(block, headings))


JOINED_ENTRY_MAX_WORDS = 12


def _joins_headings(block: Block, headings: set[str]) -> bool:
    """Entries of a TOC without page numbers that the reader joined into one paragraph ("Voorwoord Inleiding
    Leeswijzer Evaluatie van het plan ..."): the words are, nearly all of them, the document's headings in a row."""
    if block.kind != PARAGRAPH or len(block.text) > 5000:
        return False
    words = fold(block.text).split()
    named = covered = p = 0
    while p < len(words):
        for k in range(min(JOINED_ENTRY_MAX_WORDS, len(words) - p), 0, -1):
            if " ".join(words[p:p + k]) in headings:
                named, covered, p = named + 1, covered + k, p + k
                break
        else:
            p += 1
    return named >= 2 and covered * 10 >= len(words) * 9


def _table_of_headings(block: Block, headings: set[str]) -> bool:
    """A titled TOC read as a table ("1    Voorwoord" aligned in columns): most rows name a later heading."""
    if block.kind != TABLE or not block.rows or len(block.rows) < 3:
        return False
    named = sum(1 for row in block.rows
                if any(_names_heading(fold(cell.strip()), headings) for cell in row if cell.strip()))
    return named * 5 >= len(block.rows) * 3


TOC_GAP_LINES = 3


def _entries_resume(blocks: list[Block], j: int, headings: set[str], heading_counts: dict[str, int]) -> bool:
    """Short lines from j on, at most TOC_GAP_LINES of them, followed by another entry of a titled TOC."""
    for k in range(j, min(j + TOC_GAP_LINES, len(blocks) - 1)):
        if not (blocks[k].zone == BODY and _short_line(blocks[k])):
            return False
        following = blocks[k + 1]
        if following.zone == BODY and _is_entry(following, True, headings, heading_counts):
            return True
    return False


_LEADING_NUMBER = re.compile(r"^\s*(\d{1,2})[.)]?\s+\S")
# the annexes and lists that close a TOC, unnumbered
_ANNEX_ENTRY = re.compile(r"^\W*(bijlage|bijlagen|begrippenlijst|woordenlijst|afkortingenlijst|afkortingen|literatuurlijst|bronnen)\b", re.IGNORECASE)


def _numbered_next(previous: Block, block: Block) -> bool:
    """A short line numbered one on from the entry before it, or the next item of the same list of entries: the next
    entry, however it is worded."""
    def number(b: Block) -> int | None:
        m = _LEADING_NUMBER.match(f"{b.numbering} x" if b.numbering else b.text)
        return int(m.group(1)) if m else None

    if block.zone != BODY or not _short_line(block):
        return False
    if previous.kind == block.kind == "list_item" and not previous.numbering and not block.numbering:
        return True   # the same list of entries goes on (a reader that keeps no item numbers)
    before, this = number(previous), number(block)
    if before is not None and _ANNEX_ENTRY.match(block.text):
        return True   # "Bijlage Begrippenlijst (o.a. verdeelmodel, ...)" after "17 Planning en jaarcyclus"
    return before is not None and this == before + 1


def _mark_toc(blocks: list[Block]) -> None:
    """A TOC is a titled list of entries, or any run of >= 3 entry-like lines with page numbers."""
    headings = {fold(b.text.strip()) for b in blocks if b.kind == HEADING} | {
        fold(b.heading_text.strip()) for b in blocks if b.kind == HEADING}
    heading_counts: dict[str, int] = {}
    for b in blocks:
        if b.kind == HEADING:
            key = fold(b.text.strip())
            heading_counts[key] = heading_counts.get(key, 0) + 1
    i = 0
    while i < len(blocks):
        block = blocks[i]
        if block.zone != BODY and block.zone != TOC:
            i += 1
            continue
        titled = len(block.text) < 40 and _TOC_TITLE.match(fold(block.text.strip()))
        # an untitled TOC without page numbers: four or more lines in a row that each repeat a later heading
        untitled_names = (not titled and i + 4 <= len(blocks)
                          and all(blocks[k].zone == BODY and blocks[k].kind != HEADING
                                  and _names_later_heading(blocks[k], headings) for k in range(i, i + 4)))
        j = i + (1 if titled else 0)
        listed: set[str] = set()
        while j < len(blocks):
            if blocks[j].kind == HEADING and fold(blocks[j].text.strip()) in listed:
                break   # the first entry's own heading: the body begins
            listed.add(fold(blocks[j].text.strip()))
            if blocks[j].zone == TOC or (blocks[j].zone == BODY and _is_entry(blocks[j], titled or untitled_names, headings,
                                                                             heading_counts)):
                j += 1
            elif titled and j > i + 1 and _entries_resume(blocks, j, headings, heading_counts):
                j += 1   # a line or two amid entries (worded unlike the heading they list, or for a section the body lacks)
            elif titled and j > i + 1 and _numbered_next(blocks[j - 1], blocks[j]):
                j += 1   # "13. Woordenlijst (terugplaatsing, verdeelmodel en meer)" after "12. Organisatie"
            else:
                break
        run = j - (i + (1 if titled else 0))
        if (titled and run >= 1) or run >= 3:
            for b in blocks[i:j]:
                b.zone = TOC
                if b.kind == HEADING and not (titled and b is block):
                    b.kind, b.level = PARAGRAPH, 0
            if titled:
                block.kind, block.level = HEADING, max(block.level, 1)
            i = j
        else:
            i += 1


def _next_content(blocks: list[Block], i: int) -> Block | None:
    """The next block after i that is not running header or footer."""
    for j in range(i + 1, len(blocks)):
        if blocks[j].zone not in (HEADER, FOOTER):
            return blocks[j]
    return None


def _assign_sections_and_zones(blocks: list[Block]) -> None:
    stack: list[tuple[int, str, str]] = []   # (level, heading text, zone it opens)
    for i, block in enumerate(blocks):
        if block.zone in (TOC,) or block.zone not in (BODY, ANNEX, GLOSSARY, COVER):
            block.section = tuple(t for _, t, _ in stack)
            continue
        if block.kind == HEADING:
            level = block.level or 1
            while stack and stack[-1][0] >= level:
                stack.pop()
            inherited = stack[-1][2] if stack else BODY
            folded = fold(block.text)
            following = _next_content(blocks, i) if _GLOSSARY_TITLE.search(folded) and len(folded) < 80 else None
            if following is not None and not (following.kind == HEADING and len(following.text.strip()) > 2):
                # (a "Begrippen" line straight above another heading is an entry of an agenda or contents slide; a
                # glossary's letter headings "A", "B" are not)
                zone = GLOSSARY
            elif _ANNEX_TITLE.match(fold(block.heading_text)) and inherited != GLOSSARY:
                zone = ANNEX
            else:
                zone = inherited
            stack.append((level, block.heading_text, zone))
            block.section = tuple(t for _, t, _ in stack)
            block.zone = zone
        else:
            block.section = tuple(t for _, t, _ in stack)
            if stack and block.zone == BODY:
                block.zone = stack[-1][2]


_GLOSSARY_HEADER = re.compile(r"^(begrip|term|afkorting|woord)\w*\b", re.IGNORECASE)


def _missed_chapter_title(block: Block) -> bool:
    """A plain line in capitals ("1 WIE WIJ ZIJN", "VOORWOORD"): a heading the reader did not recognise."""
    text = _ENTRY_NUMBER.sub("", block.text.strip())
    return (block.kind == PARAGRAPH and in_capitals(text, 7) and len(text.split()) <= 8
            and not any(mark in text for mark in (":", " - ", " – ", "=", ".")))


def _mark_glossary_runs(blocks: list[Block]) -> None:
    """A glossary whose title a reader did not take for a heading ("Bijlage: begrippen" as a plain line):
    everything after such a short title line up to the next heading is glossary. A two-column table
    headed Begrip/Afkorting is one too. Their words define terms; they do not plan anything."""
    in_glossary = False
    for block in blocks:
        if block.kind == HEADING:
            in_glossary = False
            continue
        if block.zone not in (BODY, ANNEX):
            continue
        text = fold(block.text.strip())
        if block.kind == PARAGRAPH and len(text.split()) <= 6 and len(text) < 60 and _GLOSSARY_TITLE.search(text) \
                and not text.endswith("."):
            in_glossary = True
            block.zone = GLOSSARY
            continue
        if in_glossary and _missed_chapter_title(block):
            in_glossary = False   # the glossary title was a contents line; a chapter the reader missed begins here
        if in_glossary:
            block.zone = GLOSSARY
        elif block.kind == TABLE:
            rows = block.rows or []
            if rows and len(rows[0]) == 2 and _GLOSSARY_HEADER.match(fold(rows[0][0] or "")):
                block.zone = GLOSSARY


def _mark_cover(blocks: list[Block]) -> None:
    """The title page: on paged documents, what stands on page 1 before the table of contents or the
    first chapter, if it is short; unpaged, a short lead-in before the first chapter heading."""
    body = [b for b in blocks if b.zone == BODY]
    if not body:
        return
    paged = body[0].page is not None
    lead: list[Block] = []
    toc_at = next((i for i, b in enumerate(blocks[:40]) if b.zone == TOC), None)
    if not paged and toc_at is not None:
        lead = [b for b in blocks[:toc_at] if b.zone == BODY]
        if sum(len(b.text.split()) for b in lead) <= 150:
            for b in lead:
                b.zone = COVER
        return
    for block in blocks:
        if block.zone == TOC:
            break
        if block.zone != BODY:
            continue
        if paged:
            if block.page != body[0].page or (block.kind == HEADING and (block.numbering or _CHAPTER.match(fold(block.text)))):
                break
        elif block.kind == HEADING and (block.numbering or lead or block.level > 1):
            break
        lead.append(block)
    words = sum(len(b.text.split()) for b in lead)
    if lead and words <= (150 if paged else 120) and len(lead) < len(body):
        for b in lead:
            b.zone = COVER


_CHAPTER = re.compile(r"^(hoofdstuk|inleiding|voorwoord|samenvatting|woord vooraf)\b")
