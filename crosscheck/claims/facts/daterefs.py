"""Dates and weekdays, resolved against the article's publication date (a weekday by the tense
of the verb it belongs to); a date inside the name of an event is not the date of the claim."""
from __future__ import annotations

import calendar
import datetime as dt
import re

from ...ingest.calendar import month_number, weekday_number
from ...models import DateRef


# ---- dates -----------------------------------------------------------------------------

_MON_RX = r"(?P<mon>January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
_DATE_RX = [
    # June 18, 2025 / Aug. 23-24 / August 23 and 24
    # (not "10 Nov 11", the day before the month and a year of two figures: "10 Nov" below)
    ("mdy", re.compile(rf"(?<!\d\s)\b{_MON_RX}\s+(?P<d1>\d{{1,2}})(?:\s*(?:-|–|—|and|to)\s*(?P<d2>\d{{1,2}}))?(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>\d{{4}}))?")),
    # 18 June 2025, the 13th of July
    ("dmy", re.compile(rf"\b(?P<d1>\d{{1,2}})(?:(?:st|nd|rd|th)(?:\s+of)?)?\s+{_MON_RX}(?:,?\s+(?P<year>\d{{4}}))?\b")),
    # early/mid/late June, in June 2024, mid-June, June of 2004
    ("part", re.compile(rf"\b(?:(?P<part>early|mid|late|end of|beginning of|the end of|the start of)[\s-]+)?{_MON_RX}(?:\s+(?:of\s+)?(?P<year>\d{{4}}))?\b")),
    ("weekday", re.compile(r"\b(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")),
    ("years", re.compile(r"\bbetween\s+(?P<y1>1[89]\d\d|20\d\d)\s+and\s+(?P<y2>1[89]\d\d|20\d\d)\b", re.I)),
    ("years", re.compile(r"\b(?P<y1>1[89]\d\d|20\d\d)\s*(?:-|–|to)\s*(?P<y2>1[89]\d\d|20\d\d)\b")),
    # in 2012, back to 1981, through 2030; the year of a thing: "the 2031 council election",
    # "their 2014 returns" (not "the 2014-15 season": a span, nor "the 2,014 votes")
    ("year", re.compile(r"\b(?:(?:in|since|of|by|until|from|for)\s+(?:(?:early|mid|late)[\s-]+|the\s+year\s+)?"
                        r"|(?:to|through|after|before|during)\s+(?!(?:1[89]\d\d|20\d\d)\s+[a-z])"
                        r"|(?:the|a|an|his|her|its|their|our|this|that)\s+(?=(?:1[89]\d\d|20\d\d)\s+[a-z]))"
                        r"(?P<year>1[89]\d\d|20\d\d)\b(?![-–,.]\d)")),
    ("rel", re.compile(r"\b(?P<rel>last|this|next|the following|the previous|earlier this|later this|earlier in the|later in the)\s+(?P<unit>week|month|year)\b", re.I)),
    ("today", re.compile(r"\b(?P<rel>today|yesterday|tomorrow)\b", re.I)),
]
_PARTS = {"early": (1, 10), "beginning of": (1, 10), "the start of": (1, 10), "mid": (11, 20),
          "late": (21, 31), "end of": (21, 31), "the end of": (21, 31)}
#: words just before a weekday or a month that say which one: "next Monday", "last February",
#: "this coming Friday", "this past June"
_AHEAD_WORD = re.compile(r"\b(next|last|coming|past)\s+$", re.I)
FUTURE_RX = re.compile(r"\b(will|would|shall|is to|are to|set to|scheduled|expected to|plans? to|planned|upcoming|next|to be held|is due|are due)\b", re.I)


def _month_end(y: int, m: int) -> dt.date:
    return dt.date(y, m, calendar.monthrange(y, m)[1])


