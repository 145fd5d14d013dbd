"""Rendering helpers for the holdout37 sample set (docx with real layout, plain text).

Block model: a document is a list of tuples
  ("title", [lines])            title page (single column, own section)
  ("toc", [lines])              static table of contents
  ("h1", text) / ("h2", text) / ("h3", text)
  ("p", text)                   paragraph; '{{fn:...}}' inserts a real footnote (docx) / [n] note (txt)
  ("ul", [items])               bullet list
  ("table", spec)               spec: rows, widths (cm), merges [(r0,c0,r1,c1)], header_rows, font
  ("pb",)                       page break
  ("cols", n)                   start a new section with n columns
"""
import copy
import re
import textwrap

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_BREAK
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import XmlPart
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
FN_RE = re.compile(r"\{\{fn:(.*?)\}\}", re.S)


class Footnotes:
    def __init__(self, doc):
        xml = (
            f'<w:footnotes xmlns:w="{W_NS}">'
            '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
            '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
            "</w:footnotes>"
        )
        self.el = parse_xml(xml)
        part = XmlPart(
            PackURI("/word/footnotes.xml"),
            "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
            self.el,
            doc.part.package,
        )
        doc.part.relate_to(part, RT.FOOTNOTES)
        self.n = 0

    def add(self, paragraph, text):
        self.n += 1
        fid = self.n
        fxml = (
            f'<w:footnote xmlns:w="{W_NS}" w:id="{fid}"><w:p>'
            '<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="15"/></w:rPr><w:footnoteRef/></w:r>'
            '<w:r><w:rPr><w:sz w:val="15"/></w:rPr><w:t xml:space="preserve"> </w:t></w:r>'
            f'<w:r><w:rPr><w:sz w:val="15"/></w:rPr><w:t xml:space="preserve">{_esc(text)}</w:t></w:r>'
            "</w:p></w:footnote>"
        )
        self.el.append(parse_xml(fxml))
        ref = parse_xml(
            f'<w:r xmlns:w="{W_NS}"><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
            f'<w:footnoteReference w:id="{fid}"/></w:r>'
        )
        paragraph._p.append(ref)


def _esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _page_field(paragraph):
    paragraph._p.append(
        parse_xml(
            f'<w:fldSimple xmlns:w="{W_NS}" w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>'
        )
    )


def _set_cols(section, n, space_twips=567):
    sectPr = section._sectPr
    for c in sectPr.findall(qn("w:cols")):
        sectPr.remove(c)
    cols = parse_xml(f'<w:cols xmlns:w="{W_NS}" w:num="{n}" w:space="{space_twips}"/>')
    sectPr.append(cols)


def _header_footer(section, header_text, footer_left):
    section.header.is_linked_to_previous = False
    section.footer.is_linked_to_previous = False
    hp = section.header.paragraphs[0]
    hp.text = ""
    r = hp.add_run(header_text)
    r.font.size = Pt(8)
    r.italic = True
    fp = section.footer.paragraphs[0]
    fp.text = ""
    r = fp.add_run(footer_left + "    pagina ")
    r.font.size = Pt(8)
    _page_field(fp)


def _add_text_with_footnotes(doc, paragraph, text, fns, size=None):
    pos = 0
    for m in FN_RE.finditer(text):
        run = paragraph.add_run(text[pos : m.start()])
        if size:
            run.font.size = size
        if fns is not None:
            fns.add(paragraph, m.group(1).strip())
        pos = m.end()
    run = paragraph.add_run(text[pos:])
    if size:
        run.font.size = size


