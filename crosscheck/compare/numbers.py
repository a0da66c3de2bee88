"""Numbers: amounts, counts, percentages and durations that differ beyond hedges and rounding.

Each stated number is read as the interval it allows: "about 30" is 27-33, "nearly 300" is
270-300, "at least 40" is 40 and up, "$2.3 million" is 2.25-2.35 million (its last digit
rounded). Two numbers of one unit in strongly aligned claims whose intervals do not meet are a
finding: high when they are more than 5% apart, else medium; exact figures that differ only
within rounding are low. Different numbers about different things are left alone: only claims
with one number of the unit each are compared, and only claims aligned on the same fact.
"""
from __future__ import annotations

import math

from ..facts import Quantity
from . import Context, Proposal

MIN_SCORE = 0.75


def _rounding(v: float) -> float:
    """Half a unit of the last significant digit of ``v`` as written (2.3e6 -> 0.05e6)."""
    if v == 0:
        return 0.5
    mag = 10 ** math.floor(math.log10(abs(v)))
    s = f"{v / mag:.6f}".rstrip("0").rstrip(".")
    decimals = len(s.split(".")[1]) if "." in s else 0
    return 0.5 * mag * 10 ** (-decimals)


def interval(q: Quantity, with_rounding: bool = True) -> tuple[float, float]:
    v = q.value
    r = _rounding(v) if with_rounding and v >= 1000 or (with_rounding and v != int(v)) else 0.0
    return {
        "about": (v * 0.9, v * 1.1),
        "nearly": (v * 0.9, v),
        "more than": (v, v * 1.5 if v else 1.0),
        "at least": (v, v * 1.5 if v else 1.0),
        "up to": (0.0, v),
        "less than": (0.0, v),
    }.get(q.hedge or "", (v - r, v + r))


def compare(a: Quantity, b: Quantity) -> str | None:
    """None when compatible, else the severity of the difference."""
    if a.value == b.value:
        return None
    (a0, a1), (b0, b1) = interval(a), interval(b)
    if a0 <= b1 and b0 <= a1:
        # compatible once hedges and rounding are read; exact figures that differ are low
        return "low" if not (a.hedge or b.hedge) and a.unit not in ("person", "count") else None
    gap = abs(a.value - b.value) / max(abs(a.value), abs(b.value))
    return "high" if gap > 0.05 else "medium"


def find(ctx: Context) -> list[Proposal]:
    out = []
    for a, b in ctx.grouped_pairs():
        if ctx.score(a, b) < MIN_SCORE:
            continue
        fa, fb = ctx.claims[a].facts, ctx.claims[b].facts
        if fa is None or fb is None:
            continue
        for unit in {q.unit for q in fa.quantities} & {q.unit for q in fb.quantities}:
            qa = [q for q in fa.quantities if q.unit == unit]
            qb = [q for q in fb.quantities if q.unit == unit]
            if len(qa) != 1 or len(qb) != 1:
                continue
            sev = compare(qa[0], qb[0])
            if sev:
                out.append(Proposal(
                    type="number", severity=sev, claims=(a, b),
                    explanation=f"{ctx.label(a)} says {qa[0].text!r}, {ctx.label(b)} says {qb[0].text!r}"
                                + (" (a rounding difference)" if sev == "low" else ""),
                    values={a: qa[0].text, b: qb[0].text},
                ))
    return out
