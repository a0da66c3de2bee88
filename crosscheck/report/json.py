"""The crosscheck/1 JSON report: the serialisation of the Report model."""
from __future__ import annotations

import json

from ..models import Report


def to_json(report: Report) -> str:
    return json.dumps(report.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n"


def from_json(text: str) -> Report:
    return Report.model_validate_json(text)
