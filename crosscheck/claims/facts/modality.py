"""Status: asserted, future, expected, planned or possible, negation; the acts a claim tells
and who does them."""
from __future__ import annotations

import re


# ---- modality --------------------------------------------------------------------------

#: Words that make the main verb of a claim a statement of expectation, plan or possibility.
EXPECT_WORDS = {"expect", "likely", "set", "poised", "due", "schedule", "slate", "anticipate", "unlikely"}
PLAN_WORDS = {"consider", "plan", "arrange", "eye", "envisage", "envision", "aim", "seek", "propose", "mull",
              "weigh", "explore", "intend", "prepare", "discuss",
              "prepared", "ready", "willing"}  # adjectives: "is prepared to sign", "is ready to sign"
POSSIBLE_AUX = {"may", "might", "could"}
#: verbs of perceiving: "could be felt", "can be seen" tell what was there to perceive, not an act
PERCEIVED = {"see", "hear", "feel", "spot", "notice", "smell", "detect", "observe", "sense", "glimpse"}
#: Verbs that report what was said: "the sources said X is expected to ..." takes the status of X.
REPORTING_VERBS = {"say", "tell", "add", "note", "state", "announce", "report", "confirm", "stress", "insist"}
HABITUAL = re.compile(r"\b(typically|usually|traditionally|normally|generally|customarily|often|tend to|tends to|routinely|"
                      r"regularly|frequently|habitually)\b", re.I)
FUTURE_AUX = {"will", "shall", "'ll", "wo"}
#: two times an act may take, neither told ("before or after the summit"); not "whether or not",
#: a question one decides ("can decide whether or not to ...") or a concession ("goes ahead
#: whether or not the mayor agrees"), neither of which makes the main act only possible
ALTERNATIVES = re.compile(r"\b(?:before or (?:just )?after|after or (?:just )?before)\b", re.I)
#: adverbs that make a "would" the narrator's look ahead from a past scene: "he would later admit
#: the loss", "would eventually resign" tell what happened afterwards, done, not an act to come
LATER = {"later", "eventually", "ultimately", "subsequently", "afterward", "afterwards"}
#: conjunctions of a condition: "would close once the river rose", "would resign if ..."
#: tell a hypothetical, with no status of its own
CONDITIONS = {"if", "unless", "once"}
#: conjunctions of an embedded question: "asked if the vote could wait" tells an asking, not a
#: possible wait
QUESTIONS = {"if", "whether"}


def auxiliaries(t) -> set[str]:
    """The auxiliaries of a verb, lower-cased. A modal the parser hangs on a verb in the third
    person or the past tense with no auxiliary between them is no modal: "May dismisses two
    aides" (a name), never "may dismisses"; a modal takes a bare verb ("may dismiss") or another
    auxiliary ("may have dismissed", "could be dismissed")."""
    aux = [c for c in t.children if c.dep_ in ("aux", "auxpass")]
    if t.tag_ in ("VBZ", "VBD") and not any(c.tag_ != "MD" for c in aux):
        aux = [c for c in aux if c.tag_ != "MD"]
    return {_CONTRACTED.get(c.lower_.replace("’", "'"), c.lower_) for c in aux}


#: auxiliaries written short, as their words: "would've broken" is "would have broken", a
#: possibility about the past, not an act to come ("'ll" stays as FUTURE_AUX lists it)
_CONTRACTED = {"'ve": "have", "'re": "are", "'m": "am"}


#: words that compare a likelihood: "as likely as", "more likely", "twice as likely"
_COMPARING = {"as", "more", "less", "most", "least", "twice", "thrice", "equally"}


def compared(t) -> bool:
    """Whether a "likely" is compared ("three times as likely to be fined", "more likely to
    rent"): a rate of a group, not an act expected ("more likely than not to pass" is one)."""
    return t.lemma_.lower() in ("likely", "unlikely") and any(
        c.dep_ == "advmod" and c.lower_ in _COMPARING or c.dep_ == "npadvmod" for c in t.children) \
        and "than not" not in " ".join(w.lower_ for w in t.subtree)


