"""Status: the same event told as pending by one outlet and as done, or firmly set, by another.

Two forms:

* pending against definite: one claim tells an action as expected, planned or possible
  ("are expected to agree to begin joint patrols"), another as done or certain
  ("agreed ... including joint patrols"). Levels: done 4, will 3, expected 2, planned 1,
  possible 0; two apart is a finding, but for "planned" against "will" (one intention: "intends
  to appeal" / "will appeal"). The claims must tell the same action (a shared verb of
  their main event) about the same thing (a shared word that is rare in the story); or, for
  any act, claims that state one fact but for one element (Context.compared_pairs) whose
  main event is told by the same verb ("could resign" against "resigned"; not "plan to
  keep talking" against "agreed to keep talking", which tells of agreeing); or, in such
  pairs, the one act both tell in any clause, each with one status ("showing that the
  agency spent $4 million" against "the agency is set to spend"; Facts.acts).
* alternatives against one order: "just before or just after his trip" against "on his way
  to", "before flying to", "then travel to".
* ruled out: one claim says an act will not happen ("would not be staged this Sunday",
  Facts.denied) and the other tells it as possible, to come or done, in a pair at least 0.9
  likely to state one fact: the same verb, or the act each tells on one day ("could go ahead
  on Sunday"); not when the denial is bounded ("not before June") or of other days.

When the pending claim comes from an earlier article than the definite one, the difference is
explained by publication time (an expectation, then the report): the finding says so, low.
"""
from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

from ..claims.facts import ALTERNATIVES, EXPECT_WORDS, FATES, HABITUAL, MEASURES, PLAN_WORDS, SAYING_VERBS
from .context import AGAIN, Context, Proposal, one_day_of_month, one_weekday_written, other_objects, verb_stem

LEVEL = {"future": 3, "expected": 2, "planned": 1, "possible": 0}
NAMES = {4: "done", 3: "certain (will happen)", 2: "expected", 1: "planned or considered", 0: "possible"}
ONE_ORDER = re.compile(r"\b(?:on (?:his|her|their|its) way to|before (?:flying|heading|travel(?:l)?ing|going|leaving)|then (?:travel|fly|head|go|leave)|(?:fly|head|travel|go)\w* (?:on )?to \w+ afterwards|ahead of)\b", re.I)
MIN_SCORE_ORDER = 0.3
RARE = 1.5  # story idf at or above which a shared word singles out the thing told
STRONG = 0.8  # or an alignment score this high: the claims tell the same thing
#: Actions done once: to be expected to do one of these and to have done it cannot both hold.
ONCE = {"agree", "begin", "start", "launch", "establish", "sign", "resume", "decide", "approve", "adopt",
        "conclude", "reach", "open", "create", "introduce", "announce", "elect", "appoint", "ratify", "found",
        "set", "form", "abolish", "end", "close", "release", "pass", "enact",
        # a person's fate in one case or one office: indicted, convicted, impeached, nominated,
        # resigned once (session 43)
        "indict", "convict", "impeach", "nominate", "resign"}


ACT_LEVEL = {"done": 4, **LEVEL}
#: two tellings of one act differ in status when their levels are at least this far apart
#: ("expected" 2 against "done" 4; not "expected" against "certain"), chosen on the seeds'
#: status findings and kept on the development set (docs/findings.md)
APART = 2
#: and one of them at least says it will happen (3) or happened (4): "planned" against
#: "possible" is no finding
FIRM = 3
#: "done" against "planned" (4 + 1) or "expected" (4 + 2) is a finding; "done" against
#: "certain" (4 + 3) is one act told before and after it happened
PENDING_WITH_DONE = ACT_LEVEL["done"] + LEVEL["expected"]
#: pairs compared for the status of any act: at least this likely to state one fact. The other
#: finding types ask 0.5 with their clashing number, day or speaker switched off; a status told
#: otherwise has no such feature ("boycotted" against "is expected to boycott" lowers a pair's
#: probability as a changed figure does). Chosen on the harness in sample (docs/findings.md,
#: session 14)
STATUS_ALIKE = 0.3
#: "plans to appeal" against "will appeal": one intention told twice, not two statuses
ONE_INTENTION = frozenset({LEVEL["planned"], LEVEL["future"]})
#: verbs too light to name an act of the story on their own
LIGHT = {"go", "come", "get", "seem", "become", "want", "need", "try", "help", "show", "continue", "remain",
         "make", "take", "give", "keep", "let", "put", "see", "know", "think", "find"}


def _act_apart(fa, fb) -> str | None:
    """The one act two claims (their facts) both tell, one as done and the other as pending
    (expected, planned or possible, but for a clause's "could": ``_possible_aside``; "plans to
    appeal" against "will appeal" is one intention); None if there is none, or more than one."""
    acts_a, acts_b = fa.acts, fb.acts
    apart = [v for v in sorted(set(acts_a) & set(acts_b) - LIGHT - NOT_ACTS)
             if {acts_a[v], acts_b[v]} & {"done"} and ACT_LEVEL[acts_a[v]] + ACT_LEVEL[acts_b[v]] <= PENDING_WITH_DONE
             and not any(_possible_aside(f, v, ACT_LEVEL[f.acts[v]]) for f in (fa, fb))]
    return apart[0] if len(apart) == 1 else None


#: two subjects, each claim's own, of which the other claim names one elsewhere: one doer only
#: in pairs at least this likely to state one fact ("Ruiz and Vance resumed the visits" / "under
#: Vance the visits resumed, with Ruiz"). Less alike, the other claim names the word in passing
#: ("the full council is expected to vote" / "the council's budget committee voted"; "the
#: rules aim to cut fares on harbour ferries" / "the ferries have cut fares"): of the 19
#: same-day status findings under 0.7 on the unseen parts read by session 31, five rested on
#: such subjects (or on two subjects of one main act), none real; the one real one had one
#: subject. The harness lost 3 of its 96 status edits to the bar.
NAMED_DOER = 0.7
#: the pairs of one act done once (``ONCE``) that share a rare word of the story are compared
#: whatever their probability: there a subject the other claim names counts as one doer
ONE_ACT_SHARED = 1.0


def _one_doer(x: str | None, y: str | None, fa, fb, p: float, ta: str = "", tb: str = "") -> bool:
    """Whether two acts' subjects may be one: the same word ("Ruiz", "the Ruizes"), an
    unknown one, or, in a pair at least NAMED_DOER likely (``p``) to state one fact, a subject
    the other claim names too ("Ruiz and Vance resumed the visits" / "under Vance the visits
    resumed, with Ruiz"); "the panel was to meet" and "the minister met" name none of the
    other's. The same noun written in the plural by one claim (``ta``, ``tb``: their texts) and
    in the singular by the other tells two doers ("three brothers may be involved" / "his
    brother was involved"); two nouns of one role are one doer ("lawyer" / "attorney", :func:`_one_role`)."""
    if x is not None and x == y and _number_apart(x, ta, tb):
        return False
    if x is None or y is None or x == y or x.removesuffix("s") == y.removesuffix("s") or _one_role(x, y, ta, tb):
        return True
    return p >= NAMED_DOER and (bool({x, x.removesuffix("s")} & _named(fb)) or bool({y, y.removesuffix("s")} & _named(fa)))


