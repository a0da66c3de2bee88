"""Numbers: amounts, counts, percentages and durations that differ beyond hedges and rounding.

Each stated number is read as the interval it allows: "about 30" is 27-33, "nearly 300" is
270-300 and "just over 300" 300-330 ("about" a tenth either way, no more than a unit of the
last digit written: "roughly $141 million" is 140-142 million), "at least 40" is 40 and up, "$2.3 million" is 2.25-2.4 million (its last digit
rounded, or cut short: "$12 million" for $12,640,300). Only claims that state one fact but for their numbers are compared (the pair
model's probability, were the numbers to agree: :meth:`Context.alike`), and within them only
numbers in the same role: of one unit (what they count: "14 steps", "$310 million"), once
the values both claims state are set aside ("Twelve of the 20" against "Fifteen of the 20":
12 against 15) and of the same act (they hang on the same verb: "spent $12 million" and
"raised $40 million" are two facts). Two numbers left, one each, whose intervals do not
meet are a finding: high
when more than 5% apart and the articles came out within a day of each other; a difference
between articles published days apart is low, explained by time (counts move). Figures that
differ only within rounding or a hedge are no finding (an editor does not correct "$12
million" for $12,640,300); nor are figures of claims that give them for other years ("in
2021" against "since 2016"). A figure the other outlet gives elsewhere in its article (in
the same unit, not told of another doer) is not contradicted by it, and figures more than 2.5
times apart are two quantities (a part and a total), not one misreported: the story has two
figures. Two exceptions: a pair 0.9 likely or more to state one fact but for its figures is
compared even where one outlet gives the other's figure elsewhere (it contradicts itself and
the other outlet); and figures of one act told of two doers ("the mayor cut $310 million" /
"the council's plan would cut $420 million") are two figures.

A person's age, written as news writes it ("Ana Ruiz, 51, ...", "the 51-year-old Ruiz"), is
the person's, not an act's: the ages two outlets give one person are compared wherever in the
story they stand, whatever the alignment makes of the two sentences (one person, named in
full somewhere in the story, a surname no one else of the story bears). Two years or more apart
between articles published within a year of each other is high (medium when published days
apart); one year apart is low, a birthday may fall between (medium when both came out the same
day).

Counts of many are read as what they allow ("dozens of evacuations": 24 to 120; "hundreds of":
200 to 1,000) and are never a clear conflict; a count of acts meets a count of the people they
befell ("dozens of evacuations" / "more than 300 people were evacuated").
"""
from __future__ import annotations

import datetime as dt
import math
import re

from ..claims.facts import CURRENCIES, UNIT_NAMES, number_value
from ..models import Quantity
from . import places
from .context import PENDING, YEAR_WORD, Context, Proposal, people_of_story
from .entities import full_names, name_words, of_two_people
from .parties import beside_names



#: "about 30" allows a tenth either way (chosen: the house style's reading of "about" and
#: "roughly", docs/findings.md), no more than two units of the last digit written
ABOUT = 0.1
#: "more than 40" and "at least 40" reach up to half as much again (chosen: "more than 40"
#: is not written for 80)
OPEN_END = 1.5
#: figures further apart than this share of the larger are a clear conflict (high); nearer,
#: medium (chosen: five per cent is past any rounding that the intervals did not already allow)
CLEAR_GAP = 0.05
#: whole numbers from this on are read as rounded to their last significant digit, or cut
#: short ("$12 million" for $12,640,300; "1,200 people"); smaller counts are exact
ROUNDED_FROM = 1000
#: units of measure (a length, a weight, a volume, an area): from ten on, read as rounded to
#: their last significant digit, as outlets round a conversion ("229 feet (70 meters)" /
#: "230 feet (70 meters)"); a count of people or things stays exact below ROUNDED_FROM
#: (the units facts read, "m", "km", "kg", "tonne", and the lemmas of the nouns counted)
MEASURE_UNITS = frozenset({"m", "km", "mile", "foot", "inch", "yard", "kg", "tonne", "pound", "ounce", "gallon",
                           "litre", "liter", "acre", "hectare"})


def _rounding(v: float) -> float:
    """Half a unit of the last significant digit of ``v`` as written (2.3e6 -> 0.05e6)."""
    if v == 0:
        return 0.5
    mag = 10 ** math.floor(math.log10(abs(v)))
    s = f"{v / mag:.6f}".rstrip("0").rstrip(".")
    decimals = len(s.split(".")[1]) if "." in s else 0
    return 0.5 * mag * 10 ** (-decimals)


def _open_end(v: float) -> float:
    """How far "more than" a figure reaches: half as much again, or up to the next figure
    written to the same last digit, whichever is further ("more than $1 million" is written for
    $1.6 million, not for $2.4 million; "more than 40" for 55, not for 75)."""
    return max(v * OPEN_END, v + 2 * _rounding(v)) if v else 1.0


def interval(q: Quantity, with_rounding: bool = True) -> tuple[float, float]:
    v = q.value
    rounded = _rounded(q)
    r = _rounding(v) if with_rounding and rounded or (with_rounding and v != int(v)) else 0.0
    # "about": a tenth either way, but no more than a unit of the last digit written ("about
    # 30" is 27-33; "roughly $141 million", written to the million, is 140-142 million)
    w = min(abs(v) * ABOUT, 2 * _rounding(v)) if v else 1.0
    return {
        "about": (v - w, v + w),
        "nearly": (v - w, v),
        "just over": (v, v + w),
        "more than": (v, _open_end(v)),
        "at least": (v, _open_end(v)),
        "up to": (0.0, v),
        "less than": (0.0, v),
        "many": (v, v * MANY_SPAN),
    }.get(q.hedge or "", (v - r, v + (2 * r if v >= ROUNDED_FROM else r)))  # "$12 million" may be 12.6 cut short


def _rounded(q: Quantity) -> bool:
    """Whether a figure is read as rounded to its last significant digit: from ROUNDED_FROM, or
    a unit of measure from ten or in words ("six miles" for 6.2 miles). A tally ("10-0") is
    exact: its value, a * TALLY_BASE + b, is no figure rounded to its last digit."""
    return q.unit != "tally" and (q.value >= ROUNDED_FROM or q.unit in MEASURE_UNITS
                                  and (q.value >= 10 or not any(ch.isdigit() for ch in q.text)))


def _one_precision(a: Quantity, b: Quantity) -> bool:
    """Whether two rounded figures, neither hedged, are written to one precision (the same last
    significant digit: "$3 billion" / "$4 billion", "1,200" / "1,300") and differ: each outlet
    rounded to that digit, and one value rounds to one figure (a value on the half between the
    two aside), so the two tell two values, whatever each figure's rounding allows."""
    return not a.hedge and not b.hedge and a.value != b.value and _rounded(a) and _rounded(b) \
        and _rounding(a.value) == _rounding(b.value)


def compare(a: Quantity, b: Quantity) -> str | None:
    """None when compatible, else the severity of the difference."""
    if a.value == b.value:
        return None
    if a.hedge == b.hedge == "up to":
        # two caps ("up to 10 years", "as many as 300"): the cap is the figure each gives, so
        # two caps differ as two plain figures do, never a clear conflict (estimates move)
        sev = compare(a.model_copy(update={"hedge": None}), b.model_copy(update={"hedge": None}))
        return sev and "medium"
    (a0, a1), (b0, b1) = interval(a), interval(b)
    lo, hi = max(a0, b0), min(a1, b1)
    if hi > lo or (hi == lo and (a0 == a1 or b0 == b1 or "many" in (a.hedge, b.hedge))):
        # compatible once hedges and rounding are read: "$12 million" for $12,640,300; two
        # ranges that only touch are not ("$139 million" cut short, "roughly $141 million")
        if _one_precision(a, b):
            return "medium"  # "$3 billion" / "$4 billion": both rounded to one digit, two figures
        return None
    gap = abs(a.value - b.value) / max(abs(a.value), abs(b.value))
    return "high" if gap > CLEAR_GAP and "many" not in (a.hedge, b.hedge) else "medium"


#: "dozens of" is at least two dozen and at most this many times that (a hundred and twenty);
#: "hundreds of", two hundred to a thousand (chosen: a count in the next plural up is written
#: in it: "thousands", not "hundreds", from about a thousand)
MANY_SPAN = 5.0
#: Two figures of one unit more than this many times apart are not one figure misreported
#: but two quantities (the price of one item against the total; one year's budget against a decade's)
MAX_RATIO = 2.5
#: in pairs this likely to state one fact that share another figure of the unit, the one
#: figure left on each side is the fact's, whatever verb tells it ("cut fares from 40% to
#: 20%" / "brought fares down to 25% from 40%"; not "paid a rate of 31%" / "the rate with
#: local levies was 42%")
SAME_FACT = 0.8


def apart(a: Quantity, b: Quantity) -> float:
    """How many times larger one figure is than the other; a count of many ("dozens of") is
    as far as the nearer end of what it allows."""
    if "many" in (a.hedge, b.hedge):
        (a0, a1), (b0, b1) = interval(a), interval(b)
        lo, hi = (a1, b0) if a1 <= b0 else (b1, a0)
        return hi / lo if lo > 0 else float("inf")
    lo, hi = sorted((abs(a.value), abs(b.value)))
    return hi / lo if lo else float("inf")


#: nouns after a preposition that tell no thing a sum goes to: a time ("spent $1 million in
#: April") or an idiom ("in cash", "in addition", "in total", "in return", "on hand")
_NOT_GOING_TO = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september",
                         "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
                         "saturday", "sunday", "day", "week", "month", "year", "decade", "quarter", "time", "total",
                         "all", "cash", "addition", "part", "response", "order", "fact", "case", "hand", "person",
                         "return", "exchange"})
#: the words right after an amount that say what it went to or is for: "$15 million to charity",
#: "$13.6 million in state taxes", "$200,000 for his campaign" (up to three words, ending where a
#: clause or another phrase begins)
_GOES_TO = re.compile(r"^\s+(?:to|for|in|on|toward|towards|into)\s+(?:(?:the|a|an|his|her|its|their|our|your)\s+)?"
                      r"((?:(?:[a-z]+|\d[\d,.]*|[A-Z][\w.]*)\s+){0,2}?[a-z]+)(?=\s*(?:[,.;:)]|$)|\s+(?:and|or|but|for|to|from|of|in|on|at|by|"
                      r"with|that|which|who|over|since|after|before|during|while|than|as|because|last|this|next)\b)")


def goes_to(claim, q: Quantity) -> str | None:
    """What an amount is told to go to or be for, as the last word of the phrase after it, in the
    singular ("$13.6 million in state taxes": tax; "$15 million to charity": charity); None where
    no such phrase follows, or it tells a time or is an idiom ("in April", "in cash")."""
    if claim is None:
        return None
    m = _GOES_TO.match(claim.text[q.end - claim.start:])
    if not m:
        return None
    head = m.group(1).split()[-1].casefold()
    if head.endswith(("xes", "ches", "shes", "sses")):
        head = head[:-2]  # "taxes": tax
    elif head.endswith("s") and not head.endswith("ss"):
        head = head[:-1]  # "dues": due
    return None if head in _NOT_GOING_TO else head


