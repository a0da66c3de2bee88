"""The seed gold as a regression suite: what the issues' acceptance reached must hold."""
from __future__ import annotations

import pytest

from crosscheck.evaluate import evaluate
from crosscheck.report.json import from_json, to_json

pytestmark = pytest.mark.models


@pytest.fixture(scope="module")
def metrics(seed_report, gold, seeds_dir):
    return evaluate(seed_report, gold, seeds_dir)


def test_articles_are_split_and_attributed_as_the_gold_says(metrics):
    assert metrics["articles"] == 14
    for key in ("segmented", "outlet", "headline", "published"):
        assert metrics[key] == 1.0, (key, metrics.misses)


def test_no_boilerplate_becomes_a_claim(metrics):
    assert metrics["boilerplate_leaks"] == 0, metrics.misses


def test_claim_spans_are_exact_and_inside_their_article(seed_report, seeds_dir):
    texts = {}
    arts = {a.id: a for a in seed_report.articles}
    for c in seed_report.claims:
        a = arts[c.article]
        if a.source not in texts:
            with open(a.source, encoding="utf-8", newline="") as f:
                texts[a.source] = f.read()
        assert texts[a.source][c.start : c.end] == c.text
        assert a.start <= c.start < c.end <= a.end


def test_every_article_has_claims(seed_report):
    assert {c.article for c in seed_report.claims} == {a.id for a in seed_report.articles}


def test_json_report_round_trips(seed_report):
    text = to_json(seed_report)
    assert from_json(text) == seed_report