#: nouns news uses for one role, told by one outlet with one and by another with the other
#: ("Vance's lawyer confirmed" / "Vance's attorney is to confirm")
ROLE_NOUNS = (frozenset({"lawyer", "attorney", "counsel"}), frozenset({"spokesman", "spokeswoman", "spokesperson"}))
#: an attorney who prosecutes ("the U.S. attorney", "the district attorney"): no one's lawyer
_PROSECUTING = re.compile(r"\b(?:U\.?\s?S\.?|United States|district|county|state['’]?s?|city|prosecuting|general)\s+(?:attorney|counsel)\b", re.I)


def _one_role(x: str, y: str, ta: str, tb: str) -> bool:
    """Whether two subjects' head words are two nouns of one role (``ROLE_NOUNS``), read in the
    two claims' texts (``ta``, ``tb``; none given, no): a prosecutor called an attorney ("the U.S.
    attorney confirmed") is not the lawyer of the other claim."""
    return any(x in group and y in group for group in ROLE_NOUNS) and bool(ta) and bool(tb) \
        and not _PROSECUTING.search(ta) and not _PROSECUTING.search(tb)


def _number_apart(noun: str, ta: str, tb: str) -> bool:
    """Whether one text writes a common noun (lower case) only in the plural and the other only
    in the singular ("three brothers" / "his brother"); names ("the Vances" / "Vance") are not
    read so."""
    if not ta or not tb or not noun.isalpha():
        return False
    one, many = _number_forms(noun)
    forms = [(bool(one.search(t)), bool(many.search(t))) for t in (ta, tb)]
    return forms in ([(False, True), (True, False)], [(True, False), (False, True)])


@lru_cache(maxsize=1024)
def _number_forms(noun: str) -> tuple[re.Pattern, re.Pattern]:
    """A noun's singular and its plurals as whole words, compiled once per noun (the pairs of
    a story ask for the same few doers again and again)."""
    plural = rf"(?:{noun}s|{noun}es{'|' + noun[:-1] + 'ies' if noun.endswith('y') else ''})"
    return re.compile(rf"\b{noun}\b"), re.compile(rf"\b{plural}\b")


#: verbs that tell only when another act began, went on or stopped: "begin training" and "begun
#: installing" are two acts, whatever their statuses
ASPECTUAL = {"begin", "start", "resume", "end", "stop", "finish", "cease", "continue", "keep"}


#: letters two words share at the start to be read as one act ("investigate" / "investigation")
STEM = 6


def _governed(f, act: str) -> str | None:
    """The act an aspectual verb governs: the next of the claim's main verbs ("begin training")."""
    return f.actions[f.actions.index(act) + 1] if act in f.actions[:-1] else None


def _other_acts_begun(fa, fb, act: str) -> bool:
    """Whether two claims (their facts) give an aspectual ``act`` two other acts to begin, go on
    with or stop ("are due to begin training" / "has begun installing safes"): each tells the act
    it governs next in its main event, they differ, and neither claim names the other's in any
    word ("to begin investigating" / "the investigation began ... and expanded": one act)."""
    return act in ASPECTUAL and _two_governed(fa, fb, act)


def _two_governed(fa, fb, act: str) -> bool:
    """Whether two claims give ``act`` two acts it governs (the next of their main verbs), and
    neither claim names the other's in any word."""
    x, y = _governed(fa, act), _governed(fb, act)
    return x is not None and y is not None and x != y and not _stem_named(fb, x) and not _stem_named(fa, y)


def _other_acts_agreed(ctx: Context, a: str, b: str, act: str) -> bool:
    """Whether two claims tell an act of agreeing (``AGREEING``) on two other acts and share no
    word rare in their story (``_rare_shared``): "might agree to pull some of the troops" /
    "agreed to meet soon" are two agreements; "expected to agree to begin reciprocal visits" /
    "agreed to develop ties through close communication, including reciprocal visits" tell of
    one thing agreed on, in other verbs. The places and peoples both name are the story's
    setting, no word of what is agreed ("troops in South Korea" / "South Korean officials said
    the leaders agreed to meet")."""
    return act in AGREEING and _two_governed(ctx.claims[a].facts, ctx.claims[b].facts, act) \
        and not _rare_words(ctx, a, b, without_setting=True)


def _other_acts(ctx: Context, a: str, b: str, act: str) -> bool:
    """Whether the two claims begin, continue or agree on two other acts (``_other_acts_begun``,
    ``_other_acts_agreed``): two acts, whatever status each gives ``act``."""
    fa, fb = ctx.claims[a].facts, ctx.claims[b].facts
    return _other_acts_begun(fa, fb, act) or _other_acts_agreed(ctx, a, b, act)


def _stem_named(f, verb: str) -> bool:
    """Whether a claim (its facts) has a word that starts as ``verb`` does ("investigation" for
    "investigate")."""
    return any(w.startswith(verb[:STEM]) for w in f.lemmas)


def _possible_aside(f, act: str, lvl: int | None) -> bool:
    """Whether a claim (its facts) tells an act as possible outside its main event (the main verb and the
    verbs it takes as complements: "show that the couple could pay"), as "the couples who might
    choose to marry", "little more that could be offered": a clause's guess, not the claim's
    telling of what is to come."""
    return lvl == LEVEL["possible"] and act not in f.actions


def _measure_says(f, act: str, lvl: int | None) -> bool:
    """Whether an act told as expected is what a measure says: its subject is a bill, a deal,
    a plan ... and the act no fate of it ("the deal would provide $1 billion" tells what the
    deal provides; "the bill would pass" is an act to come)."""
    return lvl == LEVEL["expected"] and act not in FATES and f.doers.get(act) in MEASURES


def _named(f) -> set[str]:
    """The words a claim's facts name: its lemmas and the words of its entities ("the
    Okafors" is named by "Ines Okafor")."""
    return set(f.lemmas) | {w.casefold().removesuffix("'s").removesuffix("’s") for e in f.entities for w in e.text.split()}


def act_level(ctx: Context, cid: str, act: str) -> int | None:
    """The status of one act of a claim: its own (Facts.acts), or the claim's when it is the
    claim's main act and the facts tell no act with its status (claims read without them);
    None when the claim tells it with no status of its own ("aims to dismantle ... and end", "is
    expected to announce whom he will nominate")."""
    f = ctx.claims[cid].facts
    if act in f.acts:
        return None if f.negated and f.actions[:1] == [act] else ACT_LEVEL[f.acts[act]]
    if f.acts:
        return None  # the claim's facts tell acts and leave this one out ("is expected to announce
        # who he will nominate": a question; told twice, or again with no status): no status of its own
    return level(ctx, cid) if f.actions[:1] == [act] else None


def level(ctx: Context, cid: str) -> int | None:
    f = ctx.claims[cid].facts
    if f is None or f.negated:
        return None
    if f.modality == "asserted":
        return 4 if f.tense == "past" else None
    return LEVEL.get(f.modality)


def _asks(ctx: Context, cid: str) -> bool:
    """Whether a claim is a question ("... that could link the aide to the leak?"): it tells no
    act's status."""
    return ctx.claims[cid].text.rstrip(" \"”’')]").endswith("?")


