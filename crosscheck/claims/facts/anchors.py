"""Which verb each fact hangs on (what happened that day, what the figure counts), and whether
the words at a place of the claim tell of things to come."""
from __future__ import annotations

from ...models import Facts, Quantity
from .modality import auxiliaries
from .numbers import _CURRENCY_PREFIX


#: Words whose complement is a thing to come ("expected to meet Tuesday").
_AHEAD = {"expect", "schedule", "set", "plan", "due", "poise", "slate", "intend", "prepare", "hope", "aim", "vow", "promise"}
#: verbs that keep, leave or want a thing in a state a participle gives ("keep the agency funded",
#: "leave the office staffed", "want the bill passed"): the participle has no tense of its own
_STATE_KEPT = {"keep", "leave", "want", "need", "like", "hold"}
#: nouns of a day set ahead: "a Friday deadline"
DEADLINES = {"deadline", "due", "cutoff"}


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


#: occasions of speaking: a day that hangs on one of these ("in an interview Tuesday", "at a
#: news conference on Friday") is the day someone spoke, whatever verb the sentence tells
SPEAKING_NOUNS = {"interview", "statement", "speech", "remark", "conference", "briefing", "tweet", "post", "letter",
                  "email", "e-mail", "op-ed", "appearance", "podcast", "broadcast", "memo"}
#: the anchor given to such a day: a verb of saying (the date rules skip the days of those)
SPOKEN = "say"


def _spoken_day(tok, steps: int = 8) -> bool:
    """Whether a date's words hang on a noun of an occasion of speaking before any verb."""
    while tok.pos_ not in ("VERB", "AUX") and tok.head is not tok and steps:
        tok, steps = tok.head, steps - 1
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in SPEAKING_NOUNS:
            return True
    return False


#: nouns of a time of day or a span: "Tuesday morning", "the week of May 4" are still the day
TIME_NOUNS = {"morning", "afternoon", "evening", "night", "day", "week", "weekend", "month", "year", "time", "hour",
              "a.m.", "p.m.", "am", "pm", "noon", "midnight", "date", "gmt", "edt", "est", "et", "utc", "o'clock"}


def _occasion(tok, steps: int = 4):
    """The noun a day's words qualify rather than the verb ("Wednesday's vote", "a Friday
    deadline", "a hearing for May 4"): the day is that occasion's, not the time of the verb
    the noun is an argument of ("gave them a Friday deadline" does not give on Friday). A day
    in another phrase after a noun ("published a study on Tuesday", "a clerk on Friday
    resigned") is the verb's, however the parser hangs it."""
    while steps:
        steps -= 1
        dep, h = tok.dep_, tok.head
        if h is tok:
            return None
        if dep == "pobj" and h.dep_ == "prep" and h.head.pos_ == "NOUN":
            noun = h.head
            if h.lower_ not in ("for", "of"):
                return None  # "a clerk on Friday resigned": the parser's hanging, not the clerk's day
        elif dep in ("compound", "poss", "nmod", "amod") and h.pos_ == "NOUN":
            noun = h
        else:
            return None
        if noun.lemma_.lower() not in TIME_NOUNS:
            return noun
        tok = noun  # "Tuesday morning's vote": the morning is still the day
    return None


#: nouns whose bare figure is a percentage ("the rate was 12.5")
PERCENT = 100  # a rate given as a bare number of at most this is a percentage
_RATE_NOUNS = {"rate", "percentage", "share"}
_UP_TO_NOUN = {"nummod", "compound", "quantmod", "amod", "nmod"}
_MONEY = {*_CURRENCY_PREFIX.values(), "money", "cny"}


def _participle_of(tok):
    """The participle that tells what befell the things a figure counts, where they stand in a
    phrase set beside the verb's own ("in addition to the 129 people killed in the city, 352
    were injured": the 129 were killed, not injured); None elsewhere ("30 people arrested on
    Friday were released" counts the released as well)."""
    noun = tok.head if tok.dep_ == "nummod" else tok if tok.pos_ == "NOUN" else None
    if noun is None or noun.dep_ != "pobj" or noun.head.head.pos_ != "NOUN":
        return None  # "spread to 40 homes owned by the city": the figure is the spreading's; "one
        # of five people seen fleeing": the group the subject is one of
    return next((c for c in noun.children if c.dep_ == "acl" and c.tag_ in ("VBN", "VBG")), None)


