"""Reader for HTML plans saved as local files (.html/.htm). Nothing is ever fetched.

Parsing uses lxml's HTML parser with network access off and comments/processing instructions removed;
the HTML parser does not expand DTD entities. Headings h1-h6 keep their level (numbering split off),
p/div/blockquote/dt/dd text becomes paragraphs, li list items, table rows a TABLE block. Page chrome
is zoned: <nav> (and role=navigation, id/class "toc") as TOC, top-level <header>/<footer> (not inside
article/section/main/aside) as HEADER/FOOTER. Script, style and other non-text elements are dropped.
"""
from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from lxml import etree
from lxml import html as lhtml

from opcheck.document import BODY, FOOTER, HEADER, HEADING, LIST_ITEM, PARAGRAPH, TABLE, TOC, Document, SourceFile, table_text
from opcheck.errors import InputError
from opcheck.readers.text import _Builder, collapse, decode_bytes, normalize_newlines

DROP_TAGS = frozenset({
    "script", "style", "noscript", "template", "svg", "math", "head", "title", "meta", "link", "base",
    "iframe", "frame", "frameset", "object", "embed", "applet", "canvas", "select", "option", "optgroup",
    "datalist", "textarea", "button", "input", "map", "area", "audio", "video", "source", "track", "img",
    "picture", "param", "dialog",
})
HEADING_TAGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
BLOCK_TAGS = frozenset({
    "html", "body", "address", "article", "aside", "blockquote", "center", "details", "dd", "div", "dl",
    "dt", "fieldset", "figcaption", "figure", "footer", "form", "header", "hgroup", "hr", "li", "main",
    "menu", "nav", "ol", "p", "pre", "section", "table", "ul", "summary", "caption", "legend", "tr", "td",
    "th", "thead", "tbody", "tfoot", "noframes", "listing", "xmp", "plaintext",
}) | frozenset(HEADING_TAGS)
# Blocks whose own text forms one block (nested lists/tables/headings inside them come out separately)
LEAF_TAGS = {"p": PARAGRAPH, "li": LIST_ITEM, "dt": PARAGRAPH, "dd": PARAGRAPH, "pre": PARAGRAPH,
             "caption": PARAGRAPH, "figcaption": PARAGRAPH, "summary": PARAGRAPH, "address": PARAGRAPH,
             "legend": PARAGRAPH, "listing": PARAGRAPH, "xmp": PARAGRAPH, "plaintext": PARAGRAPH}
NESTED_STRUCT = frozenset({"ul", "ol", "dl", "menu", "table", "blockquote"}) | frozenset(HEADING_TAGS)
SECTIONING = frozenset({"article", "section", "main", "aside"})
_TOC_TOKENS = frozenset({"toc", "inhoudsopgave", "table-of-contents", "tableofcontents", "inhoud"})
_CHROME_TOKENS = frozenset({"sidebar", "zijbalk", "menu", "navigation", "navigatie", "breadcrumb", "breadcrumbs", "kruimelpad",
                            "widget", "related", "downloads", "share", "social"})
_HEADER_TOKENS = frozenset({"header", "site-header", "page-header", "masthead", "banner"})
_FOOTER_TOKENS = frozenset({"footer", "site-footer", "page-footer", "colofon-footer"})
_META_CHARSET_RE = re.compile(rb"""<meta[^>]{0,500}?charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]{1,40})""", re.I)
_MAX_DEPTH = 200
_LINE_CAP = 65535  # libxml2's HTML parser reports at most this line number


def _unreadable(path: str, detail: str) -> InputError:
    return InputError(
        f"{path} kan niet als HTML worden gelezen ({detail}). Open het bestand in een browser en sla het "
        "opnieuw op (Opslaan als: webpagina, alleen HTML), of lever het plan als PDF of Word (.docx) aan.",
        f"{path} cannot be read as HTML ({detail}). Open the file in a browser and save it again "
        "(Save as: web page, HTML only), or provide the plan as PDF or Word (.docx).")


def _declared_charset(data: bytes) -> str | None:
    m = _META_CHARSET_RE.search(data[:16384])
    if not m:
        return None
    name = m.group(1).decode("ascii", "ignore").lower()
    if name in ("iso-8859-1", "latin1", "latin-1", "us-ascii", "ascii", "iso8859-1"):
        return "cp1252"  # as browsers do (WHATWG encoding standard)
    if name.startswith(("utf-16", "utf16")):
        return "utf-8"  # a meta tag cannot declare UTF-16 (the BOM does that)
    import codecs
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _tag(el) -> str | None:
    tag = el.tag
    if not isinstance(tag, str):
        return None  # comment, processing instruction, entity
    if "}" in tag:
        tag = tag.rsplit("}", 1)[1]
    return tag.lower()


