"""Party and state labels: one politician given two parties, or two states, by two outlets.

US coverage labels lawmakers as it names them: "Rep. Ana Ruiz (D-Ohio)", "Ruiz, D-Ohio,",
"Ana Ruiz, a Democrat of Ohio", "Senator Ana Ruiz of Ohio" (a state alone), and before the
name with the office: "Ohio Gov. Ana Ruiz", "Ohio's attorney general, Ana Ruiz", "Democratic
Rep. Ana Ruiz". The label is the person's, not the sentence's fact: the labels two outlets
give one person are compared wherever in the story they stand, whatever the alignment makes of
the two sentences (one person, named in full somewhere in the story; a
surname no one else of the story bears). States are read through the AP's abbreviations, the
postal codes and the names (the ``us`` package): "Calif.", "CA" and "California" are one state.
A party a label gives against another party is a finding, and so is a state against another
state; a label that gives only one of the two agrees with anything on the other.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import TypeVar

from .context import Context, Proposal

#: what reads the people a claim names in full: (claim id) -> (person key, text before the name,
#: text after it) (``entities.full_names``, handed in by the entity rules, whose module imports
#: this one)
People = Callable[[Context, str], Iterable[tuple[str, str, str]]]

T = TypeVar("T")


def beside_names(ctx: Context, cid: str, names: People, read: Callable[[str, str], T | None]) -> dict[str, T]:
    """Full person key -> what ``read(before, after)`` makes of the words a claim writes around
    that person's name (an age, a label, a town), the first reading of each person; people whose
    words ``read`` makes nothing of (None) are left out."""
    out: dict[str, T] = {}
    for key, before, after in names(ctx, cid):
        got = read(before, after)
        if got is not None:
            out.setdefault(key, got)
    return out

_PARTY_LETTER = {"r": "Republican", "d": "Democrat", "i": "independent"}
_PARTY_WORD = {"republican": "Republican", "democrat": "Democrat", "democratic": "Democrat",
               "independent": "independent", "gop": "Republican"}
#: the words of a party label (the party rule compares them; the title rule reads no place in them)
PARTY_WORDS = frozenset(_PARTY_WORD)
#: "(D-Ohio)", "(R-N.Y.)", "(I-Vt.)": right after the name
_BRACKETED = re.compile(r"^\s*\(\s*([RDI])\s*[-–—]\s*([A-Z][A-Za-z.]*(?:\s?[A-Z][A-Za-z.]*)?)\s*\)")
#: ", D-Ohio,", ", R-S.C.": set beside the name
_BESIDE = re.compile(r"^,\s+([RDI])[-–—]([A-Z][A-Za-z.]*(?:\s?[A-Z][A-Za-z.]*)?)(?=[,;)\s]|$)")
#: ", a Republican of Ohio", ", Democrat from New York": set beside the name
_WORDS = re.compile(r"^,\s+(?:a\s+|the\s+)?(Republican|Democrat|Democratic|Independent)\s+(?:of|from)\s+"
                    r"([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)")
#: before the name, an office with its state and perhaps its party: "Ohio Gov. Ana Ruiz", "Ohio
#: Republican Sen. Ana Ruiz", "Ohio's attorney general, Ana Ruiz", "Democratic Rep. Ana Ruiz"
_BEFORE = re.compile(
    r"(?:\b((?:(?!(?:Democratic|Republican|Independent|GOP)\b)[A-Z][a-z]+\s+)?(?!(?:Democratic|Republican|Independent|GOP)\b)"
    r"[A-Z][a-z]+)(?:['’]s)?\s+)?(?:(Democratic|Republican|Independent|GOP)\s+)?"
    r"(?:Lt\.\s+Gov\.|Rep\.|Sen\.|Gov\.|Representative|Senator|Governor|Congressman|Congresswoman|Attorney\s+General"
    r"|attorney\s+general|Secretary\s+of\s+State|secretary\s+of\s+state|governor|senator)\s*,?\s+$")
#: " of Ohio": the state alone ("Senator Ana Ruiz of Ohio"), a whole state's name and no more
#: ("of New York", not "of New York University")
_OF_STATE = re.compile(r"^\s+of\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)(?=[,.;:)'’\s]|$)(?!\s+[A-Z])")


@lru_cache(maxsize=1)
def _states() -> tuple[dict[str, str], dict[str, str]]:
    """How a state is written in a label -> its name: its name and AP abbreviation (folded, no
    dots or spaces), and its postal code as written ("CA": in capitals only, so that "As" or
    "In" is no state)."""
    import us

    named, postal = {}, {}
    for st in [*us.states.STATES_AND_TERRITORIES, us.states.DC]:
        for form in (st.name, getattr(st, "ap_abbr", None)):
            if form:
                named[_fold(form)] = st.name
        if st.abbr:
            postal[st.abbr] = st.name
    return named, postal


def _fold(text: str) -> str:
    return re.sub(r"[.\s]", "", text).casefold()


def state_of(text: str) -> str | None:
    """The state a label writes ("Calif.", "N.Y.", "Texas", "CA"), or None."""
    named, postal = _states()
    return named.get(_fold(text)) or postal.get(text.strip())


def label(after: str) -> tuple[str | None, str | None] | None:
    """(party, state) of a label written right after a name, or None where there is none."""
    got = _read(after)
    return got[:2] if got else None


def _read(after: str) -> tuple[str | None, str | None, str] | None:
    """(party, state, label as written) of a label written right after a name."""
    m = _BRACKETED.match(after) or _BESIDE.match(after)
    if m:
        state = state_of(m.group(2))
        return (_PARTY_LETTER[m.group(1).casefold()], state, m.group(0).strip(" ,()")) if state else None
    m = _WORDS.match(after)
    if m:
        return _PARTY_WORD[m.group(1).casefold()], state_of(m.group(2)), m.group(0).strip(" ,()")
    m = _OF_STATE.match(after)
    if m and state_of(m.group(1)):
        return None, state_of(m.group(1)), m.group(0).strip()
    return None


def _read_before(before: str) -> tuple[str | None, str | None, str] | None:
    """(party, state, words as written) of an office written right before a name ("Ohio Gov.",
    "Ohio's attorney general,", "Democratic Rep."), or None where it gives neither."""
    m = _BEFORE.search(before)
    if not m:
        return None
    place = m.group(1) or ""
    state = state_of(place) or (state_of(place.split()[-1]) if len(place.split()) > 1 else None)
    party = _PARTY_WORD[m.group(2).casefold()] if m.group(2) else None
    if not state and not party:
        return None
    written = m.group(0).strip(" ,")
    if place and not state_of(place) and state:
        written = written[written.index(place.split()[-1]):]  # "Former Ohio Gov." -> "Ohio Gov."
    return party, state, written


def _labels_of(ctx: Context, cid: str, names: People) -> dict[str, tuple[str | None, str | None, str]]:
    """Full person key -> (party, state, label as written) for the people a claim labels."""
    return beside_names(ctx, cid, names, lambda before, after: _read(after) or _read_before(before))


def find(ctx: Context, names: People) -> list[Proposal]:
    """One person given two parties, or two states, by two outlets of a story (``names`` reads
    the people each claim names in full)."""
    out = []
    for key, a, (pa, sa, ta), b, (pb, sb, tb) in ctx.told_of_people(lambda cid: _labels_of(ctx, cid, names)):
        what = [w for w, x, y in (("party", pa, pb), ("state", sa, sb)) if x and y and x != y]
        if what:
            out.append(Proposal(
                type="entity", severity="high" if ctx.comparable_times(a, b) else "medium", claims=(a, b),
                explanation=f"{ctx.label(a)} labels {ctx.name(key)!r} {ta!r}; {ctx.label(b)} {tb!r} "
                            f"(another {' and '.join(what)})",
                values={a: ta, b: tb},
            ))
    return out
