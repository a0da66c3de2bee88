"""Entities: a different place for the same event in strongly aligned claims.

Only places known to the entity data (countries and their capitals) are compared, so that a
city and the country it lies in are never told apart as a conflict ("in Tokyo" and "in Japan"
agree); an unknown town is left alone.
"""
from __future__ import annotations

from functools import lru_cache

from ..facts import load_entity_data
from . import Context, Proposal

MIN_SCORE = 0.9


@lru_cache(maxsize=None)
def _places() -> tuple[set[str], dict[str, str]]:
    data = load_entity_data()
    return set(data.aliases.values()), data.capitals


def _countries(ctx: Context, cid: str) -> dict[str, str]:
    """Location keys of a claim mapped to the country they lie in, for known places only."""
    countries, capitals = _places()
    out = {}
    for e in (ctx.claims[cid].facts.entities if ctx.claims[cid].facts else []):
        if e.role != "location":
            continue
        if e.key in countries:
            out[e.text] = e.key
        elif e.key in capitals:
            out[e.text] = capitals[e.key]
    return out


def find(ctx: Context) -> list[Proposal]:
    out = []
    located = {c: _countries(ctx, c) for c in ctx.claims}
    for a, b in ctx.grouped_pairs():
        pa, pb = located[a], located[b]
        if not (pa and pb) or ctx.score(a, b) < MIN_SCORE:
            continue
        if pa and pb and not set(pa.values()) & set(pb.values()):
            out.append(Proposal(
                type="entity", severity="high", claims=(a, b),
                explanation=f"{ctx.label(a)} places it in {', '.join(pa)}; {ctx.label(b)} in {', '.join(pb)}",
                values={a: ", ".join(pa), b: ", ".join(pb)},
            ))
    return out
