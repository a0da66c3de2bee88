"""The same pipeline on Ray (``crosscheck check --engine ray``).

What runs where:

    reading          Ray Data: input files -> articles, a file per row, page rules loaded once per worker
    claims           Ray Data: articles -> claims with facts, spaCy loaded once per worker
    embedding        Ray Data: batches of sentences -> vectors, the encoder loaded once per worker;
                     the batches are the ones the local engine makes (by length), so the vectors match
    stories          the driver: entity keys and story clustering read the whole corpus (cheap)
    alignment and    Ray tasks, one per partition of whole stories (a story is never split), each
    comparison       holding only its stories' claims, vectors and articles
    report           the driver gathers groups and findings into the one report model

The caches (claims and embeddings) stay with the driver: only what they lack goes to Ray. The
result equals the local engine's on the same input. Needs ``pip install 'crosscheck[ray]'``.
"""
from __future__ import annotations

import logging
import math
import os
import pickle
from collections.abc import Sequence

import numpy as np

from ..errors import CrosscheckError
from .partition import Partitions, plan_partitions

#: Rows (files, articles, encoder batches) given to one call of a worker.
FILES_PER_CALL = 8
ARTICLES_PER_CALL = 32
ENCODER_BATCHES_PER_CALL = 4


class EngineError(CrosscheckError):
    """The distributed engine cannot start or a job failed."""


def _ray():
    try:
        import ray
        import ray.data  # noqa: F401
    except ImportError as e:
        raise EngineError(f"--engine ray needs Ray ({e}); pip install 'crosscheck[ray]'") from None
    return ray


# ---- workers (Ray Data callables: built once per worker, called per batch of rows) -----------

def _read_files(batch: dict, reader_kwargs: dict) -> dict:
    """Files to articles (a stateless task: page rules are light to load)."""
    from ..ingest import SourceReader

    reader = SourceReader(**reader_kwargs)
    return {"k": batch["k"], "out": [pickle.dumps(reader.read(str(p))) for p in batch["path"]]}


class _ReadClaims:
    def __init__(self, spacy_model: str, batch_size: int):
        from ..claims.facts import load_entity_data
        from ..claims import load_spacy

        self.nlp, self.data, self.batch_size = load_spacy(spacy_model), load_entity_data(), batch_size

    def __call__(self, batch: dict) -> dict:
        from ..claims import claims_of_articles

        articles = [pickle.loads(b) for b in batch["article"]]
        found = claims_of_articles(articles, self.nlp, self.data, self.batch_size)
        return {"k": batch["k"], "out": [pickle.dumps(c) for c in found]}


class _Encode:
    def __init__(self, encoder: str, backend: str, cache_dir: str | None, store: bool):
        from ..embed import load_encoder
        from ..embed import offline

        offline()

        self.encoder = load_encoder(encoder, backend, cache_dir, store)

    def __call__(self, batch: dict) -> dict:
        out = []
        for texts in batch["texts"]:
            vecs = self.encoder.encode_batch([str(t) for t in texts])
            out.append(np.ascontiguousarray(vecs, dtype=np.float32).tobytes())
        return {"k": batch["k"], "out": out}


def _align_partition(story_ids, by_story, views, emb_rows, articles, claims, stories, entity_map, names, model=None):
    """Align some stories and propose their findings (a Ray task)."""
    from .partition import align_partition

    part, _, proposals = align_partition(story_ids, by_story, views, emb_rows, articles, claims, stories, entity_map,
                                         names, model)
    return part, proposals


# ---- the engine ----------------------------------------------------------------------------------

