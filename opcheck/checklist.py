"""Checklists are data: YAML files under checklists/, validated on load into typed objects.

A validation error names the file, the line and what is wrong. The schema is
opcheck/schemas/checklist.schema.json; on top of it we check that every term compiles, ids are
unique, and that the seven canonical elements carry the core criteria of domain Part A.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from opcheck.errors import ConfigError
from opcheck.text import TermSet

CANONICAL_CORE = {
    "basisondersteuning": {"niveau", "inhoud"},
    "plaatsing": {"procedure", "criteria"},
    "terugstroom": {"procedure", "beleid"},
    "financien": {"verdeling", "besteding"},
    "dekkend-aanbod": {"continuum", "lacunes"},
    "resultaten": {"doelen", "monitoring"},
    "ouders": {"informatie", "steunpunt"},
}
TIERS = ("core", "advisory", "detail")


def _texts(value: Any) -> dict[str, str]:
    """A text in the checklist is a plain string (Dutch) or {nl: ..., en: ...}."""
    if value is None:
        return {"nl": "", "en": ""}
    if isinstance(value, str):
        return {"nl": value, "en": value}
    return {"nl": value.get("nl", value.get("en", "")), "en": value.get("en", value.get("nl", ""))}


@dataclass
class Pattern:
    """One way a criterion can be addressed: every `require` group hits in one sentence, in context."""
    require: list[TermSet]
    context: TermSet | None          # None: the element's own scope and headings
    window: str = "sentence"         # sentence | block


@dataclass
class Criterion:
    id: str
    tier: str
    title: dict[str, str]
    looked_for: dict[str, str]
    patterns: list[Pattern]
    exclude: TermSet | None = None
    # excluded only in the sentence itself, not in the one after it ("Thuiszitters zijn een gezamenlijk thema." names a
    # topic; the next sentence may well describe the approach)
    exclude_sentence: TermSet | None = None
    legal: bool = False
    allow_referral: bool = False
    vague_counts: bool = False       # aims and policy may be vague and still address the criterion
    budget_rows_count: bool = True   # False: a row of a multi-year budget table ("Toekenning aan besturen | 2.900 |
                                     # 2.830") shows an amount, not how or on what grounds (allocation)
    min_passages: int = 1
    # False: a table row of figures only ("Afgegeven TLV's | 58 | 61 | 64") shows numbers, not how something is done
    figure_rows_count: bool = True
    # The plan saying it has not got this ("Een gezamenlijk minimumniveau is nog niet vastgesteld") outweighs sentences
    # that seem to address it: a list of what schools offer is no agreed level when the plan says none was agreed.
    absent_when_said: TermSet | None = None
    # Under these headings (a vision chapter's "ambities") a sentence counts only with a figure in it: a
    # percentage, a count, an amount or a year, which separates a target from an organisation's aspiration.
    measurable_under: TermSet | None = None
    # Under these headings a sentence does not count: always under the nearest heading, under a higher one unless a
    # heading in the path names the element (the municipalities' chapter lists school social work, which is no content
    # of basic support; "2.1 Terugblik op het vorige plan" holds no intended results even in a results chapter).
    exclude_under: TermSet | None = None
    # A list item whose lead-in says what the list is does not count ("Wij willen in deze planperiode het volgende
    # bereiken:" heads targets, which are no way of measuring them)
    exclude_after: TermSet | None = None
    # True: a sentence with a percentage in it is not excluded by `exclude` ("ten minste 85 procent van de kinderen
    # bereikt de doelen in het groeidocument" is a target, where "de doelen in het groeidocument" alone is not)
    percentage_beats_exclude: bool = False
    # Excluded like `exclude`, but only where none of `exclude_unless` stands beside them: a return from "het vso of het
    # OPDC" is a return from special education, where one from the OPDC alone is not
    exclude_alone: TermSet | None = None
    exclude_unless: TermSet | None = None
    # True: the plan putting off only the details ("De concrete invulling van deze ondergrens werken we uit ...") does
    # not undo this criterion (an agreed level stands; its content is another criterion)
    stands_before_details: bool = False
    # A procedure has parts (who applies, who decides, within what term, with what file): the matched sentences
    # together must touch at least min_aspects of these groups, or one stray "de commissie" would do.
    aspects: list[TermSet] = field(default_factory=list)
    min_aspects: int = 0


@dataclass(eq=False)   # compared by identity: the checks ask "is this sentence owned by *that* element"
class Element:
    id: str
    title: dict[str, str]
    legal_basis: str
    explanation: dict[str, str]
    question: dict[str, str]
    headings: TermSet
    scope: TermSet
    criteria: list[Criterion]
    expect_concrete: list[str] = field(default_factory=list)
    concrete_hint: dict[str, str] = field(default_factory=dict)


@dataclass
class Checklist:
    id: str
    version: str
    title: dict[str, str]
    sector: str | None
    law: str
    elements: list[Element]
    path: str = ""
    extended: bool = False

    def element(self, element_id: str) -> Element | None:
        return next((e for e in self.elements if e.id == element_id), None)


def checklist_dir() -> Path:
    """Bundled checklists: the repository's checklists/ or the installed copy inside the package."""
    here = Path(__file__).resolve().parent
    for candidate in (here.parent / "checklists", here / "checklists"):
        if candidate.is_dir():
            return candidate
    return here.parent / "checklists"


