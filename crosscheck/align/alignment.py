"""Stories, then claims that state the same fact across outlets.

1. Entity keys are resolved across the corpus: a surname alone ("Okafor") takes the full name
   it belongs to when exactly one full name in the corpus holds it.
2. Articles are grouped into stories (average-linkage clustering on what their headline and
   lead say and whom they name), so a claim about another meeting never joins this one's.
3. Within a story, every pair of claims gets the fitted pair model's probability that the
   two state the same fact (crosscheck.align.pairs: meaning, wording, entities, numbers, days,
   verbs, quotes, context; fitted on annotated stories by crosscheck.known.fit).
4. Groups: claims clustered by average linkage over those probabilities, cut at the model's
   threshold; a group is a set of claims that state one fact, and a claim joins one group,
   and a long claim, which may state two facts, also the one other group it is likely enough
   to state the fact of (second_groups).
   (A PairScorer, the hand-set score of before, still ranks claims for the finding types.)
"""
from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from ..claims.facts import ENCOUNTERS
from ..models import Article, Claim, Facts
from .clustering import average_linkage, neighbour_blocks, weighted_average_linkage
from .entities import PERSONISH, entity_keys, people_of, person_keys, resolve_entity_keys
from .pairs import EMPTY, SMALL, frozen, idf_weights, weighted_jaccard
from .settings import AlignSettings
from .stories import stories


# ---- claim pairs -----------------------------------------------------------------------

#: Nouns an ordinal may qualify when it speaks of an encounter ("first summit", "first time").


@dataclass
class ClaimView:
    """What alignment reads of a claim."""

    claim: Claim
    index: int
    story: str
    lemmas: frozenset[str]
    people: frozenset[str]
    named: bool  # whether the claim itself names its people (not inherited from its article)
    quantities: frozenset[tuple[float, str]]
    ordinals: frozenset[tuple[int, str]]
    days: frozenset[tuple[int, int]]  # (month, day)
    weekdays: frozenset[int]
    years: frozenset[int]
    pair: object = None  # crosscheck.align.pairs.PairClaim: what the pair model reads


def view(c: Claim, i: int, story: str, mapping: dict[str, str], article_people: set[str] = frozenset(),
         persons: set[str] | None = None) -> ClaimView:
    f = c.facts or Facts()
    people = people_of(f, mapping, persons) if persons is not None else entity_keys(f, mapping, PERSONISH)
    # frozen, every empty one the one shared EMPTY: a claim holds many such sets, most of them
    # empty (memory at 100k claims: docs/performance.md, session 21)
    return ClaimView(
        claim=c, index=i, story=story, lemmas=frozen(f.lemmas),
        # "They met ...", "The two leaders ...": a claim naming no one speaks of its article's principals
        people=frozen(people or article_people),  # (the article's one set where it is a frozenset already)
        named=bool(people),
        quantities=frozen((q.value, q.unit) for q in f.quantities if q.unit != "count" and q.hedge != "many"
                          and not (q.value <= SMALL and q.unit not in ("percent", "usd"))),
        ordinals=frozen((o.rank, "encounter" if (o.head or "") in ENCOUNTERS else (o.head or "")) for o in f.ordinals
                        if o.rank >= 1 and o.head),
        days=frozen((d.month, d.day) for d in f.dates if d.month and d.day),
        weekdays=frozen(d.weekday for d in f.dates if d.weekday is not None),
        years=frozen(d.year for d in f.dates if d.year and not d.month),
    )


def principal_people(claims: Sequence[Claim], mapping: dict[str, str], persons: set[str], lead: int = 3) -> dict[str, set[str]]:
    """The people an article is about: those named in its first claims."""
    out: dict[str, set[str]] = defaultdict(set)
    seen: Counter = Counter()
    for c in claims:
        if seen[c.article] < lead:
            out[c.article] |= people_of(c.facts, mapping, persons)
        seen[c.article] += 1
    return out


#: The hand-set alignment score of the first sessions, chosen by hand on the seeds before the
#: pair model was fitted. It no longer groups claims (the fitted model does); the finding types
#: read it only to order the claims a finding sets one against (compare.gather_pairs) and as
#: one of the signs that two tellings of an act are the same occurrence (compare.status). Kept
#: as it was: moving it moves no group and was never measured to help.
PLAIN = 0.5  # weight of the plain cosine against the story-centred one
SHARED_QUANTITY = 0.35  # the two claims state one quantity (value and unit)
SHARED_ORDINAL = 0.2  # one ordinal of one thing ("first summit"), or both of a meeting
SHARED_DAY = 0.3  # one calendar day
SHARED_WEEKDAY = 0.15  # one weekday, no common calendar day
SHARED_YEAR = 0.1
OTHER_PEOPLE = -0.15  # both name people, none in common


