"""Two verbs that can tell one act: "quit the administration" / "left the administration".

Read from WordNet 3.0 (crosscheck/data/wordnet_verbs.tsv.gz, written by
benchmarks/wordnet_verbs.py): two verbs tell one act where a common sense of one is a common
sense of the other (synonyms: "begin" / "start") or the sense it specialises ("quit", to
depart, is a way to "leave"; "resign" is not, in its common senses, and "join" / "leave" share
nothing). Only each verb's commonest senses count (benchmarks/wordnet_verbs.py: SENSES), so a
rare sense does not tie two everyday verbs together.
"""
from __future__ import annotations

import gzip
from functools import cache
from importlib import resources


@cache
def _senses() -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    """Each verb: its common senses, and the senses they specialise."""
    out = {}
    with resources.files("crosscheck").joinpath("data/wordnet_verbs.tsv.gz").open("rb") as raw, \
            gzip.open(raw, "rt", encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            verb, own, above = line.rstrip("\n").split("\t")
            out[verb] = (frozenset(own.split()), frozenset(above.split()))
    return out


def one_act(u: str | None, v: str | None) -> bool:
    """Whether two verbs' lemmas can tell one act: the same verb, synonyms, or one a way of
    doing the other, in their common senses."""
    if not u or not v:
        return False
    if u == v:
        return True
    senses = _senses()
    su, sv = senses.get(u), senses.get(v)
    if su is None or sv is None:
        return False
    return bool(su[0] & sv[0] or su[0] & sv[1] or su[1] & sv[0])
