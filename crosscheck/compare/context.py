"""What every finding type reads: the claims with their facts, the alignment (groups and the
pair model's probabilities), the articles, and when each claim's event happened; and the
Proposal a finding type makes. Finding types read the alignment only through Context."""
from __future__ import annotations

import datetime as dt
import difflib
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from ..align import KEEP_ALIKE, KEEP_FLOOR, KEEP_PROBABILITY, Alignment, ClaimView
from ..claims.facts import fold
from ..models import Article, Claim


#: the stem of a verb (its first letters) whose forms are looked for in a claim's words
VERB_STEM = 5

#: words that tell an act as done one more time ("again denied", "once more", "anew"): the
#: dates' and the statuses' readings of another occasion
AGAIN = re.compile(r"\b(?:again|once\s+more|anew)\b", re.I)


def verb_stem(verb: str) -> str:
    """A pattern for the written forms of a verb's lemma ("detain": "detai\\w*" matches
    "detained"; "call": "call\\w*"), to find it in a claim's words."""
    return re.escape(verb[:VERB_STEM] if len(verb) > VERB_STEM else verb.removesuffix("e")) + r"\w*"


def unaccented(text: str) -> str:
    """Text with its accents set aside ("Inés" -> "Ines"): house style, not another spelling."""
    return text if text.isascii() else "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


#: pairs compared by the finding types: the pair model's probability that they state one fact
#: were their clashing number, day or speaker to agree (ALIKE), and as they stand (STANDS; the
#: alignment keeps no pair below it). Measured on the development set's findings and the
#: mutation harness (docs/findings.md, "Which pairs are compared")
ALIKE = 0.5
STANDS = KEEP_PROBABILITY

#: a value one outlet gives elsewhere in its article (a figure, a year) is taken for a second
#: value of the story, not a contradiction, unless the pair is this likely to state one fact
#: but for it: then the outlet contradicts itself and the other outlet (chosen on the mutation
#: harness, docs/findings.md, session 15)
BEYOND_DOUBT = 0.9

#: a claim more than this share of whose text is inside quotation marks is a remark (compared
#: by the quote rule, not read for facts of its own): chosen, "mostly a quotation"
QUOTED_SHARE = 0.5


#: roles of the people an act is done to or with ("met with Vance", "fired Ruiz")
OBJECTS = {"dobj", "prep", "pobj", "dative"}


#: statuses of an act told as still to come (the facts' ``acts``): expected, planned, to come, possible
PENDING = frozenset({"expected", "planned", "future", "possible"})


def other_objects(fa, fb, act: str, act_b: str | None = None) -> bool:
    """Whether two claims (their facts) tell one act done to or with other people: each names
    someone in an object's role of the act and none of them is the other's ("plans to meet with
    Vance" / "met with Ruiz": two meetings), and not one whom the other claim names in a role of
    the act. A name the parser tags as an organisation counts (spaCy's small model often reads
    a surname so: "met with Vance"). ``act_b``: the verb ``fb`` tells the act with, where it
    is another ("quit" / "left")."""
    def named(f, verb, roles=None) -> set[str]:
        return {w.casefold() for e in f.entities if e.label in ("PERSON", "ORG") and e.anchor
                and (roles is None or e.anchor.partition(":")[0] in roles) and e.anchor.partition(":")[2] == verb
                for w in e.key.split()}
    def anyone(f, verb) -> set[str]:  # in any role, the act's doer too (a subject the parser tagged no name)
        return named(f, verb) | ({f.doers[verb]} if verb in f.doers else set())
    act_b = act_b or act
    oa, ob = named(fa, act, OBJECTS), named(fb, act_b, OBJECTS)
    # one met by the other's subject is one meeting told from each side ("leaders were set to
    # meet with Vance" / "Vance met with the leaders")
    return bool(oa) and bool(ob) and not oa & anyone(fb, act_b) and not ob & anyone(fa, act)


