"""Report views: golden renders of the seeds, markdown escaping, CSV, exit codes, a real terminal."""
from __future__ import annotations

import io
import os
import shutil
import subprocess
import time

import pytest
from click.testing import CliRunner

from crosscheck.cli import main
from crosscheck.report import csv as csv_view
from crosscheck.report import markdown as md_view
from crosscheck.report import terminal
from crosscheck.report.view import build

pytestmark = pytest.mark.models


def test_markdown_golden(seed_report_fixed, golden):
    golden("seeds.md", md_view.render(build(seed_report_fixed)))


@pytest.mark.parametrize("width", [80, 120])
def test_terminal_golden(seed_report_fixed, golden, width):
    text = terminal.render(build(seed_report_fixed), width=width)
    assert "\x1b[" not in text  # no colour in a rendering for a file
    assert max(len(line) for line in text.splitlines()) <= width
    golden(f"seeds-terminal-{width}.txt", text)


def test_markdown_escapes_pipes_and_stars():
    assert md_view.esc("a | b * c_d [x]") == r"a \| b \* c\_d \[x\]"
    assert md_view.esc("two\nlines") == "two lines"


def test_csv_has_one_row_per_finding(seed_report):
    import pandas as pd

    frame = pd.read_csv(io.StringIO(csv_view.render(build(seed_report))))
    assert list(frame.columns) == csv_view.COLUMNS
    assert len(frame) == len(seed_report.findings)
    assert set(frame["type"]) <= {"number", "date", "entity", "quote", "framing", "status"}


def test_default_markdown_name(seed_report):
    name = md_view.default_name(build(seed_report))
    assert name.endswith(".md") and name.count("-") >= 3  # <story-slug>-<YYYY-MM-DD>.md


@pytest.fixture
def runner():
    return CliRunner()


def test_fail_on_sets_the_exit_code(runner, seeds_dir, seed_report):
    worst = max((f.severity for f in seed_report.findings), key=["low", "medium", "high"].index)
    r = runner.invoke(main, ["check", str(seeds_dir), "--quiet", "--fail-on", worst])
    assert r.exit_code == 1
    r = runner.invoke(main, ["check", str(seeds_dir), "--quiet", "--fail-on", "never"])
    assert r.exit_code == 0
    assert r.output.strip().splitlines()[-1].startswith(f"{len(seed_report.findings)} findings")


def test_quiet_prints_only_the_summary(runner, seeds_dir):
    r = runner.invoke(main, ["check", str(seeds_dir), "--quiet", "--fail-on", "never"])
    assert len(r.stdout.strip().splitlines()) == 1


def test_markdown_and_csv_written_under_reports(runner, seeds_dir, tmp_path):
    r = runner.invoke(main, ["check", str(seeds_dir), "--quiet", "--fail-on", "never", "--markdown",
                             "--reports", str(tmp_path / "out"), "--csv", str(tmp_path / "out" / "f.csv")])
    assert r.exit_code == 0, r.output
    written = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert "f.csv" in written and any(n.endswith(".md") for n in written)


def test_no_colour_when_not_a_terminal(runner, seeds_dir):
    r = runner.invoke(main, ["check", str(seeds_dir), "--fail-on", "never"], env={"NO_COLOR": "1"})
    assert r.exit_code == 0
    assert "\x1b[" not in r.output
    assert "Findings (" in r.output


@pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")
@pytest.mark.parametrize("width", [80, 120])
def test_report_in_a_real_terminal(seeds_dir, tmp_path, width):
    exe = shutil.which("crosscheck") or os.path.join(os.path.dirname(os.sys.executable), "crosscheck")
    session = f"cc{os.getpid()}{width}"
    out = tmp_path / "done"
    cmd = f"{exe} check {seeds_dir} --fail-on never; echo $? > {out}"
    subprocess.run(["tmux", "new-session", "-d", "-s", session, "-x", str(width), "-y", "60", cmd + "; sleep 30"], check=True)
    try:
        for _ in range(240):
            if out.exists() and out.read_text().strip():
                break
            time.sleep(0.5)
        screen = subprocess.run(["tmux", "capture-pane", "-p", "-t", session, "-S", "-200"],
                                capture_output=True, text=True, check=True).stdout
    finally:
        subprocess.run(["tmux", "kill-session", "-t", session], check=False)
    assert out.read_text().strip() == "0"
    lines = screen.splitlines()
    assert max(len(line) for line in lines) <= width
    assert any("findings (" in line for line in lines)  # the summary line is on screen