#: a change told as an act on a thing by so much: "slashing foreign aid by 21%", "raise the
#: levy on ferries by 3 percent" (the thing: the words between the verb and "by")
_CHANGED_BY = re.compile(r"\b(?:cut(?:s|ting)?|slash(?:es|ed|ing)?|reduc(?:e|es|ed|ing)|rais(?:e|es|ed|ing)|"
                         r"increas(?:e|es|ed|ing)|boost(?:s|ed|ing)?|lower(?:s|ed|ing)?|trim(?:s|med|ming)?|"
                         r"expand(?:s|ed|ing)?|decreas(?:e|es|ed|ing)|hik(?:e|es|ed|ing)|lift(?:s|ed|ing)?)\s+"
                         r"((?:[\w’'.-]+\s+){1,8}?)by\s+(?:(?:about|nearly|almost|roughly|some|more\s+than|over|"
                         r"around|up\s+to|as\s+much\s+as)\s+)?[$£€]?$", re.I)
_THING_STOP = frozenset({"the", "a", "an", "of", "on", "for", "its", "their", "his", "her", "our", "this", "that",
                         "these", "those", "and", "in", "to", "u.s.", "us", "all", "total", "overall", "spending",
                         "funding", "budget", "money"})


def _changed_thing(claim, q: Quantity) -> frozenset[str]:
    """The words of the thing a figure changes by ("slashing foreign aid by 21%": forei, aid),
    cut to five letters, without words any changed sum may have ("spending", "funding")."""
    m = _CHANGED_BY.search(claim.text[max(0, q.start - claim.start - 120): q.start - claim.start])
    if m is None:
        return frozenset()
    return frozenset(w.casefold()[:5] for w in re.findall(r"[^\W\d_][\w’'.-]*", m.group(1))
                     if w.casefold() not in _THING_STOP and len(w) > 1)


def _other_things_changed(ca, x: Quantity, cb, y: Quantity) -> bool:
    """Whether two figures are changes of two things ("slashing foreign aid by 21%" / "slashing
    spending on global health programs by 34%"): each told as an act on a thing by so much, the
    two things sharing no word."""
    ta, tb = _changed_thing(ca, x), _changed_thing(cb, y)
    return bool(ta) and bool(tb) and not ta & tb


def _other_goes_to(ca, x: Quantity, cb, y: Quantity) -> bool:
    """Whether two sums of money are told to go to two things, neither of which the other claim
    names anywhere ("paid $2.3 billion to 211 exporters" / "paid $1.19 billion in penalties"): two
    sums, not one figure told two ways ("$2.1 billion in funding for a seawall" / "$2 billion for
    the seawall" name one thing)."""
    if x.unit not in CURRENCIES or y.unit not in CURRENCIES:
        return False
    gx, gy = goes_to(ca, x), goes_to(cb, y)
    if gx is None or gy is None or gx == gy:
        return False

    def named(head: str, text: str) -> bool:
        return re.search(rf"\b{re.escape(head[:max(4, len(head) - 2)])}", text, re.I) is not None
    return not named(gx, cb.text) and not named(gy, ca.text)


def _same_goes_to(ca, x: Quantity, cb, y: Quantity) -> bool:
    """Whether two sums of money are told to go to one thing ("gave $15 million to charity" /
    "donated $17 million to charity"): the figure of one thing, whatever verbs tell them. Only
    money: "99 years in prison" / "109 years in prison" are the terms of one charge and of two."""
    if x.unit not in CURRENCIES or y.unit not in CURRENCIES:
        return False
    gx = goes_to(ca, x)
    return gx is not None and gx == goes_to(cb, y)


def counterparts(qa: list[Quantity], qb: list[Quantity], ca=None, cb=None) -> tuple[Quantity, Quantity] | None:
    """The one number of a unit in each claim left once the values both state are set aside
    (``ca``, ``cb``: the two claims, where the words after a figure are read)."""
    va, vb = {q.value for q in qa}, {q.value for q in qb}
    ra = [q for q in qa if q.value not in vb]
    rb = [q for q in qb if q.value not in va]
    if len(ra) == 1 and len(rb) == 1:
        return ra[0], rb[0]
    # one figure against several of one act: the one of them within MAX_RATIO of it, if only
    # one is ("spent $8.2 million on buses and $2.1 million on stops" against "spent $7.4
    # million on buses")
    if len(ra) == 1 or len(rb) == 1:
        one, many, flip = (ra[0], rb, False) if len(ra) == 1 else (rb[0], ra, True)
        near = [x for x in many if x.anchor == one.anchor and apart(one, x) <= MAX_RATIO]
        if len(near) == 1 and sum(1 for x in many if x.anchor == one.anchor) >= 2:
            return (near[0], one) if flip else (one, near[0])
    # several figures: the one pair said to measure one thing ("$8.1 million in federal
    # taxes and $2.4 million in state taxes" against "$8.6 million in federal taxes"), the
    # pair whose measures read word for word alike when more than one pair would do
    pairs = [(x, y) for x in ra for y in rb if same_measure(x, y)]
    if len(pairs) > 1:
        pairs = [(x, y) for x, y in pairs if set(x.measures.split()) == set(y.measures.split())]
    if not pairs:
        # the one pair told to go to one thing ("gave $17 million to charity" against "donated $15
        # million to charity, and paid $13.6 million in state taxes")
        pairs = [(x, y) for x in ra for y in rb if _same_goes_to(ca, x, cb, y)]
    return pairs[0] if len(pairs) == 1 else None


def _both_stated(x: Quantity, y: Quantity, fa, fb) -> bool:
    """Whether each claim also states the other's figure, as a bare count (a number whose noun
    the sentence leaves out: "18 were hospitalized"): the two figures of a unit were only paired
    across two things, each told by both ("the 18 people who were taken to hospitals" / "at
    least nine people were dead, 18 were hospitalized")."""
    def bare(f, v: float) -> bool:
        return any(q.value == v and q.unit == "count" for q in f.quantities)
    return x.unit != "count" and bare(fa, y.value) and bare(fb, x.value)


def _doer(facts, q: Quantity) -> str | None:
    """Who does what the figure hangs on (the head word of the verb's subject), if known."""
    return facts.doers.get(q.anchor) if facts is not None and q.anchor else None


#: verbs a market price moves by, and the words of a traded price: "shares fell 4.3 percent to
#: $63.20 at mid-afternoon" / "shares fell 6.6%" are two moments of a trading day, not one
#: figure told two ways (unless both give the close)
MOVE_VERBS = frozenset({"rise", "fall", "gain", "lose", "drop", "climb", "slip", "jump", "tumble", "surge", "plunge",
                        "edge", "sink", "rally", "slide", "soar", "dip", "decline", "advance", "retreat", "trade",
                        "close", "open", "end", "finish", "spike", "crash", "sag", "slump"})
_TRADED = re.compile(r"\b(?:shares?|stocks?|index|indexes|indices|futures|yields?|prices?|bitcoin|dollar|euro|yen|"
                     r"pound|currency|crude|oil|gold|Dow|Nasdaq|S&P|FTSE|Nikkei)\b", re.I)
_CLOSE = re.compile(r"\b(?:clos(?:ed|ing)|at the close|ended the (?:day|session))\b", re.I)


def _market_moment(claim, q: Quantity) -> bool:
    """A move of a traded price, of one moment of the trading day: "shares fell 4.3 percent to
    $63.20 at mid-afternoon" (not the close, which both outlets may give)."""
    return q.anchor in MOVE_VERBS and bool(_TRADED.search(claim.text)) and not _CLOSE.search(claim.text)


def _named_doer(facts, doer: str) -> bool:
    """Whether a doer (the head word of a subject) is a name the claim gives."""
    return any(doer in e.key.split() for e in facts.entities)


def stated_in(ctx: Context, article: str, q: Quantity, doer: str | None = None) -> bool:
    """Whether an article states a figure compatible with ``q`` in the same unit anywhere: an
    outlet that gives the figure elsewhere does not contradict it (a dense story gives many
    figures of one unit: a rate for one year and another for a decade). A figure told of another
    doer (the subject of the verb it hangs on, where both claims name one) is not the figure:
    "a rival paid roughly 36 percent" does not give the couple's 35.7 percent."""
    if not hasattr(ctx, "_figures"):
        figures: dict[tuple[str, str], list[tuple[Quantity, str | None]]] = {}
        for c in ctx.claims.values():
            for x in (c.facts.quantities if c.facts else []):
                figures.setdefault((c.article, x.unit), []).append((x, _doer(c.facts, x)))
        ctx._figures = figures
    doer = None if _counts_doer(q, doer) else doer
    return any(compare(q, x) in (None, "low") and not (doer and d and doer != d)
               for x, d in ctx._figures.get((article, q.unit), []))


def _counts_doer(q: Quantity, doer: str | None) -> bool:
    """Whether a figure counts the very doer of its verb ("19 firefighters were killed": the
    firefighters): then who does the act tells nothing of which figure it is, and the count
    told elsewhere may hang on another's act ("the inferno proved too much for the 19
    firefighters")."""
    return bool(doer) and doer.removesuffix("s") == q.unit.removesuffix("s")


def same_measure(x: Quantity, y: Quantity) -> bool:
    """Whether two figures are said to be the figure of one thing, whatever verb tells them:
    the same noun, the modifiers of one among the other's ("a federal tax rate of 31%" / "the
    effective federal tax rate was 31%"; not "the combined rate", nor "the federal rate" against
    "the state rate")."""
    if not x.measures or not y.measures:
        return False
    wx, wy = x.measures.split(), y.measures.split()
    return wx[-1] == wy[-1] and (set(wx) <= set(wy) or set(wy) <= set(wx))


def _share_a_figure(fa, fb, unit: str) -> bool:
    """Whether two claims state some figure of ``unit`` alike ("from 40%" in both); not of bare
    counts, whose noun neither names ("a quake measuring 6.4" in both says nothing of which
    thing "around 1,400" and "600" count)."""
    return unit != "count" and bool({q.value for q in fa.quantities if q.unit == unit} & {q.value for q in fb.quantities if q.unit == unit})


def _sum_of_parts(f, whole: Quantity, part: Quantity) -> bool:
    """Whether ``whole`` is the sum of two figures or more that a claim gives, ``part`` among
    them and the others of its unit or bare counts ("20 of the injured were taken to one hospital
    and 31 to another" / "a total of 51 were taken to two hospitals"): the parts of the other's
    whole."""
    others = [q.value for q in f.quantities if (q.start, q.end) != (part.start, part.end)
              and q.unit in (part.unit, "count") and q.unit != "percent" and q.value < whole.value]
    return any(part.value + v == whole.value for v in others) or part.value + sum(others) == whole.value and len(others) > 1


def _periods(f) -> set[tuple[int, int]]:
    """The whole years a claim's figures are of ("in 2021", "last year", "from 2016 to 2021")."""
    return {(d.low.year, d.high.year) for d in f.dates
            if d.low and d.high and (d.low.month, d.low.day, d.high.month, d.high.day) == (1, 1, 12, 31)}


