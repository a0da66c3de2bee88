"""crosscheck: claim-level fact cross-checking across news outlets.

    from crosscheck import check
    report = check(["seeds/"])          # a Report: articles, claims, groups, findings
    print(report.model_dump_json(indent=2))
"""
from __future__ import annotations

from importlib import metadata as _metadata

try:
    __version__ = _metadata.version("crosscheck")
except _metadata.PackageNotFoundError:  # pragma: no cover - running from a source tree
    __version__ = "0.0.0+unknown"

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
    if name in ("check", "Options"):
        from . import pipeline

        return getattr(pipeline, name)
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
