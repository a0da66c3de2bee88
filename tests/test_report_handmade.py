"""Golden renders of a hand-built report (no model): the terminal and markdown views move only
when the views do, not when a model or a rule does. (tests/test_report.py holds the one
end-to-end golden, of the seeds.) Refresh with ``pytest --update-golden``."""
from __future__ import annotations

import datetime as dt

import pytest

from crosscheck.models import Article, Claim, Finding, Group, Report, SourceInfo, Story
from crosscheck.report import markdown as md_view
from crosscheck.report import terminal
from crosscheck.report.json import from_json, to_json
from crosscheck.report.view import build

GAZETTE = ("Tidewater board raises ferry fares\n\n"
           "The Tidewater Harbour Board voted on Tuesday to raise ferry fares by 12 percent. "
           "The new fares start on March 1. "
           "\"We had no other choice,\" said board chair Ines Okafor.")
DAILY = ("Ferry fares to rise\n\n"
         "Harbour officials approved a 15 percent rise in ferry fares on Tuesday. "
         "The increase takes effect on March 1. "
         "\"We had no choice,\" board chair Ines Okafor said.")


def _claim(cid: str, article: Article, text: str, sentence: str) -> Claim:
    start = text.index(sentence)
    return Claim(id=cid, article=article.id, text=sentence, start=start, end=start + len(sentence))


def handmade_report() -> Report:
    day = dt.date(2031, 2, 12)
    a1 = Article(id="a1", source="pages/gazette.txt", start=0, end=len(GAZETTE), headline=GAZETTE.split("\n")[0],
                 outlet="Tidewater Gazette", publisher=None, published=day, story="s1")
    a2 = Article(id="a2", source="pages/daily.txt", start=0, end=len(DAILY), headline=DAILY.split("\n")[0],
                 outlet="Northshore Daily", publisher=None, published=day, story="s1")
    claims = [
        _claim("c1", a1, GAZETTE, "The Tidewater Harbour Board voted on Tuesday to raise ferry fares by 12 percent."),
        _claim("c2", a1, GAZETTE, "The new fares start on March 1."),
        _claim("c3", a1, GAZETTE, "\"We had no other choice,\" said board chair Ines Okafor."),
        _claim("c4", a2, DAILY, "Harbour officials approved a 15 percent rise in ferry fares on Tuesday."),
        _claim("c5", a2, DAILY, "The increase takes effect on March 1."),
        _claim("c6", a2, DAILY, "\"We had no choice,\" board chair Ines Okafor said."),
    ]
    outlets = ["Northshore Daily", "Tidewater Gazette"]
    return Report(
        crosscheck_version="0.0.0-test", generated="2031-02-12T09:00:00+00:00",
        models={"sentences and entities": "hand-built", "encoder": "hand-built"},
        inputs=[SourceInfo(path="pages/gazette.txt", format="text", encoding="utf-8", sha256="0" * 64,
                           chars=len(GAZETTE), articles=1),
                SourceInfo(path="pages/daily.txt", format="text", encoding="utf-8", sha256="1" * 64,
                           chars=len(DAILY), articles=1)],
        articles=[a1, a2],
        stories=[Story(id="s1", title=a1.headline, articles=["a1", "a2"], outlets=outlets, first_published=day,
                       last_published=day)],
        claims=claims,
        groups=[Group(id="g1", claims=["c1", "c4"], verdict="discrepancy", outlets=outlets, independent_sources=2, story="s1"),
                Group(id="g2", claims=["c2", "c5"], verdict="agree", outlets=outlets, independent_sources=2, story="s1"),
                Group(id="g3", claims=["c3", "c6"], verdict="discrepancy", outlets=outlets, independent_sources=2,
                      story="s1")],
        findings=[Finding(id="f1", type="number", severity="high", claims=["c1", "c4"],
                          explanation="Tidewater Gazette, 2031-02-12 says '12 percent', Northshore Daily, 2031-02-12 "
                                      "says '15 percent'",
                          values={"c1": "12 percent", "c4": "15 percent"}),
                  Finding(id="f2", type="quote", severity="medium", claims=["c3", "c6"],
                          explanation="Ines Okafor's remark is quoted in different words by Tidewater Gazette, "
                                      "2031-02-12 and Northshore Daily, 2031-02-12: other → (nothing)",
                          values={"c3": "We had no other choice,", "c6": "We had no choice,"})],
    )


def test_handmade_markdown_golden(golden):
    golden("handmade.md", md_view.render(build(handmade_report())))


@pytest.mark.parametrize("width", [80, 120])
def test_handmade_terminal_golden(golden, width):
    text = terminal.render(build(handmade_report()), width=width)
    assert "\x1b[" not in text
    assert max(len(line) for line in text.splitlines()) <= width
    golden(f"handmade-terminal-{width}.txt", text)


def test_handmade_report_round_trips_through_json():
    report = handmade_report()
    assert from_json(to_json(report)) == report