#: verbs whose passive in the past tells what something was for: "were intended to calm"
_PURPOSE_PASSIVE = {"intend", "mean", "design"}


def purposed(t) -> bool:
    """Whether a verb tells, in the past passive, the purpose of something already said or done
    ("the remarks were intended to calm the crews", "was meant to signal"): no plan pending when
    the outlet wrote. In the present ("the levy is intended to take effect in spring") it is
    still a plan."""
    return t.lemma_.lower() in _PURPOSE_PASSIVE and t.tag_ == "VBN" and any(
        c.dep_ == "auxpass" and c.tag_ == "VBD" for c in t.children)


def be_to(t) -> bool:
    """Whether a verb is told as arranged by "be to" ("the men were to appear in court
    Wednesday", "the mayor is to sign the bill"): an act planned, not one done ("is to blame"
    tells who is at fault, no act)."""
    h = t.head
    return t.dep_ == "xcomp" and h is not t and h.lemma_.lower() == "be" and not been_to(t) \
        and not (h.dep_ == "relcl" and _yet_before(t)) \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children) \
        and not any(c.dep_ in ("acomp", "attr", "expl") for c in h.children) \
        and not any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in _AIMS for c in h.children) \
        and t.lemma_.lower() != "blame"  # "the media is to blame": at fault, no blaming arranged


def been_to(t) -> bool:
    """Whether a verb follows a perfect "been to" ("the family had been to see the film", "has
    been to visit"): a visit made, not an arrangement."""
    h = t.head
    return t.dep_ == "xcomp" and h is not t and h.lower_ == "been" and auxiliaries(h) & {"has", "have", "had", "’ve", "'ve"} \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)


#: subjects of "be to" that name an aim, not an arrangement: "our goal is to help 4 million
#: people register" tells what is wanted, no act planned by anyone
_AIMS = {"goal", "aim", "plan", "idea", "purpose", "hope", "intention", "mission", "job", "task", "objective", "point",
         "priority", "challenge", "strategy", "dream", "wish", "target", "ambition", "effort", "focus"}


def _aim_of_act(t) -> bool:
    """Whether a verb of planning, as a participle beside an act told done, gives that act's
    aim ("has issued a patch, aiming to fix the flaw", "sent troops, hoping to end the siege"):
    what the act was for, not a plan of its own."""
    head = t.head
    return t.dep_ == "advcl" and t.tag_ == "VBG" and head is not t and head.pos_ in ("VERB", "AUX") \
        and (head.tag_ == "VBD" or head.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("has", "have", "had")
                                                               for c in head.children))


def regarded(t) -> bool:
    """Whether a "considered" tells how something is judged ("is considered the strongest",
    "considered likely", "is considered to be a threat"), not a plan weighed."""
    return t.lemma_.lower() == "consider" and any(
        c.dep_ in ("oprd", "attr", "acomp") or c.dep_ == "xcomp" and c.lemma_.lower() == "be" for c in t.children)


def restricted(t) -> bool:
    """Whether a verb's "could" (or "may", "might") is a limit, "could only": the most that was
    or is done or allowed ("could only head over", "could only limp off", "could only be held for
    20 days", "could only pass with every vote"), not an act told as possible."""
    return any(c.dep_ == "aux" and c.lower_ in POSSIBLE_AUX and c.i + 1 < len(c.doc) and c.doc[c.i + 1].lower_ == "only"
               for c in t.children) or perceived(t)


def perceived(t) -> bool:
    """Whether a verb's "could" (or "may", "might") tells what there was to perceive: "the quake
    could be felt across the region", "smoke could be seen for miles" (felt, seen: no act told
    as possible)."""
    aux = auxiliaries(t)
    return bool(aux & POSSIBLE_AUX) and "be" in aux and t.tag_ == "VBN" and t.lemma_.lower() in PERCEIVED


def _would(t) -> bool:
    return "would" in auxiliaries(t)


def told_later(t) -> bool:
    """A "would" of a past narrative that tells what happened afterwards: "would later admit",
    "would eventually resign", "would go on to win"."""
    if not _would(t):
        return False
    return any(c.dep_ == "advmod" and c.lower_ in LATER for c in t.children) \
        or t.lemma_.lower() == "go" and any(c.dep_ in ("prt", "advmod") and c.lower_ == "on" for c in t.children)


