"""Numbers with their unit and hedge ("about 30 minutes" = "roughly 30-minute"), in figures or
in words, tallies ("62-38") and ranges."""
from __future__ import annotations

import math
import re

from ...models import Quantity


# ---- numbers ---------------------------------------------------------------------------

#: Numbers in words are read by text2num ("twelve", "twenty-five", "three hundred and five");
#: these idioms it does not read are kept here.
_WORD_IDIOMS = {
    "a dozen": 12, "dozen": 12, "two dozen": 24, "half a dozen": 6, "a half dozen": 6, "half dozen": 6,
    "half a million": 500_000, "half a billion": 500_000_000,
    "a million": 1e6, "a billion": 1e9, "a hundred": 100, "a thousand": 1000,
}
_UNITS_WORDS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
                "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety").split()
_NUMBER_WORD = "|".join(_UNITS_WORDS)
#: a number in words: "twelve", "twenty-five", "one hundred and five", "three thousand"
_WORD_PHRASE = (rf"(?:{_NUMBER_WORD})(?:(?:\s+and\s+|[\s-]+)(?:{_NUMBER_WORD}|hundred|thousand)\b)*"
                rf"(?:\s+(?:million|billion|trillion)\b)?")


_SCALES = {"hundred": 1e2, "thousand": 1e3, "million": 1e6, "mn": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9,
           "b": 1e9, "trillion": 1e12, "tn": 1e12, "tril": 1e12, "lakh": 1e5, "crore": 1e7}
_HEDGES = {
    "about": "about", "around": "about", "roughly": "about", "approximately": "about", "some": "about",
    "an estimated": "about", "almost": "nearly", "nearly": "nearly", "close to": "nearly", "just under": "nearly",
    "slightly less than": "nearly", "a little less than": "nearly", "just shy of": "nearly",
    "more than": "more than", "over": "more than", "upwards of": "more than",
    # a little above, as "just under" is a little below: "just over $200,000" is not $250,000
    "just over": "just over", "just more than": "just over", "slightly more than": "just over",
    "slightly over": "just over", "a little more than": "just over", "a little over": "just over",
    "at least": "at least", "no fewer than": "at least", "no less than": "at least", "not less than": "at least",
    "no more than": "up to", "not more than": "up to", "up to": "up to", "as many as": "up to",
    "at most": "up to", "less than": "less than", "fewer than": "less than", "under": "less than",
}
_UNITS = {
    "percent": "percent", "per cent": "percent", "%": "percent", "pct": "percent",
    "percentage point": "percentage point", "percentage points": "percentage point",
    "second": "second", "minute": "minute", "hour": "hour", "day": "day", "week": "week", "month": "month",
    "year": "year", "decade": "decade", "km": "km", "kilometer": "km", "kilometre": "km", "mile": "mile",
    "meter": "m", "metre": "m", "kg": "kg", "kilogram": "kg", "ton": "tonne", "tonne": "tonne",
    "dollar": "usd", "yen": "jpy", "won": "krw", "euro": "eur", "pound": "gbp", "yuan": "cny",
    "rupee": "inr", "page": "page", "people": "person", "person": "person",
}
#: the units read as such (the rest are the nouns a number counts)
UNIT_NAMES = frozenset(_UNITS.values())
_CURRENCY_PREFIX = {"$": "usd", "us$": "usd", "¥": "jpy", "€": "eur", "£": "gbp", "₩": "krw", "rs": "inr", "₹": "inr"}
#: the units that are money
CURRENCIES = frozenset({*_CURRENCY_PREFIX.values(), "usd", "jpy", "krw", "eur", "gbp", "cny", "inr"})
_NUM = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
_WORDNUM = "|".join([*sorted((re.escape(w).replace(r"\ ", r"[\s-]+") for w in _WORD_IDIOMS), key=len, reverse=True),
                     _WORD_PHRASE])
