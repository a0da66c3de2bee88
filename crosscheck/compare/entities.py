"""Entities: another person, or another place, in the same role of the same fact.

Rules over pairs of claims that state one fact but for one element
(:meth:`Context.compared_pairs`):

* people: each claim names one person, doing or undergoing its act, whom the other claim
  does not name anywhere, in the same role of the same verb ("Mayor Ana Ruiz resigned",
  "... named Tom Vance"; in pairs at least 0.7 likely to state one fact, the same
  role of another verb: "was ousted", "lost"). A name spaCy tags as an organisation or a
  place is a person's where the story names that person in full ("only Vance faced ...").
  The subject of a verb of saying is a speaker, compared by who is said to say it; one
  title given to two people ("Harbour Board Chairwoman ...") is a finding too. A paraphrase
  that names the lawyer beside the client names both somewhere and is left alone. Names that differ only in
  spelling ("Katrin", "Katrine") are the same kind of finding, said as such; in pairs at
  least 0.6 likely to state one fact, a name spelled two ways is one whatever the roles.
  A person counts as named where the other claim writes the name, tagged or not; two people
  whose titles share no word ("Governor ..." / "Mayor ...") each do their own act (parallel
  facts of one story), and so do two people of whom the other acts in the other claim too.
* places: the places where one act happens (after "in" or "at", hung on the same verb: not
  "stop in Norvia" against "sign in Estland") are known to the entity data (countries and
  their capitals) and lie in different countries; "in Paris" and "in France"
  agree, and an unknown town is left alone.
"""
from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import fuzz
from rapidfuzz.distance import OSA, Levenshtein

from ..align import entity_keys
from ..claims.facts import QUOTE_VERBS, SAYING_VERBS, SPELLED, SPELLED_FROM, family, gendered, hyphened, load_entity_data, person_key, spelled_alike
from ..claims.facts import fold as name_fold
from ..models import Entity
from . import homes, parties, places
from .context import (BEYOND_DOUBT, Context, Proposal, people_of_story, per_article, per_claim,
                      unaccented, verb_stem)
from .quotes import FULL, SAME_SPEAKER_WORDS, abbreviates, size_of, written_as_name
from .status import ACT_LEVEL, act_level

#: an act told done (the status rule's level)
DONE = ACT_LEVEL["done"]

PLURAL_FROM = 3  # a name word longer than this is also read without a plural "s" ("the Vances": vance)
#: rapidfuzz ratio from which two different names in one role are one name spelled two ways;
#: for names in different roles of two claims, closer (``claims.facts.SPELLED``): only the
#: spelling speaks
SPELLING = 80
#: a pair this likely to state one fact may tell its people otherwise than in one role of one
#: verb: a title given to two people ("Harbour Board Chairwoman Rita Moss was voted out" / "his
#: defeat of Harbour Board Chairwoman Ana Ruiz"), two first names, one statement given to two
#: speakers, places of one act
PARAPHRASE = 0.6
#: (until session 43 the same role of two different verbs, "Vance was sworn in" / "Ruiz took the
#: oath", was one act told otherwise in a pair at least 0.9 likely: of the three such findings on
#: the samples none was real, "Trump needs 1,237 delegates" / "Kasich is eliminated from earning
#: the 1,237", and the harness found no edit through it, in sample or on dev's natural
#: discrepancies; another person is now set against a person in the one role of one verb)
#: two different people (not one name spelled two ways) in one act are one fact told with
#: another person only in a pair at least this likely to state one fact. Session 42: of the 27
#: such findings on the samples, read one by one, none was real (the story's two players who each
#: missed games, two governors who each defended a quarantine, two senators on two boards); 13
#: of the 18 whose probability was worked out stood under 0.8. The harness's swaps found in
#: sample fell from 44 to 31 of 154 (3 of them to the slot swap's bar, ``_slot_swap``)
OTHER_PERSON = 0.8
#: ... or this likely, where the story settles who it was (``_story_settles``): two outlets or more
#: name one person in the role:verb, and the other person is named there by one outlet alone,
#: the claim's own (session 48: the harness's swaps found in sample 31 -> 38 of 146, nothing moved
#: on the 20 sample folders at any bar from 0.4 to 0.6)
SETTLED_PERSON = 0.5
#: pairs compared for their people: at least this likely to state one fact. The other finding
#: types ask 0.5 with their clashing number, day or speaker switched off; a name has no such
#: switch (another person in one copy of a fact lowers its pair's probability as a changed
#: figure does), and the rules below ask more where roles or verbs differ. Chosen on the
#: harness in sample (docs/findings.md, session 15)
PEOPLE_ALIKE = 0.3
#: a name spelled two ways ("Marisol" / "Marisole", ratio at least SPELLED, one first letter) is
#: read in every pair the comparisons take (until session 22, only in pairs 0.6 likely): two
#: names that close are one person's whatever else the two sentences say, and a misspelled name
#: itself lowers its pair's probability (the sentence vectors read it as another word: one
#: pair fell from 0.96 to 0.47). Harness in sample, misspelled surnames: 11 -> 19 of 47, nothing
#: provoked; on the four unseen parts one finding more, read real (docs/findings.md)
SPELLED_PAIR = PEOPLE_ALIKE
SAME_FACT = 0.8  # a person in a sentence with "is" / "was" only in pairs this likely to state one fact
#: a pair this likely states one fact beyond doubt: a person it tells of in any role, or as the
#: one something belongs to ("the Vances' rate"), against another is another person
HELD = BEYOND_DOUBT
#: roles a person can hold in an act: subject (active or passive), object, the one acted for or
#: with ("voted for Ana Ruiz": prep)
ROLES = {"nsubj", "nsubjpass", "dobj", "pobj", "prep", "appos", "attr", "dative", "agent"}


@lru_cache(maxsize=None)
def _places() -> tuple[set[str], dict[str, str]]:
    data = load_entity_data()
    return set(data.aliases.values()), data.capitals


def _quoted_words(ctx: Context, cid: str, e) -> bool:
    """Whether a name stands inside a claim's quotation marks (or the claim is a sentence of a
    quotation that runs over several): the speaker's words, which the quote rule compares."""
    claim = ctx.claims[cid]
    spans = [(q.start, q.end) for q in (claim.facts.quotes if claim.facts else [])]
    if ctx.quoted(cid) and not spans:
        return True
    return any(s <= e.start and e.end <= t for s, t in spans)


def _countries(ctx: Context, cid: str, anchor: str | None = None) -> dict[str, str]:
    """Location keys of a claim mapped to the country they lie in, for known places only
    (those of one role of one act, ``anchor``, when given: "prep:hold" for "held in Lisbon",
    "nsubj:hold" for "the envoys in Lisbon held ..."), outside its quotation marks (a place a
    speaker names is the speaker's word: '"Look at what is happening in Norland"' / '"... in
    Estland"' are two places of one list, or a remark's wording)."""
    countries, capitals = _places()
    out = {}
    for e in (ctx.claims[cid].facts.entities if ctx.claims[cid].facts else []):
        if e.role != "location" or (anchor is not None and e.anchor != anchor) or _quoted_words(ctx, cid, e):
            continue
        if e.key in countries:
            out[e.text] = e.key
        elif e.key in capitals:
            out[e.text] = capitals[e.key]
    return out


#: labels spaCy's small model gives a person's name when it reads it wrong ("only Vance faced
#: consequences": ORG; "appointed Ruiz to the seat": GPE)
MISREAD = ("ORG", "GPE", "NORP")
#: words before a name that make it a place, whatever else the story calls by that name
_PLACE_BEFORE = re.compile(r"\b(?:in|at|from|to|near|of|outside|across)\s+$", re.I)


@per_claim
def _persons(ctx: Context, cid: str) -> list[tuple[str, object]]:
    """(canonical person key, entity) for the people a claim names: those spaCy tags as people,
    and names it tags otherwise (an organisation, a place) that the story tags as a person in
    full elsewhere ("Okafor" of "Chidi Okafor"), unless written as a place ("in Okafor")
    or known to the entity data as one."""
    emap = ctx.entity_map
    claim = ctx.claims[cid]
    countries, capitals = _places()
    out = []
    for e in (claim.facts.entities if claim.facts else []):
        if e.label == "PERSON":
            out.append((emap.get(e.key, e.key), e))
        elif e.label in MISREAD and e.key not in countries and e.key not in capitals \
                and not e.text.lower().startswith("the "):  # "the Houston Astros": a team, a body, no person
            k = person_key(_unpossessed(e.text))
            full = people_of_story(ctx, ctx.story(cid)).get(emap.get(k, k))
            if full and not _PLACE_BEFORE.search(claim.text[: e.start - claim.start]):
                out.append((full, e))
    return out


@per_claim
def full_names(ctx: Context, cid: str) -> list[tuple[str, str, str]]:
    """(full person key, the claim's text before the name, its text after) for the people a
    claim names whom the story names in full (a surname it resolves to one person): where
    what news writes beside a name (an age, a party label) is read."""
    claim = ctx.claims[cid]
    return [(key, claim.text[: e.start - claim.start], claim.text[e.end - claim.start:])
            for key, e in _persons(ctx, cid) if len(key.split()) > 1]


@per_claim
def people_named(ctx: Context, cid: str) -> list[tuple[str, str, str]]:
    """As :func:`full_names`, with a name written alone ("Ms. Okafor") read as the one person
    the story names in full by it ("Chidi Okafor"), where it names only one."""
    claim, people = ctx.claims[cid], people_of_story(ctx, ctx.story(cid))
    out = []
    for key, e in _persons(ctx, cid):
        if len(key.split()) == 1 and key in people:
            key = ctx.entity_map.get(people[key], people[key])
        if len(key.split()) > 1:
            out.append((key, claim.text[: e.start - claim.start], claim.text[e.end - claim.start:]))
    return out


@per_claim
def _acting(ctx: Context, cid: str) -> list[tuple[str, str, str]]:
    """(person key, role:verb, name as written) for the people a claim names as doing or
    undergoing an act, or in a description ("is", "was"): not as speakers (the subject of a
    verb of saying: "Vance noted that ..."; :func:`_attributed` compares those), not as a
    name that qualifies a noun."""
    out = []
    for key, e in _persons(ctx, cid):
        if not e.anchor:
            continue
        role, _, verb = e.anchor.partition(":")
        if role in ROLES and verb not in SAYING_VERBS and not qualifies_noun(ctx.claims[cid], e):
            out.append((key, e.anchor, e.text))
    return out


@per_claim
def _roles(ctx: Context, cid: str) -> dict[str, list[tuple[str, str]]]:
    """person key -> every (role:verb, name as written) of :func:`_acting`."""
    out: dict[str, list[tuple[str, str]]] = {}
    for k, anchor, text in _acting(ctx, cid):
        out.setdefault(k, []).append((anchor, text))
    return out


def _people_in_acts(ctx: Context, cid: str) -> dict[str, tuple[str, str]]:
    """person key -> (its first role:verb, the name as written), of :func:`_acting`."""
    return {k: roles[0] for k, roles in _roles(ctx, cid).items()}


#: a name with its accents set aside ("Inés" -> "Ines"): house style, not another spelling
fold = unaccented


@lru_cache(maxsize=65536)
def name_words(key: str, given: frozenset[str] = frozenset()) -> frozenset[str]:
    """The words of a name (a person key, a doer), plurals and possessives read as the name
    ("the Vances": vance), and each also without its accents ("inés": ines). ``given``: words
    the corpus writes only as a given name (:func:`given_names`), which name no one alone and
    leave a name of two words or more ("Dara Quill" / "Dara Menon" share none)."""
    words = {w.removesuffix("'s").removesuffix("’s").removesuffix("s") if len(w) > PLURAL_FROM else w
             for w in key.split()} | set(key.split())
    words |= {fold(w) for w in words}
    if given and len(key.split()) > 1:
        words -= given
    return frozenset(words)


def given_names(ctx: Context) -> frozenset[str]:
    """The words the corpus writes only as a person's given names: given names of a name in
    full as :func:`_parts` reads it ("Dara" of "Dara Quill"), never a word of a surname nor a
    name alone (a surname written first, "Lin" of "Lin Dara", written "Lin" alone, stays). Two
    people who share one name that the news calls neither by ("Dara Quill", "Dara Menon") are
    two people."""
    return _names_given(ctx)[1]


def _names_given(ctx: Context) -> tuple[frozenset[str], frozenset[str]]:
    """The given names of every person the corpus names in full (:func:`_parts`), and of those
    the ones :func:`given_names` keeps (never a word of a surname nor a name alone)."""
    cached = ctx.__dict__.get("_names_given")
    if cached is None:
        given, surnames, alone = set(), set(), set()
        for claim in ctx.claims.values():
            for e in (claim.facts.entities if claim.facts else []):
                if e.label != "PERSON":
                    continue
                if len(e.key.split()) == 1:
                    alone.add(e.key)
                elif parts := _parts(e.text):
                    surnames.update(parts[0].split())
                    given |= parts[1]
        cached = (frozenset(given), frozenset(given - surnames - alone))
        ctx.__dict__["_names_given"] = cached
    return cached


def _all_people(ctx: Context, cid: str) -> set[str]:
    emap = ctx.entity_map
    f = ctx.claims[cid].facts
    # the people (spaCy's and the misread ones), and organisations as the parser tagged them
    keys = {k for k, _ in _persons(ctx, cid)} | {emap.get(e.key, e.key) for e in (f.entities if f else []) if e.label == "ORG"}
    given = given_names(ctx)
    return keys | {w for k in keys for w in name_words(k, given)}  # a surname alone names the person too


@per_claim
def _per_claim(ctx: Context, cid: str) -> tuple[dict[str, tuple[str, str]], set[str]]:
    """The people a claim names in acts, and everyone it names."""
    return _people_in_acts(ctx, cid), _all_people(ctx, cid)


@per_claim
def _narrated(ctx: Context, cid: str) -> dict[str, tuple[str, str]] | None:
    """Of a claim's people in acts, those its own words name (outside quotation marks): all of
    them in a claim that is not mostly a quotation; in one that is ('The statement said Vance
    "asserts his innocence"'), those named outside the marks; None for a sentence of a
    quotation that runs over several (its words are all the speaker's)."""
    people = _people_in_acts(ctx, cid)
    if not ctx.quoted(cid):
        return people
    claim = ctx.claims[cid]
    if not (claim.facts and claim.facts.quotes):
        return None
    inside = {k for k, e in _persons(ctx, cid) if _quoted_words(ctx, cid, e)}
    return {k: v for k, v in people.items() if k not in inside}


def _written(name: str, text: str) -> bool:
    """Whether a text writes the family name of ``name`` (as written: "Vance", "Tom Vance")
    as a name, where the parser may not have tagged it ("Vance met on Wednesday with ...")."""
    last = _unpossessed(name).split()[-1] if name.split() else ""
    return len(last) > 1 and bool(_name_rx(last).search(text))


@lru_cache(maxsize=4096)
def _name_rx(word: str) -> re.Pattern:
    return re.compile(rf"(?<![\w-]){re.escape(word)}(?![\w-])")


def _unnamed_in(people: dict, everyone: set[str], text: str = "", given: frozenset[str] = frozenset()) -> list[str]:
    """The keys of ``people`` (key -> name as written, or -> (role:verb, name as written)) whom
    another claim (naming ``everyone``, written ``text``) does not name anywhere: neither among
    its people nor in its words, where the parser may have missed the name."""
    def written(v) -> bool:
        return bool(text) and _written(v if isinstance(v, str) else v[1], text)
    return [k for k, v in people.items() if k not in everyone and not name_words(k, given) & everyone and not written(v)]


