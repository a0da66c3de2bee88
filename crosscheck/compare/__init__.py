"""Typed discrepancies between aligned claims of different outlets.

Each finding type has its own module; each reads the same :class:`Context` (context.py: the
claims with their facts, the alignment, and when each claim's event happened) and proposes
findings. Here they are gathered, de-duplicated, ordered and numbered.

    numbers   amounts, counts, percentages, durations that differ beyond hedges and rounding
    dates     the same event on different days
    entities  another person, place or title for the same fact; a name spelled two ways
    quotes    the same remark in different words, or the same words from different speakers
    framing   "first"/"second" claims that conflict once read in time
    status    expected / planned / possible against agreed / done / will
"""
from __future__ import annotations

import heapq
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace

from ..align import Alignment
from ..models import SEVERITY_RANK, Article, Claim, Finding
from .context import Context, Proposal, entity_names, per_claim
from .places import nested as places_nested


def propose(articles: Sequence[Article], claims: Sequence[Claim], alignment: Alignment,
            names: dict[str, str] | None = None) -> list[Proposal]:
    """The findings of a corpus, or of some of its stories, before they are numbered: one per
    set of claims and type, the most severe winning. Findings never span two stories, so the
    proposals of a corpus are those of its stories put together."""
    from . import candidacy, dates, entities, framing, numbers, quotes, status

    ctx = Context.build(articles, claims, alignment, names)
    proposals: list[Proposal] = []
    for module in (numbers, dates, entities, quotes, framing, status, candidacy):
        proposals += [_undated_not_high(ctx, p) for p in module.find(ctx)]
    best: dict[tuple[str, frozenset[str]], Proposal] = {}
    for p in proposals:
        key = (p.type, frozenset(p.claims))
        if key not in best or SEVERITY_RANK[p.severity] > SEVERITY_RANK[best[key].severity]:
            best[key] = p
    return gather_pairs(ctx, one_per_spelling(ctx, list(best.values())))


#: what a finding that would be high says where an article's date is unknown
UNDATED = " (medium, not high: a publication date is unknown, so the two may not have been written at one time)"


def _undated_not_high(ctx: Context, p: Proposal) -> Proposal:
    """A high finding is a clear conflict between outlets that published at comparable times;
    where an article of it has no known date, that cannot be said: medium, saying why."""
    if p.severity != "high" or all(ctx.article(c).published for c in p.claims):
        return p
    return replace(p, severity="medium", explanation=p.explanation + UNDATED, note=UNDATED)


def one_per_spelling(ctx: Context, proposals: list[Proposal]) -> list[Proposal]:
    """One finding per name a story's outlets spell two ways, not one per pair of sentences
    that write it: an outlet that spells a group's name its own way ("Al Qadr" against
    "al-Qadr") in every sentence would otherwise bring a finding for each. The pair likeliest to
    state one fact leads (the first found of those as likely); the other sentences are listed
    with it."""
    out: list[Proposal] = []
    spelled: dict[tuple, list[Proposal]] = defaultdict(list)
    for p in proposals:
        if p.spelling and len(p.claims) == 2:
            spelled[(ctx.story(p.claims[0]), p.spelling)].append(p)
        else:
            out.append(p)
    for found in spelled.values():
        if len(found) == 1:
            out.append(found[0])
            continue
        top = max(found, key=lambda p: (ctx.probability(*p.claims), ctx.score(*p.claims)))  # (the first of equals)
        claims = list(top.claims) + [c for p in found if p is not top for c in p.claims if c not in top.claims]
        claims = list(dict.fromkeys(claims))
        values = {c: v for p in found for c, v in p.values.items()}
        out.append(Proposal(type=top.type, severity=max((p.severity for p in found), key=SEVERITY_RANK.__getitem__),
                            claims=tuple(claims), values=values,
                            explanation=f"{top.explanation}, and so in {len(claims) - 2} more "
                                        f"sentence{'s' if len(claims) > 3 else ''}"))
    return out


#: Finding types proposed claim against claim, gathered by :func:`gather_pairs`.
PAIRWISE = ("number", "date", "entity", "quote")


