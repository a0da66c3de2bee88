"""The checkable facts of a claim, normalised so that different wordings compare equal.

    entities    people, places, organisations, with one key per real-world entity
    numbers     numbers with their unit and hedge ("about 30 minutes" = "roughly 30-minute")
    daterefs    dates and weekdays, resolved against the article's publication date
    ordinals    "first", "second", superlatives, with the noun they qualify
    quotes      direct quotations, with their speaker where stated; attribution
    modality    asserted / future / expected / planned / possible, negation, acts and doers
    anchors     the verb each fact hangs on
    extract     the facts of one sentence, the steps above in their order

Every fact carries its character span in the source text. Rules are general; words that are
data (countries, capitals, demonyms, organisations, titles) come from data/entities.yaml.
"""
from __future__ import annotations

from .daterefs import FUTURE_RX, dates
from .entities import SPELLED, SPELLED_FROM, EntityData, entity_key, family, fold, gendered, load_entity_data, person_key, spelled_alike
from .extract import FactContext, extract, hyphened
from .modality import (ALTERNATIVES, EXPECT_WORDS, FATES, FUTURE_AUX, HABITUAL, MEASURES, PLAN_WORDS, POSSIBLE_AUX,
                       REPORTING_VERBS, actions_of, acts_of, doers_of, modality_of)
from .numbers import CURRENCIES, NAMED_BY_NUMBER, TALLY_BASE, UNIT_NAMES, number_value, quantities
from .ordinals import ENCOUNTERS, ORD_RX
from .quotes import QUOTE_VERBS, SAYING_VERBS, SPEAKER_AFTER, quote_spans

__all__ = ["ALTERNATIVES", "CURRENCIES", "ENCOUNTERS", "EXPECT_WORDS", "FATES", "FUTURE_AUX", "FUTURE_RX", "HABITUAL", "MEASURES", "NAMED_BY_NUMBER", "ORD_RX", "PLAN_WORDS",
           "POSSIBLE_AUX", "QUOTE_VERBS", "REPORTING_VERBS", "SAYING_VERBS", "SPEAKER_AFTER", "SPELLED", "SPELLED_FROM", "TALLY_BASE",
           "UNIT_NAMES", "EntityData", "FactContext", "actions_of", "acts_of", "dates", "doers_of", "entity_key", "extract",
           "family", "fold", "gendered", "hyphened", "load_entity_data", "modality_of", "number_value", "person_key", "quantities", "quote_spans",
           "spelled_alike"]
