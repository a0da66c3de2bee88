"""Direct quotations and attributions: the spans inside quotation marks, the verbs of saying,
who a claim is attributed to."""
from __future__ import annotations

import re


_ATTRIB = re.compile(
    r"(?:according to (?P<acc>[^,.;]{3,80}))|(?:,\s*(?P<subj>(?:the |a |an )?[\w' .-]{2,60}?) (?:said|says|added|told reporters|reported|announced)(?: on \w+| \w+day)?[.,]?\s*$)",
    re.I,
)
#: a closing double mark, or two single ones typed for it ("... leadership,’’ she said")
_CLOSE = r"(?:[\"”]|’’|'')"
_QUOTE_RX = re.compile(rf"[\"“](?P<q>[^\"“”]{{3,}}?){_CLOSE}|(?<![\w])['‘](?P<sq>[^'‘’]{{12,}}?)['’](?![\w])")
#: A quotation mark that may close a quotation (straight or curly double marks), or open one.
_CLOSING = re.compile(_CLOSE)
_OPENING = re.compile(r"[\"“]")
_WORDS_RX = re.compile(r"[^\W\d_]{2,}")


#: the rest of a quotation an earlier sentence opened is a quotation from this many characters;
#: a quotation opened and not closed in the sentence, from this many words (chosen: a stray
#: mark before a word or two is no remark)
QUOTED_CHARS = 3
QUOTED_WORDS = 3


def quote_spans(text: str, inside_quote: bool = False) -> list[tuple[int, int, int, int]]:
    """The quotations of a sentence: (start, end) with their marks, and (start, end) of the
    words quoted. ``inside_quote``: the sentence begins inside a quotation opened before it
    (a quotation that runs over several sentences), so its words up to the first closing
    mark, or all of them, are quoted. A last opening mark never closed in the sentence opens
    a quotation that runs to its end."""
    out: list[tuple[int, int, int, int]] = []
    at = 0
    if inside_quote:
        m = _CLOSING.search(text)
        end = m.start() if m else len(text)
        if len(text[:end].strip()) >= QUOTED_CHARS:
            out.append((0, m.end() if m else end, 0, end))
        at = m.end() if m else len(text)
    last = at
    for m in _QUOTE_RX.finditer(text, at):
        g = "q" if m.group("q") else "sq"
        out.append((m.start(), m.end(), m.start(g), m.end(g)))
        last = m.end()
    m = _OPENING.search(text, last)
    if m and not _CLOSING.search(text, m.end()) and len(_WORDS_RX.findall(text[m.end():])) >= QUOTED_WORDS:
        out.append((m.start(), len(text), m.end(), len(text)))
    return out


#: Verbs that introduce a quotation and its speaker.
#: How far after a quotation (in characters) its own verb of saying stands: '," he said'.
SPEAKER_AFTER = 24
QUOTE_VERBS = {"say", "tell", "add", "note", "stress", "state", "write", "declare", "insist", "remark", "urge", "warn", "ask", "reply", "respond"}
#: Verbs of saying past those that attribute quotations: the subject of "pointed out that ...",
#: "expressed doubt that ..." is someone speaking, and the day of "tweeted Tuesday" is the day
#: of a statement, not of the fact it tells (outlets report different statements).
SAYING_VERBS = QUOTE_VERBS | {"point", "express", "argue", "contend", "explain", "suggest", "tweet", "complain",
                              "predict", "acknowledge", "recall", "observe", "comment", "emphasize", "emphasise",
                              "concede", "boast", "lament", "joke", "quip", "speculate", "speak",
                              "accord",  # "according to Ruiz": Ruiz tells it
                              "cite", "allege"}  # "Vance cites 'allegations' that ...": the words of a source
#: Verbs that attribute a quotation they stand right after (within SPEAKER_AFTER characters), past
#: QUOTE_VERBS: '"...," Vance tweeted', '"...," she explained', '"...," he continued, "..."'
AFTER_QUOTE_VERBS = (SAYING_VERBS - {"accord", "cite", "express", "speak"}) | {"continue"}