#: verbs of hearsay that, in the passive before an infinitive, tell what someone is believed to
#: have done: "Vance is thought to have gone abroad" tells Vance going, no one thinking
HEARSAY = frozenset({"think", "believe", "say", "report", "rumor", "rumour", "understand", "know", "allege",
                     "suppose", "presume", "claim", "reckon", "estimate"})


def _hearsay_act(v):
    """(the verb, the role) of what a passive verb of hearsay tells its subject doing: "is
    thought to have gone" -> (go, nsubj); "is believed to have been killed" -> (kill, nsubjpass);
    None for another verb, or with no infinitive after it."""
    if v.lemma_.lower() not in HEARSAY:
        return None
    x = next((c for c in v.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")), None)
    if x is None:
        return None
    return x, "nsubjpass" if any(c.dep_ == "auxpass" for c in x.children) else "nsubj"


def _apposed_subject(toks) -> str | None:
    """The role of a name set off by commas between a sentence's subject and its verb, which
    the parser hangs on a noun of a relative clause before it ("The nurse who had cared for the
    patients of the north ward, Tom Vance, was fired": an apposition of "patients"): the name is
    the subject's apposition, in the subject's role of the verb ("nsubjpass:fire"). None where
    the words do not stand so."""
    if not toks:
        return None
    head = _own_head(toks)
    if head.dep_ != "appos":
        return None
    doc = head.doc
    first, last = min(t.i for t in toks), max(t.i for t in toks)
    if first == 0 or doc[first - 1].text != "," or last + 2 >= len(doc) or doc[last + 1].text != ",":
        return None
    root = head
    while root.head.i != root.i:  # (spaCy makes a new token object at each step: compare places)
        root = root.head
    after = doc[last + 2]
    if root.pos_ not in ("VERB", "AUX") or not (after.i == root.i or after.head.i == root.i
                                                and after.dep_ in ("aux", "auxpass", "neg")):
        return None
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < first and c.pos_ == "NOUN"), None)
    if subj is None or not any(t.dep_ == "relcl" for t in subj.children):
        return None
    return f"{subj.dep_}:{root.lemma_.lower()}"


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


def _a_day(d) -> bool:
    """Whether a date names one day (not a month or a year: "the 2018 race" names the race's
    year, and its verb's)."""
    return d.low is not None and d.low == d.high


def anchors(facts: Facts, tokens, base: int, offset: int) -> Facts:
    """The facts with the verb each number, date and name hangs on: what it is the number,
    day or person of. Findings compare only elements that play one role."""
    def verb(start: int, end: int, with_role: bool = False, day: bool = False, precise: bool = False) -> str | None:
        toks = [t for t in tokens if start <= t.idx - base + offset < end] or [_token_at(tokens, base, start - offset)]
        toks = [t for t in toks if t is not None]
        if not toks:
            return None
        if day and _spoken_day(_own_head(toks)):
            return SPOKEN
        if day and precise and (noun := _occasion(_own_head(toks))) is not None:
            return noun.lemma_.lower()
        v, dep = _verb_above(_own_head(toks))
        if v is None:
            return None
        if with_role and dep == "nsubjpass" and (told := _hearsay_act(v)) is not None:
            v, dep = told
        return f"{dep}:{v.lemma_.lower()}" if with_role else v.lemma_.lower()

    def measured(q: Quantity, toks) -> dict:
        if not toks:
            return {}
        what = _measures(_own_head(toks), toks, q.unit)
        if what is None:
            return {}
        if q.unit == "count" and what.split()[-1] in _RATE_NOUNS and 0 <= q.value <= PERCENT:
            return {"measures": what, "unit": "percent"}  # "the rate was 12.5": a percentage
        return {"measures": what}

    # each figure read once: the verb it hangs on, what it measures, and who does what the verb
    # tells where no act of the claim says ("Retailers added 9,000 jobs": "add" tells speech as
    # often as an act): the head of the verb's subject, unless the subject is what the figure
    # counts ("9,000 jobs were added")
    doers = dict(facts.doers)
    quantities = []
    for q in facts.quantities:
        toks = [t for t in tokens if q.start <= t.idx - base + offset < q.end]
        head = _own_head(toks) if toks else None
        v = (_participle_of(head) or _verb_above(head)[0]) if head is not None else None
        anchor = (v.lemma_.lower() if v is not None else None) if toks else verb(q.start, q.end)
        quantities.append(q.model_copy(update={"anchor": anchor, **measured(q, toks)}))
        if v is None or anchor in doers:
            continue
        subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and subj.pos_ in ("NOUN", "PROPN") and not any(t in toks for t in subj.subtree) \
                and not any(t.like_num for t in subj.subtree):
            doers[anchor] = subj.lemma_.lower()

    return facts.model_copy(update={
        "doers": dict(sorted(doers.items())),
        "quantities": quantities,
        "dates": [d.model_copy(update={"anchor": verb(d.start, d.end, day=True, precise=_a_day(d))}) for d in facts.dates],
        "entities": [e.model_copy(update={"anchor": (e.label == "PERSON" and _apposed_subject(
            [t for t in tokens if e.start <= t.idx - base + offset < e.end])) or verb(e.start, e.end, True)})
            for e in facts.entities],
    })