def _quoted(ctx: Context, cid: str) -> bool:
    """Whether a claim is mostly a quotation (whose wording is a remark, not a status), not one
    whose quotation goes on the outlet's own clause after its auxiliary ('reports that Vance has
    already "been charged with ...': the outlet tells the status, in the quoted words' verb)."""
    return ctx.quoted(cid) and not _AUX_BEFORE_QUOTE.search(ctx.claims[cid].text)


def _told_outside_quotes(ctx: Context, cid: str, act: str) -> bool:
    """Whether a claim that quotes someone tells ``act`` in its own words, outside its
    quotations ('Vance issued a statement on Friday, saying, "The quay stays shut ..."': the
    issuing is the outlet's to tell, done or to come). A verb whose written form its lemma's stem
    does not find ("took" of "take") counts as not told there."""
    return re.search(rf"(?<![\w-]){verb_stem(act.split()[0])}", ctx.unquoted(cid), re.I) is not None


#: an auxiliary of the outlet's own clause right before an opening quotation mark: 'has already
#: "been charged', 'was "fully briefed'
_AUX_BEFORE_QUOTE = re.compile(r"\b(?:has|have|had|is|are|was|were|will|would)(?:\s+(?:already|now|not|just|since|also))?"
                               r"\s+[\"“](?:been|being|be)\b", re.I)


def _same_action(ctx: Context, a: str, b: str) -> bool:
    fa, fb = ctx.claims[a].facts, ctx.claims[b].facts
    if not (set(fa.actions) & set(fb.actions) & ONCE) or _quoted(ctx, a) or _quoted(ctx, b):
        return False
    return _rare_shared(ctx, a, b) or ctx.score(a, b) >= STRONG


#: verbs that carry another act's status, the parser's head for that act's doer ("are due to",
#: "is expected to", "plans to")
STATUS_CARRIERS = frozenset({"be", *EXPECT_WORDS, *PLAN_WORDS})


def _one_thing_begun(fa, fb, act: str) -> bool:
    """Whether two claims' aspectual verb (``ASPECTUAL``) begins (or ends) one thing: one subject,
    read on both sides ("the hearings began" / "the hearing could begin"), or an act it governs
    that the other claim names too ("was to meet to begin hearing evidence" / "began hearing
    evidence"; "to begin investigating" / "the investigation began"). A subject unread on either
    side and no act governed tell nothing of what began: "the confirmation hearing could begin" /
    "the nominee began making the rounds" are two beginnings, however likely the pair."""
    x, y = fa.doers.get(act), fb.doers.get(act)
    if x and y and x.removesuffix("s") == y.removesuffix("s"):
        return True
    def names(f, verb: str) -> bool:
        return verb in f.acts or verb in f.actions or _stem_named(f, verb)
    ga, gb = _governed(fa, act), _governed(fb, act)
    return bool(ga and names(fb, ga) or gb and names(fa, gb))


def _told_alike(ctx: Context, a: str, b: str, act: str) -> bool:
    """Whether two claims that tell one act tell more of it alike than its verb: a word rare in
    their story (``_rare_shared``), a person both name in a role of the act ("exchanged texts
    with Lisa Page" / "exchanged messages with Lisa Page"), or a figure of one unit on it ("is
    likely to earn roughly $141 million" / "earned $139 million"). A name the act's doer is counts
    as named in its role ("Trump and Macron are due to meet" / "after Trump and Macron met")."""
    fa, fb = ctx.claims[a].facts, ctx.claims[b].facts
    def in_act(f) -> set[str]:
        # named in a role of the act, or as its doer on the verb that carries its status ("Trump
        # and Macron are due to meet": the parser hangs the names on "are", the act's doer is
        # "trump"; not "McDermott would follow with a jumper to tie the record": another act's)
        doer = f.doers.get(act)
        return {e.key for e in f.entities if e.anchor and (e.anchor.partition(":")[2] == act
                or doer and e.label in ("PERSON", "ORG", "GPE") and doer in e.key.split()
                and e.anchor.partition(":")[2] in STATUS_CARRIERS)}
    def figures(f) -> set[str]:
        return {q.unit for q in f.quantities if q.anchor == act}
    return _rare_shared(ctx, a, b) or bool(in_act(fa) & in_act(fb)) or bool(figures(fa) & figures(fb))


#: names of places and peoples: where two agreements on two other acts are made, the story's
#: setting ("South Korea", "South Korean officials"), no word of what is agreed
_SETTING = frozenset({"GPE", "NORP", "LOC"})


def _rare_shared(ctx: Context, a: str, b: str) -> bool:
    """Whether two claims share a word rare in their story besides their acts and the people
    they name ("plans to invoke the Fifth Amendment" / "invoked her Fifth Amendment right"):
    what the act is done to or about, told by both."""
    return bool(_rare_words(ctx, a, b))


def _rare_words(ctx: Context, a: str, b: str, without_setting: bool = False) -> set[str]:
    """The words (lemmas) of ``_rare_shared``; ``without_setting``: not the words of the places
    and peoples the claims name either (``_SETTING``)."""
    fa, fb = ctx.claims[a].facts, ctx.claims[b].facts
    va, vb = ctx.view(a), ctx.view(b)
    if va is not None and vb is not None:
        lemmas, names, idf = va.lemmas & vb.lemmas, va.people | vb.people, ctx.word_weights(va.story)
    else:  # claims read without the alignment's view of them: their own lemmas, every word alike
        lemmas, idf = set(fa.lemmas) & set(fb.lemmas), None
        names = {e.key for f in (fa, fb) for e in f.entities if e.label == "PERSON"}
    setting = {w.casefold() for f in (fa, fb) for e in f.entities if e.label in _SETTING for w in e.text.split()} \
        if without_setting else set()
    shared = lemmas - set(fa.actions) - set(fb.actions) - set(fa.acts) - set(fb.acts) - NOT_ACTS \
        - {w for n in names for w in n.split()} - setting
    return {w for w in shared if idf is None or idf.get(w, 0.0) >= RARE}


#: words after an act's verb read as what it is done to or about ("published her survey of
#: the harbour wrecks"), up to the end of its clause
OBJECT_WORDS = 6
_CLAUSE_END = re.compile(r"[,;:.!?()“”\"—–]")
#: letters a word of one claim and a lemma rare in the story share at the start to be one word
#: ("wrecks" / "wreck", "surveyed" / "survey")
OBJECT_STEM = 5


def _object_words(text: str, act: str) -> list[str]:
    """The words (folded) each writing of ``act``'s verb in a text is followed by, up to
    OBJECT_WORDS of them within its clause."""
    out: list[str] = []
    for m in re.finditer(rf"(?<![\w-]){verb_stem(act)}", text, re.I):
        clause = _CLAUSE_END.split(text[m.end():], maxsplit=1)[0]
        out += re.findall(r"[a-z][\w'’-]*", clause.casefold())[:OBJECT_WORDS]
    return out


