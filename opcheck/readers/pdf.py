"""PDF reader: pypdfium2 text runs grouped into lines, columns, paragraphs, headings and tables.

How it works, page by page (each page and text page is closed before the next one opens):

1. Text runs. PDFium splits the text of a page into rectangles, one per text-showing operation (a line
   or part of a line). For every rectangle we take its box, its text (a slice of the page text, by char
   index) and the font of its first character (size, name -> bold). That is a handful of C calls per
   run instead of several per character, which keeps a 100-page plan well under 0.3 s.
2. Tables. Thin path objects (cell borders, or the edges of a grid path) are grouped into grids; each
   text run goes to the cell holding its centre. Text lines inside a table are dropped so the table text
   appears once. Tables without rulings stay paragraphs.
3. Lines. Runs on the same baseline are joined into lines; a page with clear gutters is split into
   columns (2-4, found recursively) and read column by column (full-width lines such as titles split the
   page into bands that are read in turn).
4. After all pages: running headers/footers (same text modulo digits near the top/bottom of many pages,
   and bare page numbers), the body font size, paragraphs (line spacing, bullets, short last lines),
   headings (font size, bold, numbering, PDF outline, tagged-PDF structure) and their levels.

Pages without a text layer, or whose text is mostly unmapped glyphs, go to SourceFile.unreadable_pages.
pdfplumber is not used: its per-page cost (about 0.1 s) would break the 0.3 s budget for 100 pages.
"""
from __future__ import annotations

import bisect
import ctypes
import os
import pickle
import re
import select
import signal
import struct
import time
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from opcheck.document import (BODY, FOOTER, HEADER, HEADING, LIST_ITEM, PARAGRAPH, TABLE, Block, Document,
                              SourceFile, table_text)
from opcheck.errors import InputError
from opcheck.readers import ReadOptions

# ------------------------------------------------------------------------------------------------
# Text normalisation

_HYPHEN_MARKS = "\ufffe\x02\u00ad"          # PDFium's line-end (soft) hyphen markers, soft hyphen
_TRANSLATE = str.maketrans({
    "\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl", "\ufb05": "st",
    "\ufb06": "st", "\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u2009": " ", "\u200a": " ",
    "\u200b": "", "\u200c": "", "\u200d": "", "\ufeff": "", "\t": " ", "\u2010": "-", "\u2011": "-",
    "\r": " ", "\n": " ",
})
_SUSPENDED_NEXT = frozenset({"en", "of", "tot", "noch", "en/of", "als", "alsmede", "and", "or", "to"})
_WS = re.compile(r"[ \u3000]{2,}")
# Private-use glyphs that symbol fonts (Symbol, Wingdings, OpenSymbol) use for bullets.
_PUA_BULLETS = "\uf0b7\uf0a7\uf0d8\uf076\uf0fc\uf0a8\uf06e\uf0d7\uf0e0\uf0de\uf02d\uf0a1\uf071\uf0ae"
_BULLET_RE = re.compile(r"^([•●▪■◦○►▶➢➤✓✔·\-–—*\u2022\u25aa\u25cf\u2023\u2043\u25e6" + _PUA_BULLETS
                        + r"]|o(?=\s))\s*")
_ORDERED_RE = re.compile(r"^(\(?\d{1,2}[.)]|\(?[a-z][.)]|\([ivx]{1,4}\)|[ivx]{1,4}\.)\s+(?=\S)")
_HOOFDSTUK_RE = re.compile(r"^(hoofdstuk|chapter|deel|paragraaf)\s+(\d+|[IVXLC]+)\b[.:]?\s*(.*)$", re.I)
_NUMBERED_RE = re.compile(r"^(\d{1,2}(?:\.\d{1,2}){0,4})\.?(?:\s+|(?=[A-Z\u00c0-\u00de]))(\S.*)$")
_BOLD_RE = re.compile(r"bold|black|heavy|semibold|demi|extrabold|ultrabold|[-,]bd\b|-b$|,b$", re.I)
_PAGE_NUMBER_RE = re.compile(
    r"^(?:(?:pagina|page|blz\.?|bladzijde|p\.|pag\.)\s*)?(\d{1,4}|[ivxlc]{1,6})"
    r"(?:\s*(?:van|of|/|\|)\s*\d{1,4})?$", re.I)
_PAGE_NUMBER_IN_RE = re.compile(r"(?:pagina|page|blz\.?|bladzijde|pag\.)\s*(\d{1,4}|[ivxlc]{1,6})\b"
                                r"|^(\d{1,4})\s*(?:van|of|/)\s*\d{1,4}$|(?:^|\s|\|)(\d{1,4})$", re.I)
_CID_RE = re.compile(r"\(cid:\d+\)")
_TOC_LEADER_RE = re.compile(r"(\.{4,}|…{2,}|(\. ){3,}|_{4,})\s*\d{1,4}(\s+\d{1,4})?\s*$")
TAG_BUDGET_SECONDS = 0.1


def _clean(text: str) -> str:
    text = text.translate(_TRANSLATE)
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
        # Compatibility forms that are only presentation variants (ligatures, full-width): NFKC per char.
        if any("\ufb00" <= c <= "\ufb4f" or "\uff01" <= c <= "\uff5e" for c in text):
            text = "".join(unicodedata.normalize("NFKC", c) if ("\ufb00" <= c <= "\ufb4f" or "\uff01" <= c <= "\uff5e")
                           else c for c in text)
    return _WS.sub(" ", text).strip()


def _has_letters(text: str) -> bool:
    return any(c.isalpha() for c in text)


def _ends_with_hyphen(text: str) -> bool:
    return len(text) >= 2 and (text[-1] in _HYPHEN_MARKS or (text[-1] == "-" and text[-2].isalpha()))


def _strip_marks(text: str) -> str:
    """Hyphen markers that are not at a line end become ordinary hyphens (or vanish, for soft hyphens)."""
    if "\ufffe" in text or "\x02" in text or "\u00ad" in text:
        text = text.replace("\u00ad", "").replace("\ufffe", "-").replace("\x02", "-")
    return text


def join_lines(first: str, second: str) -> str:
    """Join two consecutive lines of one paragraph, undoing line-end hyphenation.

    "onder-" + "steuning" -> "ondersteuning"; "ouder-" + "en jeugdsteunpunt" keeps "ouder- en";
    "Noord-" + "Brabant" keeps the hyphen without a space.
    """
    if not first:
        return _strip_marks(second)
    if not second:
        return _strip_marks(first)
    if _ends_with_hyphen(first):
        stem = first[:-1]
        word = second.split(" ", 1)[0].rstrip(",.;:").lower()
        if word in _SUSPENDED_NEXT or stem.endswith(" ") or not stem[-1:].isalnum():
            return _strip_marks(stem) + "- " + _strip_marks(second)
        if second[0].islower():
            return _strip_marks(stem) + _strip_marks(second)
        return _strip_marks(stem) + "-" + _strip_marks(second)
    if first[-1] in "–—/" and second[0].isdigit():
        return _strip_marks(first) + _strip_marks(second)        # "2026–" + "2030"
    # a line that is one long word broken without a hyphen (a title in a large font: "Schoolondersteuningsprofie" / "l")
    fragment = second.split(" ", 1)[0].rstrip(".,;:)")
    if (" " not in first.strip() and len(first.strip()) >= 6 and first[-1:].isalpha() and fragment.isalpha()
            and fragment.islower() and len(fragment) <= 3 and fragment not in _SHORT_WORDS):
        return _strip_marks(first) + _strip_marks(second)
    return _strip_marks(first) + " " + _strip_marks(second)


def _join_all(lines: list[str]) -> str:
    out = ""
    for line in lines:
        out = join_lines(out, line) if out else line
    return _strip_marks(out) if out else out


# ------------------------------------------------------------------------------------------------
# Page extraction

@dataclass(slots=True)
class _Run:
    x0: float
    bottom: float
    x1: float
    top: float
    text: str
    trailing_space: bool
    size: float
    bold: bool
    tag: str | None = None


@dataclass(slots=True)
class _Line:
    x0: float
    bottom: float
    x1: float
    top: float
    text: str
    size: float
    bold: bool
    text_x0: float                     # where the text starts after a bullet
    segments: list                     # (x0, x1) pieces separated by wide gaps
    runs: list = field(default_factory=list)
    tag: str | None = None
    zone: str = BODY
    column: int = 0                    # 0 full width / single column, 1 left, 2 right
    table: "_Table | None" = None      # pseudo-line standing for a table

    @property
    def height(self) -> float:
        return max(self.top - self.bottom, 0.1)