def conditional(t) -> bool:
    """A "would", a "will" or a "could" under a condition: "would close once ...", "will resign
    if ...", "could pass if it wins ..." (a threat, a promise or a hypothesis, not an act told as
    to come)."""
    # the condition may hang on the verb the modal one governs ("will be forced to close ... if")
    verbs = [t, *(c for c in t.children if c.dep_ == "xcomp")]
    return (_would(t) or bool(auxiliaries(t) & (FUTURE_AUX | POSSIBLE_AUX))) \
        and any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITIONS for m in c.children)
                for v in verbs for c in v.children)


#: words that open an embedded question of their own: "(unclear) how far the ferry could sail"
WH_WORDS = {"how", "what", "when", "where", "why", "which", "who", "whom"}


def question(t) -> bool:
    """A clause that is an embedded question: "(asked) if the vote could wait", "(it was not
    clear) how far the ferry could sail"; not a relative clause, "the town where it could
    land", nor one of time, "when it was approved")."""
    return any(c.dep_ == "mark" and c.lower_ in QUESTIONS for c in t.children) \
        or t.dep_ in ("ccomp", "csubj", "pcomp") and t.left_edge is not t and t.left_edge.lower_ in WH_WORDS


def status_verb(root):
    """The verb whose status and tense a claim gives its main event: the main verb, or for
    reported speech ("the sources said X was ..."), the verb of what was said."""
    if root is not None and root.lemma_.lower() in REPORTING_VERBS:
        said = [c for c in root.children if c.dep_ == "ccomp" and not question(c)]
        if said:
            return status_verb(said[0])
    return root
def modality_of(root, text: str, reported: bool = False) -> tuple[str, bool]:
    """The status a claim gives its main event, read from its main verb and what governs it.

    "are expected to agree" (expected), "is considering a plan" (planned), "had been
    considering a plan" (planned before: told as before another past moment, so no status of
    the act now), "could include" (possible), "may have begun" (guessed: a guess about the past,
    no act to come), "will visit" (future), "agreed" (asserted; so is "would later agree", told
    afterwards in a past narrative), "would agree if ...", "could pass if ..." (conditional); an alternative
    ("before or after") makes it possible. Words in subordinate clauses, and in an embedded
    question ("asked if the vote could wait"), do not count.
    """
    if root is None:
        return "asserted", False
    if root.lemma_.lower() in REPORTING_VERBS:
        # "the sources said X is expected to ...": the status of what was said ("cannot say
        # whether X survived" says nothing of it)
        said = status_verb(root)
        if said is not root:
            return modality_of(said, text, reported=True)
        return "asserted", any(c.dep_ == "neg" for c in root.children)
    if conditional(root):  # a condition first: "if approved, it would take effect 30 days later"
        return "conditional", any(c.dep_ == "neg" for c in root.children)
    if told_later(root):
        return "asserted", any(c.dep_ == "neg" for c in root.children)  # "would later admit": done
    chain = [root]  # the main verb and the verbs it takes as complements ("expected to agree")
    for t in root.children:
        if t.dep_ in ("xcomp", "ccomp", "acomp") and t.i > root.i and not question(t):
            chain.append(t)
    lemmas = {t.lemma_.lower() for t in chain if not compared(t)}
    aux = set().union(*(auxiliaries(t) for t in chain))
    negated = any(c.dep_ == "neg" for t in chain for c in t.children) or none_of(root)
    own_aux = auxiliaries(root)
    if not ALTERNATIVES.search(text) and any(auxiliaries(t) & POSSIBLE_AUX and "have" in auxiliaries(t) for t in chain):
        return "guessed", negated  # "may have been started with one question": about the past
    if not ALTERNATIVES.search(text) and any(restricted(t) for t in chain):
        return "restricted", negated  # "could only limp off": a limit, no act told as possible
    if ALTERNATIVES.search(text) or aux & POSSIBLE_AUX:
        return "possible", negated
    if "would" in own_aux:  # "said they would ...": a future told in the past; else a hypothetical
        return ("future" if reported else "expected"), negated
    if purposed(root):
        return "purpose", negated  # "the remarks were intended to calm the crews": what they were for
    pending = None
    if lemmas & EXPECT_WORDS and (root.lemma_.lower() in EXPECT_WORDS or root.lemma_.lower() == "be"):
        pending = "expected"
    elif root.lemma_.lower() == "be" and any(be_to(t) for t in chain[1:]):
        pending = "planned"  # "the men were to appear in court Wednesday"
    elif root.lemma_.lower() in PLAN_WORDS and not regarded(root) or lemmas & PLAN_WORDS and root.lemma_.lower() == "be":
        pending = "planned"
    if pending:
        # "had been considering whether to resign", "had been expected to sign": a plan or an
        # expectation before another past moment, not one pending when the outlet wrote
        return ("planned before" if "had" in own_aux else pending), negated
    if aux & FUTURE_AUX:
        return "future", negated
    return "asserted", negated


