"""The report as tables, for corpora too large to read as one JSON document.

One file per table (articles, claims, groups, findings), one row per item, in JSON lines or
Parquet. The rows are those of the crosscheck/1 JSON report; a claim's facts are a nested
object in JSON lines and a JSON text column in Parquet (whose columns must have one type).
"""
from __future__ import annotations

import io
import json

from ..models import Report

TABLES = ("articles", "claims", "groups", "findings")
FORMATS = ("jsonl", "parquet")


def rows(report: Report) -> dict[str, list[dict]]:
    return {name: [item.model_dump(mode="json") for item in getattr(report, name)] for name in TABLES}


def render_jsonl(items: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in items)


def render_parquet(name: str, items: list[dict]) -> bytes:
    import pyarrow as pa
    import pyarrow.parquet as pq

    flat = []
    for r in items:
        r = dict(r)
        for key in ("facts", "values"):  # free-form objects: kept as JSON text
            if key in r:
                r[key] = json.dumps(r[key], ensure_ascii=False, sort_keys=True) if r[key] is not None else None
        flat.append(r)
    buf = io.BytesIO()
    pq.write_table(pa.Table.from_pylist(flat), buf)
    return buf.getvalue()


def render(report: Report, fmt: str = "jsonl") -> dict[str, str | bytes]:
    """File name -> content, for every table."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown table format {fmt!r}")
    out: dict[str, str | bytes] = {}
    for name, items in rows(report).items():
        out[f"{name}.{fmt}"] = render_jsonl(items) if fmt == "jsonl" else render_parquet(name, items)
    return out
