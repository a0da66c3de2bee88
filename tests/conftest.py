"""Fixtures in one place. The real spaCy model loads once per test session."""
from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

import pytest
import yaml

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
# the embedding cache of the test session lives in a folder of its own, removed at exit
if "CROSSCHECK_CACHE" not in os.environ:
    _CACHE = tempfile.mkdtemp(prefix="crosscheck-cache-")
    os.environ["CROSSCHECK_CACHE"] = _CACHE
    atexit.register(shutil.rmtree, _CACHE, ignore_errors=True)

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
    from crosscheck.claims.nlp import load_spacy

    return load_spacy()


@pytest.fixture(scope="session")
def seed_run(nlp):
    """check's run on the seeds, with its alignment and vectors (for verify and known claims)."""
    from crosscheck.pipeline import analyse

    return analyse([str(SEEDS)])


@pytest.fixture(scope="session")
def seed_report(seed_run):
    return seed_run.report


GOLDEN = Path(__file__).resolve().parent / "golden"


def pytest_addoption(parser):
    parser.addoption("--update-golden", action="store_true", default=False,
                     help="Rewrite the golden files under tests/golden/ from the current output.")


@pytest.fixture
def golden(request):
    """Compare text with tests/golden/NAME; with --update-golden, write it instead."""
    update = request.config.getoption("--update-golden")

    def check(name: str, text: str) -> None:
        path = GOLDEN / name
        if update or not path.exists():
            if not update:
                pytest.fail(f"golden file {path} is missing: run pytest --update-golden")
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            return
        expected = path.read_text(encoding="utf-8")
        assert text == expected, f"{name} differs from its golden file (pytest --update-golden refreshes it)"

    return check


@pytest.fixture(scope="session")
def seed_report_fixed(seed_report):
    """The seed report with its one volatile field fixed, for golden renders."""
    return seed_report.model_copy(update={"generated": "2000-01-01T00:00:00+00:00",
                                          "crosscheck_version": "0.0.0-golden"})

pytest_plugins = ["pytester"]


@pytest.fixture(scope="session")
def encoder():
    """The sentence encoder, loaded once (and before any in-process pytester run, since torch
    cannot be imported twice in one process)."""
    from crosscheck.embed import load_encoder

    return load_encoder()
