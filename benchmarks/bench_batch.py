"""Benchmark: `opcheck batch` over 225 plan-like documents, cold (fresh cache) and warm (same cache).

    python benchmarks/bench_batch.py [--plans 225] [--jobs N] [--regenerate] [--docx 15]

Generates (once, cached in benchmarks/data/batch/, which git ignores) plan-like documents of 40-100
pages with Dutch text: chapters for every element of the checklist, numbered sections, bullet lists,
paragraphs. Most are plain text with form feeds as page breaks (.txt) or Markdown (.md); a few are
Word files (python-docx) so the docx reader is in the mix. Some plans deliberately leave out an
element so the overview has gaps.

Then runs, in one go and as end users would (`python -m opcheck batch ... -o overview.html -q`):

    cold: a fresh, empty cache folder
    warm: the same command again with the same cache

and prints the wall times next to the targets: cold < 60 s, warm < 5 s (on a 2-core machine).
"""
from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
DATA = HERE / "data" / "batch"

TARGET_COLD_S = 60.0
TARGET_WARM_S = 5.0
WORDS_PER_PAGE = 330

CHAPTERS = [
    ("Inleiding", None),
    ("Missie en visie", None),
    ("Basisondersteuning", "basisondersteuning"),
    ("Extra ondersteuning en arrangementen", "dekkend-aanbod"),
    ("Toelaatbaarheid tot het speciaal onderwijs", "plaatsing"),
    ("Terugplaatsing en overplaatsing", "terugstroom"),
    ("Ouders en leerlingen", "ouders"),
    ("Samenwerking met gemeenten", None),
    ("Kwaliteitszorg en resultaten", "resultaten"),
    ("Organisatie en medezeggenschap", None),
    ("Financien en meerjarenbegroting", "financien"),
]
KEY_SENTENCES = {
    "basisondersteuning": [
        "Onder basisondersteuning verstaan wij het niveau van ondersteuning dat alle scholen van het samenwerkingsverband bieden, op iedere vestiging.",
        "Iedere school heeft een intern begeleider en een ondersteuningsteam dat ten minste vier keer per jaar bijeenkomt.",
        "Iedere school werkt met een dyslexieprotocol en heeft een aanpak voor sociale veiligheid en een pestprotocol.",
        "Het samenwerkingsverband voert elk jaar een auditgesprek over de basisondersteuning aan de hand van de kwaliteitskaart.",
    ],
    "plaatsing": [
        "Voor plaatsing op het speciaal basisonderwijs is een toelaatbaarheidsverklaring nodig die het bevoegd gezag aanvraagt bij het Loket.",
        "Het Loket vraagt advies aan twee deskundigen, van wie een orthopedagoog of psycholoog, en beslist binnen zes weken.",
        "De criteria voor toelaatbaarheid staan in het Handboek Toewijzing; een TLV geldt voor ten hoogste twee schooljaren.",
    ],
    "terugstroom": [
        "Terugplaatsing naar een reguliere basisschool wordt waar mogelijk gestimuleerd; wij streven naar thuisnabij onderwijs.",
        "In het laatste jaar van de TLV bespreekt de commissie met ouders of terugplaatsing mogelijk is; de directeur beslist.",
        "Na de terugkeer krijgt de ontvangende school een terugplaatsingsarrangement met ambulante begeleiding.",
    ],
    "financien": [
        "Na aftrek van de afdrachten gaat 75% van de ondersteuningsmiddelen als bedrag per leerling naar de schoolbesturen.",
        "Het algemeen bestuur stelt de verdeling van de middelen jaarlijks vast in het licht van de meerjarenbegroting 2026-2030.",
        "De meerjarenbegroting met de bedragen per jaar staat in de bijlage; de besturen verantwoorden de besteding in hun jaarverslag.",
    ],
    "dekkend-aanbod": [
        "Het samenwerkingsverband zorgt voor een dekkend aanbod: basisondersteuning, arrangementen, het sbo en het so.",
        "Iedere thuiszitter wordt binnen twee weken besproken met leerplicht en het jeugdteam.",
    ],
    "resultaten": [
        "Onze beoogde resultaten voor 2030: het aantal thuiszitters daalt tot nul en 90% van de ouders is tevreden.",
        "Jaarlijks meten we de bereikte resultaten en rapporteren die in het jaarverslag aan de ondersteuningsplanraad.",
    ],
    "ouders": [
        "Ouders vinden informatie over de ondersteuning op de website en in de schoolgids van hun school.",
        "Ouders kunnen terecht bij het onafhankelijke Ouder- en Jeugdsteunpunt en bij de onderwijsconsulenten.",
        "Ouders zijn betrokken bij het ontwikkelingsperspectief en zitten in de ondersteuningsplanraad.",
    ],
}
SUBJECTS = ["Het samenwerkingsverband", "Iedere school", "De commissie van deskundigen", "Het schoolbestuur",
            "De ondersteuningsplanraad", "De gemeente", "Het expertiseteam", "De intern begeleider",
            "Het bestuur van het samenwerkingsverband", "De directeur-bestuurder"]
