"""The data that flows through crosscheck, and the one report model every view renders.

Every article and claim carries character offsets (``start``, ``end``) into the text of its
source as decoded, so an editor can always be shown the exact words. Offsets index Python
strings (code points), end exclusive. For JSON records the text is the record's text field;
for HTML pages the spans point into the page's markup (see docs/report-format.md).
"""
from __future__ import annotations

import datetime as dt
from pathlib import PurePath
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

FORMAT = "crosscheck/1"

SourceFormat = Literal["text", "markdown", "html", "json", "jsonl", "stdin", "parquet"]
Verdict = Literal["agree", "discrepancy", "single-source"]
FindingType = Literal["number", "date", "entity", "quote", "framing", "status"]
Severity = Literal["high", "medium", "low"]

#: ``Article.published_evidence`` of a date no source gives, assumed for a text placed in a
#: story (a statement checked with ``crosscheck verify`` speaks as of the story's latest
#: coverage): the finding rules may read time by it, but not the occasion of a remark
ASSUMED_DATE = "assumed: the story's latest coverage"
SEVERITY_RANK: dict[str, int] = {"low": 1, "medium": 2, "high": 3}


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


# ---- the checkable facts of a claim (read by crosscheck.claims.facts) ----------------------

class Entity(_Frozen):
    text: str
    label: str
    key: str
    role: str | None = None  # "location" for a place a thing happens in ("in Lisbon", "at the UN");
    # "qualifier" for a name that is a word of another noun ("the Ruiz campaign", "a Norland inquiry")
    start: int
    end: int
    anchor: str | None = None  # the verb it hangs on and how ("nsubj:resign", "dobj:appoint")


class Quantity(_Frozen):
    text: str
    value: float
    unit: str
    hedge: str | None = None
    start: int
    end: int
    anchor: str | None = None  # the lemma of the verb it hangs on ("cut", "arrest")
    #: what the figure is the figure of, when a noun says so: the noun with its modifiers
    #: ("state tax rate" for "a state tax rate of 21.4 percent" or "the state tax rate was
    #: 21.4 percent"; "pledge" for "the 42-word pledge")
    measures: str | None = None


class DateRef(_Frozen):
    text: str
    start: int
    end: int
    low: dt.date | None = None
    high: dt.date | None = None
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    anchor: str | None = None  # the lemma of the verb it hangs on: what happened that day


class Ordinal(_Frozen):
    text: str
    rank: int  # 1 for "first", 2 for "second"...; 0 for a superlative ("only", "largest")
    word: str
    head: str | None = None  # the noun it qualifies, lemmatised ("summit", "time", "destination")
    modifiers: list[str] = []  # words between ("face-to-face", "in-person", "bilateral")
    qualifier: str | None = None  # "since 2020", "in 17 years"
    general: bool = False  # said in a relative clause of something else ("presidents, who choose ... first")
    act: str | None = None  # for a "time" a clause tells, its act: "the first time the two met" (meet)
    start: int
    end: int


class Quote(_Frozen):
    text: str
    speaker: str | None = None
    inferred: bool = False  # the speaker is read from "he"/"she": the last person named before
    posted: bool = False  # the words of a post the page embeds (a tweet), shown as its author wrote them
    start: int
    end: int


class Facts(_Frozen):
    entities: list[Entity] = []
    quantities: list[Quantity] = []
    dates: list[DateRef] = []
    ordinals: list[Ordinal] = []
    quotes: list[Quote] = []
    attribution: str | None = None
    modality: str = "asserted"
    tense: str | None = None  # "past", "present" or "future", from the main verb
    negated: bool = False
    predicate: str | None = None
    actions: list[str] = []  # the verbs of the main event, past any "expected to" / "said": agree, begin
    acts: dict[str, str] = {}  # every act told, with its status: {"approve": "done", "meet": "expected"}
    doers: dict[str, str] = {}  # who does each act, by its subject's head word: {"meet": "panel"}
    denied: dict[str, str] = {}  # acts told as not to happen, with the modal's status: {"hold": "expected"}
    lemmas: list[str] = []


# ---- articles, claims, groups, findings, the report --------------------------------------

class SourceInfo(_Frozen):
    """One input as read: where from, how decoded, and its checksum for provenance."""

    path: str
    format: SourceFormat
    encoding: str
    sha256: str
    chars: int
    articles: int = 0


class Problem(_Frozen):
    """A bad input (or part of one): an error (skipped) or a warning (read, with a caveat)."""

    source: str
    message: str
    level: Literal["error", "warning"] = "error"


class Article(_Frozen):
    id: str
    source: str
    record: int | None = None
    start: int
    end: int
    headline: str | None
    outlet: str | None
    publisher: str | None
    published: dt.date | None
    outlet_evidence: str | None = None
    published_evidence: str | None = None
    story: str | None = None

    def whose(self) -> str:
        """Whose word the article is, as findings and verdicts name it: its outlet, else
        "unattributed (publisher or file name)". (The agreement matrix puts every
        unattributed article in one column: report.view.outlet_of.)"""
        if self.outlet:
            return self.outlet
        return f"unattributed ({self.publisher or PurePath(self.source).name})"


class Claim(_Frozen):
    id: str
    article: str
    text: str
    start: int
    end: int
    facts: Facts | None = None


class Story(_Frozen):
    """Articles that cover one story; claims are aligned only within a story."""

    id: str
    title: str
    articles: list[str]
    outlets: list[str] = []
    first_published: dt.date | None = None
    last_published: dt.date | None = None


class Group(_Frozen):
    id: str
    claims: list[str]
    verdict: Verdict
    outlets: list[str] = []
    independent_sources: int = 0
    story: str | None = None


class Finding(_Frozen):
    id: str
    type: FindingType
    severity: Severity
    claims: list[str] = Field(min_length=2)
    explanation: str
    values: dict[str, str] = {}


class Report(_Frozen):
    """The one report: JSON is its serialisation; terminal, markdown and CSV are views of it."""

    format: Literal["crosscheck/1"] = FORMAT
    crosscheck_version: str
    generated: str
    settings: dict[str, str | int | float | bool | None] = {}
    models: dict[str, str] = {}
    inputs: list[SourceInfo] = []
    problems: list[Problem] = []
    articles: list[Article] = []
    stories: list[Story] = []
    claims: list[Claim] = []
    groups: list[Group] = []
    findings: list[Finding] = []

    def article(self, article_id: str) -> Article:
        for a in self.articles:
            if a.id == article_id:
                return a
        raise KeyError(article_id)

    def claims_of(self, article_id: str) -> list[Claim]:
        return [c for c in self.claims if c.article == article_id]

    def claim(self, claim_id: str) -> Claim:
        for c in self.claims:
            if c.id == claim_id:
                return c
        raise KeyError(claim_id)
