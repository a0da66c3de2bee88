"""The package's layout by stage (docs/architecture.md), pinned: no module imports a stage
above its own, no import circle, no private name taken from another stage, and each stage's
public surface is what it says it is. Read from the source, no model needed."""
from __future__ import annotations

import ast
import importlib
from collections import defaultdict
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "crosscheck"

#: The stages, bottom first: a module may import its own stage and the stages below it
#: (docs/architecture.md draws the same order)
LAYERS = [
    ("crosscheck.errors", "crosscheck.interrupt", "crosscheck.version"),
    ("crosscheck.models",),
    ("crosscheck.ingest",),
    ("crosscheck.claims",),
    ("crosscheck.embed",),
    ("crosscheck.align",),
    ("crosscheck.compare",),
    ("crosscheck.report",),
    ("crosscheck.options",),
    ("crosscheck.engines",),
    ("crosscheck.pipeline",),
    ("crosscheck.known",),
    ("crosscheck.cli",),
    ("crosscheck",),
]


def _modules() -> dict[str, Path]:
    out = {}
    for p in PACKAGE.rglob("*.py"):
        parts = list(p.relative_to(PACKAGE.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        out[".".join(parts)] = p
    return out


MODULES = _modules()


def _imports() -> dict[str, set[tuple[str, str]]]:
    """module -> {(imported module, name)}: every relative import, at the top or inside a
    function (a lazy import is an arrow all the same)."""
    out: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for name, path in MODULES.items():
        package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level:
                base = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                target = ".".join(base + ([node.module] if node.module else []))
                for alias in node.names:
                    sub = f"{target}.{alias.name}"
                    out[name].add((sub, "") if sub in MODULES else (target, alias.name))
            elif isinstance(node, ast.Import):
                for alias in node.names:
                    if alias.name.startswith("crosscheck"):
                        out[name].add((alias.name, ""))
    return out


IMPORTS = _imports()


def _stage(module: str) -> tuple[int, str]:
    """The layer of a module and the stage (sub-package or top module) it belongs to."""
    best = None
    for rank, stages in enumerate(LAYERS):
        for stage in stages:
            if (module == stage or module.startswith(stage + ".")) and (best is None or len(stage) > len(best[1])):
                best = (rank, stage)
    assert best is not None, module
    return best


def test_every_module_has_a_stage():
    assert len(MODULES) > 40
    for m in MODULES:
        _stage(m)


def upward(imports) -> list[tuple[str, str]]:
    """Arrows to a stage above the importer's, or to another stage of its own layer."""
    return sorted((m, t) for m, targets in imports.items() for t, _ in targets
                  if _stage(t)[0] > _stage(m)[0] or (_stage(t)[0] == _stage(m)[0] and _stage(t)[1] != _stage(m)[1]))


def circles(imports) -> list[list[str]]:
    graph = {m: {t for t, _ in targets} for m, targets in imports.items()}
    state: dict[str, int] = {}  # 1: on the path, 2: done
    found = []

    def visit(m: str, path: list[str]) -> None:
        state[m] = 1
        for t in sorted(graph.get(m, ())):
            if state.get(t) == 1:
                found.append(path[path.index(t):] + [t])
            elif t not in state:
                visit(t, path + [t])
        state[m] = 2

    for m in sorted(graph):
        if m not in state:
            visit(m, [m])
    return found


def private(imports) -> list[tuple[str, str, str]]:
    """Private names (one leading underscore) imported from another stage."""
    return sorted((m, t, n) for m, targets in imports.items() for t, n in targets
                  if n.startswith("_") and not n.startswith("__") and _stage(t)[1] != _stage(m)[1])


def test_no_module_imports_a_stage_above_its_own():
    assert upward(IMPORTS) == []


def test_no_import_circle():
    assert circles(IMPORTS) == []


def test_no_private_name_is_taken_from_another_stage():
    assert private(IMPORTS) == []


#: Besides each stage's package (its __init__), the modules other stages may import by name:
#: the fact reader's own door, the one calendar (claims read dates with it, and the claim
#: cache hashes it: tests/test_cache.py), and each view of the report
DOORS = {"crosscheck.claims.facts", "crosscheck.ingest.calendar"}
OPEN_STAGES = {"crosscheck.report"}


def side_doors(imports) -> list[tuple[str, str]]:
    """Arrows from one stage into a module of another that is not that stage's door."""
    out = []
    for m, targets in imports.items():
        for t, _ in targets:
            mine, theirs = _stage(m)[1], _stage(t)[1]
            if mine != theirs and t != theirs and t not in DOORS and theirs not in OPEN_STAGES:
                out.append((m, t))
    return sorted(out)


def test_other_stages_come_in_by_the_door():
    """A stage is used through its package's public surface (one door per arrow), not by
    reaching into its modules."""
    assert side_doors(IMPORTS) == []


def test_the_checks_see_what_they_forbid():
    """On a hand-made graph: an arrow up, a circle, a private name across stages."""
    bad = {
        "crosscheck.align.pairs": {("crosscheck.compare.numbers", "")},  # align reads compare: up
        "crosscheck.embed.store": {("crosscheck.embed.stream", "")},
        "crosscheck.embed.stream": {("crosscheck.embed.store", "")},  # a circle inside one stage
        "crosscheck.engines.ray": {("crosscheck.claims.sentences", "_read")},  # a private name
        "crosscheck.compare.dates": {("crosscheck.claims.facts", "QUOTE_VERBS")},  # allowed
        "crosscheck.known.gold": {("crosscheck.ingest.rules", "default_rules")},  # a side door
    }
    assert upward(bad) == [("crosscheck.align.pairs", "crosscheck.compare.numbers")]
    assert circles(bad) == [["crosscheck.embed.store", "crosscheck.embed.stream", "crosscheck.embed.store"]]
    assert private(bad) == [("crosscheck.engines.ray", "crosscheck.claims.sentences", "_read")]
    assert side_doors(bad) == [("crosscheck.align.pairs", "crosscheck.compare.numbers"),
                               ("crosscheck.engines.ray", "crosscheck.claims.sentences"),
                               ("crosscheck.known.gold", "crosscheck.ingest.rules")]


#: Each stage's public surface (its __all__), as docs/architecture.md lists it. A name added
#: to or dropped from a stage's door is a change of contract: update both.
EXPORTED = {
    "crosscheck": ["Article", "Claim", "CrosscheckError", "Finding", "Group", "Options", "Report", "__version__",
                   "check", "load_corpus"],
    "crosscheck.ingest": ["DEFAULT_MAX_BYTES", "MONTHS", "WEEKDAYS", "Corpus", "LoadedArticle", "SourceRead",
                          "SourceReader", "assemble", "default_rules", "expand", "in_page", "load_corpus", "load_manifest",
                          "month_number", "month_of", "weekday_number"],
    "crosscheck.claims": ["FactContext", "Gate", "Workers", "claims_of_articles", "clause_spans", "extract", "extract_claims",
                          "is_claim_text", "load_entity_data", "load_spacy", "open_quotation", "parser_text", "sentence_spans"],
    "crosscheck.claims.facts": ["ALTERNATIVES", "CURRENCIES", "ENCOUNTERS", "EXPECT_WORDS", "FATES", "FUTURE_AUX", "FUTURE_RX", "HABITUAL",
                                "MEASURES", "NAMED_BY_NUMBER", "ORD_RX", "PLAN_WORDS", "POSSIBLE_AUX", "QUOTE_VERBS", "REPORTING_VERBS", "SAYING_VERBS", "SPEAKER_AFTER",
                                "SPELLED", "SPELLED_FROM", "TALLY_BASE", "UNIT_NAMES", "EntityData", "FactContext", "actions_of",
                                "acts_of", "dates", "doers_of", "entity_key", "extract", "family", "fold", "gendered", "hyphened", "load_entity_data",
                                "modality_of", "number_value", "person_key", "quantities", "quote_spans", "spelled_alike"],
    "crosscheck.embed": ["CachedEncoder", "ClaimCache", "DEFAULT_MODEL", "DEFAULT_PACKAGE", "EmbedStream",
                         "EmbeddingCache", "Encoder", "SentenceTransformerEncoder", "WINDOW", "batches_by_length",
                         "default_cache_dir", "encode_by_length", "identity", "load_encoder", "model_path",
                         "offline", "reader_identity"],
    "crosscheck.align": ["AlignSettings", "Alignment", "ClaimView", "FEATURES", "KEEP_ALIKE", "KEEP_FLOOR",
                         "KEEP_PROBABILITY", "PairModel",
                         "PairScorer", "PartAlignment", "Prepared", "align", "align_stories", "canonical_entities", "centre_by_story",
                         "cluster_claims", "corpus_scorer", "entity_keys", "finish", "load_pair_model", "make_groups",
                         "nearest_stories", "pair_claim", "pair_probabilities", "partition_scorer", "people_of",
                         "person_keys", "prepare", "principal_people", "probabilities", "resolve_entity_keys",
                         "stories", "story_features", "view"],
    "crosscheck.compare": ["Context", "PAIRWISE", "Proposal", "entity_names", "find_discrepancies", "gather_pairs",
                           "number", "per_claim", "places_nested", "propose"],
    "crosscheck.engines": ["Engine", "LocalEngine", "align_partition", "encoder_of", "long_lived", "make_engine", "read"],
    "crosscheck.known": ["Evidence", "GoldScorer", "KnownClaim", "KnownFile", "Metrics", "Ref", "Verdict", "Verifier",
                         "claim_covering", "evaluate", "gold_stories", "load_gold", "load_known"],
}


@pytest.mark.parametrize("stage", sorted(EXPORTED))
def test_exported_members(stage):
    module = importlib.import_module(stage)
    assert sorted(module.__all__) == sorted(EXPORTED[stage])
    for name in module.__all__:
        assert getattr(module, name) is not None, name
