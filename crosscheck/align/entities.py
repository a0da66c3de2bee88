"""Entity keys across the corpus: a short name takes the one full name that holds it, and the
people each claim names."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from ..models import Claim, Facts

PERSONISH = ("PERSON", "ORG")
PLACEISH = ("GPE", "NORP", "LOC")
#: the words of a person key that tell one generation of a family from another
GENERATIONS = frozenset({"jr", "sr", "ii", "iii", "iv"})


def resolve_entity_keys(claims: Sequence[Claim]) -> dict[str, str]:
    """Map short person/organisation keys to the one full key that holds all their words."""
    full: set[str] = set()
    short: set[str] = set()
    for c in claims:
        for e in (c.facts.entities if c.facts else []):
            if e.label in PERSONISH:
                (full if len(e.key.split()) > 1 else short).add(e.key)
    holding: dict[str, list[str]] = defaultdict(list)  # word -> full keys holding it
    for f in sorted(full):
        for w in set(f.split()):
            holding[w].append(f)
    mapping = {}
    for s in short:
        if len(holding.get(s, ())) == 1:
            mapping[s] = holding[s][0]
    # a full key that is a subset of exactly one longer key ("biden joe" in "biden joe r"), but
    # for one that adds a generation's suffix alone: "Donald Trump" and "Donald Trump Jr." are
    # father and son ("John Roberts" is still "John G. Roberts Jr.": an initial and the suffix
    # left out)
    for f in full:
        words = set(f.split())
        first = min(words, key=lambda w: len(holding[w]))
        longer = [g for g in holding[first] if g != f and words < set(g.split())
                  and not (len(set(g.split()) - words) == 1 and set(g.split()) - words <= GENERATIONS)]
        if len(longer) == 1:
            mapping[f] = longer[0]
    return mapping


def entity_keys(facts: Facts | None, mapping: dict[str, str], labels=PERSONISH + PLACEISH) -> set[str]:
    if facts is None:
        return set()
    return {mapping.get(e.key, e.key) for e in facts.entities if e.label in labels}


def person_keys(claims: Sequence[Claim], mapping: dict[str, str]) -> set[str]:
    """Keys of the people the corpus names (a name spaCy once tags as an organisation still
    counts when it is tagged as a person elsewhere)."""
    return {mapping.get(e.key, e.key) for c in claims for e in (c.facts.entities if c.facts else []) if e.label == "PERSON"}


def people_of(facts: Facts | None, mapping: dict[str, str], persons: set[str]) -> set[str]:
    return {k for k in entity_keys(facts, mapping, PERSONISH) if k in persons}
