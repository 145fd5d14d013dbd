"""Word (.docx) reader: WordprocessingML → Document.

The package is opened with `zipfile` and checked before anything is parsed (member count, total and
per-member uncompressed size, compression ratio). Every XML part is parsed with lxml without DTDs,
entity expansion or network access; a part that declares a DTD is refused outright (OOXML never has
one, so a DOCTYPE means a damaged or hostile file). python-docx is not used: the body is walked with
lxml in document order, which is both faster and sees more (content controls, text boxes, fields,
tracked changes).

What comes out, in this order:
  * running headers (zone HEADER), once per distinct text;
  * the body: headings, paragraphs, list items and tables in document order, with text boxes placed
    after the paragraph that anchors them, and each footnote/endnote placed as a paragraph block
    directly AFTER the block that references it (so it stays in the section it belongs to);
    footnotes that nothing references follow at the end of the body;
  * running footers (zone FOOTER), once per distinct text.

Headings come from paragraph styles (any language, basedOn chains, outline levels) and, failing
that, from manual formatting (short bold or larger lines, "4.2 Terugplaatsing", "Hoofdstuk 3 …").
Automatic numbering (numbering.xml) is rendered as Word shows it. Page numbers come from the page
breaks Word recorded when it last laid out the file (w:lastRenderedPageBreak); a file without them
(never opened in Word, or generated) gets no page numbers, since explicit breaks alone undercount.
"""
from __future__ import annotations

import posixpath
import re
import time
import zipfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from opcheck.document import (BODY, FOOTER, HEADER, HEADING, LIST_ITEM, PARAGRAPH, TABLE, TOC, Block,
                              Document, SourceFile, table_text)
from opcheck.errors import InputError
from opcheck.text import in_capitals

# --- limits for hostile input -------------------------------------------------------------------
MAX_MEMBERS = 10_000
MAX_TOTAL_UNCOMPRESSED = 300 * 1024 * 1024
MAX_RATIO = 100                       # uncompressed : compressed, for members above RATIO_MIN_SIZE
RATIO_MIN_SIZE = 4 * 1024 * 1024
MAX_PART_BYTES = 64 * 1024 * 1024    # one XML part (a 500-page document.xml is ~30 MB)

# --- namespaces ----------------------------------------------------------------------------------
W_TRANSITIONAL = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W_STRICT = "http://purl.oclc.org/ooxml/wordprocessingml/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
REL_PKG = "http://schemas.openxmlformats.org/package/2006/relationships"

# --- style-name patterns (any language Word ships; built-in names are usually stored in English) --
_HEADING_NAME = re.compile(
    r"^(?:heading|kop|überschrift|ueberschrift|titre|titolo|título|titulo|encabezado|rubrik|overskrift|"
    r"otsikko|nagłówek|nadpis|címsor|cabeçalho|h)\s*([1-9])(?!\d)", re.I)
_TITLE_NAME = re.compile(r"^(?:title|titel|titre|titolo|título|titulo|tytuł)$", re.I)
_TOC_NAME = re.compile(
    r"^(?:toc|inhopg|inhoudsopgave|verzeichnis|tm|índice|indice|sommario|table of contents|"
    r"innehållsförteckning)\s*[1-9]$", re.I)
_TOC_HEADING_NAME = re.compile(
    r"^(?:toc ?heading|kop ?van ?inhoudsopgave|inhoudsopgavekop|inhaltsverzeichnisüberschrift|"
    r"en-tête de table des matières|tocheading)$", re.I)

# --- manual-heading patterns ---------------------------------------------------------------------
_MULTI_NUM = re.compile(r"^(\d{1,2}(?:\.\d{1,2}){1,3})\.?\s+(\S.*)$", re.S)
_SINGLE_NUM = re.compile(r"^(\d{1,2})[.)]?\s+(\S.*)$", re.S)
_CHAPTER = re.compile(r"^(?:hoofdstuk|bijlage|deel|chapter|appendix)\s+(?:\d{1,2}|[IVXLC]{1,6}|[A-Z])\b", re.I)
_MANUAL_BULLET = re.compile(r"^[•◦▪▫●○■□‣⁃–\-*·]\s+(\S.*)$", re.S)
_MANUAL_LIST_NUM = re.compile(r"^(\d{1,2}[.)]|[a-z][)])\s+(\S.*)$", re.S)
_TOC_LINE = re.compile(r"(?:\t|\.{4,}|…{2,})\s*(?:\d{1,4}|[-–—])\s*$")
_WS = re.compile(r"[ \t\u00a0\u2007\u202f]+")
_PUA = re.compile("[\uf020-\uf0ff]")
_DROP_CHARS = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\ufeff"), None)

_FALSE = ("0", "false", "off", "none")


def read(path: Path, options) -> Document:
    """Read a .docx file. Raises InputError (and nothing else) when the file cannot be read."""
    path = Path(path)
    shown = str(path)
    deadline = time.monotonic() + float(getattr(options, "max_seconds", 120.0) or 120.0)
    max_pages = int(getattr(options, "max_pages", 2000) or 2000)
    try:
        with open(path, "rb") as fh:
            head = fh.read(8)
    except OSError as exc:
        raise InputError(f"Kan {shown} niet openen: {exc.strerror}.", f"Cannot open {shown}: {exc.strerror}.") from exc
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise InputError(
            f"{shown} is geen .docx maar een oud Word-bestand (.doc) of een met wachtwoord beveiligd Word-bestand. "
            "Verwijder het wachtwoord of sla het op als .docx (Word of LibreOffice: Opslaan als) en probeer opnieuw.",
            f"{shown} is not a .docx but an old Word file (.doc) or a password-protected Word file. "
            "Remove the password or save it as .docx (Word or LibreOffice: Save as) and try again.")
    try:
        with zipfile.ZipFile(path) as zf:
            _check_zip(zf, shown)
            return _DocxReader(zf, shown, deadline, max_pages).run()
    except InputError:
        raise
    except zipfile.BadZipFile as exc:
        raise _damaged(shown, f"geen geldig zip-archief ({exc})", f"not a valid zip archive ({exc})") from exc
    except etree.XMLSyntaxError as exc:
        raise _damaged(shown, f"onleesbare XML ({exc})", f"unreadable XML ({exc})") from exc
    except MemoryError as exc:
        raise InputError(f"{shown} is te groot om te lezen.", f"{shown} is too large to read.") from exc
    except RecursionError as exc:
        raise _damaged(shown, "te diep geneste opbouw", "nesting too deep") from exc
    except Exception as exc:  # any other failure on a damaged file: never a traceback
        raise _damaged(shown, f"{type(exc).__name__}: {exc}", f"{type(exc).__name__}: {exc}") from exc


def _damaged(shown: str, nl_detail: str, en_detail: str) -> InputError:
    return InputError(
        f"{shown} is een beschadigd of ongeldig Word-bestand ({nl_detail}). "
        "Open het in Word of LibreOffice, sla het opnieuw op als .docx (of exporteer als PDF) en probeer opnieuw.",
        f"{shown} is a damaged or invalid Word file ({en_detail}). "
        "Open it in Word or LibreOffice, save it again as .docx (or export to PDF) and try again.")


