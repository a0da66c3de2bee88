"""Claims are told to a caller in article order as they are read, in worker processes or not."""
from __future__ import annotations

import pytest

from crosscheck.claims import extract_claims
from crosscheck.ingest import load_corpus

pytestmark = pytest.mark.models


@pytest.mark.parametrize("workers, fork", [(1, None), (1, True), (2, None)])
def test_claims_are_told_in_article_order_as_they_are_read(nlp, seeds_dir, workers, fork):
    articles = load_corpus([str(seeds_dir)]).articles
    told = []
    claims = extract_claims(articles, nlp, workers=workers, fork=fork,
                            on_claims=lambda i, cs: told.append((i, [c.text for c in cs])))
    assert [i for i, _ in told] == list(range(len(articles)))
    assert [t for _, texts in told for t in texts] == [c.text for c in claims]
    assert len(claims) > 100