def _one_each(people: list[str], roles: dict[str, list[tuple[str, str]]],
              given: frozenset[str] = frozenset()) -> list[tuple[str, list[tuple[str, str]]]]:
    """The people of ``people`` as persons: keys that share a name word are one person
    ("Vance" and "Tom Vance" of one sentence), with every role:verb either is named in."""
    out: list[tuple[str, list[tuple[str, str]]]] = []
    for k in sorted(people, key=lambda k: (-len(k), k)):  # the fullest name first
        one = next((i for i, (k2, _) in enumerate(out) if name_words(k, given) & name_words(k2, given)), None)
        if one is None:
            out.append((k, list(roles[k])))
        else:
            out[one][1].extend(roles[k])
    return out


#: the subject of a paraphrased act, active or passive: "Ana Ruiz was sworn in as mayor" /
#: "Tom Vance took the oath of office" (of one verb, the two are opposite roles: "was fired" /
#: "fired")
SUBJECTS = {"nsubj", "nsubjpass"}


#: people a story names in one role of one act ("packages addressed to" three people, three
#: people "were shot") from which the act is taken to be many acts of one kind
MANY = 3


def _persons_in(keys: list[str]) -> int:
    """How many people the keys name (keys that share a name word are one person)."""
    return len(_one_each(sorted(set(keys)), {k: [] for k in keys}))


#: outlets that tell of one person in a role:verb, from which the act is the story's own
#: (not one outlet's word against another's)
TOLD_BY = 2


def _slot_people(ctx: Context) -> dict[tuple[str | None, str], list[tuple[str, str, str]]]:
    """(story, role:verb) -> (person key, article, outlet) for everyone the corpus's claims name
    in a role of an act (:func:`_acting`), read once per run."""
    table = ctx.__dict__.get("_slot_people")
    if table is None:
        table = {}
        for c, claim in ctx.claims.items():
            if claim.facts is None or not claim.facts.entities:
                continue
            for k, anchor, _ in _acting(ctx, c):
                table.setdefault((ctx.story(c), anchor), []).append((k, claim.article, ctx.outlet(c)))
        ctx.__dict__["_slot_people"] = table
    return table


def _story_settles(ctx: Context, a: str, b: str, role: str, ka: str, kb: str) -> bool:
    """Whether the story settles who is in the role:verb, against one claim of the pair: TOLD_BY
    outlets or more name the other claim's person there, and this claim's person is named in that
    role by its own outlet alone ("the board fired Ana Ruiz" told by two outlets and "fired Tom
    Vance" by a third, in one sentence: the third has named the wrong person). Both must be people
    the story names in full (a company the parser tags as a person, "Novatek revealed" against
    "Lena Ortiz revealed", is neither)."""
    people = people_of_story(ctx, ctx.story(a))
    if ka not in people or kb not in people:
        return False
    told = _slot_people(ctx).get((ctx.story(a), role), ())
    g = given_names(ctx)
    for mine, k_mine, k_other in ((a, ka, kb), (b, kb, ka)):
        mine_by = {out for k, _, out in told if name_words(k, g) & name_words(k_mine, g)}
        other_by = {out for k, _, out in told if name_words(k, g) & name_words(k_other, g)}
        if mine_by <= {ctx.outlet(mine)} and len(other_by) >= TOLD_BY:
            return True
    return False


def _likely_enough(ctx: Context, a: str, b: str, role: str, ka: str, kb: str) -> bool:
    """Whether a pair is likely enough to state one fact for two people in the role:verb to be
    one misnamed: OTHER_PERSON, or SETTLED_PERSON where the story settles who it was."""
    p = ctx.probability(a, b)
    return p >= OTHER_PERSON or p >= SETTLED_PERSON and _story_settles(ctx, a, b, role, ka, kb)


def _told_of_both(ctx: Context, a: str, b: str, role: str, ka: str, kb: str) -> bool:
    """Whether the story tells of both people in the role:verb as acts of their own: an
    article other than the pair's tells of both, each in a claim of its own or together
    ("Raikes crashed out on lap 20" ... "Moss also crashed, on lap 48"), or TOLD_BY outlets or
    more tell of each. The act happened twice, and two outlets that each name one of its doers
    contradict nothing. (The pair's own article naming the other person there too does not
    tell it: an outlet may misname a person once and name them right elsewhere.)"""
    told = _slot_people(ctx).get((ctx.story(a), role), ())
    g = given_names(ctx)
    wa, wb = name_words(ka, g), name_words(kb, g)
    of_a = [(art, out) for k, art, out in told if name_words(k, g) & wa]
    of_b = [(art, out) for k, art, out in told if name_words(k, g) & wb]
    if ({art for art, _ in of_a} & {art for art, _ in of_b}) - {ctx.claims[a].article, ctx.claims[b].article}:
        return True
    return len({out for _, out in of_a}) >= TOLD_BY and len({out for _, out in of_b}) >= TOLD_BY


#: after a doer's name, within its clause, a word that makes it another doer of the act, and
#: the act's verb a few words on: "Vance, 48, of Ely was also (turkey) hunting in the field"
_ALSO_NEAR = r"^[^.;:!?]{{0,60}}?\b(?:also|too|likewise)\W+(?:\w+\W+){{0,2}}?{verb}\b"


def _spate(ctx: Context, a: str, b: str, role: str) -> bool:
    """Whether articles other than the pair's, MANY - 1 of them or more, name MANY - 1 people
    or more in the role:verb ("A died at the stadium" / "B died at the cafe", and other outlets
    tell C and D dying, each in a hall, a street): an act of many, and two outlets that each name
    one of its doers contradict nothing. (The pair's own articles do not tell it: an outlet that
    names people one by one may name one of them wrongly.)"""
    mine = {ctx.claims[a].article, ctx.claims[b].article}
    others = [(k, art) for k, art, _ in _slot_people(ctx).get((ctx.story(a), role), ()) if art not in mine]
    return len({art for _, art in others}) >= MANY - 1 and _persons_in([k for k, _ in others]) >= MANY - 1


def _also_told(ctx: Context, a: str, b: str, role: str, ka: str, kb: str) -> bool:
    """Whether the article of one claim of the pair tells, in another of its claims, the other
    claim's person as a further doer of the act ("Cora Lind was hunting in a blind" / "Tom Vance
    was hunting in a blind", and Lind's article: "Vance, 48, was also hunting"): the act
    happened twice, and that outlet tells of both."""
    further = re.compile(_ALSO_NEAR.format(verb=verb_stem(role.partition(":")[2])), re.I)
    for mine, other in ((b, ka), (a, kb)):
        story, words = ctx.story(mine), name_words(other, given_names(ctx))
        for c in ctx.claims_of(ctx.claims[mine].article):
            claim = ctx.claims[c]
            if c == mine or ctx.story(c) != story or claim.facts is None:
                continue
            # the doer by the verb's words (the parser may hang the name elsewhere: "was also
            # turkey hunting" read as "was")
            if any(name_words(k, given_names(ctx)) & words and further.match(claim.text[e.end - claim.start:]) for k, e in _persons(ctx, c)):
                return True
    return False


def _many_acts(ctx: Context, cid: str) -> frozenset[str]:
    """The role:verb slots that the claim's story fills with MANY people or more, over all
    its claims and outlets, one claim naming two of them or more there ("packages addressed to
    A, B and C"): each claim's person in such a slot may be another act's (two outlets that
    each name one addressee of a spate of packages contradict nothing). People told of one by
    one in a slot ("A held the seat", "B held the seat") are no such spate."""
    cache = ctx.__dict__.setdefault("_many_acts", None)
    if cache is None:
        # first the slots a claim lists two people in (only claims that name two things or
        # more can), then, in their stories alone, everyone named in those slots
        listed: set[tuple[str | None, str]] = set()
        for c, claim in ctx.claims.items():
            if claim.facts is None or len(claim.facts.entities) < 2:
                continue
            here: dict[str, list[str]] = {}
            for k, anchor, _ in _acting(ctx, c):
                here.setdefault(anchor, []).append(k)
            listed.update((ctx.story(c), anchor) for anchor, keys in here.items() if _persons_in(keys) >= 2)
        table = _slot_people(ctx) if listed else {}
        cache = {}
        for story, anchor in listed:
            if _persons_in([k for k, _, _ in table.get((story, anchor), ())]) >= MANY:
                cache.setdefault(story, set()).add(anchor)
        ctx.__dict__["_many_acts"] = cache = {s: frozenset(v) for s, v in cache.items()}
    return cache.get(ctx.story(cid), frozenset())


def of_two_people(ctx: Context, a: str, b: str) -> bool:
    """Whether two claims each tell of one person in their acts (not as a speaker), two people,
    neither named anywhere in the other claim: what each says of its person is that person's
    ("Ana Ruiz was sentenced to ten years" / "Tom Vance, arrested in May, was sentenced to 12
    years": two sentences, not one told two ways)."""
    ra, rb = _roles(ctx, a), _roles(ctx, b)
    if not ra or not rb:
        return False
    g = given_names(ctx)
    pa, pb = _one_each(sorted(ra), ra, g), _one_each(sorted(rb), rb, g)
    if len(pa) != 1 or len(pb) != 1 or name_words(pa[0][0], g) & name_words(pb[0][0], g):
        return False
    (ka, roles_a), (kb, roles_b) = pa[0], pb[0]
    return bool(_unnamed_in({ka: roles_a[0]}, _per_claim(ctx, b)[1], ctx.claims[b].text, g)) \
        and bool(_unnamed_in({kb: roles_b[0]}, _per_claim(ctx, a)[1], ctx.claims[a].text, g))


def _described(ctx: Context, a: str, ra: str, b: str, rb: str) -> bool:
    """Whether two role:verb anchors are each the subject of its claim's main verb, one of them
    "be": a person described ("the Vances' rate was ...") against the doer of an act."""
    def main(cid: str, verb: str) -> bool:
        f = ctx.claims[cid].facts
        return f.predicate is None or verb == f.predicate or verb in {act.split()[0] for act in f.actions}
    (role_a, _, verb_a), (role_b, _, verb_b) = ra.partition(":"), rb.partition(":")
    return {role_a, role_b} <= SUBJECTS and "be" in (verb_a, verb_b) and verb_a != verb_b \
        and main(a, verb_a) and main(b, verb_b)


def _people(ctx: Context, a: str, b: str) -> Proposal | None:
    # a remark's wording is the quote rule's; the people a claim's own words name are this rule's
    pa, pb = _narrated(ctx, a), _narrated(ctx, b)
    if not pa or not pb:
        return _held(ctx, a, b)
    everyone_a, everyone_b = _per_claim(ctx, a)[1], _per_claim(ctx, b)[1]
    # the people each claim names that the other does not name anywhere
    g = given_names(ctx)
    only_a = _one_each(_unnamed_in(pa, everyone_b, ctx.claims[b].text, g), _roles(ctx, a), g)
    only_b = _one_each(_unnamed_in(pb, everyone_a, ctx.claims[a].text, g), _roles(ctx, b), g)
    if len(only_a) == 1 and len(only_b) > 1 or len(only_b) == 1 and len(only_a) > 1:
        # one person against several: the one of the several named in the very role:verb of the one
        one, several = (only_a, only_b) if len(only_a) == 1 else (only_b, only_a)
        slots = {r for r, _ in one[0][1]}
        match = [p for p in several if slots & {r for r, _ in p[1]}]
        if len(match) == 1:
            only_a, only_b = (one, match) if one is only_a else (match, one)
    if len(only_a) != 1 or len(only_b) != 1:
        return None if ctx.quoted(a) or ctx.quoted(b) else _slot_swap(ctx, a, b) or _held(ctx, a, b)
    (ka, roles_a), (kb, roles_b) = only_a[0], only_b[0]
    if name_words(ka, g) & name_words(kb, g):
        return None  # one person ("Vance", "Tom Vance", "the Vances")
    if _clipped(ka, kb):
        return None  # "the Jags" / "the Jaguars": a team's name cut short
    if _given_and_surname(ctx, a, b, ka, kb):
        return None  # "Tina borrowed the phrase" / "Okafor borrowed it": one person, "Tina Okafor" in full
    same = [(ra, rb) for ra, _ in roles_a for rb, _ in roles_b if ra == rb]
    if not same:
        if any(_described(ctx, a, ra, b, rb) for ra, _ in roles_a for rb, _ in roles_b):
            return _held(ctx, a, b)  # a person in a description ("the Vances' rate was ..." / "the
            # Ruizes paid a rate of ..."), only beyond doubt
        return None  # two verbs: two acts ("Vance joined the team" / "Ruiz quit the team")
    role_a, role_b = same[0]
    if role_a in _many_acts(ctx, a) or role_b in _many_acts(ctx, b):
        return None  # one of many acts of a kind: each outlet tells of another
    na = next(n for r, n in roles_a if r == role_a)
    nb = next(n for r, n in roles_b if r == role_b)
    if "be" in (role_a.partition(":")[2], role_b.partition(":")[2]) and ctx.probability(a, b) < SAME_FACT:
        return None  # "is", "was": a person in a description ("the Vances' rate was ..."), only in a very likely pair
    if "be" in (role_a.partition(":")[2], role_b.partition(":")[2]) and any(
            not r.startswith("prep:") and _preposition(ctx, c, n) for c, r, n in ((a, role_a, na), (b, role_b, nb))):
        return None  # "the levy, a priority for Vance, is dead": a person in a phrase describing the
        # subject, not the one it is told of
    if _other_offices(ctx, a, na, b, nb):
        return None  # "Governor Hale announced ..." / "Mayor Moss announced ...": two officials, two acts
    both_prep = role_a.startswith("prep:") and role_b.startswith("prep:")
    prep_a, prep_b = (_preposition(ctx, a, na), _preposition(ctx, b, nb)) if both_prep else (None, None)
    if prep_a and prep_b and prep_a != prep_b:
        return None  # "was charged along with Vance" / "was charged with the theft of Ruiz's car": two roles of one verb
    if _adjective_of_place(na, nb):
        return None  # "Norland" / "Norlandi": a country and its people's adjective, one the parser read as a name
    spelled = fuzz.ratio(na.casefold(), nb.casefold()) >= SPELLING or _variant(ka, kb)
    if not spelled and not _likely_enough(ctx, a, b, role_a, ka, kb):
        return None  # two people each in an act of one verb, in claims not likely enough to tell one fact
    if not spelled and (_one_of_several(ctx, a, role_a, na) or _one_of_several(ctx, b, role_b, nb)):
        return None  # "Ruiz also criticized the statement" / "Vance criticized it": two of its critics
    if not spelled and (_told_of_both(ctx, a, b, role_a, ka, kb) or _told_of_both(ctx, a, b, role_b, ka, kb)
                        or _also_told(ctx, a, b, role_a, ka, kb) or _spate(ctx, a, b, role_a) or _spate(ctx, a, b, role_b)):
        return None  # an act the story tells of both people: "Raikes crashed" / "Moss crashed", two crashes
    if not spelled and _own_words(ctx, a, b):
        return None  # each person in its own words: two remarks ("Ruiz called it 'a sorry day'" / "Vance called it 'painful'")
    if not spelled and (_denied_act(ctx, a, role_a) or _denied_act(ctx, b, role_b)):
        return None  # "did not vote for Ruiz" / "voted for Vance": whom the act did not befall
    verb, ta, tb = role_a.partition(":")[2], ctx.claims[a].text, ctx.claims[b].text
    if not spelled and (_not_told_done(ta, verb) or _not_told_done(tb, verb)):
        return None  # "hoping to debate Ruiz" / "looks forward to debating Vance": whom one wishes to
        # act with, each wish its own (two debates sought), no act that befell one of them; so is
        # "urged the mayor to side with Vance" against "the mayor sided with Ruiz"
    if not spelled and _expected_and_done(ctx, a, role_a, b, role_b):
        return None  # "the wall was expecting Ruiz to take the free kick" / "Vance took it": an
        # act expected of one person and one another did, each true
    if not spelled and _two_senses(ta, tb, verb):
        return None  # "Vance called for a repeal" / "Ruiz called the repeal radical": two acts of one verb
    if not spelled and _other_years(ctx, a, b):
        return None  # "In 2019, the mayor toured the pier with Vance" / "the mayor toured it with Ruiz": two occasions
    if not spelled and _other_figures(ctx, a, b):
        return None  # "Norville may get 19-29 inches" / "Ely could get 12 to 18 inches": each place with its
        # own figure, two facts (one fact told otherwise differs in one element)
    if not spelled and _other_days(ctx, a, b):
        return None  # "a video posted Tuesday shows the beheading of Vance" / "a similar video showing
        # the beheading of Ruiz in August": two occasions
    if not spelled and _other_minutes(ctx, a, b):
        return None  # "Ruiz headed wide after five minutes" / "Vance headed over on 65 minutes": two headers
    how = "spells the name" if spelled else "names"
    return Proposal(
        type="entity", severity="high" if ctx.comparable_times(a, b) else "medium", claims=(a, b),
        explanation=f"{ctx.label(a)} {how} {na!r} where {ctx.label(b)} {how} {nb!r} "
                    f"({role_a.partition(':')[2]})",
        values={a: na, b: nb}, spelling=_spelling(na, nb) if spelled else None,
    )


