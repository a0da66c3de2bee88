"""Sentences to vectors: the encoders (torch, ONNX), the stream that embeds claims as they are
read, and the store on disk that keeps vectors and claims between runs.

    load_encoder(name, backend)   the encoder, loaded once per process
    EmbedStream(encoder, cache=)  vectors for texts as they come, each distinct text once
    EmbeddingCache, ClaimCache    the SQLite store (vectors; claims with their facts)
"""
from __future__ import annotations

from functools import lru_cache

from ..errors import ModelError
from .batching import WINDOW, batches_by_length, encode_by_length
from .encoders import DEFAULT_MODEL, DEFAULT_PACKAGE, Encoder, SentenceTransformerEncoder, identity, model_path, offline
from .store import ClaimCache, EmbeddingCache, default_cache_dir, reader_identity
from .stream import CachedEncoder, EmbedStream


@lru_cache(maxsize=4)
def load_encoder(name: str = DEFAULT_MODEL, backend: str = "torch", cache_dir: str | None = None, store: bool = True):
    """The encoder ``name`` on ``backend`` (torch, onnx or onnx-int8), loaded once per process.
    The ONNX backends keep their exported graph in the cache folder (``cache_dir``) unless
    ``store`` is off. Nothing is downloaded."""
    offline()
    if backend == "torch":
        return SentenceTransformerEncoder(name)
    from .onnx import BACKENDS, OnnxEncoder

    if backend not in BACKENDS:
        raise ModelError(f"unknown encoder backend {backend!r}; choose one of {', '.join(BACKENDS)}")
    path = model_path(name)
    return OnnxEncoder(name, path, identity(name, path), int8=backend == "onnx-int8", folder=cache_dir, store=store)


__all__ = ["DEFAULT_MODEL", "DEFAULT_PACKAGE", "WINDOW", "CachedEncoder", "ClaimCache", "EmbedStream", "EmbeddingCache",
           "Encoder", "SentenceTransformerEncoder", "batches_by_length", "default_cache_dir", "encode_by_length",
           "identity", "load_encoder", "model_path", "offline", "reader_identity"]
