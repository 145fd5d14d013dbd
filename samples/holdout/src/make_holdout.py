#!/usr/bin/env python3
"""Generator for the opcheck held-out sample set (samples/holdout/).

Independent of opcheck's source, checklists and other samples: documents and labels
were written by hand from ../shared/domain.md Part A (the labelling contract).

Usage:  python3 samples/holdout/src/make_holdout.py
Needs:  python-docx, LibreOffice (soffice --headless), poppler-utils (pdftotext).

Every content module in this folder (doc_*.py) defines DOC = dict(...):
  slug, fmt ('docx+pdf' | 'docx' | 'pdf' | 'md' | 'html' | 'txt'), sector, looks_like_plan,
  title, header, footer, toc (bool), bold_headings (bool), blocks, elements, criteria, notes.
Blocks: ('h1', text) ('h2', text) ('h3', text) ('p', text) ('ul', [items]) ('ol', [items])
        ('table', [[cells], ...]) first row = header, ('pb',) page break, ('title', [lines]), ('toc',).
"""
import glob, html, importlib.util, os, re, shutil, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

ELEMENTS = ["basisondersteuning", "plaatsing", "terugstroom", "financien",
            "dekkend-aanbod", "resultaten", "ouders"]
CORE = {
    "basisondersteuning": ["niveau", "inhoud"],
    "plaatsing": ["procedure", "criteria"],
    "terugstroom": ["procedure", "beleid"],
    "financien": ["verdeling", "besteding"],
    "dekkend-aanbod": ["continuum", "lacunes"],
    "resultaten": ["doelen", "monitoring"],
    "ouders": ["informatie", "steunpunt"],
}
ALL_CORE = [f"{e}.{c}" for e in ELEMENTS for c in CORE[e]]


# ----------------------------------------------------------------- label check
def check_labels(d):
    slug = d["slug"]
    if not d["looks_like_plan"]:
        assert d["elements"] == {} and d["criteria"] == {}, slug
        return
    crit, el = d["criteria"], d["elements"]
    assert sorted(crit) == sorted(ALL_CORE), (slug, set(ALL_CORE) ^ set(crit))
    assert sorted(el) == sorted(ELEMENTS), slug
    adv = d.get("advisory", {})  # element -> True if some advisory criterion is addressed
    for e in ELEMENTS:
        core = [crit[f"{e}.{c}"] for c in CORE[e]]
        if all(core):
            want = "present"
        elif any(core) or adv.get(e, False):
            want = "partial"
        else:
            want = "missing"
        if el[e] != want:
            raise SystemExit(f"{slug}: inconsistent label {e}={el[e]}, criteria imply {want}")
        if el[e] != "present" and e not in d.get("notes", {}):
            raise SystemExit(f"{slug}: element {e} is {el[e]} but has no note")


def yaml_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_yaml(d, documents):
    L = [f"# Held-out labels for {d['slug']} (hand-labelled per domain.md Part A)",
         f"documents: [{', '.join(documents)}]",
         f"sector: {d['sector'] if d['sector'] else 'null'}",
         f"looks_like_plan: {'true' if d['looks_like_plan'] else 'false'}"]
    if not d["looks_like_plan"]:
        L += ["elements: {}", "criteria: {}"]
    else:
        L.append("elements: {" + ", ".join(f"{e}: {d['elements'][e]}" for e in ELEMENTS) + "}")
        L.append("criteria:")
        for c in ALL_CORE:
            L.append(f"  {c}: {'true' if d['criteria'][c] else 'false'}")
    notes = d.get("notes", {})
    if notes:
        L.append("notes:")
        for k, v in notes.items():
            L.append(f"  {k}: {yaml_str(v)}")
    else:
        L.append("notes: {}")
    with open(os.path.join(OUT, d["slug"] + ".expected.yaml"), "w") as f:
        f.write("\n".join(L) + "\n")


