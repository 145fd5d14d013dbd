"""Builders for hostile input files, generated at test time (nothing large is committed).

Each builder takes a folder and returns the path of the file it made there. `CASES` maps a case name to
(builder, heavy) where heavy cases also get a peak-memory bound in tests/test_hostile.py.
"""
from __future__ import annotations

import os
import random
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SAMPLES = REPO / "samples"
ENCRYPTED_PDF = REPO / "tests" / "fixtures" / "pdf" / "encrypted.pdf"

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    '</Types>')
ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="word/document.xml"/></Relationships>')

_WORDS = ("de het een ondersteuning leerling school samenwerkingsverband passend onderwijs plan ouders "
          "zorg toelaatbaarheidsverklaring basisondersteuning extra arrangement middelen verdeling "
          "bestuur kwaliteit evaluatie thuiszitters terugplaatsing").split()


def _words(n_bytes: int, seed: int = 7) -> str:
    """Dutch-ish words without punctuation, about n_bytes long (random order: compresses only ~4x)."""
    rng = random.Random(seed)
    out: list[str] = []
    size = 0
    while size < n_bytes:
        chunk = " ".join(rng.choices(_WORDS, k=10000)) + " "
        out.append(chunk)
        size += len(chunk)
    return "".join(out)[:n_bytes]


def _doc_xml(body: str) -> str:
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{W_NS}"><w:body>'
            f'{body}</w:body></w:document>')


def _para(text: str) -> str:
    return f'<w:p><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


def _docx(path: Path, members: dict[str, str | bytes], base: bool = True) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        if base:
            zf.writestr("[Content_Types].xml", CONTENT_TYPES)
            zf.writestr("_rels/.rels", ROOT_RELS)
        for name, data in members.items():
            zf.writestr(name, data)
    return path


# --------------------------------------------------------------------------------------------------
# generic
# --------------------------------------------------------------------------------------------------

def empty(ext: str):
    def build(d: Path) -> Path:
        p = d / f"leeg{ext}"
        p.write_bytes(b"")
        return p
    return build


def one_byte(d: Path) -> Path:
    p = d / "een.txt"
    p.write_bytes(b"x")
    return p


def garbage(ext: str):
    def build(d: Path) -> Path:
        p = d / f"rommel{ext}"
        p.write_bytes(random.Random(ext).randbytes(200_000))
        return p
    return build


# --------------------------------------------------------------------------------------------------
# PDF
# --------------------------------------------------------------------------------------------------