def bundled_ids() -> list[str]:
    return sorted(p.stem for p in checklist_dir().glob("*.yaml"))


def resolve(name_or_path: str) -> Path:
    path = Path(name_or_path)
    if path.suffix in (".yaml", ".yml") or path.exists():
        if not path.is_file():
            raise ConfigError(f"Checklist niet gevonden: {path}.", f"Checklist not found: {path}.")
        return path
    bundled = checklist_dir() / f"{name_or_path}.yaml"
    if not bundled.is_file():
        ids = ", ".join(bundled_ids())
        raise ConfigError(f"Onbekende checklist '{name_or_path}'. Beschikbaar: {ids}, of geef een pad naar een .yaml-bestand.",
                          f"Unknown checklist '{name_or_path}'. Available: {ids}, or pass a path to a .yaml file.")
    return bundled


@lru_cache(maxsize=1)
def _schema() -> dict:
    return json.loads(resources.files("opcheck").joinpath("schemas/checklist.schema.json").read_text("utf-8"))


class _LazyNode:
    """The composed YAML node tree, built only when an error needs a line number."""

    def __init__(self, text: str, loader: Any):
        self.text, self.loader, self._node = text, loader, None

    def get(self) -> Any:
        if self._node is None:
            import yaml
            self._node = yaml.compose(self.text, Loader=self.loader)
        return self._node


def _line_of(node: Any, path: list) -> int | None:
    """Follow a jsonschema error path through the composed YAML node tree to a line number."""
    import yaml
    if isinstance(node, _LazyNode):
        node = node.get()
    for key in path:
        if isinstance(node, yaml.MappingNode):
            nxt = next((v for k, v in node.value if k.value == key), None)
        elif isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
            nxt = node.value[key]
        else:
            nxt = None
        if nxt is None:
            break
        node = nxt
    return node.start_mark.line + 1 if node is not None and hasattr(node, "start_mark") else None


def _fail(path: Path, line: int | None, nl: str, en: str) -> ConfigError:
    where = f"{path}:{line}" if line else str(path)
    return ConfigError(f"Ongeldige checklist {where}: {nl}", f"Invalid checklist {where}: {en}")


def load(name_or_path: str) -> Checklist:
    path = resolve(name_or_path)
    return _load_path(str(path.resolve()), path.stat().st_mtime)


@lru_cache(maxsize=1)
def _unique_key_loader() -> Any:
    """The safe loader (the C one where there is one) that refuses a key given twice in one mapping: YAML would keep
    the last one silently, so a second `exclude_sentence:` under a criterion would drop the first list unseen."""
    import yaml

    base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

    class UniqueKeyLoader(base):  # type: ignore[misc, valid-type]
        def construct_mapping(self, node, deep=False):
            seen: set = set()
            for key_node, _ in node.value:
                key = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
                if key is not None and key in seen:
                    raise yaml.constructor.ConstructorError(
                        None, None, f"key '{key}' occurs twice in one mapping (sleutel '{key}' staat er twee keer)",
                        key_node.start_mark)
                seen.add(key)
            return super().construct_mapping(node, deep=deep)

    return UniqueKeyLoader


