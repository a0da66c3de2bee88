"""Entity names and keys: one key per real-world entity ("Ines Okafor", "Okafor", "Chair
Okafor" -> one person), and the data (places, organisations, titles) they are read with."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

import yaml
from rapidfuzz import fuzz

from ...errors import DataFileError


# ---- entity names ---------------------------------------------------------------------

def fold(s: str) -> str:
    """Case, accents, hyphens, possessives and punctuation folded: "Kim Dae-Jung's" -> "kim dae jung"."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = re.sub(r"['’]s\b", "", s.casefold())
    s = re.sub(r"[^\w]+", " ", s)
    return " ".join(s.split())


@dataclass(frozen=True)
class EntityData:
    aliases: dict[str, str]  # folded alias -> canonical key
    capitals: dict[str, str]  # folded capital -> country key
    titles: tuple[str, ...]  # folded titles, longest first
    #: titles written with a full stop ("Sgt.", "Gov."), as written: a sentence does not end on one
    abbreviations: frozenset[str] = frozenset()
    #: the keys of the organisations the data names: a name the parser takes for a person's
    #: ("reacted on Twitter") is read as the organisation's
    organisations: frozenset[str] = frozenset()


@lru_cache(maxsize=4)
def load_entity_data(extra: Path | None = None) -> EntityData:
    aliases: dict[str, str] = {}
    capitals: dict[str, str] = {}
    titles: set[str] = set()
    abbreviations: set[str] = set()
    organisations: set[str] = set()
    paths: list[Path | None] = [None] + ([extra] if extra else [])
    for p in paths:
        where = str(p) if p else "crosscheck/data/entities.yaml"
        try:
            text = p.read_text(encoding="utf-8") if p else resources.files("crosscheck").joinpath("data", "entities.yaml").read_text(encoding="utf-8")
            data = yaml.safe_load(text) or {}
        except (OSError, yaml.YAMLError) as e:
            raise DataFileError(f"{where}: cannot be read: {str(e).splitlines()[0]}") from None
        for kind in ("countries", "organisations"):
            for e in data.get(kind) or []:
                if not isinstance(e, dict) or not e.get("name"):
                    raise DataFileError(f"{where}: every entry of {kind} needs a name")
                key = fold(e["name"])
                if kind == "organisations":
                    organisations.add(key)
                for a in [e["name"], *(e.get("aliases") or []), *(e.get("demonyms") or [])]:
                    aliases[fold(a)] = key
                if e.get("capital"):
                    capitals[fold(e["capital"])] = key
        titles.update(fold(t) for t in data.get("titles") or [])
        abbreviations.update(t.split()[-1] for t in data.get("titles") or [] if t.endswith("."))
    return EntityData(aliases, capitals, tuple(sorted(titles, key=len, reverse=True)), frozenset(abbreviations),
                      frozenset(organisations))


@lru_cache(maxsize=65536)
def person_key(name: str, titles: tuple[str, ...] = ()) -> str:
    """A key for a person's name that ignores titles, case, hyphens and name order (worked out
    once per name: the entity rules ask again for every pair a claim is in)."""
    s = fold(name)
    changed = True
    while changed:
        changed = False
        for t in titles:
            if s.startswith(t + " "):
                s, changed = s[len(t) + 1 :], True
    return " ".join(sorted(s.split()))


#: name words shorter than this are not read as spellings of one another ("Ng" / "Ong" are two names)
SPELLED_FROM = 4
#: rapidfuzz ratio from which two name words of one first letter are one word spelled two ways
#: ("Marisol" / "Marisole" 93, "Haroldson" / "Harroldson" 95; "Amara" / "Amira" 80 are two names)
SPELLED = 85


def family(x: str, y: str) -> bool:
    """A family's name and one of its members' ("okafors" / "okafor")."""
    short, long_ = sorted((x, y), key=len)
    return long_ in (short + "s", short + "es")


#: endings of surnames whose feminine form adds an "a" ("Petrov" / "Petrova", "Dunaev" /
#: "Dunaeva", "Ilyin" / "Ilyina"); a given name that adds one is another name, or misspelled
#: ("Angel" / "Angela")
_GENDERED_ENDINGS = ("ov", "ev", "in", "yn")


def gendered(x: str, y: str) -> bool:
    """A surname and its feminine form, or the feminine form and the family's ("petrov" /
    "petrova", "petrova" / "petrovs"): two people of one family, not a name spelled two ways."""
    short, long_ = sorted((x, y), key=len)
    if long_ == short + "a":
        return short.endswith(_GENDERED_ENDINGS)
    return len(x) == len(y) and x[:-1] == y[:-1] and {x[-1], y[-1]} == {"a", "s"} and x[:-1].endswith(_GENDERED_ENDINGS)


def spelled_alike(x: str, y: str) -> bool:
    """Two different name words (folded) that are one word spelled two ways."""
    return x != y and x[:1] == y[:1] and min(len(x), len(y)) >= SPELLED_FROM and not family(x, y) \
        and not gendered(x, y) and fuzz.ratio(x, y) >= SPELLED


_CITY_PREPS = {"in", "at", "to", "from", "near", "outside", "around", "into", "via"}


def entity_key(text: str, label: str, data: EntityData, prev_word: str = "") -> str:
    f = fold(text)
    f = re.sub(r"^the ", "", f)
    if f in data.capitals and prev_word.casefold() not in _CITY_PREPS:
        return data.capitals[f]  # "Moscow's missile tests": the state
    if f in data.aliases:
        return data.aliases[f]
    if label in ("PERSON", "ORG"):
        return person_key(text, data.titles)
    return f