@dataclass
class PairScorer:
    """Scores a pair of claims of one story.

    Meaning is read twice: from the plain embeddings, and from embeddings centred on their
    story's mean (what every claim of the story shares taken out, so that what remains is
    what the claim says in particular). Words are weighted by how rare they are within the
    story; shared facts (the same quantity, day, ordinal) add evidence, and disjoint
    participants take some away.
    """

    idf: dict[str, dict[str, float]]  # story -> lemma -> idf
    emb: np.ndarray
    centred: np.ndarray
    rows: dict[int, int] | None = None  # claim index -> row of emb/centred, when they hold a part of the corpus
    _mass: dict[tuple[int, str], float] = field(default_factory=dict)
    _memo: dict[int, float] = field(default_factory=dict)

    def mass(self, v: ClaimView, story: str) -> float:
        key = (v.index, story)
        if key not in self._mass:
            idf = self.idf.get(story, {})
            self._mass[key] = sum(idf.get(k, 1.0) for k in v.lemmas)
        return self._mass[key]

    def lexical(self, a: ClaimView, b: ClaimView) -> float:
        return weighted_jaccard(a.lemmas, b.lemmas, self.idf.get(a.story, {}),
                                self.mass(a, a.story), self.mass(b, a.story))

    def facts_bonus(self, a: ClaimView, b: ClaimView) -> float:
        bonus = 0.0
        if a.quantities & b.quantities:
            bonus += SHARED_QUANTITY
        if a.ordinals & b.ordinals or ({h for _, h in a.ordinals} & {h for _, h in b.ordinals} & {"encounter"}):
            bonus += SHARED_ORDINAL
        if a.days & b.days:
            bonus += SHARED_DAY
        elif a.weekdays & b.weekdays:
            bonus += SHARED_WEEKDAY
        if a.years & b.years:
            bonus += SHARED_YEAR
        if a.named and b.named and not (a.people & b.people):
            bonus += OTHER_PEOPLE
        return bonus

    def score(self, a: ClaimView, b: ClaimView) -> float:
        i, j = a.index, b.index
        key = (i << 32 | j) if i < j else (j << 32 | i)  # one int: a third of a tuple's memory
        if key not in self._memo:
            if self.rows is not None:
                i, j = self.rows[i], self.rows[j]
            cos = PLAIN * float(self.emb[i] @ self.emb[j]) + (1 - PLAIN) * float(self.centred[i] @ self.centred[j])
            self._memo[key] = cos + self.lexical(a, b) + self.facts_bonus(a, b)
        return self._memo[key]


#: a story's vectors are centred on its mean from this many claims (fewer: the mean is one of them)
CENTRED_FROM = 3


def centre_by_story(emb: np.ndarray, by_story: dict[str, list[int]]) -> np.ndarray:
    out = emb.astype(np.float32).copy()
    for members in by_story.values():
        if len(members) < CENTRED_FROM:
            continue
        sub = out[members] - out[members].mean(axis=0)
        norms = np.linalg.norm(sub, axis=1, keepdims=True)
        out[members] = sub / np.where(norms == 0, 1.0, norms)
    return out


@dataclass
class Alignment:
    stories: dict[str, str]  # article id -> story id
    groups: list[list[str]]  # claim ids
    pair_scores: dict[tuple[str, str], float] = field(default_factory=dict)
    entity_map: dict[str, str] = field(default_factory=dict)  # short key -> full key
    scorer: PairScorer | None = None
    views: dict[str, ClaimView] = field(default_factory=dict)  # claim id -> view
    #: (a, b) with a < b -> (the pair model's probability that they state one fact, the same
    #: but for the one number, day or speaker that sets them apart); pairs below
    #: KEEP_PROBABILITY are absent (0, 0)
    probabilities: dict[tuple[str, str], tuple[float, float]] = field(default_factory=dict)

    def probability(self, a: str, b: str) -> float:
        """The pair model's probability that claims ``a`` and ``b`` state one fact."""
        return self.probabilities.get((a, b) if a < b else (b, a), (0.0, 0.0))[0]

    def alike_but_for(self, a: str, b: str) -> float:
        """The same, were their one clashing number, day or speaker to agree."""
        return self.probabilities.get((a, b) if a < b else (b, a), (0.0, 0.0))[1]

    def score(self, a: str, b: str) -> float:
        """How strongly two claims of one story state the same thing (the alignment score)."""
        s = self.pair_scores.get((a, b), self.pair_scores.get((b, a)))
        if s is None and self.scorer is not None and a in self.views and b in self.views:
            va, vb = self.views[a], self.views[b]
            s = self.scorer.score(va, vb) if va.story == vb.story else float("-inf")
            self.pair_scores[(a, b)] = s
        return s if s is not None else float("-inf")


