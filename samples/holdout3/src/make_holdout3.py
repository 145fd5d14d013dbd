#!/usr/bin/env python3
"""Generator for the opcheck holdout3 sample set.

Eight fictional documents (7 ondersteuningsplannen of samenwerkingsverbanden
passend onderwijs + 1 gehandicaptenzorg "ondersteuningsplan" that is NOT an SWV
plan) with hand-made labels following Part A of ../shared/domain.md.

The set was written independently of opcheck's source, checklists and other
sample folders, so that it measures generalisation.

Usage (from the repository root or from this folder):
    python3 samples/holdout3/src/make_holdout3.py

Requires python-docx; libreoffice (headless) for the PDF renderings and
pdftotext to verify the text layer. Output is written next to this src/ folder.
All verbanden, schools, people and codes are fictional.
"""
from __future__ import annotations

import os
import random
import shutil
import subprocess
import sys
import tempfile

from docx import Document
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

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
ADVISORY = {
    "basisondersteuning": ["borging"],
    "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
    "terugstroom": ["monitoring"],
    "financien": ["reserves", "verantwoording"],
    "dekkend-aanbod": ["ketenpartners"],
    "resultaten": ["meetbaar"],
    "ouders": ["betrokkenheid"],
}
ALL_CORE = [f"{e}.{c}" for e in ELEMENTS for c in CORE[e]]


# --------------------------------------------------------------------------
# label handling
# --------------------------------------------------------------------------
def derive_status(element, criteria, advisory):
    core = [criteria[f"{element}.{c}"] for c in CORE[element]]
    if all(core):
        return "present"
    if any(core) or advisory.get(element):
        return "partial"
    return "missing"


def check_labels(lab):
    """Refuse labels whose statuses do not follow from the criteria (Part A)."""
    if not lab["looks_like_plan"]:
        assert lab["elements"] == {} and lab["criteria"] == {}, lab["slug"]
        return
    crit = lab["criteria"]
    assert sorted(crit) == sorted(ALL_CORE), (lab["slug"], sorted(set(ALL_CORE) ^ set(crit)))
    adv = lab.get("advisory", {})
    for e in adv:
        for a in adv[e]:
            assert a in ADVISORY[e], (lab["slug"], e, a)
    for e in ELEMENTS:
        want = derive_status(e, crit, adv)
        got = lab["elements"][e]
        if want != got:
            raise SystemExit(f"inconsistent label {lab['slug']} {e}: labelled {got}, "
                             f"criteria imply {want}")
        assert e in lab["notes"], (lab["slug"], "note missing for", e)