def _keeping(tok):
    """The verb that keeps (leaves, wants) a thing in the state a participle with no auxiliary
    gives ("keep the agency funded": the participle its complement, or hung on the thing the
    verb keeps), else None."""
    if tok.tag_ != "VBN" or auxiliaries(tok):
        return None
    if tok.dep_ in ("xcomp", "ccomp", "oprd") and tok.head is not tok and tok.head.lemma_.lower() in _STATE_KEPT:
        return tok.head
    thing = tok.head
    if tok.dep_ == "acl" and thing.dep_ == "dobj" and thing.head.lemma_.lower() in _STATE_KEPT:
        return thing.head
    return None


def _future_at(tokens, base: int, i: int, default: bool | None) -> bool | None:
    """Whether the words at character ``i`` of the claim tell of things to come: by the verb
    they hang on (its own "will", a future "expected to" above it, or its past tense), else
    ``default`` (the claim as a whole, or None: the words do not say)."""
    tok = _token_at(tokens, base, i)
    occasion = _occasion(tok) if tok is not None else None
    if occasion is not None and (occasion.lemma_.lower() in DEADLINES or (
            (v := _verb_above(occasion)[0]) is not None and v.lemma_.lower() in _AHEAD)):
        return True  # "a Friday deadline", "scheduled a hearing for Friday": a day set ahead
    if tok is not None and tok.dep_ == "pobj" and tok.head.lower_ == "for" and tok.head.head.lemma_.lower() in _AHEAD:
        return True  # "set a vote for Friday", as the parser hangs it on the verb
    tok = _verb_above(tok)[0] if tok is not None else None
    if tok is None:
        return default
    aux = auxiliaries(tok)
    if (kept := _keeping(tok)) is not None:
        tok, aux = kept, auxiliaries(kept)  # "a bill to keep the government funded into December": a
        # state a thing is kept in, no past tense of its own; the keeping verb's tense says
    if aux & {"will", "'ll", "shall", "wo"}:
        return True
    if aux & {"would", "could", "might", "may", "should", "can", "must"}:
        return default  # a modal: the claim as a whole says which way
    up = tok.head if tok.dep_ in ("xcomp", "ccomp") else None
    if up is not None and up.lemma_.lower() in _AHEAD:
        # "had expected her to resign on June 9", "had been expected to approve it late on
        # Thursday": expected before another past moment, a day past itself (an expectation
        # still to come is told in the present); "is expected to step down Friday": to come
        return False if "had" in auxiliaries(up) else True
    if "to" in aux and tok.dep_ in ("acl", "relcl") and not aux & {"have", "had", "has"}:
        return default  # "a primary to be held on Aug. 13": a thing's infinitive, no past of its
        # own ("held" is no past tense there); the claim as a whole says which way
    if tok.tag_ in ("VBD", "VBN") or aux & {"did", "had", "has", "have", "was", "were"}:
        return False
    if tok.tag_ == "VBG" and tok.dep_ == "pcomp" and tok.head.lower_ in ("after", "since") \
            and not auxiliaries(tok.head.head) & {"will", "'ll", "shall", "wo"}:
        return False  # "After meeting with Ruiz on Dec. 1, he says ...": done before what the
        # sentence tells, unless that is to come ("after meeting her on May 3, he will ...")
    if "to" in aux and tok.head is not tok and tok.head.pos_ in ("VERB", "AUX"):
        # an infinitive under a past perfect is of the past: "had prompted him to hint on
        # Tuesday" is last Tuesday, whatever "would" the rest of the sentence holds ("agreed to
        # meet on Tuesday" may be next Tuesday: the sentence says)
        gov = tok.head
        if gov.tag_ == "VBN" and any(c.dep_ in ("aux", "auxpass") and c.lower_ == "had" for c in gov.children):
            return False
    return default
