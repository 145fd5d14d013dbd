"""The JSON contract (schema: opcheck/schemas/report.schema.json)."""
from __future__ import annotations

import json


def render(report, ctx) -> str:
    return json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n"
