"""Pair features, the pair model and the clustering on hand-built claims (no model needed)."""
from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crosscheck.align import cluster_claims
from crosscheck.align.pairs import FEATURES, PairModel, pair_claim, story_features
from crosscheck.errors import DataFileError
from crosscheck.models import Claim, DateRef, Entity, Facts, Quantity, Quote


def claim(text: str, *, ents=(), qty=None, day=None, quote=None, speaker=None, lemmas=(), verbs=()) -> Claim:
    f = Facts(
        entities=[Entity(text=e, label="PERSON", key=e, start=0, end=1) for e in ents],
        quantities=[Quantity(text="q", value=qty[0], unit=qty[1], start=0, end=1)] if qty else [],
        dates=[DateRef(text="d", start=0, end=1, month=day[0], day=day[1])] if day else [],
        quotes=[Quote(text=quote, speaker=speaker, start=0, end=1)] if quote else [],
        lemmas=list(lemmas), actions=list(verbs))
    return Claim(id="x", article="a", text=text, start=0, end=len(text), facts=f)


def feature(x: np.ndarray, k: int, name: str) -> float:
    return float(x[k, FEATURES.index(name)])


def vectors(*rows) -> np.ndarray:
    v = np.array(rows, dtype=np.float32)
    return v / np.linalg.norm(v, axis=1, keepdims=True)


def test_facts_agree_and_clash_as_features():
    # three claims of a reservoir story: two outlets give the dam's height, a third another one
    items = [
        pair_claim(claim("The dam is 120 metres high, Ines Varga said.", ents=["varga ines"], qty=(120, "m"),
                         day=(3, 4), quote="it will hold", speaker="varga ines", lemmas=["dam", "high"], verbs=["say"]),
                   article=0, index=0, count=2, mapping={}),
        pair_claim(claim("Engineers built the dam 120 metres tall.", ents=["varga ines"], qty=(120, "m"), day=(3, 4),
                         quote="it will hold", speaker="varga ines", lemmas=["dam", "tall", "engineer"], verbs=["build"]),
                   article=1, index=0, count=1, mapping={}),
        pair_claim(claim("The dam rises 95 metres, said Piet Olde.", ents=["olde piet"], qty=(95, "m"), day=(3, 5),
                         quote="it may not hold", speaker="olde piet", lemmas=["dam", "rise"], verbs=["say"]),
                   article=0, index=1, count=2, mapping={}),
    ]
    emb = vectors([1, 0.2, 0], [1, 0.25, 0], [1, 0, 0.5])
    rows, cols = np.array([0, 0, 1]), np.array([1, 2, 2])
    x = story_features(items, emb, emb, rows, cols)
    assert x.shape == (3, len(FEATURES))
    assert feature(x, 0, "cos") == pytest.approx(float(emb[0] @ emb[1]))
    assert feature(x, 0, "num_same") == 1 and feature(x, 0, "num_clash") == 0
    assert feature(x, 1, "num_same") == 0 and feature(x, 1, "num_clash") == 1
    assert feature(x, 0, "day_same") == 1 and feature(x, 1, "day_clash") == 1
    assert feature(x, 0, "speaker_same") == 1 and feature(x, 1, "speaker_clash") == 1
    assert feature(x, 1, "ent_clash") == 1 and feature(x, 0, "ent") > 0
    assert feature(x, 0, "quote") == 1.0 and 0 < feature(x, 1, "quote") < 1
    assert feature(x, 1, "same_article") == 1 and feature(x, 1, "adjacent") == 1 and feature(x, 0, "adjacent") == 0
    # claim 1 is claim 0's best match in article 1, and claim 0 is claim 1's in article 0
    assert feature(x, 0, "gap_max") == pytest.approx(0.0, abs=1e-6)


def test_numbers_in_words_compare_with_digits():
    from crosscheck.claims.facts import quantities

    words = {round(q.value) for q in quantities("Twelve of the 20 senators voted no.", 0, [])}
    assert 12 in words and 20 in words


def tree_model(threshold: float = 0.5) -> PairModel:
    # log-odds: -2 below cos 0.5, +3 above it; plus 1.0 when a number is shared
    stump = {"feature": [0, 0, 0], "threshold": [0.5, 0, 0], "left": [1, -1, -1], "right": [2, -1, -1],
             "value": [0.0, -2.0, 3.0]}
    nums = {"feature": [1, 0, 0], "threshold": [0.5, 0, 0], "left": [1, -1, -1], "right": [2, -1, -1],
            "value": [0.0, 0.0, 1.0]}
    return PairModel(("cos", "num_same"), 0.0, (), (stump, nums), 1.0, threshold)