def yq(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_yaml(lab):
    lines = [f"# holdout3 label for {lab['slug']} (hand-labelled; see src/make_holdout3.py)"]
    lines.append("documents: [" + ", ".join(lab["documents"]) + "]")
    lines.append("sector: " + (lab["sector"] or "null"))
    lines.append("looks_like_plan: " + ("true" if lab["looks_like_plan"] else "false"))
    if not lab["looks_like_plan"]:
        lines.append("elements: {}")
        lines.append("criteria: {}")
        lines.append("notes:")
        for k, v in lab["notes"].items():
            lines.append(f"  {k}: {yq(v)}")
    else:
        lines.append("elements: {" + ", ".join(f"{e}: {lab['elements'][e]}" for e in ELEMENTS) + "}")
        lines.append("criteria:")
        for c in ALL_CORE:
            lines.append(f"  {c}: {'true' if lab['criteria'][c] else 'false'}")
        adv = lab.get("advisory", {})
        lines.append("# advisory criteria the labeller also found addressed (informative only)")
        lines.append("advisory_addressed:")
        for e in ELEMENTS:
            if adv.get(e):
                lines.append(f"  {e}: [" + ", ".join(adv[e]) + "]")
        if not any(adv.values()):
            lines[-1] = "advisory_addressed: {}"
        lines.append("notes:")
        for e in ELEMENTS:
            lines.append(f"  {e}: {yq(lab['notes'][e])}")
        if lab.get("traps"):
            lines.append("traps:")
            for t in lab["traps"]:
                lines.append(f"  - {yq(t)}")
    with open(os.path.join(OUT, lab["slug"] + ".expected.yaml"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")


def mk_label(slug, documents, sector, crit_true, advisory, notes, traps=()):
    crit = {c: (c in crit_true) for c in ALL_CORE}
    for c in crit_true:
        assert c in ALL_CORE, c
    elements = {e: derive_status(e, crit, advisory) for e in ELEMENTS}
    return {"slug": slug, "documents": documents, "sector": sector, "looks_like_plan": True,
            "criteria": crit, "elements": elements, "advisory": advisory,
            "notes": notes, "traps": list(traps)}


# --------------------------------------------------------------------------
# renderers. A document is a list of blocks:
#   ("title", text, [sublines]) ("h1"/"h2"/"h3", text) ("p", text)
#   ("bullets", [..]) ("numbered", [..]) ("table", header, rows, caption)
#   ("toc", [(level, text, page)]) ("pagebreak",)
# --------------------------------------------------------------------------
def _add_field(run, instr):
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "end")
    run._r.append(f1); run._r.append(it); run._r.append(f2)


def render_docx(blocks, path, heading_mode="styles", header=None, footer=None,
                break_before_h1=False, font="Calibri", size=11):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    sec = doc.sections[0]
    if header:
        sec.header.paragraphs[0].text = header
    if footer is not None:
        p = sec.footer.paragraphs[0]
        p.text = footer + ("  |  pagina " if footer else "pagina ")
        _add_field(p.add_run(), "PAGE")
    first_h1 = True
    for b in blocks:
        kind = b[0]
        if kind == "title":
            p = doc.add_paragraph()
            r = p.add_run(b[1]); r.bold = True; r.font.size = Pt(24)
            for s in b[2]:
                q = doc.add_paragraph(); rr = q.add_run(s); rr.font.size = Pt(13)
        elif kind in ("h1", "h2", "h3"):
            lvl = int(kind[1])
            if kind == "h1" and break_before_h1 and not first_h1:
                doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
            if kind == "h1":
                first_h1 = False
            if heading_mode == "styles":
                doc.add_heading(b[1], level=lvl)
            elif heading_mode == "bold":
                p = doc.add_paragraph()
                r = p.add_run(b[1]); r.bold = True
                r.font.size = Pt({1: 15, 2: 12.5, 3: 11}[lvl])
                if lvl == 3:
                    r.italic = True
            else:  # plain numbered text, body style
                doc.add_paragraph(b[1])
        elif kind == "p":
            doc.add_paragraph(b[1])
        elif kind == "bullets":
            for it in b[1]:
                doc.add_paragraph(it, style="List Bullet")
        elif kind == "numbered":
            for it in b[1]:
                doc.add_paragraph(it, style="List Number")
        elif kind == "table":
            hdr, rows, cap = b[1], b[2], b[3]
            if cap:
                cp = doc.add_paragraph(); cr = cp.add_run(cap); cr.italic = True
            t = doc.add_table(rows=1, cols=len(hdr))
            t.style = "Table Grid"
            for i, h in enumerate(hdr):
                cell = t.rows[0].cells[i]
                cell.text = ""
                rr = cell.paragraphs[0].add_run(str(h)); rr.bold = True
            for row in rows:
                cells = t.add_row().cells
                for i, v in enumerate(row):
                    cells[i].text = str(v)
            doc.add_paragraph()
        elif kind == "toc":
            p = doc.add_paragraph(); r = p.add_run(b[2] if len(b) > 2 else "Inhoudsopgave"); r.bold = True
            r.font.size = Pt(14)
            for lvl, text, page in b[1]:
                q = doc.add_paragraph(("    " * (lvl - 1)) + text + " " + "." * max(4, 70 - len(text) - 4 * lvl) + " " + str(page))
                q.paragraph_format.space_after = Pt(0)
        elif kind == "pagebreak":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        else:
            raise ValueError(kind)
    doc.save(path)


def render_md(blocks):
    out = []
    for b in blocks:
        k = b[0]
        if k == "title":
            out.append("# " + b[1]); out += ["", *[f"*{s}*  " for s in b[2]], ""]
        elif k in ("h1", "h2", "h3"):
            out.append("#" * (int(k[1]) + 1) + " " + b[1]); out.append("")
        elif k == "p":
            out.append(b[1]); out.append("")
        elif k == "bullets":
            out += ["- " + x for x in b[1]]; out.append("")
        elif k == "numbered":
            out += [f"{i}. {x}" for i, x in enumerate(b[1], 1)]; out.append("")
        elif k == "table":
            if b[3]:
                out.append(f"*{b[3]}*"); out.append("")
            out.append("| " + " | ".join(map(str, b[1])) + " |")
            out.append("|" + "---|" * len(b[1]))
            out += ["| " + " | ".join(map(str, r)) + " |" for r in b[2]]
            out.append("")
        elif k == "toc":
            out.append("**Inhoud**"); out.append("")
            out += [("  " * (l - 1)) + "- " + t for l, t, _ in b[1]]; out.append("")
        elif k == "pagebreak":
            out.append("---"); out.append("")
    return "\n".join(out)


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def render_txt(blocks, width_rule="="):
    out = []
    for b in blocks:
        k = b[0]
        if k == "title":
            out += [b[1].upper(), *b[2], ""]
        elif k == "h1":
            out += ["", b[1].upper(), width_rule * len(b[1]), ""]
        elif k in ("h2", "h3"):
            out += ["", b[1], "-" * len(b[1]) if k == "h2" else "", ""]
        elif k == "p":
            out += [b[1], ""]
        elif k == "bullets":
            out += ["  - " + x for x in b[1]] + [""]
        elif k == "numbered":
            out += [f"  {i}) {x}" for i, x in enumerate(b[1], 1)] + [""]
        elif k == "table":
            if b[3]:
                out.append(b[3])
            rows = [list(map(str, b[1]))] + [list(map(str, r)) for r in b[2]]
            w = [max(len(r[i]) for r in rows) for i in range(len(b[1]))]
            for j, r in enumerate(rows):
                out.append("  " + " | ".join(c.ljust(w[i]) for i, c in enumerate(r)))
                if j == 0:
                    out.append("  " + "-+-".join("-" * x for x in w))
            out.append("")
        elif k == "toc":
            out += ["INHOUD", ""] + [("   " * (l - 1)) + t.ljust(60 - 3 * (l - 1), ".") + f" {p}" for l, t, p in b[1]] + [""]
        elif k == "pagebreak":
            out += ["", "\f"]
    return "\n".join(out)


def to_pdf(docx_path, outdir):
    subprocess.run(["libreoffice", "--headless", "--convert-to", "pdf", "--outdir", outdir, docx_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    pdf = os.path.join(outdir, os.path.splitext(os.path.basename(docx_path))[0] + ".pdf")
    txt = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True).stdout
    assert len(txt.split()) > 200, f"no text layer in {pdf}"
    return pdf


def pdf_pages(pdf):
    out = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
    for line in out.splitlines():
        if line.startswith("Pages:"):
            return int(line.split()[1])
    return -1


def render_docx_pdf_with_toc(blocks, docx_path, outdir, **kw):
    """Render docx + pdf, then set the TOC page numbers to the real PDF pages and re-render."""
    render_docx(blocks, docx_path, **kw)
    pdf = to_pdf(docx_path, outdir)
    n = pdf_pages(pdf)
    pages = [subprocess.run(["pdftotext", "-layout", "-f", str(i), "-l", str(i), pdf, "-"],
                            capture_output=True, text=True).stdout for i in range(1, n + 1)]
    last_toc = max(i for i, t in enumerate(pages) if "......" in t)
    for bi, b in enumerate(blocks):
        if b[0] != "toc":
            continue
        new = []
        for lvl, text, pg in b[1]:
            key = " ".join(text.split()[:4])
            found = pg
            for i in range(last_toc, n):
                if any(" ".join(line.split()).startswith(key) and "...." not in line
                       for line in pages[i].splitlines()):
                    found = i + 1
                    break
            new.append((lvl, text, found))
        blocks[bi] = ("toc", new) + tuple(b[2:])
    render_docx(blocks, docx_path, **kw)
    return to_pdf(docx_path, outdir)


# --------------------------------------------------------------------------
# shared fictional material
# --------------------------------------------------------------------------
def school_list(seed, n, places, vo=False):
    rnd = random.Random(seed)
    if vo:
        pre = ["Het", "De", "Het", "Sint", "Het"]
        names = ["Lyceum aan de Vaart", "Dijkcollege", "Praktijkschool De Werf", "Veenland College",
                 "Scholengemeenschap Oosterpoort", "Vakcollege Het Ambacht", "Gymnasium Caelum",
                 "Maartens Lyceum", "Mavo Het Kompas", "Kwadrant College", "Esdal College Zuid",
                 "Zandberg Havo/vwo", "Tweestromen Vmbo", "Praktijkcollege De Steiger",
                 "Vso De Brug", "Vso Het Anker", "Groenhorst Vmbo", "Wolderweide Lyceum",
                 "ISK De Wereld", "Reviuscollege", "Mavo Rietveld", "Atheneum Dorpstraat"]
        rnd.shuffle(names)
        return [(names[i], rnd.choice(places)) for i in range(min(n, len(names)))]
    kinds = ["OBS", "CBS", "RKBS", "PCBS", "Montessorischool", "Daltonschool", "IKC", "Jenaplanschool"]
    names = ["De Regenboog", "De Wegwijzer", "Het Kompas", "De Zonnewijzer", "De Klimop", "Het Anker",
             "De Bongerd", "De Wilgenhoek", "De Lichtboei", "Het Palet", "De Tamarisk", "De Sterrenkijker",
             "De Fladderiep", "Het Vlot", "De Zevensprong", "De Lindeboom", "De Vlinderhof", "Het Baken",
             "De Notenkraker", "De Kleine Prins", "De Horizon", "De Duizendpoot", "Het Mozaïek", "De Boomgaard",
             "De Toermalijn", "De Hoeksteen", "Het Zwanennest", "De Springplank", "De Meander", "De Eendracht",
             "De Schakel", "De Kim", "De Appelgaard", "Het Lover", "De Waterlelie", "De Ark", "De Akker",
             "Het Klaverblad", "De Vuurtoren", "De Molenwiek", "Het Speelwerk", "De Parel", "De Watermolen",
             "Het Dijkje", "De Kameleon", "De Populier", "De Torenuil", "Het Schateiland"]
    rnd.shuffle(names)
    return [(rnd.choice(kinds) + " " + names[i], rnd.choice(places)) for i in range(min(n, len(names)))]


# ==========================================================================
# 1. po-kromme-waarden  (PO, long, bestuurlijk, Word heading styles, docx+pdf)
# ==========================================================================
def doc_kromme_waarden():
    N = "Stichting Samenwerkingsverband Passend Primair Onderwijs De Kromme Waarden"
    S = "De Kromme Waarden"
    places = ["Kromwaard", "Tielerhoek", "Bommelsteyn", "Haaftenveld", "Ooijerdam"]
    schools = school_list(3104, 44, places)
    B = []
    B.append(("title", "Ondersteuningsplan 2026–2030", [N, "Registratienummer PO 31-04",
              "Vastgesteld door het algemeen bestuur op 24 maart 2026",
              "Instemming ondersteuningsplanraad: 17 maart 2026",
              "Thema's: basisondersteuning · toelaatbaarheid · terugplaatsing · financiën · ouders · resultaten"]))
    B.append(("pagebreak",))
    B.append(("p", "Colofon"))
    B.append(("p", f"Uitgave van {N}. Bezoekadres: Waalkade 14, Kromwaard. Dit plan is opgesteld door het "
                   "bureau van het samenwerkingsverband in samenwerking met de schoolbesturen, de intern "
                   "begeleiders, de directeuren van het speciaal (basis)onderwijs en de ondersteuningsplanraad. "
                   "Vormgeving: afdeling communicatie. Foto's: leerlingen en leraren van onze scholen, met "
                   "toestemming van ouders."))
    B.append(("pagebreak",))
    toc = [(1, "1 Voorwoord", 3), (1, "2 Samenvatting", 4), (1, "3 Het samenwerkingsverband in beeld", 5),
           (1, "4 Missie, visie en koers", 7), (1, "5 Terugblik op de planperiode 2022–2026", 8),
           (1, "6 Basisondersteuning", 10), (2, "6.1 Het afgesproken niveau", 10),
           (2, "6.2 Standaarden basisondersteuning", 11), (2, "6.3 Borging", 12),
           (1, "7 Extra ondersteuning en toewijzing van arrangementen", 13),
           (1, "8 Toelaatbaarheid sbo en so", 15), (1, "9 Terug- en overplaatsing", 17),
           (1, "10 Dekkend netwerk en thuiszitters", 18), (1, "11 Samenwerking met gemeenten en jeugdhulp", 20),
           (1, "12 Ouders", 22), (1, "13 Kwaliteitszorg en beoogde resultaten", 23),
           (1, "14 Organisatie, governance en medezeggenschap", 25), (1, "15 Personeel en professionalisering", 27),
           (1, "16 Financieel beleid", 28), (2, "16.1 Verdeling van de middelen", 28),
           (2, "16.2 Meerjarenbegroting", 29), (2, "16.3 Reserves en verantwoording", 30),
           (1, "17 Privacy en gegevensverwerking", 31), (1, "18 Totstandkoming van dit plan", 32),
           (1, "Bijlage 1 Overzicht scholen", 33), (1, "Bijlage 2 Kengetallen per school", 35),
           (1, "Bijlage 3 Jaarkalender", 37), (1, "Bijlage 4 Begrippenlijst", 38),
           (1, "Bijlage 5 Afkortingen", 40), (1, "Bijlage 6 Stappenplan terugplaatsing", 41)]
    B.append(("toc", toc))
    B.append(("pagebreak",))

    B.append(("h1", "1 Voorwoord"))
    B.append(("p", "Voor u ligt het ondersteuningsplan 2026–2030 van De Kromme Waarden. Het is het derde plan "
                   "sinds de invoering van passend onderwijs in 2014 en het eerste dat wij schrijven na de "
                   "verbeteraanpak passend onderwijs en de landelijke discussie over een norm voor "
                   "basisondersteuning. Het bestuur heeft gekozen voor een plan dat zowel richting geeft als "
                   "concreet maakt wat scholen, ouders en partners van ons mogen verwachten."))
    B.append(("p", "De afgelopen jaren hebben ons geleerd dat passend onderwijs niet in het bestuursbureau wordt "
                   "gemaakt, maar in de klas, in het gesprek tussen leraar, intern begeleider en ouders, en in "
                   "de samenwerking met jeugdhulp en gemeenten. Tegelijk heeft het samenwerkingsverband een "
                   "eigen verantwoordelijkheid: het verdelen van middelen, het beslissen over "
                   "toelaatbaarheid en het bewaken van een sluitend aanbod voor ieder kind in onze regio."))
    B.append(("p", "Wij danken de leden van de ondersteuningsplanraad voor hun kritische en opbouwende bijdrage, "
                   "de wethouders van de vijf gemeenten voor het constructieve op overeenstemming gericht "
                   "overleg en alle leraren, intern begeleiders en directeuren die in werkgroepen en "
                   "klankbordsessies hebben meegedacht. Het plan is daardoor van ons allemaal."))
    B.append(("p", "Mr. drs. H.J. (Hanneke) van Dalsum-Verweij, directeur-bestuurder\n"
                   "Drs. P. (Pieter) Oosterlaken, voorzitter van de raad van toezicht"))

    B.append(("h1", "2 Samenvatting"))
    B.append(("p", "Dit ondersteuningsplan beschrijft hoe de dertien aangesloten schoolbesturen samen zorgen "
                   "voor passend onderwijs voor de circa 11.400 leerlingen in het primair onderwijs in onze "
                   "regio. In de planperiode 2026–2030 werken wij aan vier speerpunten: (1) een stevige en "
                   "gelijkwaardige basisondersteuning op alle 44 scholen, (2) ondersteuning zo dicht mogelijk "
                   "bij huis met minder verwijzingen naar het speciaal onderwijs, (3) geen kind thuis zonder "
                   "passend onderwijsaanbod en (4) een transparante inzet van middelen die zichtbaar "
                   "bijdraagt aan de resultaten voor leerlingen."))
    B.append(("p", "De hoofdstukken 6 tot en met 13 beschrijven de inhoudelijke afspraken; de hoofdstukken 14 tot "
                   "en met 18 de organisatie, de financiën en de totstandkoming van het plan. In de bijlagen "
                   "vindt u onder meer het overzicht van scholen, kengetallen en een begrippenlijst."))

    B.append(("h1", "3 Het samenwerkingsverband in beeld"))
    B.append(("p", f"{S} omvat de gemeenten Kromwaard, Tielerhoek, Bommelsteyn, Haaftenveld en Ooijerdam. Het "
                   "gebied is landelijk, met twee kernen van ruim 20.000 inwoners en een groot aantal dorpen "
                   "langs de rivier. Het leerlingaantal daalt licht: de prognose gaat uit van een krimp van "
                   "ongeveer 1,5 procent per jaar tot 2030, met grote verschillen tussen de kernen en de dorpen."))
    B.append(("p", "Aan het samenwerkingsverband zijn dertien schoolbesturen verbonden. Samen zijn zij "
                   "verantwoordelijk voor 40 basisscholen, 2 scholen voor speciaal basisonderwijs (sbo De "
                   "Vaargeul en sbo Het Veerhuis) en 2 locaties voor speciaal onderwijs cluster 3 en 4 (so "
                   "De Uiterwaard en so Het Zomerbed). Daarnaast maken leerlingen uit onze regio gebruik van "
                   "so-scholen buiten het gebied, met name in de regio's ten noorden en ten oosten van ons."))
    B.append(("table", ["Kengetal (teldatum 1 oktober)", "2022", "2023", "2024", "2025"],
              [["Leerlingen basisonderwijs", "11.212", "11.108", "10.964", "10.871"],
               ["Leerlingen sbo", "318", "309", "296", "287"],
               ["Leerlingen so (cluster 3 en 4)", "201", "207", "212", "209"],
               ["Deelnamepercentage sbo", "2,74%", "2,68%", "2,59%", "2,53%"],
               ["Deelnamepercentage so", "1,73%", "1,80%", "1,86%", "1,84%"],
               ["Landelijk deelnamepercentage so", "1,71%", "1,74%", "1,78%", "1,80%"]],
              "Tabel 1. Leerlingaantallen en deelnamepercentages"))
    B.append(("p", "De deelname aan het sbo is de afgelopen vier jaar gedaald, de deelname aan het so ligt "
                   "iets boven het landelijk gemiddelde. Het aantal leerlingen met een arrangement in het "
                   "regulier onderwijs is in dezelfde periode gestegen van 412 naar 538. Dit past bij de "
                   "koers om ondersteuning zo veel mogelijk binnen de reguliere school te organiseren."))
    B.append(("p", "De regio kent een relatief hoog aandeel kinderen van ouders met een laag inkomen in de "
                   "kernen Kromwaard en Tielerhoek, en een toenemend aantal nieuwkomers, met name in "
                   "Haaftenveld waar een azc is gevestigd. Dit vraagt om specifieke aandacht voor taal en "
                   "voor de samenwerking met het lokale team."))

    B.append(("h1", "4 Missie, visie en koers"))
    B.append(("p", "Onze missie is kort: ieder kind in de Waarden krijgt het onderwijs en de ondersteuning die "
                   "het nodig heeft, zo dicht mogelijk bij huis, zodat het zich ononderbroken kan ontwikkelen. "
                   "Wij werken vanuit drie waarden: nabijheid, gelijkwaardigheid en vakmanschap."))
    B.append(("p", "Nabijheid betekent dat wij ondersteuning organiseren in de school en de wijk waar het kind "
                   "woont, en dat wij de expertise van het speciaal onderwijs naar de reguliere school brengen "
                   "in plaats van het kind naar de expertise. Gelijkwaardigheid betekent dat een kind in een "
                   "klein dorp dezelfde basisondersteuning ontvangt als een kind in de stad. Vakmanschap "
                   "betekent dat leraren en intern begeleiders de ruimte en scholing krijgen om hun werk goed "
                   "te doen."))
    B.append(("p", "De koers voor 2026–2030 is door het algemeen bestuur vastgesteld na een reeks "
                   "strategiesessies met directeuren, intern begeleiders, ouders en ketenpartners. De koers is "
                   "uitgewerkt in de speerpunten uit de samenvatting en in de beoogde resultaten van hoofdstuk 13."))
    B.append(("p", "Het bestuur is zich ervan bewust dat de arbeidsmarkt voor leraren krap is en dat de "
                   "druk op scholen groot is. Daarom kiezen wij voor een beperkt aantal ambities en voor een "
                   "zorgvuldige fasering. Het jaarplan werkt de koers elk jaar uit in concrete activiteiten."))

    B.append(("h1", "5 Terugblik op de planperiode 2022–2026"))
    B.append(("p", "In het vorige ondersteuningsplan stonden vijf beoogde resultaten centraal. Hieronder staat per "
                   "resultaat wat wij hebben bereikt. De cijfers zijn ontleend aan de DUO-telling van 1 oktober, "
                   "de eigen registratie van het onderwijsloket en de tevredenheidspeiling onder ouders en "
                   "scholen (2025, respons 61 procent bij scholen en 38 procent bij ouders)."))
    B.append(("table", ["Beoogd resultaat 2022–2026", "Streefwaarde", "Bereikt (2025)", "Oordeel"],
              [["Deelnamepercentage sbo daalt", "≤ 2,60%", "2,53%", "behaald"],
               ["Deelnamepercentage so stabiliseert op landelijk niveau", "≤ 1,75%", "1,84%", "niet behaald"],
               ["Doorlooptijd aanvraag arrangement", "≤ 6 weken in 90% van de aanvragen", "87%", "bijna behaald"],
               ["Aantal langdurig thuiszittende leerlingen (> 4 weken)", "0", "3", "niet behaald"],
               ["Tevredenheid scholen over ondersteuning door het verband", "≥ 7,0", "7,4", "behaald"]],
              "Tabel 2. Bereikte resultaten vorige planperiode"))
    B.append(("p", "De belangrijkste les is dat de stijging van de so-deelname vooral zit bij jonge kinderen "
                   "met een complexe ontwikkelingsvraag, voor wie in het regulier onderwijs onvoldoende "
                   "passende plekken bestonden. Dit heeft geleid tot de keuze voor een onderwijs-"
                   "zorgarrangement in Tielerhoek (zie hoofdstuk 10). Verder constateren wij dat het "
                   "aantal thuiszitters klein is, maar dat elk kind dat thuiszit er één te veel is."))
    B.append(("p", "De evaluatie is besproken met de ondersteuningsplanraad, het algemeen bestuur en de "
                   "raad van toezicht. De conclusies zijn verwerkt in dit plan."))

    B.append(("h1", "6 Basisondersteuning"))
    B.append(("h2", "6.1 Het afgesproken niveau"))
    B.append(("p", "Basisondersteuning is in De Kromme Waarden het door alle schoolbesturen samen afgesproken "
                   "niveau van ondersteuning dat iedere school en iedere vestiging in het samenwerkingsverband "
                   "biedt, zonder aanvraag bij het samenwerkingsverband en zonder dat ouders daarvoor iets "
                   "hoeven te regelen. Het niveau is voor alle scholen gelijk; scholen mogen meer bieden en "
                   "leggen dat vast in hun schoolondersteuningsprofiel en in de schoolgids."))
    B.append(("p", "Het niveau bestaat uit vier onderdelen: basiskwaliteit zoals de inspectie die beoordeelt, "
                   "preventieve en licht curatieve interventies, een goed functionerende "
                   "ondersteuningsstructuur en planmatig, handelingsgericht werken. Voor elk onderdeel hebben "
                   "wij in 2025 concrete standaarden afgesproken, die hieronder staan."))
    B.append(("h2", "6.2 Standaarden basisondersteuning"))
    B.append(("p", "Wat mag u van elke school in De Kromme Waarden verwachten? De volgende twaalf standaarden "
                   "gelden op alle vestigingen."))
    B.append(("table", ["Nr.", "Standaard", "Wat betekent dit concreet"],
              [["1", "Intern begeleider", "Elke school heeft een geschoolde intern begeleider met minimaal 0,2 fte per 100 leerlingen."],
               ["2", "Leerlingvolgsysteem", "Twee keer per jaar worden de vorderingen van alle leerlingen geanalyseerd in een groepsbespreking."],
               ["3", "Dyslexie en dyscalculie", "De school werkt volgens het protocol leesproblemen en dyslexie en het protocol ERWD; signalering vanaf groep 2."],
               ["4", "Gedrag en welbevinden", "De school gebruikt een methode voor sociaal-emotionele ontwikkeling en monitort welbevinden jaarlijks."],
               ["5", "Meer- en hoogbegaafdheid", "Signalering met een vast instrument; verrijkingsaanbod in de groep voor ten minste 5% van de leerlingen."],
               ["6", "Taal en NT2", "Extra taalaanbod voor leerlingen met een taalachterstand, inclusief NT2-leerlingen na de nieuwkomersperiode."],
               ["7", "Medisch handelen", "Een protocol medicijnverstrekking en medisch handelen is aanwezig en bekend bij het team."],
               ["8", "Fysieke toegankelijkheid", "Het gebouw is rolstoeltoegankelijk of er is een afspraak met een nabije school."],
               ["9", "Ondersteuningsteam", "Minimaal vier keer per jaar een ondersteuningsteam met orthopedagoog van het verband en jeugdverpleegkundige."],
               ["10", "Ontwikkelingsperspectief", "Voor leerlingen met een eigen leerlijn stelt de school binnen zes weken een OPP op, in overleg met ouders."],
               ["11", "Samenwerking met ketenpartners", "Vaste contactpersoon van het lokale team en de jeugdarts."],
               ["12", "Overdracht", "Warme overdracht bij de overstap van voorschool naar groep 1 en van groep 8 naar het VO."]],
              "Tabel 3. Standaarden basisondersteuning"))
    B.append(("h2", "6.3 Borging"))
    B.append(("p", "Elke school beschrijft jaarlijks in het schoolondersteuningsprofiel en de schoolgids hoe zij "
                   "aan de standaarden voldoet. Het bureau van het samenwerkingsverband voert eens in de twee "
                   "jaar een kwaliteitsgesprek ('basis op orde-gesprek') met directeur en intern begeleider, aan "
                   "de hand van de kwaliteitskaart basisondersteuning. Voldoet een school op een of meer "
                   "standaarden niet, dan maakt het schoolbestuur binnen drie maanden een verbeterplan; het "
                   "samenwerkingsverband kan daarbij tijdelijk expertise inzetten. Over de uitkomsten rapporteert "
                   "de directeur-bestuurder jaarlijks aan het algemeen bestuur."))

    B.append(("h1", "7 Extra ondersteuning en toewijzing van arrangementen"))
    B.append(("p", "Wanneer een leerling meer nodig heeft dan de basisondersteuning, bespreekt de school dit "
                   "in het ondersteuningsteam. Het ondersteuningscontinuüm van De Kromme Waarden kent vijf "
                   "niveaus die op elkaar aansluiten."))
    B.append(("table", ["Niveau", "Omschrijving", "Waar", "Toewijzing"],
              [["1", "Basisondersteuning", "elke school", "geen aanvraag"],
               ["2", "Lichte extra ondersteuning (schoolbudget)", "eigen school", "school zelf, uit schoolbudget"],
               ["3", "Individueel of groepsarrangement", "eigen school of nabije school", "CAT op aanvraag"],
               ["4", "Bovenschoolse voorziening (observatiegroep, plusklas, taalklas nieuwkomers)", "drie locaties in de regio", "CAT op aanvraag"],
               ["5", "Speciaal basisonderwijs of speciaal onderwijs", "sbo/so in en buiten de regio", "CAT: toelaatbaarheidsverklaring"]],
              "Tabel 4. Ondersteuningscontinuüm"))
    B.append(("p", "Arrangementen op niveau 3 en 4 worden toegewezen door de Commissie Arrangeren en "
                   "Toelaatbaarheid (CAT). De school vraagt het arrangement aan via het digitale "
                   "onderwijsloket, met het groeidocument, het OPP en de zienswijze van ouders. De CAT beslist "
                   "binnen zes weken. Een arrangement wordt toegekend voor maximaal één schooljaar en wordt "
                   "halverwege en aan het einde geëvalueerd."))
    B.append(("p", "Bovenschoolse voorzieningen in de planperiode: de observatiegroep 'De Kiem' (Kromwaard, "
                   "12 plaatsen), twee plusklassen voor meer- en hoogbegaafde leerlingen (Bommelsteyn en "
                   "Ooijerdam, elk één dag per week), de taalklas voor nieuwkomers (Haaftenveld, 30 plaatsen) "
                   "en vanaf augustus 2026 het onderwijs-zorgarrangement 'Samen op de Dijk' in Tielerhoek voor "
                   "jonge kinderen met een complexe ontwikkelingsvraag."))
    B.append(("p", "Het sbo en so bieden daarnaast ambulante begeleiding en consultatie aan reguliere scholen. "
                   "Deze expertise wordt via de CAT ingezet en valt onder niveau 3."))

    B.append(("h1", "8 Toelaatbaarheid sbo en so"))
    B.append(("p", "Het samenwerkingsverband beslist op verzoek van het schoolbestuur of een leerling "
                   "toelaatbaar is tot het speciaal basisonderwijs of het speciaal onderwijs. Die beslissing "
                   "wordt genomen door de CAT, namens de directeur-bestuurder."))
    B.append(("h2", "8.1 Procedure"))
    B.append(("numbered", [
        "De school waar de leerling staat ingeschreven (of is aangemeld) bespreekt de ondersteuningsvraag in het ondersteuningsteam, in aanwezigheid van ouders.",
        "Het schoolbestuur dient de aanvraag voor een toelaatbaarheidsverklaring in via het onderwijsloket, met het groeidocument, het OPP, de evaluatie van eerdere arrangementen en de zienswijze van ouders.",
        "Het loket controleert binnen vijf werkdagen of het dossier volledig is.",
        "Twee deskundigen brengen ieder afzonderlijk schriftelijk advies uit: een orthopedagoog of psycholoog en, afhankelijk van de leerling, een tweede deskundige (kinderpsychiater, maatschappelijk werker, arts of pedagoog). Deskundigen die bij de aanvraag betrokken waren, adviseren niet.",
        "De CAT besluit binnen zes weken na ontvangst van het volledige dossier. Ouders en school ontvangen het besluit en een afschrift van de adviezen.",
        "Bij toelaatbaarheid tot het so stelt de CAT de bekostigingscategorie vast (laag, midden of hoog).",
    ]))
    B.append(("h2", "8.2 Criteria"))
    B.append(("p", "Een leerling is toelaatbaar tot het sbo als aan alle volgende criteria is voldaan:"))
    B.append(("bullets", [
        "de ondersteuningsbehoefte overstijgt de basisondersteuning en de arrangementen van niveau 2 tot en met 4 van tabel 4;",
        "de school heeft ten minste twee cycli handelingsgericht gewerkt met een OPP en deze geëvalueerd;",
        "de leerling heeft een structureel kleinere groep en een specifiek pedagogisch-didactisch klimaat nodig;",
        "er is geen passend alternatief binnen het regulier onderwijs in de eigen of een nabije kern.",
    ]))
    B.append(("p", "Voor het so geldt daarnaast dat de leerling vanwege een verstandelijke, lichamelijke of "
                   "langdurig medische beperking of ernstige gedrags- of psychiatrische problematiek "
                   "aangewezen is op de specifieke expertise van het so, en dat de onderwijsbehoefte ook met een "
                   "onderwijs-zorgarrangement niet in het sbo of regulier te realiseren is."))
    B.append(("h2", "8.3 Duur en categorie"))
    B.append(("p", "Een TLV voor het sbo wordt afgegeven tot het einde van de basisschoolperiode. Een TLV voor "
                   "het so wordt afgegeven voor twee schooljaren, met een maximum tot 31 juli van het jaar "
                   "waarin de leerling twaalf wordt. Bekostigingscategorie midden of hoog wordt alleen "
                   "toegekend bij een lichamelijke beperking (midden) respectievelijk een meervoudige beperking "
                   "(hoog); in alle andere gevallen geldt categorie laag."))

    B.append(("h1", "9 Terug- en overplaatsing"))
    B.append(("p", "Het samenwerkingsverband vindt het belangrijk dat leerlingen in het sbo en so een "
                   "perspectief houden op het regulier onderwijs. In het schooljaar 2026–2027 werkt een "
                   "werkgroep van sbo, so en reguliere scholen een procedure voor terug- en overplaatsing uit. "
                   "Deze procedure volgt als addendum bij dit plan. Zie voorlopig het stappenplan in bijlage 6 "
                   "en de website van het samenwerkingsverband."))

    B.append(("h1", "10 Dekkend netwerk en thuiszitters"))
    B.append(("p", "De schoolbesturen hebben zorgplicht: zij moeten een leerling die extra ondersteuning nodig "
                   "heeft een passende plek bieden, op de eigen school of op een andere school. Het "
                   "samenwerkingsverband ondersteunt dat met het onderwijsloket, dat scholen "
                   "adviseert wanneer een passende plek moeilijk te vinden is."))
    B.append(("p", "Twee keer per jaar maakt het bureau een analyse van het dekkend netwerk: wachtlijsten bij "
                   "bovenschoolse voorzieningen en so, leerlingen die buiten de regio naar school gaan, "
                   "thuiszitters en vrijstellingen. Op basis van die analyse besluit het algemeen bestuur over "
                   "aanpassingen in het aanbod. De analyse van 2025 liet twee witte vlekken zien: jonge "
                   "kinderen met een complexe ontwikkelingsvraag en leerlingen met ernstige angstproblematiek. "
                   "Voor de eerste groep start in augustus 2026 het onderwijs-zorgarrangement in Tielerhoek; "
                   "voor de tweede groep ontwikkelen wij in 2026–2027 met so Het Zomerbed en de GGZ een "
                   "kleinschalige voorziening."))
    B.append(("p", "Thuiszitters: iedere leerling die langer dan vier weken niet naar school gaat, wordt binnen "
                   "een week gemeld bij de thuiszitterstafel van het samenwerkingsverband en de "
                   "leerplichtambtenaar. Binnen vier weken ligt er een plan met een concrete startdatum. "
                   "Lukt dat niet, dan zet de directeur-bestuurder doorzettingsmacht in."))
    B.append(("p", "Terugplaatsing wordt waar mogelijk gestimuleerd. Ons uitgangspunt is thuisnabij onderwijs: "
                   "een leerling die in het sbo of so voldoende tot ontwikkeling is gekomen, keert bij voorkeur "
                   "terug naar een reguliere basisschool in de eigen kern. Voor de eerste periode na terugkeer "
                   "kan de ontvangende school een overgangsarrangement van maximaal één schooljaar ontvangen, "
                   "met ambulante begeleiding vanuit de sbo- of so-school."))

    B.append(("h1", "11 Samenwerking met gemeenten en jeugdhulp"))
    B.append(("p", "Het samenwerkingsverband werkt samen met de vijf gemeenten in de regio. Het op "
                   "overeenstemming gericht overleg (OOGO) over dit plan vond plaats op 12 februari 2026. De "
                   "gemeenten en het samenwerkingsverband hebben de volgende gezamenlijke thema's vastgelegd:"))
    B.append(("bullets", ["onderwijs-zorgarrangementen en zorg in onderwijstijd;",
                          "thuiszitters en verzuim, samen met leerplicht;",
                          "de aansluiting tussen het lokale team en het ondersteuningsteam van de school;",
                          "leerlingenvervoer naar sbo en so;",
                          "onderwijshuisvesting voor bovenschoolse voorzieningen."]))
    for g in places:
        B.append(("h3", f"Gemeente {g}"))
        B.append(("p", f"Met de gemeente {g} is afgesproken dat het lokale team een vaste contactpersoon heeft "
                       f"voor iedere school. De jeugdverpleegkundige neemt deel aan het ondersteuningsteam. "
                       f"Jaarlijks in oktober vindt een bestuurlijk overleg plaats tussen de wethouder onderwijs "
                       f"en jeugd en de directeur-bestuurder, waarin de gezamenlijke agenda wordt geëvalueerd."))
    B.append(("p", "Geschillen in het OOGO worden voorgelegd aan een onafhankelijke voorzitter die door beide "
                   "partijen wordt aangewezen. In de afgelopen planperiode is van deze regeling geen gebruik "
                   "gemaakt."))

    B.append(("h1", "12 Ouders"))
    B.append(("p", "Ouders zijn de eerste partner van de school. De school betrekt ouders bij de ondersteuning "
                   "van hun kind: het OPP en het groeidocument worden in overleg met ouders opgesteld en "
                   "ouders zijn aanwezig bij het ondersteuningsteam."))
    B.append(("p", "Ouders worden via de school geïnformeerd over de ondersteuningsmogelijkheden. De school "
                   "beschrijft in de schoolgids en het schoolondersteuningsprofiel welke basisondersteuning en "
                   "extra ondersteuning zij biedt. Daarnaast staat op de website van het samenwerkingsverband een "
                   "ouderpagina met uitleg over arrangementen en toelaatbaarheid, en verschijnt twee keer per "
                   "jaar een digitale nieuwsbrief voor ouders die via de scholen wordt verspreid."))
    B.append(("p", "In de ondersteuningsplanraad zijn ouders vertegenwoordigd; de helft van de leden is ouder "
                   "van een leerling op een van onze scholen."))

    B.append(("h1", "13 Kwaliteitszorg en beoogde resultaten"))
    B.append(("p", "Het samenwerkingsverband werkt met een kwaliteitsagenda volgens de PDCA-cyclus. Voor de "
                   "planperiode 2026–2030 zijn de volgende beoogde resultaten vastgesteld voor leerlingen die "
                   "extra ondersteuning nodig hebben."))
    B.append(("table", ["Beoogd resultaat", "Indicator", "Nulmeting 2025", "Streefwaarde 2030"],
              [["Meer leerlingen thuisnabij", "deelnamepercentage so (1 oktober)", "1,84%", "≤ 1,70%"],
               ["Sneller passende ondersteuning", "aanvragen CAT afgehandeld binnen 6 weken", "87%", "≥ 95%"],
               ["Niemand thuis", "leerlingen > 4 weken zonder onderwijs", "3", "0"],
               ["Effectieve arrangementen", "arrangementen met doelen (deels) behaald bij evaluatie", "71%", "≥ 80%"],
               ["Tevreden ouders", "tevredenheid ouders over ondersteuning (schaal 1–10)", "6,9", "≥ 7,5"],
               ["Basis op orde", "scholen die aan alle 12 standaarden voldoen", "34 van 44", "44 van 44"]],
              "Tabel 5. Beoogde resultaten 2026–2030"))
    B.append(("p", "Monitoring: het bureau rapporteert elk kwartaal over de indicatoren aan de directeur-"
                   "bestuurder en twee keer per jaar aan het algemeen bestuur en de raad van toezicht. Eén keer "
                   "per jaar volgt een effectmeting van de arrangementen: per arrangement worden de doelen uit "
                   "het OPP vergeleken met de evaluatie. De resultaten en de daaraan gekoppelde middelen worden "
                   "verantwoord in het jaarverslag (uiterlijk 1 juli) en besproken met de "
                   "ondersteuningsplanraad. Halverwege de planperiode (voorjaar 2028) vindt een tussenevaluatie "
                   "plaats."))

    B.append(("h1", "14 Organisatie, governance en medezeggenschap"))
    B.append(("p", "Het samenwerkingsverband is een stichting. De statuten kennen een scheiding tussen bestuur "
                   "en intern toezicht: de directeur-bestuurder bestuurt, de raad van toezicht houdt toezicht. "
                   "De raad van toezicht bestaat uit vijf leden, van wie drie op voordracht van de "
                   "schoolbesturen en twee onafhankelijke leden. Het algemeen bestuur, waarin alle dertien "
                   "schoolbesturen zijn vertegenwoordigd, stelt het ondersteuningsplan, de begroting en het "
                   "jaarverslag vast."))
    B.append(("p", "Het bureau van het samenwerkingsverband bestaat uit de directeur-bestuurder, een "
                   "beleidsmedewerker, een controller (0,6 fte), een secretariaat, het onderwijsloket en het "
                   "expertiseteam van orthopedagogen en onderwijsadviseurs (totaal 9,4 fte)."))
    B.append(("p", "De ondersteuningsplanraad (OPR) telt tien leden: vijf personeelsleden en vijf ouders, "
                   "afgevaardigd door de medezeggenschapsraden. De OPR heeft instemmingsrecht op het "
                   "ondersteuningsplan. Het samenwerkingsverband heeft ook een eigen medezeggenschapsraad voor "
                   "het personeel van het bureau."))
    B.append(("p", "In het directeurenoverleg en het IB-netwerk worden beleid en uitvoering voorbereid en "
                   "geëvalueerd. Het IB-netwerk komt zes keer per jaar bij elkaar, per kern en voor de regio als "
                   "geheel."))

    B.append(("h1", "15 Personeel en professionalisering"))
    B.append(("p", "Het samenwerkingsverband biedt een scholingsaanbod voor intern begeleiders, leraren en "
                   "onderwijsassistenten, onder meer op het gebied van gedrag, executieve functies en "
                   "handelingsgericht werken. Het scholingsaanbod wordt jaarlijks samengesteld op basis van de "
                   "vragen uit het IB-netwerk. In 2026–2027 ligt het accent op het werken met jonge kinderen "
                   "met een ontwikkelingsvraag en op meer- en hoogbegaafdheid."))
    B.append(("p", "De medewerkers van het expertiseteam zijn geregistreerd bij het NIP of de NVO en volgen "
                   "jaarlijks intervisie. Nieuwe intern begeleiders volgen een introductieprogramma van vier "
                   "bijeenkomsten."))
    B.append(("p", "Het bureau werkt met een strategische personeelsplanning. In verband met de krappe "
                   "arbeidsmarkt voor orthopedagogen investeert het samenwerkingsverband in opleidingsplaatsen "
                   "voor gz-psychologen in samenwerking met het so."))

    B.append(("h1", "16 Financieel beleid"))
    B.append(("h2", "16.1 Verdeling van de middelen"))
    B.append(("p", "Het samenwerkingsverband ontvangt van het Rijk middelen voor lichte en zware ondersteuning. "
                   "Na aftrek van de afdrachten aan DUO voor leerlingen in het so en de groeiregeling sbo "
                   "(peildatum 1 februari) worden de middelen als volgt verdeeld:"))
    B.append(("bullets", [
        "schoolbudget: € 145 per leerling (teldatum 1 oktober) plus een vaste voet van € 8.000 per vestiging, rechtstreeks aan het schoolbestuur;",
        "arrangementen niveau 3 en 4: toegekend door de CAT per leerling of groep, op basis van een normbedrag van € 4.200 per individueel arrangement per schooljaar;",
        "bovenschoolse voorzieningen: vast budget per voorziening op basis van het aantal plaatsen;",
        "sbo: bekostiging boven de 2%-grens via de groeiregeling en een aanvullend budget per leerling;",
        "bureau en expertiseteam: maximaal 9% van de totale baten.",
    ]))
    B.append(("p", "Het algemeen bestuur stelt het verdeelmodel elk jaar vóór 1 december vast bij de begroting. "
                   "Wijzigingen in het model worden vooraf aan de OPR voorgelegd."))
    B.append(("h2", "16.2 Meerjarenbegroting"))
    B.append(("table", ["(x € 1.000)", "2026", "2027", "2028", "2029"],
              [["Baten ondersteuningsmiddelen (Rijk)", "12.940", "12.760", "12.580", "12.420"],
               ["Afdracht so (DUO)", "-4.310", "-4.290", "-4.250", "-4.220"],
               ["Groeiregeling en aanvulling sbo", "-1.860", "-1.820", "-1.780", "-1.750"],
               ["Schoolbudgetten", "-1.930", "-1.910", "-1.890", "-1.870"],
               ["Arrangementen niveau 3 en 4", "-2.270", "-2.250", "-2.240", "-2.220"],
               ["Bovenschoolse voorzieningen incl. OZA Tielerhoek", "-1.240", "-1.310", "-1.310", "-1.310"],
               ["Bureau en expertiseteam", "-1.120", "-1.100", "-1.090", "-1.080"],
               ["Resultaat", "-790", "-1.920", "-1.980", "-2.030"]],
              "Tabel 6. Meerjarenbegroting 2026–2029"))
    B.append(("p", "De negatieve resultaten zijn bewust begroot: zij worden gedekt uit de algemene reserve, "
                   "die daarmee in 2029 is teruggebracht tot de signaleringswaarde."))
    B.append(("h2", "16.3 Reserves en verantwoording"))
    B.append(("p", "Op 31 december 2025 bedroeg de algemene reserve € 7,1 miljoen. Het risicoprofiel van het "
                   "samenwerkingsverband rechtvaardigt een weerstandsvermogen van ongeveer € 1,2 miljoen. Het "
                   "deel daarboven wordt in de planperiode ingezet voor het onderwijs-zorgarrangement, extra "
                   "arrangementen en de afbouw van de wachtlijst voor de observatiegroep."))
    B.append(("p", "Schoolbesturen verantwoorden jaarlijks vóór 1 mei de besteding van het schoolbudget en van "
                   "de arrangementen via een digitaal verantwoordingsformat, waarin per school staat welke "
                   "ondersteuning is ingezet en met welk effect. De accountant controleert de jaarrekening van het "
                   "samenwerkingsverband."))

    B.append(("h1", "17 Privacy en gegevensverwerking"))
    B.append(("p", "Het samenwerkingsverband verwerkt persoonsgegevens, waaronder gezondheidsgegevens, voor "
                   "zover dat nodig is voor het toewijzen van arrangementen en het beslissen over "
                   "toelaatbaarheid. Het samenwerkingsverband houdt zich aan de AVG en heeft een functionaris "
                   "gegevensbescherming aangesteld. Dossiers worden bewaard tot drie jaar na het besluit."))
    B.append(("p", "Medewerkers van het onderwijsloket hebben alleen toegang tot dossiers waarvoor een aanvraag "
                   "loopt. Het digitale systeem is beveiligd met tweestapsverificatie; toegang wordt "
                   "jaarlijks geaudit."))
    B.append(("p", "Gegevens worden alleen met derden gedeeld als daarvoor een wettelijke grondslag of "
                   "toestemming van ouders is. Een datalek wordt binnen 72 uur gemeld bij de Autoriteit "
                   "Persoonsgegevens."))

    B.append(("h1", "18 Totstandkoming van dit plan"))
    B.append(("p", "Het plan is voorbereid tussen april 2025 en februari 2026. Tijdlijn:"))
    B.append(("table", ["Datum", "Stap"],
              [["april–juni 2025", "evaluatie vorige plan, klankbordsessies"],
               ["september 2025", "eerste concept in het directeurenoverleg en IB-netwerk"],
               ["november 2025", "concept besproken met OPR en overlappende VO-samenwerkingsverbanden"],
               ["12 februari 2026", "OOGO met de vijf gemeenten"],
               ["17 maart 2026", "instemming ondersteuningsplanraad"],
               ["24 maart 2026", "vaststelling door het algemeen bestuur"],
               ["uiterlijk 1 mei 2026", "toezending aan de inspectie"]], None))

    B.append(("h1", "Bijlage 1 Overzicht scholen"))
    B.append(("table", ["Nr.", "School", "Plaats", "Bestuur"],
              [[str(i + 1), s, p, f"Stichting {['Rivierkind', 'PCPO Waarden', 'Kindwijs', 'Rk Onderwijs Betuwe', 'Openbaar Onderwijs Waarden'][i % 5]}"]
               for i, (s, p) in enumerate(schools)], None))
    B.append(("h1", "Bijlage 2 Kengetallen per school"))
    rnd = random.Random(7)
    B.append(("table", ["School", "Leerlingen 1-10-2025", "Arrangementen 2025", "Aanvragen TLV 2025"],
              [[s, str(rnd.randint(90, 480)), str(rnd.randint(2, 31)), str(rnd.randint(0, 4))] for s, _ in schools], None))
    B.append(("h1", "Bijlage 3 Jaarkalender"))
    B.append(("table", ["Maand", "Activiteit"],
              [["september", "start IB-netwerk; update ondersteuningsprofielen"], ["oktober", "teldatum; bestuurlijk overleg gemeenten"],
               ["november", "analyse dekkend netwerk (1)"], ["december", "vaststelling begroting en verdeelmodel"],
               ["februari", "peildatum groeiregeling sbo"], ["maart", "tevredenheidspeiling"],
               ["april", "analyse dekkend netwerk (2)"], ["mei", "verantwoording schoolbesturen"],
               ["juni", "jaarverslag en evaluatie met OPR"], ["juli", "afsluiting arrangementen"]], None))
    B.append(("h1", "Bijlage 4 Begrippenlijst"))
    for t, d in [
        ("Basisondersteuning", "het afgesproken niveau van ondersteuning dat alle scholen in het samenwerkingsverband bieden."),
        ("Bezwaar", "het recht van ouders om tegen een besluit over toelaatbaarheid bezwaar te maken bij de Landelijke Bezwaaradviescommissie."),
        ("Dekkend aanbod", "het geheel van ondersteuningsvoorzieningen waarmee voor ieder kind een passende plek is."),
        ("Meerjarenbegroting", "begroting voor ten minste vier jaar vooruit."),
        ("Onderwijsconsulenten", "onafhankelijke adviseurs die ouders kosteloos helpen bij een vastgelopen schoolsituatie."),
        ("Ouder- en jeugdsteunpunt (OJSP)", "wettelijk voorgeschreven steunpunt dat ouders en jongeren onafhankelijk informeert en ondersteunt."),
        ("Terugplaatsing", "het teruggaan van een leerling van het sbo of so naar het regulier basisonderwijs."),
        ("Toelaatbaarheidsverklaring (TLV)", "besluit van het samenwerkingsverband dat een leerling toelaatbaar is tot het sbo of so."),
        ("Vertrouwenspersoon", "persoon bij wie ouders terecht kunnen met klachten of zorgen."),
        ("Zorgplicht", "de plicht van het schoolbestuur om een passende plek te bieden."),
    ]:
        B.append(("p", f"{t} – {d}"))
    B.append(("h1", "Bijlage 5 Afkortingen"))
    B.append(("table", ["Afkorting", "Betekenis"],
              [["CAT", "Commissie Arrangeren en Toelaatbaarheid"], ["GGZ", "geestelijke gezondheidszorg"], ["IB", "intern begeleider"],
               ["OJSP", "ouder- en jeugdsteunpunt"], ["OOGO", "op overeenstemming gericht overleg"], ["OPP", "ontwikkelingsperspectief"],
               ["OPR", "ondersteuningsplanraad"], ["OZA", "onderwijs-zorgarrangement"], ["sbo", "speciaal basisonderwijs"],
               ["so", "speciaal onderwijs"], ["SOP", "schoolondersteuningsprofiel"], ["TLV", "toelaatbaarheidsverklaring"]], None))
    B.append(("h1", "Bijlage 6 Stappenplan terugplaatsing"))
    B.append(("p", "p.m. – volgt na vaststelling door het algemeen bestuur (zie hoofdstuk 9)."))

    slug = "po-kromme-waarden"
    lab = mk_label(slug, [slug + ".docx", slug + ".pdf"], "po",
        ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure", "plaatsing.criteria",
         "terugstroom.beleid", "financien.verdeling", "financien.besteding", "dekkend-aanbod.continuum",
         "dekkend-aanbod.lacunes", "resultaten.doelen", "resultaten.monitoring", "ouders.informatie"],
        {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie"],
         "terugstroom": [], "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
         "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        {"basisondersteuning": "Ch. 6.1 defines the level for every vestiging; 6.2 table of 12 standaarden (content); 6.3 borging (kwaliteitskaart, verbeterplan).",
         "plaatsing": "Ch. 8: numbered procedure via onderwijsloket/CAT with termijnen, sbo/so criteria list, two deskundigen, duration and categorie. No bezwaar route in body (only in glossary).",
         "terugstroom": "Ch. 9 'Terug- en overplaatsing' only defers (werkgroep 2026-2027, addendum volgt, bijlage 6 is p.m.). Policy is in ch. 10 last paragraph: 'Terugplaatsing wordt waar mogelijk gestimuleerd' + thuisnabij aim + overgangsarrangement after return -> beleid true, procedure false.",
         "financien": "Ch. 16: verdeelmodel with per-leerling bedrag, vaste voet, normbedrag arrangement; table 6 meerjarenbegroting with amounts; reserves and verantwoording (16.3).",
         "dekkend-aanbod": "Ch. 7 continuum table (5 niveaus, bovenschoolse voorzieningen); ch. 10 analysis of witte vlekken, thuiszitters, zorgplicht; ch. 11 OOGO/ketenpartners.",
         "resultaten": "Ch. 13 table of beoogde resultaten with nulmeting/streefwaarde and monitoring cycle (kwartaal, effectmeting, jaarverslag); ch. 5 bereikte resultaten.",
         "ouders": "Ch. 12: parents informed via school (schoolgids, SOP), website ouderpagina, nieuwsbrief -> informatie true. No independent support named in body text; Onderwijsconsulenten/OJSP/vertrouwenspersoon/bezwaar only in the glossary (bijlage 4) -> steunpunt false."},
        ["TOC with page numbers lists 'Terug- en overplaatsing' and 'Bijlage 6 Stappenplan terugplaatsing'",
         "title page lists themes incl. terugplaatsing and ouders",
         "glossary defines Onderwijsconsulenten, OJSP, vertrouwenspersoon, bezwaar, terugplaatsing",
         "chapter 9 heading for terugstroom whose body only defers; bijlage 6 is p.m.",
         "'scholingsaanbod' (ch. 15) near-miss for dekkend-aanbod",
         "running header/footer on every page"])
    return slug, B, lab


# ==========================================================================
# 2. vo-zuiderzand-peel  (VO, long, ambtelijk, manual bold headings, docx+pdf)
# ==========================================================================
def doc_zuiderzand_peel():
    N = "Samenwerkingsverband Voortgezet Onderwijs Zuiderzand-Peel"
    places = ["Zandhoven-Peel", "Deurnebroek", "Asterveld", "Helvoirt-Zuid", "Meerloo-Kempen", "Bakelrode"]
    schools = school_list(3211, 22, places, vo=True)
    B = []
    B.append(("title", "Ondersteuningsplan 2026–2030", [N + " (VO 32-11)",
              "Besluit algemeen bestuur d.d. 19 maart 2026, kenmerk AB/2026/014",
              "Versie 1.3 – definitief"]))
    B.append(("pagebreak",))
    toc = [(1, "Hoofdstuk 1. Inleiding en leeswijzer", 3), (1, "Hoofdstuk 2. Wettelijk kader", 4),
           (1, "Hoofdstuk 3. Organisatie en bestuur", 6), (1, "Hoofdstuk 4. Regio en leerlingenpopulatie", 8),
           (1, "Hoofdstuk 5. Visie en ambities", 10), (1, "Hoofdstuk 6. Ondersteuning in de school", 11),
           (1, "Hoofdstuk 7. Toewijzing van arrangementen en toelaatbaarheid", 13),
           (1, "Hoofdstuk 8. Bovenschoolse ondersteuningsvoorzieningen", 16),
           (1, "Hoofdstuk 9. Doorstroom vanuit het vso en uitstroom naar het regulier", 18),
           (1, "Hoofdstuk 10. Thuiszitters en dekkend netwerk", 20),
           (1, "Hoofdstuk 11. Aansluiting PO-VO en VO-mbo", 22), (1, "Hoofdstuk 12. Nieuwkomers en hoogbegaafdheid", 23),
           (1, "Hoofdstuk 13. Samenwerking met gemeenten", 24), (1, "Hoofdstuk 14. Ouders en leerlingen", 26),
           (1, "Hoofdstuk 15. Inzet van middelen", 28), (1, "Hoofdstuk 16. Professionalisering en kennisdeling", 30),
           (1, "Hoofdstuk 17. Medezeggenschap en totstandkoming", 31), (1, "Hoofdstuk 18. Privacy", 32),
           (1, "Hoofdstuk 19. Communicatie met scholen en partners", 33),
           (1, "Bijlage A. Scholen en besturen", 33), (1, "Bijlage B. Begrippenlijst", 35),
           (1, "Bijlage C. Afkortingen", 37), (1, "Bijlage D. Meerjarenbegroting (separaat)", 38),
           (1, "Bijlage E. Profielen van de vestigingen", 39), (1, "Bijlage F. Reglement Commissie Arrangeren en Toelaatbaarheid", 42),
           (1, "Bijlage G. Leerlingenvervoer en huisvesting", 44)]
    B.append(("toc", toc))
    B.append(("pagebreak",))

    B.append(("h1", "Hoofdstuk 1. Inleiding en leeswijzer"))
    B.append(("p", "1.1 Aanleiding. Ingevolge artikel 17a van de Wet op het voortgezet onderwijs (thans "
                   "artikel 2.47 e.v. WVO 2020) stelt het samenwerkingsverband ten minste eenmaal in de vier jaar "
                   "een ondersteuningsplan vast. Het onderhavige plan heeft betrekking op de schooljaren "
                   "2026–2027 tot en met 2029–2030 en vervangt het ondersteuningsplan 2022–2026."))
    B.append(("p", "1.2 Reikwijdte. Het plan is van toepassing op alle vestigingen van de aangesloten "
                   "schoolbesturen in de gemeenten Zandhoven-Peel, Deurnebroek, Asterveld, Helvoirt-Zuid, "
                   "Meerloo-Kempen en Bakelrode, met inbegrip van de scholen voor praktijkonderwijs en de "
                   "scholen voor voortgezet speciaal onderwijs (cluster 3 en 4) die in het gebied zijn gevestigd."))
    B.append(("p", "1.3 Leeswijzer. Hoofdstuk 2 bevat het wettelijk kader. De hoofdstukken 3 en 4 beschrijven de "
                   "organisatie en de regio. In hoofdstuk 5 zijn de visie en de ambities opgenomen. De "
                   "hoofdstukken 6 tot en met 12 betreffen het ondersteuningsaanbod, de toewijzing en de "
                   "doorstroom. Hoofdstuk 13 gaat in op de samenwerking met gemeenten, hoofdstuk 14 op ouders en "
                   "leerlingen en hoofdstuk 15 op de inzet van middelen. De overige hoofdstukken bevatten "
                   "organisatorische onderwerpen. Waar in dit plan wordt gesproken over 'ouders' worden tevens "
                   "verzorgers en wettelijk vertegenwoordigers bedoeld."))
    B.append(("p", "1.4 Status. Dit plan is vastgesteld na instemming van de ondersteuningsplanraad en na "
                   "op overeenstemming gericht overleg met de colleges van burgemeester en wethouders. Wijzigingen "
                   "tijdens de planperiode worden vastgelegd in een jaarlijkse voortgangsparagraaf."))

    B.append(("h1", "Hoofdstuk 2. Wettelijk kader"))
    B.append(("p", "2.1 Algemeen. De Wet passend onderwijs (Stb. 2012, 533) heeft de verantwoordelijkheid voor "
                   "het realiseren van een samenhangend geheel van ondersteuningsvoorzieningen binnen en tussen "
                   "de scholen belegd bij het samenwerkingsverband. Het samenwerkingsverband heeft daartoe de "
                   "volgende wettelijke taken: het vaststellen van het ondersteuningsplan, het verdelen en "
                   "toewijzen van ondersteuningsmiddelen en -voorzieningen, het beoordelen van de "
                   "toelaatbaarheid tot het voortgezet speciaal onderwijs, het toewijzen van "
                   "leerwegondersteunend onderwijs en het beoordelen van de toelaatbaarheid tot het "
                   "praktijkonderwijs."))
    B.append(("p", "2.2 Inhoud van het ondersteuningsplan. Op grond van de wet omvat het plan in elk geval: "
                   "de wijze waarop het samenwerkingsverband een samenhangend geheel van voorzieningen "
                   "realiseert, inclusief de basisondersteuning; de procedure en criteria voor de verdeling, "
                   "besteding en toewijzing van middelen; de procedure en criteria voor plaatsing in het vso, "
                   "lwoo en pro; het beleid voor terugplaatsing; de beoogde en bereikte resultaten; en de wijze "
                   "van informeren van ouders. Het onderhavige hoofdstuk somt deze verplichtingen slechts op; de "
                   "uitwerking volgt in de navolgende hoofdstukken."))
    B.append(("p", "2.3 Zorgplicht. Het bevoegd gezag van een school heeft de plicht een leerling die extra "
                   "ondersteuning nodig heeft een passende onderwijsplek te bieden op de eigen school of, na "
                   "overleg met ouders, op een andere school die de leerling toelaat. De zorgplicht geldt vanaf "
                   "het moment van schriftelijke aanmelding, tien weken voor de start van het schooljaar."))
    B.append(("p", "2.4 Medezeggenschap. Ingevolge artikel 4a en 14a van de Wet medezeggenschap op scholen "
                   "behoeft de vaststelling of wijziging van het ondersteuningsplan de instemming van de "
                   "ondersteuningsplanraad."))
    B.append(("p", "2.5 Overige regelgeving. Voorts zijn van belang: de Leerplichtwet 1969, de Jeugdwet, de "
                   "Algemene wet bestuursrecht (in het bijzonder voor besluiten inzake toelaatbaarheid), de "
                   "Algemene verordening gegevensbescherming en het Besluit bekostiging WVO. Het "
                   "samenwerkingsverband volgt de ontwikkelingen rond de Wet versterking positie ouders en "
                   "leerlingen in het passend onderwijs."))

    B.append(("h1", "Hoofdstuk 3. Organisatie en bestuur"))
    B.append(("p", "3.1 Rechtsvorm. Het samenwerkingsverband is een vereniging. De leden zijn de elf "
                   "schoolbesturen met vestigingen in het gebied. De algemene ledenvergadering (ALV) stelt de "
                   "begroting, de jaarrekening en het ondersteuningsplan vast. Het bestuur bestaat uit vijf "
                   "bestuurders van lidbesturen; de dagelijkse leiding berust bij de directeur."))
    B.append(("p", "3.2 Bureau. Het bureau omvat de directeur, een stafmedewerker beleid, een controller, het "
                   "secretariaat en de Commissie Arrangeren en Toelaatbaarheid (CAT). Het bureau is gevestigd te "
                   "Asterveld."))
    B.append(("p", "3.3 Commissie Arrangeren en Toelaatbaarheid. De CAT beslist namens het bestuur over de "
                   "toewijzing van arrangementen, over toelaatbaarheidsverklaringen voor het vso, over de "
                   "aanwijzing voor lwoo en over de toelaatbaarheid tot het praktijkonderwijs. De commissie "
                   "bestaat uit een voorzitter (orthopedagoog-generalist), twee orthopedagogen, een GZ-psycholoog "
                   "en een secretaris. Een kinder- en jeugdpsychiater en een jeugdarts zijn op afroep "
                   "beschikbaar als tweede deskundige."))
    B.append(("p", "3.4 Werkwijze CAT. Aanvragen worden ingediend door het bevoegd gezag van de school waar de "
                   "leerling is ingeschreven, via het digitale onderwijsloket. Een aanvraag omvat het "
                   "ontwikkelingsperspectiefplan, het groeidocument met de evaluatie van de geboden "
                   "ondersteuning, het onderwijskundig rapport en de zienswijze van ouders en, vanaf 16 jaar, "
                   "van de leerling. De secretaris toetst de volledigheid binnen vijf werkdagen. Vervolgens "
                   "brengen twee deskundigen ieder een afzonderlijk schriftelijk advies uit. De CAT neemt binnen "
                   "zes weken na ontvangst van een volledige aanvraag een besluit. Het besluit wordt schriftelijk "
                   "aan ouders en school bekendgemaakt; ouders ontvangen een afschrift van de adviezen. De CAT "
                   "vergadert wekelijks, met uitzondering van de schoolvakanties; in spoedeisende gevallen kan de "
                   "voorzitter binnen vijf werkdagen een voorlopig besluit nemen."))
    B.append(("p", "3.5 Bezwaar. Tegen een besluit van de CAT kan binnen zes weken bezwaar worden gemaakt bij het "
                   "bestuur. Het bestuur is aangesloten bij de Landelijke Bezwaaradviescommissie "
                   "Toelaatbaarheidsverklaringen (LBT), die het bestuur adviseert."))
    B.append(("p", "3.6 Interne beheersing. Het bestuur hanteert een treasurystatuut, een "
                   "procuratieregeling en een integriteitscode. De controller rapporteert per kwartaal over de "
                   "financiële positie. De accountant wordt benoemd door de ALV."))

    B.append(("h1", "Hoofdstuk 4. Regio en leerlingenpopulatie"))
    B.append(("p", "4.1 Gebied. Het samenwerkingsverband beslaat zes gemeenten met circa 192.000 inwoners. De "
                   "regio is overwegend landelijk met één middelgrote stad (Asterveld). Het openbaar vervoer "
                   "tussen de kernen is beperkt, hetgeen gevolgen heeft voor de bereikbaarheid van "
                   "voorzieningen en voor het leerlingenvervoer."))
    B.append(("table", ["Onderwijssoort (1 oktober 2025)", "Aantal leerlingen", "Aandeel"],
              [["vmbo (incl. lwoo)", "4.918", "38,6%"], ["havo", "3.402", "26,7%"], ["vwo", "3.156", "24,8%"],
               ["praktijkonderwijs", "544", "4,3%"], ["vso cluster 3 en 4", "581", "4,6%"], ["ISK", "131", "1,0%"],
               ["Totaal", "12.732", "100%"]], "Tabel 4.1 Leerlingen naar onderwijssoort"))
    B.append(("table", ["Gemeente", "Inwoners", "Leerlingen VO woonachtig", "Vestigingen VO"],
              [["Asterveld", "61.300", "4.110", "7"], ["Zandhoven-Peel", "38.900", "2.560", "4"],
               ["Deurnebroek", "29.700", "1.930", "3"], ["Helvoirt-Zuid", "24.100", "1.580", "3"],
               ["Meerloo-Kempen", "21.800", "1.460", "2"], ["Bakelrode", "16.200", "1.092", "3"]],
              "Tabel 4.2 Gemeenten"))
    B.append(("p", "4.2 Prognose. Op grond van de leerlingenprognose daalt het aantal leerlingen tot 2030 met "
                   "ongeveer 6 procent. De daling is het sterkst in het vmbo in de kleinere kernen. De "
                   "schoolbesturen onderzoeken in dat verband een herschikking van het vmbo-aanbod, hetgeen "
                   "buiten de reikwijdte van dit plan valt."))
    B.append(("p", "4.3 Kenmerken. In de regio is sprake van een bovengemiddeld aandeel leerlingen in het "
                   "praktijkonderwijs en het vso. Het aandeel nieuwkomers neemt toe als gevolg van "
                   "arbeidsmigratie in de agrarische sector en de tuinbouw."))

    B.append(("h1", "Hoofdstuk 5. Visie en ambities"))
    B.append(("p", "5.1 Visie. Het samenwerkingsverband gaat ervan uit dat iedere jongere in de regio recht heeft "
                   "op onderwijs dat aansluit bij zijn of haar mogelijkheden, zo veel mogelijk in een reguliere "
                   "setting en in de nabijheid van de woonplaats."))
    B.append(("p", "5.2 Ambities voor de planperiode. Voor leerlingen die extra ondersteuning nodig hebben, "
                   "streeft het samenwerkingsverband in de periode 2026–2030 naar de volgende resultaten:"))
    B.append(("bullets", [
        "iedere leerling heeft een passende onderwijsplek en niemand zit langdurig thuis;",
        "meer leerlingen met een ondersteuningsbehoefte behalen een diploma of certificaat in het regulier onderwijs;",
        "leerlingen in het vso en het OPDC keren zo veel mogelijk terug naar het regulier onderwijs;",
        "de ondersteuning sluit beter aan bij de jeugdhulp, zodat leerlingen en ouders met één plan werken;",
        "leerlingen en ouders ervaren de ondersteuning als tijdig en passend.",
    ]))
    B.append(("p", "5.3 Uitwerking. De ambities worden jaarlijks vertaald in het jaarplan van het bureau. Het "
                   "samenwerkingsverband kiest er bewust voor geen streefcijfers op te nemen, omdat de "
                   "leerlingaantallen in de kleinere categorieën te sterk fluctueren."))

    B.append(("h1", "Hoofdstuk 6. Ondersteuning in de school"))
    B.append(("p", "6.1 Basisondersteuning. Onder basisondersteuning wordt in dit samenwerkingsverband verstaan: "
                   "het door alle aangesloten scholen afgesproken geheel van preventieve en licht curatieve "
                   "interventies die binnen de onderwijsondersteuningsstructuur van de school, onder regie en "
                   "verantwoordelijkheid van de school, planmatig en op een overeengekomen kwaliteitsniveau "
                   "worden uitgevoerd, met de basiskwaliteit zoals vastgesteld door de inspectie als fundament. "
                   "De basisondersteuning geldt voor alle vestigingen."))
    B.append(("p", "6.2 Invulling. De concrete invulling van de basisondersteuning verschilt per school en is "
                   "beschreven in het schoolondersteuningsprofiel (SOP) en de schoolgids van iedere school. Het "
                   "samenwerkingsverband treedt niet in de wijze waarop scholen hieraan invulling geven."))
    B.append(("p", "6.3 Extra ondersteuning in de school. Wanneer de ondersteuningsbehoefte van een leerling de "
                   "basisondersteuning overstijgt, kan de school een arrangement bij de CAT aanvragen. Een "
                   "arrangement in de school kan bestaan uit extra begeleiding, een aangepast programma, "
                   "inzet van een ambulant begeleider vanuit het vso of deelname aan een "
                   "ondersteuningsklas op een andere school. De lichte ondersteuning die de school uit het "
                   "schoolbudget bekostigt, wordt door de school zelf toegewezen."))
    B.append(("p", "6.4 Ouderbijdrage. Voor de ondersteuning wordt geen ouderbijdrage gevraagd. Voor "
                   "buitenschoolse activiteiten kunnen scholen een vrijwillige ouderbijdrage vragen; deze valt "
                   "buiten dit plan."))

    B.append(("h1", "Hoofdstuk 7. Toewijzing van arrangementen en toelaatbaarheid"))
    B.append(("p", "7.1 Algemeen. De procedure bij de CAT is beschreven in paragraaf 3.4. In dit hoofdstuk zijn "
                   "de criteria opgenomen."))
    B.append(("p", "7.2 Criteria toelaatbaarheid vso. Een leerling is toelaatbaar tot het vso indien:"))
    B.append(("numbered", [
        "de ondersteuningsbehoefte de mogelijkheden van het regulier voortgezet onderwijs, inclusief arrangementen en de bovenschoolse voorzieningen van hoofdstuk 8, structureel overstijgt;",
        "de school aantoonbaar ten minste zes maanden handelingsgericht heeft gewerkt op basis van een OPP en de ondersteuning heeft geëvalueerd, tenzij sprake is van een acute situatie;",
        "sprake is van een verstandelijke, lichamelijke of langdurig medische beperking, of van ernstige gedrags- of psychiatrische problematiek die specifieke expertise van het vso vereist;",
        "beide deskundigen positief adviseren.",
    ]))
    B.append(("p", "7.3 Duur en bekostigingscategorie. De TLV wordt in de regel afgegeven voor twee schooljaren; "
                   "voor leerlingen met een structurele beperking kan de CAT een TLV afgeven tot het einde van de "
                   "vso-loopbaan. De CAT stelt de bekostigingscategorie vast: laag (cluster 4 en ZML), midden "
                   "(LG/LZ) of hoog (MG)."))
    B.append(("p", "7.4 Leerwegondersteunend onderwijs. Het samenwerkingsverband hanteert de landelijke criteria "
                   "voor lwoo (leerachterstand en intelligentie-indicatie). De school van aanmelding vraagt de "
                   "aanwijzing aan bij de CAT vóór 1 mei voorafgaand aan het eerste leerjaar; de CAT besluit "
                   "binnen vier weken. De aanwijzing geldt voor de gehele vmbo-opleiding."))
    B.append(("p", "7.5 Praktijkonderwijs. Voor de toelaatbaarheid tot het praktijkonderwijs gelden de landelijke "
                   "criteria (IQ tussen 55 en 80 en leerachterstanden van drie jaar of meer op ten minste twee "
                   "domeinen, waarvan één begrijpend lezen of inzichtelijk rekenen). De school voor "
                   "praktijkonderwijs vraagt de TLV-pro aan; de CAT besluit binnen vier weken. De TLV-pro geldt "
                   "voor de duur van de opleiding."))
    B.append(("p", "7.6 Arrangementen. Een arrangement in het regulier voortgezet onderwijs wordt toegewezen "
                   "wanneer de school met de basisondersteuning en het schoolbudget lichte ondersteuning niet "
                   "kan voorzien in de ondersteuningsbehoefte en er een OPP met haalbare doelen ligt. Een "
                   "arrangement wordt toegewezen voor ten hoogste één schooljaar."))

    B.append(("h1", "Hoofdstuk 8. Bovenschoolse ondersteuningsvoorzieningen"))
    B.append(("p", "8.1 Overzicht. Het samenwerkingsverband beschikt over de volgende bovenschoolse "
                   "ondersteuningsvoorzieningen, die samen met de ondersteuning in de scholen en het vso het "
                   "ondersteuningscontinuüm vormen:"))
    B.append(("table", ["Voorziening", "Doelgroep", "Capaciteit", "Maximale duur"],
              [["OPDC De Overstap (Asterveld)", "leerlingen vmbo/havo met gedrags- of leerproblemen", "48 plaatsen", "2 jaar"],
               ["Rebound De Pauze (Deurnebroek)", "time-out bij ernstig gedrag", "16 plaatsen", "12 weken"],
               ["Ondersteuningsklassen (4 scholen)", "leerlingen met autisme in regulier vmbo/havo", "4 x 12 plaatsen", "n.v.t."],
               ["Plusvoorziening Kwadrant", "thuiszitters en dreigende uitvallers", "20 plaatsen", "1 jaar"],
               ["Onderwijs-zorgarrangement De Kruising", "leerlingen met onderwijs- en zorgbehoefte (met gemeenten)", "14 plaatsen", "individueel"]],
              "Tabel 8.1 Bovenschoolse ondersteuningsvoorzieningen"))
    B.append(("p", "8.2 Plaatsing in een bovenschoolse voorziening geschiedt op basis van een arrangement van de "
                   "CAT. De leerling blijft ingeschreven op de school van herkomst (OPDC: op de school van het "
                   "bevoegd gezag van het OPDC). De school van herkomst blijft verantwoordelijk."))
    B.append(("p", "8.3 Terugkeer uit het OPDC en de rebound. Bij de start van de plaatsing worden de doelen en de "
                   "beoogde datum van terugkeer vastgelegd. Iedere tien weken vindt een evaluatie plaats met "
                   "leerling, ouders, de voorziening en de school van herkomst. De voorziening stelt bij "
                   "beëindiging een overdrachtsdocument op."))

    B.append(("h1", "Hoofdstuk 9. Doorstroom vanuit het vso en uitstroom naar het regulier"))
    B.append(("p", "9.1 Beleid. Het samenwerkingsverband wil dat een verblijf in het vso zo kort duurt als "
                   "verantwoord is. Een leerling die zich zodanig heeft ontwikkeld dat het regulier voortgezet "
                   "onderwijs met ondersteuning passend is, wordt teruggeplaatst. Uitgangspunten zijn: de "
                   "terugplaatsing gebeurt bij voorkeur aan het begin van een schooljaar of na een "
                   "proefplaatsing; de ontvangende school krijgt een terugplaatsingsarrangement voor ten "
                   "minste één schooljaar, inclusief ambulante begeleiding vanuit het vso; en de leerling "
                   "houdt gedurende het eerste jaar een vast aanspreekpunt."))
    B.append(("p", "9.2 Procedure. De vso-school evalueert jaarlijks het OPP met ouders en leerling. In het laatste "
                   "jaar van de TLV, uiterlijk 1 februari, bespreekt de vso-school in een "
                   "perspectiefgesprek met ouders, leerling en een consulent van het samenwerkingsverband of "
                   "terugplaatsing, verlenging of overplaatsing aan de orde is. Bij terugplaatsing:"))
    B.append(("numbered", [
        "de vso-school meldt de leerling, met instemming van ouders, vóór 1 maart aan bij een reguliere school; de consulent bemiddelt zo nodig;",
        "de reguliere school en de vso-school stellen samen het terugplaatsingsarrangement op; de CAT kent dit toe;",
        "waar nodig volgt eerst een proefplaatsing van maximaal acht weken, met behoud van de inschrijving in het vso;",
        "na drie en na twaalf maanden evalueren de betrokken scholen, ouders en leerling de terugplaatsing.",
    ]))
    B.append(("p", "Is terugplaatsing niet verantwoord, dan vraagt de vso-school vóór 1 april een nieuwe TLV aan."))
    B.append(("p", "9.3 Cijfers. In het schooljaar 2024–2025 zijn 23 leerlingen uit het vso teruggeplaatst naar het "
                   "regulier voortgezet onderwijs (2023–2024: 17). Uit het OPDC keerden 61 van de 74 leerlingen "
                   "terug naar een reguliere school."))

    B.append(("h1", "Hoofdstuk 10. Thuiszitters en dekkend netwerk"))
    B.append(("p", "10.1 Dekkend netwerk. Het samenwerkingsverband inventariseert elk halfjaar, samen met de "
                   "schoolbesturen en de leerplichtambtenaren, of voor alle leerlingen een passende plek "
                   "beschikbaar is. Daarbij worden betrokken: wachtlijsten bij het vso en de bovenschoolse "
                   "voorzieningen, leerlingen die buiten de regio onderwijs volgen, vrijstellingen ex artikel 5 "
                   "onder a Leerplichtwet en het aantal thuiszitters."))
    B.append(("p", "10.2 Aanpak thuiszitters. Een leerling die vier weken of langer zonder passend onderwijs "
                   "thuiszit, wordt besproken aan de regionale thuiszitterstafel. De consulent van het "
                   "samenwerkingsverband coördineert; binnen zes weken wordt een plan vastgesteld. Bij "
                   "verschil van inzicht tussen scholen beslist de directeur."))
    B.append(("p", "10.3 Geconstateerde lacunes. De inventarisatie van 2025 wees uit dat er onvoldoende plaatsen "
                   "zijn voor havo/vwo-leerlingen met ernstige angst- en stemmingsproblematiek en dat de "
                   "wachttijd voor de ondersteuningsklassen in Asterveld opliep tot vier maanden. In 2026 wordt "
                   "de ondersteuningsklas op het Kwadrant College uitgebreid met twaalf plaatsen en wordt met "
                   "de GGZ-aanbieder een kleinschalige havo/vwo-voorziening ontwikkeld."))

    B.append(("h1", "Hoofdstuk 11. Aansluiting PO-VO en VO-mbo"))
    B.append(("p", "11.1 PO-VO. De overstap van het primair naar het voortgezet onderwijs verloopt volgens de "
                   "regionale POVO-procedure. De basisschool draagt de leerling warm over. Voor leerlingen met "
                   "een ondersteuningsbehoefte vindt een overdrachtsgesprek plaats met de mentor van de "
                   "brugklas. De toelating tot een school voor voortgezet onderwijs is een besluit van die school; "
                   "de aanmelding geschiedt uiterlijk 1 maart."))
    B.append(("p", "11.2 VO-mbo. De uitstroom naar het mbo wordt begeleid door de decanen. Voor leerlingen uit het "
                   "praktijkonderwijs en vso met uitstroomprofiel vervolgonderwijs is er een doorlopende lijn met "
                   "de twee mbo-instellingen in de regio. Jongeren zonder startkwalificatie worden overgedragen "
                   "aan het RMC."))

    B.append(("h1", "Hoofdstuk 12. Nieuwkomers en hoogbegaafdheid"))
    B.append(("p", "12.1 Nieuwkomers. Nieuwkomers van 12 tot 18 jaar volgen gedurende maximaal twee jaar "
                   "onderwijs in de ISK De Wereld te Asterveld. Na de ISK stromen zij door naar het regulier "
                   "voortgezet onderwijs, het praktijkonderwijs of het mbo."))
    B.append(("p", "12.2 Hoogbegaafdheid. Met de subsidie hoogbegaafdheid is op drie scholen een plusprogramma "
                   "opgezet. Het samenwerkingsverband ondersteunt een netwerk van HB-coördinatoren."))

    B.append(("h1", "Hoofdstuk 13. Samenwerking met gemeenten"))
    B.append(("p", "13.1 OOGO. Het op overeenstemming gericht overleg met de zes gemeenten vond plaats op "
                   "29 januari 2026. De gemeenten hebben ingestemd met de volgende gezamenlijke agenda: "
                   "onderwijs-zorgarrangementen, thuiszitters en verzuim, de aansluiting van de jeugdhulp op de "
                   "ondersteuningsstructuur van de scholen, leerlingenvervoer en de aansluiting onderwijs–"
                   "arbeidsmarkt."))
    for g in places:
        B.append(("p", f"13.x Gemeente {g}. Er is een convenant 'schoolmaatschappelijk werk' met de gemeente "
                       f"{g}. De school heeft een vaste contactpersoon bij het sociaal team. Jaarlijks vindt een "
                       f"evaluatie plaats in het ambtelijk overleg passend onderwijs en jeugd."))
    B.append(("p", "13.2 Financiering. De gemeenten financieren de jeugdhulp in onderwijstijd; het "
                   "samenwerkingsverband financiert de onderwijscomponent van de onderwijs-zorgarrangementen. "
                   "Een kostendekkend tarief voor het leerlingenvervoer is de verantwoordelijkheid van de "
                   "gemeenten."))

    B.append(("h1", "Hoofdstuk 14. Ouders en leerlingen"))
    B.append(("p", "14.1 Informatie. Het samenwerkingsverband informeert ouders over de ondersteuningsmogelijkheden "
                   "via de website (met een aparte ouderpagina en een animatie over de route naar extra "
                   "ondersteuning), een ouderbrochure in het Nederlands, Pools en Arabisch, en twee "
                   "informatieavonden per jaar. Het onderwijsloket is het informatiepunt voor ouders: het is "
                   "iedere werkdag telefonisch en per e-mail bereikbaar voor vragen over arrangementen, "
                   "toelaatbaarheid en de bovenschoolse voorzieningen. De scholen informeren ouders daarnaast via "
                   "de schoolgids en het SOP."))
    B.append(("p", "14.2 Onafhankelijke ondersteuning. Ouders die onafhankelijk advies zoeken of een verschil van "
                   "mening hebben met school of samenwerkingsverband, kunnen terecht bij het Ouder- en "
                   "Jeugdsteunpunt Zuiderzand-Peel, dat onafhankelijk van het samenwerkingsverband wordt "
                   "uitgevoerd door stichting MeedenKers, en bij de Onderwijsconsulenten. Voor klachten over het "
                   "samenwerkingsverband is er een klachtenregeling en een externe vertrouwenspersoon; "
                   "geschillen over toelating, verwijdering en het OPP kunnen worden voorgelegd aan de "
                   "Geschillencommissie passend onderwijs."))
    B.append(("p", "14.3 Betrokkenheid. Ouders en leerlingen worden betrokken bij het OPP; leerlingen hebben "
                   "hoorrecht. In de ondersteuningsplanraad zijn ouders en leerlingen vertegenwoordigd."))

    B.append(("h1", "Hoofdstuk 15. Inzet van middelen"))
    B.append(("p", "15.1 Middelen. Het samenwerkingsverband ontvangt middelen voor lichte ondersteuning "
                   "(waaronder lwoo en pro) en voor zware ondersteuning. Van de middelen voor zware ondersteuning "
                   "wordt door DUO de bekostiging van het vso in mindering gebracht."))
    B.append(("p", "15.2 Verdeelsystematiek. De middelen worden als volgt verdeeld. De middelen voor lwoo en pro "
                   "worden doorbetaald aan de besturen naar rato van het aantal aanwijzingen en TLV's-pro op "
                   "1 oktober. Het schoolbudget lichte ondersteuning wordt verdeeld naar rato van het "
                   "leerlingaantal op 1 oktober, met een vaste voet per vestiging. Arrangementen worden per "
                   "leerling toegekend door de CAT. De bovenschoolse voorzieningen ontvangen een budget naar rato "
                   "van het aantal plaatsen. Het algemeen bestuur stelt jaarlijks bij de begroting de "
                   "verdeelsleutel vast."))
    B.append(("p", "15.3 Besteding. Figuur 15.1 (cirkeldiagram) geeft de verdeling van de lasten in het kalenderjaar "
                   "2025 weer: het grootste deel (circa 46%) betreft de afdracht voor het vso, gevolgd door de "
                   "doorbetaling lwoo en pro (circa 24%), de schoolbudgetten (circa 14%), de bovenschoolse "
                   "voorzieningen (circa 11%) en het bureau (circa 5%)."))
    B.append(("p", "[Figuur 15.1 Verdeling lasten 2025]"))
    B.append(("p", "15.4 Meerjarenbegroting. De meerjarenbegroting wordt jaarlijks door het algemeen bestuur "
                   "vastgesteld en is als separate bijlage D bij dit plan gevoegd."))
    B.append(("p", "15.5 Reserves. Het samenwerkingsverband hanteert als signaleringswaarde een "
                   "weerstandsvermogen van 7,5 procent van de baten. De reserve boven deze waarde is in de vorige "
                   "planperiode conform het bestedingsplan afgebouwd."))

    B.append(("h1", "Hoofdstuk 16. Professionalisering en kennisdeling"))
    B.append(("p", "16.1 Het samenwerkingsverband organiseert een netwerk voor ondersteuningscoördinatoren "
                   "(zes bijeenkomsten per jaar), een scholingsaanbod voor mentoren over gedrag en executieve "
                   "functies en een jaarlijkse regionale studiedag. Het scholingsaanbod wordt samengesteld in "
                   "overleg met de schoolbesturen."))
    B.append(("p", "16.2 Kennisdeling tussen vso en regulier onderwijs vindt plaats via ambulante begeleiding, "
                   "hospitaties en gezamenlijke intervisie."))

    B.append(("h1", "Hoofdstuk 17. Medezeggenschap en totstandkoming"))
    B.append(("p", "17.1 Ondersteuningsplanraad. De OPR bestaat uit twaalf leden: zes personeelsleden en zes "
                   "ouders of leerlingen, afgevaardigd door de medezeggenschapsraden."))
    B.append(("table", ["Datum", "Stap"],
              [["oktober 2025", "concept besproken in het directeurenoverleg"], ["november 2025", "overleg met de PO-samenwerkingsverbanden in het gebied"],
               ["29 januari 2026", "OOGO met de zes gemeenten"], ["10 maart 2026", "instemming OPR"],
               ["19 maart 2026", "vaststelling algemeen bestuur"], ["april 2026", "toezending inspectie"]],
              "Tabel 17.1 Totstandkoming"))

    B.append(("h1", "Hoofdstuk 18. Privacy"))
    B.append(("p", "18.1 Het samenwerkingsverband verwerkt persoonsgegevens van leerlingen voor de uitvoering van "
                   "zijn wettelijke taken. Een privacyreglement is vastgesteld; de functionaris "
                   "gegevensbescherming wordt gedeeld met twee andere samenwerkingsverbanden. Dossiers worden "
                   "bewaard tot drie jaar na het besluit."))
    B.append(("p", "18.2 Gegevens worden uitsluitend verstrekt aan de CAT-leden en deskundigen die bij de "
                   "aanvraag betrokken zijn. Ouders hebben recht op inzage in het dossier."))

    B.append(("h1", "Hoofdstuk 19. Communicatie met scholen en partners"))
    B.append(("p", "19.1 Interne communicatie. Het bureau informeert de schoolleiders en "
                   "ondersteuningscoördinatoren via een maandelijkse digitale nieuwsbrief en een besloten "
                   "deel van de website, waarop formats, handreikingen en vergaderstukken staan. Wijzigingen in "
                   "procedures worden ten minste zes weken voor de ingangsdatum aangekondigd."))
    B.append(("p", "19.2 Externe partners. Met de gemeenten, de jeugdhulpaanbieders, het mbo en de "
                   "PO-samenwerkingsverbanden vindt periodiek ambtelijk en bestuurlijk overleg plaats. Het bureau "
                   "onderhoudt een relatiebeheerplan waarin per partner de contactpersoon, de overlegfrequentie "
                   "en de gezamenlijke onderwerpen zijn opgenomen."))
    B.append(("p", "19.3 Huisstijl en toegankelijkheid. Publicaties van het samenwerkingsverband voldoen aan de "
                   "richtlijnen voor digitale toegankelijkheid (WCAG 2.1 niveau AA). Het bureau gebruikt "
                   "taalniveau B1 in publieksteksten."))
    B.append(("p", "19.4 Pers en media. Contacten met de pers verlopen via de directeur. Bij incidenten wordt "
                   "het protocol crisiscommunicatie van het betrokken schoolbestuur gevolgd."))

    B.append(("h1", "Bijlage A. Scholen en besturen"))
    bst = ["Stichting Peelrand VO", "Ons Middelbaar Onderwijs Kempen", "Vereniging CVO Zuiderzand", "Stichting Praktijkonderwijs Peel",
           "Stichting Speciaal Onderwijs De Kempen"]
    B.append(("table", ["Nr.", "School", "Plaats", "Bestuur", "Onderwijssoort"],
              [[str(i + 1), s, p, bst[i % len(bst)], ("vso" if s.startswith("Vso") else "pro" if "Praktijk" in s else "isk" if "ISK" in s else "vmbo/havo/vwo")]
               for i, (s, p) in enumerate(schools)], None))
    B.append(("h1", "Bijlage B. Begrippenlijst"))
    for t, d in [
        ("Basisondersteuning", "de ondersteuning die alle scholen bieden, zoals een ondersteuningscoördinator, een dyslexieprotocol, begeleiding bij faalangst en examenvrees, een mentoraat met wekelijks contact en een aanspreekpunt voor executieve functies."),
        ("Bestedingsplan", "plan voor de besteding van reserves boven de signaleringswaarde."),
        ("CAT", "Commissie Arrangeren en Toelaatbaarheid."),
        ("Dekkend aanbod", "geheel van voorzieningen waarmee iedere leerling een passende plek heeft."),
        ("Effectmeting", "meting van de opbrengst van ondersteuning."),
        ("Kwaliteitsagenda", "planning van kwaliteitszorgactiviteiten en evaluaties."),
        ("Meerjarenbegroting", "begroting die ten minste vier jaren omvat."),
        ("OPDC", "orthopedagogisch-didactisch centrum."),
        ("Terugplaatsing", "de overstap van een leerling van het vso naar het regulier onderwijs."),
        ("Thuiszitter", "leerplichtige jongere die zonder geldige vrijstelling niet naar school gaat."),
    ]:
        B.append(("p", f"{t}: {d}"))
    B.append(("h1", "Bijlage C. Afkortingen"))
    B.append(("table", ["Afkorting", "Betekenis"],
              [[a, b] for a, b in [("ALV", "algemene ledenvergadering"), ("CAT", "Commissie Arrangeren en Toelaatbaarheid"),
                                    ("ISK", "internationale schakelklas"), ("LBT", "Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen"),
                                    ("lwoo", "leerwegondersteunend onderwijs"), ("OJSP", "ouder- en jeugdsteunpunt"),
                                    ("OOGO", "op overeenstemming gericht overleg"), ("OPDC", "orthopedagogisch-didactisch centrum"),
                                    ("OPP", "ontwikkelingsperspectiefplan"), ("OPR", "ondersteuningsplanraad"), ("pro", "praktijkonderwijs"),
                                    ("RMC", "regionale meld- en coördinatiefunctie"), ("SOP", "schoolondersteuningsprofiel"),
                                    ("TLV", "toelaatbaarheidsverklaring"), ("vso", "voortgezet speciaal onderwijs")]], None))
    B.append(("h1", "Bijlage D. Meerjarenbegroting (separaat)"))
    B.append(("p", "Deze bijlage is als afzonderlijk document gepubliceerd op de website van het samenwerkingsverband."))

    B.append(("h1", "Bijlage E. Profielen van de vestigingen"))
    B.append(("p", "Deze bijlage geeft per vestiging een korte typering van het onderwijsaanbod en de "
                   "deelname aan bovenschoolse voorzieningen. De gegevens zijn ontleend aan de opgave van de "
                   "besturen per 1 oktober 2025."))
    rnd = random.Random(3211)
    for s_, p_ in schools:
        lln = rnd.randint(180, 1650)
        extra = rnd.choice(["neemt deel aan de ondersteuningsklas van het Kwadrant College",
                            "verwijst voor time-out naar Rebound De Pauze",
                            "heeft een eigen ondersteuningsklas voor leerlingen met autisme",
                            "werkt voor de onderbouw samen met OPDC De Overstap",
                            "biedt een plusprogramma voor hoogbegaafde leerlingen"])
        B.append(("p", f"{s_} ({p_}). Circa {lln} leerlingen. De vestiging {extra}. In 2024–2025 zijn "
                       f"{rnd.randint(0, 9)} arrangementen toegewezen en {rnd.randint(0, 4)} leerlingen "
                       f"verwezen naar het vso."))
    B.append(("h1", "Bijlage F. Reglement Commissie Arrangeren en Toelaatbaarheid"))
    for art in [
        "Artikel 1. Samenstelling. De commissie bestaat uit een voorzitter, ten minste twee orthopedagogen of psychologen en een secretaris. Het bestuur benoemt de leden voor vier jaar; herbenoeming is eenmaal mogelijk.",
        "Artikel 2. Onafhankelijkheid. Een lid dat bij de begeleiding van de leerling of de voorbereiding van de aanvraag betrokken is geweest, neemt niet deel aan de beraadslaging en besluitvorming.",
        "Artikel 3. Quorum. De commissie besluit bij aanwezigheid van ten minste drie leden, onder wie de voorzitter of diens plaatsvervanger.",
        "Artikel 4. Termijnen. De commissie besluit binnen zes weken na ontvangst van een volledige aanvraag. De termijn kan eenmaal met vier weken worden verlengd; ouders en school worden daarvan schriftelijk in kennis gesteld.",
        "Artikel 5. Horen. De commissie kan ouders, de leerling en de school uitnodigen voor een gesprek. Ouders kunnen ook zelf verzoeken te worden gehoord.",
        "Artikel 6. Verslaglegging. Van iedere vergadering wordt een verslag gemaakt. Besluiten worden voorzien van een volgnummer en geregistreerd.",
        "Artikel 7. Geheimhouding. De leden zijn verplicht tot geheimhouding van al hetgeen hun in de uitoefening van hun taak ter kennis komt, ook na beëindiging van het lidmaatschap.",
        "Artikel 8. Slotbepaling. In gevallen waarin dit reglement niet voorziet, beslist de directeur.",
    ]:
        B.append(("p", art))
    B.append(("h1", "Bijlage G. Leerlingenvervoer en huisvesting"))
    B.append(("p", "Leerlingenvervoer is een taak van de gemeenten. Ouders van leerlingen in het vso en het "
                   "praktijkonderwijs kunnen bij de woongemeente een aanvraag indienen. De gemeenten hanteren "
                   "een gezamenlijke verordening leerlingenvervoer. Het samenwerkingsverband heeft geen rol bij "
                   "de toekenning, maar signaleert knelpunten in het OOGO."))
    B.append(("p", "Onderwijshuisvesting is eveneens een gemeentelijke taak. Voor de bovenschoolse voorzieningen "
                   "huurt het samenwerkingsverband ruimte van de schoolbesturen tegen een kostendekkende "
                   "vergoeding. Het Integraal Huisvestingsplan van de gemeente Asterveld voorziet in 2028 in "
                   "nieuwbouw voor OPDC De Overstap."))

    slug = "vo-zuiderzand-peel"
    lab = mk_label(slug, [slug + ".docx", slug + ".pdf"], "vo",
        ["basisondersteuning.niveau", "plaatsing.procedure", "plaatsing.criteria", "terugstroom.procedure",
         "terugstroom.beleid", "financien.verdeling", "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes",
         "resultaten.doelen", "ouders.informatie", "ouders.steunpunt"],
        {"basisondersteuning": [], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
         "terugstroom": ["monitoring"], "financien": ["reserves"], "dekkend-aanbod": ["ketenpartners"],
         "resultaten": [], "ouders": ["betrokkenheid"]},
        {"basisondersteuning": "Par. 6.1 gives only the 4-aspect Referentiekader definition, stated as agreed by all schools for all vestigingen (niveau true); 6.2 defers content to each school's SOP/schoolgids ('verschilt per school') -> inhoud false. Concrete list appears only in the glossary (bijlage B).",
         "plaatsing": "Procedure in ch. 3 (par. 3.4 werkwijze CAT: who applies, dossier, two deskundigen, 6 weeks) and bezwaar (3.5); criteria vso/lwoo/pro, duration and categorie in ch. 7 - spread over chapters.",
         "terugstroom": "Ch. 9: policy (9.1: aims, terugplaatsingsarrangement, proefplaatsing) and procedure (9.2: perspectiefgesprek before 1 Feb of last TLV year, steps, evaluations) plus figures (9.3). Also OPDC return 8.3.",
         "financien": "Par. 15.2 verdeelsystematiek (criteria, no amounts) -> verdeling true. Besteding only as a pie-chart description of 2025 in percentages (15.3) and a meerjarenbegroting that is 'separaat' (bijlage D absent) -> besteding false. Reserves 15.5.",
         "dekkend-aanbod": "Ch. 8 table of bovenschoolse voorzieningen forming the continuum; ch. 10 halfyearly inventory, thuiszitters approach, lacunes with actions; ch. 13 gemeenten.",
         "resultaten": "Par. 5.2 lists only general ambitions (no numbers; 5.3 explicitly no streefcijfers) -> doelen true; nothing on how results are measured/monitored/reported (no kwaliteitszorg chapter, no jaarverslag of results) -> monitoring false. The terugplaatsing counts in 9.3 belong to terugstroom.monitoring and the halfyearly inventory in 10.1 to dekkend-aanbod (lacunes), not to resultaten.monitoring.",
         "ouders": "Ch. 14: website/ouderpagina, brochure, informatieavonden, onderwijsloket as informatiepunt (14.1); independent Ouder- en Jeugdsteunpunt, Onderwijsconsulenten, vertrouwenspersoon, klachten/geschillen (14.2)."},
        ["manual bold headings (no Word heading styles)",
         "chapter 2 'Wettelijk kader' only enumerates the legal content duties (passing mentions)",
         "glossary (bijlage B) contains a concrete basisondersteuning list, effectmeting, kwaliteitsagenda",
         "bijlage D meerjarenbegroting referenced but absent (separaat)",
         "near-misses: toelating/aanmelding (11.1), uitstroom naar het mbo (11.2), ouderbijdrage (6.4), kostendekkend (13.2), scholingsaanbod (16.1)",
         "TOC with page numbers"])
    return slug, B, lab


# ==========================================================================
# 3. po-plassenland  (PO, medium, zakelijk, plain numbered headings, docx+pdf)
# ==========================================================================
def doc_plassenland():
    N = "Samenwerkingsverband Primair Onderwijs Plassenland-Zuid"
    B = []
    B.append(("title", "Ondersteuningsplan 2026–2030", [N + " · PO 31-17", "Definitieve versie, april 2026"]))
    B.append(("toc", [(1, "1. Inleiding", 2), (1, "2. Terugblik 2022–2026", 2), (1, "3. Ondersteuning op de scholen", 3),
                      (2, "3.1 Basisondersteuning", 3), (2, "3.2 Extra ondersteuning", 4), (2, "3.3 Toelaatbaarheid sbo en so", 5),
                      (2, "3.4 Doorstroom naar het voortgezet onderwijs", 5), (1, "4. Financiën", 6), (1, "5. Ouders", 7),
                      (1, "6. Samenwerking met gemeenten", 8), (1, "7. Kwaliteit", 8), (1, "8. Organisatie", 9),
                      (1, "Bijlage: begrippen", 10)]))
    B.append(("h1", "1. Inleiding"))
    B.append(("p", "Dit is het ondersteuningsplan van Samenwerkingsverband PO Plassenland-Zuid voor de schooljaren "
                   "2026–2027 tot en met 2029–2030. Het plan beschrijft de afspraken tussen de negen "
                   "schoolbesturen met 31 basisscholen, één school voor speciaal basisonderwijs (sbo De Kreek) en "
                   "twee so-locaties in de gemeenten Plassendam, Reeuwijk-Zuid en Vinkeveld. De "
                   "ondersteuningsplanraad heeft op 3 maart 2026 ingestemd. Het OOGO met de drie gemeenten vond "
                   "plaats op 5 februari 2026."))
    B.append(("p", "Het plan is bewust compact. Uitvoeringsafspraken staan in het jaarplan en in de "
                   "werkinstructies van het loket."))
    B.append(("h1", "2. Terugblik 2022–2026"))
    B.append(("p", "De vorige planperiode stond in het teken van de verzelfstandiging van het bureau. Het bureau is "
                   "in 2023 verhuisd naar het Educatief Centrum in Plassendam. In 2024 is een nieuwe directeur "
                   "aangetreden en is de website vernieuwd. Het aantal aangesloten besturen daalde door een fusie "
                   "van tien naar negen. Door het teruglopend leerlingaantal in Vinkeveld zijn twee scholen "
                   "samengevoegd."))
    B.append(("p", "Het bestuur heeft in 2025 besloten de governance te wijzigen naar een model met een "
                   "directeur-bestuurder en een raad van toezicht. Deze wijziging gaat in op 1 augustus 2026."))
    B.append(("h1", "3. Ondersteuning op de scholen"))
    B.append(("h2", "3.1 Basisondersteuning"))
    B.append(("p", "De schoolbesturen hebben afgesproken welke basisondersteuning iedere school in Plassenland-Zuid "
                   "minimaal biedt. Dit niveau geldt voor alle vestigingen, ongeacht bestuur of denominatie. Een "
                   "school die dit niveau nog niet haalt, maakt een ontwikkelplan met een termijn van ten hoogste "
                   "twee jaar; het loket toetst dit jaarlijks aan de hand van het schoolondersteuningsprofiel."))
    B.append(("table", ["Domein", "Wat elke school minimaal biedt"],
              [["Ondersteuningsstructuur", "intern begeleider (min. 1 dag per week per 120 leerlingen); zes groepsbesprekingen per jaar"],
               ["Lezen en spelling", "dyslexieprotocol; extra leestijd en voorleessoftware; doorverwijzing naar EED-zorg"],
               ["Rekenen", "protocol ERWD; remediërend aanbod in kleine groep"],
               ["Gedrag", "schoolbreed gedragsprogramma (PBS of vergelijkbaar); individueel gedragsplan"],
               ["Begaafdheid", "verrijking en compacting in de groep"],
               ["Taal", "NT2-aanbod; woordenschatprogramma in groep 1–4"],
               ["Medisch", "protocol medisch handelen; afspraken over medicijngebruik"],
               ["Samenwerking", "vaste contactpersoon jeugd- en gezinsteam; schoolmaatschappelijk werk op afroep"]],
              "Tabel 1. Basisondersteuning in Plassenland-Zuid"))
    B.append(("h2", "3.2 Extra ondersteuning"))
    B.append(("p", "Heeft een leerling meer nodig dan de basisondersteuning, dan zijn er de volgende "
                   "ondersteuningsvoorzieningen, van licht naar zwaar:"))
    B.append(("bullets", [
        "arrangement in de eigen school: extra handen of specialistische begeleiding, toegekend door het loket;",
        "groepsarrangement: de taalklas in Plassendam en de 'Denkklas' voor meerbegaafde leerlingen (twee dagdelen per week);",
        "tijdelijke plaatsing in de observatiegroep van sbo De Kreek (maximaal twaalf weken);",
        "speciaal basisonderwijs (sbo De Kreek);",
        "speciaal onderwijs cluster 3 en 4 (so De Lisdodde en so Het Rietland).",
    ]))
    B.append(("p", "Een arrangement wordt aangevraagd door de intern begeleider bij het loket en na afloop met "
                   "ouders besproken."))
    B.append(("h2", "3.3 Toelaatbaarheid sbo en so"))
    B.append(("p", "De school vraagt een TLV aan bij het loket. Het loket vraagt advies aan twee deskundigen, "
                   "onder wie altijd een orthopedagoog of psycholoog, en besluit binnen zes weken na ontvangst van "
                   "de volledige aanvraag. Ouders ontvangen het besluit en een afschrift van de adviezen. Tegen het "
                   "besluit kunnen ouders bezwaar maken; het samenwerkingsverband is aangesloten bij de Landelijke "
                   "Bezwaaradviescommissie Toelaatbaarheidsverklaringen."))
    B.append(("h2", "3.4 Doorstroom naar het voortgezet onderwijs"))
    B.append(("p", "De overstap naar het voortgezet onderwijs verloopt volgens de POVO-afspraken in de regio. Alle "
                   "leerlingen worden warm overgedragen. Leerlingen uit het sbo en so die uitstromen naar het "
                   "voortgezet onderwijs krijgen een extra overdrachtsgesprek met de ontvangende school."))
    B.append(("h1", "4. Financiën"))
    B.append(("p", "De middelen voor ondersteuning worden verdeeld volgens het verdeelmodel dat het algemeen "
                   "bestuur in 2025 heeft vastgesteld. Het model gaat uit van zo veel mogelijk middelen naar de "
                   "scholen."))
    B.append(("table", ["Onderdeel", "Verdeelcriterium", "Bedrag 2026"],
              [["Schoolbudget", "per leerling, teldatum 1 oktober", "€ 160 per leerling"],
               ["Vaste voet", "per vestiging", "€ 6.500"],
               ["Arrangement in de eigen school", "per toegekend arrangement, door het loket", "normbedrag € 3.800"],
               ["Groepsarrangementen", "per plaats", "€ 5.200"],
               ["Sbo boven 2%", "groeiregeling, peildatum 1 februari", "volgens regeling"]],
              "Tabel 2. Verdeelmodel"))
    B.append(("p", "De meerjarenbegroting is opgenomen in de jaarbegroting 2026 die afzonderlijk wordt vastgesteld. "
                   "De schoolbesturen ontvangen het schoolbudget in vier termijnen."))
    B.append(("h1", "5. Ouders"))
    B.append(("p", "Het samenwerkingsverband informeert ouders via de website (rubriek 'Voor ouders'), de "
                   "brochure 'Wegwijs in passend onderwijs' die alle scholen bij de intake meegeven, en een "
                   "jaarlijkse informatieavond in elke gemeente. Daarin staat welke ondersteuning de scholen "
                   "bieden en hoe ouders een arrangement of TLV met de school kunnen bespreken."))
    B.append(("p", "Voor onafhankelijk advies kunnen ouders terecht bij het Ouder- en Jeugdsteunpunt Plassenland, "
                   "dat los van het samenwerkingsverband werkt en gratis is, en bij de Onderwijsconsulenten. Bij "
                   "een geschil over toelating of verwijdering kunnen ouders zich wenden tot de "
                   "Geschillencommissie passend onderwijs."))
    B.append(("h1", "6. Samenwerking met gemeenten"))
    B.append(("p", "Met de gemeenten Plassendam, Reeuwijk-Zuid en Vinkeveld is afgesproken dat het jeugd- en "
                   "gezinsteam aansluit bij de ondersteuningsteams op de scholen. Leerlingenvervoer en huisvesting "
                   "zijn taken van de gemeenten."))
    B.append(("h1", "7. Kwaliteit"))
    B.append(("p", "Alle scholen in het samenwerkingsverband hebben van de inspectie het oordeel basiskwaliteit. "
                   "De eindtoetsresultaten van de scholen liggen gemiddeld rond het landelijk gemiddelde. De "
                   "scholen werken resultaatgericht en gebruiken een leerlingvolgsysteem. Het samenwerkingsverband "
                   "volgt het Waarderingskader van de inspectie."))
    B.append(("h1", "8. Organisatie"))
    B.append(("p", "Het samenwerkingsverband is een stichting. Het bureau bestaat uit de directeur, de "
                   "loketcoördinator, twee orthopedagogen en een administratief medewerker (totaal 4,2 fte). Het "
                   "bureau organiseert vier netwerkbijeenkomsten per jaar voor intern begeleiders en een "
                   "scholingsaanbod over gedrag."))
    B.append(("h1", "Bijlage: begrippen"))
    for t, d in [("Terugplaatsing", "overstap van sbo/so naar een reguliere basisschool."),
                 ("TLV", "toelaatbaarheidsverklaring voor sbo of so, afgegeven door het loket."),
                 ("Resultaten", "de beoogde en bereikte resultaten van het samenwerkingsverband."),
                 ("Thuiszitter", "leerplichtig kind dat niet naar school gaat.")]:
        B.append(("p", f"{t}: {d}"))

    slug = "po-plassenland"
    lab = mk_label(slug, [slug + ".docx", slug + ".pdf"], "po",
        ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure", "financien.verdeling",
         "dekkend-aanbod.continuum", "ouders.informatie", "ouders.steunpunt"],
        {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "bezwaar"], "terugstroom": [],
         "financien": [], "dekkend-aanbod": ["ketenpartners"], "resultaten": [], "ouders": []},
        {"basisondersteuning": "3.1: minimum level for all vestigingen, table 1 with concrete content per domain, borging via SOP/ontwikkelplan.",
         "plaatsing": "3.3 'De school vraagt een TLV aan bij het loket' with steps (two deskundigen, 6 weeks, bezwaar/LBT) -> procedure true; no criteria for when a pupil is toelaatbaar -> criteria false.",
         "terugstroom": "Nothing on return from sbo/so. Near-misses only: 'Terugblik 2022-2026' (ch. 2, organisational), 'teruglopend leerlingaantal', 3.4 uitstroom sbo -> VO (doorstroom PO-VO), glossary 'Terugplaatsing'.",
         "financien": "Ch. 4 table 2 verdeelmodel with criteria and bedragen -> verdeling true; no begroting/spending overview, meerjarenbegroting 'opgenomen in de jaarbegroting die afzonderlijk wordt vastgesteld' -> besteding false.",
         "dekkend-aanbod": "3.2 lists the voorzieningen from licht to zwaar (continuum true); nothing on gaps, thuiszitters, wachtlijsten or zorgplicht (thuiszitter only in glossary) -> lacunes false. Ch. 6 jeugd- en gezinsteam = ketenpartners.",
         "resultaten": "No intended or achieved results for pupils with support needs. Ch. 7 only basiskwaliteit/eindtoets/'resultaatgericht' near-misses; footer slogan 'Samen resultaat voor ieder kind'; glossary 'Resultaten'.",
         "ouders": "Ch. 5: website, brochure, informatieavond (informatie) and independent Ouder- en Jeugdsteunpunt, Onderwijsconsulenten, Geschillencommissie (steunpunt)."},
        ["headings are plain numbered body text (no heading styles, no bold)",
         "TOC with page numbers", "footer slogan 'Samen resultaat voor ieder kind'",
         "near-misses: terugblik, teruglopend, uitstroom naar VO, basiskwaliteit, eindtoets, resultaatgericht, netwerkbijeenkomsten, scholingsaanbod",
         "glossary defines terugplaatsing, resultaten, thuiszitter"])
    return slug, B, lab