def _expected_and_done(ctx: Context, a: str, role_a: str, b: str, role_b: str) -> bool:
    """Whether one claim tells the act a person plays a role in as done and the other as only
    to come (expected, planned, possible, future; the status rule's reading of an act:
    ``status.act_level``): then the two people are whom one act was expected of and whom another
    befell, not one act told with two names."""
    la, lb = (act_level(ctx, c, r.partition(":")[2]) for c, r in ((a, role_a), (b, role_b)))
    return la is not None and lb is not None and (la == DONE) != (lb == DONE)


#: words that, right after a verb, make it another act ("called for a repeal" is no "called it
#: radical", "ran for the seat" no "ran the campaign"); not "on", "at", "after", which as often
#: start a time ("voted on Tuesday")
_PARTICLES = frozenset({"for", "off", "out", "up", "down", "into"})


#: words that make the verb after them a wish: "looking to", "looks forward to", "wants to",
#: "hoping to", "seeks to", "eager to"
_WISH = r"(?:look(?:s|ed|ing)?\s+(?:forward\s+)?to|want(?:s|ed|ing)?\s+to|hop(?:e|es|ed|ing)\s+to|seek(?:s|ing)?\s+to|sought\s+to|wish(?:es|ed|ing)?\s+to|eager\s+to)"


#: words that make the verb after them an act one person asks of another: "urged Ruiz to",
#: "called on the mayor to", "pressed them to" (up to four words for whom it is asked of)
_ASK = r"(?:urg(?:e|es|ed|ing)|ask(?:s|ed|ing)?|press(?:es|ed|ing)?|call(?:s|ed|ing)?\s+on|implor(?:e|es|ed|ing)|encourag(?:e|es|ed|ing))"


def _not_told_done(text: str, verb: str) -> bool:
    """Whether a claim writes a verb as what someone wishes to do ("looking to debate", "looks
    forward to debating"), or asks of another ("urged Ruiz to side with Vance"), or as a
    question ("declined to say whether she voted for Vance"): no act told as done."""
    return bool(re.search(rf"\b{_WISH}\s+{verb_stem(verb)}", text, re.I)
                or re.search(rf"\b{_ASK}\s+(?:[\w.'’-]+\s+){{1,4}}?to\s+{verb_stem(verb)}", text, re.I)
                or re.search(rf"\bwhether\s+(?:[\w.'’-]+\s+){{1,3}}?{verb_stem(verb)}", text, re.I))


def _sense(text: str, verb: str) -> str | None:
    """The particle written right after a claim's first form of a verb ("" if another word
    follows it), or None where the verb is not written."""
    m = re.search(rf"\b{verb_stem(verb)}\s+([\w'’-]+)", text, re.I)
    if not m:
        return None
    word = m.group(1).casefold()
    return word if word in _PARTICLES else ""


def _two_senses(ta: str, tb: str, verb: str) -> bool:
    """Whether two claims write one verb with two different particles after it, or one with
    a particle and one without ("called for" / "called the idea"): two acts."""
    sa, sb = _sense(ta, verb), _sense(tb, verb)
    return sa is not None and sb is not None and sa != sb


#: prepositions a name may stand after in a role of a verb ("along with Vance", "the theft of
#: the boats of Ruiz", "to Ana and Tom Vance")
_PREPOSITIONS = frozenset({"of", "with", "for", "to", "from", "by", "against", "about", "on", "in", "at", "over", "into",
                           "after", "before", "among", "between", "under", "behind", "toward", "towards", "without",
                           "beside", "alongside", "than", "like", "as"})
#: how many words before a name its preposition may stand ("with Ana and Tom Vance")
PREPOSITION_WORDS = 5


def _preposition(ctx: Context, cid: str, name: str) -> str | None:
    """The preposition a name a claim gives a prepositional role stands after ("after a
    preposition" is many roles: "charged along with Vance" is no role of "charged with the
    theft of Ruiz's car"), over the names, "and" and articles between ("of Rita and Tom
    Vance"); None where another word stands before it ("since Lia Chen held ...")."""
    text = ctx.claims[cid].text
    at = text.find(name)
    before = re.findall(r"[\w'’.-]+", text[:at]) if at >= 0 else []
    for w in reversed(before[-PREPOSITION_WORDS:]):
        if w.casefold() in _PREPOSITIONS:
            return w.casefold()
        if not (w[:1].isupper() or w.casefold() in _BETWEEN_NAMES):
            return None
    return None


#: words that may stand between a preposition and the name it takes ("with the late Ana Ruiz")
_BETWEEN_NAMES = frozenset({"and", "or", "the", "a", "an", "his", "her", "their", "its", "late", "former"})


def _spelling(na: str, nb: str) -> frozenset[str]:
    """What one finding of a name spelled two ways is keyed by (case, accents and hyphens set
    aside): the words spelled otherwise, so that "Ana Vancek" / "Ana Vanceck" and "Vancek" /
    "Vanceck" are one finding; a first name spelled otherwise keeps its surname ("Yusuf Ruiz"
    / "Yousuf Ruiz" is not "Yusuf Vance" / "Yousuf Vance")."""
    wa, wb = name_fold(na), name_fold(nb)
    changed = _respellings(wa, wb) or _one_letter_keys(wa, wb)
    if not changed and 1 in (len(wa.split()), len(wb.split())):
        # a surname written alone against it alone or in a full name: keyed by the two surnames
        # ("Okafor" / "Okafur" and "Okafor" / "Ines Okafur" are one finding)
        return frozenset({"/".join(sorted((_surname(na), _surname(nb))))})
    if not changed:
        return frozenset((wa, wb))
    words = {"/".join(sorted(pair)) for pair in changed}
    surname = _surname(max(na, nb, key=lambda n: len(n.split())))
    if not any(surname in pair for pair in changed):
        words.add(surname)
    return frozenset(words)


@lru_cache(maxsize=65536)
def _surname(name: str) -> str:
    """The surname of a written name, folded (nameparser: "Robert S. Okafor III" -> okafor)."""
    from nameparser import HumanName

    return name_fold(HumanName(name_fold(name)).last or name)


@per_claim
def _told_of(ctx: Context, cid: str) -> dict[str, str] | None:
    """person key -> name as written, for the people a claim tells of in its own words, in a
    role of an act or qualifying a noun ("the Vances' rate was ..."), not as speakers; None for
    a sentence of a quotation that runs over several."""
    claim = ctx.claims[cid]
    spans = [(q.start, q.end) for q in (claim.facts.quotes if claim.facts else [])]
    if ctx.quoted(cid) and not spans:
        return None
    out: dict[str, str] = {}
    for key, e in _persons(ctx, cid):
        role, _, verb = (e.anchor or "").partition(":")
        if role not in ROLES or verb in SAYING_VERBS or ctx.quoted(cid) and any(s <= e.start and e.end <= t for s, t in spans):
            continue
        out.setdefault(key, e.text)
    return out


#: after a doer's name (and its apposition), a word that makes it one of several doers: "Ruiz
#: also criticized the ruling", "Vance, the board's chair, too voted no"
_ALSO = re.compile(r"^(?:\s*,[^,]{1,80},)?\s*(?:also|too|likewise|similarly)\b", re.I)


def _one_of_several(ctx: Context, cid: str, role: str, name: str) -> bool:
    """Whether a claim tells the subject of an act as one of several doers of it ("the
    ambassador Ruiz also criticized the statement"): another outlet's other doer of the act
    is another of them, no conflict."""
    if role.partition(":")[0] not in ("nsubj", "nsubjpass"):
        return False
    claim = ctx.claims[cid]
    return any(_ALSO.match(claim.text[e.end - claim.start:]) for e in claim.facts.entities
               if e.anchor == role and e.text == name)


def _denied_act(ctx: Context, cid: str, role: str) -> bool:
    """Whether the act of ``role`` ("prep:vote") is the claim's main event told as not done
    ("said they did not vote for Ruiz")."""
    f = ctx.claims[cid].facts
    return f.negated and role.partition(":")[2] in f.actions


#: a year an act is told in ("In 2015, ...", "during 2019"); not a span ("in 2015-16")
_IN_YEAR = re.compile(r"\b(?:in|during)\s+((?:19|20)\d\d)\b(?![-–/]\d)", re.I)


def _year_of(ctx: Context, cid: str) -> int | None:
    """The year a claim tells its act in: the one it writes "in 2019" (one year only), else its
    article's."""
    years = {int(y) for y in _IN_YEAR.findall(ctx.claims[cid].text)}
    if len(years) == 1:
        return years.pop()
    published = ctx.article(cid).published
    return published.year if published and not years else None


def _other_years(ctx: Context, a: str, b: str) -> bool:
    """Whether two claims tell their acts in two years ("In 2019, the mayor toured the pier with
    Vance" against an article of 2023's "the mayor toured the pier with Ruiz"): two occasions, each
    with its person."""
    if not (_IN_YEAR.search(ctx.claims[a].text) or _IN_YEAR.search(ctx.claims[b].text)):
        return False  # (two articles' years alone, a day apart over New Year, tell nothing)
    ya, yb = _year_of(ctx, a), _year_of(ctx, b)
    return ya is not None and yb is not None and ya != yb


def _other_figures(ctx: Context, a: str, b: str) -> bool:
    """Whether two claims give figures of one unit that share no value ("may get 19-29 inches"
    / "could get 12 to 18 inches"): with another name as well, each tells its own fact."""
    fa, fb = ctx.claims[a].facts, ctx.claims[b].facts
    for unit in {q.unit for q in fa.quantities} & {q.unit for q in fb.quantities}:
        va = {q.value for q in fa.quantities if q.unit == unit}
        vb = {q.value for q in fb.quantities if q.unit == unit}
        if not va & vb:
            return True
    return False


#: two claims' days lie apart when more than this many days part the nearest of them (a day
#: either way is a time zone, or a weekday read against a page dated late)
DAYS_APART = 1


def _other_days(ctx: Context, a: str, b: str) -> bool:
    """Whether two claims date what they tell on days that lie apart ("a video posted Tuesday
    shows the beheading of Vance" / "a similar video showing the beheading of Ruiz in August"):
    every day one claim gives is more than DAYS_APART days from every day the other gives. Two
    occasions, each with its person; one act dated two ways is the date rule's to flag."""
    da = [d for d in ctx.claims[a].facts.dates if d.low and d.high]
    db = [d for d in ctx.claims[b].facts.dates if d.low and d.high]
    return bool(da) and bool(db) and all(
        (x.low - y.high).days > DAYS_APART or (y.low - x.high).days > DAYS_APART for x in da for y in db)


def _minutes(ctx: Context, cid: str) -> frozenset[float]:
    """The minutes a claim tells its act at or after ("on 65 minutes", "in the 25th minute",
    "five minutes into extra time")."""
    f = ctx.claims[cid].facts
    return frozenset([q.value for q in f.quantities if q.unit == "minute"]
                     + [float(o.rank) for o in f.ordinals if o.rank and (o.head or "").casefold() == "minute"])


def _other_minutes(ctx: Context, a: str, b: str) -> bool:
    """Whether two claims tell their acts at other minutes ("headed wide five minutes into
    extra time" / "headed over on 65 minutes"): two of the many like acts of a match or a day,
    each with its person; the same minute is one act told of two people."""
    ma, mb = _minutes(ctx, a), _minutes(ctx, b)
    return bool(ma) and bool(mb) and not ma & mb


def _held(ctx: Context, a: str, b: str) -> Proposal | None:
    """In a pair that states one fact beyond doubt, one person each claim tells of, in any role
    or as the one something belongs to, whom the other claim does not name: "The Vances'
    effective rate was 35.7 percent" / "the Ruizes paid an effective rate of 35.7 percent"."""
    if ctx.probability(a, b) < HELD:
        return None
    ta, tb = _told_of(ctx, a), _told_of(ctx, b)
    if not ta or not tb:
        return None
    g = given_names(ctx)
    only_a = _unnamed_in(ta, _per_claim(ctx, b)[1], ctx.claims[b].text, g)
    only_b = _unnamed_in(tb, _per_claim(ctx, a)[1], ctx.claims[a].text, g)
    if len(only_a) != 1 or len(only_b) != 1 or name_words(only_a[0], g) & name_words(only_b[0], g):
        return None
    # each the subject of what its claim tells, or the one the subject belongs to ("the Vances'
    # rate was ..."): not a person in an object or a phrase beside the act ("breaking Vance's
    # mark" / "his pass to Ruiz"; "after the Vance visit was confirmed" / "reacted on Twitter")
    if only_a[0] not in _subjects(ctx, a) or only_b[0] not in _subjects(ctx, b):
        return None
    if _institution(ctx, a, only_a[0]) or _institution(ctx, b, only_b[0]):
        return None  # "the Vance administration reached a deal": a government, not the person
    na, nb = ta[only_a[0]], tb[only_b[0]]
    return Proposal(
        type="entity", severity="high" if ctx.comparable_times(a, b) else "medium", claims=(a, b),
        explanation=f"{ctx.label(a)} names {na!r} where {ctx.label(b)} names {nb!r}",
        values={a: na, b: nb},
    )


def _subjects(ctx: Context, cid: str) -> set[str]:
    """The people a claim names in a subject's role (or its possessor's), not as a word of
    another noun ("the Vance visit"), nor as the one a named person belongs to ("Trump's
    lawyer Rudy Giuliani stood in the way": Giuliani's act)."""
    claim = ctx.claims[cid]
    people = _persons(ctx, cid)
    def theirs(e) -> bool:  # a possessor whose noun names another person within a few words
        return qualifies_noun_possessive(claim, e) and any(
            o is not e and 0 < o.start - e.end <= OWNED_WITHIN and o.label == "PERSON" for _, o in people)
    return {k for k, e in people if (e.anchor or "").partition(":")[0] in SUBJECTS
            and not (e.role == "qualifier" and not qualifies_noun_possessive(claim, e)) and not theirs(e)}


#: how far after a possessor ("Trump's personal lawyer ") a person's name makes the noun theirs
OWNED_WITHIN = 30


def _possessive(claim, e) -> bool:
    """Whether a name is written with a possessive "'s" ("Vance's lawyer"), as the parser may
    also take it into the name."""
    return bool(_POSSESSIVE_AFTER.match(claim.text, e.end - claim.start)) or e.text.endswith(("'s", "’s"))


def qualifies_noun_possessive(claim, e) -> bool:
    """Whether a name qualifies a noun as its possessor ("Vance's team", and a plural's bare
    apostrophe: "the Vances' rate")."""
    end = e.end - claim.start
    return _possessive(claim, e) or claim.text[end:end + 1] in ("'", "’") and e.text.endswith("s")


