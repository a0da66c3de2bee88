"""Stories, then the claims that state one fact across outlets.

    prepare(articles, claims, emb, headlines)   entity keys, stories, what is read of each claim
    align_stories(...)                          the pair model's probabilities and the groups of some stories
    finish(prep, claims, parts, scorer)         the Alignment of the corpus from its partitions
    align(...)                                  all three, in one process
    make_groups(...)                            the report's groups (verdicts, independent sources)

Modules: ``entities`` (keys across the corpus), ``stories`` (articles into stories),
``pairs`` (pair features and the fitted model), ``clustering`` (average linkage),
``alignment`` (views, scoring, grouping), ``groups`` (report groups).
"""
from __future__ import annotations

from .alignment import (KEEP_ALIKE, KEEP_FLOOR, KEEP_PROBABILITY, Alignment, ClaimView, PairScorer, PartAlignment,
                        Prepared, align, align_stories, canonical_entities, centre_by_story, cluster_claims, corpus_scorer, finish,
                        pair_probabilities, partition_scorer, prepare, principal_people, view)
from .entities import entity_keys, people_of, person_keys, resolve_entity_keys
from .groups import make_groups
from .pairs import FEATURES, PairModel, load_pair_model, pair_claim, probabilities, story_features
from .settings import AlignSettings
from .stories import nearest_stories, stories

__all__ = ["FEATURES", "KEEP_ALIKE", "KEEP_FLOOR", "KEEP_PROBABILITY", "AlignSettings", "Alignment", "ClaimView", "PairModel", "PairScorer",
           "PartAlignment", "Prepared", "align", "align_stories", "canonical_entities", "centre_by_story", "cluster_claims", "corpus_scorer",
           "entity_keys", "finish", "load_pair_model", "make_groups", "pair_claim", "pair_probabilities",
           "partition_scorer", "people_of", "person_keys", "prepare", "principal_people", "probabilities",
           "resolve_entity_keys", "nearest_stories", "stories", "story_features", "view"]
