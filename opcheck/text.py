"""Dutch-aware text normalisation and term matching.

Terms in checklists are written in a small pattern language, compiled once:
- `tlv`                 a whole word (case and diacritics folded; "TLV's" and "tlv'en" match too)
- `terugplaats*`        a word that starts with "terugplaats" (terugplaatsing, terugplaatsingsbeleid)
- `*steunpunt`          a word that ends with "steunpunt" (oudersteunpunt, jeugdsteunpunt)
- `*middelen*`          a word containing "middelen"
- `binnen # weken`      several words in sequence; `#` is any number (digits or a Dutch number word)
- `=PrO`                case-sensitive (after diacritics folding), for abbreviations that are common words
Matching runs on folded text in which hyphenated compounds appear both split and joined, and
suspended hyphens are expanded ("ouder- en jeugdsteunpunt" also reads "oudersteunpunt").
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

_LIGATURES = str.maketrans({"ﬁ": "fi", "ﬂ": "fl", "ﬀ": "ff", "ﬃ": "ffi", "ﬄ": "ffl", "ĳ": "ij", "Ĳ": "IJ",
                            "\u00ad": "", "\ufffe": "", "\u2010": "-", "\u2011": "-", "\u2012": "-",
                            "\u2013": "-", "\u2014": "-", "\u2212": "-", "\u2018": "'", "\u2019": "'",
                            "\u201a": "'", "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00a0": " ",
                            "\u2009": " ", "\u202f": " ", "\t": " "})

NUMBER_WORDS = ("een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|vijftien"
                "|zestien|twintig|dertig|veertig|vijftig|honderd")


_BLANKS = re.compile(r"[ \t\u00a0]+")


def clean(text: str) -> str:
    """Repair typography without changing meaning (for quotes shown to users)."""
    return _BLANKS.sub(" ", text.translate(_LIGATURES)).strip()


# The combining-mark blocks of Unicode: removing them after NFKD drops the diacritics (é -> e) at C speed.
_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


_SPACES = re.compile(r"\s+")
_ASCII_SPACE_RUNS = ("  ", "\t", "\n", "\r", "\x0b", "\x0c")


@lru_cache(maxsize=4096)
def fold_keep_case(text: str) -> str:
    if text.isascii():
        # (most sentences have single spaces only: a few substring tests beat a regex pass)
        return _SPACES.sub(" ", text) if any(run in text for run in _ASCII_SPACE_RUNS) else text
    decomposed = unicodedata.normalize("NFKD", text.translate(_LIGATURES))
    return _SPACES.sub(" ", _COMBINING.sub("", decomposed))


def in_capitals(text: str, min_letters: int = 3) -> bool:
    """A line typed in capitals ("3 BASISONDERSTEUNING", "VOORWOORD"): at least min_letters letters, none lower case."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= min_letters and not any(c.islower() for c in letters)


def fold(text: str) -> str:
    """Lower case, no diacritics, typographic dashes and quotes unified, whitespace collapsed."""
    return fold_keep_case(text).lower()


_SUSPENDED = re.compile(r"\b([a-z]{2,})- (?:en|of|en/of|tot|,) ([a-z]{4,})", re.IGNORECASE)
_HYPHEN_COMPOUND = re.compile(r"\b([a-z0-9]+(?:-[a-z0-9]+)+)\b", re.IGNORECASE)


def match_text(folded: str) -> str:
    """The string terms are matched against: folded text plus compound variants after a separator.

    "sbo-school" reads as "sbo school" and also "sboschool"; "ouder- en jeugdsteunpunt" also yields
    "oudersteunpunt" (every suffix of the second word is tried: we do not know the morpheme boundary,
    and junk candidates such as "ouderugdsteunpunt" match no term).
    """
    if "-" not in folded:
        return folded
    variants: list[str] = []
    for m in _SUSPENDED.finditer(folded):
        head, tail = m.group(1), m.group(2)
        variants.extend(head + tail[i:] for i in range(1, len(tail) - 3))
    for m in _HYPHEN_COMPOUND.finditer(folded):
        variants.append(m.group(1).replace("-", ""))
    split = folded.replace("-", " ") if "-" in folded else folded
    if variants:
        return split + " \u2016 " + " ".join(variants)
    return split


# ---------------------------------------------------------------------------------------------
# Term matching on tokens. Terms are compiled once into token patterns; a document gets one
# Matcher whose vocabulary (the distinct words of the document) is matched against every pattern
# once, so checking a sentence is a few set look-ups instead of a regex scan per criterion.

_TOKEN = re.compile(r"\w+|[€%&]")
_APOS_SUFFIX = re.compile(r"(\w)['\u2019](s|en)\b")
_APOS_INNER = re.compile(r"(\w)['\u2019](\w)")
_PAREN_INFIX = re.compile(r"(\w*)\((\w{1,3})\)(\w*)")
_NUMBERS = frozenset(NUMBER_WORDS.split("|"))