def _pdf(objects: list[bytes], root: int = 1) -> bytes:
    """A PDF from numbered object bodies (object i+1 = objects[i]) with a correct xref table."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, root, xref)
    return bytes(out)


def _stream(content: bytes, extra: bytes = b"") -> bytes:
    return b"<< /Length %d %s >>\nstream\n" % (len(content), extra) + content + b"\nendstream"


_FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"


def pdf_header_garbage(d: Path) -> Path:
    p = d / "kop-rommel.pdf"
    p.write_bytes(b"%PDF-1.7\n" + random.Random(1).randbytes(300_000))
    return p


def pdf_truncated(d: Path) -> Path:
    src = sorted(SAMPLES.glob("*.pdf"))[0]
    data = src.read_bytes()
    p = d / "afgekapt.pdf"
    p.write_bytes(data[: len(data) // 2])
    return p


def pdf_absurd_count(d: Path) -> Path:
    content = b"BT /F1 12 Tf 72 720 Td (Ondersteuningsplan) Tj ET"
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R 2 0 R 3 0 R] /Count 2000000000 >>",   # claims 2e9 pages, kids loop to itself
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        _stream(content),
        _FONT,
    ]
    p = d / "paginas.pdf"
    p.write_bytes(_pdf(objs))
    return p


def pdf_many_pages(d: Path) -> Path:
    """5000 pages that really exist (all sharing one content stream): more than max_pages."""
    n = 5000
    content = b"BT /F1 12 Tf 72 720 Td (Leerlingen krijgen ondersteuning.) Tj ET"
    kids = b" ".join(b"%d 0 R" % (5 + i) for i in range(n))
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, n),
            _stream(content), _FONT]
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 3 0 R >>"
    objs += [page] * n
    p = d / "vijfduizend.pdf"
    p.write_bytes(_pdf(objs))
    return p


def pdf_nested_xobjects(d: Path) -> Path:
    """Form XObjects drawing the next one twice, 40 deep: 2^40 draws if expanded naively."""
    depth = 40
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /X 5 0 R >> >> "
            b"/Contents 4 0 R >>",
            _stream(b"/X Do")]
    first = 5
    for i in range(depth):
        this = first + i
        nxt = this + 1
        if i < depth - 1:
            body = b"q 1 0 0 1 1 1 cm /X Do Q /X Do BT /F1 8 Tf (Xo) Tj ET"
            res = b"<< /XObject << /X %d 0 R >> /Font << /F1 %d 0 R >> >>" % (nxt, first + depth)
        else:
            body = b"BT /F1 8 Tf 10 10 Td (Einde) Tj ET 0 0 m 10 10 l S"
            res = b"<< /Font << /F1 %d 0 R >> >>" % (first + depth)
        objs.append(_stream(body, b"/Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources " + res))
    objs.append(_FONT)
    p = d / "genest.pdf"
    p.write_bytes(_pdf(objs))
    return p


def pdf_self_form(d: Path) -> Path:
    """A form XObject that draws itself (infinite recursion)."""
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /X 5 0 R >> >> "
            b"/Contents 4 0 R >>",
            _stream(b"/X Do"),
            _stream(b"/X Do /X Do", b"/Type /XObject /Subtype /Form /BBox [0 0 595 842] "
                                    b"/Resources << /XObject << /X 5 0 R >> >>")]
    p = d / "zelf.pdf"
    p.write_bytes(_pdf(objs))
    return p


def pdf_encrypted(d: Path) -> Path:
    p = d / "beveiligd.pdf"
    p.write_bytes(ENCRYPTED_PDF.read_bytes())
    return p


# --------------------------------------------------------------------------------------------------
# DOCX
# --------------------------------------------------------------------------------------------------

def docx_zip_bomb(d: Path) -> Path:
    """document.xml of 1 GB of spaces, written streaming (~4 MB on disk)."""
    p = d / "bom.docx"
    with zipfile.ZipFile(p, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        zf.writestr("[Content_Types].xml", CONTENT_TYPES)
        zf.writestr("_rels/.rels", ROOT_RELS)
        with zf.open("word/document.xml", "w", force_zip64=True) as fh:
            fh.write(f'<w:document xmlns:w="{W_NS}"><w:body><w:p><w:r><w:t>'.encode())
            chunk = b" " * (1 << 24)
            for _ in range(64):
                fh.write(chunk)
            fh.write(b"</w:t></w:r></w:p></w:body></w:document>")
    return p


def docx_lying_sizes(d: Path) -> Path:
    """A bomb whose central directory claims a small uncompressed size (the stream really inflates to 200 MB)."""
    p = d / "leugen.docx"
    big = b"<w:document xmlns:w=\"" + W_NS.encode() + b"\"><w:body>" + b" " * (200 << 20) + b"</w:body></w:document>"
    with zipfile.ZipFile(p, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        zf.writestr("[Content_Types].xml", CONTENT_TYPES)
        zf.writestr("word/document.xml", big)
    del big
    data = bytearray(p.read_bytes())
    # patch the uncompressed size of word/document.xml in the local header and central directory to 1000
    name = b"word/document.xml"
    for sig, size_off in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        pos = 0
        while True:
            pos = data.find(sig, pos)
            if pos < 0:
                break
            name_len_off = 26 if sig == b"PK\x03\x04" else 28
            name_start = pos + (30 if sig == b"PK\x03\x04" else 46)
            n = int.from_bytes(data[pos + name_len_off:pos + name_len_off + 2], "little")
            if data[name_start:name_start + n] == name:
                data[pos + size_off:pos + size_off + 4] = (1000).to_bytes(4, "little")
            pos += 4
    p.write_bytes(bytes(data))
    return p


def docx_billion_laughs(d: Path) -> Path:
    ents = ['<!ENTITY lol "lol">'] + [f'<!ENTITY lol{i} "{("&lol%s;" % (i - 1 if i > 1 else "")) * 10}">'
                                      for i in range(1, 10)]
    xml = (f'<?xml version="1.0"?><!DOCTYPE lolz [{"".join(ents)}]>'
           f'<w:document xmlns:w="{W_NS}"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>')
    return _docx(d / "lachen.docx", {"word/document.xml": xml})


def docx_external_entity(d: Path) -> Path:
    xml = (f'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">'
           f'<!ENTITY net SYSTEM "http://192.0.2.1/x.dtd">]>'
           f'<w:document xmlns:w="{W_NS}"><w:body>{_para("&xxe;&net;")}</w:body></w:document>')
    return _docx(d / "xxe.docx", {"word/document.xml": xml})


def docx_deep(d: Path) -> Path:
    depth = 100_000
    xml = (f'<w:document xmlns:w="{W_NS}"><w:body>' + "<w:sdt><w:sdtContent>" * depth + _para("Diep")
           + "</w:sdtContent></w:sdt>" * depth + "</w:body></w:document>")
    return _docx(d / "diep.docx", {"word/document.xml": xml})


def docx_deep_moderate(d: Path) -> Path:
    """250 levels: just under libxml2's default limit, deep enough to hurt a recursive walker."""
    depth = 250
    xml = (f'<w:document xmlns:w="{W_NS}"><w:body>' + "<w:sdt><w:sdtContent>" * depth + _para("Diep")
           + "</w:sdtContent></w:sdt>" * depth + "</w:body></w:document>")
    return _docx(d / "diep250.docx", {"word/document.xml": xml})