def _check_zip(zf: zipfile.ZipFile, shown: str) -> None:
    infos = zf.infolist()
    if len(infos) > MAX_MEMBERS:
        raise InputError(
            f"{shown} bevat {len(infos)} onderdelen (maximaal {MAX_MEMBERS}); dit is geen normaal Word-bestand. "
            "Sla het document opnieuw op als .docx of exporteer het als PDF.",
            f"{shown} contains {len(infos)} parts (at most {MAX_MEMBERS}); this is not a normal Word file. "
            "Save the document again as .docx or export it to PDF.")
    total = 0
    for info in infos:
        total += info.file_size
        if info.file_size > RATIO_MIN_SIZE and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise InputError(
                f"{shown} lijkt een zip-bom: onderdeel {info.filename} pakt uit tot {info.file_size // 2**20} MB "
                f"(meer dan {MAX_RATIO} keer zo groot als gecomprimeerd). opcheck leest dit bestand niet; "
                "sla het plan opnieuw op als .docx of PDF vanuit de oorspronkelijke bron.",
                f"{shown} looks like a zip bomb: part {info.filename} expands to {info.file_size // 2**20} MB "
                f"(more than {MAX_RATIO} times its compressed size). opcheck does not read this file; "
                "save the plan again as .docx or PDF from the original source.")
    if total > MAX_TOTAL_UNCOMPRESSED:
        raise InputError(
            f"{shown} pakt uit tot {total // 2**20} MB (maximaal {MAX_TOTAL_UNCOMPRESSED // 2**20} MB). "
            "Verwijder grote afbeeldingen of exporteer het plan als PDF en probeer opnieuw.",
            f"{shown} expands to {total // 2**20} MB (at most {MAX_TOTAL_UNCOMPRESSED // 2**20} MB). "
            "Remove large images or export the plan to PDF and try again.")


def _parser(recover: bool = False) -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False,
                           dtd_validation=False, remove_comments=True, remove_pis=True, recover=recover)


# --- styles / numbering data ---------------------------------------------------------------------
@dataclass
class _Style:
    sid: str
    name: str
    kind: str = "paragraph"
    based_on: str | None = None
    outline: int | None = None          # 0-based outline level from pPr
    num_id: str | None = None
    num_ilvl: int | None = None
    bold: bool | None = None
    size: float | None = None
    vanish: bool | None = None
    # resolved along the basedOn chain:
    level: int = 0                      # heading level from name/outline (0 = not a heading)
    is_title: bool = False
    is_toc: bool = False
    is_toc_heading: bool = False


@dataclass
class _Lvl:
    start: int = 1
    fmt: str = "decimal"
    text: str = "%1."
    legal: bool = False
    pstyle: str | None = None


@dataclass
class _Item:
    """A body block before heading decisions (pass 1)."""
    kind: str                            # "p", "table", "note"
    text: str
    page: int | None
    zone: str = BODY
    style: str | None = None
    style_level: int = 0                 # from style name/outline
    numbering: str | None = None         # rendered automatic numbering label (None for bullets)
    bullet: bool = False
    ilvl: int = 0
    bold: bool = False
    size: float | None = None
    rows: list[list[str]] | None = None
    tocline: bool = False
    textbox: bool = False
    level: int = 0                       # decided in pass 2
    manual: tuple | None = None          # (level, numbering, text) from manual-heading heuristics


class _Para:
    """Text and formatting statistics gathered from one paragraph."""
    __slots__ = ("parts", "chars", "bold_chars", "sizes", "page", "notes", "boxes", "toc")

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.chars = 0
        self.bold_chars = 0
        self.sizes: Counter = Counter()
        self.page: int | None = None
        self.notes: list[tuple[str, str]] = []
        self.boxes: list = []
        self.toc = False


