"""The same sentence encoder run by ONNX Runtime, in float32 or with int8 weights.

The sentence-transformers model is exported once (torch's exporter) into the cache folder,
and int8 weights are made from it by dynamic quantisation (per channel); later runs load the
stored graph. Pooling (mean or CLS) and normalisation follow the model's own configuration,
so the vectors match the torch encoder's: float32 to 1e-6, int8 to a cosine of about 0.99.

Needs the ``onnx`` extra: ``pip install 'crosscheck[onnx]'`` (onnxruntime, onnx, onnxscript).
"""
from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
import shutil
import tempfile
import warnings
from pathlib import Path

import numpy as np

from ..errors import ModelError

BACKENDS = ("torch", "onnx", "onnx-int8")


def _pooling(path: Path) -> tuple[str, int]:
    """How the model pools token vectors ("mean" or "cls") and its longest input."""
    mode = "mean"
    try:
        modules = json.loads((path / "modules.json").read_text())
        pool = next((m for m in modules if m.get("type", "").endswith("Pooling")), None)
        if pool is not None:
            cfg = json.loads((path / pool["path"] / "config.json").read_text())
            if cfg.get("pooling_mode_cls_token"):
                mode = "cls"
            elif not cfg.get("pooling_mode_mean_tokens", True):
                raise ModelError(f"{path}: only mean or CLS pooling can run on ONNX Runtime; use --backend torch")
    except (OSError, ValueError, KeyError):
        pass
    try:
        max_len = int(json.loads((path / "sentence_bert_config.json").read_text()).get("max_seq_length") or 512)
    except (OSError, ValueError):
        max_len = 512
    return mode, max_len


def _export(model_path: Path, target: Path, int8: bool) -> None:
    """Export the model's transformer to ``target``/model.onnx (atomically: a half-written
    export never takes the place of a whole one)."""
    try:
        import onnxruntime  # noqa: F401
        import torch
        from sentence_transformers import SentenceTransformer
    except ImportError as e:
        raise ModelError(f"the ONNX backend needs onnxruntime and onnx ({e}); pip install 'crosscheck[onnx]'") from None

    class _Hidden(torch.nn.Module):  # the transformer's token vectors, from named inputs
        def __init__(self, model):
            super().__init__()
            self.model = model

        def forward(self, input_ids, attention_mask, token_type_ids=None):
            extra = {} if token_type_ids is None else {"token_type_ids": token_type_ids}
            return self.model(input_ids=input_ids, attention_mask=attention_mask, **extra).last_hidden_state

    from transformers.utils import logging as hf_logging

    hf_logging.set_verbosity_error()
    hf_logging.disable_progress_bar()
    st = SentenceTransformer(str(model_path), device="cpu")
    tok = st.tokenizer
    names = ["input_ids", "attention_mask"] + (["token_type_ids"] if "token_type_ids" in tok.model_input_names else [])
    sample = tok(["An example sentence to trace.", "Another one."], padding=True, return_tensors="pt")
    target.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=".export-", dir=target.parent))
    try:
        with warnings.catch_warnings(), contextlib.redirect_stdout(io.StringIO()):
            warnings.simplefilter("ignore")
            torch.onnx.export(
                _Hidden(st[0].auto_model.eval()), tuple(sample[n] for n in names), str(work / "float.onnx"),
                input_names=names, output_names=["hidden"], opset_version=18, dynamo=True,
                dynamic_axes={n: {0: "batch", 1: "tokens"} for n in [*names, "hidden"]},
            )
            if int8:
                from onnxruntime.quantization import QuantType, quantize_dynamic

                quantize_dynamic(str(work / "float.onnx"), str(work / "model.onnx"), weight_type=QuantType.QInt8,
                                 per_channel=True)
                for f in work.glob("float.onnx*"):
                    f.unlink()
            else:
                # keep the weights inside one file, so the graph can be moved as a whole
                import onnx

                onnx.save_model(onnx.load(str(work / "float.onnx")), str(work / "model.onnx"))
                for f in work.glob("float.onnx*"):
                    f.unlink()
        (work / "tokenizer").mkdir()
        tok.save_pretrained(str(work / "tokenizer"))
        try:
            os.replace(work, target)
        except OSError:  # another process exported it meanwhile
            shutil.rmtree(work, ignore_errors=True)
    except Exception as e:
        shutil.rmtree(work, ignore_errors=True)
        if isinstance(e, ModelError):
            raise
        raise ModelError(f"{model_path}: the model cannot be exported to ONNX ({str(e).splitlines()[0][:160]})") from None


