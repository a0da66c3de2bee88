"""Fixtures in one place. The real spaCy model loads once per test session."""
from __future__ import annotations

import os
from pathlib import Path

import pytest
import yaml

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture(scope="session")
def gold() -> dict:
    return yaml.safe_load((SEEDS / "gold.yaml").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def reader():
    from crosscheck.ingest.page import PageReader
    from crosscheck.ingest.rules import default_rules

    registry, rules = default_rules()
    return PageReader(rules, registry)


@pytest.fixture(scope="session")
def nlp():
    from crosscheck.nlp import load_spacy

    return load_spacy()


@pytest.fixture(scope="session")
def seed_report(nlp):
    from crosscheck.pipeline import check

    return check([str(SEEDS)])
