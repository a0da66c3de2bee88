"""The settings of alignment: story blocking, dense stories, scoring batches, the pair model."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class AlignSettings:
    #: Stories: average linkage over the articles' similarity, a weighted sum of what their
    #: headline and lead say (cosine), whom their lead names (weighted Jaccard) and the words of
    #: the whole article (tf-idf cosine); weights and bar chosen on the seeds and the development
    #: set (20 stories: none merged, none split; lead and names alone split five; articles
    #: published close together or far apart: days_bonus and days_penalty below).
    story_threshold: float = 0.32
    story_weights: tuple[float, float, float] = (0.4, 0.2, 0.4)  # lead, names, words
    pair_model: str | None = None  # a fitted pair model file (benchmarks/alignment.py --out FILE); None: the bundled one
    #: a story of more claims than this is cut into blocks of near claims (kNN components at
    #: block_similarity) before its pairs are scored: pairs cost the square of the block's size
    dense_max: int = 3000
    block_similarity: float = 0.5
    score_batch: int = 200_000  # pairs of several stories scored by the model in one call
    #: pairs less alike than this are not scored (taken as different facts): half of the pairs
    #: of the annotated stories, 7% of their same-fact pairs, none of which the model grouped
    #: (leave-one-story-out figures the same at 0.15, 0.2 and 0.25)
    min_cosine: float = 0.25
    max_block: int = 2000  # articles clustered into stories at once; larger corpora are blocked first
    block_cap: int = 2000  # the largest block; a larger one is split at a stricter bar
    exact_neighbours: int = 4000  # stories up to this many claims find neighbours exactly; larger ones by faiss
    neighbours: int = 30
    lead_claims: int = 3
    #: Articles whose leads both name at least this many people and places, but which share
    #: (almost) none of the names they give anywhere, tell different stories however alike their
    #: wording (templated reports: markets, weather, results): their story similarity is lowered
    #: by up to names_penalty, fully when the weighted Jaccard of their names is 0, not at all
    #: from names_shared up (articles of one dev story share at least 0.046).
    names_evidence: int = 3
    #: the document frequencies of story blocking are read as if the corpus held at least
    #: this many articles: run on one story's three articles, corpus idf alone weighs every
    #: word and name they share at almost nothing, and 6 of the 20 dev stories split
    story_documents: int = 15
    names_shared: float = 0.04
    names_penalty: float = 0.3
    #: Articles published far apart tell different events however alike their subject (a
    #: bill introduced and the same bill passed months later): their story similarity is
    #: lowered by up to days_penalty, not at all within days_grace days of each other, fully
    #: from days_apart on; articles published within days_grace days of each other gain
    #: days_bonus (evidence of one news cycle that undated articles lack). Articles without a
    #: date are not moved. Chosen on the development set (docs/alignment.md, session 15): with
    #: the bonus one dev article (mean link 0.31) rejoins its story, and the seeds' undated side
    #: articles stay apart; without the penalty eight pairs of articles of two dev stories,
    #: 76 days or more apart, scored 0.30 to 0.37.
    days_grace: int = 7
    days_apart: int = 30
    days_penalty: float = 0.3
    days_bonus: float = 0.04