def one_day_of_month(x, y) -> bool:
    """Whether two dates are one day of one month, or one month, written by both outlets, one
    of them with no year (crosscheck's reading of the year, as of the week of a weekday)."""
    return x.month is not None and (x.month, x.day) == (y.month, y.day) and (x.year is None or y.year is None)


def one_weekday_written(x, y) -> bool:
    """Whether two dates are one weekday both outlets wrote, whatever week each verb's tense
    read it in (the date rule's ``_one_weekday`` reads more forms of it)."""
    return x.weekday is not None and x.weekday == y.weekday


@dataclass(frozen=True)
class Proposal:
    """A finding before it is numbered."""

    type: str
    severity: str
    claims: tuple[str, ...]  # the claim that differs first, then those it differs from
    explanation: str
    values: dict[str, str] = field(default_factory=dict)
    #: the one name two spellings write (folded), for a finding that one spells it otherwise:
    #: a story's findings of one such pair are gathered into one (compare.one_per_spelling)
    spelling: frozenset[str] | None = None
    #: why the finding has its severity, as its explanation ends on it (" (published days apart:
    #: ...)"): a finding gathered from several pairs keeps the note they all give
    note: str = ""


@dataclass
class Context:
    articles: dict[str, Article]
    claims: dict[str, Claim]
    alignment: Alignment
    groups: list[list[str]]
    story_year: dict[str, int] = field(default_factory=dict)

    @classmethod
    def build(cls, articles: Sequence[Article], claims: Sequence[Claim], alignment: Alignment,
              names: dict[str, str] | None = None) -> Context:
        arts = {a.id: a for a in articles}
        years: dict[str, Counter] = defaultdict(Counter)
        for a in articles:
            if a.published and alignment.stories.get(a.id):
                years[alignment.stories[a.id]][a.published.year] += 1
        ctx = cls(arts, {c.id: c for c in claims}, alignment, alignment.groups,
                  {s: cnt.most_common(1)[0][0] for s, cnt in years.items()})
        if names is not None:  # how the whole corpus writes each name, when ctx holds a part of it
            ctx._names = names
        return ctx

    # ---- who and when -------------------------------------------------------------------
    def article(self, cid: str) -> Article:
        return self.articles[self.claims[cid].article]

    def outlet(self, cid: str) -> str:
        return self.article(cid).whose()

    def label(self, cid: str) -> str:
        a = self.article(cid)
        name = a.outlet or a.publisher or "an unattributed page"
        return f"{name}, {a.published.isoformat()}" if a.published else name

    def name(self, key: str | None) -> str:
        """How a person or place is written, for an entity key: the longest form in the corpus."""
        if not key:
            return "an unnamed speaker"
        if not hasattr(self, "_names"):
            self._names = entity_names(self.claims.values())
        return self._names.get(key, key)

    def different_outlets(self, a: str, b: str) -> bool:
        ca, cb = self.claims[a], self.claims[b]
        return apart(ca.article, self.articles[ca.article].outlet, cb.article, self.articles[cb.article].outlet)

    def story(self, cid: str) -> str | None:
        return self.alignment.stories.get(self.claims[cid].article)

    def view(self, cid: str) -> ClaimView | None:
        return self.alignment.views.get(cid)

    def score(self, a: str, b: str) -> float:
        return self.alignment.score(a, b)

    @property
    def entity_map(self) -> dict[str, str]:
        """Short entity key -> the full key the corpus resolved it to ("okafor" -> "ines okafor")."""
        return self.alignment.entity_map

    def word_weights(self, story: str) -> dict[str, float]:
        """How rare each content lemma is within a story (its idf there; absent: unweighted)."""
        scorer = self.alignment.scorer
        return scorer.idf.get(story, {}) if scorer is not None else {}

    def probability(self, a: str, b: str) -> float:
        """The pair model's probability that ``a`` and ``b`` state one fact."""
        return self.alignment.probability(a, b)

    def alike(self, a: str, b: str) -> float:
        """The same, were the one number, day or speaker that sets them apart to agree."""
        return self.alignment.alike_but_for(a, b)

    def event_time(self, cid: str) -> tuple[dt.date, dt.date] | None:
        """When the claim's event happened: the first date it states, else its article's date."""
        c = self.claims[cid]
        year = self.article(cid).published.year if self.article(cid).published else self.story_year.get(self.story(cid) or "")
        for d in (c.facts.dates if c.facts else []):
            if d.low and d.high:
                return d.low, d.high
            if d.month and year:
                y = d.year or year
                last = (dt.date(y + (d.month == 12), d.month % 12 + 1, 1) - dt.timedelta(days=1))
                if d.day:
                    try:
                        day = dt.date(y, d.month, d.day)
                    except ValueError:
                        continue
                    return day, day
                return dt.date(y, d.month, 1), last
        p = self.article(cid).published
        return (p, p) if p else None

    # ---- candidate pairs ----------------------------------------------------------------
    def compared_pairs(self, min_alike: float = ALIKE, min_probability: float = STANDS) -> list[tuple[str, str]]:
        """Pairs of claims of one story from different outlets that state one fact but for
        one element: the pair model's probability, were their clashing number, day or speaker
        to agree, reaches ``min_alike``, and as they stand it is at least ``min_probability``
        (a pair that only a neutralised clash lifts is as likely two facts of a dense story:
        one rate of one year and another of a decade). Groups are not asked: a different number
        or day can split a pair out of its group, and that is the discrepancy. Each pair once,
        in order. The two bars were set on the development set and the mutation harness
        (benchmarks/mutate.py; docs/findings.md). A post the page embeds (a tweet) is in no pair:
        the outlet shows its author's words, it does not tell them."""
        key = (min_alike, min_probability)
        cache = self.__dict__.setdefault("_compared", {})
        if key not in cache:  # worked out once, read by every finding type
            where = self._where()
            out = []
            for (a, b), (p, alike) in self.alignment.probabilities.items():
                if not (alike >= min_alike and p >= min_probability or alike >= KEEP_ALIKE and p >= KEEP_FLOOR) \
                        or a not in where or b not in where or self.posted(a) or self.posted(b):
                    continue
                (sa, aa, oa), (sb, ab, ob) = where[a], where[b]
                if sa is not None and sa == sb and apart(aa, oa, ab, ob):
                    out.append((a, b))
            cache[key] = sorted(out)
        return cache[key]

    def on_untold_pairs(self, told, rule, min_alike: float = ALIKE) -> list[Proposal]:
        """``rule(self, a, b)`` over the compared pairs (:meth:`compared_pairs` at ``min_alike``)
        that no finding yet sets against each other: ``told``, the findings so far (proposals)
        or their pairs (frozensets of two claims). The proposals it makes, in pair order."""
        told = {p if isinstance(p, frozenset) else frozenset(p.claims) for p in told}
        return [p for a, b in self.compared_pairs(min_alike) if frozenset((a, b)) not in told
                for p in [rule(self, a, b)] if p is not None]

    def story_claims(self) -> dict[str, list[str]]:
        """Story -> the ids of its claims, in corpus order (an index made once)."""
        if "_by_story" not in self.__dict__:
            by_story: dict[str, list[str]] = {}
            for cid in self.claims:
                story = self.story(cid)
                if story is not None:
                    by_story.setdefault(story, []).append(cid)
            self._by_story = by_story
        return self._by_story

    def told_of_people(self, read) -> list[tuple[str, str, object, str, object]]:
        """What two outlets of a story each say of one person, wherever their claims stand (an
        age, a party label): (person key, claim a, a's value, claim b, b's value) for every two
        claims of different outlets that give one, story by story and person by person.
        ``read(cid)`` gives a claim's {person key: value}; claims mostly a quotation are not read."""
        out = []
        for story in sorted(self.story_claims()):
            said: dict[str, list[tuple[str, object]]] = {}
            for cid in self.story_claims()[story]:
                if not self.quoted(cid):
                    for key, value in read(cid).items():
                        said.setdefault(key, []).append((cid, value))
            for key, told in sorted(said.items()):
                out += [(key, a, x, b, y) for i, (a, x) in enumerate(told) for b, y in told[i + 1:]
                        if self.different_outlets(a, b)]
        return out

    def claims_of(self, article: str) -> list[str]:
        """The ids of an article's claims, in corpus order (an index made once)."""
        if "_by_article" not in self.__dict__:
            by_article: dict[str, list[str]] = {}
            for cid, c in self.claims.items():
                by_article.setdefault(c.article, []).append(cid)
            self._by_article = by_article
        return self._by_article.get(article, [])

    def _where(self) -> dict[str, tuple[str | None, str, str | None]]:
        """claim id -> (story, article, outlet), worked out once."""
        if "_where_cache" not in self.__dict__:
            self._where_cache = {cid: (self.alignment.stories.get(c.article), c.article, self.articles[c.article].outlet)
                                 for cid, c in self.claims.items() if c.article in self.articles}
        return self._where_cache

    def posted(self, cid: str) -> bool:
        """Whether a claim is the words of a post the page embeds (crosscheck.claims.posts)."""
        cache = self.__dict__.setdefault("_posted", {})
        if cid not in cache:  # asked for both claims of every pair the alignment scored
            f = self.claims[cid].facts
            cache[cid] = f is not None and any(q.posted for q in f.quotes)
        return cache[cid]

    def unquoted(self, cid: str) -> str:
        """A claim's text with its quotations blanked: the outlet's own words."""
        claim = self.claims[cid]
        text, start = claim.text, claim.start
        for q in sorted(claim.facts.quotes if claim.facts else [], key=lambda q: -q.start):
            text = text[: max(0, q.start - start)] + " " + text[max(0, q.end - start):]
        return text

    def copy_stretch(self, a: str, b: str, most: int):
        """:func:`one_stretch_replaced` of two claims, worked out once per pair for every finding
        type that reads it (the stretch of any length; None where it is longer than ``most``, or
        lies inside a quotation both copies give: a changed word of a remark is the quote rule's)."""
        cache = self.__dict__.setdefault("_copy_stretch", {})
        if (a, b) not in cache:
            found = one_stretch_replaced(self.claims[a], self.claims[b], COPY_WORDS_MOST)
            if found is not None and quoted_at(self.claims[a], found[0][1]) and quoted_at(self.claims[b], found[1][1]):
                found = None
            cache[(a, b)] = found
        found = cache[(a, b)]
        return found if found is not None and max(len(found[0][0]), len(found[1][0])) <= most else None

    def quoted_throughout(self, cid: str) -> bool:
        """Whether a claim is mostly a quotation whose marks it does not hold (a sentence of a
        quotation that runs over several): all its words are the speaker's. A claim that holds
        its quotations tells its own acts and names its own people outside them."""
        f = self.claims[cid].facts
        return self.quoted(cid) and not (f and f.quotes)

    def quoted(self, cid: str) -> bool:
        """Whether a claim is mostly a quotation: half its text inside quotation marks, or a
        sentence of a quotation that runs over several ("“The plan failed ...", "...
        his life.”"). Its wording is a remark, compared by the quote rule."""
        cache = self.__dict__.setdefault("_quoted", {})
        if cid not in cache:
            cache[cid] = self._is_quoted(cid)
        return cache[cid]

    def _is_quoted(self, cid: str) -> bool:
        c = self.claims[cid]
        t = c.text.strip()
        marks = [ch for ch in t if ch in "“”\""]
        if marks and (marks[0] == "”" or marks[-1] == "“"):
            return True  # the quotation began in an earlier sentence, or goes on in the next
        if len(marks) == 1 and (t.startswith(("“", '"')) or t.rstrip(".").endswith(("”", '"'))):
            return True
        return bool(c.facts) and sum(q.end - q.start for q in c.facts.quotes) > QUOTED_SHARE * len(c.text)

    def told_elsewhere(self, a: str, b: str, in_b: bool, in_a: bool) -> bool:
        """Whether a conflict of pair (a, b) is explained by the outlets' own articles: each
        gives the other's value elsewhere (``in_b``: b's article gives a's value; ``in_a``: the
        converse), or one does and the pair is not one fact beyond doubt."""
        return in_a and in_b or (in_a or in_b) and self.alike(a, b) < BEYOND_DOUBT

    def comparable_times(self, a: str, b: str, days: int = 1) -> bool:
        """Whether the two claims' articles were published within ``days`` of each other (or
        a date is unknown)."""
        ta, tb = self.article(a).published, self.article(b).published
        return not (ta and tb) or abs((ta - tb).days) <= days

    def story_pairs(self, cids: Sequence[str]) -> Iterator[tuple[str, str]]:
        """Pairs among ``cids`` from one story and different outlets, in the order of ``cids``
        (each story's own, not every pair of the corpus, is looked at)."""
        by_story: dict[str, list[int]] = {}
        for i, a in enumerate(cids):
            story = self.story(a)
            if story:
                by_story.setdefault(story, []).append(i)
        pairs = [(i, j) for members in by_story.values() for k, i in enumerate(members) for j in members[k + 1:]
                 if self.different_outlets(cids[i], cids[j])]
        for i, j in sorted(pairs):
            yield cids[i], cids[j]


