"""Stories and alignment on hand-built claims and embeddings (no model needed)."""
from __future__ import annotations

import numpy as np
import pytest

from crosscheck.align import AlignSettings, align, make_groups, resolve_entity_keys
from crosscheck.align.clustering import average_linkage
from crosscheck.models import Article, Claim, Entity, Facts, Quantity

DIM = 16


def unit(*parts: tuple[int, float]) -> np.ndarray:
    v = np.zeros(DIM, dtype=np.float32)
    for k, w in parts:
        v[k] = w
    return v / np.linalg.norm(v)


def article(i: int, outlet: str | None) -> Article:
    return Article(id=f"a{i}", source=f"p{i}.txt", start=0, end=10, headline=f"h{i}", outlet=outlet, publisher=None, published=None)


def claim(cid: str, art: str, text: str, people=(), qty=None, lemmas=()) -> Claim:
    ents = [Entity(text=p, label="PERSON", key=p, start=0, end=1) for p in people]
    qs = [Quantity(text="x", value=qty[0], unit=qty[1], start=0, end=1)] if qty else []
    return Claim(id=cid, article=art, text=text, start=0, end=len(text),
                 facts=Facts(entities=ents, quantities=qs, lemmas=list(lemmas)))


def corpus():
    """Two stories: a ferry sinking (a1-a3) and a budget vote (a4-a5), each with a 30-minute figure."""
    arts = [article(1, "Kyodo"), article(2, "AP"), article(3, "Reuters"), article(4, "AFP"), article(5, "NHK")]
    ferry, budget = 0, 8
    claims = [
        # story 1: ferry
        claim("c1", "a1", "The ferry sank near the island, killing 12.", ["ana ruiz"], lemmas=["ferry", "sink", "island"]),
        claim("c2", "a1", "Rescuers searched for about 30 minutes.", qty=(30.0, "minute"), lemmas=["rescuer", "search"]),
        claim("c3", "a2", "A ferry went down off the island; 12 died.", ["ana ruiz"], lemmas=["ferry", "island", "die"]),
        claim("c4", "a2", "The captain spoke to reporters for 30 minutes.", qty=(30.0, "minute"), lemmas=["captain", "speak"]),
        claim("c5", "a3", "The ferry sank close to the island with 12 dead.", ["ana ruiz"], lemmas=["ferry", "sink", "island"]),
        # story 2: budget
        claim("c6", "a4", "Parliament passed the budget after a 30-minute debate.", ["otto berg"], qty=(30.0, "minute"), lemmas=["parliament", "budget", "debate"]),
        claim("c7", "a5", "Lawmakers approved the budget following a 30-minute debate.", ["otto berg"], qty=(30.0, "minute"), lemmas=["lawmaker", "budget", "debate"]),
    ]
    emb = np.array([
        unit((ferry, 1.0), (1, 0.3)), unit((ferry, 0.6), (2, 1.0)), unit((ferry, 1.0), (1, 0.35)),
        unit((ferry, 0.6), (3, 1.0)), unit((ferry, 1.0), (1, 0.32)),
        unit((budget, 1.0), (9, 0.3)), unit((budget, 1.0), (9, 0.31)),
    ])
    heads = np.array([unit((ferry, 1.0)), unit((ferry, 1.0)), unit((ferry, 1.0)), unit((budget, 1.0)), unit((budget, 1.0))])
    return arts, claims, emb, heads


def as_sets(groups):
    return {frozenset(g) for g in groups}


def test_articles_of_one_story_share_a_story_and_others_do_not():
    arts, claims, emb, heads = corpus()
    al = align(arts, claims, emb, heads)
    s = al.stories
    assert s["a1"] == s["a2"] == s["a3"]
    assert s["a4"] == s["a5"] != s["a1"]


def test_same_fact_aligns_across_outlets():
    arts, claims, emb, heads = corpus()
    groups = as_sets(align(arts, claims, emb, heads).groups)
    assert any({"c1", "c3", "c5"} <= g for g in groups)
    assert any({"c6", "c7"} <= g for g in groups)