def _clamp_day(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


#: a month or a day told in the past tense that would fall more than this after the article's
#: date is last year's, and one told as to come more than this before it next year's (within
#: it, the nearest reading stands: a page updated after its first date tells in the past tense
#: what was still to come on that date)
TENSE_SLACK = dt.timedelta(days=31)


def _year_for(month: int, ref: dt.date | None, ahead: bool | None = None, strict: bool = False,
              day: int | None = None) -> int | None:
    """The year of a month (or of a day of it) named without one: the one that puts it nearest
    the reference, unless the words tell of the past (``ahead`` False) and it would fall over
    TENSE_SLACK after the reference ("was fined in February" in a December article: the last
    February), or of things to come and it would fall that far before it; "last March" and
    "next March" (``strict``) are never this month."""
    if ref is None:
        return None
    now = ref.year * 12 + ref.month - 1
    year = min((ref.year - 1, ref.year, ref.year + 1), key=lambda y: abs(y * 12 + month - 1 - now))
    gap = year * 12 + month - 1 - now  # months from the reference's month
    first = _clamp_day(year, month, day or 1) or _month_end(year, month)
    last = _clamp_day(year, month, day) if day else _month_end(year, month)
    if ahead is False and (first > ref + TENSE_SLACK or strict and gap >= 0):
        return year - 1
    if ahead is True and ((last or first) < ref - TENSE_SLACK or strict and gap <= 0):
        return year + 1
    return year


_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|this|that|these|those|its|their|his|her|our)\s+$", re.I)
_WORD_AFTER = re.compile(r"\s+([a-z][a-z-]+)")
#: a month written alone and followed straight by a capitalised word is a first name ("Gov. June
#: Okafor said"): a month is followed by a comma, a year, a day or a lower-case word ("in June
#: the council ...", "in June, Congress ...")
_GIVEN_NAME = re.compile(r"(?<![.,])\s(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z][a-z]")
_NOT_A_NAME = {"is", "was", "has", "as", "this", "thus", "its", "his", "this"}


def _names_an_event(text: str, s: int, e: int) -> bool:
    """A month and day between a determiner and a plural noun ("the Sept. 11 attacks", "the
    July 7 bombings") names an event: it is not the date of what the claim reports. A singular
    noun keeps the date ("the March 3 vote" is the vote of that day)."""
    if not _DETERMINER_BEFORE.search(text[:s]):
        return False
    m = _WORD_AFTER.match(text, e)
    return bool(m and m.group(1).endswith("s") and not m.group(1).endswith("ss") and m.group(1) not in _NOT_A_NAME)


#: a month that names a break ("sails again after its June break", "after the April recess"): the act is
#: told outside that month, not in it ("during the August recess" keeps the month)
_BREAK_AFTER = re.compile(r"\s+(?:break|recess|vacation|holidays?|hiatus)\b", re.I)
_OUTSIDE_BEFORE = re.compile(r"\b(?:from|after|before|until|since|ahead\s+of)\s+(?:(?:the|its|their|his|her|our|a)\s+)?$", re.I)


def _names_a_break(text: str, s: int, e: int) -> bool:
    """Whether a month alone at ``s``:``e`` names a break the act is told before or after
    ("when the council returns from its June break"): not the month of the act."""
    return bool(_BREAK_AFTER.match(text, e)) and bool(_OUTSIDE_BEFORE.search(text, 0, s))


#: a weekday a thing is set for ("a hearing scheduled for Friday", "a launch probably for Friday"): a
#: day ahead of the setting, whatever tense tells the setting; not "for Friday's shooting", nor
#: under a past perfect ("had been scheduled for Friday")
_SET_FOR = re.compile(r"\bfor\s+$", re.I)
_POSSESSIVE_AFTER = re.compile(r"['’]s\b")
_HAD = re.compile(r"\bhad\b", re.I)


def _set_for(text: str, start: int, end: int) -> bool:
    """Whether the day at ``start``:``end`` is one a thing is set for ("set for Friday", "called the
    vote for Oct. 16"), not the day of a thing named ("for Friday's shooting") nor under a past
    perfect ("had been scheduled for Friday")."""
    return bool(_SET_FOR.search(text, 0, start)) and not _POSSESSIVE_AFTER.match(text, end) \
        and not _HAD.search(text, 0, start)


