"""A pytest plugin: known-claim YAML files as test items, one item per known claim.

Registered through the ``pytest11`` entry point, so plain ``pytest`` in an editor's project
collects them. A file is collected when it is named ``known_*.yaml``, ``*_known.yaml`` or
``*.known.yaml``, or lies in a folder named ``known``. Its ``corpus:`` (relative to the file;
default: the file's folder) is checked once per test session, whatever the number of items.

A failing item shows what was expected and the sentences that support, contradict or stay
silent on the claim.
"""
from __future__ import annotations

from pathlib import Path

import pytest

_RUNS: dict[Path, object] = {}


def _is_known_file(path: Path) -> bool:
    if path.suffix not in (".yaml", ".yml"):
        return False
    stem = path.name[: -len(path.suffix)]
    return stem.startswith("known_") or stem.endswith("_known") or stem.endswith(".known") or path.parent.name == "known"


def pytest_collect_file(parent, file_path):
    if _is_known_file(Path(file_path)):
        return KnownClaimsFile.from_parent(parent, path=Path(file_path))
    return None


def _verifier(kf):
    from .verify import Verifier
    from ..pipeline import analyse

    corpus = kf.corpus
    if corpus not in _RUNS:
        _RUNS[corpus] = analyse([str(corpus)])
    return Verifier(_RUNS[corpus], corpus if corpus.is_dir() else corpus.parent)


class KnownClaimFailure(Exception):
    def __init__(self, verdict):
        super().__init__(verdict.describe())
        self.verdict = verdict


class KnownClaimsFile(pytest.File):
    def collect(self):
        from .verify import load_known

        kf = load_known(self.path)
        for k in kf.claims:
            yield KnownClaimItem.from_parent(self, name=k.id, known=k, known_file=kf)


class KnownClaimItem(pytest.Item):
    def __init__(self, *, known, known_file, **kwargs):
        super().__init__(**kwargs)
        self.known = known
        self.known_file = known_file

    def runtest(self):
        verdict = _verifier(self.known_file).verify(self.known)
        if not verdict.ok:
            raise KnownClaimFailure(verdict)

    def repr_failure(self, excinfo, style=None):
        if isinstance(excinfo.value, KnownClaimFailure):
            return excinfo.value.verdict.describe()
        return super().repr_failure(excinfo, style=style)

    def reportinfo(self):
        return self.path, 0, f"known claim: {self.name}"
