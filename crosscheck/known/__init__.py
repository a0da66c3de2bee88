"""What an editor already knows: known-claim files checked against a corpus (``crosscheck
verify``, the pytest plugin), gold files scored (``crosscheck evaluate``), the pair model refit
from gold (``crosscheck.known.fit``), and injected discrepancies (``crosscheck.known.mutate``).

    load_known(path) -> KnownFile         a known-claim file, validated
    Verifier(run).verify(known) -> list   each known claim's verdict, with its evidence
    evaluate(report, gold, corpus)        a report scored against a gold file
"""
from __future__ import annotations

from .gold import GoldScorer, Metrics, claim_covering, evaluate, gold_stories, load_gold
from .verify import Evidence, KnownClaim, KnownFile, Ref, Verdict, Verifier, load_known

__all__ = ["Evidence", "GoldScorer", "KnownClaim", "KnownFile", "Metrics", "Ref", "Verdict", "Verifier", "claim_covering",
           "evaluate", "gold_stories", "load_gold", "load_known"]
