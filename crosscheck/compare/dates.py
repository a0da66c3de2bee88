"""Dates: the same event placed on different days.

Only claims that state one fact but for their dates are compared (the pair model's probability,
were the days to agree: :meth:`Context.alike`), and only precise dates (a day, or a span of at
most three days), once resolved against each article's own publication date (a weekday by the
tense of its verb: "met Tuesday" is the last Tuesday). Dates both claims state are set aside
(the other dates of the sentence agree); one date left in each, hung on the same verb (the day
of one event: "resigned Friday" against "resigned Thursday", not "said Monday"), that do not
meet is a finding; not the same weekday written by both, read against two weeks by the tenses
of their verbs (nothing an editor could point to). A month or part of one ("in mid-May")
against another date of the same act ("on June 2") is medium when they are at least a week
apart. Years are compared the same way ("served from 1981 to 1990" against "held the post from
1980 to 1989": in claims at least 0.8 likely to state one fact, whatever verbs tell them),
medium: a year against a year, a span against a span, and not when the other outlet gives the
same years elsewhere. Days one apart are low (the same moment written in two time zones can
fall on two dates); further apart, high, unless the articles came out days apart and one wrote
a weekday, which may have been read against another week: then medium. Articles published days
apart that each tell of an occurrence a day or two before their own date are reporting a
repeated act, each its latest ("met Sunday" on Monday, "met Thursday" on Friday): not a
finding. Nor are the days of one act told of two named people ("Governor Hale announced Monday"
/ "Mayor Moss announced Saturday": two acts), a month and a day hung on a verb that tells no
act of its own ("comes", "is"), or the day of any statement ("tweeted Tuesday"). A period's end
("funded until March 3", "serves through June 30") is the deadline of what the claim tells,
whatever verb carries it: one such day in each of two claims that state one fact but for their
days ("would keep the office open until March 3" / "reopens it through March 5"), days apart,
is a finding. One sentence two outlets print word for word but for its day or its year is a
finding whatever verb the day hangs on, a statement's too ("said Tuesday" / "said Thursday" in
two copies: one occasion on two days).
"""
from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
import re

from ..claims.facts import REPORTING_VERBS, SAYING_VERBS
from .context import (AGAIN, PENDING, STANDS, YEAR_WORD, Context, Proposal, one_day_of_month,
                      one_weekday_written, other_objects, per_article, per_claim, verb_stem)
from .quotes import FULL, day_of_saying, outside_quotes, same_occasion, same_remark, told_as_said_often, words
from .entities import given_names, name_words, qualifies_noun, qualifies_noun_possessive
from . import places
from .verbs import one_act

PRECISE = dt.timedelta(days=3)
TIME_ZONES = dt.timedelta(days=1)
MONTH = dt.timedelta(days=31)  # a date no wider than this names a month or part of one
WEEK = dt.timedelta(days=7)  # a month or part of one is another time only this far from the other date
#: claims this likely to state one fact tell one event whatever verb they tell it with
SAME_FACT = 0.8
#: ... and so do claims this likely but for their days, the one day left on each side on its
#: claim's main verb ("approved on Monday" / "passed on Wednesday"; chosen on the harness in
#: sample, checked leave one story out: docs/findings.md, session 13)
SAME_FACT_BUT_FOR_DAY = 0.9
#: ... or this likely but for their days where the main verbs' subjects name one doer ("Speaker
#: Ana Ruiz was beaten Tuesday night" / "Ruiz was soundly defeated on Sunday"; not "the mayor on
#: Monday called the ruling unfair" / "her aide pleaded guilty on Friday"; session 16)
ONE_DOER_BUT_FOR_DAY = 0.8


def _precise(ctx: Context, cid: str):
    f = ctx.claims[cid].facts
    if f is None:
        return []
    return [d for d in f.dates if d.low and d.high and d.high - d.low <= PRECISE]


@per_claim
def _event_dates(ctx: Context, cid: str):
    """Precise dates of what the claim reports, not of someone speaking about it (the day
    someone spoke is not the day of the fact, and outlets quote different statements), nor
    the start of a period ("three fires since May 4": when a series began, not a day of it;
    "since the third test in February"),
    nor the day a count stands at ("as of Tuesday, 40 cases": no act of that day)."""
    claim = ctx.claims[cid]
    return [d for d in _precise(ctx, cid) if _of_the_act(claim, d)]


def _of_the_act(claim, d) -> bool:
    """Whether a date is of what the claim reports: not the day someone spoke, nor a period's
    start, nor the day a count stands at, nor the day of an event the act is told ahead of, nor
    that of an event an opening phrase names ("With the harbour vote on Monday, ...")."""
    before = claim.text[: max(0, d.start - claim.start)]
    return d.anchor not in SAYING_VERBS and not _starts_a_period(claim, d) \
        and not _AS_OF.search(before) and not _AHEAD_OF.search(before) \
        and not (_EVENT_PHRASE.search(before) and claim.text[d.end - claim.start:].lstrip().startswith(","))


#: an opening phrase that names an event and its day, set off by a comma: "With the harbour vote
#: on Monday, the crews stayed ashore", "After the council's vote on Tuesday, the mayor ..."
#: (the event's day, not the main act's; a clause, "After he resigned on Monday," has no
#: determiner after its first word)
_EVENT_PHRASE = re.compile(r"^\W*(?:with|after|before|following|despite)\s+(?:the|a|an|this|next|last|his|her|their|its)\s+"
                           r"(?:[\w’'.-]+\s+){0,4}?(?:on\s+|in\s+|at\s+)?$", re.I)


#: the day of an event an act is told ahead of, in one phrase: "Ahead of the state's primary
#: Tuesday, the governor announced ...", "in advance of Friday's vote", "leading up to the June 4
#: runoff" (the event's day, not the act's)
_AHEAD_OF = re.compile(r"\b(?:ahead\s+of|in\s+advance\s+of|leading\s+up\s+to|in\s+the\s+run-up\s+to)\s+"
                       r"(?:(?:the|a|an|this|next|his|her|their|its)\s+)?(?:[\w’'.-]+\s+){0,4}?$", re.I)


def _of_a_prior_figure(claim, d) -> bool:
    """Whether a date tells when a figure a change started from stood ("fell to 7.7 percent from
    7.9 percent in October", "rose to 4.4 percent from March's 4.1 percent"), not the day or
    the month of the change."""
    before = claim.text[: max(0, d.start - claim.start)]
    return bool(_FROM_FIGURE.search(before)) or bool(
        _FROM_BEFORE.search(before) and _POSSESSIVE_FIGURE.match(claim.text[d.end - claim.start:]))


#: "from March's 4.1 percent": the month of the figure a change started from
_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.I)
_POSSESSIVE_FIGURE = re.compile(r"['’]s?\s+(?:[a-z-]+\s+){0,2}?[$€£]?\d")


#: a day a count stands at, no day of an act: "as of Tuesday, 40 cases were confirmed"; the end of
#: the period a regular figure counts ("for the week ending June 25, new claims came in at 1.43
#: million", "in the quarter ended Sept. 30"): a weekly report's week, not a day of the news
_AS_OF = re.compile(r"\b(?:as\s+of|(?:week|month|quarter|year|period|fortnight)s?\s+(?:end(?:ing|ed)|that\s+ended)"
                    r"(?:\s+(?:in|on))?)\s+$", re.I)