@dataclass
class Prepared:
    """What alignment knows of the whole corpus before it looks inside a story: entity keys,
    stories, and what it reads of each claim."""

    entity_map: dict[str, str]
    stories: dict[str, str]  # article id -> story id
    views: list[ClaimView]  # one per claim, in corpus order
    by_story: dict[str, list[int]]  # story id -> claim indices, ascending
    #: the claims with every entity key the full one the corpus resolved it to, in corpus order:
    #: what the views, the report and the finding rules read (one copy of each claim is kept)
    claims: list[Claim] = field(default_factory=list)


def canonical_entities(claim: Claim, mapping: dict[str, str]) -> Claim:
    """The claim with every entity key replaced by the full key the corpus resolved it to."""
    f = claim.facts
    if f is None or not (any(e.key in mapping for e in f.entities) or any(q.speaker in mapping for q in f.quotes)):
        return claim
    ents = [e.model_copy(update={"key": mapping.get(e.key, e.key)}) for e in f.entities]
    quotes = [q.model_copy(update={"speaker": mapping.get(q.speaker, q.speaker)}) for q in f.quotes]
    return claim.model_copy(update={"facts": f.model_copy(update={"entities": ents, "quotes": quotes})})


def prepare(articles: Sequence[Article], claims: Sequence[Claim], emb: np.ndarray, headline_emb: np.ndarray,
            settings: AlignSettings = AlignSettings()) -> Prepared:
    from .pairs import pair_claim

    mapping = resolve_entity_keys(claims)
    story_of = stories(articles, claims, emb, headline_emb, mapping, settings)
    persons = person_keys(claims, mapping)
    principals = {a: frozen(p) for a, p in principal_people(claims, mapping, persons).items()}  # one set per article
    claims = [canonical_entities(c, mapping) for c in claims]
    order = {a.id: k for k, a in enumerate(articles)}
    count = Counter(c.article for c in claims)
    seen: Counter = Counter()
    views = []
    for i, c in enumerate(claims):
        v = view(c, i, story_of.get(c.article, ""), mapping, principals.get(c.article, EMPTY), persons)
        v.pair = pair_claim(c, order[c.article], seen[c.article], count[c.article], mapping, v.lemmas)
        seen[c.article] += 1
        views.append(v)
    by_story: dict[str, list[int]] = defaultdict(list)
    for v in views:
        by_story[v.story].append(v.index)
    return Prepared(mapping, story_of, views, dict(by_story), claims)


def partition_scorer(story_ids: Sequence[str], by_story: dict[str, list[int]], views: dict[int, ClaimView],
                     emb: np.ndarray) -> PairScorer:
    """The scorer of some stories: ``emb`` holds the rows of their claims, in ascending order."""
    members = sorted(i for s in story_ids for i in by_story[s])
    rows = {g: k for k, g in enumerate(members)}
    local = {s: [rows[i] for i in by_story[s]] for s in story_ids}
    centred = centre_by_story(emb, local)
    idf = {s: idf_weights([views[i].lemmas for i in by_story[s]]) for s in story_ids}
    return PairScorer(idf, emb, centred, rows)


@dataclass
class PartAlignment:
    """The groups of some stories (claim indices of the corpus), and the pairs likely to state
    one fact: (i, j) with i < j -> (probability, probability but for the element that sets
    them apart), kept where the probability reaches KEEP_PROBABILITY."""

    groups: list[frozenset[int]]
    pairs: dict[tuple[int, int], tuple[float, float]] = field(default_factory=dict)


#: pairs kept with their probabilities for the comparisons: no finding type looks at a pair
#: the model gives less than this as it stands (Context.compared_pairs) ...
KEEP_PROBABILITY = 0.3
#: ... unless the pair would be this likely but for its one clashing number, day or speaker,
#: and is at least KEEP_FLOOR likely as it stands
KEEP_ALIKE = 0.7
KEEP_FLOOR = 0.1


def group_order(g: frozenset[int]) -> tuple:
    """Groups are listed by their first claim, larger ones first, then by their members."""
    return (min(g), -len(g), sorted(g))