# ==========================================================================
# 4. vo-eemvallei-noord  (VO, zakelijk, Word heading styles, tables, docx only)
# ==========================================================================
def doc_eemvallei():
    N = "Samenwerkingsverband Voortgezet Onderwijs Eemvallei-Noord"
    B = []
    B.append(("title", "Ondersteuningsplan 2026–2030", [N, "VO 32-05", "Vastgesteld 26 maart 2026"]))
    B.append(("h1", "1 Inleiding"))
    B.append(("p", "Dit ondersteuningsplan legt vast hoe de zeven schoolbesturen in Eemvallei-Noord samen passend "
                   "onderwijs organiseren voor ruim 9.800 leerlingen. Het plan loopt van 1 augustus 2026 tot en met "
                   "31 juli 2030. De ondersteuningsplanraad stemde in op 12 maart 2026; het OOGO met de gemeenten "
                   "Eemhorst, Baarnwijk en Soestervaart is op 5 februari 2026 gevoerd."))
    B.append(("h1", "2 Kerngegevens"))
    B.append(("table", ["Gegeven", "Waarde (1 oktober 2025)"],
              [["Aangesloten besturen", "7"], ["Vestigingen regulier VO", "14"], ["Scholen praktijkonderwijs", "2"],
               ["Vso-scholen in de regio", "2 (cluster 4: De Brug; cluster 3: Het Anker)"], ["Leerlingen totaal", "9.842"],
               ["Leerlingen met lwoo-aanwijzing", "1.106"], ["Leerlingen vso met TLV van het verband", "263"]], None))
    B.append(("h1", "3 Basisondersteuning"))
    B.append(("p", "Basisondersteuning is het niveau van ondersteuning dat alle vestigingen in Eemvallei-Noord "
                   "zonder tussenkomst van het samenwerkingsverband bieden. De besturen hebben dit niveau "
                   "vastgelegd in twaalf standaarden. Scholen nemen de standaarden op in hun schoolgids; het "
                   "bureau bespreekt de uitvoering jaarlijks in het bestuursgesprek."))
    B.append(("table", ["Standaard", "Inhoud"],
              [["1 Mentoraat", "iedere leerling heeft een mentor met minimaal één individueel gesprek per periode"],
               ["2 Ondersteuningscoördinator", "op iedere vestiging, minimaal 0,4 fte per 500 leerlingen"],
               ["3 Ondersteuningsteam", "maandelijks overleg van ondersteuningscoördinator, mentor en orthopedagoog over leerlingen met een ondersteuningsvraag"],
               ["4 Dyslexie en dyscalculie", "faciliteiten volgens protocol (extra tijd, voorleessoftware, rekenkaart)"],
               ["5 Faalangst en examenvrees", "training in leerjaar 2 en in het examenjaar"],
               ["6 Sociale vaardigheden", "SoVa-training op iedere vestiging"],
               ["7 Executieve functies", "coaching plannen en organiseren, ook in de onderbouw"],
               ["8 Opvang", "een opvangruimte met begeleiding gedurende de hele schooldag"],
               ["9 Medisch handelen", "protocol en geschoold personeel"],
               ["10 OPP", "OPP binnen zes weken na constatering van een extra ondersteuningsbehoefte"],
               ["11 Orthopedagoog", "beschikbaar voor consultatie op iedere vestiging, minimaal 4 uur per week"],
               ["12 Steunlessen", "steunlessen Nederlands, Engels en wiskunde in de onderbouw"]],
              "Tabel 3.1 Standaarden basisondersteuning"))
    B.append(("h1", "4 Toelaatbaarheid vso, lwoo en pro"))
    B.append(("h2", "4.1 Procedure"))
    B.append(("table", ["Stap", "Wie", "Wat", "Termijn"],
              [["1", "school van inschrijving", "bespreking in ondersteuningsteam; zienswijze ouders; OPP bijgewerkt", "—"],
               ["2", "bevoegd gezag", "aanvraag bij het Loket met groeidocument en onderwijskundig rapport", "—"],
               ["3", "Loket", "volledigheidstoets", "5 werkdagen"],
               ["4", "twee deskundigen", "elk een eigen schriftelijk advies (orthopedagoog/psycholoog + tweede deskundige)", "3 weken"],
               ["5", "Commissie Toelaatbaarheid", "besluit, volgnummer, categorie en duur", "uiterlijk 6 weken na stap 3"],
               ["6", "Loket", "besluit en afschrift adviezen naar ouders en school", "2 werkdagen"]],
              "Tabel 4.1 Procedure TLV vso"))
    B.append(("p", "Voor lwoo en pro dient de school van aanmelding de aanvraag in vóór 15 april voorafgaand aan "
                   "het eerste leerjaar; de commissie besluit binnen vier weken."))
    B.append(("h2", "4.2 Criteria"))
    B.append(("p", "Vso: een leerling is toelaatbaar als (a) de ondersteuningsbehoefte structureel meer vraagt dan "
                   "de basisondersteuning en de extra ondersteuning die een reguliere school met inzet van "
                   "arrangementen kan bieden, (b) de school minimaal twee OPP-cycli heeft doorlopen en (c) de "
                   "leerling is aangewezen op een vso-setting vanwege een (verstandelijke of lichamelijke) "
                   "beperking, langdurige ziekte of ernstige gedrags- of psychiatrische problematiek."))
    B.append(("p", "Lwoo: het samenwerkingsverband volgt de landelijke criteria (IQ 75–90 met leerachterstand van "
                   "1,5 tot 3 jaar op twee domeinen, of IQ 91–120 met dezelfde leerachterstand en sociaal-"
                   "emotionele problematiek). Pro: landelijke criteria (IQ 55–80 en leerachterstand van ten "
                   "minste drie jaar op twee domeinen)."))
    B.append(("h2", "4.3 Duur en categorie"))
    B.append(("p", "De TLV vso geldt voor twee schooljaren, en eindigt uiterlijk op 31 juli van het laatste "
                   "schooljaar. De bekostigingscategorie is laag, tenzij een lichamelijke beperking of langdurige "
                   "ziekte (midden) of een meervoudige beperking (hoog) is vastgesteld. Lwoo en pro gelden voor de "
                   "gehele opleiding."))
    B.append(("h1", "5 Terugplaatsing"))
    B.append(("p", "Voor leerlingen van wie de TLV afloopt geldt de volgende werkwijze:"))
    B.append(("numbered", [
        "uiterlijk 1 december van het laatste TLV-jaar evalueert de vso-school het OPP met ouders en leerling;",
        "de vso-school brengt vóór 15 januari advies uit aan de Commissie Toelaatbaarheid: terugplaatsing naar het regulier voortgezet onderwijs, overplaatsing of verlenging;",
        "bij verlenging vraagt de vso-school vóór 1 maart een nieuwe TLV aan;",
        "bij terugplaatsing meldt de vso-school de leerling vóór 1 maart aan bij een reguliere school en draagt het dossier over; de TLV eindigt op 31 juli.",
    ]))
    B.append(("h1", "6 Dekkend aanbod"))
    B.append(("p", "Het samenwerkingsverband werkt in het schooljaar 2026–2027 een analyse van het dekkend aanbod "
                   "uit. De uitkomsten en eventuele maatregelen worden opgenomen in een addendum bij dit plan. "
                   "Tot die tijd: p.m."))
    B.append(("h1", "7 Resultaten"))
    B.append(("p", "Het samenwerkingsverband heeft de volgende doelen voor leerlingen met een "
                   "ondersteuningsbehoefte vastgesteld. De nulmeting is gedaan in oktober 2025."))
    B.append(("table", ["Doel", "Indicator", "Nulmeting", "2028", "2030"],
              [["Meer leerlingen regulier", "deelnamepercentage vso (1 oktober)", "3,6%", "3,4%", "≤ 3,2%"],
               ["Snelle besluitvorming", "TLV-besluiten binnen 6 weken", "82%", "90%", "≥ 95%"],
               ["Diploma in het regulier", "leerlingen met OPP die een diploma behalen", "74%", "78%", "≥ 80%"],
               ["Tevreden scholen", "tevredenheid scholen over het Loket (1–10)", "6,8", "7,2", "≥ 7,5"]],
              "Tabel 7.1 Doelen 2026–2030"))
    B.append(("p", "Het bureau rapporteert halfjaarlijks aan het bestuur over alle indicatoren (kwaliteitsrapportage "
                   "in februari en september). De bereikte resultaten worden jaarlijks in het jaarverslag "
                   "verantwoord en met de OPR besproken. Wanneer een indicator twee metingen achter elkaar achterblijft, "
                   "stelt het bestuur een verbeterplan vast. In 2028 volgt een tussenevaluatie."))
    B.append(("h1", "8 Ouders en leerlingen"))
    B.append(("p", "Ouders en leerlingen zijn partner in de ondersteuning. Zij worden betrokken bij het opstellen en "
                   "evalueren van het OPP en geven hun zienswijze bij iedere aanvraag voor een TLV. Leerlingen "
                   "hebben hoorrecht over hun OPP. In de ondersteuningsplanraad hebben vier ouders en twee "
                   "leerlingen zitting."))
    B.append(("h1", "9 Financiën"))
    B.append(("h2", "9.1 Verdeling"))
    B.append(("p", "Na aftrek van de afdracht vso door DUO worden de middelen als volgt verdeeld: (a) middelen lwoo en "
                   "pro worden volledig doorbetaald aan de besturen op basis van het aantal aanwijzingen en TLV's-pro "
                   "op 1 oktober; (b) het schoolbudget ondersteuning bedraagt € 185 per leerling plus € 15.000 per "
                   "vestiging; (c) het bureau en de loketorganisatie ontvangen maximaal 6% van de baten. "
                   "Scholen besteden het schoolbudget aan de extra ondersteuning in de school en verantwoorden dit "
                   "jaarlijks vóór 1 juni in een verantwoordingsformat."))
    B.append(("h2", "9.2 Meerjarenbegroting"))
    B.append(("table", ["x € 1.000", "2026", "2027", "2028", "2029"],
              [["Baten lichte ondersteuning (incl. lwoo/pro)", "9.410", "9.290", "9.150", "9.030"],
               ["Baten zware ondersteuning", "8.870", "8.760", "8.640", "8.520"],
               ["Afdracht vso (DUO)", "-6.120", "-6.030", "-5.950", "-5.880"],
               ["Doorbetaling lwoo en pro", "-7.980", "-7.870", "-7.750", "-7.650"],
               ["Schoolbudgetten ondersteuning", "-2.030", "-2.010", "-1.990", "-1.970"],
               ["Loket en Commissie Toelaatbaarheid", "-610", "-610", "-620", "-620"],
               ["Bureau", "-480", "-480", "-490", "-490"],
               ["Innovatiefonds (projecten scholen)", "-1.300", "-1.200", "-1.100", "-1.000"],
               ["Saldo", "-240", "-150", "-110", "-60"]],
              "Tabel 9.1 Meerjarenbegroting"))
    B.append(("p", "De tekorten worden gedekt uit de algemene reserve. Het innovatiefonds financiert projecten van "
                   "scholen; het proces van aanvragen staat in de subsidieregeling."))
    B.append(("h1", "10 Organisatie"))
    B.append(("p", "Het samenwerkingsverband is een stichting met een directeur-bestuurder en een raad van toezicht. "
                   "Het bureau organiseert netwerkbijeenkomsten voor ondersteuningscoördinatoren en een "
                   "scholingsaanbod voor mentoren. Het Loket is bereikbaar voor scholen op werkdagen."))
    B.append(("h1", "Begrippenlijst"))
    for t, d in [("Dekkend aanbod", "het geheel van ondersteuningsvoorzieningen binnen en tussen scholen, zodat elke leerling een passende plek heeft, inclusief OPDC, rebound en thuiszittersaanpak."),
                 ("Ouder- en jeugdsteunpunt", "onafhankelijk steunpunt voor ouders en jongeren."),
                 ("Onderwijsconsulent", "onafhankelijk adviseur voor ouders bij problemen rond toelating of ondersteuning."),
                 ("Terugplaatsing", "teruggaan van vso naar regulier voortgezet onderwijs.")]:
        B.append(("p", f"{t}: {d}"))

    slug = "vo-eemvallei-noord"
    lab = mk_label(slug, [slug + ".docx"], "vo",
        ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure", "plaatsing.criteria",
         "terugstroom.procedure", "financien.verdeling", "financien.besteding", "resultaten.doelen",
         "resultaten.monitoring"],
        {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie"], "terugstroom": [],
         "financien": ["reserves", "verantwoording"], "dekkend-aanbod": [], "resultaten": ["meetbaar"],
         "ouders": ["betrokkenheid"]},
        {"basisondersteuning": "Ch. 3: level for all vestigingen + table 3.1 with twelve standaarden; borging in schoolgids/bestuursgesprek.",
         "plaatsing": "Ch. 4: procedure table (steps, deskundigen, termijnen), vso/lwoo/pro criteria, duur and categorie. No bezwaar route.",
         "terugstroom": "Ch. 5 gives only the procedure at TLV end (evaluation by 1 Dec, advice, aanmelding before 1 March, TLV ends 31 July) -> procedure true; no policy (aims, conditions, support after return) -> beleid false.",
         "financien": "Ch. 9.1 verdeling with bedragen and criteria; 9.2 meerjarenbegroting table; reserves and verantwoording mentioned.",
         "dekkend-aanbod": "Ch. 6 'Dekkend aanbod' only defers (analysis in 2026-2027, addendum, p.m.). No continuum of voorzieningen described anywhere in body text; glossary definition and footer slogan only. OOGO appears only as a procedural date in ch. 1 (passing mention).",
         "resultaten": "Ch. 7: table with doelen, nulmeting and streefwaarden; halfyearly reporting, jaarverslag, verbeterplan.",
         "ouders": "Ch. 8 only describes parents' involvement (OPP, zienswijze, hoorrecht, OPR) -> advisory betrokkenheid only; nothing on how parents are informed about the facilities and no independent support named (Onderwijsconsulent/OJSP only in glossary) -> partial with both core false."},
        ["chapter heading 'Dekkend aanbod' whose body only defers (p.m.)",
         "footer slogan 'Een dekkend aanbod voor elke leerling'",
         "glossary defines dekkend aanbod, OJSP, onderwijsconsulent, terugplaatsing",
         "near-misses: netwerkbijeenkomsten, scholingsaanbod, project/proces (innovatiefonds)"])
    return slug, B, lab