def per_claim(fn):
    """A reading of one claim (its dates, the people it names) worked out once per context:
    every compared pair of the claim reads it again."""
    name = f"_per_claim_{fn.__module__}.{fn.__name__}"

    def cached(ctx: Context, cid: str):
        cache = ctx.__dict__.setdefault(name, {})
        if cid not in cache:
            cache[cid] = fn(ctx, cid)
        return cache[cid]

    cached.__doc__, cached.__name__ = fn.__doc__, fn.__name__
    return cached


def per_article(fn):
    """A reading of a claim's whole article (the years or days it gives, the people it names),
    worked out once per article, for the articles asked about: called with a claim, ``fn`` is
    given the claim's article."""
    name = f"_per_article_{fn.__module__}.{fn.__name__}"

    def cached(ctx: Context, cid: str):
        cache = ctx.__dict__.setdefault(name, {})
        art = ctx.claims[cid].article
        if art not in cache:
            cache[art] = fn(ctx, art)
        return cache[art]

    cached.__doc__, cached.__name__ = fn.__doc__, fn.__name__
    return cached


def apart(article_a: str, outlet_a: str | None, article_b: str, outlet_b: str | None) -> bool:
    """Two articles that are two outlets' word (an unattributed one counts as another)."""
    return article_a != article_b and (outlet_a is None or outlet_b is None or outlet_a != outlet_b)


