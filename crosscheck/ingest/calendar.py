"""The names of months and weekdays: the project's one table, read by page dates
(ingest/dates.py) and claim dates (claims/facts.py). Imports nothing of the package."""
from __future__ import annotations

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


def month_number(name: str) -> int:
    """1-12 for a month's name or abbreviation ("Sept.", "september", "Mar")."""
    return MONTHS[name.lower().rstrip(".")[:3]]


def weekday_number(name: str) -> int:
    """0 (Monday) to 6 for a weekday's name."""
    return WEEKDAYS.index(name.lower())