#: parts of a year that results are given for, in months: "its most recent quarter", "the first
#: six months", "the first half", "nine months to September"
_PART_YEARS = ((3, re.compile(r"\b(?:the|its|this|last|first|second|third|fourth|latest|recent|fiscal|same|previous|prior|"
                              r"current|final)\s+(?:\w+\s+)?quarter\b(?!\s+of\b)|\b(?:three|3)[- ]months?\b", re.I)),
               (6, re.compile(r"\b(?:first|second|latter|back)\s+half\b(?!\s+of\s+(?:the|a)\s+(?:game|match|century))|"
                              r"\bhalf[- ]year\b|\b(?:six|6)[- ]months?\b", re.I)),
               (9, re.compile(r"\b(?:nine|9)[- ]months?\b", re.I)))


#: units of time: figures that may be the periods themselves
_SPANS = frozenset({"second", "minute", "hour", "day", "week", "month", "year", "decade"})


def _part_years(claim) -> frozenset[int]:
    """The parts of a year (their months) a claim gives figures for: "during its most recent
    quarter" 3, "for the first six months" 6."""
    return frozenset(n for n, rx in _PART_YEARS if rx.search(claim.text))


#: a comparative right after a figure: "25% heavier", "50 percent fewer", "three times higher"
_COMPARATIVES = ("more", "less", "fewer", "higher", "lower", "larger", "smaller", "bigger", "greater", "heavier",
                 "lighter", "longer", "shorter", "faster", "slower", "cheaper", "dearer", "richer", "poorer", "older",
                 "younger", "wider", "narrower", "deeper", "stronger", "weaker", "better", "worse", "likelier", "warmer",
                 "colder", "hotter", "thicker", "thinner", "taller", "safer", "riskier", "costlier", "busier")
_COMPARED_AS = re.compile(rf"^\s*(?:percent|per\s*cent|times|%)?\s*({'|'.join(_COMPARATIVES)})\b", re.I)


def _compared_as(claim, q: Quantity) -> str | None:
    """The comparative a figure gives ("25% heavier": heavier), None if none follows it."""
    m = _COMPARED_AS.match(claim.text[q.end - claim.start: q.end - claim.start + 30])
    return m.group(1).casefold() if m else None


#: units that are no noun of an act
NOT_NOUNS = {*UNIT_NAMES, "count", "tally", "money"}
#: a noun counted and a verb people underwent name one act when they share this many letters
#: ("arrests" / "people were arrested", "injuries" / "people injured")
ACT_STEM = 5
#: verbs that carry a count of acts without telling an act of their own: "there were 47 arrests",
#: "police made 47 arrests", "six arrests, compared to 47 the night before" count one act
CARRIER_VERBS = frozenset({"be", "have", "make", "compare", "total", "number", "record", "report", "see"})


def _act_of(noun: str, verb: str | None) -> bool:
    return bool(verb) and (noun == verb or len(noun) >= ACT_STEM and noun[:ACT_STEM] == verb[:ACT_STEM])


def _events_as_people(qa: list[Quantity], qb: list[Quantity]) -> tuple[list[Quantity], list[Quantity]]:
    """A count of acts against a count of the people they befell ("dozens of evacuations" /
    "more than 300 people were evacuated"): one count, read in the act's noun and on it."""
    nouns = {q.unit for q in qa + qb if q.unit not in NOT_NOUNS}
    # nouns counted only on verbs that tell no act, on the act's own verb, or as "dozens of"
    light = {n for n in nouns if all(x.anchor in CARRIER_VERBS or _act_of(n, x.anchor) or x.hedge == "many"
                                     for x in qa + qb if x.unit == n)}

    def read(qs: list[Quantity]) -> list[Quantity]:
        out = []
        for q in qs:
            noun = next((n for n in sorted(nouns) if q.unit == "person" and _act_of(n, q.anchor)), None)
            if noun is None and q.unit in nouns and q.hedge == "many":
                noun = q.unit  # "amid dozens of evacuations": the noun is the act, whatever verb it hangs on
            if noun is None and q.unit in light and q.anchor in CARRIER_VERBS:
                noun = q.unit  # "made 47 arrests": the noun tells the act
            out.append(q.model_copy(update={"unit": noun, "anchor": noun}) if noun else q)
        return out

    if not nouns:
        return qa, qb
    ra, rb = read(qa), read(qb)
    read_anew = {n.unit for o, n in zip(qa + qb, ra + rb) if n is not o}
    shared = {q.unit for q in ra} & {q.unit for q in rb} & read_anew
    if not shared:
        return qa, qb
    # the count of an act read anew is set against the other's count of that noun, whatever verb
    # that one hangs on
    keep = lambda orig, new: [n.model_copy(update={"anchor": n.unit}) if n.unit in shared else o for o, n in zip(orig, new)]
    return keep(qa, ra), keep(qb, rb)


#: a figure set beside a name as news writes an age: "Ana Ruiz, 51, said"
_BESIDE_NAME = re.compile(r"[A-Z][\w’'.-]*,\s*$")


def _an_age(claim, q: Quantity) -> bool:
    """Whether a figure is a person's age ("Ruiz, 51, said", "the 51-year-old"): the person's,
    compared by :func:`ages` wherever it stands, not a figure of the claim's act."""
    start, end = q.start - claim.start, q.end - claim.start
    after = claim.text[end:]
    # "the 51-year-old", read as "51 years" or as "51" alone
    return bool(re.match(r"\s*-?\s*years?-old", after) or re.match(r"-old\b", after)
                and re.search(r"years?$", claim.text[start:end])) or after.startswith(",") and bool(_BESIDE_NAME.search(claim.text[:start]))


#: words that make a figure a goal or a forecast: "hoped to have 800 families housed", "a target
#: of 40", "projected 300", "expected 2,000 visitors" (within a few words before it)
_AIMED = re.compile(r"\b(?:hop(?:e|es|ed|ing)|aim(?:s|ed|ing)?|goals?|targets?|targeted|want(?:s|ed)?|wish(?:es|ed)?|"
                    r"project(?:s|ed|ing|ions?)?|forecasts?|forecasted|predict(?:s|ed|ing|ions?)?|expect(?:s|ed|ing)?|"
                    r"expectations?)\b(?:\W+[\w’'$.,-]+){0,6}?\W+$"
                    # an estimate made before the outcome, or by those who forecast it: "economists
                    # surveyed had estimated 175,000 jobs" (not "an estimated 300 people attended")
                    r"|\b(?:had\s+(?:\w+\s+)?estimated|(?:economists?|analysts?|forecasters?|strategists?|surveyed|polled)"
                    r"(?:\W+[\w’'$.,-]+){0,5}?\W+estimat(?:e|es|ed|ing))\b(?:\W+[\w’'$.,-]+){0,6}?\W+$", re.I)


#: words that make a figure what is usual for a kind of thing: "the typical lifespan is about
#: three years", "usually takes 40 minutes", "normally carries 300" (within a few words before it)
_NORM = re.compile(r"\b(?:typical(?:ly)?|usual(?:ly)?|normal(?:ly)?|ordinar(?:y|ily)|customar(?:y|ily))\b"
                   r"(?:\W+[\w’'$.,-]+){0,8}?\W+$", re.I)


#: an average or a rate: "an average of 2,400 permits a month", "90 a day", "per year"
#: an average told before the figure, within its clause: "an average of 2,400", "averaged 12
#: points", "the average age of a ferry is roughly 30 years"
_AVERAGE_BEFORE = re.compile(r"\baverag(?:e|ed|ing)\s+(?:of\s+)?(?:[\w’'$.-]+\s+){0,6}$", re.I)
_RATE_AFTER = re.compile(r"^(?:\s+[\w’'$.,-]+){0,2}?\s+(?:a|an|per|each)\s+(?:month|year|week|day|hour|minute|quarter)\b", re.I)


#: a count of those besides someone or something named: "Ruiz and three other crew members":
#: not the whole another outlet counts
_OTHERS = re.compile(r"^\s+(?:(?:[^\W\d_]+\s+)?of\s+)?other\s+[^\W\d_]", re.I)
#: a count of those added to an earlier count: "two more ferries", "five pages of additional
#: files"; or before it: "another 40", "an additional 1,200"
_MORE = re.compile(r"^\s+(?:(?:[^\W\d_]+\s+)?of\s+)?(?:more|additional|further|extra)\s+[^\W\d_]", re.I)
_MORE_BEFORE = re.compile(r"\b(?:another|an\s+additional|a\s+further|an\s+extra)\s+$", re.I)
#: the rest of a group, counted before the figure: "The other 14 clubs recorded losses of £117m",
#: "the remaining 40 staff were paid $2 million": the figures of a part of the whole
_REST_OF = re.compile(r"\bthe\s+(?:other|remaining)\s+(?:\d[\d,]*|[a-z]+-?[a-z]*)\s+(?:[\w’'-]+\s+){0,4}?"
                      r"(?:\w+ed|were|was|had|have|has|paid|made|lost|won|got|spent|took|gave|saw)\b", re.I)
#: a figure of the whole a part is taken from, the part told in words: "joined almost all of the
#: chamber's 200 members", "most of the 40 crew", "half of its 300 staff" (the part, another
#: outlet's "193 members joined", is less than the figure)
_WHOLE_BEFORE = re.compile(r"\b(?:(?:almost|nearly|virtually|practically)\s+all|all\s+but\s+(?:a\s+)?\w+|most|many|some|"
                           r"several|half|a\s+(?:third|quarter|majority|minority|handful|few)|two-thirds|three-quarters)"
                           r"\s+of\s+(?:(?:the|its|their|his|her|our|these|those)\s+)?(?:[\w’'.-]+\s+){0,2}?[$£€]?$", re.I)
#: figures of a part of a whole, told as such: "Of riders who took the night bus, 61 percent
#: paid cash", "Among those under 30, ..."
_SUBGROUP = re.compile(r"(?:^|[,;:]\s*)(?:of|among)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,4}?(?:who|that|whose|aged|under|over)\b"
                       # a whole counted first, its parts after it: "Of the 127, 106 are Democrats"
                       r"|^\s*(?:of|among)\s+(?:the|these|those|them|its|their)?\s*[\d,]+(?:\s+[^\W\d_][\w’'-]*){0,2}\s*,", re.I)


#: a sum told in another year's money: "after adjusting for inflation, the storm did $1.4 billion
#: in damage", "in today's dollars", "inflation-adjusted" (another measure than the sum as paid)
_ADJUSTED = re.compile(r"\b(?:adjust(?:ed|ing)\s+for\s+inflation|inflation[- ]adjusted|in\s+(?:today['’]s|current|constant|"
                       r"real|\d{4})\s+dollars|in\s+real\s+terms)\b", re.I)

#: a measure with a part of it left out: "Not counting fuel, port fees rose 3.1 percent"
_LESS_A_PART = re.compile(r"\b(?:excluding|not counting|leaving out|stripping out|setting aside)\b[^.;]*$", re.I)
#: a figure an earlier one is set against: "up 6 percent from 4.1 percent", "compared with 47"
#: (the facts' reading of a bare count after such words, claims.facts.numbers, also takes
#: "against" and "versus", which set two counts side by side, not a count and an earlier one)
_BASELINE = re.compile(r"(?:\bcompared\s+(?:to|with)|\b(?:up|down|rose|fell|climbed|dropped)\s+from)"
                       r"\s+(?:an?\s+|the\s+)?$", re.I)