def entity_names(claims) -> dict[str, str]:
    """Entity key -> how the corpus writes it: its longest form."""
    names: dict[str, str] = {}
    for c in claims:
        for e in (c.facts.entities if c.facts else []):
            if len(e.text) > len(names.get(e.key, "")):
                names[e.key] = e.text.removesuffix("'s").removesuffix("’s")
    return names


def people_of_story(ctx: Context, story: str | None) -> dict[str, str]:
    """Key -> the full key of the one person the story tags as a person with a full name
    (first and last) and whom that key names: the full key itself, or a word of it that
    names no one else ("okafor" -> "chidi okafor"; "vance" -> "tom vance" where the story
    also writes "Tom J. Vance", which shares both names, but not where it names "Ann Vance"
    too). Worked out once per story."""
    if "_story_people" not in ctx.__dict__:  # every story's in one pass over the corpus
        emap = ctx.entity_map
        full: dict[str | None, set[str]] = {}
        for cid, c in ctx.claims.items():
            for e in (c.facts.entities if c.facts else []):
                k = emap.get(e.key, e.key)
                if e.label == "PERSON" and len(k.split()) > 1:
                    full.setdefault(ctx.story(cid), set()).add(k)
        ctx._story_people = {st: _holders(keys) for st, keys in full.items()}
    return ctx._story_people.get(story, {})


