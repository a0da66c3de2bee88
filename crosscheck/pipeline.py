"""The check pipeline: inputs -> articles -> claims -> report.

Each stage takes what the previous one made and adds its part; the Report at the end is
the one object every output renders.
"""
from __future__ import annotations

import datetime as dt
import os
import time
from dataclasses import asdict, dataclass, field

from .claims import Workers, extract_claims
from .engines import long_lived, make_engine
from .errors import InputError
from .ingest import in_page
from .interrupt import checkpoint
from .models import Report
from .options import Options, Progress
from .version import __version__


#: Corpora of at least this many articles have their claims read by several processes.
PARALLEL_FROM = 40
OVERLAP_FROM = 200  # articles from which claims are embedded while the next ones are read


class _Timed(Progress):
    """Passes stages on to a front end and times them (seconds per stage, summed by name)."""

    def __init__(self, inner: Progress):
        self.inner = inner
        self.timings: dict[str, float] = {}
        self._name: str | None = None
        self._since = time.perf_counter()

    def stage(self, name: str, total: int | None = None) -> None:
        checkpoint()  # an interrupt that a finaliser swallowed stops the run here
        self.stop()
        self._name, self._since = name, time.perf_counter()
        self.inner.stage(name, total)

    def advance(self, n: int = 1) -> None:
        checkpoint()
        self.inner.advance(n)

    def stop(self) -> None:
        if self._name is not None:
            self.timings[self._name] = self.timings.get(self._name, 0.0) + time.perf_counter() - self._since
            self._name = None


@dataclass
class Run:
    """A finished check: the report, and what made it (for verify and known claims)."""

    report: Report
    alignment: object | None  # crosscheck.align.Alignment
    embeddings: object | None  # numpy array, one row per claim
    options: Options
    timings: dict[str, float] = field(default_factory=dict)  # seconds per stage


def check(paths: list[str], options: Options = Options(), progress: Progress | None = None, engine=None) -> Report:
    """Read the inputs and build the report. Raises InputError when nothing usable remains."""
    return analyse(paths, options, progress, engine).report


def analyse(paths: list[str], options: Options = Options(), progress: Progress | None = None, engine=None) -> Run:
    """check(), keeping the alignment and embeddings for further questions about the corpus.

    ``engine`` runs the heavy stages (default: made from ``options.engine``; one made here is
    closed at the end, one given is left to its owner)."""
    own = engine is None
    engine = engine or make_engine(options)
    try:
        return _analyse(paths, options, _Timed(progress or Progress()), engine)
    finally:
        if own:
            engine.close()