def _figure_kind(claim, q: Quantity) -> str | None:
    """What a figure is besides a count of what happened: a goal or a forecast ("hoped to sign
    up 800"), a figure of a part of the whole ("of riders who took the night bus, 61 percent"), an
    average or a rate ("an average of 2,400 a month"), the whole a part told in words is taken
    from ("joined almost all of the chamber's 200 members"), a measure with a part left out
    ("not counting fuel, port fees rose 3.1 percent"), a sum in another year's money ("after
    adjusting for inflation"); None for an outcome.
    Two figures of two kinds are no conflict ("620 signed up" / "hoped for 800"). (A
    baseline, "six arrests, compared to 47 the night before", is the other night's outcome:
    another outlet's "47 arrests overnight" is compared with it.)"""
    before = claim.text[max(0, q.start - claim.start - 80): q.start - claim.start]
    after = claim.text[q.end - claim.start: q.end - claim.start + 40]
    if _AIMED.search(before):
        return "goal"
    if _NORM.search(before):
        return "norm"  # "the typical lifespan of such batteries is about three years": what is usual, not this one's
    if _SUBGROUP.search(claim.text[: q.start - claim.start]):
        return "part"  # a figure of a part of the whole another outlet counts
    if _AVERAGE_BEFORE.search(before) or _RATE_AFTER.match(after):
        return "average"
    if _WHOLE_BEFORE.search(before):
        return "whole"  # "almost all of the chamber's 200 members": the whole, not the part that acted
    if _LESS_A_PART.search(claim.text[: q.start - claim.start]):
        return "less a part"
    if _ADJUSTED.search(claim.text):
        return "adjusted"  # "after adjusting for inflation, ... $1.4 billion": another year's money
    if _REST_OF.search(claim.text[: q.start - claim.start]):
        return "part"  # "the other 14 clubs recorded losses of £117m": the rest of a group's figure
    if _OTHERS.match(after):
        return "part"  # "Ruiz and three other crew members": those besides the one named
    if _MORE.match(after) or _MORE_BEFORE.search(before):
        return "more"  # "five pages of additional files", "another 40 pages", "three more crew members
        # came forward": more on top of what was counted, not the count so far ("five other crew members")
    return None


#: what a share is a share of: "40 percent of the 12,000 tenants", "a third of voters"
_SHARE_OF = re.compile(r"^\s+of\s+(?:(?:the|its|their|all|those|these)\s+)?((?:[\w’'.,-]+\s+){0,3}?)"
                       r"([^\W\d_]+?)(?:e?s)\b")


def _share_of(claim, q: Quantity) -> str | None:
    """The whole a percentage is a share of, by its first plural noun ("40 percent of the
    12,000 tenants": tenant), with "+" where the whole joins another group to it ("67 percent
    of the delegates and the super-delegates": delegat+, another whole than the delegates
    alone); None when the claim does not say."""
    if q.unit != "percent":
        return None
    after = claim.text[q.end - claim.start:]
    if _OF_RESPONDENTS.match(after):
        return "respondent"  # "27 percent of those surveyed": of everyone the poll asked
    m = _SHARE_OF.match(after)
    if not m:
        return None
    joined = _JOINED_WHOLE.match(after[m.end():])
    return m.group(2).casefold() + ("+" if joined else "")


#: a share of everyone a poll asked: "of those surveyed", "of respondents", "of voters polled"
_OF_RESPONDENTS = re.compile(r"^\s+of\s+(?:(?:those|the\s+people|people|adults|voters|americans)\s+"
                             r"(?:surveyed|polled|asked|questioned|interviewed)|(?:the\s+)?respondents)\b", re.I)


#: after a share's whole, another group joined to it: "and (the) uncommitted super-delegates"
_JOINED_WHOLE = re.compile(r"^\s+and\s+(?:the\s+|all\s+)?(?:[^\W\d_][\w’'-]*\s+){0,2}[^\W\d_][\w’'-]*s\b")


#: the group a count is of, after the figure and its noun: "four members of the city council"
_WHOLE_OF = re.compile(r"^(?:\s+[^\W\d_]+)?\s+of\s+(?:(?:the|a|an|its|their|his|her|our)\s+)?"
                       r"((?:[^\W\d_][\w’'.-]*\s+){0,3}[^\W\d_][\w’'.-]*)")
_WHOLE_STOP = {"the", "a", "an", "and", "or", "in", "on", "at", "for", "to", "with", "who", "that", "which"}


def _whole_of(claim, q: Quantity) -> frozenset[str]:
    """The words of the group a count is of ("four members of the city council": city, council);
    empty when the claim does not say. A share's whole is read by ``_share_of``."""
    if q.unit == "percent":
        return frozenset()
    m = _WHOLE_OF.match(claim.text[q.end - claim.start:])
    if not m:
        return frozenset()
    words = []
    for w in m.group(1).casefold().split():
        if w in _WHOLE_STOP:
            break
        words.append(w.rstrip(".").removesuffix("’s").removesuffix("'s"))
    return frozenset(words)


#: a figure written joined to its unit as one modifier: "four-hour", "27-minute"
_JOINED = re.compile(r"\w-[^\W\d_]+$")


def _measures_untold(claim, q: Quantity, other) -> bool:
    """Whether a figure is said to measure a thing ("an almost four-hour drive") that the other
    claim never writes ("was caught about two hours later"): two measures, not one told twice.
    Only a figure joined to its noun ("four-hour drive"), not "$40,000 in public funds" (the
    money, whatever another outlet calls it)."""
    if not q.measures or not _JOINED.search(q.text):
        return False
    noun = q.measures.split()[-1].casefold()
    return noun[:5] not in other.text.casefold()


#: the words right after an amount that list what it is the worth of, three things or more:
#: "worth of tools, bikes and cash", "in tools, bikes and cash" (two joined by "and" may be two
#: clauses: "worth of tools and then fled")
_THING = r"[\w'’-]+(?:\s+[\w'’-]+)?"
_WORTH_OF_MANY = re.compile(rf"^\s*(?:worth\s+of|in)\s+{_THING}(?:,\s*{_THING})+,?\s+and\s+\w", re.I)


def _many_things(claim, q: Quantity) -> bool:
    """Whether an amount is told as the worth of several things at once ("stole $8,000 worth of
    tools, bikes and cash"): a total, not the figure of one of them ("$5,000 in cash")."""
    return bool(_WORTH_OF_MANY.match(claim.text[q.end - claim.start:]))


#: what joins the items of a list: a comma, "and", or both
_JOIN = r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)"
_LIST_JOIN = re.compile(_JOIN + "$")
#: after a count, up to three words of its noun and then "and" before the next item ("five
#: world powers and Iran")
_AND_AFTER = re.compile(r"^(?:\s+[\w’'-]+){0,3}?\s+and\s+")
_LIST_NEXT = re.compile("^" + _JOIN)
_LISTED = frozenset({"GPE", "ORG", "NORP", "PERSON"})


def _listed_with(claim, q: Quantity) -> set[str]:
    """The keys of the names a claim lists beside a count, in one list with it ("The U.S., Norland
    and five other powers", "six powers and Norland")."""
    names = [e for e in (claim.facts.entities if claim.facts else []) if e.label in _LISTED]
    text, base = claim.text, claim.start
    out: set[str] = set()
    at = q.start  # back from the count: "A, B and <count>"
    while (m := _LIST_JOIN.search(text[: at - base])) is not None:
        end = at - len(m.group(0))
        e = next((e for e in names if e.end == end), None)
        if e is None:
            break
        out.add(e.key)
        at = e.start
    m = _AND_AFTER.match(text[q.end - base:])  # on from the count: "<count> <noun> and A, B"
    at = q.end + m.end() if m else None
    while at is not None:
        if text[at - base: at - base + 4].casefold() == "the ":
            at += 4
        e = next((e for e in names if e.start == at), None)
        if e is None:
            break
        out.add(e.key)
        m = _LIST_NEXT.match(text[e.end - base:])
        at = e.end + m.end() if m else None
    return out


def _members_named_apart(ca, x: Quantity, cb, y: Quantity) -> bool:
    """Whether two counts of one group differ by as many names as the smaller count's claim
    lists beside it and the other claim does not name ("Six powers and Norland" / "The U.S.,
    Norland and five powers"): the group counted with or without a member it names apart."""
    if x.value == y.value or not (x.value.is_integer() and y.value.is_integer()):
        return False
    (cs, s), (cl, big) = sorted(((ca, x), (cb, y)), key=lambda t: t[1].value)
    named = {e.key for e in (cl.facts.entities if cl.facts else [])}
    return len(_listed_with(cs, s) - named) == big.value - s.value


def _two_counted_measures(ca, x: Quantity, cb, y: Quantity) -> bool:
    """Whether two counts of one noun are said to measure two things, one of which the other
    claim never names ("a bare, 13-seat majority" / "short of the 17-seat quorum": no quorum in
    the first). Counts of things only (votes, seats, people), not money, shares or
    spans of time, whose measures outlets name in their own words ("$40,000 in public funds" /
    "in taxpayer money")."""
    if x.unit in UNIT_NAMES or not x.measures or not y.measures or same_measure(x, y):
        return False
    nx, ny = x.measures.split()[-1].casefold(), y.measures.split()[-1].casefold()
    return nx != ny and (nx[:5] not in cb.text.casefold() or ny[:5] not in ca.text.casefold())


#: a moment of the day a figure is given at: "as of 11 p.m.", "the 2 p.m. advisory", "late
#: Wednesday night", "early afternoon"
_CLOCK = r"\d{1,2}(?::\d\d)?\s*[ap]\.?\s?m\b\.?"
_MOMENT = re.compile(rf"\b(?:as of|at)\s+(?:(?:about|around|approximately|roughly|nearly|just|shortly|some)\s+"
                     rf"(?:after\s+|before\s+)?)?({_CLOCK})|\b({_CLOCK})\s+(?:advisory|update|report|bulletin)"
                     r"|\b(early|late|mid|this|(?:mon|tues|wednes|thurs|fri|satur|sun)day)[\s-]+"
                     r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+)?(morning|afternoon|evening|night)\b",
                     re.I)


def _moments(claim) -> frozenset[str]:
    """The moments of the day a claim gives its figures at ("as of 11 p.m.": 11pm; "late
    Wednesday night", "on Wednesday night": night)."""
    out = set()
    for m in _MOMENT.finditer(claim.text):
        clock = m.group(1) or m.group(2)
        out.add(re.sub(r"[\s.:]|00", "", clock.casefold()) if clock else m.group(4).casefold())
    return frozenset(out)


#: the stretch of play a running total is counted over: a whole one ("this season", "last
#: season", "in his career") or a part of one ("since Week 9", "since the All-Star break", "in
#: that stretch", "in 12 games", "over his last five starts")
_WHOLE_RUN = re.compile(r"\b(?:(?:this|last|the)\s+season|(?:in\s+)?(?:his|her|their)\s+career)\b", re.I)
_PART_RUN = re.compile(r"\b(?:since\s+(?:week|game|round|the\s+[\w-]+\s+break)\s*\w*|(?:in|over)\s+(?:(?:that|this|the)\s+)?"
                       r"stretch|(?:in|over)\s+(?:(?:his|her|their|its|the)\s+)?(?:(?:last|past|first)\s+)?"
                       r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|\w+teen|twenty)\s+"
                       r"(?:games|matches|starts|appearances|outings|races|rounds))\b", re.I)