def test_a_matching_number_in_another_story_never_joins():
    arts, claims, emb, heads = corpus()
    ferry, budget = {"c1", "c2", "c3", "c4", "c5"}, {"c6", "c7"}
    groups = align(arts, claims, emb, heads).groups
    assert groups
    for g in groups:
        assert not (ferry & set(g) and budget & set(g)), g


def test_claims_sharing_only_a_figure_state_different_facts():
    # "Rescuers searched for about 30 minutes" and "The captain spoke for 30 minutes": one
    # number, two facts (the look-alikes a gold file lists): they are not one group
    arts, claims, emb, heads = corpus()
    groups = align(arts, claims, emb, heads).groups
    assert not any({"c2", "c4"} <= set(g) for g in groups)


def test_order_of_articles_does_not_matter():
    arts, claims, emb, heads = corpus()
    base = as_sets(align(arts, claims, emb, heads).groups)
    order = [5, 6, 4, 2, 3, 0, 1]  # articles reversed; each article's claims in their own order
    claims2 = [claims[i] for i in order]
    emb2 = emb[order]
    arts2 = list(reversed(arts))
    heads2 = heads[::-1]
    assert as_sets(align(arts2, claims2, emb2, heads2).groups) == base


def test_surname_alone_takes_the_one_full_name_that_holds_it():
    claims = [
        claim("c1", "a1", "x", ["jae lee myung"]), claim("c2", "a2", "x", ["lee"]),
        claim("c3", "a3", "x", ["kim"]), claim("c4", "a3", "x", ["jong kim un"]), claim("c5", "a3", "x", ["jong kim yo"]),
    ]
    m = resolve_entity_keys(claims)
    assert m["lee"] == "jae lee myung"
    assert "kim" not in m  # two full names hold it: left alone


def test_a_full_name_takes_the_longer_one_that_holds_it_but_not_another_generations():
    """"Ana Ruiz" is "Ana M. Ruiz Jr." where the story writes both (an initial and the suffix left
    out); "Tom Vance" is not "Tom Vance Jr.", his son: the suffix alone tells them apart."""
    claims = [claim("c1", "a1", "x", ["ana ruiz"]), claim("c2", "a2", "x", ["ana jr m ruiz"]),
              claim("c3", "a1", "x", ["tom vance"]), claim("c4", "a2", "x", ["jr tom vance"])]
    m = resolve_entity_keys(claims)
    assert m["ana ruiz"] == "ana jr m ruiz"
    assert "tom vance" not in m


def test_average_linkage_stops_at_threshold():
    sim = np.array([[1, .9, .1, .1], [.9, 1, .1, .2], [.1, .1, 1, .8], [.1, .2, .8, 1]])
    labels = average_linkage(sim, 0.5)
    assert labels[0] == labels[1] != labels[2] == labels[3]
    assert len(set(average_linkage(sim, 0.05))) == 1


def test_groups_count_copies_of_one_wire_story_once():
    arts = [article(1, "Kyodo"), article(2, None), article(3, "AP")]
    claims = [claim("c1", "a1", "The ferry sank."), claim("c2", "a2", "The ferry sank."), claim("c3", "a3", "A ferry went down.")]
    emb = np.array([unit((0, 1.0)), unit((0, 1.0)), unit((0, 1.0), (1, 0.6))])
    from crosscheck.align import Alignment

    (g, *_rest) = make_groups(arts, claims, Alignment({"a1": "s1", "a2": "s1", "a3": "s1"}, [["c1", "c2", "c3"]]), emb)
    assert g.outlets == ["AP", "Kyodo"]
    assert g.independent_sources == 2  # the uncredited copy of Kyodo's sentence is not a third source
    assert g.verdict == "agree"