def _analyse(paths: list[str], options: Options, progress: _Timed, engine) -> Run:
    from .claims import load_spacy

    corpus = engine.read(paths, options, progress)
    if not corpus.articles:
        problems = "; ".join(f"{p.source}: {p.message}" for p in corpus.problems if p.level == "error")
        raise InputError(f"no usable input ({problems or 'no paths given'})")
    runner = engine.claim_runner(options)
    progress.stage("loading models")
    from .align import load_pair_model

    load_pair_model(options.pair_model)  # a desk's model file that cannot be read stops the run here
    nlp = load_spacy(options.spacy_model) if runner is None else None
    store = claim_cache = None
    if options.cache:
        from .embed import ClaimCache, EmbeddingCache, reader_identity

        store = EmbeddingCache(options.cache_dir)  # one store on disk: claims and embeddings
        claim_cache = ClaimCache(store, reader_identity(options.spacy_model))
    workers = options.workers or (os.cpu_count() or 1 if len(corpus.articles) >= PARALLEL_FROM else 1)
    stream = _embed_stream(engine, options, store, workers, len(corpus.articles))
    on_claims = gate = None
    if stream is not None and stream.pool is not None:
        # claims are embedded as they are read: spaCy in every worker process until there is a
        # first window of sentences to embed, then in workers - 1 while the encoder works on one
        # lane (one thread) here, so that every core works all along
        from .claims import Gate

        gate = Gate(workers)
        stream.lanes(1)

        def on_claims(_i, cs) -> None:
            stream.add([c.text for c in cs])
            if stream.running and not gate.kept:
                gate.keep()
    progress.stage("splitting sentences", total=len(corpus.articles))
    try:
        readers = Workers(workers, fork=True if on_claims else None, gate=gate, runner=runner)
        claims = extract_claims(corpus.articles, nlp, workers=readers, cache=claim_cache,
                                on_article=lambda _a: progress.advance(), on_claims=on_claims)
        if stream is not None:
            stream.lanes()  # the batches still to run take every lane
        articles = [la.article for la in corpus.articles]
        emb, heads = _embed(articles, claims, options, progress, store, engine, stream)
    finally:
        if stream is not None:
            stream.close()
    aligned = _align(articles, claims, emb, heads, options, progress, engine)
    claims, alignment = aligned.claims, aligned.alignment
    story_of = alignment.stories if alignment is not None else {}
    named = {a.id: a.story for a in articles if a.story}  # the editor's names for stories (sources manifest)
    articles = [a.model_copy(update={"story": story_of.get(a.id)}) for a in articles]
    articles, claims = in_page(corpus.articles, articles, claims)
    progress.stage("building the report")
    report = Report(
        models=model_versions(options),
        stories=make_stories(articles, claims, named),
        crosscheck_version=__version__,
        generated=dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat(),
        settings={k: v for k, v in asdict(options).items()},
        inputs=corpus.inputs,
        problems=corpus.problems,
        articles=articles,
        claims=claims,
        groups=aligned.groups,
        findings=aligned.findings,
    )
    progress.stop()
    return Run(report, alignment, emb, options, progress.timings)


def model_versions(options: Options) -> dict[str, str]:
    """Which models made the report, with the versions of the packages that carry them."""
    from importlib import metadata

    def v(pkg: str) -> str:
        try:
            return metadata.version(pkg)
        except metadata.PackageNotFoundError:
            return "?"

    spacy_pkg = options.spacy_model.replace("_", "-")
    enc = options.encoder
    return {
        "sentences and entities": f"{options.spacy_model} {v(spacy_pkg)} (spaCy {v('spacy')})",
        "encoder": f"{enc} {v(enc) if not enc.startswith('/') else ''}".strip()
                   + (f" (sentence-transformers {v('sentence-transformers')}, torch {v('torch')})" if options.backend == "torch"
                      else f" ({options.backend}, onnxruntime {v('onnxruntime')})"),
    }


def make_stories(articles, claims, named: dict[str, str] | None = None):
    """Stories as reported: titled by the name a sources manifest gives one of their articles'
    story (``named``: article id -> name), else by the headline of their article with the most
    claims."""
    from collections import Counter

    from .models import Story

    named = named or {}
    size = Counter(c.article for c in claims)
    position = {a.id: k for k, a in enumerate(articles)}
    by_story: dict[str, list] = {}
    for a in articles:
        if a.story:
            by_story.setdefault(a.story, []).append(a)
    out = []
    for sid in sorted(by_story, key=lambda s: int(s[1:]) if s[1:].isdigit() else s):
        arts = by_story[sid]
        lead = max(arts, key=lambda a: (size[a.id], -position[a.id]))
        dates = sorted(a.published for a in arts if a.published)
        names = sorted({named[a.id] for a in arts if a.id in named})
        out.append(Story(id=sid, title=names[0] if names else lead.headline or lead.source, articles=[a.id for a in arts],
                         outlets=sorted({a.outlet for a in arts if a.outlet}),
                         first_published=dates[0] if dates else None, last_published=dates[-1] if dates else None))
    return out