#: the time of the level a change started from: "fell to 7.7 percent from 7.9 percent in
#: October" (October's rate, not the month it fell)
_FROM_FIGURE = re.compile(r"\bfrom\s+(?:about\s+|nearly\s+|roughly\s+|around\s+)?[$€£]?\d[\d.,]*\s*"
                          r"(?:%|percent|per\s+cent|(?:thousand|million|billion)\b)?\s*(?:in|on|at\s+the\s+end\s+of)?\s*$", re.I)
#: a day that starts a period: "since May 4"
_SINCE_DAY = re.compile(r"\bsince\s+$", re.I)
#: ... or the day of what a period starts with: "since Pyongyang's third nuclear test in February"
_SINCE_THING = re.compile(r"\bsince\s+((?:[\w’'-]+\s+){1,6}?)(?:in|on)\s+$", re.I)


def _starts_a_period(claim, d) -> bool:
    """Whether a date starts a period the claim tells ("since May 4"), or dates the thing a
    period starts with ("tensions have been rising since the third test in February": the
    test's month, not a month of the rising; not "since he resigned in February", where the
    date hangs on the phrase's own verb)."""
    before = claim.text[: max(0, d.start - claim.start)]
    if _SINCE_DAY.search(before):
        return True
    m = _SINCE_THING.search(before)
    return m is not None and not (d.anchor and re.search(rf"\b{verb_stem(d.anchor)}", m.group(1), re.I))


def matched(ra: list, rb: list, told_otherwise: bool = False, kin: bool = False):
    """The dates of two claims told as the days of one event: those that hang on one verb,
    one on each side ("resigned Friday" against "resigned Thursday"; not "announced Wednesday"
    against "set for June 9"). In claims this likely to state one fact (``told_otherwise``),
    the one date left on each side is the same event's, whatever verb tells it ("served from
    1981" against "held the post from 1980"). ``kin``: on verbs that can tell one act as well
    ("quit" / "left", "hit" / "struck": crosscheck.compare.verbs), for months, not for days or
    years: on the samples, kin verbs a day apart were as often two stages of one event ("shot" /
    "killed") or an act and one expected of it, and years apart two acts ("elected to the board" /
    "chosen as president"; docs/findings.md, session 45)."""
    if told_otherwise and len(ra) == 1 and len(rb) == 1:
        return [(ra[0], rb[0])]
    same = one_act if kin else _one_verb
    out = []
    for x in ra:
        ys = [y for y in rb if same(x.anchor, y.anchor)]
        if len(ys) == 1 and sum(1 for z in ra if same(z.anchor, ys[0].anchor)) == 1:
            out.append((x, ys[0]))
    return out


def _one_verb(u: str | None, v: str | None) -> bool:
    return u is not None and u == v


#: words that make a date the end of a period: "until March 3", "through June 30"
_UNTIL = re.compile(r"\b(?:until|till|through)\s+$", re.I)


@per_claim
def _period_ends(ctx: Context, cid: str):
    """Precise dates a claim gives as the end of a period ("open until March 3"): the deadline
    of what it tells, whichever verb the parser hangs it on."""
    return [d for d in _event_dates(ctx, cid) if _ends_period(ctx.claims[cid], d)]


def _ends_period(claim, d) -> bool:
    """Whether a claim writes a date as the end of a period ("until March 3", "through June")."""
    return bool(_UNTIL.search(claim.text[: max(0, d.start - claim.start)]))


def _totals_to_two_ends(ca, x, cb, y) -> bool:
    """Whether two dates each end a period ("through June", "until the end of July") whose act
    each claim gives a figure of one unit, the figures no value in common: two running totals,
    each to its own end (a total to one end told two ways gives one figure)."""
    if not (_ends_period(ca, x) and _ends_period(cb, y)):
        return False
    def figures(claim, d) -> dict[str, set[float]]:
        out: dict[str, set[float]] = {}
        for q in (claim.facts.quantities if claim.facts else []):
            if q.anchor and q.anchor == d.anchor:
                out.setdefault(q.unit, set()).add(q.value)
        return out
    fa, fb = figures(ca, x), figures(cb, y)
    return any(not fa[u] & fb[u] for u in set(fa) & set(fb))


FRESH = dt.timedelta(days=2)
#: verbs that tell no act of their own: a month and a day that hang on one of them ("Friday's
#: vote comes after the ruling in June") are the dates of what the nouns around them name
LIGHT_VERBS = {"be", "come", "go", "get", "have"}
#: verbs that set two things in order ("the mayor's remarks follow a string of letters on
#: Monday", "they came after the board on Tuesday faulting ..."): a day on one of them is the day
#: of one of the two things, which the parse does not tell, and no act of its own
SEQUENCE_VERBS = {"follow", "precede"}
#: verbs of coming to know: "we're learning more about the attack early Friday" tells the day of
#: the attack on the learning's verb; no act whose day another verb of the pair could tell
#: (nor can a light verb's: "did have a previously scheduled meeting Monday" / "met Friday")
KNOWING_VERBS = {"learn", "know", "hear", "realize", "realise"}


def _each_its_latest(ctx: Context, a: str, b: str, x, y) -> bool:
    """Whether two articles published days apart each tell of an occurrence a day or two
    before their own date ("met Sunday" on Monday, "met Thursday" on Friday): a repeated act,
    each outlet reporting the latest one, not one event on two days. Only where the later
    article's occurrence comes after the earlier article was out: an outlet that published on
    the day the other outlet dates the act, or later, could have told that day and told another
    ("was voted out Sunday night" in an article of Tuesday / "was voted out on Tuesday" in one
    of Thursday: one vote, two days)."""
    pa, pb = ctx.article(a).published, ctx.article(b).published
    if not (pa and pb) or abs((pa - pb).days) < 2:
        return False
    early, late_day = (pa, y) if pa < pb else (pb, x)  # the earlier article's date, the later one's day
    if late_day.high is not None and late_day.high <= early:
        return False
    return _fresh(pa, x) and _fresh(pb, y)


#: a month that ended this long before the other claim's fresh day is an earlier occasion
EARLIER = dt.timedelta(days=30)


def _an_earlier_month(ctx: Context, a: str, b: str, x, y, ca: list, cb: list) -> bool:
    """Whether one claim tells an act of a day just before its article came out and the
    other the same act in a month well before that ("threatened on Friday to close the port"
    / "In October, Ruiz threatened to close the port"): the act told again, not one act
    dated two ways."""
    # (a claim's date, the coarse dates of its claim; the other's date, the other's coarse dates)
    for day, own_coarse, month, other_coarse, cid in ((x, ca, y, cb, a), (y, cb, x, ca, b)):
        if month in other_coarse and day not in own_coarse:
            published = ctx.article(cid).published
            if published and _fresh(published, day) and month.high < day.low - EARLIER:
                return True
    return False


def _one_weekday(x, y) -> bool:
    """Whether two dates are the same weekday written by both outlets, read against different
    weeks: the week is crosscheck's reading of each verb's tense ("Sunday closes the filing
    window" read as the Sunday past, "Sunday will close it" as the next), not a day either outlet
    wrote, and nothing an editor could point to in the two sentences."""
    return one_weekday_written(x, y) or _same_words(x, y) or _weekday_of_day(x, y) or _weekday_of_day(y, x)


