"""The embedding cache: hits and misses, one new article, crash safety, where it lives."""
from __future__ import annotations

import sqlite3

import numpy as np
import pytest

from crosscheck.embed import CachedEncoder, EmbeddingCache, default_cache_dir


class CountingEncoder:
    name = "fake"
    cache_key = "fake@1"

    def __init__(self):
        self.seen: list[str] = []

    def encode(self, texts, *, batch_size=64, on_batch=None):
        self.seen += list(texts)
        return np.array([[len(t), 1.0, 0.0] for t in texts], dtype=np.float32)


def test_second_run_embeds_only_what_is_new(tmp_path):
    enc = CountingEncoder()
    cached = CachedEncoder(enc, EmbeddingCache(tmp_path))
    first = cached.encode(["a", "bb", "ccc"])
    assert enc.seen == ["a", "bb", "ccc"]
    enc.seen.clear()
    again = CachedEncoder(enc, EmbeddingCache(tmp_path)).encode(["a", "bb", "ccc", "dddd"])
    assert enc.seen == ["dddd"]
    assert np.array_equal(again[:3], first)


def test_cache_is_keyed_by_model(tmp_path):
    enc, other = CountingEncoder(), CountingEncoder()
    other.cache_key = "other@1"
    CachedEncoder(enc, EmbeddingCache(tmp_path)).encode(["a"])
    CachedEncoder(other, EmbeddingCache(tmp_path)).encode(["a"])
    assert other.seen == ["a"]


def test_a_crash_mid_write_leaves_the_store_usable(tmp_path):
    cache = EmbeddingCache(tmp_path)
    cache.put("m", ["a"], np.ones((1, 3), dtype=np.float32))
    bad = [np.ones(3, dtype=np.float32), "not a vector"]
    with pytest.raises(AttributeError):  # the second row is no vector: the batch fails inside its transaction
        cache.put("m", ["b", "c"], bad)
    assert cache.get("m", ["a", "b"])[1] is None and cache.get("m", ["a"])[0] is not None
    con = sqlite3.connect(tmp_path / "embeddings.sqlite")
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_where_the_cache_lives(monkeypatch, tmp_path):
    monkeypatch.setenv("CROSSCHECK_CACHE", str(tmp_path / "c"))
    assert default_cache_dir() == tmp_path / "c"
    monkeypatch.delenv("CROSSCHECK_CACHE")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "x"))
    assert default_cache_dir() == tmp_path / "x" / "crosscheck"


@pytest.mark.models
def test_no_cache_writes_nothing(tmp_path, seeds_dir):
    from click.testing import CliRunner

    from crosscheck.cli import main

    r = CliRunner().invoke(main, ["check", str(seeds_dir / "002_377e5374b61a864d.txt"), "--quiet", "--no-cache",
                                  "--cache-dir", str(tmp_path / "c")])
    assert r.exit_code == 0, r.output
    assert not (tmp_path / "c").exists()
    r = CliRunner().invoke(main, ["check", str(seeds_dir / "002_377e5374b61a864d.txt"), "--quiet",
                                  "--cache-dir", str(tmp_path / "c")])
    assert r.exit_code == 0 and (tmp_path / "c" / "embeddings.sqlite").exists()


def test_the_claim_cache_key_covers_every_module_the_claim_reader_imports():
    """Issue 19: a change to any module that reads claims (the spaCy pipeline's set-up
    included) must make cached claims stale: every module of crosscheck.claims, and every
    module they import, is hashed into the reader's identity."""
    import ast
    from importlib import resources

    from crosscheck.embed.store import reader_files

    root = resources.files("crosscheck")
    hashed = {str(f) for f in reader_files()}
    reader = [p for p in (root / "claims").rglob("*.py")]
    assert reader and all(str(p) in hashed for p in reader)
    imported = set()
    for path in reader:
        package = path.parent
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level:
                base = package
                for _ in range(node.level - 1):
                    base = base.parent
                target = base.joinpath(*(node.module or "").split(".")) if node.module else base
                for candidate in (target.with_suffix(".py"), target / "__init__.py"):
                    if candidate.exists():
                        imported.add(str(candidate))
    # what gives claims their inputs or reports their errors, not their reading
    inputs = {str(root / "errors.py"), str(root / "interrupt.py"), str(root / "ingest" / "__init__.py")}
    assert imported - inputs <= hashed, sorted(imported - inputs - hashed)
    assert str(root / "data" / "entities.yaml") in hashed