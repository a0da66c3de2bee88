"""Articles to claims: sentences (from spaCy) with exact character spans.

A claim is a sentence of an article's body that states something checkable. Its span
indexes the same text as the article's, so an editor is always shown the exact words.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from ..ingest import LoadedArticle
from ..models import Claim
from .captions import is_caption, photo_days
from .hovercards import blank_cards
from .posts import posts_of

_WORD = re.compile(r"[^\W\d_]{2,}")
_OPENERS = "\"'“‘(["


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def sentence_spans(doc, offset: int = 0, text: str | None = None,
                   titles: frozenset[str] = frozenset()) -> Iterator[tuple[int, int]]:
    """Sentence spans of a spaCy doc, shifted by ``offset``; fragments joined to a neighbour.

    spaCy sometimes cuts after an opening quote, before a lower-case continuation or after a
    title written with a full stop ("praised Sgt." | "Ana Ruiz for ..."; ``titles``, such as
    "Sgt."); such a fragment is merged with the sentence it belongs to so that spans stay whole
    sentences. ``text`` is the doc's text when the caller has it (spaCy rebuilds it on every
    ``doc.text``).
    """
    spans: list[list[int]] = []
    text = doc.text if text is None else text
    for sent in doc.sents:
        s, e = _trim(text, sent.start_char, sent.end_char)
        if s >= e:
            continue
        frag = text[s:e]
        joins_previous = spans and (frag[0].islower() or frag[0] in ",;:)]”’" or len(_WORD.findall(frag)) < 2)
        ends_open = spans and (_ends_open(text[spans[-1][0]:spans[-1][1]].rstrip())
                               or _ends_on_title(text[spans[-1][0]:spans[-1][1]], titles))
        if joins_previous or ends_open:
            spans[-1][1] = e
        else:
            spans.append([s, e])
    for s, e in spans:
        yield s + offset, e + offset


def _ends_on_title(sentence: str, titles: frozenset[str]) -> bool:
    """Whether a sentence as cut ends on a title written with a full stop ("Harbour Patrol Capt."): the
    name it goes with is in the next fragment."""
    words = sentence.rsplit(None, 1)
    return bool(words) and words[-1].lstrip("\"'“‘(") in titles


def _ends_open(sentence: str) -> bool:
    """Whether a sentence as cut ends with a mark that opens what follows ('He said: "'); a
    straight mark that closes a quotation ('... of his." Ruiz, 29, lived ...') does not."""
    last = sentence[-1:]
    if last not in _OPENERS:
        return False
    if last == '"':
        return sentence.count('"') % 2 == 1
    if last == "'":
        return len(sentence) == 1 or sentence[-2].isspace()
    return True


def open_quotation(before: str) -> bool:
    """Whether a quotation opened in ``before`` is still open at its end, the double marks read
    in order: a curly mark opens or closes as it is drawn, a straight one closes a quotation that
    is open and opens one that is not. Pages mix the two ('“I find it disturbing," Ruiz said.':
    opened curly, closed straight; counted apart, the straight marks were odd and the curly ones
    unclosed, and the next sentence was read as still inside the quotation)."""
    open_ = False
    for ch in before:
        if ch == "“":
            open_ = True
        elif ch == "”":
            open_ = False
        elif ch == '"':
            open_ = not open_
    return open_


#: a sentence of fewer words holds no checkable claim ("Read more.", "Photo: AP")
CLAIM_WORDS = 3
#: a sentence is cut into two clause claims only when it has at least LONG tokens and each
#: side at least SIDE (chosen on the seeds: "X met Y ..., and confirmed Z" splits, "met and
#: talked" does not)
LONG = 25
SIDE = 10


def is_claim_text(text: str) -> bool:
    """Whether a sentence can hold a checkable claim: at least three words."""
    return len(_WORD.findall(text)) >= CLAIM_WORDS


def clause_spans(doc, s: int, e: int, text: str | None = None) -> list[tuple[int, int]]:
    """A long sentence that joins two statements ("X met Y ..., and confirmed Z") in two.

    The cut is before the "and" of a verb conjoined to the sentence's root, when both sides
    are long enough to stand as claims. Spans are relative to ``doc``, whose text is ``text``.
    """
    text = doc.text if text is None else text
    span = doc.char_span(s, e, alignment_mode="expand")
    if span is None or len(span) < LONG:
        return [(s, e)]
    root = span.root
    cuts = []
    for t in root.children:
        if t.dep_ == "conj" and t.pos_ in ("VERB", "AUX") and t.i > root.i:
            cc = [c for c in root.children if c.dep_ == "cc" and root.i < c.i < t.i]
            at = cc[-1] if cc else t
            left = doc[span.start : at.i]
            right = doc[at.i : span.end]
            between = doc[root.i : at.i].text
            if len(left) >= SIDE and len(right) >= SIDE and not open_quotation(text[s : at.idx]) and not re.search(r"--|—|–|\(", between):
                cuts.append(at.idx)
    out, start = [], s
    for c in sorted(cuts):
        a, b = _trim(text, start, c)
        while b > a and text[b - 1] in ",;":
            b -= 1
        out.append((a, b))
        start = c
    out.append(_trim(text, start, e))
    return [(a, b) for a, b in out if b > a]


def claims_of_articles(articles: list[LoadedArticle], nlp, data, batch_size: int = 64) -> list[list[Claim]]:
    """Claims of each article, with ids local to it (k1, k2, ...). The paragraphs of all the
    articles go through spaCy in one stream, so that its batches stay full."""
    from .nlp import reading_threads

    with reading_threads(1):
        return _read(articles, nlp, data, batch_size)


def _read(articles: list[LoadedArticle], nlp, data, batch_size: int) -> list[list[Claim]]:
    from .facts import FactContext, extract
    from .nlp import parser_text

    out: list[list[Claim]] = [[] for _ in articles]
    items = [(n, k, s, la.text[s:e]) for n, la in enumerate(articles) for k, (s, e) in enumerate(la.paragraphs)]
    # what is read of each paragraph: its hover cards blank (the claims keep the page's words)
    reads = [blank_cards(it[3]) for it in items]
    # embedded posts (a tweet and its byline), by article and paragraph
    posts = {(n, k): p for n, la in enumerate(articles)
             for k, p in posts_of([la.text[s:e] for s, e in la.paragraphs]).items()}
    ctx, last = None, None
    for (n, k, s, page_words), para, doc in zip(items, reads, nlp.pipe((parser_text(r) for r in reads), batch_size=batch_size)):
        la = articles[n]
        if n != last:  # facts read in an article's order: "the following year", "he said"
            ctx, last = FactContext(published=la.article.published, data=data), n
        post, caption = posts.get((n, k)), is_caption(para)
        running: list[int] = []  # claims of this paragraph whose quotation runs on, no speaker of its own
        for ss, se in sentence_spans(doc, text=para, titles=data.abbreviations):
            for cs, ce in clause_spans(doc, ss, se, text=para):
                if post is not None:
                    if cs >= post.end:
                        continue  # a post's byline: no claim
                    cs, ce = _trim(para, cs, min(ce, post.end))
                text = para[cs:ce]
                if not is_claim_text(text):
                    continue
                span = doc.char_span(cs, ce, alignment_mode="expand")
                whole = span is not None and span.start_char == cs and span.end_char == ce
                # a sentence that goes on a quotation opened earlier in its paragraph is quoted
                inside = open_quotation(para[:cs])
                if post is not None:  # the author's words, read on the day of the post
                    pctx = FactContext(published=post.day or la.article.published, data=data)
                    facts = extract(span, s + cs, pctx, text=text, author=post.author) if whole else None
                else:
                    facts = extract(span, s + cs, ctx, text=text, inside_quote=inside) if whole else None
                if facts is not None and facts.dates and caption:
                    # a caption's full dates are the day of the picture, no date of what it tells
                    shot = [(s + cs + a, s + cs + b) for a, b in photo_days(text)]
                    facts = facts.model_copy(update={"dates": [d for d in facts.dates
                                                               if not any(a <= d.start and d.end <= b for a, b in shot)]})
                out[n].append(Claim(id=f"k{len(out[n]) + 1}", article=la.article.id, text=page_words[cs:ce],
                                    start=s + cs, end=s + ce, facts=facts))
                if post is None:
                    running = _speaker_ahead(out[n], running, inside, open_quotation(para[:ce]))
    return out


def _speaker_ahead(claims: list[Claim], running: list[int], inside: bool, still_open: bool) -> list[int]:
    """A quotation that runs over several sentences of a paragraph and is attributed where it
    closes ('"The toll must go. It is not fair. It never was," Lind said.'): its sentences before
    the attribution are given the speaker it names (read so far as the last one quoted, or as
    none).
    ``claims``: the article's claims so far, the newest last; ``running``: indices of the
    paragraph's claims whose quotation runs on unattributed; returns them after the newest."""
    i = len(claims) - 1
    quotes = claims[i].facts.quotes if claims[i].facts else []
    if not quotes:
        return running if inside and still_open else []
    last, newest = quotes[-1], claims[i]
    if inside and not still_open and running:
        first = quotes[0]
        # the sentence that closes the quotation (its first words quoted) and names its speaker
        # (not "he said": a pronoun read as the last one named may be wrong, and is not spread)
        if first.speaker is not None and not first.inferred and first.start <= newest.start + 2:
            for j in running:
                c = claims[j]
                q = c.facts.quotes[-1]
                if q.end < c.end - 2:
                    continue  # (its last quotation is not the one that runs on)
                if q.speaker is None or q.inferred:
                    qs = [*c.facts.quotes[:-1], q.model_copy(update={"speaker": first.speaker, "inferred": False})]
                    claims[j] = c.model_copy(update={"facts": c.facts.model_copy(update={"quotes": qs})})
        return []
    if still_open and (last.speaker is None or last.inferred):
        return [*running, i] if inside else [i]
    return []