def test_a_desk_can_bring_its_own_pair_model(tmp_path):
    from crosscheck.align.pairs import load_pair_model

    arts, claims, emb, heads = corpus()
    bundled = load_pair_model()
    strict = tmp_path / "strict.json"  # the bundled trees with a cut no pair can reach
    strict.write_text(bundled.to_json().replace(f'"threshold":{bundled.threshold}', '"threshold":1.01'))
    assert align(arts, claims, emb, heads, AlignSettings(pair_model=str(strict))).groups == []
    assert align(arts, claims, emb, heads).groups


def test_blocked_story_clustering_agrees_with_exact():
    arts, claims, emb, heads = corpus()
    exact = align(arts, claims, emb, heads)
    scaled = align(arts, claims, emb, heads, AlignSettings(max_block=1))
    assert scaled.stories == exact.stories
    assert as_sets(scaled.groups) == as_sets(exact.groups)


def test_a_story_too_large_to_score_whole_is_scored_in_blocks_of_near_claims():
    arts, claims, emb, heads = corpus()
    exact = align(arts, claims, emb, heads)
    blocked = align(arts, claims, emb, heads, AlignSettings(dense_max=3))
    assert blocked.stories == exact.stories
    assert any({"c1", "c3", "c5"} <= set(g) for g in blocked.groups)


def test_blocks_stay_under_the_cap_and_keep_close_pairs_together():
    """Many look-alike articles: blocks are split at stricter bars until each fits the cap,
    and near-duplicates (the outlets of one story) stay in one block."""
    from crosscheck.align.clustering import neighbour_blocks

    rng = np.random.default_rng(3)
    base = rng.normal(size=64)
    stories = []
    for _ in range(60):  # 60 stories of one topic, each told by 3 outlets
        centre = base + 0.9 * rng.normal(size=64)
        stories.append([centre + 0.15 * rng.normal(size=64) for _ in range(3)])
    vecs = np.array([v for s in stories for v in s], dtype=np.float32)
    vecs /= np.linalg.norm(vecs, axis=1, keepdims=True)
    blocks = neighbour_blocks(vecs, 0.25, max_size=40)
    assert sorted(i for b in blocks for i in b) == list(range(len(vecs)))
    assert max(len(b) for b in blocks) <= 40
    assert len(blocks) > 1
    where = {i: k for k, b in enumerate(blocks) for i in b}
    together = sum(len({where[3 * s + o] for o in range(3)}) == 1 for s in range(60))
    assert together >= 57  # the outlets of a story are not torn apart (a rare edge case may be)
    # below the cap nothing is split
    assert len(neighbour_blocks(vecs, 0.25, max_size=len(vecs))) <= len(blocks)


def templated(names_b: list[str]):
    """Two articles worded alike (one template), the first naming three people and places."""
    arts = [article(1, "Kyodo"), article(2, "AP")]
    names_a = ["ana ruiz", "tellin", "marovia"]
    words = lambda names: ["ferry", "sink", *(w for n in names for w in n.split())]  # noqa: E731 (names are lemmas too)
    claims = [
        claim("c1", "a1", "The ferry sank near the island, killing 12.", names_a, lemmas=words(names_a)),
        claim("c2", "a2", "The ferry sank near the island, killing 12.", names_b, lemmas=words(names_b)),
    ]
    emb = np.array([unit((0, 1.0), (1, 0.3)), unit((0, 1.0), (1, 0.32))])
    heads = np.array([unit((0, 1.0)), unit((0, 1.0))])
    return arts, claims, emb, heads


def test_articles_worded_alike_but_naming_other_people_and_places_are_other_stories():
    from crosscheck.align import stories

    same = stories(*templated(["ana ruiz", "tellin", "marovia"]), mapping={})
    assert same["a1"] == same["a2"]
    other = stories(*templated(["otto berg", "orlan", "delmar"]), mapping={})
    assert other["a1"] != other["a2"]
    # one shared name of three is enough to stay one story; too few names decide nothing
    assert len(set(stories(*templated(["ana ruiz", "orlan", "delmar"]), mapping={}).values())) == 1
    assert len(set(stories(*templated(["otto berg"]), mapping={}).values())) == 1
    # and the rule can be turned off
    off = stories(*templated(["otto berg", "orlan", "delmar"]), mapping={}, settings=AlignSettings(names_penalty=0.0))
    assert off["a1"] == off["a2"]