def _runs(claim) -> tuple[frozenset[str], frozenset[str]]:
    """The stretches of play a claim counts its figures over, as written and folded: whole ones
    ("has 612 yards this season") and parts ("since Week 9", "in 12 games")."""
    def found(rx):
        return frozenset(" ".join(m.group(0).casefold().split()) for m in rx.finditer(claim.text))
    return found(_WHOLE_RUN), found(_PART_RUN)


def _other_runs(ca, cb) -> bool:
    """Whether two claims count their figures over two stretches of play: each names one and
    they differ ("612 yards this season" / "since Week 9, 540 yards"), or one counts over a part
    and the other names none ("in that stretch, five goals" / "scored two goals": a part and a
    game or a whole)."""
    (wa, pa), (wb, pb) = _runs(ca), _runs(cb)
    if (wa | pa) and (wb | pb):
        return (wa | pa) != (wb | pb)
    return bool(pa or pb)


#: hedges that make a figure a least count: "at least six dead", "more than 20 arrests"
LOWER_BOUNDS = frozenset({"at least", "more than"})
#: words that tell a count as it stood at one moment of a day: "six bodies have been recovered so
#: far", "as of 11 p.m.", "by early evening"
_RUNNING = re.compile(r"\b(?:so far|thus far|as of|to date|by (?:early |late )?(?:morning|afternoon|evening|nightfall|night)\b)", re.I)


def _running(claim, q: Quantity) -> bool:
    """Whether a figure is a running count: a least count ("at least six") or one told as it
    stood at a moment ("have been recovered so far", "by early evening")."""
    return q.hedge == "at least" or bool(_RUNNING.search(claim.text))


#: what a toll counts, by its verb or noun: the dead, the hurt, the held, the displaced, the cases
TOLLS = frozenset({"kill", "die", "dead", "death", "fatality", "casualty", "victim", "injure", "injury", "wound",
                   "hurt", "arrest", "detain", "evacuate", "displace", "infect", "case", "hospitalize",
                   "hospitalise", "missing"})


def _grown_toll(ctx: Context, a: str, x: Quantity, b: str, y: Quantity) -> bool:
    """Whether two figures are a toll (:data:`TOLLS`) given on two days, the later article's the
    higher: "2,001 injured" on one day, "more than 3,700 injured" the next is a count that grew,
    not a misreport."""
    ta, tb = ctx.article(a).published, ctx.article(b).published
    if not (ta and tb) or ta == tb or not ({x.anchor, x.unit, y.anchor, y.unit} & TOLLS):
        return False
    later, earlier = (x, y) if ta > tb else (y, x)
    return later.value > earlier.value


def _projected_and_done(sa: str | None, sb: str | None) -> bool:
    """Whether one figure's act is told as to come (``PENDING``: possible, expected, planned,
    future) and the other's as done: a projection and an outcome, each its own figure."""
    return sa in PENDING and sb == "done" or sb in PENDING and sa == "done"


#: before a figure, the words that make it the whole a part is taken from: "most of the 126
#: dead", "half of the 40 members", "two of its 12 stores"
_OF_THE = re.compile(r"\b(?:of|among)\s+(?:the|its|their|those|these|his|her|our)\s+$", re.I)


def _partitive_whole(claim, q: Quantity) -> bool:
    """Whether a figure is the whole a part is taken from ("most of the 126 dead")."""
    return bool(_OF_THE.search(claim.text[max(0, q.start - claim.start - 30): q.start - claim.start]))


#: after a figure, the words that make it a part of a group: "132 of the dead", "132 of which
#: were children", "nine of them"
_OF_GROUP = re.compile(r"^\s+of\s+(?:the|which|whom|them|those|these|its|their|his|her|our)\b", re.I)


def _a_part(claim, q: Quantity) -> bool:
    """Whether a figure counts a part of a group ("132 of the dead", "132 of which were children")."""
    return bool(_OF_GROUP.match(claim.text[q.end - claim.start:]))


#: just before a figure, an earlier period it belongs to: "last year's 3.5 percent growth", "the
#: previous quarter's $2 billion"
_PRIOR_PERIOD = re.compile(r"\b(?:last|previous|prior|preceding)\s+(?:year|month|week|quarter|season|day)['’]s\s+"
                           r"(?:[a-z]+\s+)?$", re.I)


def _prior_period(claim, q: Quantity) -> bool:
    """Whether a figure is told as an earlier period's ("last year's 3.5 percent growth")."""
    return bool(_PRIOR_PERIOD.search(claim.text[max(0, q.start - claim.start - 40): q.start - claim.start]))


#: before a figure in its sentence, words that tell it as given first and since replaced, on a
#: verb of telling or estimating: "Initially, it said that 88,000 jobs were added", "originally
#: estimated at $2 million", "first reported 40 dead" (not "the plant, originally built in 1970")
_SUPERSEDED = re.compile(r"\b(?:(?:initially|originally|at\s+first)\b[^.;]{0,40}?\b|(?:first|previously)\s+)"
                         r"(?:said|reported|estimated|put|announced|projected|forecast|counted)\b[^.;]*$", re.I)


def _superseded(claim, q: Quantity) -> bool:
    """Whether a figure is told as an earlier estimate since replaced ("initially said 88,000")."""
    return bool(_SUPERSEDED.search(claim.text[max(0, q.start - claim.start - 80): q.start - claim.start]))


def _set_against(claim, q: Quantity) -> Quantity | None:
    """The figure a baseline ("compared with 30 percent") is set against: the last figure of its
    unit before it in the claim."""
    if not _baseline(claim, q) or claim.facts is None:
        return None
    before = [p for p in claim.facts.quantities if p.unit == q.unit and p.end <= q.start]
    return before[-1] if before else None


def _two_comparisons(ca, x: Quantity, cb, y: Quantity) -> bool:
    """Whether two figures are each the baseline of a comparison whose leading figures hang on
    two verbs and are shares of no one named whole: two comparisons of two measures, whatever
    value the leading figures share."""
    sx, sy = _set_against(ca, x), _set_against(cb, y)
    if sx is None or sy is None or not sx.anchor or not sy.anchor or sx.anchor == sy.anchor:
        return False
    wa, wb = _share_of(ca, sx), _share_of(cb, sy)
    return not (wa and wa == wb)


#: the two ends of a change told with its verb: "raise the harbour fee from $4.50 a ton"
#: (from), "raising it to $6" (to); or without one, "from 40 to 60 seats" (each end)
_CHANGE_VERB = (r"\b((?:rais|increas|boost|lift|hik|cut|lower|reduc|slash|trim|decreas|bump|push|mov|chang|grow|grew|"
                r"ris|rose|fall|fell|drop|climb|jump|shrink|shrank|doubl|tripl|halv)\w*)\s+(?:[\w’'.-]+\s+){0,6}?")
#: the verbs of a change down; the others of _CHANGE_VERB but "push", "move", "change" tell one up
_DOWN = re.compile(r"^(?:cut|lower|reduc|slash|trim|decreas|fall|fell|drop|shrink|shrank|halv)", re.I)
_EITHER_WAY = re.compile(r"^(?:push|mov|chang)", re.I)
_CHANGE_FROM = re.compile(_CHANGE_VERB + r"from\s+(?:an?\s+|the\s+)?[$£€]?$", re.I)
_CHANGE_TO = re.compile(_CHANGE_VERB + r"to\s+(?:(?:about|around|roughly|nearly|almost|some|at\s+least)\s+)?[$£€]?$", re.I)
_FROM_BEFORE = re.compile(r"\bfrom\s+[$£€]?$", re.I)
_TO_AFTER = re.compile(r"^[^.;:]{0,30}?\s+to\s+[$£€]?\d")
_FROM_TO_BEFORE = re.compile(r"\bfrom\s+[$£€]?\d[\d,.]*\s*(?:[^\W\d_]+\s+){0,3}?to\s+[$£€]?$", re.I)


def _change_end(claim, q: Quantity) -> str | None:
    """Which end of a change a figure is: "from" (the value before it: "raise the fee from $4.50
    a ton", "from $4.50 to $6"), "to" (the value after it: "raising the fee to $6"), None
    for neither. The two ends of a change are two figures, whatever one act they hang on."""
    before = claim.text[max(0, q.start - claim.start - 80): q.start - claim.start]
    after = claim.text[q.end - claim.start: q.end - claim.start + 40]
    if _CHANGE_FROM.search(before) or _FROM_BEFORE.search(before) and _TO_AFTER.match(after):
        return "from"
    if _CHANGE_TO.search(before) or _FROM_TO_BEFORE.search(before):
        return "to"
    return None


def _change_way(claim, q: Quantity) -> str | None:
    """Which way the change a figure ends is told to go by its verb ("slashes the levy from 35
    percent": down; "raising the levy from 20%": up), None where no verb tells it."""
    before = claim.text[max(0, q.start - claim.start - 80): q.start - claim.start]
    m = _CHANGE_FROM.search(before) or _CHANGE_TO.search(before)
    if m is None or _EITHER_WAY.match(m.group(1)):
        return None
    return "down" if _DOWN.match(m.group(1)) else "up"


#: a figure another claim states too, from this value on, is that figure: so large a number
#: shared by chance is rare ("1,200 crew" / "keeps 1,600 crew ... a cut to 1,200")
STATED_FROM = 100


def _stated_by_other(x: Quantity, y: Quantity, fa, fb) -> bool:
    """Whether either claim also states the other's figure (of any unit: a count whose noun it
    leaves out, "a cut to about 1,200"), the figure at least STATED_FROM: the claim gives
    both figures, the other one of them."""
    return x.value >= STATED_FROM and any(q.value == x.value for q in fb.quantities) \
        or y.value >= STATED_FROM and any(q.value == y.value for q in fa.quantities)


#: a figure of a named poll or survey: "A Harbour Ledger poll shows ...", "the Bay Research
#: Center survey found"; the words that name no one poll are left out of its name
_POLL = re.compile(r"((?:[A-Z][\w&.'’-]*(?:/|\s+))*[A-Z][\w&.'’-]*)\s+(?i:poll|survey)\b")
_POLL_WORDS = frozenset({"a", "an", "the", "new", "latest", "recent", "national", "nationwide", "state", "statewide",
                         "university", "college", "news", "research", "center", "centre", "institute", "group",
                         "poll", "polls", "polling", "survey", "battleground", "opinion", "public", "times", "post",
                         "daily", "of", "and", "exit", "its", "their", "his", "her", "this", "that", "another"})


def _polls(claim) -> frozenset[str]:
    """The words that name the polls a claim tells figures of ("A Harbour Ledger poll": harbour,
    ledger; "Coastline-Marwick poll": coastline, marwick), words of no one poll left out."""
    out = set()
    for m in _POLL.finditer(claim.text):
        out |= {w for w in re.split(r"[\s/-]+", m.group(1).casefold()) if w and w not in _POLL_WORDS}
    return frozenset(out)


#: a figure told as set against another thing's: "By comparison, 37% of Vance supporters say
#: ...", "Vance, by contrast, got 40 percent"
_CONTRAST = re.compile(r"\b(?:by|in)\s+(?:comparison|contrast)\b", re.I)


def _contrasted(claim, q: Quantity) -> bool:
    """Whether a figure is told, before it in its claim, as set against another thing's figure
    ("By comparison, 130 berths are open in the north harbour"): the figure of that other thing."""
    return bool(_CONTRAST.search(claim.text[: q.start - claim.start]))