#: nouns a name qualifies to name a body rather than the person: "the Vance administration", "the
#: Ruiz campaign"
INSTITUTIONS = re.compile(r"^(?:['’]s?\s+)?(?:administration|campaign|government|presidency|era|cabinet|foundation|White House)\b", re.I)


def _institution(ctx: Context, cid: str, key: str) -> bool:
    """Whether a claim names the person ``key`` only as the name of a body it leads."""
    claim = ctx.claims[cid]
    named = [e for k, e in _persons(ctx, cid) if k == key]
    return bool(named) and all(INSTITUTIONS.match(claim.text[e.end - claim.start:].lstrip()) for e in named)


@per_claim
def _slots(ctx: Context, cid: str) -> dict[str, dict[str, str]]:
    """role:verb -> {person key: name as written}, for the acts a claim names people in
    (of :func:`_acting`, not "be")."""
    out: dict[str, dict[str, str]] = {}
    for k, anchor, text in _acting(ctx, cid):
        if anchor.partition(":")[2] != "be":
            out.setdefault(anchor, {})[k] = text
    return out


_POSSESSIVE_AFTER = re.compile(r"['’]s?\b")
_DETERMINED = re.compile(r"(?:\b(?:the|a|an|his|her|its|their|our|my|your)|['’]s)$", re.I)
_DETERMINER_LONGEST = 5  # "their": the pattern looks no further back than this


def qualifies_noun(claim, e) -> bool:
    """A name that qualifies another noun rather than filling the role itself: a possessive
    ("Vance's lawyer") or a name after a determiner ("the Vance campaign", "his Vance
    account")."""
    if e.role == "qualifier":
        return True  # "the Vance campaign manager": a word of another noun, as the parser read it
    start, end = e.start - claim.start, e.end - claim.start
    if _possessive(claim, e):
        return True  # "Vance's lawyer", or a name the parser took with its "'s"
    # the word before the name's own spaces, read in place (a search of the whole text before
    # the name took 80 microseconds a name)
    word_end = len(claim.text[:start].rstrip())
    m = _DETERMINED.search(claim.text, max(0, word_end - _DETERMINER_LONGEST - 1), word_end) if word_end < start else None
    if m is None:
        return False
    # "the Vances paid": a family named in the plural is the family, not a word qualifying a noun
    return not (m.group(0).casefold() == "the" and e.text.endswith("s") and len(e.text.split()[-1]) > PLURAL_FROM)


def _slot_swap(ctx: Context, a: str, b: str) -> Proposal | None:
    """Another person in the very role of the very act, in claims at least OTHER_PERSON likely
    to state one fact (0.6 until session 42), where a claim also names the other's person in
    some other role ("Vance's lawyer said the board fired Mr. Ruiz" / "the board's decision to
    fire Vance"): one person alone in that role:verb in each claim, and one of the two not named
    at all in the other claim. From SETTLED_PERSON where the story settles who it was."""
    if ctx.probability(a, b) < SETTLED_PERSON:
        return None
    sa, sb = _slots(ctx, a), _slots(ctx, b)
    for slot in sorted(set(sa) & set(sb)):
        if len(sa[slot]) != 1 or len(sb[slot]) != 1 or slot in _many_acts(ctx, a):
            continue
        (ka, na), (kb, nb) = next(iter(sa[slot].items())), next(iter(sb[slot].items()))
        g = given_names(ctx)
        if name_words(ka, g) & name_words(kb, g) or _clipped(ka, kb):
            continue
        a_elsewhere, b_elsewhere = _named_in(ctx, b, ka, na), _named_in(ctx, a, kb, nb)
        if a_elsewhere and b_elsewhere:
            continue  # each names both: told in other words, or two acts
        if not _likely_enough(ctx, a, b, slot, ka, kb):
            continue
        if _other_offices(ctx, a, na, b, nb):
            continue
        verb = slot.partition(":")[2]
        if _not_told_done(ctx.claims[a].text, verb) or _not_told_done(ctx.claims[b].text, verb):
            continue  # "the mayor sided with Ruiz" / "Ruiz urged the mayor to side with Vance":
            # an act asked of someone or wished for, not one that befell Vance
        # the other person acts in the other claim too: two acts ("Ruiz fired back, reminding
        # Vance ..." / "Vance fired back"), not "Vance's lawyer said ..."
        if a_elsewhere and _acts_in(ctx, b, ka) or b_elsewhere and _acts_in(ctx, a, kb):
            continue
        if b_elsewhere and _in_other_role(ctx, a, kb, slot) or a_elsewhere and _in_other_role(ctx, b, ka, slot):
            continue  # the other's person befalls the very act here ("Ruiz dismissed Vance's claim" /
            # "Vance dismissed the effort"): each answering the other, two acts
        return Proposal(
            type="entity", severity="high" if ctx.comparable_times(a, b) else "medium", claims=(a, b),
            explanation=f"{ctx.label(a)} names {na!r} where {ctx.label(b)} names {nb!r} ({slot.partition(':')[2]})",
            values={a: na, b: nb},
        )
    return None


def _in_other_role(ctx: Context, cid: str, key: str, slot: str) -> bool:
    """Whether a claim names a person in another role of a slot's verb than the slot's own
    ("Ruiz dismissed Vance's claim": Vance, with the object of dismiss, against nsubj:dismiss),
    as a person or as the parser tagged the name otherwise."""
    role, _, verb = slot.partition(":")
    g = given_names(ctx)
    words = name_words(key, g)
    emap = ctx.entity_map
    for e in ctx.claims[cid].facts.entities if ctx.claims[cid].facts else []:
        r, _, v = (e.anchor or "").partition(":")
        if v == verb and r != role and name_words(emap.get(e.key, e.key), g) & words:
            return True
    return False


def _named_in(ctx: Context, cid: str, key: str, name: str) -> bool:
    """Whether a claim names a person anywhere: their key, a word of their name, or the name's
    last word as written."""
    everyone = _per_claim(ctx, cid)[1]
    return key in everyone or bool(name_words(key, given_names(ctx)) & everyone) or _written(name, ctx.claims[cid].text)


def _title_words(ctx: Context, cid: str, name: str, lower_case: bool = False) -> list[str]:
    """The words of the title written just before a name in a claim, in order, folded, honorifics
    left out ("Washington Gov. Jay Inslee": washington gov.); ``lower_case``: a title in lower
    case too ("the port's spokesman Tom Vance")."""
    before = _before_name(ctx, cid, name)
    if not before:
        return []
    m = _TITLE_BEFORE.search(before) or (_TITLE_LOWER.search(before) if lower_case else None)
    return [w for w in (m.group(1).casefold().split() if m else []) if w not in _HONORIFICS]


def _title_of(ctx: Context, cid: str, name: str) -> frozenset[str]:
    """The words of the title written just before a name in a claim (not an honorific)."""
    return frozenset(w for w in _title_words(ctx, cid, name) if w != "of")


def _other_offices(ctx: Context, a: str, na: str, b: str, nb: str) -> bool:
    """Whether the two people hold titles that share no word ("Gov." / "Mayor", "Sen." /
    "Rep."), or each a title and one of them a former holder's: two officials each doing the act,
    not one person misnamed (a name swapped in one copy keeps its title)."""
    ta, tb = _title_of(ctx, a, na), _title_of(ctx, b, nb)
    if _titled(ctx, a, na) and _titled(ctx, b, nb) and _former(ctx, a, na) != _former(ctx, b, nb):
        return True  # "The leader of the group, Ana Ruiz," / "The former head of the group, Tom Vance,":
        # the office's holder and a former one
    return bool(ta) and bool(tb) and not any(x == y or abbreviates(x, y) or abbreviates(y, x) for x in ta for y in tb)


#: a title set before a name with a comma: "The leader of the organization, Ana Ruiz"
_APPOSED_TITLE = re.compile(r"\b(?:the|a|an|its|their)\s+(?:[\w.'’-]+\s+){0,6}?[\w.'’-]+,\s+$", re.I)
#: "former" among up to six words before a name: "former President", "the former head of the port,"
_FORMER = re.compile(r"\bformer(?:\s+[\w.'’-]+){0,6},?\s+$", re.I)


def _before_name(ctx: Context, cid: str, name: str) -> str:
    """A claim's words before the first place it writes a name ("" where it does not)."""
    text = ctx.claims[cid].text
    at = text.find(name)
    return text[:at] if at > 0 else ""


def _titled(ctx: Context, cid: str, name: str) -> bool:
    """Whether a claim sets a title before a name: capitalised ("Gov.") or apposed with a comma."""
    return bool(_title_words(ctx, cid, name, lower_case=True)) or bool(_APPOSED_TITLE.search(_before_name(ctx, cid, name)))


def _former(ctx: Context, cid: str, name: str) -> bool:
    """Whether the title a claim sets before a name tells a former holder."""
    return bool(_FORMER.search(_before_name(ctx, cid, name)))


def _office(ctx: Context, cid: str, name: str) -> str | None:
    """The word that names the office of a person's title in a claim: the title's last word, or
    its word before "of" ("Norland Attorney General Ana Ruiz", "Norland's attorney general, Ana
    Ruiz,": general; "Secretary of Labor Ana Ruiz": secretary; "spokesman Tom Vance": spokesman)."""
    words = _title_words(ctx, cid, name, lower_case=True)
    if "of" in words:
        words = words[: words.index("of")]
    word = words[-1].rstrip(".") if words else ""
    return _ONE_OFFICE.get(word, words[-1]) if word in _office_words() else None


@lru_cache(maxsize=1)
def _office_words() -> frozenset[str]:
    """Words that name an office, from the titles of data/entities.yaml ("general" of "Attorney
    General"); not the words that only say when ("former", "then"), which rank ("vice") or which
    office of a kind ("foreign", "prime", "of state")."""
    return frozenset(w for t in load_entity_data().titles for w in t.split()) - _NOT_OFFICES


def _same_office(ctx: Context, a: str, na: str, b: str, nb: str) -> bool:
    """Whether two claims give their two people one office ("Norland Attorney General Ana Ruiz
    said" / "Norland's attorney general, Tom Vance, said"): one holder, named two ways."""
    oa, ob = _office(ctx, a, na), _office(ctx, b, nb)
    return bool(oa) and bool(ob) and (oa == ob or abbreviates(oa, ob) or abbreviates(ob, oa))


def _same_words(ctx: Context, a: str, b: str, ka: str | None = None, kb: str | None = None) -> bool:
    """Whether two claims quote the same words ("'A fine day,' Ruiz said" / "'A fine day,' said
    Vance"): nearly the same, or one quoting a piece of the other ("badly" / "I feel very badly
    for him"). Given the claims' speakers (``ka``, ``kb``), a quotation of fewer than FULL words
    counts only as its speaker's words ("the memo, Ruiz said, blames 'the harbour board'" /
    "Vance said the clerk wrote that it was 'the harbour board's doing'": a phrase of the memo
    both speak of, not one statement)."""
    qa, qb = (ctx.claims[c].facts.quotes for c in (a, b))

    def own(q, k: str | None) -> bool:
        return k is None or size_of(q.text) >= FULL or bool(q.speaker and name_words(q.speaker) & name_words(k))
    return any(fuzz.partial_ratio(x.text.casefold(), y.text.casefold()) >= SAME_SPEAKER_WORDS and own(x, ka) and own(y, kb)
               for x in qa for y in qb)


def _acts_in(ctx: Context, cid: str, key: str) -> bool:
    """Whether a claim names this person in a role of some act."""
    g = given_names(ctx)
    return any(k == key or name_words(k, g) & name_words(key, g) for k in _roles(ctx, cid))


@per_claim
def _named(ctx: Context, cid: str) -> dict[str, str]:
    """person key -> name as written, for every person a claim names (not a headline's words the
    parser read as one: ``_no_name``)."""
    f = ctx.claims[cid].facts
    out = {e.key: e.text for e in (f.entities if f else []) if e.label == "PERSON" and not _no_name(e.text)}
    for k, e in _persons(ctx, cid):
        if e.label != "PERSON" and not _no_name(e.text):
            out.setdefault(k, e.text)
    return out


#: words of a sentence that no name holds two of: "Can Be Harmful To Human Health", a title in
#: capitals the parser tagged as a person
_NOT_NAME_WORDS = frozenset({"be", "is", "are", "was", "were", "been", "being", "to", "have", "has", "had", "can",
                             "could", "would", "should", "must", "might", "do", "does", "did", "not", "than", "that",
                             "this", "these", "those", "with", "from", "into", "your", "our", "their", "you", "we",
                             "they", "it", "its", "how", "why", "what", "when"})


def _no_name(text: str) -> bool:
    """Whether words tagged as a person's name hold two or more words no name holds together
    ("Can Be Harmful To Human Health"); a name may hold one ("Will Ruiz", "Can Okafor")."""
    return sum(w.casefold() in _NOT_NAME_WORDS for w in text.split()) >= 2


@per_claim
def _spelled_by_outlet(ctx: Context, cid: str) -> dict[str, str]:
    """person key -> name as written, for the people a claim names in the outlet's own spelling:
    not inside a post the page embeds (a tweet shown as its author wrote it: the spelling is the
    author's), nor a name the outlet marks "[sic]"."""
    claim = ctx.claims[cid]
    f = claim.facts
    named = {**_misspelled_as_other(ctx, cid), **_named(ctx, cid)}
    posts = [(q.start, q.end) for q in (f.quotes if f else []) if q.posted]
    # a name the outlet marks "[sic]" is the speaker's spelling as the outlet heard it, marked not its own
    marked = {e.text for e in (f.entities if f else []) if _SIC_AFTER.match(claim.text, e.end - claim.start)}
    if not posts and not marked:
        return named
    inside = {e.text for e in (f.entities if f else []) if any(s <= e.start and e.end <= t for s, t in posts)}
    return {k: v for k, v in named.items() if v not in inside | marked}


#: "[sic]" or "(sic)" just after a name
_SIC_AFTER = re.compile(r"\s*[\[(]sic[\])]", re.I)


def _misspelled_as_other(ctx: Context, cid: str) -> dict[str, str]:
    """key -> name as written, for names a claim writes that the parser tags as a body or a place
    and that spell a person of the story otherwise ("Okafr" of a story that names Chidi Okafor,
    read as an organisation: an unknown word is most often tagged so): a name spelled otherwise
    is a name the parser has not seen, and is as likely as not misread. Not a place's name, not
    after a preposition of place, not "the ..."."""
    claim = ctx.claims[cid]
    people = people_of_story(ctx, ctx.story(cid))
    if not people:
        return {}
    countries, capitals = _places()
    surnames = _surnames_of_story(ctx, ctx.story(cid))
    in_full = {p for p in people.values() if len(p.split()) > 1}
    out = {}
    written = []
    for e in (claim.facts.entities if claim.facts else []):
        if e.label not in ("ORG", "GPE") or e.key in countries or e.key in capitals or e.text.lower().startswith("the ") \
                or _no_name(e.text) or _PLACE_BEFORE.search(claim.text[: e.start - claim.start]):
            continue  # (not a people's name: "Israelis" is no misspelled "Israel")
        written.append(e.text)
    # a quotation's speaker written as a name the parser tagged as nothing ('"...," Okafr said')
    tagged = {e.key for e in (claim.facts.entities if claim.facts else [])}
    written += [q.speaker for q in (claim.facts.quotes if claim.facts else [])
                if q.speaker and not q.inferred and not q.posted and q.speaker not in tagged and written_as_name(q.speaker)]
    for e_text in dict.fromkeys(written):
        text = _unpossessed(e_text)
        k, last = person_key(text), (name_fold(text).split() or [""])[-1]
        if k in people or places.readings(k):
            continue
        # the word respelled is the name's last as written, where a surname stands ("Julian
        # Asange"); "Jean-Marie Le Pen" is no "Marine Le Pen" misspelled
        if any(_misread_respelling(_respellings(k, p), last, surnames.get(p, frozenset())) for p in in_full):
            out[k] = e_text
    return out


