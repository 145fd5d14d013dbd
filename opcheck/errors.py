"""User-facing failures. The library raises; the command line maps them to exit codes.

Every error carries its message in Dutch and English: what is wrong and what to do.
"""
from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0
    GAPS = 1
    USAGE = 2  # usage, input or configuration error


class OpcheckError(Exception):
    """A failure the user can act on. `nl` and `en` say what is wrong and what to do."""

    exit_code = ExitCode.USAGE

    def __init__(self, nl: str, en: str | None = None):
        super().__init__(nl)
        self.nl = nl
        self.en = en or nl

    def message(self, lang: str = "nl") -> str:
        return self.en if lang == "en" else self.nl


class InputError(OpcheckError):
    """A document could not be read (missing, unsupported, damaged, encrypted, too large)."""


class ConfigError(OpcheckError):
    """A configuration or checklist file is invalid."""


class UsageError(OpcheckError):
    """The command line was used wrongly."""
