"""The names of months and weekdays: the project's one table, read by page dates
(ingest/dates.py) and claim dates (claims/facts.py). Imports nothing of the package."""
from __future__ import annotations

MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
               "october", "november", "december")
#: a month's first three letters -> its number
MONTHS = {name[:3]: k for k, name in enumerate(MONTH_NAMES, 1)}
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


def month_number(name: str) -> int:
    """1-12 for a month's name or abbreviation ("Sept.", "september", "Mar")."""
    return MONTHS[name.lower().rstrip(".")[:3]]


def month_of(word: str) -> int | None:
    """1-12 for a word that names a month, whole or cut short ("October", "Oct.", "Sept"), else
    None ("marching", "Mayor")."""
    w = word.lower().rstrip(".")
    k = MONTHS.get(w[:3])
    return k if k and len(w) >= 3 and MONTH_NAMES[k - 1].startswith(w) else None


def weekday_number(name: str) -> int:
    """0 (Monday) to 6 for a weekday's name."""
    return WEEKDAYS.index(name.lower())