def _unpossessed(name: str) -> str:
    """A name as written without its possessive ending ("Okafor's": Okafor)."""
    return name.removesuffix("'s").removesuffix("’s")


def _surnames_of_story(ctx: Context, story: str | None) -> dict[str, frozenset[str]]:
    """Full person key -> the last words (folded) of the names the story tags as that person
    ("Fire Marshall John Bond": bond), worked out once per story: of the names written in full
    where the story has one (a part the keys take for the person, "the State Fire Marshall's
    office", ends on no surname), else of every name taken for the person."""
    if "_story_surnames" not in ctx.__dict__:
        emap = ctx.entity_map
        last: dict[tuple[str | None, str], tuple[set[str], set[str]]] = {}
        for cid, c in ctx.claims.items():
            for e in (c.facts.entities if c.facts else []):
                words = name_fold(_unpossessed(e.text)).split()
                if e.label == "PERSON" and len(words) > 1:
                    key = emap.get(e.key, e.key)
                    full, every = last.setdefault((ctx.story(cid), key), (set(), set()))
                    every.add(words[-1])
                    if set(key.split()) <= set(person_key(e.text).split()):
                        full.add(words[-1])  # every word of the person's key written
        table: dict[str | None, dict[str, frozenset[str]]] = {}
        for (st, key), (full, every) in last.items():
            table.setdefault(st, {})[key] = frozenset(full or every)
        ctx._story_surnames = table
    return ctx._story_surnames.get(story, {})


def _misread_respelling(changed: tuple[tuple[str, str], ...], last: str, surnames: frozenset[str]) -> bool:
    """Whether the words two names spell otherwise (:func:`_respellings`) are the one word
    ``last`` of the name read as a body and the surname of the person's name as the story writes
    it (``surnames``: "Fire Marshal" is no "Fire Marshall John Bond" misspelled), one letter
    changed, dropped, added or two swapped ("Asange", "Kisylak", "Flyn"; not "Magrue" of "Magruder",
    a name cut short, nor "Belieber" of "Bieber"), and not a word with an adjective's ending or
    without one ("Islam" / "Islami" of "Jamaat-e-Islami": a word and its adjective; a last letter
    doubled or undoubled is a misspelling, "Flyn" / "Flynn")."""
    if [x for x, _ in changed] != [last]:
        return False
    (x, y), = changed
    short, long_ = sorted((x, y), key=len)
    adjective = any(long_ == short + ending for ending in _ADJECTIVE_ENDINGS) and long_[-1] != short[-1]
    return y in surnames and OSA.distance(x, y) <= 1 and not adjective  # ("Flyn" / "Flynn": a letter undoubled)


def _own_words(ctx: Context, a: str, b: str) -> bool:
    """Whether two claims each quote words, and none the other's: each its own person's remark
    ('Ruiz called the closure "a sorry day"' / 'Vance called it "particularly painful"')."""
    qa, qb = (ctx.claims[c].facts.quotes for c in (a, b))
    return bool(qa) and bool(qb) and not _same_words(ctx, a, b)


def _speakers_of(ctx: Context, cid: str, people_only: bool = False) -> dict[str, str]:
    """person key -> name as written, for the people a claim gives as saying it ("Attorney
    General Ana Ruiz said the suit was without merit"); ``people_only``: names the parser tags as
    people, not a place or a body read as one ("Norland police say")."""
    out = {}
    for key, e in _persons(ctx, cid):
        if people_only and e.label != "PERSON":
            continue
        role, _, verb = (e.anchor or "").partition(":")
        if role == "nsubj" and verb in QUOTE_VERBS and not qualifies_noun(ctx.claims[cid], e):  # not "Vance's lawyer said"
            out.setdefault(key, e.text)
    return out


#: a readout: a statement quoting what an official said, in the third person ('"The President noted
#: that ...," the press secretary said'): the official's words, given by the one who quotes them
_READOUT = re.compile(r"[\"“‘']\s*(?:The|the)\s+(?:[A-Z][\w.-]+\s+){0,2}?(?:President|Vice\s+President|Governor|Mayor|Secretary|"
                      r"Minister|Prime\s+Minister|Chancellor|King|Queen|Pope|Senator|Speaker|Premier|Chairman|Chair|Director|"
                      r"Commissioner|Chief)\s+(?:also\s+)?(?:noted|said|stressed|told|emphasi[sz]ed|made\s+clear|reiterated|"
                      r"expressed|underscored|agreed|welcomed|discussed|reaffirmed|urged|thanked|raised)\b")


def _attributed(ctx: Context, a: str, b: str) -> Proposal | None:
    """One statement given to two people: in claims at least 0.6 likely to state one fact,
    each gives one named person as saying it, and neither names the other's anywhere (nor
    writes the name where the parser did not read it as one)."""
    if ctx.probability(a, b) < PARAPHRASE:
        return None
    if _READOUT.search(ctx.claims[a].text) or _READOUT.search(ctx.claims[b].text):
        return None  # '"The President noted that ...," the press secretary said': the official's words
        # in a readout, which another outlet gives the official
    sa, sb = _speakers_of(ctx, a, people_only=True), _speakers_of(ctx, b, people_only=True)
    if len(sa) != 1 or len(sb) != 1 or (ctx.quoted(a) and ctx.quoted(b)):
        return None  # (two quotations: the quote rule compares their words and speakers)
    if _own_words(ctx, a, b):
        return None  # each quotes its speaker's own words ('"flatly rejected"' / '"turned down any offer"'): two remarks
    (ka, na), (kb, nb) = next(iter(sa.items())), next(iter(sb.items()))
    everyone_a, everyone_b = _per_claim(ctx, a)[1], _per_claim(ctx, b)[1]
    g = given_names(ctx)
    if name_words(ka, g) & name_words(kb, g) or ka in everyone_b or name_words(ka, g) & everyone_b \
            or kb in everyone_a or name_words(kb, g) & everyone_a \
            or _written(na, ctx.claims[b].text) or _written(nb, ctx.claims[a].text):
        return None  # (a name the parser missed counts: "Ruiz said Vance need not step aside")
    if _other_offices(ctx, a, na, b, nb):
        return None  # "Port Authority spokesman Tom Vance said" / "Harbour Board spokeswoman Ana Ruiz said": two bodies' word
    if any(spelled_alike(x, y) for x in name_words(ka) for y in name_words(kb) if min(len(x), len(y)) >= 4):
        return None  # one person's name written two ways ("Ana Vancek" / "Ana Maria Vanceck"): not two speakers
    if not (_same_office(ctx, a, na, b, nb) or _same_words(ctx, a, b, ka, kb)):
        return None  # two people's word on one matter ("Mayor Ruiz said ..." / "Vance said ..."): both may have said it
    return Proposal(
        type="entity", severity="medium", claims=(a, b),
        explanation=f"{ctx.label(a)} gives it as said by {na!r}; {ctx.label(b)} as said by {nb!r}",
        values={a: na, b: nb},
    )


def _spelled(ctx: Context, a: str, b: str) -> Proposal | None:
    """One person's name spelled two ways ("Marisol", "Marisole") in two claims the comparisons
    take (SPELLED_PAIR), whatever role each gives the person: each claim writes its spelling and
    not the other's, and the two are close (rapidfuzz ratio at least SPELLED, same first letter;
    "Amara" and "Amira" are not)."""
    if ctx.probability(a, b) < SPELLED_PAIR:
        return None
    people_a, people_b = _spelled_by_outlet(ctx, a), _spelled_by_outlet(ctx, b)
    if not people_a or not people_b:
        return None
    everyone_a, everyone_b = _per_claim(ctx, a)[1], _per_claim(ctx, b)[1]
    for ka, na in people_a.items():
        if ka in everyone_b or name_words(ka) <= everyone_b:
            continue
        for kb, nb in people_b.items():
            if kb in everyone_a or name_words(kb) <= everyone_a:
                continue
            if _variant(ka, kb, na, nb, loose=True) and not _first_name_alone(ctx, na, nb):
                return Proposal(
                    type="entity", severity="medium", claims=(a, b),
                    explanation=f"{ctx.label(a)} spells the name {na!r} where {ctx.label(b)} spells it {nb!r}",
                    values={a: na, b: nb}, spelling=_spelling(na, nb),
                )
    return None


def _given_alone(na: str, nb: str) -> bool:
    """Whether one of two written names is a single word set against the other's given name,
    not its surname ("Michela" / "Michael Okafor"): someone called by a first name, as a
    reporter signs a line or a family speaks of its own, is anyone of that name."""
    wa, wb = na.split(), nb.split()
    if len(wa) == len(wb) or min(len(wa), len(wb)) != 1:
        return False
    one, full = (wa, wb) if len(wa) == 1 else (wb, wa)
    alone, surname = fold(one[0]).casefold(), fold(full[-1]).casefold().removesuffix("'s").removesuffix("’s")
    joined = "".join(fold(w).casefold() for w in full)
    # "al-Rashidun" / "Al Rashidoun": the whole name written as one word
    # (a surname with one letter changed is the surname too: :func:`_one_letter_alone`)
    return alone != surname and not spelled_alike(alone, surname) and not spelled_alike(re.sub(r"\W", "", alone), joined) \
        and not (len(alone) == len(surname) and _one_letter(alone, surname, ALONE_FROM))


def _first_name_alone(ctx: Context, na: str, nb: str) -> bool:
    """Whether one of two written names is a single word set against the other's given name
    (:func:`_given_alone`), or one that the story writes in full as another person's given name
    ("Dara" where it names "Dara Quill") set against a name whose surname it is not ("Dara" /
    "Ines Darb"): someone called by that first name, not the surname spelled one letter off."""
    if _given_alone(na, nb):
        return True
    wa, wb = na.split(), nb.split()
    if min(len(wa), len(wb)) != 1 or len(wa) == len(wb):
        return False
    one, full = (wa, wb) if len(wa) == 1 else (wb, wa)
    alone = fold(_unpossessed(one[0])).casefold()
    surname = fold(_unpossessed(full[-1])).casefold()
    return alone != surname and alone in _names_given(ctx)[0]


def _given_and_surname(ctx: Context, a: str, b: str, ka: str, kb: str) -> bool:
    """Whether one name is the given name and the other the surname of one person the two
    claims' articles name in full ("Tina" / "Okafor", the articles naming "Tina Okafor")."""
    g = given_names(ctx)
    wa, wb = name_words(ka, g), name_words(kb, g)
    full = _article_names(ctx, a) | _article_names(ctx, b)
    return any(surname in wb and given & wa or surname in wa and given & wb for surname, given in full)


@lru_cache(maxsize=65536)
def _parts(name: str) -> tuple[str, frozenset[str]] | None:
    """(surname, given names) of a written name, folded; None when it gives no first name
    ("Mr. Vance") or only initials ("T. J. Vance"). nameparser reads titles, middle names and
    a nickname in quotation marks ('Thomas "Tom" Vance')."""
    from nameparser import HumanName

    h = HumanName(fold(_unpossessed(name)))
    # (initials with or without their stops, "A.J." / "AJ", are one name)
    given = {w.replace(".", "").casefold() for part in (h.first, h.middle, h.nickname) for w in part.split()}
    # (nor is a title in the plural before two names: "former Presidents Vance and Ruiz")
    given = {w for w in given if len(w) > 1 and not (w.endswith("s") and w[:-1] in _office_words())}
    if not h.last or not given:
        return None
    return h.last.casefold(), frozenset(given)


@lru_cache(maxsize=1)
def _nicknamer():
    from nicknames import NickNamer

    return NickNamer()


@lru_cache(maxsize=65536)
def _related_names(x: str) -> frozenset[str]:
    """The nicknames of a given name and the names it is a nickname of (the nicknames package's
    table; 50 microseconds a look-up, so once per name)."""
    nn = _nicknamer()
    return frozenset(nn.nicknames_of(x) | nn.canonicals_of(x))


@lru_cache(maxsize=65536)
def _one_given_name(ga: frozenset[str], gb: frozenset[str]) -> bool:
    """Whether two sets of given names can be one person's: one shared, or a nickname of the
    other ("Bill" for "William", from the nicknames package's table), or one spelled close."""
    if ga & gb:
        return True
    for x in ga:
        if _related_names(x) & gb or any(fuzz.ratio(x, y) >= SPELLED or _one_letter(x, y) or _two_letters(x, y) or _pet_form(x, y)
                                         or _pet_form(y, x) or _cut_short(x, y, least=GIVEN_CUT_FROM) for y in gb):
            return True
    return False


#: the fewest letters a name cut short keeps ("Mat" of "Matanuska", "Jags" of "Jaguars")
CUT_FROM = 3


#: a given name cut short may keep two letters: "Ty" for "Tywon", "Ed" for "Edmund"
GIVEN_CUT_FROM = 2


def _cut_short(x: str, y: str, dropped: int = 1, least: int = CUT_FROM) -> bool:
    """Whether one name is the other's first letters (``least`` of them or more), at least
    ``dropped`` of them cut ("Mat" / "Matanuska", "Fred" / "Frederick"): the name cut short, as
    names are, whether or not a table lists it."""
    short, long = sorted((x, y), key=len)
    return len(short) >= least and len(long) >= len(short) + dropped and long.startswith(short)


def _pet_form(pet: str, name: str) -> bool:
    """Whether a given name ending in "y", "ie" or "i" is a pet form of another by its first
    syllable ("Terry" / "Terrence", "Danny" / "Daniel", "Kathy" / "Katherine", "Condi" /
    "Condoleezza"), where the nicknames table lacks it: its stem (a doubled last letter once)
    begins the longer name."""
    if not 4 <= len(pet) <= 7 or not pet.endswith(("y", "ie", "i")) or len(name) <= len(pet):
        return False
    stem = pet[:-2] if pet.endswith("ie") else pet[:-1]
    doubled = len(stem) >= 2 and stem[-1] == stem[-2]
    if doubled:
        stem = stem[:-1]
    # a stem of three letters only from a doubled letter: "Mary" is no pet form of "Margaret"
    return (len(stem) >= 4 or doubled and len(stem) >= 3) and name.startswith(stem)


def _one_letter(x: str, y: str, least: int = 5) -> bool:
    """Two given names of five letters or more (``least``) one letter apart ("Andrey" / "Andrei",
    "Pavel" / "Pavol"): a name transliterated or spelled two ways, not two first names (a letter
    of a short name weighs much in the ratio)."""
    return x[:1] == y[:1] and min(len(x), len(y)) >= least and Levenshtein.distance(x, y) == 1


def _two_letters(x: str, y: str, least: int = 5) -> bool:
    """As :func:`_one_letter`, two letters' edits apart (a swap counts one) where the first two
    letters are the same: "Yousuf" / "Youssef", one name written two ways."""
    return min(len(x), len(y)) >= least and x[:2] == y[:2] and OSA.distance(x, y) <= 2


@per_article
def _article_names(ctx: Context, art: str) -> frozenset[tuple[str, frozenset[str]]]:
    """(surname, given names) of every person the claim's article names in full (read once
    per article, and only for the articles asked about: nameparser takes tens of
    microseconds a name)."""
    return frozenset(parts for c in ctx.claims_of(art) for e in (ctx.claims[c].facts.entities if ctx.claims[c].facts else [])
                     if e.label == "PERSON" and (parts := _parts(e.text)))


def _names_both(names, pa: tuple[str, frozenset[str]], pb: tuple[str, frozenset[str]]) -> bool:
    family = [g for s, g in names if s == pa[0]]
    return any(_one_given_name(g, pa[1]) for g in family) and any(_one_given_name(g, pb[1]) for g in family)