def _tokens(el) -> set[str]:
    out = set((el.get("class") or "").lower().split())
    ident = (el.get("id") or "").lower().strip()
    if ident:
        out.add(ident)
    return out


def _mostly_links(el) -> bool:
    """Navigation lists: (almost) every list item is nothing but a link. Such text repeats headings
    and annex titles without addressing anything, so it goes to the TOC zone."""
    items = [li for li in el.iter() if _tag(li) == "li"]
    if len(items) < 2:
        return False
    linked = 0
    for li in items:
        text = " ".join("".join(li.itertext()).split())
        link_text = " ".join(" ".join("".join(a.itertext()) for a in li.iter() if _tag(a) == "a").split())
        if text and link_text and len(link_text) >= 0.8 * len(text):
            linked += 1
    return linked >= 0.8 * len(items)


_FEW_HEADINGS = 3
_EMPHASIS = frozenset({"strong", "b"})
_TITLE_WORDS = 12


def _bold_title(el, flat_text) -> str | None:
    """The text of <p><strong>4. Geld en middelen</strong></p>: the whole paragraph one bold run, short, without a
    sentence's end (web pages exported from Word without heading styles type their titles like this)."""
    children = [c for c in el if _tag(c) is not None]
    if len(children) != 1 or (el.text or "").strip() or (children[0].tail or "").strip() or _tag(children[0]) not in _EMPHASIS:
        return None
    text = collapse(flat_text(children[0]))
    words = text.split()
    if not words or len(words) > _TITLE_WORDS or text[-1] in ".,;:" or not (text[0].isupper() or text[0].isdigit()):
        return None
    return text


def _dropped(el, tag: str) -> bool:
    if tag in DROP_TAGS:
        return True
    if el.get("hidden") is not None:
        return True
    style = el.get("style")
    if style and re.search(r"display\s*:\s*none|visibility\s*:\s*hidden", style, re.I):
        return True
    return False


