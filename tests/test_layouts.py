"""Issue 18's mixed-layout pages (examples/layouts, text written by the project): split into
articles with their outlets, headlines and dates, no furniture read as a claim."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

LAYOUTS = Path(__file__).resolve().parent.parent / "examples" / "layouts"


@pytest.mark.models
def test_mixed_layout_pages_meet_the_bar(tmp_path):
    from crosscheck.evaluate import evaluate
    from crosscheck.pipeline import Options, check

    gold = yaml.safe_load((LAYOUTS / "gold.yaml").read_text(encoding="utf-8"))
    m = evaluate(check([str(LAYOUTS)], Options(cache_dir=str(tmp_path))), gold, LAYOUTS)
    assert len({a["file"] for a in gold["articles"]}) >= 8
    assert m["segmented"] >= 0.95 and m["outlet"] >= 0.95 and m["headline"] >= 0.95, m.misses
    assert m["published"] >= 0.9 and m["boilerplate_leaks"] == 0, m.misses
