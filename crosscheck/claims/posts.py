"""Posts a page embeds (a tweet shown as its author wrote it).

Scraped pages carry embedded social-media posts as a paragraph of the post's words followed by
its byline: "... the words of the post — Ana Ruiz (@anaruiz) March 3, 2021", or a photo post's "...
A post shared by Ana Ruiz (@anaruiz) on Mar 3, 2021 at 9:50pm PST". Those words are
the author's, not the outlet's: the claims they make are a quotation of the author, shown as
written (no outlet's telling of a fact, and no remark an outlet quotes: the comparisons leave
them out), a spelling in them is the author's, and a relative day in them ("today") is the day of
the post. The byline is no claim at all.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ..ingest.calendar import MONTH_NAMES, month_number

#: the byline of an embedded post, where a paragraph ends: a dash, the author's name, the
#: handle in parentheses, the day ("— Ana Ruiz (@anaruiz) March 3, 2021"); a paragraph that is
#: a byline alone may leave the dash out (the post's words are then the paragraph before)
BYLINE = re.compile(r"(?P<dash>\s*[—–]\s*|^\s*)(?P<name>[^()\n—–]{2,80}?)\s*\(@\w{1,15}\)\s+"
                    rf"(?P<month>{'|'.join(m.capitalize() for m in MONTH_NAMES)})\s+(?P<day>\d{{1,2}}),\s+(?P<year>\d{{4}})\s*$")


#: the caption line a page keeps of an embedded photo post, where a paragraph ends: "A post
#: shared by Ana Ruiz (@anaruiz) on Mar 3, 2021 at 9:50pm PST" (its words, if any, before it)
SHARED_BY = re.compile(r"(?P<dash>\s*|^)A post shared by\s+(?P<name>[^()\n]{2,80}?)\s*\(@[\w.]{1,30}\)\s+on\s+"
                       r"(?P<month>[A-Z][a-z]{2,8}\.?)\s+(?P<day>\d{1,2}),\s+(?P<year>\d{4})"
                       r"(?:\s+at\s+\d{1,2}:\d{2}\s*[ap]\.?m\.?(?:\s+[A-Z]{2,5})?)?\s*$")


@dataclass(frozen=True)
class Post:
    """The post a paragraph holds: its words end at ``end`` (in the paragraph), then the byline."""

    end: int
    author: str
    day: dt.date | None


def _byline(para: str) -> tuple[re.Match, dt.date | None] | None:
    m = BYLINE.search(para) or SHARED_BY.search(para)
    if m is None:
        return None
    try:
        day = dt.date(int(m["year"]), month_number(m["month"]), int(m["day"]))
    except (ValueError, KeyError):
        day = None
    return m, day


def posts_of(paragraphs: list[str]) -> dict[int, Post]:
    """The paragraphs of one article (by index) that hold an embedded post, or its byline alone
    (``end`` 0: nothing of it is a claim)."""
    out: dict[int, Post] = {}
    for i, para in enumerate(paragraphs):
        found = _byline(para)
        if found is None:
            continue
        m, day = found
        author = m["name"].strip()
        if para[: m.start()].strip():
            out[i] = Post(m.start(), author, day)
        else:
            out[i] = Post(0, author, day)  # the byline alone: the post is the paragraph before
            if i > 0 and i - 1 not in out and paragraphs[i - 1].strip():
                out[i - 1] = Post(len(paragraphs[i - 1].rstrip()), author, day)
    return out
