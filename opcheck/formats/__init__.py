"""Output formats: one module per format, registered in FORMATS. Each module exposes
`render(report: Report, ctx: RenderContext) -> str`; none of them re-derives a verdict."""
from __future__ import annotations

import importlib
from dataclasses import dataclass, field

# format name -> module (imported lazily so `opcheck --help` stays fast)
FORMATS: dict[str, str] = {
    "text": "opcheck.formats.text",
    "json": "opcheck.formats.json_format",
    "sarif": "opcheck.formats.sarif",
    "junit": "opcheck.formats.junit",
    "github": "opcheck.formats.github",
    "gitlab": "opcheck.formats.gitlab",
    "markdown": "opcheck.formats.markdown",
    "html": "opcheck.formats.html",
}


@dataclass
class RenderContext:
    lang: str = "nl"
    color: bool = False
    width: int = 100
    fail_on: str = "partial"
    extra: dict = field(default_factory=dict)


def render(name: str, report, ctx: RenderContext) -> str:
    module = importlib.import_module(FORMATS[name])
    return module.render(report, ctx)