def align_stories(story_ids: Sequence[str], by_story: dict[str, list[int]], views: dict[int, ClaimView],
                  scorer: PairScorer, settings: AlignSettings = AlignSettings(), model=None) -> PartAlignment:
    """Group the claims of the given stories: within each story, every pair of claims gets the
    pair model's probability that they state the same fact, and claims are clustered on those
    probabilities by average linkage, cut where the mean probability between two clusters falls
    below the model's threshold. Average linkage cannot chain: a claim joins a group only if it
    states the group's fact with its members on average, not with one of them.

    Each story is aligned on its own, so stories can be handed out in any partition (one
    process, or a worker per partition) with one result."""
    from .pairs import load_pair_model

    from .pairs import probabilities

    model = model or load_pair_model(settings.pair_model)
    groups: list[frozenset[int]] = []
    kept: dict[tuple[int, int], tuple[float, float]] = {}
    pending: list[tuple[list[int], np.ndarray, np.ndarray, np.ndarray, np.ndarray]] = []  # blocks scored together

    def flush() -> None:
        if pending:
            # the second probability only for the pairs kept: only they are compared
            probs, alike = probabilities(model, np.vstack([x for _, _, _, x, _, _ in pending]), KEEP_FLOOR)
            at = 0
            for idx, r, c, x, arts, words in pending:
                p, q = probs[at : at + len(x)], alike[at : at + len(x)]
                groups.extend(_cluster(idx, r, c, p, model, arts, words))
                for k in np.flatnonzero((p >= KEEP_PROBABILITY) | ((q >= KEEP_ALIKE) & (p >= KEEP_FLOOR))):
                    i, j = idx[r[k]], idx[c[k]]
                    kept[(i, j) if i < j else (j, i)] = (float(p[k]), float(q[k]))
                at += len(x)
            pending.clear()

    waiting = 0
    for story in sorted(story_ids):
        members = by_story[story]
        if len({views[i].claim.article for i in members}) < 2:
            continue
        rows = np.array([scorer.rows[i] for i in members] if scorer.rows is not None else members)
        blocks = [list(range(len(members)))] if len(members) <= settings.dense_max else \
            neighbour_blocks(scorer.emb[rows], settings.block_similarity, max_size=settings.dense_max)
        for block in blocks:
            idx = [members[k] for k in block]
            if len(idx) < 2:
                continue
            r, c, x = _pair_features(idx, [views[i].pair for i in idx], scorer.emb[rows[block]], scorer.centred[rows[block]],
                                     settings.min_cosine)
            pending.append((idx, r, c, x, np.array([views[i].pair.article for i in idx]),
                            np.array([views[i].pair.words for i in idx])))
            waiting += len(x)
            if waiting >= settings.score_batch:
                flush()
                waiting = 0
    flush()
    return PartAlignment(sorted(groups, key=group_order), kept)


def _pair_features(idx: list[int], items, emb: np.ndarray, centred: np.ndarray, min_cosine: float = -1.0):
    """The pairs of a block worth scoring (cosine at least ``min_cosine``; the others are taken
    as different facts) and their features."""
    from .pairs import story_features

    r, c = np.triu_indices(len(idx), 1)
    if min_cosine > -1.0:
        near = (emb @ emb.T)[r, c] >= min_cosine
        r, c = r[near], c[near]
    return r, c, story_features(items, emb, centred, r, c)


def cluster_claims(idx: list[int], items, emb: np.ndarray, centred: np.ndarray, model) -> list[frozenset[int]]:
    """Groups (of two claims or more) among the claims ``idx`` of one story."""
    if len(idx) < 2:
        return []
    r, c, x = _pair_features(idx, items, emb, centred)
    known = all(it is not None for it in items)
    articles = np.array([it.article for it in items]) if known else None
    words = np.array([it.words for it in items]) if known else None
    return _cluster(idx, r, c, model.probability(x), model, articles, words)


#: A long claim often states two facts ("X was arrested Friday and appeared in court, where he
#: said ..."), and average linkage gives each claim one group. A claim of SECOND_GROUP_WORDS
#: words or more also joins the one other group whose members from other articles it states
#: the fact of with a mean probability of SECOND_GROUP or more. Of the development set's
#: annotated claims, those of 30 words or more state two facts in 40% of cases (95 of 240), the
#: shorter ones in 12% (65 of 559). Chosen leave one story out (benchmarks/alignment.py; docs/alignment.md,
#: session 54): dev 0.358 / 0.715 / 50 without, 0.379 / 0.716 / 51 with; a lower bar or a
#: shorter claim buys recall with precision (0.15: 0.403 / 0.692 / 54; 20 words: 0.387 / 0.708 / 53).
SECOND_GROUP = 0.2
SECOND_GROUP_WORDS = 30