# ==========================================================================
# 5. po-kind-op-de-kaart  (PO, warm plain language, Markdown)
# ==========================================================================
def doc_kind_op_de_kaart():
    B = []
    B.append(("title", "Ondersteuningsplan 2026–2030: zo helpen we elk kind verder",
              ["Samenwerkingsverband Kind op de Kaart (PO 31-22) – passend primair onderwijs in Dijkmeer, "
               "Oudewaal en Sluisdorp", "Versie voor ouders, leraren en iedereen die meeleest"]))
    B.append(("toc", [(1, "Welkom", 0), (1, "Wat elke school u biedt", 0), (1, "Als uw kind meer nodig heeft", 0),
                      (1, "Naar het speciaal (basis)onderwijs", 0), (1, "Terug naar een gewone school", 0),
                      (1, "Geld", 0), (1, "Terugkijken en leren", 0), (1, "Ouders: waar kunt u terecht?", 0),
                      (1, "Over ons", 0)]))
    B.append(("h1", "Welkom"))
    B.append(("p", "Fijn dat u dit leest! In dit plan leggen we uit hoe de scholen in Dijkmeer, Oudewaal en "
                   "Sluisdorp samen zorgen dat ieder kind de hulp krijgt die het nodig heeft. We hebben het plan "
                   "zo eenvoudig mogelijk geschreven. Waar we toch een moeilijk woord gebruiken, leggen we het uit."))
    B.append(("p", "Kind op de Kaart is een samenwerkingsverband van zes schoolbesturen. Samen hebben ze 27 "
                   "basisscholen, één school voor speciaal basisonderwijs (sbo De Stapsteen) en één school voor "
                   "speciaal onderwijs (so De Zandloper). Dit plan geldt van augustus 2026 tot augustus 2030."))
    B.append(("p", "Wij kijken naar wat een kind nodig heeft, niet naar wat een kind 'heeft'. En we praten met "
                   "ouders, niet over ouders."))
    B.append(("h1", "Wat elke school u biedt"))
    B.append(("p", "Alle scholen van Kind op de Kaart hebben samen afgesproken wat iedere school in ieder geval "
                   "biedt. Dat noemen we de basisondersteuning. Het maakt dus niet uit op welke school van ons "
                   "uw kind zit: dit kunt u overal verwachten."))
    B.append(("bullets", [
        "een intern begeleider (IB'er) die met de leerkracht meedenkt en die u kunt spreken;",
        "extra hulp bij lezen en rekenen in een klein groepje, en begeleiding volgens het dyslexieprotocol;",
        "een aanpak voor pesten en voor een fijne sfeer in de groep;",
        "uitdagend werk voor kinderen die meer aankunnen;",
        "hulp bij de Nederlandse taal voor kinderen die net in Nederland zijn of thuis een andere taal spreken;",
        "een vast overleg (het ondersteuningsteam) waar u bij bent als het over uw kind gaat;",
        "afspraken over medicijnen en medische hulp op school.",
    ]))
    B.append(("p", "Elk jaar komt iemand van het samenwerkingsverband op iedere school kijken of dit goed gaat. "
                   "Gaat iets nog niet goed, dan spreken we samen af wat de school gaat verbeteren en wanneer."))
    B.append(("h1", "Als uw kind meer nodig heeft"))
    B.append(("p", "Soms heeft een kind meer nodig dan de basisondersteuning. Er is dan een soort trap met "
                   "steeds meer hulp:"))
    B.append(("numbered", [
        "Extra hulp op de eigen school, betaald uit het geld dat de school van ons krijgt.",
        "Een arrangement: extra hulp op maat, bijvoorbeeld een onderwijsassistent of begeleiding door een specialist. De school vraagt dit aan; een commissie van het samenwerkingsverband beslist over de toewijzing van arrangementen.",
        "Een plek in een speciale groep: de Plusgroep voor hoogbegaafde kinderen (één dag per week) of de Taalklas in Sluisdorp.",
        "Het speciaal basisonderwijs (sbo De Stapsteen) of het speciaal onderwijs (so De Zandloper of een so-school buiten onze regio).",
    ]))
    B.append(("p", "Samen met het wijkteam kijken we ook naar hulp thuis. Soms komt een jeugdhulpverlener een "
                   "paar uur per week in de klas helpen."))
    B.append(("h1", "Naar het speciaal (basis)onderwijs"))
    B.append(("p", "Voor het sbo of so heeft uw kind een toelaatbaarheidsverklaring nodig, kortweg TLV. Zo gaat dat:"))
    B.append(("numbered", [
        "U en de school bespreken samen in het ondersteuningsteam of het sbo of so beter past.",
        "De school vraagt de TLV aan bij ons onderwijsloket. U schrijft op wat u ervan vindt; dat gaat mee met de aanvraag.",
        "Twee deskundigen van ons, bijvoorbeeld een orthopedagoog en een jeugdarts, geven ieder een eigen advies. U krijgt een kopie.",
        "De Commissie Toelaatbaarheid beslist binnen zes weken.",
    ]))
    B.append(("p", "Wanneer krijgt een kind een TLV? Voor het sbo: als de school en de arrangementen niet genoeg "
                   "zijn gebleken, het kind echt een kleine groep en een rustige, gestructureerde omgeving nodig "
                   "heeft en er geen andere gewone school in de buurt is die dat kan bieden. Voor het so: als het "
                   "kind daarnaast door een verstandelijke of lichamelijke beperking, een langdurige ziekte of "
                   "ernstige gedrags- of psychiatrische problemen de speciale kennis van het so nodig heeft."))
    B.append(("p", "Een TLV geldt meestal twee schooljaren. Voor het so staat op de TLV ook een "
                   "bekostigingscategorie (laag, midden of hoog); die hangt af van wat uw kind nodig heeft. Bent u "
                   "het niet eens met de beslissing? Dan kunt u binnen zes weken bezwaar maken. Wij vragen dan "
                   "advies aan de Landelijke Bezwaaradviescommissie."))
    B.append(("h1", "Terug naar een gewone school"))
    B.append(("p", "We vinden het belangrijk dat kinderen in het sbo of so, als het kan, weer naar een gewone "
                   "basisschool dicht bij huis gaan. Dat gebeurt alleen als het goed is voor uw kind, en nooit "
                   "zonder u."))
    B.append(("p", "Zo werkt het: ieder jaar bespreekt de sbo- of so-school met u het ontwikkelingsperspectief "
                   "van uw kind. In het laatste jaar van de TLV, vóór de kerstvakantie, vindt er een gesprek "
                   "plaats met u, de school en een consulent van ons samenwerkingsverband. Daarin besluiten we "
                   "samen of uw kind terug kan naar een gewone school, naar een andere speciale school gaat of dat "
                   "er een nieuwe TLV nodig is. De sbo- of so-school vraagt dan uiterlijk 1 maart een nieuwe TLV "
                   "aan of zoekt samen met u een gewone school."))
    B.append(("p", "Gaat uw kind terug? Dan krijgt de nieuwe school een terugkeerarrangement: een jaar lang extra "
                   "hulp, en de sbo- of so-leerkracht komt de eerste maanden regelmatig langs. Na drie maanden en na "
                   "een jaar kijken we samen met u hoe het gaat."))
    B.append(("h1", "Geld"))
    B.append(("p", "Passend onderwijs kost geld. Hoe wij ons geld verdelen over de scholen en waar het aan wordt "
                   "besteed, leest u in bijlage 4 (Financieel kader 2026–2030)."))
    B.append(("p", "Goed om te weten: voor extra ondersteuning betaalt u als ouder nooit iets. De vrijwillige "
                   "ouderbijdrage van de school is voor uitjes en feesten, niet voor ondersteuning. En de "
                   "Plusgroep is kostendekkend geregeld door de schoolbesturen, dus ook daarvoor betaalt u niets."))
    B.append(("h1", "Terugkijken en leren"))
    B.append(("p", "Ieder jaar in het voorjaar kijken we terug. We tellen hoeveel kinderen een arrangement kregen, "
                   "hoeveel kinderen naar het sbo of so gingen en hoeveel kinderen terugkwamen naar een gewone "
                   "school. We vragen ouders en scholen met een korte vragenlijst hoe tevreden ze zijn over de "
                   "hulp. Na afloop van ieder arrangement vullen school en ouders samen een evaluatieformulier in. "
                   "Al deze informatie zetten we in ons jaarverslag, dat u vóór 1 juli op onze website vindt, en "
                   "we bespreken het met de ondersteuningsplanraad."))
    B.append(("h1", "Ouders: waar kunt u terecht?"))
    B.append(("p", "Informatie: op onze website staat een ouderpagina met filmpjes over de 'trap' van hulp en over "
                   "de TLV. Ons informatiepunt voor ouders is elke werkdag van 9 tot 12 uur telefonisch "
                   "bereikbaar, en u kunt er ook een afspraak maken. Ieder najaar houden we in elke gemeente een "
                   "ouderavond. In de schoolgids van de school van uw kind staat wat die school extra biedt."))
    B.append(("p", "Wilt u met iemand praten die niet van de school of van ons is? Dat kan:"))
    B.append(("bullets", [
        "de Ouder- en Kindadviseur van uw gemeente, die los staat van de school en u helpt met vragen over opvoeden en school;",
        "het Ouder- en Jeugdsteunpunt Dijkmeer e.o., dat onafhankelijk is en u gratis helpt als u vastloopt;",
        "de Onderwijsconsulenten, die u kosteloos helpen als het niet lukt om samen met school een oplossing te vinden;",
        "een onafhankelijke vertrouwenspersoon, als u een klacht heeft.",
    ]))
    B.append(("p", "Ouders zitten ook in onze ondersteuningsplanraad. Die raad heeft ingestemd met dit plan."))
    B.append(("h1", "Over ons"))
    B.append(("p", "Het bureau van Kind op de Kaart zit in het Dijkhuis in Dijkmeer. Er werken acht mensen, onder "
                   "wie drie orthopedagogen. De directeur-bestuurder is Annelies Wiersma-de Grauw. Het plan is "
                   "besproken met de gemeenten op 22 januari 2026 en vastgesteld op 10 maart 2026."))
    B.append(("p", "Bijlagen (apart te downloaden): 1. Scholenlijst · 2. Stappenplan TLV · 3. Jaarplan 2026–2027 · "
                   "4. Financieel kader 2026–2030"))

    slug = "po-kind-op-de-kaart"
    lab = mk_label(slug, [slug + ".md"], "po",
        ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure", "plaatsing.criteria",
         "terugstroom.procedure", "terugstroom.beleid", "dekkend-aanbod.continuum", "resultaten.monitoring",
         "ouders.informatie", "ouders.steunpunt"],
        {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
         "terugstroom": ["monitoring"], "financien": [], "dekkend-aanbod": ["ketenpartners"], "resultaten": [],
         "ouders": ["betrokkenheid"]},
        {"basisondersteuning": "'Wat elke school u biedt': agreed by all schools, same everywhere (niveau) + bullet list of content; yearly school visit (borging).",
         "plaatsing": "'Naar het speciaal (basis)onderwijs': numbered procedure (loket, deskundigen, commissie, 6 weeks), sbo and so criteria, duration, categorie, bezwaar.",
         "terugstroom": "'Terug naar een gewone school': policy (thuisnabij, terugkeerarrangement, support) and procedure (yearly OPP talk, gesprek in last TLV year before Christmas, nieuwe TLV by 1 March, evaluations).",
         "financien": "'Geld' only refers to bijlage 4 (Financieel kader), which is not part of the input; rest is near-misses (ouderbijdrage, kostendekkend). Arrangement 'betaald uit het geld dat de school van ons krijgt' and bekostigingscategorie are passing mentions.",
         "dekkend-aanbod": "'Als uw kind meer nodig heeft': the 'trap' from school to sbo/so (continuum) plus wijkteam (ketenpartners); nothing about gaps, thuiszitters, wachtlijsten or zorgplicht -> lacunes false.",
         "resultaten": "'Terugkijken en leren' describes monitoring and reporting (counts, tevredenheid, evaluation forms, jaarverslag, OPR) -> monitoring true; no intended results/goals anywhere -> doelen false.",
         "ouders": "'Ouders: waar kunt u terecht?': website, informatiepunt voor ouders, ouderavond, schoolgids; independent Ouder- en Kindadviseur, Ouder- en Jeugdsteunpunt, Onderwijsconsulenten, vertrouwenspersoon."},
        ["warm plain-language tone (u/uw kind)", "reference to absent bijlage 4 for all finances",
         "near-misses: ouderbijdrage, kostendekkend, bekostigingscategorie (plaatsing)", "TOC without page numbers"])
    return slug, B, lab