CHUNK = 16  # articles a worker reads at a time

# the pipeline a forked worker inherits (set in the parent before the pool starts)
_WORKER: dict = {}


def _work(chunk: list[LoadedArticle]) -> list[list[Claim]]:
    from contextlib import nullcontext

    with _WORKER.get("gate") or nullcontext():  # a turn, when the caller gates the workers
        return claims_of_articles(chunk, _WORKER["nlp"], _WORKER["data"], _WORKER["batch_size"])


class Gate:
    """How many of extract_claims' worker processes may read at once: a turn is taken per
    run of articles, and a caller may keep turns for itself while the workers run (such as a
    core for the encoder once it has sentences to embed)."""

    def __init__(self, turns: int):
        import multiprocessing as mp

        self.sem = mp.get_context("fork").Semaphore(turns)
        self.keepers: list = []

    @property
    def kept(self) -> int:
        return len(self.keepers)

    def keep(self) -> None:
        """Take one turn away from the workers, as soon as one of them finishes its run (this
        does not wait: a thread waits for the turn)."""
        import threading

        t = threading.Thread(target=self.sem.acquire, name="crosscheck-gate", daemon=True)
        t.start()
        self.keepers.append(t)


@dataclass(frozen=True)
class Workers:
    """Who reads the articles: ``count`` forked processes (the model is shared, not reloaded;
    it pays off on large corpora), or ``runner``, a function that takes a list of articles and
    returns their claims, one list per article (an engine such as Ray hands them out to its
    workers). ``fork`` reads in worker processes even with one worker (leaving this process
    free); default: from 2 workers. ``gate`` (a Gate) lets the caller lower the number of
    workers reading at once as it goes."""

    count: int = 1
    fork: bool | None = None
    gate: Gate | None = None
    runner: Callable | None = None


