"""Articles to claims: sentences (from spaCy) with exact character spans.

A claim is a sentence of an article's body that states something checkable. Its span
indexes the same text as the article's, so an editor is always shown the exact words.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from .ingest import LoadedArticle
from .models import Claim

_WORD = re.compile(r"[^\W\d_]{2,}")
_OPENERS = "\"'“‘(["


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def sentence_spans(doc, offset: int = 0) -> Iterator[tuple[int, int]]:
    """Sentence spans of a spaCy doc, shifted by ``offset``; fragments joined to a neighbour.

    spaCy sometimes cuts after an opening quote or before a lower-case continuation; such a
    fragment is merged with the sentence it belongs to so that spans stay whole sentences.
    """
    spans: list[list[int]] = []
    text = doc.text
    for sent in doc.sents:
        s, e = _trim(text, sent.start_char, sent.end_char)
        if s >= e:
            continue
        frag = text[s:e]
        joins_previous = spans and (frag[0].islower() or frag[0] in ",;:)]”’" or len(_WORD.findall(frag)) < 2)
        ends_open = spans and text[spans[-1][0]:spans[-1][1]].rstrip()[-1:] in _OPENERS
        if joins_previous or ends_open:
            spans[-1][1] = e
        else:
            spans.append([s, e])
    for s, e in spans:
        yield s + offset, e + offset


def is_claim_text(text: str) -> bool:
    """Whether a sentence can hold a checkable claim: at least three words."""
    return len(_WORD.findall(text)) >= 3


def extract_claims(articles: Iterable[LoadedArticle], nlp, *, batch_size: int = 64, on_article=None) -> list[Claim]:
    """Claims of every article, in article order, with ids c1, c2, ..."""
    claims: list[Claim] = []
    items = [(la, s, e) for la in articles for s, e in la.paragraphs]
    texts = (la.text[s:e] for la, s, e in items)
    last = None
    for (la, s, _e), doc in zip(items, nlp.pipe(texts, batch_size=batch_size)):
        if on_article and la is not last:
            on_article(la)
            last = la
        for cs, ce in sentence_spans(doc, s):
            text = la.text[cs:ce]
            if is_claim_text(text):
                claims.append(Claim(id=f"c{len(claims) + 1}", article=la.article.id, text=text, start=cs, end=ce))
    return claims
