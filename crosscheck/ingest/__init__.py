"""From what editors have (scraped pages, HTML, text, JSON records) to articles.

    load_corpus(paths) -> Corpus: the inputs as read, their articles (with the text their
    spans index and their paragraphs), and the problems met on the way.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import SourceError
from ..models import Article, Claim, Problem, SourceInfo
from . import dates, sources
from .calendar import MONTHS, WEEKDAYS, month_number, month_of, weekday_number
from .manifest import ManifestEntry, load_manifest
from .page import ArticleDraft, PageReader
from .rules import default_rules
from .sources import DEFAULT_MAX_BYTES, expand

__all__ = ["DEFAULT_MAX_BYTES", "MONTHS", "WEEKDAYS", "Corpus", "LoadedArticle", "SourceRead", "SourceReader", "assemble",
           "default_rules", "expand", "in_page", "load_corpus", "load_manifest", "month_number",
           "month_of", "weekday_number"]


@dataclass(frozen=True)
class LoadedArticle:
    article: Article
    text: str  # the text the article's spans index (the decoded file, or a record's text)
    paragraphs: tuple[tuple[int, int], ...]
    #: for an HTML page: the extract's characters in the page (spans are moved there once
    #: the report is built, so that they point into the file an editor has)
    offsets: sources.PageOffsets | None = None


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
    if d.outlet is None and rec.author:
        # a byline the page's metadata gives and its text leaves out ("By Jane Roe, Associated
        # Press" over a syndicated story): the outlet it names, a known one that writes news
        for part in re.split(r"\s*(?:;|,|\band\b|\|)\s*", rec.author):
            o = reg.lookup(part)
            if o is not None and not o.is_site_only:
                d.outlet, d.outlet_evidence = o.name, f"the page's byline ({rec.author.strip()})"
                break
    on_host = reg.by_domain(rec.host) if rec.host else None
    if d.outlet is None and on_host is not None and not on_host.is_site_only:
        d.outlet, d.outlet_evidence = on_host.name, f"the page's own site ({rec.host})"
    if rec.publisher:
        d.publisher = reg.canonical(rec.publisher) or rec.publisher
        site = reg.lookup(rec.publisher)
        if d.outlet is None and site is not None and not site.is_site_only:
            # an outlet's own page (a newsroom's, or an agency's own site): its copy
            d.outlet, d.outlet_evidence = site.name, f"published on its own site ({site.name})"
        elif d.outlet is None and site is None and rec.publisher.strip():
            # a site the outlet data does not know, naming itself in its page's metadata, and
            # nothing in the text credits another outlet: the site is the outlet (aggregators
            # are in the outlet data, marked as not newsrooms, and stay publishers only)
            d.outlet, d.outlet_evidence = d.publisher, f"the page's own site name ({rec.publisher.strip()})"
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


@dataclass
class SourceRead:
    """What one input file gave: its description, its articles (not yet numbered), problems."""

    path: str
    info: SourceInfo | None = None
    articles: list[LoadedArticle] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


class SourceReader:
    """Reads input files into articles with one set of page rules and one manifest; made
    once and used for many files (in one process, or once per worker of an engine)."""

    def __init__(self, *, manifest: str | Path | None = None, outlets: Path | None = None,
                 page_rules: Path | None = None, max_bytes: int = sources.DEFAULT_MAX_BYTES,
                 entries: list[ManifestEntry] | None = None):
        registry, rules = default_rules(outlets, page_rules)
        self.reader = PageReader(rules, registry)
        self.entries = entries if entries is not None else (load_manifest(manifest) if manifest else [])
        self.max_bytes = max_bytes

    def read(self, path: str) -> SourceRead:
        out = SourceRead(path)
        try:
            src = sources.read(path, self.max_bytes)
        except SourceError as e:
            out.problems.append(Problem(source=e.source, message=e.problem))
            return out
        out.problems += [Problem(source=src.path, message=w, level="warning") for w in src.warnings]
        reader = self.reader
        if src.records is None:
            found = [(None, d) for d in reader.read_page(src.text)]
            texts, offsets = {None: src.text}, {}
        else:
            found = [(r.index, d) for r in src.records if (d := _record_draft(reader, r)) is not None]
            texts = {r.index: r.text for r in src.records}
            offsets = {r.index: r.offsets for r in src.records}
        if not found:
            out.problems.append(Problem(source=src.path, message="no article found (only furniture, or no sentences)"))
        for record, d in found:
            _apply_manifest(d, src.path, self.entries)
            art = Article(
                id="", source=src.path, record=record, start=d.start, end=d.end,
                headline=d.headline, outlet=d.outlet, publisher=d.publisher,
                published=d.published if isinstance(d.published, dt.date) else None,
                outlet_evidence=d.outlet_evidence, published_evidence=d.published_evidence,
                story=d.story,  # the editor's name for its story, if any: the story step reads it
            )
            out.articles.append(LoadedArticle(art, texts[record], tuple(d.paragraphs), offsets.get(record)))
        out.info = SourceInfo(path=src.path, format=src.format, encoding=src.encoding,
                              sha256=src.sha256, chars=len(src.text), articles=len(found))
        return out


def assemble(expand_errors: list[SourceError], reads: list[SourceRead]) -> Corpus:
    """The corpus from its files as read, in input order; articles numbered a1, a2, ..."""
    corpus = Corpus()
    corpus.problems += [Problem(source=e.source, message=e.problem) for e in expand_errors]
    for r in reads:
        corpus.problems += r.problems
        for la in r.articles:
            art = la.article.model_copy(update={"id": f"a{len(corpus.articles) + 1}"})
            corpus.articles.append(LoadedArticle(art, la.text, la.paragraphs, la.offsets))
        if r.info is not None:
            corpus.inputs.append(r.info)
    return corpus


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
    reader = SourceReader(manifest=manifest, outlets=outlets, page_rules=page_rules, max_bytes=max_bytes)
    files, errors = sources.expand(paths)
    reads = []
    for path in files:
        if on_source:
            on_source(path)
        reads.append(reader.read(path))
    return assemble(errors, reads)


def in_page(loaded: list[LoadedArticle], articles: list[Article], claims: list[Claim]) -> tuple[list[Article], list[Claim]]:
    """Articles and claims with the spans of HTML extracts moved into their pages: every span
    then points into the file as read (its markup between the words), as for text files."""
    maps = {la.article.id: la.offsets for la in loaded if la.offsets is not None}
    if not maps:
        return articles, claims

    def moved(x, m):
        s, e = m.span(x.start, x.end)
        return x.model_copy(update={"start": s, "end": e})

    out_articles = [moved(a, maps[a.id]) if a.id in maps else a for a in articles]
    out_claims = []
    for c in claims:
        m = maps.get(c.article)
        if m is None:
            out_claims.append(c)
            continue
        f = c.facts
        if f is not None:
            f = f.model_copy(update={k: [moved(x, m) for x in getattr(f, k)]
                                     for k in ("entities", "quantities", "dates", "ordinals", "quotes")})
        c = moved(c, m)
        out_claims.append(c.model_copy(update={"facts": f}) if f is not None else c)
    return out_articles, out_claims
