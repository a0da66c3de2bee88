"""Whether two claims of one story state the same fact: pair features and a fitted model.

Every pair of claims of a story (or, in a very large story, every pair among each claim's
nearest neighbours) is described by features that say nothing about any one story:

    cos, ccos          cosine of the sentence vectors, plain and centred on the story's mean
                       (what every claim of the story shares taken out)
    gap_max, gap_min   how far the other claim falls short of the best match in its article
                       (0 when it is the best): a fact is told once or twice per article
    lex                idf-weighted overlap of content lemmas (idf within the story)
    ent, ent_clash     overlap of canonical entity keys; both name entities but share none
    num_same, num_clash the same quantity (value and unit); the same unit with other values only
    day_same, day_clash the same day or weekday; both give days, none the same
    verb               overlap of the main verbs (past "said", "expected to")
    quote, speaker_same, speaker_clash
                       overlap of the words quoted; the same named speaker; different ones
    len_ratio, pos_gap, same_article
                       shorter over longer (words); distance of their places in their articles;
                       both from one article
    context            cosine of the two claims read with their neighbours in their articles
                       (a fact often takes two or three sentences)
    profile            how alike the two claims' similarities to every other claim of the
                       story are (second-order similarity: claims of one fact resemble the same
                       other claims)
    rare               the idf of the rarest content word the two claims share
    adjacent           1 / the number of claims between them plus one, within one article

A small model fitted on annotated stories (``benchmarks/alignment.py``, ``data/pair_model.json``) turns
them into the probability that the two claims state the same fact; :mod:`crosscheck.align`
clusters claims on those probabilities.
"""
from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import resources
from pathlib import Path

import numpy as np

from ..errors import DataFileError
from ..ingest.calendar import MONTH_NAMES, WEEKDAYS

FEATURES = ("cos", "ccos", "gap_max", "gap_min", "lex", "ent", "ent_clash", "num_same", "num_clash",
            "day_same", "day_clash", "verb", "quote", "speaker_same", "speaker_clash", "len_ratio",
            "pos_gap", "same_article", "context", "profile", "rare", "adjacent")

_QUOTE_WORD = re.compile(r"[^\W\d_]{3,}")


@dataclass
class PairClaim:
    """What the pair features read of one claim."""

    article: int  # the article's position in the corpus
    position: float  # where the claim stands in its article, 0 (first) .. 1 (last)
    index: int  # its place among its article's claims (0, 1, ...)
    words: int
    lemmas: frozenset[str]
    entities: frozenset[str]  # canonical keys
    numbers: frozenset[str]  # "unit:value"
    units: frozenset[str]
    days: frozenset[str]  # "m-d" or "w<weekday>"
    verbs: frozenset[str]
    quoted: frozenset[str]  # words inside quotation marks
    speakers: frozenset[str]  # named speakers (not inferred from a pronoun)


#: one or two of a thing ("two leaders", "2 days") is no fact that singles a claim out
SMALL = 2

#: names of days and months, left out of the words (``lex``, ``rare``): the day features read
#: them, and a pair whose one day differs must differ in those features alone, or the pair
#: "but for the day" (``but_for``) still counts the day against it (the project's one table of
#: the names: Python's calendar module would give them in the machine's language)
CALENDAR_WORDS = frozenset((*WEEKDAYS, *MONTH_NAMES))


#: the one empty set every claim that states no day, number, quote ... holds: each empty
#: frozenset made anew costs ~200 bytes, and most of a claim's sets are empty (at 100k claims,
#: a quarter of a gigabyte; docs/performance.md, session 21)
EMPTY: frozenset = frozenset()


def frozen(items) -> frozenset:
    """``frozenset(items)``, the shared EMPTY when it is empty."""
    s = frozenset(items)
    return s if s else EMPTY