def _two_polls(ca, cb) -> bool:
    """Whether two claims tell the figures of two polls each names, sharing no word of the name
    ("A Harbour Ledger poll shows ... 48 to 42" / "A Coastline-Marwick poll puts ... 48 to 33")."""
    pa, pb = _polls(ca), _polls(cb)
    return bool(pa) and bool(pb) and not pa & pb


#: a figure read from many polls at once ("leads by 7 points in the polls", "a polling
#: average") and one read from a single poll ("a poll released Tuesday", "the survey found")
_MANY_POLLS = re.compile(r"\b(?:polls|polling\s+averages?|average\s+of\s+(?:[a-z]+\s+){0,2}?polls)\b", re.I)
_ONE_POLL = re.compile(r"\b(?:a|the|this|that|one|its|their|new|latest)\s+(?:[\w.&'’/-]+\s+){0,4}?(?:poll|survey)\b", re.I)


def _poll_count(claim) -> str | None:
    """Whether a claim tells figures of many polls together ("many") or of one ("one"); None
    where it tells of neither, or of both."""
    many, one = bool(_MANY_POLLS.search(claim.text)), bool(_ONE_POLL.search(claim.text))
    return "many" if many and not one else "one" if one and not many else None


def _objects(facts, q: Quantity) -> frozenset[str]:
    """The words of the people and bodies a claim names as the object of the act its figure
    hangs on ("Ruiz leads Vance by 4 points": vance), empty where it names none."""
    if facts is None or not q.anchor:
        return frozenset()
    keys = [e.key for e in facts.entities if e.label in ("PERSON", "ORG") and e.anchor == f"dobj:{q.anchor}"]
    return frozenset(w for k in keys for w in name_words(k))


def _objects_apart(fa, x: Quantity, fb, y: Quantity) -> bool:
    """Whether each claim names whom its figure's act befell and the two share no name: "Ruiz
    leads Vance by 2 points" / "she led Moss by 4 points" are two margins, over two rivals."""
    oa, ob = _objects(fa, x), _objects(fb, y)
    return bool(oa) and bool(ob) and not oa & ob


#: a figure of a span of time from a start: "sold 40,000 tickets in the first two hours", "within
#: its first week"; a total that runs on, told at the span's end
_FIRST_SPAN = re.compile(r"\b(?:in|within|during|over|for)\s+(?:the|its|their|his|her)\s+(?:very\s+)?first\s+"
                         r"((?:[\w-]+\s+)?(?:seconds?|minutes?|hours?|days?|weeks?|months?))\b", re.I)


def _first_span(claim) -> str | None:
    """The span from a start a claim gives its figures for ("in the first two hours": "two
    hours"), None where it gives none."""
    m = _FIRST_SPAN.search(claim.text)
    return m.group(1).casefold() if m else None


#: a claim that tells of one of several things named before it, its noun left out: "The second,
#: which passed 9-4, ...", "The latter was fined $500"
_ONE_OF_THOSE = re.compile(r"^\W*the\s+(?:first|second|third|fourth|fifth|latter|former|other)\s*"
                           r"(?:,|\s+(?:which|that|was|were|is|are|had|has|passed|came|got|won|drew))", re.I)


#: how many claims back, in its article, the person a claim's "he" or "she" stands for is looked for
PRONOUN_BACK = 3
_HE_SHE = re.compile(r"\b(?:he|she)\b", re.I)


def _pronoun_person(ctx: Context, cid: str, q: Quantity) -> frozenset[str]:
    """The name words of the person a claim's "he" or "she" before its figure stands for, where
    the claim names no person itself: the person that the nearest earlier claim of its article
    naming anyone (up to PRONOUN_BACK claims back) has as a subject (a name tagged as a person's,
    or a doer word that names one person of the story); empty where that claim names no one as
    a subject, or two people, or none is found."""
    c = ctx.claims[cid]
    f = c.facts
    if f is None or any(e.label == "PERSON" for e in f.entities) or not _HE_SHE.search(c.text[: max(0, q.start - c.start)]):
        return frozenset()
    people = people_of_story(ctx, ctx.story(cid))
    ids = ctx.claims_of(c.article)
    at = ids.index(cid)
    for prev in reversed(ids[max(0, at - PRONOUN_BACK): at]):
        pf = ctx.claims[prev].facts
        if pf is None:
            continue
        subjects = {e.key for e in pf.entities if e.label == "PERSON" and (e.anchor or "").startswith("nsubj")}
        subjects |= {people[d] for d in pf.doers.values() if d in people}
        if not subjects and not any(e.label == "PERSON" for e in pf.entities):
            continue
        words = [name_words(k) for k in subjects]
        return frozenset().union(*words) if words and all(w & words[0] for w in words) else frozenset()
    return frozenset()


def _pronoun_for_another(ctx: Context, a: str, x: Quantity, b: str, doer: str | None) -> bool:
    """Whether claim ``a`` tells its figure of a "he" or "she" that stands for another person
    than the one the other claim names as its figure's doer, a person ``b`` does not name."""
    fb = ctx.claims[b].facts
    if not doer or not _named_doer(fb, doer):
        return False
    them = _pronoun_person(ctx, a, x)
    return bool(them) and not them & name_words(doer) and not any(them & name_words(e.key) for e in fb.entities)


def _baseline(claim, q: Quantity) -> bool:
    """Whether a figure is the earlier one another is set against ("up from 4.1 percent")."""
    return bool(_BASELINE.search(claim.text[max(0, q.start - claim.start - 40): q.start - claim.start]))