def dates(text: str, offset: int, ref: dt.date | None, future: bool, last_year: int | None = None,
          future_at=None) -> list[DateRef]:
    """Dates in a claim, resolved against ``ref`` (the article's publication date) when known.
    ``future``: whether the claim tells of things to come; ``future_at(i)``, when given, says it
    for the words at character ``i`` (True, False, or None where the words do not say): a weekday
    takes the tense of the verb it belongs to ("said Tuesday that it would ..." is last Tuesday),
    and so does a month or a day of a month written without its year ("was fined in February" is
    the last February; "will open on March 3" the next March 3); "next" and "last" before a
    weekday or a month say it outright ("next Monday" on a Monday is a week ahead)."""

    def told(i: int) -> tuple[bool | None, bool]:
        """Whether the words at ``i`` tell of things to come, as far as they say, and whether
        "next", "last" ... just before them say so outright."""
        word = _AHEAD_WORD.search(text, 0, i)
        if word:
            return word.group(1).lower() in ("next", "coming"), True
        return (future_at(i) if future_at is not None else None), False
    out: list[DateRef] = []
    taken: list[tuple[int, int]] = []

    def add(m, **kw):
        s, e = m.start(), m.end()
        if any(s < b and a < e for a, b in taken):
            return
        taken.append((s, e))
        out.append(DateRef(text=text[s:e], start=offset + s, end=offset + e, **kw))

    for kind, rx in _DATE_RX:
        for m in rx.finditer(text):
            if kind in ("mdy", "dmy") and _names_an_event(text, m.start(), m.end()):
                taken.append((m.start(), m.end()))  # "the Sept. 11 attacks": a name, not this claim's date
                continue
            if kind in ("mdy", "dmy"):
                mon = month_number(m["mon"])
                d1 = int(m["d1"])
                d2 = int(m["d2"]) if m.groupdict().get("d2") else d1
                if not 1 <= d1 <= 31 or not 1 <= d2 <= 31:
                    continue
                ahead, said = told(m.start())
                if not m["year"] and not said and _set_for(text, m.start(), m.end()):
                    ahead = True  # "called the election for Oct. 16": a day set ahead of its setting
                year = int(m["year"]) if m["year"] else _year_for(mon, ref, ahead, said, d1)
                low = _clamp_day(year, mon, d1) if year else None
                high = _clamp_day(year, mon, d2) if year else None
                if m["year"] and (low is None or high is None):
                    taken.append((m.start(), m.end()))
                    continue  # "Feb 30, 2025": no such date
                add(m, low=low, high=high, year=year if m["year"] else None, month=mon, day=d1)
            elif kind == "part":
                mon = month_number(m["mon"])
                if m["mon"].lower() == "may" and not m["part"] and not m["year"]:
                    continue  # "may" the verb
                if not m["part"] and not m["year"] and _GIVEN_NAME.match(text, m.end()):
                    continue  # "Gov. June Okafor", "April Ruiz": a first name, not a month
                if not m["part"] and not m["year"] and _names_a_break(text, m.start(), m.end()):
                    taken.append((m.start(), m.end()))
                    continue  # "returns from its June break": the act is after the month, not in it
                year = int(m["year"]) if m["year"] else _year_for(mon, ref, *told(m.start()))
                lo_d, hi_d = _PARTS.get((m["part"] or "").lower(), (1, 31))
                low = high = None
                if year:
                    low = dt.date(year, mon, lo_d)
                    high = min(_month_end(year, mon), dt.date(year, mon, min(hi_d, calendar.monthrange(year, mon)[1])))
                add(m, low=low, high=high, year=int(m["year"]) if m["year"] else None, month=mon)
            elif kind == "weekday":
                wd = weekday_number(m["wd"])
                day = None
                ahead, said = told(m.start())
                ahead = future if ahead is None else ahead
                if not said and _set_for(text, m.start(), m.end()):
                    ahead = True  # "a hearing set for Friday", "probably for Friday": a time set ahead of its setting
                if ref is not None:
                    delta = (wd - ref.weekday()) % 7
                    back = (ref.weekday() - wd) % 7
                    if said:  # "next Monday" on a Monday: a week ahead; "last Monday", a week back
                        delta, back = delta or 7, back or 7
                    if not ahead and not said and delta == 1:
                        back = -1  # told done on the day after the page's date: the page is dated in a time
                        # zone behind the event ("launched a missile early Tuesday", dated Monday in New York)
                    day = ref + dt.timedelta(days=delta) if ahead else ref - dt.timedelta(days=back)
                add(m, low=day, high=day, weekday=wd)
            elif kind == "years":
                y1, y2 = int(m["y1"]), int(m["y2"])
                if y1 <= y2:
                    add(m, low=dt.date(y1, 1, 1), high=dt.date(y2, 12, 31), year=y1)
            elif kind == "year":
                y = int(m["year"])
                s = m.start("year")
                if not any(s < b and a < m.end() for a, b in taken):
                    taken.append((s, m.end()))
                    out.append(DateRef(text=m["year"], start=offset + s, end=offset + m.end(), low=dt.date(y, 1, 1), high=dt.date(y, 12, 31), year=y))
            elif kind == "rel":
                rel, unit = m["rel"].lower(), m["unit"].lower()
                base = last_year if (rel in ("the following", "the previous") and unit == "year") else None
                low = high = None
                if unit == "year":
                    y0 = base if base else (ref.year if ref else None)
                    if y0 is not None:
                        step = {"last": -1, "the previous": -1, "next": 1, "the following": 1}.get(rel, 0)
                        y = y0 + step
                        low, high = dt.date(y, 1, 1), dt.date(y, 12, 31)
                elif rel in ("the following", "the previous"):
                    pass  # "the previous month": the month before a time the story tells, not before
                    # the day of publication (no day, where "last month" is one)
                elif ref is not None and unit == "month":
                    step = {"last": -1, "next": 1}.get(rel, 0)
                    y, mo = divmod(ref.year * 12 + ref.month - 1 + step, 12)
                    low, high = dt.date(y, mo + 1, 1), _month_end(y, mo + 1)
                elif ref is not None and unit == "week":
                    monday = ref - dt.timedelta(days=ref.weekday())
                    step = {"last": -7, "next": 7}.get(rel, 0)
                    low = monday + dt.timedelta(days=step)
                    high = low + dt.timedelta(days=6)
                add(m, low=low, high=high)
            elif kind == "today" and ref is not None:
                d = ref + dt.timedelta(days={"today": 0, "yesterday": -1, "tomorrow": 1}[m["rel"].lower()])
                add(m, low=d, high=d)
    out.sort(key=lambda d: d.start)
    return _month_spans(_month_of_a_told_year(_one_year_for_both_ends(out, text, offset), text, offset), text, offset)


