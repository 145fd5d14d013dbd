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


def clean(text: str) -> str:
    """Repair typography without changing meaning (for quotes shown to users)."""
    return re.sub(r"[ \t\u00a0]+", " ", text.translate(_LIGATURES)).strip()


@lru_cache(maxsize=4096)
def fold_keep_case(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.translate(_LIGATURES))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return re.sub(r"\s+", " ", stripped)


def fold(text: str) -> str:
    """Lower case, no diacritics, typographic dashes and quotes unified, whitespace collapsed."""
    return fold_keep_case(text).lower()


_SUSPENDED = re.compile(r"\b([a-z]{2,})- (?:en|of|en/of|tot|,) ([a-z]{4,})")
_HYPHEN_COMPOUND = re.compile(r"\b([a-z0-9]+(?:-[a-z0-9]+)+)\b")


def match_text(folded: str) -> str:
    """The string terms are matched against: folded text plus compound variants after a separator.

    "sbo-school" reads as "sbo school" and also "sboschool"; "ouder- en jeugdsteunpunt" also yields
    "oudersteunpunt" (every suffix of the second word is tried: we do not know the morpheme boundary,
    and junk candidates such as "ouderugdsteunpunt" match no term).
    """
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


@dataclass(frozen=True)
class Term:
    source: str
    regex: re.Pattern
    case_sensitive: bool

    def search(self, folded_match: str, cased_match: str) -> re.Match | None:
        return self.regex.search(cased_match if self.case_sensitive else folded_match)


_SUFFIX = r"(?:'s|'en|'n)?"


@lru_cache(maxsize=None)
def compile_term(source: str) -> Term:
    case_sensitive = source.startswith("=")
    raw = source[1:] if case_sensitive else source
    text = fold_keep_case(raw.strip()) if case_sensitive else fold(raw.strip())
    text = text.replace("-", " ")
    words = text.split()
    if not words:
        raise ValueError("empty term")
    parts = []
    for word in words:
        if word == "#":
            parts.append(r"(?:\d+(?:[.,]\d+)?|" + NUMBER_WORDS + r")")
            continue
        piece = re.escape(word).replace(r"\*", r"\w*")
        parts.append(piece)
    body = r"\s+".join(parts)
    starts_wild = words[0].startswith("*")
    ends_wild = words[-1].endswith("*")
    prefix = "" if starts_wild else r"(?<![\w])"
    suffix = "" if ends_wild else _SUFFIX + r"(?![\w])(?!'\w)"
    flags = 0 if case_sensitive else re.IGNORECASE
    return Term(source, re.compile(prefix + body + suffix, flags), case_sensitive)


class TermSet:
    """A group of alternative terms compiled into one regex per case mode."""

    def __init__(self, sources: list[str] | tuple[str, ...]):
        self.sources = tuple(sources)
        terms = [compile_term(s) for s in self.sources]
        folded = [t.regex.pattern for t in terms if not t.case_sensitive]
        cased = [t.regex.pattern for t in terms if t.case_sensitive]
        self._folded = re.compile("|".join(f"(?:{p})" for p in folded)) if folded else None
        self._cased = re.compile("|".join(f"(?:{p})" for p in cased)) if cased else None

    def search(self, folded: str, cased: str = "") -> re.Match | None:
        if self._folded is not None:
            m = self._folded.search(folded)
            if m:
                return m
        if self._cased is not None and cased:
            return self._cased.search(cased)
        return None

    def count(self, folded: str, cased: str = "") -> int:
        n = len(self._folded.findall(folded)) if self._folded is not None else 0
        if self._cased is not None and cased:
            n += len(self._cased.findall(cased))
        return n

    def __bool__(self) -> bool:
        return bool(self.sources)


_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+(?=[\"'(\[]?[A-Z0-9\u00c0-\u00de•\-–])")


def split_sentences(text: str) -> list[str]:
    """Split prose into sentences; keeps abbreviations like 'bijv.' and 'o.a.' mostly intact."""
    text = text.strip()
    if not text:
        return []
    pieces = _SENTENCE_END.split(text)
    merged: list[str] = []
    for piece in pieces:
        if merged and re.search(r"\b(bijv|o\.a|m\.b\.t|t\.a\.v|i\.v\.m|nr|art|zgn|incl|excl|ca|e\.d|d\.w\.z|m\.n|z\.s\.m)\.$",
                                merged[-1], re.IGNORECASE):
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
