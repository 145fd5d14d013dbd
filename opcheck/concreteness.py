"""Concreteness signals (domain Part B §6): amounts, percentages, counts, terms, dates, targets,
named deciding bodies. They never change a status; they become findings with quotes."""
from __future__ import annotations

import re
from typing import Callable

from opcheck.report import INFO, WARNING, Finding
from opcheck.text import TermSet

_MONTHS = "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"

SIGNALS: dict[str, re.Pattern] = {
    "amount": re.compile(r"€\s?\d|\b\d{1,3}(\.\d{3})+(,\d{2}|,-)?\s?(euro|eur)\b|\b\d+([.,]\d+)?\s?(euro|eur|mln|miljoen|k€)\b"
                         r"|\bper leerling\b|\bvaste voet\b|\bnormbedrag\b", re.IGNORECASE),
    "percentage": re.compile(r"\b\d+([.,]\d+)?\s?(%|procent)", re.IGNORECASE),
    "count": re.compile(r"\b\d+\s+(leerlingen|tlv'?s|toelaatbaarheidsverklaringen|arrangementen|thuiszitters|scholen|fte"
                        r"|terugplaatsingen|aanvragen|vestigingen)\b", re.IGNORECASE),
    "term": re.compile(r"\bbinnen\s+(\d+|een|twee|drie|vier|vijf|zes|acht|tien|twaalf)\s+(werk)?(dagen|weken|maanden)\b"
                       r"|\b(uiterlijk|voor|vóór|per|tot en met|op)\s+\d{1,2}\s+(" + _MONTHS + r")\b"
                       r"|\b(jaarlijks|elk kwartaal|twee keer per jaar|ieder jaar|elk jaar|halfjaarlijks|maandelijks)\b",
                       re.IGNORECASE),
    "date": re.compile(r"\b(schooljaar\s+)?20\d\d\s?[-–/]\s?(20)?\d\d\b|\b\d{1,2}\s+(" + _MONTHS + r")(\s+20\d\d)?\b",
                       re.IGNORECASE),
    "target": re.compile(r"\b(streefwaarde|streefcijfer|norm|indicator(en)?|nulmeting|meetbaar|kpi|ten minste|minimaal|maximaal"
                         r"|minder dan|meer dan|doel:|resultaat:|daling|stijging|van \d+ naar \d+)\b", re.IGNORECASE),
    "body": re.compile(r"\b(commissie van toelaatbaarheid|toelaatbaarheidscommissie|tlv-commissie|commissie toewijzing|loket"
                       r"|directeur-bestuurder|algemeen bestuur|raad van toezicht|bestuur van het samenwerkingsverband"
                       r"|ondersteuningscoordinator|ondersteuningscoördinator|orthopedagoog|psycholoog|intern begeleider"
                       r"|ib'er|schoolbestuur|commissie|verantwoordelijk(e)?|beslist|besluit)\b", re.IGNORECASE),
}

LABELS = {
    "amount": ("bedragen", "amounts"),
    "percentage": ("percentages", "percentages"),
    "count": ("aantallen", "counts"),
    "term": ("termijnen", "deadlines/terms"),
    "date": ("data of schooljaren", "dates or school years"),
    "target": ("doelen of normen", "targets or norms"),
    "body": ("verantwoordelijken of beslissers", "responsible or deciding bodies"),
    "years_table": ("meerjarentabel", "multi-year table"),
}

_YEARS_ROW = re.compile(r"20\d\d.*20\d\d.*20\d\d")


# Literal words without which a signal cannot match: most sentences skip most patterns.
_MONTH_WORDS = tuple(_MONTHS.split("|"))
_NEEDS: dict[str, tuple[str, ...]] = {
    "amount": ("€", "eur", "mln", "miljoen", "per leerling", "vaste voet", "normbedrag"),
    "percentage": ("%", "procent"),
    "count": ("leerlingen", "tlv", "toelaatbaarheidsverklaringen", "arrangementen", "thuiszitters", "scholen", "fte",
              "terugplaatsingen", "aanvragen", "vestigingen"),
    "term": ("binnen", "jaarlijks", "kwartaal", "per jaar", "ieder jaar", "elk jaar", "maandelijks") + _MONTH_WORDS,
    "date": ("20",) + _MONTH_WORDS,
    "target": ("streef", "norm", "indicator", "nulmeting", "meetbaar", "kpi", "ten minste", "minimaal", "maximaal",
               "minder dan", "meer dan", "doel:", "resultaat:", "daling", "stijging", "naar"),
    "body": ("commissie", "loket", "directeur", "bestuur", "raad van toezicht", "coördinator", "coordinator",
             "orthopedagoog", "psycholoog", "intern begeleider", "ib'er", "verantwoordelijk", "beslist", "besluit"),
}
_NEEDS_RE = {kind: re.compile("|".join(map(re.escape, words))) for kind, words in _NEEDS.items()}


