"""Configuration: opcheck.toml or [tool.opcheck] in pyproject.toml, or --config PATH.

Discovery walks up from each document's folder and from the working directory; the first file
found wins. Every key is also a command-line option; options override the file.
"""
from __future__ import annotations

import datetime as dt
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from opcheck.errors import ConfigError

KNOWN_KEYS = {"sector", "checklist", "extended", "fail-on", "fail_on", "format", "lang", "waivers"}
WAIVER_KEYS = {"id", "reason", "approved-by", "approved_by", "expires"}
FAIL_ON = ("missing", "partial", "warning", "never")
FORMATS = ("text", "json", "markdown", "html", "sarif", "junit", "github", "gitlab")


@dataclass
class Waiver:
    id: str                 # "element" or "element.criterion"
    reason: str
    approved_by: str | None = None
    expires: dt.date | None = None

    def expired(self, today: dt.date | None = None) -> bool:
        return self.expires is not None and self.expires < (today or dt.date.today())


@dataclass
class Config:
    path: Path | None = None
    sector: str | None = None
    checklist: str | None = None
    extended: list[str] = field(default_factory=list)
    fail_on: str | None = None
    format: str | None = None
    lang: str | None = None
    waivers: list[Waiver] = field(default_factory=list)


def _bad(path: Path, key: str, nl: str, en: str) -> ConfigError:
    return ConfigError(f"Ongeldige configuratie in {path}, sleutel '{key}': {nl}",
                       f"Invalid configuration in {path}, key '{key}': {en}")


def discover(start_dirs: list[Path]) -> Path | None:
    seen: set[Path] = set()
    for start in start_dirs:
        folder = Path(start).resolve()
        if folder.is_file():
            folder = folder.parent
        for candidate_dir in (folder, *folder.parents):
            if candidate_dir in seen:
                break
            seen.add(candidate_dir)
            own = candidate_dir / "opcheck.toml"
            if own.is_file():
                return own
            pyproject = candidate_dir / "pyproject.toml"
            if pyproject.is_file() and _has_tool_section(pyproject):
                return pyproject
    return None


def _has_tool_section(pyproject: Path) -> bool:
    try:
        return "opcheck" in tomllib.loads(pyproject.read_text("utf-8")).get("tool", {})
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return False


def load(path: Path | None, start_dirs: list[Path]) -> Config:
    if path is not None:
        path = Path(path)
        if not path.is_file():
            raise ConfigError(f"Configuratiebestand niet gevonden: {path}.", f"Configuration file not found: {path}.")
    else:
        path = discover(start_dirs)
        if path is None:
            return Config()
    try:
        data = tomllib.loads(path.read_text("utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"Kan {path} niet lezen: {exc}.", f"Cannot read {path}: {exc}.") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path} is geen geldige TOML: {exc}.", f"{path} is not valid TOML: {exc}.") from exc
    if path.name == "pyproject.toml":
        tool = data.get("tool", {})
        data = tool.get("opcheck", {}) if isinstance(tool, dict) else {}
        if not isinstance(data, dict):
            raise _bad(path, "tool.opcheck", "verwacht een tabel [tool.opcheck].", "expected a table [tool.opcheck].")
    return parse(path, data)


def parse(path: Path, data: dict) -> Config:
    config = Config(path=path)
    for key in data:
        if key not in KNOWN_KEYS:
            raise _bad(path, key, f"onbekende sleutel (bekend: {', '.join(sorted(KNOWN_KEYS - {'fail_on'}))}).",
                       f"unknown key (known: {', '.join(sorted(KNOWN_KEYS - {'fail_on'}))}).")
    if "sector" in data:
        if data["sector"] not in ("po", "vo"):
            raise _bad(path, "sector", "kies 'po' of 'vo'.", "choose 'po' or 'vo'.")
        config.sector = data["sector"]
    if "checklist" in data:
        if not isinstance(data["checklist"], str):
            raise _bad(path, "checklist", "verwacht een tekst (id of pad).", "expected a string (id or path).")
        value = data["checklist"]
        if value.endswith((".yaml", ".yml")) and not Path(value).is_absolute():
            value = str(path.parent / value)
        config.checklist = value
    if "extended" in data:
        ext = data["extended"]
        if isinstance(ext, str):
            ext = [ext]
        if not (isinstance(ext, list) and all(isinstance(x, str) for x in ext)):
            raise _bad(path, "extended", "verwacht een lijst van checklist-id's.", "expected a list of checklist ids.")
        config.extended = ext
    fail_on = data.get("fail-on", data.get("fail_on"))
    if fail_on is not None:
        if fail_on not in FAIL_ON:
            raise _bad(path, "fail-on", f"kies uit {', '.join(FAIL_ON)}.", f"choose from {', '.join(FAIL_ON)}.")
        config.fail_on = fail_on
    if "format" in data:
        if data["format"] not in FORMATS:
            raise _bad(path, "format", f"kies uit {', '.join(FORMATS)}.", f"choose from {', '.join(FORMATS)}.")
        config.format = data["format"]
    if "lang" in data:
        if data["lang"] not in ("nl", "en"):
            raise _bad(path, "lang", "kies 'nl' of 'en'.", "choose 'nl' or 'en'.")
        config.lang = data["lang"]
    raw_waivers = data.get("waivers", [])
    if not isinstance(raw_waivers, list):
        raise _bad(path, "waivers", "verwacht een lijst van tabellen ([[waivers]] met id en reason).",
                   "expected a list of tables ([[waivers]] with id and reason).")
    for i, raw in enumerate(raw_waivers):
        key = f"waivers[{i}]"
        if not isinstance(raw, dict):
            raise _bad(path, key, "verwacht een tabel met id en reason.", "expected a table with id and reason.")
        unknown = set(raw) - WAIVER_KEYS
        if unknown:
            raise _bad(path, f"{key}.{sorted(unknown)[0]}", "onbekende sleutel (bekend: id, reason, approved-by, expires).",
                       "unknown key (known: id, reason, approved-by, expires).")
        if not isinstance(raw.get("id"), str) or not raw["id"].strip():
            raise _bad(path, f"{key}.id", "ontbreekt; noem een element (bijv. 'resultaten') of criterium ('plaatsing.bezwaar').",
                       "missing; name an element (e.g. 'resultaten') or criterion ('plaatsing.bezwaar').")
        if not isinstance(raw.get("reason"), str) or not raw["reason"].strip():
            raise _bad(path, f"{key}.reason", "een vrijstelling heeft altijd een reden nodig.", "a waiver always needs a reason.")
        expires = raw.get("expires")
        if isinstance(expires, str):
            try:
                expires = dt.date.fromisoformat(expires)
            except ValueError:
                raise _bad(path, f"{key}.expires", "gebruik een datum als 2027-05-01.", "use a date like 2027-05-01.") from None
        elif isinstance(expires, dt.datetime):
            expires = expires.date()
        elif expires is not None and not isinstance(expires, dt.date):
            raise _bad(path, f"{key}.expires", "gebruik een datum als 2027-05-01.", "use a date like 2027-05-01.")
        approved = raw.get("approved-by", raw.get("approved_by"))
        config.waivers.append(Waiver(id=raw["id"].strip(), reason=raw["reason"].strip(),
                                     approved_by=str(approved) if approved else None, expires=expires))
    return config