class OnnxEncoder:
    """A sentence-transformers model on ONNX Runtime; ``int8`` quantises its weights."""

    def __init__(self, name: str, model_path: str, identity: str, *, int8: bool = False, folder: str | Path | None = None,
                 store: bool = True, threads: int | None = None):
        from .store import default_cache_dir

        self.name = name
        self.backend = "onnx-int8" if int8 else "onnx"
        path = Path(model_path)
        self.pooling, self.max_length = _pooling(path)
        try:
            import onnxruntime as ort
            from transformers import AutoTokenizer
        except ImportError as e:
            raise ModelError(f"the ONNX backend needs onnxruntime ({e}); pip install 'crosscheck[onnx]'") from None
        from importlib import metadata

        stamp = hashlib.blake2b(f"{identity}|{self.backend}|{metadata.version('onnxruntime')}".encode(), digest_size=8).hexdigest()
        scratch = None
        if store:  # exported once into the cache folder
            target = (Path(folder) if folder else default_cache_dir()) / "onnx" / f"{path.name}-{self.backend}-{stamp}"
        else:  # --no-cache: exported for this run only
            scratch = tempfile.TemporaryDirectory(prefix="crosscheck-onnx-")
            target = Path(scratch.name) / "model"
        if not (target / "model.onnx").is_file():
            _export(path, target, int8)
        opts = ort.SessionOptions()
        opts.intra_op_num_threads = threads or os.cpu_count() or 1
        opts.log_severity_level = 3
        try:
            self.session = ort.InferenceSession(str(target / "model.onnx"), opts, providers=["CPUExecutionProvider"])
            self.tokenizer = AutoTokenizer.from_pretrained(str(target / "tokenizer"))
        except Exception as e:
            raise ModelError(f"{target}: the exported model cannot be loaded ({str(e).splitlines()[0][:160]}); "
                             "delete that folder to export it again") from None
        finally:
            if scratch is not None:
                scratch.cleanup()
        self.inputs = [i.name for i in self.session.get_inputs()]
        width = self.session.get_outputs()[0].shape[-1]  # symbolic in some exports: then ask the model
        self.dim = width if isinstance(width, int) else int(self.encode_batch(["a"]).shape[1])
        self.cache_key = f"{identity}#{self.backend}"

    def encode(self, texts: list[str], *, batch_size: int = 64, on_batch=None) -> np.ndarray:
        from .batching import encode_by_length

        return encode_by_length(self.encode_batch, texts, batch_size, self.dim, on_batch)

    def encode_batch(self, texts: list[str]) -> np.ndarray:
        """One batch, padded together."""
        enc = self.tokenizer(texts, padding=True, truncation=True, max_length=self.max_length, return_tensors="np")
        hidden = self.session.run(None, {n: enc[n].astype(np.int64) for n in self.inputs})[0]
        if self.pooling == "cls":
            vec = hidden[:, 0]
        else:
            mask = enc["attention_mask"][..., None].astype(np.float32)
            vec = (hidden * mask).sum(axis=1) / np.clip(mask.sum(axis=1), 1e-9, None)
        vec = vec / np.clip(np.linalg.norm(vec, axis=1, keepdims=True), 1e-12, None)
        return vec.astype(np.float32)
