"""Issue 18's mixed-layout pages (examples/layouts, text written by the project): split into
articles with their outlets, headlines and dates, no furniture read as a claim."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
LAYOUTS = ROOT / "examples" / "layouts"
DEV = ROOT / "benchmarks" / "dev"
SOURCES = ROOT.parent / "shared" / "dev" / "sources.csv"


@pytest.mark.models
def test_mixed_layout_pages_meet_the_bar(tmp_path):
    from crosscheck.known.gold import evaluate
    from crosscheck.pipeline import Options, check

    gold = yaml.safe_load((LAYOUTS / "gold.yaml").read_text(encoding="utf-8"))
    m = evaluate(check([str(LAYOUTS)], Options(cache_dir=str(tmp_path))), gold, LAYOUTS)
    assert len({a["file"] for a in gold["articles"]}) >= 8
    assert m["segmented"] >= 0.95 and m["outlet"] >= 0.95 and m["headline"] >= 0.95, m.misses
    assert m["published"] >= 0.9 and m["boilerplate_leaks"] == 0, m.misses


@pytest.mark.models
@pytest.mark.skipif(not any(DEV.glob("*.txt")) or not SOURCES.is_file(),
                    reason="benchmarks/dev is not built (make dev BASIL=GIT_DIR) or ../shared/dev/sources.csv is absent")
def test_the_development_texts_in_other_layouts_meet_the_bar(tmp_path, monkeypatch):
    """The 20 dev stories' articles wrapped in nine layouts (an HTML page with metadata, byline
    and date, wire page, end credit, aggregator, print page with CRLF line ends, markdown, capitals
    and bold digests) by
    benchmarks/layouts.py, built here so that no third-party text is committed."""
    import importlib.util

    from crosscheck.known.gold import evaluate
    from crosscheck.pipeline import Options, check

    spec = importlib.util.spec_from_file_location("layouts", ROOT / "benchmarks" / "layouts.py")
    layouts = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "layouts", layouts)  # its dataclasses look their module up
    spec.loader.exec_module(layouts)
    pages = tmp_path / "pages"
    gold = layouts.build(DEV, SOURCES, pages)
    assert len({a["file"] for a in gold["articles"]}) >= 8 and len(gold["boilerplate"]) >= 40
    m = evaluate(check([str(pages)], Options(cache_dir=str(tmp_path / "cache"))), gold, pages)
    assert m["segmented"] >= 0.95 and m["outlet"] >= 0.95 and m["headline"] >= 0.95, m.misses
    assert m["published"] >= 0.9 and m["boilerplate_leaks"] == 0, m.misses
