"""`opcheck outline`: the structure as the tool sees it (headings, zones, counts, unreadable pages)."""
from __future__ import annotations

import json
from collections import Counter

from opcheck.document import HEADING, TABLE, ZONES, Document

ZONE_NL = {"body": "tekst", "toc": "inhoudsopgave", "header": "kopregel", "footer": "voetregel",
           "glossary": "begrippenlijst", "cover": "voorblad", "annex": "bijlage"}


def outline_dict(doc: Document) -> dict:
    files = []
    for source in doc.files:
        blocks = [b for b in doc.blocks if b.file == source.path]
        sections = []
        current = None
        for b in blocks:
            if b.kind == HEADING:
                current = {"heading": b.text, "numbering": b.numbering, "level": b.level, "page": b.page,
                           "page_label": b.page_label, "line": b.line, "zone": b.zone, "paragraphs": 0,
                           "list_items": 0, "tables": 0, "words": 0}
                sections.append(current)
                continue
            if current is None:
                current = {"heading": None, "numbering": None, "level": 0, "page": b.page, "page_label": b.page_label,
                           "line": b.line, "zone": b.zone, "paragraphs": 0, "list_items": 0, "tables": 0, "words": 0}
                sections.append(current)
            key = {"paragraph": "paragraphs", "list_item": "list_items", "table": "tables"}.get(b.kind)
            if key and b.zone not in ("header", "footer"):
                current[key] += 1
                current["words"] += len(b.text.split())
        zones = Counter(b.zone for b in blocks)
        files.append({
            "path": source.path, "format": source.format, "pages": source.pages, "sha256": source.sha256,
            "title": source.title, "unreadable_pages": source.unreadable_pages,
            "blocks": len(blocks), "zones": {z: zones.get(z, 0) for z in ZONES},
            "sections": sections,
            "headers_footers": sorted({b.text for b in blocks if b.zone in ("header", "footer")})[:20],
        })
    return {"files": files, "warnings": doc.warnings}


def render_json(doc: Document) -> str:
    return json.dumps(outline_dict(doc), ensure_ascii=False, indent=2) + "\n"


def render_text(doc: Document, lang: str = "nl") -> str:
    data = outline_dict(doc)
    out: list[str] = []
    for f in data["files"]:
        pages = f" · {f['pages']} {'pagina' if lang == 'nl' else 'pages'}" if f["pages"] else ""
        out.append(f"{f['path']} ({f['format']}{pages})")
        if f["title"]:
            out.append(f"  {'titel' if lang == 'nl' else 'title'}: {f['title']}")
        zones = ", ".join(f"{(ZONE_NL[z] if lang == 'nl' else z)} {n}" for z, n in f["zones"].items() if n)
        out.append(f"  {'blokken' if lang == 'nl' else 'blocks'}: {f['blocks']} ({zones})")
        if f["unreadable_pages"]:
            out.append(f"  ! {'onleesbare pagina' if lang == 'nl' else 'unreadable pages'}: "
                       + ", ".join(map(str, f["unreadable_pages"])))
        for s in f["sections"]:
            where = f"p. {s['page']}" if s["page"] else (f"r. {s['line']}" if s["line"] else "")
            indent = "  " * max(s["level"], 1)
            head = s["heading"] if s["heading"] is not None else ("(vóór de eerste kop)" if lang == "nl" else "(before first heading)")
            if s["numbering"]:
                head = f"{s['numbering']} {head}"
            zone = "" if s["zone"] == "body" else f" [{ZONE_NL[s['zone']] if lang == 'nl' else s['zone']}]"
            counts = f"{s['paragraphs']}¶ {s['list_items']}• {s['tables']}▦ {s['words']}w"
            out.append(f"{indent}{head}{zone}  ({where}{', ' if where else ''}{counts})")
        if f["headers_footers"]:
            out.append(f"  {'kop- en voetregels' if lang == 'nl' else 'headers and footers'}: "
                       + " | ".join(h[:60] for h in f["headers_footers"][:5]))
    for warning in data["warnings"]:
        out.append(f"! {warning}")
    return "\n".join(out) + "\n"
