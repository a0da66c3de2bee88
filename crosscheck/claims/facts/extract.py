"""The facts of one sentence, read in this order (each step may rely on the ones before):

    1. modality and negation of the main verb (asserted, future, expected, planned, possible)
    2. dates, resolved against the publication date, a weekday by the tense of its verb (their
       digits are then not read as quantities)
    3. ordinals and superlatives, with the noun they qualify
    4. quantities, outside the spans dates and names took, with the noun a bare number counts
    5. entities, with their keys
    6. quotations and their speakers; then who the claim is attributed to
    7. the acts told (with their status) and who does them
    8. the verb each fact hangs on (crosscheck.claims.facts.anchors)
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ...models import Entity, Facts, Ordinal, Quote
from .anchors import _future_at, anchors
from .daterefs import FUTURE_RX, dates
from .entities import EntityData, entity_key
from .modality import HABITUAL, actions_of, acts_of, auxiliaries, denied_of, doers_of, modality_of, status_verb, told_later
from .numbers import quantities
from .ordinals import ORD_RX, _ORD_QUAL, _rank
from .quotes import AFTER_QUOTE_VERBS, QUOTE_VERBS, SPEAKER_AFTER, _ATTRIB, quote_spans


_SCALE_WORDS = frozenset({"hundred", "thousand", "million", "billion", "trillion"})
#: an ordinal joined to one of these nouns names a grade or a kind, not the how-many-th time:
#: "third-degree forgery", "first-class", "third-party", "first-hand", "second-tier"
_GRADE = re.compile(r"-(?:degree|class|party|hand|rate|tier|grade|generation|string|person)\b", re.I)


@dataclass
class FactContext:
    """What a claim's facts are read against."""

    published: dt.date | None
    data: EntityData
    last_year: int | None = None  # the last year the article stated, for "the following year"
    last_speaker: str | None = None  # the last person quoted or speaking, for "he said"


def _named_model(prev, after: list) -> bool:
    """Whether a bare figure right after a capitalised proper noun, not the sentence's first
    word, is part of a name ("the Galaxy Note 10.1 edition", "a Nexus 7 2012", "Flight 370
    vanished"): not where a comma, a dash or another name follows it, as a poll's or a match's
    figures do ("Ruiz 52, Vance 47", "Norland 2 Ely 1")."""
    if prev.pos_ != "PROPN" or not prev.text[:1].isupper() or prev.is_sent_start or prev.ent_type_ == "PERSON":
        return False  # a person's figure ("Vance 47"), or the sentence's first word
    if prev.i >= 2 and prev.doc[prev.i - 1].text == "," and prev.doc[prev.i - 2].like_num:
        return False  # the last of a list of figures: "Norland 3, Ely 1."
    if not after or after[0].idx != prev.idx + len(prev.text) + 1 or after[0].pos_ != "NUM":
        return False
    nxt = after[1] if len(after) > 1 else None
    return nxt is None or not (nxt.is_punct and nxt.text in ",-–" or nxt.pos_ == "PROPN" or nxt.like_num and "%" in nxt.text)


def _capitalised_by_place(e) -> bool:
    """A common noun the parser took for a name because it opens its sentence ("Vaccine advisers
    voted ... to resume use of the vaccine"): one word, first of its sentence, that the
    paragraph also writes in lower case as a noun ("Brown said the brown van ..." keeps Brown)."""
    if len(e) != 1 or e.label_ not in ("PERSON", "ORG") or not e[0].is_sent_start or not e.text[:1].isupper():
        return False
    low = e.text.lower()
    return low != e.text and any(t.text == low and t.pos_ == "NOUN" for t in e.doc)


def _without_gerund(e):
    """A person's name without a verb in "-ing" the parser ran it on from ("Getting Ruiz may
    have helped": Ruiz); the span as it is otherwise."""
    if e.label_ == "PERSON" and len(e) > 1 and e[0].tag_ == "VBG":
        return e.doc[e.start + 1:e.end]
    return e


