"""Home towns: one person placed in two towns by two outlets.

News writes where the people it names come from beside their names: "Ana Ruiz, 43, of
Denver", "Ana Ruiz, a Denver woman,", "Ana Ruiz, a student at Ely College in Denver", "a Denver
woman, later identified as Ana Ruiz", "Denver resident Ana Ruiz". Like an age or a party label
(parties.py, numbers.ages), the town is the person's, not the sentence's fact: the towns two
outlets give one person (named in full somewhere in the story) are compared wherever in the
story they stand, whatever the alignment makes of the two sentences. Two towns are a finding
when neither can hold the other however their names are read (places.py: "Denver" / "Boulder";
not "Denver" / "Colorado"), and they lie NEAR_KM or more apart: a city and a suburb or a
borough and its neighbourhood ("Queens" / "College Point") are one home told at two scales,
which the city table cannot tell apart from two towns. Only towns are read here: a state or a
country beside a lawmaker's name is the party label's ("Senator Ana Ruiz of Ohio"), and a name
that reads as a state or a country as well as a town ("Washington", "New York") is left alone.
"""
from __future__ import annotations

import re

from . import places
from .context import Context, Proposal
from .parties import People, beside_names

#: towns nearer than this are one home told at two scales (a city and its suburb, a borough and
#: a neighbourhood in it): no finding
NEAR_KM = 30.0

#: a town's name as written: one to three capitalised words ("Denver", "Fort Collins", "St. Louis")
_TOWN = r"((?:St\.\s+)?[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})"
#: what a town names beside a person ("a Denver woman", "the Seattle teenager")
_WHO = (r"(?:man|woman|resident|native|teen|teenager|boy|girl|student|couple|mother|father|mom|dad|son|daughter"
        r"|husband|wife|widow|grandmother|grandfather|businessman|businesswoman|retiree|veteran|nurse|teacher)")
#: after the name: ", 43, of Denver", " of Denver", ", from Denver" (the whole run of capitalised
#: words must be the town: "of Ely College" is no town)
_OF = re.compile(rf"^,?\s+(?:\d{{1,3}},\s+)?(?:of|from)\s+{_TOWN}(?=[,.;:)'’]|\s+[a-z(]|\s*$)")
#: after the name, an apposition: ", a Denver woman", ", a 43-year-old Denver nurse"
_A_TOWNS = re.compile(rf"^,\s+(?:an?|the)\s+(?:\d{{1,3}}-year-old\s+)?{_TOWN}\s+{_WHO}\b")
#: after the name, an apposition that places the person: ", a student at Ely College in
#: Denver", ", a longtime resident of Denver" (no clause of its own: "who was born in Denver")
_A_IN = re.compile(rf"^,\s+(?:an?|the)\s+((?:(?!who\b|which\b|that\b|whose\b|where\b|when\b|was\b|is\b|were\b|had\b|has\b)"
                   rf"[\w.&'’-]+\s+){{1,8}}?)(?:in|of|from)\s+{_TOWN}(?=[,.;:)]|\s*$)")
#: before the name: "a Denver woman, later identified as ", "a Denver man named ", "Denver resident "
_BEFORE = re.compile(rf"(?:\b(?:an?|the)\s+(?:\d{{1,3}}-year-old\s+)?{_TOWN}\s+{_WHO}\s*,?\s+"
                     rf"(?:(?:later\s+|since\s+|now\s+)?(?:identified|named)\s+(?:as\s+)?|named\s+)?"
                     rf"|(?<![\w.])(?<!\bthe\s){_TOWN}\s+(?:resident|native)\s+)$")


def _town(name: str) -> tuple[places.Place, ...]:
    """Every town a name can be read as, or () when it may also be a state or a country."""
    got = places.readings(name)
    return got if got and all(p.city for p in got) else ()


def home_after(after: str) -> tuple[int, int] | None:
    """Where a place written after a name and "of" or "from" stands in the text ``after`` the
    name (", 43, of Denver", " of Arizona": the place's span), whatever place it is; None where
    there is none."""
    m = _OF.match(after)
    return m.span(1) if m else None


def town_of(before: str, after: str) -> str | None:
    """The town written beside a name (the text ``before`` and ``after`` it in its sentence), or
    None where there is none."""
    for m in (_OF.match(after), _A_TOWNS.match(after), _A_IN.match(after)):
        if m and _town(m.group(m.lastindex)):
            return m.group(m.lastindex)
    m = _BEFORE.search(before)
    if m:
        name = m.group(1) or m.group(2)
        if name and _town(name):
            return name
    return None


def _towns_of(ctx: Context, cid: str, names: People) -> dict[str, str]:
    """Full person key -> the town a claim writes beside that person's name."""
    return beside_names(ctx, cid, names, town_of)


def find(ctx: Context, names: People) -> list[Proposal]:
    """One person placed in two towns that cannot be one by two outlets of a story (``names``
    reads the people each claim names in full)."""
    out = []
    for key, a, x, b, y in ctx.told_of_people(lambda cid: _towns_of(ctx, cid, names)):
        tx, ty = _town(x), _town(y)
        near = places.nearest_km(tx, ty)
        if places.apart(tx, ty) and near is not None and near >= NEAR_KM:
            out.append(Proposal(
                type="entity", severity="medium", claims=(a, b),
                explanation=f"{ctx.label(a)} places {ctx.name(key)!r} in {x}; {ctx.label(b)} in {y}",
                values={a: x, b: y},
            ))
    return out