_HEDGE_RX = "|".join(sorted((re.escape(h) for h in _HEDGES), key=len, reverse=True))
_UNIT_RX = "|".join(sorted((re.escape(u) for u in _UNITS), key=len, reverse=True))
_QTY = re.compile(
    rf"(?:\b(?P<hedge>{_HEDGE_RX})\s+)?"
    rf"(?P<cur>US\$|\$|¥|€|£|₩|₹|Rs\.?\s?)?"
    rf"(?P<num>{_NUM}|\b(?:{_WORDNUM})\b)"
    rf"(?:\s*(?P<scale>hundred|thousand|million|billion|trillion|mn|bn|tn|tril|lakh|crore|m|b)\b\.?)?"
    rf"(?:(?P<sep>\s*-\s*|\s+)(?P<unit>{_UNIT_RX})s?\b|\s*(?P<pct>%))?",
    re.I,
)
_RANK_BEFORE = re.compile(r"(?:\bNos?\.|#)\s?$")
#: a number that names something by its place in a series (a flight, a road, a clause of a law,
#: a ballot measure, a release of software): "Flight 212", "Interstate 40", "Article 5",
#: "Amendment 12", "version 4". It counts nothing, and two of them are two things
NAMED_BY_NUMBER = re.compile(r"\b(?:[Vv]ersion|[Ee]pisode|[Ss]eason|Flight|Route|Highway|Interstate|Article|Section|Chapter|"
                             r"Amendment|Proposition|Prop\.|Measure|Question|Resolution|Gate|Terminal|Platform)\s$")
#: a share told as so many in (or out of) so many: "Seven in 10 Americans", "one in every four
#: voters", "3 out of 5 doctors": the share as a percentage, as "70 percent of Americans" tells it
_SHARE_IN = re.compile(rf"(?<![\w.,])(?P<a>{_NUM}|\b(?:{_WORDNUM})\b)\s+(?:in|out\s+of)\s+(?:every\s+)?"
                       rf"(?P<b>{_NUM}|\b(?:{_WORDNUM})\b)(?![\w.,%-])", re.I)
#: a time of day after a figure: "10 p.m.", "7 a. m.", "9:30am"
_CLOCK_AFTER = re.compile(r"\s*[ap]\.?\s?m\b\.?", re.I)
_YEARLIKE = re.compile(r"^(1[89]\d\d|20\d\d|2100)$")


def number_value(s: str) -> float | None:
    """The value of a number written in figures or in words ("12", "1,200", "twelve", "a dozen"), or None."""
    s = " ".join(s.strip().lower().split())
    if " ".join(s.replace("-", " ").split()) in _WORD_IDIOMS:  # "two-dozen"
        s = " ".join(s.replace("-", " ").split())
    if s in _WORD_IDIOMS:
        return float(_WORD_IDIOMS[s])
    if s[:1].isalpha():
        from text_to_num import text2num

        try:
            return float(text2num(s, "en"))
        except ValueError:
            return None
    try:
        v = float(s.replace(",", ""))
    except ValueError:
        return None
    return v if math.isfinite(v) else None


#: after a bare "24m" (no currency before it), what makes the "m" metres, not million: a
#: conversion into feet ("24m (79ft)"), a dimension ("24m long", "a 40m-high wall") or a depth
_METRES_AFTER = re.compile(r"\s*(?:\(\s*\d[\d,.]*\s*(?:ft|feet|foot)\b|-?\s*(?:long|high|tall|deep|wide|away|below|above|"
                           r"in (?:length|height|depth|diameter)|of water)\b)", re.I)


#: "62-38", "220-212", "5-4": a vote or a score, winner first (a range is written low to high:
#: "25-30 minutes"); not a year span ("2012-13") nor a number followed by a unit.
_TALLY = re.compile(rf"(?<![\d/.,-])(?P<a>\d{{1,3}})\s?[-–]\s?(?P<b>\d{{1,3}})(?![\d/.%-])(?!\s*(?:{_UNIT_RX})s?\b)", re.I)
#: "9/11 families", "the 7/7 bombings": a day written as a name, neither a number nor a date
_DAY_NAME = re.compile(r"(?<![\d/])\d{1,2}/\d{1,2}(?![\d/])")
TALLY_BASE = 1000  # a tally a-b is stored as the value a * TALLY_BASE + b, unit "tally"
#: "40- to 60-hour", "25-30 minutes", "$800 to $1,000": a range is neither of its ends, and is
#: not compared with a single figure (a low-high pair, a < b; tallies are read first)
_RANGE = re.compile(r"(?<![\d.,])(?P<a>\d[\d,]*(?:\.\d+)?)(?:-(?=\s))?\s*(?:-|–|to)\s*\$?(?P<b>\d[\d,]*(?:\.\d+)?)(?![\d,])")
#: a verb of change right before "X to Y" ("has dropped $100 to $1,199", "rose 2 points to 45"): the
#: change and the level it comes to, no range, when the level is at least CHANGE_TO times the change
_CHANGED_BY = re.compile(r"\b(?:rose|risen|rises?|fell|fallen|falls?|dropped|drops?|climbed|climbs?|grew|grown|grows?|"
                         r"jumped|jumps?|increased|increases?|decreased|decreases?|declined|declines?|slipped|slid|"
                         r"raised|lowered|surged|plunged|gained|soared|tumbled|shrank|shrunk)\s+(?:by\s+)?(?:US)?[$€£¥]?$",
                         re.I)
