"""The Ray engine: the same report as the local engine, on a local Ray instance with 2 workers."""
from __future__ import annotations

import pytest

from crosscheck.engines.partition import plan_partitions


def test_partitions_hold_whole_stories_of_about_equal_size():
    by_story = {f"s{k}": list(range(k * 100, k * 100 + n)) for k, n in enumerate([50, 3, 3, 40, 2, 2, 2, 30, 1])}
    parts = plan_partitions(by_story, workers=2, per_worker=2)
    flat = [s for p in parts for s in p]
    assert sorted(flat) == sorted(by_story) and len(flat) == len(set(flat))  # each story in exactly one
    assert len(parts) >= 3
    target = -(-sum(map(len, by_story.values())) // 4)
    for p in parts:  # a partition only outgrows the target when one story alone does
        size = sum(len(by_story[s]) for s in p)
        assert size <= target or len(p) == 1


def test_one_worker_one_story_one_partition():
    assert plan_partitions({"s1": [0, 1, 2]}, workers=1) == [["s1"]]
    assert plan_partitions({}, workers=2) == []



def _dump(items):
    return [i.model_dump(mode="json") for i in items]


@pytest.fixture(scope="module")
def ray_engine():
    pytest.importorskip("ray")
    from crosscheck.engines.ray import RayEngine

    engine = RayEngine(workers=2)
    yield engine
    engine.close()


@pytest.mark.models
def test_ray_engine_gives_the_local_report(ray_engine, seed_report, seeds_dir):
    from crosscheck.pipeline import Options, analyse

    assert ray_engine.workers == 2
    run = analyse([str(seeds_dir)], Options(cache=False, engine="ray", workers=2), engine=ray_engine)
    got = run.report
    assert _dump(got.articles) == _dump(seed_report.articles)
    assert _dump(got.claims) == _dump(seed_report.claims)
    assert _dump(got.stories) == _dump(seed_report.stories)
    assert _dump(got.groups) == _dump(seed_report.groups)
    assert _dump(got.findings) == _dump(seed_report.findings)
    assert got.findings and len(got.groups) > 100  # the comparison has something to compare
    assert got.settings["engine"] == "ray"


@pytest.mark.models
def test_ray_engine_with_the_cache_and_a_problem_file(ray_engine, seeds_dir, tmp_path):
    """Cached claims and vectors are served by the driver; a bad file is a problem, not a crash."""
    import shutil

    from crosscheck.pipeline import Options, check

    corpus = tmp_path / "corpus"
    shutil.copytree(seeds_dir, corpus)
    (corpus / "broken.json").write_text("{not json", encoding="utf-8")
    opts = dict(cache_dir=str(tmp_path / "cache"))
    local = check([str(corpus)], Options(**opts))
    cold = check([str(corpus)], Options(engine="ray", workers=2, cache_dir=str(tmp_path / "cache-ray")), engine=ray_engine)
    warm = check([str(corpus)], Options(engine="ray", workers=2, **opts), engine=ray_engine)  # served by local's cache
    for rep in (cold, warm):
        assert _dump(rep.groups) == _dump(local.groups)
        assert _dump(rep.findings) == _dump(local.findings)
        assert [p.source for p in rep.problems] == [p.source for p in local.problems]
        assert any(p.source.endswith("broken.json") for p in rep.problems)


@pytest.mark.models
def test_cli_engine_ray_writes_the_same_tables(ray_engine, tmp_path):
    """The command line with --engine ray: same JSON lines tables as the local engine."""
    import json

    from click.testing import CliRunner

    from crosscheck.cli import main

    corpus = tmp_path / "feed.jsonl"
    rows = [
        {"title": "Storm closes port", "outlet": "Kyodo News", "published": "2025-03-04",
         "text": "The storm closed the port of Narvik on Monday, officials said. About 1,200 passengers were stranded "
                 "overnight. Ferries will resume on Wednesday, the operator said."},
        {"title": "Port shut by storm", "outlet": "Reuters", "published": "2025-03-04",
         "text": "A storm shut the port of Narvik on Monday. Some 1,500 passengers were stranded overnight, officials "
                 "said. The operator said ferries would resume on Thursday."},
    ]
    corpus.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    out = {}
    for engine in ("local", "ray"):
        r = CliRunner().invoke(main, ["check", str(corpus), "--engine", engine, "--workers", "2", "--no-cache",
                                      "--tables", str(tmp_path / engine), "--fail-on", "never", "-q"])
        assert r.exit_code == 0, r.output
        out[engine] = {p.name: p.read_text() for p in (tmp_path / engine).iterdir()}
    assert out["ray"] == out["local"]
    findings = [json.loads(line) for line in out["ray"]["findings.jsonl"].splitlines()]
    assert "number" in {f["type"] for f in findings}  # 1,200 against 1,500 stranded