def _embed_stream(engine, options: Options, store, workers: int, n_articles: int):
    """Where claims will be embedded: in the background while they are read (the local engine,
    the torch encoder, two cores or more and a corpus worth it), else after. None when the
    encoder is loaded later (by _embed)."""
    from .embed import EmbedStream

    if not (options.overlap and engine.name == "local" and options.backend == "torch"
            and workers >= 2 and n_articles >= OVERLAP_FROM):
        return None
    encoder = engine.encoder(options)
    return EmbedStream(encoder, cache=store, batch_size=options.batch_size, background=True)


def _embed(articles, claims, options: Options, progress: Progress, store, engine, stream=None):
    """The embedding stage: the vectors of the claims and of the headlines (None, None when
    there is no claim), through ``stream`` when claims were embedded as they were read."""
    from .embed import EmbedStream

    if not claims:
        if stream is not None:
            stream.finish()
        return None, None
    if stream is None:
        progress.stage("loading models")
        encoder = engine.encoder(options)
        stream = EmbedStream(encoder, cache=store, batch_size=options.batch_size,
                             chunk=getattr(encoder, "stream_chunk", 0))
    texts = [c.text for c in claims]
    headlines = [a.headline or "" for a in articles]
    # claims and headlines in one job; a sentence copied word for word is embedded once
    unique = list(dict.fromkeys(texts + headlines))
    progress.stage("embedding claims", total=len(unique))
    progress.advance(len(stream.vectors))  # those served by the cache or embedded already
    stream.on_batch = progress.advance
    stream.add(unique)
    vectors = stream.finish(unique)
    row = {t: i for i, t in enumerate(unique)}
    return vectors[[row[t] for t in texts]], vectors[[row[t] for t in headlines]]


@dataclass
class _Aligned:
    """What the alignment and comparison stages add: the claims with canonical entity keys,
    the report's groups and findings, and the alignment (None without claims)."""

    claims: list
    groups: list = field(default_factory=list)
    findings: list = field(default_factory=list)
    alignment: object | None = None


def _align(articles, claims, emb, heads, options: Options, progress: Progress, engine) -> _Aligned:
    """Stories, entity keys, alignment and comparison (by the engine), then the report's
    findings and groups."""
    from .align import load_pair_model, make_groups, prepare
    from .compare import number

    if not claims:
        return _Aligned(claims)
    progress.stage("finding stories")  # on the driver: reads the whole corpus
    with long_lived():  # the corpus stays to the end: out of the cyclic collector's way
        prep = prepare(articles, claims, emb, heads)
        claims = prep.claims  # with the corpus's full entity keys
        progress.stage("aligning")
        alignment, proposals = engine.align_compare(prep, articles, claims, emb, progress, load_pair_model(options.pair_model))
        findings = number(proposals, claims)
        return _Aligned(claims, make_groups(articles, claims, alignment, emb, findings), findings, alignment)



# ---- a text placed in a finished run (known claims, crosscheck verify) ---------------------

#: the article a placed text stands in for, and the prefix of its claims' ids
STATEMENT_ARTICLE = "known-statement"
STATEMENT_ID = "known"


@dataclass
class Placement:
    """A text read, embedded, aligned and compared within one story of a finished run, by the
    same stages as check, as if it were one more article of that story."""

    story: str
    claims: list  # the text's claims (ids "known-1", ...), entity keys canonical
    alignment: object  # crosscheck.align.Alignment of the story with the text
    proposals: list  # crosscheck.compare.Proposal: findings of the story with the text
    best: float = 0.0  # the pair model's probability of the text's best match in the story


def read_statement(run: Run, text: str) -> list:
    """A text read as check reads an article (sentences, clauses and their facts, by the same
    reader and models): its claims, with ids "known-1", "known-2", ..."""
    from .claims import load_spacy
    from .ingest import LoadedArticle
    from .models import Article

    article = Article(id=STATEMENT_ARTICLE, source="<statement>", start=0, end=len(text), headline=None, outlet=None,
                      publisher=None, published=None)
    claims = extract_claims([LoadedArticle(article, text, ((0, len(text)),))], load_spacy(run.options.spacy_model))
    return [c.model_copy(update={"id": f"{STATEMENT_ID}-{k}"}) for k, c in enumerate(claims, 1)]


