"""The scripts that write unread samples of coverage (benchmarks/neus.py, benchmarks/newscluster.py):
how they cut a lead the data cuts short, and how they name an outlet by its domain."""
from __future__ import annotations

import importlib.util
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent / "benchmarks"


def _load(name: str):
    spec = importlib.util.spec_from_file_location(f"bench_{name}", BENCH / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_a_paragraph_cut_short_ends_at_its_last_full_sentence_or_is_dropped():
    neus = _load("neus")
    body = ["The ferry sailed at noon.", "Crews cheered. The mayor said the pier would...", "More to come"]
    assert neus.paragraphs(body) == ["The ferry sailed at noon.", "Crews cheered."]
    assert neus.paragraphs(["The ferry sailed.", "“We will rebuild every...", "Later"]) == ["The ferry sailed."]
    assert neus.outlet_name("CNN (Online News)") == "CNN" and neus.outlet_name("New York Post (News)") == "New York Post"


def test_an_outlets_editions_are_one_outlet_by_its_registered_domain():
    nc = _load("newscluster")
    assert nc.outlet_of("usa.chinadaily.com.cn") == nc.outlet_of("www.chinadaily.com.cn") == "chinadaily.com.cn"
    assert nc.outlet_of("www.dailymail.co.uk") == "dailymail.co.uk"
    assert nc.outlet_of("edition.cnn.com") == nc.outlet_of("money.cnn.com") == "cnn.com"