def _says_given(text: str, given: frozenset[str]) -> bool:
    """Whether a claim writes one of these given names as a name of its own ("Ana and Maria
    Ruiz" names Ana Ruiz too, where the parser sees "Ana" apart)."""
    return any(m.group(0)[0].isupper() for g in given if len(g) > 1
               for m in re.finditer(rf"\b{re.escape(g)}\b", text, re.I))


#: words of kinship told beside a name ("Lara Ruiz, the mayor's daughter-in-law", "his wife, Ana
#: Ruiz", "Tom Ruiz, son of ..."): a relative, another person of the family than any other Ruiz
_KIN = (r"(?:[\w-]+-in-law|daughters?|sons?|wife|husband|brothers?|sisters?|mother|father|nephew|niece|cousin|uncle|"
        r"aunt|grand(?:son|daughter|mother|father|child)|widow(?:er)?|spouse|step(?:son|daughter|mother|father)|"
        r"fianc[eé]e?)")
_KIN_AFTER = re.compile(rf"^\s*,?\s*(?:(?:(?:the|a|an|his|her|their|its)\s+|[\w’'.-]+['’]s?\s+)(?:[\w’'.-]+\s+){{0,2}}?{_KIN}\b"
                        rf"|{_KIN}\s+(?:of|to)\b)", re.I)
_KIN_BEFORE = re.compile(rf"\b{_KIN}\s*,?\s*$", re.I)


def _kin_told(text: str, name: str) -> bool:
    """Whether a claim tells the person of ``name`` as someone's relative, beside the name."""
    i = text.find(name)
    return i >= 0 and bool(_KIN_AFTER.match(text[i + len(name): i + len(name) + 60]) or _KIN_BEFORE.search(text[max(0, i - 30): i]))


def _given_names(ctx: Context, a: str, b: str) -> Proposal | None:
    """One person given two first names ("Ana Ruiz" / "Maria Ruiz") in claims at least 0.6
    likely to state one fact: the same surname, given names that share nothing (not a
    nickname: "Bill" / "William"; not a spelling), and neither article names the other's
    person anywhere (two people of one family: "Maria Ruiz, whose son Tomas Ruiz ...")."""
    if ctx.probability(a, b) < PARAPHRASE or ctx.quoted(a) or ctx.quoted(b):
        return None
    names_a, names_b = _named(ctx, a), _named(ctx, b)
    for na in names_a.values():
        pa = _parts(na)
        if pa is None:
            continue
        for nb in names_b.values():
            pb = _parts(nb)
            if pb is None or pa[0] != pb[0] or _one_given_name(pa[1], pb[1]):
                continue
            if any(_names_both(_article_names(ctx, c), pa, pb) for c in (a, b)):
                continue  # one of the articles names both people
            if _says_given(ctx.claims[a].text, pb[1]) or _says_given(ctx.claims[b].text, pa[1]):
                continue  # "Ana and Maria Ruiz": one claim names both, the family name once
            if _kin_told(ctx.claims[a].text, na) or _kin_told(ctx.claims[b].text, nb):
                continue  # "Lara Ruiz, the mayor's daughter-in-law": a relative, another of the family
            return Proposal(
                type="entity", severity="high" if ctx.comparable_times(a, b) else "medium", claims=(a, b),
                explanation=f"{ctx.label(a)} gives the first name as {na!r} where {ctx.label(b)} gives {nb!r}",
                values={a: na, b: nb},
            )
    return None


def _variant(ka: str, kb: str, na: str | None = None, nb: str | None = None, loose: bool = False) -> bool:
    """Two person keys that are one name spelled two ways: each word of the shorter name is a
    word of the longer one, or close to exactly one of them (same first letter), and one of
    them is spelled otherwise ("Marisol" / "Marisole"; a surname alone against the full name:
    "Okafr" / "Ines Okafor"). Given the names as written (``na``, ``nb``), each word spelled
    otherwise is one both outlets wrote: "Robertson" against "Ms. Okafor", whom her article
    names Roberta Okafor elsewhere, is someone else, not a respelled first name. ``loose``: a
    surname with one letter changed counts too where both outlets write the same given name
    before it (:func:`_one_letter_surname`)."""
    changed = _respellings(ka, kb)
    if not changed and loose:
        return _one_letter_surname(ka, kb, na, nb)
    if not changed or na is None or nb is None:
        return bool(changed)
    wa, wb = set(name_fold(na).split()), set(name_fold(nb).split())
    if not all(x in wa and y in wb for x, y in changed):
        return False
    if ka.replace(" ", "") == kb.replace(" ", ""):
        return True  # one name written as one word and as two ("SpaceX" / "Space X")
    # a name of one word against a full name is a surname (or one used alone): spelled otherwise
    # only as the full name's surname ("Okafr" / "Ines Okafor"), never as its given name ("Pope
    # Lucian", a pope's one name, / "Luciano Moretti": two people)
    if len(ka.split()) == 1 < len(kb.split()):
        return all(y == _surname(nb) for _, y in changed)
    if len(kb.split()) == 1 < len(ka.split()):
        return all(x == _surname(na) for x, _ in changed)
    return True


def _one_letter_surname(ka: str, kb: str, na: str | None, nb: str | None) -> bool:
    """Whether two full names are one name whose surname one outlet spells with one letter
    changed ("Dana Pearse" / "Dana Pearce": one letter of a short word falls under the ratio
    that :func:`spelled_alike` reads): the keys hold the same words but
    one, those two of one length (four letters or more) and one first letter, differing in one
    place; given the names as written (``na``, ``nb``), each writes a given name and that word
    is each one's surname. One letter of a short name is as often another name ("Amara" /
    "Amira"); a shared given name written in full by both is what makes the two one person (two
    people of a story share a surname far more often than a given name and all but one letter
    of the surname)."""
    changed = _one_letter_keys(ka, kb)
    if not changed:
        return _one_letter_alone(ka, kb, na, nb)
    if na is None or nb is None:
        return True
    (x, y), = changed
    fa, fb = name_fold(na).split(), name_fold(nb).split()
    return len(fa) >= 2 and len(fb) >= 2 and x in fa and y in fb and _surname(na) == x and _surname(nb) == y


#: a surname written alone is read as another's spelled otherwise from this many letters
ALONE_FROM = 5


def _one_letter_alone(ka: str, kb: str, na: str | None, nb: str | None) -> bool:
    """Whether a surname that the story writes alone, and never with a given name, is the
    surname of a person it names in full with one letter changed ("Ms. Okafar" / "Ines Okafor",
    "Okafor"): five letters or more, one first letter, of one length. News names a person in
    full before it writes the surname alone; a surname the story never gives a given name is no
    one it introduced, but one it wrote otherwise. Given the names as written (``na``, ``nb``),
    the one is that surname alone and the other's surname is the word it respells."""
    alone, full = (ka, kb) if len(ka.split()) == 1 else (kb, ka)
    if len(alone.split()) != 1 or len(full.split()) < 2:
        return False
    near = [w for w in full.split() if len(w) == len(alone) and _one_letter(alone, w, ALONE_FROM) and not gendered(alone, w)]
    if len(near) != 1:
        return False
    if na is None or nb is None:
        return True
    written_alone, written_full = (na, nb) if alone == ka else (nb, na)
    return name_fold(written_alone).split() == [alone] and _surname(written_full) == near[0]


def _one_letter_keys(ka: str, kb: str) -> tuple[tuple[str, str], ...]:
    """The one word two keys of as many words (two or more) spell otherwise, as ((word of
    ``ka``, word of ``kb``),), where it is one of four letters or more with one letter changed
    and one first letter and every other word is the same; () otherwise."""
    wa, wb = ka.split(), kb.split()
    if len(wa) != len(wb) or len(wa) < 2:
        return ()
    only_a, only_b = [w for w in wa if w not in wb], [w for w in wb if w not in wa]
    if len(only_a) != 1 or len(only_b) != 1:
        return ()
    x, y = only_a[0], only_b[0]
    if len(x) != len(y) or not _one_letter(x, y, SPELLED_FROM) or gendered(x, y):
        return ()  # (of one length: one letter changed, not dropped)
    return ((x, y),)


def _respellings(ka: str, kb: str) -> tuple[tuple[str, str], ...]:
    """The words two names spell otherwise, as (word of ``ka``, word of ``kb``), when the two
    are one name spelled two ways (see :func:`_variant`); () when they are not."""
    if fold(ka) == fold(kb):
        return ()  # "Inés" / "Ines": accents are house style
    swapped = len(ka.split()) > len(kb.split())
    wa, wb = (kb.split(), ka.split()) if swapped else (ka.split(), kb.split())
    left, changed = list(wb), []
    for x in wa:
        same = [y for y in left if y == x or family(x, y)]  # "the Okafors" are Okafors
        if same:
            left.remove(same[0])
            continue
        close = [y for y in left if spelled_alike(x, y)]
        if len(close) != 1:
            return ()
        left.remove(close[0])
        changed.append((close[0], x) if swapped else (x, close[0]))
    if all(_short_form(x, y) for x, y in changed):
        return ()  # "Pete" / "Peter": a given name and its short form, which people go by either
        # way; "Mathew" / "Matthew", "Sara" / "Sarah" are two spellings
    if all(_place_and_adjective(x, y) for x, y in changed):
        return ()  # "Norland" / "Norlandi": a country and its people's adjective, which the parser read as a name
    return tuple(changed)


#: the endings that make a people's adjective of a country's or a state's name ("Kenya" ->
#: "Kenyan", "Iraq" -> "Iraqi", "Sudan" -> "Sudanese", "Texas" -> "Texan" is not one of these)
_ADJECTIVE_ENDINGS = ("i", "n", "an", "ian", "ese", "ish", "ean")


def _place_and_adjective(x: str, y: str) -> bool:
    """Whether two words are a country's (or a US state's) name and its adjective: the longer
    is the shorter with an adjective's ending, and the shorter names a country or state in
    GeoNames (not a city: many cities bear people's names)."""
    short, long_ = sorted((x, y), key=len)
    if not any(long_ == short + e for e in _ADJECTIVE_ENDINGS):
        return False
    return any(p.city is None for p in places.readings(short))


def _adjective_of_place(na: str, nb: str) -> bool:
    """Whether two names of as many words differ only where one writes a country's name and
    the other its people's adjective ("Norland" / "Norlandi")."""
    wa, wb = fold(na).split(), fold(nb).split()
    return len(wa) == len(wb) and wa != wb and all(x == y or _place_and_adjective(x, y) for x, y in zip(wa, wb))


def _clipped(ka: str, kb: str) -> bool:
    """Whether two names hold one word in the plural, whole in one and cut short (by two
    letters or more) in the other ("jags" / "jacksonville jaguars", "cards" / "cardinals"): a
    team told by its clipped name."""
    return any(x.endswith("s") and y.endswith("s") and _cut_short(x[:-1], y[:-1], dropped=2)
               for x in ka.split() for y in kb.split())


def _short_form(x: str, y: str) -> bool:
    """Whether one of two given names is the other cut short and listed as its nickname by the
    nicknames package ("pete" / "peter", "dan" / "daniel"). The package also lists spellings of
    one name and names of their own: not cut short ("lindsay" / "lindsey"), or cut by one vowel
    or "h" ("sara" / "sarah", "ann" / "anne", "angel" / "angela"), which a reader takes for a
    spelling (or another person), not a name the person goes by."""
    short, long = sorted((x, y), key=len)
    return short != long and long.startswith(short) and long[len(short):] not in _SPELLING_ENDS \
        and long in _related_names(short)


#: one letter at the end of a given name that makes a spelling or another name, not a short
#: form: "Sarah", "Anne", "Angela"
_SPELLING_ENDS = frozenset("aehiouy")


def _places_apart(ctx: Context, a: str, b: str) -> tuple[dict[str, str], dict[str, str]] | None:
    """The places two claims give for one act, in one role of it, where they lie in different
    countries: the place of the act, or of its subject or object ("rebels in Norland claimed
    the raid" / "claimed the raid in Sudria" give the rebels' place and the raid's: no
    conflict)."""
    fa, fb = ctx.claims[a].facts, ctx.claims[b].facts
    if fa is None or fb is None:
        return None
    slots = {e.anchor for e in (*fa.entities, *fb.entities) if e.role == "location" and e.anchor}
    for anchor in sorted(slots):
        pa, pb = _countries(ctx, a, anchor), _countries(ctx, b, anchor)
        if pa and pb and not set(pa.values()) & set(pb.values()) \
                and not set(pa.values()) & _place_keys(fb) and not set(pb.values()) & _place_keys(fa):
            return pa, pb  # (a place the other claim names too, in a list the parser gave no role:
            # "fighting in Iraq and Syria" / "in Syria and Iraq", is no other place)
    return None


def _place_keys(f) -> set[str]:
    """The keys of every place a claim's facts name, in any role or none, and of the country a
    capital lies in."""
    _, capitals = _places()
    keys = {e.key for e in f.entities if e.label in ("GPE", "LOC")}
    return keys | {capitals[k] for k in keys if k in capitals}


#: pairs at least this likely to state one fact, for places within one country ("in Boston" /
#: "in Washington"): a paraphrase's bar, as for people in the same role of other verbs
PLACES_ALIKE = PARAPHRASE


@per_claim
def _place_slots(ctx: Context, cid: str) -> dict[str, dict[str, str]]:
    """slot -> {place key: name as written}: where an act happens ("location:hold" for "held
    in Boston"), or the role a place has in it ("dobj:sue" for "sued Oregon"; "nsubj:hold"
    for "the envoys in Boston held")."""
    out: dict[str, dict[str, str]] = {}
    for e in (ctx.claims[cid].facts.entities if ctx.claims[cid].facts else []):
        claim = ctx.claims[cid]
        if e.label not in ("GPE", "LOC") or not e.anchor \
                or e.role == "qualifier" and hyphened(claim.text, e.start - claim.start, e.end - claim.start):
            continue  # "the pro-Norland government": a word of an adjective, no place of the act
            # ("the Lisbon office of the firm" still gives one)
        if _home_of_person(claim, e):
            continue  # "Senator Ana Ruiz of Norland": where the person is from, no place of the act
        if _quoted_words(ctx, cid, e):
            continue  # a place a speaker names: the remark's wording
        role, _, verb = e.anchor.partition(":")
        if e.role == "location":
            # "held in Boston": where the act happens; "the envoys in Boston held ...": where its
            # subject (or object) is, a slot of its own
            out.setdefault(f"location:{verb}" if role == "prep" else e.anchor, {})[e.key] = e.text
        elif role in ROLES and verb not in SAYING_VERBS and verb != "be":
            out.setdefault(e.anchor, {})[e.key] = e.text
    return out


def _home_of_person(claim, e) -> bool:
    """Whether a place follows a person's name and "of" ("Senator Ana Ruiz of Norland", "Ruiz, of
    Norland,": ``homes.home_after``): the person's home or constituency, which the parser hangs
    on the verb the person hangs on."""
    for x in (claim.facts.entities if claim.facts else []):
        at = homes.home_after(claim.text[x.end - claim.start:]) if x.label == "PERSON" and x.end <= e.start else None
        if at and x.end + at[0] == e.start:
            return True
    return False


@per_claim
def _joined_places(ctx: Context, cid: str) -> frozenset[str]:
    """The verbs a claim gives a place joined to another in one role ("issued warnings for Ohio
    and northern Indiana": the parser hangs Indiana on "issue" as a conjunct)."""
    f = ctx.claims[cid].facts
    return frozenset(e.anchor.partition(":")[2] for e in (f.entities if f else [])
                     if e.label in ("GPE", "LOC") and e.anchor and e.anchor.startswith("conj:"))