def _holders(full: set[str]) -> dict[str, str]:
    """Of :func:`people_of_story`, for one story's full person keys."""
    holders: dict[str, set[str]] = {}
    for k in full:
        for w in k.split():
            holders.setdefault(w, set()).add(k)
    one = {w: min(ks, key=lambda k: (len(k), k)) for w, ks in holders.items()
           if len(w) > 2 and len(set.intersection(*(set(k.split()) for k in ks))) >= min(2, *(len(k.split()) for k in ks))}
    return {**one, **{k: k for k in full}}


#: a word of a sentence as the near-copy reading takes it: letters, digits and the marks inside a word
_COPY_WORD = re.compile(r"[^\W_]+(?:['’.-][^\W_]+)*")
#: a year written as one word of a sentence (two copies that print another read as a date's)
YEAR_WORD = re.compile(r"(?:1[6-9]|20)\d\d")
#: a sentence two outlets print nearly word for word: this many words alike at least, and this
#: share of the shorter copy's words
COPY_WORDS = 8
COPY_SHARE = 0.8
#: the longest replaced stretch any rule reads (Context.copy_stretch)
COPY_WORDS_MOST = 6


@lru_cache(maxsize=1 << 14)
def _copy_keys(text: str) -> tuple[str, ...]:
    """A claim's words as the near-copy reading takes them (``_COPY_WORD``), each folded as names
    are (case, accents, a possessive's "'s" and its mark set aside): read once for the many pairs
    a claim is in, the words alone (a few kilobytes a hundred claims; their places in the text
    are read again only for a pair found a copy)."""
    return tuple(fold(m.group()) for m in _COPY_WORD.finditer(text))


