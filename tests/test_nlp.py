"""The attribute ruler's indexed matching finds what spaCy's Matcher finds, on hand-built docs."""
from __future__ import annotations

import spacy
from spacy.tokens import Doc

from crosscheck.claims.nlp import speed_up_attribute_ruler

PATTERNS = [
    {"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "NOUN"}},
    {"patterns": [[{"TAG": "NN", "LOWER": "something"}]], "attrs": {"POS": "PRON"}},
    {"patterns": [[{"TAG": "IN", "LOWER": {"IN": ["that", "if"]}}]], "attrs": {"POS": "SCONJ"}},
    {"patterns": [[{"TAG": {"NOT_IN": ["TO", ""]}, "DEP": {"IN": ["aux", "auxpass"]}}]], "attrs": {"POS": "AUX"}},
    {"patterns": [[{"DEP": {"NOT_IN": ["det", ""]}, "TAG": {"IN": ["DT", "WDT"]}}]], "attrs": {"POS": "PRON"}},
    {"patterns": [[{"LOWER": {"REGEX": "^n[ou]thin'$"}}]], "attrs": {"LEMMA": "nothing"}},
    {"patterns": [[{"LOWER": "gon"}, {"LOWER": "na"}]], "attrs": {"LEMMA": "to"}, "index": 1},
    {"patterns": [[{"DEP": "expl"}, {"LOWER": {"IN": ["is", "was"]}}]], "attrs": {"POS": "VERB"}, "index": -1},
    {"patterns": [[{"TAG": "VBZ", "LOWER": "gets"}], [{"TAG": "VBD", "LOWER": "got"}]], "attrs": {"LEMMA": "get"}},
    {"patterns": [[{"IS_SPACE": True}]], "attrs": {"POS": "SPACE"}},
    {"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "X"}},  # a later rule wins
]


def _doc(nlp, rows):
    words, tags, deps = zip(*rows)
    heads = [0] * len(words)
    return Doc(nlp.vocab, words=list(words), tags=list(tags), deps=list(deps), heads=heads)


def _docs(nlp):
    return [
        _doc(nlp, [("There", "EX", "expl"), ("is", "VBZ", "ROOT"), ("something", "NN", "attr"), ("that", "WDT", "nsubj")]),
        _doc(nlp, [("I", "PRP", "nsubj"), ("'m", "VBP", "aux"), ("gon", "VBG", "ROOT"), ("na", "TO", "aux"), ("go", "VB", "xcomp")]),
        _doc(nlp, [("He", "PRP", "nsubj"), ("got", "VBD", "ROOT"), ("nothin'", "NN", "dobj"), ("if", "IN", "mark"), (" ", "_SP", "")]),
        _doc(nlp, [("That", "DT", "det"), ("report", "NN", "nsubj"), ("gets", "VBZ", "ROOT"), ("read", "VBN", "xcomp"), ("gon", "NN", "dobj")]),
    ]


def _ruler(patterns):
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add_patterns(patterns)
    return nlp, ruler


def test_indexed_matching_finds_the_matchers_matches_and_sets_the_same_attributes():
    nlp, ruler = _ruler(PATTERNS)
    docs = _docs(nlp)
    expected = [ruler.match(d) for d in docs]
    assert sum(map(len, expected)) >= 12
    annotated = [[(t.pos_, t.lemma_) for t in ruler(d)] for d in _docs(nlp)]
    assert speed_up_attribute_ruler(nlp)
    assert [ruler.match(d) for d in docs] == expected
    assert [[(t.pos_, t.lemma_) for t in ruler(d)] for d in _docs(nlp)] == annotated
    assert annotated[0][2] == ("X", "")  # rule order kept: the later NN rule wins over "something"
    assert annotated[1][3][1] == "to" and annotated[2][2][1] == "nothing" and annotated[0][1][0] == "VERB"


def test_a_ruler_with_patterns_the_index_does_not_handle_keeps_the_matcher():
    nlp, ruler = _ruler([{"patterns": [[{"TAG": "NN", "OP": "+"}]], "attrs": {"POS": "NOUN"}}])
    before = ruler.match
    assert speed_up_attribute_ruler(nlp) is False
    assert ruler.match == before
    assert speed_up_attribute_ruler(spacy.blank("en")) is False
