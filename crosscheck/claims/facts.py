"""The checkable facts of a claim, normalised so that different wordings compare equal.

    entities    people, places, organisations, with one key per real-world entity
    quantities  numbers with their unit and hedge ("about 30 minutes" = "roughly 30-minute")
    dates       dates and weekdays, resolved against the article's publication date
    ordinals    "first", "second", superlatives, with the noun they qualify
    quotes      direct quotations, with their speaker where stated
    attribution who the claim is attributed to ("the sources said", "according to ...")
    modality    asserted / future / expected / planned / possible, and negation

Every fact carries its character span in the source text. Rules are general; words that are
data (countries, capitals, demonyms, organisations, titles) come from data/entities.yaml.
"""
from __future__ import annotations

import calendar
import datetime as dt
import math
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

import yaml
from ..errors import DataFileError
from ..ingest.calendar import month_number, weekday_number
from ..models import DateRef, Entity, Facts, Ordinal, Quantity, Quote


# ---- entity names ---------------------------------------------------------------------

def fold(s: str) -> str:
    """Case, accents, hyphens, possessives and punctuation folded: "Kim Dae-Jung's" -> "kim dae jung"."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = re.sub(r"['’]s\b", "", s.casefold())
    s = re.sub(r"[^\w]+", " ", s)
    return " ".join(s.split())


@dataclass(frozen=True)
class EntityData:
    aliases: dict[str, str]  # folded alias -> canonical key
    capitals: dict[str, str]  # folded capital -> country key
    titles: tuple[str, ...]  # folded titles, longest first


@lru_cache(maxsize=4)
def load_entity_data(extra: Path | None = None) -> EntityData:
    aliases: dict[str, str] = {}
    capitals: dict[str, str] = {}
    titles: set[str] = set()
    paths: list[Path | None] = [None] + ([extra] if extra else [])
    for p in paths:
        where = str(p) if p else "crosscheck/data/entities.yaml"
        try:
            text = p.read_text(encoding="utf-8") if p else resources.files("crosscheck").joinpath("data", "entities.yaml").read_text(encoding="utf-8")
            data = yaml.safe_load(text) or {}
        except (OSError, yaml.YAMLError) as e:
            raise DataFileError(f"{where}: cannot be read: {str(e).splitlines()[0]}") from None
        for kind in ("countries", "organisations"):
            for e in data.get(kind) or []:
                if not isinstance(e, dict) or not e.get("name"):
                    raise DataFileError(f"{where}: every entry of {kind} needs a name")
                key = fold(e["name"])
                for a in [e["name"], *(e.get("aliases") or []), *(e.get("demonyms") or [])]:
                    aliases[fold(a)] = key
                if e.get("capital"):
                    capitals[fold(e["capital"])] = key
        titles.update(fold(t) for t in data.get("titles") or [])
    return EntityData(aliases, capitals, tuple(sorted(titles, key=len, reverse=True)))


def person_key(name: str, titles: tuple[str, ...] = ()) -> str:
    """A key for a person's name that ignores titles, case, hyphens and name order."""
    s = fold(name)
    changed = True
    while changed:
        changed = False
        for t in titles:
            if s.startswith(t + " "):
                s, changed = s[len(t) + 1 :], True
    return " ".join(sorted(s.split()))


_CITY_PREPS = {"in", "at", "to", "from", "near", "outside", "around", "into", "via"}


def entity_key(text: str, label: str, data: EntityData, prev_word: str = "") -> str:
    f = fold(text)
    f = re.sub(r"^the ", "", f)
    if f in data.capitals and prev_word.casefold() not in _CITY_PREPS:
        return data.capitals[f]  # "Moscow's missile tests": the state
    if f in data.aliases:
        return data.aliases[f]
    if label in ("PERSON", "ORG"):
        return person_key(text, data.titles)
    return f


# ---- numbers ---------------------------------------------------------------------------