# ----------------------------------------------------------------- docx
def _docx(d, path, toc_pages=None):
    from docx import Document
    from docx.enum.text import WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER, WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt, Cm

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = d.get("font", "Calibri")
    st.font.size = Pt(d.get("font_size", 11))
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.3)
    sec.top_margin = sec.bottom_margin = Cm(2.2)
    has_title = d["blocks"] and d["blocks"][0][0] == "title"
    sec.different_first_page_header_footer = has_title
    if d.get("header"):
        hp = sec.header.paragraphs[0]
        hp.text = d["header"]
        hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        for r in hp.runs:
            r.font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run((d.get("footer") or "") + ("  |  pagina " if d.get("footer") else "pagina "))
    r.font.size = Pt(8)
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), "PAGE")
    rr = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    rr.append(t)
    fld.append(rr)
    fp._p.append(fld)

    def heading(text, level):
        if d.get("bold_headings"):
            p = doc.add_paragraph()
            p.paragraph_format.space_before = Pt(12 if level == 1 else 8)
            p.paragraph_format.keep_with_next = True
            run = p.add_run(text)
            run.bold = True
            run.font.size = Pt({1: 15, 2: 12.5, 3: 11}[level])
        else:
            doc.add_heading(text, level=level)

    first_h1 = True
    for b in d["blocks"]:
        k = b[0]
        if k == "title":
            for i, line in enumerate(b[1]):
                p = doc.add_paragraph()
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                if i == 0:
                    p.paragraph_format.space_before = Pt(140)
                run = p.add_run(line)
                run.bold = i < 2
                run.font.size = Pt(26 if i == 0 else 16 if i == 1 else 11)
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif k == "toc":
            heading(d.get("toc_title", "Inhoud"), 1)
            for lvl, txt in [(b2[0], b2[1]) for b2 in d["blocks"] if b2[0] in ("h1", "h2")]:
                p = doc.add_paragraph()
                p.paragraph_format.space_after = Pt(1)
                p.paragraph_format.left_indent = Cm(0 if lvl == "h1" else 0.6)
                p.paragraph_format.tab_stops.add_tab_stop(Cm(16.3), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
                num = (toc_pages or {}).get(txt, "")
                run = p.add_run(f"{txt}\t{num}")
                run.bold = lvl == "h1"
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif k in ("h1", "h2", "h3"):
            lvl = int(k[1])
            if lvl == 1 and d.get("h1_pagebreak", True) and not first_h1:
                doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
            if lvl == 1:
                first_h1 = False
            heading(b[1], lvl)
        elif k == "p":
            doc.add_paragraph(b[1])
        elif k in ("ul", "ol"):
            style = "List Bullet" if k == "ul" else "List Number"
            for it in b[1]:
                doc.add_paragraph(it, style=style)
        elif k == "table":
            rows = b[1]
            ncol = max(len(r) for r in rows)
            tb = doc.add_table(rows=len(rows), cols=ncol)
            tb.style = "Table Grid"
            for i, row in enumerate(rows):
                for j in range(ncol):
                    cell = tb.cell(i, j)
                    cell.text = row[j] if j < len(row) else ""
                    for p in cell.paragraphs:
                        for run in p.runs:
                            run.font.size = Pt(9)
                            if i == 0:
                                run.bold = True
            doc.add_paragraph()
        elif k == "pb":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        else:
            raise ValueError(k)
    doc.save(path)


def _to_pdf(docx_path, outdir):
    with tempfile.TemporaryDirectory() as prof:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless",
                        "--convert-to", "pdf", "--outdir", outdir, docx_path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return os.path.join(outdir, os.path.splitext(os.path.basename(docx_path))[0] + ".pdf")


def _pdf_pages(pdf):
    txt = subprocess.run(["pdftotext", "-layout", pdf, "-"], check=True,
                         capture_output=True, text=True).stdout
    return txt.split("\f")


def _find_toc_pages(d, pdf):
    pages = _pdf_pages(pdf)
    heads = [b[1] for b in d["blocks"] if b[0] in ("h1", "h2")]
    toc_idx = next((i for i, p in enumerate(pages) if "Inhoud" in p), 0)
    res, start = {}, toc_idx + 1
    for h in heads:
        for i in range(start, len(pages)):
            lines = [re.sub(r"\s+", " ", l).strip() for l in pages[i].splitlines()]
            if any(l.startswith(h[:40]) for l in lines):
                res[h] = str(i + 1)
                start = i
                break
    return res


def build_docx_pdf(d, want_docx=True, want_pdf=True):
    slug = d["slug"]
    dpath = os.path.join(OUT, slug + ".docx")
    tmp = tempfile.mkdtemp()
    _docx(d, dpath)
    if d.get("toc"):
        pdf = _to_pdf(dpath, tmp)
        _docx(d, dpath, toc_pages=_find_toc_pages(d, pdf))
    files = []
    if want_pdf:
        pdf = _to_pdf(dpath, tmp)
        shutil.move(pdf, os.path.join(OUT, slug + ".pdf"))
        files.append(slug + ".pdf")
    if want_docx:
        files.insert(0, slug + ".docx")
    else:
        os.remove(dpath)
    shutil.rmtree(tmp, ignore_errors=True)
    return files


# ----------------------------------------------------------------- md / html / txt
def build_md(d):
    L = []
    for b in d["blocks"]:
        k = b[0]
        if k == "title":
            L += ["# " + b[1][0], ""] + ["**" + x + "**  " for x in b[1][1:]] + [""]
        elif k in ("h1", "h2", "h3"):
            L += ["#" * (int(k[1]) + 1) + " " + b[1], ""]
        elif k == "p":
            L += [b[1], ""]
        elif k == "ul":
            L += ["- " + x for x in b[1]] + [""]
        elif k == "ol":
            L += [f"{i}. {x}" for i, x in enumerate(b[1], 1)] + [""]
        elif k == "table":
            rows = b[1]
            L.append("| " + " | ".join(rows[0]) + " |")
            L.append("|" + "---|" * len(rows[0]))
            for r in rows[1:]:
                L.append("| " + " | ".join(c.replace("|", "/") for c in r) + " |")
            L.append("")
        elif k == "toc":
            L += ["## Inhoud", ""] + [("- " if b2[0] == "h1" else "  - ") + b2[1]
                                      for b2 in d["blocks"] if b2[0] in ("h1", "h2")] + [""]
        elif k == "pb":
            pass
    name = d["slug"] + ".md"
    open(os.path.join(OUT, name), "w").write("\n".join(L))
    return [name]


def build_html(d):
    e = html.escape
    body, nav, n = [], [], 0
    for b in d["blocks"]:
        k = b[0]
        if k in ("h1", "h2", "h3"):
            n += 1
            lvl = int(k[1]) + 1
            if k == "h1" and n > 1:
                body.append("</section>")
            if k == "h1":
                body.append(f'<section id="s{n}">')
                nav.append(f'<li><a href="#s{n}">{e(b[1])}</a></li>')
            body.append(f"<h{lvl} id=\"h{n}\">{e(b[1])}</h{lvl}>")
        elif k == "title":
            body.append(f"<header class=\"hero\"><h1>{e(b[1][0])}</h1>" +
                        "".join(f"<p class=\"sub\">{e(x)}</p>" for x in b[1][1:]) + "</header>")
        elif k == "p":
            body.append(f"<p>{e(b[1])}</p>")
        elif k in ("ul", "ol"):
            body.append(f"<{k}>" + "".join(f"<li>{e(x)}</li>" for x in b[1]) + f"</{k}>")
        elif k == "table":
            rows = b[1]
            t = ["<table>", "<thead><tr>" + "".join(f"<th>{e(c)}</th>" for c in rows[0]) + "</tr></thead><tbody>"]
            t += ["<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>" for r in rows[1:]]
            body.append("\n".join(t) + "</tbody></table>")
    body.append("</section>")
    extra_nav = d.get("html_nav_extra", [])
    page = f"""<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<title>{e(d['title'])}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body{{font-family:Arial,Helvetica,sans-serif;margin:0;color:#222;line-height:1.5}}
.top{{background:#0b5d7a;color:#fff;padding:.6em 1.5em}} .top a{{color:#fff;margin-right:1em}}
.wrap{{display:flex}} nav.side{{width:260px;padding:1em;background:#f1f5f7;font-size:.9em}}
main{{flex:1;padding:1em 2em;max-width:900px}} table{{border-collapse:collapse;margin:1em 0}}
td,th{{border:1px solid #999;padding:4px 8px;vertical-align:top}} footer{{background:#eee;padding:1em 1.5em;font-size:.85em}}
</style>
</head>
<body>
<div class="top">{d.get('html_topbar','')}</div>
<div class="wrap">
<nav class="side"><p><strong>Ondersteuningsplan &ndash; hoofdstukken</strong></p><ul>
{chr(10).join(nav + extra_nav)}
</ul></nav>
<main>
{chr(10).join(body)}
</main>
</div>
<footer>{d.get('html_footer','')}</footer>
</body>
</html>
"""
    name = d["slug"] + ".html"
    open(os.path.join(OUT, name), "w").write(page)
    return [name]


def build_txt(d):
    import textwrap
    W = 78
    L = []
    for b in d["blocks"]:
        k = b[0]
        if k == "title":
            L += [x.upper() if i == 0 else x for i, x in enumerate(b[1])] + ["", "=" * W, ""]
        elif k == "h1":
            L += ["", b[1].upper(), "=" * min(W, len(b[1])), ""]
        elif k in ("h2", "h3"):
            L += [b[1], "-" * min(W, len(b[1])), ""]
        elif k == "p":
            L += textwrap.wrap(b[1], W) + [""]
        elif k in ("ul", "ol"):
            for i, x in enumerate(b[1], 1):
                pre = "  - " if k == "ul" else f"  {i}. "
                L += textwrap.wrap(x, W, initial_indent=pre, subsequent_indent=" " * len(pre))
            L.append("")
        elif k == "table":
            rows = b[1]
            wid = [min(34, max(len(r[j]) for r in rows if j < len(r))) for j in range(len(rows[0]))]
            for ri, r in enumerate(rows):
                cells = [textwrap.wrap(c, wid[j]) or [""] for j, c in enumerate(r)]
                h = max(len(c) for c in cells)
                for li in range(h):
                    L.append("  ".join((c[li] if li < len(c) else "").ljust(wid[j]) for j, c in enumerate(cells)).rstrip())
                if ri == 0:
                    L.append("  ".join("-" * w for w in wid))
            L.append("")
        elif k == "toc":
            L += ["INHOUD", ""] + [("  " if b2[0] == "h2" else "") + b2[1]
                                   for b2 in d["blocks"] if b2[0] in ("h1", "h2")] + [""]
        elif k == "pb":
            L += ["", ""]
    name = d["slug"] + ".txt"
    open(os.path.join(OUT, name), "w").write("\n".join(L) + "\n")
    return [name]


# ----------------------------------------------------------------- main
def load_docs():
    docs = []
    for p in sorted(glob.glob(os.path.join(HERE, "doc_*.py"))):
        spec = importlib.util.spec_from_file_location(os.path.basename(p)[:-3], p)
        m = importlib.util.module_from_spec(spec)
        sys.path.insert(0, HERE)
        spec.loader.exec_module(m)
        docs.append(m.DOC)
    return docs


def main(only=None):
    for d in load_docs():
        if only and d["slug"] not in only:
            continue
        check_labels(d)
        fmt = d["fmt"]
        if fmt == "docx+pdf":
            files = build_docx_pdf(d)
        elif fmt == "docx":
            files = build_docx_pdf(d, want_pdf=False)
        elif fmt == "pdf":
            files = build_docx_pdf(d, want_docx=False)
        elif fmt == "md":
            files = build_md(d)
        elif fmt == "html":
            files = build_html(d)
        elif fmt == "txt":
            files = build_txt(d)
        for f in files:
            if f.endswith(".pdf"):
                pages = _pdf_pages(os.path.join(OUT, f))
                words = sum(len(p.split()) for p in pages)
                assert words > 200, f"{f}: no text layer?"
                print(f"{f}: {len([p for p in pages if p.strip()])} pages, {words} words")
            else:
                print(f)
        write_yaml(d, files)


if __name__ == "__main__":
    main(sys.argv[1:] or None)