class RayEngine:
    """Runs the heavy stages on a Ray cluster: a local one (started here, with ``workers`` CPUs,
    default all) or an existing one at ``address``."""

    name = "ray"

    def __init__(self, address: str | None = None, workers: int | None = None):
        ray = _ray()
        self.ray = ray
        self.started = False
        if not ray.is_initialized():
            kwargs: dict = {"include_dashboard": False, "logging_level": logging.ERROR, "log_to_driver": False,
                            "configure_logging": True}
            if address:
                kwargs["address"] = address
            else:
                kwargs["num_cpus"] = workers or os.cpu_count() or 1
            try:
                ray.init(**kwargs)
            except Exception as e:  # Ray's connection errors come in many types
                where = f"the Ray cluster at {address}" if address else "a local Ray instance"
                raise EngineError(f"cannot start or join {where}: {str(e).splitlines()[0][:160]}") from None
            self.started = True
        for name in ("ray", "ray.data", "ray.data._internal"):  # the report owns the terminal
            logging.getLogger(name).setLevel(logging.ERROR)
        ctx = ray.data.DataContext.get_current()
        ctx.enable_progress_bars = False
        ctx.verbose_stats_logs = False
        cpus = int(ray.cluster_resources().get("CPU", 1))
        self.workers = max(1, min(workers or cpus, cpus))

    def close(self) -> None:
        if self.started:
            self.ray.shutdown()
            self.started = False

    # ---- Ray Data jobs: rows in, rows out (keyed, gathered in input order) ----
    def _job(self, rows: list[dict], fn, per_call: int, kwargs: dict, on_rows=None) -> list:
        """Run ``fn`` over ``rows`` ({"k": position, ...}) as a Ray Data job; the outputs in row
        order. A class is built once per worker (an actor holding a model); a function runs as
        stateless tasks."""
        if not rows:
            return []
        calls = math.ceil(len(rows) / per_call)
        ds = self.ray.data.from_items(rows, override_num_blocks=max(1, min(calls, self.workers * 8)))
        workers = max(1, min(self.workers, calls))
        if isinstance(fn, type):
            ds = ds.map_batches(fn, batch_size=per_call, fn_constructor_kwargs=kwargs, concurrency=workers,
                                num_cpus=1, batch_format="numpy")
        else:
            ds = ds.map_batches(fn, batch_size=per_call, fn_kwargs=kwargs, concurrency=workers,
                                num_cpus=1, batch_format="numpy")
        out: list = [None] * len(rows)
        try:
            for row in ds.iter_rows():
                k = int(row["k"])
                out[k] = row["out"]
                if on_rows:
                    on_rows(k)
        except Exception as e:
            raise EngineError(f"a Ray job failed: {str(e).splitlines()[0][:200]}") from None
        return out

    def read(self, paths: list[str], options, progress):
        from pathlib import Path

        from ..ingest import SourceReader, assemble, expand, load_manifest

        progress.stage("reading")
        files, errors = expand(paths)
        kwargs = {"outlets": Path(options.outlets) if options.outlets else None,
                  "page_rules": Path(options.page_rules) if options.page_rules else None,
                  "max_bytes": options.max_bytes,
                  "entries": load_manifest(options.manifest) if options.manifest else []}
        remote = [f for f in files if f != "-"]
        got = self._job([{"k": k, "path": f} for k, f in enumerate(remote)], _read_files, FILES_PER_CALL,
                        {"reader_kwargs": kwargs}, on_rows=lambda _k: progress.advance())
        by_path = dict(zip(remote, (pickle.loads(b) for b in got)))
        if "-" in files:  # standard input is the driver's
            by_path["-"] = SourceReader(**kwargs).read("-")
        return assemble(errors, [by_path[f] for f in files])

    def claim_runner(self, options):
        def run(articles):
            rows = [{"k": k, "article": pickle.dumps(a)} for k, a in enumerate(articles)]
            got = self._job(rows, _ReadClaims, ARTICLES_PER_CALL,
                            {"spacy_model": options.spacy_model, "batch_size": options.batch_size})
            return [pickle.loads(b) for b in got]

        return run

    def encoder(self, options):
        return RayEncoder(self, options)

    def align_compare(self, prep, articles, claims, emb, progress, model=None):
        from ..align import corpus_scorer, finish
        from ..compare import entity_names

        ray = self.ray
        parts = plan_partitions(prep.by_story, self.workers)
        names = ray.put(entity_names(claims))
        model_ref = ray.put(model)
        mapping = ray.put(prep.entity_map)
        inputs = Partitions(prep, articles, claims, emb)
        task = ray.remote(num_cpus=1)(_align_partition)
        pending = [task.remote(*inputs.inputs(story_ids), mapping, names, model_ref) for story_ids in parts]
        try:
            results = ray.get(pending)
        except Exception as e:
            raise EngineError(f"a Ray alignment task failed: {str(e).splitlines()[0][:200]}") from None
        progress.stage("comparing")
        alignment = finish(prep, claims, [p for p, _ in results], corpus_scorer(prep, emb))
        return alignment, [q for _, qs in results for q in qs]


class RayEncoder:
    """The configured encoder, run by Ray workers on the batches the local engine would make."""

    stream_chunk = 1 << 40  # everything to embed goes out as one job (in the same windows)

    def __init__(self, engine: RayEngine, options):
        from ..embed import DEFAULT_MODEL, identity, model_path

        self.engine = engine
        self.name = options.encoder
        path = model_path(options.encoder or DEFAULT_MODEL)
        made_by = identity(options.encoder, path)
        self.cache_key = made_by if options.backend == "torch" else f"{made_by}#{options.backend}"
        if options.backend != "torch":  # exported once, here, before the workers load it
            from .local import encoder_of

            encoder_of(options)
        self.kwargs = {"encoder": options.encoder, "backend": options.backend, "cache_dir": options.cache_dir,
                       "store": options.cache}

    def encode(self, texts: Sequence[str], *, batch_size: int = 64, on_batch=None) -> np.ndarray:
        from ..embed import batches_by_length

        batches = batches_by_length(list(texts), batch_size)
        rows = [{"k": k, "texts": [texts[i] for i in idx]} for k, idx in enumerate(batches)]
        got = self.engine._job(rows, _Encode, ENCODER_BATCHES_PER_CALL, self.kwargs,
                               on_rows=(lambda k: on_batch(len(batches[k]))) if on_batch else None)
        if not got:
            return np.zeros((0, 0), dtype=np.float32)
        dim = len(got[0]) // 4 // len(batches[0])
        out = np.zeros((len(texts), dim), dtype=np.float32)
        for idx, blob in zip(batches, got):
            out[idx] = np.frombuffer(blob, dtype=np.float32).reshape(len(idx), dim)
        return out


__all__ = ["EngineError", "RayEncoder", "RayEngine", "plan_partitions"]