def test_a_model_reads_its_trees_and_round_trips_as_json():
    m = tree_model()
    x = np.zeros((3, len(FEATURES)))
    x[:, FEATURES.index("cos")] = [0.2, 0.9, 0.9]
    x[:, FEATURES.index("num_same")] = [0, 0, 1]
    assert m.log_odds(x).tolist() == [-2.0, 3.0, 4.0]
    again = PairModel.from_json(m.to_json())
    assert again == m
    assert np.array_equal(again.probability(x), m.probability(x))
    # the clustering's weight of pairs within one article travels with the model; a file
    # written before it had one clusters every pair at full weight
    import json
    half = PairModel.from_json(json.dumps({**json.loads(m.to_json()), "within_article": 0.5}))
    assert half.within_article == 0.5 and PairModel.from_json(half.to_json()) == half
    old = json.loads(m.to_json())
    del old["within_article"]
    assert PairModel.from_json(json.dumps(old)).within_article == 1.0


def test_a_model_file_with_unknown_features_is_refused_in_one_line():
    text = tree_model().to_json().replace('"num_same"', '"shoe_size"')
    with pytest.raises(DataFileError, match="unknown features"):
        PairModel.from_json(text, "desk.json")


class Given:
    """A stand-in pair model: the probability of each pair is read from a matrix (its first
    feature holds the pair's row, the second its column)."""

    threshold = 0.5
    meta = None

    def __init__(self, p: np.ndarray):
        self.p = p

    def probability(self, x):
        return self.p[x[:, -2].astype(int), x[:, -1].astype(int)]


def test_clustering_does_not_chain_claims_through_a_middle_one(monkeypatch):
    import crosscheck.align.pairs as pairs

    # A~B and B~C say the same fact, A and C do not: average linkage keeps A and C apart
    p = np.array([[1, 0.9, 0.0, 0.0], [0.9, 1, 0.8, 0.0], [0.0, 0.8, 1, 0.0], [0.0, 0.0, 0.0, 1]])
    monkeypatch.setattr(pairs, "story_features", lambda items, e, c, r, k: np.column_stack([r, k]))
    groups = cluster_claims([10, 11, 12, 13], [None] * 4, np.zeros((4, 2)), np.zeros((4, 2)), Given(p))
    assert groups == [frozenset({10, 11})]
    p[0, 2] = p[2, 0] = 0.7  # now all three hold together, on average
    groups = cluster_claims([10, 11, 12, 13], [None] * 4, np.zeros((4, 2)), np.zeros((4, 2)), Given(p))
    assert groups == [frozenset({10, 11, 12})]


def test_weighted_average_linkage_is_average_linkage_with_weights_one_and_a_weight_0_pair_does_not_count():
    from crosscheck.align.clustering import average_linkage, weighted_average_linkage

    rng = np.random.default_rng(7)
    for _ in range(50):
        n = int(rng.integers(2, 30))
        p = np.triu(rng.random((n, n)) ** 3, 1)
        p = p + p.T
        assert weighted_average_linkage(p, np.ones((n, n)), 0.1) == average_linkage(p, 0.1)
    # A and B, two claims of one article, each state the fact C states; A and B rate low together
    p = np.array([[1, 0.02, 0.6], [0.02, 1, 0.5], [0.6, 0.5, 1]])
    one_article = np.array([[1, 0.0, 1], [0.0, 1, 1], [1, 1, 1]])
    assert average_linkage(p, 0.3) == [0, 1, 0]  # B is kept out by its pair with A
    assert weighted_average_linkage(p, one_article, 0.3) == [0, 0, 0]
    # two claims of one article alone, with no other claim to join, never merge
    assert weighted_average_linkage(np.array([[1, 0.9], [0.9, 1]]), np.array([[1, 0.0], [0.0, 1]]), 0.3) == [0, 1]


