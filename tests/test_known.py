"""Known claims: the file formats, verify, the pytest plugin and eval."""
from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from crosscheck.cli import main
from crosscheck.errors import InputError
from crosscheck.known import load_known

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "desk"


def test_known_file_format(tmp_path):
    f = tmp_path / "known_x.yaml"
    f.write_text(
        "corpus: pages\nclaims:\n"
        "  - id: one\n    statement: The bridge opened on Monday.\n    supported_by: [AFP]\n    contradicted_by: [Reuters]\n"
        "  - id: two\n    discrepancy: {type: number, a: {file: a.txt, quote: x}, b_any: [{file: b.txt, quote: y}]}\n",
        encoding="utf-8")
    kf = load_known(f)
    assert kf.corpus == (tmp_path / "pages").resolve()
    one, two = kf.claims
    assert (one.kind, one.supported_by, one.contradicted_by) == ("statement", ("AFP",), ("Reuters",))
    assert (two.kind, two.type, two.a.file, len(two.b)) == ("discrepancy", "number", "a.txt", 1)


def test_gold_file_is_read_as_it_is(seeds_dir, gold):
    kf = load_known(seeds_dir / "gold.yaml")
    kinds = [k.kind for k in kf.claims]
    assert kinds.count("statement") == len(gold["agreements"])
    assert kinds.count("discrepancy") == len(gold["discrepancies"])
    assert kinds.count("no-discrepancy") == len(gold["non_discrepancies"])
    assert kf.corpus == seeds_dir.resolve()


@pytest.mark.parametrize("content, message", [
    ("claims: [{id: x}]\n", "needs a statement or a discrepancy"),
    ("claims:\n  - discrepancy: {a: {file: a.txt}, b_any: []}\n", "file: ..., quote: ..."),
    ("just text\n", "expected a mapping"),
    ("version: 1\n", "no known claims"),
])
def test_bad_known_files(tmp_path, content, message):
    f = tmp_path / "known_bad.yaml"
    f.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=message):
        load_known(f)




@pytest.fixture
def desk(pytester):
    shutil.copytree(EXAMPLE / "corpus", pytester.path / "corpus")
    shutil.copytree(EXAMPLE / "known", pytester.path / "known")
    return pytester


@pytest.mark.models
def test_example_project_passes_under_plain_pytest(desk, nlp, encoder):
    result = desk.runpytest("-q")
    result.assert_outcomes(passed=3)


@pytest.mark.models
def test_a_failing_known_claim_reads_well(desk, nlp, encoder):
    (desk.path / "known" / "extra.yaml").write_text(
        "corpus: ../corpus\nclaims:\n"
        "  - id: toll-is-17\n    statement: The ferry sinking off Marovia killed 17 people.\n"
        "    supported_by: [AFP, Reuters]\n", encoding="utf-8")
    result = desk.runpytest("-q", "known/extra.yaml")
    result.assert_outcomes(failed=1)
    out = result.stdout.str()
    assert "known claim 'toll-is-17': FAILS" in out
    assert "expected: Reuters supports it" in out
    assert "contradicts (Reuters, number): " in out and "killing 19 people" in out
    assert "supports (AFP): " in out


@pytest.mark.models
def test_seed_gold_through_the_plugin(pytester, seeds_dir, gold, nlp, encoder):
    known = pytester.path / "known"
    known.mkdir()
    for p in seeds_dir.glob("*.txt"):
        shutil.copy(p, known / p.name)
    shutil.copy(seeds_dir / "gold.yaml", known / "gold.yaml")
    result = pytester.runpytest("-q")
    outcomes = result.parseoutcomes()
    # 24 of the 29 known claims hold on the seeds. The five that fail are agreements with a
    # member sentence that check's own alignment leaves outside the fact's group (a quotation
    # that mentions the talks' length in passing; a sentence of three facts); since verify
    # reaches its answers through check's pipeline it sees them as check does (issue 19; it
    # held 26 with a matcher of its own that disagreed with check on half the seed groups).
    # Every discrepancy and non-discrepancy holds.
    assert outcomes.get("passed", 0) >= 24, result.stdout.str()[-3000:]
    assert outcomes.get("passed", 0) + outcomes.get("failed", 0) == 29
    failing = re.findall(r"known claim '([^']+)': FAILS", result.stdout.str())
    agreements = {a["id"] for a in gold["agreements"]}
    assert set(failing) <= agreements, failing


@pytest.mark.models
def test_verify_agrees_with_check_on_the_seeds(seed_run, seeds_dir, encoder):
    """Issue 19: verify reaches its answers through check's pipeline. Each fact check grouped
    across outlets, stated in the words of one of its claims, is supported by every other
    outlet's claim of the group (or contradicted by it with the finding check makes), and set
    against every claim a finding of check sets against that claim, with the same type."""
    from crosscheck.known import Verifier

    report = seed_run.report
    verifier = Verifier(seed_run, seeds_dir)
    article = {c.id: c.article for c in report.claims}
    outlet = {a.id: a.outlet for a in report.articles}
    text = {c.id: c.text for c in report.claims}
    groups = [g for g in report.groups if len({outlet[article[c]] for c in g.claims}) > 1]
    assert len(groups) >= 15
    for g in groups:
        c = g.claims[0]
        supporting, contradicting, _ = verifier.match(text[c])
        supports = {e.claim.id for e in supporting}
        against = {e.claim.id: e.finding_type for e in contradicting}
        opposed = {}  # what check sets against claim c, and how
        for f in report.findings:
            for x in (f.claims[1:] if f.claims[0] == c else [f.claims[0]] if c in f.claims else []):
                opposed[x] = f.type
        for x in g.claims:
            if article[x] != article[c]:
                assert x in supports or against.get(x) == opposed.get(x, "-"), (g.id, text[c], text[x])
        for x, kind in opposed.items():
            if article[x] != article[c]:
                assert against.get(x) == kind, (g.id, text[c], text[x], kind)


@pytest.mark.models
def test_eval_holds_the_seed_figures(seeds_dir, nlp):
    r = CliRunner().invoke(main, ["eval", str(seeds_dir / "gold.yaml"), str(seeds_dir), "--json",
                                  "--require", "alignment_pair_recall>=0.66", "--require", "alignment_pair_precision>=0.52",
                                  "--require", "alignment_intrusions<=0",
                                  "--require", "discrepancy_recall>=1", "--require", "false_alarms<=0",
                                  "--require", "findings_total<=20", "--require", "segmented>=1",
                                  "--require", "outlet>=1", "--require", "headline>=1", "--require", "published>=1"])
    assert r.exit_code == 0, r.output
    metrics = json.loads(r.stdout)
    assert metrics["boilerplate_leaks"] == 0


@pytest.mark.models
def test_eval_requirement_not_met_exits_1(seeds_dir, nlp):
    r = CliRunner().invoke(main, ["eval", str(seeds_dir / "gold.yaml"), "--require", "findings_total<=0"])
    assert r.exit_code == 1 and "requirement not met: findings_total" in r.stderr


@pytest.mark.models
def test_verify_command_on_the_example(tmp_path, nlp):
    out = tmp_path / "v.json"
    r = CliRunner().invoke(main, ["verify", str(EXAMPLE / "known" / "ferry.yaml"), "--json", str(out)],
                           env={"COLUMNS": "160"})
    assert r.exit_code == 0, r.output
    data = json.loads(out.read_text())
    assert [v["holds"] for v in data["verdicts"]] == [True, True, True]
    assert {s["outlet"] for s in data["verdicts"][0]["supporting"]} >= {"AFP", "Reuters"}