@lru_cache(maxsize=16)
def _load_path(path_str: str, _mtime: float) -> Checklist:
    import jsonschema
    import yaml

    path = Path(path_str)
    try:
        text = path.read_text("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"Kan checklist {path} niet lezen: {exc}.", f"Cannot read checklist {path}: {exc}.") from exc
    loader = _unique_key_loader()
    try:
        data = yaml.load(text, Loader=loader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark else None
        raise _fail(path, line, f"geen geldige YAML ({getattr(exc, 'problem', exc)}).",
                    f"not valid YAML ({getattr(exc, 'problem', exc)}).") from exc
    node = _LazyNode(text, loader)
    validator = jsonschema.Draft202012Validator(_schema())
    errors = sorted(validator.iter_errors(data), key=lambda e: list(e.absolute_path))
    if errors:
        err = errors[0]
        where = "/".join(str(p) for p in err.absolute_path) or "(top)"
        line = _line_of(node.get(), list(err.absolute_path))
        raise _fail(path, line, f"{where}: {err.message}", f"{where}: {err.message}")
    return _build(path, data, node)


def _termset(path: Path, node: Any, where: list, terms: list[str] | None) -> TermSet | None:
    if not terms:
        return None
    try:
        return TermSet(terms)
    except (ValueError, Exception) as exc:  # re.error or empty term
        raise _fail(path, _line_of(node, where), f"ongeldige term in {terms!r}: {exc}",
                    f"invalid term in {terms!r}: {exc}") from exc


def _build(path: Path, data: dict, node: Any) -> Checklist:
    elements: list[Element] = []
    seen: set[str] = set()
    for ei, raw in enumerate(data["elements"]):
        where = ["elements", ei]
        if raw["id"] in seen:
            raise _fail(path, _line_of(node, where + ["id"]), f"element-id '{raw['id']}' komt twee keer voor.",
                        f"element id '{raw['id']}' occurs twice.")
        seen.add(raw["id"])
        criteria: list[Criterion] = []
        crit_ids: set[str] = set()
        for ci, rc in enumerate(raw["criteria"]):
            cwhere = where + ["criteria", ci]
            if rc["id"] in crit_ids:
                raise _fail(path, _line_of(node, cwhere + ["id"]), f"criterium-id '{rc['id']}' komt twee keer voor.",
                            f"criterion id '{rc['id']}' occurs twice.")
            crit_ids.add(rc["id"])
            patterns = []
            for pi, rp in enumerate(rc.get("patterns", [])):
                pwhere = cwhere + ["patterns", pi]
                groups = [_termset(path, node, pwhere + ["require", gi], g) for gi, g in enumerate(rp["require"])]
                context = rp.get("context")
                patterns.append(Pattern(
                    require=[g for g in groups if g],
                    context=None if context in (None, "element") else _termset(path, node, pwhere + ["context"], context),
                    window=rp.get("window", "sentence")))
            criteria.append(Criterion(
                id=rc["id"], tier=rc["tier"], title=_texts(rc.get("title", rc["id"])),
                looked_for=_texts(rc.get("looked_for")), patterns=patterns,
                exclude=_termset(path, node, cwhere + ["exclude"], rc.get("exclude")),
                exclude_sentence=_termset(path, node, cwhere + ["exclude_sentence"], rc.get("exclude_sentence")),
                legal=bool(rc.get("legal", False)), allow_referral=bool(rc.get("allow_referral", False)),
                vague_counts=bool(rc.get("vague_counts", False)),
                budget_rows_count=bool(rc.get("budget_rows_count", True)),
                min_passages=int(rc.get("min_passages", 1)),
                figure_rows_count=bool(rc.get("figure_rows_count", True)),
                absent_when_said=_termset(path, node, cwhere + ["absent_when_said"], rc.get("absent_when_said")),
                measurable_under=_termset(path, node, cwhere + ["measurable_under"], rc.get("measurable_under")),
                exclude_under=_termset(path, node, cwhere + ["exclude_under"], rc.get("exclude_under")),
                exclude_after=_termset(path, node, cwhere + ["exclude_after"], rc.get("exclude_after")),
                percentage_beats_exclude=bool(rc.get("percentage_beats_exclude", False)),
                exclude_alone=_termset(path, node, cwhere + ["exclude_alone"], rc.get("exclude_alone")),
                exclude_unless=_termset(path, node, cwhere + ["exclude_unless"], rc.get("exclude_unless")),
                stands_before_details=bool(rc.get("stands_before_details", False)),
                aspects=[_termset(path, node, cwhere + ["aspects", ai], g) for ai, g in enumerate(rc.get("aspects", []))],
                min_aspects=int(rc.get("min_aspects", 0))))
        required = CANONICAL_CORE.get(raw["id"])
        if required and not data.get("extended"):
            core = {c.id for c in criteria if c.tier == "core"}
            if core != required:
                raise _fail(path, _line_of(node, where),
                            f"element '{raw['id']}' moet precies de kerncriteria {sorted(required)} hebben (domein deel A), "
                            f"gevonden: {sorted(core)}.",
                            f"element '{raw['id']}' must have exactly the core criteria {sorted(required)} (domain Part A), "
                            f"found: {sorted(core)}.")
        elements.append(Element(
            id=raw["id"], title=_texts(raw["title"]), legal_basis=raw.get("legal_basis", ""),
            explanation=_texts(raw.get("explanation")), question=_texts(raw.get("question")),
            headings=_termset(path, node, where + ["headings"], raw.get("headings")) or TermSet([]),
            scope=_termset(path, node, where + ["scope"], raw.get("scope")) or TermSet([]),
            criteria=criteria, expect_concrete=list(raw.get("expect_concrete", [])),
            concrete_hint=_texts(raw.get("concrete_hint"))))
    if not data.get("extended"):
        missing = set(CANONICAL_CORE) - seen
        if missing:
            raise _fail(path, None, f"de elementen {sorted(missing)} ontbreken (domein deel A).",
                        f"the elements {sorted(missing)} are missing (domain Part A).")
    return Checklist(id=data["id"], version=str(data.get("version", "")), title=_texts(data.get("title", data["id"])),
                     sector=data.get("sector"), law=data.get("law", ""), elements=elements, path=str(path),
                     extended=bool(data.get("extended", False)))