_NOT_ACTIONS = EXPECT_WORDS | PLAN_WORDS | REPORTING_VERBS | {"be", "have", "do", "make"}


#: reporting verbs that are acts of a story in their own right: an announcement or a
#: confirmation can be expected and then made ("is expected to announce" / "announced"); "said"
#: cannot be told pending in any way a desk would set against "will say"
_ANNOUNCING = {"announce", "confirm"}
_NOT_ACTS = _NOT_ACTIONS - _ANNOUNCING

#: verbs of a wish that, with "would" and a verb of speaking to someone, are that speech made:
#: "would like to apologize", "would like to thank", "wishes to express" apologize, thank, express
_WISH_WORDS = {"like", "love", "wish", "want"}
#: acts done in the saying of them ("I apologize", "we thank"), whatever the words that wrap them
#: (not "extend", "offer" or "welcome": "would like to extend the truce" is an act to come)
PERFORMATIVE = {"apologize", "apologise", "thank", "express", "congratulate", "acknowledge", "commend", "condemn",
                "praise", "salute"}


def performed(t) -> bool:
    """A speech act made in its very wording: "would like to apologize to passengers" is an
    apology, no act to come."""
    h = t.head
    return t.dep_ == "xcomp" and t.lemma_.lower() in PERFORMATIVE and h is not t and h.lemma_.lower() in _WISH_WORDS \
        and (_would(h) or h.lemma_.lower() == "wish" and h.tag_ in ("VBZ", "VBP"))


#: the verbs of a main event, at most (a chain of complements longer than this is a list)
MAX_ACTIONS = 6


def act_key(t) -> str:
    """The name of the act a verb tells: its lemma, with its particle ("push off", "step
    down", "call off": other acts than "push", "step", "call")."""
    prt = next((c.lower_ for c in t.children if c.dep_ == "prt"), None)
    return f"{t.lemma_.lower()} {prt}" if prt else t.lemma_.lower()


def actions_of(root, within: tuple[int, int] | None = None) -> list[str]:
    """The verbs of a claim's main event: the main verb and the verbs it governs as complements
    ("expected to agree to begin" -> agree, begin), reported speech followed into what was said;
    ``within``: the token positions of the claim, where it is one clause of a longer sentence
    ("Vance considered resigning, | but decided against it": the deciding is the next claim's)."""
    out: list[str] = []
    todo = [root] if root is not None else []
    lo, hi = within if within is not None else (0, 1 << 30)
    while todo and len(out) < MAX_ACTIONS:
        t = todo.pop(0)
        if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() not in _NOT_ACTIONS:
            out.append(act_key(t))
        todo += [c for c in t.children if lo <= c.i < hi and (
                 c.dep_ in ("xcomp", "ccomp", "conj") and c.pos_ in ("VERB", "AUX")
                 or c.dep_ == "acomp" and c.lemma_.lower() in EXPECT_WORDS | PLAN_WORDS)  # "is likely to pass"
                 and not (c.dep_ == "xcomp" and _too(t))]
    return out


def _too(t) -> bool:
    """Whether a verb says its infinitive is not done, with "too" ("it was too early to release
    the name", "is too soon to say"): the act after it is none of the claim's."""
    return any(c.lower_ == "too" and c.dep_ == "advmod" for h in (t, *(c for c in t.children if c.dep_ == "acomp"))
               for c in h.children)


