"""The installed version of crosscheck (recorded in every report)."""
from __future__ import annotations

from importlib import metadata

try:
    __version__ = metadata.version("crosscheck")
except metadata.PackageNotFoundError:  # pragma: no cover - running from a source tree
    __version__ = "0.0.0+unknown"