def _shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd xmlns:w="{W_NS}" w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def render_docx(blocks, path, header_text, footer_left, body_pt=10, first_cols=1, footnotes=True):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Liberation Sans"
    st.font.size = Pt(body_pt)
    for s in doc.sections:
        s.left_margin = s.right_margin = Cm(2.0)
        s.top_margin = Cm(2.2)
        s.bottom_margin = Cm(2.0)
    fns = Footnotes(doc) if footnotes else None
    sec0 = doc.sections[0]
    first_section_used = False
    _header_footer(sec0, header_text, footer_left)
    if first_cols > 1:
        _set_cols(sec0, first_cols)
    for b in blocks:
        kind = b[0]
        if kind == "title":
            sec0.different_first_page_header_footer = True
            for i, line in enumerate(b[1]):
                p = doc.add_paragraph()
                r = p.add_run(line)
                r.font.size = Pt(26 if i == 0 else 14)
                r.bold = i == 0
                if i == 0:
                    p.paragraph_format.space_before = Pt(120)
        elif kind == "cols":
            start = WD_SECTION.CONTINUOUS if (len(b) > 2 and b[2] == "cont") else WD_SECTION.NEW_PAGE
            sec = doc.add_section(start)
            _set_cols(sec, b[1])
            _header_footer(sec, header_text, footer_left)
            sec.different_first_page_header_footer = False
        elif kind == "toc":
            doc.add_heading("Inhoudsopgave", level=1)
            for line in b[1]:
                p = doc.add_paragraph()
                p.paragraph_format.space_after = Pt(0)
                p.add_run(line).font.size = Pt(body_pt - 0.5)
        elif kind in ("h1", "h2", "h3"):
            doc.add_heading(b[1], level=int(kind[1]))
        elif kind == "p":
            p = doc.add_paragraph()
            _add_text_with_footnotes(doc, p, b[1], fns)
        elif kind == "ul":
            for item in b[1]:
                p = doc.add_paragraph(style="List Bullet")
                _add_text_with_footnotes(doc, p, item, fns)
        elif kind == "pb":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "table":
            spec = b[1]
            rows = spec["rows"]
            ncol = max(len(r) for r in rows)
            t = doc.add_table(rows=len(rows), cols=ncol)
            t.style = "Table Grid"
            t.autofit = False
            widths = spec.get("widths")
            fsz = Pt(spec.get("font", body_pt - 1.5))
            hdr = spec.get("header_rows", 1)
            if widths:
                for ci, w in enumerate(widths):
                    t.columns[ci].width = Cm(w)
            for ri, row in enumerate(rows):
                for ci in range(ncol):
                    val = row[ci] if ci < len(row) else ""
                    cell = t.cell(ri, ci)
                    if widths:
                        cell.width = Cm(widths[ci])
                    cell.text = ""
                    par = cell.paragraphs[0]
                    run = par.add_run(val)
                    run.font.size = fsz
                    if ri < hdr:
                        run.bold = True
                        _shade(cell, "D9E2F3")
            for (r0, c0, r1, c1) in spec.get("merges", []):
                m = t.cell(r0, c0).merge(t.cell(r1, c1))
                pars = m.paragraphs
                for par in pars[1:]:
                    if not par.text.strip():
                        par._p.getparent().remove(par._p)
            if spec.get("caption"):
                cp = doc.add_paragraph()
                r = cp.add_run(spec["caption"])
                r.italic = True
                r.font.size = Pt(body_pt - 2)
            else:
                doc.add_paragraph()
        else:
            raise ValueError(kind)
    doc.core_properties.author = footer_left
    doc.core_properties.title = header_text
    doc.save(path)


def render_txt(blocks, width=100):
    out = []
    notes = []

    def fn_sub(m):
        notes.append(m.group(1).strip())
        return f"[{len(notes)}]"

    for b in blocks:
        kind = b[0]
        if kind == "title":
            out.extend(b[1])
            out.append("")
        elif kind == "toc":
            out.append("Op deze pagina:")
            out.extend("  " + x for x in b[1])
            out.append("")
        elif kind == "h1":
            out += ["", b[1], "=" * len(b[1])]
        elif kind == "h2":
            out += ["", b[1], "-" * len(b[1])]
        elif kind == "h3":
            out += ["", b[1]]
        elif kind == "p":
            out += textwrap.wrap(FN_RE.sub(fn_sub, b[1]), width) + [""]
        elif kind == "ul":
            for it in b[1]:
                out += textwrap.wrap(FN_RE.sub(fn_sub, it), width, initial_indent="* ", subsequent_indent="  ")
            out.append("")
        elif kind == "table":
            for row in b[1]["rows"]:
                out.append("| " + " | ".join(row) + " |")
            out.append("")
        elif kind == "raw":
            out.extend(b[1])
        elif kind in ("pb", "cols"):
            pass
    if notes:
        out += ["", "Noten"] + [f"[{i+1}] {n}" for i, n in enumerate(notes)]
    return "\n".join(out) + "\n"
