"""Hover cards a page's text carries inside its sentences.

Some sites link a person's name to a card that shows the full name and the latest headlines
about the person, closed by a "MORE" link; scraped, the card's words stand inside the sentence,
glued to the name: "President Vance Thomas Edward VanceHarbour deal stalls Ferry fares rise
MORE on Monday urged ...". The card (from the full name to "MORE") is no part of what the
sentence tells: it is read as blank, so that its headlines give the sentence no names, figures,
dates or quotations. The claim keeps the page's words and spans.
"""
from __future__ import annotations

import re

#: a surname, then the card: the full name (given names, the surname again) glued to the first
#: headline, up to the card's "MORE"
CARD = re.compile(r"\b([A-Z][a-z]+)( (?:[A-Z][\w.'’-]*\s+){1,4}\1(?=[A-Z\d'\"“‘]).{0,500}?\bMORE\b)", re.S)


def blank_cards(text: str) -> str:
    """``text`` with every hover card's characters (not the name before it) read as spaces:
    the same length, so that spans into it are spans into ``text``."""
    if "MORE" not in text:
        return text  # no card closes here (most paragraphs): no pattern run
    return CARD.sub(lambda m: m.group(1) + " " * len(m.group(2)), text)
