"""Injected discrepancies: how many typed edits of one outlet's copy of an agreed fact a check finds.

From a gold file and its corpus, :func:`plan_edits` proposes edits of one member of an
agreement at a time: the member's element (a number, a weekday, a month-day, a year, a
person's or place's name, words of a quote, a reported act, a "first") is changed only where
a member of the same agreement in another file states the same element, so that the edited
copy conflicts with a copy that was left alone (or, on a page that holds several outlets'
articles, in another outlet's article of the same file: ``pages``). :func:`rounds` packs the
edits into runs with at most one edit per story (findings never span stories, so edits in different stories do
not meet), and :func:`judge` reads a run's report: an edit is *found* when a finding of the
edit's type (or, for an edit inside quotation marks, a quote finding: the quotation's wording
changed) links the edited claim with a claim of an untouched counterpart, *found with
another type* when only findings of other types do, else *missed*; whether the alignment
grouped the edited claim with a counterpart at all tells alignment misses from comparison
misses. ``benchmarks/mutate.py`` runs it all. On coverage nobody annotated,
:func:`verbatim_agreements` makes the agreements from the corpus itself: sentences of two outlets
of one story that share eight words in a row (``--verbatim``).

The edits imitate copy-editing slips and misreporting: figures nudged or rounded the wrong
way, written out in words, days and dates moved by one or two, a name swapped for another
of the same kind from the same story, a word of a quote replaced or dropped, a reported act
turned into an expected one ("agreed" -> "is expected to agree") and back, "first" into
"second", and a surname misspelled as copy desks misspell them (a consonant doubled or
undoubled, "ie" for "ei", "-sen" for "-son", "-ey" for "-y", one vowel for another). The
misspellings are planned in a pass of their own, one for an agreement at most, with a random
sequence of their own: the other edits are the same with or without them.
"""
from __future__ import annotations

import random
import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ..claims.facts import NAMED_BY_NUMBER

#: Edit types and the finding type that should report them.
FINDING_TYPE = {
    "number": "number", "number-words": "number", "weekday": "date", "month-day": "date",
    "year": "date", "person": "entity", "place": "entity", "quote-word": "quote",
    "quote-drop": "quote", "status-expected": "status", "status-done": "status", "first": "framing",
    "spelling": "entity",
}

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|March|April|May|June|July|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
_NUMBER = re.compile(r"(?<![\w.,/-])(\$?)(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?![\w/-]|,\d|\.\d)")
_MONTH_DAY = re.compile(MONTHS + r"\s+(\d{1,2})\b")
#: the end of a span of days after its first day ("Aug. 23-24", "August 23 and 24", "23 to 25")
_RANGE_END = re.compile(r"\s*(?:[-–—]|and|to|through)\s*(\d{1,2})\b")
_YEAR = re.compile(r"(?<![\w$.,-])((?:19|20)\d\d)(?![\w-])")
_WEEKDAY = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\b")
_QUOTED = re.compile(r"[\"“]([^\"”]{12,})[\"”]")
_FIRST = re.compile(r"\bfirst\b", re.I)
#: what follows a "first" that is a word of a name or a list's first point, not a claim of a first
_IN_A_NAME = re.compile(r"\s+[A-Z]|,")
_EXPECTED = re.compile(r"\b(?:is|are|was|were)\s+(?:expected|scheduled|set|poised|likely)\s+to\s+(be\s+[a-z]+ed|[a-z]+)\b")
#: Written-out numbers the harness writes (reading them is text2num's work in the checker).
_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
          "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
          "nineteen", "twenty")
_EXPECTATIONS = ("is expected to", "is set to", "plans to", "is likely to", "could")


@dataclass(frozen=True)
class Edit:
    """One typed change of one file: ``text[start:end]`` becomes ``new``."""

    kind: str
    file: str
    start: int
    end: int
    old: str
    new: str
    agreement: str
    member: dict  # the gold reference edited
    counterparts: tuple[dict, ...]  # members of the agreement in other files that state the element
    #: the agreement's other members in other files (those whose sentence states the element
    #: count as counterparts when the run is judged)
    others: tuple[dict, ...] = ()

    @property
    def finding_type(self) -> str:
        return FINDING_TYPE[self.kind]


@dataclass
class Outcome:
    edit: Edit
    verdict: str  # found, other type, missed, unlocated
    grouped: bool  # the edited claim shares a group with a counterpart
    types: tuple[str, ...] = ()
    claim: str | None = None  # the edited claim's id in the run's report
    alike: float = 0.0  # the best pair probability but for one element, edited claim to counterpart
    probability: float = 0.0  # the best pair probability, edited claim to counterpart


@dataclass
class Stories:
    """Files joined into stories by the agreements that span them."""

    of_file: dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_gold(cls, gold: dict) -> Stories:
        from .gold import gold_stories

        return cls({f: root for root, files in gold_stories(gold).items() for f in files})


def _sub_number(value: float, rng: random.Random) -> float:
    if value <= 20 and value == int(value):
        step = rng.choice((-2, -1, 1, 1, 2, 3))
        return value + step if value + step > 0 and value + step != value else value + 1
    factor = rng.choice((0.5, 0.8, 0.9, 1.1, 1.2, 1.5, 2.0))
    new = value * factor
    digits = len(str(int(value)).rstrip("0")) or 1
    magnitude = 10 ** max(0, len(str(int(value))) - max(digits, 2))
    new = round(new / magnitude) * magnitude if value == int(value) else round(new, 1)
    return new if new != value else value + magnitude