# ==========================================================================
# 6. vo-lauwersdelta  (VO, HTML web version, h2/h3)
# ==========================================================================
def doc_lauwersdelta():
    B = []
    B.append(("title", "Ondersteuningsplan 2026–2030", ["Samenwerkingsverband VO Lauwersdelta (VO 32-19)"]))
    B.append(("toc", [(1, "Inleiding", 0), (1, "Onze scholen", 0), (1, "Aanmelding en toelating", 0),
                      (1, "Toelaatbaarheid", 0), (1, "Het ondersteuningscontinuüm", 0),
                      (1, "Thuiszitters en dekkend netwerk", 0), (1, "Uitstroom en vervolgonderwijs", 0),
                      (1, "Financiën", 0), (1, "Ambities 2026–2030", 0), (1, "Ouders: onafhankelijke hulp", 0),
                      (1, "Afkortingen", 0), (1, "Begrippenlijst", 0)]))
    B.append(("h1", "Inleiding"))
    B.append(("p", "Samenwerkingsverband VO Lauwersdelta verbindt acht schoolbesturen met negentien vestigingen voor "
                   "voortgezet onderwijs, praktijkonderwijs en voortgezet speciaal onderwijs in de gemeenten "
                   "Lauwerzijl, Dokkumerwâld en Anjumerdiep. Dit ondersteuningsplan beschrijft onze koers voor de "
                   "schooljaren 2026–2027 tot en met 2029–2030. Het plan is op 4 maart 2026 vastgesteld door het "
                   "bestuur, na instemming van de ondersteuningsplanraad (25 februari 2026) en OOGO met de drie "
                   "gemeenten (29 januari 2026)."))
    B.append(("p", "Deze webversie bevat de hoofdtekst. Bijlagen zijn als pdf te downloaden via de pagina "
                   "'Documenten'."))
    B.append(("h1", "Onze scholen"))
    B.append(("p", "Alle scholen in het samenwerkingsverband hebben van de inspectie het oordeel voldoende "
                   "(basiskwaliteit op orde). Drie scholen namen in 2025 deel aan het landelijke programma "
                   "basisvaardigheden."))
    B.append(("table", ["Vestiging", "Plaats", "Onderwijstype"],
              [["Lauwers College", "Lauwerzijl", "vmbo, havo, vwo"], ["Dollardlyceum", "Lauwerzijl", "havo, vwo"],
               ["Vakcollege Wadkant", "Dokkumerwâld", "vmbo bb/kb/gl"], ["Praktijkschool De Zeedijk", "Anjumerdiep", "pro"],
               ["Vso De Zeester", "Lauwerzijl", "vso cluster 4"], ["Vso Het Getij", "Dokkumerwâld", "vso cluster 3"],
               ["Kwelder Mavo", "Anjumerdiep", "vmbo-tl"], ["Sint Radboud College", "Dokkumerwâld", "vmbo, havo, vwo"]],
              "Selectie van vestigingen; het volledige overzicht staat in bijlage 1."))
    B.append(("h1", "Aanmelding en toelating"))
    B.append(("p", "Ouders melden hun kind aan bij een school voor voortgezet onderwijs, uiterlijk tien weken voor "
                   "het begin van het schooljaar. Vanaf de aanmelding heeft het schoolbestuur zorgplicht. Over de "
                   "toelating beslist de school binnen zes weken; deze termijn kan eenmaal met vier weken worden "
                   "verlengd. Het plaatsingsbeleid voor de brugklas is per school vastgelegd in de schoolgids."))
    B.append(("h1", "Toelaatbaarheid"))
    B.append(("p", "De procedure en de criteria voor toelaatbaarheid tot het vso en het praktijkonderwijs en voor "
                   "de aanwijzing lwoo staan in bijlage 4 bij dit plan."))
    B.append(("h1", "Het ondersteuningscontinuüm"))
    B.append(("p", "Lauwersdelta werkt met een ondersteuningscontinuüm in drie lagen, zodat iedere leerling zo "
                   "dicht mogelijk bij de eigen klas de ondersteuning krijgt die nodig is."))
    B.append(("h2", "Laag 1 – Extra ondersteuning in de school"))
    B.append(("p", "Heeft een leerling meer nodig dan de school regulier biedt, dan kan de school een arrangement "
                   "inzetten, zoals een trajectklas, begeleiding door een gedragsspecialist of een aangepast "
                   "rooster. De Commissie "
                   "Toewijzing van het samenwerkingsverband kent individuele arrangementen toe op aanvraag van de "
                   "school."))
    B.append(("h2", "Laag 2 – Bovenschoolse voorzieningen"))
    B.append(("table", ["Voorziening", "Voor wie", "Plaatsen"],
              [["Expertteam Lauwersdelta", "consultatie en begeleiding op alle scholen", "—"],
               ["OPDC De Kering", "leerlingen vmbo/havo die tijdelijk een kleine setting nodig hebben", "36"],
               ["Rebound Het Wad", "time-out bij ernstig gedrag, maximaal 12 weken", "12"],
               ["Taalschakelklas", "nieuwkomers na de ISK", "24"]], None))
    B.append(("h2", "Laag 3 – Voortgezet speciaal onderwijs"))
    B.append(("p", "Vso De Zeester (cluster 4) en vso Het Getij (cluster 3) bieden specialistisch onderwijs. Zij "
                   "verzorgen ook ambulante begeleiding op de reguliere scholen. Met de gemeenten is een "
                   "onderwijs-zorgarrangement ingericht op vso Het Getij."))
    B.append(("h1", "Thuiszitters en dekkend netwerk"))
    B.append(("p", "Het bestuur stelt elk jaar in november vast of het netwerk van voorzieningen dekkend is. Daarvoor "
                   "gebruiken we de wachtlijsten van OPDC en vso, de meldingen bij leerplicht en de signalen van de "
                   "scholen. Iedere thuiszitter wordt binnen twee weken besproken in het Thuiszittersoverleg met "
                   "leerplicht en het gebiedsteam; er wordt een casusregisseur aangewezen die binnen vier weken "
                   "een plan maakt. Knelpunt in 2025 was het ontbreken van een voorziening voor havo/vwo-leerlingen "
                   "met psychische klachten; in 2026 start daarvoor een pilot met een GGZ-instelling op het "
                   "Dollardlyceum."))
    B.append(("h1", "Uitstroom en vervolgonderwijs"))
    B.append(("p", "Het merendeel van de leerlingen stroomt na het diploma uit naar het mbo, hbo of wo. Voor "
                   "leerlingen uit het praktijkonderwijs en het vso met uitstroomprofiel arbeid bestaat een "
                   "doorlopende leerlijn naar werk, samen met het werkbedrijf. Bij de terugblik op 2022–2026 "
                   "bleek dat de uitstroom naar het mbo zonder diploma licht is gedaald."))
    B.append(("h1", "Financiën"))
    B.append(("h2", "Verdeelmodel"))
    B.append(("p", "Lauwersdelta verdeelt de ondersteuningsmiddelen volgens een schoolmodel. Na aftrek van de "
                   "afdracht voor het vso gaat een vast bedrag van € 210 per leerling (teldatum 1 oktober) naar de "
                   "schoolbesturen voor de ondersteuning in de school. Lwoo- en pro-middelen worden doorbetaald op "
                   "basis van het aantal leerlingen met een aanwijzing of TLV-pro. De bovenschoolse voorzieningen "
                   "worden gefinancierd met een vast budget per plaats; individuele arrangementen uit een centraal "
                   "arrangementenbudget. Het bestuur stelt het model jaarlijks in december vast."))
    B.append(("h2", "Meerjarenbegroting"))
    B.append(("table", ["Bedragen in euro's", "2026", "2027", "2028", "2029"],
              [["Rijksbijdrage ondersteuning", "11.480.000", "11.320.000", "11.150.000", "11.010.000"],
               ["Afdracht vso", "-4.960.000", "-4.910.000", "-4.870.000", "-4.840.000"],
               ["Doorbetaling lwoo/pro", "-3.020.000", "-2.990.000", "-2.950.000", "-2.920.000"],
               ["Schoolbudgetten", "-1.590.000", "-1.560.000", "-1.530.000", "-1.510.000"],
               ["Bovenschoolse voorzieningen", "-1.210.000", "-1.230.000", "-1.250.000", "-1.250.000"],
               ["Arrangementenbudget", "-520.000", "-500.000", "-480.000", "-460.000"],
               ["Bureau", "-410.000", "-410.000", "-420.000", "-420.000"],
               ["Resultaat", "-230.000", "-280.000", "-350.000", "-390.000"]], "Meerjarenbegroting 2026–2029"))
    B.append(("p", "De negatieve resultaten worden gedekt uit de algemene reserve (€ 3,4 miljoen per 31-12-2025). "
                   "Het weerstandsvermogen blijft boven de ondergrens van 5 procent van de baten."))
    B.append(("h1", "Ambities 2026–2030"))
    B.append(("p", "Voor leerlingen die extra ondersteuning nodig hebben, willen wij in 2030 het volgende bereiken:"))
    B.append(("table", ["Ambitie", "Streefwaarde 2030"],
              [["Leerlingen met een arrangement die het schooljaar in het regulier afronden", "≥ 85%"],
               ["Thuiszitters langer dan 3 maanden", "0"],
               ["Deelnamepercentage vso", "≤ 3,0%"],
               ["Aanvragen arrangement afgehandeld binnen 4 weken", "≥ 90%"],
               ["Tevredenheid leerlingen over hun ondersteuning", "≥ 7,0"]], None))
    B.append(("h1", "Ouders: onafhankelijke hulp"))
    B.append(("p", "Loopt het gesprek met school vast, of bent u het niet eens met een beslissing over de "
                   "ondersteuning van uw kind? Dan kunt u gratis onafhankelijke hulp krijgen van de "
                   "Onderwijsconsulenten en van het Ouder- en Jeugdsteunpunt Noordkust, dat los van het "
                   "samenwerkingsverband werkt. Voor klachten kunt u terecht bij de externe vertrouwenspersoon van "
                   "het samenwerkingsverband; geschillen over toelating, verwijdering of het OPP kunt u voorleggen "
                   "aan de Geschillencommissie passend onderwijs."))
    B.append(("h1", "Afkortingen"))
    B.append(("table", ["Afkorting", "Betekenis"],
              [["lwoo", "leerwegondersteunend onderwijs"], ["OJSP", "ouder- en jeugdsteunpunt"], ["OPDC", "orthopedagogisch-didactisch centrum"],
               ["pro", "praktijkonderwijs"], ["SOP", "schoolondersteuningsprofiel"], ["TLV", "toelaatbaarheidsverklaring"],
               ["vso", "voortgezet speciaal onderwijs"]], None))
    B.append(("h1", "Begrippenlijst"))
    for t, d in [("Basisondersteuning", "de afgesproken ondersteuning die iedere school in het samenwerkingsverband biedt, zoals mentoraat, dyslexiefaciliteiten en een ondersteuningscoördinator."),
                 ("Terugplaatsing", "het teruggaan van een leerling van het vso naar het regulier onderwijs, met een terugplaatsingsarrangement."),
                 ("Toelaatbaarheidsverklaring", "besluit van het samenwerkingsverband dat een leerling toelaatbaar is tot het vso of pro; de Commissie Toewijzing beslist na advies van twee deskundigen."),
                 ("Zorgplicht", "plicht van het schoolbestuur om een passende plek te bieden.")]:
        B.append(("p", f"<b>{t}</b> – {d}"))

    slug = "vo-lauwersdelta"
    lab = mk_label(slug, [slug + ".html"], "vo",
        ["financien.verdeling", "financien.besteding", "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes",
         "resultaten.doelen", "ouders.steunpunt"],
        {"basisondersteuning": [], "plaatsing": [], "terugstroom": [], "financien": ["reserves"],
         "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"], "ouders": []},
        {"basisondersteuning": "Not addressed in body text: only the nav menu, glossary definition and near-misses (basiskwaliteit, basisvaardigheden). Laag 1 of the continuum is extra ondersteuning, not a basis level.",
         "plaatsing": "Section 'Toelaatbaarheid' only refers to bijlage 4, which is not part of the input. 'Aanmelding en toelating' is the receiving school's admission (near-miss). TLV only in abbreviation list and glossary.",
         "terugstroom": "Nothing on return from vso. Near-misses: 'Uitstroom en vervolgonderwijs' (mbo), 'terugblik'; OPDC return target is a result ambition; terugplaatsing only in the glossary.",
         "financien": "'Verdeelmodel' (bedrag per leerling, doorbetaling, budget per plaats) and meerjarenbegroting table with amounts; reserves.",
         "dekkend-aanbod": "'Het ondersteuningscontinuüm' (3 lagen, bovenschoolse voorzieningen table, vso, OZA) and 'Thuiszitters en dekkend netwerk' (yearly check, thuiszittersoverleg, knelpunt + pilot).",
         "resultaten": "'Ambities 2026-2030' table with streefwaarden -> doelen true (meetbaar; no OPDC/vso return target); nothing on how results are measured, monitored or reported -> monitoring false.",
         "ouders": "'Ouders: onafhankelijke hulp' names Onderwijsconsulenten, OJSP, vertrouwenspersoon, Geschillencommissie -> steunpunt true; nothing on how parents are informed about the support facilities (no website/brochure/schoolgids channel for that) -> informatie false."},
        ["HTML navigation menu links to Basisondersteuning, Toelaatbaarheid, Terugplaatsing, Ouders pages",
         "reference to absent bijlage 4 for the whole TLV/lwoo/pro procedure",
         "glossary with basisondersteuning, terugplaatsing, TLV definitions; abbreviations list",
         "near-misses: aanmelding, toelating, plaatsingsbeleid brugklas, uitstroom naar mbo, terugblik, basiskwaliteit, basisvaardigheden"])
    return slug, B, lab


