"""A sources manifest: an editor's word on who wrote what, overriding what pages say.

YAML (a list, or a mapping with ``sources:``) or CSV, with the columns ``file`` (a path,
a file name or a glob), and any of ``outlet``, ``publisher``, ``published`` (YYYY-MM-DD or
empty for "unknown"), ``story`` (a name the editor gives the story the file tells: files of one
name are one story, files of two names two, whatever their wording; files without one are placed
by what they say) and ``headline`` (to pick one article of a page by a part of its headline;
without it the entry applies to every article of the file).
"""
from __future__ import annotations

import csv
import datetime as dt
import fnmatch
import io
from dataclasses import dataclass
from pathlib import Path

import yaml

from ..errors import ManifestError

FIELDS = ("outlet", "publisher", "published", "story")


@dataclass(frozen=True)
class ManifestEntry:
    file: str
    headline: str | None
    values: dict[str, object]  # only the fields the entry sets; None means "unknown"

    def matches(self, source: str, headline: str | None) -> bool:
        p = Path(source)
        if not (self.file in (source, p.name) or fnmatch.fnmatch(source, self.file) or fnmatch.fnmatch(p.name, self.file)):
            return False
        return self.headline is None or (headline is not None and self.headline.casefold() in headline.casefold())


def _value(key: str, v: object, where: str) -> object:
    if v is None or (isinstance(v, str) and not v.strip()):
        return None
    if key == "published":
        if isinstance(v, dt.date):
            return v
        try:
            return dt.date.fromisoformat(str(v).strip()[:10])
        except ValueError:
            raise ManifestError(f"{where}: published must be YYYY-MM-DD, not {v!r}") from None
    return str(v).strip()


def load_manifest(path: str | Path) -> list[ManifestEntry]:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as e:
        raise ManifestError(f"{path}: cannot read the manifest: {e.strerror or e}") from None
    if path.suffix.lower() == ".csv":
        rows = list(csv.DictReader(io.StringIO(text)))
        # in CSV an empty cell means "not set" except where the column is given as "null"
        rows = [{k: (None if v == "null" else v) for k, v in r.items() if v != ""} for r in rows]
    else:
        try:
            data = yaml.safe_load(text)
        except yaml.YAMLError as e:
            raise ManifestError(f"{path}: not valid YAML: {str(e).splitlines()[0]}") from None
        rows = data.get("sources") if isinstance(data, dict) else data
        if not isinstance(rows, list):
            raise ManifestError(f"{path}: expected a list of sources (or a mapping with 'sources:')")
    entries = []
    for i, r in enumerate(rows, 1):
        where = f"{path}: entry {i}"
        if not isinstance(r, dict) or not r.get("file"):
            raise ManifestError(f"{where}: needs a 'file'")
        unknown = set(r) - {"file", "headline", *FIELDS}
        if unknown:
            raise ManifestError(f"{where}: unknown field(s) {', '.join(sorted(unknown))}")
        values = {k: _value(k, r[k], where) for k in FIELDS if k in r}
        entries.append(ManifestEntry(str(r["file"]), r.get("headline") or None, values))
    return entries
