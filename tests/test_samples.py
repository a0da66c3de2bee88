"""The scripts that write unread samples of coverage (benchmarks/neus.py, benchmarks/newscluster.py,
benchmarks/fnc.py): how they cut a lead the data cuts short, name an outlet by its domain and join
bodies into stories; and the readings of their findings kept (benchmarks/judged.py)."""
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


def test_bodies_joined_through_a_related_headline_are_one_story():
    fnc = _load("fnc")
    bodies = {"1": "a", "2": "b", "3": "c", "4": "d", "5": "e"}
    stances = [{"Headline": "Ferry sinks", "Body ID": "1", "Stance": "agree"},
               {"Headline": "Ferry sinks", "Body ID": "3", "Stance": "discuss"},
               {"Headline": "Ferry sank at dawn", "Body ID": "3", "Stance": "disagree"},
               {"Headline": "Ferry sank at dawn", "Body ID": "4", "Stance": "agree"},
               {"Headline": "Ferry sinks", "Body ID": "2", "Stance": "unrelated"},  # unrelated joins nothing
               {"Headline": "Mayor quits", "Body ID": "5", "Stance": "agree"},
               {"Headline": "Mayor quits", "Body ID": "9", "Stance": "agree"}]  # a body the file lacks
    assert fnc.stories(bodies, stances) == [["1", "3", "4"], ["5"]]


def test_a_judged_finding_is_known_again_by_its_two_sentences(tmp_path):
    judged = _load("judged")
    claims = [{"id": "c1", "text": "The ferry  sank at dawn."}, {"id": "c2", "text": "The ferry sank at noon."},
              {"id": "c3", "text": "The ferry sank at six."}]
    first = {"claims": claims, "findings": [{"type": "date", "claims": ["c1", "c2"]}, {"type": "date", "claims": ["c3", "c2"]}]}
    path = tmp_path / "j.tsv"
    judged.record(first, "s0", ["r", "n"], path)
    assert [r["verdict"] for r in judged.load(path)] == ["real", "not real"]
    assert all("ferry" not in r["pair"] for r in judged.load(path))  # hashes, no text of the sample
    # a later run: the first finding sets c1 against another counterpart too, in other order and
    # spacing; the second is gone
    later = {"claims": claims, "findings": [{"type": "date", "claims": ["c1", "c3", "c2"]}]}
    keys = judged.pairs_of(later)[0][1]
    assert judged.pair_key("date", "The ferry sank at noon.", "The ferry sank at dawn.") in keys
    kept = {(r["type"], r["pair"]): r["verdict"] for r in judged.load(path)}
    assert [kept.get(("date", k)) for k in keys] == [None, "real"]
    # recording the later run keeps the sample's earlier readings and updates the one read again
    judged.record(later, "s0", ["b"], path)
    assert sorted(r["verdict"] for r in judged.load(path)) == ["borderline", "not real"]