def render_html(blocks, title, org):
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           f"<title>{esc(title)} | {esc(org)}</title>",
           "<style>body{font-family:Verdana,sans-serif;max-width:60em;margin:auto}nav a{margin-right:1em}"
           "table{border-collapse:collapse}td,th{border:1px solid #999;padding:2px 6px}</style>",
           "</head>", "<body>", '<header><div class="logo">' + esc(org) + "</div>",
           '<nav><a href="/">Home</a><a href="/basisondersteuning">Basisondersteuning</a>'
           '<a href="/toelaatbaarheid">Toelaatbaarheid</a><a href="/terugplaatsing">Terugplaatsing</a>'
           '<a href="/ouders">Ouders</a><a href="/documenten">Documenten</a><a href="/contact">Contact</a></nav>',
           "</header>", "<main>"]
    for b in blocks:
        k = b[0]
        if k == "title":
            out.append(f"<h1>{esc(b[1])}</h1>")
            out += [f'<p class="sub">{esc(s)}</p>' for s in b[2]]
        elif k == "h1":
            out.append(f'<h2 id="{b[1].lower().replace(" ", "-")}">{esc(b[1])}</h2>')
        elif k in ("h2", "h3"):
            out.append(f"<h3>{esc(b[1])}</h3>")
        elif k == "p":
            t = esc(b[1]).replace("&lt;b&gt;", "<strong>").replace("&lt;/b&gt;", "</strong>")
            out.append(f"<p>{t}</p>")
        elif k in ("bullets", "numbered"):
            tag = "ul" if k == "bullets" else "ol"
            out.append(f"<{tag}>" + "".join(f"<li>{esc(x)}</li>" for x in b[1]) + f"</{tag}>")
        elif k == "table":
            out.append("<table>")
            if b[3]:
                out.append(f"<caption>{esc(b[3])}</caption>")
            out.append("<tr>" + "".join(f"<th>{esc(str(h))}</th>" for h in b[1]) + "</tr>")
            out += ["<tr>" + "".join(f"<td>{esc(str(c))}</td>" for c in r) + "</tr>" for r in b[2]]
            out.append("</table>")
        elif k == "toc":
            out.append('<div class="toc"><p><strong>Op deze pagina</strong></p><ul>' +
                       "".join(f'<li><a href="#{t.lower().replace(" ", "-")}">{esc(t)}</a></li>' for _, t, _ in b[1]) +
                       "</ul></div>")
    out += ["</main>", "<footer><p>© 2026 " + esc(org) + " · Postbus 118, Lauwerzijl · "
            '<a href="/privacy">Privacyverklaring</a> · <a href="/ouders">Informatie voor ouders</a> · '
            '<a href="/klachten">Klachtenregeling</a></p></footer>', "</body>", "</html>"]
    return "\n".join(out) + "\n"