@dataclass(slots=True)
class _Table:
    rows: list[list[str]]


@dataclass
class _Page:
    number: int
    width: float
    height: float
    lines: list[_Line] = field(default_factory=list)
    label: str | None = None
    unreadable: bool = False
    has_text: bool = False
    blank: bool = False


class _FontCache:
    """Font name / bold lookups; pdfium hands out the same name for every char of a font."""

    def __init__(self) -> None:
        self.buf = ctypes.create_string_buffer(256)
        self.flags = ctypes.c_int()
        self.cache: dict[tuple[bytes, int], bool] = {}

    def bold(self, textpage, index: int) -> bool:
        n = pdfium_c.FPDFText_GetFontInfo(textpage, index, self.buf, 256, ctypes.byref(self.flags))
        if n <= 0:
            return False
        key = (self.buf.value, self.flags.value)
        known = self.cache.get(key)
        if known is None:
            name = self.buf.value.decode("latin-1", "replace").split("+", 1)[-1]
            known = bool(self.flags.value & (1 << 18)) or bool(_BOLD_RE.search(name)) \
                or pdfium_c.FPDFText_GetFontWeight(textpage, index) >= 600
            self.cache[key] = known
        return known


def _page_text(textpage, n_chars: int) -> str:
    """The page text with exactly one str char per pdfium char index."""
    buf = (ctypes.c_ushort * (n_chars + 1))()
    got = pdfium_c.FPDFText_GetText(textpage, 0, n_chars, buf)
    if got - 1 == n_chars:
        text = bytes(buf)[: 2 * n_chars].decode("utf-16-le", "surrogatepass")
        if len(text) == n_chars:
            return text
        return "".join(map(chr, buf[:n_chars]))
    get = pdfium_c.FPDFText_GetUnicode
    return "".join(chr(get(textpage, i)) if 0 <= get(textpage, i) < 0x110000 else "\ufffd" for i in range(n_chars))


_BAD_RE = re.compile("[\ufffd\ue000-\uf8ff\x00\x01\x03-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff]")
_NOT_VISIBLE_RE = re.compile("[\\s\ufffe\x02\u00ad]")


def _bad_share(text: str) -> float:
    """Share of characters that are unmapped glyphs: U+FFFD, private use (not bullets), control chars."""
    visible = len(text) - len(_NOT_VISIBLE_RE.findall(text))
    if visible <= 0:
        return 0.0
    bad = [c for c in _BAD_RE.findall(text) if c not in _PUA_BULLETS]
    count = len(bad)
    if "(cid:" in text:
        count += sum(len(m) for m in _CID_RE.findall(text))
    return count / visible


def _struct_tags(page) -> dict[int, str]:
    """Marked-content id -> simplified structure type (H1..H6, H, LI, TD, P) for a tagged page."""
    tree = pdfium_c.FPDF_StructTree_GetForPage(page)
    if not tree:
        return {}
    tags: dict[int, str] = {}
    buf = (ctypes.c_ubyte * 64)()
    budget = [4000]

    def element_type(elem) -> str:
        n = pdfium_c.FPDF_StructElement_GetType(elem, buf, 64)
        if n <= 2 or n > 64:
            return ""
        return bytes(buf[: n - 2]).decode("utf-16-le", "ignore")

    def walk(elem, inherited: str) -> None:
        budget[0] -= 1
        if budget[0] < 0:
            return
        kind = element_type(elem)
        if re.fullmatch(r"H[1-6]?|Title", kind):
            inherited = "H1" if kind == "Title" else kind
        elif kind in ("LI", "Lbl", "LBody") and not inherited.startswith("H"):
            inherited = "LI"
        elif kind in ("TD", "TH") and not inherited.startswith("H"):
            inherited = "TD"
        elif kind == "P" and not inherited:
            inherited = "P"
        for i in range(pdfium_c.FPDF_StructElement_GetMarkedContentIdCount(elem)):
            mcid = pdfium_c.FPDF_StructElement_GetMarkedContentIdAtIndex(elem, i)
            if mcid >= 0:
                tags[mcid] = inherited or kind
        for i in range(pdfium_c.FPDF_StructElement_CountChildren(elem)):
            child = pdfium_c.FPDF_StructElement_GetChildAtIndex(elem, i)
            if child:
                walk(child, inherited)

    try:
        for i in range(pdfium_c.FPDF_StructTree_CountChildren(tree)):
            child = pdfium_c.FPDF_StructTree_GetChildAtIndex(tree, i)
            if child:
                walk(child, "")
    finally:
        pdfium_c.FPDF_StructTree_Close(tree)
    return tags


def _extract_runs(textpage_obj, n_chars: int, fonts: _FontCache, tags: dict[int, str]) -> tuple[list[_Run], str]:
    textpage = textpage_obj.raw
    text = _page_text(textpage, n_chars)
    n_rects = pdfium_c.FPDFText_CountRects(textpage, 0, n_chars)
    left, top, right, bottom = (ctypes.c_double() for _ in range(4))
    bl, bt, br, bb = (ctypes.byref(v) for v in (left, top, right, bottom))
    boxes = []
    starts = []
    index_at = pdfium_c.FPDFText_GetCharIndexAtPos
    for i in range(n_rects):
        if not pdfium_c.FPDFText_GetRect(textpage, i, bl, bt, br, bb):
            continue
        x0, x1, y0, y1 = left.value, right.value, bottom.value, top.value
        if y0 > y1:
            y0, y1 = y1, y0
        h = y1 - y0
        idx = index_at(textpage, x0 + min(0.6, (x1 - x0) / 4), (y0 + y1) / 2, 1.0, max(h / 2, 1.0))
        boxes.append((x0, y0, x1, y1))
        starts.append(idx)
    runs: list[_Run] = []
    # A run's text is the slice from its first char to the next run's first char.
    valid = [False] * len(starts)
    last = -1
    for i, s in enumerate(starts):
        if s > last:
            valid[i] = True
            last = s
    next_start = [n_chars] * len(starts)
    nxt = n_chars
    for i in range(len(starts) - 1, -1, -1):
        next_start[i] = nxt
        if valid[i]:
            nxt = starts[i]
    font_size = pdfium_c.FPDFText_GetFontSize
    get_matrix = pdfium_c.FPDFText_GetMatrix
    matrix = pdfium_c.FS_MATRIX()
    matrix_ref = ctypes.byref(matrix)
    for i, (x0, y0, x1, y1) in enumerate(boxes):
        if valid[i]:
            idx = starts[i]
            raw_text = text[idx:next_start[i]]
        else:
            idx = -1
            raw_text = textpage_obj.get_text_bounded(x0, y0, x1, y1)
        raw_text = raw_text.replace("\r\n", " ").replace("\r", " ").replace("\n", " ")
        stripped = raw_text.strip()
        if not stripped:
            continue
        if idx >= 0:
            size = font_size(textpage, idx)
            if get_matrix(textpage, idx, matrix_ref):
                # the nominal size times the text matrix scale (some producers use "1 Tf" and scale)
                scale = (matrix.c * matrix.c + matrix.d * matrix.d) ** 0.5
                if scale > 0.05 and abs(scale - 1.0) > 0.01:
                    size *= scale
            bold = fonts.bold(textpage, idx)
            tag = None
            if tags:
                obj = pdfium_c.FPDFText_GetTextObject(textpage, idx)
                if obj:
                    tag = tags.get(pdfium_c.FPDFPageObj_GetMarkedContentID(obj))
        else:
            size, bold, tag = 0.0, False, None
        if not size or size <= 0 or size > 500:
            size = max(y1 - y0, 1.0)
        runs.append(_Run(x0, y0, x1, y1, stripped, raw_text[-1:].isspace(), round(size * 2) / 2, bold, tag))
    return runs, text