def _format_like(old_digits: str, value: float) -> str:
    if "." in str(value) and value != int(value):
        return f"{value:.1f}"
    v = int(value)
    return f"{v:,}" if "," in old_digits or v >= 10000 and "," in old_digits else str(v)


def _numbers(text: str):
    for m in _NUMBER.finditer(text):
        if re.search(MONTHS + r"\s*$", text[: m.start()]):
            continue  # the day of a date: a date edit
        if NAMED_BY_NUMBER.search(text, max(0, m.start() - 20), m.start()):
            continue  # "Flight 212", "Amendment 12": a name, no figure
        digits = m.group(2)
        value = float(digits.replace(",", "") + (m.group(3) or ""))
        if 1900 <= value <= 2100 and not m.group(1) and "," not in digits:
            continue  # a year: a date edit
        yield m, value


def _values(text: str) -> set[float]:
    """The numbers a text states, in figures or in words ("Fourteen died")."""
    from text_to_num import alpha2digit

    return {v for _, v in _numbers(alpha2digit(text, "en"))} | {v for _, v in _numbers(text)}


def plan_edits(gold: dict, corpus: Path, nlp=None, seed: int = 0, per_member: int = 2,
               pages: dict[str, list[tuple[int, int, str]]] | None = None) -> list[Edit]:
    """Every edit the agreements of ``gold`` allow (at most ``per_member`` per member), in a
    reproducible order. ``nlp`` (a spaCy pipeline) finds names and reported acts; without it,
    name and status edits are not proposed. ``pages``: file -> its articles (start, end, whose
    word), from :func:`articles_by_file`; a member in another outlet's article of the same
    file is a counterpart too (a page that carries several outlets' reports). Without it, a
    file is one outlet's."""
    from ..claims import parser_text

    rng = random.Random(seed)
    texts: dict[str, str] = {}

    def text(file: str) -> str:
        if file not in texts:
            texts[file] = (Path(corpus) / file).read_text(encoding="utf-8")
        return texts[file]

    names_by_story: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    stories = Stories.from_gold(gold)
    docs: dict[tuple[str, str], object] = {}

    def doc(ref: dict):
        key = (ref["file"], ref["quote"])
        if key not in docs and nlp is not None:
            docs[key] = nlp(parser_text(ref["quote"]))
        return docs.get(key)

    if nlp is not None:
        for ag in gold.get("agreements", []):
            for m in ag["members"]:
                for e in doc(m).ents:
                    if e.label_ in ("PERSON", "GPE") and _a_name(e.text) and (e.label_ == "GPE" or len(e.text.split()) > 1):
                        names_by_story[stories.of_file.get(m["file"], m["file"])][e.label_].add(e.text)

    files_of: dict[str, list[str]] = defaultdict(list)
    for f in sorted({r["file"] for ag in gold.get("agreements", []) for r in ag["members"]}):
        files_of[stories.of_file.get(f, f)].append(f)
    story_texts: dict[str, str] = {}

    def story_text(file: str) -> str:
        """The text of every file of the story ``file`` is in (where a name's surname is read)."""
        root = stories.of_file.get(file, file)
        if root not in story_texts:
            story_texts[root] = "\n".join(text(f) for f in files_of.get(root, [file]))
        return story_texts[root]

    people_words: dict[str, frozenset[str]] = {}

    def story_people(file: str) -> frozenset[str]:
        """The words of the names of two words or more the parser tags as people anywhere in
        the files of the story ``file`` is in (a place is never put for one of them, nor one
        of them taken for a place: "Vance" of "Tom Vance" tagged a place once)."""
        root = stories.of_file.get(file, file)
        if root not in people_words:
            people_words[root] = frozenset(w for f in files_of.get(root, [file]) for e in nlp(parser_text(text(f))).ents
                                           if e.label_ == "PERSON" and len(e.text.split()) > 1 for w in e.text.split())
        return people_words[root]

    # a paragraph a member's names and verbs are read in is parsed once (:func:`_in_sentence`)
    paragraph = lru_cache(maxsize=64)(nlp) if nlp is not None else None
    published = {a["file"]: _year(a.get("published")) for a in gold.get("articles", [])}
    edits: list[Edit] = []
    for ag in gold.get("agreements", []):
        for m in ag["members"]:
            others = _copies_elsewhere(ag, m, text, pages)
            if not others:
                continue
            t = text(m["file"])
            base = t.find(m["quote"])
            if base < 0:
                continue
            q = m["quote"]
            found: list[Edit] = []
            # (kind, where) of edits drawn but not made: a "first" of a name, a name the sentence
            # already writes, a place within the other
            not_made: set[tuple[str, int]] = set()

            def add(kind, s, e, new, counterparts):
                if counterparts and new != q[s:e]:
                    found.append(Edit(kind, m["file"], base + s, base + e, q[s:e], new, ag["id"], m,
                                      tuple(counterparts), tuple(others)))

            for mt, value in _numbers(q):
                cps = [o for o in others if value in _values(o["quote"])]
                new = _sub_number(value, rng)
                s, e = mt.start(2), mt.end(3) if mt.group(3) else mt.end(2)
                if new == int(new) and 0 < new <= 20 and rng.random() < 0.4:
                    word = _WORDS[int(new)]
                    at_start = s - (1 if mt.group(1) else 0) == 0 or q[:s].rstrip().endswith((".", "\"", "“"))
                    add("number-words", s, e, word.capitalize() if at_start else word, cps)
                else:
                    add("number", s, e, _format_like(mt.group(2), new), cps)
            for mt in _WEEKDAY.finditer(q):
                cps = [o for o in others if mt.group(1) in o["quote"]]
                k = WEEKDAYS.index(mt.group(1))
                add("weekday", mt.start(1), mt.end(1), WEEKDAYS[(k + rng.choice((-2, -1, 1, 2))) % 7], cps)
            for mt in _MONTH_DAY.finditer(q):
                day = int(mt.group(1))
                cps = [o for o in others if re.search(r"\b%d\b" % day, o["quote"]) and _MONTH_DAY.search(o["quote"])]
                new = day + rng.choice((-2, -1, 1, 2))
                new = new if 1 <= new <= 28 else day - 1 if day > 1 else day + 1
                add("month-day", mt.start(1), mt.end(1), str(new), cps)
                end = _RANGE_END.match(q, mt.end(1))
                if end and new >= int(end.group(1)):
                    # "Aug. 23-24" made "Aug. 25-24": a span that ends before it starts reads as no
                    # copy's slip. Drawn, never made
                    not_made.add(("month-day", base + mt.start(1)))
            for mt in _YEAR.finditer(q):
                cps = [o for o in others if mt.group(1) in o["quote"]]
                add("year", mt.start(1), mt.end(1), str(int(mt.group(1)) + rng.choice((-1, 1))), cps)
            for mt in _QUOTED.finditer(q):
                words = list(re.finditer(r"[A-Za-z]{4,}", mt.group(1)))
                cps = [o for o in others if _shared_run(mt.group(1), o["quote"]) >= 4]
                if len(words) < 3 or not cps:
                    continue
                w = words[rng.randrange(1, len(words))]
                s, e = mt.start(1) + w.start(), mt.start(1) + w.end()
                if rng.random() < 0.5:
                    ws = s - 1 if q[s - 1] == " " else s
                    add("quote-drop", ws, e, "", cps)
                    if not re.search(r"[A-Za-z]", mt.group(1)[w.end():]):
                        # the quotation's last word dropped: the quote cut short, as outlets
                        # cut quotes, and no misquotation. Drawn, never made
                        not_made.add(("quote-drop", base + ws))
                else:
                    add("quote-word", s, e, _replacement(w.group(0), t, rng), cps)
                    if w.group(0)[:1].isupper():
                        # a name in the quotation ("senior Vance campaign officials") put as a common
                        # word ("senior Plead campaign officials"): a misheard word of a quotation is
                        # a common one, a misheard name a spelling. Drawn, never made
                        not_made.add(("quote-word", base + s))
            for mt in _FIRST.finditer(q):
                cps = [o for o in others if _FIRST.search(o["quote"])]
                add("first", mt.start(), mt.end(), "second" if mt.group(0).islower() else "Second", cps)
                if _IN_A_NAME.match(q, mt.end()) or _adverb_at(doc(m), mt.start()):
                    # "First Amendment", "First Lady": a name, no claim of a first; "First,": a list's
                    # first point; "first met in June": an adverb, and "second met" reads as no copy
                    # would. Drawn (the draws of the other edits stay as they were), never made
                    not_made.add(("first", base + mt.start()))
            d = doc(m)
            if d is not None:
                story = names_by_story[stories.of_file.get(m["file"], m["file"])]
                told = story_text(m["file"])
                people = story_people(m["file"]) | {w for n in story["PERSON"] for w in n.split()}
                for ent in d.ents:
                    if ent.label_ not in ("PERSON", "GPE") or not _a_name(ent.text):
                        continue
                    last = ent.text.split()[-1]
                    cps = [o for o in others if last in o["quote"]]
                    pool = sorted(n for n in story[ent.label_] if last not in n and _surname(n, told) not in ent.text)
                    if not pool:
                        continue
                    other = rng.choice(pool)
                    # a surname for a surname ("Vance" -> "Ruiz"); a place always whole: the last
                    # word of "Port Arlow" or "New Arlow City" is no place
                    new = other if len(ent.text.split()) > 1 or ent.label_ != "PERSON" else _surname(other, told)
                    kind = "person" if ent.label_ == "PERSON" else "place"
                    add(kind, ent.start_char, ent.end_char, new, cps)
                    # the member's whole sentence, not the gold's fragment of it, is what must not
                    # already write the name put in ("Vance was sued by his aide, Vance")
                    whole = _in_sentence(paragraph, t, base + ent.start_char) if cps else None
                    if _unlike_a_misreport(kind, ent.text, new, whole.sent.text if whole is not None else q) \
                            or _misread(ent, other) \
                            or kind == "place" and (ent.text in people or new in people) \
                            or kind == "person" and not named_in_full(ent.text, told):
                        # (a "place" that is a word of a person's name the story gives is the parser's
                        # misreading of a name, and a place put for a person, or a person for a
                        # place, is no slip of copy; a "person" the story never names in full is a
                        # service or a firm the parser read as one: "his Quillr account")
                        not_made.add((kind, base + ent.start_char))
                for tok in d:
                    if tok.tag_ == "VBD" and tok.dep_ == "ROOT" and tok.lemma_.isalpha() and tok.lemma_ not in ("be", "have", "say"):
                        cps = [o for o in others if _says_the_verb(o["quote"], tok)]
                        phrase = rng.choice(_EXPECTATIONS)
                        if cps:
                            whole = _in_sentence(paragraph, t, base + tok.idx)
                            phrase = _agreeing(phrase, whole)
                            if whole is None or whole.tag_ != "VBD" or _dated_past(whole, published.get(m["file"])):
                                # a participle the quote's fragment read as a verb ("the letters were
                                # mailed over years"), or an act the sentence dates in the past ("voted
                                # last month"): "plans to vote last month" is no copy's
                                not_made.add(("status-expected", base + tok.idx))
                        add("status-expected", tok.idx, tok.idx + len(tok.text), f"{phrase} {tok.lemma_}", cps)
                for mt in _EXPECTED.finditer(q):
                    verb = mt.group(1)
                    cps = [o for o in others if re.search(r"\b" + verb[:4], o["quote"])]
                    add("status-done", mt.start(), mt.end(), _past(verb), cps)
            rng.shuffle(found)
            kinds_taken: set[str] = set()
            for ed in (x for x in found if (x.kind, x.start) not in not_made):
                if len([x for x in edits if x.member is m]) >= per_member:
                    break
                if ed.kind not in kinds_taken:
                    kinds_taken.add(ed.kind)
                    edits.append(ed)
    if nlp is not None:
        edits += _misspellings(gold, text, doc, random.Random(f"{seed}:spelling"), story_text, pages)
    return edits


