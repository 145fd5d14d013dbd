"""Reader for plain text and Markdown plans.

`read(path, options, fmt)` decodes the file (BOM, UTF-8, cp1252, latin-1 as a last resort), normalises
newlines and turns the text into blocks. Markdown: ATX and Setext headings, lists, pipe tables,
paragraphs, fenced code (as paragraphs), inline markup stripped. Plain text: headings from numbered,
ALL-CAPS and underlined short lines; bullets; paragraphs separated by blank lines with line-end
hyphenation repaired; form feeds count as page breaks.

The helpers `decode_bytes` and `split_numbering` are shared with the HTML reader.
"""
from __future__ import annotations

import html as _html
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from opcheck.document import HEADING, LIST_ITEM, PARAGRAPH, TABLE, Block, Document, SourceFile, table_text
from opcheck.errors import InputError
from opcheck.text import in_capitals

# --------------------------------------------------------------------------------------------------
# Decoding
# --------------------------------------------------------------------------------------------------

_BOMS = (
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
# Control characters that do not belong in text (tab, newline, vertical tab, form feed, carriage
# return and the DOS end-of-file marker \x1a are allowed).
_ALLOWED_CONTROLS = frozenset("\t\n\x0b\x0c\r\x1a")


def _binary_error(path: str) -> InputError:
    return InputError(
        f"{path} lijkt geen tekstbestand te zijn (het bevat veel onleesbare of binaire tekens). "
        "Sla het bestand op als UTF-8-tekst, Word (.docx) of PDF en probeer opnieuw.",
        f"{path} does not look like a text file (it contains many unreadable or binary characters). "
        "Save the file as UTF-8 text, Word (.docx) or PDF and try again.")


def _bad_char_count(text: str) -> int:
    """Characters that do not occur in real text: C0/C1 controls (except whitespace) and U+FFFD."""
    bad = 0
    for ch in text:
        if ch == "\ufffd":
            bad += 1
        elif ch < " " and ch not in _ALLOWED_CONTROLS:
            bad += 1
        elif "\x7f" <= ch <= "\x9f":
            bad += 1
    return bad


def looks_like_text(text: str) -> bool:
    """True unless the decoded text is clearly binary (NULs or many control characters)."""
    if not text:
        return True
    sample = text[:200_000]
    bad = _bad_char_count(sample)
    return bad <= max(2, len(sample) // 200)  # at most 0.5 %, and a couple of strays


def _bomless_utf16(data: bytes) -> str | None:
    """Detect UTF-16 without a BOM: NUL bytes in (almost) every other position of ASCII-ish text."""
    sample = data[:4096]
    if len(sample) < 8 or len(sample) % 2:
        sample = sample[: len(sample) - len(sample) % 2]
    if len(sample) < 8:
        return None
    even_nul = sum(1 for b in sample[0::2] if b == 0)
    odd_nul = sum(1 for b in sample[1::2] if b == 0)
    half = len(sample) // 2
    if odd_nul > 0.6 * half and even_nul < 0.05 * half:
        return "utf-16-le"
    if even_nul > 0.6 * half and odd_nul < 0.05 * half:
        return "utf-16-be"
    return None


def decode_bytes(data: bytes, path: str, declared: str | None = None) -> tuple[str, str, list[str]]:
    """Decode file content; return (text, encoding name, warnings). Raise InputError for binary data.

    Order: BOM, UTF-16 without BOM, a declared encoding (HTML meta charset) if it decodes cleanly,
    strict UTF-8, mostly-UTF-8 with a few bad bytes, cp1252 (strict: the five bytes cp1252 leaves
    undefined fail), and as the last resort the Western code page (latin-1, cp850, mac_roman) that reads
    most like Dutch, provided the result still looks like text.
    """
    warnings: list[str] = []
    for bom, enc in _BOMS:
        if data.startswith(bom):
            text = data[len(bom):].decode(enc, errors="replace")
            if not looks_like_text(text):
                raise _binary_error(path)
            return text, enc + ("-sig" if enc == "utf-8" else ""), warnings
    enc16 = _bomless_utf16(data)
    if enc16:
        text = data.decode(enc16, errors="replace")
        if looks_like_text(text):
            return text, enc16, warnings
    if b"\x00" in data[:65536] and data[:65536].count(b"\x00") > 2:
        raise _binary_error(path)
    if declared:
        try:
            text = data.decode(declared)
        except (LookupError, UnicodeDecodeError):
            pass
        else:
            if looks_like_text(text):
                return text, declared, warnings
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        if not looks_like_text(text):
            raise _binary_error(path)
        return text, "utf-8", warnings
    # Mostly UTF-8 with a few broken bytes (e.g. text pasted together from two sources).
    replaced = data.decode("utf-8", errors="replace")
    n_bad = replaced.count("\ufffd")
    n_multi = sum(1 for ch in replaced if ch > "\x7f" and ch != "\ufffd")
    if n_multi >= 4 * n_bad and n_bad <= 20:
        if looks_like_text(replaced.replace("\ufffd", "")):
            warnings.append(
                f"{path}: {n_bad} ongeldige UTF-8-bytes vervangen door \ufffd. Sla het bestand op als UTF-8. / "
                f"{n_bad} invalid UTF-8 bytes replaced. Save the file as UTF-8.")
            return replaced, "utf-8", warnings
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        pass
    else:
        if looks_like_text(text):
            return text, "cp1252", warnings
        raise _binary_error(path)
    # cp1252 failed (bytes it leaves undefined): choose among Western code pages by what reads as Dutch.
    # (charset-normalizer is not asked here: on short Dutch text it guesses Baltic or Cyrillic code pages.)
    candidates = ["latin-1", "cp850", "mac_roman"]
    scored = []
    for enc in candidates:
        try:
            text = data.decode(enc)
        except (LookupError, UnicodeDecodeError):
            continue
        scored.append((_western_score(text), -len(scored), enc, text))
    scored.sort(reverse=True)
    for _score, _order, enc, text in scored:
        if looks_like_text(text):
            warnings.append(
                f"{path}: tekencodering onbekend, gelezen als {enc}; letters als ë en € kunnen verkeerd zijn. "
                "Sla het bestand op als UTF-8. / "
                f"unknown encoding, read as {enc}; characters like ë and € may be wrong. Save the file as UTF-8.")
            return text, enc, warnings
    raise _binary_error(path)


_DUTCH_GOOD = frozenset("ëïéèöüáóúàâêôûçäíñ€ËÏÉÖÜ’‘“”–—…•")


def _western_score(text: str) -> int:
    """How Dutch a decoding reads: common accented letters count for, box drawing and accented capitals
    inside words count against (C1 controls are what made cp1252 fail, so they are not held against
    latin-1 here; `looks_like_text` limits them)."""
    score = 0
    prev = ""
    for ch in text[:200_000]:
        if ch > "\x7f":
            if ch in _DUTCH_GOOD and not (ch.isupper() and prev.islower()):
                score += 1
            elif "\u2500" <= ch <= "\u259f" or (ch.isupper() and prev.islower()):
                score -= 3
            elif not ch.isalpha():
                score -= 1
        prev = ch
    return score


def normalize_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")


# --------------------------------------------------------------------------------------------------
# Shared text helpers
# --------------------------------------------------------------------------------------------------

_NUMBERING_RE = re.compile(
    r"^(?P<num>\d{1,2}(?:\.\d{1,2}){0,5}\.?|[IVXLC]{1,6}\.|[A-Z]\.)\s+(?P<rest>\S.*)$")
_CHAPTER_RE = re.compile(
    r"^(?P<word>hoofdstuk|chapter|deel|paragraaf)\s+(?P<num>\d{1,2}(?:\.\d{1,2}){0,5}|[IVXLC]{1,6})\b\.?"
    r"\s*(?:[:.\-\u2013\u2014]\s*)?(?P<rest>.*)$", re.IGNORECASE)
_ANNEX_RE = re.compile(r"^(bijlage|bijlagen|annex|appendix)\s+(\d{1,2}(?:\.\d{1,2})*|[A-Z]|[IVX]{1,5})\b",
                       re.IGNORECASE)


def collapse(text: str) -> str:
    """Collapse whitespace (incl. no-break spaces) to single spaces; drop soft hyphens and zero-widths."""
    text = text.replace("\u00ad", "").replace("\u200b", "").replace("\ufeff", "")
    return " ".join(text.split())


def split_numbering(text: str) -> tuple[str | None, str, int]:
    """Split a heading's numbering: "3.2 Terugplaatsing" -> ("3.2", "Terugplaatsing", 2).

    Chapter and annex headings ("Hoofdstuk 4: Financiën", "Bijlage 3 Verdeelmodel") keep their full text
    and get no numbering, as the Word reader does (the words matter downstream); their depth is 1
    ("Paragraaf 4.2 …": 2). The depth is the number of numbering components (0 without numbering).
    """
    text = collapse(text)
    if _ANNEX_RE.match(text):
        return None, text, 1
    m = _CHAPTER_RE.match(text)
    if m:
        num = m.group("num")
        depth = 1 if m.group("word").lower() != "paragraaf" else max(1, num.count(".") + 1)
        return None, text, depth
    m = _NUMBERING_RE.match(text)
    if m:
        num = m.group("num").rstrip(".")
        rest = m.group("rest").strip()
        if rest[:1].isalpha() or rest[:1] in "\"'“‘(":
            depth = num.count(".") + 1 if num[:1].isdigit() else 1
            return num, rest, depth
    return None, text, 0


_SUSPENDED_FOLLOWERS = frozenset({"en", "of", "tot", "t/m", "en/of", "als", "noch", "maar", "and", "or", "to"})


def join_lines(lines: list[str]) -> str:
    """Join wrapped lines into one text: repair line-end hyphenation, keep suspended hyphens."""
    parts: list[str] = []
    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        if not parts:
            parts.append(line)
            continue
        prev = parts[-1]
        if prev.endswith("-") and len(prev) >= 2 and prev[-2].isalpha():
            first_word = line.split()[0]
            if first_word.lower().rstrip(",;") in _SUSPENDED_FOLLOWERS or first_word[:1] in "&,":
                parts.append(" " + line)               # "ouder- en jeugdsteunpunt": suspended hyphen
            elif prev[-2].isupper() or not line[:1].islower():
                parts.append(line)                     # "VO-scholen", "Noord-Brabant": real hyphen
            else:
                parts[-1] = prev[:-1]                  # "onder-" + "steuning" -> "ondersteuning"
                parts.append(line)
        elif prev.endswith("\u00ad"):
            parts[-1] = prev[:-1]
            parts.append(line)
        else:
            parts.append(" " + line)
    return collapse("".join(parts))


# Markdown inline markup. Emphasis spans are bounded (_SPAN characters) so that many unclosed markers
# in one long paragraph cost linear, not quadratic, time.
_SPAN = 400
_MD_INLINE = [
    (re.compile(r"!\[[^\[\]]*\]\([^()]*\)"), ""),                # images dropped
    (re.compile(r"!\[[^\[\]]*\]\[[^\[\]]*\]"), ""),
    (re.compile(r"`+([^`]*?)`+"), r"\1"),                          # code spans
    (re.compile(r"\[\^[^\[\]]+\]"), ""),                            # footnote references
    (re.compile(r"\[([^\[\]]*)\]\([^()]*\)"), r"\1"),               # [text](url)
    (re.compile(r"\[([^\[\]]+)\]\[[^\[\]]*\]"), r"\1"),             # [text][ref]
    (re.compile(r"<((?:https?|mailto|ftp):[^>\s]+)>"), r"\1"),     # autolinks
    (re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>"), " "),  # inline HTML tags
    (re.compile(r"\*\*(?=\S)(.{1,%d}?)(?<=\S)\*\*" % _SPAN), r"\1"),
    (re.compile(r"(?<!\w)__(?=\S)(.{1,%d}?)(?<=\S)__(?!\w)" % _SPAN), r"\1"),
    (re.compile(r"(?<![\w*])\*(?=[^\s*])(.{1,%d}?)(?<=[^\s*])\*(?![\w*])" % _SPAN), r"\1"),
    (re.compile(r"(?<![\w])_(?=\S)(.{1,%d}?)(?<=\S)_(?![\w])" % _SPAN), r"\1"),
    (re.compile(r"~~(?=\S)(.{1,%d}?)(?<=\S)~~" % _SPAN), r"\1"),
    (re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~<])"), r"\1"),          # backslash escapes
]


def _drop_comments(text: str, keep_lines: bool = False) -> str:
    """Remove <!-- ... --> in one linear pass with str.find (a lazy regex rescans the rest of the text for
    every unclosed "<!--", which is quadratic on hostile input). keep_lines leaves the comment's newlines,
    so line numbers stay right."""
    if "<!--" not in text:
        return text
    out = []
    pos = 0
    while True:
        start = text.find("<!--", pos)
        if start < 0:
            break
        end = text.find("-->", start + 4)
        if end < 0:
            break
        out.append(text[pos:start])
        if keep_lines:
            out.append("\n" * text.count("\n", start, end))
        pos = end + 3
    out.append(text[pos:])
    return "".join(out)


def strip_inline(text: str) -> str:
    text = _drop_comments(text)
    for pattern, repl in _MD_INLINE:
        text = pattern.sub(repl, text)
    if "&" in text:
        text = _html.unescape(text)
    return collapse(text)


# --------------------------------------------------------------------------------------------------
# Block builder
# --------------------------------------------------------------------------------------------------

@dataclass
class _Builder:
    file: str
    blocks: list[Block] = field(default_factory=list)

    def add(self, kind: str, text: str, line: int, page: int | None = None, **kw) -> Block | None:
        text = "\n".join(collapse(row) for row in text.split("\n")) if kind == TABLE else collapse(text)
        if not text and kind != TABLE:
            return None
        if kind == TABLE and not kw.get("rows"):
            return None
        block = Block(kind=kind, text=text, file=self.file, page=page, index=len(self.blocks), line=line, **kw)
        self.blocks.append(block)
        return block

    def heading(self, raw: str, line: int, level: int | None = None, page: int | None = None) -> Block | None:
        numbering, text, depth = split_numbering(raw)
        if level is None:
            level = depth or 1
        return self.add(HEADING, text, line, page, level=max(1, min(level, 9)), numbering=numbering)


# --------------------------------------------------------------------------------------------------
# Markdown
# --------------------------------------------------------------------------------------------------

_ATX_RE = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+(.*))?$")  # group 2 keeps trailing blanks (greedy: linear)
_SETEXT_RE = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
_HR_RE = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_FENCE_RE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_MD_LIST_RE = re.compile(r"^([ \t]*)([-*+]|\d{1,9}[.)])(?:[ \t]+(.*))?$")
_TABLE_SEP_RE = re.compile(r"^ {0,3}\|?[ \t]*:?-{1,}:?[ \t]*(?:\|[ \t]*:?-{1,}:?[ \t]*)*\|?[ \t]*$")
_LINK_DEF_RE = re.compile(r"^ {0,3}\[[^\]]+\]:\s*\S+")
_QUOTE_RE = re.compile(r"^ {0,3}(?:>[ \t]?)+")


_PANDOC_ATTR_RE = re.compile(r"\{[#.][^{}]*\}$")


def _strip_atx_tail(content: str) -> str:
    """Drop an ATX closing sequence (" ##") and pandoc attributes ("{#id .class}") at the end of a
    heading. Without regexes that search from every space: those are quadratic on long runs of spaces."""
    core = content.rstrip(" \t")
    if core.endswith("#"):
        bare = core.rstrip("#")
        if not bare or bare[-1] in " \t":
            content = core = bare.rstrip(" \t")
    core = content.rstrip()
    if core.endswith("}"):
        start = core.rfind("{")
        if start >= 0 and _PANDOC_ATTR_RE.match(core, start):
            content = core[:start].rstrip()
    return content


def _split_cells(line: str) -> list[str]:
    s = line.strip()
    if s.startswith("|"):
        s = s[1:]
    if s.endswith("|") and not s.endswith("\\|"):
        s = s[:-1]
    return [strip_inline(cell.replace("\\|", "|")) for cell in re.split(r"(?<!\\)\|", s)]


_GRID_BORDER = re.compile(r"^\s*\+([-=:]+\+)+\s*$")


def grid_table(lines: list[str], i: int) -> tuple[int, list[list[str]]] | None:
    """A grid table (pandoc, Emacs, psql): "+-----+-----+" borders, "| cell | cell |" lines, a cell's text running over
    several lines until the next border. Returns the index after the table and its rows, or None."""
    if not _GRID_BORDER.match(lines[i]):
        return None
    border = lines[i].rstrip()
    offset = len(border) - len(border.lstrip())
    cuts = [k for k, ch in enumerate(border) if ch == "+"]
    rows: list[list[str]] = []
    pieces: list[list[str]] = [[] for _ in cuts[1:]]
    header_done = False

    def close() -> None:
        nonlocal pieces
        if any(any(cell) for cell in pieces):
            rows.append([" ".join(p for p in cell if p) for cell in pieces])
        pieces = [[] for _ in cuts[1:]]

    j = i + 1
    while j < len(lines):
        line = lines[j].rstrip()
        if _GRID_BORDER.match(line):
            if not any(any(cell) for cell in pieces) and not any(pieces[0]):
                break   # two borders in a row: no grid table (a ruled line drawing, or hostile input)
            close()
            header_done = header_done or "=" in line or bool(rows)
            j += 1
            continue
        if not line[offset:offset + 1] == "|":
            break
        cells = [line[cuts[k] + 1:cuts[k + 1]].strip(" |") for k in range(len(cuts) - 1)]
        # body rows without borders between them: a row starts where the first column has text again
        if header_done and cells[0] and any(pieces[0]):
            close()
        for k, cell in enumerate(cells):
            pieces[k].append(cell)
        j += 1
    if j == i + 1 or not rows:
        return None
    return j, [row for row in rows if any(row)]


def parse_markdown(text: str, file: str) -> tuple[list[Block], str | None]:
    b = _Builder(file)
    lines = _drop_comments(text, keep_lines=True).split("\n")
    n = len(lines)
    title: str | None = None
    i = 0
    # YAML front matter
    if lines and lines[0].strip() == "---":
        for j in range(1, min(n, 60)):
            if lines[j].strip() in ("---", "..."):
                for fm in lines[1:j]:
                    m = re.match(r"^title\s*:\s*(.+)$", fm.strip(), re.I)
                    if m:
                        title = collapse(m.group(1).strip().strip("\"'")) or None
                i = j + 1
                break
            if lines[j].strip() and not re.match(r"^[\w-]+\s*:|^\s+|^-\s", lines[j]):
                break

    para: list[str] = []
    para_kind = PARAGRAPH
    para_line = 0
    prev_quote = False

    def flush() -> None:
        nonlocal para, para_kind
        if para:
            b.add(para_kind, strip_inline(join_lines(para)), para_line)
        para = []
        para_kind = PARAGRAPH

    while i < n:
        raw = lines[i]
        lineno = i + 1
        q = _QUOTE_RE.match(raw)
        is_quote = bool(q)
        line = raw[q.end():] if q else raw
        if is_quote != prev_quote:
            flush()
        prev_quote = is_quote

        fence = _FENCE_RE.match(line)
        if fence:
            flush()
            marker = fence.group(1)
            code: list[str] = []
            start = lineno
            i += 1
            while i < n:
                inner = lines[i]
                qi = _QUOTE_RE.match(inner) if is_quote else None
                inner = inner[qi.end():] if qi else inner
                if re.match(r"^ {0,3}" + re.escape(marker[0]) + "{" + str(len(marker)) + r",}[ \t]*$", inner):
                    break
                code.append(inner)
                i += 1
            b.add(PARAGRAPH, collapse(" ".join(code)), start)
            i += 1
            continue

        if not line.strip():
            flush()
            i += 1
            continue

        atx = _ATX_RE.match(line)
        if atx:
            flush()
            content = _strip_atx_tail((atx.group(2) or "").rstrip(" \t"))
            b.heading(strip_inline(content), lineno, level=len(atx.group(1)))
            i += 1
            continue

        setext = _SETEXT_RE.match(line)
        if setext and para and para_kind == PARAGRAPH:
            level = 1 if setext.group(1)[0] == "=" else 2
            heading_text = strip_inline(join_lines(para))
            start = para_line
            para = []
            b.heading(heading_text, start, level=level)
            i += 1
            continue

        if _HR_RE.match(line):
            flush()
            i += 1
            continue

        grid = grid_table(lines, i) if line.lstrip().startswith("+") and not is_quote else None
        if grid is not None:
            flush()
            end, rows = grid
            b.add(TABLE, table_text(rows), lineno, rows=rows)
            i = end
            continue

        if "|" in line and i + 1 < n:
            nxt = lines[i + 1]
            qn = _QUOTE_RE.match(nxt) if is_quote else None
            nxt = nxt[qn.end():] if qn else nxt
            if "-" in nxt and _TABLE_SEP_RE.match(nxt) and ("|" in nxt or line.strip().startswith("|")):
                flush()
                start = lineno
                rows = [_split_cells(line)]
                i += 2
                while i < n:
                    row = lines[i]
                    qr = _QUOTE_RE.match(row) if is_quote else None
                    row = row[qr.end():] if qr else row
                    if not row.strip() or "|" not in row:
                        break
                    rows.append(_split_cells(row))
                    i += 1
                rows = [r for r in rows if any(c for c in r)]
                if rows:
                    b.add(TABLE, table_text(rows), start, rows=rows)
                continue

        if _LINK_DEF_RE.match(line):
            flush()
            i += 1
            continue

        item = _MD_LIST_RE.match(line)
        if item and (item.group(3) or "").strip():
            flush()
            para = [item.group(3)]
            para_kind = LIST_ITEM
            para_line = lineno
            i += 1
            continue

        if not para:
            para_line = lineno
        para.append(line)
        i += 1
    flush()

    if title is None:
        first = next((blk for blk in b.blocks if blk.kind == HEADING), None)
        title = first.heading_text if first else None
    return b.blocks, title


# --------------------------------------------------------------------------------------------------
# Plain text
# --------------------------------------------------------------------------------------------------

@dataclass
class _Line:
    no: int             # 1-based physical line
    page: int           # 1-based page (form feeds)
    text: str           # without form feeds, right-stripped
    page_break: bool    # a form feed precedes this line's text

    @property
    def blank(self) -> bool:
        return not self.text.strip()

    @property
    def stripped(self) -> str:
        return self.text.strip()


_BULLET_RE = re.compile(
    r"^(?P<indent>[ \t]*)(?P<bullet>[-*+\u2022\u2013\u2014\u00b7\u25aa\u25cf\u25e6\u25ba\u2023\u2043\uf0b7o]"
    r"|\d{1,2}[.)]|[a-z][.)]|\(\d{1,2}\)|\([a-z]\))[ \t]+(?P<rest>\S.*)$")
UNDERLINED_TITLE_MAX_WORDS = 18
_UNDERLINE_RE = re.compile(r"^[ \t]*(={3,}|-{3,})[ \t]*$")
_RULE_RE = re.compile(r"^[ \t]*([-=_*~#])(?:[ \t]*\1){2,}[ \t]*$")
# dot leaders before a page number, or before a dash where an entry has no page ("Bijlage 3 Reglement (separaat) ...... -")
_TOC_LINE_RE = re.compile(r"(?:\.{4,}|\u2026{2,}|(?:\. ){3,}|_{4,})\s*(?:\d{1,4}|[-\u2013\u2014])\s*$|(?:\t|\s{3,})\d{1,4}$")
_PLAIN_NUM_RE = re.compile(r"^(\d{1,2}(?:\.\d{1,2}){0,5})(\.?)[ \t]+(\S.*)$")
_DOT_ITEM_RE = re.compile(r"^\s*\d{1,2}[.)]\s+\S")
_BARE_ITEM_RE = re.compile(r"^\s*\d{1,2}\s+\S")
_TERMINAL = (".", "!", "?", ":", ";", ",")


def _split_lines(text: str) -> tuple[list[_Line], int | None]:
    out: list[_Line] = []
    page = 1
    has_ff = "\f" in text
    pending_break = False
    for no, physical in enumerate(text.split("\n"), start=1):
        segments = physical.split("\f")
        for j, seg in enumerate(segments):
            if j > 0:
                page += 1
                pending_break = True
            if len(segments) > 1 and not seg.strip():
                continue  # only a form feed here: the break applies to the next text line
            out.append(_Line(no, page, seg.rstrip().replace("\x1a", ""), pending_break and bool(seg.strip())))
            if seg.strip():
                pending_break = False
    if not has_ff:
        return out, None
    last_text_page = max((ln.page for ln in out if not ln.blank), default=1)
    return out, last_text_page


_PAGE_REF_RE = re.compile(r"^\D.{1,100}?[^\s.,;:!?]\s+\d{1,3}$|^\d{1,2}(?:\.\d{1,2})*\.?\s+\D.{1,100}?\s\d{1,3}$")


def _toc_like(lines: list[_Line], i: int) -> bool:
    """A table-of-contents line: dot leaders or a tab before a page number, or a run of short lines
    that each end in a page number ("3.2 Terugplaatsing 12")."""
    s = lines[i].stripped
    if not _may_end_toc_line(s):
        return False   # (cheap test first: the leader pattern backtracks over a 200 000-dot line)
    if _TOC_LINE_RE.search(s[-300:]):
        return True
    if not s[-1:].isdigit():
        return False
    if _word_count(s) > 14 or not _PAGE_REF_RE.match(s):
        return False
    for j in (i - 1, i + 1):
        if 0 <= j < len(lines) and not lines[j].blank:
            t = lines[j].stripped
            if not t[-1:].isdigit():
                continue
            if _TOC_LINE_RE.search(t[-300:]) or (_word_count(t) <= 14 and _PAGE_REF_RE.match(t)):
                return True
    return False


def _may_end_toc_line(s: str) -> bool:
    """A TOC line ends in a page number or, for an entry without a page, a dash."""
    return s[-1:].isdigit() or s[-1:] in ("-", "\u2013", "\u2014")


def _word_count(s: str) -> int:
    return len(s.split())


def _plain_heading(lines: list[_Line], i: int) -> tuple[str, int | None] | None:
    """Is line i a heading in plain text? Return (heading text, level or None for "from numbering")."""
    s = lines[i].stripped
    if not s or len(s) > 150 or _word_count(s) > 12 or s.endswith(_TERMINAL):
        return None
    if _may_end_toc_line(s) and _TOC_LINE_RE.search(s[-300:]):
        return None
    nxt = lines[i + 1] if i + 1 < len(lines) else None
    if nxt is not None and not nxt.blank and nxt.stripped[:1].islower() and not nxt.page_break:
        return None  # the line wraps into the next one: a sentence, not a heading
    m = _CHAPTER_RE.match(s)
    if m:
        rest = m.group("rest").strip()
        if not rest or rest[:1].isupper() or rest[:1].isdigit():
            return s, None
        return None
    m = _ANNEX_RE.match(s)
    if m:
        rest = s[m.end():].lstrip(" :.-\u2013\u2014")
        if not rest or rest[:1].isupper():
            return s, 1
        return None
    m = _PLAIN_NUM_RE.match(s)
    if m:
        num, dot, rest = m.groups()
        if not rest[:1].isupper():
            return None
        if "." not in num:
            # "1. Inleiding" or "1 Inleiding": a heading only when it is not part of a numbered list,
            # i.e. when the nearest non-blank line before and after is not numbered the same way.
            sibling = _DOT_ITEM_RE if dot else _BARE_ITEM_RE
            for j in (_prev_nonblank(lines, i), _next_nonblank(lines, i)):
                if j is not None and sibling.match(lines[j].text):
                    return None
        return s, None
    if in_capitals(s) and not _BULLET_RE.match(lines[i].text):
        return s, 1
    if _KNOWN_TITLE_RE.match(s) and (nxt is None or nxt.blank or nxt.stripped[:1].isupper()):
        return s, 1
    return None


# Titles a plan's unnumbered chapters have: "Voorwoord" alone on a line opens a section even without numbering or caps.
_KNOWN_TITLE_RE = re.compile(r"^(voorwoord|woord vooraf|inleiding|samenvatting|leeswijzer|colofon|begrippenlijst|begrippen|"
                             r"afkortingen|verklarende woordenlijst|inhoud|inhoudsopgave|tot slot|nawoord|bijlagen)$", re.IGNORECASE)


# "1 Inleiding", "3.2 Procedure", "Hoofdstuk 4 ...": numbered and capitalised, as a heading inside a run of lines must be
_RUN_HEADING_RE = re.compile(r"\d{1,2}(\.\d{1,2})*\.?\s+[A-Z]|[A-Za-z]+\s+\d")


def _numbered_heading_in_run(lines: list[_Line], i: int, para: list[str]) -> bool:
    """Text pasted from a PDF has no blank lines: "1 Inleiding: een plan op hoofdlijnen" between two wrapped lines
    is still a heading when it is short, numbered and the line before it does not run on into it."""
    if not para:
        return False
    s = lines[i].stripped
    last = para[-1].rstrip()
    if last.endswith(("-", ",", ";")) or _word_count(s) > 8:
        return False
    return bool(_PLAIN_NUM_RE.match(s) or _CHAPTER_RE.match(s)) and bool(_RUN_HEADING_RE.match(s))


def _prev_nonblank(lines: list[_Line], i: int) -> int | None:
    j = i - 1
    while j >= 0 and lines[j].blank:
        j -= 1
    return j if j >= 0 else None


def _next_nonblank(lines: list[_Line], i: int) -> int | None:
    j = i + 1
    while j < len(lines) and lines[j].blank:
        j += 1
    return j if j < len(lines) else None


_CELL_GAP = re.compile(r"\t+| {2,}")
_DASH_RULE = re.compile(r"^[\s\-=_+|:]+$")


def _cells_with_offsets(line: str) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []
    pos = 0
    for piece in _CELL_GAP.split(line.rstrip()):
        start = line.find(piece, pos) if piece else pos
        if piece.strip():
            out.append((start, piece.strip()))
        pos = start + len(piece)
    return out


def _bars(text: str) -> int:
    """Column bars inside a line ("Nr | Resultaat | Norm" has two; outer bars do not count)."""
    return text.strip().strip("|").count("|")


def _piped_header(lines: list[_Line], i: int) -> bool:
    """"Voorziening | Criteria | Geldigheid" over a rule, with rows of as many bars below it: a table's header row."""
    bars = _bars(lines[i].text)
    below = lines[i + 2] if i + 2 < len(lines) else None
    return bars >= 1 and below is not None and not below.blank and _bars(below.text) == bars


def _table_run(lines: list[_Line], i: int) -> tuple[int, list[list[str]]] | None:
    """Space- or tab-aligned columns (as written by hand or by `pdftotext -layout`): at least three
    consecutive lines with two or more cells whose second column starts at the same place."""
    rows: list[list[str]] = []
    second_col: int | None = None
    j = i
    piped = _bars(lines[i].text) >= 1
    while j < len(lines) and not lines[j].blank and not (lines[j].page_break and j > i):
        text = lines[j].text.expandtabs(8)
        if _DASH_RULE.match(text):
            j += 1
            continue
        if piped:   # "Nr | Beoogd resultaat | Norm": the bars are the columns, however wide the cells
            cells_text = [c.strip() for c in text.strip().strip("|").split("|")]
            if len(cells_text) < 2 or (rows and len(cells_text) != len(rows[0])):
                break
            rows.append(cells_text)
            j += 1
            continue
        cells = _cells_with_offsets(text)
        if len(cells) < 2:
            break
        if second_col is None:
            second_col = cells[1][0]
        elif not any(abs(off - second_col) <= 2 for off, _ in cells[1:]):
            break
        rows.append([c for _, c in cells])
        j += 1
    leader_rows = sum(1 for r in rows if re.search(r"(\.{3,}|…)\s*\d{1,3}$", r[-1]))
    if len(rows) >= 3 and leader_rows * 2 < len(rows):   # dotted page references are a TOC, not a table
        return j, rows
    return None


def parse_plain(text: str, file: str) -> tuple[list[Block], int | None]:
    lines, pages = _split_lines(text)
    paged = pages is not None
    b = _Builder(file)
    para: list[str] = []
    para_kind = PARAGRAPH
    para_start: _Line | None = None
    item_indent = 0

    def pg(ln: _Line) -> int | None:
        return ln.page if paged else None

    def flush() -> None:
        nonlocal para, para_kind, para_start
        if para and para_start is not None:
            b.add(para_kind, join_lines(para), para_start.no, pg(para_start))
        para = []
        para_kind = PARAGRAPH
        para_start = None

    n = len(lines)
    i = 0
    texts: list[str] | None = None   # the lines' texts, made on the first grid table border
    while i < n:
        ln = lines[i]
        if ln.blank:
            flush()
            i += 1
            continue
        s = ln.stripped
        if ln.page_break and para:
            last = para[-1].rstrip()
            if last.endswith((".", "!", "?", ":")) or not s[:1].islower():
                flush()

        at_start = not para or para[-1].rstrip().endswith((".", "!", "?", ":"))

        # Underlined heading: short line followed by ===== or -----
        nxt = lines[i + 1] if i + 1 < n else None
        # (an underline as long as the line is a deliberate mark: a longer title is still a heading)
        if nxt is not None and not nxt.page_break and _UNDERLINE_RE.match(nxt.text) and not para \
                and _word_count(s) <= (UNDERLINED_TITLE_MAX_WORDS if abs(len(nxt.stripped) - len(s)) <= 3 else 12) \
                and not s.endswith((".", ",", ";")) \
                and len(_cells_with_offsets(ln.text.expandtabs(8))) < 2 \
                and not _piped_header(lines, i):   # "Kop  Kop  Kop" or "Kop | Kop" over ---- is a table header
            level = 1 if nxt.stripped[0] == "=" else 2
            numbering, htext, depth = split_numbering(s)
            b.add(HEADING, htext, ln.no, pg(ln), level=level, numbering=numbering)
            i += 2
            continue
        if _RULE_RE.match(ln.text):
            flush()
            i += 1
            continue
        # a table may follow its caption line directly ("Tabel 5.1 Beoogde resultaten")
        caption = bool(para) and len(para) <= 2 and len(para[-1].strip()) <= 80
        if s.startswith("+") and _GRID_BORDER.match(ln.text):
            if texts is None:
                texts = [x.text for x in lines]
            table = grid_table(texts, i)
        else:
            table = _table_run(lines, i) if (not para or caption) else None
        if table is not None:
            flush()
            end, rows = table
            b.add(TABLE, table_text(rows), ln.no, pg(ln), rows=rows)
            i = end
            continue

        if _toc_like(lines, i):
            flush()
            b.add(PARAGRAPH, s, ln.no, pg(ln))
            i += 1
            continue
        if at_start or _numbered_heading_in_run(lines, i, para):
            head = _plain_heading(lines, i)
            if head is not None:
                flush()
                htext, level = head
                numbering, rest, depth = split_numbering(htext)
                b.add(HEADING, rest, ln.no, pg(ln), level=level or depth or 1, numbering=numbering)
                i += 1
                continue
        bullet = _BULLET_RE.match(ln.text)
        if bullet and not (bullet.group("bullet") == "o" and not para and not _list_context(lines, i)):
            flush()
            para = [bullet.group("rest")]
            para_kind = LIST_ITEM
            para_start = ln
            item_indent = len(bullet.group("indent").expandtabs(4))
            i += 1
            continue
        if para and para_kind == LIST_ITEM:
            indent = len(ln.text) - len(ln.text.lstrip())
            last = para[-1].rstrip()
            if indent <= item_indent and (last.endswith((".", "!", "?", ":")) or s[:1].isupper()):
                flush()
        if not para:
            para_start = ln
        para.append(ln.text)
        i += 1
    flush()
    return b.blocks, pages


def _list_context(lines: list[_Line], i: int) -> bool:
    """An "o " line is a bullet when a neighbouring line is one too (Word's o-bullets)."""
    for j in (i - 1, i + 1):
        if 0 <= j < len(lines) and re.match(r"^\s*o\s+\S", lines[j].text):
            return True
    return False


# --------------------------------------------------------------------------------------------------
# Entry point
# --------------------------------------------------------------------------------------------------

def read(path: Path, options=None, fmt: str | None = None) -> Document:
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"Kan {path} niet lezen: {exc.strerror}. Controleer of het bestand bestaat en leesbaar is.",
                         f"Cannot read {path}: {exc.strerror}. Check that the file exists and is readable.") from exc
    if fmt is None:
        fmt = "markdown" if path.suffix.lower() in (".md", ".markdown") else "text"
    text, _encoding, warnings = decode_bytes(data, str(path))
    text = normalize_newlines(text)
    text = unicodedata.normalize("NFC", text)
    file = str(path)
    if fmt == "markdown":
        blocks, title = parse_markdown(text, file)
        pages = None
    else:
        blocks, pages = parse_plain(text, file)
        first = next((blk for blk in blocks if blk.kind == HEADING), None)
        title = first.heading_text if first else None
    source = SourceFile(path=file, format="markdown" if fmt == "markdown" else "text", pages=pages, title=title,
                        size=len(data))
    return Document(files=[source], blocks=blocks, warnings=warnings)