class _DocxReader:
    def __init__(self, zf: zipfile.ZipFile, shown: str, deadline: float, max_pages: int):
        self.zf = zf
        self.shown = shown
        self.deadline = deadline
        self.max_pages = max_pages
        self.names = {n.lower(): n for n in zf.namelist()}
        self.warnings: list[str] = []
        self.styles: dict[str, _Style] = {}
        self.default_pstyle: str | None = None
        self.default_size = 10.0
        self.default_bold = False
        self.abstract: dict[str, dict[int, _Lvl]] = {}
        self.nums: dict[str, tuple[str, dict[int, _Lvl], dict[int, int]]] = {}
        self.counters: dict[tuple, dict[int, int]] = {}
        self.footnotes: dict[str, tuple[str, str | None]] = {}
        self.endnotes: dict[str, tuple[str, str | None]] = {}
        self.page: int | None = None
        self.use_rendered = False
        self.in_aux = False             # reading notes/headers/footers: no pages, numbering or note refs
        self.used_notes: set[tuple[str, str]] = set()
        self.note_numbers = {"footnote": 0, "endnote": 0}
        self.fields: list[list] = []   # stack of [instr, in_result]
        self.toc_sdt = 0
        self.tick = 0

    # --- package helpers ---------------------------------------------------------------------
    def _member(self, name: str) -> str | None:
        return self.names.get(name.lstrip("/").lower())

    def _xml(self, name: str, required: bool = False):
        member = self._member(name)
        if member is None:
            if required:
                raise _damaged(self.shown, f"onderdeel {name} ontbreekt", f"part {name} is missing")
            return None
        info = self.zf.getinfo(member)
        data = b""
        if info.file_size <= MAX_PART_BYTES:
            with self.zf.open(info) as fh:
                data = fh.read(MAX_PART_BYTES + 1)
        if info.file_size > MAX_PART_BYTES or len(data) > MAX_PART_BYTES:
            raise InputError(f"{self.shown}: onderdeel {name} is te groot (meer dan {MAX_PART_BYTES // 2**20} MB).",
                             f"{self.shown}: part {name} is too large (more than {MAX_PART_BYTES // 2**20} MB).")
        if b"<!DOCTYPE" in data or b"<!ENTITY" in data:
            raise InputError(
                f"{self.shown} bevat in {name} een DTD met entiteiten; echte Word-bestanden hebben die nooit "
                "(mogelijk een 'billion laughs'-aanval). opcheck leest het niet. "
                "Sla het plan opnieuw op als .docx of PDF.",
                f"{self.shown} has a DTD with entities in {name}; real Word files never do "
                "(possibly a 'billion laughs' attack). opcheck does not read it. Save the plan again as .docx or PDF.")
        try:
            return etree.fromstring(data, _parser())
        except etree.XMLSyntaxError:
            if not required:
                self.warnings.append(f"{self.shown}: onderdeel {name} is beschadigd en overgeslagen / "
                                     f"part {name} is damaged and was skipped")
                return None
            root = etree.fromstring(data, _parser(recover=True)) if data.strip() else None
            if root is None:
                raise
            self.warnings.append(f"{self.shown}: {name} is beschadigd; gelezen wat leesbaar was / "
                                 f"{name} is damaged; read what could be read")
            return root

    def _rels(self, part: str) -> list[tuple[str, str, str]]:
        """(id, type, target part name) for a part's relationships."""
        folder, base = posixpath.split(part)
        root = self._xml(posixpath.join(folder, "_rels", base + ".rels"))
        out = []
        if root is None:
            return out
        for rel in root:
            if not isinstance(rel.tag, str) or not rel.tag.endswith("Relationship"):
                continue
            if (rel.get("TargetMode") or "").lower() == "external":
                continue
            target = rel.get("Target") or ""
            if not target:
                continue
            if target.startswith("/"):
                name = target.lstrip("/")
            else:
                name = posixpath.normpath(posixpath.join(folder, target))
            out.append((rel.get("Id") or "", rel.get("Type") or "", name))
        return out

    def _check_time(self) -> None:
        if time.monotonic() > self.deadline:
            raise InputError(
                f"Het lezen van {self.shown} duurde te lang; gestopt na de tijdslimiet. "
                "Verhoog de tijdslimiet of exporteer het plan als PDF.",
                f"Reading {self.shown} took too long; stopped at the time limit. "
                "Raise the time limit or export the plan to PDF.")

    # --- main --------------------------------------------------------------------------------
    def run(self) -> Document:
        main = "word/document.xml"
        for _rid, rtype, name in self._rels(""):
            if rtype.endswith("/officeDocument") and self._member(name):
                main = name
                break
        root = self._xml(main, required=True)
        tag = root.tag if isinstance(root.tag, str) else ""
        ns = tag[1:].split("}", 1)[0] if tag.startswith("{") else W_TRANSITIONAL
        if ns not in (W_TRANSITIONAL, W_STRICT):
            raise _damaged(self.shown, "geen WordprocessingML-document", "not a WordprocessingML document")
        self._init_tags(ns)
        rels = self._rels(main)
        by_type: dict[str, list[str]] = {}
        self.rel_by_id: dict[str, str] = {}
        for rid, rtype, name in rels:
            by_type.setdefault(rtype.rsplit("/", 1)[-1], []).append(name)
            self.rel_by_id[rid] = name
        self._load_styles(by_type.get("styles", ["word/styles.xml"])[0])
        self._load_numbering(by_type.get("numbering", ["word/numbering.xml"])[0])
        self._check_time()

        body = root.find(self.BODY)
        if body is None:
            raise _damaged(self.shown, "het document heeft geen body", "the document has no body")
        self.use_rendered = next(body.iter(self.LRPB), None) is not None
        # Only Word's own layout says which page text is on. Counting explicit page breaks alone would
        # cite "p. 3" for text that Word shows on p. 9, so without rendered breaks there are no pages.
        self.page = 1 if self.use_rendered else None

        self.footnotes = self._load_notes(by_type.get("footnotes", ["word/footnotes.xml"])[0], self.FOOTNOTE)
        self.endnotes = self._load_notes(by_type.get("endnotes", ["word/endnotes.xml"])[0], self.ENDNOTE)
        items: list[_Item] = []
        self._blocks(body, items, top=True)
        # Footnotes/endnotes nothing references (or whose reference was lost) go at the end of the body.
        for kind, notes in (("footnote", self.footnotes), ("endnote", self.endnotes)):
            for nid in notes:
                if (kind, nid) not in self.used_notes:
                    self._note_item(kind, nid, items, self.page)
        self._decide_headings(items)

        # Headers and footers, in the order the sections reference them.
        header_items, footer_items = self._headers_footers(body, by_type)

        doc = Document()
        source = SourceFile(path=self.shown, format="docx")
        source.title, app_pages = self._props(by_type)
        counted = (self.page if self.page is not None else None)
        source.pages = app_pages or counted
        if source.pages and counted and counted > source.pages:
            source.pages = counted
        doc.files.append(source)
        blocks = header_items + [self._to_block(it) for it in items] + footer_items
        for i, block in enumerate(blocks):
            block.index = i
        doc.blocks = blocks
        doc.warnings.extend(self.warnings)
        return doc

    def _init_tags(self, ns: str) -> None:
        w = "{%s}" % ns
        self.ns = ns
        for attr, local in dict(
                BODY="body", P="p", R="r", T="t", TBL="tbl", TR="tr", TC="tc", SDT="sdt",
                SDT_CONTENT="sdtContent", SDT_PR="sdtPr", DOC_PART_OBJ="docPartObj",
                DOC_PART_GALLERY="docPartGallery",
                DOC_PART_LIST="docPartList", CUSTOM_XML="customXml", SMART_TAG="smartTag", HYPERLINK="hyperlink",
                INS="ins", DEL="del", MOVE_TO="moveTo", MOVE_FROM="moveFrom", FLD_SIMPLE="fldSimple",
                FLD_CHAR="fldChar",
                INSTR="instrText", DEL_INSTR="delInstrText", DEL_TEXT="delText", TAB="tab", PTAB="ptab", BR="br",
                CR="cr", LRPB="lastRenderedPageBreak", SYM="sym", NO_BREAK_HYPHEN="noBreakHyphen",
                SOFT_HYPHEN="softHyphen", DRAWING="drawing", PICT="pict", OBJECT="object", TXBX="txbxContent",
                FOOTNOTE_REF="footnoteReference", ENDNOTE_REF="endnoteReference", FOOTNOTE="footnote",
                ENDNOTE="endnote", PPR="pPr", RPR="rPr", PSTYLE="pStyle", RSTYLE="rStyle", NUMPR="numPr",
                NUMID="numId", ILVL="ilvl", OUTLINE="outlineLvl", B="b", SZ="sz", VANISH="vanish",
                TCPR="tcPr", VMERGE="vMerge", BDO="bdo", DIR="dir", ALT_CHUNK="altChunk",
                PAGE_BREAK_BEFORE="pageBreakBefore", SECT_PR="sectPr", HEADER_REF="headerReference",
                FOOTER_REF="footerReference", STYLE="style", NAME="name", BASED_ON="basedOn",
                DOC_DEFAULTS="docDefaults",
                RPR_DEFAULT="rPrDefault", ABSTRACT_NUM="abstractNum", ABSTRACT_NUM_ID="abstractNumId", NUM="num",
                LVL="lvl", START="start", NUM_FMT="numFmt", LVL_TEXT="lvlText", IS_LGL="isLgl",
                LVL_OVERRIDE="lvlOverride", START_OVERRIDE="startOverride", NUM_STYLE_LINK="numStyleLink",
                LVL_PIC_BULLET_ID="lvlPicBulletId", TXBX_CONTENT="txbxContent",
                SHOWING_PLC_HDR="showingPlcHdr", TRPR="trPr", HMERGE="hMerge",
        ).items():
            setattr(self, attr, w + local)
        for attr, local in dict(A_VAL="val", A_TYPE="type", A_ID="id", A_STYLE_ID="styleId", A_INSTR="instr",
                                A_CHAR="char", A_FLD_CHAR_TYPE="fldCharType", A_DEFAULT="default",
                                A_ABSTRACT_NUM_ID="abstractNumId", A_NUM_ID="numId", A_ILVL="ilvl",
                                A_CUSTOM_MARK="customMarkFollows").items():
            setattr(self, attr, w + local)
        self.MC_ALT = "{%s}AlternateContent" % MC
        self.MC_CHOICE = "{%s}Choice" % MC
        self.MC_FALLBACK = "{%s}Fallback" % MC
        self.R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id" if ns == W_TRANSITIONAL \
            else "{http://purl.oclc.org/ooxml/officeDocument/relationships}id"
        # Elements inside a paragraph whose children are simply more inline content.
        self.INLINE_CONTAINERS = frozenset({self.HYPERLINK, self.SMART_TAG, self.CUSTOM_XML, self.INS, self.MOVE_TO,
                                            self.FLD_SIMPLE, self.BDO, self.DIR, self.SDT_CONTENT})
        self.BLOCK_CONTAINERS = frozenset({self.CUSTOM_XML, self.INS, self.MOVE_TO, self.SDT_CONTENT})

    # --- styles ------------------------------------------------------------------------------
    def _val(self, el) -> str | None:
        return None if el is None else el.get(self.A_VAL)

    def _onoff(self, el) -> bool | None:
        if el is None:
            return None
        return (el.get(self.A_VAL) or "true").lower() not in _FALSE

    def _size(self, rpr) -> float | None:
        if rpr is None:
            return None
        sz = rpr.find(self.SZ)
        try:
            return int(sz.get(self.A_VAL)) / 2 if sz is not None else None
        except (TypeError, ValueError):
            return None

    def _load_styles(self, part: str) -> None:
        root = self._xml(part)
        if root is None:
            return
        defaults = root.find(self.DOC_DEFAULTS)
        if defaults is not None:
            rpr = defaults.find(f"{self.RPR_DEFAULT}/{self.RPR}")
            if rpr is not None:
                self.default_size = self._size(rpr) or self.default_size
                self.default_bold = bool(self._onoff(rpr.find(self.B)))
        for el in root.iter(self.STYLE):
            sid = el.get(self.A_STYLE_ID)
            if not sid:
                continue
            st = _Style(sid=sid, name=self._val(el.find(self.NAME)) or sid, kind=el.get(self.A_TYPE) or "paragraph",
                        based_on=self._val(el.find(self.BASED_ON)))
            ppr = el.find(self.PPR)
            if ppr is not None:
                try:
                    st.outline = int(self._val(ppr.find(self.OUTLINE)))
                except (TypeError, ValueError):
                    pass
                numpr = ppr.find(self.NUMPR)
                if numpr is not None:
                    st.num_id = self._val(numpr.find(self.NUMID))
                    try:
                        st.num_ilvl = int(self._val(numpr.find(self.ILVL)))
                    except (TypeError, ValueError):
                        pass
            rpr = el.find(self.RPR)
            if rpr is not None:
                st.bold = self._onoff(rpr.find(self.B))
                st.size = self._size(rpr)
                st.vanish = self._onoff(rpr.find(self.VANISH))
            self.styles[sid] = st
            if st.kind == "paragraph" and (el.get(self.A_DEFAULT) or "").lower() in ("1", "true", "on"):
                self.default_pstyle = sid
        for st in self.styles.values():
            self._resolve_style(st)

    def _chain(self, st: _Style):
        seen = set()
        while st is not None and st.sid not in seen and len(seen) < 50:
            seen.add(st.sid)
            yield st
            st = self.styles.get(st.based_on) if st.based_on else None

    def _resolve_style(self, st: _Style) -> None:
        chain = list(self._chain(st))
        for s in chain:
            for name in (s.name, s.sid):
                if _TOC_HEADING_NAME.match(name):
                    st.is_toc_heading = True
                if _TOC_NAME.match(name):
                    st.is_toc = True
        for s in chain:
            for name in (s.name, s.sid):
                m = _HEADING_NAME.match(name)
                if m and not _TOC_NAME.match(name):
                    st.level = int(m.group(1))
                    break
                if _TITLE_NAME.match(name):
                    st.level, st.is_title = 1, True
                    break
            if st.level:
                break
            if s.outline is not None and 0 <= s.outline <= 8:
                st.level = s.outline + 1
                break
        if st.is_toc and not st.is_toc_heading:
            st.level = 0
        if st.is_toc_heading and not st.level:
            st.level = 1  # Word bases "TOC Heading" on "Heading 1"
        if st.bold is None or st.size is None or st.vanish is None or st.num_id is None:
            for s in chain[1:]:
                st.bold = s.bold if st.bold is None else st.bold
                st.size = s.size if st.size is None else st.size
                st.vanish = s.vanish if st.vanish is None else st.vanish
                if st.num_id is None and s.num_id is not None:
                    st.num_id, st.num_ilvl = s.num_id, s.num_ilvl

    # --- numbering ---------------------------------------------------------------------------
    def _read_lvl(self, el, into: _Lvl | None = None) -> _Lvl:
        lvl = into or _Lvl()
        try:
            lvl.start = int(self._val(el.find(self.START)))
        except (TypeError, ValueError):
            pass
        fmt = self._val(el.find(self.NUM_FMT))
        if fmt:
            lvl.fmt = fmt
        if el.find(self.LVL_PIC_BULLET_ID) is not None:
            lvl.fmt = "bullet"
        text_el = el.find(self.LVL_TEXT)
        if text_el is not None:
            lvl.text = text_el.get(self.A_VAL) or ""
        lvl.legal = bool(self._onoff(el.find(self.IS_LGL)))
        lvl.pstyle = self._val(el.find(self.PSTYLE))
        return lvl

    def _load_numbering(self, part: str) -> None:
        root = self._xml(part)
        if root is None:
            return
        links: dict[str, str] = {}
        for an in root.iter(self.ABSTRACT_NUM):
            aid = an.get(self.A_ABSTRACT_NUM_ID)
            if aid is None:
                continue
            lvls = {}
            for el in an.findall(self.LVL):
                try:
                    lvls[int(el.get(self.A_ILVL))] = self._read_lvl(el)
                except (TypeError, ValueError):
                    continue
            self.abstract[aid] = lvls
            link = self._val(an.find(self.NUM_STYLE_LINK))
            if link and not lvls:
                links[aid] = link
        raw_nums = {}
        for num in root.iter(self.NUM):
            nid = num.get(self.A_NUM_ID)
            if nid is not None:
                raw_nums[nid] = num
        for nid, num in raw_nums.items():
            aid = self._val(num.find(self.ABSTRACT_NUM_ID))
            if aid in links:  # numStyleLink: the style's numbering names the real abstractNum
                st = self.styles.get(links[aid])
                target = raw_nums.get(st.num_id) if st and st.num_id else None
                if target is not None:
                    aid = self._val(target.find(self.ABSTRACT_NUM_ID)) or aid
            levels = {k: _Lvl(**vars(v)) for k, v in self.abstract.get(aid, {}).items()}
            overrides: dict[int, int] = {}
            for ov in num.findall(self.LVL_OVERRIDE):
                try:
                    ilvl = int(ov.get(self.A_ILVL))
                except (TypeError, ValueError):
                    continue
                lvl_el = ov.find(self.LVL)
                if lvl_el is not None:
                    levels[ilvl] = self._read_lvl(lvl_el, _Lvl(**vars(levels[ilvl])) if ilvl in levels else None)
                try:
                    overrides[ilvl] = int(self._val(ov.find(self.START_OVERRIDE)))
                except (TypeError, ValueError):
                    pass
            self.nums[nid] = (aid or "", levels, overrides)

    def _paragraph_numbering(self, ppr, st: _Style | None, update: bool):
        """(label or None, is_bullet, ilvl) for a numbered paragraph, else None."""
        num_id = ilvl = None
        if ppr is not None:
            numpr = ppr.find(self.NUMPR)
            if numpr is not None:
                num_id = self._val(numpr.find(self.NUMID))
                try:
                    ilvl = int(self._val(numpr.find(self.ILVL)))
                except (TypeError, ValueError):
                    ilvl = None
        if num_id is None and st is not None and st.num_id is not None:
            num_id = st.num_id
            if ilvl is None:
                ilvl = st.num_ilvl
        if num_id is None or num_id == "0" or num_id not in self.nums:
            return None
        aid, levels, overrides = self.nums[num_id]
        if ilvl is None:
            ilvl = 0
            if st is not None:
                for k, lv in levels.items():
                    if lv.pstyle == st.sid:
                        ilvl = k
                        break
        ilvl = max(0, min(ilvl, 8))
        lvl = levels.get(ilvl)
        if lvl is None:
            return None
        key = ("num", num_id) if overrides else ("abs", aid)
        counters = self.counters.setdefault(key, {})

        def start(k: int) -> int:
            if k in overrides:
                return overrides[k]
            return levels[k].start if k in levels else 1

        if update:
            counters[ilvl] = counters[ilvl] + 1 if ilvl in counters else start(ilvl)
            for k in [k for k in counters if k > ilvl]:
                del counters[k]
        if lvl.fmt == "bullet":
            return None, True, ilvl
        if lvl.fmt == "none":
            label = lvl.text if "%" not in lvl.text else ""
            return (label.strip() or None), False, ilvl

        def repl(m: re.Match) -> str:
            k = int(m.group(1)) - 1
            value = counters.get(k, start(k))
            fmt = "decimal" if (lvl.legal and k < ilvl) else (levels[k].fmt if k in levels else "decimal")
            return _format_number(value, fmt)

        label = re.sub(r"%([1-9])", repl, lvl.text).strip()
        return (label or None), False, ilvl

    # --- notes -------------------------------------------------------------------------------
    def _load_notes(self, part: str, tag: str) -> dict[str, tuple[str, str | None]]:
        root = self._xml(part)
        out: dict[str, tuple[str, str | None]] = {}
        if root is None:
            return out
        saved = self.page, self.fields
        self.page, self.fields, self.in_aux = None, [], True
        try:
            for note in root.iter(tag):
                nid = note.get(self.A_ID)
                ntype = note.get(self.A_TYPE) or "normal"
                if nid is None or ntype != "normal":
                    continue
                sub: list[_Item] = []
                self._blocks(note, sub, top=False)
                text = " ".join(it.text for it in sub if it.text)
                if text.strip():
                    out[nid] = (_clean(text), sub[0].style if sub else None)
        finally:
            (self.page, self.fields), self.in_aux = saved, False
        return out

    def _note_item(self, kind: str, nid: str, items: list[_Item], page: int | None) -> None:
        notes = self.footnotes if kind == "footnote" else self.endnotes
        if self.in_aux or (kind, nid) in self.used_notes or nid not in notes:
            return
        self.used_notes.add((kind, nid))
        self.note_numbers[kind] += 1
        text, style = notes[nid]
        count = self.note_numbers[kind]
        number = str(count) if kind == "footnote" else _format_number(count, "lowerRoman")
        items.append(_Item(kind="note", text=text, page=page, style=style, numbering=number))

    # --- body walking ------------------------------------------------------------------------
    def _blocks(self, parent, items: list[_Item], top: bool, textbox: bool = False) -> None:
        for ch in parent:
            tag = ch.tag
            if tag == self.P:
                self._paragraph(ch, items, textbox)
            elif tag == self.TBL:
                self._table_block(ch, items, textbox)
            elif tag == self.SDT:
                if self._sdt_placeholder(ch):
                    continue
                is_toc = self._sdt_is_toc(ch)
                self.toc_sdt += is_toc
                try:
                    content = ch.find(self.SDT_CONTENT)
                    if content is not None:
                        self._blocks(content, items, top, textbox)
                finally:
                    self.toc_sdt -= is_toc
            elif tag in self.BLOCK_CONTAINERS:
                self._blocks(ch, items, top, textbox)
            elif tag == self.MC_ALT:
                chosen = self._alternate(ch)
                if chosen is not None:
                    self._blocks(chosen, items, top, textbox)
            elif tag == self.ALT_CHUNK and top:
                self.warnings.append(f"{self.shown}: ingebedde inhoud (altChunk) niet gelezen / "
                                     "embedded content (altChunk) not read")

    def _sdt_placeholder(self, sdt) -> bool:
        """A content control still showing its placeholder ("Klik of tik om tekst in te voeren"): no content."""
        pr = sdt.find(self.SDT_PR)
        return pr is not None and self._onoff(pr.find(self.SHOWING_PLC_HDR)) is True

    def _sdt_is_toc(self, sdt) -> bool:
        pr = sdt.find(self.SDT_PR)
        if pr is None:
            return False
        for tag in (self.DOC_PART_OBJ, self.DOC_PART_LIST):
            obj = pr.find(tag)
            if obj is not None:
                gallery = self._val(obj.find(self.DOC_PART_GALLERY)) or ""
                if "table of contents" in gallery.lower():
                    return True
        return False

    def _alternate(self, alt):
        """mc:AlternateContent: the first Choice (modern content) and never the Fallback copy."""
        choice = alt.find(self.MC_CHOICE)
        return choice if choice is not None else alt.find(self.MC_FALLBACK)

    def _tick(self) -> None:
        self.tick += 1
        if self.tick & 255 == 0:
            self._check_time()

    def _collect(self, p, st: _Style | None) -> _Para:
        para = _Para()
        pbold = st.bold if st is not None and st.bold is not None else self.default_bold
        psize = st.size if st is not None and st.size is not None else self.default_size
        self._inline(p, para, (pbold, psize, bool(st is not None and st.vanish)))
        return para

    def _paragraph(self, p, items: list[_Item], textbox: bool) -> None:
        self._tick()
        ppr = p.find(self.PPR)
        sid = self._val(ppr.find(self.PSTYLE)) if ppr is not None else None
        sid = sid or self.default_pstyle
        st = self.styles.get(sid) if sid else None
        if st is None and sid:
            st = _Style(sid=sid, name=sid)
            self._resolve_style(st)
            self.styles[sid] = st
        outline = None
        if ppr is not None:
            if self.page is not None and not self.use_rendered and not self.in_aux and not textbox \
                    and self._onoff(ppr.find(self.PAGE_BREAK_BEFORE)) and items:
                self._new_page()
            try:
                outline = int(self._val(ppr.find(self.OUTLINE)))
            except (TypeError, ValueError):
                outline = None
        para = self._collect(p, st)
        if self.fields and not textbox:
            # A field instruction never spans paragraphs in practice; an unfinished one (damaged file)
            # must not hide the rest of the document.
            while self.fields and not self.fields[-1][1]:
                self.fields.pop()
            del self.fields[32:]
        raw = "".join(para.parts)
        text = _clean(raw)
        deleted_mark = ppr is not None and ppr.find(f"{self.RPR}/{self.DEL}") is not None and not text
        numbering = None if deleted_mark else self._paragraph_numbering(ppr, st, update=not self.in_aux)
        page = para.page if para.page is not None else self.page
        if text:
            level = st.level if st is not None else 0
            if outline is not None:
                level = outline + 1 if 0 <= outline <= 8 else 0
            if st is not None and st.is_toc and not st.is_toc_heading:
                level = 0
            zone = TOC if (para.toc or self.toc_sdt or (st is not None and (st.is_toc or st.is_toc_heading))) else BODY
            item = _Item(kind="p", text=text, page=page, zone=zone, style=st.name if st else None,
                         style_level=level, bold=para.chars > 0 and para.bold_chars == para.chars,
                         size=para.sizes.most_common(1)[0][0] if para.sizes else None,
                         tocline=bool(_TOC_LINE.search(raw.rstrip()[-300:])), textbox=textbox)
            if numbering is not None:
                item.numbering, item.bullet, item.ilvl = numbering
            items.append(item)
        for kind, nid in para.notes:
            self._note_item(kind, nid, items, page)
        for box in para.boxes:
            saved = self.fields
            self.fields = []
            try:
                self._blocks(box, items, top=False, textbox=True)
            finally:
                self.fields = saved

    def _new_page(self) -> None:
        if self.page is not None and not self.in_aux:
            self.page += 1
            if self.page > self.max_pages:
                raise InputError(
                    f"{self.shown} heeft meer dan {self.max_pages} pagina's; dat is geen normaal ondersteuningsplan. "
                    "Splits het document of verhoog de paginalimiet.",
                    f"{self.shown} has more than {self.max_pages} pages; that is not a normal support plan. "
                    "Split the document or raise the page limit.")

    def _run_props(self, r, inherited):
        pbold, psize, pvanish = inherited
        rpr = r.find(self.RPR)
        if rpr is None:
            return inherited
        bold = self._onoff(rpr.find(self.B))
        size = self._size(rpr)
        vanish = self._onoff(rpr.find(self.VANISH))
        rstyle = self._val(rpr.find(self.RSTYLE))
        if rstyle and (bold is None or size is None or vanish is None):
            for s in self._chain(self.styles.get(rstyle)):
                bold = s.bold if bold is None else bold
                size = s.size if size is None else size
                vanish = s.vanish if vanish is None else vanish
        return (pbold if bold is None else bold, psize if size is None else size,
                pvanish if vanish is None else vanish)

    def _emit(self, para: _Para, text: str, props) -> None:
        if not text:
            return
        if self.fields and not all(f[1] for f in self.fields):
            return  # inside a field instruction
        if props[2]:
            return  # hidden text
        if self.fields and not para.toc and any(_is_toc_instr(f[0]) for f in self.fields):
            para.toc = True
        para.parts.append(text)
        n = len(text.strip())
        if n:
            if para.page is None:
                para.page = self.page
            para.chars += n
            if props[0]:
                para.bold_chars += n
            if props[1]:
                para.sizes[props[1]] += n

    def _inline(self, parent, para: _Para, props) -> None:
        for ch in parent:
            tag = ch.tag
            if tag == self.T:
                self._emit(para, ch.text or "", props)
            elif tag == self.R:
                self.tick += 1
                if self.tick & 1023 == 0:
                    self._check_time()
                self._inline(ch, para, self._run_props(ch, props))
            elif tag in self.INLINE_CONTAINERS:
                if tag == self.FLD_SIMPLE and _is_toc_instr(ch.get(self.A_INSTR) or ""):
                    para.toc = True
                self._inline(ch, para, props)
            elif tag == self.TAB or tag == self.PTAB:
                self._emit(para, "\t", props)
            elif tag == self.BR:
                btype = ch.get(self.A_TYPE)
                if btype == "page":
                    if not self.use_rendered:
                        self._new_page()
                    self._emit(para, "\n", props)
                elif btype == "column":
                    self._emit(para, "\n", props)
                else:
                    self._emit(para, "\n", props)
            elif tag == self.CR:
                self._emit(para, "\n", props)
            elif tag == self.LRPB:
                if self.use_rendered:
                    self._new_page()
            elif tag == self.FLD_CHAR:
                ftype = ch.get(self.A_FLD_CHAR_TYPE)
                if ftype == "begin":
                    self.fields.append(["", False])
                elif ftype == "separate" and self.fields:
                    self.fields[-1][1] = True
                elif ftype == "end" and self.fields:
                    self.fields.pop()
            elif tag == self.INSTR:
                if self.fields and not self.fields[-1][1]:
                    self.fields[-1][0] += ch.text or ""
                    if _is_toc_instr(self.fields[-1][0]):
                        para.toc = True
            elif tag == self.SDT:
                if self._sdt_placeholder(ch):
                    continue
                if self._sdt_is_toc(ch):
                    para.toc = True
                content = ch.find(self.SDT_CONTENT)
                if content is not None:
                    self._inline(content, para, props)
            elif tag == self.MC_ALT:
                chosen = self._alternate(ch)
                if chosen is not None:
                    self._inline(chosen, para, props)
            elif tag == self.DRAWING or tag == self.PICT or tag == self.OBJECT:
                self._textboxes(ch, para)
            elif tag == self.FOOTNOTE_REF:
                para.notes.append(("footnote", ch.get(self.A_ID) or ""))
            elif tag == self.ENDNOTE_REF:
                para.notes.append(("endnote", ch.get(self.A_ID) or ""))
            elif tag == self.SYM:
                try:
                    code = int(ch.get(self.A_CHAR) or "", 16)
                    if 0xF000 <= code <= 0xF0FF:
                        code -= 0xF000
                    if code >= 0x20:
                        self._emit(para, chr(code), props)
                except (ValueError, OverflowError):
                    pass
            elif tag == self.NO_BREAK_HYPHEN:
                self._emit(para, "-", props)
            # Skipped: pPr/rPr, w:del, w:moveFrom, w:delText, w:delInstrText, bookmarks, comments,
            # proofing marks, soft hyphens, footnoteRef marks inside notes.

    def _textboxes(self, el, para: _Para) -> None:
        """Text boxes in a drawing/VML shape: outermost w:txbxContent only, nothing from mc:Fallback."""
        stack = [el]
        while stack:
            node = stack.pop()
            for ch in node:
                tag = ch.tag
                if tag == self.TXBX_CONTENT:
                    para.boxes.append(ch)
                elif tag == self.MC_ALT:
                    chosen = self._alternate(ch)
                    if chosen is not None:
                        stack.append(chosen)
                elif isinstance(tag, str):
                    stack.append(ch)

    # --- tables ------------------------------------------------------------------------------
    def _rows(self, tbl):
        for ch in tbl:
            if ch.tag == self.TR:
                yield ch
            elif ch.tag == self.SDT:
                content = ch.find(self.SDT_CONTENT)
                if content is not None:
                    yield from self._rows(content)
            elif ch.tag in self.BLOCK_CONTAINERS:
                yield from self._rows(ch)

    def _cells(self, tr):
        for ch in tr:
            if ch.tag == self.TC:
                yield ch
            elif ch.tag == self.SDT:
                content = ch.find(self.SDT_CONTENT)
                if content is not None:
                    yield from self._cells(content)
            elif ch.tag in self.BLOCK_CONTAINERS:
                yield from self._cells(ch)

    def _table_rows(self, tbl, notes: list, boxes: list) -> list[list[str]]:
        rows: list[list[str]] = []
        for tr in self._rows(tbl):
            self._tick()
            trpr = tr.find(self.TRPR)
            if trpr is not None and trpr.find(self.DEL) is not None:
                continue  # deleted row (tracked change)
            row: list[str] = []
            for tc in self._cells(tr):
                tcpr = tc.find(self.TCPR)
                if tcpr is not None:
                    vm = tcpr.find(self.VMERGE)
                    if vm is not None and (vm.get(self.A_VAL) or "continue") != "restart":
                        continue  # continuation of a vertically merged cell: counted once, above
                    hm = tcpr.find(self.HMERGE)
                    if hm is not None and (hm.get(self.A_VAL) or "continue") != "restart":
                        continue  # legacy horizontal merge
                row.append(self._cell_text(tc, notes, boxes))
            if any(c for c in row):
                rows.append(row)
        return rows

    def _cell_text(self, container, notes: list, boxes: list) -> str:
        parts: list[str] = []
        for ch in container:
            tag = ch.tag
            if tag == self.P:
                ppr = ch.find(self.PPR)
                sid = self._val(ppr.find(self.PSTYLE)) if ppr is not None else None
                st = self.styles.get(sid or self.default_pstyle or "")
                para = self._collect(ch, st)
                num = self._paragraph_numbering(ppr, st, update=not self.in_aux)
                text = _clean("".join(para.parts))
                if text:
                    if num is not None and num[0] and not num[1]:
                        text = f"{num[0]} {text}"
                    parts.append(text)
                notes.extend(para.notes)
                for box in para.boxes:
                    boxed = self._cell_text(box, notes, boxes)
                    if boxed:
                        parts.append(boxed)
            elif tag == self.TBL:
                nested = self._table_rows(ch, notes, boxes)
                if nested:
                    parts.append(" / ".join(" | ".join(c for c in r if c) for r in nested))
            elif tag == self.SDT:
                content = ch.find(self.SDT_CONTENT)
                if content is not None:
                    sub = self._cell_text(content, notes, boxes)
                    if sub:
                        parts.append(sub)
            elif tag in self.BLOCK_CONTAINERS:
                sub = self._cell_text(ch, notes, boxes)
                if sub:
                    parts.append(sub)
            elif tag == self.MC_ALT:
                chosen = self._alternate(ch)
                if chosen is not None:
                    sub = self._cell_text(chosen, notes, boxes)
                    if sub:
                        parts.append(sub)
        return " ".join(parts)

    def _table_block(self, tbl, items: list[_Item], textbox: bool) -> None:
        start_page = self.page
        toc = bool(self.toc_sdt) or any(_is_toc_instr(f[0]) for f in self.fields)
        notes: list = []
        rows = self._table_rows(tbl, notes, [])
        if rows:
            text = table_text(rows)
            items.append(_Item(kind="table", text=text, page=start_page, zone=TOC if toc else BODY, rows=rows,
                               textbox=textbox))
        for kind, nid in notes:
            self._note_item(kind, nid, items, start_page)

    # --- headers and footers -----------------------------------------------------------------
    def _headers_footers(self, body, by_type) -> tuple[list[Block], list[Block]]:
        ordered: list[tuple[str, str]] = []
        seen_parts = set()
        for ref in body.iter(self.HEADER_REF, self.FOOTER_REF):
            name = self.rel_by_id.get(ref.get(self.R_ID) or "")
            if name and name not in seen_parts:
                seen_parts.add(name)
                ordered.append((HEADER if ref.tag == self.HEADER_REF else FOOTER, name))
        out: dict[str, list[Block]] = {HEADER: [], FOOTER: []}
        seen_text: set[tuple[str, str]] = set()
        saved = (self.page, self.fields, self.toc_sdt)
        self.in_aux = True
        try:
            for zone, name in ordered:
                root = self._xml(name)
                if root is None:
                    continue
                self.page, self.fields, self.toc_sdt = None, [], 0
                sub: list[_Item] = []
                self._blocks(root, sub, top=False)
                for it in sub:
                    if it.kind == "note" or not it.text or (zone, it.text) in seen_text:
                        continue
                    seen_text.add((zone, it.text))
                    out[zone].append(Block(kind=TABLE if it.kind == "table" else PARAGRAPH, text=it.text,
                                           file=self.shown, zone=zone, style=it.style, rows=it.rows,
                                           bold=it.bold, font_size=it.size))
        finally:
            self.page, self.fields, self.toc_sdt = saved
            self.in_aux = False
        return out[HEADER], out[FOOTER]

    # --- properties --------------------------------------------------------------------------
    def _props(self, by_type) -> tuple[str | None, int | None]:
        title = pages = core = None
        for _rid, rtype, name in self._rels(""):
            if rtype.endswith("/core-properties") or rtype.endswith("/metadata/core-properties"):
                core = self._xml(name)
            elif rtype.endswith("/extended-properties"):
                app = self._xml(name)
                if app is not None:
                    for el in app:
                        if isinstance(el.tag, str) and el.tag.rsplit("}", 1)[-1] == "Pages":
                            try:
                                pages = int((el.text or "").strip()) or None
                            except ValueError:
                                pages = None
        if core is None:
            core = self._xml("docProps/core.xml")
        if core is not None:
            for el in core:
                if isinstance(el.tag, str) and el.tag.rsplit("}", 1)[-1] == "title":
                    title = _clean(el.text or "") or None
        return title, pages

    # --- pass 2: heading decisions -----------------------------------------------------------
    def _decide_headings(self, items: list[_Item]) -> None:
        styled = sum(1 for it in items if it.kind == "p" and it.style_level and it.zone == BODY)
        sizes: Counter = Counter()
        for it in items:
            if it.kind == "p" and not it.style_level and it.size:
                sizes[it.size] += len(it.text)
        body_size = sizes.most_common(1)[0][0] if sizes else self.default_size
        self._body_size = body_size
        candidates: list[tuple[_Item, float]] = []
        heading_sizes: list[float] = []
        for it in items:
            if it.kind != "p":
                continue
            if it.style_level:
                it.level = it.style_level
                continue
            if it.zone != BODY or it.textbox or it.tocline or it.bullet:
                continue
            manual = _manual_heading(it, body_size, styled >= 3)
            if manual:
                it.manual = manual
                size = round((it.size or body_size) * 2) / 2
                if manual[0] == 0:
                    candidates.append((it, size))
                else:
                    it.level = manual[0]
                    heading_sizes.append(size)
        self._plain_numbered_chapters(items)
        # Weak candidates (bold or larger, no number pattern): level by the rank of their font size among
        # the sizes manual headings use at least twice (a one-off huge cover title does not shift levels).
        if candidates:
            larger = Counter(s for s in heading_sizes + [s for _it, s in candidates] if s > body_size)
            ranked = sorted((s for s, n in larger.items() if n >= 2), reverse=True)
            for it, s in candidates:
                if s <= body_size:
                    level = len(ranked) + 1
                elif s in ranked:
                    level = ranked.index(s) + 1
                elif not ranked or s > ranked[0]:
                    level = 1
                else:
                    level = 1 + sum(1 for r in ranked if r > s)
                it.level = min(level, 4)

    def _plain_numbered_chapters(self, items: list[_Item]) -> None:
        """Plain (not bold, not larger) "4. Financiën" lines are chapter headings when the document numbers
        its sections "3.1", "3.2" ... and the line is no item of a numbered list (its neighbours are no
        numbered lines too)."""
        chapters = {int(it.manual[1].split(".")[0]) for it in items
                    if it.manual and it.manual[1] and "." in it.manual[1].strip(".")}
        paras = [it for it in items if it.kind == "p" and it.zone == BODY]
        for i, it in enumerate(paras):
            if it.level or it.manual or it.style_level or it.numbering or it.bullet or it.textbox or it.tocline:
                continue
            m = _SINGLE_NUM.match(it.text)
            words = it.text.split()
            if not m or len(words) > 8 or it.text[-1:] in ".,;:" or not m.group(2)[:1].isupper():
                continue
            number = int(m.group(1))
            if not chapters or not any(0 <= number - c <= 2 or abs(number - c) <= 1 for c in chapters):
                continue
            neighbours = [paras[j] for j in (i - 1, i + 1) if 0 <= j < len(paras)]
            if any(_SINGLE_NUM.match(n.text) and len(n.text.split()) <= 8 and not n.manual for n in neighbours):
                continue
            it.manual = (1, m.group(1), m.group(2))
            it.level = 1
            chapters.add(number)

    def _to_block(self, it: _Item) -> Block:
        common = dict(file=self.shown, page=it.page, zone=it.zone, style=it.style, bold=it.bold, font_size=it.size)
        if it.kind == "table":
            return Block(kind=TABLE, text=it.text, rows=it.rows, **common)
        if it.kind == "note":
            return Block(kind=PARAGRAPH, text=it.text, numbering=it.numbering, **common)
        text = it.text.replace("\n", " ") if it.level else it.text
        if it.level:
            numbering = it.numbering
            manual = it.manual
            if manual and manual[1]:
                numbering, text = manual[1], manual[2]
            elif not numbering:
                m = _MULTI_NUM.match(text) or (_SINGLE_NUM.match(text) if it.style_level else None)
                if m and m.group(2)[:1].isalpha():
                    numbering, text = m.group(1), m.group(2)
            if numbering:
                numbering = numbering.rstrip(". ")
            return Block(kind=HEADING, text=_WS.sub(" ", text).strip(), level=it.level, numbering=numbering or None,
                         **common)
        if it.numbering or it.bullet:
            return Block(kind=LIST_ITEM, text=text, numbering=it.numbering, **common)
        m = _MANUAL_BULLET.match(text)
        if m:
            return Block(kind=LIST_ITEM, text=m.group(1), **common)
        m = _MANUAL_LIST_NUM.match(text)
        if m and len(text) > 25:
            return Block(kind=LIST_ITEM, text=m.group(2), numbering=m.group(1), **common)
        return Block(kind=PARAGRAPH, text=text, **common)


def _manual_heading(it: _Item, body_size: float, styled_doc: bool):
    """(level, numbering, text) for a paragraph that looks like a heading; level 0 = rank by size later."""
    text = it.text
    if "\n" in text:
        return None
    words = text.split()
    if not words or len(words) > 12 or len(text) > 150:
        return None
    if text[-1] in ".,;:" or text.endswith("…"):
        return None
    first = text[0]
    if first.isalpha() and not first.isupper():
        return None
    larger = bool(it.size and it.size >= body_size + 1.5 and it.size >= body_size * 1.12)
    # a line in capitals ("3 BASISONDERSTEUNING", "VOORWOORD") is set off as plainly as a bold one
    emphasised = it.bold or larger or in_capitals(text, 5)
    # Automatic (non-bullet) numbering on a bold/larger short line: a numbered heading.
    if it.numbering and emphasised and not styled_doc and re.fullmatch(r"[\dIVXLC]+(?:\.\d+)*\.?", it.numbering):
        return it.ilvl + 1, it.numbering, text
    if it.numbering:
        return None
    m = _MULTI_NUM.match(text)
    if m and m.group(2)[:1].isalpha() and m.group(2)[:1].isupper():
        return m.group(1).count(".") + 1, m.group(1), m.group(2)
    if _CHAPTER.match(text) and (emphasised or len(words) <= 8):
        return 1, None, text
    if not emphasised:
        return None
    m = _SINGLE_NUM.match(text)
    if m and m.group(2)[:1].isalpha() and m.group(2)[:1].isupper():
        return 1, m.group(1), m.group(2)
    if styled_doc:
        return None  # in a document with real heading styles, bold lines are emphasis, not headings
    if sum(c.isalpha() for c in text) < 2:
        return None
    return 0, None, text


def _is_toc_instr(instr: str) -> bool:
    return instr.lstrip().upper().startswith("TOC")


def _clean(text: str) -> str:
    text = text.translate(_DROP_CHARS)
    if _PUA.search(text):  # Symbol-font characters stored in the private use area (F020-F0FF)
        text = _PUA.sub(lambda m: chr(ord(m.group()) - 0xF000), text)
    if "\n" in text:
        lines = [_WS.sub(" ", ln).strip() for ln in text.split("\n")]
        return "\n".join(ln for ln in lines if ln)
    return _WS.sub(" ", text).strip()


_ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"),
          (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))


def _roman(n: int) -> str:
    if n <= 0 or n >= 4000:
        return str(n)
    out = []
    for value, letters in _ROMAN:
        while n >= value:
            out.append(letters)
            n -= value
    return "".join(out)


def _format_number(n: int, fmt: str) -> str:
    if fmt in ("lowerLetter", "upperLetter"):
        if n <= 0 or n > 780:
            return str(n)
        letters = chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)
        return letters.upper() if fmt == "upperLetter" else letters
    if fmt == "lowerRoman":
        return _roman(n)
    if fmt == "upperRoman":
        return _roman(n).upper()
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "none":
        return ""
    return str(n)