def pair_claim(claim, article: int, index: int, count: int, mapping: dict[str, str],
               lemmas: frozenset[str] | None = None) -> PairClaim:
    """``index``: the claim's place among the ``count`` claims of its article; ``lemmas``: the
    claim's lemmas as a frozenset already made (by its alignment view), shared where no
    calendar word is among them."""
    f = claim.facts
    position = index / max(1, count - 1)
    if f is None:
        return PairClaim(article, position, index, len(claim.text.split()), EMPTY, EMPTY, EMPTY, EMPTY, EMPTY, EMPTY, EMPTY, EMPTY)
    lemmas = frozen(f.lemmas) if lemmas is None else lemmas
    # (a list: a set would hash each model); counts in words of many ("dozens of") are no figure here
    nums = [q for q in f.quantities if (q.unit != "count" or q.value > SMALL) and q.hedge != "many"]
    days = {f"{d.month}-{d.day}" for d in f.dates if d.month and d.day}
    days |= {f"w{d.weekday}" for d in f.dates if d.weekday is not None and not d.day}
    quoted = {w.casefold() for q in f.quotes for w in _QUOTE_WORD.findall(q.text)}
    speakers = {mapping.get(q.speaker, q.speaker) for q in f.quotes if q.speaker and not q.inferred}
    return PairClaim(
        article=article, position=position, index=index, words=max(1, len(claim.text.split())),
        lemmas=lemmas if lemmas.isdisjoint(CALENDAR_WORDS) else frozen(lemmas - CALENDAR_WORDS),
        entities=frozen(mapping.get(e.key, e.key) for e in f.entities),
        numbers=frozen(f"{q.unit}:{q.value:g}" for q in nums), units=frozen(q.unit for q in nums),
        days=frozen(days), verbs=frozen(f.actions + ([f.predicate] if f.predicate else [])),
        quoted=frozen(quoted), speakers=frozen(speakers),
    )


def idf_weights(sets: Sequence[frozenset[str]], at_least: int = 0) -> dict[str, float]:
    """Inverse document frequency of every key over ``sets`` (smoothed: never 0 or negative),
    counted as if there were ``at_least`` sets when there are fewer, the others holding none
    of the keys (in a handful of documents, a key they all share is not thereby worthless)."""
    n = max(len(sets), at_least)
    df = Counter(k for s in sets for k in s)
    return {k: math.log((n + 1) / (d + 0.5)) for k, d in df.items()}


#: Up to this many cells (sets x distinct keys) the overlaps are one dense product (1 MB at 8
#: bytes a cell); past it, a sparse one.
DENSE_CELLS = 1 << 17