EXACT, PREFIX, SUFFIX, INFIX, NUMBER, ANY = range(6)


def tokens(text: str) -> list[str]:
    """Word tokens: "TLV's" -> TLV, "so'n" -> son, "s(b)o" -> sbo, "€" and "%" stand alone."""
    if "'" in text or "\u2019" in text:
        text = _APOS_SUFFIX.sub(r"\1", text)
        text = _APOS_INNER.sub(r"\1\2", text)
    if "(" in text:
        text = _PAREN_INFIX.sub(r"\1\2\3", text)
    return _TOKEN.findall(text)


@dataclass(frozen=True, eq=False)
class TokenPattern:
    """One word of a term. Interned (see token_pattern): equal patterns are the same object, so sets of
    them hash by identity, which the matcher's inner loop does tens of thousands of times per plan."""
    kind: int
    text: str
    cased: bool


_TOKEN_PATTERNS: dict[tuple[int, str, bool], TokenPattern] = {}


def token_pattern(kind: int, text: str, cased: bool) -> TokenPattern:
    key = (kind, text, cased)
    found = _TOKEN_PATTERNS.get(key)
    if found is None:
        found = _TOKEN_PATTERNS[key] = TokenPattern(kind, text, cased)
    return found


_ANY_PART = token_pattern(ANY, "*", False)


@dataclass(frozen=True)
class Term:
    id: int
    source: str
    parts: tuple[TokenPattern, ...]
    case_sensitive: bool


_REGISTRY: list[Term] = []


@lru_cache(maxsize=None)
def compile_term(source: str) -> Term:
    case_sensitive = source.startswith("=")
    raw = source[1:] if case_sensitive else source
    text = fold_keep_case(raw.strip()) if case_sensitive else fold(raw.strip())
    words = text.replace("-", " ").split()
    if not words:
        raise ValueError("empty term")
    parts: list[TokenPattern] = []
    for word in words:
        if word == "#":
            parts.append(token_pattern(NUMBER, "#", False))
            continue
        if word == "*":
            if not parts:
                raise ValueError(f"term '{source}' cannot start with a lone '*'")
            parts.append(_ANY_PART)
            continue
        lead, trail = word.startswith("*"), word.endswith("*") and len(word) > 1
        core = tokens(word.strip("*"))
        if not core:
            raise ValueError(f"term '{source}' has no letters or digits in '{word}'")
        for i, tok in enumerate(core):
            first, last = i == 0, i == len(core) - 1
            starts = lead and first
            ends = trail and last
            kind = INFIX if (starts and ends) else SUFFIX if starts else PREFIX if ends else EXACT
            parts.append(token_pattern(kind, tok, case_sensitive))
    term = Term(len(_REGISTRY), source, tuple(parts), case_sensitive)
    _REGISTRY.append(term)
    return term


class TermSet:
    """A group of alternative terms; a text 'hits' the set when it contains any of them."""

    def __init__(self, sources: list[str] | tuple[str, ...]):
        self.sources = tuple(sources)
        self.terms = tuple(compile_term(s) for s in self.sources)
        self.ids = frozenset(t.id for t in self.terms)

    def hit(self, hits: frozenset[int] | set[int]) -> bool:
        return not self.ids.isdisjoint(hits)

    def __bool__(self) -> bool:
        return bool(self.sources)


def _term_tables(terms: list[Term]) -> tuple:
    exact: dict[tuple[str, bool], list[TokenPattern]] = {}
    prefix: dict[tuple[str, bool], list[TokenPattern]] = {}
    suffix: dict[tuple[str, bool], list[TokenPattern]] = {}
    infix: dict[TokenPattern, None] = {}
    starts: dict[TokenPattern, list[Term]] = {}
    by_kind = {EXACT: exact, PREFIX: prefix, SUFFIX: suffix}
    for term in terms:
        starts.setdefault(term.parts[0], []).append(term)
        for part in term.parts:
            table = by_kind.get(part.kind)
            if table is not None:
                bucket = table.setdefault((part.text, part.cased), [])
                if part not in bucket:
                    bucket.append(part)
            elif part.kind == INFIX:
                infix[part] = None
    # no prefix or suffix pattern is longer than this: slicing longer words further is wasted work
    longest = max((len(text) for text, _ in (*prefix, *suffix)), default=0)
    return exact, prefix, suffix, list(infix), starts, longest