def _towns_apart(ctx: Context, a: str, b: str) -> tuple[str, str, str] | None:
    """One place each claim gives in one slot of one act, where neither can lie within the
    other (places.apart: "Boston" / "Washington", "Oregon" / "Idaho"; not
    "Sacramento" / "California"), in a pair likely to state one fact, the other claim not naming
    it anywhere: (slot, a's name, b's name)."""
    if ctx.probability(a, b) < PLACES_ALIKE or ctx.quoted(a) or ctx.quoted(b):
        return None
    sa, sb = _place_slots(ctx, a), _place_slots(ctx, b)
    ta, tb = ctx.claims[a].text.casefold(), ctx.claims[b].text.casefold()
    joined = _joined_places(ctx, a) | _joined_places(ctx, b)
    for slot in sorted(set(sa) & set(sb)):
        if len(sa[slot]) != 1 or len(sb[slot]) != 1 or slot.partition(":")[2] in joined:
            continue  # several places in the slot ("warnings for Ohio and Indiana"): one act of many places
        (ka, na), (kb, nb) = next(iter(sa[slot].items())), next(iter(sb[slot].items()))
        if ka == kb or na.casefold() in tb or nb.casefold() in ta \
                or ka in entity_keys(ctx.claims[b].facts, ctx.entity_map) or kb in entity_keys(ctx.claims[a].facts, ctx.entity_map):
            continue  # the other claim names the place too, in other words ("the U.S." / "back to the
            # United States from Singapore"): from one place to the other, no swap
        if places.apart(places.readings(na, ka), places.readings(nb, kb)):
            return slot, na, nb
    return None


#: a title written before a name: capitalised words (and "of", "of the") right before it
#: ("Harbour Board Chairwoman", "Norland Attorney General", "Chief of Staff"), a body's
#: spokesperson in lower case too ("Port Authority spokesman")
_TITLE_BEFORE = re.compile(r"((?:[A-Z][\w.'’-]*\s+(?:of\s+(?:the\s+)?)?)+(?:(?:press\s+)?(?:spokes(?:man|woman|person)|secretary)\s+)?)$")
#: a title in lower case set just before a name, with or without a comma ("the port's spokesman
#: Tom Vance", "Norland's attorney general, Ana Ruiz"): up to four words
_TITLE_LOWER = re.compile(r"(?:^|[\s(])((?:[a-z][\w.'’-]*\s+){0,3}[a-z][\w.'’-]*),?\s+$")
#: or set beside it: "the harbour board chairwoman, Ana Ruiz"
_TITLE_APPOSED = re.compile(r"\bthe\s+((?:[\w.'’-]+\s+){0,4}[\w.'’-]+),\s+$")
#: one office whoever holds it
_ONE_OFFICE = {"spokesman": "spokesperson", "spokeswoman": "spokesperson", "chairman": "chair", "chairwoman": "chair"}
#: words of the titles of data/entities.yaml that name no office of their own
_NOT_OFFICES = {"former", "then", "vice", "deputy", "of", "state", "crown", "cabinet", "foreign", "defence", "defense",
                "finance", "prime", "mx", "sir", "dame"}
#: words of a title that say nothing of which office: honorifics
_HONORIFICS = {"mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr", "the"}
#: a word just before a title that makes it another time's holder ("former Chief of Staff")
_OTHER_TIME = re.compile(r"\b(?:former|then|ex|late|incoming|outgoing|future|onetime|one-time|acting|interim|new)[\s-]*$", re.I)


#: an office counted by its holders ("the 31st harbour master", "the twelfth chief constable of
#: the county"): one person holds it, so two people given it are one outlet's slip. Numbers and
#: ordinal words from "second" on; "first" is left to the framing rule ("the first lady" is
#: many people's title, "the first woman to ..." a first)
_ORDINAL_OFFICE = re.compile(
    r"\bthe\s+(?P<n>\d+(?:st|nd|rd|th)|(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[-\s])?"
    r"(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth)|tenth|eleventh|twelfth|thirteenth|fourteenth|"
    r"fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth)\s+"
    r"(?P<office>(?:[a-z][\w'’-]*\s+){0,2}?[a-z][\w'’-]*)(?=\s+(?:of|to|in|for|from|since|after|and|who|when)\b|\s*[,.;:)]|\s*$)")
#: what links the office to the clause's subject: "as", "to become", "was"
_ORDINAL_LINK = re.compile(r"\b(?:as|become|becomes|became|becoming|is|was|will\s+be|would\s+be)\s+$", re.I)
#: words after an ordinal that count no office ("the 12th time", "the second day")
_NO_OFFICE = {"time", "times", "day", "days", "year", "years", "week", "month", "anniversary", "century", "round",
              "game", "quarter", "half", "inning", "straight", "consecutive", "attempt", "try", "place"}


@per_claim
def _ordinal_offices(ctx: Context, cid: str) -> dict[str, tuple[str, str]]:
    """Ordinal office -> (person key, name as written) for the offices a claim gives one person:
    set beside the name ("Ana Ruiz, the 12th harbour master,") or linked to the one person who is
    its clause's subject ("Ana Ruiz was sworn in as the 12th harbour master", "took the oath to
    become the 12th harbour master")."""
    claim = ctx.claims[cid]
    people = _persons(ctx, cid)
    out: dict[str, tuple[str, str]] = {}
    for m in _ORDINAL_OFFICE.finditer(claim.text):
        office = m.group("office").casefold().split()
        if office[-1] in _NO_OFFICE or office[0] in _NO_OFFICE:
            continue
        title = f"{m.group('n').casefold().replace(' ', '-')} {' '.join(office)}"
        at = claim.start + m.start()
        before = claim.text[: m.start()]
        apposed = [(k, e) for k, e in people if re.fullmatch(r",\s+", claim.text[e.end - claim.start: m.start()] or "x")]
        if apposed:
            holders = apposed
        elif _ORDINAL_LINK.search(before):
            holders = [(k, e) for k, e in people if e.end <= at and (e.anchor or "").split(":")[0] in ("nsubj", "nsubjpass")]
        else:
            continue
        if len({k for k, _ in holders}) == 1:
            out[title] = (holders[0][0], holders[0][1].text)
    return out


@per_claim
def _titles(ctx: Context, cid: str) -> dict[str, tuple[str, str]]:
    """Title -> (person key, name as written), for the people a claim gives a title of at least
    two words ("harbour board chairwoman" -> Ana Ruiz): written before the name, or set beside
    a full name after "the" ("the harbour board chairwoman, Ana Ruiz"). A title held by several
    people of the claim, or said of another time ("former", "then"), is left out."""
    claim = ctx.claims[cid]
    out: dict[str, tuple[str, str]] = {}
    seen: dict[str, int] = {}
    quoted = [(q.start, q.end) for q in (claim.facts.quotes if claim.facts else [])]
    for key, e in _persons(ctx, cid):
        if any(s <= e.start < t for s, t in quoted):
            continue  # a title in what someone said is the speaker's words
        before = claim.text[: e.start - claim.start]
        m = _TITLE_BEFORE.search(before)
        if not m and len(e.text.split()) > 1:  # set beside a full name only ("the office of Brandt, Okafor": no title)
            m = _TITLE_APPOSED.search(before)
        if not m:
            continue
        words = [w for w in m.group(1).casefold().split() if w not in _HONORIFICS]
        if len(words) < 2 or _OTHER_TIME.search(before[: m.start(1)]):
            continue
        title = " ".join(words)
        seen[title] = seen.get(title, 0) + 1
        out[title] = (key, e.text)
    return {t: v for t, v in out.items() if seen[t] == 1}


def _title_holders(ctx: Context, a: str, b: str) -> Proposal | None:
    """One title given to two people ("Harbour Board Chairwoman Rita Moss was voted out" / "...
    his defeat of Harbour Board Chairwoman Ana Ruiz") in claims at least 0.6 likely to state one
    fact; or one person given a title with two places ("Norland Attorney General Ana Ruiz" /
    "Estland Attorney General Ana Ruiz")."""
    if ctx.probability(a, b) < PARAPHRASE or ctx.quoted_throughout(a) or ctx.quoted_throughout(b):
        return None
    g = given_names(ctx)
    ta, tb = _titles(ctx, a), _titles(ctx, b)
    for title in sorted(set(ta) & set(tb)):
        (ka, na), (kb, nb) = ta[title], tb[title]
        if _respelled(ka, kb):
            # one title, one name spelled two ways word by word ("Mohamed Salah" / "Mohammed
            # Salih"): a transcription, not another holder
            return Proposal(
                type="entity", severity="medium", claims=(a, b),
                explanation=f"{ctx.label(a)} spells the name {na!r} where {ctx.label(b)} spells it {nb!r} ({title})",
                values={a: na, b: nb}, spelling=_spelling(na, nb),
            )
        if _named_in(ctx, b, ka, na) and _named_in(ctx, a, kb, nb):
            continue  # each claim names both ("Democratic Sens. Ruiz and Vance" / "Democratic Sens.
            # Vance and Ruiz"): a title of several, listed in two orders
        if not name_words(ka, g) & name_words(kb, g):
            return Proposal(
                type="entity", severity="high" if ctx.comparable_times(a, b) else "medium", claims=(a, b),
                explanation=f"{ctx.label(a)} gives {na!r} as {title}; {ctx.label(b)} gives {nb!r}",
                values={a: na, b: nb},
            )
    oa, ob = _ordinal_offices(ctx, a), _ordinal_offices(ctx, b)
    for title in sorted(set(oa) & set(ob)):
        (ka, na), (kb, nb) = oa[title], ob[title]
        if not name_words(ka, g) & name_words(kb, g):
            return Proposal(
                type="entity", severity="high" if ctx.comparable_times(a, b) else "medium", claims=(a, b),
                explanation=f"{ctx.label(a)} gives {na!r} as the {title}; {ctx.label(b)} gives {nb!r}",
                values={a: na, b: nb},
            )
    places_a, places_b = _place_words(ctx, a), _place_words(ctx, b)
    for t1, (ka, na) in sorted(ta.items()):
        for t2, (kb, nb) in sorted(tb.items()):
            if not name_words(ka, g) & name_words(kb, g):
                continue  # two people: two titles
            w1, w2 = t1.split(), t2.split()
            # (a party's word is no place: "Maryland Gov." / "Democratic Gov." are both his, and
            # two parties are the party rule's)
            party = parties.PARTY_WORDS
            pa = [w for w in w1 if w in places_a and w not in party]
            pb = [w for w in w2 if w in places_b and w not in party]
            if pa and pb and not set(pa) & set(pb) \
                    and [w for w in w1 if w not in places_a and w not in party] == [w for w in w2 if w not in places_b and w not in party] \
                    and not set(pa) & set(places_b) and not set(pb) & set(places_a) \
                    and not {places_a[w] for w in pa} & {places_b[w] for w in pb}:  # "Argentine" / "Argentinian": one place
                return Proposal(
                    type="entity", severity="high" if ctx.comparable_times(a, b) else "medium", claims=(a, b),
                    explanation=f"{ctx.label(a)} calls {na!r} {t1}; {ctx.label(b)} calls {nb!r} {t2}",
                    values={a: " ".join(pa).title(), b: " ".join(pb).title()},
                )
    return None


#: a description set after a name, between commas: "Ana Ruiz, the harbour board's chair, ...",
#: "Tom Vance, whose daughter was hurt, ...", "Ana Ruiz, port historian and author of ...";
#: not one of many ("a spokesman for", "one of the", "who ...": the relative clause tells an act)
_DESCRIPTION = re.compile(r"^,\s+((?:the\s+|whose\s+)?[a-z0-9][^,;()\"“”]{8,})")
_NOT_ONE = re.compile(r"^(?:a|an|one|who|which|that|and|but|or|also|too|as|in|on|at|for|with|to|from|by|said|says|told|"
                      r"is|was|are|were|has|have|had|will|would|can|could|may|might|did|does|do)\b", re.I)
#: words of a description two claims give alike, counted from its start, for it to single out one person
DESCRIBED_WORDS = 4


@per_claim
def _descriptions(ctx: Context, cid: str) -> dict[tuple[str, ...], tuple[str, str, str]]:
    """The descriptions a claim sets after the names of people (``_DESCRIPTION``), by their first
    DESCRIBED_WORDS words (lower case, letters and digits): -> (person key, name as written, the
    description's words as written, up to its next comma). Outside quotations only; a
    description given to two people of the claim is left out."""
    claim = ctx.claims[cid]
    quoted = [(q.start, q.end) for q in (claim.facts.quotes if claim.facts else [])]
    out: dict[tuple[str, ...], tuple[str, str, str]] = {}
    twice: set[tuple[str, ...]] = set()
    for key, e in _persons(ctx, cid):
        if any(s <= e.start < t for s, t in quoted):
            continue
        m = _DESCRIPTION.match(claim.text[e.end - claim.start:])
        if not m or _NOT_ONE.match(m.group(1)):
            continue
        words = tuple(re.findall(r"[a-z0-9]+", m.group(1).casefold()))[:DESCRIBED_WORDS]
        if len(words) < DESCRIBED_WORDS or sum(1 for w in words if len(w) > 3) < 2:
            continue  # too short to single anyone out ("the mayor")
        if words in out and out[words][0] != key:
            twice.add(words)
        out[words] = (key, e.text, m.group(1).strip())
    return {w: v for w, v in out.items() if w not in twice}


def _clipped_words(text: str, most: int = 10) -> str:
    """A text's first ``most`` words, "..." after them where it goes on."""
    words = text.split()
    return " ".join(words[:most]) + (" ..." if len(words) > most else "")


def _description_holders(ctx: Context, a: str, b: str) -> Proposal | None:
    """One description given to two people, set after their names in claims at least
    PARAPHRASE likely to state one fact ("Tom Vance, port historian and author of a book on the
    harbour, said ..." / "Ana Ruiz, port historian and author of a book on the harbour, said
    ..."; "Vance, whose daughter was hurt in the fire, ..." / "Ruiz, whose daughter was hurt in
    the fire, ..."): the description singles out one person, and the outlets name two. Not when
    either claim names the other's person too, nor two spellings of one name (the spelling
    rules')."""
    if ctx.probability(a, b) < PARAPHRASE or ctx.quoted_throughout(a) or ctx.quoted_throughout(b):
        return None
    da, db = _descriptions(ctx, a), _descriptions(ctx, b)
    g = given_names(ctx)
    for words in sorted(set(da) & set(db)):
        (ka, na, what), (kb, nb, _) = da[words], db[words]
        if name_words(ka, g) & name_words(kb, g) or _respelled(ka, kb) \
                or fuzz.ratio(fold(na).casefold(), fold(nb).casefold()) >= SPELLING:
            continue  # one person
        if _unnamed_in({kb: nb}, _all_people(ctx, a), ctx.claims[a].text, g) == [] and not _family_only(ctx, a, nb) \
                or _unnamed_in({ka: na}, _all_people(ctx, b), ctx.claims[b].text, g) == [] and not _family_only(ctx, b, na):
            continue  # the other person named in this claim too: two people told of
        return Proposal(
            type="entity", severity="high" if ctx.comparable_times(a, b) else "medium", claims=(a, b),
            explanation=f"{ctx.label(a)} names {na!r} as {_clipped_words(what)!r}; {ctx.label(b)} names {nb!r} so",
            values={a: na, b: nb},
        )
    return None


def _family_only(ctx: Context, cid: str, name: str) -> bool:
    """Whether a claim writes the surname of ``name`` (a full name as written) only inside the
    full names of other people, of other given names ("Tom Vance, whose son, Ben Vance, was hurt"
    does not name Ana Vance): a relative named, not the person."""
    mine = _parts(name)
    if mine is None:
        return False
    claim = ctx.claims[cid]
    kin = [(e, p[1]) for _, e in _persons(ctx, cid) if (p := _parts(e.text)) and p[0] == mine[0]]
    if not kin or any(given & mine[1] for _, given in kin):
        return False
    spans = [(e.start - claim.start, e.end - claim.start) for e, _ in kin]
    return all(any(s <= m.start() and m.end() <= t for s, t in spans)
               for m in re.finditer(rf"(?<![\w-]){re.escape(mine[0])}(?![\w-])", fold(claim.text).casefold()))


