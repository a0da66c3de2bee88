"""The local engine: every stage in this process (claims in forked workers on large corpora)."""
from __future__ import annotations

import gc
from contextlib import contextmanager
from pathlib import Path

from ..ingest import Corpus, load_corpus
from ..options import Options, Progress


_FROZEN_DEPTH = [0]  # blocks of long_lived entered and not left


@contextmanager
def long_lived():
    """Within the block, the objects that exist when it starts (the corpus's claims, vectors,
    views) are out of the cyclic collector's reach; a block entered inside it adds the objects
    made since. The collector's full collections walk every tracked object, and on a corpus of
    100,000 claims they cost seconds each: on the benchmark's 100k corpus the entity rules ran
    in 10 s with them and in 6 s without. Reference counting still frees what is dropped. On
    leaving the outermost block the objects go back to the collector (whose next full
    collection walks them once)."""
    gc.freeze()
    _FROZEN_DEPTH[0] += 1
    try:
        yield
    finally:
        _FROZEN_DEPTH[0] -= 1
        if not _FROZEN_DEPTH[0]:
            gc.unfreeze()


class LocalEngine:
    """Runs every stage in this process (claims in forked workers on large corpora)."""

    name = "local"

    def read(self, paths: list[str], options: Options, progress: Progress) -> Corpus:
        return read(paths, options, progress)

    def claim_runner(self, options: Options):
        return None  # extract_claims' own workers

    def encoder(self, options: Options):
        return encoder_of(options)

    def align_compare(self, prep, articles, claims, emb, progress: Progress, model=None):
        """Align every story (with ``model``, a PairModel; default the bundled one) and propose
        findings: the alignment and the proposals. (Stories in partitions, one after the other
        as the Ray engine hands them out, took as long on the benchmark's 100k corpus; two
        forked processes, each taking partitions, took no less on this 2-core machine: each ran
        at less than half its speed alone.)"""
        from ..align import align_stories, corpus_scorer, finish
        from ..compare import propose

        scorer = corpus_scorer(prep, emb)
        part = align_stories(list(prep.by_story), prep.by_story, dict(enumerate(prep.views)), scorer, model=model)
        alignment = finish(prep, claims, [part], scorer)
        progress.stage("comparing")
        with long_lived():  # the alignment's pairs too
            return alignment, propose(articles, claims, alignment)

    def close(self) -> None: ...


def encoder_of(options: Options):
    """The encoder a run's options name, loaded once per process (crosscheck.embed.load_encoder)."""
    from ..embed import load_encoder

    return load_encoder(options.encoder, options.backend, options.cache_dir, options.cache)


def read(paths: list[str], options: Options = Options(), progress: Progress | None = None) -> Corpus:
    """The reading stage: inputs to articles (with the problems met), in this process."""
    progress = progress or Progress()
    progress.stage("reading")
    return load_corpus(
        paths,
        manifest=options.manifest,
        outlets=Path(options.outlets) if options.outlets else None,
        page_rules=Path(options.page_rules) if options.page_rules else None,
        max_bytes=options.max_bytes,
        on_source=lambda _p: progress.advance(),
    )
