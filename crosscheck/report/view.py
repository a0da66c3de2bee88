"""What every view of a report shows, computed once from the Report: never recomputed per view.

The terminal, markdown and CSV renderers read a ReportView: the header figures, per story the
agreement matrix (outlets x aligned claims), the findings in severity order with the words to
highlight, and the single-source claims.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from ..models import SEVERITY_RANK, Article, Claim, Finding, Group, Report, Story

STATES, CONTRADICTS, SILENT = "states", "contradicts", "silent"
MARK = {STATES: "✓", CONTRADICTS: "✗", SILENT: "·"}


@dataclass
class Row:
    group: Group
    text: str  # the representative claim's words
    cells: dict[str, str]  # outlet -> states / contradicts / silent


@dataclass
class StoryView:
    story: Story
    outlets: list[str]
    rows: list[Row]
    single: list[Claim]


@dataclass
class Side:
    claim: Claim
    article: Article
    outlet: str
    highlights: list[tuple[int, int]]  # spans in claim.text to highlight


@dataclass
class FindingView:
    finding: Finding
    sides: list[Side]


@dataclass
class ReportView:
    report: Report
    articles: int
    outlets: list[str]
    unattributed: int
    stories: list[StoryView]
    findings: list[FindingView]
    first: str | None
    last: str | None
    independent_sources: int
    severity_counts: dict[str, int] = field(default_factory=dict)

    def summary(self) -> str:
        c = self.severity_counts
        n = len(self.findings)
        return (f"{n} finding{'s' if n != 1 else ''} ({c.get('high', 0)} high, {c.get('medium', 0)} medium, "
                f"{c.get('low', 0)} low) in {self.articles} articles from {len(self.outlets)} outlets "
                f"and {len(self.stories)} stories")


def outlet_of(a: Article) -> str:
    """The agreement matrix's column of an article: its outlet, or one column for every
    unattributed article (findings name them one by one: Article.whose)."""
    return a.outlet or "unattributed"


def _words(s: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), re.sub(r"[^\w']+", "", m.group(0).casefold())) for m in re.finditer(r"\S+", s)]


def highlight_spans(text: str, value: str, other_values: list[str], quote: bool) -> list[tuple[int, int]]:
    """Where to highlight a side of a finding: its stated value in the text, or, for quotes,
    the words that differ from the other side's quote."""
    if quote and other_values:
        import difflib

        mine = _words(value)
        theirs = [w for _, _, w in _words(other_values[0])]
        base = text.find(value)
        if base < 0:
            return []
        out = []
        sm = difflib.SequenceMatcher(a=[w for _, _, w in mine], b=theirs)
        for op, i1, i2, _, _ in sm.get_opcodes():
            if op in ("replace", "delete") and i2 > i1:
                out.append((base + mine[i1][0], base + mine[i2 - 1][1]))
        return out
    if not value:
        return []
    part = value.split(" = ")[0]
    i = text.casefold().find(part.casefold())
    return [(i, i + len(part))] if i >= 0 else []


#: a group sharing this share of the smaller one's claims with a row already shown is not shown
#: again (chosen: the agreement matrix should not repeat a fact in two rows)
NEAR_DUPLICATE = 0.6


def build(report: Report, *, max_rows: int = 12) -> ReportView:
    arts = {a.id: a for a in report.articles}
    claims = {c.id: c for c in report.claims}
    position = {c.id: i for i, c in enumerate(report.claims)}
    outlets = sorted({a.outlet for a in report.articles if a.outlet})
    dates = sorted(a.published for a in report.articles if a.published)

    # findings, most severe first (the report is already in that order)
    fviews = []
    for f in report.findings:
        sides = []
        for cid in f.claims:
            c = claims[cid]
            others = [v for k, v in f.values.items() if k != cid]
            spans = highlight_spans(c.text, f.values.get(cid, ""), others, f.type == "quote")
            sides.append(Side(c, arts[c.article], outlet_of(arts[c.article]), spans))
        fviews.append(FindingView(f, sides))

    leading: dict[str, list[Finding]] = {}
    for f in report.findings:
        leading.setdefault(f.claims[0], []).append(f)

    def contradicting(g: Group) -> set[str]:
        """Outlets whose claim differs within this group: the first claim of a finding that
        links two of the group's claims."""
        ids = set(g.claims)
        return {outlet_of(arts[claims[cid].article]) for cid in g.claims for f in leading.get(cid, ())
                if len(ids & set(f.claims)) >= 2}

    # indexes made once: a story's groups, the claims in some group, an article's claims (a
    # scan of the report per story is quadratic in a large corpus)
    groups_of: dict[str, list[Group]] = {}
    for g in report.groups:
        if len(g.claims) > 1:
            groups_of.setdefault(g.story, []).append(g)
    grouped = {cid for gs in groups_of.values() for g in gs for cid in g.claims}
    claims_of: dict[str, list[Claim]] = {}
    for c in report.claims:
        claims_of.setdefault(c.article, []).append(c)
    sviews = []
    for s in report.stories:
        members = set(s.articles)
        story_outlets = sorted({outlet_of(arts[a]) for a in members})
        groups = list(groups_of.get(s.id, []))
        groups.sort(key=lambda g: (-g.independent_sources, -len(g.claims), int(g.id[1:])))
        rows: list[Row] = []
        shown: list[set[str]] = []
        used: set[str] = set()
        membership = Counter(cid for g in groups for cid in g.claims)
        for g in groups:
            ids = set(g.claims)
            if any(len(ids & prev) >= NEAR_DUPLICATE * min(len(ids), len(prev)) for prev in shown):
                continue  # near-duplicate of a row already shown
            shown.append(ids)
            cells = {o: SILENT for o in story_outlets}
            for cid in g.claims:
                cells[outlet_of(arts[claims[cid].article])] = STATES
            for o in contradicting(g):
                cells[o] = CONTRADICTS
            # the most specific member not yet shown stands for the group
            rep = min(g.claims, key=lambda c: (c in used, membership[c], int(c[1:]) if c[1:].isdigit() else 0))
            used.add(rep)
            rows.append(Row(g, claims[rep].text, cells))
            if len(rows) >= max_rows:
                break
        single = sorted((c for a in members for c in claims_of.get(a, []) if c.id not in grouped), key=lambda c: position[c.id])
        sviews.append(StoryView(s, story_outlets, rows, single))

    sev = Counter(f.severity for f in report.findings)
    return ReportView(
        report=report, articles=len(report.articles), outlets=outlets,
        unattributed=sum(1 for a in report.articles if not a.outlet), stories=sviews, findings=fviews,
        first=dates[0].isoformat() if dates else None, last=dates[-1].isoformat() if dates else None,
        independent_sources=len(outlets) + sum(1 for a in report.articles if not a.outlet),
        severity_counts={k: sev.get(k, 0) for k in sorted(SEVERITY_RANK, key=SEVERITY_RANK.get, reverse=True)},
    )


def source_ref(side: Side) -> str:
    return f"{Path(side.article.source).name}:{side.claim.start}-{side.claim.end}"