def _weekday_of_day(x, y) -> bool:
    """Whether ``x`` is a weekday written alone and ``y`` a day of a month that falls on it
    ("opened fire on Friday" / "opened fire on Dec. 6", a Friday): a weekday names no week,
    and read as the last one it fixes a day the other outlet's date need not contradict."""
    return x.weekday is not None and x.day is None and x.month is None and y.day is not None \
        and y.low == y.high and y.low.weekday() == x.weekday


def _same_words(x, y) -> bool:
    """Whether two outlets wrote one relative date in the same words ("later in the year" in
    both, read against two publication days a year-end apart): nothing an editor could point to."""
    return " ".join(x.text.casefold().split()) == " ".join(y.text.casefold().split())


def _fresh(published: dt.date, d) -> bool:
    """Whether a date falls within FRESH days before the publication date."""
    return dt.timedelta(0) <= published - d.high <= FRESH


def _meet(x, y, slack: dt.timedelta = dt.timedelta(0)) -> bool:
    return x.low - slack <= y.high and y.low - slack <= x.high


def _near(x, y) -> bool:
    """Whether two dates, one of them a month or part of one, meet within a week ("late April"
    / "May 2": one time, told loosely); two whole months must meet ("in April" / "in May" are
    two months, though one ends the day before the other starts)."""
    return _meet(x, y, dt.timedelta(0) if _whole_month(x) and _whole_month(y) else WEEK)


def _whole_month(d) -> bool:
    return d.low.day == 1 and d.high == d.low.replace(day=calendar.monthrange(d.low.year, d.low.month)[1])


def _when(d) -> str:
    return f"{d.low}{'' if d.high == d.low else f'..{d.high}'}"


def _two_events(fa, fb) -> bool:
    """Whether two claims each name an event (a storm, a war, a games) and none the other's
    ("destroyed by Hurricane Ada in 1998" / "destroyed in Hurricane Bo in 2005"): the dates of
    two occasions."""
    ea = {e.key for e in fa.entities if e.label == "EVENT"}
    eb = {e.key for e in fb.entities if e.label == "EVENT"}
    return bool(ea) and bool(eb) and not ea & eb


#: a plan's date told as one it had before a change: "the previous deadline", "the original
#: date", "was initially scheduled for"
_EARLIER_PLAN = re.compile(r"\b(?:(?:previous|original|initial|earlier|prior|old)\s+(?:[\w-]+\s+)?"
                           r"(?:deadline|date|schedule|timetable|timeline|target)s?"
                           r"|(?:originally|initially|previously)\s+(?:been\s+)?(?:scheduled|set|planned|slated|due))\b", re.I)


def _earlier_plan(ta: str, tb: str) -> bool:
    """Whether one of two claims, not both, dates a plan as it stood before a change ("The
    previous deadline was midnight Monday" / "The deadline is midnight Tuesday"): two versions
    of the plan, each its own day."""
    return bool(_EARLIER_PLAN.search(ta)) != bool(_EARLIER_PLAN.search(tb))