def _respelled(ka: str, kb: str) -> bool:
    """Two person keys of as many words, each word close to the other's in its place (one
    first letter, rapidfuzz ratio at least SPELLING), not all the same."""
    wa, wb = fold(ka).split(), fold(kb).split()
    return len(wa) == len(wb) and wa != wb and all(
        x[:1] == y[:1] and fuzz.ratio(x, y) >= SPELLING for x, y in zip(wa, wb)) and not _adjective_of_place(ka, kb)


def _own_figures(fa, fb) -> bool:
    """Whether two claims give figures of one kind (unit) and not the same ones: two places
    told side by side, each with its own figures, not one fact placed in two places."""
    units = {q.unit for q in fa.quantities} & {q.unit for q in fb.quantities}
    return any({q.value for q in fa.quantities if q.unit == u} != {q.value for q in fb.quantities if q.unit == u} for u in units)


@per_claim
def _place_words(ctx: Context, cid: str) -> dict[str, str]:
    """The words of the places a claim names (folded), each with its place's key ("argentine"
    and "argentinian" -> "argentina")."""
    f = ctx.claims[cid].facts
    return {w.strip(".,"): e.key for e in (f.entities if f else []) if e.label in ("GPE", "LOC", "NORP")
            for w in e.text.casefold().split()}


def find(ctx: Context) -> list[Proposal]:
    out = []
    for a, b in ctx.compared_pairs(PEOPLE_ALIKE):
        fa, fb = ctx.claims[a].facts, ctx.claims[b].facts
        if fa is None or fb is None or not fa.entities and not fb.entities:
            continue  # every rule here sets a name of one claim against a name of the other
        if not fa.entities or not fb.entities:
            # one copy of a sentence whose name the parser left untagged ("Noble receives a
            # briefing" / "Ruiz receives a briefing"): only the copy rule reads a name there
            p = _copy_with_another_name(ctx, a, b)
            if p is not None:
                out.append(p)
            continue
        p = _people(ctx, a, b) or _spelled(ctx, a, b) or _given_names(ctx, a, b) or _attributed(ctx, a, b) \
            or _title_holders(ctx, a, b) or _copy_with_another_name(ctx, a, b) or _description_holders(ctx, a, b)
        if p is not None:
            out.append(p)
            continue
        if _own_figures(fa, fb):
            continue  # "In Norland, Ruiz leads 43 to 39" / "In Estland, Vance leads 44 to 41": each place its own figures
        town = _towns_apart(ctx, a, b)
        if town:
            slot, na, nb = town
            out.append(_place_finding(ctx, a, b, na, nb, f"{ctx.label(a)} names {na!r} where {ctx.label(b)} names {nb!r} "
                                      f"({'place of ' if slot.startswith('location:') else ''}{slot.partition(':')[2]})"))
            continue
        apart = _places_apart(ctx, a, b)
        if apart:
            pa, pb = (", ".join(x) for x in apart)
            out.append(_place_finding(ctx, a, b, pa, pb, f"{ctx.label(a)} places it in {pa}; {ctx.label(b)} in {pb}"))
    out += _spelled_in_story(ctx, {frozenset(p.claims) for p in out})
    return out + _title_of_another(ctx, {frozenset(p.claims) for p in out}) + parties.find(ctx, full_names) \
        + homes.find(ctx, full_names)


#: offices many hold at once (members of a body, ranks): "Republican Sen." names no one person
SHARED_OFFICES = frozenset({"sen", "sens", "senator", "rep", "reps", "representative", "congressman", "congresswoman",
                            "lawmaker", "legislator", "mp", "assemblyman", "assemblywoman", "councilman",
                            "councilwoman", "councillor", "councilor", "delegate", "member", "justice", "judge",
                            "agent", "officer", "trooper", "sgt", "cpl", "capt", "lt", "maj", "gen", "col", "adm",
                            "pvt", "pfc", "spc", "cmdr", "det", "minister", "candidate", "nominee"})


def _title_of_another(ctx: Context, found: set[frozenset[str]]) -> list[Proposal]:
    """A title the rest of a story gives one person, given by one outlet to another person of
    the story ("Harbour Board Chairwoman Tom Vance said ..." where the other outlets give that
    title to Ana Ruiz alone, and Vance is named elsewhere in the story with a title of his own),
    wherever the sentences stand: a name swapped in a sentence moves it away from the other
    outlets' as much as a changed fact does, so the compared pairs miss most of them. Titles of
    two words or more, as :func:`_titles` reads them (not a title of another time, "former",
    "acting"; not in a quotation). Not a finding: a title the story gives two people or more (two
    holders of one office), an office many hold at once (``SHARED_OFFICES``: "Republican Sen."),
    a title the story gives the claim's person elsewhere too, a claim that names the other holder
    too; a person the story names nowhere else with a title of their own (someone the other
    outlets do not name may hold the title too, and a headline's "Sues Ruiz" is no one).
    Set against the other outlet's claim that gives the title, the one the alignment scores
    likeliest; left to a compared pair's finding (``found``) where one sets the two claims
    against each other."""
    out = []
    g = given_names(ctx)

    def one(ka: str, kb: str) -> bool:
        return bool(name_words(ka, g) & name_words(kb, g)) or _variant(ka, kb) or _respelled(ka, kb)

    by_story = ctx.story_claims()
    for story in sorted(by_story):
        given = [(title, key, name, cid) for cid in by_story[story] if not ctx.posted(cid)
                 for title, (key, name) in sorted(_titles(ctx, cid).items())
                 if title.split()[-1].rstrip(".") not in SHARED_OFFICES]
        for title, kx, nx, c in given:
            others = [(k, n, o) for t, k, n, o in given if t == title and ctx.different_outlets(c, o)]
            if not others:
                continue
            kp = others[0][0]
            if not all(one(k, kp) for k, _, _ in others) or one(kx, kp):
                continue  # two holders elsewhere, or one person named two ways
            if any(_one_office(t, title) and one(k, kx) for t, k, _, o in given if o != c):
                continue  # the story gives this person the title elsewhere too (or part of it:
                # "county District Attorney" of "Travis County District Attorney")
            if any(one(k, kp) for k in _all_people(ctx, c)):
                continue  # the claim names the other holder too: two people of one office
            known = {w for t, k, _, o in given if o != c and t != title and one(k, kx) for w in k.split()}
            if not known or not set(kx.split()) <= known:
                continue  # a person the story gives no other title (may hold this one as well), or a
                # name the story writes nowhere else ("Sues Ruiz" of a headline read as a name)
            _, n_p, partner = max(others, key=lambda x: (ctx.probability(c, x[2]), x[2]))
            if frozenset((c, partner)) in found:
                continue
            found.add(frozenset((c, partner)))
            out.append(Proposal(
                type="entity", severity="medium", claims=(c, partner),
                explanation=f"{ctx.label(c)} gives {nx!r} as {title}; {ctx.label(partner)} and the rest of "
                            f"the story give that title to {n_p!r}",
                values={c: nx, partner: n_p},
            ))
    return out


def _one_office(t: str, title: str) -> bool:
    """Whether two titles as :func:`_titles` reads them name one office: the same words, or the
    words of one among the other's with the same last word ("county district attorney" /
    "travis county district attorney")."""
    if t == title:
        return True
    a, b = t.casefold().split(), title.casefold().split()
    return a[-1] == b[-1] and (set(a) <= set(b) or set(b) <= set(a))


def _initials(key: str) -> frozenset[str]:
    """The first letters of a key's words: a name spelled otherwise keeps them (``_variant``)."""
    return frozenset(w[:1] for w in key.split())


def _spelled_in_story(ctx: Context, found: set[frozenset[str]]) -> list[Proposal]:
    """One person's name spelled two ways by two outlets of a story, wherever the two sentences
    stand (a misspelled name lowers its sentence's likeness to the other outlets' as another
    word does, so the pairs the comparisons take miss most of them): two claims of different
    outlets, each writing its spelling and not the other's (:func:`_variant`), set against each
    other where their story holds no claim that names both (two people: "Johnson" and
    "Johnston"); of the claims that write each spelling, the two the alignment scores most alike.
    Spellings that a finding of a compared pair (``found``: their claims) already sets against
    each other are left to it."""
    out = []
    by_story = ctx.story_claims()
    for story in sorted(by_story):
        writing: dict[str, list[str]] = {}  # person key -> the claims that name the person so
        for cid in by_story[story]:
            for k in _spelled_by_outlet(ctx, cid):
                writing.setdefault(k, []).append(cid)
        keys = sorted(writing)
        for i, ka in enumerate(keys):
            for kb in keys[i + 1:]:
                if not (_initials(ka) <= _initials(kb) or _initials(kb) <= _initials(ka)) or not _variant(ka, kb, loose=True):
                    continue
                if set(writing[ka]) & set(writing[kb]):
                    continue  # one claim names both: two people
                if any(frozenset((x, y)) in found for x in writing[ka] for y in writing[kb]):
                    continue  # a compared pair's finding sets them against each other already
                pairs = [(a, b) for a in writing[ka] for b in writing[kb] if ctx.different_outlets(a, b)
                         and not (ka in _all_people(ctx, b) or name_words(ka) <= _all_people(ctx, b))
                         and not (kb in _all_people(ctx, a) or name_words(kb) <= _all_people(ctx, a))
                         # a sentence that writes the other spelling too ("a Bieber fan ... a fellow
                         # Belieber"): two words, not one name spelled otherwise
                         and not _writes_other_spelling(ka, kb, ctx.claims[a].text, ctx.claims[b].text)]
                # of those, the pairs whose names as written make the one name spelled two ways
                # (the most alike of them): a surname one letter apart counts only where both
                # write the given name, and the sentence most like the other may write the
                # surname alone ("Ms. Okafor") where another of its outlet's writes it in full
                pairs = [(a, b) for a, b in pairs if _written_variant(ctx, a, b, ka, kb)]
                if not pairs:
                    continue
                a, b = max(pairs, key=lambda ab: ctx.score(*ab))
                na, nb = _spelled_by_outlet(ctx, a)[ka], _spelled_by_outlet(ctx, b)[kb]
                out.append(Proposal(
                    type="entity", severity="medium", claims=(a, b),
                    explanation=f"{ctx.label(a)} spells the name {na!r} where {ctx.label(b)} spells it {nb!r}",
                    values={a: na, b: nb}, spelling=_spelling(na, nb),
                ))
    return out


def _written_variant(ctx: Context, a: str, b: str, ka: str, kb: str) -> bool:
    """Whether claim ``a`` writes person ``ka`` and claim ``b`` person ``kb`` as one name
    spelled two ways, read from the names as each writes them (:func:`_variant`)."""
    na, nb = _spelled_by_outlet(ctx, a)[ka], _spelled_by_outlet(ctx, b)[kb]
    if len(na.split()) != len(nb.split()) and any(len(n.split()) == 1 and _kin_told(ctx.claims[c].text, n)
                                                  for n, c in ((na, a), (nb, b))):
        return False  # "her son Darby" / "Ines Darcy": a relative called by a given name, not the surname spelled otherwise
    return not _first_name_alone(ctx, na, nb) and _variant(ka, kb, na, nb, loose=True)


def _writes_other_spelling(ka: str, kb: str, ta: str, tb: str) -> bool:
    """Whether the sentence of one spelling writes the other's respelled word as well ("a Bieber
    fan ... a fellow Belieber" against "Bieber"), or the other way round."""
    ta, tb = fold(ta).casefold(), fold(tb).casefold()
    return any(_name_rx(fold(y)).search(ta) or _name_rx(fold(x)).search(tb) for x, y in _respellings(ka, kb) or _one_letter_keys(ka, kb))


def _place_finding(ctx: Context, a: str, b: str, na: str, nb: str, explanation: str) -> Proposal:
    """Two places for one act: high where the two outlets wrote at comparable times."""
    return Proposal(type="entity", severity="high" if ctx.comparable_times(a, b) else "medium", claims=(a, b),
                    explanation=explanation, values={a: na, b: nb})


#: a name replaced in a copy: at most this many words on each side
COPY_NAME_WORDS = 4
_PLACE_LABELS = frozenset({"GPE", "LOC"})


def _name_over(claim, start: int, end: int):
    """The one person or place the claim names over the characters start..end (the replaced
    words lie within its name, a possessive "'s" aside), else None."""
    hits = [e for e in (claim.facts.entities if claim.facts else [])
            if (e.label == "PERSON" or e.label in _PLACE_LABELS) and e.start <= start and end <= e.end + 2]
    return hits[0] if len(hits) == 1 else None


def _untagged_person(ctx: Context, cid: str, ws: list[str], span: tuple[int, int], other):
    """The person a copy's replaced words name where the parser tagged no name there, the other
    copy naming a person in that place ("Vance plans to visit the pier" against "Ruiz plans to
    ..."; "Vance" left untagged, a word that is also an adjective or a month): the words are
    capitalised, one to three of them, and name one person the story tags in full elsewhere
    (``people_of_story``). An entity standing for that person, else None."""
    start = ctx.claims[cid].start
    text = ctx.claims[cid].text[span[0] - start: span[1] - start]
    if other.label != "PERSON" or not 1 <= len(ws) <= 3 or not all(w[:1].isupper() for w in text.split()):
        return None
    full = people_of_story(ctx, ctx.story(cid)).get(" ".join(w.casefold() for w in ws))
    if full is None:
        return None
    return Entity(text=text, label="PERSON", key=full, start=span[0], end=span[1])


def _copy_with_another_name(ctx: Context, a: str, b: str) -> Proposal | None:
    """Two outlets print one sentence nearly word for word (a wire story, a statement), but for
    one name in one place: a person or a place the one copy gives where the other gives
    another ("the order of President Ana Ruiz" / "the order of President Tom Vance"; "the
    union's Norland office" / "its Estland office"). Whatever role the name plays, the copies
    tell one fact and name two people or places for it (``Context.copy_stretch``). Two
    spellings of one name are the spelling rules'; a changed word of a quotation both give, the
    quote rule's."""
    ca, cb = ctx.claims[a], ctx.claims[b]
    replaced = ctx.copy_stretch(a, b, COPY_NAME_WORDS)
    if replaced is None:
        return None
    (wa, sa), (wb, sb) = replaced
    ea, eb = _name_over(ca, *sa), _name_over(cb, *sb)
    if ea is None and eb is not None:
        ea = _untagged_person(ctx, a, wa, sa, eb)
    elif eb is None and ea is not None:
        eb = _untagged_person(ctx, b, wb, sb, ea)
    if ea is None or eb is None or (ea.label == "PERSON") != (eb.label == "PERSON"):
        return None
    na, nb = ea.text, eb.text
    if fuzz.ratio(fold(na).casefold(), fold(nb).casefold()) >= SPELLING or _variant(ea.key, eb.key):
        return None  # one name spelled two ways: the spelling rules'
    if ea.label == "PERSON":
        g = given_names(ctx)
        if name_words(ea.key, g) & name_words(eb.key, g):
            return None  # one person ("Vance" / "Tom Vance")
    else:
        ra, rb = places.readings(na, ea.key), places.readings(nb, eb.key)
        if not places.apart(ra, rb):
            return None  # one place within the other ("Ohio" / "the United States"), or places unknown
        near = places.nearest_km(ra, rb)
        if near is not None and near < homes.NEAR_KM:
            return None  # a city and its borough or suburb, read as two cities
    return Proposal(
        type="entity", severity="high" if ctx.comparable_times(a, b) else "medium", claims=(a, b),
        explanation=f"{ctx.label(a)} names {na!r} where {ctx.label(b)} names {nb!r}, in one sentence both print",
        values={a: na, b: nb},
    )
