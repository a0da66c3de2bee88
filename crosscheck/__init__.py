"""crosscheck: claim-level fact cross-checking across news outlets.

    from crosscheck import check
    report = check(["seeds/"])          # a Report: articles, claims, groups, findings
    print(report.model_dump_json(indent=2))
"""
from __future__ import annotations

from .version import __version__

__all__ = [
    "__version__",
    "check",
    "load_corpus",
    "Options",
    "Report",
    "Article",
    "Claim",
    "Group",
    "Finding",
    "CrosscheckError",
]


def __getattr__(name: str):
    # Heavy modules load on first use, so `crosscheck --help` stays fast.
    if name == "check":
        from .pipeline import check

        return check
    if name == "Options":
        from .options import Options

        return Options
    if name == "load_corpus":
        from .ingest import load_corpus

        return load_corpus
    if name in ("Report", "Article", "Claim", "Group", "Finding"):
        from . import models

        return getattr(models, name)
    if name == "CrosscheckError":
        from .errors import CrosscheckError

        return CrosscheckError
    raise AttributeError(f"module 'crosscheck' has no attribute {name!r}")