def test_fit_exports_trees_that_read_as_sklearn_reads_them():
    pytest.importorskip("sklearn")
    from crosscheck.known.fit import Pairs, fit

    rng = np.random.default_rng(0)
    n = 600
    x = rng.uniform(0, 1, (n, len(FEATURES)))
    y = ((x[:, 0] + 0.5 * x[:, 4] + rng.normal(0, 0.1, n)) > 0.9).astype(np.int8)
    pairs = Pairs(x, y, np.zeros(n, dtype=int), ["s"], np.ones(n, dtype=bool), np.zeros((n, 2), dtype=int),
                  np.zeros(n, dtype=bool))
    model = fit(pairs, iterations=30)  # fit checks the export against sklearn's own scores
    p = model.probability(x)
    assert ((p >= 0.5) == (y == 1)).mean() > 0.9
    assert model.meta["bags"] > 1 and len(model.trees) == 30  # distilled: the trees of one model
    one = fit(pairs, iterations=30, bags=1)
    assert ((one.probability(x) >= 0.5) == (y == 1)).mean() > 0.9 and "bags" not in one.meta


def test_training_rows_leave_the_story_out_and_draw_a_repeatable_few():
    from crosscheck.known.fit import Pairs, training_rows

    story = np.repeat(np.arange(6), 3)  # six stories of three pairs each
    n = len(story)
    pairs = Pairs(np.zeros((n, len(FEATURES))), np.zeros(n, dtype=np.int8), story, [f"s{i}" for i in range(6)],
                  np.ones(n, dtype=bool), np.zeros((n, 2), dtype=int), np.zeros(n, dtype=bool))
    every_other = training_rows(pairs, "s2")
    assert set(story[every_other]) == {0, 1, 3, 4, 5} and len(every_other) == 15
    assert training_rows(pairs, "unlabelled") is None  # a story with no pairs: fitted on all
    few = training_rows(pairs, "s2", train_stories=2, draw=0)
    assert len(set(story[few])) == 2 and 2 not in set(story[few]) and len(few) == 6
    assert np.array_equal(few, training_rows(pairs, "s2", train_stories=2, draw=0))  # repeatable
    draws = {tuple(sorted(set(story[training_rows(pairs, "s2", train_stories=2, draw=d)]))) for d in range(8)}
    assert len(draws) > 1  # another draw, other stories
    assert np.array_equal(training_rows(pairs, "s2", train_stories=9), every_other)  # more than there are: all


def test_idf_read_as_if_the_corpus_held_more_documents():
    from crosscheck.align.pairs import idf_weights

    sets = [frozenset({"levy", "county"}), frozenset({"levy", "mayor"}), frozenset({"levy"})]
    plain, padded = idf_weights(sets), idf_weights(sets, at_least=15)
    assert plain["levy"] < 0.2 and padded["levy"] > 1.5  # shared by all three: still a word
    assert padded["county"] > padded["levy"]  # rarer is still weightier
    assert idf_weights(sets, at_least=2) == plain  # more documents than that: as they are


@settings(max_examples=60, deadline=None)
@given(st.lists(st.frozensets(st.sampled_from("abcdefgh"), max_size=6), min_size=2, max_size=5),
       st.dictionaries(st.sampled_from("abcdefgh"), st.floats(0.1, 5.0), max_size=8))
def test_the_two_forms_of_weighted_jaccard_agree(sets, idf):
    """One definition, two forms: the pair scorer's (one pair) and the pair features' (every
    pair at once, one sparse product)."""
    from crosscheck.align.pairs import weighted_jaccard, weighted_jaccards

    matrix = weighted_jaccards(sets, idf)
    for i, a in enumerate(sets):
        for j, b in enumerate(sets):
            if i != j:
                assert matrix[i, j] == pytest.approx(weighted_jaccard(a, b, idf), abs=1e-9)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.floats(-2, 2) | st.just(float("nan")), st.floats(-2, 2), st.floats(-2, 2)), min_size=1, max_size=40))