_VOWELS = "aeiou"
_DOUBLED = "bcdfglmnprstz"  # consonants English spelling doubles


def misspell(word: str, rng: random.Random) -> str | None:
    """``word`` (a surname) as a copy desk might misspell it, its first letter kept; None when
    no form above applies ("Ng" is too short; "Okonkwo" has no doubled or doublable consonant,
    no "ei" or "ie", no ending of those, no inner "a" or "e")."""
    if len(word) < 4 or not word.isalpha():
        return None
    low = word.lower()
    options: list[str] = []
    for i in range(1, len(word) - 1):
        # a consonant between two vowels, the second one sounded: "Haroldson" -> "Harroldson"
        if low[i] in _DOUBLED and low[i - 1] in _VOWELS and low[i + 1] in _VOWELS \
                and not (low[i + 1] == "e" and i + 2 == len(low)):
            options.append(word[: i + 1] + word[i] + word[i + 1 :])
        if word[i] == word[i + 1] and low[i] in _DOUBLED:
            options.append(word[:i] + word[i + 1 :])  # "Pettigrew" -> "Petigrew"
    for a, b in (("ei", "ie"), ("ie", "ei")):
        k = low.find(a, 1)
        if k > 0:
            options.append(word[:k] + b + word[k + 2 :])
    for a, b in (("son", "sen"), ("sen", "son"), ("ey", "y"), ("y", "ey"), ("man", "mann"), ("mann", "man")):
        if low.endswith(a) and len(low) > len(a) + 1 and not low.endswith(b):
            options.append(word[: len(word) - len(a)] + b)
    if not options:
        inner = [i for i in range(1, len(word) - 1) if low[i] in "ae"]
        options += [word[:i] + ("e" if low[i] == "a" else "a") + word[i + 1 :] for i in inner]
    options = sorted({o for o in options if o.lower() != low})
    return rng.choice(options) if options else None


