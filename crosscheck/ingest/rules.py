"""Data-driven rules for reading pages: outlets and sites, furniture, datelines, captions.

Everything story- or outlet-specific lives in the YAML files under ``crosscheck/data``;
this module only loads, merges and compiles them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

import yaml

from ..errors import DataFileError


def name_key(name: str) -> str:
    """Fold an outlet or site name for lookup: case, punctuation, a leading 'The'."""
    s = re.sub(r"[^\w]+", " ", name.casefold()).strip()
    s = re.sub(r"^the ", "", s)
    return s


@dataclass(frozen=True)
class Outlet:
    name: str
    aliases: tuple[str, ...] = ()
    newsroom: bool = False
    is_site_only: bool = False
    date_order: str | None = None
    credits: tuple[re.Pattern, ...] = ()
    signatures: tuple[re.Pattern, ...] = ()
    #: the web domains of its own site ("kyodonews.net"): an address on a page there names it
    domains: tuple[str, ...] = ()


@dataclass(frozen=True)
class CreditPattern:
    regex: re.Pattern
    strength: int
    accept_unknown: bool = False


@dataclass
class Registry:
    """Known outlets and sites, looked up by any of their names."""

    outlets: dict[str, Outlet] = field(default_factory=dict)
    credit_patterns: list[CreditPattern] = field(default_factory=list)
    _index: dict[str, str] = field(default_factory=dict)

    def add(self, entry: Outlet) -> None:
        old = self.outlets.get(entry.name)
        if old is not None:  # merge: a user's file extends the bundled entry
            entry = Outlet(
                name=entry.name,
                aliases=tuple(dict.fromkeys(old.aliases + entry.aliases)),
                newsroom=entry.newsroom or old.newsroom,
                is_site_only=entry.is_site_only and old.is_site_only,
                date_order=entry.date_order or old.date_order,
                credits=old.credits + entry.credits,
                signatures=old.signatures + entry.signatures,
                domains=tuple(dict.fromkeys(old.domains + entry.domains)),
            )
        self.outlets[entry.name] = entry
        for n in (entry.name, *entry.aliases):
            self._index[name_key(n)] = entry.name

    def lookup(self, name: str | None) -> Outlet | None:
        if not name:
            return None
        key = self._index.get(name_key(name))
        return self.outlets.get(key) if key else None

    def canonical(self, name: str | None) -> str | None:
        o = self.lookup(name)
        return o.name if o else None

    def by_domain(self, host: str | None) -> Outlet | None:
        """The outlet whose site a web host or an e-mail domain is ("www.kyodonews.net",
        "newsroom.kyodonews.net"), else None."""
        host = (host or "").casefold().strip(". ")
        for o in self.outlets.values():
            if any(host == d or host.endswith("." + d) for d in o.domains):
                return o
        return None


@dataclass(frozen=True)
class PageRules:
    furniture: tuple[re.Pattern, ...]
    terminators: tuple[re.Pattern, ...]
    relative_time: re.Pattern
    site_echo: re.Pattern
    captions: tuple[re.Pattern, ...]
    datelines: tuple[re.Pattern, ...]
    masthead: re.Pattern | None = None  # an unknown outlet's masthead (its name, as written)

    def is_furniture(self, line: str) -> bool:
        s = line.strip()
        return any(p.fullmatch(s) for p in self.furniture)

    def is_terminator(self, line: str) -> bool:
        s = line.strip()
        return any(p.fullmatch(s) for p in self.terminators)

    def is_caption(self, line: str) -> bool:
        return any(p.search(line) for p in self.captions)


def _compile(pattern: str, where: str, flags: int = 0) -> re.Pattern:
    try:
        return re.compile(pattern, flags)
    except re.error as e:
        raise DataFileError(f"{where}: bad regular expression {pattern!r}: {e}") from None


def _load_yaml(path: Path | None, bundled: str) -> tuple[dict, str]:
    if path is None:
        text = resources.files("crosscheck").joinpath("data", bundled).read_text(encoding="utf-8")
        where = f"crosscheck/data/{bundled}"
    else:
        where = str(path)
        try:
            text = Path(path).read_text(encoding="utf-8")
        except OSError as e:
            raise DataFileError(f"{where}: cannot read: {e.strerror or e}") from None
    try:
        data = yaml.safe_load(text) or {}
    except yaml.YAMLError as e:
        raise DataFileError(f"{where}: not valid YAML: {str(e).splitlines()[0]}") from None
    if not isinstance(data, dict):
        raise DataFileError(f"{where}: expected a mapping at the top")
    return data, where


def _entries(data: dict, key: str, where: str, site_only: bool) -> list[Outlet]:
    out = []
    for i, e in enumerate(data.get(key) or []):
        if not isinstance(e, dict) or not e.get("name"):
            raise DataFileError(f"{where}: {key}[{i}] needs a name")
        order = e.get("date_order")
        if order is not None and order not in ("DMY", "MDY", "YMD"):
            raise DataFileError(f"{where}: {key}[{i}].date_order must be DMY, MDY or YMD")
        out.append(
            Outlet(
                name=str(e["name"]),
                aliases=tuple(str(a) for a in e.get("aliases") or ()),
                newsroom=bool(e.get("newsroom", False)),
                is_site_only=site_only,
                date_order=order,
                credits=tuple(_compile(p, where) for p in e.get("credits") or ()),
                signatures=tuple(_compile(p, where, re.M) for p in e.get("signatures") or ()),
                domains=tuple(str(d).casefold().removeprefix("www.") for d in e.get("domains") or ()),
            )
        )
    return out


def load_registry(extra: Path | None = None) -> Registry:
    """The bundled outlets, extended by a user's file of the same schema."""
    reg = Registry()
    for path in (None, extra) if extra else (None,):
        data, where = _load_yaml(path, "outlets.yaml")
        for o in _entries(data, "outlets", where, site_only=False):
            reg.add(o)
        for o in _entries(data, "sites", where, site_only=True):
            reg.add(o)
        for i, c in enumerate(data.get("credit_patterns") or []):
            if not isinstance(c, dict) or "pattern" not in c:
                raise DataFileError(f"{where}: credit_patterns[{i}] needs a pattern")
            rx = _compile(c["pattern"], where)
            if "name" not in rx.groupindex:
                raise DataFileError(f"{where}: credit_patterns[{i}] needs a group (?P<name>...)")
            reg.credit_patterns.append(
                CreditPattern(rx, int(c.get("strength", 2)), bool(c.get("accept_unknown", False)))
            )
    return reg


