"""From what editors have (scraped pages, HTML, text, JSON records) to articles.

    load_corpus(paths) -> Corpus: the inputs as read, their articles (with the text their
    spans index and their paragraphs), and the problems met on the way.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import SourceError
from ..models import Article, Problem, SourceInfo
from . import dates, sources
from .manifest import ManifestEntry, load_manifest
from .page import ArticleDraft, PageReader
from .rules import default_rules

__all__ = ["Corpus", "LoadedArticle", "load_corpus", "load_manifest"]


@dataclass(frozen=True)
class LoadedArticle:
    article: Article
    text: str  # the text the article's spans index (the decoded file, or a record's text)
    paragraphs: tuple[tuple[int, int], ...]


@dataclass
class Corpus:
    inputs: list[SourceInfo] = field(default_factory=list)
    articles: list[LoadedArticle] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def _record_draft(reader: PageReader, rec: sources.Record) -> ArticleDraft | None:
    d = reader.read_record(rec.text, rec.title)
    if d is None:
        return None
    reg = reader.registry
    if rec.outlet:
        d.outlet, d.outlet_evidence = reg.canonical(rec.outlet) or rec.outlet, "record field"
    if rec.publisher:
        d.publisher = reg.canonical(rec.publisher) or rec.publisher
        site = reg.lookup(rec.publisher)
        if d.outlet is None and site is not None and site.newsroom:
            d.outlet, d.outlet_evidence = site.name, f"published on its own site ({site.name})"
    if rec.published:
        found = dates.find_dates(rec.published)
        if found:
            site = reg.lookup(d.publisher)
            body = " ".join(rec.text[s:e] for s, e in d.paragraphs)
            d.published, d.published_evidence = dates.resolve(found[0], body, site.date_order if site else None)
    return d


def _apply_manifest(d: ArticleDraft, source: str, entries: list[ManifestEntry]) -> None:
    for e in entries:
        if e.matches(source, d.headline):
            for k, v in e.values.items():
                setattr(d, k, v)
                if k == "outlet":
                    d.outlet_evidence = "sources manifest"
                if k == "published":
                    d.published_evidence = "sources manifest"


def load_corpus(
    paths: list[str],
    *,
    manifest: str | Path | None = None,
    outlets: Path | None = None,
    page_rules: Path | None = None,
    max_bytes: int = sources.DEFAULT_MAX_BYTES,
    on_source=None,
) -> Corpus:
    """Read every input; a bad one becomes a Problem and the rest goes on.

    ``on_source(path)`` is called as each input is read (for progress displays).
    """
    registry, rules = default_rules(outlets, page_rules)
    reader = PageReader(rules, registry)
    entries = load_manifest(manifest) if manifest else []
    corpus = Corpus()
    files, errors = sources.expand(paths)
    corpus.problems += [Problem(source=e.source, message=e.problem) for e in errors]
    n = 0
    for path in files:
        if on_source:
            on_source(path)
        try:
            src = sources.read(path, max_bytes)
        except SourceError as e:
            corpus.problems.append(Problem(source=e.source, message=e.problem))
            continue
        corpus.problems += [Problem(source=src.path, message=w, level="warning") for w in src.warnings]
        if src.records is None:
            found = [(None, d) for d in reader.read_page(src.text)]
            texts = {None: src.text}
        else:
            found = [(r.index, d) for r in src.records if (d := _record_draft(reader, r)) is not None]
            texts = {r.index: r.text for r in src.records}
        if not found:
            corpus.problems.append(Problem(source=src.path, message="no article found (only furniture, or no sentences)"))
        for record, d in found:
            _apply_manifest(d, src.path, entries)
            n += 1
            art = Article(
                id=f"a{n}", source=src.path, record=record, start=d.start, end=d.end,
                headline=d.headline, outlet=d.outlet, publisher=d.publisher,
                published=d.published if isinstance(d.published, dt.date) else None,
                outlet_evidence=d.outlet_evidence, published_evidence=d.published_evidence,
            )
            corpus.articles.append(LoadedArticle(art, texts[record], tuple(d.paragraphs)))
        corpus.inputs.append(SourceInfo(path=src.path, format=src.format, encoding=src.encoding,
                                        sha256=src.sha256, chars=len(src.text), articles=len(found)))
    return corpus
