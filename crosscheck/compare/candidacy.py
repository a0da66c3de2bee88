"""Candidacies: one person told as a possible candidate by one outlet and as a declared one by another.

Election coverage says of the people it names whether they are in a race: "Among the potential
candidates are Ana Ruiz, Tom Vance and Lee Moss", "Ruiz, a possible contender", "Ruiz is weighing
a run" against "Ruiz, the only candidate who has officially declared", "The only announced
candidate is Ruiz", "the only Republican in the race is Ms. Ruiz", "Ruiz announced her candidacy", "Ruiz entered the race".
Like a home town or an age, the candidacy is the person's, not one sentence's fact: what two
outlets say of one person (named in full somewhere in the story, perhaps by surname alone here) is compared wherever in the
story they stand, whatever the alignment makes of the two sentences (a list of possible
candidates and an appositive on a declared one seldom read alike). A status finding, weighed by
publication time as the status rule weighs one (``status.explain``): an outlet that wrote first
may have written before the person declared.

Only these forms are read: the words must tie the candidacy to the name (a list the name closes,
an apposition after it, a verb the name is the subject of), not to anyone the sentence names.
"""
from __future__ import annotations

import re

from .context import Context, Proposal
from .parties import People, beside_names

MAYBE, DECLARED = "possible candidate", "declared candidate"

#: the nouns of a race's entrants
_RUNNER = r"(?:candidates?|contenders?|challengers?|hopefuls?|nominees?)"
_FEW = r"(?:[\w.'’-]+\s+){0,3}?"
#: what the race is, between its entrants' noun and the verb ("for the general election")
_RACE = r"(?:[\w.'’-]+\s+){0,6}?"
#: the names a list gives before this one ("Ruiz, Vance and "), and a title before the name
_EARLIER = r"(?:[^;:()\"“”]*?(?:,|\band\b|\bor\b)\s+)?"
_TITLE = r"(?:(?:Reps?|Sens?|Gov|Mayor|Rev|Dr|Mr|Mrs|Ms)\.?\s+)?"
#: before the name: a list of possible candidates it closes or stands in ("Among the potential
#: candidates are Ruiz, Vance and "; "possible contenders include ")
_MAYBE_BEFORE = re.compile(rf"\b(?:potential|possible|prospective|would-be)\s+{_FEW}{_RUNNER}\s+"
                           rf"{_RACE}(?:are|were|include|included|includes|is|was)\s+{_EARLIER}{_TITLE}$", re.I)
#: after the name: an apposition or a verb of a run not (yet) declared (", a potential candidate";
#: " is weighing a run"; " has not ruled out a bid")
_MAYBE_AFTER = re.compile(rf"^(?:,\s+(?:a|an|another|one)\s+{_FEW}(?:potential|possible|prospective|would-be)\s+{_FEW}{_RUNNER}\b"
                          rf"|\s+(?:is|was|has\s+been|had\s+been)\s+(?:also\s+|widely\s+|reportedly\s+|said\s+to\s+be\s+)?"
                          rf"(?:considering|weighing|mulling|exploring|eyeing|contemplating|pondering)\s+(?:a\s+|an\s+)?"
                          rf"(?:\w+\s+)?(?:run|bid|candidacy|campaign)\b"
                          rf"|\s+(?:has|had)\s+not\s+ruled\s+out\s+(?:a\s+)?(?:\w+\s+)?(?:run|bid|candidacy))", re.I)
#: before the name: the declared candidates it is one of ("The only announced candidate for the
#: seat is "; "the only Democrat in the race is Mr. ")
_DECLARED_BEFORE = re.compile(rf"\b(?:(?:declared|announced|official)\s+{_FEW}{_RUNNER}|\bin\s+the\s+race)\s+"
                              rf"{_RACE}(?:is|are|was|were|include|includes)\s+{_EARLIER}{_TITLE}$", re.I)
#: after the name: an apposition or a verb of a run declared (", the only Democrat who has
#: officially declared his candidacy"; " announced her candidacy"; " entered the race")
_DECLARE = (r"(?:officially\s+|formally\s+|already\s+)?(?:(?:declared|announced|launched)\s+(?:his|her|their)\s+"
            r"(?:\w+\s+)?(?:candidacy|bid|run)|(?:entered|jumped\s+into|joined)\s+the\s+(?:\w+\s+)?race)")
_DECLARED_AFTER = re.compile(rf"^(?:,\s+(?:the|a|an)\s+{_FEW}(?:who\s+(?:has|had)\s+{_DECLARE}"
                             rf"|(?:declared|announced)\s+{_FEW}{_RUNNER}\b)"
                             rf"|\s+(?:has\s+|had\s+)?{_DECLARE})", re.I)
#: a run of another time: "who announced his candidacy for governor in 2010", "entered the race
#: last year and lost", "her failed bid"
_OTHER_RUN = re.compile(r"^[^.;]*?\b(?:in\s+(?:19|20)\d\d|last\s+(?:year|time|cycle)|(?:previous|earlier|former|failed|unsuccessful)\b"
                        r"|\band\s+(?:lost|won|dropped\s+out|withdrew))", re.I)


def candidacy(before: str, after: str) -> str | None:
    """What the words around a name (``before`` and ``after`` it in its sentence) make of the
    person's candidacy: MAYBE, DECLARED or None. A run declared at another time (a year given,
    "last year", "failed", "and lost") is not read: it may be another race."""
    m = _DECLARED_AFTER.match(after)
    if m and not _OTHER_RUN.match(after[m.end():]) or _DECLARED_BEFORE.search(before) and not _OTHER_RUN.match(after):
        return DECLARED
    if m:
        return None
    if _MAYBE_AFTER.match(after) or _MAYBE_BEFORE.search(before):
        return MAYBE
    return None


def _told(ctx: Context, cid: str, names: People) -> dict[str, str]:
    """Full person key -> what a claim makes of that person's candidacy, MAYBE or DECLARED."""
    return beside_names(ctx, cid, names, candidacy)


def _cue(text: str, told: str) -> str:
    rx = (r"\b(?:potential|possible|prospective|would-be|considering|weighing|mulling|exploring|eyeing|contemplating|"
          r"pondering|not\s+ruled\s+out)\b" if told == MAYBE else
          r"\b(?:declared|announced|official(?:ly)?|launched|entered|jumped\s+into|joined|in\s+the\s+race)\b")
    m = re.search(rx, text, re.I)
    return m.group(0) if m else told


def find(ctx: Context) -> list[Proposal]:
    """One person told as a possible candidate by one outlet of a story and as a declared one
    by another."""
    from .entities import people_named
    from .status import explain

    against: dict[tuple[str, str], list[str]] = {}
    for key, a, x, b, y in ctx.told_of_people(lambda cid: _told(ctx, cid, people_named)):
        if x != y:
            weak, strong = (a, b) if x == MAYBE else (b, a)
            against.setdefault((key, weak), []).append(strong)
    out = []
    for (key, weak), strongs in sorted(against.items()):
        strongs = sorted(set(strongs), key=lambda s: (-ctx.score(weak, s), s))
        severity, timing = explain(ctx, weak, strongs[0])
        out.append(Proposal(
            type="status", severity=severity, claims=(weak, *strongs),
            explanation=(f"{ctx.label(weak)} tells {ctx.name(key)!r} as a possible candidate; "
                         f"{ctx.label(strongs[0])} as a declared one ({timing})"),
            values={weak: _cue(ctx.claims[weak].text, MAYBE), **{s: _cue(ctx.claims[s].text, DECLARED) for s in strongs}},
        ))
    return out