def load_page_rules(extra: Path | None = None) -> PageRules:
    """The bundled page rules; a user's file appends to each list."""
    lists: dict[str, list[str]] = {"furniture": [], "terminators": [], "caption": [], "datelines": []}
    single: dict[str, str] = {}
    for path in (None, extra) if extra else (None,):
        data, where = _load_yaml(path, "page.yaml")
        for k in lists:
            v = data.get(k) or []
            if not isinstance(v, list):
                raise DataFileError(f"{where}: {k} must be a list")
            lists[k] += [str(x) for x in v]
        for k in ("relative_time", "site_echo", "masthead"):
            if data.get(k):
                single[k] = str(data[k])
    try:
        return PageRules(
            furniture=tuple(_compile(p, "furniture", re.I) for p in lists["furniture"]),
            terminators=tuple(_compile(p, "terminators", re.I) for p in lists["terminators"]),
            relative_time=_compile(single["relative_time"], "relative_time", re.I),
            site_echo=_compile(single["site_echo"], "site_echo"),
            captions=tuple(_compile(p, "caption") for p in lists["caption"]),
            datelines=tuple(_compile(p, "datelines") for p in lists["datelines"]),
            masthead=_compile(single["masthead"], "masthead") if single.get("masthead") else None,
        )
    except KeyError as e:
        raise DataFileError(f"page rules: {e.args[0]} is missing") from None


@lru_cache(maxsize=4)
def default_rules(outlets: Path | None = None, page: Path | None = None) -> tuple[Registry, PageRules]:
    return load_registry(outlets), load_page_rules(page)
