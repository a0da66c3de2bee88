"""The seed gold as a regression suite: what the issues' acceptance reached must hold."""
from __future__ import annotations

import pytest

from crosscheck.known.gold import evaluate
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
            with open(a.source, encoding="utf-8") as f:
                texts[a.source] = f.read()
        assert texts[a.source][c.start : c.end] == c.text
        assert a.start <= c.start < c.end <= a.end


def test_every_article_has_claims(seed_report):
    assert {c.article for c in seed_report.claims} == {a.id for a in seed_report.articles}


def test_json_report_round_trips(seed_report):
    text = to_json(seed_report)
    assert from_json(text) == seed_report


def test_alignment_on_the_seeds(metrics):
    # Floors at what the fitted pair model reaches in sample (issue 16; seeds gold listing every
    # sentence of each fact): recall 0.663, precision 0.522, no intrusion (session 14's refit,
    # day and month names out of the words features: leave one story out the seeds went from
    # 0.607 / 0.535 to 0.663 / 0.562 and dev from 0.374 / 0.685 / 50 to 0.372 / 0.708 / 46, while
    # the seeds in sample fell from 0.629 / 0.737; the one story's in-sample figure swings most
    # from fit to fit: docs/alignment.md). The hand-set alignment before it reached recall 0.876
    # at precision 0.451 on this gold; issue 16's targets (0.85 / 0.90) are not reached yet.
    assert metrics["alignment_pair_recall"] >= 0.66, metrics.misses
    assert metrics["alignment_pair_precision"] >= 0.52, metrics.misses
    assert metrics["alignment_intrusions"] == 0, metrics.misses


def test_order_of_inputs_does_not_change_the_groups(seed_report, seeds_dir):
    from crosscheck.pipeline import check

    files = sorted(str(p) for p in seeds_dir.glob("*.txt"))
    reversed_report = check(list(reversed(files)))

    def group_texts(rep):
        text = {c.id: (c.article and rep.article(c.article).source, c.start) for c in rep.claims}
        return {frozenset(text[c] for c in g.claims) for g in rep.groups if len(g.claims) > 1}

    assert group_texts(reversed_report) == group_texts(seed_report)


def test_every_group_lists_its_outlets_and_sources(seed_report):
    arts = {a.id: a for a in seed_report.articles}
    claims = {c.id: c for c in seed_report.claims}
    for g in seed_report.groups:
        outlets = {arts[claims[c].article].outlet for c in g.claims} - {None}
        assert set(g.outlets) == outlets
        assert 1 <= g.independent_sources <= len(g.claims)
        assert (g.verdict == "single-source") == (g.independent_sources == 1)


def test_discrepancies_on_the_seeds(metrics):
    # issue 4 acceptance: 6 of 6 found, >= 5/6 typed right, no false alarm, <= 20 findings
    assert metrics["discrepancy_recall"] == 1.0, metrics.misses
    assert metrics["discrepancy_type_accuracy"] >= 5 / 6, metrics.misses
    assert metrics["false_alarms"] == 0, metrics.misses
    assert metrics["findings_total"] <= 20
    # issue 17: no finding sets two different facts against each other (session 16: an undated
    # preview's "expected to agree to maintain" against June's "agreed to maintain")
    assert metrics["findings_across_facts"] == 0, metrics.misses


def test_findings_link_claims_of_different_outlets(seed_report):
    arts = {a.id: a for a in seed_report.articles}
    claims = {c.id: c for c in seed_report.claims}
    for f in seed_report.findings:
        assert len(f.claims) >= 2 and f.explanation
        first = arts[claims[f.claims[0]].article]
        for other in f.claims[1:]:
            o = arts[claims[other].article]
            assert o.id != first.id and (o.outlet is None or first.outlet is None or o.outlet != first.outlet)


@pytest.mark.parametrize("backend", ["onnx", "onnx-int8"])
def test_the_faster_encoder_paths_keep_the_seed_scores(backend, metrics, gold, seeds_dir, tmp_path):
    """ONNX in float32 gives the torch encoder's vectors (to 1e-6): the groups are as good. Int8
    weights give vectors at a cosine of about 0.99 to them, and ONNX Runtime's int8 kernels
    differ by CPU (with or without AVX-512 VNNI), so the groups move a little, either way along
    the recall / precision curve (an AVX-512 VNNI EPYC: pair recall 0.584 and precision 0.754
    against float's 0.663 and 0.522; the development set 0.421 / 0.754 against 0.421 / 0.732,
    its findings the same). The findings must not move; the groups within 0.1 each way."""
    pytest.importorskip("onnxruntime")
    from crosscheck.pipeline import Options, check

    fast = evaluate(check([str(seeds_dir)], Options(backend=backend, cache_dir=str(tmp_path))), gold, seeds_dir)
    for key in ("segmented", "outlet", "headline", "published", "discrepancy_recall", "discrepancy_type_accuracy"):
        assert fast[key] == metrics[key], key
    if backend == "onnx":
        assert fast["alignment_pair_recall"] >= metrics["alignment_pair_recall"], fast.misses
    else:
        assert fast["alignment_pair_recall"] >= metrics["alignment_pair_recall"] - 0.1, fast.misses
        assert fast["alignment_pair_precision"] >= metrics["alignment_pair_precision"] - 0.1
    assert fast["alignment_intrusions"] == 0 and fast["false_alarms"] == 0 and fast["boilerplate_leaks"] == 0
    assert fast["findings_across_facts"] == 0 and fast["findings_total"] == metrics["findings_total"]


def test_reports_do_not_move_with_float_noise_in_the_vectors(seed_report, seeds_dir):
    """Vectors from another CPU or thread count differ in their last bits (within 1e-6, see
    tests/test_embed.py): the groups and findings must not depend on them."""
    import numpy as np

    from crosscheck.engines import LocalEngine

    from crosscheck.pipeline import Options, check

    class Noisy:
        def __init__(self, inner, seed: int):
            self.inner, self.rng = inner, np.random.default_rng(seed)
            self.name, self.cache_key = inner.name, f"{inner.cache_key}+noise{seed}"

        def encode(self, texts, *, batch_size=64, on_batch=None):
            v = self.inner.encode(texts, batch_size=batch_size, on_batch=on_batch)
            v = v + self.rng.uniform(-1e-6, 1e-6, v.shape).astype(np.float32)
            return v / np.linalg.norm(v, axis=1, keepdims=True)

    def shape(rep):
        return ([g.claims for g in rep.groups], [(f.type, f.severity, f.claims) for f in rep.findings])

    for seed in (1, 2):
        class NoisyEngine(LocalEngine):
            def encoder(self, options):
                return Noisy(super().encoder(options), seed)

        noisy = check([str(seeds_dir)], Options(cache=False), engine=NoisyEngine())
        assert shape(noisy) == shape(seed_report)


def test_the_alignment_reads_the_claims_the_report_gives(seed_run):
    # the claims with the corpus's full entity keys replace the first reading everywhere: a view
    # holding the first reading kept both in memory (session 21: ~200 MB at 100k claims)
    claims = {c.id: c for c in seed_run.report.claims}
    views = seed_run.alignment.views
    assert views and all(views[cid].claim is claims[cid] for cid in claims if cid in views)
