"""Benchmark: how fast opcheck reads plan-sized PDFs and Word files, next to pdftotext, in one run.

    python benchmarks/bench_read.py [--repeat 5] [--regenerate]

Generates (once, cached in benchmarks/data/, which git ignores) plan-like documents with Dutch text,
chapters and paragraphs, bullet lists, tables and running headers/footers:

    plan-100.docx  ->  plan-100.pdf      (100 pages, via LibreOffice)
    plan-300.docx  ->  plan-300.pdf      (300 pages)

and reports the median wall time of:

    * opcheck in-process: opcheck.readers.read_paths([file])
    * pdftotext end to end (poppler; subprocess, text to /dev/null), if installed
    * `python -m opcheck outline FILE` end to end, if that command exists

plus the peak RSS of a fresh process that reads the 300-page PDF. Targets: 100-page PDF <= 0.3 s
in-process and <= 2x pdftotext end to end; 100-page docx <= 0.3 s; 300-page PDF < 150 MB peak RSS.
"""
from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
DATA = HERE / "data"
sys.path.insert(0, str(REPO))

TARGET_PDF_100_S = 0.3
TARGET_DOCX_100_S = 0.3
TARGET_CHECK_100_S = 0.1
TARGET_PDFTOTEXT_FACTOR = 2.0
TARGET_RSS_MB = 150

CHAPTERS = [
    "Inleiding", "Missie en visie", "Basisondersteuning", "Extra ondersteuning en arrangementen",
    "Toelaatbaarheid tot het speciaal onderwijs", "Terugplaatsing en overplaatsing", "Dekkend netwerk",
    "Ouders en leerlingen", "Samenwerking met gemeenten", "Kwaliteitszorg en resultaten",
    "Organisatie en medezeggenschap", "Financien en meerjarenbegroting",
]
SUBJECTS = ["Het samenwerkingsverband", "Iedere school", "De commissie van deskundigen", "Het schoolbestuur",
            "De ondersteuningsplanraad", "De gemeente", "Het expertiseteam", "De intern begeleider",
            "Het bestuur van het samenwerkingsverband", "De directeur-bestuurder"]
VERBS = ["organiseert", "bespreekt", "evalueert", "beschrijft", "verdeelt", "bewaakt", "regelt",
         "legt vast", "bekostigt", "coordineert"]
OBJECTS = ["de basisondersteuning op alle scholen", "de toelaatbaarheidsverklaringen voor het speciaal onderwijs",
           "de terugplaatsing naar het regulier onderwijs", "de ondersteuningsmiddelen per leerling",
           "het overleg met ouders over het ontwikkelingsperspectief", "de afspraken met de jeugdhulp",
           "de resultaten van de arrangementen", "het thuiszittersprotocol", "de meerjarenbegroting",
           "de deskundigheidsbevordering van leerkrachten", "het schoolondersteuningsprofiel"]
TAILS = ["in overleg met de besturen", "twee keer per jaar", "volgens de procedure in de bijlage",
         "binnen zes weken na de aanvraag", "op basis van de kengetallen van DUO", "samen met de ouders",
         "in het jaarverslag", "zoals afgesproken in het op overeenstemming gericht overleg"]


def sentence(rng: random.Random) -> str:
    return f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)} {rng.choice(TAILS)}."


def paragraph(rng: random.Random, n: int) -> str:
    return " ".join(sentence(rng) for _ in range(n))


