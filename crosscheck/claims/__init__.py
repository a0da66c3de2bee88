"""Articles into claims: sentences (and clauses), each with its checkable facts.

    extract_claims(articles, nlp)   every article's claims, in order (workers and a cache optional)
    load_spacy(model)               the spaCy pipeline, set up once per process
    extract(sent, offset, ctx)      the facts of one sentence (entities, numbers, dates, quotes, modality)

Modules: ``sentences`` (sentence and clause spans, the claim reader), ``nlp`` (the spaCy
pipeline's set-up), ``facts`` (what a claim states, normalised).
"""
from __future__ import annotations

from .facts import FactContext, extract, load_entity_data
from .nlp import load_spacy, parser_text
from .sentences import Gate, Workers, claims_of_articles, clause_spans, extract_claims, is_claim_text, open_quotation, sentence_spans

__all__ = ["FactContext", "Gate", "Workers", "claims_of_articles", "clause_spans", "extract", "extract_claims", "is_claim_text", "open_quotation",
           "load_entity_data", "load_spacy", "parser_text", "sentence_spans"]
