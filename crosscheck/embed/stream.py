"""Embedding as texts come: each distinct text once, from the cache when it holds it, in the
background while claims are still being read."""
from __future__ import annotations

import threading

import numpy as np

from . import batching
from .batching import batches_by_length
from .store import EmbeddingCache


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
    served from it, the others are embedded in windows of WINDOW texts (crosscheck.embed.batching), so the batches do not
    depend on how the texts arrived. With ``background`` the windows' batches run in threads
    (the encoder's lanes, ``lanes()`` of them at a time) while the caller goes on (reading the
    next claims); otherwise ``chunk`` texts at a time (a whole number of windows), each chunk
    committed to the cache as soon as it is done.
    """

    def __init__(self, encoder, *, cache=None, batch_size: int = 64, background: bool = False,
                 chunk: int = batching.WINDOW, on_batch=None):
        self.encoder, self.cache, self.batch_size = encoder, cache, batch_size
        self.key = getattr(encoder, "cache_key", encoder.name)
        self.chunk = max(batching.WINDOW, chunk // batching.WINDOW * batching.WINDOW)
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
        size = batching.WINDOW if self.pool else self.chunk
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
        batches = batches_by_length(texts, self.batch_size)
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
            for k in range(0, len(self.pending), batching.WINDOW):
                self._run(self.pending[k : k + batching.WINDOW])
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


class CachedEncoder:
    """An encoder that asks the cache first and embeds only what it lacks."""

    def __init__(self, encoder, cache: EmbeddingCache):
        self.encoder = encoder
        self.cache = cache
        self.name = encoder.name
        self.key = getattr(encoder, "cache_key", encoder.name)

    def encode(self, texts: list[str], *, batch_size: int = 64, on_batch=None) -> np.ndarray:
        stream = EmbedStream(self.encoder, cache=self.cache, batch_size=batch_size, on_batch=on_batch,
                             chunk=getattr(self.encoder, "stream_chunk", 0))
        stream.add(texts)
        return stream.finish(list(texts))