def _overlaps(sets: Sequence[frozenset[str]], weights: dict[str, float] | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Shared weight of every two sets, and each set's weight (one matrix product: dense for a
    story's sets, sparse past DENSE_CELLS)."""
    from scipy import sparse

    vocab: dict[str, int] = {}
    ri, ci = [], []
    for r, s in enumerate(sets):
        # weighted sums in one column order in every process (a set's order follows Python's
        # string hashing); sums of ones are exact in any order
        for k in (s if weights is None else sorted(s)):
            ri.append(r)
            ci.append(vocab.setdefault(k, len(vocab)))
    n = len(sets)
    if not vocab:
        return np.zeros((n, n)), np.zeros(n)
    w = np.ones(len(vocab)) if weights is None else np.array([weights.get(k, 1.0) for k in vocab])
    if n * len(vocab) <= DENSE_CELLS:  # a story's sets: a dense product costs less than building a sparse one
        x = np.zeros((n, len(vocab)))
        x[ri, ci] = 1.0
        return (x * w) @ x.T, x @ w
    x = sparse.csr_matrix((np.ones(len(ri)), (ri, ci)), shape=(n, len(vocab)))
    inter = (x.multiply(w) @ x.T).toarray()
    return inter, np.asarray(x @ w).ravel()


def weighted_jaccards(sets: Sequence[frozenset[str]], weights: dict[str, float] | None = None) -> np.ndarray:
    """Weighted Jaccard of every two sets (shared weight over their union's), one sparse product."""
    inter, mass = _overlaps(sets, weights)
    union = mass[:, None] + mass[None, :] - inter
    return np.divide(inter, union, out=np.zeros_like(inter), where=union > 0)


def weighted_jaccard(a: set[str], b: set[str], idf: dict[str, float],
                     mass_a: float | None = None, mass_b: float | None = None) -> float:
    """The weighted Jaccard of two sets (:func:`weighted_jaccards` for one pair: shared weight
    over their union's, a key's weight 1 where ``idf`` lacks it); the masses of a and b may be
    given precomputed."""
    inter = sum(idf.get(k, 1.0) for k in a & b)
    if mass_a is None:
        mass_a = sum(idf.get(k, 1.0) for k in a)
    if mass_b is None:
        mass_b = sum(idf.get(k, 1.0) for k in b)
    union = mass_a + mass_b - inter
    return inter / union if union > 0 else 0.0


def _rarest_shared(sets: Sequence[frozenset[str]]) -> np.ndarray:
    """For every two sets, the idf of the rarest word they share (0 when none)."""
    idf = idf_weights(sets)
    vocab = {w: k for k, w in enumerate(idf)}
    n = len(sets)
    if not vocab:
        return np.zeros((n, n))
    has = np.zeros((n, len(vocab)), dtype=bool)
    for r, s in enumerate(sets):
        has[r, [vocab[w] for w in s]] = True
    weight = np.array(list(idf.values()))
    out = np.zeros((n, n))
    step = max(1, 4_000_000 // (n * len(vocab)))  # rows at a time: bounded memory
    for k in range(0, n, step):
        both = has[k : k + step, None, :] & has[None, :, :]
        out[k : k + step] = np.where(both, weight, 0.0).max(axis=2)
    return out


def story_features(items: Sequence[PairClaim], emb: np.ndarray, centred: np.ndarray,
                   rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
    """The features (columns in FEATURES order) of the pairs (rows[k], cols[k]) of one story's
    claims ``items``; ``emb`` and ``centred`` hold their vectors in the same order."""
    n = len(items)
    cos = np.clip(emb @ emb.T, -1.0, 1.0)
    ccos = np.clip(centred @ centred.T, -1.0, 1.0)
    art = np.array([it.article for it in items])
    # the best cosine of each claim in each article: best[i, a]
    arts, code = np.unique(art, return_inverse=True)
    best = np.full((n, len(arts)), -1.0)
    for k in range(len(arts)):
        cols_k = np.flatnonzero(code == k)
        best[:, k] = cos[:, cols_k].max(axis=1)
    gap_ij = best[rows, code[cols]] - cos[rows, cols]
    gap_ji = best[cols, code[rows]] - cos[rows, cols]

    lex = weighted_jaccards([it.lemmas for it in items], idf_weights([it.lemmas for it in items]))
    ent_sets = [it.entities for it in items]
    ent = weighted_jaccards(ent_sets, idf_weights(ent_sets))
    has_ent = np.array([bool(s) for s in ent_sets])
    num_same, _ = _overlaps([it.numbers for it in items])
    unit_same, _ = _overlaps([it.units for it in items])
    day_same, _ = _overlaps([it.days for it in items])
    has_day = np.array([bool(it.days) for it in items])
    verb = weighted_jaccards([it.verbs for it in items])
    quote = weighted_jaccards([it.quoted for it in items])
    spk_same, _ = _overlaps([it.speakers for it in items])
    has_spk = np.array([bool(it.speakers) for it in items])
    words = np.array([it.words for it in items], dtype=float)
    pos = np.array([it.position for it in items])
    index = np.array([it.index for it in items])

    # each claim with its neighbours in its article (claims of an article are consecutive)
    ctx = emb.astype(np.float64).copy()
    same_prev = np.zeros(n, dtype=bool)
    same_prev[1:] = art[1:] == art[:-1]
    ctx[1:][same_prev[1:]] += emb[:-1][same_prev[1:]]
    ctx[:-1][same_prev[1:]] += emb[1:][same_prev[1:]]
    ctx /= np.linalg.norm(ctx, axis=1, keepdims=True)
    context = ctx @ ctx.T
    prof = ccos.copy()
    np.fill_diagonal(prof, 0.0)
    prof /= np.maximum(np.linalg.norm(prof, axis=1, keepdims=True), 1e-9)
    profile = prof @ prof.T
    rare = _rarest_shared([it.lemmas for it in items])[rows, cols]

    r, c = rows, cols
    out = np.column_stack([
        cos[r, c], ccos[r, c], np.maximum(gap_ij, gap_ji), np.minimum(gap_ij, gap_ji), lex[r, c],
        ent[r, c], (has_ent[r] & has_ent[c] & (ent[r, c] == 0)).astype(float),
        np.minimum(num_same[r, c], 2.0), ((unit_same[r, c] > 0) & (num_same[r, c] == 0)).astype(float),
        np.minimum(day_same[r, c], 2.0), (has_day[r] & has_day[c] & (day_same[r, c] == 0)).astype(float),
        verb[r, c], quote[r, c], (spk_same[r, c] > 0).astype(float),
        (has_spk[r] & has_spk[c] & (spk_same[r, c] == 0)).astype(float),
        np.minimum(words[r], words[c]) / np.maximum(words[r], words[c]),
        np.abs(pos[r] - pos[c]), (art[r] == art[c]).astype(float),
        context[r, c], profile[r, c], rare,
        np.where(art[r] == art[c], 1.0 / np.maximum(1, np.abs(index[r] - index[c])), 0.0),
    ])
    return out


# ---- the model --------------------------------------------------------------------------

@dataclass(frozen=True)
class PairModel:
    """Gradient-boosted trees (or a linear model: one tree-less intercept and weights) over
    FEATURES, giving log-odds; read from a JSON data file."""

    features: tuple[str, ...]
    intercept: float
    weights: tuple[float, ...] = ()  # linear part (may be empty)
    trees: tuple[dict, ...] = ()  # {"feature", "threshold", "left", "right", "value"} arrays
    learning_rate: float = 1.0
    threshold: float = 0.5  # the cut of the clustering: probability of the same fact
    meta: dict = field(default_factory=dict)  # how it was fitted
    within_article: float = 1.0  # the weight of a pair of one article's claims in the clustering

    def log_odds(self, x: np.ndarray) -> np.ndarray:
        cols = [FEATURES.index(f) for f in self.features]
        x = x[:, cols]
        z = np.full(len(x), self.intercept, dtype=np.float64)
        if self.weights:
            z += x @ np.asarray(self.weights)
        if self.trees:
            z += self.learning_rate * self._forest.values(x)
        return z

    @cached_property
    def _forest(self) -> _Forest:
        return _Forest(self.trees)

    def probability(self, x: np.ndarray) -> np.ndarray:
        # rounded, so that vectors equal to within float noise give the same decisions
        return np.round(1.0 / (1.0 + np.exp(-self.log_odds(x))), 6)

    def to_json(self) -> str:
        return json.dumps({"format": "crosscheck-pair-model/1", "features": list(self.features),
                           "intercept": self.intercept, "weights": list(self.weights),
                           "learning_rate": self.learning_rate, "trees": list(self.trees),
                           "threshold": self.threshold, "within_article": self.within_article, "meta": self.meta},
                          separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str, where: str = "pair model") -> PairModel:
        try:
            d = json.loads(text)
            if d.get("format") != "crosscheck-pair-model/1":
                raise ValueError("not a crosscheck-pair-model/1 file")
            unknown = [f for f in d["features"] if f not in FEATURES]
            if unknown:
                raise ValueError(f"unknown features {unknown}")
            return cls(tuple(d["features"]), float(d["intercept"]), tuple(d.get("weights") or ()),
                       tuple(d.get("trees") or ()), float(d.get("learning_rate", 1.0)),
                       float(d.get("threshold", 0.5)), dict(d.get("meta") or {}), float(d.get("within_article", 1.0)))
        except (ValueError, KeyError, TypeError) as e:
            raise DataFileError(f"{where}: {e}") from None


class _Forest:
    """The trees, each evaluated for all pairs at once: every split is one comparison of one
    feature column, and the rows that reach a node are the rows that reach its parent and go its
    way (boolean masks, no per-row walk). Each row reaches exactly one leaf of each tree, and
    trees are added in order, so the sums are those of walking the trees row by row."""

    def __init__(self, trees: Sequence[dict]):
        self.trees = []
        for t in trees:
            feat, thr = np.asarray(t["feature"], dtype=np.int64), np.asarray(t["threshold"], dtype=np.float64)
            left, right = np.asarray(t["left"], dtype=np.int64), np.asarray(t["right"], dtype=np.int64)
            value = np.asarray(t["value"], dtype=np.float64)
            splits, leaves, order = [], [], [0]
            while order:  # parents before children
                nd = order.pop(0)
                if left[nd] >= 0:
                    splits.append((int(nd), int(feat[nd]), float(thr[nd]), int(left[nd]), int(right[nd])))
                    order += [int(left[nd]), int(right[nd])]
                else:
                    leaves.append((int(nd), float(value[nd])))
            self.trees.append((splits, leaves))

    def values(self, x: np.ndarray) -> np.ndarray:
        """The sum over trees of each row's leaf value."""
        n = len(x)
        out = np.zeros(n)
        cols = np.ascontiguousarray(np.asarray(x, dtype=np.float64).T)
        for splits, leaves in self.trees:
            reach = {0: np.ones(n, dtype=bool)}
            for nd, f, t, lo, hi in splits:
                here = reach.pop(nd)
                go_left = cols[f] <= t
                reach[lo] = here & go_left
                reach[hi] = here & ~go_left
            tree = np.zeros(n)
            for nd, v in leaves:
                tree[reach[nd]] = v
            out += tree
        return out


#: What a pair's features would be if the element that sets the two claims apart agreed: the
#: clash features off and the element counted as shared. A pair whose probability is low only
#: because of one number, day or speaker, and high once that agrees, states one fact with that
#: element told differently: the candidates of findings (crosscheck.compare).
ALIKE_BUT_FOR = {"num_clash": ("num_same", 1.0), "day_clash": ("day_same", 1.0), "speaker_clash": ("speaker_same", 1.0)}


def but_for(x: np.ndarray) -> np.ndarray:
    """The rows of ``x`` with every clash neutralised (see ALIKE_BUT_FOR)."""
    out = x.copy()
    for clash, (same, value) in ALIKE_BUT_FOR.items():
        k, j = FEATURES.index(clash), FEATURES.index(same)
        on = out[:, k] > 0
        out[on, k] = 0.0
        out[on, j] = np.maximum(out[on, j], value)
    return out


def has_clash(x: np.ndarray) -> np.ndarray:
    return np.any(x[:, [FEATURES.index(c) for c in ALIKE_BUT_FOR]] > 0, axis=1)


def probabilities(model: PairModel, x: np.ndarray, floor: float = 0.0) -> tuple[np.ndarray, np.ndarray]:
    """The model's probability that each pair states one fact, and the same but for the
    number, day or speaker that clashes (worked out only for pairs at or above ``floor``,
    the others keep their plain probability)."""
    p = model.probability(x)
    alike = p.copy()
    clash = has_clash(x) & (p >= floor)
    if clash.any():
        alike[clash] = np.maximum(p[clash], model.probability(but_for(x[clash])))
    return p, alike


@lru_cache(maxsize=4)
def load_pair_model(path: str | None = None) -> PairModel:
    """The bundled model (data/pair_model.json), or one a desk fitted (``benchmarks/alignment.py --out FILE``)."""
    if path:
        try:
            text = Path(path).read_text(encoding="utf-8")
        except OSError as e:
            raise DataFileError(f"{path}: cannot be read: {e.strerror or e}") from None
        return PairModel.from_json(text, path)
    text = resources.files("crosscheck").joinpath("data", "pair_model.json").read_text(encoding="utf-8")
    return PairModel.from_json(text, "crosscheck/data/pair_model.json")