CHANGE_TO = 3
#: a hedge after the figure and its noun: "300 yards or more" is at least 300, "10 or fewer" at most 10
_OR_MORE = re.compile(r"(?:\s+[A-Za-z]+)?\s+or\s+(?P<way>more|greater|higher|above|older|fewer|less|lower|below|younger)\b", re.I)
#: "between 12 and 16 years old", "between the ages of 12 and 16", "between $5 and $8 million"
_BETWEEN = re.compile(r"\bbetween\s+(?:[a-z]+\s+){0,3}?[$€£¥]?(?P<a>\d[\d,]*(?:\.\d+)?)(?:\s*(?:%|[a-z]+))?"
                      r"\s+and\s+[$€£¥]?(?P<b>\d[\d,]*(?:\.\d+)?)(?![\d,])")


#: counts given as a plural of a round number, "dozens of evacuations", "hundreds of homes": each
#: read as at least its lowest value (two dozen, two hundred) and at most five times that
#: (hedge "many": see compare.numbers.interval); "hundreds of millions" is left unread
MANY = {"dozens": 24, "hundreds": 200, "thousands": 2000, "tens of thousands": 20_000,
        "hundreds of thousands": 200_000, "millions": 2_000_000, "billions": 2_000_000_000}
_MANY = re.compile(r"(?<!of\s)\b(?P<many>tens\s+of\s+thousands|hundreds\s+of\s+thousands|dozens|hundreds|thousands|millions|billions)"
                   r"\s+of\s+(?!(?:dozens|hundreds|thousands|millions|billions)\b)(?P<next>[^\W\d_][\w’'-]*)", re.I)


#: a figure set against the one before it, its noun left out: "six arrests on Wednesday, compared
#: to 47 the night before", "a turnout of 52 percent, up from 48", "12 votes against 9"
_COMPARED = re.compile(r"(?:\bcompared\s+(?:to|with)|\b(?:up|down)\s+from|\bagainst|\bversus|\bvs\.?)\s*$", re.I)


def _elided_units(text: str, offset: int, out: list[Quantity]) -> None:
    """A bare count right after "compared to", "up from", "versus" ... counts what the figure
    before it in the claim counts (in place)."""
    order = sorted(range(len(out)), key=lambda i: out[i].start)
    for i, j in zip(order, order[1:]):
        prev, cur = out[i], out[j]
        if cur.unit == "count" and prev.unit not in ("count", "tally") \
                and _COMPARED.search(text[prev.end - offset : cur.start - offset]):
            out[j] = cur.model_copy(update={"unit": prev.unit})


#: a time told in two units, "4 minutes 48 seconds", "2 hours and 15 minutes": one duration, in
#: the larger unit (4.8 minutes), not two figures
_CLOCKED = re.compile(r"\b(?P<a>\d{1,3})\s+(?P<big>hours?|minutes?)(?:,?\s+and)?\s+(?P<b>[0-5]?\d)\s+"
                      r"(?P<small>minutes?|seconds?)\b", re.I)