def _object_shared(ctx: Context, a: str, b: str, act: str) -> bool:
    """Whether two claims tell ``act`` done to or about one thing: a word rare in their story
    (``_rare_words``) follows its verb in both ("Moss published her survey of the wrecks" /
    "when Moss published the wreck survey"; not "is expected to announce that she will retire" /
    "the ferry timetable Moss announced on the radio")."""
    rare = _rare_words(ctx, a, b)
    wa, wb = _object_words(ctx.claims[a].text, act), _object_words(ctx.claims[b].text, act)
    return any(any(w.startswith(x[:OBJECT_STEM]) for w in wa) and any(w.startswith(x[:OBJECT_STEM]) for w in wb)
               for x in rare)


#: Verbs that tell no act of the story's own (reporting, being, having; inferring: "the delay
#: means the ferries could sail on Monday" tells the sailing, in its own status).
NOT_ACTS = {"say", "be", "have", "tell", "add", "report", "according", "accord", "do", "mean", "suggest", "indicate",
            # what something holds, no event: "a bill that would include $2 million" / "the offer had
            # included $2 million" tell one content
            "include", "contain", "comprise", "consist",
            # pressing for a thing is a stance told in words: "would push for a reform of the tax
            # code" (a pledge) / "he pushed a fundamental tax reform" (in a speech) tell one stance,
            # no act to come and done
            "push", "press", "urge", "advocate", "lobby", "champion"}

#: Acts that agree or decide on another act, and the acts that keep something going: "are
#: expected to agree to maintain close contacts" may tell a new agreement to go on with what
#: an earlier one set up ("agreed to maintain close contacts"); "expected to agree to begin"
#: cannot follow "agreed to begin".
AGREEING = {"agree", "decide"}
CONTINUING = {"maintain", "continue", "keep", "sustain", "strengthen", "deepen", "enhance", "expand", "further",
              "promote", "pursue", "develop", "advance", "boost", "improve", "cooperate", "coordinate", "work",
              "remain", "stay", "build", "extend", "renew"}


#: a speaker's own forecast, reported: "said he expected the measure to pass", "told reporters she
#: expects to win" (the act after it within a few words)
_OWN_FORECAST = re.compile(r"\b(?:said|says|told\s+[\w’'.-]+(?:\s+[\w’'.-]+)?|added|predicted)\s+(?:(?!that\b)[\w’'-]+\s+){0,2}?(?:that\s+)?"
                           r"(?:he|she|they|we|I)\s+(?:still\s+|fully\s+)?(?:expect(?:s|ed)?|predict(?:s|ed)?|anticipate[sd]?)\b"
                           r"(?:\W+[\w’'.-]+){0,6}?\W+to\s+(?P<verb>[\w’'-]+)", re.I)


def _forecast_in_own_words(ctx: Context, cid: str, act: str) -> bool:
    """Whether a claim tells an act to come as a person's own forecast, reported ("Hoyer said
    he expected the measure to pass"): what the speaker thought would happen, not the outlet's
    status of the act, which another outlet telling it done does not contradict."""
    return any(m.group("verb").casefold().startswith(act[:4].casefold())
               for m in _OWN_FORECAST.finditer(ctx.claims[cid].text))


def _renewed(ctx: Context, weak: str, strong: str, act: str) -> bool:
    """Whether the pending claim tells an agreement to go on with something (``act`` agreeing
    to a continuing act: "expected to agree to maintain") and was not published at the time of
    the done one, or later: then it may tell a new agreement, not the one the other reports
    done. Undated articles give no such time."""
    acts = ctx.claims[weak].facts.actions
    agreed_to = acts[acts.index(act) + 1 : acts.index(act) + 2] if act in AGREEING and act in acts else []
    if not agreed_to or agreed_to[0] not in CONTINUING:
        return False
    wt, st = ctx.article(weak).published, ctx.article(strong).published
    return not (wt and st) or (wt - st).days > 1


PENDING_CUES = [re.compile(p, re.I) for p in (
    r"\b(?:(?:is|are|was|were)\s+)?(?:expected|likely|set|scheduled|due|poised|slated)\s+to\s+\w+(?:\s+to\s+\w+)?",
    r"\b(?:considering|plans?\s+to\s+\w+|planning|(?:being\s+)?arranged|arranging|eyes|eyeing)\b",
    r"\b(?:may|might|could|would|will)\s+\w+",
)]


def cue(ctx: Context, cid: str, act: str | None = None, lvl: int | None = None) -> str:
    """The words of a claim that carry its status ("are expected to agree", "agreed"): those of
    ``act`` at level ``lvl`` where the finding is of one act of the claim ("just hours before
    he was due to meet": "was due to meet", not the claim's main verb), else of the claim."""
    c = ctx.claims[cid]
    lvl = level(ctx, cid) if lvl is None else lvl
    stem = act[:4].casefold() if act else None
    if lvl != ACT_LEVEL["done"]:
        found = [m for rx in PENDING_CUES for m in rx.finditer(c.text)]
        of_act = [m for m in found if stem and stem in m.group(0).casefold()]
        if of_act or found:
            return (of_act or found)[0].group(0)
    for a in ([act] if act else []) + list(c.facts.actions):
        m = re.search(rf"\b{re.escape(a[:4])}\w*", c.text, re.I)
        if m:
            return m.group(0)
    return NAMES.get(lvl, "")


def explain(ctx: Context, weak: str, strong: str, act: str | None = None) -> tuple[str, str]:
    """Severity and timing note of a status told weaker (``weak``: planned, possible) by one
    claim's outlet than by another's (``strong``): low where the weaker wrote first, or wrote
    on the day it sets the act for (``act``, else its claim's main act: "plans to sign the bill
    at 4 p.m. Thursday" on a Thursday page, "signed the bill Thursday" the same day: written
    before the act)."""
    wt, st = ctx.article(weak).published, ctx.article(strong).published
    if wt and st and wt < st:
        return "low", f"explained by publication time: {ctx.outlet(weak)} wrote on {wt}, before {ctx.outlet(strong)} on {st}"
    if wt and st and wt == st and _set_for_the_day(ctx, weak, act, wt):
        return "low", (f"explained by publication time: {ctx.outlet(weak)} sets it for {wt}, the day it wrote, "
                       f"and {ctx.outlet(strong)} wrote that day too")
    if wt and st and wt == st:
        return "medium", f"not explained by publication time: both wrote on {wt}"
    if wt and st:
        return "medium", f"not explained by publication time: {ctx.outlet(weak)} wrote on {wt}, after {ctx.outlet(strong)} on {st}"
    return "medium", "publication dates do not settle which came first"


#: an act set for hours on from the moment a claim tells of ("just hours before he was due to
#: meet", "later today", "this evening"): on the day the article came out
_WITHIN_HOURS = re.compile(r"\b(?:(?:just|only|a\s+few|several|some|a\s+couple\s+of|two|three|\d+)\s+hours?\s+"
                           r"(?:before|after|from\s+now|later|away)|later\s+(?:today|tonight|in\s+the\s+day|this\s+"
                           r"(?:morning|afternoon|evening))|this\s+(?:afternoon|evening)|tonight)\b", re.I)


