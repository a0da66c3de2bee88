"""The crosscheck exception tree.

    CrosscheckError                 base: every error the library raises on purpose
    ├── InputError                  an input the user gave cannot be used (exit code 2)
    │   ├── SourceError             one file or record: missing, empty, binary, too large,
    │   │                           undecodable, malformed; carries the path it names
    │   └── ManifestError           a sources manifest is malformed
    ├── DataFileError               an outlet / furniture data file is malformed
    ├── ModelError                  a model package is missing or broken (names the pip package)
    └── OutputError                 a report cannot be written where asked

The library raises; only the CLI prints and maps these to exit codes.
"""
from __future__ import annotations

__all__ = [
    "CrosscheckError",
    "InputError",
    "SourceError",
    "ManifestError",
    "DataFileError",
    "ModelError",
    "OutputError",
]


class CrosscheckError(Exception):
    """Base class of every error crosscheck raises on purpose."""


class InputError(CrosscheckError):
    """An input given by the user cannot be used."""


class SourceError(InputError):
    """One source (file, standard input or record) cannot be read; names it."""

    def __init__(self, source: str, problem: str):
        self.source = source
        self.problem = problem
        super().__init__(f"{source}: {problem}")


class ManifestError(InputError):
    """A sources manifest is malformed."""


class DataFileError(CrosscheckError):
    """A data file (outlets, furniture) is malformed."""


class ModelError(CrosscheckError):
    """A model package is missing or cannot be loaded."""


class OutputError(CrosscheckError):
    """A report cannot be written where it was asked to go."""
