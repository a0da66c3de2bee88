"""Publication dates as pages state them, including numeric dates that can be read two ways.

A numeric date such as ``05-08-2025`` is resolved by evidence: the weekdays and dates the
article's own text mentions (``said Tuesday``, ``took effect August 1``) and the site's
known convention (``date_order`` in the outlets data). Without evidence it stays unresolved.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .calendar import MONTHS, WEEKDAYS  # the project's one table of month and weekday names

_MON = r"(?P<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"

_PATTERNS = [
    ("mdy", re.compile(_MON + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>\d{4})\b", re.I)),
    ("dmy", re.compile(r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+" + _MON + r",?\s+(?P<year>\d{4})\b", re.I)),
    ("iso", re.compile(r"\b(?P<year>\d{4})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})(?!\d)")),
    ("num", re.compile(r"\b(?P<a>\d{1,2})[-/.](?P<b>\d{1,2})[-/.](?P<year>\d{4})\b")),
]
_FOUR_DIGITS = re.compile(r"\d{4}")
# What may stand beside a date on a line that states only the date: times, zones, labels.
_DATE_LINE_REST = re.compile(
    r"(?:T?\d{1,2}[:.]\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?\s*(?:[ap]\.?m\.?)?|"
    r"\b(?:[A-Z]{2,4}T|UTC|GMT|IST|JST|KST|ET|PT)(?:[+-]\d{1,2}(?::?\d{2})?)?(?![\w+-])|"
    r"\b(?:updated|published|posted|last updated|first published|issued|modified|edited|on|at)\b:?|"
    r"\b\d{1,3}[\s-]?min(?:ute)?s?\.?\s+read\b|"  # "2 min read", a reading time beside the date
    r"\b(?:\d+|an?)\s*(?:second|sec|minute|min|hour|hr|day|week)s?\s+ago\b|"  # "Updated 2 hours ago"
    r"\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b\.?|[(),|:\-–—/.•·\s])",
    re.I,
)
#: a label that makes the date after it the page's last change, not its publication
_UPDATED = re.compile(r"\b(?:updated|modified|edited)\b\W*$", re.I)
_FUTURE = re.compile(r"\b(will|would|shall|to be|is set to|are set to|scheduled|expected|plans?|planned|next|upcoming|due)\b", re.I)
_MONTH_DAY = re.compile(_MON + r"\s+(?P<day>\d{1,2})\b(?!,?\s*\d{4})", re.I)
_WEEKDAY = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\b", re.I)


@dataclass(frozen=True)
class DateMention:
    """An absolute date found in a string: one reading, or two for an ambiguous numeric date."""

    start: int
    end: int
    text: str
    readings: tuple[dt.date, ...]

    @property
    def ambiguous(self) -> bool:
        return len(self.readings) > 1


#: a page's date is of a year in this span (a number like "12/3/1850" in text is no page date)
YEARS = (1900, 2200)


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def find_dates(s: str) -> list[DateMention]:
    """Absolute dates (with a year) in ``s``, in order, without overlaps."""
    if not _FOUR_DIGITS.search(s):  # every pattern has a four-digit year (most lines have none)
        return []
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for kind, rx in _PATTERNS:
        for m in rx.finditer(s):
            if any(m.start() < e and b < m.end() for b, e in taken):
                continue
            y = int(m["year"])
            if kind in ("mdy", "dmy"):
                r = _safe_date(y, MONTHS[m["mon"][:3].lower()], int(m["day"]))
                readings = (r,) if r else ()
            elif kind == "iso":
                r = _safe_date(y, int(m["m"]), int(m["d"]))
                readings = (r,) if r else ()
            else:
                a, b = int(m["a"]), int(m["b"])
                dmy, mdy = _safe_date(y, b, a), _safe_date(y, a, b)
                readings = tuple(dict.fromkeys(r for r in (dmy, mdy) if r))
            if not readings or not YEARS[0] <= y <= YEARS[1]:
                continue
            taken.append((m.start(), m.end()))
            found.append(DateMention(m.start(), m.end(), m.group(0), readings))
    found.sort(key=lambda d: d.start)
    return found


def is_date_line(line: str) -> bool:
    """True when a line states dates and nothing else (times, zones, a reading time and labels
    aside): "Mon, March 4, 2024 at 9:15 AM GMT+1 · 2 min read", "Published Feb. 14, 2023 |
    Updated Feb. 15, 2023"."""
    ds = find_dates(line)
    if not ds:
        return False
    rest, at = [], 0
    for d in ds:
        rest.append(line[at : d.start])
        at = d.end
    rest.append(line[at:])
    return not _DATE_LINE_REST.sub("", " ".join(rest)).strip()


def line_dates(line: str) -> list[DateMention]:
    """The dates of a line, those of its publication first: a date labelled as the page's last
    change ("Updated Feb. 15, 2023") after the others."""
    ds = find_dates(line)
    return sorted(ds, key=lambda d: bool(_UPDATED.search(line[max(0, d.start - 30) : d.start])))


def _weekday_and_date_evidence(candidate: dt.date, text: str) -> int:
    score = 0
    for m in _WEEKDAY.finditer(text):
        wd = WEEKDAYS.index(m.group(1).lower())
        if wd in (candidate.weekday(), (candidate - dt.timedelta(days=1)).weekday()):
            score += 1
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        future = bool(_FUTURE.search(sentence))
        for m in _MONTH_DAY.finditer(sentence):
            d = _safe_date(candidate.year, MONTHS[m["mon"][:3].lower()], int(m["day"]))
            if d is None:
                continue
            if not future and d > candidate + dt.timedelta(days=1):
                score -= 1  # a past event after the publication date: impossible
            elif future and d < candidate - dt.timedelta(days=1):
                score -= 1  # an announced event before the publication date: unlikely
    return score


def resolve(mention: DateMention, evidence_text: str = "", date_order: str | None = None) -> tuple[dt.date | None, str]:
    """One date for a mention, and how it was decided; (None, why) when evidence is lacking."""
    if not mention.ambiguous:
        return mention.readings[0], f"stated as {mention.text!r}"
    dmy, mdy = mention.readings
    scores = {dmy: 0.0, mdy: 0.0}
    for r in scores:
        scores[r] += _weekday_and_date_evidence(r, evidence_text)
    if date_order == "DMY" or (date_order is None and "." in mention.text):
        scores[dmy] += 0.5  # the site's convention; or dots, written day first wherever they are used (04.03.2024)
    elif date_order == "MDY":
        scores[mdy] += 0.5
    if scores[dmy] == scores[mdy]:
        return None, f"{mention.text!r} could be {dmy} or {mdy}; no evidence decides"
    best = max(scores, key=scores.get)
    how = "day first" if best == dmy else "month first"
    return best, f"{mention.text!r} read {how} from weekdays/dates in the text and the site's convention"
