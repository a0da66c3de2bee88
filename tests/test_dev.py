"""The development set as a regression suite (20 stories of real coverage, issue 16).

Its texts are rebuilt from the public BASIL data into benchmarks/dev/ (see ../shared/dev/ and
the Makefile's dev target); where they or the shared gold are absent these tests are skipped.
Floors are the in-sample figures of the bundled pair model; leave-one-story-out figures, which
predict unseen stories, are in docs/alignment.md (benchmarks/alignment.py measures them).
"""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT / "benchmarks" / "dev"
SHARED = ROOT.parent / "shared"

pytestmark = [
    pytest.mark.models,
    pytest.mark.skipif(not any(DEV.glob("*.txt")), reason="benchmarks/dev is not built (make dev BASIL=GIT_DIR)"),
    pytest.mark.skipif(not (SHARED / "gold" / "dev.yaml").is_file(), reason="../shared/gold/dev.yaml is absent"),
]


@pytest.fixture(scope="module")
def dev_metrics(nlp):
    from crosscheck.known.gold import evaluate
    from crosscheck.pipeline import Options, check

    report = check([str(DEV)], Options(manifest=str(SHARED / "dev" / "sources.csv")))
    gold = yaml.safe_load((SHARED / "gold" / "dev.yaml").read_text(encoding="utf-8"))
    return report, evaluate(report, gold, DEV)


def test_dev_stories_stay_whole(dev_metrics):
    report, _ = dev_metrics
    # 20 stories, none merged, none split (docs/alignment.md; one article split off until
    # session 15, when articles published far apart were set apart and close ones drawn in)
    assert len(report.stories) == 20


def test_dev_alignment_holds_its_figures(dev_metrics):
    _, m = dev_metrics
    # in sample: recall 0.422, precision 0.716, 42 intrusions (leave one story out: 0.374 /
    # 0.709 / 46; session 15 kept one story's articles whole). Session 14 left day and month names out of the words features and refitted:
    # leave one story out went from 0.374 / 0.685 / 50 to those figures, in sample from 0.430 /
    # 0.738 / 42 (the in-sample figure is not what predicts unseen stories): docs/alignment.md
    assert m["alignment_pair_recall"] >= 0.42, m.misses
    assert m["alignment_pair_precision"] >= 0.71, m.misses
    assert m["alignment_intrusions"] <= 44, m.misses


def test_dev_findings_hold_their_figures(dev_metrics):
    _, m = dev_metrics
    # in sample, session 43: 18 of 26 discrepancies found (12 at session 15), each with its
    # type; no false alarm among the 79 look-alikes, and none that sets two gold facts against
    # each other (docs/findings.md)
    assert m["discrepancy_recall"] >= 18 / 26 - 1e-9, m.misses
    assert m["discrepancy_type_accuracy"] == 1.0, m.misses
    assert m["false_alarms"] == 0, m.misses
    assert m["findings_across_facts"] == 0, m.misses


def test_dev_articles_are_read_as_the_manifest_says(dev_metrics):
    _, m = dev_metrics
    for key in ("segmented", "outlet", "headline", "published"):
        assert m[key] == 1.0, (key, m.misses)


@pytest.mark.parametrize("story", ["d03", "d06", "d08", "d12", "d13", "d18"])
def test_one_story_run_alone_is_one_story(nlp, story):
    """A desk runs one story's three articles: they must not split (these six did while
    blocking read document frequencies from the three articles alone)."""
    from crosscheck.pipeline import Options, analyse

    files = sorted(str(p) for p in DEV.glob(f"{story}_*.txt"))
    run = analyse(files, Options(manifest=str(SHARED / "dev" / "sources.csv")))
    assert len(files) == 3 and len(set(run.alignment.stories.values())) == 1