def _set_for_the_day(ctx: Context, cid: str, act: str | None, day) -> bool:
    """Whether a claim that tells an act as to come dates it (``act``, else its main act) on
    ``day`` alone, the day its article came out, or sets it hours on and gives no other day
    ("just hours before he was due to meet")."""
    f = ctx.claims[cid].facts
    act = act or (f.actions[0] if f and f.actions else None)
    dates = _dates_of_act(ctx, cid, act) if act else []
    if dates:
        return all(d.low == d.high == day for d in dates)
    return bool(_WITHIN_HOURS.search(ctx.claims[cid].text))


#: amounts of one act this many times apart or more are two amounts, not one told two ways
#: (chosen: "twice" is past any misreading of one figure that the number rule reports; a
#: figure misread or rounded, "$12 million" / "$12,640,300", keeps its status finding)
OTHER_AMOUNT = 2.0
#: units of the time an act takes or spans ("over the next twelve months"), which measure no amount of it
PERIODS = frozenset({"second", "minute", "hour", "day", "week", "month", "year", "decade"})


def _other_amounts(fa, fb, act: str) -> bool:
    """Whether two claims give an act amounts of no unit in common, or of one unit at least
    OTHER_AMOUNT times apart ("up to 9 inches of snow could fall" / "20 inches of snow fell"):
    a forecast and an outcome, or two occasions, each with its amount, not one act told in two
    statuses (one amount told twice, "is expected to raise $5 million" / "raised $5 million",
    still is)."""
    mine, theirs = ({q.unit for q in f.quantities if q.anchor == act} - PERIODS for f in (fa, fb))
    if mine and theirs and not mine & theirs:
        return True  # "is likely to sell 40 million phones" / "sold 40 percent fewer phones": two
        # measures of the act (a forecast's volume, a comparison), not one act told in two statuses
    units = {q.unit for q in fa.quantities if q.anchor == act} & {q.unit for q in fb.quantities if q.anchor == act}
    for u in units:
        xs = [q.value for q in fa.quantities if q.anchor == act and q.unit == u and q.value > 0]
        ys = [q.value for q in fb.quantities if q.anchor == act and q.unit == u and q.value > 0]
        if xs and ys and all(max(x, y) / min(x, y) >= OTHER_AMOUNT for x in xs for y in ys):
            return True
    return False


def _figure_of_another_act(fa, fb, act: str) -> bool:
    """Whether a figure one claim gives its ``act`` is one the other claim gives another act it
    tells done ("the levy was approved 41-7" / "passed on a 41-7 vote and goes to the county
    board, which is expected to approve it"): the first claim's act is the other's done one,
    not the act the other tells as to come. (Where the other claim tells ``act`` done too, it
    tells one act with two verbs: "earned $4 million" / "reported $4 million and earned it".)"""
    return fa.acts.get(act) != "done" and any(x.anchor == act and y.anchor != act and y.anchor and fa.acts.get(y.anchor) == "done"
               and x.unit == y.unit and x.value == y.value for x in fb.quantities for y in fa.quantities)


def _two_acts(ctx: Context, a: str, b: str, act: str) -> bool:
    """Whether two claims that tell ``act`` tell two acts of its verb: done to other people
    (``other_objects``), beginning or agreeing on two other acts (``_other_acts``), with a
    figure one gives it that the other gives another act it tells done (``_figure_of_another_act``),
    on days that do not meet (``_other_days``), or one of them counted the second time (or a
    later one) and the other not so (``_counted_once_more``)."""
    fa, fb = ctx.claims[a].facts, ctx.claims[b].facts
    return other_objects(fa, fb, act) or _other_acts(ctx, a, b, act) \
        or _figure_of_another_act(fa, fb, act) or _figure_of_another_act(fb, fa, act) or _other_days(ctx, a, b, act) \
        or _counted_once_more(fa) != _counted_once_more(fb)


def _counted_once_more(f) -> frozenset[int]:
    """The counts a claim gives its act as one more time of it ("is expected to cut rates for the
    second time this month": 2), none where it gives none: a claim that counts its act the second
    time and one that does not ("the Fed cut rates last week") tell two occasions; both counting
    it alike, one."""
    return frozenset(o.rank for o in f.ordinals if o.rank >= 2 and o.head == "time" and not o.general)


def _other_days(ctx: Context, a: str, b: str, act: str) -> bool:
    """Whether both claims date ``act`` and no day of one meets a day of the other ("is expected
    to speak at the funeral on Friday" / "spoke about him on Thursday" a week before): two
    occasions of the act (or one told on two days, the date rule's), no status of one act."""
    da, db = _dates_of_act(ctx, a, act), _dates_of_act(ctx, b, act)
    # a weekday both write ("planned to plead guilty on Friday" / "pleaded guilty on Friday") is
    # one day whatever week each tense reads it in
    return bool(da) and bool(db) and not any(x.low <= y.high and y.low <= x.high or one_weekday_written(x, y)
                                             or one_day_of_month(x, y) for x in da for y in db)


def _no_one_act(fa, fb, act: str, la: int | None, lb: int | None) -> bool:
    """Whether two claims' statuses of ``act`` (levels ``la``, ``lb``) tell no one act to come and
    done: what a measure says (``_measure_says``), or a forecast's amount and an outcome's
    (``_other_amounts``)."""
    return _measure_says(fa, act, la) or _measure_says(fb, act, lb) or _other_amounts(fa, fb, act)