def find(ctx: Context) -> list[Proposal]:
    out = []
    for a, b in ctx.compared_pairs():
        fa, fb = ctx.claims[a].facts, ctx.claims[b].facts
        if fa is None or fb is None or not fa.dates or not fb.dates:
            continue  # a date on each side, or nothing to compare
        if _two_events(fa, fb):
            continue  # two named events, each on its own date
        if _earlier_plan(ctx.claims[a].text, ctx.claims[b].text):
            continue  # "the original date was May 2" / "the vote is on May 9": a plan before and after a change
        da, db = _event_dates(ctx, a), _event_dates(ctx, b)
        ra = [x for x in da if not any(_meet(x, y) for y in db)]
        rb = [y for y in db if not any(_meet(x, y) for x in da)]
        # the one date of each of two claims likely to state one fact, each on its claim's
        # main verb ("agreed on Friday to reopen the port" / "announced Friday a plan to reopen
        # it"), or one fact but for those days; not a date inside what someone said ("said
        # that she was dismissed Friday")
        main = len(ra) == 1 and len(rb) == 1 \
            and (ctx.probability(a, b) >= SAME_FACT or ctx.alike(a, b) >= SAME_FACT_BUT_FOR_DAY
                 or ctx.alike(a, b) >= ONE_DOER_BUT_FOR_DAY and _one_doer(ctx, a, b)) \
            and all(x.anchor == ctx.claims[c].facts.predicate for c, xs in ((a, ra), (b, rb)) for x in xs) \
            and not any(x.anchor in LIGHT_VERBS | KNOWING_VERBS for x in ra + rb)
        if _two_doers(ctx, a, b):
            continue  # days of one act told of two people ("Governor Hale announced Monday" /
            # "Mayor Moss announced Saturday": two announcements)
        pairs = matched(ra, rb, main)
        # the one end of a period on each side, in claims that state one fact but for their
        # days: "keep the port open until March 3" / "reopening the port until March 5"
        ea, eb = _period_ends(ctx, a), _period_ends(ctx, b)
        if not pairs and len(ea) == 1 and len(eb) == 1 and ea[0] in ra and eb[0] in rb \
                and (ctx.probability(a, b) >= SAME_FACT or ctx.alike(a, b) >= SAME_FACT_BUT_FOR_DAY):
            pairs = [(ea[0], eb[0])]
        for x, y in pairs:
            if _years_apart(x, y):
                continue  # two occasions a decade or more apart
            if (x in ea) != (y in eb):
                continue  # "worked there until Monday" / "flew out on May 20": a period's end is no day of an act
            if x.anchor and y.anchor and x.anchor != y.anchor \
                    and (_told_before_or_after(ctx.claims[b].text, x.anchor) or _told_before_or_after(ctx.claims[a].text, y.anchor)):
                continue  # "was detained Tuesday" / "resigned Friday ..., days after being detained": the
                # other claim sets the act, undated, before or after its own, whose day it gives
            if _dated_thing_told_apart(ctx.claims[a], x, ctx.claims[b].text) \
                    or _dated_thing_told_apart(ctx.claims[b], y, ctx.claims[a].text):
                continue  # "rode his win in the county primary on Saturday" / "swept the state on
                # Tuesday, building on the county win": the day of the thing the other tells before its own act
            if x.anchor in SEQUENCE_VERBS or y.anchor in SEQUENCE_VERBS:
                continue  # "the remarks follow letters on Monday": the day of what is followed, or of what follows
            if _made_known(fa, x, fb, y):
                continue  # "will visit in July, the ambassador revealed Thursday" / "will visit on July 13"
            if day_of_saying(ctx.claims[a], x) != day_of_saying(ctx.claims[b], y):
                continue  # "said Monday they will not attend" / "will not attend on May 9": the day of the saying
            ba, bb = _bound(ctx.claims[a], x), _bound(ctx.claims[b], y)
            if ba and bb and ba != bb:
                continue  # "expired on or before March 5" / "expired on or after Sept. 5": the two
                # ends of what is allowed, not one day told two ways
            if _nth_of_its_kind(ctx.claims[a], x, ctx.claims[b], y):
                continue  # "made its second landfall early Wednesday" / "made landfall late Friday":
                # the act told as one more of its kind by one claim only, another occasion
            if _once_more(ctx, a, x) or _once_more(ctx, b, y):
                continue  # "Ruiz also sold shares on May 9" / "Ruiz sold shares on May 2", an act the story
                # tells on several days: another sale
            if _again_later(ctx, a, x, b, y):
                continue  # "On Monday, the mayor again denied it" / "denied it on Saturday": the first time
            if _one_weekday(x, y):
                continue  # "Sunday closes the window" / "Sunday will close it": both wrote Sunday, the week is ours
            if one_day_of_month(x, y):
                continue  # "a June 9 payment" / "a June 9, 2016, payment": one wrote no year, the year is ours
            if one_act(x.anchor, y.anchor) and _two_doers_of(ctx, a, b, x.anchor, y.anchor):
                continue  # one verb, two doers: "the motion Vance filed on May 2" / "Ruiz filed her reply
                # Monday"; "the Assembly passed it on Friday" / "the bill the Senate passed Thursday"
            if one_act(x.anchor, y.anchor) and other_objects(fa, fb, x.anchor, y.anchor):
                continue  # one verb done with two people: "met Vance on May 2" / "met with Ruiz on May 9"
            if one_act(x.anchor, y.anchor) and _other_places(fa, fb, x.anchor, y.anchor):
                continue  # one verb done at two places: "sheltered at the Norlandic embassy by Wednesday" /
                # "sheltered at the Estlandic residence on Tuesday"
            if _occasion(fa, fb, x, y) and ctx.told_elsewhere(a, b, _days_stated(ctx, b, x), _days_stated(ctx, a, y)):
                continue  # "Tuesday night's debate ran late" / "Wednesday night's debate": days that name
                # an occasion, and the other outlet gives this day too (two nights of a series)
            if _set_and_done(fa, fb, x, y) or _to_come_and_past(ctx, a, b, x, y):
                continue  # "was scheduled to leave at 11:55 pm on Sunday" / "left on Jan. 1": the day an act
                # was set for and the day it was done (the status rule tells set against done)
            if not _each_its_latest(ctx, a, b, x, y):
                out.append(_finding(ctx, a, b, x, y, told_otherwise=x.anchor != y.anchor))
        out += _yearless_days(ctx, a, b)
        # days of a month, or a month ("in mid-June" against "on July 2"): at least a week apart
        ca, cb = _coarse(ctx, a), _coarse(ctx, b)
        if ca or cb:
            # (a month of the level a change started from meets the other's, but is no act's month)
            fa, fb = [x for x in ca + da if not any(_near(x, y) for y in db + cb) and not _of_a_prior_figure(ctx.claims[a], x)], \
                [y for y in cb + db if not any(_near(x, y) for x in da + ca) and not _of_a_prior_figure(ctx.claims[b], y)]
            for x, y in matched(fa, fb, kin=True):
                if x.anchor in LIGHT_VERBS | SEQUENCE_VERBS or y.anchor in SEQUENCE_VERBS:
                    continue  # "Friday's vote comes after the ruling in June": no act of its own
                if _years_apart(x, y):
                    continue  # "sworn in last June" / "sworn in in May 1987": two occasions
                if _ends_period(ctx.claims[a], x) != _ends_period(ctx.claims[b], y):
                    continue  # "left members in a recess until Friday" / "a trial expected to start next
                    # month": a period's end is no month of an act
                if day_of_saying(ctx.claims[a], x) != day_of_saying(ctx.claims[b], y):
                    continue  # "said earlier this month they will not attend" / "will not be there in
                    # September": the day of the saying against the month of the act
                if one_day_of_month(x, y) or _same_words(x, y):
                    continue  # "pleaded guilty in May" / "in May 2021": one wrote no year, the year is ours;
                    # "later in the year" in both, read against two days a year-end apart
                if _totals_to_two_ends(ctx.claims[a], x, ctx.claims[b], y):
                    continue  # "raised $229 million through June" / "$156 million through the end of July":
                    # two running totals, each to its own end, no one act's two dates
                if (x in ca or y in cb) and not _each_its_latest(ctx, a, b, x, y) \
                        and not _an_earlier_month(ctx, a, b, x, y, ca, cb):
                    out.append(_finding(ctx, a, b, x, y, coarse=True))
        ya, yb = _years(ctx, a), _years(ctx, b)
        out += _month_and_year(ctx, a, b, ca, yb) + _month_and_year(ctx, b, a, cb, ya)
        # years: in claims likely to state one fact and stating one date each, whatever verbs
        # tell them (days are not loosened so: "criticised the council on Monday" against
        # "said she was dismissed Friday" are the days of two acts in one likely pair)
        loose = _one_date(ctx, a) and _one_date(ctx, b) and ctx.probability(a, b) >= SAME_FACT
        years = matched([x for x in ya if _span(x) not in {_span(y) for y in yb}],
                        [y for y in yb if _span(y) not in {_span(x) for x in ya}], loose)
        # the year a period starts, one on each side, whatever verbs tell it: "a tradition
        # dating back to 1911" / "a race that has, since 1911, drawn ..."
        sa, sb = _period_starts(ctx, a), _period_starts(ctx, b)
        starts = not years and len(sa) == 1 and len(sb) == 1 and sa[0].low.year != sb[0].low.year
        if starts:
            years = [(sa[0], sb[0])]
        for x, y in years:
            if _ranged(x) != _ranged(y) and not starts:
                continue  # "since 2004" against "2004 to 2012"
            if _years_apart(x, y):
                continue  # "elected in 1994" / "elected in 2016": two occasions
            if _year_role(ctx, a, x) != _year_role(ctx, b, y):
                continue  # "have cut emissions 13 percent since 2005" / "aim to cut them 30 percent by
                # 2030": a period's start against a deadline, or against the year of an act
            if _same_words(x, y):
                continue  # "later in the year" in both, read against two pages a year-end apart
            if ctx.told_elsewhere(a, b, _years_stated(ctx, b, x), _years_stated(ctx, a, y)):
                continue  # the other outlet gives it too (but not in a pair one fact beyond doubt)
            out.append(Proposal(
                type="date", severity="medium", claims=(a, b),
                explanation=f"{ctx.label(a)} says {x.text!r}; {ctx.label(b)} says {y.text!r}",
                values={a: x.text, b: y.text},
            ))
    out += ctx.on_untold_pairs(out, _copy_with_another_day)
    return out + ctx.on_untold_pairs(out, _remark_on_two_days)


#: the most words of the one stretch two copies of a sentence replace, for its days to be read
COPY_DAY_WORDS = 3


