"""The command line: help for every command, exit codes, one-line errors, reports written."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

from crosscheck.cli import main

COMMANDS = sorted(main.commands)
PAGE = "Ferry service resumes after storm\nThe ferry service resumed on Monday after the storm passed, the operator said.\n"


@pytest.fixture
def runner():
    return CliRunner()


@pytest.mark.parametrize("command", [[]] + [[c] for c in COMMANDS])
def test_every_command_has_help(runner, command):
    r = runner.invoke(main, [*command, "--help"])
    assert r.exit_code == 0
    assert "Usage:" in r.output


def test_version(runner):
    r = runner.invoke(main, ["--version"])
    assert r.exit_code == 0 and "crosscheck" in r.output


def test_help_does_not_import_the_heavy_libraries():
    code = "import sys, crosscheck.cli; print(sorted(m for m in ('spacy', 'torch', 'pandas', 'sentence_transformers', 'trafilatura') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_nothing_usable_exits_2_with_one_line_per_input(runner, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    r = runner.invoke(main, ["check", str(empty), str(tmp_path / "missing.txt")])
    assert r.exit_code == 2
    lines = [ln for ln in r.stderr.splitlines() if ln]
    assert any("empty.txt: empty file" in ln for ln in lines)
    assert any("missing.txt: no such file" in ln for ln in lines)


@pytest.mark.models
def test_a_bad_input_is_reported_and_the_rest_is_checked(runner, tmp_path, nlp):
    good = tmp_path / "good.txt"
    good.write_text(PAGE)
    out = tmp_path / "out" / "r.json"
    r = runner.invoke(main, ["check", str(good), str(tmp_path / "missing.txt"), "--json", str(out)])
    assert r.exit_code == 0, r.output
    assert "missing.txt: no such file or folder" in r.stderr
    report = json.loads(out.read_text())
    assert report["format"] == "crosscheck/1"
    assert [a["headline"] for a in report["articles"]] == ["Ferry service resumes after storm"]
    assert [c["text"] for c in report["claims"]] == [PAGE.splitlines()[1]]


@pytest.mark.models
def test_existing_report_is_replaced_only_with_force(runner, tmp_path, nlp):
    good = tmp_path / "good.txt"
    good.write_text(PAGE)
    out = tmp_path / "r.json"
    out.write_text("old")
    r = runner.invoke(main, ["check", str(good), "--json", str(out)])
    assert r.exit_code == 2 and "exists; use --force" in r.stderr
    assert out.read_text() == "old"
    r = runner.invoke(main, ["check", str(good), "--json", str(out), "--force"])
    assert r.exit_code == 0
    assert json.loads(out.read_text())["format"] == "crosscheck/1"


def test_the_manifest_names_a_story_and_decides_it(runner, tmp_path, nlp):
    """Two pages of other subjects that the editor names one story come out as one story with
    that name; a third page, unnamed and unlike them, stays a story of its own."""
    (tmp_path / "ferry.txt").write_text(PAGE)
    (tmp_path / "bridge.txt").write_text("Bridge closes for repairs\nThe Tellin bridge closed on Tuesday for repairs, "
                                         "the council said.\n")
    (tmp_path / "budget.txt").write_text("Parliament passes budget\nParliament passed the budget on Friday after a "
                                         "long debate, officials said.\n")
    m = tmp_path / "sources.csv"
    m.write_text("file,story\nferry.txt,Storm week\nbridge.txt,Storm week\n", encoding="utf-8")
    out = tmp_path / "out" / "r.json"
    r = runner.invoke(main, ["check", str(tmp_path / "ferry.txt"), str(tmp_path / "bridge.txt"),
                             str(tmp_path / "budget.txt"), "--sources", str(m), "--json", str(out)])
    assert r.exit_code == 0, r.output
    report = json.loads(out.read_text())
    story = {a["source"].rsplit("/", 1)[-1]: a["story"] for a in report["articles"]}
    assert story["ferry.txt"] == story["bridge.txt"] != story["budget.txt"]
    titles = {s["id"]: s["title"] for s in report["stories"]}
    assert titles[story["ferry.txt"]] == "Storm week"
    assert titles[story["budget.txt"]] == "Parliament passes budget"


def test_bad_manifest_exits_2(runner, tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(PAGE)
    m = tmp_path / "m.yaml"
    m.write_text("- outlet: AP\n")
    r = runner.invoke(main, ["check", str(good), "--sources", str(m)])
    assert r.exit_code == 2 and "needs a 'file'" in r.stderr


@pytest.mark.models
def test_articles_lists_the_split(runner, seeds_dir, nlp):
    r = runner.invoke(main, ["articles", str(seeds_dir)], env={"COLUMNS": "250"})
    assert r.exit_code == 0, r.output
    assert "14 article(s)" in r.output
    assert "Skymark to Operate 1st Int'l Flights since 2020" in r.output


@pytest.mark.models
@pytest.mark.parametrize("fmt", ["jsonl", "parquet"])
def test_report_as_tables(runner, tmp_path, seeds_dir, fmt):
    """--tables writes one file per table, one row per item, the same items as the JSON report."""
    if fmt == "parquet":
        pytest.importorskip("pyarrow")
    out = tmp_path / "tables"
    r = runner.invoke(main, ["check", str(seeds_dir), "--json", str(tmp_path / "r.json"), "--tables", str(out),
                             "--tables-format", fmt, "--fail-on", "never", "-q"])
    assert r.exit_code == 0, r.output
    report = json.loads((tmp_path / "r.json").read_text())
    assert sorted(p.name for p in out.iterdir()) == sorted(f"{t}.{fmt}" for t in ("articles", "claims", "findings", "groups"))
    for table in ("articles", "claims", "groups", "findings"):
        if fmt == "jsonl":
            got = [json.loads(line) for line in (out / f"{table}.jsonl").read_text().splitlines()]
        else:
            import pyarrow.parquet as pq

            got = pq.read_table(out / f"{table}.parquet").to_pylist()
            for row in got:
                for key in ("facts", "values"):
                    if key in row and row[key] is not None:
                        row[key] = json.loads(row[key])
        assert [g["id"] for g in got] == [x["id"] for x in report[table]]
        assert got == report[table]


@pytest.mark.models
def test_a_desk_pair_model_is_used_and_a_bad_one_is_refused_in_one_line(runner, seeds_dir, tmp_path, nlp):
    from crosscheck.align.pairs import load_pair_model

    bad = tmp_path / "desk.json"
    bad.write_text('{"format": "something else"}')
    r = runner.invoke(main, ["check", str(seeds_dir), "--quiet", "--pair-model", str(bad)])
    assert r.exit_code == 2
    assert r.stderr.strip().splitlines() == [f"crosscheck: {bad}: not a crosscheck-pair-model/1 file"]

    bundled = load_pair_model()
    strict = tmp_path / "strict.json"  # the bundled trees with a cut no pair reaches: no group of two
    strict.write_text(bundled.to_json().replace(f'"threshold":{bundled.threshold}', '"threshold":1.01'))
    out = tmp_path / "r.json"
    r = runner.invoke(main, ["check", str(seeds_dir), "--quiet", "--fail-on", "never", "--pair-model", str(strict),
                             "--json", str(out)])
    assert r.exit_code == 0, r.output
    assert all(len(g["claims"]) == 1 for g in json.loads(out.read_text())["groups"])