def find(ctx: Context) -> list[Proposal]:
    against: dict[str, list[str]] = defaultdict(list)
    kind: dict[str, str] = {}
    # alternatives against one order: only claims that leave an order open are paired, with
    # the claims of their story that give one
    alternatives = [c for c, cl in ctx.claims.items() if ALTERNATIVES.search(cl.text)]
    if alternatives:
        orders = defaultdict(list)
        for c, cl in ctx.claims.items():
            if ONE_ORDER.search(cl.text) and not ALTERNATIVES.search(cl.text):
                orders[ctx.story(c)].append(c)
        for x in alternatives:
            for y in orders.get(ctx.story(x), []):
                if ctx.different_outlets(x, y) and ctx.score(x, y) >= MIN_SCORE_ORDER:
                    against[x].append(y)
                    kind[x] = "order"
    # pending against definite: claims are paired only within a story and a shared action
    buckets: dict[tuple, list[str]] = defaultdict(list)
    for c, cl in ctx.claims.items():
        if cl.facts is not None and ctx.story(c) and not _asks(ctx, c):
            for act in sorted(set(cl.facts.actions) & ONCE):
                if act_level(ctx, c, act) is not None:
                    buckets[(ctx.story(c), act)].append(c)
    seen: set[tuple[str, str]] = set()
    flagged: set[frozenset[str]] = set()
    acts_told: dict[tuple[str, str], tuple[str | None, int, int]] = {}  # (weak, strong) -> (act, None: the main one; their levels)
    for (_, act), members in buckets.items():
        for i, a in enumerate(members):
            for b in members[i + 1 :]:
                if (a, b) in seen or not ctx.different_outlets(a, b):
                    continue
                la, lb = act_level(ctx, a, act), act_level(ctx, b, act)
                if _possible_aside(ctx.claims[a].facts, act, la) or _possible_aside(ctx.claims[b].facts, act, lb):
                    continue  # a clause's "could": no act told to come
                if abs(la - lb) >= APART:
                    seen.add((a, b))
                fa, fb = ctx.claims[a].facts, ctx.claims[b].facts
                if abs(la - lb) < APART or max(la, lb) < FIRM or {la, lb} == ONE_INTENTION or not _same_action(ctx, a, b) \
                        or not _one_doer(fa.doers.get(act), fb.doers.get(act), fa, fb, ONE_ACT_SHARED,
                                           ctx.claims[a].text, ctx.claims[b].text) \
                        or other_objects(fa, fb, act) or _other_acts(ctx, a, b, act) \
                        or _no_one_act(fa, fb, act, la, lb) \
                        or act in ASPECTUAL and not _one_thing_begun(fa, fb, act):
                    continue
                weak, strong = (a, b) if la < lb else (b, a)
                if _renewed(ctx, weak, strong, act) or _forecast_in_own_words(ctx, weak, act) or _required(ctx, weak, act):
                    continue  # (an act renewed; a speaker's own forecast, reported: "Hoyer said he expected it to
                    # pass"; what a bill requires of someone)
                against[weak].append(strong)
                kind.setdefault(weak, "status")
                flagged.add(frozenset((a, b)))
                acts_told[(weak, strong)] = (act, min(la, lb), max(la, lb))
    # any act, in claims that state one fact but for one element: "resigned" against "could
    # resign", "was indicted" against "is expected to be indicted"
    for a, b in ctx.compared_pairs(STATUS_ALIKE):
        if frozenset((a, b)) in flagged:
            continue
        fa, fb = ctx.claims[a].facts, ctx.claims[b].facts
        if fa is None or fb is None or _asks(ctx, a) or _asks(ctx, b):
            continue
        quoted_a, quoted_b = _quoted(ctx, a), _quoted(ctx, b)
        if quoted_a and ctx.quoted_throughout(a) or quoted_b and ctx.quoted_throughout(b):
            continue  # inside a quotation that runs over sentences: a remark's words, no status told
        if HABITUAL.search(ctx.claims[a].text) or HABITUAL.search(ctx.claims[b].text):
            continue  # "routinely wandered the streets" / "would wander the streets": a habit, no one act's status
        # one main act, not a verb of saying ("critics argued the levy could raise fares": the
        # "could" is the argument's, no status of the arguing); its subjects told otherwise
        # ("the harbour board released" / "its chair is to release") are one doer's in a pair
        # NAMED_DOER likely, and below it only as any act's are
        p = ctx.probability(a, b)
        main = fa.actions[:1] == fb.actions[:1] and fa.actions and fa.actions[0] not in NOT_ACTS | SAYING_VERBS \
            and (p >= NAMED_DOER or _one_doer(fa.doers.get(fa.actions[0]), fb.doers.get(fa.actions[0]), fa, fb, p))
        # the main act's own status where the claim gives it one ("said the union was ready to
        # offer a truce and that the board had wasted a chance": the wasting is done), else the claim's
        la, lb = (act_level(ctx, a, fa.actions[0]), act_level(ctx, b, fb.actions[0])) if main else (None, None)
        if not (main and la is not None and lb is not None and abs(la - lb) >= APART and max(la, lb) >= FIRM
                and {la, lb} != ONE_INTENTION):
            # the status of any act both tell, each with one status ("showing that the agency
            # spent $4 million" against "the agency is set to spend $4 million")
            act = _act_apart(fa, fb)
            if act is None or not _one_doer(fa.doers.get(act), fb.doers.get(act), fa, fb, p, ctx.claims[a].text,
                                            ctx.claims[b].text) or _two_acts(ctx, a, b, act):
                continue  # none; done by two subjects ("the panel is to meet", "the minister met"), or to two people
            la, lb = ACT_LEVEL[fa.acts[act]], ACT_LEVEL[fb.acts[act]]
        else:
            act = fa.actions[0]
        if quoted_a and not _told_outside_quotes(ctx, a, act) or quoted_b and not _told_outside_quotes(ctx, b, act):
            continue  # the act in what someone said ("said the city 'could close the pier'"): the
            # remark's wording, not a status the outlet tells
        if (quoted_a or quoted_b) and p < NAMED_DOER:
            continue  # what else a claim that is mostly a quotation shares with the other is mostly the
            # remark's words ("expects to announce a date for the Norland talks" / 'announced the
            # crew's release, saying, "... back from Norland"'): only a pair likely as it stands
        if p < NAMED_DOER and not _told_alike(ctx, a, b, act):
            continue  # "the confirmation hearing could begin by Aug. 20" / "Kavanaugh began making the
            # rounds": one verb, nothing else told of it by both
        if act in ASPECTUAL and not _one_thing_begun(fa, fb, act):
            continue  # "the confirmation hearing could begin" / "Kavanaugh began making the rounds":
            # what begins is the subject; two subjects, two beginnings (whatever the pair's probability)
        if _no_one_act(fa, fb, act, la, lb):
            continue  # what a bill or a deal says, not an act to come; or "up to 9 inches could fall" /
            # "20 inches fell": a forecast and an outcome, two amounts
        weak, strong = (a, b) if la < lb else (b, a)
        if _forecast_in_own_words(ctx, weak, act or fa.actions[0]):
            continue  # "Hoyer said he expected the measure to pass by a voice vote" / "it passed": one
            # person's forecast, reported, not the outlet telling the act to come
        if _required(ctx, weak, act or fa.actions[0]):
            continue  # "the bill would require the mayor to release her accounts" / "the mayor released
            # hers": what a bill requires, no status of the act
        if _other_complements(ctx, a, b, act or fa.actions[0]):
            continue  # "could allow the board to raise fares" / "will allow the board to cut fares": two acts
        if _set_after_done(ctx, weak, strong, act or fa.actions[0]):
            continue  # "the board is expected to raise fees again in December" / "the board raised fees"
            # (written in September): a later occasion, not the one told done
        if main and (other_objects(fa, fb, fa.actions[0]) or _other_acts_begun(fa, fb, fa.actions[0])
                     or _other_acts_agreed(ctx, a, b, fa.actions[0]) or _counted_once_more(fa) != _counted_once_more(fb)) \
                or _renewed(ctx, weak, strong, fa.actions[0] if main else act):
            continue
        against[weak].append(strong)
        kind.setdefault(weak, "status")
        acts_told[(weak, strong)] = (None if main else act, min(la, lb), max(la, lb))
    told = flagged | {frozenset((w, s)) for w, ss in against.items() for s in ss}
    for weak, strong, act, lw, ls in _acts_of_one_doer(ctx, set(told)):
        if _forecast_in_own_words(ctx, weak, act) or _required(ctx, weak, act):
            continue
        against[weak].append(strong)
        kind.setdefault(weak, "status")
        acts_told[(weak, strong)] = (act, lw, ls)
        told.add(frozenset((weak, strong)))
    copies = ctx.on_untold_pairs(told, _copy_with_another_status, STATUS_ALIKE)
    out = _ruled_out(ctx, told | {frozenset(p.claims) for p in copies}) + copies
    position = {c: i for i, c in enumerate(ctx.claims)}
    for weak, strongs in against.items():
        # strongest first; equal scores (copies of one sentence) in corpus order, so that the
        # finding is the same whatever order the claims were met in
        strongs = sorted(set(strongs), key=lambda s: (-ctx.score(weak, s), position[s]))
        first = strongs[0]
        severity, timing = explain(ctx, weak, first, acts_told.get((weak, first), (None,))[0])
        if kind[weak] == "order":
            m = ALTERNATIVES.search(ctx.claims[weak].text)
            o = ONE_ORDER.search(ctx.claims[first].text)
            explanation = (f"{ctx.label(weak)} leaves the order open ({m.group(0)!r}); "
                           f"{ctx.label(first)} gives one ({o.group(0)!r})")
            values = {weak: m.group(0), **{s: (ONE_ORDER.search(ctx.claims[s].text) or m).group(0) for s in strongs}}
        else:
            lw, ls = level(ctx, weak), level(ctx, first)
            what = "it"
            if (weak, first) in acts_told:
                act, lw, ls = acts_told[(weak, first)]
                what = f"'{act}'" if act else "it"
            explanation = (f"{ctx.label(weak)} tells {what} as {NAMES.get(lw, 'pending')}; "
                           f"{ctx.label(first)} as {NAMES.get(ls, 'done')} ({timing})")
            values = {weak: cue(ctx, weak, *acts_told[(weak, first)][:2]) if (weak, first) in acts_told else cue(ctx, weak),
                      **{s: cue(ctx, s, acts_told[(weak, s)][0], acts_told[(weak, s)][2]) if (weak, s) in acts_told
                         else cue(ctx, s) for s in strongs}}
        out.append(Proposal(type="status", severity=severity, claims=(weak, *strongs),
                            explanation=explanation, values=values))
    return out