def _copy_with_another_day(ctx: Context, a: str, b: str) -> Proposal | None:
    """Two outlets print one sentence nearly word for word but for its day ("the council said
    Tuesday it would appeal" / "the council said Thursday it would appeal") or its year ("was
    founded in 1911" / "in 1912"): the copies tell one occasion on two days, whatever the verb
    (the day someone spoke too, which the rules above leave out: outlets that tell in their own
    words may tell two statements). The replaced stretch (``context.one_stretch_replaced``, at
    most COPY_DAY_WORDS words) is one year word on each side (medium, as years are; a year that
    names an event too, "the 2031 regatta", which the date facts leave out), or holds one precise
    date on each side, two days. Not a weekday or a day of a month both wrote alike, nor the day a
    count stands at ("as of Monday"); a date inside a quotation both give is the quote rule's
    (no stretch)."""
    replaced = ctx.copy_stretch(a, b, COPY_DAY_WORDS)
    if replaced is None:
        return None
    ca, cb = ctx.claims[a], ctx.claims[b]
    (wa, sa), (wb, sb) = replaced
    if len(wa) == len(wb) == 1 and YEAR_WORD.fullmatch(wa[0]) and YEAR_WORD.fullmatch(wb[0]):
        # one year each, the date facts read or not (a year naming an event, "the 2031 regatta",
        # is no date of what the sentence tells, but two copies that name it otherwise differ)
        ta, tb = (c.text[s[0] - c.start: s[1] - c.start] for c, s in ((ca, sa), (cb, sb)))
        return Proposal(type="date", severity="medium", claims=(a, b),
                        explanation=f"{ctx.label(a)} says {ta!r}; {ctx.label(b)} says {tb!r}, in one sentence both print",
                        values={a: ta, b: tb})
    xs = [d for d in ca.facts.dates if d.low and d.high and d.start < sa[1] and sa[0] < d.end]
    ys = [d for d in cb.facts.dates if d.low and d.high and d.start < sb[1] and sb[0] < d.end]
    if len(xs) != 1 or len(ys) != 1:
        return None
    if any(_AS_OF.search(c.text[: max(0, d.start - c.start)]) for c, d in ((ca, xs[0]), (cb, ys[0]))):
        return None  # "as of Monday, 400 cases" / "as of Tuesday, 400 cases": a count as it stood, two updates
    (x,), (y,) = xs, ys
    ba, bb = _bound(ca, x), _bound(cb, y)
    if ba and bb and ba != bb:
        return None  # "on or before March 5" / "on or after Sept. 5": two ends, the words around them changed too
    if x.high - x.low > PRECISE or y.high - y.low > PRECISE or _meet(x, y) or _one_weekday(x, y) or one_day_of_month(x, y):
        return None  # a month or a year against another date: the rules above read those
    found = _finding(ctx, a, b, x, y)
    return dataclasses.replace(found, explanation=f"{found.explanation}, in one sentence both print")


#: a remark, to be told as said on one occasion, is quoted alike in this many words or more
ONE_REMARK = FULL


def _remark_on_two_days(ctx: Context, a: str, b: str) -> Proposal | None:
    """Two outlets quote one remark (ONE_REMARK words or more lining up: ``quotes.same_remark``),
    of one speaker where both name theirs, and each gives the one day it was said, on a verb of
    saying outside the quotation ("the mayor said Sunday" / "the mayor announced in a statement
    Tuesday"): one occasion on two days. The rules above leave a statement's day out (outlets that
    tell statements in their own words may tell two of them); the remark both quote ties the two
    to one occasion. Medium at most, low a day apart: a speaker may say one thing twice. Not a
    remark told as said often ("has repeatedly said"), nor articles more than a week apart, nor
    one weekday, or one day of a month, written by both."""
    ca, cb = ctx.claims[a], ctx.claims[b]
    fa, fb = ca.facts, cb.facts
    if fa is None or fb is None or not same_occasion(ctx, a, b):
        return None
    qa, qb = [q for q in fa.quotes if not q.posted], [q for q in fb.quotes if not q.posted]
    alike = [(x, y) for x in qa for y in qb if same_remark(words(x.text), words(y.text)) >= ONE_REMARK]
    if not alike or any(x.speaker and y.speaker and not x.inferred and not y.inferred
                        and ctx.entity_map.get(x.speaker, x.speaker) != ctx.entity_map.get(y.speaker, y.speaker)
                        for x, y in alike):
        return None  # no remark both quote, or two speakers (the quote rule's)
    if told_as_said_often(ca.text) or told_as_said_often(cb.text):
        return None  # "has repeatedly said ...": the words of many days (as the quote rule reads them)
    xs, ys = (
        [d for d in _precise(ctx, cid) if d.anchor in MADE_KNOWN
         and not any(q.start <= d.start < q.end for q in c.facts.quotes)
         and not _AS_OF.search(c.text[: max(0, d.start - c.start)])]
        for cid, c in ((a, ca), (b, cb)))
    if len(xs) != 1 or len(ys) != 1:
        return None
    (x,), (y,) = xs, ys
    if _meet(x, y) or _one_weekday(x, y) or one_day_of_month(x, y) or _same_words(x, y):
        return None
    found = _finding(ctx, a, b, x, y)
    if found.severity == "high" or "several other days" in found.explanation:
        found = dataclasses.replace(found, severity="medium")
    return dataclasses.replace(found, explanation=f"{found.explanation}, saying one remark both quote")


@per_claim
def _yearless(ctx: Context, cid: str):
    """Days of a month a claim gives without a year, where its article has no date to give
    them one ("the ferry will sail to Pelland on Aug. 25", on a page that shows no date):
    read as the precise dates are (not the day someone spoke, nor a period's start)."""
    claim = ctx.claims[cid]
    return [d for d in (claim.facts.dates if claim.facts else []) if d.low is None and d.year is None
            and d.month and d.day and _of_the_act(claim, d)]


def _yearless_days(ctx: Context, a: str, b: str) -> list[Proposal]:
    """Two days of one month-and-day each, given without a year by two undated articles of one
    story, on one verb, in a pair at least STANDS likely to state one fact as it stands: "the
    ferry will sail to Pelland on Aug. 25" / "will sail ... for the regatta on August 27". No
    year places either, but two outlets of one story tell one act's day; the same checks as for
    dated days apply (two doers, one verb done with two people, a day made known against the day
    of the act). Not days told with two verbs ("resigned Sept. 4" / "fell ill on Aug. 29, and
    resigned a week later"), nor pairs that only their neutralised days make alike (two arrests
    of one man, a month apart in two places)."""
    xa, xb = _yearless(ctx, a), _yearless(ctx, b)
    if not xa or not xb or ctx.probability(a, b) < STANDS:
        return []  # (not pairs only a neutralised day makes alike: with no year, nothing else dates them)
    fa, fb = ctx.claims[a].facts, ctx.claims[b].facts
    out = []
    for x, y in matched(xa, xb):
        if (x.month, x.day) == (y.month, y.day) or any((x.month, x.day) == (z.month, z.day) for z in xb) \
                or any((y.month, y.day) == (z.month, z.day) for z in xa):
            continue  # the same day, or a day the other claim gives too
        if x.anchor in SEQUENCE_VERBS | LIGHT_VERBS or y.anchor in SEQUENCE_VERBS | LIGHT_VERBS or _made_known(fa, x, fb, y):
            continue
        if one_act(x.anchor, y.anchor) and (_two_doers_of(ctx, a, b, x.anchor, y.anchor) or other_objects(fa, fb, x.anchor, y.anchor)):
            continue  # one verb, two doers, or done with two people: two acts
        try:  # (2000: a leap year, so "Feb. 29" is a day)
            gap = abs((dt.date(2000, x.month, x.day) - dt.date(2000, y.month, y.day)).days)
        except ValueError:
            continue  # no such day ("Sept. 31"): misread
        note = " (a day apart: time zones may explain it)" if gap == 1 else ""
        out.append(Proposal(
            type="date", severity="low" if gap == 1 else "medium", claims=(a, b),
            explanation=f"{ctx.label(a)} says {x.text!r}; {ctx.label(b)} says {y.text!r} (neither page gives a year){note}",
            values={a: x.text, b: y.text}, note=note or " (neither page gives a year)",
        ))
    return out


