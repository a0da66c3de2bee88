"""Groups of aligned claims as the report shows them: outlets, independent sources, verdict."""
from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from .alignment import Alignment
from ..models import Article, Claim, Finding, Group

#: Two claims this alike (cosine) in different articles are copies of one story.
COPY_SIMILARITY = 0.95


def independent_sources(members: Sequence[Claim], articles: dict[str, Article], emb: np.ndarray, index: dict[str, int]) -> int:
    """Sources that state the claim independently: outlets, with copies of one text counted once.

    An article with no known outlet counts as a source of its own unless its sentence is a
    copy of another member's.
    """
    units = []  # one list of claims per source
    for c in members:
        a = articles[c.article]
        key = a.outlet or f"?{a.id}"
        for u in units:
            if u[0] == key or any(float(emb[index[c.id]] @ emb[index[o.id]]) >= COPY_SIMILARITY for o in u[1]):
                u[1].append(c)
                break
        else:
            units.append((key, [c]))
    return len(units)


def make_groups(articles: Sequence[Article], claims: Sequence[Claim], alignment: Alignment, emb: np.ndarray,
                findings: Sequence[Finding] = ()) -> list[Group]:
    """Groups as reported. A group holding two claims that a finding links is a discrepancy."""
    by_id = {c.id: c for c in claims}
    arts = {a.id: a for a in articles}
    index = {c.id: i for i, c in enumerate(claims)}
    out: list[Group] = []
    grouped: set[str] = set()
    findings_of: dict[str, list] = {}
    for f in findings:
        for cid in f.claims:
            findings_of.setdefault(cid, []).append(f)
    for ids in alignment.groups:
        members = [by_id[i] for i in ids]
        grouped.update(ids)
        outlets = sorted({arts[c.article].outlet for c in members if arts[c.article].outlet})
        n = independent_sources(members, arts, emb, index)
        ids_set = set(ids)
        disputed = any(len(ids_set & set(f.claims)) >= 2 for cid in ids for f in findings_of.get(cid, ()))
        verdict = "discrepancy" if disputed else "agree" if n > 1 else "single-source"
        out.append(Group(id=f"g{len(out) + 1}", claims=list(ids), verdict=verdict,
                         outlets=outlets, independent_sources=n, story=alignment.stories.get(members[0].article)))
    for c in claims:
        if c.id not in grouped:
            a = arts[c.article]
            out.append(Group(id=f"g{len(out) + 1}", claims=[c.id], verdict="single-source",
                             outlets=[a.outlet] if a.outlet else [], independent_sources=1,
                             story=alignment.stories.get(c.article)))
    return out