def _cluster(idx: list[int], r: np.ndarray, c: np.ndarray, prob: np.ndarray, model,
             articles: np.ndarray | None = None, words: np.ndarray | None = None) -> list[frozenset[int]]:
    """Average linkage over the pair probabilities, cut at the model's threshold; a pair of
    claims of one article counts with the model's ``within_article`` weight (an article seldom
    tells one fact twice, so the model rates such pairs low, and at full weight they keep two
    claims that each state a fact other outlets state from joining its group). Then each long
    claim (``words``) may join a second group (second_groups)."""
    n = len(idx)
    sim = np.zeros((n, n))
    sim[r, c] = prob
    sim[c, r] = prob
    np.fill_diagonal(sim, 1.0)
    within = getattr(model, "within_article", 1.0)
    if articles is not None and within != 1.0:
        weight = np.where(articles[:, None] == articles[None, :], within, 1.0)
        labels = weighted_average_linkage(sim, weight, model.threshold)
    else:
        labels = average_linkage(sim, model.threshold)
    members: dict[int, list[int]] = defaultdict(list)
    for k, lab in enumerate(labels):
        members[lab].append(k)
    clusters = [m for m in members.values() if len(m) > 1]
    if words is not None and articles is not None:
        clusters = second_groups(sim, clusters, articles, words)
    return [frozenset(idx[k] for k in m) for m in clusters]


def second_groups(sim: np.ndarray, clusters: list[list[int]], articles: np.ndarray, words: np.ndarray,
                  bar: float = SECOND_GROUP, min_words: int = SECOND_GROUP_WORDS) -> list[list[int]]:
    """``clusters`` (lists of positions in ``sim``), each long claim added to the one other
    cluster it is likeliest to state the fact of: the mean probability between the claim and the
    cluster's members from other articles, if it reaches ``bar``."""
    long = np.flatnonzero(words >= min_words)
    if not len(long) or not clusters:
        return clusters
    member = np.zeros((len(sim), len(clusters)))
    for j, m in enumerate(clusters):
        member[m, j] = 1.0
    other = articles[long][:, None] != articles[None, :]  # (long claims, all claims)
    total = (sim[long] * other) @ member
    count = other.astype(float) @ member
    mean = np.where(count > 0, total / np.maximum(count, 1.0), -1.0)
    mean[member[long] > 0] = -1.0  # not the claim's own group
    best = mean.argmax(axis=1)
    extra: dict[int, list[int]] = defaultdict(list)
    for k, j, v in zip(long, best, mean[np.arange(len(long)), best]):
        if v >= bar:
            extra[int(j)].append(int(k))
    return [m + extra[j] if j in extra else m for j, m in enumerate(clusters)]


def align(articles: Sequence[Article], claims: Sequence[Claim], emb: np.ndarray, headline_emb: np.ndarray,
          settings: AlignSettings = AlignSettings()) -> Alignment:
    prep = prepare(articles, claims, emb, headline_emb, settings)
    scorer = corpus_scorer(prep, emb)
    part = align_stories(list(prep.by_story), prep.by_story, dict(enumerate(prep.views)), scorer, settings)
    return finish(prep, claims, [part], scorer)


def corpus_scorer(prep: Prepared, emb: np.ndarray) -> PairScorer:
    """The scorer of every story at once (rows of ``emb`` are claim indices)."""
    centred = centre_by_story(emb, prep.by_story)
    return PairScorer({s: idf_weights([prep.views[i].lemmas for i in m]) for s, m in prep.by_story.items()}, emb, centred)


def finish(prep: Prepared, claims: Sequence[Claim], parts: Sequence[PartAlignment], scorer: PairScorer | None) -> Alignment:
    """The alignment of the corpus from the alignments of its partitions."""
    groups = sorted((g for p in parts for g in p.groups), key=group_order)
    return Alignment(prep.stories, [[claims[i].id for i in sorted(g)] for g in groups], {}, prep.entity_map,
                     scorer, {claims[v.index].id: v for v in prep.views}, pair_probabilities(claims, parts))


def pair_probabilities(claims: Sequence[Claim], parts: Sequence[PartAlignment]) -> dict[tuple[str, str], tuple[float, float]]:
    out = {}
    for p in parts:
        for (i, j), v in p.pairs.items():
            a, b = claims[i].id, claims[j].id
            out[(a, b) if a < b else (b, a)] = v
    return out
