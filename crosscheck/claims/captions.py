"""Photo captions a page carries among its paragraphs.

A scraped page often keeps the caption of a picture as a paragraph of its own, ending with the
photo's credit: "Crews gather at the pier in Port Alma, Norland, March 6, 2024. REUTERS/Ana
Ruiz", "... at the pier, Wednesday, March 6, 2024, as ... (AP Photo/Tom Vance)".
The full date such a caption writes with its year is the day the picture was taken, not the
day of what its sentence tells: it is no date of an act.
"""
from __future__ import annotations

import re

from ..ingest.calendar import MONTH_NAMES, WEEKDAYS

#: a photo's credit where a paragraph ends: "REUTERS/Ana Ruiz", "REUTERS/Ana Ruiz/File Photo",
#: "(AP Photo/Tom Vance, File)", "(Tom Vance/Harbour Times via AP)", "(Photo by Ana Ruiz/Getty Images)"
CREDIT = re.compile(r"(?:\bREUTERS/[^\W\d_][^/\n]{1,60}(?:/File Photo)?"
                    r"|\((?:[^()\n]{0,60}/[^()\n]{1,80}|[^()\n]{0,60}\b(?:Getty Images|AFP|EPA|AP|Reuters))\)"
                    r"|\|\s*(?:AP|AFP|Getty Images|Reuters)[^|\n]{0,80})\s*$")
#: a full date with its year, its weekday before it if written ("Wednesday, March 6, 2024")
PHOTO_DAY = re.compile(rf"(?:(?:{'|'.join(d.capitalize() for d in WEEKDAYS)}),\s+)?"
                       rf"(?:{'|'.join(m.capitalize() for m in MONTH_NAMES)}|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)"
                       r"\s+\d{1,2},\s+\d{4}")


def is_caption(para: str) -> bool:
    """Whether a paragraph is a photo's caption: it ends with the photo's credit."""
    return bool(CREDIT.search(para))


def photo_days(text: str) -> list[tuple[int, int]]:
    """The spans (in ``text``, a caption's sentence) of the full dates that give the day the
    picture was taken."""
    return [m.span() for m in PHOTO_DAY.finditer(text)]