def _path_segments(page, max_objects: int = 3000) -> tuple[list, list, bool, bool]:
    """Horizontal and vertical ruling segments; also whether the page has images / any objects."""
    horizontal: list[tuple[float, float, float]] = []
    vertical: list[tuple[float, float, float]] = []
    has_image = False
    n = pdfium_c.FPDFPage_CountObjects(page)
    l, b, r, t = (ctypes.c_float() for _ in range(4))
    refs = [ctypes.byref(v) for v in (l, b, r, t)]
    path_type = pdfium_c.FPDF_PAGEOBJ_PATH
    image_type = pdfium_c.FPDF_PAGEOBJ_IMAGE
    paths = 0
    for i in range(min(n, max_objects * 4)):
        obj = pdfium_c.FPDFPage_GetObject(page, i)
        kind = pdfium_c.FPDFPageObj_GetType(obj)
        if kind == image_type:
            has_image = True
            continue
        if kind != path_type:
            continue
        paths += 1
        if paths > max_objects:
            break
        if not pdfium_c.FPDFPageObj_GetBounds(obj, *refs):
            continue
        x0, y0, x1, y1 = l.value, b.value, r.value, t.value
        w, h = x1 - x0, y1 - y0
        if h <= 3 and w >= 6:
            horizontal.append(((y0 + y1) / 2, x0, x1))
        elif w <= 3 and h >= 6:
            vertical.append(((x0 + x1) / 2, y0, y1))
        elif w > 6 and h > 6:
            _rect_edges(obj, horizontal, vertical)
    return horizontal, vertical, has_image, n > 0


def _rect_edges(obj, horizontal: list, vertical: list) -> None:
    """Axis-aligned straight segments of a larger path (grids drawn as one path, cell rectangles)."""
    count = pdfium_c.FPDFPath_CountSegments(obj)
    if count <= 1 or count > 400:
        return
    matrix = pdfium_c.FS_MATRIX()
    if not pdfium_c.FPDFPageObj_GetMatrix(obj, ctypes.byref(matrix)):
        return
    x, y = ctypes.c_float(), ctypes.c_float()
    points = []
    for i in range(count):
        seg = pdfium_c.FPDFPath_GetPathSegment(obj, i)
        if not seg or not pdfium_c.FPDFPathSegment_GetPoint(seg, ctypes.byref(x), ctypes.byref(y)):
            continue
        kind = pdfium_c.FPDFPathSegment_GetType(seg)
        px = matrix.a * x.value + matrix.c * y.value + matrix.e
        py = matrix.b * x.value + matrix.d * y.value + matrix.f
        closes = pdfium_c.FPDFPathSegment_GetClose(seg)
        points.append((kind, px, py, closes))
    start = prev = None
    for kind, px, py, closes in points:
        if kind == pdfium_c.FPDF_SEGMENT_MOVETO:
            start = prev = (px, py)
            continue
        if kind != pdfium_c.FPDF_SEGMENT_LINETO or prev is None:
            prev = (px, py)
            continue
        _add_segment(prev, (px, py), horizontal, vertical)
        prev = (px, py)
        if closes and start is not None:
            _add_segment(prev, start, horizontal, vertical)


def _add_segment(a, b, horizontal, vertical) -> None:
    (ax, ay), (bx, by) = a, b
    if abs(ay - by) <= 1 and abs(ax - bx) >= 6:
        horizontal.append(((ay + by) / 2, min(ax, bx), max(ax, bx)))
    elif abs(ax - bx) <= 1 and abs(ay - by) >= 6:
        vertical.append(((ax + bx) / 2, min(ay, by), max(ay, by)))


def _cluster(values: list[float], tol: float) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if out and v - out[-1] <= tol:
            continue
        out.append(v)
    return out