class _Walker:
    def __init__(self, file: str):
        self.b = _Builder(file)
        self.has_block: set = set()
        self.last_line = 1
        self.bold_headings = False   # a page without <h1>-<h6>: a paragraph that is one short bold run is a heading
        self.numbered_level = 0      # level of the last numbered bold title

    # -- helpers ----------------------------------------------------------------------------------
    def _line(self, el) -> int | None:
        """Source line of el; libxml2 caps line numbers at 65535, so beyond that the line is unknown."""
        line = getattr(el, "sourceline", None)
        if line:
            self.last_line = line
        if self.last_line >= _LINE_CAP:
            return None
        return self.last_line

    def mark_blocks(self, root) -> None:
        """Remember which elements contain block-level descendants (inline ones then act as containers)."""
        for el in root.iter():
            tag = _tag(el)
            if tag in BLOCK_TAGS:
                parent = el.getparent()
                while parent is not None and parent not in self.has_block:
                    self.has_block.add(parent)
                    parent = parent.getparent()

    def flat_text(self, el, depth: int = 0) -> str:
        """All visible text below el (not its tail), block boundaries and <br> as spaces.

        Iterative, so deeply nested (sloppy) HTML cannot exhaust the Python stack.
        """
        parts: list[str] = []
        walk = etree.iterwalk(el, events=("start", "end"))
        for event, node in walk:
            tag = _tag(node)
            if event == "start":
                if tag is None or _dropped(node, tag):
                    walk.skip_subtree()
                    continue
                if tag == "br":
                    parts.append(" ")
                elif tag in BLOCK_TAGS:
                    parts.append(" ")
                parts.append(node.text or "")
            else:
                if node is el:
                    break
                if tag in BLOCK_TAGS:
                    parts.append(" ")
                parts.append(node.tail or "")
        return "".join(parts)

    def zone_for(self, el, tag: str, zone: str) -> str:
        if zone != BODY:
            return zone
        role = (el.get("role") or "").lower()
        tokens = _tokens(el)
        if tag == "nav" or role in ("navigation", "directory", "menu", "menubar") or tokens & _TOC_TOKENS:
            return TOC
        if (tag == "aside" or role == "complementary") and (tokens & _CHROME_TOKENS or _mostly_links(el)):
            return TOC
        if tag in ("ul", "ol", "menu") and _mostly_links(el):
            return TOC
        top_level = not any(_tag(a) in SECTIONING for a in el.iterancestors())
        if role == "banner" or (top_level and (tag == "header" or (tag == "div" and tokens & _HEADER_TOKENS))):
            return HEADER
        if role == "contentinfo" or (top_level and (tag == "footer" or (tag == "div" and tokens & _FOOTER_TOKENS))):
            return FOOTER
        return zone

    # -- walking ----------------------------------------------------------------------------------
    def container(self, el, zone: str, depth: int) -> None:
        run: list[str] = []
        run_line: list[int | None] = []

        def add_run(text: str, line_el, tail: bool = False) -> None:
            if text and text.strip() and not run_line:
                line = self._line(line_el)
                if line is not None:
                    if tail:  # the tail starts where line_el ends
                        line += etree.tostring(line_el, encoding="unicode", with_tail=False).count("\n")
                    line += text[: len(text) - len(text.lstrip())].count("\n")
                    if line >= _LINE_CAP:
                        line = None
                run_line.append(line)
            run.append(text)

        def flush() -> None:
            if run:
                text = collapse("".join(run))
                if text:
                    self.b.add(PARAGRAPH, text, run_line[0] if run_line else self._line(el), zone=zone)
            run.clear()
            run_line.clear()

        add_run(el.text or "", el)
        for child in el:
            tag = _tag(child)
            if tag is None or _dropped(child, tag):
                pass
            elif tag == "br":
                add_run(" ", child)
            elif tag in BLOCK_TAGS or child in self.has_block:
                flush()
                self.block(child, tag, zone, depth + 1)
            else:
                add_run(self.flat_text(child), child)
            if child.tail:
                add_run(child.tail, child, tail=True)
        flush()

    def block(self, el, tag: str, zone: str, depth: int) -> None:
        zone = self.zone_for(el, tag, zone)
        line = self._line(el)
        if depth > _MAX_DEPTH:
            self.b.add(PARAGRAPH, self.flat_text(el), line, zone=zone)
            return
        if tag in HEADING_TAGS:
            heading = self.b.heading(self.flat_text(el), line, level=HEADING_TAGS[tag])
            if heading is not None:
                heading.zone = zone
            return
        if tag == "table":
            self.table(el, zone, depth)
            return
        if tag == "hr":
            return
        if tag in LEAF_TAGS:
            self.leaf(el, LEAF_TAGS[tag], zone, depth)
            return
        self.container(el, zone, depth)

    def leaf(self, el, kind: str, zone: str, depth: int) -> None:
        if self.bold_headings and kind == PARAGRAPH and _tag(el) == "p":
            title = _bold_title(el, self.flat_text)
            if title:
                heading = self.b.heading(title, self._line(el))
                if heading is not None:
                    heading.zone = zone
                    if heading.numbering:
                        self.numbered_level = heading.level
                    elif self.numbered_level:
                        # "Aanleiding" after "<strong>1. Inleiding</strong>": a subheading of the numbered chapter
                        heading.level = self.numbered_level + 1
                return
        parts: list[str] = [el.text or ""]
        deferred = []
        for child in el:
            tag = _tag(child)
            if tag is not None and not _dropped(child, tag):
                if tag == "br":
                    parts.append(" ")
                elif tag in NESTED_STRUCT:
                    deferred.append((child, tag))
                else:
                    inner = self.flat_text(child)
                    parts.append(f" {inner} " if tag in BLOCK_TAGS else inner)
            if child.tail:
                parts.append(child.tail)
        self.b.add(kind, collapse("".join(parts)), self._line(el), zone=zone)
        for child, tag in deferred:
            self.block(child, tag, zone, depth + 1)

    def table(self, el, zone: str, depth: int) -> None:
        line = self._line(el)
        rows_el = [tr for tr in el.iter("tr", "TR") if self._owner_table(tr) is el]
        layout = any(_tag(d) in HEADING_TAGS or (_tag(d) == "table" and d is not el) for d in el.iter())
        if layout:
            # a table used for page layout: read its cells as ordinary content
            for tr in rows_el:
                for cell in tr:
                    if _tag(cell) in ("td", "th"):
                        self.container(cell, zone, depth + 1)
            return
        for child in el:
            if _tag(child) == "caption":
                self.b.add(PARAGRAPH, self.flat_text(child), self._line(child), zone=zone)
        rows: list[list[str]] = []
        for tr in rows_el:
            cells = [collapse(self.flat_text(cell)) for cell in tr if _tag(cell) in ("td", "th")]
            if any(cells):
                rows.append(cells)
        if rows:
            self.b.add(TABLE, table_text(rows), line, rows=rows, zone=zone)

    @staticmethod
    def _owner_table(tr):
        for anc in tr.iterancestors():
            if _tag(anc) == "table":
                return anc
        return None


