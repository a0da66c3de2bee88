"""Dates: the same event placed on different days by strongly aligned claims.

Only precise dates are compared (a day, or a span of at most three days), once resolved
against each article's own publication date; a one-day difference is allowed, since the same
moment written in two time zones can fall on two dates. Vague dates ("early June") are
compatible with any day inside them and are not compared here.
"""
from __future__ import annotations

import datetime as dt

from . import Context, Proposal

MIN_SCORE = 0.9
PRECISE = dt.timedelta(days=3)
TIME_ZONES = dt.timedelta(days=1)


def _precise(ctx: Context, cid: str):
    f = ctx.claims[cid].facts
    if f is None:
        return []
    return [d for d in f.dates if d.low and d.high and d.high - d.low <= PRECISE]


def find(ctx: Context) -> list[Proposal]:
    out = []
    for a, b in ctx.grouped_pairs():
        if ctx.score(a, b) < MIN_SCORE:
            continue
        da, db = _precise(ctx, a), _precise(ctx, b)
        if len(da) != 1 or len(db) != 1:
            continue
        x, y = da[0], db[0]
        if x.low - TIME_ZONES <= y.high and y.low - TIME_ZONES <= x.high:
            continue
        out.append(Proposal(
            type="date", severity="high", claims=(a, b),
            explanation=f"{ctx.label(a)} puts it on {x.low}{'' if x.high == x.low else f'..{x.high}'} ({x.text!r}); "
                        f"{ctx.label(b)} on {y.low}{'' if y.high == y.low else f'..{y.high}'} ({y.text!r})",
            values={a: f"{x.text} = {x.low}", b: f"{y.text} = {y.low}"},
        ))
    return out
