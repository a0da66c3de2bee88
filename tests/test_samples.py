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
    # the keys of the claim that differs with each counterpart first, then of the counterparts
    # with each other (c3 / c2, judged as the second finding): a judged pair of its lead comes first
    assert [kept.get(("date", k)) for k in keys] == [None, "real", "not real"]
    # a later run that leads the first finding with another of its sentences is the same finding
    relead = {"claims": claims, "findings": [{"type": "date", "claims": ["c3", "c1", "c2"]}]}
    assert "real" in [kept.get(("date", k)) for k in judged.pairs_of(relead)[0][1]]
    # recording the later run keeps the sample's earlier readings and updates the one read again
    judged.record(later, "s0", ["b"], path)
    assert sorted(r["verdict"] for r in judged.load(path)) == ["borderline", "not real"]


def _mention(doc: str, sent: int, chain: str, pos: str = "VERB", description: str = "") -> dict:
    return {"conll_doc_key": doc, "sent_id": sent, "coref_chain": chain, "mention_head_pos": pos,
            "is_singleton": False, "description": description}


def test_event_chains_told_with_a_verb_in_two_texts_become_agreements(tmp_path):
    import yaml

    cg = _load("cdcrgold")
    docs = {
        "7/7ecb/1": [["Harbour", "board", "fires", "Okafor"], "The harbour board fired Ada Okafor on Monday .".split(),
                     "The firing surprised the crew .".split(), "Okafor had run the port since 2019 .".split()],
        "7/7ecb/2": [["Okafor", "out"], "Ada Okafor was fired by the harbour board on Monday .".split(),
                     "She ran the port for six years .".split()],
        "7/7ecb/3": [["http://www.example.org/port-news"], ["Port", "news"], "Cargo volumes rose again last month .".split()],
        "8/8ecb/1": [["Lone", "text"], "A ferry sank off Norland on Friday .".split()],
    }
    mentions = [_mention("7/7ecb/1", 1, "fire"), _mention("7/7ecb/2", 1, "fire"),
                _mention("7/7ecb/1", 2, "fire", pos="NOUN"),  # names the act, does not tell it
                _mention("7/7ecb/1", 3, "run"), _mention("7/7ecb/2", 2, "run2"),
                _mention("8/8ecb/1", 1, "sink")]
    counts = cg.write("ecbplus", docs, mentions, tmp_path / "t", set())
    gold = yaml.safe_load((tmp_path / "t.yaml").read_text(encoding="utf-8"))
    assert gold["partial"] is True and counts["stories"] == 1  # the one-text story is left out
    shared = [a for a in gold["agreements"] if len(a["members"]) > 1]
    assert len(shared) == 1 and [m["quote"] for m in shared[0]["members"]] == [
        "The harbour board fired Ada Okafor on Monday.", "Ada Okafor was fired by the harbour board on Monday."]
    alone = sorted(m["quote"] for a in gold["agreements"] if len(a["members"]) == 1 for m in a["members"])
    # every other annotated sentence is listed alone (ECB+ reads a few sentences of each text)
    assert alone == ["Okafor had run the port since 2019.", "She ran the port for six years.", "The firing surprised the crew."]
    for m in shared[0]["members"]:
        assert m["quote"] in (tmp_path / "t" / m["file"]).read_text(encoding="utf-8")
    assert (tmp_path / "t" / "sources.csv").read_text(encoding="utf-8").count("\n") == 4  # header and three texts
    third = (tmp_path / "t" / "ecbt01__3.txt").read_text(encoding="utf-8")
    assert third.startswith("Port news") and "http" not in third  # the page's address is no headline
    # the same story left out as a sample folder holds it
    assert cg.write("ecbplus", docs, mentions, tmp_path / "u", {"7ecb"})["stories"] == 0


def test_gun_violence_chains_of_its_own_schema_only_and_no_partial_gold(tmp_path):
    import yaml

    cg = _load("cdcrgold")
    docs = {"0/55/aaaaaaaaaa1": [["2016-05-02"], "A man was shot dead in Tacoma on Sunday .".split(),
                                 "Neighbours held a vigil .".split()],
            "0/55/bbbbbbbbbb2": [["2016-05-03"], "Police said the man shot Sunday died at the scene .".split(),
                                 "Neighbours gathered for a vigil .".split()]}
    mentions = [_mention("0/55/aaaaaaaaaa1", 1, "d", description="55.death.1"),
                _mention("0/55/bbbbbbbbbb2", 1, "d", description="55.death.1"),
                _mention("0/55/aaaaaaaaaa1", 2, "v", description="55.bag_of_events.1"),
                _mention("0/55/bbbbbbbbbb2", 2, "v", description="55.bag_of_events.1")]
    cg.write("gvc", docs, mentions, tmp_path / "g", set())
    gold = yaml.safe_load((tmp_path / "g.yaml").read_text(encoding="utf-8"))
    assert "partial" not in gold and len(gold["agreements"]) == 1
    assert {m["quote"] for m in gold["agreements"][0]["members"]} == {
        "A man was shot dead in Tacoma on Sunday.", "Police said the man shot Sunday died at the scene."}
    assert cg.excluded("gvc", []) == set()
    assert cg.write("gvc", docs, mentions, tmp_path / "h", {"aaaaaaaaaa"})["stories"] == 0  # one text left