def extract(sent, offset: int, ctx: FactContext, text: str | None = None, inside_quote: bool = False,
            author: str | None = None) -> Facts:
    """Facts of one claim. ``sent`` is a spaCy Span (or Doc) whose text is the claim;
    ``inside_quote``: the claim begins inside a quotation an earlier sentence of its paragraph
    opened (see :func:`quote_spans`); ``author``: the claim is the words of a post the page
    embeds (crosscheck.claims.posts), written by this author: all of it is quoted, said by the
    author, as the author wrote it."""
    text = sent.text if text is None else text
    base = sent.start_char
    future = bool(FUTURE_RX.search(text))
    tokens = list(sent)
    root = sent.root if len(sent) else None
    modality, negated = modality_of(root, text)

    # dates first: their numbers are not quantities
    ds = dates(text, offset, ctx.published, future, ctx.last_year,
               lambda i: _future_at(tokens, base, i, None))
    for d in ds:
        if d.year:
            ctx.last_year = d.year
    taken = [(d.start - offset, d.end - offset) for d in ds]

    # ordinals
    ords: list[Ordinal] = []
    for m in ORD_RX.finditer(text):
        word = m.group("w")
        if word.lower() == "most" or word.lower() == "last" and re.match(r"\s+(week|month|year|night)", text[m.end():]):
            continue
        if _GRADE.match(text, m.end()):
            continue  # "third-degree forgery", "first-class mail": a grade or a kind, no count of occasions
        tok = next((t for t in tokens if t.idx - base == m.start()), None)
        if tok is not None and word[0].isupper() and tok.pos_ == "PROPN" and tok.dep_ == "compound" \
                and tok.head.pos_ == "PROPN":
            continue  # a word of a name ("the Third Avenue bridge", "a Fourth Estate award"): it counts nothing
        head, mods = None, []
        if tok is not None:
            h = tok.head if tok.dep_ in ("amod", "advmod", "nummod", "compound") else tok
            if h is tok and tok.i + 1 < sent.end:
                # "the first from a summit in 17 years": the ordinal stands for a noun
                h = tok
            head = h.lemma_.lower() if h is not tok else None
            if h is not tok:
                mods = [t.text.lower() for t in sent.doc[min(tok.i, h.i) + 1 : h.i] if t.pos_ in ("ADJ", "NOUN", "PROPN", "VERB") or "-" in t.text]
        q = _ORD_QUAL.match(text[m.end():])
        span_end = m.end()
        if head and tok is not None:
            hs = [t for t in tokens if t.lemma_.lower() == head and t.i > tok.i]
            if hs:
                span_end = hs[0].idx - base + len(hs[0].text)
        act = _time_of(h if tok is not None else None, head)
        general = bool(HABITUAL.search(text)) or (tok is not None and any(t.dep_ == "relcl" for t in [tok, *tok.ancestors]))
        ords.append(Ordinal(text=text[m.start():span_end], rank=_rank(word), word=word.lower(), head=head,
                            modifiers=mods, qualifier=q["q"] if q else None, general=general, act=act,
                            start=offset + m.start(), end=offset + span_end))
        taken.append((m.start(), m.end()))

    # quantities: the noun a bare number counts
    def noun_after(abs_pos: int) -> str | None:
        rel = abs_pos - offset + base
        for t in tokens:
            # a noun phrase of its own, not after "of" ("Twelve of the 20 seats", "2 in 3 chance"):
            # "compared to 47 the previous night", "up from 54 four years earlier" count nothing
            # of it ("30 or 40 members" is one count)
            if t.idx >= rel and (t.pos_ == "DET" or t.pos_ == "NUM" and t.lower_ not in _SCALE_WORDS
                                 and not (t.i > 0 and t.doc[t.i - 1].pos_ == "CCONJ")) \
                    and not any(rel <= u.idx < t.idx and u.pos_ in ("ADP", "PART") for u in tokens):
                return None
            if t.idx >= rel and (t.tag_ == "POS" or t.pos_ in ("NOUN", "PROPN") and t.i + 1 < len(t.doc)
                                 and t.doc[t.i + 1].tag_ == "POS") \
                    and any(rel <= u.idx < t.idx and u.pos_ == "ADP" for u in tokens):
                continue  # "14 of the region's 22 districts": the region owns what is counted, districts
            if t.idx == rel + 1 and t.tag_ == "VBZ" and t.i >= 2 and t.doc[t.i - 2].lower_ == "of":
                return t.lemma_.lower()  # "29 of 34 passes": the parser's verb is the plural counted
            if t.idx >= rel and t.pos_ in ("NOUN", "PROPN"):
                if t.i + 1 < len(t.doc) and t.doc[t.i + 1].text == ":":
                    return None  # "Stages: 2 Boosters: 2": the next line's label, not what is counted
                if _in_a_phrase_after(t, rel, tokens):
                    return None  # "five in Texas", "two as Ruiz had proposed", "10 for the first time":
                    # the noun of a phrase after the figure, not what it counts
                return t.lemma_.lower()
            if t.idx >= rel and t.pos_ not in ("ADJ", "NUM", "PUNCT", "ADV", "DET", "ADP") and t.idx > rel + 1:
                return None
            if t.idx >= rel and t.pos_ == "PUNCT" and t.text not in ("-", "–"):
                return None  # "was 12.5, officials said": the count ends at the comma
        return None

    names = [(e.start_char - base, e.end_char - base) for e in sent.ents
             if e.label_ in ("ORG", "EVENT", "FAC", "WORK_OF_ART", "LAW", "PRODUCT", "PERSON", "GPE")]
    def labels(abs_pos: int) -> bool:
        """A figure naming a place in a sequence, right after its noun: "on lap 13", "at gate 4"
        (a preposition, or the sentence's start, before the noun; not "a record 36")."""
        rel = abs_pos - offset + base
        before = [t for t in tokens if t.idx + len(t.text) <= rel]
        if before and _named_model(before[-1], [t for t in tokens if t.idx >= rel]):
            return True  # "the Nexus 7", "Flight 370 vanished": a number in a name, no count
        if not before or before[-1].tag_ != "NN" or before[-1].pos_ != "NOUN" or not before[-1].text.islower():
            return False  # not "by anyone 19 or older": a pronoun, and the figure an age
        return len(before) == 1 or before[-2].pos_ == "ADP"

    qs = quantities(text, offset, taken + names, noun_after, labels)

    # entities
    ents = []
    for e in sent.ents:
        if e.label_ not in ("PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT"):
            continue
        if _capitalised_by_place(e):
            continue
        spacy_label = e.label_  # a slice of the span below has no label of its own
        e = _without_gerund(e)
        prev = sent.doc[e.start - 1].text if e.start > 0 else ""
        if text[max(0, e.start_char - base - 1): e.start_char - base] in ("#", "@"):
            continue  # "#NorlandQs", "@RuizForMayor": a hashtag or a handle, no name the sentence tells
        end_char = e.end_char
        if len(e) > 1 and e[-1].text in _POSSESSIVE:  # "Ana Ruiz's": the name ends before the possessive
            end_char = e[-2].idx + len(e[-2].text)
        written = text[e.start_char - base : end_char - base]  # as the source has it
        if written != written.rstrip():  # a name the parser ran on into blank text (a hover card read as blank)
            end_char -= len(written) - len(written.rstrip())
            written = written.rstrip()
        key = entity_key(written, spacy_label, ctx.data, prev)
        if not key:
            continue
        label = "ORG" if spacy_label == "PERSON" and key in ctx.data.organisations else spacy_label  # "on Twitter"
        role = "location" if prev.lower() in ("in", "at") and spacy_label in ("GPE", "LOC", "FAC") else None
        if role is None and e.root.dep_ in ("compound", "nmod") and e.root.head.pos_ == "NOUN" and e.root.head.i >= e.end:
            role = "qualifier"  # "the Ruiz campaign manager", "a former Ruiz campaign aide": a word of another noun
        if role is None and hyphened(text, e.start_char - base, end_char - base):
            role = "qualifier"  # "the pro-Norland government", "Norland-backed rebels": a word of an adjective
        ents.append(Entity(text=written, label=label, key=key, role=role,
                           start=offset + e.start_char - base, end=offset + end_char - base))

    # quotes and their speaker: the subject of a verb of saying outside the quotation; the one
    # right after it ('"...," he said') before one that reports the whole sentence ("Sources
    # said ...", "..., officials said")
    found = quote_spans(text, inside_quote) if author is None else [(0, len(text), 0, len(text))]
    inside = [(a, b) for a, b, _, _ in found]
    saying = [t for t in tokens
              if (t.lemma_.lower() in QUOTE_VERBS
                  # (not a verb of another act: "continued to argue", "explained the delay")
                  or t.lemma_.lower() in AFTER_QUOTE_VERBS and not any(c.dep_ in ("xcomp", "dobj") for c in t.children))
              and t.pos_ == "VERB"
              and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)
              and not any(a <= t.idx - base < b for a, b in inside)]
    verbs = [t for t in saying if t.lemma_.lower() in QUOTE_VERBS]
    if found and saying:
        # right after the quotation, any verb of saying attributes it ('"...," she tweeted', '"...,"
        # he continued, "..."'); elsewhere in the sentence, only those that introduce quotations
        after = [t for t in saying if 0 <= t.idx - base - found[0][1] <= SPEAKER_AFTER]
        before = [t for t in verbs if t.idx - base < found[0][0]]
        # else the verb of saying whose clause holds the quotation ("Vance suggested that the
        # rule 'ought to go' after Ruiz said ...": Vance), the innermost first
        holding = sorted((t for t in saying if t.left_edge.idx - base <= found[0][0] < t.right_edge.idx - base),
                         key=lambda t: t.right_edge.i - t.left_edge.i)
        verbs = after or before[::-1] or holding or verbs  # nearest the quotation first
    speaker, inferred = None, False
    if author is not None:
        speaker = entity_key(author, "PERSON", ctx.data) or author
    elif verbs:
        t = verbs[0]
        # its subject outside the quotation: the parser may hang a noun of the quoted words on
        # the verb of saying as a second subject ('"... the campaign of a nominee ...," Perez said')
        subjects = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")]
        s = next((c for c in subjects if not any(a <= c.idx - base < b for a, b in inside)), None)
        if s is None:
            pass  # its one subject is a word of the quotation: no speaker read
        elif s.pos_ == "PRON" and s.lower_ in ("he", "she"):
            speaker, inferred = ctx.last_speaker, ctx.last_speaker is not None
        else:
            span = sent.doc[s.left_edge.i : s.right_edge.i + 1]
            lo, hi = span.start_char - base, span.start_char - base + len(span.text)
            # (not a name inside the quotation, where the parser ran the subject's words on into it)
            named = [en for en in ents if en.label in ("PERSON", "ORG") and lo <= en.start - offset < hi
                     and not any(a <= en.start - offset < b for a, b in inside)]
            # the subject's own name ("said John Smith, the president of Acme": John Smith),
            # else the name set beside it ("said the mayor's aide, Dana Ortiz": Dana Ortiz, not
            # the mayor the aide belongs to), else the first person it names, else the organisation
            at = s.idx - base
            own = [en for en in named if en.start - offset <= at < en.end - offset]
            beside = [en for en in named if en.label == "PERSON"
                      and any(c.dep_ == "appos" and en.start - offset <= c.idx - base < en.end - offset
                              for c in s.children)]
            people = [en for en in named if en.label == "PERSON"]
            pick = own or beside or people or named[-1:]
            speaker = pick[0].key if pick else text[lo:hi]
    elif found and inside_quote and found[0][2] == 0:
        # the sentence goes on a quotation an earlier one opened, and names no speaker of its
        # own: the last one quoted or speaking, read as from a pronoun
        speaker, inferred = ctx.last_speaker, ctx.last_speaker is not None
    quotes = []
    for _, _, q0, q1 in found:
        raw = text[q0:q1]
        lead = len(raw) - len(raw.lstrip())
        quotes.append(Quote(text=raw.strip(), speaker=speaker, inferred=inferred, posted=author is not None,
                            start=offset + q0 + lead, end=offset + q0 + lead + len(raw.strip())))
    if speaker and author is None and any(en.key == speaker for en in ents):
        ctx.last_speaker = speaker

    am = _ATTRIB.search(text)
    attribution = None
    if am:
        attribution = (am.group("acc") or am.group("subj") or "").strip() or None

    tense = None
    verb = status_verb(root)  # of reported speech, the tense of what was said, not of "said"
    if verb is not None:
        aux = auxiliaries(verb)
        if aux & {"will", "shall", "'ll"}:
            tense = "future"
        elif verb.tag_ == "VBD" or (verb.tag_ == "VBN" and aux & {"has", "have", "had", "was", "were"}) or told_later(verb):
            tense = "past"
        elif verb.tag_ in ("VBZ", "VBP") or aux & {"is", "are", "am"}:
            tense = "present"
    lemmas = sorted({t.lemma_.lower() for t in tokens if t.is_alpha and not t.is_stop and t.pos_ in ("NOUN", "PROPN", "VERB", "ADJ", "NUM")})
    return anchors(Facts(entities=ents, quantities=qs, dates=ds, ordinals=ords, quotes=quotes, attribution=attribution,
                 modality=modality, tense=tense, negated=negated, predicate=root.lemma_.lower() if root is not None else None,
                 actions=(actions := actions_of(root, (sent[0].i, sent[-1].i + 1) if len(sent) else None)),
                 acts=(acts := acts_of(tokens)),
                 doers=doers_of(tokens, acts.keys() | set(actions)), denied=denied_of(tokens),
                 lemmas=lemmas), tokens, base, offset)