def docx_not_xml(d: Path) -> Path:
    return _docx(d / "geenxml.docx", {"word/document.xml": random.Random(3).randbytes(5000)})


def docx_missing_document(d: Path) -> Path:
    return _docx(d / "zonder.docx", {"word/styles.xml": "<w:styles/>"})


def docx_rels_missing_target(d: Path) -> Path:
    """Has word/document.xml only under another name: rels point to a part that does not exist."""
    rels = ROOT_RELS.replace("word/document.xml", "word/nergens.xml")
    return _docx(d / "verwijzing.docx", {"word/document.xml": _doc_xml(_para("Tekst")), "_rels/.rels": rels},
                 base=False)


def docx_many_members(d: Path) -> Path:
    p = d / "veel.docx"
    with zipfile.ZipFile(p, "w", zipfile.ZIP_STORED) as zf:
        zf.writestr("[Content_Types].xml", CONTENT_TYPES)
        zf.writestr("_rels/.rels", ROOT_RELS)
        zf.writestr("word/document.xml", _doc_xml(_para("Tekst")))
        info = zipfile.ZipInfo("x")
        for i in range(100_000):
            info = zipfile.ZipInfo(f"m/{i}")
            zf.writestr(info, b"")
    return p


def docx_evil_names(d: Path) -> Path:
    rels = ('<?xml version="1.0" encoding="UTF-8"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" '
            'Target="../../../../etc/passwd"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" '
            'Target="/etc/shadow"/>'
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" '
            'Target="file:///etc/passwd" TargetMode="External"/></Relationships>')
    return _docx(d / "namen.docx", {
        "word/document.xml": _doc_xml(_para("Ondersteuningsplan") + _para("De leerling krijgt ondersteuning.")),
        "word/_rels/document.xml.rels": rels,
        "../../../../tmp/opcheck-escaped.txt": "ontsnapt",
        "/etc/opcheck-absolute.txt": "absoluut",
        "..\\..\\windows.txt": "windows",
    })


def docx_really_xlsx(d: Path) -> Path:
    return _docx(d / "rekenblad.docx", {"xl/workbook.xml": "<workbook/>", "xl/worksheets/sheet1.xml": "<worksheet/>"},
                 base=True)


