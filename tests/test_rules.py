"""The comparison rules of issue 17 on hand-built claims (no models): which pairs are compared,
numbers and dates matched by role, people swapped in one act, status of one act, quotes
allowing for truncation, gaps and reported speech; and the mutation harness's edits."""
from __future__ import annotations

import datetime as dt
import re
from functools import partial
from pathlib import Path

import pytest

from crosscheck.align import Alignment
from crosscheck.compare import Context, candidacy, dates, entities, framing, homes, numbers, parties, quotes, status
from crosscheck.models import DateRef, Entity, Facts, Ordinal, Quantity, Quote
from crosscheck.models import Article, Claim
from crosscheck.claims.facts.numbers import TALLY_BASE
from crosscheck.claims.facts import daterefs

DAY = dt.date(2024, 3, 8)  # a Friday


def article(aid: str, outlet: str, published: dt.date = DAY) -> Article:
    return Article(id=aid, source=f"{aid}.txt", start=0, end=1000, headline=None, outlet=outlet, publisher=None,
                   published=published)


#: words of no content, left out of a hand-built claim's words as the parser's lemmas leave them
_FUNCTION_WORDS = {"the", "and", "but", "for", "with", "from", "that", "this", "which", "who", "its", "his", "her",
                   "their", "are", "was", "were", "has", "had", "have", "been", "will", "would", "could", "may",
                   "might", "out", "into", "onto", "over", "than", "then", "said", "not"}


def claim(cid: str, aid: str, text: str, **facts) -> Claim:
    """A claim and its facts; its words (``lemmas``), unless given, are its words of three
    letters or more, lower-cased, function words left out (the rules that ask which words two
    claims share read them)."""
    if "lemmas" not in facts:
        facts["lemmas"] = sorted({w.casefold() for w in re.findall(r"[A-Za-z]{3,}", text)} - _FUNCTION_WORDS)
    return Claim(id=cid, article=aid, text=text, start=0, end=len(text), facts=Facts(**facts))


def quoted(cid: str, aid: str, words: str) -> Claim:
    """A claim that is one quotation, whole, of no named speaker."""
    from crosscheck.models import Quote

    return claim(cid, aid, words, quotes=[Quote(text=words, start=0, end=len(words))])


def okafor_says(cid: str, aid: str, words: str, tail: str) -> Claim:
    """'"WORDS," Okafor TAIL.': a claim quoting Okafor, who is its subject of saying."""
    from crosscheck.models import Quote

    text = f"\u201c{words},\u201d Okafor {tail}."
    return claim(cid, aid, text, quotes=[Quote(text=words, speaker="okafor", start=1, end=1 + len(words))],
                 entities=[person("Okafor", "okafor", "nsubj:say")])


def context(claims: list[Claim], probabilities: dict[tuple[str, str], tuple[float, float]],
            published: dict[str, dt.date] | None = None) -> Context:
    arts = sorted({c.article for c in claims})
    outlets = {a: f"Outlet {a.upper()}" for a in arts}
    articles = [article(a, outlets[a], (published or {}).get(a, DAY)) for a in arts]
    al = Alignment(stories={a: "s1" for a in arts}, groups=[],
                   probabilities={tuple(sorted(k)): v for k, v in probabilities.items()})
    return Context.build(articles, claims, al)


def q(text, value, unit, anchor, hedge=None):
    return Quantity(text=text, value=value, unit=unit, hedge=hedge, start=0, end=len(text), anchor=anchor)


def day(text, d, anchor, weekday=None):
    return DateRef(text=text, start=0, end=len(text), low=d, high=d, day=d.day, month=d.month, year=d.year,
                   weekday=weekday, anchor=anchor)


def acting(cid: str, aid: str, text: str, actions: list[str], status: str, doer: str | None, **facts) -> Claim:
    """A claim whose first action has ``status`` (done, expected, possible ...) and ``doer``
    (None: unread), its modality and tense as the facts would give them."""
    act = actions[0]
    return claim(cid, aid, text, actions=actions, acts={act: status}, doers={act: doer} if doer else {},
                 modality="possible" if status == "possible" else "asserted", tense="past" if status == "done" else None, **facts)


def person(text, key, anchor):
    return Entity(text=text, label="PERSON", key=key, start=0, end=len(text), anchor=anchor)


def ent(text: str, name: str, label: str, key: str, anchor: str) -> Entity:
    """An entity at its place in the claim's text (where the rules read the words around it)."""
    return Entity(text=name, label=label, key=key, start=text.index(name), end=text.index(name) + len(name), anchor=anchor)


def named(cid: str, aid: str, text: str, name: str, key: str, anchor: str, label: str = "PERSON") -> Claim:
    """A claim that names one person (or one name the parser tags ``label``), in the role
    ``anchor`` ("nsubj:call")."""
    return claim(cid, aid, text, entities=[ent(text, name, label, key, anchor)])


def names_parser(names: dict[str, str]):
    """A stand-in for spaCy in the harness's tests: the parse of a quote whose entities are the
    names of ``names`` (name -> label) it holds, the longer where one name holds another ("Ines
    Okafor", not "Okafor" within it), and no tokens."""
    class Ent:
        def __init__(self, quote, name):
            self.label_, self.text = names[name], name
            self.start_char = quote.index(name)
            self.end_char = self.start_char + len(name)

    class Doc:
        def __init__(self, quote):
            self.ents = [Ent(quote, n) for n in names if n in quote and not any(n != m and n in m and m in quote for m in names)]

        def __iter__(self):
            return iter(())

    return Doc


def swapped(role: str, a: tuple[str, str, str], b: tuple[str, str, str], p: float = 0.85) -> list[dict[str, str]]:
    """The entity findings of two claims, each (text, name, key) naming one person in ``role``,
    from two outlets, in a pair ``p`` likely to state one fact."""
    ca, cb = named("c1", "a", *a, role), named("c2", "b", *b, role)
    return [f.values for f in entities.find(context([ca, cb], {("c1", "c2"): (p, p)}))]


def test_one_sentence_two_outlets_print_with_another_name_in_it():
    """A sentence two outlets print nearly word for word but for one person or place, in any
    role (here a word of another noun, which the role rules do not read): one fact, two names."""
    def copy(cid, aid, text, name, label, key, **kw):
        return claim(cid, aid, text, entities=[ent(text, name, label, key, kw.get("anchor", "compound:office"))])

    said = "Delegates voted on the measure after a speech by the director of the union's {} office, its spokesman said."

    def found(x, y, lx="GPE", ly="GPE", p=0.95):
        ca = copy("c1", "a", said.format(x), x, lx, x.casefold())
        cb = copy("c2", "b", said.format(y), y, ly, y.casefold())
        return [f.values for f in entities.find(context([ca, cb], {("c1", "c2"): (p, p)}))]

    assert found("Norwich", "Ipswich") == [{"c1": "Norwich", "c2": "Ipswich"}]
    assert found("Austin", "Texas") == []  # one place within the other
    assert found("Manhattan", "New York City") == []  # a borough and its city, read as two cities
    assert found("Norwich", "Vellmoor") == []  # a place no table knows: not known to lie apart
    assert found("Ipswich", "Ipswitch") == []  # one name spelled two ways: the spelling rules' (none here: not a person)
    assert found("Ana Ruiz", "Tom Vance", "PERSON", "PERSON") == [{"c1": "Ana Ruiz", "c2": "Tom Vance"}]
    assert found("Ana Ruiz", "Norwich", "PERSON", "GPE") == []  # a person against a place: no one name changed
    # one copy runs on past the other: the words both print are compared
    longer = said.format("Ipswich")[:-1] + " in a statement on Friday."
    ca = copy("c1", "a", said.format("Norwich"), "Norwich", "GPE", "norwich")
    cb = copy("c2", "b", longer, "Ipswich", "GPE", "ipswich")
    assert [f.values for f in entities.find(context([ca, cb], {("c1", "c2"): (0.9, 0.9)}))] == [{"c1": "Norwich", "c2": "Ipswich"}]
    # a paraphrase that differs in more than the name is no copy
    other = "Delegates backed the measure after the director of the union's {} office spoke, a spokesman said."
    ca = copy("c1", "a", said.format("Norwich"), "Norwich", "GPE", "norwich")
    cb = copy("c2", "b", other.format("Ipswich"), "Ipswich", "GPE", "ipswich")
    assert entities.find(context([ca, cb], {("c1", "c2"): (0.9, 0.9)})) == []


def test_a_copy_names_a_person_the_parser_left_untagged():
    """"Ruiz plans to address the harbour board ..." / "Noble plans to address ...": the parser
    tags the one copy's name and leaves the other's untagged (a name that is also a word), which
    names a person the story tags in full elsewhere: one fact, two people."""
    said = "On Thursday, at the harbour office in Norland, {} plans to address the board after a briefing."
    known = "Tom Noble, the board's secretary, was not there."

    def run(word, elsewhere=True, p=0.95):
        ta, tb = said.format("Ruiz"), said.format(word)
        ca = claim("c1", "a", ta, entities=[ent(ta, "Norland", "GPE", "norland", "pobj:in"), ent(ta, "Ruiz", "PERSON", "ana ruiz", "nsubj:plan")])
        cb = claim("c2", "b", tb, entities=[ent(tb, "Norland", "GPE", "norland", "pobj:in")])  # the name not read
        tagged = [ent(known, "Tom Noble", "PERSON", "noble tom", "nsubj:be")] if elsewhere else []
        cs = [ca, cb, claim("c3", "c", known, entities=tagged)]
        return [f.values for f in entities.find(context(cs, {("c1", "c2"): (p, p)}))]

    assert run("Noble") == [{"c1": "Ruiz", "c2": "Noble"}]
    # a copy in which the parser read no name at all
    plain = "Ruiz receives a similar briefing from the harbour board each year before the holidays."
    ca = claim("c1", "a", plain, entities=[ent(plain, "Ruiz", "PERSON", "ana ruiz", "nsubj:receive")])
    cb = claim("c2", "b", plain.replace("Ruiz", "Noble"))
    cs = [ca, cb, claim("c3", "c", known, entities=[ent(known, "Tom Noble", "PERSON", "noble tom", "nsubj:be")])]
    assert [f.values for f in entities.find(context(cs, {("c1", "c2"): (0.95, 0.95)}))] == [{"c1": "Ruiz", "c2": "Noble"}]
    assert run("Noble", elsewhere=False) == []  # a word the story tags as no one's name
    assert run("noble") == []  # not written as a name


def test_one_description_set_after_two_names():
    """"Tom Vance, port historian and author of a book on the harbour, said ..." / "Ana Ruiz,
    port historian and author of ...": a description that singles out one person, given to two
    people in claims likely to state one fact."""
    def described(cid, aid, name, key, rest, extra=()):
        text = f"{name}, {rest}"
        return claim(cid, aid, text, entities=[ent(text, name, "PERSON", key, "nsubj:say"), *extra])

    def found(rest, p=0.8, name_b=("Ana Ruiz", "ana ruiz"), rest_b=None, extra=()):
        # the other outlet's sentence goes on in its own words (no copy of one sentence)
        ca = described("c1", "a", "Tom Vance", "tom vance", rest, extra)
        cb = described("c2", "b", *name_b, rest_b or rest.split(",")[0] + ", told reporters on Friday the old pier was meant for ferry crews.")
        return [f.values for f in entities.find(context([ca, cb], {("c1", "c2"): (p, p)}))]

    historian = "port historian and author of a book on the harbour, said the pier was built for the ferries."
    assert found(historian) == [{"c1": "Tom Vance", "c2": "Ana Ruiz"}]
    assert found("whose daughter was hurt in the pier fire, said the ferries must stop.") == [{"c1": "Tom Vance", "c2": "Ana Ruiz"}]
    assert found(historian, p=0.5) == []  # not likely enough to state one fact
    assert found("a longtime harbour board spokesman, said the pier was built for the ferries.") == []  # one of many
    assert found("the mayor, said the pier was built for the ferries.") == []  # too short to single anyone out
    assert found("was badly hurt during Sunday's pier fire, the board said.") == []  # an act, no description
    # one name spelled two ways: the spelling rules' finding, not this one's
    assert ["spells the name" in f.explanation for f in entities.find(context(
        [described("c1", "a", "Tom Vance", "tom vance", historian), described("c2", "b", "Tom Vanse", "tom vanse", historian)],
        {("c1", "c2"): (0.8, 0.8)}))] == [True]
    # a description the other claim gives another way: two descriptions
    assert found(historian, rest_b="port engineer and author of a book on the harbour, said the pier was built.") == []
    # the other person named in the claim too: two people told of
    text = "Tom Vance, port historian and author of a book on the harbour, said the pier was built for the ferries."
    both = claim("c1", "a", text + " Ana Ruiz agreed.", entities=[ent(text, "Tom Vance", "PERSON", "tom vance", "nsubj:say"),
                                                                  Entity(text="Ana Ruiz", label="PERSON", key="ana ruiz", start=len(text) + 1, end=len(text) + 9, anchor="nsubj:agree")])
    cb = described("c2", "b", "Ana Ruiz", "ana ruiz", historian)
    assert entities._description_holders(context([both, cb], {("c1", "c2"): (0.8, 0.8)}), "c1", "c2") is None
    # a relative of the other person named (one surname, another given name) is not that person:
    # "Tom Vance, whose son, Ben Ruiz, ..." does not name Ana Ruiz
    son = "Tom Vance, whose 9-year-old son, Ben Ruiz, was hurt in the pier fire, spoke to the board."
    kin = claim("c1", "a", son, entities=[ent(son, "Tom Vance", "PERSON", "tom vance", "nsubj:speak"),
                                         ent(son, "Ben Ruiz", "PERSON", "ben ruiz", "appos:son")])
    mother = "Ana Ruiz, whose 9-year-old son, Ben, was hurt in the pier fire, told reporters the pier must close."
    cm = claim("c2", "b", mother, entities=[ent(mother, "Ana Ruiz", "PERSON", "ana ruiz", "nsubj:tell")])
    assert [f.values for f in entities.find(context([kin, cm], {("c1", "c2"): (0.8, 0.8)}))] == [{"c1": "Tom Vance", "c2": "Ana Ruiz"}]
    # the person's own surname written alone beside the relative's full name: named
    alone = son.replace("spoke to the board", "spoke after Ruiz")
    kin2 = claim("c1", "a", alone, entities=kin.facts.entities)
    assert entities._description_holders(context([kin2, cm], {("c1", "c2"): (0.8, 0.8)}), "c1", "c2") is None
    # the same given name: the person named
    ana = son.replace("Ben Ruiz", "Ana Ruiz")
    kin3 = claim("c1", "a", ana, entities=[ent(ana, "Tom Vance", "PERSON", "tom vance", "nsubj:speak"),
                                          ent(ana, "Ana Ruiz", "PERSON", "ana ruiz", "appos:son")])
    assert entities._description_holders(context([kin3, cm], {("c1", "c2"): (0.8, 0.8)}), "c1", "c2") is None


def test_one_sentence_two_outlets_print_with_another_status_of_its_act():
    """"Vance told the harbour board on Friday ..." / "Vance is expected to tell the harbour board
    on Friday ...": one sentence both print, its act done in one copy and pending in the other,
    a verb of saying too (the status rules read no status of a saying)."""
    done = "Mayor Tom Vance told the harbour board on Friday that the ferry would keep sailing."
    lemmas = ["board", "ferry", "friday", "harbour", "keep", "mayor", "sail", "tell", "vance"]

    def found(pending_words, done_text=done, p=0.9, lemmas=lemmas):
        ca = claim("c1", "a", done_text, lemmas=lemmas)
        cb = claim("c2", "b", done.replace("told", pending_words))
        return [(f.claims, f.values) for f in status.find(context([ca, cb], {("c1", "c2"): (p, p)}))]

    assert found("is expected to tell") == [(("c2", "c1"), {"c2": "is expected to tell", "c1": "told"})]
    assert found("could tell") == [(("c2", "c1"), {"c2": "could tell", "c1": "told"})]
    assert found("plans to tell")[0][1] == {"c2": "plans to tell", "c1": "told"}
    assert found("is expected to warn") == []  # another verb: not the done copy's act
    assert found("is expected to tell", lemmas=[w for w in lemmas if w != "tell"]) == []  # "told" not read as "tell"
    # a sentence that differs in more than the act is no copy
    other = "Mayor Tom Vance told the harbour board late on Friday that the ferries would keep sailing."
    assert found("is expected to tell", done_text=other) == []
    # after a negation, no act told done
    never = done.replace("told", "never told")
    ca, cb = claim("c1", "a", never, lemmas=lemmas), claim("c2", "b", never.replace("told", "is likely to tell"))
    assert status.find(context([ca, cb], {("c1", "c2"): (0.9, 0.9)})) == []


def test_a_group_counted_with_or_without_a_member_it_names_beside_the_count_is_one_count():
    """"Six lenders and Norway signed the accord" / "Sweden, Norway and five lenders signed the
    accord": Sweden is one of the six, named apart; "Sweden, Norway and four lenders" is
    another count, and so is a list that names no one the other claim leaves out."""
    def signed(cid, aid, text, word, value):
        i = text.index(word)
        ents = [Entity(text=n, label="GPE", key=n.casefold(), start=text.index(n), end=text.index(n) + len(n), anchor="nsubj:sign")
                for n in ("Sweden", "Norway") if n in text]
        return claim(cid, aid, text, entities=ents, quantities=[Quantity(text=word, value=value, unit="lender", start=i,
                                                                          end=i + len(word), anchor="sign")])
    six = signed("c1", "a", "Six lenders and Norway signed the accord on Monday.", "Six", 6)
    five = signed("c2", "b", "Sweden, Norway and five lenders signed the accord on Monday.", "five", 5)
    assert numbers.find(context([six, five], {("c1", "c2"): (0.9, 0.9)})) == []
    four = signed("c3", "b", "Sweden, Norway and four lenders signed the accord on Monday.", "four", 4)
    assert [p.type for p in numbers.find(context([six, four], {("c1", "c3"): (0.9, 0.9)}))] == ["number"]
    named = signed("c4", "a", "Six lenders, Sweden and Norway signed the accord on Monday.", "Six", 6)
    assert [p.type for p in numbers.find(context([named, five], {("c4", "c2"): (0.9, 0.9)}))] == ["number"]


def test_a_day_to_come_for_one_article_and_a_day_past_for_the_other_are_a_day_set_and_a_day_done():
    """An article of Friday: "the envoy met the mayor, with plans to meet the governor on Monday"
    (the verb told twice: the act has no one status); one of Saturday: "the envoy met the
    governor on Friday": a day set and a day done (the status rule's), no two days of one act.
    Both days past for their articles are two days."""
    def met(cid, aid, text, word, d):
        i = text.index(word)
        return claim(cid, aid, text, predicate="meet", dates=[DateRef(text=word, start=i, end=i + len(word), low=d, high=d,
                                                                     weekday=d.weekday(), anchor="meet")])
    friday, saturday, monday = dt.date(2024, 3, 8), dt.date(2024, 3, 9), dt.date(2024, 3, 11)
    plans = met("c1", "a", "The envoy was meeting the mayor, with plans to meet the governor on Monday.", "Monday", monday)
    done = met("c2", "b", "The envoy met the governor on Friday at the harbour.", "Friday", friday)
    published = {"a": friday, "b": saturday}
    assert dates.find(context([plans, done], {("c1", "c2"): (0.9, 0.9)}, published)) == []
    past = met("c3", "a", "The envoy met the governor on Thursday at the harbour.", "Thursday", dt.date(2024, 3, 7))
    assert [p.type for p in dates.find(context([past, done], {("c3", "c2"): (0.9, 0.9)}, published))] == ["date"]
    # an act told done after its article, or a day on the day after it (time zones), is no day set
    late = met("c4", "a", "The envoy met the governor on Sunday at the harbour.", "Sunday", dt.date(2024, 3, 10))
    told_done = late.model_copy(update={"facts": late.facts.model_copy(update={"acts": {"meet": "done"}})})
    assert [p.type for p in dates.find(context([told_done, done], {("c4", "c2"): (0.9, 0.9)}, published))] == ["date"]
    next_day = met("c5", "a", "The envoy was back at the harbour on Saturday.", "Saturday", saturday)
    assert [p.type for p in dates.find(context([next_day, done], {("c5", "c2"): (0.9, 0.9)}, published))] == ["date"]
    # a date with its year is what it says, whatever the article's day
    dated = claim("c6", "a", "The envoy met the governor on March 11, 2024.", predicate="meet",
                  dates=[day("March 11, 2024", monday, "meet")])
    assert [p.type for p in dates.find(context([dated, done], {("c6", "c2"): (0.9, 0.9)}, published))] == ["date"]


def test_a_plans_day_before_a_change_is_no_other_day_for_it():
    """"The previous deadline for the permits was midnight Monday" / "The deadline for the
    permits is midnight Tuesday": the plan before and after a change; the same sentences
    without "previous" give two days."""
    def deadline(cid, aid, text, word, d):
        i = text.index(word)
        return claim(cid, aid, text, predicate="be", dates=[DateRef(text=word, start=i, end=i + len(word), low=d, high=d,
                                                                   weekday=d.weekday(), anchor="be")])
    monday, tuesday = dt.date(2024, 3, 4), dt.date(2024, 3, 5)
    was = deadline("c1", "a", "The previous deadline for the permits was midnight Monday.", "Monday", monday)
    now = deadline("c2", "b", "The deadline for the permits was midnight Tuesday.", "Tuesday", tuesday)
    assert dates.find(context([was, now], {("c1", "c2"): (0.9, 0.9)})) == []
    plain = deadline("c3", "a", "The deadline for the permits was midnight Monday.", "Monday", monday)
    assert [p.type for p in dates.find(context([plain, now], {("c3", "c2"): (0.9, 0.9)}))] == ["date"]
    initially = deadline("c4", "a", "The permits were initially due on Monday.", "Monday", monday)
    assert dates.find(context([initially, now], {("c4", "c2"): (0.9, 0.9)})) == []


def test_one_sentence_two_outlets_print_with_another_day():
    """"The port authority said Tuesday it would appeal the ruling" / "... said Thursday ...": one
    sentence both print, its day another in one copy, the day someone spoke too (the date rules
    leave those out of sentences told in other words)."""
    def said(cid, aid, text, word, d):
        i = text.index(word)
        return claim(cid, aid, text, dates=[DateRef(text=word, start=i, end=i + len(word), low=d, high=d,
                                                    weekday=d.weekday(), anchor="say")])

    words = "The port authority said {} it would appeal the ruling that closed the northern pier."
    tuesday, thursday = dt.date(2024, 3, 5), dt.date(2024, 3, 7)
    ca = said("c1", "a", words.format("Tuesday"), "Tuesday", tuesday)
    cb = said("c2", "b", words.format("Thursday"), "Thursday", thursday)
    found = dates.find(context([ca, cb], {("c1", "c2"): (0.9, 0.9)}))
    assert [(p.type, p.claims, p.severity) for p in found] == [("date", ("c1", "c2"), "high")]
    assert "in one sentence both print" in found[0].explanation
    # one day apart: time zones may explain it
    cw = said("c3", "b", words.format("Wednesday"), "Wednesday", dt.date(2024, 3, 6))
    assert [p.severity for p in dates.find(context([ca, cw], {("c1", "c3"): (0.9, 0.9)}))] == ["low"]
    # one day written two ways is no conflict
    cd = said("c4", "b", words.format("on March 5"), "March 5", tuesday)
    assert dates.find(context([ca, cd], {("c1", "c4"): (0.9, 0.9)})) == []
    # a sentence told in other words: the day of a saying is no day of the act
    other = said("c5", "b", "Thursday, the authority said it would challenge the ruling over the pier.", "Thursday", thursday)
    assert dates.find(context([ca, other], {("c1", "c5"): (0.9, 0.9)})) == []
    # a day inside a quotation both give is the quote rule's
    q = 'The port authority said "we will appeal on {} the ruling that closed the northern pier."'

    def quoting(cid, aid, word, d):
        text = q.format(word)
        c = said(cid, aid, text, word, d)
        qs = text.index('"'), text.rindex('"') + 1
        return c.model_copy(update={"facts": c.facts.model_copy(update={"quotes": [Quote(text=text[qs[0] + 1:qs[1] - 1], start=qs[0] + 1, end=qs[1] - 1)]})})

    qa, qb = quoting("c6", "a", "Tuesday", tuesday), quoting("c7", "b", "Thursday", thursday)
    assert dates.find(context([qa, qb], {("c6", "c7"): (0.9, 0.9)})) == []
    # the day a count stands at: two updates of one count
    asof = "As of {}, 40 boats had been pulled from the northern pier's moorings."
    oa, ob = said("c8", "a", asof.format("Tuesday"), "Tuesday", tuesday), said("c9", "b", asof.format("Thursday"), "Thursday", thursday)
    assert dates.find(context([oa, ob], {("c8", "c9"): (0.9, 0.9)})) == []
    # a year printed otherwise in one copy: medium, as years are
    built = "The northern pier, built in {} by the harbour trust, was closed after the storm last week."

    def year_copy(cid, aid, y, verb):
        text = built.format(y)
        return claim(cid, aid, text, dates=[year_at(text, str(y), y, y, verb)])

    # (the parser hung one copy's year on "close": the rule for years of one act does not pair them)
    found = dates.find(context([year_copy("c10", "a", 1911, "build"), year_copy("c11", "b", 1912, "close")],
                               {("c10", "c11"): (0.6, 0.6)}))
    assert [(p.severity, p.values) for p in found] == [("medium", {"c10": "1911", "c11": "1912"})]
    assert "in one sentence both print" in found[0].explanation


def test_one_remark_said_on_two_days():
    """Two outlets quote one remark in other sentences and give the day it was said on two days
    ("the harbour board said Sunday" / "announced in a statement Tuesday night"): one occasion on
    two days, medium at most (a speaker may say one thing twice), low a day apart."""
    remark = "we will not reopen the northern pier until every mooring has been inspected"

    def saying(cid, aid, before, word, d, after, verb="say", speaker=None):
        text = f'"{remark.capitalize()}," {before}{word}{after}'
        i = text.index(word, len(remark) + 4)
        return claim(cid, aid, text, quotes=[Quote(text=remark.capitalize(), speaker=speaker, start=1, end=1 + len(remark))],
                     dates=[DateRef(text=word, start=i, end=i + len(word), low=d, high=d, weekday=d.weekday(), anchor=verb)])

    sunday, tuesday, monday = dt.date(2024, 3, 3), dt.date(2024, 3, 5), dt.date(2024, 3, 4)
    ca = saying("c1", "a", "the harbour board said ", "Sunday", sunday, ".")
    cb = saying("c2", "b", "the board announced in a statement ", "Tuesday", tuesday, " night.", verb="announce")
    found = dates.find(context([ca, cb], {("c1", "c2"): (0.7, 0.8)}))
    assert [(p.type, p.claims, p.severity) for p in found] == [("date", ("c1", "c2"), "medium")]
    assert "one remark both quote" in found[0].explanation
    # a day apart: low
    cm = saying("c3", "b", "the board said ", "Monday", monday, ".")
    assert [p.severity for p in dates.find(context([ca, cm], {("c1", "c3"): (0.7, 0.8)}))] == ["low"]
    # the same day written two ways
    cd = saying("c4", "b", "the board said on ", "March 3", sunday, ".")
    assert dates.find(context([ca, cd], {("c1", "c4"): (0.7, 0.8)})) == []
    # two speakers of the remark: the quote rule's
    cx = saying("c5", "a", "Ruiz said ", "Sunday", sunday, ".", speaker="ruiz")
    cy = saying("c6", "b", "Vance said ", "Tuesday", tuesday, ".", speaker="vance")
    assert dates.find(context([cx, cy], {("c5", "c6"): (0.7, 0.8)})) == []
    # a remark told as said often
    co = saying("c7", "b", "the board has repeatedly said, most recently ", "Tuesday", tuesday, ".")
    assert dates.find(context([ca, co], {("c1", "c7"): (0.7, 0.8)})) == []
    # articles more than a week apart: the remark said again
    late = saying("c8", "b", "the board said ", "Tuesday", dt.date(2024, 3, 19), ".")
    assert dates.find(context([ca, late], {("c1", "c8"): (0.7, 0.8)},
                              published={"a": dt.date(2024, 3, 4), "b": dt.date(2024, 3, 20)})) == []
    # another remark: no day of one occasion
    other = claim("c9", "b", '"The pier stays shut," the board said Tuesday.', quotes=[Quote(text="The pier stays shut", start=1, end=20)],
                  dates=[DateRef(text="Tuesday", start=37, end=44, low=tuesday, high=tuesday, weekday=1, anchor="say")])
    assert dates.find(context([ca, other], {("c1", "c9"): (0.7, 0.8)})) == []


# ---- which pairs are compared ---------------------------------------------------------------

def test_pairs_compared_need_both_bars_and_two_outlets():
    cs = [claim("c1", "a", "x"), claim("c2", "b", "y"), claim("c3", "b", "z"), claim("c4", "a", "w"),
          claim("c5", "c", "v"), claim("c6", "c", "u")]
    ctx = context(cs, {("c1", "c2"): (0.4, 0.9), ("c1", "c3"): (0.05, 0.95), ("c2", "c4"): (0.5, 0.45),
                       ("c1", "c4"): (0.9, 0.9), ("c1", "c5"): (0.15, 0.8), ("c1", "c6"): (0.15, 0.6)})
    # c1-c3: only the neutralised clash lifts it, from almost nothing; c2-c4: below the bar;
    # c1-c4: one article; c1-c5: unlikely as it stands, but one fact but for its clash (past
    # KEEP_ALIKE); c1-c6: not enough so
    assert ctx.compared_pairs() == [("c1", "c2"), ("c1", "c5")]


# ---- numbers --------------------------------------------------------------------------------

def _figure(text: str, fig: str, value: float, unit: str, anchor: str) -> Quantity:
    start = text.index(fig)
    return Quantity(text=fig, value=value, unit=unit, start=start, end=start + len(fig), anchor=anchor)


def _figure_claim(cid: str, aid: str, text: str, fig: str, value: float, unit: str, anchor: str, dates=()) -> Claim:
    return claim(cid, aid, text, quantities=[_figure(text, fig, value, unit, anchor)], dates=list(dates))


def _number_values(x: Claim, y: Claim) -> list[dict[str, str]]:
    return [p.values for p in numbers.find(context([x, y], {(x.id, y.id): (0.6, 0.9)}))]


@pytest.mark.parametrize("unit, anchor, whole, part, alike", [
    # distances from two places named after them are two distances; from one place, compared
    ("km", "search", ("The search moved to an area 1,800km (1,100 miles) off the coast of Norland, officials said.", "1,800km", 1800),
     ("Ships searched waters some 2,500km south-west of the port city of Ely.", "some 2,500km", 2500),
     ("Ships searched waters some 2,500km off the coast of Norland.", "some 2,500km", 2500)),
    # a figure of the rest of a group is a part's; told of the whole, compared
    ("gbp", "record", ("In total, the 92 clubs recorded a pre-tax loss of £204m.", "£204m", 204e6),
     ("The other 14 clubs recorded combined losses of £117m.", "£117m", 117e6),
     ("The 92 clubs recorded combined losses of £117m.", "£117m", 117e6)),
    # counts a relative clause gives to two places are two counts; to one place, compared
    ("people", "die", ("The storm hit the docks, the market and a ferry terminal in which 14 people died.", "14", 14),
     ("Mr. Okoro said the old market, where 9 people died on Friday, would reopen.", "9", 9),
     ("Mr. Okoro said the ferry terminal, where 9 people died on Friday, would reopen.", "9", 9)),
    # a figure told as an estimate first given and since replaced is no figure of the news; a
    # word "originally" that tells no estimate leaves it compared
    ("job", "add", ("The harbour added 38,000 jobs last month.", "38,000", 38000),
     ("Initially, the agency said that 88,000 jobs were added that month.", "88,000", 88000),
     ("The plant, originally built in 1970, added 88,000 jobs last month.", "88,000", 88000)),
])
def test_figures_of_two_measures_by_the_words_beside_them(unit, anchor, whole, part, alike):
    """"1,800km off the coast of Norland" / "2,500km south-west of Ely": two distances; "the 92
    clubs recorded a loss of £204m" / "the other 14 clubs recorded losses of £117m": a whole and
    a part; "a terminal in which 14 people died" / "the market, where 9 people died": two
    places' counts; "Initially, the agency said that 88,000 jobs were added": an estimate since
    replaced. The same figures told of one place or one group, or told as the news, are compared."""
    a = _figure_claim("c1", "a", whole[0], whole[1], whole[2], unit, anchor)
    assert _number_values(a, _figure_claim("c2", "b", part[0], part[1], part[2], unit, anchor)) == []
    assert _number_values(a, _figure_claim("c3", "c", alike[0], alike[1], alike[2], unit, anchor)) == [{"c1": whole[1], "c3": alike[1]}]


def _placed_count(cid: str, aid: str, text: str, fig: str, value: float, place: str, anchor: str) -> Claim:
    """A count of the dead and one place the claim tells it of (the facts' location role)."""
    where = Entity(text=place, label="GPE", key=place.casefold(), start=text.index(place),
                   end=text.index(place) + len(place), anchor=anchor, role="location")
    return claim(cid, aid, text, quantities=[_figure(text, fig, value, "person", "die")], entities=[where])


def test_counts_given_for_two_places_apart_are_two_counts():
    """"officials in Ohio say six died" / "authorities in Tennessee, four died": neither state
    holds the other, two places' counts; a city that may lie in the other's state ("Columbus")
    is one place's count told two ways, compared."""
    a = _placed_count("c1", "a", "Officials in Ohio say six people have died in the floods.", "six people", 6, "Ohio", "prep:official")
    b = _placed_count("c2", "b", "According to the authorities in Tennessee, four people died.", "four people", 4, "Tennessee", "prep:accord")
    c = _placed_count("c3", "c", "According to the authorities in Columbus, four people died.", "four people", 4, "Columbus", "prep:accord")
    assert _number_values(a, b) == []
    assert _number_values(a, c) == [{"c1": "six people", "c3": "four people"}]


def test_baselines_of_two_comparisons_of_two_measures_are_two_figures():
    """"45 percent of owners described themselves as worried, compared with 30 percent of
    tenants" / "45 percent of those surveyed said they would back the levy, compared to 43
    percent": each figure is set against another measure (the shared 45 percent hangs on two
    verbs), two comparisons; the same comparison told with another baseline is compared."""
    def poll(cid: str, aid: str, text: str, lead: str, lead_verb: str, base: str, value: float) -> Claim:
        return claim(cid, aid, text, quantities=[_figure(text, lead, 45, "percent", lead_verb),
                                                 _figure(text, base, value, "percent", "compare")])

    a = poll("c1", "a", "A harbour poll showed 45 percent of owners described themselves as worried, compared with 30 percent of tenants.",
             "45 percent", "describe", "30 percent", 30)
    b = poll("c2", "b", "Forty-five percent of those surveyed said they would back the levy, compared to 43 percent who oppose it.",
             "Forty-five percent", "say", "43 percent", 43)
    c = poll("c3", "c", "Some 45 percent of owners described themselves as worried, compared with 35 percent of tenants.",
             "45 percent", "describe", "35 percent", 35)
    assert _number_values(a, b) == []
    assert _number_values(a, c) == [{"c1": "30 percent", "c3": "35 percent"}]


def test_a_whole_years_figure_and_a_part_of_a_years_are_two_figures():
    """"an average of 221,000 containers a month in 2023" / "in the past three months ... an
    average of 284,000": a year's figure against three months'; both of 2023, compared."""
    year = DateRef(text="2023", start=0, end=4, low=dt.date(2023, 1, 1), high=dt.date(2023, 12, 31), year=2023, anchor="handle")
    a = "The port handled an average of 221,000 containers a month in 2023."
    whole = claim("c1", "a", a, quantities=[_figure(a, "221,000", 221000, "container", "handle")], dates=[year])
    b = "In the past three months the port handled an average of 284,000 containers a month."
    part = claim("c2", "b", b, quantities=[_figure(b, "284,000", 284000, "container", "handle")])
    c = "The port handled an average of 284,000 containers a month in 2023."
    other = claim("c3", "c", c, quantities=[_figure(c, "284,000", 284000, "container", "handle")], dates=[year])
    assert _number_values(whole, part) == []
    assert _number_values(whole, other) == [{"c1": "221,000", "c3": "284,000"}]


def test_results_against_two_named_sides_are_two_results():
    """"a 2-1 win over Norland in the 1998 cup" / "a 3-1 win over Ely": two matches; against one
    side, or with no side named, the tallies are compared."""
    ta = "The side has won before, with a 2-1 win over Norland in the 1998 cup."
    tb = "The side won on its biggest night with a 3-1 win over Ely."
    a = claim("c1", "a", ta, quantities=[_figure(ta, "2-1", 2001, "tally", "win")])
    b = claim("c2", "b", tb, quantities=[_figure(tb, "3-1", 3001, "tally", "win")])
    assert numbers.find(context([a, b], {("c1", "c2"): (0.6, 0.9)})) == []
    tc = "The side won on its biggest night, beating Ely 2-1."
    c = claim("c3", "c", tc, quantities=[_figure(tc, "2-1", 2001, "tally", "win")])
    assert [p.values for p in numbers.find(context([b, c], {("c2", "c3"): (0.6, 0.9)}))] == [{"c2": "3-1", "c3": "2-1"}]


def test_a_figure_the_other_claim_gives_as_a_rank_of_its_unit_agrees():
    """"carried off on 25 minutes" / "carried off in the 25th minute, 18 minutes after the foul":
    the 25 agree, the 18 minutes are another measure; without the rank, 25 against 18 is a finding."""
    ta = "The captain was carried off on 25 minutes and replaced by a defender."
    tb = "The captain was carried off in the 25th minute, 18 minutes after the foul."
    a = claim("c1", "a", ta, quantities=[_figure(ta, "25 minutes", 25, "minute", "carry")])
    rank = Ordinal(text="25th minute", rank=25, word="25th", head="minute", start=tb.index("25th"), end=tb.index("25th") + 11)
    b = claim("c2", "b", tb, quantities=[_figure(tb, "18 minutes", 18, "minute", "carry")], ordinals=[rank])
    assert numbers.find(context([a, b], {("c1", "c2"): (0.6, 0.9)})) == []
    bare = claim("c2", "b", tb, quantities=[_figure(tb, "18 minutes", 18, "minute", "carry")])
    assert [p.values for p in numbers.find(context([a, bare], {("c1", "c2"): (0.6, 0.9)}))] == [{"c1": "25 minutes", "c2": "18 minutes"}]


def test_a_count_of_the_doers_themselves_told_elsewhere_on_another_act_is_the_same_count():
    """"Nineteen crew members were lost on Sunday" / "before the loss, 43 crew members had been
    lost this year": the second outlet tells the 19 crew members elsewhere, hung on another's act
    ("the storm proved too much for the 19 crew members"); a figure that counts its own doers is
    the same count whoever does the act it hangs on there."""
    a = claim("c1", "a", "Nineteen crew members were lost on Sunday.", quantities=[q("Nineteen", 19, "member", "lose")],
              doers={"lose": "member"})
    b = claim("c2", "b", "Before Sunday, 43 crew members had been lost this year.", quantities=[q("43", 43, "member", "lose")],
              doers={"lose": "member"})
    elsewhere = claim("c3", "b", "The storm proved too much for the 19 crew members.",
                      quantities=[q("19", 19, "member", "prove")], doers={"prove": "storm"})
    assert numbers.find(context([a, b, elsewhere], {("c1", "c2"): (0.6, 0.6)})) == []
    assert [p.values for p in numbers.find(context([a, b], {("c1", "c2"): (0.6, 0.6)}))] == [{"c1": "Nineteen", "c2": "43"}]


def test_numbers_of_one_role_compared_once_shared_values_are_set_aside():
    a = claim("c1", "a", "Twelve of the 20 senators voted against it.",
              quantities=[q("Twelve", 12, "senator", "vote"), q("20", 20, "senator", "vote")])
    b = claim("c2", "b", "Fifteen of the 20 senators voted against it.",
              quantities=[q("Fifteen", 15, "senator", "vote"), q("20", 20, "senator", "vote")])
    found = numbers.find(context([a, b], {("c1", "c2"): (0.35, 0.9)}))
    assert [(p.type, p.severity, p.values) for p in found] == [("number", "high", {"c1": "Twelve", "c2": "Fifteen"})]


def test_two_figures_each_claim_gives_one_of_them_without_its_noun_agree():
    """"The four dead were all crew, as were the six people taken to hospital" / "four people
    died and six were taken to hospital": each claim gives both figures, one without its noun;
    set by their nouns, six people against four people would be a finding. Where the other
    figure is not given bare, the clash stands."""
    ta = "The four dead were all crew, as were the six people taken to hospital with burns."
    tb = "By dawn four people had died and six were taken to hospital."
    a = claim("c1", "a", ta, quantities=[_figure(ta, "four", 4, "count", "be"), _figure(ta, "six people", 6, "person", "be")])
    b = claim("c2", "b", tb, quantities=[_figure(tb, "four people", 4, "person", "be"), _figure(tb, "six", 6, "count", "take")])
    assert numbers.find(context([a, b], {("c1", "c2"): (0.6, 0.9)})) == []
    tc = "By dawn four people were dead, the coast guard said."
    c = claim("c3", "c", tc, quantities=[_figure(tc, "four people", 4, "person", "be")])
    lone = claim("c1", "a", ta, quantities=[_figure(ta, "six people", 6, "person", "be")])
    assert [p.values for p in numbers.find(context([lone, c], {("c1", "c3"): (0.6, 0.9)}))] == [{"c1": "six people", "c3": "four people"}]


def test_sums_told_to_go_to_two_things_neither_claim_names_both_are_two_sums():
    """"paid $2.3 million to 40 local suppliers" / "paid $1.9 million in fines": two sums; "$5.7
    million in funding for a new bridge" / "$4.2 million for the bridge": one thing named by both,
    compared."""
    ta = "The port paid $2.3 million to 40 local suppliers in 2021, its chief said."
    tb = "The port earlier paid $1.9 million in fines for the spill."
    assert _number_values(_figure_claim("c1", "a", ta, "$2.3 million", 2.3e6, "usd", "pay"),
                          _figure_claim("c2", "b", tb, "$1.9 million", 1.9e6, "usd", "pay")) == []
    tc = "The council asked for $5.7 million in funding for a new bridge."
    td = "The council asked for $4.2 million for the bridge over the river."
    assert _number_values(_figure_claim("c3", "a", tc, "$5.7 million", 5.7e6, "usd", "ask"),
                          _figure_claim("c4", "b", td, "$4.2 million", 4.2e6, "usd", "ask")) == [{"c3": "$5.7 million", "c4": "$4.2 million"}]


def test_parts_a_claim_gives_against_their_sum_in_the_other_agree():
    """"20 were taken to the city hospital and 31 to the county hospital" / "a total of 51 were
    taken": the parts and their sum; against a total of 57, the clash stands."""
    ta = "Of the injured, 20 were taken to the city hospital and 31 to the county hospital."
    a = claim("c1", "a", ta, quantities=[_figure(ta, "20", 20, "count", "take"), _figure(ta, "31", 31, "count", "take")])
    for total, found in ((51, []), (57, [{"c1": "31", "c2": "57"}])):
        tb = f"A total of {total} were taken to two hospitals."
        assert _number_values(a, _figure_claim("c2", "b", tb, str(total), total, "count", "take")) == found
    # a figure is no part of itself: 31 against 62 is no sum of two parts
    assert _number_values(_figure_claim("c1", "a", "31 were taken to the county hospital.", "31", 31, "count", "take"),
                          _figure_claim("c2", "b", "62 were taken to the county hospital.", "62", 62, "count", "take")) \
        == [{"c1": "31", "c2": "62"}]


def test_a_bare_count_both_claims_give_says_nothing_of_their_other_counts():
    """"The 6.4 quake hit the town, where around 1,400 were hurt" / "... where 600 were killed":
    the shared 6.4 is a bare figure, no sign that 1,400 and 600 count one thing (two verbs)."""
    ta = "The 6.4 quake hit the town, where around 1,400 were hurt."
    tb = "The 6.4 quake hit the town, where 600 were killed."
    a = claim("c1", "a", ta, quantities=[_figure(ta, "6.4", 6.4, "count", "hit"), _figure(ta, "around 1,400", 1400, "count", "hurt")])
    b = claim("c2", "b", tb, quantities=[_figure(tb, "6.4", 6.4, "count", "hit"), _figure(tb, "600", 600, "count", "kill")])
    assert numbers.find(context([a, b], {("c1", "c2"): (0.85, 0.9)})) == []


def test_a_name_spelled_two_ways_by_two_outlets_wherever_the_sentences_stand():
    ta, tb = "Ines Okafor resigned from the board on Friday.", "The board thanked Ines Okaffor for her years of work."
    a = claim("c1", "a", ta, entities=[ent(ta, "Ines Okafor", "PERSON", "ines okafor", "nsubj:resign")])
    b = claim("c2", "b", tb, entities=[ent(tb, "Ines Okaffor", "PERSON", "ines okaffor", "dobj:thank")])
    # no pair of the alignment: the misspelling itself keeps the two sentences apart
    found = entities.find(context([a, b], {}))
    assert [(p.type, p.values) for p in found] == [("entity", {"c1": "Ines Okafor", "c2": "Ines Okaffor"})]
    assert "spells the name" in found[0].explanation
    # in a pair the comparisons take, the pair rule's one finding, not a second
    assert len(entities.find(context([a, b], {("c1", "c2"): (0.5, 0.5)}))) == 1
    # a claim of the story that names both: two people
    tc = "Ines Okafor and her cousin Ines Okaffor both sat on the board."
    c = claim("c3", "c", tc, entities=[ent(tc, "Ines Okafor", "PERSON", "ines okafor", "nsubj:sit"),
                                       ent(tc, "Ines Okaffor", "PERSON", "ines okaffor", "conj:sit")])
    assert entities.find(context([a, b, c], {})) == []
    # one outlet's two spellings are no outlets' difference
    assert entities.find(context([a, claim("c4", "a", tb, entities=b.facts.entities)], {})) == []
    # a sentence that writes the other spelling as well holds two words, not one name misspelled
    td = "The board thanked Ines Okaffor, an Okafor by marriage, for her years of work."
    assert entities.find(context([a, claim("c5", "b", td, entities=b.facts.entities)], {})) == []
    # the family name both write is no other spelling: a given name spelled otherwise is found
    ti = "The board thanked Innes Okafor for her years of work."
    found = entities.find(context([a, claim("c9", "b", ti, entities=[ent(ti, "Innes Okafor", "PERSON", "innes okafor", "dobj:thank")])], {}))
    assert [p.values for p in found] == [{"c1": "Ines Okafor", "c9": "Innes Okafor"}]
    # words of a title the parser tagged as a person are no name
    te = "A post headed Fees Can Be Raised To Pay Ines Okaffor went viral."
    e = claim("c6", "b", te, entities=[ent(te, "Can Be Raised To Pay Ines Okaffor", "PERSON", "be can ines okaffor pay raised to",
                                           "dobj:head")])
    assert entities.find(context([a, e], {})) == []
    h = e.model_copy(update={"facts": e.facts.model_copy(update={"entities": [
        ent(te, "Ines Okaffor", "PERSON", "ines okaffor", "dobj:pay")]})})
    assert [p.type for p in entities.find(context([a, h], {}))] == ["entity"]


def test_a_name_of_one_word_is_spelled_otherwise_only_as_a_full_names_surname():
    """One name used alone ("Pope Lucian", "Okafr") against a full name is a surname: its
    spelling is set against the full name's surname, never its given name."""
    ta, tb = "Pope Lucian blessed the crowd in the square on Sunday.", "President Luciano Moretti thanked the crowd on Sunday."
    a = claim("c1", "a", ta, entities=[ent(ta, "Pope Lucian", "PERSON", "lucian", "nsubj:bless")])
    b = claim("c2", "b", tb, entities=[ent(tb, "Luciano Moretti", "PERSON", "luciano moretti", "nsubj:thank")])
    assert entities.find(context([a, b], {})) == []
    tc = "The crowd cheered Moreti as he left the square."
    c = claim("c3", "a", tc, entities=[ent(tc, "Moreti", "PERSON", "moreti", "dobj:cheer")])
    assert [p.values for p in entities.find(context([c, b], {}))] == [{"c3": "Moreti", "c2": "Luciano Moretti"}]
    # one name written as one word and as two is one name spelled two ways, whichever word is which
    td, te = "The probe was built by Lunaro X.", "Engineers at LunaroX built the probe."
    d = claim("c4", "a", td, entities=[ent(td, "Lunaro X.", "PERSON", "lunaro x", "agent:build")])
    e = claim("c5", "b", te, entities=[ent(te, "LunaroX", "PERSON", "lunarox", "pobj:at")])
    assert [p.values for p in entities.find(context([d, e], {}))] == [{"c4": "Lunaro X.", "c5": "LunaroX"}]


def test_a_name_spelled_inside_an_embedded_post_is_its_authors_spelling_not_the_outlets():
    """A post the page embeds (a tweet) is shown as its author wrote it: a name it spells its
    own way is no outlet's misspelling. The same words written by the outlet are."""
    ta, tb = "Ines Okafor resigned from the board on Friday.", "Good riddance to Ines Okaffor, the worst member ever!"
    a = claim("c1", "a", ta, entities=[ent(ta, "Ines Okafor", "PERSON", "ines okafor", "nsubj:resign")])
    posted = claim("c2", "b", tb, entities=[ent(tb, "Ines Okaffor", "PERSON", "ines okaffor", "pobj:to")],
                   quotes=[Quote(text=tb, speaker="tom vance", posted=True, start=0, end=len(tb))])
    assert entities.find(context([a, posted], {})) == []
    assert entities.find(context([a, posted], {("c1", "c2"): (0.5, 0.5)})) == []
    said = claim("c2", "b", tb, entities=posted.facts.entities,
                 quotes=[Quote(text=tb, speaker="tom vance", start=0, end=len(tb))])
    assert [p.values for p in entities.find(context([a, said], {}))] == [{"c1": "Ines Okafor", "c2": "Ines Okaffor"}]


@pytest.mark.parametrize("after, expected", [
    (" (D-Calif.) said", ("Democrat", "California")),
    (", R-S.C., said", ("Republican", "South Carolina")),
    (", a Republican of South Carolina, said", ("Republican", "South Carolina")),
    (", Democrat of New York", ("Democrat", "New York")),
    (" (I-Vt.)", ("independent", "Vermont")),
    (", R-W.Va., voted", ("Republican", "West Virginia")),
    (", 43, said", None),
    (" (R) said", None),
    (", D-Xanadu, said", None),
    (" of New York said", (None, "New York")),
    (" of New York University said", None),
    (" of the State Department said", None),
])
def test_a_lawmakers_label_reads_party_and_state_however_written(after, expected):
    assert parties.label(after) == expected


@pytest.mark.parametrize("before, expected", [
    ("Ohio Gov. ", (None, "Ohio")),
    ("Former Ohio Rep. ", (None, "Ohio")),
    ("The suit was praised by Ohio’s attorney general, ", (None, "Ohio")),
    ("South Dakota Republican Sen. ", ("Republican", "South Dakota")),
    ("Democratic Rep. ", ("Democrat", None)),
    ("Deputy Attorney General ", None),
    ("said Sen. ", None),
])
def test_an_office_before_a_name_reads_its_state_and_party(before, expected):
    got = parties._read_before(before)
    assert (got[:2] if got else None) == expected


def test_one_person_labelled_with_two_parties_or_two_states_wherever_the_labels_stand():
    ta = "Rep. Ana Ruiz (D-Ohio) voted against the bill on Friday."
    tb = "The amendment was written by Ana Ruiz, a Republican of Ohio, and two colleagues."
    tc = "Ana Ruiz, D-Iowa, called the vote a disgrace."
    td = "Ana Ruiz, Democrat of Ohio, said the bill would pass."
    def labelled(cid, aid, text):
        return claim(cid, aid, text, entities=[ent(text, "Ana Ruiz", "PERSON", "ana ruiz", "nsubj:vote")])
    a, b, c, d = labelled("c1", "a", ta), labelled("c2", "b", tb), labelled("c3", "b", tc), labelled("c4", "b", td)
    found = entities.find(context([a, b], {}))
    assert [(p.type, p.severity, p.values) for p in found] == [("entity", "high", {"c1": "D-Ohio", "c2": "a Republican of Ohio"})]
    assert "party" in found[0].explanation
    assert [p.values for p in entities.find(context([a, c], {}))] == [{"c1": "D-Ohio", "c3": "D-Iowa"}]
    # a state alone ("Senator Ana Ruiz of Iowa") against another state; it says nothing of the party
    te = "Senator Ana Ruiz of Iowa voted against the bill."
    iowa = labelled("c6", "b", te)
    assert [p.values for p in entities.find(context([a, iowa], {}))] == [{"c1": "D-Ohio", "c6": "of Iowa"}]
    assert entities.find(context([c, labelled("c7", "a", te)], {})) == []
    # an office's state before the name ("Iowa's attorney general, Ana Ruiz") against another state
    tf = "Iowa's attorney general, Ana Ruiz, called the suit baseless."
    assert [p.values for p in entities.find(context([a, labelled("c8", "b", tf)], {}))] == \
        [{"c1": "D-Ohio", "c8": "Iowa's attorney general"}]
    # the same label written otherwise agrees; one outlet's two labels are not set against each other
    assert entities.find(context([a, d], {})) == []
    assert entities.find(context([a, labelled("c5", "a", tc)], {})) == []


@pytest.mark.parametrize("before, after, town", [
    ("", ", 43, of Tacoma, was arrested on Friday.", "Tacoma"),
    ("", " of Tacoma was arrested on Friday.", "Tacoma"),
    ("", ", a Tacoma nurse, was arrested on Friday.", "Tacoma"),
    ("", ", a first-year student at Pine Ridge Academy in Tacoma, Wash., was arrested.", "Tacoma"),
    ("", ", a longtime resident of Tacoma, was arrested.", "Tacoma"),
    ("The card was mailed to a Tacoma woman, later identified as ", ".", "Tacoma"),
    ("Police arrested Tacoma resident ", " on Friday.", "Tacoma"),
    # no town: a state or a country (the party label's, or anyone's), a college, a clause of its own
    ("", " of Oregon was arrested.", None),
    ("", ", 43, of Canada, was arrested.", None),
    ("", " of Tacoma Community College said.", None),
    ("", ", who was born in Tacoma, said.", None),
    ("", ", a professor of History, said.", None),
    ("the lawyer representing ", " of the Tacoma clinic said.", None),
])
def test_the_town_written_beside_a_name(before, after, town):
    assert homes.town_of(before, after) == town


def test_one_person_placed_in_two_towns_by_two_outlets_wherever_they_stand():
    ta = "Dana Okoro, 31, of Tacoma, was charged with arson on Friday."
    tb = "The fire was set by a Spokane man, later identified as Dana Okoro, the police said."
    tc = "Dana Okoro, a Tacoma resident, pleaded not guilty."
    td = "Dana Okoro of Washington was charged on Friday."
    placed = partial(named, name="Dana Okoro", key="dana okoro", anchor="nsubj:charge")
    a, b = placed("c1", "a", ta), placed("c2", "b", tb)
    # no pair of the alignment needed: where a person comes from is the person's, not the sentence's fact
    found = entities.find(context([a, b], {}))
    assert [(p.type, p.severity, p.values) for p in found] == [("entity", "medium", {"c1": "Tacoma", "c2": "Spokane"})]
    # the same town agrees; a state holds any of its towns (and is no town read here); one
    # outlet's two claims are not set against each other
    assert entities.find(context([placed("c3", "b", tc), a], {})) == []
    assert entities.find(context([a, placed("c4", "b", td)], {})) == []
    assert entities.find(context([a, placed("c5", "a", tb)], {})) == []
    # a city and its suburb, a borough and its neighbourhood, are one home told at two scales
    te = "Dana Okoro, 31, of Lakewood, was charged with arson on Friday."
    assert entities.find(context([a, placed("c6", "b", te)], {})) == []


def test_a_clear_conflict_is_high_only_where_both_articles_are_dated():
    """A high finding is a clear conflict between outlets that published at comparable times;
    with an article's date unknown that cannot be said: medium, and the finding says why."""
    from crosscheck.compare import propose

    ta = "The ferry fire on Friday killed 14 people, the coastguard said."
    tb = "The ferry fire on Friday killed 19 people, officials said."
    a = _figure_claim("c1", "a", ta, "14 people", 14, "people", "kill")
    b = _figure_claim("c2", "b", tb, "19 people", 19, "people", "kill")
    pairs = {("c1", "c2"): (0.9, 0.9)}
    dated = context([a, b], pairs)
    assert [(p.type, p.severity) for p in propose(dated.articles.values(), [a, b], dated.alignment)] == [("number", "high")]
    undated = context([a, b], pairs, {"b": None})
    found = propose(undated.articles.values(), [a, b], undated.alignment)
    assert [(p.type, p.severity) for p in found] == [("number", "medium")]
    assert "publication date is unknown" in found[0].explanation


def test_the_ages_two_outlets_give_one_person_are_compared_wherever_they_stand():
    ta = "Ana Ruiz, 43, resigned from the harbour board on Friday."
    tb = "The board's chairwoman was replaced by the 46-year-old Ana Ruiz, a lawyer, in a vote on Monday."
    a = claim("c1", "a", ta, entities=[ent(ta, "Ana Ruiz", "PERSON", "ana ruiz", "nsubj:resign")])
    b = claim("c2", "b", tb, entities=[ent(tb, "Ana Ruiz", "PERSON", "ana ruiz", "pobj:replace")])
    # no pair of the alignment needed: a person's age is the person's, not the sentence's fact
    found = numbers.find(context([a, b], {}))
    assert [(p.type, p.severity, p.values) for p in found] == [("number", "high", {"c1": "43", "c2": "46"})]
    # a year apart: low when the articles came out on different days (a birthday between), medium on one day
    tc = "Ana Ruiz, 44, resigned on Friday."
    c = claim("c3", "b", tc, entities=[ent(tc, "Ana Ruiz", "PERSON", "ana ruiz", "nsubj:resign")])
    later = {"a": DAY, "b": DAY + dt.timedelta(days=3)}
    assert [p.severity for p in numbers.find(context([a, c], {}, later))] == ["low"]
    assert [p.severity for p in numbers.find(context([a, c], {}))] == ["medium"]
    # articles more than a year apart; one outlet; a figure that is no age; a surname the story
    # does not give in full
    assert numbers.find(context([a, b], {}, {"a": DAY, "b": DAY + dt.timedelta(days=400)})) == []
    d = claim("c4", "a", tb.replace("46-year-old", "40-year-old"), entities=[ent(tb, "Ana Ruiz", "PERSON", "ana ruiz", "pobj:replace")])
    assert numbers.find(context([a, d], {})) == []
    te = "Ana Ruiz, 46 days after her appointment, resigned."
    e = claim("c5", "b", te, entities=[ent(te, "Ana Ruiz", "PERSON", "ana ruiz", "nsubj:resign")])
    assert numbers.find(context([a, e], {})) == []
    tf = "Ruiz, 46, resigned on Friday."
    f = claim("c6", "b", tf, entities=[ent(tf, "Ruiz", "PERSON", "ruiz", "nsubj:resign")])
    assert numbers.find(context([a, f], {})) == []


def test_one_figure_against_several_of_one_act_meets_the_one_near_it():
    a = claim("c1", "a", "The city spent $8.2 million on buses and $2.1 million on stops.",
              quantities=[q("$8.2 million", 8.2e6, "usd", "spend"), q("$2.1 million", 2.1e6, "usd", "spend")])
    b = claim("c2", "b", "The city spent $7.4 million on buses.", quantities=[q("$7.4 million", 7.4e6, "usd", "spend")])
    found = numbers.find(context([a, b], {("c1", "c2"): (0.7, 0.95)}))
    assert [p.values for p in found] == [{"c1": "$8.2 million", "c2": "$7.4 million"}]
    # two figures near the one: which it answers is not clear
    c = claim("c3", "a", "The levy was 51.2 percent, and 44.0 percent with local fees.",
              quantities=[q("51.2 percent", 51.2, "percent", "be"), q("44.0 percent", 44.0, "percent", "be")])
    d = claim("c4", "b", "The levy was 34.9 percent.", quantities=[q("34.9 percent", 34.9, "percent", "be")])
    assert numbers.find(context([c, d], {("c3", "c4"): (0.7, 0.95)})) == []
    e = claim("c5", "a", "They paid a levy of 31 percent.", quantities=[q("31 percent", 31, "percent", "pay")])
    f = claim("c6", "b", "With local fees the levy was 42 percent.", quantities=[q("42 percent", 42, "percent", "be")])
    assert numbers.find(context([e, f], {("c5", "c6"): (0.9, 0.95)})) == []  # no shared figure: two rates


def with_percent(cid: str, aid: str, text: str, figure: str, value: float, verb: str) -> Claim:
    """A claim giving one figure in percent (as written: ``figure``) at its place, on ``verb``."""
    i = text.index(figure)
    return claim(cid, aid, text, quantities=[Quantity(text=figure, value=value, unit="percent", start=i,
                                                      end=i + len(figure), anchor=verb)])


def test_a_figure_told_as_an_earlier_period_s_is_not_set_against_the_news():
    """ "Ferry fares were 2.3% higher" / "higher than last year's 3.5 percent rise": last year's
    figure, not this year's told otherwise; without "last year's", two figures of one rise."""
    rising = partial(with_percent, verb="be")
    a = rising("c1", "a", "Ferry fares for the season were 2.3% higher.", "2.3%", 2.3)
    b = rising("c2", "b", "That is higher than last year's 3.5 percent rise in ferry fares.", "3.5 percent", 3.5)
    assert numbers.find(context([a, b], {("c1", "c2"): (0.9, 0.9)})) == []
    c = rising("c3", "b", "That is a 3.5 percent rise in ferry fares for the season.", "3.5 percent", 3.5)
    assert [p.type for p in numbers.find(context([a, c], {("c1", "c3"): (0.9, 0.9)}))] == ["number"]


def test_a_figure_of_an_act_told_as_possible_is_a_projection_not_set_against_an_outcome():
    """"could cut the risk by 8%" / "cut the risk by 14%": what a study projects, and what another found."""
    could = claim("c1", "a", "Swapping the fats could cut the risk by 8%.", acts={"cut": "possible"},
                  quantities=[q("8%", 8, "percent", "cut")])
    cut = claim("c2", "b", "Swapping the fats cut the risk by 14%.", acts={"cut": "done"},
                quantities=[q("14%", 14, "percent", "cut")])
    assert numbers.find(context([could, cut], {("c1", "c2"): (0.6, 0.95)})) == []
    both = could.model_copy(update={"facts": could.facts.model_copy(update={"acts": {"cut": "done"}})})
    assert [p.type for p in numbers.find(context([both, cut], {("c1", "c2"): (0.6, 0.95)}))] == ["number"]
    # an estimate told as expected, planned or to come is a projection too
    for status in ("expected", "planned", "future"):
        told = could.model_copy(update={"facts": could.facts.model_copy(update={"acts": {"cut": status}})})
        assert numbers.find(context([told, cut], {("c1", "c2"): (0.6, 0.95)})) == [], status


def test_a_count_of_acts_is_set_against_a_count_of_the_people_they_befell():
    a = claim("c1", "a", "The floods forced dozens of evacuations overnight.", quantities=[
        Quantity(text="dozens of evacuations", value=24, unit="evacuation", hedge="many", start=0, end=1, anchor="force")])
    b = claim("c2", "b", "More than 300 people were evacuated.", quantities=[q("More than 300 people", 300, "person", "evacuate", "more than")])
    found = numbers.find(context([a, b], {("c1", "c2"): (0.6, 0.6)}))
    assert [(p.type, p.severity, p.values["c1"]) for p in found] == [("number", "medium", "dozens of evacuations")]
    # people who underwent another act are another count
    c = claim("c2", "b", "More than 300 people were injured.", quantities=[q("More than 300 people", 300, "person", "injure", "more than")])
    assert numbers.find(context([a, c], {("c1", "c2"): (0.6, 0.6)})) == []
    # dozens against a figure they allow
    d = claim("c2", "b", "Crews evacuated 60 people.", quantities=[q("60 people", 60, "person", "evacuate")])
    assert numbers.find(context([a, d], {("c1", "c2"): (0.6, 0.6)})) == []


def test_a_traded_price_moving_is_of_a_moment_of_the_day_unless_both_give_the_close():
    """"Kestrel shares fell 4.3 percent at mid-afternoon" / "Kestrel shares fell 6.6%": two
    moments of the trading day; two closes are one figure."""
    a = claim("c1", "a", "Kestrel shares fell 4.3 percent at mid-afternoon.", quantities=[q("4.3 percent", 4.3, "percent", "fall")])
    b = claim("c2", "b", "Kestrel shares fell 6.6%.", quantities=[q("6.6%", 6.6, "percent", "fall")])
    assert numbers.find(context([a, b], {("c1", "c2"): (0.8, 0.9)})) == []
    c = claim("c1", "a", "Kestrel shares closed down 4.3 percent.", quantities=[q("4.3 percent", 4.3, "percent", "close")])
    d = claim("c2", "b", "Kestrel shares closed down 6.6%.", quantities=[q("6.6%", 6.6, "percent", "close")])
    assert [p.type for p in numbers.find(context([c, d], {("c1", "c2"): (0.8, 0.9)}))] == ["number"]
    # a rate that rose is no traded price
    e = claim("c1", "a", "The jobless rate rose 4.3 percent.", quantities=[q("4.3 percent", 4.3, "percent", "rise")])
    f = claim("c2", "b", "The jobless rate rose 6.6%.", quantities=[q("6.6%", 6.6, "percent", "rise")])
    assert [p.type for p in numbers.find(context([e, f], {("c1", "c2"): (0.8, 0.9)}))] == ["number"]


def test_figures_two_named_doers_give_by_two_verbs_are_two_figures():
    """"Ruiz kicked a 48-yard goal" / "Norland added a 36-yard goal": one measure, two doers the
    claims name; "the side kicked" against "Norland added" may be one doer told two ways."""
    ta, tb = "Ana Ruiz kicked a 48-yard goal late on.", "Norland added a 36-yard goal on the next drive."
    goal = lambda text, v, verb: Quantity(text=text, value=v, unit="goal", start=0, end=1, anchor=verb, measures="yard goal")  # noqa: E731
    a = claim("c1", "a", ta, quantities=[goal("48-yard goal", 48, "kick")], doers={"kick": "ruiz"},
              entities=[ent(ta, "Ana Ruiz", "PERSON", "ruiz ana", "nsubj:kick")])
    b = claim("c2", "b", tb, quantities=[goal("36-yard goal", 36, "add")], doers={"add": "norland"},
              entities=[ent(tb, "Norland", "GPE", "norland", "nsubj:add")])
    assert numbers.find(context([a, b], {("c1", "c2"): (0.3, 0.8)})) == []
    # each claim names both: one act told from two sides ("Hale administered the 38-word oath" /
    # "Moss took the 35-word oath administered by Hale")
    td, te = "Judge Ana Hale administered the 38-word oath to Moss.", "Moss took the 35-word oath administered by Judge Hale."
    oath = lambda text, v, verb: Quantity(text=text, value=v, unit="oath", start=0, end=1, anchor=verb, measures="word oath")  # noqa: E731
    d = claim("c1", "a", td, quantities=[oath("38-word oath", 38, "administer")], doers={"administer": "hale"},
              entities=[ent(td, "Ana Hale", "PERSON", "hale ana", "nsubj:administer"), ent(td, "Moss", "PERSON", "moss", "prep:administer")])
    e = claim("c2", "b", te, quantities=[oath("35-word oath", 35, "take")], doers={"take": "moss"},
              entities=[ent(te, "Moss", "PERSON", "moss", "nsubj:take"), ent(te, "Hale", "PERSON", "hale ana", "agent:administer")])
    assert [p.type for p in numbers.find(context([d, e], {("c1", "c2"): (0.3, 0.8)}))] == ["number"]
    tc = "The side kicked a 48-yard goal late on."
    c = claim("c1", "a", tc, quantities=[goal("48-yard goal", 48, "kick")], doers={"kick": "side"})
    assert [p.type for p in numbers.find(context([c, b], {("c1", "c2"): (0.3, 0.8)}))] == ["number"]


def test_figures_of_other_years_are_not_set_against_each_other():
    y = lambda text, year: DateRef(text=text, start=0, end=len(text), low=dt.date(year, 1, 1), high=dt.date(year, 12, 31), year=year, anchor="pay")  # noqa: E731
    a = claim("c1", "a", "Last year the co-op paid a levy of 33.1 percent.",
              quantities=[q("33.1 percent", 33.1, "percent", "pay")], dates=[y("Last year", 2023)])
    b = claim("c2", "b", "Since 2016 the co-op paid a levy of 28.4 percent.",
              quantities=[q("28.4 percent", 28.4, "percent", "pay")], dates=[y("2016", 2016)])
    assert numbers.find(context([a, b], {("c1", "c2"): (0.7, 0.95)})) == []
    c = b.model_copy(update={"facts": b.facts.model_copy(update={"dates": [y("in 2023", 2023)]})})
    assert len(numbers.find(context([a, c], {("c1", "c2"): (0.7, 0.95)}))) == 1



def test_figures_of_two_comparisons_are_two_measures():
    """"25% heavier" / "50 percent fewer": two comparisons; "25% heavier" / "40% heavier" one."""
    at = partial(with_percent, verb="grow")
    a = at("c1", "a", "Fed the new grain, the calves grew 25% heavier than the others.", "25%", 25)
    b = at("c2", "b", "Fed the new grain, the calves grew with 50 percent fewer illnesses.", "50 percent", 50)
    assert numbers.find(context([a, b], {("c1", "c2"): (0.7, 0.95)})) == []
    c = at("c3", "b", "Fed the new grain, the calves grew 40% heavier than the others.", "40%", 40)
    assert len(numbers.find(context([a, c], {("c1", "c3"): (0.7, 0.95)}))) == 1


def test_figures_of_a_quarter_and_of_six_months_are_two_periods():
    a = claim("c1", "a", "In its most recent quarter the ferry line took in $27.6 million.",
              quantities=[q("$27.6 million", 27.6e6, "usd", "take")])
    b = claim("c2", "b", "For the first six months of the year the ferry line took in $27.8 million.",
              quantities=[q("$27.8 million", 27.8e6, "usd", "take")])
    assert numbers.find(context([a, b], {("c1", "c2"): (0.7, 0.95)})) == []
    c = claim("c3", "b", "In the latest quarter the ferry line took in $27.8 million, a quarter of it from tolls.",
              quantities=[q("$27.8 million", 27.8e6, "usd", "take")])
    assert len(numbers.find(context([a, c], {("c1", "c3"): (0.7, 0.95)}))) == 1
    # the spans themselves are one figure told two ways ("three months" / "six months")
    d = claim("c4", "a", "The skipper was jailed for three months.", quantities=[q("three months", 3, "month", "jail")])
    e = claim("c5", "b", "The skipper was jailed for six months.", quantities=[q("six months", 6, "month", "jail")])
    assert len(numbers.find(context([d, e], {("c4", "c5"): (0.7, 0.95)}))) == 1


def test_numbers_of_different_acts_are_not_set_against_each_other():
    a = claim("c1", "a", "The club paid $12 million in wages.", quantities=[q("$12 million", 12e6, "usd", "pay")])
    b = claim("c2", "b", "The club earned $57 million.", quantities=[q("$57 million", 57e6, "usd", "earn")])
    assert numbers.find(context([a, b], {("c1", "c2"): (0.6, 0.95)})) == []
    # unless the pair is very likely one fact told with two verbs
    c = claim("c3", "a", "The reform cut fares from 40% to 20%.",
              quantities=[q("40%", 40, "percent", "cut"), q("20%", 20, "percent", "cut")])
    d = claim("c4", "b", "The reform brought fares down to 25% from 40%.",
              quantities=[q("25%", 25, "percent", "bring"), q("40%", 40, "percent", "bring")])
    assert [p.values for p in numbers.find(context([c, d], {("c3", "c4"): (0.9, 0.95)}))] == [{"c3": "20%", "c4": "25%"}]
    assert numbers.find(context([c, d], {("c3", "c4"): (0.7, 0.95)})) == []
    e = claim("c5", "a", "They paid a levy of 31 percent.", quantities=[q("31 percent", 31, "percent", "pay")])
    f = claim("c6", "b", "With local fees the levy was 42 percent.", quantities=[q("42 percent", 42, "percent", "be")])
    assert numbers.find(context([e, f], {("c5", "c6"): (0.9, 0.95)})) == []  # no shared figure: two rates


def test_a_figure_cut_short_is_rounding_and_time_lowers_severity():
    a = claim("c1", "a", "They paid $12 million.", quantities=[q("$12 million", 12e6, "usd", "pay")])
    b = claim("c2", "b", "They paid $12,640,300.", quantities=[q("$12,640,300", 12_640_300, "usd", "pay")])
    assert numbers.find(context([a, b], {("c1", "c2"): (0.6, 0.9)})) == []
    c = claim("c3", "a", "At least 40 died.", quantities=[q("40", 40, "person", "die")])
    d = claim("c4", "b", "At least 90 died.", quantities=[q("90", 90, "person", "die")])
    later = {"b": DAY + dt.timedelta(days=4)}
    found = numbers.find(context([c, d], {("c3", "c4"): (0.6, 0.9)}, later))
    assert [p.severity for p in found] == ["low"] and "days apart" in found[0].explanation
    # a length is rounded as outlets round a conversion ("229 feet (70 meters)" / "230 feet");
    # a count of people is exact
    e = claim("c5", "a", "The mast stands 229 feet tall.", quantities=[q("229 feet", 229, "foot", "stand")])
    f = claim("c6", "b", "The mast stands 230 feet tall.", quantities=[q("230 feet", 230, "foot", "stand")])
    assert numbers.find(context([e, f], {("c5", "c6"): (0.6, 0.9)})) == []
    g = claim("c6", "b", "The mast stands 250 feet tall.", quantities=[q("250 feet", 250, "foot", "stand")])
    assert numbers.find(context([e, g], {("c5", "c6"): (0.6, 0.9)}))
    h = claim("c7", "a", "The ferry carried 229 people.", quantities=[q("229 people", 229, "person", "carry")])
    i = claim("c8", "b", "The ferry carried 230 people.", quantities=[q("230 people", 230, "person", "carry")])
    assert numbers.find(context([h, i], {("c7", "c8"): (0.6, 0.9)}))


def test_running_counts_on_one_day_are_no_clear_conflict():
    """Two least counts ("at least four dead" / "at least six dead") may both hold as a toll
    grows: low. A count told as it stood at a moment ("seven bodies have been recovered so far")
    against another: medium, with the reason. A count against a count, neither running: high."""
    def counted(cid, aid, text, fig, value, hedge=None):
        return claim(cid, aid, text, quantities=[Quantity(text=fig, value=value, unit="person", hedge=hedge,
                                                          start=text.index(fig), end=text.index(fig) + len(fig), anchor="kill")])
    a = counted("c1", "a", "The blast killed at least four people near the depot.", "at least four people", 4, "at least")
    b = counted("c2", "b", "The blast killed at least six people near the depot.", "at least six people", 6, "at least")
    found = numbers.find(context([a, b], {("c1", "c2"): (0.8, 0.9)}))
    assert [p.severity for p in found] == ["low"] and "least count" in found[0].explanation
    c = counted("c3", "a", "Rescuers say the blast has killed seven people so far.", "seven people", 7)
    d = counted("c4", "b", "The blast killed five people, rescuers said.", "five people", 5)
    found = numbers.find(context([c, d], {("c3", "c4"): (0.8, 0.9)}))
    assert [p.severity for p in found] == ["medium"] and "running count" in found[0].explanation
    e = counted("c5", "a", "The blast killed seven people, rescuers said.", "seven people", 7)
    assert [p.severity for p in numbers.find(context([e, d], {("c5", "c4"): (0.8, 0.9)}))] == ["high"]


# ---- dates ----------------------------------------------------------------------------------

def test_the_day_an_act_was_set_for_against_the_day_it_was_done_is_no_date_finding():
    """"the ferry was scheduled to leave on Sunday" / "the ferry left on Monday": it left late
    (set against done is the status rule's); two days of the act done are a finding."""
    mon = DAY + dt.timedelta(days=1)
    a = claim("c1", "a", "The ferry was scheduled to leave on Sunday.", dates=[day("Sunday", DAY, "leave", 6)],
              acts={"leave": "expected"})
    b = claim("c2", "b", "The ferry left on Monday.", dates=[day("Monday", mon, "leave", 0)], acts={"leave": "done"})
    assert dates.find(context([a, b], {("c1", "c2"): (0.9, 0.95)})) == []
    told = claim("c2", "b", "The delay meant a ferry left on Monday.", dates=[day("Monday", mon, "leave", 0)], acts={"mean": "done"})
    assert dates.find(context([a, told], {("c1", "c2"): (0.9, 0.95)})) == []  # the act told with no status
    # with no status of its own, the act takes the claim's: two days an act is expected on
    expect = claim("c2", "b", "Officials expect the ferry to leave on Monday.", dates=[day("Monday", mon, "leave", 0)],
                   acts={}, modality="expected")
    assert [p.type for p in dates.find(context([a, expect], {("c1", "c2"): (0.9, 0.95)}))] == ["date"]
    c = claim("c1", "a", "The ferry left on Sunday.", dates=[day("Sunday", DAY, "leave", 6)], acts={"leave": "done"})
    assert [p.type for p in dates.find(context([c, b], {("c1", "c2"): (0.9, 0.95)}))] == ["date"]


def test_days_of_one_act_compared_and_the_day_someone_spoke_is_not():
    fired_fri = claim("c1", "a", "He was fired Friday, his lawyer said Monday.",
                      dates=[day("Friday", DAY, "fire", 4), day("Monday", DAY + dt.timedelta(days=3), "say", 0)])
    fired_wed = claim("c2", "b", "He was fired on Wednesday.", dates=[day("Wednesday", DAY - dt.timedelta(days=2), "fire", 2)])
    found = dates.find(context([fired_fri, fired_wed], {("c1", "c2"): (0.7, 0.95)}))
    assert len(found) == 1 and found[0].severity == "high" and "Friday" in found[0].explanation
    announced = claim("c3", "b", "He announced the date on Wednesday.", dates=[day("Wednesday", DAY - dt.timedelta(days=2), "announce", 2)])
    assert dates.find(context([fired_fri, announced], {("c1", "c3"): (0.7, 0.95)})) == []


def test_a_day_against_another_of_an_act_the_story_tells_on_several_days_is_no_clear_conflict():
    """"The rocket was launched on Wednesday" / "on Friday": high; where the story also tells a
    launch on a third day ("the latest launch, on Monday"), two outlets' days may be two
    launches: medium, and the finding says why."""
    wed = claim("c1", "a", "The rocket was launched on Wednesday.", dates=[day("Wednesday", DAY - dt.timedelta(days=2), "launch", 2)])
    fri = claim("c2", "b", "The rocket was launched on Friday.", dates=[day("Friday", DAY, "launch", 4)])
    pairs = {("c1", "c2"): (0.9, 0.95)}
    assert [p.severity for p in dates.find(context([wed, fri], pairs))] == ["high"]
    mon = claim("c3", "c", "The latest launch came after one on Monday.", dates=[day("Monday", DAY - dt.timedelta(days=4), "launch", 0)])
    found = dates.find(context([wed, fri, mon], pairs))
    assert [p.severity for p in found] == ["medium"] and "several other days" in found[0].explanation


def test_one_weekday_both_outlets_wrote_is_no_finding_whatever_week_it_was_read_in():
    """"Sunday marks the end of the period" (read as the Sunday past) / "Sunday will mark the
    end" (the next): both wrote Sunday; the week is crosscheck's reading of the tenses."""
    past = claim("c1", "a", "Sunday marks the end of the waiting period.",
                 dates=[day("Sunday", DAY - dt.timedelta(days=5), "mark", 6)])
    ahead = claim("c2", "b", "Sunday will mark the end of the waiting period.",
                  dates=[day("Sunday", DAY + dt.timedelta(days=2), "mark", 6)])
    assert dates.find(context([past, ahead], {("c1", "c2"): (0.9, 0.95)})) == []
    saturday = claim("c3", "b", "Saturday will mark the end of the waiting period.",
                     dates=[day("Saturday", DAY + dt.timedelta(days=1), "mark", 5)])
    assert len(dates.find(context([past, saturday], {("c1", "c3"): (0.9, 0.95)}))) == 1
    # one relative date in the same words, read against pages dated a year-end apart
    def later(cid, aid, year):
        d = DateRef(text="later in the year", start=0, end=17, low=dt.date(year, 1, 1), high=dt.date(year, 12, 31), anchor="send")
        return claim(cid, aid, "A second launch later in the year will send a rover.", dates=[d])
    assert dates.find(context([later("c1", "a", 2025), later("c2", "b", 2026)], {("c1", "c2"): (0.9, 0.95)})) == []


def test_a_weekday_written_alone_agrees_with_a_day_that_falls_on_it():
    """"opened fire in the hangar on Friday" (read as the last Friday before the page) / "opened
    fire in the hangar on March 7" (months before, a Friday): a weekday fixes no week, and the
    other outlet's day falls on it; "on Thursday" against it is a finding."""
    march_7 = dt.date(2025, 3, 7)  # a Friday
    dated = claim("c1", "a", "The cadet opened fire in the hangar on March 7.", predicate="open",
                  dates=[day("March 7", march_7, "open")])

    def weekday(cid, name, n, back):
        d = DAY - dt.timedelta(days=back)
        return claim(cid, "b", f"The cadet opened fire in the hangar on {name}.", predicate="open",
                     dates=[DateRef(text=name, start=0, end=len(name), low=d, high=d, weekday=n, anchor="open")])
    friday = weekday("c2", "Friday", 4, (DAY.weekday() - 4) % 7 or 7)
    assert dates.find(context([dated, friday], {("c1", "c2"): (0.9, 0.95)})) == []
    thursday = weekday("c3", "Thursday", 3, (DAY.weekday() - 3) % 7 or 7)
    assert len(dates.find(context([dated, thursday], {("c1", "c3"): (0.9, 0.95)}))) == 1


def test_days_on_the_main_verbs_of_a_very_likely_pair_are_one_events_whatever_the_verbs():
    agreed = claim("c1", "a", "The mayor agreed on Friday to reopen the market.", predicate="agree",
                   dates=[day("Friday", DAY, "agree", 4)])
    announced = claim("c2", "b", "The mayor announced Wednesday a plan to reopen the market.", predicate="announce",
                      dates=[day("Wednesday", DAY - dt.timedelta(days=2), "announce", 2)])
    assert len(dates.find(context([agreed, announced], {("c1", "c2"): (0.9, 0.9)}))) == 1
    assert dates.find(context([agreed, announced], {("c1", "c2"): (0.7, 0.7)})) == []
    # a date both claims state (when the market reopens) is set aside: one day left on each side
    june = dt.date(2024, 6, 3)
    agreed_june = claim("c4", "a", "The mayor agreed on Friday to reopen the market on June 3.", predicate="agree",
                        dates=[day("Friday", DAY, "agree", 4), day("June 3", june, "reopen")])
    announced_june = claim("c5", "b", "The mayor announced Wednesday it would reopen on June 3.", predicate="announce",
                           dates=[day("Wednesday", DAY - dt.timedelta(days=2), "announce", 2), day("June 3", june, "reopen")])
    assert len(dates.find(context([agreed_june, announced_june], {("c4", "c5"): (0.9, 0.9)}))) == 1
    # a day inside what someone said is not the day the other claim's main verb tells
    said = claim("c3", "b", "His lawyer said he was fired on Wednesday.", predicate="say",
                 dates=[day("Wednesday", DAY - dt.timedelta(days=2), "fire", 2)])
    assert dates.find(context([agreed, said], {("c1", "c3"): (0.9, 0.9)})) == []


@pytest.mark.parametrize("text, found", [
    ("The flood killed 1,700 people in the delta alone.", False),  # a part of the toll
    ("The flood killed 1,700 people across the delta alone, officials said.", False),
    ("The flood killed 1,700 people who lived alone.", True),  # who they were, not a part
])
def test_a_figure_of_one_place_or_time_alone_is_a_part(text, found):
    a = toll("c1", "a", text, "1,700")
    b = toll("c2", "b", "The flood killed 2,300 people.", "2,300")
    assert len(numbers.find(context([a, b], {("c1", "c2"): (0.9, 0.9)}))) == (1 if found else 0)
    # the other claim's figure of that very place is one part's figure: compared
    c = toll("c3", "b", "In the delta, the flood killed 2,300 people.", "2,300")
    assert len(numbers.find(context([a, c], {("c1", "c3"): (0.9, 0.9)}))) == 1


def toll(cid: str, aid: str, text: str, figure: str) -> Claim:
    """A claim that a flood killed ``figure`` people, the figure at its place in the text."""
    x = text.index(figure)
    return claim(cid, aid, text, quantities=[Quantity(text=f"{figure} people", value=float(figure.replace(",", "")),
                                                      unit="person", start=x, end=x + len(figure) + 7, anchor="kill")])


def test_a_length_in_words_is_given_to_the_unit():
    a = claim("c1", "a", "The ferry sank in water six miles deep.", quantities=[q("six miles", 6, "mile", "sink")])
    b = claim("c2", "b", "The ferry sank in water 6.2 miles deep.", quantities=[q("6.2 miles", 6.2, "mile", "sink")])
    assert numbers.find(context([a, b], {("c1", "c2"): (0.9, 0.9)})) == []
    c = claim("c3", "b", "The ferry sank in water 7.5 miles deep.", quantities=[q("7.5 miles", 7.5, "mile", "sink")])
    assert len(numbers.find(context([a, c], {("c1", "c3"): (0.9, 0.9)}))) == 1


def test_a_figure_given_as_a_part_of_a_larger_count_is_not_set_against_the_whole():
    a = toll("c1", "a", "The flood killed 1,700 people in the delta and hundreds more in the hills.", "1,700")
    b = toll("c2", "b", "The flood killed 2,300 people.", "2,300")
    assert numbers.find(context([a, b], {("c1", "c2"): (0.9, 0.9)})) == []
    # "and more than 300 hurt", "and thousands more fled": counts of other things
    for tail in ("and more than 300 were hurt.", "and thousands more fled their homes."):
        d = toll("c4", "a", f"The flood killed 1,700 people in the delta {tail}", "1,700")
        assert len(numbers.find(context([d, b], {("c2", "c4"): (0.9, 0.9)}))) == 1
    c = toll("c3", "a", "The flood killed 1,700 people in the delta.", "1,700")
    assert len(numbers.find(context([c, b], {("c2", "c3"): (0.9, 0.9)}))) == 1


def test_figures_of_claims_dated_months_apart_are_two_events():
    ta, tb = "A 6.8 quake hit the coast on Tuesday.", "A 7.4 quake hit the coast in May 2022."
    a = claim("c1", "a", ta, quantities=[q("6.8", 6.8, "magnitude", "hit")],
              dates=[at(ta, "Tuesday", DAY - dt.timedelta(days=3), "hit")])
    may = DateRef(text="May 2022", start=tb.index("May"), end=tb.index("May") + 8, low=dt.date(2022, 5, 1),
                  high=dt.date(2022, 5, 31), year=2022, month=5, anchor="hit")
    b = claim("c2", "b", tb, quantities=[q("7.4", 7.4, "magnitude", "hit")], dates=[may])
    assert numbers.find(context([a, b], {("c1", "c2"): (0.9, 0.9)})) == []
    c = claim("c3", "b", "A 7.4 quake hit the coast.", quantities=[q("7.4", 7.4, "magnitude", "hit")])
    assert len(numbers.find(context([a, c], {("c1", "c3"): (0.9, 0.9)}))) == 1
    # a date of another act tells nothing of the figure's: "a 7.4 quake hit the coast, the
    # survey said in May 2022"
    said = DateRef(text="May 2022", start=may.start, end=may.end, low=may.low, high=may.high, year=2022, month=5,
                   anchor="say")
    d = claim("c4", "b", tb, quantities=[q("7.4", 7.4, "magnitude", "hit")], dates=[said])
    assert len(numbers.find(context([a, d], {("c1", "c4"): (0.9, 0.9)}))) == 1


def test_the_dates_of_two_named_events_are_two_occasions():
    def year(text: str, y: int) -> DateRef:
        i = text.index(str(y))
        return DateRef(text=str(y), start=i, end=i + 4, low=dt.date(y, 1, 1), high=dt.date(y, 12, 31), year=y,
                       anchor="destroy")
    ta, tb = "Storm Ada destroyed the pier in 1998.", "The pier was destroyed in Storm Bo in 2005."
    a = claim("c1", "a", ta, entities=[ent(ta, "Storm Ada", "EVENT", "storm ada", "nsubj:destroy")], dates=[year(ta, 1998)])
    b = claim("c2", "b", tb, entities=[ent(tb, "Storm Bo", "EVENT", "storm bo", "prep:destroy")], dates=[year(tb, 2005)])
    assert dates.find(context([a, b], {("c1", "c2"): (0.9, 0.9)})) == []
    tc = "The pier was destroyed in Storm Ada in 2005."
    c = claim("c3", "b", tc, entities=[ent(tc, "Storm Ada", "EVENT", "storm ada", "prep:destroy")], dates=[year(tc, 2005)])
    assert len(dates.find(context([a, c], {("c1", "c3"): (0.9, 0.9)}))) == 1


def test_the_day_an_act_was_made_known_is_not_the_day_of_the_act():
    # "will tour the port in May, the ministry confirmed Wednesday" / "will tour the port on May 14":
    # the day of the confirming against the day of the tour the first claim tells too
    ta = "The minister will tour the port in May, the ministry confirmed Wednesday."
    confirmed = claim("c1", "a", ta, predicate="confirm", acts={"confirm": "done", "tour": "future"},
                      dates=[at(ta, "Wednesday", DAY - dt.timedelta(days=2), "confirm")])
    tb = "The minister will tour the port on May 14."
    toured = claim("c2", "b", tb, predicate="tour", acts={"tour": "future"},
                   dates=[at(tb, "May 14", dt.date(2024, 5, 14), "tour")])
    assert dates.find(context([confirmed, toured], {("c1", "c2"): (0.9, 0.95)})) == []
    # either way round, and the other claim's day hung on the confirming verb too is still compared
    assert dates.find(context([toured, confirmed], {("c1", "c2"): (0.9, 0.95)})) == []
    tc = "The minister will tour the port in May, the ministry confirmed Monday."
    monday = claim("c3", "b", tc, predicate="confirm", acts={"confirm": "done", "tour": "future"},
                   dates=[at(tc, "Monday", DAY - dt.timedelta(days=4), "confirm")])
    assert len(dates.find(context([confirmed, monday], {("c1", "c3"): (0.9, 0.95)}))) == 1


def test_days_on_the_main_verbs_of_one_doer_in_a_pair_likely_but_for_them():
    # "was beaten" / "was defeated": one doer, named as the subject of each main verb (head word
    # or apposition), in a pair 0.8 likely but for the days
    ta = "Council Speaker Ana Ruiz was beaten Tuesday night by a newcomer."
    beaten = claim("c1", "a", ta, predicate="beat", doers={"beat": "ruiz"},
                   entities=[ent(ta, "Ana Ruiz", "PERSON", "ruiz ana", "nsubjpass:beat")],
                   dates=[day("Tuesday", DAY - dt.timedelta(days=3), "beat", 1)])
    tb = "The council speaker, Ana Ruiz, was soundly defeated on Thursday by a newcomer."
    defeated = claim("c2", "b", tb, predicate="defeat", doers={"defeat": "speaker"},
                     entities=[ent(tb, "Ana Ruiz", "PERSON", "ruiz ana", "nsubjpass:defeat")],
                     dates=[day("Thursday", DAY - dt.timedelta(days=1), "defeat", 3)])
    assert len(dates.find(context([beaten, defeated], {("c1", "c2"): (0.4, 0.85)}))) == 1
    assert dates.find(context([beaten, defeated], {("c1", "c2"): (0.4, 0.75)})) == []
    # two doers: a possessive inside the subject ("Ruiz's deputy") names no doer
    tc = "Ms. Ruiz's deputy, Tom Vance, resigned on Thursday after the vote."
    resigned = claim("c3", "b", tc, predicate="resign", doers={"resign": "deputy"},
                     entities=[ent(tc, "Ruiz", "PERSON", "ruiz ana", "nsubj:resign"),
                               ent(tc, "Tom Vance", "PERSON", "vance tom", "nsubj:resign")],
                     dates=[day("Thursday", DAY - dt.timedelta(days=1), "resign", 3)])
    assert dates.find(context([beaten, resigned], {("c1", "c3"): (0.4, 0.85)})) == []


def at(text: str, words: str, d: dt.date, anchor: str) -> DateRef:
    """A day at its place in the claim's text (where the rules read the words before it)."""
    i = text.index(words)
    return DateRef(text=words, start=i, end=i + len(words), low=d, high=d, day=d.day, month=d.month, year=d.year,
                   anchor=anchor)


def test_the_end_of_a_period_is_one_deadline_whatever_verb_carries_it():
    m13, m15 = dt.date(2024, 3, 13), dt.date(2024, 3, 15)
    ta = "He said the deal would keep the port open for two weeks until March 13 and a vote would follow."
    keep = claim("c1", "a", ta, predicate="say", dates=[at(ta, "March 13", m13, "keep")])
    tb = "The governor signed it on Friday night, reopening the port until March 15."
    reopen = claim("c2", "b", tb, predicate="sign", dates=[at(tb, "Friday", DAY, "sign"), at(tb, "March 15", m15, "reopen")])
    found = dates.find(context([keep, reopen], {("c1", "c2"): (0.75, 0.95)}))
    assert [(p.type, p.values) for p in found] == [("date", {"c1": "March 13 = 2024-03-13", "c2": "March 15 = 2024-03-15"})]
    # only in pairs that state one fact but for their days
    assert dates.find(context([keep, reopen], {("c1", "c2"): (0.75, 0.85)})) == []
    # a day that starts something is no deadline; nor is one of two ends the claim gives
    tc = "He said the deal would keep the port open for two weeks from March 13 and a vote would follow."
    start = claim("c3", "a", tc, predicate="say", dates=[at(tc, "March 13", m13, "keep")])
    assert dates.find(context([start, reopen], {("c2", "c3"): (0.75, 0.95)})) == []
    td = "The port stays open until March 13 and the bridge through March 20."
    two = claim("c4", "a", td, predicate="stay",
                dates=[at(td, "March 13", m13, "stay"), at(td, "March 20", dt.date(2024, 3, 20), "stay")])
    assert dates.find(context([two, reopen], {("c2", "c4"): (0.75, 0.95)})) == []


def test_the_end_of_a_period_is_not_the_day_of_an_act():
    """"worked at the depot until Monday, when he was let go" / "boarded a ferry to Norland on
    May 2": one date on each claim's main verb, in a pair one fact but for its days; the first
    ends a period, the second is the day of an act: two moments, no conflict. Two days of the
    act are."""
    monday, may2 = DAY - dt.timedelta(days=4), dt.date(2024, 5, 2)
    ta = "The clerk worked at the depot until Monday, when he was let go after the audit."
    worked = claim("c1", "a", ta, predicate="work", dates=[at(ta, "Monday", monday, "work")])
    tb = "The former depot clerk boarded a ferry to Norland on May 2 and has not been seen since."
    boarded = claim("c2", "b", tb, predicate="board", dates=[at(tb, "May 2", may2, "board")])
    assert dates.find(context([worked, boarded], {("c1", "c2"): (0.6, 0.92)})) == []
    tc = "The clerk boarded a ferry to Norland on Monday, after the audit."
    on_monday = claim("c3", "a", tc, predicate="board", dates=[at(tc, "Monday", monday, "board")])
    assert [p.type for p in dates.find(context([on_monday, boarded], {("c2", "c3"): (0.6, 0.92)}))] == ["date"]


def test_one_day_apart_is_low():
    a = claim("c1", "a", "It opened Friday.", dates=[day("Friday", DAY, "open", 4)])
    b = claim("c2", "b", "It opened Thursday.", dates=[day("Thursday", DAY - dt.timedelta(days=1), "open", 3)])
    assert [p.severity for p in dates.find(context([a, b], {("c1", "c2"): (0.7, 0.95)}))] == ["low"]


def span(text, low, high, anchor):
    return DateRef(text=text, start=0, end=len(text), low=low, high=high, anchor=anchor)


def test_years_of_one_event_told_with_other_verbs_when_each_claim_has_one_date():
    served = claim("c1", "a", "Judge Pell served from 1981 to 1990.",
                   dates=[span("1981 to 1990", dt.date(1981, 1, 1), dt.date(1990, 12, 31), "serve")])
    held = claim("c2", "b", "Judge Pell held the post from 1980 to 1989.",
                 dates=[span("1980 to 1989", dt.date(1980, 1, 1), dt.date(1989, 12, 31), "hold")])
    found = dates.find(context([served, held], {("c1", "c2"): (0.9, 0.9)}))
    assert [(p.type, p.severity) for p in found] == [("date", "medium")]
    # less likely to state one fact: two verbs may be two events
    assert dates.find(context([served, held], {("c1", "c2"): (0.7, 0.7)})) == []


def year_at(text: str, words: str, low: int, high: int, anchor: str) -> DateRef:
    i = text.index(words)
    return DateRef(text=words, start=i, end=i + len(words), low=dt.date(low, 1, 1), high=dt.date(high, 12, 31),
                   year=low if low == high else None, anchor=anchor)


def test_the_year_a_period_starts_whatever_verbs_tell_it():
    ta = "The regatta, a harbour tradition dating back to 1911, draws crowds."
    tradition = claim("c1", "a", ta, dates=[year_at(ta, "1911", 1911, 1911, "date")])
    tb = "It is a race that has, since 1912, produced more capsizes than medals, the club said in 2020."
    since = claim("c2", "b", tb, dates=[year_at(tb, "1912", 1912, 1912, "produce"), year_at(tb, "2020", 2020, 2020, "say")])
    found = dates.find(context([tradition, since], {("c1", "c2"): (0.6, 0.6)}))
    assert [(p.type, p.severity, p.values) for p in found] == [("date", "medium", {"c1": "1911", "c2": "1912"})]
    # a span that starts the same year agrees ("from 1911 to 2019" / "dating back to 1911")
    tc = "The club has held the regatta every summer from 1911 to 2019."
    span_ = claim("c3", "b", tc, dates=[year_at(tc, "1911 to 2019", 1911, 2019, "hold")])
    assert dates.find(context([tradition, span_], {("c1", "c3"): (0.6, 0.6)})) == []
    # a span that ended ("from 1913 to 1939") and a period running still ("since 1911") are two
    # periods, whatever years start them
    te = "Some 40 boats sank in the old regatta, from 1913 to 1939."
    ended = claim("c5", "b", te, dates=[year_at(te, "1913 to 1939", 1913, 1939, "sink")])
    assert dates.find(context([tradition, ended], {("c1", "c5"): (0.6, 0.6)})) == []
    # a year that starts nothing ("in 1912") is left to the rule for years of one event
    td = "The regatta was first held in 1912, the club said."
    held = claim("c4", "b", td, dates=[year_at(td, "1912", 1912, 1912, "hold")])
    assert dates.find(context([tradition, held], {("c1", "c4"): (0.6, 0.6)})) == []


def test_a_year_the_other_outlet_gives_elsewhere_excuses_a_conflict_only_in_a_pair_in_doubt():
    def year(y, verb):
        return span(str(y), dt.date(y, 1, 1), dt.date(y, 12, 31), verb)

    ours = claim("c1", "a", "Her 2023 tax rate was 31 percent.", dates=[year(2023, "be")])
    theirs = claim("c2", "b", "Her tax rate for 2022 was 31 percent.", dates=[year(2022, "be")])
    elsewhere = claim("c3", "b", "She filed in 2023.", dates=[year(2023, "file")])
    assert dates.find(context([ours, theirs], {("c1", "c2"): (0.85, 0.85)}))
    assert dates.find(context([ours, theirs, elsewhere], {("c1", "c2"): (0.85, 0.85)})) == []
    assert dates.find(context([ours, theirs, elsewhere], {("c1", "c2"): (0.95, 0.95)}))


@pytest.mark.parametrize("coarse, other, found", [
    (span("mid-June", dt.date(2024, 6, 11), dt.date(2024, 6, 20), "hold"), day("July 2", dt.date(2024, 7, 2), "hold"), True),
    (span("in June", dt.date(2024, 6, 1), dt.date(2024, 6, 30), "hold"), day("June 28", dt.date(2024, 6, 28), "hold"), False),
    (span("early June", dt.date(2024, 6, 1), dt.date(2024, 6, 10), "hold"), day("June 14", dt.date(2024, 6, 14), "hold"), False),
    (span("mid-June", dt.date(2024, 6, 11), dt.date(2024, 6, 20), "hold"), day("July 2", dt.date(2024, 7, 2), "count"), False),
    # the day of a statement is not the day of what it tells
    (span("in May", dt.date(2024, 5, 1), dt.date(2024, 5, 31), "tweet"), day("July 2", dt.date(2024, 7, 2), "tweet"), False),
    # a verb that tells no act of its own ("Tuesday's vote comes after the ruling in June")
    (span("in May", dt.date(2024, 5, 1), dt.date(2024, 5, 31), "come"), day("July 2", dt.date(2024, 7, 2), "come"), False),
    (span("in May", dt.date(2024, 5, 1), dt.date(2024, 5, 31), "hold"), day("July 2", dt.date(2024, 7, 2), "hold"), True),
    # two whole months are two times, though one ends the day before the other starts
    (span("in April", dt.date(2024, 4, 1), dt.date(2024, 4, 30), "hold"), span("May", dt.date(2024, 5, 1), dt.date(2024, 5, 31), "hold"), True),
    # a part of a month within a week of the other month is one time, told loosely
    (span("late April", dt.date(2024, 4, 21), dt.date(2024, 4, 30), "hold"), span("May", dt.date(2024, 5, 1), dt.date(2024, 5, 31), "hold"), False),
])
def test_a_month_or_part_of_one_against_a_day_of_the_same_act(coarse, other, found):
    a = claim("c1", "a", f"The runoff will be held {coarse.text}.", dates=[coarse])
    b = claim("c2", "b", f"The runoff will be held on {other.text}.", dates=[other])
    got = dates.find(context([a, b], {("c1", "c2"): (0.8, 0.8)}))
    assert [(p.type, p.severity) for p in got] == ([("date", "medium")] if found else [])


def test_running_totals_to_two_ends_are_no_dates_of_one_act():
    """"The Ruiz campaign raised $229 million through June" / "Vance raised $156 million through
    the end of July": two totals, each to its own end, no one act's two dates; the same total
    to two ends is one figure told to two dates, a finding."""
    def raised(cid: str, aid: str, text: str, fig: str, value: float, end: str, low: dt.date, high: dt.date) -> Claim:
        i = text.index(end)
        return claim(cid, aid, text, quantities=[_figure(text, fig, value, "usd", "raise")],
                     dates=[DateRef(text=end, start=i, end=i + len(end), low=low, high=high, month=low.month, anchor="raise")])

    june = raised("c1", "a", "The Ruiz campaign raised $229 million through June.", "$229 million", 229e6,
                  "June", dt.date(2023, 6, 1), dt.date(2023, 6, 30))
    july = "Vance raised almost {} through the end of July."
    other = raised("c2", "b", july.format("$156 million"), "$156 million", 156e6, "the end of July",
                   dt.date(2023, 7, 21), dt.date(2023, 7, 31))
    same = raised("c3", "c", july.format("$229 million"), "$229 million", 229e6, "the end of July",
                  dt.date(2023, 7, 21), dt.date(2023, 7, 31))
    assert dates.find(context([june, other], {("c1", "c2"): (0.8, 0.8)})) == []
    assert [p.type for p in dates.find(context([june, same], {("c1", "c3"): (0.8, 0.8)}))] == ["date"]


def test_a_day_an_act_had_been_expected_on_is_the_day_it_was_set_for():
    """"The panel had been expected to approve the charges late on Thursday" / "The panel
    approved the charges on Friday": the day it was set for and the day it was done (a plan told
    in the past perfect); told as done on Thursday, two days of one act."""
    thursday = DAY - dt.timedelta(days=1)
    def found(modality: str) -> list[str]:
        a = claim("c1", "a", "The panel had been expected to approve the charges late on Thursday.",
                  dates=[day("Thursday", thursday, "approve", weekday=3)], modality=modality,
                  acts={"approve": "done"} if modality == "asserted" else {})
        b = claim("c2", "b", "The panel approved the charges on Friday.", dates=[day("Friday", DAY, "approve", weekday=4)],
                  acts={"approve": "done"}, modality="asserted", tense="past")
        return [p.type for p in dates.find(context([a, b], {("c1", "c2"): (0.95, 0.95)}))]

    assert found("planned before") == []
    assert found("asserted") == ["date"]


def test_a_year_an_act_came_after_is_no_year_of_the_act():
    """"Aides drew the current map after the 2010 census" / "The current map was drawn in 2011":
    the census's year, which the drawing followed; "drew the current map in 2010" is the year of
    the drawing, compared."""
    def drawn(cid: str, aid: str, text: str, year: int) -> Claim:
        return claim(cid, aid, text, dates=[year_at(text, str(year), year, year, "draw")])

    later = drawn("c2", "b", "The current map was drawn in 2011 by state lawmakers.", 2011)
    assert dates.find(context([drawn("c1", "a", "Aides drew the current map after the 2010 census.", 2010), later],
                              {("c1", "c2"): (0.9, 0.9)})) == []
    assert [p.type for p in dates.find(context([drawn("c3", "c", "Aides drew the current map in 2010.", 2010), later],
                                               {("c3", "c2"): (0.9, 0.9)}))] == ["date"]


@pytest.mark.parametrize("u, v, one", [
    ("quit", "leave", True),  # to quit (depart) is a way to leave
    ("start", "begin", True),  # synonyms
    ("release", "free", True),
    ("join", "leave", False),
    ("arrive", "leave", False),
    ("buy", "sell", False),
    ("die", "kill", False),
    ("leave", None, False),
    ("glorpify", "leave", False),  # a verb WordNet does not hold
])
def test_verbs_that_tell_one_act_are_read_from_wordnet(u, v, one):
    from crosscheck.compare.verbs import one_act
    assert one_act(u, v) is one and one_act(v, u) is one


def month_at(text: str, words: str, first: dt.date, last: dt.date, anchor: str, month: int | None = None,
             year: int | None = None) -> DateRef:
    i = text.index(words)
    return DateRef(text=words, start=i, end=i + len(words), low=first, high=last, month=month, year=year, anchor=anchor)


JAN = (dt.date(2024, 1, 1), dt.date(2024, 1, 31))


@pytest.mark.parametrize("verb_b, words, month, year, found", [
    ("leave", "earlier this month", None, None, True),  # "quit" / "left": one act
    ("quit", "earlier this month", None, None, True),
    ("leave", "in January 2024", 1, 2024, True),
    ("leave", "in January", 1, None, False),  # a month without its year: which January is ours
    ("join", "earlier this month", None, None, False),  # joining and leaving are two acts
])
def test_a_month_against_a_year_that_does_not_hold_it_in_one_act(verb_b, words, month, year, found):
    ta = f"Ruth Okafor {('quit' if verb_b != 'join' else 'joined')} the agency {words} to open a bakery."
    tb = "Okafor left the agency last year to open a bakery."
    a = claim("c1", "a", ta, dates=[month_at(ta, words, *JAN, "quit" if verb_b != "join" else "join", month, year)])
    last_year = year_at(tb, "last year", 2023, 2023, verb_b if verb_b != "join" else "leave")
    b = claim("c2", "b", tb, dates=[last_year])
    got = dates.find(context([a, b], {("c1", "c2"): (0.7, 0.7)}))
    assert [(p.type, p.severity, p.claims) for p in got] == ([("date", "medium", ("c1", "c2"))] if found else [])
    # the month within the year agrees
    tc = "Okafor left the agency this year to open a bakery."
    this_year = claim("c3", "b", tc, dates=[year_at(tc, "this year", 2024, 2024, "leave")])
    assert dates.find(context([a, this_year], {("c1", "c3"): (0.7, 0.7)})) == []


def test_kin_verbs_match_months_not_days():
    """"hit in May" / "struck in March": one act, two months. Days on kin verbs are as often two
    stages of one event ("shot six officers on July 17" / "officers were killed on July 7")."""
    may, march = (dt.date(2024, 5, 1), dt.date(2024, 5, 31)), (dt.date(2024, 3, 1), dt.date(2024, 3, 31))
    ta, tb = "A strong quake hit the coast in May 2024.", "A strong quake struck the coast in March 2024."
    a = claim("c1", "a", ta, dates=[month_at(ta, "in May 2024", *may, "hit", 5, 2024)])
    b = claim("c2", "b", tb, dates=[month_at(tb, "in March 2024", *march, "strike", 3, 2024)])
    assert [(p.type, p.severity) for p in dates.find(context([a, b], {("c1", "c2"): (0.7, 0.7)}))] == [("date", "medium")]
    tc, td = "A gunman shot six officers on July 17.", "Five officers were killed on July 7."
    c = claim("c3", "a", tc, dates=[day("July 17", dt.date(2024, 7, 17), "shoot")])
    d = claim("c4", "b", td, dates=[day("July 7", dt.date(2024, 7, 7), "kill")])
    assert dates.find(context([c, d], {("c3", "c4"): (0.7, 0.7)})) == []
    # the same verb, days apart, is a finding as before
    e = claim("c5", "b", "Five officers were shot on July 7.", dates=[day("July 7", dt.date(2024, 7, 7), "shoot")])
    assert [p.type for p in dates.find(context([c, e], {("c3", "c5"): (0.7, 0.7)}))] == ["date"]


def test_the_month_of_the_level_a_change_started_from_is_not_the_changes():
    """"fell to 4.1 percent from 4.3 percent in March": March is the month of the 4.3 percent,
    not of the fall another outlet dates to April; the fall itself in March would be a finding."""
    march, april = (dt.date(2024, 3, 1), dt.date(2024, 3, 31)), (dt.date(2024, 4, 1), dt.date(2024, 4, 30))
    ta = "The port's idle rate fell to 4.1 percent from 4.3 percent in March, the board said."
    tb = "The port's idle rate fell to 4.1 percent last month."
    b = claim("c2", "b", tb, dates=[month_at(tb, "last month", *april, "fall")])
    a = claim("c1", "a", ta, dates=[month_at(ta, "March", *march, "fall", 3)])
    assert dates.find(context([a, b], {("c1", "c2"): (0.8, 0.8)})) == []
    tc = "The port's idle rate fell in March to 4.1 percent, the board said."
    c = claim("c3", "a", tc, dates=[month_at(tc, "March", *march, "fall", 3)])
    assert [p.type for p in dates.find(context([c, b], {("c3", "c2"): (0.8, 0.8)}))] == ["date"]
    # and it still meets the other outlet's month: "rose to 90 in May, up from 40 in April" / "hoped
    # for 500 in April" tell no act in two months
    td = "Some 90 ships docked in May, up from about 40 in April."
    te = "The board hoped 500 ships would dock in April."
    may = (dt.date(2024, 5, 1), dt.date(2024, 5, 31))
    d = claim("c4", "a", td, dates=[month_at(td, "May", *may, "dock", 5), month_at(td, "April", *april, "dock", 4)])
    e = claim("c5", "b", te, dates=[month_at(te, "April", *april, "dock", 4)])
    assert dates.find(context([d, e], {("c4", "c5"): (0.8, 0.8)})) == []


def test_the_month_of_what_a_period_starts_with_is_no_month_of_the_act():
    """"have been rising since the third test in January": January is the test's, the start of
    the rising, not a month another outlet's day of the rising ("rose higher on March 1")
    contradicts; "since he resigned in January" dates the resigning (its own verb)."""
    jan = JAN
    ta = "Tensions have been rising since the port's third closure in January."
    a = claim("c1", "a", ta, dates=[month_at(ta, "January", *jan, "rise", 1)])
    b = claim("c2", "b", "Tensions rose higher on March 1.", dates=[day("March 1", dt.date(2024, 3, 1), "rise")])
    assert dates.find(context([a, b], {("c1", "c2"): (0.8, 0.8)})) == []
    tc = "Tensions rose in January."
    c = claim("c3", "a", tc, dates=[month_at(tc, "January", *jan, "rise", 1)])
    assert [p.type for p in dates.find(context([c, b], {("c3", "c2"): (0.8, 0.8)}))] == ["date"]
    td = "Ruiz has stayed away since she resigned in January."
    d = claim("c4", "a", td, dates=[month_at(td, "January", *jan, "resign", 1)])
    e = claim("c5", "b", "Ruiz resigned on March 1.", dates=[day("March 1", dt.date(2024, 3, 1), "resign")])
    assert [p.type for p in dates.find(context([d, e], {("c4", "c5"): (0.8, 0.8)}))] == ["date"]


def test_a_month_against_a_year_is_not_compared_where_the_months_outlet_gives_that_year_too():
    ta = "Okafor quit the agency earlier this month to open a bakery."
    tb = "Okafor left the agency last year to open a bakery."
    a = claim("c1", "a", ta, dates=[month_at(ta, "earlier this month", *JAN, "quit")])
    b = claim("c2", "b", tb, dates=[year_at(tb, "last year", 2023, 2023, "leave")])
    te = "She had run its bakery desk until 2023."
    elsewhere = claim("c3", "a", te, dates=[year_at(te, "2023", 2023, 2023, "run")])
    assert dates.find(context([a, b], {("c1", "c2"): (0.7, 0.7)}))
    assert dates.find(context([a, b, elsewhere], {("c1", "c2"): (0.7, 0.7)})) == []
    # nor a year that starts or ends a period ("since last year")
    tf = "Okafor has been away from the agency since last year."
    since = claim("c4", "b", tf, dates=[year_at(tf, "last year", 2023, 2023, "leave")])
    assert dates.find(context([a, since], {("c1", "c4"): (0.7, 0.7)})) == []


# ---- people -----------------------------------------------------------------------------------

def test_another_person_in_the_same_role_of_one_act_is_an_entity_finding():
    a = claim("c1", "a", "Governor Hale appointed Rita Moss to the seat.",
              entities=[person("Hale", "hale", "nsubj:appoint"), person("Rita Moss", "moss rita", "dobj:appoint")])
    b = claim("c2", "b", "Governor Hale appointed Tom Vance to the seat.",
              entities=[person("Hale", "hale", "nsubj:appoint"), person("Tom Vance", "vance tom", "dobj:appoint")])
    found = entities.find(context([a, b], {("c1", "c2"): (0.8, 0.8)}))
    assert len(found) == 1 and found[0].values == {"c1": "Rita Moss", "c2": "Tom Vance"}
    # another name lowers the pair's probability, and a name has no "but for"; yet two people
    # each in an act of one verb are as often two facts of a story (session 42: none of 27 such
    # findings on the samples real): compared only in a pair likely to state one fact
    assert entities.find(context([a, b], {("c1", "c2"): (0.7, 0.7)})) == []
    assert entities.find(context([a, b], {("c1", "c2"): (0.25, 0.25)})) == []


def test_a_person_named_outside_the_quotation_marks_of_a_mostly_quoted_claim_is_compared():
    """'The board said Moss "accepts the decision without reservation"' is mostly a quotation,
    but Moss is named by the outlet's own words: another name there is an entity finding; a
    name inside the marks is the quote rule's."""
    text = 'The board said Moss "accepts the decision without reservation and will step aside."'
    quoted = text.index('"') + 1
    quote = Quote(text=text[quoted:-2], start=quoted, end=len(text) - 2, speaker="the board")
    a = claim("c1", "a", text, entities=[ent(text, "Moss", "PERSON", "moss rita", "nsubj:accept")], quotes=[quote])
    other = "Vance accepts the decision, the board said."
    b = claim("c2", "b", other, entities=[ent(other, "Vance", "PERSON", "vance tom", "nsubj:accept")])
    assert [p.values for p in entities.find(context([a, b], {("c1", "c2"): (0.8, 0.8)}))] == [{"c1": "Moss", "c2": "Vance"}]
    inside = 'The board said "Moss accepts the decision without reservation and will step aside."'
    q2 = Quote(text=inside[16:-2], start=16, end=len(inside) - 2, speaker="the board")
    c = claim("c1", "a", inside, entities=[ent(inside, "Moss", "PERSON", "moss rita", "nsubj:accept")], quotes=[q2])
    assert entities.find(context([c, b], {("c1", "c2"): (0.8, 0.8)})) == []


def test_another_person_in_one_role_of_two_verbs_is_two_acts():
    """"The board ousted Rita Moss" / "The board dismissed Tom Vance", "Rita Moss was sworn in as
    mayor" / "Tom Vance took the oath as mayor": two verbs, two acts, however likely the pair
    (session 43: the three findings of two people in two verbs' roles on the samples, pairs 0.94
    to 0.96 likely, none real; the harness found no edit through them); one verb, one act: "the
    board ousted Tom Vance" is a finding; of one verb, "Moss was fired" / "Vance fired the
    manager" are opposite roles."""
    a = claim("c1", "a", "The board ousted Rita Moss on Monday.", entities=[person("Rita Moss", "moss rita", "dobj:oust")])
    b = claim("c2", "b", "The board dismissed Tom Vance on Monday.", entities=[person("Tom Vance", "vance tom", "dobj:dismiss")])
    assert entities.find(context([a, b], {("c1", "c2"): (0.97, 0.97)})) == []
    ousted = claim("c2", "b", "The board ousted Tom Vance on Monday.", entities=[person("Tom Vance", "vance tom", "dobj:oust")])
    assert [p.values for p in entities.find(context([a, ousted], {("c1", "c2"): (0.97, 0.97)}))] == [
        {"c1": "Rita Moss", "c2": "Tom Vance"}]
    sworn = claim("c3", "a", "Rita Moss was sworn in as mayor on Monday.", predicate="swear", actions=["swear in"],
                  entities=[person("Rita Moss", "moss rita", "nsubjpass:swear")])
    oath = claim("c4", "b", "Tom Vance took the oath as mayor on Monday.", predicate="take", actions=["take"],
                 entities=[person("Tom Vance", "vance tom", "nsubj:take")])
    assert entities.find(context([sworn, oath], {("c3", "c4"): (0.97, 0.97)})) == []
    c = claim("c3", "a", "Rita Moss was fired on Monday.", entities=[person("Rita Moss", "moss rita", "nsubjpass:fire")])
    d = claim("c4", "b", "Tom Vance fired the manager on Monday.", entities=[person("Tom Vance", "vance tom", "nsubj:fire")])
    assert entities.find(context([c, d], {("c3", "c4"): (0.95, 0.95)})) == []


def test_a_person_after_a_preposition_or_in_a_description_in_a_very_likely_pair():
    a = claim("c1", "a", "The mayor said he felt sorry for Ana Ruiz.", entities=[person("Ana Ruiz", "ruiz ana", "prep:feel")])
    b = claim("c2", "b", "The mayor said he felt sorry for Tom Vance.", entities=[person("Tom Vance", "vance tom", "prep:feel")])
    assert len(entities.find(context([a, b], {("c1", "c2"): (0.85, 0.85)}))) == 1
    tc, td = "Last year the Ruizes paid a rate of 30 percent.", "The Vances' rate last year was 30 percent."
    c = claim("c3", "a", tc, entities=[ent(tc, "Ruizes", "PERSON", "ruizes", "nsubj:pay")])
    d = claim("c4", "b", td, entities=[ent(td, "Vances", "PERSON", "vances", "nsubj:be")])
    assert len(entities.find(context([c, d], {("c3", "c4"): (0.9, 0.9)}))) == 1
    assert entities.find(context([c, d], {("c3", "c4"): (0.7, 0.7)})) == []  # "was": only in a very likely pair
    def beyond_doubt(ta: str, named_a: list[tuple[str, str, str]], tb: str, named_b: list[tuple[str, str, str]]):
        """The entity findings of two claims naming people (name, key, role:verb), 0.95 likely."""
        x = claim("c7", "a", ta, entities=[ent(ta, n, "PERSON", k, r) for n, k, r in named_a])
        y = claim("c8", "b", tb, entities=[ent(tb, n, "PERSON", k, r) for n, k, r in named_b])
        return entities.find(context([x, y], {("c7", "c8"): (0.95, 0.95)}))
    # beyond doubt, people in an object or a phrase beside the act are no swap: "breaking Vance's
    # record" / "his pass to Ruiz won the game"
    assert beyond_doubt("Okafor threw for 205 yards, breaking Vance's record.",
                        [("Okafor", "okafor", "nsubj:throw"), ("Vance", "vance", "dobj:break")],
                        "Okafor threw for 205 yards, and his pass to Ruiz won it.",
                        [("Okafor", "okafor", "nsubj:throw"), ("Ruiz", "ruiz", "prep:win")]) == []
    # nor is the one a named person belongs to: "Vance's lawyer Ana Ruiz stood in the way" tells
    # Ruiz's act, not Vance's, against "Okafor sank the deal"
    assert beyond_doubt("Okafor sank the deal after Ana Ruiz stood in the way.",
                        [("Okafor", "okafor", "nsubj:sink"), ("Ana Ruiz", "ruiz ana", "nsubj:stand")],
                        "Vance's lawyer Ana Ruiz stood in the way of the deal.",
                        [("Vance", "vance", "nsubj:stand"), ("Ana Ruiz", "ruiz ana", "nsubj:stand")]) == []
    # a person judged ("was nearly perfect") against another's act ("scored the winner"): no swap
    te, tf = "Ana Ruiz scored the winner as the Hawks beat the Owls.", "Tom Vance was nearly perfect as the Hawks beat the Owls."
    e = claim("c5", "a", te, entities=[ent(te, "Ana Ruiz", "PERSON", "ruiz ana", "nsubj:score")])
    f = claim("c6", "b", tf, entities=[ent(tf, "Tom Vance", "PERSON", "vance tom", "nsubj:be")])
    assert entities.find(context([e, f], {("c5", "c6"): (0.85, 0.85)})) == []


def test_a_name_taken_with_its_possessive_or_naming_a_body_is_not_the_person_in_the_fact():
    """"Tom Vance’s inquiry" as the parser may take it, with its "’s", qualifies a noun; "the
    Ruiz administration reached a deal" / "the deal Vance reached" tell of a government and
    of a man, not one person named two ways."""
    text = "The panel examined the conduct during Tom Vance’s inquiry."
    assert entities.qualifies_noun(claim("c1", "a", text), ent(text, "Tom Vance’s", "PERSON", "vance tom", "nsubj:examine"))
    a_text = "The payment was the first of a $2 million settlement the Ruiz administration reached with the port."
    b_text = "The money was the first of a $2 million settlement that Vance reached with the port."
    a = claim("c1", "a", a_text, entities=[ent(a_text, "Ruiz", "PERSON", "ruiz", "nsubj:reach")])
    b = claim("c2", "b", b_text, entities=[ent(b_text, "Vance", "PERSON", "vance", "nsubj:reach")])
    assert entities.find(context([a, b], {("c1", "c2"): (0.95, 0.95)})) == []
    # a name qualifying another noun is still the person's: "the Ruiz deal" / "the deal Vance reached"
    c_text = "The payment was the first of a $2 million settlement under the Ruiz deal with the port."
    c = claim("c3", "a", c_text, entities=[ent(c_text, "Ruiz", "PERSON", "ruiz", "nsubj:reach")])
    assert len(entities.find(context([c, b], {("c2", "c3"): (0.95, 0.95)}))) == 1


def test_two_people_each_in_their_own_quoted_words_are_two_remarks():
    """'Ruiz called the closure "a tragedy"' / 'Vance called the closure "particularly
    painful"': each person's own remark; the same words, or a piece of them, one remark."""
    def called(cid, aid, name, key, words):
        text = f'Mayor {name} called the closure "{words}" on Monday.'
        i = text.index(words)
        return claim(cid, aid, text, entities=[ent(text, name, "PERSON", key, "nsubj:call")],
                     quotes=[Quote(text=words, speaker=key, start=i, end=i + len(words))])
    a = called("c1", "a", "Ana Ruiz", "ruiz ana", "a tragedy for the whole valley")
    b = called("c2", "b", "Tom Vance", "vance tom", "particularly painful for the families")
    assert entities.find(context([a, b], {("c1", "c2"): (0.8, 0.8)})) == []
    c = called("c3", "b", "Tom Vance", "vance tom", "a tragedy")
    assert [p.values for p in entities.find(context([a, c], {("c1", "c3"): (0.8, 0.8)}))] == [{"c1": "Ana Ruiz", "c3": "Tom Vance"}]


def test_one_remark_given_to_a_speaker_the_parser_left_untagged_and_to_another_person():
    """'"...," Okafor said' where the parser tagged no name (the story names Ines Okafor in full
    elsewhere) against '"...," Tom Vance said': the same words given to two people. A speaker
    written as a name two people of the story share, or as no name, speaks for nobody known."""
    words = "It gives every married couple the protections the law promises them"

    def said(cid, aid, text, speaker, entities=()):
        i = text.index(words)
        return claim(cid, aid, text, entities=list(entities), quotes=[Quote(text=words, speaker=speaker, start=i, end=i + len(words))])
    full_text = "Ines Okafor, the league's president, welcomed the ruling."
    full = claim("c0", "c", full_text, entities=[ent(full_text, "Ines Okafor", "PERSON", "ines okafor", "nsubj:welcome")])
    untagged = said("c1", "a", f'"{words}," Okafor said in a statement.', "Okafor")
    vance_text = f'"{words}," Tom Vance said.'
    vance = said("c2", "b", vance_text, "tom vance", [ent(vance_text, "Tom Vance", "PERSON", "tom vance", "nsubj:say")])
    found = quotes.find(context([full, untagged, vance], {("c1", "c2"): (0.95, 0.95)}))
    assert [(p.type, p.claims, p.values) for p in found] == [("entity", ("c1", "c2"), {"c1": "Okafor", "c2": "Tom Vance"})]
    assert "attributed to Ines Okafor" in found[0].explanation
    other_text = "Ana Okafor, her sister, was not in court."
    sister = claim("c4", "c", other_text, entities=[ent(other_text, "Ana Okafor", "PERSON", "ana okafor", "nsubj:be")])
    assert quotes.find(context([full, sister, untagged, vance], {("c1", "c2"): (0.95, 0.95)})) == []
    nameless = said("c3", "a", f'"{words}," the spokesman said.', "the spokesman")
    assert quotes.find(context([full, nameless, vance], {("c3", "c2"): (0.95, 0.95)})) == []


def test_one_remark_quoted_in_pieces_and_whole_given_to_two_speakers():
    """'"I am very sorry for Gen. Okafor," Vance said, calling the verdict "harsh"' against
    '"I am sorry for General Okafor," Ruiz said': one remark (a piece of it, an abbreviation
    written out and a word dropped) given to two people. A piece of a few words is no remark
    of its own ("harsh" / "harsh")."""
    def said(cid, aid, text, name, key, pieces):
        qs = []
        for w in pieces:
            i = text.index(w)
            qs.append(Quote(text=w, speaker=key, start=i, end=i + len(w)))
        return claim(cid, aid, text, entities=[ent(text, name, "PERSON", key, "nsubj:say")], quotes=qs)
    a = said("c1", "a", '"I am very sorry for Gen. Okafor," Tom Vance said on Friday, calling the verdict "harsh."',
             "Tom Vance", "vance tom", ["I am very sorry for Gen. Okafor,", "harsh."])
    b = said("c2", "b", '"I am sorry for General Okafor," Ana Ruiz said on Friday.', "Ana Ruiz", "ruiz ana",
             ["I am sorry for General Okafor,"])
    found = quotes.find(context([a, b], {("c1", "c2"): (0.7, 0.7)}))
    assert [(p.type, p.values) for p in found] == [("entity", {"c1": "Tom Vance", "c2": "Ana Ruiz"})]
    c = said("c3", "b", 'The ruling was "harsh," Ana Ruiz said on Friday, calling it "a sad day."', "Ana Ruiz", "ruiz ana",
             ["harsh,", "a sad day."])
    assert [p for p in quotes.find(context([a, c], {("c1", "c3"): (0.7, 0.7)})) if p.type == "entity"] == []


def test_same_words_read_as_the_quote_rule_reads_them():
    assert quotes.same_words(quotes.words("I feel very sorry for Gen. Okafor, \u2026 a hard year."),
                             quotes.words("I feel sorry for General Okafor,"))
    assert not quotes.same_words(quotes.words("I am sorry"), quotes.words("I am so sorry"))
    assert not quotes.same_words(quotes.words("a hard year \u2026 we will not rest"), quotes.words("a hard year \u2026 we rest"))


def test_a_place_read_as_a_speaker_gives_no_statement_to_two_people():
    """"Norland police say ..." (a place the story's names make a person) against "Tom Vance
    said ...": no statement given to two people."""
    a_text = "Norland police say the charge carries up to three years in prison."
    a = claim("c1", "a", a_text, entities=[ent(a_text, "Norland", "GPE", "norland", "nsubj:say")])
    b_text = "Tom Vance, a former prosecutor, said the charge carries up to three years in prison."
    b = claim("c2", "b", b_text, entities=[ent(b_text, "Tom Vance", "PERSON", "vance tom", "nsubj:say")])
    ruiz_text = "Ana Norland was charged."
    ruiz = claim("c3", "a", ruiz_text, entities=[ent(ruiz_text, "Ana Norland", "PERSON", "norland ana", "nsubjpass:charge")])
    assert [p for p in entities.find(context([a, b, ruiz], {("c1", "c2"): (0.8, 0.8)})) if "said by" in p.explanation] == []


def test_one_statement_given_to_two_speakers():
    a = claim("c1", "a", "Attorney General Ana Ruiz said the suit was without merit.",
              entities=[person("Ana Ruiz", "ruiz ana", "nsubj:say")])
    b_text = "The state's attorney general, Tom Vance, said the suit had no merit."
    b = claim("c2", "b", b_text, entities=[ent(b_text, "Tom Vance", "PERSON", "vance tom", "nsubj:say")])
    found = entities.find(context([a, b], {("c1", "c2"): (0.7, 0.7)}))
    assert [(p.type, p.values) for p in found] == [("entity", {"c1": "Ana Ruiz", "c2": "Tom Vance"})]
    assert entities.find(context([a, b], {("c1", "c2"): (0.5, 0.7)})) == []


def test_two_speakers_each_quoting_their_own_words_are_two_remarks():
    """'Ruiz said the board "flatly rejected" the offer' / 'Vance said the chair "turned down
    any offer"': each quotes its own speaker's words, two remarks; with the same words quoted,
    one statement given to two people."""
    a_text = 'Mayor Ana Ruiz said the board "flatly rejected" the offer on Tuesday.'
    b_text = 'Tom Vance said the board chair "turned down any offer" on Tuesday.'

    def quoting(cid, aid, text, name, key, words):
        i = text.index(words)
        return claim(cid, aid, text, entities=[ent(text, name, "PERSON", key, "nsubj:say")],
                     quotes=[Quote(text=words, speaker=key, start=i, end=i + len(words))])
    a = quoting("c1", "a", a_text, "Ana Ruiz", "ruiz ana", "flatly rejected")
    b = quoting("c2", "b", b_text, "Tom Vance", "vance tom", "turned down any offer")
    assert entities.find(context([a, b], {("c1", "c2"): (0.9, 0.9)})) == []
    same = quoting("c3", "b", b_text.replace("turned down any offer", "flatly rejected"), "Tom Vance", "vance tom", "flatly rejected")
    assert [p.values for p in entities.find(context([a, same], {("c1", "c3"): (0.9, 0.9)}))] == [{"c1": "Ana Ruiz", "c3": "Tom Vance"}]


def test_a_speaker_who_speaks_for_the_other_gives_one_statement_not_two():
    """The same words from the mayor's office and from "Ruiz spokesman Tom Vance": one
    statement; from a council member who speaks for nobody named, the same words given to two
    people."""
    words = "seeking legal clarity on a complex question for every school in the district"

    def quoting(cid, aid, text, name, key):
        i = text.index(words)
        return claim(cid, aid, text, quotes=[Quote(text=words, speaker=key, start=i, end=i + len(words))],
                     entities=[ent(text, name, "PERSON", key, "nsubj:say")])
    a = quoting("c1", "a", f'Ruiz\'s office said in a statement that the city is "{words}."', "Ruiz", "ruiz ana")
    b = quoting("c2", "b", f'The city is "{words}," Ruiz spokesman Tom Vance said on Monday.', "Tom Vance", "vance tom")
    assert [p for p in quotes.find(context([a, b], {("c1", "c2"): (0.9, 0.9)})) if "attributed" in p.explanation] == []
    c = quoting("c3", "b", f'The city is "{words}," council member Tom Vance said on Monday.', "Tom Vance", "vance tom")
    found = [p for p in quotes.find(context([a, c], {("c1", "c3"): (0.9, 0.9)})) if "attributed" in p.explanation]
    assert [(p.type, p.severity) for p in found] == [("entity", "high")]  # who said it: a name
    # a body's unnamed spokesman against a named person: the body's word, which the person may speak
    body_text = f'A Harbour Board spokesman said the city is "{words}."'
    i = body_text.index(words)
    body = claim("c4", "a", body_text, quotes=[Quote(text=words, speaker="harbour board", start=i, end=i + len(words))],
                 entities=[ent(body_text, "Harbour Board", "ORG", "harbour board", "compound:spokesman")])
    assert [p for p in quotes.find(context([body, c], {("c3", "c4"): (0.9, 0.9)})) if "attributed" in p.explanation] == []


def test_two_bodies_spokespeople_saying_one_thing_are_two_statements():
    """"Port Authority spokesman Tom Vance said the fee was no fine" / "Harbour Board
    Secretary Ana Ruiz said the fee was no fine": each body's word; one office given two holders
    ("Port Authority spokeswoman Ana Ruiz"), one statement given to two people; no office on one
    side, nothing says it is one statement (both may have said it)."""
    a_text = "Port Authority spokesman Tom Vance said the fee was not a fine."
    b_text = "Harbour Board Secretary Ana Ruiz said the fee was not a fine."
    a = claim("c1", "a", a_text, entities=[ent(a_text, "Tom Vance", "PERSON", "vance tom", "nsubj:say")])
    b = claim("c2", "b", b_text, entities=[ent(b_text, "Ana Ruiz", "PERSON", "ruiz ana", "nsubj:say")])
    assert entities.find(context([a, b], {("c1", "c2"): (0.8, 0.8)})) == []
    c_text = "Port Authority spokeswoman Ana Ruiz said the fee was not a fine."
    c = claim("c3", "b", c_text, entities=[ent(c_text, "Ana Ruiz", "PERSON", "ruiz ana", "nsubj:say")])
    assert len(entities.find(context([a, c], {("c1", "c3"): (0.8, 0.8)}))) == 1
    d_text = "Ana Ruiz said the fee was not a fine."
    d = claim("c4", "b", d_text, entities=[ent(d_text, "Ana Ruiz", "PERSON", "ruiz ana", "nsubj:say")])
    assert entities.find(context([a, d], {("c1", "c4"): (0.8, 0.8)})) == []


def test_one_finding_per_name_a_story_spells_two_ways():
    """An outlet that writes a group's name its own way in every sentence ("Al Qadr" /
    "al-Qadr") brings one finding listing the sentences, not one per pair of them; another
    name spelled two ways is another finding."""
    from crosscheck.compare import Proposal, one_per_spelling

    texts = {"c1": "Al Qadr claimed the raid.", "c2": "al-Qadr claimed the raid.", "c3": "Al Qadr fled the town.",
             "c4": "Al-Qadr fled the town.", "c5": "Tom Vance spoke.", "c6": "Tom Vanse spoke."}
    ctx = context([claim(c, "a" if c in ("c1", "c3", "c5") else "b", t) for c, t in texts.items()], {})

    def spelled(a, b, na, nb):
        return Proposal(type="entity", severity="medium", claims=(a, b), values={a: na, b: nb},
                        explanation=f"Outlet A spells the name {na!r} where Outlet B spells it {nb!r}",
                        spelling=frozenset(n.casefold().replace("-", " ") for n in (na, nb)))
    found = one_per_spelling(ctx, [spelled("c1", "c2", "Al Qadr", "al-Qadr"), spelled("c3", "c4", "Al Qadr", "Al-Qadr"),
                                   spelled("c5", "c6", "Tom Vance", "Tom Vanse")])
    assert sorted(p.claims for p in found) == [("c1", "c2", "c3", "c4"), ("c5", "c6")]
    assert next(p for p in found if len(p.claims) == 4).explanation.endswith(", and so in 2 more sentences")


def test_a_surname_respelled_is_one_spelling_with_or_without_the_first_name():
    """"Ana Vancek" / "Ana Vanceck" and "Vancek" / "Vanceck" are one finding; a first name
    respelled is keyed with its surname, so two people's are two findings; a name alone is no
    spelling of a first name the other article gives elsewhere ("Robertson" against "Ms.
    Okafor", whom her article names Roberta Okafor)."""
    assert entities._spelling("Ana Vancek", "Ana Vanceck") == entities._spelling("Vancek", "Vanceck") \
        == entities._spelling("Ana Vanceck", "Vancek")
    assert entities._spelling("Yusuf Ruiz", "Yousuf Ruiz") != entities._spelling("Yusuf Vance", "Yousuf Vance")
    assert not entities._variant("okafor roberta", "robertson", "Okafor", "Robertson")
    assert entities._variant("okafor roberta", "okafr", "Okafor", "Okafr")
    assert entities._variant("ines okafor", "okafr", "Ines Okafor", "Okafr")


def test_a_surname_with_one_letter_changed_under_one_given_name_is_one_name_spelled_two_ways():
    """"Dana Pearse" / "Dana Pearce" is under the ratio that tells two short names apart
    ("Amara" / "Amira"); the same given name, written in full by both outlets, makes the two
    one person. Two given names under one surname stay two people (sisters), and a surname
    alone is read by the ratio only."""
    ta, tb = "Dana Pearse chaired the inquiry into the harbour fire.", "The harbour inquiry was chaired by Dana Pearce."
    a = named("c1", "a", ta, "Dana Pearse", "dana pearse", "nsubj:chair")
    b = named("c2", "b", tb, "Dana Pearce", "dana pearce", "agent:chair")
    found = entities.find(context([a, b], {}))
    assert [(p.type, p.values) for p in found] == [("entity", {"c1": "Dana Pearse", "c2": "Dana Pearce"})]
    assert "spells the name" in found[0].explanation
    assert len(entities.find(context([a, b], {("c1", "c2"): (0.8, 0.8)}))) == 1
    tc, td = "Amara Okoro chaired the inquiry into the harbour fire.", "The harbour inquiry was chaired by Amira Okoro."
    c = named("c3", "a", tc, "Amara Okoro", "amara okoro", "nsubj:chair")
    d = named("c4", "b", td, "Amira Okoro", "amira okoro", "agent:chair")
    assert entities.find(context([c, d], {})) == []
    te, tf = "Pearse chaired the inquiry into the harbour fire.", "The harbour inquiry was chaired by Pearce."
    e = named("c5", "a", te, "Pearse", "pearse", "nsubj:chair")
    f = named("c6", "b", tf, "Pearce", "pearce", "agent:chair")
    assert entities.find(context([e, f], {})) == []


def test_a_misspelled_name_the_parser_reads_as_a_body_is_a_name_spelled_two_ways():
    """An unknown spelling of a person the story names is often tagged as an organisation
    ("Okaffor" of "Chidi Okafor"); read as the person's name spelled otherwise. A body's name
    that spells no person of the story stays a body."""
    ta, tb = "Chidi Okafor resigned from the board on Friday.", "The board thanked Okaffor for his years of work."
    a = named("c1", "a", ta, "Chidi Okafor", "chidi okafor", "nsubj:resign")
    b = named("c2", "b", tb, "Okaffor", "okaffor", "dobj:thank", "ORG")
    found = entities.find(context([a, b], {}))
    assert [(p.type, p.values) for p in found] == [("entity", {"c1": "Chidi Okafor", "c2": "Okaffor"})]
    tc = "The board thanked Harborview for its years of work."
    c = named("c3", "b", tc, "Harborview", "harborview", "dobj:thank", "ORG")
    assert entities.find(context([a, c], {})) == []
    td = "The board met in Okaffor on Friday."  # a place's name, whatever it spells
    d = named("c4", "b", td, "Okaffor", "okaffor", "prep:meet", "GPE")
    assert entities.find(context([a, d], {})) == []
    # a last letter doubled is a misspelling, even one an adjective ends with ("Brennann")
    tm, tn = "Tomas Brennan chaired the harbour board.", "The board thanked Brennann for his years of work."
    m = named("c13", "a", tm, "Tomas Brennan", "brennan tomas", "nsubj:chair")
    n = named("c12", "b", tn, "Brennann", "brennann", "dobj:thank", "ORG")
    assert [p.values for p in entities.find(context([m, n], {}))] == [{"c13": "Tomas Brennan", "c12": "Brennann"}]
    # none of these is a name spelled otherwise: a given name spelled otherwise before the surname
    # (a brother, "Chidu Okafor"), a people's name, a name with an adjective's ending ("the Okafori
    # movement", named for Okafor), a nickname cut short ("Vanderme" of "Lena Vandermeer"), a word
    # before the surname of the name as written (a title: "the Harbour Marshal" of "Harbour
    # Marshall Dana Bond")
    vandermeer = named("c11", "a", "Lena Vandermeer chaired the harbour board.", "Lena Vandermeer", "lena vandermeer",
                       "nsubj:chair")
    bond = named("c9", "a", "Harbour Marshall Dana Bond inspected the pier.", "Harbour Marshall Dana Bond",
                 "bond dana harbour marshall", "nsubj:inspect")
    for person, text, name, label in (
            (a, "The board thanked Chidu Okafor for his years of work.", "Chidu Okafor", "ORG"),
            (a, "The board thanked Okaffor supporters for their years of work.", "Okaffor", "NORP"),
            (a, "The Okafori movement thanked the board.", "Okafori", "ORG"),
            (vandermeer, "Friends called her Vanderme for short.", "Vanderme", "ORG"),
            (bond, "The Harbour Marshal inspected the pier on Friday.", "Harbour Marshal", "ORG")):
        other = named("c5", "b", text, name, " ".join(sorted(name.lower().split())), "nsubj:thank", label)
        assert entities.find(context([person, other], {})) == [], name
    # a part of the name taken for the person ("the Harbour Marshall's office", tagged a person
    # and keyed as Harbour Marshall Dana Bond) ends on no surname: its last word is none to respell
    part = named("c7", "c", "The Harbour Marshall's office is helping.", "Harbour Marshall", "bond dana harbour marshall",
                 "nsubj:help")
    marshal = named("c5", "b", "The Harbour Marshal inspected the pier on Friday.", "Harbour Marshal", "harbour marshal",
                    "nsubj:inspect", "ORG")
    assert entities.find(context([bond, part, marshal], {})) == []


def test_a_quotations_speaker_the_parser_tags_as_nothing_is_a_name_spelled_two_ways():
    """'"We will keep the depot open," Okaffor said': a misspelled name the parser tags as no
    entity at all, read as the speaker of a quotation: the name of a person the story names,
    spelled otherwise. A pronoun, "The board", a speaker of another name are no such name."""
    ta = "Chidi Okafor resigned from the board on Friday."
    a = named("c1", "a", ta, "Chidi Okafor", "chidi okafor", "nsubj:resign")

    def speaking(who, inferred=False):
        text = f'"We will keep the depot open for the crews," {who} said.'
        return claim("c2", "b", text, quotes=[Quote(text="We will keep the depot open for the crews", speaker=who,
                                                     inferred=inferred, start=1, end=42)])

    assert [p.values for p in entities.find(context([a, speaking("Okaffor")], {}))] == [{"c1": "Chidi Okafor", "c2": "Okaffor"}]
    for who in ("Harborview", "The board", "He"):
        assert entities.find(context([a, speaking(who)], {})) == [], who
    assert entities.find(context([a, speaking("Okaffor", inferred=True)], {})) == []


def test_a_spelling_found_in_several_pairs_is_led_by_the_likeliest_pair():
    """One name spelled otherwise set against several sentences of the story: the finding is led
    by the pair the alignment scores most alike (the speaker's own sentence, not his mother's)."""
    from crosscheck.compare import Proposal, one_per_spelling

    texts = {"c1": "Bobbi Okafor, his mother, spoke.", "c2": "Okafor said he was sorry.", "c3": "Okaffor said he was sorry."}
    ctx = context([claim(c, "a" if c != "c3" else "b", t) for c, t in texts.items()], {("c1", "c3"): (0.1, 0.1), ("c2", "c3"): (0.9, 0.9)})

    def spelled(a, b, na, nb):
        return Proposal(type="entity", severity="medium", claims=(a, b), values={a: na, b: nb},
                        explanation=f"{na!r} / {nb!r}", spelling=frozenset({"okafor", "okaffor"}))
    found = one_per_spelling(ctx, [spelled("c1", "c3", "Bobbi Okafor", "Okaffor"), spelled("c2", "c3", "Okafor", "Okaffor")])
    assert [(p.claims, p.explanation.split(",")[0]) for p in found] == [(("c2", "c3", "c1"), "'Okafor' / 'Okaffor'")]
    assert found[0].explanation.endswith(", and so in 1 more sentence")


def test_a_name_with_and_without_its_accents_is_one_spelling():
    """"Raúl Ortiz" / "Raul Ortiz": house style, neither another first name nor a misspelling;
    "Raúl Ortiz" / "Pedro Ortiz" are two first names."""
    def welcomed(cid, aid, name):
        text = f"Mayor {name} welcomed the new ferry on Wednesday."
        return claim(cid, aid, text, entities=[ent(text, name, "PERSON", "ortiz raul" if "R" in name else "ortiz pedro",
                                                   "nsubj:welcome")])
    a = welcomed("c1", "a", "Raúl Ortiz")
    assert entities.find(context([a, welcomed("c2", "b", "Raul Ortiz")], {("c1", "c2"): (0.9, 0.9)})) == []
    found = entities.find(context([a, welcomed("c3", "b", "Pedro Ortiz")], {("c1", "c3"): (0.9, 0.9)}))
    assert len(found) == 1 and "first name" in found[0].explanation
    assert entities.name_words("raúl ortiz") >= {"raul", "ortiz"}


def test_people_named_in_both_claims_or_a_spelling_are_told_apart():
    a = claim("c1", "a", "Rita Moss defeated Tom Vance.",
              entities=[person("Rita Moss", "moss rita", "nsubj:defeat"), person("Tom Vance", "vance tom", "dobj:defeat")])
    b = claim("c2", "b", "Tom Vance lost to Rita Moss.",
              entities=[person("Tom Vance", "vance tom", "nsubj:lose"), person("Rita Moss", "moss rita", "pobj:lose")])
    assert entities.find(context([a, b], {("c1", "c2"): (0.9, 0.9)})) == []
    c = claim("c3", "a", "His wife Stacy Lund joined him.", entities=[person("Stacy Lund", "lund stacy", "nsubj:join")])
    d = claim("c4", "b", "His wife Stacey Lunde joined him.", entities=[person("Stacey Lunde", "lunde stacey", "nsubj:join")])
    found = entities.find(context([c, d], {("c3", "c4"): (0.9, 0.9)}))
    assert len(found) == 1 and "spells the name" in found[0].explanation


def test_a_name_spelled_two_ways_whatever_the_roles_in_claims_likely_to_state_one_fact():
    a = claim("c1", "a", "He and his wife Marisol have three daughters.",
              entities=[person("Marisol", "marisol", "nsubj:have")])
    b = claim("c2", "b", "The ceremony was attended by Mr. Ortiz's wife, Marisole, and their daughters.",
              entities=[person("Ortiz", "ortiz", "agent:attend"), person("Marisole", "marisole", "agent:attend")])
    found = entities.find(context([a, b], {("c1", "c2"): (0.9, 0.9)}))
    assert [(p.type, p.values) for p in found] == [("entity", {"c1": "Marisol", "c2": "Marisole"})]
    # as likely as not one fact: two names that close are one person's all the same (a
    # misspelled name itself lowers its pair's probability); under the comparisons' bar too,
    # two outlets of one story spell one name two ways (session 24)
    assert len(entities.find(context([a, b], {("c1", "c2"): (0.4, 0.9)}))) == 1
    assert len(entities.find(context([a, b], {("c1", "c2"): (0.25, 0.9)}))) == 1
    c = claim("c3", "b", "The ceremony was attended by Mr. Ortiz's sister, Amira.",
              entities=[person("Ortiz", "ortiz", "agent:attend"), person("Amira", "amira", "agent:attend")])
    d = claim("c4", "a", "He and his sister Amara run the shop.", entities=[person("Amara", "amara", "nsubj:run")])
    assert entities.find(context([c, d], {("c3", "c4"): (0.9, 0.9)})) == []  # two names, not two spellings


def test_a_surname_alone_spelled_otherwise_than_in_the_full_name():
    a = claim("c1", "a", "Councillor Brennan asserts his innocence.", entities=[person("Brennan", "brennan", "nsubj:assert")])
    b = claim("c2", "b", "A statement said Tomas Brenan asserts his innocence.",
              entities=[person("Tomas Brenan", "brenan tomas", "nsubj:assert")])
    found = entities.find(context([a, b], {("c1", "c2"): (0.8, 0.8)}))
    assert [(p.type, p.values) for p in found] == [("entity", {"c1": "Brennan", "c2": "Tomas Brenan"})]
    assert "spells the name" in found[0].explanation
    # the surname alone as the full name writes it: one person; another surname: no spelling
    same = claim("c3", "b", "A statement said Tomas Brennan asserts his innocence.",
                 entities=[person("Tomas Brennan", "brennan tomas", "nsubj:assert")])
    assert entities.find(context([a, same], {("c1", "c3"): (0.8, 0.8)})) == []
    # a family's name is no spelling of one of its members' names
    family = claim("c5", "a", "The Brennans assert their innocence.", entities=[person("Brennans", "brennans", "nsubj:assert")])
    assert all("spells" not in p.explanation for p in entities.find(context([family, same], {("c5", "c3"): (0.8, 0.8)})))
    other = claim("c4", "b", "A statement said Tomas Brandon asserts his innocence.",
                  entities=[person("Tomas Brandon", "brandon tomas", "nsubj:assert")])
    assert all("spells" not in p.explanation for p in entities.find(context([a, other], {("c1", "c4"): (0.8, 0.8)})))


def test_one_person_given_two_first_names_but_not_a_nickname_nor_two_of_one_family():
    a = claim("c1", "a", "Governor Hale named Rita Moss to the board.",
              entities=[person("Hale", "hale", "nsubj:name"), person("Rita Moss", "moss rita", "dobj:name")])
    b = claim("c2", "b", "Hale picked Dana Moss for the board.",
              entities=[person("Hale", "hale", "nsubj:pick"), person("Dana Moss", "dana moss", "dobj:pick")])
    found = entities.find(context([a, b], {("c1", "c2"): (0.8, 0.8)}))
    assert [(p.type, p.values) for p in found] == [("entity", {"c1": "Rita Moss", "c2": "Dana Moss"})]
    assert "first name" in found[0].explanation
    assert entities.find(context([a, b], {("c1", "c2"): (0.5, 0.8)})) == []  # not likely one fact
    # a nickname, a middle name used as the first, initials: one person
    for other in ('Robert "Bob" Moss', "Bob Moss", "Helen Rita Moss", "R. J. Moss"):
        c = claim("c3", "b", f"Hale picked {other} for the board.", entities=[person(other, "x moss", "dobj:pick")])
        mine = claim("c4", "a", "Hale named Robert Moss to the board.", entities=[person("Robert Moss", "moss robert", "dobj:name")])
        first = a if "Rita" in other else mine
        assert entities.find(context([first, c], {(first.id, "c3"): (0.8, 0.8)})) == [], other
    # two people of one family: an article names both
    d = claim("c5", "b", "His son Dana Moss spoke after Rita Moss was named.",
              entities=[person("Dana Moss", "dana moss", "nsubj:speak"), person("Rita Moss", "moss rita", "nsubjpass:name")])
    assert entities.find(context([a, b, d], {("c1", "c2"): (0.8, 0.8)})) == []
    # two sisters named with one family name ("Rita and Dana Moss"): each claim names both
    e = claim("c6", "a", "Hale thanked Rita and Dana Moss for serving.", entities=[person("Dana Moss", "dana moss", "dobj:thank")])
    f = claim("c7", "b", "Hale thanked Dana and Rita Moss for serving.", entities=[person("Rita Moss", "moss rita", "dobj:thank")])
    assert entities.find(context([e, f], {("c6", "c7"): (0.8, 0.8)})) == []
    # a relative, told as such beside the name ("Dana Moss, the governor's daughter-in-law"): another of the family
    for told in ("Hale picked Dana Moss, the governor's daughter-in-law, for the board.",
                 "Hale picked his niece, Dana Moss, for the board."):
        g = claim("c8", "b", told, entities=[person("Dana Moss", "dana moss", "dobj:pick")])
        assert entities.find(context([a, g], {("c1", "c8"): (0.8, 0.8)})) == [], told
    h = claim("c9", "b", "Hale picked Dana Moss, who has two sons, for the board.", entities=[person("Dana Moss", "dana moss", "dobj:pick")])
    assert [p.type for p in entities.find(context([a, h], {("c1", "c9"): (0.8, 0.8)}))] == ["entity"]


def test_a_name_the_other_claim_writes_is_named_there_though_the_parser_missed_it():
    """"Ruiz met on Monday with Vance" (the parser tagging only Ruiz) names Vance too: against
    "Ruiz met with Vance" it is no other person in Vance's place."""
    a = claim("c1", "a", "Ruiz met with Vance at city hall on Monday.",
              entities=[person("Ruiz", "ruiz", "nsubj:meet"), person("Vance", "vance", "prep:meet")])
    b = claim("c2", "b", "Ruiz met on Monday with Vance and two other candidates.", entities=[person("Ruiz", "ruiz", "nsubj:meet")])
    assert entities.find(context([a, b], {("c1", "c2"): (0.95, 0.95)})) == []
    # told the other way round, the parser tagging only Ruiz: still one meeting of the two
    r = claim("c5", "b", "Vance met on Monday with Ruiz and two other candidates.", entities=[person("Ruiz", "ruiz", "prep:meet")])
    assert entities.find(context([a, r], {("c1", "c5"): (0.95, 0.95)})) == []
    c = claim("c3", "b", "Ruiz met on Monday with Okafor and two other candidates.",
              entities=[person("Ruiz", "ruiz", "nsubj:meet"), person("Okafor", "okafor", "prep:meet")])
    assert [p.values for p in entities.find(context([a, c], {("c1", "c3"): (0.95, 0.95)}))] == [{"c1": "Vance", "c3": "Okafor"}]


def test_another_person_who_acts_in_the_other_claim_too_is_no_swap():
    """"Ruiz fired back on the radio, reminding Vance ..." / "Vance fired back": each fired
    back; Vance acts in the first claim too (unlike "Vance's lawyer said ...")."""
    a = claim("c1", "a", "Ruiz fired back on the radio, reminding Vance of his promise.",
              entities=[person("Ruiz", "ruiz", "nsubj:fire"), person("Vance", "vance", "dobj:remind")])
    b = claim("c2", "b", "Vance, as usual, fired back on the radio.", entities=[person("Vance", "vance", "nsubj:fire")])
    assert entities.find(context([a, b], {("c1", "c2"): (0.7, 0.7)})) == []


def test_an_act_one_article_tells_of_two_people_is_no_swap_between_outlets():
    """"Raikes crashed out on lap 20" / "Moss crashed out on lap 48": another article of the
    story tells of both crashes, or two outlets tell of each, so the act happened twice and each
    outlet names one of its doers (an article telling of others in the role one by one does
    not: test_one_of_many_acts_of_a_kind_is_no_misnaming)."""
    a = named("c1", "a", "The race was halted after Raikes crashed out in the rain.", "Raikes", "raikes", "nsubj:crash")
    b = named("c2", "b", "In the rain, Moss crashed out with 20 laps left.", "Moss", "moss", "nsubj:crash")
    assert [f.values for f in entities.find(context([a, b], {("c1", "c2"): (0.85, 0.85)}))] == [{"c1": "Raikes", "c2": "Moss"}]
    c = named("c3", "c", "Raikes crashed on the straight.", "Raikes", "raikes", "nsubj:crash")
    d = named("c4", "c", "Moss also crashed, his last race at home.", "Moss", "moss", "nsubj:crash")
    assert entities.find(context([a, b, c, d], {("c1", "c2"): (0.85, 0.85)})) == []
    # the pair's own article naming the other too tells nothing: it may misname once
    own = named("c3", "a", "Moss crashed on the straight.", "Moss", "moss", "nsubj:crash")
    assert entities.find(context([a, b, own], {("c1", "c2"): (0.85, 0.85)}))
    # or two outlets tell of each crash
    e = named("c4", "d", "Moss also crashed, his last race at home.", "Moss", "moss", "nsubj:crash")
    assert entities.find(context([a, b, c, e], {("c1", "c2"): (0.85, 0.85)})) == []
    assert entities.find(context([a, b, c], {("c1", "c2"): (0.85, 0.85)}))  # Moss's crash is one outlet's word


def test_a_person_the_story_settles_in_a_role_is_set_against_one_outlets_other_name():
    """"The board fired Ines Okafor" told by two outlets, "the board fired Tom Baptiste" by a
    third in a pair under the bar for two people (0.8): the story settles who was fired, and the
    third names the wrong person. Not where the other person is named in the role by a second
    outlet too (two people fired), nor where the pair is under 0.5, nor where a name is not a
    person the story names in full (a company the parser tags as a person)."""
    a = named("c1", "a", "On Friday the harbour board fired Tom Baptiste after the audit.", "Tom Baptiste",
              "baptiste tom", "dobj:fire")
    b = named("c2", "b", "The harbour board fired Ines Okafor on Friday, after the audit.", "Ines Okafor",
              "ines okafor", "dobj:fire")
    c = named("c3", "c", "Ines Okafor was fired by the board, her lawyer said.", "Ines Okafor", "ines okafor",
              "dobj:fire")
    pair = {("c1", "c2"): (0.65, 0.65)}
    assert entities.find(context([a, b], pair)) == []  # two outlets, one name each: nothing settled
    assert [f.values for f in entities.find(context([a, b, c], pair))] == [{"c1": "Tom Baptiste", "c2": "Ines Okafor"}]
    assert entities.find(context([a, b, c], {("c1", "c2"): (0.45, 0.45)})) == []
    d = named("c4", "d", "The board also fired Tom Baptiste, the deputy.", "Tom Baptiste", "baptiste tom", "dobj:fire")
    assert entities.find(context([a, b, c, d], pair)) == []  # two outlets tell of each: two firings
    # a name the story never gives in full is no person it settles
    x = named("c1", "a", "On Friday Novatek revealed the design after the audit.", "Novatek", "novatek", "nsubj:reveal")
    y = named("c2", "b", "Ines Okafor revealed the design on Friday, after the audit.", "Ines Okafor", "ines okafor",
              "nsubj:reveal")
    z = named("c3", "c", "Ines Okafor revealed it to the board.", "Ines Okafor", "ines okafor", "nsubj:reveal")
    assert entities.find(context([x, y, z], pair)) == []


def test_two_people_who_share_only_a_given_name_are_two_people():
    """"Dara Quill chaired the inquiry" / "Dara Menon chaired the inquiry": a word the corpus
    writes only as a given name ("Dara") makes no one person of the two, so the other outlet
    has named another person in the role. A word the corpus also writes alone ("Dara thanked
    the panel"), or as some name's last ("Lin Dara", a name written surname first), may name
    either: there the two stay one person, as before."""
    a = named("c1", "a", "Dara Quill chaired the harbour inquiry on Monday.", "Dara Quill", "dara quill", "nsubj:chair")
    b = named("c2", "b", "Dara Menon chaired the harbour inquiry on Monday.", "Dara Menon", "dara menon", "nsubj:chair")
    pair = {("c1", "c2"): (0.85, 0.85)}
    assert [f.values for f in entities.find(context([a, b], pair))] == [{"c1": "Dara Quill", "c2": "Dara Menon"}]
    # "Dara" written alone somewhere in the corpus: a name that may be either, as before
    alone = named("c3", "b", "Dara thanked the panel.", "Dara", "dara", "nsubj:thank")
    assert entities.find(context([a, b, alone], pair)) == []
    # "Dara" the last word of a name written surname first: a surname, as before
    last = named("c3", "b", "Lin Dara thanked the panel.", "Lin Dara", "dara lin", "nsubj:thank")
    assert entities.find(context([a, b, last], pair)) == []


def test_a_further_doer_the_pairs_own_article_tells_of_with_also_is_no_swap():
    """"Cora Lind was fishing off the pier" / "Tom Vance was fishing off the pier": where the
    second outlet also writes "Lind, 34, of Ely was also fishing there", it tells of two people
    fishing, and each claim is about one of them; without that "also" its other claim is no
    telling of a second act (the outlet may misname once)."""
    a = named("c1", "a", "Police said Cora Lind was fishing off the north pier at dawn.", "Cora Lind", "lind cora", "nsubj:fish")
    b = named("c2", "b", "Police said Tom Vance was fishing off the north pier on Sunday.", "Tom Vance", "vance tom", "nsubj:fish")
    assert [f.values for f in entities.find(context([a, b], {("c1", "c2"): (0.85, 0.85)}))] == [
        {"c1": "Cora Lind", "c2": "Tom Vance"}]
    # the name read by its verb's words, wherever the parser hangs it ("was also shore fishing": "was")
    also = named("c3", "b", "Lind, 34, of Ely was also shore fishing there with a friend.", "Lind", "lind cora", "nsubj:be")
    assert entities.find(context([a, b, also], {("c1", "c2"): (0.85, 0.85)})) == []
    plain = named("c3", "b", "Lind, 34, of Ely was fishing there with a friend.", "Lind", "lind cora", "nsubj:fish")
    assert entities.find(context([a, b, plain], {("c1", "c2"): (0.85, 0.85)}))


def test_like_acts_told_at_other_minutes_are_two_acts_the_same_minute_one():
    """"Ruiz headed wide five minutes into extra time" / "Vance headed over on 65 minutes": two
    headers of one match; "in the 65th minute" against "on 65 minutes" is one, told of two people."""
    ta, tb = "Ruiz headed wide five minutes into extra time.", "Vance headed over on 65 minutes."
    a = claim("c1", "a", ta, entities=[ent(ta, "Ruiz", "PERSON", "ruiz", "nsubj:head")],
              quantities=[_figure(ta, "five minutes", 5, "minute", "head")])
    b = claim("c2", "b", tb, entities=[ent(tb, "Vance", "PERSON", "vance", "nsubj:head")],
              quantities=[_figure(tb, "65 minutes", 65, "minute", "head")])
    assert entities.find(context([a, b], {("c1", "c2"): (0.85, 0.85)})) == []
    tc = "Ruiz headed over in the 65th minute."
    c = claim("c1", "a", tc, entities=[ent(tc, "Ruiz", "PERSON", "ruiz", "nsubj:head")],
              ordinals=[Ordinal(text="65th minute", rank=65, word="65th", head="minute", start=tc.index("65th"), end=tc.index("65th") + 11)])
    assert [f.values for f in entities.find(context([c, b], {("c1", "c2"): (0.85, 0.85)}))] == [{"c1": "Ruiz", "c2": "Vance"}]


def test_the_source_who_confirms_an_act_is_no_paraphrase_of_its_doer():
    """"Tests show the boy, Eli Marsh, died of his wounds" / "the coroner, Ada Pike, confirmed the
    boy died of his wounds": the coroner tells the death, no other name for the one who died."""
    a = named("c1", "a", "Tests show the boy, Eli Marsh, died of his wounds.", "Eli Marsh", "marsh eli", "nsubj:die")
    b = named("c2", "b", "The coroner, Ada Pike, confirmed the boy died of his wounds.", "Ada Pike", "pike ada", "nsubj:confirm")
    assert entities.find(context([a, b], {("c1", "c2"): (0.95, 0.95)})) == []


def test_a_given_name_against_the_surname_of_one_person_named_in_full_is_no_swap():
    """"Tina borrowed the phrase" / "Okafor borrowed the phrase": the articles name "Tina Okafor",
    one person called by her first name in one outlet; another Tina is another person."""
    a = named("c1", "a", "The comedian Tina borrowed the phrase of another couple.", "Tina", "tina", "nsubj:borrow")
    b = named("c2", "b", "Okafor borrowed the phrase of another couple.", "Okafor", "okafor", "nsubj:borrow")
    full = named("c3", "a", "Tina Okafor, 47, announced the split.", "Tina Okafor", "okafor tina", "nsubj:announce")
    assert entities.find(context([a, b, full], {("c1", "c2"): (0.8, 0.8)})) == []
    other = named("c3", "a", "Tina Vance, 47, announced the split.", "Tina Vance", "tina vance", "nsubj:announce")
    assert [f.values for f in entities.find(context([a, b, other], {("c1", "c2"): (0.8, 0.8)}))] == [{"c1": "Tina", "c2": "Okafor"}]


def test_two_officials_with_other_titles_are_two_acts_not_one_person_misnamed():
    """"Governor Hale announced a travel ban" / "Mayor Moss announced a travel ban": two
    officials each announcing one; a name swapped in one copy keeps its title ("Gov." is
    "Governor" written short)."""
    a = claim("c1", "a", "Governor Rita Hale announced a ban on official travel to Norland.",
              entities=[person("Rita Hale", "hale rita", "nsubj:announce")])
    b = claim("c2", "b", "Mayor Tom Moss announced a ban on official travel to Norland.",
              entities=[person("Tom Moss", "moss tom", "nsubj:announce")])
    assert entities.find(context([a, b], {("c1", "c2"): (0.8, 0.8)})) == []
    c = claim("c3", "b", "Gov. Tom Moss announced a ban on official travel to Norland.",
              entities=[person("Tom Moss", "moss tom", "nsubj:announce")])
    assert [p.values for p in entities.find(context([a, c], {("c1", "c3"): (0.8, 0.8)}))] == [{"c1": "Rita Hale", "c3": "Tom Moss"}]


def test_an_offices_holder_and_a_former_holder_are_two_people():
    """"The leader of the guild, Rita Hale, was arrested" / "The former head of the guild, Tom
    Moss, was arrested": the holder and a former holder, two arrests; with no "former", one
    leader named two ways."""
    def arrested(cid: str, aid: str, text: str, name: str, key: str) -> Claim:
        return claim(cid, aid, text, entities=[ent(text, name, "PERSON", key, "nsubjpass:arrest")])

    a = arrested("c1", "a", "The leader of the guild, Rita Hale, was reportedly arrested on Thursday.", "Rita Hale", "hale rita")
    b = arrested("c2", "b", "The former head of the guild, Tom Moss, was arrested on Thursday in Ely.", "Tom Moss", "moss tom")
    c = arrested("c3", "b", "The head of the guild, Tom Moss, was arrested on Thursday in Ely.", "Tom Moss", "moss tom")
    assert entities.find(context([a, b], {("c1", "c2"): (0.8, 0.8)})) == []
    assert [p.values for p in entities.find(context([a, c], {("c1", "c3"): (0.8, 0.8)}))] == [{"c1": "Rita Hale", "c3": "Tom Moss"}]


def test_a_doer_told_as_one_of_several_is_no_misnaming():
    """"Harbour envoy Ana Ruiz also criticized the ruling" / "Board envoy Tom Vance criticized
    the ruling": the "also" tells of several critics, so the other outlet's critic is another
    one; without it the two names are one act's doer told two ways."""
    def critic(cid, aid, text, name, key):
        return claim(cid, aid, text, entities=[ent(text, name, "PERSON", key, "nsubj:criticize")])

    vance = critic("c2", "b", "Board envoy Tom Vance criticized the ruling, saying it ignored the ferry workers.",
                   "Tom Vance", "vance tom")
    ruiz = {"c1": "Harbour envoy Ana Ruiz also criticized the ruling, saying it came far too late.",
            "c3": "Ana Ruiz, the harbour envoy, too criticized the ruling.",
            "c4": "Harbour envoy Ana Ruiz criticized the ruling, saying it came far too late."}
    found = {cid: [p.values for p in entities.find(context([critic(cid, "a", text, "Ana Ruiz", "ruiz ana"), vance],
                                                           {(cid, "c2"): (0.85, 0.85)}))]
             for cid, text in ruiz.items()}
    assert found == {"c1": [], "c3": [], "c4": [{"c4": "Ana Ruiz", "c2": "Tom Vance"}]}


def test_an_act_other_outlets_tell_of_several_people_one_by_one_is_an_act_of_many():
    """"Rita Hale died at the stadium" / "Tom Moss died at the cafe", and two more outlets tell
    of Ana Ruiz and Ben Ode dying elsewhere: one act of many, each outlet naming one of its
    doers; with one more outlet telling of one more, still two names of one act."""
    a = claim("c1", "a", "Rita Hale died at the stadium.", entities=[person("Rita Hale", "hale rita", "nsubj:die")])
    b = claim("c2", "b", "Tom Moss died at the cafe.", entities=[person("Tom Moss", "moss tom", "nsubj:die")])
    c = claim("c3", "c", "Ana Ruiz died in the hall.", entities=[person("Ana Ruiz", "ruiz ana", "nsubj:die")])
    d = claim("c4", "d", "Ben Ode died in the street.", entities=[person("Ben Ode", "ode ben", "nsubj:die")])
    assert entities.find(context([a, b, c, d], {("c1", "c2"): (0.8, 0.8)})) == []
    assert [p.values for p in entities.find(context([a, b, c], {("c1", "c2"): (0.8, 0.8)}))] == [{"c1": "Rita Hale", "c2": "Tom Moss"}]


def test_one_of_many_acts_of_a_kind_is_no_misnaming():
    """A story that lists several people in one role of one act ("parcels sent to A, B and C")
    tells of many acts: two outlets naming one addressee each contradict nothing; people told
    of one by one in a role ("A chaired the board", "B chaired the board") are not a list."""
    a = claim("c1", "a", "A parcel sent to Rita Hale held a timer.", entities=[person("Rita Hale", "hale rita", "prep:send")])
    b = claim("c2", "b", "A parcel sent to Tom Moss held a timer.", entities=[person("Tom Moss", "moss tom", "prep:send")])
    listed = claim("c3", "b", "Parcels were sent to Rita Hale, Tom Moss and Ana Ruiz.",
                   entities=[person("Rita Hale", "hale rita", "prep:send"), person("Tom Moss", "moss tom", "prep:send"),
                             person("Ana Ruiz", "ruiz ana", "prep:send")])
    assert [p.values for p in entities.find(context([a, b], {("c1", "c2"): (0.8, 0.8)}))] == [{"c1": "Rita Hale", "c2": "Tom Moss"}]
    assert entities.find(context([a, b, listed], {("c1", "c2"): (0.8, 0.8)})) == []
    one_by_one = [claim(f"c{i}", "c", f"{n} once sent a parcel.", entities=[person(n, k, "prep:send")])
                  for i, (n, k) in enumerate([("Ana Ruiz", "ruiz ana"), ("Ben Ode", "ode ben"), ("Cy Lam", "lam cy")], 4)]
    assert [p.values for p in entities.find(context([a, b, *one_by_one], {("c1", "c2"): (0.8, 0.8)}))] == \
        [{"c1": "Rita Hale", "c2": "Tom Moss"}]


def test_places_of_one_act_that_cannot_lie_one_within_the_other():
    """"held in Boston" / "held in Denver": two cities of one country, apart; a city and the
    state that holds it, or a city several places bear whose one namesake lies in the other,
    are not; the place of another act is not compared."""
    from crosscheck.compare import places

    assert places.apart(places.readings("Boston"), places.readings("Denver"))
    assert places.apart(places.readings("Colorado"), places.readings("Nebraska"))
    assert not places.apart(places.readings("Seattle"), places.readings("Washington"))
    assert not places.apart(places.readings("Manchester"), places.readings("New Hampshire"))
    assert not places.apart(places.readings("Harbourtown"), places.readings("Denver"))  # unknown: no reading

    def held(cid, aid, city, verb="hold"):
        text = f"The hearing was held in {city} on Monday."
        return claim(cid, aid, text, entities=[Entity(text=city, label="GPE", key=city.casefold(), role="location",
                                                     start=text.index(city), end=text.index(city) + len(city),
                                                     anchor=f"prep:{verb}")])
    found = entities.find(context([held("c1", "a", "Boston"), held("c2", "b", "Denver")], {("c1", "c2"): (0.8, 0.8)}))
    assert [p.values for p in found] == [{"c1": "Boston", "c2": "Denver"}]
    assert entities.find(context([held("c1", "a", "Seattle"), held("c2", "b", "Washington")], {("c1", "c2"): (0.8, 0.8)})) == []
    assert entities.find(context([held("c1", "a", "Boston"), held("c2", "b", "Denver", "open")], {("c1", "c2"): (0.8, 0.8)})) == []
    assert entities.find(context([held("c1", "a", "Boston"), held("c2", "b", "Denver")], {("c1", "c2"): (0.5, 0.5)})) == []
    # the other claim names the place too, in other words, beside another: "moved to Denver" /
    # "moved back to the Mile High City from Boston", the city's alias resolved to one key
    moved = "The firm moved to Boston from the Mile High City."
    other = claim("c2", "b", moved, entities=[
        Entity(text="Boston", label="GPE", key="boston", role="location", start=moved.index("Boston"),
               end=moved.index("Boston") + 6, anchor="prep:hold"),
        Entity(text="the Mile High City", label="GPE", key="denver", start=moved.index("the Mile"), end=moved.index("the Mile") + 18,
               anchor="pobj:from")])
    assert entities.find(context([held("c1", "a", "Denver"), other], {("c1", "c2"): (0.8, 0.8)})) == []


def test_countries_listed_in_two_orders_are_no_two_places():
    """"fighting in Peru and Chile" / "fighting in Chile and Peru": the parser gives the first of
    a list the place's role and the other none; each claim names both."""
    def fought(cid, aid, first, second=None):
        text = f"The rebels fought in {first}" + (f" and {second}." if second else ".")
        ents = [Entity(text=first, label="GPE", key=first.casefold(), role="location", start=text.index(first),
                       end=text.index(first) + len(first), anchor="prep:fight")]
        if second:
            ents.append(Entity(text=second, label="GPE", key=second.casefold(), start=text.index(second),
                               end=text.index(second) + len(second), anchor="prep:fight"))
        return claim(cid, aid, text, entities=ents)
    pairs = {("c1", "c2"): (0.8, 0.8)}
    assert entities.find(context([fought("c1", "a", "Peru", "Chile"), fought("c2", "b", "Chile", "Peru")], pairs)) == []
    found = entities.find(context([fought("c1", "a", "Peru", "Bolivia"), fought("c2", "b", "Chile")], pairs))
    assert [p.values for p in found] == [{"c1": "Peru", "c2": "Chile"}]


def test_a_place_a_speaker_names_inside_quotation_marks_is_the_remarks_wording_not_the_acts_place():
    """'"Look at what happened last night in Peru," Ruiz said.' / '"Look at what happened in
    Chile."': the speaker's words (two places of one list, or a remark reworded: the quote
    rule's), no place given to one act; told in the outlets' own words, two places."""
    from crosscheck.models import Quote

    def placed(cid, aid, text, country, quote=True):
        i = text.index(country)
        words = text[1: text.index("”")] if quote else None
        quotes = [Quote(text=words, speaker="ruiz", start=1, end=1 + len(words))] if quote else []
        return claim(cid, aid, text, quotes=quotes,
                     entities=[Entity(text=country, label="GPE", key=country.casefold(), role="location", start=i,
                                      end=i + len(country), anchor="prep:happen")])
    pairs = {("c1", "c2"): (0.8, 0.8)}
    a = placed("c1", "a", "“Look at what happened last night in Peru,” Ruiz said.", "Peru")
    b = placed("c2", "b", "“Look at what happened in Chile,” Ruiz said.", "Chile")
    assert [p for p in entities.find(context([a, b], pairs)) if p.type == "entity"] == []
    c = placed("c1", "a", "Riots happened last night in Peru, Ruiz said.", "Peru", quote=False)
    d = placed("c2", "b", "Riots happened last night in Chile, Ruiz said.", "Chile", quote=False)
    assert [p.values for p in entities.find(context([c, d], pairs))] == [{"c1": "Peru", "c2": "Chile"}]


def test_the_place_of_an_acts_subject_is_not_the_place_of_the_act():
    """"rebels in Norland claimed the raid" / "claimed the raid on the depot in Sudria": the
    rebels' place and the raid's, no conflict; the place of the act itself is compared."""
    def placed(cid, aid, text, city, anchor):
        return claim(cid, aid, text, entities=[Entity(text=city, label="GPE", key=city.casefold(), role="location",
                                                     start=text.index(city), end=text.index(city) + len(city),
                                                     anchor=anchor)])
    a = placed("c1", "a", "The rebels claimed the raid on the depot in Denver.", "Denver", "dobj:claim")
    b = placed("c2", "b", "The rebels in Boston have claimed the raid.", "Boston", "nsubj:claim")
    assert entities.find(context([a, b], {("c1", "c2"): (0.8, 0.8)})) == []
    c = placed("c3", "a", "The rebels claimed the raid in Denver on Monday.", "Denver", "prep:claim")
    d = placed("c4", "b", "The rebels claimed the raid in Boston on Monday.", "Boston", "prep:claim")
    assert [p.values for p in entities.find(context([c, d], {("c3", "c4"): (0.8, 0.8)}))] == [{"c3": "Denver", "c4": "Boston"}]


def test_figures_of_two_people_each_claim_telling_of_its_own_are_two_figures():
    """"Ana Ruiz was sentenced to ten years" / "Tom Vance, arrested in May, was sentenced to 12
    years": two people's sentences, even where the parser gives the figure's act no subject."""
    a = claim("c1", "a", "Ana Ruiz was sentenced to 10 years in 2020.", quantities=[q("10 years", 10, "year", "sentence")],
              entities=[person("Ana Ruiz", "ruiz ana", "nsubjpass:sentence")], doers={"sentence": "ruiz"})
    b = claim("c2", "b", "Tom Vance was arrested in May and sentenced to 12 years.",
              quantities=[q("12 years", 12, "year", "sentence")],
              entities=[person("Tom Vance", "vance tom", "nsubjpass:arrest")], doers={})
    assert numbers.find(context([a, b], {("c1", "c2"): (0.6, 0.9)})) == []
    c = claim("c3", "b", "Ana Ruiz was arrested in May and sentenced to 12 years.",
              quantities=[q("12 years", 12, "year", "sentence")],
              entities=[person("Ana Ruiz", "ruiz ana", "nsubjpass:arrest")], doers={})
    assert len(numbers.find(context([a, c], {("c1", "c3"): (0.6, 0.9)}))) == 1


def test_an_age_beside_a_name_is_not_a_figure_of_the_act():
    """"Ruiz, 23, lived nearby" / "Vance, 57, lives across the street": two people's ages, read
    by the age rule, not two counts of one fact."""
    a_text = "Ruiz, 23, lived in a town outside the city, officials said."
    b_text = "Vance, 57, lives across the street from a house Ruiz was renovating."
    a = claim("c1", "a", a_text, quantities=[Quantity(text="23", value=23, unit="count", start=a_text.index("23"),
                                                      end=a_text.index("23") + 2, anchor="live")])
    b = claim("c2", "b", b_text, quantities=[Quantity(text="57", value=57, unit="count", start=b_text.index("57"),
                                                      end=b_text.index("57") + 2, anchor="live")])
    assert numbers.find(context([a, b], {("c1", "c2"): (0.85, 0.85)})) == []
    c_text = "Ruiz said 23 people lived in the house."
    d_text = "Vance said 57 people lived in the house."
    c = claim("c3", "a", c_text, quantities=[Quantity(text="23 people", value=23, unit="person", start=c_text.index("23"),
                                                      end=c_text.index("23") + 9, anchor="live")])
    d = claim("c4", "b", d_text, quantities=[Quantity(text="57 people", value=57, unit="person", start=d_text.index("57"),
                                                      end=d_text.index("57") + 9, anchor="live")])
    assert len(numbers.find(context([c, d], {("c3", "c4"): (0.85, 0.85)}))) == 1


def test_the_day_a_series_began_is_not_a_day_of_it():
    """"four fires since March 2 destroyed ten homes" gives when the series began; "a fire
    destroyed the homes on March 19" is not set against it; "on March 2" would be."""
    def fires(cid, aid, text, d):
        words = d.strftime("%B ") + str(d.day)
        i = text.index(words)
        return claim(cid, aid, text, predicate="destroy",
                     dates=[DateRef(text=words, start=i, end=i + len(words), low=d, high=d, day=d.day, month=d.month,
                                    year=d.year, anchor="destroy")])
    since = fires("c1", "a", "Four fires in the valley since March 2 destroyed ten homes.", dt.date(2024, 3, 2))
    on = fires("c2", "b", "A fire in the valley destroyed ten homes on March 19.", dt.date(2024, 3, 19))
    assert dates.find(context([since, on], {("c1", "c2"): (0.85, 0.85)})) == []
    then = fires("c3", "a", "A fire in the valley destroyed ten homes on March 2.", dt.date(2024, 3, 2))
    assert len(dates.find(context([then, on], {("c2", "c3"): (0.85, 0.85)}))) == 1


def test_a_goal_or_a_forecast_is_not_set_against_an_outcome():
    """"the council hoped to have 500 families housed by May" / "420 families were housed by
    May": a goal and what happened; two outcomes, or two goals, are compared."""
    def housed(cid, aid, text, n):
        words = f"{n} families"
        i = text.index(words)
        return claim(cid, aid, text, quantities=[Quantity(text=words, value=n, unit="family", start=i, end=i + len(words),
                                                          anchor="house")])
    goal = housed("c1", "a", "The council hoped to have 500 families housed by May.", 500)
    done = housed("c2", "b", "The council said 420 families were housed by May.", 420)
    assert numbers.find(context([goal, done], {("c1", "c2"): (0.85, 0.85)})) == []
    # what some expect, in the bare present ("analysts expect the council to house 500 families")
    expect = housed("c7", "a", "Analysts expect the council to report 500 families housed by May.", 500)
    assert numbers.find(context([expect, done], {("c2", "c7"): (0.85, 0.85)})) == []
    other = housed("c3", "a", "The council said 500 families were housed by May.", 500)
    assert len(numbers.find(context([other, done], {("c2", "c3"): (0.85, 0.85)}))) == 1
    # a figure of a part of the whole is another kind too
    part = housed("c6", "a", "Of the towns that applied, the council said 500 families were housed by May.", 500)
    assert numbers.find(context([part, done], {("c2", "c6"): (0.85, 0.85)})) == []
    # an average or a rate is another kind too
    rate = housed("c5", "a", "The council housed an average of 500 families a month this spring.", 500)
    assert numbers.find(context([rate, done], {("c2", "c5"): (0.85, 0.85)})) == []


def test_days_of_one_act_told_of_two_people_are_two_acts():
    a = claim("c1", "a", "Governor Hale announced the ban on Monday.",
              entities=[person("Hale", "hale", "nsubj:announce")], predicate="announce",
              dates=[day("Monday", dt.date(2024, 3, 4), "announce", weekday=0)])
    b = claim("c2", "b", "Mayor Moss announced the ban on Saturday.",
              entities=[person("Moss", "moss", "nsubj:announce")], predicate="announce",
              dates=[day("Saturday", dt.date(2024, 3, 2), "announce", weekday=5)])
    assert dates.find(context([a, b], {("c1", "c2"): (0.85, 0.85)})) == []
    c = claim("c3", "b", "Governor Hale announced the ban on Saturday.",
              entities=[person("Hale", "hale", "nsubj:announce")], predicate="announce",
              dates=[day("Saturday", dt.date(2024, 3, 2), "announce", weekday=5)])
    assert [p.type for p in dates.find(context([a, c], {("c1", "c3"): (0.85, 0.85)}))] == ["date"]


def test_days_of_one_act_told_of_two_people_of_one_given_name_are_two_acts():
    """"Dara Quill announced the ban on Monday" / "Dara Menon announced the ban on Saturday":
    two people the story names in full, who share only a given name, make two announcements;
    the same person on two days is a finding."""
    def told(cid, aid, name, key, day_name, date, weekday):
        return claim(cid, aid, f"{name} announced the ban on {day_name}.",
                     entities=[person(name, key, "nsubj:announce")], predicate="announce",
                     dates=[day(day_name, date, "announce", weekday=weekday)])
    a = told("c1", "a", "Dara Quill", "dara quill", "Monday", dt.date(2024, 3, 4), 0)
    b = told("c2", "b", "Dara Menon", "dara menon", "Saturday", dt.date(2024, 3, 2), 5)
    assert dates.find(context([a, b], {("c1", "c2"): (0.85, 0.85)})) == []
    c = told("c3", "b", "Dara Quill", "dara quill", "Saturday", dt.date(2024, 3, 2), 5)
    assert [p.type for p in dates.find(context([a, c], {("c1", "c3"): (0.85, 0.85)}))] == ["date"]


def test_two_people_each_saying_something_are_no_swap():
    """"Ruiz pointed out that ..." / "Vance expressed doubt that ...": what two people said,
    not one act with two doers."""
    a = claim("c1", "a", "Ruiz pointed out that turnout rose in the north on Tuesday.",
              entities=[person("Ruiz", "ruiz", "nsubj:point")])
    b = claim("c2", "b", "Vance expressed doubt that turnout rose in the north on Tuesday.",
              entities=[person("Vance", "vance", "nsubj:express")])
    assert entities.find(context([a, b], {("c1", "c2"): (0.8, 0.8)})) == []
    c = claim("c3", "b", "Vance won the north on Tuesday.", entities=[person("Vance", "vance", "nsubj:win")])
    d = claim("c4", "a", "Ruiz won the north on Tuesday.", entities=[person("Ruiz", "ruiz", "nsubj:win")])
    assert len(entities.find(context([c, d], {("c3", "c4"): (0.8, 0.8)}))) == 1


def test_another_person_in_the_very_role_even_where_a_claim_names_the_other_elsewhere():
    a = claim("c1", "a", "Vance's lawyer said the board had fired Mr. Ruiz.",
              entities=[person("Vance", "vance", "nsubj:say"), person("Ruiz", "ruiz", "dobj:fire")])
    b = claim("c2", "b", "The board's decision to fire Vance surprised staff.",
              entities=[person("Vance", "vance", "dobj:fire")])
    found = entities.find(context([a, b], {("c1", "c2"): (0.85, 0.85)}))
    assert [(p.type, p.values) for p in found] == [("entity", {"c1": "Ruiz", "c2": "Vance"})]
    # two people in one act, only in a pair likely to state one fact (session 42: OTHER_PERSON)
    assert entities.find(context([a, b], {("c1", "c2"): (0.7, 0.7)})) == []
    # each names both: another telling (who did what to whom), not a swap
    c = claim("c3", "b", "Ruiz said the board fired Vance.",
              entities=[person("Ruiz", "ruiz", "nsubj:say"), person("Vance", "vance", "dobj:fire")])
    assert entities.find(context([a, c], {("c1", "c3"): (0.9, 0.9)})) == []


def test_a_name_the_parser_tags_as_an_organisation_or_place_is_a_person_the_corpus_names_in_full():
    a_text = "The council fined only Okafor for the breach."
    a = claim("c1", "a", a_text, entities=[ent(a_text, "Okafor", "ORG", "okafor", "dobj:fine")])
    b_text = "The council fined Lena Brandt for the breach."
    b = claim("c2", "b", b_text, entities=[ent(b_text, "Lena Brandt", "PERSON", "brandt lena", "dobj:fine")])
    elsewhere = "Chidi Okafor chairs the committee."
    c = claim("c3", "a", elsewhere, entities=[ent(elsewhere, "Chidi Okafor", "PERSON", "chidi okafor", "nsubj:chair")])
    found = entities.find(context([a, b, c], {("c1", "c2"): (0.8, 0.8)}))
    assert [p.values for p in found] == [{"c1": "Okafor", "c2": "Lena Brandt"}]
    # nobody of that name in the corpus: an organisation, as tagged
    assert entities.find(context([a, b], {("c1", "c2"): (0.8, 0.8)})) == []
    # a name written with "the" is a body ("the Okafor Rovers"), though the parser tags it a
    # person elsewhere in the story
    t_text = "The council fined the Okafor Rovers for the breach."
    t = claim("c1", "a", t_text, entities=[ent(t_text, "the Okafor Rovers", "ORG", "okafor rovers", "dobj:fine")])
    won = "Fans cheered the Okafor Rovers."
    w = claim("c4", "a", won, entities=[ent(won, "the Okafor Rovers", "PERSON", "okafor rovers the", "dobj:cheer")])
    assert entities.find(context([t, b, w], {("c1", "c2"): (0.8, 0.8)})) == []
    # one person written in full two ways ("Chidi Okafor", "Chidi N. Okafor"): still that person;
    # two people of that name ("Ada Okafor" too): the surname alone names neither
    also = "Chidi N. Okafor spoke."
    c2 = claim("c6", "b", also, entities=[ent(also, "Chidi N. Okafor", "PERSON", "chidi n okafor", "nsubj:speak")])
    assert len(entities.find(context([a, b, c, c2], {("c1", "c2"): (0.8, 0.8)}))) == 1
    other = "Ada Okafor spoke."
    c3 = claim("c7", "b", other, entities=[ent(other, "Ada Okafor", "PERSON", "ada okafor", "nsubj:speak")])
    assert entities.find(context([a, b, c, c3], {("c1", "c2"): (0.8, 0.8)})) == []
    # written as a place ("in Okafor"): a place, whoever else bears the name
    d_text = "The council fined the firm in Okafor for the breach."
    d = claim("c4", "a", d_text, entities=[ent(d_text, "Okafor", "GPE", "okafor", "prep:fine")])
    e_text = "The council fined the firm in Lena Brandt for the breach."
    e = claim("c5", "b", e_text, entities=[ent(e_text, "Lena Brandt", "PERSON", "brandt lena", "prep:fine")])
    assert entities.find(context([d, e, c], {("c4", "c5"): (0.8, 0.8)})) == []


def test_the_subject_of_a_verb_of_saying_is_a_speaker_not_a_doer_and_a_possessive_is_neither():
    # two people noting one thing: the speakers' rule asks more of the pair than the doers' rule
    a = claim("c1", "a", "Okafor noted the anniversary of the treaty.", entities=[person("Okafor", "okafor", "nsubj:note")])
    b = claim("c2", "b", "Brandt marked the anniversary of the treaty.", entities=[person("Brandt", "brandt", "nsubj:mark")])
    assert entities.find(context([a, b], {("c1", "c2"): (0.65, 0.65)})) == []
    # "Okafor's lawyer said": Okafor does not say it
    c_text = "Okafor's lawyer said the fine was unfair."
    c = claim("c3", "a", c_text, entities=[ent(c_text, "Okafor", "PERSON", "okafor", "nsubj:say")])
    d = claim("c4", "b", "Brandt said the fine was unfair.", entities=[person("Brandt", "brandt", "nsubj:say")])
    assert entities.find(context([c, d], {("c3", "c4"): (0.7, 0.7)})) == []
    e = claim("c5", "a", "Mayor Okafor said the fine was unfair.", entities=[person("Okafor", "okafor", "nsubj:say")])
    f = claim("c6", "b", "Mayor Brandt said the fine was unfair.", entities=[person("Brandt", "brandt", "nsubj:say")])
    assert len(entities.find(context([e, f], {("c5", "c6"): (0.7, 0.7)}))) == 1


def test_one_title_given_to_two_people_or_one_person_titled_with_two_places():
    a_text = "Harbour Board Chairwoman Rita Moss was voted out on Tuesday."
    a = claim("c1", "a", a_text, entities=[ent(a_text, "Rita Moss", "PERSON", "moss rita", "nsubjpass:vote")])
    b_text = "Tom Vance celebrated his defeat of the harbour board chairwoman, Ana Ruiz, on Tuesday."
    b = claim("c2", "b", b_text, entities=[ent(b_text, "Tom Vance", "PERSON", "tom vance", "nsubj:celebrate"),
                                           ent(b_text, "Ana Ruiz", "PERSON", "ana ruiz", "dobj:celebrate")])
    found = entities.find(context([a, b], {("c1", "c2"): (0.85, 0.85)}))
    assert [p.values for p in found] == [{"c1": "Rita Moss", "c2": "Ana Ruiz"}]
    assert entities.find(context([a, b], {("c1", "c2"): (0.5, 0.7)})) == []  # not likely one fact
    # another time's holder: "former"
    c_text = "Tom Vance celebrated his defeat of former Harbour Board Chairwoman Ana Ruiz on Tuesday."
    c = claim("c3", "b", c_text, entities=[ent(c_text, "Tom Vance", "PERSON", "tom vance", "nsubj:celebrate"),
                                           ent(c_text, "Ana Ruiz", "PERSON", "ana ruiz", "dobj:celebrate")])
    assert entities.find(context([a, c], {("c1", "c3"): (0.85, 0.85)})) == []
    # a one-word honorific is no office ("Mr.", "Dr.")
    d_text = "Dr. Ana Ruiz was voted out on Tuesday."
    d = claim("c4", "b", d_text, entities=[ent(d_text, "Ana Ruiz", "PERSON", "ana ruiz", "nsubjpass:vote")])
    e_text = "Dr. Rita Moss was voted out on Tuesday."
    e = claim("c5", "a", e_text, entities=[ent(e_text, "Rita Moss", "PERSON", "moss rita", "nsubjpass:vote")])
    assert [p.type for p in entities.find(context([e, d], {("c5", "c4"): (0.85, 0.85)}))] == ["entity"]  # the people rule's
    assert entities._title_holders(context([e, d], {("c5", "c4"): (0.85, 0.85)}), "c5", "c4") is None
    # one person, the office of two places
    def general(cid, aid, place, label, key, verb):
        text = f"{place} Attorney General Ana Ruiz " + ("said the suit had no merit." if verb == "say" else "called the suit meritless.")
        return claim(cid, aid, text, entities=[ent(text, place, label, key, f"nsubj:{verb}"),
                                               ent(text, "Ana Ruiz", "PERSON", "ana ruiz", f"nsubj:{verb}")])
    f, g = general("c6", "a", "Norland", "GPE", "norland", "say"), general("c7", "b", "Estland", "GPE", "estland", "call")
    found = entities.find(context([f, g], {("c6", "c7"): (0.8, 0.8)}))
    assert [p.values for p in found] == [{"c6": "Norland", "c7": "Estland"}]
    # one place's two adjectives ("Norlandic" / "Norlandish"), read as one place, are one office
    m = general("c10", "b", "Norlandic", "NORP", "norland", "call")
    n = general("c11", "a", "Norlandish", "NORP", "norland", "say")
    assert entities.find(context([n, m], {("c11", "c10"): (0.8, 0.8)})) == []
    # a party's word is no place: "Norland Attorney General" / "Democratic Attorney General" are
    # both hers; with a party beside the place, two places still differ
    party = general("c12", "b", "Democratic", "NORP", "democratic", "call")
    assert entities.find(context([f, party], {("c6", "c12"): (0.8, 0.8)})) == []
    both = general("c13", "b", "Estland Democratic", "GPE", "estland", "call")
    both = both.model_copy(update={"facts": both.facts.model_copy(update={"entities": [
        ent(both.text, "Estland", "GPE", "estland", "nsubj:call"), ent(both.text, "Democratic", "NORP", "democratic", "nsubj:call"),
        ent(both.text, "Ana Ruiz", "PERSON", "ana ruiz", "nsubj:call")]})})
    assert [p.values for p in entities.find(context([f, both], {("c6", "c13"): (0.8, 0.8)}))] == [{"c6": "Norland", "c13": "Estland"}]
    # a firm's name after "the ... of" is no title
    h_text = "He was a partner in the Norland office of Brandt, Okafor and Lee."
    h = claim("c8", "a", h_text, entities=[ent(h_text, "Okafor", "PERSON", "okafor", "pobj:be")])
    k_text = "He was a partner in the Estland office of Brandt, Okafor and Lee."
    k = claim("c9", "b", k_text, entities=[ent(k_text, "Okafor", "PERSON", "okafor", "pobj:be")])
    assert entities._title_holders(context([h, k], {("c8", "c9"): (0.9, 0.9)}), "c8", "c9") is None


def test_a_name_that_qualifies_another_noun_fills_no_role():
    text = "The mayor said Vance's account was hacked."
    a = claim("c1", "a", text, entities=[Entity(text="Vance", label="PERSON", key="vance", start=text.index("Vance"),
                                                end=text.index("Vance") + 5, anchor="nsubjpass:hack")])
    text_b = "The mayor said the Ruiz account was hacked."
    b = claim("c2", "b", text_b, entities=[Entity(text="Ruiz", label="PERSON", key="ruiz", start=text_b.index("Ruiz"),
                                                  end=text_b.index("Ruiz") + 4, anchor="nsubjpass:hack")])
    assert entities.find(context([a, b], {("c1", "c2"): (0.85, 0.85)})) == []
    # in a pair that states one fact beyond doubt, whose account it was is part of the fact
    found = entities.find(context([a, b], {("c1", "c2"): (0.9, 0.9)}))
    assert [p.values for p in found] == [{"c1": "Vance", "c2": "Ruiz"}]


def test_a_family_named_in_the_plural_after_the_fills_its_role():
    text = "Last year the Ruizes paid a rate of 30 percent."
    family = claim("c1", "a", text)
    assert not entities.qualifies_noun(family, ent(text, "Ruizes", "PERSON", "ruizes", "nsubj:pay"))
    campaign = "The mayor said the Ruiz campaign was hacked."
    assert entities.qualifies_noun(claim("c2", "a", campaign), ent(campaign, "Ruiz", "PERSON", "ruiz", "nsubjpass:hack"))


def test_one_person_named_twice_in_a_claim_is_one_person():
    ta = "The governor praised his former aide, Ana Ruiz, in a statement."
    a = claim("c1", "a", ta, entities=[ent(ta, "Ana Ruiz", "PERSON", "ruiz ana", "dobj:praise")])
    tb = "The governor praised former aide Tom Vance, saying only Vance had stood by him."
    b = claim("c2", "b", tb, entities=[ent(tb, "Tom Vance", "PERSON", "vance tom", "dobj:praise"),
                                       Entity(text="Vance", label="PERSON", key="vance", start=tb.rindex("Vance"),
                                              end=tb.rindex("Vance") + 5, anchor="nsubj:stand")])
    found = entities.find(context([a, b], {("c1", "c2"): (0.8, 0.8)}))
    assert [p.values for p in found] == [{"c1": "Ana Ruiz", "c2": "Tom Vance"}]


def test_one_person_against_several_meets_the_one_in_the_very_role():
    ta = "Moss will become the second woman to lead the court, after Ana Ruiz, who served from 1990 to 2001."
    a = claim("c1", "a", ta, entities=[ent(ta, "Moss", "PERSON", "moss", "nsubj:become"),
                                       ent(ta, "Ana Ruiz", "PERSON", "ruiz ana", "prep:become")])
    tb = "and will become the first woman to lead the court since Lia Chen held the post from 1990 to 2001."
    b = claim("c2", "b", tb, entities=[ent(tb, "Lia Chen", "PERSON", "chen lia", "prep:become")])
    found = entities.find(context([a, b], {("c1", "c2"): (0.85, 0.85)}))
    assert [p.values for p in found] == [{"c1": "Ana Ruiz", "c2": "Lia Chen"}]
    # two people of the several in that role: which one would be the other's is not known
    tc = "Moss will lead the court after Ana Ruiz and Ben Okafor, who served from 1990 to 2001."
    c = claim("c3", "a", tc, entities=[ent(tc, "Moss", "PERSON", "moss", "nsubj:lead"),
                                       ent(tc, "Ana Ruiz", "PERSON", "ruiz ana", "prep:lead"),
                                       ent(tc, "Ben Okafor", "PERSON", "okafor ben", "prep:lead")])
    td = "and will lead the court after Lia Chen, who served from 1990 to 2001."
    d = claim("c4", "b", td, entities=[ent(td, "Lia Chen", "PERSON", "chen lia", "prep:lead")])
    assert entities.find(context([c, d], {("c3", "c4"): (0.85, 0.85)})) == []


def test_figures_of_one_measured_thing_are_compared_whatever_the_verbs():
    a = claim("c1", "a", "The agency's effective federal tax rate for 2020 was 31.2 percent.",
              quantities=[Quantity(text="31.2 percent", value=31.2, unit="percent", start=0, end=12, anchor="be",
                                   measures="effective federal tax rate")])
    b = claim("c2", "b", "That year the agency paid a federal tax rate of 27.4 percent.",
              quantities=[Quantity(text="27.4 percent", value=27.4, unit="percent", start=0, end=12, anchor="pay",
                                   measures="federal tax rate")])
    assert [p.values for p in numbers.find(context([a, b], {("c1", "c2"): (0.35, 0.9)}))] == [{"c1": "31.2 percent", "c2": "27.4 percent"}]
    c = claim("c3", "b", "That year the agency paid a combined rate of 27.4 percent.",
              quantities=[Quantity(text="27.4 percent", value=27.4, unit="percent", start=0, end=12, anchor="pay",
                                   measures="combine rate")])
    assert numbers.find(context([a, c], {("c1", "c3"): (0.35, 0.9)})) == []  # another rate


def test_of_several_figures_the_one_that_measures_the_same_thing_is_compared():
    def q(text, value, measures):
        return Quantity(text=text, value=value, unit="usd", start=0, end=len(text), anchor="pay", measures=measures)

    a = claim("c1", "a", "The firm paid $2.1 million in county levies and $1.4 million in state levies.",
              quantities=[q("$2.1 million", 2.1e6, "county levy"), q("$1.4 million", 1.4e6, "state levy")])
    b = claim("c2", "b", "The firm paid $3.2 million in county levies over the decade.",
              quantities=[q("$3.2 million", 3.2e6, "county levy")])
    assert [p.values for p in numbers.find(context([a, b], {("c1", "c2"): (0.7, 0.9)}))] == [{"c1": "$2.1 million", "c2": "$3.2 million"}]
    # two pairs would do: the one whose measures read alike
    c = claim("c3", "a", "Its county levy rate was 4.1 percent, and its levy rate overall 6.2 percent.",
              quantities=[Quantity(text="4.1 percent", value=4.1, unit="percent", start=0, end=11, anchor="be", measures="county levy rate"),
                          Quantity(text="6.2 percent", value=6.2, unit="percent", start=0, end=11, anchor="be", measures="levy rate")])
    d = claim("c4", "b", "The firm paid a county levy rate of 5.3 percent.",
              quantities=[Quantity(text="5.3 percent", value=5.3, unit="percent", start=0, end=11, anchor="pay", measures="county levy rate")])
    assert [p.values for p in numbers.find(context([c, d], {("c3", "c4"): (0.7, 0.9)}))] == [{"c3": "4.1 percent", "c4": "5.3 percent"}]


def said(cid, aid, words):
    """A claim quoting ``words`` of the named speaker Okafor: '“words,” Okafor said.'"""
    from crosscheck.models import Quote

    text = f"“{words},” Okafor said."
    return claim(cid, aid, text, quotes=[Quote(text=words, speaker="okafor", start=1, end=1 + len(words))],
                 entities=[person("Okafor", "okafor", "nsubj:say")])


def quote_types(one: str, other: str) -> list[str]:
    """The types of the findings on two outlets' quotations of Okafor (:func:`said`), in a pair
    that states one fact beyond doubt."""
    return [p.type for p in quotes.find(context([said("c1", "a", one), said("c2", "b", other)], {("c1", "c2"): (0.9, 0.9)}))]


def test_a_short_quotation_is_matched_with_a_longer_one_through_its_word_pairs():
    a = said("c1", "a", "Ruiz lied and they ruined his career")
    b = said("c2", "b", "Ruiz lied, and it ruined his career, and I think that is sad")
    found = quotes.find(context([a, b], {("c1", "c2"): (0.2, 0.2)}))
    assert [p.explanation.rsplit(": ", 1)[1] for p in found] == ["and they →, and it"]


# ---- status ---------------------------------------------------------------------------------

def test_status_of_one_act_and_not_of_the_act_agreed_to():
    done = claim("c1", "a", "The council approved the budget.", actions=["approve"], modality="asserted", tense="past")
    pending = claim("c2", "b", "The council is likely to approve the budget.", actions=["approve"], modality="expected")
    found = status.find(context([done, pending], {("c1", "c2"): (0.8, 0.8)}))
    assert [(p.type, p.claims) for p in found] == [("status", ("c2", "c1"))]
    agreed = claim("c3", "a", "They agreed to maintain contacts.", actions=["agree", "maintain"], modality="asserted", tense="past")
    plan = claim("c4", "b", "They plan to maintain contacts.", actions=["maintain"], modality="planned")
    assert status.find(context([agreed, plan], {("c3", "c4"): (0.8, 0.8)})) == []


def test_pressing_for_a_thing_pledged_and_done_is_one_stance_not_a_status():
    """"would push for a harbour levy" (a pledge told in reported speech) / "pushed a harbour
    levy" (in a speech): pressing for a thing is told in words, one stance; "would sign the levy"
    / "signed the levy" is an act to come and done."""
    def found(verb: str, past: str) -> list[str]:
        pledged = claim("c1", "a", f"and would {verb} for a harbour levy rather than higher fares.",
                        actions=[verb], acts={verb: "expected"}, modality="asserted")
        done = claim("c2", "b", f"The mayor {past} a harbour levy rather than higher fares.",
                     actions=[verb], acts={verb: "done"}, modality="asserted", tense="past")
        return [p.type for p in status.find(context([pledged, done], {("c1", "c2"): (0.8, 0.8)}))]

    assert found("push", "pushed") == []
    assert found("sign", "signed") == ["status"]


def test_agreements_on_two_acts_told_in_one_place_are_two_agreements():
    """"Ruiz might agree to pull the guards from Norland" / "officials in Norland said Ruiz
    agreed to meet the mayor": the place both name is where the story happens, no word of what
    is agreed (pulling the guards, meeting the mayor); two agreements. Both naming what is agreed
    ("the guards") is one agreement, told as possible and as done."""
    def names(text: str) -> list[Entity]:
        return [ent(text, "Norland", "GPE", "norland", "pobj:pull"), ent(text, "Ruiz", "PERSON", "ruiz", "nsubj:agree")]

    def found(other: str) -> list[str]:
        might = "Analysts said Ruiz might agree to pull the guards from Norland."
        a = claim("c1", "a", might, actions=["agree", "pull"], acts={"agree": "possible", "pull": "possible"},
                  doers={"agree": "ruiz"}, entities=names(might), modality="possible")
        b = claim("c2", "b", other, actions=["agree", "meet"], acts={"agree": "done", "meet": "done"},
                  doers={"agree": "ruiz"}, entities=names(other), modality="asserted", tense="past")
        return [p.type for p in status.find(context([a, b], {("c1", "c2"): (0.5, 0.5)}))]

    assert found("Officials in Norland said Ruiz agreed to meet the mayor soon.") == []
    assert found("Officials in Norland said Ruiz agreed to meet the guards soon.") == ["status"]


def test_an_act_set_for_the_day_both_wrote_and_told_done_that_day_is_explained_by_the_hour():
    """"Ruiz plans to sign the harbour bill at 4 p.m. Friday" on a Friday page / "Ruiz signed the
    harbour bill Friday" that day: written before the act, low and so explained; the plan told
    with no day is medium, not explained."""
    def found(when: str, dated: bool = True) -> list[tuple[str, str]]:
        plan = f"Ruiz plans to sign the harbour bill{when}."
        done = "Ruiz signed the harbour bill Friday."
        a = claim("c1", "a", plan, actions=["sign"], acts={"sign": "planned"}, doers={"sign": "ruiz"},
                  dates=[day("Friday", DAY, "sign")] if when and dated else [], modality="planned")
        b = claim("c2", "b", done, actions=["sign"], acts={"sign": "done"}, doers={"sign": "ruiz"},
                  dates=[day("Friday", DAY, "sign")], modality="asserted", tense="past")
        return [(p.severity, p.explanation.split(" (")[-1]) for p in status.find(context([a, b], {("c1", "c2"): (0.9, 0.9)}))]

    assert found(" at 4 p.m. Friday") == [
        ("low", "explained by publication time: Outlet A sets it for 2024-03-08, the day it wrote, and Outlet B wrote that day too)")]
    assert found("") == [("medium", "not explained by publication time: both wrote on 2024-03-08)")]
    # set hours on from the moment told, with no day: that day too ("just hours before she was due to sign")
    assert found(" later today", dated=False)[0][0] == "low"
    assert found(", just hours after the ferry docked", dated=False)[0][0] == "low"
    assert found(" within hours of the vote", dated=False)[0][0] == "medium"


def test_an_agreement_to_go_on_expected_later_or_undated_is_a_new_agreement_not_a_status_finding():
    done = claim("c1", "a", "The two ministers agreed to maintain close contacts through regular visits.",
                 actions=["agree", "maintain"], modality="asserted", tense="past")
    again = claim("c2", "b", "The ministers are expected to agree to maintain close contacts.",
                  actions=["agree", "maintain"], modality="expected")
    begin = claim("c3", "b", "The ministers are expected to agree to begin regular visits.",
                  actions=["agree", "begin"], modality="expected")
    pairs = {("c1", "c2"): (0.8, 0.8), ("c1", "c3"): (0.8, 0.8)}
    later = {"a": DAY, "b": DAY + dt.timedelta(days=60)}
    # told on the same day, "expected to agree" against "agreed" is one agreement in two statuses
    assert [p.claims for p in status.find(context([done, again], pairs))] == [("c2", "c1")]
    # two months later, or with no date, it may be a second agreement to keep contacts going
    assert status.find(context([done, again], pairs, later)) == []
    assert status.find(context([done, again], pairs, {"b": None})) == []
    # beginning what was already agreed cannot follow the agreement, whenever it is told
    assert [p.claims for p in status.find(context([done, begin], pairs, later))] == [("c3", "c1")]


def test_an_intention_against_a_will_is_one_intention_and_a_possibility_against_it_is_not():
    intends = claim("c1", "a", "The minister intends to appeal the ruling.", actions=["appeal"], modality="planned")
    will = claim("c2", "b", "The minister will appeal the ruling, she said.", actions=["appeal"], modality="future")
    could = claim("c3", "c", "The minister could appeal the ruling.", actions=["appeal"], modality="possible")
    assert status.find(context([intends, will], {("c1", "c2"): (0.8, 0.8)})) == []
    assert [p.claims for p in status.find(context([could, will], {("c2", "c3"): (0.8, 0.8)}))] == [("c3", "c2")]


def test_status_of_one_act_in_a_pair_no_more_than_likely_to_state_one_fact():
    # a status told otherwise lowers the pair's probability as a changed figure does: pairs at
    # 0.3 are compared for status, where the other types ask 0.5 (but for their clash)
    done = claim("c1", "a", "Dozens of councillors boycotted the opening of the bridge.",
                 acts={"boycott": "done"}, doers={"boycott": "councillor"},
                 lemmas=["dozen", "councillor", "boycott", "opening", "bridge"])
    pending = claim("c2", "b", "About 40 councillors are expected to boycott the bridge's opening.",
                    acts={"boycott": "expected"}, doers={"boycott": "councillor"},
                    lemmas=["councillor", "expect", "boycott", "bridge", "opening"])
    assert [p.claims for p in status.find(context([done, pending], {("c1", "c2"): (0.35, 0.35)}))] == [("c2", "c1")]
    # under the bar only a doer both claims name by one word, the act done to one thing, is
    # compared (``status._acts_of_one_doer``); a doer left unread on one side is not
    unread = pending.model_copy(update={"facts": pending.facts.model_copy(update={"doers": {}})})
    assert [p.claims for p in status.find(context([done, unread], {("c1", "c2"): (0.35, 0.35)}))] == [("c2", "c1")]
    assert status.find(context([done, unread], {("c1", "c2"): (0.25, 0.25)})) == []
    assert [p.claims for p in status.find(context([done, pending], {("c1", "c2"): (0.25, 0.25)}))] == [("c2", "c1")]


def test_status_of_an_act_told_outside_the_quotation_of_a_claim_that_quotes():
    """A claim that quotes someone still tells its own acts: 'Ruiz issued a statement on Friday,
    saying, "..."' against 'Ruiz could issue a statement, saying, "..."' is a status finding;
    an act inside the quotation ('said the board "could issue a statement"') is the remark's."""
    words = "We never hid a single invoice from the auditors"

    def quoting(cid, aid, text, act_status):
        i = text.index(words)
        return claim(cid, aid, text, actions=["issue"], acts={"issue": act_status}, doers={"issue": "ruiz"},
                     quotes=[Quote(text=words, speaker="ruiz", start=i, end=i + len(words))])
    done = quoting("c1", "a", f'Ruiz issued a statement on Friday, saying, "{words}."', "done")
    pending = quoting("c2", "b", f'Ruiz could issue a statement on Friday, saying, "{words}."', "possible")
    assert [p.claims for p in status.find(context([done, pending], {("c1", "c2"): (0.9, 0.9)}))] == [("c2", "c1")]
    remark = f"The board could issue a statement on Friday, because {words.lower()}"
    inside = f'Ruiz said: "{remark}."'
    told = claim("c3", "b", inside, actions=["issue"], acts={"issue": "possible"}, doers={"issue": "ruiz"},
                 quotes=[Quote(text=remark, speaker="ruiz", start=inside.index(remark), end=inside.index(remark) + len(remark))])
    assert status.find(context([done, told], {("c1", "c3"): (0.9, 0.9)})) == []


def test_status_of_an_act_in_a_pair_under_named_doer_needs_more_than_the_verb_in_common():
    """Under NAMED_DOER, the two claims must share a word besides the act and the people they
    name ("the hearing could begin by Aug. 20" / "the senator began making the rounds": one verb,
    two things begun)."""
    could = claim("c1", "a", "The ferry inquiry could close by late August.", actions=["close"],
                  acts={"close": "possible"}, modality="possible", lemmas=["ferry", "inquiry", "close", "late", "august"])
    began = claim("c2", "b", "The ferry inquiry closed after hearing harbour pilots on Monday.", actions=["close", "hear"],
                  acts={"close": "done"}, tense="past", lemmas=["ferry", "inquiry", "close", "hear", "harbour", "pilot", "monday"])
    pairs = {("c1", "c2"): (0.5, 0.5)}
    assert [p.claims for p in status.find(context([could, began], pairs))] == [("c1", "c2")]
    apart = claim("c2", "b", "Its new chair closed a session with harbour pilots.", actions=["close"],
                  acts={"close": "done"}, tense="past", lemmas=["new", "chair", "close", "session", "harbour", "pilot"])
    assert status.find(context([could, apart], pairs)) == []
    # likely enough to state one fact, the verb alone will do
    assert [p.claims for p in status.find(context([could, apart], {("c1", "c2"): (0.75, 0.75)}))] == [("c1", "c2")]
    # a person both name in a role of the act, or a figure of one unit on it, is more than the verb
    ta, tb = "The skipper could meet Ines Okafor at the pier.", "The skipper met Ines Okafor on Monday."
    may_meet = claim("c3", "a", ta, actions=["meet"], acts={"meet": "possible"}, modality="possible",
                     lemmas=["skipper", "meet", "pier"], entities=[ent(ta, "Ines Okafor", "PERSON", "ines okafor", "dobj:meet")])
    met = claim("c4", "b", tb, actions=["meet"], acts={"meet": "done"}, tense="past",
                lemmas=["met", "monday"], entities=[ent(tb, "Ines Okafor", "PERSON", "ines okafor", "dobj:meet")])
    assert [p.claims for p in status.find(context([may_meet, met], {("c3", "c4"): (0.5, 0.5)}))] == [("c3", "c4")]
    unnamed = met.model_copy(update={"facts": met.facts.model_copy(update={"entities": []})})
    assert status.find(context([may_meet, unnamed], {("c3", "c4"): (0.5, 0.5)})) == []
    # a name that is the act's doer, where the parser hangs it on another verb ("Okafor and Ruiz
    # are due to meet": on "are")
    te, tf = "Okafor and Ruiz are due to meet at the pier.", "After Okafor and Ruiz met on Monday, the strike ended."
    due = claim("c7", "a", te, actions=["meet"], acts={"meet": "expected"}, modality="expected", doers={"meet": "okafor"},
                lemmas=["due", "meet", "pier"], entities=[ent(te, "Okafor", "PERSON", "okafor", "nsubj:be")])
    after = claim("c8", "b", tf, actions=["end"], acts={"meet": "done", "end": "done"}, doers={"meet": "okafor"},
                  lemmas=["meet", "monday", "strike", "end"], entities=[ent(tf, "Okafor", "PERSON", "okafor", "nsubj:meet")])
    assert [p.claims for p in status.find(context([due, after], {("c7", "c8"): (0.5, 0.5)}))] == [("c7", "c8")]
    undone = due.model_copy(update={"facts": due.facts.model_copy(update={"doers": {}})})
    assert status.find(context([undone, after], {("c7", "c8"): (0.5, 0.5)})) == []
    # a name hung on another act's verb is not named in this one ("Okafor would follow with a
    # visit to meet ...": the following is Okafor's)
    other = due.model_copy(update={"facts": due.facts.model_copy(update={
        "entities": [ent(te, "Okafor", "PERSON", "okafor", "nsubj:follow")]})})
    assert status.find(context([other, after], {("c7", "c8"): (0.5, 0.5)})) == []
    tc, td = "The appeal could raise $2 million for the pier.", "The appeal raised $2.4 million."
    may_raise = claim("c5", "a", tc, actions=["raise"], acts={"raise": "possible"}, modality="possible", lemmas=["appeal", "raise", "pier"],
                      quantities=[Quantity(text="$2 million", value=2e6, unit="usd", start=tc.index("$"), end=tc.index("$") + 9, anchor="raise")])
    raised = claim("c6", "b", td, actions=["raise"], acts={"raise": "done"}, tense="past", lemmas=["raise"],
                   quantities=[Quantity(text="$2.4 million", value=2.4e6, unit="usd", start=td.index("$"), end=td.index("$") + 11, anchor="raise")])
    assert [p.claims for p in status.find(context([may_raise, raised], {("c5", "c6"): (0.5, 0.5)}))] == [("c5", "c6")]
    unfigured = raised.model_copy(update={"facts": raised.facts.model_copy(update={"quantities": []})})
    assert status.find(context([may_raise, unfigured], {("c5", "c6"): (0.5, 0.5)})) == []


def test_a_question_tells_no_status():
    done = claim("c1", "a", "The auditor confirmed the aide was linked to the leak.", acts={"link": "done"},
                 doers={"link": "aide"})
    asked = claim("c2", "b", "A memo that could link the aide to the leak?", actions=["link"], acts={"link": "possible"},
                  doers={"link": "aide"})
    pairs = {("c1", "c2"): (0.8, 0.8)}
    assert status.find(context([done, asked], pairs)) == []
    told = asked.model_copy(update={"text": "A memo could link the aide to the leak."})
    assert [p.claims for p in status.find(context([done, told], pairs))] == [("c2", "c1")]


def test_the_main_act_is_compared_by_its_own_status_where_the_claim_gives_it_one():
    """"said the union was ready to offer a truce and that the board had wasted a chance"
    tells the wasting done, whatever status the claim's first clause gives."""
    two = claim("c1", "a", "The leader said the union was ready to offer a truce and that the board had wasted a chance.",
                actions=["waste", "offer"], acts={"offer": "planned", "waste": "done"}, modality="planned")
    done = claim("c2", "b", "She said the board had wasted a chance.", actions=["waste"], acts={"waste": "done"},
                 modality="asserted", tense="past")
    assert status.find(context([two, done], {("c1", "c2"): (0.9, 0.9)})) == []
    pending = two.model_copy(update={"facts": two.facts.model_copy(update={"acts": {"offer": "planned", "waste": "planned"}})})
    assert [p.claims for p in status.find(context([pending, done], {("c1", "c2"): (0.9, 0.9)}))] == [("c1", "c2")]


def test_what_a_measure_would_do_is_what_it_says_not_an_act_to_come():
    """"the bill would provide $4 million" tells what the bill provides, against "it provided
    $4 million"; "the bill would pass" against "the bill passed" is a status told two ways."""
    says = claim("c1", "a", "But the bill would provide only $4 million for the harbour.", actions=["provide"],
                 acts={"provide": "expected"}, doers={"provide": "bill"}, modality="expected")
    gave = claim("c2", "b", "The bill provided $4 million for the harbour.", actions=["provide"],
                 acts={"provide": "done"}, doers={"provide": "bill"}, modality="asserted", tense="past")
    assert status.find(context([says, gave], {("c1", "c2"): (0.8, 0.8)})) == []
    due = claim("c3", "a", "The bill would pass the council easily.", actions=["pass"],
                acts={"pass": "expected"}, doers={"pass": "bill"}, modality="expected")
    passed = claim("c4", "b", "The bill passed the council easily.", actions=["pass"],
                   acts={"pass": "done"}, doers={"pass": "bill"}, modality="asserted", tense="past")
    assert [p.claims for p in status.find(context([due, passed], {("c3", "c4"): (0.8, 0.8)}))] == [("c3", "c4")]


def test_beginning_two_other_acts_is_no_status_finding():
    """"are due to begin training" against "has begun installing lockers": two acts begun."""
    due = claim("c1", "a", "Ferry crews are due to begin training on the new gangways this month.",
                actions=["begin", "train"], acts={"begin": "expected", "train": "expected"},
                doers={"begin": "crew", "train": "crew"}, modality="expected")
    begun = claim("c2", "b", "The ferry company has begun installing lockers on the new gangways.",
                  actions=["begin", "install"], acts={"begin": "done"}, doers={"begin": "company"},
                  modality="asserted", tense="past")
    pairs = {("c1", "c2"): (0.8, 0.8)}
    assert status.find(context([due, begun], pairs)) == []
    # beginning one act, told as due and as begun, is a status told two ways
    trained = begun.model_copy(update={"text": "Ferry crews have begun training on the new gangways.",
                                       "facts": begun.facts.model_copy(update={"actions": ["begin", "train"],
                                                                               "doers": {"begin": "crew"}})})
    assert [p.claims for p in status.find(context([due, trained], pairs))] == [("c1", "c2")]
    # the act begun named by a noun in the other claim is one act ("to begin investigating" / "the
    # investigation began ... and expanded")
    probe = claim("c3", "a", "Auditors are due to begin investigating the ferry accounts.", actions=["begin", "investigate"],
                  acts={"begin": "expected", "investigate": "expected"}, doers={"begin": "auditor"}, modality="expected",
                  lemmas=["auditor", "begin", "investigate", "ferry", "account"])
    began = claim("c4", "b", "The investigation of the ferry accounts began in spring and expanded.", actions=["begin", "expand"],
                  acts={"begin": "done", "expand": "done"}, modality="asserted", tense="past",
                  lemmas=["investigation", "ferry", "account", "begin", "spring", "expand"])
    assert [p.claims for p in status.find(context([probe, began], {("c3", "c4"): (0.8, 0.8)}))] == [("c3", "c4")]


def test_status_of_any_act_both_claims_tell_with_one_status_each():
    done = claim("c1", "a", "The audit showed that the agency spent $4 million on the fleet.",
                 actions=["show"], acts={"show": "done", "spend": "done"}, modality="asserted", tense="past")
    pending = claim("c2", "b", "The agency is set to spend $4 million on the fleet.",
                    actions=["spend"], acts={"spend": "expected"}, modality="expected")
    found = status.find(context([done, pending], {("c1", "c2"): (0.8, 0.8)}))
    assert [(p.claims, p.values["c2"]) for p in found] == [(("c2", "c1"), "is set to spend")]
    assert "'spend'" in found[0].explanation
    # an act told with two statuses in one claim, or pending in both, is no finding
    both = claim("c3", "a", "The agency spent $4 million and will spend more.", acts={}, modality="asserted", tense="past")
    maybe = claim("c4", "a", "The agency could spend $4 million.", acts={"spend": "possible"}, modality="possible")
    assert status.find(context([both, pending], {("c2", "c3"): (0.8, 0.8)})) == []
    assert status.find(context([maybe, pending], {("c2", "c4"): (0.8, 0.8)})) == []
    # the same verb done by another subject is another act
    met = claim("c5", "a", "The minister met students on Tuesday.", acts={"meet": "done"}, doers={"meet": "minister"})
    due = claim("c6", "b", "The panel was scheduled to meet on Tuesday.", acts={"meet": "expected"}, doers={"meet": "panel"})
    assert status.find(context([met, due], {("c5", "c6"): (0.8, 0.8)})) == []
    assert len(status.find(context([met, due.model_copy(update={"facts": due.facts.model_copy(update={"doers": {"meet": "ministers"}})})],
                                   {("c5", "c6"): (0.8, 0.8)}))) == 1
    # one noun written in the plural by one claim and in the singular by the other: two doers
    many = claim("c12", "b", "Reports said three nurses may be involved in the theft.", acts={"involve": "possible"}, actions=["involve"],
                 doers={"involve": "nurse"})
    one = claim("c13", "a", "He said the nurse was involved in the theft.", acts={"involve": "done"}, doers={"involve": "nurse"})
    assert status.find(context([many, one], {("c12", "c13"): (0.5, 0.5)})) == []
    one_of = claim("c14", "a", "He said the nurses were involved in the theft.", acts={"involve": "done"}, doers={"involve": "nurse"})
    assert len(status.find(context([many, one_of], {("c12", "c14"): (0.5, 0.5)}))) == 1
    # a family named by one of its members: "the Okafors" against "Ada and Ben Okafor"
    paid = claim("c7", "a", "The documents show the Okafors paid the levy.", acts={"pay": "done"}, doers={"pay": "okafors"})
    owes = claim("c8", "b", "Ada and Ben Okafor are likely to pay the levy.", acts={"pay": "expected"}, doers={"pay": "ada"},
                 entities=[person("Ben Okafor", "ben okafor", "nsubj:pay")])
    assert [p.claims for p in status.find(context([paid, owes], {("c7", "c8"): (0.8, 0.8)}))] == [("c8", "c7")]
    # one doer, one verb, done with other people: two meetings, not one told two ways
    will = claim("c9", "a", "Ruiz said he plans to meet soon with Ada Okafor.", acts={"meet": "planned"}, doers={"meet": "ruiz"},
                 entities=[person("Ada Okafor", "ada okafor", "prep:meet")])
    met_other = claim("c10", "b", "Ruiz met with Governor Tom Vance on Friday.", acts={"meet": "done"}, doers={"meet": "ruiz"},
                      entities=[person("Tom Vance", "tom vance", "prep:meet")])
    met_her = claim("c11", "b", "Ruiz met with Okafor on Friday.", acts={"meet": "done"}, doers={"meet": "ruiz"},
                    entities=[person("Okafor", "okafor", "prep:meet")])
    assert status.find(context([will, met_other], {("c9", "c10"): (0.8, 0.8)})) == []
    assert [p.claims for p in status.find(context([will, met_her], {("c9", "c11"): (0.8, 0.8)}))] == [("c9", "c11")]
    # a surname the parser tags as an organisation is someone met all the same
    met_org = claim("c12", "b", "Ruiz met with Vance on Friday.", acts={"meet": "done"}, doers={"meet": "ruiz"},
                    entities=[Entity(text="Vance", label="ORG", key="vance", start=14, end=19, anchor="prep:meet")])
    assert status.find(context([will, met_org], {("c9", "c12"): (0.8, 0.8)})) == []
    # one meeting told from each side: the one met in one claim meets in the other
    due = claim("c13", "a", "The harbour board was set to meet with Ruiz on Friday.", acts={"meet": "expected"},
                doers={"meet": "board"}, entities=[Entity(text="Ruiz", label="PERSON", key="ruiz", start=37, end=41,
                                                          anchor="prep:meet")])
    met_board = claim("c14", "b", "Ruiz met with the Harbour Board on Friday.", acts={"meet": "done"}, doers={"meet": "ruiz"},
                      entities=[Entity(text="Ruiz", label="PERSON", key="ruiz", start=0, end=4, anchor="nsubj:meet"),
                                Entity(text="Harbour Board", label="ORG", key="harbour board", start=18, end=31,
                                       anchor="prep:meet")])
    assert len(status.find(context([due, met_board], {("c13", "c14"): (0.8, 0.8)}))) == 1
    # the one met in one claim the subject of the other, where its parser tagged no name
    untagged = met_board.model_copy(update={"facts": met_board.facts.model_copy(update={"entities": met_board.facts.entities[1:]})})
    assert len(status.find(context([due, untagged], {("c13", "c14"): (0.8, 0.8)}))) == 1


def test_an_act_one_outlet_says_will_not_happen_against_its_telling_as_to_come():
    sunday = dt.date(2024, 3, 10)
    could = claim("c1", "a", "If the rain stops, the parade could take place on Sunday.", acts={"take": "possible"},
                  dates=[DateRef(text="Sunday", start=0, end=6, low=sunday, high=sunday, weekday=6, anchor="take")])
    off = claim("c2", "b", "The mayor said the parade would not be held this Sunday.", denied={"hold": "expected"},
                dates=[DateRef(text="Sunday", start=0, end=6, low=sunday, high=sunday, weekday=6, anchor="hold")])
    found = status.find(context([could, off], {("c1", "c2"): (0.95, 0.95)}))
    assert [(p.type, p.claims, p.severity, p.values["c2"]) for p in found] == [
        ("status", ("c1", "c2"), "medium", "would not be held")]
    # later the same day and the day after: the plan may have changed in between
    assert [p.severity for p in status.find(context([could, off], {("c1", "c2"): (0.95, 0.95)},
                                                     {"b": DAY + dt.timedelta(days=1)}))] == ["low"]
    # a pair only likely to state one fact; another day; the same verb needs no day
    assert status.find(context([could, off], {("c1", "c2"): (0.8, 0.8)})) == []
    other_day = off.model_copy(update={"facts": off.facts.model_copy(update={"dates": [
        DateRef(text="Saturday", start=0, end=8, low=sunday - dt.timedelta(days=1), high=sunday - dt.timedelta(days=1), anchor="hold")]})})
    assert status.find(context([could, other_day], {("c1", "c2"): (0.95, 0.95)})) == []
    # a bound on the act ("not before Sunday") or other days told of one verb: both may hold
    june, july = dt.date(2024, 6, 1), dt.date(2024, 7, 1)
    text = "The pool would not reopen before June, the mayor said."
    shut = claim("c4", "b", text, denied={"reopen": "expected"},
                 dates=[DateRef(text="June", start=text.index("June"), end=text.index("June") + 4, low=june, high=june, anchor="reopen")])
    text = "The pool could reopen in July."
    maybe = claim("c5", "a", text, acts={"reopen": "possible"},
                  dates=[DateRef(text="July", start=text.index("July"), end=text.index("July") + 4, low=july, high=july, anchor="reopen")])
    assert status.find(context([shut, maybe], {("c4", "c5"): (0.95, 0.95)})) == []
    in_june = maybe.model_copy(update={"facts": maybe.facts.model_copy(update={"dates": [
        maybe.facts.dates[0].model_copy(update={"low": june, "high": june})]})})
    assert status.find(context([shut, in_june], {("c4", "c5"): (0.95, 0.95)})) == []  # "before June": a bound
    unbound = shut.model_copy(update={"text": "The pool would not reopen in June, the mayor said."})
    assert len(status.find(context([unbound, in_june], {("c4", "c5"): (0.95, 0.95)}))) == 1
    text = "The pool would not reopen until at least June, the mayor said."  # a bound too
    at_least = claim("c4", "b", text, denied={"reopen": "expected"},
                     dates=[DateRef(text="June", start=text.index("June"), end=text.index("June") + 4, low=june, high=june, anchor="reopen")])
    assert status.find(context([at_least, in_june], {("c4", "c5"): (0.95, 0.95)})) == []
    held = claim("c3", "a", "The parade was held on Sunday.", acts={"hold": "done"})
    assert [p.claims for p in status.find(context([held, off], {("c2", "c3"): (0.95, 0.95)}))] == [("c3", "c2")]


# ---- quotes ---------------------------------------------------------------------------------

@pytest.mark.parametrize("a, b, changes", [
    # cut short at either end: not a change of wording
    ("we will rebuild every school before the rains", "rebuild every school before the rains", ""),
    # pieces of one quotation with the words between them skipped
    ("very proud to announce \u2026 a deal to end the strike", "I am very proud to announce we have reached a deal to end the strike", ""),
    # reported speech and punctuation against a list's "and"
    ("looks forward to being fully cleared", "I look forward to being fully cleared", ""),
    ("Anna, Ben, Carl, the mayor have nothing on him", "Anna, Ben, Carl and the mayor have nothing on him", ""),
    # a word replaced, and one dropped, inside the remark
    ("no permits or licences were issued by us", "no permits and licences were issued by us", "or → and"),
    ("we are deeply grateful to the crews tonight", "we are grateful to the crews tonight", "deeply → (nothing)"),
    # a word changed next to the words one outlet skipped is still a change
    ("very proud to unveil \u2026 a deal to end the strike", "I am very proud to announce we have reached a deal to end the strike",
     "unveil … → announce we have reached"),
    # runs of three words, most of the remark: a word changed every few words
    ("insists on his innocence of any wrongdoing \u2026 will be cleared", "he insists on his good name of any wrongdoing and will be cleared soon",
     "innocence → good name"),
    # short remarks with no run of four words in common; an abbreviation is not wording
    ("I am truly sorry for Sen. Okafor", "I am sorry for Senator Okafor", "truly → (nothing)"),
    # a quote that ends a word past the last shared run, on a word the other has as near
    ("we never broke any county laws or codes", "we never broke any county laws and codes, and we never hid a thing", "or → and"),
    # a lone shared content word anchors what lies beside it; a lone function word does not
    ("grants to the farmers of the valley", "the stadium grants go to the farmers of the valley", "(nothing) → go"),
    ("to the farmers of the valley", "the stadium grants go to the farmers of the valley", ""),
    ("Ruiz lied and it is like they ruined his life", "Vance lied, and it is like they ruined his life", "Ruiz → Vance"),
    # a remark of four or five words: a run of three and all its words but one
    ("whatever this office holds", "I intend to use whatever weight this office holds to make them real", "(nothing) → weight"),
    # an article dropped or added is a copy-editor's choice
    ("It has been an honor and a privilege to serve", "It has been an honor and privilege to serve the county", ""),
    # a contraction spelled out, a house spelling, a word starred out: transcription, not wording
    ("We're not going to close the harbour this winter", "We are not going to close the harbour this winter", ""),
    ("I'd like to meet whoever drew up these maps", "I would like to meet whoever drew up these maps", ""),
    ("we're gonna rebuild the pier this spring", "we're going to rebuild the pier this spring", ""),
    ("the crews say the bridge is okay to use again", "the crews say the bridge is O.K. to use again", ""),
    ("we will not fund that d***ed stadium this year", "we will not fund that damned stadium this year", ""),
    ("we will not fund that d***ed stadium this year", "we will not fund that shiny stadium this year", "d***ed → shiny"),
    ("we will not fund that d***ed stadium this year", "we will not fund that d--ned stadium this year", ""),
    # dashed out after the first letter with one long dash or several
    ("we will not fund that d–ned stadium this year", "we will not fund that damned stadium this year", ""),
    ("we will not fund that d———ed stadium this year", "we will not fund that damned stadium this year", ""),
    ("we will not fund that d–ned stadium this year", "we will not fund that shiny stadium this year", "d–ned → shiny"),
    # cut off after two or three letters with a long dash
    ("I will give the bridge a bl– job this year", "I will give the bridge a blow job this year", ""),
    ("I will give the bridge a bl– job this year", "I will give the bridge a paint job this year", "bl– → paint"),
    # a one-letter word before a dash is a word: "a—what" is two
    ("we will fund a—what do you call it—a stadium", "we will fund a what do you call it a stadium", ""),
    # a word an outlet marks "(sic)": the speaker's own spelling, which the other corrected
    ("when I lost the race in Wisconsn (sic) last year", "when I lost the race in Wisconsin last year", ""),
    ("you only need to be hear (sic) a short while to see it", "you only need to be here a short while to see it", ""),
    # ... or left out: the other outlet quoted the remark without the slip
    ("we will have our own one (sic) harbour by the summer", "we will have our own harbour by the summer", ""),
    ("we will have our own one harbour by the summer", "we will have our own harbour by the summer", "one → (nothing)"),
    ("you only need to be hear a short while to see it", "you only need to be here a short while to see it", "hear → here"),
    # words skipped marked with three dots, and a word dashed out
    ("if you help me win you may have someone with my record, my voice, someone who has fought for years, on the board",
     "If you help me win, you may have someone with my record, my voice ... on the board", ""),
    ("you little son-of-a-b----, you", "you little son-of-a-bitch, you", ""),
    # a figure with an ordinal's ending, or without
    ("We're looking at March 3rd in the harbour hall", "We are looking at March 3 in the harbour hall", ""),
    # a long run of dots is one ellipsis
    ("He was a fine mayor..........who is being kept out of the race", "He was a fine mayor who is being kept out of the race", ""),
    # a compound written whole, hyphenated or in two words
    ("our shared work on flood defence and counterterrorism in the region", "our shared work on flood defence and counter-terrorism in the region", ""),
    ("our shared work on flood defence and counterterrorism in the region", "our shared work on flood defence and policing in the region", "counterterrorism → policing"),
    # a number written as a word or in figures
    ("there is a one-in-three chance we could lose", "there is a 1 in 3 chance we could lose", ""),
    ("there is a one-in-three chance we could lose", "there is a 1 in 4 chance we could lose", "one in three → 1 in 4"),
    ("took them up to the office on the 14th floor", "took them up to the office on the fourteenth floor", ""),
    ("took them up to the office on the 24th floor", "took them up to the office on the twenty-fifth floor", "24th → twenty fifth"),
    # "a hundred" counts one hundred, and a figure's thousands are one figure
    ("the crews pulled more than 300 people from the river", "the crews pulled more than three hundred people from the river", ""),
    ("the crews pulled more than a hundred people from the river", "the crews pulled more than 100 people from the river", ""),
    ("the crews pulled more than a thousand people from the river", "the crews pulled more than 1,000 people from the river", ""),
    ("the crews pulled more than a thousand people from the river", "the crews pulled more than 1,500 people from the river",
     "a thousand → 1, 500"),
    # one sentence made two: the subject of the second in place of "and"
    ("I promise to rebuild the bridge before the spring thaw", "and promise to rebuild the bridge before the spring thaw", ""),
    # cut short where the other goes on: the word the short one ends on meets its nearest match
    ("We are aware of reports,", "We are aware of the reports but we cannot confirm these reports.", ""),
    ("We are aware of many reports,", "We are aware of the reports but we cannot confirm these reports.", "many → the"),
    # cut short after a comma: the comma that closes both quotes is no shared word
    ("We are not going to pay,", "We are not going to pay for that stadium,", ""),
    # a piece one outlet quotes from the middle of the other's: words skipped, not changed
    ("show some basic respect \u2026 a seat at the table", "show some basic respect \u2026 give us our voice, not a seat at a table", ""),
    # a short quote lined up with the stretch of a long one that shares the most words, not the
    # one that shares the longest run ("in the High Court" early, "and we'll win at the High
    # Court" at the end)
    ("Then we'll end up in the High Court, and hopefully we'll get a fair hearing, and we'll win at the High Court",
     "And we'll win in the High Court,", "at → in"),
    # words an outlet adds in brackets or parentheses are its own, not the speaker's
    ("and now these (county) inspectors have too much say", "and now these inspectors have too much say", ""),
    ("if they [the councillors] do not pass the levy this month it will hurt", "if they do not pass the levy this month it will hurt", ""),
    ("I told [Okafor] that the depot would stay open", "I told him that the depot would stay open", ""),
    ("and now these (county) inspectors have too much say", "and now these inspectors have far too much say", "(nothing) → far"),
    # a word of the outlet's before the quotation lines up with another piece of the other's
    ("We will keep the harbour closed unless the board pays the crews",
     "we still hold the keys … keep the harbour closed unless the board pays the crews", ""),
    ("We will keep the harbour closed unless the board pays the crews",
     "we still hold the keys … keep the harbour shut unless the board pays the crews", "closed → shut"),
    # the last word of a piece replaced, where the other outlet quotes a piece more after a gap
    ("It is not something to be settled by a show of hands,",
     "It is not something to be settled by a show of force, … Please share if you agree.", "hands, → force,"),
    ("It is not something to be settled by a show of hands,",
     "It is not something to be settled by a show of hands, … Please share if you agree.", ""),
    # one quote ends on a name where the other goes on from another name: the name changed
    ("We turned down the invitation from Mayor Vance.", "We turned down the invitation from Mayor Ruiz with a heavy heart,",
     "Vance. → Ruiz"),
    ("We turned down the invitation from Mayor Ruiz.", "We turned down the invitation from Mayor Ruiz with a heavy heart,", ""),
    ("We turned down the invitation from the mayor.", "We turned down the invitation from Mayor Ruiz with a heavy heart,", ""),
    ("Frankly, the levy will hurt the ferry crews this winter",
     "we warned them … Honestly, the levy will hurt the ferry crews this winter", "Frankly → Honestly"),
    # a word of no content where the shorter quote begins, as far from the shared run in the
    # other: what lies between is replaced, not cut ("what" for "talks")
    ("From what I hear from the pilots, that crossing is rarely rough,",
     "Speaking plainly, as ever, from talks I hear from the pilots, that crossing is rarely rough,", "what → talks"),
    ("From what I hear from the pilots, that crossing is rarely rough,",
     "Speaking plainly, as ever, from what I hear from the pilots, that crossing is rarely rough,", ""),
    # a comma after the words at an end is no word: two words on each side, the first replaced
    ("The harbour will stay open for the crews to walk through it.",
     "The harbour will stay open for the crews to walk around it,", "through → around"),
    # one quote ends on a word where the other goes on from another word that closes a clause:
    # cut at the comma, the word before it changed
    ("We are going to rebuild the harbour wall very soon,",
     "We are going to rebuild the harbour wall very quickly, but the crews need more money,", "soon → quickly"),
    ("We are going to rebuild the harbour wall very soon,",
     "We are going to rebuild the harbour wall very soon, but the crews need more money,", ""),
    ("We are going to rebuild the harbour wall very soon,",
     "We are going to rebuild the harbour wall very soon and then the crews need more money,", ""),
    # a short quote with one word replaced, added or dropped in its middle: two runs of two words
    ("the real test comes now", "the real trial comes now", "test → trial"),
    ("the pier is a failure", "the pier is not a failure", "(nothing) → not"),
    ("a carefully staged ambush", "has called it a carefully planned ambush on him", "staged → planned"),
])
def test_quote_changes_allow_for_truncation_gaps_and_grammar(a, b, changes):
    wa, wb = quotes.words(a), quotes.words(b)
    assert quotes.same_remark(wa, wb)
    assert quotes._changes(wa, wb) == changes


def test_a_remark_cut_at_a_comma_with_its_last_word_changed_is_a_finding():
    """One outlet ends the remark at a comma the other goes on past, and prints another word
    before it: a word changed, not two remarks parting ways."""
    short = quoted("c1", "a", "We are going to find out what started the harbour fire very soon,")
    longer = quoted("c2", "b", "We are going to find out what started the harbour fire very quickly, but nobody was hurt in it")
    found = quotes.find(context([short, longer], {("c1", "c2"): (0.9, 0.9)}))
    assert [(p.claims, p.explanation.rsplit(": ", 1)[1]) for p in found] == [(("c1", "c2"), "soon → quickly")]


def test_a_remark_one_outlet_splits_over_two_claims_is_matched_to_both_pieces():
    whole = quoted("c1", "a", "We never broke any county laws and codes, and we never hid a single thing from the auditors")
    first = quoted("c2", "b", "We never broke any county laws or codes")
    second = quoted("c3", "b", "and we never hid a thing from the auditors")
    found = quotes.find(context([whole, first, second], {}))
    assert sorted((p.claims, p.explanation.rsplit(": ", 1)[1]) for p in found) == [
        (("c1", "c2"), "and → or"), (("c1", "c3"), "single → (nothing)")]


def test_a_remark_one_outlet_quotes_twice_is_compared_in_each_of_its_quotations():
    """An outlet that quotes one remark twice, once in the words another outlet gives and once
    with a word changed: the changed quotation is set against the other outlet's too (each
    stretch of a remark was matched to one quotation of each other outlet, and the faithful
    copy hid the changed one)."""
    said = "We never hid a single invoice from the auditors, and we never will"
    longer = said + " while this board sits"  # the faithful copy goes on: one outlet's cut, no change
    between = [claim(f"f{k}", "b", f"The auditors met on day {k} of the inquiry.") for k in range(2)]

    def found(*claims):
        return [(p.claims, p.explanation.rsplit(": ", 1)[1]) for p in quotes.find(context(list(claims), {}))]

    assert found(quoted("c1", "a", said), quoted("c2", "b", longer), *between,
                 quoted("c3", "b", said.replace("invoice", "receipt"))) == [(("c1", "c3"), "invoice → receipt")]
    # the same words twice: nothing to find
    assert found(quoted("c1", "a", said), quoted("c2", "b", longer), *between, quoted("c3", "b", said)) == []
    # two sentences of one quotation side by side, alike but for a word, are two sentences
    # ("We don't like the plan. We don't want the plan."), not the remark quoted twice
    assert found(quoted("c1", "a", said), quoted("c2", "b", longer),
                 quoted("c3", "b", said.replace("invoice", "receipt"))) == []


def test_different_remarks_sharing_a_phrase_are_not_one():
    assert not quotes.same_remark(quotes.words("the committee will meet again next week to vote"),
                                  quotes.words("we will vote against the plan when the time comes"))
    assert not quotes.same_remark(quotes.words("We will win this race easily"), quotes.words("We will lose this vote badly"))
    assert not quotes.same_remark(quotes.words("It is a total sham."), quotes.words("This inquiry is not partisan; it is not a sham"))


def test_a_short_remark_sharing_three_words_amid_another_is_another_remark():
    """"That's the final word." / "And the final word, once more, is that the pier stays
    shut.": three words in a row, other words before them in both and the second going on past
    them; a short remark that is the other's words but for an end word cut is still one. So is
    "We have to mend the pier." / "We have to wait.": a short remark sharing no word of content,
    and "the weight of the evidence" / "ignoring much of the evidence": a run of three ending
    both, after other words of content in both."""
    short = quotes.words("That's the final word.")
    assert not quotes.same_remark(short, quotes.words("And the final word, once more, is that the pier stays shut."))
    assert quotes.same_remark(short, quotes.words("That's the final word, once more."))
    assert quotes.same_remark(quotes.words("It's the final word."), short)
    # a short remark that shares only words of no content ("We have to") is another remark
    assert not quotes.same_remark(quotes.words("We have to mend the pier."), quotes.words("We have to wait."))
    assert quotes.same_remark(quotes.words("We have to wait now."), quotes.words("We have to wait."))
    # nor one whose run of three ends both after other words of content in both; a word of
    # content replaced at the end is a misquote's way and stays one remark
    assert not quotes.same_remark(quotes.words("the weight of the evidence"), quotes.words("ignoring much of the evidence."))
    assert quotes.same_remark(quotes.words("Surely it was a fire."), quotes.words("Surely it was arson."))


def test_two_remarks_sharing_a_stock_phrase_are_no_misquote_but_a_reworded_one_is():
    """More than twice as many words differing as lining up: two statements that share "there
    is no room for"; a quotation reworded in places is still one remark misquoted."""
    a = said("c1", "a", "The time has come for them to make plain there is no room for waste, delay, neglect, favouritism, "
                        "cronyism, secrecy and every other kind of misconduct by anyone in their council")
    b = said("c2", "b", "They have to make plain that there is no room for the wasters on the council")
    assert quotes.same_remark(quotes.words(a.facts.quotes[0].text), quotes.words(b.facts.quotes[0].text))  # a stock phrase lines up
    assert quotes.find(context([a, b], {("c1", "c2"): (0.6, 0.6)})) == []
    c = said("c3", "a", "We will rebuild every school in this province before the rains return")
    d = said("c4", "b", "We will rebuild all the schools in the province before the rains come back")
    assert [p.type for p in quotes.find(context([c, d], {("c3", "c4"): (0.6, 0.6)}))] == ["quote"]


def test_a_remark_told_as_said_many_times_is_not_set_against_one_occasions_words():
    one = said("c1", "a", "We are not ready to close the ferry route")
    stock = said("c2", "b", "We are not looking to close the ferry route")
    pairs = {("c1", "c2"): (0.6, 0.6)}
    assert [p.type for p in quotes.find(context([one, stock], pairs))] == ["quote"]
    often = stock.model_copy(update={"text": "Okafor, who has so often said “We are not looking to close the ferry route,” "
                                             "now backs the plan."})
    assert quotes.find(context([one, often], pairs)) == []
    # "many times" inside a quotation the sentence opens and does not close is the speaker's
    inside = stock.model_copy(update={"text": "We are not looking to close the ferry route,” Okafor said, adding that "
                                              "the board “lied many times about it."})
    assert [p.type for p in quotes.find(context([one, inside], pairs))] == ["quote"]
    # "too many times" in the speaker's own words says nothing of how often the remark was made
    times = stock.model_copy(update={"text": "“We are not looking to close the ferry route; it has shut too many times,” Okafor said."})
    assert [p.type for p in quotes.find(context([one, times], pairs))] == ["quote"]


def test_quotes_that_part_ways_at_an_end_are_two_remarks():
    """Past the words they share, both quotes go on in different words: one speaker's two
    remarks, or two people's sharing a phrase; a word or two in place of a few before a long
    shared stretch is still a change."""
    parted = [("Residents of this county deserve to see the full audit",
               "residents of this county deserve to know the full story of the harbour deal and its costs"),
              ("I hold the same view on the levy that I held when I was mayor", "I hold the same view that I have held since the campaign began")]
    for a, b in parted:
        wa, wb = quotes.words(a), quotes.words(b)
        assert quotes.same_remark(wa, wb)
        assert quotes._diverge(wa, wb, quotes.same_remark(wa, wb))
        x, y = said("c1", "a", a), said("c2", "b", b)
        assert quotes.find(context([x, y], {("c1", "c2"): (0.6, 0.6)})) == []
    a = "To close the depot in the next couple of months would badly hurt the towns that rely on the buses every day"
    b = "If we do not close the depot in the next couple months it will badly hurt the towns that rely on the buses every day"
    wa, wb = quotes.words(a), quotes.words(b)
    assert not quotes._diverge(wa, wb, quotes.same_remark(wa, wb))
    assert [p.type for p in quotes.find(context([said("c1", "a", a), said("c2", "b", b)], {("c1", "c2"): (0.6, 0.6)}))] == ["quote"]


def test_a_quoted_title_or_motto_is_no_remark():
    """Two outlets that quote a slogan alike, each saying someone else used it, misattribute
    nothing; and the slogan joined to a remark does not make the remark's other words a change."""
    from crosscheck.models import Quote

    assert quotes.quoted_title("Build Bridges Not Walls") and quotes.quoted_title("The Art of the Possible")
    assert not quotes.quoted_title("we will build bridges, not walls") and not quotes.quoted_title("Bridges")

    def with_quotes(cid, aid, text, *pieces, speaker):
        qs = [Quote(text=p, start=text.index(p), end=text.index(p) + len(p), speaker=speaker) for p in pieces]
        ents = [Entity(text=speaker.title(), label="PERSON", key=speaker, start=0, end=len(speaker), anchor="nsubj:say")]
        return claim(cid, aid, text, quotes=qs, entities=ents)

    a = with_quotes("c1", "a", 'Ruiz said the motto "Build Bridges Not Walls" was hers.', "Build Bridges Not Walls", speaker="ruiz")
    b = with_quotes("c2", "b", 'Vance said "Build Bridges Not Walls" at the rally.', "Build Bridges Not Walls", speaker="vance")
    assert quotes.find(context([a, b], {("c1", "c2"): (0.6, 0.6)})) == []
    c = with_quotes("c3", "a", 'The motto "Build Bridges Not Walls" is "not putting anyone back to work," Ruiz said.',
                    "Build Bridges Not Walls", "not putting anyone back to work,", speaker="ruiz")
    d = with_quotes("c4", "b", 'Ruiz mocked the council for adopting "Build Bridges Not Walls" as its motto.',
                    "Build Bridges Not Walls", speaker="ruiz")
    assert quotes.find(context([c, d], {("c3", "c4"): (0.6, 0.6)})) == []
    # a title of any length, given as one by "entitled" or "headlined", is no remark
    title = "Harbour Tests Confirm Ferry Captain Was Not At The Helm That Night"
    e = with_quotes("c5", "a", f"A post entitled, “{title},” angered the crews.", title, speaker="ruiz")
    f = with_quotes("c6", "b", "“Harbour tests have proven that the ferry captain was not at the helm,” Ruiz said.",
                    "Harbour tests have proven that the ferry captain was not at the helm,", speaker="ruiz")
    assert quotes.find(context([e, f], {("c5", "c6"): (0.6, 0.6)})) == []
    g = e.model_copy(update={"text": f"Ruiz wrote, “{title},” angering the crews."})
    g = g.model_copy(update={"facts": g.facts.model_copy(update={"quotes": [
        Quote(text=title, start=g.text.index(title), end=g.text.index(title) + len(title), speaker="ruiz")]})})
    assert [p.type for p in quotes.find(context([g, f], {("c5", "c6"): (0.6, 0.6)}))] == ["quote"]


def test_a_short_remark_reworded_a_little_is_found_through_its_shared_word_pairs():
    a, b = said("c1", "a", "I am truly sorry for Sen. Ruiz"), said("c2", "b", "I am sorry for Senator Ruiz")
    found = quotes.find(context([a, b], {("c1", "c2"): (0.4, 0.4)}))
    assert [(p.type, p.explanation.rsplit(": ", 1)[1]) for p in found] == [("quote", "truly → (nothing)")]


def test_a_remark_told_to_the_outlet_itself_is_not_reworded_by_another_outlets_remark():
    said_with = okafor_says

    a = said_with("c1", "a", "The ledger was altered by someone else and I can prove it", "told Outlet A")
    b = said_with("c2", "b", "Someone else altered the ledger and we will show how it happened", "said")
    assert quotes.find(context([a, b], {("c1", "c2"): (0.8, 0.8)})) == []
    c = said_with("c1", "a", "The ledger was altered by someone else and I can prove it", "said at a news conference")
    assert [p.type for p in quotes.find(context([c, b], {("c1", "c2"): (0.8, 0.8)}))] == ["quote"]


def test_words_quoted_from_another_outlet_of_the_story_are_set_against_its_own_text():
    from crosscheck.models import Quote

    def citing(cid, text):
        start = text.index("\u201c") + 1
        words = text[start : text.index("\u201d")]
        return claim(cid, "a", text, quotes=[Quote(text=words, start=start, end=start + len(words))])

    own = claim("c2", "b", "The levy was expected to cover road repairs and to fund two new bridges over the river, officials said.")
    other = claim("c3", "b", "The council meets again in May.")
    found = quotes.find(context([citing("c1", "Outlet B reported the levy \u201cwill cover road repairs and fund two new bridges over the river\u201d"),
                                 own, other], {}))
    assert [(p.claims, p.explanation.rsplit(": ", 1)[1]) for p in found] == [
        (("c1", "c2"), "will → was expected to; (nothing) → to")]
    # the outlet's words quoted as they stand; an outlet the claim does not cite; the outlet's interview
    exact = citing("c1", "According to Outlet B, the levy \u201cwas expected to cover road repairs and to fund two new bridges\u201d")
    assert quotes.find(context([exact, own], {})) == []
    for text in ("Outlet C reported the levy \u201cwill cover road repairs and fund two new bridges over the river\u201d",
                 "The mayor told Outlet B the levy \u201cwill cover road repairs and fund two new bridges over the river\u201d"):
        assert quotes.find(context([citing("c1", text), own], {})) == []


def test_a_quotation_running_over_sentences_is_read_as_quoted():
    a = claim("c1", "a", "\u201cThe plan failed, and nobody paid for it.")
    b = claim("c2", "a", "Nobody lost a job,\u201d the mayor said.")
    c = claim("c3", "a", "The plan failed, the mayor said.")
    ctx = context([a, b, c], {})
    assert ctx.quoted("c1") and ctx.quoted("c2") and not ctx.quoted("c3")


# ---- the mutation harness --------------------------------------------------------------------

def test_harness_edits_only_elements_a_counterpart_states(tmp_path: Path):
    from crosscheck.known.mutate import Stories, apply, inside_quotation, plan_edits, rounds

    (tmp_path / "x.txt").write_text("Storm hits Pelland\nThe storm killed 14 people on Tuesday, officials said.\n", encoding="utf-8")
    (tmp_path / "y.txt").write_text("Pelland storm\nFourteen died when the storm struck on Tuesday. \"We lost everything,\" a farmer said.\n", encoding="utf-8")
    (tmp_path / "z.txt").write_text("Other news\nThe market closed on Monday.\n", encoding="utf-8")
    gold = {"agreements": [{"id": "toll", "members": [
        {"file": "x.txt", "quote": "The storm killed 14 people on Tuesday"},
        {"file": "y.txt", "quote": "Fourteen died when the storm struck on Tuesday"}]}]}
    edits = plan_edits(gold, tmp_path, nlp=None, seed=1, per_member=3)
    kinds = {(e.file, e.kind) for e in edits}
    assert ("x.txt", "weekday") in kinds and any(e.kind.startswith("number") for e in edits if e.file == "x.txt")
    assert all(e.counterparts and e.counterparts[0]["file"] != e.file for e in edits)
    texts = {p.name: p.read_text(encoding="utf-8") for p in tmp_path.iterdir()}
    e = next(e for e in edits if e.kind == "weekday")
    edited = apply(texts, [e])
    assert edited[e.file] != texts[e.file] and e.new in edited[e.file] and edited["z.txt"] == texts["z.txt"]
    assert len(rounds(edits, Stories.from_gold(gold))) == max(1, len(edits))  # one story: one edit per run
    y = texts["y.txt"]
    assert inside_quotation(y, y.index("everything")) and not inside_quotation(y, y.index("Tuesday"))
    # the marks read as the claims' quotations are: a curly mark closed by a straight one
    mixed = '\u201cWe lost everything," a farmer said. The storm struck on Tuesday.'
    assert inside_quotation(mixed, mixed.index("everything")) and not inside_quotation(mixed, mixed.index("Tuesday"))


def test_verbatim_agreements_join_copies_of_two_outlets_in_one_story():
    """Coverage nobody annotated: sentences of two outlets of one story that share eight words in
    a row are one fact's copies; two sentences of one outlet alone, another story's copy and a
    shorter shared run are not."""
    from crosscheck.known.mutate import Sentence, verbatim_agreements

    quote = "we will not reopen the quay until the engineers say it is safe"
    s = [Sentence("a.txt", "Ledger", "s1", f'"{quote.capitalize()}," the harbour master said.', 0, 70),
         Sentence("b.txt", "Courier", "s1", f'Harbour master Ines Brandt said: "{quote}."', 0, 80),
         Sentence("c.txt", "Gazette", "s1", f'She added that {quote} and the ferries would wait.', 0, 90),
         Sentence("a.txt", "Ledger", "s1", f"Later she repeated that {quote}.", 100, 160),
         Sentence("d.txt", "Post", "s2", f'A mayor elsewhere said "{quote}".', 0, 70),
         Sentence("b.txt", "Courier", "s1", "The quay was closed on Monday after the storm hit the coast.", 90, 150),
         Sentence("c.txt", "Gazette", "s1", "The quay was closed on Monday, officials said.", 100, 150),
         Sentence("d.txt", "Post", "s2", "The council voted to sell the old ferry terminal to a developer.", 80, 140),
         Sentence("d.txt", "Post", "s2", "It voted to sell the old ferry terminal to a developer last year.", 150, 210)]
    gold = verbatim_agreements(s)
    assert len(gold["agreements"]) == 1
    members = gold["agreements"][0]["members"]
    assert {m["file"] for m in members} == {"a.txt", "b.txt", "c.txt"}
    assert all(quote in m["quote"].casefold() for m in members)  # not the other story's, not the shorter run
    assert not any("closed on Monday" in m["quote"] for m in members)
    assert verbatim_agreements(s, min_run=20)["agreements"] == []


def test_harness_makes_no_first_of_a_name_or_of_a_list_a_second(tmp_path: Path):
    """"first time the port closed" is a first the harness may make a second; "First Amendment"
    (a name) and "First," (a list's first point) are none."""
    from crosscheck.known.mutate import plan_edits

    (tmp_path / "x.txt").write_text("Port shut\nIt was the first time the port closed, citing First Amendment rights.\n", encoding="utf-8")
    (tmp_path / "y.txt").write_text("Port closes\nFirst, the port closed for the first time, citing the First Amendment.\n", encoding="utf-8")
    gold = {"agreements": [{"id": "shut", "members": [
        {"file": "x.txt", "quote": "It was the first time the port closed, citing First Amendment rights."},
        {"file": "y.txt", "quote": "First, the port closed for the first time, citing the First Amendment."}]}]}
    for seed in range(6):
        firsts = [(e.file, e.old, e.start) for e in plan_edits(gold, tmp_path, nlp=None, seed=seed, per_member=3) if e.kind == "first"]
        assert {(f, old) for f, old, _ in firsts} <= {("x.txt", "first"), ("y.txt", "first")}
        x, y = (tmp_path / "x.txt").read_text(), (tmp_path / "y.txt").read_text()
        assert all(start in (x.index("first time"), y.index("first time")) for _, _, start in firsts)
    assert any(e.kind == "first" for s in range(6) for e in plan_edits(gold, tmp_path, nlp=None, seed=s, per_member=3))



def test_harness_never_drops_a_quotations_last_word(tmp_path: Path):
    """Dropping the last word of a quotation ("proud to announce" -> "proud to") cuts the quote
    short, as outlets cut quotes: no misquotation to find. Words inside it may be dropped."""
    from crosscheck.known.mutate import plan_edits

    said = "\"The harbour council rejected every single proposal tonight,\" Vance said."
    (tmp_path / "x.txt").write_text(f"Harbour vote\n{said}\n", encoding="utf-8")
    (tmp_path / "y.txt").write_text(f"Council vote\n{said}\n", encoding="utf-8")
    gold = {"agreements": [{"id": "vote", "members": [
        {"file": "x.txt", "quote": said}, {"file": "y.txt", "quote": said}]}]}
    drops = [e.old.strip() for s in range(40) for e in plan_edits(gold, tmp_path, nlp=None, seed=s, per_member=3)
             if e.kind == "quote-drop"]
    assert drops and "tonight" not in drops
    assert set(drops) <= {"council", "rejected", "every", "single", "proposal"}

def test_harness_misspells_surnames_as_copy_desks_do_and_leaves_the_other_edits_alone(tmp_path: Path):
    import random

    from crosscheck.known.mutate import misspell, plan_edits

    rng = random.Random(3)
    for name in ("Okafor", "Haldane", "Pettigrew", "Larson", "Brophy", "Klein"):
        for _ in range(20):
            new = misspell(name, rng)
            assert new and new != name and new[0] == name[0] and abs(len(new) - len(name)) <= 1
    assert {misspell("Larson", random.Random(k)) for k in range(20)} == {"Larsen"}  # -sen for -son
    assert {misspell("Klein", random.Random(k)) for k in range(20)} == {"Klien"}  # "ie" for "ei"
    assert misspell("Ng", rng) is None and misspell("Day", rng) is None and misspell("O'Hara", rng) is None

    (tmp_path / "x.txt").write_text("Vote\nSenator Maren Okafor won 62 votes on Tuesday.\n", encoding="utf-8")
    (tmp_path / "y.txt").write_text("Vote\nOkafor took 62 votes on Tuesday, the clerk said.\n", encoding="utf-8")
    gold = {"agreements": [{"id": "vote", "members": [
        {"file": "x.txt", "quote": "Senator Maren Okafor won 62 votes on Tuesday"},
        {"file": "y.txt", "quote": "Okafor took 62 votes on Tuesday"}]}]}

    nlp = names_parser({"Maren Okafor": "PERSON", "Okafor": "PERSON"})  # what a parser would say of the names
    edits = plan_edits(gold, tmp_path, nlp=lambda t: nlp(t), seed=2, per_member=3)
    spelled = [e for e in edits if e.kind == "spelling"]
    assert len(spelled) == 1 and spelled[0].old == "Okafor" and spelled[0].counterparts
    text = (tmp_path / spelled[0].file).read_text(encoding="utf-8")
    assert text[spelled[0].start:spelled[0].end] == "Okafor"
    # the other edits are those planned as if no name were misspelled
    import crosscheck.known.mutate as M
    plain = M._misspellings
    try:
        M._misspellings = lambda *a: []
        again = plan_edits(gold, tmp_path, nlp=lambda t: nlp(t), seed=2, per_member=3)
    finally:
        M._misspellings = plain
    assert [e for e in edits if e.kind != "spelling"] == again


def test_harness_swaps_a_place_for_a_whole_place_and_a_surname_for_a_surname(tmp_path: Path):
    from crosscheck.known.mutate import plan_edits

    (tmp_path / "x.txt").write_text("Flood\nThe river flooded Pelland. Mayor Ines Okafor spoke in New Arlow City. "
                                    "Tom Vance came.\n", encoding="utf-8")
    (tmp_path / "y.txt").write_text("Flood\nPelland was flooded. Okafor spoke in New Arlow City. Tom Vance came too.\n",
                                    encoding="utf-8")
    gold = {"agreements": [
        {"id": "flood", "members": [{"file": "x.txt", "quote": "The river flooded Pelland"},
                                    {"file": "y.txt", "quote": "Pelland was flooded"}]},
        {"id": "spoke", "members": [{"file": "x.txt", "quote": "Mayor Ines Okafor spoke in New Arlow City"},
                                    {"file": "y.txt", "quote": "Okafor spoke in New Arlow City"}]},
        {"id": "came", "members": [{"file": "x.txt", "quote": "Tom Vance came"},
                                   {"file": "y.txt", "quote": "Tom Vance came too"}]}]}
    Doc = names_parser({"Pelland": "GPE", "New Arlow City": "GPE", "Ines Okafor": "PERSON", "Okafor": "PERSON",
                        "Tom Vance": "PERSON"})
    edits = plan_edits(gold, tmp_path, nlp=Doc, seed=0, per_member=5)
    place = [e for e in edits if e.kind == "place" and e.old == "Pelland"]
    assert place and all(e.new == "New Arlow City" for e in place)  # not "City"
    person = [e for e in edits if e.kind == "person" and e.old == "Okafor"]
    assert person and all(e.new == "Vance" for e in person)  # a surname for a surname


def test_harness_swaps_and_misspells_only_names_the_story_gives_a_person_in_full(tmp_path: Path):
    from crosscheck.known.mutate import named_in_full, plan_edits

    told = ("Senator Maren Okafor spoke. Okafor, 51, left. Mr. Okafor said so on Quillr. "
            "The Okafor campaign posted on Quillr. Okafor Quillr is no name. Maren Okafor Quillr Photo Row. "
            "The Okafors left.")
    assert named_in_full("Maren Okafor", told) and named_in_full("Okafor", told)
    assert named_in_full("Okafors", told)  # a family, one of whom the story names in full
    # a service the parser reads as a person: written after no given name ("On Quillr", "Senator"
    # is a title, and "Okafor" is written alone more often than before a name)
    assert not named_in_full("Quillr", told)
    assert not named_in_full("Vance", "Senator Vance spoke. Vance left.")  # a title is no given name

    (tmp_path / "x.txt").write_text("Posts\nMaren Okafor deleted her Quillr account on Friday.\n", encoding="utf-8")
    (tmp_path / "y.txt").write_text("Posts\nOkafor deleted her Quillr account Friday, said Tom Vance.\n", encoding="utf-8")
    gold = {"agreements": [{"id": "posts", "members": [
        {"file": "x.txt", "quote": "Maren Okafor deleted her Quillr account on Friday"},
        {"file": "y.txt", "quote": "Okafor deleted her Quillr account Friday, said Tom Vance"}]}]}
    nlp = names_parser({"Maren Okafor": "PERSON", "Okafor": "PERSON", "Quillr": "PERSON", "Tom Vance": "PERSON"})
    edits = [e for k in range(8) for e in plan_edits(gold, tmp_path, nlp=lambda t: nlp(t), seed=k, per_member=5)]
    assert [e for e in edits if e.kind == "spelling" and e.old == "Okafor"]  # the person is misspelled
    assert not [e for e in edits if e.old == "Quillr"]  # the service never


def test_harness_counts_another_outlets_article_of_the_same_page_as_a_counterpart(tmp_path: Path):
    from crosscheck.known.mutate import articles_by_file, plan_edits
    from crosscheck.models import Article

    page = "Port news\nThe ferry sailed on Tuesday with 40 cars.\n\nHarbour notes\nThe ferry sailed Tuesday, carrying 40 cars.\n"
    (tmp_path / "page.txt").write_text(page, encoding="utf-8")
    cut = page.index("Harbour notes")
    gold = {"agreements": [{"id": "sail", "members": [
        {"file": "page.txt", "quote": "The ferry sailed on Tuesday with 40 cars"},
        {"file": "page.txt", "quote": "The ferry sailed Tuesday, carrying 40 cars"}]}]}

    def arts(outlets):
        return articles_by_file([Article(id=f"a{k}", source=str(tmp_path / "page.txt"), start=s, end=e, headline=None,
                                         outlet=o, publisher=None, published=None)
                                 for k, (s, e, o) in enumerate(((0, cut, outlets[0]), (cut, len(page), outlets[1])))])
    two = plan_edits(gold, tmp_path, seed=0, pages=arts(("Ledger", "Courier")))
    assert {e.kind for e in two} >= {"weekday", "number"} and {e.counterparts[0]["file"] for e in two} == {"page.txt"}
    # one outlet's two articles on a page, or no pages known: a file is one outlet's
    assert plan_edits(gold, tmp_path, seed=0, pages=arts(("Ledger", "Ledger"))) == []
    assert plan_edits(gold, tmp_path, seed=0) == []


def test_harness_puts_no_place_for_a_word_of_a_persons_name_nor_takes_one_for_a_place(tmp_path: Path):
    from crosscheck.known.mutate import plan_edits

    (tmp_path / "x.txt").write_text("Visit\nPresident Dara Lind met Vance in Pelland. Lind left for Ostend.\n", encoding="utf-8")
    (tmp_path / "y.txt").write_text("Visit\nLind met Vance in Pelland, then flew to Ostend.\n", encoding="utf-8")
    gold = {"agreements": [
        {"id": "met", "members": [{"file": "x.txt", "quote": "met Vance in Pelland"},
                                  {"file": "y.txt", "quote": "Lind met Vance in Pelland"}]},
        {"id": "left", "members": [{"file": "x.txt", "quote": "Lind left for Ostend"},
                                   {"file": "y.txt", "quote": "then flew to Ostend"}]}]}

    class Parse:  # the stand-in parser, which also reads whole files: "Dara Lind" a person, "Lind" once a place
        def __init__(self, text):
            self.ents = names_parser({"Pelland": "GPE", "Ostend": "GPE", "Lind": "GPE", "Vance": "PERSON"})(text).ents
            if "Dara Lind" in text:
                self.ents.append(names_parser({"Dara Lind": "PERSON"})(text).ents[0])

        def __iter__(self):
            return iter(())
    edits = [e for k in range(6) for e in plan_edits(gold, tmp_path, nlp=Parse, seed=k, per_member=5)]
    places = [e for e in edits if e.kind == "place"]
    assert places and all("Lind" not in (e.old, e.new) for e in places)  # Pelland, Ostend swapped; "Lind" never


def test_harness_keeps_a_span_of_days_in_order(tmp_path: Path):
    from crosscheck.known.mutate import plan_edits

    (tmp_path / "x.txt").write_text("Visit\nThe mayor will visit Pelland on Aug. 13-14.\n", encoding="utf-8")
    (tmp_path / "y.txt").write_text("Visit\nThe mayor visits Pelland on August 13 and 14.\n", encoding="utf-8")
    gold = {"agreements": [{"id": "visit", "members": [
        {"file": "x.txt", "quote": "will visit Pelland on Aug. 13-14"},
        {"file": "y.txt", "quote": "visits Pelland on August 13 and 14"}]}]}
    days = [int(e.new) for k in range(12) for e in plan_edits(gold, tmp_path, seed=k) if e.kind == "month-day"]
    assert days and all(d < 14 for d in days)  # "Aug. 12-14", "Aug. 11-14"; never "Aug. 15-14"


def test_a_figure_the_other_outlet_gives_elsewhere_or_far_apart_is_two_figures():
    rate_a = claim("c1", "a", "Last year they paid a rate of 28.3 percent.", quantities=[q("28.3 percent", 28.3, "percent", "pay")])
    rate_b = claim("c2", "b", "Over eight years they paid a rate of 24.1 percent.", quantities=[q("24.1 percent", 24.1, "percent", "pay")])
    also_b = claim("c3", "b", "Their rate last year was 28.3 percent.", quantities=[q("28.3 percent", 28.3, "percent", "be")])
    probs = {("c1", "c2"): (0.6, 0.85)}
    assert numbers.find(context([rate_a, rate_b], probs))  # alone, a conflict
    assert numbers.find(context([rate_a, rate_b, also_b], probs)) == []  # outlet b gives 28.3 too
    # ... unless the pair is one fact but for its figures beyond doubt: then outlet b
    # contradicts itself and outlet a
    assert numbers.find(context([rate_a, rate_b, also_b], {("c1", "c2"): (0.6, 0.95)}))
    part = claim("c4", "a", "He earned $310 million.", quantities=[q("$310 million", 310e6, "usd", "earn")])
    total = claim("c5", "b", "He earned $45 million.", quantities=[q("$45 million", 45e6, "usd", "earn")])
    assert numbers.find(context([part, total], {("c4", "c5"): (0.6, 0.9)})) == []


def test_running_totals_over_two_stretches_of_play_are_two_figures():
    def yards(cid, out, text, value):
        return claim(cid, out, text, quantities=[q(f"{value} rushing yards", value, "yard", "have")], doers={"have": "okafor"})
    season = yards("c1", "a", "Okafor has 612 rushing yards this season.", 612)
    since = yards("c2", "b", "Since Week 9, Okafor has 540 rushing yards.", 540)
    game = yards("c3", "b", "Okafor had 90 rushing yards and two touchdowns.", 90)
    stretch = yards("c4", "b", "Okafor has 560 rushing yards in that stretch.", 560)
    again = yards("c5", "b", "Okafor has 640 rushing yards this season.", 640)
    probs = {(a, b): (0.7, 0.95) for a in ("c1", "c2", "c3", "c4", "c5") for b in ("c1", "c2", "c3", "c4", "c5") if a < b}
    assert numbers.find(context([season, since], probs)) == []  # a season and a part of it
    assert numbers.find(context([since, game], probs)) == []  # a part of a season and a game
    assert numbers.find(context([season, stretch], probs)) == []
    assert len(numbers.find(context([season, again], probs))) == 1  # one season, two totals: a conflict


def test_figures_of_one_act_done_by_two_doers_are_two_figures():
    ours = claim("c1", "a", "The mayor cut $716 million from the transit budget.",
                 quantities=[q("$716 million", 716e6, "usd", "cut")], doers={"cut": "mayor"})
    theirs = claim("c2", "b", "The council's plan would cut $800 million from transit.",
                   quantities=[q("$800 million", 800e6, "usd", "cut")], doers={"cut": "plan"})
    probs = {("c1", "c2"): (0.6, 0.95)}
    assert numbers.find(context([ours, theirs], probs)) == []
    same = theirs.model_copy(update={"facts": theirs.facts.model_copy(update={"doers": {"cut": "mayor"}})})
    assert numbers.find(context([ours, same], probs))  # the same doer: a conflict


def test_articles_days_apart_each_telling_the_latest_occurrence_are_not_set_against_each_other():
    monday, friday = dt.date(2024, 3, 4), dt.date(2024, 3, 8)
    a = claim("c1", "a", "The two leaders met Sunday.", dates=[day("Sunday", monday - dt.timedelta(days=1), "meet", 6)])
    b = claim("c2", "b", "The two leaders met Thursday.", dates=[day("Thursday", friday - dt.timedelta(days=1), "meet", 3)])
    probs = {("c1", "c2"): (0.7, 0.95)}
    assert dates.find(context([a, b], probs, {"a": monday, "b": friday})) == []
    assert len(dates.find(context([a, b], probs, {"a": friday, "b": friday}))) == 1  # one day of publication: a conflict


def test_an_occurrence_the_earlier_article_could_have_told_is_no_latest_one():
    """Two articles days apart, each telling a day just before its own date; but the later
    article's day is the earlier article's own day of publication: the earlier outlet could have
    told that day and told another (one vote dated two ways), not each outlet its latest."""
    tuesday, thursday = dt.date(2024, 3, 5), dt.date(2024, 3, 7)
    a = claim("c1", "a", "The alderman was voted out Sunday night.", dates=[day("Sunday", tuesday - dt.timedelta(days=2), "vote", 6)])
    b = claim("c2", "b", "The alderman was voted out on Tuesday.", dates=[day("Tuesday", tuesday, "vote", 1)])
    probs = {("c1", "c2"): (0.7, 0.95)}
    assert len(dates.find(context([a, b], probs, {"a": tuesday, "b": thursday}))) == 1
    # the later day after the earlier article was out: each outlet its latest, as before
    c = claim("c3", "b", "The alderman was voted out on Wednesday.", dates=[day("Wednesday", tuesday + dt.timedelta(days=1), "vote", 2)])
    assert dates.find(context([a, c], probs, {"a": tuesday, "b": thursday})) == []


def test_a_figure_another_doer_gives_elsewhere_does_not_excuse_a_conflict():
    ours = claim("c1", "a", "Last year the Harlows paid a rate of 42.8 percent.",
                 quantities=[q("42.8 percent", 42.8, "percent", "pay")], doers={"pay": "harlows"})
    theirs = claim("c2", "b", "The Harlows paid a rate of 35.7 percent last year.",
                   quantities=[q("35.7 percent", 35.7, "percent", "pay")], doers={"pay": "harlows"})
    probs = {("c1", "c2"): (0.6, 0.85)}
    # outlet a also gives a rival's rate, "roughly 36 percent": within its hedge of 35.7, but another doer's figure
    rival = claim("c3", "a", "Quist paid a rate of roughly 36 percent.",
                  quantities=[q("roughly 36 percent", 36.0, "percent", "pay", hedge="about")], doers={"pay": "quist"})
    assert len(numbers.find(context([ours, theirs, rival], probs))) == 1
    # the same figure of the same doer elsewhere in outlet a still excuses it
    again = claim("c4", "a", "The Harlows paid roughly 36 percent.",
                  quantities=[q("roughly 36 percent", 36.0, "percent", "pay", hedge="about")], doers={"pay": "harlows"})
    assert numbers.find(context([ours, theirs, again], probs)) == []


def test_days_on_the_main_verbs_of_a_pair_one_fact_but_for_the_day_are_compared():
    approved = claim("c1", "a", "The council on Monday approved the harbour budget.", predicate="approve",
                     dates=[day("Monday", DAY - dt.timedelta(days=4), "approve", 0)])
    passed = claim("c2", "b", "The council passed the harbour budget on Wednesday.", predicate="pass",
                   dates=[day("Wednesday", DAY - dt.timedelta(days=2), "pass", 2)])
    # as likely as not one fact as they stand, near certain but for the day: the days clash
    assert len(dates.find(context([approved, passed], {("c1", "c2"): (0.6, 0.95)}))) == 1
    # but for the day only likely: two acts may be told, each on its own day
    assert dates.find(context([approved, passed], {("c1", "c2"): (0.6, 0.85)})) == []


def test_harness_judges_against_members_whose_sentence_states_the_element():
    from types import SimpleNamespace as NS

    from crosscheck.known.mutate import Edit, judge

    texts = {"x.txt": "Harbour\nMayor Ana Ruiz closed the harbour on Tuesday.\n",
             "y.txt": "Harbour shut\nOn Tuesday, Mayor Ana Ruiz abruptly closed the harbour.\n",
             "w.txt": "Port news\nThe harbour was closed by Ruiz. It stays shut.\n"}
    x, y, w = ({"file": "x.txt", "quote": "Mayor Ana Ruiz closed the harbour on Tuesday"},
               {"file": "y.txt", "quote": "abruptly closed the harbour"}, {"file": "w.txt", "quote": "closed by Ruiz"})
    start = texts["x.txt"].index("Ana Ruiz")
    edit = Edit("person", "x.txt", start, start + len("Ana Ruiz"), "Ana Ruiz", "Tom Vance", "closure", x, (w,), (y, w))

    def span(f, s):
        i = texts[f].index(s)
        return i, i + len(s)

    claims = [Claim(id="c1", article="a", text="Mayor Tom Vance closed the harbour on Tuesday.", start=8, end=54),
              Claim(id="c2", article="b", text=texts["y.txt"].split("\n")[1], start=13, end=13 + len(texts["y.txt"].split("\n")[1])),
              Claim(id="c3", article="c", text="The harbour was closed by Ruiz.", start=span("w.txt", "The harbour was closed by Ruiz.")[0],
                    end=span("w.txt", "The harbour was closed by Ruiz.")[1])]
    arts = [NS(id="a", source="/in/x.txt"), NS(id="b", source="/in/y.txt"), NS(id="c", source="/in/w.txt")]

    def report(*linked):
        return NS(articles=arts, claims=claims, groups=[],
                  findings=[NS(type="entity", claims=["c1", other]) for other in linked])

    # y's gold quote leaves the name out, but its sentence names Ruiz: a finding against it counts
    assert judge(report("c2"), edit, texts).verdict == "found"
    assert judge(report("c3"), edit, texts).verdict == "found"
    assert judge(report(), edit, texts).verdict == "missed"
    # a member whose sentence does not state the element is no counterpart
    texts2 = dict(texts, **{"y.txt": "Harbour shut\nOn Tuesday, the mayor abruptly closed the harbour.\n"})
    claims[1] = Claim(id="c2", article="b", text=texts2["y.txt"].split("\n")[1], start=13, end=13 + len(texts2["y.txt"].split("\n")[1]))
    assert judge(report("c2"), edit, texts2).verdict == "missed"


def test_harness_counts_a_misspelling_set_against_any_sentence_of_the_story_that_spells_the_name():
    """A name's spelling is the story's: a finding that gives the edited claim's misspelled word
    against another outlet's sentence counts whichever sentence that is; any other finding on the
    edited claim counts only against a counterpart, and a person swapped, only there too."""
    from types import SimpleNamespace as NS

    from crosscheck.known.mutate import Edit, judge

    texts = {"x.txt": "Harbour\nMayor Ana Ruiz closed the harbour on Tuesday.\n",
             "y.txt": "Harbour shut\nMayor Ana Ruiz closed the harbour on Tuesday.\nRuiz is in her second term.\n"}
    x, y = ({"file": "x.txt", "quote": "Mayor Ana Ruiz closed the harbour on Tuesday"},
            {"file": "y.txt", "quote": "Mayor Ana Ruiz closed the harbour on Tuesday"})
    start = texts["x.txt"].index("Ruiz")
    line, other = texts["y.txt"].split("\n")[1], texts["y.txt"].split("\n")[2]
    claims = [Claim(id="c1", article="a", text="Mayor Ana Ruizz closed the harbour on Tuesday.", start=8, end=55),
              Claim(id="c2", article="b", text=line, start=13, end=13 + len(line)),
              Claim(id="c3", article="b", text=other, start=14 + len(line), end=14 + len(line) + len(other))]
    arts = [NS(id="a", source="/in/x.txt"), NS(id="b", source="/in/y.txt")]

    def report(values):
        return NS(articles=arts, claims=claims, groups=[],
                  findings=[NS(type="entity", claims=["c1", "c3"], values=values)])

    spelling = Edit("spelling", "x.txt", start, start + 4, "Ruiz", "Ruizz", "closure", x, (y,), (y,))
    assert judge(report({"c1": "Ana Ruizz", "c3": "Ruiz"}), spelling, texts).verdict == "found"
    assert judge(report({"c1": "Tuesday", "c3": "Monday"}), spelling, texts).verdict == "missed"
    swap = Edit("person", "x.txt", start - 4, start + 4, "Ana Ruiz", "Ana Ruizz", "closure", x, (y,), (y,))
    assert judge(report({"c1": "Ana Ruizz", "c3": "Ruiz"}), swap, texts).verdict == "missed"


def test_a_count_of_acts_on_a_verb_that_tells_no_act_is_a_count_of_the_noun():
    a = claim("c1", "a", "Wardens said there were four rescues on Monday, compared to 23 the day before.", quantities=[
        q("four", 4, "rescue", "be"), q("23", 23, "rescue", "compare")])
    b = claim("c2", "b", "Wardens made 19 rescues on Sunday.", quantities=[q("19", 19, "rescue", "make")])
    found = numbers.find(context([a, b], {("c1", "c2"): (0.5, 0.9)}))
    assert [(p.type, p.values["c1"], p.values["c2"]) for p in found] == [("number", "23", "19")]
    # the same noun on a verb that tells an act of its own is another count
    c = claim("c2", "b", "Wardens planned 19 rescues on Sunday.", quantities=[q("19", 19, "rescue", "plan")])
    assert numbers.find(context([a, c], {("c1", "c2"): (0.5, 0.9)})) == []


def test_a_piece_of_a_quotation_the_other_outlet_did_not_quote_is_cut_not_compared():
    gap = f" {quotes.GAP} "
    joined = quotes.words("denies any part in the scheme" + gap + "expects to be cleared")
    other = quotes.words("The mayor denies any role in the scheme at all")
    assert quotes.same_remark(joined, other)  # the lined-up piece alone is set against the other
    assert quotes._changes(joined, other) == "part → role"
    # both pieces lined up: each counts, and too few words match
    assert not quotes.same_remark(quotes.words("denies any part" + gap + "in the plan"), other)


def test_pieces_of_a_quotation_where_the_other_runs_straight_on_are_no_rewording():
    """'is "ready to talk" but only once the board "stops stalling on the repairs"' against '"We
    are ready to stop stalling on the repairs"': the pieced quote's words beside its gap come
    from a longer stretch than the other outlet quoted; a word changed inside a piece still counts."""
    gap = f" {quotes.GAP} "
    pieced = quotes.words("ready to talk" + gap + "stop stalling on the repairs")
    straight = quotes.words("We are ready to stop stalling on the repairs")
    assert quotes.same_remark(pieced, straight)
    assert quotes._changes(pieced, straight) == ""
    changed = quotes.words("ready to talk" + gap + "stop dithering on the repairs")
    assert quotes._changes(changed, straight) == "dithering → stalling"


# ---- session 26: rules from a fifth unseen sample, on invented sentences ----------------------

def _rank(text: str, word: str, rank: int, head: str) -> Ordinal:
    i = text.index(word)
    return Ordinal(text=word, rank=rank, word=word.lower(), head=head, start=i, end=i + len(word))


def test_one_occasion_counted_differently_only_when_the_claims_share_no_rank_of_it():
    ta = "The town held its third and fourth vote on the levy this spring."
    tb = "The town held its fourth vote on the levy this spring."
    a = claim("c1", "a", ta, ordinals=[_rank(ta, "third", 3, "vote"), _rank(ta, "fourth", 4, "vote")])
    b = claim("c2", "b", tb, ordinals=[_rank(tb, "fourth", 4, "vote")])
    assert framing.find(context([a, b], {("c1", "c2"): (0.9, 0.9)})) == []
    tc = "The town held its fifth vote on the levy this spring."
    c = claim("c3", "b", tc, ordinals=[_rank(tc, "fifth", 5, "vote")])
    found = framing.find(context([a, c], {("c1", "c3"): (0.9, 0.9)}))
    assert [p.type for p in found] == ["framing"]


def test_ranks_a_claim_gives_all_of_are_shared_with_the_other_claim():
    """"its first two votes" counts the first and the second; "her second bid failed, as did a
    third" tells the third bid too: neither is counted otherwise by a claim of the second or
    the third."""
    ta, tb = "The town passed the levy in its first two votes.", "The town passed the levy in its second vote."
    a = claim("c1", "a", ta, ordinals=[Ordinal(text="first two votes", rank=1, word="first", head="vote",
                                               start=ta.index("first"), end=ta.index("first") + 15)])
    b = claim("c2", "b", tb, ordinals=[_rank(tb, "second", 2, "vote")])
    assert framing.find(context([a, b], {("c1", "c2"): (0.9, 0.9)})) == []
    tc = "The town passed the levy in its third vote."
    c = claim("c3", "b", tc, ordinals=[_rank(tc, "third", 3, "vote")])
    assert [p.type for p in framing.find(context([a, c], {("c1", "c3"): (0.9, 0.9)}))] == ["framing"]
    td, te = "Her second bid failed, as did a third.", "Her third bid failed, the council said."
    d = claim("c4", "a", td, ordinals=[_rank(td, "second", 2, "bid"), _rank(td, "third", 3, None)])
    e = claim("c5", "b", te, ordinals=[_rank(te, "third", 3, "bid")])
    assert framing.find(context([d, e], {("c4", "c5"): (0.9, 0.9)})) == []


def _framed(a: tuple[str, str, int, str], b: tuple[str, str, int, str]) -> list[str]:
    """The framing findings of two outlets' claims, each (text, ordinal as written, rank, noun)
    with one ordinal, in a pair that states one fact beyond doubt."""
    ca = claim("c1", "a", a[0], ordinals=[_rank(*a)])
    cb = claim("c2", "b", b[0], ordinals=[_rank(*b)])
    return [p.type for p in framing.find(context([ca, cb], {("c1", "c2"): (0.9, 0.9)}))]


def test_an_ordinal_naming_a_street_counts_nothing_and_one_against_someone_counts_those_meetings():
    assert _framed(("The van was found on 117th Street near the depot.", "117th", 117, "street"),
                   ("The van was found on 115th Street near the depot.", "115th", 115, "street")) == []
    over = ("It was the champion's second victory over Vance.", "second victory", 2, "victory")
    assert _framed(over, ("It was the champion's 58th victory.", "58th victory", 58, "victory")) == []
    assert _framed(over, ("It was the champion's third victory over Vance.", "third victory", 3, "victory")) == ["framing"]


def test_ordinals_counting_among_two_named_classes_are_two_counts():
    fifth = ("Vance is the fifth Harbour League coach fired this year.", "fifth Harbour League coach", 5, "coach")
    assert _framed(fifth, ("Vance is the third Northern Division coach fired this year.", "third Northern Division coach",
                           3, "coach")) == []
    assert _framed(fifth, ("Vance is the sixth Harbour League coach fired this year.", "sixth Harbour League coach",
                           6, "coach")) == ["framing"]


def test_a_habit_has_no_status_of_one_act():
    a = claim("c1", "a", "The old mayor would wander the pier at night, muttering.", modality="expected",
              actions=["wander"], acts={"wander": "expected"})
    b = claim("c2", "b", "The old mayor routinely wandered the pier at night, muttering.", tense="past",
              actions=["wander"], acts={"wander": "done"})
    assert status.find(context([a, b], {("c1", "c2"): (0.9, 0.9)})) == []
    c = claim("c3", "b", "The old mayor wandered the pier at night, muttering.", tense="past",
              actions=["wander"], acts={"wander": "done"})
    assert [p.type for p in status.find(context([a, c], {("c1", "c3"): (0.9, 0.9)}))] == ["status"]


def test_an_ordinal_on_a_unit_of_play_counts_no_occasion():
    ta, tb = "The keeper was beaten on first down by the winger.", "The keeper was beaten on second down by the winger."
    a = claim("c1", "a", ta, ordinals=[_rank(ta, "first", 1, "down")])
    b = claim("c2", "b", tb, ordinals=[_rank(tb, "second", 2, "down")])
    assert framing.find(context([a, b], {("c1", "c2"): (0.9, 0.9)})) == []


def test_an_occasion_counted_within_a_year_is_no_count_over_all_time():
    """"the 19th launch this year" / "its sixth launch ever": two counts; "the 20th launch this
    year" against the 19th is one count told two ways."""
    def launch(cid, aid, text, word, rank):
        i = text.index(word)
        return claim(cid, aid, text, ordinals=[Ordinal(text=f"{word} launch", rank=rank, word=word, head="launch",
                                                       start=i, end=i + len(word) + 7)])
    a = launch("c1", "a", "The rocket was the 19th launch this year, the agency said.", "19th", 19)
    b = launch("c2", "b", "The rocket was the sixth launch of the programme, the agency said.", "sixth", 6)
    assert framing.find(context([a, b], {("c1", "c2"): (0.9, 0.9)})) == []
    c = launch("c3", "b", "The rocket was the 20th launch this year, the agency said.", "20th", 20)
    assert [p.type for p in framing.find(context([a, c], {("c1", "c3"): (0.9, 0.9)}))] == ["framing"]


def test_a_persons_age_written_with_its_years_is_no_figure_of_the_act():
    ta = "The family of the 7-year-old girl waited four years for the ruling."
    i = ta.index("7-year")
    a = claim("c1", "a", ta, quantities=[Quantity(text="7-year", value=7, unit="year", start=i, end=i + 6, anchor="wait"),
                                         Quantity(text="four years", value=4, unit="year", start=ta.index("four"),
                                                  end=ta.index("four") + 10, anchor="wait")])
    tb = "The girl's family waited three years for the ruling."
    b = claim("c2", "b", tb, quantities=[Quantity(text="three years", value=3, unit="year", start=tb.index("three"),
                                                  end=tb.index("three") + 11, anchor="wait")])
    found = numbers.find(context([a, b], {("c1", "c2"): (0.85, 0.85)}))
    assert [p.values for p in found] == [{"c1": "four years", "c2": "three years"}]


def test_figures_of_one_verb_told_of_two_doers_are_two_figures():
    ta, tb = "Shipyards added 4,000 jobs.", "Retailers added nearly 2,000 jobs."
    a = claim("c1", "a", ta, doers={"add": "shipyard"},
              quantities=[Quantity(text="4,000", value=4000, unit="job", start=16, end=21, anchor="add")])
    b = claim("c2", "b", tb, doers={"add": "retailer"},
              quantities=[Quantity(text="nearly 2,000", value=2000, unit="job", hedge="nearly", start=16, end=28,
                                   anchor="add")])
    assert numbers.find(context([a, b], {("c1", "c2"): (0.85, 0.85)})) == []
    same = claim("c3", "b", "Shipyards added nearly 2,000 jobs.", doers={"add": "shipyard"}, quantities=b.facts.quantities)
    assert len(numbers.find(context([a, same], {("c1", "c3"): (0.85, 0.85)}))) == 1


def month_claim(cid: str, aid: str, text: str, words: str, first: dt.date, last: dt.date, verb: str) -> Claim:
    """A claim whose one date, ``words``, spans ``first`` to ``last`` (a month, part of one) on
    its main verb."""
    i = text.index(words)
    return claim(cid, aid, text, predicate=verb,
                 dates=[DateRef(text=words, start=i, end=i + len(words), low=first, high=last, month=first.month,
                                year=first.year, anchor=verb)])


def test_the_month_a_period_starts_is_not_a_month_of_an_event():
    month = partial(month_claim, verb="fall")
    since = month("c1", "a", "Vacancies fell to their lowest level since March 2019.", "March 2019",
                  dt.date(2019, 3, 1), dt.date(2019, 3, 31))
    then = month("c2", "b", "Vacancies fell to their lowest level in January.", "January",
                 dt.date(2024, 1, 1), dt.date(2024, 1, 31))
    assert dates.find(context([since, then], {("c1", "c2"): (0.85, 0.85)})) == []
    in_march = month("c3", "a", "Vacancies fell to their lowest level in March 2019.", "March 2019",
                     dt.date(2019, 3, 1), dt.date(2019, 3, 31))
    assert len(dates.find(context([in_march, then], {("c3", "c2"): (0.85, 0.85)}))) == 1


def test_days_of_one_verb_told_of_two_people_are_two_acts():
    ta = "The judge cited the motion that Vance filed on May 2."
    a = claim("c1", "a", ta, predicate="cite", entities=[ent(ta, "Vance", "PERSON", "vance", "nsubj:file")],
              dates=[at(ta, "May 2", dt.date(2024, 5, 2), "file")])
    tb = "Ruiz filed her reply on Monday, the court said."
    b = claim("c2", "b", tb, predicate="file", entities=[ent(tb, "Ruiz", "PERSON", "ruiz", "nsubj:file")],
              dates=[at(tb, "Monday", dt.date(2024, 5, 6), "file")])
    assert dates.find(context([a, b], {("c1", "c2"): (0.85, 0.85)})) == []
    tc = "Vance filed the motion on May 3."
    c = claim("c3", "b", tc, predicate="file", entities=[ent(tc, "Vance", "PERSON", "vance", "nsubj:file")],
              dates=[at(tc, "May 3", dt.date(2024, 5, 3), "file")])
    assert len(dates.find(context([a, c], {("c1", "c3"): (0.85, 0.85)}))) == 1


def test_days_of_one_verb_told_of_two_named_bodies_are_two_acts():
    """"the Assembly approved the levy on Friday" / "the levy, which the Senate approved
    unanimously on Wednesday": one verb, two chambers, two votes; one chamber, one vote."""
    ta = "On Friday, the Assembly approved the harbour levy 61-12."
    a = claim("c1", "a", ta, predicate="approve", entities=[ent(ta, "Assembly", "ORG", "assembly", "nsubj:approve")],
              dates=[at(ta, "Friday", dt.date(2024, 5, 3), "approve")])
    tb = "The Assembly voted 61-12 for the harbour levy, which the Senate approved unanimously on Wednesday."
    b = claim("c2", "b", tb, predicate="vote", entities=[ent(tb, "Assembly", "ORG", "assembly", "nsubj:vote"),
                                                         ent(tb, "Senate", "ORG", "senate", "nsubj:approve")],
              dates=[at(tb, "Wednesday", dt.date(2024, 5, 1), "approve")])
    assert dates.find(context([a, b], {("c1", "c2"): (0.85, 0.85)})) == []
    tc = "The Assembly approved the harbour levy 61-12 on Wednesday."
    c = claim("c3", "b", tc, predicate="approve", entities=[ent(tc, "Assembly", "ORG", "assembly", "nsubj:approve")],
              dates=[at(tc, "Wednesday", dt.date(2024, 5, 1), "approve")])
    assert len(dates.find(context([a, c], {("c1", "c3"): (0.85, 0.85)}))) == 1


def test_a_name_the_parser_reads_as_a_word_of_another_noun_fills_no_role():
    ta = "The board fired former Vance campaign aide Ana Ruiz on Friday."
    i = ta.index("Vance")
    a = claim("c1", "a", ta, entities=[Entity(text="Vance", label="PERSON", key="vance", role="qualifier", start=i,
                                              end=i + 5, anchor="dobj:fire"),
                                       ent(ta, "Ana Ruiz", "PERSON", "ana ruiz", "dobj:fire")])
    assert entities.qualifies_noun(a, a.facts.entities[0]) and not entities.qualifies_noun(a, a.facts.entities[1])


def test_one_title_given_to_two_people_in_claims_that_quote_outside_the_quotation():
    """A claim that quotes a letter still names its people in its own words: "Harbour Board
    Chairwoman Rita Moss received a letter, which stated, '...'" against "... delivered to the
    harbour board chairwoman, Ana Ruiz": one title, two people. A title inside the quotation is
    the letter's words."""
    words = ("we will not agree to reopen the quay to any vessel until the levy is repealed and every crew "
             "that lost a season is paid what the board promised")
    a_text = f'Harbour Board Chairwoman Rita Moss received a letter, which stated, "{words}."'
    a = claim("c1", "a", a_text, entities=[ent(a_text, "Rita Moss", "PERSON", "moss rita", "nsubj:receive")],
              quotes=[Quote(text=words, speaker="letter", start=a_text.index(words), end=a_text.index(words) + len(words))])
    b_text = f'In a letter delivered to the harbour board chairwoman, Ana Ruiz, the crews said "{words}."'
    b = claim("c2", "b", b_text, entities=[ent(b_text, "Ana Ruiz", "PERSON", "ana ruiz", "pobj:deliver")],
              quotes=[Quote(text=words, speaker="crews", start=b_text.index(words), end=b_text.index(words) + len(words))])
    ctx = context([a, b], {("c1", "c2"): (0.9, 0.9)})
    assert ctx.quoted("c1") and ctx.quoted("c2")
    found = entities._title_holders(ctx, "c1", "c2")
    assert found is not None and found.values == {"c1": "Rita Moss", "c2": "Ana Ruiz"}
    said = "Harbour Board Chairwoman Ana Ruiz will not reopen the quay"
    c_text = f'Rita Moss received a letter, which stated, "{said}."'
    c = claim("c3", "a", c_text, entities=[ent(c_text, "Rita Moss", "PERSON", "moss rita", "nsubj:receive"),
                                           ent(c_text, "Ana Ruiz", "PERSON", "ana ruiz", "nsubj:reopen")],
              quotes=[Quote(text=said, speaker="letter", start=c_text.index(said), end=c_text.index(said) + len(said))])
    assert entities._title_holders(context([a, c], {("c1", "c3"): (0.9, 0.9)}), "c1", "c3") is None


def test_one_title_given_to_a_name_respelled_word_by_word_is_a_spelling():
    ta = "Harbour Board Chairman Mohamed Salah opened the pier on Tuesday."
    a = claim("c1", "a", ta, entities=[ent(ta, "Mohamed Salah", "PERSON", "mohamed salah", "nsubj:open")])
    tb = "The pier was opened on Tuesday by Harbour Board Chairman Mohammed Salih."
    b = claim("c2", "b", tb, entities=[ent(tb, "Mohammed Salih", "PERSON", "mohammed salih", "agent:open")])
    p = entities._title_holders(context([a, b], {("c1", "c2"): (0.7, 0.7)}), "c1", "c2")
    assert p is not None and p.severity == "medium" and "spells the name" in p.explanation and p.spelling
    tc = "The pier was opened on Tuesday by Harbour Board Chairman Tomas Vance."
    c = claim("c3", "b", tc, entities=[ent(tc, "Tomas Vance", "PERSON", "tomas vance", "agent:open")])
    p = entities._title_holders(context([a, c], {("c1", "c3"): (0.7, 0.7)}), "c1", "c3")
    assert p is not None and p.spelling is None and "gives" in p.explanation


def test_phrases_quoted_here_and_there_are_no_remark_reworded_throughout():
    """One speaker's sentence told in other words is a reworded remark; short phrases each
    outlet quotes of a plan ("a 'fair deal'", "'no new tolls'") are not a sentence reworded."""
    def pieces(cid, aid, text, *quoted):
        qs = [Quote(text=p, start=text.index(p), end=text.index(p) + len(p), speaker="okafor") for p in quoted]
        return claim(cid, aid, text, quotes=qs, entities=[person("Okafor", "okafor", "nsubj:say")])

    a = pieces("c1", "a", 'Okafor said the bridge plan "will keep every lane open for buses" and was "a fair deal for the valley."',
               "will keep every lane open for buses", "a fair deal for the valley.")
    b = pieces("c2", "b", 'Okafor says the bridge plan "keeps the bus lanes open" and is "a fair and sensible deal."',
               "keeps the bus lanes open", "a fair and sensible deal.")
    assert quotes.find(context([a, b], {("c1", "c2"): (0.8, 0.8)})) == []
    c = pieces("c3", "b", 'Okafor said, "Every bus lane on the bridge stays open under this plan, and the valley gets a fair price."',
               "Every bus lane on the bridge stays open under this plan, and the valley gets a fair price.")
    assert [p.type for p in quotes.find(context([a, c], {("c1", "c3"): (0.8, 0.8)}))] == ["quote"]
    # a pair less likely to state one fact holds two remarks of one speaker, not one reworded
    # (session 43: under 0.8 four of five such findings on the samples were two remarks)
    assert quotes.find(context([a, c], {("c1", "c3"): (0.78, 0.78)})) == []


def test_one_act_of_a_story_done_by_two_bodies_is_two_acts_in_status(monkeypatch):
    """Claims of a story that tell one act of those done once (approve, sign, ...) are set
    against each other whatever their pair's probability, where they share a rare word of the
    story; done by two bodies, they tell two acts."""
    monkeypatch.setattr(status, "_same_action", lambda ctx, a, b: True)  # the shared rare word, read from the story

    def approving(cid, aid, text, how, doer):
        return claim(cid, aid, text, actions=["approve"], acts={"approve": how}, doers={"approve": doer},
                     modality="possible" if how == "possible" else "asserted")
    done = approving("c1", "a", "The county board approved the ferry levy on Monday.", "done", "board")
    other = approving("c2", "b", "The city council could approve a ferry levy as soon as Monday.", "possible", "council")
    assert status.find(context([done, other], {("c1", "c2"): (0.1, 0.1)})) == []
    same = approving("c3", "b", "The county board could approve a ferry levy as soon as Monday.", "possible", "board")
    assert [p.claims for p in status.find(context([done, same], {("c1", "c3"): (0.1, 0.1)}))] == [("c3", "c1")]


def test_a_word_quoted_with_and_without_its_accent_is_one_word():
    a, b = said("c1", "a", "We will rebuild the Plaza Bolívar before the rains come"), \
        said("c2", "b", "We will rebuild the Plaza Bolivar before the rains come")
    assert quotes.find(context([a, b], {("c1", "c2"): (0.8, 0.8)})) == []
    c = said("c3", "b", "We will rebuild the Plaza Bolivar after the rains come")
    assert [p.type for p in quotes.find(context([a, c], {("c1", "c3"): (0.8, 0.8)}))] == ["quote"]


def test_a_given_name_one_letter_apart_is_one_name_spelled_two_ways():
    """"Andrey" / "Andrei", "Pavel" / "Pavol": transliterated or misspelled, not another first
    name of one surname (a letter weighs much in the ratio of short names); "Ana" / "Ina" are
    too short to tell."""
    assert entities._one_given_name(frozenset({"andrey"}), frozenset({"andrei"}))
    assert entities._one_given_name(frozenset({"pavel"}), frozenset({"pavol"}))
    assert not entities._one_given_name(frozenset({"ana"}), frozenset({"ina"}))
    assert not entities._one_given_name(frozenset({"tomas"}), frozenset({"lukas"}))


def test_a_first_name_alone_is_no_spelling_of_another_persons_given_name():
    assert entities._given_alone("Michela", "Michael Okafor")
    assert not entities._given_alone("Okafr", "Ines Okafor")  # a surname alone, misspelled
    assert not entities._given_alone("al-Rashidun", "Al Rashidoun")  # the name written as one word
    ta, tb = "Michael Okafor told the paper he saw the fire start.", "The blaze spread fast, Michela reports."
    a = claim("c1", "a", ta, entities=[ent(ta, "Michael Okafor", "PERSON", "michael okafor", "nsubj:tell")])
    b = claim("c2", "b", tb, entities=[ent(tb, "Michela", "PERSON", "michela", "nsubj:report")])
    assert entities.find(context([a, b], {})) == []


def test_a_first_name_alone_that_the_story_gives_another_person_is_no_misspelled_surname():
    """"Marek" alone, where the story names "Marek Tull", against "Ines Marex": Marek Tull called
    by his first name, not Ines Marex's surname one letter off; without "Marek Tull" in the
    story, the one letter changed is read as her surname misspelled, as before."""
    ta, tb = "“Marek walks out with the keys,” the guard recalls.", "The keys went with Ines Marex, the guard recalls."
    a = claim("c1", "a", ta, entities=[ent(ta, "Marek", "PERSON", "marek", "nsubj:walk")])
    b = claim("c2", "b", tb, entities=[ent(tb, "Ines Marex", "PERSON", "ines marex", "pobj:with")])
    probs = {("c1", "c2"): (0.8, 0.8)}
    assert [p.values for p in entities.find(context([a, b], probs)) if "spells" in p.explanation] \
        == [{"c1": "Marek", "c2": "Ines Marex"}]
    tc = "Marek Tull runs the depot."
    c = claim("c3", "b", tc, entities=[ent(tc, "Marek Tull", "PERSON", "marek tull", "nsubj:run")])
    assert [p for p in entities.find(context([a, b, c], probs)) if "spells" in p.explanation] == []


def test_an_act_told_in_a_month_well_before_the_others_fresh_day_is_an_earlier_occasion():
    """"Ruiz on Thursday threatened to close the port" (written on Friday) / "In January, Ruiz
    threatened to close the port": the threat made again; a month next to the day is one act
    dated two ways."""
    month = partial(month_claim, verb="threaten")
    fresh = claim("c1", "a", "Ruiz on Thursday threatened to close the port.", predicate="threaten",
                  dates=[at("Ruiz on Thursday threatened to close the port.", "Thursday", DAY - dt.timedelta(days=1), "threaten")])
    january = month("c2", "b", "In January, Ruiz threatened to close the port.", "January",
                    dt.date(2024, 1, 1), dt.date(2024, 1, 31))
    assert dates.find(context([fresh, january], {("c1", "c2"): (0.85, 0.85)})) == []
    february = month("c3", "b", "In early February, Ruiz threatened to close the port.", "early February",
                     dt.date(2024, 2, 1), dt.date(2024, 2, 10))
    assert len(dates.find(context([fresh, february], {("c1", "c3"): (0.85, 0.85)}))) == 1


# ---- session 28 ----------------------------------------------------------------------------

def _pct(cid, aid, text, words, anchor):
    i = text.index(words)
    return Quantity(text=words, value=float(words.split()[0]), unit="percent", start=i, end=i + len(words), anchor=anchor)


@pytest.mark.parametrize("other, one, alike, same", [
    # "Not counting fuel, harbour fees rose 1.9 percent" / "harbour fees rose 1.4 percent": a
    # measure with a part left out is another measure
    (("Not counting fuel, harbour fees rose 1.9 percent in the spring.", "1.9 percent", "rise"),
     ("Harbour fees rose 1.4 percent in the spring.", "1.4 percent", "rise"), 0.6,
     ("Harbour fees rose 1.9 percent in the spring.", "1.9 percent", "rise")),
    # "40 percent of the 3,000 tenants" / "70 percent of ferry owners": shares of two wholes
    (("A week after the storm, 70 percent of ferry owners are still without moorings.", "70 percent", "be"),
     ("A week after the storm, 40 percent of the 3,000 tenants are still without heat.", "40 percent", "be"), 0.8,
     ("A week after the storm, 70 percent of tenants are still without heat.", "70 percent", "be")),
    # "75 percent of the remaining pledged delegates" / "67 percent of the remaining delegates and
    # uncommitted super-delegates": a whole with another group joined to it is another whole
    (("She would need 67 percent of the remaining delegates and uncommitted super-delegates to win.", "67 percent", "need"),
     ("She would need 75 percent of the remaining pledged delegates to win.", "75 percent", "need"), 0.8,
     ("She would need 67 percent of the remaining pledged delegates to win.", "67 percent", "need")),
])
def test_figures_of_two_measures_are_no_conflict_and_of_one_measure_are(other, one, alike, same):
    def pct(cid, aid, text, words, anchor):
        return claim(cid, aid, text, quantities=[_pct(cid, aid, text, words, anchor)])
    a, b, c = pct("c1", "a", *other), pct("c2", "b", *one), pct("c3", "a", *same)
    assert numbers.find(context([a, b], {("c1", "c2"): (alike, 0.95)})) == []
    assert len(numbers.find(context([c, b], {("c2", "c3"): (alike, 0.95)}))) == 1


def test_the_figure_another_is_set_against_is_no_figure_of_another_act():
    """Two claims share one figure; the one left on each side hangs on another verb, and one of
    them is the earlier figure the other act's is set against ("up from 2.1 percent"): not one
    figure of one fact. Two figures left that are both outcomes are compared."""
    t1 = "Port traffic grew 3.4 percent while cargo fees rose 5.5 percent."
    t2 = "Cargo fees increased 5.5 percent, up from 2.1 percent a season earlier."
    a = claim("c1", "a", t1, quantities=[_pct("c1", "a", t1, "3.4 percent", "grow"), _pct("c1", "a", t1, "5.5 percent", "rise")])
    b = claim("c2", "b", t2, quantities=[_pct("c2", "b", t2, "5.5 percent", "increase"),
                                         _pct("c2", "b", t2, "2.1 percent", "increase")])
    assert numbers.find(context([a, b], {("c1", "c2"): (0.85, 0.95)})) == []
    t3 = "Cargo fees increased 5.5 percent and port traffic climbed 2.1 percent."
    c = claim("c3", "b", t3, quantities=[_pct("c3", "b", t3, "5.5 percent", "increase"),
                                         _pct("c3", "b", t3, "2.1 percent", "climb")])
    assert len(numbers.find(context([a, c], {("c1", "c3"): (0.85, 0.95)}))) == 1


def test_the_whole_a_part_is_taken_from_is_no_count_of_the_part():
    """"most of the 40 injured were students" / "52 of the injured were students": the whole and
    a part of it, not one count told two ways; two parts are compared."""
    t1 = "The mayor said most of the 40 injured were students."
    t2 = "A hospital spokesman said 52 of the injured were students."
    a = claim("c1", "a", t1, quantities=[_figure(t1, "40", 40, "count", "be")])
    b = claim("c2", "b", t2, quantities=[_figure(t2, "52", 52, "count", "be")])
    assert _number_values(a, b) == []
    t4 = "The blast left 61 people injured, 52 of which were students, officials said."
    d = claim("c4", "b", t4, quantities=[_figure(t4, "52", 52, "count", "be")])
    assert _number_values(a, d) == []
    t3 = "The mayor said 40 of the injured were students."
    c = claim("c3", "a", t3, quantities=[_figure(t3, "40", 40, "count", "be")])
    assert _number_values(c, b) == [{"c3": "40", "c2": "52"}]


def test_one_occasion_counted_differently_needs_a_pair_likely_as_it_stands():
    """An ordinal has no "but for": "the third round's 40 votes" / "40 votes expected in the
    fourth round" are alike only but for their figures, and are not one occasion."""
    def rnd(cid, aid, text, rank, word):
        i = text.index(word)
        return claim(cid, aid, text, ordinals=[Ordinal(text=f"{word} round", rank=rank, word=word, head="round",
                                                        start=i, end=i + len(word) + 6)])
    a = rnd("c1", "a", "The measure drew 40 votes in the third round of voting.", 3, "third")
    b = rnd("c2", "b", "The measure is expected to draw 45 votes in the fourth round of voting.", 4, "fourth")
    assert framing.find(context([a, b], {("c1", "c2"): (0.35, 0.9)})) == []
    # nor, at 0.7, are two things of a kind ("the first quarterfinal" / "Friday's second
    # quarterfinal", "the fifth boy rescued" / "the sixth and seventh boys": read not real on the
    # samples, session 42); a copy of one sentence with its rank changed is (the harness's
    # "first" -> "second", 0.96 likely and more)
    assert framing.find(context([a, b], {("c1", "c2"): (0.7, 0.9)})) == []
    assert len(framing.find(context([a, b], {("c1", "c2"): (0.8, 0.9)}))) == 1


def test_a_speaker_the_other_claim_writes_is_not_another_speaker_of_one_statement():
    """"Ruiz said Vance should keep his post" / "Vance said he would keep his post": the
    first names the second's speaker (though its parser read no name there), so the two tell
    two statements, not one given to two people."""
    t1 = "At a briefing Thursday, Ruiz said Vance should keep his post until the audit ends."
    t2 = "At a briefing Thursday, Vance said he would keep his post until the audit ends."
    a = claim("c1", "a", t1, entities=[ent(t1, "Ruiz", "PERSON", "ruiz", "nsubj:say")])
    b = claim("c2", "b", t2, entities=[ent(t2, "Vance", "PERSON", "vance", "nsubj:say")])
    assert [p for p in entities.find(context([a, b], {("c1", "c2"): (0.8, 0.8)})) if "said by" in p.explanation] == []
    t3 = 'At a briefing Thursday, Ruiz said the mayor "would keep his post until the audit ends."'
    i = t3.index("would")
    c = claim("c3", "a", t3, entities=[ent(t3, "Ruiz", "PERSON", "ruiz", "nsubj:say")],
              quotes=[Quote(text="would keep his post until the audit ends.", speaker="ruiz", start=i, end=i + 41)])
    t4 = 'At a briefing Thursday, Vance said he "would keep his post until the audit ends."'
    j = t4.index("would")
    d = claim("c4", "b", t4, entities=[ent(t4, "Vance", "PERSON", "vance", "nsubj:say")],
              quotes=[Quote(text="would keep his post until the audit ends.", speaker="vance", start=j, end=j + 41)])
    assert [p for p in entities.find(context([c, d], {("c3", "c4"): (0.8, 0.8)})) if "said by" in p.explanation]


def test_whom_an_act_did_not_befall_is_not_another_person_in_its_role():
    """"said they did not vote for Ruiz" / "voted for Vance": Ruiz is whom the vote did not go
    to, not a second person given the vote; told as done by both, the two names differ."""
    t1 = "The couple said they did not vote for Ana Ruiz in the council race."
    t2 = "The couple voted for Tom Vance in the council race."
    a = claim("c1", "a", t1, entities=[ent(t1, "Ana Ruiz", "PERSON", "ana ruiz", "prep:vote")], negated=True,
              actions=["vote"], predicate="say")
    b = claim("c2", "b", t2, entities=[ent(t2, "Tom Vance", "PERSON", "tom vance", "prep:vote")], actions=["vote"],
              predicate="vote")
    assert entities.find(context([a, b], {("c1", "c2"): (0.8, 0.8)})) == []
    t3 = "The couple said they voted for Ana Ruiz in the council race."
    c = claim("c3", "a", t3, entities=[ent(t3, "Ana Ruiz", "PERSON", "ana ruiz", "prep:vote")], actions=["vote"],
              predicate="say")
    assert len(entities.find(context([c, b], {("c2", "c3"): (0.8, 0.8)}))) == 1


def test_days_of_one_verb_done_with_two_people_are_two_acts():
    """"met with Vance on May 2" / "met with Ruiz on May 9": two meetings; one person, one
    meeting on two days."""
    def met(cid, aid, who, d):
        text = f"The envoy met with {who} on May {d.day} in the capital."
        return claim(cid, aid, text, entities=[ent(text, who, "PERSON", who.lower(), "prep:meet")], predicate="meet",
                     dates=[day(f"May {d.day}", d, "meet")])
    a, b = met("c1", "a", "Vance", dt.date(2024, 5, 2)), met("c2", "b", "Ruiz", dt.date(2024, 5, 9))
    assert dates.find(context([a, b], {("c1", "c2"): (0.85, 0.95)})) == []
    c = met("c3", "b", "Vance", dt.date(2024, 5, 9))
    assert [(p.type, p.severity) for p in dates.find(context([a, c], {("c1", "c3"): (0.85, 0.95)}))] == [("date", "high")]


def test_days_on_two_verbs_of_a_likely_pair_are_no_clear_conflict():
    """One day each, on each claim's main verb, in a pair likely to state one fact: compared,
    but medium, the verbs named ("was charged on Monday" / "appeared in court Friday")."""
    a = claim("c1", "a", "The clerk was charged on Monday in the county court.", predicate="charge",
              dates=[day("Monday", dt.date(2024, 3, 4), "charge", weekday=0)])
    b = claim("c2", "b", "The clerk appeared in the county court on Friday.", predicate="appear",
              dates=[day("Friday", dt.date(2024, 3, 8), "appear", weekday=4)])
    (p,) = dates.find(context([a, b], {("c1", "c2"): (0.85, 0.95)}))
    assert p.severity == "medium" and "two verbs" in p.explanation


def test_one_day_of_a_month_written_by_both_one_with_no_year_is_no_finding():
    """"a June 9 payment" / "a June 9, 2016, payment": the year of the first is crosscheck's reading
    (here a year off), nothing an editor could point to; another day is a finding."""
    def call(cid, aid, text, words, d, year):
        i = text.index(words)
        return claim(cid, aid, text, predicate="misstate", dates=[DateRef(text=words, start=i, end=i + len(words), low=d, high=d,
                                                                       day=d.day, month=d.month, year=year, anchor="misstate")])
    a = call("c1", "a", "The clerk misstated a June 9, 2016, payment to the firm.", "June 9, 2016", dt.date(2016, 6, 9), 2016)
    b = call("c2", "b", "The clerk misstated a June 9 payment to the firm.", "June 9", dt.date(2017, 6, 9), None)
    assert dates.find(context([a, b], {("c1", "c2"): (0.9, 0.95)})) == []
    c = call("c3", "b", "The clerk misstated a June 19 payment to the firm.", "June 19", dt.date(2016, 6, 19), None)
    assert len(dates.find(context([a, c], {("c1", "c3"): (0.9, 0.95)}))) == 1


def test_one_month_written_by_both_one_with_no_year_is_no_finding():
    """"pleaded guilty in October" / "in October 2021": the year of the first is crosscheck's
    reading, nothing an editor could point to; another month is a finding."""
    def plea(cid, aid, words, low, high, year):
        text = f"The clerk pleaded guilty in {words} to fraud."
        i = text.index(words)
        return claim(cid, aid, text, predicate="plead", dates=[DateRef(text=words, start=i, end=i + len(words), low=low, high=high,
                                                                    month=low.month, year=year, anchor="plead")])
    a = plea("c1", "a", "October 2021", dt.date(2021, 10, 1), dt.date(2021, 10, 31), 2021)
    b = plea("c2", "b", "October", dt.date(2022, 10, 1), dt.date(2022, 10, 31), None)
    assert dates.find(context([a, b], {("c1", "c2"): (0.9, 0.95)})) == []
    c = plea("c3", "b", "December", dt.date(2021, 12, 1), dt.date(2021, 12, 31), None)
    assert len(dates.find(context([a, c], {("c1", "c3"): (0.9, 0.95)}))) == 1


def test_the_day_a_count_stands_at_is_no_day_of_an_act():
    """"As of Monday, 400 cases had been confirmed" / "As of Tuesday, the region passed 400
    cases": two days of a running count, no act told on two days; days of one act differ."""
    mon, tue = dt.date(2024, 3, 4), dt.date(2024, 3, 5)

    def counted(cid, aid, text, words, d, verb):
        i = text.index(words)
        return claim(cid, aid, text, dates=[DateRef(text=words, start=i, end=i + len(words), low=d, high=d, day=d.day,
                                                    month=d.month, weekday=d.weekday(), anchor=verb)])
    a = counted("c1", "a", "As of Monday, 400 cases had been confirmed in the region.", "Monday", mon, "confirm")
    b = counted("c2", "b", "As of Tuesday, 400 cases had been confirmed in the region.", "Tuesday", tue, "confirm")
    assert dates.find(context([a, b], {("c1", "c2"): (0.9, 0.95)})) == []
    c = counted("c3", "a", "The first case was confirmed in the region on Monday.", "Monday", mon, "confirm")
    d = counted("c4", "b", "The first case was confirmed in the region on Tuesday.", "Tuesday", tue, "confirm")
    assert len(dates.find(context([c, d], {("c3", "c4"): (0.9, 0.95)}))) == 1


def test_a_pet_form_of_a_given_name_is_that_name():
    """"Terry Vance" / "Terrence Vance", "Franzi Vance" / "Franziska Vance": one person (a pet form
    by the first syllable, which the nicknames table may lack); "Mary" is no pet form of
    "Margaret"."""
    from crosscheck.compare.entities import _one_given_name, _pet_form

    assert _pet_form("terry", "terrence") and _pet_form("kathy", "katherine")
    assert _one_given_name(frozenset({"terry"}), frozenset({"terrence"}))
    # a pet form in "i" by the first syllable ("Franzi" / "Franziska"), of four letters before it
    assert _pet_form("franzi", "franziska") and not _pet_form("remi", "remington")
    assert not _pet_form("mary", "margaret") and not _one_given_name(frozenset({"mary"}), frozenset({"margaret"}))


def test_speakers_whose_names_are_one_name_spelled_two_ways_are_one_speaker():
    """"Tom Vancek said" / "Thomas Vanceck said": one speaker written two ways, not one
    statement given to two people; "Port chief Tom Vancek" / "Port chief Ana Ruiz" give one office two holders."""
    t1 = "Port chief Tom Vancek said the ferry left the dock on time."
    t2 = "The head of the port authority, Thomas Vanceck, said the ferry left the dock on time."
    a = claim("c1", "a", t1, entities=[ent(t1, "Tom Vancek", "PERSON", "tom vancek", "nsubj:say")])
    b = claim("c2", "b", t2, entities=[ent(t2, "Thomas Vanceck", "PERSON", "thomas vanceck", "nsubj:say")])
    said_by = lambda ctx: [p for p in entities.find(ctx) if "said by" in p.explanation]
    assert said_by(context([a, b], {("c1", "c2"): (0.9, 0.9)})) == []
    t3 = "Port chief Ana Ruiz said the ferry left the dock on time."
    c = claim("c3", "b", t3, entities=[ent(t3, "Ana Ruiz", "PERSON", "ana ruiz", "nsubj:say")])
    assert said_by(context([a, c], {("c1", "c3"): (0.9, 0.9)}))


def test_two_officials_saying_one_thing_need_one_office_or_one_quotation_to_be_one_statement():
    """"Press secretary Ana Ruiz told reporters that the talks would resume" / "Chief of Staff
    Tom Vance said the talks would resume": two offices, each holder's word; "Mayor Ruiz" /
    "Mayor Vance" one office; '"We will talk again," Ruiz said' / '"We will talk again," said
    Vance' one quotation."""
    said_by = lambda ctx: [p for p in entities.find(ctx) if "said by" in p.explanation]
    def speaker(cid, aid, text, name, key, quote=None):
        qs = [Quote(text=quote, speaker=key, start=text.index(quote), end=text.index(quote) + len(quote))] if quote else []
        return claim(cid, aid, text, entities=[ent(text, name, "PERSON", key, "nsubj:say")], quotes=qs)
    a = speaker("c1", "a", "At the town hall, press secretary Ana Ruiz said the talks would resume next week.", "Ana Ruiz", "ana ruiz")
    b = speaker("c2", "b", "Chief of Staff Tom Vance said the talks would resume next week.", "Tom Vance", "tom vance")
    assert said_by(context([a, b], {("c1", "c2"): (0.95, 0.95)})) == []
    c = speaker("c3", "b", "Town hall press secretary Tom Vance said the talks would resume next week.", "Tom Vance", "tom vance")
    assert said_by(context([a, c], {("c1", "c3"): (0.95, 0.95)}))
    d = speaker("c4", "a", 'Ruiz said the talks were over for now: "We will talk again next week."', "Ruiz", "ruiz",
                "We will talk again next week.")
    e = speaker("c5", "b", 'Vance said the talks were over for now: "We will talk again next week."', "Vance", "vance",
                "We will talk again next week.")
    f = speaker("c6", "b", "Vance said the talks were over for now and would resume next week.", "Vance", "vance")
    assert said_by(context([d, e], {("c4", "c5"): (0.8, 0.8)}))
    assert said_by(context([d, f], {("c4", "c6"): (0.8, 0.8)})) == []


# ---- session 29 ----------------------------------------------------------------------------

def _count(cid, aid, text, words, value, unit, anchor, measures=None):
    i = text.index(words)
    q = Quantity(text=words, value=value, unit=unit, start=i, end=i + len(words), anchor=anchor, measures=measures)
    return claim(cid, aid, text, quantities=[q])


def test_counts_of_two_groups_are_no_conflict_and_of_one_group_are():
    """"four members of the harbour board" / "six members of a visiting trade delegation":
    counts of two groups; "four members of the harbour board" / "five members of the board"
    one group counted two ways."""
    a = _count("c1", "a", "The storm stranded 30 people, including four members of the harbour board.", "four", 4, "member", "include")
    b = _count("c2", "b", "The storm stranded 30 people, including six members of a visiting trade delegation.", "six", 6, "member", "include")
    assert numbers.find(context([a, b], {("c1", "c2"): (0.8, 0.95)})) == []
    c = _count("c3", "b", "The storm stranded 30 people, including five members of the board.", "five", 5, "member", "include")
    assert len(numbers.find(context([a, c], {("c1", "c3"): (0.8, 0.95)}))) == 1


def test_a_figure_of_a_thing_the_other_claim_never_writes_measures_something_else():
    """"stopped at a checkpoint, an almost three-hour drive from the coast" / "was stopped
    about two hours later": a drive and a wait; "a three-hour drive" / "a drive of two hours"
    one drive."""
    a = _count("c1", "a", "Police stopped the van at a checkpoint, an almost three-hour drive from the coast.",
               "almost three-hour", 3, "hour", "stop", measures="drive")
    b = _count("c2", "b", "Police stopped the van about two hours later.", "about two hours", 2, "hour", "stop")
    assert numbers.find(context([a, b], {("c1", "c2"): (0.8, 0.95)})) == []
    c = _count("c3", "b", "Police stopped the van at a checkpoint after a drive of about two hours from the coast.",
               "about two hours", 2, "hour", "stop")
    assert len(numbers.find(context([a, c], {("c1", "c3"): (0.8, 0.95)}))) == 1


def test_a_clause_that_could_happen_is_no_act_told_to_come():
    """"a census of the 9,000 tenants who might choose to move" / "the tenants moved": a guess
    in a relative clause; "the tenants could move" (the claim's own act) against "moved" is
    the status told two ways."""
    aside = claim("c1", "a", "The count covered 9,000 tenants who might choose to move.", predicate="cover",
                  actions=["cover"], acts={"cover": "done", "move": "possible"}, doers={"move": "tenant"})
    done = claim("c2", "b", "The tenants moved out of the tower in May.", predicate="move", actions=["move"],
                 acts={"move": "done"}, doers={"move": "tenant"}, tense="past")
    assert status.find(context([aside, done], {("c1", "c2"): (0.6, 0.6)})) == []
    main = claim("c3", "a", "The tenants could move out of the tower in May.", predicate="move", actions=["move"],
                 acts={"move": "possible"}, doers={"move": "tenant"}, modality="possible")
    assert len(status.find(context([main, done], {("c2", "c3"): (0.6, 0.6)}))) == 1


def test_places_told_side_by_side_each_with_its_own_figures_are_two_facts():
    """"In Boston, Ruiz leads 43 percent to 39" / "In Denver, Vance leads 44 percent to 41":
    two places, each its own figures; the same figures placed in two cities are one fact
    placed twice."""
    def leads(cid, aid, city, x, y):
        text = f"In {city}, the mayor leads {x} percent to {y} percent."
        i = text.index(city)
        return claim(cid, aid, text,
                     entities=[Entity(text=city, label="GPE", key=city.casefold(), role="location", start=i, end=i + len(city),
                                      anchor="prep:lead")],
                     quantities=[Quantity(text=f"{v} percent", value=float(v), unit="percent", start=text.index(f"{v} percent"),
                                          end=text.index(f"{v} percent") + len(f"{v} percent"), anchor="lead") for v in (x, y)])
    alike = {("c1", "c2"): (0.8, 0.8)}
    assert entities.find(context([leads("c1", "a", "Boston", 43, 39), leads("c2", "b", "Denver", 44, 41)], alike)) == []
    assert len(entities.find(context([leads("c1", "a", "Boston", 43, 39), leads("c2", "b", "Denver", 43, 39)], alike))) == 1


def test_one_speakers_words_told_to_two_venues_are_two_remarks():
    """'"We will rebuild every school ...," Okafor told Channel 9's Ana Ruiz' / '..., Okafor
    said in an interview with the Valley Ledger': two occasions, each worded anew; the same
    venue, or none, one remark."""
    told = okafor_says
    c = told("c1", "a", "We will rebuild every school in this province before the rains return", "told Channel 9's Ana Ruiz")
    d = told("c2", "b", "We will rebuild all the schools in the province before the rains come back",
             "said in an interview with the Valley Ledger")
    assert quotes.find(context([c, d], {("c1", "c2"): (0.6, 0.6)})) == []
    e = told("c3", "b", "We will rebuild all the schools in the province before the rains come back", "told Channel 9")
    assert [p.type for p in quotes.find(context([c, e], {("c1", "c3"): (0.6, 0.6)}))] == ["quote"]
    # "The" of a paper's name is no shared venue
    f = told("c4", "a", "We will rebuild every school in this province before the rains return", "told The Valley Ledger")
    g = told("c5", "b", "We will rebuild all the schools in the province before the rains come back", "told The Harbour Courier")
    assert quotes.find(context([f, g], {("c4", "c5"): (0.6, 0.6)})) == []


def test_a_remark_made_on_a_named_programme_is_no_rewording_of_another_occasions():
    """'"...," Okafor said on "Valley Tonight"' against another outlet's quotation of Okafor
    worded differently throughout: the words of that broadcast, not the same remark reworded;
    with no programme named, the same two quotations are one remark reworded."""
    said = okafor_says
    c = said("c1", "a", "The footage does not give the definitive proof we had hoped to see in this case", "said")
    d = said("c2", "b", "The video is not the most definitive piece of evidence we had hoped for in this case", "said")
    found = quotes.find(context([c, d], {("c1", "c2"): (0.9, 0.9)}))
    assert [p.explanation.rsplit(": ", 1)[-1] for p in found] == ["worded differently throughout"]
    e = said("c3", "b", "The video is not the most definitive piece of evidence we had hoped for in this case",
             "acknowledged on “Valley Tonight”")
    assert quotes.find(context([c, e], {("c1", "c3"): (0.9, 0.9)})) == []


def test_a_quote_that_ends_where_the_other_skips_words_is_cut_short_not_reworded():
    """'"... will not give clear guidance on this important issue"' / '"... will not give clear
    guidance…either he is ill-informed about the issue or ignoring his advisers"': the first
    ended in the stretch the second skips; its last word matched past the gap is no anchor.
    The same words with no gap are reworded."""
    a = "the agency will not give clear guidance on this important issue"
    b = "the agency will not give clear guidance…either he is ill-informed about the issue or ignoring his advisers"
    assert quotes.diff(a, b) == ""
    assert quotes.diff(a, "the agency will not give clear guidance on this vital issue") == "important → vital"
    # both ending on the word, the pieces line up: the word changed beside it still differs
    assert quotes.diff("the pumps are in place, ready to run, should the river rise quickly", "ready to run … rose quickly")


def test_a_first_second_or_third_in_figures_or_in_words_is_one_wording():
    assert quotes.diff("defending our 2nd Amendment rights in court", "defending our Second Amendment rights in court") == ""
    assert quotes.diff("it was the 1st time the pier flooded", "it was the first time the pier flooded") == ""
    assert quotes.diff("defending our 2nd Amendment rights in court", "defending our Third Amendment rights in court")


def test_a_clock_time_with_and_without_its_minutes_is_one_wording():
    assert quotes.diff("the ferry left just after 6 p.m. on Sunday", "the ferry left just after 6:00 p.m. on Sunday") == ""
    assert quotes.diff("the ferry left just after 6 p.m. on Sunday", "the ferry left just after 6:30 p.m. on Sunday")


def test_a_name_and_its_initials_in_a_quotation_are_one_wording():
    assert quotes.diff("won the league's MVP award in May", "won the league's Most Valuable Player award in May") == ""
    assert quotes.diff("won the league's MVP award in May", "won the league's Most Improved Player award in May")


def test_initials_with_or_without_stops_are_one_first_name():
    ta, tb = "“We are aware of it,” general manager A.J. Voss said.", "“We are aware of it,” general manager AJ Voss said."
    a = claim("c1", "a", ta, entities=[ent(ta, "A.J. Voss", "PERSON", "a.j. voss", "nsubj:say")])
    b = claim("c2", "b", tb, entities=[ent(tb, "AJ Voss", "PERSON", "aj voss", "nsubj:say")])
    assert [p for p in entities.find(context([a, b], {("c1", "c2"): (0.95, 0.95)})) if "first name" in p.explanation] == []


def test_a_given_name_cut_short_is_one_first_name():
    ta, tb = "The co-op founder Torv Vance opened the dairy.", "The co-op founder Torvald Vance opened the dairy."
    a = claim("c1", "a", ta, entities=[ent(ta, "Torv Vance", "PERSON", "torv vance", "nsubj:open")])
    b = claim("c2", "b", tb, entities=[ent(tb, "Torvald Vance", "PERSON", "torvald vance", "nsubj:open")])
    assert [p for p in entities.find(context([a, b], {("c1", "c2"): (0.95, 0.95)})) if "first name" in p.explanation] == []
    tc = "The co-op founder Ottmar Vance opened the dairy."
    c = claim("c3", "b", tc, entities=[ent(tc, "Ottmar Vance", "PERSON", "ottmar vance", "nsubj:open")])
    assert [p for p in entities.find(context([a, c], {("c1", "c3"): (0.95, 0.95)})) if "first name" in p.explanation]
    # a given name cut to two letters is the name too ("Ty" for "Tywon")
    td, te = "The co-op founder Ty Vance opened the dairy.", "The co-op founder Tywald Vance opened the dairy."
    d = claim("c4", "a", td, entities=[ent(td, "Ty Vance", "PERSON", "ty vance", "nsubj:open")])
    e = claim("c5", "b", te, entities=[ent(te, "Tywald Vance", "PERSON", "tywald vance", "nsubj:open")])
    assert [p for p in entities.find(context([d, e], {("c4", "c5"): (0.95, 0.95)})) if "first name" in p.explanation] == []


def test_a_teams_name_cut_short_is_one_name():
    """"the Gulls had no timeouts" / "the Seagulls had no timeouts" are two names; "the Cards" /
    "the Cardinals" one name cut short."""
    assert swapped("nsubj:have", ("The Cards had no timeouts left.", "Cards", "cards"),
                   ("The Harbour Cardinals had no timeouts left.", "Harbour Cardinals", "cardinals harbour"), p=0.9) == []
    assert swapped("nsubj:have", ("The Gulls had no timeouts left.", "Gulls", "gulls"),
                   ("The Ravens had no timeouts left.", "Ravens", "ravens"), p=0.9)


def test_the_source_a_fact_is_according_to_is_its_teller_not_a_person_in_it():
    ta, tb = "Thirty people were hurt, according to Ana Ruiz of the port authority.", \
        "Thirty people were hurt, according to port authority spokesman Tom Vance."
    a = claim("c1", "a", ta, entities=[ent(ta, "Ana Ruiz", "PERSON", "ruiz ana", "pobj:accord")])
    b = claim("c2", "b", tb, entities=[ent(tb, "Tom Vance", "PERSON", "vance tom", "pobj:accord")])
    assert [p for p in entities.find(context([a, b], {("c1", "c2"): (0.6, 0.6)})) if "(accord)" in p.explanation] == []


def test_a_papers_words_and_a_persons_alike_words_are_two_sources():
    """'"The levy amounted to an act of plain confiscation ...," the complaint states' /
    '"This amounted to an act of open confiscation ...," Okafor said': a paper's text and a
    person's statement paraphrasing it, not one remark quoted two ways; two quotations of the
    paper, or one with no speaker given, are compared."""
    from crosscheck.models import Quote

    def quoting(cid, aid, words, who):
        text = f"“{words},” {who}."
        return claim(cid, aid, text, quotes=[Quote(text=words, speaker=who.rsplit(" ", 1)[0], start=1, end=1 + len(words))])
    paper = quoting("c1", "a", "The levy amounted to an act of plain confiscation of the harbour traders' savings",
                    "the complaint states")
    person_words = "This amounted to an act of open confiscation of the harbour traders' savings"
    okafor = said("c2", "b", person_words)
    assert quotes.find(context([paper, okafor], {("c1", "c2"): (0.9, 0.9)})) == []
    again = quoting("c3", "b", "The levy amounted to an act of open confiscation of the harbour traders' savings",
                    "the complaint states")
    assert [p.type for p in quotes.find(context([paper, again], {("c1", "c3"): (0.9, 0.9)}))] == ["quote"]
    unsaid = claim("c4", "b", f"“{person_words}.”", quotes=[Quote(text=person_words, start=1, end=1 + len(person_words))])
    assert [p.type for p in quotes.find(context([paper, unsaid], {("c1", "c4"): (0.9, 0.9)}))] == ["quote"]
    # "It said": the paper, as likely as not
    it = quoting("c5", "b", person_words, "It said")
    assert [p.type for p in quotes.find(context([paper, it], {("c1", "c5"): (0.9, 0.9)}))] == ["quote"]


def test_the_same_words_given_to_two_speakers_only_where_each_claim_has_its_speaker_say_them():
    """'"The pier will stay shut all winter," Ruiz said' / '"...," Vance said': the same words
    given to two people, high; '"...," the law firm representing Vance said': Vance is named
    beside the one who speaks, not as saying it."""
    from crosscheck.models import Quote

    words = "The pier will stay shut all winter"

    def said_by(cid, aid, who, key, anchor):
        text = f"“{words},” {who} said."
        i = text.index(key.title())
        return claim(cid, aid, text, quotes=[Quote(text=words, speaker=key, start=1, end=1 + len(words))],
                     entities=[Entity(text=key.title(), label="PERSON", key=key, start=i, end=i + len(key), anchor=anchor)])
    ruiz = said_by("c1", "a", "Ruiz", "ruiz", "nsubj:say")
    vance = said_by("c2", "b", "Vance", "vance", "nsubj:say")
    found = quotes.find(context([ruiz, vance], {("c1", "c2"): (0.8, 0.8)}))
    assert [(p.type, p.severity) for p in found] == [("entity", "high")]  # who said it: a name
    firm = said_by("c3", "b", "the law firm representing Vance", "vance", "dobj:represent")
    assert [p for p in quotes.find(context([ruiz, firm], {("c1", "c3"): (0.8, 0.8)})) if p.severity == "high"] == []


def test_figures_given_at_two_moments_of_a_day_are_no_conflict():
    """"The river stood at 14 feet early Monday afternoon" / "... at 16 feet late Monday night":
    a figure that moves, given at two moments; "as of 4 p.m." on both sides one moment."""
    def level(cid, aid, text, v):
        i = text.index(f"{v} feet")
        return claim(cid, aid, text, quantities=[Quantity(text=f"{v} feet", value=float(v), unit="foot", start=i,
                                                          end=i + len(f"{v} feet"), anchor="stand")])
    alike = {("c1", "c2"): (0.8, 0.95)}
    a = level("c1", "a", "The river stood at 14 feet early Monday afternoon, the weather service said.", 14)
    b = level("c2", "b", "The river stood at 16 feet late Monday night.", 16)
    assert numbers.find(context([a, b], alike)) == []
    c = level("c1", "a", "As of 4 p.m., the river stood at 14 feet.", 14)
    d = level("c2", "b", "The river stood at 16 feet as of 4 p.m. Monday.", 16)
    assert len(numbers.find(context([c, d], alike))) == 1


# ---- session 30: rules from pairs parts 4 and 5, on invented sentences -------------------------

def test_a_count_of_others_besides_one_named_is_no_count_of_the_whole():
    """"Captain Ruiz and three other crew members were rescued" / "rescued four crew members":
    three besides the captain, four in all; two counts of others that differ still conflict."""
    a = _count("c1", "a", "Captain Ruiz and three other crew members were rescued from the ferry.", "three", 3, "member", "rescue")
    b = _count("c2", "b", "Coast guards rescued four crew members from the ferry.", "four", 4, "member", "rescue")
    assert numbers.find(context([a, b], {("c1", "c2"): (0.6, 0.9)})) == []
    c = _count("c3", "b", "Captain Ruiz and two other crew members were rescued from the ferry.", "two", 2, "member", "rescue")
    assert [p.type for p in numbers.find(context([a, c], {("c1", "c3"): (0.6, 0.9)}))] == ["number"]


def test_an_ordinal_of_the_period_something_falls_in_counts_no_occasion():
    """"the levy falls to 2 percent in the third year" / "a levy of 5 percent in the first
    year": two years of one schedule, not one occasion counted two ways; "its third vote" /
    "its first vote" is."""
    ta = "The levy lasts three years, starting at 5 percent and falling to 2 percent in the third year."
    tb = "The council set a levy of 5 percent on ferry tickets in the first year."
    a = claim("c1", "a", ta, ordinals=[_rank(ta, "third", 3, "year")])
    b = claim("c2", "b", tb, ordinals=[_rank(tb, "first", 1, "year")])
    assert framing.find(context([a, b], {("c1", "c2"): (0.9, 0.9)})) == []
    tc, td = "The council held its third vote on the levy.", "The council held its first vote on the levy."
    c = claim("c3", "a", tc, ordinals=[_rank(tc, "third", 3, "vote")])
    d = claim("c4", "b", td, ordinals=[_rank(td, "first", 1, "vote")])
    assert [p.type for p in framing.find(context([c, d], {("c3", "c4"): (0.9, 0.9)}))] == ["framing"]
    # the periods of a game: two moments of one match ("in the fifth inning" / "during the sixth inning")
    te, tf = "The pitcher threw a curve in the fifth inning.", "The pitcher gave up a run during the sixth inning."
    e = claim("c5", "a", te, ordinals=[_rank(te, "fifth", 5, "inning")])
    f = claim("c6", "b", tf, ordinals=[_rank(tf, "sixth", 6, "inning")])
    assert framing.find(context([e, f], {("c5", "c6"): (0.9, 0.9)})) == []


def test_a_comma_one_quote_puts_in_a_short_remark_breaks_no_run():
    """"Undoubtedly, it was sabotage" / "Undoubtedly it was an accident": one short remark, its
    end changed; the comma after the first word is no break in its run of three."""
    x, y = quotes.words("Undoubtedly, it was sabotage,"), quotes.words("Undoubtedly it was an accident,")
    assert quotes.same_remark(x, y) and quotes._changes(x, y) == "sabotage, → an accident,"


def test_a_comma_is_no_word_of_a_run_two_quotes_share():
    """"And I will close it for the holidays," / "I am proud to close the harbour for the
    holidays": three words in a row and a comma are no run of four; one remark reworded a little
    still lines up."""
    a = quotes.words("And I will close it for the holidays,")
    b = quotes.words("If they refuse … I am proud to close the harbour for the holidays, Tom.")
    assert not quotes.same_remark(a, b)
    assert quotes.same_remark(quotes.words("And I will close it for the holidays, and for good,"),
                              quotes.words("I will close it for the holidays, and for good"))
    # a contraction of one reading is written out to line up: "would've" / "would have"
    assert quotes.same_remark(quotes.words("calmer than I would have expected,"),
                              quotes.words("She seemed fairly calm, calmer than I would've expected,"))
    # and an abbreviation of a word the other quote writes out: "Gov." / "Governor"
    x, y = quotes.words("I feel badly for Governor Vance,"), quotes.words("I feel very badly for Gov. Vance,")
    assert quotes.same_remark(x, y) and quotes._changes(x, y) == "(nothing) → very"



def test_british_and_american_spellings_of_a_quoted_word_are_house_style():
    """"characterisation" / "characterization", "colour" / "color": one word; "four" / "for" are
    two."""
    x = quotes.words("There was a little tongue-in-cheek in that characterisation of our colour.")
    y = quotes.words("There was a little tongue-in-cheek in that characterization of our color,")
    assert quotes.same_remark(x, y) and quotes._changes(x, y) == ""
    z = quotes.words("There were four ferries waiting in the harbour for the night")
    assert quotes._changes(z, quotes.words("There were for ferries waiting in the harbor for the night")) == "four → for"


def test_an_act_whose_figure_the_other_claim_gives_its_done_act_is_that_act():
    """"The levy was approved 41-7" / "passed on a 41-7 vote and goes to the county board, which
    is expected to approve it next week": the tally names the council's vote, told done on both
    sides; the board's approval to come is another act. Without the shared tally it is one act
    told two ways."""
    tally = lambda text, anchor: Quantity(text="41-7", value=41007, unit="tally", start=text.index("41-7"),
                                          end=text.index("41-7") + 4, anchor=anchor)
    ta = "The ferry levy passed on a 41-7 vote and goes to the county board, which is expected to approve it next week."
    pending = claim("c1", "a", ta, actions=["pass", "go"], acts={"pass": "done", "approve": "expected"},
                    quantities=[tally(ta, "pass")])
    tb = "The ferry levy was approved 41-7 over the objections of the harbour towns."
    done = claim("c2", "b", tb, actions=["approve"], acts={"approve": "done"}, doers={"approve": "levy"},
                 quantities=[tally(tb, "approve")])
    assert status.find(context([pending, done], {("c1", "c2"): (0.6, 0.6)})) == []
    tc = "The ferry levy was approved over the objections of the harbour towns."
    untallied = claim("c3", "b", tc, actions=["approve"], acts={"approve": "done"}, doers={"approve": "levy"})
    assert [p.type for p in status.find(context([pending, untallied], {("c1", "c3"): (0.6, 0.6)}))] == ["status"]


def test_a_surname_and_its_feminine_or_family_form_are_two_people_not_a_spelling():
    """"Dunaev" / "Dunaeva" (a husband and his wife), "Dunaeva" / "the Dunaevs" (she and her
    family): not one name spelled two ways; "Dunaev" / "Dunaiev" is, and so is a given name
    that adds an "a" ("Marek" / "Mareka")."""
    def named(cid, aid, name, key):
        text = f"{name} left the port city on Thursday."
        return claim(cid, aid, text, entities=[ent(text, name, "PERSON", key, "nsubj:leave")])
    husband = named("c1", "a", "Oleg Dunaev", "dunaev oleg")
    assert entities.find(context([husband, named("c2", "b", "Dunaeva", "dunaeva")], {})) == []
    assert entities.find(context([named("c3", "a", "Dunaeva", "dunaeva"), named("c4", "b", "The Dunaevs", "dunaevs")], {})) == []
    found = entities.find(context([husband, named("c5", "b", "Oleg Dunaiev", "dunaiev oleg")], {}))
    assert [p.values for p in found] == [{"c1": "Oleg Dunaev", "c5": "Oleg Dunaiev"}]
    found = entities.find(context([named("c6", "a", "Marek Dunaev", "dunaev marek"), named("c7", "b", "Mareka Dunaev", "dunaev mareka")], {}))
    assert [p.values for p in found] == [{"c6": "Marek Dunaev", "c7": "Mareka Dunaev"}]


def test_a_unit_written_short_and_a_comma_closing_a_cut_quotation_are_house_style():
    """"12,000ft" / "12,000 feet", "40%" / "40 percent", "$3bn" / "$3 billion": one word each;
    a quotation cut short whose comma leads to the attribution ("... a fair rate," he said)
    changes no word of the other's "... a fair rate of pay."; "3m" (metres) stays as written."""
    x = quotes.words("The ferry climbed to 12,000ft, spent $3bn and 40% of its fuel")
    y = quotes.words("the ferry climbed to 12,000 feet, spent $3 billion and 40 percent of its fuel")
    assert quotes.same_remark(x, y) and quotes._changes(x, y) == ""
    assert quotes.words("a 3m wall") == ["a", "3m", "wall"]
    cut = quotes.words("We hold that the board is bound to pay the crews a fair rate,")
    full = quotes.words("is bound to pay the crews a fair rate of pay.")
    assert quotes.same_remark(cut, full) and quotes._changes(full, cut) == ""
    assert quotes._changes(full, quotes.words("is bound to pay the crews a fair rate of return,")) == "pay. → return,"


def test_a_subject_the_other_claim_names_in_passing_is_one_doer_only_in_a_pair_likely_one_fact():
    """"The full council is expected to vote on the ferry levy" / "The council's budget
    committee voted on the ferry levy": the committee's claim names the council in passing; in
    a pair 0.6 likely, two bodies' votes; at NAMED_DOER or more one act told two ways. One
    subject ("the council") is one doer at any bar the rule asks."""
    pending = claim("c1", "a", "The full council is expected to vote on the ferry levy this week.",
                    actions=["vote"], acts={"vote": "expected"}, doers={"vote": "council"}, lemmas=["council", "levy"])
    done = claim("c2", "b", "The council's budget committee voted on the ferry levy.",
                 actions=["vote"], acts={"vote": "done"}, doers={"vote": "committee"}, lemmas=["council", "committee", "levy"])
    assert status.find(context([pending, done], {("c1", "c2"): (0.6, 0.6)})) == []
    assert [p.claims for p in status.find(context([pending, done], {("c1", "c2"): (status.NAMED_DOER, 0.9)}))] == [("c1", "c2")]
    council = claim("c3", "b", "The council voted on the ferry levy.",
                    actions=["vote"], acts={"vote": "done"}, doers={"vote": "council"}, lemmas=["council", "levy"])
    assert [p.claims for p in status.find(context([pending, council], {("c1", "c3"): (0.6, 0.6)}))] == [("c1", "c3")]


def test_a_person_of_an_act_told_in_another_year_is_another_occasion():
    """"In 2019, the mayor toured the pier with Ana Ruiz" against an article of 2024's "The mayor
    toured the pier with Tom Vance": two tours, each with its person; in the article's own
    year, or with no year written, two names for one act."""
    def toured(cid, aid, text, who):
        return claim(cid, aid, text, entities=[ent(text, who, "PERSON", who.lower(), "prep:tour")], actions=["tour"],
                     predicate="tour")
    b = toured("c2", "b", "The mayor toured the pier with Tom Vance.", "Tom Vance")
    before = toured("c1", "a", "In 2019, the mayor toured the pier with Ana Ruiz.", "Ana Ruiz")
    assert entities.find(context([before, b], {("c1", "c2"): (0.8, 0.8)})) == []
    this_year = toured("c3", "a", f"In {DAY.year}, the mayor toured the pier with Ana Ruiz.", "Ana Ruiz")
    assert len(entities.find(context([this_year, b], {("c2", "c3"): (0.8, 0.8)}))) == 1
    unwritten = toured("c4", "a", "The mayor toured the pier with Ana Ruiz.", "Ana Ruiz")
    assert len(entities.find(context([unwritten, b], {("c2", "c4"): (0.8, 0.8)}))) == 1


def test_a_short_quotation_counts_as_the_same_words_only_as_its_speakers():
    """"The memo, Ruiz said, blames 'the harbour board'" / "Vance said the clerk wrote that it
    was 'the harbour board's doing'": a phrase of the memo that both speak of, no statement
    given to two people; '"It is the harbour board," Ruiz said' / '"It is the harbour board,"
    Vance said' is one."""
    def saying(cid, aid, text, name, key, words, speaker):
        i = text.index(words)
        return claim(cid, aid, text, entities=[ent(text, name, "PERSON", key, "nsubj:say")],
                     quotes=[Quote(text=words, speaker=speaker, start=i, end=i + len(words))])
    said_by = lambda found: [p for p in found if "said by" in p.explanation]
    a = saying("c1", "a", 'The memo, Ruiz said, blames "the harbour board" for the delay.', "Ruiz", "ruiz",
               "the harbour board", "ruiz")
    b = saying("c2", "b", 'Vance said the clerk wrote that the delay was "the harbour board".', "Vance", "vance",
               "the harbour board", None)
    assert said_by(entities.find(context([a, b], {("c1", "c2"): (0.8, 0.8)}))) == []
    c = saying("c3", "b", '"It is the harbour board," Vance said of the delay.', "Vance", "vance", "It is the harbour board,", "vance")
    d = saying("c4", "a", '"It is the harbour board," Ruiz said of the delay.', "Ruiz", "ruiz", "It is the harbour board,", "ruiz")
    assert len(said_by(entities.find(context([c, d], {("c3", "c4"): (0.8, 0.8)})))) == 1


def test_a_verb_of_saying_is_no_main_act_whose_status_the_claims_tell():
    """"Others argued that the levy could raise fares for the harbour towns" / "Some critics
    argued the levy could raise fares": both tell an argument made and a possibility argued;
    the claim's "could" is no status of the arguing."""
    a = claim("c1", "a", "Others argued that the levy could raise fares for the harbour towns.",
              actions=["argue", "raise"], acts={"raise": "possible"}, modality="possible")
    b = claim("c2", "b", "Some critics argued the levy could raise fares for the harbour towns, the paper reports.",
              actions=["argue", "raise", "report"], acts={"raise": "possible", "argue": "done"}, modality="asserted", tense="past")
    assert status.find(context([a, b], {("c1", "c2"): (0.9, 0.9)})) == []
    c = claim("c3", "b", "Some critics blocked the levy in the harbour towns.", actions=["block"], acts={"block": "done"},
              modality="asserted", tense="past")
    d = claim("c4", "a", "Some critics could block the levy in the harbour towns.", actions=["block"],
              acts={"block": "possible"}, modality="possible")
    assert [p.type for p in status.find(context([c, d], {("c3", "c4"): (0.9, 0.9)}))] == ["status"]


def test_a_post_the_page_embeds_is_in_no_pair_the_comparisons_take():
    """An embedded post's words are its author's: the outlet shows them, it does not tell them,
    so a day or a figure in them sets nothing against another outlet's telling."""
    ta, tb = "The ferry line reopened the pier on Friday.", "We reopened the pier on Thursday, as promised!"
    a = claim("c1", "a", ta, dates=[day("Friday", dt.date(2024, 3, 8), "reopen", weekday=4)])
    b = claim("c2", "b", tb, dates=[day("Thursday", dt.date(2024, 3, 7), "reopen", weekday=3)],
              quotes=[Quote(text=tb, speaker="tom vance", posted=True, start=0, end=len(tb))])
    probabilities = {("c1", "c2"): (0.6, 0.9)}
    assert context([a, b], probabilities).compared_pairs() == []
    assert dates.find(context([a, b], probabilities)) == []
    told = claim("c2", "b", tb, dates=b.facts.dates)
    assert context([a, told], probabilities).compared_pairs() == [("c1", "c2")]


def test_a_post_the_page_embeds_is_no_remark_the_outlet_quotes():
    """Lined up as remarks, embedded posts took the place of the outlets' own quotations of the
    same words (each stretch of a remark meets one remark of each other outlet): a post is shown
    as written, and only the outlets' quotations are compared."""
    from crosscheck.models import Quote

    ours, words = "We will reopen the pier for every crew by the end of March", "We will reopen the pier for all the crews by the end of March"
    assert quote_types(ours, words) == ["quote"]
    a = said("c1", "a", ours)
    posted = claim("c2", "b", words, quotes=[Quote(text=words, speaker="okafor", posted=True, start=0, end=len(words))])
    assert quotes.find(context([a, posted], {("c1", "c2"): (0.9, 0.9)})) == []


def test_a_word_said_again_across_a_dash_is_a_stutter_said_once():
    """"we'll -- we'll reopen": a stutter one outlet keeps and another tidies away is no change of
    wording; a word changed beside it still is."""
    stutter = "And look, we'll -- we'll be ready to reopen the pier this spring"
    assert quote_types(stutter, "And look, we'll be ready to reopen the pier this spring") == []
    assert quote_types(stutter, "And look, we'll be eager to reopen the pier this spring") == ["quote"]


def test_people_after_two_prepositions_of_one_verb_hold_two_roles():
    """"was charged along with Tom Vance" and "was charged with the theft of Ana Ruiz's boat":
    both names hang on "charge" after a preposition, in two roles; after the same preposition
    they hold one."""
    vance = ("The deckhand was charged along with Tom Vance, the ferry's captain.", "Tom Vance", "vance tom")
    ruiz = ("The deckhand was charged with the theft of the boats of Ana Ruiz.", "Ana Ruiz", "ruiz ana")
    assert swapped("prep:charge", vance, ruiz) == []
    ruiz_along = ("The deckhand was charged along with Ana Ruiz, the ferry's captain.", "Ana Ruiz", "ruiz ana")
    assert swapped("prep:charge", vance, ruiz_along) == [{"c1": "Tom Vance", "c2": "Ana Ruiz"}]


def test_a_day_on_a_verb_that_sets_two_things_in_order_is_no_day_of_an_act():
    """"The letters followed the mayor's speech on Friday about the repairs" / "The remarks follow
    a string of letters on Saturday": each day is of one of the things set in order, not of the
    following; two days of one act still differ."""
    fri, sat = dt.date(2024, 3, 8), dt.date(2024, 3, 9)
    a = claim("c1", "a", "The letters followed the mayor's speech on Friday about the repairs.", dates=[day("Friday", fri, "follow", weekday=4)])
    b = claim("c2", "b", "The remarks follow a string of letters on Saturday about the repairs.", dates=[day("Saturday", sat, "follow", weekday=5)])
    assert dates.find(context([a, b], {("c1", "c2"): (0.85, 0.9)})) == []
    c = claim("c3", "a", "The crews finished the repairs on Friday.", dates=[day("Friday", fri, "finish", weekday=4)])
    d = claim("c4", "b", "The crews finished the repairs on Saturday.", dates=[day("Saturday", sat, "finish", weekday=5)])
    assert [p.type for p in dates.find(context([c, d], {("c3", "c4"): (0.85, 0.9)}))] == ["date"]


def test_a_day_on_another_verb_of_a_claim_that_tells_the_act_undated_is_another_acts_day():
    """"Vance was detained Wednesday" / "Vance announced Saturday he would resign, days after being
    detained": the second claim tells the detaining with no day, its Saturday is the announcing."""
    wed, sat = dt.date(2024, 3, 6), dt.date(2024, 3, 9)
    a = claim("c1", "a", "Vance was detained Wednesday morning.", dates=[day("Wednesday", wed, "detain", weekday=2)],
              predicate="detain", lemmas=["vance", "detain", "wednesday", "morning"])
    b = claim("c2", "b", "Vance announced Saturday he would resign, days after being detained.",
              dates=[day("Saturday", sat, "announce", weekday=5)], predicate="announce",
              lemmas=["vance", "announce", "saturday", "resign", "day", "detain"])
    assert dates.find(context([a, b], {("c1", "c2"): (0.85, 0.95)})) == []
    c = claim("c3", "b", "Vance announced Saturday he was detained.", dates=[day("Saturday", sat, "detain", weekday=5)],
              predicate="announce", lemmas=["vance", "announce", "saturday", "detain"])
    assert [p.type for p in dates.find(context([a, c], {("c1", "c3"): (0.85, 0.95)}))] == ["date"]
    # the act told as what was announced is dated by the announcing: "Vance is resigning, he
    # announced Saturday" against "Vance resigned on Friday"
    fri = dt.date(2024, 3, 8)
    d = claim("c4", "a", "Vance resigned on Friday.", dates=[day("Friday", fri, "resign", weekday=4)],
              predicate="resign", lemmas=["vance", "resign", "friday"])
    e = claim("c5", "b", "Vance is resigning from the board, he announced Saturday.",
              dates=[day("Saturday", sat, "announce", weekday=5)], predicate="announce",
              lemmas=["vance", "resign", "board", "announce", "saturday"])
    assert [p.type for p in dates.find(context([d, e], {("c4", "c5"): (0.85, 0.95)}))] == ["date"]


def test_counts_of_one_noun_said_to_measure_two_things_are_two_measures():
    """"a bare, 13-seat majority" / "short of the 17-seat quorum": the first claim names no
    quorum, the two figures measure two things; two majorities differ."""
    def seats(text, figure, value, measures):
        i = text.index(figure)
        return Quantity(text=figure, value=value, unit="seat", start=i, end=i + len(figure), anchor="pass", measures=measures)

    ta = "The council can pass the levy with a bare, 13-seat majority."
    tb = "The council can pass the levy with a bare majority though short of the 17-seat quorum."
    a = claim("c1", "a", ta, quantities=[seats(ta, "13", 13, "bare majority")])
    b = claim("c2", "b", tb, quantities=[seats(tb, "17", 17, "quorum")])
    assert numbers.find(context([a, b], {("c1", "c2"): (0.6, 0.9)})) == []
    tc = "The council can pass the levy with a bare, 17-seat majority."
    c = claim("c3", "b", tc, quantities=[seats(tc, "17", 17, "bare majority")])
    assert [p.type for p in numbers.find(context([a, c], {("c1", "c3"): (0.6, 0.9)}))] == ["number"]


def test_places_joined_in_one_role_are_one_act_of_many_places():
    """"issued flood warnings for Ohio" / "issued flood warnings for Indiana and Kentucky": an act
    told of several places, each outlet naming some of them, no conflict; "for Indiana" alone
    against "for Ohio" is one."""
    def warned(cid, aid, places_):
        text = "Forecasters issued flood warnings for " + " and ".join(places_) + " on Monday."
        ents = [Entity(text=p, label="GPE", key=p.casefold(), start=text.index(p), end=text.index(p) + len(p),
                       anchor="prep:issue" if i == 0 else "conj:issue") for i, p in enumerate(places_)]
        return claim(cid, aid, text, entities=ents)
    assert entities.find(context([warned("c1", "a", ["Ohio"]), warned("c2", "b", ["Indiana", "Kentucky"])],
                                 {("c1", "c2"): (0.8, 0.8)})) == []
    found = entities.find(context([warned("c1", "a", ["Ohio"]), warned("c2", "b", ["Indiana"])], {("c1", "c2"): (0.8, 0.8)}))
    assert [p.values for p in found] == [{"c1": "Ohio", "c2": "Indiana"}]


def test_the_day_someone_spoke_is_no_day_of_what_they_spoke_about():
    """"Vance spoke Friday with reporters about the levy he signed" / "Vance signed the levy on
    Thursday": the Friday is the day of the talk (a verb of saying), not of the signing."""
    fri, thu = dt.date(2024, 3, 8), dt.date(2024, 3, 7)
    a = claim("c1", "a", "Vance spoke Friday with reporters about the levy he signed.",
              dates=[day("Friday", fri, "speak", weekday=4)], predicate="speak")
    b = claim("c2", "b", "Vance signed the levy on Thursday.", dates=[day("Thursday", thu, "sign", weekday=3)],
              predicate="sign")
    assert dates.find(context([a, b], {("c1", "c2"): (0.85, 0.95)})) == []


def test_an_act_told_with_other_amounts_in_two_statuses_is_a_forecast_and_an_outcome():
    """"up to 9 inches of snow could fall" / "20 inches of snow fell over two days": two
    amounts, a forecast and what happened, not one act in two statuses; one amount told twice
    ("could raise $5 million" / "raised $5 million") still is."""
    def inches(value):
        return q(f"{value} inches", value, "inch", "fall")
    could = claim("c1", "a", "The harbour master said up to 9 inches of snow could fall.", actions=["fall"],
                  acts={"fall": "possible"}, modality="possible", quantities=[inches(9)])
    fell = claim("c2", "b", "Some 20 inches of snow fell on the harbour in two days.", actions=["fall"],
                 acts={"fall": "done"}, modality="asserted", tense="past", quantities=[inches(20)])
    assert status.find(context([could, fell], {("c1", "c2"): (0.8, 0.8)})) == []
    same = fell.model_copy(update={"facts": fell.facts.model_copy(update={"quantities": [inches(9)]})})
    assert len(status.find(context([could, same], {("c1", "c2"): (0.8, 0.8)}))) == 1
    # a figure misread or rounded is one amount told two ways: the status finding stays
    near = fell.model_copy(update={"facts": fell.facts.model_copy(update={"quantities": [inches(11)]})})
    assert len(status.find(context([could, near], {("c1", "c2"): (0.8, 0.8)}))) == 1
    # amounts of no unit in common measure two things ("could fall 9 inches deep" / "fell on 40
    # percent of the county"); the span an act takes measures no amount and tells nothing
    share = fell.model_copy(update={"facts": fell.facts.model_copy(update={"quantities": [q("40 percent", 40, "percent", "fall")]})})
    assert status.find(context([could, share], {("c1", "c2"): (0.8, 0.8)})) == []
    spans = fell.model_copy(update={"facts": fell.facts.model_copy(update={"quantities": [q("two days", 2, "day", "fall")]})})
    assert len(status.find(context([could, spans], {("c1", "c2"): (0.8, 0.8)}))) == 1


def test_an_act_done_once_told_with_other_amounts_in_two_statuses_is_a_plan_and_a_tally_in_any_pair():
    """"the trust may release as many as a dozen reports" / "the trust has released three
    reports since May": an act done once (read story-wide, whatever the pair's probability)
    with two amounts, a plan and what is done so far; one amount told twice still differs."""
    def reports(text, value, unit="report"):
        return q(text, value, unit, "release")
    may = claim("c1", "a", "The trust may release as many as a dozen reports.", actions=["release"],
                acts={"release": "possible"}, doers={"release": "trust"}, modality="possible",
                quantities=[reports("as many as a dozen", 12, "report")])
    did = claim("c2", "b", "The trust has released three reports since May.", actions=["release"],
                acts={"release": "done"}, doers={"release": "trust"}, tense="past",
                quantities=[reports("three", 3, "count")])
    assert status.find(context([may, did], {("c1", "c2"): (0.0, 0.0)})) == []
    same = did.model_copy(update={"facts": did.facts.model_copy(update={"quantities": [reports("a dozen", 12)]})})
    assert len(status.find(context([may, same], {("c1", "c2"): (0.0, 0.0)}))) == 1


def test_what_a_plan_holds_is_no_act_told_in_two_statuses():
    """"the mayor proposed a budget that would include $2 million for the pier" / "the budget
    the mayor offered had included $2 million for the pier": what the budget holds, told of a
    proposal, no event to come or done; a verb of an event still is ("would release" /
    "released")."""
    def told(cid, aid, text, verb, status_):
        return acting(cid, aid, text, [verb], status_, "budget")
    would = told("c1", "a", "The mayor proposed a budget that would include $2 million for the pier.", "include", "possible")
    had = told("c2", "b", "The budget the mayor offered had included $2 million for the pier.", "include", "done")
    assert status.find(context([would, had], {("c1", "c2"): (0.9, 0.9)})) == []
    would_r = told("c3", "a", "The mayor said the board would release $2 million for the pier.", "release", "possible")
    had_r = told("c4", "b", "The board released $2 million for the pier, the mayor said.", "release", "done")
    assert [p.type for p in status.find(context([would_r, had_r], {("c3", "c4"): (0.9, 0.9)}))] == ["status"]


def test_a_pause_written_as_dots_against_a_comma_and_a_contraction_is_no_change():
    """'"once the tide turns…it's done"' / '"Once the tide turns, it is done"': a pause and a
    contraction, the same words."""
    paused = "once the tide turns at the pier…it’s done for the whole harbour"
    assert quote_types(paused, "Once the tide turns at the pier, it is done for the whole harbour") == []
    assert quote_types(paused, "Once the tide turns at the pier, it is over for the whole harbour") == ["quote"]


def test_a_day_the_other_outlet_gives_elsewhere_is_another_occasion_of_its_story():
    """"Tuesday night's concert ran late" / "Here is the programme of Wednesday night's concert":
    two days that name a concert, and the second outlet's article gives Tuesday too (two nights
    of one festival): two occasions; with that claim gone they are one occasion's days."""
    tue, wed = dt.date(2024, 3, 5), dt.date(2024, 3, 6)
    a = claim("c1", "a", "Tuesday night's concert ran late, past midnight.", dates=[day("Tuesday", tue, "concert", weekday=1)])
    b = claim("c2", "b", "Here is the programme of Wednesday night's concert.", dates=[day("Wednesday", wed, "concert", weekday=2)])
    c = claim("c3", "b", "Ten bands played on Tuesday in the park.", dates=[day("Tuesday", tue, "play", weekday=1)])
    assert dates.find(context([a, b, c], {("c1", "c2"): (0.6, 0.85)})) == []
    assert [p.type for p in dates.find(context([a, b], {("c1", "c2"): (0.6, 0.85)}))] == ["date"]
    # told beyond doubt as one fact, a day the other article gives elsewhere does not explain it
    # unless each article gives the other's day
    assert [p.type for p in dates.find(context([a, b, c], {("c1", "c2"): (0.9, 0.95)}))] == ["date"]
    # days of an act, not names of occasions: a day the other article gives elsewhere explains
    # nothing ("the band played Tuesday" / "the band played Wednesday")
    d = claim("c4", "a", "The band played Tuesday night in the park.", dates=[day("Tuesday", tue, "play", weekday=1)],
              acts={"play": "done"})
    e = claim("c5", "b", "The band played Wednesday night in the park.", dates=[day("Wednesday", wed, "play", weekday=2)],
              acts={"play": "done"})
    assert [p.type for p in dates.find(context([d, e, c], {("c4", "c5"): (0.6, 0.85)}))] == ["date"]
    # the claims' main verb, which the facts read as a status and not an act ("scheduled a call
    # Tuesday"): a day of what the claims tell, no name of an occasion
    f = claim("c6", "a", "The board scheduled a call Tuesday with the crews.", dates=[day("Tuesday", tue, "schedule", weekday=1)],
              predicate="schedule")
    g = claim("c7", "b", "The board has also scheduled a call Wednesday with the crews.",
              dates=[day("Wednesday", wed, "schedule", weekday=2)], predicate="schedule")
    assert [p.type for p in dates.find(context([f, g, c], {("c6", "c7"): (0.6, 0.85)}))] == ["date"]


def test_one_verb_with_a_particle_and_without_is_two_acts():
    """"Ruiz called for closing the pier" / "Vance called the plan to close the pier reckless":
    one verb, two acts (a demand and a judgment); two people in them are no swapped name.
    Written alike, the same two names are."""
    ruiz = ("Mayor Ana Ruiz on Monday called for closing the pier to cars.", "Ana Ruiz", "ana ruiz")
    vance = ("Tom Vance, the harbour master, called the plan to close the pier to cars reckless.", "Tom Vance", "tom vance")
    assert swapped("nsubj:call", ruiz, vance) == []
    vance_for = ("Tom Vance, the harbour master, on Monday called for closing the pier to cars.", "Tom Vance", "tom vance")
    assert swapped("nsubj:call", ruiz, vance_for) == [{"c1": "Ana Ruiz", "c2": "Tom Vance"}]


def test_a_place_written_in_a_hyphenated_adjective_is_no_place_of_the_act():
    """"lobbied in Spain" / "lobbied for the pro-Canada ministers": the second claim's Canada
    qualifies the ministers; as the ministers' own place it would be another place of one act."""
    ta, tb = "She lobbied the ministers in Spain.", "She lobbied for the pro-Canada ministers."
    spain = Entity(text="Spain", label="GPE", key="spain", start=ta.index("Spain"), end=ta.index("Spain") + 5, anchor="prep:lobby")
    canada = Entity(text="Canada", label="GPE", key="canada", role="qualifier", start=tb.index("Canada"),
                    end=tb.index("Canada") + 6, anchor="prep:lobby")
    a, b = claim("c1", "a", ta, entities=[spain]), claim("c2", "b", tb, entities=[canada])
    assert entities.find(context([a, b], {("c1", "c2"): (0.7, 0.7)})) == []
    b2 = claim("c2", "b", tb, entities=[canada.model_copy(update={"role": None})])
    assert [p.values for p in entities.find(context([a, b2], {("c1", "c2"): (0.7, 0.7)}))] == [{"c1": "Spain", "c2": "Canada"}]
    # a place that is a word of a noun, unhyphenated, still places the act: "the Boston office"
    def office(cid, aid, city):
        text = f"She practised law in the {city} office of the firm."
        return claim(cid, aid, text, entities=[Entity(text=city, label="GPE", key=city.casefold(), role="qualifier",
                                                      start=text.index(city), end=text.index(city) + len(city), anchor="prep:practise")])
    found = entities.find(context([office("c1", "a", "Boston"), office("c2", "b", "Denver")], {("c1", "c2"): (0.8, 0.8)}))
    assert [p.values for p in found] == [{"c1": "Boston", "c2": "Denver"}]



def _named_chair(cid: str, aid: str, name: str):
    """A claim that the board named ``name`` (tagged a person) its chairman."""
    text = f"The board named {name} its chairman on Monday."
    return claim(cid, aid, text, entities=[ent(text, name, "PERSON", " ".join(reversed(name.casefold().split())), "dobj:name")])


def test_a_given_name_and_its_short_form_are_no_misspelling():
    """"Peter Okafor" / "Pete Okafor": one man, called either way; "Mathias" / "Matthias",
    "Lindsay" / "Lindsey", "Sara" / "Sarah" and "Angel" / "Angela" are spellings."""
    named = _named_chair
    pairs = {("c1", "c2"): (0.9, 0.9)}
    assert entities.find(context([named("c1", "a", "Peter Okafor"), named("c2", "b", "Pete Okafor")], pairs)) == []
    found = entities.find(context([named("c1", "a", "Mathias Okafor"), named("c2", "b", "Matthias Okafor")], pairs))
    assert [(p.type, p.values) for p in found] == [("entity", {"c1": "Mathias Okafor", "c2": "Matthias Okafor"})]
    # the nicknames table also lists spellings of one name: not cut short, or cut by a letter
    # not said
    for x, y in (("Lindsay", "Lindsey"), ("Sara", "Sarah"), ("Angel", "Angela")):
        found = entities.find(context([named("c1", "a", f"{x} Okafor"), named("c2", "b", f"{y} Okafor")], pairs))
        assert [(p.type, p.values) for p in found] == [("entity", {"c1": f"{x} Okafor", "c2": f"{y} Okafor"})]


def test_an_amount_worth_of_several_things_is_no_figure_of_one_of_them():
    """"stole about $9,000 worth of tools, bikes and cash" / "stole bikes and $4,000 in cash": a
    total of many things against the cash alone; two totals differ."""
    def stole(cid, aid, text, figure, value, measures):
        i = text.index(figure)
        return claim(cid, aid, text, quantities=[Quantity(text=figure, value=value, unit="usd", start=i, end=i + len(figure),
                                                          anchor="steal", measures=measures)])

    a = stole("c1", "a", "The two men stole about $9,000 worth of tools, bikes and cash from the shed.", "about $9,000", 9000, "worth")
    b = stole("c2", "b", "The two men stole bikes and $4,000 in cash from the shed.", "$4,000", 4000, "cash")
    assert numbers.find(context([a, b], {("c1", "c2"): (0.8, 0.9)})) == []
    c = stole("c3", "b", "The two men stole $4,000 worth of tools, bikes and cash from the shed.", "$4,000", 4000, "worth")
    assert [p.type for p in numbers.find(context([a, c], {("c1", "c3"): (0.8, 0.9)}))] == ["number"]


def test_a_count_told_as_more_on_top_of_another_is_no_figure_of_the_whole():
    """"The clerk released 12 pages of minutes" / "The clerk released five pages of additional
    minutes later that day" (or "another five pages"): a second batch, not the first one's
    count; two counts of one batch differ."""
    def released(cid, aid, text, figure, value):
        i = text.index(figure)
        return claim(cid, aid, text, quantities=[Quantity(text=figure, value=value, unit="page", start=i, end=i + len(figure),
                                                          anchor="release")])

    a = released("c1", "a", "The clerk released 12 pages of minutes online.", "12", 12)
    for text, figure in (("The clerk released five pages of additional minutes later that day.", "five"),
                         ("The clerk released five pages of additional minutes later that day.", "five pages"),
                         ("The clerk released another five pages of minutes later that day.", "five")):
        assert numbers.find(context([a, released("c2", "b", text, figure, 5)], {("c1", "c2"): (0.6, 0.9)})) == [], text
    b = released("c2", "b", "The clerk released five pages of minutes online.", "five", 5)
    assert [p.type for p in numbers.find(context([a, b], {("c1", "c2"): (0.6, 0.9)}))] == ["number"]


def test_a_verb_of_inferring_is_no_main_act_its_clause_tells_the_acts():
    """"The storm means the ferries could sail on Thursday" / "The storm means the crews will
    miss the Wednesday shift": the meaning is no act; sailing and missing are two acts, each in
    its own status. One act told in two statuses under it still differs."""
    def means(cid, aid, text, act, st, modality):
        return claim(cid, aid, text, actions=["mean", act], acts={act: st}, modality=modality)

    a = means("c1", "a", "The storm means the ferries could sail on Thursday.", "sail", "possible", "possible")
    b = means("c2", "b", "The storm means the crews will miss the Wednesday shift.", "miss", "future", "future")
    assert status.find(context([a, b], {("c1", "c2"): (0.5, 0.9)})) == []
    c = means("c3", "b", "The storm means the ferries sailed on Thursday.", "sail", "done", "asserted")
    assert [p.type for p in status.find(context([a, c], {("c1", "c3"): (0.5, 0.9)}))] == ["status"]


def test_whom_one_wishes_to_act_with_is_no_swapped_name():
    """"The union, which has been looking to meet Mayor Ana Ruiz, pressed on" / "We look forward
    to meeting Tom Vance at the pier": two meetings sought; "met Ruiz" / "met Vance" differ."""
    ruiz = ("The union, which has been looking to meet Mayor Ana Ruiz before the vote, pressed on.", "Ana Ruiz", "ana ruiz")
    vance = ("We look forward to meeting Tom Vance at the pier before the vote.", "Tom Vance", "tom vance")
    assert swapped("dobj:meet", ruiz, vance) == []
    met_ruiz = ("The union met Mayor Ana Ruiz before the vote.", "Ana Ruiz", "ana ruiz")
    met_vance = ("The union met Tom Vance before the vote.", "Tom Vance", "tom vance")
    assert swapped("dobj:meet", met_ruiz, met_vance) == [{"c1": "Ana Ruiz", "c2": "Tom Vance"}]


def test_whom_one_is_urged_to_act_with_is_no_swapped_name():
    """"The union met Mayor Ana Ruiz before the vote" / "The port urged the union to meet Tom
    Vance before the vote": a meeting asked of the union, not one that befell Vance; told as
    done by both, the two names differ. So where the asking claim also names the other's person."""
    met_ruiz = ("The union met Mayor Ana Ruiz before the vote.", "Ana Ruiz", "ana ruiz")
    urged = ("The port urged the union to meet Tom Vance before the vote.", "Tom Vance", "tom vance")
    assert swapped("dobj:meet", met_ruiz, urged) == []
    called_on = ("The port called on the union's new board to meet Tom Vance before the vote.", "Tom Vance", "tom vance")
    assert swapped("dobj:meet", met_ruiz, called_on) == []
    met_vance = ("The union met Tom Vance before the vote, the port said.", "Tom Vance", "tom vance")
    assert swapped("dobj:meet", met_ruiz, met_vance) == [{"c1": "Ana Ruiz", "c2": "Tom Vance"}]
    # an act told as a question: "declined to say whether it hired Tom Vance"
    hired = ("The union hired Ana Ruiz before the vote.", "Ana Ruiz", "ana ruiz")
    whether = ("The union declined to say whether it hired Tom Vance before the vote.", "Tom Vance", "tom vance")
    assert swapped("dobj:hire", hired, whether) == []
    hired_vance = ("The union hired Tom Vance before the vote, it said.", "Tom Vance", "tom vance")
    assert swapped("dobj:hire", hired, hired_vance) == [{"c1": "Ana Ruiz", "c2": "Tom Vance"}]
    # where the claim that asks it names the other's person too ("Ruiz urged the mayor to side
    # with Moss" / "the mayor sided with Ruiz"), the same
    def joined(cid, aid, text, *people):
        return claim(cid, aid, text, entities=[ent(text, n, "PERSON", n.casefold(), r) for n, r in people])
    a = joined("c1", "a", "Mayor Tom Vance sided with Ana Ruiz in calling the vote a turning point.",
               ("Tom Vance", "nsubj:side"), ("Ana Ruiz", "prep:side"))
    b = joined("c2", "b", "Ana Ruiz urged Tom Vance to side with Rita Moss to win the vote.",
               ("Ana Ruiz", "nsubj:urge"), ("Tom Vance", "dobj:urge"), ("Rita Moss", "prep:side"))
    pairs = {("c1", "c2"): (0.95, 0.95)}
    assert entities.find(context([a, b], pairs)) == []
    c = joined("c2", "b", "Ana Ruiz said Tom Vance sided with Rita Moss to win the vote.",
               ("Ana Ruiz", "nsubj:say"), ("Tom Vance", "nsubj:side"), ("Rita Moss", "prep:side"))
    assert [p.values for p in entities.find(context([a, c], pairs))] == [{"c1": "Ana Ruiz", "c2": "Rita Moss"}]


def test_whom_an_act_was_expected_of_against_who_did_it_is_no_swapped_name():
    """"The keeper was expecting Ana Ruiz to take the penalty" / "Tom Vance took the penalty":
    one act expected of one person, done by another, each true; told done by both, the two
    names are a finding."""
    def taking(cid, aid, text, name, key, **facts):
        return claim(cid, aid, text, entities=[ent(text, name, "PERSON", key, "nsubj:take")], actions=["take"], **facts)
    expected = taking("c1", "a", "The keeper was expecting Ana Ruiz to take the penalty.", "Ana Ruiz", "ana ruiz",
                      doers={"take": "ruiz"}, modality="expected")
    done = taking("c2", "b", "Tom Vance took the penalty and scored.", "Tom Vance", "tom vance",
                  acts={"take": "done"}, doers={"take": "vance"}, modality="asserted", tense="past")
    pairs = {("c1", "c2"): (0.85, 0.85)}
    assert entities.find(context([expected, done], pairs)) == []
    took = taking("c1", "a", "Ana Ruiz took the penalty and scored.", "Ana Ruiz", "ana ruiz",
                  acts={"take": "done"}, doers={"take": "ruiz"}, modality="asserted", tense="past")
    assert [p.values for p in entities.find(context([took, done], pairs))] == [{"c1": "Ana Ruiz", "c2": "Tom Vance"}]


@pytest.mark.parametrize("bound, value, found", [
    (("more than $1 million", 1_000_000), ("$1.6 million", 1_600_000), False),  # up to the next million
    (("more than $1 million", 1_000_000), ("$2.4 million", 2_400_000), True),
    (("more than 40", 40), ("55", 55), False),  # half as much again
    (("more than 40", 40), ("75", 75), True),
    (("at least 1,200", 1200), ("1,700", 1700), False),
    (("at least 1,200", 1200), ("2,600", 2600), True),
])
def test_more_than_a_figure_reaches_the_next_figure_of_its_last_digit(bound, value, found):
    """"more than $1 million" is written for $1.6 million (the figure told to its million), not for
    $2.4 million; "more than 40" for 55, not for 75."""
    (tb, vb), (tv, vv) = bound, value
    hedge = "at least" if tb.startswith("at least") else "more than"
    a = claim("c1", "a", f"The port spent {tb} on the pier.", quantities=[q(tb, vb, "usd", "spend", hedge)])
    b = claim("c2", "b", f"The port spent {tv} on the pier.", quantities=[q(tv, vv, "usd", "spend")])
    assert bool(numbers.find(context([a, b], {("c1", "c2"): (0.7, 0.95)}))) is found


def test_two_things_each_given_their_number_are_not_one_counted_twice():
    """"Game 5 ... the fifth game" / "Game 6 ... the sixth game": each claim says which game it
    tells of; without the numbers (or with one of them), the ranks are one game counted twice."""
    five = ("Game 5 recap: the Harbour Hawks took the fifth game of the series behind Vance.", "fifth game", 5, "game")
    six = ("Game 6 recap: the Harbour Hawks lost the sixth game of the series despite Vance.", "sixth game", 6, "game")
    assert _framed(five, six) == []
    bare = ("The Harbour Hawks lost the sixth game of the series despite Vance.", "sixth game", 6, "game")
    assert _framed(five, bare) == ["framing"]
    bare5 = ("The Harbour Hawks took the fifth game of the series behind Vance.", "fifth game", 5, "game")
    assert _framed(bare5, bare) == ["framing"]


def test_a_country_and_its_peoples_adjective_are_no_misspelling():
    """The small parser reads a people's adjective as a name now and then ("the Kenyan
    government"): "Kenya" / "Kenyan" is a country and its adjective, not one name spelled two
    ways; "Julia" / "Julian" (no country) stays a spelling."""
    named = _named_chair
    pairs = {("c1", "c2"): (0.9, 0.9)}
    assert entities.find(context([named("c1", "a", "Kenya"), named("c2", "b", "Kenyan")], pairs)) == []
    found = entities.find(context([named("c1", "a", "Julia Okafor"), named("c2", "b", "Julian Okafor")], pairs))
    assert [(p.type, p.values) for p in found] == [("entity", {"c1": "Julia Okafor", "c2": "Julian Okafor"})]


@pytest.mark.parametrize("before,after,told", [
    ("Possible contenders for the open mayoral seat include Ines Baptiste and ", ".", candidacy.MAYBE),
    ("Among the prospective Green candidates are Cllr. Oren Falk, Ines Baptiste and ", ".", candidacy.MAYBE),
    ("", ", a potential challenger to the incumbent, toured the docks.", candidacy.MAYBE),
    ("", " is weighing a run for the county council.", candidacy.MAYBE),
    ("", " has not ruled out a bid.", candidacy.MAYBE),
    ("The only declared candidate for the council seat so far is ", ".", candidacy.DECLARED),
    ("The only Green in the race is Ms. ", ", a harbour pilot.", candidacy.DECLARED),
    ("", ", the only Green who has formally announced her candidacy, toured the docks.", candidacy.DECLARED),
    ("", " entered the mayoral race on Monday.", candidacy.DECLARED),
    ("", " joined her campaign as treasurer.", None),  # staff, not a run
    ("", ", who announced her candidacy for governor in 2010, toured the docks.", None),  # another race
    ("", " entered the race last year and lost.", None),
    ("The potential buyers met ", " on Monday.", None),
    ("", " announced the results on Monday.", None),
])
def test_what_the_words_around_a_name_make_of_a_candidacy(before, after, told):
    assert candidacy.candidacy(before, after) == told


def test_a_person_told_as_a_possible_candidate_and_as_a_declared_one():
    """One outlet lists Baptiste among possible candidates; another calls her the only declared
    one: a status finding, weighed by publication time; two outlets that agree give none."""
    ta = "Possible contenders for the open mayoral seat include Oren Falk and Ines Baptiste."
    tb = "Ines Baptiste, the only candidate who has officially declared her candidacy, toured the docks."
    tc = "Among the potential candidates for mayor are Oren Falk and Ines Baptiste."
    a = claim("c1", "a", ta, entities=[ent(ta, "Oren Falk", "PERSON", "falk oren", "nsubj:include"),
                                       ent(ta, "Ines Baptiste", "PERSON", "baptiste ines", "nsubj:include")])
    b = claim("c2", "b", tb, entities=[ent(tb, "Ines Baptiste", "PERSON", "baptiste ines", "nsubj:tour")])
    c = claim("c3", "c", tc, entities=[ent(tc, "Oren Falk", "PERSON", "falk oren", "attr:be"),
                                       ent(tc, "Ines Baptiste", "PERSON", "baptiste ines", "attr:be")])
    found = candidacy.find(context([a, b], {}))
    assert [(p.type, p.severity, p.claims, p.values) for p in found] == [
        ("status", "medium", ("c1", "c2"), {"c1": "Possible", "c2": "officially"})]
    assert "possible candidate" in found[0].explanation and "Ines Baptiste" in found[0].explanation
    # the list written a day before the declaration: explained by publication time
    early = candidacy.find(context([a, b], {}, {"a": DAY - dt.timedelta(days=1)}))
    assert [p.severity for p in early] == ["low"]
    assert candidacy.find(context([a, c], {})) == []


def test_amounts_told_to_go_to_one_thing_are_one_figure_whatever_verbs_tell_them():
    """"gave $17 million to the lifeboat fund" / "donated $15 million to the lifeboat fund, and
    paid $9.2 million in harbour dues": the amount given to the fund is set against the one given
    to it, not the dues; an amount for another thing under another verb is no counterpart."""
    def placed(text, fig, value, anchor):
        i = text.index(fig)
        return Quantity(text=fig, value=value, unit="usd", start=i, end=i + len(fig), anchor=anchor)
    ta = "The Moss family gave nearly $17 million to the lifeboat fund over the decade."
    tb = "The Moss family donated $15 million to the lifeboat fund, and paid $9.2 million in harbour dues."
    a = claim("c1", "a", ta, quantities=[placed(ta, "$17 million", 17e6, "give")])
    b = claim("c2", "b", tb, quantities=[placed(tb, "$15 million", 15e6, "donate"), placed(tb, "$9.2 million", 9.2e6, "pay")])
    found = numbers.find(context([a, b], {("c1", "c2"): (0.5, 0.8)}))
    assert [p.values for p in found] == [{"c1": "$17 million", "c2": "$15 million"}]
    tc = "The Moss family paid $12 million in harbour dues."
    c = claim("c3", "b", tc, quantities=[placed(tc, "$12 million", 12e6, "pay")])
    assert numbers.find(context([a, c], {("c1", "c3"): (0.5, 0.8)})) == []
    assert numbers.goes_to(b, b.facts.quantities[1]) == "due" and numbers.goes_to(b, b.facts.quantities[0]) == "fund"
    # terms of prison are no sums: the term of one charge and of two are both "in prison"
    td, te = ("The first charge carries five to 40 years in prison, and the second two to ten years.",
              "He faces charges that carry a maximum sentence of 50 years in prison.")
    d = claim("c4", "a", td, quantities=[placed(td, "40 years", 40, "carry"), placed(td, "ten years", 10, "carry")])
    e = claim("c5", "b", te, quantities=[placed(te, "50 years", 50, "face")])
    d, e = (x.model_copy(update={"facts": x.facts.model_copy(update={"quantities": [
        q.model_copy(update={"unit": "year"}) for q in x.facts.quantities]})}) for x in (d, e))
    assert numbers.find(context([d, e], {("c4", "c5"): (0.5, 0.8)})) == []


# ---- session 42: figures of the past, of a norm, of a game's moment -----------------------------

def test_a_figure_its_claim_dates_months_before_the_news_is_the_pasts_not_the_news():
    """"a 1998 collapse that killed 41 miners" / "Tuesday's collapse killed at least 52 miners":
    the past's figure and the news's own; one of them undated, or both of one past year, they
    conflict (an undated figure may be the past's: "the couple paid $43 million in taxes" tells
    the years another outlet gives)."""
    ta = "The worst before it was a 1998 collapse that killed 41 miners."
    i = ta.index("1998")
    y1998 = DateRef(text="1998", start=i, end=i + 4, low=dt.date(1998, 1, 1), high=dt.date(1998, 12, 31), year=1998,
                    anchor="kill")
    past = _figure_claim("c1", "a", ta, "41 miners", 41, "miner", "kill", [y1998])
    tb = "Tuesday's collapse killed at least 52 miners."
    news = _figure_claim("c2", "b", tb, "at least 52 miners", 52, "miner", "kill",
                     [at(tb, "Tuesday", DAY - dt.timedelta(days=3), "collapse")])
    pairs = {("c1", "c2"): (0.6, 0.9)}
    assert numbers.find(context([past, news], pairs)) == []
    undated = _figure_claim("c2", "b", "The collapse killed at least 52 miners.", "at least 52 miners", 52, "miner", "kill")
    assert len(numbers.find(context([past, undated], pairs))) == 1
    tb = "A 1998 collapse killed 52 miners."
    j = tb.index("1998")
    also_past = _figure_claim("c2", "b", tb, "52 miners", 52, "miner", "kill",
                        [y1998.model_copy(update={"start": j, "end": j + 4})])
    assert len(numbers.find(context([past, also_past], pairs))) == 1
    # an article whose date is unknown tells no "before"
    assert len(numbers.find(context([past, news], pairs, {"a": None}))) == 1
    # told in the present tense, undated: the news's own time ("a collapse traps 52 miners",
    # a headline), against the past's figure; in the past tense, undated, it may be the past's
    tb = "A collapse traps 52 miners at the Ely pit."
    present = _figure_claim("c2", "b", tb, "52 miners", 52, "miner", "kill")
    present = present.model_copy(update={"facts": present.facts.model_copy(update={"tense": "present"})})
    assert numbers.find(context([past, present], pairs)) == []
    assert len(numbers.find(context([past, present], pairs, {"a": None}))) == 1


def test_a_figure_of_an_event_its_year_names_is_the_pasts():
    """"The 1998 flood that drowned the valley was caused by a 9.1-metre surge": the year names
    the event doing the figure's act (a date the facts leave out, as an event's name is no day of
    what the sentence reports), so the figure is the past's, against the news's own told in the
    present tense ("A 6.1-metre surge floods the valley"); against an undated claim in the past
    tense it may be the one event's, and is compared."""
    ta = "The 1998 flood that drowned the valley was caused by a 9.1-metre surge."
    past = _figure_claim("c1", "a", ta, "9.1-metre", 9.1, "m", "cause")
    past = past.model_copy(update={"facts": past.facts.model_copy(update={"doers": {"cause": "flood"}, "tense": "past"})})
    tb = "A 6.1-metre surge floods the valley."
    now = _figure_claim("c2", "b", tb, "6.1-metre", 6.1, "m", "cause")
    now = now.model_copy(update={"facts": now.facts.model_copy(update={"tense": "present"})})
    pairs = {("c1", "c2"): (0.6, 0.9)}
    assert numbers.find(context([past, now], pairs)) == []
    then = _figure_claim("c2", "b", "A 6.1-metre surge caused the flood.", "6.1-metre", 6.1, "m", "cause")
    then = then.model_copy(update={"facts": then.facts.model_copy(update={"tense": "past"})})
    assert len(numbers.find(context([past, then], pairs))) == 1
    # without the year, no past: compared
    plain = _figure_claim("c1", "a", ta.replace("The 1998 flood", "The flood"), "9.1-metre", 9.1, "m", "cause")
    plain = plain.model_copy(update={"facts": plain.facts.model_copy(update={"doers": {"cause": "flood"}, "tense": "past"})})
    assert len(numbers.find(context([plain, now], pairs))) == 1


def test_a_figure_told_as_the_usual_one_is_no_count_of_this_event():
    norm = _figure_claim("c1", "a", "The typical crossing of such ferries takes about three hours.", "about three hours", 3,
                     "hour", "take")
    # "generally" is as often a hedge of speech ("analysts generally say the $13.9 billion deal ..."): no norm
    hedged = _figure_claim("c3", "a", "Skippers generally say the crossing took about three hours.", "about three hours", 3,
                       "hour", "take")
    assert len(numbers.find(context([hedged, _figure_claim("c2", "b", "The crossing took five hours.", "five hours", 5,
                                                                 "hour", "take")], {("c3", "c2"): (0.7, 0.9)}))) == 1
    this = _figure_claim("c2", "b", "The crossing took five hours.", "five hours", 5, "hour", "take")
    pairs = {("c1", "c2"): (0.7, 0.9)}
    assert numbers.find(context([norm, this], pairs)) == []
    told = _figure_claim("c1", "a", "The crossing of the ferry took about three hours.", "about three hours", 3, "hour", "take")
    assert len(numbers.find(context([told, this], pairs))) == 1


def test_a_lead_in_a_game_is_a_moment_of_it_not_its_result():
    def tally(cid, aid, text, written, a, b):
        return _figure_claim(cid, aid, text, written, a * TALLY_BASE + b, "tally", "give")
    early = tally("c1", "a", "The interception gave the Gulls a 7-0 lead.", "7-0", 7, 0)
    half = tally("c2", "b", "The Gulls took a 13-3 halftime lead.", "13-3", 13, 3)
    result = tally("c3", "b", "The goal gave the Gulls a 13-3 win.", "13-3", 13, 3)
    assert numbers.find(context([early, half], {("c1", "c2"): (0.6, 0.9)})) == []
    assert numbers.find(context([early, result], {("c1", "c3"): (0.6, 0.9)})) == []
    # two leads of one moment likely to state one fact are that moment told twice; of two
    # moments, never ("a 7-0 lead" after the interception / "a 13-3 halftime lead")
    assert numbers.find(context([early, half], {("c1", "c2"): (0.85, 0.95)})) == []
    later = tally("c2", "b", "The interception gave the Gulls a 10-0 lead.", "10-0", 10, 0)
    assert len(numbers.find(context([early, later], {("c1", "c2"): (0.85, 0.95)}))) == 1
    won = tally("c1", "a", "The goal gave the Gulls a 14-3 win.", "14-3", 14, 3)
    assert len(numbers.find(context([won, result], {("c1", "c3"): (0.6, 0.9)}))) == 1


def test_a_time_of_day_after_at_about_is_a_moment_too():
    a = _figure_claim("c1", "a", "The tremor struck at about 9:30 a.m. at a depth of 2.7 miles.", "2.7 miles", 2.7, "mile", "strike")
    b = _figure_claim("c2", "b", "The tremor struck at 2:09 a.m. at a depth of 1.2 miles.", "1.2 miles", 1.2, "mile", "strike")
    assert numbers.find(context([a, b], {("c1", "c2"): (0.8, 0.95)})) == []
    c = _figure_claim("c2", "b", "The tremor struck at 9:30 a.m. at a depth of 1.2 miles.", "1.2 miles", 1.2, "mile", "strike")
    assert len(numbers.find(context([a, c], {("c1", "c2"): (0.8, 0.95)}))) == 1


def test_a_tally_is_exact_whatever_its_digits():
    """"10-0" is stored as 10 * TALLY_BASE + 0: read as a figure rounded to its last significant
    digit it spanned 5-0 to 20-0 and agreed with "7-0"."""
    def tally(cid, aid, text, written, a, b):
        return _figure_claim(cid, aid, text, written, a * TALLY_BASE + b, "tally", "win")
    a = tally("c1", "a", "The Gulls won 10-0 on Sunday.", "10-0", 10, 0)
    b = tally("c2", "b", "The Gulls won 7-0 on Sunday.", "7-0", 7, 0)
    assert [f.values for f in numbers.find(context([a, b], {("c1", "c2"): (0.7, 0.95)}))] == [{"c1": "10-0", "c2": "7-0"}]


def test_a_years_start_of_a_period_against_a_deadline_or_an_acts_year_is_no_conflict():
    """"cut emissions 13 percent since 2005" / "aim to cut them 30 percent by 2030": a period's
    start and a deadline; two starts ("has led the party since 2002" / "since 2003") conflict."""
    ta, tb = "The plants have cut emissions by 13 percent since 2005.", "The rules aim to cut emissions by 30 percent by 2030."
    since = claim("c1", "a", ta, dates=[year_at(ta, "2005", 2005, 2005, "cut")])
    by = claim("c2", "b", tb, dates=[year_at(tb, "2030", 2030, 2030, "cut")])
    assert dates.find(context([since, by], {("c1", "c2"): (0.9, 0.95)})) == []
    tc = "The plants cut emissions by 13 percent in 2007."
    in_year = claim("c2", "b", tc, dates=[year_at(tc, "2007", 2007, 2007, "cut")])
    assert dates.find(context([since, in_year], {("c1", "c2"): (0.9, 0.95)})) == []
    te, tf = "Ruiz has led the party since 2002.", "Ruiz has led the party since 2003."
    led = claim("c3", "a", te, dates=[year_at(te, "2002", 2002, 2002, "lead")])
    led_b = claim("c4", "b", tf, dates=[year_at(tf, "2003", 2003, 2003, "lead")])
    assert [p.type for p in dates.find(context([led, led_b], {("c3", "c4"): (0.9, 0.95)}))] == ["date"]


def test_a_phase_verb_tells_one_act_only_of_one_subject():
    """"The confirmation hearing could begin by Aug. 20" / "the nominee began making the rounds":
    what begins is the subject; two subjects are two beginnings however likely the pair, and a
    subject unread tells nothing of what began."""
    def begin(cid, aid, text, st, doer):
        return acting(cid, aid, text, ["begin"], st, doer)
    could = begin("c1", "a", "The confirmation hearing could begin by late August.", "possible", "hearing")
    rounds = begin("c2", "b", "The nominee began making the rounds of the confirmation committee.", "done", "nominee")
    pairs = {("c1", "c2"): (0.9, 0.9)}
    assert status.find(context([could, rounds], pairs)) == []
    hearings = begin("c2", "b", "The confirmation hearings began on Monday.", "done", "hearings")
    assert [p.claims for p in status.find(context([could, hearings], pairs))] == [("c1", "c2")]
    unread = begin("c2", "b", "The confirmation hearings began on Monday.", "done", None)
    assert status.find(context([could, unread], pairs)) == []
    # one act begun, its subject unread on one side: "was to meet to begin hearing evidence" /
    # "the jury began hearing evidence"
    to_hear = claim("c3", "a", "The jury was to meet Wednesday to begin hearing evidence.", actions=["meet", "begin", "hear"],
                    acts={"begin": "planned"}, modality="planned")
    heard = claim("c4", "b", "The jury began hearing evidence on Wednesday.", actions=["begin", "hear"], acts={"begin": "done"},
                  doers={"begin": "jury"}, tense="past")
    assert [p.claims for p in status.find(context([to_hear, heard], {("c3", "c4"): (0.9, 0.9)}))] == [("c3", "c4")]


def test_a_place_after_a_persons_name_and_of_is_where_the_person_is_from():
    """"The board includes Ana Ruiz of Oregon" / "The board includes Tom Vance of Idaho": each
    person's state, no place of the act (two people on the board, in a pair too little alike for
    them to be one act's); "sued Oregon" / "sued Idaho" still sets the two places apart."""
    def includes(cid, aid, name, key, state):
        text = f"The board includes {name} of {state}."
        return claim(cid, aid, text, entities=[ent(text, name, "PERSON", key, "dobj:include"),
                                               ent(text, state, "GPE", state.casefold(), "dobj:include")])
    a, b = includes("c1", "a", "Ana Ruiz", "ruiz ana", "Oregon"), includes("c2", "b", "Tom Vance", "vance tom", "Idaho")
    assert entities.find(context([a, b], {("c1", "c2"): (0.7, 0.7)})) == []

    def sued(cid, aid, state):
        text = f"The board sued {state} on Monday."
        return claim(cid, aid, text, entities=[ent(text, state, "GPE", state.casefold(), "dobj:sue")])
    assert [p.values for p in entities.find(context([sued("c1", "a", "Oregon"), sued("c2", "b", "Idaho")],
                                                    {("c1", "c2"): (0.7, 0.7)}))] == [{"c1": "Oregon", "c2": "Idaho"}]


def test_the_subject_of_a_verb_citing_a_source_is_no_doer_of_the_act_it_tells():
    """"The memo said Ruiz was empowered to examine claims that the firm broke the harbour rules"
    / "Vance cites claims that the firm broke the harbour rules": Vance tells of the claims (a
    source cited, as "said"), no other person in Ruiz's act, however alike the two sentences."""
    a_text = "The memo said Ruiz was empowered to examine claims that the firm broke the harbour rules."
    a = claim("c1", "a", a_text, entities=[ent(a_text, "Ruiz", "PERSON", "ruiz", "nsubjpass:empower")],
              actions=["empower"], predicate="empower")
    b_text = "Vance cites claims that the firm broke the harbour rules."
    b = claim("c2", "b", b_text, entities=[ent(b_text, "Vance", "PERSON", "vance", "nsubj:cite")],
              actions=["cite"], predicate="cite")
    assert entities.find(context([a, b], {("c1", "c2"): (0.95, 0.95)})) == []


def test_two_acts_agreed_on_are_two_agreements_unless_the_claims_share_what_is_agreed():
    """"Ruiz might agree to sell the ferries" / "Ruiz agreed to meet soon": two acts agreed on,
    nothing else told alike, two agreements (no status told two ways); "agreed to sell the
    ferries" is the same agreement done; and "is expected to agree to begin ferry crossings" /
    "agreed to develop ties, including ferry crossings" tell one thing agreed on in other verbs."""
    def agreeing(cid, aid, text, st, then):
        return acting(cid, aid, text, ["agree", then], st, "ruiz", entities=[ent(text, "Ruiz", "PERSON", "ruiz", "nsubj:agree")])
    might = agreeing("c1", "a", "Ruiz might agree to sell off the ferries.", "possible", "sell")
    met = agreeing("c2", "b", "Ruiz agreed to meet soon.", "done", "meet")
    pairs = {("c1", "c2"): (0.9, 0.9)}
    assert status.find(context([might, met], pairs)) == []
    sold = agreeing("c2", "b", "Ruiz agreed to sell off the ferries.", "done", "sell")
    assert [p.claims for p in status.find(context([might, sold], pairs))] == [("c1", "c2")]
    begin = agreeing("c1", "a", "Ruiz is expected to agree to begin ferry crossings.", "expected", "begin")
    develop = agreeing("c2", "b", "Ruiz agreed to develop ties, including ferry crossings.", "done", "develop")
    assert [p.claims for p in status.find(context([begin, develop], pairs))] == [("c1", "c2")]


def test_a_persons_indictment_is_told_once_across_the_story_and_a_quotation_after_an_auxiliary_is_the_outlets():
    """"Vance was expected to be indicted on fraud charges" / 'the Ledger reports that Vance has
    already "been indicted by a grand jury in Norland ...': one person's indictment in one case
    happens once (``ONCE``), paired across the story however little the pair model makes of the
    two sentences; the quotation goes on the outlet's own clause after "has already", so the
    outlet tells the status. Another person's indictment is another act; a quotation of a whole
    remark is the speaker's wording, no status."""
    expected = claim("c1", "a", "Vance was expected to be indicted on fraud charges after a long inquiry, people said.",
                     actions=["indict"], acts={"indict": "expected"}, doers={"indict": "vance"}, modality="expected")
    text = 'The Ledger reports that Vance has already "been indicted by a grand jury in Norland, according to people familiar with the case.'
    i = text.index('"') + 1
    done = claim("c2", "b", text, actions=["indict"], acts={"indict": "done"}, doers={"indict": "vance"},
                 modality="asserted", tense="past", quotes=[Quote(text=text[i:], speaker=None, start=i, end=len(text))])
    assert [p.claims for p in status.find(context([expected, done], {}))] == [("c1", "c2")]
    other = claim("c3", "b", "Ruiz was indicted on fraud charges by a grand jury in Norland on Friday.",
                  actions=["indict"], acts={"indict": "done"}, doers={"indict": "ruiz"}, modality="asserted", tense="past")
    assert status.find(context([expected, other], {})) == []
    remark = '"Vance has been indicted by a grand jury in Norland on charges he denies," the lawyer said.'
    whole = claim("c4", "b", remark, actions=["indict"], acts={"indict": "done"}, doers={"indict": "vance"}, modality="asserted",
                  tense="past", quotes=[Quote(text=remark[1:remark.index(',"')], speaker="lawyer", start=1, end=remark.index(',"'))])
    assert status.find(context([expected, whole], {})) == []


def test_an_act_the_claims_facts_leave_out_takes_no_status_from_the_claim():
    """"The governor is expected to announce whom she will nominate to the court" (the facts tell
    the announcing, expected, and leave the nominating out: a question) / "The governor nominated
    Ana Ruiz to the court": no nomination expected against one done; a claim whose facts tell
    no act at all still gives its main act the claim's status."""
    asked = claim("c1", "a", "The governor is expected to announce whom she will nominate to the court.",
                  actions=["nominate"], acts={"announce": "expected"}, doers={"announce": "governor"}, modality="expected")
    done = claim("c2", "b", "The governor nominated Ana Ruiz to the court on Monday.", actions=["nominate"],
                 acts={"nominate": "done"}, doers={"nominate": "governor"}, modality="asserted", tense="past")
    assert status.find(context([asked, done], {("c1", "c2"): (0.8, 0.8)})) == []
    bare = claim("c3", "a", "The governor is expected to nominate a judge to the court.", actions=["nominate"],
                 doers={"nominate": "governor"}, modality="expected")
    assert [p.claims for p in status.find(context([bare, done], {("c2", "c3"): (0.8, 0.8)}))] == [("c3", "c2")]


def test_days_of_two_verbs_one_of_them_light_or_of_knowing_are_two_acts_days():
    """"Ruiz had met with the mayor Friday afternoon" / "Ruiz on Monday did have a scheduled
    meeting with the mayor" (a light verb), "will be formally charged next Monday" / "we're
    learning more about the attack early Friday" (a verb of coming to know, which the parser
    gives the attack's day): no one event told with two verbs; "agreed on Friday to reopen the
    market" / "announced Wednesday a plan to reopen it" still is, in a very likely pair."""
    met = claim("c1", "a", "Ruiz had met with the mayor Friday afternoon.", predicate="meet",
                dates=[day("Friday", DAY - dt.timedelta(days=3), "meet", 4)])
    had = claim("c2", "b", "Ruiz on Monday did have a previously scheduled meeting with the mayor.", predicate="have",
                dates=[day("Monday", DAY, "have", 0)])
    assert dates.find(context([met, had], {("c1", "c2"): (0.9, 0.9)})) == []
    charged = claim("c3", "a", "The suspect will be formally charged next Monday.", predicate="charge",
                    dates=[day("Monday", DAY + dt.timedelta(days=7), "charge", 0)])
    learning = claim("c4", "b", "We are learning more about the suspect and the attack early Friday.", predicate="learn",
                     dates=[day("Friday", DAY - dt.timedelta(days=3), "learn", 4)])
    assert dates.find(context([charged, learning], {("c3", "c4"): (0.9, 0.9)})) == []
    agreed = claim("c5", "a", "The mayor agreed on Friday to reopen the market.", predicate="agree",
                   dates=[day("Friday", DAY, "agree", 4)])
    announced = claim("c6", "b", "The mayor announced Wednesday a plan to reopen the market.", predicate="announce",
                      dates=[day("Wednesday", DAY - dt.timedelta(days=2), "announce", 2)])
    assert len(dates.find(context([agreed, announced], {("c5", "c6"): (0.9, 0.9)}))) == 1


def test_a_surname_written_alone_one_letter_off_a_full_name_of_the_story_is_a_spelling():
    """A surname the story writes alone, never under a given name, one letter off the surname
    of a person it names in full ("Ms. Okafar" / "Ines Okafor") is that name spelled otherwise;
    not a short one ("Ryen" / "Jack Ryan"), not a given name ("Amira" / "Amara Okoro"), and two
    surnames alone stay for the ratio to read ("Pearse" / "Pearce")."""
    def two(ta, na, ka, tb, nb, kb):
        a = named("c1", "a", ta, na, ka, "nsubj:say")
        b = named("c2", "b", tb, nb, kb, "nsubj:say")
        return [p.values for p in entities.find(context([a, b], {}))]
    assert two("Ms. Okafar said the port would reopen.", "Okafar", "okafar",
               "Ines Okafor said the port would reopen in May.", "Ines Okafor", "ines okafor") \
        == [{"c1": "Okafar", "c2": "Ines Okafor"}]
    assert two("Ryen said the port would reopen.", "Ryen", "ryen",
               "Jack Ryan said the port would reopen in May.", "Jack Ryan", "jack ryan") == []
    assert two("Amira said the port would reopen.", "Amira", "amira",
               "Amara Okoro said the port would reopen in May.", "Amara Okoro", "amara okoro") == []
    assert entities._one_letter_alone("okafar", "ines okafor", "Okafar", "Ines Okafor")
    assert entities._one_letter_alone("okafar", "ines okafor", "Okafar’s", "Ines Okafor")  # a possessive, folded away
    assert not entities._one_letter_alone("amira", "amara okoro", "Amira", "Amara Okoro")
    assert not entities._one_letter_alone("pearse", "pearce", "Pearse", "Pearce")


def test_a_spelling_is_set_against_a_sentence_that_writes_the_name_as_it_makes_the_case():
    """One outlet writes "Dana Pearse"; the other writes "Pearce" alone in one sentence and
    "Dana Pearce" in another. A surname one letter apart is one person only under one given
    name, so the finding sets "Dana Pearse" against the sentence that writes "Dana Pearce",
    whichever of the other outlet's sentences comes first."""
    a = named("c1", "a", "Dana Pearse chaired the inquiry into the harbour fire.", "Dana Pearse", "dana pearse", "nsubj:chair")
    b = named("c2", "b", "Pearce thanked the crews.", "Pearce", "dana pearce", "nsubj:thank")
    c = named("c3", "b", "The inquiry was chaired by Dana Pearce.", "Dana Pearce", "dana pearce", "agent:chair")
    found = [p for p in entities.find(context([a, b, c], {})) if "spells the name" in p.explanation]
    assert [p.values for p in found] == [{"c1": "Dana Pearse", "c3": "Dana Pearce"}]


def test_harness_puts_no_name_that_reads_as_no_misreport():
    """A name put for another is a misreport only where it could be one: not a name the sentence
    already writes ("Nebraska and Oklahoma" made "Nebraska and Nebraska"), not a place that
    holds the other or lies within it ("his home in Fort Lauderdale" made "in Florida")."""
    from crosscheck.known.mutate import _unlike_a_misreport

    assert _unlike_a_misreport("place", "Fort Lauderdale", "Florida", "agents arrested him at his home in Fort Lauderdale.")
    assert _unlike_a_misreport("place", "St. Louis", "United States", "Holder arrived in St. Louis on Wednesday.")
    assert _unlike_a_misreport("place", "Oklahoma", "Nebraska", "The suit was brought by Nebraska and Oklahoma.")
    assert _unlike_a_misreport("person", "Vance", "Ruiz", "Ruiz said Vance had lied to the board.")
    # another state, another city, another person: misreports an editor would catch
    assert not _unlike_a_misreport("place", "Utah", "Washington", "As he left for Utah on Monday, he said so.")
    assert not _unlike_a_misreport("place", "Boston", "Denver", "He practised law in Boston.")
    assert not _unlike_a_misreport("person", "Vance", "Ruiz", "Vance had lied to the board.")
    assert not _unlike_a_misreport("person", "Ruiz", "Ruizza", "Ruiz had lied to the board.")


def test_two_nouns_of_one_role_are_one_doer():
    """"Vance's lawyer confirmed ..." / "Vance's attorney is expected to confirm ...": one role
    told with two nouns, one doer, in a pair under the bar at which a subject named only elsewhere
    counts; "the prosecutor is expected to confirm" is another doer."""
    ta = "Vance's attorney is expected to confirm on Friday that prosecutors plan to file charges."
    tb = "Vance's lawyer confirmed on Friday that prosecutors plan to file charges against him."
    pending = acting("c1", "a", ta, ["confirm"], "expected", "attorney")
    done = acting("c2", "b", tb, ["confirm"], "done", "lawyer")
    assert [p.claims for p in status.find(context([pending, done], {("c1", "c2"): (0.5, 0.5)}))] == [("c1", "c2")]
    tc = "The prosecutor is expected to confirm on Friday that prosecutors plan to file charges."
    other = acting("c3", "a", tc, ["confirm"], "expected", "prosecutor")
    assert status.find(context([other, done], {("c3", "c2"): (0.5, 0.5)})) == []
    assert status._one_role("lawyer", "counsel", ta, tb) and not status._one_role("lawyer", "prosecutor", ta, tb)
    # a prosecutor called an attorney is no one's lawyer
    td = "The U.S. attorney is expected to confirm on Friday that prosecutors plan to file charges."
    us = acting("c4", "a", td, ["confirm"], "expected", "attorney")
    assert status.find(context([us, done], {("c4", "c2"): (0.5, 0.5)})) == []


def test_an_office_counted_by_its_holders_given_to_two_people_is_a_name_finding():
    """"Ana Ruiz took the oath to become the 12th harbour master" / "Tom Vance was sworn in as the
    12th harbour master": one person holds a counted office, so one outlet named the wrong one.
    Not where the ordinals differ (two holders), nor where the office is no office ("the second
    time"), nor where the clause's subject is not the holder ("after Ruiz, the harbour named Vance
    the 12th harbour master": no subject link)."""
    ta = "Ana Ruiz took the oath on Friday to become the 12th harbour master of Pelland."
    tb = "Tom Vance was sworn in on Friday as the 12th harbour master of Pelland."
    a = named("c1", "a", ta, "Ana Ruiz", "ana ruiz", "nsubj:take")
    b = named("c2", "b", tb, "Tom Vance", "tom vance", "nsubjpass:swear")
    pair = {("c1", "c2"): (0.7, 0.7)}
    assert [f.values for f in entities.find(context([a, b], pair))] == [{"c1": "Ana Ruiz", "c2": "Tom Vance"}]
    # set beside the name
    tc = "Tom Vance, the 12th harbour master, took the oath on Friday."
    c = named("c2", "b", tc, "Tom Vance", "tom vance", "nsubj:take")
    assert [f.values for f in entities.find(context([a, c], pair))] == [{"c1": "Ana Ruiz", "c2": "Tom Vance"}]
    # another ordinal: another holder of the office, no conflict
    td = "Tom Vance was sworn in on Friday as the 11th harbour master of Pelland."
    d = named("c2", "b", td, "Tom Vance", "tom vance", "nsubjpass:swear")
    assert entities.find(context([a, d], pair)) == []
    # a count of occasions, no office
    # (told in other words: one sentence both print with two names is a finding of its own,
    # test_one_sentence_two_outlets_print_with_another_name_in_it)
    te, tf = "Ana Ruiz won the regatta on Friday, the second time in a row.", "Tom Vance took the regatta on Friday for a second time running."
    e = named("c1", "a", te, "Ana Ruiz", "ana ruiz", "nsubj:win")
    f = named("c2", "b", tf, "Tom Vance", "tom vance", "nsubj:win")
    assert entities.find(context([e, f], pair)) == []
    # the same person in both: agreement
    tg = "Ruiz was sworn in on Friday as the 12th harbour master of Pelland."
    g = named("c2", "b", tg, "Ruiz", "ana ruiz", "nsubjpass:swear")
    assert entities.find(context([a, g], pair)) == []
    # a pair not likely enough to state one fact (0.6)
    assert entities.find(context([a, b], {("c1", "c2"): (0.5, 0.5)})) == []


def test_harness_status_edits_agree_with_their_subject_and_clause(tmp_path: Path, nlp):
    """An act made expected reads as copy would: "Two ferries are expected to sail" for a plural
    subject (not "is expected to"), and the past's expectation in a clause that sets the act
    before the main one ("after the council was expected to approve the budget", not "is")."""
    from crosscheck.known.mutate import _EXPECTATIONS, plan_edits

    (tmp_path / "x.txt").write_text("Ferries\nTwo ferries sailed from Pelland on Monday.\n"
                                    "The mayor spoke a day after the council approved the budget.\n", encoding="utf-8")
    (tmp_path / "y.txt").write_text("Sailing\nTwo ferries sailed from Pelland on Monday.\n"
                                    "She spoke after the council approved the budget.\n", encoding="utf-8")
    gold = {"agreements": [
        {"id": "sail", "members": [{"file": "x.txt", "quote": "Two ferries sailed from Pelland on Monday"},
                                   {"file": "y.txt", "quote": "Two ferries sailed from Pelland on Monday"}]},
        {"id": "budget", "members": [{"file": "x.txt", "quote": "the council approved the budget"},
                                     {"file": "y.txt", "quote": "the council approved the budget"}]}]}
    status = [e for s in range(8) for e in plan_edits(gold, tmp_path, nlp=nlp, seed=s, per_member=3) if e.kind == "status-expected"]
    sail = {e.new for e in status if e.old == "sailed"}
    budget = {e.new for e in status if e.old == "approved"}
    assert sail and budget
    assert sail <= {"are expected to sail", "are set to sail", "plan to sail", "are likely to sail", "could sail"}
    assert budget <= {"was expected to approve", "was set to approve", "planned to approve", "was likely to approve", "could approve"}
    assert len(_EXPECTATIONS) == 5


def test_harness_makes_no_act_expected_that_its_sentence_dates_in_the_past(tmp_path: Path, nlp):
    """"Vance sued the port in 2019" made "Vance could sue the port in 2019", or "the ferry sailed
    two weeks ago" made "is set to sail two weeks ago", is no copy's slip; nor is a participle the
    gold's fragment reads as a verb ("the letters were mailed over years" made "the letters
    were plan to mail ..."). An act the sentence leaves undated still is made expected."""
    from crosscheck.known.mutate import plan_edits

    lines = ["Vance sued the port authority in 2019 over the closure.",
             "The ferry sailed from Pelland two weeks ago with the mayor aboard.",
             "The letters were mailed over years to an aide.",
             "The council approved the harbour budget on Monday."]
    (tmp_path / "x.txt").write_text("Port\n" + " ".join(lines) + "\n", encoding="utf-8")
    (tmp_path / "y.txt").write_text("Harbour\n" + " ".join(lines) + "\n", encoding="utf-8")
    quotes = ["Vance sued the port authority in 2019", "The ferry sailed from Pelland two weeks ago",
              "mailed over years to an aide", "The council approved the harbour budget on Monday"]
    gold = {"articles": [{"file": "x.txt", "published": "2021-05-04"}, {"file": "y.txt", "published": "2021-05-04"}],
            "agreements": [{"id": f"a{k}", "members": [{"file": "x.txt", "quote": q}, {"file": "y.txt", "quote": q}]}
                           for k, q in enumerate(quotes)]}
    made = {e.old for s in range(8) for e in plan_edits(gold, tmp_path, nlp=nlp, seed=s, per_member=3)
            if e.kind == "status-expected"}
    assert made == {"approved"}


def test_days_of_a_month_two_undated_pages_give_one_act_are_compared_without_a_year():
    """Pages that show no date leave "Aug. 25" without a year, so it has no precise date; two such
    pages of one story that put one act on "Aug. 25" and "August 27" still tell it otherwise (a day
    apart: low, time zones). Not days on two verbs ("died Sept. 4" / "suffered a stroke on Aug. 29"),
    nor a pair only its neutralised days make alike (0.2 as it stands)."""
    from crosscheck.compare import dates

    def yearless(text, words, month, d, anchor):
        at = text.index(words)
        return DateRef(text=words, start=at, end=at + len(words), month=month, day=d, anchor=anchor)

    ta, tb = "The ferry will sail to Pelland on Aug. 25 for the regatta.", "The ferry will sail to Pelland on August 27 for the regatta."
    a = claim("c1", "a", ta, dates=[yearless(ta, "Aug. 25", 8, 25, "sail")], predicate="sail")
    b = claim("c2", "b", tb, dates=[yearless(tb, "August 27", 8, 27, "sail")], predicate="sail")
    undated = {"a": None, "b": None}
    found = dates.find(context([a, b], {("c1", "c2"): (0.6, 0.9)}, undated))
    assert [(f.severity, f.values) for f in found] == [("medium", {"c1": "Aug. 25", "c2": "August 27"})]
    tc = "The ferry will sail to Pelland on August 26 for the regatta."
    c = claim("c2", "b", tc, dates=[yearless(tc, "August 26", 8, 26, "sail")], predicate="sail")
    assert [f.severity for f in dates.find(context([a, c], {("c1", "c2"): (0.6, 0.9)}, undated))] == ["low"]
    # the same day: agreement
    td = "The ferry will sail to Pelland on August 25 for the regatta."
    d = claim("c2", "b", td, dates=[yearless(td, "August 25", 8, 25, "sail")], predicate="sail")
    assert dates.find(context([a, d], {("c1", "c2"): (0.6, 0.9)}, undated)) == []
    # two verbs: two acts' days
    te = "The skipper fell ill on August 27 and the ferry sailed later."
    e = claim("c2", "b", te, dates=[yearless(te, "August 27", 8, 27, "fall")], predicate="fall")
    assert dates.find(context([a, e], {("c1", "c2"): (0.85, 0.95)}, undated)) == []
    # a pair only the neutralised days make alike
    assert dates.find(context([a, b], {("c1", "c2"): (0.2, 0.8)}, undated)) == []


def test_harness_swaps_a_surname_for_the_word_the_story_writes_alone():
    """"Okafor met Ruiz" made "Okafor met Kenji": wrong where the story writes "Tanaka Kenji"
    surname first and "Tanaka" alone; the surname swapped in is the word the story writes alone
    ("Tanaka"), else the name's last word."""
    from crosscheck.known.mutate import _surname

    told = ("Tanaka Kenji met Ana Ruiz. Kenji Tanaka said Prime Minister Tanaka would stay. Ruiz left. Ana thanked "
            "Tom Vance. Tom Ellis and Tom Moss came, and Vance left.")
    assert _surname("Tanaka Kenji", told) == "Tanaka"  # alone once ("Kenji Tanaka" is no "Tanaka" alone), "Kenji" never
    assert _surname("Tom Vance", told) == "Vance"  # "Tom" of "Tom Ellis" is no "Tom" alone
    assert _surname("Ana Ruiz", told) == "Ruiz"  # alone once each: the last word
    assert _surname("Kim Dara", "Kim Dara spoke.") == "Dara"  # never alone: the last word


def test_harness_takes_no_building_the_parser_tags_a_person_for_a_name():
    """The small parser tags "Tomas Okafor Memorial Stadium" a person now and then; swapped in for
    a congressman ("Rep. Okafor Memorial Stadium") it is no copy's slip. A person's name that holds
    a word of a building, ground or road is none; people's names and places stay."""
    from crosscheck.known.mutate import _a_name

    assert not _a_name("Tomas Okafor Memorial Stadium", "PERSON")
    assert not _a_name("Pelland University", "PERSON")
    assert _a_name("Ana Ruiz", "PERSON") and _a_name("Tom Vance", "PERSON")
    assert _a_name("Pelland Plaza")  # (no label: the old reading, names of any kind)


def test_harness_puts_no_name_its_sentence_already_writes(tmp_path: Path, nlp):
    """"Lena Okafor was sued by her aide, Tom Vance" made "Tom Vance was sued by her aide, Tom
    Vance": the gold quotes a fragment ("Lena Okafor was sued by her aide"), but the sentence a
    desk reads already names the person put in. Another person of the story may still be put in."""
    from crosscheck.known.mutate import plan_edits

    def put_for_okafor(body: str, quotes: list[str]) -> set[str]:
        (tmp_path / "x.txt").write_text("Suit\n" + body, encoding="utf-8")
        (tmp_path / "y.txt").write_text("Harbour\n" + body, encoding="utf-8")
        gold = {"agreements": [{"id": f"a{k}", "members": [{"file": "x.txt", "quote": q}, {"file": "y.txt", "quote": q}]}
                               for k, q in enumerate(quotes)]}
        return {e.new for s in range(12) for e in plan_edits(gold, tmp_path, nlp=nlp, seed=s, per_member=3)
                if e.kind == "person" and e.old == "Lena Okafor"}

    put = put_for_okafor("Lena Okafor was sued by her aide, Tom Vance, in May. Daniel Ruiz joined the harbour board in June.\n",
                         ["Lena Okafor was sued by her aide", "her aide, Tom Vance, in May", "Daniel Ruiz joined the harbour board"])
    assert "Daniel Ruiz" in put and "Tom Vance" not in put
    # a surname the sentence writes alone counts: "Tom Vance was sued by Vance's aide"
    put = put_for_okafor("Lena Okafor was sued by Vance's aide in May. Tom Vance owns the ferry. "
                         "Daniel Ruiz joined the harbour board in June.\n",
                         ["Lena Okafor was sued by Vance's aide", "Tom Vance owns the ferry", "Daniel Ruiz joined the harbour board"])
    assert "Daniel Ruiz" in put and "Tom Vance" not in put


def test_harness_misquotes_a_common_word_not_a_name(tmp_path: Path):
    """A word of a quotation replaced by another word of the article reads as a misheard word
    ("needs senior harbour staff" made "needs senior lease staff"); a name in it made a common word
    ("Pelland Harbour" made "Lease Harbour") reads as no copy's slip and is not made."""
    from crosscheck.known.mutate import plan_edits

    body = ('Vance said the port "needs senior Pelland Harbour officials to act quickly before the lease ends" '
            "and left the meeting early.\n")
    (tmp_path / "x.txt").write_text("Port\n" + body, encoding="utf-8")
    (tmp_path / "y.txt").write_text("Lease\n" + body, encoding="utf-8")
    q = "needs senior Pelland Harbour officials to act quickly before the lease ends"
    gold = {"agreements": [{"id": "a", "members": [{"file": f, "quote": f'"{q}"'} for f in ("x.txt", "y.txt")]}]}
    words = [e.old for s in range(60) for e in plan_edits(gold, tmp_path, nlp=None, seed=s, per_member=3)
             if e.kind == "quote-word"]
    assert words and all(w[:1].islower() for w in words)


def test_harness_reads_an_abbreviation_alone_as_no_place(nlp):
    """"Pelland, Va." is a place; "owes the win to Del." (a man's nickname that the parser reads as
    Delaware's abbreviation) is none: an abbreviated state stands after its town and a comma."""
    from crosscheck.known.mutate import _abbreviated_alone, _misread

    doc = nlp("He has moved to Pelland, Va. last year. The whole crew owes the win to Del.")
    places = {e.text: _abbreviated_alone(e) for e in doc.ents if e.label_ == "GPE"}
    assert places.get("Va.") is False and places.get("Del.") is True
    boston = [e for e in nlp("Ruiz flew from Pelland to Boston.").ents if e.text == "Boston"]
    assert boston and not _abbreviated_alone(boston[0])
    # an edit is not made where the name taken out or the one put in is so misread
    ents = {e.text: e for e in doc.ents}
    assert _misread(ents["Del."], "Boston") and not _misread(ents["Va."], "Ill.")
    assert _misread(boston[0], "Del.") and not _misread(boston[0], "Denver")


def test_harness_person_swaps_take_the_surname_the_story_writes(tmp_path: Path):
    from crosscheck.known.mutate import plan_edits

    (tmp_path / "x.txt").write_text("Talks\nRuiz met the envoy. Tanaka Kenji spoke later. Tanaka left.\n", encoding="utf-8")
    (tmp_path / "y.txt").write_text("Envoy\nRuiz met the envoy too. Tanaka Kenji spoke. Tanaka left early.\n", encoding="utf-8")
    gold = {"agreements": [
        {"id": "met", "members": [{"file": "x.txt", "quote": "Ruiz met the envoy"}, {"file": "y.txt", "quote": "Ruiz met the envoy too"}]},
        {"id": "spoke", "members": [{"file": "x.txt", "quote": "Tanaka Kenji spoke later"}, {"file": "y.txt", "quote": "Tanaka Kenji spoke"}]},
        {"id": "left", "members": [{"file": "x.txt", "quote": "Tanaka left"}, {"file": "y.txt", "quote": "Tanaka left early"}]}]}
    Doc = names_parser({"Tanaka Kenji": "PERSON", "Tanaka": "PERSON", "Ruiz": "PERSON"})
    swaps = {e.new for s in range(4) for e in plan_edits(gold, tmp_path, nlp=Doc, seed=s, per_member=5)
             if e.kind == "person" and e.old == "Ruiz"}
    assert swaps == {"Tanaka"}


def test_harness_makes_no_adverb_first_a_second(tmp_path: Path, nlp):
    """"Vance and Ruiz first met in May" made "second met" reads as no copy would; "their first
    meeting" made "their second meeting" is a slip the harness may make."""
    from crosscheck.known.mutate import plan_edits

    (tmp_path / "x.txt").write_text("Talks\nVance and Ruiz first met in May in Pelland. It was their first meeting.\n", encoding="utf-8")
    (tmp_path / "y.txt").write_text("Envoys\nVance and Ruiz first met in May in Pelland. It was their first meeting there.\n", encoding="utf-8")
    gold = {"agreements": [
        {"id": "met", "members": [{"file": "x.txt", "quote": "Vance and Ruiz first met in May in Pelland"},
                                  {"file": "y.txt", "quote": "Vance and Ruiz first met in May in Pelland"}]},
        {"id": "meeting", "members": [{"file": "x.txt", "quote": "It was their first meeting"},
                                      {"file": "y.txt", "quote": "It was their first meeting there"}]}]}
    firsts = {e.agreement for s in range(8) for e in plan_edits(gold, tmp_path, nlp=nlp, seed=s, per_member=4) if e.kind == "first"}
    assert firsts == {"meeting"}


def test_harness_puts_no_place_for_a_surname_the_parser_read_as_a_place(tmp_path: Path):
    """"Under Moss, the port reopened" where the parser tags "Moss" a place and the story names
    "Rita Moss": a place put for it ("Under Norland, ...") is no slip of copy; a real place may
    still be swapped."""
    from crosscheck.known.mutate import plan_edits

    (tmp_path / "x.txt").write_text("Port\nUnder Moss, the port of Pelland reopened. Rita Moss spoke in Norland.\n", encoding="utf-8")
    (tmp_path / "y.txt").write_text("Reopening\nUnder Moss, the port of Pelland reopened again. Rita Moss spoke in Norland today.\n",
                                    encoding="utf-8")
    gold = {"agreements": [
        {"id": "port", "members": [{"file": "x.txt", "quote": "Under Moss, the port of Pelland reopened"},
                                   {"file": "y.txt", "quote": "Under Moss, the port of Pelland reopened again"}]},
        {"id": "spoke", "members": [{"file": "x.txt", "quote": "Rita Moss spoke in Norland"},
                                    {"file": "y.txt", "quote": "Rita Moss spoke in Norland today"}]}]}
    Doc = names_parser({"Moss": "GPE", "Rita Moss": "PERSON", "Pelland": "GPE", "Norland": "GPE"})
    places = {e.old for s in range(6) for e in plan_edits(gold, tmp_path, nlp=Doc, seed=s, per_member=5) if e.kind == "place"}
    assert "Moss" not in places and "Pelland" in places


def test_a_title_the_rest_of_the_story_gives_another_person():
    """One outlet gives a title that the story's other outlets give one other person, to a
    person the story knows by another title: a name swapped in, wherever the sentences stand
    (no pair of them is compared here)."""
    def titled(cid, aid, text, name, key, verb):
        return claim(cid, aid, text, entities=[ent(text, name, "PERSON", key, f"nsubj:{verb}")])

    vance = titled("c1", "a", "Pier Trust Treasurer Tom Vance said the repairs would take a year.", "Tom Vance", "tom vance", "say")
    swapped_in = titled("c2", "b", "Harbour Board Chairwoman Tom Vance ordered the pier closed after the storm.",
                        "Tom Vance", "tom vance", "order")
    ruiz = titled("c3", "c", "The pier stays shut, Harbour Board Chairwoman Ana Ruiz told reporters on Monday.",
                  "Ana Ruiz", "ana ruiz", "tell")
    found = entities.find(context([vance, swapped_in, ruiz], {}))
    assert [(p.claims, p.values, p.severity) for p in found] == [
        (("c2", "c3"), {"c2": "Tom Vance", "c3": "Ana Ruiz"}, "medium")]
    assert "harbour board chairwoman" in found[0].explanation
    # a person the story gives no title of their own: may hold this one too
    assert entities.find(context([swapped_in, ruiz], {})) == []
    # the title given to two people elsewhere: two holders (or two boards)
    moss = titled("c4", "a", "Harbour Board Chairwoman Rita Moss inspected the pier.", "Rita Moss", "rita moss", "inspect")
    assert entities.find(context([vance, swapped_in, ruiz, moss], {})) == []
    # the outlet gives the person the title elsewhere too (it tells another board than the others)
    again = titled("c5", "b", "Harbour Board Chairwoman Tom Vance will testify.", "Tom Vance", "tom vance", "testify")
    assert entities.find(context([vance, swapped_in, ruiz, again], {})) == []
    # another outlet gives the person part of that title ("Board Chairwoman"): one office, held
    # by each at another time ("under Harbour Board Chairwoman Ana Ruiz, the board ...")
    part = titled("c11", "c", "The pier was shut by Board Chairwoman Tom Vance in May.", "Tom Vance", "tom vance", "shut")
    assert entities.find(context([vance, swapped_in, ruiz, part], {})) == []
    assert entities._one_office("board chairwoman", "harbour board chairwoman")
    assert not entities._one_office("board treasurer", "harbour board chairwoman")
    # the claim names the other holder too: one succeeded the other
    text = "Harbour Board Chairwoman Tom Vance replaced Ana Ruiz in the spring."
    succeeded = claim("c10", "b", text, entities=[ent(text, "Tom Vance", "PERSON", "tom vance", "nsubj:replace"),
                                                 ent(text, "Ana Ruiz", "PERSON", "ana ruiz", "dobj:replace")])
    assert entities.find(context([vance, succeeded, ruiz], {})) == []
    # an office many hold at once
    sen = [titled("c6", "a", "Norland Sen. Tom Vance voted for the bill.", "Tom Vance", "tom vance", "vote"),
           titled("c7", "b", "Pier Trust Treasurer Tom Vance said the repairs would take a year.", "Tom Vance", "tom vance", "say"),
           titled("c8", "c", "Norland Sen. Ana Ruiz voted for the bill.", "Ana Ruiz", "ana ruiz", "vote")]
    assert entities.find(context(sen, {})) == []
    # a name written nowhere else (a headline's verb read as a first name)
    headline = titled("c9", "b", "Harbour Board Chairwoman Sues Vance Over Pier Closure", "Sues Vance", "sues vance", "sue")
    assert entities.find(context([vance, headline, ruiz], {})) == []


@pytest.mark.parametrize("a_cap, b_cap, found", [
    (("up to 10 years", 10), ("up to 12 years", 12), "medium"),  # two caps: two figures
    (("up to 10 years", 10), ("up to 10 years", 10), None),
    (("up to $12 million", 12_000_000), ("up to $12.6 million", 12_600_000), None),  # one cut short
    (("up to 10 years", 10), ("six years", 6), None),  # a cap and a figure under it
])
def test_two_caps_differ_as_two_figures(a_cap, b_cap, found):
    """"could be jailed for up to 10 years" / "for up to 12 years": each outlet gives the cap,
    and two caps are two figures (medium: estimates move); a figure under a cap agrees with it."""
    (ta, va), (tb, vb) = a_cap, b_cap
    unit = "usd" if "$" in ta else "year"

    def jailed(cid, aid, text, value):
        hedge = "up to" if text.startswith("up to") else None
        words = f"The charge carries {text} in prison."
        i = words.index(text)
        return claim(cid, aid, words, quantities=[Quantity(text=text, value=value, unit=unit, hedge=hedge, start=i,
                                                           end=i + len(text), anchor="carry")])

    out = numbers.find(context([jailed("c1", "a", ta, va), jailed("c2", "b", tb, vb)], {("c1", "c2"): (0.9, 0.9)}))
    assert [p.severity for p in out] == ([found] if found else [])


@pytest.mark.parametrize("a, b, found", [
    (("$3 billion", 3e9), ("$4 billion", 4e9), "medium"),  # one precision, two figures
    (("1,200", 1200), ("1,300", 1300), "medium"),
    (("$12 million", 12e6), ("$12.6 million", 12.6e6), None),  # cut short: another precision
    (("200,000", 2e5), ("180,000", 1.8e5), None),  # the round figure may be the other rounded
    (("$3 billion", 3e9), ("about $4 billion", 4e9), None),  # a hedge reads its own
    (("$3 billion", 3e9), ("$3 billion", 3e9), None),
    (("$3 billion", 3e9), ("$8 billion", 8e9), "high"),  # past any rounding: as before
])
def test_two_figures_rounded_to_one_digit_and_differing_are_two_values(a, b, found):
    """"a $3 billion loss" / "a $4 billion loss": each figure alone allows the other's value once
    rounding is read ($3.5 billion rounds either way), but two outlets rounding one value to
    one digit print one figure: written to one precision and differing, they tell two values
    (medium)."""
    def figure(text, value):
        hedge = "about" if text.startswith("about") else None
        return Quantity(text=text, value=value, unit="usd" if "$" in text else "people", hedge=hedge, start=0,
                        end=len(text), anchor="hit")
    assert numbers.compare(figure(*a), figure(*b)) == found


def test_one_sentence_two_outlets_print_with_another_number():
    """"The Pier 4 ferry sank ..." / "The Pier 7 ferry sank ...": one sentence both print but for a
    number the figures read here leave out (a number naming a thing of a series); figures the
    number rule compares, years and quotations both give are left to their rules."""
    words = "The harbour trust said the Pier {} ferry would stay moored until the storm had passed."

    def copy(cid, aid, n, **facts):
        return claim(cid, aid, words.format(n), **facts)

    found = numbers.find(context([copy("c1", "a", 4), copy("c2", "b", 7)], {("c1", "c2"): (0.9, 0.9)}))
    assert [(p.type, p.severity, p.values) for p in found] == [("number", "medium", {"c1": "4", "c2": "7"})]
    assert "in one sentence both print" in found[0].explanation
    # a figure written with a thousands mark is read whole (its words are "1" and "200")
    found = numbers.find(context([copy("c1", "a", "1,200"), copy("c2", "b", "1,500")], {("c1", "c2"): (0.9, 0.9)}))
    assert [p.values for p in found] == [{"c1": "1,200", "c2": "1,500"}]
    # in words against figures, one value: no finding; two values: a finding
    assert numbers.find(context([copy("c1", "a", 4), copy("c2", "b", "four")], {("c1", "c2"): (0.9, 0.9)})) == []
    assert len(numbers.find(context([copy("c1", "a", 4), copy("c2", "b", "seven")], {("c1", "c2"): (0.9, 0.9)}))) == 1
    # a figure the facts read (its unit, its hedge) is the number rule's own: "about 40" allows 42
    about = "The harbour trust said about {} ferries would stay moored until the storm had passed."

    def ferries(cid, aid, n):
        text = about.format(n)
        i = text.index("about")
        return claim(cid, aid, text, quantities=[Quantity(text=f"about {n}", value=n, unit="ferry", hedge="about", start=i,
                                                          end=i + len(f"about {n}"), anchor="stay")])

    assert numbers.find(context([ferries("c1", "a", 40), ferries("c2", "b", 42)], {("c1", "c2"): (0.9, 0.9)})) == []
    # years are the date rule's, and so are a date's day ("on March 3" / "on March 9")
    assert numbers.find(context([copy("c1", "a", 1911), copy("c2", "b", 1912)], {("c1", "c2"): (0.9, 0.9)})) == []
    opened = "The harbour trust said the new pier opened to traffic on March {}, ahead of the summer season."

    def on_day(cid, aid, d):
        text = opened.format(d)
        return claim(cid, aid, text, dates=[day(f"March {d}", dt.date(2025, 3, d), "open").model_copy(
            update={"start": text.index("March"), "end": text.index("March") + len(f"March {d}")})])

    assert numbers.find(context([on_day("c1", "a", 3), on_day("c2", "b", 9)], {("c1", "c2"): (0.9, 0.9)})) == []


def test_one_doers_act_in_any_clause_is_compared_for_status_whatever_the_pairs_probability():
    """Two outlets tell one act in a clause of sentences that state other facts ("weeks after
    Moss was expected to publish her survey ..., the board met" / "when Moss published her survey
    ..., she thanked the divers"): the pair model gives such a pair nothing, yet the act is one,
    by one named doer and done to one thing, and one outlet tells it as to come."""
    ta = "Weeks after Moss was expected to publish her survey of the harbour wrecks, the board met."
    tb = "When Moss published her survey of the wrecks, she thanked the divers."
    pending = claim("c1", "a", ta, actions=["meet"], acts={"publish": "expected", "meet": "done"},
                    doers={"publish": "moss", "meet": "board"}, tense="past")
    done = claim("c2", "b", tb, actions=["thank"], acts={"publish": "done", "thank": "done"},
                 doers={"publish": "moss"}, tense="past")
    found = status.find(context([pending, done], {}))
    assert [p.claims for p in found] == [("c1", "c2")]
    assert "'publish'" in found[0].explanation
    # what the act is done to differs: her memoir, not the survey
    memoir = done.model_copy(update={"text": "When Moss published her memoir last year, she thanked the divers."})
    memoir = memoir.model_copy(update={"facts": memoir.facts.model_copy(update={
        "lemmas": ["when", "moss", "publish", "memoir", "last", "year", "she", "thank", "diver"]})})
    assert status.find(context([pending, memoir], {})) == []
    # another doer: another act
    other = done.model_copy(update={"facts": done.facts.model_copy(update={"doers": {"publish": "vance"}})})
    assert status.find(context([pending, other], {})) == []
    # no doer read on one side: nothing says the act is one
    unread = done.model_copy(update={"facts": done.facts.model_copy(update={"doers": {}})})
    assert status.find(context([pending, unread], {})) == []
    # one outlet: nothing to set against each other
    assert status.find(context([pending, done.model_copy(update={"article": "a"})], {})) == []


def test_a_title_of_several_listed_in_two_orders_gives_it_to_no_other_person():
    """ "Harbour Board Members Rita Moss of Ely and Ana Ruiz of Wick" / "Harbour Board Members
    Ana Ruiz of Wick and Rita Moss of Ely": the title's first name differs, but each claim names
    both people; with the other person left out of one claim, the title is given to another."""
    def members(cid, aid, first, second, key1, key2):
        text = f"Harbour Board Members {first} and {second} have not said how they will vote on the levy."
        return claim(cid, aid, text, entities=[ent(text, first, "PERSON", key1, "nsubj:say"),
                                               ent(text, second, "PERSON", key2, "conj:say")])
    a = members("c1", "a", "Rita Moss", "Ana Ruiz", "moss rita", "ana ruiz")
    b = members("c2", "b", "Ana Ruiz", "Rita Moss", "ana ruiz", "moss rita")
    assert entities._title_holders(context([a, b], {("c1", "c2"): (0.85, 0.85)}), "c1", "c2") is None
    c = members("c3", "b", "Ana Ruiz", "Tom Vance", "ana ruiz", "tom vance")
    found = entities._title_holders(context([a, c], {("c1", "c3"): (0.85, 0.85)}), "c1", "c3")
    assert found is not None and found.values == {"c1": "Rita Moss", "c3": "Ana Ruiz"}


def naming(cid: str, aid: str, text: str, *names: tuple[str, str, str, str]) -> Claim:
    """A claim naming each of ``names`` (name, label, key, anchor) at its place in the text."""
    return claim(cid, aid, text, entities=[ent(text, n, label, key, anchor) for n, label, key, anchor in names])


def test_a_person_the_act_befalls_in_one_claim_and_doing_it_in_the_other_are_two_acts():
    """ "Ruiz dismissed Vance's claim that the funds were spent" / "Vance dismissed the effort":
    each answers the other, two acts of one verb; Vance named elsewhere, but not as the one the
    dismissal befalls, is still another person in the very role."""
    a = naming("c1", "a", "Ruiz dismissed Vance's claim that the harbour funds would never be spent on the dredging.",
               ("Ruiz", "PERSON", "ruiz", "nsubj:dismiss"), ("Vance", "ORG", "vance", "dobj:dismiss"))
    b = naming("c2", "b", "Vance dismissed the dredging effort on the harbour funds.", ("Vance", "PERSON", "vance", "nsubj:dismiss"))
    assert entities._slot_swap(context([a, b], {("c1", "c2"): (0.85, 0.85)}), "c1", "c2") is None
    c = naming("c3", "a", "Ruiz dismissed the dredging plan, a spokesman for Vance said of the harbour funds.",
               ("Ruiz", "PERSON", "ruiz", "nsubj:dismiss"), ("Vance", "PERSON", "vance", "pobj:say"))
    found = entities._slot_swap(context([c, b], {("c3", "c2"): (0.85, 0.85)}), "c3", "c2")
    assert found is not None and found.values == {"c3": "Ruiz", "c2": "Vance"}


def test_a_person_in_a_phrase_describing_the_subject_of_is_is_not_the_one_it_is_told_of():
    """ "The levy, another priority for Vance and the council, is just talk" / "the dredging fund
    -- a priority for Harbour Master Ana Ruiz -- is dead": the people stand in phrases that
    describe two subjects, not in the role of "is" itself."""
    moss = ("Moss", "PERSON", "moss", "nsubj:say")
    a = naming("c1", "a", "The levy, another priority for Vance and the council, is just talk, Moss said.",
               ("Vance", "PERSON", "vance", "nsubj:be"), moss)
    b = naming("c2", "b", "Moss said the levy is just talk and the dredging fund, a goal of Harbour Master Ana Ruiz, is dead.",
               ("Ana Ruiz", "PERSON", "ana ruiz", "nsubj:be"), moss)
    assert entities._people(context([a, b], {("c1", "c2"): (0.9, 0.9)}), "c1", "c2") is None
    # the person as the subject itself: "Vance is the harbour's new master" / "Ruiz is ..."
    c = naming("c3", "a", "Vance is the harbour's new master, Moss said.", ("Vance", "PERSON", "vance", "nsubj:be"), moss)
    d = naming("c4", "b", "Ana Ruiz is the harbour's new master, Moss said on Friday.",
               ("Ana Ruiz", "PERSON", "ana ruiz", "nsubj:be"), moss)
    found = entities._people(context([c, d], {("c3", "c4"): (0.9, 0.9)}), "c3", "c4")
    assert found is not None and found.values == {"c3": "Vance", "c4": "Ana Ruiz"}


def test_a_remark_reworded_throughout_in_two_forms_of_occasion_is_two_remarks():
    """ "In a letter to the council, Ruiz said the levy 'would not fund ...'" / "'It is not a
    levy for ...,' Ruiz said in remarks at the pier": a letter and spoken remarks, one speaker's
    words twice; the same two sentences with no form told, or one form, stay one remark reworded."""
    def said(cid, aid, before, words, after):
        text = f"{before}\u201c{words}\u201d{after}"
        return claim(cid, aid, text, quotes=[Quote(text=words, speaker="ruiz", start=len(before) + 1,
                                                   end=len(before) + 1 + len(words))],
                     entities=[ent(text, "Ruiz", "PERSON", "ruiz", "nsubj:say")])
    letter = said("c1", "a", "In a letter to the council, Ruiz said the levy ",
                  "would not pay for long, costly dredging of the kind the north harbour saw in the past", ".")
    spoken = said("c2", "b", "", "It is not the start of another costly dredging, like the north harbour",
                  ", Ruiz said in remarks at the pier.")
    ctx = context([letter, spoken], {("c1", "c2"): (0.9, 0.9)})
    assert quotes._other_forms(ctx, "c1", "c2")
    assert quotes.find(ctx) == []
    plain = said("c3", "b", "", "It is not the start of another costly dredging, like the north harbour", ", Ruiz said.")
    ctx = context([letter, plain], {("c1", "c3"): (0.9, 0.9)})
    assert not quotes._other_forms(ctx, "c1", "c3")
    assert [p.type for p in quotes.find(ctx)] == ["quote"]
    written = said("c4", "b", "", "It is not the start of another costly dredging, like the north harbour",
                   ", Ruiz said in an email to the council.")
    assert not quotes._other_forms(context([letter, written], {("c1", "c4"): (0.9, 0.9)}), "c1", "c4")


def test_a_toll_the_later_report_gives_higher_a_day_on_is_low():
    """ "2,001 were injured" (one day) / "more than 3,700 injured" (the next day): a toll that grew,
    low; the earlier report the higher, or a figure that is no toll, keeps its severity."""
    def hurt(cid, aid, n, unit="count", anchor="injure", noun="were injured in the clashes"):
        text = f"The ministry said {n:,} {noun}."
        return claim(cid, aid, text, quantities=[Quantity(text=f"{n:,}", value=n, unit=unit, start=text.index(f"{n:,}"),
                                                          end=text.index(f"{n:,}") + len(f"{n:,}"), anchor=anchor)])
    days = {"a": DAY, "b": DAY + dt.timedelta(days=1)}
    found = numbers.find(context([hurt("c1", "a", 2001), hurt("c2", "b", 3700)], {("c1", "c2"): (0.9, 0.9)}, days))
    assert [(p.severity, "may have grown" in p.explanation) for p in found] == [("low", True)]
    found = numbers.find(context([hurt("c1", "a", 3700), hurt("c2", "b", 2001)], {("c1", "c2"): (0.9, 0.9)}, days))
    assert [p.severity for p in found] == ["high"]
    found = numbers.find(context([hurt("c1", "a", 2001), hurt("c2", "b", 3700)], {("c1", "c2"): (0.9, 0.9)}))
    assert [p.severity for p in found] == ["high"]  # one day: no time to grow
    spent = partial(hurt, unit="ferry", anchor="buy", noun="ferries were bought for the harbour")
    found = numbers.find(context([spent("c1", "a", 2001), spent("c2", "b", 3700)], {("c1", "c2"): (0.9, 0.9)}, days))
    assert [p.severity for p in found] == ["high"]


def test_a_day_written_after_a_verb_of_saying_is_the_sayings():
    """ "said earlier this month they will not attend the regatta" / "will not be at the regatta
    in September": the day of the saying against the month of the act, whatever verb the parser
    hangs the day on; two days of saying are still compared."""
    ta = "Ruiz and Vance said earlier this month they will not attend the regatta."
    a = claim("c1", "a", ta, predicate="say", dates=[DateRef(
        text="earlier this month", start=ta.index("earlier"), end=ta.index("earlier") + 18,
        low=dt.date(2024, 3, 1), high=dt.date(2024, 3, 7), month=3, year=2024, anchor="attend")])
    tb = "Ruiz and Vance also say they will not be at the regatta in September."
    b = claim("c2", "b", tb, predicate="say", dates=[DateRef(
        text="September", start=tb.index("September"), end=tb.index("September") + 9,
        low=dt.date(2024, 9, 1), high=dt.date(2024, 9, 30), month=9, year=2024, anchor="be")])
    assert dates.find(context([a, b], {("c1", "c2"): (0.9, 0.9)})) == []
    tc = "Ruiz and Vance said in September they will not attend the regatta."
    c = claim("c3", "b", tc, predicate="say", dates=[DateRef(
        text="September", start=tc.index("September"), end=tc.index("September") + 9,
        low=dt.date(2024, 9, 1), high=dt.date(2024, 9, 30), month=9, year=2024, anchor="attend")])
    assert dates.day_of_saying(a, a.facts.dates[0]) and not dates.day_of_saying(b, b.facts.dates[0])
    assert [p.type for p in dates.find(context([a, c], {("c1", "c3"): (0.9, 0.9)}))] == ["date"]


def test_an_act_told_once_more_of_its_kind_on_a_story_of_several_days_is_another_occasion():
    """ "Ruiz also sold shares in the ferry firm on Feb. 20" / "Ruiz sold shares ... on Jan. 27",
    where the story tells the sale on several days: another sale, not the first one misdated."""
    def sold(cid, aid, text, when):
        i = text.index(when.strftime("%b."))
        return claim(cid, aid, text, predicate="sell", actions=["sell"], dates=[DateRef(
            text=text[i:i + 7], start=i, end=i + 7, low=when, high=when, day=when.day, month=when.month,
            year=when.year, anchor="sell")])
    also = sold("c1", "a", "Ruiz also sold shares in the ferry firm on Feb. 20, days before the crash.", dt.date(2024, 2, 20))
    first = sold("c2", "b", "Ruiz sold shares in the ferry firm on Jan. 27, the filing shows.", dt.date(2024, 1, 27))
    third = sold("c3", "b", "Ruiz sold more shares on Feb. 13, the filing shows.", dt.date(2024, 2, 13))
    ctx = context([also, first, third], {("c1", "c2"): (0.9, 0.9)})
    assert dates._once_more(ctx, "c1", also.facts.dates[0])
    assert dates.find(ctx) == []
    # without "also", the same two sentences set two days of one sale against each other
    once = sold("c4", "a", "Ruiz sold shares in the ferry firm on Feb. 20, days before the crash.", dt.date(2024, 2, 20))
    assert [p.type for p in dates.find(context([once, first, third], {("c4", "c2"): (0.9, 0.9)}))] == ["date"]


def test_a_name_the_outlet_marks_sic_is_no_spelling_of_its_own():
    """'"... especially the Ruizz [sic]," he said' against "Ruiz": the outlet marks the spelling
    as the speaker's, not its own; unmarked, the same words are a spelling."""
    ta, tb = "Ines Ruiz resigned from the harbour board on Friday.", "“I thank the board, especially Ines Ruizz [sic],” he said."
    a = claim("c1", "a", ta, entities=[ent(ta, "Ines Ruiz", "PERSON", "ines ruiz", "nsubj:resign")])
    marked = claim("c2", "b", tb, entities=[ent(tb, "Ines Ruizz", "PERSON", "ines ruizz", "dobj:thank")])
    assert entities.find(context([a, marked], {})) == []
    tc = tb.replace(" [sic]", "")
    plain = claim("c2", "b", tc, entities=[ent(tc, "Ines Ruizz", "PERSON", "ines ruizz", "dobj:thank")])
    assert [p.values for p in entities.find(context([a, plain], {}))] == [{"c1": "Ines Ruiz", "c2": "Ines Ruizz"}]


def test_a_short_quotation_whose_other_wording_its_outlet_prints_beside_it_is_no_misquote():
    """'"There was no dredging."' (one outlet, which also prints "there was no levy") / '"There
    was no levy, folks," Ruiz said': the short "There was no dredging" lines up with the other
    outlet's words but for one, and its own outlet prints that wording too: two sentences of one
    remark. Without the sentence beside it, a word changed."""
    def said(cid, aid, words):
        text = f"\u201c{words}\u201d Ruiz said."
        return claim(cid, aid, text, quotes=[Quote(text=words, speaker="ruiz", start=1, end=1 + len(words))],
                     entities=[ent(text, "Ruiz", "PERSON", "ruiz", "nsubj:say")])
    # the sentence beside it, here told without quotation marks (as a remark, it may be matched
    # first and cover the other outlet's words, or not, by the order the matches come in)
    first = claim("c1", "a", "Ruiz said there was no levy.")
    second = quoted("c2", "a", "There was no dredging.")
    other = said("c3", "b", "There was no levy, folks,")
    ctx = context([first, second, other], {("c2", "c3"): (0.9, 0.9)})
    assert [p for p in quotes.find(ctx) if "c2" in p.claims] == []
    alone = context([second, other], {("c2", "c3"): (0.9, 0.9)})
    assert [p.claims for p in quotes.find(alone)] == [("c2", "c3")]
    # the word printed beside is the same word written another way ("Democrats" / "Dems"): the
    # outlet quotes the words twice, one of them changed, and the change is a finding
    dems = said("c3", "b", "Dems play the harbour card,")
    beside = claim("c1", "a", "Ruiz wrote that Dems play the harbour card.")
    mine = quoted("c2", "a", "Democrats play the harbour card.")
    found = quotes.find(context([beside, mine, dems], {("c2", "c3"): (0.9, 0.9)}))
    assert [p.claims for p in found] == [("c2", "c3")]


def test_two_quotes_that_line_up_one_phrase_amid_other_words_are_two_remarks():
    """ "I don't want to hurt the ferries" / "You don't want to heal yet?": one run in line ("do
    not want to"), other words before and after it in both: a phrase two remarks share, not one
    remark misquoted. A word changed at one end only, or two runs in line, is one remark."""
    a = quotes.words("I don't want to hurt the ferries.")
    assert quotes.same_remark(a, quotes.words("You don\u2019t want to heal yet?")) == 0
    assert quotes.same_remark(a, quotes.words("We don't want to hurt the ferries.")) > 0
    assert quotes.same_remark(a, quotes.words("I don't want to harm the ferries.")) > 0
    assert quotes.same_remark(quotes.words("We are not planning to close the pier to the ferries"),
                              quotes.words("We are not closing the pier to the ferries.")) > 0
    # words past a gap (the outlet skipped some) are another piece, not words beside the run
    assert quotes.same_remark(quotes.words("Democrats always play the harbour card \u2026 Vance has failed badly"),
                              quotes.words("Dems always play the harbour card when they lose")) > 0


def test_days_of_one_act_at_two_places_are_two_acts():
    """ "By Wednesday, Ruiz had sheltered at the Norlandic embassy" / "Ruiz had sheltered at the
    Estlandic residence in Wick on Tuesday": one verb, two places apart, two stays; the same
    place, or a city and its country, one."""
    def sheltered(cid, aid, text, when, where):
        i = text.index(when[0])
        return claim(cid, aid, text, predicate="shelter", actions=["shelter"],
                     dates=[DateRef(text=when[0], start=i, end=i + len(when[0]), low=when[1], high=when[1], day=when[1].day,
                                    month=when[1].month, year=when[1].year, weekday=when[1].weekday(), anchor="shelter")],
                     entities=[ent(text, w, label, key, "prep:shelter") for w, label, key in where])
    wed, tue = ("Wednesday", dt.date(2024, 3, 6)), ("Tuesday", dt.date(2024, 3, 5))
    a = sheltered("c1", "a", "By Wednesday, Ruiz had sheltered at the Spanish embassy.", wed, [("Spanish", "NORP", "spain")])
    b = sheltered("c2", "b", "Ruiz had sheltered at the Chilean residence in Caracas on Tuesday.", tue,
                  [("Chilean", "NORP", "chile"), ("Caracas", "GPE", "caracas")])
    assert dates._other_places(a.facts, b.facts, "shelter", "shelter")
    assert dates.find(context([a, b], {("c1", "c2"): (0.9, 0.9)})) == []
    c = sheltered("c3", "b", "Ruiz had sheltered at the Spanish residence in Madrid on Tuesday.", tue,
                  [("Spanish", "NORP", "spain"), ("Madrid", "GPE", "madrid")])
    assert not dates._other_places(a.facts, c.facts, "shelter", "shelter")
    assert [p.type for p in dates.find(context([a, c], {("c1", "c3"): (0.9, 0.9)}))] == ["date"]
    d = sheltered("c4", "b", "Ruiz had sheltered in Madrid on Tuesday.", tue, [("Madrid", "GPE", "madrid")])
    assert not dates._other_places(a.facts, d.facts, "shelter", "shelter")  # a city in the country


def test_a_clause_put_for_a_clause_in_two_quotations_is_two_sentences_not_a_misquote():
    """'"plagued by leaks," ... "from the start, the harbour board has pursued a vendetta against
    Captain Ruiz"' / '"... plagued by leaks, the harbour board has now told us of its intent to
    file charges against Captain Ruiz"': five words or more each side put one for the other are
    two sentences of one statement; a word or a few changed stay a misquote."""
    def said(cid, aid, words):
        text = f"\u201c{words},\u201d the lawyer said."
        return claim(cid, aid, text, quotes=[Quote(text=words, speaker="vance", start=1, end=1 + len(words))],
                     entities=[ent(text, "lawyer", "PERSON", "vance", "nsubj:say")])
    a = said("c1", "a", "After two years plagued by leaks, the harbour board has pursued a politically driven "
                        "vendetta against Captain Ruiz")
    b = said("c2", "b", "After two years plagued by leaks, the harbour board has now disclosed its intent to file "
                        "charges against Captain Ruiz")
    assert quotes.find(context([a, b], {("c1", "c2"): (0.9, 0.9)})) == []
    c = said("c3", "b", "After two years plagued by leaks, the harbour board has pursued a political vendetta "
                        "against Captain Ruiz")
    assert [p.type for p in quotes.find(context([a, c], {("c1", "c3"): (0.9, 0.9)}))] == ["quote"]


def test_words_an_outlet_writes_around_its_quotation_are_no_words_it_dropped():
    """'... tweeted that while Norland is open for trade, "we are not for sale"' / '"We are open
    for trade, not for sale"': the words the shorter quotation leaves out stand in its sentence
    outside its marks, the outlet's paraphrase; a word of the quotation changed stays a misquote,
    and so do words left out that its sentence does not write."""
    def said(cid, aid, text, words):
        i = text.index(words)
        return claim(cid, aid, text, quotes=[Quote(text=words, speaker="ministry", start=i, end=i + len(words))])
    a = said("c1", "a", "\u201cWe are open for trade, not for sale.\u201d", "We are open for trade, not for sale.")
    b = said("c2", "b", "The ministry tweeted that while Norland is open for trade, \u201cwe are not for sale.\u201d",
             "we are not for sale.")
    assert quotes.find(context([a, b], {("c1", "c2"): (0.9, 0.9)})) == []
    c = said("c3", "b", "The ministry tweeted that while Norland is busy, \u201cwe are not for sale.\u201d",
             "we are not for sale.")
    assert [p.type for p in quotes.find(context([a, c], {("c1", "c3"): (0.9, 0.9)}))] == ["quote"]
    d = said("c4", "b", "The ministry tweeted that while Norland is open for trade, \u201cwe are simply not for "
                        "sale.\u201d", "we are simply not for sale.")
    assert [p.type for p in quotes.find(context([a, d], {("c1", "c4"): (0.9, 0.9)}))] == ["quote"]


def test_an_act_one_claim_counts_as_the_second_of_its_kind_is_another_occasion():
    """ "The storm made its second landfall early Wednesday" / "The storm made landfall late
    Friday": the first claim tells another landfall than the other's, each on its day; both
    counting it the second, one landfall on two days."""
    def landfall(cid, aid, text, when, rank):
        i, j = text.index(when[0]), text.index("landfall")
        ords = [Ordinal(text="second landfall", rank=rank, word="second", head="landfall", start=j - 7, end=j + 8)] if rank else []
        return claim(cid, aid, text, predicate="make", actions=["make"], ordinals=ords,
                     dates=[DateRef(text=when[0], start=i, end=i + len(when[0]), low=when[1], high=when[1],
                                    weekday=when[1].weekday(), anchor="make")])
    wed, fri = ("Wednesday", dt.date(2024, 3, 6)), ("Friday", dt.date(2024, 3, 1))
    a = landfall("c1", "a", "The storm made its second landfall early Wednesday near Port Ely.", wed, 2)
    b = landfall("c2", "b", "The storm made landfall late Friday as a strong hurricane.", fri, 0)
    assert dates.find(context([a, b], {("c1", "c2"): (0.9, 0.9)})) == []
    c = landfall("c3", "b", "The storm made its second landfall late Friday as a strong hurricane.", fri, 2)
    assert [p.type for p in dates.find(context([a, c], {("c1", "c3"): (0.9, 0.9)}))] == ["date"]
    # an ordinal of something else, in a clause of its own: "the third storm of the year, ..."
    text = "The storm, the third of the year, made landfall early Wednesday near Port Ely."
    i, k = text.index("Wednesday"), text.index("third")
    d = claim("c4", "a", text, predicate="make", actions=["make"],
              ordinals=[Ordinal(text="third", rank=3, word="third", head="storm", start=k, end=k + 5)],
              dates=[DateRef(text="Wednesday", start=i, end=i + 9, low=wed[1], high=wed[1], weekday=wed[1].weekday(),
                             anchor="make")])
    assert [p.type for p in dates.find(context([d, b], {("c4", "c2"): (0.9, 0.9)}))] == ["date"]


def on_a_day(cid: str, aid: str, text: str, when: tuple[str, dt.date], verb: str) -> Claim:
    """A claim whose main verb ``verb`` is dated by the day of a month ``when`` (as written, the date)
    at its place in the text."""
    i = text.index(when[0])
    return claim(cid, aid, text, predicate=verb, actions=[verb],
                 dates=[DateRef(text=when[0], start=i, end=i + len(when[0]), low=when[1], high=when[1],
                                day=when[1].day, month=when[1].month, year=when[1].year, anchor=verb)])


@pytest.mark.parametrize("verb, apart, one", [
    # "on or before March 5" / "on or after Sept. 5": the last day of one span against the first of
    # another, not one day told two ways; two upper bounds set apart are
    ("expire", [("Permits that expired on or before March 5 may be renewed.", ("March 5", dt.date(2024, 3, 5))),
                ("Permits that expired on or after Sept. 5 may be renewed.", ("Sept. 5", dt.date(2023, 9, 5)))],
     [("Permits that expired on or before March 5 may be renewed.", ("March 5", dt.date(2024, 3, 5))),
      ("Permits that expired on or before Sept. 5 may be renewed.", ("Sept. 5", dt.date(2023, 9, 5)))]),
    # "for the week ending June 22" / "for the week ending in June 29": two weeks of a weekly count;
    # "came in on June 22" / "on June 29" is one report on two days
    ("come", [("For the week ending June 22, new claims came in at 1.4 million.", ("June 22", dt.date(2024, 6, 22))),
              ("New claims for the week ending in June 29 came in at 1.3 million.", ("June 29", dt.date(2024, 6, 29)))],
     [("The weekly count of new claims came in on June 22 at 1.4 million.", ("June 22", dt.date(2024, 6, 22))),
      ("The weekly count of new claims came in on June 29, at 1.4 million.", ("June 29", dt.date(2024, 6, 29)))]),
])
def test_dates_the_words_before_them_set_apart_are_no_one_day(verb, apart, one):
    """Opposite bounds, and the ends of a regular figure's periods, are two days of two things;
    the same sentences without those words are one day told two ways."""
    (ta, wa), (tb, wb) = apart
    a, b = on_a_day("c1", "a", ta, wa, verb), on_a_day("c2", "b", tb, wb, verb)
    assert dates.find(context([a, b], {("c1", "c2"): (0.9, 0.9)})) == []
    (tc, wc), (td, wd) = one
    c, d = on_a_day("c3", "a", tc, wc, verb), on_a_day("c4", "b", td, wd, verb)
    assert [p.type for p in dates.find(context([c, d], {("c3", "c4"): (0.9, 0.9)}))] == ["date"]


def test_an_act_expected_on_one_day_and_done_on_another_is_two_occasions_not_a_status():
    """ "The mayor is expected to speak at the memorial on Friday" / "the mayor spoke about him on
    Thursday" (a week before): two speeches, each true; undated, or on one day, the pending one
    against the done one is a status finding."""
    def speaking(cid, aid, text, level, when=None):
        dates_ = []
        if when:
            i = text.index(when[0])
            dates_ = [DateRef(text=when[0], start=i, end=i + len(when[0]), low=when[1], high=when[1],
                              weekday=when[1].weekday(), anchor="speak")]
        return claim(cid, aid, text, acts={"speak": level}, doers={"speak": "mayor"}, actions=["speak"],
                     lemmas=["mayor", "speak", "memorial"], dates=dates_)
    fri, thu = ("Friday", dt.date(2024, 3, 15)), ("Thursday", dt.date(2024, 3, 7))
    a = speaking("c1", "a", "The mayor is expected to speak at the memorial on Friday.", "expected", fri)
    b = speaking("c2", "b", "The mayor spoke at the memorial on Thursday.", "done", thu)
    assert status.find(context([a, b], {("c1", "c2"): (0.9, 0.9)})) == []
    c = speaking("c3", "b", "The mayor spoke at the memorial.", "done")
    assert [p.type for p in status.find(context([a, c], {("c1", "c3"): (0.9, 0.9)}))] == ["status"]
    # one weekday both write, read in two weeks by the two tenses: one day
    d = speaking("c4", "b", "The mayor spoke at the memorial on Friday.", "done", ("Friday", dt.date(2024, 3, 8)))
    assert [p.type for p in status.find(context([a, d], {("c1", "c4"): (0.9, 0.9)}))] == ["status"]


def test_a_remark_recalled_from_months_before_is_no_remark_of_the_day_reworded():
    """'"We will put every record before the panel," Ruiz said in August' / '"The panel's duty is to
    tell fact from fiction," Ruiz said' (both articles of November): a remark of another occasion,
    recalled, that shares no words with the day's; dated within the week, one remark reworded
    throughout."""
    def said(cid, aid, words, after, when=None):
        text = f"\u201c{words}\u201d{after}"
        dates_ = []
        if when:
            i = text.index(when[0])
            dates_ = [DateRef(text=when[0], start=i, end=i + len(when[0]), low=when[1], high=when[2], month=when[1].month,
                              anchor="say")]
        return claim(cid, aid, text, quotes=[Quote(text=words, speaker="ruiz", start=1, end=1 + len(words))],
                     entities=[ent(text, "Ruiz", "PERSON", "ruiz", "nsubj:say")], dates=dates_)
    nov = dt.date(2024, 11, 24)
    recalled = said("c1", "a", "We will be putting absolutely every record before this harbour panel", ", Ruiz said in August.",
                    ("August", dt.date(2024, 8, 1), dt.date(2024, 8, 31)))
    today = said("c2", "b", "The duty of the harbour panel is to separate all the fact from the fiction", ", Ruiz said.")
    assert quotes.find(context([recalled, today], {("c1", "c2"): (0.9, 0.9)}, {"a": nov, "b": nov})) == []
    lately = said("c3", "a", "We will be putting absolutely every record before this harbour panel", ", Ruiz said on Friday.",
                  ("Friday", dt.date(2024, 11, 22), dt.date(2024, 11, 22)))
    found = quotes.find(context([lately, today], {("c3", "c2"): (0.9, 0.9)}, {"a": nov, "b": nov}))
    assert [p.explanation.rsplit(": ", 1)[-1] for p in found] == ["worded differently throughout"]


def test_an_act_expected_for_the_second_time_is_another_occasion_than_one_done():
    """ "The harbour board is expected to cut fares for the second time this month" / "the board
    cut fares last week": the cut to come is another than the one done; both counting the cut the
    second time, the pending one against the done one is a status finding."""
    def cutting(cid, aid, text, level, rank=0):
        ords = []
        if rank:
            k = text.index("second time")
            ords = [Ordinal(text="second time", rank=rank, word="second", head="time", start=k, end=k + 11)]
        return claim(cid, aid, text, acts={"cut": level}, doers={"cut": "board"}, actions=["cut"], ordinals=ords,
                     lemmas=["harbour", "board", "cut", "fare"])
    a = cutting("c1", "a", "The harbour board is expected to cut fares for the second time this month.", "expected", 2)
    b = cutting("c2", "b", "The harbour board cut fares in an emergency move.", "done")
    assert status.find(context([a, b], {("c1", "c2"): (0.9, 0.9)})) == []
    c = cutting("c3", "b", "The harbour board cut fares for the second time this month.", "done", 2)
    assert [p.type for p in status.find(context([a, c], {("c1", "c3"): (0.9, 0.9)}))] == ["status"]


def test_a_quotation_giving_the_meaning_of_a_name_is_no_remark():
    """'The group's name means "the people's harbour"' / '... means "the harbour of the people"': a
    name's meaning, translated two ways, is no remark quoted in two wordings; the same words
    said by someone are."""
    def glossed(cid, aid, text, words, speaker=None):
        i = text.index(words)
        return claim(cid, aid, text, quotes=[Quote(text=words, speaker=speaker, start=i, end=i + len(words))])
    a = glossed("c1", "a", "In Norlandic, the group's name means \u201cthe harbour belongs to all of the people.\u201d",
                "the harbour belongs to all of the people.")
    b = glossed("c2", "b", "The group's name translates as \u201cthe harbour belongs to all the people.\u201d",
                "the harbour belongs to all the people.")
    assert quotes.find(context([a, b], {("c1", "c2"): (0.9, 0.9)})) == []
    c = glossed("c3", "b", "\u201cThe harbour belongs to all the people,\u201d the mayor said.",
                "The harbour belongs to all the people,", "mayor")
    d = glossed("c4", "a", "\u201cThe harbour belongs to all of the people,\u201d the mayor said.",
                "The harbour belongs to all of the people,", "mayor")
    assert [p.type for p in quotes.find(context([c, d], {("c3", "c4"): (0.9, 0.9)}))] == ["quote"]


def test_a_remark_dated_after_the_other_article_came_out_is_another_remark():
    """ "'...,' a harbour spokesman said Sunday" in an article of Sunday, against the same words
    but one in an article of Friday: the Friday article could not quote Sunday's words; dated on
    the Friday, one remark with a word changed."""
    words = "The board condemns all forms of violence at the pier"
    friday = claim("c1", "a", f"\u201c{words},\u201d the spokesman said.",
                   quotes=[Quote(text=words, speaker="spokesman", start=1, end=1 + len(words))])
    def later(said_on: dt.date, name: str):
        other = words.replace("at the pier", "on the pier")
        text = f"\u201c{other},\u201d the spokesman said {name}."
        i = text.index(name)
        return claim("c2", "b", text, quotes=[Quote(text=other, speaker="spokesman", start=1, end=1 + len(other))],
                     dates=[DateRef(text=name, start=i, end=i + len(name), low=said_on, high=said_on, day=said_on.day,
                                    month=said_on.month, year=said_on.year, weekday=said_on.weekday(), anchor="say")])
    sunday = dt.date(2024, 3, 10)
    found = quotes.find(context([friday, later(sunday, "Sunday")], {("c1", "c2"): (0.9, 0.9)}, {"a": DAY, "b": sunday}))
    assert found == []
    found = quotes.find(context([friday, later(DAY, "Friday")], {("c1", "c2"): (0.9, 0.9)}, {"a": DAY, "b": sunday}))
    assert [p.type for p in found] == ["quote"]


def test_the_whole_a_part_is_taken_from_is_no_count_of_the_part():
    """"Crew members joined almost all of the union's 300 drivers in the walkout" / "280
    drivers joined the walkout": the union's drivers in all, and those who walked out; two
    counts of the whole still conflict ("most of the union's 300 drivers" / "most of its 320")."""
    a = _count("c1", "a", "Crew members joined almost all of the union's 300 drivers in the walkout.", "300", 300, "driver", "join")
    b = _count("c2", "b", "Just 40 crew members and 280 drivers joined the walkout.", "280", 280, "driver", "join")
    assert numbers.find(context([a, b], {("c1", "c2"): (0.6, 0.9)})) == []
    c = _count("c3", "b", "Crew members joined most of the union's 320 drivers in the walkout.", "320", 320, "driver", "join")
    assert [p.type for p in numbers.find(context([a, c], {("c1", "c3"): (0.6, 0.9)}))] == ["number"]


def test_a_remark_told_as_translated_is_not_misquoted_by_other_words():
    """'"...," the minister said in Farsi' or 'in a statement translated by the Ledger': another
    outlet's other words may be another translation of the one remark, no misquote; said in
    English, or the word "translation" inside the quotation, tells no translation."""
    one = said("c1", "a", "We are not ready to close the ferry route")
    other = said("c2", "b", "We are not looking to close the ferry route")
    pairs = {("c1", "c2"): (0.6, 0.6)}
    assert [p.type for p in quotes.find(context([one, other], pairs))] == ["quote"]
    for told in ("“We are not looking to close the ferry route,” the minister said in Farsi.",
                 "“We are not looking to close the ferry route,” the minister said in a statement translated by the Ledger.",
                 "Speaking through an interpreter, the minister said: “We are not looking to close the ferry route.”"):
        assert quotes.find(context([one, other.model_copy(update={"text": told})], pairs)) == [], told
    for told in ("“We are not looking to close the ferry route,” the minister said in English.",
                 "“We are not looking to close the ferry route, whatever the translation says,” the minister said."):
        assert [p.type for p in quotes.find(context([one, other.model_copy(update={"text": told})], pairs))] == ["quote"], told


def test_a_word_said_twice_in_a_row_is_read_once_however_punctuated():
    """'"I will not hide this: This is a sad day"' / '"I will not hide this — this is a sad day"': one
    remark, its repeated word set off by a colon in one copy and a dash in the other; a word
    dropped is still a change."""
    a = said("c1", "a", "I will not hide this: This is a sad day for us")
    b = said("c2", "b", "I will not hide this — this is a sad day for us")
    pairs = {("c1", "c2"): (0.6, 0.6)}
    assert quotes.find(context([a, b], pairs)) == []
    c = said("c3", "b", "I will not hide this — this is a bad day for us")
    assert [p.type for p in quotes.find(context([a, c], {("c1", "c3"): (0.6, 0.6)}))] == ["quote"]


def test_an_estimate_made_before_the_outcome_is_not_set_against_it():
    """"Economists surveyed by a bank had estimated 500 families were housed" / "420 families
    were housed": a forecast and the outcome; "an estimated 500 families were housed" is an
    outcome told roughly, and compared."""
    def housed(cid, aid, text, n):
        words = f"{n} families"
        i = text.index(words)
        return claim(cid, aid, text, quantities=[Quantity(text=words, value=n, unit="family", start=i, end=i + len(words),
                                                          anchor="house")])
    done = housed("c2", "b", "The council said 420 families were housed by May.", 420)
    pairs = {("c1", "c2"): (0.85, 0.85)}
    for text in ("Economists surveyed by a bank had estimated 500 families were housed by May.",
                 "The council had originally estimated that 500 families were housed by May."):
        assert numbers.find(context([housed("c1", "a", text, 500), done], pairs)) == [], text
    rough = housed("c1", "a", "The council said an estimated 500 families were housed by May.", 500)
    assert len(numbers.find(context([rough, done], pairs))) == 1


def test_a_status_finding_shows_the_words_of_its_own_act():
    """"Rockets hit the town just hours before the mayor was due to meet the envoy": a finding
    of the meeting shows "was due to meet", not the claim's main verb."""
    text = "Rockets hit the town just hours before the mayor was due to meet the envoy."
    a = claim("c1", "a", text, actions=["hit", "meet"], acts={"hit": "done", "meet": "expected"}, modality="asserted", tense="past")
    ctx = context([a], {})
    assert status.cue(ctx, "c1", "meet", status.ACT_LEVEL["expected"]) == "was due to meet"
    assert status.cue(ctx, "c1", "hit", status.ACT_LEVEL["done"]) == "hit"


def test_a_remark_from_its_prepared_text_against_the_words_given_is_low():
    """'The mayor will say that "..." according to her prepared testimony' / '"...," the mayor
    said at the hearing': the text prepared and the words given differ, a difference to check
    against delivery (low, so explained); two quotations of the prepared text are medium."""
    given = said("c1", "a", "We are not ready to close the ferry route")
    other = said("c2", "b", "We are not looking to close the ferry route")
    pairs = {("c1", "c2"): (0.6, 0.6)}
    assert [p.severity for p in quotes.find(context([given, other], pairs))] == ["medium"]
    for told in ("The mayor will say that “we are not looking to close the ferry route,” according to her prepared testimony.",
                 "“We are not looking to close the ferry route,” the mayor said in remarks prepared for delivery."):
        found = quotes.find(context([given, other.model_copy(update={"text": told})], pairs))
        assert [p.severity for p in found] == ["low"], told
        assert "quotes the text prepared beforehand" in found[0].explanation
        both = given.model_copy(update={"text": told.replace("looking", "ready")})
        assert [p.severity for p in quotes.find(context([both, other.model_copy(update={"text": told})], pairs))] == ["medium"], told


def test_a_sum_in_another_years_money_is_not_set_against_the_sum_as_paid():
    """"After adjusting for inflation, the flood did $1.4 billion in damage" / "did $1.9 billion
    in damage": another measure of the sum; two sums as paid still conflict."""
    def damage(cid, aid, text, words, v):
        i = text.index(words)
        return claim(cid, aid, text, quantities=[Quantity(text=words, value=v, unit="usd", start=i, end=i + len(words), anchor="do")])
    adjusted = damage("c1", "a", "After adjusting for inflation, the flood did $1.4 billion in damage.", "$1.4 billion", 1.4e9)
    paid = damage("c2", "b", "The flood did $1.9 billion in damage to the valley.", "$1.9 billion", 1.9e9)
    pairs = {("c1", "c2"): (0.8, 0.9)}
    assert numbers.find(context([adjusted, paid], pairs)) == []
    plain = damage("c1", "a", "The flood did $1.4 billion in damage to the valley.", "$1.4 billion", 1.4e9)
    assert [p.type for p in numbers.find(context([plain, paid], pairs))] == ["number"]


def test_changes_of_two_things_by_so_much_are_two_figures():
    """"slashing ferry subsidies by 21%" / "slashing spending on rural clinics by 34%": two
    things cut; "slashing ferry subsidies by 21%" / "slashing the ferry subsidies by 34%" one."""
    def cut(cid, aid, text, v):
        words = f"{v}%"
        i = text.index(words)
        return claim(cid, aid, text, quantities=[Quantity(text=words, value=v, unit="percent", start=i, end=i + len(words),
                                                          anchor="slash")])
    a = cut("c1", "a", "The plan included slashing ferry subsidies by 21%.", 21)
    b = cut("c2", "b", "The plan calls for slashing spending on rural clinics by 34%.", 34)
    pairs = {("c1", "c2"): (0.8, 0.9)}
    assert numbers.find(context([a, b], pairs)) == []
    c = cut("c2", "b", "The plan calls for slashing the ferry subsidies by 34%.", 34)
    assert [p.type for p in numbers.find(context([a, c], pairs))] == ["number"]


def test_a_speakers_own_forecast_reported_is_no_status_of_the_act():
    """"The harbour master said he expected the levy to pass on Friday" / "the levy passed on
    Friday": one person's forecast, reported, which the act's passing does not contradict; "the
    levy is expected to pass" is the outlet's own status of it."""
    def told(text, acts, modality, tense=None):
        return text, dict(actions=["pass"], acts={"pass": acts}, doers={"pass": "levy"}, modality=modality, tense=tense)
    done_text, done_kw = told("The council's levy on ferries passed on Friday by a voice vote.", "done", "asserted", "past")
    done = claim("c2", "b", done_text, **done_kw)
    pairs = {("c1", "c2"): (0.9, 0.9)}
    own_text, own_kw = told("The harbour master said he expected the council's levy on ferries to pass on Friday by a voice vote.",
                            "expected", "expected")
    assert status.find(context([claim("c1", "a", own_text, **own_kw), done], pairs)) == []
    outlet_text, outlet_kw = told("The council's levy on ferries is expected to pass on Friday by a voice vote.", "expected", "expected")
    assert [p.type for p in status.find(context([claim("c1", "a", outlet_text, **outlet_kw), done], pairs))] == ["status"]


def test_an_officials_words_in_a_readout_are_not_given_to_two_speakers():
    """'"The Governor noted that the levy would be temporary," spokesman Tom Vance said' /
    'Governor Ana Ruiz told the council the levy would be temporary': the governor's words in
    her spokesman's readout; the spokesman's own words against the governor's are still two
    speakers."""
    ruiz_text = "Governor Ana Ruiz told the council the levy on ferries would be “temporary and limited.”"
    i = ruiz_text.index("temporary and limited")
    ruiz = claim("c1", "a", ruiz_text, entities=[ent(ruiz_text, "Ana Ruiz", "PERSON", "ruiz ana", "nsubj:tell")],
                 quotes=[Quote(text="temporary and limited", speaker="ruiz ana", start=i, end=i + len("temporary and limited"))])
    pairs = {("c1", "c2"): (0.8, 0.8)}
    for text, found in (('"The Governor noted that the levy on ferries would be temporary and limited," spokesman Tom Vance said.', 0),
                        ('"The levy on ferries would be temporary and limited," spokesman Tom Vance said.', 1)):
        words = text[1: text.index(',"')]
        vance = claim("c2", "b", text, entities=[ent(text, "Tom Vance", "PERSON", "vance tom", "nsubj:say")],
                      quotes=[Quote(text=words, speaker="vance tom", start=1, end=1 + len(words))])
        assert len([p for p in entities.find(context([ruiz, vance], pairs)) if "said by" in p.explanation]) == found, text


def _dated(cid, aid, text, word, low, high, verb, lemmas=()):
    i = text.index(word)
    d = DateRef(text=word, start=i, end=i + len(word), low=low, high=high, day=low.day if low == high else None,
                month=low.month, year=low.year, weekday=low.weekday() if low == high else None, anchor=verb)
    return claim(cid, aid, text, predicate=verb, lemmas=list(lemmas) or [verb], dates=[d])


def test_a_periods_end_is_no_month_of_an_act():
    """"left members in a recess until Friday" / "a trial expected to start next month": the end
    of a period against the month of an act; two months of one act's start are compared."""
    friday, april = dt.date(2024, 3, 8), (dt.date(2024, 4, 1), dt.date(2024, 4, 30))
    a = _dated("c1", "a", "The committee adjourned, leaving members in recess until Friday before the trial.", "Friday", friday, friday, "start")
    b = _dated("c2", "b", "The committee sent the case on for a trial expected to start next month.", "next month", *april, "start")
    pairs = {("c1", "c2"): (0.9, 0.9)}
    published = {"a": dt.date(2024, 3, 6), "b": dt.date(2024, 3, 6)}
    assert dates.find(context([a, b], pairs, published)) == []
    c = _dated("c3", "a", "The committee adjourned, and the trial is set to start on Friday.", "Friday", friday, friday, "start")
    assert [p.type for p in dates.find(context([c, b], {("c2", "c3"): (0.9, 0.9)}, published))] == ["date"]


def test_the_day_of_a_thing_the_other_claim_sets_before_its_act_is_that_things_day():
    """"Ruiz rode her big win in the county primary on Saturday" / "Ruiz swept the coast on
    Tuesday, building on the county win": Saturday is the primary's, which the second claim
    tells before its own act; "Ruiz swept the coast on Tuesday" alone is compared."""
    sat, tue = dt.date(2024, 3, 9), dt.date(2024, 3, 12)
    a = _dated("c1", "a", "Ruiz rode her big win in the county primary on Saturday.", "Saturday", sat, sat, "ride")
    b = _dated("c2", "b", "Ruiz swept the coast on Tuesday, building on the county win.", "Tuesday", tue, tue, "sweep")
    pairs = {("c1", "c2"): (0.9, 0.9)}
    assert dates.find(context([a, b], pairs)) == []
    c = _dated("c2", "b", "Ruiz swept the coast on Tuesday, building on her momentum.", "Tuesday", tue, tue, "sweep")
    assert [p.type for p in dates.find(context([a, c], pairs))] == ["date"]


def test_dates_a_decade_apart_or_more_are_two_occasions():
    """"Ruiz was confirmed by the board last June" / "Vance served six months before he was
    confirmed by the board in May 1987": two confirmations decades apart, no slip of a copy
    desk; a month of the same year is compared."""
    june = (dt.date(2013, 6, 1), dt.date(2013, 6, 30))
    a = _dated("c1", "a", "Ruiz was confirmed by the harbour board last June.", "June", *june, "confirm")
    text = "Vance served for six months before he was confirmed by the harbour board in {}."
    pairs = {("c1", "c2"): (0.9, 0.9)}
    old = _dated("c2", "b", text.format("May 1987"), "May 1987", dt.date(1987, 5, 1), dt.date(1987, 5, 31), "confirm")
    assert dates.find(context([a, old], pairs)) == []
    near = _dated("c2", "b", text.format("March 2013"), "March 2013", dt.date(2013, 3, 1), dt.date(2013, 3, 31), "confirm")
    assert [p.type for p in dates.find(context([a, near], pairs))] == ["date"]


def test_an_act_told_for_the_third_time_on_a_day_is_another_occasion():
    """"The harbour board met for the third time on Thursday" / "The harbour board met on
    Tuesday": the third meeting's day against another's; without "for the third time", compared."""
    tue, thu = dt.date(2024, 3, 5), dt.date(2024, 3, 7)
    a = _dated("c1", "a", "The harbour board met on Tuesday to weigh the levy.", "Tuesday", tue, tue, "meet")
    text = "The harbour board met for the third time on Thursday to weigh the levy."
    b = _dated("c2", "b", text, "Thursday", thu, thu, "meet")
    i = text.index("third time")
    b.facts.ordinals.append(Ordinal(text="third time", rank=3, word="third", head="time", general=True, start=i, end=i + 10))
    pairs = {("c1", "c2"): (0.9, 0.9)}
    assert dates.find(context([a, b], pairs)) == []
    c = _dated("c2", "b", "The harbour board met on Thursday to weigh the levy.", "Thursday", thu, thu, "meet")
    assert [p.type for p in dates.find(context([a, c], pairs))] == ["date"]


def test_a_figure_told_of_he_or_she_is_the_figure_of_the_person_named_before():
    """"Ana Ruiz, the harbour's mayor, has long backed the levy. But she would need 71% of the
    votes left" / "Tom Vance would need about 55 percent of the votes left": the figures of two
    people, one told by a pronoun; where the claim before names Vance, they conflict."""
    def before(cid, text, name, key):
        return claim(cid, "a", text, entities=[ent(text, name, "PERSON", key, "nsubj:back")], doers={"back": key.split()[-1]})
    she = "But she would need 71% of the votes left to pass it."
    pronoun = _told_figure("c2", "a", she, "71%", 71, "percent", "need")
    vance = "Tom Vance would need about 55 percent of the votes left."
    other = claim("c3", "b", vance, quantities=[Quantity(text="about 55 percent", value=55, unit="percent", hedge="about",
                                                         start=vance.index("about"), end=vance.index(" of the"), anchor="need")],
                  entities=[ent(vance, "Tom Vance", "PERSON", "tom vance", "nsubj:need")], doers={"need": "vance"})
    pairs = {("c2", "c3"): (0.8, 0.9)}
    ruiz = before("c1", "Ana Ruiz, the harbour's mayor, has long backed the levy.", "Ana Ruiz", "ana ruiz")
    assert [p.type for p in numbers.find(context([ruiz, pronoun, other], pairs))] == []
    named = before("c1", "Tom Vance, the harbour's mayor, has long backed the levy.", "Tom Vance", "tom vance")
    assert [p.type for p in numbers.find(context([named, pronoun, other], pairs))] == ["number"]


def test_a_given_name_written_two_ways_is_no_other_first_name():
    """"Yousef Haddad" / "Youssif Haddad": one given name written two ways (two letters'
    edits, the first two the same), no other first name; "Rita" / "Dana" still is."""
    a = claim("c1", "a", "Governor Hale named Yousef Haddad to the board.",
              entities=[person("Hale", "hale", "nsubj:name"), person("Yousef Haddad", "haddad yousef", "dobj:name")])
    b = claim("c2", "b", "Hale picked Youssif Haddad for the board.",
              entities=[person("Hale", "hale", "nsubj:pick"), person("Youssif Haddad", "haddad youssif", "dobj:pick")])
    found = entities.find(context([a, b], {("c1", "c2"): (0.8, 0.8)}))
    assert not any("first name" in p.explanation for p in found)
    assert entities._two_letters("yousef", "youssif") and not entities._two_letters("rita", "dana")
    assert not entities._two_letters("daniel", "gabriel")


def test_a_count_of_a_part_after_its_whole_is_no_count_of_the_whole():
    """"Of the 300 new members, 184 are Democrats" / "The chamber has 215 Democrats": a part of
    a whole counted first; two counts of the chamber's Democrats still conflict."""
    a = _count("c1", "a", "Of the 300 new members, 184 are Democrats.", "184", 184, "democrat", "be")
    b = _count("c2", "b", "The new chamber has 215 Democrats.", "215", 215, "democrat", "have")
    pairs = {("c1", "c2"): (0.8, 0.9)}
    assert numbers.find(context([a, b], pairs)) == []
    c = _count("c1", "a", "The new chamber has 231 Democrats.", "231", 231, "democrat", "have")
    assert [p.type for p in numbers.find(context([c, b], pairs))] == ["number"]


def test_the_day_of_an_event_an_act_is_told_ahead_of_is_no_day_of_the_act():
    """"Ahead of the state's primary Tuesday, the governor announced he backs Ruiz" / "The
    governor on Friday backed Ruiz": the primary's day, not the act's; "the governor announced
    Tuesday he backs Ruiz" is the act's day."""
    friday, tuesday = dt.date(2024, 3, 8), dt.date(2024, 3, 5)
    a = _dated("c1", "a", "Ahead of the state's pivotal primary Tuesday, the governor announced he backs Ruiz.", "Tuesday",
               tuesday, tuesday, "announce")
    b = _dated("c2", "b", "The governor on Friday backed Ruiz for the nomination.", "Friday", friday, friday, "back")
    pairs = {("c1", "c2"): (0.9, 0.9)}
    published = {"a": friday, "b": friday}
    assert dates.find(context([a, b], pairs, published)) == []
    c = _dated("c3", "a", "The governor announced Tuesday that he backs Ruiz for the nomination.", "Tuesday", tuesday, tuesday, "announce")
    assert [p.type for p in dates.find(context([c, b], {("c2", "c3"): (0.9, 0.9)}, published))] == ["date"]



def _number_types(a, b, probability=(0.8, 0.9)) -> list[str]:
    """The types of the number findings on two claims, as likely to state one fact as given."""
    return [p.type for p in numbers.find(context([a, b], {(a.id, b.id): probability}))]


def _told_figure(cid, aid, text, words, value, unit, anchor):
    i = text.index(words)
    return claim(cid, aid, text, quantities=[Quantity(text=words, value=value, unit=unit, start=i, end=i + len(words),
                                                      anchor=anchor)])


def test_the_two_ends_of_a_change_are_two_figures():
    """"raise the harbour fee from $4.50 a ton" / "raising the harbour fee to $6 a ton": the fee
    before the change and after it; two figures of where it goes still conflict ("to $6" / "to
    $6.50"), and so does a change's start against a figure told bare."""
    start = _told_figure("c1", "a", "The board will press to raise the harbour fee from $4.50 a ton this year.", "$4.50", 4.5, "usd", "raise")
    end = _told_figure("c2", "b", "Most pilots back raising the harbour fee to $6 a ton.", "$6", 6.0, "usd", "raise")
    assert _number_types(start, end) == []
    assert numbers._change_end(start, start.facts.quantities[0]) == "from"
    assert numbers._change_end(end, end.facts.quantities[0]) == "to"
    other_end = _told_figure("c1", "a", "The board will press to raise the harbour fee to $6.50 a ton this year.", "$6.50", 6.5, "usd", "raise")
    assert _number_types(other_end, end) == ["number"]
    span = _told_figure("c1", "a", "The fee went from $4.50 to $6 a ton in March.", "$4.50", 4.5, "usd", "go")
    assert numbers._change_end(span, span.facts.quantities[0]) == "from"


def test_a_figure_the_other_claim_also_gives_is_no_conflict():
    """"The ferry line will keep 1,200 crew on the route" / "The plan keeps 1,600 crew on the
    route before a cut to about 1,200": the second gives both figures, the first one of them; a
    small count shared by chance proves nothing ("3 ferries" / "7 ferries ... 3 of them")."""
    def crew(cid, aid, text, figures):
        qs = []
        for words, v, unit in figures:
            i = text.index(words)
            qs.append(Quantity(text=words, value=v, unit=unit, start=i, end=i + len(words), anchor="keep"))
        return claim(cid, aid, text, quantities=qs)
    one = crew("c1", "a", "The ferry line will keep 1,200 crew on the route.", [("1,200 crew", 1200, "crew")])
    both = crew("c2", "b", "The plan keeps 1,600 crew on the route before a cut to about 1,200 by June.",
                [("1,600 crew", 1600, "crew"), ("1,200", 1200, "count")])
    assert _number_types(one, both) == []
    alone = crew("c2", "b", "The plan keeps 1,600 crew on the route.", [("1,600 crew", 1600, "crew")])
    assert _number_types(one, alone) == ["number"]
    few = crew("c1", "a", "The line will keep 3 ferries on the route.", [("3 ferries", 3, "ferry")])
    more = crew("c2", "b", "The line keeps 7 ferries on the route, 3 of them old.", [("7 ferries", 7, "ferry"), ("3", 3, "count")])
    assert _number_types(few, more) == ["number"]


def test_margins_over_two_rivals_are_two_margins():
    """"Ana Ruiz leads Tom Vance by 2 points" / "she led Ana Moss by 4 points": margins over two
    rivals (the object of the act each figure hangs on); over one rival, the figures conflict."""
    def lead(cid, aid, text, words, v, rival, key, *others):
        i = text.index(words)
        return claim(cid, aid, text, quantities=[Quantity(text=words, value=v, unit="point", start=i, end=i + len(words),
                                                          anchor="lead")],
                     entities=[ent(text, rival, "PERSON", key, "dobj:lead"), *others])
    text = "Ana Ruiz leads Tom Vance by 2 points in the county."
    a = lead("c1", "a", text, "2 points", 2, "Tom Vance", "tom vance", ent(text, "Ana Ruiz", "PERSON", "ana ruiz", "nsubj:lead"))
    b = lead("c2", "b", "And she led Ana Moss by 4 points, 50 percent to 46 percent.", "4 points", 4, "Ana Moss", "ana moss")
    assert _number_types(a, b) == []
    c = lead("c2", "b", "And she led Vance by 4 points, 50 percent to 46 percent.", "4 points", 4, "Vance", "tom vance")
    assert _number_types(a, c) == ["number"]


def test_a_figure_set_against_two_of_one_outlets_is_a_breakdown():
    """"34 percent said they would back the levy" set against one outlet's "52 percent said the
    board should decide" and "41 percent said the voters should decide": that outlet gives two
    figures of the measure, a breakdown; which one the first is told of is not clear. Against one
    of them alone, or two that agree, the figures conflict."""
    def said(cid, aid, text, words, v):
        return _told_figure(cid, aid, text, words, v, "percent", "say")
    a = said("c1", "a", "Asked about the levy, 34 percent said they would vote for it.", "34 percent", 34)
    b1 = said("c2", "b", "Some 52 percent said the board should decide.", "52 percent", 52)
    b2 = said("c3", "b", "Only 41 percent said the voters should decide.", "41 percent", 41)
    pairs = {("c1", "c2"): (0.8, 0.9), ("c1", "c3"): (0.8, 0.9)}
    assert [p.type for p in numbers.find(context([a, b1, b2], pairs))] == []
    assert _number_types(a, b1) == ["number"]
    b3 = said("c3", "b", "In all, 52 percent said the board should decide.", "52 percent", 52)
    assert [p.values for p in numbers.find(context([a, b1, b3], pairs))] == [
        {"c1": "34 percent", "c2": "52 percent"}, {"c1": "34 percent", "c3": "52 percent"}]


def test_figures_of_two_named_polls_are_two_polls():
    """"A Harbour Ledger poll shows Ruiz ahead, 48 to 42 percent" / "A new Coastline-Marwick poll
    puts Ruiz ahead 48 percent to 33 percent": two polls; one poll named two ways ("the
    Ledger/Bay University poll" / "the LEDGER/Bay University Battleground Poll") is compared."""
    def poll(cid, aid, text, words, v):
        return _told_figure(cid, aid, text, words, v, "percent", "show")
    a = poll("c1", "a", "A Harbour Ledger poll shows Ruiz ahead in the county, 48 to 42 percent.", "42 percent", 42)
    b = poll("c2", "b", "A new Coastline-Marwick poll released Thursday shows Ruiz ahead, 48 percent to 33 percent.", "33 percent", 33)
    assert _number_types(a, b) == []
    c = poll("c1", "a", "A Ledger/Bay University poll released Monday shows Ruiz ahead, 48 to 42 percent.", "42 percent", 42)
    d = poll("c2", "b", "A new LEDGER/Bay University Battleground Poll shows Ruiz ahead, 48 percent to 45 percent.", "45 percent", 45)
    assert _number_types(c, d) == ["number"]



@pytest.mark.parametrize("kept, other, plain", [
    # "By comparison, 140 berths are open in the north harbour" / "In total, 115 berths are open":
    # the figure of what the first is set against; without the words, compared
    pytest.param(("In total, 115 berths are open this week.", "115 berths", 115, "berth", "be"),
                 ("By comparison, 140 berths are open in the north harbour this week.", "140 berths", 140, "berth", "be"),
                 ("There are 140 berths open this week.", "140 berths", 140, "berth", "be"), id="by comparison"),
    # "three more crew members accused the captain" / "Five other crew members have accused the
    # captain": those added that day and all besides the first; "three more" / "five more" are compared
    pytest.param(("On Monday, three more crew members accused the captain.", "three", 3, "member", "accuse"),
                 ("Five other crew members have accused the captain.", "Five", 5, "member", "accuse"),
                 ("On Monday, five more crew members accused the captain.", "five", 5, "member", "accuse"),
                 id="more on top, not the others so far"),
    # "31 percent of those surveyed" / "Only 14% of Ruiz supporters": shares of two wholes; "of
    # those surveyed" / "of respondents" are one
    pytest.param(("Some 31 percent of those surveyed said they had already voted.", "31 percent", 31, "percent", "say"),
                 ("Only 14% of Ruiz supporters say they vote against Vance.", "14%", 14, "percent", "say"),
                 ("Some 21 percent of respondents said they have already voted.", "21 percent", 21, "percent", "say"),
                 id="everyone polled, not one group"),
    # "Ruiz leads by 11 points in a poll released Monday" / "In the county's polls, Ruiz leads by
    # 6.1 points": one poll, and many read together; told bare, compared
    pytest.param(("Ruiz leads by 11 points in a poll released Monday.", "11 points", 11, "point", "lead"),
                 ("In the county's polls, Ruiz leads by 6.1 points.", "6.1 points", 6.1, "point", "lead"),
                 ("In the county, Ruiz leads by 6.1 points.", "6.1 points", 6.1, "point", "lead"),
                 id="one poll, not many"),
    # "sold 40,000 tickets in the first two hours after the opening" / "sold 90,000 tickets in the
    # hours after the opening": a total that runs on, at two moments; without the span, compared
    pytest.param(("The port sold 90,000 tickets in the hours after the opening.", "90,000 tickets", 90000, "ticket", "sell"),
                 ("The port sold 40,000 tickets in the first two hours after the opening.", "40,000 tickets", 40000, "ticket", "sell"),
                 ("The port sold 40,000 tickets in the hours after the opening.", "40,000 tickets", 40000, "ticket", "sell"),
                 id="a running total in its first hours"),
    # "The second, which passed on a 9-4 vote, ..." / "The levy passed on an 8-4 vote": one of
    # several votes told before, its noun left out; told of the levy, compared
    pytest.param(("The levy passed on an 8-4 vote on Tuesday.", "8-4", 8004, "tally", "pass"),
                 ("The second, which passed on a 9-4 vote, went to the board.", "9-4", 9004, "tally", "pass"),
                 ("The levy, which passed on a 9-4 vote, went to the board.", "9-4", 9004, "tally", "pass"),
                 id="one of several told before"),
])
def test_a_figure_of_another_thing_or_group_is_not_compared(kept, other, plain):
    """A figure told as another thing's or another group's than the first claim's is no conflict
    with it; the same sentence without that telling is compared."""
    a = _told_figure("c1", "a", *kept)
    assert _number_types(a, _told_figure("c2", "b", *other)) == []
    assert _number_types(a, _told_figure("c2", "b", *plain)) == ["number"]

def test_a_relative_called_by_a_given_name_is_no_surname_spelled_otherwise():
    """"Ines Darcy won 2 percent" / "after her son Darby was hurt at sea": the son's given name,
    not her surname one letter off; "Darby" alone with no kin word beside it is read as the
    surname misspelled, as before."""
    ta = "A third candidate, Ines Darcy, won 2 percent of the vote in the harbour ward."
    a = claim("c1", "a", ta, entities=[ent(ta, "Ines Darcy", "PERSON", "ines darcy", "appos:candidate")])
    tb = "Vance became the face of the ferry campaign after her son Darby was hurt at sea."
    b = claim("c2", "b", tb, entities=[ent(tb, "Darby", "PERSON", "darby", "nsubjpass:hurt")])
    assert [p for p in entities.find(context([a, b], {})) if "spells" in p.explanation] == []
    tc = "Ines Darcy's campaign said Darby had won 2 percent of the vote."
    c = claim("c2", "b", tc.replace("Ines Darcy's campaign", "The campaign"),
              entities=[ent(tc.replace("Ines Darcy's campaign", "The campaign"), "Darby", "PERSON", "darby", "nsubj:win")])
    assert [p.values for p in entities.find(context([a, c], {})) if "spells" in p.explanation] \
        == [{"c1": "Ines Darcy", "c2": "Darby"}]


def test_a_surname_alone_and_in_full_spelled_otherwise_is_one_finding():
    """"Morsa" / "Ana Morso" and "Morsa" / "Morso": one name spelled two ways, one finding key."""
    assert entities._spelling("Ana Morso", "Morsa") == entities._spelling("Morsa", "Morso")


def test_a_month_that_names_a_break_is_not_the_month_of_the_act():
    """"when the council returns from August break" is after August; "during the August recess"
    is in it."""
    ref = dt.date(2024, 8, 20)
    assert daterefs.dates("The plan comes when the council returns from August break.", 0, ref, True) == []
    assert daterefs.dates("She will sail after the April recess.", 0, ref, True) == []
    kept = daterefs.dates("The plan comes during the August recess.", 0, ref, True)
    assert [(d.text, d.low) for d in kept] == [("August", dt.date(2024, 8, 1))]


def test_a_run_of_words_said_twice_in_a_row_is_read_once():
    """'"I think it makes it makes a fair point"' / '"I think it makes a fair point"': the speaker's
    restart, printed by one outlet; "it makes a point, it makes a point" with a comma is two."""
    assert quotes.words("I think it makes it makes a fair point") == quotes.words("I think it makes a fair point")
    a = said("c1", "a", "But I think it makes it makes a fair point about the pier")
    b = said("c2", "b", "I think it makes a fair point about the pier")
    assert quotes.find(context([a, b], {("c1", "c2"): (0.6, 0.6)})) == []
    assert quotes.words("it makes, it makes") != quotes.words("it makes")


def test_a_piece_fitted_into_the_outlets_sentence_is_no_change_of_its_first_word():
    """'"But closing the pier to the town will not stop the tide"' / urging the board not to
    '"close the pier to the town"': the piece's first word fitted to the outlet's sentence; a
    word of another stem there is still a change."""
    full = quotes.words("But closing the pier to the town will not stop the tide.")
    assert quotes._differences(full, quotes.words("close the pier to the town,")) == []
    assert quotes._differences(full, quotes.words("opening the pier to the town,")) == [(["But", "closing"], ["opening"])]
    # at a quote's end the word is the speaker's: a change
    assert quotes._differences(quotes.words("with a hope for our town."), quotes.words("with hope for our towns,")) \
        == [(["town."], ["towns", ","])]


def test_an_act_told_as_done_again_after_the_other_outlets_day_is_another_time():
    """"On Monday, the mayor again denied wrongdoing" / "The mayor on Saturday denied wrongdoing":
    Saturday's is the first denial; "again" on the earlier day, or no "again", is compared."""
    def denied(cid, aid, text, name, when):
        i = text.index(name)
        return claim(cid, aid, text, predicate="deny", actions=["deny"], dates=[DateRef(
            text=name, start=i, end=i + len(name), low=when, high=when, weekday=when.weekday(), anchor="deny")])
    sat, mon = dt.date(2024, 3, 9), dt.date(2024, 3, 11)
    first = denied("c1", "a", "The mayor on Saturday denied wrongdoing at the pier.", "Saturday", sat)
    again = denied("c2", "b", "On Monday, the mayor again denied wrongdoing at the pier.", "Monday", mon)
    pairs = {("c1", "c2"): (0.9, 0.9)}
    ctx = context([first, again], pairs, {"a": mon, "b": mon})
    assert dates.find(ctx) == []
    plain = denied("c2", "b", "On Monday, the mayor denied wrongdoing at the pier.", "Monday", mon)
    assert [p.type for p in dates.find(context([first, plain], pairs, {"a": mon, "b": mon}))] == ["date"]
    early = denied("c1", "a", "The mayor on Saturday again denied wrongdoing at the pier.", "Saturday", sat)
    assert [p.type for p in dates.find(context([early, plain], pairs, {"a": mon, "b": mon}))] == ["date"]


def test_people_of_acts_dated_days_apart_are_two_occasions():
    """"A video posted Tuesday shows the rescue of Ana Ruiz" / "a similar video showed the rescue
    of Tom Vance in August": two videos; dated the same day, two names for one rescue."""
    def shown(cid, aid, text, who, when, low, high):
        i = text.index(when)
        return claim(cid, aid, text, entities=[ent(text, who, "PERSON", who.lower(), "pobj:show")], actions=["show"],
                     predicate="show", dates=[DateRef(text=when, start=i, end=i + len(when), low=low, high=high, anchor="show")])
    tue = dt.date(2024, 9, 3)
    a = shown("c1", "a", "A video posted Tuesday shows the rescue of Ana Ruiz.", "Ana Ruiz", "Tuesday", tue, tue)
    b = shown("c2", "b", "A similar video showed the rescue of Tom Vance in August.", "Tom Vance", "August",
              dt.date(2024, 8, 1), dt.date(2024, 8, 31))
    assert entities.find(context([a, b], {("c1", "c2"): (0.9, 0.9)})) == []
    c = shown("c2", "b", "A video posted Tuesday showed the rescue of Tom Vance.", "Tom Vance", "Tuesday", tue, tue)
    assert len(entities.find(context([a, c], {("c1", "c2"): (0.9, 0.9)}))) == 1


def test_an_act_expected_on_a_day_after_the_other_tells_it_done_is_a_later_occasion():
    """"The council is expected to raise the ferry fee again in December" / "The council raised
    the ferry fee" (both written in September): a later rise; expected in September, or undated,
    set against the rise done."""
    sept = dt.date(2024, 9, 26)
    done = claim("c1", "a", "The council raised the ferry fee.", actions=["raise"], modality="asserted", tense="past")

    def expected(text, when, low, high):
        i = text.index(when)
        return claim("c2", "b", text, actions=["raise"], modality="expected",
                     dates=[DateRef(text=when, start=i, end=i + len(when), low=low, high=high, anchor="raise")])
    later = expected("The council is expected to raise the ferry fee again in December.", "December",
                     dt.date(2024, 12, 1), dt.date(2024, 12, 31))
    pub = {"a": sept, "b": sept}
    assert status.find(context([done, later], {("c1", "c2"): (0.8, 0.8)}, pub)) == []
    now = expected("The council is expected to raise the ferry fee in September.", "September",
                   dt.date(2024, 9, 1), dt.date(2024, 9, 30))
    assert [p.type for p in status.find(context([done, now], {("c1", "c2"): (0.8, 0.8)}, pub))] == ["status"]
    # without "again", a plan for December against the act done is the misreport the rule is for
    once = expected("The council is expected to raise the ferry fee in December.", "December",
                    dt.date(2024, 12, 1), dt.date(2024, 12, 31))
    assert [p.type for p in status.find(context([done, once], {("c1", "c2"): (0.8, 0.8)}, pub))] == ["status"]
    # a done act the claim dates itself: the same month read back and ahead by two tenses, compared
    t = "The council raised the ferry fee in December."
    dated = claim("c1", "a", t, actions=["raise"], modality="asserted", tense="past", dates=[DateRef(
        text="December", start=t.index("December"), end=t.index("December") + 8, low=dt.date(2023, 12, 1),
        high=dt.date(2023, 12, 31), anchor="raise")])
    assert [p.type for p in status.find(context([dated, later], {("c1", "c2"): (0.8, 0.8)}, pub))] == ["status"]


def test_the_day_of_an_event_an_opening_phrase_names_is_not_the_acts():
    """"With the harbour vote on Monday, the crews stayed ashore" / "The crews stayed ashore
    Saturday": Monday is the vote's; "The crews stayed ashore on Monday" is the act's."""
    def home(cid, aid, text, name, when):
        i = text.index(name)
        return claim(cid, aid, text, predicate="stay", actions=["stay"], dates=[DateRef(
            text=name, start=i, end=i + len(name), low=when, high=when, weekday=when.weekday(), anchor="stay")])
    mon, sat = dt.date(2024, 10, 14), dt.date(2024, 10, 19)
    sat_claim = home("c2", "b", "The crews stayed ashore Saturday to prepare.", "Saturday", sat)
    pub = {"a": sat, "b": sat}
    debate = home("c1", "a", "With the harbour vote on Monday, the crews stayed ashore to prepare.", "Monday", mon)
    assert dates.find(context([debate, sat_claim], {("c1", "c2"): (0.9, 0.9)}, pub)) == []
    plain = home("c1", "a", "The crews stayed ashore on Monday to prepare.", "Monday", mon)
    assert [p.type for p in dates.find(context([plain, sat_claim], {("c1", "c2"): (0.9, 0.9)}, pub))] == ["date"]


def test_one_verb_bringing_about_two_acts_is_no_status_of_one():
    """"The levy could allow the board to raise fares" / "The levy will allow the board to cut
    fares": two acts it allows; "will allow the board to raise fares" is one, its status told
    two ways."""
    could = claim("c1", "a", "The levy could allow the board to raise fares on the night ferry.", actions=["allow", "raise"],
                  acts={"allow": "possible"}, modality="possible")
    will = claim("c2", "b", "The levy will allow the board to cut fares on the night ferry.", actions=["allow", "cut"],
                 acts={"allow": "future"}, modality="future")
    pairs = {("c1", "c2"): (0.8, 0.8)}
    assert status.find(context([could, will], pairs)) == []
    same = will.model_copy(update={"text": "The levy will allow the board to raise fares on the night ferry."})
    assert [p.type for p in status.find(context([could, same], pairs))] == ["status"]


def test_people_each_with_a_figure_of_their_own_are_two_facts():
    """"Ana Ruiz could get 19 votes" / "Tom Vance may get 12 votes": each person with a figure,
    two facts; with one figure, two names for one fact."""
    def votes(cid, aid, text, who, n):
        words = f"{n} votes"
        i = text.index(words)
        return claim(cid, aid, text, entities=[ent(text, who, "PERSON", who.lower(), "nsubj:get")], actions=["get"],
                     predicate="get", quantities=[Quantity(text=words, value=n, unit="vote", start=i, end=i + len(words),
                                                           anchor="get")])
    a = votes("c1", "a", "Ana Ruiz could get 19 votes in the harbour ward.", "Ana Ruiz", 19)
    b = votes("c2", "b", "Tom Vance may get 12 votes in the harbour ward.", "Tom Vance", 12)
    assert [p for p in entities.find(context([a, b], {("c1", "c2"): (0.9, 0.9)})) if "names" in p.explanation] == []
    c = votes("c2", "b", "Tom Vance may get 19 votes in the harbour ward.", "Tom Vance", 19)
    assert len([p for p in entities.find(context([a, c], {("c1", "c2"): (0.9, 0.9)})) if "names" in p.explanation]) == 1


def test_changes_told_in_two_directions_are_two_changes():
    """"The plan slashes the ferry levy from 30 percent to 18 percent" / "raises the ferry levy
    from 15% to 18%": a cut and a rise, each from its own figure; two cuts from two figures are
    compared."""
    def change(cid, aid, text, start, verb):
        qs = []
        for words, v in ((f"{start}%", start), ("18%", 18)):
            i = text.index(words)
            qs.append(Quantity(text=words, value=v, unit="percent", start=i, end=i + len(words), anchor=verb))
        return claim(cid, aid, text, quantities=qs)
    cut = change("c1", "a", "The plan slashes the ferry levy from 30% to 18%.", 30, "slash")
    rise = change("c2", "b", "The plan raises the ferry levy from 15% to 18%.", 15, "raise")
    likely = (0.85, 0.9)  # at SAME_FACT or more, with a figure shared: the one figure left on each side is compared
    assert _number_types(cut, rise, likely) == []
    other_cut = change("c2", "b", "The plan cuts the ferry levy from 32% to 18%.", 32, "cut")
    assert _number_types(cut, other_cut, likely) == ["number"]


def test_an_honorific_a_house_style_puts_inside_a_quotation_is_no_change():
    """'"What do you want me to tell Ruiz?"' / '"What do you want me to tell Mr. Ruiz?"': one
    outlet's style; another name is a change."""
    assert quotes._differences(quotes.words("What do you want me to tell Ruiz?"),
                               quotes.words("What do you want me to tell Mr. Ruiz?")) == []
    assert quotes._differences(quotes.words("What do you want me to tell Ruiz?"),
                               quotes.words("What do you want me to tell Mr. Vance?")) != []


def test_the_month_of_the_figure_a_change_started_from_is_not_the_changes():
    """"the ferry levy rose to 4.4 percent from March's 4.1 percent" / "rose ... last month"
    (April): March is the earlier figure's; "rose to 4.4 percent in March" is the change's."""
    def rate(cid, aid, text, month, low, high):
        i = text.index(month)
        return claim(cid, aid, text, predicate="edge", actions=["edge"], dates=[DateRef(
            text=month, start=i, end=i + len(month), low=low, high=high, month=low.month, year=low.year, anchor="edge")])
    may = rate("c2", "b", "The ferry levy rose from 4.1 percent to 4.4 percent last month.", "last month",
               dt.date(2024, 4, 1), dt.date(2024, 4, 30))
    april = rate("c1", "a", "The ferry levy rose to 4.4 percent from March's 4.1 percent.", "March",
                 dt.date(2024, 3, 1), dt.date(2024, 3, 31))
    pub = {"a": dt.date(2024, 5, 1), "b": dt.date(2024, 5, 1)}
    assert dates.find(context([april, may], {("c1", "c2"): (0.9, 0.9)}, pub)) == []
    told = rate("c1", "a", "The ferry levy rose to 4.4 percent in March.", "March", dt.date(2024, 3, 1), dt.date(2024, 3, 31))
    assert [p.type for p in dates.find(context([told, may], {("c1", "c2"): (0.9, 0.9)}, pub))] == ["date"]


def test_an_average_told_a_few_words_before_its_figure_is_an_average():
    """"the average age of a ferry is roughly 30 years" / "many of the ferries are 12 years old":
    an average and one ferry's age; a comma between ends the average's clause."""
    avg = _told_figure("c1", "a", "The minister said the average age of a ferry is roughly 30 years.", "30 years", 30,
                       "year", "be")
    one = _told_figure("c2", "b", "Many of the ferries retired next year will be 12 years old.", "12 years", 12, "year", "be")
    assert _number_types(avg, one) == []
    apart = _told_figure("c1", "a", "Unlike the average, the oldest ferry is roughly 30 years old.", "30 years", 30, "year", "be")
    assert numbers._figure_kind(apart, apart.facts.quantities[0]) is None


def test_a_title_in_the_plural_before_two_names_is_no_first_name():
    """"when former Presidents Moss and Hale were running" / "when Rita Moss was running": the
    plural title is no given name of Moss; "Dana Moss" / "Rita Moss" are two first names."""
    a = claim("c1", "a", "The party held no primary when former Presidents Moss and Hale were running.",
              entities=[person("Presidents Moss", "presidents moss", "nsubj:run")])
    b = claim("c2", "b", "The party held no primary when Rita Moss was running.", entities=[person("Rita Moss", "rita moss", "nsubj:run")])
    assert entities.find(context([a, b], {("c1", "c2"): (0.8, 0.8)})) == []
    c = claim("c1", "a", "The party held no primary when Dana Moss was running.", entities=[person("Dana Moss", "dana moss", "nsubj:run")])
    assert [p.values for p in entities.find(context([c, b], {("c1", "c2"): (0.8, 0.8)}))] == [{"c1": "Dana Moss", "c2": "Rita Moss"}]


def test_an_act_a_bill_requires_is_no_status_of_the_act():
    """"It would require the mayor to release ten years of her accounts" / "The mayor has released
    her accounts": the bill's terms; "The mayor is expected to release her accounts" is a status.
    So is a passive act required ("could require the crews to be screened weekly")."""
    required = claim("c1", "a", "It would require the mayor to release ten years of her accounts.", actions=["require", "release"],
                     acts={"release": "possible"}, modality="possible")
    done = claim("c2", "b", "The mayor has released her accounts.", actions=["release"], acts={"release": "done"},
                 modality="asserted", tense="past")
    pairs = {("c1", "c2"): (0.8, 0.8)}
    assert status.find(context([required, done], pairs)) == []
    expected = claim("c1", "a", "The mayor is expected to release ten years of her accounts.", actions=["release"],
                     acts={"release": "expected"}, modality="expected")
    assert [p.type for p in status.find(context([expected, done], pairs))] == ["status"]
    # a noun of the same letters is no requirement: "a task force is expected to release"
    force = claim("c1", "a", "A task force is expected to release ten years of her accounts.", actions=["release"],
                  acts={"release": "expected"}, modality="expected")
    assert [p.type for p in status.find(context([force, done], pairs))] == ["status"]
    # a passive act required: "could require the crews to be screened weekly" / "The crews were screened"
    tested = claim("c1", "a", "The new rules could require the crews to be screened weekly.", actions=["require", "screen"],
                   acts={"screen": "possible"}, modality="possible")
    done_test = claim("c2", "b", "The crews were screened on Friday morning.", actions=["screen"], acts={"screen": "done"},
                      modality="asserted", tense="past")
    assert status.find(context([tested, done_test], pairs)) == []
    could = claim("c1", "a", "The crews could be screened weekly under the new rules.", actions=["screen"],
                  acts={"screen": "possible"}, modality="possible")
    assert [p.type for p in status.find(context([could, done_test], pairs))] == ["status"]