#: a year told against the page's: "last year", "this year", "the previous year"
_TOLD_YEAR = re.compile(r"(?:last|this|next|the\s+previous|the\s+following)\s+year", re.I)
#: between a month and the year it is of: "April last year", "April of last year", "April, last year"
_OF_YEAR = re.compile(r"\s*,?\s*(?:of\s+)?", re.I)


def _month_of_a_told_year(out: list[DateRef], text: str, offset: int) -> list[DateRef]:
    """A month or a day of one written without its year, then the year told ("in April last
    year", "on March 3 of this year"): one date, the month of that year (not the last April
    before the page's date, and a year beside it)."""
    def join(a: DateRef, b: DateRef) -> DateRef | None:
        if a.month is None or a.year is not None or a.low is None or b.month is not None or b.low is None \
                or not _TOLD_YEAR.fullmatch(b.text) or not _OF_YEAR.fullmatch(text[a.end - offset:b.start - offset]):
            return None
        return _in_year(a, b.low.year).model_copy(update={"text": text[a.start - offset:b.end - offset], "end": b.end,
                                                          "year": b.low.year})
    return _join_neighbours(out, join)


def _join_neighbours(out: list[DateRef], join) -> list[DateRef]:
    """``out`` with each two neighbouring dates that ``join`` makes one (it returns the one
    date, or None) replaced by that date."""
    merged: list[DateRef] = []
    i = 0
    while i < len(out):
        one = join(out[i], out[i + 1]) if i + 1 < len(out) else None
        merged.append(one or out[i])
        i += 2 if one else 1
    return merged


#: the words between the two ends of a span of dates: "between April and November 2016"
_SPAN_BETWEEN = re.compile(r"\s*(?:and|to|through|until|till|-|–)\s*", re.I)


def _one_year_for_both_ends(out: list[DateRef], text: str, offset: int) -> list[DateRef]:
    """A span whose one end gives the year gives it to the other ("between April and November
    2016": April 2016; "from May 2019 to March": March 2020, after May)."""
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if a.month is None or b.month is None or (a.year is None) == (b.year is None) \
                or not _SPAN_BETWEEN.fullmatch(text[a.end - offset:b.start - offset]):
            continue
        if a.year is None:
            y = b.year - 1 if (a.month, a.day or 0) > (b.month, b.day or 0) else b.year
            out[i] = _in_year(a, y)
        else:
            y = a.year + 1 if (b.month, b.day or 0) < (a.month, a.day or 0) else a.year
            out[i + 1] = _in_year(b, y)
    return out


#: before a span's first end: "from January through March", "between April and June"
_SPAN_START = re.compile(r"\b(?:from|between)\s+(?:(?:early|mid|late)[\s-]+)?$", re.I)


def _month_spans(out: list[DateRef], text: str, offset: int) -> list[DateRef]:
    """Two months written as the ends of one span ("from January through March", "between April
    and June", "the April-June period") are one date, the span: a quarter, not its first month
    and its last read as two dates."""
    def join(a: DateRef, b: DateRef) -> DateRef | None:
        if a.month is None or b.month is None or a.day is not None or b.day is not None \
                or a.low is None or b.high is None or a.low > b.high:
            return None
        between = text[a.end - offset:b.start - offset]
        dash = between.strip() in ("-", "–")
        if not (_SPAN_BETWEEN.fullmatch(between) and (dash or _SPAN_START.search(text, 0, a.start - offset))):
            return None
        return DateRef(text=text[a.start - offset:b.end - offset], start=a.start, end=b.end,
                       low=a.low, high=b.high, year=a.year if a.year == b.year else None)
    return _join_neighbours(out, join)


def _in_year(d: DateRef, year: int) -> DateRef:
    """``d`` (a month, part of one, or a day of one, read without its year) in ``year``."""
    if d.low is None or d.high is None:
        return d
    low, high = _clamp_day(year, d.low.month, d.low.day), _clamp_day(year, d.high.month, d.high.day)
    if high is None and d.high.day == _month_end(d.high.year, d.high.month).day:
        high = _month_end(year, d.high.month)  # February's end
    return d.model_copy(update={"low": low or d.low, "high": high or d.high}) if low and high else d