VERBS = ["organiseert", "bespreekt", "evalueert", "beschrijft", "verdeelt", "bewaakt", "regelt",
         "legt vast", "bekostigt", "coordineert"]
OBJECTS = ["de deskundigheidsbevordering van leerkrachten", "het overleg met de besturen", "de afspraken met de jeugdhulp",
           "de scholing van intern begeleiders", "de kwaliteit van het onderwijs", "de samenwerking in de wijk",
           "de inzet van onderwijsassistenten", "de jaarplanning"]
TAILS = ["in overleg met de besturen", "twee keer per jaar", "volgens de afspraken in het jaarplan",
         "samen met de scholen", "op basis van de kengetallen", "in de regio", "binnen de planperiode"]


def _filler(rng: random.Random, words: int) -> list[str]:
    sentences, count = [], 0
    while count < words:
        s = f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)} {rng.choice(TAILS)}."
        sentences.append(s)
        count += len(s.split())
    return sentences


def plan_structure(i: int) -> tuple[str, list[tuple[str, list[list[str]]]], int]:
    """(title, chapters [(heading, pages [[paragraph...]...])], pages) for plan i, deterministic."""
    rng = random.Random(1000 + i)
    pages = rng.randint(40, 100)
    skip = rng.choice([None, None, None, "terugstroom", "ouders", "resultaten"])
    title = f"Ondersteuningsplan 2026-2030 Samenwerkingsverband Passend Onderwijs Regio {i:03d} PO"
    per_chapter = max(1, pages // len(CHAPTERS))
    chapters = []
    for n, (heading, element) in enumerate(CHAPTERS, 1):
        chapter_pages = []
        for p in range(per_chapter if n < len(CHAPTERS) else pages - per_chapter * (len(CHAPTERS) - 1)):
            paras = []
            if p == 0 and element and element != skip:
                paras.append(KEY_SENTENCES[element])
            sentences = _filler(rng, WORDS_PER_PAGE - sum(len(" ".join(x).split()) for x in paras))
            for k in range(0, len(sentences), 5):
                paras.append(sentences[k:k + 5])
            chapter_pages.append(paras)
        chapters.append((f"{n} {heading}", chapter_pages))
    return title, chapters, pages


def write_text(path: Path, i: int, markdown: bool) -> None:
    title, chapters, _ = plan_structure(i)
    out = [f"# {title}" if markdown else title.upper(), ""]
    out.append("Samenwerkingsverband passend onderwijs primair onderwijs. Dit ondersteuningsplan beschrijft de afspraken "
               "van de schoolbesturen voor de planperiode 2026-2030; de ondersteuningsplanraad heeft ingestemd.")
    out.append("")
    for heading, pages in chapters:
        out.append(f"## {heading}" if markdown else heading)
        out.append("")
        for p, paras in enumerate(pages):
            for k, sentences in enumerate(paras):
                if markdown and k == 1 and p == 0:
                    out.extend(f"- {s}" for s in sentences)
                else:
                    out.append(" ".join(sentences))
                out.append("")
            if not markdown:
                out.append("\f")
    path.write_text("\n".join(out), "utf-8")


def write_docx(path: Path, i: int) -> None:
    from docx import Document
    from docx.enum.text import WD_BREAK

    title, chapters, _ = plan_structure(i)
    doc = Document()
    doc.add_heading(title, level=0)
    for heading, pages in chapters:
        doc.add_heading(heading, level=1)
        for paras in pages:
            for sentences in paras:
                doc.add_paragraph(" ".join(sentences))
            doc.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
    doc.save(str(path))


def generate(n: int, n_docx: int, regenerate: bool) -> list[Path]:
    stamp = DATA / ".generated.json"
    wanted = {"plans": n, "docx": n_docx, "version": 1}
    if not regenerate and stamp.exists() and json.loads(stamp.read_text()) == wanted:
        return sorted(p for p in DATA.iterdir() if not p.name.startswith("."))
    if DATA.exists():
        shutil.rmtree(DATA)
    DATA.mkdir(parents=True)
    start = time.perf_counter()
    files = []
    for i in range(n):
        if i < n_docx:
            path = DATA / f"plan-{i:03d}.docx"
            write_docx(path, i)
        elif i % 2:
            path = DATA / f"plan-{i:03d}.md"
            write_text(path, i, markdown=True)
        else:
            path = DATA / f"plan-{i:03d}.txt"
            write_text(path, i, markdown=False)
        files.append(path)
    stamp.write_text(json.dumps(wanted))
    size = sum(p.stat().st_size for p in files) / 2**20
    print(f"generated {n} plans ({n_docx} docx) in {DATA.relative_to(REPO)}: {size:.1f} MB, "
          f"{time.perf_counter() - start:.1f} s")
    return files


def run_batch(out: Path, cache: Path, jobs: int | None) -> tuple[float, dict, int]:
    cmd = [sys.executable, "-m", "opcheck", "batch", str(DATA), "-o", str(out), "--cache-dir", str(cache), "-q"]
    if jobs:
        cmd += ["--jobs", str(jobs)]
    env = dict(os.environ, PYTHONPATH=str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    start = time.perf_counter()
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True)
    wall = time.perf_counter() - start
    if proc.returncode not in (0, 1):
        sys.stderr.write(proc.stderr)
        raise SystemExit(f"opcheck batch failed with exit code {proc.returncode}")
    summary = json.loads(out.with_suffix(".json").read_text("utf-8"))["summary"] if out.suffix == ".json" else {}
    return wall, summary, proc.returncode


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--plans", type=int, default=225)
    parser.add_argument("--docx", type=int, default=15, help="how many of the plans are .docx (default 15)")
    parser.add_argument("--jobs", type=int, default=None, help="--jobs for opcheck batch (default: cores)")
    parser.add_argument("--regenerate", action="store_true")
    args = parser.parse_args()

    generate(args.plans, args.docx, args.regenerate)
    with tempfile.TemporaryDirectory(prefix="opcheck-bench-batch-") as tmp:
        tmp = Path(tmp)
        cache = tmp / "cache"
        out_json = tmp / "overview.json"
        cold, s_cold, _ = run_batch(out_json, cache, args.jobs)
        warm, s_warm, code = run_batch(out_json, cache, args.jobs)
        html_out = tmp / "overview.html"
        warm_html, _, _ = run_batch(html_out, cache, args.jobs)
        errors = s_cold.get("errors")
        print(f"machine: {os.cpu_count()} cores; jobs: {args.jobs or os.cpu_count()}; plans: {s_cold.get('plans')}"
              f" (errors: {errors}, with gaps: {s_cold.get('with_gaps')})")
        print(f"{'run':<28}{'wall':>9}  {'target':>8}  ok")
        rows = [("cold (fresh cache)", cold, TARGET_COLD_S),
                ("warm (cache, json)", warm, TARGET_WARM_S),
                ("warm (cache, html + reports)", warm_html, TARGET_WARM_S)]
        for name, wall, target in rows:
            print(f"{name:<28}{wall:>8.1f}s  {'< %ds' % target:>8}  {'yes' if wall < target else 'NO'}")
        print(f"cache hits on the warm run: {s_warm.get('cache_hits')} of {s_warm.get('plans')}")
        per_plan = cold / max(1, s_cold.get("plans") or 1) * (args.jobs or os.cpu_count() or 1)
        print(f"cold: {per_plan:.2f} s per plan per worker")


if __name__ == "__main__":
    main()