def test_the_editors_story_names_decide_where_they_are_given():
    """Articles a sources manifest names one story are one story however unlike their words,
    two names are two stories however alike; an unnamed article is placed by what it says."""
    from crosscheck.align import stories

    arts, claims, emb, heads = corpus()  # a1-a3 a ferry sinking, a4-a5 a budget vote
    assert len(set(stories(arts, claims, emb, heads, mapping={}).values())) == 2

    def named(*names):
        return [a.model_copy(update={"story": n}) for a, n in zip(arts, names)]

    one = stories(named("week", "week", "week", "week", "week"), claims, emb, heads, mapping={})
    assert len(set(one.values())) == 1
    two = stories(named("ferry", "ferry", "ferry rescue", None, None), claims, emb, heads, mapping={})
    assert two["a1"] == two["a2"] != two["a3"] and two["a4"] == two["a5"] != two["a1"]
    # an unnamed article joins the named story it tells, not another story
    some = stories(named("ferry", None, None, "budget", None), claims, emb, heads, mapping={})
    assert some["a1"] == some["a2"] == some["a3"] and some["a4"] == some["a5"] != some["a1"]


def test_articles_of_one_name_in_two_blocks_of_a_large_corpus_are_one_story():
    from crosscheck.align import stories

    arts, claims, emb, heads = corpus()
    arts = [a.model_copy(update={"story": "week" if a.id in ("a1", "a4") else None}) for a in arts]
    # every article a block of its own: the clustering alone could not join a1 and a4
    tiny = AlignSettings(max_block=1, block_cap=1)
    s = stories(arts, claims, emb, heads, mapping={}, settings=tiny)
    assert s["a1"] == s["a4"]


def test_articles_published_far_apart_are_other_stories_unless_undated():
    """Alike in wording and names, but published two months apart: another event of the same
    subject. Days apart within the grace stay one story, and so do undated articles."""
    import datetime as dt

    from crosscheck.align import stories

    names = ["ana ruiz", "tellin"]
    arts = [article(1, "Kyodo"), article(2, "AP")]
    claims = [claim("c1", "a1", "Ruiz opened the bridge at Tellin.", names, lemmas=["ruiz", "open", "bridge", "tellin"]),
              claim("c2", "a2", "The Tellin bridge is closed for repairs, Otto Berg said.", ["tellin", "otto berg"],
                    lemmas=["tellin", "bridge", "close", "repair", "otto", "berg", "say"])]
    emb = np.array([unit((0, 1.0), (1, 1.0)), unit((0, 1.0), (2, 1.0))])  # leads half alike
    heads = np.array([unit((0, 1.0), (1, 1.0)), unit((0, 1.0), (2, 1.0))])

    def dated(first, second, settings=AlignSettings()):
        on = [a.model_copy(update={"published": d}) for a, d in zip(arts, (first, second))]
        return stories(on, claims, emb, heads, mapping={}, settings=settings)

    day = dt.date(2031, 3, 2)
    assert len(set(dated(day, day + dt.timedelta(days=60)).values())) == 2
    assert len(set(dated(day, day + dt.timedelta(days=4)).values())) == 1
    assert len(set(dated(day, None).values())) == 1
    assert len(set(dated(None, None).values())) == 1
    # articles of one news cycle (dated, within the grace) gain a little: at a bar just above
    # their similarity (0.37), undated they are two stories, dated the same week one
    stricter = AlignSettings(story_threshold=0.39)
    assert len(set(dated(None, None, stricter).values())) == 2
    assert len(set(dated(day, day + dt.timedelta(days=2), stricter).values())) == 1