#: verbs that make an act known: the day one of them hangs on is the day the act was made
#: known ("will visit the country in July, the ambassador revealed Thursday"), not the act's
MADE_KNOWN = REPORTING_VERBS | SAYING_VERBS | {"reveal", "disclose"}


def _made_known(fa, x, fb, y) -> bool:
    """Whether one claim's day hangs on a verb that makes an act known and the other claim's
    day on another verb, an act the first claim tells too ("will travel to London in July, the
    palace confirmed Thursday" / "will travel to London on July 13"): the day of the telling
    against the day of the act it tells."""
    return any(u.anchor in MADE_KNOWN and v.anchor and v.anchor != u.anchor and v.anchor in fu.acts
               for fu, u, v in ((fa, x, y), (fb, y, x)))


#: a word telling an act as one more of its kind: "Ruiz also sold shares", "was again arrested"
_ONCE_MORE = re.compile(r"\b(?:also|again|separately|additionally)\b", re.I)


def _once_more(ctx: Context, cid: str, d) -> bool:
    """Whether a claim tells the act a date hangs on as one more of its kind ("also", "again",
    before the date, outside quotation marks) where the story tells that act on several days:
    one of its occasions, not the one another outlet dates."""
    claim = ctx.claims[cid]
    before = outside_quotes(claim.text[: max(0, d.start - claim.start)])
    return bool(_ONCE_MORE.search(before)) and _days_of_act(ctx, cid, d.anchor) >= SEVERAL_DAYS


def _again_later(ctx: Context, a: str, x, b: str, y) -> bool:
    """Whether one claim tells its act as done again ("On Monday, the mayor again denied
    wrongdoing", outside quotation marks) on a day after the other claim's day for it ("denied
    it on Saturday"): the earlier one is the first time, not the same act dated otherwise."""
    for c, u, v in ((a, x, y), (b, y, x)):
        if u.low and v.high and u.low > v.high and AGAIN.search(outside_quotes(ctx.claims[c].text)):
            return True
    return False


#: the words just before a date that make it a bound: the last day of what is told ("on or before",
#: "until", "no later than") or its first ("on or after", "since", "starting")
_UPPER_BOUND = re.compile(r"\b(?:before|until|till|through|prior\s+to|no\s+later\s+than)\s+(?:the\s+)?$", re.I)
_LOWER_BOUND = re.compile(r"\b(?:after|since|from|starting|beginning|no\s+earlier\s+than)\s+(?:the\s+)?$", re.I)


def _bound(claim, d) -> str | None:
    """Whether a claim writes a date as an upper bound ("on or before March 5", "until May"),
    a lower one ("on or after", "since"), or neither (None)."""
    before = claim.text[: max(0, d.start - claim.start)]
    return "upper" if _UPPER_BOUND.search(before) else "lower" if _LOWER_BOUND.search(before) else None


def _nth_of_its_kind(ca, x, cb, y) -> bool:
    """Whether one claim counts the thing whose date it gives as the second (third, ...) of its
    kind ("made its second landfall early Wednesday": the ordinal before the date ``x`` in its
    clause) and the other claim gives that thing no count: another occasion of the act than the
    other's, each on its own day. Both counting it alike ("its second landfall" twice) tell one
    occasion; an ordinal elsewhere in the sentence ("Ruiz, the third witness to speak, testified
    Tuesday") counts something else. "met for the third time on Monday" counts the meeting."""
    def counts(c) -> list:  # "its second landfall"; "met for the third time"
        return [o for o in c.facts.ordinals if o.rank >= 2 and o.head and (not o.general or o.head == "time")]

    def before_the_day(c, d) -> bool:  # an ordinal before the date, in its clause
        return any(o.end <= d.start and not _CLAUSE_BREAK.search(c.text[o.end - c.start: d.start - c.start])
                   for o in counts(c))
    return (before_the_day(ca, x) or before_the_day(cb, y)) and not {o.head for o in counts(ca)} & {o.head for o in counts(cb)}


#: what sets a clause apart from the words before it: a comma, a semicolon, a dash, a bracket
_CLAUSE_BREAK = re.compile(r"[,;:()\u2013\u2014]|\s-\s|--")


#: entity labels of places
_PLACE_LABELS = frozenset({"GPE", "NORP", "LOC", "FAC"})


def _other_places(fa, fb, verb_a: str | None, verb_b: str | None) -> bool:
    """Whether two claims tell an act at two places: each names a place (a country's adjective
    too: "the Norlandic embassy") in a role of the act's verb other than its subject, and every
    place of one lies apart from every place of the other as the gazetteer reads them (a city and
    its country are not apart; a name it does not know is apart from nothing)."""
    def at(f, verb) -> set[str]:
        return {e.key for e in f.entities if e.label in _PLACE_LABELS and e.anchor and not e.anchor.startswith("nsubj")
                and e.anchor.partition(":")[2] == verb}
    pa, pb = at(fa, verb_a), at(fb, verb_b)
    return bool(pa) and bool(pb) and not pa & pb \
        and all(places.apart(places.readings(x), places.readings(y)) for x in pa for y in pb)


#: words that set what follows them before or after a claim's own act
_BEFORE_OR_AFTER = r"after|before|since|following|ahead\s+of"


def _told_before_or_after(text: str, verb: str) -> bool:
    """Whether a claim tells an act (a verb's lemma) in a clause of time set against its own
    ("days after being detained", "before being sworn in", "following her dismissal"): an act
    it gives no day of its own."""
    return bool(re.search(rf"\b(?:{_BEFORE_OR_AFTER})\b(?:\W+[\w'’]+){{0,3}}?\W+{verb_stem(verb)}", text, re.I))


#: dates this many years apart or more are two occasions: a copy slip moves a year by one or
#: two, no outlet misdates an act by a decade ("sworn in last June" / "sworn in in May 1987",
#: each of its own officer)
YEARS_APART = 10


def _years_apart(x, y) -> bool:
    """Whether two dates lie YEARS_APART years apart or more (their nearest ends)."""
    if not (x.low and x.high and y.low and y.high):
        return False
    lo, hi = (x, y) if x.high <= y.high else (y, x)
    return hi.low.year - lo.high.year >= YEARS_APART


#: a clause of time that sets what it names before or after the claim's own act
_TIME_CLAUSE = re.compile(rf"\b(?:{_BEFORE_OR_AFTER}|building\s+on|on\s+the\s+heels\s+of|fresh\s+(?:off|from)|"
                          r"in\s+the\s+wake\s+of)\b((?:\W+[\w'’]+){1,5})", re.I)
#: words of a claim read just before its date for what the date is of ("his win in the county's
#: primary on Saturday": win, county, primary)
DATED_WORDS = 5
#: words before a date that name no thing dated
_NOT_THINGS = frozenset({"last", "next", "this", "that", "early", "late", "later", "earlier", "from", "until", "since",
                         "their", "there", "which", "when", "with", "into", "during", "about", "after", "before"})