def extract_claims(articles: Iterable[LoadedArticle], nlp, *, workers: int | Workers = 1, cache=None, on_article=None,
                   on_claims=None, entity_data=None, batch_size: int = 64) -> list[Claim]:
    """Claims of every article, in article order, with ids c1, c2, ..., each with its facts.

    ``workers``: how many processes read them, or a Workers. ``cache`` (a ClaimCache) serves
    articles already read by the same code and models. ``on_article(article)`` is told each
    article read; ``on_claims(i, claims)`` each article's claims as soon as they and those of
    every article before it are read (so that a caller can start on them, such as embedding,
    while later articles are still being read).
    """
    from .facts import load_entity_data

    if not isinstance(workers, Workers):
        workers = Workers(workers)
    runner, fork, gate = workers.runner, workers.fork, workers.gate
    workers = workers.count

    data = entity_data or load_entity_data()
    articles = list(articles)
    done: dict[int, list[Claim]] = {}
    if cache is not None:
        for i, got in enumerate(cache.get(articles)):
            if got is not None:
                done[i] = got
    todo = [i for i in range(len(articles)) if i not in done]
    told = 0

    def tell() -> None:  # on_claims, in article order
        nonlocal told
        while on_claims is not None and told < len(articles) and told in done:
            on_claims(told, done[told])
            told += 1

    tell()
    if runner is not None and todo:
        for i, claims_of in zip(todo, runner([articles[i] for i in todo])):
            done[i] = claims_of
            if on_article:
                on_article(articles[i])
    elif (workers > 1 if fork is None else fork) and len(todo) >= 4 * workers:
        import multiprocessing as mp

        _WORKER.update(nlp=nlp, data=data, batch_size=batch_size, gate=gate.sem if gate is not None else None)
        # small runs of consecutive articles, handed out in turn and gathered in order
        size = max(1, min(CHUNK, len(todo) // (workers * 4)))
        chunks = [todo[k : k + size] for k in range(0, len(todo), size)]
        from ..interrupt import worker_ignores_interrupts

        with mp.get_context("fork").Pool(workers, initializer=worker_ignores_interrupts) as pool:
            for chunk, result in zip(chunks, pool.imap(_work, [[articles[i] for i in c] for c in chunks])):
                for i, claims_of in zip(chunk, result):
                    done[i] = claims_of
                    if on_article:
                        on_article(articles[i])
                tell()
        _WORKER.clear()
    else:
        for k in range(0, len(todo), 64):  # in slices, so progress moves on a long run
            part = todo[k : k + 64]
            for i, claims_of in zip(part, claims_of_articles([articles[i] for i in part], nlp, data, batch_size)):
                done[i] = claims_of
                if on_article:
                    on_article(articles[i])
            tell()
    tell()
    if cache is not None and todo:
        cache.put([articles[i] for i in todo], [done[i] for i in todo])
    claims: list[Claim] = []
    for i in range(len(articles)):
        for c in done[i]:
            claims.append(c.model_copy(update={"id": f"c{len(claims) + 1}"}))
    return claims
