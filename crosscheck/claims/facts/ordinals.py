"""Ordinals and superlatives ("first", "second", "largest"), with the noun they qualify."""
from __future__ import annotations

import re


# ---- ordinals and superlatives ---------------------------------------------------------

#: the nouns of a meeting: an ordinal of one of them ("first summit", "second visit", "the first
#: time") counts the encounters of the same people, whatever word each outlet uses
ENCOUNTERS = frozenset({"meet", "meeting", "talk", "talks", "summit", "encounter", "destination", "time", "session",
                        "round", "visit", "trip", "call"})

_ORD_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
              "eighth": 8, "ninth": 9, "tenth": 10, "1st": 1, "2nd": 2, "3rd": 3}
_SUPERLATIVES = {"only", "last", "largest", "biggest", "highest", "lowest", "worst", "best", "deadliest",
                 "longest", "shortest", "oldest", "youngest", "latest", "earliest", "strongest", "weakest",
                 "most", "least", "record"}
#: "forty-third", "the 21st": an ordinal of tens and units is one ordinal, not its last word
_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[-\s]"
ORD_RX = re.compile(rf"\b(?P<w>(?:{_TENS})?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|tenth|"
                    r"\d*1st|\d*2nd|\d*3rd|\d+th|"
                    + "|".join(sorted(_SUPERLATIVES)) + r")\b", re.I)
_ORD_QUAL = re.compile(r"^[^.;]{0,60}?\b(?P<q>since\b[^.;,]{1,30}|(?:in|for) (?:\d{4}|(?:(?:\d+|a few|several|many|two|three|four|five|six|seven|eight|nine|ten) )?(?:weeks|months|years|decades)\b|(?:over )?an? (?:week|month|year|decade)\b|the \w+ time))", re.I)


def _rank(word: str) -> int:
    w = word.lower()
    if w in _ORD_WORDS:
        return _ORD_WORDS[w]
    if re.fullmatch(_TENS + r"\w+", w):  # "forty-third": 43rd, by text2num
        from text_to_num import alpha2digit

        w = alpha2digit(w.replace("-", " "), "en")
    if re.fullmatch(r"\d+(?:st|nd|rd|th)", w):
        return int(w[:-2])
    return 0