def test_the_forest_gives_each_row_the_sum_of_its_leaves(rows):
    """Trees evaluated by masks over whole columns give what walking each row down each tree
    gives, to the bit (a NaN goes right, as in the walk)."""
    from crosscheck.align.pairs import _Forest

    trees = [
        {"feature": [0, 1, -1, -1, 2, -1, -1], "threshold": [0.0, 0.5, 0, 0, -1.0, 0, 0],
         "left": [1, 2, -1, -1, 5, -1, -1], "right": [4, 3, -1, -1, 6, -1, -1],
         "value": [0, 0, 0.25, -0.5, 0, 1.125, -2.0]},
        {"feature": [2, -1, -1], "threshold": [0.1, 0, 0], "left": [1, -1, -1], "right": [2, -1, -1],
         "value": [0, 0.3, 0.7]},
    ]

    def walk(tree, row):
        nd = 0
        while tree["left"][nd] >= 0:
            nd = tree["left"][nd] if row[tree["feature"][nd]] <= tree["threshold"][nd] else tree["right"][nd]
        return tree["value"][nd]

    x = np.array(rows, dtype=np.float64)
    expected = np.zeros(len(x))
    for tree in trees:
        expected += np.array([walk(tree, r) for r in x])
    assert np.array_equal(_Forest(trees).values(x), expected)