# The same prefilter in the checklist-term syntax: the document's term matcher has already found these words in
# every passage, so the gate is a set test instead of a scan (a literal alternation is slow in Python's re).
# None: no gate (date needs "20" or a month, cheap to scan for).
_NEED_TERMS: dict[str, TermSet | None] = {
    "amount": TermSet(["€", "eur", "euro*", "mln", "miljoen*", "per leerling", "vaste voet", "normbedrag*"]),
    "percentage": TermSet(["%", "procent*"]),
    "count": TermSet(["leerlingen", "tlv*", "toelaatbaarheidsverklaringen", "arrangementen", "thuiszitters", "scholen", "fte",
                      "terugplaatsingen", "aanvragen", "vestigingen"]),
    "term": TermSet(["binnen", "*jaarlijks", "jaarlijks", "kwartaal*", "per jaar", "ieder jaar", "elk jaar", "maandelijks",
                     *_MONTH_WORDS]),
    "date": None,
    "target": TermSet(["streef*", "norm*", "indicator*", "nulmeting*", "meetbaar*", "kpi*", "=KPI", "=KPI's", "ten minste",
                       "minimaal", "maximaal", "minder", "meer", "doel", "resultaat", "daling*", "stijging*", "naar"]),
    "body": TermSet(["commissie*", "*commissie", "loket*", "directeur*", "bestuur*", "*bestuur", "raad van toezicht",
                     "*coordinator", "coordinator*", "orthopedagoog*", "psycholoog*", "intern begeleider*", "ib'er", "ib'ers",
                     "verantwoordelijk*", "beslist", "besluit*"]),
}
_NEED_IDS = {kind: (terms.ids if terms is not None else None) for kind, terms in _NEED_TERMS.items()}


def _kinds(text: str, hits: frozenset | None = None) -> set[str]:
    """hits: the ids of the checklist terms found in text (or a superset), None when unknown."""
    low = text.lower()
    if hits is None:
        return {kind for kind, pattern in SIGNALS.items() if _NEEDS_RE[kind].search(low) and pattern.search(text)}
    found = set()
    for kind, pattern in SIGNALS.items():
        gate = _NEED_IDS[kind]
        if (not gate.isdisjoint(hits) if gate is not None else _NEEDS_RE[kind].search(low)) and pattern.search(text):
            found.add(kind)
    return found


_KINDS_CACHE: dict[str, frozenset[str]] = {}   # per text: plans repeat sentences and table rows


def signals_of(p) -> frozenset[str]:
    """The signal kinds in one passage, computed once per passage (elements share passages)."""
    if p.signals is None:
        kinds = _KINDS_CACHE.get(p.text)
        if kinds is None:
            kinds = frozenset(_kinds(p.text, p.h_window))
            if len(_KINDS_CACHE) > 50_000:
                _KINDS_CACHE.clear()
            _KINDS_CACHE[p.text] = kinds
        kinds = set(kinds)
        if p.block.kind == "table" and _YEARS_ROW.search(p.text):
            kinds.add("years_table")
        p.signals = frozenset(kinds)
    return p.signals


def count_signals(passages) -> dict[str, list]:
    found: dict[str, list] = {k: [] for k in SIGNALS}
    found["years_table"] = []
    for p in passages:
        for kind in signals_of(p):
            found[kind].append(p)
    return found


def findings(element, passages, lang: str, evidence: Callable) -> list[Finding]:
    found = count_signals(passages)
    out: list[Finding] = []
    summary = [f"{len(v)} {LABELS[k][1 if lang == 'en' else 0]}" for k, v in found.items() if v]
    if summary:
        examples = []
        for kind in ("amount", "percentage", "term", "target", "count", "date", "body"):
            if found[kind] and found[kind][0] not in examples:
                examples.append(found[kind][0])
        out.append(Finding(
            kind="concreteness", severity=INFO,
            message=("Concreetheid: " if lang != "en" else "Concreteness: ") + ", ".join(summary) + ".",
            evidence=[evidence(p) for p in examples[:3]]))
    for kind in element.expect_concrete:
        if not found.get(kind):
            label = LABELS[kind][1 if lang == "en" else 0]
            hint = element.concrete_hint.get(lang) if element.concrete_hint else ""
            out.append(Finding(
                kind="concreteness", severity=WARNING,
                message=(f"Geen {label} gevonden bij dit onderdeel." if lang != "en"
                         else f"No {label} found for this element.") + (f" {hint}" if hint else "")))
    return out