#: verbs no act of one doer is told by in :func:`_acts_of_one_doer`: light verbs, verbs of
#: saying or being, the verbs that carry another act's status, and the aspectual ones (what
#: begins is told by the verb they govern)
_NOT_ONE_DOERS_ACT = frozenset(LIGHT | NOT_ACTS | SAYING_VERBS | STATUS_CARRIERS | ASPECTUAL)


def _acts_of_one_doer(ctx: Context, skip: set[frozenset[str]]):
    """(weak, strong, act, weak's level, strong's level) for each pair of claims of a story, from
    two outlets and outside ``skip`` (the pairs found already), that tell one act in any of
    their clauses, one as done and the other as only to come (expected, planned, possible), both
    naming its doer by one word ("when Moss published her survey of the wrecks, she thanked ..."
    / "... after Moss was expected to publish the wreck survey"), and what it is done to by one
    word rare in their story after its verb (``_object_shared``). However unlikely the pair is
    to state one fact as a whole: the act is one of several each sentence tells, which the
    pair's probability does not read. The guards of the pairs compared for any act hold here
    too (``_two_acts``, ``_no_one_act``)."""
    for cids in ctx.story_claims().values():
        slots: dict[tuple[str, str], list[str]] = defaultdict(list)
        for c in cids:
            f = ctx.claims[c].facts
            if f is None or _asks(ctx, c) or HABITUAL.search(ctx.claims[c].text) or ctx.quoted_throughout(c):
                continue
            for act in sorted(f.acts):
                doer = f.doers.get(act)
                if doer and act not in _NOT_ONE_DOERS_ACT and act_level(ctx, c, act) is not None:
                    slots[(act, doer.removesuffix("s"))].append(c)
        for (act, _), members in sorted(slots.items()):
            for i, a in enumerate(members):
                for b in members[i + 1:]:
                    if frozenset((a, b)) in skip or not ctx.different_outlets(a, b):
                        continue
                    fa, fb = ctx.claims[a].facts, ctx.claims[b].facts
                    la, lb = act_level(ctx, a, act), act_level(ctx, b, act)
                    if ACT_LEVEL["done"] not in (la, lb) or la + lb > PENDING_WITH_DONE \
                            or _possible_aside(fa, act, la) or _possible_aside(fb, act, lb):
                        continue  # one told done, the other expected or planned (a clause's "could" is no status)
                    ta, tb = ctx.claims[a].text, ctx.claims[b].text
                    if _quoted(ctx, a) and not _told_outside_quotes(ctx, a, act) \
                            or _quoted(ctx, b) and not _told_outside_quotes(ctx, b, act):
                        continue  # a remark's wording
                    if not _one_doer(fa.doers[act], fb.doers[act], fa, fb, 0.0, ta, tb) or not _object_shared(ctx, a, b, act) \
                            or _two_acts(ctx, a, b, act) or _no_one_act(fa, fb, act, la, lb):
                        continue
                    weak, strong = (a, b) if la < lb else (b, a)
                    if not _renewed(ctx, weak, strong, act):
                        yield weak, strong, act, min(la, lb), max(la, lb)


#: a pair at least this likely to state one fact, where one claim says an act will not happen
#: and the other tells it as to come or done ("the fair would not be staged this Sunday" / "it
#: could go ahead on Sunday"): chosen high, a denial is read from one "not"
RULED_OUT_PAIR = 0.9
_DENIAL = re.compile(r"\b(?:will|would|won[’']t|wouldn[’']t)\s+(?:not\s+)?(?:be\s+)?\w+", re.I)


_BOUND = re.compile(r"\b(?:before|until|till|after|by|past)\s+(?:at\s+(?:the\s+)?(?:least|earliest)\s+)?"
                    r"(?:the\s+|this\s+|next\s+)?$", re.I)


def _dates_of_act(ctx: Context, cid: str, act: str) -> list:
    """The dates (resolved) a claim hangs on ``act``'s verb."""
    return [d for d in ctx.claims[cid].facts.dates if d.anchor == act and d.low]


def _complement(claim, act: str) -> str | None:
    """The act another act is told to bring about ("could allow the board to raise fares":
    raise): a verb of the claim's acts written after "to" within three words of the act's
    verb ("pleaded guilty to fraud": no verb, none); None otherwise."""
    m = re.search(rf"(?<![\w-]){verb_stem(act)}\w*\s+(?:[\w’'-]+\s+){{0,3}}?to\s+([a-z]+)\b", claim.text, re.I)
    if m is None:
        return None
    word = m.group(1).casefold()
    return next((v for v in claim.facts.actions if v != act and re.match(verb_stem(v), word)), None)


def _other_complements(ctx: Context, a: str, b: str, act: str) -> bool:
    """Whether two claims tell one verb bringing about two acts ("The levy could allow the board
    to raise fares" / "The levy will allow the board to cut fares"): two acts,
    each with its status."""
    ca, cb = _complement(ctx.claims[a], act), _complement(ctx.claims[b], act)
    return ca is not None and cb is not None and ca != cb


#: verbs of requiring or allowing, in forms that are no noun ("a task force", "a permit", "a
#: mandate" are not)
_REQUIRED = (r"\b(?:requir(?:e|es|ed|ing)|compel(?:s|led|ling)?|oblig(?:e|es|ed|ing)|allow(?:s|ed|ing)?|"
             r"permit(?:s|ted|ting)|forc(?:es|ed|ing)|mandat(?:es|ed|ing))\s+(?:[\w’'-]+\s+){{0,5}}?to\s+(?:be\s+|get\s+)?{}")