def _find_tables(runs: list[_Run], horizontal: list, vertical: list) -> list[tuple[tuple[float, float, float, float], list]]:
    """Grids of ruling lines -> [(bbox, rows)]; each text run goes to the cell holding its centre."""
    if len(horizontal) < 2 or len(vertical) < 2 or len(horizontal) + len(vertical) > 4000:
        return []
    tol = 2.0
    segs = [("h",) + s for s in horizontal] + [("v",) + s for s in vertical]
    parent = list(range(len(segs)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    hs = [i for i, s in enumerate(segs) if s[0] == "h"]
    vs = [i for i, s in enumerate(segs) if s[0] == "v"]
    for i in hs:
        _, y, x0, x1 = segs[i]
        for j in vs:
            _, x, y0, y1 = segs[j]
            if x0 - tol <= x <= x1 + tol and y0 - tol <= y <= y1 + tol:
                a, b = find(i), find(j)
                if a != b:
                    parent[a] = b
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(segs)):
        groups[find(i)].append(i)
    tables = []
    for members in groups.values():
        h = [segs[i] for i in members if segs[i][0] == "h"]
        v = [segs[i] for i in members if segs[i][0] == "v"]
        if len(h) < 2 or len(v) < 2:
            continue
        ys = _cluster([s[1] for s in h], 1.5)
        xs = _cluster([s[1] for s in v], 1.5)
        if len(ys) < 2 or len(xs) < 2 or (len(ys) < 3 and len(xs) < 3):
            continue
        x_left, x_right = xs[0], xs[-1]
        y_bottom, y_top = ys[0], ys[-1]
        near: dict[float, list[tuple[float, float]]] = {x: [(s[2], s[3]) for s in v if abs(s[1] - x) <= 1.5] for x in xs}
        inside = [r for r in runs if x_left - 1 <= (r.x0 + r.x1) / 2 <= x_right + 1
                  and y_bottom - 1 <= (r.bottom + r.top) / 2 <= y_top + 1]
        bands = [(top, bottom) for top, bottom in zip(reversed(ys[1:]), reversed(ys[:-1])) if top - bottom >= 4]
        band_bottoms = [-b for _, b in bands]           # ascending for bisect
        by_band: list[list[_Run]] = [[] for _ in bands]
        for r in inside:
            cy = (r.bottom + r.top) / 2
            k = bisect.bisect_left(band_bottoms, -cy)
            if k < len(bands) and bands[k][1] <= cy < bands[k][0] + 1:
                by_band[k].append(r)
        rows: list[list[str]] = []
        for (top, bottom), band_runs in zip(bands, by_band):
            mid = (top + bottom) / 2
            bounds = [x for x in xs if x in (x_left, x_right)
                      or any(y0 - tol <= mid <= y1 + tol for y0, y1 in near[x])]
            cells_runs: list[list[_Run]] = [[] for _ in range(len(bounds) - 1)]
            for r in band_runs:
                k = min(max(bisect.bisect_right(bounds, (r.x0 + r.x1) / 2) - 1, 0), len(bounds) - 2)
                cells_runs[k].append(r)
            cells = []
            for k, cell in enumerate(cells_runs):
                if bounds[k + 1] - bounds[k] < 3:
                    continue
                lines = sorted(_build_lines(cell), key=lambda ln: (-round(ln.top), ln.x0)) if cell else []
                cells.append(_clean(_join_all(_unbreak_words(lines, bounds[k], bounds[k + 1]))))
            if any(cells):
                rows.append(cells)
        filled = sum(1 for row in rows for c in row if c)
        if len({k for row in rows for k, c in enumerate(row) if c}) <= 1:
            continue   # text in one column only: a framed or highlighted paragraph, read as text
        if len(rows) >= 1 and filled >= 2 and (len(rows) >= 2 or max(len(r) for r in rows) >= 2):
            tables.append(((x_left, ys[0], x_right, ys[-1]), rows))
    return tables


_SHORT_WORDS = frozenset("""af al als an and at by de des dit doen doet een elk en er for gaan gaat had haar heb hebt het hen hoe hun hij
in is je jij ja kan me mee men met mij moet na nee niet nog nu of om on ons ook op per te ten ter the to toe tot u uit van via wat
we wel wie wij wil zal ze zij zijn zo bij aan dan dat die mag ben bent was a jou eer iets
sbo so vso po vo mbo hbo wo pro ib rt""".split())


# Joins a cell line that may continue a broken word; resolved once the whole document is read (_resolve_breaks).
_MAYBE_BROKEN = "\ue000"


def _unbreak_words(lines: list[_Line], left: float, right: float) -> list[str]:
    """A word too long for a narrow cell is broken without a hyphen ("ondersteunin" / "g", "Meerjarenbe" / "groting"):
    a line that is one long word reaching the cell's right padding continues in the next line when that opens with a
    lower-case fragment. A fragment of at most three letters that is no Dutch word is joined at once; a longer one
    (or a short word such as "en", "ten") may as well start the next word, so the two are marked and joined only
    when the document uses the joined word elsewhere."""
    texts: list[str] = []
    previous: _Line | None = None
    for ln in lines:
        text = ln.text
        fragment = text.strip().split(" ", 1)[0].rstrip(".,;:)")
        last = previous.text.strip() if previous is not None else ""
        if (previous is not None and texts and " " not in last and len(last) >= 6 and last[-1:].isalpha()
                and fragment.isalpha() and fragment.islower()
                and right - previous.x1 <= max(previous.x0 - left, 0.0) + 0.8 * max(previous.size, 1.0)):
            glue = "" if len(fragment) <= 3 and fragment not in _SHORT_WORDS else _MAYBE_BROKEN
            texts[-1] = texts[-1].rstrip() + glue + text.lstrip()
        else:
            texts.append(text)
        previous = ln
    return texts


_WORD_PARTS = re.compile(r"(\w+)" + _MAYBE_BROKEN + r"(\w+)")
_LONG_WORD = re.compile(r"\w{6,}")   # words long enough to be one half of a broken compound
_WORD = re.compile(r"\w+")


_VOWELS = frozenset("aeiouyáéíóúäëïöüàèìòùâêîôû")
# Two consonants that can open a Dutch (or borrowed) word; any other pair only occurs inside a word ("ngen", "tten").
_ONSETS = frozenset("""bl br ch cl cr dr dw fl fr gl gn gr kl kn kr kw ph pl pr ps rh sc sh sj sk sl sm sn sp st sw th tj
tr ts tw vl vr wr zw""".split())


def _no_word_start(fragment: str) -> bool:
    """A lower-case fragment of five letters or more that opens with a consonant pair no word opens with."""
    head = fragment[:2].casefold()
    return (len(fragment) >= 5 and len(head) == 2 and head[0] not in _VOWELS and head[1] not in _VOWELS
            and head not in _ONSETS)


def _resolve_breaks(pages: list["_Page"]) -> None:
    """Decide the marked joins of table cells: a join stands when the joined word occurs in the document's own text
    ("Meerjarenbegroting" in the prose), otherwise the two lines were two words ("Schoolbudget" / "basis")."""
    cells = [(row, k) for page in pages for ln in page.lines if ln.table is not None
             for row in ln.table.rows for k, cell in enumerate(row) if _MAYBE_BROKEN in cell]
    if not cells:
        return
    vocabulary: set[str] = set()
    words: set[str] = set()   # every word outside the marked cells
    for page in pages:
        for ln in page.lines:
            if ln.table is None:
                vocabulary.update(w.casefold() for w in _LONG_WORD.findall(ln.text))
                words.update(w.casefold() for w in _WORD.findall(ln.text))
            else:
                for row in ln.table.rows:
                    for cell in row:
                        vocabulary.update(w.casefold() for w in _LONG_WORD.findall(cell.replace(_MAYBE_BROKEN, " ")))
                        if _MAYBE_BROKEN not in cell:
                            words.update(w.casefold() for w in _WORD.findall(cell))

    def join(m: re.Match) -> str:
        whole = m.group(1) + m.group(2)
        if whole.casefold() in vocabulary or _no_word_start(m.group(2)):
            return whole
        # neither half is a word anywhere else in the document, and the second half ends a word the document does use,
        # with the first half's last letters before it ("Meerjarenbe" / "groting", "begroting" in the prose)
        first, second = m.group(1).casefold(), m.group(2).casefold()
        # (hardly a Dutch word ends in "-be", while "be-" opens many: "Meerjarenbe" / "groting", "Schoolbe" / "geleiding")
        if first not in words and second not in words and first.endswith("be"):
            return whole
        if first not in words and second not in words and any(
                len(w) >= len(second) + 2 and w.endswith(second) and first.endswith(w[:-len(second)][-2:])
                for w in words):
            return whole
        return m.group(1) + " " + m.group(2)

    for row, k in cells:
        row[k] = _WORD_PARTS.sub(join, row[k]).replace(_MAYBE_BROKEN, " ")


def _build_lines(runs: list[_Run]) -> list[_Line]:
    """Join consecutive runs on one baseline into lines."""
    groups: list[list[_Run]] = []
    for run in runs:
        if groups:
            last = groups[-1][-1]
            overlap = min(last.top, run.top) - max(last.bottom, run.bottom)
            smaller = min(last.top - last.bottom, run.top - run.bottom)
            if overlap >= 0.5 * smaller and run.x0 >= last.x1 - 1.0:
                groups[-1].append(run)
                continue
        groups.append([run])
    return [_make_line(g) for g in groups]


def _make_line(runs: list[_Run]) -> _Line:
    if len(runs) == 1:   # the common case, kept cheap
        r = runs[0]
        return _Line(r.x0, r.bottom, r.x1, r.top, r.text, r.size, r.bold and any(c.isalpha() for c in r.text),
                     r.x0, [(r.x0, r.x1)], runs, r.tag)
    runs = sorted(runs, key=lambda r: r.x0)
    parts: list[str] = []
    segments: list[list[float]] = []
    prev = None
    weights: dict[float, int] = {}
    for run in runs:
        weights[run.size] = weights.get(run.size, 0) + len(run.text)
        if prev is not None:
            gap = run.x0 - prev.x1
            if gap > 1.5 * max(prev.size, run.size) or gap > 40:
                segments.append([run.x0, run.x1])
            else:
                segments[-1][1] = max(segments[-1][1], run.x1)
            if prev.trailing_space or gap > 0.15 * min(prev.size, run.size):
                parts.append(" ")
        else:
            segments.append([run.x0, run.x1])
        parts.append(run.text)
        prev = run
    text = "".join(parts)
    size = max(weights, key=weights.__getitem__)
    lettered = [r for r in runs if any(c.isalpha() for c in r.text)]
    bold = bool(lettered) and all(r.bold for r in lettered)
    text_x0 = runs[1].x0 if len(runs) > 1 and _BULLET_RE.match(runs[0].text) and len(runs[0].text) <= 2 else runs[0].x0
    tag = None
    if runs[0].tag is not None or runs[-1].tag is not None:
        tags = Counter(r.tag for r in runs if r.tag)
        tag = tags.most_common(1)[0][0] if tags else None
    return _Line(min(r.x0 for r in runs), min(r.bottom for r in runs), max(r.x1 for r in runs),
                 max(r.top for r in runs), text, size, bold, text_x0, [tuple(s) for s in segments], runs, tag)


def _merge_rows(lines: list[_Line]) -> list[_Line]:
    """Merge lines sorted top-down that sit on the same baseline side by side (out-of-order runs)."""
    out: list[_Line] = []
    for line in lines:
        if out and line.table is None and out[-1].table is None and line.zone == out[-1].zone:
            prev = out[-1]
            overlap = min(prev.top, line.top) - max(prev.bottom, line.bottom)
            if overlap >= 0.6 * min(prev.height, line.height) and (line.x0 >= prev.x1 - 1 or line.x1 <= prev.x0 + 1):
                merged = _make_line(prev.runs + line.runs)
                merged.zone, merged.column = prev.zone, prev.column
                out[-1] = merged
                continue
        out.append(line)
    return out


def _find_gutters(segs: list[tuple[float, float]], lo: float, hi: float, depth: int = 0) -> list[float]:
    """x positions of column gutters among line segments in [lo, hi] (recursive: 2, 3 or 4 columns)."""
    if depth > 2 or len(segs) < 8:
        return []
    span = hi - lo
    cands = sorted({round(s[0]) for s in segs if lo + 0.2 * span < s[0] < hi - 0.15 * span})
    best = None
    for c in cands:
        g = c - 1.0
        left = [s for s in segs if s[1] <= g + 0.5]
        right = [s for s in segs if s[0] >= g - 0.5]
        cross = len(segs) - len(left) - len(right)
        if len(left) < 4 or len(right) < 4 or cross > 0.15 * len(segs):
            continue
        # both sides must look like running text, not a column of short labels
        left_w = sorted(s[1] - s[0] for s in left)[len(left) // 2]
        right_w = sorted(s[1] - s[0] for s in right)[len(right) // 2]
        if left_w < 0.35 * (g - lo) or right_w < 0.35 * (hi - g):
            continue
        score = min(len(left), len(right)) - 3 * cross
        if best is None or score > best[0]:
            best = (score, g)
    if best is None:
        return []
    g = best[1]
    return (_find_gutters([s for s in segs if s[1] <= g + 0.5], lo, g, depth + 1) + [g]
            + _find_gutters([s for s in segs if s[0] >= g - 0.5], g, hi, depth + 1))


def _split_columns(lines: list[_Line], width: float) -> tuple[list[_Line], list[float]]:
    """Detect a multi-column layout; split lines at the gutters. Returns lines and the gutters (may be [])."""
    candidates = [ln for ln in lines if ln.table is None and len(ln.text) > 1]
    if len(candidates) < 8:
        return lines, []
    segs = [s for ln in candidates for s in ln.segments]
    if sum(1 for s in segs if 0.3 * width < s[0] < 0.85 * width) < 4:
        return lines, []
    lo = min(s[0] for s in segs)
    hi = max(s[1] for s in segs)
    gutters = _find_gutters(segs, lo, hi)
    if not gutters:
        return _split_band(lines, lo, hi)
    return _assign_columns(lines, gutters), gutters


def _split_band(lines: list[_Line], lo: float, hi: float) -> tuple[list[_Line], list[float]]:
    """A page that changes layout halfway (a chapter in one column, the next in two, as Word and LibreOffice
    sections do): the full-width part hides the gutter from a whole-page search. Look for it in each stretch
    of lines between full-width lines, and split only that stretch, so a heading in the left column is not
    joined to the right column's first line."""
    ordered = sorted((ln for ln in lines if ln.table is None and len(ln.text) > 1), key=lambda ln: -ln.top)
    wide = 0.6 * (hi - lo)
    stretches: list[list[_Line]] = [[]]
    for ln in ordered:
        if any(b - a > wide for a, b in ln.segments):
            stretches.append([])
        else:
            stretches[-1].append(ln)
    found: list[float] = []
    moved: dict[int, list[_Line]] = {}
    for stretch in stretches:
        if len(stretch) < 8:
            continue
        gutters = _find_gutters([s for ln in stretch for s in ln.segments], lo, hi)
        if gutters:
            found.extend(gutters)
            # the columns start where the right one does: above that, a short line ends the full-width text
            start = max(ln.top for ln in stretch if ln.x0 >= gutters[0] - 1) + 2
            for ln in stretch:
                if ln.top <= start:
                    moved[id(ln)] = _assign_columns([ln], gutters)
    if not found:
        return lines, []
    out: list[_Line] = []
    for ln in lines:
        out.extend(moved.get(id(ln), (ln,)))
    return out, sorted(found)


def _assign_columns(lines: list[_Line], gutters: list[float]) -> list[_Line]:
    """Column numbers for lines; a line whose runs fall in different columns is split into one line per column."""
    def column_of(x0: float, x1: float) -> int:
        for i, g in enumerate(gutters):
            if x0 < g - 1 < x1 - 1 and x1 > g + 1:
                return 0          # crosses a gutter: full width
            if x1 <= g + 1 or (x0 + x1) / 2 < g:
                return i + 1
        return len(gutters) + 1

    out: list[_Line] = []
    for ln in lines:
        if ln.table is not None:
            ln.column = column_of(ln.x0, ln.x1)
            out.append(ln)
            continue
        cols = [column_of(r.x0, r.x1) for r in ln.runs]
        if 0 in cols or len(set(cols)) == 1:
            ln.column = 0 if 0 in cols else cols[0]
            out.append(ln)
            continue
        for col in sorted(set(cols)):
            part = _make_line([r for r, c in zip(ln.runs, cols) if c == col])
            part.zone, part.column = ln.zone, col
            out.append(part)
    return out


def _order(lines: list[_Line], gutters: list[float]) -> list[_Line]:
    lines = sorted(lines, key=lambda ln: (-round(ln.top, 0), ln.x0))
    if not gutters:
        return _merge_rows(lines)
    out: list[_Line] = []
    buckets: dict[int, list[_Line]] = defaultdict(list)

    def flush() -> None:
        tails: list[_Line] = []
        if len(buckets) >= 2:
            for col in sorted(buckets):
                others = [ln for c, lns in buckets.items() if c != col for ln in lns]
                lowest = min(ln.bottom for ln in others)
                column = buckets[col]
                for i in range(1, len(column)):
                    prev, ln = column[i - 1], column[i]
                    # below everything in the other columns, after a clear gap: a short full-width line
                    # ("3 Basisondersteuning" under a two-column section) that comes after both columns
                    if ln.top < lowest and prev.bottom - ln.top > 2.0 * max(min(ln.size, prev.size), 1.0):
                        tails.extend(column[i:])
                        del column[i:]
                        break
        for col in sorted(buckets):
            out.extend(_merge_rows(buckets[col]))
        buckets.clear()
        if tails:
            out.extend(_merge_rows(sorted(tails, key=lambda ln: (-round(ln.top, 0), ln.x0))))

    for ln in lines:
        if ln.column:
            buckets[ln.column].append(ln)
        else:
            flush()
            out.append(ln)
    flush()
    return out


def _extract_page(pdf, index: int, fonts: _FontCache, tag_budget: list[float]) -> _Page:
    page = pdf[index]
    try:
        width, height = page.get_size()
        info = _Page(index + 1, width, height)
        textpage = page.get_textpage()
        try:
            n_chars = textpage.count_chars()
            horizontal, vertical, has_image, has_objects = _path_segments(page.raw)
            tags: dict[int, str] = {}
            if tag_budget[0] > 0:
                t0 = time.perf_counter()
                tags = _struct_tags(page.raw)
                tag_budget[0] -= time.perf_counter() - t0
            runs, text = _extract_runs(textpage, n_chars, fonts, tags) if n_chars > 0 else ([], "")
            if not runs or not text.strip():
                info.blank = not has_image
                info.unreadable = has_image
                return info
            if _bad_share(text) > 0.3:
                info.unreadable = True
                return info
            info.has_text = True
            lines = _build_lines(runs)
            tables = _find_tables(runs, horizontal, vertical)
        finally:
            textpage.close()
    finally:
        page.close()
    for (x0, y0, x1, y1), rows in tables:
        lines = [ln for ln in lines if not (x0 - 1 <= (ln.x0 + ln.x1) / 2 <= x1 + 1
                                            and y0 - 1 <= (ln.top + ln.bottom) / 2 <= y1 + 1)]
        lines.append(_Line(x0, y0, x1, y1, "", 0.0, False, x0, [(x0, x1)], table=_Table(rows)))
    info.lines = lines
    return info


# ------------------------------------------------------------------------------------------------
# Document-level analysis

def _zone_key(text: str) -> str:
    return re.sub(r"\d+", "#", " ".join(text.lower().split()))


def _mark_running(pages: list[_Page]) -> None:
    """Running headers/footers: same text (digits ignored) near the top/bottom of several pages."""
    text_pages = [p for p in pages if p.has_text]
    candidates: list[tuple[_Page, _Line, str]] = []
    keys: dict[str, set[int]] = defaultdict(set)
    for page in text_pages:
        body = [ln for ln in page.lines if ln.table is None]
        if not body:
            continue
        band = page.height * 0.1
        ordered = sorted(body, key=lambda ln: -ln.top)
        top_lines = [ln for ln in ordered[:3] if ln.bottom >= page.height - band]
        bottom_lines = [ln for ln in ordered[-3:] if ln.top <= band]
        for ln, zone in [(ln, HEADER) for ln in top_lines] + [(ln, FOOTER) for ln in bottom_lines]:
            key = zone + ":" + _zone_key(ln.text)
            keys[key].add(page.number)
            candidates.append((page, ln, key))
    n = len(text_pages)
    for page, ln, key in candidates:
        count = len(keys[key])
        zone = key.split(":", 1)[0]
        if (count >= 3 or (count >= 2 and count >= 0.5 * n)) or _PAGE_NUMBER_RE.match(ln.text.strip()):
            ln.zone = zone


def _page_label_from_lines(page: _Page) -> str | None:
    for ln in page.lines:
        if ln.zone in (HEADER, FOOTER):
            text = ln.text.strip()
            m = _PAGE_NUMBER_RE.match(text)
            if m:
                return m.group(1)
            m = _PAGE_NUMBER_IN_RE.search(text)
            if m:
                number = next(g for g in m.groups() if g)
                if not (number.isdigit() and 1900 <= int(number) <= 2100 and m.group(1) is None):
                    return number   # a trailing year ("Jaarverslag 2025") is not a page number
    return None


@dataclass
class _Para:
    page: int
    label: str | None
    lines: list[_Line]
    kind: str = PARAGRAPH
    zone: str = BODY
    table: _Table | None = None
    level: int = 0
    numbering: str | None = None
    text: str = ""

    _size: float | None = None

    @property
    def size(self) -> float:
        if self._size is None:
            weights: dict[float, int] = {}
            for ln in self.lines:
                weights[ln.size] = weights.get(ln.size, 0) + len(ln.text)
            self._size = max(weights, key=weights.__getitem__) if weights else 0.0
        return self._size

    @property
    def bold(self) -> bool:
        lettered = [ln for ln in self.lines if _has_letters(ln.text)]
        return bool(lettered) and all(ln.bold for ln in lettered)


def _line_pitch(pages: list[_Page]) -> float:
    """Typical baseline distance / font size between lines of one paragraph."""
    ratios: Counter = Counter()
    for page in pages:
        prev = None
        for ln in page.lines:
            if ln.zone == BODY and ln.table is None and prev is not None and ln.column == prev.column \
                    and abs(ln.size - prev.size) < 0.6 and ln.size > 0:
                step = prev.top - ln.top
                if step > 0:
                    ratios[round(step / ln.size, 1)] += 1
            prev = ln if ln.zone == BODY else prev
    if not ratios:
        return 1.2
    ratio = ratios.most_common(1)[0][0]
    return min(max(ratio, 0.9), 2.2)


def _paragraphs(page: _Page, pitch: float) -> list[_Para]:
    out: list[_Para] = []
    body = [ln for ln in page.lines if ln.zone == BODY]
    col_right: dict[int, float] = defaultdict(float)
    for ln in body:
        col_right[ln.column] = max(col_right[ln.column], ln.x1)
    cur: _Para | None = None
    for ln in body:
        if ln.table is not None:
            out.append(_Para(page.number, page.label, [ln], kind=TABLE, table=ln.table))
            cur = None
            continue
        bullet = bool(_BULLET_RE.match(ln.text) or _ORDERED_RE.match(ln.text))
        if bullet and cur is not None and (_inline_enumeration_goes_on(cur, ln) or _dash_goes_on(cur, ln)):
            bullet = False   # "(1) jeugdhulp, (2) thuiszitten, samen met leerplicht," / "(3) vervoer ...": one sentence
        if cur is not None and not bullet:
            prev = cur.lines[-1]
            step = prev.top - ln.top
            size = max(ln.size, prev.size)
            same_style = abs(ln.size - prev.size) < 0.8 and (ln.bold == prev.bold or not _has_letters(ln.text))
            close = 0 < step <= size * (pitch + 0.45) + 0.5 and ln.column == prev.column
            # a sentence running from the foot of one column to the head of the next
            close = close or (ln.column == prev.column + 1 > 1 and step < 0 and ln.text[:1].islower()
                              and prev.text.rstrip()[-1:] not in ".!?:;")
            short_end = prev.x1 < col_right[prev.column] - 0.15 * max(page.width, 1) and \
                prev.text.rstrip()[-1:] in ".!?:" and prev.x1 < col_right[prev.column] - 4 * size
            list_ok = cur.kind != LIST_ITEM or ln.x0 >= cur.lines[0].text_x0 - 3
            if same_style and close and not short_end and list_ok:
                cur.lines.append(ln)
                continue
        cur = _Para(page.number, page.label, [ln], kind=LIST_ITEM if bullet else PARAGRAPH)
        out.append(cur)
    return out


_INLINE_MARK = re.compile(r"(?:^|\s)\((\d{1,2}|[a-z])\)\s")


def _inline_enumeration_goes_on(cur: "_Para", ln: "_Line") -> bool:
    """A line opening with "(3)" inside a running sentence that already counted "(1) ... (2)" continues it."""
    prev = cur.lines[-1].text.rstrip()
    if cur.kind != PARAGRAPH or prev[-1:] in ".!?:;" or not ln.text.lstrip().startswith("("):
        return False
    return bool(_INLINE_MARK.search(" ".join(line.text for line in cur.lines)))


_DASH_ASIDE = re.compile(r"^\s*[–—-]\s+[a-zà-ÿ]")


def _dash_goes_on(cur: "_Para", ln: "_Line") -> bool:
    """"... over de besturen en de meerjarenbegroting" / "– is uitgewerkt in het Financieel Kader": a dash that closes an
    aside at the start of a line, not indented like a bullet, continues the running sentence."""
    prev = cur.lines[-1].text.rstrip()
    return (cur.kind == PARAGRAPH and prev[-1:].isalnum() and _DASH_ASIDE.match(ln.text) is not None
            and abs(ln.x0 - cur.lines[0].x0) <= 2)


def _numbering(text: str) -> tuple[str | None, str, int]:
    """("3.2", "Terugplaatsing", 2) for "3.2 Terugplaatsing"; (None, text, 0) without numbering."""
    m = _HOOFDSTUK_RE.match(text)
    if m:
        return m.group(2), m.group(3).strip(" .:-–") or text, 1
    m = _NUMBERED_RE.match(text)
    if m and not re.match(r"^\d{1,2}(\.\d+)*\s*(%|procent|euro|leerlingen|scholen|jaar)\b", text[len(m.group(1)):].strip() + " ", re.I):
        number = m.group(1)
        if re.fullmatch(r"(19|20)\d\d", number) or (number.count(".") == 0 and int(number) > 30):
            return None, text, 0
        return number, m.group(2).strip(), number.count(".") + 1
    return None, text, 0


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^\w\s.]", " ", text).split()).strip(" .")


def _outline_match(folded: str, title: str, same_page: bool) -> bool:
    if folded == title:
        return True
    if not same_page or len(title) < 4:
        return False
    if folded.startswith(title):
        rest = folded[len(title):].strip()
        return len(rest) < 4 and not any(ch.isdigit() for ch in rest)   # "... 12" is a toc entry
    return title.startswith(folded) and len(folded) >= 0.6 * len(title)


# Slides and posters set whole sentences in large type: "Stap 4 – De Commissie Toewijzing beslist binnen 6 weken.",
# " Thuiszittersoverleg: elke maand, met leerplicht en jeugdhulp." are points, not headings.
_BULLET_GLYPHS = ("\uf0b7", "\uf0a7", "•", "▪", "●", "◦", "■", "□", "➢", "✓")
BIG_SENTENCE_WORDS = 6


def _big_sentence(text: str, words: int) -> bool:
    stripped = text.strip()
    return stripped.startswith(_BULLET_GLYPHS) or (stripped.endswith(".") and words >= BIG_SENTENCE_WORDS)


def _classify(paras: list[_Para], body_size: float, outline: list[tuple[int, str, int]], tag_headings: bool) -> None:
    """Decide headings and their levels."""
    # Outline entries: (level 1-based, folded title, page number)
    by_page: dict[int, list[tuple[int, str]]] = defaultdict(list)
    for level, title, page in outline:
        if title:
            by_page[page].append((level, title))
    candidates: list[_Para] = []
    for para in paras:
        if para.kind == TABLE:
            continue
        text = para.text
        if len(text) > 250 or len(para.lines) > 3:
            continue   # too long for a heading
        if _TOC_LEADER_RE.search(text):
            continue   # a table-of-contents entry ("Mise en contexte ........ 4"), not the heading itself
        words = len(text.split())
        if sum(c.isalpha() for c in text) < 2:
            continue
        outline_level = 0
        near = len(text) <= 250 and (para.page in by_page or para.page - 1 in by_page or para.page + 1 in by_page)
        folded = _fold(text) if near else ""
        for page in (para.page, para.page - 1, para.page + 1) if near else ():
            for level, title in by_page.get(page, ()):
                if _outline_match(folded, title, page == para.page):
                    outline_level = level
                    break
            if outline_level:
                break
        tag = Counter(ln.tag for ln in para.lines if ln.tag).most_common(1)
        tag = tag[0][0] if tag else None
        big = para.size >= body_size * 1.12 and para.size - body_size >= 1.0
        shortish = len(para.lines) <= 3 and words <= 25 and len(text) <= 200
        heading = False
        if outline_level:
            heading = True
        elif tag_headings and tag is not None:
            heading = tag.startswith("H") and shortish
        elif para.kind == LIST_ITEM and not (big or para.bold):
            heading = False
        elif big and shortish and not text.endswith((",", ";")) and not _big_sentence(text, words):
            heading = True
        elif para.bold and len(para.lines) <= 2 and words <= 15 and not text.endswith((".", ",", ";")) \
                and para.size >= body_size - 0.6:
            heading = True
        if not heading:
            continue
        number, rest, depth = _numbering(text)
        para.kind = HEADING
        para.numbering = number
        para.text = rest
        if outline_level:
            para.level = outline_level
        elif tag and re.fullmatch(r"H[1-6]", tag):
            para.level = int(tag[1])
        elif depth:
            para.level = depth
        candidates.append(para)
    if not candidates:
        return
    # Levels for headings without outline/tag/numbering: by style class (size, bold).
    class_levels: dict[tuple[float, bool], Counter] = defaultdict(Counter)
    for para in candidates:
        if para.level:
            class_levels[(para.size, para.bold)][para.level] += 1
    sizes = sorted({p.size for p in candidates}, reverse=True)
    for para in candidates:
        if para.level:
            continue
        known = class_levels.get((para.size, para.bold))
        if known:
            para.level = known.most_common(1)[0][0]
        else:
            rank = sizes.index(para.size) + 1
            if not para.bold and para.size <= body_size + 0.5:
                rank += 1
            para.level = min(rank, 6)


# ------------------------------------------------------------------------------------------------
# Entry point

def _open(path: Path, password: str | None):
    try:
        return pdfium.PdfDocument(str(path), password=password)
    except pdfium.PdfiumError as exc:
        if getattr(exc, "err_code", None) == pdfium_c.FPDF_ERR_PASSWORD or "password" in str(exc).lower():
            if password:
                raise InputError(
                    f"{path} is beveiligd met een wachtwoord en het opgegeven wachtwoord klopt niet. "
                    "Controleer het wachtwoord bij --password.",
                    f"{path} is protected with a password and the password given is wrong. "
                    "Check the password given with --password.") from None
            raise InputError(
                f"{path} is beveiligd met een wachtwoord. Geef het wachtwoord op met --password.",
                f"{path} is protected with a password. Give the password with --password.") from None
        raise InputError(
            f"{path} is geen leesbare PDF (beschadigd of onvolledig: {exc}). Exporteer of download het plan opnieuw.",
            f"{path} is not a readable PDF (damaged or incomplete: {exc}). Export or download the plan again.") from None
    except Exception as exc:  # OSError, ValueError, anything else pypdfium2 may raise while opening
        raise InputError(f"Kan {path} niet openen: {exc}.", f"Cannot open {path}: {exc}.") from None


def _outline(pdf) -> list[tuple[int, str, int]]:
    entries = []
    try:
        for i, item in enumerate(pdf.get_toc(max_depth=8)):
            if i >= 2000:
                break
            dest = item.get_dest()
            page = dest.get_index() if dest is not None else None
            if page is None:
                continue
            entries.append((item.level + 1, _fold(_clean(item.get_title() or "")), page + 1))
    except Exception:  # a broken outline must not stop reading the text
        return []
    return entries


def read(path: Path, options: ReadOptions) -> Document:
    """Read a PDF. PDFium is native code that Python cannot interrupt: a hostile file (form XObjects
    that draw themselves, exponential nesting) can keep one page busy forever. So where the platform
    can fork, the document is read in a child process that reports each page it starts; a page that
    takes longer than PAGE_STALL_SECONDS is skipped (the child is killed and the document read again
    without it), and the child's address space is capped so a memory bomb ends in a clean error."""
    path = Path(path)
    if hasattr(os, "fork") and not os.environ.get("OPCHECK_PDF_IN_PROCESS"):
        return _read_isolated(path, options)
    return _read_in_process(path, options, frozenset(), None)


def _read_in_process(path: Path, options: ReadOptions, skip, progress) -> Document:
    started = time.monotonic()
    pdf = _open(path, options.password)
    try:
        return _read(pdf, path, options, started, skip, progress)
    except InputError:
        raise
    except Exception as exc:  # whatever pdfium or a damaged file throws: a message, never a traceback
        detail = f"{type(exc).__name__}: {exc}"[:200]
        raise InputError(f"{path} kon niet worden gelezen ({detail}). Exporteer of download het plan opnieuw.",
                         f"{path} could not be read ({detail}). Export or download the plan again.") from None
    finally:
        pdf.close()


# --- isolation of PDFium in a child process ---------------------------------------------------------
PAGE_STALL_SECONDS = 10.0      # one page taking longer than this is hostile (real pages: milliseconds)
MAX_SKIPPED_PAGES = 3          # after this many stalled pages the document is refused
POST_SECONDS = 60.0            # budget for the document-level analysis after the last page
CHILD_MEMORY_BYTES = 1024 * 1024 * 1024   # extra address space the child may use on top of what it inherits


def _send(fd: int, kind: bytes, payload: bytes = b"") -> None:
    data = kind + struct.pack("!I", len(payload)) + payload
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def _limit_child_memory() -> None:
    try:
        import resource
        with open("/proc/self/statm", "rb") as fh:
            inherited = int(fh.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
        limit = inherited + CHILD_MEMORY_BYTES
        soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        if hard != resource.RLIM_INFINITY:
            limit = min(limit, hard)
        if soft == resource.RLIM_INFINITY or soft > limit:
            resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    except (ImportError, OSError, ValueError):
        pass


def _child(fd: int, path: Path, options: ReadOptions, skip) -> None:
    _limit_child_memory()

    def progress(phase: str, index: int) -> None:
        _send(fd, b"P", f"{phase} {index}".encode())

    try:
        doc = _read_in_process(path, options, frozenset(skip), progress)
        _send(fd, b"D", pickle.dumps(doc, protocol=pickle.HIGHEST_PROTOCOL))
    except InputError as exc:
        _send(fd, b"E", pickle.dumps((exc.nl, exc.en)))
    except MemoryError:
        _send(fd, b"M")
    except BaseException as exc:  # noqa: BLE001 - reported to the parent, which raises InputError
        _send(fd, b"X", f"{type(exc).__name__}: {exc}"[:300].encode("utf-8", "replace"))


def _run_child(path: Path, options: ReadOptions, skip: set[int], deadline: float):
    """One read in a forked child: ("doc", Document) | ("error", (nl, en)) | ("memory", None) |
    ("crash", detail) | ("stall", page index or None) | ("timeout", None)."""
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:  # child: never returns into the caller's code
        try:
            os.close(read_fd)
            _child(write_fd, path, options, skip)
        finally:
            os._exit(0)
    os.close(write_fd)
    buf = bytearray()
    result = None
    phase, page = "open", None
    last = time.monotonic()
    try:
        while result is None:
            now = time.monotonic()
            stall_at = last + (POST_SECONDS if phase == "post" else PAGE_STALL_SECONDS)
            if now >= deadline:
                result = ("timeout", None)
                break
            if now >= stall_at:
                result = ("stall", page if phase == "page" else None)
                break
            ready, _, _ = select.select([read_fd], [], [], min(deadline, stall_at) - now)
            if not ready:
                continue
            chunk = os.read(read_fd, 1 << 20)
            if not chunk:
                result = ("crash", None)
                break
            buf += chunk
            while len(buf) >= 5:
                kind = bytes(buf[:1])
                size = struct.unpack("!I", bytes(buf[1:5]))[0]
                if len(buf) < 5 + size:
                    break
                payload = bytes(buf[5:5 + size])
                del buf[:5 + size]
                if kind == b"P":
                    phase, _, idx = payload.decode().partition(" ")
                    page = int(idx)
                    last = time.monotonic()
                elif kind == b"D":
                    result = ("doc", pickle.loads(payload))
                elif kind == b"E":
                    result = ("error", pickle.loads(payload))
                elif kind == b"M":
                    result = ("memory", None)
                else:
                    result = ("crash", payload.decode("utf-8", "replace"))
    finally:
        os.close(read_fd)
        if result is None or result[0] in ("stall", "timeout", "crash"):
            try:
                os.kill(pid, signal.SIGKILL)
            except OSError:
                pass
        try:
            _, status = os.waitpid(pid, 0)
        except ChildProcessError:
            status = 0
    if result[0] == "crash" and result[1] is None and phase == "page":
        # the child died inside one page (PDFium aborts when an allocation fails under the memory cap,
        # or on a broken page): skip that page like a stalled one
        result = ("stall", page)
    elif result[0] == "crash" and result[1] is None and os.WIFSIGNALED(status):
        result = ("memory", None)
    return result


def _read_isolated(path: Path, options: ReadOptions) -> Document:
    deadline = time.monotonic() + float(options.max_seconds) + POST_SECONDS
    skip: set[int] = set()
    while True:
        kind, value = _run_child(path, options, skip, deadline)
        if kind == "doc":
            return value
        if kind == "error":
            raise InputError(*value)
        if kind == "stall" and value is not None and len(skip) < MAX_SKIPPED_PAGES:
            skip.add(value)
            continue
        if kind == "memory":
            raise InputError(
                f"{path} vraagt te veel geheugen om te lezen (mogelijk een beschadigde of kwaadaardige PDF). "
                "Exporteer het plan opnieuw als PDF (bijvoorbeeld met 'Afdrukken naar PDF') of lever het als Word aan.",
                f"{path} needs too much memory to read (possibly a damaged or malicious PDF). "
                "Export the plan to PDF again (e.g. 'Print to PDF') or provide it as Word.")
        if kind in ("stall", "timeout"):
            where = (f"pagina's {', '.join(str(i + 1) for i in sorted(skip | ({value} if value is not None else set())))}"
                     if (skip or value is not None) else "het document")
            where_en = where.replace("pagina's", "pages").replace("het document", "the document")
            raise InputError(
                f"{path} is te complex om binnen de tijd te lezen ({where}). Mogelijk is de PDF beschadigd of "
                "kwaadaardig. Exporteer het plan opnieuw als PDF (bijvoorbeeld met 'Afdrukken naar PDF') of lever "
                "het als Word aan.",
                f"{path} is too complex to read in time ({where_en}). The PDF may be damaged or malicious. "
                "Export the plan to PDF again (e.g. 'Print to PDF') or provide it as Word.")
        detail = f" ({value})" if value else ""
        raise InputError(
            f"{path} kon niet worden gelezen: PDFium brak af{detail}. Exporteer of download het plan opnieuw.",
            f"{path} could not be read: PDFium stopped{detail}. Export or download the plan again.")


def _read(pdf, path: Path, options: ReadOptions, started: float, skip=frozenset(), progress=None) -> Document:
    doc = Document()
    n_pages = len(pdf)
    title = None
    try:
        title = (pdf.get_metadata_value("Title") or "").strip() or None
    except Exception:
        title = None
    source = SourceFile(path=str(path), format="pdf", pages=n_pages, title=title)
    doc.files.append(source)
    limit = n_pages
    if n_pages > options.max_pages:
        limit = options.max_pages
        doc.warnings.append(
            f"{path}: alleen de eerste {limit} van {n_pages} pagina's gelezen (--max-pages). / "
            f"only the first {limit} of {n_pages} pages were read (max pages).")
    tagged = False
    try:
        tagged = bool(pdf.is_tagged())
    except Exception:
        tagged = False
    outline = _outline(pdf)
    # The structure tree of a tagged PDF names its headings; walking it costs about 1-10 ms a page, so it
    # is only used without an outline (bookmarks say the same more cheaply) and within a time budget.
    tag_budget = [TAG_BUDGET_SECONDS if tagged and not outline else 0.0]
    fonts = _FontCache()
    pages: list[_Page] = []
    for index in range(limit):
        if time.monotonic() - started > options.max_seconds:
            doc.warnings.append(
                f"{path}: tijdslimiet van {options.max_seconds:g} s bereikt; pagina {index + 1} t/m {n_pages} "
                f"niet gelezen. / time limit of {options.max_seconds:g} s reached; pages {index + 1}-{n_pages} "
                "were not read.")
            source.unreadable_pages.extend(range(index + 1, n_pages + 1))
            break
        if index in skip:
            doc.warnings.append(
                f"{path}: pagina {index + 1} overgeslagen: te complex om te lezen (meer dan {PAGE_STALL_SECONDS:g} s of "
                "te veel geheugen). / "
                f"page {index + 1} skipped: too complex to read (over {PAGE_STALL_SECONDS:g} s or too much memory).")
            pages.append(_Page(index + 1, 595.0, 842.0, unreadable=True))
            continue
        if progress is not None:
            progress("page", index)
        try:
            page = _extract_page(pdf, index, fonts, tag_budget)
        except Exception as exc:  # one broken page must not cost the whole document
            page = _Page(index + 1, 595.0, 842.0, unreadable=True)
            doc.warnings.append(f"{path}: pagina {index + 1} kon niet worden gelezen / page {index + 1} could not be "
                                f"read ({type(exc).__name__}).")
        pages.append(page)
    if progress is not None:
        progress("post", len(pages))
    if pages and not any(p.has_text for p in pages):
        for p in pages:
            p.unreadable = True   # nothing at all to read: never silently empty
    source.unreadable_pages[:0] = [p.number for p in pages if p.unreadable]
    source.unreadable_pages = sorted(set(source.unreadable_pages))

    _mark_running(pages)
    _resolve_breaks(pages)
    labels_from_pdf = _pdf_labels(pdf, len(pages))
    for page in pages:
        body = [ln for ln in page.lines if ln.zone == BODY]
        rest = [ln for ln in page.lines if ln.zone != BODY]
        body, gutter = _split_columns(body, page.width)
        page.lines = (sorted([ln for ln in rest if ln.zone == HEADER], key=lambda ln: -ln.top)
                      + _order(body, gutter)
                      + sorted([ln for ln in rest if ln.zone == FOOTER], key=lambda ln: -ln.top))
        page.label = labels_from_pdf.get(page.number) or _page_label_from_lines(page)

    pitch = _line_pitch(pages)
    size_weights: Counter = Counter()
    for page in pages:
        for ln in page.lines:
            if ln.zone == BODY and ln.table is None:
                size_weights[ln.size] += len(ln.text)
    body_size = size_weights.most_common(1)[0][0] if size_weights else 10.0

    paras: list[_Para] = []
    page_paras: list[tuple[_Page, list[_Para]]] = []
    for page in pages:
        found = _paragraphs(page, pitch)
        for para in found:
            if para.kind != TABLE:
                para.text = _clean(_join_all([ln.text for ln in para.lines]))
        page_paras.append((page, found))
        paras.extend(found)
    _join_across_breaks(page_paras)
    for para in paras:
        if para.kind == LIST_ITEM:
            para.text = para.text  # bullet removed below, after classification (a "1." may be a heading)
    tag_headings = tagged and any(ln.tag and ln.tag.startswith("H") for p in pages for ln in p.lines)
    _classify([p for p in paras if p.text or p.kind == TABLE], body_size, outline, tag_headings)

    index = 0
    for page, found in page_paras:
        for ln in page.lines:
            if ln.zone == HEADER:
                doc.blocks.append(_line_block(ln, page, source, index, HEADER))
                index += 1
        for para in found:
            block = _para_block(para, source, index)
            if block is None:
                continue
            doc.blocks.append(block)
            index += 1
        for ln in page.lines:
            if ln.zone == FOOTER:
                doc.blocks.append(_line_block(ln, page, source, index, FOOTER))
                index += 1
    return doc


def _pdf_labels(pdf, count: int) -> dict[int, str]:
    labels: dict[int, str] = {}
    try:
        for i in range(count):
            label = pdf.get_page_label(i)
            if label:
                labels[i + 1] = label
    except Exception:
        return {}
    return labels


def _join_across_breaks(page_paras: list[tuple[_Page, list[_Para]]]) -> None:
    """A word hyphenated across a page break: move the rest of the word back to the first page."""
    prev = None
    for _page, found in page_paras:
        texts = [p for p in found if p.kind in (PARAGRAPH, LIST_ITEM) and p.text]
        if prev is not None and texts:
            first = texts[0]
            if _ends_with_hyphen(prev.text) and first.text[:1].islower():
                word, _, rest = first.text.partition(" ")
                joined = join_lines(prev.text, word)
                prev.text = joined
                first.text = rest
        if texts:
            prev = texts[-1]


def _line_block(ln: _Line, page: _Page, source: SourceFile, index: int, zone: str) -> Block:
    return Block(kind=PARAGRAPH, text=_clean(_strip_marks(ln.text)), file=source.path, page=page.number,
                 page_label=page.label, index=index, zone=zone, bold=ln.bold, font_size=ln.size)


def _para_block(para: _Para, source: SourceFile, index: int) -> Block | None:
    if para.kind == TABLE:
        rows = para.table.rows
        return Block(kind=TABLE, text=table_text(rows), file=source.path,
                     page=para.page, page_label=para.label, index=index, rows=rows)
    text = para.text
    numbering = para.numbering
    if para.kind == LIST_ITEM:
        m = _ORDERED_RE.match(text)
        if m:
            numbering = m.group(1).strip("().")
            text = text[m.end():]
        else:
            m = _BULLET_RE.match(text)
            if m:
                text = text[m.end():]
        text = text.strip()
    if not text:
        return None
    return Block(kind=para.kind, text=text, file=source.path, page=para.page, page_label=para.label, index=index,
                 level=para.level if para.kind == HEADING else 0, numbering=numbering,
                 bold=para.bold, font_size=para.size or None)