#: words in a row two outlets' sentences must share to be taken as copies of one fact on
#: coverage nobody annotated (:func:`verbatim_agreements`): a quotation both give, or wire copy.
#: Eight: runs of six also joined sentences that share a title and a name ("harbour board
#: chairwoman Ana Ruiz's ...") and tell two facts
VERBATIM_RUN = 8


@dataclass(frozen=True)
class Sentence:
    """A claim as :func:`verbatim_agreements` reads it: its file, outlet, story, words and span."""

    file: str
    outlet: str | None
    story: str | None
    text: str
    start: int
    end: int


def _longest_run(a: list[str], b: list[str]) -> int:
    """The most words in a row two word lists share."""
    best, prev = 0, [0] * (len(b) + 1)
    for x in a:
        cur = [0] * (len(b) + 1)
        for j, y in enumerate(b):
            if x == y:
                cur[j + 1] = prev[j] + 1
                best = max(best, cur[j + 1])
        prev = cur
    return best


def verbatim_agreements(sentences: list[Sentence], min_run: int = VERBATIM_RUN) -> dict:
    """A gold file's agreements for coverage nobody annotated: sentences of two outlets of one
    story that share ``min_run`` words in a row are copies of one fact, and each connected set
    of such sentences (over two files at least) is one agreement. With it the harness edits
    one outlet's copy as on an annotated corpus; the copies are near-verbatim, so what it
    measures is the comparisons where the alignment has an easy task, on any coverage."""
    words = [re.findall(r"\w+", s.text.casefold()) for s in sentences]
    parent = list(range(len(sentences)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    by_story: dict[str | None, list[int]] = defaultdict(list)
    for i, s in enumerate(sentences):
        if s.story is not None:
            by_story[s.story].append(i)
    for idx in by_story.values():
        for x, i in enumerate(idx):
            for j in idx[x + 1:]:
                si, sj = sentences[i], sentences[j]
                if si.outlet == sj.outlet or si.file == sj.file or len(words[i]) < min_run or len(words[j]) < min_run:
                    continue
                if root(i) != root(j) and _longest_run(words[i], words[j]) >= min_run:
                    parent[root(j)] = root(i)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(sentences)):
        groups[root(i)].append(i)
    agreements = []
    for members in sorted(g for g in groups.values() if len({sentences[i].file for i in g}) >= 2):
        agreements.append({"id": f"verbatim-{len(agreements) + 1}", "statement": "",
                           "members": [{"file": sentences[i].file, "quote": sentences[i].text} for i in members]})
    return {"version": 1, "agreements": agreements}


def report_sentences(report, corpus: Path) -> list[Sentence]:
    """The claims of a report on the text files of ``corpus``, as :func:`verbatim_agreements`
    reads them (the words of each claim's span in its file; claims of other files left out)."""
    articles = {a.id: a for a in report.articles}
    texts: dict[str, str | None] = {}
    out = []
    for c in report.claims:
        art = articles[c.article]
        name = Path(art.source).name
        if name not in texts:
            path = Path(corpus) / name
            texts[name] = path.read_text(encoding="utf-8") if path.suffix in (".txt", ".md") and path.is_file() else None
        text = texts[name]
        if text is None or text[c.start:c.end].strip() != c.text.strip():
            continue
        out.append(Sentence(name, art.whose(), art.story, text[c.start:c.end].strip(), c.start, c.end))
    return out


def articles_by_file(articles) -> dict[str, list[tuple[int, int, str]]]:
    """File name -> (start, end, whose word) of each of its articles, from a report's or a
    loaded corpus's articles (crosscheck.models.Article)."""
    out: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for a in articles:
        out[Path(a.source).name].append((a.start, a.end, a.whose()))
    return dict(out)


def _copies_elsewhere(ag: dict, m: dict, text, pages) -> list[dict]:
    """The members of agreement ``ag`` that other outlets wrote than member ``m``'s
    (:func:`_other_outlets`): the copies an edit of ``m`` is set against."""
    return [o for o in ag["members"] if o is not m and _other_outlets(m, o, text, pages)]


def _other_outlets(m: dict, o: dict, text, pages) -> bool:
    """Whether gold members ``m`` and ``o`` are two outlets' copies: in two files, or in two
    articles of one file (``pages``, :func:`articles_by_file`) that two outlets wrote."""
    if o["file"] != m["file"]:
        return True
    if not pages or m["file"] not in pages:
        return False
    t = text(m["file"])

    def whose(ref: dict) -> str | None:
        at = t.find(ref["quote"])
        return next((w for s, e, w in pages[m["file"]] if s <= at < e), None) if at >= 0 else None
    wm, wo = whose(m), whose(o)
    return wm is not None and wo is not None and wm != wo


def _misspellings(gold: dict, text, doc, rng: random.Random, story_text=None, pages=None) -> list[Edit]:
    """One misspelled surname for each agreement whose members name a person that a member in
    another file names too (the surname as written there); not a name the story never writes
    in full (``story_text``: the text of the story of a file), which names no person."""
    out: list[Edit] = []
    for ag in gold.get("agreements", []):
        found: list[Edit] = []
        misread: set[int] = set()  # the places in ``found`` of names the parser misread (:func:`_misread`)
        for m in ag["members"]:
            others = _copies_elsewhere(ag, m, text, pages)
            t, d = text(m["file"]), doc(m)
            base = t.find(m["quote"])
            if not others or d is None or base < 0:
                continue
            for ent in d.ents:
                if ent.label_ != "PERSON" or not _a_name(ent.text):
                    continue
                last = ent.text.split()[-1]
                cps = tuple(o for o in others if re.search(r"(?<!\w)" + re.escape(last) + r"(?!\w)", o["quote"]))
                new = misspell(last, rng)
                if not cps or new is None:
                    continue
                s = ent.end_char - len(last)
                found.append(Edit("spelling", m["file"], base + s, base + ent.end_char, last, new, ag["id"], m,
                                  cps, tuple(others)))
                if _misread(ent):
                    misread.add(len(found) - 1)
        if found:
            at = rng.randrange(len(found))  # drawn among all (as choice() draws), so the other agreements' draws stay as they were
            pick = found[at]
            if at not in misread and (story_text is None or named_in_full(pick.old, story_text(pick.file))):
                out.append(pick)
    return out


def named_in_full(name: str, told: str) -> bool:
    """Whether a person's name, as a member writes it, is one the story (``told``: its text)
    gives a person in full: a name of two words or more, or a word the story writes beside
    another part of a name, in either order ("Vance" of "Tom Vance" or "Tom A. Vance"; "Lin"
    of "Lin Dara"). That other part is a capitalised word, neither a title (nameparser's:
    "Senator Vance") nor a function word ("On Quillr"), that the story writes beside a name
    more often than alone: a surname beside a word ("the Vance campaign", "Vance Quillr") is
    written alone more often. The parser tags services, firms and products as people
    ("deleted his Quillr account"); a harness that swaps or misspells them as people makes
    edits no copy desk would."""
    if len(name.split()) > 1:
        return True
    if name.endswith("s") and len(name) > 4 and named_in_full(name[:-1], told):
        return True  # "the Vances": a family the story names a member of in full
    from nameparser.config import CONSTANTS
    from spacy.lang.en.stop_words import STOP_WORDS

    def a_name_part(w: str | None) -> bool:
        return bool(w) and w[:1].isupper() and w.casefold() not in STOP_WORDS \
            and w.casefold().rstrip(".") not in CONSTANTS.titles and not w.endswith(".")

    def neighbours(w: str) -> list[tuple[str | None, str | None]]:
        """The words right before and after each time ``w`` is written, its possessive too
        (None past punctuation; a possessive before it is no part of its name: "Vance's Quillr")."""
        out = []
        for m in re.finditer(rf"(?<![\w'’]){re.escape(w)}(?:['’]s)?(?![\w'’])", told):
            before = re.search(r"([A-Za-z][\w'’.-]*)\s+(?:[A-Z]\.\s+)?$", told[max(0, m.start() - 40): m.start()])
            after = re.match(r"\s+(?:[A-Z]\.\s+)?([A-Za-z][\w-]*)", told[m.end(): m.end() + 40]) \
                if not m.group(0).endswith("s") or m.group(0) == w else None
            b = before.group(1) if before else None
            out.append((None if b and b.endswith(("'s", "’s")) else b, after.group(1) if after else None))
        return out

    for before, after in neighbours(name):
        if a_name_part(before) and a_name_part(after):
            continue  # inside a run of capitalised words, a headline's ("Vance Quillr Photo Row")
        for other in (before, after):
            if not a_name_part(other):
                continue
            # the other part of the name: written beside a name part more often than alone
            near = neighbours(other)
            beside = sum(1 for b, a in near if a_name_part(b) or a_name_part(a))
            if beside > len(near) - beside:
                return True
    return False


def _respelled(finding, claim_id: str, edit: Edit) -> bool:
    """Whether a finding sets the edited claim's misspelling itself against another outlet's
    spelling: a name's spelling is the story's, so the finding may give any sentence of the
    other outlet that writes the name, not only the agreement's counterpart. Only for
    misspellings, and only where the finding gives the edited claim's value as the respelled
    word."""
    if edit.kind != "spelling":
        return False
    value = finding.values.get(claim_id, "")
    return re.search(r"(?<!\w)" + re.escape(edit.new) + r"(?!\w)", value) is not None


def _states(text: str, edit: Edit) -> bool:
    """Whether ``text`` states the element an edit changed: the words it replaced (of a name,
    the last one: "Vance" of "Tom Vance")."""
    old = edit.old.strip()
    key = old.split()[-1] if edit.kind in ("person", "place") and old else old
    return bool(key) and re.search(r"(?<!\w)" + re.escape(key) + r"(?!\w)", text) is not None


def _shared_run(a: str, b: str) -> int:
    return _longest_run(re.findall(r"\w+", a.lower()), re.findall(r"\w+", b.lower()))


def _replacement(word: str, text: str, rng: random.Random) -> str:
    """Another word of the article of about the same length (a misheard or mistyped word)."""
    pool = sorted({w for w in re.findall(r"\b[a-z]{4,}\b", text) if w != word.lower() and abs(len(w) - len(word)) <= 3})
    new = rng.choice(pool) if pool else word[::-1]
    return new.capitalize() if word[0].isupper() else new


def _unlike_a_misreport(kind: str, old: str, new: str, quote: str) -> bool:
    """Whether a name put for another would read as no misreport: the member's sentence
    (``quote``) already writes it ("Norland and Estland" made "Norland and Norland"; one
    person acting on himself: "Vance was sued by his aide, Ana Ruiz" made "... his aide,
    Vance"), or one place holds the other ("his home in Pelland" made "in Norland", the country
    Pelland lies in: true of the same home, and no discrepancy)."""
    if any(re.search(r"(?<!\w)" + re.escape(n) + r"(?!\w)", quote) for n in {new, new.split()[-1] if kind == "person" else new}):
        return True  # (a person's surname counts: "Vance was sued by his aide, Tom Vance")
    if kind == "place":
        from ..compare import places_nested

        return places_nested(old, new)
    return False


def _says_the_verb(text: str, tok) -> bool:
    return re.search(r"\b" + re.escape(tok.text), text) is not None


def _surname(name: str, told: str) -> str:
    """The word of a full name the story's text (``told``) writes most often alone, away from the
    name's other words and with no name after it (a given name comes before a surname: "Tom
    A. Ellis" is no "Tom" alone): its surname, whichever order the name is written in ("Tanaka"
    of "Tanaka Kenji" where the story writes "Prime Minister Tanaka" alone); the last word where
    none is written alone."""
    words = name.split()

    def alone(w: str) -> int:
        others = [re.escape(x) for x in words if x != w]
        after = "".join(f"(?<!{x} )" for x in others)  # (one look-behind a word: each is of fixed width)
        return len(re.findall(rf"(?<!\w){after}{re.escape(w)}(?!\w)(?!\s+[A-Z])", told))
    counts = [alone(w) for w in words]
    best = max(counts)
    return words[-1] if best == 0 or counts[-1] == best else words[counts.index(best)]


def _adverb_at(d, at: int) -> bool:
    """Whether the parse ``d`` (None: no parser) reads the word at ``at`` as an adverb."""
    return d is not None and any(tok.idx == at and tok.pos_ == "ADV" for tok in d)


def _a_name(text: str, label: str = "") -> bool:
    """A name worth swapping: capitalised words, not a numeral ("III") or a possessive; a
    person's holds no word that names a building or a road ("Pelland Memorial Stadium", which
    the parser may tag a person)."""
    words = text.split()
    return all(w[:1].isupper() and w.rstrip(".").replace("-", "").isalpha() for w in words) \
        and words[-1] not in ("II", "III", "IV", "Jr.", "Sr.") and len(words[-1]) > 2 \
        and not (label == "PERSON" and _BUILT & {w.casefold() for w in words})


def _misread(ent, other: str | None = None) -> bool:
    """Whether a name the parser found (``ent``), or the name drawn to put for it (``other``),
    is no person's or place's as the parser tags it: a "person" whose name holds a word of a
    building or a road, or a state's abbreviation standing alone (:func:`_abbreviated_alone`).
    Checked once drawn, so the draws of the other edits stay as they were."""
    names = [ent.text] + ([other] if other else [])
    return any(not _a_name(n, ent.label_) for n in names) or _abbreviated_alone(ent) \
        or (other is not None and ent.label_ == "GPE" and other.endswith(".") and not ent.text.endswith("."))


def _abbreviated_alone(ent) -> bool:
    """A place the parser reads in an abbreviation that stands on its own ("owes the win to Del.",
    a man's nickname): a state's abbreviation is written after its town and a comma ("Pelland,
    Va."); alone it is more often a person's nickname or another word than a place."""
    return ent.label_ == "GPE" and ent.text.endswith(".") and not ent.doc.text[: ent.start_char].rstrip().endswith(",")


#: words of the names of buildings, grounds and roads, seldom a person's
_BUILT = frozenset({"stadium", "arena", "avenue", "street", "boulevard", "plaza", "airport", "station", "university",
                    "college", "hospital", "center", "centre", "building", "bridge", "highway", "ballpark", "library",
                    "museum", "cathedral", "memorial"})


#: the expectation the harness writes, made to agree with the verb's subject and clause: a
#: plural subject's ("two ferries are expected to sail"), and, in a clause that sets an act in
#: the past of the main one ("a day after the council rejected it", "since the mayor resigned"),
#: the past's ("was expected to reject"): copy reads so; "a day after the council is expected to
#: reject it" does not
_PLURAL = {"is expected to": "are expected to", "is set to": "are set to", "plans to": "plan to", "is likely to": "are likely to"}
_PAST = {"is expected to": "was expected to", "is set to": "was set to", "plans to": "planned to", "is likely to": "was likely to"}
#: clauses that tell an act as background to the main one ("when ...", "after ...", "who ...")
_BACKGROUND = ("advcl", "relcl", "acl")
#: words that date an act in the past ("met two weeks ago", "voted last month")
_PAST_WORDS = frozenset({"ago", "yesterday", "previously", "earlier", "already", "formerly"})
_TIME_NOUNS = frozenset({"week", "month", "year", "night", "weekend", "spring", "summer", "fall", "autumn", "winter",
                         "season", "term", "session", "decade", "century"})
#: the dependents of a verb that are clauses of their own, whose words do not date it
_CLAUSES = ("relcl", "ccomp", "advcl", "acl", "xcomp", "csubj", "conj", "parataxis")


def _year(published) -> int | None:
    text = str(published or "")
    return int(text[:4]) if text[:4].isdigit() else None


def _dated_past(tok, year: int | None = None) -> bool:
    """Whether the verb ``tok`` (its token in the sentence's parse) is dated in the past by its
    own words: "ago", "last month", "earlier", or a year before ``year`` (the article's)."""
    todo = [c for c in tok.children if c.dep_ not in _CLAUSES]
    while todo:
        k = todo.pop()
        w = k.lower_
        if w in _PAST_WORDS or w == "last" and k.head.lemma_ in _TIME_NOUNS \
                or year is not None and re.fullmatch(r"(?:1[89]|20)\d\d", w) and int(w) < year:
            return True
        todo.extend(c for c in k.children if c.dep_ not in _CLAUSES)
    return False


def _in_sentence(nlp, text: str, at: int):
    """The token at ``at`` in the parse of its paragraph (the member's words read in their whole
    sentence, not as the fragment the gold quotes), or None. ``nlp``: the parser, or a cache of
    it (the same paragraph is read for each name and verb of a member)."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    end = len(text) if end < 0 else end
    from ..claims import parser_text

    return next((tok for tok in nlp(parser_text(text[start:end])) if tok.idx == at - start), None)


def _agreeing(phrase: str, tok) -> str:
    """``phrase`` (one of _EXPECTATIONS) as it reads before the verb ``tok`` (its token in the
    whole sentence's parse): plural for a plural subject, past in a background clause."""
    if tok is None:
        return phrase
    head = tok.head if tok.dep_ == "conj" else tok
    subjects = [k for k in (tok.children if any(k.dep_ in ("nsubj", "nsubjpass") for k in tok.children) else head.children)
                if k.dep_ in ("nsubj", "nsubjpass")]
    plural = any(k.tag_ in ("NNS", "NNPS") or k.lower_ in ("they", "we") or any(c.dep_ == "conj" for c in k.children)
                 for k in subjects)
    if head.dep_ in _BACKGROUND:
        phrase = _PAST.get(phrase, phrase)
        return phrase.replace("was ", "were ", 1) if plural else phrase
    return _PLURAL.get(phrase, phrase) if plural else phrase


def _past(verb: str) -> str:
    if verb.startswith("be "):
        return "was " + verb[3:]
    irregular = {"meet": "met", "take": "took", "make": "made", "give": "gave", "go": "went", "win": "won",
                 "leave": "left", "begin": "began", "run": "ran", "sign": "signed", "hold": "held", "lose": "lost",
                 "become": "became", "come": "came", "tell": "told", "find": "found", "send": "sent"}
    if verb in irregular:
        return irregular[verb]
    if verb.endswith("e"):
        return verb + "d"
    if verb.endswith("y") and verb[-2:-1] not in "aeiou":
        return verb[:-1] + "ied"
    return verb + "ed"


def rounds(edits: list[Edit], stories: Stories, limit: int | None = None) -> list[list[Edit]]:
    """The edits packed into runs: at most one per story in each run."""
    queues: dict[str, list[Edit]] = defaultdict(list)
    for e in edits:
        queues[stories.of_file.get(e.file, e.file)].append(e)
    out: list[list[Edit]] = []
    while any(queues.values()):
        out.append([q.pop(0) for q in queues.values() if q])
        if limit is not None and len(out) >= limit:
            break
    return out


def apply(texts: dict[str, str], edits: list[Edit]) -> dict[str, str]:
    """The texts with ``edits`` made (any number per file, none overlapping)."""
    out = dict(texts)
    by_file: dict[str, list[Edit]] = defaultdict(list)
    for e in edits:
        by_file[e.file].append(e)
    for f, es in by_file.items():
        t = out[f]
        for e in sorted(es, key=lambda e: -e.start):
            assert t[e.start:e.end] == e.old, (f, e)
            t = t[: e.start] + e.new + t[e.end:]
        out[f] = t
    return out


def inside_quotation(text: str, at: int) -> bool:
    """Whether character ``at`` stands inside quotation marks (within its paragraph), the marks
    read as the claims' quotations are (crosscheck.claims.open_quotation)."""
    from ..claims import open_quotation

    return open_quotation(text[text.rfind("\n", 0, at) + 1:at])


def judge(report, edit: Edit, texts: dict[str, str], alignment=None) -> Outcome:
    """How the report of a run that made ``edit`` (among others in other stories) saw it;
    ``texts``: the corpus before the edits."""
    from .gold import TYPE_ALIASES, claim_covering

    file_of = {a.id: Path(a.source).name for a in report.articles}
    by_file: dict[str, list] = defaultdict(list)
    for c in report.claims:
        by_file[file_of.get(c.article)].append(c)
    qs = texts[edit.file].find(edit.member["quote"])
    qe = qs + len(edit.member["quote"]) + len(edit.new) - len(edit.old)
    edited = claim_covering(by_file.get(edit.file, []), qs, qe)
    others = []
    for ref in edit.counterparts + tuple(r for r in edit.others if r not in edit.counterparts):
        i = texts[ref["file"]].find(ref["quote"])
        c = claim_covering(by_file.get(ref["file"], []), i, i + len(ref["quote"]))
        # a member whose gold quote leaves the element out counts when its sentence states it
        # ("abruptly resigned on Friday" of a sentence that names who resigned)
        if c is not None and c.id not in others and (ref in edit.counterparts or _states(c.text, edit)):
            others.append(c.id)
    if edited is None or not others:
        return Outcome(edit, "unlocated", False, claim=edited.id if edited else None)
    groups = [set(g.claims) for g in report.groups]
    grouped = any(edited.id in g and any(o in g for o in others) for g in groups)
    types = tuple(sorted({f.type for f in report.findings if edited.id in f.claims
                          and (any(o in f.claims for o in others) or _respelled(f, edited.id, edit))}))
    want = set(TYPE_ALIASES.get(edit.finding_type, {edit.finding_type}))
    if inside_quotation(texts[edit.file], edit.start):
        want |= TYPE_ALIASES["quote"]  # a changed word of a quotation is a change of its wording
    verdict = "found" if any(t in want for t in types) else "other type" if types else "missed"
    alike = max((alignment.alike_but_for(edited.id, o) for o in others), default=0.0) if alignment else 0.0
    prob = max((alignment.probability(edited.id, o) for o in others), default=0.0) if alignment else 0.0
    return Outcome(edit, verdict, grouped, types, edited.id, alike, prob)