def test_overlaps_are_the_same_bits_whatever_the_hash_seed():
    """Set order follows Python's per-process string hashing; the overlaps' sums must not, or a
    refit on the same gold gives another model in every process."""
    import os
    import subprocess
    import sys

    code = (
        "import hashlib, random\n"
        "from crosscheck.align.pairs import weighted_jaccards\n"
        "rng = random.Random(7)\n"
        "words = [f'w{i}' for i in range(400)]\n"
        "sets = [frozenset(rng.sample(words, rng.randint(5, 60))) for _ in range(70)]\n"
        "weights = {w: rng.uniform(0.1, 7.3) for w in words}\n"
        "print(hashlib.md5(weighted_jaccards(sets, weights).tobytes()).hexdigest())\n"
    )
    got = set()
    for seed in ("1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
        got.add(out.stdout.strip())
    assert len(got) == 1


def test_a_pair_told_on_two_days_differs_from_one_told_on_one_day_in_the_day_features_alone():
    from crosscheck.align.pairs import but_for

    def told(weekday: str, wd: int, article: int) -> object:
        c = claim(f"The council approved the harbour budget on {weekday}.", lemmas=["council", "approve", "harbour", "budget", weekday.lower()])
        c = c.model_copy(update={"facts": c.facts.model_copy(update={"dates": [DateRef(text=weekday, start=0, end=1, weekday=wd)]})})
        return pair_claim(c, article=article, index=0, count=1, mapping={})

    emb = vectors([1, 0.2, 0], [1, 0.25, 0])
    same = story_features([told("Tuesday", 1, 0), told("Tuesday", 1, 1)], emb, emb, np.array([0]), np.array([1]))
    apart = story_features([told("Tuesday", 1, 0), told("Thursday", 3, 1)], emb, emb, np.array([0]), np.array([1]))
    assert feature(apart, 0, "day_clash") == 1 and feature(same, 0, "day_same") == 1
    # the weekday is no shared word: the words features are those of one day, so "but for the day" is one day
    assert feature(apart, 0, "lex") == feature(same, 0, "lex") and feature(apart, 0, "rare") == feature(same, 0, "rare")
    assert np.array_equal(but_for(apart), same)


def test_a_claims_empty_sets_are_one_shared_object_and_its_lemmas_one_set():
    # memory: at 100k claims each empty set made anew costs a quarter of a gigabyte
    from crosscheck.align.alignment import view
    from crosscheck.align.pairs import EMPTY

    plain = claim("The ferry left the harbour.", lemmas=["ferry", "leave", "harbour"], verbs=["leave"])
    dated = claim("The ferry left the harbour on Monday.", lemmas=["ferry", "leave", "harbour", "monday"], verbs=["leave"])
    v = view(plain, 0, "s1", {})
    p = pair_claim(plain, article=0, index=0, count=1, mapping={}, lemmas=v.lemmas)
    assert p.lemmas is v.lemmas == frozenset({"ferry", "leave", "harbour"})
    for empty in (v.quantities, v.ordinals, v.days, v.weekdays, v.years, p.numbers, p.units, p.days, p.quoted, p.speakers, p.entities):
        assert empty is EMPTY
    # a calendar word is no word of the pair features: that claim's pair lemmas are a set of their own
    w = view(dated, 1, "s1", {})
    q = pair_claim(dated, article=1, index=0, count=1, mapping={}, lemmas=w.lemmas)
    assert q.lemmas == p.lemmas and "monday" in w.lemmas
    # made without a view, the same sets
    assert pair_claim(dated, article=1, index=0, count=1, mapping={}) == q


def test_a_long_claim_joins_the_one_other_group_whose_fact_it_also_states():
    from crosscheck.align.alignment import second_groups

    # claims 0,1 (articles 0,1) state one fact, 2,3 (articles 0,1) another; claim 4 (article 2)
    # states both: it sits with 0,1 and is also 0.5 likely with 2 and 3
    p = np.array([[1, .9, 0, 0, .8],
                  [.9, 1, 0, 0, .7],
                  [0, 0, 1, .9, .5],
                  [0, 0, .9, 1, .5],
                  [.8, .7, .5, .5, 1]])
    articles = np.array([0, 1, 0, 1, 2])
    long = np.array([10, 10, 10, 10, 40])
    assert second_groups(p, [[0, 1, 4], [2, 3]], articles, long, bar=0.2, min_words=30) == [[0, 1, 4], [2, 3, 4]]
    # a short claim keeps one group; a bar the mean does not reach keeps it out
    assert second_groups(p, [[0, 1, 4], [2, 3]], articles, np.full(5, 10), bar=0.2, min_words=30) == [[0, 1, 4], [2, 3]]
    assert second_groups(p, [[0, 1, 4], [2, 3]], articles, long, bar=0.6, min_words=30) == [[0, 1, 4], [2, 3]]
    # members of the claim's own article do not count: with 2 and 3 of the claim's article, no
    # member of another article is there to state the fact with it
    assert second_groups(p, [[0, 1, 4], [2, 3]], np.array([0, 1, 2, 2, 2]), long, bar=0.2, min_words=30) == [[0, 1, 4], [2, 3]]


def test_a_long_claim_joins_only_the_likeliest_of_several_other_groups():
    from crosscheck.align.alignment import second_groups

    p = np.eye(7)
    # claim 6 is 0.3 likely with group {0,1} and 0.6 with group {2,3}; {4,5} is far from it
    for j, v in ((0, .3), (1, .3), (2, .6), (3, .6), (4, .05), (5, .05)):
        p[6, j] = p[j, 6] = v
    articles = np.array([0, 1, 0, 1, 0, 1, 2])
    words = np.array([5, 5, 5, 5, 5, 5, 50])
    assert second_groups(p, [[0, 1], [2, 3], [4, 5]], articles, words, bar=0.2, min_words=30) == [[0, 1], [2, 3, 6], [4, 5]]


def test_clustering_gives_a_long_claim_its_second_group(monkeypatch):
    from types import SimpleNamespace

    import crosscheck.align.pairs as pairs

    p = np.array([[1, .9, 0, 0, .8], [.9, 1, 0, 0, .7], [0, 0, 1, .9, .5], [0, 0, .9, 1, .5], [.8, .7, .5, .5, 1]])
    monkeypatch.setattr(pairs, "story_features", lambda items, e, c, r, k: np.column_stack([r, k]))
    items = [SimpleNamespace(article=a, words=w) for a, w in zip((0, 1, 0, 1, 2), (10, 10, 10, 10, 40))]
    model = Given(p)
    model.threshold = 0.6
    groups = cluster_claims([10, 11, 12, 13, 14], items, np.zeros((5, 2)), np.zeros((5, 2)), model)
    assert sorted(map(sorted, groups)) == [[10, 11, 14], [12, 13, 14]]
    items[4].words = 12  # a short claim: one group
    groups = cluster_claims([10, 11, 12, 13, 14], items, np.zeros((5, 2)), np.zeros((5, 2)), model)
    assert sorted(map(sorted, groups)) == [[10, 11, 14], [12, 13]]


def test_a_partial_gold_labels_only_pairs_of_two_listed_sentences(seed_run, gold, seeds_dir):
    """A gold file that reads only some sentences (``partial: true``) says nothing of a pair with
    a sentence it does not list: such pairs are left unlabelled, the others labelled as before."""
    from crosscheck.known.fit import annotate, labelled_pairs

    full = labelled_pairs([annotate("s", seed_run, gold, seeds_dir)])
    part = labelled_pairs([annotate("s", seed_run, {**gold, "partial": True}, seeds_dir)])
    assert part.both.all() and not full.both.all()
    assert len(part.y) == int(full.both.sum())
    assert int(part.y.sum()) == int(full.y.sum()) > 0  # a positive's two claims are both listed
    assert {tuple(c) for c in part.claims} == {tuple(c) for c in full.claims[full.both]}