def make_docx(path: Path, pages: int, seed: int = 1) -> None:
    """A plan-like .docx with exactly one page per unit (page breaks), headers and footers."""
    from docx import Document
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    rng = random.Random(seed)
    doc = Document()
    doc.core_properties.title = f"Ondersteuningsplan Samenwerkingsverband Benchmark ({pages} pagina's)"
    section = doc.sections[0]
    section.header.paragraphs[0].text = "Ondersteuningsplan 2024-2028 | Samenwerkingsverband Passend Onderwijs PO 99-01"
    footer = section.footer.paragraphs[0]
    footer.text = "Pagina "
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), "PAGE")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    fld.append(run)
    footer._p.append(fld)

    per_chapter = max(pages // len(CHAPTERS), 1)
    chapter = 0
    for page in range(pages):
        if page % per_chapter == 0:
            chapter += 1
            doc.add_heading(f"{chapter} {CHAPTERS[(chapter - 1) % len(CHAPTERS)]}", level=1)
        sub = page % per_chapter + 1
        doc.add_heading(f"{chapter}.{sub} {rng.choice(OBJECTS).capitalize()}", level=2)
        doc.add_paragraph(paragraph(rng, 5))
        if page % 4 == 1:
            rows = [("Schoolsoort", "Leerlingen", "Deelname", "Budget")]
            rows += [(kind, str(rng.randint(100, 9000)), f"{rng.uniform(0.5, 5):.1f}%", f"EUR {rng.randint(10, 900)}.000")
                     for kind in ("Basisonderwijs", "Sbo", "So cluster 3", "So cluster 4", "Vso")]
            table = doc.add_table(rows=len(rows), cols=4)
            table.style = "Table Grid"
            for r, row in enumerate(rows):
                for c, value in enumerate(row):
                    table.cell(r, c).text = value
        else:
            for _ in range(3):
                doc.add_paragraph(f"{rng.choice(OBJECTS)} {rng.choice(TAILS)};", style="List Bullet")
        doc.add_paragraph(paragraph(rng, 4))
        if page < pages - 1:
            doc.add_page_break()
    doc.save(path)


def convert_to_pdf(docx: Path, target: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["libreoffice", "--headless", "--convert-to", "pdf", "--outdir", tmp, str(docx)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)
        shutil.move(str(Path(tmp) / (docx.stem + ".pdf")), target)


def ensure_data(regenerate: bool) -> dict[str, Path]:
    DATA.mkdir(parents=True, exist_ok=True)
    files: dict[str, Path] = {}
    for pages in (100, 300):
        docx = DATA / f"plan-{pages}.docx"
        pdf = DATA / f"plan-{pages}.pdf"
        if regenerate or not docx.exists():
            print(f"generating {docx.name} ...", file=sys.stderr)
            make_docx(docx, pages)
            if pdf.exists():
                pdf.unlink()
        if not pdf.exists() and shutil.which("libreoffice"):
            print(f"converting {docx.name} to PDF with LibreOffice ...", file=sys.stderr)
            convert_to_pdf(docx, pdf)
        files[f"docx-{pages}"] = docx
        if pdf.exists():
            files[f"pdf-{pages}"] = pdf
    return files


def median_time(fn, repeat: int) -> tuple[float, float]:
    """Median wall time and median CPU time (this process plus finished children) of fn()."""
    import resource

    walls, cpus = [], []
    for _ in range(repeat):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu0 = time.process_time()
        start = time.perf_counter()
        fn()
        walls.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(time.process_time() - cpu0 + (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime))
    return statistics.median(walls), statistics.median(cpus)


def pdf_pages(path: Path) -> int:
    import pypdfium2
    pdf = pypdfium2.PdfDocument(str(path))
    try:
        return len(pdf)
    finally:
        pdf.close()


def outline_command_exists() -> bool:
    try:
        proc = subprocess.run([sys.executable, "-m", "opcheck", "outline", "--help"], cwd=REPO,
                              capture_output=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return proc.returncode == 0


def peak_rss_mb(path: Path) -> float | None:
    code = ("import resource, sys; from pathlib import Path; from opcheck.readers import read_paths; "
            "doc = read_paths([Path(sys.argv[1])]); "
            "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, len(doc.blocks))")
    proc = subprocess.run([sys.executable, "-c", code, str(path)], cwd=REPO, capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(REPO)})
    if proc.returncode != 0:
        print(proc.stderr, file=sys.stderr)
        return None
    return int(proc.stdout.split()[0]) / 1024  # Linux reports KiB


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--regenerate", action="store_true")
    args = parser.parse_args()

    files = ensure_data(args.regenerate)
    from opcheck.readers import read_paths

    has_docx_reader = (REPO / "opcheck" / "readers" / "docx.py").exists()
    has_pdftotext = shutil.which("pdftotext") is not None
    has_outline = outline_command_exists()
    env = {**os.environ, "PYTHONPATH": str(REPO)}

    rows = []
    results: dict[str, float] = {}
    for key in ("pdf-100", "pdf-300", "docx-100"):
        path = files.get(key)
        if path is None:
            rows.append((key, "-", "missing (LibreOffice needed)", "", "", ""))
            continue
        if key.startswith("docx") and not has_docx_reader:
            rows.append((key, "-", "skipped: opcheck/readers/docx.py not there yet", "", "", ""))
            continue
        pages = pdf_pages(path) if key.startswith("pdf") else int(key.split("-")[1])
        read_paths([path])  # warm up imports and caches
        t_read, c_read = median_time(lambda: read_paths([path]), args.repeat)
        results[key] = t_read
        t_pdftotext = ""
        if key.startswith("pdf") and has_pdftotext:
            t, c = median_time(lambda: subprocess.run(["pdftotext", str(path), "/dev/null"], check=True), args.repeat)
            results[key + ":pdftotext"] = t
            t_pdftotext = f"{t:.3f} ({c:.3f})"
        t_outline = ""
        if has_outline:
            t, c = median_time(lambda: subprocess.run([sys.executable, "-m", "opcheck", "outline", str(path)], cwd=REPO,
                                                      env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL),
                               args.repeat)
            results[key + ":outline"] = t
            t_outline = f"{t:.3f} ({c:.3f})"
        from opcheck.engine import CheckOptions, check_document
        doc = read_paths([path])
        check_document(doc, CheckOptions())  # warm up: checklist loaded and compiled once per process
        from opcheck.checks import clear_text_caches

        def check_cold() -> None:
            clear_text_caches()   # no help from the previous repetition: every run checks from scratch
            check_document(doc, CheckOptions())

        t_check, c_check = median_time(check_cold, args.repeat)
        results[key + ":check"] = t_check
        rows.append((key, str(pages), f"{t_read:.3f} ({c_read:.3f})", f"{t_check:.3f} ({c_check:.3f})", t_pdftotext,
                     t_outline))

    rss = peak_rss_mb(files["pdf-300"]) if "pdf-300" in files else None

    print(f"median of {args.repeat} runs: wall seconds (CPU seconds; wall >> CPU means the machine was busy)")
    header = ("document", "pages", "opcheck read_paths", "check (after read)", "pdftotext e2e", "opcheck outline e2e")
    widths = [max(len(str(r[i])) for r in rows + [header]) for i in range(len(header))]
    for row in [header] + rows:
        print("  ".join(str(c).ljust(w) for c, w in zip(row, widths)))
    if not has_outline:
        print("(`python -m opcheck outline` not available: end-to-end opcheck column skipped)")
    print(f"peak RSS reading pdf-300 in a fresh process: {rss:.0f} MB" if rss else "peak RSS: not measured")

    print("\ntargets")
    checks = []
    if "pdf-100" in results:
        checks.append((f"pdf-100 in-process <= {TARGET_PDF_100_S} s", results["pdf-100"] <= TARGET_PDF_100_S,
                       f"{results['pdf-100']:.3f} s"))
        if "pdf-100:pdftotext" in results and "pdf-100:outline" in results:
            ratio = results["pdf-100:outline"] / results["pdf-100:pdftotext"]
            checks.append((f"pdf-100 end to end <= {TARGET_PDFTOTEXT_FACTOR}x pdftotext",
                           ratio <= TARGET_PDFTOTEXT_FACTOR, f"{ratio:.1f}x"))
        elif "pdf-100:pdftotext" in results:
            ratio = results["pdf-100"] / results["pdf-100:pdftotext"]
            checks.append((f"pdf-100 in-process read <= {TARGET_PDFTOTEXT_FACTOR}x pdftotext end to end "
                           "(outline command missing)", ratio <= TARGET_PDFTOTEXT_FACTOR, f"{ratio:.1f}x"))
    if "pdf-100:check" in results:
        checks.append((f"pdf-100 checking adds <= {TARGET_CHECK_100_S} s to reading", results["pdf-100:check"] <= TARGET_CHECK_100_S,
                       f"{results['pdf-100:check']:.3f} s"))
    if "docx-100" in results:
        checks.append((f"docx-100 in-process <= {TARGET_DOCX_100_S} s", results["docx-100"] <= TARGET_DOCX_100_S,
                       f"{results['docx-100']:.3f} s"))
    if rss is not None:
        checks.append((f"pdf-300 peak RSS < {TARGET_RSS_MB} MB", rss < TARGET_RSS_MB, f"{rss:.0f} MB"))
    for name, ok, value in checks:
        print(f"  [{'ok' if ok else 'MISS'}] {name}: {value}")
    return 0 if all(ok for _, ok, _ in checks) else 1


if __name__ == "__main__":
    sys.exit(main())