def _word_keys(text: str) -> list[str]:
    """A stretch's words, lower-cased, a possessive's "'s" left off."""
    return [w.casefold().removesuffix("'s").removesuffix("’s") for w in re.findall(r"[\w'’]+", text)]


def _dated_thing_told_apart(claim, x, other: str) -> bool:
    """Whether the other claim names, in a clause of time set against its own act ("building
    on the county win", "days after the primary"), a word of four letters or more that this
    claim writes among the DATED_WORDS words right before its date: this claim's day is of
    that thing, which the other sets apart from the act it dates."""
    before = re.findall(r"[\w'’]+", claim.text[: max(0, x.start - claim.start)])[-DATED_WORDS:]
    dated = {k for w, k in zip(before, _word_keys(" ".join(before))) if len(w) >= 4} - _NOT_THINGS
    return any(dated & set(_word_keys(m.group(1))) for m in _TIME_CLAUSE.finditer(other))


def _two_doers(ctx: Context, a: str, b: str) -> bool:
    """Whether the subjects of two claims' main verbs are people who share no name word."""
    return _two_people(_subject_people(ctx, a), _subject_people(ctx, b))


def _two_people(pa: frozenset[str], pb: frozenset[str]) -> bool:
    return bool(pa) and bool(pb) and not pa & pb


@per_claim
def _subject_people(ctx: Context, cid: str) -> frozenset[str]:
    """The name words of the people named as the subject of a claim's main verb (not "Mr.
    Vance's adviser")."""
    f = ctx.claims[cid].facts
    return _doing(ctx, cid, f.predicate) if f.predicate else frozenset()


def _two_doers_of(ctx: Context, a: str, b: str, verb: str, verb_b: str | None = None) -> bool:
    """Whether two claims name two different doers of ``verb`` (in ``b``, of ``verb_b`` where
    it tells the act with another verb): people, or (where the people they name do not tell
    them apart) bodies, places and peoples ("the House" / "the Senate")."""
    verb_b = verb_b or verb
    return _two_people(_doing(ctx, a, verb), _doing(ctx, b, verb_b)) \
        or _two_people(_doing(ctx, a, verb, NAMED_DOERS), _doing(ctx, b, verb_b, NAMED_DOERS))


#: the names that do an act beside people's: a chamber, a court, a company, a country
NAMED_DOERS = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def _doing(ctx: Context, cid: str, verb: str, labels: frozenset[str] = frozenset({"PERSON"})) -> frozenset[str]:
    """The name words of the people (or, with ``labels``, other names) a claim names as the
    subject of ``verb``, in any clause."""
    claim = ctx.claims[cid]
    keys = [e.key for e in claim.facts.entities if e.anchor in (f"nsubj:{verb}", f"nsubjpass:{verb}")
            and e.label in labels and not (qualifies_noun(claim, e) if e.label == "PERSON"
                                               else e.role == "qualifier" or qualifies_noun_possessive(claim, e))]
    # ("the Senate" is the chamber, where "the Vance campaign" is no person; a name the story
    # writes only as a given name, "Dara" of "Dara Quill" and "Dara Menon", tells no one doer)
    given = given_names(ctx)
    return frozenset().union(*(name_words(k, given) for k in keys))


def _one_doer(ctx: Context, a: str, b: str) -> bool:
    """Whether the subjects of two claims' main verbs name one doer (a word of the name
    shared: "Council Speaker Ana Ruiz" / "the council speaker, Ana Ruiz")."""
    return bool(_subject_words(ctx, a) & _subject_words(ctx, b))


@per_claim
def _subject_words(ctx: Context, cid: str) -> frozenset[str]:
    """The words naming the subject of a claim's main verb: its head word and the people
    named as that subject (an apposition: "the council speaker, Ana Ruiz, was defeated")."""
    f = ctx.claims[cid].facts
    doer = f.doers.get(f.predicate) if f.predicate else None
    return _subject_people(ctx, cid) | (name_words(doer) if doer else frozenset())


#: words that make a year the start of a period: "since 1911", "dating back to 1985", "from 2004"
_SINCE = re.compile(r"\b(?:since|from|(?:dat(?:ing|es|ed)|going|goes|went|reach(?:ing|es|ed)?)\s+back\s+to)\s+$", re.I)


@per_claim
def _period_starts(ctx: Context, cid: str):
    """Years a claim gives as the start of a period ("since 1911", "dating back to 1985", "from
    2004 to 2012"): when what it tells began, whichever verb carries it."""
    return [d for d in _years(ctx, cid) if _year_role(ctx, cid, d) == "start" and not _ranged(d)]
    # (not "from 1983-2005": the span itself, not the year it began)


#: words that make a year the end of a period or a deadline: "by 2030", "until 2012", "through 2019"
_BY_YEAR = re.compile(r"\b(?:by|until|till|through|before)\s+(?:the\s+end\s+of\s+)?$", re.I)


#: words that make a year one the act came after: "drew the map after the 2010 census"
_AFTER_YEAR = re.compile(r"\b(?:after|following)\s+(?:the\s+|an?\s+)?$", re.I)


def _year_role(ctx: Context, cid: str, d) -> str | None:
    """What a year is to what its claim tells: the start of a period ("since 2005", "from
    2004"), its end or a deadline ("by 2030", "until 2012"), a year the act came after ("after
    the 2010 census"), or (None) the year of an act."""
    before = ctx.claims[cid].text[: max(0, d.start - ctx.claims[cid].start)]
    return "start" if _SINCE.search(before) else "end" if _BY_YEAR.search(before) \
        else "after" if _AFTER_YEAR.search(before) else None


def _ranged(d) -> bool:
    return d.low.year != d.high.year


def _years_stated(ctx: Context, cid: str, d) -> bool:
    """Whether the article of claim ``cid`` gives the years of ``d`` somewhere."""
    return _span(d) in _article_years(ctx, cid)


@per_article
def _article_years(ctx: Context, art: str) -> frozenset[tuple[int, int]]:
    """The years an article gives."""
    return frozenset(_span(x) for c in ctx.claims_of(art) for x in _years(ctx, c))


#: statuses of an act told as set for its day: to come, or a plan told in the past perfect ("had
#: been expected to approve it late on Thursday": the day it was set for, before a delay)
SET_FOR = PENDING | {"planned before"}


def _set_and_done(fa, fb, x, y) -> bool:
    """Whether the two days are of one act, one told as set for its day (scheduled, expected,
    planned, or so told in the past perfect) and the other not (done on its day, or told with no
    status: "a flight left on Jan. 1")."""
    if not one_act(x.anchor, y.anchor):
        return False
    # an act told with no status of its own takes the claim's ("authorities expect them to return
    # on Wednesday": expected, though the parser gives "return" none)
    sa, sb = fa.acts.get(x.anchor) or fa.modality, fb.acts.get(y.anchor) or fb.modality
    return (sa in SET_FOR) != (sb in SET_FOR)


ONE_DAY = dt.timedelta(days=1)