def docx_huge_run(d: Path) -> Path:
    """One paragraph, one run, 50 MB of words (compresses ~4x, so not a bomb)."""
    text = _words(50 * 1024 * 1024)
    p = d / "lange-run.docx"
    with zipfile.ZipFile(p, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        zf.writestr("[Content_Types].xml", CONTENT_TYPES)
        zf.writestr("_rels/.rels", ROOT_RELS)
        zf.writestr("word/document.xml", _doc_xml(_para(text)))
    return p


def docx_many_paragraphs(d: Path) -> Path:
    body = "".join(_para(f"{i}. Paragraaf over ondersteuning van leerlingen nummer {i}.") for i in range(60_000))
    return _docx(d / "veel-alineas.docx", {"word/document.xml": _doc_xml(body)})


# --------------------------------------------------------------------------------------------------
# text
# --------------------------------------------------------------------------------------------------

def text_one_line(d: Path) -> Path:
    p = d / "een-regel.txt"
    p.write_text(_words(30 * 1024 * 1024).replace("plan", "plan."), encoding="utf-8")
    return p


def text_many_lines(d: Path) -> Path:
    p = d / "miljoen.txt"
    rng = random.Random(5)
    p.write_text("\n".join(" ".join(rng.choices(_WORDS, k=3)) for _ in range(1_000_000)), encoding="utf-8")
    return p


def md_many_lines(d: Path) -> Path:
    p = d / "miljoen.md"
    lines = []
    for i in range(100_000):
        lines.append(("#" * (1 + i % 6)) + f" Kop {i}" if i % 10 == 0 else f"- punt {i} | a | b |")
    p.write_text("\n".join(lines), encoding="utf-8")
    return p


def text_utf16_nobom(d: Path) -> Path:
    p = d / "utf16.txt"
    p.write_bytes(("Ondersteuningsplan\n\nDe leerling krijgt passende ondersteuning. Één plan.\n" * 50)
                  .encode("utf-16-le"))
    return p


def text_mixed_encodings(d: Path) -> Path:
    p = d / "gemengd.txt"
    parts = []
    for i in range(200):
        s = f"Regel {i}: café, ëën, € {i}\n"
        parts.append(s.encode(("utf-8", "cp1252", "latin-1", "utf-16-le")[i % 4], errors="replace"))
    p.write_bytes(b"".join(parts))
    return p


def text_nul(d: Path) -> Path:
    p = d / "nul.txt"
    p.write_bytes(b"Ondersteuningsplan\n\nDe leerling krijgt\x00\x00\x00\x00 ondersteuning.\n" * 100)
    return p


def text_long_sentence(d: Path) -> Path:
    p = d / "zin.txt"
    p.write_text("Ondersteuningsplan\n\n" + _words(5 * 1024 * 1024) + "\n", encoding="utf-8")
    return p


def md_long_sentence(d: Path) -> Path:
    p = d / "zin.md"
    p.write_text("# Ondersteuningsplan\n\n## Basisondersteuning\n\n" + _words(5 * 1024 * 1024) + "\n",
                 encoding="utf-8")
    return p


def md_pathological(d: Path) -> Path:
    """Inputs known to make naive Markdown regexes backtrack: long runs of *, _, [, `, | and <."""
    p = d / "regex.md"
    n = 200_000
    p.write_text("# Kop\n\n" + "*" * n + "\n\n" + "_a" * n + "\n\n" + "[" * n + "\n\n" + "(" * n + "\n\n" + "**a b " * 20_000 + "\n\n"
                 + "<!-- " * 20_000 + "\n\n" + "`" * n + "\n\n"
                 + "|" * n + "\n\n" + "<" * n + "\n\n" + "1." * n + "\n\n" + " " * n + "x\n\n"
                 # grid table borders without rows, and a grid table of 20 000 rows
                 + "+-----+-----+\n" * 20_000 + "\n" + "+-----+-----+\n| a   | b   |\n" * 20_000, encoding="utf-8")
    return p


def text_pathological(d: Path) -> Path:
    p = d / "regex.txt"
    n = 200_000
    p.write_text("1. " + "1." * n + "\n\n" + "A" * 3000 + "\n" + "=" * n + "\n\n" + "- " * n + "\n\n"
                 + "**a b " * 20_000 + "\n\n" + "\f" * 50_000 + "\n" + "-\n" * n + "\n"
                 + "+-----+-----+\n" * 20_000 + "\n" + "+-----+-----+\n| a   | b   |\n" * 20_000, encoding="utf-8")
    return p


def text_long_word(d: Path) -> Path:
    """One 'word' of 200 000 letters (no spaces)."""
    p = d / "woord.txt"
    p.write_text("Ondersteuningsplan\n\nDe leerling " + "a" * 200_000 + " krijgt ondersteuning.\n", encoding="utf-8")
    return p


def text_dots(d: Path) -> Path:
    """One paragraph of 200 000 dots: a dot leader without end (TOC detection in structure.py)."""
    p = d / "punten.txt"
    p.write_text("Ondersteuningsplan\n\n" + "." * 200_000 + "\n", encoding="utf-8")
    return p


# --------------------------------------------------------------------------------------------------
# HTML
# --------------------------------------------------------------------------------------------------

def html_nested(d: Path) -> Path:
    p = d / "genest.html"
    n = 100_000
    p.write_text("<html><body>" + "<div>" * n + "Diep" + "</div>" * n + "</body></html>", encoding="utf-8")
    return p


def html_nested_unclosed(d: Path) -> Path:
    p = d / "open.html"
    p.write_text("<html><body>" + "<span><b>tekst " * 50_000 + "</body></html>", encoding="utf-8")
    return p


def html_table(d: Path) -> Path:
    p = d / "tabel.html"
    row = "<tr>" + "".join(f"<td>cel {j}</td>" for j in range(50)) + "</tr>"
    p.write_text("<html><body><h1>Plan</h1><table>" + row * 2000 + "</table></body></html>", encoding="utf-8")
    return p


def html_nested_tables(d: Path) -> Path:
    p = d / "tabellen.html"
    n = 3000
    p.write_text("<html><body>" + "<table><tr><td>x" * n + "</td></tr></table>" * n + "</body></html>",
                 encoding="utf-8")
    return p


def html_script_only(d: Path) -> Path:
    p = d / "script.html"
    p.write_text("<html><head><script>" + "var a = 1;\n" * 10000 + "</script></head><body>"
                 "<script>document.write('plan')</script></body></html>", encoding="utf-8")
    return p


def html_big_attribute(d: Path) -> Path:
    p = d / "attribuut.html"
    p.write_text('<html><body><p title="' + "a" * (10 * 1024 * 1024) + '">Tekst</p></body></html>',
                 encoding="utf-8")
    return p


def html_external(d: Path) -> Path:
    p = d / "extern.html"
    p.write_text(
        '<!DOCTYPE html SYSTEM "http://192.0.2.1/x.dtd"><html><head>'
        '<link rel="stylesheet" href="http://192.0.2.1/s.css"><base href="http://192.0.2.1/">'
        '<script src="http://192.0.2.1/s.js"></script></head><body>'
        '<h1>Ondersteuningsplan</h1><img src="http://192.0.2.1/a.png"><iframe src="http://192.0.2.1/"></iframe>'
        '<object data="http://192.0.2.1/o"></object><p>De leerling krijgt ondersteuning.</p>'
        '<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="http://192.0.2.1/inc.xml"/>'
        '</body></html>', encoding="utf-8")
    return p


def html_entities(d: Path) -> Path:
    ents = ['<!ENTITY lol "lol">'] + [f'<!ENTITY lol{i} "{("&lol%s;" % (i - 1 if i > 1 else "")) * 10}">'
                                      for i in range(1, 10)]
    p = d / "entiteiten.html"
    p.write_text(f'<!DOCTYPE html [{"".join(ents)}<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
                 '<html><body><p>&lol9; &xxe;</p>' + "<p>&amp;&lt;&#x1F600;&#99999999;&#0;&bogus;</p>" * 1000
                 + "</body></html>", encoding="utf-8")
    return p


def html_unterminated_doctype(d: Path) -> Path:
    p = d / "doctype.html"
    p.write_text("<!DOCTYPE html [" + "<!ENTITY a 'b'>" * 100_000 + "<html><body><p>tekst</p>", encoding="utf-8")
    return p


def html_xhtml_entities(d: Path) -> Path:
    """XHTML with an XML declaration and an entity bomb in the internal subset."""
    ents = ['<!ENTITY lol "lol">'] + [f'<!ENTITY lol{i} "{("&lol%s;" % (i - 1 if i > 1 else "")) * 10}">'
                                      for i in range(1, 10)]
    p = d / "bom.xhtml"
    p.write_text(f'<?xml version="1.0"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
                 f'"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd" [{"".join(ents)}]>'
                 '<html xmlns="http://www.w3.org/1999/xhtml"><body><p>&lol9;</p></body></html>', encoding="utf-8")
    return p