def gather_pairs(ctx: Context, proposals: list[Proposal]) -> list[Proposal]:
    """One finding per claim that differs, not one per pair of claims.

    When six outlets tell a fact and one gives another figure, the pairwise rules propose five
    findings (the odd claim against each of the others), and a story told by many outlets
    would drown the desk in findings quadratic in their number. Per type, the claim that
    differs from the most others is taken first and set against all of them in one finding;
    then the next, over the pairs not yet covered, until every pair is in a finding (each
    pair stays linked by exactly one finding). A claim that differs from one other keeps its
    pair finding as it was proposed. Ties go to the claim that stands first in the corpus."""
    position = {c: i for i, c in enumerate(ctx.claims)}
    out: list[Proposal] = []
    pairs: dict[str, dict[frozenset[str], Proposal]] = defaultdict(dict)
    for p in proposals:
        if p.type in PAIRWISE and len(p.claims) == 2:
            pairs[p.type][frozenset(p.claims)] = p
        else:
            out.append(p)
    for kind, by_pair in pairs.items():
        against: dict[str, set[str]] = defaultdict(set)
        for a, b in (tuple(k) for k in by_pair):
            against[a].add(b)
            against[b].add(a)
        # the claim that differs from the most others first: a heap of (-count, position), where
        # an entry whose count is stale is put back with its count of now (counts only fall)
        heap = [(-len(ys), position[c], c) for c, ys in against.items()]
        heapq.heapify(heap)
        while heap:
            n, _, x = heapq.heappop(heap)
            if x not in against:
                continue
            if -n != len(against[x]):
                heapq.heappush(heap, (-len(against[x]), position[x], x))
                continue
            others = sorted(against.pop(x), key=lambda y: (-ctx.score(x, y), position[y]))
            for y in others:
                against[y].discard(x)
                if not against[y]:
                    del against[y]
            # one finding per figure (name, day ...) of x: a claim giving two figures, each against
            # other claims ("11-inch" against "15-inch", "$999" against "$1,199"), gets two findings
            by_value: dict[str, list[str]] = {}
            for y in others:
                by_value.setdefault(by_pair[frozenset((x, y))].values.get(x, ""), []).append(y)
            for ys in by_value.values():
                out.append(_gathered(ctx, kind, x, ys, [by_pair[frozenset((x, y))] for y in ys]))
    return out


def _gathered(ctx: Context, kind: str, x: str, others: list[str], found: list[Proposal]) -> Proposal:
    """One finding of claim x against the claims ``others`` it differs from (their pair
    findings ``found``, in the same order), or the one pair finding."""
    if len(found) == 1:
        return found[0]
    top = found[0]
    values = {x: top.values.get(x, "")}
    for y, p in zip(others, found):
        values[y] = p.values.get(y, "")
    severity = max((p.severity for p in found), key=SEVERITY_RANK.__getitem__)
    if kind == "quote" or not all(values.values()):  # remarks are too long to list
        explanation = f"{top.explanation}; likewise against {', '.join(ctx.label(y) for y in others[1:])}"
    else:
        told: dict[tuple[str, str], int] = {}  # one outlet's value told in several sentences, listed once
        for y in others:
            told[(ctx.label(y), values[y])] = told.get((ctx.label(y), values[y]), 0) + 1
        notes = {p.note for p in found}
        explanation = (f"{ctx.label(x)} says {values[x]!r}, against {len(others)} others: "
                       + "; ".join(f"{label} {value!r}" + (f" ({n} sentences)" if n > 1 else "")
                                   for (label, value), n in told.items())
                       + (notes.pop() if len(notes) == 1 else ""))  # a note every pair gives (why it is low)
    return Proposal(type=kind, severity=severity, claims=(x, *others), values=values, explanation=explanation)


def number(proposals: Sequence[Proposal], claims: Sequence[Claim]) -> list[Finding]:
    """Findings ordered (most severe first, then by where their first claim stands) and numbered."""
    order = {c.id: i for i, c in enumerate(claims)}
    kept = sorted(proposals, key=lambda p: (-SEVERITY_RANK[p.severity], order[p.claims[0]], p.type, p.claims))
    return [
        Finding(id=f"f{n}", type=p.type, severity=p.severity, claims=list(p.claims),
                explanation=p.explanation, values=p.values)
        for n, p in enumerate(kept, 1)
    ]


def find_discrepancies(articles: Sequence[Article], claims: Sequence[Claim], alignment: Alignment) -> list[Finding]:
    return number(propose(articles, claims, alignment), claims)


__all__ = ["PAIRWISE", "Context", "Proposal", "entity_names", "find_discrepancies", "gather_pairs", "number", "per_claim", "places_nested",
           "propose"]