# ==========================================================================
# 7. po-vlietgaarde  (PO, ambtelijk, plain text with form feeds and running header)
# ==========================================================================
def doc_vlietgaarde():
    B = []
    page = [1]

    def newpage():
        page[0] += 1
        B.append(("pagebreak",))
        B.append(("p", f"SWV PO Vlietgaarde | Ondersteuningsplan 2026-2030 | basisondersteuning - toelaatbaarheid - "
                       f"middelen - resultaten | blad {page[0]}"))

    B.append(("title", "Ondersteuningsplan 2026-2030",
              ["Stichting Samenwerkingsverband Primair Onderwijs Vlietgaarde", "Registratiecode PO 31-30",
               "Vastgesteld bij besluit van het bestuur van 18 maart 2026"]))
    B.append(("toc", [(1, "Hoofdstuk I Algemene bepalingen", 2), (1, "Hoofdstuk II Basisondersteuning", 2),
                      (1, "Hoofdstuk III Toelaatbaarheid", 3), (1, "Hoofdstuk IV Middelen", 4),
                      (1, "Hoofdstuk V Resultaten en verantwoording", 4), (1, "Hoofdstuk VI Slotbepalingen", 5),
                      (1, "Bijlage Begrippen", 5)]))
    newpage()
    B.append(("h1", "Hoofdstuk I Algemene bepalingen"))
    B.append(("p", "1.1 Dit plan is vastgesteld ter uitvoering van artikel 18a, zevende lid, van de Wet op het "
                   "primair onderwijs en heeft betrekking op de schooljaren 2026-2027 tot en met 2029-2030."))
    B.append(("p", "1.2 Het samenwerkingsverband omvat 36 scholen voor basisonderwijs, 2 scholen voor speciaal "
                   "basisonderwijs en 1 school voor speciaal onderwijs, in stand gehouden door 8 bevoegde "
                   "gezagsorganen in de gemeenten Vlietmonde, Schiedijk en Rijswaard."))
    B.append(("p", "1.3 Het op overeenstemming gericht overleg met de colleges van burgemeester en wethouders heeft "
                   "plaatsgevonden op 3 februari 2026. De ondersteuningsplanraad heeft op 10 maart 2026 ingestemd."))
    B.append(("p", "1.4 Ten opzichte van het plan 2022-2026 is sprake van een teruglopend leerlingaantal "
                   "(-4,8 procent). Een terugblik op de vorige periode is opgenomen in het jaarverslag 2025. De "
                   "terugkoppeling van de scholen op het conceptplan is verwerkt."))
    B.append(("h1", "Hoofdstuk II Basisondersteuning"))
    B.append(("p", "2.1 Het niveau en de inhoud van de basisondersteuning worden vastgelegd in het Referentiekader "
                   "Basisondersteuning Vlietgaarde 2026, dat in het najaar van 2026 door het bestuur wordt "
                   "vastgesteld (volgt)."))
    B.append(("p", "2.2 Het bevoegd gezag legt jaarlijks vóór 1 november het actuele schoolondersteuningsprofiel "
                   "van iedere school aan de directeur van het samenwerkingsverband voor."))
    B.append(("p", "2.3 De directeur laat iedere school ten minste eenmaal per twee jaar visiteren door een "
                   "auditteam, bestaande uit een orthopedagoog van het samenwerkingsverband en een intern "
                   "begeleider van een andere school. Het auditteam brengt schriftelijk verslag uit."))
    B.append(("p", "2.4 Blijkt uit de visitatie dat een school de basisondersteuning niet volledig biedt, dan stelt "
                   "het bevoegd gezag binnen zes maanden een verbeterplan vast. De directeur bewaakt de uitvoering "
                   "en rapporteert daarover aan het bestuur."))
    newpage()
    B.append(("h1", "Hoofdstuk III Toelaatbaarheid"))
    B.append(("p", "3.1 Het samenwerkingsverband beslist op aanvraag van het bevoegd gezag van de school waar de "
                   "leerling is ingeschreven of aangemeld over de toelaatbaarheid tot het speciaal basisonderwijs "
                   "en het speciaal onderwijs. Het besluit wordt genomen door de Commissie Toelaatbaarheid "
                   "Vlietgaarde (CTV)."))
    B.append(("p", "3.2 De aanvraag bevat ten minste: het groeidocument, het ontwikkelingsperspectief, de evaluatie "
                   "van de ingezette ondersteuning over een periode van ten minste twaalf weken en het "
                   "onderwijskundig rapport."))
    B.append(("p", "3.3 De CTV winnt het advies in van twee deskundigen: een orthopedagoog of psycholoog en een "
                   "tweede deskundige als bedoeld in artikel 34.8 van het Besluit bekostiging WPO. De deskundigen "
                   "zijn niet betrokken geweest bij de aanvraag en adviseren ieder afzonderlijk."))
    B.append(("p", "3.4 De CTV beslist binnen zes weken na ontvangst van de volledige aanvraag. Het besluit vermeldt "
                   "het volgnummer, de ingangsdatum en de einddatum."))
    B.append(("p", "3.5 Een leerling is toelaatbaar tot het speciaal basisonderwijs indien: a. de school ten minste "
                   "twee cycli handelingsgericht heeft gewerkt en deze heeft geëvalueerd; b. de leerling op "
                   "meerdere ontwikkelingsgebieden een achterstand heeft die in het basisonderwijs niet kan worden "
                   "opgevangen; en c. de leerling is aangewezen op een kleinere groep met specialistische "
                   "begeleiding gedurende de gehele onderwijstijd."))
    B.append(("p", "3.6 Een leerling is toelaatbaar tot het speciaal onderwijs indien naast het bepaalde in 3.5 "
                   "sprake is van een verstandelijke beperking (IQ lager dan 70), een lichamelijke beperking, een "
                   "langdurige ziekte, een meervoudige beperking of ernstige gedrags- of psychiatrische "
                   "problematiek, en de onderwijsbehoefte de mogelijkheden van het speciaal basisonderwijs "
                   "overstijgt."))
    B.append(("p", "3.7 De toelaatbaarheidsverklaring voor het speciaal basisonderwijs geldt tot het einde van de "
                   "basisschoolperiode. De toelaatbaarheidsverklaring voor het speciaal onderwijs geldt voor "
                   "leerlingen jonger dan acht jaar voor twee schooljaren en voor leerlingen ouder dan acht jaar "
                   "tot het einde van de basisschoolperiode. De CTV stelt de bekostigingscategorie laag, midden of "
                   "hoog vast."))
    newpage()
    B.append(("h1", "Hoofdstuk IV Middelen"))
    B.append(("p", "4.1 De middelen voor ondersteuning worden na aftrek van de afdrachten aan DUO verdeeld als volgt: "
                   "a. aan ieder bevoegd gezag een bedrag van EUR 152,- per leerling naar de telling van "
                   "1 oktober van het voorafgaande jaar; b. aan ieder bevoegd gezag een vaste voet van EUR 7.500,- "
                   "per school; c. aan de scholen voor speciaal basisonderwijs de bekostiging op grond van de "
                   "groeiregeling, peildatum 1 februari; d. ten behoeve van de uitvoering van de wettelijke taken "
                   "van het samenwerkingsverband ten hoogste 8 procent van de baten."))
    B.append(("p", "4.2 Het bevoegd gezag verantwoordt de besteding van de onder 4.1 a en b bedoelde middelen "
                   "jaarlijks vóór 1 mei aan het bestuur."))
    B.append(("p", "4.3 De meerjarenbegroting maakt deel uit van de jaarbegroting en wordt jaarlijks afzonderlijk "
                   "vastgesteld. Zie de jaarbegroting 2026."))
    B.append(("p", "4.4 Voor deelname aan de netwerkbijeenkomsten en het scholingsaanbod van het "
                   "samenwerkingsverband wordt een kostendekkende bijdrage gevraagd. Een ouderbijdrage wordt niet "
                   "gevraagd; de ouderraden van de scholen vallen buiten dit plan."))
    B.append(("h1", "Hoofdstuk V Resultaten en verantwoording"))
    B.append(("p", "5.1 Het samenwerkingsverband stelt zich voor de planperiode de volgende resultaten ten doel:"))
    B.append(("table", ["Nr", "Beoogd resultaat", "Indicator", "Peil 2025", "Norm 2030"],
              [["R1", "Daling verwijzing speciaal onderwijs", "deelnamepercentage so per 1 oktober", "2,14%", "<= 1,90%"],
               ["R2", "Stabiele verwijzing sbo", "deelnamepercentage sbo per 1 oktober", "2,31%", "<= 2,40%"],
               ["R3", "Tijdige besluitvorming", "besluiten CTV binnen zes weken", "79%", ">= 95%"],
               ["R4", "Leerlingen met OPP behalen doelen", "OPP-doelen behaald bij jaarevaluatie", "n.b.", ">= 75%"]],
              "Tabel 5.1 Beoogde resultaten"))
    B.append(("p", "5.2 De directeur rapporteert ieder kwartaal over de indicatoren aan het bestuur. De bereikte "
                   "resultaten worden jaarlijks verantwoord in het jaarverslag, dat vóór 1 juli wordt vastgesteld. "
                   "Indicator R4 wordt gemeten met een jaarlijkse steekproef van 60 ontwikkelingsperspectieven. "
                   "In het voorjaar van 2028 vindt een tussentijdse evaluatie plaats; de uitkomst kan leiden tot "
                   "bijstelling van dit plan."))
    newpage()
    B.append(("h1", "Hoofdstuk VI Slotbepalingen"))
    B.append(("p", "6.1 Wijzigingen van dit plan behoeven de instemming van de ondersteuningsplanraad."))
    B.append(("p", "6.2 Dit plan treedt in werking op 1 augustus 2026 en wordt aangehaald als: Ondersteuningsplan "
                   "Vlietgaarde 2026-2030."))
    B.append(("p", "6.3 Het plan wordt vóór 1 mei 2026 aan de inspectie van het onderwijs toegezonden."))
    B.append(("h1", "Bijlage Begrippen"))
    for t, d in [("dekkend netwerk", "het geheel van voorzieningen in en tussen scholen, inclusief aanpak thuiszitters;"),
                 ("ouder- en jeugdsteunpunt", "onafhankelijk steunpunt voor ouders en jeugdigen;"),
                 ("terugplaatsing", "overgang van sbo of so naar het basisonderwijs na afloop van de toelaatbaarheidsverklaring;"),
                 ("vertrouwenspersoon", "onafhankelijk aanspreekpunt bij klachten.")]:
        B.append(("p", f"- {t}: {d}"))

    slug = "po-vlietgaarde"
    lab = mk_label(slug, [slug + ".txt"], "po",
        ["plaatsing.procedure", "plaatsing.criteria", "financien.verdeling", "resultaten.doelen",
         "resultaten.monitoring"],
        {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie"], "terugstroom": [],
         "financien": ["verantwoording"], "dekkend-aanbod": [], "resultaten": ["meetbaar"], "ouders": []},
        {"basisondersteuning": "Ch. II: level and content defer to a Referentiekader that 'volgt' (2.1) -> niveau and inhoud false; 2.2-2.4 describe only borging (SOP submission, visitatie, verbeterplan) -> advisory only, partial.",
         "plaatsing": "Ch. III: procedure (3.1-3.4: bevoegd gezag, CTV, dossier, two deskundigen, six weeks), sbo and so criteria (3.5-3.6), duration and categorie (3.7). No parents' role and no bezwaar.",
         "terugstroom": "Nothing on return from sbo/so. Near-misses only: 'teruglopend', 'terugblik', 'terugkoppeling' (1.4); TLV end dates in 3.7 are plaatsing duration; terugplaatsing only in glossary.",
         "financien": "4.1 verdeling with EUR per leerling, vaste voet, groeiregeling; 4.2 verantwoording; besteding/meerjarenbegroting only by reference to the separate jaarbegroting (4.3) -> besteding false.",
         "dekkend-aanbod": "Not addressed: no continuum, no gaps/thuiszitters/zorgplicht. Near-misses: netwerkbijeenkomsten, scholingsaanbod, kostendekkend (4.4); OOGO only as a procedural date (1.3); 'dekkend netwerk' only in glossary.",
         "resultaten": "Ch. V: table of beoogde resultaten with peil and norm; quarterly reporting, jaarverslag, measurement method, tussenevaluatie.",
         "ouders": "Not addressed: no information to parents, no independent support. Only near-misses (ouderbijdrage, ouderraden, 'ouder dan acht jaar'), OPR consent as procedural line, glossary entries OJSP/vertrouwenspersoon."},
        ["plain text with form feeds and a running header on every page listing 'basisondersteuning - toelaatbaarheid - middelen - resultaten'",
         "TOC with page numbers", "deferring sentence for basisondersteuning ('volgt')",
         "glossary with dekkend netwerk, OJSP, terugplaatsing, vertrouwenspersoon",
         "near-misses: teruglopend, terugblik, terugkoppeling, kostendekkend, ouderbijdrage, ouderraden, 'ouder dan'"])
    return slug, B, lab


