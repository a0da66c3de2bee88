"""Quotes: the same remark quoted in different words, or the same words from different speakers.

Remarks are quotations of at least six words. For one speaker, each outlet's remarks are
matched to another outlet's by what the claims holding them say (their alignment score) and by
shared wording (story-rare words weigh most); a mutual best match that is not word-for-word the
same is a finding, with a word-level diff. Remarks on
occasions more than a week apart are different remarks. The same words attributed to two
different speakers are a finding too, when both claims name their speaker: not when one is
read from "he" or "she" (which person that is depends on the order each outlet tells things
in) or is unnamed ("officials said").
"""
from __future__ import annotations

import datetime as dt
import difflib
import re
from collections import defaultdict

from rapidfuzz import fuzz

from . import Context, Proposal

MIN_WORDS = 6
SAME_WORDS = 97  # rapidfuzz ratio at or above which two quotes are the same words
MIN_MATCH = 0.15  # weighted share of words two quotes of one remark must have in common
MIN_SCORE = 0.75  # and how strongly the claims that hold them must be aligned
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")
STOP = {"the", "a", "an", "and", "or", "of", "to", "in", "on", "for", "with", "that", "this", "is", "are",
        "be", "will", "we", "i", "it", "as", "at", "by", "our", "their", "its", "from", "has", "have", "was",
        "were", "but", "not", "can", "more", "much", "many", "each", "other", "which", "who"}


def words(s: str) -> list[str]:
    return [w.casefold() for w in _WORD.findall(s)]


def diff(a: str, b: str) -> str:
    """A word-level diff: 'big → huge; our → the'."""
    wa, wb = a.split(), b.split()

    def key(w: str) -> str:
        return re.sub(r"[^\w']+", "", w.casefold())

    out = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=[key(w) for w in wa], b=[key(w) for w in wb]).get_opcodes():
        if op == "equal":
            continue
        left, right = " ".join(wa[i1:i2]) or "(nothing)", " ".join(wb[j1:j2]) or "(nothing)"
        out.append(f"{left} → {right}")
    return "; ".join(out[:6]) + (" ..." if len(out) > 6 else "")


def _remarks(ctx: Context):
    for cid, c in ctx.claims.items():
        for q in (c.facts.quotes if c.facts else []):
            if len(words(q.text)) >= MIN_WORDS:
                yield cid, q


def _same_occasion(ctx: Context, a: str, b: str) -> bool:
    ta, tb = ctx.article(a).published, ctx.article(b).published
    return not (ta and tb) or abs(ta - tb) <= dt.timedelta(days=7)


def _named(ctx: Context, cid: str, q) -> bool:
    """Whether the claim itself names the quote's speaker (not "officials", not "he")."""
    return not q.inferred and any(e.key == q.speaker for e in ctx.claims[cid].facts.entities)


def find(ctx: Context) -> list[Proposal]:
    remarks = list(_remarks(ctx))
    idf = ctx.alignment.scorer.idf if ctx.alignment.scorer else {}
    out: list[Proposal] = []

    def overlap(a, qa, b, qb) -> float:
        weights = idf.get(ctx.story(a) or "", {})
        wa = {w for w in words(qa.text) if w not in STOP}
        wb = {w for w in words(qb.text) if w not in STOP}
        inter = sum(weights.get(w, 1.0) for w in wa & wb)
        union = sum(weights.get(w, 1.0) for w in wa | wb)
        return inter / union if union else 0.0

    # the same words from two speakers (compared within a story)
    by_story: dict[str, list] = defaultdict(list)
    for cid, q in remarks:
        if q.speaker and ctx.story(cid):
            by_story[ctx.story(cid)].append((cid, q))
    pairs = ((x, y) for group in by_story.values() for i, x in enumerate(group) for y in group[i + 1 :])
    for (a, qa), (b, qb) in pairs:
        if (qa.speaker != qb.speaker and _named(ctx, a, qa) and _named(ctx, b, qb) and ctx.different_outlets(a, b)
                and fuzz.ratio(qa.text.casefold(), qb.text.casefold()) >= 90):
                out.append(Proposal(
                    type="quote", severity="high", claims=(a, b),
                    explanation=f"the same words are attributed to {ctx.name(qa.speaker)} by {ctx.label(a)} and to {ctx.name(qb.speaker)} by {ctx.label(b)}",
                    values={a: f"{qa.speaker}: {qa.text}", b: f"{qb.speaker}: {qb.text}"},
                ))

    # one remark in different words: mutual best matches between two outlets, per speaker
    by_key: dict[tuple[str, str, str], list] = defaultdict(list)  # (story, speaker, outlet) -> remarks
    for cid, q in remarks:
        if q.speaker and ctx.story(cid):
            by_key[(ctx.story(cid), q.speaker, ctx.outlet(cid))].append((cid, q))
    keys = sorted(by_key)
    for i, k1 in enumerate(keys):
        for k2 in keys[i + 1 :]:
            if k1[:2] != k2[:2]:
                continue
            left, right = by_key[k1], by_key[k2]
            scores = {}
            for x in range(len(left)):
                for y in range(len(right)):
                    a, b = left[x][0], right[y][0]
                    if not (_same_occasion(ctx, a, b) and ctx.different_outlets(a, b)):
                        continue
                    words_shared = overlap(a, left[x][1], b, right[y][1])
                    aligned = ctx.score(a, b)
                    if words_shared >= MIN_MATCH and aligned >= MIN_SCORE:
                        scores[(x, y)] = words_shared + aligned
            for (x, y), s in scores.items():
                best_x = max(v for (xx, _), v in scores.items() if xx == x)
                best_y = max(v for (_, yy), v in scores.items() if yy == y)
                if s < best_x or s < best_y:
                    continue
                (a, qa), (b, qb) = left[x], right[y]
                if fuzz.ratio(qa.text.casefold(), qb.text.casefold()) >= SAME_WORDS:
                    continue
                close = fuzz.ratio(qa.text.casefold(), qb.text.casefold()) >= 70
                changes = diff(qa.text, qb.text) if close else "worded differently throughout"
                out.append(Proposal(
                    type="quote", severity="medium", claims=(a, b),
                    explanation=f"{ctx.name(qa.speaker)}'s remark is quoted in different words by {ctx.label(a)} and {ctx.label(b)}: {changes}",
                    values={a: qa.text, b: qb.text},
                ))
    return out
