"""Readers: one module per format, each turning a file into a Document.

Contract for a reader module: a function `read(path: Path, options: ReadOptions) -> Document` that
returns blocks in reading order with kind, text, location (file, page, index/line) and, where the
format says so, heading level/numbering and the header/footer zone. Readers do not assign section
paths or the toc/glossary/cover/annex zones: `opcheck.structure.finalize` does that for every format
alike. Readers raise `InputError` (never anything else) for files they cannot read.
"""
from __future__ import annotations

import hashlib
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from opcheck.document import Document
from opcheck.errors import InputError

# Limits for hostile or huge input. Generous for real plans (a 300-page PDF is ~10 MB).
MAX_FILE_BYTES = 200 * 1024 * 1024
MAX_TEXT_BYTES = 16 * 1024 * 1024     # a 300-page plan as text is ~1 MB (UTF-16 doubles it)
# What the checks can get through in well under 20 s on a modest machine: a 300-page plan has about
# 1 million characters and 10 000 blocks. Beyond these limits a file is not a plan (or not one file).
MAX_DOC_CHARS = 4_000_000
MAX_DOC_BLOCKS = 40_000


@dataclass
class ReadOptions:
    password: str | None = None
    max_seconds: float = 120.0          # time budget for one document
    max_pages: int = 2000


def sniff_format(path: Path, head: bytes) -> str:
    """Decide the format from the content (magic bytes), falling back to the extension for text."""
    ext = path.suffix.lower()
    if head.startswith(b"%PDF") or b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return _sniff_zip(path, ext)
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "doc"  # OLE2: Word 97-2003 (.doc) or other Office binary
    if head.startswith(b"{\\rtf"):
        return "rtf"
    if head[:8] in (b"\x89PNG\r\n\x1a\n",) or head[:3] == b"\xff\xd8\xff" or head[:4] in (b"II*\x00", b"MM\x00*") \
            or head[:6] in (b"GIF87a", b"GIF89a"):
        return "image"
    stripped = head.lstrip(b"\xef\xbb\xbf").lstrip().lower()
    if ext in (".html", ".htm", ".xhtml") or stripped.startswith((b"<!doctype html", b"<html")):
        return "html"
    if ext in (".md", ".markdown"):
        return "markdown"
    if b"\x00" in head and not (head.startswith((b"\xff\xfe", b"\xfe\xff"))):
        return "binary"
    return "markdown" if _looks_like_markdown(head) else "text"


def _looks_like_markdown(head: bytes) -> bool:
    lines = head.decode("utf-8", errors="ignore").splitlines()[:200]
    return sum(1 for ln in lines if ln.startswith("#") and ln.lstrip("#").startswith(" ")) >= 2


def _sniff_zip(path: Path, ext: str) -> str:
    import zipfile
    try:
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist())
            mimetype = zf.read("mimetype")[:100] if "mimetype" in names else b""
    except (zipfile.BadZipFile, OSError, KeyError, ValueError, RuntimeError):
        return "badzip"
    if "word/document.xml" in names:
        return "docx"
    if b"opendocument.text" in mimetype:
        return "odt"
    if any(n.startswith(("xl/", "ppt/")) for n in names) or b"opendocument" in mimetype:
        return "office-other"
    return "zip"


