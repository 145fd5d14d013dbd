"""The document model: what every reader produces and every check consumes.

A plan is an ordered list of blocks. Each block knows its kind, its text, where it came from
(file, physical page, printed page label, paragraph index or line), the chain of headings above
it (its section path) and its zone. Zones let checks ignore text that only repeats words: a table
of contents, running headers and footers, a glossary, a cover page.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterator

# Block kinds
HEADING = "heading"
PARAGRAPH = "paragraph"
LIST_ITEM = "list_item"
TABLE = "table"
BLOCK_KINDS = (HEADING, PARAGRAPH, LIST_ITEM, TABLE)

# Zones
BODY = "body"
TOC = "toc"
HEADER = "header"
FOOTER = "footer"
GLOSSARY = "glossary"
COVER = "cover"
ANNEX = "annex"
ZONES = (BODY, TOC, HEADER, FOOTER, GLOSSARY, COVER, ANNEX)
# Zones whose words count as evidence. An annex (bijlage) is part of the plan the user gave us.
EVIDENCE_ZONES = frozenset({BODY, ANNEX})


@dataclass
class Block:
    kind: str
    text: str
    file: str = ""
    page: int | None = None          # physical page, 1-based (PDF; Word where rendered breaks exist)
    page_label: str | None = None    # printed page number/label where detectable
    index: int = 0                   # position of the block within its file (0-based)
    line: int | None = None          # 1-based source line for text/markdown/html where known
    level: int = 0                   # heading level (1 = chapter); 0 for non-headings
    numbering: str | None = None     # "3.2" for "3.2 Terugplaatsing", list bullets not included
    rows: list[list[str]] | None = None  # table cells, row by row (text holds a flattened copy)
    zone: str = BODY
    section: tuple[str, ...] = ()    # heading texts above this block, outermost first
    style: str | None = None         # source style name where known (Word), for debugging
    bold: bool = False               # whole block bold (used by heading heuristics)
    font_size: float | None = None   # dominant font size (PDF/Word), for heading heuristics

    @property
    def heading_text(self) -> str:
        """Heading with its numbering, as a reader sees it."""
        if self.numbering and not self.text.startswith(self.numbering):
            return f"{self.numbering} {self.text}"
        return self.text

    @property
    def section_title(self) -> str:
        return self.section[-1] if self.section else ""


@dataclass
class SourceFile:
    path: str
    format: str                      # pdf, docx, text, markdown, html
    sha256: str = ""
    pages: int | None = None
    unreadable_pages: list[int] = field(default_factory=list)
    title: str | None = None
    size: int = 0


@dataclass
class Document:
    files: list[SourceFile] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def body_blocks(self) -> Iterator[Block]:
        return (b for b in self.blocks if b.zone in EVIDENCE_ZONES)

    def headings(self) -> Iterator[Block]:
        return (b for b in self.blocks if b.kind == HEADING)

    @property
    def unreadable(self) -> bool:
        """True when no evidence-zone text could be read at all."""
        return not any(b.text.strip() for b in self.body_blocks())

    def extend(self, other: "Document") -> None:
        self.files.extend(other.files)
        self.blocks.extend(other.blocks)
        self.warnings.extend(other.warnings)


def table_text(rows: list[list[str]]) -> str:
    """The flattened copy of a table that Block.text holds: cells joined by " | ", rows by newlines."""
    return "\n".join(" | ".join(row) for row in rows)