def find(ctx: Context) -> list[Proposal]:
    out = []
    sides: list[tuple[tuple[str, Quantity], tuple[str, Quantity]]] = []  # each proposal's claims and figures
    for a, b in ctx.compared_pairs():
        fa, fb = ctx.claims[a].facts, ctx.claims[b].facts
        if fa is None or fb is None or not fa.quantities or not fb.quantities:
            continue
        pa, pb = _periods(fa), _periods(fb)
        if pa and pb and not pa & pb:
            continue  # figures of other periods (a rate for one year, another over eight)
        ca, cb = ctx.claims[a], ctx.claims[b]
        ya, yb = _part_years(ca), _part_years(cb)
        qa, qb = _events_as_people([q for q in fa.quantities if not _an_age(ca, q)], [q for q in fb.quantities if not _an_age(cb, q)])
        for unit in sorted({q.unit for q in qa} & {q.unit for q in qb}):
            if ya and yb and not ya & yb and unit not in _SPANS:
                continue  # results of a quarter and of six months: two periods' figures (not the
                # spans themselves: "sentenced to three months" / "to six months" is one figure)
            if bool(ya) != bool(yb) and (pb if ya else pa) and unit not in _SPANS:
                continue  # "an average of 221,000 jobs a month in 2015" / "the past three months have
                # seen an average of 284,000": a whole year's figure against a part's
            pair = counterparts([q for q in qa if q.unit == unit], [q for q in qb if q.unit == unit], ca, cb)
            if pair is None:
                continue
            x, y = pair
            if _stated_by_other(x, y, fa, fb):
                continue  # "keep 1,200 crew" / "keeps 1,600 crew ... a cut to about 1,200": one
                # claim gives both figures, the other one of them
            if {_change_end(ca, x), _change_end(cb, y)} == {"from", "to"}:
                continue  # "raise the fee from $4.50 a ton" / "raising the fee to $6": the two ends of a change
            if {_change_way(ca, x), _change_way(cb, y)} == {"up", "down"}:
                continue  # "slashes the levy from 35% to 21%" / "raises the levy from 20% to 21%": two changes
            if _contrasted(ca, x) or _contrasted(cb, y):
                continue  # "By comparison, 37% of Vance supporters say ...": another group's figure
            if _two_polls(ca, cb):
                continue  # "A Harbour Ledger poll shows 48 to 42" / "A Coastline-Marwick poll puts it at 48 to 33": two polls
            if {_poll_count(ca), _poll_count(cb)} == {"many", "one"}:
                continue  # "In the polls, Ruiz leads by 6.1 points" / "Ruiz leads by 11 points in a poll
                # released Monday": many polls read together, and one of them
            if _objects_apart(fa, x, fb, y):
                continue  # "Ruiz leads Vance by 2 points" / "she led Moss by 4 points": margins over two rivals
            if _other_things_changed(ca, x, cb, y):
                continue  # "slashing foreign aid by 21%" / "slashing global health programs by 34%": two things cut
            if _other_goes_to(ca, x, cb, y):
                continue  # "paid $2.3 billion to 211 exporters" / "paid $1.19 billion in penalties": two sums
            if _sum_of_parts(fa, y, x) or _sum_of_parts(fb, x, y):
                continue  # "20 were taken to one hospital and 31 to another" / "a total of 51": parts and their sum
            if _both_stated(x, y, fa, fb):
                continue  # "the nine killed ... the 18 people taken to hospitals" / "at least nine people
                # were dead, 18 were hospitalized": each claim gives both figures, one of them bare
            if x.anchor != y.anchor and not (ctx.probability(a, b) >= SAME_FACT and _share_a_figure(fa, fb, unit)) \
                    and not same_measure(x, y) and not _same_goes_to(ca, x, cb, y):
                continue  # numbers of different acts ("spent $12 million", "raised $40 million")
            if _superseded(ca, x) != _superseded(cb, y):
                continue  # "initially, it said 88,000 jobs were added" / "added 38,000 jobs": a figure
                # told as one given first and since replaced, against the news's
            if _prior_period(ca, x) != _prior_period(cb, y):
                continue  # "higher than last year's 3.5 percent growth" / "sales were 2.3% higher": the
                # figure of an earlier period against one of the news
            if _two_comparisons(ca, x, cb, y):
                continue  # "45 percent of Republicans described themselves as interested, compared with
                # 30 percent of Democrats" / "45 percent of those surveyed said they'd prefer the GOP,
                # compared to 43 percent": what each figure is set against is another measure
            if x.anchor != y.anchor and _baseline(ca, x) != _baseline(cb, y):
                continue  # the one figure left on each side of two acts, one of them the figure
                # the other act's is set against ("traffic grew 3.4 percent" / "fees rose 5.5
                # percent, up from 2.1 percent"); on one act it may be the other's figure of the
                # earlier moment ("six arrests Wednesday, compared to 47 the previous night" / "47
                # arrests on Tuesday night")
            if _partitive_whole(ca, x) and _a_part(cb, y) or _partitive_whole(cb, y) and _a_part(ca, x):
                continue  # "most of the 126 dead were children" / "132 of the dead were children": the
                # whole a part is taken from, against a part of it
            if _projected_and_done(fa.acts.get(x.anchor or ""), fb.acts.get(y.anchor or "")):
                continue  # "could cut the risk by 8%" / "cut the risk by 14%", "is expected to cost $5
                # million" / "cost $6 million": a projection and an outcome
            ra, rb = _compared_as(ca, x), _compared_as(cb, y)
            if ra and rb and ra != rb:
                continue  # "25% heavier" / "50 percent fewer": two comparisons, two measures
            if _figure_kind(ca, x) != _figure_kind(cb, y):
                continue  # a goal or an average against an outcome ("hoped for 800" / "620 enrolled")
            wa, wb = _share_of(ca, x), _share_of(cb, y)
            if wa and wb and wa != wb:
                continue  # shares of two wholes: "40 percent of tenants" / "70 percent of owners"
            ma, mb = _moments(ca), _moments(cb)
            if ma and mb and not ma & mb:
                continue  # figures of two moments of a day ("Category 3 early Wednesday afternoon" / "Category 2 late Wednesday night")
            if unit not in _SPANS and _first_span(ca) != _first_span(cb):
                continue  # "sold 40,000 tickets in the first two hours" / "sold 90,000 tickets in the
                # hours after": a total that runs on, told at two moments
            if bool(_ONE_OF_THOSE.match(ca.text)) != bool(_ONE_OF_THOSE.match(cb.text)):
                continue  # "The second, which passed on a 9-4 vote, ..." / "The 8-4 vote sent it on
                # ...": one of several things told before, its noun left out, against one named
            if _other_runs(ca, cb):
                continue  # running totals over two stretches of play ("612 yards this season" / "since Week 9,
                # 540 yards"), or one over a stretch and one of a game ("had 90 yards and two goals")
            ga, gb = _whole_of(ca, x), _whole_of(cb, y)
            if ga and gb and not ga & gb:
                continue  # counts of two groups: "four members of the city council" / "six members of a trade delegation"
            if not same_measure(x, y) and (_measures_untold(ca, x, cb) or _measures_untold(cb, y, ca)):
                continue  # "an almost four-hour drive" / "caught about two hours later": two measures
            if _two_counted_measures(ca, x, cb, y):
                continue  # "a bare, 13-seat majority" / "short of the 17-seat quorum": two measures
            if _market_moment(ca, x) or _market_moment(cb, y):
                continue  # "shares fell 4.3 percent at mid-afternoon" / "shares fell 6.6%": two moments of the day
            if _part_of_more(ca, x) != _part_of_more(cb, y) or _part_alone(ca, x, cb, y):
                continue  # "killed 170,000 in the province and tens of thousands more" / "killed 230,000": a
                # part and a whole; so is "killing 170,000 in Sumatra alone" / "230,000 across Asia"
            if _dated_apart(fa, x, fb, y):
                continue  # "an 8.7 quake hit in May 2012" / "a 6.1 quake hit early Tuesday": two events' figures
            if {_figure_time(ctx, a, fa, x), _figure_time(ctx, b, fb, y)} in ({"past", "recent"}, {"past", "now"}):
                continue  # "a 1992 explosion that killed 263" / "Tuesday's explosion killed at least 274": the
                # past's figure and the news's own (or one told in the present tense, undated)
            from_a, from_b = _measured_from(ca, x), _measured_from(cb, y)
            if from_a and from_b and not from_a & from_b:
                continue  # "1,800km off the coast of Norland" / "2,500km south-west of Ely": two distances
            wa, wb = _place_of_count(ca, x), _place_of_count(cb, y)
            if wa and wb and wa != wb:
                continue  # "a stadium in which 129 people died" / "the concert hall, where 89 people died": two places' counts
            if _places_apart(ca, cb):
                continue  # "officials in Ely say five died" / "in Norland, four people died": each claim
                # gives its figure for a place that cannot lie within the other's: two places' counts
            la, lb = _a_lead(ca, x), _a_lead(cb, y)
            if (la is not None or lb is not None) and not (la == lb and ctx.probability(a, b) >= SAME_FACT):
                continue  # "a 7-0 lead" / "a 13-3 halftime lead", "a four-run lead": a moment of a game, not its result
            oa, ob = _opponent(ca, x), _opponent(cb, y)
            if oa and ob and not oa & ob:
                continue  # "a 2-1 win over Norland" / "a 3-1 win over Ely": two results
            if _ordinal_alike(fb, x) or _ordinal_alike(fa, y):
                continue  # "carried off on 25 minutes" / "in the 25th minute, 18 minutes after ...": the figure agrees
            if _members_named_apart(ca, x, cb, y):
                continue  # "Six powers and Norland" / "The U.S., Norland and five powers": one group,
                # counted with or without a member named beside it
            if _many_things(ca, x) != _many_things(cb, y):
                continue  # "$8,000 worth of tools, bikes and cash" / "$5,000 in cash": a total of many things and one
            sev = compare(x, y)
            if not sev or apart(x, y) > MAX_RATIO:
                continue  # figures this far apart count different things (a total and a part)
            da, db = _doer(fa, x), _doer(fb, y)
            if da and db and not name_words(da) & name_words(db) \
                    and (x.anchor == y.anchor or _named_doer(fa, da) and _named_doer(fb, db)
                         and not _named_doer(fa, db) and not _named_doer(fb, da)):
                continue  # figures of two doers ("the mayor cut $310 million" / "her rival's plan would cut $420
                # million"); by two verbs, two named doers neither claim names both of ("Ruiz kicked a 48-yard
                # goal" / "Norland added a 36-yard goal"; not "Judge Hale administered the 38-word oath" /
                # "Moss took the 35-word oath administered by Judge Hale")
            if _pronoun_for_another(ctx, a, x, b, db) or _pronoun_for_another(ctx, b, y, a, da):
                continue  # "Ruiz ... But she would need 71% of the seats left" / "Vance would need
                # about 55 percent of them": the figures of two people, one told by a pronoun
            if not (da and db) and of_two_people(ctx, a, b):
                continue  # the figures of two people, each claim telling of its own ("Ruiz was sentenced to ten years" / "Vance ... to 15")
            if sev != "low" and ctx.told_elsewhere(a, b, stated_in(ctx, ctx.claims[b].article, x, da),
                                                   stated_in(ctx, ctx.claims[a].article, y, db)):
                continue  # each outlet gives the other's figure elsewhere: two figures of the story
            note = ""
            if sev != "low" and not ctx.comparable_times(a, b):
                sev, note = "low", " (published days apart: the figure may have moved in between)"
            elif sev != "low" and _grown_toll(ctx, a, x, b, y):
                sev, note = "low", " (a toll the later report gives higher, a day on: it may have grown in between)"
            elif sev != "low" and x.hedge in LOWER_BOUNDS and y.hedge in LOWER_BOUNDS:
                sev, note = "low", " (both give a least count, which may have grown between the two reports)"
            elif sev == "high" and (_running(ca, x) or _running(cb, y)):
                sev, note = "medium", " (a running count, which may have moved between the two reports)"
            out.append(Proposal(
                type="number", severity=sev, claims=(a, b),
                explanation=f"{ctx.label(a)} says {x.text!r}, {ctx.label(b)} says {y.text!r}{note}",
                values={a: x.text, b: y.text}, note=note,
            ))
            sides.append(((a, x), (b, y)))
    out = [p for p, s in zip(out, sides) if not _a_breakdown(ctx, s, sides)]
    return out + ages(ctx) + ctx.on_untold_pairs(out, _copy_with_another_number)


def _a_breakdown(ctx: Context, pair, sides) -> bool:
    """Whether either claim of a number conflict is also set against another claim of the
    other's article, with a figure of the same unit that conflicts with the first one there:
    that article gives two figures of the measure ("52 percent said X", "41 percent said Y"),
    a breakdown, and which of them the claim's figure is told of is not clear."""
    for (c, _), (d, w) in (pair, pair[::-1]):
        art = ctx.claims[d].article
        theirs = [(e2, w2) for s in sides for (c2, _), (e2, w2) in (s, s[::-1])
                  if c2 == c and e2 != d and ctx.claims[e2].article == art and w2.unit == w.unit]
        if any(compare(w, w2) not in (None, "low") for _, w2 in theirs):
            return True
    return False


def _copy_with_another_number(ctx: Context, a: str, b: str) -> Proposal | None:
    """Two outlets print one sentence nearly word for word but for one number that the figures
    read here leave out ("the Pier 4 ferry" / "the Pier 7 ferry": a number that
    names a thing of a series; "Ruiz, 16," where the parser took the name for a place; "at 5
    p.m." / "at 7 p.m."): one copy prints another number, whatever it counts or names. The
    replaced stretch (``context.one_stretch_replaced``) is one word each side, a number in figures
    or in words, two values; not where either side's number is a figure the rules above compare
    (theirs to weigh: hedges, rounding, running counts), a date's or a year (the date rule's);
    inside a quotation both give, the quote rule's (no stretch). Medium."""
    replaced = ctx.copy_stretch(a, b, 1)
    if replaced is None:
        return None
    ca, cb = ctx.claims[a], ctx.claims[b]
    (_, sa), (_, sb) = replaced
    written = []
    for c, (s0, s1) in ((ca, sa), (cb, sb)):
        facts = c.facts.quantities + c.facts.dates if c.facts else []
        if any(f.start < s1 and s0 < f.end for f in facts):
            return None  # a figure the rules above compare, or a date's (the date rule's: "March 3")
        t, i, j = c.text, s0 - c.start, s1 - c.start
        # the whole figure the word is part of ("1,200": the words are "1" and "200")
        while i > 0 and (t[i - 1].isdigit() or t[i - 1] in ",." and i >= 2 and t[i - 2].isdigit()):
            i -= 1
        while j < len(t) and (t[j].isdigit() or t[j] in ",." and j + 1 < len(t) and t[j + 1].isdigit()):
            j += 1
        written.append(t[i:j])
    (ta, tb), values = written, [number_value(w) for w in written]
    if None in values or values[0] == values[1] or all(YEAR_WORD.fullmatch(w) for w in written):
        return None
    return Proposal(type="number", severity="medium", claims=(a, b),
                    explanation=f"{ctx.label(a)} says {ta!r}; {ctx.label(b)} says {tb!r}, in one sentence both print",
                    values={a: ta, b: tb})


#: after a figure, words that make it a part of a larger count: "170,000 in the province and
#: tens of thousands more elsewhere", "12 here and several more in the north" (not "and more
#: than 100 wounded", "and thousands more turned into refugees": counts of other things)
_AND_MORE = re.compile(r"^[^.;:]{0,60}?\band\s+(?:[\w,]+\s+){0,4}more"
                       r"(?:\s+(?:in|elsewhere|across|around|outside|from|at|on|beyond|abroad|overseas)\b|\s*(?:[.;,]|$))", re.I)


#: after a distance (and its conversion), the place it is measured from: "1,800km (1,100 miles)
#: off the west coast of Norland", "some 40 miles north of Ely", "12km from the Ely border"
_FROM_PLACE = re.compile(r"^[\s)]*(?:[a-z]{1,5}\b\s*)?(?:\([^)]{0,30}\)\s*)?(?:[a-z-]+\s+){0,4}?(?:off|from|of|outside|beyond)\s+"
                         r"(?:the\s+)?(?:[a-z-]+\s+){0,4}?([A-Z][^,.;:()\d]{0,40})")
_LENGTHS = frozenset({"km", "mile", "m", "foot", "yard"})


def _measured_from(claim, q) -> frozenset[str]:
    """The words of the place a distance is measured from, where the claim names it right after
    the figure; empty otherwise. Two distances from two places are two measures."""
    if q.unit not in _LENGTHS:
        return frozenset()
    m = _FROM_PLACE.match(claim.text[q.end - claim.start:])
    return frozenset(w for w in m.group(1).split() if w[:1].isupper()) if m else frozenset()