def doers_of(tokens, acts) -> dict[str, str]:
    """Who does each act of ``acts``: the lemma of its subject's head word ("panel" for "a
    review panel was scheduled to meet"), found on the verb or on the verb it complements (or
    that verb's object: "mayor" for "asked the mayor to resign"); the subject of a relative
    clause is the name it describes ("Ana Ruiz, a pilot who led the mission": "ruiz"); acts
    whose subject is another pronoun or missing are left out, and so are acts told twice of two
    subjects ("70 percent of Republicans believe ..., while 21 percent of Democrats believe ...":
    whose belief a figure hangs on is not known by its verb)."""
    out: dict[str, str] = {}
    twice: set[str] = set()
    for t in tokens:
        lemma = act_key(t)
        if lemma not in acts or lemma in twice or t.pos_ not in ("VERB", "AUX") or t.dep_ in ("aux", "auxpass"):
            continue
        h, subj = t, None
        for _ in range(4):
            subj = next((c for c in h.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is None and h.dep_ == "xcomp" and h.head is not h:
                # the object of the verb it complements: "were expecting Vance to take the kick",
                # "asked the mayor to resign" (Vance takes it, the mayor resigns)
                subj = next((c for c in h.head.children if c.dep_ == "dobj" and c.i < h.i), None)
            if subj is not None or h.dep_ not in ("xcomp", "conj", "acomp") or h.head is h:
                break
            h = h.head
        subj = _whole_of(subj)
        if subj is not None and subj.lower_ in _RELATIVE and h.dep_ == "relcl":
            subj = _named_antecedent(h.head)  # "Ana Ruiz, a pilot who led the mission": Ruiz led it
        elif subj is not None and subj.pos_ == "PRON":
            subj = _reporter(subj, h)
        if subj is not None and subj.pos_ in ("NOUN", "PROPN"):
            if out.setdefault(lemma, subj.lemma_.lower()) != subj.lemma_.lower():
                del out[lemma]
                twice.add(lemma)
    return out


#: pronouns that stand for the one who tells (a person)
_TELLER = {"he", "she"}
#: relative pronouns, whose clause's act is done by the noun the clause describes
_RELATIVE = {"who", "which", "that"}
#: the kinds of name a relative clause's doer is read from
_NAME_KINDS = {"PERSON", "ORG", "GPE", "NORP"}


def _named_antecedent(noun):
    """The name a relative clause describes, where it describes one: the name itself ("Ruiz,
    who led ..."), or the name a noun stands beside ("Ana Ruiz, a pilot who led ...", "Ruiz, the
    Texas Republican who used ..."); None for a thing or an unnamed person ("the bill, which
    passed ...": a bill passes as a house passes it, one act of two subjects)."""
    if noun.dep_ == "appos" and noun.head.pos_ == "PROPN":
        noun = noun.head
    return noun if noun.pos_ == "PROPN" and noun.ent_type_ in _NAME_KINDS else None


def _reporter(pronoun, verb):
    """The named subject of the verb of saying whose clause a "he" or "she" is the subject of
    ("Senator Ruiz told reporters she plans to ...": Ruiz); None otherwise."""
    if pronoun.lower_ not in _TELLER or verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in REPORTING_VERBS:
        return None
    subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    return subj if subj is not None and subj.pos_ == "PROPN" and subj.ent_type_ == "PERSON" else None


#: words that name a part or a count of what follows their "of" ("dozens of lawmakers", "most
#: of the crew"): the doer is what follows
_PARTS = {"dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "million", "millions", "score", "scores",
          "some", "many", "most", "all", "none", "half", "majority", "minority", "number", "handful", "couple",
          "lot", "lots", "bunch", "rest", "several", "few", "each", "both", "one", "percent"}


def _whole_of(subj):
    """The head of what a subject counts a part of ("dozens of councillors boycotted":
    councillors; "two of the pilots": pilots), else the subject itself."""
    if subj is None or not (subj.lemma_.lower() in _PARTS or subj.lower_ in _PARTS or subj.pos_ == "NUM"):
        return subj
    of = next((c for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    whole = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return whole if whole is not None else subj


def acts_of(tokens) -> dict[str, str]:
    """Each act a claim tells (a verb of the story's own, in any clause) with its status:
    "done" (told in the past: "approved", "has approved", "was approved"), "future" ("will
    approve"), "expected" ("is expected to approve", "is likely to", "is set to", "would"),
    "planned" ("plans to approve"), "possible" ("could approve"; "could have approved" tells a
    possibility about the past and has no status). An act told under another's
    status takes it ("expected to agree to begin": begin is expected too), and so does an
    infinitive of purpose under a pending act ("scheduled to meet to begin hearing"); an act the claim
    tells twice with two statuses, or negated, or once more as the complement of a verb that
    gives it none ("who directed the film, is negotiating to direct its sequel"), is left out
    (which one a comparison means is not clear)."""
    status: dict[int, str | None] = {}
    for t in tokens:
        if t.pos_ not in ("VERB", "AUX") or t.dep_ in ("aux", "auxpass"):
            continue
        own = _own_status(t)
        status[t.i] = None if _told_then(t, own) or question(t) else own  # "asked if it could wait": no status
    out: dict[str, str] = {}
    twice: set[str] = set()
    untold: set[str] = set()  # acts told again under a verb that gives them no status
    for t in tokens:
        if t.i not in status or t.lemma_.lower() in _NOT_ACTS:
            continue
        st = status[t.i]
        if st == "done" and t.lemma_.lower() in _ANNOUNCING and any(c.dep_ == "ccomp" for c in t.children):
            continue  # "announced that he would decide next week": a telling of what was said, not the
            # announcement awaited ("will announce his decision"); awaited, "is expected to announce
            # that he will run" is one ("announced his bid")
        if performed(t) or any(performed(c) for c in t.children):
            continue  # "would like to apologize": the apology, no act pending; nor is the wish one
        if st is None and been_to(t):
            st = "done"  # "had been to see the film": seen
        if st is None and yet_to(t):
            st = "planned"  # "has yet to approve", "with the board yet to approve": not done, pending
        h = t
        while st is None and h.head is not h and (h.dep_ == "xcomp" or _purpose(h)):  # "expected to agree to begin"
            purpose = h.dep_ != "xcomp"
            h = h.head
            if h.lemma_.lower() in EXPECT_WORDS | PLAN_WORDS and "had" in auxiliaries(h):
                break  # "had been considering whether to resign": a plan before another past
                # moment, not one pending when the outlet wrote
            if h.lemma_.lower() in EXPECT_WORDS | PLAN_WORDS and any(c.dep_ == "neg" for c in h.children):
                break  # "did not intend to close the pier": no plan of it
            if compared(h) or regarded(h):
                break  # "three times as likely to be fined": a rate; "considered the strongest to hit": a judgement
            if purposed(h) or _aim_of_act(h):
                break  # "the remarks were intended to calm the crews", "issued a patch, aiming to fix
                # the flaw": what they were for, no plan pending
            if h.lemma_.lower() in EXPECT_WORDS:
                st = "expected"
            elif h.lemma_.lower() in PLAN_WORDS or h.lemma_.lower() == "be" and be_to(t):
                st = "planned"
            else:
                st = status.get(h.i) if h.lemma_.lower() not in _NOT_ACTIONS else None
                if st == "done":
                    st = None  # "agreed to begin": the beginning is not done
            if purpose and st == "done":
                st = None  # "met to discuss": the discussing is not told done
        foreseen = _foreseen(t) if st == "future" else None
        if foreseen is not None:
            st = foreseen or None  # "aides expect that the four will vote together": what they expect,
            # not an act the outlet tells as sure to come; "no one expects that it will pass": no status
        if st is None and t.dep_ == "xcomp":
            untold.add(act_key(t))  # "who directed the film, is negotiating to direct its sequel": which
            # directing another outlet's "is expected to direct" tells is not clear
        if st is None or any(c.dep_ == "neg" for c in t.children) or _asked(t) or _anyone(t) or none_of(t) or little_of(t) \
                or _of_a_superlative(t):
            continue
        lemma = act_key(t)
        if lemma in out and out[lemma] != st:
            twice.add(lemma)
        out[lemma] = st
    return {k: v for k, v in sorted(out.items()) if k not in twice | untold}


#: verbs whose clause tells what someone foresees: "expect that ... will", "predicted that ... will"
_FORESEEING = EXPECT_WORDS | {"predict", "forecast"}


def _foreseen(t) -> str | None:
    """The status of an act told with "will" in a clause of a verb of foreseeing: "expected"
    ("senators expect that the bill will pass"); "" where the foreseeing is denied ("no one
    expects that it will pass"); None where the clause is no such verb's."""
    c = t
    while c.dep_ == "conj" and c.head is not c:  # "expect that Ruiz will resign and Vance will run": both
        c = c.head
    h = c.head
    if c.dep_ != "ccomp" or h is c or h.lemma_.lower() not in _FORESEEING:
        return None
    denied = any(x.dep_ == "neg" or x.dep_ == "nsubj" and x.lower_ in ("nobody", "none") for x in h.children)
    return "" if denied or none_of(h) else "expected"


def _of_a_superlative(t) -> bool:
    """Whether a verb tells what a class is, in a relative clause after a superlative: "one of
    the most advanced phones the company has launched", "the largest sum it ever raised" rank a
    thing among all the acts of a kind; they tell no act of the story, with no status."""
    if t.dep_ != "relcl":
        return False
    return any(c.tag_ == "JJS" or c.dep_ == "amod" and any(g.tag_ == "RBS" for g in c.children) for c in t.head.children)


def yet_to(t) -> bool:
    """Whether a verb is told as not done yet: "yet to" before it ("has yet to approve", "is yet
    to be approved", "with the board yet to approve")."""
    return _yet_before(t) and "relcl" not in (t.dep_, t.head.dep_)  # "planets that are yet to be found": what they
    # are, no act pending


def _yet_before(t) -> bool:
    """Whether "yet to" stands before a verb."""
    to = next((c for c in t.children if c.dep_ == "aux" and c.lower_ == "to"), None)
    return to is not None and to.i > 0 and to.doc[to.i - 1].lower_ == "yet"


#: subjects that name nobody in particular: "what some might dub a gamble" tells no act of the story
_ANYONE = {"some", "many", "others", "few", "several", "someone", "somebody", "anyone", "anybody", "everyone",
           "everybody", "nobody", "one"}


def none_of(t) -> bool:
    """Whether an act's subject is none of its kind ("No pleas were entered", "no charges were
    filed"): the act told as not done."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)
               for c in t.children)


#: words that make an act's object little or none of its kind
_LITTLE = frozenset({"no", "little", "scant"})


def little_of(t) -> bool:
    """Whether an act's object is little or none of its kind ("has gained little ground", "made no
    headway", "found scant trace", "did little"): the act told as not done ("gained a little
    ground", "won few votes" are done)."""
    for c in t.children:
        if c.dep_ != "dobj":
            continue
        if c.lower_ in ("little", "nothing"):
            return True
        kids = list(c.children)
        if any(d.dep_ in ("det", "amod") and d.lower_ in _LITTLE for d in kids) and not any(d.lower_ in ("a", "an") for d in kids):
            return True
    return False


def _anyone(t) -> bool:
    """Whether an act's subject is nobody in particular ("some might dub it ...")."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _ANYONE and c.pos_ in ("PRON", "DET", "NOUN", "ADJ")
               and not any(g.dep_ == "prep" for g in c.children) for c in t.children)


def denied_of(tokens) -> dict[str, str]:
    """Acts a claim says will not happen, by their own "will" or "would" and "not" ("would not
    be held": {"hold": "expected"}, "will not attend": {"attend": "future"}); a "not" on another
    word ("would be found not liable") denies nothing; "did not attend" is no act to come, and
    "could not agree" may tell a failure as well as a possibility."""
    out: dict[str, str] = {}
    for t in tokens:
        if t.pos_ not in ("VERB", "AUX") or t.dep_ in ("aux", "auxpass") or t.lemma_.lower() in _NOT_ACTS:
            continue
        if any(c.dep_ == "neg" for c in t.children):
            st = _own_status(t)
            if st in ("future", "expected"):
                out[act_key(t)] = st
    return dict(sorted(out.items()))


def _asked(t) -> bool:
    """Whether an act is told inside an embedded question, through the words it complements:
    "(asked) whether she would be willing to sign" (sign)."""
    h = t
    for _ in range(4):
        if question(h):
            return True
        if h.dep_ not in ("xcomp", "acomp") or h.head is h:
            return False
        h = h.head
    return False


def _told_then(t, status: str | None) -> bool:
    """Whether an act's "would" is someone's word or thought reported in the past ("Ruiz said on
    Monday that the council would vote", "talk grew that the chief would be replaced"): what was
    expected when it was said, not when the outlet wrote, so no telling of the act as still to
    come."""
    c = t
    while c.dep_ == "conj" and c.head is not c:  # "said that Ruiz had signed and would resign": both reported
        c = c.head
    h = c.head
    return status == "expected" and c.dep_ == "ccomp" and h is not c and h.tag_ in ("VBD", "VBN") \
        and any(x.dep_ == "aux" and x.lower_ == "would" for x in t.children)


def _purpose(t) -> bool:
    """An infinitive of purpose: "scheduled to meet Wednesday to begin hearing" (begin)."""
    return t.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)


#: things that are written and then do what they say: "the deal would provide $1 billion" tells
#: what the deal says, not an act to come (the status rule reads it so; the facts keep the act
#: and its doer, which the figure rules need: "the plan would cut" is the plan's cut)
MEASURES = {"bill", "deal", "plan", "law", "measure", "package", "proposal", "legislation", "agreement", "budget",
            "amendment", "resolution", "order", "rule", "regulation", "policy", "treaty", "accord", "compromise",
            "provision", "program", "programme", "act", "initiative", "reform", "ordinance", "statute", "contract"}
#: what befalls a measure rather than what it says ("the bill would pass")
FATES = {"pass", "fail", "expire", "die", "advance", "clear", "survive", "go", "take", "become", "reach", "stall"}


#: verbs whose object's participle tells a wish, not a done act ("want the levy scrapped")
_WISHING = {"want", "wish", "need", "like", "prefer", "desire"}


def _own_status(t) -> str | None:
    """The status a verb's own auxiliaries and tense give it (None: none of its own)."""
    aux = auxiliaries(t)
    if not aux and t.dep_ == "conj" and t.head.pos_ in ("VERB", "AUX") \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children) \
            and auxiliaries(t.head) & (POSSIBLE_AUX | FUTURE_AUX | {"would"}):
        return _own_status(t.head)  # "would raise fares but cut delays": the cutting is expected too
    if "have" in aux and aux & (POSSIBLE_AUX | FUTURE_AUX | {"would", "should", "must"}):
        return None  # "who could have sent it": a possibility about the past, not an act to come
    if aux & POSSIBLE_AUX and "be" in aux and t.tag_ == "VBG":
        return None  # "may be raising questions": a guess about what is going on, not an act to come
    if aux & POSSIBLE_AUX:
        return None if conditional(t) or restricted(t) else "possible"
    if aux & FUTURE_AUX:
        return None if conditional(t) else "future"  # "will close the port if ...": no act told to come
    if "would" in aux:
        if conditional(t):
            return None  # "would close once ...", "if approved, would take effect 30 days later": a hypothetical
        if told_later(t):
            return "done"  # "would later admit the loss": told afterwards in a past narrative
        return "expected"
    if t.dep_ == "xcomp" or aux & {"to"}:
        return None  # "to approve": its status is its governor's
    if "being" in aux:
        return None  # "was still being worked out": under way, not done
    if not aux and t.dep_ in ("ccomp", "xcomp", "oprd") and t.head.lemma_.lower() in _WISHING:
        return None  # "want the levy scrapped", "need the pier mended": a wish, not an act done
    if t.tag_ == "VBD" or (t.tag_ == "VBN" and aux & {"has", "have", "had", "was", "were"}):
        return "done"
    return None
