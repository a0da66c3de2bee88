"""Engines run the heavy stages of a check: reading, claims, embedding, alignment and
comparison. The pipeline (crosscheck.pipeline) says in which order; an engine says where.

    local   every stage in this process (claims in forked workers on large corpora)
    ray     the same stages on a Ray cluster (``pip install 'crosscheck[ray]'``); same result
"""
from __future__ import annotations

from typing import Protocol

from ..errors import InputError
from ..ingest import Corpus
from ..options import Options, Progress
from .local import LocalEngine, encoder_of, long_lived, read
from .partition import align_partition


class Engine(Protocol):
    """What the pipeline asks of an engine."""

    name: str

    def read(self, paths: list[str], options: Options, progress: Progress) -> Corpus: ...

    def claim_runner(self, options: Options):
        """A function articles -> claims run elsewhere, or None for extract_claims' own workers."""

    def encoder(self, options: Options):
        """The sentence encoder (crosscheck.embed.Encoder) the run embeds with."""

    def align_compare(self, prep, articles, claims, emb, progress: Progress, model=None):
        """The alignment of every story and the findings proposed on it."""

    def close(self) -> None: ...





def make_engine(options: Options) -> Engine:
    """The engine ``options.engine`` names."""
    if options.engine == "local":
        return LocalEngine()
    if options.engine == "ray":
        from .ray import RayEngine

        return RayEngine(options.address, options.workers or None)
    raise InputError(f"unknown engine {options.engine!r}; choose local or ray")



__all__ = ["Engine", "LocalEngine", "align_partition", "encoder_of", "long_lived", "make_engine", "read"]
