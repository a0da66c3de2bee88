"""The CSV report: one row per finding side by side, for a spreadsheet (pandas)."""
from __future__ import annotations

from .view import ReportView

COLUMNS = ["finding", "type", "severity", "explanation", "claims", "outlets", "published", "sources", "texts"]


def frame(view: ReportView):
    import pandas as pd

    rows = []
    for fv in view.findings:
        f = fv.finding
        rows.append({
            "finding": f.id, "type": f.type, "severity": f.severity, "explanation": f.explanation,
            "claims": " ; ".join(f.claims),
            "outlets": " ; ".join(s.outlet for s in fv.sides),
            "published": " ; ".join(s.article.published.isoformat() if s.article.published else "" for s in fv.sides),
            "sources": " ; ".join(f"{s.article.source}:{s.claim.start}-{s.claim.end}" for s in fv.sides),
            "texts": " || ".join(s.claim.text for s in fv.sides),
        })
    return pd.DataFrame(rows, columns=COLUMNS)


def render(view: ReportView) -> str:
    return frame(view).to_csv(index=False, lineterminator="\n")
