"""Alignment and comparison of some whole stories: what an engine runs per partition (the Ray
engine, one task per partition; :class:`Partitions` gives a partition's inputs and
:func:`plan_partitions` packs the stories), and what placing a known statement in its story runs
(crosscheck.pipeline.place). Stories are never split, so the result of a partition is the result
of its stories in the whole corpus."""
from __future__ import annotations

import math


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


def plan_partitions(by_story: dict[str, list[int]], workers: int, per_worker: int = 4) -> list[list[str]]:
    """Whole stories packed into partitions of about equal claim counts (a few per worker, so
    that a large story does not leave the others idle); stories are never split."""
    total = sum(len(m) for m in by_story.values())
    target = max(1, math.ceil(total / max(1, workers * per_worker)))
    parts: list[list[str]] = []
    size = 0
    for story in sorted(by_story, key=lambda s: min(by_story[s])):
        if not parts or size + len(by_story[story]) > target and size > 0:
            parts.append([])
            size = 0
        parts[-1].append(story)
        size += len(by_story[story])
    return parts


class Partitions:
    """What :func:`align_partition` takes for a partition of whole stories of one corpus: only
    those stories' claims, views, vectors and articles (``prep`` is the corpus's
    crosscheck.align.Prepared; ``claims`` carry canonical entity keys)."""

    def __init__(self, prep, articles, claims, emb):
        self.prep, self.claims, self.emb = prep, claims, emb
        self.articles_of: dict[str, list] = {}  # story -> its articles
        for a in articles:
            self.articles_of.setdefault(prep.stories.get(a.id, ""), []).append(a)
        self.position = {a.id: k for k, a in enumerate(articles)}

    def inputs(self, story_ids) -> tuple:
        """align_partition's first seven arguments for these stories."""
        prep = self.prep
        members = sorted(i for s in story_ids for i in prep.by_story[s])
        arts = sorted((a for s in story_ids for a in self.articles_of.get(s, [])), key=lambda a: self.position[a.id])
        return (list(story_ids), {s: prep.by_story[s] for s in story_ids}, {i: prep.views[i] for i in members},
                self.emb[members], arts, [self.claims[i] for i in members],
                {a.id: prep.stories[a.id] for a in arts if a.id in prep.stories})