class Matcher:
    """Finds which registered terms occur in texts. Build one per document; results are cached per text."""

    _tables: tuple | None = None   # the term tables, shared by all matchers while no new term is registered

    def __init__(self) -> None:
        tables = Matcher._tables
        if tables is None or tables[0] != len(_REGISTRY):
            tables = Matcher._tables = (len(_REGISTRY), *_term_tables(_REGISTRY))
        _, self._exact, self._prefix, self._suffix, self._infix, self._starts, self._longest = tables
        self._word_cache: dict[str, frozenset[TokenPattern]] = {}
        self._info_cache: dict[str, tuple] = {}
        self._text_cache: dict[str, frozenset[int]] = {}

    def _patterns_for(self, word: str) -> frozenset[TokenPattern]:
        found = self._word_cache.get(word)
        if found is not None:
            return found
        out: set[TokenPattern] = set()
        lower = word.lower()
        longest = self._longest
        for form, cased in ((lower, False), (word, True)):
            out.update(self._exact.get((form, cased), ()))
            for k in range(1, min(len(form), longest) + 1):
                out.update(self._prefix.get((form[:k], cased), ()))
            for k in range(max(0, len(form) - longest), len(form)):
                out.update(self._suffix.get((form[k:], cased), ()))
        if len(word) <= 200:   # a 200-letter "word" is no Dutch compound; skip the substring scan
            for part in self._infix:
                if part.text in (word if part.cased else lower):
                    out.add(part)
        if lower.isdigit() or lower in _NUMBERS:
            out.add(_NUMBER_PART)
        result = frozenset(out)
        self._word_cache[word] = result
        return result

    def _word_info(self, word: str) -> tuple:
        """(the word's token patterns, ids of one-word terms it is, multi-word terms it starts keyed by their second
        part, multi-word terms it starts whose second part is any word)."""
        info = self._info_cache.get(word)
        if info is None:
            parts = self._patterns_for(word)
            starting = [t for part in parts for t in self._starts.get(part, ())]
            by_second: dict[TokenPattern, list[Term]] = {}
            any_second: list[Term] = []
            for t in starting:
                if len(t.parts) == 1:
                    continue
                if t.parts[1] is _ANY_PART:
                    any_second.append(t)
                else:
                    by_second.setdefault(t.parts[1], []).append(t)
            info = (parts, frozenset(t.id for t in starting if len(t.parts) == 1), by_second, tuple(any_second),
                    frozenset(by_second))
            self._info_cache[word] = info
        return info

    def hits(self, text: str) -> frozenset[int]:
        """Ids of the terms that occur in text (text: diacritics folded, case kept; see match_text)."""
        cached = self._text_cache.get(text)
        if cached is not None:
            return cached
        info_get = self._info_cache.get
        word_info = self._word_info
        infos = [info_get(w) or word_info(w) for w in tokens(text)]
        found: set[int] = set()
        last = len(infos) - 1
        for i, (_, singles, by_second, any_second, seconds) in enumerate(infos):
            if singles:
                found.update(singles)
            if (not seconds and not any_second) or i == last:
                continue
            # candidates: the multi-word terms this word starts whose second part the next word matches
            matched = seconds & infos[i + 1][0]
            if not matched and not any_second:
                continue
            candidates = list(any_second)
            for part in matched:
                candidates.extend(by_second[part])
            for term in candidates:
                parts = term.parts
                n = len(parts)
                if term.id in found or i + n > len(infos):
                    continue
                if n == 2 or all(parts[j] is _ANY_PART or parts[j] in infos[i + j][0] for j in range(2, n)):
                    found.add(term.id)
        result = frozenset(found)
        if len(self._text_cache) < 200_000:
            self._text_cache[text] = result
        return result


_NUMBER_PART = token_pattern(NUMBER, "#", False)


# (a semicolon before "(2)" continues an inline enumeration: "de volgende treden: (1) ...; (2) ...; (3) ...")
_SENTENCE_END = re.compile(r"(?:(?<=[.!?])|(?<=;)(?!\s+\(\w{1,2}\)))\s+(?=[\"'(\[]?[A-Z0-9\u00c0-\u00de•\-–])")


_ABBREVIATION_END = re.compile(r"\b(bijv|o\.a|m\.b\.t|t\.a\.v|i\.v\.m|nr|art|zgn|incl|excl|ca|e\.d|d\.w\.z|m\.n|z\.s\.m)\.$",
                               re.IGNORECASE)


def split_sentences(text: str) -> list[str]:
    """Split prose into sentences; keeps abbreviations like 'bijv.' and 'o.a.' mostly intact."""
    text = text.strip()
    if not text:
        return []
    pieces = _SENTENCE_END.split(text)
    merged: list[str] = []
    for piece in pieces:
        # the longest abbreviation is 6 characters: looking at the last 10 is enough
        if merged and merged[-1].endswith(".") and _ABBREVIATION_END.search(merged[-1][-10:]):
            merged[-1] += " " + piece
        else:
            merged.append(piece)
    return [p.strip() for p in merged if p.strip()]


def shorten(text: str, limit: int = 320) -> str:
    text = clean(text)
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut + " …"
