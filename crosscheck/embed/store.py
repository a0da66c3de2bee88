"""An on-disk embedding cache: SQLite, keyed by encoder and text hash.

Re-running on a corpus with one new article embeds only that article. SQLite commits each
batch in one transaction (write-ahead log), so a crash mid-write leaves the store as it was
before the batch: never corrupt, at worst a few vectors short.

Where it lives: ``--cache-dir``, else ``$CROSSCHECK_CACHE``, else ``$XDG_CACHE_HOME/crosscheck``,
else ``~/.cache/crosscheck``. ``--no-cache`` turns it off.
"""
from __future__ import annotations

import hashlib
import os
import sqlite3
from functools import lru_cache
from pathlib import Path

import numpy as np

from ..errors import OutputError

SCHEMA = """
CREATE TABLE IF NOT EXISTS embeddings (
    model TEXT NOT NULL,
    key   BLOB NOT NULL,
    dim   INTEGER NOT NULL,
    vec   BLOB NOT NULL,
    PRIMARY KEY (model, key)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS claims (
    key   BLOB PRIMARY KEY,
    value BLOB NOT NULL
) WITHOUT ROWID;
"""


def default_cache_dir() -> Path:
    if os.environ.get("CROSSCHECK_CACHE"):
        return Path(os.environ["CROSSCHECK_CACHE"])
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "crosscheck"


def text_key(text: str) -> bytes:
    return hashlib.blake2b(text.encode("utf-8"), digest_size=16).digest()


class EmbeddingCache:
    """Vectors by (model, text); missing ones are None."""

    def __init__(self, folder: str | Path | None = None):
        self.folder = Path(folder) if folder else default_cache_dir()
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(self.folder / "embeddings.sqlite", timeout=30)
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=NORMAL")
            self.db.executescript(SCHEMA)
        except (OSError, sqlite3.Error) as e:
            raise OutputError(f"{self.folder}: the embedding cache cannot be opened ({e}); use --no-cache or --cache-dir") from None

    def get(self, model: str, texts: list[str]) -> list[np.ndarray | None]:
        keys = [text_key(t) for t in texts]
        found: dict[bytes, np.ndarray] = {}
        for i in range(0, len(keys), 900):  # SQLite's limit on bound parameters
            chunk = keys[i : i + 900]
            rows = self.db.execute(
                f"SELECT key, vec FROM embeddings WHERE model = ? AND key IN ({','.join('?' * len(chunk))})",
                [model, *chunk],
            ).fetchall()
            for k, v in rows:
                found[bytes(k)] = np.frombuffer(v, dtype=np.float32)
        return [found.get(k) for k in keys]

    def put(self, model: str, texts: list[str], vectors: np.ndarray) -> None:
        rows = [(model, text_key(t), int(v.shape[0]), np.asarray(v, dtype=np.float32).tobytes()) for t, v in zip(texts, vectors)]
        with self.db:  # one transaction: all or nothing
            self.db.executemany("INSERT OR REPLACE INTO embeddings VALUES (?, ?, ?, ?)", rows)

    def __len__(self) -> int:
        return self.db.execute("SELECT COUNT(*) FROM embeddings").fetchone()[0]

    def close(self) -> None:
        self.db.close()


class ClaimCache:
    """Claims (with their facts) of articles already read, keyed by the article's text, its
    paragraphs and publication date, and by the code and models that read it: a change to any
    of them reads the article afresh."""

    def __init__(self, store: EmbeddingCache, reader_identity: str):
        self.db = store.db
        self.identity = reader_identity

    def _key(self, la) -> bytes:
        a = la.article
        rel = [(s - a.start, e - a.start) for s, e in la.paragraphs]
        h = hashlib.blake2b(digest_size=20)
        for part in (self.identity, str(a.published), repr(rel), la.text[a.start : a.end]):
            h.update(part.encode("utf-8"))
            h.update(b"\0")
        return h.digest()

    def get(self, articles) -> list:
        import json

        from ..models import Claim

        out = []
        for la in articles:
            row = self.db.execute("SELECT value FROM claims WHERE key = ?", [self._key(la)]).fetchone()
            if row is None:
                out.append(None)
                continue
            shift = la.article.start
            items = json.loads(row[0])
            out.append([Claim.model_validate({**c, "article": la.article.id, "start": c["start"] + shift,
                                              "end": c["end"] + shift}) for c in items])
        return out

    def put(self, articles, claims_per_article) -> None:
        import json

        rows = []
        for la, claims in zip(articles, claims_per_article):
            shift = la.article.start
            items = [{**c.model_dump(mode="json", exclude={"facts"}), "facts": c.facts.model_dump(mode="json") if c.facts else None,
                      "start": c.start - shift, "end": c.end - shift} for c in claims]
            rows.append((self._key(la), json.dumps(items)))
        with self.db:
            self.db.executemany("INSERT OR REPLACE INTO claims VALUES (?, ?)", rows)


#: the package files whose change changes claims: the claim reader (every module of
#: crosscheck.claims), the calendar it reads dates with, the data types it fills, and its
#: data (tests/test_cache.py checks that every module the claim reader imports is here)
READER_PACKAGES = ("claims",)
READER_FILES = ("ingest/calendar.py", "models.py", "data/entities.yaml")


def reader_files() -> list:
    """The files (importlib.resources traversables) whose bytes make the reader's identity."""
    from importlib import resources

    def modules(folder, prefix: str) -> list:
        found = []
        for p in folder.iterdir():
            if p.is_dir() and p.name != "__pycache__":
                found += modules(p, f"{prefix}{p.name}/")
            elif p.name.endswith(".py"):
                found.append((f"{prefix}{p.name}", p))
        return found

    pkg = resources.files("crosscheck")
    out = [p for name in READER_PACKAGES for _, p in sorted(modules(pkg.joinpath(name), f"{name}/"), key=lambda x: x[0])]
    return out + [pkg.joinpath(name) for name in READER_FILES]


@lru_cache(maxsize=8)
def reader_identity(spacy_model: str) -> str:
    """What claims depend on: the code that reads them (sentences and clauses, facts, and the
    spaCy pipeline's set-up, whose changes move parser decisions), its data, and the spaCy
    model. A change to any of them makes every cached claim stale. Read once per process: a
    long run (a benchmark) whose source files change under it keeps reading and storing
    claims under the identity of the code it runs, not of the files now on disk."""
    from importlib import metadata

    h = hashlib.blake2b(digest_size=16)
    for f in reader_files():
        h.update(f.name.encode())
        h.update(f.read_bytes())
    try:
        h.update(metadata.version(spacy_model.replace("_", "-")).encode())
    except metadata.PackageNotFoundError:
        h.update(spacy_model.encode())
    return f"{spacy_model}:{h.hexdigest()}"