def one_stretch_replaced(ca, cb, most: int) -> tuple[tuple[list[str], tuple[int, int]], tuple[list[str], tuple[int, int]]] | None:
    """Where two claims are one sentence printed nearly word for word (COPY_WORDS words and
    COPY_SHARE of the shorter alike) but for one stretch of at most ``most`` words replaced:
    each side's words there and their characters in its file; else None. One copy may run on
    past the other (cut short): what lies before or after the words both print is not read."""
    ka, kb = _copy_keys(ca.text), _copy_keys(cb.text)
    if min(len(ka), len(kb)) < COPY_WORDS:
        return None
    ops = difflib.SequenceMatcher(None, ka, kb, autojunk=False).get_opcodes()
    alike = sum(i2 - i1 for tag, i1, i2, _, _ in ops if tag == "equal")
    inner = [op for op in ops if op[0] != "equal" and not (
        op[0] in ("insert", "delete") and (op[1] == 0 and op[3] == 0 or op[2] == len(ka) and op[4] == len(kb)))]
    if alike < COPY_WORDS or alike < COPY_SHARE * min(len(ka), len(kb)) or len(inner) != 1 or inner[0][0] != "replace":
        return None
    _, i1, i2, j1, j2 = inner[0]
    if max(i2 - i1, j2 - j1) > most:
        return None
    sa, sb = ([(c.start + m.start(), c.start + m.end()) for m in _COPY_WORD.finditer(c.text)] for c in (ca, cb))
    return ((list(ka[i1:i2]), (sa[i1][0], sa[i2 - 1][1])),
            (list(kb[j1:j2]), (sb[j1][0], sb[j2 - 1][1])))


def quoted_at(claim, span: tuple[int, int]) -> bool:
    """Whether characters of a claim's file lie inside one of its quotations."""
    return any(q.start <= span[0] and span[1] <= q.end for q in (claim.facts.quotes if claim.facts else []))
