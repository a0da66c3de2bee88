"""Articles into stories: average-linkage clustering on what their headline and lead say and
whom they name, so that a claim about another event never joins this one's facts."""
from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Sequence

import numpy as np

from ..models import Article, Claim
from .clustering import average_linkage, neighbour_blocks
from .entities import entity_keys
from .pairs import idf_weights, weighted_jaccards
from .settings import AlignSettings


#: very large corpora are cut into blocks of neighbours first, at a bar this far below the
#: story threshold: the articles of one story are far more alike than that (chosen; the
#: scaling benchmark keeps every story whole, docs/scaling.md)
BLOCK_MARGIN = 0.2

#: the similarity of two articles the editor's manifest puts in one story (the most any two
#: articles can have, so that they join before anything else), and of two it puts in two
#: stories (so low that no mean over a cluster holding them both reaches any bar)
TOLD_SAME, TOLD_APART = 1.0, -1e6


def _tfidf_cosine(docs: Sequence[Counter], at_least: int = 0) -> np.ndarray:
    """Cosine of the documents' tf-idf vectors (log term frequency, idf within ``docs``, read
    as if there were ``at_least`` documents: see :func:`~crosscheck.align.pairs.idf_weights`)."""
    from scipy import sparse

    n = len(docs)
    m = max(n, at_least)
    df = Counter(k for d in docs for k in d)
    vocab = {k: i for i, k in enumerate(df)}
    ri, ci, val = [], [], []
    for r, d in enumerate(docs):
        for k, v in d.items():
            ri.append(r)
            ci.append(vocab[k])
            val.append((1.0 + math.log(v)) * math.log((m + 1) / (df[k] + 0.5)))
    if not vocab:
        return np.zeros((n, n))
    x = sparse.csr_matrix((val, (ri, ci)), shape=(n, len(vocab)))
    norms = np.sqrt(np.asarray(x.multiply(x).sum(axis=1)).ravel())
    x = sparse.diags(1.0 / np.where(norms > 0, norms, 1.0)) @ x
    return (x @ x.T).toarray()


def _publication_gaps(published: Sequence, settings: AlignSettings) -> tuple[np.ndarray, np.ndarray]:
    """For each two articles: how far apart they were published, from 0 (within
    ``days_grace`` days, or either undated) to 1 (``days_apart`` days or more); and whether
    both are dated and published within ``days_grace`` days of each other (1 or 0)."""
    dated = np.array([d is not None for d in published])
    both = np.outer(dated, dated)
    days = np.array([d.toordinal() if d else 0 for d in published], dtype=float)
    gap = np.abs(days[:, None] - days[None, :])
    span = max(settings.days_apart - settings.days_grace, 1)
    far = np.where(both, np.clip((gap - settings.days_grace) / span, 0.0, 1.0), 0.0)
    near = (both & (gap <= settings.days_grace)).astype(float)
    return far, near


def _as_told(sim: np.ndarray, names: Sequence[str | None]) -> np.ndarray:
    """``sim`` with the editor's word put in: TOLD_SAME for two articles named one story,
    TOLD_APART for two named two stories, as it was where either is unnamed."""
    if not any(names):
        return sim
    lab = np.array([n or "" for n in names], dtype=object)
    both = np.outer(lab != "", lab != "")
    same = lab[:, None] == lab[None, :]
    return np.where(both, np.where(same, TOLD_SAME, TOLD_APART), sim)


def _join_named(labels: list[int], names: Sequence[str | None]) -> list[int]:
    """Clusters that hold articles of one named story made one (articles of one name can fall
    into two blocks of a very large corpus; within a block they always join)."""
    first: dict[str, int] = {}
    alias: dict[int, int] = {}
    for lab, n in zip(labels, names):
        if n:
            root = first.setdefault(n, lab)
            if root != lab:
                alias[lab] = root
    return [alias.get(lab, lab) for lab in labels]