def _required(ctx: Context, cid: str, act: str) -> bool:
    """Whether a claim tells an act as what something requires or allows of someone ("It would
    require the mayor to release ten years of her accounts", "could require crews to be screened
    weekly"): a rule's or a bill's terms, no status of the act's own."""
    return re.search(_REQUIRED.format(verb_stem(act)), ctx.unquoted(cid), re.I) is not None


def _set_after_done(ctx: Context, weak: str, strong: str, act: str) -> bool:
    """Whether the claim that tells an act to come tells it as one more time ("again") and dates
    it wholly after the page that tells it done, undated, was written ("expected to raise fees
    again in December" against "raised fees", on a page of September): a later occasion of the
    act. Without "again", "plans to sell the ferry in May" against "sold the ferry" is the
    misreport the rule is for; a done act the claim dates is left to the dates' comparison."""
    later = _dates_of_act(ctx, weak, act)
    written = ctx.article(strong).published
    if not later or written is None or _dates_of_act(ctx, strong, act) or not AGAIN.search(ctx.unquoted(weak)):
        return False
    return all(d.low > written for d in later)


def _days_of(ctx: Context, cid: str, act: str) -> tuple[set, bool]:
    """The days a claim tells an act on, and whether one of them is a bound ("would not reopen
    before June": the act may come after it)."""
    c = ctx.claims[cid]
    dates = _dates_of_act(ctx, cid, act)
    return {(d.low, d.high) for d in dates}, any(_BOUND.search(c.text[: max(0, d.start - c.start)]) for d in dates)


def _ruled_out(ctx: Context, done: set[frozenset[str]]) -> list[Proposal]:
    """One outlet says an act will not happen, another tells it as possible, expected, certain
    or done: the same act (its verb), or the act each tells on one day ("would not be staged
    this Sunday" / "could go ahead on Sunday"), in a pair RULED_OUT_PAIR likely to state
    one fact. Low when the articles came out on different days (the plan changed in between)."""
    out = []
    for a, b in ctx.compared_pairs(STATUS_ALIKE):
        if frozenset((a, b)) in done or ctx.probability(a, b) < RULED_OUT_PAIR:
            continue
        for x, y in ((a, b), (b, a)):
            fx, fy = ctx.claims[x].facts, ctx.claims[y].facts
            if fx is None or fy is None or not fx.denied or fy.denied or _quoted(ctx, x) or _quoted(ctx, y) \
                    or _asks(ctx, x) or _asks(ctx, y):
                continue
            # the same act, or the act each tells on one day (a date on each, resolved to one day)
            told = sorted({(act, e) for act in fx.denied for e in fy.acts
                           if e == act or {d for d in _days_of(ctx, x, act)[0] if d[0] == d[1]} & _days_of(ctx, y, e)[0]})
            if len(told) != 1:
                continue
            act, e = told[0]
            (dx, bound), (dy, _) = _days_of(ctx, x, act), _days_of(ctx, y, e)
            if bound or dx and dy and not dx & dy:
                continue  # "would not reopen before June" / "could reopen in July": both may hold
            # the earlier telling first: a denial after a plan, or a plan after a denial, is the
            # plan changing in between
            tx, ty = ctx.article(x).published, ctx.article(y).published
            severity, timing = explain(ctx, *((x, y) if tx and ty and tx < ty else (y, x)))
            m = _DENIAL.search(ctx.claims[x].text)
            told_y, told_x = cue(ctx, y), m.group(0) if m else act
            out.append(Proposal(
                type="status", severity=severity, claims=(y, x),
                explanation=f"{ctx.label(y)} tells it as {NAMES[ACT_LEVEL[fy.acts[e]]]} ({told_y!r}); "
                            f"{ctx.label(x)} says it will not happen ({told_x!r}; {timing})",
                values={y: told_y, x: told_x},
            ))
            break
    return out


#: a status told in the words a copy replaces (folded as names are: "he's" is read "he"): an
#: auxiliary of the future or of a possibility before the verb, or a word of expecting or planning
#: and "to" ("is expected to tell", "plans to sign", "could sign", "will sign"); the group that
#: matches names its level (LEVEL)
_COPY_PENDING = re.compile(
    r"^(?:(?:is|are|was|were)\s+)?(?:(?P<expected>expected|likely|set|scheduled|slated|due|poised)|"
    r"(?P<planned>plans?|planned|planning|intends?|intended|intending|prepared|preparing|ready))\s+to\s+(?P<verb>[a-z]+)$"
    r"|^(?:(?P<future>will|shall)|(?P<possible>could|may|might))\s+(?P<verb2>[a-z]+)$")
#: words of a status a copy replaces: at most this many ("is expected to tell")
COPY_STATUS_WORDS = 4
_NOT_BEFORE = re.compile(r"(?:\bnot|\bnever|n[’']t)\s*$", re.I)


def _copy_with_another_status(ctx: Context, a: str, b: str) -> Proposal | None:
    """Two outlets print one sentence nearly word for word but for one act, told done by one
    ("Vance told the board on Friday") and pending by the other ("Vance is expected to tell the
    board on Friday"; "could tell", "plans to tell"): the copies tell one act with two
    statuses, whatever the verb (a verb of saying too, which the rules above leave out: told as
    pending, it is an act as much as an announcement is). The done verb is the pending one's
    lemma in the done copy's words; not after a negation, nor in a quotation both give (the quote
    rule's)."""
    replaced = ctx.copy_stretch(a, b, COPY_STATUS_WORDS)
    if replaced is None:
        return None
    (wa, sa), (wb, sb) = replaced
    for (wx, sx, x), (wy, sy, y) in (((wa, sa, a), (wb, sb, b)), ((wb, sb, b), (wa, sa, a))):
        m = _COPY_PENDING.match(" ".join(wx))
        if m is None or len(wy) != 1:
            continue
        verb, done = m.group("verb") or m.group("verb2"), wy[0]
        cx, cy = ctx.claims[x], ctx.claims[y]
        if done == verb or verb not in (cy.facts.lemmas if cy.facts else []) or verb in (w.lower() for w in re.findall(r"[a-z]+", cy.text, re.I)):
            return None  # the other copy's word is no done form of the verb
        if _NOT_BEFORE.search(cy.text[: sy[0] - cy.start]) or _NOT_BEFORE.search(cx.text[: sx[0] - cx.start]):
            return None  # "never served": no act told done
        kind = next(k for k in ("expected", "planned", "future", "possible") if m.group(k))
        weak_level = LEVEL[kind]
        severity, timing = explain(ctx, x, y)
        pending = cx.text[sx[0] - cx.start: sx[1] - cx.start]
        told = cy.text[sy[0] - cy.start: sy[1] - cy.start]
        return Proposal(type="status", severity=severity, claims=(x, y),
                        explanation=f"{ctx.label(x)} tells '{verb}' as {NAMES[weak_level]}; {ctx.label(y)} as done "
                                    f"({timing}), in one sentence both print",
                        values={x: pending, y: told})
    return None
