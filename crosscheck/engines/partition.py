"""Alignment and comparison of some whole stories: what an engine runs per partition (the Ray
engine, one task per partition), and what placing a known statement in its story runs
(crosscheck.pipeline.place). Stories are never split, so the result of a partition is the
result of its stories in the whole corpus."""
from __future__ import annotations


def align_partition(story_ids, by_story, views, emb_rows, articles, claims, stories, entity_map, names, model=None,
                    compare: bool = True):
    """Align some stories and propose their findings: (the PartAlignment, the Alignment of the
    partition, the proposals; none without ``compare``). ``views`` maps claim indices to their
    ClaimViews, ``emb_rows`` holds their vectors in ascending index order, ``claims`` are the
    partition's claims with canonical entity keys (what the finding rules read)."""
    from ..align import Alignment, align_stories, pair_probabilities, partition_scorer
    from ..compare import propose

    scorer = partition_scorer(story_ids, by_story, views, emb_rows)
    part = align_stories(story_ids, by_story, views, scorer, model=model)
    alignment = Alignment(stories, [[views[i].claim.id for i in sorted(g)] for g in part.groups], {},
                          entity_map, scorer, {v.claim.id: v for v in views.values()},
                          pair_probabilities({i: v.claim for i, v in views.items()}, [part]))
    return part, alignment, propose(articles, claims, alignment, names) if compare else []