def stories(articles: Sequence[Article], claims: Sequence[Claim], emb: np.ndarray, headline_emb: np.ndarray,
            mapping: dict[str, str], settings: AlignSettings = AlignSettings()) -> dict[str, str]:
    """Article id -> story id ("s1", ...). An article's ``story`` as read (the name a sources
    manifest gives its story) is the editor's word: articles of one name are one story, of two
    names two stories; unnamed articles are placed by what they say, in a named story or not."""
    by_article: dict[str, list[int]] = defaultdict(list)
    for i, c in enumerate(claims):
        by_article[c.article].append(i)
    arts = [a for a in articles if by_article.get(a.id)]
    if not arts:
        return {}
    lead_vecs, ent_sets, all_names = [], [], []
    position = {a.id: k for k, a in enumerate(articles)}
    for a in arts:
        idx = by_article[a.id]
        lead = idx[: settings.lead_claims]
        v = emb[lead].sum(axis=0) + headline_emb[position[a.id]]
        lead_vecs.append(v / (np.linalg.norm(v) or 1.0))
        ents: set[str] = set()
        for i in idx[: settings.lead_claims + 2]:
            ents |= entity_keys(claims[i].facts, mapping)
        ent_sets.append(ents)
        all_names.append(set().union(*(entity_keys(claims[i].facts, mapping) for i in idx)))
    L = np.array(lead_vecs, dtype=np.float32)
    idf = idf_weights(ent_sets, settings.story_documents)
    names_idf = idf_weights(all_names, settings.story_documents)
    words = [Counter(w for i in by_article[a.id] for w in (claims[i].facts.lemmas if claims[i].facts else []))
             for a in arts]
    w_lead, w_names, w_words = settings.story_weights
    labels = [0] * len(arts)
    # stories are clustered within blocks of articles that could belong together, so the
    # cost grows with the size of the largest block, not with the square of the corpus
    blocks = [list(range(len(arts)))] if len(arts) <= settings.max_block else neighbour_blocks(L, settings.story_threshold - BLOCK_MARGIN, max_size=settings.block_cap)
    offset = 0
    for block in blocks:
        ent = weighted_jaccards([ent_sets[i] for i in block], idf)
        sim = w_lead * (L[block] @ L[block].T) + w_names * ent \
            + w_words * _tfidf_cosine([words[i] for i in block], settings.story_documents)
        named = np.array([len(ent_sets[i]) >= settings.names_evidence for i in block])
        if named.any():
            shared = weighted_jaccards([all_names[i] for i in block], names_idf)  # names anywhere in the articles
            apart = np.clip(1.0 - shared / settings.names_shared, 0.0, 1.0) * np.outer(named, named)
            sim -= settings.names_penalty * apart
        if settings.days_penalty or settings.days_bonus:
            far, near = _publication_gaps([arts[i].published for i in block], settings)
            sim += settings.days_bonus * near - settings.days_penalty * far
        sim = _as_told(sim, [arts[i].story for i in block])
        local = average_linkage(sim, settings.story_threshold)
        for i, lab in zip(block, local):
            labels[i] = offset + lab
        offset += max(local) + 1
    labels = _join_named(labels, [a.story for a in arts])
    # number stories by their first article, as they appear in the input
    first: dict[int, int] = {}
    for i, lab in enumerate(labels):
        first.setdefault(lab, i)
    order = {lab: k for k, lab in enumerate(sorted(first, key=first.get))}
    return {a.id: f"s{order[labels[k]] + 1}" for k, a in enumerate(arts)}


#: a text without a headline (a known statement) is placed by its claims' best matches: the
#: mean cosine of the story's this many claims most like it
NEAREST = 3


def nearest_stories(emb: np.ndarray, story_of_claim: Sequence[str], vectors: np.ndarray, k: int = 1) -> list[str]:
    """The stories of a short text that has no headline or lead (a known statement): the ``k``
    whose claims it is most like, nearest first (``emb``, one row per claim of the corpus, each
    in the story ``story_of_claim`` gives; ``vectors``, one row per claim of the text)."""
    sims = (emb @ vectors.T).max(axis=1)
    by_story: dict[str, list[int]] = defaultdict(list)
    for i, s in enumerate(story_of_claim):
        by_story[s].append(i)
    return sorted(sorted(by_story), key=lambda s: -float(np.mean(np.sort(sims[by_story[s]])[-NEAREST:])))[:k]