#: the possessive ending a name is read with ("Ana Ruiz's", "the Vances'")
_POSSESSIVE = {"'s", "’s", "'", "’", "'S", "’S"}


def _time_of(noun, head: str | None) -> str | None:
    """For an ordinal "time" that a clause tells, that clause's act: "the first time the report
    has linked Ruiz to the payments" (link), "the first time the two leaders met" (meet); None
    for "for the first time" and for other nouns."""
    if noun is None or head != "time":
        return None
    for c in noun.children:
        if c.dep_ == "relcl" and c.pos_ in ("VERB", "AUX") \
                and any(x.dep_ in ("nsubj", "nsubjpass") for x in c.children):
            return c.lemma_.lower()
    return None


#: a name joined by a hyphen to a prefix that makes an adjective of it ("pro-", "anti-"; not a
#: particle of a name, "al-", "el-", "bin-") or to a lower-case word after it ("-backed", "-led")
_PREFIXES = r"(?:pro|anti|non|post|pre|neo|pan|trans|inter|intra|ex)"
_HYPHENED_BEFORE = re.compile(rf"(?:^|[^\w]){_PREFIXES}-$", re.I)
_HYPHENED_AFTER = re.compile(r"^-[a-z]")
_HYPHENED_WITHIN = re.compile(rf"^{_PREFIXES}-[A-Z]")  # the parser took the prefix in: "pro-Norland"


def _in_a_phrase_after(t, rel: int, tokens) -> bool:
    """Whether a noun stands in a phrase that a preposition other than "of" (or a clause's "as")
    opens after a figure at character ``rel`` ("five in Texas", "won 3 at home", "two as Ruiz had
    proposed"), with no figure between the two ("2 in 3 chances", "one in five adults" count the
    noun; so does "Twelve of the 20 seats")."""
    between = [u for u in tokens if rel <= u.idx < t.idx]
    preps = [i for i, u in enumerate(between) if u.pos_ in ("ADP", "SCONJ") and u.lower_ not in ("of", "out")]
    return bool(preps) and not any(u.pos_ == "NUM" for u in between[preps[-1] + 1:])


def hyphened(text: str, start: int, end: int) -> bool:
    """Whether a name is written as a word of a hyphenated adjective ("pro-Norland", "anti-Vance",
    "Norland-backed"), a qualifier of the noun after it, not a place or party of the act."""
    return bool(_HYPHENED_BEFORE.search(text[max(0, start - 12):start]) or _HYPHENED_AFTER.match(text[end:end + 2])
                or _HYPHENED_WITHIN.match(text[start:end]))