# ==========================================================================
# 8. zorg-ondersteuningsplan-wilgenhof  (NOT an SWV plan: gehandicaptenzorg client plan, pdf)
# ==========================================================================
def doc_wilgenhof():
    B = []
    B.append(("title", "Ondersteuningsplan", ["Stichting Wilgenhof Zorg – wonen, werken en dagbesteding voor mensen met een verstandelijke beperking",
                                              "Locatie De Brinkhoeve, Oosterwolde-Veen", "Periode: 1 februari 2026 – 31 januari 2027"]))
    B.append(("h1", "1 Gegevens cliënt"))
    B.append(("table", ["", ""],
              [["Naam cliënt", "Sanne Hoekstra (roepnaam Sanne)"], ["Geboortedatum", "14-06-2004"],
               ["Woongroep", "De Brinkhoeve, groep Zonnebloem"], ["Zorgprofiel", "Wlz, VG05 (wonen met intensieve begeleiding en verzorging)"],
               ["Persoonlijk begeleider", "Marieke Dijkstra"], ["Gedragsdeskundige", "drs. J. Bakker, orthopedagoog"],
               ["Wettelijk vertegenwoordiger", "mevrouw T. Hoekstra (moeder, mentor)"], ["Bewindvoerder", "Bewindvoering Noord BV"],
               ["Zorgovereenkomst", "getekend 12-01-2024, kenmerk ZO-2024-0183"]], None))
    B.append(("h1", "2 Wie is Sanne?"))
    B.append(("p", "Sanne is een vrolijke jonge vrouw van 21 jaar die houdt van muziek, paarden en uitstapjes met "
                   "haar moeder. Zij heeft een matige verstandelijke beperking en epilepsie. Tot haar achttiende "
                   "ging Sanne naar een zml-school; sinds 2023 woont zij op De Brinkhoeve. Sanne communiceert met "
                   "korte zinnen en ondersteunende gebaren. Zij heeft behoefte aan vaste structuur en een "
                   "voorspelbare dag."))
    B.append(("h1", "3 Afspraken uit de zorgovereenkomst"))
    B.append(("p", "In de zorgovereenkomst is vastgelegd welke zorg en ondersteuning Wilgenhof Zorg levert: 24-uurs "
                   "toezicht, begeleiding bij persoonlijke verzorging, vier dagdelen dagbesteding per week en "
                   "behandeling door de gedragsdeskundige en de AVG-arts. Dit ondersteuningsplan werkt die "
                   "afspraken uit in doelen en acties. Het plan wordt ten minste eenmaal per jaar met de cliënt en "
                   "haar vertegenwoordiger besproken in het multidisciplinair overleg (MDO)."))
    B.append(("h1", "4 Domeinen, doelen en acties"))
    B.append(("table", ["Domein", "Doel (wat wil Sanne?)", "Acties en afspraken", "Wie"],
              [["Wonen", "zelf haar kamer opruimen met een picto-schema", "dagelijks schema op deur; begeleider checkt 's avonds", "persoonlijk begeleider"],
               ["Gezondheid", "minder epileptische aanvallen; goede medicatie-inname", "medicatie via baxter; aanvallenregistratie; halfjaarlijks consult AVG-arts", "begeleiding, AVG-arts"],
               ["Dagbesteding", "meer werken bij de paarden op de zorgboerderij", "uitbreiding van 2 naar 3 dagdelen op de zorgboerderij", "dagbesteding"],
               ["Sociale relaties", "vaker contact met haar zus", "tweewekelijks videobellen; zus welkom op verjaardag", "persoonlijk begeleider"],
               ["Financiën", "zelf zakgeld besteden in de winkel", "weekgeld € 25 via bewindvoerder; oefenen met betalen", "bewindvoerder, begeleider"],
               ["Communicatie", "zich beter verstaanbaar maken", "logopedie 10 sessies; gebarenlijst bijwerken", "logopedist"]], None))
    B.append(("h1", "5 Risico's en afspraken"))
    B.append(("p", "Epilepsie: bij een aanval langer dan vijf minuten wordt noodmedicatie gegeven volgens het "
                   "epilepsieprotocol en wordt de huisarts of 112 gebeld. Vrijheidsbeperkende maatregelen: geen. "
                   "Sanne gebruikt 's nachts een epilepsiealarm; hiermee hebben Sanne en haar vertegenwoordiger "
                   "ingestemd (Wet zorg en dwang: geen onvrijwillige zorg)."))
    B.append(("h1", "6 Evaluatie"))
    B.append(("p", "De persoonlijk begeleider evalueert de doelen iedere drie maanden met Sanne. Het plan wordt "
                   "jaarlijks geëvalueerd in het MDO met Sanne, haar moeder, de persoonlijk begeleider, de "
                   "gedragsdeskundige en de AVG-arts. De ouders van Sanne worden uitgenodigd voor het "
                   "evaluatiegesprek. Bij een klacht kan de cliënt of vertegenwoordiger terecht bij de "
                   "cliëntvertrouwenspersoon of de klachtencommissie van Wilgenhof Zorg."))
    B.append(("h1", "7 Ondertekening"))
    B.append(("p", "Voor akkoord, Oosterwolde-Veen, 2 februari 2026"))
    B.append(("table", ["Cliënt / vertegenwoordiger", "Persoonlijk begeleider", "Teamleider"],
              [["T. Hoekstra", "M. Dijkstra", "R. van der Veen"]], None))
    slug = "zorg-ondersteuningsplan-wilgenhof"
    lab = {"slug": slug, "documents": [slug + ".pdf"], "sector": None, "looks_like_plan": False,
           "elements": {}, "criteria": {},
           "notes": {"document": "Individual client 'ondersteuningsplan' from gehandicaptenzorg (Wlz, zorgovereenkomst, cliënt, persoonlijk begeleider, MDO). Not an ondersteuningsplan of a samenwerkingsverband passend onderwijs; contains words like doelen, evaluatie, financiën, ouders, zml-school, orthopedagoog."}}
    return slug, B, lab


# ==========================================================================
# main
# ==========================================================================
def main():
    os.makedirs(OUT, exist_ok=True)
    labels = []
    tmp = tempfile.mkdtemp(prefix="holdout3_")
    try:
        # 1 long PO plan, Word heading styles, docx + pdf
        slug, B, lab = doc_kromme_waarden()
        d = os.path.join(OUT, slug + ".docx")
        render_docx_pdf_with_toc(B, d, OUT, heading_mode="styles",
                                 header="Ondersteuningsplan 2026–2030 · SWV De Kromme Waarden",
                                 footer="PO 31-04", break_before_h1=True)
        labels.append(lab)
        # 2 long VO plan, manual bold headings, docx + pdf
        slug, B, lab = doc_zuiderzand_peel()
        d = os.path.join(OUT, slug + ".docx")
        render_docx_pdf_with_toc(B, d, OUT, heading_mode="bold",
                                 header="SWV VO Zuiderzand-Peel — Ondersteuningsplan 2026–2030",
                                 footer="", break_before_h1=True, font="Arial", size=11)
        labels.append(lab)
        # 3 medium PO plan, plain numbered headings, docx + pdf
        slug, B, lab = doc_plassenland()
        d = os.path.join(OUT, slug + ".docx")
        render_docx_pdf_with_toc(B, d, OUT, heading_mode="plain",
                                 header="SWV PO Plassenland-Zuid – Ondersteuningsplan 2026–2030",
                                 footer="Samen resultaat voor ieder kind", font="Cambria", size=11)
        labels.append(lab)
        # 4 VO plan, docx only
        slug, B, lab = doc_eemvallei()
        render_docx(B, os.path.join(OUT, slug + ".docx"), heading_mode="styles",
                    header="Ondersteuningsplan SWV VO Eemvallei-Noord 2026–2030",
                    footer="Een dekkend aanbod voor elke leerling in de Eemvallei")
        labels.append(lab)
        # 5 PO plan, Markdown
        slug, B, lab = doc_kind_op_de_kaart()
        with open(os.path.join(OUT, slug + ".md"), "w", encoding="utf-8") as fh:
            fh.write(render_md(B))
        labels.append(lab)
        # 6 VO plan, HTML
        slug, B, lab = doc_lauwersdelta()
        with open(os.path.join(OUT, slug + ".html"), "w", encoding="utf-8") as fh:
            fh.write(render_html(B, "Ondersteuningsplan 2026–2030", "Samenwerkingsverband VO Lauwersdelta"))
        labels.append(lab)
        # 7 PO plan, plain text
        slug, B, lab = doc_vlietgaarde()
        with open(os.path.join(OUT, slug + ".txt"), "w", encoding="utf-8") as fh:
            fh.write(render_txt(B))
        labels.append(lab)
        # 8 not-a-plan, pdf only (docx is an intermediate in a temp dir)
        slug, B, lab = doc_wilgenhof()
        d = os.path.join(tmp, slug + ".docx")
        render_docx(B, d, heading_mode="styles", header="Wilgenhof Zorg – vertrouwelijk",
                    footer="Ondersteuningsplan S. Hoekstra")
        pdf = to_pdf(d, tmp)
        shutil.copy(pdf, os.path.join(OUT, slug + ".pdf"))
        labels.append(lab)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    for lab in labels:
        check_labels(lab)
        write_yaml(lab)

    # summary
    counts = {"present": 0, "partial": 0, "missing": 0}
    print(f"{'document group':38} {'sect':4} " + " ".join(f"{e[:6]:>7}" for e in ELEMENTS))
    for lab in labels:
        if lab["looks_like_plan"]:
            for e in ELEMENTS:
                counts[lab["elements"][e]] += 1
            print(f"{lab['slug']:38} {lab['sector']:4} " + " ".join(f"{lab['elements'][e][:7]:>7}" for e in ELEMENTS))
        else:
            print(f"{lab['slug']:38} {'-':4} not a plan")
    tot = sum(counts.values())
    print({k: f"{v} ({100 * v / tot:.0f}%)" for k, v in counts.items()})
    for e in ELEMENTS:
        seen = {l["elements"][e] for l in labels if l["looks_like_plan"]}
        assert seen == {"present", "partial", "missing"}, (e, seen)
    for f in sorted(os.listdir(OUT)):
        p = os.path.join(OUT, f)
        if f.endswith(".pdf"):
            print(f"{f:45} {os.path.getsize(p):>8} bytes  {pdf_pages(p)} pages")
        elif os.path.isfile(p):
            print(f"{f:45} {os.path.getsize(p):>8} bytes")


if __name__ == "__main__":
    main()