_HOW_TO_CONVERT = {
    "doc": ("een oud Word-bestand (.doc)", "an old Word file (.doc)"),
    "rtf": ("een RTF-bestand", "an RTF file"),
    "odt": ("een OpenDocument-tekstbestand (.odt)", "an OpenDocument text file (.odt)"),
    "office-other": ("een spreadsheet of presentatie", "a spreadsheet or presentation"),
    "image": ("een afbeelding", "an image"),
    "zip": ("een zip-archief", "a zip archive"),
    "binary": ("een binair bestand van onbekend type", "a binary file of unknown type"),
    "badzip": ("een beschadigd Word- of zip-bestand", "a damaged Word or zip file"),
}


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def read_file(path: Path, options: ReadOptions | None = None) -> Document:
    """Read one file into a Document (zones toc/glossary/cover/annex not yet assigned)."""
    options = options or ReadOptions()
    path = Path(path)
    if not path.exists():
        raise InputError(f"Bestand niet gevonden: {path}. Controleer de naam en de map.",
                         f"File not found: {path}. Check the name and folder.")
    if path.is_dir():
        raise InputError(f"{path} is een map, geen bestand. Geef het plan zelf op (PDF, Word, tekst of HTML).",
                         f"{path} is a folder, not a file. Pass the plan itself (PDF, Word, text or HTML).")
    try:
        info = path.stat()  # follows symlinks: a link to /dev/zero is judged by what it points to
    except OSError as exc:
        raise InputError(f"Kan {path} niet openen: {exc.strerror}.", f"Cannot open {path}: {exc.strerror}.") from exc
    if not stat.S_ISREG(info.st_mode):
        # a named pipe would block forever, a device (/dev/zero, /dev/urandom) never ends
        raise InputError(
            f"{path} is geen gewoon bestand (maar een apparaat, pipe of socket). "
            "Sla het plan op als bestand (PDF, Word, tekst of HTML) en geef dat op.",
            f"{path} is not a regular file (but a device, pipe or socket). "
            "Save the plan as a file (PDF, Word, text or HTML) and pass that.")
    size = info.st_size
    try:
        with open(path, "rb") as fh:
            head = fh.read(8192)
    except OSError as exc:
        raise InputError(f"Kan {path} niet openen: {exc.strerror}.", f"Cannot open {path}: {exc.strerror}.") from exc
    if size == 0:
        raise InputError(f"{path} is leeg (0 bytes). Exporteer het plan opnieuw.",
                         f"{path} is empty (0 bytes). Export the plan again.")
    if size > MAX_FILE_BYTES:
        raise InputError(f"{path} is te groot ({size // 2**20} MB; maximaal {MAX_FILE_BYTES // 2**20} MB).",
                         f"{path} is too large ({size // 2**20} MB; at most {MAX_FILE_BYTES // 2**20} MB).")
    fmt = sniff_format(path, head)
    if fmt in _HOW_TO_CONVERT:
        nl, en = _HOW_TO_CONVERT[fmt]
        raise InputError(
            f"{path} is {nl}; opcheck leest PDF, Word (.docx), tekst, Markdown en HTML. "
            "Sla het document op als .docx of PDF (bijvoorbeeld met Word of LibreOffice: Opslaan als) en probeer opnieuw.",
            f"{path} is {en}; opcheck reads PDF, Word (.docx), text, Markdown and HTML. "
            "Save the document as .docx or PDF (e.g. Word or LibreOffice: Save as) and try again.")
    if fmt == "pdf":
        from opcheck.readers import pdf as reader
    elif fmt == "docx":
        from opcheck.readers import docx as reader
    elif fmt == "html":
        from opcheck.readers import html as reader
    else:
        if size > MAX_TEXT_BYTES:
            raise InputError(
                f"{path} is te groot voor een tekstbestand ({size // 2**20} MB; maximaal {MAX_TEXT_BYTES // 2**20} MB). "
                "Controleer of dit het juiste bestand is.",
                f"{path} is too large for a text file ({size // 2**20} MB; at most {MAX_TEXT_BYTES // 2**20} MB). "
                "Check that this is the right file.")
        from opcheck.readers import text as reader
    doc = reader.read(path, options) if fmt not in ("text", "markdown") else reader.read(path, options, fmt)
    _check_volume(doc, str(path))
    for source in doc.files:
        source.sha256 = source.sha256 or sha256_of(path)
        source.size = size
    return doc


def _check_volume(doc: Document, shown: str) -> None:
    """Refuse a document with more text or blocks than the checks can handle in reasonable time."""
    chars = sum(len(b.text) for b in doc.blocks)
    if chars > MAX_DOC_CHARS or len(doc.blocks) > MAX_DOC_BLOCKS:
        what_nl = (f"{chars / 1e6:.1f} miljoen tekens; maximaal {MAX_DOC_CHARS / 1e6:g} miljoen"
                   if chars > MAX_DOC_CHARS else f"{len(doc.blocks)} alinea's; maximaal {MAX_DOC_BLOCKS}")
        what_en = (f"{chars / 1e6:.1f} million characters; at most {MAX_DOC_CHARS / 1e6:g} million"
                   if chars > MAX_DOC_CHARS else f"{len(doc.blocks)} paragraphs; at most {MAX_DOC_BLOCKS}")
        raise InputError(
            f"{shown} bevat te veel tekst om te controleren ({what_nl}); een ondersteuningsplan is veel kleiner. "
            "Controleer of dit het juiste bestand is, of controleer het plan zonder grote bijlagen.",
            f"{shown} has too much text to check ({what_en}); a support plan is much smaller. "
            "Check that this is the right file, or check the plan without large annexes.")


def read_paths(paths: list[Path], options: ReadOptions | None = None) -> Document:
    """Read one or more files as one plan (the plan plus its bijlagen) and finalize its structure."""
    from opcheck.structure import finalize

    combined = Document()
    for path in paths:
        part = read_file(Path(path), options)
        finalize(part)
        combined.extend(part)
    if len(paths) > 1:
        _check_volume(combined, ", ".join(str(p) for p in paths))
    return combined


def display_path(path: Path) -> str:
    """Path as the user gave it, relative where possible (reports must not leak machine paths)."""
    try:
        return os.path.relpath(path)
    except ValueError:
        return str(path)