#: Numbers in words are read by text2num ("twelve", "twenty-five", "three hundred and five");
#: these idioms it does not read are kept here.
_WORD_IDIOMS = {
    "a dozen": 12, "dozen": 12, "two dozen": 24, "half a million": 500_000, "half a billion": 500_000_000,
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
    "more than": "more than", "over": "more than", "upwards of": "more than", "just over": "more than",
    "at least": "at least", "no fewer than": "at least", "up to": "up to", "as many as": "up to",
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
_CURRENCY_PREFIX = {"$": "usd", "us$": "usd", "¥": "jpy", "€": "eur", "£": "gbp", "₩": "krw", "rs": "inr", "₹": "inr"}
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
_YEARLIKE = re.compile(r"^(1[89]\d\d|20\d\d|2100)$")


def _number(s: str) -> float | None:
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


#: "62-38", "220-212", "5-4": a vote or a score, winner first (a range is written low to high:
#: "25-30 minutes"); not a year span ("2012-13") nor a number followed by a unit.
_TALLY = re.compile(rf"(?<![\d/.,-])(?P<a>\d{{1,3}})\s?[-–]\s?(?P<b>\d{{1,3}})(?![\d/.%-])(?!\s*(?:{_UNIT_RX})s?\b)", re.I)
#: "9/11 families", "the 7/7 bombings": a day written as a name, neither a number nor a date
_DAY_NAME = re.compile(r"(?<![\d/])\d{1,2}/\d{1,2}(?![\d/])")
TALLY_BASE = 1000  # a tally a-b is stored as the value a * TALLY_BASE + b, unit "tally"
#: "40- to 60-hour", "25-30 minutes", "$800 to $1,000": a range is neither of its ends, and is
#: not compared with a single figure (a low-high pair, a < b; tallies are read first)
_RANGE = re.compile(r"(?<![\d.,])(?P<a>\d[\d,]*(?:\.\d+)?)(?:-(?=\s))?\s*(?:-|–|to)\s*\$?(?P<b>\d[\d,]*(?:\.\d+)?)(?![\d,])")


def quantities(text: str, offset: int, taken: list[tuple[int, int]], noun_after=None) -> list[Quantity]:
    """Quantities in ``text`` (a claim), skipping spans already taken by dates or ordinals."""
    out = []
    taken = list(taken) + [m.span() for m in _DAY_NAME.finditer(text)]
    for m in _TALLY.finditer(text):
        a, b = int(m["a"]), int(m["b"])
        if a > b and not any(m.start() < y and x < m.end() for x, y in taken):
            out.append(Quantity(text=m.group(), value=float(a * TALLY_BASE + b), unit="tally",
                                start=offset + m.start(), end=offset + m.end()))
            taken.append(m.span())
    for m in _RANGE.finditer(text):
        try:
            low, high = float(m["a"].replace(",", "")), float(m["b"].replace(",", ""))
        except ValueError:
            continue
        if low < high and not any(m.start() < y and x < m.end() for x, y in taken):
            taken.append(m.span())
    for m in _QTY.finditer(text):
        s, e = m.start(), m.end()
        ns, ne = m.span("num")
        if any(ns < b and a < ne for a, b in taken):
            continue
        value = _number(m["num"])
        if value is None:
            continue
        if text[ne : ne + 2].lower() in ("th", "st", "nd", "rd") or text[ne : ne + 1] in (":",):
            continue  # an ordinal or a clock time
        if ns > 0 and (text[ns - 1].isalnum() or text[ns - 1] in "-./:" and ns > 1 and text[ns - 2].isdigit()):
            continue  # part of a code, a range's second half is read on its own below
        if m["scale"]:
            value *= _SCALES[m["scale"].lower().rstrip(".")]
        unit = None
        if m["pct"]:
            unit = "percent"
        elif m["unit"]:
            unit = _UNITS[m["unit"].lower()]
        if m["cur"]:
            unit = _CURRENCY_PREFIX.get(m["cur"].lower().replace(".", "").strip(), "money")
        if unit is None:
            if _YEARLIKE.match(m["num"]) and not m["scale"]:
                continue  # a year: read as a date
            if m["num"].lower() == "one" and not m["hedge"]:
                continue  # "one of the", "one in the": not a count
            unit = (noun_after(offset + ne) if noun_after else None) or "count"
            e = ne if not m["scale"] else e
        hedge = _HEDGES.get(m["hedge"].lower()) if m["hedge"] else None
        qs = s if hedge else (m.start("cur") if m["cur"] else ns)
        out.append(Quantity(text=text[qs:e].strip(), value=value, unit=unit, hedge=hedge, start=offset + qs, end=offset + qs + len(text[qs:e].rstrip())))
    return out


# ---- dates -----------------------------------------------------------------------------

_MON_RX = r"(?P<mon>January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
_DATE_RX = [
    # June 18, 2025 / Aug. 23-24 / August 23 and 24
    ("mdy", re.compile(rf"\b{_MON_RX}\s+(?P<d1>\d{{1,2}})(?:\s*(?:-|–|—|and|to)\s*(?P<d2>\d{{1,2}}))?(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>\d{{4}}))?")),
    # 18 June 2025
    ("dmy", re.compile(rf"\b(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MON_RX}(?:,?\s+(?P<year>\d{{4}}))?\b")),
    # early/mid/late June, in June 2024, mid-June
    ("part", re.compile(rf"\b(?:(?P<part>early|mid|late|end of|beginning of|the end of|the start of)[\s-]+)?{_MON_RX}(?:\s+(?P<year>\d{{4}}))?\b")),
    ("weekday", re.compile(r"\b(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")),
    ("years", re.compile(r"\bbetween\s+(?P<y1>1[89]\d\d|20\d\d)\s+and\s+(?P<y2>1[89]\d\d|20\d\d)\b", re.I)),
    ("years", re.compile(r"\b(?P<y1>1[89]\d\d|20\d\d)\s*(?:-|–|to)\s*(?P<y2>1[89]\d\d|20\d\d)\b")),
    # in 2012, back to 1981, through 2030; the year of a thing: "the 2031 council election",
    # "their 2014 returns" (not "the 2014-15 season": a span, nor "the 2,014 votes")
    ("year", re.compile(r"\b(?:(?:in|since|of|by|until|from|for)\s+"
                        r"|(?:to|through|after|before|during)\s+(?!(?:1[89]\d\d|20\d\d)\s+[a-z])"
                        r"|(?:the|a|an|his|her|its|their|our|this|that)\s+(?=(?:1[89]\d\d|20\d\d)\s+[a-z]))"
                        r"(?P<year>1[89]\d\d|20\d\d)\b(?![-–,.]\d)")),
    ("rel", re.compile(r"\b(?P<rel>last|this|next|the following|the previous|earlier this|later this|earlier in the|later in the)\s+(?P<unit>week|month|year)\b", re.I)),
    ("today", re.compile(r"\b(?P<rel>today|yesterday|tomorrow)\b", re.I)),
]
_PARTS = {"early": (1, 10), "beginning of": (1, 10), "the start of": (1, 10), "mid": (11, 20),
          "late": (21, 31), "end of": (21, 31), "the end of": (21, 31)}
FUTURE_RX = re.compile(r"\b(will|would|shall|is to|are to|set to|scheduled|expected to|plans? to|planned|upcoming|next|to be held|is due|are due)\b", re.I)


def _month_end(y: int, m: int) -> dt.date:
    return dt.date(y, m, calendar.monthrange(y, m)[1])


def _clamp_day(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _year_for(month: int, ref: dt.date | None) -> int | None:
    """The year of a month named without one: the one that puts it nearest the reference."""
    if ref is None:
        return None
    return min((ref.year - 1, ref.year, ref.year + 1), key=lambda y: abs((y - ref.year) * 12 + month - ref.month))


_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|this|that|these|those|its|their|his|her|our)\s+$", re.I)
_WORD_AFTER = re.compile(r"\s+([a-z][a-z-]+)")
_NOT_A_NAME = {"is", "was", "has", "as", "this", "thus", "its", "his", "this"}


def _names_an_event(text: str, s: int, e: int) -> bool:
    """A month and day between a determiner and a plural noun ("the Sept. 11 attacks", "the
    July 7 bombings") names an event: it is not the date of what the claim reports. A singular
    noun keeps the date ("the March 3 vote" is the vote of that day)."""
    if not _DETERMINER_BEFORE.search(text[:s]):
        return False
    m = _WORD_AFTER.match(text, e)
    return bool(m and m.group(1).endswith("s") and not m.group(1).endswith("ss") and m.group(1) not in _NOT_A_NAME)


#: Words whose complement is a thing to come ("expected to meet Tuesday").
_AHEAD = {"expect", "schedule", "set", "plan", "due", "poise", "slate", "intend", "prepare", "hope", "aim", "vow", "promise"}


def _token_at(tokens, base: int, i: int):
    return next((t for t in tokens if t.idx - base <= i < t.idx - base + len(t.text)), None)


def _verb_above(tok, steps: int = 8):
    """The verb a token hangs on (itself if a verb), and the dependency of the branch that
    leads to it from the token ("nsubj", "dobj", "prep"...)."""
    dep = tok.dep_
    while tok.pos_ not in ("VERB", "AUX") and tok.head is not tok and steps:
        dep = tok.dep_
        tok, steps = tok.head, steps - 1
    return (tok, dep) if tok.pos_ in ("VERB", "AUX") else (None, None)


#: nouns whose bare figure is a percentage ("the rate was 12.5")
_RATE_NOUNS = {"rate", "percentage", "share"}
_UP_TO_NOUN = {"nummod", "compound", "quantmod", "amod", "nmod"}
_MONEY = {*_CURRENCY_PREFIX.values(), "money", "cny"}


def _own_head(toks):
    """The head of a span of tokens: the one nearest the root."""
    return min(toks, key=lambda t: sum(1 for _ in t.ancestors))


def _measures(head, span, unit: str) -> str | None:
    """The noun a figure is the figure of, with its modifiers: the noun the figure qualifies
    ("the 42-word pledge"), the noun before "of" ("a tax rate of 21.4 percent"), the subject of
    "be" ("the tax rate was 21.4 percent"), or money's "in" ("$52,000 in relief funds").
    None when the figure's own noun is its unit ("23 states") or no noun says it."""
    t = head
    while t.dep_ in _UP_TO_NOUN and t.head is not t and t.head.pos_ in ("NOUN", "NUM", "SYM", "PROPN"):
        t = t.head
    noun = None
    if t is not head and t.pos_ == "NOUN" and t not in span and t.lemma_.lower() != unit:
        noun = t
    elif t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.pos_ == "NOUN":
        noun = t.head.head
    elif t.dep_ in ("attr", "acomp") and t.head.lemma_ == "be":
        noun = next((c for c in t.head.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)
    elif unit in _MONEY:  # "$52,000 in relief funds", the "in" on the amount or on its verb
        holders = [t, t.head] if t.dep_ == "dobj" else [t]
        noun = next((g for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "in"
                     for g in c.children if g.dep_ == "pobj" and g.pos_ == "NOUN"), None)
    if noun is None:
        return None
    mods: list[str] = []

    def modifiers(tok) -> None:
        for c in tok.children:
            if c.dep_ in ("amod", "compound") and c.pos_ in ("ADJ", "NOUN", "VERB", "PROPN") and c not in span \
                    and c.is_alpha and c.lemma_.lower() != unit:
                modifiers(c)  # "energy" of "energy tax" of "energy tax rate"
                mods.append(c.lemma_.lower())

    modifiers(noun)
    return " ".join([*mods, noun.lemma_.lower()])


def anchors(facts: Facts, tokens, base: int, offset: int) -> Facts:
    """The facts with the verb each number, date and name hangs on: what it is the number,
    day or person of. Findings compare only elements that play one role."""
    def verb(start: int, end: int, with_role: bool = False) -> str | None:
        toks = [t for t in tokens if start <= t.idx - base + offset < end] or [_token_at(tokens, base, start - offset)]
        toks = [t for t in toks if t is not None]
        if not toks:
            return None
        v, dep = _verb_above(_own_head(toks))
        if v is None:
            return None
        return f"{dep}:{v.lemma_.lower()}" if with_role else v.lemma_.lower()

    def measured(q: Quantity) -> dict:
        toks = [t for t in tokens if q.start <= t.idx - base + offset < q.end]
        if not toks:
            return {}
        what = _measures(_own_head(toks), toks, q.unit)
        if what is None:
            return {}
        if q.unit == "count" and what.split()[-1] in _RATE_NOUNS and 0 <= q.value <= 100:
            return {"measures": what, "unit": "percent"}  # "the rate was 12.5": a percentage
        return {"measures": what}

    return facts.model_copy(update={
        "quantities": [q.model_copy(update={"anchor": verb(q.start, q.end), **measured(q)}) for q in facts.quantities],
        "dates": [d.model_copy(update={"anchor": verb(d.start, d.end)}) for d in facts.dates],
        "entities": [e.model_copy(update={"anchor": verb(e.start, e.end, True)}) for e in facts.entities],
    })


def _future_at(tokens, base: int, i: int, default: bool) -> bool:
    """Whether the words at character ``i`` of the claim tell of things to come: by the verb
    they hang on (its own "will", a future "expected to" above it, or its past tense), else
    ``default`` (the claim as a whole)."""
    tok = _token_at(tokens, base, i)
    tok = _verb_above(tok)[0] if tok is not None else None
    if tok is None:
        return default
    aux = {c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")}
    if aux & {"will", "'ll", "shall", "wo"}:
        return True
    if aux & {"would", "could", "might", "may", "should", "can", "must"}:
        return default  # a modal: the claim as a whole says which way
    up = tok.head if tok.dep_ in ("xcomp", "ccomp") else None
    if up is not None and up.lemma_.lower() in _AHEAD:
        return True
    if tok.tag_ in ("VBD", "VBN") or aux & {"did", "had", "has", "have", "was", "were"}:
        return False
    return default


def dates(text: str, offset: int, ref: dt.date | None, future: bool, last_year: int | None = None,
          future_at=None) -> list[DateRef]:
    """Dates in a claim, resolved against ``ref`` (the article's publication date) when known.
    ``future``: whether the claim tells of things to come; ``future_at(i)``, when given, says it
    for the words at character ``i`` (a weekday takes the tense of the verb it belongs to: "said
    Tuesday that it would ..." is last Tuesday)."""
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
                year = int(m["year"]) if m["year"] else _year_for(mon, ref)
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
                year = int(m["year"]) if m["year"] else _year_for(mon, ref)
                lo_d, hi_d = _PARTS.get((m["part"] or "").lower(), (1, 31))
                low = high = None
                if year:
                    low = dt.date(year, mon, lo_d)
                    high = min(_month_end(year, mon), dt.date(year, mon, min(hi_d, calendar.monthrange(year, mon)[1])))
                add(m, low=low, high=high, year=int(m["year"]) if m["year"] else None, month=mon)
            elif kind == "weekday":
                wd = weekday_number(m["wd"])
                day = None
                if future_at is not None:
                    future = future_at(m.start())
                if ref is not None:
                    delta = (wd - ref.weekday()) % 7
                    day = ref + dt.timedelta(days=delta) if future else ref - dt.timedelta(days=(ref.weekday() - wd) % 7)
                    if future and delta == 0:
                        day = ref
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
    return out


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
ORD_RX = re.compile(r"\b(?P<w>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|1st|2nd|3rd|\d+th|"
                    + "|".join(sorted(_SUPERLATIVES)) + r")\b", re.I)
_ORD_QUAL = re.compile(r"^[^.;]{0,60}?\b(?P<q>since\b[^.;,]{1,30}|(?:in|for) (?:\d{4}|(?:(?:\d+|a few|several|many|two|three|four|five|six|seven|eight|nine|ten) )?(?:weeks|months|years|decades)\b|(?:over )?an? (?:week|month|year|decade)\b|the \w+ time))", re.I)


def _rank(word: str) -> int:
    w = word.lower()
    if w in _ORD_WORDS:
        return _ORD_WORDS[w]
    if re.fullmatch(r"\d+th", w):
        return int(w[:-2])
    return 0


# ---- modality --------------------------------------------------------------------------

#: Words that make the main verb of a claim a statement of expectation, plan or possibility.
EXPECT_WORDS = {"expect", "likely", "set", "poised", "due", "schedule", "slate", "anticipate", "unlikely"}
PLAN_WORDS = {"consider", "plan", "arrange", "eye", "envisage", "envision", "aim", "seek", "propose", "mull",
              "weigh", "explore", "intend", "prepare", "discuss",
              "prepared", "ready", "willing"}  # adjectives: "is prepared to sign", "is ready to sign"
POSSIBLE_AUX = {"may", "might", "could"}
#: Verbs that report what was said: "the sources said X is expected to ..." takes the status of X.
REPORTING_VERBS = {"say", "tell", "add", "note", "state", "announce", "report", "confirm", "stress", "insist"}
HABITUAL = re.compile(r"\b(typically|usually|traditionally|normally|generally|customarily|often|tend to|tends to)\b", re.I)
FUTURE_AUX = {"will", "shall", "'ll", "wo"}
ALTERNATIVES = re.compile(r"\b(?:before or (?:just )?after|after or (?:just )?before|whether or not)\b", re.I)
_ATTRIB = re.compile(
    r"(?:according to (?P<acc>[^,.;]{3,80}))|(?:,\s*(?P<subj>(?:the |a |an )?[\w' .-]{2,60}?) (?:said|says|added|told reporters|reported|announced)(?: on \w+| \w+day)?[.,]?\s*$)",
    re.I,
)
_QUOTE_RX = re.compile(r"[\"“](?P<q>[^\"“”]{3,}?)[\"”]|(?<![\w])['‘](?P<sq>[^'‘’]{12,}?)['’](?![\w])")
#: A quotation mark that may close a quotation (straight or curly double marks), or open one.
_CLOSING = re.compile(r"[\"”]")
_OPENING = re.compile(r"[\"“]")
_WORDS_RX = re.compile(r"[^\W\d_]{2,}")


def quote_spans(text: str, inside_quote: bool = False) -> list[tuple[int, int, int, int]]:
    """The quotations of a sentence: (start, end) with their marks, and (start, end) of the
    words quoted. ``inside_quote``: the sentence begins inside a quotation opened before it
    (a quotation that runs over several sentences), so its words up to the first closing
    mark, or all of them, are quoted. A last opening mark never closed in the sentence opens
    a quotation that runs to its end."""
    out: list[tuple[int, int, int, int]] = []
    at = 0
    if inside_quote:
        m = _CLOSING.search(text)
        end = m.start() if m else len(text)
        if len(text[:end].strip()) >= 3:
            out.append((0, m.end() if m else end, 0, end))
        at = m.end() if m else len(text)
    last = at
    for m in _QUOTE_RX.finditer(text, at):
        g = "q" if m.group("q") else "sq"
        out.append((m.start(), m.end(), m.start(g), m.end(g)))
        last = m.end()
    m = _OPENING.search(text, last)
    if m and not _CLOSING.search(text, m.end()) and len(_WORDS_RX.findall(text[m.end():])) >= 3:
        out.append((m.start(), len(text), m.end(), len(text)))
    return out


#: Verbs that introduce a quotation and its speaker.
#: How far after a quotation (in characters) its own verb of saying stands: '," he said'.
SPEAKER_AFTER = 24
QUOTE_VERBS = {"say", "tell", "add", "note", "stress", "state", "write", "declare", "insist", "remark", "urge", "warn", "ask", "reply", "respond"}


def modality_of(root, text: str, reported: bool = False) -> tuple[str, bool]:
    """The status a claim gives its main event, read from its main verb and what governs it.

    "are expected to agree" (expected), "is considering a plan" (planned), "could include"
    (possible), "will visit" (future), "agreed" (asserted); an alternative ("before or
    after") makes it possible. Words in subordinate clauses do not count.
    """
    if root is None:
        return "asserted", False
    if root.lemma_.lower() in REPORTING_VERBS:
        # "the sources said X is expected to ...": the status of what was said
        said = [c for c in root.children if c.dep_ == "ccomp"]
        if said:
            return modality_of(said[0], text, reported=True)
        return "asserted", any(c.dep_ == "neg" for c in root.children)
    chain = [root]  # the main verb and the verbs it takes as complements ("expected to agree")
    for t in root.children:
        if t.dep_ in ("xcomp", "ccomp", "acomp") and t.i > root.i:
            chain.append(t)
    lemmas = {t.lemma_.lower() for t in chain}
    aux = {c.lower_ for t in chain for c in t.children if c.dep_ in ("aux", "auxpass")}
    negated = any(c.dep_ == "neg" for t in chain for c in t.children)
    own_aux = {c.lower_ for c in root.children if c.dep_ in ("aux", "auxpass")}
    if ALTERNATIVES.search(text) or aux & POSSIBLE_AUX:
        return "possible", negated
    if "would" in own_aux:  # "said they would ...": a future told in the past; else a hypothetical
        return ("future" if reported else "expected"), negated
    if lemmas & EXPECT_WORDS and (root.lemma_.lower() in EXPECT_WORDS or root.lemma_.lower() == "be"):
        return "expected", negated
    if root.lemma_.lower() in PLAN_WORDS or lemmas & PLAN_WORDS and root.lemma_.lower() == "be":
        return "planned", negated
    if aux & FUTURE_AUX:
        return "future", negated
    return "asserted", negated


_NOT_ACTIONS = EXPECT_WORDS | PLAN_WORDS | REPORTING_VERBS | {"be", "have", "do", "make"}


def actions_of(root) -> list[str]:
    """The verbs of a claim's main event: the main verb and the verbs it governs as complements
    ("expected to agree to begin" -> agree, begin), reported speech followed into what was said."""
    out: list[str] = []
    todo = [root] if root is not None else []
    while todo and len(out) < 6:
        t = todo.pop(0)
        if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() not in _NOT_ACTIONS:
            out.append(t.lemma_.lower())
        todo += [c for c in t.children if c.dep_ in ("xcomp", "ccomp", "conj") and c.pos_ in ("VERB", "AUX")
                 or c.dep_ == "acomp" and c.lemma_.lower() in EXPECT_WORDS | PLAN_WORDS]  # "is likely to pass"
    return out


def doers_of(tokens, acts: dict[str, str]) -> dict[str, str]:
    """Who does each act of ``acts``: the lemma of its subject's head word ("panel" for "a
    review panel was scheduled to meet"), found on the verb or on the verb it complements;
    acts whose subject is a pronoun or missing are left out."""
    out: dict[str, str] = {}
    for t in tokens:
        lemma = t.lemma_.lower()
        if lemma not in acts or lemma in out or t.pos_ not in ("VERB", "AUX") or t.dep_ in ("aux", "auxpass"):
            continue
        h, subj = t, None
        for _ in range(4):
            subj = next((c for c in h.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None or h.dep_ not in ("xcomp", "conj", "acomp") or h.head is h:
                break
            h = h.head
        if subj is not None and subj.pos_ in ("NOUN", "PROPN"):
            out[lemma] = subj.lemma_.lower()
    return out


def acts_of(tokens) -> dict[str, str]:
    """Each act a claim tells (a verb of the story's own, in any clause) with its status:
    "done" (told in the past: "approved", "has approved", "was approved"), "future" ("will
    approve"), "expected" ("is expected to approve", "is likely to", "is set to", "would"),
    "planned" ("plans to approve"), "possible" ("could approve"). An act told under another's
    status takes it ("expected to agree to begin": begin is expected too), and so does an
    infinitive of purpose under a pending act ("scheduled to meet to begin hearing"); an act the claim
    tells twice with two statuses, or negated, is left out (which one a comparison means is
    not clear)."""
    status: dict[int, str | None] = {}
    for t in tokens:
        if t.pos_ not in ("VERB", "AUX") or t.dep_ in ("aux", "auxpass"):
            continue
        status[t.i] = _own_status(t)
    out: dict[str, str] = {}
    twice: set[str] = set()
    for t in tokens:
        if t.i not in status or t.lemma_.lower() in _NOT_ACTIONS:
            continue
        st = status[t.i]
        h = t
        while st is None and h.head is not h and (h.dep_ == "xcomp" or _purpose(h)):  # "expected to agree to begin"
            purpose = h.dep_ != "xcomp"
            h = h.head
            if h.lemma_.lower() in EXPECT_WORDS:
                st = "expected"
            elif h.lemma_.lower() in PLAN_WORDS:
                st = "planned"
            else:
                st = status.get(h.i) if h.lemma_.lower() not in _NOT_ACTIONS else None
                if st == "done":
                    st = None  # "agreed to begin": the beginning is not done
            if purpose and st == "done":
                st = None  # "met to discuss": the discussing is not told done
        if st is None or any(c.dep_ == "neg" for c in t.children):
            continue
        lemma = t.lemma_.lower()
        if lemma in out and out[lemma] != st:
            twice.add(lemma)
        out[lemma] = st
    return {k: v for k, v in sorted(out.items()) if k not in twice}


def _purpose(t) -> bool:
    """An infinitive of purpose: "scheduled to meet Wednesday to begin hearing" (begin)."""
    return t.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)


def _own_status(t) -> str | None:
    """The status a verb's own auxiliaries and tense give it (None: none of its own)."""
    aux = {c.lower_ for c in t.children if c.dep_ in ("aux", "auxpass")}
    if aux & POSSIBLE_AUX:
        return "possible"
    if aux & FUTURE_AUX:
        return "future"
    if "would" in aux:
        return "expected"
    if t.dep_ == "xcomp" or aux & {"to"}:
        return None  # "to approve": its status is its governor's
    if t.tag_ == "VBD" or (t.tag_ == "VBN" and aux & {"has", "have", "had", "was", "were"}):
        return "done"
    return None


@dataclass
class FactContext:
    """What a claim's facts are read against."""

    published: dt.date | None
    data: EntityData
    last_year: int | None = None  # the last year the article stated, for "the following year"
    last_speaker: str | None = None  # the last person quoted or speaking, for "he said"


def extract(sent, offset: int, ctx: FactContext, text: str | None = None, inside_quote: bool = False) -> Facts:
    """Facts of one claim. ``sent`` is a spaCy Span (or Doc) whose text is the claim;
    ``inside_quote``: the claim begins inside a quotation an earlier sentence of its paragraph
    opened (see :func:`quote_spans`)."""
    text = sent.text if text is None else text
    base = sent.start_char
    future = bool(FUTURE_RX.search(text))
    tokens = list(sent)
    root = sent.root if len(sent) else None
    modality, negated = modality_of(root, text)

    # dates first: their numbers are not quantities
    ds = dates(text, offset, ctx.published, future, ctx.last_year,
               lambda i: _future_at(tokens, base, i, future))
    for d in ds:
        if d.year:
            ctx.last_year = d.year
    taken = [(d.start - offset, d.end - offset) for d in ds]

    # ordinals
    ords: list[Ordinal] = []
    for m in ORD_RX.finditer(text):
        word = m.group("w")
        if word.lower() == "most" or word.lower() == "last" and re.match(r"\s+(week|month|year|night)", text[m.end():]):
            continue
        tok = next((t for t in tokens if t.idx - base == m.start()), None)
        head, mods = None, []
        if tok is not None:
            h = tok.head if tok.dep_ in ("amod", "advmod", "nummod", "compound") else tok
            if h is tok and tok.i + 1 < sent.end:
                # "the first from a summit in 17 years": the ordinal stands for a noun
                h = tok
            head = h.lemma_.lower() if h is not tok else None
            if h is not tok:
                mods = [t.text.lower() for t in sent.doc[min(tok.i, h.i) + 1 : h.i] if t.pos_ in ("ADJ", "NOUN", "PROPN", "VERB") or "-" in t.text]
        q = _ORD_QUAL.match(text[m.end():])
        span_end = m.end()
        if head and tok is not None:
            hs = [t for t in tokens if t.lemma_.lower() == head and t.i > tok.i]
            if hs:
                span_end = hs[0].idx - base + len(hs[0].text)
        general = bool(HABITUAL.search(text)) or (tok is not None and any(t.dep_ == "relcl" for t in [tok, *tok.ancestors]))
        ords.append(Ordinal(text=text[m.start():span_end], rank=_rank(word), word=word.lower(), head=head,
                            modifiers=mods, qualifier=q["q"] if q else None, general=general,
                            start=offset + m.start(), end=offset + span_end))
        taken.append((m.start(), m.end()))

    # quantities: the noun a bare number counts
    def noun_after(abs_pos: int) -> str | None:
        rel = abs_pos - offset + base
        for t in tokens:
            if t.idx >= rel and t.pos_ in ("NOUN", "PROPN"):
                return t.lemma_.lower()
            if t.idx >= rel and t.pos_ not in ("ADJ", "NUM", "PUNCT", "ADV", "DET", "ADP") and t.idx > rel + 1:
                return None
            if t.idx >= rel and t.pos_ == "PUNCT" and t.text not in ("-", "–"):
                return None  # "was 12.5, officials said": the count ends at the comma
        return None

    names = [(e.start_char - base, e.end_char - base) for e in sent.ents
             if e.label_ in ("ORG", "EVENT", "FAC", "WORK_OF_ART", "LAW", "PRODUCT", "PERSON", "GPE")]
    qs = quantities(text, offset, taken + names, noun_after)

    # entities
    ents = []
    for e in sent.ents:
        if e.label_ not in ("PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT"):
            continue
        prev = sent.doc[e.start - 1].text if e.start > 0 else ""
        written = text[e.start_char - base : e.end_char - base]  # as the source has it
        key = entity_key(written, e.label_, ctx.data, prev)
        if not key:
            continue
        role = "location" if prev.lower() in ("in", "at") and e.label_ in ("GPE", "LOC", "FAC") else None
        ents.append(Entity(text=written, label=e.label_, key=key, role=role,
                           start=offset + e.start_char - base, end=offset + e.end_char - base))

    # quotes and their speaker: the subject of a verb of saying outside the quotation; the one
    # right after it ('"...," he said') before one that reports the whole sentence ("Sources
    # said ...", "..., officials said")
    found = quote_spans(text, inside_quote)
    inside = [(a, b) for a, b, _, _ in found]
    verbs = [t for t in tokens
             if t.lemma_.lower() in QUOTE_VERBS and t.pos_ == "VERB"
             and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)
             and not any(a <= t.idx - base < b for a, b in inside)]
    if found and verbs:
        after = [t for t in verbs if 0 <= t.idx - base - found[0][1] <= SPEAKER_AFTER]
        before = [t for t in verbs if t.idx - base < found[0][0]]
        verbs = after or before[::-1] or verbs  # nearest the quotation first
    speaker, inferred = None, False
    if verbs:
        t = verbs[0]
        s = next(c for c in t.children if c.dep_ in ("nsubj", "nsubjpass"))
        if s.pos_ == "PRON" and s.lower_ in ("he", "she"):
            speaker, inferred = ctx.last_speaker, ctx.last_speaker is not None
        else:
            span = sent.doc[s.left_edge.i : s.right_edge.i + 1]
            lo, hi = span.start_char - base, span.start_char - base + len(span.text)
            named = [en for en in ents if en.label in ("PERSON", "ORG") and lo <= en.start - offset < hi]
            # the subject's own name ("said John Smith, the president of Acme": John Smith),
            # else the first person it names, else the organisation
            at = s.idx - base
            own = [en for en in named if en.start - offset <= at < en.end - offset]
            people = [en for en in named if en.label == "PERSON"]
            pick = own or people or named[-1:]
            speaker = pick[0].key if pick else text[lo:hi]
    elif found and inside_quote and found[0][2] == 0:
        # the sentence goes on a quotation an earlier one opened, and names no speaker of its
        # own: the last one quoted or speaking, read as from a pronoun
        speaker, inferred = ctx.last_speaker, ctx.last_speaker is not None
    quotes = []
    for _, _, q0, q1 in found:
        raw = text[q0:q1]
        lead = len(raw) - len(raw.lstrip())
        quotes.append(Quote(text=raw.strip(), speaker=speaker, inferred=inferred,
                            start=offset + q0 + lead, end=offset + q0 + lead + len(raw.strip())))
    if speaker and any(en.key == speaker for en in ents):
        ctx.last_speaker = speaker

    am = _ATTRIB.search(text)
    attribution = None
    if am:
        attribution = (am.group("acc") or am.group("subj") or "").strip() or None

    tense = None
    if root is not None:
        aux = {c.lower_ for c in root.children if c.dep_ in ("aux", "auxpass")}
        if aux & {"will", "shall", "'ll"}:
            tense = "future"
        elif root.tag_ == "VBD" or (root.tag_ == "VBN" and aux & {"has", "have", "had", "was", "were"}):
            tense = "past"
        elif root.tag_ in ("VBZ", "VBP") or aux & {"is", "are", "am"}:
            tense = "present"
    lemmas = sorted({t.lemma_.lower() for t in tokens if t.is_alpha and not t.is_stop and t.pos_ in ("NOUN", "PROPN", "VERB", "ADJ", "NUM")})
    return anchors(Facts(entities=ents, quantities=qs, dates=ds, ordinals=ords, quotes=quotes, attribution=attribution,
                 modality=modality, tense=tense, negated=negated, predicate=root.lemma_.lower() if root is not None else None,
                 actions=actions_of(root), acts=(acts := acts_of(tokens)), doers=doers_of(tokens, acts),
                 lemmas=lemmas), tokens, base, offset)