def quantities(text: str, offset: int, taken: list[tuple[int, int]], noun_after=None, label=None) -> list[Quantity]:
    """Quantities in ``text`` (a claim), skipping spans already taken by dates or ordinals;
    ``label(position)`` tells a bare figure that names a place in a sequence ("on lap 13"),
    which counts nothing."""
    out = []
    taken = list(taken) + [m.span() for m in _DAY_NAME.finditer(text)]
    for m in _TALLY.finditer(text):
        a, b = int(m["a"]), int(m["b"])
        if a > b and not any(m.start() < y and x < m.end() for x, y in taken):
            out.append(Quantity(text=m.group(), value=float(a * TALLY_BASE + b), unit="tally",
                                start=offset + m.start(), end=offset + m.end()))
            taken.append(m.span())
    for m in _SHARE_IN.finditer(text):
        a, b = number_value(m["a"]), number_value(m["b"])
        if a is not None and b is not None and 0 < a < b <= 1000 and b == int(b) \
                and not any(m.start() < y and x < m.end() for x, y in taken):
            out.append(Quantity(text=m.group(), value=round(100 * a / b, 1), unit="percent",
                                start=offset + m.start(), end=offset + m.end()))
            taken.append(m.span())
    for m in _CLOCKED.finditer(text):
        big, small = m["big"].lower().rstrip("s"), m["small"].lower().rstrip("s")
        if (big, small) in (("hour", "minute"), ("minute", "second")) and not any(m.start() < y and x < m.end() for x, y in taken):
            out.append(Quantity(text=m.group(), value=float(m["a"]) + float(m["b"]) / 60, unit=big,
                                start=offset + m.start(), end=offset + m.end()))
            taken.append(m.span())
    for m in [*_BETWEEN.finditer(text), *_RANGE.finditer(text)]:
        try:
            low, high = float(m["a"].replace(",", "")), float(m["b"].replace(",", ""))
        except ValueError:
            continue
        if low < high and not any(m.start() < y and x < m.end() for x, y in taken) \
                and not (high >= CHANGE_TO * low and _CHANGED_BY.search(text, 0, m.start())):
            taken.append(m.span())
    for m in _QTY.finditer(text):
        s, e = m.start(), m.end()
        ns, ne = m.span("num")
        if any(ns < b and a < ne for a, b in taken):
            continue
        value = number_value(m["num"])
        if value is None:
            continue
        if text[ne : ne + 2].lower() in ("th", "st", "nd", "rd") or text[ne : ne + 1] in (":",) \
                or _CLOCK_AFTER.match(text, ne):
            continue  # an ordinal or a clock time ("10:30", "10 p.m.")
        if _RANK_BEFORE.search(text, 0, ns) or NAMED_BY_NUMBER.search(text, max(0, ns - 20), ns):
            continue  # "the No. 3 position", "#2": a rank, not a figure; "Flight 212": a name
        if ns > 0 and (text[ns - 1].isalnum() or text[ns - 1] in "-./:" and ns > 1 and text[ns - 2].isdigit()):
            continue  # part of a code, a range's second half is read on its own below
        if ns > 1 and text[ns - 1] == "-" and text[ns - 2].isalpha():
            continue  # a number in a name, "Covid-19", "G-7 summit", "F-35 jets": it counts nothing
        if ns > 1 and text[ns - 1] == "/" and (text[ns - 2].isalpha() or text[ns - 2] in "-_"):
            continue  # a web address's path, "-gets-facts-gambling/4662135002": an id, no figure
        metres = m["scale"] == "m" and not m["cur"] and bool(_METRES_AFTER.match(text, m.end("scale")))
        if m["scale"] and not metres:
            value *= _SCALES[m["scale"].lower().rstrip(".")]
        unit = None
        if metres:
            unit = "m"
        elif m["pct"]:
            unit = "percent"
        elif m["unit"]:
            unit = _UNITS[m["unit"].lower()]
            if unit == "gbp" and not m["scale"]:
                unit = "pound"  # "300 kilograms (660 pounds)", "a 250-pound bear": a weight; money in
                # pounds is written "£" or in millions ("40 million pounds")
        if m["cur"]:
            unit = _CURRENCY_PREFIX.get(m["cur"].lower().replace(".", "").strip(), "money")
        if unit is None:
            if _YEARLIKE.match(m["num"]) and not m["scale"]:
                continue  # a year: read as a date
            if m["num"].lower() == "one" and not m["hedge"]:
                continue  # "one of the", "one in the": not a count
            unit = noun_after(offset + (m.end("scale") if m["scale"] else ne)) if noun_after else None
            if unit is None and not m["hedge"] and label is not None and label(offset + ns):
                continue  # "on lap 13", "at gate 4": a place in a sequence, no count
            unit = unit or "count"
            e = ne if not m["scale"] else e
        hedge = _HEDGES.get(m["hedge"].lower()) if m["hedge"] else None
        after = None if hedge else _OR_MORE.match(text, e)
        if after:
            hedge = "at least" if after["way"].lower() in ("more", "greater", "higher", "above", "older") else "up to"
        qs = s if m["hedge"] else (m.start("cur") if m["cur"] else ns)
        out.append(Quantity(text=text[qs:e].strip(), value=value, unit=unit, hedge=hedge, start=offset + qs, end=offset + qs + len(text[qs:e].rstrip())))
    _elided_units(text, offset, out)
    for m in _MANY.finditer(text):
        if any(m.start() < y and x < m.end() for x, y in taken):
            continue
        unit = noun_after(offset + m.end("many")) if noun_after else None
        if unit:
            many = " ".join(m["many"].lower().split())
            out.append(Quantity(text=m.group(), value=float(MANY[many]), unit=_UNITS.get(unit, unit), hedge="many",
                                start=offset + m.start(), end=offset + m.end()))
    return out