#: a placed text is aligned with each of the stories its claims are most like, this many, and
#: kept in the one where the pair model finds it states a fact of the story most surely
CANDIDATE_STORIES = 3


def place(run: Run, claims: list, story: str | None = None) -> Placement:
    """The claims of a text (:func:`read_statement`) placed in ``story`` (default: of the
    stories whose claims are most like them, the one where the pair model gives its best
    match the highest probability), then aligned and compared with that story's claims by
    the stages check runs: the run's encoder, entity keys and pair model, average linkage,
    and every finding rule."""
    import numpy as np

    from .align import canonical_entities, load_pair_model, nearest_stories, person_keys, principal_people
    from .compare import entity_names, propose
    from .engines import encoder_of

    rep, al, emb = run.report, run.alignment, run.embeddings
    if al is None or emb is None or not rep.claims or not claims:
        raise InputError("nothing to place the statement against: the run has no claims")
    vectors = np.asarray(encoder_of(run.options).encode([c.text for c in claims]), dtype=np.float32)
    # what does not depend on the story, worked out once
    persons = person_keys([*rep.claims, *claims], al.entity_map)
    lead = principal_people(claims, al.entity_map, persons).get(STATEMENT_ARTICLE, set())
    model = load_pair_model(run.options.pair_model)
    stories = [story] if story is not None else \
        nearest_stories(emb, [al.stories.get(c.article, "") for c in rep.claims], vectors, CANDIDATE_STORIES)
    # aligned in each candidate story; compared only in the one kept
    canonical = [canonical_entities(c, al.entity_map) for c in claims]
    best, story, alignment, articles = max((_align_in(run, canonical, vectors, s, persons, lead, model) + (s,)
                                            for s in stories), key=lambda t: t[0])[:4]
    members = [c for c in rep.claims if al.stories.get(c.article) == story]
    proposals = propose(articles, members + canonical, alignment, entity_names([*rep.claims, *canonical]))
    return Placement(story, canonical, alignment, proposals, best)


def _align_in(run: Run, claims: list, vectors, story: str, persons: set, lead: set, model):
    """The text's claims aligned in one story as one more article: (the probability of its best
    match there, the story, the Alignment, the story's articles with the text's)."""
    import numpy as np

    from .align import pair_claim, view
    from .engines import align_partition
    from .models import ASSUMED_DATE, Article

    rep, al, emb = run.report, run.alignment, run.embeddings
    mapping = al.entity_map
    members = [i for i, c in enumerate(rep.claims) if al.stories.get(c.article) == story]
    n = len(rep.claims)
    views = {i: al.views[rep.claims[i].id] for i in members}
    for k, c in enumerate(claims):
        v = view(c, n + k, story, mapping, lead, persons)
        v.pair = pair_claim(c, len(rep.articles), k, len(claims), mapping, v.lemmas)
        views[n + k] = v
    told = [a for a in rep.articles if al.stories.get(a.id) == story]
    # the text speaks as of the story's latest coverage (what the finding rules read time by)
    latest = max((a.published for a in told if a.published), default=None)
    pseudo = Article(id=STATEMENT_ARTICLE, source="<statement>", start=0, end=0, headline=None, outlet=None,
                     publisher=None, published=latest, published_evidence=ASSUMED_DATE if latest else None, story=story)
    articles = told + [pseudo]
    _, alignment, _ = align_partition(
        [story], {story: members + list(range(n, n + len(claims)))}, views, np.vstack([emb[members], vectors]),
        articles, [], {a.id: story for a in articles}, mapping, None, model, compare=False)
    best = max((alignment.probability(c.id, rep.claims[i].id) for c in claims for i in members), default=0.0)
    return best, story, alignment, articles