_DOCTYPE_RE = re.compile(r"<!DOCTYPE", re.I)
_SUBSET_OPEN_RE = re.compile(r"[>\[]")
_SUBSET_END_RE = re.compile(r"\][ \t\r\n\f\v]*>")


def _drop_internal_subset(text: str) -> str:
    """Replace the first doctype's internal subset (entity definitions) by a plain doctype, so entities
    are never expanded. Linear: a lazy regex would rescan the rest for every unclosed '<!DOCTYPE x ['."""
    m = _DOCTYPE_RE.search(text)
    if not m:
        return text
    opener = _SUBSET_OPEN_RE.search(text, m.end())
    if opener is None or opener.group() != "[":
        return text
    end = _SUBSET_END_RE.search(text, opener.end())
    if end is None:
        return text
    return text[:m.start()] + "<!DOCTYPE html>" + text[end.end():]


def _parse(text: str, file: str, huge: bool) -> tuple[object | None, bool]:
    """Parse HTML text; return (root or None for an empty document, whether libxml2 hit its depth limit)."""
    parser = lhtml.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True, no_network=True,
                              recover=True, huge_tree=huge)
    try:
        root = lhtml.document_fromstring(text.encode("utf-8"), parser=parser)
    except etree.ParserError as exc:  # "Document is empty": only comments/whitespace
        if "empty" in str(exc).lower():
            return None, False
        raise _unreadable(file, str(exc)) from exc
    except (etree.LxmlError, ValueError, MemoryError) as exc:
        raise _unreadable(file, str(exc)) from exc
    too_deep = any("depth" in (e.message or "").lower() for e in parser.error_log)
    return root, too_deep


def read(path: Path, options=None) -> Document:
    path = Path(path)
    file = str(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"Kan {path} niet lezen: {exc.strerror}. Controleer of het bestand bestaat en leesbaar is.",
                         f"Cannot read {path}: {exc.strerror}. Check that the file exists and is readable.") from exc
    text, _encoding, warnings = decode_bytes(data, file, declared=_declared_charset(data))
    text = unicodedata.normalize("NFC", normalize_newlines(text))
    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text)  # an XML declaration would contradict our encoding

    source = SourceFile(path=file, format="html", size=len(data))
    if not text.strip():
        return Document(files=[source], blocks=[], warnings=warnings)
    text = _drop_internal_subset(text)  # never processed: no entity expansion
    root, too_deep = _parse(text, file, huge=False)
    if too_deep:  # sloppy HTML (unclosed inline tags) can nest deeper than libxml2's default 256 levels
        root, too_deep = _parse(text, file, huge=True)
    if root is None:
        return Document(files=[source], blocks=[], warnings=warnings)
    if too_deep:
        warnings.append(
            f"{file}: de HTML is extreem diep genest; tekst voorbij die diepte is niet gelezen. "
            "Sla de pagina opnieuw op of lever het plan als PDF/Word aan. / "
            "the HTML is nested extremely deeply; text beyond that depth was not read. "
            "Save the page again or provide the plan as PDF/Word.")
    title_el = next((t for t in root.iter("title") if not any(_tag(a) == "svg" for a in t.iterancestors())), None)
    title = collapse(title_el.text_content()) if title_el is not None else ""

    walker = _Walker(file)
    try:
        walker.mark_blocks(root)
        walker.bold_headings = sum(1 for el in root.iter(*HEADING_TAGS)) < _FEW_HEADINGS
        body = root.find("body")
        if body is None:
            body = root
        walker.container(body, BODY, 0)
    except RecursionError as exc:
        raise _unreadable(file, "te diep geneste elementen / too deeply nested elements") from exc

    blocks = walker.b.blocks
    if not title:
        first = next((b for b in blocks if b.kind == HEADING and b.level == 1), None) \
            or next((b for b in blocks if b.kind == HEADING), None)
        title = first.heading_text if first else ""
    source.title = title or None
    return Document(files=[source], blocks=blocks, warnings=warnings)