def _to_come_and_past(ctx: Context, a: str, b: str, x, y) -> bool:
    """Whether, of two days of one act, one is to come for the claim that gives it (after its
    article came out: "with plans to meet Vance on Monday", in a claim that tells the verb twice
    and so gives the act no one status) and the other was past for its own ("met Ruiz on
    Friday"): a day set and a day done, as :func:`_set_and_done` reads them."""
    if not one_act(x.anchor, y.anchor) or not (x.low and y.low):
        return False
    pa, pb = ctx.article(a).published, ctx.article(b).published
    if not (pa and pb):
        return False
    fa, fb = ctx.claims[a].facts, ctx.claims[b].facts

    def to_come(f, d, published) -> bool:
        # a day the words leave to be read (a weekday, a month's day with no year) that the
        # reading put after the article; not one of an act told done, nor the day after the
        # article only (a day read across time zones: "met on Monday" in an article of Sunday)
        return d.year is None and d.low > published + ONE_DAY and f.acts.get(d.anchor) != "done"
    return to_come(fa, x, pa) and y.high < pb or to_come(fb, y, pb) and x.high < pa


def _occasion(fa, fb, x, y) -> bool:
    """Whether two days name one kind of occasion by its day ("Tuesday night's debate" /
    "Wednesday night's debate"): both hang on one noun, no act of either claim (nor its main
    verb: "scheduled a call Monday", where the facts read "scheduled" as a status, no act)."""
    return bool(x.anchor) and x.anchor == y.anchor and x.anchor not in fa.acts and y.anchor not in fb.acts \
        and x.anchor != fa.predicate and y.anchor != fb.predicate


def _days_stated(ctx: Context, cid: str, d) -> bool:
    """Whether the article of claim ``cid`` gives the day of ``d`` to an act somewhere."""
    return (d.low, d.high) in _article_days(ctx, cid)


@per_article
def _article_days(ctx: Context, art: str) -> frozenset[tuple]:
    """The days an article gives to acts."""
    return frozenset((x.low, x.high) for c in ctx.claims_of(art) for x in _event_dates(ctx, c))


def _span(d) -> tuple[int, int]:
    return d.low.year, d.high.year


@per_claim
def _years(ctx: Context, cid: str):
    """Dates told in whole years ("in 2012", "from 1981 to 1990"), of what the claim reports."""
    f = ctx.claims[cid].facts
    return [d for d in (f.dates if f else []) if d.low and d.high and (d.low.month, d.low.day, d.high.month, d.high.day) == (1, 1, 12, 31)
            and d.anchor not in SAYING_VERBS]


def _month_and_year(ctx: Context, a: str, b: str, months: list, years: list) -> list[Proposal]:
    """A month, or part of one, that claim ``a`` gives an act against a year that claim ``b``
    gives the same act, the month outside the year ("quit earlier this month" / "left last
    year"). Not a month written without its year ("in March": which March is ours), a span of
    years, a period's start or end ("since 2012", "by 2012"), nor where ``a``'s own article
    gives that year too."""
    fa, fb = ctx.claims[a].facts, ctx.claims[b].facts
    out = []
    told = [x for x in months if x.year is not None or x.month is None]  # "in May 2012", "earlier this month"
    for x, y in matched(told, [y for y in years if not _ranged(y) and _year_role(ctx, b, y) is None], kin=True):
        if y.low.year <= x.high.year and x.low.year <= y.high.year:
            continue  # the month lies in the year
        if {x.anchor, y.anchor} & (LIGHT_VERBS | SEQUENCE_VERBS):
            continue  # no act of its own
        if _two_doers_of(ctx, a, b, x.anchor, y.anchor) or other_objects(fa, fb, x.anchor, y.anchor):
            continue  # one act, done by two, or to two
        if _set_and_done(fa, fb, x, y) or _years_stated(ctx, a, y):
            continue  # the year an act was set for, or one the month's own outlet gives too
        out.append(_finding(ctx, a, b, x, y, coarse=True))
    return out


def _one_date(ctx: Context, cid: str) -> bool:
    """Whether the claim states one date only (then it is the fact's, whatever verb holds it)."""
    f = ctx.claims[cid].facts
    return f is not None and len(f.dates) == 1


@per_claim
def _coarse(ctx: Context, cid: str):
    """Dates of what the claim reports that name part of a month or a month ("mid-May",
    "in April"), not a day, nor the start of a period ("the most since March 2009")."""
    claim = ctx.claims[cid]
    f = claim.facts
    return [d for d in (f.dates if f else []) if d.low and d.high and PRECISE < d.high - d.low <= MONTH
            and d.anchor not in SAYING_VERBS and not _starts_a_period(claim, d)]


#: an act the story's claims (all its outlets) give this many days or more, none meeting another,
#: is told of several occasions ("launched a missile on Tuesday" / "the most recent on Saturday" /
#: "said on Wednesday it had launched"): a day one outlet gives against another's is no clear
#: conflict of one act's day (session 46: of the four high date findings on the samples, read
#: one by one, none was real, each an act the story told on three days or more)
SEVERAL_DAYS = 3


def _days_of_act(ctx: Context, cid: str, verb: str | None) -> int:
    """How many days, none meeting another, the claims of ``cid``'s story give the act ``verb``
    (one act: the same verb, or two verbs of one act)."""
    index = ctx.__dict__.setdefault("_days_of_acts", {})
    story = ctx.story(cid)
    if story not in index:
        acts: dict[str, list] = {}
        for c in ctx.story_claims().get(story, []):
            for d in _event_dates(ctx, c):
                if d.anchor:
                    acts.setdefault(d.anchor, []).append(d)
        index[story] = acts
    days: list = []
    for anchor, ds in index[story].items():
        if one_act(anchor, verb):
            for d in ds:
                if not any(_meet(d, e) for e in days):
                    days.append(d)
    return len(days)


def _finding(ctx: Context, a: str, b: str, x, y, coarse: bool = False, told_otherwise: bool = False) -> Proposal:
    """A date finding; high only for one act's days at comparable times. ``told_otherwise``: the
    two days hang on two verbs of claims likely to state one fact (no clear conflict: on
    coverage nobody had read, none of seven such was one act; docs/findings.md, session 28)."""
    if coarse:
        severity, note = "medium", " (a part of a month against another date)"
    elif _meet(x, y, TIME_ZONES):
        severity, note = "low", " (a day apart: time zones may explain it)"
    elif (x.weekday is not None or y.weekday is not None) and not ctx.comparable_times(a, b):
        severity, note = "medium", " (published days apart: a weekday may have been read against another week)"
    elif told_otherwise:
        severity, note = "medium", f" (told with two verbs: {x.anchor!r} / {y.anchor!r})"
    elif _days_of_act(ctx, a, x.anchor) >= SEVERAL_DAYS or _days_of_act(ctx, b, y.anchor) >= SEVERAL_DAYS:
        severity, note = "medium", " (the story tells this act on several other days: it may be told of two occasions)"
    else:
        severity, note = "high", ""
    return Proposal(
        type="date", severity=severity, claims=(a, b),
        explanation=f"{ctx.label(a)} puts it on {_when(x)} ({x.text!r}); {ctx.label(b)} on {_when(y)} ({y.text!r}){note}",
        values={a: f"{x.text} = {x.low}", b: f"{y.text} = {y.low}"}, note=note,
    )
