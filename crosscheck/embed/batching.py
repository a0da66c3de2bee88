"""Texts into batches of similar length: the one batching every encoder and engine uses, so that
the vectors are the same to the last bit however a corpus is embedded."""
from __future__ import annotations

import numpy as np


def encode_by_length(encode_batch, texts: list[str], batch_size: int, dim: int, on_batch=None,
                     lanes: int = 1, start_lane=None) -> np.ndarray:
    """Every text through ``encode_batch``, in the batches batches_by_length makes, each vector
    put back in its text's row (what every encoder's encode() does). With ``lanes`` > 1 that
    many batches run at once, each in a thread of its own that ``start_lane`` sets up first;
    the batches, and so the vectors, are the same."""
    out = np.zeros((len(texts), dim), dtype=np.float32)
    batches = batches_by_length(texts, batch_size)
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


def batches_by_length(texts: list[str], batch_size: int, window: int | None = None) -> list[list[int]]:
    """Indices of ``texts`` in batches of similar length, longest first within each window of
    ``window`` texts: a batch is padded to its longest sentence, so batching by length saves a
    third of the work or more."""
    window = window or WINDOW
    out = []
    for w in range(0, len(texts), window):
        order = sorted(range(w, min(w + window, len(texts))), key=lambda i: (-len(texts[i]), i))
        out += [order[k : k + batch_size] for k in range(0, len(order), batch_size)]
    return out