#: right before a figure, the place a relative clause gives it to: "the concert hall, where 89
#: people died", "a stadium in which at least 12 were hurt", "the pier, at which 40 boats ..."
_WHERE_BEFORE = re.compile(r"\b([A-Za-z][\w’'-]*)\s*,?\s+(?:where|in\s+which|at\s+which|on\s+which)\s+"
                           r"(?:(?:at\s+least|more\s+than|nearly|almost|about|some|over|up\s+to)\s+)?[$£€]?$", re.I)


def _place_of_count(claim, q) -> str | None:
    """The noun (lower case) a relative clause of place gives a figure to, where the figure opens
    that clause: "the concert hall, where 89 people died" -> "hall"; None otherwise. Counts of
    two places are two counts (a hall's and the whole city's)."""
    m = _WHERE_BEFORE.search(claim.text[: max(0, q.start - claim.start)])
    return m.group(1).casefold() if m else None


def _places_of(claim) -> dict[str, str]:
    """A claim's places told as where something is or happens ("in Ely", "officials in Norland":
    the facts' ``location`` role): key -> name as written."""
    f = claim.facts
    return {e.key: e.text for e in (f.entities if f else []) if e.role == "location" and e.label in ("GPE", "LOC")}


def _places_apart(ca, cb) -> bool:
    """Whether two claims each tell of places, every place of one lying apart from every place of
    the other (``places.apart``: neither can hold the other however its name is read), and
    neither claim naming the other's: figures given for two places. ("in Tulsa" / "across
    Oklahoma" are not apart: a city's count may be the state's.)"""
    pa, pb = _places_of(ca), _places_of(cb)
    if not pa or not pb:
        return False
    ta, tb = ca.text.casefold(), cb.text.casefold()
    if any(n.casefold() in tb for n in pa.values()) or any(n.casefold() in ta for n in pb.values()):
        return False
    return all(places.apart(places.readings(na, ka), places.readings(nb, kb))
               for ka, na in pa.items() for kb, nb in pb.items())


#: after a figure, a place or a time that makes it a part of a larger count: "killing 170,000
#: people in Sumatra alone", "spent $1 million in April and May alone" (not "40 who live alone")
_ALONE = re.compile(r"^[^.;:]{0,60}?\b(?:in|at|on|from|among|for|during|across)\s+((?:[\w’'-]+\s+){1,5}?)alone\b", re.I)


def _part_of_more(claim, q) -> bool:
    """Whether a claim gives a figure as a part of a larger count it does not give ("and tens of
    thousands more elsewhere")."""
    return bool(_AND_MORE.match(claim.text[max(0, q.end - claim.start):]))


def _alone(claim, q) -> frozenset[str] | None:
    """The words of the place or time a figure is given for alone ("in Sumatra alone":
    {"sumatra"}), or None."""
    m = _ALONE.match(claim.text[max(0, q.end - claim.start):])
    if m is None:
        return None
    return frozenset(w.casefold() for w in re.findall(r"[\w’'-]+", m.group(1)) if w.casefold() not in _SCOPE_FILLER)


_SCOPE_FILLER = frozenset({"the", "a", "an", "its", "their", "his", "her", "and", "of"})


def _part_alone(ca, x, cb, y) -> bool:
    """Whether one figure is given for a place or a time alone ("170,000 in Sumatra alone") and
    the other claim does not tell of that place or time: a part against a whole. ("2.5 million
    watches in Q1 2015 alone" / "2.8 million in Q1 2015" are one period's figures.)"""
    sa, sb = _alone(ca, x), _alone(cb, y)
    if (sa is None) == (sb is None):
        return False
    scope, other = (sa, cb) if sa is not None else (sb, ca)
    words = {w.casefold() for w in re.findall(r"[\w’'-]+", other.text)}
    return not scope <= words


#: dates further apart than this are of two events
DATED_APART = dt.timedelta(days=30)

#: the side a result was against, named after it ("a 2-1 win over Norland", "lost 3-0 to the
#: Hawks", "drew 1-1 with Ely") or before it ("beat Norland 2-1")
_OPPONENT_AFTER = re.compile(r"^\s*(?:[a-z]+\s+){0,2}?(?:over|against|to|with|versus|vs\.?)\s+(?:the\s+)?"
                             r"([A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*)")
_OPPONENT_BEFORE = re.compile(r"\b(?:beat|beats|beating|defeated|defeats|defeating|against|over)\s+(?:the\s+)?"
                              r"([A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*)\s+$")


#: after a figure, a lead in a game: "a 7-0 lead", "a 13-3 halftime lead", "a four-run lead",
#: "a two-goal advantage"
_LEAD_AFTER = re.compile(r"^(?:-[a-z]+)?\s+(?:(halftime|half-time|first-half|early|late)\s+|(?:commanding|comfortable|"
                         r"narrow|slim)\s+)?(?:lead|advantage|deficit|cushion|edge)\b", re.I)


def _a_lead(claim, q: Quantity) -> str | None:
    """The moment a figure is a lead of in a game ("a 13-3 halftime lead": halftime; "a 7-0
    lead", "a four-run lead": ""), None where it is no lead: a moment of a game, which two
    outlets tell at two moments unless they name the same one."""
    m = _LEAD_AFTER.match(claim.text[q.end - claim.start:])
    return (m.group(1) or "").casefold().replace("-", "") if m else None


def _opponent(claim, q: Quantity) -> frozenset[str]:
    """The words of the side a tally's result was against, where the claim names it beside the
    tally; empty otherwise."""
    if q.unit != "tally":
        return frozenset()
    m = _OPPONENT_AFTER.match(claim.text[q.end - claim.start:]) or _OPPONENT_BEFORE.search(claim.text[: q.start - claim.start])
    return frozenset(w.casefold().strip(".") for w in m.group(1).split()) if m else frozenset()


def _ordinal_alike(f, q: Quantity) -> bool:
    """Whether a claim gives a figure as the rank of its unit: "in the 25th minute" for "on 25
    minutes"; the other claim's figure of that unit is then another measure."""
    return any(o.rank == q.value and o.head and o.head.casefold().rstrip("s") == q.unit for o in f.ordinals)


def _dated_apart(fa, x, fb, y) -> bool:
    """Whether each claim dates the act its figure hangs on and every such date of one is more
    than DATED_APART from every such date of the other: their figures are two events' ("an 8.7
    quake hit in May 2012" / "a 6.1 quake hit early Tuesday"). Dates of other acts tell nothing
    ("used $84,000 to settle a suit filed in 2014" / "who used $84,000 ... resigned on Friday")."""
    da = [(d.low, d.high) for d in fa.dates if d.low and d.high and x.anchor and d.anchor == x.anchor]
    db = [(d.low, d.high) for d in fb.dates if d.low and d.high and y.anchor and d.anchor == y.anchor]
    return bool(da) and bool(db) and all(x1 + DATED_APART < y0 or y1 + DATED_APART < x0 for x0, x1 in da for y0, y1 in db)


#: a figure its claim dates this long before the article was published is the past's ("a 1992
#: explosion that killed 263", "in April 2012, 2,795 delays"), not the news's own
PAST_FIGURE = dt.timedelta(days=60)


def _figure_time(ctx: Context, cid: str, f, q: Quantity) -> str | None:
    """When a claim sets its figure: "past" where it dates the figure (by a date of the figure's
    act, of the claim's main act, or of its "was") wholly more than PAST_FIGURE before its
    article was published; "recent" where it gives a date within PAST_FIGURE of it ("Tuesday's
    explosion"); None where it gives no date, or the article's date is unknown (an undated
    figure may be either: "the couple paid $43 million in federal taxes" tells the years
    another outlet gives). A past figure and a recent one are two events' (two disasters, two
    weeks of delays). A year that names the event doing the figure's act dates it too ("the 1998
    flood ... was caused by a 9.1-metre surge": :func:`_doers_year`). "now" where the
    claim tells its figure in the present tense and dates none of its acts: the news's own time
    too ("a quake of 6.1 strikes the province")."""
    published = ctx.article(cid).published
    if not published:
        return None
    acts = {q.anchor, *f.actions[:1], "be"} - {None}
    own = [d.high for d in f.dates if d.high and d.anchor in acts]
    if own and all(d + PAST_FIGURE < published for d in own):
        return "past"
    year = _doers_year(ctx.claims[cid], f, q)
    if year is not None and dt.date(year, 12, 31) + PAST_FIGURE < published:
        return "past"  # "the 1998 flood ... was caused by a 9.1-metre surge": the figure of a past event
    if any(d.low and d.high and abs(d.high - published) <= PAST_FIGURE for d in f.dates):
        return "recent"
    if not own and f.tense == "present":
        return "now"  # "a 6.1-metre surge floods the valley" / "the 1998 flood was caused by a 9.1-metre surge"
    return None


def _doers_year(claim, f, q: Quantity) -> int | None:
    """The year that names the event doing the figure's act, written before its noun ("the 1998
    flood that drowned the valley", "a 1992 explosion killed 263"): a date the facts leave
    out (a date in an event's name is not the day of what the sentence reports), but the time of
    the figure."""
    doer = f.doers.get(q.anchor or "")
    if not doer or not doer.isalpha():
        return None
    m = re.search(rf"\b((?:1[89]|20)\d\d)\s+(?:[A-Za-z-]+\s+){{0,2}}{re.escape(doer)}\b", claim.text, re.I)
    return int(m.group(1)) if m else None


#: an age set beside a name ("Ana Ruiz, 51, said"), or before it ("the 51-year-old Ruiz")
_AGE_AFTER = re.compile(r"^,\s+(\d{1,3}),")
_AGE_BEFORE = re.compile(r"\b(\d{1,3})-year-old\s+$")
#: ages of articles further apart than this are of two times
AGE_SPAN = dt.timedelta(days=365)


def _ages_of(ctx: Context, cid: str) -> dict[str, str]:
    """Full person key -> the age a claim gives that person (as written), for ages written
    beside or before a name."""
    return beside_names(ctx, cid, full_names, _age)


def _age(before: str, after: str) -> str | None:
    """The age written beside a name (``before`` and ``after`` it), as written, if any."""
    m = _AGE_AFTER.match(after) or _AGE_BEFORE.search(before)
    return m.group(1) if m and 0 < int(m.group(1)) <= 120 else None


def ages(ctx: Context) -> list[Proposal]:
    """One person given two ages by two outlets of a story, wherever in it they stand."""
    out = []
    for key, a, x, b, y in ctx.told_of_people(lambda cid: _ages_of(ctx, cid)):
        pa, pb = ctx.article(a).published, ctx.article(b).published
        if x == y or pa and pb and abs(pa - pb) > AGE_SPAN:
            continue  # one age; or two times: the person grew older
        if abs(int(x) - int(y)) == 1:
            sev = "medium" if pa and pb and pa == pb else "low"
            note = "" if sev == "medium" else " (a year apart: a birthday may fall between the two articles)"
        else:
            sev, note = ("high", "") if ctx.comparable_times(a, b) else ("medium", " (published days apart)")
        out.append(Proposal(
            type="number", severity=sev, claims=(a, b),
            explanation=f"{ctx.label(a)} gives {ctx.name(key)!r} as {x} years old, {ctx.label(b)} as {y}{note}",
            values={a: x, b: y}, note=note,
        ))
    return out
